"""What a pickup's printed paperwork says: the slip's and the label's QR payloads, the name split, the item count."""

from __future__ import annotations

from typing import Any

from .scan import pickup_qr_payload

_PICKED = ("ready", "picked_up", "no_show", "restocked")


def slip_qr_payload(pickup: dict[str, Any]) -> str:
    """The slip's QR: the order number only.

    The slip is staff paperwork that travels (picking list, clipboard, signed hand-over copy filed away), so
    it must never carry the pickup code, the customer's proof of collection, not even machine-readable.
    Scanning the order number still opens the pickup in Clerk; the clerk then asks the customer for the code.
    """
    return str(pickup.get("order_number", "")).strip().upper()


def label_qr_payload(pickup: dict[str, Any]) -> str:
    """The bag label's QR: the full pickup QR (order number and pickup code), as the issue asks, so that
    scanning the bag at hand-over opens the pickup with its code filled in.

    This is only safe because the label is stuck on the bag that waits on the shelf behind the counter:
    the customer never holds it before collection, and nobody outside the staff area can read it.
    It is the same payload the customer's "ready" message carries.
    """
    return pickup_qr_payload(str(pickup.get("order_number", "")), str(pickup.get("pickup_code", "")))


def name_parts(pickup: dict[str, Any], customer: dict[str, Any] | None = None) -> tuple[str, str]:
    """(given, family) for the label, which emphasises the family name (how bags are shelved and called out).

    From the customer record when it is cached; otherwise the display name's last word is taken as the
    family name. A one-word name is all family name.
    """
    if customer and customer.get("family_name"):
        return str(customer.get("given_name") or "").strip(), str(customer["family_name"]).strip()
    words = str(pickup.get("customer_name") or "").split()
    if not words:
        return "", ""
    return " ".join(words[:-1]), words[-1]


def item_count(pickup: dict[str, Any]) -> int:
    """How many items are (or will be) in the bag: the picked quantities once picked, else those ordered."""
    lines = pickup.get("lines") or []
    if pickup.get("status") in _PICKED:
        return sum(int(line.get("picked_quantity") or 0) for line in lines)
    return sum(int(line.get("quantity") or 0) for line in lines)
