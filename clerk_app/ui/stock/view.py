"""One product: name, codes and price; this store's stock from the cache with its age; every store's
availability from the server in the background (live), or as last seen when the server cannot be asked.

Ordering is not done here: "Order for pickup at…" and "Add to the customer's online cart" are signals
(`order_for_pickup_requested(sku, store_id)`, `add_to_cart_requested(sku)`) that the Stock page passes on.
"""

from __future__ import annotations

from datetime import UTC
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...sync.connectivity import ConnectionState
from ..common import format as fmt
from ..common.a11y import named
from ..common.language import isolate
from ..common.lookups import can_ask_server
from ..common.widgets import badge, button, card, set_tone, title
from . import text
from .memory import StockMemory, for_context

StoreRole = Qt.ItemDataRole.UserRole


def _iso(moment: Any) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def start_aligned(label: QLabel) -> QLabel:
    """A label whose text starts at the layout's leading edge whatever script it begins with (a Latin product
    name or SKU in an Arabic layout too), as the labels around it do."""
    start = Qt.AlignmentFlag.AlignRight if label.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
    label.setAlignment(start | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
    return label


class ProductView(QWidget):
    order_for_pickup_requested = Signal(str, str)  # sku, store_id ("" = let the dialog choose)
    add_to_cart_requested = Signal(str)  # sku

    def __init__(self, ctx: Any, parent: QWidget | None = None, memory: StockMemory | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.memory = memory or for_context(ctx)
        self.sku: str | None = None
        self.product: dict[str, Any] | None = None
        self._seq = 0
        self._live_at: str | None = None  # when the rows shown were fetched live (None: not live)
        self._asking = False
        self._failed = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)

        head, head_layout = card()
        self.name = title("", "PageTitle")
        self.name.setWordWrap(True)
        self.codes = QLabel(objectName="Muted")
        self.codes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.price = title("", "Big")
        self.category = QLabel(objectName="Muted")
        top = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.name)
        names.addWidget(self.codes)
        names.addWidget(self.category)
        top.addLayout(names, 1)
        top.addWidget(self.price, 0, Qt.AlignmentFlag.AlignTop)
        head_layout.addLayout(top)
        actions = QHBoxLayout()
        self.order_button = button(self.tr("Order for pickup at…"), primary=True)
        self.order_button.setToolTip(self.tr("Order this product for the customer to collect at a store"))
        self.order_button.clicked.connect(self._order_clicked)
        self.cart_button = button(self.tr("Add to the customer's online cart"))
        self.cart_button.setToolTip(self.tr("The customer can buy it online later"))
        self.cart_button.clicked.connect(lambda: self.sku and self.add_to_cart_requested.emit(self.sku))
        actions.addWidget(self.order_button)
        actions.addWidget(self.cart_button)
        actions.addStretch(1)
        head_layout.addLayout(actions)
        layout.addWidget(head)
        for label in (self.name, self.codes, self.category):
            start_aligned(label)

        here, here_layout = card()
        here_layout.addWidget(title(self.tr("This store"), "SectionTitle"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(28)
        self.available = title("", "Big")
        self.on_hand = title("", "Big")
        self.reserved = title("", "Big")
        for column, (label, value) in enumerate(((self.tr("Available"), self.available),
                                                 (self.tr("On hand"), self.on_hand),
                                                 (self.tr("Reserved"), self.reserved))):
            grid.addWidget(QLabel(label, objectName="Muted"), 0, column)
            grid.addWidget(value, 1, column)
        grid.setColumnStretch(3, 1)
        here_layout.addLayout(grid)
        self.here_age = start_aligned(QLabel(objectName="Muted"))
        self.here_age.setWordWrap(True)
        here_layout.addWidget(self.here_age)
        layout.addWidget(here)

        others, others_layout = card()
        heading = QHBoxLayout()
        heading.addWidget(title(self.tr("Stores"), "SectionTitle"))
        self.live = badge("", "")
        heading.addWidget(self.live)
        heading.addStretch(1)
        others_layout.addLayout(heading)
        self.others_status = start_aligned(QLabel(objectName="Muted"))
        self.others_status.setWordWrap(True)
        others_layout.addWidget(self.others_status)
        self.stores = QTableWidget(0, 3)
        self.stores.setObjectName("StockStores")
        named(self.stores, self.tr("Stock in other stores"))
        self.stores.setHorizontalHeaderLabels([self.tr("Store"), self.tr("City"), self.tr("Available")])
        self.stores.verticalHeader().hide()
        self.stores.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stores.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stores.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stores.setShowGrid(False)
        self.stores.setTabKeyNavigation(False)  # Tab leaves the list (the arrow keys move in it), as in every list
        self.stores.setAlternatingRowColors(False)
        header = self.stores.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.stores.itemSelectionChanged.connect(self._selection_changed)
        self.stores.itemDoubleClicked.connect(lambda item: self._order_at(self._row_store(item.row())))
        others_layout.addWidget(self.stores, 1)
        layout.addWidget(others, 1)

        ctx.cache_changed.connect(self._on_cache_changed)
        ctx.state_changed.connect(self._on_state)

    # --- showing a product ----------------------------------------------------------------------

    def show_product(self, sku: str, product: dict[str, Any] | None = None) -> bool:
        """Show `sku` (from the cache, else `product` as the server gave it); False if neither has it."""
        if product is not None and not self.ctx.reader.product(sku):
            self.memory.remember_product(product)
        found = self.ctx.reader.product(sku) or self.memory.products.get(sku)
        if found is None:
            return False
        self.sku, self.product = sku, found
        self.name.setText(isolate(found.get("name", "")))
        self.codes.setText(text.codes_line(found))
        self.price.setText(text.price(found))
        self.category.setText(fmt.server_word(found.get("category")))
        self._show_here()
        self._live_at, self._failed = None, False
        self._show_stores()
        self.check_other_stores()
        return True

    def _show_here(self) -> None:
        if self.ctx.closed or self.sku is None:
            return
        row = self.ctx.reader.inventory(self.sku)
        now = self.ctx.now()
        last = self.ctx.reader.last_pull_at()
        online = self.ctx.connection_state == ConnectionState.ONLINE
        if row is None:
            for label in (self.available, self.on_hand, self.reserved):
                label.setText("—")
            self.here_age.setText(self.tr("This store has no stock record for this product on this computer."))
            return
        self.available.setText(fmt.number(row.get("available", 0)))
        self.on_hand.setText(fmt.number(row.get("on_hand", 0)))
        self.reserved.setText(fmt.number(row.get("reserved", 0)))
        as_of = text.moment(last or row.get("synced_at"), now)
        self.here_age.setText(self.tr("As of %1").replace("%1", as_of) if online
                              else self.tr("Offline — as of %1").replace("%1", as_of))

    # --- other stores -------------------------------------------------------------------------

    def check_other_stores(self) -> None:
        """Ask the server for every store's stock of this product, in the background (when it can be asked)."""
        if self.ctx.closed or self.sku is None:
            return
        if not can_ask_server(self.ctx):
            self._asking = False
            self._show_stores()
            return
        self._seq += 1
        seq, sku = self._seq, self.sku
        self._asking = True
        self._show_stores()
        view = self

        def done(items: list[dict[str, Any]]) -> None:
            if not shiboken6.isValid(view) or seq != view._seq:
                return  # rebuilt in another language, or another product opened meanwhile
            at = _iso(view.ctx.now())
            view.memory.remember_stores(sku, items, at)
            view._asking, view._failed, view._live_at = False, False, at
            view._show_stores()

        def failed(_error: Any) -> None:
            if not shiboken6.isValid(view) or seq != view._seq:
                return
            view._asking, view._failed, view._live_at = False, True, None
            view._show_stores()

        self.ctx.lookup(lambda api: api.inventory_across([sku]), done, failed)

    def _show_stores(self) -> None:
        if self.ctx.closed or self.sku is None:
            return
        seen = self.memory.other_stores.get(self.sku)
        now = self.ctx.now()
        live = self._live_at is not None and seen is not None and seen.at == self._live_at
        if live:
            self.live.setText(self.tr("Live · checked %1").replace("%1", text.moment(seen.at, now)))
            set_tone(self.live, "good")
            self.others_status.setText(self.tr("Every store's stock, from the store server."))
        elif self._asking:
            self.live.setText(self.tr("Checking…"))
            set_tone(self.live, "")
            self.others_status.setText(self.tr("Asking the store server for every store's stock…")
                                       if seen is None else
                                       self.tr("Asking the store server; until it answers, as last seen at %1.")
                                       .replace("%1", text.moment(seen.at, now)))
        else:
            offline = not can_ask_server(self.ctx)
            why = (self.tr("Other stores can't be checked now: this computer is offline.") if offline
                   else self.tr("Other stores could not be checked just now."))
            if seen is None:
                self.live.setText(self.tr("Not checked"))
                set_tone(self.live, "warn")
                self.others_status.setText(why + " " + self.tr("They were not looked up on this computer yet."))
            else:
                self.live.setText(self.tr("Last seen %1").replace("%1", text.moment(seen.at, now)))
                set_tone(self.live, "warn")
                self.others_status.setText(why + " " + self.tr("Below: as last seen at %1; it may have changed.")
                                           .replace("%1", text.moment(seen.at, now)))
        self._fill_rows(seen.items if seen is not None else [])
        self._selection_changed()

    def _fill_rows(self, items: list[dict[str, Any]]) -> None:
        stores = {s["id"]: s for s in self.ctx.reader.stores()}
        here = self.ctx.store_id
        rows = sorted(items, key=lambda i: (-int(i.get("available", 0)), i.get("store_id") != here,
                                            (stores.get(i.get("store_id")) or {}).get("name", ""), i.get("store_id")))
        selected = self.selected_store()
        self.stores.setRowCount(len(rows))
        for row, item in enumerate(rows):
            store_id = str(item.get("store_id", ""))
            store = stores.get(store_id)
            name = text.store_name(store, store_id)
            if store_id == here:
                name = self.tr("%1 (this store)").replace("%1", name)
            city = isolate((store or {}).get("city", ""))
            available = int(item.get("available", 0))
            cells = [QTableWidgetItem(name), QTableWidgetItem(city), QTableWidgetItem(fmt.number(available))]
            cells[2].setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            for column, cell in enumerate(cells):
                cell.setData(StoreRole, store_id)
                if store_id == here:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                if available <= 0:
                    cell.setForeground(self.palette().placeholderText())
                self.stores.setItem(row, column, cell)
        if selected:
            for row in range(self.stores.rowCount()):
                if self._row_store(row) == selected:
                    self.stores.selectRow(row)

    def _row_store(self, row: int) -> str:
        item = self.stores.item(row, 0)
        return str(item.data(StoreRole)) if item is not None else ""

    def selected_store(self) -> str:
        rows = self.stores.selectionModel().selectedRows() if self.stores.selectionModel() else []
        return self._row_store(rows[0].row()) if rows else ""

    def store_rows(self) -> list[tuple[str, str, str]]:
        """(store id, name shown, available shown) per row, in order (for tests and screenshots)."""
        return [(self._row_store(r), self.stores.item(r, 0).text(), self.stores.item(r, 2).text())
                for r in range(self.stores.rowCount())]

    @Slot()
    def _selection_changed(self) -> None:
        store_id = self.selected_store()
        if store_id:
            store = self.ctx.reader.store(store_id)
            self.order_button.setText(self.tr("Order for pickup at %1").replace("%1", text.store_name(store, store_id)))
        else:
            self.order_button.setText(self.tr("Order for pickup at…"))

    def _order_clicked(self) -> None:
        self._order_at(self.selected_store())

    def _order_at(self, store_id: str) -> None:
        if self.sku:
            self.order_for_pickup_requested.emit(self.sku, store_id)

    # --- reacting -----------------------------------------------------------------------------

    @Slot(object)
    def _on_cache_changed(self, kinds: Any) -> None:
        if self.sku is None or self.ctx.closed:
            return
        kinds = set(kinds or ())
        if "product" in kinds and self.ctx.reader.product(self.sku):
            self.product = self.ctx.reader.product(self.sku)
            self.name.setText(isolate(self.product.get("name", "")))
            self.price.setText(text.price(self.product))
        if not kinds or kinds & {"inventory", "product"}:
            self._show_here()
        if "store" in kinds:
            self._show_stores()

    @Slot(object)
    def _on_state(self, state: Any) -> None:
        if self.sku is None or self.ctx.closed:
            return
        self._show_here()
        if state == ConnectionState.ONLINE and can_ask_server(self.ctx):
            self.check_other_stores()
        else:
            self._seq += 1  # a reply still on its way is no longer live news
            self._asking, self._live_at = False, None
            self._show_stores()
