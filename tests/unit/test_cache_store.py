"""The encrypted cache: opening, privacy, migrations, sync writes, outbox and conflicts, retention, locking, recovery."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from clerk_app.cache import Cache, CacheLock, RecoveryReport
from clerk_app.cache.connection import connect, dumps
from clerk_app.cache.migrations import LATEST, MIGRATIONS, migrate
from clerk_app.domain.folding import fold, name_tokens, phone_digits
from clerk_app.errors import CacheError, CacheInUse, CacheUnreadable, DiskFull

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
ACTED_AT = "2026-11-20T12:00:00Z"


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now.timestamp()


def customer(n: int, **changes: Any) -> dict[str, Any]:
    data = {
        "id": f"cu_{n:07d}", "version": 1, "given_name": f"Given{n}", "family_name": f"Family{n}",
        "display_name": f"Given{n} Family{n}", "email": f"person{n}@example.com", "phone": f"+1555000{n:04d}",
        "loyalty_id": f"L{n:09d}", "loyalty_tier": "none", "loyalty_points": 0, "home_store_id": "st_001",
        "preferred_channel": "email", "marketing_consent": False, "locale": "en-US",
        "created_at": "2025-01-01T00:00:00Z", "updated_at": "2025-01-01T00:00:00Z",
        "stats": {"lifetime_value_cents": 0, "currency": "EUR", "orders_count": 0, "last_order_at": None,
                  "channels_used": []},
    }
    data.update(changes)
    if ("given_name" in changes or "family_name" in changes) and "display_name" not in changes:
        data["display_name"] = f"{data['given_name']} {data['family_name']}"
    return data


def pickup(n: int, **changes: Any) -> dict[str, Any]:
    data = {
        "id": f"pk_{n:08d}", "version": 1, "order_id": f"or_{n:08d}", "order_number": f"CL-{10_000_000 + n}",
        "customer_id": "cu_0000001", "customer_name": "Given1 Family1", "store_id": "st_001", "status": "new",
        "created_at": "2026-11-20T10:00:00Z", "promised_by": "2026-11-20T14:00:00Z", "ready_at": None,
        "pickup_by": None, "picked_up_at": None, "shelf_location": None, "pickup_code": "ABC234",
        "alternate_pickup_name": None, "customer_arrived_at": None, "arrival_note": None,
        "lines": [{"sku": "SKU-00001", "name": "Linen Shirt", "quantity": 1, "picked_quantity": 0,
                   "collected_quantity": 0}],
        "notifications": [], "handover": None, "cancel_reason": None, "updated_at": "2026-11-20T10:00:00Z",
    }
    data.update(changes)
    return data


def order(n: int, customer_id: str = "cu_0000001", **changes: Any) -> dict[str, Any]:
    data = {"id": f"or_{n:08d}", "version": 1, "number": f"CL-{10_000_000 + n}", "customer_id": customer_id,
            "channel": "web", "placed_at": "2026-10-01T10:00:00Z", "status": "fulfilled", "fulfillment": "ship",
            "store_id": None, "currency": "EUR", "total_cents": 1000, "lines": [], "updated_at": "2026-10-01T10:00:00Z"}
    data.update(changes)
    return data


def note(note_id: str, customer_id: str = "cu_0000001", **changes: Any) -> dict[str, Any]:
    data = {"id": note_id, "customer_id": customer_id, "body": "Prefers a call.", "author_staff_id": "sf_associate1a",
            "author_name": "Ann Associate", "store_id": "st_001", "created_at": "2026-11-19T09:00:00Z"}
    data.update(changes)
    return data


def cart(n: int, customer_id: str = "cu_0000001") -> dict[str, Any]:
    return {"id": f"ca_{n:07d}", "version": 1, "customer_id": customer_id, "channel": "web", "status": "active",
            "updated_at": "2026-11-20T09:00:00Z", "currency": "EUR", "subtotal_cents": 999,
            "lines": [{"sku": "SKU-00001", "name": "Linen Shirt", "quantity": 1, "unit_price_cents": 999}]}


def upsert(kind: str, data: dict[str, Any], version: int | None = None) -> dict[str, Any]:
    key = data["sku"] if kind in ("inventory", "product") else data["id"]
    return {"seq": 1, "entity": kind, "id": key, "op": "upsert",
            "version": version if version is not None else data.get("version", 1), "data": data}


def tombstone(kind: str, entity_id: str, version: int = 1) -> dict[str, Any]:
    return {"seq": 1, "entity": kind, "id": entity_id, "op": "delete", "version": version, "data": None}


@pytest.fixture
def key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "store" / "cache.db"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def cache(path: Path, key: bytes, clock: Clock):
    opened = Cache.open(path, key, clock=clock)
    yield opened
    opened.close()


def raw(cache: Cache, sql: str, params: tuple = ()) -> list[tuple]:
    return cache.connection.execute(sql, params).fetchall()


# --- opening -------------------------------------------------------------------------------------

def test_a_cache_is_created_with_its_key_and_reopens_with_it(path, key, clock):
    with Cache.open(path, key, clock=clock) as cache:
        cache.apply_page([upsert("customer", customer(1))], "cursor-1", 0)
    assert path.exists()
    with Cache.open(path, key, clock=clock) as again:
        assert again.customer("cu_0000001")["email"] == "person1@example.com"
        assert again.cursor() == "cursor-1"


def test_a_wrong_key_is_refused_as_unreadable(path, key, clock):
    with Cache.open(path, key, clock=clock) as cache:
        cache.apply_page([upsert("customer", customer(1))], "cursor-1", 0)
    with pytest.raises(CacheUnreadable):
        Cache.open(path, os.urandom(32), clock=clock)


def test_a_file_of_random_bytes_is_unreadable(path, key, clock):
    path.parent.mkdir(parents=True)
    path.write_bytes(os.urandom(64 * 1024))
    with pytest.raises(CacheUnreadable):
        Cache.open(path, key, clock=clock)


def test_a_key_that_is_not_32_bytes_is_refused(path):
    with pytest.raises(ValueError):
        Cache.open(path, b"short")


def test_no_customer_detail_is_readable_in_the_files_bytes(cache, path):
    known = customer(7, given_name="Zebulon", family_name="Quixotewright", email="zebulon.q@example.org",
                     phone="+15558675309")
    cache.apply_page([upsert("customer", known), upsert("note", note("no_1", known["id"], body="Allergic to wool"))],
                     "cursor-1", 0)
    cache.mark_viewed(known["id"], NOW)
    # Before any checkpoint the rows are in the WAL: read both files while the cache is open, and after it closes.
    assert cache.search_customers("quixote")[0]["id"] == known["id"]
    wal = path.with_name(path.name + "-wal")
    assert wal.stat().st_size > 0
    secrets = [known["email"], "zebulon", "Zebulon", "Quixotewright", "quixotewright", known["phone"], "5558675309",
               "9035768555", "Allergic to wool"]

    def leaked() -> list[str]:
        blobs = [p.read_bytes() for p in (path, wal) if p.exists()]
        return [s for s in secrets for blob in blobs if s.encode() in blob or s.encode("utf-16-le") in blob]

    assert leaked() == []
    cache.close()
    assert leaked() == []


def test_migrations_are_recorded_once_and_reopening_applies_none(path, key, clock):
    with Cache.open(path, key, clock=clock) as cache:
        first = raw(cache, "SELECT version, name, applied_at FROM schema_migrations ORDER BY version")
    assert [row[0] for row in first] == [version for version, _, _ in MIGRATIONS] == list(range(1, LATEST + 1))
    assert {row[2] for row in first} == {"2026-11-20T12:00:00Z"}
    clock.now += timedelta(days=1)
    with Cache.open(path, key, clock=clock) as again:
        assert raw(again, "SELECT version, name, applied_at FROM schema_migrations ORDER BY version") == first


def _v1_cache(path: Path, key: bytes, people: list[tuple[dict[str, Any], dict[str, Any] | None]]) -> None:
    """A cache as Clerk wrote it with schema 1 only: its rows and its (name, email, phone) full-text index.

    Written by hand, as the V1 code did, because today's write path needs schema 2. The search sort
    index is dropped, as in the dev caches made before V1 had it.
    """
    conn = connect(path, key)
    try:
        assert migrate(conn, "2026-11-01T00:00:00Z", upto=1) == [1]
        conn.execute("DROP INDEX customers_search_sort")
        for rid, (data, overlay) in enumerate(people, start=1):
            shown = overlay or data
            conn.execute(
                "INSERT INTO customers (rid, id, display_name, sort_name, home_store_id, loyalty_id, updated_at, "
                "version, data, local_data, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (rid, data["id"], shown["display_name"], fold(shown["display_name"]), shown["home_store_id"],
                 shown["loyalty_id"], shown["updated_at"], data["version"], dumps(data),
                 None if overlay is None else dumps(overlay), "2026-11-01T00:00:00Z"))
            names = (shown["given_name"], shown["family_name"], shown["display_name"])
            words = name_tokens(" ".join(p for p in names if p))
            conn.execute("INSERT INTO customer_search (rowid, name, email, phone) VALUES (?, ?, ?, ?)",
                         (rid, " ".join(words), (shown["email"] or "").strip().casefold(),
                          phone_digits(shown["phone"] or "")[::-1]))
    finally:
        conn.close()


def test_a_schema_1_cache_is_migrated_to_names_only_full_text_and_email_and_phone_b_trees(path, key, clock):
    people = [
        (customer(1, given_name="Anna", family_name="Vale", email="Cust.Anna@Example.org", phone="+15550001234"), None),
        (customer(2, given_name="Custard", family_name="Pie", email=None, phone=None), None),
        # A queued edit's overlay is what the screens show, so it is what the migrated index must hold.
        (customer(3, given_name="Olga", family_name="Rand", email="old@example.org", phone="+4930111222"),
         customer(3, given_name="Olga", family_name="Rand", email="new.addr@example.org", phone="+4930999888")),
    ]
    _v1_cache(path, key, people)
    with pytest.raises(CacheUnreadable):
        Cache.open(path, key, read_only=True, clock=clock)  # a reader cannot migrate, and needs schema 2's tables
    with Cache.open(path, key, clock=clock) as cache:
        versions = [row[0] for row in raw(cache, "SELECT version FROM schema_migrations ORDER BY version")]
        assert versions == list(range(1, LATEST + 1))
        assert [row[1] for row in raw(cache, "PRAGMA table_info(customer_search)")] == ["name"]
        assert raw(cache, "SELECT name FROM sqlite_master WHERE name = 'customers_search_sort'") == [
            ("customers_search_sort",)]

        def ids(q: str) -> list[str]:
            return [c["id"] for c in cache.search_customers(q)]

        assert ids("cust") == ["cu_0000001", "cu_0000002"]  # the email prefix, then the name prefix
        assert ids("CUST.ANNA@EXAMPLE") == ["cu_0000001"]
        assert ids("anna") == ["cu_0000001"]
        assert ids("1234") == ["cu_0000001"]
        assert ids("new.addr") == ["cu_0000003"] and ids("old@") == []
        assert ids("999888") == ["cu_0000003"] and ids("111222") == []
        # The write path keeps the migrated tables: a changed email leaves the old one unfindable.
        cache.apply_page([upsert("customer", customer(1, given_name="Anna", family_name="Vale",
                                                      email="zed@example.org", phone="+15550001234", version=2))],
                         "c1", 0)
        assert ids("cust") == ["cu_0000002"]
        assert ids("zed@") == ["cu_0000001"]
    with Cache.open(path, key, read_only=True, clock=clock) as reader:
        assert [c["id"] for c in reader.search_customers("zed")] == ["cu_0000001"]

def test_a_read_only_connection_sees_the_writers_commits_and_cannot_write(cache, path, key):
    reader = Cache.open(path, key, read_only=True)
    try:
        cache.apply_page([upsert("customer", customer(1))], "cursor-1", 0)
        assert reader.customer("cu_0000001")["id"] == "cu_0000001"
        with pytest.raises(CacheError):
            reader.apply_page([upsert("customer", customer(2))], "cursor-2", 0)
        with pytest.raises(sqlcipher3.OperationalError):
            reader.mark_viewed("cu_0000001", NOW)
    finally:
        reader.close()
    assert cache.customer("cu_0000002") is None


# --- pages of changes ----------------------------------------------------------------------------

def test_a_page_writes_its_entities_cursor_and_device_last_seq(cache):
    cache.apply_page([upsert("customer", customer(1)), upsert("pickup", pickup(1)), upsert("order", order(1)),
                      upsert("cart", cart(1)), upsert("note", note("no_1"), version=1),
                      upsert("inventory", {"store_id": "st_001", "sku": "SKU-00001", "on_hand": 3, "reserved": 1,
                                           "available": 2, "updated_at": ACTED_AT}),
                      upsert("product", {"sku": "SKU-00001", "name": "Linen Shirt", "category": "apparel",
                                         "barcode": "4000000000017", "price_cents": 999, "currency": "EUR"})],
                     "cursor-1", 17)
    assert cache.cursor() == "cursor-1"
    assert cache.device_last_seq() == 17
    counts = cache.counts()
    assert {k: counts[k] for k in ("customers", "pickups", "orders", "carts", "notes", "inventory", "products")} == \
        dict.fromkeys(("customers", "pickups", "orders", "carts", "notes", "inventory", "products"), 1)
    shown = cache.pickup("pk_00000001")
    assert shown["pending"] is False and shown["synced_at"] == "2026-11-20T12:00:00Z"


def test_a_pages_entities_are_stored_as_jsonb_and_read_back_as_sent_and_text_rows_still_read(cache):
    sent = pickup(1) | {"note_for_staff": "Fragile — ça casse", "a_field_from_a_newer_server": {"nested": [1, 2.5, None]}}
    cache.apply_page([upsert("pickup", sent), upsert("order", order(1))], "cursor-1", 0)
    assert raw(cache, "SELECT typeof(data) FROM pickups") == [("blob",)]
    shown = cache.pickup("pk_00000001")
    assert {k: shown[k] for k in sent} == sent
    # The indexed columns of kinds other than customers come from the stored entity itself.
    assert raw(cache, "SELECT status, order_number, pickup_code, customer_id FROM pickups") == \
        [(sent["status"], sent["order_number"], sent["pickup_code"], sent["customer_id"])]
    assert raw(cache, "SELECT number, channel FROM orders") == [(order(1)["number"], order(1)["channel"])]
    # A row an older release stored as text reads the same way.
    cache.connection.execute("UPDATE pickups SET data = ? WHERE id = 'pk_00000001'", (dumps(sent | {"status": "ready"}),))
    assert cache.pickup("pk_00000001")["status"] == "ready"


@pytest.mark.parametrize("bad", [
    {"seq": 9, "entity": "pickup", "id": "pk_bad", "op": "upsert", "version": 1, "data": ["not", "an", "object"]},
    {"seq": 9, "entity": "pickup", "id": "pk_bad", "op": "upsert", "version": 1},
    {"seq": 9, "entity": "widget", "id": "w1", "op": "upsert", "version": 1, "data": {}},
    {"seq": 9, "entity": "pickup", "id": "pk_bad", "op": "merge", "version": 1, "data": {}},
    {"seq": 9, "entity": "pickup", "op": "upsert", "version": 1, "data": {}},
], ids=["data-not-object", "data-missing", "unknown-entity", "unknown-op", "no-id"])
def test_a_page_that_fails_part_way_changes_nothing(cache, bad):
    cache.apply_page([upsert("customer", customer(1))], "cursor-1", 5)
    page = [upsert("customer", customer(1, version=2, given_name="Renamed")), upsert("customer", customer(2)),
            upsert("order", order(1)), tombstone("customer", "cu_0000001"), bad]
    # The same page without duplicates is written in batches by kind: the bad change comes after others were written.
    batched = [change for change in page if change["op"] != "delete"]
    for attempt in (page, batched):
        with pytest.raises(ValueError):
            cache.apply_page(attempt, "cursor-2", 9)
        assert cache.cursor() == "cursor-1"
        assert cache.device_last_seq() == 5
        assert cache.customer("cu_0000001")["given_name"] == "Given1"
        assert cache.customer("cu_0000002") is None
        assert cache.counts()["orders"] == 0
        assert raw(cache, "SELECT in_scope FROM customers WHERE id = 'cu_0000001'") == [(1,)]
        assert [c["id"] for c in cache.search_customers("renamed")] == []


def test_an_upsert_older_than_the_stored_version_is_ignored(cache):
    cache.apply_page([upsert("customer", customer(1, version=3, given_name="Current"))], "c1", 0)
    cache.apply_page([upsert("customer", customer(1, version=2, given_name="Stale"))], "c2", 0)
    assert cache.customer("cu_0000001")["given_name"] == "Current"
    assert cache.search_customers("stale") == []
    assert [c["id"] for c in cache.search_customers("current")] == ["cu_0000001"]
    cache.apply_page([upsert("pickup", pickup(1, version=4, status="ready"))], "c3", 0)
    cache.apply_page([upsert("pickup", pickup(1, version=3, status="picking"))], "c4", 0)
    assert cache.pickup("pk_00000001")["status"] == "ready"
    assert [p["id"] for p in cache.pickups("picking")] == []
    cache.apply_page([upsert("customer", customer(1, version=4, given_name="Newer"))], "c5", 0)
    assert cache.customer("cu_0000001")["given_name"] == "Newer"
    assert cache.search_customers("current") == []


def test_a_customer_tombstone_keeps_the_customer_but_out_of_scope(cache):
    cache.apply_page([upsert("customer", customer(1)), upsert("customer", customer(2))], "c1", 0)
    cache.apply_page([tombstone("customer", "cu_0000001")], "c2", 0)
    assert raw(cache, "SELECT id, in_scope FROM customers ORDER BY id") == [("cu_0000001", 0), ("cu_0000002", 1)]
    assert cache.customer("cu_0000001")["id"] == "cu_0000001"
    cache.apply_page([upsert("customer", customer(1, version=2))], "c3", 0)
    assert raw(cache, "SELECT in_scope FROM customers WHERE id = 'cu_0000001'") == [(1,)]


def test_other_tombstones_delete_the_entity(cache):
    inventory = {"store_id": "st_001", "sku": "SKU-00001", "on_hand": 1, "reserved": 0, "available": 1,
                 "updated_at": ACTED_AT}
    product = {"sku": "SKU-00001", "name": "Linen Shirt", "category": "apparel", "barcode": "1", "price_cents": 1,
               "currency": "EUR"}
    cache.apply_page([upsert("customer", customer(1)), upsert("pickup", pickup(1)), upsert("order", order(1)),
                      upsert("cart", cart(1)), upsert("note", note("no_1")), upsert("inventory", inventory),
                      upsert("product", product)], "c1", 0)
    cache.apply_page([tombstone("pickup", "pk_00000001"), tombstone("order", "or_00000001"),
                      tombstone("cart", "ca_0000001"), tombstone("note", "no_1"), tombstone("inventory", "SKU-00001"),
                      tombstone("product", "SKU-00001")], "c2", 0)
    counts = cache.counts()
    assert [counts[t] for t in ("pickups", "orders", "carts", "notes", "inventory", "products")] == [0] * 6
    assert counts["customers"] == 1


def test_reset_entities_keeps_the_outbox_and_the_conflicts(cache):
    cache.apply_page([upsert("customer", customer(1)), upsert("pickup", pickup(1)), upsert("pickup", pickup(2))],
                     "c1", 4)
    cache.enqueue("pickup.start_picking.v1", {"pickup_id": "pk_00000001"}, "sf_a", entity="pickup",
                  entity_id="pk_00000001", optimistic=pickup(1, status="picking"), acted_at=ACTED_AT)
    refused = cache.enqueue("pickup.start_picking.v1", {"pickup_id": "pk_00000002"}, "sf_a", entity="pickup",
                            entity_id="pk_00000002", optimistic=None, acted_at=ACTED_AT)
    cache.settle(refused["seq"], "rejected", "pickup", None, {"type": "/problems/status-conflict", "status": 409})
    cache.reset_entities()
    counts = cache.counts()
    assert counts["customers"] == counts["pickups"] == 0
    assert counts["outbox"] == 1 and counts["conflicts"] == 1
    assert cache.cursor() is None
    assert cache.search_customers("given1") == []
    assert cache.pending()[0]["args"] == {"pickup_id": "pk_00000001"}
    assert cache.enqueue("audit.record.v1", {"events": []}, "sf_a", entity=None, entity_id=None, optimistic=None,
                         acted_at=ACTED_AT)["seq"] == 7


# --- outbox --------------------------------------------------------------------------------------

def test_enqueue_writes_the_outbox_row_and_the_overlay_together(cache):
    cache.apply_page([upsert("pickup", pickup(1))], "c1", 0)
    item = cache.enqueue("pickup.start_picking.v1", {"pickup_id": "pk_00000001"}, "sf_associate1a", entity="pickup",
                         entity_id="pk_00000001", optimistic=pickup(1, status="picking"), acted_at=ACTED_AT)
    assert item["seq"] == 1 and len(item["mutation_id"]) == 36
    assert cache.pending() == [{
        "seq": 1, "mutation_id": item["mutation_id"], "name": "pickup.start_picking.v1", "acted_by": "sf_associate1a",
        "acted_at": ACTED_AT, "args": {"pickup_id": "pk_00000001"}, "entity": "pickup", "entity_id": "pk_00000001",
        "created_at": "2026-11-20T12:00:00Z", "attempts": 0, "last_error": None,
    }]
    shown = cache.pickup("pk_00000001")
    assert shown["status"] == "picking" and shown["pending"] is True
    # The queue by state shows the optimistic state; the server's data stays underneath.
    assert [p["id"] for p in cache.pickups("picking")] == ["pk_00000001"]
    assert cache.pickups("new") == []
    assert '"status":"new"' in raw(cache, "SELECT json(data) FROM pickups")[0][0]


def test_an_enqueue_that_fails_leaves_neither_row_nor_overlay(cache):
    cache.apply_page([upsert("pickup", pickup(1))], "c1", 0)
    with pytest.raises(ValueError):
        cache.enqueue("pickup.start_picking.v1", {"pickup_id": "pk_00000001"}, "sf_a", entity="pickup",
                      entity_id="pk_00000001", optimistic=["not", "an", "entity"], acted_at=ACTED_AT)
    assert cache.depth() == 0
    assert cache.pickup("pk_00000001")["pending"] is False


def test_a_full_disk_raises_disk_full_and_loses_no_queued_action(cache):
    cache.apply_page([upsert("pickup", pickup(1))], "c1", 0)
    first = cache.enqueue("pickup.start_picking.v1", {"pickup_id": "pk_00000001"}, "sf_a", entity="pickup",
                          entity_id="pk_00000001", optimistic=pickup(1, status="picking"), acted_at=ACTED_AT)
    pages = raw(cache, "PRAGMA page_count")[0][0]
    # SQLite's own size cap: the next page it needs fails exactly as a full disk does (SQLITE_FULL).
    raw(cache, f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFull):
        cache.enqueue("pickup.mark_ready.v1", {"pickup_id": "pk_00000001", "shelf_location": "A-1",
                                               "picked": [{"sku": "SKU-00001", "quantity": 1}], "pad": "x" * 50_000},
                      "sf_a", entity="pickup", entity_id="pk_00000001", optimistic=pickup(1, status="ready"),
                      acted_at=ACTED_AT)
    assert cache.pending() == [dict(first)]
    assert cache.pickup("pk_00000001")["status"] == "picking"
    raw(cache, "PRAGMA max_page_count = 1073741823")
    assert cache.enqueue("pickup.notify.v1", {"pickup_id": "pk_00000001", "kind": "ready"}, "sf_a", entity=None,
                         entity_id=None, optimistic=None, acted_at=ACTED_AT)["seq"] == 2


def test_seq_continues_after_device_last_seq_and_is_never_reused(cache):
    cache.apply_page([], "c1", 17)
    seqs = [cache.enqueue("audit.record.v1", {"events": []}, "sf_a", entity=None, entity_id=None, optimistic=None,
                          acted_at=ACTED_AT)["seq"] for _ in range(2)]
    assert seqs == [18, 19]
    for seq in seqs:
        cache.settle(seq, "applied", None, None, None)
    assert cache.depth() == 0
    # The server has seen 18 and 19 even if no page has said so yet.
    assert cache.enqueue("audit.record.v1", {"events": []}, "sf_a", entity=None, entity_id=None, optimistic=None,
                         acted_at=ACTED_AT)["seq"] == 20
    cache.set_device_last_seq(30)
    cache.set_device_last_seq(25)
    assert cache.device_last_seq() == 30
    assert cache.enqueue("audit.record.v1", {"events": []}, "sf_a", entity=None, entity_id=None, optimistic=None,
                         acted_at=ACTED_AT)["seq"] == 31


def test_record_attempt_counts_failures(cache):
    item = cache.enqueue("audit.record.v1", {"events": []}, "sf_a", entity=None, entity_id=None, optimistic=None,
                         acted_at=ACTED_AT)
    cache.record_attempt(item["seq"], "server busy")
    cache.record_attempt(item["seq"], "offline")
    assert {k: cache.pending()[0][k] for k in ("attempts", "last_error")} == {"attempts": 2, "last_error": "offline"}


@pytest.mark.parametrize("status", ["applied", "noop"])
def test_settling_as_applied_or_noop_confirms_the_server_entity(cache, status):
    cache.apply_page([upsert("pickup", pickup(1))], "c1", 0)
    item = cache.enqueue("pickup.start_picking.v1", {"pickup_id": "pk_00000001"}, "sf_a", entity="pickup",
                         entity_id="pk_00000001", optimistic=pickup(1, status="picking"), acted_at=ACTED_AT)
    server = pickup(1, version=2, status="picking", updated_at="2026-11-20T12:00:05Z")
    assert cache.settle(item["seq"], status, "pickup", server, None) is None
    shown = cache.pickup("pk_00000001")
    assert (shown["status"], shown["version"], shown["pending"]) == ("picking", 2, False)
    assert raw(cache, "SELECT local_data FROM pickups") == [(None,)]
    assert cache.depth() == 0 and cache.conflicts() == []
    # A repeated answer for a settled row changes nothing.
    assert cache.settle(item["seq"], status, "pickup", pickup(1, version=1), None) is None
    assert cache.pickup("pk_00000001")["version"] == 2


def test_an_applied_result_older_than_a_pulled_version_does_not_overwrite_it(cache):
    cache.apply_page([upsert("pickup", pickup(1))], "c1", 0)
    item = cache.enqueue("pickup.start_picking.v1", {"pickup_id": "pk_00000001"}, "sf_a", entity="pickup",
                         entity_id="pk_00000001", optimistic=pickup(1, status="picking"), acted_at=ACTED_AT)
    cache.apply_page([upsert("pickup", pickup(1, version=3, status="ready"))], "c2", 0)
    assert cache.pickup("pk_00000001")["status"] == "picking"  # the overlay stays on top until settled
    cache.settle(item["seq"], "applied", "pickup", pickup(1, version=2, status="picking"), None)
    shown = cache.pickup("pk_00000001")
    assert (shown["status"], shown["version"], shown["pending"]) == ("ready", 3, False)
    assert [p["id"] for p in cache.pickups("ready")] == ["pk_00000001"]


def test_a_rejection_records_a_conflict_and_shows_the_server_state(cache):
    cache.apply_page([upsert("pickup", pickup(1, status="ready"))], "c1", 0)
    args = {"pickup_id": "pk_00000001", "pickup_code": "ABC234", "collected_by": "customer", "id_check": "none",
            "id_last4": None, "collected": [{"sku": "SKU-00001", "quantity": 1}]}
    item = cache.enqueue("pickup.hand_over.v1", args, "sf_a", entity="pickup", entity_id="pk_00000001",
                         optimistic=pickup(1, status="picked_up"), acted_at=ACTED_AT)
    problem = {"type": "/problems/status-conflict", "title": "Conflict", "status": 409, "detail": "It was cancelled."}
    server = pickup(1, version=3, status="cancelled", cancel_reason="Customer asked to cancel")
    conflict_id = cache.settle(item["seq"], "rejected", "pickup", server, problem)
    shown = cache.pickup("pk_00000001")
    assert (shown["status"], shown["pending"]) == ("cancelled", False)
    assert cache.depth() == 0
    [conflict] = cache.conflicts()
    assert conflict["id"] == conflict_id
    assert {k: conflict[k] for k in ("seq", "mutation_id", "name", "args", "problem", "server_entity", "entity",
                                     "entity_id", "created_at", "dismissed_at")} == {
        "seq": item["seq"], "mutation_id": item["mutation_id"], "name": "pickup.hand_over.v1", "args": args,
        "problem": problem, "server_entity": server, "entity": "pickup", "entity_id": "pk_00000001",
        "created_at": "2026-11-20T12:00:00Z", "dismissed_at": None}


def test_a_rejection_without_an_entity_restores_the_stored_data(cache):
    cache.apply_page([upsert("pickup", pickup(1))], "c1", 0)
    item = cache.enqueue("pickup.cancel.v1", {"pickup_id": "pk_00000001", "reason": "x"}, "sf_a", entity="pickup",
                         entity_id="pk_00000001", optimistic=pickup(1, status="cancelled"), acted_at=ACTED_AT)
    cache.settle(item["seq"], "rejected", "pickup", None, {"type": "/problems/forbidden", "status": 403})
    shown = cache.pickup("pk_00000001")
    assert (shown["status"], shown["pending"]) == ("new", False)
    assert cache.conflicts()[0]["server_entity"] is None


def test_settling_one_action_keeps_the_overlay_while_another_for_the_entity_waits(cache):
    cache.apply_page([upsert("pickup", pickup(1))], "c1", 0)
    start = cache.enqueue("pickup.start_picking.v1", {"pickup_id": "pk_00000001"}, "sf_a", entity="pickup",
                          entity_id="pk_00000001", optimistic=pickup(1, status="picking"), acted_at=ACTED_AT)
    ready = cache.enqueue("pickup.mark_ready.v1", {"pickup_id": "pk_00000001", "shelf_location": "B-2", "picked": []},
                          "sf_a", entity="pickup", entity_id="pk_00000001",
                          optimistic=pickup(1, status="ready", shelf_location="B-2"), acted_at=ACTED_AT)
    cache.settle(start["seq"], "applied", "pickup", pickup(1, version=2, status="picking"), None)
    shown = cache.pickup("pk_00000001")
    assert (shown["status"], shown["pending"]) == ("ready", True)
    assert raw(cache, "SELECT version FROM pickups") == [(2,)]
    cache.settle(ready["seq"], "applied", "pickup", pickup(1, version=3, status="ready", shelf_location="B-2"), None)
    shown = cache.pickup("pk_00000001")
    assert (shown["status"], shown["version"], shown["pending"]) == ("ready", 3, False)


def test_a_note_added_offline_shows_at_once_and_is_confirmed_by_the_server(cache):
    cache.apply_page([upsert("customer", customer(1)), upsert("note", note("no_old"))], "c1", 0)
    local = note("4b7c6a1e-0000-4000-8000-000000000001", body="Wants the blue one", author_name="(this device)",
                 created_at="2026-11-20T12:00:00Z")
    item = cache.enqueue("customer.add_note.v1", {"customer_id": "cu_0000001", "note_id": local["id"],
                                                  "body": local["body"]}, "sf_a", entity="note",
                         entity_id=local["id"], optimistic=local, acted_at=ACTED_AT)
    notes = cache.notes("cu_0000001")
    assert [(n["id"], n["pending"]) for n in notes] == [(local["id"], True), ("no_old", False)]
    server = {**local, "version": 1, "author_name": "Ann Associate"}
    cache.settle(item["seq"], "applied", "note", server, None)
    notes = cache.notes("cu_0000001")
    assert [(n["id"], n["pending"], n["author_name"]) for n in notes][0] == (local["id"], False, "Ann Associate")


def test_a_refused_new_note_disappears(cache):
    cache.apply_page([upsert("customer", customer(1))], "c1", 0)
    local = note("4b7c6a1e-0000-4000-8000-000000000002", body="x")
    item = cache.enqueue("customer.add_note.v1", {"customer_id": "cu_0000001", "note_id": local["id"], "body": "x"},
                         "sf_a", entity="note", entity_id=local["id"], optimistic=local, acted_at=ACTED_AT)
    cache.settle(item["seq"], "rejected", "note", None, {"type": "/problems/not-found", "status": 404})
    assert cache.notes("cu_0000001") == []
    assert cache.conflicts()[0]["name"] == "customer.add_note.v1"


def test_conflicts_can_be_dismissed_or_retried_as_a_new_mutation(cache, clock):
    seqs = [cache.enqueue("pickup.notify.v1", {"pickup_id": f"pk_{n}", "kind": "reminder"}, "sf_a", entity="pickup",
                          entity_id=f"pk_{n}", optimistic=None, acted_at=ACTED_AT) for n in (1, 2)]
    first, second = (cache.settle(s["seq"], "rejected", "pickup", None, {"status": 409}) for s in seqs)
    assert [c["id"] for c in cache.conflicts()] == [second, first]  # newest first
    clock.now += timedelta(minutes=5)
    assert cache.dismiss_conflict(first) is True
    assert [c["id"] for c in cache.conflicts()] == [second]
    dismissed = [c for c in cache.conflicts(include_dismissed=True) if c["id"] == first][0]
    assert dismissed["dismissed_at"] == "2026-11-20T12:05:00Z"

    again = cache.retry_conflict(second, "sf_manager1", "2026-11-20T12:06:00Z")
    assert again["mutation_id"] != seqs[1]["mutation_id"]
    assert again["seq"] == 3
    assert (again["name"], again["args"], again["acted_by"], again["acted_at"]) == (
        "pickup.notify.v1", {"pickup_id": "pk_2", "kind": "reminder"}, "sf_manager1", "2026-11-20T12:06:00Z")
    assert cache.pending() == [again]
    assert cache.conflicts() == []
    with pytest.raises(ValueError):
        cache.retry_conflict(second, "sf_manager1", ACTED_AT)


# --- retention and wiping ------------------------------------------------------------------------

def test_purge_deletes_customers_out_of_scope_and_not_viewed_for_30_days(cache, clock):
    people = [customer(n) for n in (1, 2, 3, 4)]
    cache.apply_page([upsert("customer", c) for c in people]
                     + [upsert("order", order(n, f"cu_{n:07d}")) for n in (1, 2, 3, 4)]
                     + [upsert("cart", cart(n, f"cu_{n:07d}")) for n in (1, 2, 3)]
                     + [upsert("note", note(f"no_{n}", f"cu_{n:07d}")) for n in (1, 2, 3)], "c1", 0)
    cache.mark_viewed("cu_0000002", NOW - timedelta(days=40))
    cache.mark_viewed("cu_0000003", NOW - timedelta(days=5))
    cache.apply_page([tombstone("customer", f"cu_{n:07d}") for n in (1, 2, 3)], "c2", 0)  # 4 stays in scope
    assert cache.purge(NOW) == 2
    assert [c["id"] for c in (cache.customer(f"cu_{n:07d}") for n in (1, 2, 3, 4)) if c] == ["cu_0000003", "cu_0000004"]
    assert raw(cache, "SELECT customer_id FROM orders ORDER BY 1") == [("cu_0000003",), ("cu_0000004",)]
    assert raw(cache, "SELECT customer_id FROM carts") == [("cu_0000003",)]
    assert raw(cache, "SELECT customer_id FROM notes") == [("cu_0000003",)]
    assert cache.search_customers("given1") == [] and cache.search_customers("given2") == []
    # Viewed 5 days ago: kept until it has not been viewed for 30 days.
    assert cache.purge(NOW + timedelta(days=24)) == 0
    assert cache.purge(NOW + timedelta(days=26)) == 1


def test_wipe_removes_the_file_its_side_files_and_damaged_copies(path, key, clock):
    cache = Cache.open(path, key, clock=clock)
    cache.apply_page([upsert("customer", customer(1))], "c1", 0)
    cache.close()
    Cache.recover(path, key, clock=clock)  # leaves a moved-aside copy behind
    reopened = Cache.open(path, key, clock=clock)
    reopened.apply_page([upsert("customer", customer(2))], "c1", 0)
    reopened.close()
    assert any(p.name.startswith("cache.db.corrupt-") for p in path.parent.iterdir())
    Cache.wipe(path)
    assert list(path.parent.iterdir()) == []


# --- the lock ------------------------------------------------------------------------------------

def test_the_lock_refuses_a_second_holder_until_released(path):
    first = CacheLock(path).acquire()
    second = CacheLock(path)
    with pytest.raises(CacheInUse):
        second.acquire()
    assert not second.held
    first.release()
    with second:
        assert second.held
    assert not second.held


_HOLDER = """
import sys, time
from clerk_app.cache import CacheLock
lock = CacheLock(sys.argv[1]).acquire()
print("held", flush=True)
time.sleep(60)
"""


def test_the_lock_is_refused_while_another_process_lives_and_freed_when_it_dies(path):
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(path)], stdout=subprocess.PIPE, text=True,
                              cwd=Path(__file__).resolve().parents[2])
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(CacheInUse) as refused:
            CacheLock(path).acquire()
        assert refused.value.context["pid"] == holder.pid
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    # Killed without any clean-up: the OS released its lock.
    with CacheLock(path) as lock:
        assert lock.held


# --- recovery ------------------------------------------------------------------------------------

PAGE = 4096


def _queue_one_row_per_page(cache: Cache, count: int) -> list[dict[str, Any]]:
    # ~2.5 KB of args: two rows never share a 4 KB page, so a damaged page costs exactly one row.
    return [cache.enqueue("pickup.mark_ready.v1", {"pickup_id": f"pk_{n}", "shelf_location": "A-1", "picked": [],
                                                   "pad": f"{n:04d}" * 640}, "sf_a", entity=None, entity_id=None,
                          optimistic=None, acted_at=ACTED_AT) for n in range(count)]


_SIGNED_IN = {"id": "sf_a", "username": "ana", "display_name": "Ana", "role": "associate", "store_ids": ["st_001"]}


def test_recover_moves_a_damaged_cache_aside_and_keeps_the_readable_queued_actions(path, key, clock):
    cache = Cache.open(path, key, clock=clock)
    cache.apply_page([upsert("customer", customer(1))], "c1", 12)
    cache.save_login(_SIGNED_IN, "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA", datetime(2026, 11, 20, tzinfo=UTC), 72)
    cache.connection.execute("VACUUM")  # no free pages (a migration dropped indexes): the outbox's come last
    before = raw(cache, "PRAGMA page_count")[0][0]
    queued = _queue_one_row_per_page(cache, 30)
    assert raw(cache, "PRAGMA page_count")[0][0] - before >= 30
    cache.close()  # checkpoints: every page is in the main file
    damaged = range(before + 10, before + 13)  # three of the outbox's leaf pages, in the middle
    with path.open("r+b") as f:
        for page in damaged:
            f.seek((page - 1) * PAGE)
            f.write(os.urandom(PAGE))
    with pytest.raises(CacheUnreadable):
        Cache.open(path, key, clock=clock, quick_check=True)

    report = Cache.recover(path, key, clock=clock)
    assert isinstance(report, RecoveryReport)
    assert report.moved_to == path.with_name("cache.db.corrupt-20261120T120000Z") and report.moved_to.exists()
    assert (report.kept, report.lost, report.complete, report.all_kept) == (27, 3, True, False)
    with Cache.open(path, key, clock=clock, quick_check=True) as fresh:
        kept = fresh.pending(100)
        assert fresh.counts()["customers"] == 0 and fresh.cursor() is None
        # Kept rows are the originals, with their seq and mutation_id (so the server still dedupes them).
        by_seq = {q["seq"]: q for q in queued}
        assert all(row == by_seq[row["seq"]] for row in kept)
        lost = sorted(set(by_seq) - {row["seq"] for row in kept})
        assert len(lost) == 3 and lost == list(range(lost[0], lost[0] + 3))
        assert fresh.device_last_seq() == 12
        # The staff sign-in (on a page the damage missed) came along: offline unlock still works.
        assert report.staff_logins_kept == 1
        assert fresh.login_record("ANA")["verifier"] == "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA"
        assert fresh.enqueue("audit.record.v1", {"events": []}, "sf_a", entity=None, entity_id=None, optimistic=None,
                             acted_at=ACTED_AT)["seq"] == max(by_seq) + 1


@pytest.mark.parametrize("damage", ["random-bytes", "other-key"])
def test_recover_from_a_file_nothing_can_be_read_from_says_so(path, key, clock, damage):
    if damage == "random-bytes":
        path.parent.mkdir(parents=True)
        path.write_bytes(os.urandom(20 * PAGE))
    else:
        with Cache.open(path, os.urandom(32), clock=clock) as other:
            _queue_one_row_per_page(other, 2)
    report = Cache.recover(path, key, clock=clock)
    assert (report.kept, report.complete, report.all_kept) == (0, False, False)
    assert report.moved_to is not None and report.moved_to.exists()
    with Cache.open(path, key, clock=clock) as fresh:
        assert fresh.depth() == 0
        fresh.apply_page([upsert("customer", customer(1))], "c1", 0)
        assert fresh.customer("cu_0000001") is not None


def test_recover_keeps_every_queued_action_and_conflict_of_a_sound_file(path, key, clock):
    with Cache.open(path, key, clock=clock) as cache:
        queued = _queue_one_row_per_page(cache, 3)
        cache.settle(queued[0]["seq"], "rejected", None, None, {"status": 409})
    report = Cache.recover(path, key, clock=clock)
    assert (report.kept, report.lost, report.complete, report.all_kept, report.conflicts_kept) == (2, 0, True, True, 1)
    with Cache.open(path, key, clock=clock) as fresh:
        assert [q["mutation_id"] for q in fresh.pending()] == [q["mutation_id"] for q in queued[1:]]
        assert fresh.conflicts()[0]["mutation_id"] == queued[0]["mutation_id"]


def test_file_size_counts_the_file_and_its_log(cache, path):
    cache.apply_page([upsert("customer", customer(n)) for n in range(1, 50)], "c1", 0)
    wal = path.with_name(path.name + "-wal")
    assert cache.file_size() == path.stat().st_size + wal.stat().st_size > 0


def test_pages_written_on_another_thread_and_actions_queued_meanwhile_all_land(cache):
    # Pages go through the cache's page connection, actions through its main one: SQLite's lock keeps
    # the two writers apart, and neither fails for the other's being busy.
    import threading

    pages = [[upsert("customer", customer(n)) for n in range(start, start + 200)] for start in range(1, 2001, 200)]
    prepared = [cache.prepare_page(changes) for changes in pages]
    failures: list[BaseException] = []

    def write_pages() -> None:
        try:
            for number, page in enumerate(prepared, start=1):
                cache.write_page(page, f"cursor-{number}", 0)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            failures.append(exc)

    writer = threading.Thread(target=write_pages)
    writer.start()
    queued = [cache.enqueue("audit.record.v1", {"events": [n]}, "sf_a", entity=None, entity_id=None,
                            optimistic=None, acted_at=ACTED_AT)["seq"] for n in range(50)]
    writer.join()
    assert failures == []
    assert [row["seq"] for row in cache.pending(100)] == queued
    assert cache.counts()["customers"] == 2000 and cache.cursor() == "cursor-10"
    assert [c["id"] for c in cache.search_customers("Given1999")] == ["cu_0001999"]


def test_a_page_that_repeats_entities_is_written_in_feed_order_however_many_steps_it_takes(cache):
    # The feed sends each entity once; a page that does not is written change by change, in order,
    # which here takes more steps than one statement holds.
    changes = []
    for n in range(1, 1201):
        changes += [upsert("customer", customer(n)), upsert("note", note(f"no_{n}", f"cu_{n:07d}"))]
    changes += [upsert("customer", customer(7, version=2, given_name="Seventh")),
                upsert("customer", customer(8, version=1, given_name="Stale")), tombstone("note", "no_9")]
    changes[2] = upsert("customer", customer(2, version=3, given_name="Newest"))  # replaced below by an older one
    changes.append(upsert("customer", customer(2, version=2, given_name="Older")))
    assert len(Cache.prepare_page(changes).steps) > 1000
    cache.apply_page(changes, "cursor-1", 4)
    assert cache.counts()["customers"] == 1200 and cache.counts()["notes"] == 1199
    assert cache.customer("cu_0000007")["given_name"] == "Seventh"
    assert cache.customer("cu_0000008")["given_name"] == "Stale"  # the same version again: written again
    assert cache.customer("cu_0000002")["given_name"] == "Newest"  # an older version never replaces a newer
    assert (cache.cursor(), cache.device_last_seq()) == ("cursor-1", 4)
    assert [c["id"] for c in cache.search_customers("Seventh")] == ["cu_0000007"]


def _cart(cart_id: str, version: int, lines: list[dict[str, Any]]) -> dict[str, Any]:
    return {"id": cart_id, "version": version, "customer_id": "cu_0000001", "channel": "web", "status": "active",
            "updated_at": "2026-11-20T12:00:00Z", "currency": "EUR", "subtotal_cents": 0, "lines": lines}


def test_a_stand_in_row_makes_way_for_the_entity_the_server_filed_under_its_own_id(cache):
    # cart.add_line.v1 for a customer without an active cart: the server starts one, with an id of its own.
    line = {"sku": "SKU-00001", "name": "Shoe", "quantity": 2, "unit_price_cents": 500}
    item = cache.enqueue("cart.add_line.v1", {"customer_id": "cu_0000001", "sku": "SKU-00001", "quantity": 2}, "sf_a",
                         entity="cart", entity_id="local-1", optimistic=_cart("local-1", 0, [line]), acted_at=ACTED_AT)
    assert [(c["id"], c["pending"]) for c in cache.carts_with_stock("cu_0000001")] == [("local-1", True)]
    cache.settle(item["seq"], "applied", "cart", _cart("ca_server", 1, [line]), None)
    assert [(c["id"], c["version"], c["pending"]) for c in cache.carts_with_stock("cu_0000001")] == [("ca_server", 1, False)]


def test_a_stand_in_waits_while_another_action_on_it_is_queued(cache):
    line = {"sku": "SKU-00001", "name": "Shoe", "quantity": 1, "unit_price_cents": 500}
    args = {"customer_id": "cu_0000001", "sku": "SKU-00001", "quantity": 1}
    first = cache.enqueue("cart.add_line.v1", args, "sf_a", entity="cart", entity_id="local-1",
                          optimistic=_cart("local-1", 0, [line]), acted_at=ACTED_AT)
    second = cache.enqueue("cart.add_line.v1", args, "sf_a", entity="cart", entity_id="local-1",
                           optimistic=_cart("local-1", 0, [{**line, "quantity": 2}]), acted_at=ACTED_AT)
    cache.settle(first["seq"], "applied", "cart", _cart("ca_server", 1, [line]), None)
    assert {c["id"] for c in cache.carts_with_stock("cu_0000001")} == {"local-1", "ca_server"}
    cache.settle(second["seq"], "applied", "cart", _cart("ca_server", 2, [{**line, "quantity": 2}]), None)
    carts = cache.carts_with_stock("cu_0000001")
    assert [(c["id"], c["version"], c["lines"][0]["quantity"]) for c in carts] == [("ca_server", 2, 2)]


def test_an_order_placed_here_is_replaced_by_the_servers_under_the_same_id_or_dropped_when_refused(cache):
    from clerk_app.sync.actions import Actions

    cache.apply_page([upsert("customer", customer(1))], "c1", 0)
    actions = Actions(cache, now=lambda: NOW)
    placed = actions.place_pickup("cu_0000001", "st_002", "SKU-00001", 2, "sf_a",
                                  product={"name": "Shoe", "price_cents": 500, "currency": "EUR"})
    refused = actions.place_pickup("cu_0000001", "st_002", "SKU-00002", 1, "sf_a")
    shown = {o["id"]: o for o in cache.orders("cu_0000001")}
    assert (shown[placed["id"]]["pending"], shown[placed["id"]]["total_cents"]) == (True, 1000)
    [first, second] = cache.pending()
    assert first["args"] == {"order_id": placed["id"], "customer_id": "cu_0000001", "store_id": "st_002",
                             "lines": [{"sku": "SKU-00001", "quantity": 2}]}
    server = {**placed, "version": 1, "number": "CL-30000001"}
    cache.settle(first["seq"], "applied", "order", server, None)
    problem = {"type": "/problems/status-conflict", "status": 409, "store_id": "st_002", "inventory": []}
    cache.settle(second["seq"], "rejected", "order", None, problem)
    assert [(o["id"], o["number"], o["pending"]) for o in cache.orders("cu_0000001")] == [
        (placed["id"], "CL-30000001", False)]
    assert refused["id"] not in {o["id"] for o in cache.orders("cu_0000001")}
    assert cache.conflicts()[0]["problem"] == problem


@pytest.mark.parametrize("quantity", [0, 100])
def test_an_order_or_cart_line_outside_1_to_99_is_refused_and_nothing_is_queued(cache, quantity):
    from clerk_app.errors import ValidationFailed
    from clerk_app.sync.actions import Actions

    cache.apply_page([upsert("customer", customer(1))], "c1", 0)
    actions = Actions(cache, now=lambda: NOW)
    with pytest.raises(ValidationFailed):
        actions.place_pickup("cu_0000001", "st_002", "SKU-00001", quantity, "sf_a")
    with pytest.raises(ValidationFailed):
        actions.add_to_cart("cu_0000001", "SKU-00001", quantity, "sf_a")
    assert cache.depth() == 0
