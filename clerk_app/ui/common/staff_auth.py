"""What the sign-in and lock screens do off the GUI thread: online sign-in (keeping the offline verifier),
offline sign-in against that verifier, and unlocking. No Qt here; every function runs on the thread pool."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ...api.client import ApiClient
from ...cache import Cache
from ...domain import offline_unlock
from ...errors import CacheError, OfflineError, ServerUnavailable, UnsupportedVersion

log = logging.getLogger("clerk.ui.signin")

# Why a sign-in or unlock was refused without the server's word (the server's own refusals are raised).
WRONG_PASSWORD = "wrong-password"  # checked against this computer's verifier
NOT_RECENT = "not-recent"  # no verifier here, or older than max_offline_hours
THROTTLED = "throttled"  # too many wrong passwords typed here lately
NEEDS_SERVER = "needs-server"  # unlocking needs the server, which cannot be reached


@dataclass
class Outcome:
    ok: bool
    staff: dict[str, Any] | None = None
    offline: bool = False  # signed in with the offline verifier: no staff token
    policy: dict[str, Any] | None = None  # the server's offline_policy, after an online sign-in
    refusal: str = ""
    hours: int = 0  # for NOT_RECENT: the allowance that was exceeded
    wait_minutes: int = 0  # for THROTTLED


def _parse(moment: str) -> datetime:
    return datetime.fromisoformat(moment.replace("Z", "+00:00"))


def remember(cache: Cache, staff: dict[str, Any], password: str, now: datetime, max_offline_hours: int) -> None:
    """Keep the salted slow hash of the password (never the password) for offline unlock."""
    try:
        cache.save_login(staff, offline_unlock.make_verifier(password), now, max_offline_hours)
    except CacheError:
        # Signing in still works; only offline unlock will not, which the person learns if it comes to that.
        log.warning("could not keep the offline sign-in record", exc_info=True)


def _online(api: ApiClient, cache: Cache, username: str, password: str, device_id: str | None,
            now: datetime) -> Outcome:
    result = api.login(username, password, device_id)
    staff, policy = result.staff.model_dump(), result.offline_policy.model_dump()
    remember(cache, staff, password, now, policy["max_offline_hours"])
    return Outcome(True, staff, policy=policy)


def _usable(record: dict[str, Any] | None, now: datetime) -> bool:
    return record is not None and offline_unlock.allowed(_parse(record["signed_in_at"]), now,
                                                         int(record["max_offline_hours"]))


def sign_in(api: ApiClient, cache: Cache, username: str, password: str, device_id: str | None, now: datetime, *,
            default_hours: int, wait_minutes: int = 0) -> Outcome:
    """Online when the server answers; when it cannot be reached, against this computer's verifier.

    The server's refusals (wrong password, locked out, not on this store's staff) are raised as ClerkErrors.
    A server that needs a newer Clerk (426) cannot check the password either: as offline, this computer's
    verifier does, so the counter keeps working from its cache until Clerk is updated.
    """
    try:
        return _online(api, cache, username, password, device_id, now)
    except (OfflineError, ServerUnavailable, UnsupportedVersion):
        pass
    if wait_minutes:
        return Outcome(False, refusal=THROTTLED, wait_minutes=wait_minutes)
    record = cache.login_record(username)
    if not _usable(record, now):
        offline_unlock.burn(password)  # as slow as a wrong password: timing tells nothing more than the words
        hours = int(record["max_offline_hours"]) if record else default_hours
        return Outcome(False, refusal=NOT_RECENT, hours=hours)
    if not offline_unlock.verify(password, record["verifier"]):
        return Outcome(False, refusal=WRONG_PASSWORD)
    return Outcome(True, record["staff"], offline=True)


def unlock(api: ApiClient, cache: Cache, staff: dict[str, Any], password: str, device_id: str | None,
           now: datetime, *, wait_minutes: int = 0) -> Outcome:
    """Unlock for the signed-in `staff`: against this computer's verifier (works offline), else online."""
    record = cache.login_record(staff["username"])
    if record is not None and record["staff"].get("id") == staff.get("id") and _usable(record, now):
        if wait_minutes:
            return Outcome(False, refusal=THROTTLED, wait_minutes=wait_minutes)
        if offline_unlock.verify(password, record["verifier"]):
            return Outcome(True, staff)
        return Outcome(False, refusal=WRONG_PASSWORD)
    try:
        return _online(api, cache, staff["username"], password, device_id, now)
    except (OfflineError, ServerUnavailable, UnsupportedVersion):
        return Outcome(False, refusal=NEEDS_SERVER)
