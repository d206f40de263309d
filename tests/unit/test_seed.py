"""The seeded store network is deterministic, signs its staff in, and has every case the screens need."""

from __future__ import annotations

import collections
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from central_api import db
from central_api.db import Database
from central_api.pickups import reserved_quantity
from central_api.security import iso, verify_password
from central_api.seed import seed

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
PASSWORD = "seed test password"
STORES = 3
CUSTOMERS = 300
PICKUP_STATUSES = {"new", "picking", "ready", "picked_up", "no_show", "restocked", "cancelled"}
# Tables whose every row comes from the generator (staff is left out: Argon2 salts are random by design).
GENERATED_TABLES = ["customers", "customer_name_tokens", "customer_scope", "carts", "orders", "notes", "pickups",
                    "products", "inventory", "feed", "counters"]

# Unicode blocks of the scripts the locales write in.
SCRIPTS = {
    "arabic": [(0x0600, 0x06FF), (0x0750, 0x077F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)],
    "hebrew": [(0x0590, 0x05FF), (0xFB1D, 0xFB4F)],
    "cyrillic": [(0x0400, 0x04FF)],
    "latin": [(0x0041, 0x005A), (0x0061, 0x007A), (0x00C0, 0x024F)],
}
LOCALE_SCRIPTS = {"en-US": "latin", "ru-RU": "cyrillic", "ar": "arabic", "he-IL": "hebrew", "fa-IR": "arabic"}
PERSIAN_ONLY_LETTERS = set("پچژگکی")


@dataclass
class Seeded:
    database: Database
    summary: dict[str, Any]

    def read(self):
        return self.database.read()

    def dispose(self) -> None:
        self.database.dispose()


def _seeded(tmp_path_factory, name: str, seed_value: int, stores: int = STORES, customers: int = CUSTOMERS) -> Seeded:
    database = Database(f"sqlite:///{tmp_path_factory.mktemp(name) / 'central.db'}")
    return Seeded(database, seed(database, stores=stores, customers=customers, seed=seed_value, password=PASSWORD, now=NOW))


@pytest.fixture(scope="module")
def network(tmp_path_factory):
    database = _seeded(tmp_path_factory, "network", 7)
    yield database
    database.dispose()


def _table_rows(database: Seeded, table: str) -> list[tuple]:
    with database.read() as conn:
        return sorted(tuple(r) for r in conn.execute(select(db.metadata.tables[table])).all())


def _entities(database: Seeded, table: str) -> list[dict[str, Any]]:
    with database.read() as conn:
        return [db.loads(t) for t in conn.execute(select(db.metadata.tables[table].c.data)).scalars()]


def _script(ch: str) -> str | None:
    code = ord(ch)
    for script, ranges in SCRIPTS.items():
        if any(lo <= code <= hi for lo, hi in ranges):
            return script
    return None


def _ean13_valid(code: str) -> bool:
    if len(code) != 13 or not code.isdigit():
        return False
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(code[:12]))
    return (10 - total % 10) % 10 == int(code[12])


def test_same_seed_and_now_give_identical_tables(network, tmp_path_factory):
    again = _seeded(tmp_path_factory, "again", 7)
    try:
        for table in GENERATED_TABLES:
            assert _table_rows(again, table) == _table_rows(network, table), f"{table} differs between two runs"
        assert {k: v for k, v in again.summary.items() if k != "seconds"} == \
               {k: v for k, v in network.summary.items() if k != "seconds"}
    finally:
        again.dispose()


def test_a_different_seed_gives_a_different_network(network, tmp_path_factory):
    other = _seeded(tmp_path_factory, "other", 8)
    try:
        for table in ("customers", "orders", "pickups"):
            assert _table_rows(other, table) != _table_rows(network, table), f"{table} did not change with the seed"
    finally:
        other.dispose()


def test_summary_lists_each_store_with_its_manager_and_associates(network):
    stores = network.summary["stores"]
    assert len(stores) == STORES
    assert len({s["id"] for s in stores}) == STORES
    for store in stores:
        assert set(store) >= {"id", "name", "manager", "associates"}
        assert store["name"] and store["manager"] and store["associates"]
    assert network.summary["customers"] == CUSTOMERS
    assert network.summary["now"] == iso(NOW)


def test_every_listed_staff_member_signs_in_with_the_password_into_their_store(network):
    with network.read() as conn:
        staff = {r.username: r for r in conn.execute(select(db.staff)).all()}
        memberships = {(r.staff_id, r.store_id) for r in conn.execute(select(db.staff_stores)).all()}
    for store in network.summary["stores"]:
        for username, role in [(store["manager"], "manager")] + [(a, "associate") for a in store["associates"]]:
            row = staff[username]
            assert row.active and row.role == role
            assert (row.id, store["id"]) in memberships
            assert verify_password(row.password_hash, PASSWORD), f"{username} cannot sign in with the seed password"
            assert not verify_password(row.password_hash, PASSWORD + "x")


def test_customer_names_come_from_arabic_hebrew_persian_russian_and_english_locales(network):
    names_by_locale = collections.defaultdict(list)
    for customer in _entities(network, "customers"):
        names_by_locale[customer["locale"]].append(customer["given_name"])
    for locale, script in LOCALE_SCRIPTS.items():
        names = names_by_locale[locale]
        assert len(names) >= 5, f"only {len(names)} {locale} customers"
        for name in names:
            letters = [ch for ch in name if ch.isalpha()]
            assert letters and all(_script(ch) == script for ch in letters), f"{locale} name {name!r} is not all {script}"
    # Persian names are Persian, not Arabic ones with another label: some use letters Arabic lacks.
    assert any(set(name) & PERSIAN_ONLY_LETTERS for name in names_by_locale["fa-IR"])


def test_every_store_has_pickups_in_every_status_including_late_ones(network):
    now = iso(NOW)
    by_store = collections.defaultdict(list)
    for pickup in _entities(network, "pickups"):
        by_store[pickup["store_id"]].append(pickup)
    assert set(by_store) == {s["id"] for s in network.summary["stores"]}
    for store_id, pickups in by_store.items():
        assert {p["status"] for p in pickups} == PICKUP_STATUSES, store_id
        overdue = [p for p in pickups if p["status"] in ("new", "picking") and p["promised_by"] < now]
        assert overdue, f"{store_id} has no pickup late to be ready"
        past_collect = [p for p in pickups if p["status"] == "ready" and p["pickup_by"] < now]
        assert past_collect, f"{store_id} has no ready pickup past its collect-by date"
        on_time = [p for p in pickups if p["status"] in ("new", "picking") and p["promised_by"] >= now]
        assert on_time, f"{store_id} has only late open pickups"


def test_customers_have_every_loyalty_tier(network):
    assert {c["loyalty_tier"] for c in _entities(network, "customers")} == {"none", "silver", "gold", "platinum"}


def test_there_are_active_and_abandoned_carts(network):
    statuses = {c["status"] for c in _entities(network, "carts")}
    assert {"active", "abandoned"} <= statuses


def test_orders_span_about_two_years_and_all_four_channels(network):
    orders = _entities(network, "orders")
    placed = sorted(o["placed_at"] for o in orders)
    assert placed[0] >= iso(NOW - timedelta(days=731))
    assert placed[0] <= iso(NOW - timedelta(days=690)), "the oldest order is not near 24 months back"
    assert placed[-1] >= iso(NOW - timedelta(days=2)), "no recent orders"
    assert placed[-1] <= iso(NOW)
    assert {o["channel"] for o in orders} == {"web", "app", "store", "phone"}


def test_products_have_valid_ean13_barcodes(network):
    products = _entities(network, "products")
    assert products
    barcodes = [p["barcode"] for p in products]
    assert all(_ean13_valid(b) for b in barcodes), [b for b in barcodes if not _ean13_valid(b)]
    assert len(set(barcodes)) == len(barcodes)


def test_inventory_covers_every_store_and_product_and_reserves_what_open_pickups_hold(network):
    skus = {p["sku"] for p in _entities(network, "products")}
    store_ids = {s["id"] for s in network.summary["stores"]}
    held: collections.Counter[tuple[str, str]] = collections.Counter()
    for pickup in _entities(network, "pickups"):
        for line in pickup["lines"]:
            held[(pickup["store_id"], line["sku"])] += reserved_quantity(pickup, line)
    assert sum(held.values()) > 0
    items = {(i["store_id"], i["sku"]): i for i in _entities(network, "inventory")}
    assert set(items) == {(s, k) for s in store_ids for k in skus}
    for key, item in items.items():
        assert item["available"] == item["on_hand"] - item["reserved"] >= 0, item
        assert item["reserved"] == held[key], f"{key}: reserved {item['reserved']}, open pickups hold {held[key]}"


def test_seeding_a_database_that_has_data_is_refused(tmp_path_factory):
    database = _seeded(tmp_path_factory, "twice", 3, stores=1, customers=20)
    try:
        before = _table_rows(database, "customers")
        with pytest.raises(ValueError, match="already has data"):
            seed(database.database, stores=1, customers=20, seed=4, password=PASSWORD, now=NOW)
        assert _table_rows(database, "customers") == before
    finally:
        database.dispose()


def test_stores_have_details_in_their_languages_and_every_feed_carries_every_store(network):
    stores = {s["id"]: s for s in _entities(network, "store_profiles")}
    assert set(stores) == {s["id"] for s in network.summary["stores"]}
    scripts = set()
    for store in stores.values():
        assert store["city"] and store["address"] and store["phone"].startswith("+")
        assert store["timezone"] and store["opening_hours"]
        for hours in store["opening_hours"]:
            assert 1 <= hours["day"] <= 7 and hours["opens"] < hours["closes"]
        scripts |= {_script(ch) for ch in store["address"] if ch.isalpha()}
    assert len({s["timezone"] for s in stores.values()}) > 1
    assert len(scripts - {None}) >= 2, scripts  # Latin and at least one other script
    with network.read() as conn:
        in_feeds = conn.execute(select(db.feed.c.store_id, db.feed.c.entity_id).where(db.feed.c.entity == "store")).all()
    assert set(in_feeds) == {(feed_store, store) for feed_store in stores for store in stores}


def test_each_store_feed_carries_its_own_staff_without_usernames(network):
    with network.read() as conn:
        members = {(r.store_id, r.staff_id) for r in conn.execute(select(db.staff_stores)).all()}
        in_feeds = conn.execute(select(db.feed.c.store_id, db.feed.c.entity_id, db.feed.c.change_json)
                                .where(db.feed.c.entity == "staff")).all()
    assert {(r.store_id, r.entity_id) for r in in_feeds} == members
    for row in in_feeds:
        data = json.loads(row.change_json)["data"]
        assert set(data) == {"id", "version", "display_name", "role"}


def test_stock_differs_between_stores_and_some_is_zero(network):
    items = _entities(network, "inventory")
    by_sku: dict[str, set[int]] = collections.defaultdict(set)
    for item in items:
        by_sku[item["sku"]].add(item["on_hand"])
    assert sum(1 for counts in by_sku.values() if len(counts) > 1) > len(by_sku) / 2
    assert any(item["available"] == 0 for item in items)
    assert any(item["available"] > 0 for item in items)
