"""Pickup actions and other device mutations pushed to the real server through POST /v1/mutations."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from central_api import db
from central_api.app import create_app
from central_api.security import iso, parse_iso
from central_api.server import BackgroundServer
from tests.helpers.api import SEED_NOW, FrozenClock, LiveApi, Template

pytestmark = pytest.mark.both_engines

NOW = iso(SEED_NOW)
STATUSES = ("new", "picking", "ready", "picked_up", "no_show", "restocked", "cancelled")
ACTIONS = ("start_picking", "mark_ready", "hand_over", "notify", "record_arrival", "mark_no_show", "restock", "cancel")

# API.md "Pickup": the statuses each action may start from, and the status it leads to. Actions
# without a target (notify, record_arrival) change the pickup but leave its status alone.
SOURCES = {
    "start_picking": {"new"},
    "mark_ready": {"picking"},
    "hand_over": {"ready"},
    "notify": {"ready"},
    "record_arrival": {"new", "picking", "ready"},
    "mark_no_show": {"ready"},
    "restock": {"no_show"},
    "cancel": {"new", "picking", "ready"},
}
TARGETS = {"start_picking": "picking", "mark_ready": "ready", "hand_over": "picked_up", "mark_no_show": "no_show",
           "restock": "restocked", "cancel": "cancelled"}


def expected_outcome(status: str, action: str) -> tuple[str, str]:
    """(result status, pickup status after) that the contract asks for."""
    if status in SOURCES[action]:
        return "applied", TARGETS.get(action, status)
    if TARGETS.get(action) == status:
        return "noop", status  # already in the asked-for state
    return "rejected", status


class Device:
    """An enrolled counter that numbers its mutations the way the app's outbox does."""

    def __init__(self, api: LiveApi, enrolled: dict[str, Any], http: httpx.Client) -> None:
        self.id = enrolled["device_id"]
        self.store_id = enrolled["store_id"]
        self.http = http
        store = next(s for s in api.network["stores"] if s["id"] == self.store_id)
        self.manager = api.staff_id(store["manager"])
        self.associate = api.staff_id(store["associates"][0])
        self.seq = 0

    def mutation(self, name: str, args: dict[str, Any], *, acted_by: str | None = None) -> dict[str, Any]:
        self.seq += 1
        return {"mutation_id": str(uuid.uuid4()), "seq": self.seq, "name": name,
                "acted_by": acted_by or self.manager, "acted_at": NOW, "args": args}

    def push(self, *mutations: dict[str, Any]) -> dict[str, Any]:
        reply = self.http.post("/v1/mutations", json={"device_id": self.id, "mutations": list(mutations)})
        assert reply.status_code == 200, reply.text
        return reply.json()

    def do(self, name: str, args: dict[str, Any], *, acted_by: str | None = None) -> dict[str, Any]:
        (result,) = self.push(self.mutation(name, args, acted_by=acted_by))["results"]
        return result


@dataclass
class _Module:
    api: LiveApi
    template: Template
    snapshot: Any
    enrolled: dict[str, Any]
    device_http: httpx.Client
    staff_http: httpx.Client


@pytest.fixture(scope="module")
def _module(engine_template, tmp_path_factory) -> Iterator[_Module]:
    """The live_api server, started once for this module, with a counter of store 0 enrolled.

    A server per test costs a start, a stop and an Argon2 sign-in to enroll (about 0.6 s); with
    89 tests here that alone would pass a minute. Instead each test gets the database put back
    to the snapshot taken here, which is live_api's fresh seeded state plus the enrolled counter.
    """
    folder = tmp_path_factory.mktemp("pickup-mutations")
    database = engine_template.copy(folder)
    clock = FrozenClock()
    server = BackgroundServer(create_app(database, clock=clock)).start()
    api = LiveApi(server.url, database, clock, engine_template.network)
    snapshot = None
    try:
        enrolled = api.enroll(0)
        staff_token = api.staff_token(api.store(0)["associates"][0])
        snapshot = engine_template.snapshot(database, folder)
        yield _Module(api, engine_template, snapshot, enrolled, api.client(enrolled["device_token"]), api.client(staff_token))
    finally:
        api.close()
        server.stop()
        if snapshot is not None:
            engine_template.discard(snapshot)
        engine_template.drop(database)


@pytest.fixture
def api(_module) -> LiveApi:
    """The real server on loopback, over the seeded network as it was before any test ran."""
    _module.template.restore(_module.api.database, _module.snapshot)
    _module.api.clock.offset = 0.0
    return _module.api


@pytest.fixture
def device(api, _module) -> Device:
    """A counter of store 0, enrolled before the snapshot, that has pushed nothing yet."""
    return Device(api, _module.enrolled, _module.device_http)


@pytest.fixture
def staff(api, _module) -> httpx.Client:
    """An associate of store 0, signed in before the snapshot, for the live look-ups."""
    return _module.staff_http


def load_pickup(api: LiveApi, pickup_id: str) -> dict[str, Any]:
    with api.database.read() as conn:
        return db.loads(conn.execute(select(db.pickups.c.data).where(db.pickups.c.id == pickup_id)).scalar_one())


def pickups_in(api: LiveApi, store_id: str, status: str) -> list[dict[str, Any]]:
    p = db.pickups.c
    with api.database.read() as conn:
        rows = conn.execute(select(p.data).where(p.store_id == store_id, p.status == status).order_by(p.id)).scalars()
        return [db.loads(text) for text in rows]


def pickup_in(api: LiveApi, store_id: str, status: str, where=lambda p: True) -> dict[str, Any]:
    found = [p for p in pickups_in(api, store_id, status) if where(p)]
    assert found, f"the seeded store {store_id} has no {status} pickup that fits"
    return found[0]


def notification_rows(api: LiveApi, pickup_id: str) -> list[Any]:
    n = db.notifications.c
    with api.database.read() as conn:
        return conn.execute(select(db.notifications).where(n.pickup_id == pickup_id).order_by(n.id)).all()


def inventory(staff: httpx.Client, store_id: str, skus: list[str]) -> dict[str, dict[str, Any]]:
    reply = staff.get(f"/v1/stores/{store_id}/inventory", params={"sku": skus})
    assert reply.status_code == 200, reply.text
    return {item["sku"]: item for item in reply.json()["items"]}


def full_pick(pickup: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"sku": ln["sku"], "quantity": ln["quantity"]} for ln in pickup["lines"]]


def full_collection(pickup: dict[str, Any]) -> list[dict[str, Any]]:
    picked = [{"sku": ln["sku"], "quantity": ln["picked_quantity"]} for ln in pickup["lines"] if ln["picked_quantity"]]
    # Before picking nothing is picked yet; ask for the ordered amounts so the args stay well-formed.
    return picked or full_pick(pickup)


def args_for(action: str, pickup: dict[str, Any]) -> dict[str, Any]:
    """Well-formed arguments, so that only the pickup's status decides the outcome."""
    base = {"pickup_id": pickup["id"]}
    if action == "mark_ready":
        return {**base, "shelf_location": "B-07", "picked": full_pick(pickup)}
    if action == "hand_over":
        return {**base, "pickup_code": pickup["pickup_code"], "collected_by": "customer", "id_check": "order_code_only",
                "id_last4": None, "collected": full_collection(pickup)}
    if action == "notify":
        return {**base, "kind": "reminder"}
    if action == "record_arrival":
        return {**base, "note": "Waiting at the counter"}
    if action == "cancel":
        return {**base, "reason": "Customer asked to cancel"}
    return base


def drive_to_ready(device: Device, pickup: dict[str, Any]) -> dict[str, Any]:
    assert device.do("pickup.start_picking.v1", {"pickup_id": pickup["id"]})["status"] == "applied"
    result = device.do("pickup.mark_ready.v1", args_for("mark_ready", pickup))
    assert result["status"] == "applied", result
    return result["entity"]


# --- the state machine --------------------------------------------------------------------

@pytest.mark.parametrize(("status", "action"), list(itertools.product(STATUSES, ACTIONS)))
def test_every_action_from_every_status_follows_the_state_machine(api, device, status, action):
    # A ready pickup past its collect-by date, so that mark_no_show is legal from it too.
    before = pickup_in(api, device.store_id, status,
                       lambda p: status != "ready" or parse_iso(p["pickup_by"]) < SEED_NOW)
    outcome, status_after = expected_outcome(status, action)

    result = device.do(f"pickup.{action}.v1", args_for(action, before))

    assert result["status"] == outcome, result
    stored = load_pickup(api, before["id"])
    if outcome == "applied":
        assert result["problem"] is None
        assert result["entity"]["status"] == status_after
        assert result["entity"]["version"] > before["version"]
        assert stored == result["entity"]
    elif outcome == "noop":
        assert result["problem"] is None
        assert result["entity"] == before
        assert stored == before
    else:
        assert result["problem"]["type"] == "/problems/status-conflict"
        assert result["problem"]["status"] == 409
        assert result["entity"] == before
        assert result["problem"]["current"] == before
        assert stored == before


def test_a_pickup_walks_from_new_to_collected_with_growing_versions(api, device):
    pickup = pickup_in(api, device.store_id, "new")
    versions = [pickup["version"]]
    for action, status in (("start_picking", "picking"), ("mark_ready", "ready"), ("hand_over", "picked_up")):
        result = device.do(f"pickup.{action}.v1", args_for(action, load_pickup(api, pickup["id"])))
        assert result["status"] == "applied", result
        assert result["entity"]["status"] == status
        versions.append(result["entity"]["version"])
    assert versions == sorted(set(versions))
    done = load_pickup(api, pickup["id"])
    assert done["status"] == "picked_up" and done["picked_up_at"] == NOW
    assert done["handover"]["staff_id"] == device.manager


def test_no_show_is_refused_until_the_collect_by_deadline_has_passed(api, device):
    ready = drive_to_ready(device, pickup_in(api, device.store_id, "new"))
    assert parse_iso(ready["pickup_by"]) == SEED_NOW + timedelta(days=7)

    early = device.do("pickup.mark_no_show.v1", {"pickup_id": ready["id"]})
    assert early["status"] == "rejected"
    assert early["problem"]["type"] == "/problems/status-conflict"
    assert early["problem"]["current"] == ready == early["entity"]

    api.clock.advance(7 * 86400)  # exactly at pickup_by: the customer still has until then
    assert device.do("pickup.mark_no_show.v1", {"pickup_id": ready["id"]})["status"] == "rejected"

    api.clock.advance(1)
    late = device.do("pickup.mark_no_show.v1", {"pickup_id": ready["id"]})
    assert late["status"] == "applied", late
    assert late["entity"]["status"] == "no_show" and late["entity"]["version"] > ready["version"]

    restocked = device.do("pickup.restock.v1", {"pickup_id": ready["id"]})
    assert restocked["status"] == "applied", restocked
    assert restocked["entity"]["status"] == "restocked"
    assert restocked["entity"]["version"] > late["entity"]["version"]


def test_restock_puts_the_reserved_units_back_on_sale(api, device, staff):
    no_show = pickup_in(api, device.store_id, "no_show")
    skus = [ln["sku"] for ln in no_show["lines"]]
    before = inventory(staff, device.store_id, skus)

    assert device.do("pickup.restock.v1", {"pickup_id": no_show["id"]})["status"] == "applied"

    after = inventory(staff, device.store_id, skus)
    for ln in no_show["lines"]:
        assert after[ln["sku"]]["reserved"] == before[ln["sku"]]["reserved"] - ln["picked_quantity"]
        assert after[ln["sku"]]["on_hand"] == before[ln["sku"]]["on_hand"]


@pytest.mark.parametrize("status", ["new", "picking", "ready"])
def test_a_manager_cancels_an_open_pickup_and_the_customer_is_told(api, device, status):
    before = pickup_in(api, device.store_id, status)
    rows_before = len(notification_rows(api, before["id"]))

    result = device.do("pickup.cancel.v1", {"pickup_id": before["id"], "reason": "  Out of stock  "})

    assert result["status"] == "applied", result
    assert result["entity"]["status"] == "cancelled"
    assert result["entity"]["cancel_reason"] == "Out of stock"
    assert result["entity"]["version"] > before["version"]
    assert result["entity"]["notifications"][-1]["kind"] == "cancelled"
    assert len(notification_rows(api, before["id"])) == rows_before + 1


@pytest.mark.parametrize("action", ["cancel", "mark_no_show", "restock"])
def test_manager_only_actions_by_an_associate_are_forbidden(api, device, action):
    status = sorted(SOURCES[action])[0]
    before = pickup_in(api, device.store_id, status,
                       lambda p: status != "ready" or parse_iso(p["pickup_by"]) < SEED_NOW)

    result = device.do(f"pickup.{action}.v1", args_for(action, before), acted_by=device.associate)

    assert result["status"] == "rejected"
    assert result["problem"]["type"] == "/problems/forbidden"
    assert load_pickup(api, before["id"]) == before


def test_staff_of_another_store_cannot_act_through_this_device(api, device):
    before = pickup_in(api, device.store_id, "new")
    outsider = api.staff_id(api.store(1)["associates"][0])

    result = device.do("pickup.start_picking.v1", {"pickup_id": before["id"]}, acted_by=outsider)

    assert result["status"] == "rejected"
    assert result["problem"]["type"] == "/problems/forbidden"
    assert load_pickup(api, before["id"]) == before


def test_marking_ready_twice_is_a_noop_that_sends_no_second_notice(api, device):
    picking = pickup_in(api, device.store_id, "picking")
    first = device.do("pickup.mark_ready.v1", args_for("mark_ready", picking))
    assert first["status"] == "applied", first
    rows = len(notification_rows(api, picking["id"]))

    again = device.do("pickup.mark_ready.v1", {**args_for("mark_ready", picking), "shelf_location": "Z-99"})

    assert again["status"] == "noop"
    assert again["problem"] is None
    assert again["entity"] == first["entity"] == load_pickup(api, picking["id"])
    assert len(notification_rows(api, picking["id"])) == rows


# --- picking and collecting ---------------------------------------------------------------

def test_a_partial_pick_is_applied_and_the_ready_notice_says_what_is_short(api, device, staff):
    picking = pickup_in(api, device.store_id, "picking", lambda p: any(ln["quantity"] >= 2 for ln in p["lines"]))
    short = next(ln for ln in picking["lines"] if ln["quantity"] >= 2)
    picked = [{"sku": ln["sku"], "quantity": ln["quantity"] - (ln is short)} for ln in picking["lines"]]
    stock_before = inventory(staff, device.store_id, [short["sku"]])[short["sku"]]

    result = device.do("pickup.mark_ready.v1", {"pickup_id": picking["id"], "shelf_location": " C-03 ", "picked": picked})

    assert result["status"] == "applied", result
    entity = result["entity"]
    assert entity["status"] == "ready" and entity["shelf_location"] == "C-03"
    assert {ln["sku"]: ln["picked_quantity"] for ln in entity["lines"]} == {p["sku"]: p["quantity"] for p in picked}
    assert entity["notifications"][-1]["kind"] == "ready"
    assert entity["notifications"][-1]["sent_at"] == NOW
    last_row = notification_rows(api, picking["id"])[-1]
    assert last_row.kind == "ready"
    assert f"1 × {short['name']}" in last_row.body
    assert "Not available" in last_row.body
    # The unit that could not be picked is no longer held back for this order.
    stock_after = inventory(staff, device.store_id, [short["sku"]])[short["sku"]]
    assert stock_after["reserved"] == stock_before["reserved"] - 1


def test_a_full_pick_notice_mentions_nothing_short(api, device):
    picking = pickup_in(api, device.store_id, "picking")

    assert device.do("pickup.mark_ready.v1", args_for("mark_ready", picking))["status"] == "applied"

    last_row = notification_rows(api, picking["id"])[-1]
    assert last_row.kind == "ready"
    assert "Not available" not in last_row.body


def test_a_partial_collection_is_applied_and_stores_what_was_collected(api, device):
    ready = pickup_in(api, device.store_id, "ready", lambda p: any(ln["picked_quantity"] >= 2 for ln in p["lines"]))
    left = next(ln for ln in ready["lines"] if ln["picked_quantity"] >= 2)
    collected = [{"sku": ln["sku"], "quantity": ln["picked_quantity"] - (ln is left)} for ln in ready["lines"]]

    result = device.do("pickup.hand_over.v1", {**args_for("hand_over", ready), "collected": collected})

    assert result["status"] == "applied", result
    wanted = {c["sku"]: c["quantity"] for c in collected}
    assert {ln["sku"]: ln["collected_quantity"] for ln in result["entity"]["lines"]} == wanted
    assert {ln["sku"]: ln["collected_quantity"] for ln in load_pickup(api, ready["id"])["lines"]} == wanted


def test_hand_over_takes_the_collected_units_off_the_shelf_and_releases_the_rest(api, device, staff):
    ready = pickup_in(api, device.store_id, "ready", lambda p: any(ln["picked_quantity"] >= 2 for ln in p["lines"]))
    left = next(ln for ln in ready["lines"] if ln["picked_quantity"] >= 2)
    collected = {ln["sku"]: ln["picked_quantity"] - (ln is left) for ln in ready["lines"]}
    before = inventory(staff, device.store_id, list(collected))

    result = device.do("pickup.hand_over.v1", {**args_for("hand_over", ready),
                                               "collected": [{"sku": s, "quantity": q} for s, q in collected.items()]})
    assert result["status"] == "applied", result

    after = inventory(staff, device.store_id, list(collected))
    for ln in ready["lines"]:
        sku = ln["sku"]
        assert after[sku]["on_hand"] == before[sku]["on_hand"] - collected[sku]
        assert after[sku]["reserved"] == before[sku]["reserved"] - ln["picked_quantity"]
        assert after[sku]["available"] == after[sku]["on_hand"] - after[sku]["reserved"]


def test_collecting_more_than_was_picked_is_rejected(api, device):
    ready = pickup_in(api, device.store_id, "ready")
    collected = full_collection(ready)
    collected[0] = {**collected[0], "quantity": collected[0]["quantity"] + 1}

    result = device.do("pickup.hand_over.v1", {**args_for("hand_over", ready), "collected": collected})

    assert result["status"] == "rejected"
    assert result["problem"]["type"] == "/problems/validation"
    assert load_pickup(api, ready["id"]) == ready


def test_a_wrong_pickup_code_is_rejected(api, device):
    ready = pickup_in(api, device.store_id, "ready")

    # 0 is not in the code alphabet, so this can never be the right code.
    result = device.do("pickup.hand_over.v1", {**args_for("hand_over", ready), "pickup_code": "000000"})

    assert result["status"] == "rejected"
    assert result["problem"]["type"] == "/problems/wrong-pickup-code"
    assert result["problem"]["status"] == 422
    assert load_pickup(api, ready["id"]) == ready


def test_the_pickup_code_is_read_without_regard_to_case_or_spaces(api, device):
    ready = pickup_in(api, device.store_id, "ready")

    result = device.do("pickup.hand_over.v1", {**args_for("hand_over", ready),
                                               "pickup_code": f" {ready['pickup_code'].lower()} "})

    assert result["status"] == "applied", result


def test_a_passport_check_without_its_last_four_characters_is_rejected(api, device):
    ready = pickup_in(api, device.store_id, "ready")

    result = device.do("pickup.hand_over.v1", {**args_for("hand_over", ready), "id_check": "passport", "id_last4": None})

    assert result["status"] == "rejected"
    assert result["problem"]["type"] == "/problems/validation"
    assert load_pickup(api, ready["id"]) == ready


def test_an_alternate_collector_is_rejected_when_none_is_named(api, device):
    ready = pickup_in(api, device.store_id, "ready", lambda p: not p["alternate_pickup_name"])

    result = device.do("pickup.hand_over.v1", {**args_for("hand_over", ready), "collected_by": "alternate"})

    assert result["status"] == "rejected"
    assert result["problem"]["type"] == "/problems/validation"
    assert load_pickup(api, ready["id"]) == ready


def test_the_named_alternate_collects_with_a_passport(api, device):
    ready = pickup_in(api, device.store_id, "ready", lambda p: bool(p["alternate_pickup_name"]))

    result = device.do("pickup.hand_over.v1", {**args_for("hand_over", ready), "collected_by": "alternate",
                                               "id_check": "passport", "id_last4": "X123"}, acted_by=device.associate)

    assert result["status"] == "applied", result
    assert result["entity"]["handover"] == {"collected_by": "alternate", "id_check": "passport", "id_last4": "X123",
                                            "staff_id": device.associate, "at": NOW}


def test_a_reminder_on_a_ready_pickup_is_sent_and_recorded(api, device):
    ready = pickup_in(api, device.store_id, "ready")
    rows_before = len(notification_rows(api, ready["id"]))

    result = device.do("pickup.notify.v1", {"pickup_id": ready["id"], "kind": "reminder"})

    assert result["status"] == "applied", result
    assert result["entity"]["notifications"][:-1] == ready["notifications"]
    assert result["entity"]["notifications"][-1]["kind"] == "reminder"
    assert result["entity"]["notifications"][-1]["sent_at"] == NOW
    assert result["entity"]["version"] > ready["version"]
    rows = notification_rows(api, ready["id"])
    assert len(rows) == rows_before + 1 and rows[-1].kind == "reminder"


def test_recording_an_arrival_sets_when_the_customer_arrived(api, device):
    ready = pickup_in(api, device.store_id, "ready")
    assert ready["customer_arrived_at"] is None

    result = device.do("pickup.record_arrival.v1", {"pickup_id": ready["id"], "note": "Blue car, bay 3"})

    assert result["status"] == "applied", result
    assert result["entity"]["customer_arrived_at"] == NOW
    assert result["entity"]["arrival_note"] == "Blue car, bay 3"
    assert load_pickup(api, ready["id"])["customer_arrived_at"] == NOW
    again = device.do("pickup.record_arrival.v1", {"pickup_id": ready["id"], "note": "Blue car, bay 3"})
    assert again["status"] == "noop"


# --- notes and audit ----------------------------------------------------------------------

def test_adding_a_note_shows_it_on_the_customer_and_a_resend_is_a_noop(api, device, staff):
    customer_id = pickup_in(api, device.store_id, "ready")["customer_id"]
    note_id = str(uuid.uuid4())
    args = {"customer_id": customer_id, "note_id": note_id, "body": "Prefers a text before pickup."}

    first = device.do("customer.add_note.v1", args, acted_by=device.associate)
    again = device.do("customer.add_note.v1", args, acted_by=device.associate)

    assert first["status"] == "applied", first
    assert again["status"] == "noop", again
    assert again["entity"] == first["entity"]
    reply = staff.get(f"/v1/customers/{customer_id}/notes")
    assert reply.status_code == 200, reply.text
    mine = [n for n in reply.json()["items"] if n["id"] == note_id]
    assert len(mine) == 1
    assert mine[0]["body"] == "Prefers a text before pickup."
    assert mine[0]["author_staff_id"] == device.associate
    assert mine[0]["store_id"] == device.store_id


def test_audit_events_from_the_device_are_stored(api, device):
    events = [{"action": "customer.view", "subject": "cu_0000001", "at": "2026-11-20T11:58:00Z"},
              {"action": "customer.view", "subject": "cu_0000002", "at": "2026-11-20T11:59:00Z"}]

    result = device.do("audit.record.v1", {"events": events}, acted_by=device.associate)

    assert result["status"] == "applied", result
    a = db.audit_events.c
    with api.database.read() as conn:
        rows = conn.execute(select(a.action, a.subject, a.staff_id, a.at).where(a.device_id == device.id).order_by(a.id)).all()
    assert [tuple(r) for r in rows] == [(e["action"], e["subject"], device.associate, e["at"]) for e in events]


# --- what the server refuses --------------------------------------------------------------

@pytest.mark.parametrize("name", ["pickup.start_picking.v2", "pickup.teleport.v1"])
def test_an_unknown_mutation_is_rejected_as_unsupported(api, device, name):
    new = pickup_in(api, device.store_id, "new")

    result = device.do(name, {"pickup_id": new["id"]})

    assert result["status"] == "rejected"
    assert result["problem"]["type"] == "/problems/unsupported-version"
    assert load_pickup(api, new["id"]) == new


@pytest.mark.parametrize(("name", "bad_args"), [
    ("pickup.mark_ready.v1", {"picked": []}),  # no shelf_location
    ("pickup.notify.v1", {"kind": "carrier-pigeon"}),
    ("pickup.hand_over.v1", {"pickup_code": "ABCDEF", "collected_by": "customer", "id_check": "retina", "collected": []}),
    ("pickup.cancel.v1", {"reason": ""}),
])
def test_invalid_args_are_rejected_as_validation(api, device, name, bad_args):
    status = next(s for s in ("picking", "ready", "new") if s in SOURCES[name.split(".")[1]])
    before = pickup_in(api, device.store_id, status)

    result = device.do(name, {"pickup_id": before["id"], **bad_args})

    assert result["status"] == "rejected"
    assert result["problem"]["type"] == "/problems/validation"
    assert load_pickup(api, before["id"]) == before


def test_a_note_with_an_id_that_is_not_a_uuid_is_rejected(api, device):

    result = device.do("customer.add_note.v1", {"customer_id": "cu_0000001", "note_id": "note-1", "body": "Hi"})

    assert result["status"] == "rejected"
    assert result["problem"]["type"] == "/problems/validation"


def test_a_pickup_of_another_store_is_not_found(api, device):
    elsewhere = pickup_in(api, api.store(1)["id"], "new")

    result = device.do("pickup.start_picking.v1", {"pickup_id": elsewhere["id"]})

    assert result["status"] == "rejected"
    assert result["problem"]["type"] == "/problems/not-found"
    assert result["entity"] is None
    assert load_pickup(api, elsewhere["id"]) == elsewhere
