"""Reading pages of a store's change feed for `/changes`: the requests that ask in the same moment share
one read transaction.

When a change wakes the long-polls of a chain, thousands of requests read their pages at once, and most
of a store's counters ask for the very same page (the same cursor at the feed's head). Each distinct
page is read once, and every device's `device_last_seq` is read in that same transaction (API.md: the
page and `device_last_seq` describe one moment), so a wake-up costs a transaction per few hundred
requests rather than one each.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from typing import Any

from concurrent.futures import Executor, ThreadPoolExecutor

from sqlalchemy import select

from . import db, feed
from .problems import Problem

PageKey = tuple[str, str | None, int]  # store, cursor, limit
# Pages per transaction: big enough that a wake-up of thousands is a few transactions, small enough that
# the first answers go out while later pages are still being read.
PAGES_PER_READ = 64
DEVICES_PER_QUERY = 500


def read_thread() -> Executor:
    """The one thread a process reads its feed pages and device tokens on, one batch after another.

    Not the thread pool of the sync routes: when a change wakes thousands of polls, sixteen batches at once
    on as many threads fought the event loop for the GIL, and the loop, which writes every answer, got it
    last (py-spy: the loop's time went to waiting at lines that do nothing). One thread reads while the loop
    writes the answers of the batches read so far; the batches are big, so one thread keeps up.
    """
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="clerk-reads")


def read_pages(database: db.Database, keys: Iterable[PageKey], device_ids: set[str]) -> tuple[dict[PageKey, Any], dict[str, int]]:
    """In one read transaction: each page (or the Problem it is refused with) and each device's last_seq."""
    pages: dict[PageKey, Any] = {}
    keys = list(keys)
    with database.read() as conn:
        s = db.stores.c
        horizons = dict(conn.execute(select(s.id, s.horizon_seq).where(s.id.in_({key[0] for key in keys}))).all())
        for key in keys:
            store_id, cursor, limit = key
            try:
                pages[key] = feed.read_page(conn, store_id, cursor, limit, horizons.get(store_id))
            except Problem as problem:  # 410 for this cursor; the others are still answered
                pages[key] = problem
        ids = sorted(device_ids)
        last_seqs: dict[str, int] = {}
        d = db.devices.c
        for start in range(0, len(ids), DEVICES_PER_QUERY):
            chunk = ids[start:start + DEVICES_PER_QUERY]
            last_seqs.update(conn.execute(select(d.id, d.last_seq).where(d.id.in_(chunk))).all())
    return pages, last_seqs


class PageReader:
    """Collects the page reads asked for during one turn of the event loop and runs them together."""

    def __init__(self, database: db.Database, executor: Executor) -> None:
        self.database = database
        self.executor = executor
        self._pending: dict[PageKey, list[tuple[str, asyncio.Future]]] = {}
        self._scheduled = False
        self._running: set[asyncio.Task] = set()
        self.reads = 0  # transactions run
        self.pages = 0  # distinct pages read
        self.requests = 0  # requests answered

    async def read(self, store_id: str, cursor: str | None, limit: int, device_id: str) -> dict[str, Any]:
        """The page after `cursor` with this device's `device_last_seq`, as `feed.read_page` gives it."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future = loop.create_future()
        self._pending.setdefault((store_id, cursor, limit), []).append((device_id, future))
        if not self._scheduled:
            # After the requests that are ready in this turn (all those one wake-up released) have asked.
            self._scheduled = True
            loop.call_soon(self._flush)
        return await future

    def _flush(self) -> None:
        pending, self._pending = self._pending, {}
        self._scheduled = False
        keys = list(pending)
        for start in range(0, len(keys), PAGES_PER_READ):
            batch = {key: pending[key] for key in keys[start:start + PAGES_PER_READ]}
            task = asyncio.get_running_loop().create_task(self._run(batch))
            self._running.add(task)
            task.add_done_callback(self._running.discard)

    async def _run(self, batch: dict[PageKey, list[tuple[str, asyncio.Future]]]) -> None:
        device_ids = {device_id for waiting in batch.values() for device_id, _ in waiting}
        try:
            pages, last_seqs = await asyncio.get_running_loop().run_in_executor(
                self.executor, read_pages, self.database, list(batch), device_ids)
        except BaseException as exc:
            for waiting in batch.values():
                for _, future in waiting:
                    if not future.done():
                        future.set_exception(exc)
            if not isinstance(exc, Exception):
                raise
            return
        self.reads += 1
        self.pages += len(batch)
        for key, waiting in batch.items():
            page = pages[key]
            for device_id, future in waiting:
                if future.done():  # the request was cancelled meanwhile
                    continue
                if isinstance(page, Exception):
                    future.set_exception(page)
                else:
                    self.requests += 1
                    future.set_result({**page, "device_last_seq": last_seqs.get(device_id, 0)})
