"""`Cache`: the encrypted local store of one (API, store) — its one public face.

The work is done by small modules (entities, search, pages, outbox, queries, recovery); this class
owns the connections, runs each write in one transaction, serialises use across threads, and turns
sqlite's "disk full" and "corrupt" errors into DiskFull and CacheUnreadable. A write that fails
changes nothing: an outbox row is never half-written or lost by a failed transaction.

A writable cache has two connections: the main one for everything, and one that only writes pages of
changes (`write_page`), so that the sync engine's writer thread never waits for the main one's lock.
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, ParamSpec, TypeVar

from ..errors import CacheError, CacheUnreadable
from . import outbox, pages, pickup_queue, product_search, queries, recovery, search
from . import staff as staff_logins
from .connection import Connection, DatabaseError, connect, iso, sqlite_errors, transaction
from .migrations import LATEST, applied, migrate
from .recovery import RecoveryReport

P = ParamSpec("P")
R = TypeVar("R")
Moment = datetime | str | float


# The page connection's own page cache: writing pages touches the ends of the tables and a few index pages.
PAGE_CACHE_KIB = 8192


def _page_connection(path: Path, key: bytes) -> Connection:
    """A second write connection for pages of changes, with the page writer's view and triggers.

    Its commits do not wait for the disk (synchronous=NORMAL), as pages can be fetched again; setting
    that per transaction on the main connection took two more statements per page.
    """
    conn = connect(path, key)
    try:
        with sqlite_errors():
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
            pages.install(conn)
    except BaseException:
        conn.close()
        raise
    return conn


@dataclass(frozen=True)
class PreparedPage:
    """A page of changes ready for `Cache.write_page` (from `Cache.prepare_page`)."""

    steps: list[pages.Step] = field(repr=False)  # customer data: never in a log line
    kinds: set[str]  # the entity kinds it changes
    count: int  # how many changes


def _locked(method: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        self = args[0]
        with self._lock, sqlite_errors():  # type: ignore[attr-defined]
            return method(*args, **kwargs)
    return wrapper


class Cache:
    """Open with `Cache.open(path, key)`; entity dicts are the API's JSON plus `pending` and `synced_at`."""

    def __init__(self, conn: Connection, path: Path, *, read_only: bool, clock: Callable[[], float],
                 key: bytes | None = None) -> None:
        self._conn = conn
        self._lock = threading.RLock()
        # Pages of changes are written through a connection of their own (see `write_page`), opened
        # when the first page comes: the app's window, which only queues actions, never opens it.
        self._page_key = None if read_only else key
        self._page_conn: Connection | None = None
        self._page_lock = threading.Lock()
        self._clock = clock
        self.path = path
        self.read_only = read_only

    # --- opening, recovery, wiping -------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, key: bytes, *, read_only: bool = False, quick_check: bool = False,
             clock: Callable[[], float] = time.time) -> Cache:
        """Open (or create) the cache at `path` with its 32-byte key; migrations run unless `read_only`.

        A wrong key or a file that is not a cache raises CacheUnreadable. `quick_check` also reads
        every page (seconds on a big cache), for when damage is suspected after a crash.
        """
        path = Path(path)
        conn = connect(path, key, read_only=read_only)
        try:
            with sqlite_errors():
                if read_only:
                    versions = applied(conn)
                    if not versions:
                        raise CacheUnreadable("the cache has not been created yet")
                    if max(versions) > LATEST:
                        raise CacheUnreadable(f"the cache was written by a newer Clerk (schema {max(versions)})")
                    if max(versions) < LATEST:
                        # A reader cannot migrate, and this Clerk's queries need the latest tables.
                        raise CacheUnreadable(f"the cache has not been upgraded yet (schema {max(versions)} of {LATEST})")
                else:
                    migrate(conn, iso(clock()))
                if quick_check:
                    try:
                        result = [row[0] for row in conn.execute("PRAGMA quick_check")]
                    except DatabaseError as exc:
                        # SQLCipher reports a page that fails authentication as a generic error.
                        raise CacheUnreadable(f"the cache file is damaged: {exc}") from exc
                    if result != ["ok"]:
                        raise CacheUnreadable("the cache file is damaged: " + "; ".join(result[:3]))
        except BaseException:
            conn.close()
            raise
        return cls(conn, path, read_only=read_only, clock=clock, key=key)

    @classmethod
    def recover(cls, path: Path | str, key: bytes, *, clock: Callable[[], float] = time.time) -> RecoveryReport:
        """Move an unusable cache aside, create a fresh one, and carry over the queued actions that can be read."""
        return recovery.recover(Path(path), key, clock)

    @staticmethod
    def wipe(path: Path | str) -> None:
        """Delete the cache file, its -wal and -shm, and any moved-aside damaged copies (the caller deletes the key)."""
        recovery.wipe(Path(path))

    def close(self) -> None:
        with self._lock, self._page_lock:
            self._conn.close()
            if self._page_conn is not None:
                self._page_conn.close()
            self._page_key = None  # closed: no page connection is opened again

    def __enter__(self) -> Cache:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @property
    def connection(self) -> Connection:
        """The underlying connection, for diagnostics and tests; screens and sync use the methods."""
        return self._conn

    @property
    def page_connection(self) -> Connection:
        """The connection pages of changes are written through, for diagnostics and tests."""
        with self._page_lock, sqlite_errors():
            return self._pages()

    def open_page_writer(self) -> None:
        """Open the connection pages are written through now, if it is not open yet (see `write_page`).

        The sync engine calls this on its own thread before a download. Opened by the first `write_page`,
        on the writer thread, each of its few dozen short calls into SQLite waited to get Python's
        interpreter lock back while the engine's thread decoded the next page: up to a third of a second.
        """
        with self._page_lock, sqlite_errors():
            self._pages()

    def _pages(self) -> Connection:
        # Under _page_lock.
        if self._page_conn is None:
            if self.read_only:
                raise CacheError("this cache was opened read-only")
            if self._page_key is None:
                raise CacheError("the cache is closed")
            self._page_conn = _page_connection(self.path, self._page_key)
        return self._page_conn

    def _now(self) -> str:
        return iso(self._clock())

    # --- sync writes ---------------------------------------------------------------------------

    def apply_page(self, changes: list[dict[str, Any]], next_cursor: str, device_last_seq: int) -> None:
        """Write a page of changes, its cursor and device_last_seq in one transaction (all or nothing)."""
        self.write_page(self.prepare_page(changes), next_cursor, device_last_seq)

    @staticmethod
    def prepare_page(changes: list[dict[str, Any]]) -> PreparedPage:
        """A page of changes made ready to write: checked, and its rows built (no database work).

        Raises ValueError for a change the cache cannot file. Any thread may call it while another
        writes the last page.
        """
        return PreparedPage(pages.prepare(changes), {change["entity"] for change in changes}, len(changes))

    def write_page(self, page: PreparedPage, next_cursor: str, device_last_seq: int) -> None:
        """`apply_page`'s writing half: the prepared page, its cursor and device_last_seq, all or nothing.

        One SQL statement on the page connection, which commits it on its own (see `pages.write`).
        Other writes go on meanwhile through the main connection; SQLite's lock keeps them apart.
        """
        with self._page_lock, sqlite_errors():
            pages.write(self._pages(), page.steps, next_cursor, device_last_seq, self._now())

    @_locked
    def cursor(self) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = 'cursor'").fetchone()
        return row[0] if row else None

    @_locked
    def device_last_seq(self) -> int:
        return outbox.get_meta_int(self._conn, "device_last_seq")

    @_locked
    def set_device_last_seq(self, seq: int) -> None:
        """Record the server's device_last_seq from a push reply (it only ever grows)."""
        with transaction(self._conn):
            outbox.set_meta(self._conn, "device_last_seq", max(int(seq), outbox.get_meta_int(self._conn, "device_last_seq")))

    @_locked
    def last_pull_at(self) -> str | None:
        """When the last page of changes was written (RFC 3339), or None."""
        row = self._conn.execute("SELECT value FROM meta WHERE key = 'last_pull_at'").fetchone()
        return row[0] if row else None

    @_locked
    def reset_entities(self) -> None:
        """For a 410: drop every entity and the cursor; keep the outbox, the conflicts and the seq counters."""
        with transaction(self._conn, durable=False):
            pages.reset_entities(self._conn)

    # --- outbox and conflicts ------------------------------------------------------------------

    @_locked
    def enqueue(self, name: str, args: dict[str, Any], acted_by: str, *, entity: str | None, entity_id: str | None,
                optimistic: dict[str, Any] | None, acted_at: str) -> dict[str, Any]:
        """Queue an action and show its optimistic effect, in one transaction; returns the outbox row."""
        with transaction(self._conn):
            return outbox.enqueue(self._conn, name, args, acted_by, entity=entity, entity_id=entity_id,
                                  optimistic=optimistic, acted_at=acted_at, created_at=self._now())

    @_locked
    def pending(self, limit: int = 100) -> list[dict[str, Any]]:
        """The queued actions in seq order (each: seq, mutation_id, name, acted_by, acted_at, args, entity, ...)."""
        return outbox.pending(self._conn, limit)

    @_locked
    def depth(self) -> int:
        return outbox.depth(self._conn)

    @_locked
    def record_attempt(self, seq: int, error: str | None) -> None:
        with transaction(self._conn):
            outbox.record_attempt(self._conn, seq, error)

    @_locked
    def settle(self, seq: int, status: str, entity_kind: str | None, server_entity: dict[str, Any] | None,
               problem: dict[str, Any] | None) -> int | None:
        """Apply the server's result for one queued action; returns the new conflict's id for a rejection."""
        with transaction(self._conn):
            return outbox.settle(self._conn, seq, status, entity_kind, server_entity, problem, self._now())

    @_locked
    def conflicts(self, include_dismissed: bool = False) -> list[dict[str, Any]]:
        """Refused actions, newest first, each with its problem and the server's entity at the time."""
        return outbox.conflicts(self._conn, include_dismissed)

    @_locked
    def dismiss_conflict(self, conflict_id: int) -> bool:
        with transaction(self._conn):
            return outbox.dismiss_conflict(self._conn, conflict_id, self._now())

    @_locked
    def retry_conflict(self, conflict_id: int, acted_by: str, acted_at: str) -> dict[str, Any]:
        """Queue the refused action again as a new mutation; returns its outbox row."""
        with transaction(self._conn):
            return outbox.retry_conflict(self._conn, conflict_id, acted_by, acted_at, self._now())

    # --- reads for the screens -----------------------------------------------------------------

    @_locked
    def search_customers(self, q: str, limit: int = 50) -> list[dict[str, Any]]:
        return queries.customers(self._conn, search.search_ids(self._conn, q, limit))

    @_locked
    def search_products(self, q: str, limit: int = 50) -> list[dict[str, Any]]:
        """Products by exact barcode, SKU prefix or folded name word prefixes (see `product_search`)."""
        return queries.products(self._conn, product_search.search_skus(self._conn, q, limit))

    @_locked
    def product(self, sku: str) -> dict[str, Any] | None:
        return queries.product(self._conn, sku)

    @_locked
    def product_by_code(self, code: str) -> dict[str, Any] | None:
        """The product whose barcode (or SKU) a scanned code is, or None."""
        return queries.product_by_code(self._conn, code)

    @_locked
    def inventory(self, sku: str) -> dict[str, Any] | None:
        """This store's stock of `sku`, as last synced."""
        return queries.inventory(self._conn, sku)

    @_locked
    def customer(self, customer_id: str) -> dict[str, Any] | None:
        return queries.customer(self._conn, customer_id)

    @_locked
    def stores(self) -> list[dict[str, Any]]:
        return queries.stores(self._conn)

    @_locked
    def store(self, store_id: str) -> dict[str, Any] | None:
        return queries.store(self._conn, store_id)

    @_locked
    def staff_member(self, staff_id: str) -> dict[str, Any] | None:
        return queries.staff_member(self._conn, staff_id)

    @_locked
    def carts_with_stock(self, customer_id: str) -> list[dict[str, Any]]:
        return queries.carts_with_stock(self._conn, customer_id)

    @_locked
    def orders(self, customer_id: str, limit: int = 50, before: tuple[str, str] | None = None) -> list[dict[str, Any]]:
        return queries.orders(self._conn, customer_id, limit, before)

    @_locked
    def notes(self, customer_id: str) -> list[dict[str, Any]]:
        return queries.notes(self._conn, customer_id)

    @_locked
    def pickups(self, status: str | list[str] | None = None, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        return queries.pickups(self._conn, status, limit, offset)

    @_locked
    def pickup(self, pickup_id: str) -> dict[str, Any] | None:
        return queries.pickup(self._conn, pickup_id)

    @_locked
    def pickup_by_code(self, code: str) -> dict[str, Any] | None:
        return queries.pickup_by_code(self._conn, code)

    @_locked
    def pickup_by_order_number(self, number: str) -> dict[str, Any] | None:
        return queries.pickup_by_order_number(self._conn, number)

    @_locked
    def overdue_pickups(self, now: Moment) -> list[dict[str, Any]]:
        return queries.overdue_pickups(self._conn, iso(now))

    @_locked
    def past_collect_by(self, now: Moment) -> list[dict[str, Any]]:
        return queries.past_collect_by(self._conn, iso(now))

    @_locked
    def pickup_queue(self, tab: str, now: Moment, day_start: Moment, day_end: Moment, limit: int = 50,
                     offset: int = 0) -> list[dict[str, Any]]:
        """A page of a time-dependent queue tab: "overdue", "past_collect_by" or "done_today" (in [day_start, day_end))."""
        return pickup_queue.page(self._conn, tab, iso(now), iso(day_start), iso(day_end), limit, offset)

    @_locked
    def pickup_queue_counts(self, now: Moment, day_start: Moment, day_end: Moment) -> dict[str, int]:
        """How many pickups each queue tab lists (new, picking, ready, overdue, past_collect_by, done_today)."""
        return pickup_queue.counts(self._conn, iso(now), iso(day_start), iso(day_end))

    @_locked
    def metrics_inputs(self, start: Moment, end: Moment) -> list[dict[str, Any]]:
        return queries.metrics_inputs(self._conn, iso(start), iso(end))

    @_locked
    def counts(self) -> dict[str, int]:
        return queries.counts(self._conn)

    def file_size(self) -> int:
        """Bytes on disk: the file plus its write-ahead log."""
        total = 0
        for suffix in ("", "-wal"):
            part = self.path.with_name(self.path.name + suffix)
            if part.exists():
                total += part.stat().st_size
        return total

    @_locked
    def mark_viewed(self, customer_id: str, now: Moment) -> bool:
        with transaction(self._conn):
            return pages.mark_viewed(self._conn, customer_id, iso(now))

    # --- retention and upkeep ------------------------------------------------------------------

    @_locked
    def purge(self, now: Moment, days: int = 30) -> int:
        """Delete customers out of scope and not viewed for `days` (with their carts, orders, notes); returns how many."""
        cutoff = iso(datetime.fromisoformat(iso(now).replace("Z", "+00:00")) - timedelta(days=days))
        with transaction(self._conn):
            return pages.purge(self._conn, cutoff)

    @_locked
    def integrity_check(self) -> list[str]:
        """`PRAGMA integrity_check`'s lines (["ok"] for a sound file)."""
        return [row[0] for row in self._conn.execute("PRAGMA integrity_check")]

    # --- staff sign-ins for offline unlock -----------------------------------------------------

    @_locked
    def save_login(self, staff: dict[str, Any], verifier: str, signed_in_at: Moment, max_offline_hours: int) -> None:
        """Keep an online sign-in's staff record and offline verifier (a salted slow hash, never the password)."""
        with transaction(self._conn):
            staff_logins.save_login(self._conn, staff, verifier, iso(signed_in_at), max_offline_hours)

    @_locked
    def login_record(self, username: str) -> dict[str, Any] | None:
        """{staff, verifier, signed_in_at, max_offline_hours} of `username`'s last online sign-in here, or None."""
        return staff_logins.login(self._conn, username)

    @_locked
    def forget_login(self, username: str) -> bool:
        with transaction(self._conn):
            return staff_logins.forget_login(self._conn, username)

    # --- the manager's dashboard ---------------------------------------------------------------

    @_locked
    def dashboard_pickups(self, start: Moment, end: Moment, collected_since: Moment | None = None) -> list[dict[str, Any]]:
        """The pickups clerk_app.domain.metrics needs for [start, end): the cohort created in it, every open
        one, and those collected since `collected_since` (default `start`; pass the earlier of it and
        today's start for "picked up today"). Closed pickups stay in the cache 30 days after closing."""
        since = start if collected_since is None else collected_since
        return queries.dashboard_pickups(self._conn, iso(start), iso(end), iso(since))

    # --- managers who can approve on this computer ---------------------------------------------

    @_locked
    def manager_logins(self) -> list[dict[str, Any]]:
        """Login records ({staff, verifier, signed_in_at, max_offline_hours}) of every manager who signed in here."""
        return staff_logins.manager_logins(self._conn)
