"""Read queries for the screens: each an indexed lookup with a LIMIT, returning what the screen shows."""

from __future__ import annotations

from typing import Any

from .connection import Connection
from .entities import SHOWN, TABLES, shown

OPEN_PICKUP = ("new", "picking")


def _one(conn: Connection, sql: str, params: tuple) -> dict[str, Any] | None:
    row = conn.execute(sql, params).fetchone()
    return None if row is None else shown(*row)


def _many(conn: Connection, sql: str, params: tuple) -> list[dict[str, Any]]:
    return [shown(*row) for row in conn.execute(sql, params)]




def customer(conn: Connection, customer_id: str) -> dict[str, Any] | None:
    return _one(conn, f"SELECT {SHOWN} FROM customers WHERE id = ?", (customer_id,))


def stores(conn: Connection) -> list[dict[str, Any]]:
    """Every store of the chain the feed sent (API.md v1.1), by id."""
    return _many(conn, f"SELECT {SHOWN} FROM stores ORDER BY id", ())


def store(conn: Connection, store_id: str) -> dict[str, Any] | None:
    return _one(conn, f"SELECT {SHOWN} FROM stores WHERE id = ?", (store_id,))


def staff_member(conn: Connection, staff_id: str) -> dict[str, Any] | None:
    """A colleague of this store as the feed sent them (display name and role)."""
    return _one(conn, f"SELECT {SHOWN} FROM staff_members WHERE id = ?", (staff_id,))


def products(conn: Connection, skus: list[str]) -> list[dict[str, Any]]:
    """The products of `skus`, in that order (missing ones left out)."""
    if not skus:
        return []
    marks = ", ".join("?" for _ in skus)
    rows = {row[0]: shown(*row[1:]) for row in conn.execute(
        f"SELECT id, {SHOWN} FROM products WHERE id IN ({marks})", tuple(skus))}
    return [rows[s] for s in skus if s in rows]


def product(conn: Connection, sku: str) -> dict[str, Any] | None:
    return _one(conn, f"SELECT {SHOWN} FROM products WHERE id = ?", (sku,))


def product_by_code(conn: Connection, code: str) -> dict[str, Any] | None:
    """The product a scanned code names: its exact barcode, else its SKU (as printed, or in capitals)."""
    code = code.strip()
    if not code:
        return None
    return (_one(conn, f"SELECT {SHOWN} FROM products WHERE barcode = ? ORDER BY id LIMIT 1", (code,))
            or _one(conn, f"SELECT {SHOWN} FROM products WHERE id IN (?, ?) ORDER BY id LIMIT 1", (code, code.upper())))


def inventory(conn: Connection, sku: str) -> dict[str, Any] | None:
    """This store's stock of `sku` (available, on hand, reserved; `synced_at` says when it came), or None."""
    return _one(conn, f"SELECT {SHOWN} FROM inventory WHERE id = ?", (sku,))


def customers(conn: Connection, ids: list[str]) -> list[dict[str, Any]]:
    """The customers of `ids`, in that order (missing ones left out)."""
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    rows = {row[0]: shown(*row[1:]) for row in conn.execute(
        f"SELECT id, {SHOWN} FROM customers WHERE id IN ({marks})", tuple(ids))}
    return [rows[i] for i in ids if i in rows]


def carts_with_stock(conn: Connection, customer_id: str) -> list[dict[str, Any]]:
    """The customer's carts (active first, newest first), each line with this store's `available` (None: unknown)."""
    carts = _many(conn, f"SELECT {SHOWN} FROM carts WHERE customer_id = ? "
                        "ORDER BY status = 'active' DESC, updated_at DESC, id LIMIT 50", (customer_id,))
    skus = sorted({line["sku"] for cart in carts for line in cart.get("lines", [])})
    available: dict[str, int] = {}
    for start in range(0, len(skus), 500):
        chunk = skus[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        for sku, value in conn.execute(
            f"SELECT sku, json_extract(coalesce(local_data, data), '$.available') FROM inventory WHERE sku IN ({marks})",
            tuple(chunk),
        ):
            available[sku] = value
    for cart in carts:
        for line in cart.get("lines", []):
            line["available"] = available.get(line["sku"])
    return carts


def orders(conn: Connection, customer_id: str, limit: int = 50,
           before: tuple[str, str] | None = None) -> list[dict[str, Any]]:
    """A page of the customer's orders, newest first; `before` is the (placed_at, id) of the last one shown."""
    if before is None:
        return _many(conn, f"SELECT {SHOWN} FROM orders WHERE customer_id = ? "
                           "ORDER BY placed_at DESC, id DESC LIMIT ?", (customer_id, limit))
    placed_at, order_id = before
    return _many(conn, f"SELECT {SHOWN} FROM orders WHERE customer_id = ? AND (placed_at, id) < (?, ?) "
                       "ORDER BY placed_at DESC, id DESC LIMIT ?", (customer_id, placed_at, order_id, limit))


def notes(conn: Connection, customer_id: str, limit: int = 200) -> list[dict[str, Any]]:
    return _many(conn, f"SELECT {SHOWN} FROM notes WHERE customer_id = ? ORDER BY created_at DESC, id DESC LIMIT ?",
                 (customer_id, limit))


def pickups(conn: Connection, status: str | list[str] | tuple[str, ...] | None = None, limit: int = 50,
            offset: int = 0) -> list[dict[str, Any]]:
    """The pickup queue, by earliest ready-by deadline first; `status` is one, several, or all (None)."""
    if status is None:
        return _many(conn, f"SELECT {SHOWN} FROM pickups ORDER BY promised_by, id LIMIT ? OFFSET ?", (limit, offset))
    statuses = [status] if isinstance(status, str) else list(status)
    if not statuses:
        return []
    marks = ", ".join("?" for _ in statuses)
    return _many(conn, f"SELECT {SHOWN} FROM pickups WHERE status IN ({marks}) ORDER BY promised_by, id "
                       "LIMIT ? OFFSET ?", (*statuses, limit, offset))


def pickup(conn: Connection, pickup_id: str) -> dict[str, Any] | None:
    return _one(conn, f"SELECT {SHOWN} FROM pickups WHERE id = ?", (pickup_id,))


def _open_first(column: str) -> str:
    # A code or number could repeat across years of pickups: the open one is the one at the counter.
    return (f"SELECT {SHOWN} FROM pickups WHERE {column} = ? "
            "ORDER BY status IN ('new', 'picking', 'ready') DESC, created_at DESC LIMIT 1")


def pickup_by_code(conn: Connection, code: str) -> dict[str, Any] | None:
    return _one(conn, _open_first("pickup_code"), (code.strip().upper(),))


def pickup_by_order_number(conn: Connection, number: str) -> dict[str, Any] | None:
    return _one(conn, _open_first("order_number"), (number.strip().upper(),))


def overdue_pickups(conn: Connection, now: str, limit: int = 500) -> list[dict[str, Any]]:
    """New or picking pickups past their ready-by deadline, most overdue first."""
    return _many(conn, f"SELECT {SHOWN} FROM pickups WHERE status IN ('new', 'picking') AND promised_by < ? "
                       "ORDER BY promised_by, id LIMIT ?", (now, limit))


def past_collect_by(conn: Connection, now: str, limit: int = 500) -> list[dict[str, Any]]:
    """Ready pickups past their collect-by deadline (no-show candidates), oldest deadline first."""
    return _many(conn, f"SELECT {SHOWN} FROM pickups WHERE status = 'ready' AND pickup_by < ? "
                       "ORDER BY pickup_by, id LIMIT ?", (now, limit))


def metrics_inputs(conn: Connection, start: str, end: str) -> list[dict[str, Any]]:
    """The pickups created in [start, end): the cohort the manager's figures describe."""
    return _many(conn, f"SELECT {SHOWN} FROM pickups WHERE created_at >= ? AND created_at < ? ORDER BY created_at, id",
                 (start, end))


def counts(conn: Connection) -> dict[str, int]:
    """Rows per entity table (`customers`, `carts`, ...), plus the outbox depth and the open conflicts."""
    result = {name: conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in TABLES.values()}
    result["outbox"] = conn.execute("SELECT count(*) FROM outbox").fetchone()[0]
    result["conflicts"] = conn.execute(
        "SELECT count(*) FROM conflicts WHERE dismissed_at IS NULL AND retried_as IS NULL").fetchone()[0]
    return result


def dashboard_pickups(conn: Connection, start: str, end: str, collected_since: str) -> list[dict[str, Any]]:
    """Every pickup the manager's dashboard needs for the period [start, end): the cohort created in it,
    every one still in the queue (new, picking, ready, no_show: the queue figures and lists), and those
    collected since `collected_since` (the per-day chart and "picked up today")."""
    picked_up_at = "json_extract(coalesce(local_data, data), '$.picked_up_at')"
    return _many(conn, f"SELECT {SHOWN} FROM pickups WHERE (created_at >= ? AND created_at < ?) "
                       "OR status IN ('new', 'picking', 'ready', 'no_show') "
                       f"OR (status = 'picked_up' AND {picked_up_at} >= ?) ORDER BY created_at, id",
                 (start, end, collected_since))
