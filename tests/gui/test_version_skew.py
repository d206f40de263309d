"""What a counter shows when it and the store server are of different versions: values a newer server
added read plainly, and a server that needs a newer Clerk is told in the status bar and to the staff."""

from __future__ import annotations

from clerk_app.sync.connectivity import ConnectionState
from clerk_app.ui.customers.history import OrderRole
from tests.helpers.gui import wait_until
from tests.integration.test_version_skew import _newer_servers_values, live_api  # noqa: F401 - the fixture


def _window(qtbot, live_api, counter):  # noqa: F811 - live_api is the fixture imported above
    from clerk_app.ui.main_window import MainWindow
    from tests.helpers.gui import sign_in, wait_online_and_synced

    wait_online_and_synced(qtbot, counter.ctx)
    window = MainWindow(counter.ctx)
    qtbot.addWidget(window)
    staff = sign_in(counter.ctx, live_api.store(0)["associates"][0])
    window.show()
    qtbot.waitExposed(window)
    return window, staff


def test_values_a_newer_server_added_read_plainly_on_screen(qtbot, live_api, make_gui_counter):  # noqa: F811
    counter = make_gui_counter(health_check_seconds=1.0)  # notices the cut link within a second
    window, _ = _window(qtbot, live_api, counter)
    ctx = window.ctx
    made = _newer_servers_values(live_api, ctx.store_id)
    wait_until(qtbot, lambda: ctx.reader.pickup(made["pickup"]["id"]) is not None)  # the long-poll brought it
    # Read from this computer's cache: the reference server itself has no words for these values, and
    # would refuse to send them to a live look-up.
    counter.go_offline()
    wait_until(qtbot, lambda: ctx.connection_state != ConnectionState.ONLINE, 20_000)

    ctx.navigate.emit("customer", made["customer"]["id"], {})
    view = window.customers.view
    assert view.header.tier.text() == "Diamond" and view.header.tier.isVisibleTo(view)
    model = view.history

    def order_row() -> int | None:
        return next((r for r in range(model.rowCount())
                     if model.index(r, 0).data(OrderRole)["id"] == made["order"]["id"]), None)

    wait_until(qtbot, lambda: order_row() is not None)
    texts = [model.index(order_row(), c).data() for c in range(model.columnCount())]
    assert {"Marketplace", "Awaiting payment", "Locker"} <= set(texts)

    ctx.navigate.emit("pickup", made["pickup"]["id"], {})
    detail = window.pickups.detail
    assert detail.status.text() == "On hold"
    assert detail.notification_lines(ctx.reader.pickup(made["pickup"]["id"]))[0][0].startswith("Payment link · by text message")


def test_a_server_that_needs_a_newer_clerk_is_told_in_the_status_bar_and_nothing_is_lost(
        qtbot, live_api, make_gui_counter):  # noqa: F811
    counter = make_gui_counter(update_retry_seconds=0.5)
    window, staff = _window(qtbot, live_api, counter)
    ctx = counter.ctx
    pickup = ctx.reader.pickups("new", limit=1)[0]

    live_api.app.state.min_client_version = "99.0"
    ctx.perform(lambda: ctx.actions.start_picking(pickup["id"], staff["id"]), changes={"pickup"})
    wait_until(qtbot, lambda: ctx.connection_state == ConnectionState.UPDATE_REQUIRED)
    wait_until(qtbot, lambda: window.connection.pill.text() == "● Update Clerk")
    assert "newer Clerk" in window.connection.pill.toolTip()
    # The banner's message is posted on the same state change, and shown when the window handles it (a
    # moment after the pill under load); the queue's count is refreshed on its own.
    wait_until(qtbot, lambda: window.banner.isVisible() and "must be updated" in window.banner.text.text())
    wait_until(qtbot, lambda: "waiting to sync" in window.connection.queue.text())
    assert ctx.reader.depth() == 1 and ctx.reader.pickup(pickup["id"])["pending"] is True

    live_api.app.state.min_client_version = None  # Clerk updated, or the server's minimum lowered
    wait_until(qtbot, lambda: ctx.connection_state == ConnectionState.ONLINE and ctx.reader.depth() == 0)
    assert ctx.reader.pickup(pickup["id"])["status"] == "picking"


def test_a_value_without_words_reads_as_the_server_spells_it_or_other(qapp):
    from clerk_app.ui.common.format import server_word

    assert [server_word(v) for v in ("marketplace", "on_hold", "click-and-collect", "B2B")] == \
        ["Marketplace", "On hold", "Click and collect", "B2B"]
    assert server_word("Sarah <sarah@example.com>") == "Other" and server_word(5) == "Other"
    assert server_word(None) == "" and server_word("") == ""
