"""`clerk-api copy`: a pilot store's SQLite database moved to PostgreSQL, and its counters carry on."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import func, select

from central_api import cli, db, simulate
from central_api.app import create_app
from central_api.db import Database
from central_api.security import iso
from central_api.server import BackgroundServer
from tests.helpers.api import SEED_NOW, FrozenClock, LiveApi, copy_database

NOW = iso(SEED_NOW)


def pull_to_head(http, store_id: str, cursor: str | None) -> tuple[str, list[dict[str, Any]]]:
    changes: list[dict[str, Any]] = []
    while True:
        reply = http.get(f"/v1/stores/{store_id}/changes", params={"limit": 500, **({"cursor": cursor} if cursor else {})})
        assert reply.status_code == 200, reply.text
        page = reply.json()
        changes += page["changes"]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return cursor, changes


def note(device: dict[str, Any], seq: int, staff_id: str, customer_id: str) -> dict[str, Any]:
    return {"device_id": device["device_id"], "mutations": [{
        "mutation_id": str(uuid.uuid4()), "seq": seq, "name": "customer.add_note.v1", "acted_by": staff_id,
        "acted_at": NOW, "args": {"note_id": str(uuid.uuid4()), "customer_id": customer_id, "body": f"note {seq}"}}]}


def counts(database: Database) -> dict[str, int]:
    with database.read() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in db.metadata.sorted_tables}


@pytest.fixture
def empty_postgres(postgres_server):
    name = postgres_server.new_name("copy")
    postgres_server.create(name)
    yield postgres_server.url(name)
    postgres_server.drop(name)


def test_a_sqlite_database_copied_to_postgresql_serves_old_cursors_tokens_and_ledger_with_no_gap(
        seeded_template, tmp_path, empty_postgres):
    template, network = seeded_template
    sqlite_db = copy_database(template, tmp_path / "pilot.db")
    clock = FrozenClock()
    server = BackgroundServer(create_app(sqlite_db, clock=clock)).start()
    api = LiveApi(server.url, sqlite_db, clock, network)
    store_id, manager = api.store_id, api.staff_id(api.store()["manager"])
    with sqlite_db.read() as conn:
        customer_id = conn.execute(select(db.customers.c.id).where(db.customers.c.home_store_id == store_id)
                                   .order_by(db.customers.c.id)).scalars().first()
    try:
        device = api.enroll(0)
        # An enrollment code IT has not used up yet, and a wrong code's failure: both move with the store.
        code = api.client(api.staff_token(api.store()["manager"])).post(
            f"/v1/stores/{store_id}/enrollment-codes", json={"expires_in_hours": 24, "uses": 2}).json()["code"]
        assert api.client().post("/v1/devices", json={"enrollment_code": "WRONG", "name": "x"}).status_code == 401
        http = api.client(device["device_token"])
        cursor, _ = pull_to_head(http, store_id, None)  # the counter's initial download
        viewed = {"device_id": device["device_id"], "mutations": [{
            "mutation_id": str(uuid.uuid4()), "seq": 1, "name": "audit.record.v1", "acted_by": manager, "acted_at": NOW,
            "args": {"events": [{"action": "customer.view", "subject": customer_id, "at": NOW}]}}]}
        assert http.post("/v1/mutations", json=viewed).json()["results"][0]["status"] == "applied"
        first = note(device, 2, manager, customer_id)
        assert http.post("/v1/mutations", json=first).json()["results"][0]["status"] == "applied"
        # More changes the counter has not pulled yet when the store moves.
        assert http.post("/v1/mutations", json=note(device, 3, manager, customer_id)).status_code == 200
        simulate.run(sqlite_db, 15, seed_value=3, clock=clock, store_id=store_id)
        _, expected = pull_to_head(api.client(device["device_token"]), store_id, cursor)
        assert expected
    finally:
        api.close()
        server.stop()
    before = counts(sqlite_db)
    sqlite_db.dispose()

    assert cli.main(["copy", "--from", sqlite_db.url, "--to", empty_postgres]) == 0

    pg_db = Database(empty_postgres)
    server = BackgroundServer(create_app(pg_db, clock=clock)).start()
    api = LiveApi(server.url, pg_db, clock, network)
    try:
        assert counts(pg_db) == before
        assert before["enrollment_codes"] == 1 and before["enrollment_failures"] == 1
        by_code = api.client().post("/v1/devices", json={"enrollment_code": code, "name": "after the move"})
        assert by_code.status_code == 201 and by_code.json()["store_id"] == store_id
        http = api.client(device["device_token"])  # the same device token, on the new server
        # The counter's old cursor: exactly the changes it had not pulled, no resync (410), no gap.
        head, after_copy = pull_to_head(http, store_id, cursor)
        assert after_copy == expected
        # The ledger came along: the first note, pushed again, is answered from it, not applied twice.
        again = http.post("/v1/mutations", json=first).json()
        assert again["results"][0]["status"] == "applied" and again["device_last_seq"] == 3
        stale = http.post("/v1/mutations", json=note(device, 3, manager, customer_id)).json()["results"][0]
        assert stale["status"] == "rejected"
        # A new change continues after the old seqs, and the old cursor's successor sees it.
        third = note(device, 4, manager, customer_id)
        assert http.post("/v1/mutations", json=third).json()["results"][0]["status"] == "applied"
        _, new = pull_to_head(http, store_id, head)
        assert ("note", third["mutations"][0]["args"]["note_id"]) in {(c["entity"], c["id"]) for c in new}
        assert min(c["seq"] for c in new) > max(c["seq"] for c in expected)
        # Serial ids continue too: a new audit event gets an id after the copied ones (the first
        # was recorded on SQLite), where a sequence left at 1 would collide with it.
        assert before["audit_events"] > 0
        audit = {"device_id": device["device_id"], "mutations": [{
            "mutation_id": str(uuid.uuid4()), "seq": 5, "name": "audit.record.v1", "acted_by": manager, "acted_at": NOW,
            "args": {"events": [{"action": "customer.view", "subject": customer_id, "at": NOW}]}}]}
        assert http.post("/v1/mutations", json=audit).json()["results"][0]["status"] == "applied"
        assert counts(pg_db)["audit_events"] == before["audit_events"] + 1
    finally:
        api.close()
        server.stop()
        pg_db.dispose()


def test_copy_refuses_a_target_that_already_has_data_and_writes_nothing(seeded_template, tmp_path, capsys):
    template, _ = seeded_template
    source = copy_database(template, tmp_path / "a.db")
    target = copy_database(template, tmp_path / "b.db")
    before = counts(target)
    source.dispose()
    target.dispose()
    assert cli.main(["copy", "--from", source.url, "--to", target.url]) == 2
    assert "already has stores" in capsys.readouterr().err
    assert counts(target) == before
