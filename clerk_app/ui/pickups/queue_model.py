"""The pickup queue as a paged table model: one tab's pickups from the cache, with live deadline countdowns."""

from __future__ import annotations

from datetime import UTC, timedelta
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from ...domain import deadlines
from ..common import format as fmt
from ..common.language import isolate, ltr
from ..common.pickup_cells import (
    PICKUP_ROLE,
    amber,
    deadline_text,
    muted,
    red,
    status_text,
)
from ..common.tables import RowsTableModel

PAGE = 50
Index = QModelIndex | QPersistentModelIndex

OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 2  # True when its deadline has passed
PENDING_ROLE = Qt.ItemDataRole.UserRole + 3  # True while an action on it waits to sync



def day_bounds(now: Any) -> tuple[Any, Any]:
    """The counter's today as UTC bounds (a clerk's "today" is local, the cache stores UTC)."""
    start = deadlines.start_of_day(now)
    return start.astimezone(UTC), (start + timedelta(days=1)).astimezone(UTC)


# The roles `PickupQueueModel.data` answers; a view asks for about twice as many for every cell it paints.
_ANSWERED = frozenset(int(r) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole, PICKUP_ROLE, PENDING_ROLE, OVERDUE_ROLE))


class PickupQueueModel(RowsTableModel):
    ORDER, CUSTOMER, ITEMS, STATUS, DEADLINE, SHELF, SYNC = range(7)

    def __init__(self, ctx: Any, tab: str = "new", parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tab = tab
        self.rows: list[dict[str, Any]] = []
        self._exhausted = False
        # What data() answered, by (row, column, role), until the rows or the clock change: the view asks
        # for every role of every visible cell on each repaint and sizing pass, and the answers (deadline
        # texts, colours) are worked out in Python. Remembered, a refresh during a download costs half.
        self._answers: dict[tuple[int, int, int], Any] = {}
        self._headers = [self.tr("Order"), self.tr("Customer"), self.tr("Items"), self.tr("Status"),
                         self.tr("Deadline"), self.tr("Shelf"), self.tr("Sync")]

    # --- fetching ------------------------------------------------------------------------

    def _fetch(self, limit: int, offset: int) -> list[dict[str, Any]]:
        reader, now = self.ctx.reader, self.ctx.now()
        if self.tab in ("new", "picking", "ready"):
            return reader.pickups(self.tab, limit, offset)
        start, end = day_bounds(now)
        return reader.pickup_queue(self.tab, now, start, end, limit, offset)

    def set_tab(self, tab: str) -> None:
        self.beginResetModel()
        self._answers.clear()
        self.tab = tab
        self.rows = self._fetch(PAGE, 0)
        self._exhausted = len(self.rows) < PAGE
        self.endResetModel()

    def reload(self) -> bool:
        """Read the rows shown again (as many as were loaded); True when the list itself changed
        (rows in or out, a new order), False when only their contents did — then the view keeps
        its selection and scroll position untouched."""
        if self.ctx.closed:
            return False
        wanted = max(PAGE, len(self.rows))
        fresh = self._fetch(wanted, 0)
        exhausted = len(fresh) < wanted
        if fresh == self.rows:
            # Nothing shown changed (a download wrote other pickups, or other records): no repaint at all.
            self._exhausted = exhausted
            return False
        self._answers.clear()
        if [r["id"] for r in fresh] == [r["id"] for r in self.rows]:
            self.rows, self._exhausted = fresh, exhausted
            if fresh:
                self.dataChanged.emit(self.index(0, 0), self.index(len(fresh) - 1, self.SYNC))
            return False
        self.beginResetModel()
        self.rows, self._exhausted = fresh, exhausted
        self.endResetModel()
        return True

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802 - Qt's signature
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._exhausted or self.ctx.closed:
            return
        more = self._fetch(PAGE, len(self.rows))
        known = {r["id"] for r in self.rows}
        more = [r for r in more if r["id"] not in known]  # the list may have shifted since the last page
        self._exhausted = len(more) < PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def tick(self) -> None:
        """Repaint the countdowns only (the clock moved; nothing else did)."""
        self._answers.clear()
        if self.rows:
            self.dataChanged.emit(self.index(0, self.DEADLINE), self.index(len(self.rows) - 1, self.DEADLINE),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, OVERDUE_ROLE])

    def row_of(self, pickup_id: str) -> int:
        for row, pickup in enumerate(self.rows):
            if pickup["id"] == pickup_id:
                return row
        return -1

    # --- the table -----------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED:
            return None  # most of what a view asks (decoration, check state, size hint...): answered at once
        key = (index.row(), index.column(), int(role))
        try:
            return self._answers[key]
        except KeyError:
            pass
        if not index.isValid() or not 0 <= key[0] < len(self.rows):
            return None
        answer = self._answers[key] = self._answer(self.rows[key[0]], key[1], role)
        return answer

    def _answer(self, pickup: dict[str, Any], column: int, role: int) -> Any:
        if role == PICKUP_ROLE:
            return pickup
        if role == PENDING_ROLE:
            return bool(pickup.get("pending"))
        if role == OVERDUE_ROLE:
            found = deadlines.deadline(pickup, self.ctx.now())
            return bool(found and found.overdue)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(pickup, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(pickup, column)
        if role == Qt.ItemDataRole.FontRole:
            return self.column_font(column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DEADLINE:
            found = deadlines.deadline(pickup, self.ctx.now())
            if found:
                label = self.tr("Ready by %1") if found.kind == "ready_by" else self.tr("Collect by %1")
                return label.replace("%1", fmt.local_time(deadlines.iso(found.due)))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ITEMS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def column_font(self, column: int) -> QFont | None:
        """The order number in bold, the sync mark in italics; None: the table's own font."""
        if column not in (self.ORDER, self.SYNC):
            return None
        font = QFont()
        font.setBold(column == self.ORDER)
        font.setItalic(column == self.SYNC)
        return font

    def column_texts(self, column: int) -> list[str]:
        """Every loaded row's text in `column` (for sizing the column without a call per cell)."""
        return [self._text(pickup, column) for pickup in self.rows]

    def _text(self, pickup: dict[str, Any], column: int) -> str:
        if column == self.ORDER:
            return ltr(pickup.get("order_number") or "")
        if column == self.CUSTOMER:
            return isolate(pickup.get("customer_name") or "")
        if column == self.ITEMS:
            return fmt.number(sum(int(line.get("quantity") or 0) for line in pickup.get("lines", [])))
        if column == self.STATUS:
            return status_text(pickup.get("status", ""))
        if column == self.DEADLINE:
            return deadline_text(pickup, self.ctx.now())
        if column == self.SHELF:
            return ltr(pickup.get("shelf_location") or "")
        if column == self.SYNC:
            return self.tr("Waiting to sync") if pickup.get("pending") else ""
        return ""

    def _colour(self, pickup: dict[str, Any], column: int) -> QColor | None:
        if column == self.DEADLINE:
            found = deadlines.deadline(pickup, self.ctx.now())
            if found is None:
                return muted()
            return red() if found.overdue else None
        if column == self.SYNC:
            return amber()
        return None
