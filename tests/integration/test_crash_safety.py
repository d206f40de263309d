"""A sync process killed (SIGKILL) at random moments leaves a sound cache and loses or doubles no queued action."""

from __future__ import annotations

import os
import random
import secrets
import select
import signal
import subprocess
import sys
import time
from collections import Counter as Tally
from pathlib import Path
from typing import Any

import pytest

from central_api import db, simulate
from central_api.feed import decode_cursor
from clerk_app.api.client import ApiClient
from clerk_app.cache import Cache
from clerk_app.sync.actions import Actions
from clerk_app.sync.engine import Engine
from tests.helpers.compare import TABLES, cache_entities, server_scope

ROOT = Path(__file__).resolve().parents[2]
KILLS = 22
CHILD_REMINDERS = 12  # queued by each child while it syncs, until it is killed
READY_TIMEOUT = 30.0


def _pickup_versions(database, store_id: str) -> dict[str, int]:
    with database.read() as conn:
        return dict(conn.exec_driver_sql("SELECT id, version FROM pickups WHERE store_id = ?", (store_id,)).all())


def _exactly_once_so_far(database, store_id: str, device_id: str, versions_before: dict[str, int],
                         aims: dict[str, str | None]) -> dict[str, dict[str, Any]]:
    """Read the ledger and the pickups in one snapshot: each pickup moved once per applied action aimed at it."""
    with database.read() as conn:
        rows = conn.exec_driver_sql("SELECT mutation_id, seq, result FROM mutation_ledger WHERE device_id = ?",
                                    (device_id,)).all()
        versions = dict(conn.exec_driver_sql("SELECT id, version FROM pickups WHERE store_id = ?", (store_id,)).all())
    ledger = {row.mutation_id: {**db.loads(row.result), "seq": row.seq} for row in rows}
    assert ledger.keys() <= aims.keys()  # the server has nothing this device did not queue
    assert {r["status"] for r in ledger.values()} <= {"applied"}, [r for r in ledger.values() if r["status"] != "applied"]
    expected = Tally(aims[mid] for mid in ledger if aims.get(mid))
    grew = {pid: versions[pid] - v for pid, v in versions_before.items() if versions[pid] != v}
    assert grew == dict(expected)
    return ledger


def _logged(path: Path) -> set[str]:
    if not path.exists():
        return set()
    # A line cut short by the kill is ignored: its action is still in the outbox, where it is found.
    return {line for line in path.read_text(encoding="utf-8").splitlines() if len(line) == 36}


def _start_child(live_api, device: dict, path: Path, key: bytes, reminded: str, staff_id: str, log: Path,
                 err: Path) -> subprocess.Popen:
    options = {"url": live_api.url, "cache": path, "key": key.hex(), "store": device["store_id"],
               "device": device["device_id"], "token": device["device_token"], "page-size": 20, "batch-size": 10,
               "remind": reminded, "staff": staff_id, "max-enqueue": CHILD_REMINDERS, "log": log}
    # --name=value: a token may start with "-", which argparse would take for an option of its own.
    command = [sys.executable, "-m", "tests.helpers.sync_child", *(f"--{name}={value}" for name, value in options.items())]
    with open(err, "ab") as stderr:
        child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=stderr)
    deadline = time.monotonic() + READY_TIMEOUT
    while True:
        ready, _, _ = select.select([child.stdout], [], [], 0.1)
        if ready:
            line = child.stdout.readline()
            if line.strip() == b"ready":
                return child
            child.kill()
            child.wait()
            child.stdout.close()
            pytest.fail(f"the sync process did not start: {line!r} {err.read_text(errors='replace')[-2000:]}")
        if child.poll() is not None or time.monotonic() > deadline:
            child.kill()
            child.wait()
            child.stdout.close()
            pytest.fail(f"the sync process did not start: {err.read_text(errors='replace')[-2000:]}")


@pytest.mark.slow
def test_a_sync_killed_at_random_moments_keeps_the_cache_sound_and_every_action_exactly_once(live_api, tmp_path):
    rng = random.Random(4242)
    store = live_api.store(0)
    store_id = store["id"]
    with live_api.database.write() as conn:
        for _ in range(10):
            simulate.new_pickup(conn, rng, live_api.clock, store_id=store_id)
    device = live_api.enroll(0)
    staff_id = live_api.staff_id(store["associates"][0])
    staff = {"id": staff_id, "display_name": "Associate"}
    with live_api.database.read() as conn:
        statuses = dict(conn.exec_driver_sql("SELECT id, status FROM pickups WHERE store_id = ?", (store_id,)).all())
    new = sorted(pid for pid, status in statuses.items() if status == "new")
    ready = sorted(pid for pid, status in statuses.items() if status == "ready")
    open_pickups = sorted(pid for pid, status in statuses.items() if status in ("new", "picking", "ready"))
    customers = sorted(eid for kind, eid, _ in server_scope(live_api.database, store_id) if kind == "customer")
    reminded = ready[0]  # the children's reminders go to this one
    versions_before = _pickup_versions(live_api.database, store_id)

    # Queued before the first download (the cache is empty), so the first children push while they pull.
    path, key = tmp_path / "cache.db", secrets.token_bytes(32)
    aims: dict[str, str | None] = {}  # mutation id -> the pickup it changes (None: not a pickup)
    note_ids: list[str] = []
    reminders_queued: Tally[str] = Tally()
    acted_at = "2026-11-20T11:00:00Z"
    with Cache.open(path, key) as cache:
        def queue(name: str, args: dict[str, Any]) -> None:
            row = cache.enqueue(name, args, staff_id, entity="pickup", entity_id=args["pickup_id"], optimistic=None,
                                acted_at=acted_at)
            aims[row["mutation_id"]] = args["pickup_id"]

        for pickup_id in new:
            queue("pickup.start_picking.v1", {"pickup_id": pickup_id})
        for i in range(12):
            pickup_id = rng.choice(ready)
            queue("pickup.notify.v1", {"pickup_id": pickup_id, "kind": "reminder"})
            reminders_queued[pickup_id] += 1
            queue("pickup.record_arrival.v1", {"pickup_id": rng.choice(open_pickups), "note": f"arrived #{i}"})
        actions = Actions(cache)
        for i in range(10):
            note_ids.append(actions.add_note(rng.choice(customers), f"Kill-safe note {i}", staff, store_id)["id"])
        for item in cache.pending(1000):
            aims.setdefault(item["mutation_id"], None)
    pre_queued = len(aims)
    assert pre_queued >= 40

    log, err = tmp_path / "queued.log", tmp_path / "child.err"
    cursor_at = (0, 0)  # (horizon, seq) of the cache's cursor: a rebuild after a 410 starts a later horizon
    horizon = 0
    device_last_seq = 0
    for kill in range(KILLS):
        child = _start_child(live_api, device, path, key, reminded, staff_id, log, err)
        time.sleep(rng.uniform(0.05, 1.0))
        assert child.poll() is None, f"the sync process stopped by itself: {err.read_text(errors='replace')[-2000:]}"
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
        assert child.returncode == -signal.SIGKILL

        with Cache.open(path, key) as cache:
            assert cache.integrity_check() == ["ok"]
            outbox = {item["mutation_id"]: item for item in cache.pending(10_000)}
            for mutation_id in _logged(log) | outbox.keys():
                aims.setdefault(mutation_id, reminded)  # anything not queued above is a child's reminder
            # An optimistic effect is never left behind without the queued action that made it.
            targeted = {item["entity_id"] for item in outbox.values()}
            for table in TABLES.values():
                overlaid = cache.connection.execute(f"SELECT id FROM {table} WHERE local_data IS NOT NULL").fetchall()
                assert {row[0] for row in overlaid} <= targeted, table
            # The cursor and the device's last seq never go back, whatever the kill interrupted; only
            # a rebuild the server asked for (410) drops the cursor, until the new download's first page.
            cursor = cache.cursor()
            if cursor is None:
                assert cursor_at == (0, 0) or cursor_at[0] < horizon, f"kill {kill}: the cursor was lost"
            else:
                seq, handed_out_at = decode_cursor(cursor)
                assert (handed_out_at, seq) >= cursor_at, f"kill {kill}: the cursor went back"
                cursor_at = (handed_out_at, seq)
            assert cache.device_last_seq() >= device_last_seq
            device_last_seq = cache.device_last_seq()
        ledger = _exactly_once_so_far(live_api.database, store_id, device["device_id"], versions_before, aims)
        # Applied but not yet settled: it waits with the seq the server recorded, to be answered from the ledger.
        assert all(outbox[m]["seq"] == ledger[m]["seq"] for m in outbox.keys() & ledger.keys())
        lost = aims.keys() - outbox.keys() - ledger.keys()
        assert not lost, f"kill {kill}: {len(lost)} queued actions are neither queued nor on the server"

        # The rest of the retailer carries on, so the next child has changes to pull.
        with live_api.database.write() as conn:
            simulate.new_pickup(conn, rng, live_api.clock, store_id=store_id)
            simulate.cart_edit(conn, rng, live_api.clock, store_id=store_id)
            simulate.customer_update(conn, rng, live_api.clock, store_id=store_id)
            if kill == KILLS // 2:
                # Halfway, the server purges old tombstones past the device's cursor: the next children
                # are told 410 and rebuild the cache, so kills also land in the middle of a rebuild.
                conn.exec_driver_sql("UPDATE stores SET horizon_seq = (SELECT value FROM counters WHERE name = 'seq') + 1 "
                                     "WHERE id = ?", (store_id,))
                horizon = conn.exec_driver_sql("SELECT horizon_seq FROM stores WHERE id = ?", (store_id,)).scalar_one()

    # A clean sync in this process settles everything that was left.
    with Cache.open(path, key) as cache, ApiClient(live_api.url) as api:
        api.set_device_token(device["device_token"])
        Engine(api, cache, store_id, device["device_id"]).sync_once()
        assert cache.depth() == 0
        assert cache.conflicts() == []
        assert cache.integrity_check() == ["ok"]
        for table in TABLES.values():
            assert cache.connection.execute(f"SELECT count(*) FROM {table} WHERE local_data IS NOT NULL").fetchone()[0] == 0
        assert cache_entities(cache) == server_scope(live_api.database, store_id)
        assert decode_cursor(cache.cursor())[1] == horizon  # it did rebuild after the 410
    ledger = _exactly_once_so_far(live_api.database, store_id, device["device_id"], versions_before, aims)
    assert ledger.keys() == aims.keys()
    reminders_queued[reminded] += len(aims) - pre_queued  # the rest are the children's reminders
    assert len(aims) - pre_queued >= KILLS // 2  # the children queued actions too, and were killed with them
    with live_api.database.read() as conn:
        reminders = Tally(dict(conn.exec_driver_sql(
            "SELECT pickup_id, count(*) FROM notifications WHERE kind = 'reminder' GROUP BY pickup_id").all()))
        stored_notes = conn.exec_driver_sql(
            f"SELECT id FROM notes WHERE id IN ({','.join('?' for _ in note_ids)})", tuple(note_ids)).scalars().all()
    assert reminders == reminders_queued
    assert sorted(stored_notes) == sorted(note_ids)
