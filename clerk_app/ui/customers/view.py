"""The customer 360: what the cache knows about one customer, refreshed from the server in the background.

What is shown is, per record, the newer of the cache's copy and the server's latest answer (by
version; a record with an action waiting to sync keeps the local copy). The server's answers are
only shown, never written to the cache from here: the change feed brings the cache up to date.
"""

from __future__ import annotations

import functools
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...sync.connectivity import ConnectionState
from ..common.lookups import can_ask_server
from ..common.reflow import ReflowLayout
from ..common.tasks import run_task
from ..common.widgets import title
from . import text as customer_text
from .cards import CartCard, HeaderCard, NotesCard, OverviewCards
from .history import OrderHistoryModel, OrderHistoryView

OPEN_PICKUP = ["new", "picking", "ready"]
SHOWN_KINDS = {"customer", "cart", "order", "note", "pickup", "inventory", "store"}


def newer(local: dict[str, Any] | None, remote: dict[str, Any] | None) -> dict[str, Any] | None:
    """The copy to show: the server's if it is a later version, unless the local one waits to sync."""
    if local is None or remote is None:
        return local or remote
    if local.get("pending"):
        return local
    return remote if int(remote.get("version") or 0) > int(local.get("version") or 0) else local


class CustomerView(QScrollArea):
    opened = Signal(str)  # the customer's id, once shown
    refreshed = Signal(str)  # the server's fresher data arrived and is shown
    find_in_other_stores = Signal(str)  # sku of a cart line this store has none of
    order_for_pickup_requested = Signal(str, str)  # sku, the customer's id: order it for pickup elsewhere

    def __init__(self, ctx: Any, parent: QWidget | None = None, *, orders_page_size: int = 25) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: str | None = None
        self._remote: dict[str, Any] = {}
        self._remote_at: str | None = None
        self._refresh_failed = False
        self._refreshing = False
        self._seq = 0
        self._cards_least = 0  # px: the width the cards needed when last measured
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Cards shrink to the width; only long content scrolls, downwards.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget(objectName="CustomerContent")
        self.setWidget(content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 8, 8)
        layout.setSpacing(12)
        self.header = HeaderCard()
        self.overview = OverviewCards()
        self.cart = CartCard()
        self.history_card = history = QFrame(objectName="Card")
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(18, 14, 18, 14)
        head = ReflowLayout()  # the hint below the title where the width is short (a tablet held upright)
        head.addWidget(title(self.tr("Order history"), "SectionTitle"))
        head.addStretch(1)
        hint = QLabel(self.tr("All channels · click an order for its lines"), objectName="Muted")
        # One line (the card must not take its height from a wrapped hint: the table's would be lost).
        hint.setMinimumWidth(hint.sizeHint().width())
        head.addWidget(hint)
        history_layout.addLayout(head)
        self.history = OrderHistoryModel(ctx, orders_page_size, self)
        self.history_view = OrderHistoryView(self.history)
        history_layout.addWidget(self.history_view)
        self.notes = NotesCard()
        self.missing = QLabel(objectName="Muted")
        self.missing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.missing.hide()
        for widget in (self.missing, self.header, self.overview, self.cart, history, self.notes):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.overview.pickup_clicked.connect(lambda pid: ctx.navigate.emit("pickup", pid, {}))
        self.notes.add_requested.connect(self._add_note)
        self.cart.find_requested.connect(self.find_in_other_stores)
        self.cart.order_requested.connect(self._order_requested)
        self.history_view.clicked.connect(self._toggle_order)
        ctx.cache_changed.connect(self._on_cache_changed)
        ctx.state_changed.connect(self._on_state)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # It never scrolls sideways: at least as wide as its cards need, so a layout beside it (the search
        # results) gives way instead of cutting the cards off.
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        width = content.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(max(hint.width(), width), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            least = watched.minimumSizeHint().width()
            if least != self._cards_least:  # another customer, a language: the layout around follows
                self._cards_least = least
                self.updateGeometry()
        return super().eventFilter(watched, event)

    @Slot(object)
    def _on_state(self, _state: object) -> None:
        self._show_freshness()

    # --- opening ------------------------------------------------------------------------------

    def show_customer(self, customer_id: str) -> None:
        self._seq += 1
        self.customer_id = customer_id
        self._remote, self._remote_at, self._refresh_failed = {}, None, False
        # A partial, not a lambda over self: the model must not hold its view (a cycle the GC would collect
        # from whatever thread it happens to run in, deleting Qt objects off the GUI thread).
        self.history.load(customer_id, functools.partial(can_ask_server, self.ctx))
        self.notes.input.clear()
        self.verticalScrollBar().setValue(0)
        local = self.ctx.reader.customer(customer_id)
        self._refreshing = can_ask_server(self.ctx)
        self.render()
        if local is not None:
            cache = self.ctx.device.cache
            moment = self.ctx.now()
            # Keeps a customer looked at here out of the retention purge; a write, so off the GUI thread.
            run_task(lambda: cache.mark_viewed(customer_id, moment))
        if self._refreshing:
            self._refresh_remote()
        else:
            self._record_offline_view()
        self.opened.emit(customer_id)

    def _record_offline_view(self) -> None:
        # Online, the server audits the view itself (GET /customers/{id}); offline it is queued.
        staff, customer_id = self.ctx.staff, self.customer_id
        if staff is None or customer_id is None:
            return
        self.ctx.perform(lambda: self.ctx.actions.record_views([customer_id], staff["id"]), changes=set(),
                         on_error=lambda _error: None)

    def _refresh_remote(self) -> None:
        customer_id, seq, store_id = self.customer_id, self._seq, self.ctx.store_id
        limit = self.history.page_size

        def fetch(api: Any) -> dict[str, Any]:
            carts = api.carts(customer_id)
            skus = sorted({line["sku"] for cart in carts for line in cart.get("lines") or []})
            return {"customer": api.customer(customer_id), "carts": carts, "orders": api.orders(customer_id, limit),
                    "notes": api.notes(customer_id), "inventory": api.inventory(store_id, skus)}

        def done(result: dict[str, Any]) -> None:
            if seq != self._seq or not shiboken6.isValid(self):
                return  # the clerk opened someone else meanwhile, or the view was rebuilt (language, theme)
            self._refreshing = False
            self._remote = result
            self._remote_at = self.ctx.now().isoformat()
            self.history.merge_server(result["orders"].items, result["orders"].next_cursor)
            self.render()
            self.refreshed.emit(customer_id)

        def failed(_error: Any) -> None:
            if seq != self._seq or not shiboken6.isValid(self):
                return
            self._refreshing, self._refresh_failed = False, True
            self._record_offline_view()
            self.render()

        self.ctx.lookup(fetch, done, failed)

    # --- what to show -------------------------------------------------------------------------

    def customer(self) -> dict[str, Any] | None:
        if self.customer_id is None:
            return None
        return newer(self.ctx.reader.customer(self.customer_id), self._remote.get("customer"))

    def carts(self) -> list[dict[str, Any]]:
        """Carts (active first, newest first), each line with this store's `available` (None: not stocked here)."""
        local = {c["id"]: c for c in self.ctx.reader.carts_with_stock(self.customer_id or "")}
        stock = {line["sku"]: line.get("available") for c in local.values() for line in c.get("lines") or []}
        stock.update({item["sku"]: item.get("available") for item in self._remote.get("inventory") or []})
        merged = dict(local)
        for cart in self._remote.get("carts") or []:
            merged[cart["id"]] = newer(local.get(cart["id"]), cart)
        carts = []
        for cart in merged.values():
            cart = dict(cart)
            cart["lines"] = [{**line, "available": stock.get(line["sku"], line.get("available"))}
                             for line in cart.get("lines") or []]
            carts.append(cart)
        carts.sort(key=lambda c: c.get("updated_at") or "", reverse=True)
        carts.sort(key=lambda c: c.get("status") != "active")
        return carts

    def open_pickups(self) -> list[dict[str, Any]]:
        # The store's open pickups are a small set (dozens): filtering them here is cheaper than a new query.
        return [p for p in self.ctx.reader.pickups(OPEN_PICKUP, limit=1000) if p.get("customer_id") == self.customer_id]

    def notes_shown(self) -> list[dict[str, Any]]:
        local = self.ctx.reader.notes(self.customer_id or "")
        known = {n["id"] for n in local}
        extra = [n for n in self._remote.get("notes") or [] if n["id"] not in known]
        notes = local + extra
        notes.sort(key=lambda n: (n.get("created_at") or "", n.get("id") or ""), reverse=True)
        return notes

    def render(self) -> None:
        if self.ctx.closed or self.customer_id is None:
            return
        customer = self.customer()
        found = customer is not None
        for widget in (self.header, self.overview, self.cart, self.history_card, self.notes):
            widget.setVisible(found)
        self.missing.setVisible(not found)
        if not found:
            self.missing.setText(self.tr("Loading this customer from the server…") if self._refreshing
                                 else self.tr("This customer is not on this computer, and the server cannot be "
                                              "asked right now."))
            return
        carts = self.carts()
        active = next((c for c in carts if c.get("status") == "active"), None)
        self.header.show_customer(self.ctx, customer)
        self.overview.show_overview(self.ctx, customer, self.open_pickups(), active)
        self.cart.show_cart(self.ctx, carts[0] if carts else None)
        self.notes.show_notes(self.notes_shown(), self.ctx.now(), self.ctx)
        self._show_freshness()

    def _show_freshness(self) -> None:
        if self.ctx.closed or self.customer_id is None:
            return
        local = self.ctx.reader.customer(self.customer_id)
        now = self.ctx.now()
        as_of = customer_text.moment((local or {}).get("synced_at"), now)
        offline = self.ctx.connection_state != ConnectionState.ONLINE
        if local is None:
            text, tone = self.tr("From the server · not kept on this computer"), "accent"
            hint = ""
        elif self._remote_at and not offline:
            text, tone = self.tr("Up to date · %1").replace("%1", customer_text.moment(self._remote_at, now)), "good"
            hint = self.tr("Checked with the store server just now.")
        elif offline:
            text, tone = self.tr("Offline — as of %1").replace("%1", as_of), "warn"
            hint = self.tr("The store server cannot be reached: this is what this computer last heard.")
        elif self._refreshing:
            text, tone = self.tr("As of %1 · refreshing…").replace("%1", as_of), ""
            hint = ""
        else:
            text, tone = self.tr("As of %1").replace("%1", as_of), ""
            hint = self.tr("The server could not be asked just now.") if self._refresh_failed else ""
        self.header.show_freshness(text, tone, hint)

    # --- reacting -----------------------------------------------------------------------------

    def _on_cache_changed(self, kinds: Any) -> None:
        if self.ctx.closed or self.customer_id is None or not (set(kinds) & SHOWN_KINDS):
            return
        if "inventory" in kinds:
            self._remote.pop("inventory", None)  # the feed has caught up with the stock
        if "order" in kinds:
            self.history.refresh_from_cache()
        elif "store" in kinds:
            self.history_view.viewport().update()  # the stores' names arrived: "Pickup at …" reads them
        self.render()

    @Slot(str)
    def _order_requested(self, sku: str) -> None:
        self.order_for_pickup_requested.emit(sku, self.customer_id or "")

    def _toggle_order(self, index: Any) -> None:
        if index.isValid() and not index.parent().isValid():
            first = index.siblingAtColumn(0)
            self.history_view.setExpanded(first, not self.history_view.isExpanded(first))

    def _add_note(self, body: str) -> None:
        staff, customer_id = self.ctx.staff, self.customer_id
        if staff is None or customer_id is None:
            return
        self.notes.add_button.setEnabled(False)

        def done(_note: Any) -> None:
            if customer_id == self.customer_id:
                self.notes.input.clear()

        def failed(error: Any) -> None:
            self.notes.add_button.setEnabled(bool(self.notes.input.toPlainText().strip()))
            self.ctx.messages.warning(error.user_message)

        self.ctx.perform(lambda: self.ctx.actions.add_note(customer_id, body, staff, self.ctx.store_id),
                         changes={"note"}, on_done=done, on_error=failed)
