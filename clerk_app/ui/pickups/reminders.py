"""Reminders: ready pickups not collected after N hours (metrics.reminder_candidates over the cache), with
checkboxes and one bulk "Send reminder" that queues a notify per pickup (outbox actions: works offline)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import metrics
from ...domain.pickups import iso
from ...errors import ClerkError
from ..common import format as fmt
from ..common.a11y import named
from ..common.language import isolate, ltr
from ..common.pickup_cells import amber
from ..common.tables import RowsTableModel, setup_list_table
from ..common.widgets import DigitSpinBox, button, title
from .dialogs import _stepper

Index = QModelIndex | QPersistentModelIndex
PAGE = 500  # cache rows read per query while gathering every ready pickup
BATCH = 200  # rows the table shows per fetchMore
DEFAULT_HOURS = 24
SETTINGS_KEY = "reminders/after_hours"
PICKUP_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def ready_pickups(reader: Any) -> list[dict[str, Any]]:
    """Every ready pickup in the cache, paging through it (the queue's own indexed query)."""
    found: list[dict[str, Any]] = []
    while True:
        page = reader.pickups("ready", PAGE, len(found))
        found.extend(page)
        if len(page) < PAGE:
            return found


def _queued(pickup: dict[str, Any]) -> bool:
    return any(n.get("kind") == "reminder" and n.get("channel") == "pending" for n in pickup.get("notifications") or [])


class RemindersModel(RowsTableModel):
    ORDER, CUSTOMER, READY, LAST, SENT = range(5)
    checked_changed = Signal(int)

    def __init__(self, ctx: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.found: list[metrics.Reminder] = []
        self.shown = 0
        self.checked: set[str] = set()
        self._seen: set[str] = set()
        self.hours = DEFAULT_HOURS
        self._headers = [self.tr("Order"), self.tr("Customer"), self.tr("Ready since"), self.tr("Last reminder"),
                         self.tr("Reminders sent")]

    def load(self, hours: int) -> None:
        """Read the cache again; ticks survive, and a newcomer is ticked unless reminded within `hours`."""
        now = self.ctx.now()
        found = metrics.reminder_candidates(ready_pickups(self.ctx.reader), now, hours)
        ids = {r.pickup["id"] for r in found}
        if hours != self.hours:
            self._seen.clear()  # a new threshold: tick afresh by it
        for r in found:
            pid = r.pickup["id"]
            if pid not in self._seen:
                recent = r.last_reminder_at is not None and (now - r.last_reminder_at).total_seconds() < hours * 3600
                if not recent and not _queued(r.pickup):
                    self.checked.add(pid)
                self._seen.add(pid)
        self.checked &= ids
        self._seen &= ids
        self.beginResetModel()
        self.hours, self.found = hours, found
        self.shown = min(len(found), max(BATCH, self.shown))
        self.endResetModel()
        self.checked_changed.emit(len(self.checked))

    # --- paging --------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and self.shown < len(self.found)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self.shown >= len(self.found):
            return
        more = min(BATCH, len(self.found) - self.shown)
        self.beginInsertRows(QModelIndex(), self.shown, self.shown + more - 1)
        self.shown += more
        self.endInsertRows()

    # --- checking ------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        """The ticked pickups, longest waiting first (ticks on rows not yet scrolled to count too)."""
        return [r.pickup["id"] for r in self.found if r.pickup["id"] in self.checked]

    def set_all(self, on: bool) -> None:
        self.checked = {r.pickup["id"] for r in self.found} if on else set()
        if self.shown:
            self.dataChanged.emit(self.index(0, 0), self.index(self.shown - 1, 0), [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit(len(self.checked))

    def set_checked(self, pickup_ids: set[str], on: bool) -> None:
        self.checked = (self.checked | pickup_ids) if on else (self.checked - pickup_ids)
        if self.shown:
            self.dataChanged.emit(self.index(0, 0), self.index(self.shown - 1, 0), [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit(len(self.checked))

    def row_of(self, pickup_id: str) -> int:
        return next((i for i, r in enumerate(self.found[:self.shown]) if r.pickup["id"] == pickup_id), -1)

    # --- the table -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.shown

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == self.ORDER else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.shown:
            return None
        found = self.found[index.row()]
        pickup, column = found.pickup, index.column()
        if role == PICKUP_ID_ROLE:
            return pickup["id"]
        if role == Qt.ItemDataRole.CheckStateRole and column == self.ORDER:
            return Qt.CheckState.Checked if pickup["id"] in self.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            # Isolated: "10 d 19 h ago" keeps its own reading order inside a right-to-left table.
            text = self._text(found, column)
            return f"\u2068{text}\u2069" if column in (self.READY, self.LAST) else text
        if role == Qt.ItemDataRole.ToolTipRole and column == self.READY:
            return fmt.local_time(iso(found.ready_at))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.LAST and _queued(pickup):
            return amber()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SENT:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _text(self, found: metrics.Reminder, column: int) -> str:
        pickup = found.pickup
        if column == self.ORDER:
            return ltr(pickup.get("order_number", ""))
        if column == self.CUSTOMER:
            return isolate(pickup.get("customer_name") or "")
        if column == self.READY:
            waited = (self.ctx.now() - found.ready_at).total_seconds()
            return self.tr("%1 ago").replace("%1", fmt.duration(waited))
        if column == self.LAST:
            if _queued(pickup):
                return self.tr("Queued, waiting to sync")
            return fmt.ago(iso(found.last_reminder_at), self.ctx.now()) if found.last_reminder_at else self.tr("Never")
        return fmt.number(found.reminders_sent)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != self.ORDER or not index.isValid():
            return False
        pid = self.found[index.row()].pickup["id"]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(pid)
        else:
            self.checked.discard(pid)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit(len(self.checked))
        return True


def _settings(ctx: Any) -> QSettings:
    # Beside the cache, so each counter (and each test) keeps its own.
    return QSettings(str(ctx.settings.data_dir / "ui-preferences.ini"), QSettings.Format.IniFormat)


class RemindersView(QWidget):
    open_pickup = Signal(str)  # a row was double-clicked
    sent = Signal(int)  # how many reminders were just queued

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dirty = True
        self._sending = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Ready and not collected after")))
        self.hours = DigitSpinBox()
        self.hours.setRange(1, 24 * 30)
        stored = _settings(ctx).value(SETTINGS_KEY, DEFAULT_HOURS)
        self.hours.setValue(int(stored) if str(stored).isdigit() else DEFAULT_HOURS)
        self.hours.valueChanged.connect(self._hours_changed)
        named(self.hours, self.tr("Ready and not collected after, in hours"),
              self.tr("Hours since the order was ready"))
        row.addWidget(_stepper(self.hours))  # the same − [n] + as the pickup forms, finger-sized
        self.hours.setFixedWidth(60)
        row.addWidget(QLabel(self.tr("hours")))
        row.addStretch(1)
        layout.addLayout(row)
        # The count and the buttons on a line of their own: in a long language one line cannot hold them all.
        row = QHBoxLayout()
        self.summary = title("", "Muted")
        self.summary.setWordWrap(True)
        row.addWidget(self.summary, 1)
        self.all_button = button(self.tr("Select all"), flat=True)
        self.none_button = button(self.tr("Select none"), flat=True)
        self.send_button = button("", primary=True)
        self.all_button.clicked.connect(lambda: self.model.set_all(True))
        self.none_button.clicked.connect(lambda: self.model.set_all(False))
        self.send_button.clicked.connect(self.send_selected)
        for b in (self.all_button, self.none_button, self.send_button):
            row.addWidget(b)
        layout.addLayout(row)
        self.hint = title("", "Muted")
        layout.addWidget(self.hint)

        self.model = RemindersModel(ctx, self)
        self.model.checked_changed.connect(self._update_button)
        self.table = QTableView(objectName="RemindersTable")
        named(self.table, self.tr("Orders to remind"), self.tr("Space ticks or unticks an order"), tooltip=False)
        setup_list_table(self.table, self.model, RemindersModel.CUSTOMER)
        self.table.doubleClicked.connect(self._open)
        self.empty = QLabel(objectName="Muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        self._update_button(0)

    # --- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        if self.ctx.closed:
            return
        self.dirty = False
        hours = self.hours.value()
        self.model.load(hours)
        count = len(self.model.found)
        self.summary.setText(self.tr("%n order(s) waiting", "", count))
        self.hint.setText(self.tr("Ticked: customers not reminded in the last %n hour(s). Reminders are queued on this "
                                  "computer and sent when the connection allows. Double-click an order to open it.",
                                  "", hours))
        self.empty.setText(self.tr("Every ready order was collected within %n hour(s) of being ready. Nobody to "
                                   "remind.", "", hours))
        self.stack.setCurrentWidget(self.table if count else self.empty)

    def cache_changed(self, kinds: Any) -> None:
        if "pickup" in set(kinds or ()):
            if self.isVisible():
                self.reload()
            else:
                self.dirty = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        stored = _settings(self.ctx).value(SETTINGS_KEY, DEFAULT_HOURS)  # changed in Preferences meanwhile?
        if str(stored).isdigit() and int(stored) != self.hours.value():
            self.hours.setValue(int(stored))  # reloads
        if self.dirty:
            self.reload()

    @Slot(int)
    def _hours_changed(self, hours: int) -> None:
        _settings(self.ctx).setValue(SETTINGS_KEY, hours)
        self.reload()

    @Slot(int)
    def _update_button(self, count: int) -> None:
        self.send_button.setText(self.tr("Send reminder to %n customer(s)", "", count))
        self.send_button.setEnabled(count > 0 and not self._sending)

    @Slot(QModelIndex)
    def _open(self, index: QModelIndex) -> None:
        pid = index.data(PICKUP_ID_ROLE)
        if pid:
            self.open_pickup.emit(pid)

    # --- sending -------------------------------------------------------------------------

    def send_selected(self) -> None:
        """One run_task queues one reminder per ticked pickup; one that can't be reminded any more is skipped."""
        chosen = self.model.selected_ids()
        staff_id = (self.ctx.staff or {}).get("id", "")
        if not chosen or self._sending or not staff_id:
            return
        actions = self.ctx.actions

        def queue_all() -> tuple[list[str], list[str]]:
            queued, skipped = [], []
            for pid in chosen:
                try:
                    actions.notify(pid, "reminder", staff_id)
                    queued.append(pid)
                except ClerkError:
                    skipped.append(pid)  # collected or cancelled since the list was read
            return queued, skipped

        self._sending = True
        self._update_button(len(chosen))
        self.ctx.perform(queue_all, changes={"pickup"}, on_done=self._sent, on_error=self._failed)

    def _sent(self, result: tuple[list[str], list[str]]) -> None:
        self._sending = False
        queued, skipped = result
        self.model.set_checked(set(queued), False)
        text = self.tr("Reminders queued for %n customer(s).", "", len(queued))
        if skipped:
            text += " " + self.tr("%n order(s) skipped: no longer waiting on the shelf.", "", len(skipped))
        self.ctx.messages.info(text)
        self.sent.emit(len(queued))
        self.reload()

    def _failed(self, error: ClerkError) -> None:
        self._sending = False
        self.ctx.messages.error(error.user_message)
        self.reload()
