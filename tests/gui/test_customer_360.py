"""The customer 360: cart with this store's stock, paged cross-channel history, offline notes, live refresh."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QLabel

from clerk_app.sync.connectivity import ConnectionState
from clerk_app.ui.customers.page import CustomersPage
from tests.helpers.gui import wait_until


def open_customer(qtbot, window, customer_id):
    """Open through the context, as every screen does, and wait for the server's background refresh."""
    view = window.customers.view
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        window.ctx.navigate.emit("customer", customer_id, {})
    return view


def test_the_cart_shows_this_stores_stock_per_line_and_the_history_every_channel(qtbot, signed_in_window):
    window = signed_in_window
    ctx = window.ctx
    cart = ctx.reader.connection.execute(
        "SELECT customer_id FROM carts WHERE status = 'active' ORDER BY json_array_length(data, '$.lines') DESC LIMIT 1"
    ).fetchone()
    customer_id = cart[0]
    view = open_customer(qtbot, window, customer_id)
    assert window.current_page() == "customers"
    assert view.header.name.text() == ctx.reader.customer(customer_id)["display_name"]
    assert view.header.freshness.text().startswith("Up to date")

    cached = ctx.reader.carts_with_stock(customer_id)[0]
    skus = [line["sku"] for line in cached["lines"]]
    server_stock = {item["sku"]: item["available"] for item in ctx.staff_api.inventory(ctx.store_id, skus)}
    assert [line["sku"] for line in view.cart.lines] == skus
    for line in cached["lines"]:
        label = view.cart.stock_labels[line["sku"]]
        assert label.property("available") == line["available"] == server_stock[line["sku"]]
        assert str(line["available"]) in label.text()

    orders = ctx.staff_api.orders(customer_id, 50).items
    shown = view.history.orders()
    assert [o["id"] for o in shown] == [o["id"] for o in orders]
    channel_column = [view.history.index(r, 2).data() for r in range(view.history.rowCount())]
    assert channel_column == [{"web": "Web", "app": "App", "store": "In store", "phone": "Phone"}[o["channel"]]
                              for o in orders]
    first = view.history.index(0, 0)
    assert view.history.rowCount(first) == len(orders[0]["lines"])
    line = orders[0]["lines"][0]
    assert f"{line['quantity']} × {line['name']}" in view.history.index(0, 0, first).data()


def test_the_history_pages_through_the_cache_then_the_server(qtbot, live_api, signed_in_window):
    ctx = signed_in_window.ctx
    customer_id, cached_count = ctx.reader.connection.execute(
        "SELECT customer_id, count(*) AS n FROM orders GROUP BY customer_id ORDER BY n DESC LIMIT 1").fetchone()
    page = CustomersPage(ctx, orders_page_size=4)
    qtbot.addWidget(page)
    model, root = page.view.history, QModelIndex()
    with qtbot.waitSignal(page.view.refreshed, timeout=10_000):
        page.open_customer(customer_id)
        # One page at first; the view asks for more later, as far as its viewport needs.
        assert model.rowCount() == 4 < cached_count
        assert model.canFetchMore(root)

    everything = []
    cursor = None
    while True:  # the server's complete history, older orders than the cache keeps included
        reply = ctx.staff_api.orders(customer_id, 50, cursor)
        everything += reply.items
        if not (cursor := reply.next_cursor):
            break

    def scrolled_to_the_end():
        if model.canFetchMore(root):
            model.fetchMore(root)  # what the view does when its scroll bar reaches the end
        return model.rowCount() == len(everything) and not model.canFetchMore(root)

    wait_until(qtbot, scrolled_to_the_end, 10_000)
    assert [o["id"] for o in model.orders()] == [o["id"] for o in everything]


def test_a_note_added_offline_waits_to_sync_then_reaches_the_server_once(qtbot, signed_in_window):
    window = signed_in_window
    ctx = window.ctx
    customer_id = ctx.reader.search_customers("a", 1)[0]["id"]
    view = open_customer(qtbot, window, customer_id)
    ctx.transport.set_connected(False)
    # The header follows the connection state's signal, however the drop is noticed.
    wait_until(qtbot, lambda: view.header.freshness.text().startswith("Offline — as of"), 20_000)
    assert ctx.connection_state != ConnectionState.ONLINE

    body = "Wants the blue one in size 40 — call when it arrives."
    view.notes.input.setPlainText(body)
    view.notes.add_button.click()
    wait_until(qtbot, lambda: any(n["body"] == body for n in view.notes.notes), 5000)
    note = next(n for n in view.notes.notes if n["body"] == body)
    assert note["pending"]
    assert view.notes.input.toPlainText() == ""
    # The note's new row shows once Qt has run the layout's queued show of it.
    wait_until(qtbot, lambda: [label.text() for label in _pending_marks(view)] == ["Waiting to sync"], 2000)

    ctx.transport.set_connected(True)
    ctx.sync.wake()
    wait_until(qtbot, lambda: any(n["body"] == body and not n["pending"] for n in view.notes.notes), 20_000)
    assert not _pending_marks(view)
    assert [n["body"] for n in ctx.staff_api.notes(customer_id)].count(body) == 1


def _pending_marks(view):
    return [label for label in view.notes.findChildren(QLabel, "Pending") if label.isVisibleTo(view)]


def test_a_customer_this_computer_does_not_keep_opens_from_the_server(qtbot, live_api, signed_in_window):
    window = signed_in_window
    ctx = window.ctx
    with live_api.database.read() as conn:
        ids = [row[0] for row in conn.exec_driver_sql("SELECT id FROM customers ORDER BY id")]
    customer_id = next(i for i in ids if ctx.reader.customer(i) is None)
    view = open_customer(qtbot, window, customer_id)
    server = ctx.staff_api.customer(customer_id)
    assert view.header.name.text() == server["display_name"]
    assert view.header.freshness.text() == "From the server · not kept on this computer"
    assert [o["id"] for o in view.history.orders()] == [o["id"] for o in ctx.staff_api.orders(customer_id, 25).items]
