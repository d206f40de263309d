"""The cache's schema as numbered migrations, each applied once and recorded in `schema_migrations`.

A migration, once released, is never edited: a change is a new migration at the end of the list.
Entity tables keep the columns the screens filter and sort on plus the server's full JSON (`data`),
so a new field from the server needs no migration. `data` is JSONB where a sync wrote it and text where
a local write or an older release did: read it as `json(data)`. `local_data` is the optimistic overlay of a
queued action; indexed columns always describe what is shown (the overlay if any, else `data`).
A row with `version = 0` exists only locally (a note added offline) and was never seen from the server.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..errors import CacheUnreadable
from . import product_search, search
from .connection import Connection, transaction

# A step of a migration: SQL, or a function for what SQL alone cannot do (indexing with Python's folding).
Statement = str | Callable[[Connection], None]

_ENTITY = "version INTEGER NOT NULL, data TEXT NOT NULL, local_data TEXT, synced_at TEXT"

_V1 = [
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID",
    # rid is the customer's stable integer key in the full-text index (a VACUUM may renumber an implicit rowid).
    f"""CREATE TABLE customers (
        rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, display_name TEXT, sort_name TEXT, home_store_id TEXT,
        loyalty_id TEXT, updated_at TEXT, last_viewed_at TEXT, in_scope INTEGER NOT NULL DEFAULT 1, {_ENTITY})""",
    "CREATE INDEX customers_sort_name ON customers (sort_name, id)",
    # Search sorts its candidates by name through this small covering index, not the wide rows.
    "CREATE INDEX customers_search_sort ON customers (rid, sort_name, id)",
    "CREATE INDEX customers_home_store ON customers (home_store_id)",
    "CREATE INDEX customers_loyalty_id ON customers (loyalty_id)",
    "CREATE INDEX customers_retention ON customers (in_scope, last_viewed_at)",
    f"CREATE TABLE carts (id TEXT PRIMARY KEY, customer_id TEXT, status TEXT, updated_at TEXT, {_ENTITY})",
    "CREATE INDEX carts_customer ON carts (customer_id, status)",
    f"""CREATE TABLE orders (id TEXT PRIMARY KEY, customer_id TEXT, placed_at TEXT, number TEXT, channel TEXT,
        {_ENTITY})""",
    "CREATE INDEX orders_customer_placed ON orders (customer_id, placed_at, id)",
    "CREATE INDEX orders_number ON orders (number)",
    f"CREATE TABLE notes (id TEXT PRIMARY KEY, customer_id TEXT, created_at TEXT, {_ENTITY})",
    "CREATE INDEX notes_customer ON notes (customer_id, created_at)",
    f"""CREATE TABLE pickups (id TEXT PRIMARY KEY, status TEXT, promised_by TEXT, pickup_by TEXT, created_at TEXT,
        customer_id TEXT, order_number TEXT, pickup_code TEXT, {_ENTITY})""",
    "CREATE INDEX pickups_status_promised ON pickups (status, promised_by, id)",
    "CREATE INDEX pickups_status_pickup_by ON pickups (status, pickup_by)",
    "CREATE INDEX pickups_created ON pickups (created_at)",
    "CREATE INDEX pickups_customer ON pickups (customer_id)",
    "CREATE INDEX pickups_order_number ON pickups (order_number)",
    "CREATE INDEX pickups_code ON pickups (pickup_code)",
    # Inventory and products are keyed by sku (the feed's id for them); a cache holds one store's stock.
    f"CREATE TABLE inventory (id TEXT PRIMARY KEY, sku TEXT, {_ENTITY})",
    "CREATE INDEX inventory_sku ON inventory (sku)",
    f"CREATE TABLE products (id TEXT PRIMARY KEY, barcode TEXT, {_ENTITY})",
    "CREATE INDEX products_barcode ON products (barcode)",
    # seq is the device's mutation sequence number, given by enqueue; never AUTOINCREMENT'ed by SQLite.
    """CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY, mutation_id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, acted_by TEXT NOT NULL,
        acted_at TEXT NOT NULL, args TEXT NOT NULL, entity TEXT, entity_id TEXT, created_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT)""",
    "CREATE INDEX outbox_entity ON outbox (entity, entity_id)",
    """CREATE TABLE conflicts (
        id INTEGER PRIMARY KEY AUTOINCREMENT, seq INTEGER, mutation_id TEXT, name TEXT NOT NULL, acted_by TEXT,
        acted_at TEXT, args TEXT NOT NULL, entity TEXT, entity_id TEXT, problem TEXT, server_entity TEXT,
        created_at TEXT NOT NULL, dismissed_at TEXT, retried_as INTEGER)""",
    # Contentless: the words indexed are derived (folded name words, the email, the phone's digits
    # reversed so that a suffix is a prefix); contentless_delete lets a changed customer be re-indexed.
    # tokenchars keep an email one token, so its prefix is a token prefix.
    """CREATE VIRTUAL TABLE customer_search USING fts5(
        name, email, phone, content='', contentless_delete=1, prefix='1 2 3',
        tokenize="unicode61 remove_diacritics 0 tokenchars '.@+-_'")""",
]


def _fill_search(conn: Connection) -> None:
    """Index every customer as shown (the overlay if any, else the server's data) in the V2 search tables.

    One pass over the customers, with the functions the write path uses, so a migrated file matches
    a freshly synced one; the B-trees' rid indexes are built afterwards, in one sort.
    """
    shown = "coalesce(local_data, data)"
    fields = ", ".join(f"json_extract({shown}, '$.{name}')"
                       for name in ("given_name", "family_name", "display_name", "email", "phone"))
    rows = conn.execute(f"SELECT rid, {fields} FROM customers ORDER BY rid")
    while batch := rows.fetchmany(5000):
        conn.executemany("INSERT INTO customer_search (rowid, name) VALUES (?, ?)",
                         [(rid, search.name_terms(given, family, display))
                          for rid, given, family, display, _, _ in batch])
        emails = ((search.email_key(email), rid) for rid, *_, email, _ in batch)
        conn.executemany("INSERT INTO customer_emails (email, rid) VALUES (?, ?)", [e for e in emails if e[0]])
        phones = ((search.phone_key(phone), rid) for rid, *_, phone in batch)
        conn.executemany("INSERT INTO customer_phones (digits, rid) VALUES (?, ?)", [p for p in phones if p[0]])
    # One merged segment: the rebuilt index starts as compact as it can be.
    conn.execute("INSERT INTO customer_search (customer_search) VALUES ('optimize')")


# Email and phone move out of FTS5 into B-trees searched by key range (see search.py for why); the
# full-text table is rebuilt holding names only. The search sort index is created again where missing,
# for files made before V1 had it.
_V2: list[Statement] = [
    "CREATE INDEX IF NOT EXISTS customers_search_sort ON customers (rid, sort_name, id)",
    "DROP TABLE customer_search",
    """CREATE VIRTUAL TABLE customer_search USING fts5(
        name, content='', contentless_delete=1, prefix='1 2 3', tokenize="unicode61 remove_diacritics 0")""",
    # Keyed (key, rid) so that a prefix is one range scan; the rid index finds a customer's rows to replace.
    """CREATE TABLE customer_emails (
        email TEXT NOT NULL, rid INTEGER NOT NULL, PRIMARY KEY (email, rid)) WITHOUT ROWID""",
    # The phone's digits reversed: a suffix of the number is a prefix of the key.
    """CREATE TABLE customer_phones (
        digits TEXT NOT NULL, rid INTEGER NOT NULL, PRIMARY KEY (digits, rid)) WITHOUT ROWID""",
    _fill_search,
    "CREATE INDEX customer_emails_rid ON customer_emails (rid)",
    "CREATE INDEX customer_phones_rid ON customer_phones (rid)",
]

# Staff who signed in online here, for offline unlock: the verifier is a salted slow hash, never the password.
_V3: list[Statement] = [
    """CREATE TABLE staff_logins (
        staff_id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, staff TEXT NOT NULL, verifier TEXT NOT NULL,
        signed_in_at TEXT NOT NULL, max_offline_hours INTEGER NOT NULL)""",
]

# Indexes no query reads: search sorts its candidates through customers_search_sort, and nothing looks
# customers up by home store, pickups by customer, or products by barcode. Every row written (thousands
# of customers in a first download) paid for them, and so did the file's size. A query that needs one
# again brings it back in a migration of its own (tests/unit/test_cache_indexes.py keeps the two in step).
_V4: list[Statement] = [
    "DROP INDEX IF EXISTS customers_sort_name",
    "DROP INDEX IF EXISTS customers_home_store",
    "DROP INDEX IF EXISTS pickups_customer",
    "DROP INDEX IF EXISTS products_barcode",
]

# API.md v1.1: the chain's stores (every store, so other stores have names offline) and this store's staff
# (display names for "handed over by"), as the feed sends them. Small tables, looked up by id only.
_V5: list[Statement] = [
    f"CREATE TABLE stores (id TEXT PRIMARY KEY, name TEXT, {_ENTITY})",
    f"CREATE TABLE staff_members (id TEXT PRIMARY KEY, display_name TEXT, {_ENTITY})",
]

# Product look-up on the Stock screen (API.md v1.1): name word prefixes (folded) in a B-tree keyed
# (word, sku), checked per candidate through (sku, word); a scanned barcode through its index again.
_V6: list[Statement] = [
    """CREATE TABLE product_words (
        word TEXT NOT NULL, sku TEXT NOT NULL, PRIMARY KEY (word, sku)) WITHOUT ROWID""",
    "CREATE INDEX product_words_sku ON product_words (sku, word)",
    product_search.index_all,
    "CREATE INDEX IF NOT EXISTS products_barcode ON products (barcode)",
]

MIGRATIONS: list[tuple[int, str, Sequence[Statement]]] = [
    (1, "entities, outbox, conflicts, customer search", _V1),
    (2, "names-only full-text search; email and phone prefixes in B-trees", _V2),
    (3, "staff sign-ins kept for offline unlock", _V3),
    (4, "indexes no query reads dropped", _V4),
    (5, "the chain's stores and this store's staff from the feed", _V5),
    (6, "product search: folded name words, barcodes", _V6),
]

LATEST = MIGRATIONS[-1][0]


def _ensure_ledger(conn: Connection) -> None:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )


def applied(conn: Connection) -> list[int]:
    """The versions recorded in the file (empty for a file that has none yet)."""
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").fetchone()
    if not exists:
        return []
    return [row[0] for row in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]


def migrate(conn: Connection, now_iso: str, upto: int | None = None) -> list[int]:
    """Apply the migrations the file lacks (up to version `upto`, default all), each in its own transaction.

    Returns the versions applied.
    """
    done = set(applied(conn))
    if done and max(done) > LATEST:
        raise CacheUnreadable(f"the cache was written by a newer Clerk (schema {max(done)}, this one knows {LATEST})")
    ran = []
    for version, name, statements in MIGRATIONS:
        if version in done or (upto is not None and version > upto):
            continue
        with transaction(conn):
            _ensure_ledger(conn)
            for statement in statements:
                if callable(statement):
                    statement(conn)
                else:
                    conn.execute(statement)
            conn.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                         (version, name, now_iso))
        ran.append(version)
    return ran
