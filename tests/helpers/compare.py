"""Comparing a counter's cache with what the server says the store's scope is."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from central_api import db

TABLES = {"customer": "customers", "cart": "carts", "order": "orders", "note": "notes", "pickup": "pickups",
          "inventory": "inventory", "product": "products", "store": "stores", "staff": "staff_members"}


def server_scope(database: Any, store_id: str) -> set[tuple[str, str, int]]:
    """(entity, id, version) of everything in the store's feed scope on the server right now."""
    f = db.feed.c
    with database.read() as conn:  # SQLAlchemy Core, not SQL text: the server may be on either engine
        rows = conn.execute(select(f.entity, f.entity_id, f.version).where(f.store_id == store_id, f.op == "upsert")).all()
    return {(entity, entity_id, version) for entity, entity_id, version in rows}


def cache_entities(cache: Any) -> set[tuple[str, str, int]]:
    """(entity, id, version) of every in-scope entity in a cache, read straight from its tables."""
    found = set()
    conn = cache.connection
    for entity, table in TABLES.items():
        where = " WHERE in_scope = 1" if entity == "customer" else ""
        key = "sku" if entity == "inventory" else "id"
        for entity_id, version in conn.execute(f"SELECT {key}, version FROM {table}{where}"):
            found.add((entity, entity_id, version))
    return found
