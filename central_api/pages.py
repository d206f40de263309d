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
import functools
from collections.abc import Iterable
from concurrent.futures import Executor, ThreadPoolExecutor
from typing import Any

from sqlalchemy import Connection, bindparam, literal_column, select, text, union_all

from . import db, feed
from .problems import Problem

PageKey = tuple[str, str | None, int]  # store, cursor, limit
# Pages per transaction. SQLite: big enough that a wake-up of thousands is a few transactions, small enough
# that the first answers go out while later pages are still being read (a UNION ALL of this many parts).
PAGES_PER_READ = 64
# PostgreSQL: a whole wake-up in one statement (about 0.1 s for 1,000 stores). Read in parts, each part
# after the first waited for the interpreter lock while the event loop wrote the answers of the one before,
# and the last answers went out later than when all were read at once (benchmarks/longpoll_load.py).
PG_PAGES_PER_READ = 2000
DEVICES_PER_QUERY = 500


def read_thread() -> Executor:
    """The one thread a process reads its feed pages and device tokens on, one batch after another.

    Not the thread pool of the sync routes: when a change wakes thousands of polls, sixteen batches at once
    on as many threads fought the event loop for the GIL, and the loop, which writes every answer, got it
    last (py-spy: the loop's time went to waiting at lines that do nothing). One thread reads while the loop
    writes the answers of the batches read so far; the batches are big, so one thread keeps up.
    """
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="clerk-reads")


@functools.lru_cache(maxsize=PAGES_PER_READ)
def _pages_query(n: int) -> Any:
    """The feed rows after a seq of `n` stores at once, in one statement: a UNION ALL of each store's page
    query (store `:s<i>`, after `:a<i>`, at most `:l<i>` rows), each row tagged with its `i`. Its stored
    JSON (`change_json`) may be NULL (a row written by an older server): `read_pages` reads such a page again
    the slow way."""
    f = db.feed.c
    parts = []
    for i in range(n):
        page = (select(literal_column(str(i)).label("k"), f.seq, f.change_json)
                .where(f.store_id == bindparam(f"s{i}"), f.seq > bindparam(f"a{i}"))
                .order_by(f.seq).limit(bindparam(f"l{i}")).subquery(f"p{i}"))
        parts.append(select(page.c.k, page.c.seq, page.c.change_json))
    return parts[0] if n == 1 else union_all(*parts)


# PostgreSQL: every page of a batch, with its store's horizon, in one short statement of three arrays (one
# element a page), so its text never changes: psycopg converts it once and the server prepares it, where
# the UNION ALL of a batch was a query of tens of kilobytes that psycopg parsed again at every wake-up.
_PG_PAGES = text("""
SELECT w.k, s.horizon_seq, p.seq, p.change_json
FROM unnest(CAST(:stores AS text[]), CAST(:afters AS bigint[]), CAST(:limits AS integer[]))
     WITH ORDINALITY AS w(store_id, after_seq, page_limit, k)
LEFT JOIN stores AS s ON s.id = w.store_id
LEFT JOIN LATERAL (SELECT f.seq, f.change_json FROM feed AS f
                   WHERE f.store_id = w.store_id AND f.seq > w.after_seq
                   ORDER BY f.seq LIMIT w.page_limit) AS p ON true
""")
_PG_LAST_SEQS = text("SELECT id, last_seq FROM devices WHERE id = ANY(CAST(:ids AS text[]))")

Rows = dict[int, list[tuple[int, bytes | None]]]  # a key's index in the batch -> its feed rows (seq, JSON)


def _rows_sqlite(conn: Connection, wanted: list[tuple[PageKey, int]]) -> tuple[dict[str, int], Rows]:
    """The stores' horizons, then the rows of every page in one UNION ALL (`_pages_query`)."""
    s = db.stores.c
    horizons = dict(conn.execute(select(s.id, s.horizon_seq).where(s.id.in_({key[0] for key, _ in wanted}))).all())
    rows: Rows = {i: [] for i in range(len(wanted))}
    params = {}
    for i, (key, after) in enumerate(wanted):
        params.update({f"s{i}": key[0], f"a{i}": after, f"l{i}": key[2] + 1})
    for k, seq, change in conn.execute(_pages_query(len(wanted)), params):
        rows[int(k)].append((seq, change))
    return horizons, rows


def _rows_postgresql(conn: Connection, wanted: list[tuple[PageKey, int]]) -> tuple[dict[str, int], Rows]:
    horizons: dict[str, int] = {}
    rows: Rows = {i: [] for i in range(len(wanted))}
    params = {"stores": [key[0] for key, _ in wanted], "afters": [after for _, after in wanted],
              "limits": [key[2] + 1 for key, _ in wanted]}
    for k, horizon, seq, change in conn.execute(_PG_PAGES, params):
        i = k - 1  # WITH ORDINALITY counts from 1
        if horizon is not None:
            horizons[wanted[i][0][0]] = horizon
        if seq is not None:
            rows[i].append((seq, change))
    return horizons, rows


def _last_seqs(conn: Connection, device_ids: set[str], postgresql: bool) -> dict[str, int]:
    ids = sorted(device_ids)
    if postgresql:
        return dict(conn.execute(_PG_LAST_SEQS, {"ids": ids}).all()) if ids else {}
    last_seqs: dict[str, int] = {}
    d = db.devices.c
    for start in range(0, len(ids), DEVICES_PER_QUERY):
        last_seqs.update(conn.execute(select(d.id, d.last_seq).where(d.id.in_(ids[start:start + DEVICES_PER_QUERY]))).all())
    return last_seqs


def read_pages(database: db.Database, keys: Iterable[PageKey], device_ids: set[str]) -> tuple[dict[PageKey, Any], dict[str, int]]:
    """In one read transaction: each page (or the Problem it is refused with) and each device's last_seq.

    The pages are read by one statement for the whole batch: when a change wakes a chain, a round trip
    per store on the one read thread was most of the wake-up's time.
    """
    pages: dict[PageKey, Any] = {}
    wanted: list[tuple[PageKey, int]] = []  # key, the seq its cursor is at
    known: dict[PageKey, int] = {}  # the horizon each cursor was handed out with
    for key in keys:
        try:
            after, known[key] = feed.decode_cursor(key[1])
        except Problem as problem:  # not a cursor this server gave out; the others are still answered
            pages[key] = problem
            continue
        wanted.append((key, after))
    postgresql = not database.is_sqlite
    with database.read() as conn:
        horizons, rows = ((_rows_postgresql if postgresql else _rows_sqlite)(conn, wanted) if wanted else ({}, {}))
        for i, (key, after) in enumerate(wanted):
            store_id, cursor, limit = key
            horizon = horizons.get(store_id)
            if horizon is None:  # no such store: as read_page answers it
                try:
                    pages[key] = feed.read_page(conn, store_id, cursor, limit)
                except Problem as problem:
                    pages[key] = problem
                continue
            # As read_page: stale only if tombstones past the cursor were purged since it was handed out.
            if cursor and after < horizon and known[key] < horizon:
                pages[key] = Problem("resync-required", 410, "This device was away too long; it must download the store again.")
                continue
            found = sorted(rows[i])
            if any(change is None for _, change in found):
                pages[key] = feed.read_page(conn, store_id, cursor, limit, horizon)
                continue
            has_more = len(found) > limit
            found = found[:limit]
            last = found[-1][0] if found else after
            pages[key] = {"changes_json": b"[" + b",".join([change for _, change in found]) + b"]",
                          "count": len(found), "next_cursor": feed.encode_cursor(last, horizon), "has_more": has_more}
        last_seqs = _last_seqs(conn, device_ids, postgresql)
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
        size = PAGES_PER_READ if self.database.is_sqlite else PG_PAGES_PER_READ
        for start in range(0, len(keys), size):
            batch = {key: pending[key] for key in keys[start:start + size]}
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
