"""Manager actions against the real server: an associate's cancel, no-show and restock need a manager's password
on the spot (checked against this computer's verifier, so offline too) and are queued in the manager's name;
a manager's own session acts directly; no-show is offered only past collect-by."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintPreviewDialog
from sqlalchemy import select

from central_api import db
from clerk_app.api.client import ApiClient
from clerk_app.domain import deadlines
from clerk_app.sync.backoff import Backoff
from clerk_app.sync.connectivity import ConnectionState
from clerk_app.ui.common import staff_auth
from clerk_app.ui.common.approval import ApprovalDialog
from clerk_app.ui.common.language import ltr
from clerk_app.ui.main_window import MainWindow
from clerk_app.ui.pickups.manager_actions import CancelDialog, ConfirmDialog
from tests.helpers.api import PASSWORD
from tests.helpers.gui import sign_in, wait_online_and_synced, wait_until


def open_window(qtbot, live_api, counter, username):
    wait_online_and_synced(qtbot, counter.ctx)
    window = MainWindow(counter.ctx)
    qtbot.addWidget(window)
    sign_in(counter.ctx, username)
    window.show()
    qtbot.waitExposed(window)
    return window


def manager_signed_in_here_once(live_api, ctx):
    """The manager signs in on this computer (as the sign-in screen does), leaving their offline verifier."""
    manager = live_api.store(0)["manager"]
    api = ApiClient(ctx.settings.api_url, transport=ctx.transport)  # not the associate's session
    try:
        outcome = staff_auth.sign_in(api, ctx.device.cache, manager, PASSWORD, ctx.settings.device_id, ctx.now(),
                                     default_hours=72)
    finally:
        api.close()
    assert outcome.ok and not outcome.offline
    return outcome.staff


def server_pickup(live_api, pickup_id):
    with live_api.database.read() as conn:
        return db.loads(conn.execute(select(db.pickups.c.data).where(db.pickups.c.id == pickup_id)).scalar_one())


def queued(ctx, name):
    return [row for row in ctx.reader.pending() if row["name"] == name]


def approve(qtbot, dialog, password):
    """Type a password into the approval dialog; the verdict (the hash runs off the GUI thread): True if approved."""
    dialog.password.setText(password)
    with qtbot.waitSignal(dialog.checked, timeout=10_000) as verdict:
        dialog.approve_button.click()
    return verdict.args[0]


def test_an_associates_cancel_needs_a_managers_password_and_is_queued_as_the_manager_even_offline(
        qtbot, live_api, make_gui_counter):
    counter = make_gui_counter(backoff=Backoff(base=0.2, cap=1.0))
    ctx = counter.ctx
    window = open_window(qtbot, live_api, counter, live_api.store(0)["associates"][0])
    manager = manager_signed_in_here_once(live_api, ctx)
    pickup = ctx.reader.pickups("new", 1)[0]
    counter.go_offline()  # the verifier is on this computer: approving needs no server
    wait_until(qtbot, lambda: ctx.connection_state == ConnectionState.OFFLINE, 20_000)
    window.open_record("pickup", pickup["id"], {})
    detail = window.pickups.detail
    section = detail.manager
    assert section.isVisible() and section.cancel_button.isVisible() and section.note.isVisible()
    assert not section.no_show_button.isVisible() and not section.restock_button.isVisible()

    section.cancel_button.click()
    reason = detail.dialog
    assert isinstance(reason, CancelDialog)
    reason.ok.click()  # no reason chosen: refused in the form
    assert reason.isVisible() and reason.error.isVisible()
    reason.choose(2)
    reason.details.setText("card declined")
    reason.ok.click()
    approval = detail.dialog
    assert isinstance(approval, ApprovalDialog) and approval.isVisible()
    assert approval.heading.text() == f"A manager must approve: Cancel order for order {ltr(pickup['order_number'])}"
    assert approval.manager_box.currentData() == manager["username"]

    assert approve(qtbot, approval, "not-the-password") is False
    assert approval.isVisible() and "doesn't match" in approval.error.text()
    assert queued(ctx, "pickup.cancel.v1") == [] and ctx.reader.pickup(pickup["id"])["status"] == "new"

    assert approve(qtbot, approval, PASSWORD) is True
    assert detail.dialog is None  # accepted and gone
    wait_until(qtbot, lambda: queued(ctx, "pickup.cancel.v1"), 5000)
    (row,) = queued(ctx, "pickup.cancel.v1")
    assert row["acted_by"] == manager["id"] != ctx.staff["id"]
    assert row["args"] == {"pickup_id": pickup["id"], "reason": "Payment problem: card declined"}
    wait_until(qtbot, lambda: detail.status.text() == "Cancelled" and detail.pending.isVisible(), 5000)
    assert not section.isVisible()  # nothing left to do on a cancelled order

    counter.go_online()
    wait_until(qtbot, lambda: not ctx.reader.pickup(pickup["id"])["pending"], 20_000)
    server = server_pickup(live_api, pickup["id"])
    assert server["status"] == "cancelled" and server["cancel_reason"] == "Payment problem: card declined"
    assert ctx.reader.conflicts() == []


def test_a_managers_own_session_cancels_without_the_approval_dialog(qtbot, live_api, make_gui_counter):
    counter = make_gui_counter()
    ctx = counter.ctx
    manager = live_api.store(0)["manager"]
    window = open_window(qtbot, live_api, counter, manager)
    pickup = ctx.reader.pickups("picking", 1)[0]
    window.open_record("pickup", pickup["id"], {})
    detail = window.pickups.detail
    assert detail.manager.cancel_button.isVisible() and not detail.manager.note.isVisible()
    detail.manager.cancel_button.click()
    reason = detail.dialog
    ctx.sync.set_work_offline(True)  # hold the queue so its row can be read
    reason.choose(0)
    reason.ok.click()
    assert detail.dialog is None  # no approval step: the manager is the one acting
    wait_until(qtbot, lambda: queued(ctx, "pickup.cancel.v1"), 5000)
    assert [r["acted_by"] for r in queued(ctx, "pickup.cancel.v1")] == [live_api.staff_id(manager)] == [ctx.staff["id"]]
    ctx.sync.set_work_offline(False)
    wait_until(qtbot, lambda: server_pickup(live_api, pickup["id"])["status"] == "cancelled", 20_000)
    assert server_pickup(live_api, pickup["id"])["cancel_reason"] == "The customer asked to cancel"


def test_no_show_is_offered_only_past_collect_by_then_restock_both_approved_by_a_manager(
        qtbot, live_api, make_gui_counter):
    counter = make_gui_counter()
    ctx = counter.ctx
    window = open_window(qtbot, live_api, counter, live_api.store(0)["associates"][0])
    now = ctx.now()
    waiting = [p for p in ctx.reader.pickups("ready", 500) if deadlines.parse(p["pickup_by"]) > now]
    pickup = min(waiting, key=lambda p: p["pickup_by"])
    window.open_record("pickup", pickup["id"], {})
    detail = window.pickups.detail
    assert detail.manager.cancel_button.isVisible() and not detail.manager.no_show_button.isVisible()

    live_api.clock.advance((deadlines.parse(pickup["pickup_by"]) - now).total_seconds() + 60)
    window.pickups.tick()
    assert detail.manager.no_show_button.isVisible()
    manager = manager_signed_in_here_once(live_api, ctx)  # signed in recently enough for the verifier to count
    detail.manager.no_show_button.click()
    approval = detail.dialog
    assert isinstance(approval, ApprovalDialog)
    assert approval.heading.text().startswith("A manager must approve: Mark no-show for order")
    ctx.sync.set_work_offline(True)  # hold the queue so its rows can be read
    assert approve(qtbot, approval, PASSWORD) is True
    wait_until(qtbot, lambda: detail.manager.restock_button.isVisible(), 5000)  # at once, from the optimistic effect
    assert not detail.manager.no_show_button.isVisible() and not detail.manager.cancel_button.isVisible()
    detail.manager.restock_button.click()
    assert approve(qtbot, detail.dialog, PASSWORD) is True
    wait_until(qtbot, lambda: len(ctx.reader.pending()) == 2, 5000)
    assert [(r["name"], r["acted_by"]) for r in ctx.reader.pending()] == [
        ("pickup.mark_no_show.v1", manager["id"]), ("pickup.restock.v1", manager["id"])]
    ctx.sync.set_work_offline(False)
    wait_until(qtbot, lambda: server_pickup(live_api, pickup["id"])["status"] == "restocked", 20_000)
    wait_until(qtbot, lambda: not detail.manager.isVisible(), 10_000)
    assert ctx.reader.conflicts() == []


def test_a_manager_confirms_their_own_no_show(qtbot, live_api, make_gui_counter):
    counter = make_gui_counter()
    ctx = counter.ctx
    window = open_window(qtbot, live_api, counter, live_api.store(0)["manager"])
    pickup = ctx.reader.past_collect_by(ctx.now())[0]
    window.open_record("pickup", pickup["id"], {})
    detail = window.pickups.detail
    detail.manager.no_show_button.click()
    confirm = detail.dialog
    assert isinstance(confirm, ConfirmDialog)
    confirm.reject()
    assert queued(ctx, "pickup.mark_no_show.v1") == [] and ctx.reader.pickup(pickup["id"])["status"] == "ready"
    detail.manager.no_show_button.click()
    detail.dialog.ok.click()
    wait_until(qtbot, lambda: server_pickup(live_api, pickup["id"])["status"] == "no_show", 20_000)


def test_without_a_manager_signed_in_here_the_approval_says_so_and_nothing_is_queued(qtbot, live_api, make_gui_counter):
    counter = make_gui_counter(start=False)  # nothing here needs the sync running
    ctx = counter.ctx
    ctx.start()
    window = open_window(qtbot, live_api, counter, live_api.store(0)["associates"][0])
    pickup = ctx.reader.pickups("ready", 1)[0]
    window.open_record("pickup", pickup["id"], {})
    detail = window.pickups.detail
    detail.manager.cancel_button.click()
    dialog = detail.dialog
    assert isinstance(dialog, ApprovalDialog) and not dialog.has_managers
    assert dialog.approve_button is None
    assert "A manager must sign in on this computer once before they can approve here" in dialog.none_here.text()
    dialog.reject()
    assert queued(ctx, "pickup.cancel.v1") == []


def test_the_print_buttons_open_qts_preview_of_the_slip_and_the_bag_label(qtbot, live_api, signed_in_window):
    window = signed_in_window
    pickup = window.ctx.reader.pickups("ready", 1)[0]
    window.open_record("pickup", pickup["id"], {})
    detail = window.pickups.detail
    for button, title in ((detail.slip_button, "slip"), (detail.label_button, "label")):
        assert button.isVisible()
        button.click()
        dialog = detail.findChild(QPrintPreviewDialog)
        assert dialog is not None
        wait_until(qtbot, dialog.isVisible, 5000)
        assert pickup["order_number"] in dialog.windowTitle() and title in dialog.windowTitle().lower()
        dialog.close()
        wait_until(qtbot, lambda: detail.findChild(QPrintPreviewDialog) is None, 5000)


def test_five_wrong_manager_passwords_lock_approval_for_a_while_even_for_the_right_one(
        qtbot, live_api, make_gui_counter):
    counter = make_gui_counter()
    ctx = counter.ctx
    window = open_window(qtbot, live_api, counter, live_api.store(0)["associates"][0])
    manager_signed_in_here_once(live_api, ctx)
    pickup = ctx.reader.pickups("ready", 1)[0]
    window.open_record("pickup", pickup["id"], {})
    detail = window.pickups.detail
    detail.manager.cancel_button.click()
    detail.dialog.choose(1)
    detail.dialog.ok.click()
    approval = detail.dialog
    for _ in range(5):
        assert approve(qtbot, approval, "guess") is False
        assert "doesn't match" in approval.error.text()
    assert approve(qtbot, approval, PASSWORD) is False
    assert approval.isVisible() and approval.error.text().startswith("Too many wrong passwords. Try again in 15 minute")
    assert queued(ctx, "pickup.cancel.v1") == []
    live_api.clock.advance(15 * 60)
    assert approve(qtbot, approval, PASSWORD) is True
    wait_until(qtbot, lambda: server_pickup(live_api, pickup["id"])["status"] == "cancelled", 20_000)
