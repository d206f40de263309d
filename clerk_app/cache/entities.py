"""Entity rows: which table holds each kind, the indexed columns taken from its JSON, and row writes.

Indexed columns always describe what the screens show: the optimistic overlay (`local_data`) when there
is one, else the server's `data`. Customers are also (re)indexed for search whenever that changes.
"""

from __future__ import annotations

from typing import Any

from pydantic_core import to_json

from ..domain.folding import fold
from . import product_search, search
from .connection import Connection, dumps, loads

Entity = dict[str, Any]

TABLES = {
    "customer": "customers", "cart": "carts", "order": "orders", "note": "notes",
    "pickup": "pickups", "inventory": "inventory", "product": "products",
    "store": "stores", "staff": "staff_members",
}

COLUMNS = {
    "customer": ("display_name", "sort_name", "home_store_id", "loyalty_id", "updated_at"),
    "cart": ("customer_id", "status", "updated_at"),
    "order": ("customer_id", "placed_at", "number", "channel"),
    "note": ("customer_id", "created_at"),
    "pickup": ("status", "promised_by", "pickup_by", "created_at", "customer_id", "order_number", "pickup_code"),
    "inventory": ("sku",),
    "product": ("barcode",),
    "store": ("name",),
    "staff": ("display_name",),
}


# The server's data as text, whether stored as JSONB (pages) or as text (older caches).
SHOWN_DATA = "json(data)"
# What `shown` takes, in its order.
SHOWN = f"{SHOWN_DATA}, local_data, synced_at"


def table(kind: str) -> str:
    try:
        return TABLES[kind]
    except KeyError:
        raise ValueError(f"unknown entity kind {kind!r}") from None


def columns(kind: str, entity: Entity) -> tuple[Any, ...]:
    """The indexed column values of an entity, in COLUMNS[kind] order."""
    if kind == "customer":
        name = entity.get("display_name") or ""
        return (name, fold(name), entity.get("home_store_id"), entity.get("loyalty_id"), entity.get("updated_at"))
    return tuple(entity.get(name) for name in COLUMNS[kind])


def entity_id(kind: str, entity: Entity) -> str:
    """The id the feed uses for an entity (the sku for products and inventory)."""
    return str(entity["sku"] if kind in ("product", "inventory") else entity["id"])


# Rows reach SQLite as one JSON array per kind: [id, version, entity], and for customers also the
# indexed columns and search keys that need Python (folded names; name words, email, reversed phone
# digits; see search.py). Each write is then one statement that runs without Python's interpreter lock,
# so the sync engine can check the next page while SQLite writes this one (see `Engine.pull_all`); row by
# row, every row would wait for that lock. The entity is nested in the row, not a JSON string in it, and
# is stored as SQLite's binary JSON (JSONB), a copy of its parsed form: as text, SQLite would have to
# unescape a string within a string, or render the parsed entity back to text, for every row. Readers
# ask for `json(data)` (see `SHOWN`); `json()` takes text too, which the local writes store.
_SEARCH_AT = 3 + len(COLUMNS["customer"])


def _upsert_sql(kind: str, synced_at: str, rows: str) -> str:
    name, cols = TABLES[kind], COLUMNS[kind]
    keep_overlay = ", ".join(f"{c} = CASE WHEN {name}.local_data IS NULL THEN excluded.{c} ELSE {name}.{c} END"
                             for c in cols)
    extra = ", in_scope = 1" if kind == "customer" else ""
    # A customer's columns come from Python (the sort name is folded); other kinds' from their entity.
    taken = ([f"value ->> {3 + i}" for i in range(len(cols))] if kind == "customer"
             else [f"value ->> '$[2].{c}'" for c in cols])
    values = ", ".join(["value ->> 0", "value ->> 1", "jsonb_extract(value, '$[2]')", synced_at, *taken])
    return (
        f"INSERT INTO {name} (id, version, data, synced_at, {', '.join(cols)}) "
        # WHERE true: without it, SQLite would read ON CONFLICT as part of the SELECT's join.
        f"SELECT {values} FROM jsonb_each({rows}) WHERE true "
        f"ON CONFLICT (id) DO UPDATE SET version = excluded.version, data = excluded.data, "
        f"synced_at = excluded.synced_at, {keep_overlay}{extra} "
        f"WHERE excluded.version >= {name}.version"
    )


def upsert_statements(kind: str, synced_at: str, rows: str) -> list[str]:
    """The SQL that stores rows made by `server_rows`, with the SQL expressions that give the sync
    time and the rows' JSON text (parameters, or a trigger's NEW columns, see `pages.install`)."""
    statements = [_upsert_sql(kind, synced_at, rows)]
    if kind == "customer":
        statements += search.index_written_statements(rows, _SEARCH_AT)
    elif kind == "product":
        statements += product_search.index_written_statements(rows, 3)
    return statements


# Named parameters: each statement looks up the ones it uses. The rows come as UTF-8 bytes, which
# SQLite's JSON functions would take for binary JSON: read as text.
_UPSERT = {kind: upsert_statements(kind, ":synced_at", "CAST(:rows AS TEXT)") for kind in TABLES}


def server_rows(kind: str, items: list[tuple[str, int, Entity]]) -> bytes:
    """The JSON (UTF-8) that `write_server_rows` takes for entities [(id, version, entity)] of one kind.

    Bytes, not text: a Python string of a page's rows is decoded here and encoded again to reach SQLite.
    """
    for eid, _, entity in items:
        if not isinstance(entity, dict):
            raise ValueError(f"{kind} {eid}: the entity is not an object")
    if kind == "customer":
        rows = [(eid, int(version), entity, *columns(kind, entity), *search.index_terms(entity))
                for eid, version, entity in items]
    elif kind == "product":
        rows = [(eid, int(version), entity, product_search.words(entity)) for eid, version, entity in items]
    else:
        rows = [(eid, int(version), entity) for eid, version, entity in items]
    # pydantic's serializer: a third of json.dumps' time, which adds up over an initial download.
    return to_json(rows, inf_nan_mode="constants")


def write_server_rows(conn: Connection, kind: str, rows: bytes, synced_at: str) -> None:
    """Store the server's version of entities (`server_rows`), except where a newer one is stored.

    An optimistic overlay stays on top (and keeps the indexed columns) until its action settles.
    """
    if kind == "customer":
        conn.execute(search.WRITTEN_TABLE)
    for statement in _UPSERT[kind]:
        conn.execute(statement, {"synced_at": synced_at, "rows": rows})


def put_server(conn: Connection, kind: str, items: list[tuple[str, int, Entity]], synced_at: str) -> None:
    """`write_server_rows` of entities [(id, version, entity)]."""
    write_server_rows(conn, kind, server_rows(kind, items), synced_at)


def get_row(conn: Connection, kind: str, eid: str) -> tuple[int, str, str | None] | None:
    """(version, data, local_data) of an entity, or None."""
    return conn.execute(f"SELECT version, {SHOWN_DATA}, local_data FROM {table(kind)} WHERE id = ?", (eid,)).fetchone()


def _set_columns(conn: Connection, kind: str, eid: str, shown: Entity) -> None:
    cols = COLUMNS[kind]
    assignments = ", ".join(f"{c} = ?" for c in cols)
    conn.execute(f"UPDATE {table(kind)} SET {assignments} WHERE id = ?", (*columns(kind, shown), eid))
    if kind == "customer":
        rid = conn.execute("SELECT rid FROM customers WHERE id = ?", (eid,)).fetchone()[0]
        search.index_many(conn, [(rid, shown)])
    elif kind == "product":
        conn.execute(product_search.unindex_statement("?"), (eid,))
        conn.executemany("INSERT OR IGNORE INTO product_words (word, sku) VALUES (?, ?)",
                         [(word, eid) for word in product_search.words(shown)])


def set_overlay(conn: Connection, kind: str, eid: str, overlay: Entity) -> None:
    """Show `overlay` in place of the entity until its action settles (a new, local-only row if none)."""
    if not isinstance(overlay, dict):
        raise ValueError("the optimistic entity must be an object")
    text = dumps(overlay)
    if get_row(conn, kind, eid) is None:
        conn.execute(f"INSERT INTO {table(kind)} (id, version, data, local_data) VALUES (?, 0, ?, ?)", (eid, text, text))
    else:
        conn.execute(f"UPDATE {table(kind)} SET local_data = ? WHERE id = ?", (text, eid))
    _set_columns(conn, kind, eid, overlay)


def clear_overlay(conn: Connection, kind: str, eid: str) -> None:
    """Show the server's data again."""
    row = get_row(conn, kind, eid)
    if row is None or row[2] is None:
        return
    conn.execute(f"UPDATE {table(kind)} SET local_data = NULL WHERE id = ?", (eid,))
    _set_columns(conn, kind, eid, loads(row[1]))


def delete(conn: Connection, kind: str, ids: list[str]) -> None:
    if kind == "customer":
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            rids = conn.execute(f"SELECT rid FROM customers WHERE id IN ({', '.join('?' for _ in chunk)})", chunk)
            search.unindex_many(conn, [rid for (rid,) in rids])
    if kind == "product":
        conn.executemany(product_search.unindex_statement("?"), [(eid,) for eid in ids])
    conn.executemany(f"DELETE FROM {table(kind)} WHERE id = ?", [(eid,) for eid in ids])


def shown(data: str, local_data: str | None, synced_at: str | None) -> Entity:
    """What a screen shows for a row: the overlay if any, else the server's data, with its sync marks."""
    entity = loads(local_data if local_data is not None else data)
    entity["pending"] = local_data is not None
    entity["synced_at"] = synced_at
    return entity
