"""The two forms: "Order for pickup at…" and "Add to the customer's online cart". They collect and check the
input, then queue the action (ctx.perform → Actions.place_pickup / add_to_cart: an outbox row and its
optimistic effect in one transaction), so both work offline and show at once as waiting to sync."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...sync.actions import MAX_LINE_QUANTITY
from ..common import format as fmt
from ..common.a11y import announce, named
from ..common.language import isolate, ltr
from ..common.lookups import can_ask_server
from ..common.widgets import DigitSpinBox, stepper, title
from ..theme import set_flag
from .customer_choice import CustomerChoice
from .stores import SeenStock, StoreChoice


def _tr(text: str) -> str:
    # The forms' shared words: a base class's self.tr() would look them up under the subclass's name.
    return QCoreApplication.translate("OrderForms", text)


def _message(tone: str) -> QLabel:
    label = QLabel(objectName="FormMessage")
    label.setWordWrap(True)
    set_flag(label, "tone", tone)
    label.hide()
    return label


class _OrderForm(QDialog):
    """What both forms share: the product, the customer, the quantity, a message line and the buttons."""

    queued = Signal(object)  # what the action returned (the order or the cart as shown until the server answers)

    def __init__(self, ctx: Any, sku: str, customer_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sku = sku
        self.product = dict(ctx.reader.product(sku) or {})
        self.setMinimumWidth(560)
        self.outer = QVBoxLayout(self)
        self.heading = title("", "SectionTitle")
        self.heading.setWordWrap(True)  # a longer language's heading wraps rather than widen the form
        self.outer.addWidget(self.heading)
        self.product_label = QLabel()
        self.product_label.setWordWrap(True)
        self.outer.addWidget(self.product_label)
        self._show_product()
        self.form = QFormLayout()
        self.customer = CustomerChoice(ctx, customer_id)
        self.form.addRow(_tr("Customer"), self.customer)
        self.quantity = DigitSpinBox()
        self.quantity.setRange(1, MAX_LINE_QUANTITY)
        self.quantity.setValue(1)
        named(self.quantity, _tr("Quantity"), _tr("1 to 99"))
        count = QWidget()
        row = QHBoxLayout(count)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(stepper(self.quantity))
        row.addStretch(1)  # − [n] + together at the field's leading edge, not spread across the form
        self.form.addRow(_tr("Quantity"), count)
        self.outer.addLayout(self.form)
        self.note = _message("warn")
        self.error = _message("bad")
        self.box = QDialogButtonBox()
        self.box.addButton(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Cancel"))
        self.ok: QPushButton = self.box.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setProperty("primary", True)
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.submit)
        self.box.rejected.connect(self.reject)
        self.conflict_id: int | None = None  # a refused order this one replaces (dismissed once this is queued)
        self.busy = False
        if not self.product and can_ask_server(ctx):
            sku_ = sku
            ctx.lookup(lambda api: api.products([sku_]), self._product_fetched, lambda _error: None)

    def _finish_layout(self) -> None:
        self.outer.addWidget(self.note)
        self.outer.addWidget(self.error)
        self.outer.addWidget(self.box)

    def _show_product(self) -> None:
        name = self.product.get("name")
        parts = [isolate(name) if name else "", ltr(self.sku)]
        if self.product.get("price_cents") is not None:
            parts.append(fmt.money(self.product["price_cents"], self.product.get("currency")))
        self.product_label.setText(" · ".join(p for p in parts if p))

    def _product_fetched(self, items: list[dict[str, Any]]) -> None:
        found = next((p for p in items if p.get("sku") == self.sku), None)
        if found is not None and not self.ctx.closed:
            try:
                self.product = found
                self._show_product()
            except RuntimeError:
                pass  # closed before the answer came

    def refuse(self, text: str, focus: QWidget | None = None) -> None:
        self.error.setText(text)
        self.error.show()
        announce(self.error, text, assertive=True)  # a refusal is heard where it shows
        if focus is not None:
            focus.setFocus()

    def _check_common(self) -> bool:
        self.error.hide()
        if not self.customer.customer_id:
            self.refuse(_tr("Choose the customer first."), self.customer.search)
            return False
        if not 1 <= self.quantity.value() <= MAX_LINE_QUANTITY:
            self.refuse(_tr("The quantity is 1 to 99."), self.quantity)
            return False
        if self.ctx.staff is None:
            self.refuse(_tr("Sign in again to do this."))
            return False
        return True

    def _queue(self, action: Any, changes: set[str], done_text: str) -> None:
        self.busy = True
        self.ok.setEnabled(False)
        conflict_id = self.conflict_id

        def done(result: Any) -> None:
            if conflict_id is not None:
                cache = self.ctx.device.cache
                self.ctx.perform(lambda: cache.dismiss_conflict(conflict_id), changes={"conflict"},
                                 on_error=lambda _error: None)
            self.ctx.messages.info(done_text)
            try:
                self.busy = False
                self.queued.emit(result)
                self.accept()
            except RuntimeError:
                pass  # the window closed meanwhile

        def failed(error: Any) -> None:
            try:
                self.busy = False
                self.ok.setEnabled(True)
                self.refuse(error.user_message)
            except RuntimeError:
                pass

        self.ctx.perform(action, changes=changes, on_done=done, on_error=failed)

    def product_args(self) -> dict[str, Any]:
        return {k: self.product[k] for k in ("name", "price_cents", "currency") if self.product.get(k) is not None}

    @Slot()
    def submit(self) -> None:  # pragma: no cover - each form has its own
        raise NotImplementedError


class OrderForPickupDialog(_OrderForm):
    """"Order for pickup at…": the customer, how many, and the store where they collect (by its stock)."""

    def __init__(self, ctx: Any, sku: str, seen: SeenStock, store_id: str = "", customer_id: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, sku, customer_id, parent)
        self.setWindowTitle(self.tr("Order for pickup at…"))
        self.heading.setText(self.tr("Order for the customer to collect at a store"))
        self.stores = StoreChoice(ctx, sku, seen, store_id)
        self.form.addRow(self.tr("Collect at"), self.stores)
        self.ok.setText(self.tr("Place the order"))
        hint = QLabel(self.tr("Paid when the customer collects. The store holds the stock once the order reaches it."),
                      objectName="Muted")
        hint.setWordWrap(True)
        self.outer.addWidget(hint)
        self._finish_layout()
        self.quantity.valueChanged.connect(self._quantity_changed)
        self.stores.changed.connect(self._store_changed)
        self._store_changed(self.stores.store_id)

    @Slot(int)
    def _quantity_changed(self, value: int) -> None:
        self.stores.set_quantity(value)
        self._store_changed(self.stores.store_id)

    @Slot(str)
    def _store_changed(self, store_id: str) -> None:
        self.note.hide()
        if not store_id:
            return
        available = self.stores.available(store_id)
        wanted = self.quantity.value()
        if available is None:
            self.note.setText(self.tr("This computer has not seen this store's stock of the product: the order "
                                      "may be refused if it has none."))
            self.note.show()
        elif available < wanted and not self.stores.live:
            self.note.setText(self.tr("When last seen, this store had only %1: the order may be refused.")
                              .replace("%1", fmt.number(available)))
            self.note.show()

    @Slot()
    def submit(self) -> None:
        if self.busy or not self._check_common():
            return
        store_id = self.stores.store_id
        if not store_id:
            self.refuse(self.tr("Choose the store where the customer collects."), self.stores.tree)
            return
        wanted, available = self.quantity.value(), self.stores.available(store_id)
        if self.stores.live and available is not None and available < wanted:
            self.refuse(self.tr("%1 has only %2 available: order fewer, or choose another store.")
                        .replace("%1", isolate(self.stores.store_name(store_id))).replace("%2", fmt.number(available)),
                        self.quantity)
            return
        actions, customer_id, sku = self.ctx.actions, self.customer.customer_id, self.sku
        staff_id, product = self.ctx.staff["id"], self.product_args()
        where = isolate(self.stores.store_name(store_id))
        self._queue(lambda: actions.place_pickup(customer_id, store_id, sku, wanted, staff_id, product=product),
                    {"order"}, self.tr("Order placed for pickup at %1. It shows as waiting to sync until the store "
                                       "server has it.").replace("%1", where))


class AddToCartDialog(_OrderForm):
    """"Add to the customer's online cart": the customer and how many, for them to buy online later."""

    def __init__(self, ctx: Any, sku: str, customer_id: str = "", parent: QWidget | None = None) -> None:
        super().__init__(ctx, sku, customer_id, parent)
        self.setWindowTitle(self.tr("Add to the customer's online cart"))
        self.heading.setText(self.tr("Add to the customer's online cart"))
        self.ok.setText(self.tr("Add to cart"))
        hint = QLabel(self.tr("The customer sees it in their cart on the web and in the app, and buys it later."),
                      objectName="Muted")
        hint.setWordWrap(True)
        self.outer.addWidget(hint)
        self._finish_layout()
        if not can_ask_server(ctx):
            self.note.setText(self.tr("Offline: the line is added here now and reaches the customer's cart when "
                                      "the connection is back."))
            self.note.show()

    @Slot()
    def submit(self) -> None:
        if self.busy or not self._check_common():
            return
        actions, customer_id, sku = self.ctx.actions, self.customer.customer_id, self.sku
        staff_id, product, quantity = self.ctx.staff["id"], self.product_args(), self.quantity.value()
        self._queue(lambda: actions.add_to_cart(customer_id, sku, quantity, staff_id, product=product),
                    {"cart"}, self.tr("Added to the customer's online cart."))

