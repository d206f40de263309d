"""Pickup deadlines at a moment `now`: which queue a pickup belongs in, and the time left or overdue (pure)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

OPEN = ("new", "picking")
CLOSED = ("picked_up", "no_show", "restocked", "cancelled")
# The queue's tabs, in the order the counter sees them.
TABS = ("new", "picking", "ready", "overdue", "past_collect_by", "done_today")


def parse(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Deadline:
    """The deadline that matters now: "ready_by" while new or picking, "collect_by" while ready."""

    kind: str
    due: datetime
    seconds_left: int  # negative once it has passed

    @property
    def overdue(self) -> bool:
        return self.seconds_left < 0


def deadline(pickup: dict[str, Any], now: datetime) -> Deadline | None:
    """None for a closed pickup, or one without the deadline its state needs."""
    status = pickup.get("status")
    if status in OPEN:
        kind, due = "ready_by", parse(pickup.get("promised_by"))
    elif status == "ready":
        kind, due = "collect_by", parse(pickup.get("pickup_by"))
    else:
        return None
    if due is None:
        return None
    return Deadline(kind, due, int((due - now).total_seconds()))


def is_overdue(pickup: dict[str, Any], now: datetime) -> bool:
    """Not ready yet and past its ready-by time."""
    found = deadline(pickup, now)
    return found is not None and found.kind == "ready_by" and found.overdue


def is_past_collect_by(pickup: dict[str, Any], now: datetime) -> bool:
    """Ready, and the customer has not come by the collect-by time (a no-show candidate)."""
    found = deadline(pickup, now)
    return found is not None and found.kind == "collect_by" and found.overdue


def closed_at(pickup: dict[str, Any]) -> datetime | None:
    """When a closed pickup reached its final state (None while open)."""
    if pickup.get("status") not in CLOSED:
        return None
    return parse(pickup.get("picked_up_at") if pickup["status"] == "picked_up" else None) or parse(pickup.get("updated_at"))


def start_of_day(now: datetime, zone: tzinfo | None = None) -> datetime:
    """Midnight of `now`'s day in `zone` (the counter's local time when None), as an aware datetime."""
    local = now.astimezone(zone)
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


def is_done_today(pickup: dict[str, Any], now: datetime, zone: tzinfo | None = None) -> bool:
    moment = closed_at(pickup)
    if moment is None:
        return False
    start = start_of_day(now, zone)
    return start <= moment < start + timedelta(days=1)


def bucket(pickup: dict[str, Any], now: datetime, zone: tzinfo | None = None) -> str | None:
    """The one tab that best shows a pickup now: its most urgent one ("overdue" before "new"); None if
    it is closed before today (it is only found by search then)."""
    status = pickup.get("status")
    if status in OPEN:
        return "overdue" if is_overdue(pickup, now) else status
    if status == "ready":
        return "past_collect_by" if is_past_collect_by(pickup, now) else "ready"
    return "done_today" if is_done_today(pickup, now, zone) else None


def tabs(pickup: dict[str, Any], now: datetime, zone: tzinfo | None = None) -> set[str]:
    """Every tab listing the pickup: the status tabs list all of their status, overdue ones included."""
    found = set()
    status = pickup.get("status")
    if status in ("new", "picking", "ready"):
        found.add(status)
    chosen = bucket(pickup, now, zone)
    if chosen:
        found.add(chosen)
    return found
