"""Held long-polls cost a waiter, not a thread: one watcher per server process wakes the polls of the
store whose feed moved, in every worker; a client that hangs up frees its waiter; a stopping server
answers the polls it holds at once. Real servers on loopback, real HTTP."""

from __future__ import annotations

import signal
import socket
import time
import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from central_api import db, operations
from central_api.app import create_app
from central_api.db import Database
from central_api.server import BackgroundServer
from tests.helpers.api import PASSWORD
from tests.helpers.longpoll import (
    HeldPoll,
    ServeProcess,
    changes_url,
    counter,
    head_cursor,
    held_by_workers,
    wait_until,
    waiting_by_worker,
)

WAKE_WITHIN = 0.6  # "well within" API.md's second: the watcher looks every 0.1 s


def _waiting(url: str) -> int:
    return sum(waiting_by_worker(url).values())


def _stock_change(database: Database, store_id: str) -> str:
    """One change to one store's feed only (a stock count there); returns the SKU."""
    with database.write() as conn:
        sku = conn.execute(select(db.inventory.c.sku).where(db.inventory.c.store_id == store_id)
                           .order_by(db.inventory.c.sku).limit(1)).scalar_one()
        operations.adjust_stock(conn, store_id, sku, 1, 0, int(time.time()))
    return sku


def _changed(page: dict[str, Any]) -> set[tuple[str, str]]:
    return {(c["entity"], c["id"]) for c in page["changes"]}


def _enroll(url: str, store: dict[str, Any], n: int) -> list[dict[str, Any]]:
    with httpx.Client(base_url=url, timeout=30) as client:
        signed_in = client.post("/v1/auth/login", json={"username": store["manager"], "password": PASSWORD})
        assert signed_in.status_code == 200, signed_in.text
        auth = {"Authorization": f"Bearer {signed_in.json()['access_token']}"}
        devices = []
        for _ in range(n):
            reply = client.post("/v1/devices", json={"store_id": store["id"], "name": f"counter-{uuid.uuid4().hex[:6]}"},
                                headers=auth)
            assert reply.status_code == 201, reply.text
            devices.append(reply.json())
        return devices


# --- one process -----------------------------------------------------------------------------------

@pytest.mark.both_engines
def test_a_change_wakes_every_held_poll_of_its_store_within_a_fraction_of_a_second(live_api):
    store_id = live_api.store_id
    devices = [live_api.enroll(0) for _ in range(4)]
    cursor = head_cursor(live_api.url, devices[0]["device_token"], store_id)
    polls = [HeldPoll(live_api.url, d["device_token"], store_id, cursor, wait=20) for d in devices]
    wait_until(lambda: _waiting(live_api.url) == 4, 10, "the four polls are held")
    reads = counter(live_api.url, "clerk_page_reads_total")

    sku = _stock_change(live_api.database, store_id)
    changed_at = time.monotonic()
    for poll in polls:
        poll.join(10)

    for poll, device in zip(polls, devices):
        page = poll.page()
        assert _changed(page) == {("inventory", sku)}
        assert page["next_cursor"] != cursor and page["device_last_seq"] == 0
    slowest = max(poll.answered_at for poll in polls) - changed_at
    assert slowest < WAKE_WITHIN, f"the last poll answered {slowest:.2f} s after the commit"
    # Woken together, the four read their (same) page in one transaction.
    assert counter(live_api.url, "clerk_page_reads_total") - reads == 1
    assert _waiting(live_api.url) == 0


def _watcher_saw(url: str) -> int:
    """Commits the watcher has learnt of: head looks (SQLite, and PostgreSQL's slow safety look) and notifications."""
    return counter(url, "clerk_feed_watcher_looks_total") + counter(url, "clerk_feed_watcher_notifications_total")


@pytest.mark.both_engines
def test_polls_on_one_store_keep_waiting_through_a_change_on_another(live_api):
    store_a, store_b = live_api.store(0)["id"], live_api.store(1)["id"]
    devices = [live_api.enroll(0) for _ in range(2)]
    cursor = head_cursor(live_api.url, devices[0]["device_token"], store_a)
    polls = [HeldPoll(live_api.url, d["device_token"], store_a, cursor, wait=20) for d in devices]
    wait_until(lambda: _waiting(live_api.url) == 2, 10, "the polls are held")
    wakes = counter(live_api.url, "clerk_feed_watcher_wakes_total")
    saw = _watcher_saw(live_api.url)

    _stock_change(live_api.database, store_b)
    # The watcher learnt of the commit (on SQLite it reads the heads only when something was committed;
    # on PostgreSQL the commit's notification names store B) ...
    wait_until(lambda: _watcher_saw(live_api.url) > saw, 5, "the watcher learnt of the commit")
    time.sleep(0.3)
    # ... and woke nobody: store A's polls are still held.
    assert not any(poll.answered for poll in polls)
    assert counter(live_api.url, "clerk_feed_watcher_wakes_total") == wakes
    assert _waiting(live_api.url) == 2

    sku = _stock_change(live_api.database, store_a)
    changed_at = time.monotonic()
    for poll in polls:
        poll.join(10)
        assert _changed(poll.page()) == {("inventory", sku)}
        assert poll.answered_at - changed_at < WAKE_WITHIN


@pytest.mark.both_engines
def test_a_client_that_hangs_up_frees_its_waiter(live_api):
    device = live_api.enroll(0)
    store_id = device["store_id"]
    cursor = head_cursor(live_api.url, device["device_token"], store_id)
    request = (f"GET {changes_url(store_id)}?cursor={cursor}&wait=30 HTTP/1.1\r\n"
               f"Host: 127.0.0.1\r\nAuthorization: Bearer {device['device_token']}\r\n\r\n").encode()
    port = int(live_api.url.rsplit(":", 1)[1])
    clients = []
    for _ in range(3):
        sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        sock.sendall(request)
        clients.append(sock)
    wait_until(lambda: _waiting(live_api.url) == 3, 10, "the three polls are held")

    for sock in clients:
        sock.close()
    hung_up = time.monotonic()
    wait_until(lambda: counter(live_api.url, "clerk_longpoll_held") == 0, 2,
               "the waiters of the clients that hung up are gone")
    assert time.monotonic() - hung_up < 1.0
    assert _waiting(live_api.url) == 0


def test_health_answers_without_the_database(tmp_path):
    # A database that cannot even be opened: every other route fails (503), health does not touch it.
    app = create_app(Database(f"sqlite:///{tmp_path / 'missing' / 'central.db'}"), create_schema=False)
    server = BackgroundServer(app).start()
    try:
        with httpx.Client(base_url=server.url, timeout=10) as client:
            reply = client.get("/v1/health")
            assert reply.status_code == 200 and reply.json()["status"] == "ok"
            refused = client.get(changes_url("st_001"), headers={"Authorization": "Bearer abc"})
            assert refused.status_code == 503, refused.text
    finally:
        server.stop()


# --- `clerk-api serve`, one worker and several ---------------------------------------------------------

@pytest.fixture
def served_copy(engine_template, tmp_path):
    """A private copy of the seeded database (on `db_engine`) for a `clerk-api serve` process; (url, network)."""
    database = engine_template.copy(tmp_path)
    database.dispose()
    yield database.url, engine_template.network
    engine_template.drop(database)


def _new_pickup(db_url: str, store_id: str) -> str:
    database = Database(db_url)
    try:
        with database.read() as conn:
            p = db.pickups.c
            return conn.execute(select(p.id).where(p.store_id == store_id, p.status == "new").order_by(p.id).limit(1)).scalar_one()
    finally:
        database.dispose()


@pytest.mark.both_engines
def test_with_two_workers_a_mutation_through_one_wakes_the_polls_held_by_the_other(served_copy, tmp_path):
    db_url, network = served_copy
    store = network["stores"][0]
    server = ServeProcess(db_url, tmp_path, workers=2)
    try:
        pusher, *devices = _enroll(server.url, store, 31)
        cursor = head_cursor(server.url, pusher["device_token"], store["id"])
        polls: list[HeldPoll] = []
        # The workers share the listening socket, so which one accepts a connection is the kernel's pick:
        # hold polls until both workers hold some.
        while True:
            polls += [HeldPoll(server.url, d["device_token"], store["id"], cursor) for d in devices[len(polls):len(polls) + 6]]
            held = held_by_workers(server.url, len(polls), workers=2)
            if min(held.values()) > 0 or len(polls) == len(devices):
                break
        assert min(held.values()) > 0, f"one worker holds every poll: {held}"
        # Health is cheap while they wait, on one kept-alive connection too (a socket left with Nagle's
        # algorithm on made every small reply wait 40 ms for the client's delayed ACK).
        with httpx.Client(base_url=server.url, timeout=10) as client:
            took = []
            for _ in range(9):
                started = time.perf_counter()
                assert client.get("/v1/health").status_code == 200
                took.append(time.perf_counter() - started)
        assert sorted(took)[4] < 0.03, f"health took {sorted(took)}"

        pickup_id = _new_pickup(db_url, store["id"])
        mutation = {"mutation_id": str(uuid.uuid4()), "seq": 1, "name": "pickup.start_picking.v1",
                    "acted_by": f"sf_{store['associates'][0]}", "acted_at": "2026-11-20T12:00:00Z",
                    "args": {"pickup_id": pickup_id}}
        with httpx.Client(base_url=server.url, timeout=30,
                          headers={"Authorization": f"Bearer {pusher['device_token']}"}) as client:
            reply = client.post("/v1/mutations", json={"device_id": pusher["device_id"], "mutations": [mutation]})
        applied_at = time.monotonic()
        assert reply.status_code == 200 and reply.json()["results"][0]["status"] == "applied", reply.text

        for poll in polls:
            poll.join(10)
        for poll in polls:
            assert ("pickup", pickup_id) in _changed(poll.page())
        slowest = max(poll.answered_at for poll in polls) - applied_at
        assert slowest < WAKE_WITHIN + 0.2, f"the last poll answered {slowest:.2f} s after the mutation's reply"
    finally:
        server.close()


def test_two_workers_share_a_burst_of_connecting_counters(served_copy, tmp_path):
    """A chain's counters connect together (after a restart, after a wake-up): each worker takes its share,
    not whichever woke first all of them (asyncio accepted up to the backlog at once: all 800 to one)."""
    db_url, network = served_copy
    store = network["stores"][0]
    server = ServeProcess(db_url, tmp_path, workers=2)
    connections: list[socket.socket] = []
    try:
        (device,) = _enroll(server.url, store, 1)
        cursor = head_cursor(server.url, device["device_token"], store["id"])
        request = (f"GET /v1/stores/{store['id']}/changes?cursor={cursor}&wait=30 HTTP/1.1\r\n"
                   f"Host: 127.0.0.1\r\nAuthorization: Bearer {device['device_token']}\r\n\r\n").encode()
        # All connected before the workers get to them: one burst in the listen queue.
        for _ in range(800):
            connections.append(socket.create_connection(("127.0.0.1", server.port), timeout=10))
        for conn in connections:
            conn.sendall(request)
        held = held_by_workers(server.url, len(connections), workers=2)
        assert min(held.values()) >= 0.3 * len(connections), f"the workers hold {sorted(held.values())}"
    finally:
        for conn in connections:
            conn.close()
        server.close()


@pytest.mark.both_engines
@pytest.mark.parametrize("workers", [1, 2])
def test_stopping_the_server_answers_the_held_polls_at_once(served_copy, tmp_path, workers):
    db_url, network = served_copy
    store = network["stores"][0]
    server = ServeProcess(db_url, tmp_path, workers=workers)
    try:
        devices = _enroll(server.url, store, 6)
        cursor = head_cursor(server.url, devices[0]["device_token"], store["id"])
        polls = [HeldPoll(server.url, d["device_token"], store["id"], cursor, wait=30) for d in devices]
        held_by_workers(server.url, len(polls), workers=workers)

        asked = time.monotonic()
        code = server.terminate()
        took = time.monotonic() - asked
        for poll in polls:
            poll.join(5)

        # uvicorn would wait for them (up to its graceful timeout, 3 s, then cut them off without a reply).
        assert took < 2.0, f"the server took {took:.1f} s to stop:\n{server.output()}"
        assert code in (0, -signal.SIGTERM), server.output()
        for poll in polls:
            page = poll.page()
            assert page["changes"] == [] and page["next_cursor"] == cursor
            assert poll.answered_at - asked < 1.0
    finally:
        server.close()


def test_serve_logs_its_open_file_limit_and_the_connections_it_can_hold(served_copy, tmp_path):
    import resource

    server = ServeProcess(served_copy[0], tmp_path)
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        expected = hard if hard != resource.RLIM_INFINITY else None
        line = next(line for line in server.output().splitlines() if "open-file limit" in line)
        if expected is not None:
            assert f"open-file limit {expected} (was {soft}; the system allows {hard})" in line
        assert "connections at once" in line
        limit = counter(server.url, "clerk_open_files_limit")
        assert limit == expected if expected is not None else limit >= soft
    finally:
        server.close()


@pytest.mark.both_engines
def test_serving_with_workers_gives_the_feeds_a_store_added_straight_into_the_tables(served_copy, tmp_path):
    """As one process does at start (create_app): a store a retailer's script inserted, or one a database
    made by an older server has without its `store` entity, is in every store's feed once the workers serve."""
    db_url, network = served_copy
    database = Database(db_url)
    try:
        with database.write() as conn:
            conn.execute(db.stores.insert().values(id="st_script", name="Added by a script", currency="EUR",
                                                   timezone="Europe/Paris"))
    finally:
        database.dispose()
    server = ServeProcess(db_url, tmp_path, workers=2)
    try:
        store = network["stores"][0]
        device = _enroll(server.url, store, 1)[0]
        with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {device['device_token']}"},
                          timeout=30) as client:
            cursor, ids = None, set()
            while True:
                page = client.get(changes_url(store["id"]), params={"limit": 2000} | ({"cursor": cursor} if cursor else {})).json()
                ids |= {c["id"] for c in page["changes"] if c["entity"] == "store"}
                cursor = page["next_cursor"]
                if not page["has_more"]:
                    break
        assert "st_script" in ids
    finally:
        server.close()
