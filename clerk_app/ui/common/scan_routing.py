"""Where a scanned code goes: one routing for every way a code is read (a USB scanner typing into the search bar,
the camera), so a pickup QR code, a bag label, an order number, a loyalty card or a product's barcode opens the
same record whichever read it.

A pickup QR code, order number or loyalty card opens its record (see `domain/scan.py` for the formats); a
product's barcode opens the product on the Stock page, from any screen; anything else is reported as unknown.
The words keep the search bar's translation context ("SearchBar"), where they were first said.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ...domain.scan import Scan, ScanKind, classify, product_barcode
from .language import ltr
from .lookups import can_ask_server


def _tr(text: str) -> str:
    return QCoreApplication.translate("SearchBar", text)


def route_scan(ctx: Any, code: str) -> bool:
    """Open the record a scanned `code` names, telling the clerk when nothing has it; True if it opened at once.

    Not found on this computer but online, the server is asked and the record opens when it answers.
    """
    scan = classify(code)
    if not scan.exact:
        return open_product(ctx, code, report_missing=True)
    return open_code(ctx, scan, report_missing=True)


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
