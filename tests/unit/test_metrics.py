"""The manager's dashboard figures (clerk_app.domain.metrics) against fixtures computed by hand."""

from __future__ import annotations

import os
from collections import Counter
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from central_api import metrics as server_metrics
from clerk_app.cache import Cache
from clerk_app.domain.metrics import (
    AGE_BUCKETS,
    StoreFigures,
    in_cache,
    overdue,
    past_collect_by,
    period_bounds,
    pickups_per_day,
    reminder_candidates,
    restock_queue,
    store_figures,
    today_bounds,
    waiting_age_buckets,
)


def t(day: int, clock: str, month: int = 11) -> str:
    """An API time in November 2026: t(19, "09:30") -> "2026-11-19T09:30:00Z"."""
    hh, mm, *ss = clock.split(":")
    return f"2026-{month:02d}-{day:02d}T{hh}:{mm}:{ss[0] if ss else '00'}Z"


def dt(text: str) -> datetime:
    return datetime.fromisoformat(text)


def pk(pid: str, status: str, created: str, *, promised: str | None = None, ready: str | None = None,
       collected: str | None = None, pickup_by: str | None = None, notifications: list | None = None) -> dict:
    return {"id": pid, "status": status, "created_at": created, "promised_by": promised, "ready_at": ready,
            "pickup_by": pickup_by, "picked_up_at": collected, "notifications": notifications or []}


# The period [19 Nov 00:00, 20 Nov 12:00) UTC, looked at on 20 Nov 15:00 UTC.
START, END, NOW = dt(t(19, "00:00")), dt(t(20, "12:00")), dt(t(20, "15:00"))

STORE = [
    # In the cohort (created in [START, END)):
    pk("J", "restocked", t(19, "00:00"), promised=t(19, "04:00"), ready=t(19, "01:00")),  # at START: in; 60 min, on time
    pk("A", "picked_up", t(19, "09:00"), promised=t(19, "13:00"), ready=t(19, "09:30"), collected=t(19, "10:30")),
    pk("B", "picked_up", t(19, "10:00"), promised=t(19, "14:00"), ready=t(19, "15:00"), collected=t(20, "09:00")),
    pk("C", "no_show", t(19, "11:00"), promised=t(19, "15:00"), ready=t(19, "11:45"), pickup_by=t(20, "11:45")),
    pk("D", "cancelled", t(19, "12:00"), promised=t(19, "16:00")),
    pk("E", "new", t(20, "08:00"), promised=t(20, "12:00")),  # overdue at 15:00
    pk("G", "ready", t(20, "10:00"), promised=t(20, "14:00"), ready=t(20, "14:00"), pickup_by=t(23, "14:00")),
    # Outside it:
    pk("H", "picked_up", t(18, "23:59:59"), promised=t(19, "03:59:59"), ready=t(19, "01:00"), collected=t(20, "12:00")),
    pk("I", "new", t(20, "12:00"), promised=t(20, "16:00")),  # at END: out
    pk("F", "picking", t(20, "14:00"), promised=t(20, "18:00")),
    pk("K", "no_show", t(10, "09:00"), promised=t(10, "13:00"), ready=t(10, "10:00"), pickup_by=t(13, "10:00")),
]


def test_store_figures_match_the_hand_computed_ones():
    figures = store_figures(STORE, START, END, NOW, zone=UTC)
    # Cohort: J A B C D E G = 7 (H is a second before START, I is at END, F after it, K long before).
    assert figures.pickups_created == 7
    assert figures.picked_up == 2  # A, B
    assert figures.no_shows == 2  # C (no_show) + J (restocked)
    assert figures.cancelled == 1  # D
    # To ready: J 60, A 30, B 300, C 45, G 240 -> sorted 30 45 60 240 300: the middle of five is 60.
    assert figures.median_minutes_to_ready == 60.0
    # On time: J yes, A yes, B no (15:00 > 14:00), C yes, G yes (14:00 <= 14:00: on the minute counts) -> 4/5.
    assert figures.ready_on_time_ratio == 0.8
    # Ready to collected: A 60, B 18 h = 1080 -> the mean of the middle two is 570.
    assert figures.median_minutes_ready_to_collected == 570.0
    # The queue now, whatever the period: new E I, picking F, ready G, no_show C K.
    assert figures.open_by_status == {"new": 2, "picking": 1, "ready": 1, "no_show": 2}
    # No-shows among those with an outcome with the customer: 2 / (2 + 2).
    assert figures.no_show_rate == 0.5
    assert figures.overdue_now == 1  # E (12:00 passed); I is due 16:00, F 18:00
    assert figures.ready_waiting == 1  # G
    # Collected on 20 Nov (UTC): B at 09:00 and H at 12:00 (H is outside the cohort but was collected today).
    assert figures.picked_up_today == 2


def test_picked_up_today_is_the_counters_local_day():
    # 15:00 UTC is 01:00 on 21 Nov at UTC+10: that day began at 14:00 UTC, after B and H were collected.
    assert store_figures(STORE, START, END, NOW, zone=timezone(timedelta(hours=10))).picked_up_today == 0
    # At UTC-5 it is 10:00 on 20 Nov, a day from 05:00 UTC: B (09:00) and H (12:00) are in it.
    assert store_figures(STORE, START, END, NOW, zone=timezone(timedelta(hours=-5))).picked_up_today == 2


def test_the_server_computes_the_same_figures_from_the_same_pickups():
    # central_api.metrics.compute is the reference; it takes the cohort and the queue counts directly.
    cohort = [p for p in STORE if t(19, "00:00") <= p["created_at"] < t(20, "12:00")]
    queue = Counter(p["status"] for p in STORE if p["status"] in server_metrics.OPEN)
    assert store_figures(STORE, START, END, NOW, zone=UTC).server_fields() == server_metrics.compute(cohort, queue)


def test_an_empty_period_has_counts_of_zero_and_no_medians_or_ratios():
    figures = store_figures(STORE, dt(t(1, "00:00")), dt(t(2, "00:00")), NOW, zone=UTC)
    assert (figures.pickups_created, figures.picked_up, figures.no_shows, figures.cancelled) == (0, 0, 0, 0)
    assert figures.median_minutes_to_ready is None
    assert figures.ready_on_time_ratio is None
    assert figures.median_minutes_ready_to_collected is None
    assert figures.no_show_rate is None
    # The queue figures do not depend on the period.
    assert figures.open_by_status == {"new": 2, "picking": 1, "ready": 1, "no_show": 2}


def test_no_pickups_at_all_gives_a_zero_queue_with_every_status_listed():
    figures = store_figures([], START, END, NOW)
    assert figures == StoreFigures(0, 0, 0, 0, None, None, None, {"new": 0, "picking": 0, "ready": 0, "no_show": 0})


def test_a_cohort_none_of_which_was_readied_has_no_on_time_ratio():
    pickups = [pk("N1", "new", t(19, "09:00"), promised=t(19, "13:00")),
               pk("N2", "cancelled", t(19, "10:00"), promised=t(19, "14:00"))]
    figures = store_figures(pickups, START, END, NOW)
    assert figures.pickups_created == 2
    assert figures.ready_on_time_ratio is None  # not 0, and no division by zero
    assert figures.median_minutes_to_ready is None
    assert figures.no_show_rate is None  # neither was collected nor a no-show


def test_medians_and_ratios_are_rounded_as_the_server_rounds_them():
    pickups = [
        # To ready: 10 min 20 s = 10.333..., 20 min 40 s = 20.666...: the median of two is 15.5.
        pk("R1", "ready", t(19, "09:00:00"), promised=t(19, "09:15"), ready=t(19, "09:10:20")),
        pk("R2", "ready", t(19, "10:00:00"), promised=t(19, "10:15"), ready=t(19, "10:20:40")),
        # 7 min 5 s = 7.0833...: with the two above the median is 10.333... -> 10.3.
        pk("R3", "ready", t(19, "11:00:00"), promised=t(19, "11:15"), ready=t(19, "11:07:05")),
    ]
    assert store_figures(pickups[:2], START, END, NOW).median_minutes_to_ready == 15.5
    figures = store_figures(pickups, START, END, NOW)
    assert figures.median_minutes_to_ready == 10.3
    # On time: R1 and R3 (R2 was ready at 10:20:40 > 10:15): 2/3 -> 0.6667.
    assert figures.ready_on_time_ratio == 0.6667


def test_bounds_are_taken_to_the_whole_second_as_the_server_takes_them():
    # The server writes `from` as RFC 3339 to the second: 00:00:00.5 means 00:00:00, which J was created at.
    figures = store_figures(STORE, START + timedelta(milliseconds=500), END, NOW, zone=UTC)
    assert figures.pickups_created == 7


def test_a_pickup_with_unreadable_times_is_left_out_not_fatal():
    broken = [pk("X", "picked_up", "yesterday", ready="soon", collected=None),
              pk("Y", "ready", t(19, "09:00"), promised=None, ready=t(19, "09:30"), collected="2026-11-19T10:00:00")]
    figures = store_figures(broken, START, END, NOW)
    assert figures.pickups_created == 1  # Y; X's creation time cannot be placed
    assert figures.ready_on_time_ratio == 0.0  # Y has no ready-by time: not on time
    assert figures.median_minutes_ready_to_collected is None  # Y's collection time has no zone


def test_naive_bounds_are_refused():
    with pytest.raises(ValueError, match="time zone"):
        store_figures(STORE, START.replace(tzinfo=None), END, NOW)


def test_pickups_per_day_lists_every_day_with_its_created_and_collected():
    days = pickups_per_day(STORE, START, END, zone=UTC)
    # 19 Nov: created J A B C D, collected A (10:30). 20 Nov (to 12:00): created E G, collected B (09:00);
    # H's 12:00 collection is at END, so outside.
    assert days == [(date(2026, 11, 19), 5, 1), (date(2026, 11, 20), 2, 1)]
    assert days[0].day == date(2026, 11, 19) and days[0].created == 5 and days[0].picked_up == 1


def test_pickups_per_day_includes_empty_days_and_uses_local_days():
    days = pickups_per_day(STORE, dt(t(16, "00:00")), dt(t(19, "00:00")), zone=UTC)
    assert days == [(date(2026, 11, 16), 0, 0), (date(2026, 11, 17), 0, 0), (date(2026, 11, 18), 1, 0)]  # H
    # At UTC+10, H's 23:59:59 UTC creation falls on 19 Nov local.
    plus10 = timezone(timedelta(hours=10))
    local = pickups_per_day([STORE[7]], datetime(2026, 11, 19, tzinfo=plus10), datetime(2026, 11, 20, tzinfo=plus10),
                            zone=plus10)
    assert local == [(date(2026, 11, 19), 1, 0)]
    assert pickups_per_day(STORE, END, START) == []


def test_waiting_age_buckets_put_each_waiting_pickup_in_one_bucket():
    now = dt(t(20, "12:00"))

    def ago(minutes: float) -> str:
        return (now - timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M:%SZ")

    pickups = [
        pk("a", "new", ago(30)),                     # under_1h
        pk("b", "picking", ago(59)),                 # under_1h
        pk("c", "new", ago(-60)),                    # created "in the future" (a skewed clock): under_1h
        pk("d", "new", ago(60)),                     # exactly 1 h: 1h_4h
        pk("e", "ready", ago(10_000), ready=ago(239)),  # ready 3 h 59 min ago (its creation does not count): 1h_4h
        pk("f", "picking", ago(240)),                # 4h_24h
        pk("g", "ready", ago(2000), ready=ago(1439)),  # 23 h 59 min: 4h_24h
        pk("h", "new", ago(1440)),                   # 24 h: 1d_3d
        pk("i", "ready", ago(5000), ready=ago(72 * 60 - 1)),  # 1d_3d
        pk("j", "new", ago(72 * 60)),                # 72 h: over_3d
        pk("k", "ready", ago(99_999), ready=ago(9000)),  # over_3d
        pk("x", "picked_up", ago(30), ready=ago(20), collected=ago(10)),  # not waiting
        pk("y", "no_show", ago(9000), ready=ago(8000)),  # in the restock queue, not waiting
    ]
    assert waiting_age_buckets(pickups, now) == [("under_1h", 3), ("1h_4h", 2), ("4h_24h", 2), ("1d_3d", 2),
                                                 ("over_3d", 2)]
    assert [key for key, _ in waiting_age_buckets([], now)] == [key for key, _ in AGE_BUCKETS]
    assert waiting_age_buckets(pickups, now, statuses=("ready",)) == [("under_1h", 0), ("1h_4h", 1), ("4h_24h", 1),
                                                                      ("1d_3d", 1), ("over_3d", 1)]


def test_reminder_candidates_are_ready_long_enough_oldest_first_with_the_last_reminder():
    now = dt(t(20, "12:00"))
    reminded = [{"kind": "ready", "channel": "sms", "sent_at": t(18, "12:00")},
                {"kind": "reminder", "channel": "sms", "sent_at": t(20, "10:00")},
                {"kind": "reminder", "channel": "sms", "sent_at": t(19, "12:00")}]
    pickups = [
        pk("R1", "ready", t(18, "11:00"), ready=t(18, "12:00"), notifications=reminded),  # 48 h
        pk("R2", "ready", t(19, "11:00"), ready=t(19, "12:00")),  # exactly 24 h: in
        pk("R3", "ready", t(19, "11:00"), ready=t(19, "12:01")),  # 23 h 59 min: not yet
        pk("R4", "picked_up", t(10, "11:00"), ready=t(10, "12:00"), collected=t(11, "12:00")),  # collected
        pk("R5", "ready", t(17, "11:00"), ready=t(17, "12:00")),  # 72 h
    ]
    found = reminder_candidates(pickups, now, after_hours=24)
    assert [r.pickup["id"] for r in found] == ["R5", "R1", "R2"]
    assert [r.waited_hours for r in found] == [72.0, 48.0, 24.0]
    r1 = found[1]
    assert r1.last_reminder_at == dt(t(20, "10:00"))  # the latest reminder, not the "ready" notice
    assert r1.reminders_sent == 2
    assert found[0].last_reminder_at is None and found[0].reminders_sent == 0
    assert [r.pickup["id"] for r in reminder_candidates(pickups, now, after_hours=0)] == ["R5", "R1", "R2", "R3"]
    with pytest.raises(ValueError):
        reminder_candidates(pickups, now, after_hours=-1)


def test_restock_queue_is_the_no_shows_oldest_collect_by_first():
    pickups = [pk("n2", "no_show", t(1, "09:00"), pickup_by=t(15, "09:00")),
               pk("r", "restocked", t(1, "09:00"), pickup_by=t(2, "09:00")),
               pk("n1", "no_show", t(2, "09:00"), pickup_by=t(12, "09:00")),
               pk("n3", "no_show", t(2, "09:00")),  # no collect-by date: last
               pk("rd", "ready", t(2, "09:00"), pickup_by=t(3, "09:00"))]
    assert [p["id"] for p in restock_queue(pickups)] == ["n1", "n2", "n3"]


def test_overdue_and_past_collect_by_lists_are_most_urgent_first():
    pickups = [pk("o2", "picking", t(20, "08:00"), promised=t(20, "12:00")),
               pk("o1", "new", t(20, "07:00"), promised=t(20, "11:00")),
               pk("due", "new", t(20, "11:00"), promised=t(20, "15:00")),  # due exactly now: not yet overdue
               pk("rdy", "ready", t(16, "07:00"), ready=t(16, "08:00"), pickup_by=t(19, "08:00")),
               pk("rdy2", "ready", t(15, "07:00"), ready=t(15, "08:00"), pickup_by=t(18, "08:00")),
               pk("rdy3", "ready", t(20, "07:00"), ready=t(20, "08:00"), pickup_by=t(23, "08:00"))]
    assert [p["id"] for p in overdue(pickups, NOW)] == ["o1", "o2"]
    assert [p["id"] for p in past_collect_by(pickups, NOW)] == ["rdy2", "rdy"]


@pytest.mark.parametrize(("kind", "first", "last"), [
    ("today", date(2026, 11, 20), date(2026, 11, 20)),
    ("7d", date(2026, 11, 14), date(2026, 11, 20)),
    ("30d", date(2026, 10, 22), date(2026, 11, 20)),
])
def test_period_bounds_are_whole_local_days_ending_with_today(kind, first, last):
    period = period_bounds(kind, NOW, zone=UTC)
    assert period.kind == kind
    assert period.start == datetime(first.year, first.month, first.day, tzinfo=UTC)
    assert period.end == datetime(last.year, last.month, last.day, tzinfo=UTC) + timedelta(days=1)


def test_a_custom_period_includes_both_its_days():
    period = period_bounds("custom", NOW, custom=(date(2026, 11, 1), date(2026, 11, 3)), zone=UTC)
    assert (period.start, period.end) == (dt(t(1, "00:00")), dt(t(4, "00:00")))
    one_day = period_bounds("custom", NOW, custom=(date(2026, 11, 5), date(2026, 11, 5)), zone=UTC)
    assert one_day.end - one_day.start == timedelta(days=1)


def test_today_follows_the_counters_zone_and_clock_changes():
    plus10 = timezone(timedelta(hours=10))
    today = period_bounds("today", NOW, zone=plus10)  # 15:00 UTC is 01:00 on 21 Nov at UTC+10
    assert (today.start, today.end) == (dt(t(20, "14:00")), dt(t(21, "14:00")))
    assert today_bounds(NOW, plus10) == (today.start, today.end)
    # Berlin left summer time on 25 Oct 2026: that day had 25 hours, and the week around it 7 days + 1 hour.
    berlin = ZoneInfo("Europe/Berlin")
    moment = datetime(2026, 10, 25, 12, 0, tzinfo=UTC)
    day = period_bounds("today", moment, zone=berlin)
    assert day.start == datetime(2026, 10, 24, 22, 0, tzinfo=UTC)
    assert day.end - day.start == timedelta(hours=25)
    week = period_bounds("7d", datetime(2026, 10, 28, 12, 0, tzinfo=UTC), zone=berlin)
    assert week.start.astimezone(berlin).hour == 0 and week.end.astimezone(berlin).hour == 0
    assert week.end - week.start == timedelta(days=7, hours=1)


def test_period_bounds_in_the_computers_own_zone_start_at_local_midnight():
    period = period_bounds("7d", NOW)
    local_start = period.start.astimezone()
    assert (local_start.hour, local_start.minute) == (0, 0)
    assert period.start <= NOW < period.end


@pytest.mark.parametrize(("kind", "custom", "message"), [
    ("custom", None, "needs"),
    ("custom", (date(2026, 11, 3), date(2026, 11, 1)), "before its first"),
    ("7d", (date(2026, 11, 1), date(2026, 11, 3)), "only a custom"),
    ("90d", None, "unknown period"),
])
def test_period_bounds_refuse_what_they_cannot_mean(kind, custom, message):
    with pytest.raises(ValueError, match=message):
        period_bounds(kind, NOW, custom=custom, zone=UTC)


def test_period_bounds_refuse_a_naive_now():
    with pytest.raises(ValueError, match="time zone"):
        period_bounds("today", NOW.replace(tzinfo=None))


def test_the_cache_gives_the_dashboard_the_cohort_the_queue_and_the_recently_collected(tmp_path):
    def row(pickup: dict) -> dict:
        return {"seq": 1, "entity": "pickup", "id": pickup["id"], "op": "upsert", "version": 1,
                "data": {**pickup, "version": 1, "store_id": "st_001"}}

    old = t(1, "09:00")
    stored = [
        pk("at-start", "cancelled", t(19, "00:00")),  # the cohort, closed
        pk("in", "picked_up", t(19, "09:00"), ready=t(19, "10:00"), collected=t(19, "11:00")),
        pk("at-end", "cancelled", t(20, "12:00")),  # created at END: not the cohort, and closed
        pk("new", "new", old), pk("picking", "picking", old), pk("ready", "ready", old, ready=old),
        pk("no-show", "no_show", old, ready=old),  # the queue, however old
        pk("collected-late", "picked_up", old, ready=old, collected=t(18, "08:00")),  # after collected_since
        pk("collected-early", "picked_up", old, ready=old, collected=t(17, "23:59:59")),  # before it
        pk("cancelled-early", "cancelled", old), pk("restocked-early", "restocked", old, ready=old),
    ]
    with Cache.open(tmp_path / "cache.db", os.urandom(32)) as cache:
        cache.apply_page([row(p) for p in stored], "cursor-1", 0)
        found = cache.dashboard_pickups(START, END, collected_since=dt(t(18, "00:00")))
        assert sorted(p["id"] for p in found) == sorted(
            ["at-start", "in", "new", "picking", "ready", "no-show", "collected-late"])
        # Without collected_since, the period's own start bounds the collected ones.
        assert "collected-late" not in {p["id"] for p in cache.dashboard_pickups(START, END)}
        # The cohort alone (metrics_inputs) would miss the queue that open_by_status counts.
        assert {p["id"] for p in cache.metrics_inputs(START, END)} == {"at-start", "in"}


def test_the_preset_periods_are_within_what_the_cache_keeps_and_older_ones_are_flagged():
    for zone in (UTC, timezone(timedelta(hours=14)), timezone(timedelta(hours=-12))):
        for kind in ("today", "7d", "30d"):
            assert in_cache(period_bounds(kind, NOW, zone=zone).start, NOW), (kind, zone)
    assert in_cache(NOW - timedelta(days=30), NOW)
    assert not in_cache(NOW - timedelta(days=30, seconds=1), NOW)
    old = period_bounds("custom", NOW, custom=(date(2026, 9, 1), date(2026, 9, 30)), zone=UTC)
    assert not in_cache(old.start, NOW)
