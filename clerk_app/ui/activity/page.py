"""The Activity screen: what waits to sync, conflicts the store server raised (open / retry / dismiss), the sync log,
and the "Sync now" and "Work offline" controls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...sync.connectivity import ConnectionState
from ..common import format as fmt
from ..common.a11y import named
from ..common.reflow import ReflowLayout
from ..common.widgets import RefreshWhenShown, badge, button, card, set_tone, title
from .connection_words import state_word
from .items import ConflictItem, PendingModel
from .words import humanise_log

CONFLICTS_SHOWN = 50
LOG_LINES = 300  # the sync log is kept in memory only, newest first
REFRESH_DELAY_MS = 150  # a burst of cache changes (a page of sync) refreshes the lists once


class ActivityPage(RefreshWhenShown, QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._dirty = True
        self._last_state: ConnectionState | None = None
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS, timeout=self.refresh)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(12)
        outer.addLayout(self._build_header())
        body = ReflowLayout()  # the sync log beside what waits and the conflicts; below them on a narrow screen
        body.setSpacing(12)
        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(self._build_waiting(), 1)
        left.addWidget(self._build_conflicts(), 1)
        body.addLayout(left, 2)
        body.addWidget(self._build_log(), 1)
        outer.addLayout(body, 1)
        ctx.cache_changed.connect(self.schedule_refresh)
        ctx.state_changed.connect(self._on_state)
        ctx.staff_changed.connect(self.schedule_refresh)
        ctx.sync_log.connect(self.add_log_line)
        self._on_state(ctx.connection_state)

    # --- building --------------------------------------------------------------------------

    def _build_header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(title(self.tr("Activity")))
        self.state_label = QLabel(objectName="Muted")
        self.state_label.setWordWrap(True)  # beside the buttons on a narrow screen
        titles.addWidget(self.state_label)
        header.addLayout(titles, 1)
        self.work_offline_button = button(self.tr("Work offline"))
        self.work_offline_button.setCheckable(True)
        self.work_offline_button.setToolTip(self.tr("Stop using the network until you choose to sync again "
                                                    "(everything you do is kept on this computer)"))
        self.work_offline_button.toggled.connect(self.set_work_offline)
        self.sync_now_button = button(self.tr("Sync now"), primary=True)
        self.sync_now_button.setToolTip(self.tr("Send what waits and fetch what is new, right away"))
        self.sync_now_button.clicked.connect(self.sync_now)
        header.addWidget(self.work_offline_button, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.sync_now_button, 0, Qt.AlignmentFlag.AlignVCenter)
        return header

    def _section(self, text: str, hint: str) -> tuple[QFrame, QVBoxLayout, QLabel]:
        frame, layout = card()
        row = QHBoxLayout()
        row.addWidget(title(text, "SectionTitle"))
        count = badge("0")
        row.addWidget(count)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(title(hint, "Muted"))
        return frame, layout, count

    def _build_waiting(self) -> QFrame:
        frame, layout, self.waiting_count = self._section(
            self.tr("Waiting to sync"),
            self.tr("Done at this counter and saved here; sent to the store server as soon as it can be reached."))
        self.pending_model = PendingModel(self.ctx, self)
        self.pending_view = QTableView(objectName="PendingList")
        self.pending_view.setModel(self.pending_model)
        named(self.pending_view, self.tr("Waiting to sync"))
        self.pending_view.verticalHeader().hide()
        self.pending_view.setShowGrid(False)
        self.pending_view.setAlternatingRowColors(True)
        self.pending_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pending_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pending_view.setWordWrap(False)
        head = self.pending_view.horizontalHeader()
        head.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)  # over its column's text
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        head.setHighlightSections(False)
        layout.addWidget(self.pending_view, 1)
        self.waiting_empty = QLabel(self.tr("Nothing is waiting: everything done here has reached the store server."),
                                    objectName="Muted")
        self.waiting_more = QLabel(objectName="Muted")
        layout.addWidget(self.waiting_empty)
        layout.addWidget(self.waiting_more)
        layout.addStretch(0)  # the room the list leaves when hidden (nothing waits): not spread between the lines
        return frame

    def _build_conflicts(self) -> QFrame:
        frame, layout, self.conflict_count = self._section(
            self.tr("Conflicts"),
            self.tr("Actions the store server could not apply, and what it says now. Decide for each: "
                    "open the record, try again, or dismiss it."))
        self.conflicts_box = QWidget(objectName="ConflictList")
        self.conflicts_layout = QVBoxLayout(self.conflicts_box)
        self.conflicts_layout.setContentsMargins(0, 0, 0, 0)
        self.conflicts_layout.setSpacing(8)
        self.conflicts_layout.addStretch(1)
        self.conflicts_scroll = QScrollArea(objectName="ConflictScroll")
        self.conflicts_scroll.setWidgetResizable(True)
        self.conflicts_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.conflicts_scroll.setWidget(self.conflicts_box)
        layout.addWidget(self.conflicts_scroll, 1)
        self.conflicts_empty = QLabel(self.tr("No conflicts."), objectName="Muted")
        layout.addWidget(self.conflicts_empty)
        layout.addStretch(0)  # as above, when there are no conflicts
        self.conflict_items: list[ConflictItem] = []
        return frame

    def _build_log(self) -> QFrame:
        frame, layout = card()
        frame.setMinimumWidth(240)  # readable lines; where there is not that much room, the log goes below
        layout.addWidget(title(self.tr("Sync log"), "SectionTitle"))
        layout.addWidget(title(self.tr("What the sync did since Clerk started, newest first."), "Muted"))
        self.log_list = QListWidget(objectName="SyncLog")
        self.log_list.setWordWrap(True)
        named(self.log_list, self.tr("Sync log"))
        self.log_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.log_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.log_list, 1)
        return frame

    # --- keeping it current ----------------------------------------------------------------

    @Slot()
    def schedule_refresh(self, *_args: Any) -> None:
        if not self.isVisible():
            self._dirty = True  # refreshed when shown: no reads for a screen nobody looks at
            return
        self._refresh_timer.start()

    @Slot()
    def refresh(self) -> None:
        if self.ctx.closed:
            return
        self._dirty = False
        self.pending_model.refresh()
        depth = self.ctx.reader.depth()
        shown = len(self.pending_model.rows)
        self.waiting_count.setText(fmt.number(depth))
        set_tone(self.waiting_count, "warn" if depth else "good")
        self.pending_view.setVisible(shown > 0)
        self.waiting_empty.setVisible(depth == 0)
        self.waiting_more.setVisible(depth > shown)
        self.waiting_more.setText(self.tr("The oldest %1 of %2 are shown.").replace("%1", fmt.number(shown))
                                  .replace("%2", fmt.number(depth)))
        self._fill_conflicts(self.ctx.reader.conflicts())
        self._show_state(self.ctx.connection_state)

    def _fill_conflicts(self, conflicts: list[dict[str, Any]]) -> None:
        for item in self.conflict_items:
            self.conflicts_layout.removeWidget(item)
            item.deleteLater()
        self.conflict_items = [ConflictItem(self.ctx, c) for c in conflicts[:CONFLICTS_SHOWN]]
        for position, item in enumerate(self.conflict_items):
            self.conflicts_layout.insertWidget(position, item)
        self.conflict_count.setText(fmt.number(len(conflicts)))
        set_tone(self.conflict_count, "bad" if conflicts else "good")
        self.conflicts_empty.setVisible(not conflicts)
        self.conflicts_scroll.setVisible(bool(conflicts))

    @Slot(object)
    def _on_state(self, state: ConnectionState) -> None:
        if self.ctx.closed:
            return
        if self._last_state is not None and state != self._last_state:
            self.add_log_line(self._state_line(state))
        self._last_state = state
        self.pending_model.set_state(state)
        self._show_state(state)

    def _state_line(self, state: ConnectionState) -> str:
        return {
            ConnectionState.ONLINE: self.tr("Connected to the store server."),
            ConnectionState.OFFLINE: self.tr("The store server cannot be reached; Clerk keeps trying."),
            ConnectionState.WORKING_OFFLINE: self.tr("Working offline: nothing is sent until you sync again."),
            ConnectionState.SIGNED_OUT: self.tr("The store server no longer accepts this computer."),
            ConnectionState.REJECTING: self.tr("The store server answers with errors; Clerk keeps trying."),
            ConnectionState.UPDATE_REQUIRED: self.tr("The store server needs a newer Clerk: nothing is sent until "
                                                     "Clerk is updated on this computer."),
        }[state]

    def _show_state(self, state: ConnectionState) -> None:
        words = state_word(state)
        last = self.ctx.reader.last_pull_at()
        synced = (self.tr("last synced %1").replace("%1", fmt.ago(last, self.ctx.now())) if last
                  else self.tr("not synced yet"))
        self.state_label.setText(f"{words} · {synced}")
        offline = self.work_offline_button.isChecked()
        self.sync_now_button.setEnabled(not offline)

    # --- the clerk's controls --------------------------------------------------------------

    @Slot()
    def sync_now(self) -> None:
        self.ctx.sync.wake()
        self.add_log_line(self.tr("Sync requested."))

    @Slot(bool)
    def set_work_offline(self, offline: bool) -> None:
        self.ctx.sync.set_work_offline(offline)
        self.work_offline_button.setText(self.tr("Go back online") if offline else self.tr("Work offline"))
        self.sync_now_button.setEnabled(not offline)
        self.sync_now_button.setToolTip(self.tr("Go back online first") if offline
                                        else self.tr("Send what waits and fetch what is new, right away"))

    @Slot(str)
    def add_log_line(self, line: str) -> None:
        if self.ctx.closed:
            return
        stamp = self.ctx.now().astimezone().strftime("%H:%M:%S")
        self.log_list.insertItem(0, f"{stamp}   {humanise_log(line)}")
        while self.log_list.count() > LOG_LINES:
            self.log_list.takeItem(self.log_list.count() - 1)

    def keep_log_lines(self, lines: list[str]) -> None:
        """The sync log of the page this one replaces (the window was rebuilt in another language), newest first."""
        self.log_list.addItems(lines[:LOG_LINES - self.log_list.count()])

    def log_lines(self) -> list[str]:
        return [self.log_list.item(i).text() for i in range(self.log_list.count())]

    # The main window routes records to the pages that show them; Activity shows none itself.
    def open_customer(self, customer_id: str) -> None:
        pass

    def open_pickup(self, pickup_id: str, extras: dict) -> None:
        pass
