"""Queued actions, server refusals and sync log lines told in a store clerk's words (for the Activity screen)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..common.format import number as format_number
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


def _line(args: dict[str, Any], product_name: str | None) -> str:
    """"2 × Trail shoe" for the (first) line of an order or a cart line."""
    lines = args.get("lines")
    line = lines[0] if isinstance(lines, list) and lines and isinstance(lines[0], dict) else args
    count = line.get("quantity") if isinstance(line.get("quantity"), int) else 0
    what = isolate(product_name) if product_name else ltr(str(line.get("sku") or ""))
    # One isolate round "2 × name", as the order history writes a line: it stays together in any direction.
    return f"\u2068{format_number(count)} × {what}\u2069"


def action_text(name: str, args: dict[str, Any], pickup: dict[str, Any] | None = None,
                customer_name: str | None = None, store_name: str | None = None,
                product_name: str | None = None) -> str:
    """"Hand over order 10234", "Mark order 10234 ready (shelf B3)", "Note on Jane Doe"."""
    order = _order(pickup)
    if name == "order.place_pickup.v1":
        where = isolate(store_name) if store_name else ltr(str(args.get("store_id") or ""))
        return _tr("Order %1 for pickup at %2").replace("%1", _line(args, product_name)).replace("%2", where)
    if name == "cart.add_line.v1":
        return _tr("Add %1 to the online cart").replace("%1", _line(args, product_name))
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
        "order.place_pickup.v1": _tr("Order for pickup"),
        "cart.add_line.v1": _tr("Add to online cart"),
    }.get(name, _tr("Another change"))


def stock_now(problem: dict[str, Any] | None, sku: str | None = None) -> int | None:
    """How many the store has available now, from a refused order's problem (API.md v1.1), or None."""
    items = (problem or {}).get("inventory")
    if not isinstance(items, list):
        return None
    for item in items:
        if isinstance(item, dict) and (sku is None or item.get("sku") == sku) and isinstance(item.get("available"), int):
            return item["available"]
    return 0 if sku is not None else None  # the store does not stock it at all


def problem_text(problem: dict[str, Any] | None, server_entity: dict[str, Any] | None,
                 store_name: str | None = None, sku: str | None = None) -> str:
    """Why the store server refused, in words a clerk can act on."""
    problem = problem or {}
    slug = str(problem.get("type") or "").rsplit("/", 1)[-1]
    if slug == "status-conflict" and "inventory" in problem:
        available = stock_now(problem, sku)
        where = isolate(store_name) if store_name else ltr(str(problem.get("store_id") or ""))
        return (_tr("%1 no longer has enough: %2 available there now.").replace("%1", where)
                .replace("%2", format_number(available or 0)))
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


_ACTION_NAME = re.compile(r"\b(?:pickup|customer|audit|order|cart)\.[a-z_]+\.v\d+\b")


def humanise_log(line: str) -> str:
    """Sync log lines name actions by their wire names; show the clerk's words instead."""
    return _ACTION_NAME.sub(lambda m: short_action(m.group(0)), line)

