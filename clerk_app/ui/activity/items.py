"""The Activity screen's parts: the model of actions waiting to sync, and one conflict with the clerk's choices."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...domain.pickups import iso
from ...sync.connectivity import ConnectionState
from .. import theme
from ..common import format as fmt
from ..common.a11y import about
from ..common.names import staff_name
from ..common.tables import RowsTableModel
from ..common.widgets import badge, button
from .words import action_text, problem_text, status_word

PENDING_LIMIT = 500  # the outbox is normally a handful; a long outage may queue hundreds, never more than shown here

_Index = QModelIndex | QPersistentModelIndex


def describe(ctx: Any, item: dict[str, Any], server_entity: dict[str, Any] | None = None) -> tuple[str, str]:
    """(what was done, for whom) for an outbox row or a conflict, looked up in the cache."""
    args = item.get("args") or {}
    pickup = customer_name = None
    if item.get("entity") == "pickup":
        pickup = server_entity or ctx.reader.pickup(item.get("entity_id") or args.get("pickup_id") or "")
        customer_name = (pickup or {}).get("customer_name")
    customer_id = args.get("customer_id")
    if customer_id and not customer_name:
        customer_name = (ctx.reader.customer(customer_id) or {}).get("display_name")
    sku = _sku(item)
    product_name = (ctx.reader.product(sku) or {}).get("name") if sku else None
    return (action_text(item["name"], args, pickup, customer_name, store_name(ctx, args.get("store_id")), product_name),
            customer_name or "")


def _sku(item: dict[str, Any]) -> str | None:
    """The product of an order placed or a cart line added (their first line), else None."""
    args = item.get("args") or {}
    lines = args.get("lines")
    if isinstance(lines, list) and lines and isinstance(lines[0], dict):
        return str(lines[0].get("sku") or "") or None
    if item.get("name") == "cart.add_line.v1":
        return str(args.get("sku") or "") or None
    return None


def store_name(ctx: Any, store_id: str | None) -> str | None:
    """A store's name from the cached `store` entities (this store's from the settings), or None."""
    if not store_id:
        return None
    if store_id == ctx.store_id:
        return ctx.store_name
    return (ctx.reader.store(store_id) or {}).get("name")


def when_text(moment: str | None, now: datetime) -> str:
    """The time alone for today (what a clerk looks for), the date and time for older actions."""
    parsed = fmt.parse_time(moment)
    if parsed is not None and parsed.astimezone().date() == now.astimezone().date():
        return fmt.clock_time(moment)
    return fmt.local_time(moment)


class PendingModel(RowsTableModel):
    """The outbox, oldest first, in clerk words."""

    def __init__(self, ctx: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[dict[str, Any]] = []
        self.state = ctx.connection_state
        self._headers = [self.tr("What"), self.tr("Customer"), self.tr("By"), self.tr("When"), self.tr("Status")]

    def refresh(self) -> None:
        rows = []
        for item in self.ctx.reader.pending(PENDING_LIMIT):
            what, who = describe(self.ctx, item)
            rows.append({"what": what, "customer": who, "by": staff_name(self.ctx, item["acted_by"], sentence=False),
                         "when": when_text(item["acted_at"], self.ctx.now()), "attempts": item.get("attempts") or 0,
                         "last_error": item.get("last_error"), "seq": item["seq"]})
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def set_state(self, state: ConnectionState) -> None:
        self.state = state
        if self.rows:
            self.dataChanged.emit(self.index(0, 4), self.index(len(self.rows) - 1, 4))

    def status_text(self, row: dict[str, Any]) -> str:
        if row["attempts"]:
            text = self.tr("Tried %n time(s)", "", row["attempts"])
            return text + (f": {row['last_error']}" if row["last_error"] else "")
        return {
            ConnectionState.ONLINE: self.tr("Sending…"),
            ConnectionState.WORKING_OFFLINE: self.tr("Held"),
        }.get(self.state, self.tr("Not sent yet"))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [row["what"], row["customer"], row["by"], row["when"], self.status_text(row)][column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 4:
            return QBrush(theme.colour("warn_text"))
        return None


class ConflictItem(QFrame):
    """One refused action: what was attempted, what the server says now, and the clerk's choices."""

    def __init__(self, ctx: Any, conflict: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConflictItem")
        self.ctx = ctx
        self.conflict = conflict
        server = conflict.get("server_entity") or None
        what, who = describe(ctx, conflict, server if conflict.get("entity") == "pickup" else None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(4)
        top = QHBoxLayout()
        self.what = QLabel(what, objectName="SectionTitle")
        top.addWidget(self.what, 1)
        if conflict.get("entity") == "pickup" and server and server.get("status"):
            top.addWidget(QLabel(self.tr("Now:"), objectName="Muted"))
            self.now_badge = badge(status_word(server["status"]), "bad" if server["status"] == "cancelled" else "warn")
            top.addWidget(self.now_badge)
        layout.addLayout(top)
        by = staff_name(ctx, conflict.get("acted_by"))
        tried = self.tr("Tried by %1 at %2").replace("%1", by).replace("%2", when_text(conflict.get("acted_at"), ctx.now()))
        if who:
            tried += " · " + who
        layout.addWidget(QLabel(tried, objectName="Muted"))
        problem = conflict.get("problem") or {}
        self.reason = QLabel(self.tr("The store server says: %1").replace(
            "%1", problem_text(problem, server, store_name(ctx, problem.get("store_id")), _sku(conflict))))
        self.reason.setWordWrap(True)
        layout.addWidget(self.reason)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.open_button = button(self.tr("Open the record"), flat=True)
        self.open_button.clicked.connect(self.open_record)
        self.open_button.setVisible(self._target() is not None)
        self.retry_button = button(self.tr("Retry"))
        self.retry_button.setToolTip(self.tr("Send the same action again, as you, now"))
        self.retry_button.clicked.connect(self.retry)
        self.retry_button.setEnabled(ctx.staff is not None)
        self.dismiss_button = button(self.tr("Dismiss"))
        self.dismiss_button.setToolTip(self.tr("Accept the store server's version and remove this from the list"))
        self.dismiss_button.clicked.connect(self.dismiss)
        # A refused order for pickup: order it again, choosing a store that has it (the same store, retried, would
        # be refused again while it has none).
        self.order_again_button = button(self.tr("Order again…"), flat=True)
        self.order_again_button.setToolTip(self.tr("Choose another store, or fewer, for the same customer"))
        self.order_again_button.clicked.connect(self.order_again)
        self.order_again_button.setVisible(conflict.get("name") == "order.place_pickup.v1" and _sku(conflict) is not None)
        for b in (self.open_button, self.order_again_button, self.retry_button, self.dismiss_button):
            buttons.addWidget(b)
            about(b, what)  # which conflict: each one has these buttons
        layout.addLayout(buttons)

    def _target(self) -> tuple[str, str] | None:
        c = self.conflict
        args = c.get("args") or {}
        if c.get("entity") == "pickup" and c.get("entity_id"):
            return "pickup", c["entity_id"]
        if args.get("customer_id"):
            return "customer", args["customer_id"]
        return None

    @Slot()
    def open_record(self) -> None:
        target = self._target()
        if target:
            self.ctx.navigate.emit(target[0], target[1], {})

    @Slot()
    def order_again(self) -> None:
        args = self.conflict.get("args") or {}
        self.ctx.navigate.emit("order_for_pickup", _sku(self.conflict) or "",
                               {"customer_id": args.get("customer_id") or "", "conflict_id": self.conflict["id"]})

    @Slot()
    def retry(self) -> None:
        if self.ctx.staff is None:
            return
        cid, staff_id, now = self.conflict["id"], self.ctx.staff["id"], iso(self.ctx.now())
        self._busy()
        self.ctx.perform(lambda: self.ctx.device.cache.retry_conflict(cid, staff_id, now),
                         changes={"outbox", "conflict"}, on_done=self._retried, on_error=self._failed)

    def _retried(self, _result: Any) -> None:
        self.ctx.sync.wake()
        self.ctx.messages.info(self.tr("Queued again: %1").replace("%1", self.what.text()))

    @Slot()
    def dismiss(self) -> None:
        cid = self.conflict["id"]
        self._busy()
        self.ctx.perform(lambda: self.ctx.device.cache.dismiss_conflict(cid), changes={"conflict"},
                         on_error=self._failed)

    def _busy(self) -> None:
        self.retry_button.setEnabled(False)
        self.dismiss_button.setEnabled(False)

    def _failed(self, error: Any) -> None:
        self.retry_button.setEnabled(self.ctx.staff is not None)
        self.dismiss_button.setEnabled(True)
        self.ctx.messages.error(error.user_message)
