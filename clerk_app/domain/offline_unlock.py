"""Offline unlock: a salted, slow password verifier (scrypt) kept in the encrypted cache, never the password.

A verifier is text: ``scrypt$<n>$<r>$<p>$<salt, base64>$<hash, base64>``. `verify` is constant-time in
the comparison and returns False for anything malformed or tampered with, never raises. `allowed` says
whether a sign-in made at `signed_in_at` may still unlock offline at `now`. `Throttle` counts wrong
passwords typed on this computer, so the verifier cannot be guessed at speed from the keyboard.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import math
import os
from dataclasses import dataclass, field
from datetime import datetime, timedelta

SCHEME = "scrypt"
N, R, P = 2**14, 8, 1  # ~16 MB and tens of milliseconds per guess: slow for a guesser, quick for a person
SALT_BYTES = 16
HASH_BYTES = 32
# Upper bounds a stored verifier may ask for: a tampered row must not make verifying take minutes or gigabytes.
MAX_N, MAX_R, MAX_P = 2**17, 16, 4


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                          maxmem=256 * r * n + 1024 * 1024, dklen=HASH_BYTES)


def make_verifier(password: str, *, n: int = N, r: int = R, p: int = P) -> str:
    """A new verifier for `password`, with a fresh random salt (two calls never give the same text)."""
    salt = os.urandom(SALT_BYTES)
    return "$".join((SCHEME, str(n), str(r), str(p), _b64(salt), _b64(_derive(password, salt, n, r, p))))


def verify(password: str, verifier: str | None) -> bool:
    """True when `password` is the one `verifier` was made from; False for a wrong password or a bad verifier."""
    if not isinstance(verifier, str):
        return False
    parts = verifier.split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        return False
    try:
        n, r, p = (int(x) for x in parts[1:4])
        salt = base64.b64decode(parts[4], validate=True)
        expected = base64.b64decode(parts[5], validate=True)
    except (ValueError, binascii.Error):
        return False
    if not (2 <= n <= MAX_N and n & (n - 1) == 0 and 1 <= r <= MAX_R and 1 <= p <= MAX_P):
        return False
    if len(salt) < 8 or len(expected) != HASH_BYTES:
        return False
    return hmac.compare_digest(_derive(password, salt, n, r, p), expected)


def burn(password: str) -> None:
    """Spend the time a verification takes, so "no verifier here" and "wrong password" take as long."""
    _derive(password, b"\0" * SALT_BYTES, N, R, P)


def allowed(signed_in_at: datetime, now: datetime, max_offline_hours: int) -> bool:
    """Whether an online sign-in at `signed_in_at` still allows an offline unlock at `now`."""
    if max_offline_hours <= 0:
        return False
    age = now - signed_in_at
    # A sign-in "in the future" means a clock was wrong: trust it no more than one made just now.
    return age <= timedelta(hours=max_offline_hours)


@dataclass
class Throttle:
    """Wrong local passwords per username: after `limit` within `window`, refuse until the window passes."""

    limit: int = 5
    window: timedelta = timedelta(minutes=15)
    _failures: dict[str, list[datetime]] = field(default_factory=dict)

    def _recent(self, who: str, now: datetime) -> list[datetime]:
        recent = [t for t in self._failures.get(who, []) if now - t < self.window]
        self._failures[who] = recent
        return recent

    def wait_minutes(self, who: str, now: datetime) -> int:
        """0 when `who` may try now, else how many whole minutes (rounded up) until they may."""
        recent = self._recent(who, now)
        if len(recent) < self.limit:
            return 0
        seconds = (recent[-self.limit] + self.window - now).total_seconds()
        return max(1, math.ceil(seconds / 60))

    def failed(self, who: str, now: datetime) -> None:
        self._recent(who, now).append(now)

    def succeeded(self, who: str) -> None:
        self._failures.pop(who, None)
