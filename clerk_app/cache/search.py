"""Customer search over the cache: FTS5 for names, email and phone; indexes for loyalty ids and order numbers.

Names and queries are folded by `domain.folding` before FTS5 sees them (its own `remove_diacritics`
folds Latin accents only), exactly as the server folds them (API.md "Folding"). The index holds
per customer: the folded name words; the email, lowercased, as one token (so an email prefix is a
token prefix); and the phone's digits reversed, so that "every suffix of the number" is a prefix
query on one token. Loyalty ids and order numbers are exact: their B-tree indexes answer them.

Every query is LIMITed, and ranked by kind as the server ranks: exact loyalty id or order number,
then phone, then email, then names (whole-word matches before prefix matches, then by name).
"""

from __future__ import annotations

import re
from typing import Any

from ..domain.folding import name_tokens, phone_digits
from .connection import Connection

MIN_PHONE_DIGITS = 4
_PHONE_LIKE = re.compile(r"^[\s\d+\-().\u0660-\u0669\u06f0-\u06f9]+$")
_EMAIL_LIKE = re.compile(r"[\w.+\-]+", re.ASCII)
# Candidates read from the index before sorting by name: the cost stays bounded however common a prefix is.
NAME_WINDOW = 400


def index_terms(customer: dict[str, Any]) -> tuple[str, str, str]:
    """(name words, email, reversed phone digits) as stored in `customer_search`."""
    # One fold over the three parts joined gives the words of each (folding is per character).
    parts = (customer.get("given_name"), customer.get("family_name"), customer.get("display_name"))
    words = name_tokens(" ".join(p for p in parts if p))
    email = (customer.get("email") or "").strip().casefold()
    phone = phone_digits(customer.get("phone") or "")[::-1]
    return " ".join(words), email, phone


def index_many(conn: Connection, customers: list[tuple[int, dict[str, Any]]]) -> None:
    """(Re)index customers by their `rid`."""
    conn.executemany("INSERT OR REPLACE INTO customer_search (rowid, name, email, phone) VALUES (?, ?, ?, ?)",
                     [(rid, *index_terms(customer)) for rid, customer in customers])


def unindex_many(conn: Connection, rids: list[int]) -> None:
    conn.executemany("DELETE FROM customer_search WHERE rowid = ?", [(rid,) for rid in rids])


def clear(conn: Connection) -> None:
    conn.execute("DELETE FROM customer_search")


def _quote(text: str) -> str:
    """An FTS5 string: whatever the user typed is matched as text, never parsed as query syntax."""
    return '"' + text.replace('"', '""') + '"'


def _fts_ids(conn: Connection, match: str, limit: int, window: int | None = None) -> list[str]:
    # The inner LIMIT stops FTS5 early; the outer ORDER BY sorts only that window.
    return [row[0] for row in conn.execute(
        "SELECT c.id FROM (SELECT rowid FROM customer_search WHERE customer_search MATCH ? LIMIT ?) AS m "
        "JOIN customers AS c INDEXED BY customers_search_sort ON c.rid = m.rowid ORDER BY c.sort_name, c.id LIMIT ?",
        (match, window or limit, limit),
    )]


def search_ids(conn: Connection, q: str, limit: int = 50) -> list[str]:
    """Up to `limit` customer ids matching `q`, best kind first (see the module's docstring)."""
    q = q.strip()
    limit = max(0, int(limit))
    if not q or not limit:
        return []
    found: dict[str, None] = {}

    def add(ids: list[str]) -> None:
        for cid in ids:
            found.setdefault(cid, None)

    exact = q.upper()
    add([r[0] for r in conn.execute("SELECT id FROM customers WHERE loyalty_id = ? LIMIT ?", (exact, limit))])
    add([r[0] for r in conn.execute(
        "SELECT customer_id FROM orders WHERE number = ? UNION SELECT customer_id FROM pickups WHERE order_number = ? "
        "LIMIT ?", (exact, exact, limit))])

    if _PHONE_LIKE.match(q) and len(found) < limit:
        # A national number typed with its trunk 0 ("0905 ...") is a suffix of the E.164 digits without it.
        digits = phone_digits(q).lstrip("0")
        if len(digits) >= MIN_PHONE_DIGITS:
            add(_fts_ids(conn, f"phone : {_quote(digits[::-1])}*", limit))

    if ("@" in q or _EMAIL_LIKE.fullmatch(q)) and len(found) < limit:
        add(_fts_ids(conn, f"email : ^ {_quote(q.casefold())}*", limit))

    tokens = name_tokens(q)
    if tokens and len(found) < limit:
        whole = " AND ".join(_quote(t) for t in tokens)
        prefix = " AND ".join(f"{_quote(t)}*" for t in tokens)
        add(_fts_ids(conn, f"name : ({whole})", limit, NAME_WINDOW))
        if len(found) < limit:
            add(_fts_ids(conn, f"name : ({prefix})", limit, NAME_WINDOW))
    return list(found)[:limit]
