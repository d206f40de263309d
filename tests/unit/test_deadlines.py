"""Pickup deadlines: which queue tab a pickup belongs in at a moment, and how much time is left or overdue."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from clerk_app.domain import deadlines

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def at(**delta) -> str:
    return deadlines.iso(NOW + timedelta(**delta))


def pickup(status: str, **fields) -> dict:
    return {"status": status, "promised_by": at(hours=1), "pickup_by": None, "updated_at": at(hours=-30), **fields}


@pytest.mark.parametrize(("status", "promised", "expected"), [
    ("new", {"minutes": 65}, "new"),
    ("new", {"minutes": -1}, "overdue"),
    ("picking", {"hours": 2}, "picking"),
    ("picking", {"seconds": -1}, "overdue"),
])
def test_open_pickups_are_overdue_only_once_past_their_ready_by_time(status, promised, expected):
    assert deadlines.bucket(pickup(status, promised_by=at(**promised)), NOW) == expected


def test_exactly_at_the_deadline_is_not_yet_overdue():
    assert deadlines.bucket(pickup("new", promised_by=at()), NOW) == "new"
    assert deadlines.deadline(pickup("new", promised_by=at()), NOW).seconds_left == 0


def test_ready_pickups_count_against_collect_by_not_ready_by():
    # A pickup made ready late is still only "ready": its ready-by time no longer matters.
    late_but_ready = pickup("ready", promised_by=at(hours=-10), pickup_by=at(days=6))
    assert deadlines.bucket(late_but_ready, NOW) == "ready"
    assert not deadlines.is_overdue(late_but_ready, NOW)
    found = deadlines.deadline(late_but_ready, NOW)
    assert found.kind == "collect_by" and found.seconds_left == 6 * 86400 and not found.overdue
    past = pickup("ready", pickup_by=at(minutes=-5))
    assert deadlines.bucket(past, NOW) == "past_collect_by"
    assert deadlines.is_past_collect_by(past, NOW)
    assert deadlines.tabs(past, NOW) == {"ready", "past_collect_by"}


def test_time_left_is_signed_seconds():
    found = deadlines.deadline(pickup("new", promised_by=at(hours=1, minutes=5)), NOW)
    assert (found.kind, found.seconds_left, found.overdue) == ("ready_by", 3900, False)
    found = deadlines.deadline(pickup("picking", promised_by=at(minutes=-12)), NOW)
    assert (found.seconds_left, found.overdue) == (-720, True)


def test_an_overdue_pickup_is_listed_under_its_status_and_under_overdue():
    assert deadlines.tabs(pickup("new", promised_by=at(hours=-1)), NOW) == {"new", "overdue"}
    assert deadlines.tabs(pickup("picking"), NOW) == {"picking"}


@pytest.mark.parametrize("status", ["picked_up", "no_show", "restocked", "cancelled"])
def test_closed_today_is_done_today_and_closed_earlier_is_in_no_tab(status):
    today = pickup(status, updated_at=at(hours=-3), picked_up_at=at(hours=-3) if status == "picked_up" else None)
    assert deadlines.bucket(today, NOW, UTC) == "done_today"
    assert deadlines.deadline(today, NOW) is None
    yesterday = pickup(status, updated_at=at(hours=-13), picked_up_at=at(hours=-13) if status == "picked_up" else None)
    assert deadlines.bucket(yesterday, NOW, UTC) is None
    assert deadlines.tabs(yesterday, NOW, UTC) == set()


def test_a_hand_over_counts_on_the_day_it_happened_even_if_the_pickup_changed_later():
    collected = pickup("picked_up", picked_up_at=at(hours=-20), updated_at=at(hours=-1))
    assert deadlines.closed_at(collected) == NOW - timedelta(hours=20)
    assert not deadlines.is_done_today(collected, NOW, UTC)


def test_today_is_the_counters_local_day():
    # At 01:30 UTC on the 21st, New York (UTC-5) is still on the 20th and Tokyo (UTC+9) is on the 21st:
    # something closed at 14:00 UTC on the 20th was today in New York and yesterday in Tokyo.
    moment = datetime(2026, 11, 21, 1, 30, tzinfo=UTC)
    closed = pickup("cancelled", updated_at="2026-11-20T14:00:00Z")
    assert deadlines.is_done_today(closed, moment, timezone(timedelta(hours=-5)))
    assert not deadlines.is_done_today(closed, moment, timezone(timedelta(hours=9)))
    tokyo = timezone(timedelta(hours=9))
    assert deadlines.start_of_day(moment, tokyo) == datetime(2026, 11, 21, 0, 0, tzinfo=tokyo)


def test_missing_or_unreadable_deadlines_give_no_countdown():
    assert deadlines.deadline(pickup("ready", pickup_by=None), NOW) is None
    assert deadlines.deadline(pickup("new", promised_by="soon"), NOW) is None
    assert deadlines.bucket(pickup("ready", pickup_by=None), NOW) == "ready"
