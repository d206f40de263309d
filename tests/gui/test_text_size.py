"""Every main screen survives the largest text size (150 %): nothing clipped, overlapping or sticking out
(tests/helpers/layout.py), in a 1366x800 window, left to right and right to left; and the size applies live."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from clerk_app.ui import theme
from clerk_app.ui.common import language, preferences
from tests.helpers.gui import shown_window, sign_in, wait_until
from tests.helpers.layout import layout_problems

LARGEST = max(theme.TEXT_SIZES)


def _settle(qtbot, widget: QWidget, shot: str) -> list[str]:
    """Layout problems once deferred layouts and look-ups have landed: measured until clean, for up to 1.5 s."""
    problems: list[str] = []
    for _ in range(15):
        qtbot.wait(100)
        problems = layout_problems(widget)
        if widget.isWindow() and widget.width() > 1366:
            problems.append(f"the window needs {widget.width()} px: wider than the screen's 1366")
        if not problems:
            break
    if folder := os.environ.get("CLERK_LAYOUT_SHOTS"):
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{shot}.png"))
    return problems


@pytest.fixture
def large_window(request, qtbot, qapp, live_api, clerk):
    language.apply(qapp, language.Choice(request.param))
    preferences.save(clerk.settings, "text_size", LARGEST)  # this counter's, as the Preferences dialog saves it
    try:
        with shown_window(qtbot, clerk) as window:
            yield window
    finally:
        theme.apply(qapp, "", 100)
        language.apply(qapp, language.Choice("en"))


@pytest.mark.parametrize("large_window", ["en", "ar"], indirect=True)
def test_every_main_screen_survives_the_largest_text_size(qtbot, live_api, large_window, request):
    window, ctx = large_window, large_window.ctx
    code = request.node.callspec.params["large_window"]
    assert window.search_bar.font().pointSizeF() == pytest.approx(11 * LARGEST / 100, abs=0.1)
    problems = {"sign-in": _settle(qtbot, window, f"{code}-150-sign-in")}
    sign_in(ctx, live_api.store(0)["manager"])
    wait_until(qtbot, lambda: window.is_unlocked)

    window.search_bar.setText("a")
    window.search_bar.run_query()
    wait_until(qtbot, lambda: window.current_page() == "customers")
    problems["search results"] = _settle(qtbot, window, f"{code}-150-search")
    pickup = ctx.reader.pickups("ready", 1)[0]
    window.open_record("customer", pickup["customer_id"], {})
    wait_until(qtbot, lambda: window.customers.stack.currentWidget() is window.customers.view)
    problems["customer 360"] = _settle(qtbot, window, f"{code}-150-customer")

    window.open_record("pickup", pickup["id"], {})
    wait_until(qtbot, lambda: window.pickups.detail.pickup is not None)
    problems["pickups"] = _settle(qtbot, window, f"{code}-150-pickups")
    window.pickups.detail.handover_button.click()
    dialog = window.pickups.detail.dialog
    qtbot.waitExposed(dialog)
    problems["hand-over dialog"] = _settle(qtbot, dialog, f"{code}-150-hand-over")
    dialog.reject()
    window.pickups.show_view("reminders")
    problems["reminders"] = _settle(qtbot, window, f"{code}-150-reminders")
    window.pickups.show_view("queue")

    window.open_record("product", "SKU-00001", {})
    wait_until(qtbot, lambda: window.stock.view._live_at is not None and window.stock.view.store_rows())
    problems["stock"] = _settle(qtbot, window, f"{code}-150-stock")
    for page in ("activity", "dashboard"):
        window.show_page(page)
        problems[page] = _settle(qtbot, window, f"{code}-150-{page}")

    window.preferences_action.trigger()
    qtbot.waitExposed(window.preferences_dialog)
    problems["preferences"] = _settle(qtbot, window.preferences_dialog, f"{code}-150-preferences")
    window.preferences_dialog.reject()

    found = {screen: found for screen, found in problems.items() if found}
    assert found == {}, "\n".join(f"{s}: {p}" for s, ps in found.items() for p in ps)


def test_a_text_size_applies_live_to_what_is_on_screen(qtbot, signed_in_window):
    window = signed_in_window
    before = window.search_bar.font().pointSizeF()
    window.apply_look("", 130)
    wait_until(qtbot, lambda: window.search_bar.font().pointSizeF() == pytest.approx(before * 1.3, abs=0.1))
    assert window.current_page() == "customers" and window.is_unlocked  # what was on screen stays
    window.apply_look("", 100)
    assert window.search_bar.font().pointSizeF() == pytest.approx(before, abs=0.1)
    assert QCoreApplication.instance().styleSheet()
