"""Replies no real server gives (malformed, hostile, broken connections), through httpx.MockTransport: each is one clerk_app.errors class."""

from __future__ import annotations

import copy
import email.utils
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from clerk_app.api import ApiClient
from clerk_app.errors import (
    ClerkError,
    Forbidden,
    IdempotencyMismatch,
    NotFound,
    OfflineError,
    ProblemError,
    ProtocolError,
    RateLimited,
    ResyncRequired,
    ServerUnavailable,
    SignedOut,
    StatusConflict,
    UnsupportedVersion,
    ValidationFailed,
    WrongPickupCode,
)

BASE = "http://127.0.0.1:9"
STORE = "st_001"
NOW = 1_800_000_000.0

STAFF = {"id": "sf_a", "username": "a", "display_name": "A", "role": "manager", "store_ids": [STORE]}
CUSTOMER = {
    "id": "cu_1", "version": 3, "given_name": "Sarah", "family_name": "Smith", "display_name": "Sarah Smith",
    "email": "sarah.private@example.com", "phone": "+15555551234", "loyalty_id": "L1", "loyalty_tier": "gold",
    "loyalty_points": 10, "home_store_id": STORE, "preferred_channel": "sms", "marketing_consent": False,
    "locale": "en-US", "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-02T00:00:00Z",
    "stats": {"lifetime_value_cents": 100, "currency": "EUR", "orders_count": 1, "last_order_at": None,
              "channels_used": ["web"]},
}
PICKUP = {
    "id": "pk_1", "version": 2, "order_id": "or_1", "order_number": "W100", "customer_id": "cu_1",
    "customer_name": "Sarah Smith", "store_id": STORE, "status": "picking", "created_at": "2026-01-01T00:00:00Z",
    "promised_by": "2026-01-01T04:00:00Z", "ready_at": None, "pickup_by": None, "picked_up_at": None,
    "shelf_location": None, "pickup_code": "ABC123", "alternate_pickup_name": None, "customer_arrived_at": None,
    "arrival_note": None, "lines": [{"sku": "SKU1", "name": "Mug", "quantity": 1, "picked_quantity": 0,
                                      "collected_quantity": 0}],
    "notifications": [], "handover": None, "cancel_reason": None, "updated_at": "2026-01-01T01:00:00Z",
}


def change(entity: str = "customer", data: Any = None, **over: Any) -> dict[str, Any]:
    data = copy.deepcopy(CUSTOMER) if data is None else data
    base = {"seq": 7, "entity": entity, "id": data.get("id", "x") if isinstance(data, dict) else "x",
            "op": "upsert", "version": 3, "data": data}
    return {**base, **over}


def page_of(*changes: dict[str, Any]) -> dict[str, Any]:
    return {"changes": list(changes), "next_cursor": "c1", "has_more": False, "device_last_seq": 0}


Handler = Callable[[httpx.Request], httpx.Response]


def json_reply(body: Any, status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(status, content=json.dumps(body).encode(), headers={"content-type": "application/json", **headers})


def token_pair() -> dict[str, Any]:
    return {"access_token": "access-token-value-1234567890", "refresh_token": "refresh-token-value-1234567890",
            "expires_in": 900, "token_type": "Bearer", "staff": STAFF, "offline_policy": {"max_offline_hours": 72}}


@pytest.fixture
def make_client() -> Iterator[Callable[..., ApiClient]]:
    """A client whose transport answers sign-in normally and every other request with `handler`."""
    made: list[ApiClient] = []

    def make(handler: Handler, *, signed_in: bool = True, **kwargs: Any) -> ApiClient:
        def route(request: httpx.Request) -> httpx.Response:
            if request.url.path in ("/v1/auth/login", "/v1/auth/refresh"):
                return json_reply(token_pair())
            return handler(request)

        client = ApiClient(BASE, transport=httpx.MockTransport(route), now=lambda: NOW, **kwargs)
        client.set_device_token("device-token-value-1234567890")
        if signed_in:
            client.login("a", "pw")
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


def raises_exactly(cls: type[ClerkError], call: Callable[[], Any]) -> ClerkError:
    """The call raises `cls` itself: not a subclass, not a parent, and nothing outside clerk_app.errors."""
    with pytest.raises(ClerkError) as caught:
        call()
    assert type(caught.value) is cls, f"{type(caught.value).__name__}: {caught.value}"
    return caught.value


def always(response: httpx.Response | Callable[[], httpx.Response]) -> Handler:
    return lambda request: response() if callable(response) else response


# --- bodies that are not what the contract promises ------------------------------------------

@pytest.mark.parametrize("body", [b"{not json", b"", b"\xff\xfe\x00garbage", b'{"status": NaN}', b"[" * 100_000 + b"]" * 100_000],
                         ids=["malformed", "empty", "not-utf8", "nan", "nested-100k-deep"])
def test_a_body_that_is_not_json_is_a_protocol_error(make_client, body):
    client = make_client(always(httpx.Response(200, content=body, headers={"content-type": "application/json"})))
    raises_exactly(ProtocolError, client.health)
    raises_exactly(ProtocolError, lambda: client.customer("cu_1"))
    raises_exactly(ProtocolError, lambda: client.changes(STORE))


@pytest.mark.parametrize("field,value", [("version", "3"), ("version", 3.0), ("marketing_consent", 0),
                                         ("stats", []), ("loyalty_tier", 5), ("email", 5)])
def test_a_field_of_the_wrong_type_is_a_protocol_error(make_client, field, value):
    # Strict: "3" is not taken for 3, because the raw dict (with "3") is what the cache would store.
    body = {**CUSTOMER, field: value}
    client = make_client(always(json_reply(body)))
    raises_exactly(ProtocolError, lambda: client.customer("cu_1"))


@pytest.mark.parametrize("field", ["id", "version", "display_name", "stats", "home_store_id"])
def test_a_missing_field_is_a_protocol_error(make_client, field):
    body = {k: v for k, v in CUSTOMER.items() if k != field}
    client = make_client(always(json_reply({"items": [body], "next_cursor": None})))
    raises_exactly(ProtocolError, lambda: client.search_customers("sarah"))


@pytest.mark.parametrize("reply", [[], "a string", {"items": {"not": "a list"}, "next_cursor": None},
                                   {"items": [CUSTOMER]}, {"items": [CUSTOMER, 5], "next_cursor": None}],
                         ids=["list", "string", "items-not-list", "no-next-cursor", "item-not-object"])
def test_a_page_of_the_wrong_shape_is_a_protocol_error(make_client, reply):
    client = make_client(always(json_reply(reply)))
    raises_exactly(ProtocolError, lambda: client.search_customers("sarah"))


def test_staff_replies_are_validated(make_client):
    client = make_client(always(json_reply({**STAFF, "role": None})))  # a role the server does not know is kept
    raises_exactly(ProtocolError, client.me)


def test_a_sign_in_reply_without_tokens_is_a_protocol_error_and_signs_nobody_in(make_client):
    reply = {k: v for k, v in token_pair().items() if k != "refresh_token"}
    client = ApiClient(BASE, transport=httpx.MockTransport(always(json_reply(reply))))
    try:
        raises_exactly(ProtocolError, lambda: client.login("a", "pw"))
        assert not client.signed_in and client.staff is None
    finally:
        client.close()


# --- the change feed ----------------------------------------------------------------------------

@pytest.mark.parametrize("bad", [
    change("customer", {**CUSTOMER, "stats": None}),
    change("pickup", {**PICKUP, "status": 7}),  # an unknown status as text is kept (test_unknown_values.py)
    change("pickup", {**PICKUP, "lines": [{"sku": "SKU1"}]}),
    change("customer", copy.deepcopy(PICKUP)),  # a pickup's data filed as a customer
    change("customer", {**CUSTOMER, "id": "cu_other"}, id="cu_1"),  # data for another record
    change("customer", None, op="upsert") | {"data": None},
    change("inventory", {"store_id": STORE, "sku": "SKU1", "on_hand": "5", "reserved": 0, "available": 5,
                         "updated_at": "2026-01-01T00:00:00Z"}, id="SKU1"),
], ids=["customer-stats-null", "pickup-status-not-text", "pickup-line-missing-fields", "wrong-entity-model",
        "id-mismatch", "upsert-without-data", "inventory-string-count"])
def test_a_change_whose_data_does_not_match_its_entity_is_a_protocol_error(make_client, bad):
    client = make_client(always(json_reply(page_of(change(), bad))))
    raises_exactly(ProtocolError, lambda: client.changes(STORE))


@pytest.mark.parametrize("over", [{"entity": 5}, {"op": "merge"}, {"seq": "7"}, {"version": None},
                                  {"entity": "coupon", "seq": "7"}],
                         ids=["entity-not-text", "unknown-op", "seq-as-text", "no-version", "unknown-kind-seq-as-text"])
def test_a_broken_change_or_an_unknown_op_is_a_protocol_error(make_client, over):
    # A change of an unknown entity kind is skipped (test_unknown_values.py), but still has to be a change.
    client = make_client(always(json_reply(page_of(change(**over)))))
    raises_exactly(ProtocolError, lambda: client.changes(STORE))


@pytest.mark.parametrize("missing", ["changes", "next_cursor", "has_more", "device_last_seq"])
def test_a_changes_page_missing_a_field_is_a_protocol_error(make_client, missing):
    body = {k: v for k, v in page_of(change()).items() if k != missing}
    client = make_client(always(json_reply(body)))
    raises_exactly(ProtocolError, lambda: client.changes(STORE))


def test_a_delete_needs_no_data_and_an_upsert_keeps_the_servers_dict(make_client):
    data = {**CUSTOMER, "favourite_colour": "teal", "stats": {**CUSTOMER["stats"], "new_stat": 1}}
    tombstone = {**change("cart", {"id": "ca_1"}), "op": "delete", "data": None}
    client = make_client(always(json_reply(page_of(change("customer", data), tombstone))))
    page = client.changes(STORE)
    upsert, delete = page.changes
    assert upsert.data == data  # unknown fields, nested ones too, kept for the cache
    assert (delete.op, delete.id, delete.data) == ("delete", "ca_1", None)


def test_a_changes_page_with_nan_as_a_number_is_refused_and_as_text_is_kept(make_client):
    # The one-pass page parser would read NaN as a number: such a text takes the standard parser's way.
    good = json.dumps(page_of(change("customer", {**CUSTOMER, "display_name": "NaN Infinity"}))).encode()
    bad = good.replace(b'"lifetime_value_cents": ', b'"lifetime_value_cents": NaN, "x": ')
    assert bad != good
    client = make_client(always(httpx.Response(200, content=bad, headers={"content-type": "application/json"})))
    raises_exactly(ProtocolError, lambda: client.changes(STORE))
    client = make_client(always(httpx.Response(200, content=good, headers={"content-type": "application/json"})))
    assert client.changes(STORE).raw_changes[0]["data"]["display_name"] == "NaN Infinity"


# --- unknown fields are accepted and kept ----------------------------------------------------------

def test_unknown_fields_are_accepted_and_kept_in_the_raw_dicts(make_client):
    customer = {**CUSTOMER, "nickname": "Sal", "stats": {**CUSTOMER["stats"], "returns_count": 2}}
    pickup = {**PICKUP, "locker": "L7"}

    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/v1/customers":
            return json_reply({"items": [customer], "next_cursor": None, "total": 1})
        if path == "/v1/customers/cu_1":
            return json_reply(customer)
        if path.endswith("/pickups"):
            return json_reply({"items": [pickup], "next_cursor": "n2"})
        if path == "/v1/mutations":
            sent = json.loads(request.content)["mutations"][0]
            return json_reply({"results": [{"mutation_id": sent["mutation_id"], "status": "applied", "problem": None,
                                            "entity": pickup, "applied_at": "now"}], "device_last_seq": 1, "extra": 1})
        if path == "/v1/me":
            return json_reply({**STAFF, "pronouns": "she"})
        return json_reply({"status": "ok", "version": "9", "schema_version": 1, "region": "eu"})

    client = make_client(handler)
    assert client.search_customers("sal").items == [customer]
    assert client.customer("cu_1") == customer
    assert client.pickups(STORE).items == [pickup] and client.pickups(STORE).next_cursor == "n2"
    result = client.push("dev_1", [{"mutation_id": "m1", "seq": 1, "name": "pickup.start_picking.v1",
                                    "acted_by": "sf_a", "acted_at": "2026-01-01T00:00:00Z", "args": {"pickup_id": "pk_1"}}])
    assert result.results[0].entity == pickup
    assert client.me().username == "a" and client.health().status == "ok"


# --- push results ---------------------------------------------------------------------------------

def _mutation(mid: str, name: str = "pickup.start_picking.v1") -> dict[str, Any]:
    return {"mutation_id": mid, "seq": 1, "name": name, "acted_by": "sf_a", "acted_at": "t", "args": {}}


@pytest.mark.parametrize("results", [
    [],
    [{"mutation_id": "m1", "status": "applied", "problem": None, "entity": None}],
    [{"mutation_id": "m1", "status": "applied", "problem": None, "entity": None},
     {"mutation_id": "m1", "status": "applied", "problem": None, "entity": None}],
    [{"mutation_id": "m1", "status": "applied", "problem": None, "entity": None},
     {"mutation_id": "zz", "status": "applied", "problem": None, "entity": None}],
], ids=["none", "one-missing", "one-twice", "a-stranger"])
def test_push_results_must_answer_every_mutation_exactly_once(make_client, results):
    client = make_client(always(json_reply({"results": results, "device_last_seq": 2})))
    raises_exactly(ProtocolError, lambda: client.push("dev_1", [_mutation("m1"), _mutation("m2")]))


@pytest.mark.parametrize("result", [
    {"mutation_id": "m1", "status": "done", "problem": None, "entity": None},
    {"mutation_id": "m1", "status": "applied", "problem": None, "entity": {**PICKUP, "version": "3"}},
    {"mutation_id": "m1", "status": "rejected", "problem": "nope", "entity": None},
    {"mutation_id": "m1", "status": "applied", "problem": None},
], ids=["unknown-status", "entity-wrong-type", "problem-not-object", "no-entity-field"])
def test_a_malformed_push_result_is_a_protocol_error(make_client, result):
    client = make_client(always(json_reply({"results": [result], "device_last_seq": 1})))
    raises_exactly(ProtocolError, lambda: client.push("dev_1", [_mutation("m1")]))


def test_a_note_result_is_validated_as_a_note(make_client):
    result = {"mutation_id": "m1", "status": "applied", "problem": None, "entity": {"id": "no_1", "customer_id": "cu_1"}}
    client = make_client(always(json_reply({"results": [result], "device_last_seq": 1})))
    raises_exactly(ProtocolError, lambda: client.push("dev_1", [_mutation("m1", "customer.add_note.v1")]))


# --- size ------------------------------------------------------------------------------------------

def test_a_body_over_max_reply_bytes_is_refused_by_its_declared_length(make_client):
    body = json.dumps({"items": [CUSTOMER] * 200, "next_cursor": None}).encode()
    client = make_client(always(httpx.Response(200, content=body, headers={"content-type": "application/json"})),
                         max_reply_bytes=10_000)
    raises_exactly(ProtocolError, lambda: client.search_customers("sarah"))


def test_a_streamed_body_is_cut_off_once_it_passes_max_reply_bytes(make_client):
    sent: list[int] = []

    def endless() -> Iterator[bytes]:
        # No Content-Length, and more than anyone should read: the client must stop early, not buffer it all.
        yield b'{"items": ['
        for _ in range(100_000):
            sent.append(1)
            yield json.dumps(CUSTOMER).encode() + b","

    client = make_client(always(lambda: httpx.Response(200, content=endless(), headers={"content-type": "application/json"})),
                         max_reply_bytes=64 * 1024)
    raises_exactly(ProtocolError, lambda: client.search_customers("sarah"))
    assert len(sent) < 200


def test_a_huge_error_body_does_not_hide_the_server_error(make_client):
    client = make_client(always(httpx.Response(502, content=b"x" * 200_000)), max_reply_bytes=10_000)
    raises_exactly(ProtocolError, client.health)


# --- server errors --------------------------------------------------------------------------------

def test_an_html_502_from_a_proxy_is_server_unavailable(make_client):
    page = b"<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"
    client = make_client(always(httpx.Response(502, content=page, headers={"content-type": "text/html"})))
    error = raises_exactly(ServerUnavailable, lambda: client.customer("cu_1"))
    assert error.retry_after is None


@pytest.mark.parametrize("header,expected", [("7", 7.0), ("0", 0.0), ("Thu, 15 Jan 2027 08:00:30 GMT", 30.0),
                                             ("soon", None), ("-5", None), ("99999999999", 86400.0)])
def test_503_with_retry_after_is_server_unavailable_with_the_delay(header, expected):
    body = {"type": "/problems/unavailable", "title": "Service unavailable", "status": 503, "detail": "busy"}
    reply = json_reply(body, 503, **{"Retry-After": header, "content-type": "application/problem+json"})
    # The HTTP-date case is 30 s after the client's clock.
    moment = _epoch("Thu, 15 Jan 2027 08:00:00 GMT") if "GMT" in header else NOW
    client = ApiClient(BASE, transport=httpx.MockTransport(always(reply)), now=lambda: moment)
    try:
        client.set_device_token("device-token-value-1234567890")
        error = raises_exactly(ServerUnavailable, lambda: client.push("dev_1", []))
        assert error.retry_after == expected
    finally:
        client.close()


def _epoch(http_date: str) -> float:
    return email.utils.parsedate_to_datetime(http_date).timestamp()


@pytest.mark.parametrize("status", [500, 501, 503, 504, 599])
def test_any_5xx_is_server_unavailable(make_client, status):
    client = make_client(always(httpx.Response(status, content=b"oops")))
    raises_exactly(ServerUnavailable, lambda: client.changes(STORE))


# --- the connection itself -------------------------------------------------------------------------

def _raiser(exc_type: type[Exception]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc_type("simulated", request=request)
    return handler


@pytest.mark.parametrize("exc_type", [httpx.ConnectError, httpx.ConnectTimeout, httpx.ReadTimeout, httpx.WriteTimeout,
                                      httpx.PoolTimeout, httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError,
                                      httpx.ProxyError])
def test_connection_failures_are_offline(make_client, exc_type):
    client = make_client(_raiser(exc_type))
    raises_exactly(OfflineError, lambda: client.changes(STORE))
    raises_exactly(OfflineError, lambda: client.search_customers("x"))


def test_a_connection_that_breaks_mid_body_is_offline(make_client):
    def broken() -> Iterator[bytes]:
        yield b'{"status": "o'
        raise httpx.ReadError("connection reset")

    client = make_client(always(lambda: httpx.Response(200, content=broken())))
    raises_exactly(OfflineError, client.health)


def test_a_refused_sign_in_connection_is_offline_and_signs_nobody_in():
    client = ApiClient(BASE, transport=httpx.MockTransport(_raiser(httpx.ConnectError)))
    try:
        raises_exactly(OfflineError, lambda: client.login("a", "pw"))
        assert not client.signed_in
    finally:
        client.close()


def test_a_closed_client_is_offline(make_client):
    client = make_client(always(json_reply({"status": "ok", "version": "1", "schema_version": 1})))
    client.close()
    raises_exactly(OfflineError, client.health)


def test_a_redirect_is_not_followed(make_client):
    # Following it could carry the bearer token to another place.
    client = make_client(always(httpx.Response(302, headers={"Location": "https://elsewhere.example/v1/me"})))
    raises_exactly(ProtocolError, client.me)


# --- problem+json --------------------------------------------------------------------------------

def problem(slug: str, status: int, **extra: Any) -> dict[str, Any]:
    return {"type": f"/problems/{slug}", "title": slug, "status": status, "detail": f"{slug} detail", **extra}


@pytest.mark.parametrize("slug,status,expected", [
    ("forbidden", 403, Forbidden), ("not-found", 404, NotFound), ("validation", 422, ValidationFailed),
    ("rate-limited", 429, RateLimited), ("resync-required", 410, ResyncRequired),
    ("status-conflict", 409, StatusConflict), ("wrong-pickup-code", 422, WrongPickupCode),
    ("idempotency-mismatch", 422, IdempotencyMismatch),
    # The slug decides, whatever the status says.
    ("wrong-pickup-code", 400, WrongPickupCode), ("not-found", 400, NotFound),
    # Only a 426 says the client is too old; the slug with another status goes by the status.
    ("unsupported-version", 426, UnsupportedVersion), ("unsupported-version", 422, ValidationFailed),
    # An unknown slug falls back to the status.
    ("something-new", 404, NotFound),
    ("something-new", 418, ProblemError),
])
def test_a_problem_maps_by_its_type_slug(make_client, slug, status, expected):
    body = problem(slug, status, current={"id": "pk_1"})
    client = make_client(always(json_reply(body, status, **{"content-type": "application/problem+json"})))
    error = raises_exactly(expected, lambda: client.changes(STORE))
    assert error.problem == body and error.status == status and error.detail == f"{slug} detail"


def test_a_problem_401_on_the_device_token_is_signed_out_without_a_refresh(make_client):
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        return json_reply(problem("unauthenticated", 401), 401, **{"content-type": "application/problem+json"})

    client = make_client(handler)
    raises_exactly(SignedOut, lambda: client.changes(STORE))
    assert calls == [f"/v1/stores/{STORE}/changes"]


def test_a_429_keeps_its_retry_after(make_client):
    client = make_client(always(json_reply(problem("rate-limited", 429), 429, **{"Retry-After": "120",
                                                                                 "content-type": "application/problem+json"})))
    error = raises_exactly(RateLimited, lambda: client.customer("cu_1"))
    assert error.retry_after == 120.0


@pytest.mark.parametrize("body,ctype", [(b"<html>Forbidden</html>", "text/html"), (b"{broken", "application/problem+json"),
                                        (b'["a", "list"]', "application/problem+json"), (b"", "")],
                         ids=["html", "broken-json", "not-an-object", "empty"])
def test_a_4xx_without_problem_details_is_a_protocol_error(make_client, body, ctype):
    # A proxy's 403 or 404 page must not be mistaken for the server saying "forbidden" or "gone".
    client = make_client(always(httpx.Response(404, content=body, headers={"content-type": ctype} if ctype else {})))
    raises_exactly(ProtocolError, lambda: client.customer("cu_1"))


def test_a_429_without_problem_details_is_still_rate_limited(make_client):
    client = make_client(always(httpx.Response(429, content=b"slow down", headers={"Retry-After": "3"})))
    error = raises_exactly(RateLimited, lambda: client.changes(STORE))
    assert error.retry_after == 3.0


# --- what the errors say -----------------------------------------------------------------------------

def test_a_protocol_error_does_not_quote_the_reply(make_client):
    # Its text may reach a log or a crash report: it says where the reply is wrong, not what it held.
    body = {"items": [{**CUSTOMER, "version": "x"}], "next_cursor": None}
    client = make_client(always(json_reply(body)))
    error = raises_exactly(ProtocolError, lambda: client.search_customers("sarah"))
    text = f"{error} {error.detail} {error!r}"
    assert "version" in text
    for value in ("sarah.private", "5555551234", "Sarah Smith"):
        assert value not in text
    assert error.__cause__ is None and error.__suppress_context__


def test_a_mismatched_change_does_not_quote_the_entity(make_client):
    client = make_client(always(json_reply(page_of(change("customer", {**CUSTOMER, "loyalty_points": "many"})))))
    error = raises_exactly(ProtocolError, lambda: client.changes(STORE))
    assert "loyalty_points" in str(error)
    assert "sarah.private" not in str(error) and "Sarah" not in str(error)


# --- a session across a lost connection ---------------------------------------------------------------

def test_a_resume_that_failed_offline_is_retried_by_the_next_call():
    calls: list[str] = []
    online = {"yes": False}

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        if not online["yes"]:
            raise httpx.ConnectError("refused", request=request)
        if request.url.path == "/v1/auth/refresh":
            return json_reply(token_pair())
        return json_reply(STAFF)

    client = ApiClient(BASE, transport=httpx.MockTransport(handler), now=lambda: NOW)
    rotations: list[str | None] = []
    client.on_refresh_token = rotations.append
    try:
        raises_exactly(OfflineError, lambda: client.resume("stored-refresh-token"))
        assert rotations == []  # an outage is no reason to forget the stored token
        online["yes"] = True
        assert client.me().id == "sf_a"
        assert calls == ["/v1/auth/refresh", "/v1/auth/refresh", "/v1/me"]
        assert rotations == [token_pair()["refresh_token"]]
    finally:
        client.close()


def test_a_keyring_failure_in_the_callback_does_not_fail_the_call():
    client = ApiClient(BASE, transport=httpx.MockTransport(lambda r: json_reply(token_pair())), now=lambda: NOW)

    def broken_keyring(token: str | None) -> None:
        raise RuntimeError("keyring locked")

    client.on_refresh_token = broken_keyring
    try:
        assert client.login("a", "pw").staff.id == "sf_a" and client.signed_in
    finally:
        client.close()
