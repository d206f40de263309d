"""The manager's dashboard figures, computed from cached pickups (pure: no I/O, no Qt).

The fields the server's `GET /v1/stores/{id}/metrics` returns follow central_api/metrics.py exactly
(docs/api-notes.md "Metrics"): counts, medians and the on-time ratio are over the pickups *created* in
[start, end) — one cohort — counted by their status now; the medians are in minutes rounded to 0.1,
the ratio to 4 places; `open_by_status` is the whole queue now. Bounds are taken to the whole second
below, as the server does when it writes them as RFC 3339 text.

Figures the server does not return are defined here:
- `no_show_rate`: no-shows (no_show or restocked) among the cohort's pickups that reached an outcome
  with the customer (picked up or no-show), rounded to 4 places; None when none did. Cancelled and
  still-open pickups have no such outcome, so they would only dilute the rate.
- `overdue_now`: new or picking, and `promised_by` has passed (the queue's "overdue" tab).
- `ready_waiting`: ready, not yet collected.
- `picked_up_today`: pickups collected (`picked_up_at`) during the counter's local day of `now`, the
  same "today" as the queue's "done today" tab and as `period_bounds("today", ...)`.

Days are local days: `zone` is a tzinfo, or None for the computer's local time (what the counter's
clerks live in). Every function takes aware datetimes and API pickup dicts, and skips a pickup whose
needed times are missing or unreadable rather than failing the whole dashboard.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any, NamedTuple

from .deadlines import parse

# The statuses the server's `open_by_status` counts, in its order.
OPEN_BY_STATUS = ("new", "picking", "ready", "no_show")
# Waiting for the store (ready-by clock) and waiting for the customer (collect-by clock).
NOT_READY = ("new", "picking")
WAITING = ("new", "picking", "ready")
PERIODS = ("today", "7d", "30d", "custom")
CLOSED_KEPT_DAYS = 30  # API.md "Pull": closed pickups stay in a store's scope for 30 days
# Age buckets of what is waiting: (key, upper bound in hours, exclusive); the last has no bound.
AGE_BUCKETS: tuple[tuple[str, float | None], ...] = (
    ("under_1h", 1), ("1h_4h", 4), ("4h_24h", 24), ("1d_3d", 72), ("over_3d", None),
)

Pickup = dict[str, Any]
_NEVER = datetime.max.replace(tzinfo=UTC)  # sorts a pickup with no date last


@dataclass(frozen=True)
class StoreFigures:
    pickups_created: int
    picked_up: int
    no_shows: int
    cancelled: int
    median_minutes_to_ready: float | None
    ready_on_time_ratio: float | None
    median_minutes_ready_to_collected: float | None
    open_by_status: dict[str, int] = field(default_factory=dict)
    no_show_rate: float | None = None
    overdue_now: int = 0
    ready_waiting: int = 0
    picked_up_today: int = 0

    # The keys of the server's /metrics reply that these figures answer (store_id, from, to aside).
    SERVER_FIELDS = ("pickups_created", "picked_up", "no_shows", "cancelled", "median_minutes_to_ready",
                     "ready_on_time_ratio", "median_minutes_ready_to_collected", "open_by_status")

    def server_fields(self) -> dict[str, Any]:
        """The figures the server's /metrics also returns, under its names."""
        return {name: getattr(self, name) for name in self.SERVER_FIELDS}


class Period(NamedTuple):
    kind: str
    start: datetime  # inclusive
    end: datetime  # exclusive


class DayCount(NamedTuple):
    day: date
    created: int
    picked_up: int


@dataclass(frozen=True)
class Reminder:
    pickup: Pickup
    ready_at: datetime
    waited_hours: float
    last_reminder_at: datetime | None  # None: no reminder sent yet (the "ready" notice is not one)
    reminders_sent: int


# --- helpers ---------------------------------------------------------------------------------------

def _aware(moment: datetime, name: str) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must carry a time zone")
    return moment


def _whole_second(moment: datetime) -> datetime:
    return moment.replace(microsecond=0)


def _time(pickup: Pickup, key: str) -> datetime | None:
    value = pickup.get(key)
    moment = parse(value) if isinstance(value, str) else None
    # A time without a zone cannot be placed (the API always writes one): treated as missing.
    return moment if moment is not None and moment.tzinfo is not None else None


def _minutes(start: datetime, end: datetime) -> float:
    return (end - start).total_seconds() / 60


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 1) if values else None


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def local_midnight(day: date, zone: tzinfo | None = None) -> datetime:
    """The start of `day` in `zone` (None: the computer's local time), in UTC.

    In UTC because Python subtracts and compares two datetimes of the same zone by their wall
    clocks: Berlin's 26 Oct midnight minus its 25 Oct midnight would say 24 hours, not 25.
    """
    if zone is None:
        return datetime(day.year, day.month, day.day).astimezone().astimezone(UTC)
    return datetime(day.year, day.month, day.day, tzinfo=zone).astimezone(UTC)


def local_day(moment: datetime, zone: tzinfo | None = None) -> date:
    return moment.astimezone(zone).date()


def today_bounds(now: datetime, zone: tzinfo | None = None) -> tuple[datetime, datetime]:
    """[midnight, next midnight) of `now`'s local day (23 or 25 hours on a clock-change day)."""
    day = local_day(_aware(now, "now"), zone)
    return local_midnight(day, zone), local_midnight(day + timedelta(days=1), zone)


# --- the period selector ---------------------------------------------------------------------------

def period_bounds(kind: str, now: datetime, custom: tuple[date, date] | None = None,
                  zone: tzinfo | None = None) -> Period:
    """[start, end) of a dashboard period, in whole local days ending with today's.

    "today" is today; "7d" and "30d" are today and the 6 or 29 days before it; "custom" is
    `custom=(first_day, last_day)`, both days included. Each bound is a local midnight (given in
    UTC), so the daily chart has whole days and a clock change makes a day 23 or 25 hours long.
    """
    today = local_day(_aware(now, "now"), zone)
    if kind == "custom":
        if custom is None:
            raise ValueError("a custom period needs (first_day, last_day)")
        first, last = custom
        if last < first:
            raise ValueError("a custom period's last day is before its first")
    elif custom is not None:
        raise ValueError(f"only a custom period takes days, not {kind!r}")
    elif kind == "today":
        first = last = today
    elif kind == "7d":
        first, last = today - timedelta(days=6), today
    elif kind == "30d":
        first, last = today - timedelta(days=29), today
    else:
        raise ValueError(f"unknown period {kind!r}; expected one of {PERIODS}")
    return Period(kind, local_midnight(first, zone), local_midnight(last + timedelta(days=1), zone))


def in_cache(start: datetime, now: datetime) -> bool:
    """Whether the cache can hold every pickup of a period starting at `start`: a closed pickup leaves
    the store's feed (and so the cache) 30 days after it closed, and a cohort member closed no earlier
    than it was created. An older period's figures can miss closed pickups: the screen should say so."""
    return _aware(start, "start") >= _aware(now, "now") - timedelta(days=CLOSED_KEPT_DAYS)


# --- the figures -----------------------------------------------------------------------------------

def cohort(pickups: Iterable[Pickup], start: datetime, end: datetime) -> list[Pickup]:
    """The pickups created in [start, end) (bounds to the whole second below, as the server takes them)."""
    low, high = _whole_second(_aware(start, "start")), _whole_second(_aware(end, "end"))
    found = []
    for pickup in pickups:
        created = _time(pickup, "created_at")
        if created is not None and low <= created < high:
            found.append(pickup)
    return found


def store_figures(pickups: Iterable[Pickup], start: datetime, end: datetime, now: datetime,
                  zone: tzinfo | None = None) -> StoreFigures:
    """Every dashboard figure for [start, end) at `now`.

    `pickups` must hold the cohort (created in the period) and every open pickup (the queue
    figures); `picked_up_today` also needs today's collected ones: Cache.dashboard_pickups gives all three.
    """
    _aware(now, "now")
    pickups = list(pickups)
    members = cohort(pickups, start, end)

    to_ready: list[float] = []
    on_time: list[bool] = []
    waited: list[float] = []
    for pickup in members:
        created, ready = _time(pickup, "created_at"), _time(pickup, "ready_at")
        if created is None or ready is None:
            continue
        to_ready.append(_minutes(created, ready))
        promised = _time(pickup, "promised_by")
        on_time.append(promised is not None and ready <= promised)
        collected = _time(pickup, "picked_up_at")
        if collected is not None:
            waited.append(_minutes(ready, collected))

    statuses = Counter(p.get("status") for p in members)
    no_shows = statuses["no_show"] + statuses["restocked"]

    queue = Counter(p.get("status") for p in pickups)
    day_start, day_end = today_bounds(now, zone)
    picked_up_today = 0
    for pickup in pickups:
        collected = _time(pickup, "picked_up_at")
        if pickup.get("status") == "picked_up" and collected is not None and day_start <= collected < day_end:
            picked_up_today += 1

    return StoreFigures(
        pickups_created=len(members),
        picked_up=statuses["picked_up"],
        no_shows=no_shows,
        cancelled=statuses["cancelled"],
        median_minutes_to_ready=_median(to_ready),
        ready_on_time_ratio=_ratio(sum(on_time), len(on_time)),
        median_minutes_ready_to_collected=_median(waited),
        open_by_status={status: queue[status] for status in OPEN_BY_STATUS},
        no_show_rate=_ratio(no_shows, no_shows + statuses["picked_up"]),
        overdue_now=len(overdue(pickups, now)),
        ready_waiting=queue["ready"],
        picked_up_today=picked_up_today,
    )


def pickups_per_day(pickups: Iterable[Pickup], start: datetime, end: datetime,
                    zone: tzinfo | None = None) -> list[DayCount]:
    """For each local day touching [start, end), oldest first and none left out: pickups created that
    day and pickups collected that day (both within [start, end))."""
    start, end = _aware(start, "start"), _aware(end, "end")
    if end <= start:
        return []
    first = local_day(start, zone)
    last = local_day(end - timedelta(microseconds=1), zone)
    created: Counter[date] = Counter()
    collected: Counter[date] = Counter()
    for pickup in pickups:
        moment = _time(pickup, "created_at")
        if moment is not None and start <= moment < end:
            created[local_day(moment, zone)] += 1
        moment = _time(pickup, "picked_up_at")
        if pickup.get("status") == "picked_up" and moment is not None and start <= moment < end:
            collected[local_day(moment, zone)] += 1
    days = []
    day = first
    while day <= last:
        days.append(DayCount(day, created[day], collected[day]))
        day += timedelta(days=1)
    return days


def waiting_since(pickup: Pickup) -> datetime | None:
    """When a waiting pickup started its current wait: ready ones since `ready_at`, the others since
    `created_at`; None for a pickup that is not waiting."""
    status = pickup.get("status")
    if status == "ready":
        return _time(pickup, "ready_at") or _time(pickup, "created_at")
    if status in NOT_READY:
        return _time(pickup, "created_at")
    return None


def age_bucket(hours: float) -> str:
    for key, bound in AGE_BUCKETS:
        if bound is None or hours < bound:
            return key
    raise AssertionError("the last bucket has no bound")


def waiting_age_buckets(pickups: Iterable[Pickup], now: datetime,
                        statuses: tuple[str, ...] = WAITING) -> list[tuple[str, int]]:
    """How long what is waiting has waited: [(bucket key, count)] in AGE_BUCKETS order, every bucket listed.

    A ready pickup's age counts from `ready_at` (waiting for the customer), a new or picking one's
    from `created_at` (waiting for the store). A time in the future (a skewed clock) counts as under 1 h.
    `statuses` narrows it to, say, ("ready",).
    """
    _aware(now, "now")
    counts = Counter()
    for pickup in pickups:
        if pickup.get("status") not in statuses:
            continue
        since = waiting_since(pickup)
        if since is None:
            continue
        counts[age_bucket((now - since).total_seconds() / 3600)] += 1
    return [(key, counts[key]) for key, _ in AGE_BUCKETS]


def overdue(pickups: Iterable[Pickup], now: datetime) -> list[Pickup]:
    """New or picking pickups past `promised_by`, most overdue first (as Cache.overdue_pickups)."""
    _aware(now, "now")
    found = [(due, p) for p in pickups if p.get("status") in NOT_READY
             and (due := _time(p, "promised_by")) is not None and due < now]
    return [p for _, p in sorted(found, key=lambda item: (item[0], str(item[1].get("id"))))]


def past_collect_by(pickups: Iterable[Pickup], now: datetime) -> list[Pickup]:
    """Ready pickups past `pickup_by` (no-show candidates), oldest deadline first (as Cache.past_collect_by)."""
    _aware(now, "now")
    found = [(due, p) for p in pickups if p.get("status") == "ready"
             and (due := _time(p, "pickup_by")) is not None and due < now]
    return [p for _, p in sorted(found, key=lambda item: (item[0], str(item[1].get("id"))))]


def reminder_candidates(pickups: Iterable[Pickup], now: datetime, after_hours: float) -> list[Reminder]:
    """Ready pickups not collected `after_hours` or more after `ready_at`, longest waiting first.

    Each carries when the last reminder went out (from `notifications`, kind "reminder"), so the
    screen can show it and the manager can skip one reminded a moment ago.
    """
    _aware(now, "now")
    if after_hours < 0:
        raise ValueError("after_hours must not be negative")
    cutoff = now - timedelta(hours=after_hours)
    found = []
    for pickup in pickups:
        ready = _time(pickup, "ready_at")
        if pickup.get("status") != "ready" or ready is None or ready > cutoff:
            continue
        sent = [moment for note in pickup.get("notifications") or []
                if note.get("kind") == "reminder" and (moment := _time(note, "sent_at")) is not None]
        found.append(Reminder(pickup, ready, round((now - ready).total_seconds() / 3600, 1),
                              max(sent) if sent else None, len(sent)))
    found.sort(key=lambda r: (r.ready_at, str(r.pickup.get("id"))))
    return found


def restock_queue(pickups: Iterable[Pickup]) -> list[Pickup]:
    """No-show pickups whose goods still wait to go back on the shelves, oldest collect-by date first."""
    found = [p for p in pickups if p.get("status") == "no_show"]
    return sorted(found, key=lambda p: (_time(p, "pickup_by") or _NEVER, str(p.get("id"))))
