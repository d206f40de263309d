"""A lean way into `GET /v1/stores/{store_id}/changes` for the polls counters make all day.

When a change wakes a chain, every counter's answer and its next poll used to pass through the whole
framework: routing, the dependency solver, query validation by the models, the exception middleware
and a request object each. py-spy over `benchmarks/longpoll_load.py` (PostgreSQL, two workers, 5,000
counters): about 40% of a worker's time during a wake-up, more than reading the pages. This ASGI layer
answers a well-formed poll by a device of that store itself, with the very code the route runs
(`sync_routes.changes_page`). Everything else goes on to the app, which answers it as before: a
parameter written any other way than the plain one, a missing, unknown or revoked token, another
store's device, and any error while reading (a read is harmless to run again, and the app's handlers
give the problem its usual answer and log line). So this path only ever gives the answers the route
gives; it is one more way to reach the same code, not a second implementation of the endpoint.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Receive, Scope, Send

from .. import feed
from ..auth import bearer_token
from ..security import token_hash
from .common import CURSOR_MAX_LENGTH
from .sync_routes import CHANGES_MAX_LIMIT, WAIT_MAX, changes_page

# The route's path as Starlette matches it (`{store_id}` is one segment, already percent-decoded).
_PATH = re.compile(r"/v1/stores/([^/]+)/changes")
# Numbers as a counter writes them; any other spelling the models might still read ("050", " 5") goes the
# long way, so this path never has to agree with them about it.
_NUMBER = re.compile(r"0|[1-9][0-9]{0,3}")
_DEFAULTS = {"limit": 50, "wait": 0}
_JSON_HEADERS = (b"content-type", b"application/json")


def _query(query_string: bytes) -> tuple[str | None, int, int] | None:
    """(cursor, limit, wait) of a plain query string, each given at most once; None for anything else."""
    seen: dict[str, str] = {}
    for name, value in parse_qsl(query_string.decode("latin-1"), keep_blank_values=True):
        if name in seen or name not in ("cursor", "limit", "wait"):
            return None
        seen[name] = value
    numbers = dict(_DEFAULTS)
    for name in ("limit", "wait"):
        if name in seen:
            if not _NUMBER.fullmatch(seen[name]):
                return None
            numbers[name] = int(seen[name])
    cursor = seen.get("cursor")
    if not (1 <= numbers["limit"] <= CHANGES_MAX_LIMIT and numbers["wait"] <= WAIT_MAX) or (
            cursor is not None and len(cursor) > CURSOR_MAX_LENGTH):
        return None
    return cursor, numbers["limit"], numbers["wait"]


def _bearer(headers: list[tuple[bytes, bytes]]) -> str | None:
    """The token of the first Authorization header (the one the route reads); None when there is none."""
    for name, value in headers:
        if name == b"authorization":
            return bearer_token(value.decode("latin-1"))
    return None


class ChangesFastPath:
    """ASGI middleware: well-formed feed polls by a device of their store are answered here."""

    def __init__(self, app: ASGIApp, state: Any) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET" and self.state.changes_fast_path:
            match = _PATH.fullmatch(scope["path"])
            if match is not None:
                body = await self._page(match.group(1), scope, receive)
                if body is not None:
                    self.state.changes_fast_path_served += 1
                    await send({"type": "http.response.start", "status": 200,
                                "headers": [_JSON_HEADERS, (b"content-length", str(len(body)).encode())]})
                    await send({"type": "http.response.body", "body": body})
                    return
        await self.app(scope, receive, send)

    async def _page(self, store_id: str, scope: Scope, receive: Receive) -> bytes | None:
        """The reply's body, or None when the app should answer this request."""
        query = _query(scope["query_string"])
        token = _bearer(scope["headers"])
        if query is None or token is None:
            return None
        cursor, limit, wait = query
        try:
            device = await self.state.device_reader.lookup(token_hash(token))
            if device is None or device["revoked"] or device["store_id"] != store_id:
                return None
            return feed.page_json(await changes_page(self.state, store_id, device["id"], cursor, limit, wait, receive))
        except Exception:  # a bad cursor, a database away...: the app answers it (and logs it) as it does
            return None
