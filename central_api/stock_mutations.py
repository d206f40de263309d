"""The v1.1 mutations (API.md "Mutations (added)"): a line into the customer's online cart, and an order
placed for the customer to collect at a store of the chain, holding that store's stock.

Each runs inside `mutations._execute`'s savepoint and ledger transaction: a rejection leaves nothing
behind, and a retry gets the stored result.
"""

from __future__ import annotations

import secrets
import uuid
from datetime import timedelta
from typing import Any

from pydantic import Field
from sqlalchemy import Connection, func, select

from . import db, entities, operations
from .problems import Problem, not_found, validation
from .schemas import _In
from .security import iso, parse_iso

MAX_LINE_QUANTITY = 99
READY_WITHIN_HOURS = 4  # the promised ready-by time of a pickup placed at the counter
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # as seeded pickups: no 0/O, 1/I


class AddLineArgs(_In):
    customer_id: str = Field(min_length=1, max_length=200)
    sku: str = Field(min_length=1, max_length=100)
    quantity: int = Field(ge=1, le=MAX_LINE_QUANTITY, strict=True)


class PickupLineIn(_In):
    sku: str = Field(min_length=1, max_length=100)
    quantity: int = Field(ge=1, le=MAX_LINE_QUANTITY, strict=True)


class PlacePickupArgs(_In):
    order_id: str = Field(min_length=1, max_length=100)
    customer_id: str = Field(min_length=1, max_length=200)
    store_id: str = Field(min_length=1, max_length=200)
    lines: list[PickupLineIn] = Field(min_length=1, max_length=50)


def _customer(conn: Connection, customer_id: str) -> dict[str, Any]:
    customer = entities.get(conn, "customer", customer_id)
    if customer is None:
        raise not_found("No such customer.")
    return customer


def _product(conn: Connection, sku: str) -> dict[str, Any]:
    product = entities.get(conn, "product", sku)
    if product is None:
        raise not_found(f"No such product: {sku}.")
    return product


def add_line(conn: Connection, device: dict[str, Any], actor: dict[str, Any], args: AddLineArgs,
             now_ts: int) -> tuple[str, dict[str, Any]]:
    """Add to the customer's active online cart (the most recently updated one), or start one."""
    _customer(conn, args.customer_id)
    product = _product(conn, args.sku)
    c = db.carts.c
    carts = [db.loads(text) for text in conn.execute(select(c.data).where(c.customer_id == args.customer_id)).scalars()]
    active = sorted((cart for cart in carts if cart.get("status") == "active"), key=lambda cart: cart["updated_at"])
    if active:
        cart, is_new = active[-1], False
    else:
        cart, is_new = {"id": f"ca_{uuid.uuid4().hex}", "customer_id": args.customer_id, "channel": "web",
                        "status": "active", "currency": product["currency"], "subtotal_cents": 0, "lines": []}, True
    lines = [dict(line) for line in cart["lines"]]
    same = next((line for line in lines if line["sku"] == args.sku), None)
    if same is not None:
        if same["quantity"] + args.quantity > MAX_LINE_QUANTITY:
            raise validation(f"The cart already has {same['quantity']} of {args.sku}; a line holds at most "
                             f"{MAX_LINE_QUANTITY}.", current=cart)
        same["quantity"] += args.quantity
    else:
        lines.append({"sku": product["sku"], "name": product["name"], "quantity": args.quantity,
                      "unit_price_cents": product["price_cents"]})
    cart["lines"] = lines
    cart["subtotal_cents"] = sum(line["quantity"] * line["unit_price_cents"] for line in lines)
    return "applied", entities.save(conn, "cart", cart, now_ts, is_new=is_new)


def _order_number(conn: Connection) -> str:
    """A new order number, in the seeded numbers' form (CL- and eight digits), unused so far."""
    count = conn.execute(select(func.count()).select_from(db.orders)).scalar_one()
    candidate = 30_000_000 + count
    while conn.execute(select(db.orders.c.id).where(db.orders.c.number == f"CL-{candidate}")).first() is not None:
        candidate += 1 + secrets.randbelow(1000)
    return f"CL-{candidate}"


def _stock(conn: Connection, store_id: str, skus: list[str]) -> list[dict[str, Any]]:
    i = db.inventory.c
    rows = conn.execute(select(i.data).where(i.store_id == store_id, i.sku.in_(skus)).order_by(i.sku)).scalars()
    return [db.loads(text) for text in rows]


def place_pickup(conn: Connection, device: dict[str, Any], actor: dict[str, Any], args: PlacePickupArgs,
                 now_ts: int) -> tuple[str, dict[str, Any]]:
    """An order paid at collection, and a new pickup at `store_id` holding its stock."""
    try:
        uuid.UUID(args.order_id)
    except ValueError:
        raise validation("order_id must be a UUID.") from None
    existing = entities.get(conn, "order", args.order_id)
    if existing is not None:
        if existing["customer_id"] == args.customer_id and existing.get("store_id") == args.store_id:
            return "noop", existing
        raise validation("This order id is already used by another order.")
    customer = _customer(conn, args.customer_id)
    store = entities.get(conn, "store", args.store_id)
    if store is None:
        raise not_found("No such store.")
    skus = [line.sku for line in args.lines]
    if len(set(skus)) != len(skus):
        raise validation("A product is listed twice: give each product once, with its quantity.")
    products = {sku: _product(conn, sku) for sku in skus}
    stock = _stock(conn, args.store_id, skus)
    available = {item["sku"]: item["available"] for item in stock}
    short = [line for line in args.lines if available.get(line.sku, 0) < line.quantity]
    if short:
        said = "; ".join(f"{line.sku}: {available.get(line.sku, 0)} available, {line.quantity} asked for"
                         for line in short)
        raise Problem("status-conflict", 409, f"Not enough stock at {store['name']}: {said}.",
                      store_id=args.store_id, inventory=stock)
    now = entities.iso_ts(now_ts)
    lines = [{"sku": sku, "name": products[sku]["name"], "quantity": line.quantity,
              "unit_price_cents": products[sku]["price_cents"]} for sku, line in zip(skus, args.lines)]
    currency = products[skus[0]]["currency"]
    order = entities.save(conn, "order", {
        "id": args.order_id, "number": _order_number(conn), "customer_id": customer["id"], "channel": "store",
        "placed_at": now, "status": "placed", "fulfillment": "pickup", "store_id": args.store_id,
        "currency": currency, "total_cents": sum(ln["quantity"] * ln["unit_price_cents"] for ln in lines),
        "lines": lines, "placed_by_staff_id": actor["id"], "placed_at_store_id": device["store_id"],
    }, now_ts, is_new=True)
    entities.save(conn, "pickup", {
        "id": f"pk_{order['id']}", "order_id": order["id"], "order_number": order["number"],
        "customer_id": customer["id"], "customer_name": customer["display_name"], "store_id": args.store_id,
        "status": "new", "created_at": now, "promised_by": iso(parse_iso(now) + timedelta(hours=READY_WITHIN_HOURS)),
        "ready_at": None, "pickup_by": None, "picked_up_at": None, "shelf_location": None,
        "pickup_code": "".join(secrets.choice(CODE_ALPHABET) for _ in range(6)), "alternate_pickup_name": None,
        "customer_arrived_at": None, "arrival_note": None,
        "lines": [{"sku": ln["sku"], "name": ln["name"], "quantity": ln["quantity"], "picked_quantity": 0,
                   "collected_quantity": 0} for ln in lines],
        "notifications": [], "handover": None, "cancel_reason": None,
    }, now_ts, is_new=True)
    for ln in lines:
        operations.adjust_stock(conn, args.store_id, ln["sku"], 0, ln["quantity"], now_ts)
    stats = dict(customer.get("stats") or {})
    stats.update(orders_count=int(stats.get("orders_count", 0)) + 1, last_order_at=now,
                 lifetime_value_cents=int(stats.get("lifetime_value_cents", 0)) + order["total_cents"],
                 channels_used=sorted(set(stats.get("channels_used", [])) | {"store"}))
    stats.setdefault("currency", currency)
    entities.save(conn, "customer", {**customer, "stats": stats}, now_ts)
    return "applied", order


# mutation name → (arguments model, action)
ACTIONS = {
    "cart.add_line.v1": (AddLineArgs, add_line),
    "order.place_pickup.v1": (PlacePickupArgs, place_pickup),
}
