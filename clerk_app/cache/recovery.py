"""Rebuilding an unusable cache: salvage the queued actions it still holds, build a fresh one, move the old aside.

Entities need no rescue (the next sync downloads them again); queued actions do, because they exist
nowhere else. SQLCipher authenticates every page, so a row read from a damaged file is a row that was
written: damage only makes some pages unreadable. The outbox is read by every path that can reach it —
the table in seq order up to the first bad page, then the seq lists held by its two indexes, then each
listed row on its own — so one bad page costs only the rows on it. A row keeps its seq and mutation_id,
so the server still applies it exactly once.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from ..errors import CacheError
from .connection import connect, connect_raw, iso, transaction
from .migrations import migrate
from .outbox import OUTBOX_COLUMNS, set_meta

SIDE_FILES = ("-wal", "-shm", "-journal")
# SQLCipher reports a page that fails authentication as SQLITE_CORRUPT, SQLITE_ERROR or even SQLITE_NOMEM
# (which Python raises as MemoryError), depending on where the read happens.
_READ_ERRORS = (sqlcipher3.Error, MemoryError)
_CONFLICT_COLUMNS = ("seq", "mutation_id", "name", "acted_by", "acted_at", "args", "entity", "entity_id", "problem",
                     "server_entity", "created_at", "dismissed_at", "retried_as")
# Staff sign-ins are kept too: without their offline-unlock verifiers, nobody could unlock a counter
# whose cache was rebuilt while the store's link is down. Rows read from the file passed SQLCipher's
# page authentication, so they are as trustworthy as the day they were written.
_STAFF_LOGIN_COLUMNS = ("staff_id", "username", "staff", "verifier", "signed_in_at", "max_offline_hours")


@dataclass(frozen=True)
class RecoveryReport:
    """What `Cache.recover` could carry from the damaged file into the new one."""

    moved_to: Path | None  # where the damaged file now is (None if there was none); `Cache.wipe` deletes it
    kept: int  # queued actions carried over, to be pushed as usual
    lost: int  # queued actions known to be in the old file that could not be read
    complete: bool  # the old outbox could be listed in full; if False (e.g. the key does not open it) more may be lost
    conflicts_kept: int = 0
    staff_logins_kept: int = 0

    @property
    def all_kept(self) -> bool:
        return self.complete and self.lost == 0


@dataclass
class _Salvage:
    rows: list[tuple] = field(default_factory=list)
    lost: int = 0
    complete: bool = False
    meta: dict[str, str] = field(default_factory=dict)
    conflicts: list[tuple] = field(default_factory=list)
    staff_logins: list[tuple] = field(default_factory=list)


def _scan(old: Path, key: bytes, sql: str, params: tuple = ()) -> tuple[list[tuple], bool]:
    """The rows a query yields up to its first error, and whether it got to the end.

    Each query gets a connection of its own: after a page fails authentication, SQLCipher fails
    every later read on that connection, even of sound pages.
    """
    rows: list[tuple] = []
    try:
        conn = connect_raw(old, key)
    except _READ_ERRORS:
        return rows, False
    try:
        for row in conn.execute(sql, params):
            rows.append(row)
    except _READ_ERRORS:
        return rows, False
    finally:
        conn.close()
    return rows, True


def _sound(row: tuple) -> bool:
    item = dict(zip(OUTBOX_COLUMNS, row, strict=True))
    try:
        return (isinstance(item["seq"], int) and bool(item["mutation_id"]) and bool(item["name"])
                and isinstance(json.loads(item["args"]), dict))
    except (TypeError, ValueError):
        return False


def _salvage(old: Path, key: bytes) -> _Salvage:
    found = _Salvage()
    _, readable = _scan(old, key, "SELECT name FROM sqlite_master")
    if not readable:
        return found
    cols = ", ".join(OUTBOX_COLUMNS)
    rows, found.complete = _scan(old, key, f"SELECT {cols} FROM outbox ORDER BY seq")
    by_seq = {row[0]: row for row in rows}
    listed = set(by_seq)
    for sql in ("SELECT seq FROM outbox INDEXED BY sqlite_autoindex_outbox_1 ORDER BY mutation_id",
                "SELECT seq FROM outbox INDEXED BY outbox_entity ORDER BY entity, entity_id"):
        seqs, done = _scan(old, key, sql)
        listed.update(seq for (seq,) in seqs)
        found.complete = found.complete or done
    guessed: set[int] = set()
    if not found.complete:
        # No full list: also look past the damage for the seqs the counter says were given out.
        last = _scan(old, key, "SELECT value FROM meta WHERE key = 'last_seq_issued'")[0]
        top = _int(last[0][0]) if last else 0
        guessed = set(range(max(listed, default=0) + 1, top + 1)) - listed
    # Rows past a bad page are read one by one: the B-tree's interior pages still lead to them.
    for seq in sorted((listed | guessed) - set(by_seq)):
        one, _ = _scan(old, key, f"SELECT {cols} FROM outbox WHERE seq = ?", (seq,))
        if one:
            by_seq[seq] = one[0]
    found.rows = [row for _, row in sorted(by_seq.items()) if _sound(row)]
    found.lost = len(listed | set(by_seq)) - len(found.rows)
    found.meta = dict(_scan(old, key, "SELECT key, value FROM meta")[0])
    found.conflicts = _scan(old, key, f"SELECT {', '.join(_CONFLICT_COLUMNS)} FROM conflicts ORDER BY id")[0]
    found.staff_logins = _scan(old, key, f"SELECT {', '.join(_STAFF_LOGIN_COLUMNS)} FROM staff_logins")[0]
    return found


def _aside_name(path: Path, now: float) -> Path:
    stamp = datetime.fromtimestamp(now, UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    return target


def _move(source: Path, target: Path) -> None:
    """Move a database with its side files, under the names SQLite looks for, so the moved copy opens whole."""
    for suffix in SIDE_FILES:
        side = source.with_name(source.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    os.replace(source, target)


def _build(target: Path, key: bytes, found: _Salvage, now: str) -> None:
    for stale in [target, *(target.with_name(target.name + s) for s in SIDE_FILES)]:
        stale.unlink(missing_ok=True)
    conn = connect(target, key)
    try:
        migrate(conn, now)
        with transaction(conn):
            marks = ", ".join("?" for _ in OUTBOX_COLUMNS)
            conn.executemany(f"INSERT INTO outbox ({', '.join(OUTBOX_COLUMNS)}) VALUES ({marks})", found.rows)
            conn.executemany(
                f"INSERT INTO conflicts ({', '.join(_CONFLICT_COLUMNS)}) VALUES ({', '.join('?' for _ in _CONFLICT_COLUMNS)})",
                found.conflicts,
            )
            # OR IGNORE: two damaged rows claiming one username must not stop the rebuild.
            conn.executemany(
                f"INSERT OR IGNORE INTO staff_logins ({', '.join(_STAFF_LOGIN_COLUMNS)}) "
                f"VALUES ({', '.join('?' for _ in _STAFF_LOGIN_COLUMNS)})",
                found.staff_logins,
            )
            # The counters keep a new action from reusing a seq the server has already seen.
            top = max([row[0] for row in found.rows], default=0)
            set_meta(conn, "last_seq_issued", max(_int(found.meta.get("last_seq_issued")), top))
            if _int(found.meta.get("device_last_seq")):
                set_meta(conn, "device_last_seq", _int(found.meta.get("device_last_seq")))
    finally:
        conn.close()


def recover(path: Path, key: bytes, clock: Callable[[], float]) -> RecoveryReport:
    """Salvage, build the new cache beside the old one, and only then swap them.

    If building fails (a full disk), the damaged file is still where it was, with its queued actions,
    and recovery can be tried again.
    """
    found = _salvage(path, key) if path.exists() else _Salvage(complete=True)
    rebuilt = path.with_name(path.name + ".rebuild")
    _build(rebuilt, key, found, iso(clock()))
    moved = _aside_name(path, clock()) if path.exists() else None
    try:
        if moved is not None:
            _move(path, moved)
        _move(rebuilt, path)
    except OSError as exc:
        raise CacheError(f"the damaged cache could not be replaced: {exc}") from exc
    return RecoveryReport(moved_to=moved, kept=len(found.rows), lost=found.lost, complete=found.complete,
                          conflicts_kept=len(found.conflicts), staff_logins_kept=len(found.staff_logins))


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def wipe(path: Path) -> None:
    """Delete the cache, its side files and its moved-aside damaged copies."""
    doomed = [path, *(path.with_name(path.name + s) for s in SIDE_FILES)]
    rebuilt = path.with_name(path.name + ".rebuild")
    doomed += [rebuilt, *(rebuilt.with_name(rebuilt.name + s) for s in SIDE_FILES)]
    doomed += sorted(path.parent.glob(f"{path.name}.corrupt-*")) if path.parent.exists() else []
    for item in doomed:
        try:
            item.unlink()
        except FileNotFoundError:
            pass
