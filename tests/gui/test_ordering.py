"""Ordering for a customer (issue 19): "Order for pickup at…" and "Add to the customer's online cart", queued
like every counter action, against the real reference server: the pickup reaches the collecting store's feed
exactly once, the order waits to sync in the customer's history and the server's replaces it, offline too;
another counter taking the last one first becomes a conflict with the store's stock now; cart lines this store
has none of offer "Find in other stores" and "Order for pickup at…"."""

from __future__ import annotations

import json
import uuid
from typing import Any

from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from central_api import db, entities
from clerk_app.sync.connectivity import ConnectionState
from clerk_app.ui.ordering.dialogs import AddToCartDialog, OrderForPickupDialog
from tests.gui.test_customer_360 import open_customer
from tests.helpers.gui import wait_until


def _changes_after(client: Any, store_id: str, cursor: str | None = None) -> tuple[list[dict[str, Any]], str]:
    """Every change of a store's feed after `cursor` (read with that store's device token), and the last cursor."""
    found: list[dict[str, Any]] = []
    while True:
        reply = client.get(f"/v1/stores/{store_id}/changes", params={"limit": 2000, **({"cursor": cursor} if cursor else {})})
        assert reply.status_code == 200, reply.text
        page = reply.json()
        found += page["changes"]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return found, cursor


def _sku_with(live_api: Any, store_id: str, at_least: int) -> str:
    i = db.inventory.c
    with live_api.database.read() as conn:
        rows = [json.loads(t) for t in conn.execute(select(i.data).where(i.store_id == store_id).order_by(i.sku)).scalars()]
    return next(r["sku"] for r in rows if r["available"] >= at_least)


def _server_orders(live_api: Any, order_id: str) -> list[dict[str, Any]]:
    o = db.orders.c
    with live_api.database.read() as conn:
        return [json.loads(t) for t in conn.execute(select(o.data).where(o.id == order_id)).scalars()]


def _customer_with_orders(ctx: Any) -> str:
    return ctx.reader.connection.execute(
        "SELECT customer_id FROM orders GROUP BY customer_id ORDER BY count(*) DESC, customer_id LIMIT 1").fetchone()[0]


def _history_rows(view: Any, order_id: str) -> list[dict[str, Any]]:
    return [o for o in view.history.orders() if o["id"] == order_id]


def _status_cell(view: Any, order_id: str) -> str:
    row = next(r for r, o in enumerate(view.history.orders()) if o["id"] == order_id)
    return view.history.index(row, 3).data()


def _set_work_offline(qtbot: Any, ctx: Any, offline: bool) -> None:
    ctx.sync.set_work_offline(offline)
    if offline:
        wait_until(qtbot, lambda: ctx.connection_state == ConnectionState.WORKING_OFFLINE)
    else:
        ctx.sync.wake()


def _place(qtbot: Any, dialog: OrderForPickupDialog, store_id: str, quantity: int) -> dict[str, Any]:
    assert dialog.stores.choose(store_id), f"{store_id} cannot be chosen"
    dialog.quantity.setValue(quantity)
    with qtbot.waitSignal(dialog.queued, timeout=10_000) as queued:
        dialog.ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    return queued.args[0]


def _collectors_pickups(changes: list[dict[str, Any]], order_id: str) -> list[dict[str, Any]]:
    return [c["data"] for c in changes if c["entity"] == "pickup" and (c["data"] or {}).get("order_id") == order_id]


def test_an_order_placed_from_the_dialog_reaches_the_collecting_store_once_and_replaces_the_waiting_entry(
        qtbot, live_api, signed_in_window):
    window, ctx = signed_in_window, signed_in_window.ctx
    collecting = live_api.store(1)
    sku = _sku_with(live_api, collecting["id"], 2)
    watcher = live_api.enroll(1)
    watch = live_api.client(watcher["device_token"])
    _, cursor = _changes_after(watch, collecting["id"])
    customer_id = _customer_with_orders(ctx)
    view = open_customer(qtbot, window, customer_id)

    dialog = window.order_for_pickup(sku)
    assert isinstance(dialog, OrderForPickupDialog) and window.order_dialog is dialog
    assert dialog.customer.customer_id == customer_id  # the one open on the Customers page
    wait_until(qtbot, lambda: dialog.stores.live)
    assert dialog.stores.status.text() == "Stock of every store, checked just now."
    live = {item["store_id"]: item["available"] for item in ctx.staff_api.inventory_across([sku])}
    rows = {dialog.stores.tree.topLevelItem(i).data(0, 0x0100): dialog.stores.tree.topLevelItem(i)
            for i in range(dialog.stores.tree.topLevelItemCount())}
    assert set(rows) == {s["id"] for s in live_api.network["stores"]}
    shown = rows[collecting["id"]]
    assert collecting["name"] in shown.text(0) and shown.text(2) == "Live"
    assert shown.text(1) == str(live[collecting["id"]])

    # Held for a moment (Work offline), so that the waiting entry can be seen before the server answers.
    _set_work_offline(qtbot, ctx, True)
    order = _place(qtbot, dialog, collecting["id"], 2)
    assert window.order_dialog is None
    waiting = _history_rows(view, order["id"])
    assert len(waiting) == 1 and waiting[0]["pending"] and waiting[0]["store_id"] == collecting["id"]
    assert _status_cell(view, order["id"]) == "Waiting to sync"
    assert [m["name"] for m in ctx.reader.pending()] == ["order.place_pickup.v1"]

    _set_work_offline(qtbot, ctx, False)
    wait_until(qtbot, lambda: [o.get("pending") for o in _history_rows(view, order["id"])] == [False], 20_000)
    synced = _history_rows(view, order["id"])[0]
    assert synced["number"].startswith("CL-") and _status_cell(view, order["id"]) == "Placed"
    assert [(o["id"], o["channel"], o["fulfillment"], o["store_id"]) for o in _server_orders(live_api, order["id"])] == [
        (order["id"], "store", "pickup", collecting["id"])]
    assert ctx.reader.depth() == 0

    changes, _ = _changes_after(watch, collecting["id"], cursor)
    pickups = _collectors_pickups(changes, order["id"])
    assert len(pickups) == 1, pickups
    assert (pickups[0]["status"], pickups[0]["customer_id"], [(ln["sku"], ln["quantity"]) for ln in pickups[0]["lines"]]) \
        == ("new", customer_id, [(sku, 2)])


def test_an_order_placed_offline_says_stock_is_as_last_seen_and_syncs_once_when_the_connection_is_back(
        qtbot, live_api, signed_in_window):
    window, ctx = signed_in_window, signed_in_window.ctx
    collecting = live_api.store(1)
    sku = _sku_with(live_api, collecting["id"], 1)
    watcher = live_api.enroll(1)
    watch = live_api.client(watcher["device_token"])
    _, cursor = _changes_after(watch, collecting["id"])
    customer_id = _customer_with_orders(ctx)
    view = open_customer(qtbot, window, customer_id)
    first = window.order_for_pickup(sku)  # seen live once, then closed
    wait_until(qtbot, lambda: first.stores.live)
    first.reject()

    ctx.transport.set_connected(False)
    wait_until(qtbot, lambda: ctx.connection_state not in (ConnectionState.ONLINE,), 20_000)
    dialog = window.order_for_pickup(sku, customer_id=customer_id)
    assert not dialog.stores.live
    assert dialog.stores.status.text().startswith("Offline: stock in other stores is as of ")
    row = next(dialog.stores.tree.topLevelItem(i) for i in range(dialog.stores.tree.topLevelItemCount())
               if dialog.stores.tree.topLevelItem(i).data(0, 0x0100) == collecting["id"])
    assert row.text(2).startswith("As of ")
    order = _place(qtbot, dialog, collecting["id"], 1)
    assert [o["pending"] for o in _history_rows(view, order["id"])] == [True]
    assert _server_orders(live_api, order["id"]) == []

    ctx.transport.set_connected(True)
    ctx.sync.wake()
    wait_until(qtbot, lambda: [o.get("pending") for o in _history_rows(view, order["id"])] == [False], 30_000)
    assert len(_server_orders(live_api, order["id"])) == 1
    changes, _ = _changes_after(watch, collecting["id"], cursor)
    assert len(_collectors_pickups(changes, order["id"])) == 1


def test_another_counter_taking_the_last_one_first_becomes_a_conflict_with_the_stores_stock_now(
        qtbot, live_api, signed_in_window):
    window, ctx = signed_in_window, signed_in_window.ctx
    collecting = live_api.store(1)
    sku = _sku_with(live_api, collecting["id"], 1)
    with live_api.database.write() as conn:  # exactly one left
        item = entities.get(conn, "inventory", sku, collecting["id"])
        item.update(on_hand=item["reserved"] + 1, available=1)
        entities.save(conn, "inventory", item, int(live_api.clock.time()))
    customer_id = _customer_with_orders(ctx)
    view = open_customer(qtbot, window, customer_id)
    dialog = window.order_for_pickup(sku)
    wait_until(qtbot, lambda: dialog.stores.live)
    assert dialog.stores.available(collecting["id"]) == 1
    _set_work_offline(qtbot, ctx, True)
    order = _place(qtbot, dialog, collecting["id"], 1)

    # Another store's counter orders the last one first.
    other = live_api.enroll(2)
    reply = live_api.client(other["device_token"]).post("/v1/mutations", json={"device_id": other["device_id"], "mutations": [{
        "mutation_id": str(uuid.uuid4()), "seq": 1, "name": "order.place_pickup.v1",
        "acted_by": live_api.staff_id(live_api.store(2)["associates"][0]), "acted_at": "2026-11-20T12:00:00Z",
        "args": {"order_id": str(uuid.uuid4()), "customer_id": customer_id, "store_id": collecting["id"],
                 "lines": [{"sku": sku, "quantity": 1}]}}]})
    assert reply.json()["results"][0]["status"] == "applied", reply.text

    with qtbot.waitSignal(ctx.conflict, timeout=20_000):
        _set_work_offline(qtbot, ctx, False)
    wait_until(qtbot, lambda: not _history_rows(view, order["id"]))  # the waiting entry is gone, nothing placed
    assert _server_orders(live_api, order["id"]) == []
    assert "See Activity" in window.banner.text.text()
    window.show_page("activity")
    activity = window.activity
    activity.refresh()
    items = [w for w in activity.conflict_items if w.conflict["name"] == "order.place_pickup.v1"]
    assert len(items) == 1
    conflict = items[0]
    assert conflict.what.text().startswith("Order \u20681 × ")
    assert collecting["name"] in conflict.what.text()
    assert conflict.reason.text() == (f"The store server says: \u2068{collecting['name']}\u2069 no longer has enough: "
                                      "0 available there now.")

    conflict.order_again_button.click()  # order again, somewhere that has it
    again = window.order_dialog
    assert isinstance(again, OrderForPickupDialog) and again.sku == sku
    assert again.customer.customer_id == customer_id and again.conflict_id == conflict.conflict["id"]
    wait_until(qtbot, lambda: again.stores.live)
    assert not again.stores.choose(collecting["id"])  # none left there: listed, not choosable
    elsewhere = next(s["id"] for s in live_api.network["stores"] if s["id"] != collecting["id"]
                     and (again.stores.available(s["id"]) or 0) >= 1)
    replacement = _place(qtbot, again, elsewhere, 1)
    # The refused order is settled by the new one: off the conflicts list, and the new one waits to sync or is in.
    wait_until(qtbot, lambda: not [c for c in ctx.reader.conflicts() if c["name"] == "order.place_pickup.v1"])
    wait_until(qtbot, lambda: len(_server_orders(live_api, replacement["id"])) == 1, 20_000)
    assert [o["store_id"] for o in _history_rows(view, replacement["id"])] == [elsewhere]


def test_add_to_cart_offline_shows_the_line_waiting_then_puts_it_in_the_customers_cart_on_the_server(
        qtbot, live_api, signed_in_window):
    window, ctx = signed_in_window, signed_in_window.ctx
    customer_id = ctx.reader.connection.execute(
        "SELECT id FROM customers WHERE id NOT IN (SELECT customer_id FROM carts WHERE status = 'active') "
        "ORDER BY id LIMIT 1").fetchone()[0]
    sku = ctx.reader.connection.execute("SELECT id FROM products ORDER BY id LIMIT 1").fetchone()[0]
    view = open_customer(qtbot, window, customer_id)
    assert view.cart.lines == []
    ctx.transport.set_connected(False)
    wait_until(qtbot, lambda: ctx.connection_state != ConnectionState.ONLINE, 20_000)

    dialog = window.add_to_cart(sku)
    assert isinstance(dialog, AddToCartDialog) and dialog.customer.customer_id == customer_id
    assert dialog.note.text().startswith("Offline: the line is added here now")
    dialog.quantity.lineEdit().setText("٣")  # Arabic-Indic 3, as typed on an Arabic keyboard
    assert dialog.quantity.value() == 3
    with qtbot.waitSignal(dialog.queued, timeout=10_000):
        dialog.ok.click()
    wait_until(qtbot, lambda: [(ln["sku"], ln["quantity"]) for ln in view.cart.lines] == [(sku, 3)])
    assert view.cart.pending_marks[sku].text() == "Waiting to sync"

    ctx.transport.set_connected(True)
    ctx.sync.wake()
    wait_until(qtbot, lambda: view.cart.lines and not view.cart.lines[0].get("pending") and not view.cart.pending_marks,
               30_000)
    server = [c for c in ctx.staff_api.carts(customer_id) if c["status"] == "active"]
    assert [[(ln["sku"], ln["quantity"]) for ln in c["lines"]] for c in server] == [[(sku, 3)]]
    cached = ctx.reader.carts_with_stock(customer_id)
    assert [c["id"] for c in cached] == [server[0]["id"]]  # the stand-in made way for the server's cart


def test_a_cart_line_this_store_has_none_of_offers_other_stores_and_an_order_for_pickup(qtbot, live_api, signed_in_window):
    window, ctx = signed_in_window, signed_in_window.ctx
    customer_id, sku = ctx.reader.connection.execute(
        "SELECT customer_id, json_extract(data, '$.lines[0].sku') FROM carts WHERE status = 'active' "
        "AND json_array_length(data, '$.lines') > 0 ORDER BY id LIMIT 1").fetchone()
    with live_api.database.write() as conn:  # none left in this store
        item = entities.get(conn, "inventory", sku, live_api.store_id)
        item.update(on_hand=item["reserved"], available=0)
        entities.save(conn, "inventory", item, int(live_api.clock.time()))
    wait_until(qtbot, lambda: (ctx.reader.inventory(sku) or {}).get("available") == 0, 20_000)
    view = open_customer(qtbot, window, customer_id)
    wait_until(qtbot, lambda: sku in view.cart.line_actions)
    assert view.cart.stock_labels[sku].text() == "None available"
    find, order = view.cart.line_actions[sku]
    assert (find.text(), order.text()) == ("Find in other stores", "Order for pickup at…")

    with qtbot.waitSignal(view.find_in_other_stores, timeout=2000) as found:
        find.click()
    assert found.args == [sku]

    order.click()
    dialog = window.order_dialog
    assert isinstance(dialog, OrderForPickupDialog)
    assert (dialog.sku, dialog.customer.customer_id) == (sku, customer_id)
    wait_until(qtbot, lambda: dialog.stores.live)
    assert not dialog.stores.choose(live_api.store_id)  # this store has none: not choosable
    dialog.reject()
