"""Helpers the route modules share: app state access, paging cursors and limits."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Annotated, Any

from fastapi import Query, Request

from ..problems import validation

Limit = Annotated[int, Query(ge=1, le=500, description="Page size (default 50, max 500).")]
CURSOR_MAX_LENGTH = 500
Cursor = Annotated[str | None, Query(max_length=CURSOR_MAX_LENGTH, description=(
    "Opaque cursor from the previous page, exactly as given; any other value is 422 `validation`."))]


async def utf8_body(request: Request) -> None:
    """App-wide: a request body is JSON in UTF-8 (API.md), else 422 `validation`. The framework reads
    a body that is not UTF-8 as JSON all the same when it is UTF-16 or UTF-32 (and answers 400 for
    the rest: problems.py makes that 422 too). The body is read once; the route gets the same bytes."""
    if request.method in ("POST", "PUT", "PATCH"):
        try:
            (await request.body()).decode("utf-8")
        except UnicodeDecodeError:
            raise validation("The request body is not JSON in UTF-8.") from None


def state(request: Request) -> Any:
    return request.app.state


def encode_cursor(values: list[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(values, separators=(",", ":")).encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None, kinds: tuple[type, ...]) -> list[Any] | None:
    """The values of a list cursor of ours, one of each type in `kinds` (str or int); 422 for anything else."""
    if not cursor:
        return None
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        values = None
    # Each value of the type its column has: PostgreSQL refuses to compare text with a number (SQLite
    # does, by its own rules). An integer beyond 64 bits cannot be bound as a query parameter
    # (OverflowError), and a bool is an int to Python but not to SQLAlchemy: neither is a cursor of ours.
    if not isinstance(values, list) or len(values) != len(kinds) or not all(
            type(v) is kind and (kind is not int or -(2**63) <= v < 2**63) for v, kind in zip(values, kinds)):
        raise validation("The cursor is not one this server gave out.")
    return values
