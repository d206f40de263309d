"""The pickup state machine (API.md "Pickup"): each action checks the status and returns the new pickup.

Pure functions over the pickup's JSON: no database. An action returns `None` when the pickup
is already in the asked-for state (a `noop`), raises `Problem` when it is not allowed, and
otherwise returns the changed pickup together with the stock movements it implies.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from . import schemas
from .problems import Problem, validation
from .security import iso, parse_iso

COLLECT_DAYS = 7  # how long a ready pickup waits on the shelf before its collect-by deadline
ID_DOCUMENTS = ("id_card", "drivers_license", "passport")


@dataclass
class Outcome:
    pickup: dict[str, Any]
    # (sku, change in on_hand, change in reserved) for the pickup's store
    stock: list[tuple[str, int, int]] = field(default_factory=list)
    notification: dict[str, Any] | None = None
    order_status: str | None = None


def _conflict(pickup: dict[str, Any], action: str) -> Problem:
    return Problem(
        "status-conflict",
        409,
        f"Cannot {action}: the pickup is {pickup['status'].replace('_', ' ')}.",
        current=pickup,
    )


def reserved_quantity(pickup: dict[str, Any], line: dict[str, Any]) -> int:
    """What a pickup holds back of a line: all of it until picked, then what was picked."""
    if pickup["status"] in ("new", "picking"):
        return line["quantity"]
    if pickup["status"] in ("ready", "no_show"):
        return line["picked_quantity"]
    return 0


def _release_all(pickup: dict[str, Any]) -> list[tuple[str, int, int]]:
    return [(ln["sku"], 0, -reserved_quantity(pickup, ln)) for ln in pickup["lines"] if reserved_quantity(pickup, ln)]


def _quantities(pickup: dict[str, Any], items: list[schemas.SkuQuantity], limit_key: str, what: str) -> dict[str, int]:
    limits = {ln["sku"]: ln[limit_key] for ln in pickup["lines"]}
    chosen: dict[str, int] = {}
    for item in items:
        if item.sku not in limits:
            raise validation(f"{item.sku} is not on this pickup.")
        if item.sku in chosen:
            raise validation(f"{item.sku} is listed twice.")
        if item.quantity > limits[item.sku]:
            raise validation(f"{what} {item.quantity} of {item.sku}, but only {limits[item.sku]} can be.")
        chosen[item.sku] = item.quantity
    if not any(chosen.values()):
        raise validation(f"Nothing {what.lower()}: at least one item is needed.")
    return chosen


def start_picking(pickup: dict[str, Any], args: schemas.StartPickingArgs, **_: Any) -> Outcome | None:
    if pickup["status"] == "picking":
        return None
    if pickup["status"] != "new":
        raise _conflict(pickup, "start picking")
    after = copy.deepcopy(pickup)
    after["status"] = "picking"
    return Outcome(after)


def mark_ready(pickup: dict[str, Any], args: schemas.MarkReadyArgs, *, now: str, channel: str, **_: Any) -> Outcome | None:
    if pickup["status"] == "ready":
        return None
    if pickup["status"] != "picking":
        raise _conflict(pickup, "mark ready")
    picked = _quantities(pickup, args.picked, "quantity", "Picked")
    after = copy.deepcopy(pickup)
    stock = []
    for ln in after["lines"]:
        ln["picked_quantity"] = picked.get(ln["sku"], 0)
        if ln["quantity"] != ln["picked_quantity"]:
            stock.append((ln["sku"], 0, ln["picked_quantity"] - ln["quantity"]))
    after.update(status="ready", shelf_location=args.shelf_location.strip(), ready_at=now,
                 pickup_by=iso(parse_iso(now) + timedelta(days=COLLECT_DAYS)))
    short = [ln for ln in after["lines"] if ln["picked_quantity"] < ln["quantity"]]
    body = "Your order is ready to collect."
    if short:
        body += " Not available: " + ", ".join(f"{ln['quantity'] - ln['picked_quantity']} × {ln['name']}" for ln in short) + "."
    note = {"kind": "ready", "channel": channel, "sent_at": now}
    after["notifications"].append(note)
    return Outcome(after, stock, {**note, "body": body})


def hand_over(pickup: dict[str, Any], args: schemas.HandOverArgs, *, now: str, staff_id: str, **_: Any) -> Outcome | None:
    if pickup["status"] == "picked_up":
        return None
    if pickup["status"] != "ready":
        raise _conflict(pickup, "hand over")
    if args.pickup_code.strip().upper() != pickup["pickup_code"].upper():
        raise Problem("wrong-pickup-code", 422, "The pickup code does not match this order.")
    if args.collected_by == "alternate" and not pickup.get("alternate_pickup_name"):
        raise validation("No one else is named to collect this order.")
    last4 = (args.id_last4 or "").strip() or None
    if args.id_check in ID_DOCUMENTS and not (last4 and last4.isalnum()):
        raise validation("The last four characters of the ID document are needed.")
    if args.id_check not in ID_DOCUMENTS:
        last4 = None
    collected = _quantities(pickup, args.collected, "picked_quantity", "Collected")
    after = copy.deepcopy(pickup)
    stock = []
    for ln in after["lines"]:
        ln["collected_quantity"] = collected.get(ln["sku"], 0)
        # The collected units leave the store; anything picked but not taken goes back on sale.
        if ln["picked_quantity"]:
            stock.append((ln["sku"], -ln["collected_quantity"], -ln["picked_quantity"]))
    after.update(status="picked_up", picked_up_at=now, handover={
        "collected_by": args.collected_by, "id_check": args.id_check, "id_last4": last4, "staff_id": staff_id, "at": now})
    return Outcome(after, stock, order_status="fulfilled")


def notify(pickup: dict[str, Any], args: schemas.NotifyArgs, *, now: str, channel: str, **_: Any) -> Outcome | None:
    if pickup["status"] != "ready":
        raise _conflict(pickup, "send a notice")
    after = copy.deepcopy(pickup)
    note = {"kind": args.kind, "channel": channel, "sent_at": now}
    after["notifications"].append(note)
    body = "Your order is ready to collect." if args.kind == "ready" else "Reminder: your order is waiting for you."
    return Outcome(after, [], {**note, "body": body})


def record_arrival(pickup: dict[str, Any], args: schemas.RecordArrivalArgs, *, now: str, **_: Any) -> Outcome | None:
    if pickup["status"] not in ("new", "picking", "ready"):
        raise _conflict(pickup, "record an arrival")
    note = (args.note or "").strip() or None
    if pickup.get("customer_arrived_at") and pickup.get("arrival_note") == note:
        return None
    after = copy.deepcopy(pickup)
    after.update(customer_arrived_at=pickup.get("customer_arrived_at") or now, arrival_note=note)
    return Outcome(after)


def mark_no_show(pickup: dict[str, Any], args: schemas.MarkNoShowArgs, *, now: str, **_: Any) -> Outcome | None:
    if pickup["status"] == "no_show":
        return None
    if pickup["status"] != "ready":
        raise _conflict(pickup, "mark as not collected")
    if pickup.get("pickup_by") and now <= pickup["pickup_by"]:
        raise Problem("status-conflict", 409, "The customer still has until the collect-by date.", current=pickup)
    after = copy.deepcopy(pickup)
    after["status"] = "no_show"
    return Outcome(after)


def restock(pickup: dict[str, Any], args: schemas.RestockArgs, **_: Any) -> Outcome | None:
    if pickup["status"] == "restocked":
        return None
    if pickup["status"] != "no_show":
        raise _conflict(pickup, "restock")
    after = copy.deepcopy(pickup)
    after["status"] = "restocked"
    return Outcome(after, _release_all(pickup), order_status="cancelled")


def cancel(pickup: dict[str, Any], args: schemas.CancelArgs, *, now: str, channel: str, **_: Any) -> Outcome | None:
    if pickup["status"] == "cancelled":
        return None
    if pickup["status"] not in ("new", "picking", "ready"):
        raise _conflict(pickup, "cancel")
    after = copy.deepcopy(pickup)
    after.update(status="cancelled", cancel_reason=args.reason.strip())
    note = {"kind": "cancelled", "channel": channel, "sent_at": now}
    after["notifications"].append(note)
    return Outcome(after, _release_all(pickup), {**note, "body": "Your order was cancelled."}, order_status="cancelled")


# mutation name → (arguments model, action, manager only)
ACTIONS = {
    "pickup.start_picking.v1": (schemas.StartPickingArgs, start_picking, False),
    "pickup.mark_ready.v1": (schemas.MarkReadyArgs, mark_ready, False),
    "pickup.hand_over.v1": (schemas.HandOverArgs, hand_over, False),
    "pickup.notify.v1": (schemas.NotifyArgs, notify, False),
    "pickup.record_arrival.v1": (schemas.RecordArrivalArgs, record_arrival, False),
    "pickup.mark_no_show.v1": (schemas.MarkNoShowArgs, mark_no_show, True),
    "pickup.restock.v1": (schemas.RestockArgs, restock, True),
    "pickup.cancel.v1": (schemas.CancelArgs, cancel, True),
}
