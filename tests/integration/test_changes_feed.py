"""The per-store change feed (GET /v1/stores/{id}/changes): snapshot, deltas, tombstones, 410 and long-poll."""

from __future__ import annotations

import random
import threading
import time
import uuid
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from central_api import db, entities, feed, simulate
from central_api.security import parse_iso

pytestmark = pytest.mark.both_engines

Key = tuple[str, str]

CLOSED_STATUSES = ("picked_up", "restocked", "cancelled")
DAY = 86400
# API.md says "orders of the last 24 months", counted in calendar months: no band of doubt is left
# at the boundary (the slack that the comparison allows is zero).
ORDER_SLACK = timedelta(0)


# --- the store's scope, computed from the entity tables (not from the feed table) --------------

def _months_back(moment: datetime, months: int) -> datetime:
    year, month = divmod(moment.year * 12 + moment.month - 1 - months, 12)
    day = min(moment.day, 28) if month + 1 == 2 else min(moment.day, 30 if month + 1 in (4, 6, 9, 11) else 31)
    return moment.replace(year=year, month=month + 1, day=day)


def _closed_at(pickup: dict[str, Any]) -> str | None:
    if pickup["status"] == "picked_up":
        return pickup["picked_up_at"]
    if pickup["status"] in ("restocked", "cancelled"):
        return pickup["updated_at"]
    return None


def _all(conn, table) -> list[dict[str, Any]]:
    return [db.loads(text) for text in conn.execute(select(table.c.data)).scalars()]


def expected_scope(conn, store_id: str, now: datetime) -> tuple[dict[Key, dict[str, Any]], set[Key]]:
    """API.md's scope of a store at `now`, as {(entity, id): data}, and the orders in the 24-month slack band."""
    scope: dict[Key, dict[str, Any]] = {}
    kept_since = now - timedelta(days=30)
    pickup_customers = set()
    for p in _all(conn, db.pickups):
        closed = _closed_at(p)
        if p["store_id"] == store_id and (closed is None or parse_iso(closed) >= kept_since):
            scope[("pickup", p["id"])] = p
            pickup_customers.add(p["customer_id"])
    customers = {c["id"] for c in _all(conn, db.customers) if c["home_store_id"] == store_id or c["id"] in pickup_customers}
    for c in _all(conn, db.customers):
        if c["id"] in customers:
            scope[("customer", c["id"])] = c
    for entity, table in (("cart", db.carts), ("note", db.notes)):
        for item in _all(conn, table):
            if item["customer_id"] in customers:
                scope[(entity, item["id"])] = item
    order_since = _months_back(now, 24)
    slack: set[Key] = set()
    for o in _all(conn, db.orders):
        if o["customer_id"] in customers:
            placed = parse_iso(o["placed_at"])
            if placed >= order_since:
                scope[("order", o["id"])] = o
            elif placed >= order_since - ORDER_SLACK:
                slack.add(("order", o["id"]))
    for item in _all(conn, db.inventory):
        if item["store_id"] == store_id:
            scope[("inventory", item["sku"])] = item
    for product in _all(conn, db.products):
        scope[("product", product["sku"])] = product
    # v1.1: every store of the chain, and this store's own (active) staff.
    for store in _all(conn, db.store_profiles):
        scope[("store", store["id"])] = store
    members = set(conn.execute(select(db.staff_stores.c.staff_id).join(db.staff, db.staff.c.id == db.staff_stores.c.staff_id)
                               .where(db.staff_stores.c.store_id == store_id, db.staff.c.active.is_(True))).scalars())
    for person in _all(conn, db.staff_profiles):
        if person["id"] in members:
            scope[("staff", person["id"])] = person
    return scope, slack


def assert_state_is_scope(live_api, store_id: str, state: dict[Key, dict[str, Any]]) -> None:
    with live_api.database.read() as conn:
        expected, slack = expected_scope(conn, store_id, live_api.clock.now())
    got = {key: data for key, data in state.items() if key not in slack}
    missing = sorted(set(expected) - set(got))
    extra = sorted(set(got) - set(expected))
    assert not missing and not extra, f"missing from the feed: {missing[:10]}, not in scope: {extra[:10]}"
    stale = sorted(key for key in expected if got[key]["version"] != expected[key]["version"])
    assert not stale, f"older versions than the database: {stale[:10]}"
    assert got == expected


# --- pulling -----------------------------------------------------------------------------------

def changes_url(store_id: str) -> str:
    return f"/v1/stores/{store_id}/changes"


def pull(client, store_id: str, cursor: str | None = None, **params: Any) -> dict[str, Any]:
    if cursor is not None:
        params["cursor"] = cursor
    reply = client.get(changes_url(store_id), params=params)
    assert reply.status_code == 200, reply.text
    return reply.json()


def apply(state: dict[Key, dict[str, Any]], changes: list[dict[str, Any]]) -> None:
    for change in changes:
        key = (change["entity"], change["id"])
        if change["op"] == "upsert":
            state[key] = change["data"]
        else:
            state.pop(key, None)


def pull_all(client, store_id: str, state: dict[Key, dict[str, Any]], cursor: str | None = None,
             limit: int = 500) -> tuple[str, list[dict[str, Any]]]:
    """Page until has_more is false, applying every page; returns the last cursor and the pages."""
    pages = []
    while True:
        page = pull(client, store_id, cursor, limit=limit)
        pages.append(page)
        apply(state, page["changes"])
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return cursor, pages
        assert len(pages) < 100, "the feed never ends"


def keys_of(changes: list[dict[str, Any]]) -> dict[Key, int]:
    return {(c["entity"], c["id"]): c["version"] for c in changes}


def synced_device(live_api, store_index: int = 0) -> tuple[dict[str, Any], Any, dict[Key, dict[str, Any]], str]:
    """An enrolled device that has pulled its whole snapshot: (device, client, state, cursor)."""
    device = live_api.enroll(store_index)
    client = live_api.client(device["device_token"])
    state: dict[Key, dict[str, Any]] = {}
    cursor, _ = pull_all(client, device["store_id"], state)
    return device, client, state, cursor


# --- snapshot ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("store_index", "limit"), [(0, 100), (1, 250), (2, 500)])
def test_snapshot_from_no_cursor_is_exactly_the_stores_scope(live_api, store_index, limit):
    device = live_api.enroll(store_index)
    client = live_api.client(device["device_token"])
    state: dict[Key, dict[str, Any]] = {}
    cursor, pages = pull_all(client, device["store_id"], state, limit=limit)

    assert len(pages) > 1
    assert_state_is_scope(live_api, device["store_id"], state)
    kinds = {entity for entity, _ in state}
    assert kinds == {"customer", "cart", "order", "note", "pickup", "inventory", "product", "store", "staff"}


def test_snapshot_pages_hold_each_entity_once_in_seq_order(live_api):
    device = live_api.enroll(0)
    client = live_api.client(device["device_token"])
    cursor, pages = pull_all(client, device["store_id"], {}, limit=100)

    seqs = [c["seq"] for page in pages for c in page["changes"]]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
    for page in pages:
        keys = [(c["entity"], c["id"]) for c in page["changes"]]
        assert len(keys) == len(set(keys))
        assert len(page["changes"]) <= 100
        assert page["device_last_seq"] == 0
    assert [p["has_more"] for p in pages] == [True] * (len(pages) - 1) + [False]

    after_end = pull(client, device["store_id"], cursor, limit=100)
    assert after_end["changes"] == [] and after_end["has_more"] is False
    assert after_end["next_cursor"] == cursor


def test_a_page_carries_ids_and_data_that_need_escaping_exactly_as_stored(live_api):
    """The server writes each change's JSON in SQL: quotes, backslashes, control characters and text
    beyond ASCII in an id or in the data arrive as they were stored."""
    device, client, _, cursor = synced_device(live_api)
    sku = 'SKU "7\\9"\tç中😀'
    product = {"sku": sku, "name": 'Tea "Öolong" \\ 緑茶\n😀', "category": "drinks", "barcode": None,
               "price_cents": 450, "currency": "EUR"}
    with live_api.database.write() as conn:
        conn.execute(db.products.insert().values(sku=sku, version=1, barcode=None, data=db.dumps(product)))
        feed.record(conn, [("product", sku, 1, "upsert")], [device["store_id"]], int(live_api.clock.time()))
    page = pull(client, device["store_id"], cursor)
    assert [(c["entity"], c["id"], c["op"], c["version"], c["data"]) for c in page["changes"]] == [
        ("product", sku, "upsert", 1, product)]


# --- deltas ------------------------------------------------------------------------------------

def test_next_page_holds_exactly_the_changed_entities_at_their_latest_version(live_api):
    device, client, state, cursor = synced_device(live_api)
    store_id = device["store_id"]
    with live_api.database.write() as conn:
        cart = simulate.cart_edit(conn, random.Random(1), live_api.clock, store_id=store_id)
        customer = simulate.customer_update(conn, random.Random(2), live_api.clock, store_id=store_id)

    page = pull(client, store_id, cursor)

    assert keys_of(page["changes"]) == {("cart", cart["id"]): cart["version"], ("customer", customer["id"]): customer["version"]}
    by_key = {(c["entity"], c["id"]): c for c in page["changes"]}
    assert by_key[("cart", cart["id"])]["data"] == cart
    assert by_key[("customer", customer["id"])]["data"] == customer
    assert page["has_more"] is False


def test_a_new_web_pickup_arrives_with_everything_it_changed(live_api):
    device, client, state, cursor = synced_device(live_api)
    store_id = device["store_id"]
    before = {key: data["version"] for key, data in state.items()}
    with live_api.database.write() as conn:
        pickup = simulate.new_pickup(conn, random.Random(3), live_api.clock, store_id=store_id)
        expected, _ = expected_scope(conn, store_id, live_api.clock.now())

    cursor, pages = pull_all(client, store_id, state, cursor)

    changed = {key: data["version"] for key, data in expected.items() if before.get(key) != data["version"]}
    assert keys_of([c for page in pages for c in page["changes"]]) == changed
    assert {entity for entity, _ in changed} == {"pickup", "order", "customer", "inventory"}
    assert state[("pickup", pickup["id"])] == pickup
    assert_state_is_scope(live_api, store_id, state)


def test_an_entity_changed_three_times_between_pulls_comes_once_at_its_last_version(live_api):
    device, client, state, cursor = synced_device(live_api)
    store_id = device["store_id"]
    edits = []
    for _ in range(3):
        # The same seed picks the same customer and product each time: one cart edited three times.
        with live_api.database.write() as conn:
            edits.append(simulate.cart_edit(conn, random.Random(7), live_api.clock, store_id=store_id))
    assert len({e["id"] for e in edits}) == 1
    assert [e["version"] for e in edits] == [edits[0]["version"] + i for i in range(3)]

    page = pull(client, store_id, cursor)

    assert [(c["entity"], c["id"], c["version"]) for c in page["changes"]] == [("cart", edits[2]["id"], edits[2]["version"])]
    assert page["changes"][0]["data"] == edits[2]


def _place_pickup(conn, clock, customer_id: str, store_id: str) -> dict[str, Any]:
    """A web order for pickup at `store_id`, saved the way the central system saves one."""
    now_ts = int(clock.time())
    now = entities.iso_ts(now_ts)
    product = db.loads(conn.execute(select(db.products.c.data).order_by(db.products.c.sku).limit(1)).scalar_one())
    suffix = uuid.uuid4().hex[:8]
    order = entities.save(conn, "order", {
        "id": f"or_t{suffix}", "number": f"CL-T{suffix.upper()}", "customer_id": customer_id, "channel": "web",
        "placed_at": now, "status": "paid", "fulfillment": "pickup", "store_id": store_id, "currency": "EUR",
        "total_cents": product["price_cents"],
        "lines": [{"sku": product["sku"], "name": product["name"], "quantity": 1, "unit_price_cents": product["price_cents"]}],
    }, now_ts, is_new=True)
    return entities.save(conn, "pickup", {
        "id": f"pk_t{suffix}", "order_id": order["id"], "order_number": order["number"], "customer_id": customer_id,
        "customer_name": "Test Customer", "store_id": store_id, "status": "new", "created_at": now,
        "promised_by": entities.iso_ts(now_ts + 4 * 3600), "ready_at": None, "pickup_by": None, "picked_up_at": None,
        "shelf_location": None, "pickup_code": "TEST42", "alternate_pickup_name": None, "customer_arrived_at": None,
        "arrival_note": None, "notifications": [], "handover": None, "cancel_reason": None,
        "lines": [{"sku": product["sku"], "name": product["name"], "quantity": 1, "picked_quantity": 0, "collected_quantity": 0}],
    }, now_ts, is_new=True)


def test_a_pickup_for_another_stores_customer_brings_that_customer_into_the_feed(live_api):
    device, client, state, cursor = synced_device(live_api)
    store_id = device["store_id"]
    with live_api.database.read() as conn:
        # A customer of another home store with a cart, orders and a note, not yet in this store's feed.
        candidates = [
            c for c in _all(conn, db.customers)
            if c["home_store_id"] != store_id and ("customer", c["id"]) not in state
            and conn.execute(select(db.carts.c.id).where(db.carts.c.customer_id == c["id"])).first()
            and conn.execute(select(db.notes.c.id).where(db.notes.c.customer_id == c["id"])).first()
            and c["stats"]["orders_count"] >= 2
        ]
    assert candidates
    customer = candidates[0]
    with live_api.database.write() as conn:
        pickup = _place_pickup(conn, live_api.clock, customer["id"], store_id)
        carts, notes, orders = (
            {(entity, i) for i in conn.execute(select(table.c.id).where(table.c.customer_id == customer["id"])).scalars()}
            for entity, table in (("cart", db.carts), ("note", db.notes), ("order", db.orders))
        )

    cursor, pages = pull_all(client, store_id, state, cursor)

    arrived = set(keys_of([c for page in pages for c in page["changes"]]))
    assert {("customer", customer["id"]), ("pickup", pickup["id"])} | carts | notes <= arrived
    assert len(orders & arrived) >= 2 and ("order", pickup["order_id"]) in arrived
    assert_state_is_scope(live_api, store_id, state)


# --- tombstones and the 410 horizon ------------------------------------------------------------

def _sweep(live_api) -> dict[str, int]:
    with live_api.database.write() as conn:
        return feed.sweep(conn, int(live_api.clock.time()))


def _hand_over(live_api, client, device, pickup: dict[str, Any], seq: int) -> dict[str, Any]:
    staff_id = live_api.staff_id(live_api.store(0)["associates"][0])
    reply = client.post("/v1/mutations", json={"device_id": device["device_id"], "mutations": [{
        "mutation_id": str(uuid.uuid4()), "seq": seq, "name": "pickup.hand_over.v1", "acted_by": staff_id,
        "acted_at": live_api.clock.iso(), "args": {
            "pickup_id": pickup["id"], "pickup_code": pickup["pickup_code"], "collected_by": "customer",
            "id_check": "order_code_only", "id_last4": None,
            "collected": [{"sku": ln["sku"], "quantity": ln["picked_quantity"]} for ln in pickup["lines"]],
        }}]})
    assert reply.status_code == 200, reply.text
    result = reply.json()["results"][0]
    assert result["status"] == "applied", result
    return result["entity"]


def _lone_ready_pickup_of_a_visitor(state: dict[Key, dict[str, Any]], store_id: str) -> dict[str, Any]:
    """A ready pickup whose customer is in this store's feed only because of it."""
    in_scope = [data for (entity, _), data in state.items() if entity == "pickup"]
    for p in sorted(in_scope, key=lambda p: p["id"]):
        customer = state[("customer", p["customer_id"])]
        if p["status"] == "ready" and customer["home_store_id"] != store_id \
                and sum(q["customer_id"] == p["customer_id"] for q in in_scope) == 1:
            return p
    raise AssertionError("the seeded store has no such pickup")


def test_a_closed_pickup_leaves_the_feed_as_a_tombstone_after_30_days(live_api):
    device, client, state, cursor = synced_device(live_api)
    store_id = device["store_id"]
    pickup = _lone_ready_pickup_of_a_visitor(state, store_id)
    _hand_over(live_api, client, device, pickup, seq=1)
    handed = pull(client, store_id, cursor)
    apply(state, handed["changes"])
    assert state[("pickup", pickup["id"])]["status"] == "picked_up"
    assert handed["device_last_seq"] == 1
    cursor = handed["next_cursor"]

    live_api.clock.advance(31 * DAY)
    assert _sweep(live_api)["pickups_aged_out"] >= 1
    cursor, pages = pull_all(client, store_id, state, cursor)

    changes = [c for page in pages for c in page["changes"]]
    deletes = {(c["entity"], c["id"]): c for c in changes if c["op"] == "delete"}
    assert deletes[("pickup", pickup["id"])]["data"] is None
    # The customer was in this store only for that pickup, so they (and their orders) leave too.
    assert ("customer", pickup["customer_id"]) in deletes
    assert ("order", pickup["order_id"]) in deletes
    assert all(c["data"] is None for c in deletes.values())
    assert all(c["data"] is not None for c in changes if c["op"] == "upsert")
    assert_state_is_scope(live_api, store_id, state)


def test_a_cursor_older_than_purged_tombstones_must_resync(live_api):
    device, client, state, old_cursor = synced_device(live_api)
    store_id = device["store_id"]
    live_api.clock.advance(31 * DAY)
    _sweep(live_api)
    recent_cursor, _ = pull_all(client, store_id, state, old_cursor)
    live_api.clock.advance(31 * DAY)
    assert _sweep(live_api)["tombstones_purged"] >= 1

    stale = client.get(changes_url(store_id), params={"cursor": old_cursor})
    assert stale.status_code == 410
    assert stale.headers["content-type"].startswith("application/problem+json")
    assert stale.json()["type"] == "/problems/resync-required"
    # A device that kept up is not sent back to the start.
    assert client.get(changes_url(store_id), params={"cursor": recent_cursor}).status_code == 200
    # A new snapshot pages through upserts older than the purge and still completes.
    fresh: dict[Key, dict[str, Any]] = {}
    _, pages = pull_all(client, store_id, fresh)
    assert len(pages) > 1
    assert_state_is_scope(live_api, store_id, fresh)


def test_a_snapshot_paused_across_a_purge_must_restart(live_api):
    device = live_api.enroll(0)
    client = live_api.client(device["device_token"])
    store_id = device["store_id"]
    first = pull(client, store_id, limit=100)
    assert first["has_more"] is True
    # Entities on the first page may be deleted and their tombstones purged before the device resumes.
    live_api.clock.advance(31 * DAY)
    _sweep(live_api)
    live_api.clock.advance(31 * DAY)
    assert _sweep(live_api)["tombstones_purged"] >= 1

    _assert_problem(client.get(changes_url(store_id), params={"cursor": first["next_cursor"]}), 410, "resync-required")


# --- long-poll ---------------------------------------------------------------------------------

def test_long_poll_answers_soon_after_a_change(live_api):
    device, client, state, cursor = synced_device(live_api)
    store_id = device["store_id"]
    changed: dict[str, Any] = {}

    def edit_later() -> None:
        time.sleep(0.5)
        with live_api.database.write() as conn:
            changed["cart"] = simulate.cart_edit(conn, random.Random(1), live_api.clock, store_id=store_id)
        changed["at"] = time.monotonic()

    writer = threading.Thread(target=edit_later)
    started = time.monotonic()
    writer.start()
    page = pull(client, store_id, cursor, wait=5)
    answered = time.monotonic()
    writer.join()

    assert keys_of(page["changes"]) == {("cart", changed["cart"]["id"]): changed["cart"]["version"]}
    assert answered - started >= 0.5
    assert answered - changed["at"] < 1.5


def test_long_poll_with_nothing_new_answers_empty_when_the_wait_is_over(live_api):
    device, client, _, cursor = synced_device(live_api)

    started = time.monotonic()
    page = pull(client, device["store_id"], cursor, wait=1)
    elapsed = time.monotonic() - started

    assert 0.9 <= elapsed < 2.5
    assert page["changes"] == [] and page["has_more"] is False
    assert page["next_cursor"] == cursor
    assert page["device_last_seq"] == 0


# --- refusals ----------------------------------------------------------------------------------

def _assert_problem(reply, status: int, slug: str) -> None:
    assert reply.status_code == status, reply.text
    assert reply.headers["content-type"].startswith("application/problem+json")
    assert reply.json()["type"] == f"/problems/{slug}"


@pytest.mark.parametrize("params", [{"cursor": "not a cursor!"}, {"cursor": "YWJjOjEy"}, {"wait": 31}, {"limit": 2001}])
def test_bad_paging_parameters_are_a_validation_problem(live_api, params):
    device = live_api.enroll(0)
    client = live_api.client(device["device_token"])
    _assert_problem(client.get(changes_url(device["store_id"]), params=params), 422, "validation")


def test_a_device_cannot_pull_another_stores_feed(live_api):
    device = live_api.enroll(0)
    client = live_api.client(device["device_token"])
    _assert_problem(client.get(changes_url(live_api.store(1)["id"])), 403, "forbidden")
