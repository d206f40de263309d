"""The Activity screen: queued actions in clerk words, conflicts with the server's view (open, retry, dismiss),
the sync log, "Work offline" and "Sync now", against the real reference server."""

from __future__ import annotations

import random

from central_api import simulate
from clerk_app.sync.backoff import Backoff
from clerk_app.sync.connectivity import ConnectionState
from clerk_app.ui.activity.page import ActivityPage
from clerk_app.ui.common.language import isolate, ltr
from tests.helpers.gui import sign_in, wait_online_and_synced, wait_until


def _page(qtbot, ctx) -> ActivityPage:
    page = ActivityPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


def _ready_counter(qtbot, live_api, make_gui_counter, **options):
    counter = make_gui_counter(**options)
    wait_online_and_synced(qtbot, counter.ctx)
    staff = sign_in(counter.ctx, live_api.store(0)["associates"][0])
    return counter, staff


def test_actions_queued_offline_wait_in_clerk_words_and_leave_once_synced(qtbot, live_api, make_gui_counter):
    counter, staff = _ready_counter(qtbot, live_api, make_gui_counter)
    ctx = counter.ctx
    page = _page(qtbot, ctx)
    assert page.waiting_empty.isVisible() and page.pending_model.rowCount() == 0
    counter.go_offline()
    pickup = ctx.reader.pickups("new", limit=1)[0]
    customer = ctx.reader.customer(pickup["customer_id"])
    ctx.perform(lambda: ctx.actions.start_picking(pickup["id"], staff["id"]), changes={"pickup"})
    wait_until(qtbot, lambda: ctx.reader.depth() == 1)  # queued one after the other, as a clerk would
    ctx.perform(lambda: ctx.actions.add_note(customer["id"], "Prefers the side door", staff, ctx.store_id),
                changes={"note"})
    wait_until(qtbot, lambda: page.pending_model.rowCount() == 2)
    model = page.pending_model
    wait_until(qtbot, lambda: model.index(0, 4).data() == "Not sent yet")  # the screen has heard it is offline
    cells = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(2)]
    # The order number reads left to right and the name in its own direction, whatever the screen's language.
    assert cells[0][:3] == [f"Start picking order {ltr(pickup['order_number'])}", pickup["customer_name"],
                            staff["display_name"]]
    assert cells[1][:3] == [f"Note on {isolate(customer['display_name'])}", customer["display_name"],
                            staff["display_name"]]
    assert page.waiting_count.text() == "2" and not page.waiting_empty.isVisible()

    counter.go_online()
    wait_until(qtbot, lambda: page.pending_model.rowCount() == 0)
    assert page.waiting_empty.isVisible() and page.waiting_count.text() == "0"
    wait_until(qtbot, lambda: any(line.endswith("Connected to the store server.") for line in page.log_lines()))


def test_a_central_cancellation_becomes_a_conflict_to_open_retry_and_dismiss(qtbot, live_api, make_gui_counter):
    counter, staff = _ready_counter(qtbot, live_api, make_gui_counter)
    ctx = counter.ctx
    page = _page(qtbot, ctx)
    counter.go_offline()
    pickup = ctx.reader.pickups("new", limit=1)[0]
    ctx.perform(lambda: ctx.actions.start_picking(pickup["id"], staff["id"]), changes={"pickup"})
    wait_until(qtbot, lambda: ctx.reader.depth() == 1)
    with live_api.database.write() as conn:
        assert simulate.central_cancel(conn, random.Random(1), live_api.clock, pickup_id=pickup["id"])["status"] == "cancelled"
    counter.go_online()
    wait_until(qtbot, lambda: len(page.conflict_items) == 1)

    item = page.conflict_items[0]
    assert item.what.text() == f"Start picking order {ltr(pickup['order_number'])}"
    assert item.now_badge.text() == "Cancelled"
    assert item.reason.text() == ("The store server says: This order was cancelled: "
                                  "Cancelled by the customer service centre.")
    assert page.conflict_count.text() == "1" and not page.conflicts_empty.isVisible()
    assert any("Not applied: Start picking" in line for line in page.log_lines())

    with qtbot.waitSignal(ctx.navigate, timeout=2000) as opened:
        item.open_button.click()
    assert opened.args == ["pickup", pickup["id"], {}]

    # Retry sends it again as a new action; the server still refuses, so a new conflict replaces the old one.
    first_id = item.conflict["id"]
    item.retry_button.click()
    wait_until(qtbot, lambda: [c["id"] for c in ctx.reader.conflicts()] not in ([], [first_id]))
    wait_until(qtbot, lambda: len(page.conflict_items) == 1 and page.conflict_items[0].conflict["id"] != first_id)
    assert ctx.reader.depth() == 0

    page.conflict_items[0].dismiss_button.click()
    wait_until(qtbot, lambda: not page.conflict_items and page.conflicts_empty.isVisible())
    assert ctx.reader.conflicts() == []


def test_work_offline_holds_the_connection_and_sync_now_wakes_the_sync(qtbot, live_api, make_gui_counter):
    # A backoff of minutes: only "Sync now" can bring the counter back within the test's few seconds.
    counter, _staff = _ready_counter(qtbot, live_api, make_gui_counter, backoff=Backoff(base=600, cap=600))
    ctx = counter.ctx
    page = _page(qtbot, ctx)

    page.work_offline_button.click()
    wait_until(qtbot, lambda: ctx.connection_state == ConnectionState.WORKING_OFFLINE)
    assert page.work_offline_button.text() == "Go back online" and not page.sync_now_button.isEnabled()
    wait_until(qtbot, lambda: page.state_label.text().startswith("Working offline"), 2000)
    page.work_offline_button.click()
    wait_until(qtbot, lambda: ctx.connection_state == ConnectionState.ONLINE)
    assert page.sync_now_button.isEnabled()

    counter.go_offline()
    ctx.sync.wake()
    wait_until(qtbot, lambda: ctx.connection_state == ConnectionState.OFFLINE)
    counter.network.set_connected(True)  # the cable is back, but the sync sleeps out its backoff
    page.sync_now_button.click()
    wait_until(qtbot, lambda: ctx.connection_state == ConnectionState.ONLINE, 10_000)
    wait_until(qtbot, lambda: page.log_lines()[0].endswith("Connected to the store server."), 2000)
