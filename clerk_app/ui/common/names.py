"""Store and staff names as the screens and printouts show them, from the cached `store` and `staff` entities.

API.md v1.1: the feed carries every store of the chain and this store's own staff, so other stores and
colleagues have names offline too. Until the first sync has brought them (or for a colleague of another
store), a calm word stands in: "another store", "a colleague", never the raw id.

Each id is read from the cache once and remembered until the feed brings new stores or staff (`forget`, on
`ctx.cache_changed`): the search results paint a home store per row on every repaint, and that must cost a
dictionary look-up, not a query. Names come back `isolate()`d, ready to go inside a sentence or a cell.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from .language import isolate


def _tr(text: str) -> str:
    return QCoreApplication.translate("Names", text)


class Names:
    """The cache's stores and staff by id, each looked up once until `forget` says the feed changed them."""

    def __init__(self, reader: Any) -> None:
        self._reader = reader
        self._stores: dict[str, dict[str, Any] | None] = {}
        self._staff: dict[str, dict[str, Any] | None] = {}

    def forget(self, kinds: Any) -> None:
        """A slot for `cache_changed(kinds)`: new stores or staff arrived (a rebuilt cache says every kind)."""
        kinds = set(kinds or ())
        if "store" in kinds:
            self._stores.clear()
        if "staff" in kinds:
            self._staff.clear()

    def store(self, store_id: str) -> dict[str, Any] | None:
        if store_id not in self._stores:
            self._stores[store_id] = self._reader.store(store_id)
        return self._stores[store_id]

    def staff(self, staff_id: str) -> dict[str, Any] | None:
        if staff_id not in self._staff:
            self._staff[staff_id] = self._reader.staff_member(staff_id)
        return self._staff[staff_id]


def _names(ctx: Any) -> Names:
    names = getattr(ctx, "names", None)
    if names is None:  # a context made without one (never in the app): look up without remembering
        names = Names(ctx.reader)
    return names


def store(ctx: Any, store_id: str | None) -> dict[str, Any] | None:
    """The cached store entity of `store_id` ({"name", "city", ...}), or None before the feed brought it."""
    return _names(ctx).store(store_id) if store_id else None


def store_short_name(ctx: Any, store_id: str | None) -> str | None:
    """Another store's name alone (isolated), or None when the cache has no name for it yet."""
    found = store(ctx, store_id)
    return isolate(found["name"]) if found and found.get("name") else None


def store_name(ctx: Any, store_id: str | None) -> str:
    """A store as the clerk knows it: "Riverside (this store)", "Clerk Harbour (Москва)" for another one,
    "Another store" until the feed has brought the chain's stores; "" for no store."""
    if not store_id:
        return ""
    if store_id == ctx.store_id:
        return _tr("%1 (this store)").replace("%1", isolate(ctx.store_name))
    found = store(ctx, store_id)
    if not found or not found.get("name"):
        return _tr("Another store")
    if not found.get("city"):
        return isolate(found["name"])
    # Brackets read the same in all five languages (a right-to-left line mirrors them), so no words to translate.
    return f"{isolate(found['name'])} ({isolate(found['city'])})"


def this_store_name(ctx: Any) -> str:
    """This store's name for what customers read (slips, bag labels): the chain's name for it once the feed
    has brought it, else the name given at enrollment (as before v1.1)."""
    found = store(ctx, ctx.store_id)
    return str(found["name"]) if found and found.get("name") else ctx.store_name


def staff_name(ctx: Any, staff_id: str | None, *, sentence: bool = True) -> str:
    """Who did it: the staff member's display name, isolated inside a sentence (a cell of its own, `sentence=False`,
    is its own paragraph and takes the name as it is); "a colleague" / "A colleague" when this computer has no
    name for them yet; "" for nobody."""
    if not staff_id:
        return ""
    name = _display_name(ctx, staff_id)
    if name:
        return isolate(name) if sentence else name
    return a_colleague(sentence=sentence)


def _display_name(ctx: Any, staff_id: str) -> str | None:
    me = getattr(ctx, "staff", None) or {}
    if me.get("id") == staff_id and me.get("display_name"):
        return str(me["display_name"])
    found = _names(ctx).staff(staff_id)
    if found and found.get("display_name"):
        return str(found["display_name"])
    for person in getattr(ctx, "demo_staff", None) or []:
        if person and person.get("id") == staff_id and person.get("display_name"):
            return str(person["display_name"])
    return None


def a_colleague(*, sentence: bool = True) -> str:
    """The word for a staff member this computer has no name for."""
    if sentence:
        return QCoreApplication.translate("Names", "a colleague", "inside a sentence: staff whose name is not here yet")
    return QCoreApplication.translate("Names", "A colleague", "on its own: staff whose name is not here yet")
