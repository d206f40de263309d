"""Customer search over the cache: FTS5 for names; B-tree prefix ranges for email and phone; exact ids.

Names and queries are folded by `domain.folding` before FTS5 sees them (its own `remove_diacritics`
folds Latin accents only), exactly as the server folds them (API.md "Folding"). Per customer the
cache holds: the folded name words in the names-only FTS5 table `customer_search`; the email,
stripped and case-folded, in `customer_emails`; and the phone's digits reversed in `customer_phones`,
so that "every suffix of the number" is a prefix of one key. An email or phone prefix is a range
scan of its B-tree: it reads only the rows it returns, however many addresses share the prefix
(as FTS5 terms, a 4-character prefix of a million emails expanded to hundreds of thousands of terms,
and slowed name prefixes too, since FTS5 terms are shared across columns). Loyalty ids and order
numbers are exact: their B-tree indexes answer them.

Every query is LIMITed, and ranked by kind as the server ranks: exact loyalty id or order number,
then phone, then email, then names (whole-word matches before prefix matches, then by name).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from ..domain.folding import name_tokens, phone_digits
from .connection import Connection

MIN_PHONE_DIGITS = 4
_PHONE_LIKE = re.compile(r"^[\s\d+\-().\u0660-\u0669\u06f0-\u06f9]+$")
_EMAIL_LIKE = re.compile(r"[\w.+\-]+", re.ASCII)
# Candidates read from an index before sorting by name: the cost stays bounded however common a prefix is.
WINDOW = 400
# Above every character: `key < prefix + _TOP` bounds the keys that start with `prefix`.
_TOP = "\U0010ffff"
# (table, key column) of the prefix-searched B-trees, each keyed (key, rid) with an index on rid.
_KEYS = {"email": ("customer_emails", "email"), "phone": ("customer_phones", "digits")}


@functools.lru_cache(maxsize=65536)
def _piece_words(piece: str) -> tuple[str, ...]:
    return tuple(name_tokens(piece))


# The three below take what the entity's JSON holds; a value that is not text counts as absent
# (a migration indexing stored rows must not fail on one odd row).


def name_terms(given: Any, family: Any, display: Any) -> str:
    """The folded words of a customer's names, space-separated, as `customer_search` holds them.

    The same as `name_tokens` of the three joined by spaces: folding never carries across a space
    (no character composes with one), so each space-separated piece is folded on its own, and the
    common ones (first names, family names) only once.
    """
    parts = (p for p in (given, family, display) if isinstance(p, str) and p)
    words = (word for part in parts for piece in part.split(" ") for word in _piece_words(piece))
    return " ".join(dict.fromkeys(words))


def email_key(email: Any) -> str:
    """The email as `customer_emails` holds it (stripped, case-folded; "" for none)."""
    return email.strip().casefold() if isinstance(email, str) else ""


def phone_key(phone: Any) -> str:
    """The phone's digits reversed, as `customer_phones` holds them ("" for none)."""
    return phone_digits(phone)[::-1] if isinstance(phone, str) else ""


def index_terms(customer: dict[str, Any]) -> tuple[str, str, str]:
    """(name words, email, reversed phone digits) as the search tables hold them."""
    return (name_terms(customer.get("given_name"), customer.get("family_name"), customer.get("display_name")),
            email_key(customer.get("email")), phone_key(customer.get("phone")))


def _drop_keys(conn: Connection, rids: list[int]) -> None:
    for table, _ in _KEYS.values():
        conn.executemany(f"DELETE FROM {table} WHERE rid = ?", [(rid,) for rid in rids])


def index_many(conn: Connection, customers: list[tuple[int, dict[str, Any]]]) -> None:
    """(Re)index customers by their `rid` (the last entry wins if a rid is given twice)."""
    terms = {rid: index_terms(customer) for rid, customer in customers}
    conn.executemany("INSERT OR REPLACE INTO customer_search (rowid, name) VALUES (?, ?)",
                     [(rid, name) for rid, (name, _, _) in terms.items()])
    _drop_keys(conn, list(terms))
    conn.executemany("INSERT INTO customer_emails (email, rid) VALUES (?, ?)",
                     [(email, rid) for rid, (_, email, _) in terms.items() if email])
    conn.executemany("INSERT INTO customer_phones (digits, rid) VALUES (?, ?)",
                     [(digits, rid) for rid, (_, _, digits) in terms.items() if digits])


# The customers a write just stored, with their search keys: found once (JSON rows joined to the table),
# then read by each search table's statements. TEMP: it lives with its connection, and is always emptied.
WRITTEN_TABLE = "CREATE TEMP TABLE IF NOT EXISTS written_customers (rid INTEGER, name TEXT, email TEXT, phone TEXT)"


def index_written_statements(rows: str, at: int) -> list[str]:
    """SQL that (re)indexes the customers of `rows` (the SQL expression of a JSON array of rows whose
    search keys start at index `at`: name words, email key, phone key) that were just written: not
    those skipped as older than the stored version, nor those under an optimistic overlay (whose own
    keys stay). Needs `WRITTEN_TABLE` on the connection."""
    statements = [
        f"INSERT INTO written_customers (rid, name, email, phone) SELECT c.rid, j.value ->> {at}, "
        f"j.value ->> {at + 1}, j.value ->> {at + 2} FROM jsonb_each({rows}) AS j "
        "JOIN customers AS c ON c.id = j.value ->> 0 WHERE c.local_data IS NULL AND c.version = j.value ->> 1",
        "INSERT OR REPLACE INTO customer_search (rowid, name) SELECT rid, name FROM written_customers",
    ]
    for kind, (table, column) in _KEYS.items():
        statements += [f"DELETE FROM {table} WHERE rid IN (SELECT rid FROM written_customers)",
                       f"INSERT INTO {table} ({column}, rid) SELECT {kind}, rid FROM written_customers WHERE {kind} <> ''"]
    return [*statements, "DELETE FROM written_customers"]


def unindex_many(conn: Connection, rids: list[int]) -> None:
    conn.executemany("DELETE FROM customer_search WHERE rowid = ?", [(rid,) for rid in rids])
    _drop_keys(conn, rids)


def clear(conn: Connection) -> None:
    conn.execute("DELETE FROM customer_search")
    for table, _ in _KEYS.values():
        conn.execute(f"DELETE FROM {table}")


def _quote(text: str) -> str:
    """An FTS5 string: whatever the user typed is matched as text, never parsed as query syntax."""
    return '"' + text.replace('"', '""') + '"'


# The inner LIMIT stops the index scan early; the outer ORDER BY sorts only that window, by name
# through the small covering index.
_BY_NAME = ("JOIN customers AS c INDEXED BY customers_search_sort ON c.rid = m.rid "
            "ORDER BY c.sort_name, c.id LIMIT ?")


def _fts_ids(conn: Connection, match: str, limit: int) -> list[str]:
    return [row[0] for row in conn.execute(
        "SELECT c.id FROM (SELECT rowid AS rid FROM customer_search WHERE customer_search MATCH ? LIMIT ?) AS m "
        + _BY_NAME, (match, WINDOW, limit))]


def _prefix_ids(conn: Connection, kind: str, prefix: str, limit: int) -> list[str]:
    table, column = _KEYS[kind]
    return [row[0] for row in conn.execute(
        f"SELECT c.id FROM (SELECT rid FROM {table} WHERE {column} >= ? AND {column} < ? "
        f"ORDER BY {column} LIMIT ?) AS m " + _BY_NAME, (prefix, prefix + _TOP, WINDOW, limit))]


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
            add(_prefix_ids(conn, "phone", digits[::-1], limit))

    if ("@" in q or _EMAIL_LIKE.fullmatch(q)) and len(found) < limit:
        add(_prefix_ids(conn, "email", email_key(q), limit))

    tokens = name_tokens(q)
    if tokens and len(found) < limit:
        whole = " AND ".join(_quote(t) for t in tokens)
        prefix = " AND ".join(f"{_quote(t)}*" for t in tokens)
        add(_fts_ids(conn, whole, limit))
        if len(found) < limit:
            add(_fts_ids(conn, prefix, limit))
    return list(found)[:limit]
