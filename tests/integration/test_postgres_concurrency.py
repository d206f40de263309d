"""Many writers and many feed readers at once on PostgreSQL: no reader skips a change, nothing is applied twice.

The classic pitfall: a seq taken at insert time, not at commit, lets a reader see seq 11 committed
while seq 10 is still in flight; its cursor moves past 10 and it never sees it. The server makes
each writer wait for the one before it to commit (central_api/db.py `allocate_seq`); here 16
writers (counters pushing mutations, and the retailer's web orders and cart edits) and 16 readers
paging the feed run at once, and every reader must end up with every change, in seq order.
"""

from __future__ import annotations

import random
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from central_api import db, simulate
from central_api.security import iso
from tests.helpers.api import SEED_NOW, LiveApi

NOW = iso(SEED_NOW)
DEVICE_WRITERS, WEB_WRITERS, READERS = 12, 4, 16
BATCHES = 10  # per counter, each pushed twice (the second time as a retry after a lost reply)
WEB_EVENTS = 20  # per web writer
PAGE = 25


def _ids(live_api: LiveApi, store_id: str) -> tuple[list[str], list[str]]:
    """Customers homed in the store, and its new pickups."""
    with live_api.database.read() as conn:
        customers = list(conn.execute(select(db.customers.c.id).where(db.customers.c.home_store_id == store_id)
                                      .order_by(db.customers.c.id)).scalars())
        new = list(conn.execute(select(db.pickups.c.id).where(db.pickups.c.store_id == store_id,
                                                              db.pickups.c.status == "new")
                                .order_by(db.pickups.c.id)).scalars())
    return customers, new


class Reader:
    """Pages a store's feed from no cursor, as often as it can, until told to stop and then to the head."""

    def __init__(self, http: httpx.Client, store_id: str) -> None:
        self.http, self.store_id = http, store_id
        self.cursor: str | None = None
        self.seqs: list[int] = []
        self.state: dict[tuple[str, str], int] = {}
        self.failures: list[str] = []

    def page(self) -> bool:
        params = {"limit": PAGE, **({"cursor": self.cursor} if self.cursor else {})}
        reply = self.http.get(f"/v1/stores/{self.store_id}/changes", params=params)
        if reply.status_code != 200:
            self.failures.append(f"{reply.status_code} {reply.text[:200]}")
            return True
        body = reply.json()
        for change in body["changes"]:
            self.seqs.append(change["seq"])
            key = (change["entity"], change["id"])
            if change["op"] == "delete":
                self.state.pop(key, None)
            else:
                self.state[key] = change["version"]
        self.cursor = body["next_cursor"]
        return body["has_more"]

    def run(self, writing: threading.Event) -> None:
        while writing.is_set():
            self.page()
        while self.page():  # the writers are done: read to the head
            pass


@pytest.mark.slow
@pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)
def test_16_writers_and_16_readers_at_once_no_reader_skips_a_change_and_nothing_is_applied_twice(live_api):
    store_ids = [live_api.store(0)["id"], live_api.store(1)["id"]]
    read_store = store_ids[0]
    ids = {store: _ids(live_api, store) for store in store_ids}
    # Counters of two stores: a customer in both stores' scopes puts one transaction's changes in both feeds.
    devices = [live_api.enroll(i % 2) for i in range(DEVICE_WRITERS)]
    reader_tokens = [live_api.enroll(0)["device_token"] for _ in range(4)]
    readers = [Reader(live_api.client(reader_tokens[i % 4]), read_store) for i in range(READERS)]
    failures: list[str] = []
    sent: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}  # mutation id -> (mutation, first result)
    with live_api.database.read() as conn:
        ledger_before = conn.execute(select(func.count()).select_from(db.mutation_ledger)).scalar_one()

    def counter(n: int) -> None:
        device = devices[n]
        store = device["store_id"]
        customers, new_pickups = ids[store]
        manager = live_api.staff_id(live_api.store(store_ids.index(store))["manager"])
        http = live_api.client(device["device_token"])
        rng = random.Random(n)
        # Counters of one store share its pickups: several start picking the same one at once.
        mine = new_pickups[n // 2 % len(new_pickups)::3]
        for seq in range(1, BATCHES + 1):
            if seq % 2 and mine:
                name, args = "pickup.start_picking.v1", {"pickup_id": mine[seq // 2 % len(mine)]}
            else:
                name, args = "customer.add_note.v1", {"note_id": str(uuid.uuid4()), "customer_id": rng.choice(customers),
                                                      "body": f"note {n}-{seq}"}
            mutation = {"mutation_id": str(uuid.uuid4()), "seq": seq, "name": name, "acted_by": manager,
                        "acted_at": NOW, "args": args}
            body = {"device_id": device["device_id"], "mutations": [mutation]}
            replies = [http.post("/v1/mutations", json=body) for _ in range(2)]  # the second: a retry
            if any(r.status_code != 200 for r in replies):
                failures.append(f"counter {n}: {[(r.status_code, r.text[:200]) for r in replies]}")
                continue
            first, again = (r.json()["results"][0] for r in replies)
            if first != again:
                failures.append(f"counter {n}: a retry answered {again}, the first push {first}")
            sent[mutation["mutation_id"]] = (mutation, first)

    def web(n: int) -> None:
        rng = random.Random(100 + n)
        for _ in range(WEB_EVENTS):
            event = rng.choice(["new_pickup", "cart_edit", "customer_update", "new_pickup"])
            try:
                with live_api.database.write() as conn:
                    simulate.EVENTS[event](conn, rng, live_api.clock, rng.choice(store_ids))
            except Exception as exc:  # noqa: BLE001 - any error here is what the test is looking for
                failures.append(f"web {n}: {type(exc).__name__}: {exc}")

    writing = threading.Event()
    writing.set()
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=DEVICE_WRITERS + WEB_WRITERS + READERS) as pool:
        read = [pool.submit(reader.run, writing) for reader in readers]
        writes = [pool.submit(counter, n) for n in range(DEVICE_WRITERS)] + [pool.submit(web, n) for n in range(WEB_WRITERS)]
        for future in writes:
            future.result()
        writing.clear()
        for future in read:
            future.result()
    elapsed = time.monotonic() - started

    assert not failures, failures[:5]
    for reader in readers:
        assert not reader.failures, reader.failures[:5]
    with live_api.database.read() as conn:
        f = db.feed.c
        feed_rows = conn.execute(select(f.seq, f.entity, f.entity_id, f.op, f.version).where(f.store_id == read_store)).all()
        ledger = conn.execute(select(func.count()).select_from(db.mutation_ledger)).scalar_one() - ledger_before
        note_ids = [m["args"]["note_id"] for m, result in sent.values()
                    if m["name"] == "customer.add_note.v1" and result["status"] == "applied"]
        notes_stored = conn.execute(select(func.count()).select_from(db.notes).where(db.notes.c.id.in_(note_ids))).scalar_one()
    expected_state = {(r.entity, r.entity_id): r.version for r in feed_rows if r.op == "upsert"}
    every_seq = {r.seq for r in feed_rows}
    pages = sum(len(reader.seqs) for reader in readers)
    for i, reader in enumerate(readers):
        assert reader.seqs == sorted(set(reader.seqs)), f"reader {i} got seqs out of order or twice"
        # Each row in the feed now was committed at its seq and never rewritten since: a reader whose
        # cursor passed that seq without getting the row skipped it.
        missed = every_seq - set(reader.seqs)
        assert not missed, f"reader {i} skipped seqs {sorted(missed)[:10]}"
        assert reader.state == expected_state
    # Every mutation once: one ledger row each, every applied note stored once, and counters' last seqs.
    assert len(sent) == DEVICE_WRITERS * BATCHES
    assert ledger == len(sent)
    assert notes_stored == len(note_ids)
    statuses = [result["status"] for _, result in sent.values()]
    assert statuses.count("applied") >= len(note_ids)
    # Several counters started the same pickups: exactly one start was applied per pickup, the others are noops.
    started_pickups: dict[str, int] = {}
    for mutation, result in sent.values():
        if mutation["name"] == "pickup.start_picking.v1" and result["status"] == "applied":
            started_pickups[mutation["args"]["pickup_id"]] = started_pickups.get(mutation["args"]["pickup_id"], 0) + 1
    assert started_pickups and all(n == 1 for n in started_pickups.values()), started_pickups
    print(f"\n{len(sent)} mutations (each pushed twice) and {WEB_WRITERS * WEB_EVENTS} web events, "
          f"{pages} changes read by {READERS} readers, in {elapsed:.1f} s")
