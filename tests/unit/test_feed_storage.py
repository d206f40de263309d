"""The server keeps each feed change's JSON as a page sends it, made when the change is recorded.

A page read from those stored texts must be byte for byte the page built from the entity tables at read
time (what the server did before it stored them, and still does for a row without one), after seeding
and after every kind of later change; and a database made before the column existed keeps working.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select, update

from central_api import db, feed, simulate
from central_api.db import Database
from central_api.security import Clock
from central_api.seed import seed

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
STORES = 2


pytestmark = pytest.mark.both_engines  # the JSON is made by SQL, in each engine's own dialect


@pytest.fixture
def database(db_engine, tmp_path, request):
    if db_engine == "postgresql":
        server = request.getfixturevalue("postgres_server")
        name = server.new_name("feed")
        server.create(name)
        request.addfinalizer(lambda: server.drop(name))
        database = Database(server.url(name))
    else:
        database = Database(f"sqlite:///{tmp_path / 'central.db'}")
    seed(database, stores=STORES, customers=300, now=NOW, password_hash="not a real hash")
    yield database
    database.dispose()


def _feed_pages(database: Database, store_id: str, limit: int) -> list[bytes]:
    pages, cursor = [], None
    while True:
        with database.read() as conn:
            page = feed.read_page(conn, store_id, cursor, limit)
        pages.append(feed.page_json({**page, "device_last_seq": 0}))
        if not page["has_more"]:
            return pages
        cursor = page["next_cursor"]


def _rows_without_json(database: Database) -> int:
    with database.read() as conn:
        return conn.execute(select(func.count()).where(db.feed.c.change_json.is_(None))).scalar_one()


def _forget_stored_json(database: Database) -> None:
    with database.write() as conn:
        conn.execute(update(db.feed).values(change_json=None))


def _all_pages(database: Database) -> dict[tuple[str, int], list[bytes]]:
    return {(f"st_{i + 1:03d}", limit): _feed_pages(database, f"st_{i + 1:03d}", limit)
            for i in range(STORES) for limit in (1, 97, 2000)}


def test_seeding_and_every_later_change_store_the_json_a_page_sends(database):
    # Pickups, carts, customers and central cancellations: upserts into one store's feed or several,
    # customers entering a store's scope, and whatever those changes bring along.
    simulate.run(database, 300, 5, clock=Clock(NOW.timestamp))
    assert _rows_without_json(database) == 0

    stored = _all_pages(database)
    _forget_stored_json(database)
    assert _rows_without_json(database) > 0
    assert _all_pages(database) == stored


def test_tombstones_store_their_json_too(database):
    # A month and a half later, closed pickups and the customers they brought leave the feed as deletes.
    later = NOW.replace(month=12, day=31)
    with database.write() as conn:
        swept = feed.sweep(conn, int(later.timestamp()))
    assert swept["pickups_aged_out"] > 0
    with database.read() as conn:
        deletes = conn.execute(select(db.feed.c.change_json).where(db.feed.c.op == "delete")).scalars().all()
    assert deletes and all(b'"op":"delete"' in text and text.endswith(b'"data":null}') for text in deletes)

    stored = _all_pages(database)
    _forget_stored_json(database)
    assert _all_pages(database) == stored


def test_a_database_made_before_the_column_gains_it_and_keeps_paging(database):
    before = _all_pages(database)
    with database.write() as conn:
        conn.exec_driver_sql("ALTER TABLE feed DROP COLUMN change_json")

    database.create_schema()

    assert _rows_without_json(database) > 0  # the old rows read as NULL: built on read, as before
    assert _all_pages(database) == before
    simulate.run(database, 20, 9, clock=Clock(NOW.timestamp))
    with database.read() as conn:
        newest = conn.execute(select(db.feed.c.change_json).order_by(db.feed.c.seq.desc()).limit(1)).scalar_one()
    assert newest is not None
