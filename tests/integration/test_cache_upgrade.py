"""An upgrade keeps everything: a cache left by the previous release opens in this one with its queued
actions, conflicts and offline sign-ins intact, and its queue syncs exactly once."""

from __future__ import annotations

import secrets

import pytest
from sqlalchemy import select

from central_api import db
from clerk_app.api.client import ApiClient
from clerk_app.cache import Cache
from clerk_app.cache.migrations import LATEST
from clerk_app.domain.offline_unlock import verify
from clerk_app.sync.engine import Engine
from tests.helpers.api import PASSWORD
from tests.helpers.release_cache import RELEASE_SCHEMA, SIGNED_IN_AT, make_release_cache


def _staff(live_api, username: str, role: str) -> dict:
    return {"id": live_api.staff_id(username), "username": username.upper(), "display_name": username.title(),
            "role": role, "store_ids": [live_api.store_id]}


@pytest.mark.parametrize("schema", [RELEASE_SCHEMA, RELEASE_SCHEMA - 1], ids=["this-release", "the-one-before"])
def test_a_cache_left_by_the_previous_release_opens_intact_and_its_queue_syncs_once(live_api, tmp_path, schema):
    store = live_api.store(0)
    device = live_api.enroll(0)
    with live_api.database.read() as conn:
        rows = conn.execute(select(db.pickups.c.data).where(db.pickups.c.store_id == store["id"])
                            .order_by(db.pickups.c.id)).scalars().all()
    pickups = [db.loads(text) for text in rows]
    waiting = next(p for p in pickups if p["status"] == "new")
    refused = next(p for p in pickups if p["status"] == "ready")
    associate = _staff(live_api, store["associates"][0], "associate")
    manager = _staff(live_api, store["manager"], "manager")
    path, key = tmp_path / "cache.db", secrets.token_bytes(32)
    made = make_release_cache(path, key, pickup=waiting, conflict_pickup=refused, customer_id=waiting["customer_id"],
                              store_id=store["id"], associate=associate, manager=manager, schema=schema)

    cache = Cache.open(path, key)
    try:
        versions = [v for (v,) in cache.connection.execute("SELECT version FROM schema_migrations ORDER BY version")]
        assert versions == list(range(1, LATEST + 1))

        # The queue, in order, as it was written: same ids, same content, same acted_at.
        pending = cache.pending()
        assert [(p["seq"], p["mutation_id"], p["name"], p["acted_by"], p["args"], p["entity"], p["entity_id"])
                for p in pending] == [(seq, mid, name, by, args, entity, eid)
                                      for seq, mid, name, by, args, entity, eid in made["actions"]]
        assert all(p["acted_at"] == "2026-11-20T11:40:00Z" and p["attempts"] == 2 for p in pending)
        shown = cache.pickup(waiting["id"])
        assert shown["status"] == "picking" and shown["pending"] is True
        assert [n["id"] for n in cache.notes(waiting["customer_id"]) if n.get("pending")] == [made["note"]["id"]]

        # The conflicts: the open one listed with the server's view, the dismissed one kept.
        [open_conflict] = cache.conflicts()
        assert open_conflict["problem"] == made["problem"] and open_conflict["args"] == made["handover"]
        assert open_conflict["server_entity"] == refused and open_conflict["seq"] == 2
        assert len(cache.conflicts(include_dismissed=True)) == 2

        # Offline sign-ins: both staff can still unlock offline with their password.
        for person in (associate, manager):
            record = cache.login_record(person["username"].lower())
            assert record is not None and record["staff"] == person and record["signed_in_at"] == SIGNED_IN_AT
            assert verify(PASSWORD, record["verifier"]) and not verify("wrong", record["verifier"])
        assert [r["staff"]["id"] for r in cache.manager_logins()] == [manager["id"]]

        # The kept queue reaches the server, exactly once, after the new code's full download.
        with ApiClient(live_api.url) as api:
            api.set_device_token(device["device_token"])
            report = Engine(api, cache, device["store_id"], device["device_id"]).sync_once()
        assert report.pushed == 3 and report.conflicts == 0 and cache.depth() == 0
        assert cache.pickup(waiting["id"])["status"] == "picking" and cache.pickup(waiting["id"])["pending"] is False
        assert len(cache.conflicts()) == 1  # the old conflict is still there for someone to act on
        # A new action numbers after every seq the old release used.
        assert cache.enqueue("pickup.mark_ready.v1", {"pickup_id": waiting["id"], "shelf_location": "A1", "picked": []},
                             associate["id"], entity=None, entity_id=None, optimistic=None,
                             acted_at="2026-11-20T12:00:00Z")["seq"] == 6
    finally:
        cache.close()
    with live_api.database.read() as conn:
        server = db.loads(conn.execute(select(db.pickups.c.data).where(db.pickups.c.id == waiting["id"])).scalar_one())
        notes = conn.execute(select(db.notes.c.id).where(db.notes.c.id == made["note"]["id"])).scalars().all()
    assert server["status"] == "picking" and notes == [made["note"]["id"]]
