"""Sync writes: a page of changes with its cursor, the 410 reset, and retention (each inside the caller's transaction)."""

from __future__ import annotations

from typing import Any

from . import entities, search
from .connection import Connection
from .outbox import get_meta_int, set_meta

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


def _write(conn: Connection, kind: str, op: str, items: list[tuple[str, int, Any]], synced_at: str) -> None:
    if op == "upsert":
        entities.put_server(conn, kind, items, synced_at)
    elif kind == "customer":
        # Out of the store's scope, but kept while recently viewed (see `purge`); an upsert brings it back.
        conn.executemany("UPDATE customers SET in_scope = 0 WHERE id = ?", [(eid,) for eid, _, _ in items])
    else:
        entities.delete(conn, kind, [eid for eid, _, _ in items])


def apply_page(conn: Connection, changes: list[dict[str, Any]], next_cursor: str, device_last_seq: int,
               synced_at: str) -> None:
    if not isinstance(next_cursor, str) or not next_cursor:
        raise ValueError("a page needs its next cursor")
    parsed = [_parse(change) for change in changes]
    if len({(kind, eid) for kind, eid, *_ in parsed}) == len(parsed):
        # Each entity once (as the feed promises): writing kind by kind, in batches, gives the same result.
        groups: dict[tuple[str, str], list[tuple[str, int, Any]]] = {}
        for kind, eid, op, version, data in parsed:
            groups.setdefault((kind, op), []).append((eid, version, data))
        for (kind, op), items in groups.items():
            _write(conn, kind, op, items, synced_at)
    else:
        for kind, eid, op, version, data in parsed:
            _write(conn, kind, op, [(eid, version, data)], synced_at)
    set_meta(conn, "cursor", next_cursor)
    set_meta(conn, "device_last_seq", max(int(device_last_seq), get_meta_int(conn, "device_last_seq")))
    set_meta(conn, "last_pull_at", synced_at)


def reset_entities(conn: Connection) -> None:
    """Forget every entity and the cursor (410): the outbox, the conflicts and the seq counters stay."""
    for name in entities.TABLES.values():
        conn.execute(f"DELETE FROM {name}")
    search.clear(conn)
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
