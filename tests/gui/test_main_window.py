"""The main window's frame: sign-in routing, navigation, Ctrl+K, the status bar's connection and queue, lock."""

from __future__ import annotations

from PySide6.QtCore import Qt

from clerk_app.ui.main_window import MainWindow
from tests.helpers.gui import sign_in, wait_online_and_synced, wait_until


def test_nobody_signed_in_shows_the_sign_in_screen_not_the_workspace(qtbot, clerk):
    window = MainWindow(clerk)
    qtbot.addWidget(window)
    window.show()
    assert window.screens.currentWidget() is window.sign_in
    assert not window.workspace.isVisible()


def test_signing_in_opens_the_workspace_with_the_staff_member_in_the_status_bar(qtbot, live_api, clerk):
    wait_online_and_synced(qtbot, clerk)
    window = MainWindow(clerk)
    qtbot.addWidget(window)
    window.show()
    staff = sign_in(clerk, live_api.store(0)["associates"][0])
    assert window.is_unlocked
    assert staff["display_name"] in window.staff_label.text()
    assert window.connection.pill.text().endswith("Online")


def test_ctrl_k_focuses_search_and_ctrl_2_opens_pickups(qtbot, signed_in_window):
    window = signed_in_window
    window.activateWindow()
    window.nav.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "pickups"
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    wait_until(qtbot, window.search_bar.hasFocus, 2000)


def test_lock_hides_the_workspace_and_keeps_the_staff_member(qtbot, signed_in_window):
    window = signed_in_window
    window.lock_button.click()
    assert window.screens.currentWidget() is window.sign_in
    assert not window.workspace.isVisible()
    assert window.ctx.staff is not None


def test_an_error_message_shows_in_the_banner_without_a_dialog(qtbot, signed_in_window):
    window = signed_in_window
    window.ctx.messages.error("The store server could not be reached.")
    assert window.banner.isVisible()
    assert window.banner.text.text() == "The store server could not be reached."


def test_the_dashboard_is_listed_for_a_manager_and_not_for_an_associate(qtbot, signed_in_window, live_api):
    window = signed_in_window
    row = window.PAGES.index("dashboard")
    assert window.nav.item(row).isHidden()
    window.show_page("dashboard")
    assert window.current_page() != "dashboard"
    sign_in(window.ctx, live_api.store(0)["manager"])
    assert not window.nav.item(row).isHidden()
    window.show_page("dashboard")
    assert window.current_page() == "dashboard"
    sign_in(window.ctx, live_api.store(0)["associates"][0])
    assert window.nav.item(row).isHidden() and window.current_page() == "customers"
