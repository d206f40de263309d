"""set_flag: a style-sheet flag on a widget being built waits for its first polish (a polish now would be done
again when it shows); on a shown widget the look follows at once. Either way the style sheet's rule shows."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from clerk_app.ui import theme

OFFLINE, ONLINE = QColor("#8a5300"), QColor("#1e6b34")  # theme.qss: QLabel#ConnectionPill[state=...] { color }


def test_a_flag_set_while_building_shows_at_first_sight_and_a_later_one_at_once(qtbot, qapp):
    theme.apply(qapp)
    pill = QLabel("● Offline", objectName="ConnectionPill")
    qtbot.addWidget(pill)
    theme.set_flag(pill, "state", "offline")  # not polished yet: left for the first polish
    pill.show()
    qtbot.waitExposed(pill)
    assert pill.palette().color(QPalette.ColorRole.WindowText) == OFFLINE
    theme.set_flag(pill, "state", "online")  # shown: re-polished now
    assert pill.palette().color(QPalette.ColorRole.WindowText) == ONLINE
