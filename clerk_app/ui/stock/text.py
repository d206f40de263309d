"""How the Stock screen words a product, a store and a moment."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..common import format as fmt
from ..common.language import isolate, ltr


def _tr(text: str) -> str:
    return QCoreApplication.translate("StockText", text)


def moment(text: str | None, now: datetime) -> str:
    """A time of today as "10:42", any other as the short date and time."""
    when = fmt.parse_time(text)
    if when is None:
        return ""
    if when.astimezone().date() == now.astimezone().date():
        return fmt.clock_time(text)
    return fmt.local_time(text)


def codes_line(product: dict[str, Any]) -> str:
    """"SKU-00042 · 4000000000425": the SKU and the barcode, each reading left to right."""
    parts = [ltr(product.get("sku"))]
    if product.get("barcode"):
        parts.append(ltr(product["barcode"]))
    return " · ".join(parts)


def price(product: dict[str, Any]) -> str:
    return fmt.money(product.get("price_cents"), product.get("currency"))


def store_name(store: dict[str, Any] | None, store_id: str) -> str:
    """The store's name from the cached `store` entities; its id while the feed has not sent it."""
    if store and store.get("name"):
        return isolate(store["name"])
    return _tr("Store %1").replace("%1", ltr(store_id))
