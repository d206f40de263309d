"""How customer and order fields read on screen (tiers, channels, statuses, stores), in the clerk's words."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..common import format as fmt
from ..common import names
from ..common.language import ltr


def _tr(text: str) -> str:
    return QCoreApplication.translate("Customers", text)


def tier(value: str | None) -> tuple[str, str]:
    """(label, badge tone) of a loyalty tier; one a newer server added reads as it spells it."""
    if value in (None, "", "none"):
        return _tr("No tier"), ""
    return {
        "platinum": (_tr("Platinum"), "accent"),
        "gold": (_tr("Gold"), "warn"),
        "silver": (_tr("Silver"), ""),
    }.get(value, (fmt.server_word(value), ""))


def channel(value: str | None) -> str:
    return {"web": _tr("Web"), "app": _tr("App"), "store": _tr("In store"), "phone": _tr("Phone"),
            "email": _tr("Email"), "sms": _tr("Text message")}.get(value or "", fmt.server_word(value))


def order_status(value: str | None) -> tuple[str, str]:
    """(label, badge tone) of an order's status."""
    return {
        "placed": (_tr("Placed"), "accent"),
        "paid": (_tr("Paid"), "accent"),
        "fulfilled": (_tr("Fulfilled"), "good"),
        "cancelled": (_tr("Cancelled"), "bad"),
        "returned": (_tr("Returned"), "warn"),
        "partially_returned": (_tr("Partly returned"), "warn"),
    }.get(value or "", (fmt.server_word(value), ""))


def pickup_status(value: str | None) -> str:
    return {"new": _tr("New"), "picking": _tr("Being picked"), "ready": _tr("Ready for pickup"),
            "picked_up": _tr("Collected"), "no_show": _tr("Not collected"), "restocked": _tr("Restocked"),
            "cancelled": _tr("Cancelled")}.get(value or "", fmt.server_word(value))


def store(ctx: Any, store_id: str | None) -> str:
    """A store as the clerk knows it: "Riverside (this store)", another by its name and city (common.names)."""
    return names.store_name(ctx, store_id)


def fulfilment(ctx: Any, order: dict[str, Any]) -> str:
    kind = order.get("fulfillment")
    if kind == "ship":
        return _tr("Delivery")
    here = order.get("store_id") == ctx.store_id
    # Another store by its name once the feed has brought the chain's stores; "another store" until then.
    elsewhere = None if here else names.store_short_name(ctx, order.get("store_id"))
    if kind == "carry_out":
        if here:
            return _tr("Bought in store")
        return _tr("Bought at %1").replace("%1", elsewhere) if elsewhere else _tr("Bought in another store")
    if kind == "pickup":
        if here:
            return _tr("Pickup here")
        return _tr("Pickup at %1").replace("%1", elsewhere) if elsewhere else _tr("Pickup at another store")
    return fmt.server_word(kind)


def moment(text: str | None, now: datetime) -> str:
    """A time of today as "10:42", any other as the short date and time."""
    when = fmt.parse_time(text)
    if when is None:
        return ""
    if when.astimezone().date() == now.astimezone().date():
        return fmt.clock_time(text)
    return fmt.local_time(text)


def contact_parts(customer: dict[str, Any]) -> list[str]:
    """The email and the phone number the customer has, as they are."""
    return [str(part) for part in (customer.get("email"), customer.get("phone")) if part]


def contact_line(customer: dict[str, Any]) -> str:
    """Email and phone, each read left to right in any layout ("+15331964959", never "15331964959+")."""
    return " · ".join(ltr(part) for part in contact_parts(customer))
