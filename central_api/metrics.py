"""The manager's pickup figures for a store and period.

Counts and durations are over the pickups *created* in [from, to) (a cohort, so every figure
describes the same orders); `open_by_status` is the store's queue right now. The desktop app
computes the same figures from its cache (clerk_app/domain) and must agree with this.
"""

from __future__ import annotations

import statistics
from collections import Counter
from typing import Any

from sqlalchemy import Connection, func, select

from . import db
from .security import parse_iso

OPEN = ("new", "picking", "ready", "no_show")


def _minutes(start: str, end: str) -> float:
    return (parse_iso(end) - parse_iso(start)).total_seconds() / 60


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 1) if values else None


def compute(pickups: list[dict[str, Any]], open_now: Counter) -> dict[str, Any]:
    to_ready = [_minutes(p["created_at"], p["ready_at"]) for p in pickups if p.get("ready_at")]
    on_time = [p["ready_at"] <= p["promised_by"] for p in pickups if p.get("ready_at")]
    waited = [_minutes(p["ready_at"], p["picked_up_at"]) for p in pickups if p.get("ready_at") and p.get("picked_up_at")]
    statuses = Counter(p["status"] for p in pickups)
    return {
        "pickups_created": len(pickups),
        "picked_up": statuses["picked_up"],
        "no_shows": statuses["no_show"] + statuses["restocked"],
        "cancelled": statuses["cancelled"],
        "median_minutes_to_ready": _median(to_ready),
        "ready_on_time_ratio": round(sum(on_time) / len(on_time), 4) if on_time else None,
        "median_minutes_ready_to_collected": _median(waited),
        "open_by_status": {status: open_now.get(status, 0) for status in OPEN},
    }


def store_metrics(conn: Connection, store_id: str, start: str, end: str) -> dict[str, Any]:
    cohort = [
        db.loads(text)
        for text in conn.execute(
            select(db.pickups.c.data).where(
                db.pickups.c.store_id == store_id, db.pickups.c.created_at >= start, db.pickups.c.created_at < end
            )
        ).scalars()
    ]
    open_now = Counter(dict(conn.execute(
        select(db.pickups.c.status, func.count()).where(db.pickups.c.store_id == store_id, db.pickups.c.status.in_(OPEN))
        .group_by(db.pickups.c.status)
    ).all()))
    return {"store_id": store_id, "from": start, "to": end, **compute(cohort, open_now)}
