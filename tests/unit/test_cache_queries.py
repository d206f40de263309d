"""The cache's screen queries: carts with stock, order pages, the pickup queue and its deadlines, look-ups, counts."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from central_api import db as central
from central_api import feed
from clerk_app.cache import Cache

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def at(minutes: int) -> str:
    return (NOW + timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M:%SZ")


def pickup(n: int, status: str, *, created: int = -120, promised: int = 120, pickup_by: int | None = None,
           code: str | None = None, customer_id: str = "cu_1") -> dict[str, Any]:
    return {
        "id": f"pk_{n:03d}", "version": 1, "order_id": f"or_{n:03d}", "order_number": f"CL-{10_000_000 + n}",
        "customer_id": customer_id, "customer_name": "A Customer", "store_id": "st_001", "status": status,
        "created_at": at(created), "promised_by": at(promised), "ready_at": None,
        "pickup_by": None if pickup_by is None else at(pickup_by), "picked_up_at": None, "shelf_location": None,
        "pickup_code": code or f"C{n:05d}", "alternate_pickup_name": None, "customer_arrived_at": None,
        "arrival_note": None, "lines": [], "notifications": [], "handover": None, "cancel_reason": None,
        "updated_at": at(created),
    }


def order(n: int, customer_id: str, placed: str) -> dict[str, Any]:
    return {"id": f"or_{n:03d}", "version": 1, "number": f"CL-{20_000_000 + n}", "customer_id": customer_id,
            "channel": "web", "placed_at": placed, "status": "fulfilled", "fulfillment": "ship", "store_id": None,
            "currency": "EUR", "total_cents": 100 * n, "lines": [], "updated_at": placed}


def line(sku: str, quantity: int = 1) -> dict[str, Any]:
    return {"sku": sku, "name": f"Item {sku}", "quantity": quantity, "unit_price_cents": 500}


def cart(cid: str, status: str, updated: str, skus: list[str], customer_id: str = "cu_1") -> dict[str, Any]:
    return {"id": cid, "version": 1, "customer_id": customer_id, "channel": "web", "status": status,
            "updated_at": updated, "currency": "EUR", "subtotal_cents": 500 * len(skus), "lines": [line(s) for s in skus]}


def stock(sku: str, available: int) -> dict[str, Any]:
    return {"store_id": "st_001", "sku": sku, "on_hand": available + 1, "reserved": 1, "available": available,
            "updated_at": at(-60)}


def upsert(kind: str, data: dict[str, Any]) -> dict[str, Any]:
    key = data["sku"] if kind in ("inventory", "product") else data["id"]
    return {"seq": 1, "entity": kind, "id": key, "op": "upsert", "version": data.get("version", 1), "data": data}


@pytest.fixture
def cache(tmp_path):
    opened = Cache.open(tmp_path / "cache.db", os.urandom(32), clock=NOW.timestamp)
    yield opened
    opened.close()


def ids(items: list[dict[str, Any]]) -> list[str]:
    return [item["id"] for item in items]


def test_each_cart_line_carries_this_stores_available_stock(cache):
    cache.apply_page([
        upsert("cart", cart("ca_old", "abandoned", at(-600), ["SKU-3"])),
        upsert("cart", cart("ca_now", "active", at(-5), ["SKU-1", "SKU-2", "SKU-9"])),
        upsert("cart", cart("ca_other", "active", at(-5), ["SKU-1"], customer_id="cu_2")),
        upsert("inventory", stock("SKU-1", 4)), upsert("inventory", stock("SKU-2", 0)),
        upsert("inventory", stock("SKU-3", 7)),
    ], "c1", 0)
    carts = cache.carts_with_stock("cu_1")
    assert ids(carts) == ["ca_now", "ca_old"]  # the active cart first
    assert [(ln["sku"], ln["available"]) for ln in carts[0]["lines"]] == [("SKU-1", 4), ("SKU-2", 0), ("SKU-9", None)]
    assert [(ln["sku"], ln["available"]) for ln in carts[1]["lines"]] == [("SKU-3", 7)]
    cache.apply_page([upsert("inventory", {**stock("SKU-1", 1), "version": 2})], "c2", 0)
    assert cache.carts_with_stock("cu_1")[0]["lines"][0]["available"] == 1
    assert cache.carts_with_stock("cu_nobody") == []


def test_orders_come_newest_first_in_pages(cache):
    placed = [at(-10), at(-30), at(-30), at(-30), at(-90), at(-200), at(-5000)]
    cache.apply_page([upsert("order", order(n, "cu_1", p)) for n, p in enumerate(placed, start=1)]
                     + [upsert("order", order(50, "cu_2", at(-1)))], "c1", 0)
    everything = cache.orders("cu_1", limit=100)
    # Newest first; orders placed at the same moment by id, descending, so pages never skip or repeat one.
    assert ids(everything) == ["or_001", "or_004", "or_003", "or_002", "or_005", "or_006", "or_007"]
    pages, before = [], None
    while True:
        page = cache.orders("cu_1", limit=3, before=before)
        if not page:
            break
        pages.append(ids(page))
        before = (page[-1]["placed_at"], page[-1]["id"])
    assert pages == [["or_001", "or_004", "or_003"], ["or_002", "or_005", "or_006"], ["or_007"]]
    assert ids(cache.orders("cu_1", limit=2)) == ["or_001", "or_004"]


def test_notes_come_newest_first(cache):
    notes = [{"id": f"no_{n}", "customer_id": "cu_1", "body": "b", "author_staff_id": "sf_x", "author_name": "X",
              "store_id": "st_001", "created_at": at(-n * 60)} for n in (3, 1, 2)]
    cache.apply_page([upsert("note", n) for n in notes], "c1", 0)
    assert ids(cache.notes("cu_1")) == ["no_1", "no_2", "no_3"]
    assert cache.notes("cu_2") == []


@pytest.fixture
def queue(cache):
    pickups = [
        pickup(1, "new", promised=30), pickup(2, "new", promised=-15), pickup(3, "picking", promised=-120),
        pickup(4, "picking", promised=60), pickup(5, "ready", promised=-300, pickup_by=2 * 1440),
        pickup(6, "ready", promised=-9000, pickup_by=-60), pickup(7, "picked_up", promised=-400),
        pickup(8, "no_show", promised=-20000, pickup_by=-5000), pickup(9, "new", promised=10),
    ]
    cache.apply_page([upsert("pickup", p) for p in pickups], "c1", 0)
    return cache


def test_pickups_by_status_come_by_ready_by_deadline(queue):
    assert ids(queue.pickups("new")) == ["pk_002", "pk_009", "pk_001"]
    assert ids(queue.pickups(["new", "picking"])) == ["pk_003", "pk_002", "pk_009", "pk_001", "pk_004"]
    assert ids(queue.pickups("ready")) == ["pk_006", "pk_005"]
    assert ids(queue.pickups()) == ["pk_008", "pk_006", "pk_007", "pk_005", "pk_003", "pk_002", "pk_009", "pk_001",
                                    "pk_004"]
    assert ids(queue.pickups(["new", "picking"], limit=2, offset=2)) == ["pk_009", "pk_001"]
    assert queue.pickups("cancelled") == [] and queue.pickups([]) == []


def test_overdue_pickups_are_new_or_picking_past_their_ready_by_deadline(queue):
    assert ids(queue.overdue_pickups(NOW)) == ["pk_003", "pk_002"]
    assert ids(queue.overdue_pickups(NOW + timedelta(minutes=20))) == ["pk_003", "pk_002", "pk_009"]
    assert ids(queue.overdue_pickups("2026-11-20T13:30:00Z")) == ["pk_003", "pk_002", "pk_009", "pk_001", "pk_004"]
    assert queue.overdue_pickups(NOW - timedelta(hours=3)) == []


def test_past_collect_by_lists_ready_pickups_past_their_collect_by_deadline(queue):
    assert ids(queue.past_collect_by(NOW)) == ["pk_006"]
    assert ids(queue.past_collect_by(NOW + timedelta(days=3))) == ["pk_006", "pk_005"]
    assert queue.past_collect_by(NOW - timedelta(hours=2)) == []


def test_a_pickup_is_found_by_its_code_and_by_its_order_number(cache):
    cache.apply_page([upsert("pickup", pickup(1, "picked_up", created=-90000, code="HK7QZ2")),
                      upsert("pickup", pickup(2, "ready", created=-600, code="HK7QZ2")),
                      upsert("pickup", pickup(3, "new", code="MN4PX8"))], "c1", 0)
    # Codes may repeat across years of pickups: the open one is the one at the counter.
    assert cache.pickup_by_code("HK7QZ2")["id"] == "pk_002"
    assert cache.pickup_by_code(" mn4px8 ")["id"] == "pk_003"
    assert cache.pickup_by_code("ZZZZZZ") is None
    assert cache.pickup_by_order_number("cl-10000003")["id"] == "pk_003"
    assert cache.pickup_by_order_number("CL-10000001")["id"] == "pk_001"
    assert cache.pickup("pk_002")["status"] == "ready"
    assert cache.pickup("pk_404") is None


def test_metrics_inputs_are_the_pickups_created_in_the_period(queue):
    queue.apply_page([upsert("pickup", pickup(20, "new", created=-3 * 1440)),
                      upsert("pickup", pickup(21, "new", created=0))], "c2", 0)
    day = queue.metrics_inputs(NOW - timedelta(days=1), NOW)
    assert sorted(ids(day)) == [f"pk_{n:03d}" for n in range(1, 10)]
    assert ids(queue.metrics_inputs(NOW - timedelta(days=4), NOW - timedelta(days=2))) == ["pk_020"]
    assert ids(queue.metrics_inputs(NOW, NOW + timedelta(seconds=1))) == ["pk_021"]


def test_counts_cover_every_table_the_outbox_and_open_conflicts(queue):
    queue.apply_page([upsert("cart", cart("ca_1", "active", at(-5), ["SKU-1"])), upsert("inventory", stock("SKU-1", 2)),
                      upsert("order", order(1, "cu_1", at(-5)))], "c2", 0)
    for n in (1, 2):
        queue.enqueue("pickup.notify.v1", {"pickup_id": f"pk_00{n}", "kind": "reminder"}, "sf_a", entity=None,
                      entity_id=None, optimistic=None, acted_at=at(0))
    queue.settle(1, "rejected", None, None, {"status": 409})
    assert queue.counts() == {"customers": 0, "carts": 1, "orders": 1, "notes": 0, "pickups": 9, "inventory": 1,
                              "products": 0, "stores": 0, "staff_members": 0, "outbox": 1, "conflicts": 1}


def test_the_seeded_store_feed_gives_the_servers_queue_and_stock(central_db, tmp_path):
    """The real feed of a seeded store, paged as /changes pages it, answers the screens as the server's data does."""
    store = "st_001"
    with central_db.read() as conn:
        pages, cursor = [], None
        while True:
            page = feed.read_page(conn, store, cursor, 200)
            pages.append(json.loads(feed.page_json(page | {"device_last_seq": 0})))
            cursor = page["next_cursor"]
            if not page["has_more"]:
                break
        server_pickups = [json.loads(d) for d in conn.execute(
            select(central.pickups.c.data).where(central.pickups.c.store_id == store)).scalars()]
        server_stock = {row.sku: json.loads(row.data)["available"] for row in conn.execute(
            select(central.inventory.c.sku, central.inventory.c.data).where(central.inventory.c.store_id == store))}
    with Cache.open(tmp_path / "seeded.db", os.urandom(32)) as cache:
        for page in pages:
            cache.apply_page(page["changes"], page["next_cursor"], 0)
        fed = {(c["entity"], c["id"]) for page in pages for c in page["changes"]}
        counts = cache.counts()
        for kind, table in (("customer", "customers"), ("pickup", "pickups"), ("order", "orders"), ("cart", "carts"),
                            ("inventory", "inventory"), ("product", "products"), ("note", "notes")):
            assert counts[table] == sum(1 for k, _ in fed if k == kind) > 0, kind

        in_feed = [p for p in server_pickups if ("pickup", p["id"]) in fed]
        now = "2026-11-20T12:00:00Z"  # the seed's clock
        overdue = sorted((p for p in in_feed if p["status"] in ("new", "picking") and p["promised_by"] < now),
                         key=lambda p: (p["promised_by"], p["id"]))
        assert ids(cache.overdue_pickups(now)) == ids(overdue) != []
        past = sorted((p for p in in_feed if p["status"] == "ready" and p["pickup_by"] < now),
                      key=lambda p: (p["pickup_by"], p["id"]))
        assert ids(cache.past_collect_by(now)) == ids(past) != []

        with_carts = [c for c in cache.connection.execute("SELECT DISTINCT customer_id FROM carts LIMIT 20")]
        assert with_carts
        for (customer_id,) in with_carts:
            for shown in cache.carts_with_stock(customer_id):
                for ln in shown["lines"]:
                    assert ln["available"] == server_stock[ln["sku"]]
