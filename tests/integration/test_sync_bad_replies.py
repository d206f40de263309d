"""A bad reply to a sync (malformed, mistyped, incomplete, oversized, an error page) raises a clear error and changes nothing in the cache."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from central_api import simulate
from clerk_app.errors import ClerkError, ProtocolError, ServerUnavailable
from tests.helpers.compare import cache_entities, server_scope

MiB = 1024 * 1024
HTML_502 = (b"<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>"
            b"<hr><center>nginx</center></body></html>")

Reply = tuple[int, dict[str, str], Any]  # status, headers, body (bytes, or an iterator of bytes)


def _json(body: Any) -> Reply:
    return 200, {"content-type": "application/json"}, json.dumps(body).encode()


def _first(changes: list[dict[str, Any]], entity: str) -> dict[str, Any]:
    found = [c for c in changes if c["entity"] == entity and c["op"] == "upsert"]
    assert found, f"the page carried no {entity} upsert to spoil"
    return found[0]


# --- the spoilt replies: each takes the real reply (and what was sent) and returns what the client gets ---

def _not_json(reply: dict, sent: dict | None) -> Reply:
    return 200, {"content-type": "application/json"}, json.dumps(reply).encode()[:-7] + b"{,]"


def _seq_is_text(reply: dict, sent: dict | None) -> Reply:
    reply["changes"][0]["seq"] = "x"
    return _json(reply)


def _no_next_cursor(reply: dict, sent: dict | None) -> Reply:
    del reply["next_cursor"]
    return _json(reply)


def _pickup_without_status(reply: dict, sent: dict | None) -> Reply:
    del _first(reply["changes"], "pickup")["data"]["status"]
    return _json(reply)


def _data_of_another_record(reply: dict, sent: dict | None) -> Reply:
    change = _first(reply["changes"], "pickup")
    change["data"]["id"] = change["id"] + "x"
    return _json(reply)


def _entity_not_text(reply: dict, sent: dict | None) -> Reply:
    # (A kind this client does not know, as text, is skipped: tests/integration/test_version_skew.py.)
    reply["changes"][-1]["entity"] = 5
    return _json(reply)


def _huge_streamed(reply: dict, sent: dict | None) -> Reply:
    # No Content-Length: the client must count as it reads, and stop.
    chunk = b" " * MiB
    body = json.dumps(reply).encode()
    return 200, {"content-type": "application/json"}, iter([chunk] * 40 + [body])


def _huge_declared(reply: dict, sent: dict | None) -> Reply:
    return 200, {"content-type": "application/json"}, b" " * (33 * MiB) + json.dumps(reply).encode()


def _bad_gateway(reply: dict, sent: dict | None) -> Reply:
    return 502, {"content-type": "text/html"}, HTML_502


def _html_with_200(reply: dict, sent: dict | None) -> Reply:
    return 200, {"content-type": "text/html"}, b"<html><body>Please sign in to the hotel Wi-Fi</body></html>"


def _result_left_out(reply: dict, sent: dict | None) -> Reply:
    assert len(reply["results"]) >= 2
    reply["results"].pop()
    return _json(reply)


def _answers_another_mutation(reply: dict, sent: dict | None) -> Reply:
    reply["results"][0]["mutation_id"] = "00000000-0000-4000-8000-000000000000"
    return _json(reply)


def _result_entity_malformed(reply: dict, sent: dict | None) -> Reply:
    names = {m["mutation_id"]: m["name"] for m in sent["mutations"]}
    result = next(r for r in reply["results"] if names[r["mutation_id"]].startswith("pickup."))
    assert result["entity"] is not None
    del result["entity"]["status"]
    return _json(reply)


def _device_last_seq_is_text(reply: dict, sent: dict | None) -> Reply:
    reply["device_last_seq"] = str(reply["device_last_seq"])
    return _json(reply)


CHANGES, MUTATIONS = "/changes", "/mutations"


@dataclass(frozen=True)
class Fault:
    path: str  # which request's reply is spoilt (the end of its URL path)
    spoil: Callable[[dict, dict | None], Reply]
    raises: type[ClerkError]


FAULTS = {
    "changes-not-json": Fault(CHANGES, _not_json, ProtocolError),
    "changes-seq-is-text": Fault(CHANGES, _seq_is_text, ProtocolError),
    "changes-no-next-cursor": Fault(CHANGES, _no_next_cursor, ProtocolError),
    "changes-pickup-without-status": Fault(CHANGES, _pickup_without_status, ProtocolError),
    "changes-data-of-another-record": Fault(CHANGES, _data_of_another_record, ProtocolError),
    "changes-entity-not-text": Fault(CHANGES, _entity_not_text, ProtocolError),
    "changes-huge-streamed": Fault(CHANGES, _huge_streamed, ProtocolError),
    "changes-html-502": Fault(CHANGES, _bad_gateway, ServerUnavailable),
    "changes-html-200": Fault(CHANGES, _html_with_200, ProtocolError),
    "push-not-json": Fault(MUTATIONS, _not_json, ProtocolError),
    "push-html-502": Fault(MUTATIONS, _bad_gateway, ServerUnavailable),
    "push-result-left-out": Fault(MUTATIONS, _result_left_out, ProtocolError),
    "push-answers-another-mutation": Fault(MUTATIONS, _answers_another_mutation, ProtocolError),
    "push-result-entity-malformed": Fault(MUTATIONS, _result_entity_malformed, ProtocolError),
    "push-device-last-seq-is-text": Fault(MUTATIONS, _device_last_seq_is_text, ProtocolError),
    "push-huge-declared": Fault(MUTATIONS, _huge_declared, ProtocolError),
}


class Spoiler(httpx.BaseTransport):
    """The real network to the real server, except that the reply to one kind of request is spoilt:
    no real server sends these, so this is the one place a transport-level fake is right."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.fault: Fault | None = None
        self.spoilt = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if self.fault is None or not request.url.path.endswith(self.fault.path):
            return response
        try:
            response.read()
        finally:
            response.close()
        assert response.status_code == 200, response.content
        sent = json.loads(request.content) if request.content else None
        status, headers, body = self.fault.spoil(response.json(), sent)
        self.spoilt += 1
        if isinstance(body, bytes):
            return httpx.Response(status, headers=headers, content=body)
        return httpx.Response(status, headers=headers, stream=_Chunks(body))

    def close(self) -> None:
        self.inner.close()


class _Chunks(httpx.SyncByteStream):
    def __init__(self, chunks: Any) -> None:
        self.chunks = chunks

    def __iter__(self):
        yield from self.chunks


def _snapshot(cache: Any) -> dict[str, Any]:
    return {"entities": cache_entities(cache), "cursor": cache.cursor(), "depth": cache.depth(),
            "pending": cache.pending(), "device_last_seq": cache.device_last_seq(),
            "conflicts": cache.conflicts(include_dismissed=True)}


def _server_moves_on(live_api: Any, store_id: str) -> None:
    with live_api.database.write() as conn:
        rng = random.Random(17)
        for _ in range(3):
            simulate.new_pickup(conn, rng, live_api.clock, store_id=store_id)
            simulate.cart_edit(conn, rng, live_api.clock, store_id=store_id)
            simulate.customer_update(conn, rng, live_api.clock, store_id=store_id)


def _queue_actions(live_api: Any, counter: Any) -> str:
    staff = live_api.staff_id(live_api.store()["associates"][0])
    pickup = counter.cache.pickups("new", limit=1)[0]
    counter.actions.start_picking(pickup["id"], staff)
    customer_id = counter.cache.search_customers("a", limit=1)[0]["id"]
    author = {"id": staff, "display_name": "Dana"}
    counter.actions.add_note(customer_id, "Asked about gift wrapping.", author, counter.store_id)
    return pickup["id"]


@pytest.mark.parametrize("fault", FAULTS.values(), ids=FAULTS.keys())
def test_a_bad_reply_raises_a_clear_error_and_leaves_the_cache_unchanged(live_api, make_counter, fault):
    spoiler = Spoiler()
    counter = make_counter(transport=spoiler)
    counter.engine.sync_once()
    # Something for each side to carry: new changes on the server, queued actions at the counter
    # (a pull is only reached once the outbox is empty, so the pull faults find it empty).
    _server_moves_on(live_api, counter.store_id)
    picked = _queue_actions(live_api, counter) if fault.path == MUTATIONS else None
    before = _snapshot(counter.cache)
    assert before["depth"] == (2 if picked else 0)

    spoiler.fault = fault
    with pytest.raises(fault.raises) as raised:
        counter.engine.sync_once()
    assert spoiler.spoilt == 1
    message = raised.value.user_message
    assert message and "Traceback" not in message and "{" not in message and "}" not in message

    assert _snapshot(counter.cache) == before
    if picked:
        shown = counter.cache.pickup(picked)
        assert shown["status"] == "picking" and shown["pending"] is True  # still queued, not settled

    spoiler.fault = None
    counter.engine.sync_once()
    assert counter.cache.depth() == 0 and counter.cache.conflicts() == []
    assert cache_entities(counter.cache) == server_scope(live_api.database, counter.store_id)
    if picked:
        assert counter.cache.pickup(picked)["status"] == "picking"
        assert counter.cache.pickup(picked)["pending"] is False
