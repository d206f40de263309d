"""Where the customer collects: every store of the chain with a SKU's availability as last seen.

Online, the chain's stock is fetched live (`GET /v1/inventory?sku=`, off the GUI thread) and remembered for the
session (`SeenStock`); offline, or before the answer, each store shows what was last seen and when: the last
live answer, and for this store the cache's own stock. A store with none available is listed but cannot be
chosen; one whose stock this computer has not seen can be chosen, with a warning.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget
from shiboken6 import isValid

from ...domain.pickups import iso
from .. import theme
from ..common import format as fmt
from ..common.a11y import named
from ..common.language import isolate
from ..common.lookups import can_ask_server

StoreRole = Qt.ItemDataRole.UserRole
AvailableRole = Qt.ItemDataRole.UserRole + 1
NAME, AVAILABLE, SEEN = range(3)


class SeenStock:
    """The last live answer of the chain's stock per SKU, with when it came (for "as of" offline)."""

    def __init__(self) -> None:
        self._seen: dict[str, tuple[dict[str, dict[str, Any]], str]] = {}

    def remember(self, sku: str, items: list[dict[str, Any]], at: str) -> None:
        self._seen[sku] = ({item["store_id"]: item for item in items if item.get("sku") == sku}, at)

    def get(self, sku: str) -> tuple[dict[str, dict[str, Any]], str | None]:
        items, at = self._seen.get(sku, ({}, None))
        return dict(items), at


def _when(text: str | None, now: datetime) -> str:
    """A time of today as "10:42", any other as the short date and time."""
    when = fmt.parse_time(text)
    if when is None:
        return ""
    return fmt.clock_time(text) if when.astimezone().date() == now.astimezone().date() else fmt.local_time(text)


class StoreChoice(QWidget):
    changed = Signal(str)  # the chosen store's id, "" when none
    loaded = Signal(bool)  # the list was (re)filled; True when from a live answer

    def __init__(self, ctx: Any, sku: str, seen: SeenStock, store_id: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sku = sku
        self.seen = seen
        self.wanted = store_id
        self.live = False
        self.quantity = 1
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.status = QLabel(objectName="Muted")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.tree = QTreeWidget(objectName="StoreChoice")
        self.tree.setColumnCount(3)
        named(self.tree, self.tr("Store to collect from"))
        self.tree.setHeaderLabels([self.tr("Store"), self.tr("Available"), self.tr("Seen")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setMinimumHeight(110)
        self.tree.setMaximumHeight(220)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AVAILABLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SEEN, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._current_changed)
        layout.addWidget(self.tree)
        self.fill()
        if can_ask_server(ctx):
            self.status.setText(self.tr("Checking the stock of every store…"))
            sku_ = sku
            ctx.lookup(lambda api: api.inventory_across([sku_]), self._fetched, self._not_fetched)

    # --- what is known ----------------------------------------------------------------------------

    def stores(self) -> list[dict[str, Any]]:
        stores = {s["id"]: s for s in self.ctx.reader.stores()}
        if self.ctx.store_id and self.ctx.store_id not in stores:
            stores[self.ctx.store_id] = {"id": self.ctx.store_id, "name": self.ctx.store_name}
        return list(stores.values())

    def stock(self) -> dict[str, tuple[int | None, str | None]]:
        """store id → (available or None when not seen, when it was seen)."""
        items, at = self.seen.get(self.sku)
        known: dict[str, tuple[int | None, str | None]] = {sid: (item.get("available"), at) for sid, item in items.items()}
        if at is not None:
            # The live answer lists every store that stocks the SKU: the others have none.
            for store in self.stores():
                known.setdefault(store["id"], (0, at))
        mine = self.ctx.reader.inventory(self.sku)
        if self.ctx.store_id and (self.ctx.store_id not in known or not self.live) and mine is not None:
            mine_at = mine.get("synced_at") or mine.get("updated_at")
            if self.ctx.store_id not in known or (mine_at or "") > (known[self.ctx.store_id][1] or ""):
                known[self.ctx.store_id] = (mine.get("available"), mine_at)
        return known

    def fill(self) -> None:
        previous = self.store_id or self.wanted
        stock = self.stock()
        now = self.ctx.now()
        rows = []
        for store in self.stores():
            available, at = stock.get(store["id"], (None, None))
            rows.append((store, available, at))
        # Most available first; stores whose stock is not known last.
        rows.sort(key=lambda r: (r[1] is None, -(r[1] or 0), r[0].get("name") or r[0]["id"]))
        self.tree.blockSignals(True)
        self.tree.clear()
        choose = None
        for store, available, at in rows:
            item = QTreeWidgetItem()
            name = isolate(store.get("name") or store["id"])
            if store["id"] == self.ctx.store_id:
                name = self.tr("%1 (this store)").replace("%1", name)
            city = store.get("city")
            item.setText(NAME, f"{name} · {isolate(city)}" if city else name)
            item.setText(AVAILABLE, "?" if available is None else fmt.number(available))
            item.setTextAlignment(AVAILABLE, Qt.AlignmentFlag.AlignCenter)
            if available is None:
                item.setText(SEEN, self.tr("Not seen yet"))
            elif self.live and at is not None and self._is_live(at):
                item.setText(SEEN, self.tr("Live"))
            else:
                item.setText(SEEN, self.tr("As of %1").replace("%1", _when(at, now)))
            item.setData(NAME, StoreRole, store["id"])
            item.setData(NAME, AvailableRole, available)
            if available is not None and available <= 0:
                item.setFlags(Qt.ItemFlag.NoItemFlags)  # listed, but it cannot be chosen
                none = self.tr("None available at this store")
                for column in (NAME, AVAILABLE, SEEN):
                    item.setForeground(column, QBrush(theme.colour("disabled_text")))
                    item.setToolTip(column, none)
            self.tree.addTopLevelItem(item)
            if store["id"] == previous and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                choose = item
        if choose is None and not previous:
            choose = next((self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())
                           if (self.tree.topLevelItem(i).data(NAME, AvailableRole) or 0) >= self.quantity
                           and self.tree.topLevelItem(i).data(NAME, StoreRole) != self.ctx.store_id), None)
        self.tree.setCurrentItem(choose)
        if choose is None:
            self.tree.clearSelection()
        self.tree.blockSignals(False)
        self._show_status()
        self.changed.emit(self.store_id)

    def _is_live(self, at: str) -> bool:
        return at == self.seen.get(self.sku)[1]

    def _show_status(self) -> None:
        _items, at = self.seen.get(self.sku)
        if self.live:
            self.status.setText(self.tr("Stock of every store, checked just now."))
        elif at is not None:
            self.status.setText(self.tr("Offline: stock in other stores is as of %1, when it was last seen.")
                                .replace("%1", _when(at, self.ctx.now())))
        else:
            self.status.setText(self.tr("Offline: this computer has not seen other stores' stock of this product. "
                                        "The order may be refused if the store has none."))

    # --- the live answer -------------------------------------------------------------------------

    def _fetched(self, items: list[dict[str, Any]]) -> None:
        self.seen.remember(self.sku, items, iso(self.ctx.now()))
        if not isValid(self) or self.ctx.closed:
            return  # the form was closed before the answer came: it is still remembered
        self.live = True
        self.fill()
        self.loaded.emit(True)

    def _not_fetched(self, _error: Any) -> None:
        if not isValid(self) or self.ctx.closed:
            return
        self.live = False
        self.fill()
        self.loaded.emit(False)

    # --- the choice ------------------------------------------------------------------------------

    def set_quantity(self, quantity: int) -> None:
        self.quantity = quantity

    def choose(self, store_id: str) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(NAME, StoreRole) == store_id and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                self.tree.setCurrentItem(item)
                return True
        return False

    @property
    def store_id(self) -> str:
        item = self.tree.currentItem()
        return item.data(NAME, StoreRole) if item is not None and item.isSelected() else ""

    def available(self, store_id: str) -> int | None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(NAME, StoreRole) == store_id:
                return item.data(NAME, AvailableRole)
        return None

    def store_name(self, store_id: str) -> str:
        if store_id == self.ctx.store_id:
            return self.ctx.store_name
        return (self.ctx.reader.store(store_id) or {}).get("name") or store_id

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _current_changed(self, *_items: Any) -> None:
        self.changed.emit(self.store_id)
