"""Other stores and colleagues by name (API.md v1.1 `store` and `staff` entities): the search results, the customer
360's home store and history, and "handed over by"; a calm word, never an id, until the first sync brings them."""

from __future__ import annotations

import json
import uuid
from typing import Any

import httpx
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QLabel, QStyleOptionViewItem
from sqlalchemy import select

from central_api import db
from clerk_app.sync.connectivity import ConnectionState
from clerk_app.ui.common.language import isolate
from clerk_app.ui.customers.history import HOW, OrderRole
from clerk_app.ui.customers.page import CustomersPage
from clerk_app.ui.pickups.detail import PickupDetail
from tests.helpers.gui import wait_until


class RecordingPainter(QPainter):
    """A painter that keeps every text drawn (the results delegate paints its rows, no widget holds the words)."""

    def __init__(self, device: QImage) -> None:
        super().__init__(device)
        self.texts: list[str] = []

    def drawText(self, *args: Any) -> None:  # noqa: N802 - Qt's name
        self.texts += [a for a in args if isinstance(a, str)]
        super().drawText(*args)


def painted_row(view: Any, row: int) -> list[str]:
    image = QImage(view.viewport().width(), 120, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = RecordingPainter(image)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    index = view.model().index(row, 0)
    option.rect = QRect(0, 0, view.viewport().width(), view.itemDelegate().sizeHint(option, index).height())
    try:
        view.itemDelegate().paint(painter, option, index)
    finally:
        painter.end()
    return painter.texts


def server_store(live_api: Any, store_id: str) -> dict[str, Any]:
    with live_api.database.read() as conn:
        return json.loads(conn.execute(select(db.store_profiles.c.data).where(db.store_profiles.c.id == store_id)).scalar_one())


def server_staff_name(live_api: Any, staff_id: str) -> str:
    with live_api.database.read() as conn:
        return conn.execute(select(db.staff.c.display_name).where(db.staff.c.id == staff_id)).scalar_one()


def other_store_customer(ctx: Any) -> tuple[str, str, str]:
    """(customer id, display name, home store id) of a cached customer whose home store is another store."""
    return ctx.reader.connection.execute(
        "SELECT id, display_name, home_store_id FROM customers WHERE home_store_id <> ? ORDER BY id LIMIT 1",
        (ctx.store_id,)).fetchone()


def search(qtbot: Any, page: CustomersPage, name: str, customer_id: str) -> int:
    page.show_results(name)
    wait_until(qtbot, lambda: customer_id in page.model.ids())
    return page.model.ids().index(customer_id)


def test_a_customer_of_another_store_shows_its_name_and_city_in_the_results_and_the_360(qtbot, live_api,
                                                                                      signed_in_window):
    window = signed_in_window
    ctx = window.ctx
    customer_id, name, home = other_store_customer(ctx)
    store = server_store(live_api, home)
    assert store["name"] and store["city"] and home != ctx.store_id
    wanted = f"{isolate(store['name'])} ({isolate(store['city'])})"

    window.show_page("customers")
    row = search(qtbot, window.customers, name, customer_id)
    texts = painted_row(window.customers.results, row)
    assert wanted in texts
    assert not any(home in text for text in texts)  # never the raw id

    with qtbot.waitSignal(window.customers.view.refreshed, timeout=10_000):
        ctx.navigate.emit("customer", customer_id, {})
    header = window.customers.view.header
    shown = [label.text() for label in header.findChildren(QLabel)]
    assert wanted in shown
    assert "Home store" in shown

    # A colleague at the customer's home store writes a note: it reaches this counter saying where it was written.
    n = next(i for i, s in enumerate(live_api.network["stores"]) if s["id"] == home)
    device, manager = live_api.enroll(n), live_api.staff_id(live_api.store(n)["manager"])
    reply = live_api.client(device["device_token"]).post("/v1/mutations", json={
        "device_id": device["device_id"], "mutations": [{
            "mutation_id": str(uuid.uuid4()), "seq": 1, "name": "customer.add_note.v1", "acted_by": manager,
            "acted_at": "2026-11-20T12:00:00Z",
            "args": {"note_id": str(uuid.uuid4()), "customer_id": customer_id, "body": "Called from the home store"}}]})
    assert reply.json()["results"][0]["status"] == "applied", reply.text
    notes = window.customers.view.notes
    wait_until(qtbot, lambda: "Called from the home store" in [label.text() for label in notes.findChildren(QLabel)])
    assert f"at {wanted}" in [label.text() for label in notes.findChildren(QLabel)]


def test_an_order_from_another_store_in_the_history_says_which_store(qtbot, live_api, signed_in_window):
    ctx = signed_in_window.ctx
    customer_id, order_id, store_id, kind = ctx.reader.connection.execute(
        "SELECT customer_id, id, json_extract(data, '$.store_id'), json_extract(data, '$.fulfillment') FROM orders "
        "WHERE json_extract(data, '$.store_id') <> ? AND json_extract(data, '$.fulfillment') IN ('carry_out', 'pickup') "
        "ORDER BY placed_at DESC LIMIT 1", (ctx.store_id,)).fetchone()
    store = server_store(live_api, store_id)
    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.view.refreshed, timeout=10_000):
        page.open_customer(customer_id)
    model = page.view.history

    def row() -> int | None:
        found = next((r for r in range(model.rowCount()) if model.index(r, 0).data(OrderRole)["id"] == order_id), None)
        if found is None and model.canFetchMore(model.index(-1, -1)):
            model.fetchMore(model.index(-1, -1))
        return found

    wait_until(qtbot, lambda: row() is not None)
    cell = model.index(row(), HOW)
    verb = "Bought at %1" if kind == "carry_out" else "Pickup at %1"
    assert cell.data() == verb.replace("%1", isolate(store["name"]))
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == f"{isolate(store['name'])} ({isolate(store['city'])})"  # with its city


def test_a_pickup_handed_over_by_a_colleague_shows_their_display_name(qtbot, live_api, signed_in_window):
    ctx = signed_in_window.ctx
    me = ctx.staff["id"]
    pickup_id, staff_id = ctx.reader.connection.execute(
        "SELECT id, json_extract(data, '$.handover.staff_id') FROM pickups WHERE status = 'picked_up' "
        "AND json_extract(data, '$.handover.staff_id') <> ? ORDER BY id LIMIT 1", (me,)).fetchone()
    colleague = server_staff_name(live_api, staff_id)
    ctx.navigate.emit("pickup", pickup_id, {})
    detail = signed_in_window.pickups.detail
    wait_until(qtbot, lambda: detail.pickup and detail.pickup["id"] == pickup_id)
    text = detail.handover.text()
    assert f"handed over by {isolate(colleague)}," in text
    assert staff_id not in text and staff_id.removeprefix("sf_") not in text


class CutBeforeNames(httpx.BaseTransport):
    """The real server, with the link dropping just as the first page holding stores or staff would arrive (the
    seeded feed sends them last): this computer is then where a first sync still running is."""

    def __init__(self, inner: httpx.BaseTransport, switch: Any) -> None:
        self.inner, self.switch, self.armed = inner, switch, True

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if self.armed and request.url.path.endswith("/changes"):
            response.read()
            if any(c.get("entity") in ("store", "staff") for c in response.json().get("changes", [])):
                self.armed = False
                self.switch.set_connected(False)
                raise httpx.ConnectError("the connection is cut", request=request)
        return response

    def close(self) -> None:
        self.inner.close()


def test_before_the_names_arrive_the_screens_say_another_store_and_a_colleague_then_the_names(
        qtbot, live_api, make_gui_counter):
    counter = make_gui_counter(start=False, page_size=200, changes_per_commit=200)  # each page its own commit
    gate = CutBeforeNames(counter.network._inner, counter.network)
    counter.network._inner = gate
    ctx = counter.ctx
    ctx.start()
    # The pages before the cut are written (a page fetched ahead may still be on its way into the cache).
    wait_until(qtbot, lambda: not gate.armed and ctx.connection_state != ConnectionState.ONLINE, 30_000)
    assert ctx.reader.stores() == [] and ctx.reader.counts().get("customers")
    customer_id, name, home = other_store_customer(ctx)
    pickup_id, staff_id = ctx.reader.connection.execute(
        "SELECT id, json_extract(data, '$.handover.staff_id') FROM pickups WHERE status = 'picked_up' "
        "ORDER BY id LIMIT 1").fetchone()
    assert ctx.reader.staff_member(staff_id) is None

    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    row = search(qtbot, page, name, customer_id)
    assert "Another store" in painted_row(page.results, row)
    page.open_customer(customer_id)
    assert "Another store" in [label.text() for label in page.view.header.findChildren(QLabel)]
    detail = PickupDetail(ctx)
    qtbot.addWidget(detail)
    detail.show_pickup(pickup_id)
    assert "handed over by a colleague," in detail.handover.text()
    for text in [*painted_row(page.results, row), detail.handover.text()]:
        assert home not in text and staff_id not in text and staff_id.removeprefix("sf_") not in text

    counter.go_online()  # the rest of the first sync: the names replace the stand-ins on screen
    store = server_store(live_api, home)
    wanted = f"{isolate(store['name'])} ({isolate(store['city'])})"
    wait_until(qtbot, lambda: wanted in [label.text() for label in page.view.header.findChildren(QLabel)], 30_000)
    assert wanted in painted_row(page.results, row)
    detail.refresh()
    assert f"handed over by {isolate(server_staff_name(live_api, staff_id))}," in detail.handover.text()
