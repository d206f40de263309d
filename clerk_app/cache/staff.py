"""Staff who signed in online on this computer: their staff record, the offline-unlock verifier (a salted
slow hash, never the password), when they signed in and the server's offline allowance at the time.

Usernames are kept case-folded, as the server compares them. Each function runs in the caller's transaction.
"""

from __future__ import annotations

from typing import Any

from .connection import Connection, dumps, loads


def username_key(username: str) -> str:
    return username.strip().casefold()


def save_login(conn: Connection, staff: dict[str, Any], verifier: str, signed_in_at: str,
               max_offline_hours: int) -> None:
    """Keep (or replace) the staff member's sign-in; a username now held by someone else is theirs alone."""
    key = username_key(staff["username"])
    conn.execute("DELETE FROM staff_logins WHERE username = ? AND staff_id <> ?", (key, staff["id"]))
    conn.execute(
        "INSERT INTO staff_logins (staff_id, username, staff, verifier, signed_in_at, max_offline_hours) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (staff_id) DO UPDATE SET username = excluded.username, "
        "staff = excluded.staff, verifier = excluded.verifier, signed_in_at = excluded.signed_in_at, "
        "max_offline_hours = excluded.max_offline_hours",
        (staff["id"], key, dumps(staff), verifier, signed_in_at, int(max_offline_hours)))


def login(conn: Connection, username: str) -> dict[str, Any] | None:
    """{staff, verifier, signed_in_at, max_offline_hours} for `username`, or None if they never signed in here."""
    row = conn.execute("SELECT staff, verifier, signed_in_at, max_offline_hours FROM staff_logins WHERE username = ?",
                       (username_key(username),)).fetchone()
    if row is None:
        return None
    return {"staff": loads(row[0]), "verifier": row[1], "signed_in_at": row[2], "max_offline_hours": row[3]}


def forget_login(conn: Connection, username: str) -> bool:
    return conn.execute("DELETE FROM staff_logins WHERE username = ?", (username_key(username),)).rowcount > 0


def manager_logins(conn: Connection) -> list[dict[str, Any]]:
    """Every manager who signed in online here, as login records (see `login`), by display name."""
    rows = conn.execute("SELECT staff, verifier, signed_in_at, max_offline_hours FROM staff_logins").fetchall()
    found = [{"staff": loads(r[0]), "verifier": r[1], "signed_in_at": r[2], "max_offline_hours": r[3]} for r in rows]
    managers = [record for record in found if record["staff"].get("role") == "manager"]
    return sorted(managers, key=lambda r: (str(r["staff"].get("display_name", "")).casefold(), r["staff"].get("id", "")))
