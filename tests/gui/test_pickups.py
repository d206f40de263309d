"""The Pickups page against the real server: the queue by state with counts, overdue in red, the full
associate flow (start picking → partial mark ready → arrival → hand-over) and a wrong code refused."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from central_api import db
from clerk_app.domain import deadlines
from clerk_app.ui.common.language import ltr
from clerk_app.ui.common.pickup_cells import PICKUP_ROLE, deadline_text, red
from clerk_app.ui.pickups.queue_model import OVERDUE_ROLE, PickupQueueModel
from tests.helpers.gui import wait_until

DEADLINE = PickupQueueModel.DEADLINE


def all_rows(model):
    while model.canFetchMore():
        model.fetchMore()
    return [model.index(r, 0).data(PICKUP_ROLE) for r in range(model.rowCount())]


def show_tab(page, tab):
    page.tabs.setCurrentIndex(deadlines.TABS.index(tab))
    assert page.model.tab == tab


def server_pickup(live_api, pickup_id):
    with live_api.database.read() as conn:
        return db.loads(conn.execute(select(db.pickups.c.data).where(db.pickups.c.id == pickup_id)).scalar_one())


def wait_confirmed(qtbot, ctx, pickup_id, status, page=None):
    """Until the cache shows the server's own pickup in `status` (no optimistic overlay left), and `page`,
    if given, has finished showing it (the pickups page refreshes over a few turns of the event loop)."""
    wait_until(qtbot, lambda: (p := ctx.reader.pickup(pickup_id)) and p["status"] == status and not p["pending"])
    if page is not None:
        wait_until(qtbot, lambda: not page.refresh_turns.running and page.detail.pickup is not None
                   and page.detail.pickup["status"] == status and not page.detail.pickup["pending"])


def test_queue_lists_the_stores_pickups_by_state_with_counts_equal_to_the_cache_and_server(qtbot, live_api, signed_in_window):
    window = signed_in_window
    window.show_page("pickups")
    page, ctx = window.pickups, window.ctx
    with live_api.database.read() as conn:
        server = dict(conn.execute(select(db.pickups.c.status, func.count()).where(
            db.pickups.c.store_id == live_api.store_id, db.pickups.c.closed_at.is_(None)).group_by(db.pickups.c.status)).all())
    for tab in ("new", "picking", "ready"):
        show_tab(page, tab)
        listed = all_rows(page.model)
        cached = ctx.reader.pickups(tab, 10_000)
        assert [p["id"] for p in listed] == [p["id"] for p in cached]
        assert {p["status"] for p in listed} <= {tab}
        assert page.counts[tab] == len(cached) == server.get(tab, 0) > 0
        assert f"{len(cached)}" in page.tabs.tabText(page.tabs.currentIndex())
    now = ctx.now()
    show_tab(page, "overdue")
    overdue = all_rows(page.model)
    assert [p["id"] for p in overdue] == [p["id"] for p in ctx.reader.overdue_pickups(now)]
    assert overdue and page.counts["overdue"] == len(overdue)
    show_tab(page, "past_collect_by")
    past = all_rows(page.model)
    assert [p["id"] for p in past] == [p["id"] for p in ctx.reader.past_collect_by(now)]
    assert past and page.counts["past_collect_by"] == len(past)
    show_tab(page, "done_today")
    done = all_rows(page.model)
    assert done and page.counts["done_today"] == len(done)
    assert all(deadlines.is_done_today(p, now) for p in done)
    # Every row of the overdue tab is painted red in its deadline column.
    show_tab(page, "overdue")
    assert all(page.model.index(r, DEADLINE).data(Qt.ItemDataRole.ForegroundRole) == red()
               for r in range(page.model.rowCount()))


def test_a_pickup_passing_its_ready_by_time_turns_red_and_joins_overdue(qtbot, live_api, signed_in_window):
    window = signed_in_window
    window.show_page("pickups")
    page, ctx = window.pickups, window.ctx
    now = ctx.now()
    waiting = [p for p in ctx.reader.pickups("new", 500) if not deadlines.is_overdue(p, now)]
    assert waiting
    target = waiting[0]
    show_tab(page, "new")
    row = page.model.row_of(target["id"])
    assert page.model.index(row, DEADLINE).data(OVERDUE_ROLE) is False
    assert page.model.index(row, DEADLINE).data(Qt.ItemDataRole.ForegroundRole) != red()
    assert page.model.index(row, DEADLINE).data().startswith("ready in")
    before = page.counts["overdue"]
    left = (deadlines.parse(target["promised_by"]) - now).total_seconds()
    live_api.clock.advance(left + 12 * 60)
    page.tick()
    assert page.model.index(row, DEADLINE).data(OVERDUE_ROLE) is True
    assert page.model.index(row, DEADLINE).data(Qt.ItemDataRole.ForegroundRole) == red()
    assert page.model.index(row, DEADLINE).data() == "overdue 12 min"
    assert page.counts["overdue"] >= before + 1
    show_tab(page, "overdue")
    assert page.model.row_of(target["id"]) >= 0


def partial_candidate(ctx):
    """A new pickup with more than one item, so one can be left out of the pick."""
    for pickup in ctx.reader.pickups("new", 500):
        if sum(line["quantity"] for line in pickup["lines"]) >= 2:
            return pickup
    raise AssertionError("no new pickup with two items in the seed")


def test_full_pickup_flow_online_ends_picked_up_on_the_server_and_under_done_today(qtbot, live_api, signed_in_window):
    window = signed_in_window
    page, ctx = window.pickups, window.ctx
    pickup = partial_candidate(ctx)
    pid = pickup["id"]
    window.open_record("pickup", pid, {})
    assert window.current_page() == "pickups"
    detail = page.detail
    assert detail.pickup["id"] == pid and page.selected_id == pid
    assert detail.start_button.isVisible() and not detail.handover_button.isVisible()

    detail.start_button.click()
    wait_until(qtbot, lambda: ctx.reader.pickup(pid)["status"] == "picking")
    wait_confirmed(qtbot, ctx, pid, "picking", page)
    # It stays listed where the clerk sees it (Picking, or Overdue if it is late).
    assert page.current_tab in deadlines.tabs(ctx.reader.pickup(pid), ctx.now()) and page.model.row_of(pid) >= 0

    detail.ready_button.click()
    dialog = detail.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.shelf.setText("B-07")
    first = pickup["lines"][0]["sku"]
    dialog.lines.spins[first].setValue(dialog.lines.spins[first].value() - 1)
    assert dialog.warning.isVisible() and dialog.warning.text().startswith("Partial pick: 1 item")
    dialog.ok.click()
    wait_confirmed(qtbot, ctx, pid, "ready", page)
    server = server_pickup(live_api, pid)
    assert server["shelf_location"] == "B-07"
    assert next(ln for ln in server["lines"] if ln["sku"] == first)["picked_quantity"] == pickup["lines"][0]["quantity"] - 1
    assert page.current_tab == "ready"
    assert detail.handover_button.isVisible() and detail.remind_button.isVisible()

    detail.arrived_button.click()
    detail.dialog.note.setText("Blue van outside")
    qtbot.keyClick(detail.dialog.note, Qt.Key.Key_Return)
    wait_until(qtbot, lambda: server_pickup(live_api, pid)["arrival_note"] == "Blue van outside")

    detail.handover_button.click()
    dialog = detail.dialog
    qtbot.keyClicks(dialog.code, server["pickup_code"].lower())
    assert dialog.code.text() == server["pickup_code"]
    dialog.id_check.setCurrentIndex(dialog.id_check.findData("passport"))
    dialog.last4.setText("4321")
    dialog.ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    wait_confirmed(qtbot, ctx, pid, "picked_up", page)
    server = server_pickup(live_api, pid)
    assert server["status"] == "picked_up"
    assert server["handover"]["id_check"] == "passport" and server["handover"]["id_last4"] == "4321"
    assert server["handover"]["staff_id"] == ctx.staff["id"] and server["handover"]["collected_by"] == "customer"
    assert page.current_tab == "done_today" and page.model.row_of(pid) >= 0
    assert f"Passport ending {ltr('4321')}" in detail.handover.text()  # the ID's digits read left to right


def test_a_wrong_pickup_code_is_refused_in_the_dialog_and_nothing_is_queued(qtbot, live_api, signed_in_window):
    window = signed_in_window
    ctx = window.ctx
    ready = ctx.reader.pickups("ready", 1)[0]
    wrong = "ZZZZZZ" if ready["pickup_code"] != "ZZZZZZ" else "YYYYYY"
    ctx.navigate.emit("pickup", ready["id"], {"code": wrong})  # as a scanned QR code arrives
    dialog = window.pickups.detail.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.code.text() == wrong
    dialog.id_check.setCurrentIndex(dialog.id_check.findData("order_code_only"))
    dialog.ok.click()
    assert dialog.isVisible()
    assert dialog.error.isVisible() and "doesn't match" in dialog.error.text()
    assert ctx.reader.depth() == 0
    assert ctx.reader.pickup(ready["id"])["status"] == "ready"
    # The right code then goes through; a document check needs its last four characters first.
    dialog.code.setText(ready["pickup_code"])
    dialog.id_check.setCurrentIndex(dialog.id_check.findData("id_card"))
    dialog.ok.click()
    assert dialog.isVisible() and "last four" in dialog.error.text()
    dialog.last4.setText("77AB")
    dialog.ok.click()
    wait_until(qtbot, lambda: ctx.reader.pickup(ready["id"])["status"] == "picked_up")


def test_the_countdown_reads_in_clerk_words(qtbot, live_api, signed_in_window):
    now = signed_in_window.ctx.now()
    pickup = {"status": "new", "promised_by": deadlines.iso(now + timedelta(hours=1, minutes=5, seconds=30))}
    assert deadline_text(pickup, now) == "ready in 1 h 05 min"
    late = {**pickup, "promised_by": deadlines.iso(now - timedelta(minutes=12))}
    assert deadline_text(late, now) == "overdue 12 min"
