"""The Customers page: search results on the leading side, the open customer's 360 on the rest.

Results come from the cache at once, then the server's are merged in (deduplicated, marked) while
online; a reply for an older query is dropped. The search bar in the top bar drives the page
(`attach_search_bar`): its text fills the results, Down moves into them, Enter opens one, Esc goes back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListView,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..common import format as fmt
from ..common.a11y import named
from ..common.language import isolate
from ..common.lookups import can_ask_server
from ..common.reflow import ReflowLayout, side_panel
from ..common.widgets import title
from .results import IdRole, SearchResultDelegate, SearchResultsModel
from .view import CustomerView

RESULT_LIMIT = 50
PANEL_WIDTH = 300  # px of the results beside the record
REMOTE_DELAY_MS = 150  # the server is asked once typing pauses, not for every key


class ResultsList(QListView):
    """The results; `ctx` is read by the delegate for store names."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("SearchResults")
        named(self, self.tr("Customers found"), self.tr("Enter opens the customer"), tooltip=False)
        self.setItemDelegate(SearchResultDelegate(self))
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ctx.cache_changed.connect(self._on_cache_changed)

    @Slot(object)
    def _on_cache_changed(self, kinds: Any) -> None:
        if "store" in set(kinds or ()):
            self.viewport().update()  # home stores read their names as the rows paint


class CustomersPage(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None, *, orders_page_size: int = 25,
                 result_limit: int = RESULT_LIMIT) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_limit = result_limit
        self.query = ""
        self.search_bar: Any = None
        self._remote_seq = 0
        self._remote_timer = QTimer(self, singleShot=True, interval=REMOTE_DELAY_MS, timeout=self._ask_server)

        # The results beside the customer; above it where the width is short (a tablet held upright).
        layout = ReflowLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        panel = QFrame(objectName="Card")
        panel.setFixedWidth(PANEL_WIDTH)
        layout.on_flow = side_panel(panel, PANEL_WIDTH)
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(10, 12, 10, 10)
        panel_layout.addWidget(title(self.tr("Customers"), "SectionTitle"))
        self.status = QLabel(objectName="Muted")
        self.status.setWordWrap(True)
        panel_layout.addWidget(self.status)
        self.model = SearchResultsModel(self)
        self.results = ResultsList(ctx)
        self.results.setModel(self.model)
        self.results.installEventFilter(self)
        self.results.clicked.connect(self._open_index)
        panel_layout.addWidget(self.results, 1)
        layout.addWidget(panel)

        self.stack = QStackedWidget()
        self.empty = self._empty_state()
        self.view = CustomerView(ctx, orders_page_size=orders_page_size)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        layout.addWidget(self.stack, 1)
        self.view.opened.connect(self._mark_current)
        ctx.state_changed.connect(self._on_state)
        self._server_count = 0
        self._remote_state = ""  # "", "asking", "done", "failed"
        self._show_status()

    @Slot(object)
    def _on_state(self, _state: object) -> None:
        self._show_status()

    def _empty_state(self) -> QWidget:
        empty = QWidget()
        layout = QVBoxLayout(empty)
        layout.addStretch(1)
        heading = title(self.tr("Find a customer"), "PageTitle")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(self.tr("Type a name, email, phone, loyalty card or order number — or scan it."),
                      objectName="Muted")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        shortcut = QLabel(self.tr("Ctrl+K jumps to the search bar from anywhere."), objectName="Muted")
        shortcut.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (heading, hint, shortcut):
            layout.addWidget(widget)
        layout.addStretch(2)
        return empty

    # --- the search bar -----------------------------------------------------------------------

    def attach_search_bar(self, bar: Any) -> None:
        """Let `bar` drive the results: its queries, Down into the list, Enter on typed text opens the first result."""
        if self.search_bar is bar:
            return
        self.search_bar = bar
        bar.query_changed.connect(self.show_results)
        bar.results_requested.connect(self.focus_results)
        bar.submitted.connect(self.open_first_result)

    def focus_results(self) -> None:
        if self.model.rowCount() == 0:
            return
        row = max(self.results.currentIndex().row(), 0)
        self.results.setCurrentIndex(self.model.index(row, 0))
        self.results.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_first_result(self, query: str = "") -> None:
        if query and query.strip() != self.query:
            self.show_results(query)
        if self.model.rowCount():
            self._open_index(self.model.index(0, 0))
        elif self.query:
            self.ctx.messages.info(self.tr("No customer found for “%1”.").replace("%1", isolate(self.query)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.results and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_index(self.results.currentIndex())
                return True
            at_top = self.results.currentIndex().row() <= 0
            if key == Qt.Key.Key_Escape or (key == Qt.Key.Key_Up and at_top):
                if self.search_bar is not None:
                    self.search_bar.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    # --- results ------------------------------------------------------------------------------

    def show_results(self, query: str) -> None:
        """Show the cache's matches for `query` now, then (online) the server's merged in."""
        query = query.strip()
        if self.ctx.closed:
            return
        if query == self.query and (self.model.rowCount() or not query):
            return  # the same query again (the bar and the window may both pass it on)
        self.query = query
        self._remote_seq += 1
        self._remote_timer.stop()
        self._server_count, self._remote_state = 0, ""
        self.model.set_local(self.ctx.reader.search_customers(query, self.result_limit) if query else [])
        self._mark_current(self.view.customer_id)
        if query and can_ask_server(self.ctx):
            self._remote_state = "asking"
            self._remote_timer.start()
        self._show_status()

    def _ask_server(self) -> None:
        if self.ctx.closed or not self.query or not can_ask_server(self.ctx):
            self._remote_state = ""
            self._show_status()
            return
        seq, query = self._remote_seq, self.query

        def done(page: Any) -> None:
            if seq != self._remote_seq:
                return  # the query changed meanwhile: this answer is for older text
            self._server_count = self.model.merge_server(page.items)
            self._remote_state = "done"
            self._mark_current(self.view.customer_id)
            self._show_status()

        def failed(_error: Any) -> None:
            if seq == self._remote_seq:
                self._remote_state = "failed"
                self._show_status()

        self.ctx.lookup(lambda api: api.search_customers(query, self.result_limit), done, failed)

    def _show_status(self) -> None:
        if self.ctx.closed:
            return
        if not self.query:
            self.status.setText(self.tr("Search results appear here."))
            return
        count = self.model.rowCount()
        found = self.tr("Found: %1").replace("%1", fmt.number(count)) if count else self.tr("No customer found")
        if self._remote_state == "asking":
            where = self.tr("on this computer · asking the server…")
        elif self._remote_state == "done":
            where = (self.tr("%1 more from the server").replace("%1", fmt.number(self._server_count)) if self._server_count
                     else self.tr("the server has no others"))
        elif self._remote_state == "failed":
            where = self.tr("from this computer only (the server did not answer)")
        elif self.ctx.signed_in_offline or not self.ctx.staff_api.signed_in:
            where = self.tr("from this computer only (signed in offline)")
        else:
            where = self.tr("Offline — from this computer only")
        self.status.setText(f"{found} · {where}")

    # --- opening ------------------------------------------------------------------------------

    def _open_index(self, index: Any) -> None:
        customer_id = index.data(IdRole) if index.isValid() else None
        if customer_id:
            self.ctx.navigate.emit("customer", customer_id, {})

    def open_customer(self, customer_id: str) -> None:
        """Show the customer's 360 (called by the main window on navigate("customer", id))."""
        self.stack.setCurrentWidget(self.view)
        self.view.show_customer(customer_id)

    def _mark_current(self, customer_id: str | None) -> None:
        row = self.model.row_of(customer_id) if customer_id else -1
        if row >= 0 and not self.results.hasFocus():
            self.results.setCurrentIndex(self.model.index(row, 0))
