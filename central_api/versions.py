"""The oldest Clerk this server serves (API.md v1.1 "Client versions"): older ones get 426 `unsupported-version`.

Clerk names itself in every request, `User-Agent: Clerk/<version> (<os>)`, and has since its first
release (0.1.0), so:
- a Clerk older than the minimum, or one whose version cannot be read, is answered 426 with the
  extension `min_version`, on every `/v1/` route (health too: it is how a counter's status check learns it);
- a request without a `Clerk/` product (a retailer's script, a monitor, curl) is no Clerk at all and
  is served as before: the minimum is about counters, not about the API's other users.
Versions compare by their leading numbers (`0.2.0rc1` counts as 0.2.0).
"""

from __future__ import annotations

import json
import re
from typing import Any

from .problems import PROBLEM_JSON, Problem

_CLERK = re.compile(r"(?:^|\s)Clerk/(\S*)")
_NUMBERS = re.compile(r"\d+(?:\.\d+)*")


def parse_version(text: str) -> tuple[int, ...]:
    """(0, 2, 0) for "0.2.0" (and for "0.2.0rc1"); ValueError if it does not start with a number."""
    match = _NUMBERS.match(text.strip())
    if not match:
        raise ValueError(f"not a version: {text!r}; expected numbers such as 0.2.0")
    numbers = tuple(int(part) for part in match.group().split("."))
    return numbers + (0,) * (3 - len(numbers))


def clerk_version(user_agent: str) -> tuple[int, ...] | None:
    """The Clerk version a User-Agent names; None for a client that is not Clerk; () for an unreadable one."""
    match = _CLERK.search(user_agent)
    if not match:
        return None
    try:
        return parse_version(match.group(1))
    except ValueError:
        return ()


def too_old(user_agent: str, minimum: str) -> bool:
    version = clerk_version(user_agent)
    return version is not None and (version == () or version < parse_version(minimum))


def unsupported(minimum: str, user_agent: str) -> Problem:
    version = clerk_version(user_agent)
    shown = ".".join(map(str, version)) if version else "an unknown version"
    return Problem("unsupported-version", 426,
                   f"This counter runs Clerk {shown}; this server needs Clerk {minimum} or newer. Update Clerk.",
                   min_version=minimum)


class MinimumClientVersion:
    """ASGI middleware: 426 for a Clerk older than `app.state.min_client_version` (None: any Clerk).

    Read on each request, so a running server's minimum can change (and tests can change it).
    Plain ASGI rather than Starlette's BaseHTTPMiddleware, which would buffer the long-poll's reply.
    """

    def __init__(self, app: Any, state: Any) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        minimum = getattr(self.state, "min_client_version", None)
        if minimum and scope["type"] == "http" and scope["path"].startswith("/v1/"):
            user_agent = next((value.decode("latin-1") for name, value in scope["headers"]
                               if name == b"user-agent"), "")
            if too_old(user_agent, minimum):
                body = json.dumps(unsupported(minimum, user_agent).to_dict()).encode()
                await send({"type": "http.response.start", "status": 426,
                            "headers": [(b"content-type", PROBLEM_JSON.encode()),
                                        (b"content-length", str(len(body)).encode())]})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)
