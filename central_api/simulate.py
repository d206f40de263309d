"""The rest of the retailer, played against the database: web pickup orders, cart edits,
customers updating their details, and now and then a pickup cancelled by the central system.

`clerk-api simulate` runs these against a running server's database; the demo calls them
in-process ("simulate web activity"). Each event is one transaction, like a real system's.
"""

from __future__ import annotations

import random
from typing import Any

from sqlalchemy import func, select

from . import db, entities, operations, pickups, schemas, seed
from .security import Clock

EVENT_WEIGHTS = {"new_pickup": 35, "cart_edit": 35, "customer_update": 20, "central_cancel": 10}


def _random_customer(conn, rng: random.Random, store_id: str | None = None) -> dict[str, Any] | None:
    query = select(func.count()).select_from(db.customers)
    if store_id:
        query = query.where(db.customers.c.home_store_id == store_id)
    total = conn.execute(query).scalar_one()
    if not total:
        return None
    pick = select(db.customers.c.data).order_by(db.customers.c.id).offset(rng.randrange(total)).limit(1)
    if store_id:
        pick = pick.where(db.customers.c.home_store_id == store_id)
    return db.loads(conn.execute(pick).scalar_one())


def _net(conn, rng: random.Random, now) -> seed.Network:
    products = [db.loads(t) for t in conn.execute(select(db.products.c.data).order_by(db.products.c.sku)).scalars()]
    stores = list(conn.execute(select(db.stores.c.id).order_by(db.stores.c.id)).scalars())
    net = seed.Network(now, rng, stores, products, {}, {"en_US": [("Alex", "Morgan"), ("Sam", "Lee"), ("Noa", "Levi")]})
    net.order_counter = conn.execute(select(func.count()).select_from(db.orders)).scalar_one() + rng.randrange(10**6, 10**7)
    net.pickups_per_store.update({s: len(seed.SCENARIOS) for s in stores})
    return net


def new_pickup(conn, rng: random.Random, clock: Clock, store_id: str | None = None) -> dict[str, Any] | None:
    """A customer orders online for pickup at a store: a new order and a `new` pickup."""
    now_ts = int(clock.time())
    net = _net(conn, rng, clock.now().replace(microsecond=0))
    store_id = store_id or rng.choice(net.store_ids)
    customer = _random_customer(conn, rng, store_id) or _random_customer(conn, rng)
    if customer is None:
        return None
    while True:
        order = seed._order(net, customer, net.now, channel=rng.choice(["web", "app"]), fulfillment="pickup", store_id=store_id)
        if entities.get(conn, "order", order["id"]) is None:
            break
        net.order_counter += 1
    order["status"] = "paid"
    lines = [{**{k: ln[k] for k in ("sku", "name", "quantity")}, "picked_quantity": 0, "collected_quantity": 0}
             for ln in order["lines"]]
    now = entities.iso_ts(now_ts)
    pickup = {
        "id": f"pk_{order['id'][3:]}", "order_id": order["id"], "order_number": order["number"],
        "customer_id": customer["id"], "customer_name": customer["display_name"], "store_id": store_id, "status": "new",
        "created_at": now, "promised_by": entities.iso_ts(now_ts + 4 * 3600), "ready_at": None, "pickup_by": None,
        "picked_up_at": None, "shelf_location": None, "pickup_code": "".join(rng.choices(seed.CODE_ALPHABET, k=6)),
        "alternate_pickup_name": None, "customer_arrived_at": None, "arrival_note": None, "lines": lines,
        "notifications": [], "handover": None, "cancel_reason": None,
    }
    entities.save(conn, "order", order, now_ts, is_new=True)
    stats = customer["stats"]
    customer["stats"] = {**stats, "orders_count": stats["orders_count"] + 1, "last_order_at": now,
                         "lifetime_value_cents": stats["lifetime_value_cents"] + order["total_cents"],
                         "channels_used": sorted(set(stats["channels_used"]) | {order["channel"]})}
    entities.save(conn, "customer", customer, now_ts)
    saved = entities.save(conn, "pickup", pickup, now_ts, is_new=True)
    for ln in lines:
        operations.adjust_stock(conn, store_id, ln["sku"], 0, ln["quantity"], now_ts)
    return saved


def cart_edit(conn, rng: random.Random, clock: Clock, store_id: str | None = None) -> dict[str, Any] | None:
    """A customer adds to or changes their online cart (creating one if they have none)."""
    customer = _random_customer(conn, rng, store_id)
    if customer is None:
        return None
    now_ts = int(clock.time())
    products = [db.loads(t) for t in conn.execute(select(db.products.c.data).order_by(db.products.c.sku)).scalars()]
    product = rng.choice(products)
    cart_row = conn.execute(select(db.carts.c.data).where(db.carts.c.customer_id == customer["id"]).limit(1)).scalar()
    cart = db.loads(cart_row) if cart_row else {
        "id": f"ca_{customer['id'][3:]}_{now_ts}", "customer_id": customer["id"], "channel": rng.choice(["web", "app"]),
        "status": "active", "currency": seed.CURRENCY, "subtotal_cents": 0, "lines": []}
    for line in cart["lines"]:
        if line["sku"] == product["sku"]:
            line["quantity"] += 1
            break
    else:
        cart["lines"].append({"sku": product["sku"], "name": product["name"], "quantity": 1, "unit_price_cents": product["price_cents"]})
    cart["status"] = "active"
    cart["subtotal_cents"] = sum(ln["quantity"] * ln["unit_price_cents"] for ln in cart["lines"])
    return entities.save(conn, "cart", cart, now_ts, is_new=cart_row is None)


def customer_update(conn, rng: random.Random, clock: Clock, store_id: str | None = None) -> dict[str, Any] | None:
    """A customer changes their contact preferences or consent in their account."""
    customer = _random_customer(conn, rng, store_id)
    if customer is None:
        return None
    change = rng.choice(["consent", "channel", "phone"])
    if change == "consent":
        customer["marketing_consent"] = not customer["marketing_consent"]
    elif change == "channel":
        customer["preferred_channel"] = rng.choice(["email", "sms", "phone", "app"])
    else:
        customer["phone"] = f"+49{rng.randint(10**10, 10**11 - 1)}"
    return entities.save(conn, "customer", customer, int(clock.time()))


def central_cancel(conn, rng: random.Random, clock: Clock, store_id: str | None = None,
                   pickup_id: str | None = None) -> dict[str, Any] | None:
    """The central system cancels an open pickup (payment failed, customer called): the case that
    meets a hand-over queued offline at the counter and becomes a conflict there."""
    p = db.pickups.c
    query = select(p.data).where(p.status.in_(["new", "picking", "ready"]))
    if pickup_id:
        query = query.where(p.id == pickup_id)
    elif store_id:
        query = query.where(p.store_id == store_id)
    candidates = [db.loads(t) for t in conn.execute(query.order_by(p.id).limit(200)).scalars()]
    if not candidates:
        return None
    pickup = rng.choice(candidates)
    now = clock.iso()
    outcome = pickups.cancel(pickup, schemas.CancelArgs(pickup_id=pickup["id"], reason="Cancelled by the customer service centre"),
                             now=now, channel=operations.customer_channel(conn, pickup["customer_id"]))
    return operations.apply_outcome(conn, outcome, int(clock.time())) if outcome else pickup


EVENTS = {"new_pickup": new_pickup, "cart_edit": cart_edit, "customer_update": customer_update, "central_cancel": central_cancel}


def run(database: db.Database, events: int, seed_value: int, clock: Clock | None = None,
        store_id: str | None = None) -> dict[str, int]:
    """Play `events` random events; returns how many of each kind took effect."""
    rng = random.Random(seed_value)
    clock = clock or Clock()
    done = {name: 0 for name in EVENTS}
    names, weights = zip(*EVENT_WEIGHTS.items())
    for _ in range(events):
        name = rng.choices(names, weights=weights)[0]
        with database.write() as conn:
            if EVENTS[name](conn, rng, clock, store_id) is not None:
                done[name] += 1
    return done

