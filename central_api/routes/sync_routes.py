"""The device's sync endpoints: the change feed (with long-poll) and the mutation queue."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from starlette.types import Receive

from .. import auth, feed, mutations, pages, schemas, watch
from ..problems import forbidden
from .common import Cursor, state
from .responses import DEVICE, problems

router = APIRouter(prefix="/v1", tags=["sync"])

# Larger than other lists' 500 (docs/api-notes.md): each request has a fixed cost (HTTP, the device
# token, a read transaction), so a counter's initial download fetches about twice as fast in pages
# of 2000 (benchmarks/initial_sync.py).
CHANGES_MAX_LIMIT = 2000
WAIT_MAX = 30  # seconds a long-poll may be held (API.md)


async def _until_disconnected(receive: Receive, waiter: watch.Waiter) -> None:
    """Settle the waiter as gone when the client hangs up (uvicorn answers `receive` then)."""
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            waiter.settle(watch.Wake.GONE)
            return


@router.get("/stores/{store_id}/changes", response_model=schemas.ChangesPage,
            responses=problems(401, 403, 410, 422, 426, 503))
async def get_changes(store_id: str, device: auth.DeviceDep, request: Request, cursor: Cursor = None,
                      limit: Annotated[int, Query(ge=1, le=CHANGES_MAX_LIMIT,
                                                  description="Page size (default 50, max 2000).")] = 50,
                      wait: Annotated[int, Query(ge=0, le=WAIT_MAX, description="Seconds to hold the request open when there is nothing new.")] = 0) -> Response:
    if device["store_id"] != store_id:
        raise forbidden("This device belongs to another store.")
    return _reply(await changes_page(state(request), store_id, device["id"], cursor, limit, wait, request.receive))


async def changes_page(s: Any, store_id: str, device_id: str, cursor: str | None, limit: int, wait: int,
                       receive: Receive) -> dict:
    """The page after `cursor` for a device of `store_id`, held up to `wait` s while there is nothing new.

    The route above and its lean way in (changes_fast_path) both answer with this.
    """
    reader: pages.PageReader = s.page_reader
    if not wait:
        return await reader.read(store_id, cursor, limit, device_id)
    # Held: no thread and no database connection while it waits, only a future the process's feed
    # watcher settles when this store's feed moves (or the wait ends, the client goes, the server stops).
    watcher: watch.FeedWatcher = s.feed_watcher
    after, _ = feed.decode_cursor(cursor)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait
    with watcher.waiter(store_id, after) as waiter:
        hangup = loop.create_task(_until_disconnected(receive, waiter))
        try:
            while True:
                waiter.arm()  # before the read: a commit during it wakes the wait below at once
                page = await reader.read(store_id, cursor, limit, device_id)
                remaining = deadline - loop.time()
                if page["count"] or page["has_more"] or remaining <= 0 or watcher.closing:
                    return page
                why = await waiter.wait(remaining)
                if why is not watch.Wake.CHANGED:
                    # The wait is over, the client left (the reply goes nowhere) or the server is
                    # stopping: the page just read is still the truth, and empty.
                    return page
        finally:
            hangup.cancel()


def _reply(page: dict) -> Response:
    return Response(feed.page_json(page), media_type="application/json")


@router.post("/mutations", response_model=schemas.MutationBatchOut, responses=DEVICE)
def post_mutations(body: schemas.MutationBatchIn, device: auth.DeviceDep, request: Request) -> dict:
    if body.device_id != device["id"]:
        raise forbidden("The batch names another device.")
    s = state(request)
    return mutations.apply_batch(s.database, device, body, s.clock)
