"""Live look-ups of customers, their carts, orders and notes, and the product catalogue."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from sqlalchemy import and_, or_, select

from .. import auth, db, entities, schemas, search
from ..problems import not_found, validation
from . import stock_routes
from .common import Cursor, Limit, decode_cursor, encode_cursor, state
from .responses import STAFF_INPUT, STAFF_RECORD

router = APIRouter(prefix="/v1", tags=["customers"])

# At least one character that is not white space (as str.strip() sees it): a blank query is 422.
SOMETHING = r"[^\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"


@router.get("/customers", response_model=schemas.CustomerPage, responses=STAFF_INPUT)
def search_customers(caller: auth.StaffDep, request: Request,
                     q: Annotated[str, Query(min_length=1, max_length=200, pattern=SOMETHING)], limit: Limit = 50, cursor: Cursor = None) -> dict:
    if not q.strip():
        raise validation("Type something to search for.")
    (offset,) = decode_cursor(cursor, (int,)) or [0]
    if not isinstance(offset, int) or offset < 0 or offset > 10_000:
        raise validation("The cursor is not one this server gave out.")
    with state(request).database.read() as conn:
        ids = search.search_ids(conn, q, offset + limit + 1)
        page = ids[offset:offset + limit]
        items = search.load_customers(conn, page)
    more = len(ids) > offset + limit
    return {"items": items, "next_cursor": encode_cursor([offset + limit]) if more else None}


@router.get("/customers/{customer_id}", response_model=schemas.Customer, responses=STAFF_RECORD)
def get_customer(customer_id: str, caller: auth.StaffDep, request: Request) -> dict:
    s = state(request)
    with s.database.write() as conn:
        customer = entities.get(conn, "customer", customer_id)
        if customer is None:
            raise not_found("No such customer.")
        conn.execute(db.audit_events.insert(), [{"action": "customer.view", "subject": customer_id,
                                                 "staff_id": caller.id, "device_id": caller.device_id, "at": s.clock.iso()}])
    return customer


def _require_customer(conn, customer_id: str) -> None:
    if conn.execute(select(db.customers.c.id).where(db.customers.c.id == customer_id)).first() is None:
        raise not_found("No such customer.")


@router.get("/customers/{customer_id}/carts", response_model=schemas.CartList, responses=STAFF_RECORD)
def customer_carts(customer_id: str, caller: auth.StaffDep, request: Request) -> dict:
    with state(request).database.read() as conn:
        _require_customer(conn, customer_id)
        carts = [db.loads(t) for t in conn.execute(select(db.carts.c.data).where(db.carts.c.customer_id == customer_id)).scalars()]
    carts.sort(key=lambda c: c["updated_at"], reverse=True)
    return {"items": carts}


@router.get("/customers/{customer_id}/orders", response_model=schemas.OrderPage, responses=STAFF_RECORD)
def customer_orders(customer_id: str, caller: auth.StaffDep, request: Request, limit: Limit = 50, cursor: Cursor = None) -> dict:
    after = decode_cursor(cursor, (str, str))
    o = db.orders.c
    query = select(o.placed_at, o.id, o.data).where(o.customer_id == customer_id)
    if after:
        query = query.where(or_(o.placed_at < after[0], and_(o.placed_at == after[0], o.id < after[1])))
    with state(request).database.read() as conn:
        _require_customer(conn, customer_id)
        rows = conn.execute(query.order_by(o.placed_at.desc(), o.id.desc()).limit(limit + 1)).all()
    page = rows[:limit]
    more = len(rows) > limit
    return {"items": [db.loads(r.data) for r in page],
            "next_cursor": encode_cursor([page[-1].placed_at, page[-1].id]) if more else None}


@router.get("/customers/{customer_id}/notes", response_model=schemas.NoteList, responses=STAFF_RECORD)
def customer_notes(customer_id: str, caller: auth.StaffDep, request: Request) -> dict:
    n = db.notes.c
    with state(request).database.read() as conn:
        _require_customer(conn, customer_id)
        rows = conn.execute(select(n.data).where(n.customer_id == customer_id).order_by(n.created_at.desc()).limit(500)).scalars()
        return {"items": [db.loads(t) for t in rows]}


@router.get("/products", response_model=schemas.ProductPage, tags=["products"], responses=STAFF_INPUT)
def get_products(caller: auth.StaffDep, request: Request,
                 sku: Annotated[list[str] | None, Query(min_length=1, max_length=500)] = None,
                 q: Annotated[str | None, Query(min_length=1, max_length=200,
                                                description="A name prefix of any word, a SKU prefix or an exact barcode (v1.1).")] = None,
                 limit: Limit = 50, cursor: Cursor = None) -> dict:
    if q is not None or sku is None:  # a search (among `sku` when both are given), or the catalogue by SKU
        return stock_routes.search_products(request, q, limit, cursor, among=sku)
    with state(request).database.read() as conn:
        rows = conn.execute(select(db.products.c.data).where(db.products.c.sku.in_(sku))).scalars()
        return {"items": [db.loads(t) for t in rows]}
