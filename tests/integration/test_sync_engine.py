"""The sync engine against the real server: initial download, resume, deltas, long-poll, push,
conflicts, 410 rebuild and the connectivity states."""

from __future__ import annotations

import random
import threading
import time

import httpx
import pytest

from central_api import db, simulate
from clerk_app.errors import DiskFull, OfflineError
from clerk_app.sync.connectivity import ConnectionState
from tests.helpers.compare import cache_entities, server_scope


def _wait_until(done, seconds: float, failure: str) -> None:
    """Poll `done()` until it is true; fail with `failure` after `seconds`."""
    deadline = time.monotonic() + seconds
    while not done():
        assert time.monotonic() < deadline, failure
        time.sleep(0.02)


def _pickup_in(cache, status: str) -> dict:
    return cache.pickups(status, limit=1)[0]


def test_initial_sync_fills_the_cache_with_exactly_the_stores_scope(live_api, make_counter):
    counter = make_counter(page_size=200)
    report = counter.engine.sync_once()
    assert report.pulled > 200  # several pages
    assert cache_entities(counter.cache) == server_scope(live_api.database, counter.store_id)
    assert counter.engine.state is ConnectionState.ONLINE
    assert counter.cache.last_pull_at() is not None
    assert ("pull", report.pulled) in counter.events["progress"]


def test_an_interrupted_initial_sync_resumes_where_it_stopped(live_api, make_counter):
    counter = make_counter(page_size=100, changes_per_commit=100)  # every page is its own transaction
    pages = []
    original = counter.api.changes

    def two_pages_then_drop(*args, **kwargs):
        if len(pages) == 2:
            raise OfflineError("connection dropped")
        pages.append(args[1])  # the cursor each request starts from
        return original(*args, **kwargs)

    counter.api.changes = two_pages_then_drop
    with pytest.raises(OfflineError):
        counter.engine.sync_once()
    cursor_after_two = counter.cache.cursor()
    assert cursor_after_two is not None and len(cache_entities(counter.cache)) == 200

    counter.api.changes = original
    asked = []
    counter.api.changes = lambda *a, **k: (asked.append(a[1]), original(*a, **k))[1]
    counter.engine.sync_once()
    assert asked[0] == cursor_after_two  # it did not start over
    assert cache_entities(counter.cache) == server_scope(live_api.database, counter.store_id)


def test_pages_written_together_commit_with_the_last_pages_cursor(live_api, make_counter):
    counter = make_counter(page_size=100, changes_per_commit=300)
    original = counter.api.changes
    served = []

    def four_pages_then_drop(*args, **kwargs):
        if len(served) == 4:
            raise OfflineError("connection dropped")
        page = original(*args, **kwargs)
        served.append(page)
        return page

    counter.api.changes = four_pages_then_drop
    with pytest.raises(OfflineError):
        counter.engine.sync_once()
    # Pages 1-3 went in one transaction with page 3's cursor; page 4 was never written.
    assert counter.cache.cursor() == served[2].next_cursor
    assert len(cache_entities(counter.cache)) == 300
    counter.api.changes = original
    counter.engine.sync_once()
    assert cache_entities(counter.cache) == server_scope(live_api.database, counter.store_id)


def test_a_full_disk_while_a_page_is_written_stops_the_download_whole_and_it_resumes(live_api, make_counter):
    # Pages are written on the engine's writer thread while the next is prepared: a write that
    # fails must stop the download at the last whole page, not be lost behind the next one.
    counter = make_counter(page_size=100, changes_per_commit=100)
    conn, writer = counter.cache.connection, counter.cache.page_connection
    pages_at_start = conn.execute("PRAGMA page_count").fetchone()[0]
    # SQLite's own size cap (each connection has its own): the first page it cannot add fails exactly
    # as a full disk does.
    for each in (conn, writer):
        each.execute(f"PRAGMA max_page_count = {pages_at_start + 40}")
    with pytest.raises(DiskFull):
        counter.engine.sync_once()
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    cursor = counter.cache.cursor()
    written = cache_entities(counter.cache)
    assert cursor is not None and 0 < len(written) < len(server_scope(live_api.database, counter.store_id))
    assert len(written) % 100 == 0  # whole pages only

    for each in (conn, writer):
        each.execute("PRAGMA max_page_count = 1073741823")
    asked = []
    original = counter.api.changes
    counter.api.changes = lambda *a, **k: (asked.append(a[1]), original(*a, **k))[1]
    counter.engine.sync_once()
    assert asked[0] == cursor  # it went on from the last whole page
    assert cache_entities(counter.cache) == server_scope(live_api.database, counter.store_id)


def test_deltas_after_the_snapshot_bring_the_cache_back_in_line(live_api, make_counter):
    counter = make_counter()
    counter.engine.sync_once()
    with live_api.database.write() as conn:
        rng = random.Random(5)
        for _ in range(10):
            simulate.new_pickup(conn, rng, live_api.clock, store_id=counter.store_id)
            simulate.cart_edit(conn, rng, live_api.clock, store_id=counter.store_id)
            simulate.customer_update(conn, rng, live_api.clock, store_id=counter.store_id)
    report = counter.engine.sync_once()
    assert 0 < report.pulled < 200
    assert cache_entities(counter.cache) == server_scope(live_api.database, counter.store_id)


def test_online_a_new_web_order_reaches_the_cache_within_about_a_second(live_api, make_counter):
    counter = make_counter(long_poll_seconds=10)
    counter.engine.sync_once()
    worker = threading.Thread(target=counter.engine.run, daemon=True)
    worker.start()
    try:
        time.sleep(0.5)  # the engine is now holding a long-poll
        with live_api.database.write() as conn:
            pickup = simulate.new_pickup(conn, random.Random(9), live_api.clock, store_id=counter.store_id)
        made = time.monotonic()
        while counter.cache.pickup(pickup["id"]) is None:
            assert time.monotonic() - made < 3, "the new pickup did not arrive"
            time.sleep(0.02)
        assert time.monotonic() - made < 1.5
    finally:
        counter.engine.stop()
        worker.join(timeout=15)
    assert not worker.is_alive()


def test_an_action_queued_while_online_is_pushed_at_once_and_confirmed(live_api, make_counter):
    counter = make_counter(long_poll_seconds=10)
    counter.engine.sync_once()
    pickup = _pickup_in(counter.cache, "new")
    staff = live_api.staff_id(live_api.store()["associates"][0])
    worker = threading.Thread(target=counter.engine.run, daemon=True)
    worker.start()
    try:
        time.sleep(0.3)
        shown = counter.actions.start_picking(pickup["id"], staff)
        assert shown["status"] == "picking"
        assert counter.cache.pickup(pickup["id"])["status"] == "picking"  # at once, before any sync
        _wait_until(lambda: counter.cache.depth() == 0, 5, "the action was not pushed")
    finally:
        counter.engine.stop()
        worker.join(timeout=15)
    with live_api.database.read() as conn:
        assert db.loads(conn.exec_driver_sql("SELECT data FROM pickups WHERE id = ?", (pickup["id"],)).scalar_one())["status"] == "picking"
    assert counter.cache.pickup(pickup["id"])["pending"] is False


def test_offline_hand_over_of_a_pickup_cancelled_centrally_ends_as_a_conflict(live_api, make_counter):
    counter = make_counter()
    counter.engine.sync_once()
    pickup = _pickup_in(counter.cache, "ready")
    lines = [{"sku": ln["sku"], "quantity": ln["picked_quantity"]} for ln in pickup["lines"]]
    staff = live_api.staff_id(live_api.store()["associates"][0])
    # Offline at the counter: the hand-over shows at once and waits in the outbox.
    counter.actions.hand_over(pickup["id"], pickup_code=pickup["pickup_code"], collected_by="customer",
                              id_check="passport", id_last4="1234", collected=lines, staff_id=staff)
    assert counter.cache.pickup(pickup["id"])["status"] == "picked_up"
    # Meanwhile the customer service centre cancels the order.
    with live_api.database.write() as conn:
        simulate.central_cancel(conn, random.Random(1), live_api.clock, pickup_id=pickup["id"])

    report = counter.engine.sync_once()
    assert report.conflicts == 1
    conflicts = counter.cache.conflicts()
    assert len(conflicts) == 1
    assert conflicts[0]["name"] == "pickup.hand_over.v1"
    assert conflicts[0]["problem"]["type"] == "/problems/status-conflict"
    assert conflicts[0]["server_entity"]["status"] == "cancelled"
    shown = counter.cache.pickup(pickup["id"])
    assert shown["status"] == "cancelled" and shown["pending"] is False
    assert counter.events["conflict"] and counter.events["conflict"][0]["server_entity"]["status"] == "cancelled"
    with live_api.database.read() as conn:
        assert conn.exec_driver_sql("SELECT status FROM pickups WHERE id = ?", (pickup["id"],)).scalar_one() == "cancelled"


def test_a_note_added_offline_syncs_once(live_api, make_counter):
    counter = make_counter()
    counter.engine.sync_once()
    customer_id = counter.cache.search_customers("a", limit=1)[0]["id"]
    staff = {"id": live_api.staff_id(live_api.store()["associates"][0]), "display_name": "Dana"}
    note = counter.actions.add_note(customer_id, "Prefers text messages.", staff, counter.store_id)
    assert any(n["id"] == note["id"] for n in counter.cache.notes(customer_id))
    counter.engine.sync_once()
    counter.engine.sync_once()
    with live_api.database.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM notes WHERE id = ?", (note["id"],)).scalar_one() == 1
    assert counter.cache.depth() == 0


def test_a_410_pushes_the_outbox_first_then_rebuilds_the_cache(live_api, make_counter):
    counter = make_counter()
    counter.engine.sync_once()
    pickup = _pickup_in(counter.cache, "new")
    staff = live_api.staff_id(live_api.store()["associates"][0])
    counter.actions.start_picking(pickup["id"], staff)
    # The device was away for two months: the server purged tombstones past its cursor.
    with live_api.database.write() as conn:
        conn.exec_driver_sql("UPDATE stores SET horizon_seq = (SELECT value FROM counters WHERE name = 'seq') + 1 "
                             "WHERE id = ?", (counter.store_id,))
        simulate.cart_edit(conn, random.Random(3), live_api.clock, store_id=counter.store_id)
        simulate.cart_edit(conn, random.Random(4), live_api.clock, store_id=counter.store_id)
    report = counter.engine.sync_once()
    assert report.resynced is True
    assert counter.cache.depth() == 0
    with live_api.database.read() as conn:
        assert conn.exec_driver_sql("SELECT status FROM pickups WHERE id = ?", (pickup["id"],)).scalar_one() == "picking"
    assert cache_entities(counter.cache) == server_scope(live_api.database, counter.store_id)
    assert any("away too long" in line for line in counter.events["log"])


class _Switch(httpx.BaseTransport):
    """A network cable: while unplugged every request fails to connect."""

    def __init__(self) -> None:
        self.plugged = True
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not self.plugged:
            raise httpx.ConnectError("network unreachable", request=request)
        return self.inner.handle_request(request)

    def close(self) -> None:
        # Its pooled connection to the server is closed with the client, not left to the garbage collector
        # (a ResourceWarning that then failed whichever test was running).
        self.inner.close()


def test_offline_is_detected_and_the_timer_reconnects_without_any_action(live_api, make_counter):
    from clerk_app.sync.backoff import Backoff

    cable = _Switch()
    counter = make_counter(transport=cable, long_poll_seconds=1, backoff=Backoff(base=0.05, cap=0.2))
    counter.engine.sync_once()
    cable.plugged = False
    worker = threading.Thread(target=counter.engine.run, daemon=True)
    worker.start()
    try:
        _wait_until(lambda: counter.engine.state is ConnectionState.OFFLINE, 5, "offline was not detected")
        cable.plugged = True  # nobody touches the app: the retry timer must find the connection
        _wait_until(lambda: counter.engine.state is ConnectionState.ONLINE, 5, "the engine did not reconnect by itself")
    finally:
        counter.engine.stop()
        worker.join(timeout=15)
        cable.close()
    assert ConnectionState.OFFLINE in counter.events["state"]
    assert counter.events["state"][-1] is ConnectionState.ONLINE


def test_work_offline_stops_network_use_and_sync_now_resumes(live_api, make_counter):
    counter = make_counter(long_poll_seconds=1)
    counter.engine.sync_once()
    counter.engine.set_work_offline(True)
    worker = threading.Thread(target=counter.engine.run, daemon=True)
    worker.start()
    try:
        _wait_until(lambda: counter.engine.state is ConnectionState.WORKING_OFFLINE, 3, "work offline did not take effect")
        staff = live_api.staff_id(live_api.store()["associates"][0])
        counter.actions.start_picking(_pickup_in(counter.cache, "new")["id"], staff)
        time.sleep(0.5)
        assert counter.cache.depth() == 1  # nothing sent while working offline
        counter.engine.set_work_offline(False)
        _wait_until(lambda: counter.cache.depth() == 0, 5, "the action was not pushed after going back online")
    finally:
        counter.engine.stop()
        worker.join(timeout=15)


def test_a_revoked_device_is_reported_signed_out(live_api, make_counter):
    counter = make_counter(long_poll_seconds=1)
    counter.engine.sync_once()
    with live_api.database.write() as conn:
        conn.exec_driver_sql("UPDATE devices SET revoked = 1 WHERE id = ?", (counter.device_id,))
    worker = threading.Thread(target=counter.engine.run, daemon=True)
    worker.start()
    try:
        _wait_until(lambda: counter.engine.state is ConnectionState.SIGNED_OUT, 5, "the revoked device was not reported signed out")
    finally:
        counter.engine.stop()
        worker.join(timeout=15)


def test_actions_numbered_behind_the_server_after_a_rebuild_are_requeued_and_applied_once(live_api, make_counter, tmp_path):
    first = make_counter()
    first.engine.sync_once()
    staff = live_api.staff_id(live_api.store()["associates"][0])
    for pickup in first.cache.pickups("new", limit=2):
        first.actions.start_picking(pickup["id"], staff)
    first.engine.sync_once()
    assert first.cache.device_last_seq() == 2
    # The same device with a brand-new cache (the old one was unreadable): its outbox counts from 1 again.
    device = {"device_id": first.device_id, "device_token": first.device_token, "store_id": first.store_id}
    rebuilt = make_counter(device=device)
    rebuilt.engine.pull_all()  # would record device_last_seq; forget it to play the worst case
    rebuilt.cache.connection.execute("DELETE FROM meta WHERE key IN ('device_last_seq', 'last_seq_issued')")
    pickup = rebuilt.cache.pickups("new", limit=1)[0]
    rebuilt.actions.start_picking(pickup["id"], staff)
    assert rebuilt.cache.pending()[0]["seq"] == 1

    report = rebuilt.engine.sync_once()
    assert report.conflicts == 0 and rebuilt.cache.depth() == 0 and rebuilt.cache.conflicts() == []
    with live_api.database.read() as conn:
        assert conn.exec_driver_sql("SELECT status FROM pickups WHERE id = ?", (pickup["id"],)).scalar_one() == "picking"
        assert conn.exec_driver_sql("SELECT last_seq FROM devices WHERE id = ?", (first.device_id,)).scalar_one() == 3
    assert any("Re-queued" in line for line in rebuilt.events["log"])


def test_a_link_that_drops_during_a_long_poll_shows_offline_within_seconds(live_api, make_counter):
    # The demo's "Cut the connection" switch: the long-poll already sent goes on waiting at the server
    # (as over a link that died without a word), while every new request fails to connect.
    from clerk_app.api.switch import NetworkSwitch
    from clerk_app.sync.backoff import Backoff

    switch = NetworkSwitch()
    counter = make_counter(transport=switch, long_poll_seconds=20, health_check_seconds=0.5,
                           backoff=Backoff(base=0.05, cap=0.2))
    worker = threading.Thread(target=counter.engine.run, daemon=True)
    worker.start()
    try:
        _wait_until(lambda: counter.engine.state is ConnectionState.ONLINE, 10, "the engine did not come online")
        time.sleep(0.3)  # the long-poll is out
        switch.set_connected(False)
        cut_at = time.monotonic()
        _wait_until(lambda: counter.engine.state is ConnectionState.OFFLINE, 5, "offline was not noticed during the long-poll")
        assert time.monotonic() - cut_at < 5  # not the poll's 20 seconds
        switch.set_connected(True)  # the retry timer finds the link again, though the old poll still waits
        _wait_until(lambda: counter.engine.state is ConnectionState.ONLINE, 5, "the engine did not reconnect")
        # And it keeps up: a web order placed now reaches the cache through a new long-poll.
        with live_api.database.write() as conn:
            simulate.new_pickup(conn, random.Random(5), live_api.clock, store_id=counter.store_id)
        expected = server_scope(live_api.database, counter.store_id)
        _wait_until(lambda: cache_entities(counter.cache) == expected, 10, "the new order did not arrive")
    finally:
        counter.engine.stop()
        worker.join(timeout=15)
