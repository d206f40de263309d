"""Dates, numbers and money in each language's conventions and calendar, from the one formatter every screen and
printout uses; data values isolated so they never scramble a right-to-left line."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout

from clerk_app.ui.common import format as fmt
from clerk_app.ui.common import language

DAY = date(2025, 3, 21)  # 1 Farvardin 1404, the Persian new year; 21 Ramadan 1446


@pytest.fixture
def speak(qapp):
    def choose(*args: str) -> None:
        language.apply(qapp, language.Choice(*args))
    yield choose
    language.apply(qapp, language.Choice("en"))


@pytest.mark.parametrize(("choice", "day", "short", "number", "money"), [
    (("fa",), "۱ فروردین ۱۴۰۴", "۱۴۰۴/۱/۱", "۱٬۲۳۴٬۵۶۷", "۱٬۲۳۴٫۵۶"),
    (("fa", "latin"), "1 فروردین 1404", "1404/1/1", "1,234,567", "1,234.56"),
    (("fa", "latin", "gregorian"), "21 مارس 2025", "2025/3/21", "1,234,567", "1,234.56"),
    (("ar",), "٢١ مارس ٢٠٢٥", "٢١\u200f/٣\u200f/٢٠٢٥", "١٬٢٣٤٬٥٦٧", "١٬٢٣٤٫٥٦"),
    (("ar", "latin"), "21 مارس 2025", "21\u200f/3\u200f/2025", "1,234,567", "1,234.56"),
    (("ar", "", "islamic-civil"), "٢١ رمضان ١٤٤٦", "٢١\u200f/٩\u200f/١٤٤٦", "١٬٢٣٤٬٥٦٧", "١٬٢٣٤٫٥٦"),
    (("he",), "21 מרץ 2025", "21.3.2025", "1,234,567", "1,234.56"),
    (("ru",), "21 марта 2025", "21.03.2025", "1\xa0234\xa0567", "1\xa0234,56"),
    (("en",), "March 21, 2025", "3/21/25", "1,234,567", "$1,234.56"),
])
def test_the_formatter_writes_each_language_its_own_way(speak, choice, day, short, number, money):
    speak(*choice)
    assert fmt.day_month_year(DAY) == day
    assert fmt.date_text(DAY) == short
    assert fmt.number(1234567) == number
    assert money in fmt.money(123456, "USD")


def test_persian_counts_and_durations_are_in_persian_digits_unless_the_store_asks_for_latin(speak, qapp):
    from PySide6.QtCore import QCoreApplication

    speak("fa")
    now = datetime(2025, 3, 21, 13, 0, tzinfo=UTC)
    assert fmt.ago("2025-03-21T10:00:00Z", now).startswith("۳")
    assert "۱" in fmt.duration(3900) and "1" not in fmt.duration(3900)
    assert "۳" in QCoreApplication.translate("ConnectionStatus", "%n conflict(s)", "", 3)
    speak("fa", "latin")
    assert "3" in QCoreApplication.translate("ConnectionStatus", "%n conflict(s)", "", 3)
    assert fmt.ago("2025-03-21T10:00:00Z", now).startswith("3")


def test_data_inside_translated_text_is_isolated():
    phone, order, name = "+15331964959", "10234", "Jane Doe"
    line = "هاتف %1، الطلب %2، العميل %3".replace("%1", language.ltr(phone)).replace(
        "%2", language.ltr(order)).replace("%3", language.isolate(name))
    assert f"\u2066{phone}\u2069" in line and f"\u2066{order}\u2069" in line and f"\u2068{name}\u2069" in line
    assert language.isolate(language.isolate(name)) == language.isolate(name)  # never wrapped twice
    assert language.isolate("") == ""


def _glyph_runs(text: str, direction: Qt.LayoutDirection) -> list[list[int]]:
    """The glyphs of `text` laid out on one line by Qt's own bidi layout, run by run, each run left to right."""
    from PySide6.QtGui import QFont, QTextOption

    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    return [list(run.glyphIndexes()) for run in line.glyphRuns()]


def test_a_phone_number_inside_arabic_text_still_reads_plus_first(qapp):
    phone = "+15331964959"
    (alone,) = _glyph_runs(phone, Qt.LayoutDirection.LeftToRight)  # "+1533…" as it should read

    def shows_whole(runs: list[list[int]]) -> bool:
        return any(alone == run[i:i + len(alone)] for run in runs for i in range(len(run)))

    assert shows_whole(_glyph_runs("اتصل على " + language.ltr(phone), Qt.LayoutDirection.RightToLeft))
    # Without the isolate Qt, rightly by the Unicode rules, puts the plus after the digits: "15331964959+".
    assert not shows_whole(_glyph_runs("اتصل على " + phone, Qt.LayoutDirection.RightToLeft))


def test_the_dashboards_days_and_figures_follow_the_language(speak):
    from clerk_app.ui.manager.dashboard import percent

    speak("fa")
    assert fmt.day_of_month(DAY) == "۱"                   # 1 Farvardin, not the 21st
    assert fmt.day_of_month(DAY, weekday=True) == "جمعه ۱"
    assert percent(0.5) == "۵۰٪"
    speak("ru")
    assert fmt.day_of_month(DAY, weekday=True).endswith(" 21")
    assert percent(0.5) == "50%"
