"""The main window: sign-in/lock screen or the workspace (search bar, navigation, pages, banner, status bar).

Screens talk to each other only through the context: `ctx.navigate(kind, id, extras)` opens a record
wherever it lives, `ctx.cache_changed` refreshes what shows it, `ctx.messages` tells the clerk.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStatusBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..sync.connectivity import ConnectionState
from . import theme
from .activity.connection_words import state_word
from .activity.page import ActivityPage
from .common import format as fmt
from .common import language, preferences, set_by_it, touch
from .common.a11y import announce, named
from .common.camera_dialog import CameraButton, CameraScanDialog
from .common.context import ClerkContext
from .common.widgets import ElidedLabel
from .customers.page import CustomersPage
from .customers.search_bar import SearchBar
from .manager.dashboard import DashboardPage
from .manager.enroll_counters import open_enroll_counters
from .ordering.dialogs import AddToCartDialog, OrderForPickupDialog
from .ordering.stores import SeenStock
from .pickups.page import PickupsPage
from .preferences.dialog import PreferencesDialog
from .session import idle
from .session.signin import SignInScreen
from .stock.page import StockPage
from .theme import set_flag

STATUS_REFRESH_MS = 15_000


NAV_LEAST, NAV_MOST = 120, 190  # px of the page navigation


class Banner(QFrame):
    """A non-blocking message across the top of the workspace; the clerk closes it or it fades on its own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout.addWidget(self.text, 1)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close this message"))
        named(close, close.toolTip())  # not "✕"
        close.clicked.connect(self.hide)
        layout.addWidget(close)
        self._timer = QTimer(self, singleShot=True, interval=12_000, timeout=self.hide)
        self.hide()

    def show_message(self, level: str, text: str) -> None:
        set_flag(self, "level", level)
        self.text.setText(text)
        self.show()
        if level == "info":
            self._timer.start()
        else:
            self._timer.stop()


class ConnectionStatus(QWidget):
    """The status bar's left part: connection state, when the cache last heard from the server, the queue."""

    def __init__(self, ctx: ClerkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        self.pill = QLabel(objectName="ConnectionPill")
        # Gives way on a narrow screen (a tablet held upright, in Russian): the whole text in its tooltip.
        self.synced = ElidedLabel(least=80, objectName="Muted")
        self.queue = QPushButton(objectName="QueueButton")
        self.queue.setCursor(Qt.CursorShape.PointingHandCursor)
        self.queue.setToolTip(self.tr("Open Activity: what waits to sync, conflicts and the sync log"))
        self.queue.clicked.connect(lambda: ctx.navigate.emit("activity", "", {}))
        for widget in (self.pill, self.synced, self.queue):
            layout.addWidget(widget)
        ctx.state_changed.connect(self.refresh)
        ctx.state_changed.connect(self._announce_state)
        ctx.cache_changed.connect(self.refresh)
        self._conflicts: int | None = None  # how many the last refresh showed (None: none read yet)
        self._timer = QTimer(self, interval=STATUS_REFRESH_MS, timeout=self.refresh)
        self._timer.start()
        self.refresh()

    def state_hint(self, state: ConnectionState) -> str:
        return {
            ConnectionState.ONLINE: self.tr("Connected to the store server; changes arrive within a second."),
            ConnectionState.OFFLINE: self.tr("The store server cannot be reached. Keep working: "
                                             "what you do is saved here and syncs when the connection is back."),
            ConnectionState.WORKING_OFFLINE: self.tr("You chose to work offline. Nothing is sent until you sync again."),
            ConnectionState.SIGNED_OUT: self.tr("The store server no longer accepts this computer. A manager must enroll it again."),
            ConnectionState.REJECTING: self.tr("The store server answers with errors. Clerk keeps retrying; your work is safe."),
            ConnectionState.UPDATE_REQUIRED: self.tr("The store server needs a newer Clerk. Keep working: what you do "
                                                     "is saved here and syncs once IT updates Clerk on this computer."),
        }[state]

    @Slot(object)
    def _announce_state(self, state: ConnectionState) -> None:
        """Offline, online again, signed out...: told to a screen reader too, at once when work is at risk."""
        announce(self.pill, state_word(state) + ". " + self.state_hint(state),
                 assertive=state != ConnectionState.ONLINE)

    @Slot()
    def refresh(self, *_args: Any) -> None:
        if self.ctx.closed:
            return
        state = self.ctx.connection_state
        self.pill.setText("● " + state_word(state))
        self.pill.setToolTip(self.state_hint(state))
        set_flag(self.pill, "state", state.value)
        last = self.ctx.reader.last_pull_at()
        self.synced.setText(self.tr("Synced %1").replace("%1", fmt.ago(last, self.ctx.now())) if last
                            else self.tr("Not synced yet"))
        self.synced.setToolTip(fmt.local_time(last))
        depth, conflicts = self.ctx.reader.depth(), len(self.ctx.reader.conflicts())
        parts = [self.tr("%n waiting to sync", "", depth) if depth else self.tr("All synced")]
        if conflicts:
            parts.append(self.tr("%n conflict(s)", "", conflicts))
        if self._conflicts is not None and conflicts > self._conflicts:
            announce(self.queue, self.tr("New conflict: an action was not applied. Activity shows it and your "
                                         "choices."), assertive=True)
        self._conflicts = conflicts
        self.queue.setText(" · ".join(parts))
        set_flag(self.queue, "waiting", bool(depth or conflicts))


class MainWindow(QMainWindow):
    PAGES = ("customers", "pickups", "stock", "activity", "dashboard")
    # Ctrl+<n> per page: the keys the first four pages always had stay theirs; Stock came later and got the next one.
    PAGE_KEYS = {"customers": 1, "pickups": 2, "activity": 3, "dashboard": 4, "stock": 5}
    MANAGER_PAGES = ("dashboard",)  # not even listed for associates (the server refuses them the figures anyway)
    retranslated = Signal()  # the screens were built anew in another language (menus outside them follow)

    def __init__(self, ctx: ClerkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.resize(1280, 800)
        self.screens = QStackedWidget()
        self.setCentralWidget(self.screens)
        self._start_with_counter_preferences()
        self._built_in = (language.current(), theme.current())  # what the screens were built in
        self._retranslate_soon = False
        self._chosen_at_sign_in: str | None = None  # a language picked on the sign-in screen, for who signs in
        self.seen_stock = SeenStock()  # the chain's stock per SKU as last fetched, for "as of" offline
        self.order_dialog: OrderForPickupDialog | AddToCartDialog | None = None
        self._sign_in_stale = False
        self._build_screens()
        self._build_shortcuts()
        self.set_layout(ctx.settings.layout)
        ctx.navigate.connect(self.open_record)
        ctx.staff_changed.connect(self._on_staff)
        # Only when someone signs in or out (not when the screens are rebuilt): their look, or the counter's.
        ctx.staff_changed.connect(self._look_follows_staff)
        ctx.lock_requested.connect(self.lock)
        ctx.messages.posted.connect(self._on_message)
        ctx.state_changed.connect(self._on_connection)
        self._on_staff(ctx.staff)

    def _build_screens(self, keep: dict[str, QWidget] | None = None, sign_in: QWidget | None = None,
                       first: str = "customers") -> None:
        """The screens in the language now in effect. `keep`: pages of an earlier language left as they are (hidden)
        until first shown (see `retranslate`); `sign_in`: the earlier sign-in screen, likewise, while hidden."""
        self.setWindowTitle(self.tr("Clerk — %1").replace("%1", self.ctx.store_name))
        self._status: QStatusBar | None = None  # until this build's status bar is made (_build_status_bar)
        if sign_in is None:
            self._set_sign_in(SignInScreen(self.ctx))
        else:
            self._sign_in_stale = True  # rebuilt when next shown (locking, signing out)
        self.workspace = self._build_workspace(keep or {}, first)
        self.screens.addWidget(self.workspace)
        self._build_status_bar()

    def _set_sign_in(self, screen: SignInScreen) -> None:
        screen.setObjectName("SignInScreen")
        screen.language_chosen.connect(self._language_chosen_at_sign_in)
        self._sign_in = screen
        self._sign_in_stale = False
        self.screens.insertWidget(0, screen)

    @property
    def sign_in(self) -> SignInScreen:
        """The sign-in and lock screen, rebuilt first if it was built in an earlier language."""
        if self._sign_in_stale:
            old = self._sign_in
            username = old.username.text()
            self._set_sign_in(SignInScreen(self.ctx))
            self._sign_in.username.setText(username)
            self.screens.removeWidget(old)
            old.deleteLater()
        return self._sign_in

    def set_layout(self, choice: str) -> None:
        """The touch or the desktop layout for this window and what opens over it, now: the `layout` setting's
        "touch", "desktop" or "auto" (touch where a touchscreen is the primary input)."""
        touch.apply_layout(self, touch.wanted(choice))

    # --- language ----------------------------------------------------------------------------

    def switch_language(self, code: str) -> None:
        """Another language for the whole window, now: words, direction, dates and digits; what is on screen stays."""
        with idle.paused():  # every widget hears of the new direction and locale: no input among those events
            self._switch_language(code)

    def _switch_language(self, code: str) -> None:
        language.switch(QCoreApplication.instance(), code)
        # Qt has posted this window (and its native window) one LanguageChange for each translator taken out or
        # put in, and each would go to every widget in it, the new screens too: the screens are built anew in the
        # new language instead (a hidden page is rebuilt before it shows), so they are dropped. Other windows
        # (menus, dialogs) get theirs.
        for receiver in (self, self.windowHandle()):
            if receiver is not None:
                QCoreApplication.removePostedEvents(receiver, QEvent.Type.LanguageChange)
        self.retranslate()

    # --- preferences and the look ----------------------------------------------------------------

    def _start_with_counter_preferences(self) -> None:
        """This counter's saved preferences into the settings, and its digits, calendar and look in effect before
        the screens are built."""
        settings = self.ctx.settings
        preferences.load_counter_values(settings)
        now = language.current()
        if (settings.digits, settings.calendar) != (now.digits, now.calendar):
            choice = language.Choice(now.language, settings.digits, settings.calendar)
            language.apply(QCoreApplication.instance(), choice)
        chosen, size = self._staff_look(None)
        if (chosen, size) != (theme.current().chosen, theme.current().text_size):  # make_application applied the rest
            theme.apply(QCoreApplication.instance(), chosen, size)
        theme.on_system_change(self._look_changed)

    def _look_changed(self) -> None:
        self.retranslate()  # what Python painted in the old theme's colours is built anew

    def apply_look(self, chosen: str, text_size: int) -> None:
        """Another theme or text size for the whole window, now; what is on screen stays. Rebuilt first, then
        re-polished once for the new sheet (theme.choose says why)."""
        with idle.paused():
            theme.choose(chosen, text_size)
            self.retranslate()
            # The screens just replaced go now, not later: the new sheet would re-polish them too.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            theme.apply(QCoreApplication.instance(), chosen, text_size)

    def _staff_look(self, staff_id: str | None) -> tuple[str, int]:
        settings = self.ctx.settings
        return (preferences.value(settings, "theme", staff_id), preferences.value(settings, "text_size", staff_id))

    @Slot(object)
    def _look_follows_staff(self, staff: dict[str, Any] | None) -> None:
        self._follow_staff_look((staff or {}).get("id"))

    def _follow_staff_look(self, staff_id: str | None) -> None:
        chosen, size = self._staff_look(staff_id)
        now = theme.current()
        if (chosen, size) != (now.chosen, now.text_size):
            QTimer.singleShot(0, lambda: self.apply_look(chosen, size))  # after the sign-in, as for the language

    @Slot()
    def open_preferences(self) -> PreferencesDialog | None:
        """The Preferences dialog for the signed-in staff member (window-modal; saving applies at once)."""
        if not self.is_unlocked:
            return None
        dialog = PreferencesDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.apply_preferences)
        self.preferences_dialog = dialog
        dialog.open()
        return dialog

    @Slot(dict)
    def apply_preferences(self, changed: dict[str, Any]) -> None:
        """What the Preferences dialog saved, in effect now: the language, digits and calendar by the language
        switch, the look by the theme, the idle lock's minutes, the screen layout; the rest is read where it is used
        (printing, the scanner, the reminders)."""
        settings, staff_id = self.ctx.settings, (self.ctx.staff or {}).get("id")
        if "idle_lock_minutes" in changed and getattr(self, "idle_lock", None) is not None:
            self.idle_lock.set_minutes(changed["idle_lock_minutes"])
        if "layout" in changed:
            self.set_layout(changed["layout"])
        look = self._staff_look(staff_id) if {"theme", "text_size"} & changed.keys() else None
        if look is not None:
            theme.choose(*look)
        if {"language", "digits", "calendar"} & changed.keys():
            code = (preferences.value(settings, "language", staff_id) or language.supported(settings.language)
                    or language.system_language())
            with idle.paused():
                language.apply(QCoreApplication.instance(), language.Choice(code, settings.digits, settings.calendar))
                for receiver in (self, self.windowHandle()):
                    if receiver is not None:
                        QCoreApplication.removePostedEvents(receiver, QEvent.Type.LanguageChange)
        with idle.paused():
            self.retranslate()  # nothing to do unless the language or the look changed
            if look is not None:
                theme.apply(QCoreApplication.instance(), *look)

    @Slot(str)
    def _language_chosen_at_sign_in(self, code: str) -> None:
        self._chosen_at_sign_in = code
        self.switch_language(code)

    def _language_chosen_in_menu(self, code: str) -> None:
        language.remember((self.ctx.staff or {}).get("id"), code)
        self.switch_language(code)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        # Installing a translator sends every window a LanguageChange (one per translator): rebuild once, after them.
        if event.type() == QEvent.Type.LanguageChange and not self._retranslate_soon:
            self._retranslate_soon = True
            QTimer.singleShot(0, self.retranslate)
        super().changeEvent(event)

    @Slot()
    def retranslate(self) -> None:
        """Build the screens anew in the language now in effect and put back what was on them: the page, the
        search text, the open customer or pickup, a half-typed username, the lock.

        Rebuilding, rather than re-setting each of hundreds of texts by hand, means a screen cannot forget one
        of its words when the language changes. Only what shows is rebuilt now (the top bar, the navigation,
        the status bar and the page on screen, or the sign-in screen): a hidden page, or the hidden sign-in
        screen, stays as it is, working, until it is first shown again, and is rebuilt then with what was on
        it (`_page`, `sign_in`). The switch costs one page, not all of them."""
        self._retranslate_soon = False
        if (language.current(), theme.current()) == self._built_in or self.ctx.closed:
            return
        self._built_in = (language.current(), theme.current())
        with idle.paused():  # thousands of events of widgets being built and torn down: none of them input
            state = self._screen_state()
            showing = state["page"] if state["unlocked"] else None
            keep = {name: page for name, page in self._pages.items() if name != showing}
            old_workspace, old_sign_in = self.workspace, self._sign_in
            self.setUpdatesEnabled(False)
            try:
                self._build_screens(keep, old_sign_in if state["unlocked"] else None, state["page"])
                self._stale = set(keep)
                # The new screen in front before the old ones go: none of them is shown on the way.
                self.screens.setCurrentWidget(self.workspace if state["unlocked"] else self._sign_in)
                for old in (old_workspace, old_sign_in):
                    if old is not self._sign_in:
                        self.screens.removeWidget(old)
                        old.deleteLater()
                self._restore_state(state)
            finally:
                self.setUpdatesEnabled(True)
        self.retranslated.emit()

    def _screen_state(self) -> dict[str, Any]:
        return {
            "unlocked": self.is_unlocked, "page": self.current_page(),
            "search": self.search_bar.text(), "search_focus": self.search_bar.hasFocus(),
            "username": self._sign_in.username.text(),
            # The page on screen, built anew now (the others wait, as they are, until shown).
            "pages": {name: self._page_state(name, page) for name, page in self._pages.items()
                      if name == self.current_page() and self.is_unlocked and name not in self._stale},
        }

    def _page_state(self, name: str, page: Any) -> dict[str, Any]:
        """What is on a page that its successor in another language shows again."""
        if name == "customers":
            return {"customer": page.view.customer_id if page.stack.currentWidget() is page.view else None,
                    "query": page.query}
        if name == "pickups":
            detail = page.detail.pickup
            return {"pickup": detail["id"] if detail else None, "pickup_view": page.current_view}
        if name == "activity":
            return {"log": page.log_lines()}
        if name == "stock":
            return {"query": page.search.text(), "product": page.open_sku}
        return {}

    def _restore_page(self, name: str, page: Any, state: dict[str, Any]) -> None:
        if name == "customers":
            if state["customer"]:
                page.open_customer(state["customer"])
            if state["query"]:
                page.show_results(state["query"])  # the results as they were
        elif name == "pickups":
            if state["pickup"]:
                page.open_pickup(state["pickup"], {})  # (in the queue)
            page.show_view(state["pickup_view"])
        elif name == "activity":
            page.keep_log_lines(state["log"])
        elif name == "stock":
            if state["query"]:
                page.set_query(state["query"])
            if state["product"]:
                page.open_product(state["product"])

    def _restore_state(self, state: dict[str, Any]) -> None:
        self._on_staff(self.ctx.staff)
        if self.ctx.staff is None:
            self.sign_in.username.setText(state["username"])
            return
        for name, page_state in state["pages"].items():
            self._restore_page(name, self._page(name), page_state)
        if state["search"]:
            self.search_bar.setText(state["search"])
            # The results as they were, from the new bar; a Customers page left hidden has them still.
            self.search_bar.blockSignals("customers" in self._stale)
            self.search_bar.run_query()
            self.search_bar.blockSignals(False)
        self.show_page(state["page"])
        if not state["unlocked"]:
            self.lock()
        elif not state["search_focus"]:
            self.search_bar.clearFocus()

    # --- building --------------------------------------------------------------------------

    def _build_workspace(self, keep: dict[str, QWidget], first: str) -> QWidget:
        workspace = QWidget(objectName="Workspace")
        outer = QVBoxLayout(workspace)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        top = QWidget(objectName="TopBar")
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(16, 8, 16, 8)
        title = QLabel(self.tr("Clerk"), objectName="AppTitle")
        store = QLabel(self.ctx.store_name, objectName="StoreName")
        self.search_bar = SearchBar(self.ctx)
        self.search_bar.setObjectName("SearchBar")
        top_layout.addWidget(title)
        top_layout.addSpacing(8)
        top_layout.addWidget(store)
        top_layout.addSpacing(24)
        top_layout.addWidget(self.search_bar, 1)
        # On a tablet without a scanner, the camera reads the code; it goes where a scanner's code goes.
        self.camera_button = CameraButton(top)
        self.camera_button.scanned.connect(self.search_bar.take_scan)
        top_layout.addWidget(self.camera_button)
        outer.addWidget(top)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.nav = QListWidget(objectName="NavList")
        self.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        named(self.nav, self.tr("Pages"), self.tr("Ctrl+1 to Ctrl+5 open each page"), tooltip=False)
        self.pages = QStackedWidget()
        # Customers and Activity are built now (Activity keeps the sync log from the start); Pickups and the
        # Dashboard when first shown: each costs a tenth of a second or more, at start-up and at a language switch.
        # A page kept from an earlier language (`keep`) goes into the new stack as it is, until it is shown.
        self._pages: dict[str, QWidget] = {}
        self._stale: set[str] = set()
        for name in self.PAGES:
            self.pages.addWidget(keep.get(name) or QWidget())  # a stand-in until the page is built
        self._pages.update(keep)
        for name in ("customers", "activity"):
            if name not in keep:
                self._page(name)
        # Typing in the search bar shows the results on the Customers page; Down/Enter/Esc move between them.
        self._pages["customers"].attach_search_bar(self.search_bar)
        self.search_bar.query_changed.connect(lambda _query: self.show_page("customers"))
        labels = {"customers": self.tr("Customers"), "pickups": self.tr("Pickups"), "stock": self.tr("Stock"),
                  "activity": self.tr("Activity"), "dashboard": self.tr("Dashboard")}
        for name in self.PAGES:
            item = QListWidgetItem(labels[name])
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.nav.addItem(item)
        # As wide as its longest word needs, up to 190 px: the room goes to the page (a tablet, a long language).
        self.nav.ensurePolished()
        self.nav.setFixedWidth(max(NAV_LEAST, min(NAV_MOST, self.nav.sizeHintForColumn(0) + 16)))
        self.nav.currentRowChanged.connect(self._show_row)
        body.addWidget(self.nav)

        right = QVBoxLayout()
        right.setContentsMargins(16, 12, 16, 12)
        self.banner = Banner()
        right.addWidget(self.banner)
        right.addWidget(self.pages, 1)
        body.addLayout(right, 1)
        outer.addLayout(body, 1)
        # The page on screen before the switch (at start, the first), without building a kept page anew for it:
        # `_on_staff` does that when the workspace shows.
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(self.PAGES.index(first))
        self.nav.blockSignals(False)
        self.pages.setCurrentIndex(self.PAGES.index(first))
        return workspace

    _PAGE_CLASSES = {"customers": CustomersPage, "pickups": PickupsPage, "stock": StockPage, "activity": ActivityPage,
                     "dashboard": DashboardPage}

    def _page(self, name: str) -> QWidget:
        """The page, built the first time it is wanted, and built anew (with what was on it) the first time it is
        wanted after a language switch that left it hidden."""
        page = self._pages.get(name)
        if page is None or name in self._stale:
            old = page
            page = self._pages[name] = self._PAGE_CLASSES[name](self.ctx)
            self._stale.discard(name)
            if name == "customers":  # a cart line this store has none of: find it elsewhere, or order it
                page.view.find_in_other_stores.connect(lambda sku: self.open_record("product", sku))
                page.view.order_for_pickup_requested.connect(
                    lambda sku, customer_id: self.order_for_pickup(sku, customer_id=customer_id))
            if name == "stock":  # the product's "Order for pickup at…" and "Add to the customer's online cart"
                page.order_for_pickup_requested.connect(lambda sku, store_id: self.order_for_pickup(sku, store_id))
                page.add_to_cart_requested.connect(lambda sku: self.add_to_cart(sku))
            index = self.PAGES.index(name)
            stand_in = self.pages.widget(index)
            self.pages.insertWidget(index, page)
            self.pages.removeWidget(stand_in)
            stand_in.deleteLater()
            if name == "customers":
                page.attach_search_bar(self.search_bar)
            if old is not None:
                self._restore_page(name, page, self._page_state(name, old))
            self._status_bar_last()  # a page built now joins the keyboard's order after the status bar
        return page

    @property
    def customers(self) -> CustomersPage:
        return self._page("customers")

    @property
    def pickups(self) -> PickupsPage:
        return self._page("pickups")

    @property
    def stock(self) -> StockPage:
        return self._page("stock")

    @property
    def activity(self) -> ActivityPage:
        return self._page("activity")

    @property
    def dashboard(self) -> DashboardPage:
        return self._page("dashboard")

    @Slot(int)
    def _show_row(self, row: int) -> None:
        if row >= 0:
            self._page(self.PAGES[row])
            self.pages.setCurrentIndex(row)

    def _status_bar_last(self) -> None:
        """Tab goes search bar → the page → the status bar (queue, staff menu, Lock): the status bar, built before
        the pages that are built when first shown, came first in the keyboard's order, before the page."""
        status = self._status
        if status is None:
            return  # (the screens are being built: the status bar comes last, and puts itself last)
        bar = (self.connection.queue, self.staff_label, self.lock_button)
        # The chain is a ring through the window: the window's previous is its last widget, where a page built
        # after the status bar went; Qt orders only widgets that take Tab, so the last of those. (Walking the whole
        # ring from Python instead left the staff menu's actions deleted after a language switch on the lock
        # screen: test_language_switch caught it.)
        tail = self.previousInFocusChain()
        for _ in range(2000):
            if tail is None or tail is self or tail is status or status.isAncestorOf(tail):
                return  # the status bar is last already
            if tail.focusPolicy() & Qt.FocusPolicy.TabFocus:
                break
            tail = tail.previousInFocusChain()
        else:
            return
        for before, after in zip((tail, *bar[:-1]), bar):
            QWidget.setTabOrder(before, after)

    def _build_status_bar(self) -> None:
        bar = QStatusBar()
        self.setStatusBar(bar)
        self._status = bar
        self.connection = ConnectionStatus(self.ctx)
        bar.addWidget(self.connection)
        # Passing news ("Handed over.") goes in a label of its own: QStatusBar.showMessage would hide
        # the connection state and the queue, which must stay in view.
        self.news = QLabel(objectName="Muted")
        # A long message is cut at the window's edge (the tooltip has it whole): it must not widen the window.
        self.news.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bar.addWidget(self.news, 1)
        self._news_timer = QTimer(self, singleShot=True, interval=8000, timeout=self.news.clear)
        self.staff_label = QToolButton(objectName="StaffMenu")
        self.staff_label.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.staff_label.setToolTip(self.tr("Your language on this computer"))
        self.staff_label.setMenu(self._staff_menu())
        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Lock the screen (Ctrl+L); unlock or switch staff from the lock screen"))
        self.lock_button.clicked.connect(self.lock)
        bar.addPermanentWidget(self.staff_label)
        bar.addPermanentWidget(self.lock_button)
        self._status_bar_last()

    def _staff_menu(self) -> QMenu:
        """The signed-in staff member's menu: their language on this counter; for managers, enrolling counters."""
        menu = QMenu(self)
        languages = menu.addMenu(self.tr("Language"))
        group = QActionGroup(menu)
        locked = self.ctx.settings.is_locked("language")
        for code, name in language.NAMES.items():
            action = languages.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == language.current().language)
            action.setData(code)
            group.addAction(action)
            if locked:  # IT chose the language of this counter: shown, not changeable
                set_by_it.lock_widget(action)
            else:
                action.triggered.connect(lambda _=False, c=code: self._language_chosen_in_menu(c))
        self.language_actions = group.actions()
        self.language_set_by_it = None
        if locked:
            languages.setToolTipsVisible(True)
            languages.addSeparator()
            self.language_set_by_it = languages.addAction(set_by_it.words())
            self.language_set_by_it.setEnabled(False)
        self.preferences_action = menu.addAction(self.tr("Preferences…"))
        self.preferences_action.triggered.connect(self.open_preferences)
        self.enroll_counters_action = menu.addAction(self.tr("Enroll counters…"))
        self.enroll_counters_action.setVisible(self.ctx.is_manager)
        self.enroll_counters_action.triggered.connect(self.enroll_counters)
        return menu

    @Slot()
    def enroll_counters(self) -> Any:
        """The manager's dialog that makes an enrollment code for this store."""
        if not (self.is_unlocked and self.ctx.is_manager):
            return None
        self.enroll_counters_dialog = open_enroll_counters(self.ctx, self)
        return self.enroll_counters_dialog

    def _build_shortcuts(self) -> None:
        def shortcut(keys: QKeySequence | str, slot: Any) -> None:
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

        shortcut("Ctrl+K", self.focus_search)
        shortcut(QKeySequence.StandardKey.Find, self.focus_search)
        shortcut("Ctrl+L", self.lock)
        for name in self.PAGES:
            shortcut(f"Ctrl+{self.PAGE_KEYS[name]}", lambda _=False, n=name: self.show_page(n))

    # --- navigation ------------------------------------------------------------------------

    def show_page(self, name: str) -> None:
        if not self.is_unlocked or (name in self.MANAGER_PAGES and not self.ctx.is_manager):
            return
        self.nav.setCurrentRow(self.PAGES.index(name))

    def current_page(self) -> str:
        return self.PAGES[self.nav.currentRow()]

    @Slot()
    def focus_search(self) -> None:
        if self.is_unlocked:
            self.search_bar.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search_bar.selectAll()

    @Slot(str, str, object)
    def open_record(self, kind: str, record_id: str, extras: Any = None) -> None:
        if not self.is_unlocked:
            return
        extras = extras or {}
        if kind == "customer":
            self.show_page("customers")
            self.customers.open_customer(record_id)
        elif kind == "pickup":
            self.show_page("pickups")
            self.pickups.open_pickup(record_id, extras)
        elif kind == "product":
            # A scanned barcode, from any screen: the Stock page with the product open.
            self.show_page("stock")
            self.stock.open_product(record_id, extras.get("product"))
        elif kind in ("activity", "dashboard"):
            self.show_page(kind)
        elif kind == "order_for_pickup":  # a refused order, ordered again (Activity)
            dialog = self.order_for_pickup(record_id, extras.get("store_id") or "", extras.get("customer_id") or "")
            if dialog is not None:
                dialog.conflict_id = extras.get("conflict_id")

    # --- ordering for a customer -----------------------------------------------------------

    def _open_customer_id(self) -> str:
        """The customer open on the Customers page, if one is."""
        page = self._pages.get("customers")
        if page is None or page.stack.currentWidget() is not page.view:
            return ""
        return page.view.customer_id or ""

    def _show_order_form(self, dialog: OrderForPickupDialog | AddToCartDialog) -> None:
        previous, self.order_dialog = self.order_dialog, None
        if previous is not None:  # one form at a time: a new one replaces it (closing it runs _order_form_closed)
            previous.close()
        self.order_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        dialog.finished.connect(lambda _result, d=dialog: self._order_form_closed(d))
        dialog.open()  # window-modal, without blocking the event loop (sync and look-ups carry on)

    def _order_form_closed(self, dialog: OrderForPickupDialog | AddToCartDialog) -> None:
        if self.order_dialog is dialog:
            self.order_dialog = None
        dialog.deleteLater()

    def order_for_pickup(self, sku: str, store_id: str = "", customer_id: str = "") -> OrderForPickupDialog | None:
        """Open "Order for pickup at…" for `sku`: the customer (`customer_id`, else the one open on the Customers
        page, else a search), the quantity and the store (`store_id` preselected if it has stock). Confirming
        queues `order.place_pickup.v1`; works offline. Returns the open form (None when locked)."""
        if not self.is_unlocked or self.ctx.staff is None or not sku:
            return None
        dialog = OrderForPickupDialog(self.ctx, sku, self.seen_stock, store_id, customer_id or self._open_customer_id(),
                                      self)
        self._show_order_form(dialog)
        return dialog

    def add_to_cart(self, sku: str, customer_id: str = "") -> AddToCartDialog | None:
        """Open "Add to the customer's online cart" for `sku` (customer as for `order_for_pickup`, and the quantity).
        Confirming queues `cart.add_line.v1`; works offline. Returns the open form (None when locked)."""
        if not self.is_unlocked or self.ctx.staff is None or not sku:
            return None
        dialog = AddToCartDialog(self.ctx, sku, customer_id or self._open_customer_id(), self)
        self._show_order_form(dialog)
        return dialog

    # --- sign-in and lock ------------------------------------------------------------------

    @property
    def is_unlocked(self) -> bool:
        return self.screens.currentWidget() is self.workspace

    @Slot()
    def lock(self) -> None:
        """Hide everything about customers behind the lock screen; the staff member unlocks or someone else signs in."""
        if self.ctx.staff is None:
            return
        if self.order_dialog is not None:
            self.order_dialog.reject()  # a customer's details must not stay on screen behind the lock
        for camera in self.findChildren(CameraScanDialog):
            camera.reject()  # nor the camera on, reading codes for nobody
        self.screens.setCurrentWidget(self.sign_in)
        self.sign_in.show_lock(self.ctx.staff)
        self.statusBar().hide()

    @Slot(object)
    def _on_staff(self, staff: dict[str, Any] | None) -> None:
        if staff is None:
            self.screens.setCurrentWidget(self.sign_in)
            self.sign_in.show_sign_in()
            self.statusBar().hide()
            return
        self._follow_staff_language(staff)
        offline = self.tr(" (signed in offline)") if self.ctx.signed_in_offline else ""
        role = {"manager": self.tr("Manager"), "associate": self.tr("Associate")}.get(
            staff.get("role"), fmt.server_word(staff.get("role")) or self.tr("Associate"))
        self.staff_label.setText(f"{language.isolate(staff.get('display_name', ''))} · {role}{offline}")
        for row, name in enumerate(self.PAGES):
            self.nav.item(row).setHidden(name in self.MANAGER_PAGES and not self.ctx.is_manager)
        self.enroll_counters_action.setVisible(self.ctx.is_manager)
        if self.current_page() in self.MANAGER_PAGES and not self.ctx.is_manager:
            self.nav.setCurrentRow(0)  # the next person to sign in is not a manager: leave the manager's page
        self._show_row(self.nav.currentRow())  # built anew first if it was left from an earlier language
        self.screens.setCurrentWidget(self.workspace)
        self.statusBar().show()
        self.connection.refresh()
        self.focus_search()

    def _follow_staff_language(self, staff: dict[str, Any]) -> None:
        """Who signs in gets the language they chose on this counter; one picked on the sign-in screen is theirs."""
        if self._chosen_at_sign_in:
            language.remember(staff.get("id"), self._chosen_at_sign_in)
            self._chosen_at_sign_in = None
            return
        theirs = language.remembered(staff.get("id"))
        if self.ctx.settings.is_locked("language"):
            return  # IT's language for this counter, whoever signs in
        if theirs and theirs != language.current().language:
            # After this sign-in has been handled: rebuilding inside the staff_changed signal would pull the
            # screens out from under the other slots still being called.
            QTimer.singleShot(0, lambda: self.switch_language(theirs))

    @Slot(object)
    def _on_connection(self, state: ConnectionState) -> None:
        if state == ConnectionState.UPDATE_REQUIRED:
            self.ctx.messages.warning(self.tr("Clerk must be updated on this computer: the store server no longer "
                                              "accepts this version. Keep working; nothing is lost, and waiting "
                                              "actions sync after the update. Tell your manager or IT."))
        # Signed in offline, the session has no staff token: live look-ups wait until the person signs in again.
        if state == ConnectionState.ONLINE and self.ctx.staff is not None and self.ctx.signed_in_offline:
            self.ctx.messages.warning(self.tr("The connection is back. To see live data from the store server, "
                                              "sign in again: Lock, then Switch staff. Until then Clerk shows "
                                              "what is saved on this computer."))

    @Slot(str, str)
    def _on_message(self, level: str, text: str) -> None:
        # What the clerk is told ("Handed over.", a warning) reaches a screen reader as it shows.
        announce(self.news if level == "info" else self.banner, text, assertive=level != "info")
        if level == "info":
            self.news.setText(text)
            self.news.setToolTip(text)
            self._news_timer.start()
        else:
            self.banner.show_message(level, text)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.ctx.close()
        super().closeEvent(event)
