"""Customer search (API.md): name prefix of any word, email prefix, phone digits, exact loyalty id
or order number. Every kind that the query could be is tried; results are merged, best kind first."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, intersect, select

from . import db
from .folding import name_tokens, phone_digits

_PHONE_LIKE = re.compile(r"^[\s\d+\-().\u0660-\u0669\u06f0-\u06f9]+$")
_MAX = "\U0010ffff"  # above every character: `prefix <= x < prefix + _MAX` is a prefix range
MIN_PHONE_DIGITS = 4


def _prefix(column, text: str):
    return (column >= text) & (column < text + _MAX)


def search_ids(conn: Connection, q: str, want: int) -> list[str]:
    """Up to `want` customer ids matching `q`, ordered: exact ids, phone, email, then names."""
    q = q.strip()
    found: list[str] = []

    def add(ids) -> None:
        for cid in ids:
            if cid not in found:
                found.append(cid)

    # Exact loyalty id and order number (case as printed, but typed in any case).
    add(conn.execute(select(db.customers.c.id).where(db.customers.c.loyalty_id == q.upper())).scalars())
    add(conn.execute(select(db.orders.c.customer_id).where(db.orders.c.number == q.upper())).scalars())

    if _PHONE_LIKE.match(q):
        digits = phone_digits(q).lstrip("0")
        if len(digits) >= MIN_PHONE_DIGITS:
            add(conn.execute(
                select(db.customers.c.id).where(_prefix(db.customers.c.phone_rev, digits[::-1]))
                .order_by(db.customers.c.sort_name, db.customers.c.id).limit(want)
            ).scalars())

    if "@" in q or re.fullmatch(r"[\w.+\-]+", q, re.ASCII):
        add(conn.execute(
            select(db.customers.c.id).where(_prefix(db.customers.c.email_lower, q.casefold()))
            .order_by(db.customers.c.email_lower, db.customers.c.id).limit(want)
        ).scalars())

    tokens = name_tokens(q)
    if tokens and len(found) < want:
        per_token = [
            select(db.customer_name_tokens.c.customer_id).where(_prefix(db.customer_name_tokens.c.token, t))
            for t in tokens
        ]
        matching = intersect(*per_token).subquery() if len(per_token) > 1 else per_token[0].subquery()
        add(conn.execute(
            select(db.customers.c.id).where(db.customers.c.id.in_(select(matching.c.customer_id)))
            .order_by(db.customers.c.sort_name, db.customers.c.id).limit(want)
        ).scalars())
    return found[:want]


def load_customers(conn: Connection, ids: list[str]) -> list[dict[str, Any]]:
    rows = dict(conn.execute(select(db.customers.c.id, db.customers.c.data).where(db.customers.c.id.in_(ids))).all())
    return [db.loads(rows[i]) for i in ids if i in rows]

