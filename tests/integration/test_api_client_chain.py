"""ApiClient's v1.1 look-ups (stores, product search, stock across stores) and a cache that keeps the feed's
`store` and `staff` entities, against the real reference server on loopback."""

from __future__ import annotations

import os

import pytest

from clerk_app.api import ApiClient
from clerk_app.cache.store import Cache
from clerk_app.errors import SignedOut
from tests.helpers.api import PASSWORD


@pytest.fixture
def client(live_api):
    api = ApiClient(live_api.url, now=live_api.clock.time)
    yield api
    api.close()


def test_stores_names_every_store_with_city_and_hours(live_api, client):
    client.login(live_api.store(0)["associates"][0], PASSWORD)
    stores = client.stores()
    assert [s["id"] for s in stores] == [s["id"] for s in live_api.network["stores"]]
    assert [s["name"] for s in stores] == [s["name"] for s in live_api.network["stores"]]
    assert all(s["city"] and s["timezone"] and s["opening_hours"] for s in stores)


def test_search_products_pages_by_name_sku_or_barcode(live_api, client):
    client.login(live_api.store(0)["associates"][0], PASSWORD)
    first = client.search_products("sku-", limit=5)
    assert len(first.items) == 5 and first.next_cursor
    second = client.search_products("sku-", limit=5, cursor=first.next_cursor)
    assert not {p["sku"] for p in first.items} & {p["sku"] for p in second.items}
    product = first.items[0]
    assert [p["sku"] for p in client.search_products(product["barcode"]).items] == [product["sku"]]
    word = product["name"].split()[0].upper()
    assert product["sku"] in [p["sku"] for p in client.search_products(word, limit=500).items]


def test_inventory_across_gives_every_stores_stock(live_api, client):
    client.login(live_api.store(0)["associates"][0], PASSWORD)
    items = client.inventory_across(["SKU-00001", "SKU-00002"])
    assert {(i["store_id"], i["sku"]) for i in items} == {
        (s["id"], sku) for s in live_api.network["stores"] for sku in ("SKU-00001", "SKU-00002")}
    assert client.inventory_across([]) == []


def test_the_look_ups_need_a_sign_in(live_api, client):
    with pytest.raises(SignedOut):
        client.stores()


def test_a_synced_cache_names_every_store_and_this_stores_staff(live_api, client, tmp_path):
    device = live_api.enroll(0)
    client.set_device_token(device["device_token"])
    cache = Cache.open(tmp_path / "cache.db", os.urandom(32))
    try:
        cursor = None
        while True:
            page = client.changes(device["store_id"], cursor, limit=2000)
            cache.apply_page(page.raw_changes, page.next_cursor, page.device_last_seq)
            cursor = page.next_cursor
            if not page.has_more:
                break
        assert [s["id"] for s in cache.stores()] == [s["id"] for s in live_api.network["stores"]]
        other = live_api.store(2)
        assert cache.store(other["id"])["name"] == other["name"]
        assert cache.store(other["id"])["city"]
        store = live_api.store(0)
        me = live_api.login(store["manager"])["staff"]
        colleague = cache.staff_member(me["id"])
        assert colleague["display_name"] == me["display_name"] and colleague["role"] == "manager"
        assert "username" not in colleague
        assert cache.staff_member(live_api.staff_id(other["manager"])) is None  # another store's staff
        assert cache.counts()["stores"] == len(live_api.network["stores"])
        assert cache.counts()["staff_members"] == 1 + len(store["associates"])
    finally:
        cache.close()
