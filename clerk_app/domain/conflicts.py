"""What a refused action's problem means for the person who retries it (pure: no I/O, no Qt)."""

from __future__ import annotations

from typing import Any

UNSUPPORTED_VERSION = "unsupported-version"


def slug(problem: dict[str, Any] | None) -> str:
    """The problem's type without its path: "status-conflict", "unsupported-version", or ""."""
    return str((problem or {}).get("type") or "").rsplit("/", 1)[-1]


def waits_for_server_update(problem: dict[str, Any] | None) -> bool:
    """True for an action the store server does not know yet (a newer Clerk, an older server, API.md v1.1):
    nothing is wrong with it, and retrying it once the server is updated applies it."""
    return slug(problem) == UNSUPPORTED_VERSION
