"""The dashboard's CSV export: the period's pickups (created in it) written off the GUI thread with a progress bar
to 100 %, the file equal to the server's pickups of the period, and Cancel leaving no file behind."""

from __future__ import annotations

import csv
import time
from datetime import UTC, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from sqlalchemy import select

from central_api import db
from clerk_app.ui.manager.dashboard import DashboardPage
from clerk_app.ui.manager.export import ExportDialog
from tests.helpers.gui import sign_in, wait_online_and_synced


def iso(moment):
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def read_csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_export_writes_the_periods_pickups_with_the_bar_at_100_percent(qtbot, live_api, clerk, tmp_path):
    wait_online_and_synced(qtbot, clerk)
    sign_in(clerk, live_api.store(0)["manager"])
    page = DashboardPage(clerk)
    qtbot.addWidget(page)
    page.show()
    page.set_period("30d")
    period = page.period
    target = tmp_path / "meeting.csv"
    suggested = []
    page.choose_path = lambda name: suggested.append(name) or str(target)

    page.export_button.click()
    dialog = page.export_dialog
    assert isinstance(dialog, ExportDialog)
    with qtbot.waitSignal(dialog.finished_export, timeout=15_000) as finished:
        pass
    assert finished.args == [True]

    # The suggested name: in Documents, naming the store and the period's first and last days.
    first, last_day = period.start.astimezone().date(), period.end.astimezone().date() - timedelta(days=1)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert suggested == [str(Path(documents) / f"pickups-clerk-downtown-{first.isoformat()}-{last_day.isoformat()}.csv")]

    # The file holds exactly the store's pickups created in the period, as the server has them.
    with live_api.database.read() as conn:
        server = conn.execute(select(db.pickups.c.data).where(
            db.pickups.c.store_id == live_api.store(0)["id"], db.pickups.c.created_at >= iso(period.start),
            db.pickups.c.created_at < iso(period.end)).order_by(db.pickups.c.created_at, db.pickups.c.id)).scalars().all()
    expected = [db.loads(data)["order_number"] for data in server]
    rows = read_csv(target)
    assert rows[0][:3] == ["Order number", "Customer", "Status"]
    assert [row[0] for row in rows[1:]] == expected and len(expected) == page.figures.pickups_created > 10
    assert not (tmp_path / "meeting.csv.partial").exists()

    assert dialog.bar.value() == dialog.bar.maximum() == len(expected)
    # "pickup(s)" until the English plural forms are built into the .qm the app loads (tests do not load it).
    assert dialog.message.text().startswith(f"Saved {len(expected)} pickup")
    assert dialog.message.text().endswith(f" to {target}.")
    assert dialog.open_folder_button.isVisible() and not dialog.cancel_button.isVisible()
    opened = []
    dialog.open_url = opened.append
    dialog.open_folder_button.click()
    assert [url.toLocalFile() for url in opened] == [str(tmp_path)]


class HeldRows:
    """A long list of pickups that, past its first stretch, waits until the export is being cancelled: the
    worker cannot finish before the Cancel pressed on the first progress report reaches it."""

    def __init__(self, pickup: dict, count: int, dialog_ref: list) -> None:
        self.pickup, self.count, self.dialog_ref = pickup, count, dialog_ref

    def __len__(self) -> int:
        return self.count

    def __iter__(self):
        for index in range(self.count):
            if index == 250:
                deadline = time.monotonic() + 10
                while not self.dialog_ref[0].cancelling and time.monotonic() < deadline:
                    time.sleep(0.005)
            yield {**self.pickup, "order_number": f"CL-{index:08d}"}


def test_cancel_stops_the_export_and_leaves_no_file(qtbot, tmp_path):
    pickup = {"order_number": "CL-1", "customer_name": "Amira Haddad", "status": "ready",
              "created_at": "2026-11-20T09:00:00Z", "lines": [{"sku": "A", "name": "Lamp", "quantity": 1}]}
    ref: list = [None]
    target = tmp_path / "big.csv"
    dialog = ExportDialog(HeldRows(pickup, 5000, ref), str(target), "5000 pickups")
    ref[0] = dialog
    qtbot.addWidget(dialog)
    dialog.show()
    reports = []
    # Cancel as soon as the first progress report arrives (200 rows written, the file half done).
    dialog.progressed.connect(lambda done, total: (reports.append((done, total)), dialog.cancel()))
    with qtbot.waitSignal(dialog.finished_export, timeout=15_000) as finished:
        dialog.start()
    assert finished.args == [False]
    assert reports[0] == (200, 5000)
    assert 0 < dialog.bar.value() < dialog.bar.maximum() == 5000
    assert dialog.message.text() == "Export cancelled. No file was saved."
    assert list(tmp_path.iterdir()) == []  # neither the file nor its side file
    assert not dialog.open_folder_button.isVisible() and dialog.close_button.isVisible()


def test_cancel_keeps_the_file_that_was_there(qtbot, tmp_path):
    pickup = {"order_number": "CL-1", "customer_name": "Jesse Martin", "status": "new", "created_at": "2026-11-20T09:00:00Z"}
    target = tmp_path / "pickups.csv"
    target.write_text("last week's export\n", encoding="utf-8")
    ref: list = [None]
    dialog = ExportDialog(HeldRows(pickup, 1000, ref), str(target), "1000 pickups")
    ref[0] = dialog
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.progressed.connect(lambda *_: dialog.reject())  # Esc / the window's ✕ while writing also cancels
    with qtbot.waitSignal(dialog.finished_export, timeout=15_000) as finished:
        dialog.start()
    assert finished.args == [False] and dialog.isVisible()
    assert target.read_text(encoding="utf-8") == "last week's export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pickups.csv"]


LOCALISED = {  # language: status "ready", "picked_up", the ID check "passport", the header "Status", delimiter
    "ar": ("جاهز", "تم الاستلام", "جواز السفر", "الحالة", ","),
    "fa": ("آماده", "دریافت‌شده", "گذرنامه", "وضعیت", ","),
    "he": ("מוכנה", "נאספה", "דרכון", "סטטוס", ","),
    "ru": ("Готов", "Выдан", "Паспорт", "Статус", ";"),
}


def _local_clock(text: str) -> str:
    from datetime import datetime

    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone().strftime("%H:%M")


@pytest.mark.parametrize(("code", "digits", "created", "count"), [
    ("ar", "", "٢٠٢٥/٠٣/٢١ {}", "٢"), ("fa", "", "۱۴۰۴/۰۱/۰۱ {}", "۲"), ("he", "", "2025-03-21 {}", "2"),
    ("ru", "", "2025-03-21 {}", "2"), ("fa", "latin", "1404/01/01 {}", "2"), ("ar", "latin", "2025-03-21 {}", "2")])
def test_the_csv_reads_back_in_the_managers_language_digits_and_calendar(qtbot, qapp, tmp_path, code, digits,
                                                                          created, count):
    from clerk_app.ui.common import language

    language.apply(qapp, language.Choice(code, digits))
    ready, picked_up, passport, status_header, delimiter = LOCALISED[code]
    at = "2025-03-21T12:00:00Z"  # 1 Farvardin 1404 in the Solar Hijri calendar
    pickups = [{"order_number": "CL-1", "customer_name": "مهسا معروف", "status": "ready", "created_at": at,
                "lines": [{"sku": "A", "name": "Lamp", "quantity": 2}]},
               {"order_number": "CL-2", "customer_name": "Фёдор Иванов", "status": "picked_up", "created_at": at,
                "handover": {"id_check": "passport", "id_last4": "4321"}}]
    target = tmp_path / "pickups.csv"
    dialog = ExportDialog(pickups, str(target), "2")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.finished_export, timeout=15_000) as finished:
        dialog.start()
    assert finished.args == [True]
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"4321" not in data
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=delimiter))
    assert all(len(row) == 12 for row in rows), rows  # the delimiter the file was written with
    assert rows[0] == dialog.headers() and rows[0][2] == status_header
    first, second = rows[1], rows[2]
    assert [first[2], second[2]] == [ready, picked_up]
    assert second[10] == passport
    clock = _local_clock(at)  # the counter's own zone, as on its screens
    if count != "2":
        clock = _native(clock, count)
    assert first[3] == second[3] == created.format(clock)
    assert first[9] == f"{count} × Lamp"
    assert [first[1], second[1]] == ["مهسا معروف", "Фёдор Иванов"]


def _native(text: str, digit: str) -> str:
    """0-9 in `digit`'s script (Persian or Arabic-Indic)."""
    zero = "۰" if "۰" <= digit <= "۹" else "٠"
    return text.translate({ord("0") + i: ord(zero) + i for i in range(10)})
