"""Reminders against the real server: the list shows exactly the cache's ready pickups waiting longer than N hours,
the bulk send queues one reminder per ticked pickup and the server records each, and a re-sent ready notice shows
in the pickup at once (waiting to sync) and then as the server's."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from sqlalchemy import select

from central_api import db
from clerk_app.domain import deadlines
from clerk_app.ui.pickups.reminders import PICKUP_ID_ROLE, RemindersView
from tests.helpers.gui import wait_until


def ready_ids_older_than(ctx, hours):
    """What the list must show, straight from the cache: ready pickups ready `hours` or more ago, oldest first."""
    cutoff = ctx.now() - timedelta(hours=hours)
    ready = [p for p in ctx.reader.pickups("ready", 100_000) if deadlines.parse(p["ready_at"]) <= cutoff]
    return [p["id"] for p in sorted(ready, key=lambda p: (p["ready_at"], p["id"]))]


def listed(view):
    model = view.model
    while model.canFetchMore():
        model.fetchMore()
    return [model.index(r, 0).data(PICKUP_ID_ROLE) for r in range(model.rowCount())]


def last_reminder(view, pickup_id):
    shown = view.model.data(view.model.index(view.model.row_of(pickup_id), view.model.LAST))
    return shown.strip("\u2068\u2069")  # the bidi isolation around it


def server_pickup(live_api, pickup_id):
    with live_api.database.read() as conn:
        return db.loads(conn.execute(select(db.pickups.c.data).where(db.pickups.c.id == pickup_id)).scalar_one())


def server_kinds(live_api, pickup_id):
    """The kinds of every notice the server records for the pickup (its own notifications list)."""
    return [n["kind"] for n in server_pickup(live_api, pickup_id)["notifications"]]


def test_the_list_shows_exactly_the_ready_pickups_waiting_longer_than_n_hours(qtbot, live_api, signed_in_window):
    window = signed_in_window
    ctx, page = window.ctx, window.pickups
    window.show_page("pickups")
    page.reminders_button.click()
    assert page.current_view == "reminders"
    view = page.reminders
    assert view.isVisible() and view.hours.value() == 24
    expected = ready_ids_older_than(ctx, 24)
    assert [r.pickup["id"] for r in view.model.found] == expected
    assert listed(view) == expected
    assert view.summary.text() == f"{len(expected)} {'order' if len(expected) == 1 else 'orders'} waiting"  # plural

    # A threshold between the waiting times, so it must leave some ready pickups out.
    waited = sorted((ctx.now() - deadlines.parse(p["ready_at"])).total_seconds() / 3600
                    for p in ctx.reader.pickups("ready", 100_000))
    hours = int(waited[len(waited) // 2]) + 1
    view.hours.setValue(hours)
    longer = ready_ids_older_than(ctx, hours)
    assert listed(view) == longer and 0 < len(longer) < len(waited)
    again = RemindersView(ctx)  # the threshold is remembered on this computer
    qtbot.addWidget(again)
    assert again.hours.value() == hours

    # A double-click opens the pickup in the queue.
    first = view.model.index(0, 0)
    view.table.doubleClicked.emit(first)
    assert page.current_view == "queue" and page.detail.pickup["id"] == longer[0]


def test_bulk_send_queues_one_reminder_per_ticked_pickup_and_the_server_records_each(qtbot, live_api, signed_in_window):
    window = signed_in_window
    ctx, page = window.ctx, window.pickups
    window.show_page("pickups")
    page.show_view("reminders")
    view = page.reminders
    view.none_button.click()
    assert view.model.checked == set() and not view.send_button.isEnabled()
    chosen = [r.pickup["id"] for r in view.model.found[:3]]
    for row in range(3):
        view.model.setData(view.model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert view.send_button.text() == "Send reminder to 3 customers" and view.send_button.isEnabled()
    before = {pid: server_kinds(live_api, pid).count("reminder") for pid in chosen}

    ctx.sync.set_work_offline(True)  # hold the queue so the rows can be read
    with qtbot.waitSignal(view.sent, timeout=5000) as sent:
        view.send_button.click()
    assert sent.args == [3] and len(ctx.reader.pending()) == 3
    rows = ctx.reader.pending()
    assert sorted(r["args"]["pickup_id"] for r in rows) == sorted(chosen)
    assert {(r["name"], r["args"]["kind"], r["acted_by"]) for r in rows} == {
        ("pickup.notify.v1", "reminder", ctx.staff["id"])}
    assert view.model.checked == set()  # sent ones are unticked
    assert all(last_reminder(view, pid) == "Queued, waiting to sync" for pid in chosen)

    ctx.sync.set_work_offline(False)
    wait_until(qtbot, lambda: not ctx.reader.pending(), 20_000)
    for pid in chosen:
        assert server_kinds(live_api, pid).count("reminder") == before[pid] + 1
    wait_until(qtbot, lambda: all(last_reminder(view, pid) == "just now" for pid in chosen), 10_000)
    assert ctx.reader.conflicts() == []


def test_re_sending_the_ready_notice_shows_at_once_then_as_the_servers(qtbot, live_api, signed_in_window):
    window = signed_in_window
    ctx = window.ctx
    pickup = ctx.reader.pickups("ready", 1)[0]
    window.open_record("pickup", pickup["id"], {})
    detail = window.pickups.detail
    assert detail.resend_button.isVisible() and detail.remind_button.isVisible()
    sent_before = len(pickup["notifications"])

    ctx.sync.set_work_offline(True)
    detail.resend_button.click()
    wait_until(qtbot, lambda: len(detail.notification_lines(detail.pickup)) == sent_before + 1, 5000)
    text, waiting = detail.notification_lines(detail.pickup)[-1]
    assert waiting and text.startswith("Ready notice · waiting to sync")
    assert "Ready notice · waiting to sync" in detail.notifications.text()

    ctx.sync.set_work_offline(False)
    wait_until(qtbot, lambda: not detail.pickup["pending"] and len(detail.pickup["notifications"]) == sent_before + 1,
               20_000)
    text, waiting = detail.notification_lines(detail.pickup)[-1]
    # Sent by the customer's own channel (the seeded data decides which): no longer "waiting to sync".
    assert not waiting and text.split(" · ")[:2][0] == "Ready notice"
    assert text.split(" · ")[1] in ("by email", "by text message", "by phone", "in the app")
    server = server_pickup(live_api, pickup["id"])
    assert [n["kind"] for n in server["notifications"]].count("ready") == [
        n["kind"] for n in pickup["notifications"]].count("ready") + 1
    assert detail.pickup["notifications"] == server["notifications"]  # the server's list, every notice
