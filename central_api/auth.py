"""Who is calling: staff sign-in with rotating refresh tokens and lock-out, device tokens, and the
FastAPI dependencies that every route uses to decide what the caller may see."""

from __future__ import annotations

import asyncio
import math
import uuid
from concurrent.futures import Executor
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Connection, delete, func, select, update

from . import db
from .problems import Problem, forbidden, unauthenticated
from .security import Clock, burn_verify, new_token, token_hash, verify_password

ACCESS_SECONDS = 900
REFRESH_SECONDS = 30 * 86400
LOCKOUT_FAILURES = 5
LOCKOUT_WINDOW = 15 * 60


@dataclass(frozen=True)
class StaffCaller:
    staff: dict[str, Any]  # API.md Staff
    device_id: str | None
    family_id: str

    @property
    def id(self) -> str:
        return self.staff["id"]

    @property
    def is_manager(self) -> bool:
        return self.staff["role"] == "manager"

    def require_store(self, store_id: str) -> None:
        if store_id not in self.staff["store_ids"]:
            raise forbidden("You are not on the staff of this store.")

    def require_manager(self) -> None:
        if not self.is_manager:
            raise forbidden("Only a manager can do this.")


def staff_json(conn: Connection, row: Any) -> dict[str, Any]:
    store_ids = sorted(conn.execute(select(db.staff_stores.c.store_id).where(db.staff_stores.c.staff_id == row.id)).scalars())
    return {"id": row.id, "username": row.username, "display_name": row.display_name, "role": row.role, "store_ids": store_ids}


def _issue_pair(conn: Connection, staff_id: str, device_id: str | None, family_id: str, now: float) -> tuple[str, str]:
    access, refresh = new_token(), new_token()
    conn.execute(db.tokens.insert(), [
        {"token_hash": token_hash(access), "kind": "access", "staff_id": staff_id, "device_id": device_id,
         "family_id": family_id, "expires_at": int(now) + ACCESS_SECONDS, "spent": False, "revoked": False},
        {"token_hash": token_hash(refresh), "kind": "refresh", "staff_id": staff_id, "device_id": device_id,
         "family_id": family_id, "expires_at": int(now) + REFRESH_SECONDS, "spent": False, "revoked": False},
    ])
    return access, refresh


def _pair_reply(conn: Connection, staff_row: Any, access: str, refresh: str, max_offline_hours: int) -> dict[str, Any]:
    return {"access_token": access, "refresh_token": refresh, "expires_in": ACCESS_SECONDS, "token_type": "Bearer",
            "staff": staff_json(conn, staff_row), "offline_policy": {"max_offline_hours": max_offline_hours}}


def login(database: db.Database, clock: Clock, username: str, password: str, device_id: str | None,
          max_offline_hours: int) -> dict[str, Any]:
    now = clock.time()
    key = username.strip().casefold()
    with database.read() as conn:
        recent = conn.execute(
            select(db.login_failures.c.at).where(db.login_failures.c.username == key, db.login_failures.c.at > now - LOCKOUT_WINDOW)
            .order_by(db.login_failures.c.at)
        ).scalars().all()
        if len(recent) >= LOCKOUT_FAILURES:
            wait = max(1, math.ceil(recent[-LOCKOUT_FAILURES] + LOCKOUT_WINDOW - now))
            raise Problem("rate-limited", 429, "Too many wrong passwords. Try again later.",
                          headers={"Retry-After": str(wait)}, retry_after=wait)
        row = conn.execute(select(db.staff).where(func.lower(db.staff.c.username) == key)).first()
    if row is None or not row.active:
        burn_verify(password)
        ok = False
    else:
        ok = verify_password(row.password_hash, password)
    if not ok:
        with database.write() as conn:  # committed before the 401 (raising inside would roll it back)
            conn.execute(db.login_failures.insert(), [{"username": key, "at": int(now)}])
        raise unauthenticated("Wrong username or password.")
    with database.write() as conn:
        conn.execute(delete(db.login_failures).where(db.login_failures.c.username == key))
        if device_id is not None:
            device = conn.execute(select(db.devices).where(db.devices.c.id == device_id, db.devices.c.revoked.is_(False))).first()
            if device is None:
                raise unauthenticated("This device is not enrolled.")
            member = conn.execute(select(db.staff_stores).where(
                db.staff_stores.c.staff_id == row.id, db.staff_stores.c.store_id == device.store_id)).first()
            if member is None:
                raise forbidden("You are not on the staff of this device's store.")
        access, refresh = _issue_pair(conn, row.id, device_id, uuid.uuid4().hex, now)
        return _pair_reply(conn, row, access, refresh, max_offline_hours)


def refresh(database: db.Database, clock: Clock, refresh_token: str, max_offline_hours: int) -> dict[str, Any]:
    now = clock.time()
    with database.write() as conn:
        row = conn.execute(select(db.tokens).where(db.tokens.c.token_hash == token_hash(refresh_token),
                                                   db.tokens.c.kind == "refresh")).first()
        if row is None:
            raise unauthenticated("Sign in again.")
        reused = row.spent or row.revoked
        if reused:
            # A spent refresh token presented again means it was copied: end the whole chain.
            # (Committed before the 401 below; raising inside would roll the revocation back.)
            conn.execute(update(db.tokens).where(db.tokens.c.family_id == row.family_id).values(revoked=True))
        else:
            if row.expires_at <= now:
                raise unauthenticated("Your session has ended. Sign in again.")
            staff_row = conn.execute(select(db.staff).where(db.staff.c.id == row.staff_id)).first()
            if staff_row is None or not staff_row.active:
                raise unauthenticated("Sign in again.")
            conn.execute(update(db.tokens).where(db.tokens.c.token_hash == row.token_hash).values(spent=True))
            access, new_refresh = _issue_pair(conn, row.staff_id, row.device_id, row.family_id, now)
            return _pair_reply(conn, staff_row, access, new_refresh, max_offline_hours)
    raise unauthenticated("This sign-in was ended for safety. Sign in again.")


def logout(database: db.Database, caller: StaffCaller) -> None:
    with database.write() as conn:
        conn.execute(update(db.tokens).where(db.tokens.c.family_id == caller.family_id).values(revoked=True))


# --- dependencies ------------------------------------------------------------------------

# The two credentials as the OpenAPI document's security schemes. They only declare; _bearer reads
# the header itself (auto_error=False), so a missing or malformed one stays our 401 problem.
_STAFF_SCHEME = HTTPBearer(scheme_name="staffToken", auto_error=False,
                           description="A staff access token from POST /v1/auth/login or /v1/auth/refresh.")
_DEVICE_SCHEME = HTTPBearer(scheme_name="deviceToken", auto_error=False,
                            description="A device token from POST /v1/devices (enrollment).")
StaffCredentials = _StaffCredentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_STAFF_SCHEME)]
_DeviceCredentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_DEVICE_SCHEME)]

def bearer_token(header: str) -> str | None:
    """The token of an `Authorization: Bearer <token>` header's value; None for any other value."""
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def _bearer(request: Request) -> str:
    token = bearer_token(request.headers.get("authorization", ""))
    if token is None:
        raise unauthenticated("Sign in first.")
    return token


def current_staff(request: Request, _declared: _StaffCredentials = None) -> StaffCaller:
    token = _bearer(request)
    app_state = request.app.state
    with app_state.database.read() as conn:
        row = conn.execute(
            select(db.tokens).where(db.tokens.c.token_hash == token_hash(token), db.tokens.c.kind == "access")
        ).first()
        if row is None or row.revoked or row.expires_at <= app_state.clock.time():
            raise unauthenticated("Your session has ended. Sign in again.")
        staff_row = conn.execute(select(db.staff).where(db.staff.c.id == row.staff_id, db.staff.c.active.is_(True))).first()
        if staff_row is None:
            raise unauthenticated("Sign in again.")
        return StaffCaller(staff_json(conn, staff_row), row.device_id, row.family_id)


class DeviceReader:
    """Looks up the device tokens of the requests that arrive in the same turn of the event loop in one
    query, on the process's read thread (`pages.read_thread`).

    Each request still reads the database after it arrived, so a device revoked a moment ago is refused
    (no cache); but thousands of counters polling again after a wake-up cost a query per few hundred of
    them, not a thread-pool job and a transaction each.
    """

    PER_QUERY = 500

    def __init__(self, database: db.Database, executor: Executor) -> None:
        self.database = database
        self.executor = executor
        self._pending: dict[str, list[asyncio.Future]] = {}
        self._scheduled = False
        self._running: set[asyncio.Task] = set()
        self.reads = 0  # queries run

    async def lookup(self, hashed: str) -> dict[str, Any] | None:
        """The device row whose token hashes to `hashed` (None if there is none)."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future = loop.create_future()
        self._pending.setdefault(hashed, []).append(future)
        if not self._scheduled:
            self._scheduled = True
            loop.call_soon(self._flush)
        return await future

    def _flush(self) -> None:
        pending, self._pending = self._pending, {}
        self._scheduled = False
        hashes = list(pending)
        for start in range(0, len(hashes), self.PER_QUERY):
            chunk = {h: pending[h] for h in hashes[start:start + self.PER_QUERY]}
            task = asyncio.get_running_loop().create_task(self._run(chunk))
            self._running.add(task)
            task.add_done_callback(self._running.discard)

    def _read(self, hashes: list[str]) -> dict[str, dict[str, Any]]:
        with self.database.read() as conn:
            rows = conn.execute(select(db.devices).where(db.devices.c.token_hash.in_(hashes))).all()
        return {row.token_hash: dict(row._mapping) for row in rows}

    async def _run(self, chunk: dict[str, list[asyncio.Future]]) -> None:
        try:
            found = await asyncio.get_running_loop().run_in_executor(self.executor, self._read, list(chunk))
        except BaseException as exc:
            for futures in chunk.values():
                for future in futures:
                    if not future.done():
                        future.set_exception(exc)
            if not isinstance(exc, Exception):
                raise
            return
        self.reads += 1
        for hashed, futures in chunk.items():
            row = found.get(hashed)
            for future in futures:
                if not future.done():
                    future.set_result(dict(row) if row is not None else None)


async def current_device(request: Request, _declared: _DeviceCredentials = None) -> dict[str, Any]:
    token = _bearer(request)
    row = await request.app.state.device_reader.lookup(token_hash(token))
    if row is None or row["revoked"]:
        raise unauthenticated("This device is not enrolled, or was removed from the store.")
    return row


StaffDep = Annotated[StaffCaller, Depends(current_staff)]
DeviceDep = Annotated[dict[str, Any], Depends(current_device)]
