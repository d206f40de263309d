"""The lean way into GET /v1/stores/{id}/changes (routes/changes_fast_path.py) answers exactly as the route:
every request below is sent twice to the same real server, with the lean way on and off, and the two
answers compare equal (status, content type, body). The lean way answers the plain polls a counter makes
and hands everything else to the app (it counts the ones it answered)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sqlalchemy import update

from central_api import db
from tests.helpers.longpoll import changes_url, head_cursor

CLERK_AGENT = {"User-Agent": "Clerk/0.1.0 (Linux)"}


def _answer(api, token: str | None, store_id: str, params: Any, fast: bool,
            headers: dict[str, str] | None = None) -> tuple[int, str, Any]:
    api.app.state.changes_fast_path = fast
    sent = {"Authorization": token} if token is not None else {}
    with httpx.Client(base_url=api.url, timeout=30, headers={**sent, **(headers or {})}) as client:
        reply = client.get(changes_url(store_id), params=params)
    body = reply.json() if reply.headers.get("content-type", "").endswith("json") else reply.text
    return reply.status_code, reply.headers.get("content-type", ""), body


def _served(api) -> int:
    return api.app.state.changes_fast_path_served


@pytest.mark.both_engines
def test_the_lean_way_in_answers_every_request_as_the_route_does_and_takes_only_the_plain_polls(live_api):
    device, other_store_device, revoked = live_api.enroll(0), live_api.enroll(1), live_api.enroll(0)
    with live_api.database.write() as conn:
        conn.execute(update(db.devices).where(db.devices.c.id == revoked["device_id"]).values(revoked=True))
    store_id = device["store_id"]
    bearer = f"Bearer {device['device_token']}"
    first_page = _answer(live_api, bearer, store_id, {"limit": 3}, fast=False)[2]
    head = head_cursor(live_api.url, device["device_token"], store_id)

    plain = [  # (query, what the lean way answers)
        {}, {"limit": 7}, {"cursor": first_page["next_cursor"], "limit": 3}, {"limit": 2000, "wait": 0},
        {"cursor": head, "wait": 1},  # held for its second, then the empty page at the head
        {"cursor": "", "limit": 1},
    ]
    other = [  # for the app: spelt otherwise, out of range, malformed, repeated, unknown
        {"limit": "050"}, {"limit": " 5"}, {"limit": 0}, {"limit": 2001}, {"limit": "abc"}, {"limit": ""},
        {"wait": 31}, {"wait": -1}, {"wait": "1.5"}, {"cursor": "x" * 501}, {"cursor": "not-a-cursor"},
        [("limit", "5"), ("limit", "6")], {"foo": "1"},
    ]
    for params in plain + other:
        before = _served(live_api)
        fast = _answer(live_api, bearer, store_id, params, fast=True)
        answered_here = _served(live_api) - before
        slow = _answer(live_api, bearer, store_id, params, fast=False)
        assert fast == slow, params
        assert answered_here == (1 if params in plain else 0), params
        assert _served(live_api) == before + answered_here  # with the lean way off, nothing goes through it
    assert _answer(live_api, bearer, store_id, {"cursor": head, "wait": 1}, fast=True)[2]["changes"] == []

    for token, asked_store in [(None, store_id), ("Basic abc", store_id), ("Bearer", store_id), ("bearer  not-a-token", store_id),
                               ("Bearer not-a-token", store_id), (f"Bearer {revoked['device_token']}", store_id),
                               (f"Bearer {other_store_device['device_token']}", store_id),
                               (bearer, other_store_device["store_id"])]:
        before = _served(live_api)
        fast = _answer(live_api, token, asked_store, {"limit": 5}, fast=True)
        assert _served(live_api) == before, token
        slow = _answer(live_api, token, asked_store, {"limit": 5}, fast=False)
        assert fast == slow and fast[0] in (401, 403), (token, fast)


def test_a_counter_too_old_for_the_server_is_refused_on_the_lean_way_too(live_api):
    device = live_api.enroll(0)
    bearer = f"Bearer {device['device_token']}"
    assert _answer(live_api, bearer, device["store_id"], {"limit": 5}, fast=True, headers=CLERK_AGENT)[0] == 200
    live_api.app.state.min_client_version = "1.0.0"
    before = _served(live_api)
    status, content_type, body = _answer(live_api, bearer, device["store_id"], {"limit": 5}, fast=True,
                                         headers=CLERK_AGENT)
    assert (status, body["type"], body["min_version"]) == (426, "/problems/unsupported-version", "1.0.0")
    assert _served(live_api) == before
