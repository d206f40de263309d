"""Pickups and the sync engine: a hand-over done offline lands on the server exactly once and shows confirmed,
a central cancellation meeting it becomes a conflict, and a new web order shows up by itself while online."""

from __future__ import annotations

import random

from PySide6.QtWidgets import QLabel
from sqlalchemy import func, select

from central_api import db, simulate
from clerk_app.sync.backoff import Backoff
from clerk_app.sync.connectivity import ConnectionState
from clerk_app.ui.main_window import MainWindow
from clerk_app.ui.pickups.queue_model import PENDING_ROLE, PickupQueueModel
from tests.helpers.gui import sign_in, wait_online_and_synced, wait_until


def open_window(qtbot, live_api, counter):
    wait_online_and_synced(qtbot, counter.ctx)
    window = MainWindow(counter.ctx)
    qtbot.addWidget(window)
    sign_in(counter.ctx, live_api.store(0)["associates"][0])
    window.show()
    qtbot.waitExposed(window)
    return window


def go_offline(qtbot, counter):
    counter.go_offline()
    wait_until(qtbot, lambda: counter.ctx.connection_state == ConnectionState.OFFLINE, 20_000)


def hand_over_in_the_ui(qtbot, window, pickup):
    window.open_record("pickup", pickup["id"], {"code": pickup["pickup_code"]})  # as a scanned QR code
    dialog = window.pickups.detail.dialog
    assert dialog.code.text() == pickup["pickup_code"]
    dialog.id_check.setCurrentIndex(dialog.id_check.findData("drivers_license"))
    dialog.last4.setText("9876")
    dialog.ok.click()
    wait_until(qtbot, lambda: window.pickups.detail.status.text() == "Picked up", 5000)


def hand_over_offline(qtbot, live_api, make_gui_counter):
    """A ready pickup handed over in the UI while offline: (counter, window, pickup)."""
    # A quick backoff: going offline and back is noticed within a second or two.
    counter = make_gui_counter(backoff=Backoff(base=0.2, cap=1.0))
    window = open_window(qtbot, live_api, counter)
    pickup = counter.ctx.reader.pickups("ready", 1)[0]
    go_offline(qtbot, counter)
    hand_over_in_the_ui(qtbot, window, pickup)
    return counter, window, pickup


def server_pickup(live_api, pickup_id):
    with live_api.database.read() as conn:
        return db.loads(conn.execute(select(db.pickups.c.data).where(db.pickups.c.id == pickup_id)).scalar_one())


def test_an_offline_hand_over_shows_at_once_then_reaches_the_server_exactly_once(qtbot, live_api, make_gui_counter):
    counter, window, pickup = hand_over_offline(qtbot, live_api, make_gui_counter)
    ctx, page = counter.ctx, window.pickups
    shown = ctx.reader.pickup(pickup["id"])
    assert shown["pending"] and shown["handover"]["id_last4"] == "9876"
    assert page.detail.pending.isVisible() and page.detail.status.text() == "Picked up"
    assert page.current_tab == "done_today"
    row = page.model.row_of(pickup["id"])
    assert page.model.index(row, 0).data(PENDING_ROLE) is True
    assert page.model.index(row, PickupQueueModel.SYNC).data() == "Waiting to sync"
    (queued,) = [item for item in ctx.reader.pending() if item["entity_id"] == pickup["id"]]
    assert server_pickup(live_api, pickup["id"])["status"] == "ready"

    counter.go_online()
    wait_until(qtbot, lambda: not ctx.reader.pickup(pickup["id"])["pending"] and ctx.reader.depth() == 0)
    server = server_pickup(live_api, pickup["id"])
    assert server["status"] == "picked_up" and server["handover"]["id_check"] == "drivers_license"
    with live_api.database.read() as conn:
        ledger = conn.execute(select(func.count()).select_from(db.mutation_ledger).where(
            db.mutation_ledger.c.mutation_id == queued["mutation_id"])).scalar_one()
    assert ledger == 1
    wait_until(qtbot, lambda: not page.detail.pending.isVisible())
    # The list refreshes a turn of the event loop after the detail (PickupsPage refreshes in turns).
    wait_until(qtbot, lambda: page.model.index(page.model.row_of(pickup["id"]), 0).data(PENDING_ROLE) is False)
    row = page.model.row_of(pickup["id"])
    assert page.model.index(row, PickupQueueModel.SYNC).data() == ""
    assert ctx.reader.conflicts() == []


def test_a_central_cancellation_during_an_offline_hand_over_becomes_a_conflict(qtbot, live_api, make_gui_counter):
    counter, window, pickup = hand_over_offline(qtbot, live_api, make_gui_counter)
    ctx, page = counter.ctx, window.pickups
    with live_api.database.write() as conn:
        assert simulate.central_cancel(conn, random.Random(3), live_api.clock, pickup_id=pickup["id"])["status"] == "cancelled"

    counter.go_online()
    wait_until(qtbot, lambda: ctx.reader.conflicts())
    (conflict,) = ctx.reader.conflicts()
    assert conflict["name"] == "pickup.hand_over.v1" and conflict["entity_id"] == pickup["id"]
    shown = ctx.reader.pickup(pickup["id"])
    assert shown["status"] == "cancelled" and not shown["pending"]
    wait_until(qtbot, lambda: page.detail.status.text() == "Cancelled" and not page.detail.pending.isVisible())
    assert any("customer service centre" in label.text() for label in page.detail.findChildren(QLabel))
    assert server_pickup(live_api, pickup["id"])["status"] == "cancelled"


def test_a_new_web_order_appears_in_the_new_tab_by_itself_while_online(qtbot, live_api, make_gui_counter):
    counter = make_gui_counter()
    window = open_window(qtbot, live_api, counter)
    page = window.pickups
    window.show_page("pickups")
    assert page.current_tab == "new"
    before = page.counts["new"]
    chosen = page.model.rows[-1]["id"]  # the clerk is looking at one order while a new one arrives
    page.select_pickup(chosen)
    with live_api.database.write() as conn:
        created = simulate.new_pickup(conn, random.Random(7), live_api.clock, store_id=live_api.store_id)
    # The list and the tab's count each follow by themselves; a refresh already under way when the order
    # reached the cache may show the row a moment before the next one recounts the tabs.
    wait_until(qtbot, lambda: page.model.row_of(created["id"]) >= 0 and page.counts["new"] == before + 1, 10_000)
    assert str(before + 1) in page.tabs.tabText(0)
    assert page.selected_id == chosen and page.detail.pickup["id"] == chosen
    selected = page.table.selectionModel().selectedRows()
    assert [page.model.rows[i.row()]["id"] for i in selected] == [chosen]
