"""The dashboard's figures computed from a synced counter's cache equal the server's /metrics, before and after actions."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from clerk_app.domain.metrics import StoreFigures, period_bounds, store_figures, today_bounds
from clerk_app.sync.actions import Actions

pytestmark = pytest.mark.both_engines


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def periods(now: datetime) -> dict[str, tuple[datetime, datetime]]:
    custom = period_bounds("custom", now, custom=(now.date() - timedelta(days=20), now.date() - timedelta(days=3)),
                           zone=UTC)
    week = period_bounds("7d", now, zone=UTC)
    return {
        "last 1 day": (now - timedelta(days=1), now),
        "last 7 days": (now - timedelta(days=7), now),
        "last 30 days": (now - timedelta(days=30), now),
        "custom days": (custom.start, custom.end),
        "this week's whole days": (week.start, week.end),
    }


def local_figures(cache, start: datetime, end: datetime, now: datetime) -> StoreFigures:
    day_start, _ = today_bounds(now, UTC)
    pickups = cache.dashboard_pickups(start, end, collected_since=min(start, day_start))
    return store_figures(pickups, start, end, now, zone=UTC)


def server_figures(client, store_id: str, start: datetime, end: datetime) -> dict:
    reply = client.get(f"/v1/stores/{store_id}/metrics", params={"from": iso(start), "to": iso(end)})
    assert reply.status_code == 200, reply.text
    body = reply.json()
    # Every figure the server gives must be one the dashboard computes: a new one would go unchecked.
    assert set(body) == {"store_id", "from", "to", *StoreFigures.SERVER_FIELDS}
    return {name: body[name] for name in StoreFigures.SERVER_FIELDS}


def assert_all_match(live_api, cache, client, store_id: str) -> dict[str, StoreFigures]:
    now = live_api.clock.now()
    found = {}
    for name, (start, end) in periods(now).items():
        figures = local_figures(cache, start, end, now)
        assert figures.server_fields() == server_figures(client, store_id, start, end), name
        found[name] = figures
    return found


def test_cache_figures_equal_the_servers_for_several_periods_and_after_actions(live_api, make_counter):
    store = live_api.store(0)
    manager_client = live_api.client(live_api.staff_token(store["manager"]))
    counter = make_counter(0)
    counter.engine.sync_once()

    before = assert_all_match(live_api, counter.cache, manager_client, store["id"])
    month = before["last 30 days"]
    # The seeded month has every kind of figure, so a match is not two empty answers agreeing.
    assert month.pickups_created > 10
    assert month.picked_up > 0 and month.no_shows > 0 and month.cancelled > 0
    assert month.median_minutes_to_ready is not None and month.median_minutes_ready_to_collected is not None
    assert 0 < month.ready_on_time_ratio < 1
    assert all(month.open_by_status[s] > 0 for s in ("new", "picking", "ready", "no_show"))
    assert month.overdue_now > 0 and month.picked_up_today > 0

    # The counter works in the server's (frozen) time, so its optimistic times agree with the server's.
    actions = Actions(counter.cache, now=lambda: live_api.clock.now().replace(microsecond=0))
    clerk, manager = f"sf_{store['associates'][0]}", f"sf_{store['manager']}"
    new = counter.cache.pickups("new", limit=10)
    ready = counter.cache.pickups("ready", limit=10)
    readied, cancelled, collected = new[0], new[1], ready[0]

    live_api.clock.advance(25 * 60)
    actions.start_picking(readied["id"], clerk)
    actions.mark_ready(readied["id"], "C-07", [{"sku": ln["sku"], "quantity": ln["quantity"]} for ln in readied["lines"]],
                       clerk)
    actions.hand_over(collected["id"], pickup_code=collected["pickup_code"], collected_by="customer", id_check="id_card",
                      id_last4="1234", collected=[{"sku": ln["sku"], "quantity": ln["picked_quantity"]}
                                                  for ln in collected["lines"]], staff_id=clerk)
    actions.cancel(cancelled["id"], "Customer asked to cancel", manager)
    report = counter.engine.sync_once()
    assert report.pushed == 4 and report.conflicts == 0

    # A fresh sign-in: the first manager token has expired in the time the clock moved.
    manager_client = live_api.client(live_api.staff_token(store["manager"]))
    after = assert_all_match(live_api, counter.cache, manager_client, store["id"])
    month_after = after["last 30 days"]
    # The actions show in the figures: one more collected today, one fewer new in the queue (one readied,
    # one cancelled: two left "new", one of them arrived in "ready" while another left it).
    assert month_after.picked_up_today == month.picked_up_today + 1
    assert month_after.open_by_status["new"] == month.open_by_status["new"] - 2
    assert month_after.open_by_status["ready"] == month.open_by_status["ready"]
    assert month_after.cancelled == month.cancelled + 1
    assert month_after.picked_up == month.picked_up + 1


def test_figures_equal_the_servers_for_a_period_with_nothing_in_it(live_api, make_counter):
    store = live_api.store(0)
    manager_client = live_api.client(live_api.staff_token(store["manager"]))
    counter = make_counter(0)
    counter.engine.sync_once()
    now = live_api.clock.now()
    # A year ahead of the seeded data: an empty cohort, and the queue as it is now.
    period = period_bounds("custom", now, custom=(date(2027, 12, 1), date(2027, 12, 2)), zone=UTC)
    figures = local_figures(counter.cache, period.start, period.end, now)
    assert figures.pickups_created == 0 and figures.median_minutes_to_ready is None
    assert figures.server_fields() == server_figures(manager_client, store["id"], period.start, period.end)
