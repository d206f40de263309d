"""Numbers that reach the screen outside the formatter's usual paths show the language's digits: Persian digits
in Persian, Arabic-Indic in Arabic, 0-9 where the store asks for Latin digits (the charts' count axes, the CSV
export's counts and its progress bar)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from clerk_app.domain.metrics import DayCount
from clerk_app.ui.common import language
from clerk_app.ui.manager.charts import PerDayChart, WaitingAgeChart
from clerk_app.ui.manager.export import ExportDialog

DIGITS = {"fa": "۰۱۲۳۴۵۶۷۸۹", "ar": "٠١٢٣٤٥٦٧٨٩", "latin": "0123456789"}
ANY_DIGIT = re.compile(r"\d")  # Python's \d: every script's decimal digits


def written_in(text: str, digits: str) -> bool:
    """Whether `text` has digits and every one of them is one of `digits`."""
    found = ANY_DIGIT.findall(text)
    return bool(found) and all(d in digits for d in found)


CHOICES = [("fa", "", "fa"), ("ar", "", "ar"), ("fa", "latin", "latin"), ("ar", "latin", "latin"),
           ("ru", "", "latin")]


@pytest.mark.parametrize(("code", "digits", "expected"), CHOICES)
def test_the_charts_count_axes_are_labelled_in_the_languages_digits(qtbot, qapp, code, digits, expected):
    language.apply(qapp, language.Choice(code, digits))
    per_day = PerDayChart()
    qtbot.addWidget(per_day)
    per_day.set_days([DayCount(date(2026, 11, d), created=d * 3, picked_up=d) for d in range(20, 27)])
    ages = WaitingAgeChart()
    qtbot.addWidget(ages)
    ages.set_buckets([("under_1h", 2), ("1h_4h", 13), ("over_3d", 1)])
    for chart, top in ((per_day, 80), (ages, 16)):  # 26 × 3 = 78 → ticks of 20 up to 80; 13 → 4 up to 16
        labels = chart.value_labels()
        assert len(labels) == 5, labels
        assert all(written_in(label, DIGITS[expected]) for label in labels), labels
        assert language.to_latin_digits(labels[-1]) == str(top)
        assert language.to_latin_digits(labels[0]) == "0"
    # The days under the bars, too (they came through the formatter before).
    assert all(written_in(label, DIGITS[expected]) for label in per_day.categories())


@pytest.mark.parametrize(("code", "digits", "expected"), CHOICES)
def test_the_exports_count_and_progress_are_in_the_languages_digits(qtbot, qapp, tmp_path, code, digits, expected):
    language.apply(qapp, language.Choice(code, digits))
    pickups = [{"order_number": f"CL-{n}", "customer_name": "Amira Haddad", "status": "ready",
                "created_at": "2026-11-20T09:00:00Z"} for n in range(12)]
    target = tmp_path / "out.csv"
    dialog = ExportDialog(pickups, str(target), "12")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.finished_export, timeout=15_000):
        dialog.start()
    # "Saved %Ln pickup(s) to %1.": the count, not the path (its digits are the file system's own).
    message = dialog.message.text().replace(str(target), "")
    assert written_in(message, DIGITS[expected]), message
    assert language.to_latin_digits("".join(ANY_DIGIT.findall(message))) == "12"
    assert written_in(dialog.bar.text(), DIGITS[expected]), dialog.bar.text()
    assert language.to_latin_digits("".join(ANY_DIGIT.findall(dialog.bar.text()))) == "100"
