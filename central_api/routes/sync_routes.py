"""The device's sync endpoints: the change feed (with long-poll) and the mutation queue."""

from __future__ import annotations

import asyncio
import time
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import select

from .. import auth, db, feed, mutations, schemas
from ..problems import forbidden
from .common import Cursor, state
from .responses import DEVICE, problems

router = APIRouter(prefix="/v1", tags=["sync"])

POLL_INTERVAL = 0.2  # seconds between looks at the feed while a long-poll waits
# Larger than other lists' 500 (docs/api-notes.md): each request has a fixed cost (HTTP, the device
# token, a read transaction), so a counter's initial download fetches about twice as fast in pages
# of 2000 (benchmarks/initial_sync.py).
CHANGES_MAX_LIMIT = 2000


def _page(database: db.Database, store_id: str, device_id: str, cursor: str | None, limit: int) -> dict:
    # One read transaction: the page and device_last_seq describe the same moment.
    with database.read() as conn:
        page = feed.read_page(conn, store_id, cursor, limit)
        page["device_last_seq"] = conn.execute(select(db.devices.c.last_seq).where(db.devices.c.id == device_id)).scalar_one()
    return page


@router.get("/stores/{store_id}/changes", response_model=schemas.ChangesPage,
            responses=problems(401, 403, 410, 422, 426, 503))
async def get_changes(store_id: str, device: auth.DeviceDep, request: Request, cursor: Cursor = None,
                      limit: Annotated[int, Query(ge=1, le=CHANGES_MAX_LIMIT,
                                                  description="Page size (default 50, max 2000).")] = 50,
                      wait: Annotated[int, Query(ge=0, le=30, description="Seconds to hold the request open when there is nothing new.")] = 0) -> Response:
    if device["store_id"] != store_id:
        raise forbidden("This device belongs to another store.")
    database = state(request).database
    deadline = time.monotonic() + wait
    while True:
        page = await run_in_threadpool(_page, database, store_id, device["id"], cursor, limit)
        if page["count"] or page["has_more"] or time.monotonic() >= deadline or await request.is_disconnected():
            return Response(feed.page_json(page), media_type="application/json")
        await asyncio.sleep(POLL_INTERVAL)


@router.post("/mutations", response_model=schemas.MutationBatchOut, responses=DEVICE)
def post_mutations(body: schemas.MutationBatchIn, device: auth.DeviceDep, request: Request) -> dict:
    if body.device_id != device["id"]:
        raise forbidden("The batch names another device.")
    s = state(request)
    return mutations.apply_batch(s.database, device, body, s.clock)
