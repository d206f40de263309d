"""On PostgreSQL the feed watcher LISTENs: one notification per committing transaction names the stores
it changed, and while the listening connection is away a slow look at the heads still wakes the polls."""

from __future__ import annotations

import time

import psycopg
import pytest
from sqlalchemy import select, text

from central_api import db, entities, notify, operations
from central_api.app import create_app
from central_api.server import BackgroundServer, free_port
from central_api.watch import LISTENER_NAME, FeedWatcher, _libpq_url
from tests.helpers.api import FrozenClock, LiveApi
from tests.helpers.longpoll import HeldPoll, counter, head_cursor, wait_until

pytestmark = pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)


def _notifications(listener: psycopg.Connection, seconds: float) -> list[str]:
    return [n.payload for n in listener.notifies(timeout=seconds)]


def _stock_change(database, store_id: str) -> None:
    with database.write() as conn:
        sku = conn.execute(select(db.inventory.c.sku).where(db.inventory.c.store_id == store_id)
                           .order_by(db.inventory.c.sku).limit(1)).scalar_one()
        operations.adjust_stock(conn, store_id, sku, 1, 0, int(time.time()))


def test_a_transaction_sends_one_notification_naming_the_stores_it_changed(central_db, engine_template):
    stores = [s["id"] for s in engine_template.network["stores"]]
    with psycopg.connect(_libpq_url(central_db.url), autocommit=True) as listener:
        listener.execute(f"LISTEN {notify.CHANNEL}")

        with central_db.write() as conn:  # two changes, three feeds: a product (every store), a stock count
            product = entities.get(conn, "product", conn.execute(select(db.products.c.sku).limit(1)).scalar_one())
            entities.save(conn, "product", product, int(time.time()))
            sku = conn.execute(select(db.inventory.c.sku).where(db.inventory.c.store_id == stores[0]).limit(1)).scalar_one()
            operations.adjust_stock(conn, stores[0], sku, 1, 0, int(time.time()))
        sent = _notifications(listener, 1.0)
        assert len(sent) == 1
        assert sorted(notify.parse(sent[0])) == sorted(stores)

        with pytest.raises(RuntimeError), central_db.write() as conn:  # rolled back: nothing was committed
            operations.adjust_stock(conn, stores[1], sku, 1, 0, int(time.time()))
            raise RuntimeError("changed my mind")
        with central_db.write() as conn:  # a commit that changes no feed
            conn.execute(db.login_failures.insert(), [{"username": "nobody", "at": 0}])
        assert _notifications(listener, 0.5) == []

        _stock_change(central_db, stores[2])  # the next transaction names only its own store
        assert [notify.parse(p) for p in _notifications(listener, 1.0)] == [[stores[2]]]


def _listener_pids(database) -> list[int]:
    with database.read() as conn:
        return list(conn.execute(text("SELECT pid FROM pg_stat_activity WHERE application_name = :name "
                                      "AND datname = current_database()"), {"name": LISTENER_NAME}).scalars())


def test_the_watcher_listens_again_after_its_connection_is_cut_and_misses_nothing_meanwhile(live_api):
    store_id = live_api.store_id
    device = live_api.enroll(0)
    cursor = head_cursor(live_api.url, device["device_token"], store_id)
    first = HeldPoll(live_api.url, device["device_token"], store_id, cursor, wait=20)
    wait_until(lambda: counter(live_api.url, "clerk_feed_watcher_listening") == 1, 10, "the watcher listens")
    [listener] = _listener_pids(live_api.database)

    with live_api.database.read() as conn:
        assert conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": listener}).scalar_one()
    _stock_change(live_api.database, store_id)  # while nobody listens
    changed_at = time.monotonic()
    first.join(10)
    assert first.page()["changes"], "the change made while the watcher reconnected was missed"
    assert first.answered_at - changed_at < 2.0

    wait_until(lambda: counter(live_api.url, "clerk_feed_watcher_listening") == 1, 10, "the watcher listens again")
    assert _listener_pids(live_api.database) not in ([], [listener])
    notified = counter(live_api.url, "clerk_feed_watcher_notifications_total")
    second = HeldPoll(live_api.url, device["device_token"], store_id, first.page()["next_cursor"], wait=20)
    wait_until(lambda: counter(live_api.url, "clerk_longpoll_waiting") == 1, 10, "the poll is held")
    _stock_change(live_api.database, store_id)
    changed_at = time.monotonic()
    second.join(10)
    assert second.page()["changes"] and second.answered_at - changed_at < 0.6
    assert counter(live_api.url, "clerk_feed_watcher_notifications_total") > notified


def test_with_no_listening_connection_a_slow_look_at_the_heads_still_wakes_the_polls(central_db, engine_template):
    clock = FrozenClock()
    app = create_app(central_db, clock=clock)
    # LISTEN can never connect here (nothing on that port): the fallback look is all there is.
    app.state.feed_watcher = FeedWatcher(central_db, fallback_interval=0.5,
                                         listen_url=f"postgresql://clerk@127.0.0.1:{free_port()}/nowhere")
    server = BackgroundServer(app).start()
    api = LiveApi(server.url, central_db, clock, engine_template.network)
    try:
        device = api.enroll(0)
        cursor = head_cursor(api.url, device["device_token"], api.store_id)
        poll = HeldPoll(api.url, device["device_token"], api.store_id, cursor, wait=20)
        wait_until(lambda: counter(api.url, "clerk_longpoll_waiting") == 1, 10, "the poll is held")
        time.sleep(0.6)
        assert counter(api.url, "clerk_feed_watcher_listening") == 0

        _stock_change(central_db, api.store_id)
        changed_at = time.monotonic()
        poll.join(10)
        assert poll.page()["changes"]
        assert poll.answered_at - changed_at < 1.2  # one fallback interval, and the read
        assert counter(api.url, "clerk_feed_watcher_notifications_total") == 0
    finally:
        api.close()
        server.stop()
