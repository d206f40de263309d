"""The Preferences dialog over a real counter (real server on loopback, real cache): opened from the staff member's
menu, a change is applied live and saved (a new dialog, a new window, the store read afresh show it), each setting
where it belongs (the staff member's own or the counter's), what IT locked cannot be changed, a wrong value is
refused in words with nothing lost; the theme switches live, follows the computer, and reaches charts and previews."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QPalette
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QLabel, QWidget

from clerk_app.machine_settings import MachineSettings
from clerk_app.ui import theme
from clerk_app.ui.common import preferences, set_by_it
from clerk_app.ui.main_window import MainWindow
from clerk_app.ui.manager.charts import BarChart
from clerk_app.ui.preferences.dialog import PreferencesDialog
from tests.helpers.gui import sign_in, wait_online_and_synced, wait_until


@pytest.fixture(autouse=True)
def _light_again(qapp):
    """Each test starts and ends in the light theme at 100 %, with no staff member's look remembered; named as
    make_application names the app, so QSettings() is the file the app writes (in the tests' home folder)."""
    names = qapp.organizationName(), qapp.applicationName()
    qapp.setOrganizationName("Clerk")
    qapp.setApplicationName("Clerk")
    theme.apply(qapp, "light", 100)
    yield
    for group in ("theme", "text_size", "language"):
        QSettings().remove(group)
    qapp.setOrganizationName(names[0])
    qapp.setApplicationName(names[1])
    theme.apply(qapp, "", 100)


def open_dialog(qtbot: Any, window: MainWindow) -> PreferencesDialog:
    assert window.preferences_action in window.staff_label.menu().actions()
    window.preferences_action.trigger()
    dialog = window.preferences_dialog
    qtbot.waitExposed(dialog)
    return dialog


def shot(widget: Any, name: str) -> None:
    if folder := os.environ.get("CLERK_LAYOUT_SHOTS"):  # to look at them: a folder for PNGs
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def top_bar_colour(window: MainWindow) -> str:
    top = window.workspace.findChild(QWidget, "TopBar")
    return top.grab().toImage().pixelColor(3, 3).name()


def test_the_theme_chosen_in_preferences_applies_at_once_and_is_there_next_time(qtbot, signed_in_window):
    window = signed_in_window
    staff_id = window.ctx.staff["id"]
    assert top_bar_colour(window) == theme.PALETTES["light"]["surface"]
    dialog = open_dialog(qtbot, window)
    assert dialog.value_of("theme") == "" and dialog.value_of("text_size") == 100
    dialog.set_value("theme", "dark")
    dialog.set_value("text_size", 130)
    dialog.save()
    assert not dialog.isVisible(), dialog.error.text()
    look = theme.current()
    assert (look.theme, look.text_size) == ("dark", 130)
    wait_until(qtbot, lambda: top_bar_colour(window) == theme.PALETTES["dark"]["surface"])
    assert QCoreApplication.instance().palette().color(QPalette.ColorRole.Base).name() == \
        theme.PALETTES["dark"]["surface"]
    assert window.search_bar.font().pointSizeF() == pytest.approx(11 * 1.3, abs=0.1)  # SearchBar's 11 pt at 130 %
    shot(window, "dark-customers")
    # Saved as this staff member's: read afresh from the store, and shown by the next dialog.
    assert preferences.value(window.ctx.settings, "theme", staff_id) == "dark"
    assert QSettings().value(f"theme/staff/{staff_id}") == "dark"
    again = open_dialog(qtbot, window)
    assert again.value_of("theme") == "dark" and again.value_of("text_size") == 130
    again.reject()


def test_a_staff_members_look_is_theirs_and_a_counter_setting_is_everyones(qtbot, live_api, signed_in_window):
    window, ctx = signed_in_window, signed_in_window.ctx
    first, second = live_api.store(0)["associates"][:2]
    dialog = open_dialog(qtbot, window)
    dialog.set_value("theme", "high-contrast")
    dialog.set_value("idle_lock_minutes", 7)
    dialog.set_value("scanner_prefix", "]C")
    dialog.save()
    assert theme.current().theme == "high-contrast"
    assert ctx.settings.idle_lock_minutes == 7 and ctx.settings.scanner_prefix == "]C"

    ctx.set_staff(None)
    sign_in(ctx, second)
    wait_until(qtbot, lambda: window.is_unlocked and theme.current().theme == "light")  # the counter's look
    assert preferences.value(ctx.settings, "idle_lock_minutes", ctx.staff["id"]) == 7  # the counter's, for all
    other = open_dialog(qtbot, window)
    assert other.value_of("theme") == "" and other.value_of("idle_lock_minutes") == 7
    other.reject()

    ctx.set_staff(None)
    sign_in(ctx, first)
    wait_until(qtbot, lambda: window.is_unlocked and theme.current().theme == "high-contrast")
    shot(window, "contrast-customers")
    # A window opened anew over the same counter starts with the counter's values (the cache's folder).
    settings = type(ctx.settings)(api_url=ctx.settings.api_url, data_dir=ctx.settings.data_dir)
    preferences.load_counter_values(settings)
    assert (settings.idle_lock_minutes, settings.scanner_prefix) == (7, "]C")
    # The scanner's prefix is taken off what it sends: a scanned order number opens as without it.
    pickup = ctx.reader.pickups("ready", 1)[0]
    window.search_bar._on_scan("]C" + pickup["order_number"])
    assert window.search_bar.text() == pickup["order_number"]


def test_a_setting_it_locked_is_shown_as_such_and_cannot_be_changed(qtbot, live_api, make_gui_counter):
    counter = make_gui_counter()
    counter.settings.machine = MachineSettings({"theme": "high-contrast", "idle_lock_minutes": 3},
                                               frozenset({"theme", "idle_lock_minutes"}), "IT")
    counter.settings.theme, counter.settings.idle_lock_minutes = "high-contrast", 3
    wait_online_and_synced(qtbot, counter.ctx)
    window = MainWindow(counter.ctx)
    qtbot.addWidget(window)
    window.show()
    assert theme.current().theme == "high-contrast"  # IT's theme from the start, on the sign-in screen too
    sign_in(counter.ctx, live_api.store(0)["associates"][0])
    wait_until(qtbot, lambda: window.is_unlocked)
    dialog = open_dialog(qtbot, window)
    for name, value in (("theme", "high-contrast"), ("idle_lock_minutes", 3)):
        field = dialog.fields[name]
        assert not field.isEnabled() and field.toolTip() == set_by_it.words() and dialog.value_of(name) == value
        assert any(label.text() == set_by_it.words() for label in field.parentWidget().findChildren(QLabel))
    shot(dialog, "contrast-preferences-locked")
    for spin in (dialog.fields["idle_lock_minutes"], dialog.fields["reminder_hours"]):  # the number shows in full
        assert spin.lineEdit().width() >= spin.fontMetrics().horizontalAdvance(spin.text()) > 0
    dialog.fields["theme"].setCurrentIndex(dialog.fields["theme"].findData("dark"))  # even if forced past the UI
    dialog.save()
    assert theme.current().theme == "high-contrast" and counter.settings.theme == "high-contrast"
    with pytest.raises(preferences.LockedError):
        preferences.save(counter.settings, "idle_lock_minutes", 10)
    assert counter.settings.idle_lock_minutes == 3


def test_a_wrong_value_is_refused_in_words_and_nothing_is_lost(qtbot, signed_in_window):
    window, settings = signed_in_window, signed_in_window.ctx.settings
    dialog = open_dialog(qtbot, window)
    dialog.set_value("theme", "dark")
    dialog.set_value("scanner_suffix", "far too long for a scanner")
    dialog.save()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "Scanner suffix" in dialog.error.text() and "8 characters" in dialog.error.text()
    assert dialog.value_of("scanner_suffix") == "far too long for a scanner" and dialog.value_of("theme") == "dark"
    assert settings.scanner_suffix == "" and theme.current().theme == "light"  # nothing saved, nothing applied
    dialog.set_value("scanner_suffix", "#")
    dialog.save()
    assert not dialog.isVisible() and settings.scanner_suffix == "#" and theme.current().theme == "dark"


def test_the_computers_dark_mode_is_followed_live(qtbot, monkeypatch, signed_in_window):
    window = signed_in_window
    theme.apply(QCoreApplication.instance(), "", 100)
    monkeypatch.setattr(theme, "system_theme", lambda: "dark")
    theme._follower.changed()  # what QStyleHints.colorSchemeChanged calls (offscreen Qt cannot change the scheme)
    assert theme.current() == theme.Look("dark", 100, "")
    wait_until(qtbot, lambda: top_bar_colour(window) == theme.PALETTES["dark"]["surface"])
    theme.apply(QCoreApplication.instance(), "light", 100)
    theme._follower.changed()  # a chosen theme is kept whatever the computer does
    assert theme.current().theme == "light"


@pytest.mark.parametrize("name", theme.THEMES)
def test_charts_and_print_previews_follow_the_theme(qtbot, qapp, name):
    theme.apply(qapp, name, 100)
    chart = BarChart("Pickups")
    qtbot.addWidget(chart)
    colours = theme.PALETTES[name]
    assert chart.chart().titleBrush().color().name() == colours["text_strong"]
    assert chart.chart().legend().labelColor().name() == colours["text_secondary"]
    preview = QPrintPreviewDialog()
    qtbot.addWidget(preview)
    assert preview.palette().color(QPalette.ColorRole.Window).name() == colours["window"]


def test_language_digits_idle_lock_and_label_size_from_preferences_apply_at_once(qtbot, signed_in_window):
    from clerk_app.ui.common import language
    from clerk_app.ui.printing.printer import render_image
    from clerk_app.ui.session.idle import install_idle_lock

    window, ctx = signed_in_window, signed_in_window.ctx
    window.idle_lock = install_idle_lock(ctx)
    dialog = open_dialog(qtbot, window)
    dialog.set_value("language", "ar")
    dialog.set_value("digits", "latin")
    dialog.set_value("idle_lock_minutes", 9)
    dialog.set_value("label_size", "102x152")
    dialog.save()
    assert language.current() == language.Choice("ar", "latin", "")
    wait_until(qtbot, lambda: window.nav.item(0).text() != "Customers")  # the screens rebuilt in Arabic
    assert QCoreApplication.instance().layoutDirection() == window.layoutDirection()
    assert language.remembered(ctx.staff["id"]) == "ar"  # the staff member's, where the menu keeps it
    assert window.idle_lock.timeout_ms == 9 * 60_000
    image, _ = render_image("label", ctx.reader.pickups("ready", 1)[0], ctx, dpi=100)
    assert abs(image.width() - 102 / 25.4 * 100) < 2 and abs(image.height() - 152 / 25.4 * 100) < 2  # mm at 100 dpi
    window.idle_lock.stop()


def test_the_screen_layout_from_preferences_applies_at_once_and_is_the_counters_next_time(qtbot, signed_in_window):
    from clerk_app.ui.common import touch

    window, ctx = signed_in_window, signed_in_window.ctx
    assert not touch.is_touch(window)  # no touchscreen here: "auto" is the mouse-sized layout
    dialog = open_dialog(qtbot, window)
    assert dialog.value_of("layout") == "auto"
    dialog.set_value("layout", "touch")
    dialog.save()
    assert not dialog.isVisible(), dialog.error.text()
    assert touch.is_touch(window)
    wait_until(qtbot, lambda: window.search_bar.height() >= touch.TARGET)
    assert preferences.value(ctx.settings, "layout") == "touch"  # this counter's, whoever signs in
    dialog = open_dialog(qtbot, window)
    dialog.set_value("layout", "desktop")
    dialog.save()
    assert not touch.is_touch(window)
