"""The server's authorization matrix: who may read and change what, per role, store and credential kind."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from central_api import db
from central_api.security import parse_iso
from tests.helpers.api import LiveApi, running_copy

pytestmark = pytest.mark.both_engines

OWN, OTHER = 0, 1  # store indexes in the seeded network: the routes below target store OWN
ACTED_AT = "2026-11-20T12:00:00Z"


def assert_problem(reply, status: int, slug: str) -> dict:
    assert reply.status_code == status, reply.text
    assert reply.headers["content-type"].startswith("application/problem+json")
    body = reply.json()
    assert body["type"] == f"/problems/{slug}"
    return body


# --- one server for the read-only cells ---------------------------------------------------
# Argon2 makes every sign-in cost ~0.2 s, so the many read-only cells share one server and
# sign each person in once. Nothing here advances its clock; cells that change state use live_api.

class Sessions:
    def __init__(self, api: LiveApi) -> None:
        self.api = api
        self._pairs: dict[str, dict[str, Any]] = {}
        self._devices: dict[int, dict[str, Any]] = {}

    def pair(self, username: str) -> dict[str, Any]:
        if username not in self._pairs:
            self._pairs[username] = self.api.login(username)
        return self._pairs[username]

    def staff(self, username: str) -> str:
        return self.pair(username)["access_token"]

    def device(self, store_index: int) -> dict[str, Any]:
        if store_index not in self._devices:
            self._devices[store_index] = self.api.enroll(store_index)
        return self._devices[store_index]


@pytest.fixture(scope="module")
def shared_api(engine_template, tmp_path_factory) -> Iterator[LiveApi]:
    with running_copy(engine_template, tmp_path_factory.mktemp("authz")) as api:
        yield api


@pytest.fixture(scope="module")
def sessions(shared_api) -> Sessions:
    return Sessions(shared_api)


@pytest.fixture(scope="module")
def ids(shared_api) -> dict[str, Any]:
    """Real ids from the seeded database: a sku, and customers with email and orders homed in and outside store OWN."""
    own = shared_api.store(OWN)["id"]
    c = db.customers.c
    with shared_api.database.read() as conn:
        i = db.inventory.c
        sku = conn.execute(select(i.sku).where(i.store_id == own).order_by(i.sku)).scalars().first()
        has_orders = select(db.orders.c.customer_id)
        # "elsewhere": a customer store OWN has never dealt with, so not in its feed scope at all.
        in_own_scope = select(db.customer_scope.c.customer_id).where(db.customer_scope.c.store_id == own)
        picks = {}
        wanted = {"home": c.home_store_id == own, "elsewhere": (c.home_store_id != own) & c.id.not_in(in_own_scope)}
        for key, where in wanted.items():
            query = select(c.data).where(where, c.email_lower.is_not(None), c.id.in_(has_orders)).order_by(c.id)
            picks[key] = json.loads(conn.execute(query).scalars().first())
    assert sku
    return {"sku": sku, "customers": picks}


def username(api: LiveApi, role: str, store_index: int) -> str:
    store = api.store(store_index)
    return store["manager"] if role == "manager" else store["associates"][0]


# --- store routes: role x own/other store -------------------------------------------------

def _call_store_route(api: LiveApi, token: str, route: str, store_id: str, sku: str):
    client = api.client(token)
    if route == "inventory":
        return client.get(f"/v1/stores/{store_id}/inventory", params={"sku": sku})
    if route == "pickups":
        return client.get(f"/v1/stores/{store_id}/pickups")
    if route == "metrics":
        return client.get(f"/v1/stores/{store_id}/metrics")
    if route == "enroll-device":
        return client.post("/v1/devices", json={"store_id": store_id, "name": f"counter-{uuid.uuid4().hex[:6]}"})
    if route == "enrollment-code":
        return client.post(f"/v1/stores/{store_id}/enrollment-codes", json={"expires_in_hours": 1, "uses": 1})
    raise AssertionError(route)


# (route, role) -> what a caller of the route's own store gets; another store's staff always get 403.
OWN_STORE_OUTCOME = {
    ("inventory", "associate"): 200, ("inventory", "manager"): 200,
    ("pickups", "associate"): 200, ("pickups", "manager"): 200,
    ("metrics", "associate"): 403, ("metrics", "manager"): 200,
    ("enroll-device", "associate"): 403, ("enroll-device", "manager"): 201,
    ("enrollment-code", "associate"): 403, ("enrollment-code", "manager"): 201,
}


@pytest.mark.parametrize("store", ["own-store", "other-store"])
@pytest.mark.parametrize("role", ["associate", "manager"])
@pytest.mark.parametrize("route", ["inventory", "pickups", "metrics", "enroll-device", "enrollment-code"])
def test_store_route(shared_api, sessions, ids, route, role, store):
    target = shared_api.store(OWN)["id"]
    caller = username(shared_api, role, OWN if store == "own-store" else OTHER)
    reply = _call_store_route(shared_api, sessions.staff(caller), route, target, ids["sku"])
    expected = OWN_STORE_OUTCOME[(route, role)] if store == "own-store" else 403
    if expected == 403:
        assert_problem(reply, 403, "forbidden")
        return
    assert reply.status_code == expected, reply.text
    body = reply.json()
    if route == "inventory":
        assert [(i["store_id"], i["sku"]) for i in body["items"]] == [(target, ids["sku"])]
    elif route == "pickups":
        assert body["items"] and {p["store_id"] for p in body["items"]} == {target}
    elif route == "metrics":
        assert body["store_id"] == target and "open_by_status" in body
    elif route == "enrollment-code":
        assert body["uses"] == 1 and len(body["code"].replace("-", "")) == 10
    else:
        assert body["store_id"] == target and body["device_token"]


@pytest.mark.parametrize("device_store", ["own-store", "other-store"])
def test_changes_with_device_token(shared_api, sessions, device_store):
    target = shared_api.store(OWN)["id"]
    device = sessions.device(OWN if device_store == "own-store" else OTHER)
    reply = shared_api.client(device["device_token"]).get(f"/v1/stores/{target}/changes", params={"limit": 5})
    if device_store == "other-store":
        assert_problem(reply, 403, "forbidden")
    else:
        assert reply.status_code == 200, reply.text
        assert len(reply.json()["changes"]) == 5


def test_device_cannot_push_a_batch_naming_another_device(shared_api, sessions):
    own, other = sessions.device(OWN), sessions.device(OTHER)
    reply = shared_api.client(own["device_token"]).post("/v1/mutations", json={"device_id": other["device_id"], "mutations": []})
    assert_problem(reply, 403, "forbidden")


# --- customer look-ups: any signed-in staff, any store ------------------------------------

CUSTOMER_ROUTES = ["search", "customer", "carts", "orders", "notes", "products"]


@pytest.mark.parametrize("customer", ["home", "elsewhere"])
@pytest.mark.parametrize("role", ["associate", "manager"])
@pytest.mark.parametrize("route", CUSTOMER_ROUTES)
def test_customer_lookups_are_open_to_staff_of_any_store(shared_api, sessions, ids, route, role, customer):
    # Staff of store OWN looking up a customer homed there, and one who never dealt with store OWN.
    record = ids["customers"][customer]
    cid = record["id"]
    client = shared_api.client(sessions.staff(username(shared_api, role, OWN)))
    if route == "search":
        reply = client.get("/v1/customers", params={"q": record["email"]})
        assert reply.status_code == 200, reply.text
        assert cid in [c["id"] for c in reply.json()["items"]]
    elif route == "customer":
        reply = client.get(f"/v1/customers/{cid}")
        assert reply.status_code == 200, reply.text
        assert reply.json()["id"] == cid
    elif route == "products":
        reply = client.get("/v1/products", params={"sku": ids["sku"]})
        assert reply.status_code == 200, reply.text
        assert [p["sku"] for p in reply.json()["items"]] == [ids["sku"]]
    else:
        reply = client.get(f"/v1/customers/{cid}/{route}")
        assert reply.status_code == 200, reply.text
        items = reply.json()["items"]
        assert all(item["customer_id"] == cid for item in items)
        if route == "orders":
            assert items


# --- v1.1: the chain's stores, product look-up and stock across stores: any staff, any store ----

@pytest.mark.parametrize("store", ["own-store", "other-store"])
@pytest.mark.parametrize("role", ["associate", "manager"])
@pytest.mark.parametrize("route", ["stores", "product-search", "inventory-across"])
def test_chain_lookups_are_open_to_staff_of_any_store(shared_api, sessions, ids, route, role, store):
    client = shared_api.client(sessions.staff(username(shared_api, role, OWN if store == "own-store" else OTHER)))
    every_store = {s["id"] for s in shared_api.network["stores"]}
    if route == "stores":
        reply = client.get("/v1/stores")
        assert reply.status_code == 200, reply.text
        assert {s["id"] for s in reply.json()["items"]} == every_store
    elif route == "product-search":
        reply = client.get("/v1/products", params={"q": ids["sku"]})
        assert reply.status_code == 200, reply.text
        assert reply.json()["items"][0]["sku"] == ids["sku"]
    else:
        # Every store's stock, not only the caller's: what /v1/stores/{id}/inventory refuses (403) for another store.
        reply = client.get("/v1/inventory", params={"sku": ids["sku"]})
        assert reply.status_code == 200, reply.text
        assert {(i["store_id"], i["sku"]) for i in reply.json()["items"]} == {(s, ids["sku"]) for s in every_store}


# --- no token, no data --------------------------------------------------------------------

def _routes(ids: dict[str, Any], store_id: str) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """Every route but /v1/health and the sign-in endpoints: (method, path, httpx kwargs)."""
    cid = ids["customers"]["home"]["id"]
    return {
        "me": ("GET", "/v1/me", {}),
        "logout": ("POST", "/v1/auth/logout", {}),
        "enroll-device": ("POST", "/v1/devices", {"json": {"store_id": store_id, "name": "counter"}}),
        "enrollment-code": ("POST", f"/v1/stores/{store_id}/enrollment-codes",
                            {"json": {"expires_in_hours": 1, "uses": 1}}),
        "search": ("GET", "/v1/customers", {"params": {"q": "a"}}),
        "customer": ("GET", f"/v1/customers/{cid}", {}),
        "carts": ("GET", f"/v1/customers/{cid}/carts", {}),
        "orders": ("GET", f"/v1/customers/{cid}/orders", {}),
        "notes": ("GET", f"/v1/customers/{cid}/notes", {}),
        "products": ("GET", "/v1/products", {"params": {"sku": ids["sku"]}}),
        "inventory": ("GET", f"/v1/stores/{store_id}/inventory", {"params": {"sku": ids["sku"]}}),
        "pickups": ("GET", f"/v1/stores/{store_id}/pickups", {}),
        "metrics": ("GET", f"/v1/stores/{store_id}/metrics", {}),
        "changes": ("GET", f"/v1/stores/{store_id}/changes", {}),
        "mutations": ("POST", "/v1/mutations", {"json": {"device_id": "dev_x", "mutations": []}}),
        "stores": ("GET", "/v1/stores", {}),
        "product-search": ("GET", "/v1/products", {"params": {"q": "a"}}),
        "inventory-across": ("GET", "/v1/inventory", {"params": {"sku": ids["sku"]}}),
    }


ALL_ROUTES = ["me", "logout", "enroll-device", "enrollment-code", "search", "customer", "carts", "orders", "notes", "products",
              "inventory", "pickups", "metrics", "changes", "mutations", "stores", "product-search", "inventory-across"]
DEVICE_ROUTES = ["changes", "mutations"]
STAFF_ROUTES = [r for r in ALL_ROUTES if r not in DEVICE_ROUTES]


def _request(api: LiveApi, token: str | None, ids, route: str):
    method, path, kwargs = _routes(ids, api.store(OWN)["id"])[route]
    return api.client(token).request(method, path, **kwargs)


@pytest.mark.parametrize("credential", ["no-token", "garbage-token", "refresh-token-as-bearer"])
@pytest.mark.parametrize("route", ALL_ROUTES)
def test_no_token_no_data(shared_api, sessions, ids, route, credential):
    token = {"no-token": None, "garbage-token": "not-a-real-token-" + "x" * 30,
             "refresh-token-as-bearer": sessions.pair("manager1")["refresh_token"]}[credential]
    assert_problem(_request(shared_api, token, ids, route), 401, "unauthenticated")


def test_a_code_enrolls_with_no_token_into_the_codes_store_only(shared_api, sessions):
    # The one staff route that also takes no token: with an enrollment code, which decides the store.
    made = shared_api.client(sessions.staff(shared_api.store(OWN)["manager"])).post(
        f"/v1/stores/{shared_api.store(OWN)['id']}/enrollment-codes", json={"expires_in_hours": 1, "uses": 2})
    code = made.json()["code"]
    other = shared_api.store(OTHER)["id"]
    assert_problem(shared_api.client().post("/v1/devices", json={"enrollment_code": code, "store_id": other,
                                                                  "name": "c"}), 401, "unauthenticated")
    # A staff token sent along changes nothing: another store's manager still gets the code's store.
    reply = shared_api.client(sessions.staff(shared_api.store(OTHER)["manager"])).post(
        "/v1/devices", json={"enrollment_code": code, "name": "c"})
    assert reply.status_code == 201 and reply.json()["store_id"] == shared_api.store(OWN)["id"]
    device = reply.json()
    feed = shared_api.client(device["device_token"]).get(f"/v1/stores/{other}/changes")
    assert_problem(feed, 403, "forbidden")


def test_health_needs_no_token(shared_api):
    assert shared_api.client().get("/v1/health").status_code == 200


@pytest.mark.parametrize("route", DEVICE_ROUTES)
def test_staff_token_is_refused_on_device_routes(shared_api, sessions, ids, route):
    assert_problem(_request(shared_api, sessions.staff("manager1"), ids, route), 401, "unauthenticated")


@pytest.mark.parametrize("route", STAFF_ROUTES)
def test_device_token_is_refused_on_staff_routes(shared_api, sessions, ids, route):
    assert_problem(_request(shared_api, sessions.device(OWN)["device_token"], ids, route), 401, "unauthenticated")


# --- manager-only mutations: acted_by role x store ----------------------------------------

def _pickup_for(live_api, name: str, store_id: str) -> str:
    """A pickup of the store in a status where `name` would apply (moving the clock if needed)."""
    wanted = {"pickup.cancel.v1": "new", "pickup.start_picking.v1": "new",
              "pickup.mark_no_show.v1": "ready", "pickup.restock.v1": "no_show"}[name]
    p = db.pickups.c
    with live_api.database.read() as conn:
        rows = conn.execute(select(p.id, p.data).where(p.store_id == store_id, p.status == wanted).order_by(p.id)).all()
    assert rows, f"the seeded store {store_id} has no {wanted} pickup"
    if name != "pickup.mark_no_show.v1":
        return rows[0].id
    # No-show needs the collect-by deadline passed: take the earliest and move past it if needed.
    pickup_id, data = min(((r.id, json.loads(r.data)) for r in rows), key=lambda r: r[1]["pickup_by"])
    deadline = parse_iso(data["pickup_by"]) + timedelta(minutes=1)
    if deadline > live_api.clock.now():
        live_api.clock.advance((deadline - live_api.clock.now()).total_seconds())
    return pickup_id


def _push(live_api, device: dict[str, Any], name: str, acted_by: str, args: dict[str, Any]) -> dict[str, Any]:
    mutation_id = str(uuid.uuid4())
    reply = live_api.client(device["device_token"]).post("/v1/mutations", json={
        "device_id": device["device_id"],
        "mutations": [{"mutation_id": mutation_id, "seq": 1, "name": name, "acted_by": acted_by,
                       "acted_at": ACTED_AT, "args": args}],
    })
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert [r["mutation_id"] for r in body["results"]] == [mutation_id]
    # A rejection is permanent and still advances the device's seq.
    assert body["device_last_seq"] == 1
    return body["results"][0]


MUTATION_ARGS = {
    "pickup.cancel.v1": {"reason": "Customer asked to cancel"},
    "pickup.mark_no_show.v1": {},
    "pickup.restock.v1": {},
    "pickup.start_picking.v1": {},
}
MANAGER_ONLY = {"pickup.cancel.v1", "pickup.mark_no_show.v1", "pickup.restock.v1"}
AFTER = {"pickup.cancel.v1": "cancelled", "pickup.mark_no_show.v1": "no_show",
         "pickup.restock.v1": "restocked", "pickup.start_picking.v1": "picking"}


@pytest.mark.parametrize("actor_store", ["own-store", "other-store"])
@pytest.mark.parametrize("role", ["associate", "manager"])
@pytest.mark.parametrize("name", sorted(MUTATION_ARGS))
def test_mutation_acted_by(live_api, name, role, actor_store):
    device = live_api.enroll(OWN)
    pickup_id = _pickup_for(live_api, name, device["store_id"])
    actor = live_api.staff_id(username(live_api, role, OWN if actor_store == "own-store" else OTHER))
    with live_api.database.read() as conn:
        before = conn.execute(select(db.pickups.c.status).where(db.pickups.c.id == pickup_id)).scalar_one()

    result = _push(live_api, device, name, actor, {"pickup_id": pickup_id, **MUTATION_ARGS[name]})

    allowed = actor_store == "own-store" and (role == "manager" or name not in MANAGER_ONLY)
    with live_api.database.read() as conn:
        after = conn.execute(select(db.pickups.c.status).where(db.pickups.c.id == pickup_id)).scalar_one()
    if allowed:
        assert result["status"] == "applied", result
        assert result["problem"] is None
        assert result["entity"]["id"] == pickup_id and result["entity"]["status"] == AFTER[name]
        assert after == AFTER[name]
    else:
        assert result["status"] == "rejected", result
        assert result["problem"]["type"] == "/problems/forbidden"
        assert result["problem"]["status"] == 403
        assert after == before


# --- v1.1 mutations: any staff member of the device's store ---------------------------------

def _stock_args(live_api, name: str, ids, store_id: str) -> dict[str, Any]:
    customer = ids["customers"]["elsewhere"]["id"]
    i = db.inventory.c
    with live_api.database.read() as conn:
        rows = [json.loads(t) for t in conn.execute(select(i.data).where(i.store_id == store_id).order_by(i.sku)).scalars()]
    sku = next(r["sku"] for r in rows if r["available"] > 0)
    if name == "cart.add_line.v1":
        return {"customer_id": customer, "sku": sku, "quantity": 1}
    return {"order_id": str(uuid.uuid4()), "customer_id": customer, "store_id": store_id,
            "lines": [{"sku": sku, "quantity": 1}]}


@pytest.mark.parametrize("actor_store", ["own-store", "other-store"])
@pytest.mark.parametrize("role", ["associate", "manager"])
@pytest.mark.parametrize("name", ["cart.add_line.v1", "order.place_pickup.v1"])
def test_stock_mutation_acted_by(live_api, ids, name, role, actor_store):
    device = live_api.enroll(OWN)
    # Collecting at the other store: a counter may order for pickup anywhere in the chain.
    args = _stock_args(live_api, name, ids, live_api.store(OTHER)["id"])
    actor = live_api.staff_id(username(live_api, role, OWN if actor_store == "own-store" else OTHER))
    with live_api.database.read() as conn:
        carts_before = conn.execute(select(db.carts.c.data).where(db.carts.c.customer_id == args["customer_id"])).scalars().all()

    result = _push(live_api, device, name, actor, args)

    with live_api.database.read() as conn:
        carts_after = conn.execute(select(db.carts.c.data).where(db.carts.c.customer_id == args["customer_id"])).scalars().all()
        order = conn.execute(select(db.orders.c.data).where(db.orders.c.id == args.get("order_id", ""))).scalar()
    if actor_store == "own-store":
        assert result["status"] == "applied", result
        if name == "cart.add_line.v1":
            assert result["entity"]["customer_id"] == args["customer_id"]
            assert carts_after != carts_before
        else:
            assert result["entity"]["id"] == args["order_id"] and order is not None
    else:
        assert result["status"] == "rejected", result
        assert result["problem"]["type"] == "/problems/forbidden" and result["problem"]["status"] == 403
        assert carts_after == carts_before and order is None
