"""A database that stays locked is answered 503 with Retry-After, applies nothing, and a retry works."""

from __future__ import annotations

import sqlite3
import uuid

from central_api.app import create_app
from central_api.db import Database
from central_api.server import serve_in_thread
from tests.helpers.api import FrozenClock, LiveApi


def test_a_locked_database_is_503_and_the_retry_applies_once(live_api):
    device = live_api.enroll()
    with live_api.database.read() as conn:
        pickup_id = conn.exec_driver_sql(
            "SELECT id FROM pickups WHERE store_id = ? AND status = 'new' ORDER BY id LIMIT 1", (device["store_id"],)
        ).scalar_one()
    path = live_api.database.url.removeprefix("sqlite:///")
    # A second server over the same file that gives up on a lock after 100 ms instead of 30 s.
    impatient = Database(live_api.database.url, busy_timeout_ms=100)
    batch = {"device_id": device["device_id"], "mutations": [{
        "mutation_id": str(uuid.uuid4()), "seq": 1, "name": "pickup.start_picking.v1",
        "acted_by": live_api.staff_id(live_api.store()["associates"][0]), "acted_at": "2026-11-20T12:00:00Z",
        "args": {"pickup_id": pickup_id}}]}
    with serve_in_thread(create_app(impatient, clock=FrozenClock())) as server:
        api = LiveApi(server.url, impatient, live_api.clock, live_api.network)
        client = api.client(device["device_token"])
        blocker = sqlite3.connect(path, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")  # another writer holds the database
        try:
            reply = client.post("/v1/mutations", json=batch)
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()
        assert reply.status_code == 503
        assert reply.headers["content-type"].startswith("application/problem+json")
        assert reply.headers["retry-after"] == "5"
        assert reply.json()["type"] == "/problems/unavailable"
        with impatient.read() as conn:
            assert conn.exec_driver_sql("SELECT status FROM pickups WHERE id = ?", (pickup_id,)).scalar_one() == "new"
            assert conn.exec_driver_sql("SELECT count(*) FROM mutation_ledger").scalar_one() == 0

        retry = client.post("/v1/mutations", json=batch)
        assert retry.status_code == 200
        assert retry.json()["results"][0]["status"] == "applied"
        assert retry.json()["device_last_seq"] == 1
        api.close()
    impatient.dispose()
