"""The search bar: local results as you type, the server's merged in, keyboard navigation, and scanner input."""

from __future__ import annotations

from PySide6.QtCore import Qt

from clerk_app.domain.scan import pickup_qr_payload
from clerk_app.sync.connectivity import ConnectionState
from clerk_app.ui.customers.results import LOCAL, SERVER
from clerk_app.ui.customers.search_bar import DEBOUNCE_MS, SCAN_GAP_MS
from tests.helpers.gui import wait_until

SLOW_MS = SCAN_GAP_MS * 3  # a person's pace between keys


def wire(window):
    """The main window's connection of the search bar to the Customers page (a no-op once the window makes it)."""
    if window.customers.search_bar is not window.search_bar:
        window.customers.attach_search_bar(window.search_bar)
        window.search_bar.query_changed.connect(lambda _q: window.show_page("customers"))
    return window


def focus_search(qtbot, window):
    window.activateWindow()
    window.focus_search()
    wait_until(qtbot, window.search_bar.hasFocus, 2000)


def prefix_with_server_extras(ctx):
    """A name word some cached customers have and some customers of other stores (only on the server) have too."""
    for customer in ctx.reader.search_customers("a", 50) + ctx.reader.search_customers("s", 50):
        word = customer["display_name"].split()[0]
        local = {c["id"] for c in ctx.reader.search_customers(word, 50)}
        server = {c["id"] for c in ctx.staff_api.search_customers(word, 50).items}
        if local and server - local and len(local | server) <= 50:
            return word, local, server
    raise AssertionError("the seeded network has no name shared by this store's customers and another's")


def test_typing_shows_local_results_at_once_then_merges_the_servers_without_duplicates(qtbot, signed_in_window):
    window = wire(signed_in_window)
    ctx = window.ctx
    word, local, server = prefix_with_server_extras(ctx)
    window.show_page("pickups")
    focus_search(qtbot, window)
    with qtbot.waitSignal(window.search_bar.query_changed, timeout=DEBOUNCE_MS + 1000):
        qtbot.keyClicks(window.search_bar, word)
    model = window.customers.model
    # The cache's answer is on screen as soon as the query is out, before any reply from the server.
    assert window.current_page() == "customers"
    assert model.ids() == [c["id"] for c in ctx.reader.search_customers(word, 50)]
    assert set(model.sources()) == {LOCAL}
    wait_until(qtbot, lambda: SERVER in model.sources(), 10_000)
    ids = model.ids()
    assert len(ids) == len(set(ids))
    assert set(ids) == local | server
    assert ids[:len(local)] == [c["id"] for c in ctx.reader.search_customers(word, 50)]  # local first, in its order
    assert {i for i, s in zip(ids, model.sources(), strict=True) if s == SERVER} == server - local
    assert "from the server" in window.customers.status.text()


def test_a_server_reply_for_an_older_query_is_dropped(qtbot, signed_in_window):
    window = wire(signed_in_window)
    ctx, page = window.ctx, window.customers
    first, first_local, first_server = prefix_with_server_extras(ctx)
    with qtbot.waitSignal(page._remote_timer.timeout, timeout=2000):
        page.show_results(first)
    # The server is being asked about `first`; the clerk has typed on before it answers.
    page.show_results("zzzz-nobody")
    wait_until(qtbot, lambda: page._remote_state == "done", 10_000)
    qtbot.wait(200)  # let the older reply arrive too
    assert page.model.rowCount() == 0
    assert not set(page.model.ids()) & (first_server | first_local)


def test_offline_the_results_say_they_come_from_this_computer_only(qtbot, signed_in_window):
    window = wire(signed_in_window)
    ctx = window.ctx
    ctx.transport.set_connected(False)
    wait_until(qtbot, lambda: ctx.connection_state != ConnectionState.ONLINE, 20_000)
    word, *_ = ctx.reader.search_customers("a", 1)[0]["display_name"].split()
    window.customers.show_results(word)
    assert window.customers.model.rowCount() > 0
    assert set(window.customers.model.sources()) == {LOCAL}
    assert "Offline — from this computer only" in window.customers.status.text()
    ctx.transport.set_connected(True)


def test_down_enter_and_escape_move_between_the_bar_and_the_results_and_open_the_360(qtbot, signed_in_window):
    window = wire(signed_in_window)
    page = window.customers
    word = window.ctx.reader.search_customers("s", 1)[0]["display_name"].split()[0]
    focus_search(qtbot, window)
    qtbot.keyClicks(window.search_bar, word)
    wait_until(qtbot, lambda: page.model.rowCount() >= 1, 2000)
    qtbot.keyClick(window.search_bar, Qt.Key.Key_Down)
    assert page.results.hasFocus()
    assert page.results.currentIndex().row() == 0
    if page.model.rowCount() > 1:
        qtbot.keyClick(page.results, Qt.Key.Key_Down)
    chosen = page.model.ids()[page.results.currentIndex().row()]
    qtbot.keyClick(page.results, Qt.Key.Key_Return)
    assert window.current_page() == "customers"
    assert page.stack.currentWidget() is page.view
    assert page.view.customer_id == chosen
    assert page.view.header.name.text() == window.ctx.reader.customer(chosen)["display_name"]
    qtbot.keyClick(page.results, Qt.Key.Key_Escape)
    assert window.search_bar.hasFocus()


def test_typing_slowly_and_pressing_enter_opens_the_first_result(qtbot, signed_in_window):
    window = wire(signed_in_window)
    ctx = window.ctx
    word = ctx.reader.search_customers("m", 1)[0]["display_name"].split()[0]
    focus_search(qtbot, window)
    qtbot.keyClicks(window.search_bar, word, delay=SLOW_MS)
    with qtbot.waitSignal(ctx.navigate, timeout=2000) as opened:
        qtbot.keyClick(window.search_bar, Qt.Key.Key_Return)
    assert opened.args == ["customer", ctx.reader.search_customers(word, 1)[0]["id"], {}]
    assert window.customers.view.customer_id == opened.args[1]


def test_a_scanned_pickup_qr_code_opens_that_pickup_with_its_code_filled(qtbot, signed_in_window):
    window = wire(signed_in_window)
    ctx = window.ctx
    pickup = ctx.reader.pickups("ready", limit=1)[0]
    focus_search(qtbot, window)
    qtbot.keyClicks(window.search_bar, "Sar", delay=SLOW_MS)  # someone had started typing
    with qtbot.waitSignal(ctx.navigate, timeout=2000) as opened:
        qtbot.keyClicks(window.search_bar, pickup_qr_payload(pickup["order_number"], pickup["pickup_code"]))
        qtbot.keyClick(window.search_bar, Qt.Key.Key_Return)
    assert opened.args == ["pickup", pickup["id"], {"code": pickup["pickup_code"]}]
    assert window.current_page() == "pickups"
    assert window.search_bar.text() == pickup_qr_payload(pickup["order_number"], pickup["pickup_code"])


def test_a_scanned_loyalty_card_opens_its_customer(qtbot, signed_in_window):
    window = wire(signed_in_window)
    ctx = window.ctx
    customer = next(c for c in ctx.reader.search_customers("a", 50) if c.get("loyalty_id"))
    focus_search(qtbot, window)
    with qtbot.waitSignal(ctx.navigate, timeout=2000) as opened:
        qtbot.keyClicks(window.search_bar, customer["loyalty_id"].lower())
        qtbot.keyClick(window.search_bar, Qt.Key.Key_Return)
    assert opened.args == ["customer", customer["id"], {}]
    assert window.customers.view.customer_id == customer["id"]
    assert window.customers.view.header.name.text() == customer["display_name"]


def test_an_order_number_opens_its_pickup_or_else_its_customer_even_typed_slowly(qtbot, signed_in_window):
    window = wire(signed_in_window)
    ctx = window.ctx
    pickup = ctx.reader.pickups("new", limit=1)[0]
    row = ctx.reader.connection.execute(
        "SELECT number, customer_id FROM orders WHERE number NOT IN (SELECT order_number FROM pickups) LIMIT 1").fetchone()
    focus_search(qtbot, window)
    with qtbot.waitSignal(ctx.navigate, timeout=2000) as opened:
        qtbot.keyClicks(window.search_bar, pickup["order_number"])
        qtbot.keyClick(window.search_bar, Qt.Key.Key_Return)
    assert opened.args == ["pickup", pickup["id"], {}]
    window.focus_search()
    with qtbot.waitSignal(ctx.navigate, timeout=2000) as opened:
        qtbot.keyClicks(window.search_bar, row[0], delay=SLOW_MS)
        qtbot.keyClick(window.search_bar, Qt.Key.Key_Return)
    assert opened.args == ["customer", row[1], {}]


def test_an_unknown_scan_is_told_and_opens_nothing(qtbot, signed_in_window):
    window = wire(signed_in_window)
    ctx = window.ctx
    opened = []
    ctx.navigate.connect(lambda *args: opened.append(args))
    focus_search(qtbot, window)
    with qtbot.waitSignal(ctx.messages.posted, timeout=2000) as told:
        qtbot.keyClicks(window.search_bar, "ZQ-4006381")  # no code Clerk knows (product barcodes: tests/gui/test_stock.py)
        qtbot.keyClick(window.search_bar, Qt.Key.Key_Return)
    assert told.args[0] == "warning"
    assert "ZQ-4006381" in told.args[1] and "not a pickup code" in told.args[1]
    assert window.banner.isVisible()
    assert opened == []
