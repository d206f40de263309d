"""The published contract, resources/openapi.json, against the real server: Schemathesis, all checks.

A retailer implements the API from that document, so whatever the server answers must be in it:
every status, the problem+json body, every limit (a request valid by the document is not refused).
Schemathesis generates requests for each operation from the published file (not from the running
server, which could drift from it) and sends them over loopback to a server on its own copy of the
seeded network, with real tokens:

- the staff routes with a manager's access token (store 0), the sync routes with a device token
  (store 0), each also without and with a wrong token (the `ignored_auth` check);
- `POST /v1/auth/logout` with a fresh pair signed in for that request only, so logging out never
  ends the session the other operations use;
- `POST /v1/devices` with an enrollment code: every other valid request carries a real code of its own (201),
  the rest what Hypothesis makes of it (401); the failure table is emptied first, as for sign-in;
- `POST /v1/auth/refresh`: valid requests carry a refresh token of their own (200, a rotated pair),
  the rest what Hypothesis makes of the body (401 or 422);
- `POST /v1/auth/login`: valid requests sign in `associate2a`, a user no other part of this test
  uses, half of them with the right password; the failure table is emptied before every sign-in, so
  five wrong passwords can never lock the run (or that user) out, and what the server answers is
  still a sign-in's real 200, 401 or 422.

Fixed seed (`derandomize`), a modest number of examples per operation: the whole module runs in about
half a minute on the CI machine.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from sqlalchemy import delete, select

from central_api import db
from central_api.app import create_app
from central_api.server import BackgroundServer
from tests.helpers.api import PASSWORD, SEED_NOW, FrozenClock, LiveApi, copy_database, running_copy

PUBLISHED = Path(__file__).resolve().parents[2] / "resources" / "openapi.json"
EXAMPLES = 20  # per operation and phase

schema = schemathesis.openapi.from_path(PUBLISHED)

DEVICE_PATHS = {"/v1/stores/{store_id}/changes", "/v1/mutations"}
LOGIN_USER = "associate2a"  # signs in only here: the fuzzed sign-ins of this module
# What Credentials puts into a request, replaced with the real token before it is sent.
STAFF_TOKEN, FRESH_STAFF_TOKEN, DEVICE_TOKEN = "<staff>", "<fresh staff>", "<device>"


class Tokens:
    """The module's credentials, made once; a pair per logout or refresh that needs its own."""

    def __init__(self, api: LiveApi) -> None:
        self.api = api
        self.staff = api.staff_token(api.store(0)["manager"])
        self.device = api.enroll(0)
        self.calls = 0
        with api.database.read() as conn:  # a customer with orders
            self.customer_id = conn.execute(select(db.orders.c.customer_id).order_by(db.orders.c.id).limit(1)).scalar_one()

    def enrollment_code(self) -> str:
        reply = self.api.client(self.staff).post(f"/v1/stores/{self.api.store_id}/enrollment-codes",
                                                 json={"expires_in_hours": 1, "uses": 1})
        assert reply.status_code == 201, reply.text
        return reply.json()["code"]

    def fresh_pair(self) -> dict[str, Any]:
        return self.api.login(self.api.store(1)["manager"])


@pytest.fixture(scope="module")
def contract_api(seeded_template, tmp_path_factory) -> Iterator[LiveApi]:
    with running_copy(seeded_template, tmp_path_factory.mktemp("contract")) as api:
        yield api


@pytest.fixture(scope="module")
def tokens(contract_api) -> Tokens:
    return Tokens(contract_api)


@schema.auth(refresh_interval=None, retry_on=[])
class Credentials:
    """Which token each operation's security scheme asks for. Schemathesis leaves it out (or replaces
    it) in the cases that test a missing or wrong one. It asks while collecting, before the server
    runs, so this names the token and `_prepare` puts the real one in its place."""

    def get(self, case: Any, context: Any) -> str | None:
        security = {name for requirement in context.operation.definition.raw.get("security", []) for name in requirement}
        if "deviceToken" in security:
            return DEVICE_TOKEN
        if "staffToken" in security:
            return FRESH_STAFF_TOKEN if case.operation.path == "/v1/auth/logout" else STAFF_TOKEN
        return None

    def set(self, case: Any, data: str, context: Any) -> None:
        case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}


def _prepare(case: Any, api: LiveApi, tokens: Tokens) -> None:
    """Real credentials into a generated sign-in or refresh (see the module's docstring)."""
    path = case.operation.path
    positive = case.meta is not None and case.meta.generation.mode.is_positive
    if path == "/v1/auth/login":
        with api.database.write() as conn:  # reset: no lock-out, whatever came before
            conn.execute(delete(db.login_failures))
        if positive and isinstance(case.body, dict):
            tokens.calls += 1
            case.body["username"] = LOGIN_USER
            case.body["device_id"] = None
            if tokens.calls % 2:
                case.body["password"] = PASSWORD
    elif path == "/v1/devices" and isinstance(case.body, dict) and "enrollment_code" in case.body:
        with api.database.write() as conn:  # as for sign-in: no lock-out, whatever came before
            conn.execute(delete(db.enrollment_failures))
        if positive:
            tokens.calls += 1
            case.body.pop("store_id", None)  # the code decides the store (one sent along must match it)
            if tokens.calls % 2:  # every other valid request with a real code: a 201 checked too
                case.body["enrollment_code"] = tokens.enrollment_code()
    elif path == "/v1/auth/refresh" and positive and isinstance(case.body, dict):
        case.body["refresh_token"] = tokens.fresh_pair()["refresh_token"]
    elif positive:
        tokens.calls += 1
        if isinstance(case.query, dict):
            # A cursor is valid only as the server gave it out (anything else is 422, as its
            # description says): a schema cannot say that, so valid requests start at the first page.
            case.query.pop("cursor", None)
        if tokens.calls % 2 and case.path_parameters:
            # Every other valid request names real records, so that replies of 200 are checked too.
            if "store_id" in case.path_parameters:
                case.path_parameters["store_id"] = api.store_id
            if "customer_id" in case.path_parameters:
                case.path_parameters["customer_id"] = tokens.customer_id
        if tokens.calls % 2 and path == "/v1/mutations" and isinstance(case.body, dict):
            case.body["device_id"] = tokens.device["device_id"]
        _within_the_rules_a_schema_cannot_state(case)
    named = (case.headers or {}).get("Authorization", "").removeprefix("Bearer ")
    real = {STAFF_TOKEN: lambda: tokens.staff, DEVICE_TOKEN: lambda: tokens.device["device_token"],
            FRESH_STAFF_TOKEN: lambda: tokens.fresh_pair()["access_token"]}
    if named in real:
        case.headers["Authorization"] = f"Bearer {real[named]()}"


def _within_the_rules_a_schema_cannot_state(case: Any) -> None:
    """A valid request made so by the rules that tie values together, which the document states in
    words (JSON Schema cannot): a batch's seqs and mutation ids are unique, and `from` is not after `to`
    (which is now unless given)."""
    body, query = case.body, case.query if isinstance(case.query, dict) else {}
    if case.operation.path == "/v1/mutations" and isinstance(body, dict) and isinstance(body.get("mutations"), list):
        for i, m in enumerate(body["mutations"]):
            if isinstance(m, dict):
                m["seq"], m["mutation_id"] = i + 1, f"{i}-{m.get('mutation_id', '')}"[:100]
    if isinstance(query.get("from"), str):
        query.setdefault("to", SEED_NOW.isoformat())  # the default, `to` is now: the server's frozen clock
        try:
            start, end = (datetime.fromisoformat(query[k].upper().replace("Z", "+00:00")) for k in ("from", "to"))
            if start > end:
                query["from"], query["to"] = query["to"], query["from"]
        except (ValueError, TypeError):
            pass  # not comparable here: the server's answer is checked as it comes


@pytest.mark.slow
@schema.parametrize()
@settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))
def test_server_answers_as_the_published_contract_says(case, contract_api, tokens):
    _prepare(case, contract_api, tokens)
    case.call_and_validate(base_url=contract_api.url)


@pytest.fixture(scope="module")
def old_clerk_api(seeded_template, tmp_path_factory) -> Iterator[str]:
    """A server that needs Clerk 9.0.0 or newer (`clerk-api serve --min-client-version 9.0.0`)."""
    database = copy_database(seeded_template[0], tmp_path_factory.mktemp("min-version") / "central.db")
    server = BackgroundServer(create_app(database, clock=FrozenClock(), min_client_version="9.0.0")).start()
    try:
        yield server.url
    finally:
        server.stop()
        database.dispose()


@pytest.mark.parametrize("operation", [result.ok() for result in schema.get_all_operations()], ids=lambda op: op.label)
def test_every_operation_declares_the_426_an_old_clerk_gets(operation, old_clerk_api):
    case = operation.Case(path_parameters={p.name: "x" for p in operation.path_parameters} or None)
    response = case.call(base_url=old_clerk_api, headers={"User-Agent": "Clerk/0.1.0 (Linux)"})
    assert response.status_code == 426
    assert response.json()["min_version"] == "9.0.0"
    case.validate_response(response, checks=[status_code_conformance, content_type_conformance,
                                             response_schema_conformance])
