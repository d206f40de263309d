"""Staff sign-in, token rotation and expiry, lock-out, devices and secret hygiene (API.md "Authentication and trust")."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import select

from central_api import db
from tests.helpers.api import PASSWORD

pytestmark = pytest.mark.both_engines

LOCKOUT_WINDOW = 15 * 60
ACCESS_SECONDS = 900


def assert_problem(reply, status: int, slug: str) -> dict:
    assert reply.status_code == status, reply.text
    assert reply.headers["content-type"].startswith("application/problem+json")
    body = reply.json()
    assert body["type"] == f"/problems/{slug}"
    assert body["status"] == status
    return body


def post_login(live_api, username: str, password: str = PASSWORD, device_id: str | None = None):
    return live_api.client().post("/v1/auth/login", json={"username": username, "password": password, "device_id": device_id})


def get_me(live_api, token: str):
    return live_api.client(token).get("/v1/me")


# --- sign-in ------------------------------------------------------------------------------

def test_login_returns_a_token_pair_the_staff_member_and_the_offline_policy(live_api):
    reply = post_login(live_api, "associate1a")
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert isinstance(body["access_token"], str) and len(body["access_token"]) >= 32
    assert isinstance(body["refresh_token"], str) and len(body["refresh_token"]) >= 32
    assert body["access_token"] != body["refresh_token"]
    assert body["expires_in"] == 900
    staff = body["staff"]
    assert staff["id"] == "sf_associate1a"
    assert staff["username"] == "associate1a"
    assert staff["role"] == "associate"
    assert staff["store_ids"] == [live_api.store(0)["id"]]
    assert isinstance(staff["display_name"], str) and staff["display_name"]
    assert body["offline_policy"]["max_offline_hours"] == 72


def test_manager_login_reports_the_manager_role(live_api):
    body = live_api.login("manager2")
    assert body["staff"]["role"] == "manager"
    assert body["staff"]["store_ids"] == [live_api.store(1)["id"]]


def test_wrong_password_is_401_unauthenticated(live_api):
    assert_problem(post_login(live_api, "associate1a", password="not the password"), 401, "unauthenticated")


def test_unknown_user_is_401_unauthenticated(live_api):
    assert_problem(post_login(live_api, "nobody-here"), 401, "unauthenticated")


def test_me_returns_the_signed_in_staff(live_api):
    token = live_api.staff_token("associate2b")
    reply = get_me(live_api, token)
    assert reply.status_code == 200, reply.text
    me = reply.json()
    assert set(me) >= {"id", "username", "display_name", "role", "store_ids"}
    assert me["id"] == "sf_associate2b"
    assert me["username"] == "associate2b"
    assert me["role"] == "associate"
    assert me["store_ids"] == [live_api.store(1)["id"]]


# --- lock-out -----------------------------------------------------------------------------

def _fail(live_api, username: str, times: int) -> None:
    for _ in range(times):
        assert_problem(post_login(live_api, username, password="wrong"), 401, "unauthenticated")


def test_five_failures_lock_the_username_even_for_the_right_password(live_api):
    _fail(live_api, "associate1b", 5)
    reply = post_login(live_api, "associate1b", password=PASSWORD)
    body = assert_problem(reply, 429, "rate-limited")
    retry_after = int(reply.headers["Retry-After"])
    assert 0 < retry_after <= LOCKOUT_WINDOW
    assert body["status"] == 429


def test_four_failures_do_not_lock(live_api):
    _fail(live_api, "associate1b", 4)
    assert post_login(live_api, "associate1b").status_code == 200


def test_lock_out_is_per_username(live_api):
    _fail(live_api, "associate1b", 5)
    assert_problem(post_login(live_api, "associate1b"), 429, "rate-limited")
    assert post_login(live_api, "associate1c").status_code == 200


def test_failures_for_an_unknown_username_also_lock_it(live_api):
    # Otherwise probing for usernames would be unlimited.
    _fail(live_api, "ghost", 5)
    assert_problem(post_login(live_api, "ghost"), 429, "rate-limited")


def test_login_works_again_once_the_window_has_passed(live_api):
    _fail(live_api, "associate1b", 5)
    assert_problem(post_login(live_api, "associate1b"), 429, "rate-limited")
    live_api.clock.advance(LOCKOUT_WINDOW + 1)
    reply = post_login(live_api, "associate1b")
    assert reply.status_code == 200, reply.text


def test_failures_spread_over_more_than_the_window_do_not_lock(live_api):
    _fail(live_api, "associate1b", 4)
    live_api.clock.advance(LOCKOUT_WINDOW + 1)
    _fail(live_api, "associate1b", 1)
    assert post_login(live_api, "associate1b").status_code == 200


# --- refresh rotation and reuse -----------------------------------------------------------

def _refresh(live_api, refresh_token: str):
    return live_api.client().post("/v1/auth/refresh", json={"refresh_token": refresh_token})


def test_refresh_rotates_to_a_new_pair(live_api):
    first = live_api.login("associate1a")
    reply = _refresh(live_api, first["refresh_token"])
    assert reply.status_code == 200, reply.text
    second = reply.json()
    assert second["access_token"] not in (first["access_token"], first["refresh_token"])
    assert second["refresh_token"] not in (first["access_token"], first["refresh_token"])
    assert second["expires_in"] == 900
    assert second["staff"]["id"] == "sf_associate1a"
    assert get_me(live_api, second["access_token"]).status_code == 200
    # The old access token may live out its 15 minutes; the API allows it.
    assert get_me(live_api, first["access_token"]).status_code == 200


def test_reusing_a_spent_refresh_token_is_401_and_revokes_the_whole_chain(live_api):
    first = live_api.login("associate1a")
    second = _refresh(live_api, first["refresh_token"]).json()
    third_reply = _refresh(live_api, second["refresh_token"])
    assert third_reply.status_code == 200
    third = third_reply.json()
    assert get_me(live_api, third["access_token"]).status_code == 200

    assert_problem(_refresh(live_api, first["refresh_token"]), 401, "unauthenticated")

    assert_problem(get_me(live_api, third["access_token"]), 401, "unauthenticated")
    assert_problem(get_me(live_api, first["access_token"]), 401, "unauthenticated")
    assert_problem(_refresh(live_api, third["refresh_token"]), 401, "unauthenticated")


def test_chain_revocation_leaves_the_same_persons_other_sessions_alone(live_api):
    stolen = live_api.login("associate1a")
    other = live_api.login("associate1a")
    _refresh(live_api, stolen["refresh_token"])
    assert_problem(_refresh(live_api, stolen["refresh_token"]), 401, "unauthenticated")
    assert get_me(live_api, other["access_token"]).status_code == 200
    assert _refresh(live_api, other["refresh_token"]).status_code == 200


def test_an_unknown_refresh_token_is_401(live_api):
    assert_problem(_refresh(live_api, "not-a-refresh-token"), 401, "unauthenticated")


def test_an_access_token_is_not_accepted_as_a_refresh_token(live_api):
    pair = live_api.login("associate1a")
    assert_problem(_refresh(live_api, pair["access_token"]), 401, "unauthenticated")


def test_a_refresh_token_is_not_accepted_as_an_access_token(live_api):
    pair = live_api.login("associate1a")
    assert_problem(get_me(live_api, pair["refresh_token"]), 401, "unauthenticated")


# --- expiry and logout --------------------------------------------------------------------

def test_access_token_expires_after_900_seconds(live_api):
    token = live_api.staff_token("associate1a")
    live_api.clock.advance(ACCESS_SECONDS - 1)
    assert get_me(live_api, token).status_code == 200
    live_api.clock.advance(2)
    assert_problem(get_me(live_api, token), 401, "unauthenticated")


def test_refresh_still_works_after_the_access_token_expired(live_api):
    pair = live_api.login("associate1a")
    live_api.clock.advance(ACCESS_SECONDS + 1)
    reply = _refresh(live_api, pair["refresh_token"])
    assert reply.status_code == 200, reply.text
    assert get_me(live_api, reply.json()["access_token"]).status_code == 200


def test_logout_is_204_and_ends_the_session(live_api):
    pair = live_api.login("associate1a")
    reply = live_api.client(pair["access_token"]).post("/v1/auth/logout")
    assert reply.status_code == 204
    assert reply.content == b""
    assert_problem(get_me(live_api, pair["access_token"]), 401, "unauthenticated")
    assert_problem(_refresh(live_api, pair["refresh_token"]), 401, "unauthenticated")


# --- devices ------------------------------------------------------------------------------

def test_login_on_a_device_of_the_own_store_works(live_api):
    device = live_api.enroll(0)
    reply = post_login(live_api, "associate1a", device_id=device["device_id"])
    assert reply.status_code == 200, reply.text


def test_login_on_a_device_of_another_store_is_403_forbidden(live_api):
    device = live_api.enroll(1)
    assert_problem(post_login(live_api, "associate1a", device_id=device["device_id"]), 403, "forbidden")


def test_login_with_an_unknown_device_is_401(live_api):
    assert_problem(post_login(live_api, "associate1a", device_id="dev_doesnotexist"), 401, "unauthenticated")


def _enroll(live_api, token: str, store_id: str):
    return live_api.client(token).post("/v1/devices", json={"store_id": store_id, "name": "counter 1"})


def test_manager_enrolls_a_device_into_their_store(live_api):
    store_id = live_api.store(0)["id"]
    reply = _enroll(live_api, live_api.staff_token("manager1"), store_id)
    assert reply.status_code == 201, reply.text
    body = reply.json()
    assert body["store_id"] == store_id
    assert isinstance(body["device_id"], str) and body["device_id"]
    assert isinstance(body["device_token"], str) and len(body["device_token"]) >= 32


def test_associate_cannot_enroll_a_device(live_api):
    assert_problem(_enroll(live_api, live_api.staff_token("associate1a"), live_api.store(0)["id"]), 403, "forbidden")


def test_manager_cannot_enroll_a_device_into_another_store(live_api):
    assert_problem(_enroll(live_api, live_api.staff_token("manager2"), live_api.store(0)["id"]), 403, "forbidden")


def test_device_token_reads_its_own_store_feed(live_api):
    store_id = live_api.store(0)["id"]
    device = _enroll(live_api, live_api.staff_token("manager1"), store_id).json()
    reply = live_api.client(device["device_token"]).get(f"/v1/stores/{store_id}/changes", params={"limit": 5})
    assert reply.status_code == 200, reply.text
    assert len(reply.json()["changes"]) == 5


# --- secrets ------------------------------------------------------------------------------

@pytest.fixture
def all_logs(caplog):
    """caplog at DEBUG, also hooked onto uvicorn's loggers (they do not propagate to the root)."""
    caplog.set_level(logging.DEBUG)
    hooked = [logging.getLogger(name) for name in ("uvicorn", "uvicorn.error", "uvicorn.access")]
    for logger in hooked:
        caplog.set_level(logging.DEBUG, logger=logger.name)
        logger.addHandler(caplog.handler)
    yield caplog
    for logger in hooked:
        logger.removeHandler(caplog.handler)


def test_no_password_or_token_is_logged(live_api, all_logs):
    wrong_password = "Wr0ng-but-secret-passw0rd"
    pair = live_api.login("manager1")
    assert_problem(post_login(live_api, "manager1", password=wrong_password), 401, "unauthenticated")
    rotated = _refresh(live_api, pair["refresh_token"]).json()
    device = _enroll(live_api, rotated["access_token"], live_api.store(0)["id"]).json()
    # A request that fails validation must not echo the password back into a log either.
    live_api.client().post("/v1/auth/login", json={"username": "manager1", "password": wrong_password, "device_id": 7})

    # The capture was live for the whole exchange (the HTTP client logs each request).
    assert "/v1/auth/login" in all_logs.text
    assert "/v1/auth/refresh" in all_logs.text
    secrets = [PASSWORD, wrong_password, pair["access_token"], pair["refresh_token"],
               rotated["access_token"], rotated["refresh_token"], device["device_token"]]
    for secret in secrets:
        assert secret not in all_logs.text


def test_tokens_and_passwords_are_stored_only_as_hashes(live_api):
    pair = live_api.login("manager1")
    device = live_api.enroll(0)
    with live_api.database.read() as conn:
        token_hashes = set(conn.execute(select(db.tokens.c.token_hash)).scalars())
        device_hashes = set(conn.execute(select(db.devices.c.token_hash)).scalars())
        password_hash = conn.execute(select(db.staff.c.password_hash).where(db.staff.c.id == "sf_manager1")).scalar_one()
    assert token_hashes and device_hashes
    assert pair["access_token"] not in token_hashes
    assert pair["refresh_token"] not in token_hashes
    assert device["device_token"] not in device_hashes
    assert password_hash.startswith("$argon2")
    assert PASSWORD not in password_hash
