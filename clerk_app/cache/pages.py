"""Sync writes: a page of changes with its cursor (committed on its own, see `write`), and the 410 reset and
retention (each inside the caller's transaction)."""

from __future__ import annotations

from typing import Any

from pydantic_core import to_json

from . import entities, product_search, search
from .connection import Connection, transaction

# The dependents a customer's purge takes along (pickups leave only by their own tombstones).
_DEPENDENTS = ("carts", "orders", "notes")


def _parse(change: dict[str, Any]) -> tuple[str, str, str, int, Any]:
    try:
        kind, eid, op, version = change["entity"], str(change["id"]), change["op"], int(change["version"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"a change without a valid entity, id, op or version: {exc!r}") from None
    entities.table(kind)
    if op not in ("upsert", "delete"):
        raise ValueError(f"unknown change op {op!r}")
    return kind, eid, op, version, change.get("data")


# A step of a prepared page: (kind, op, payload): for an upsert, the rows as `entities.server_rows`
# makes them; for a delete, the ids as a JSON array (UTF-8, as those rows).
Step = tuple[str, str, bytes]

# A page is written by one INSERT into this view, one row per step and a last one for the cursor: the
# triggers below do the work. One statement, so SQLite commits it on its own (all of it or nothing), and
# runs it without Python's interpreter lock from start to end while the sync engine prepares the next
# page. With a statement per kind, per search table and for the transaction, the other thread took
# the lock between every two of them, and each time the writer waited to get it back.
_VIEW = "CREATE TEMP VIEW page_writes (kind, op, payload, synced_at) AS SELECT NULL, NULL, NULL, NULL WHERE 0"
# The cursor, the time, and device_last_seq (which only grows); the payload is [cursor, device_last_seq].
_META = ("INSERT INTO meta (key, value) VALUES ('cursor', NEW.payload ->> 0), ('last_pull_at', NEW.synced_at), "
         "('device_last_seq', max(NEW.payload ->> 1, "
         "coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'device_last_seq'), 0))) "
         "ON CONFLICT (key) DO UPDATE SET value = excluded.value")


def _triggers() -> list[str]:
    def trigger(kind: str, op: str, statements: list[str]) -> str:
        body = "".join(f"{statement}; " for statement in statements)
        return (f"CREATE TEMP TRIGGER page_{op}_{kind} INSTEAD OF INSERT ON page_writes "
                f"WHEN NEW.kind = '{kind}' AND NEW.op = '{op}' BEGIN {body}END")

    made = [trigger("page", "meta", [_META])]
    for kind, name in entities.TABLES.items():
        made.append(trigger(kind, "upsert", entities.upsert_statements(kind, "NEW.synced_at", "NEW.payload")))
        ids = "SELECT value FROM json_each(NEW.payload)"
        # A customer leaving the store's scope is kept while recently viewed (see `purge`); an upsert
        # brings it back. Other kinds go (customers' search keys only ever go with the customer).
        gone = [f"DELETE FROM {name} WHERE id IN ({ids})"]
        if kind == "product":
            gone.append(product_search.unindex_statement(ids))
        made.append(trigger(kind, "delete", [f"UPDATE customers SET in_scope = 0 WHERE id IN ({ids})"]
                            if kind == "customer" else gone))
    return made


def install(conn: Connection) -> None:
    """Create the page writer's view and triggers on a write connection (TEMP: they live with it)."""
    for statement in [search.WRITTEN_TABLE, _VIEW, *_triggers()]:
        conn.execute(statement)


def prepare(changes: list[dict[str, Any]]) -> list[Step]:
    """A page's changes as write steps, with everything that needs Python done (checks, JSON, folding).

    Kept apart from `write` so that the sync engine can prepare the next page while SQLite writes this one.
    """
    parsed = [_parse(change) for change in changes]
    batches: list[tuple[tuple[str, str], list[tuple[str, int, Any]]]] = []
    if len({(kind, eid) for kind, eid, *_ in parsed}) == len(parsed):
        # Each entity once (as the feed promises): writing kind by kind, in batches, gives the same result.
        groups: dict[tuple[str, str], list[tuple[str, int, Any]]] = {}
        for kind, eid, op, version, data in parsed:
            groups.setdefault((kind, op), []).append((eid, version, data))
        batches = list(groups.items())
    else:
        # An entity more than once: in feed order, a new batch wherever the kind or op changes or an
        # entity comes again, so that each change is written after the ones before it.
        seen: set[str] = set()
        for kind, eid, op, version, data in parsed:
            if not batches or batches[-1][0] != (kind, op) or eid in seen:
                batches.append(((kind, op), []))
                seen = set()
            batches[-1][1].append((eid, version, data))
            seen.add(eid)
    return [(kind, op, entities.server_rows(kind, items) if op == "upsert" else to_json([eid for eid, _, _ in items]))
            for (kind, op), items in batches]


def write(conn: Connection, steps: list[Step], next_cursor: str, device_last_seq: int, synced_at: str) -> None:
    """Write a prepared page, its cursor and device_last_seq, all or nothing, on a connection with
    `install`ed triggers and no transaction open: in one statement, which SQLite commits on its own (a
    page of over MAX_STEPS_PER_STATEMENT steps: in several, in one transaction)."""
    if not isinstance(next_cursor, str) or not next_cursor:
        raise ValueError("a page needs its next cursor")
    rows = [*steps, ("page", "meta", to_json([next_cursor, int(device_last_seq)]))]
    if len(rows) <= MAX_STEPS_PER_STATEMENT:
        _insert(conn, rows, synced_at)
        return
    with transaction(conn):  # a page of many steps (entities repeated within it): several statements, one commit
        for start in range(0, len(rows), MAX_STEPS_PER_STATEMENT):
            _insert(conn, rows[start:start + MAX_STEPS_PER_STATEMENT], synced_at)


# SQLite takes up to 32,766 parameters in a statement, four per step.
MAX_STEPS_PER_STATEMENT = 1000


def _insert(conn: Connection, rows: list[Step], synced_at: str) -> None:
    # The rows of a multi-row VALUES are inserted in order, so the steps are written in order. Each payload
    # is parsed once, into JSONB, however many of the triggers' statements read it; it comes as UTF-8 bytes,
    # which `jsonb` would take for JSONB: read as text.
    conn.execute("INSERT INTO page_writes (kind, op, payload, synced_at) VALUES "
                 + ", ".join("(?, ?, jsonb(CAST(? AS TEXT)), ?)" for _ in rows),
                 [value for row in rows for value in (*row, synced_at)])


def reset_entities(conn: Connection) -> None:
    """Forget every entity and the cursor (410): the outbox, the conflicts and the seq counters stay."""
    for name in entities.TABLES.values():
        conn.execute(f"DELETE FROM {name}")
    search.clear(conn)
    product_search.clear(conn)
    conn.execute("DELETE FROM meta WHERE key IN ('cursor', 'last_pull_at')")


def purge(conn: Connection, cutoff: str) -> int:
    """Delete customers out of scope and not viewed since `cutoff`, with their carts, orders and notes.

    A customer with a queued action on them or on one of their notes stays until it settles.
    """
    doomed = conn.execute(
        "SELECT rid, id FROM customers AS c WHERE in_scope = 0 AND (last_viewed_at IS NULL OR last_viewed_at < ?) "
        "AND NOT EXISTS (SELECT 1 FROM outbox WHERE entity = 'customer' AND entity_id = c.id) "
        "AND NOT EXISTS (SELECT 1 FROM notes WHERE customer_id = c.id AND local_data IS NOT NULL)",
        (cutoff,),
    ).fetchall()
    search.unindex_many(conn, [rid for rid, _ in doomed])
    for rid, customer_id in doomed:
        for name in _DEPENDENTS:
            conn.execute(f"DELETE FROM {name} WHERE customer_id = ?", (customer_id,))
        conn.execute("DELETE FROM customers WHERE rid = ?", (rid,))
    return len(doomed)


def mark_viewed(conn: Connection, customer_id: str, now: str) -> bool:
    return conn.execute("UPDATE customers SET last_viewed_at = ? WHERE id = ?", (now, customer_id)).rowcount > 0
