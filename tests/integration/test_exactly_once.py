"""POST /v1/mutations applies each device mutation exactly once, in seq order, through retries and lost replies."""

from __future__ import annotations

import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from central_api import db
from central_api.security import iso
from tests.helpers.api import SEED_NOW, LiveApi

pytestmark = pytest.mark.both_engines

NOW = iso(SEED_NOW)


class Device:
    """An enrolled counter that numbers its mutations the way the app's outbox does."""

    def __init__(self, live_api: LiveApi, store_index: int = 0) -> None:
        enrolled = live_api.enroll(store_index)
        self.id = enrolled["device_id"]
        self.token = enrolled["device_token"]
        self.store_id = enrolled["store_id"]
        self.http = live_api.client(self.token)
        self.manager = live_api.staff_id(live_api.store(store_index)["manager"])
        self.seq = 0

    def mutation(self, name: str, args: dict[str, Any], *, seq: int | None = None,
                 mutation_id: str | None = None) -> dict[str, Any]:
        self.seq = seq if seq is not None else self.seq + 1
        return {"mutation_id": mutation_id or str(uuid.uuid4()), "seq": self.seq, "name": name,
                "acted_by": self.manager, "acted_at": NOW, "args": args}

    def body(self, mutations: list[dict[str, Any]]) -> dict[str, Any]:
        return {"device_id": self.id, "mutations": mutations}

    def push(self, *mutations: dict[str, Any]) -> dict[str, Any]:
        reply = self.http.post("/v1/mutations", json=self.body(list(mutations)))
        assert reply.status_code == 200, reply.text
        return reply.json()


def reminder(pickup_id: str) -> tuple[str, dict[str, Any]]:
    return "pickup.notify.v1", {"pickup_id": pickup_id, "kind": "reminder"}


def start_picking(pickup_id: str) -> tuple[str, dict[str, Any]]:
    return "pickup.start_picking.v1", {"pickup_id": pickup_id}


def mark_ready(pickup: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    return "pickup.mark_ready.v1", {"pickup_id": pickup["id"], "shelf_location": "A-01",
                                    "picked": [{"sku": ln["sku"], "quantity": ln["quantity"]} for ln in pickup["lines"]]}


def pickups_in(live_api: LiveApi, store_id: str, status: str) -> list[dict[str, Any]]:
    p = db.pickups.c
    with live_api.database.read() as conn:
        rows = conn.execute(select(p.data).where(p.store_id == store_id, p.status == status).order_by(p.id)).scalars()
        return [db.loads(text) for text in rows]


def load_pickup(live_api: LiveApi, pickup_id: str) -> dict[str, Any]:
    with live_api.database.read() as conn:
        return db.loads(conn.execute(select(db.pickups.c.data).where(db.pickups.c.id == pickup_id)).scalar_one())


def notification_count(live_api: LiveApi, pickup_ids: list[str]) -> int:
    n = db.notifications.c
    with live_api.database.read() as conn:
        return conn.execute(select(func.count()).where(n.pickup_id.in_(pickup_ids))).scalar_one()


def ledger(live_api: LiveApi, device_id: str) -> dict[str, dict[str, Any]]:
    """mutation_id -> the stored result, for one device."""
    m = db.mutation_ledger.c
    with live_api.database.read() as conn:
        rows = conn.execute(select(m.mutation_id, m.result).where(m.device_id == device_id)).all()
    return {r.mutation_id: db.loads(r.result) for r in rows}


def last_seq(live_api: LiveApi, device_id: str) -> int:
    with live_api.database.read() as conn:
        return conn.execute(select(db.devices.c.last_seq).where(db.devices.c.id == device_id)).scalar_one()


class ReplyLostTransport(httpx.BaseTransport):
    """Delivers each request to the real server, then loses the reply as a dropped connection would.

    No real part can drop a reply after the server committed, at will; this is the one place a
    stand-in is needed, and it sits at the transport so the server side stays entirely real.
    """

    def __init__(self) -> None:
        self._inner = httpx.HTTPTransport()
        self.delivered = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        response.read()
        response.close()
        self.delivered += 1
        raise httpx.ReadError("connection reset before the reply was read", request=request)

    def close(self) -> None:
        self._inner.close()


# --- retries --------------------------------------------------------------------------------

def test_the_same_batch_sent_twice_is_applied_once(live_api):
    device = Device(live_api)
    new = pickups_in(live_api, device.store_id, "new")[0]
    batch = [device.mutation(*start_picking(new["id"])), device.mutation(*mark_ready(new)),
             device.mutation(*reminder(new["id"]))]
    notices_before = notification_count(live_api, [new["id"]])

    first = device.push(*batch)
    second = device.push(*batch)

    assert [r["status"] for r in first["results"]] == ["applied", "applied", "applied"]
    assert second == first
    after = load_pickup(live_api, new["id"])
    assert after["version"] == new["version"] + 3
    assert after == first["results"][-1]["entity"]
    assert notification_count(live_api, [new["id"]]) == notices_before + 2  # ready + reminder
    assert ledger(live_api, device.id) == {r["mutation_id"]: r for r in first["results"]}
    assert last_seq(live_api, device.id) == 3


def test_a_reply_lost_after_commit_is_answered_from_the_ledger(live_api):
    device = Device(live_api)
    ready = pickups_in(live_api, device.store_id, "ready")[0]
    batch = [device.mutation(*reminder(ready["id"])),
             device.mutation("pickup.record_arrival.v1", {"pickup_id": ready["id"], "note": "In the car park"})]
    notices_before = notification_count(live_api, [ready["id"]])

    # The batch reaches the server, but the client goes away without reading a byte of the reply.
    with httpx.Client(base_url=live_api.url, headers={"Authorization": f"Bearer {device.token}"}) as raw:
        with raw.stream("POST", "/v1/mutations", json=device.body(batch)):
            pass
    committed = load_pickup(live_api, ready["id"])
    stored = ledger(live_api, device.id)
    assert committed["version"] == ready["version"] + 2
    assert set(stored) == {m["mutation_id"] for m in batch}

    resent = device.push(*batch)

    assert resent["results"] == [stored[m["mutation_id"]] for m in batch]
    assert [r["status"] for r in resent["results"]] == ["applied", "applied"]
    assert resent["results"][-1]["entity"] == committed
    assert resent["device_last_seq"] == 2
    assert load_pickup(live_api, ready["id"]) == committed
    assert notification_count(live_api, [ready["id"]]) == notices_before + 1
    assert ledger(live_api, device.id) == stored


def test_a_reply_dropped_by_the_connection_is_answered_from_the_ledger_on_retry(live_api):
    device = Device(live_api)
    new = pickups_in(live_api, device.store_id, "new")[0]
    batch = [device.mutation(*start_picking(new["id"])), device.mutation(*mark_ready(new))]
    notices_before = notification_count(live_api, [new["id"]])
    lossy = ReplyLostTransport()

    with httpx.Client(base_url=live_api.url, headers={"Authorization": f"Bearer {device.token}"},
                      transport=lossy) as client:
        with pytest.raises(httpx.ReadError):
            client.post("/v1/mutations", json=device.body(batch))
    assert lossy.delivered == 1

    retried = device.push(*batch)

    assert [r["status"] for r in retried["results"]] == ["applied", "applied"]
    after = load_pickup(live_api, new["id"])
    assert after["status"] == "ready"
    assert after["version"] == new["version"] + 2
    assert retried["results"][-1]["entity"] == after
    assert notification_count(live_api, [new["id"]]) == notices_before + 1
    assert len(ledger(live_api, device.id)) == 2
    assert retried["device_last_seq"] == last_seq(live_api, device.id) == 2


# --- seq ------------------------------------------------------------------------------------

def test_a_gap_in_seq_is_applied_and_becomes_the_last_seq(live_api):
    device = Device(live_api)
    ready = pickups_in(live_api, device.store_id, "ready")
    assert device.push(device.mutation(*reminder(ready[0]["id"]), seq=1))["device_last_seq"] == 1

    body = device.push(device.mutation(*reminder(ready[1]["id"]), seq=5))

    assert body["results"][0]["status"] == "applied"
    assert body["device_last_seq"] == 5
    assert last_seq(live_api, device.id) == 5


@pytest.mark.parametrize("old_seq", [3, 5])
def test_a_new_mutation_at_or_below_the_last_seq_is_rejected(live_api, old_seq):
    device = Device(live_api)
    ready = pickups_in(live_api, device.store_id, "ready")[0]
    device.push(device.mutation(*reminder(ready["id"]), seq=1), device.mutation(*reminder(ready["id"]), seq=5))
    before = load_pickup(live_api, ready["id"])

    body = device.push(device.mutation(*reminder(ready["id"]), seq=old_seq))

    (result,) = body["results"]
    assert result["status"] == "rejected"
    assert result["problem"]["type"] == "/problems/validation"
    assert body["device_last_seq"] == 5
    assert last_seq(live_api, device.id) == 5
    assert load_pickup(live_api, ready["id"]) == before


def test_a_batch_out_of_order_is_applied_in_seq_order(live_api):
    device = Device(live_api)
    new = pickups_in(live_api, device.store_id, "new")[0]
    device.push(device.mutation("pickup.record_arrival.v1", {"pickup_id": new["id"], "note": None}, seq=1))
    picking = device.mutation(*start_picking(new["id"]), seq=2)
    ready = device.mutation(*mark_ready(new), seq=3)

    body = device.push(ready, picking)

    # Results come back in the order sent; had the server applied them so, mark_ready would
    # have met a new pickup and been refused.
    assert [r["mutation_id"] for r in body["results"]] == [ready["mutation_id"], picking["mutation_id"]]
    assert [r["status"] for r in body["results"]] == ["applied", "applied"]
    assert body["results"][1]["entity"]["status"] == "picking"
    assert body["results"][0]["entity"]["status"] == "ready"
    assert body["results"][0]["entity"]["version"] == body["results"][1]["entity"]["version"] + 1
    assert body["device_last_seq"] == 3


def test_a_rejection_advances_last_seq_and_does_not_block_the_queue(live_api):
    device = Device(live_api)
    cancelled = pickups_in(live_api, device.store_id, "cancelled")[0]
    new = pickups_in(live_api, device.store_id, "new")[0]
    bad = device.mutation(*start_picking(cancelled["id"]), seq=1)

    first = device.push(bad)
    assert first["results"][0]["status"] == "rejected"
    assert first["results"][0]["problem"]["type"] == "/problems/status-conflict"
    assert first["device_last_seq"] == 1

    second = device.push(device.mutation(*start_picking(new["id"]), seq=2))
    assert second["results"][0]["status"] == "applied"
    assert second["device_last_seq"] == 2
    # The rejection is permanent: its retry gets the same answer, and the queue stays where it is.
    assert device.push(bad) == first | {"device_last_seq": 2}
    assert load_pickup(live_api, cancelled["id"]) == cancelled


def test_a_rejection_in_the_middle_of_a_batch_lets_the_rest_through(live_api):
    device = Device(live_api)
    cancelled = pickups_in(live_api, device.store_id, "cancelled")[0]
    new = pickups_in(live_api, device.store_id, "new")[0]

    body = device.push(device.mutation(*start_picking(new["id"])), device.mutation(*start_picking(cancelled["id"])),
                       device.mutation(*mark_ready(new)))

    assert [r["status"] for r in body["results"]] == ["applied", "rejected", "applied"]
    assert body["device_last_seq"] == 3
    assert load_pickup(live_api, new["id"])["status"] == "ready"


def test_reusing_a_mutation_id_with_other_content_is_an_idempotency_mismatch(live_api):
    device = Device(live_api)
    ready = pickups_in(live_api, device.store_id, "ready")[0]
    original = device.mutation("pickup.record_arrival.v1", {"pickup_id": ready["id"], "note": "At the door"})
    first = device.push(original)
    assert first["results"][0]["status"] == "applied"
    changed = {**original, "args": {"pickup_id": ready["id"], "note": "In the car park"}}

    mismatch = device.push(changed)

    (result,) = mismatch["results"]
    assert result["mutation_id"] == original["mutation_id"]
    assert result["status"] == "rejected"
    assert result["problem"]["type"] == "/problems/idempotency-mismatch"
    assert result["problem"]["status"] == 422
    assert mismatch["device_last_seq"] == 1
    assert load_pickup(live_api, ready["id"])["arrival_note"] == "At the door"
    assert ledger(live_api, device.id) == {original["mutation_id"]: first["results"][0]}
    assert device.push(original) == first


def test_changes_reports_the_device_last_seq_the_push_returned(live_api):
    device = Device(live_api)
    other = Device(live_api)
    ready = pickups_in(live_api, device.store_id, "ready")[0]

    pushed = device.push(device.mutation(*reminder(ready["id"]), seq=1), device.mutation(*reminder(ready["id"]), seq=7))

    assert pushed["device_last_seq"] == 7
    reply = device.http.get(f"/v1/stores/{device.store_id}/changes", params={"limit": 1})
    assert reply.status_code == 200, reply.text
    assert reply.json()["device_last_seq"] == 7
    # It is per device: another counter of the same store has applied nothing.
    reply = other.http.get(f"/v1/stores/{other.store_id}/changes", params={"limit": 1})
    assert reply.json()["device_last_seq"] == 0


@pytest.mark.parametrize("duplicate", ["seq", "mutation_id"])
def test_a_batch_with_a_duplicate_is_refused_whole(live_api, duplicate):
    device = Device(live_api)
    ready = pickups_in(live_api, device.store_id, "ready")[0]
    first = device.mutation(*reminder(ready["id"]))
    second = device.mutation(*reminder(ready["id"]))
    second[duplicate] = first[duplicate]

    reply = device.http.post("/v1/mutations", json=device.body([first, second]))

    assert reply.status_code == 422, reply.text
    assert reply.headers["content-type"].startswith("application/problem+json")
    assert reply.json()["type"] == "/problems/validation"
    assert ledger(live_api, device.id) == {}
    assert last_seq(live_api, device.id) == 0
    assert load_pickup(live_api, ready["id"]) == ready


# --- concurrency ----------------------------------------------------------------------------

@pytest.mark.slow
def test_two_counters_pushing_at_once_apply_every_mutation_exactly_once(live_api):
    counters = [Device(live_api), Device(live_api)]
    ready = [p["id"] for p in pickups_in(live_api, counters[0].store_id, "ready")]
    new = [p["id"] for p in pickups_in(live_api, counters[0].store_id, "new")]
    versions_before = {pid: load_pickup(live_api, pid)["version"] for pid in ready + new}
    notices_before = notification_count(live_api, ready)
    # Both counters remind customers of the same shelf at once (so they write the same pickups);
    # the second also starts picking every new order.
    plans = [
        [reminder(ready[i % len(ready)]) for i in range(50)],
        [start_picking(pid) for pid in new] + [reminder(ready[i % len(ready)]) for i in range(50 - len(new))],
    ]
    start = threading.Barrier(2)

    def run(device: Device, plan: list[tuple[str, dict[str, Any]]]) -> list[dict[str, Any]]:
        mutations = [device.mutation(name, args) for name, args in plan]
        start.wait(timeout=30)
        results = []
        for i in range(0, len(mutations), 5):
            batch = mutations[i:i + 5]
            body = device.push(*batch)
            # Every batch is retried too, as after a lost reply, while the other counter writes.
            assert device.push(*batch) == body
            results += body["results"]
        return results

    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(run, device, plan) for device, plan in zip(counters, plans, strict=True)]
        outcomes = [f.result(timeout=120) for f in futures]

    for device, results in zip(counters, outcomes, strict=True):
        assert [r["status"] for r in results] == ["applied"] * 50
        assert len(ledger(live_api, device.id)) == 50
        assert last_seq(live_api, device.id) == 50
    aimed = {pid: 0 for pid in ready + new}
    for plan in plans:
        for _, args in plan:
            aimed[args["pickup_id"]] += 1
    for pid, count in aimed.items():
        assert load_pickup(live_api, pid)["version"] == versions_before[pid] + count, pid
    assert all(load_pickup(live_api, pid)["status"] == "picking" for pid in new)
    reminders = sum(1 for plan in plans for name, _ in plan if name == "pickup.notify.v1")
    assert notification_count(live_api, ready) == notices_before + reminders
