"""Offline unlock: the salted slow verifier, the offline allowance, the local wrong-password throttle, and the
cache table that keeps staff sign-ins (never the password)."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

from clerk_app.cache import Cache
from clerk_app.domain import offline_unlock as ou

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
STAFF = {"id": "sf_ana", "username": "Ana", "display_name": "Ana Vale", "role": "associate", "store_ids": ["st_001"]}


def test_two_verifiers_of_one_password_differ_and_both_verify():
    first, second = ou.make_verifier("s3cret pass"), ou.make_verifier("s3cret pass")
    assert first != second  # salted
    assert "s3cret" not in first
    assert ou.verify("s3cret pass", first) and ou.verify("s3cret pass", second)


def test_a_wrong_password_does_not_verify():
    verifier = ou.make_verifier("right one")
    assert not ou.verify("wrong one", verifier)
    assert not ou.verify("Right one", verifier)
    assert not ou.verify("", verifier)


def test_a_tampered_or_malformed_verifier_never_verifies():
    verifier = ou.make_verifier("pw")
    scheme, n, r, p, salt, digest = verifier.split("$")
    # The first character carries six whole bits of the hash (the last one also carries padding bits).
    flipped = ("A" if digest[0] != "A" else "B") + digest[1:]
    other_salt = ou.make_verifier("pw").split("$")[4]

    def joined(*parts: str) -> str:
        return "$".join(parts)

    for bad in (
        joined(scheme, n, r, p, salt, flipped),  # hash changed
        joined(scheme, n, r, p, other_salt, digest),  # salt changed
        joined(scheme, str(int(n) // 2), r, p, salt, digest),  # cost lowered
        joined("pbkdf2", n, r, p, salt, digest),
        joined(scheme, str(2**30), r, p, salt, digest),  # a cost that would take gigabytes is refused
        joined(scheme, "1000", r, p, salt, digest),  # not a power of two
        joined(scheme, n, r, p, "not base64!", digest),
        verifier + "$extra", "", "pw", None,
    ):
        assert not ou.verify("pw", bad), bad


def test_offline_unlock_is_allowed_only_within_max_offline_hours():
    signed_in = NOW - timedelta(hours=72)
    assert ou.allowed(signed_in, NOW, 72)
    assert not ou.allowed(signed_in, NOW + timedelta(seconds=1), 72)
    assert not ou.allowed(NOW, NOW, 0)


def test_the_throttle_refuses_after_five_wrong_passwords_until_the_window_passes():
    throttle = ou.Throttle()
    for minute in range(5):
        assert throttle.wait_minutes("ana", NOW + timedelta(minutes=minute)) == 0
        throttle.failed("ana", NOW + timedelta(minutes=minute))
    assert throttle.wait_minutes("ana", NOW + timedelta(minutes=5)) == 10
    assert throttle.wait_minutes("ben", NOW + timedelta(minutes=5)) == 0
    assert throttle.wait_minutes("ana", NOW + timedelta(minutes=15)) == 0  # the first failure aged out
    throttle.failed("ana", NOW + timedelta(minutes=15))
    assert throttle.wait_minutes("ana", NOW + timedelta(minutes=15)) > 0
    throttle.succeeded("ana")
    assert throttle.wait_minutes("ana", NOW + timedelta(minutes=15)) == 0


def test_the_cache_keeps_one_login_per_staff_member_by_case_folded_username(tmp_path):
    path, key = tmp_path / "cache.db", os.urandom(32)
    verifier = ou.make_verifier("hunter2-password")
    with Cache.open(path, key, clock=NOW.timestamp) as cache:
        assert cache.login_record("ana") is None
        cache.save_login(STAFF, verifier, NOW, 72)
        record = cache.login_record("  ANA ")
        assert record == {"staff": STAFF, "verifier": verifier, "signed_in_at": "2026-11-20T12:00:00Z",
                          "max_offline_hours": 72}
        newer = ou.make_verifier("new-password")
        cache.save_login({**STAFF, "display_name": "Ana V."}, newer, NOW + timedelta(hours=1), 48)
        assert cache.login_record("ana")["verifier"] == newer
        assert cache.login_record("ana")["max_offline_hours"] == 48
        # The username passed to someone else: only the new holder's sign-in answers to it.
        cache.save_login({**STAFF, "id": "sf_other"}, verifier, NOW, 72)
        assert cache.login_record("ana")["staff"]["id"] == "sf_other"
        assert cache.connection.execute("SELECT count(*) FROM staff_logins").fetchone()[0] == 1
        assert cache.forget_login("Ana") and cache.login_record("ana") is None
    # The password is nowhere in the file: only the salted hash is kept (and the file is encrypted anyway).
    with Cache.open(path, key, clock=NOW.timestamp) as cache:
        cache.save_login(STAFF, verifier, NOW, 72)
        rows = cache.connection.execute("SELECT * FROM staff_logins").fetchall()
    assert not any("hunter2-password" in str(value) for row in rows for value in row)
