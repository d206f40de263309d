"""PostgreSQL: one NOTIFY per committing transaction that changed a feed, naming its store(s).

`feed.record` notes the stores a transaction wrote into; the engine's commit hook sends one
`pg_notify` just before the COMMIT, so it is part of the same transaction (PostgreSQL delivers it
at commit, to every listening worker, and drops it on rollback). SQLite needs none of this: each
server process looks at the feeds' heads itself (`watch.py`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import Connection, Engine, event

CHANNEL = "clerk_feed"
ALL_STORES = "*"
# PostgreSQL refuses a payload of 8000 bytes or more; a change for every store of a big chain (a
# product) would name them all, so past this it says "every store" instead.
MAX_PAYLOAD = 7000
_PENDING = "clerk_feed_stores"  # key in the DBAPI connection's info dict


def install(engine: Engine) -> None:
    """Send the notification at commit on every connection of this engine (PostgreSQL only).

    Installed when the engine is made: SQLAlchemy decides whether a Connection fires events when it is
    created, so a hook added later would miss the transactions already begun.
    """
    if engine.dialect.name != "postgresql" or event.contains(engine, "commit", _announce):
        return
    event.listen(engine, "commit", _announce)
    event.listen(engine, "rollback", _forget)


def note(conn: Connection, stores: Iterable[str]) -> None:
    """Remember that the current transaction changed these stores' feeds."""
    if conn.dialect.name == "postgresql":
        conn.info.setdefault(_PENDING, set()).update(stores)


def payload(stores: Iterable[str]) -> str:
    text = json.dumps(sorted(stores), separators=(",", ":"))
    return text if len(text.encode()) <= MAX_PAYLOAD else ALL_STORES


def parse(text: str) -> list[str] | None:
    """The stores a notification names; None for every store (or a payload this server cannot read)."""
    if text == ALL_STORES:
        return None
    try:
        stores = json.loads(text)
    except ValueError:
        return None
    if not isinstance(stores, list) or not all(isinstance(s, str) for s in stores):
        return None
    return stores


def _announce(conn: Connection) -> None:
    if conn.invalidated:
        return
    stores = conn.info.pop(_PENDING, None)
    if not stores:
        return
    # Through the driver's own cursor: the Connection is in the middle of committing and takes no
    # statement of its own here; the transaction is still open, so the NOTIFY commits with it.
    with conn.connection.dbapi_connection.cursor() as cursor:
        cursor.execute("SELECT pg_notify(%s, %s)", (CHANNEL, payload(stores)))


def _forget(conn: Connection) -> None:
    # A connection the database cut is invalidated: asking for its info would try to reconnect in the
    # middle of the rollback (PendingRollbackError, and a 500 instead of a 503). Its info goes with it.
    if not conn.invalidated:
        conn.info.pop(_PENDING, None)
