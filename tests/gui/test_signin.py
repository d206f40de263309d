"""Sign-in, lock and first-run set-up against the real server: online sign-in keeps only a salted hash, offline
sign-in and unlock check it (within max_offline_hours), idle time locks the window, a manager enrolls the computer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from clerk_app import config
from clerk_app.cache.connection import iso
from clerk_app.domain import offline_unlock
from clerk_app.secrets import MemoryStore, device_token_name
from clerk_app.sync.connectivity import ConnectionState
from clerk_app.ui.main_window import MainWindow
from clerk_app.ui.session.enroll import EnrollDialog
from clerk_app.ui.session.idle import IdleWatcher, install_idle_lock
from tests.helpers.api import PASSWORD
from tests.helpers.gui import wait_online_and_synced, wait_until


def open_window(qtbot: Any, ctx: Any) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def type_sign_in(qtbot: Any, window: MainWindow, username: str, password: str) -> None:
    screen = window.sign_in
    assert screen.pages.currentWidget() is screen.form
    screen.username.clear()
    qtbot.keyClicks(screen.username, username)
    qtbot.keyClicks(screen.password, password)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)


def refused(qtbot: Any, label: QLabel) -> str:
    wait_until(qtbot, label.isVisible, 10_000)
    return label.text()


def sign_in_typed(qtbot: Any, window: MainWindow, username: str) -> None:
    type_sign_in(qtbot, window, username, PASSWORD)
    wait_until(qtbot, lambda: window.is_unlocked, 10_000)


def switch_staff(qtbot: Any, window: MainWindow) -> None:
    window.lock()
    window.sign_in.switch_button.click()
    assert window.ctx.staff is None and window.sign_in.pages.currentWidget() is window.sign_in.form
    wait_until(qtbot, lambda: not window.ctx.staff_api.signed_in, 5000)  # signed out on the server too


def signed_in_here_then_offline(qtbot: Any, live_api: Any, make_gui_counter: Any) -> tuple[Any, MainWindow, str]:
    """An associate signs in online (so this computer keeps their verifier), steps away; then the network goes."""
    counter = make_gui_counter()
    window = open_window(qtbot, counter.ctx)
    username = live_api.store(0)["associates"][0]
    sign_in_typed(qtbot, window, username)
    switch_staff(qtbot, window)
    counter.go_offline()
    return counter, window, username


def visible_texts(window: MainWindow) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel) if label.isVisible()]


def test_typing_username_and_password_signs_in_online_and_keeps_only_a_salted_hash(qtbot, live_api, clerk):
    window = open_window(qtbot, clerk)
    username = live_api.store(0)["associates"][0]
    sign_in_typed(qtbot, window, username)
    assert clerk.staff["username"] == username and not clerk.signed_in_offline
    assert clerk.offline_policy == {"max_offline_hours": 72}
    record = clerk.device.cache.login_record(username)
    assert record["staff"]["id"] == live_api.staff_id(username)
    assert record["signed_in_at"] == iso(live_api.clock.now()) and record["max_offline_hours"] == 72
    assert offline_unlock.verify(PASSWORD, record["verifier"])
    rows = clerk.device.cache.connection.execute("SELECT * FROM staff_logins").fetchall()
    assert rows and not any(PASSWORD in str(value) for row in rows for value in row)


def test_a_wrong_password_is_refused_on_the_sign_in_screen(qtbot, live_api, clerk):
    window = open_window(qtbot, clerk)
    username = live_api.store(0)["associates"][0]
    type_sign_in(qtbot, window, username, "not-the-password")
    assert "don't match" in refused(qtbot, window.sign_in.form_error)
    assert clerk.staff is None and not window.is_unlocked
    assert window.sign_in.password.text() == ""
    assert clerk.device.cache.login_record(username) is None


def test_repeated_wrong_passwords_say_how_long_sign_in_is_locked(qtbot, live_api, clerk):
    window = open_window(qtbot, clerk)
    username = live_api.store(0)["associates"][1]
    for attempt in range(6):
        type_sign_in(qtbot, window, username, f"wrong-{attempt}")
        text = refused(qtbot, window.sign_in.form_error)
        wait_until(qtbot, lambda: window.sign_in.sign_in_button.isEnabled(), 10_000)
    assert "locked for 15 minute" in text
    # Even the right password waits out the lock-out (the server counts, not the screen).
    type_sign_in(qtbot, window, username, PASSWORD)
    wait_until(qtbot, lambda: window.sign_in.sign_in_button.isEnabled(), 10_000)
    assert "locked for" in window.sign_in.form_error.text() and clerk.staff is None


def test_demo_staff_sign_in_with_one_click_and_enter(qtbot, live_api, clerk):
    store = live_api.store(0)
    clerk.demo_staff = [{"username": store["associates"][0], "display_name": "Demo Associate", "role": "associate"},
                        {"username": store["manager"], "display_name": "Demo Manager", "role": "manager"}]
    clerk.demo_password = PASSWORD
    window = open_window(qtbot, clerk)
    buttons = window.sign_in.demo_buttons
    assert [b.text() for b in buttons] == ["Demo Associate · Associate", "Demo Manager · Manager"]
    wait_until(qtbot, lambda: buttons[1].height() > 0, 5000)  # laid out, so the click lands on it
    qtbot.mouseClick(buttons[1], Qt.MouseButton.LeftButton)
    assert window.sign_in.username.text() == store["manager"] and window.sign_in.password.hasFocus()
    qtbot.keyClick(window.sign_in.password, Qt.Key.Key_Return)
    wait_until(qtbot, lambda: window.is_unlocked, 10_000)
    assert clerk.is_manager


def test_offline_sign_in_takes_the_password_last_used_here_and_refuses_a_wrong_one(qtbot, live_api, make_gui_counter):
    counter, window, username = signed_in_here_then_offline(qtbot, live_api, make_gui_counter)

    type_sign_in(qtbot, window, username, "not-the-password")
    assert "doesn't match" in refused(qtbot, window.sign_in.form_error)
    assert counter.ctx.staff is None

    told: list[tuple[str, str]] = []
    counter.ctx.messages.posted.connect(lambda level, text: told.append((level, text)))
    sign_in_typed(qtbot, window, username)
    assert counter.ctx.signed_in_offline and counter.ctx.staff["username"] == username
    assert "signed in offline" in window.staff_label.text()
    assert any(level == "info" and text.startswith("Signed in offline") for level, text in told)


def test_offline_sign_in_is_refused_for_someone_who_never_signed_in_here_without_telling_who_exists(
        qtbot, live_api, make_gui_counter):
    counter = make_gui_counter()
    window = open_window(qtbot, counter.ctx)
    counter.go_offline()
    stranger = live_api.store(0)["associates"][1]
    type_sign_in(qtbot, window, stranger, PASSWORD)
    text = refused(qtbot, window.sign_in.form_error)
    assert f"{stranger} hasn't signed in on this computer in the last 72 hour" in text
    assert counter.ctx.staff is None
    # A username nobody has reads the same: the screen tells nothing about who exists.
    type_sign_in(qtbot, window, "nobody-here", PASSWORD)
    wait_until(qtbot, lambda: "nobody-here" in window.sign_in.form_error.text(), 10_000)
    assert window.sign_in.form_error.text() == text.replace(stranger, "nobody-here")


def test_offline_sign_in_is_refused_once_max_offline_hours_have_passed(qtbot, live_api, make_gui_counter):
    counter, window, username = signed_in_here_then_offline(qtbot, live_api, make_gui_counter)
    live_api.clock.advance(73 * 3600)
    type_sign_in(qtbot, window, username, PASSWORD)
    assert "in the last 72 hour" in refused(qtbot, window.sign_in.form_error)
    assert counter.ctx.staff is None and not window.is_unlocked


def test_lock_shows_no_customer_data_and_unlocks_offline_with_the_password(qtbot, live_api, make_gui_counter):
    counter = make_gui_counter()
    ctx = counter.ctx
    wait_online_and_synced(qtbot, ctx)
    window = open_window(qtbot, ctx)
    sign_in_typed(qtbot, window, live_api.store(0)["associates"][0])
    customer = ctx.reader.search_customers("a")[0]
    ctx.navigate.emit("customer", customer["id"], {})
    window.lock_button.click()
    screen = window.sign_in
    assert screen.pages.currentWidget() is screen.lock_page and not window.workspace.isVisible()
    assert screen.locked_name.text() == ctx.staff["display_name"]
    assert not any(customer["display_name"] in text for text in visible_texts(window))

    counter.go_offline()  # checked on this computer: no server needed
    qtbot.keyClicks(screen.unlock_password, "not-the-password")
    qtbot.keyClick(screen.unlock_password, Qt.Key.Key_Return)
    assert "doesn't match" in refused(qtbot, screen.lock_error)
    assert not window.is_unlocked
    qtbot.keyClicks(screen.unlock_password, PASSWORD)
    qtbot.keyClick(screen.unlock_password, Qt.Key.Key_Return)
    wait_until(qtbot, lambda: window.is_unlocked, 10_000)
    assert not ctx.signed_in_offline  # still the online session it was before the lock


def test_unlocking_someone_signed_in_without_a_verifier_checks_online_and_keeps_one(qtbot, signed_in_window):
    window, ctx = signed_in_window, signed_in_window.ctx
    assert ctx.device.cache.login_record(ctx.staff["username"]) is None  # signed in by the helper, not the screen
    window.lock()
    qtbot.keyClicks(window.sign_in.unlock_password, PASSWORD)
    qtbot.mouseClick(window.sign_in.unlock_button, Qt.MouseButton.LeftButton)
    wait_until(qtbot, lambda: window.is_unlocked, 10_000)
    assert offline_unlock.verify(PASSWORD, ctx.device.cache.login_record(ctx.staff["username"])["verifier"])


def test_idle_time_locks_the_window_and_hides_the_open_customer(qtbot, signed_in_window):
    window, ctx = signed_in_window, signed_in_window.ctx
    default = install_idle_lock(ctx)
    default.stop()
    assert default.timeout_ms == ctx.settings.idle_lock_minutes * 60_000 == 5 * 60_000
    customer = ctx.reader.search_customers("e")[0]
    ctx.navigate.emit("customer", customer["id"], {})
    watcher = IdleWatcher(ctx, 400)
    try:
        with qtbot.waitSignal(ctx.lock_requested, timeout=5000):
            pass
        assert not window.is_unlocked and not window.workspace.isVisible()
        assert window.sign_in.pages.currentWidget() is window.sign_in.lock_page
        assert not any(customer["display_name"] in text for text in visible_texts(window))
        assert ctx.staff is not None  # locked, not signed out
    finally:
        watcher.stop()


def test_input_before_the_idle_timeout_keeps_the_window_unlocked(qtbot, signed_in_window):
    window, ctx = signed_in_window, signed_in_window.ctx
    watcher = IdleWatcher(ctx, 1000)
    try:
        for _ in range(10):  # two seconds of someone working: twice the timeout
            qtbot.wait(200)
            qtbot.keyClick(window.nav, Qt.Key.Key_Shift)
        assert window.is_unlocked
        wait_until(qtbot, lambda: not window.is_unlocked, 5000)  # and once they stop, it locks
    finally:
        watcher.stop()


def test_a_manager_enrolls_this_computer_from_the_first_run_dialog(qtbot, live_api, tmp_path):
    store = live_api.store(0)
    settings = config.Settings(data_dir=tmp_path / "data", device_name="Front counter")
    secrets, path = MemoryStore(), tmp_path / "settings.toml"
    dialog = EnrollDialog(settings, secrets, config_path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.address, live_api.url)

    def sign_in(username: str, password: str) -> None:
        dialog.username.clear()
        dialog.password.clear()
        qtbot.keyClicks(dialog.username, username)
        qtbot.keyClicks(dialog.password, password)
        dialog.error.hide()
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)

    sign_in(store["associates"][0], PASSWORD)
    assert "Only a manager" in refused(qtbot, dialog.error)
    sign_in(store["manager"], "not-the-password")
    assert "don't match" in refused(qtbot, dialog.error)
    sign_in(store["manager"], PASSWORD)
    wait_until(qtbot, lambda: dialog.pages.currentIndex() == 1, 10_000)
    assert dialog.store.currentText() == store["id"]  # the manager's one store, chosen already
    assert dialog.device_name.text() == "Front counter"
    dialog.store_name.setText(store["name"])
    qtbot.mouseClick(dialog.enroll_button, Qt.MouseButton.LeftButton)
    wait_until(qtbot, lambda: dialog.result() == QDialog.DialogCode.Accepted, 15_000)

    assert settings.store_id == store["id"] and settings.device_id and settings.api_url == live_api.url
    assert secrets.get(device_token_name(live_api.url, store["id"]))
    saved = config.load(path, env={})
    assert (saved.store_id, saved.device_id, saved.store_name, saved.device_name) == (
        store["id"], settings.device_id, store["name"], "Front counter")


def test_the_first_run_dialog_explains_a_bad_or_unreachable_address(qtbot, tmp_path):
    dialog = EnrollDialog(config.Settings(data_dir=tmp_path), MemoryStore(), config_path=tmp_path / "s.toml")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "manager0")
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.address, "http://central.example.com")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert "must start with https://" in refused(qtbot, dialog.error)
    dialog.address.setText("http://127.0.0.1:9")  # loopback, nothing listening
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    wait_until(qtbot, lambda: "can't reach" in dialog.error.text(), 15_000)
    assert dialog.pages.currentIndex() == 0 and not (tmp_path / "s.toml").exists()


def test_after_an_offline_sign_in_the_return_of_the_connection_says_how_to_get_live_data(
        qtbot, live_api, make_gui_counter):
    counter, window, username = signed_in_here_then_offline(qtbot, live_api, make_gui_counter)
    sign_in_typed(qtbot, window, username)
    assert counter.ctx.signed_in_offline and not window.banner.isVisible()
    # The long-poll under way when the cable went ends within its 5 s; then the counter knows it is offline.
    wait_until(qtbot, lambda: counter.ctx.connection_state == ConnectionState.OFFLINE, 20_000)
    counter.go_online()
    wait_until(qtbot, lambda: window.banner.isVisible() and "connection is back" in window.banner.text.text(), 20_000)
    assert "Switch staff" in window.banner.text.text()
