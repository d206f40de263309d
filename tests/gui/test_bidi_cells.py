"""Phone numbers, emails, order numbers and SKUs in table cells and painted rows read left to right in every
layout, also when cut to fit; counts in tables and tabs are in the language's digits (Persian in Persian)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

from clerk_app.domain import deadlines
from clerk_app.ui.common import language
from clerk_app.ui.common.language import LRI, PDI, elided, elided_ltr_parts, ltr
from clerk_app.ui.pickups.queue_model import PickupQueueModel
from tests.gui.test_locale_format import _glyph_runs
from tests.helpers.gui import wait_until

PHONE, EMAIL = "+15331964959", "alexandra.donaldson195@mail.example"
PERSIAN_DIGITS = set("۰۱۲۳۴۵۶۷۸۹")


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += ch in "\u2066\u2067\u2068"
        depth -= ch == PDI
        if depth < 0:
            return False
    return depth == 0


def test_a_contact_line_cut_to_fit_elides_inside_each_isolate_and_keeps_the_phone_whole(qapp):
    metrics = QFontMetrics(QFont())
    full = elided_ltr_parts(metrics, [EMAIL, PHONE], 10_000)
    assert full == f"{ltr(EMAIL)} · {ltr(PHONE)}"
    width = metrics.horizontalAdvance(full) * 2 // 3
    cut = elided_ltr_parts(metrics, [EMAIL, PHONE], width)
    assert metrics.horizontalAdvance(cut) <= width
    assert _balanced(cut) and ltr(PHONE) in cut  # the longer email gave way; the phone reads whole
    email_part = cut.split(" · ")[0]
    assert email_part.startswith(LRI) and email_part.endswith(f"…{PDI}")
    # Laid out right to left, the phone's glyphs still run "+1533…", plus first.
    (alone,) = _glyph_runs(PHONE, Qt.LayoutDirection.LeftToRight)
    runs = _glyph_runs("البريد " + cut, Qt.LayoutDirection.RightToLeft)
    assert any(alone == run[i:i + len(alone)] for run in runs for i in range(len(run)))
    # In very little room, what is left is one part, still isolated.
    tiny = elided_ltr_parts(metrics, [EMAIL, PHONE], metrics.horizontalAdvance("alexan…"))
    assert tiny.startswith(LRI) and _balanced(tiny) and " · " not in tiny


def test_eliding_a_line_closes_the_isolate_it_cut(qapp):
    metrics = QFontMetrics(QFont())
    text = "اتصل على " + ltr(PHONE) + " الآن"
    cut = elided(metrics, text, metrics.horizontalAdvance("اتصل على +1533"))
    assert cut != text and _balanced(cut) and f"{LRI}+1" in cut and cut.endswith(f"…{PDI}")
    # A cut that leaves an isolate open (as Qt versions without bidi-aware eliding do) is closed again.
    assert elided(metrics, f"{LRI}+1533", 10_000) == f"{LRI}+1533{PDI}"


def test_pickup_cells_isolate_order_numbers_and_count_in_persian_digits(qtbot, qapp, signed_in_window):
    window = signed_in_window
    try:
        window.switch_language("fa")
        window.show_page("pickups")
        page = window.pickups
        page.tabs.setCurrentIndex(deadlines.TABS.index("ready"))
        wait_until(qtbot, lambda: page.model.rowCount() > 0 and page.counts.get("ready"))
        pickup = page.model.rows[0]
        order = page.model.index(0, PickupQueueModel.ORDER).data()
        assert order == ltr(pickup["order_number"])
        items = page.model.index(0, PickupQueueModel.ITEMS).data()
        assert items and set(items) <= PERSIAN_DIGITS
        tab = page.tabs.tabText(page.tabs.currentIndex())
        count = page.counts["ready"]
        assert language.Choice("fa").locale.toString(count) in tab and str(count) not in tab
    finally:
        language.apply(qapp, language.Choice("en"))


def test_an_elided_label_cuts_its_text_keeps_it_whole_in_the_tooltip_and_closes_its_isolates(qtbot, qapp):
    from clerk_app.ui.common.language import LRI, PDI, ltr
    from clerk_app.ui.common.widgets import ElidedLabel

    label = ElidedLabel("As of " + ltr("+15331964959") + " · refreshing from the server", least=40)
    qtbot.addWidget(label)
    label.show()
    label.resize(label.sizeHint())
    qtbot.waitExposed(label)
    assert label.shown_text() == label.text() and label.toolTip() == ""
    assert label.minimumSizeHint().width() == 40  # it lets its row be narrower than its text
    label.resize(110, label.height())
    shown = label.shown_text()
    assert shown.endswith("…") or shown.endswith("…" + PDI)
    assert shown.count(LRI) == shown.count(PDI)
    assert label.toolTip() == label.text() and label.property("elided")
    label.resize(label.sizeHint())
    assert label.shown_text() == label.text() and not label.property("elided")
