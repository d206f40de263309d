"""How a pickup reads in a table cell, on every screen that lists pickups: its status, its deadline, their
colours, and the delegate that keeps those colours on a selected row."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from ...domain import deadlines
from .. import theme
from . import format as fmt
from . import language

Index = QModelIndex | QPersistentModelIndex

PICKUP_ROLE = Qt.ItemDataRole.UserRole + 1  # the pickup dict



# A cell's text colour by what it says, in the theme in effect (read at paint time, so a theme switch follows).
def red() -> QColor:
    return theme.colour("danger")


def amber() -> QColor:
    return theme.colour("warn_text")


def muted() -> QColor:
    return theme.colour("muted")


def status_text(status: str) -> str:
    """A pickup's status as the queue shows it; a status this version does not know reads as the server spells it."""
    tr = QCoreApplication.translate
    words = {"new": tr("PickupStatus", "New"), "picking": tr("PickupStatus", "Picking"),
             "ready": tr("PickupStatus", "Ready"), "picked_up": tr("PickupStatus", "Picked up"),
             "no_show": tr("PickupStatus", "No-show"), "restocked": tr("PickupStatus", "Restocked"),
             "cancelled": tr("PickupStatus", "Cancelled")}
    return words.get(status, fmt.server_word(status))


def id_check_labels() -> dict[str, str]:
    """The ID checked at a hand-over, in words (the hand-over form, a pickup's record, the CSV export)."""
    tr = QCoreApplication.translate
    return {"id_card": tr("PickupDialogs", "ID card"), "drivers_license": tr("PickupDialogs", "Driver's licence"),
            "passport": tr("PickupDialogs", "Passport"), "order_code_only": tr("PickupDialogs", "Pickup code only"),
            "none": tr("PickupDialogs", "No check")}


def deadline_text(pickup: dict[str, Any], now: Any) -> str:
    """"ready in 1 h 05 min", "overdue 12 min", "collect within 6 d 23 h", "past collect-by 2 h", "picked up 10:42"."""
    def _tr(text: str) -> str:
        return QCoreApplication.translate("PickupDeadline", text)
    found = deadlines.deadline(pickup, now)
    if found is not None:
        left = fmt.duration(found.seconds_left)
        if found.kind == "ready_by":
            text = _tr("overdue %1") if found.overdue else _tr("ready in %1")
        else:
            text = _tr("past collect-by %1") if found.overdue else _tr("collect within %1")
        return text.replace("%1", left)
    moment = deadlines.closed_at(pickup)
    status = pickup.get("status")
    if moment is None:
        return ""
    when = fmt.clock_time(deadlines.iso(moment))
    words = {"picked_up": _tr("picked up %1"), "cancelled": _tr("cancelled %1"), "no_show": _tr("no-show %1"),
             "restocked": _tr("restocked %1")}
    return words.get(status, "%1").replace("%1", when)


class ColouredTextDelegate(QStyledItemDelegate):
    """Keeps a cell's own text colour (overdue red) on a selected row, where the style sheet's selection
    colour would otherwise paint every cell alike."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        colour = index.data(Qt.ItemDataRole.ForegroundRole)
        if not isinstance(colour, QColor):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(colour)
        shown = language.elided(opt.fontMetrics, text, rect.width())  # its isolates closed even when cut
        align = QStyle.visualAlignment(opt.direction, opt.displayAlignment)
        painter.drawText(rect, int(align), shown)
        painter.restore()
