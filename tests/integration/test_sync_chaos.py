"""Exactly once under a hostile network: three counters' queued actions reach the server once each, none lost."""

from __future__ import annotations

import random
from collections import Counter as Tally

import httpx
import pytest

from central_api import db, simulate
from clerk_app.errors import ClerkError, OfflineError, ServerUnavailable
from tests.helpers.compare import TABLES, cache_entities, server_scope

DEVICES = 3
ACTIONS_PER_DEVICE = 170
NEW_PICKUPS = 30  # made before the counters sync, so every counter has its own pickups to start picking
MAX_ROUNDS = 400  # a drain that needs more is stuck, not unlucky (it takes about 30 with this seed)

# How often each thing happens to a request: fewer than one in three gets through untouched.
FAULTS = {
    "drop_reply": 25,  # the server got it and committed, the reply is lost on the way back
    "read_timeout": 9,  # never sent; the client gives up waiting
    "connect_error": 9,
    "reset": 9,
    "error_500": 9,
    "busy_503": 9,  # Retry-After: 0
    "forward": 30,
}


class HostileNetwork(httpx.BaseTransport):
    """The network between one counter and the server, failing at random (seeded) in every way it can."""

    def __init__(self, rng: random.Random) -> None:
        self.inner = httpx.HTTPTransport()
        self.rng = rng
        self.hostile = False
        self.seen: Tally[tuple[str, str]] = Tally()  # (fault, method)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not self.hostile:
            return self.inner.handle_request(request)
        fault = self.rng.choices(list(FAULTS), weights=list(FAULTS.values()))[0]
        self.seen[(fault, request.method)] += 1
        if fault == "forward":
            return self.inner.handle_request(request)
        if fault == "drop_reply":
            response = self.inner.handle_request(request)
            response.read()  # the server has answered: whatever it did is committed
            response.close()
            raise httpx.ReadError("connection reset while reading the reply", request=request)
        if fault == "read_timeout":
            raise httpx.ReadTimeout("timed out", request=request)
        if fault == "connect_error":
            raise httpx.ConnectError("connection refused", request=request)
        if fault == "reset":
            raise httpx.RemoteProtocolError("peer closed connection without sending complete message body",
                                            request=request)
        if fault == "error_500":
            return httpx.Response(500, text="Internal Server Error", request=request)
        return httpx.Response(503, headers={"Retry-After": "0", "Content-Type": "application/problem+json"},
                              json={"type": "/problems/busy", "title": "Busy", "status": 503}, request=request)

    def close(self) -> None:
        self.inner.close()


def _server_pickup_versions(database, store_id: str) -> dict[str, int]:
    with database.read() as conn:
        return dict(conn.exec_driver_sql("SELECT id, version FROM pickups WHERE store_id = ?", (store_id,)).all())


def _server_pickup_statuses(database, store_id: str) -> dict[str, str]:
    with database.read() as conn:
        return dict(conn.exec_driver_sql("SELECT id, status FROM pickups WHERE store_id = ?", (store_id,)).all())


def _server_events(database, clock, rng: random.Random, store_id: str) -> None:
    """Web activity meanwhile, so that pulls under fire have changes to bring (none touches an existing pickup)."""
    with database.write() as conn:
        simulate.new_pickup(conn, rng, clock, store_id=store_id)
        simulate.cart_edit(conn, rng, clock, store_id=store_id)
        simulate.customer_update(conn, rng, clock, store_id=store_id)


@pytest.mark.slow
def test_every_action_from_three_counters_lands_exactly_once_through_a_hostile_network(live_api, make_counter):
    rng = random.Random(20261120)
    store = live_api.store(0)
    with live_api.database.write() as conn:
        for _ in range(NEW_PICKUPS):
            simulate.new_pickup(conn, rng, live_api.clock, store_id=store["id"])

    networks = [HostileNetwork(random.Random(7000 + n)) for n in range(DEVICES)]
    # Small batches and pages: many requests, so many of them fail, at every step of a round.
    counters = [make_counter(0, transport=networks[n], batch_size=25, page_size=100) for n in range(DEVICES)]
    for counter in counters:
        counter.engine.sync_once()  # the starting download, on a good network

    statuses = _server_pickup_statuses(live_api.database, store["id"])
    versions_before = _server_pickup_versions(live_api.database, store["id"])
    new = sorted(pid for pid, status in statuses.items() if status == "new")
    ready = sorted(pid for pid, status in statuses.items() if status == "ready")
    doomed = new.pop()  # counter 2 starts picking it while head office cancels it: the one intended conflict
    open_pickups = sorted(pid for pid, status in statuses.items() if status in ("new", "picking", "ready") and pid != doomed)
    customers = sorted(eid for kind, eid, _ in server_scope(live_api.database, store["id"]) if kind == "customer")
    assert len(new) >= 3 * DEVICES and ready and customers

    queued: list[list[str]] = [[] for _ in range(DEVICES)]  # mutation ids per counter
    aimed_at: Tally[str] = Tally()  # applied actions expected per pickup
    reminders: Tally[str] = Tally()
    note_ids: list[str] = []
    audited = 0
    for n, counter in enumerate(counters):
        staff_id = live_api.staff_id(store["associates"][n % len(store["associates"])])
        staff = {"id": staff_id, "display_name": f"Associate {n}"}
        mine = new[n::DEVICES]  # each pickup is started by one counter only, so each start is applied, never a noop
        plan = ["start"] * len(mine) + [rng.choices(["remind", "note", "arrival", "audit"], weights=[40, 30, 25, 5])[0]
                                        for _ in range(ACTIONS_PER_DEVICE - len(mine) - (n == 2))]
        rng.shuffle(plan)
        for i, what in enumerate(plan):
            if what == "start":
                pickup_id = mine.pop()
                counter.actions.start_picking(pickup_id, staff_id)
                aimed_at[pickup_id] += 1
            elif what == "remind":
                pickup_id = rng.choice(ready)
                counter.actions.notify(pickup_id, "reminder", staff_id)
                aimed_at[pickup_id] += 1
                reminders[pickup_id] += 1
            elif what == "arrival":
                pickup_id = rng.choice(open_pickups)
                # A different note each time: the same arrival recorded twice would rightly be a noop.
                counter.actions.record_arrival(pickup_id, f"at the door, counter {n} #{i}", staff_id)
                aimed_at[pickup_id] += 1
            elif what == "note":
                note_ids.append(counter.actions.add_note(rng.choice(customers), f"Note {n}.{i}", staff, store["id"])["id"])
            else:
                counter.actions.record_views(rng.sample(customers, 2), staff_id)
                audited += 2
        if n == 2:
            counter.actions.start_picking(doomed, staff_id)
        queued[n] = [item["mutation_id"] for item in counter.cache.pending(1000)]
        assert len(queued[n]) == ACTIONS_PER_DEVICE
    with live_api.database.write() as conn:
        simulate.central_cancel(conn, rng, live_api.clock, pickup_id=doomed)
    aimed_at[doomed] += 1  # the cancel itself; the refused start adds nothing

    for network in networks:
        network.hostile = True
    errors: Tally[type] = Tally()
    for round_no in range(MAX_ROUNDS):
        busy = [c for c in counters if c.cache.depth()]
        if not busy:
            break
        for counter in busy:
            try:
                counter.engine.sync_once()
            except ClerkError as exc:
                errors[type(exc)] += 1
        if round_no % 4 == 0:
            _server_events(live_api.database, live_api.clock, rng, store["id"])
    else:
        pytest.fail(f"the outboxes did not drain in {MAX_ROUNDS} rounds: {[c.cache.depth() for c in counters]}")
    # Still through the hostile network: each counter keeps trying until one whole round gets through.
    for counter in counters:
        for _ in range(100):
            try:
                counter.engine.sync_once()
                break
            except ClerkError as exc:
                errors[type(exc)] += 1
        else:
            pytest.fail("a counter never completed a sync round")

    # The network really was hostile, in every way, and to pushes whose changes the server had committed.
    seen = sum((network.seen for network in networks), Tally())
    assert seen[("drop_reply", "POST")] >= 5
    for fault in FAULTS:
        assert seen[(fault, "POST")] + seen[(fault, "GET")] >= 3, fault
    # Only what a bad network can cause: no reply was ever misread as something else.
    assert set(errors) <= {OfflineError, ServerUnavailable}
    assert sum(errors.values()) >= 50

    with live_api.database.read() as conn:
        for n, counter in enumerate(counters):
            ledger = conn.exec_driver_sql(
                "SELECT mutation_id, seq, result FROM mutation_ledger WHERE device_id = ? ORDER BY seq",
                (counter.device_id,)).all()
            assert sorted(row.mutation_id for row in ledger) == sorted(queued[n])  # every one, no stranger
            seqs = [row.seq for row in ledger]
            assert len(set(seqs)) == len(seqs) == ACTIONS_PER_DEVICE
            assert conn.exec_driver_sql("SELECT last_seq FROM devices WHERE id = ?",
                                        (counter.device_id,)).scalar_one() == max(seqs)
            outcomes = Tally(db.loads(row.result)["status"] for row in ledger)
            refused = 1 if n == 2 else 0
            assert outcomes == Tally({"applied": ACTIONS_PER_DEVICE - refused, "rejected": refused} if refused
                                     else {"applied": ACTIONS_PER_DEVICE})
        notified = Tally(dict(conn.exec_driver_sql(
            "SELECT pickup_id, count(*) FROM notifications WHERE kind = 'reminder' GROUP BY pickup_id").all()))
        assert notified == reminders
        placeholders = ",".join("?" for _ in note_ids)
        stored_notes = conn.exec_driver_sql(f"SELECT id FROM notes WHERE id IN ({placeholders})", tuple(note_ids)).all()
        assert sorted(row.id for row in stored_notes) == sorted(note_ids)
        assert conn.exec_driver_sql("SELECT count(*) FROM audit_events WHERE device_id IN (?, ?, ?)",
                                    tuple(c.device_id for c in counters)).scalar_one() == audited
        assert conn.exec_driver_sql("SELECT status FROM pickups WHERE id = ?", (doomed,)).scalar_one() == "cancelled"

    # Each pickup moved exactly as many versions as the actions aimed at it: nothing applied twice.
    versions_after = _server_pickup_versions(live_api.database, store["id"])
    grew = {pid: versions_after[pid] - version for pid, version in versions_before.items()
            if versions_after[pid] != version}
    assert grew == dict(aimed_at)

    for n, counter in enumerate(counters):
        assert counter.cache.depth() == 0
        conflicts = counter.cache.conflicts()
        if n == 2:
            assert [(c["name"], c["entity_id"], c["problem"]["type"]) for c in conflicts] == [
                ("pickup.start_picking.v1", doomed, "/problems/status-conflict")]
        else:
            assert conflicts == []
        for table in TABLES.values():
            pending = counter.cache.connection.execute(f"SELECT count(*) FROM {table} WHERE local_data IS NOT NULL")
            assert pending.fetchone()[0] == 0, table
        assert cache_entities(counter.cache) == server_scope(live_api.database, store["id"])
