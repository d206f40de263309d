"""The Stock page over the real reference server and a real encrypted cache: a scanned product barcode opens the
product from any screen, with this store's stock from the cache and every store's availability live (names and
cities from the feed's `store` entities); search by folded name, SKU prefix or barcode; offline, the cache's
stock with its age and the other stores as last seen; an unknown barcode is told; a language switch keeps it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt

from central_api import catalogue, db, entities
from clerk_app.domain.scan import product_barcode
from clerk_app.sync.connectivity import ConnectionState
from clerk_app.ui.common import format as fmt
from clerk_app.ui.common import language
from clerk_app.ui.stock.page import LOCAL, SERVER
from tests.helpers.gui import wait_until


def focus_search(qtbot, window) -> None:
    window.activateWindow()
    window.focus_search()
    wait_until(qtbot, window.search_bar.hasFocus, 2000)


def stocked_product(ctx: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """A product this store has some of (its cached stock row, with it), and another store has too."""
    rows = ctx.reader.connection.execute(
        "SELECT id FROM inventory WHERE json_extract(json(data), '$.available') > 0 ORDER BY id LIMIT 40").fetchall()
    for (sku,) in rows:
        if any(i["store_id"] != ctx.store_id and i["available"] > 0
                                    for i in ctx.staff_api.inventory_across([sku])):
            return ctx.reader.product(sku), ctx.reader.inventory(sku)
    raise AssertionError("the seeded network has no product in stock here and elsewhere")


def scan(qtbot, window, code: str) -> None:
    """A scanner's burst: the code's keys a few milliseconds apart, then Enter."""
    qtbot.keyClicks(window.search_bar, code)
    qtbot.keyClick(window.search_bar, Qt.Key.Key_Return)


def live(view) -> bool:
    return view.live.text().startswith("Live · checked")


def test_a_scanned_barcode_on_the_customers_page_opens_the_product_with_this_and_every_other_stores_stock(
        qtbot, signed_in_window):
    window = signed_in_window
    ctx = window.ctx
    product, here = stocked_product(ctx)
    window.show_page("customers")
    focus_search(qtbot, window)
    with qtbot.waitSignal(ctx.navigate, timeout=2000) as opened:
        scan(qtbot, window, product["barcode"])
    assert opened.args == ["product", product["sku"], {}]
    assert window.current_page() == "stock"
    view = window.stock.view
    assert window.stock.open_sku == product["sku"]
    assert view.name.text() == language.isolate(product["name"])
    assert product["sku"] in view.codes.text() and product["barcode"] in view.codes.text()
    assert view.price.text() == fmt.money(product["price_cents"], product["currency"])
    # This store's numbers are the cache's, at once.
    assert (view.available.text(), view.on_hand.text(), view.reserved.text()) == (
        fmt.number(here["available"]), fmt.number(here["on_hand"]), fmt.number(here["reserved"]))
    assert view.here_age.text().startswith("As of ")

    wait_until(qtbot, lambda: live(view), 10_000)
    stores = {s["id"]: s for s in ctx.staff_api.stores()}
    server = ctx.staff_api.inventory_across([product["sku"]])
    rows = view.store_rows()
    assert {store_id for store_id, _, _ in rows} == {i["store_id"] for i in server} == set(stores)
    shown = [int(available) for _, _, available in rows]
    assert shown == sorted(shown, reverse=True)  # most first
    for row, (store_id, name, available) in enumerate(rows):
        assert stores[store_id]["name"] in name
        assert view.stores.item(row, 1).text() == language.isolate(stores[store_id]["city"])
        assert int(available) == next(i["available"] for i in server if i["store_id"] == store_id)
        assert ("(this store)" in name) == (store_id == ctx.store_id)
    assert {stores[s]["city"] for s in stores} >= {"Berlin", "Москва"}  # the names and cities are the server's


def test_the_order_and_cart_buttons_ask_for_the_product_and_the_chosen_store(qtbot, signed_in_window):
    window = signed_in_window
    ctx = window.ctx
    product, _ = stocked_product(ctx)
    page = window.stock
    ctx.navigate.emit("product", product["sku"], {})
    wait_until(qtbot, lambda: live(page.view), 10_000)
    with qtbot.waitSignal(page.order_for_pickup_requested, timeout=1000) as asked:
        page.view.order_button.click()
    assert asked.args == [product["sku"], ""]  # no store chosen: the dialog asks
    other = next(row for row in range(page.view.stores.rowCount()) if page.view.store_rows()[row][0] != ctx.store_id)
    page.view.stores.selectRow(other)
    other_id = page.view.store_rows()[other][0]
    assert ctx.reader.store(other_id)["name"] in page.view.order_button.text()
    with qtbot.waitSignal(page.order_for_pickup_requested, timeout=1000) as asked:
        page.view.order_button.click()
    assert asked.args == [product["sku"], other_id]
    with qtbot.waitSignal(page.add_to_cart_requested, timeout=1000) as asked:
        page.view.cart_button.click()
    assert asked.args == [product["sku"]]


def test_search_by_folded_name_prefix_sku_prefix_and_barcode_from_the_cache_then_the_server(qtbot, signed_in_window):
    window = signed_in_window
    ctx = window.ctx
    window.show_page("stock")
    page = window.stock
    product = ctx.reader.product("SKU-00002")
    first, second = product["name"].split()[:2]
    # A name typed in capitals with an accent the catalogue does not have, two word prefixes in either order.
    query = f"{second[:3].upper()} {first[:2].replace('e', 'é')}"
    page.search.setFocus()
    qtbot.keyClicks(page.search, query, delay=5)
    assert product["sku"] in page.skus()
    assert set(page.sources()) == {LOCAL}
    assert set(page.skus()) == {p["sku"] for p in ctx.reader.search_products(query)}
    wait_until(qtbot, lambda: page._remote_state == "done", 10_000)
    assert len(page.skus()) == len(set(page.skus()))
    server = {p["sku"] for p in ctx.staff_api.search_products(query).items}
    assert set(page.skus()) == server | {p["sku"] for p in ctx.reader.search_products(query)}

    page.set_query("sku-0001")
    assert page.skus()[:10] == [f"SKU-{n:05d}" for n in range(10, 20)]
    page.set_query(product["barcode"])
    assert page.skus() == [product["sku"]]
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.open_sku == product["sku"]

    # Persian digits typed for a barcode are the same barcode.
    # (QTest types ASCII only: the text comes as an input method would give it.)
    page.search.clear()
    page.search.insert(product["barcode"].translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")))
    assert page.skus() == [product["sku"]]


def test_a_product_only_the_server_knows_is_merged_in_and_its_barcode_opens_it(qtbot, live_api, signed_in_window):
    window = signed_in_window
    ctx = window.ctx
    # A product the catalogue has but whose feed row never reached this store (no feed row written).
    new = {"sku": "SKU-90001", "name": "Quokka Lantern", "category": "home", "barcode": "4000000900016",
           "price_cents": 2599, "currency": "EUR", "version": 1, "updated_at": "2026-11-01T00:00:00Z"}
    assert product_barcode(new["barcode"])
    with live_api.database.write() as conn:
        conn.execute(db.products.insert(), [entities.row_for("product", new)])
        conn.execute(db.product_name_tokens.insert(), catalogue.token_rows(new))
    window.show_page("stock")
    page = window.stock
    page.set_query("quokka lan")
    assert page.skus() == []
    wait_until(qtbot, lambda: page.skus() == [new["sku"]], 10_000)
    assert page.sources() == [SERVER]
    assert "1 more from the server" in page.status.text()
    page.results.itemClicked.emit(page.results.item(0))
    assert page.open_sku == new["sku"]
    assert page.view.name.text() == language.isolate("Quokka Lantern")
    assert page.view.available.text() == "—"  # this computer has no stock row for it

    # Scanned on another page, its barcode is looked up on the server and opens it too.
    window.show_page("customers")
    focus_search(qtbot, window)
    with qtbot.waitSignal(ctx.navigate, timeout=10_000) as opened:
        scan(qtbot, window, new["barcode"])
    assert opened.args[:2] == ["product", new["sku"]]
    assert window.current_page() == "stock" and page.open_sku == new["sku"]


def test_offline_the_cache_stock_shows_with_its_age_and_other_stores_as_last_seen(qtbot, signed_in_window):
    window = signed_in_window
    ctx = window.ctx
    product, here = stocked_product(ctx)
    ctx.navigate.emit("product", product["sku"], {})
    view = window.stock.view
    wait_until(qtbot, lambda: live(view), 10_000)
    seen = view.store_rows()
    ctx.transport.set_connected(False)
    wait_until(qtbot, lambda: ctx.connection_state != ConnectionState.ONLINE, 20_000)
    wait_until(qtbot, lambda: view.live.text().startswith("Last seen"), 2000)
    assert view.here_age.text().startswith("Offline — as of")
    assert view.available.text() == fmt.number(here["available"])
    assert "can't be checked now" in view.others_status.text() and "as last seen at" in view.others_status.text()
    assert view.store_rows() == seen  # the last seen list, kept in memory

    # Another product, never looked up here: this store's stock still shows; the other stores can't be told.
    other = next(p for p in (ctx.reader.product(f"SKU-{n:05d}") for n in range(1, 60))
                 if p and p["sku"] != product["sku"] and ctx.reader.inventory(p["sku"]))
    ctx.navigate.emit("product", other["sku"], {})
    assert view.available.text() == fmt.number(ctx.reader.inventory(other["sku"])["available"])
    assert view.live.text() == "Not checked" and view.store_rows() == []

    # Back online: the first product is checked live again.
    ctx.navigate.emit("product", product["sku"], {})
    assert view.live.text().startswith("Last seen")
    ctx.transport.set_connected(True)
    ctx.sync.wake()
    wait_until(qtbot, lambda: live(view), 20_000)


def test_an_unknown_product_barcode_is_told_calmly_online_and_offline(qtbot, signed_in_window):
    window = signed_in_window
    ctx = window.ctx
    opened = []
    ctx.navigate.connect(lambda *args: opened.append(args))
    window.show_page("pickups")
    focus_search(qtbot, window)
    with qtbot.waitSignal(ctx.messages.posted, timeout=10_000) as told:
        scan(qtbot, window, "4006381333931")  # a valid EAN-13 no product of the chain has
    assert told.args[0] == "warning"
    assert "No product has the barcode" in told.args[1] and "4006381333931" in told.args[1]
    assert opened == [] and window.current_page() == "pickups"

    ctx.transport.set_connected(False)
    wait_until(qtbot, lambda: ctx.connection_state != ConnectionState.ONLINE, 20_000)
    focus_search(qtbot, window)
    with qtbot.waitSignal(ctx.messages.posted, timeout=2000) as told:
        scan(qtbot, window, "4006381333931")
    assert "once it is back online" in told.args[1]
    assert opened == []


@pytest.fixture
def english_after(qapp):
    yield
    language.apply(qapp, language.Choice("en"))
    QSettings().remove("language")


def test_a_language_switch_keeps_the_query_and_the_open_product(qtbot, signed_in_window, english_after):
    window = signed_in_window
    ctx = window.ctx
    product, _ = stocked_product(ctx)
    window.show_page("stock")
    window.stock.set_query("sku-0000")
    window.stock.open_product(product["sku"])
    wait_until(qtbot, lambda: live(window.stock.view), 10_000)
    rows = [store_id for store_id, _, _ in window.stock.view.store_rows()]
    for code in ("ar", "fa"):
        window.switch_language(code)
        assert window.current_page() == "stock"
        assert window.stock.search.text() == "sku-0000"
        assert window.stock.open_sku == product["sku"]
        assert window.stock.view.name.text() == language.isolate(product["name"])
        # The rebuilt view shows the stores seen a moment ago while it asks again.
        assert [store_id for store_id, _, _ in window.stock.view.store_rows()] == rows
    # Then it is live again, said in Persian.
    live_fa = QCoreApplication.translate("ProductView", "Live · checked %1").split("%1")[0]
    assert live_fa and not live_fa.startswith("Live")
    wait_until(qtbot, lambda: window.stock.view.live.text().startswith(live_fa), 10_000)


def test_ctrl_5_opens_stock_and_the_other_pages_keep_their_keys(qtbot, signed_in_window):
    window = signed_in_window
    window.activateWindow()
    for keys, page in (("5", "stock"), ("1", "customers"), ("2", "pickups"), ("3", "activity")):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{keys}"), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() == page
    assert window.nav.item(window.PAGES.index("stock")).text() == "Stock"
    assert window.PAGES.index("stock") == window.PAGES.index("pickups") + 1


def test_the_products_buttons_open_the_order_and_cart_forms_for_it_and_the_chosen_store(qtbot, signed_in_window):
    from clerk_app.ui.ordering.dialogs import AddToCartDialog, OrderForPickupDialog

    window = signed_in_window
    ctx = window.ctx
    product, _ = stocked_product(ctx)
    page = window.stock
    ctx.navigate.emit("product", product["sku"], {})
    wait_until(qtbot, lambda: live(page.view), 10_000)
    other = next(row for row in range(page.view.stores.rowCount()) if page.view.store_rows()[row][0] != ctx.store_id)
    other_id = page.view.store_rows()[other][0]
    page.view.stores.selectRow(other)
    page.view.order_button.click()
    dialog = window.order_dialog
    assert isinstance(dialog, OrderForPickupDialog)
    assert (dialog.sku, dialog.stores.store_id) == (product["sku"], other_id)
    dialog.reject()
    wait_until(qtbot, lambda: window.order_dialog is None, 5000)
    page.view.cart_button.click()
    assert isinstance(window.order_dialog, AddToCartDialog) and window.order_dialog.sku == product["sku"]
    window.order_dialog.reject()
