"""Opening the SQLCipher file with its raw key, its pragmas, transactions, and sqlite errors as Clerk errors."""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from ..errors import CacheError, CacheUnreadable, DiskFull

Connection = sqlcipher3.Connection
DatabaseError = sqlcipher3.DatabaseError

KEY_BYTES = 32
BUSY_TIMEOUT_MS = 5000
# Decrypted pages kept in memory (allocated as used): search at a million customers reads from memory.
CACHE_SIZE_KIB = 65536
WAL_CHECKPOINT_PAGES = 8192  # of 4 KiB

# Primary result codes (https://sqlite.org/rescode.html); extended codes keep them in the low byte.
SQLITE_CANTOPEN = 14
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_IOERR = 10
SQLITE_NOTADB = 26
_UNREADABLE = {SQLITE_CORRUPT, SQLITE_NOTADB}


def translate(exc: BaseException) -> BaseException:
    """The Clerk error for a sqlite error (the same exception if it is not one Clerk tells about)."""
    if not isinstance(exc, sqlcipher3.Error):
        return exc
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(exc)
    if code == SQLITE_FULL or "database or disk is full" in text:
        return DiskFull(text)
    # ENOSPC while writing the WAL arrives as an I/O error, not SQLITE_FULL.
    if code == SQLITE_IOERR and getattr(exc, "sqlite_errorname", "").startswith("SQLITE_IOERR_WRITE"):
        return DiskFull(text)
    if code in _UNREADABLE or "malformed" in text or "file is not a database" in text:
        return CacheUnreadable(text)
    return exc


@contextlib.contextmanager
def sqlite_errors() -> Iterator[None]:
    """Raise sqlite errors that mean "disk full" or "corrupt" as DiskFull / CacheUnreadable."""
    try:
        yield
    except sqlcipher3.Error as exc:
        mapped = translate(exc)
        if mapped is exc:
            raise
        raise mapped from exc


@contextlib.contextmanager
def transaction(conn: Connection, *, durable: bool = True) -> Iterator[Connection]:
    """One write transaction: all of it is committed, or (on any error) none of it.

    `durable=False` is for what the server can send again (pages of changes): its commit does not
    wait for the disk, so a power cut may undo the last pages — never partly, and never a queued
    action, whose own (durable) commit flushes everything written before it.
    """
    with sqlite_errors():
        if not durable:
            conn.execute("PRAGMA synchronous = NORMAL")
        try:
            # IMMEDIATE takes the write lock up front, so a reader can never make us fail half-way.
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            try:
                conn.execute("COMMIT")
            except BaseException:
                # A failed COMMIT (disk full) may leave the transaction open: nothing of it is kept.
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        finally:
            if not durable:
                conn.execute("PRAGMA synchronous = FULL")


def _check_key(key: bytes) -> str:
    if not isinstance(key, bytes | bytearray) or len(key) != KEY_BYTES:
        raise ValueError(f"the cache key must be {KEY_BYTES} random bytes")
    return bytes(key).hex()


def connect(path: Path, key: bytes, *, read_only: bool = False) -> Connection:
    """A connection to the encrypted file with the key checked and the pragmas set.

    A wrong key, a file that is not a SQLCipher database, or a damaged first page raise CacheUnreadable.
    """
    hex_key = _check_key(key)
    path = Path(path)
    if read_only:
        if not path.exists():
            raise CacheUnreadable("there is no cache file yet")
        target, uri = f"{path.resolve().as_uri()}?mode=ro", True
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        fresh = not path.exists()
        if fresh:
            # Encrypted or not, nobody else on the computer needs to read it.
            fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
        target, uri = str(path), False
    try:
        conn = sqlcipher3.connect(target, uri=uri, isolation_level=None, check_same_thread=False,
                                  timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlcipher3.Error as exc:
        raise CacheUnreadable(str(exc)) from exc
    try:
        # SQLCipher logs decryption failures to stderr: they say nothing the exception doesn't.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{hex_key}'\"")
        # The key is checked only when a page is read: read the schema now, not in the middle of a sync.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute(f"PRAGMA cache_size = -{CACHE_SIZE_KIB}")
        # Sorts and temporary indexes stay in memory, never in an unencrypted temporary file.
        conn.execute("PRAGMA temp_store = MEMORY")
        if not read_only:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise CacheError(f"the cache cannot use write-ahead logging (journal_mode={mode})")
            # Copy the log into the file every 32 MB written, not every 4 MB: a first download rewrites
            # the same index pages in every transaction, and each copy wrote them (and flushed) again.
            conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
        # FULL: a handed-over parcel, once saved, survives a power cut.
        conn.execute("PRAGMA synchronous = FULL")
    except sqlcipher3.Error as exc:
        conn.close()
        mapped = translate(exc)
        if mapped is exc:
            raise CacheUnreadable(str(exc)) from exc
        raise mapped from exc
    except BaseException:
        conn.close()
        raise
    return conn


def connect_raw(path: Path, key: bytes) -> Connection:
    """A keyed connection with nothing else set up or checked, for salvaging what a damaged file still holds."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{_check_key(key)}'\"")
    return conn


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def iso(moment: datetime | str | float) -> str:
    """An RFC 3339 UTC time as the API writes it (`2026-11-22T14:03:00Z`), from a datetime, ISO text or timestamp."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment.replace("Z", "+00:00"))
    elif isinstance(moment, int | float):
        moment = datetime.fromtimestamp(moment, UTC)
    if moment.tzinfo is None:
        raise ValueError("times given to the cache must carry a time zone")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
