"""A customer's order history as a tree model: orders (newest first) with their lines as children.

Orders come a page at a time from the cache (`canFetchMore`/`fetchMore` on `reader.orders(before=...)`).
The server's orders (the background refresh, or the only source for a customer this computer does
not keep) are merged by id: a newer version replaces the row, an unknown order is inserted where it
sorts. Once the cache has no more, further pages come from the server by its cursor, off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from .. import theme
from ..common import format as fmt
from ..common import pill
from ..common.a11y import named
from ..common.language import elided, ltr
from ..common.tables import keep_title_room
from . import text as customer_text

Index = QModelIndex | QPersistentModelIndex
ToneRole = Qt.ItemDataRole.UserRole + 1
OrderRole = Qt.ItemDataRole.UserRole + 2
DATE, NUMBER, CHANNEL, STATUS, HOW, TOTAL = range(6)
TOP = 0  # internal id of an order row; a line's internal id is its order's row + 1


def _key(order: dict[str, Any]) -> tuple[str, str]:
    return (order.get("placed_at") or "", order.get("id") or "")


class OrderHistoryModel(QAbstractItemModel):
    def __init__(self, ctx: Any, page_size: int = 25, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.page_size = page_size
        self.customer_id: str | None = None
        self._rows: list[dict[str, Any]] = []
        self._local_more = False
        self._local_cursor: tuple[str, str] | None = None
        self._held: dict[str, dict[str, Any]] = {}  # server orders older than the cache's pages loaded so far
        self._remote_cursor: str | None = None
        self._remote_loading = False
        self._can_ask_server: Callable[[], bool] = lambda: False

    # --- loading ------------------------------------------------------------------------------

    def load(self, customer_id: str, can_ask_server: Callable[[], bool]) -> None:
        self.beginResetModel()
        self.customer_id = customer_id
        self._rows, self._held = [], {}
        self._local_more, self._local_cursor = True, None
        self._remote_cursor, self._remote_loading = None, False
        self._can_ask_server = can_ask_server
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: Index) -> bool:
        if parent.isValid() or self.customer_id is None or self.ctx.closed:
            return False
        return self._local_more or bool(self._remote_cursor and not self._remote_loading and self._can_ask_server())

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self.customer_id is None or self.ctx.closed:
            return
        if self._local_more:
            page = self.ctx.reader.orders(self.customer_id, self.page_size, before=self._local_cursor)
            self._local_more = len(page) == self.page_size
            if page:
                self._local_cursor = _key(page[-1])
            floor = self._local_cursor if self._local_more else ("", "")
            held = [o for o in self._held.values() if _key(o) >= floor]
            for order in held:
                del self._held[order["id"]]
            shown = {o["id"] for o in self._rows}
            fresh = {o["id"]: o for o in page if o["id"] not in shown}
            for order in held:  # the server's copy of an order wins when it is newer
                if order["id"] not in fresh or order.get("version", 0) > fresh[order["id"]].get("version", 0):
                    fresh[order["id"]] = order
            self._append(sorted(fresh.values(), key=_key, reverse=True))
        elif self._remote_cursor and not self._remote_loading and self._can_ask_server():
            self._fetch_remote()

    def _append(self, orders: list[dict[str, Any]]) -> None:
        if not orders:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(orders) - 1)  # last index inclusive
        self._rows.extend(orders)
        self.endInsertRows()

    def _fetch_remote(self) -> None:
        customer_id, cursor = self.customer_id, self._remote_cursor
        self._remote_loading = True

        def done(page: Any) -> None:
            if customer_id != self.customer_id:
                return  # another customer opened meanwhile
            self._remote_loading = False
            self.merge_server(page.items, page.next_cursor)

        def failed(_error: Any) -> None:
            if customer_id == self.customer_id:
                self._remote_loading = False
                self._remote_cursor = None  # shown as far as it goes; reopening the customer tries again

        self.ctx.lookup(lambda api: api.orders(customer_id, self.page_size, cursor), done, failed)

    def merge_server(self, orders: list[dict[str, Any]], next_cursor: str | None) -> None:
        """Merge a page of the server's orders; `next_cursor` continues once the cache's pages run out."""
        self._remote_cursor = next_cursor
        positions = {o["id"]: row for row, o in enumerate(self._rows)}
        for order in orders:
            row = positions.get(order.get("id"))
            if row is not None:
                if order.get("version", 0) > self._rows[row].get("version", 0) and not self._rows[row].get("pending"):
                    self._rows[row] = order
                    self.dataChanged.emit(self.index(row, 0), self.index(row, TOTAL))
                continue
            if self._local_more and self._local_cursor is not None and _key(order) < self._local_cursor:
                self._held[order["id"]] = order  # placed when paging reaches it, so pages stay in order
                continue
            at = next((r for r, o in enumerate(self._rows) if _key(o) < _key(order)), len(self._rows))
            self.beginInsertRows(QModelIndex(), at, at)
            self._rows.insert(at, order)
            self.endInsertRows()
            positions = {o["id"]: r for r, o in enumerate(self._rows)}

    def refresh_from_cache(self) -> None:
        """After the cache changed: update or add the cached orders in the range already shown."""
        if self.customer_id is None or self.ctx.closed:
            return
        page = self.ctx.reader.orders(self.customer_id, max(self.page_size, len(self._rows)))
        cached = {o["id"]: o for o in page}
        # An order placed here waits to sync as a local entry: the server's order (same id) replaces it, and a
        # refused one leaves the cache, so it leaves the list too.
        for row in reversed(range(len(self._rows))):
            order = self._rows[row]
            if not order.get("pending"):
                continue
            if order["id"] not in cached:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
            elif not cached[order["id"]].get("pending"):
                self._rows[row] = cached[order["id"]]
                self.dataChanged.emit(self.index(row, 0), self.index(row, TOTAL))
        self.merge_server(page, self._remote_cursor)

    def orders(self) -> list[dict[str, Any]]:
        return list(self._rows)

    # --- the tree -----------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, TOP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._rows)
        if parent.internalId() == TOP and parent.column() == 0:
            return len(self._rows[parent.row()].get("lines") or [])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Date"), self.tr("Order"), self.tr("Channel"), self.tr("Status"), self.tr("How"),
                self.tr("Total"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if index.internalId() != TOP:
            order = self._rows[index.internalId() - 1]
            return self._line_data(order, order["lines"][index.row()], column, role)
        order = self._rows[index.row()]
        if role == OrderRole:
            return order
        if role == Qt.ItemDataRole.TextAlignmentRole and column == TOTAL:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == ToneRole:
            if column == CHANNEL:
                return "accent" if order.get("channel") in ("web", "app") else ""
            if column == STATUS:
                return "warn" if order.get("pending") else customer_text.order_status(order.get("status"))[1]
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == DATE:
            return fmt.local_time(order.get("placed_at"), QLocale.FormatType.LongFormat)
        if role == Qt.ItemDataRole.ToolTipRole and column == STATUS and order.get("pending"):
            return self.tr("Placed on this computer; the order number comes when the store server has it.")
        elsewhere = order.get("store_id") not in (None, self.ctx.store_id)
        if role == Qt.ItemDataRole.ToolTipRole and column == HOW and elsewhere:
            return customer_text.store(self.ctx, order["store_id"])  # the other store's city too
        if role == Qt.ItemDataRole.ToolTipRole and column in (CHANNEL, STATUS):
            return self.data(index, Qt.ItemDataRole.DisplayRole)  # the whole word where the pill is cut short
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == DATE:
            return fmt.local_time(order.get("placed_at"))
        if column == NUMBER:
            return ltr(order.get("number") or "")
        if column == CHANNEL:
            return customer_text.channel(order.get("channel"))
        if column == STATUS:
            if order.get("pending"):
                return self.tr("Waiting to sync")
            return customer_text.order_status(order.get("status"))[0]
        if column == HOW:
            return customer_text.fulfilment(self.ctx, order)
        return fmt.money(order.get("total_cents"), order.get("currency"))

    def _line_data(self, order: dict[str, Any], line: dict[str, Any], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == TOTAL:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        quantity = int(line.get("quantity") or 0)
        if column != DATE:
            return ""
        # A line spans the whole row (OrderHistoryView), so it reads as one sentence.
        price = fmt.money(int(line.get("unit_price_cents") or 0), order.get("currency"))
        # First-strong isolates keep "2 × name" together in a right-to-left layout whatever script the name is in.
        return (f"\u2068{fmt.number(quantity)} × {line.get('name') or line.get('sku') or ''}\u2069  ·  {price}"
                f"  ·  {ltr(line.get('sku') or '')}")


class BadgeDelegate(QStyledItemDelegate):
    """Draws a column's text as a pill in the tone the model gives (channel, status)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        base = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        return QSize(pill.size(option.font, text).width() + 12, max(base.height(), pill.size(option.font, text).height() + 8))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if not text:
            return
        cell = opt.rect.adjusted(6, 0, -6, 0)
        wanted = pill.size(opt.font, text)
        if wanted.width() > cell.width():  # never over the next column: cut short, the whole word in the tooltip
            bold = QFont(opt.font)
            bold.setBold(True)
            text = elided(QFontMetrics(bold), text, max(0, cell.width() - 2 * pill.PAD_X))
            wanted = QSize(cell.width(), wanted.height())
        rect = QStyle.alignedRect(opt.direction, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                  wanted, cell)
        pill.paint(painter, rect, text, index.data(ToneRole) or "")


class OrderHistoryView(QTreeView):
    def __init__(self, model: OrderHistoryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OrderHistory")
        named(self, self.tr("Order history"), self.tr("Every order across channels; Right arrow opens its lines"),
              tooltip=False)
        self.setModel(model)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setRootIsDecorated(True)
        self.setExpandsOnDoubleClick(False)  # a single click toggles (CustomerView)
        self.setAllColumnsShowFocus(True)
        badges = BadgeDelegate(self)
        self.setItemDelegateForColumn(CHANNEL, badges)
        self.setItemDelegateForColumn(STATUS, badges)
        header = self.header()
        header.setStretchLastSection(False)
        # Widths for the usual text size, grown with a larger one (the date's 150 px have room to spare).
        scale = theme.current().text_size / 100
        for column, width in ((DATE, 150), (NUMBER, 110 * scale), (CHANNEL, 90 * scale), (STATUS, 125 * scale),
                              (HOW, 150 * scale), (TOTAL, 90 * scale)):
            self.setColumnWidth(column, round(width))
        self._how_width = round(150 * scale)
        header.setSectionResizeMode(HOW, header.ResizeMode.Stretch)
        header.sectionResized.connect(lambda column, _old, _new: column != HOW and self._fit_how())
        # The pills take the room their words need (a long language's channel names are wider than 90 px).
        header.setSectionResizeMode(CHANNEL, header.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATUS, header.ResizeMode.ResizeToContents)
        keep_title_room(self, HOW)  # a narrow screen: the list scrolls sideways rather than cut "How" short
        self.setMinimumHeight(300)
        self.expanded.connect(self._span_lines)

    def _fit_how(self) -> None:
        """"How" takes the room left while it has its own width; with less (a large text size in a narrow window)
        it keeps that width and the table scrolls sideways, rather than squeezing its title."""
        header = self.header()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != HOW)
        stretch = self.viewport().width() - others >= self._how_width
        mode = header.ResizeMode.Stretch if stretch else header.ResizeMode.Interactive
        if header.sectionResizeMode(HOW) != mode:
            header.setSectionResizeMode(HOW, mode)
            if not stretch:
                self.setColumnWidth(HOW, self._how_width)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_how()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # At least the minimum: the customer's scroll page sizes its cards by height-for-width, which reads
        # the hint (a wrapped label above would otherwise squeeze the table inside its card).
        return super().sizeHint().expandedTo(self.minimumSize())

    def _span_lines(self, order: QModelIndex) -> None:
        for row in range(self.model().rowCount(order)):
            self.setFirstColumnSpanned(row, order, True)
