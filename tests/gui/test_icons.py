"""Right to left, only icons that point somewhere mirror: back, next and the chevron do; the check mark does
not, nor does a chart's time axis (its days still run left to right, oldest first)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from clerk_app.domain.metrics import DayCount
from clerk_app.ui import theme
from clerk_app.ui.common import icons
from clerk_app.ui.manager.charts import PerDayChart, WaitingAgeChart

LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft


def _ink_x(image) -> float:
    """The mean x of the icon's ink on its middle row: where a chevron's tip is."""
    y = image.height() // 2
    xs = [x for x in range(image.width()) if image.pixelColor(x, y).alpha() > 100]
    assert xs, "the icon drew nothing"
    return sum(xs) / len(xs)


@pytest.mark.parametrize("name", ["next", "back", "chevron-end"])
def test_an_icon_that_points_is_mirrored_right_to_left(qapp, name):
    ltr, rtl = icons.image(name, 24, LTR), icons.image(name, 24, RTL)
    assert rtl == ltr.flipped(Qt.Orientation.Horizontal) and rtl != ltr
    assert icons.mirrors(name)


def test_next_points_right_left_to_right_and_left_right_to_left(qapp):
    # The chevron's tip, on its middle row, sits at the end it points to.
    head_ltr = _ink_x(icons.image("chevron-end", 24, LTR))
    head_rtl = _ink_x(icons.image("chevron-end", 24, RTL))
    assert head_ltr > 12 > head_rtl


def test_the_check_mark_is_the_same_right_to_left(qapp):
    ltr, rtl = icons.image("check", 24, LTR), icons.image("check", 24, RTL)
    assert rtl == ltr
    assert ltr != ltr.flipped(Qt.Orientation.Horizontal)  # it is not symmetric, so the test would see a mirroring
    assert not icons.mirrors("check") and not icons.mirrors("chevron-down")


def _ink_colours(image) -> set[str]:
    """The colours of the icon's solid ink (its anti-aliased edges left out)."""
    return {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
            if image.pixelColor(x, y).alpha() == 255}


@pytest.mark.parametrize(("name", "role"), [("chevron-end", "accent"), ("back", "accent"), ("check", "good_text"),
                                            ("camera", "text_strong")])
@pytest.mark.parametrize("look", ["dark", "high-contrast"])
def test_icons_are_drawn_in_the_colours_of_the_theme_in_effect(qapp, name, role, look):
    before = theme.current()
    try:
        theme.choose("light")
        assert _ink_colours(icons.image(name, 32, LTR)) == {theme.PALETTES["light"][role]}
        theme.choose(look)
        assert _ink_colours(icons.image(name, 32, LTR)) == {theme.PALETTES[look][role]}  # yellow in high contrast
    finally:
        theme.choose(before.chosen, before.text_size)


@pytest.mark.parametrize("svg", sorted(icons.FOLDER.glob("*.svg")), ids=lambda path: path.stem)
def test_every_icon_is_drawn_in_colours_each_theme_redraws(svg):
    drawn = svg.read_text(encoding="utf-8")
    for look in theme.THEMES:
        tinted = theme.tinted_svg(drawn, look)  # a colour with no role raises KeyError
        if look != "light":
            assert not any(f'"{colour}"' in tinted.lower() for colour in theme.ICON_STROKES), look


def test_an_unknown_icon_is_an_error(qapp):
    with pytest.raises(KeyError):
        icons.mirrors("nonsense")


def test_a_chart_of_days_keeps_its_time_axis_left_to_right_in_a_right_to_left_screen(qtbot, qapp):
    around = QWidget()
    qtbot.addWidget(around)
    around.setLayoutDirection(RTL)
    per_day = PerDayChart(around)
    first = date(2025, 3, 17)
    days = [DayCount(first + timedelta(days=i), i + 1, i) for i in range(7)]
    per_day.set_days(days)
    shown = list(per_day.category_axis.categories())
    assert shown == per_day.categories() and len(shown) == 7  # oldest first, on the left
    assert [int(per_day.bar_sets()[0].at(i)) for i in range(7)] == [d.created for d in days]
    assert per_day.value_axis.alignment() == Qt.AlignmentFlag.AlignLeft
    # A chart without time (how long pickups have waited) does follow the screen: its bars grow from the right.
    ages = WaitingAgeChart(around)
    ages.set_buckets([("under_1h", 3), ("1h_4h", 1)])
    assert ages.value_axis.isReverse() and ages.category_axis.alignment() == Qt.AlignmentFlag.AlignRight


def test_a_chart_of_days_labels_them_in_the_languages_calendar_and_digits(qtbot, qapp):
    from clerk_app.ui.common import language

    try:
        language.apply(qapp, language.Choice("fa"))
        per_day = PerDayChart()
        qtbot.addWidget(per_day)
        per_day.set_days([DayCount(date(2025, 3, 20) + timedelta(days=i), 1, 0) for i in range(3)])
        # 2025-03-21 is 1 Farvardin 1404: the labels read ۳۰ (Esfand of the leap year 1403), ۱, ۲, in Persian digits, oldest on the left.
        assert [label.split()[-1] for label in per_day.categories()] == ["۳۰", "۱", "۲"]
        assert per_day.categories() == list(per_day.category_axis.categories())
    finally:
        language.apply(qapp, language.Choice("en"))
