"""The reference server's database: schema (SQLAlchemy Core), engines and transactions.

Each entity table keeps the columns the server filters on plus the entity's full JSON
(`data`), which is what the API returns. `feed` is the per-store change log the `/changes`
endpoint pages through: one row per (store, entity), rewritten with a new `seq` on each change.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Engine,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    func,
    inspect,
    select,
    update,
)

from . import notify

SCHEMA_VERSION = 1
# The PostgreSQL advisory lock every writing transaction holds until it ends (any fixed 64-bit key).
WRITER_LOCK = 0x436C65726B  # "Clerk"

metadata = MetaData()

counters = Table(
    "counters",
    metadata,
    Column("name", String, primary_key=True),
    Column("value", BigInteger, nullable=False),
)

stores = Table(
    "stores",
    metadata,
    Column("id", String, primary_key=True),
    Column("name", String, nullable=False),
    Column("currency", String, nullable=False),
    Column("timezone", String, nullable=False),
    # Tombstones at or below this seq were purged: an older cursor must resync (410).
    Column("horizon_seq", BigInteger, nullable=False, default=0),
)

staff = Table(
    "staff",
    metadata,
    Column("id", String, primary_key=True),
    Column("username", String, nullable=False, unique=True),
    Column("display_name", String, nullable=False),
    Column("role", String, nullable=False),
    Column("password_hash", String, nullable=False),
    Column("active", Boolean, nullable=False, default=True),
)

staff_stores = Table(
    "staff_stores",
    metadata,
    Column("staff_id", String, primary_key=True),
    Column("store_id", String, primary_key=True),
)

devices = Table(
    "devices",
    metadata,
    Column("id", String, primary_key=True),
    Column("store_id", String, nullable=False),
    Column("name", String, nullable=False),
    Column("token_hash", String, nullable=False, unique=True),
    Column("last_seq", BigInteger, nullable=False, default=0),
    Column("enrolled_by", String, nullable=False),
    Column("created_at", String, nullable=False),
    Column("revoked", Boolean, nullable=False, default=False),
)

tokens = Table(
    "tokens",
    metadata,
    Column("token_hash", String, primary_key=True),
    Column("kind", String, nullable=False),  # access | refresh
    Column("staff_id", String, nullable=False),
    Column("device_id", String),
    Column("family_id", String, nullable=False, index=True),
    Column("expires_at", BigInteger, nullable=False),  # unix seconds
    Column("spent", Boolean, nullable=False, default=False),
    Column("revoked", Boolean, nullable=False, default=False),
)

login_failures = Table(
    "login_failures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String, nullable=False),
    Column("at", BigInteger, nullable=False),
    Index("ix_login_failures_user_at", "username", "at"),
)

# v1.1 enrollment codes: a manager's code that enrolls counters into their store without a password.
# Only the code's hash is kept (as for tokens); `uses_left` is spent in the enrolling transaction.
enrollment_codes = Table(
    "enrollment_codes",
    metadata,
    Column("code_hash", String, primary_key=True),
    Column("store_id", String, nullable=False),
    Column("created_by", String, nullable=False),
    Column("created_at", String, nullable=False),
    Column("expires_at", BigInteger, nullable=False),  # unix seconds
    Column("uses", Integer, nullable=False),
    Column("uses_left", Integer, nullable=False),
)

# A wrong, spent or expired code, by the caller's address: 10 in 15 minutes and that address is refused (429).
enrollment_failures = Table(
    "enrollment_failures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("address", String, nullable=False),
    Column("at", BigInteger, nullable=False),
    Index("ix_enrollment_failures_address_at", "address", "at"),
)

customers = Table(
    "customers",
    metadata,
    Column("id", String, primary_key=True),
    Column("version", BigInteger, nullable=False),
    Column("home_store_id", String, nullable=False, index=True),
    Column("email_lower", String, index=True),
    Column("phone_rev", String, index=True),  # digits reversed: a suffix match becomes a prefix match
    Column("loyalty_id", String, index=True),
    Column("sort_name", String, nullable=False),
    Column("data", Text, nullable=False),
)

customer_name_tokens = Table(
    "customer_name_tokens",
    metadata,
    Column("token", String, primary_key=True),
    Column("customer_id", String, primary_key=True),
)

customer_scope = Table(
    "customer_scope",
    metadata,
    Column("customer_id", String, primary_key=True),
    Column("store_id", String, primary_key=True),
)

carts = Table(
    "carts",
    metadata,
    Column("id", String, primary_key=True),
    Column("version", BigInteger, nullable=False),
    Column("customer_id", String, nullable=False, index=True),
    Column("data", Text, nullable=False),
)

orders = Table(
    "orders",
    metadata,
    Column("id", String, primary_key=True),
    Column("version", BigInteger, nullable=False),
    Column("customer_id", String, nullable=False),
    Column("number", String, nullable=False, unique=True),
    Column("placed_at", String, nullable=False),
    Column("data", Text, nullable=False),
    Index("ix_orders_customer_placed", "customer_id", "placed_at", "id"),
)

notes = Table(
    "notes",
    metadata,
    Column("id", String, primary_key=True),
    Column("version", BigInteger, nullable=False),
    Column("customer_id", String, nullable=False),
    Column("created_at", String, nullable=False),
    Column("data", Text, nullable=False),
    Index("ix_notes_customer_created", "customer_id", "created_at"),
)

products = Table(
    "products",
    metadata,
    Column("sku", String, primary_key=True),
    Column("version", BigInteger, nullable=False),
    Column("barcode", String, index=True),
    Column("data", Text, nullable=False),
)

inventory = Table(
    "inventory",
    metadata,
    Column("store_id", String, primary_key=True),
    Column("sku", String, primary_key=True),
    Column("version", BigInteger, nullable=False),
    Column("data", Text, nullable=False),
)

pickups = Table(
    "pickups",
    metadata,
    Column("id", String, primary_key=True),
    Column("version", BigInteger, nullable=False),
    Column("store_id", String, nullable=False),
    Column("customer_id", String, nullable=False, index=True),
    Column("status", String, nullable=False),
    Column("created_at", String, nullable=False),
    Column("closed_at", String),  # when it reached a final state; drives leaving the feed's scope
    Column("data", Text, nullable=False),
    Index("ix_pickups_store_status_created", "store_id", "status", "created_at"),
    Index("ix_pickups_store_created", "store_id", "created_at"),
)

feed = Table(
    "feed",
    metadata,
    Column("store_id", String, primary_key=True),
    Column("entity", String, primary_key=True),
    Column("entity_id", String, primary_key=True),
    Column("seq", BigInteger, nullable=False),
    Column("op", String, nullable=False),  # upsert | delete
    Column("version", BigInteger, nullable=False),
    Column("changed_at", BigInteger, nullable=False),  # unix seconds, for tombstone expiry
    # The change as a page sends it (JSON, UTF-8), made in the transaction that recorded it; NULL where
    # a feed row was written without it (an older server), and then made when a page is read.
    Column("change_json", LargeBinary),
    Index("ix_feed_store_seq", "store_id", "seq", unique=True),
)

mutation_ledger = Table(
    "mutation_ledger",
    metadata,
    Column("device_id", String, primary_key=True),
    Column("mutation_id", String, primary_key=True),
    Column("seq", BigInteger, nullable=False),
    Column("content_hash", String, nullable=False),
    Column("result", Text, nullable=False),
    Column("created_at", BigInteger, nullable=False),
)

audit_events = Table(
    "audit_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("action", String, nullable=False),
    Column("subject", String, nullable=False),
    Column("staff_id", String),
    Column("device_id", String),
    Column("at", String, nullable=False),
    Index("ix_audit_subject", "subject"),
)

notifications = Table(
    "notifications",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("pickup_id", String, nullable=False, index=True),
    Column("kind", String, nullable=False),
    Column("channel", String, nullable=False),
    Column("sent_at", String, nullable=False),
    Column("body", Text, nullable=False),
)

# v1.1: a store's public details (the `store` entity) and a staff member's public face (the `staff`
# entity: never a username or a password hash); kept apart from `stores` and `staff`, which hold secrets.
store_profiles = Table(
    "store_profiles",
    metadata,
    Column("id", String, primary_key=True),
    Column("version", Integer, nullable=False),
    Column("data", Text, nullable=False),
)

staff_profiles = Table(
    "staff_profiles",
    metadata,
    Column("id", String, primary_key=True),
    Column("version", Integer, nullable=False),
    Column("data", Text, nullable=False),
)

# Folded words of product names, for `GET /v1/products?q=` (as customer_name_tokens for customers).
product_name_tokens = Table(
    "product_name_tokens",
    metadata,
    Column("token", String, primary_key=True),
    Column("sku", String, primary_key=True),
)

# Which table holds each feed entity, and its id column.
ENTITY_TABLES: dict[str, tuple[Table, str]] = {
    "customer": (customers, "id"),
    "cart": (carts, "id"),
    "order": (orders, "id"),
    "note": (notes, "id"),
    "pickup": (pickups, "id"),
    "product": (products, "sku"),
    "store": (store_profiles, "id"),
    "staff": (staff_profiles, "id"),
}


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def loads(text: str) -> Any:
    return json.loads(text)


class Database:
    """Two engines over one database: reads begin deferred, writes take the write lock at BEGIN.

    SQLite turns a deferred transaction that read and then writes into an immediate
    "database is locked" error under contention (the busy handler is not called for that
    upgrade), so every writing transaction starts with BEGIN IMMEDIATE instead.
    """

    def __init__(self, url: str, busy_timeout_ms: int = 30000) -> None:
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        if self.is_sqlite:
            self.read_engine = self._sqlite_engine(url, "BEGIN", busy_timeout_ms)
            self.write_engine = self._sqlite_engine(url, "BEGIN IMMEDIATE", busy_timeout_ms)
        else:
            # As many connections as SQLite's pool: every request thread of a busy server holds one.
            # No ping before each use: it is one more round trip on every request (the server's tests on
            # PostgreSQL took a quarter longer with it). A connection that died with a restarted server
            # fails its request with 503 and Retry-After (nothing applied), and SQLAlchemy then replaces
            # the whole pool; `pool_recycle` keeps connections younger than an idle-timeout firewall's.
            self.read_engine = create_engine(url, pool_size=8, max_overflow=32, pool_recycle=1800)
            self.write_engine = self.read_engine
            notify.install(self.write_engine)  # one NOTIFY per committing transaction that changed a feed

    @staticmethod
    def _sqlite_engine(url: str, begin: str, busy_timeout_ms: int) -> Engine:
        # Pooled: closing the last connection to a WAL database checkpoints and drops the WAL, which
        # made every write transaction pay a reopen and a checkpoint (25-40 ms per mutation).
        in_memory = url in ("sqlite://", "sqlite:///:memory:")  # one shared connection; no pool to size
        pool = {} if in_memory else {"pool_size": 8, "max_overflow": 32}
        engine = create_engine(url, connect_args={"check_same_thread": False}, **pool)

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection, _record):  # noqa: ANN001
            # Let us issue BEGIN ourselves (pysqlite's implicit transactions get this wrong).
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn):  # noqa: ANN001
            conn.exec_driver_sql(begin)

        return engine

    def create_schema(self) -> None:
        metadata.create_all(self.write_engine)
        _add_missing_columns(self.write_engine)
        with self.write() as conn:
            if conn.execute(select(counters.c.value).where(counters.c.name == "seq")).first() is None:
                conn.execute(counters.insert(), [{"name": "seq", "value": 0}])

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        with self.read_engine.begin() as conn:
            yield conn

    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        """A writing transaction; it waits for the one writer before it to commit (see `allocate_seq`)."""
        with self.write_engine.begin() as conn:
            if not self.is_sqlite:
                # SQLite's BEGIN IMMEDIATE, on PostgreSQL: taken before anything else the transaction locks.
                conn.execute(select(func.pg_advisory_xact_lock(WRITER_LOCK)))
            yield conn

    def dispose(self) -> None:
        self.read_engine.dispose()
        if self.write_engine is not self.read_engine:
            self.write_engine.dispose()


def _add_missing_columns(engine: Engine) -> None:
    """Add the columns a newer server added to a table that a database made by an older one already has
    (`create_all` makes missing tables only). Every such column is nullable: old rows read as NULL."""
    with engine.begin() as conn:
        present = inspect(conn)
        for table in metadata.sorted_tables:
            have = {column["name"] for column in present.get_columns(table.name)}
            for column in table.columns:
                if column.name not in have:
                    kind = column.type.compile(dialect=engine.dialect)
                    conn.exec_driver_sql(f"ALTER TABLE {table.name} ADD COLUMN {column.name} {kind}")


def allocate_seq(conn: Connection, count: int = 1) -> int:
    """Reserve `count` commit sequence numbers; returns the first.

    Seq order must be commit order, or a reader could see seq N+1 committed while N is still in
    flight, move its cursor past N and never see it. Every writing transaction holds the one writer
    lock from its start to its end (`Database.write`: BEGIN IMMEDIATE on SQLite, an advisory lock on
    PostgreSQL), so the transaction that took seqs up to N has committed before the next one takes
    N+1. The lock is the first thing each writer takes, so no two writers wait on each other in a
    cycle: PostgreSQL has no deadlock to report. docs/api-notes.md says why it is one lock, not one a store.
    """
    conn.execute(update(counters).where(counters.c.name == "seq").values(value=counters.c.value + count))
    last = conn.execute(select(counters.c.value).where(counters.c.name == "seq")).scalar_one()
    return last - count + 1
