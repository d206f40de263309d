"""Writing the effects of a pickup action: the pickup, the store's stock, the order, the notice."""

from __future__ import annotations

from sqlalchemy import Connection

from . import db, entities
from .pickups import Outcome


def customer_channel(conn: Connection, customer_id: str) -> str:
    customer = entities.get(conn, "customer", customer_id)
    return (customer or {}).get("preferred_channel", "email")


def apply_outcome(conn: Connection, outcome: Outcome, now_ts: int) -> dict:
    """Save everything an action changed, in the caller's transaction; returns the pickup after."""
    pickup = entities.save(conn, "pickup", outcome.pickup, now_ts)
    for sku, on_hand_delta, reserved_delta in outcome.stock:
        adjust_stock(conn, pickup["store_id"], sku, on_hand_delta, reserved_delta, now_ts)
    if outcome.notification:
        conn.execute(db.notifications.insert(), [{"pickup_id": pickup["id"], **outcome.notification}])
    if outcome.order_status:
        order = entities.get(conn, "order", pickup["order_id"])
        if order and order["status"] != outcome.order_status:
            order["status"] = outcome.order_status
            entities.save(conn, "order", order, now_ts)
    return pickup


def adjust_stock(conn: Connection, store_id: str, sku: str, on_hand_delta: int, reserved_delta: int, now_ts: int) -> None:
    item = entities.get(conn, "inventory", sku, store_id)
    if item is None:
        return
    item["on_hand"] = max(0, item["on_hand"] + on_hand_delta)
    item["reserved"] = max(0, item["reserved"] + reserved_delta)
    item["available"] = max(0, item["on_hand"] - item["reserved"])
    entities.save(conn, "inventory", item, now_ts)
