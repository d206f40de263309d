"""The pickup state machine as the counter sees it: which actions a pickup allows now, and what it
looks like right after one (the optimistic effect shown while the action waits to sync).

The server (API.md "Pickup") stays the judge: these rules only let the screen answer at once and
refuse what could never succeed (a wrong pickup code, collecting more than was picked).
"""

from __future__ import annotations

import copy
from datetime import datetime, timedelta
from typing import Any

from ..errors import StatusConflict, ValidationFailed, WrongPickupCode

Pickup = dict[str, Any]

ID_DOCUMENTS = ("id_card", "drivers_license", "passport")
COLLECT_DAYS = 7

# action -> (statuses it may start from, the status it leads to (None: unchanged), manager only)
ACTIONS: dict[str, tuple[tuple[str, ...], str | None, bool]] = {
    "pickup.start_picking.v1": (("new",), "picking", False),
    "pickup.mark_ready.v1": (("picking",), "ready", False),
    "pickup.hand_over.v1": (("ready",), "picked_up", False),
    "pickup.notify.v1": (("ready",), None, False),
    "pickup.record_arrival.v1": (("new", "picking", "ready"), None, False),
    "pickup.mark_no_show.v1": (("ready",), "no_show", True),
    "pickup.restock.v1": (("no_show",), "restocked", True),
    "pickup.cancel.v1": (("new", "picking", "ready"), "cancelled", True),
}


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def allowed(pickup: Pickup, action: str, now: datetime) -> bool:
    starts, _, _ = ACTIONS[action]
    if pickup["status"] not in starts:
        return False
    if action == "pickup.mark_no_show.v1":
        return bool(pickup.get("pickup_by")) and now > parse(pickup["pickup_by"])
    return True


def _quantities(pickup: Pickup, items: list[dict[str, Any]], limit_key: str, what: str) -> dict[str, int]:
    limits = {line["sku"]: line[limit_key] for line in pickup["lines"]}
    chosen = {}
    for item in items:
        sku, quantity = item["sku"], int(item["quantity"])
        if sku not in limits or not 0 <= quantity <= limits[sku]:
            raise ValidationFailed(f"{what} quantity for {sku} must be between 0 and {limits.get(sku, 0)}.")
        chosen[sku] = quantity
    if not any(chosen.values()):
        raise ValidationFailed(f"At least one item must be {what.lower()}.")
    return chosen


def apply(action: str, args: dict[str, Any], pickup: Pickup, now: datetime, staff_id: str) -> Pickup:
    """The pickup as it will be once the server applies `action`; raises what the server would refuse."""
    if not allowed(pickup, action, now):
        raise StatusConflict(f"Not possible while the pickup is {pickup['status'].replace('_', ' ')}.")
    after = copy.deepcopy(pickup)
    stamp = iso(now)
    target = ACTIONS[action][1]
    if action == "pickup.mark_ready.v1":
        picked = _quantities(pickup, args["picked"], "quantity", "Picked")
        for line in after["lines"]:
            line["picked_quantity"] = picked.get(line["sku"], 0)
        after.update(shelf_location=args["shelf_location"], ready_at=stamp, pickup_by=iso(now + timedelta(days=COLLECT_DAYS)))
    elif action == "pickup.hand_over.v1":
        if str(args["pickup_code"]).strip().upper() != pickup["pickup_code"].upper():
            raise WrongPickupCode("The pickup code does not match this order.")
        if args["collected_by"] == "alternate" and not pickup.get("alternate_pickup_name"):
            raise ValidationFailed("No one else is named to collect this order.")
        if args["id_check"] in ID_DOCUMENTS and not (args.get("id_last4") or "").strip():
            raise ValidationFailed("Enter the last four characters of the ID document.")
        collected = _quantities(pickup, args["collected"], "picked_quantity", "Collected")
        for line in after["lines"]:
            line["collected_quantity"] = collected.get(line["sku"], 0)
        after.update(picked_up_at=stamp, handover={
            "collected_by": args["collected_by"], "id_check": args["id_check"],
            "id_last4": args.get("id_last4") if args["id_check"] in ID_DOCUMENTS else None, "staff_id": staff_id, "at": stamp})
    elif action == "pickup.notify.v1":
        after["notifications"] = [*after.get("notifications", []), {"kind": args["kind"], "channel": "pending", "sent_at": stamp}]
    elif action == "pickup.record_arrival.v1":
        after.update(customer_arrived_at=pickup.get("customer_arrived_at") or stamp, arrival_note=args.get("note"))
    elif action == "pickup.cancel.v1":
        after["cancel_reason"] = args["reason"]
    if target:
        after["status"] = target
    after["updated_at"] = stamp
    return after
