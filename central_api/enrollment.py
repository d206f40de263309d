"""Enrollment codes (API.md v1.1): a manager's code that enrolls counters into their store, no password needed.

A code is 10 characters from an alphabet without look-alikes (no 0/O, 1/I), shown in groups as
`K7QD-M3XP-2R`. It is given out once and kept only as its hash. Typed back it is read in any case, with or
without dashes and spaces, and with Persian or Arabic-Indic digits (`normalize`). Spending a use is one
conditional UPDATE inside the one-writer transaction (db.Database.write), so two counters racing for the
last use get one device and one 401, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import math
import secrets
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select, update

from . import db
from .problems import Problem, unauthenticated
from .security import Clock, iso, new_token, token_hash

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # 32 symbols: 5 bits each, no 0/O/1/I
LENGTH = 10  # 50 bits; with the lock-out and an expiry of at most a week, out of reach of guessing
GROUPS = (4, 4, 2)
FAILURES = 10
FAILURE_WINDOW = 15 * 60
# Persian and Arabic-Indic digits typed on those keyboards, as the ASCII digits the code is made of.
_DIGITS = {ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")} | {ord(c): str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")}
_SEPARATORS = {ord(c): None for c in " -\u2010\u2011\u2012\u2013\u2014\u2212\u00a0\u200e\u200f\u2066\u2067\u2068\u2069\t"}


def normalize(code: str) -> str:
    """The code as it was made: upper case, no separators, ASCII digits."""
    return code.translate(_SEPARATORS).translate(_DIGITS).upper()


def _format(raw: str) -> str:
    parts, at = [], 0
    for size in GROUPS:
        parts.append(raw[at:at + size])
        at += size
    return "-".join(parts)


def _hash(code: str) -> str:
    return token_hash("enrollment:" + normalize(code))


def create(database: db.Database, clock: Clock, store_id: str, staff_id: str, expires_in_hours: int,
           uses: int) -> dict[str, Any]:
    """A new code for the store: `{"code", "expires_at", "uses"}`, the code shown this once."""
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    now = clock.time()
    expires_at = int(now) + expires_in_hours * 3600
    with database.write() as conn:
        conn.execute(db.enrollment_codes.insert(), [{
            "code_hash": _hash(raw), "store_id": store_id, "created_by": staff_id, "created_at": clock.iso(),
            "expires_at": expires_at, "uses": uses, "uses_left": uses,
        }])
    return {"code": _format(raw), "expires_at": iso(datetime.fromtimestamp(expires_at, UTC)), "uses": uses}


def enroll(database: db.Database, clock: Clock, code: str, name: str, store_id: str | None,
           address: str) -> dict[str, Any]:
    """Enroll a device with a code: `{"device_id", "device_token", "store_id"}`, one use spent.

    401 for a code that is wrong, spent, expired, or for another store than `store_id` (when given);
    429 once this address has sent FAILURES such codes within FAILURE_WINDOW (a right code too, then)."""
    now = clock.time()
    f = db.enrollment_failures.c
    with database.read() as conn:
        recent = conn.execute(select(f.at).where(f.address == address, f.at > now - FAILURE_WINDOW)
                              .order_by(f.at)).scalars().all()
    if len(recent) >= FAILURES:
        wait = max(1, math.ceil(recent[-FAILURES] + FAILURE_WINDOW - now))
        raise Problem("rate-limited", 429, "Too many wrong enrollment codes from this address. Try again later.",
                      headers={"Retry-After": str(wait)}, retry_after=wait)
    c = db.enrollment_codes.c
    key = _hash(code)
    device_id, token = f"dev_{uuid.uuid4().hex[:16]}", new_token()
    with database.write() as conn:
        row = conn.execute(select(c.store_id, c.created_by).where(c.code_hash == key)).first()
        spent = None
        if row is not None and (store_id is None or store_id == row.store_id):
            # The use is taken only if one is left and the code has not expired: one statement, in the one
            # writer's transaction, so of two counters racing for the last use exactly one gets it.
            spent = conn.execute(update(db.enrollment_codes)
                                 .where(c.code_hash == key, c.uses_left > 0, c.expires_at > int(now))
                                 .values(uses_left=c.uses_left - 1))
        if spent is not None and spent.rowcount == 1:
            conn.execute(db.devices.insert(), [{
                "id": device_id, "store_id": row.store_id, "name": name.strip(), "token_hash": token_hash(token),
                "last_seq": 0, "enrolled_by": row.created_by, "created_at": clock.iso(), "revoked": False,
            }])
            return {"device_id": device_id, "device_token": token, "store_id": row.store_id}
        # Committed before the 401 (raising inside would roll it back); old failures go as new ones come.
        conn.execute(delete(db.enrollment_failures).where(f.at <= int(now) - FAILURE_WINDOW))
        conn.execute(db.enrollment_failures.insert(), [{"address": address, "at": int(now)}])
    raise unauthenticated("This enrollment code is wrong, used up or expired. Ask a manager for a new one.")

