"""Enrollment codes in the app (API.md v1.1), against the real server: a manager makes one from the staff menu and the
server accepts it; a counter enrolls with one typed at first run, or with IT's from the machine-wide settings and no
password at all, and reaches sign-in; and what IT locked shows as set by IT where staff would change it."""

from __future__ import annotations

import argparse
import json

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QFontInfo, QGuiApplication
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from central_api import db
from clerk_app import config
from clerk_app.machine_settings import MachineSettings
from clerk_app.secrets import MemoryStore, device_token_name
from clerk_app.ui.app import Launcher, make_application
from clerk_app.ui.main_window import MainWindow
from clerk_app.ui.session.enroll import EnrollDialog
from tests.gui.test_digit_input import type_text
from tests.helpers.api import LiveApi
from tests.helpers.gui import sign_in, wait_online_and_synced, wait_until

SET_BY_IT = "Set by your IT department"


@pytest.fixture
def _no_translators_left(qapp):
    """make_application installs Clerk's translators; the other test files read the source strings."""
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()


def new_code(api: LiveApi, store_index: int = 0, uses: int = 1) -> str:
    store = api.store(store_index)
    reply = api.client(api.staff_token(store["manager"])).post(f"/v1/stores/{store['id']}/enrollment-codes",
                                                               json={"expires_in_hours": 2, "uses": uses})
    assert reply.status_code == 201, reply.text
    return reply.json()["code"]


def uses_left(api: LiveApi) -> list[int]:
    with api.database.read() as conn:
        return list(conn.execute(select(db.enrollment_codes.c.uses_left).order_by(db.enrollment_codes.c.created_at)).scalars())


# --- the manager's dialog ------------------------------------------------------------------------

def manager_window(qtbot, live_api, clerk) -> MainWindow:
    wait_online_and_synced(qtbot, clerk)
    window = MainWindow(clerk)
    qtbot.addWidget(window)
    sign_in(clerk, live_api.store(0)["manager"])
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_manager_creates_a_code_from_the_staff_menu_and_the_server_accepts_it(qtbot, live_api, clerk):
    window = manager_window(qtbot, live_api, clerk)
    assert window.enroll_counters_action.isVisible()
    window.enroll_counters_action.trigger()
    dialog = window.enroll_counters_dialog
    assert dialog.isVisible() and dialog.pages.currentIndex() == 0
    dialog.hours.setValue(8)
    dialog.uses.setValue(3)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    wait_until(qtbot, lambda: dialog.pages.currentIndex() == 1, 10_000)
    shown = dialog.code_label.text()
    assert shown.startswith("\u2066") and shown.endswith("\u2069")  # reads left to right in every language
    code = shown.strip("\u2066\u2069")
    assert [len(part) for part in code.split("-")] == [4, 4, 2]
    assert dialog.details.text().endswith(" for 3 counters.") and dialog.details.text().startswith("Works until ")
    shown_in = QFontInfo(dialog.code_label.font())
    assert shown_in.fixedPitch() and shown_in.pointSize() >= 20  # large, monospace
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == code
    assert uses_left(live_api) == [3]

    reply = live_api.client().post("/v1/devices", json={"enrollment_code": code, "name": "new counter"})
    assert reply.status_code == 201 and reply.json()["store_id"] == live_api.store_id
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.code_label.text() == ""  # shown once: gone with the dialog
    QGuiApplication.clipboard().clear()


def test_an_associate_has_no_enroll_counters_entry(qtbot, signed_in_window):
    assert not signed_in_window.enroll_counters_action.isVisible()
    signed_in_window.enroll_counters()
    assert getattr(signed_in_window, "enroll_counters_dialog", None) is None


def test_the_dialog_says_in_plain_words_when_the_server_cannot_be_reached(qtbot, live_api, make_gui_counter):
    counter = make_gui_counter()
    window = manager_window(qtbot, live_api, counter.ctx)
    dialog = window.enroll_counters()
    counter.go_offline()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    wait_until(qtbot, dialog.error.isVisible, 10_000)
    assert "can't reach the store server" in dialog.error.text() and dialog.pages.currentIndex() == 0
    assert uses_left(live_api) == []
    dialog.reject()


# --- first run with a code -----------------------------------------------------------------------

def test_a_code_typed_at_first_run_with_persian_digits_enrolls_without_a_password(qtbot, live_api, tmp_path):
    code = new_code(live_api, store_index=1)
    settings = config.Settings(data_dir=tmp_path / "data", device_name="Till 2")
    secrets, path = MemoryStore(), tmp_path / "settings.toml"
    dialog = EnrollDialog(settings, secrets, config_path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.address, live_api.url)
    dialog.with_code.setChecked(True)
    assert dialog.enroll_button.isVisible() and not dialog.next_button.isVisible()
    assert not dialog.username.isVisible() and dialog.code.isVisible()
    qtbot.keyClicks(dialog.code, "ABC")
    qtbot.mouseClick(dialog.enroll_button, Qt.MouseButton.LeftButton)
    assert "ten letters and digits, like \u2066K7QD-M3XP-2R\u2069." in dialog.error.text()
    dialog.code.clear()
    typed = code.lower().translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    type_text(dialog.code, typed)
    assert dialog.code.text() == code.upper()  # capitals and 0-9 as typed
    qtbot.mouseClick(dialog.enroll_button, Qt.MouseButton.LeftButton)
    wait_until(qtbot, lambda: dialog.result() == QDialog.DialogCode.Accepted, 15_000)
    store = live_api.store(1)
    assert settings.store_id == store["id"] and settings.device_id and secrets.get(device_token_name(live_api.url, store["id"]))
    assert dialog.code.text() == "" and settings.enrollment_code is None
    text = path.read_text(encoding="utf-8")
    assert "device_id" in text and code.replace("-", "") not in text.replace("-", "")
    assert uses_left(live_api) == [0]


def test_a_spent_code_at_first_run_is_refused_in_clerk_words(qtbot, live_api, tmp_path):
    code = new_code(live_api)
    assert live_api.client().post("/v1/devices", json={"enrollment_code": code, "name": "x"}).status_code == 201
    dialog = EnrollDialog(config.Settings(data_dir=tmp_path), MemoryStore(), config_path=tmp_path / "s.toml")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.address, live_api.url)
    dialog.with_code.setChecked(True)
    qtbot.keyClicks(dialog.code, code)
    qtbot.mouseClick(dialog.enroll_button, Qt.MouseButton.LeftButton)
    wait_until(qtbot, dialog.error.isVisible, 10_000)
    assert dialog.error.text() == "That enrollment code is wrong, used up or expired. Ask a manager for a new one."
    assert not (tmp_path / "s.toml").exists()


def _it_file(tmp_path, text: str):
    path = tmp_path / "etc" / "clerk.toml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_first_start_with_its_code_in_the_machine_settings_reaches_sign_in_with_no_password(
        qtbot, qapp, live_api, tmp_path, _no_translators_left):
    store = live_api.store(2)
    code = new_code(live_api, store_index=2)
    it_file = _it_file(tmp_path, f'api_url = "{live_api.url}"\nstore_id = "{store["id"]}"\nenrollment_code = "{code}"\n'
                                 'locked = ["api_url", "store_id"]\n')
    args = argparse.Namespace(demo=False, config=tmp_path / "settings.json", data_dir=tmp_path / "data",
                              secrets_file=tmp_path / "secrets.json")
    settings = config.load(args.config, env={"CLERK_MACHINE_SETTINGS": str(it_file)}, args={"data_dir": args.data_dir})
    launcher = Launcher(make_application(), args, settings)
    launcher.exit = lambda code: None
    try:
        launcher.start()
        wait_until(qtbot, lambda: launcher.window is not None or launcher.enroll_dialog is not None, 20_000)
        assert launcher.enroll_dialog is None, launcher.enroll_dialog.error.text()
        qtbot.addWidget(launcher.window)
        window = launcher.window
        assert window.screens.currentWidget() is window.sign_in and window.ctx.staff is None
        assert window.sign_in.pages.currentWidget() is window.sign_in.form
        assert launcher.ctx.store_id == store["id"] and launcher.ctx.settings.enrollment_code is None
        saved = json.loads(args.config.read_text(encoding="utf-8"))
        assert saved["device_id"].startswith("dev_") and "enrollment_code" not in saved and "api_url" not in saved
        assert code not in (tmp_path / "secrets.json").read_text(encoding="utf-8")
        assert uses_left(live_api) == [0]
        wait_online_and_synced(qtbot, launcher.ctx)
    finally:
        launcher.shutdown()
        launcher.deleteLater()


def test_when_its_code_is_refused_the_first_run_dialog_says_so_with_the_address_set_by_it(
        qtbot, qapp, live_api, tmp_path, _no_translators_left):
    it_file = _it_file(tmp_path, f'api_url = "{live_api.url}"\nstore_id = "{live_api.store_id}"\n'
                                 'enrollment_code = "ZZZZ-ZZZZ-ZZ"\nlocked = ["api_url", "store_id"]\n')
    args = argparse.Namespace(demo=False, config=tmp_path / "settings.json", data_dir=tmp_path / "data",
                              secrets_file=tmp_path / "secrets.json")
    settings = config.load(args.config, env={"CLERK_MACHINE_SETTINGS": str(it_file)}, args={"data_dir": args.data_dir})
    exits: list[int] = []
    launcher = Launcher(make_application(), args, settings)
    launcher.exit = exits.append
    launcher.start()
    wait_until(qtbot, lambda: launcher.enroll_dialog is not None and launcher.enroll_dialog.isVisible(), 20_000)
    dialog = launcher.enroll_dialog
    assert dialog.with_code.isChecked()
    assert dialog.error.text() == "That enrollment code is wrong, used up or expired. Ask a manager for a new one."
    assert dialog.address.text() == live_api.url and dialog.address.isReadOnly()
    assert dialog.address.toolTip() == SET_BY_IT and dialog.address_set_by_it.isVisible()
    assert dialog.code.text() == ""  # IT's code is not shown
    dialog.reject()
    assert exits == [0]
    launcher.deleteLater()


# --- set by IT -----------------------------------------------------------------------------------

def test_a_store_set_by_it_is_shown_and_cannot_be_changed_on_the_first_run_screen(qtbot, live_api, tmp_path):
    from tests.gui.test_signin import refused

    store = live_api.store(0)
    machine = MachineSettings({"api_url": live_api.url, "store_id": store["id"]}, frozenset({"api_url", "store_id"}), "IT")
    settings = config.load(tmp_path / "s.toml", env={}, machine=machine, args={"data_dir": tmp_path / "data"})
    dialog = EnrollDialog(settings, MemoryStore(), config_path=tmp_path / "s.toml")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.address.isReadOnly() and dialog.address.text() == live_api.url
    qtbot.keyClicks(dialog.username, store["manager"])
    from tests.helpers.api import PASSWORD
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    wait_until(qtbot, lambda: dialog.pages.currentIndex() == 1, 10_000)
    assert not dialog.store.isEnabled() and dialog.store.currentText() == store["id"] and dialog.store.count() == 1
    assert dialog.store.toolTip() == SET_BY_IT and dialog.store_set_by_it.isVisible()
    dialog.reject()
    # A manager of another store is refused here: the store is IT's choice.
    other = EnrollDialog(settings, MemoryStore(), config_path=tmp_path / "s.toml")
    qtbot.addWidget(other)
    other.show()
    qtbot.keyClicks(other.username, live_api.store(1)["manager"])
    qtbot.keyClicks(other.password, PASSWORD)
    qtbot.mouseClick(other.next_button, Qt.MouseButton.LeftButton)
    assert "Only a manager" in refused(qtbot, other.error) and other.pages.currentIndex() == 0


def test_a_language_set_by_it_is_shown_and_not_changeable_on_sign_in_and_in_the_staff_menu(
        qtbot, live_api, make_gui_counter):
    counter = make_gui_counter()
    counter.settings.machine = MachineSettings({"language": "en"}, frozenset({"language"}), "IT")
    window = MainWindow(counter.ctx)
    qtbot.addWidget(window)
    window.show()
    box = window.sign_in.language_box
    assert not box.isEnabled() and box.currentData() == "en" and box.toolTip() == SET_BY_IT
    assert window.sign_in.language_set_by_it.isVisible() and window.sign_in.language_set_by_it.text() == SET_BY_IT
    sign_in(counter.ctx, live_api.store(0)["associates"][0])
    assert [a.isEnabled() for a in window.language_actions] == [False] * len(window.language_actions)
    assert [a.data() for a in window.language_actions if a.isChecked()] == ["en"]
    assert window.language_set_by_it.text() == SET_BY_IT


def test_an_unlocked_language_stays_changeable(qtbot, signed_in_window):
    assert signed_in_window.sign_in.language_box.isEnabled() and signed_in_window.sign_in.language_set_by_it is None
    assert all(a.isEnabled() for a in signed_in_window.language_actions) and signed_in_window.language_set_by_it is None
