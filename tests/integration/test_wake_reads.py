"""What a wake-up costs the database: the held polls of several stores, woken by one commit, read all
their pages in one statement (each store's counters get the same page), and device tokens asked for in
the same moment are looked up in one query, never from a cache. Real servers and real databases (both
engines); the statements are counted with an event listener on the server's engine."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from sqlalchemy import event, select, update

from central_api import db, operations
from central_api.auth import DeviceReader
from central_api.pages import read_thread
from central_api.security import token_hash
from tests.helpers.longpoll import HeldPoll, head_cursor, wait_until, waiting_by_worker


def _stock_changes(database, store_ids: list[str]) -> dict[str, str]:
    """One transaction changing a stock count in each store (so one wake-up for all); the SKU per store."""
    skus = {}
    with database.write() as conn:
        for store_id in store_ids:
            sku = conn.execute(select(db.inventory.c.sku).where(db.inventory.c.store_id == store_id)
                               .order_by(db.inventory.c.sku).limit(1)).scalar_one()
            operations.adjust_stock(conn, store_id, sku, 1, 0, int(time.time()))
            skus[store_id] = sku
    return skus


class _PageStatements:
    """Counts the SELECTs of feed pages (the only reads that take `change_json`) run on an engine."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.count = 0

    def __call__(self, conn, cursor, statement: str, parameters: Any, context, executemany: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "change_json" in statement:
            self.count += 1

    def __enter__(self) -> _PageStatements:
        event.listen(self.engine, "before_cursor_execute", self)
        return self

    def __exit__(self, *exc: object) -> None:
        event.remove(self.engine, "before_cursor_execute", self)


@pytest.mark.both_engines
def test_the_polls_of_several_stores_woken_by_one_commit_read_their_pages_in_one_statement(live_api):
    stores = [live_api.store(0)["id"], live_api.store(1)["id"]]
    devices = {stores[0]: [live_api.enroll(0) for _ in range(3)], stores[1]: [live_api.enroll(1) for _ in range(2)]}
    cursors = {store_id: head_cursor(live_api.url, ds[0]["device_token"], store_id) for store_id, ds in devices.items()}
    polls = {store_id: [HeldPoll(live_api.url, d["device_token"], store_id, cursors[store_id], wait=20) for d in ds]
             for store_id, ds in devices.items()}
    wait_until(lambda: sum(waiting_by_worker(live_api.url).values()) == 5, 10, "the five polls are held")

    with _PageStatements(live_api.database.read_engine) as pages:
        skus = _stock_changes(live_api.database, stores)
        for poll in [p for ps in polls.values() for p in ps]:
            poll.join(10)

    for store_id, store_polls in polls.items():
        answers = [poll.page() for poll in store_polls]
        assert [(c["entity"], c["id"]) for c in answers[0]["changes"]] == [("inventory", skus[store_id])]
        # The counters of one store got the very same page (the same changes, the same next cursor).
        assert all(a["changes"] == answers[0]["changes"] and a["next_cursor"] == answers[0]["next_cursor"]
                   for a in answers)
        assert answers[0]["next_cursor"] != cursors[store_id]
    # Two stores, five counters, one wake-up: one statement read both stores' pages.
    assert pages.count == 1


@pytest.mark.both_engines
def test_device_tokens_asked_for_together_are_looked_up_in_one_query_and_a_revocation_counts_at_once(live_api):
    central_db = live_api.database
    enrolled = [live_api.enroll(0)["device_id"] for _ in range(3)]
    with central_db.read() as conn:
        rows = conn.execute(select(db.devices.c.id, db.devices.c.token_hash).where(db.devices.c.id.in_(enrolled))
                            .order_by(db.devices.c.id)).all()
    reader = DeviceReader(central_db, read_thread())

    async def look(hashes: list[str]) -> list[dict[str, Any] | None]:
        return await asyncio.gather(*(reader.lookup(h) for h in hashes))

    hashes = [row.token_hash for row in rows] + [token_hash("not a token of this server")]
    found = asyncio.run(look(hashes * 2))  # each token twice, as two requests of one counter would
    assert [f["id"] if f else None for f in found] == ([row.id for row in rows] + [None]) * 2
    assert reader.reads == 1
    assert not found[0]["revoked"]

    with central_db.write() as conn:
        conn.execute(update(db.devices).where(db.devices.c.id == rows[0].id).values(revoked=True))
    # No cache: the next request after the revocation reads it.
    again = asyncio.run(look([rows[0].token_hash]))
    assert again[0]["revoked"] is True
    assert reader.reads == 2
