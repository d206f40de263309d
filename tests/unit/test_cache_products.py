"""Product search and this store's stock in the cache (migration 6): folded name word prefixes, SKU
prefixes, exact barcodes, kept in step by the sync's writes, and built for a file made before."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from clerk_app.cache.connection import connect, dumps
from clerk_app.cache.migrations import migrate
from clerk_app.cache.store import Cache


def product(n: int, name: str, **changes: Any) -> dict[str, Any]:
    data = {"sku": f"SKU-{n:05d}", "name": name, "category": "apparel", "barcode": f"40000000{n:04d}0",
            "price_cents": 1999, "currency": "EUR", "version": 1, "updated_at": "2026-11-01T00:00:00Z"}
    data.update(changes)
    return data


def stock(sku: str, on_hand: int, reserved: int = 0, version: int = 1) -> dict[str, Any]:
    return {"store_id": "st_001", "sku": sku, "on_hand": on_hand, "reserved": reserved,
            "available": on_hand - reserved, "updated_at": "2026-11-01T10:00:00Z", "version": version}


def change(kind: str, data: dict[str, Any] | None, entity_id: str | None = None, op: str = "upsert",
           version: int | None = None) -> dict[str, Any]:
    return {"seq": 1, "entity": kind, "id": entity_id or data["sku"], "op": op,
            "version": version if version is not None else (data or {}).get("version", 1), "data": data}


CATALOGUE = [
    product(1, "Linen Shirt"),
    product(2, "Linen Shirt XL"),
    product(3, "Wool Scarf"),
    product(4, "Ёлочная игрушка"),
    product(5, "كِتاب الطبخ"),  # with a kasra: folded away, as in customer names
    product(6, "Café Crème Mug"),
    product(7, "نعناع خشک", barcode=None),
]


@pytest.fixture
def key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def cache(tmp_path: Path, key: bytes):
    opened = Cache.open(tmp_path / "cache.db", key)
    opened.apply_page([change("product", p) for p in CATALOGUE], "c1", 0)
    yield opened
    opened.close()


def skus(cache: Cache, q: str) -> list[str]:
    return [p["sku"] for p in cache.search_products(q)]


def test_a_name_prefix_of_any_word_finds_the_product_folded_as_customer_names_are(cache):
    assert skus(cache, "lin") == ["SKU-00001", "SKU-00002"]
    assert skus(cache, "shi lin") == ["SKU-00001", "SKU-00002"]  # every word, in any order
    assert skus(cache, "shirt xl") == ["SKU-00002"]
    assert skus(cache, "scarf") == ["SKU-00003"]
    assert skus(cache, "елоч") == ["SKU-00004"]  # ё as е
    assert skus(cache, "كتاب") == ["SKU-00005"]  # without the harakat
    assert skus(cache, "cafe creme") == ["SKU-00006"]
    assert skus(cache, "نعناع خشك") == ["SKU-00007"]  # Arabic kaf for Persian keheh
    assert skus(cache, "linen wool") == []


def test_a_sku_prefix_in_either_case_and_an_exact_barcode_find_the_product_first(cache):
    assert skus(cache, "SKU-0000") == [f"SKU-{n:05d}" for n in range(1, 8)]
    assert skus(cache, "sku-00003") == ["SKU-00003"]
    assert skus(cache, "4000000000030") == ["SKU-00003"]
    assert skus(cache, "400000000003") == []  # a barcode is exact, never a prefix
    assert cache.product_by_code("4000000000060")["name"] == "Café Crème Mug"
    assert cache.product_by_code("sku-00007")["sku"] == "SKU-00007"
    assert cache.product_by_code("9999999999999") is None
    assert [p["sku"] for p in cache.search_products("SKU-", limit=3)] == ["SKU-00001", "SKU-00002", "SKU-00003"]


def test_a_renamed_product_is_found_by_its_new_name_only_and_a_tombstone_or_reset_forgets_it(cache):
    cache.apply_page([change("product", product(3, "Cashmere Scarf", version=2))], "c2", 0)
    cache.apply_page([change("product", product(3, "Wool Scarf", version=1))], "c3", 0)  # older: ignored
    assert skus(cache, "cashm") == ["SKU-00003"] and skus(cache, "wool") == []
    cache.apply_page([change("product", None, "SKU-00001", op="delete", version=2)], "c4", 0)
    assert skus(cache, "linen") == ["SKU-00002"]
    assert cache.product("SKU-00001") is None
    cache.reset_entities()
    assert skus(cache, "scarf") == []
    assert cache.connection.execute("SELECT count(*) FROM product_words").fetchone() == (0,)


def test_this_stores_stock_is_read_with_when_it_was_synced(cache):
    cache.apply_page([change("inventory", stock("SKU-00002", 7, 2))], "c2", 0)
    row = cache.inventory("SKU-00002")
    assert (row["available"], row["on_hand"], row["reserved"]) == (5, 7, 2)
    assert row["synced_at"]
    assert cache.inventory("SKU-00003") is None


def test_a_schema_5_cache_gets_the_product_search_for_the_products_it_already_has(tmp_path, key):
    path = tmp_path / "old.db"
    conn = connect(path, key)
    try:
        assert migrate(conn, "2026-11-01T00:00:00Z", upto=5) == [1, 2, 3, 4, 5]
        for p in CATALOGUE[:4]:
            conn.execute("INSERT INTO products (id, barcode, version, data, synced_at) VALUES (?, ?, 1, ?, ?)",
                         (p["sku"], p["barcode"], dumps(p), "2026-11-01T00:00:00Z"))
    finally:
        conn.close()
    with Cache.open(path, key) as cache:
        assert skus(cache, "linen sh") == ["SKU-00001", "SKU-00002"]
        assert skus(cache, "ёлка") == [] and skus(cache, "ело") == ["SKU-00004"]
        assert skus(cache, "4000000000030") == ["SKU-00003"]
        plan = " ".join(row[3] for row in cache.connection.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM products WHERE barcode = ?", ("x",)))
        assert "products_barcode" in plan
        # The write path keeps the migrated words.
        cache.apply_page([change("product", product(1, "Hemp Shirt", version=2))], "c1", 0)
        assert skus(cache, "linen") == ["SKU-00002"] and skus(cache, "hemp") == ["SKU-00001"]


def test_words_of_a_query_match_beyond_the_first_words_candidate_window(cache):
    # 450 products share the first word: the one that also has the second lies past the window read first.
    many = [product(100 + n, f"Aaron Blue {n}") for n in range(450)] + [product(900, "Aaron Zulu")]
    cache.apply_page([change("product", p) for p in many], "c2", 0)
    assert skus(cache, "aa zu") == ["SKU-00900"]
    assert skus(cache, "zu aaro") == ["SKU-00900"]
    assert len(skus(cache, "aaron bl")) == 50
