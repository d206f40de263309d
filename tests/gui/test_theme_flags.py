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


def _ink_columns(label: QLabel) -> tuple[int, int]:
    """The first and last pixel columns where the label's text is drawn (its badge background left out)."""
    image = label.grab().toImage()
    background = image.pixelColor(2, image.height() // 2)
    columns = [x for x in range(image.width()) for y in range(image.height())
               if abs(image.pixelColor(x, y).lightness() - background.lightness()) > 60]
    return min(columns), max(columns)


def test_a_badge_at_the_width_it_asks_for_shows_its_text_to_the_last_letter(qtbot, qapp):
    from clerk_app.ui.common.widgets import ElidedLabel, set_tone

    theme.apply(qapp)
    text = "Up to date · 18:29"
    badge = ElidedLabel(text, least=40, objectName="Badge")  # the customer card's freshness badge
    roomy = ElidedLabel(text, least=40, objectName="Badge")
    for label in (badge, roomy):
        qtbot.addWidget(label)
        set_tone(label, "good")
        label.show()
        qtbot.waitExposed(label)
    badge.resize(badge.sizeHint())
    roomy.resize(badge.sizeHint().width() + 80, badge.sizeHint().height())
    qtbot.wait(50)
    assert badge.shown_text() == text and not badge.property("elided")
    first, last = _ink_columns(badge)
    roomy_first, roomy_last = _ink_columns(roomy)
    assert last - first == roomy_last - roomy_first  # no part of the last digit cut off
    assert badge.contentsRect().left() <= first and last <= badge.contentsRect().right()  # within its padding
