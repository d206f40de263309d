"""The Stock page: a product search on the leading side, the open product on the rest.

Results come from the cache as the clerk types (a name word prefix, folded as customer names are; a SKU
prefix; an exact barcode), then, while online, the server's are merged in without duplicates; a reply
for an older query is dropped. A scanned barcode opens its product here from any screen (the search
bar's `open_product`, then `MainWindow.open_record("product", sku)`).
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..common import format as fmt
from ..common.a11y import name_clear_button, named
from ..common.language import isolate, to_latin_digits
from ..common.lookups import can_ask_server
from ..common.reflow import ReflowLayout, side_panel
from ..common.widgets import title
from . import text
from .memory import for_context
from .view import ProductView, start_aligned

RESULT_LIMIT = 50
PANEL_WIDTH = 320  # px of the results beside the record
REMOTE_DELAY_MS = 150  # the server is asked once typing pauses, not for every key
SkuRole = Qt.ItemDataRole.UserRole
SourceRole = Qt.ItemDataRole.UserRole + 1
LOCAL, SERVER = "local", "server"


class StockPage(QWidget):
    order_for_pickup_requested = Signal(str, str)  # sku, store_id ("" = let the dialog choose)
    add_to_cart_requested = Signal(str)  # sku

    def __init__(self, ctx: Any, parent: QWidget | None = None, *, result_limit: int = RESULT_LIMIT) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.memory = for_context(ctx)
        self.result_limit = result_limit
        self.query = ""
        self._remote_seq = 0
        self._remote_state = ""  # "", "asking", "done", "failed"
        self._server_count = 0
        self._found: dict[str, dict[str, Any]] = {}  # the products listed, by SKU
        self._remote_timer = QTimer(self, singleShot=True, interval=REMOTE_DELAY_MS, timeout=self._ask_server)

        # The products found beside the product; above it where the width is short (a tablet held upright).
        layout = ReflowLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        panel = QFrame(objectName="Card")
        panel.setFixedWidth(PANEL_WIDTH)
        layout.on_flow = side_panel(panel, PANEL_WIDTH)
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(10, 12, 10, 10)
        panel_layout.addWidget(title(self.tr("Stock"), "SectionTitle"))
        self.search = QLineEdit(objectName="StockSearch")
        self.search.setPlaceholderText(self.tr("Product name, SKU or barcode"))
        self.search.setClearButtonEnabled(True)
        named(self.search, self.tr("Search products"), self.tr("Product name, SKU or barcode"), tooltip=False)
        name_clear_button(self.search)
        self.search.textChanged.connect(self._typed)
        self.search.returnPressed.connect(self.open_first_result)
        self.search.installEventFilter(self)
        panel_layout.addWidget(self.search)
        self.status = start_aligned(QLabel(objectName="Muted"))
        self.status.setWordWrap(True)
        panel_layout.addWidget(self.status)
        self.results = QListWidget(objectName="StockResults")
        self.results.setWordWrap(True)
        named(self.results, self.tr("Products found"))
        self.results.setUniformItemSizes(True)
        self.results.itemClicked.connect(self._open_item)
        self.results.itemActivated.connect(self._open_item)
        panel_layout.addWidget(self.results, 1)
        layout.addWidget(panel)

        self.stack = QStackedWidget()
        self.empty = self._empty_state()
        self.view = ProductView(ctx, memory=self.memory)
        self.view.order_for_pickup_requested.connect(self.order_for_pickup_requested)
        self.view.add_to_cart_requested.connect(self.add_to_cart_requested)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        layout.addWidget(self.stack, 1)
        ctx.state_changed.connect(self._on_state)
        self._show_status()

    def _empty_state(self) -> QWidget:
        empty = QWidget()
        layout = QVBoxLayout(empty)
        layout.addStretch(1)
        heading = title(self.tr("Find a product"), "PageTitle")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(self.tr("Type a product's name, SKU or barcode — or scan its barcode on any screen."),
                      objectName="Muted")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addStretch(2)
        return empty

    # --- the open product ---------------------------------------------------------------------

    @property
    def open_sku(self) -> str | None:
        return self.view.sku if self.stack.currentWidget() is self.view else None

    def open_product(self, sku: str, product: dict[str, Any] | None = None) -> bool:
        """Show the product (from the cache, else as the server gave it); False, and a word, if neither has it."""
        if not self.view.show_product(sku, product):
            self.ctx.messages.warning(self.tr("Product %1 is not on this computer.").replace("%1", text.codes_line(
                {"sku": sku})))
            return False
        self.stack.setCurrentWidget(self.view)
        self._mark_current()
        return True

    # --- searching ----------------------------------------------------------------------------

    @Slot(str)
    def _typed(self, typed: str) -> None:
        # A barcode or SKU typed with Persian or Arabic-Indic digits is the same code.
        self.show_results(to_latin_digits(typed))

    def set_query(self, query: str) -> None:
        """Put `query` in the search field and show its results (a rebuilt page, a test)."""
        self.search.setText(query)
        self.show_results(query)

    def show_results(self, query: str) -> None:
        """Show the cache's matches for `query` now, then (online) the server's merged in."""
        query = query.strip()
        if self.ctx.closed or (query == self.query and (self.results.count() or not query)):
            return
        self.query = query
        self._remote_seq += 1
        self._remote_timer.stop()
        self._server_count, self._remote_state = 0, ""
        self.results.clear()
        self._found = {}
        for product in self.ctx.reader.search_products(query, self.result_limit) if query else []:
            self._add(product, LOCAL)
        self._mark_current()
        if query and can_ask_server(self.ctx):
            self._remote_state = "asking"
            self._remote_timer.start()
        self._show_status()

    def _add(self, product: dict[str, Any], source: str) -> bool:
        sku = str(product.get("sku", ""))
        if not sku or sku in self._found:
            return False
        self._found[sku] = product
        item = QListWidgetItem(self._item_text(product))
        item.setData(SkuRole, sku)
        item.setData(SourceRole, source)
        item.setToolTip(self.tr("From the store server") if source == SERVER else "")
        self.results.addItem(item)
        return True

    def _item_text(self, product: dict[str, Any]) -> str:
        second = " · ".join(p for p in (text.codes_line(product), text.price(product)) if p)
        return f"{isolate(product.get('name', ''))}\n{second}"

    def _ask_server(self) -> None:
        if self.ctx.closed or not self.query or not can_ask_server(self.ctx):
            self._remote_state = ""
            self._show_status()
            return
        seq, query, page = self._remote_seq, self.query, self

        def done(reply: Any) -> None:
            if not shiboken6.isValid(page) or seq != page._remote_seq:
                return  # the query changed meanwhile (or the page was rebuilt): this answer is for older text
            added = 0
            for product in reply.items:
                if page.results.count() >= page.result_limit:
                    break
                added += page._add(product, SERVER)
            page._server_count, page._remote_state = added, "done"
            page._mark_current()
            page._show_status()

        def failed(_error: Any) -> None:
            if shiboken6.isValid(page) and seq == page._remote_seq:
                page._remote_state = "failed"
                page._show_status()

        self.ctx.lookup(lambda api: api.search_products(query, self.result_limit), done, failed)

    def skus(self) -> list[str]:
        return [self.results.item(i).data(SkuRole) for i in range(self.results.count())]

    def sources(self) -> list[str]:
        return [self.results.item(i).data(SourceRole) for i in range(self.results.count())]

    def _show_status(self) -> None:
        if self.ctx.closed:
            return
        if not self.query:
            self.status.setText(self.tr("Search results appear here."))
            return
        count = self.results.count()
        found = self.tr("Found: %1").replace("%1", fmt.number(count)) if count else self.tr("No product found")
        if self._remote_state == "asking":
            where = self.tr("on this computer · asking the server…")
        elif self._remote_state == "done":
            more = self.tr("%1 more from the server").replace("%1", fmt.number(self._server_count))
            where = more if self._server_count else self.tr("on this computer and the server")
        elif self._remote_state == "failed":
            where = self.tr("on this computer (the server could not be asked)")
        else:
            offline = not can_ask_server(self.ctx)
            where = self.tr("on this computer (offline)") if offline else self.tr("on this computer")
        self.status.setText(f"{found} · {where}")

    def _mark_current(self) -> None:
        current = self.open_sku
        for i in range(self.results.count()):
            item = self.results.item(i)
            if item.data(SkuRole) == current:
                self.results.setCurrentItem(item)
                return
        self.results.clearSelection()

    @Slot(QListWidgetItem)
    def _open_item(self, item: QListWidgetItem) -> None:
        sku = item.data(SkuRole)
        self.open_product(sku, self._found.get(sku))

    def open_first_result(self) -> None:
        self.show_results(to_latin_digits(self.search.text()))
        if self.results.count():
            self._open_item(self.results.item(0))
        elif self.query:
            self.ctx.messages.info(self.tr("No product found for “%1”.").replace("%1", isolate(self.query)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.search and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            if self.results.count():
                self.results.setCurrentRow(max(self.results.currentRow(), 0))
                self.results.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    @Slot(object)
    def _on_state(self, _state: object) -> None:
        if self._remote_state == "asking" and not can_ask_server(self.ctx):
            self._remote_state = ""
        self._show_status()
