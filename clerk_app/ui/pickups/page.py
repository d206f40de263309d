"""The Pickups page: the store's queue by state with live deadlines, and the selected pickup's detail beside it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import deadlines
from .. import theme
from ..common import format as fmt
from ..common.a11y import named
from ..common.language import ltr
from ..common.pickup_cells import PICKUP_ROLE, ColouredTextDelegate, status_text
from ..common.reflow import ReflowSplitter
from ..common.tables import ColumnFitter, setup_list_table
from ..common.turns import Turns
from ..common.widgets import button, title
from .detail import PickupDetail
from .queue_model import PickupQueueModel, day_bounds
from .reminders import RemindersView

TICK_MS = 20_000  # countdowns show minutes: a repaint every 20 s is never more than a third of a minute late
WATCHED = {"pickup", "outbox", "conflict"}
FIND_PAGES = 40  # how far open_pickup pages down a tab to select a pickup in the list


class PickupsPage(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.selected_id: str | None = None
        self._stale = False  # the cache changed while the page was hidden
        self.refresh_turns = Turns(self, self._refresh_steps)
        self.counts: dict[str, int] = dict.fromkeys(deadlines.TABS, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)

        head = QHBoxLayout()
        head.addWidget(title(self.tr("Pickups")))
        head.addSpacing(12)
        self.summary = title("", "Muted")
        head.addWidget(self.summary, 1)
        # Two views of the same pickups: the working queue, and who to remind.
        self.view_group = QButtonGroup(self)
        self.queue_button = button(self.tr("Queue"))
        self.reminders_button = button(self.tr("Reminders"))
        self.reminders_button.setToolTip(self.tr("Ready orders not collected after a number of hours: remind their "
                                                 "customers in one go."))
        for index, segment in enumerate((self.queue_button, self.reminders_button)):
            segment.setObjectName("Segment")
            segment.setCheckable(True)
            self.view_group.addButton(segment, index)
            head.addWidget(segment)
        head.setSpacing(6)
        self.queue_button.setChecked(True)
        self.view_group.idClicked.connect(lambda index: self.show_view("reminders" if index else "queue"))
        layout.addLayout(head)

        self.views = QStackedWidget()
        queue = QWidget()
        queue_layout = QVBoxLayout(queue)
        queue_layout.setContentsMargins(0, 0, 0, 0)
        queue_layout.setSpacing(10)
        self.tabs = QTabBar(objectName="PickupTabs")
        self.tabs.setDrawBase(False)
        self.tabs.setExpanding(False)
        for _ in deadlines.TABS:
            self.tabs.addTab("")
        queue_layout.addWidget(self.tabs)

        self.model = PickupQueueModel(ctx, deadlines.TABS[0], self)
        self.table = QTableView(objectName="PickupQueue")
        named(self.table, self.tr("Pickup queue"), self.tr("The selected order shows beside the list"),
              tooltip=False)
        setup_list_table(self.table, self.model, PickupQueueModel.CUSTOMER)
        # Refreshed while a first download runs: columns sized from the texts, not by Qt asking every cell.
        self.columns = ColumnFitter(self.table, PickupQueueModel.CUSTOMER, self.model.column_texts, self.model.column_font)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.dataChanged):
            signal.connect(self.columns.fit)
            signal.connect(self._share_soon)
        self.deadline_delegate = ColouredTextDelegate(self.table)
        # The deadline only: its red must stay red on the selected row. Each cell it paints costs Python calls.
        self.table.setItemDelegateForColumn(PickupQueueModel.DEADLINE, self.deadline_delegate)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.empty = QLabel(objectName="Muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)

        self.detail = PickupDetail(ctx)
        self.detail.setMinimumWidth(380)
        self.detail.acted.connect(self._on_acted)
        # The detail beside the queue; below it where the width is short (a tablet held upright).
        splitter = ReflowSplitter(on_flow=self._on_flow)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list_stack)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter
        self._split = False  # the first showing gives the queue its share of the width (then the clerk's drag rules)
        self._dragged = False
        splitter.splitterMoved.connect(self._on_dragged)
        queue_layout.addWidget(splitter, 1)
        self.reminders = RemindersView(ctx)
        self.reminders.open_pickup.connect(self.open_pickup)
        self.views.addWidget(queue)
        self.views.addWidget(self.reminders)
        layout.addWidget(self.views, 1)

        self.tabs.currentChanged.connect(self._on_tab)
        ctx.cache_changed.connect(self._on_cache_changed)
        self._timer = QTimer(self, interval=TICK_MS, timeout=self.tick)
        self._timer.start()
        self._load_tab(deadlines.TABS[0])

    # --- what the tabs say ---------------------------------------------------------------

    def tab_names(self) -> dict[str, str]:
        return {"new": self.tr("New"), "picking": self.tr("Picking"), "ready": self.tr("Ready"),
                "overdue": self.tr("Overdue"), "past_collect_by": self.tr("Past collect-by"),
                "done_today": self.tr("Done today")}

    @property
    def current_view(self) -> str:
        return "reminders" if self.views.currentWidget() is self.reminders else "queue"

    def show_view(self, view: str) -> None:
        """"queue" or "reminders"."""
        reminders = view == "reminders"
        (self.reminders_button if reminders else self.queue_button).setChecked(True)
        self.views.setCurrentWidget(self.reminders if reminders else self.views.widget(0))

    @property
    def current_tab(self) -> str:
        return deadlines.TABS[max(0, self.tabs.currentIndex())]

    def _update_counts(self) -> bool:
        """Recount every tab; True when a count changed."""
        now = self.ctx.now()
        start, end = day_bounds(now)
        counts = self.ctx.reader.pickup_queue_counts(now, start, end)
        changed = counts != self.counts
        self.counts = counts
        names = self.tab_names()
        for index, tab in enumerate(deadlines.TABS):
            self.tabs.setTabText(index, f"{names[tab]}  {fmt.number(counts[tab])}")
            colour = {"overdue": "danger", "past_collect_by": "warn_text"}.get(tab) if counts[tab] else None
            self.tabs.setTabTextColor(index, theme.colour(colour) if colour else QColor())
        open_total = counts["new"] + counts["picking"] + counts["ready"]
        parts = [self.tr("%n open", "", open_total)]
        if counts["overdue"]:
            parts.append(self.tr("%n overdue", "", counts["overdue"]))
        parts.append(self.tr("%n done today", "", counts["done_today"]))
        self.summary.setText(" · ".join(parts))
        return changed

    def _update_empty(self) -> None:
        texts = {"new": self.tr("No new orders. New web orders appear here by themselves."),
                 "picking": self.tr("Nothing is being picked right now."),
                 "ready": self.tr("No orders are waiting on the shelf."),
                 "overdue": self.tr("Nothing is overdue. Well done."),
                 "past_collect_by": self.tr("Every ready order is still within its collect-by time."),
                 "done_today": self.tr("Nothing handed over, cancelled or missed today yet.")}
        self.empty.setText(texts[self.current_tab])
        self.list_stack.setCurrentWidget(self.table if self.model.rowCount() else self.empty)

    # --- loading -------------------------------------------------------------------------

    def _load_tab(self, tab: str) -> None:
        self._update_counts()
        self.columns.reset()
        self.model.set_tab(tab)
        self._reselect()
        self._update_empty()

    @Slot(int)
    def _on_tab(self, index: int) -> None:
        if self.ctx.closed:
            return
        self.columns.reset()
        self.model.set_tab(deadlines.TABS[index])
        self._reselect()
        self._update_empty()

    def refresh(self) -> None:
        """Read the queue and the detail again (the cache changed, or the clock moved a pickup to another tab)."""
        self.refresh_turns.run_now()

    def _refresh_steps(self) -> Iterator[None]:
        """`refresh()` in three steps (the tab counts, the list, the detail), for `Turns`."""
        if self.ctx.closed:
            return
        self._update_counts()
        yield
        if self.ctx.closed:
            return
        if self.model.reload():
            self._reselect()
        self._update_empty()
        yield
        if not self.ctx.closed:
            self.detail.refresh()

    @Slot(object)
    def _on_cache_changed(self, kinds: Any) -> None:
        if "staff" in set(kinds or ()) and not WATCHED & set(kinds):
            # Colleagues' names arrived: only the detail's "handed over by" reads them.
            if self.isVisible():
                self.detail.refresh()
            else:
                self._stale = True
        elif WATCHED & set(kinds or ()):
            if self.isVisible():
                # In turns: while a download writes the cache, the window answers between the steps.
                self.refresh_turns.start()
            else:
                # Hidden (another page, the lock or sign-in screen): catch up when shown. During a first
                # download a page is written every fraction of a second; reloading an unseen queue for
                # each one would only keep the GUI thread from answering.
                self._stale = True
        self.reminders.cache_changed(kinds)

    def _on_flow(self, side_by_side: bool) -> None:
        size = self.splitter.size()
        total = size.width() if side_by_side else size.height()
        if total > 0:  # the queue's share of the new direction, as at the first showing
            self.splitter.setSizes([total * 62 // 100, total - total * 62 // 100] if side_by_side
                                   else [total * 45 // 100, total - total * 45 // 100])

    def _on_dragged(self, *_args: Any) -> None:
        self._dragged = True  # the clerk's split stays

    def _share_soon(self, *_args: Any) -> None:
        QTimer.singleShot(0, self._share_width)

    def _share_width(self) -> None:
        """Most of the width to the queue (at 1366 px its customer names are not cut short), and as much more as
        its columns need to be seen whole (the last, the shelf, in Russian), while the pickup keeps its room."""
        total = sum(self.splitter.sizes())
        if self._dragged or total <= 0 or not self.splitter.side_by_side:
            return
        queue = total * 62 // 100
        bar = self.table.verticalScrollBar()
        wanted = (self.table.horizontalHeader().length() + 2 * self.table.frameWidth()
                  + (bar.sizeHint().width() if bar.isVisible() else 0))
        if wanted > queue:
            queue = max(queue, min(wanted, total - self.detail.least_width()))
        if self.splitter.sizes()[0] != queue:
            self.splitter.setSizes([queue, total - queue])

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._split and sum(self.splitter.sizes()) > 0 and self.splitter.side_by_side:
            self._split = True
            self._share_width()
        if self._stale:
            self._stale = False
            self.refresh()

    @Slot()
    def tick(self) -> None:
        if self.ctx.closed:
            return
        if self._update_counts() and self.current_tab in ("overdue", "past_collect_by", "done_today"):
            # Time moved a pickup into or out of this tab: the list itself must change.
            if self.model.reload():
                self._reselect()
            self._update_empty()
        self.model.tick()
        self.detail.tick()
        if self.current_view == "reminders":
            self.reminders.reload()  # ages grow, and orders cross the threshold with time

    # --- selection -----------------------------------------------------------------------

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _reselect(self) -> None:
        """Keep the same pickup selected across reloads and tab changes (rows move as the queue changes)."""
        if self.selected_id is None:
            return
        row = self.model.row_of(self.selected_id)
        if row >= 0:
            self.table.selectionModel().blockSignals(True)
            self._select_row(row)
            self.table.selectionModel().blockSignals(False)

    @Slot(QModelIndex, QModelIndex)
    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        pickup = current.data(PICKUP_ROLE)
        if not pickup:
            return
        self.selected_id = pickup["id"]
        if self.detail.pickup is None or self.detail.pickup["id"] != pickup["id"]:
            self.detail.show_pickup(pickup["id"])

    def select_pickup(self, pickup_id: str) -> bool:
        """Select a pickup in the current tab's list, paging down to it; False if the tab does not list it."""
        self.selected_id = pickup_id
        for _ in range(FIND_PAGES):
            row = self.model.row_of(pickup_id)
            if row >= 0:
                self._select_row(row)
                return True
            if not self.model.canFetchMore():
                break
            self.model.fetchMore()
        return False

    @Slot(str)
    def _on_acted(self, pickup_id: str) -> None:
        """After an action the pickup may belong to another tab (picking → ready): follow it there."""
        pickup = self.ctx.reader.pickup(pickup_id)
        if pickup is None or pickup_id != self.selected_id:
            return
        tabs = deadlines.tabs(pickup, self.ctx.now())
        if tabs and self.current_tab not in tabs:
            self._show_in_tab(pickup)

    def _show_in_tab(self, pickup: dict[str, Any]) -> None:
        tab = deadlines.bucket(pickup, self.ctx.now())
        if tab is not None:
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(deadlines.TABS.index(tab))
            self.tabs.blockSignals(False)
            self.model.set_tab(tab)
            self._update_empty()
        self.select_pickup(pickup["id"])

    # --- opened from elsewhere (search, a scanned code) ----------------------------------

    def open_customer(self, customer_id: str) -> None:
        """Kept for the main window's routing; customers open on the Customers page."""

    def open_pickup(self, pickup_id: str, extras: dict | None = None) -> None:
        """Show a pickup; with extras {"code": ...} (the customer's scanned QR) open the hand-over with the code
        filled in, with {"hand_over": True} (the bag's label scanned) open it with the code empty."""
        if self.ctx.closed:
            return
        pickup = self.ctx.reader.pickup(pickup_id)
        self.show_view("queue")
        if pickup is None:
            self.ctx.messages.warning(self.tr("This order is not in this store's pickup list."))
            return
        self._update_counts()
        self._show_in_tab(pickup)
        self.selected_id = pickup_id
        self.detail.show_pickup(pickup_id)
        code = str((extras or {}).get("code") or "")
        if not code and not (extras or {}).get("hand_over"):
            return
        if pickup["status"] == "ready":
            self.detail.open_hand_over(code)
        else:
            self.ctx.messages.info(self.tr("Order %1 is %2: it can be handed over once it is ready.")
                                   .replace("%1", ltr(pickup.get("order_number", "")))
                                   .replace("%2", status_text(pickup["status"]).lower()))
