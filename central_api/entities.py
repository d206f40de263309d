"""Reading and saving entities: each save bumps the version and records the change in the feeds."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, delete, select

from . import catalogue, chain, db, feed
from .folding import fold, name_tokens, phone_digits
from .security import iso

Entity = dict[str, Any]


def customer_row(data: Entity) -> dict[str, Any]:
    return {
        "id": data["id"],
        "version": data["version"],
        "home_store_id": data["home_store_id"],
        "email_lower": (data.get("email") or "").casefold() or None,
        "phone_rev": phone_digits(data.get("phone") or "")[::-1] or None,
        "loyalty_id": data.get("loyalty_id"),
        "sort_name": fold(data.get("display_name") or ""),
        "data": db.dumps(data),
    }


def customer_token_rows(data: Entity) -> list[dict[str, str]]:
    return [
        {"token": token, "customer_id": data["id"]}
        for token in name_tokens(data.get("given_name"), data.get("family_name"), data.get("display_name"))
    ]


def _row(entity: str, data: Entity) -> dict[str, Any]:
    if entity == "customer":
        return customer_row(data)
    base = {"version": data["version"], "data": db.dumps(data)}
    if entity == "cart":
        return {**base, "id": data["id"], "customer_id": data["customer_id"]}
    if entity == "order":
        return {**base, "id": data["id"], "customer_id": data["customer_id"], "number": data["number"], "placed_at": data["placed_at"]}
    if entity == "note":
        return {**base, "id": data["id"], "customer_id": data["customer_id"], "created_at": data["created_at"]}
    if entity == "pickup":
        closed = data.get("picked_up_at") if data["status"] == "picked_up" else None
        if data["status"] in ("restocked", "cancelled"):
            closed = data["updated_at"]
        return {**base, "id": data["id"], "store_id": data["store_id"], "customer_id": data["customer_id"],
                "status": data["status"], "created_at": data["created_at"], "closed_at": closed}
    if entity == "product":
        return {**base, "sku": data["sku"], "barcode": data.get("barcode")}
    if entity == "inventory":
        return {**base, "store_id": data["store_id"], "sku": data["sku"]}
    if entity in ("store", "staff"):
        return {**base, "id": data["id"]}
    raise ValueError(entity)


row_for = _row


def table_for(entity: str):
    return db.inventory if entity == "inventory" else db.ENTITY_TABLES[entity][0]


def get(conn: Connection, entity: str, entity_id: str, store_id: str | None = None) -> Entity | None:
    if entity == "inventory":
        query = select(db.inventory.c.data).where(db.inventory.c.store_id == store_id, db.inventory.c.sku == entity_id)
    else:
        table, key = db.ENTITY_TABLES[entity]
        query = select(table.c.data).where(table.c[key] == entity_id)
    text = conn.execute(query).scalar()
    return db.loads(text) if text is not None else None


def save(conn: Connection, entity: str, data: Entity, now_ts: int, *, is_new: bool = False) -> Entity:
    """Insert or update an entity with version + 1, and record it in the feeds of its stores."""
    data = dict(data)
    data["version"] = 1 if is_new else int(data["version"]) + 1
    data["updated_at"] = iso_ts(now_ts) if entity not in ("product",) else data.get("updated_at", iso_ts(now_ts))
    if entity == "staff":
        del data["updated_at"]  # API.md v1.1: a staff entity is id, version, display_name and role
    row = _row(entity, data)
    table = table_for(entity)
    if is_new:
        conn.execute(table.insert(), [row])
    else:
        keys = ["store_id", "sku"] if entity == "inventory" else [db.ENTITY_TABLES[entity][1]]
        conn.execute(table.update().where(*[table.c[k] == row[k] for k in keys]).values(**row))
    if entity == "customer":
        conn.execute(delete(db.customer_name_tokens).where(db.customer_name_tokens.c.customer_id == data["id"]))
        conn.execute(db.customer_name_tokens.insert(), customer_token_rows(data))
        if is_new:
            conn.execute(db.customer_scope.insert(), [{"customer_id": data["id"], "store_id": data["home_store_id"]}])
    if entity == "pickup":
        feed.add_customer_to_store(conn, data["customer_id"], data["store_id"], now_ts)
    if entity == "product":
        catalogue.index(conn, data)
    entity_id = data["sku"] if entity in ("product", "inventory") else data["id"]
    feed.record(conn, [(entity, entity_id, data["version"], "upsert")], stores_of(conn, entity, data, now_ts), now_ts)
    return data


def stores_of(conn: Connection, entity: str, data: Entity, now_ts: int) -> list[str]:
    if entity in ("pickup", "inventory"):
        return [data["store_id"]]
    if entity in ("product", "store"):
        return feed.all_store_ids(conn)
    if entity == "staff":
        return chain.staff_stores(conn, data["id"])
    if entity == "customer":
        return feed.customer_stores(conn, data["id"])
    if entity == "order" and data["placed_at"] < feed.order_horizon(now_ts):
        return []
    return feed.customer_stores(conn, data["customer_id"])


def iso_ts(ts: float) -> str:
    from datetime import UTC, datetime

    return iso(datetime.fromtimestamp(ts, UTC))
