"""Pydantic models of the central API's replies (API.md), strict enough that a hostile reply is refused."""

from __future__ import annotations

import functools
import logging
import re
import threading
import types
import typing
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    Tag,
    TypeAdapter,
    ValidationError,
    model_validator,
)
from pydantic_core import InitErrorDetails
from typing_extensions import TypedDict  # pydantic needs this one on Python 3.11 (it depends on typing_extensions)

log = logging.getLogger(__name__)


# The labels of a change's two readings in a page (a kind this client knows, or another): left out of
# an error's location, which then reads "changes.3.order.data.status" as the models' own errors do.
_KNOWN, _OTHER = "(known kind)", "(other kind)"


def describe(exc: ValidationError, limit: int = 3) -> str:
    """Where and what is wrong, never the offending value: replies hold customer data and tokens."""
    parts = [
        f"{'.'.join(str(p) for p in err['loc'] if p not in (_KNOWN, _OTHER)) or '(reply)'}: {err['msg']}"
        for err in exc.errors(include_input=False, include_url=False, include_context=False)[:limit]
    ]
    more = exc.error_count() - len(parts)
    return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")


# --- enumerations the server may extend (API.md "Evolution") -------------------------------------
# Within v1 the server may add enumeration values. A value this client does not know is kept as sent
# (the cache stores the server's dict, the screens show it plainly) and noted in the log once per
# (field, value); it never makes a reply a protocol error.

_NOTED: set[tuple[str, str]] = set()
_NOTED_LOCK = threading.Lock()
_MAX_NOTED = 200  # a hostile server sending endless new values must not grow this (or the log) forever
# Only a value that looks like an enumeration's spelling is written to the log: a server could put
# anything in the field, and the log must hold no customer data.
_TOKEN = re.compile(r"[A-Za-z0-9_.-]{1,40}")


def note_unknown(field: str, value: object) -> None:
    """Log once that `field` came with a value this client does not know."""
    shown = value if isinstance(value, str) and _TOKEN.fullmatch(value) else "(a value that is not a name)"
    key = (field, shown)
    with _NOTED_LOCK:
        if key in _NOTED or len(_NOTED) >= _MAX_NOTED:
            return
        _NOTED.add(key)
    log.info("the server sent %s %r, which this version of Clerk does not know: kept as sent", field, shown)


def forget_noted() -> None:
    """Forget which unknown values were noted (for tests)."""
    with _NOTED_LOCK:
        _NOTED.clear()


def open_enum(field: str, *known: str) -> Any:
    """A string field with the values API.md lists, that also takes any other string (noted once).

    Known values are matched first (in pydantic's core, no Python call); only an unknown one reaches
    the note. Not a string at all is still refused: that is a broken reply, not a newer one.
    """
    def noted(value: str) -> str:
        note_unknown(field, value)
        return value

    return Annotated[typing.Union[Literal[known], Annotated[str, AfterValidator(noted)]],  # noqa: UP007
                     Field(union_mode="left_to_right")]


def known_values(annotation: Any) -> tuple[str, ...]:
    """The values API.md lists for an enumeration field made by `open_enum` (or a plain Literal)."""
    for arg in (annotation, *typing.get_args(annotation)):
        if typing.get_origin(arg) is Literal:
            return typing.get_args(arg)
        if typing.get_origin(arg) in (typing.Annotated, typing.Union, types.UnionType):
            found = known_values(arg)
            if found:
                return found
    return ()


class Reply(BaseModel):
    # API.md: clients ignore unknown fields. Strict, because the cache stores the raw dict and not
    # this model: a "5" coerced to 5 here would still reach the cache as "5".
    model_config = ConfigDict(extra="ignore", strict=True)


class Health(Reply):
    status: open_enum("health.status", "ok")
    version: str
    schema_version: int


class Staff(Reply):
    id: str
    username: str
    display_name: str
    role: open_enum("staff.role", "associate", "manager")  # an unknown role has no manager rights
    store_ids: list[str]


class OfflinePolicy(Reply):
    max_offline_hours: int


class TokenPair(Reply):
    # repr=False: a logged or printed reply must not show a token.
    access_token: str = Field(repr=False)
    refresh_token: str = Field(repr=False)
    expires_in: int
    token_type: Literal["Bearer"] = "Bearer"
    staff: Staff
    offline_policy: OfflinePolicy


LoginResult = TokenPair


class DeviceEnrollment(Reply):
    device_id: str
    device_token: str = Field(repr=False)
    store_id: str


class EnrollmentCode(Reply):
    """API.md v1.1: a new enrollment code, shown once (kept out of repr: never in a log or a test report)."""

    code: str = Field(repr=False)
    expires_at: str
    uses: int


class CustomerStats(Reply):
    lifetime_value_cents: int
    currency: str
    orders_count: int
    last_order_at: str | None
    channels_used: list[open_enum("customer.stats.channels_used", "web", "app", "store", "phone")]


class Customer(Reply):
    id: str
    version: int
    given_name: str
    family_name: str
    display_name: str
    email: str | None
    phone: str | None
    loyalty_id: str | None
    loyalty_tier: open_enum("customer.loyalty_tier", "none", "silver", "gold", "platinum")
    loyalty_points: int
    home_store_id: str
    preferred_channel: open_enum("customer.preferred_channel", "email", "sms", "phone", "app")
    marketing_consent: bool
    locale: str
    created_at: str
    updated_at: str
    stats: CustomerStats


class Line(Reply):
    sku: str
    name: str
    quantity: int
    unit_price_cents: int


class Cart(Reply):
    id: str
    version: int
    customer_id: str
    channel: open_enum("cart.channel", "web", "app")
    status: open_enum("cart.status", "active", "abandoned", "converted")
    updated_at: str
    currency: str
    subtotal_cents: int
    lines: list[Line]


class Order(Reply):
    id: str
    version: int
    number: str
    customer_id: str
    channel: open_enum("order.channel", "web", "app", "store", "phone")
    placed_at: str
    status: open_enum("order.status", "placed", "paid", "fulfilled", "cancelled", "returned", "partially_returned")
    fulfillment: open_enum("order.fulfillment", "ship", "pickup", "carry_out")
    store_id: str | None
    currency: str
    total_cents: int
    lines: list[Line]
    updated_at: str


class Note(Reply):
    id: str
    customer_id: str
    body: str
    author_staff_id: str
    author_name: str
    store_id: str | None
    created_at: str


class InventoryItem(Reply):
    store_id: str
    sku: str
    on_hand: int
    reserved: int
    available: int
    updated_at: str


class Product(Reply):
    sku: str
    name: str
    category: str
    barcode: str | None
    price_cents: int
    currency: str


class PickupLine(Reply):
    sku: str
    name: str
    quantity: int
    picked_quantity: int
    collected_quantity: int


class Notification(Reply):
    kind: open_enum("pickup.notifications.kind", "ready", "reminder", "cancelled")
    channel: str
    sent_at: str


class Handover(Reply):
    collected_by: open_enum("pickup.handover.collected_by", "customer", "alternate")
    id_check: open_enum("pickup.handover.id_check", "none", "id_card", "drivers_license", "passport",
                        "order_code_only")
    id_last4: str | None
    staff_id: str
    at: str


class Pickup(Reply):
    id: str
    version: int
    order_id: str
    order_number: str
    customer_id: str
    customer_name: str
    store_id: str
    status: open_enum("pickup.status", "new", "picking", "ready", "picked_up", "no_show", "restocked", "cancelled")
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


class Metrics(Reply):
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


class OpeningHours(Reply):
    # ISO weekday, 1 (Monday) to 7; a day not listed is closed. Only its type is checked: the page check
    # (`_as_typed_dict`) keeps a field's type, not Field constraints, and a Literal would be an enumeration.
    day: int
    opens: str  # "09:00", the store's local time
    closes: str


class Store(Reply):
    """A store of the chain (API.md v1.1 "Stores and staff"): `GET /v1/stores` and the feed's `store`."""
    id: str
    version: int
    name: str
    city: str
    address: str
    phone: str | None
    timezone: str
    opening_hours: list[OpeningHours]
    updated_at: str


class StaffMember(Reply):
    """The feed's `staff` entity: a colleague's name and role, never a username."""
    id: str
    version: int
    display_name: str
    role: open_enum("staff.role", "associate", "manager")


EntityKind = Literal["customer", "cart", "order", "pickup", "note", "inventory", "product", "store", "staff"]

ENTITY_MODELS: dict[str, type[Reply]] = {
    "customer": Customer, "cart": Cart, "order": Order, "pickup": Pickup, "note": Note,
    "inventory": InventoryItem, "product": Product, "store": Store, "staff": StaffMember,
}
# The field of an entity's data that its feed `id` names (inventory is per store, so the sku within it).
ENTITY_KEYS: dict[str, str] = {"inventory": "sku", "product": "sku"}


_STRICT = ConfigDict(strict=True, extra="ignore")
# Entities keep the fields this client does not know: a page validated from its JSON text yields the
# server's dicts as sent, which the cache stores (a new server field needs no client release).
_STRICT_KEEP = ConfigDict(strict=True, extra="allow")


def _as_typed_dict(model: type[BaseModel], made: dict[type[BaseModel], Any]) -> Any:
    """The same checks as `model` (fields, types, strictness) as a TypedDict, nested models included.

    Validating a dict against a TypedDict builds no model instances: for a page of 500 changes that
    is most of the cost of checking them. Derived from the models, so there is one definition.
    """
    if model in made:
        return made[model]

    def convert(annotation: Any) -> Any:
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            return _as_typed_dict(annotation, made)
        origin, args = typing.get_origin(annotation), typing.get_args(annotation)
        if origin in (types.UnionType, typing.Union):
            return typing.Union[tuple(convert(a) for a in args)]  # noqa: UP007 - built from a tuple
        if origin is list:
            return list[convert(args[0])]
        if origin is dict:
            return dict[convert(args[0]), convert(args[1])]
        return annotation  # a plain type or a Literal

    fields = {(info.alias or name): convert(info.annotation) for name, info in model.model_fields.items()}
    typed = TypedDict(model.__name__, fields)  # type: ignore[operator]
    typed.__pydantic_config__ = _STRICT_KEEP  # type: ignore[attr-defined]
    made[model] = typed
    return typed


_MADE: dict[type[BaseModel], Any] = {}
_ENTITY_CHECKS: dict[str, TypeAdapter[Any]] = {
    kind: TypeAdapter(_as_typed_dict(model, _MADE)) for kind, model in ENTITY_MODELS.items()
}


def _entity_errors(kind: str, data: Any) -> ValidationError | None:
    try:
        _ENTITY_CHECKS[kind].validate_python(data)
    except ValidationError as exc:
        return exc
    return None


def validate_entity(kind: str, data: Any) -> None:
    """Raise ValueError (without the data's values) if `data` is not a valid `kind` entity."""
    exc = _entity_errors(kind, data)
    if exc is not None:
        # Re-raised as a plain message: pydantic would otherwise quote the whole entity in the error.
        raise ValueError(f"data is not a valid {kind}: {describe(exc)}") from None


class Change(Reply):
    seq: int
    entity: EntityKind  # ChangesPage leaves out (and notes) a change of a kind this client does not know
    id: str
    op: Literal["upsert", "delete"]
    version: int
    # The server's dict as sent, unknown fields included: the cache stores it, so a new server field
    # arrives with no client migration. Validated against its entity's model below.
    data: dict[str, Any] | None

    @model_validator(mode="after")
    def _data_is_its_entity(self) -> Change:
        if self.op == "upsert":
            if self.data is None:
                raise ValueError("an upsert carries no data")
            validate_entity(self.entity, self.data)
            # The cache files the row under `id`; data for another record must not land there.
            if self.data.get(ENTITY_KEYS.get(self.entity, "id")) != self.id:
                raise ValueError(f"the data of {self.entity} change {self.seq} is for another record")
        return self


def _not_a_known_kind(kind: str) -> str:
    # Reached only when a change did not validate as any known kind: a known kind's change that
    # failed its own checks must stay an error, not pass as a change of some other kind.
    if kind in ENTITY_MODELS:
        raise ValueError(f"not a valid {kind} change")
    return kind


class _OtherKindChange(TypedDict):
    """A change of an entity kind this client does not know (API.md "Evolution"): checked as a change,
    then skipped (ChangesPage leaves it out, and the page's cursor still moves past it)."""
    __pydantic_config__ = _STRICT  # type: ignore[misc]
    seq: int
    entity: Annotated[str, AfterValidator(_not_a_known_kind)]
    id: str
    op: str
    version: int
    data: Any


class _ChangeHead(TypedDict):
    __pydantic_config__ = _STRICT  # type: ignore[misc]
    seq: int
    entity: str  # a kind this client does not know is skipped (ChangesPage.model_validate)
    id: str
    op: str  # checked below for the kinds this client knows
    version: int
    # Checked below, not here: a strict `dict[str, Any]` walks every nested value of every entity in
    # one call that holds the GIL (about 100 ms for a page of 500), and the GUI thread waits for it.
    data: Any


def _change_of(kind: str) -> Any:
    """A change of one entity kind, its data checked as that kind's entity (null for a delete)."""
    typed = TypedDict(f"{kind.title()}Change", {  # type: ignore[operator]
        "seq": int, "entity": Literal[kind], "id": str, "op": Literal["upsert", "delete"], "version": int,
        "data": typing.Optional[_as_typed_dict(ENTITY_MODELS[kind], _MADE)],  # noqa: UP045 - built at run time
    })
    typed.__pydantic_config__ = _STRICT  # type: ignore[attr-defined]
    return typed


class _PageText(TypedDict):
    """The whole page, each change's data checked by its `entity`, in one pass over the JSON text."""
    __pydantic_config__ = _STRICT  # type: ignore[misc]
    # Each change by its `entity`; one of a kind this client does not know is taken as `_OtherKindChange`.
    changes: list[Annotated[typing.Union[  # noqa: UP007
        Annotated[typing.Union[tuple(_change_of(kind) for kind in ENTITY_MODELS)],  # noqa: UP007
                  Field(discriminator="entity"), Tag(_KNOWN)],
        Annotated[_OtherKindChange, Tag(_OTHER)],
    ], Field(union_mode="left_to_right")]]
    next_cursor: str
    has_more: bool
    device_last_seq: int




@functools.cache
def _page_text() -> TypeAdapter[_PageText]:
    # Built when the first page comes, not at start-up: the window of the desktop app never needs it.
    return TypeAdapter(_PageText)


# JSON's NaN and Infinity are not JSON: the standard parser path refuses them (see the client).
_NOT_JSON_NUMBERS = (b"NaN", b"Infinity")


class _PageBody(TypedDict):
    __pydantic_config__ = _STRICT  # type: ignore[misc]
    changes: list[_ChangeHead]
    next_cursor: str
    has_more: bool
    device_last_seq: int


_PAGE_BODY = TypeAdapter(_PageBody)


class ChangesPage:
    """A page of the change feed, checked exactly as the `Change` model checks each change.

    `raw_changes` are the server's change dicts as sent (the engine hands them to the cache);
    `changes` shows them as `Change` models, made only when asked for. Validated with
    `ChangesPage.model_validate(reply)`, which raises pydantic's ValidationError as the models do:
    one pass over the whole page (strict TypedDicts, no model instances) is several times cheaper
    than a model per change, and the initial download validates tens of thousands of them.
    """

    __slots__ = ("_changes", "device_last_seq", "has_more", "next_cursor", "raw_changes")

    def __init__(self, raw_changes: list[dict[str, Any]], next_cursor: str, has_more: bool,
                 device_last_seq: int) -> None:
        self.raw_changes = raw_changes
        self.next_cursor = next_cursor
        self.has_more = has_more
        self.device_last_seq = device_last_seq
        self._changes: list[Change] | None = None

    @property
    def changes(self) -> list[Change]:
        if self._changes is None:
            self._changes = [Change.model_construct(**{k: c[k] for k in Change.model_fields}) for c in self.raw_changes]
        return self._changes

    @classmethod
    def model_validate(cls, data: Any) -> ChangesPage:
        _PAGE_BODY.validate_python(data)
        errors: list[InitErrorDetails] = []
        for i, change in enumerate(data["changes"]):
            entity, entity_data = change["entity"], change["data"]
            if entity not in ENTITY_MODELS:
                continue  # skipped (see `_checked`)
            if change["op"] not in ("upsert", "delete"):
                errors.append(_value_error(("changes", i, "op"), "a change's op must be upsert or delete"))
            elif entity_data is not None and not isinstance(entity_data, dict):
                errors.append(_value_error(("changes", i, "data"), "the data of a change must be an object"))
            elif change["op"] != "upsert":
                continue
            elif entity_data is None:
                errors.append(_value_error(("changes", i), "an upsert carries no data"))
            elif (found := _entity_errors(entity, entity_data)) is not None:
                errors += [_relocated(e, ("changes", i, "data")) for e in found.errors(include_url=False)]
            else:
                errors += _key_errors(i, change)
        return cls._checked(data, errors)

    @classmethod
    def model_validate_json(cls, raw: bytes) -> ChangesPage | None:
        """Decode and check a page in one pass (several times cheaper than parsing, then checking).

        Returns None for a text holding NaN or Infinity anywhere, even inside a string: this parser
        would take them as numbers, so the caller checks that text the standard way, which refuses them.
        """
        if any(word in raw for word in _NOT_JSON_NUMBERS):
            return None
        data = _page_text().validate_json(raw)
        errors: list[InitErrorDetails] = []
        for i, change in enumerate(data["changes"]):
            if change["op"] != "upsert" or change["entity"] not in ENTITY_MODELS:
                continue
            if change["data"] is None:
                errors.append(_value_error(("changes", i), "an upsert carries no data"))
            else:
                errors += _key_errors(i, change)
        return cls._checked(data, errors)

    @classmethod
    def _checked(cls, data: Any, errors: list[InitErrorDetails]) -> ChangesPage:
        if errors:
            raise ValidationError.from_exception_data(cls.__name__, errors)
        changes = data["changes"]
        if any(change["entity"] not in ENTITY_MODELS for change in changes):
            # API.md "Evolution": a change of a kind this client does not know is skipped; the page's
            # cursor, written with the rest, still moves past it.
            for change in changes:
                if change["entity"] not in ENTITY_MODELS:
                    note_unknown("change.entity", change["entity"])
            changes = [change for change in changes if change["entity"] in ENTITY_MODELS]
        return cls(changes, data["next_cursor"], data["has_more"], data["device_last_seq"])


def _key_errors(i: int, change: dict[str, Any]) -> list[InitErrorDetails]:
    # The cache files the row under `id`; data for another record must not land there.
    entity = change["entity"]
    if change["data"].get(ENTITY_KEYS.get(entity, "id")) == change["id"]:
        return []
    return [_value_error(("changes", i), f"the data of {entity} change {change['seq']} is for another record")]


def _value_error(loc: tuple[str | int, ...], message: str) -> InitErrorDetails:
    return {"type": "value_error", "loc": loc, "input": None, "ctx": {"error": ValueError(message)}}


def _relocated(error: Any, prefix: tuple[str | int, ...]) -> InitErrorDetails:
    moved: InitErrorDetails = {"type": error["type"], "loc": (*prefix, *error["loc"]), "input": None}
    if "ctx" in error:
        moved["ctx"] = error["ctx"]
    return moved


class MutationResult(Reply):
    mutation_id: str
    status: Literal["applied", "noop", "rejected"]
    problem: dict[str, Any] | None
    entity: dict[str, Any] | None  # the server's dict as sent (see Change.data)


class PushResult(Reply):
    results: list[MutationResult]
    device_last_seq: int


@dataclass(frozen=True)
class Page:
    """One page of a paged look-up: the server's item dicts, validated, and the cursor of the next page."""

    items: list[dict[str, Any]]
    next_cursor: str | None


class ItemList(Reply):
    items: list[dict[str, Any]]  # each validated against its entity model by the client


class ItemPage(ItemList):
    next_cursor: str | None
