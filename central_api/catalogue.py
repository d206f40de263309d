"""Product look-up (API.md v1.1 "Products and stock across stores"): a name prefix of any word (folded
as customer names are), a SKU prefix, or an exact barcode."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, delete, intersect, select

from . import db
from .folding import name_tokens

_MAX = "\U0010ffff"  # above every character: `prefix <= x < prefix + _MAX` is a prefix range


def _prefix(column, text: str):
    return (column >= text) & (column < text + _MAX)


def token_rows(product: dict[str, Any]) -> list[dict[str, str]]:
    return [{"token": token, "sku": product["sku"]} for token in name_tokens(product.get("name"))]


def index(conn: Connection, product: dict[str, Any]) -> None:
    """(Re)index one product's name words."""
    conn.execute(delete(db.product_name_tokens).where(db.product_name_tokens.c.sku == product["sku"]))
    rows = token_rows(product)
    if rows:
        conn.execute(db.product_name_tokens.insert(), rows)


def index_missing(conn: Connection) -> int:
    """Index the products that have no name words indexed (a database made before v1.1)."""
    p, t = db.products.c, db.product_name_tokens.c
    missing = conn.execute(select(p.data).where(p.sku.not_in(select(t.sku).distinct()))).scalars().all()
    rows = [row for text in missing for row in token_rows(db.loads(text))]
    if rows:
        conn.execute(db.product_name_tokens.insert(), rows)
    return len(missing)


def search_skus(conn: Connection, q: str, want: int) -> list[str]:
    """Up to `want` SKUs matching `q`: the exact barcode first, then SKU prefixes, then name words."""
    q = q.strip()
    p = db.products.c
    found: list[str] = []

    def add(skus) -> None:
        for sku in skus:
            if sku not in found:
                found.append(sku)

    add(conn.execute(select(p.sku).where(p.barcode == q).order_by(p.sku)).scalars())
    # SKUs as typed, and in capitals (a scanner or a person may type them in either case).
    for text in dict.fromkeys([q, q.upper()]):
        if len(found) < want:
            add(conn.execute(select(p.sku).where(_prefix(p.sku, text)).order_by(p.sku).limit(want)).scalars())
    tokens = name_tokens(q)
    if tokens and len(found) < want:
        t = db.product_name_tokens.c
        per_token = [select(t.sku).where(_prefix(t.token, token)) for token in tokens]
        matching = intersect(*per_token).subquery() if len(per_token) > 1 else per_token[0].subquery()
        add(conn.execute(select(p.sku).where(p.sku.in_(select(matching.c.sku))).order_by(p.sku).limit(want)).scalars())
    return found[:want]


def load(conn: Connection, skus: list[str]) -> list[dict[str, Any]]:
    rows = dict(conn.execute(select(db.products.c.sku, db.products.c.data).where(db.products.c.sku.in_(skus))).all())
    return [db.loads(rows[s]) for s in skus if s in rows]
