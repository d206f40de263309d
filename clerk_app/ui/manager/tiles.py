"""The dashboard's building blocks: figure tiles in a grid that reflows with the width, and the small pickup lists."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import deadlines
from ..common import format as fmt
from ..common.language import isolate, ltr
from ..common.pickup_cells import (
    PICKUP_ROLE,
    ColouredTextDelegate,
    deadline_text,
    muted,
    red,
    status_text,
)
from ..common.tables import RowsTableModel, keep_title_room, setup_list_table
from ..theme import set_flag

Index = QModelIndex | QPersistentModelIndex
TILE_MIN_WIDTH = 180  # a tile narrower than this wraps its caption onto three lines


class Tile(QFrame):
    """A card with a caption, one big figure and a short line under it."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="Tile")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(2)
        self.caption = QLabel(caption, objectName="TileCaption")
        self.caption.setWordWrap(True)
        self.value_label = QLabel("—", objectName="TileValue")
        self.detail = QLabel("", objectName="TileDetail")
        self.detail.setWordWrap(True)
        for label in (self.caption, self.value_label, self.detail):
            layout.addWidget(label)
        layout.addStretch(1)

    @property
    def value(self) -> str:
        return self.value_label.text()

    def set_value(self, text: str, detail: str = "", *, tone: str = "", hint: str = "") -> None:
        """tone "bad" paints the figure red; `hint` is the tooltip (why a figure is "—")."""
        self.value_label.setText(text)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        set_flag(self.value_label, "tone", tone)
        self.setToolTip(hint)


class TileGrid(QWidget):
    """Tiles in as many columns as the width allows (4 on a counter screen, 2 on a narrow tablet)."""

    def __init__(self, tiles: list[Tile], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles = tiles
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(10)
        self.columns = 0
        self._place(len(tiles))

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        for tile in self.tiles:
            self.grid.removeWidget(tile)
        for column in range(max(self.columns, columns)):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        for position, tile in enumerate(self.tiles):
            self.grid.addWidget(tile, position // columns, position % columns)
        self.columns = columns

    def resizeEvent(self, event: QResizeEvent) -> None:
        fits = max(1, (event.size().width() + self.grid.spacing()) // (TILE_MIN_WIDTH + self.grid.spacing()))
        self._place(min(len(self.tiles), fits))
        super().resizeEvent(event)


class PickupListModel(RowsTableModel):
    """A short list of pickups already loaded by the dashboard (tens of rows: no paging needed)."""

    ORDER, CUSTOMER, STATUS, DEADLINE, SHELF = range(5)

    def __init__(self, ctx: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[dict[str, Any]] = []
        self._now: datetime | None = None
        self._headers = [self.tr("Order"), self.tr("Customer"), self.tr("Status"), self.tr("Deadline"),
                         self.tr("Shelf")]

    def set_rows(self, rows: list[dict[str, Any]], now: datetime) -> None:
        self.beginResetModel()
        self.rows, self._now = list(rows), now
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        pickup, column = self.rows[index.row()], index.column()
        if role == PICKUP_ROLE:
            return pickup
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(pickup, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.DEADLINE:
            return red() if pickup.get("status") in ("new", "picking", "ready") else muted()
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DEADLINE:
            due = pickup.get("promised_by") if pickup.get("status") in deadlines.OPEN else pickup.get("pickup_by")
            text = self.tr("Ready by %1") if pickup.get("status") in deadlines.OPEN else self.tr("Collect by %1")
            return text.replace("%1", fmt.local_time(due)) if due else None
        return None

    def _text(self, pickup: dict[str, Any], column: int) -> str:
        if column == self.ORDER:
            return ltr(pickup.get("order_number") or "")
        if column == self.CUSTOMER:
            return isolate(pickup.get("customer_name") or "")
        if column == self.STATUS:
            return status_text(pickup.get("status", ""))
        if column == self.DEADLINE:
            if pickup.get("status") == "no_show":
                return self.tr("was due %1").replace("%1", fmt.local_time(pickup.get("pickup_by")))
            return deadline_text(pickup, self._now or self.ctx.now())
        if column == self.SHELF:
            return ltr(pickup.get("shelf_location") or "")
        return ""


class PickupListView(QTableView):
    """A read-only list whose rows open their pickup: a click (mouse or touch) or Enter on the current row."""

    opened = Signal(str)  # pickup id

    def __init__(self, model: PickupListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DashboardList")
        setup_list_table(self, model, PickupListModel.CUSTOMER, row_height=32)
        keep_title_room(self, PickupListModel.CUSTOMER)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setItemDelegateForColumn(PickupListModel.DEADLINE, ColouredTextDelegate(self))
        self.clicked.connect(self.open_row)

    def open_row(self, index: QModelIndex) -> None:
        pickup = index.data(PICKUP_ROLE) if index.isValid() else None
        if pickup:
            self.opened.emit(pickup["id"])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_row(self.currentIndex())
            return
        super().keyPressEvent(event)
