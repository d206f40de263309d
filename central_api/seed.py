"""A realistic, deterministic store network for the demo, the tests and the benchmarks.

Everything comes from one `random.Random(seed)` and the `now` given, so the same arguments give
the same database. Names are drawn from pools that Faker fills once per locale (drawing each name
from Faker would dominate the time at a million customers). Rows are written in bulk, chunk by
chunk, together with each store's feed, so that 1,000,000 customers stay feasible.
"""

from __future__ import annotations

import random
import string
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from faker import Faker
from sqlalchemy import update
from sqlalchemy.dialects import postgresql

from . import catalogue, chain, db, entities, feed
from .pickups import COLLECT_DAYS, reserved_quantity
from .security import hash_password, iso

# locale, weight, phone country code, national number length
LOCALES = [
    ("en_US", 30, "1", 10), ("ru_RU", 14, "7", 10), ("ar_AA", 12, "971", 9), ("he_IL", 10, "972", 9),
    ("fa_IR", 10, "98", 10), ("de_DE", 10, "49", 11), ("fr_FR", 8, "33", 9), ("es_ES", 6, "34", 9),
]
STORE_NAMES = ["Downtown", "Riverside", "Airport", "Old Town", "Harbour", "North Mall", "University", "Station",
               "West End", "Lakeside", "Market Square", "Hillcrest"]
CATEGORIES = {
    "apparel": (["Linen", "Wool", "Cotton", "Denim", "Rain"], ["Shirt", "Jacket", "Trousers", "Scarf", "Dress", "Coat"]),
    "footwear": (["Trail", "City", "Canvas", "Leather"], ["Sneakers", "Boots", "Loafers", "Sandals"]),
    "home": (["Oak", "Ceramic", "Glass", "Copper"], ["Mug", "Lamp", "Vase", "Bowl", "Frame", "Kettle"]),
    "electronics": (["Wireless", "Compact", "Smart", "Pro"], ["Earbuds", "Speaker", "Charger", "Watch", "Keyboard"]),
    "beauty": (["Rose", "Citrus", "Cedar", "Aloe"], ["Soap", "Shampoo", "Serum", "Candle", "Balm"]),
    "toys": (["Wooden", "Puzzle", "Magnetic", "Plush"], ["Train", "Blocks", "Bear", "Kite", "Robot"]),
}

def _hours(days: str, opens: str, closes: str) -> list[dict[str, Any]]:
    """Opening hours on the ISO weekdays listed ("12345" is Monday to Friday), local time."""
    return [{"day": int(d), "opens": opens, "closes": closes} for d in days]


# Each store's city, address and phone in the city's own language, its time zone and its opening hours
# (a day not listed is closed). Store n takes STORE_PROFILES[(n - 1) % 12], as it takes STORE_NAMES.
STORE_PROFILES = [
    {"city": "Berlin", "address": "Friedrichstraße 68, 10117 Berlin", "phone": "+493020457100",
     "timezone": "Europe/Berlin", "opening_hours": _hours("123456", "10:00", "20:00")},
    {"city": "Москва", "address": "ул. Тверская, 7, Москва, 125009", "phone": "+74957390011",
     "timezone": "Europe/Moscow", "opening_hours": _hours("1234567", "10:00", "22:00")},
    {"city": "دبي", "address": "مبنى المسافرين 3، مطار دبي الدولي، دبي", "phone": "+97142245500",
     "timezone": "Asia/Dubai", "opening_hours": _hours("1234567", "06:00", "23:00")},
    {"city": "ירושלים", "address": "רחוב יפו 97, ירושלים", "phone": "+97226251300",
     "timezone": "Asia/Jerusalem", "opening_hours": _hours("71234", "09:00", "21:00") + _hours("5", "09:00", "14:00")},
    {"city": "بندرعباس", "address": "بلوار ساحلی، خیابان امام خمینی، بندرعباس", "phone": "+987633345600",
     "timezone": "Asia/Tehran", "opening_hours": _hours("671234", "09:00", "21:00")},
    {"city": "Paris", "address": "101 Porte Berger, 75001 Paris", "phone": "+33140283100",
     "timezone": "Europe/Paris", "opening_hours": _hours("123456", "10:00", "20:00") + _hours("7", "11:00", "19:00")},
    {"city": "Madrid", "address": "Calle de Alcalá 120, 28009 Madrid", "phone": "+34914350100",
     "timezone": "Europe/Madrid", "opening_hours": _hours("123456", "10:00", "21:00")},
    {"city": "London", "address": "12 Station Approach, London SE1 7AX", "phone": "+442079460100",
     "timezone": "Europe/London", "opening_hours": _hours("1234567", "07:00", "21:00")},
    {"city": "Санкт-Петербург", "address": "Невский проспект, 48, Санкт-Петербург, 191011", "phone": "+78123090100",
     "timezone": "Europe/Moscow", "opening_hours": _hours("1234567", "10:00", "22:00")},
    {"city": "Chicago", "address": "233 S Wacker Dr, Chicago, IL 60606", "phone": "+13125550100",
     "timezone": "America/Chicago", "opening_hours": _hours("123456", "09:00", "21:00") + _hours("7", "10:00", "18:00")},
    {"city": "חיפה", "address": "שדרות בן גוריון 10, חיפה", "phone": "+97248550100",
     "timezone": "Asia/Jerusalem", "opening_hours": _hours("71234", "09:00", "20:00") + _hours("5", "08:30", "14:00")},
    {"city": "القاهرة", "address": "15 شارع التحرير، وسط البلد، القاهرة", "phone": "+20225550100",
     "timezone": "Africa/Cairo", "opening_hours": _hours("671234", "10:00", "22:00")},
]
# The share of each store's catalogue it has run out of (before pickups hold any), so that "which other
# store has it" has answers; every store carries every product (an inventory row, zero included).
SOLD_OUT = 0.12
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud at the counter
CURRENCY = "EUR"
CHUNK = 5000

# Every store starts with at least one pickup of each of these, so every screen has something.
SCENARIOS = ["new", "new_overdue", "picking", "picking_overdue", "ready", "ready_partial", "ready_past_collect",
             "picked_up_today", "picked_up", "no_show", "restocked", "cancelled"]


@dataclass
class Network:
    now: datetime
    rng: random.Random
    store_ids: list[str]
    products: list[dict[str, Any]]
    staff_by_store: dict[str, list[str]]
    name_pools: dict[str, list[tuple[str, str]]]
    stock: dict[tuple[str, str], list[int]] = field(default_factory=dict)  # (store, sku) -> [on_hand, reserved]
    staff_names: dict[str, str] = field(default_factory=dict)  # staff id -> display name (notes' authors)
    order_counter: int = 0
    seq: int = 0
    pickups_per_store: dict[str, int] = field(default_factory=lambda: defaultdict(int))


def _ean13(n: int) -> str:
    body = f"{400000000000 + n:012d}"
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _name_pools(rng: random.Random, size: int) -> dict[str, list[tuple[str, str]]]:
    pools = {}
    for locale, *_ in LOCALES:
        fake = Faker(locale)
        fake.seed_instance(rng.randrange(2**31))
        pairs = []
        for i in range(size):
            if i % 2 and hasattr(fake, "last_name_female"):
                pairs.append((fake.first_name_female(), fake.last_name_female()))
            elif hasattr(fake, "last_name_male"):
                pairs.append((fake.first_name_male(), fake.last_name_male()))
            else:
                pairs.append((fake.first_name(), fake.last_name()))
        pools[locale] = pairs
    return pools


def seed(database: db.Database, *, stores: int = 3, customers: int = 2000, seed: int = 1, password: str = "demo",
         now: datetime | None = None, password_hash: str | None = None) -> dict[str, Any]:
    """Fill an empty database; returns the summary `clerk-api seed --json` prints.

    `password_hash` replaces the Argon2 hash of `password` (tests pass a cheaper-to-verify one).
    """
    started = time.perf_counter()
    database.create_schema()
    now = (now or datetime.now(UTC)).replace(second=0, microsecond=0)
    rng = random.Random(seed)
    store_ids = [f"st_{i + 1:03d}" for i in range(stores)]
    net = Network(now, rng, store_ids, [], {}, _name_pools(rng, 300))
    summary_stores = []
    with database.write() as conn:
        if conn.execute(db.stores.select().limit(1)).first() is not None:
            raise ValueError("the database already has data; seed an empty one")
        net.seq = conn.execute(db.counters.select().where(db.counters.c.name == "seq")).first().value
        summary_stores = _stores_and_staff(conn, net, password_hash or hash_password(password))
        _catalogue(conn, net)
    per_store_pickups = max(36, customers // (stores * 25))
    pickup_chance = min(1.0, per_store_pickups * stores / max(1, customers))
    for start in range(0, customers, CHUNK):
        with database.write() as conn:
            _customer_chunk(conn, net, start, min(customers, start + CHUNK), pickup_chance)
    with database.write() as conn:
        _inventory(conn, net)
        conn.execute(update(db.counters).where(db.counters.c.name == "seq").values(value=net.seq))
        chain.reconcile(conn, int(now.timestamp()))  # the stores and staff, in every feed they belong to
    return {
        "stores": summary_stores,
        "customers": customers,
        "products": len(net.products),
        "orders": net.order_counter,
        "pickups": sum(net.pickups_per_store.values()),
        "seed": seed,
        "now": iso(now),
        "seconds": round(time.perf_counter() - started, 2),
    }


def _feed(conn, net: Network, rows: list[tuple[str, str, str, int]]) -> None:
    """Append (store, entity, id, version) upserts to the feeds, one new seq each."""
    if not rows:
        return
    now_ts = int(net.now.timestamp())
    first = net.seq + 1
    batch = []
    for store, entity, entity_id, version in rows:
        net.seq += 1
        batch.append({"store_id": store, "entity": entity, "entity_id": entity_id, "seq": net.seq, "op": "upsert",
                      "version": version, "changed_at": now_ts})
    conn.execute(db.feed.insert(), batch)
    feed.fill_change_json(conn, sorted({store for store, *_ in rows}), first, net.seq)


def _stores_and_staff(conn, net: Network, password_hash: str) -> list[dict[str, Any]]:
    # One hash for all seeded staff: they share one known password anyway, and Argon2 is
    # deliberately slow (a hash per person would cost seconds per seeded network).
    en = net.name_pools["en_US"]
    summary = []
    for n, store_id in enumerate(net.store_ids, start=1):
        name = f"Clerk {STORE_NAMES[(n - 1) % len(STORE_NAMES)]}" + (f" {n}" if n > len(STORE_NAMES) else "")
        profile = STORE_PROFILES[(n - 1) % len(STORE_PROFILES)]
        conn.execute(db.stores.insert(), [{"id": store_id, "name": name, "currency": CURRENCY,
                                           "timezone": profile["timezone"], "horizon_seq": 0}])
        store = {**chain.store_entity(store_id, name, **profile), "version": 1, "updated_at": iso(net.now - timedelta(days=30))}
        conn.execute(db.store_profiles.insert(), [entities.row_for("store", store)])
        people = [("manager", f"manager{n}")] + [("associate", f"associate{n}{c}") for c in "abc"]
        summary.append({"id": store_id, "name": name, "manager": people[0][1], "associates": [u for _, u in people[1:]]})
        net.staff_by_store[store_id] = []
        for role, username in people:
            first, last = net.rng.choice(en)
            staff_id = f"sf_{username}"
            conn.execute(db.staff.insert(), [{"id": staff_id, "username": username, "display_name": f"{first} {last}",
                                              "role": role, "password_hash": password_hash, "active": True}])
            conn.execute(db.staff_stores.insert(), [{"staff_id": staff_id, "store_id": store_id}])
            net.staff_by_store[store_id].append(staff_id)
            net.staff_names[staff_id] = f"{first} {last}"
    return summary


def _catalogue(conn, net: Network) -> None:
    n = 0
    for category, (adjectives, nouns) in CATEGORIES.items():
        for adjective in adjectives:
            for noun in nouns:
                for variant in ("", " XL") if category in ("apparel", "footwear") else ("",):
                    n += 1
                    price = net.rng.choice([499, 999, 1499, 1999, 2499, 3999, 4999, 7999, 12999])
                    net.products.append({"sku": f"SKU-{n:05d}", "name": f"{adjective} {noun}{variant}", "category": category,
                                         "barcode": _ean13(n), "price_cents": price, "currency": CURRENCY,
                                         "version": 1, "updated_at": iso(net.now - timedelta(days=90))})
    conn.execute(db.products.insert(), [entities.row_for("product", p) for p in net.products])
    conn.execute(db.product_name_tokens.insert(), [row for p in net.products for row in catalogue.token_rows(p)])
    _feed(conn, net, [(s, "product", p["sku"], 1) for s in net.store_ids for p in net.products])
    for store in net.store_ids:
        for p in net.products:
            net.stock[(store, p["sku"])] = [0 if net.rng.random() < SOLD_OUT else net.rng.randint(1, 40), 0]


def _inventory(conn, net: Network) -> None:
    updated = iso(net.now - timedelta(hours=2))
    rows, feed_rows = [], []
    for (store, sku), (on_hand, reserved) in net.stock.items():
        on_hand = max(on_hand, reserved)
        data = {"store_id": store, "sku": sku, "on_hand": on_hand, "reserved": reserved,
                "available": on_hand - reserved, "updated_at": updated, "version": 1}
        rows.append(entities.row_for("inventory", data))
        feed_rows.append((store, "inventory", sku, 1))
    conn.execute(db.inventory.insert(), rows)
    _feed(conn, net, feed_rows)


def _lines(net: Network, count: int) -> list[dict[str, Any]]:
    chosen = net.rng.sample(net.products, count)
    return [{"sku": p["sku"], "name": p["name"], "quantity": net.rng.choice([1, 1, 1, 2, 3]), "unit_price_cents": p["price_cents"]}
            for p in chosen]


def _customer(net: Network, index: int) -> dict[str, Any]:
    rng = net.rng
    locale, _, country, digits = rng.choices(LOCALES, weights=[w for _, w, _, _ in LOCALES])[0]
    first, last = rng.choice(net.name_pools[locale])
    latin = locale in ("en_US", "de_DE", "fr_FR", "es_ES")
    local = (f"{first}.{last}".encode("ascii", "ignore").decode().lower().replace(" ", "") if latin else "") or "customer"
    created = net.now - timedelta(days=rng.randint(30, 5 * 365), minutes=rng.randint(0, 1439))
    tier = rng.choices(["none", "silver", "gold", "platinum"], weights=[55, 25, 15, 5])[0]
    has_loyalty = tier != "none" or rng.random() < 0.4
    return {
        "id": f"cu_{index + 1:07d}", "version": 1, "given_name": first, "family_name": last,
        "display_name": f"{first} {last}",
        "email": f"{local}{index + 1}@{rng.choice(['example.com', 'mail.example', 'example.org'])}" if rng.random() < 0.93 else None,
        "phone": f"+{country}{rng.randint(10 ** (digits - 1), 10 ** digits - 1)}" if rng.random() < 0.9 else None,
        "loyalty_id": f"L{index + 1:09d}" if has_loyalty else None, "loyalty_tier": tier,
        "loyalty_points": {"none": 0, "silver": 500, "gold": 2000, "platinum": 6000}[tier] + rng.randint(0, 1500),
        "home_store_id": rng.choice(net.store_ids),
        "preferred_channel": rng.choices(["email", "sms", "phone", "app"], weights=[50, 25, 5, 20])[0],
        "marketing_consent": rng.random() < 0.55, "locale": locale.replace("_", "-").replace("ar-AA", "ar"),
        "created_at": iso(created), "updated_at": iso(created),
    }


def _order(net: Network, customer: dict[str, Any], placed: datetime, *, channel: str | None = None,
           fulfillment: str | None = None, store_id: str | None = None) -> dict[str, Any]:
    rng = net.rng
    channel = channel or rng.choices(["web", "app", "store", "phone"], weights=[40, 30, 25, 5])[0]
    if fulfillment is None:
        fulfillment = "carry_out" if channel == "store" else rng.choices(["ship", "pickup"], weights=[70, 30])[0]
    if fulfillment != "ship" and store_id is None:
        store_id = customer["home_store_id"] if rng.random() < 0.85 else rng.choice(net.store_ids)
    lines = _lines(net, rng.randint(1, 3))
    age_days = (net.now - placed).days
    if fulfillment == "carry_out":
        status = "fulfilled"
    elif age_days < 2:
        status = rng.choice(["placed", "paid"])
    else:
        status = rng.choices(["fulfilled", "cancelled", "returned", "partially_returned"], weights=[88, 4, 4, 4])[0]
    net.order_counter += 1
    return {
        "id": f"or_{net.order_counter:08d}", "version": 1, "number": f"CL-{10_000_000 + net.order_counter}",
        "customer_id": customer["id"], "channel": channel, "placed_at": iso(placed), "status": status,
        "fulfillment": fulfillment, "store_id": store_id if fulfillment != "ship" else None, "currency": CURRENCY,
        "total_cents": sum(ln["quantity"] * ln["unit_price_cents"] for ln in lines), "lines": lines, "updated_at": iso(placed),
    }


def _stats(orders: list[dict[str, Any]]) -> dict[str, Any]:
    kept = [o for o in orders if o["status"] != "cancelled"]
    return {
        "lifetime_value_cents": sum(o["total_cents"] for o in kept), "currency": CURRENCY, "orders_count": len(orders),
        "last_order_at": max((o["placed_at"] for o in orders), default=None),
        "channels_used": sorted({o["channel"] for o in orders}),
    }


def _customer_chunk(conn, net: Network, start: int, end: int, pickup_chance: float) -> None:
    rng = net.rng
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    feed_rows: list[tuple[str, str, str, int]] = []
    extra_scope: list[tuple[str, str]] = []  # (customer, other store) brought in by a pickup
    for index in range(start, end):
        customer = _customer(net, index)
        orders = [_order(net, customer, net.now - timedelta(minutes=rng.randint(60, 730 * 1440)))
                  for _ in range(min(12, int(rng.expovariate(1 / 3))))]
        carts = []
        if rng.random() < 0.45:
            status = rng.choices(["active", "abandoned", "converted"], weights=[60, 30, 10])[0]
            updated = net.now - timedelta(minutes=rng.randint(5, 60 * 24 * (2 if status == "active" else 40)))
            lines = _lines(net, rng.randint(1, 4))
            carts.append({"id": f"ca_{index + 1:07d}", "version": 1, "customer_id": customer["id"],
                          "channel": rng.choice(["web", "app"]), "status": status, "updated_at": iso(updated),
                          "currency": CURRENCY, "subtotal_cents": sum(ln["quantity"] * ln["unit_price_cents"] for ln in lines),
                          "lines": lines})
        notes = []
        if rng.random() < 0.08:
            store = customer["home_store_id"]
            author = rng.choice(net.staff_by_store[store])
            notes.append({"id": f"no_{index + 1:07d}", "version": 1, "customer_id": customer["id"],
                          "body": rng.choice(["Prefers a call before pickup.", "Asked about the winter range.",
                                              "Gift wrap on every order.", "Collects for her mother too."]),
                          "author_staff_id": author, "author_name": net.staff_names[author], "store_id": store,
                          "created_at": iso(net.now - timedelta(days=rng.randint(1, 300))), "updated_at": iso(net.now)})
        pickups = []
        forced = [s for s in net.store_ids if net.pickups_per_store[s] < len(SCENARIOS)]
        if forced or rng.random() < pickup_chance:
            store = forced[0] if forced else (customer["home_store_id"] if rng.random() < 0.9 else rng.choice(net.store_ids))
            pickup, order = _pickup(net, customer, store)
            pickups.append(pickup)
            orders.append(order)
            # Only a pickup still in the store's feed brings its customer there (API.md "Pull").
            if store != customer["home_store_id"] and _pickup_in_scope(net, pickup):
                extra_scope.append((customer["id"], store))
        customer["stats"] = _stats(orders)
        rows["customer"].append(entities.customer_row(customer))
        rows["token"].extend(entities.customer_token_rows(customer))
        rows["scope"].append({"customer_id": customer["id"], "store_id": customer["home_store_id"]})
        for entity, items in (("order", orders), ("cart", carts), ("note", notes), ("pickup", pickups)):
            rows[entity].extend(entities.row_for(entity, item) for item in items)
        horizon = feed.order_horizon(int(net.now.timestamp()))
        scoped = [("customer", customer["id"])] + [("cart", c["id"]) for c in carts] + [("note", n["id"]) for n in notes]
        scoped += [("order", o["id"]) for o in orders if o["placed_at"] >= horizon]
        stores_in = [customer["home_store_id"]] + [s for c, s in extra_scope if c == customer["id"]]
        for store in dict.fromkeys(stores_in):
            feed_rows.extend((store, entity, eid, 1) for entity, eid in scoped)
        feed_rows.extend((p["store_id"], "pickup", p["id"], 1) for p in pickups if _pickup_in_scope(net, p))
    conn.execute(db.customers.insert(), rows["customer"])
    conn.execute(db.customer_name_tokens.insert().prefix_with("OR IGNORE") if conn.dialect.name == "sqlite"
                 else postgresql.insert(db.customer_name_tokens).on_conflict_do_nothing(), rows["token"])
    conn.execute(db.customer_scope.insert(), rows["scope"] + [{"customer_id": c, "store_id": s}
                                                              for c, s in dict.fromkeys(extra_scope)])
    for entity in ("order", "cart", "note", "pickup"):
        if rows[entity]:
            conn.execute(entities.table_for(entity).insert(), rows[entity])
    _feed(conn, net, feed_rows)


def _pickup_in_scope(net: Network, pickup: dict[str, Any]) -> bool:
    closed = entities.row_for("pickup", pickup)["closed_at"]
    return closed is None or closed >= iso(net.now - timedelta(days=feed.CLOSED_PICKUP_DAYS))


def _pickup(net: Network, customer: dict[str, Any], store: str) -> tuple[dict[str, Any], dict[str, Any]]:
    rng = net.rng
    count = net.pickups_per_store[store]
    net.pickups_per_store[store] += 1
    scenario = SCENARIOS[count] if count < len(SCENARIOS) else rng.choices(
        SCENARIOS, weights=[8, 2, 5, 1, 10, 2, 2, 6, 40, 3, 3, 4])[0]
    minutes_ago = {"new": rng.randint(5, 100), "new_overdue": rng.randint(300, 900), "picking": rng.randint(20, 150),
                   "picking_overdue": rng.randint(300, 700), "picked_up_today": rng.randint(180, 600)}.get(
        scenario, rng.randint(60 * 24 + 60, 60 * 24 * 45))
    if scenario in ("ready", "ready_partial"):
        minutes_ago = rng.randint(120, 60 * 24 * 5)
    if scenario == "ready_past_collect":
        minutes_ago = rng.randint(60 * 24 * (COLLECT_DAYS + 1), 60 * 24 * (COLLECT_DAYS + 6))
    created = net.now - timedelta(minutes=minutes_ago)
    order = _order(net, customer, created, channel=rng.choice(["web", "app"]), fulfillment="pickup", store_id=store)
    order["status"] = "paid"
    promised = created + timedelta(hours=4)
    lines = [{"sku": ln["sku"], "name": ln["name"], "quantity": ln["quantity"], "picked_quantity": 0,
              "collected_quantity": 0} for ln in order["lines"]]
    pickup: dict[str, Any] = {
        "id": f"pk_{order['id'][3:]}", "version": 1, "order_id": order["id"], "order_number": order["number"],
        "customer_id": customer["id"], "customer_name": customer["display_name"], "store_id": store,
        "status": "new", "created_at": iso(created), "promised_by": iso(promised), "ready_at": None, "pickup_by": None,
        "picked_up_at": None, "shelf_location": None, "pickup_code": "".join(rng.choices(CODE_ALPHABET, k=6)),
        "alternate_pickup_name": (lambda p: f"{p[0]} {p[1]}")(rng.choice(net.name_pools["en_US"])) if rng.random() < 0.2 else None,
        "customer_arrived_at": None, "arrival_note": None, "lines": lines, "notifications": [], "handover": None,
        "cancel_reason": None, "updated_at": iso(created),
    }
    status = scenario.removesuffix("_overdue").removesuffix("_partial").removesuffix("_past_collect").removesuffix("_today")
    if status in ("ready", "picked_up", "no_show", "restocked"):
        late = rng.random() < 0.15
        ready_at = min(created + timedelta(minutes=rng.randint(300, 600) if late else rng.randint(20, 220)),
                       net.now - timedelta(minutes=1))
        pickup.update(ready_at=iso(ready_at), pickup_by=iso(ready_at + timedelta(days=COLLECT_DAYS)),
                      shelf_location=f"{rng.choice('ABCDEF')}-{rng.randint(1, 12):02d}")
        for ln in lines:
            ln["picked_quantity"] = ln["quantity"]
        if scenario == "ready_partial":
            lines[0]["picked_quantity"] = max(0, lines[0]["quantity"] - 1) if len(lines) > 1 or lines[0]["quantity"] > 1 else 1
        pickup["notifications"].append({"kind": "ready", "channel": customer["preferred_channel"], "sent_at": iso(ready_at)})
        pickup["updated_at"] = iso(ready_at)
    if status == "picked_up":
        collected_at = min(datetime.fromisoformat(pickup["ready_at"].replace("Z", "+00:00"))
                           + timedelta(minutes=rng.randint(30, 60 * 24 * 3)), net.now - timedelta(minutes=1))
        for ln in lines:
            ln["collected_quantity"] = ln["picked_quantity"]
        alternate = bool(pickup["alternate_pickup_name"]) and rng.random() < 0.5
        pickup.update(picked_up_at=iso(collected_at), updated_at=iso(collected_at), handover={
            "collected_by": "alternate" if alternate else "customer",
            "id_check": rng.choice(["id_card", "drivers_license", "passport", "order_code_only"]),
            "id_last4": None, "staff_id": rng.choice(net.staff_by_store[store]), "at": iso(collected_at)})
        if pickup["handover"]["id_check"] != "order_code_only":
            pickup["handover"]["id_last4"] = "".join(rng.choices(string.digits, k=4))
        order["status"] = "fulfilled"
    if status in ("no_show", "restocked"):
        pickup["pickup_by"] = iso(net.now - timedelta(days=rng.randint(1, 10)))
        pickup["ready_at"] = iso(datetime.fromisoformat(pickup["pickup_by"].replace("Z", "+00:00")) - timedelta(days=COLLECT_DAYS))
        pickup["created_at"] = min(pickup["created_at"], iso(datetime.fromisoformat(pickup["ready_at"].replace("Z", "+00:00")) - timedelta(hours=2)))
        pickup["promised_by"] = iso(datetime.fromisoformat(pickup["created_at"].replace("Z", "+00:00")) + timedelta(hours=4))
        pickup["updated_at"] = pickup["pickup_by"]
        order["placed_at"] = pickup["created_at"]
        if status == "restocked":
            order["status"] = "cancelled"
    if status == "cancelled":
        pickup.update(cancel_reason=rng.choice(["Out of stock", "Customer asked to cancel", "Payment failed"]),
                      updated_at=iso(created + timedelta(hours=1)))
        pickup["notifications"].append({"kind": "cancelled", "channel": customer["preferred_channel"],
                                        "sent_at": pickup["updated_at"]})
        order["status"] = "cancelled"
    pickup["status"] = status
    for ln in lines:
        held = reserved_quantity(pickup, ln)
        if held:
            net.stock[(store, ln["sku"])][1] += held
    return pickup, order
