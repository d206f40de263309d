"""One feed watcher per server process: it learns that a store's feed moved and wakes the long-polls
held for that store, each of which then reads its page.

A held long-poll is a `Waiter` here: no database connection, no thread, only a future the request
awaits. How the watcher learns of commits (any process's, so a commit in one worker wakes the polls
of every worker):
- SQLite: one look per `interval` at the commit counter; when it moved, the head `seq` of every
  store's feed, in the same read transaction, and each waiter whose cursor is behind its store's
  head is woken.
- PostgreSQL: LISTEN on `notify.CHANNEL` (one notification per committing transaction, naming its
  stores) over a connection of its own, on this event loop. While that connection is down it looks
  at the heads every `fallback_interval` and reconnects; on each (re)connect it looks once, so a
  commit made while nobody listened is not missed; and a slow look every `safety_interval` covers a
  writer that sends no notification.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import func, select

from . import db, notify

log = logging.getLogger("central_api.watch")

LISTENER_NAME = "clerk-feed-watcher"  # the listening connection's application_name (pg_stat_activity)


class Wake(enum.Enum):
    CHANGED = "changed"  # the store's feed moved: read the page again
    TIMEOUT = "timeout"  # the request's `wait` is over
    GONE = "gone"  # the client disconnected
    CLOSING = "closing"  # the server is shutting down


class Waiter:
    """A held long-poll: its store, the seq its cursor is at, and the future it awaits."""

    __slots__ = ("watcher", "store_id", "after", "future", "gone")

    def __init__(self, watcher: FeedWatcher, store_id: str, after: int) -> None:
        self.watcher = watcher
        self.store_id = store_id
        self.after = after
        self.future: asyncio.Future[Wake] | None = None
        self.gone = False

    def arm(self) -> None:
        """A fresh future, taken before the page is read, so a change committed during the read wakes it."""
        self.future = asyncio.get_running_loop().create_future()
        if self.gone:
            self.future.set_result(Wake.GONE)

    def settle(self, why: Wake) -> None:
        if why is Wake.GONE:
            self.gone = True
        if self.future is not None and not self.future.done():
            self.future.set_result(why)

    async def wait(self, timeout: float) -> Wake:
        assert self.future is not None
        timer = asyncio.get_running_loop().call_later(timeout, self.settle, Wake.TIMEOUT)
        self.watcher.parked += 1
        try:
            return await self.future
        finally:
            self.watcher.parked -= 1
            timer.cancel()


def _heads_query():
    f, s = db.feed.c, db.stores.c
    return select(s.id, select(func.max(f.seq)).where(f.store_id == s.id).scalar_subquery())


_HEADS = _heads_query()
_COMMITTED = select(db.counters.c.value).where(db.counters.c.name == "seq")


class FeedWatcher:
    """The process's watcher over one database; started in the event loop by the first waiter."""

    def __init__(self, database: db.Database, *, interval: float = 0.1, fallback_interval: float = 1.0,
                 safety_interval: float = 10.0, listen_url: str | None = None) -> None:
        self.database = database
        self.is_postgresql = database.url.startswith("postgresql")
        # PostgreSQL: where to LISTEN (the database's own server; another only in a test of the fallback).
        self.listen_url = listen_url or (_libpq_url(database.url) if self.is_postgresql else None)
        self.interval = interval
        self.fallback_interval = fallback_interval
        self.safety_interval = safety_interval
        self.closing = False
        self.listening = False  # PostgreSQL: LISTEN is active on the watcher's connection
        self.looks = 0  # head looks made (queries of every store's head)
        self.notifications = 0
        self.wakes = 0  # waiters woken because their store moved
        self._waiters: dict[str, set[Waiter]] = {}
        self._count = 0
        self.parked = 0  # of those, the ones waiting for a change now (not reading a page)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._tasks: list[asyncio.Task] = []
        self._committed: int | None = None  # SQLite: the commit counter at the last look

    # --- what the routes use -----------------------------------------------------------------

    @property
    def held(self) -> int:
        """How many long-polls this process holds right now (waiting, or reading their page)."""
        return self._count

    @contextmanager
    def waiter(self, store_id: str, after: int) -> Iterator[Waiter]:
        """Register a held long-poll for `store_id` whose cursor is at seq `after`, for the `with` block."""
        self._ensure_started()
        w = Waiter(self, store_id, after)
        self._waiters.setdefault(store_id, set()).add(w)
        self._count += 1
        try:
            yield w
        finally:
            self._count -= 1
            group = self._waiters.get(store_id)
            if group is not None:
                group.discard(w)
                if not group:
                    del self._waiters[store_id]

    def close(self) -> None:
        """Shutting down: every held poll answers now (its current, empty page), and the watcher stops."""
        self.closing = True
        for group in list(self._waiters.values()):
            for w in list(group):
                w.settle(Wake.CLOSING)
        for task in self._tasks:
            task.cancel()
        self._tasks.clear()

    def close_threadsafe(self) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(self.close)
                return
            except RuntimeError:  # the loop closed meanwhile
                pass
        self.closing = True

    # --- waking ------------------------------------------------------------------------------

    def wake_store(self, store_id: str) -> None:
        for w in list(self._waiters.get(store_id, ())):
            w.settle(Wake.CHANGED)
            self.wakes += 1

    def wake_all(self) -> None:
        for store_id in list(self._waiters):
            self.wake_store(store_id)

    def wake_behind(self, heads: dict[str, int]) -> None:
        """Wake each waiter whose cursor is behind its store's head."""
        for store_id, group in list(self._waiters.items()):
            head = heads.get(store_id) or 0
            for w in list(group):
                if head > w.after:
                    w.settle(Wake.CHANGED)
                    self.wakes += 1

    # --- looking at the heads ----------------------------------------------------------------

    def _read_heads(self, only_if_committed: bool) -> dict[str, int] | None:
        """Every store's head seq; None when `only_if_committed` and nothing was committed since the last look."""
        with self.database.read() as conn:
            if only_if_committed:
                committed = conn.execute(_COMMITTED).scalar()
                if committed is not None and committed == self._committed:
                    return None
                self._committed = committed
            self.looks += 1
            return {store_id: head or 0 for store_id, head in conn.execute(_HEADS)}

    async def _look(self, only_if_committed: bool = False) -> None:
        if not self._waiters:
            # Nobody to wake: no query. The next look compares the heads afresh.
            self._committed = None
            return
        heads = await asyncio.to_thread(self._read_heads, only_if_committed)
        if heads is not None and not self.closing:
            self.wake_behind(heads)

    async def _poll(self, every: float, only_if_committed: bool, skip_while_listening: bool = False) -> None:
        while not self.closing:
            await asyncio.sleep(every)
            if skip_while_listening and self.listening:
                continue
            try:
                await self._look(only_if_committed)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the database is busy or away: look again next time
                log.warning("feed watcher: could not read the feeds' heads (%s)", type(exc).__name__)

    async def _listen(self) -> None:
        """PostgreSQL: LISTEN on a connection of the watcher's own; reconnect when it drops."""
        import psycopg  # only on PostgreSQL

        backoff = 0.5
        while not self.closing:
            try:
                async with await psycopg.AsyncConnection.connect(self.listen_url, autocommit=True,
                                                                 application_name=LISTENER_NAME,
                                                                 connect_timeout=10) as conn:
                    await conn.execute(f"LISTEN {notify.CHANNEL}")
                    self.listening = True
                    backoff = 0.5
                    log.info("feed watcher: listening for commits")
                    await self._look()  # what was committed while nobody listened
                    async for message in conn.notifies():
                        self.notifications += 1
                        stores = notify.parse(message.payload)
                        if stores is None:
                            self.wake_all()
                        else:
                            for store_id in stores:
                                self.wake_store(store_id)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                if not self.closing:
                    log.warning("feed watcher: the listening connection failed (%s); looking at the heads every %s s "
                                "until it is back", type(exc).__name__, self.fallback_interval)
            finally:
                self.listening = False
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, 10.0)

    # --- starting ----------------------------------------------------------------------------

    def _ensure_started(self) -> None:
        loop = asyncio.get_running_loop()
        if self._loop is loop or self.closing:
            return
        self._loop = loop
        self._committed = None
        if self.is_postgresql:
            self._tasks = [loop.create_task(self._listen(), name="feed-watcher-listen"),
                           loop.create_task(self._poll(self.fallback_interval, False, skip_while_listening=True),
                                            name="feed-watcher-fallback"),
                           loop.create_task(self._poll(self.safety_interval, False), name="feed-watcher-safety")]
        else:
            self._tasks = [loop.create_task(self._poll(self.interval, True), name="feed-watcher-poll")]
        _release_on_signals(self)


def _libpq_url(url: str) -> str:
    """A SQLAlchemy PostgreSQL URL as libpq takes it (no `+driver`)."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


_chained: set[int] = set()


def _release_on_signals(watcher: FeedWatcher) -> None:
    """In a worker's main thread, SIGTERM/SIGINT first answer the held polls, then do what uvicorn does.

    uvicorn waits for in-flight requests before it exits, and a held poll is one for up to 30 s; uvicorn
    offers no hook at that moment (its shutdown tells only idle connections), so the handler it installed
    is wrapped. Its own capture of signals puts the original handlers back when it ends.
    """
    if threading.current_thread() is not threading.main_thread():
        return  # a server on a thread (tests, the demo): BackgroundServer.stop() closes the watcher
    for sig in (signal.SIGTERM, signal.SIGINT):
        previous = signal.getsignal(sig)
        if id(previous) in _chained or not callable(previous):
            continue

        def handler(signum: int, frame: Any, previous: Any = previous) -> None:
            watcher.close_threadsafe()
            previous(signum, frame)

        _chained.add(id(handler))
        signal.signal(sig, handler)
