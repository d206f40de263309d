"""A store's inventory, pickup queue and manager figures (staff token, own stores only)."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from sqlalchemy import and_, or_, select

from .. import auth, db, metrics, schemas
from ..problems import not_found, validation
from ..security import iso, parse_iso
from .common import Cursor, Limit, decode_cursor, encode_cursor, state
from .responses import STAFF_STORE, STAFF_STORE_RECORD

router = APIRouter(prefix="/v1/stores/{store_id}", tags=["stores"])

TIME = {"format": "date-time"}
PickupStatus = Literal["new", "picking", "ready", "picked_up", "no_show", "restocked", "cancelled"]


def _require_store(conn, store_id: str) -> None:
    if conn.execute(select(db.stores.c.id).where(db.stores.c.id == store_id)).first() is None:
        raise not_found("No such store.")


@router.get("/inventory", response_model=schemas.InventoryList, responses=STAFF_STORE)
def get_inventory(store_id: str, caller: auth.StaffDep, request: Request,
                  sku: Annotated[list[str], Query(min_length=1, max_length=500)]) -> dict:
    caller.require_store(store_id)
    i = db.inventory.c
    with state(request).database.read() as conn:
        rows = conn.execute(select(i.data).where(i.store_id == store_id, i.sku.in_(sku))).scalars()
        return {"items": [db.loads(t) for t in rows]}


@router.get("/pickups", response_model=schemas.PickupPage, responses=STAFF_STORE_RECORD)
def get_pickups(store_id: str, caller: auth.StaffDep, request: Request,
                status: Annotated[list[PickupStatus] | None, Query()] = None, limit: Limit = 50, cursor: Cursor = None) -> dict:
    caller.require_store(store_id)
    p = db.pickups.c
    query = select(p.created_at, p.id, p.data).where(p.store_id == store_id)
    if status:
        query = query.where(p.status.in_(status))
    after = decode_cursor(cursor, (str, str))
    if after:
        query = query.where(or_(p.created_at < after[0], and_(p.created_at == after[0], p.id < after[1])))
    with state(request).database.read() as conn:
        _require_store(conn, store_id)
        rows = conn.execute(query.order_by(p.created_at.desc(), p.id.desc()).limit(limit + 1)).all()
    page = rows[:limit]
    return {"items": [db.loads(r.data) for r in page],
            "next_cursor": encode_cursor([page[-1].created_at, page[-1].id]) if len(rows) > limit else None}


@router.get("/metrics", response_model=schemas.Metrics, responses=STAFF_STORE_RECORD)
def get_metrics(store_id: str, caller: auth.StaffDep, request: Request,
                from_: Annotated[str, Query(alias="from", max_length=64, json_schema_extra=TIME,
                                            description="RFC 3339; default: 30 days before `to`.")] = None,
                to: Annotated[str, Query(max_length=64, json_schema_extra=TIME,
                                         description="RFC 3339, not before `from`; default: now.")] = None) -> dict:
    caller.require_store(store_id)
    caller.require_manager()
    s = state(request)
    try:
        end = parse_iso(to) if to else s.clock.now()
        start = parse_iso(from_) if from_ else end - timedelta(days=30)
        if start.tzinfo is None or end.tzinfo is None or start > end:
            raise validation("from must be a time with a zone, before to.")
        # Converting to UTC (or going 30 days back) can leave the years 1..9999: OverflowError.
        start_utc, end_utc = iso(start), iso(end)
    except (ValueError, OverflowError):
        raise validation("from and to must be RFC 3339 times, like 2026-11-22T14:03:00Z.") from None
    with s.database.read() as conn:
        _require_store(conn, store_id)
        return metrics.store_metrics(conn, store_id, start_utc, end_utc)
