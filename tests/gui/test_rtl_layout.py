"""Every main screen lays out right-to-left: mirrored, with no widget clipped, sticking out or overlapping."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from clerk_app.ui.main_window import MainWindow
from tests.helpers.gui import sign_in, wait_online_and_synced, wait_until
from tests.helpers.layout import layout_problems


@pytest.fixture
def rtl_window(qtbot, qapp, live_api, clerk):
    wait_online_and_synced(qtbot, clerk)
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    window = MainWindow(clerk)
    qtbot.addWidget(window)
    window.resize(1366, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _settle(qtbot, window):
    qtbot.wait(150)  # let deferred layouts and look-ups land before measuring
    return layout_problems(window)


def test_sign_in_screen_lays_out_right_to_left(qtbot, rtl_window):
    assert rtl_window.screens.currentWidget() is rtl_window.sign_in
    assert _settle(qtbot, rtl_window) == []


def test_workspace_screens_lay_out_right_to_left(qtbot, rtl_window, live_api):
    window, ctx = rtl_window, rtl_window.ctx
    sign_in(ctx, live_api.store(0)["manager"])
    # Mirrored: the navigation sits on the right, the search bar's start on the right too.
    nav_left = window.nav.mapTo(window, QPoint(0, 0)).x()
    assert nav_left > window.width() / 2
    customer = ctx.reader.search_customers("a", 1)[0]
    window.open_record("customer", customer["id"], {})
    wait_until(qtbot, lambda: window.current_page() == "customers")
    assert _settle(qtbot, window) == [], "customers"
    pickup = ctx.reader.pickups("ready", 1)[0]
    window.open_record("pickup", pickup["id"], {})
    assert _settle(qtbot, window) == [], "pickups"
    for page in ("activity", "dashboard"):
        window.show_page(page)
        assert window.current_page() == page
        assert _settle(qtbot, window) == [], page


def test_the_layout_check_finds_clipped_text_and_overlap(qtbot):
    from PySide6.QtWidgets import QLabel, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    root.resize(300, 100)
    clipped = QLabel("A label far too long for the room it was given", root)
    clipped.setGeometry(0, 0, 60, 20)
    QLabel("over", root).setGeometry(30, 5, 80, 20)
    QLabel("outside", root).setGeometry(250, 80, 100, 40)
    root.show()
    problems = " ".join(layout_problems(root))
    assert "is clipped" in problems and "overlaps" in problems and "sticks out" in problems
