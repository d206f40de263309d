"""Clerk in each of its five languages: it loads, switches live on an open window without losing what is on it,
follows each staff member's choice on this counter, and starts in the language asked for."""

from __future__ import annotations

import argparse

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt

from clerk_app import config
from clerk_app.ui.app import startup_choice
from clerk_app.ui.common import language
from tests.helpers.gui import sign_in, wait_until

RTL = {"ar", "fa", "he"}


@pytest.fixture
def english_after(qapp):
    yield
    language.apply(qapp, language.Choice("en"))
    QSettings().remove("language")


def _words(code: str) -> dict[str, str]:
    """What the navigation should read in `code`: Qt's lookup of the same strings, so the test knows no words."""
    return {name: QCoreApplication.translate("MainWindow", name) for name in ("Customers", "Pickups", "Stock")}


def test_a_window_with_a_customer_showing_switches_language_and_back_keeping_its_state(qtbot, signed_in_window,
                                                                                     english_after, qapp):
    window = signed_in_window
    customer_id = window.ctx.reader.connection.execute("SELECT id FROM customers LIMIT 1").fetchone()[0]
    with qtbot.waitSignal(window.customers.view.refreshed, timeout=10_000):
        window.ctx.navigate.emit("customer", customer_id, {})
    name = window.customers.view.header.name.text()
    english_nav = [window.nav.item(row).text() for row in range(3)]
    seen = {}
    for code in ("ar", "ru", "he", "fa", "en"):
        window.switch_language(code)
        nav = [window.nav.item(row).text() for row in range(3)]
        assert nav == list(_words(code).values())
        if code != "en":
            assert nav != english_nav, f"{code}: the navigation is still English"
        assert qapp.layoutDirection() == (Qt.LayoutDirection.RightToLeft if code in RTL
                                          else Qt.LayoutDirection.LeftToRight)
        assert window.isRightToLeft() == (code in RTL)
        # What was on screen is still there: the page and the open customer, with their data.
        assert window.current_page() == "customers"
        assert window.customers.view.customer_id == customer_id
        assert window.customers.view.header.name.text() == name
        assert window.is_unlocked
        seen[code] = nav[0]
    assert len(set(seen.values())) == 5, seen  # five different words for "Customers"
    assert [window.nav.item(row).text() for row in range(3)] == english_nav


def test_a_half_typed_search_and_an_open_pickup_survive_a_switch(qtbot, signed_in_window, english_after):
    window = signed_in_window
    pickup_id = window.ctx.reader.connection.execute(
        "SELECT id FROM pickups WHERE status = 'ready' LIMIT 1").fetchone()[0]
    window.ctx.navigate.emit("pickup", pickup_id, {})
    wait_until(qtbot, lambda: window.pickups.detail.pickup is not None)
    window.switch_language("he")
    assert window.current_page() == "pickups"
    assert window.pickups.detail.pickup["id"] == pickup_id
    qtbot.keyClicks(window.search_bar, "mar")
    wait_until(qtbot, lambda: window.current_page() == "customers")  # typing shows the results
    window.switch_language("ru")
    assert window.search_bar.text() == "mar"
    assert window.current_page() == "customers"
    wait_until(qtbot, lambda: window.customers.model.rowCount() > 0)  # and its results, found again


def test_a_language_chosen_at_sign_in_is_remembered_for_who_signs_in(qtbot, live_api, clerk, english_after):
    from clerk_app.ui.main_window import MainWindow

    window = MainWindow(clerk)
    qtbot.addWidget(window)
    box = window.sign_in.language_box
    box.setCurrentIndex(box.findData("ru"))
    box.activated.emit(box.currentIndex())
    assert language.current().language == "ru"
    assert window.sign_in.language_box.currentData() == "ru"  # the rebuilt sign-in screen shows the choice
    associate = live_api.store(0)["associates"][0]
    staff = sign_in(clerk, associate)
    assert language.remembered(staff["id"]) == "ru"
    # Someone else switches to Arabic from their menu; when the first staff member signs in again, Russian is back.
    clerk.set_staff(None)
    window.switch_language("en")
    manager = sign_in(clerk, live_api.store(0)["manager"])
    arabic = next(a for a in window.language_actions if a.data() == "ar")
    arabic.trigger()
    assert language.current().language == "ar"
    assert language.remembered(manager["id"]) == "ar"
    clerk.set_staff(None)
    sign_in(clerk, associate)
    wait_until(qtbot, lambda: language.current().language == "ru")
    wait_until(qtbot, lambda: window.nav.item(0).text() == QCoreApplication.translate("MainWindow", "Customers"))
    assert window.isRightToLeft() is False


@pytest.mark.parametrize(("given", "setting", "expected"), [
    ("fa", "", "fa"),      # --language wins
    (None, "he", "he"),    # else the store's setting
    ("ru", "ar", "ru"),
])
def test_the_start_language_comes_from_the_command_line_then_the_store(given, setting, expected, tmp_path):
    settings = config.Settings(language=setting, data_dir=tmp_path)
    assert startup_choice(argparse.Namespace(language=given), settings).language == expected


def test_the_command_line_refuses_a_language_clerk_does_not_speak(capsys):
    from clerk_app import cli

    with pytest.raises(SystemExit):
        cli._parser().parse_args(["--language", "de"])
    assert "invalid choice" in capsys.readouterr().err


def test_a_settings_file_language_clerk_does_not_speak_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match="language must be one of"):
        config.Settings(language="klingon", data_dir=tmp_path)
