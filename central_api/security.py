"""Passwords (Argon2), opaque random tokens stored only as hashes, and the server clock."""

from __future__ import annotations

import hashlib
import re
import secrets
import time
from collections.abc import Callable
from datetime import UTC, datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


# A real hash of a throwaway password, checked for unknown usernames so that a login
# for a missing user takes as long as one with a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_hex(8))


def burn_verify(password: str) -> None:
    verify_password(_DUMMY_HASH, password)


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Clock:
    """Wall-clock time, overridable in tests (deadlines, lock-out windows, tombstone expiry)."""

    def __init__(self, now: Callable[[], float] = time.time) -> None:
        self._now = now
        self.offset = 0.0

    def time(self) -> float:
        return self._now() + self.offset

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.time(), UTC)

    def iso(self) -> str:
        return iso(self.now())


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


_LEAP_SECOND = re.compile(r"(?<=[Tt ]\d\d:\d\d:)60")


def parse_iso(text: str) -> datetime:
    """An RFC 3339 time (and what else fromisoformat reads): RFC 3339 also allows a lower-case `t` and
    `z`, and a leap second (`23:59:60`, read as 23:59:59: Python's datetime has no 60th second)."""
    return datetime.fromisoformat(_LEAP_SECOND.sub("59", text.upper().replace("Z", "+00:00"), count=1))
