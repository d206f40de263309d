"""Every index the cache keeps on its entity tables is read by a query the app runs.

An index no query reads still costs every write (a first download writes thousands of rows) and room in
the file. The queries are the cache's own, run by calling what the screens and the sync call, over a
cache synced from a seeded store network; SQLite's query plans say which indexes they read.
"""

from __future__ import annotations

import json
import re
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from central_api import feed
from central_api.db import Database
from central_api.seed import seed
from clerk_app.cache import Cache
from clerk_app.cache.entities import TABLES
from clerk_app.cache.pickup_queue import TIMED_TABS

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
_INDEX_IN_PLAN = re.compile(r"USING (?:COVERING )?INDEX (\w+)")


@pytest.fixture(scope="module")
def synced(tmp_path_factory) -> Any:
    folder = tmp_path_factory.mktemp("indexes")
    database = Database(f"sqlite:///{folder / 'central.db'}")
    seed(database, stores=1, customers=300, now=NOW, password_hash="not a real hash")
    cache = Cache.open(folder / "cache.db", secrets.token_bytes(32), clock=NOW.timestamp)
    cursor = None
    while True:
        with database.read() as conn:
            page = feed.read_page(conn, "st_001", cursor, 500)
        cache.apply_page(_changes(page), page["next_cursor"], 0)
        if not page["has_more"]:
            break
        cursor = page["next_cursor"]
    database.dispose()
    yield cache
    cache.close()


def _changes(page: dict[str, Any]) -> list[dict[str, Any]]:
    return json.loads(page["changes_json"])


def _subjects(cache: Cache) -> dict[str, Any]:
    """A customer with everything (loyalty id, email, phone, orders, a cart with lines) and a pickup,
    looked up before the trace starts: these queries are the test's, not the app's."""
    conn = cache.connection
    customer_id, loyalty_id, email, phone = conn.execute(
        "SELECT c.id, c.loyalty_id, json_extract(json(c.data), '$.email'), json_extract(json(c.data), '$.phone') "
        "FROM customers AS c WHERE c.loyalty_id IS NOT NULL AND json_extract(json(c.data), '$.email') IS NOT NULL "
        "AND json_extract(json(c.data), '$.phone') IS NOT NULL "
        "AND EXISTS (SELECT 1 FROM orders WHERE customer_id = c.id) "
        "AND EXISTS (SELECT 1 FROM carts WHERE customer_id = c.id AND json_array_length(json(data), '$.lines') > 0) "
        "ORDER BY c.id LIMIT 1").fetchone()
    number = conn.execute("SELECT number FROM orders WHERE customer_id = ? LIMIT 1", (customer_id,)).fetchone()[0]
    pickup_id, code, pickup_number = conn.execute("SELECT id, pickup_code, order_number FROM pickups LIMIT 1").fetchone()
    sku, barcode, name = conn.execute("SELECT id, barcode, json_extract(json(data), '$.name') FROM products "
                                      "ORDER BY id LIMIT 1").fetchone()
    customer = json.loads(conn.execute("SELECT json(data) FROM customers WHERE id = ?", (customer_id,)).fetchone()[0])
    return {"customer": customer, "loyalty_id": loyalty_id, "email": email, "phone": phone, "number": number,
            "pickup_id": pickup_id, "code": code, "pickup_number": pickup_number,
            "sku": sku, "barcode": barcode, "product_name": name}


def _screens_and_sync(cache: Cache, s: dict[str, Any]) -> None:
    """What the screens ask of the cache, and the sync's retention."""
    customer = s["customer"]
    for query in (customer["given_name"][:1], customer["family_name"][:3], customer["display_name"], s["email"][:4],
                  s["email"], s["phone"][-7:], s["loyalty_id"], s["number"], s["pickup_number"], "nobody at all"):
        cache.search_customers(query)
    cache.customer(customer["id"])
    cache.carts_with_stock(customer["id"])
    first = cache.orders(customer["id"], limit=1)
    cache.orders(customer["id"], limit=1, before=(first[0]["placed_at"], first[0]["id"]))
    cache.notes(customer["id"])
    cache.pickups("ready")
    cache.pickups(["new", "picking"])
    cache.pickup(s["pickup_id"])
    cache.pickup_by_code(s["code"])
    cache.pickup_by_order_number(s["pickup_number"])
    cache.overdue_pickups(NOW)
    cache.past_collect_by(NOW)
    day_start = NOW.replace(hour=0, minute=0)
    for tab in TIMED_TABS:
        cache.pickup_queue(tab, NOW, day_start, day_start + timedelta(days=1))
    cache.pickup_queue_counts(NOW, day_start, day_start + timedelta(days=1))
    cache.metrics_inputs(NOW - timedelta(days=7), NOW)
    cache.dashboard_pickups(NOW - timedelta(days=7), NOW, NOW - timedelta(days=1))
    words = s["product_name"].split()
    for query in (words[0][:2], " ".join(w[:3] for w in words), s["sku"][:6], s["barcode"]):
        cache.search_products(query)
    cache.product(s["sku"])
    cache.product_by_code(s["barcode"])
    cache.inventory(s["sku"])
    cache.mark_viewed(customer["id"], NOW)
    cache.purge(NOW)


def _indexes_read(cache: Cache) -> set[str]:
    subjects = _subjects(cache)
    statements: list[str] = []
    cache.connection.set_trace_callback(statements.append)
    try:
        _screens_and_sync(cache, subjects)
    finally:
        cache.connection.set_trace_callback(None)
    assert statements
    read = set()
    for sql in statements:
        if sql.lstrip().split(None, 1)[0].upper() in ("SELECT", "WITH", "UPDATE", "DELETE"):
            for row in cache.connection.execute("EXPLAIN QUERY PLAN " + sql):
                read |= set(_INDEX_IN_PLAN.findall(row[3]))
    return read


def test_every_index_on_an_entity_table_is_read_by_a_query_the_app_runs(synced):
    made = {row[1] for table in TABLES.values()
            for row in synced.connection.execute(f"PRAGMA index_list({table})") if row[3] == "c"}
    assert "customers_search_sort" in made and "orders_customer_placed" in made and "products_barcode" in made

    assert made - _indexes_read(synced) == set()
