"""The pickup queue's time-dependent tabs (overdue, past collect-by, done today) and every tab's count, as
indexed queries: the queue screen shows counts on its tabs and pages its rows without reading whole tables."""

from __future__ import annotations

from typing import Any

from .connection import Connection
from .entities import SHOWN, shown

_CLOSED = "('picked_up', 'no_show', 'restocked', 'cancelled')"
# When a closed pickup closed: its hand-over time if collected, else its last change (the cancel, the no-show).
_CLOSED_AT = ("coalesce(CASE WHEN status = 'picked_up' THEN json_extract(coalesce(local_data, data), '$.picked_up_at') END, "
              "json_extract(coalesce(local_data, data), '$.updated_at'))")

_PAGES = {
    "overdue": ("SELECT {cols} FROM pickups WHERE status IN ('new', 'picking') AND promised_by < :now "
                "ORDER BY promised_by, id LIMIT :limit OFFSET :offset"),
    "past_collect_by": ("SELECT {cols} FROM pickups WHERE status = 'ready' AND pickup_by < :now "
                        "ORDER BY pickup_by, id LIMIT :limit OFFSET :offset"),
    "done_today": (f"SELECT {{cols}} FROM pickups WHERE status IN {_CLOSED} AND {_CLOSED_AT} >= :day_start "
                   f"AND {_CLOSED_AT} < :day_end ORDER BY {_CLOSED_AT} DESC, id LIMIT :limit OFFSET :offset"),
}
TIMED_TABS = tuple(_PAGES)


def page(conn: Connection, tab: str, now: str, day_start: str, day_end: str, limit: int, offset: int) -> list[dict[str, Any]]:
    """A page of one time-dependent tab; times are RFC 3339 UTC text (`day_*` bound the counter's today)."""
    sql = _PAGES[tab].format(cols=SHOWN)
    params = {"now": now, "day_start": day_start, "day_end": day_end, "limit": limit, "offset": offset}
    return [shown(*row) for row in conn.execute(sql, params)]


def counts(conn: Connection, now: str, day_start: str, day_end: str) -> dict[str, int]:
    """How many pickups each tab lists: new, picking, ready, overdue, past_collect_by, done_today."""
    row = conn.execute(
        "SELECT "
        "sum(status = 'new'), sum(status = 'picking'), sum(status = 'ready'), "
        "sum(status IN ('new', 'picking') AND promised_by < :now), "
        "sum(status = 'ready' AND pickup_by < :now), "
        # CASE, not AND: only closed pickups have their JSON read (AND evaluates both sides): half the time.
        f"sum(CASE WHEN status IN {_CLOSED} THEN {_CLOSED_AT} >= :day_start AND {_CLOSED_AT} < :day_end ELSE 0 END) "
        "FROM pickups",
        {"now": now, "day_start": day_start, "day_end": day_end},
    ).fetchone()
    names = ("new", "picking", "ready", "overdue", "past_collect_by", "done_today")
    return {name: int(value or 0) for name, value in zip(names, row, strict=True)}
