"""The search bar in the top bar: search as you type, and a USB scanner's codes opening their record directly.

A scanner is a keyboard that types a whole code in a few milliseconds and ends with Enter. The bar
tells it from a person by the gaps between key presses (a burst of at least SCAN_MIN_CHARS printable
keys, each under SCAN_GAP_MS after the one before, then Enter). A scanned pickup QR code, order
number or loyalty card opens its record (see `domain/scan.py` for the formats), and a product's barcode
opens the product on the Stock page (`open_product`, from any screen); anything else scanned is reported
as unknown. Typed text searches; Enter opens the exact record for a code or a product's barcode, else
the first result. The results themselves live on the Customers page (`CustomersPage.attach_search_bar`).
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from ...domain.scan import Scan, ScanKind, classify, product_barcode
from ..common.a11y import name_clear_button, named
from ..common.language import ltr
from ..common.lookups import can_ask_server

DEBOUNCE_MS = 25  # during a fast burst (a scanner), coalesce the keys into one search
SCAN_GAP_MS = 30  # people type 100-200 ms apart; scanners 1-20 ms
SCAN_MIN_CHARS = 4


def _tr(text: str) -> str:
    return QCoreApplication.translate("SearchBar", text)


class SearchBar(QLineEdit):
    query_changed = Signal(str)  # the text to search for (debounced); "" when cleared
    results_requested = Signal()  # Down: move the keyboard into the results
    submitted = Signal(str)  # Enter on text that is not an exact code: open the first result

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setPlaceholderText(self.tr("Search name, email, phone, loyalty card or order number — or scan  (Ctrl+K)"))
        self.setClearButtonEnabled(True)
        named(self, self.tr("Search"), self.tr("Name, email, phone, loyalty card or order number; a scan opens its "
                                               "record. Down arrow: the results."), tooltip=False)
        name_clear_button(self)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS, timeout=self._emit_query)
        # A person's key searches on the next turn of the event loop (results in the next frame); only a
        # burst of keys faster than a person types waits for the burst to end.
        self.textEdited.connect(lambda _text: self._debounce.start(DEBOUNCE_MS if self._fast else 0))
        self._fast = False
        self._burst = ""  # the printable keys of the current fast run
        self._last_key_ms: float | None = None
        self._last_query: str | None = None

    # --- keys ---------------------------------------------------------------------------------

    def _stamp(self, event: QKeyEvent) -> float:
        # Real key events carry the window system's time; synthesized ones (tests, remote input) carry 0.
        return float(event.timestamp()) or time.monotonic() * 1000

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        now = self._stamp(event)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            scanned = (len(self._burst) >= SCAN_MIN_CHARS and self._last_key_ms is not None
                       and now - self._last_key_ms <= 2 * SCAN_GAP_MS)
            burst = self._burst
            self._burst, self._last_key_ms = "", None
            event.accept()
            if scanned:
                self._on_scan(burst)
            else:
                self._on_enter(self.text())
            return
        if key == Qt.Key.Key_Down and not event.modifiers():
            self._flush()
            self.results_requested.emit()
            event.accept()
            return
        text = event.text()
        control = event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if text and text.isprintable() and not control:
            fast = self._last_key_ms is not None and now - self._last_key_ms <= SCAN_GAP_MS
            self._fast = fast
            self._burst = self._burst + text if fast else text
            self._last_key_ms = now
        super().keyPressEvent(event)

    # --- searching ----------------------------------------------------------------------------

    def run_query(self) -> None:
        """Search for what the bar holds now, as if it had just been typed (a rebuilt window's bar, say)."""
        self._emit_query()

    def _emit_query(self) -> None:
        if self.ctx.closed:
            return
        query = self.text().strip()
        if query != self._last_query:
            self._last_query = query
            self.query_changed.emit(query)

    def _flush(self) -> None:
        """Search now for what is typed (Enter or Down must not act on results a debounce behind)."""
        if self._debounce.isActive():
            self._debounce.stop()
            self._emit_query()

    def _on_enter(self, text: str) -> None:
        scan = classify(text)
        if (open_code(self.ctx, scan, report_missing=False) if scan.exact
                else open_product(self.ctx, text, report_missing=False)):
            self._debounce.stop()
            self.selectAll()
            return
        self._flush()
        if text.strip():
            self.submitted.emit(text.strip())

    def _on_scan(self, code: str) -> None:
        # The scanner typed after whatever was in the box: keep only the code, without searching for it.
        self._debounce.stop()
        self.setText(code)
        self.selectAll()  # the next scan or typing replaces it
        scan = classify(code)
        if not scan.exact:
            open_product(self.ctx, code, report_missing=True)
            return
        open_code(self.ctx, scan, report_missing=True)


def open_code(ctx: Any, scan: Scan, *, report_missing: bool) -> bool:
    """Open the record an exact code names; False if this computer does not have it.

    Not found here but online, the server is asked (a customer outside this store's list); if it
    knows nobody either, and `report_missing`, the clerk is told.
    """
    if scan.kind in (ScanKind.PICKUP_QR, ScanKind.BAG_LABEL):
        pickup = ctx.reader.pickup_by_order_number(scan.value)
        if pickup is not None:
            # The customer's QR fills in their code; the bag's label opens the hand-over with it empty,
            # since the code is the customer's proof and the label never carries it.
            extras = {"code": scan.pickup_code} if scan.kind is ScanKind.PICKUP_QR else {"hand_over": True}
            ctx.navigate.emit("pickup", pickup["id"], extras)
            return True
        if report_missing:
            ctx.messages.warning(_tr("Pickup %1 is not in this store's list.").replace("%1", ltr(scan.value)))
        return False
    if scan.kind is ScanKind.ORDER_NUMBER:
        pickup = ctx.reader.pickup_by_order_number(scan.value)
        if pickup is not None:
            ctx.navigate.emit("pickup", pickup["id"], {})
            return True
        customer = _order_customer(ctx, scan.value)
    else:
        customer = next((c for c in ctx.reader.search_customers(scan.value, 5) if c.get("loyalty_id") == scan.value), None)
    if customer is not None:
        ctx.navigate.emit("customer", customer["id"], {})
        return True
    if report_missing:
        _ask_server(ctx, scan)
    return False


def open_product(ctx: Any, code: str, *, report_missing: bool) -> bool:
    """Open the product whose barcode (or SKU) `code` is, from any screen; False if this computer does not have it.

    A GS1 barcode (EAN-13, UPC, ...) not found here is looked up on the server while online; if nobody knows
    it, or the code is no barcode at all, and `report_missing`, the clerk is told.
    """
    code = code.strip()
    product = ctx.reader.product_by_code(code) if code else None
    if product is not None:
        ctx.navigate.emit("product", product["sku"], {})
        return True
    if not report_missing:
        return False
    barcode = product_barcode(code)
    if barcode is None:
        ctx.messages.warning(_tr("Scanned “%1”: this is not a pickup code, a bag label, an order number, a loyalty "
                                 "card or a product barcode.").replace("%1", ltr(code[:40])))
        return False
    if not can_ask_server(ctx):
        ctx.messages.warning(_tr("No product with barcode %1 on this computer. Clerk can look it up once it is "
                                 "back online.").replace("%1", ltr(barcode)))
        return False

    def found(page: Any) -> None:
        items = [p for p in page.items if p.get("barcode") == barcode]
        if items:
            ctx.navigate.emit("product", items[0]["sku"], {"product": items[0]})
        else:
            ctx.messages.warning(_tr("No product has the barcode %1. Check the label, or search the product "
                                     "by its name on the Stock page.").replace("%1", ltr(barcode)))

    ctx.lookup(lambda api: api.search_products(barcode, 5), found,
               lambda _error: ctx.messages.warning(_tr("Product %1 could not be looked up just now. Try again in "
                                                       "a moment.").replace("%1", ltr(barcode))))
    return False


def _order_customer(ctx: Any, number: str) -> dict[str, Any] | None:
    for customer in ctx.reader.search_customers(number, 5):
        # The search also tries the text as an email prefix: make sure this customer has the order.
        if any(order.get("number") == number for order in ctx.reader.orders(customer["id"], 200)):
            return customer
    return None


def _ask_server(ctx: Any, scan: Scan) -> None:
    what = (_tr("No order %1 on this computer.") if scan.kind is ScanKind.ORDER_NUMBER
            else _tr("No loyalty card %1 on this computer.")).replace("%1", ltr(scan.value))
    if not can_ask_server(ctx):
        ctx.messages.warning(what + " " + _tr("Clerk will find it once it is back online."))
        return

    def found(page: Any) -> None:
        items = [c for c in page.items if scan.kind is ScanKind.ORDER_NUMBER or c.get("loyalty_id") == scan.value]
        if items:
            ctx.navigate.emit("customer", items[0]["id"], {})
        else:
            ctx.messages.warning((_tr("No order %1 was found.") if scan.kind is ScanKind.ORDER_NUMBER
                                  else _tr("No loyalty card %1 was found.")).replace("%1", ltr(scan.value)))

    ctx.lookup(lambda api: api.search_customers(scan.value, 5), found,
               lambda _error: ctx.messages.warning(what))
