"""The sync engine: pulls the store's changes into the cache and pushes the outbox, exactly once.

One engine owns the cache's write connection and runs on one thread (the app's sync process, or
`clerk-app sync --once`); during a download two helpers fetch the next page and write the last one
(see `pull_all`). It reports through plain callbacks, on its own thread, so the UI can turn them into signals.

- Pull: every page and its cursor are written in one transaction, so an interrupted initial
  download resumes where it stopped. A 410 pushes the outbox first, then rebuilds the cache.
- Push: the outbox in `seq` order, in batches; every per-item result is read: applied/noop confirm
  the action, rejected undoes its optimistic effect and records a conflict.
- Online, a long-poll keeps the cache within about a second of the server; a local action wakes
  the engine to push at once. Failures back off exponentially with jitter and retry by timer.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from dataclasses import dataclass, field
from typing import Any

import httpx

from ..domain.conflicts import waits_for_server_update
from ..errors import (
    CacheError,
    ClerkError,
    OfflineError,
    ProtocolError,
    ResyncRequired,
    ServerUnavailable,
    SignedOut,
    UnsupportedVersion,
    ValidationFailed,
)
from .backoff import Backoff
from .connectivity import ConnectionState
from .prefetch import Prefetch

log = logging.getLogger("clerk.sync")
ANNOUNCE_EVERY_SECONDS = 5.0  # how often a long download tells the screens what it wrote so far
# While a long-poll is held open, how often the server is asked whether it is still there. A store
# link that drops without a word (a pulled cable, a dead router) leaves the poll waiting for its read
# timeout, and the counter showing "Online" meanwhile; a quick health check notices within seconds.
HEALTH_CHECK_SECONDS = 10.0
HEALTH_CHECK_TIMEOUT = httpx.Timeout(5.0)
# A server that needs a newer Clerk (426) is asked again this often: its minimum may be lowered, or it
# may be rolled back. Updating Clerk restarts it anyway, and "Sync now" asks at once.
UPDATE_RETRY_SECONDS = 600.0


def _noop(*_args: Any) -> None:
    pass


@dataclass
class SyncCallbacks:
    on_state: Callable[[ConnectionState], None] = _noop
    on_progress: Callable[[str, int], None] = _noop  # (phase, records so far in this phase)
    on_changes: Callable[[set[str]], None] = _noop  # entity kinds that changed in the cache
    on_conflict: Callable[[dict[str, Any]], None] = _noop  # a rejected action, with the server's view
    on_log: Callable[[str], None] = _noop  # a line for the sync log a person can read


@dataclass
class SyncReport:
    pulled: int = 0
    pushed: int = 0
    conflicts: int = 0
    resynced: bool = False
    errors: list[str] = field(default_factory=list)


class Engine:
    def __init__(self, api: Any, cache: Any, store_id: str, device_id: str, *, callbacks: SyncCallbacks | None = None,
                 batch_size: int = 100, page_size: int = 2000, long_poll_seconds: int = 25,
                 backoff: Backoff | None = None, changes_per_commit: int = 2000,
                 health_check_seconds: float = HEALTH_CHECK_SECONDS,
                 update_retry_seconds: float = UPDATE_RETRY_SECONDS, pause_collector: bool = False) -> None:
        """`pause_collector`: Python's cycle collector off during a download (`cycle_collection_paused`). Only
        for a process of its own (`sync.process`, the headless commands): in the window's process the collector
        then frees a whole download's worth of Qt wrappers at once, at whatever moment and on whatever thread
        next allocates, and a Qt wrapper freed inside Qt's event dispatch or off the GUI thread crashes it."""
        self.api = api
        self.pause_collector = pause_collector
        self.cache = cache
        self.store_id = store_id
        self.device_id = device_id
        self.callbacks = callbacks or SyncCallbacks()
        self.batch_size = batch_size
        self.page_size = page_size
        self.long_poll_seconds = long_poll_seconds
        self.changes_per_commit = changes_per_commit
        self.health_check_seconds = health_check_seconds
        self.update_retry_seconds = update_retry_seconds
        self.min_version: str | None = None  # what the server needs, while it refuses this Clerk (426)
        self.backoff = backoff or Backoff()
        self.state = ConnectionState.OFFLINE
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._work_offline = False
        self._unannounced: set[str] = set()  # entity kinds written but not yet reported through on_changes
        self._announced_at = 0.0
        self._poller = ThreadPoolExecutor(max_workers=1, thread_name_prefix="clerk-long-poll")
        self._prefetcher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="clerk-prefetch")
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="clerk-page-writer")

    # --- control, callable from any thread ----------------------------------------------

    def wake(self) -> None:
        """Sync now: push what waits and pull what is new, without waiting for the timer."""
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()

    def set_work_offline(self, offline: bool) -> None:
        self._work_offline = offline
        self._wake.set()

    # --- one round ------------------------------------------------------------------------

    def sync_once(self) -> SyncReport:
        """Push the outbox, pull everything new, push what was queued meanwhile. Raises on failure."""
        report = SyncReport()
        self._push_into(report)
        report.pulled, report.resynced = self.pull_all(report)
        self._push_into(report)
        self._set_state(ConnectionState.ONLINE)
        return report

    def _push_into(self, report: SyncReport) -> None:
        pushed, conflicts = self.push_outbox()
        report.pushed += pushed
        report.conflicts += conflicts

    def push_outbox(self) -> tuple[int, int]:
        """Push every waiting action; returns (actions settled, of which conflicts)."""
        settled = conflicts = 0
        while True:
            items = self.cache.pending(self.batch_size)
            if not items:
                return settled, conflicts
            try:
                reply = self.api.push(self.device_id, [self._wire(item) for item in items])
                results = {r.mutation_id: r for r in reply.results}
                self.cache.set_device_last_seq(reply.device_last_seq)
            except ValidationFailed:
                # The whole batch was refused (no per-item results): find the culprit one by one,
                # so one malformed action becomes a conflict instead of blocking the queue forever.
                results = self._push_singly(items)
            for item in items:
                result = results.get(item["mutation_id"])
                if result is None:
                    raise ProtocolError("The server's reply left out an action.")
                if self._settle(item, result):
                    conflicts += 1
                settled += 1
            self.callbacks.on_progress("push", settled)

    def _push_singly(self, items: list[dict[str, Any]]) -> dict[str, Any]:
        results = {}
        for item in items:
            try:
                reply = self.api.push(self.device_id, [self._wire(item)])
                results.update({r.mutation_id: r for r in reply.results})
            except ValidationFailed as exc:
                results[item["mutation_id"]] = _Rejected(item["mutation_id"], exc.problem or {"detail": str(exc)})
        return results

    @staticmethod
    def _wire(item: dict[str, Any]) -> dict[str, Any]:
        # Sent exactly as first queued (same acted_at): a retry must match the server's ledger.
        return {k: item[k] for k in ("mutation_id", "seq", "name", "acted_by", "acted_at", "args")}

    def _settle(self, item: dict[str, Any], result: Any) -> bool:
        """Record one per-item result in the cache; True when it was a conflict."""
        entity = getattr(result, "entity", None)
        problem = getattr(result, "problem", None)
        conflict_id = self.cache.settle(item["seq"], result.status, item.get("entity"), entity, problem)
        kinds = {item["entity"]} if item.get("entity") else set()
        if result.status != "rejected":
            self.callbacks.on_changes(kinds)
            return False
        if conflict_id is not None and _stale_seq(problem):
            # The server never applied it: its seq was behind the server's (a cache rebuilt from
            # scratch numbers from 1 again). Queue it anew after the server's last seq.
            self.cache.set_device_last_seq(int(problem["device_last_seq"]))
            self.cache.retry_conflict(conflict_id, item["acted_by"], item["acted_at"])
            self.callbacks.on_log(f"Re-queued {item['name']} after this device's data was rebuilt.")
            return False
        conflict = {"name": item["name"], "args": item["args"], "entity": item.get("entity"),
                    "entity_id": item.get("entity_id"), "problem": problem, "server_entity": entity}
        title = (problem or {}).get("detail") or (problem or {}).get("title") or "refused"
        if waits_for_server_update(problem):
            title = "the store server does not know this action yet; it is kept, retry it after the server is updated"
        self.callbacks.on_log(f"Not applied: {item['name']} — {title}")
        self.callbacks.on_conflict(conflict)
        self.callbacks.on_changes(kinds | {"conflict"})
        return True

    def pull_all(self, report: SyncReport | None = None, wait: int = 0) -> tuple[int, bool]:
        """Pull pages until the feed is caught up; returns (changes applied, whether it rebuilt).

        During a large download several pages are in hand at once: the prefetch thread fetches the
        next ones (up to two ahead, following each body's cursor as it arrives, see `Prefetch`), this
        thread decodes, checks and prepares the one after the last written (`Cache.prepare_page`), and
        the writer thread writes the one before (`Cache.write_page`). The writing is one SQL statement
        that runs without Python's interpreter lock, so the two threads truly run at once; rows inserted
        one by one would each wait for the lock while this thread holds it. At most one page is being written, and pages
        are written in order, each with its cursor: an interrupted download still resumes.
        """
        if not self.pause_collector:
            return self._pull_pages(report, wait)
        with cycle_collection_paused():
            return self._pull_pages(report, wait)

    def _pull_pages(self, report: SyncReport | None, wait: int) -> tuple[int, bool]:
        total, resynced = 0, False
        cursor = self.cache.cursor()
        self.cache.open_page_writer()
        prefetch = Prefetch(self._prefetcher, lambda after: self.api.fetch_changes(self.store_id, after, self.page_size, 0))
        ahead: Future | None = None
        pending: list[dict[str, Any]] = []
        writing: _Writing | None = None

        def written() -> None:
            nonlocal total, writing
            if writing is not None:
                total += self._written(writing)  # raises what writing it raised: the download stops there
                writing = None
                self.callbacks.on_progress("pull", total)

        try:
            while True:
                try:
                    page = self.api.changes(self.store_id, cursor, self.page_size, wait, fetched=ahead)
                except ResyncRequired:
                    if resynced:
                        raise
                    written()
                    self.callbacks.on_log("This device was away too long: downloading the store again.")
                    self.push_outbox()  # the outbox survives the rebuild, but send it while we can
                    self.cache.reset_entities()
                    resynced, cursor, ahead, pending = True, None, None, []
                    continue
                ahead = prefetch.take(page.next_cursor) if page.has_more else None
                pending.extend(self._changes_of(page))
                # Several pages share one transaction (with the last page's cursor) during a big download:
                # the commit is the dearest part of writing a page. Still all-or-nothing, still resumable.
                if not page.has_more or len(pending) >= self.changes_per_commit:
                    prepared = self.cache.prepare_page(pending)
                    pending = []
                    written()
                    writing = self._start_writing(prepared, page.next_cursor, page.device_last_seq, page.has_more)
                if not page.has_more or (self._stop.is_set() and not pending):
                    written()
                    return total, resynced  # stopping: what is written is whole, and the cursor says where to resume
                cursor, wait = page.next_cursor, 0
        finally:
            prefetch.close()
            if writing is not None:
                # Leaving on an error: let the page being written finish (it is whole either way) and
                # still tell the screens about it, before anything else touches the cache.
                wait_for([writing.future])
                if writing.future.exception() is None:
                    self._announce(writing.page.kinds, writing.has_more)

    def _start_writing(self, prepared: Any, next_cursor: str, device_last_seq: int, has_more: bool) -> _Writing:
        """Write a prepared page on the writer thread; returns once the writing has begun.

        The writer needs Python's interpreter lock to begin, and decoding the next page holds it for
        tens of milliseconds in one call, which no thread can interrupt. Without the wait, each page's
        writing began only after the next page was decoded, and the two threads mostly took turns.
        """
        started = threading.Event()

        def write() -> None:
            started.set()  # the lock is handed back at once: SQLite runs the write without it
            self.cache.write_page(prepared, next_cursor, device_last_seq)

        future = self._writer.submit(write)
        started.wait()
        return _Writing(future, prepared, has_more)

    def _written(self, writing: _Writing) -> int:
        """Wait for a page being written; raises what writing it raised, else announces it and returns its size."""
        writing.future.result()
        self._announce(writing.page.kinds, writing.has_more)
        return writing.page.count

    @staticmethod
    def _changes_of(page: Any) -> list[dict[str, Any]]:
        # The validated page's own dicts (the server's, as sent): the cache reads the fields it needs.
        raw = getattr(page, "raw_changes", None)
        if raw is not None:
            return raw
        return [c if isinstance(c, dict) else
                {"seq": c.seq, "entity": c.entity, "id": c.id, "op": c.op, "version": c.version, "data": c.data}
                for c in page.changes]

    def _apply(self, page: Any) -> int:
        """Write one page on this thread (a long-poll's), and tell the screens."""
        prepared = self.cache.prepare_page(self._changes_of(page))
        self.cache.write_page(prepared, page.next_cursor, page.device_last_seq)
        self._announce(prepared.kinds, page.has_more)
        return prepared.count

    def _announce(self, kinds: set[str], has_more: bool) -> None:
        self._unannounced |= kinds
        # Caught up: tell the screens now (a web order shows within a second). In the middle of a long
        # download, only every few seconds: each refresh costs the GUI thread, and nobody reads a
        # screen that changes ten times a second.
        now = time.monotonic()
        if self._unannounced and (not has_more or now - self._announced_at >= ANNOUNCE_EVERY_SECONDS):
            kinds, self._unannounced, self._announced_at = self._unannounced, set(), now
            self.callbacks.on_changes(kinds)

    # --- the long-running loop ----------------------------------------------------------

    def run(self) -> None:
        """Sync until stop(): long-poll while online, back off while not. For one worker thread."""
        try:
            while not self._stop.is_set():
                if self._work_offline:
                    self._set_state(ConnectionState.WORKING_OFFLINE)
                    self._sleep(None)
                    continue
                delay = self._round()
                if delay is not None:
                    self._sleep(delay)
        finally:
            self._poller.shutdown(wait=False, cancel_futures=True)
            self._prefetcher.shutdown(wait=False, cancel_futures=True)
            self._writer.shutdown(wait=True)  # a page being written finishes whole

    def _round(self) -> float | None:
        """One sync round and, once caught up, long-polling; returns how long to wait on failure."""
        try:
            self.sync_once()
            self.backoff.reset()
            self._long_poll()
            return None
        except UnsupportedVersion as exc:
            # Nothing was applied: the outbox stays as it is, the cache keeps serving the screens.
            self.min_version = exc.min_version
            if self.state != ConnectionState.UPDATE_REQUIRED:
                needed = f" {exc.min_version} or newer" if exc.min_version else " a newer version"
                self.callbacks.on_log(f"The store server needs Clerk{needed}: update Clerk on this computer. "
                                      "Work carries on from the saved data; waiting actions are kept.")
            self._set_state(ConnectionState.UPDATE_REQUIRED)
            return self.update_retry_seconds
        except SignedOut:
            self._set_state(ConnectionState.SIGNED_OUT)
            self.callbacks.on_log("The store server no longer accepts this device. Enroll it again.")
            return 3600.0
        except OfflineError:
            self._set_state(ConnectionState.OFFLINE)
            return self.backoff.next_delay()
        except ServerUnavailable as exc:
            self._set_state(ConnectionState.REJECTING)
            return self.backoff.next_delay(at_least=exc.retry_after)
        except (ProtocolError, ResyncRequired) as exc:
            self._set_state(ConnectionState.REJECTING)
            self.callbacks.on_log(f"Sync problem: {type(exc).__name__}")
            return self.backoff.next_delay()
        except CacheError as exc:
            self.callbacks.on_log(exc.user_message)
            return self.backoff.next_delay()
        except ClerkError as exc:  # any other refusal: keep the queue, try again later
            self.callbacks.on_log(f"Sync problem: {exc.user_message}")
            return self.backoff.next_delay()

    def _long_poll(self) -> None:
        """Hold a long-poll open; meanwhile push anything a person queues. Returns on stop or offline."""
        while not self._stop.is_set() and not self._work_offline:
            future: Future = self._poller.submit(
                self.api.changes, self.store_id, self.cache.cursor(), self.page_size, self.long_poll_seconds)
            checked_at = time.monotonic()
            try:
                while not future.done():
                    wait_for([future], timeout=0.1)
                    if self._stop.is_set() or self._work_offline:
                        return
                    if self._wake.is_set() or self.cache.depth():
                        self._wake.clear()
                        self.push_outbox()
                    if time.monotonic() - checked_at >= self.health_check_seconds:
                        self.api.health(timeout=HEALTH_CHECK_TIMEOUT)  # raises if the server is gone
                        checked_at = time.monotonic()
            except BaseException:
                self._abandon_poll(future)
                raise
            page = future.result()  # raises what the poll hit; the caller backs off
            self._apply(page)
            if page.has_more:
                self.pull_all()
            self._set_state(ConnectionState.ONLINE)

    def _abandon_poll(self, future: Future) -> None:
        # The poll may hang until its read timeout: leave it to end on its own thread, and give the next
        # long-poll a thread of its own rather than a place in the queue behind it.
        if not future.done():
            poller, self._poller = self._poller, ThreadPoolExecutor(max_workers=1, thread_name_prefix="clerk-long-poll")
            poller.shutdown(wait=False, cancel_futures=True)

    def _sleep(self, seconds: float | None) -> None:
        self._wake.wait(seconds)
        self._wake.clear()

    def _set_state(self, state: ConnectionState) -> None:
        if state != ConnectionState.UPDATE_REQUIRED:
            self.min_version = None
        if state != self.state:
            self.state = state
            log.info("connection state: %s", state.value)
            self.callbacks.on_state(state)


class _CollectorPause:
    """Counts the downloads under way in this process (a test's counters, the demo's engine beside
    another): the collector goes off with the first and back on after the last, if it was on before."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._downloads = 0
        self._was_on = False

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        with self._lock:
            if self._downloads == 0:
                self._was_on = gc.isenabled()
                gc.disable()
            self._downloads += 1
        try:
            yield
        finally:
            with self._lock:
                self._downloads -= 1
                if self._downloads == 0 and self._was_on:
                    gc.enable()


_collector = _CollectorPause()


def cycle_collection_paused() -> contextlib.AbstractContextManager[None]:
    """Python's cycle collector off for a download, and back on after it (and after every other
    download that began meanwhile), if it was on.

    Decoding a download makes hundreds of thousands of lists and dicts, which set the collector off
    over a hundred times (about 0.14 s for 17,000 records, once 0.08 s in one pass over every object
    of the process), each time holding the interpreter lock the other threads of the download wait
    for. Those objects hold no cycles: reference counting frees them with their page.
    """
    return _collector.paused()


def _stale_seq(problem: dict[str, Any] | None) -> bool:
    return bool(problem) and problem.get("type") == "/problems/validation" and isinstance(problem.get("device_last_seq"), int)


@dataclass
class _Writing:
    """A prepared page on the writer thread."""

    future: Future
    page: Any  # the PreparedPage
    has_more: bool


@dataclass
class _Rejected:
    """A per-item result made up for an action the server refused as a whole request."""

    mutation_id: str
    problem: dict[str, Any]
    status: str = "rejected"
    entity: dict[str, Any] | None = None
