"""The chain's stores, product look-up and stock across stores (API.md v1.1), for any staff member."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from pydantic import StringConstraints
from sqlalchemy import select

from .. import auth, catalogue, chain, db, schemas
from ..problems import validation
from .common import decode_cursor, encode_cursor, state
from .responses import STAFF, STAFF_INPUT

router = APIRouter(prefix="/v1", tags=["stock"])

MAX_OFFSET = 10_000
SkuParam = Annotated[str, StringConstraints(min_length=1, max_length=100)]  # published, so clients know the limit


@router.get("/stores", response_model=schemas.StoreList, tags=["stores"], responses=STAFF)
def get_stores(caller: auth.StaffDep, request: Request) -> dict:
    """Every store of the chain: any staff member may see where the others are and when they open."""
    with state(request).database.read() as conn:
        return {"items": chain.list_stores(conn)}


@router.get("/inventory", response_model=schemas.InventoryList, responses=STAFF_INPUT)
def get_inventory_across(caller: auth.StaffDep, request: Request,
                         sku: Annotated[list[SkuParam], Query(min_length=1, max_length=500)]) -> dict:
    """Each SKU's stock at every store that carries it (has an inventory row for it, zero included)."""
    if any(not s or len(s) > 100 for s in sku):
        raise validation("Each sku must be 1 to 100 characters.")
    i = db.inventory.c
    with state(request).database.read() as conn:
        rows = conn.execute(select(i.data).where(i.sku.in_(sorted(set(sku)))).order_by(i.sku, i.store_id)).scalars()
        return {"items": [db.loads(t) for t in rows]}


def search_products(request: Request, q: str | None, limit: int, cursor: str | None,
                    among: list[str] | None = None) -> dict:
    """`GET /v1/products?q=`: one page of matches, best kind first (see catalogue.search_skus); only those in
    `among` when `sku` is given too; with no `q`, the catalogue page by page in SKU order (docs/api-notes.md)."""
    if q is not None and not q.strip():
        raise validation("Type something to search for.")
    (offset,) = decode_cursor(cursor, (int,)) or [0]
    if not isinstance(offset, int) or offset < 0 or offset > MAX_OFFSET:
        raise validation("The cursor is not one this server gave out.")
    with state(request).database.read() as conn:
        if q is None:
            p = db.products.c
            skus = list(conn.execute(select(p.sku).order_by(p.sku).limit(offset + limit + 1)).scalars())
        else:
            skus = catalogue.search_skus(conn, q, offset + limit + 1 if among is None else MAX_OFFSET + limit + 1)
        if among is not None:
            wanted = set(among)
            skus = [s for s in skus if s in wanted]
        items = catalogue.load(conn, skus[offset:offset + limit])
    more = len(skus) > offset + limit
    return {"items": items, "next_cursor": encode_cursor([offset + limit]) if more else None}
