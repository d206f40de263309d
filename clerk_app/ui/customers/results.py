"""The search results list: local results first, the server's merged in (deduplicated by id), and how a row is drawn."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from .. import theme
from ..common import pill
from ..common.language import elided, elided_ltr_parts, isolate
from . import text as customer_text

LOCAL, SERVER = "local", "server"
CustomerRole = Qt.ItemDataRole.UserRole + 1
SourceRole = Qt.ItemDataRole.UserRole + 2
IdRole = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractListModel):
    """Rows are (customer, source): source LOCAL (in this computer's cache) or SERVER (found by the live search)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[dict[str, Any], str]] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        customer, source = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return customer.get("display_name") or ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return customer_text.contact_line(customer)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # What the delegate paints, for a screen reader: the name, the tier's pill, contact, the server's mark.
            tier = customer_text.tier(customer.get("loyalty_tier"))[0] if customer.get("loyalty_tier") not in (
                None, "none") else ""
            server = QApplication.translate("Customers", "From the server") if source == SERVER else ""
            return ", ".join(part for part in (customer.get("display_name") or "", tier,
                                                customer_text.contact_line(customer), server) if part)
        if role == CustomerRole:
            return customer
        if role == SourceRole:
            return source
        if role == IdRole:
            return customer.get("id")
        return None

    def set_local(self, customers: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [(c, LOCAL) for c in customers]
        self.endResetModel()

    def merge_server(self, customers: list[dict[str, Any]]) -> int:
        """Append the server's results not already shown; returns how many were new."""
        shown = {c.get("id") for c, _ in self._rows}
        new = []
        for customer in customers:
            if customer.get("id") not in shown:
                shown.add(customer.get("id"))
                new.append((customer, SERVER))
        if new:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(new) - 1)
            self._rows.extend(new)
            self.endInsertRows()
        return len(new)

    def ids(self) -> list[str]:
        return [c.get("id") for c, _ in self._rows]

    def sources(self) -> list[str]:
        return [s for _, s in self._rows]

    def row_of(self, customer_id: str) -> int:
        for row, (customer, _) in enumerate(self._rows):
            if customer.get("id") == customer_id:
                return row
        return -1


class SearchResultDelegate(QStyledItemDelegate):
    """Name and tier on the first line; contact details; home store and where the result came from."""

    MARGIN = 10

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(240, 3 * line + 2 * self.MARGIN + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        customer = index.data(CustomerRole) or {}
        source = index.data(SourceRole)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)

        direction = opt.direction
        area = opt.rect.adjusted(self.MARGIN, self.MARGIN - 2, -self.MARGIN, -self.MARGIN + 2)
        metrics = QFontMetrics(opt.font)
        line = metrics.height()
        leading = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        trailing = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

        tier_label, tone = customer_text.tier(customer.get("loyalty_tier"))
        badge = pill.size(opt.font, tier_label) if customer.get("loyalty_tier") not in (None, "none") else QSize(0, 0)
        first = QRect(area.left(), area.top(), area.width(), line + 2)
        if badge.width():
            badge_rect = QStyle.alignedRect(direction, trailing, badge, first)
            pill.paint(painter, badge_rect, tier_label, tone)
        name_rect = QStyle.alignedRect(direction, leading, QSize(first.width() - badge.width() - 8, first.height()), first)

        painter.save()
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(theme.colour("text"))
        name = elided(QFontMetrics(bold), isolate(customer.get("display_name") or ""), name_rect.width())
        painter.drawText(name_rect, int(QStyle.visualAlignment(direction, leading)), name)
        painter.setFont(opt.font)
        painter.setPen(theme.colour("muted"))
        second = QRect(area.left(), first.bottom() + 2, area.width(), line)
        # Each part elided inside its own isolate, so a cut line still reads "+1533…", never "…1533+".
        contact = elided_ltr_parts(metrics, customer_text.contact_parts(customer), second.width())
        painter.drawText(second, int(QStyle.visualAlignment(direction, leading)), contact)
        third = QRect(area.left(), second.bottom() + 2, area.width(), line)
        store = customer_text.store(_ctx_of(opt), customer.get("home_store_id")) if _ctx_of(opt) else ""
        if source == SERVER:
            mark = QApplication.translate("Customers", "From the server")
            painter.setPen(theme.colour("accent"))
            mark_width = metrics.horizontalAdvance(mark)
            mark_rect = QStyle.alignedRect(direction, trailing, QSize(mark_width, line), third)
            painter.drawText(mark_rect, int(QStyle.visualAlignment(direction, trailing)), mark)
            third = QStyle.alignedRect(direction, leading, QSize(third.width() - mark_width - 8, line), third)
            painter.setPen(theme.colour("muted"))
        painter.drawText(third, int(QStyle.visualAlignment(direction, leading)),
                         elided(metrics, store, third.width()))
        painter.restore()


def _ctx_of(option: QStyleOptionViewItem) -> Any:
    """The view's context (the delegate is stateless; the view carries `ctx` for store names)."""
    return getattr(option.widget, "ctx", None)
