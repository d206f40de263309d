"""Request and reply models: they validate what comes in and document the contract in OpenAPI."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator


class _In(BaseModel):
    # API.md: unknown fields in requests are ignored.
    model_config = ConfigDict(extra="ignore")


class _Out(BaseModel):
    # Replies may carry more than documented; clients ignore what they do not know.
    model_config = ConfigDict(extra="allow")


def _absent_unless_sent(schema: dict[str, Any]) -> None:
    # An extension a problem carries only when it applies: no "default": null in the document.
    schema.pop("default", None)


class ProblemError(_Out):
    loc: list[str]
    msg: str
    type: str


class Problem(_Out):
    """RFC 9457 problem details (`application/problem+json`); the extensions are there only where they apply."""

    type: str = Field(description="`/problems/<slug>`: the slugs are API.md's.", pattern="^/problems/[a-z-]+$")
    title: str
    status: int = Field(ge=400, le=599)
    detail: str = ""
    errors: list[ProblemError] = Field(default=None, json_schema_extra=_absent_unless_sent,
                                       description="`validation`: where the request is not valid (never the value).")
    retry_after: int = Field(default=None, json_schema_extra=_absent_unless_sent,
                             description="`rate-limited`: seconds until a sign-in may be tried again.")
    min_version: str = Field(default=None, json_schema_extra=_absent_unless_sent,
                             description="`unsupported-version`: the oldest Clerk this server serves.")
    current: dict[str, Any] = Field(default=None, json_schema_extra=_absent_unless_sent,
                                    description="`status-conflict` (in a mutation's result): the record as it is now.")


class Health(_Out):
    status: Literal["ok"]
    version: str
    schema_version: int


class Staff(_Out):
    id: str
    username: str
    display_name: str
    role: Literal["associate", "manager"]
    store_ids: list[str]


class OfflinePolicy(_Out):
    max_offline_hours: int


class LoginIn(_In):
    username: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=1, max_length=1000)
    # Absent only for the manager's sign-in that enrolls a new device.
    device_id: str | None = Field(default=None, max_length=200)


class RefreshIn(_In):
    refresh_token: str = Field(min_length=1, max_length=500)


class TokenPair(_Out):
    access_token: str
    refresh_token: str
    expires_in: int
    token_type: Literal["Bearer"] = "Bearer"
    staff: Staff
    offline_policy: OfflinePolicy


def _store_or_code(schema: dict[str, Any]) -> None:
    # What the model's validator says, in the document: a store (with a manager's token) or a code (no token).
    schema["anyOf"] = [{"required": ["store_id"]}, {"required": ["enrollment_code"]}]


class DeviceIn(_In):
    """Enroll a counter: `store_id` with a manager's staff token, or (v1.1) `enrollment_code` with no token."""

    model_config = ConfigDict(extra="ignore", json_schema_extra=_store_or_code)

    # Either may be left out, but neither may be null (so the document's types are the server's).
    store_id: str = Field(default=None, min_length=1, max_length=200, json_schema_extra=_absent_unless_sent, description=(
        "The store to enroll into (needs a manager's staff token); with `enrollment_code`, the store the code "
        "must be for (else 401)."))
    enrollment_code: str = Field(default=None, min_length=1, max_length=100, json_schema_extra=_absent_unless_sent,
                                 description=(
        "v1.1: a manager's enrollment code, in any case, with or without dashes and spaces; no token needed. "
        "It decides the store and spends one of its uses."))
    name: str = Field(min_length=1, max_length=200)

    @model_validator(mode="after")
    def _one_way(self) -> DeviceIn:
        if self.store_id is None and self.enrollment_code is None:
            raise ValueError("give store_id (with a manager's token) or enrollment_code")
        return self


class EnrollmentCodeIn(_In):
    expires_in_hours: int = Field(ge=1, le=168, description="How long the code works: 1 hour to 7 days.")
    uses: int = Field(ge=1, le=500, description="How many counters it can enroll.")


class EnrollmentCodeOut(_Out):
    code: str = Field(description="Shown this once (the server keeps only its hash): 10 characters in groups, "
                                  "e.g. `K7QD-M3XP-2R`, without 0, O, 1 or I.")
    expires_at: str
    uses: int


class DeviceOut(_Out):
    device_id: str
    device_token: str
    store_id: str


class CustomerStats(_Out):
    lifetime_value_cents: int
    currency: str
    orders_count: int
    last_order_at: str | None
    channels_used: list[Literal["web", "app", "store", "phone"]]


class Customer(_Out):
    id: str
    version: int
    given_name: str
    family_name: str
    display_name: str
    email: str | None
    phone: str | None
    loyalty_id: str | None
    loyalty_tier: Literal["none", "silver", "gold", "platinum"]
    loyalty_points: int
    home_store_id: str
    preferred_channel: Literal["email", "sms", "phone", "app"]
    marketing_consent: bool
    locale: str
    created_at: str
    updated_at: str
    stats: CustomerStats


class Line(_Out):
    sku: str
    name: str
    quantity: int
    unit_price_cents: int


class Cart(_Out):
    id: str
    version: int
    customer_id: str
    channel: Literal["web", "app"]
    status: Literal["active", "abandoned", "converted"]
    updated_at: str
    currency: str
    subtotal_cents: int
    lines: list[Line]


class Order(_Out):
    id: str
    version: int
    number: str
    customer_id: str
    channel: Literal["web", "app", "store", "phone"]
    placed_at: str
    status: Literal["placed", "paid", "fulfilled", "cancelled", "returned", "partially_returned"]
    fulfillment: Literal["ship", "pickup", "carry_out"]
    store_id: str | None
    currency: str
    total_cents: int
    lines: list[Line]
    updated_at: str


class Note(_Out):
    id: str
    customer_id: str
    body: str
    author_staff_id: str
    author_name: str
    store_id: str | None
    created_at: str


class InventoryItem(_Out):
    store_id: str
    sku: str
    on_hand: int
    reserved: int
    available: int
    updated_at: str


class Product(_Out):
    sku: str
    name: str
    category: str
    barcode: str | None
    price_cents: int
    currency: str


class PickupLine(_Out):
    sku: str
    name: str
    quantity: int
    picked_quantity: int
    collected_quantity: int


class Notification(_Out):
    kind: Literal["ready", "reminder", "cancelled"]
    channel: str
    sent_at: str


class Handover(_Out):
    collected_by: Literal["customer", "alternate"]
    id_check: Literal["none", "id_card", "drivers_license", "passport", "order_code_only"]
    id_last4: str | None
    staff_id: str
    at: str


class Pickup(_Out):
    id: str
    version: int
    order_id: str
    order_number: str
    customer_id: str
    customer_name: str
    store_id: str
    status: Literal["new", "picking", "ready", "picked_up", "no_show", "restocked", "cancelled"]
    created_at: str
    promised_by: str
    ready_at: str | None
    pickup_by: str | None
    picked_up_at: str | None
    shelf_location: str | None
    pickup_code: str
    alternate_pickup_name: str | None
    customer_arrived_at: str | None
    arrival_note: str | None
    lines: list[PickupLine]
    notifications: list[Notification]
    handover: Handover | None
    cancel_reason: str | None
    updated_at: str


class CustomerPage(_Out):
    items: list[Customer]
    next_cursor: str | None


class OrderPage(_Out):
    items: list[Order]
    next_cursor: str | None


class PickupPage(_Out):
    items: list[Pickup]
    next_cursor: str | None


class CartList(_Out):
    items: list[Cart]


class NoteList(_Out):
    items: list[Note]


class InventoryList(_Out):
    items: list[InventoryItem]


class ProductList(_Out):
    items: list[Product]


class ProductPage(_Out):
    items: list[Product]
    next_cursor: str | None = None


class OpeningHours(_Out):
    day: int = Field(ge=1, le=7, description="ISO weekday: 1 is Monday, 7 is Sunday.")
    opens: str = Field(description="Local time in the store's time zone, HH:MM.")
    closes: str = Field(description="Local time in the store's time zone, HH:MM.")


class Store(_Out):
    id: str
    version: int
    name: str
    city: str
    address: str
    phone: str | None
    timezone: str
    opening_hours: list[OpeningHours]
    updated_at: str


class StoreList(_Out):
    items: list[Store]


class StaffEntity(_Out):
    """The feed's `staff` entity: never a username or a password."""
    id: str
    version: int
    display_name: str
    role: Literal["associate", "manager"]


class Change(_Out):
    seq: int
    entity: Literal["customer", "cart", "order", "pickup", "note", "inventory", "product", "store", "staff"]
    id: str
    op: Literal["upsert", "delete"]
    version: int
    data: dict[str, Any] | None


class ChangesPage(_Out):
    changes: list[Change]
    next_cursor: str
    has_more: bool
    device_last_seq: int


class MutationIn(_In):
    mutation_id: str = Field(min_length=1, max_length=100, description="Unique within the batch.")
    seq: int = Field(ge=1, le=2**63 - 1, description="Unique within the batch (a 64-bit integer).")
    name: str = Field(min_length=1, max_length=100)
    acted_by: str = Field(min_length=1, max_length=200)
    acted_at: str = Field(min_length=1, max_length=64)
    args: dict[str, Any]


class MutationBatchIn(_In):
    device_id: str = Field(min_length=1, max_length=200)
    mutations: list[MutationIn] = Field(max_length=500)


class MutationResult(_Out):
    mutation_id: str
    status: Literal["applied", "noop", "rejected"]
    problem: dict[str, Any] | None
    entity: dict[str, Any] | None


class MutationBatchOut(_Out):
    results: list[MutationResult]
    device_last_seq: int


class Metrics(_Out):
    store_id: str
    from_: str = Field(alias="from")
    to: str
    pickups_created: int
    picked_up: int
    no_shows: int
    cancelled: int
    median_minutes_to_ready: float | None
    ready_on_time_ratio: float | None
    median_minutes_ready_to_collected: float | None
    open_by_status: dict[str, int]


# --- mutation arguments ------------------------------------------------------------------

class _Args(_In):
    pickup_id: str = Field(min_length=1, max_length=200)


class SkuQuantity(_In):
    sku: str = Field(min_length=1, max_length=100)
    quantity: int = Field(ge=0, le=100000)


class StartPickingArgs(_Args):
    pass


class MarkReadyArgs(_Args):
    shelf_location: str = Field(min_length=1, max_length=40)
    picked: list[SkuQuantity] = Field(max_length=200)


class HandOverArgs(_Args):
    pickup_code: str = Field(min_length=1, max_length=20)
    collected_by: Literal["customer", "alternate"]
    id_check: Literal["none", "id_card", "drivers_license", "passport", "order_code_only"]
    id_last4: str | None = Field(default=None, max_length=4)
    collected: list[SkuQuantity] = Field(max_length=200)


class NotifyArgs(_Args):
    kind: Literal["ready", "reminder"]


class RecordArrivalArgs(_Args):
    note: str | None = Field(default=None, max_length=500)


class MarkNoShowArgs(_Args):
    pass


class RestockArgs(_Args):
    pass


class CancelArgs(_Args):
    reason: str = Field(min_length=1, max_length=500)


class AddNoteArgs(_In):
    customer_id: str = Field(min_length=1, max_length=200)
    note_id: str = Field(min_length=1, max_length=100)
    body: str = Field(min_length=1, max_length=2000)


class AuditEvent(_In):
    action: Literal["customer.view"]
    subject: str = Field(min_length=1, max_length=200)
    at: str = Field(min_length=1, max_length=64)


class AuditArgs(_In):
    events: list[AuditEvent] = Field(min_length=1, max_length=500)
