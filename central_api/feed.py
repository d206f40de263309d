"""The per-store change feed: recording changes, the stores' scopes, paging, and expiry.

A store's scope (API.md "Pull"): its pickups (open ones, and closed ones for 30 days), the
customers of those pickups and the customers whose home store it is, their carts, their
orders of the last 24 months and their notes, the store's inventory, and the products.
`customer_scope` records which stores a customer is in; every change to an entity rewrites
its row in each of those stores' `feed` with a new `seq`, so a page holds each entity once,
at its latest version.
"""

from __future__ import annotations

import base64
import binascii
import calendar
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import (
    Connection,
    LargeBinary,
    String,
    and_,
    bindparam,
    case,
    cast,
    delete,
    func,
    literal,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from . import db, notify
from .problems import Problem, validation
from .security import iso

TOMBSTONE_DAYS = 30
CLOSED_PICKUP_DAYS = 30
ORDER_MONTHS = 24
MAX_SEQ = 2**63 - 1  # the largest integer SQLite and PostgreSQL's BIGINT store


# --- cursors -----------------------------------------------------------------------------

def encode_cursor(seq: int, horizon: int = 0) -> str:
    """A cursor is the last seq read plus the store's purge horizon when it was handed out."""
    return base64.urlsafe_b64encode(f"c1:{seq}:{horizon}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> tuple[int, int]:
    """(seq, horizon) of a cursor; (0, 0) for none. Cursors without a horizon count as horizon 0."""
    if not cursor:
        return 0, 0
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        prefix, _, rest = raw.partition(":")
        if prefix != "c1":
            raise ValueError(prefix)
        number, _, horizon = rest.partition(":")
        seq, known = int(number), int(horizon or 0)
        # Beyond a 64-bit integer the database cannot even compare it: not a cursor we gave out.
        if not (0 <= seq <= MAX_SEQ and 0 <= known <= MAX_SEQ):
            raise ValueError(rest)
        return seq, known
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise validation("The cursor is not one this server gave out.") from None


# --- recording changes -------------------------------------------------------------------

def _upsert(conn: Connection, table, rows: list[dict[str, Any]], keys: list[str]) -> None:
    if not rows:
        return
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(table)
    updates = {c: stmt.excluded[c] for c in rows[0] if c not in keys}
    conn.execute(stmt.on_conflict_do_update(index_elements=keys, set_=updates), rows)


def record(conn: Connection, changes: Iterable[tuple[str, str, int, str]], stores: Iterable[str], now_ts: int) -> None:
    """Write (entity, id, version, op) changes into the feeds of `stores`, one new seq each."""
    changes = list(changes)
    stores = list(dict.fromkeys(stores))
    if not changes or not stores:
        return
    first = db.allocate_seq(conn, len(changes))
    rows = [
        {"store_id": store, "entity": entity, "entity_id": entity_id, "seq": first + i,
         # Cleared here and made below: a row never keeps the JSON of an earlier change.
         "op": op, "version": version, "changed_at": now_ts, "change_json": None}
        for i, (entity, entity_id, version, op) in enumerate(changes)
        for store in stores
    ]
    _upsert(conn, db.feed, rows, ["store_id", "entity", "entity_id"])
    fill_change_json(conn, stores, first, first + len(changes) - 1)
    notify.note(conn, stores)  # PostgreSQL: the commit tells every worker's feed watcher


def all_store_ids(conn: Connection) -> list[str]:
    return list(conn.execute(select(db.stores.c.id)).scalars())


def customer_stores(conn: Connection, customer_id: str) -> list[str]:
    return list(conn.execute(select(db.customer_scope.c.store_id).where(db.customer_scope.c.customer_id == customer_id)).scalars())


def _customer_dependents(conn: Connection, customer_id: str, since: str) -> list[tuple[str, str, int]]:
    """The customer and their carts, recent orders and notes as (entity, id, version)."""
    found = [("customer", customer_id, conn.execute(select(db.customers.c.version).where(db.customers.c.id == customer_id)).scalar_one())]
    found += [("cart", r.id, r.version) for r in conn.execute(select(db.carts.c.id, db.carts.c.version).where(db.carts.c.customer_id == customer_id))]
    found += [
        ("order", r.id, r.version)
        for r in conn.execute(
            select(db.orders.c.id, db.orders.c.version).where(db.orders.c.customer_id == customer_id, db.orders.c.placed_at >= since)
        )
    ]
    found += [("note", r.id, r.version) for r in conn.execute(select(db.notes.c.id, db.notes.c.version).where(db.notes.c.customer_id == customer_id))]
    return found


def order_horizon(now_ts: int) -> str:
    """The oldest `placed_at` still in scope: the same moment ORDER_MONTHS calendar months ago."""
    now = datetime.fromtimestamp(now_ts, UTC)
    months = now.year * 12 + now.month - 1 - ORDER_MONTHS
    year, month = divmod(months, 12)
    day = min(now.day, calendar.monthrange(year, month + 1)[1])  # 29 Feb -> 28 Feb
    return iso(now.replace(year=year, month=month + 1, day=day))


def add_customer_to_store(conn: Connection, customer_id: str, store_id: str, now_ts: int) -> None:
    """Bring a customer (and their carts, orders, notes) into a store's scope, if not there yet."""
    exists = conn.execute(
        select(db.customer_scope).where(db.customer_scope.c.customer_id == customer_id, db.customer_scope.c.store_id == store_id)
    ).first()
    if exists:
        return
    conn.execute(db.customer_scope.insert(), [{"customer_id": customer_id, "store_id": store_id}])
    items = _customer_dependents(conn, customer_id, order_horizon(now_ts))
    record(conn, [(entity, eid, version, "upsert") for entity, eid, version in items], [store_id], now_ts)


def remove_customer_from_store(conn: Connection, customer_id: str, store_id: str, now_ts: int) -> None:
    conn.execute(
        delete(db.customer_scope).where(db.customer_scope.c.customer_id == customer_id, db.customer_scope.c.store_id == store_id)
    )
    live = conn.execute(
        select(db.feed.c.entity, db.feed.c.entity_id, db.feed.c.version).where(
            db.feed.c.store_id == store_id,
            db.feed.c.op == "upsert",
            db.feed.c.entity.in_(["customer", "cart", "order", "note"]),
            db.feed.c.entity_id.in_([eid for _, eid, _ in _customer_dependents(conn, customer_id, "")]),
        )
    ).all()
    record(conn, [(r.entity, r.entity_id, r.version, "delete") for r in live], [store_id], now_ts)


# --- reading a page ----------------------------------------------------------------------

def read_page(conn: Connection, store_id: str, cursor: str | None, limit: int, horizon: int | None = None) -> dict[str, Any]:
    """One page of a store's feed after `cursor` (410 if the cursor is past the horizon).

    `horizon` is the store's `horizon_seq` when the caller read it already in this transaction (a wake-up
    reads those of many stores in one query).

    `changes_json` is the page's changes as the JSON array the reply sends (UTF-8), `count` how many it
    holds. Each change's JSON text is the one stored when it was recorded (see `fill_change_json`), or
    made by the database now for a row without one; either way read as bytes: building 2000 of them in
    Python took the server longer than the query, and as text, a page with any name beyond Latin-1 was
    decoded, joined and encoded two bytes a character.
    """
    after, known_horizon = decode_cursor(cursor)
    if horizon is None:
        horizon = conn.execute(select(db.stores.c.horizon_seq).where(db.stores.c.id == store_id)).scalar_one()
    # Stale only if tombstones past the cursor were purged since it was handed out: a snapshot
    # begun after a purge pages through older upserts (seq < horizon) but needs none of them.
    if cursor and after < horizon and known_horizon < horizon:
        raise Problem("resync-required", 410, "This device was away too long; it must download the store again.")
    rows = conn.execute(_PAGE, {"store_id": store_id, "after": after, "limit": limit + 1}).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    last = rows[-1][0] if rows else after
    return {"changes_json": b"[" + b",".join([text for _, text in rows]) + b"]", "count": len(rows),
            "next_cursor": encode_cursor(last, horizon), "has_more": has_more}


def _sql_function(name: str, result: Any, sqlite_sql: str, postgresql_sql: str) -> type[FunctionElement]:
    """A one-argument SQL function written one way for SQLite (and any other database) and another for
    PostgreSQL; `{}` in each template stands for the argument."""
    element = type(name, (FunctionElement,), {"type": result, "inherit_cache": True})

    def template(sql: str) -> Callable[..., str]:
        return lambda found, compiler, **kw: sql.format(compiler.process(found.clauses, **kw))

    compiles(element)(template(sqlite_sql))
    compiles(element, "postgresql")(template(postgresql_sql))
    return element


# A text as a JSON string (quoted and escaped; text beyond ASCII kept as it is), and a text as its UTF-8 bytes.
_json_string = _sql_function("json_string", String(), "json_quote({})", "to_json(CAST({} AS TEXT))::text")
_utf8 = _sql_function("utf8", LargeBinary(), "CAST({} AS BLOB)", "convert_to({}, 'UTF8')")


def _change_json(f: Any) -> Any:
    """The change of feed row `f` as a page sends it: JSON in UTF-8, with its entity's stored JSON spliced
    in as it is for an upsert (null for a delete)."""
    # One look-up per row, in the table of its own kind: a join per kind probed every kind's table for
    # every row, which took the server nearly twice as long.
    lookups = {entity: select(table.c.data).where(table.c[key] == f.c.entity_id).scalar_subquery()
               for entity, (table, key) in db.ENTITY_TABLES.items()}
    lookups["inventory"] = (select(db.inventory.c.data)
                            .where(db.inventory.c.store_id == f.c.store_id, db.inventory.c.sku == f.c.entity_id)
                            .scalar_subquery())
    data = case((f.c.op == "upsert", case(lookups, value=f.c.entity)))

    def text(value: str) -> Any:
        return literal(value, String)

    change = (text('{"seq":') + cast(f.c.seq, String) + text(',"entity":') + _json_string(f.c.entity)
              + text(',"id":') + _json_string(f.c.entity_id) + text(',"op":') + _json_string(f.c.op)
              + text(',"version":') + cast(f.c.version, String) + text(',"data":') + func.coalesce(data, text("null"))
              + text("}"))
    return _utf8(change)


def fill_change_json(conn: Connection, stores: list[str], first_seq: int, last_seq: int) -> None:
    """Make `change_json` for the feed rows of `stores` with seqs first_seq..last_seq, just written.

    Made once when a change is recorded, not each time a page is read: every device of a store
    downloads the same rows, and building them was most of the server's work for a download.
    """
    f = db.feed
    conn.execute(update(f).where(f.c.store_id.in_(stores), f.c.seq.between(first_seq, last_seq))
                 .values(change_json=_change_json(f)))


def _page_query():
    """The feed rows of a store after a seq, in seq order: (seq, the change as JSON in UTF-8)."""
    f = db.feed.alias("f")
    return (select(f.c.seq, func.coalesce(f.c.change_json, _change_json(f)))
            .where(f.c.store_id == bindparam("store_id"), f.c.seq > bindparam("after"))
            .order_by(f.c.seq).limit(bindparam("limit")))


_PAGE = _page_query()


def page_json(page: dict[str, Any]) -> bytes:
    """The reply body of a page from `read_page` (with its `device_last_seq`), in UTF-8."""
    tail = {k: page[k] for k in ("next_cursor", "has_more", "device_last_seq")}
    return b"".join((b'{"changes":', page["changes_json"], b",", json.dumps(tail)[1:].encode()))


def latest_seq(conn: Connection, store_id: str) -> int:
    return conn.execute(select(func.max(db.feed.c.seq)).where(db.feed.c.store_id == store_id)).scalar() or 0


# --- expiry ------------------------------------------------------------------------------

def sweep(conn: Connection, now_ts: int) -> dict[str, int]:
    """Move what aged out of each store's scope to tombstones, and purge old tombstones."""
    now = datetime.fromtimestamp(now_ts, UTC)
    closed_before = iso(now - timedelta(days=CLOSED_PICKUP_DAYS))
    aged = conn.execute(
        select(db.pickups.c.id, db.pickups.c.version, db.pickups.c.store_id, db.pickups.c.customer_id)
        .join(db.feed, and_(db.feed.c.store_id == db.pickups.c.store_id, db.feed.c.entity == "pickup",
                            db.feed.c.entity_id == db.pickups.c.id))
        .where(db.feed.c.op == "upsert", db.pickups.c.closed_at.is_not(None), db.pickups.c.closed_at < closed_before)
    ).all()
    for p in aged:
        record(conn, [("pickup", p.id, p.version, "delete")], [p.store_id], now_ts)
        if not _keeps_customer(conn, p.customer_id, p.store_id, closed_before):
            remove_customer_from_store(conn, p.customer_id, p.store_id, now_ts)

    old_orders = conn.execute(
        select(db.feed.c.store_id, db.orders.c.id, db.orders.c.version)
        .join(db.orders, and_(db.feed.c.entity == "order", db.feed.c.entity_id == db.orders.c.id))
        .where(db.feed.c.op == "upsert", db.orders.c.placed_at < order_horizon(now_ts))
    ).all()
    by_store: dict[str, list[tuple[str, str, int, str]]] = defaultdict(list)
    for r in old_orders:
        by_store[r.store_id].append(("order", r.id, r.version, "delete"))
    for store_id, changes in by_store.items():
        record(conn, changes, [store_id], now_ts)

    expire_before = now_ts - TOMBSTONE_DAYS * 86400
    purged = conn.execute(
        select(db.feed.c.store_id, func.max(db.feed.c.seq).label("seq"), func.count().label("n"))
        .where(db.feed.c.op == "delete", db.feed.c.changed_at < expire_before)
        .group_by(db.feed.c.store_id)
    ).all()
    for r in purged:
        conn.execute(update(db.stores).where(db.stores.c.id == r.store_id, db.stores.c.horizon_seq < r.seq).values(horizon_seq=r.seq))
    conn.execute(delete(db.feed).where(db.feed.c.op == "delete", db.feed.c.changed_at < expire_before))
    return {"pickups_aged_out": len(aged), "orders_aged_out": len(old_orders), "tombstones_purged": sum(r.n for r in purged)}


def _keeps_customer(conn: Connection, customer_id: str, store_id: str, closed_before: str) -> bool:
    home = conn.execute(select(db.customers.c.home_store_id).where(db.customers.c.id == customer_id)).scalar_one()
    if home == store_id:
        return True
    in_scope = conn.execute(
        select(func.count()).select_from(db.pickups).where(
            db.pickups.c.customer_id == customer_id,
            db.pickups.c.store_id == store_id,
            (db.pickups.c.closed_at.is_(None)) | (db.pickups.c.closed_at >= closed_before),
        )
    ).scalar_one()
    return in_scope > 0
