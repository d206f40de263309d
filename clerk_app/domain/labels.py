"""What a pickup's printed paperwork says: the slip's and the label's QR payloads (neither with the pickup code), the name split, the item count."""

from __future__ import annotations

from typing import Any

from .scan import bag_label_payload

_PICKED = ("ready", "picked_up", "no_show", "restocked")


def slip_qr_payload(pickup: dict[str, Any]) -> str:
    """The slip's QR: the order number only.

    The slip is staff paperwork that travels (picking list, clipboard, signed hand-over copy filed away), so
    it must never carry the pickup code, the customer's proof of collection, not even machine-readable.
    Scanning the order number still opens the pickup in Clerk; the clerk then asks the customer for the code.
    """
    return str(pickup.get("order_number", "")).strip().upper()


def label_qr_payload(pickup: dict[str, Any]) -> str:
    """The bag label's QR: the order only (`CLERKBAG:<order>`), never the pickup code.

    The code is the customer's proof at hand-over: a label that carried it would let anyone who reads
    the bag (a colleague, a courier, someone at the counter) fill it in, and the check would prove
    nothing about who is collecting. Scanning the label opens the hand-over with the code empty; the
    customer types it or shows their "ready" notice, whose QR (`CLERKPICKUP:<order>:<code>`) fills it.
    """
    return bag_label_payload(str(pickup.get("order_number", "")))


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
