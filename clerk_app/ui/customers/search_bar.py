"""The search bar in the top bar: search as you type, and a USB scanner's codes opening their record directly.

A scanner is a keyboard that types a whole code in a few milliseconds and ends with Enter. The bar
tells it from a person by the gaps between key presses (a burst of at least SCAN_MIN_CHARS printable
keys, each under SCAN_GAP_MS after the one before, then Enter). A scanned code (or one the camera read,
`take_scan`) goes where `common/scan_routing.py` sends it: a pickup QR code, order number or loyalty card
opens its record, a product's barcode the product on the Stock page; anything else is reported as unknown.
Typed text searches; Enter opens the exact record for a code or a product's barcode, else the first result.
The results themselves live on the Customers page (`CustomersPage.attach_search_bar`).
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from ...domain.scan import classify, strip_affixes
from ..common.a11y import name_clear_button, named
from ..common.scan_routing import open_code, open_product, route_scan

DEBOUNCE_MS = 25  # during a fast burst (a scanner), coalesce the keys into one search
SCAN_GAP_MS = 30  # people type 100-200 ms apart; scanners 1-20 ms
SCAN_MIN_CHARS = 4


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

    def _without_affixes(self, text: str) -> str:
        settings = self.ctx.settings
        return strip_affixes(text, getattr(settings, "scanner_prefix", ""), getattr(settings, "scanner_suffix", ""))

    def _on_enter(self, text: str) -> None:
        text = self._without_affixes(text)
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
        # The scanner typed after whatever was in the box: keep only the code (without the prefix and suffix
        # the store's scanners add, if any), without searching for it.
        self.take_scan(self._without_affixes(code))

    def take_scan(self, code: str) -> None:
        """A code read whole (the USB scanner's burst, or the camera): show it in the bar and open its record."""
        self._debounce.stop()
        self.setText(code)
        self.selectAll()  # the next scan or typing replaces it
        route_scan(self.ctx, code)
