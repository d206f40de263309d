"""Queued actions, server refusals and sync log lines told in a store clerk's words (for the Activity screen)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..common.format import server_word
from ..common.language import isolate, ltr


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("activity", text, None, n)


def status_word(status: str | None) -> str:
    """A pickup's status as the counter says it."""
    return {
        "new": _tr("New"),
        "picking": _tr("Being picked"),
        "ready": _tr("Ready for pickup"),
        "picked_up": _tr("Collected"),
        "no_show": _tr("Not collected"),
        "restocked": _tr("Restocked"),
        "cancelled": _tr("Cancelled"),
    }.get(status or "", server_word(status))


def _order(pickup: dict[str, Any] | None) -> str:
    number = (pickup or {}).get("order_number")
    return _tr("order %1").replace("%1", ltr(number)) if number else _tr("an order")


def action_text(name: str, args: dict[str, Any], pickup: dict[str, Any] | None = None,
                customer_name: str | None = None) -> str:
    """"Hand over order 10234", "Mark order 10234 ready (shelf B3)", "Note on Jane Doe"."""
    order = _order(pickup)
    if name == "pickup.start_picking.v1":
        return _tr("Start picking %1").replace("%1", order)
    if name == "pickup.mark_ready.v1":
        return _tr("Mark %1 ready (shelf %2)").replace("%1", order).replace("%2", ltr(args.get("shelf_location") or "?"))
    if name == "pickup.hand_over.v1":
        if args.get("collected_by") == "alternate" and (pickup or {}).get("alternate_pickup_name"):
            return _tr("Hand over %1 to %2").replace("%1", order).replace("%2", isolate(pickup["alternate_pickup_name"]))
        return _tr("Hand over %1").replace("%1", order)
    if name == "pickup.notify.v1":
        if args.get("kind") == "reminder":
            return _tr("Send a reminder for %1").replace("%1", order)
        return _tr("Tell the customer %1 is ready").replace("%1", order)
    if name == "pickup.record_arrival.v1":
        return _tr("Customer arrived for %1").replace("%1", order)
    if name == "pickup.mark_no_show.v1":
        return _tr("Mark %1 as not collected").replace("%1", order)
    if name == "pickup.restock.v1":
        return _tr("Put %1 back in stock").replace("%1", order)
    if name == "pickup.cancel.v1":
        return _tr("Cancel %1").replace("%1", order)
    if name == "customer.add_note.v1":
        return _tr("Note on %1").replace("%1", isolate(customer_name) if customer_name else _tr("a customer"))
    if name == "audit.record.v1":
        return _tr("Customer views recorded: %n", len(args.get("events") or []))
    return _tr("Another change")


def short_action(name: str) -> str:
    """An action's kind without its record, for sync log lines ("Hand over", "Note")."""
    return {
        "pickup.start_picking.v1": _tr("Start picking"),
        "pickup.mark_ready.v1": _tr("Mark ready"),
        "pickup.hand_over.v1": _tr("Hand over"),
        "pickup.notify.v1": _tr("Customer notice"),
        "pickup.record_arrival.v1": _tr("Customer arrived"),
        "pickup.mark_no_show.v1": _tr("Not collected"),
        "pickup.restock.v1": _tr("Put back in stock"),
        "pickup.cancel.v1": _tr("Cancel order"),
        "customer.add_note.v1": _tr("Note"),
        "audit.record.v1": _tr("Record of customer views"),
    }.get(name, _tr("Another change"))


def problem_text(problem: dict[str, Any] | None, server_entity: dict[str, Any] | None) -> str:
    """Why the store server refused, in words a clerk can act on."""
    problem = problem or {}
    slug = str(problem.get("type") or "").rsplit("/", 1)[-1]
    current = server_entity or problem.get("current") or {}
    if slug == "status-conflict" and current.get("status"):
        if current.get("status") == "cancelled" and current.get("cancel_reason"):
            return _tr("This order was cancelled: %1.").replace("%1", str(current["cancel_reason"]).rstrip("."))
        return _tr("Someone else changed this order first: it is now “%1”.").replace("%1", status_word(current["status"]))
    known = {
        "wrong-pickup-code": _tr("The pickup code did not match this order."),
        "forbidden": _tr("Only a manager may do this."),
        "not-found": _tr("The store server no longer has this record."),
        "status-conflict": _tr("Someone else changed this record first."),
        "idempotency-mismatch": _tr("The store server already has a different version of this action."),
        "unsupported-version": _tr("The store server does not know this action yet. It is kept here: "
                                   "retry it once the store server is updated."),
    }
    if slug in known:
        return known[slug]
    detail = problem.get("detail") or problem.get("title")
    if detail:
        return _tr("The store server did not accept it: %1").replace("%1", str(detail))
    return _tr("The store server did not accept it.")


_ACTION_NAME = re.compile(r"\b(?:pickup|customer|audit)\.[a-z_]+\.v\d+\b")


def humanise_log(line: str) -> str:
    """Sync log lines name actions by their wire names; show the clerk's words instead."""
    return _ACTION_NAME.sub(lambda m: short_action(m.group(0)), line)

