"""`clerk-api copy`: move the reference server's database to another engine, every table included.

A pilot store starts on SQLite and moves to PostgreSQL without its counters noticing: the feed
keeps its seqs, the commit-sequence counter continues after them, and the mutation ledger, the
devices (with their token hashes and last applied seqs) and the staff's sessions come along, so a
counter's cursor, its device token and its outbox's next seq all go on working on the new server.
"""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import func, inspect, select, update

from . import db

CHUNK = 5000  # rows read and written at a time: a million customers never sit in memory at once


class CopyError(Exception):
    """The copy cannot start (the target already has data); nothing was written."""


def copy_database(source: db.Database, target: db.Database) -> dict[str, Any]:
    """Copy every table of `source` into `target` (made empty by `clerk-api` or new), in one target transaction.

    Read in one read transaction of the source, so the copy is of one moment even if the source server
    is still running (stop it first all the same: what it commits after that moment is not copied).
    """
    started = time.perf_counter()
    target.create_schema()
    copied: dict[str, int] = {}
    with source.read() as src:
        present = {name: {c["name"] for c in inspect(src).get_columns(name)} for name in inspect(src).get_table_names()}
        with target.write() as dst:
            if dst.execute(select(db.stores.c.id).limit(1)).first() is not None:
                raise CopyError("the target database already has stores in it; copy into an empty one")
            dst.execute(db.counters.delete())  # create_schema's seq 0 makes way for the source's counter
            for table in db.metadata.sorted_tables:
                columns = [c for c in table.columns if c.name in present.get(table.name, ())]
                copied[table.name] = 0
                if not columns:
                    continue
                rows = src.execution_options(yield_per=CHUNK).execute(select(*columns))
                for chunk in rows.partitions(CHUNK):
                    dst.execute(table.insert(), [dict(r._mapping) for r in chunk])
                    copied[table.name] += len(chunk)
            # New changes continue after the old ones, whatever the source's counter said.
            last_seq = max(dst.execute(select(func.max(db.feed.c.seq))).scalar() or 0,
                           dst.execute(select(func.max(db.counters.c.value)).where(db.counters.c.name == "seq")).scalar() or 0)
            if dst.execute(select(db.counters.c.name).where(db.counters.c.name == "seq")).first() is None:
                dst.execute(db.counters.insert(), [{"name": "seq", "value": last_seq}])
            else:
                dst.execute(update(db.counters).where(db.counters.c.name == "seq").values(value=last_seq))
            if not target.is_sqlite:
                _continue_serial_ids(dst)
    if not target.is_sqlite:
        with target.write_engine.connect() as conn:  # fresh statistics for the planner: outside a transaction
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
    return {"tables": copied, "last_seq": last_seq, "seconds": round(time.perf_counter() - started, 2)}


def _continue_serial_ids(conn) -> None:
    """Rows were inserted with their ids: PostgreSQL's sequences behind the serial ids must start after them."""
    for table in db.metadata.sorted_tables:
        for column in table.primary_key.columns:
            if column.autoincrement is True:
                conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'), "
                    f"COALESCE((SELECT MAX({column.name}) FROM {table.name}), 0) + 1, false)")
