"""Pages of changes above API.md's 500: the client asks for 2000 and keeps to 500 with a server that refuses more (MockTransport: our server never does)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from clerk_app.api import ApiClient, ChangesPage
from clerk_app.errors import ProtocolError, ValidationFailed

BASE = "http://127.0.0.1:9"
STORE = "st_001"
PRODUCT = {"sku": "SKU1", "name": "Mug", "category": "home", "barcode": None, "price_cents": 900, "currency": "EUR"}


def _page(cursor: str = "c1", has_more: bool = False) -> dict[str, Any]:
    change = {"seq": 1, "entity": "product", "id": "SKU1", "op": "upsert", "version": 1, "data": PRODUCT}
    return {"changes": [change], "next_cursor": cursor, "has_more": has_more, "device_last_seq": 0}


def _validation_problem(detail: str) -> httpx.Response:
    body = {"type": "/problems/validation", "title": "Invalid request", "status": 422, "detail": detail}
    return httpx.Response(422, content=json.dumps(body).encode(), headers={"content-type": "application/problem+json"})


class StrictServer:
    """A server that keeps to API.md's largest page (500) and records the limit of every request."""

    def __init__(self, cap: int = 500) -> None:
        self.cap = cap
        self.limits: list[int] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        limit = int(request.url.params["limit"])
        self.limits.append(limit)
        if limit > self.cap:
            return _validation_problem("limit: at most 500")
        return httpx.Response(200, content=json.dumps(_page()).encode(), headers={"content-type": "application/json"})


@pytest.fixture
def client_for() -> Iterator[Any]:
    made: list[ApiClient] = []

    def make(handler: Any) -> ApiClient:
        client = ApiClient(BASE, transport=httpx.MockTransport(handler))
        client.set_device_token("device-token-value-1234567890")
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


def test_a_server_that_refuses_pages_of_2000_is_asked_again_with_500_and_from_then_on_only_500(client_for):
    server = StrictServer()
    client = client_for(server)
    page = client.changes(STORE, limit=2000)
    assert isinstance(page, ChangesPage) and page.raw_changes[0]["data"] == PRODUCT
    client.changes(STORE, cursor="c1", limit=2000)
    assert server.limits == [2000, 500, 500]


def test_a_refusal_of_a_page_of_500_or_less_is_not_retried(client_for):
    server = StrictServer(cap=100)
    client = client_for(server)
    with pytest.raises(ValidationFailed):
        client.changes(STORE, limit=500)
    assert server.limits == [500]


def test_a_refusal_that_is_not_about_the_page_size_still_reaches_the_caller(client_for):
    # A cursor the server does not know is refused whatever the page size: after one retry with 500, it is raised.
    asked: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(int(request.url.params["limit"]))
        return _validation_problem("The cursor is not one this server gave out.")

    client = client_for(handler)
    with pytest.raises(ValidationFailed):
        client.changes(STORE, cursor="bogus", limit=2000)
    assert asked == [2000, 500]


def test_a_page_fetched_ahead_is_decoded_and_checked_like_any_other(client_for):
    bodies = {"c1": _page("c2", has_more=True), "c2": _page("c3")}
    bodies["c2"]["changes"][0]["data"] = {**PRODUCT, "price_cents": "9"}  # a count as text: not a valid product

    def handler(request: httpx.Request) -> httpx.Response:
        body = bodies[request.url.params["cursor"]]
        return httpx.Response(200, content=json.dumps(body).encode(), headers={"content-type": "application/json"})

    client = client_for(handler)
    with ThreadPoolExecutor(max_workers=1) as pool:
        good = client.changes(STORE, cursor="c1", fetched=pool.submit(client.fetch_changes, STORE, "c1", 2000))
        assert good.has_more and good.next_cursor == "c2" and [c.id for c in good.changes] == ["SKU1"]
        with pytest.raises(ProtocolError) as caught:
            client.changes(STORE, cursor="c2", fetched=pool.submit(client.fetch_changes, STORE, "c2", 2000))
    assert "price_cents" in str(caught.value)
