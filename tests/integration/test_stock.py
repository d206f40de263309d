"""API.md v1.1 over a real server: the chain's stores and staff (routes and feeds), product look-up, stock
across stores, and the mutations cart.add_line.v1 and order.place_pickup.v1 (exactly once, feed effects)."""

from __future__ import annotations

import json
import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import select, update

from central_api import chain, db, entities
from central_api.app import create_app
from central_api.server import BackgroundServer
from tests.helpers.api import LiveApi

ACTED_AT = "2026-11-20T12:00:00Z"
pytestmark = pytest.mark.both_engines  # SQLAlchemy Core only: the same behaviour on SQLite and PostgreSQL


def changes_after(client, store_id: str, cursor: str | None = None) -> tuple[list[dict[str, Any]], str]:
    """Every change of a store's feed after `cursor`, page by page as sent (not merged), and the last cursor."""
    found: list[dict[str, Any]] = []
    while True:
        reply = client.get(f"/v1/stores/{store_id}/changes", params={"limit": 2000, **({"cursor": cursor} if cursor else {})})
        assert reply.status_code == 200, reply.text
        page = reply.json()
        found += page["changes"]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return found, cursor


class Counter:
    """An enrolled device of one store that pushes mutations with its own seq."""

    def __init__(self, api: LiveApi, store_index: int) -> None:
        self.api = api
        self.device = api.enroll(store_index)
        self.client = api.client(self.device["device_token"])
        self.seq = 0
        self.associate = api.staff_id(api.store(store_index)["associates"][0])

    def push(self, name: str, args: dict[str, Any], mutation_id: str | None = None, seq: int | None = None) -> dict[str, Any]:
        if seq is None:
            self.seq += 1
            seq = self.seq
        body = {"device_id": self.device["device_id"], "mutations": [{
            "mutation_id": mutation_id or str(uuid.uuid4()), "seq": seq, "name": name, "acted_by": self.associate,
            "acted_at": ACTED_AT, "args": args}]}
        reply = self.client.post("/v1/mutations", json=body)
        assert reply.status_code == 200, reply.text
        return reply.json()["results"][0]


def _inventory(api: LiveApi, store_id: str, sku: str) -> dict[str, Any]:
    with api.database.read() as conn:
        return entities.get(conn, "inventory", sku, store_id)


def _customer_outside(api: LiveApi, *store_indexes: int) -> dict[str, Any]:
    """A customer none of these stores' feeds carries."""
    excluded = [api.store(i)["id"] for i in store_indexes]
    c, scope = db.customers.c, db.customer_scope.c
    with api.database.read() as conn:
        text = conn.execute(select(c.data).where(c.id.not_in(select(scope.customer_id).where(scope.store_id.in_(excluded))))
                            .order_by(c.id)).scalars().first()
    assert text, "the seeded network has no such customer"
    return json.loads(text)


def _sku_with(api: LiveApi, store_id: str, at_least: int = 1) -> str:
    i = db.inventory.c
    with api.database.read() as conn:
        rows = [json.loads(t) for t in conn.execute(select(i.data).where(i.store_id == store_id).order_by(i.sku)).scalars()]
    return next(r["sku"] for r in rows if r["available"] >= at_least)


# --- stores and staff -----------------------------------------------------------------------

def test_stores_lists_every_store_with_its_details_as_the_feed_carries_them(live_api):
    token = live_api.staff_token(live_api.store(0)["associates"][0])
    reply = live_api.client(token).get("/v1/stores")
    assert reply.status_code == 200, reply.text
    stores = {s["id"]: s for s in reply.json()["items"]}
    assert set(stores) == {s["id"] for s in live_api.network["stores"]}
    for store in stores.values():
        assert set(store) >= {"id", "version", "name", "city", "address", "phone", "timezone", "opening_hours", "updated_at"}
        assert store["city"] and store["opening_hours"]
    device = live_api.enroll(1)
    changes, _ = changes_after(live_api.client(device["device_token"]), device["store_id"])
    in_feed = {c["id"]: c["data"] for c in changes if c["entity"] == "store"}
    assert in_feed == stores


def test_a_store_feed_carries_its_own_staff_by_name_and_role_only(live_api):
    device = live_api.enroll(0)
    changes, _ = changes_after(live_api.client(device["device_token"]), device["store_id"])
    staff = {c["id"]: c["data"] for c in changes if c["entity"] == "staff"}
    store = live_api.store(0)
    assert set(staff) == {live_api.staff_id(u) for u in [store["manager"], *store["associates"]]}
    for person in staff.values():
        assert set(person) == {"id", "version", "display_name", "role"}
    assert staff[live_api.staff_id(store["manager"])]["role"] == "manager"
    me = live_api.login(store["associates"][0])["staff"]
    assert staff[me["id"]]["display_name"] == me["display_name"]


def test_staff_leaving_renamed_or_deactivated_reach_the_feed_as_a_new_version_or_a_tombstone(live_api):
    device = live_api.enroll(0)
    client = live_api.client(device["device_token"])
    _, cursor = changes_after(client, device["store_id"])
    store = live_api.store(0)
    renamed, deactivated, moved = (live_api.staff_id(u) for u in store["associates"])
    with live_api.database.write() as conn:
        conn.execute(update(db.staff).where(db.staff.c.id == renamed).values(display_name="Dana Renamed"))
        conn.execute(update(db.staff).where(db.staff.c.id == deactivated).values(active=False))
        conn.execute(update(db.staff_stores).where(db.staff_stores.c.staff_id == moved)
                     .values(store_id=live_api.store(1)["id"]))
        chain.reconcile(conn, int(live_api.clock.time()))
        again = chain.reconcile(conn, int(live_api.clock.time()))
    changes, _ = changes_after(client, device["store_id"], cursor)
    got = {(c["id"], c["op"]): c for c in changes if c["entity"] == "staff"}
    assert set(got) == {(renamed, "upsert"), (deactivated, "delete"), (moved, "delete")}
    assert got[(renamed, "upsert")]["data"]["display_name"] == "Dana Renamed"
    assert got[(renamed, "upsert")]["version"] == 2
    assert again["staff"] == again["staff_rows"] == again["staff_tombstones"] == again["store_rows"] == 0
    # The one who moved is now in the other store's feed.
    other = live_api.enroll(1)
    theirs, _ = changes_after(live_api.client(other["device_token"]), other["store_id"])
    assert moved in {c["id"] for c in theirs if c["entity"] == "staff" and c["op"] == "upsert"}


def test_a_database_from_before_v1_1_gets_stores_staff_and_product_words_at_start(central_db, live_api):
    # As an older server left it: no store or staff entities, no product words.
    with central_db.write() as conn:
        conn.execute(db.feed.delete().where(db.feed.c.entity.in_(["store", "staff"])))
        for table in (db.store_profiles, db.staff_profiles, db.product_name_tokens):
            conn.execute(table.delete())
    server = BackgroundServer(create_app(central_db, clock=live_api.clock)).start()
    try:
        token = live_api.staff_token(live_api.store(0)["manager"])
        stores = live_api.client(token).get(f"{server.url}/v1/stores").json()["items"]
        assert {s["id"] for s in stores} == {s["id"] for s in live_api.network["stores"]}
        assert {s["name"] for s in stores} == {s["name"] for s in live_api.network["stores"]}
        assert live_api.client(token).get(f"{server.url}/v1/products", params={"q": "linen"}).json()["items"]
        device = live_api.enroll(0)
        with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {device['device_token']}"}) as client:
            changes, _ = changes_after(client, device["store_id"])
        kinds = {c["entity"] for c in changes}
        assert {"store", "staff"} <= kinds
    finally:
        server.stop()


# --- products and stock across stores ---------------------------------------------------------

@pytest.fixture
def staff_client(live_api):
    return live_api.client(live_api.staff_token(live_api.store(0)["associates"][0]))


def _add_product(api: LiveApi, sku: str, name: str, barcode: str) -> None:
    with api.database.write() as conn:
        product = {"sku": sku, "name": name, "category": "home", "barcode": barcode, "price_cents": 1999,
                   "currency": "EUR", "updated_at": ACTED_AT}
        entities.save(conn, "product", product, int(api.clock.time()), is_new=True)


def test_products_match_a_folded_name_word_prefix_in_any_script(live_api, staff_client):
    _add_product(live_api, "SKU-AR-1", "قميص كتان أبيض", "2900000000012")  # Arabic kaf, hamza on alef
    _add_product(live_api, "SKU-RU-1", "Чайник Фёдор", "2900000000029")

    def skus(q: str) -> list[str]:
        reply = staff_client.get("/v1/products", params={"q": q})
        assert reply.status_code == 200, reply.text
        return [p["sku"] for p in reply.json()["items"]]

    assert "SKU-AR-1" in skus("کتان")  # typed with the Persian keheh
    assert "SKU-AR-1" in skus("ابيض")  # hamza dropped
    assert "SKU-RU-1" in skus("федор")  # ё folded, any case
    assert "SKU-RU-1" in skus("чай фед")  # every word a prefix of some word
    linen = skus("LIN")
    assert linen and all("linen" in p["name"].lower() for p in staff_client.get("/v1/products", params={"q": "LIN"}).json()["items"])
    assert skus("shirt linen") and set(skus("shirt linen")) <= set(linen)
    assert skus("nothing-like-it") == []


def test_products_match_a_sku_prefix_and_only_an_exact_barcode(live_api, staff_client):
    with live_api.database.read() as conn:
        product = json.loads(conn.execute(select(db.products.c.data).order_by(db.products.c.sku)).scalars().first())
    by_sku = staff_client.get("/v1/products", params={"q": product["sku"][:-1].lower()}).json()["items"]
    assert product["sku"] in [p["sku"] for p in by_sku]
    by_barcode = staff_client.get("/v1/products", params={"q": product["barcode"]}).json()["items"]
    assert [p["sku"] for p in by_barcode] == [product["sku"]]
    assert staff_client.get("/v1/products", params={"q": product["barcode"][:-1]}).json()["items"] == []


def test_product_search_pages_without_repeats(staff_client):
    first = staff_client.get("/v1/products", params={"q": "sku-", "limit": 7}).json()
    assert len(first["items"]) == 7 and first["next_cursor"]
    seen = [p["sku"] for p in first["items"]]
    cursor = first["next_cursor"]
    while cursor:
        page = staff_client.get("/v1/products", params={"q": "sku-", "limit": 7, "cursor": cursor}).json()
        seen += [p["sku"] for p in page["items"]]
        cursor = page["next_cursor"]
    everything = staff_client.get("/v1/products", params={"q": "sku-", "limit": 500}).json()
    assert len(seen) == len(set(seen)) == len(everything["items"])


@pytest.mark.parametrize("params", [{"q": "   "}, {"q": "a", "cursor": "bad"}])
def test_a_blank_query_or_a_foreign_cursor_is_a_validation_error(staff_client, params):
    reply = staff_client.get("/v1/products", params=params)
    assert reply.status_code == 422, reply.text
    assert reply.json()["type"] == "/problems/validation"


def test_products_with_neither_sku_nor_q_page_through_the_catalogue_by_sku(live_api, staff_client):
    with live_api.database.read() as conn:
        every = list(conn.execute(select(db.products.c.sku).order_by(db.products.c.sku)).scalars())
    seen, cursor = [], None
    while True:
        page = staff_client.get("/v1/products", params={"limit": 100, **({"cursor": cursor} if cursor else {})}).json()
        seen += [p["sku"] for p in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert seen == every


def test_products_with_sku_and_q_are_the_matches_of_q_among_those_skus(staff_client):
    matches = [p["sku"] for p in staff_client.get("/v1/products", params={"q": "SKU-0000", "limit": 5}).json()["items"]]
    among = [matches[1], matches[3], "SKU-99999"]
    reply = staff_client.get("/v1/products", params={"q": "SKU-0000", "sku": among})
    assert [p["sku"] for p in reply.json()["items"]] == [matches[1], matches[3]]


def test_inventory_across_the_chain_lists_every_store_zero_included(live_api, staff_client):
    i = db.inventory.c
    with live_api.database.read() as conn:
        zero = next((item["sku"] for item in (json.loads(t) for t in conn.execute(select(i.data).order_by(i.sku)).scalars())
                     if item["on_hand"] == 0), None)
    assert zero, "the seed has sold-out stock"
    other = _sku_with(live_api, live_api.store(1)["id"])
    reply = staff_client.get("/v1/inventory", params=[("sku", zero), ("sku", other), ("sku", "SKU-NOPE")])
    assert reply.status_code == 200, reply.text
    items = reply.json()["items"]
    stores = {s["id"] for s in live_api.network["stores"]}
    assert {(it["store_id"], it["sku"]) for it in items} == {(s, k) for s in stores for k in (zero, other)}
    assert any(it["sku"] == zero and it["on_hand"] == 0 for it in items)
    for it in items:
        assert it == _inventory(live_api, it["store_id"], it["sku"]) | {"version": it.get("version")}


# --- cart.add_line.v1 -------------------------------------------------------------------------

def test_add_line_goes_into_the_active_cart_and_reaches_every_feed_of_the_customer(live_api):
    c = db.carts.c
    with live_api.database.read() as conn:
        carts = [json.loads(t) for t in conn.execute(select(c.data).order_by(c.id)).scalars()]
    cart = next(ca for ca in carts if ca["status"] == "active" and len({ca["customer_id"] for x in carts if x["customer_id"] == ca["customer_id"]}) == 1)
    with live_api.database.read() as conn:
        customer = entities.get(conn, "customer", cart["customer_id"])
    home = next(n for n, s in enumerate(live_api.network["stores"]) if s["id"] == customer["home_store_id"])
    watcher = live_api.enroll(home)
    watch = live_api.client(watcher["device_token"])
    _, cursor = changes_after(watch, watcher["store_id"])
    sku = next(p for p in (f"SKU-{n:05d}" for n in range(1, 200)) if p not in {ln["sku"] for ln in cart["lines"]})
    counter = Counter(live_api, 2 if home != 2 else 1)  # a counter of another store entirely

    added = counter.push("cart.add_line.v1", {"customer_id": customer["id"], "sku": sku, "quantity": 2})
    again = counter.push("cart.add_line.v1", {"customer_id": customer["id"], "sku": sku, "quantity": 3})

    assert added["status"] == again["status"] == "applied"
    assert added["entity"]["id"] == cart["id"]
    line = next(ln for ln in again["entity"]["lines"] if ln["sku"] == sku)
    assert line["quantity"] == 5 and line["unit_price_cents"] > 0 and line["name"]
    assert again["entity"]["subtotal_cents"] == sum(ln["quantity"] * ln["unit_price_cents"] for ln in again["entity"]["lines"])
    changes, _ = changes_after(watch, watcher["store_id"], cursor)
    carts_seen = [ch for ch in changes if ch["entity"] == "cart"]
    assert [(ch["id"], ch["version"]) for ch in carts_seen] == [(cart["id"], cart["version"] + 2)]


def test_add_line_starts_a_cart_for_a_customer_without_an_active_one(live_api):
    c = db.carts.c
    with live_api.database.read() as conn:
        with_active = set(conn.execute(select(c.customer_id).where(c.data.like('%"status":"active"%'))).scalars())
        customer = next(cid for cid in conn.execute(select(db.customers.c.id).order_by(db.customers.c.id)).scalars()
                        if cid not in with_active)
    result = Counter(live_api, 0).push("cart.add_line.v1", {"customer_id": customer, "sku": "SKU-00003", "quantity": 1})
    assert result["status"] == "applied", result
    cart = result["entity"]
    assert cart["customer_id"] == customer and cart["status"] == "active" and cart["channel"] in ("web", "app")
    assert [(ln["sku"], ln["quantity"]) for ln in cart["lines"]] == [("SKU-00003", 1)]
    assert cart["version"] == 1


@pytest.mark.parametrize(("args", "slug"), [
    ({"customer_id": "cu_nobody", "sku": "SKU-00001", "quantity": 1}, "not-found"),
    ({"customer_id": "<customer>", "sku": "SKU-NOPE", "quantity": 1}, "not-found"),
    ({"customer_id": "<customer>", "sku": "SKU-00001", "quantity": 0}, "validation"),
    ({"customer_id": "<customer>", "sku": "SKU-00001", "quantity": 100}, "validation"),
    ({"customer_id": "<customer>", "sku": "SKU-00001", "quantity": "2"}, "validation"),
    ({"customer_id": "<customer>", "sku": "SKU-00001", "quantity": True}, "validation"),
    ({"customer_id": "<customer>", "sku": "SKU-00001"}, "validation"),
])
def test_add_line_rejections_change_nothing(live_api, args, slug):
    customer = _customer_outside(live_api, 0)["id"]
    args = {k: (customer if v == "<customer>" else v) for k, v in args.items()}
    with live_api.database.read() as conn:
        before = conn.execute(select(db.carts.c.data).order_by(db.carts.c.id)).scalars().all()
    result = Counter(live_api, 0).push("cart.add_line.v1", args)
    assert result["status"] == "rejected" and result["problem"]["type"] == f"/problems/{slug}", result
    with live_api.database.read() as conn:
        assert conn.execute(select(db.carts.c.data).order_by(db.carts.c.id)).scalars().all() == before


def test_add_line_refuses_a_line_beyond_99(live_api):
    counter = Counter(live_api, 0)
    customer = _customer_outside(live_api, 0)["id"]
    assert counter.push("cart.add_line.v1", {"customer_id": customer, "sku": "SKU-00002", "quantity": 60})["status"] == "applied"
    result = counter.push("cart.add_line.v1", {"customer_id": customer, "sku": "SKU-00002", "quantity": 40})
    assert result["status"] == "rejected" and result["problem"]["type"] == "/problems/validation"
    assert next(ln for ln in result["entity"]["lines"] if ln["sku"] == "SKU-00002")["quantity"] == 60


# --- order.place_pickup.v1 --------------------------------------------------------------------

def test_a_pickup_placed_for_another_store_appears_in_its_feed_exactly_once_and_holds_its_stock(live_api):
    collecting = live_api.store(1)["id"]
    customer = _customer_outside(live_api, 0, 1)
    sku = _sku_with(live_api, collecting, 2)
    before = _inventory(live_api, collecting, sku)
    collector = live_api.enroll(1)
    watch = live_api.client(collector["device_token"])
    _, cursor = changes_after(watch, collecting)
    counter = Counter(live_api, 0)
    order_id = str(uuid.uuid4())
    args = {"order_id": order_id, "customer_id": customer["id"], "store_id": collecting, "lines": [{"sku": sku, "quantity": 2}]}
    mutation_id = str(uuid.uuid4())

    result = counter.push("order.place_pickup.v1", args, mutation_id=mutation_id, seq=1)
    retried = counter.push("order.place_pickup.v1", args, mutation_id=mutation_id, seq=1)  # the reply was lost

    assert result["status"] == "applied", result
    assert retried == result
    order = result["entity"]
    assert (order["id"], order["channel"], order["fulfillment"], order["status"], order["store_id"]) == (
        order_id, "store", "pickup", "placed", collecting)
    assert order["customer_id"] == customer["id"] and order["number"].startswith("CL-")
    assert order["total_cents"] == 2 * order["lines"][0]["unit_price_cents"]
    after = _inventory(live_api, collecting, sku)
    assert (after["on_hand"], after["reserved"], after["available"]) == (
        before["on_hand"], before["reserved"] + 2, before["available"] - 2)

    changes, _ = changes_after(watch, collecting, cursor)
    pickups = [ch for ch in changes if ch["entity"] == "pickup"]
    assert len(pickups) == 1, pickups
    pickup = pickups[0]["data"]
    assert (pickup["order_id"], pickup["status"], pickup["store_id"], pickup["customer_id"]) == (
        order_id, "new", collecting, customer["id"])
    assert [(ln["sku"], ln["quantity"]) for ln in pickup["lines"]] == [(sku, 2)]
    assert len(pickup["pickup_code"]) == 6
    # The customer, their order and the stock came with it, each once.
    kinds = [(ch["entity"], ch["id"]) for ch in changes]
    assert kinds.count(("order", order_id)) == 1 and kinds.count(("customer", customer["id"])) == 1
    assert kinds.count(("inventory", sku)) == 1
    assert next(ch for ch in changes if ch["entity"] == "customer")["data"]["stats"]["orders_count"] == \
        customer["stats"]["orders_count"] + 1
    # And not in the placing counter's store, which does not carry this customer.
    mine, _ = changes_after(counter.client, counter.device["store_id"])
    assert ("order", order_id) not in {(ch["entity"], ch["id"]) for ch in mine}


def test_the_order_reaches_the_feed_of_the_customers_home_store(live_api):
    customer = _customer_outside(live_api, 0)
    home = next(n for n, s in enumerate(live_api.network["stores"]) if s["id"] == customer["home_store_id"])
    collecting = live_api.store(0)["id"]
    watcher = live_api.enroll(home)
    watch = live_api.client(watcher["device_token"])
    _, cursor = changes_after(watch, watcher["store_id"])
    order_id = str(uuid.uuid4())
    result = Counter(live_api, 0).push("order.place_pickup.v1", {
        "order_id": order_id, "customer_id": customer["id"], "store_id": collecting,
        "lines": [{"sku": _sku_with(live_api, collecting), "quantity": 1}]})
    assert result["status"] == "applied", result
    changes, _ = changes_after(watch, watcher["store_id"], cursor)
    assert [(ch["entity"], ch["id"]) for ch in changes if ch["entity"] == "order"] == [("order", order_id)]
    assert not [ch for ch in changes if ch["entity"] == "pickup"]  # the pickup belongs to the collecting store


def test_the_last_unit_goes_to_the_first_counter_and_the_second_learns_what_the_store_has_now(live_api):
    collecting = live_api.store(1)["id"]
    sku = _sku_with(live_api, collecting)
    with live_api.database.write() as conn:  # exactly one left
        item = entities.get(conn, "inventory", sku, collecting)
        item.update(on_hand=item["reserved"] + 1, available=1)
        held = entities.save(conn, "inventory", item, int(live_api.clock.time()))["reserved"]
    first, second = Counter(live_api, 0), Counter(live_api, 2)
    customer = _customer_outside(live_api, 0)["id"]

    def place(counter: Counter) -> dict[str, Any]:
        return counter.push("order.place_pickup.v1", {"order_id": str(uuid.uuid4()), "customer_id": customer,
                                                      "store_id": collecting, "lines": [{"sku": sku, "quantity": 1}]})

    won, lost = place(first), place(second)

    assert won["status"] == "applied", won
    assert lost["status"] == "rejected", lost
    problem = lost["problem"]
    assert problem["type"] == "/problems/status-conflict" and problem["status"] == 409
    assert problem["store_id"] == collecting
    assert problem["inventory"] == [_inventory(live_api, collecting, sku)]
    assert problem["inventory"][0]["available"] == 0
    assert sku in problem["detail"] and "0 available" in problem["detail"]
    # Only the winner's order exists, and only its unit is held.
    with live_api.database.read() as conn:
        placed = conn.execute(select(db.orders.c.id).where(db.orders.c.customer_id == customer,
                                                           db.orders.c.placed_at == won["entity"]["placed_at"])).scalars().all()
    assert placed == [won["entity"]["id"]]
    assert _inventory(live_api, collecting, sku)["reserved"] == held + 1


@pytest.mark.parametrize(("change", "slug"), [
    ({"order_id": "not-a-uuid"}, "validation"),
    ({"store_id": "st_nowhere"}, "not-found"),
    ({"customer_id": "cu_nobody"}, "not-found"),
    ({"lines": []}, "validation"),
    ({"lines": [{"sku": "SKU-NOPE", "quantity": 1}]}, "not-found"),
    ({"lines": [{"sku": "<sku>", "quantity": 1}, {"sku": "<sku>", "quantity": 1}]}, "validation"),
    ({"lines": [{"sku": "<sku>", "quantity": 0}]}, "validation"),
    ({"lines": [{"sku": "<sku>", "quantity": 100}]}, "validation"),
    ({"lines": [{"sku": "<sku>", "quantity": 1.5}]}, "validation"),
])
def test_place_pickup_rejections_change_nothing(live_api, change, slug):
    collecting = live_api.store(0)["id"]
    sku = _sku_with(live_api, collecting)
    args = {"order_id": str(uuid.uuid4()), "customer_id": _customer_outside(live_api, 0)["id"], "store_id": collecting,
            "lines": [{"sku": sku, "quantity": 1}], **change}
    args["lines"] = [{**ln, "sku": sku if ln.get("sku") == "<sku>" else ln.get("sku")} for ln in args["lines"]]
    with live_api.database.read() as conn:
        before = [conn.execute(select(t)).all() for t in (db.orders, db.pickups, db.inventory)]
    result = Counter(live_api, 0).push("order.place_pickup.v1", args)
    assert result["status"] == "rejected" and result["problem"]["type"] == f"/problems/{slug}", result
    with live_api.database.read() as conn:
        assert [conn.execute(select(t)).all() for t in (db.orders, db.pickups, db.inventory)] == before


def test_the_same_order_id_sent_again_in_a_new_mutation_is_a_noop(live_api):
    collecting = live_api.store(0)["id"]
    sku = _sku_with(live_api, collecting)
    args = {"order_id": str(uuid.uuid4()), "customer_id": _customer_outside(live_api, 0)["id"], "store_id": collecting,
            "lines": [{"sku": sku, "quantity": 1}]}
    counter = Counter(live_api, 0)
    first = counter.push("order.place_pickup.v1", args)
    held = _inventory(live_api, collecting, sku)["reserved"]
    second = counter.push("order.place_pickup.v1", args)  # re-queued by the client under a new mutation id
    assert first["status"] == "applied" and second["status"] == "noop"
    assert second["entity"]["id"] == first["entity"]["id"]
    assert _inventory(live_api, collecting, sku)["reserved"] == held
    other = counter.push("order.place_pickup.v1", {**args, "customer_id": _customer_outside(live_api, 0, 1)["id"]})
    assert other["status"] == "rejected" and other["problem"]["type"] == "/problems/validation"
