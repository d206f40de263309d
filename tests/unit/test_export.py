"""The pickups CSV export: read back with csv.reader, BOM, formula cells neutralised, progress, streaming."""

from __future__ import annotations

import csv
import io
from datetime import UTC, timedelta, timezone

import pytest

from clerk_app.domain.export import HEADERS, pickups_csv


def pickup(n: int, **changes) -> dict:
    base = {
        "id": f"pk_{n}", "order_number": f"W{100000 + n}", "customer_name": f"Customer {n}", "status": "picked_up",
        "created_at": "2026-11-20T09:03:00Z", "promised_by": "2026-11-20T13:03:00Z", "ready_at": "2026-11-20T10:15:00Z",
        "pickup_by": "2026-11-23T10:15:00Z", "picked_up_at": "2026-11-20T17:45:00Z", "shelf_location": "B-04",
        "lines": [{"sku": "SKU-1", "name": "Linen Shirt", "quantity": 2}, {"sku": "SKU-2", "name": "Oak Mug", "quantity": 1}],
        "handover": {"collected_by": "customer", "id_check": "drivers_license", "id_last4": "4321", "staff_id": "sf_a",
                     "at": "2026-11-20T17:45:00Z"},
        "cancel_reason": None,
    }
    return {**base, **changes}


def read_back(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def export_bytes(pickups, **options) -> bytes:
    out = io.BytesIO()
    pickups_csv(pickups, out, **options)
    return out.getvalue()


def test_a_pickup_reads_back_as_the_columns_a_manager_expects():
    data = export_bytes([pickup(1)], zone=UTC)
    rows = read_back(data)
    assert rows[0] == list(HEADERS)
    assert rows[0] == ["Order number", "Customer", "Status", "Created", "Promised by", "Ready at", "Collect by",
                       "Picked up at", "Shelf", "Items", "Hand-over ID check", "Cancel reason"]
    assert rows[1] == ["W100001", "Customer 1", "Picked up", "2026-11-20 09:03", "2026-11-20 13:03", "2026-11-20 10:15",
                       "2026-11-23 10:15", "2026-11-20 17:45", "B-04", "2 x Linen Shirt; 1 x Oak Mug",
                       "Driver's license", ""]
    assert len(rows) == 2
    # The ID's digits never leave the cache in an export.
    assert b"4321" not in data


def test_the_file_starts_with_a_bom_and_keeps_every_script():
    names = ["محمد رضایی", "Фёдор Иванов", "שרה כהן", "Zoë Müller"]
    data = export_bytes([pickup(i, customer_name=name) for i, name in enumerate(names)])
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\xef\xbb\xbf") == 1
    assert [row[1] for row in read_back(data)[1:]] == names
    assert b"\r\n" in data  # Excel's line ends


def test_times_are_written_in_the_counters_zone():
    rows = read_back(export_bytes([pickup(1)], zone=timezone(timedelta(hours=2))))
    assert rows[1][3] == "2026-11-20 11:03"
    assert rows[1][7] == "2026-11-20 19:45"


def test_an_open_or_cancelled_pickup_leaves_its_missing_cells_empty():
    open_one = pickup(2, status="new", ready_at=None, pickup_by=None, picked_up_at=None, shelf_location=None,
                      handover=None)
    cancelled = pickup(3, status="cancelled", ready_at=None, pickup_by=None, picked_up_at=None, handover=None,
                       cancel_reason='Customer said "no, thanks", twice\nthen left')
    rows = read_back(export_bytes([open_one, cancelled], zone=UTC))
    assert rows[1][2] == "New"
    assert rows[1][5:9] == ["", "", "", ""]
    assert rows[1][10] == ""
    # Quotes, commas and a line break inside a cell survive the round trip.
    assert rows[2][2] == "Cancelled"
    assert rows[2][11] == 'Customer said "no, thanks", twice\nthen left'


@pytest.mark.parametrize("text", ["=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1:A2)", "\tcmd", "\r=1"])
def test_a_cell_that_a_spreadsheet_would_run_gets_a_leading_apostrophe(text):
    rows = read_back(export_bytes([pickup(1, customer_name=text, cancel_reason=text, shelf_location=text)]))
    assert rows[1][1] == "'" + text
    assert rows[1][8] == "'" + text
    assert rows[1][11] == "'" + text


def test_harmless_text_is_left_as_it_is():
    rows = read_back(export_bytes([pickup(1, customer_name="O'Brien - Smith", cancel_reason="a=b")]))
    assert rows[1][1] == "O'Brien - Smith"
    assert rows[1][11] == "a=b"


def test_progress_is_reported_every_n_rows_and_at_the_end():
    calls: list[tuple[int, int | None]] = []
    assert pickups_csv([pickup(i) for i in range(5)], io.StringIO(), progress=lambda d, t: calls.append((d, t)),
                       every=2) == 5
    assert calls == [(2, 5), (4, 5), (5, 5)]

    calls.clear()
    pickups_csv([pickup(i) for i in range(4)], io.StringIO(), progress=lambda d, t: calls.append((d, t)), every=2)
    assert calls == [(2, 4), (4, 4)]  # no second report of the same end

    calls.clear()
    pickups_csv((pickup(i) for i in range(3)), io.StringIO(), progress=lambda d, t: calls.append((d, t)), every=2)
    assert calls == [(2, None), (3, None)]  # a generator has no length to report

    calls.clear()
    assert pickups_csv([], io.StringIO(), progress=lambda d, t: calls.append((d, t))) == 0
    assert calls == [(0, 0)]


def test_rows_are_written_as_they_come_not_gathered_first():
    out = io.StringIO()

    def pickups():
        for n in range(1, 4):
            if n > 1:
                # The previous pickup's row is already in the file while this one is still being read.
                assert f"W{100000 + n - 1}" in out.getvalue()
            yield pickup(n)

    assert pickups_csv(pickups(), out) == 3
    assert out.getvalue().startswith("\ufeffOrder number,")


def test_a_path_gets_the_whole_file_and_a_failed_export_keeps_the_old_one(tmp_path):
    target = tmp_path / "pickups.csv"
    assert pickups_csv([pickup(1), pickup(2)], target, zone=UTC) == 2
    first = target.read_bytes()
    assert first.startswith(b"\xef\xbb\xbf")
    assert len(read_back(first)) == 3

    def failing():
        yield pickup(3)
        raise RuntimeError("the cache went away")

    with pytest.raises(RuntimeError):
        pickups_csv(failing(), target)
    assert target.read_bytes() == first
    assert [p.name for p in tmp_path.iterdir()] == ["pickups.csv"]


def test_a_binary_stream_is_left_open_for_its_owner():
    out = io.BytesIO()
    pickups_csv([pickup(1)], out)
    assert not out.closed
    out.write(b"more")  # still usable


def test_translated_headers_replace_the_english_ones_but_must_match_in_number():
    names = [f"Spalte {i}" for i in range(len(HEADERS))]
    assert read_back(export_bytes([], headers=names)) == [names]
    with pytest.raises(ValueError):
        export_bytes([], headers=names[:-1])
    with pytest.raises(ValueError):
        export_bytes([], every=0)
