"""Counters and a server of different versions keep working together (API.md "Evolution", v1.1 "Client versions")."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from central_api import db, entities
from central_api.app import create_app
from central_api.server import BackgroundServer, free_port
from clerk_app import __version__
from clerk_app.api.client import ApiClient, user_agent
from clerk_app.api.models import forget_noted
from clerk_app.errors import UnsupportedVersion
from clerk_app.sync.connectivity import ConnectionState
from tests.helpers.api import FrozenClock, LiveApi, copy_database
from tests.helpers.compare import cache_entities, server_scope
from tests.integration.test_device_cli import Machine, _set_up_here
from tests.integration.test_metrics_match_server import assert_all_match

MAIN = Path(__file__).resolve().parents[2]


@pytest.fixture
def live_api(central_db, seeded_template) -> Iterator[LiveApi]:
    """The real server, as tests/helpers/api.py starts it, with its app at hand: a test sets the
    minimum Clerk version it serves (`app.state.min_client_version`, what --min-client-version sets)."""
    app = create_app(central_db, clock=FrozenClock())
    server = BackgroundServer(app).start()
    api = LiveApi(server.url, central_db, app.state.clock, seeded_template[1])
    api.app = app  # type: ignore[attr-defined]
    try:
        yield api
    finally:
        api.close()
        server.stop()


def _wait_until(done: Any, seconds: float, failure: str) -> None:
    deadline = time.monotonic() + seconds
    while not done():
        assert time.monotonic() < deadline, failure
        time.sleep(0.02)


def _newer_servers_values(live_api: Any, store_id: str) -> dict[str, Any]:
    """An order, a pickup and a customer carrying enumeration values a newer central system added."""
    now_ts = int(live_api.clock.time())
    now = entities.iso_ts(now_ts)
    suffix = uuid.uuid4().hex[:8]
    with live_api.database.write() as conn:
        customer = next(db.loads(text) for text in conn.execute(
            select(db.customers.c.data).where(db.customers.c.home_store_id == store_id).limit(1)).scalars())
        customer = entities.save(conn, "customer", {**customer, "loyalty_tier": "diamond",
                                                     "preferred_channel": "whatsapp"}, now_ts)
        product = db.loads(conn.execute(select(db.products.c.data).order_by(db.products.c.sku).limit(1)).scalar_one())
        line = {"sku": product["sku"], "name": product["name"], "quantity": 1, "unit_price_cents": product["price_cents"]}
        order = entities.save(conn, "order", {
            "id": f"or_s{suffix}", "number": f"CL-9{now_ts % 10**8:08d}", "customer_id": customer["id"],
            "channel": "marketplace", "placed_at": now, "status": "awaiting_payment", "fulfillment": "locker",
            "store_id": store_id, "currency": "EUR", "total_cents": product["price_cents"], "lines": [line],
        }, now_ts, is_new=True)
        pickup = entities.save(conn, "pickup", {
            "id": f"pk_s{suffix}", "order_id": order["id"], "order_number": order["number"],
            "customer_id": customer["id"], "customer_name": customer["display_name"], "store_id": store_id,
            "status": "on_hold", "created_at": now, "promised_by": entities.iso_ts(now_ts + 4 * 3600),
            "ready_at": None, "pickup_by": None, "picked_up_at": None, "shelf_location": None,
            "pickup_code": "TEST42", "alternate_pickup_name": None, "customer_arrived_at": None, "arrival_note": None,
            "notifications": [{"kind": "payment_link", "channel": "sms", "sent_at": now}], "handover": None,
            "cancel_reason": None,
            "lines": [{"sku": product["sku"], "name": product["name"], "quantity": 1, "picked_quantity": 0,
                       "collected_quantity": 0}],
        }, now_ts, is_new=True)
    return {"customer": customer, "order": order, "pickup": pickup}


def test_enumeration_values_a_newer_server_added_are_synced_kept_counted_and_noted_once(live_api, make_counter, caplog):
    forget_noted()
    counter = make_counter(0)
    counter.engine.sync_once()
    made = _newer_servers_values(live_api, counter.store_id)
    cursor_before = counter.cache.cursor()

    with caplog.at_level(logging.INFO, logger="clerk_app.api.models"):
        report = counter.engine.sync_once()  # the delta: before, "marketplace" made this page a protocol error
        fresh = make_counter(0)
        fresh.engine.sync_once()  # a first download over the same values

    for cache in (counter.cache, fresh.cache):
        orders = {o["id"]: o for o in cache.orders(made["customer"]["id"], limit=500)}
        order = orders[made["order"]["id"]]
        assert (order["channel"], order["status"], order["fulfillment"]) == ("marketplace", "awaiting_payment", "locker")
        pickup = cache.pickup(made["pickup"]["id"])
        assert pickup["status"] == "on_hold" and pickup["notifications"][0]["kind"] == "payment_link"
        customer = cache.customer(made["customer"]["id"])
        assert (customer["loyalty_tier"], customer["preferred_channel"]) == ("diamond", "whatsapp")
    assert report.pulled >= 3 and counter.cache.cursor() != cursor_before
    notes = [r.getMessage() for r in caplog.records]
    for value in ("marketplace", "awaiting_payment", "locker", "on_hold", "payment_link", "diamond", "whatsapp"):
        assert len([n for n in notes if repr(value) in n]) == 1, (value, notes)
    assert made["customer"]["display_name"] not in " ".join(notes)

    # The manager's figures count the pickup of an unknown status as the server's /metrics does.
    manager = live_api.client(live_api.staff_token(live_api.store(0)["manager"]))
    figures = assert_all_match(live_api, counter.cache, manager, counter.store_id)
    assert figures["last 1 day"].pickups_created >= 1


class _NewKinds(httpx.BaseTransport):
    """The real server, with changes of kinds this client does not know added to each page of changes
    (the reference server sends none, so they are added at the transport)."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.added = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if not request.url.path.endswith("/changes"):
            return response
        try:
            response.read()
        finally:
            response.close()
        page = response.json()
        seq = page["changes"][0]["seq"] if page["changes"] else 1
        page["changes"][:0] = [
            {"seq": seq, "entity": "warehouse", "id": "wh_999", "op": "upsert", "version": 1,
             "data": {"id": "wh_999", "name": "Harbour", "opening_hours": []}},
            {"seq": seq, "entity": "gift_card", "id": "gc_1", "op": "delete", "version": 2, "data": None},
        ]
        self.added += 2
        return httpx.Response(response.status_code, headers={"content-type": "application/json"},
                              content=json.dumps(page).encode())

    def close(self) -> None:
        self.inner.close()


def test_changes_of_unknown_entity_kinds_are_skipped_and_the_cursor_still_advances(live_api, make_counter):
    transport = _NewKinds()
    counter = make_counter(0, transport=transport)
    counter.engine.sync_once()
    assert transport.added >= 2
    assert cache_entities(counter.cache) == server_scope(live_api.database, counter.store_id)
    first_cursor = counter.cache.cursor()
    assert first_cursor

    _newer_servers_values(live_api, counter.store_id)
    counter.engine.sync_once()
    assert counter.cache.cursor() != first_cursor
    assert cache_entities(counter.cache) == server_scope(live_api.database, counter.store_id)


# --- the minimum Clerk a server serves ------------------------------------------------------------

def test_clerk_names_its_version_and_system_in_every_request(live_api):
    seen: list[str] = []

    class Recording(httpx.HTTPTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            seen.append(request.headers["user-agent"])
            return super().handle_request(request)

    with ApiClient(live_api.url, transport=Recording()) as client:
        client.health()
        client.set_device_token(live_api.enroll()["device_token"])
        client.changes(live_api.store_id, limit=1)
    assert seen and set(seen) == {user_agent()}
    assert user_agent().startswith(f"Clerk/{__version__} (") and user_agent().endswith(")")


@pytest.mark.parametrize("agent,refused", [
    ("Clerk/0.1.0 (Linux)", True), ("Clerk/0.9.9 (Windows)", True), ("Clerk/banana (Linux)", True),
    ("Clerk/1.0 (macOS)", False), ("Clerk/1.0.0rc1 (Linux)", False), ("Clerk/2.3.4 (Windows)", False),
    ("curl/8.5.0", False), ("python-httpx/0.28", False), ("", False),
], ids=["first-release", "older", "unreadable", "same-two-parts", "same-pre-release", "newer", "curl", "script", "none"])
def test_a_server_with_a_minimum_answers_older_clerks_426_and_serves_every_other_client(live_api, agent, refused):
    live_api.app.state.min_client_version = "1.0.0"
    reply = httpx.get(f"{live_api.url}/v1/health", headers={"User-Agent": agent})
    if not refused:
        assert reply.status_code == 200, reply.text
        return
    assert reply.status_code == 426
    assert reply.headers["content-type"] == "application/problem+json"
    body = reply.json()
    assert body["type"] == "/problems/unsupported-version" and body["status"] == 426
    assert body["min_version"] == "1.0.0" and "1.0.0" in body["detail"]


def test_an_older_clerk_is_refused_before_its_mutations_are_applied(live_api):
    device = live_api.enroll()
    live_api.app.state.min_client_version = "99.0"
    with live_api.database.read() as conn:
        pickup = db.loads(conn.execute(select(db.pickups.c.data).where(
            db.pickups.c.store_id == device["store_id"], db.pickups.c.status == "new").limit(1)).scalar_one())
    with ApiClient(live_api.url) as client:
        client.set_device_token(device["device_token"])
        mutation = {"mutation_id": str(uuid.uuid4()), "seq": 1, "name": "pickup.start_picking.v1",
                    "acted_by": live_api.staff_id(live_api.store()["associates"][0]),
                    "acted_at": "2026-11-20T12:00:00Z", "args": {"pickup_id": pickup["id"]}}
        with pytest.raises(UnsupportedVersion) as refused:
            client.push(device["device_id"], [mutation])
    assert refused.value.min_version == "99.0" and refused.value.status == 426
    with live_api.database.read() as conn:
        assert conn.execute(select(db.pickups.c.status).where(db.pickups.c.id == pickup["id"])).scalar_one() == "new"


def test_refused_for_its_version_the_counter_keeps_its_cache_and_queue_says_so_and_catches_up_later(
        live_api, make_counter):
    counter = make_counter(long_poll_seconds=2, update_retry_seconds=0.3)
    counter.engine.sync_once()
    staff = live_api.staff_id(live_api.store()["associates"][0])
    pickup = counter.cache.pickups("new", limit=1)[0]
    customer = counter.cache.search_customers("a", limit=1)[0]
    scope_before = cache_entities(counter.cache)

    live_api.app.state.min_client_version = "99.0"  # the server was updated, this counter was not
    counter.actions.start_picking(pickup["id"], staff)
    worker = threading.Thread(target=counter.engine.run, daemon=True)
    worker.start()
    try:
        _wait_until(lambda: counter.engine.state == ConnectionState.UPDATE_REQUIRED, 10, "no update-required state")
        assert ConnectionState.UPDATE_REQUIRED in counter.events["state"]
        assert counter.engine.min_version == "99.0"
        assert any("99.0" in line and "update" in line.lower() for line in counter.events["log"])
        # Working from the cache: reads answer, new actions queue, nothing is lost or sent.
        counter.actions.add_note(customer["id"], "Asked about gift wrapping.", {"id": staff, "display_name": "Dana"},
                                 counter.store_id)
        time.sleep(0.8)  # a few refused retries
        assert counter.cache.depth() == 2 and counter.cache.conflicts() == []
        shown = counter.cache.pickup(pickup["id"])
        assert shown["status"] == "picking" and shown["pending"] is True
        assert counter.cache.search_customers(customer["display_name"].split()[0], limit=5)
        assert cache_entities(counter.cache) >= {e for e in scope_before if e[1] != pickup["id"]}
        with live_api.database.read() as conn:
            assert conn.execute(select(db.pickups.c.status).where(db.pickups.c.id == pickup["id"])).scalar_one() == "new"
        assert [line for line in counter.events["log"] if "update" in line.lower()][1:] == []  # told once

        live_api.app.state.min_client_version = None  # (or Clerk updated): the queue goes out as it was
        _wait_until(lambda: counter.cache.depth() == 0, 10, "the kept actions were not pushed")
        _wait_until(lambda: counter.engine.state == ConnectionState.ONLINE, 10, "not online again")
    finally:
        counter.engine.stop()
        worker.join(timeout=15)
    assert counter.cache.conflicts() == [] and counter.engine.min_version is None
    with live_api.database.read() as conn:
        assert conn.execute(select(db.pickups.c.status).where(db.pickups.c.id == pickup["id"])).scalar_one() == "picking"
    assert counter.cache.pickup(pickup["id"])["pending"] is False


def test_status_says_the_counter_must_be_updated_and_sync_once_fails_plainly(live_api, tmp_path):
    machine = Machine(tmp_path / "counter")
    store = live_api.store(0)
    _set_up_here(machine, live_api.url, store)
    live_api.app.state.min_client_version = "99.0"

    synced = machine.run("sync", "--once")
    assert synced.returncode == 1
    assert "updated" in synced.stderr and "Traceback" not in synced.stderr

    result = machine.run("status")
    assert result.returncode == 0, result.stderr
    status = json.loads(result.stdout)
    assert status["connectivity"] == "update_required" and status["update_required"] is True
    assert status["min_version"] == "99.0" and status["clerk_version"] == __version__
    assert status["entities"]["customers"] > 0  # the cache is all there

    live_api.app.state.min_client_version = None
    status = json.loads(machine.run("status").stdout)
    assert status["connectivity"] == "online" and status["update_required"] is False and status["min_version"] is None


def test_clerk_api_serve_takes_min_client_version(seeded_template, tmp_path):
    copy_database(seeded_template[0], tmp_path / "central.db").dispose()
    port = free_port()
    command = [sys.executable, "-m", "central_api.cli", "serve", "--db", f"sqlite:///{tmp_path / 'central.db'}",
               "--port", str(port)]
    bad = subprocess.run([*command, "--min-client-version", "latest"], cwd=MAIN, capture_output=True, text=True,
                         timeout=60)
    assert bad.returncode == 2 and "not a version" in bad.stderr and "Traceback" not in bad.stderr

    server = subprocess.Popen([*command, "--min-client-version", "0.2.0"], cwd=MAIN, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        url = f"http://127.0.0.1:{port}/v1/health"
        deadline = time.monotonic() + 30
        while True:
            try:
                reply = httpx.get(url, headers={"User-Agent": "Clerk/0.1.0 (Linux)"})
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.1)
        assert reply.status_code == 426 and reply.json()["min_version"] == "0.2.0"
        assert httpx.get(url, headers={"User-Agent": "Clerk/0.2.0 (Linux)"}).status_code == 200
    finally:
        server.terminate()
        server.wait(timeout=15)


# --- an action the server does not know -----------------------------------------------------------

def test_an_action_an_older_server_does_not_know_becomes_a_conflict_kept_for_a_retry_after_its_update(
        live_api, make_counter, monkeypatch):
    """The older server is the reference server without one action (as before it learned it); its
    update puts the action back. Everything else is the real server over loopback."""
    from central_api import pickups as server_actions
    from clerk_app.domain.conflicts import waits_for_server_update

    counter = make_counter(0)
    counter.engine.sync_once()
    staff = live_api.staff_id(live_api.store()["associates"][0])
    arriving = counter.cache.pickups("ready", limit=1)[0]
    behind = counter.cache.pickups("new", limit=1)[0]
    older_server = monkeypatch.context()
    with older_server as patch:
        patch.delitem(server_actions.ACTIONS, "pickup.record_arrival.v1")
        counter.actions.record_arrival(arriving["id"], "In the car park", staff)
        counter.actions.start_picking(behind["id"], staff)  # queued behind it: must not be held up

        report = counter.engine.sync_once()
        assert report.conflicts == 1 and counter.cache.depth() == 0
        [conflict] = counter.cache.conflicts()
        assert conflict["name"] == "pickup.record_arrival.v1" and conflict["args"]["note"] == "In the car park"
        assert waits_for_server_update(conflict["problem"])
        assert conflict["problem"]["type"] == "/problems/unsupported-version"
        assert counter.cache.pickup(arriving["id"])["arrival_note"] is None  # the optimistic effect is undone
        assert counter.cache.pickup(behind["id"])["status"] == "picking"
        assert any("retry it after the server is updated" in line for line in counter.events["log"])

        # Retried before the update: refused again, and still kept.
        counter.cache.retry_conflict(conflict["id"], staff, "2026-11-20T12:05:00Z")
        counter.engine.sync_once()
        [again] = counter.cache.conflicts()
        assert again["id"] != conflict["id"] and waits_for_server_update(again["problem"])
        assert again["args"] == conflict["args"]

    # The server is updated: the retry applies it.
    counter.cache.retry_conflict(again["id"], staff, "2026-11-20T12:10:00Z")
    report = counter.engine.sync_once()
    assert report.conflicts == 0 and counter.cache.conflicts() == [] and counter.cache.depth() == 0
    assert counter.cache.pickup(arriving["id"])["arrival_note"] == "In the car park"
    with live_api.database.read() as conn:
        server = db.loads(conn.execute(select(db.pickups.c.data).where(db.pickups.c.id == arriving["id"])).scalar_one())
    assert server["arrival_note"] == "In the car park"
