"""API.md v1.1 enrollment codes on the real server, on SQLite and PostgreSQL: a manager makes a code for their
store, a counter enrolls with it and no token, each use is spent once (also when counters race for the last
one), and wrong, spent or expired codes are 401 and, ten from one address in 15 minutes, 429."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from central_api import db, enrollment
from central_api.security import parse_iso, token_hash
from tests.helpers.api import SEED_NOW, LiveApi

pytestmark = pytest.mark.both_engines

PERSIAN, ARABIC_INDIC = "۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩"


def make_code(api: LiveApi, hours: int = 24, uses: int = 5, store_index: int = 0) -> dict:
    token = api.staff_token(api.store(store_index)["manager"])
    reply = api.client(token).post(f"/v1/stores/{api.store(store_index)['id']}/enrollment-codes",
                                   json={"expires_in_hours": hours, "uses": uses})
    assert reply.status_code == 201, reply.text
    return reply.json()


def enroll(api: LiveApi, code: str, **extra):
    return api.client().post("/v1/devices", json={"enrollment_code": code, "name": "Front counter", **extra})


def assert_problem(reply, status: int, slug: str) -> dict:
    assert reply.status_code == status, reply.text
    assert reply.headers["content-type"].startswith("application/problem+json")
    assert reply.json()["type"] == f"/problems/{slug}"
    return reply.json()


def test_a_managers_code_is_easy_to_read_kept_hashed_and_enrolls_a_counter_without_a_token(live_api):
    made = make_code(live_api, hours=8, uses=3)
    code = made["code"]
    assert made["uses"] == 3
    assert parse_iso(made["expires_at"]) == SEED_NOW + timedelta(hours=8)
    raw = code.replace("-", "")
    assert len(raw) == 10 and [len(g) for g in code.split("-")] == [4, 4, 2]
    assert set(raw) <= set(enrollment.ALPHABET) and not set(raw) & set("0O1I")
    with live_api.database.read() as conn:
        rows = conn.execute(select(db.enrollment_codes)).all()
    assert len(rows) == 1 and rows[0].store_id == live_api.store_id and rows[0].uses_left == 3
    dumped = repr([tuple(r) for r in rows])
    assert raw not in dumped and code not in dumped  # only its hash is stored

    reply = enroll(live_api, code)
    assert reply.status_code == 201, reply.text
    device = reply.json()
    assert device["store_id"] == live_api.store_id and device["device_id"].startswith("dev_")
    # The device token works on the store's feed, as a manager-enrolled one does.
    feed = live_api.client(device["device_token"]).get(f"/v1/stores/{live_api.store_id}/changes", params={"limit": 1})
    assert feed.status_code == 200, feed.text
    with live_api.database.read() as conn:
        row = conn.execute(select(db.devices).where(db.devices.c.id == device["device_id"])).one()
        left = conn.execute(select(db.enrollment_codes.c.uses_left)).scalar_one()
    assert row.name == "Front counter" and row.enrolled_by == live_api.staff_id(live_api.store(0)["manager"])
    assert row.token_hash == token_hash(device["device_token"]) and left == 2


def test_the_code_is_accepted_in_any_case_with_or_without_dashes_and_with_persian_or_arabic_digits(live_api):
    code = make_code(live_api, uses=4)["code"]
    raw = code.replace("-", "")
    persian = raw.lower().translate(str.maketrans("0123456789", PERSIAN))
    arabic = " ".join(raw[i:i + 2] for i in range(0, 10, 2)).translate(str.maketrans("0123456789", ARABIC_INDIC))
    for typed in (code.lower(), raw, persian, arabic):
        assert enroll(live_api, typed).status_code == 201, typed


def test_each_use_enrolls_one_counter_and_a_spent_code_is_401(live_api):
    code = make_code(live_api, uses=2)["code"]
    ids = {enroll(live_api, code).json()["device_id"] for _ in range(2)}
    assert len(ids) == 2
    assert_problem(enroll(live_api, code), 401, "unauthenticated")


def test_an_expired_code_is_401(live_api):
    code = make_code(live_api, hours=1)["code"]
    live_api.clock.advance(3600)
    assert_problem(enroll(live_api, code), 401, "unauthenticated")


def test_a_code_names_its_own_store_and_a_different_store_id_sent_with_it_is_401_and_spends_nothing(live_api):
    code = make_code(live_api, uses=1)["code"]
    assert_problem(enroll(live_api, code, store_id=live_api.store(1)["id"]), 401, "unauthenticated")
    reply = enroll(live_api, code, store_id=live_api.store_id)
    assert reply.status_code == 201 and reply.json()["store_id"] == live_api.store_id


def test_two_counters_racing_for_the_last_use_get_one_device_and_one_401(live_api):
    code = make_code(live_api, uses=1)["code"]
    start, replies = threading.Barrier(2), []

    def counter() -> None:
        client = live_api.client()
        start.wait()
        replies.append(client.post("/v1/devices", json={"enrollment_code": code, "name": "racer"}))

    threads = [threading.Thread(target=counter) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(r.status_code for r in replies) == [201, 401]
    with live_api.database.read() as conn:
        racers = conn.execute(select(db.devices.c.id).where(db.devices.c.name == "racer")).all()
        left = conn.execute(select(db.enrollment_codes.c.uses_left)).scalar_one()
    assert len(racers) == 1 and left == 0


def test_ten_wrong_codes_from_one_address_in_15_minutes_are_429_even_for_a_right_code(live_api):
    good = make_code(live_api)["code"]
    for _ in range(10):
        assert_problem(enroll(live_api, "ABCD-EFGH-JK"), 401, "unauthenticated")
    problem = assert_problem(enroll(live_api, good), 429, "rate-limited")
    assert 1 <= problem["retry_after"] <= 900
    live_api.clock.advance(15 * 60)
    assert enroll(live_api, good).status_code == 201


def test_nine_wrong_codes_do_not_lock_and_a_staff_enrollment_is_never_locked_out(live_api):
    good = make_code(live_api)["code"]
    for _ in range(9):
        enroll(live_api, "wrong")
    assert enroll(live_api, good).status_code == 201
    enroll(live_api, "wrong")
    enroll(live_api, "wrong")
    token = live_api.staff_token(live_api.store(0)["manager"])
    reply = live_api.client(token).post("/v1/devices", json={"store_id": live_api.store_id, "name": "by hand"})
    assert reply.status_code == 201, reply.text


@pytest.mark.parametrize("who,store_index,status", [("associate", 0, 403), ("manager", 1, 403), ("none", 0, 401)])
def test_only_a_manager_of_the_store_makes_codes(live_api, who, store_index, status):
    store = live_api.store(0)
    token = {"associate": lambda: live_api.staff_token(store["associates"][0]),
             "manager": lambda: live_api.staff_token(live_api.store(store_index)["manager"]),
             "none": lambda: None}[who]()
    reply = live_api.client(token).post(f"/v1/stores/{store['id']}/enrollment-codes",
                                        json={"expires_in_hours": 1, "uses": 1})
    assert_problem(reply, status, "forbidden" if status == 403 else "unauthenticated")
    with live_api.database.read() as conn:
        assert conn.execute(select(db.enrollment_codes)).first() is None


@pytest.mark.parametrize("body", [{"expires_in_hours": 0, "uses": 1}, {"expires_in_hours": 169, "uses": 1},
                                  {"expires_in_hours": 1, "uses": 0}, {"expires_in_hours": 1, "uses": 501},
                                  {"uses": 1}, {"expires_in_hours": "1h", "uses": 1}])
def test_a_code_outside_the_limits_is_422(live_api, body):
    token = live_api.staff_token(live_api.store(0)["manager"])
    reply = live_api.client(token).post(f"/v1/stores/{live_api.store_id}/enrollment-codes", json=body)
    assert_problem(reply, 422, "validation")


def test_the_limits_themselves_are_accepted(live_api):
    assert make_code(live_api, hours=168, uses=500)["uses"] == 500
    assert make_code(live_api, hours=1, uses=1)["uses"] == 1


def test_a_device_request_with_neither_store_nor_code_is_422(live_api):
    assert_problem(live_api.client().post("/v1/devices", json={"name": "counter"}), 422, "validation")


_codeish = st.one_of(st.text(max_size=120), st.none(), st.integers(), st.lists(st.text(max_size=5), max_size=3),
                     st.text(alphabet=enrollment.ALPHABET + "-  ", min_size=8, max_size=14))


@settings(max_examples=40, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(code=_codeish, name=st.one_of(st.text(max_size=220), st.none(), st.just("")))
def test_bad_enrollment_requests_are_refused_cleanly_and_enroll_nothing(live_api, code, name):
    with live_api.database.write() as conn:  # the lock-out would turn every later answer into 429
        conn.execute(db.enrollment_failures.delete())
    with live_api.database.read() as conn:
        before = len(conn.execute(select(db.devices.c.id)).all())
    reply = live_api.client().post("/v1/devices", json={"enrollment_code": code, "name": name})
    assert reply.status_code in (401, 422), reply.text
    assert reply.headers["content-type"].startswith("application/problem+json")
    with live_api.database.read() as conn:
        assert len(conn.execute(select(db.devices.c.id)).all()) == before
