"""Counters and a server of different versions keep working together (API.md "Evolution", v1.1 "Client versions")."""

from __future__ import annotations

import json
import logging
import uuid
from typing import Any

import httpx
from sqlalchemy import select

from central_api import db, entities
from clerk_app.api.models import forget_noted
from tests.integration.test_metrics_match_server import assert_all_match


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
            {"seq": seq, "entity": "store", "id": "st_999", "op": "upsert", "version": 1,
             "data": {"id": "st_999", "name": "Harbour", "opening_hours": []}},
            {"seq": seq, "entity": "gift_card", "id": "gc_1", "op": "delete", "version": 2, "data": None},
        ]
        self.added += 2
        return httpx.Response(response.status_code, headers={"content-type": "application/json"},
                              content=json.dumps(page).encode())

    def close(self) -> None:
        self.inner.close()


def test_changes_of_unknown_entity_kinds_are_skipped_and_the_cursor_still_advances(live_api, make_counter):
    from tests.helpers.compare import cache_entities, server_scope

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
