"""clerk_app.api.ApiClient against the real reference server on loopback: sessions, refresh, look-ups, sync, errors."""

from __future__ import annotations

import logging
import threading
import time
import uuid
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select, update

from central_api import db, entities, feed
from central_api.metrics import store_metrics
from central_api.security import iso, token_hash
from central_api.server import free_port
from clerk_app.api import ApiClient, ChangesPage, DeviceEnrollment, Health, Page, PushResult, Staff
from clerk_app.api.client import WRONG_CREDENTIALS
from clerk_app.errors import (
    ClerkError,
    Forbidden,
    NotFound,
    OfflineError,
    RateLimited,
    ResyncRequired,
    SignedOut,
)
from tests.helpers.api import PASSWORD, SEED_NOW

ACCESS_SECONDS = 900


@pytest.fixture
def rotations() -> list[str | None]:
    return []


@pytest.fixture
def client(live_api, rotations):
    # The client's clock is the server's frozen clock, so "15 minutes later" is the same moment for both.
    api = ApiClient(live_api.url, now=live_api.clock.time)
    api.on_refresh_token = rotations.append
    yield api
    api.close()


@pytest.fixture
def device(live_api) -> dict[str, Any]:
    return live_api.enroll(0)


def _token_rows(live_api, **where: Any) -> list[Any]:
    t = db.tokens.c
    with live_api.database.read() as conn:
        return conn.execute(select(db.tokens).where(*[t[k] == v for k, v in where.items()])).all()


def _customer_with_everything(live_api, store_id: str) -> dict[str, Any]:
    """A customer of the store with email, phone, carts, notes and two or more orders (so paging shows)."""
    with live_api.database.read() as conn:
        with_notes = set(conn.execute(select(db.notes.c.customer_id)).scalars())
        with_carts = set(conn.execute(select(db.carts.c.customer_id)).scalars())
        order_counts = dict(conn.execute(select(db.orders.c.customer_id, func.count()).group_by(db.orders.c.customer_id)).all())
        for text in conn.execute(select(db.customers.c.data).where(db.customers.c.home_store_id == store_id)).scalars():
            customer = db.loads(text)
            cid = customer["id"]
            if cid in with_notes and cid in with_carts and order_counts.get(cid, 0) >= 2 and customer["email"] and customer["phone"]:
                return customer
    raise AssertionError("the seed has no customer with carts, notes and orders")


# --- sessions -----------------------------------------------------------------------------

def test_health_needs_no_sign_in(client):
    health = client.health()
    assert isinstance(health, Health)
    assert health.status == "ok" and health.schema_version == 1


def test_login_me_and_logout(live_api, client, device, rotations):
    result = client.login("associate1a", PASSWORD, device["device_id"])
    assert result.staff.id == "sf_associate1a" and result.offline_policy.max_offline_hours == 72
    assert client.signed_in and client.staff == result.staff
    assert rotations == [result.refresh_token]

    me = client.me()
    assert isinstance(me, Staff)
    assert (me.username, me.role, me.store_ids) == ("associate1a", "associate", [live_api.store_id])

    client.logout()
    assert not client.signed_in and client.staff is None
    assert rotations == [result.refresh_token, None]
    # Revoked on the server too, not just forgotten here.
    assert live_api.client(result.access_token).get("/v1/me").status_code == 401
    with pytest.raises(SignedOut):
        client.me()


def test_the_access_token_is_refreshed_shortly_before_it_expires(live_api, client, rotations):
    first = client.login("associate1a", PASSWORD)
    live_api.clock.advance(ACCESS_SECONDS - 100)  # 100 s left: not yet
    client.me()
    assert rotations == [first.refresh_token]

    live_api.clock.advance(50)  # 50 s left: within the 60 s margin
    client.me()
    assert len(rotations) == 2 and rotations[1] not in (None, first.refresh_token)
    (spent,) = _token_rows(live_api, token_hash=token_hash(first.refresh_token))
    assert spent.spent and not spent.revoked  # rotated, not treated as a stolen token

    # The renewed access token carries on past the old one's expiry.
    live_api.clock.advance(120)
    assert client.me().username == "associate1a"
    assert len(rotations) == 2


def test_a_refused_access_token_is_refreshed_once_and_the_call_retried(live_api, client, rotations):
    first = client.login("associate1a", PASSWORD)
    with live_api.database.write() as conn:
        conn.execute(update(db.tokens).where(db.tokens.c.token_hash == token_hash(first.access_token)).values(revoked=True))
    assert client.me().id == "sf_associate1a"
    assert len(rotations) == 2 and rotations[1] != first.refresh_token
    assert client.signed_in


def test_signed_out_when_the_refresh_is_refused_too(live_api, client, rotations):
    first = client.login("associate1a", PASSWORD)
    with live_api.database.write() as conn:
        conn.execute(update(db.tokens).where(db.tokens.c.staff_id == "sf_associate1a").values(revoked=True))
    with pytest.raises(SignedOut) as caught:
        client.me()
    assert caught.value.status == 401
    assert rotations == [first.refresh_token, None]  # the app deletes the stored token
    assert not client.signed_in and client.staff is None


def test_a_session_past_its_expiry_is_renewed_before_the_call(live_api, client, rotations):
    client.login("associate1a", PASSWORD)
    live_api.clock.advance(ACCESS_SECONDS + 5)  # the access token is dead, the refresh token is not
    assert client.me().username == "associate1a"
    assert len(rotations) == 2


def test_resume_restores_a_session_from_a_stored_refresh_token(live_api, client, rotations):
    stored = live_api.login("associate1b")["refresh_token"]
    result = client.resume(stored)
    assert result.staff.username == "associate1b" and client.me().username == "associate1b"
    assert rotations == [result.refresh_token] and result.refresh_token != stored
    # The stored token was spent by the resume: using it again is refused (and ends that chain).
    other = ApiClient(live_api.url, now=live_api.clock.time)
    try:
        with pytest.raises(SignedOut):
            other.resume(stored)
    finally:
        other.close()


def test_wrong_password_is_signed_out_with_words_about_the_credentials(client, rotations):
    with pytest.raises(SignedOut) as caught:
        client.login("associate1a", "not the password")
    assert caught.value.user_message == WRONG_CREDENTIALS
    assert "password" in caught.value.user_message
    assert not client.signed_in and rotations == []


def test_five_wrong_passwords_lock_the_username_out_with_retry_after(client):
    for _ in range(5):
        with pytest.raises(SignedOut):
            client.login("associate1a", "wrong")
    with pytest.raises(RateLimited) as caught:
        client.login("associate1a", PASSWORD)  # even the right password, during the lock-out
    assert caught.value.status == 429
    assert caught.value.retry_after is not None and 0 < caught.value.retry_after <= 15 * 60
    assert "wait" in caught.value.user_message


def test_a_manager_enrolls_a_device_whose_token_reads_the_feed(live_api, client):
    client.login("manager1", PASSWORD)
    enrolled = client.enroll_device(live_api.store_id, "counter 1")
    assert isinstance(enrolled, DeviceEnrollment)
    assert enrolled.store_id == live_api.store_id and enrolled.device_id.startswith("dev_")
    assert enrolled.device_token not in repr(enrolled)  # a printed reply shows no token
    client.set_device_token(enrolled.device_token)
    assert client.changes(live_api.store_id, limit=5).changes


def test_an_associate_cannot_enroll_a_device(live_api, client):
    client.login("associate1a", PASSWORD)
    with pytest.raises(Forbidden):
        client.enroll_device(live_api.store_id, "counter")


# --- live look-ups ------------------------------------------------------------------------

def test_every_look_up_returns_the_servers_data(live_api, client):
    store = live_api.store_id
    client.login("manager1", PASSWORD)
    target = _customer_with_everything(live_api, store)
    with live_api.database.read() as conn:
        server_orders = [db.loads(t) for t in conn.execute(
            select(db.orders.c.data).where(db.orders.c.customer_id == target["id"])
            .order_by(db.orders.c.placed_at.desc(), db.orders.c.id.desc())).scalars()]
        server_notes = [db.loads(t) for t in conn.execute(
            select(db.notes.c.data).where(db.notes.c.customer_id == target["id"])).scalars()]
        server_carts = [db.loads(t) for t in conn.execute(
            select(db.carts.c.data).where(db.carts.c.customer_id == target["id"])).scalars()]
        server_pickups = [db.loads(t) for t in conn.execute(
            select(db.pickups.c.data).where(db.pickups.c.store_id == store, db.pickups.c.status == "new")).scalars()]
        customer_now = entities.get(conn, "customer", target["id"])

    found = client.search_customers(target["email"].upper())
    assert isinstance(found, Page) and target["id"] in [c["id"] for c in found.items]

    assert client.customer(target["id"]) == customer_now
    assert sorted(client.carts(target["id"]), key=lambda c: c["id"]) == sorted(server_carts, key=lambda c: c["id"])
    assert sorted(client.notes(target["id"]), key=lambda n: n["id"]) == sorted(server_notes, key=lambda n: n["id"])

    first = client.orders(target["id"], limit=1)
    assert first.items == server_orders[:1] and first.next_cursor
    rest = client.orders(target["id"], limit=50, cursor=first.next_cursor)
    assert first.items + rest.items == server_orders and rest.next_cursor is None

    skus = sorted({line["sku"] for order in server_orders for line in order["lines"]})
    products = client.products(skus)
    assert sorted(p["sku"] for p in products) == skus
    stock = client.inventory(store, skus)
    assert {i["sku"] for i in stock} <= set(skus) and all(i["store_id"] == store for i in stock)
    assert stock and all(i["available"] == i["on_hand"] - i["reserved"] for i in stock)
    assert client.products([]) == [] and client.inventory(store, []) == []

    pickups = client.pickups(store, status="new", limit=500)
    assert sorted(p["id"] for p in pickups.items) == sorted(p["id"] for p in server_pickups)
    assert all(p["status"] == "new" for p in pickups.items)
    both = client.pickups(store, status=["new", "ready"], limit=500)
    assert {p["status"] for p in both.items} == {"new", "ready"}

    end = SEED_NOW
    start = end - timedelta(days=30)
    figures = client.metrics(store, start, end)
    with live_api.database.read() as conn:
        assert figures == store_metrics(conn, store, iso(start), iso(end))


def test_a_missing_customer_is_not_found(client):
    client.login("associate1a", PASSWORD)
    with pytest.raises(NotFound):
        client.customer("cu_does_not_exist")
    with pytest.raises(NotFound):
        client.orders("cu_does_not_exist")


def test_another_stores_pickups_are_forbidden(live_api, client):
    client.login("associate1a", PASSWORD)
    with pytest.raises(Forbidden):
        client.pickups(live_api.store(1)["id"])
    with pytest.raises(Forbidden):  # manager-only
        client.metrics(live_api.store_id, SEED_NOW - timedelta(days=1), SEED_NOW)


def test_look_ups_need_a_session(client):
    with pytest.raises(SignedOut):
        client.search_customers("smith")


# --- sync ---------------------------------------------------------------------------------

def test_changes_pages_through_the_feed_with_the_device_token(live_api, client, device):
    store = device["store_id"]
    with pytest.raises(SignedOut):  # no device token yet
        client.changes(store)
    client.set_device_token(device["device_token"])
    seen: list[int] = []
    cursor = None
    for _ in range(3):
        page = client.changes(store, cursor=cursor, limit=100)
        assert isinstance(page, ChangesPage) and page.device_last_seq == 0
        assert len(page.changes) == 100 and page.has_more
        seen += [c.seq for c in page.changes]
        cursor = page.next_cursor
    assert seen == sorted(seen) and len(set(seen)) == 300
    upsert = next(c for c in page.changes if c.op == "upsert")
    with live_api.database.read() as conn:
        assert upsert.data == entities.get(conn, upsert.entity, upsert.id, store)


def test_a_long_poll_outlasts_the_clients_read_timeout(live_api, device):
    # A read timeout shorter than `wait` would cut every quiet long-poll off as "offline".
    client = ApiClient(live_api.url, timeout=httpx.Timeout(0.5, connect=2.0))
    try:
        client.set_device_token(device["device_token"])
        with live_api.database.read() as conn:
            latest = feed.latest_seq(conn, device["store_id"])
        cursor = feed.encode_cursor(latest)
        started = time.monotonic()
        page = client.changes(device["store_id"], cursor=cursor, wait=1)
        assert page.changes == [] and not page.has_more
        assert time.monotonic() - started >= 0.9
    finally:
        client.close()


def test_push_returns_a_result_for_every_mutation(live_api, client, device):
    store = device["store_id"]
    client.set_device_token(device["device_token"])
    with live_api.database.read() as conn:
        pickup = db.loads(conn.execute(select(db.pickups.c.data).where(
            db.pickups.c.store_id == store, db.pickups.c.status == "ready")).scalars().first())
    manager = live_api.staff_id(live_api.store(0)["manager"])

    def mutation(seq: int, name: str, args: dict[str, Any]) -> dict[str, Any]:
        return {"mutation_id": str(uuid.uuid4()), "seq": seq, "name": name, "acted_by": manager,
                "acted_at": iso(SEED_NOW), "args": args}

    wrong_code = "000000" if pickup["pickup_code"] != "000000" else "111111"
    batch = [
        mutation(1, "pickup.notify.v1", {"pickup_id": pickup["id"], "kind": "reminder"}),
        mutation(2, "pickup.mark_ready.v1", {"pickup_id": pickup["id"], "shelf_location": "B2", "picked": []}),
        mutation(3, "pickup.hand_over.v1", {"pickup_id": pickup["id"], "pickup_code": wrong_code, "collected_by": "customer",
                                            "id_check": "none", "id_last4": None, "collected": []}),
    ]
    result = client.push(device["device_id"], batch)
    assert isinstance(result, PushResult) and result.device_last_seq == 3
    assert [r.mutation_id for r in result.results] == [m["mutation_id"] for m in batch]
    assert [r.status for r in result.results] == ["applied", "noop", "rejected"]
    assert result.results[0].entity["id"] == pickup["id"] and result.results[0].entity["version"] == pickup["version"] + 1
    assert result.results[2].problem["type"] == "/problems/wrong-pickup-code"

    # A retry after a lost reply gets the stored results back.
    again = client.push(device["device_id"], batch)
    assert [r.status for r in again.results] == ["applied", "noop", "rejected"]


def test_a_feed_of_another_store_is_forbidden(live_api, client, device):
    client.set_device_token(device["device_token"])
    with pytest.raises(Forbidden):
        client.changes(live_api.store(1)["id"])


def test_a_cursor_older_than_the_purged_tombstones_requires_a_resync(live_api, client, device):
    store = device["store_id"]
    client.set_device_token(device["device_token"])
    cursor = client.changes(store, limit=10).next_cursor
    now_ts = int(live_api.clock.time())
    with live_api.database.write() as conn:
        customer_id = conn.execute(select(db.customers.c.id).where(db.customers.c.home_store_id == store)).scalars().first()
        feed.remove_customer_from_store(conn, customer_id, store, now_ts)
        feed.sweep(conn, now_ts + 31 * 86400)  # the tombstones are purged 30 days later
    with pytest.raises(ResyncRequired) as caught:
        client.changes(store, cursor=cursor)
    assert caught.value.status == 410


def test_a_revoked_device_is_signed_out(live_api, client, device):
    client.set_device_token(device["device_token"])
    with live_api.database.write() as conn:
        conn.execute(update(db.devices).where(db.devices.c.id == device["device_id"]).values(revoked=True))
    with pytest.raises(SignedOut):
        client.changes(device["store_id"])
    with pytest.raises(SignedOut):
        client.push(device["device_id"], [])


def test_a_stopped_server_is_offline():
    # A port nothing listens on: the real "connection refused" of a server that is down.
    client = ApiClient(f"http://127.0.0.1:{free_port()}")
    try:
        with pytest.raises(OfflineError):
            client.health()
    finally:
        client.close()


def test_plain_http_is_refused_for_a_remote_server_and_verification_cannot_be_disabled():
    with pytest.raises(ValueError):
        ApiClient("http://central.example.com")
    with pytest.raises(ValueError):
        ApiClient("https://central.example.com", verify=False)


# --- privacy ------------------------------------------------------------------------------

@pytest.fixture
def all_logs(caplog):
    """caplog at DEBUG, also on the loggers that do not propagate to the root (uvicorn's)."""
    caplog.set_level(logging.DEBUG)
    hooked = [logging.getLogger(n) for n in ("uvicorn", "uvicorn.error", "uvicorn.access", "httpx", "httpcore")]
    for logger in hooked:
        caplog.set_level(logging.DEBUG, logger=logger.name)
        if not logger.propagate:
            logger.addHandler(caplog.handler)
    yield caplog
    for logger in hooked:
        logger.removeHandler(caplog.handler)


def test_no_token_password_or_searched_customer_data_reaches_the_logs(live_api, client, device, rotations, all_logs):
    target = _customer_with_everything(live_api, device["store_id"])
    client.set_device_token(device["device_token"])
    first = client.login("associate1a", PASSWORD, device["device_id"])
    client.search_customers(target["email"])
    client.search_customers(target["phone"])
    client.customer(target["id"])
    live_api.clock.advance(ACCESS_SECONDS - 30)  # a refresh, too
    client.me()
    client.changes(device["store_id"], limit=20)
    with pytest.raises(ClerkError):
        client.login("associate1b", "a wrong password 123")
    client.logout()

    text = all_logs.text
    assert "HTTP Request" in text  # httpx did log the requests: the check below is not vacuous
    secrets = [first.access_token, first.refresh_token, *[r for r in rotations if r], device["device_token"],
               PASSWORD, "a wrong password 123",
               # in a URL, "@" and "+" would be escaped: look for the parts that would not be
               target["email"].split("@")[0], target["phone"].lstrip("+")]
    for secret in secrets:
        assert secret not in text
    assert "(query hidden)" in text


def test_threads_that_all_find_the_token_expiring_refresh_it_only_once(live_api, client, rotations):
    # Two refreshes with one refresh token would look like theft to the server and end the session.
    client.login("associate1a", PASSWORD)
    live_api.clock.advance(ACCESS_SECONDS - 10)
    barrier = threading.Barrier(6)
    outcomes: list[object] = []

    def work() -> None:
        barrier.wait()
        try:
            outcomes.append(client.me().username)
        except Exception as exc:  # noqa: BLE001 - recorded and asserted below
            outcomes.append(exc)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert outcomes == ["associate1a"] * 6
    assert len(rotations) == 2 and None not in rotations
