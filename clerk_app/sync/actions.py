"""What staff do at the counter, queued for sync: each action checks what the cache knows, writes
its outbox row and its optimistic effect in one transaction, and wakes the engine to push it."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from ..domain import pickups
from ..errors import NotFound, ValidationFailed

MAX_LINE_QUANTITY = 99  # API.md v1.1: a cart line or an order line holds 1..99


def _currency(cache: Any, customer_id: str) -> str | None:
    """The customer's currency as their figures show it, for a product the cache has no price for."""
    return ((cache.customer(customer_id) or {}).get("stats") or {}).get("currency")


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class Actions:
    def __init__(self, cache: Any, *, wake: Callable[[], None] = lambda: None, now: Callable[[], datetime] = _now) -> None:
        self.cache = cache
        self.wake = wake
        self.now = now

    def pickup_action(self, name: str, args: dict[str, Any], staff_id: str) -> dict[str, Any]:
        """Queue a pickup action; returns the pickup as the screen should now show it."""
        pickup = self.cache.pickup(args["pickup_id"])
        if pickup is None:
            raise NotFound("This pickup is not in this store's list.")
        now = self.now()
        after = pickups.apply(name, args, pickup, now, staff_id)
        self.cache.enqueue(name, args, staff_id, entity="pickup", entity_id=pickup["id"], optimistic=after,
                           acted_at=pickups.iso(now))
        self.wake()
        return after

    def start_picking(self, pickup_id: str, staff_id: str) -> dict[str, Any]:
        return self.pickup_action("pickup.start_picking.v1", {"pickup_id": pickup_id}, staff_id)

    def mark_ready(self, pickup_id: str, shelf_location: str, picked: list[dict[str, Any]], staff_id: str) -> dict[str, Any]:
        if not shelf_location.strip():
            raise ValidationFailed("Enter the shelf where the order waits.")
        return self.pickup_action("pickup.mark_ready.v1", {"pickup_id": pickup_id, "shelf_location": shelf_location.strip(),
                                                           "picked": picked}, staff_id)

    def hand_over(self, pickup_id: str, *, pickup_code: str, collected_by: str, id_check: str, id_last4: str | None,
                  collected: list[dict[str, Any]], staff_id: str) -> dict[str, Any]:
        return self.pickup_action("pickup.hand_over.v1", {
            "pickup_id": pickup_id, "pickup_code": pickup_code.strip().upper(), "collected_by": collected_by,
            "id_check": id_check, "id_last4": (id_last4 or "").strip() or None, "collected": collected}, staff_id)

    def notify(self, pickup_id: str, kind: str, staff_id: str) -> dict[str, Any]:
        return self.pickup_action("pickup.notify.v1", {"pickup_id": pickup_id, "kind": kind}, staff_id)

    def record_arrival(self, pickup_id: str, note: str | None, staff_id: str) -> dict[str, Any]:
        return self.pickup_action("pickup.record_arrival.v1", {"pickup_id": pickup_id, "note": note}, staff_id)

    def mark_no_show(self, pickup_id: str, manager_id: str) -> dict[str, Any]:
        return self.pickup_action("pickup.mark_no_show.v1", {"pickup_id": pickup_id}, manager_id)

    def restock(self, pickup_id: str, manager_id: str) -> dict[str, Any]:
        return self.pickup_action("pickup.restock.v1", {"pickup_id": pickup_id}, manager_id)

    def cancel(self, pickup_id: str, reason: str, manager_id: str) -> dict[str, Any]:
        if not reason.strip():
            raise ValidationFailed("Say why the order is cancelled.")
        return self.pickup_action("pickup.cancel.v1", {"pickup_id": pickup_id, "reason": reason.strip()}, manager_id)

    def add_note(self, customer_id: str, body: str, staff: dict[str, Any], store_id: str) -> dict[str, Any]:
        body = body.strip()
        if not 1 <= len(body) <= 2000:
            raise ValidationFailed("A note is 1 to 2000 characters.")
        now = pickups.iso(self.now())
        note = {"id": str(uuid.uuid4()), "version": 0, "customer_id": customer_id, "body": body,
                "author_staff_id": staff["id"], "author_name": staff["display_name"], "store_id": store_id,
                "created_at": now, "updated_at": now}
        self.cache.enqueue("customer.add_note.v1", {"customer_id": customer_id, "note_id": note["id"], "body": body},
                           staff["id"], entity="note", entity_id=note["id"], optimistic=note, acted_at=now)
        self.wake()
        return note

    # --- ordering for a customer (API.md v1.1 "Mutations (added)") -------------------------------

    def _line(self, sku: str, quantity: int, product: dict[str, Any] | None) -> dict[str, Any]:
        if not isinstance(quantity, int) or not 1 <= quantity <= MAX_LINE_QUANTITY:
            raise ValidationFailed("The quantity is 1 to 99.")
        known = self.cache.product(sku) or {}
        product = {**known, **(product or {})}
        return {"sku": sku, "name": product.get("name") or sku, "quantity": quantity,
                "unit_price_cents": int(product.get("price_cents") or product.get("unit_price_cents") or 0),
                "currency": product.get("currency")}

    def place_pickup(self, customer_id: str, store_id: str, sku: str, quantity: int, staff_id: str, *,
                     product: dict[str, Any] | None = None) -> dict[str, Any]:
        """Queue an order for the customer to collect at `store_id`; returns the order as the history shows it
        until the server's arrives (same id: the server's replaces it). `product` (name, price_cents, currency)
        fills in what the cache does not know of the SKU."""
        if self.cache.customer(customer_id) is None:
            raise NotFound("This customer is not on this computer.")
        if not store_id:
            raise ValidationFailed("Choose the store where the customer collects.")
        line = self._line(sku, quantity, product)
        currency = line.pop("currency") or _currency(self.cache, customer_id)
        now = pickups.iso(self.now())
        order = {"id": str(uuid.uuid4()), "version": 0, "number": None, "customer_id": customer_id, "channel": "store",
                 "placed_at": now, "status": "placed", "fulfillment": "pickup", "store_id": store_id,
                 "currency": currency, "total_cents": line["quantity"] * line["unit_price_cents"], "lines": [line],
                 "updated_at": now}
        args = {"order_id": order["id"], "customer_id": customer_id, "store_id": store_id,
                "lines": [{"sku": sku, "quantity": quantity}]}
        self.cache.enqueue("order.place_pickup.v1", args, staff_id, entity="order", entity_id=order["id"],
                           optimistic=order, acted_at=now)
        self.wake()
        return order

    def add_to_cart(self, customer_id: str, sku: str, quantity: int, staff_id: str, *,
                    product: dict[str, Any] | None = None) -> dict[str, Any]:
        """Queue a line into the customer's active online cart (the server starts one if there is none);
        returns the cart as the 360 shows it until the server answers."""
        if self.cache.customer(customer_id) is None:
            raise NotFound("This customer is not on this computer.")
        line = self._line(sku, quantity, product)
        currency = line.pop("currency")
        now = pickups.iso(self.now())
        active = next((c for c in self.cache.carts_with_stock(customer_id) if c.get("status") == "active"), None)
        if active is None:
            # A stand-in until the server answers with the cart it started (outbox.settle swaps the ids).
            cart = {"id": f"local-{uuid.uuid4()}", "version": 0, "customer_id": customer_id, "channel": "web",
                    "status": "active", "currency": currency or _currency(self.cache, customer_id),
                    "subtotal_cents": 0, "lines": []}
        else:
            cart = {k: v for k, v in active.items() if k not in ("pending", "synced_at")}
        lines = [{k: v for k, v in ln.items() if k != "available"} for ln in cart.get("lines") or []]
        same = next((ln for ln in lines if ln["sku"] == sku), None)
        if same is not None:
            if int(same.get("quantity") or 0) + quantity > MAX_LINE_QUANTITY:
                raise ValidationFailed("The cart already has %1 of this product; a line holds at most 99."
                                       .replace("%1", str(same.get("quantity"))))
            same["quantity"] = int(same.get("quantity") or 0) + quantity
            same["pending"] = True
        else:
            lines.append({**line, "pending": True})
        cart.update(lines=lines, updated_at=now,
                    subtotal_cents=sum(int(ln.get("quantity") or 0) * int(ln.get("unit_price_cents") or 0)
                                       for ln in lines))
        self.cache.enqueue("cart.add_line.v1", {"customer_id": customer_id, "sku": sku, "quantity": quantity},
                           staff_id, entity="cart", entity_id=cart["id"], optimistic=cart, acted_at=now)
        self.wake()
        return cart

    def record_views(self, customer_ids: list[str], staff_id: str) -> None:
        """Audit who looked at whom while offline (online views are audited by the server itself)."""
        if not customer_ids:
            return
        now = pickups.iso(self.now())
        events = [{"action": "customer.view", "subject": cid, "at": now} for cid in customer_ids]
        self.cache.enqueue("audit.record.v1", {"events": events}, staff_id, entity=None, entity_id=None,
                           optimistic=None, acted_at=now)
        self.wake()
