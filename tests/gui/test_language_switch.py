"""A language switch rebuilds only what shows (the shell and the page on screen, or the sign-in screen); a hidden
page, or the hidden sign-in screen, is rebuilt with what was on it when it is next shown. These tests hold the
switched window against a window built fresh in that language, widget by widget, on every screen, and check the
state a hidden page keeps and that the idle lock sees input again right after a switch (and none of the switch's
own events)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabBar,
    QWidget,
)

from clerk_app.ui.common import language
from clerk_app.ui.main_window import MainWindow
from clerk_app.ui.session.idle import IdleWatcher
from tests.helpers.gui import wait_until

ROWS_COMPARED = 15


@pytest.fixture
def english_after(qapp):
    yield
    language.apply(qapp, language.Choice("en"))
    QSettings().remove("language")


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    root = view.rootIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list widget's own model: one column, its count private to Qt
        columns = 1
    texts = [str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)) for c in range(columns)]
    for row in range(min(model.rowCount(root), ROWS_COMPARED)):
        texts += [str(model.index(row, c, root).data(Qt.ItemDataRole.DisplayRole)) for c in range(columns)]
    return texts


def widget_texts(window: QMainWindow) -> list[tuple[Any, ...]]:
    """Every visible widget of the window, in the order they were made, with all its words and its direction."""
    QCoreApplication.sendPostedEvents(None, 0)  # a widget just added to a shown layout shows on the next turn
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # and the screens a switch replaced
    seen = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        words: list[Any] = [widget.toolTip(), widget.accessibleName(), widget.statusTip()]
        if isinstance(widget, QLabel):
            words.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            words.append(widget.text())
        elif isinstance(widget, QLineEdit):
            words += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QComboBox):
            words += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            words += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.objectName() != "SyncLog":
            words += _model_texts(widget)  # the sync log keeps the lines it had (each in the words of its time)
        seen.append((type(widget).__name__, widget.objectName(), widget.layoutDirection(), *words))
    return seen


def assert_same_screen(switched: MainWindow, fresh: MainWindow, where: str) -> None:
    ours, theirs = widget_texts(switched), widget_texts(fresh)
    for index, (a, b) in enumerate(zip(ours, theirs, strict=False)):
        assert a == b, f"{where}: widget {index} differs from a window built in {language.current().language}"
    assert len(ours) == len(theirs), f"{where}: {len(ours)} visible widgets, a fresh window has {len(theirs)}"


def test_every_screen_after_switches_reads_as_a_window_built_in_that_language(qtbot, signed_in_window, english_after):
    window, ctx = signed_in_window, signed_in_window.ctx
    customer_id = ctx.reader.connection.execute("SELECT id FROM customers LIMIT 1").fetchone()[0]
    pickup_id = ctx.reader.connection.execute("SELECT id FROM pickups WHERE status = 'ready' LIMIT 1").fetchone()[0]
    ctx.navigate.emit("pickup", pickup_id, {})  # Pickups built in English, then left hidden through the switches
    wait_until(qtbot, lambda: window.pickups.detail.pickup is not None)
    with qtbot.waitSignal(window.customers.view.refreshed, timeout=10_000):
        ctx.navigate.emit("customer", customer_id, {})
    window.switch_language("ar")
    window.show_page("activity")  # built anew in Arabic when shown, then hidden again
    window.show_page("customers")
    window.switch_language("ru")
    assert window.current_page() == "customers"

    fresh = MainWindow(ctx)  # the same counter and staff member, built in Russian from the start
    qtbot.addWidget(fresh)
    fresh.resize(window.size())
    fresh.show()
    qtbot.waitExposed(fresh)
    with qtbot.waitSignal(fresh.customers.view.refreshed, timeout=10_000):
        fresh.customers.open_customer(customer_id)
    wait_until(qtbot, lambda: not window.customers.view._refreshing and not fresh.customers.view._refreshing)
    assert_same_screen(window, fresh, "customers")

    for page in ("pickups", "activity"):
        window.show_page(page)
        fresh.show_page(page)
        if page == "pickups":
            assert window.pickups.detail.pickup["id"] == pickup_id  # kept through two switches while hidden
            fresh.pickups.open_pickup(pickup_id, {})
        qtbot.wait(200)  # the pages' refreshes on being shown
        assert_same_screen(window, fresh, page)

    ctx.lock_requested.emit()  # both lock: the sign-in screen, hidden through the switches, is rebuilt to show
    assert not window.is_unlocked and not fresh.is_unlocked
    assert_same_screen(window, fresh, "lock screen")


def test_a_hidden_page_keeps_its_state_through_a_switch_and_shows_it_in_the_new_language(qtbot, signed_in_window,
                                                                                      english_after):
    window, ctx = signed_in_window, signed_in_window.ctx
    pickup_id = ctx.reader.connection.execute("SELECT id FROM pickups WHERE status = 'ready' LIMIT 1").fetchone()[0]
    ctx.navigate.emit("pickup", pickup_id, {})
    wait_until(qtbot, lambda: window.pickups.detail.pickup is not None)
    window.pickups.show_view("reminders")
    english_pickups = window.pickups
    qtbot.keyClicks(window.search_bar, "mar")
    wait_until(qtbot, lambda: window.current_page() == "customers" and window.customers.model.rowCount() > 0)
    results = window.customers.model.rowCount()
    window.show_page("pickups")
    window.switch_language("he")
    assert window.current_page() == "pickups"
    assert window.pickups is not english_pickups  # shown, so built anew in Hebrew
    assert window.pickups.current_view == "reminders"
    assert window.pickups.detail.pickup["id"] == pickup_id
    assert window.search_bar.text() == "mar"
    window.show_page("customers")  # hidden during the switch: built anew now, with its results
    assert window.customers.query == "mar"
    wait_until(qtbot, lambda: window.customers.model.rowCount() == results)
    title = window.customers.findChild(QLabel, "SectionTitle")
    assert title.text() == QCoreApplication.translate("CustomersPage", "Customers") != "Customers"
    assert window.customers.isRightToLeft()


class CountingWatcher(IdleWatcher):
    def __init__(self, *args: Any) -> None:
        self.seen = 0
        super().__init__(*args)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        self.seen += 1
        return super().eventFilter(watched, event)


def test_the_idle_lock_sees_none_of_a_switch_s_own_events_and_input_right_after_it(qtbot, signed_in_window,
                                                                                  english_after):
    window, ctx = signed_in_window, signed_in_window.ctx
    watcher = CountingWatcher(ctx, 1000)
    try:
        watcher.seen = 0
        window.switch_language("fa")
        assert watcher.seen == 0  # thousands of widgets built and torn down, not one event through the filter
        for _ in range(8):  # 1.6 s of someone working after the switch: longer than the timeout
            qtbot.wait(200)
            qtbot.keyClick(window.search_bar, Qt.Key.Key_Shift)
        assert watcher.seen > 0
        assert window.is_unlocked
        wait_until(qtbot, lambda: not window.is_unlocked, 5000)  # and once they stop, it locks
    finally:
        watcher.stop()


def test_a_switch_on_the_lock_screen_keeps_it_locked_and_unlocks_to_pages_in_the_new_language(qtbot, signed_in_window,
                                                                                           english_after):
    window, ctx = signed_in_window, signed_in_window.ctx
    customer_id = ctx.reader.connection.execute("SELECT id FROM customers LIMIT 1").fetchone()[0]
    with qtbot.waitSignal(window.customers.view.refreshed, timeout=10_000):
        ctx.navigate.emit("customer", customer_id, {})
    window.lock()
    window.switch_language("he")
    assert not window.is_unlocked and window.sign_in.pages.currentWidget() is window.sign_in.lock_page
    assert not window.workspace.isVisible()  # nothing about the customer shows on the way

    fresh = MainWindow(ctx)
    qtbot.addWidget(fresh)
    fresh.resize(window.size())
    fresh.show()
    qtbot.waitExposed(fresh)
    fresh.lock()
    assert_same_screen(window, fresh, "lock screen")
    with qtbot.waitSignal(fresh.customers.view.refreshed, timeout=10_000):
        fresh.customers.open_customer(customer_id)
    ctx.set_staff(ctx.staff)  # the same person unlocks (as the lock screen does once the password is checked)
    assert window.is_unlocked and window.customers.view.customer_id == customer_id
    wait_until(qtbot, lambda: not window.customers.view._refreshing and not fresh.customers.view._refreshing)
    qtbot.wait(200)
    assert_same_screen(window, fresh, "customers after unlocking")
