"""The cache keeps the feed's v1.1 `store` and `staff` entities (migration 5), and the reply models check them."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from clerk_app.api.models import ChangesPage
from clerk_app.cache.connection import connect
from clerk_app.cache.migrations import migrate
from clerk_app.cache.store import Cache


def store(n: int, **changes: Any) -> dict[str, Any]:
    data = {"id": f"st_{n:03d}", "version": 1, "name": f"Clerk {n}", "city": "Москва", "address": "ул. Тверская, 7",
            "phone": "+74957390011", "timezone": "Europe/Moscow",
            "opening_hours": [{"day": 1, "opens": "10:00", "closes": "22:00"}], "updated_at": "2026-11-01T00:00:00Z"}
    data.update(changes)
    return data


def person(staff_id: str, **changes: Any) -> dict[str, Any]:
    data = {"id": staff_id, "version": 1, "display_name": "Dana Levi", "role": "associate"}
    data.update(changes)
    return data


def change(kind: str, data: dict[str, Any] | None, entity_id: str | None = None, op: str = "upsert",
           version: int | None = None) -> dict[str, Any]:
    return {"seq": 1, "entity": kind, "id": entity_id or data["id"], "op": op,
            "version": version if version is not None else (data or {}).get("version", 1), "data": data}


@pytest.fixture
def key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def cache(tmp_path: Path, key: bytes):
    opened = Cache.open(tmp_path / "cache.db", key)
    yield opened
    opened.close()


def test_stores_and_staff_from_a_page_are_kept_and_read_back(cache):
    cache.apply_page([change("store", store(1)), change("store", store(2, name="Clerk Riverside")),
                      change("staff", person("sf_a")), change("staff", person("sf_m", role="manager"))], "c1", 0)
    assert [s["id"] for s in cache.stores()] == ["st_001", "st_002"]
    assert cache.store("st_002")["name"] == "Clerk Riverside"
    assert cache.store("st_001")["opening_hours"] == [{"day": 1, "opens": "10:00", "closes": "22:00"}]
    assert cache.staff_member("sf_m")["role"] == "manager"
    assert cache.store("st_999") is None and cache.staff_member("sf_nobody") is None
    assert cache.counts()["stores"] == 2 and cache.counts()["staff_members"] == 2


def test_a_newer_version_replaces_an_older_one_never_the_reverse_and_a_tombstone_removes(cache):
    cache.apply_page([change("staff", person("sf_a", version=2, display_name="Dana Cohen"))], "c1", 0)
    cache.apply_page([change("staff", person("sf_a", version=1, display_name="Dana Levi"))], "c2", 0)
    assert cache.staff_member("sf_a")["display_name"] == "Dana Cohen"
    cache.apply_page([change("staff", None, "sf_a", op="delete", version=2), change("store", store(1))], "c3", 0)
    assert cache.staff_member("sf_a") is None and cache.store("st_001") is not None
    cache.reset_entities()
    assert cache.stores() == []


def test_a_schema_4_cache_gets_the_store_and_staff_tables_and_keeps_its_rows(tmp_path, key):
    path = tmp_path / "old.db"
    conn = connect(path, key)
    try:
        assert migrate(conn, "2026-11-01T00:00:00Z", upto=4) == [1, 2, 3, 4]
        conn.execute("INSERT INTO meta (key, value) VALUES ('cursor', 'old-cursor')")
    finally:
        conn.close()
    with Cache.open(path, key) as cache:
        assert cache.cursor() == "old-cursor"
        cache.apply_page([change("store", store(3))], "c1", 0)
        assert cache.store("st_003")["city"] == "Москва"


def _page(*changes: dict[str, Any]) -> dict[str, Any]:
    return {"changes": list(changes), "next_cursor": "c", "has_more": False, "device_last_seq": 0}


def test_a_page_with_stores_and_staff_validates_and_keeps_them():
    page = ChangesPage.model_validate(_page(change("store", store(1)), change("staff", person("sf_a"))))
    assert [c["entity"] for c in page.raw_changes] == ["store", "staff"]


@pytest.mark.parametrize("bad", [
    change("store", {k: v for k, v in store(1).items() if k != "city"}),
    change("store", store(1, opening_hours=[{"day": "1", "opens": "09:00", "closes": "20:00"}])),
    change("store", store(1, version="1")),
    change("staff", person("sf_a", display_name=None)),
    change("staff", person("sf_b"), entity_id="sf_other"),
])
def test_a_store_or_staff_change_that_breaks_the_contract_is_refused(bad):
    with pytest.raises(ValidationError):
        ChangesPage.model_validate(_page(bad))


def test_a_staff_role_this_client_does_not_know_is_kept():
    page = ChangesPage.model_validate(_page(change("staff", person("sf_a", role="supervisor"))))
    assert page.raw_changes[0]["data"]["role"] == "supervisor"
