"""The pickups of a period as a CSV file a manager opens in Excel (no Qt; streamed row by row).

The file is UTF-8 with a byte-order mark (without it Excel reads UTF-8 as the local code page and
mangles names in Arabic, Hebrew, Persian or Cyrillic), comma-separated (or another `delimiter`: the screen
writes ";" where the language writes decimals with a comma, as Excel there expects), CRLF line ends, a header
row first. Times are written in the counter's local time (`zone`, None for the computer's) as
"2026-11-20 14:03": what the manager saw on the counter's screens, and a form Excel reads as a date
and time (an ISO "…T…Z" stays text there). A cell that starts with = + - @, a tab or a carriage
return gets a leading apostrophe, so a crafted customer name cannot run as a formula (CSV injection).

The words and forms of the cells (`CellWords`: status and ID-check words, times, counts) default to English
and 0-9; the screen passes the manager's language's.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable, Iterable, Mapping, Sequence, Sized
from dataclasses import dataclass, field
from datetime import tzinfo
from typing import IO, Any

from .deadlines import parse

HEADERS = ("Order number", "Customer", "Status", "Created", "Promised by", "Ready at", "Collect by",
           "Picked up at", "Shelf", "Items", "Hand-over ID check", "Cancel reason")
STATUS_WORDS = {"new": "New", "picking": "Picking", "ready": "Ready", "picked_up": "Picked up",
                "no_show": "No-show", "restocked": "Restocked", "cancelled": "Cancelled"}
ID_CHECK_WORDS = {"none": "None", "id_card": "ID card", "drivers_license": "Driver's license",
                  "passport": "Passport", "order_code_only": "Order code only"}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PROGRESS_EVERY = 200

Progress = Callable[[int, int | None], None]


def safe_cell(value: str) -> str:
    """The text as a spreadsheet shows it, never as a formula it would run."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def local_time(text: str | None, zone: tzinfo | None = None) -> str:
    moment = parse(text)
    if moment is None or moment.tzinfo is None:
        return text or ""  # not a time we can place: shown as it came rather than dropped
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class CellWords:
    """How the cells read: the status and ID-check words, a time (None: "2026-11-20 14:03" in `zone`), a count."""

    status: Mapping[str, str] = field(default_factory=lambda: STATUS_WORDS)
    id_check: Mapping[str, str] = field(default_factory=lambda: ID_CHECK_WORDS)
    time: Callable[[str | None], str] | None = None
    count: Callable[[int], str] = str
    times: str = " x "  # between a line's count and its product: "2 x Linen Shirt"


def items_text(lines: list[dict[str, Any]] | None, words: CellWords = CellWords()) -> str:
    return "; ".join(f"{words.count(int(line.get('quantity') or 0))}{words.times}"
                     f"{line.get('name') or line.get('sku') or ''}" for line in lines or [])


def row(pickup: dict[str, Any], zone: tzinfo | None = None, words: CellWords = CellWords()) -> list[str]:
    """One pickup's cells, in HEADERS order (before formula neutralising)."""
    handover = pickup.get("handover") or {}
    # What kind of ID was checked, never its digits: an exported file travels further than the cache.
    id_check = handover.get("id_check") or ""
    status = pickup.get("status") or ""

    def when(key: str) -> str:
        return words.time(pickup.get(key)) if words.time is not None else local_time(pickup.get(key), zone)

    return [
        pickup.get("order_number") or "",
        pickup.get("customer_name") or "",
        words.status.get(status, status),
        when("created_at"),
        when("promised_by"),
        when("ready_at"),
        when("pickup_by"),
        when("picked_up_at"),
        pickup.get("shelf_location") or "",
        items_text(pickup.get("lines"), words),
        words.id_check.get(id_check, id_check),
        pickup.get("cancel_reason") or "",
    ]


def _write(pickups: Iterable[dict[str, Any]], out: IO[str], total: int | None, progress: Progress | None,
           every: int, zone: tzinfo | None, headers: Sequence[str], words: CellWords, delimiter: str) -> int:
    writer = csv.writer(out, dialect="excel", delimiter=delimiter)  # excel: quotes as needed, CRLF
    out.write("\ufeff")
    writer.writerow([safe_cell(str(h)) for h in headers])
    done = 0
    for pickup in pickups:
        writer.writerow([safe_cell(cell) for cell in row(pickup, zone, words)])
        done += 1
        if progress is not None and done % every == 0:
            progress(done, total)
    if progress is not None and (done == 0 or done % every):
        progress(done, total)  # the last, partial stretch: the bar always ends at `done`
    return done


def pickups_csv(pickups: Iterable[dict[str, Any]], writer_target: str | os.PathLike[str] | IO[str] | IO[bytes], *,
                progress: Progress | None = None, every: int = PROGRESS_EVERY, zone: tzinfo | None = None,
                headers: Sequence[str] = HEADERS, words: CellWords = CellWords(), delimiter: str = ",") -> int:
    """Write `pickups` (any iterable: a generator keeps memory flat) as CSV; returns how many rows.

    `writer_target` is a path (created, or replaced only once the whole file is written), a text stream opened with
    `newline=""`, or a binary stream. `progress(done, total)` is called every `every` rows and once
    at the end; `total` is len(pickups) when it has one, else None. `headers` lets the screen pass
    translated column names (in HEADERS order), `words` the cells' words and forms, `delimiter` the separator.
    """
    if delimiter not in (",", ";", "\t"):
        raise ValueError("the delimiter is a comma, a semicolon or a tab")
    if every < 1:
        raise ValueError("every must be at least 1")
    if len(headers) != len(HEADERS):
        raise ValueError(f"expected {len(HEADERS)} column names")
    total = len(pickups) if isinstance(pickups, Sized) else None
    if isinstance(writer_target, str | os.PathLike):
        # Written beside the target and moved over it at the end: a failed export never leaves half a
        # file in place of the one the manager had.
        path = os.fspath(writer_target)
        partial = f"{path}.partial"
        try:
            with open(partial, "w", encoding="utf-8", newline="") as out:
                count = _write(pickups, out, total, progress, every, zone, headers, words, delimiter)
            os.replace(partial, path)
        finally:
            if os.path.exists(partial):
                os.remove(partial)
        return count
    if isinstance(writer_target, io.RawIOBase | io.BufferedIOBase):
        out = io.TextIOWrapper(writer_target, encoding="utf-8", newline="", write_through=True)
        try:
            return _write(pickups, out, total, progress, every, zone, headers, words, delimiter)
        finally:
            out.flush()
            out.detach()  # the caller's stream stays open
    return _write(pickups, writer_target, total, progress, every, zone, headers,  # type: ignore[arg-type]
                  words, delimiter)
