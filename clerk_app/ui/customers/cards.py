"""The cards of the customer 360: header, overview, online cart with this store's stock, and notes.

Each card is filled by its `show_...(...)` with what the view decided to show (cache or fresher server data);
the cards only lay things out and never read the cache themselves.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..common import format as fmt
from ..common import icons, names
from ..common.a11y import about, named
from ..common.language import ltr
from ..common.widgets import ElidedLabel, badge, button, card, set_tone, title
from . import text as customer_text


def clear(layout: QLayout) -> None:
    """Remove and delete everything in `layout` (cards are refilled when the data changes)."""
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().hide()
            item.widget().deleteLater()
        elif item.layout() is not None:
            clear(item.layout())
            item.layout().deleteLater()


def _unbroken(text: str) -> str:
    """Keep a short phrase ("1 d ago") on one line in a narrow tile: it wraps before the phrase, not inside it."""
    return text.replace(" ", "\u00a0")


def _card_layout(frame: QFrame) -> QVBoxLayout:
    """Make `frame` one of the 360's large cards (roomier than widgets.card) and return its layout."""
    frame.setObjectName("Card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(18, 14, 18, 14)
    return layout


def _value(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)  # a long store name or email wraps in its column rather than widen the card
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class HeaderCard(QFrame):
    """Name, tier and points, contact details, consent, preferred channel, home store, and how fresh it is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = _card_layout(self)
        top = QHBoxLayout()
        self.name = title("", "PageTitle")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tier = badge("")
        self.points = ElidedLabel("", least=90, objectName="Muted")
        # Cut short (its whole text in the tooltip) rather than push the card wider than the window.
        self.freshness = ElidedLabel("", least=120, objectName="Badge")
        top.addWidget(self.name)
        top.addSpacing(6)
        top.addWidget(self.tier)
        top.addWidget(self.points)
        top.addStretch(1)
        top.addWidget(self.freshness)
        outer.addLayout(top)
        self.details = QGridLayout()
        self.details.setHorizontalSpacing(18)
        self.details.setVerticalSpacing(6)
        outer.addSpacing(4)
        outer.addLayout(self.details)

    def show_customer(self, ctx: Any, customer: dict[str, Any]) -> None:
        self.name.setText(customer.get("display_name") or "")
        tier = customer.get("loyalty_tier")
        label, tone = customer_text.tier(tier)
        self.tier.setText(label)
        set_tone(self.tier, tone)
        self.tier.setVisible(tier not in (None, "none"))
        if customer.get("loyalty_id"):
            points = int(customer.get("loyalty_points") or 0)
            self.points.setText(self.tr("Points: %1").replace("%1", fmt.number(points)))
        else:
            self.points.setText(self.tr("Not in the loyalty programme"))
        consent = customer.get("marketing_consent")
        fields = [
            (self.tr("Email"), ltr(customer.get("email")) or self.tr("None given")),
            (self.tr("Phone"), ltr(customer.get("phone")) or self.tr("None given")),
            (self.tr("Prefers"), customer_text.channel(customer.get("preferred_channel"))),
            (self.tr("Marketing"), self.tr("Agreed to offers") if consent else self.tr("No offers")),
            (self.tr("Home store"), customer_text.store(ctx, customer.get("home_store_id"))),
            (self.tr("Loyalty card"), ltr(customer.get("loyalty_id")) or self.tr("None")),
        ]
        clear(self.details)
        for i, (name, value) in enumerate(fields):
            row, col = divmod(i, 3)
            caption = QLabel(name, objectName="Muted")
            self.details.addWidget(caption, row * 2, col)
            self.details.addWidget(_value(value), row * 2 + 1, col)
        for col in range(3):
            self.details.setColumnStretch(col, 1)

    def show_freshness(self, text: str, tone: str, hint: str = "") -> None:
        self.freshness.setText(text)
        self.freshness.setToolTip(hint)
        set_tone(self.freshness, tone)


class _Stat(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(QLabel(caption, objectName="Muted"))
        self.big = QLabel(objectName="Big")
        layout.addWidget(self.big)
        self.extra = QVBoxLayout()
        self.extra.setSpacing(3)
        layout.addLayout(self.extra)
        layout.addStretch(1)


class OverviewCards(QWidget):
    """Lifetime value, orders, channels used, open pickups (each opens the pickup), active cart."""

    pickup_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        # The cards re-flow to the width (five a row, else three, else two): a long language's captions
        # must not make the row wider than the window (right to left it would be cut off at the left).
        layout.setSizeConstraint(QGridLayout.SizeConstraint.SetNoConstraint)
        self.value = _Stat(self.tr("Lifetime value"))
        self.orders = _Stat(self.tr("Orders"))
        self.channels = _Stat(self.tr("Channels used"))
        self.pickups = _Stat(self.tr("Open pickups here"))
        self.cart = _Stat(self.tr("Active cart"))
        self.stats = (self.value, self.orders, self.channels, self.pickups, self.cart)
        self.per_row = 0
        self._arrange(len(self.stats))

    def _arrange(self, per_row: int) -> None:
        if per_row == self.per_row:
            return
        self.per_row = per_row
        for stat in self.stats:
            self.grid.removeWidget(stat)
        for col in range(len(self.stats)):
            self.grid.setColumnStretch(col, 1 if col < per_row else 0)
        for i, stat in enumerate(self.stats):
            self.grid.addWidget(stat, i // per_row, i % per_row)
        self.updateGeometry()

    def _needed(self, per_row: int) -> int:
        widest = max(stat.minimumSizeHint().width() for stat in self.stats)
        return per_row * widest + (per_row - 1) * self.grid.spacing()

    def _fitting(self, width: int) -> int:
        return next((n for n in (5, 3, 2) if self._needed(n) <= width), 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # As narrow as one card: the cards re-flow rather than hold the page wide.
        height = self.grid.minimumSize().height()
        return QSize(self._needed(1), height)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self._needed(5), self.grid.sizeHint().height())

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._arrange(self._fitting(event.size().width()))

    def show_overview(self, ctx: Any, customer: dict[str, Any], open_pickups: list[dict[str, Any]],
                      active_cart: dict[str, Any] | None) -> None:
        stats = customer.get("stats") or {}
        now = ctx.now()
        self.value.big.setText(fmt.money(stats.get("lifetime_value_cents") or 0, stats.get("currency")))
        count = int(stats.get("orders_count") or 0)
        self.orders.big.setText(fmt.number(count))
        clear(self.orders.extra)
        if stats.get("last_order_at"):
            last = QLabel(self.tr("Last: %1").replace("%1", _unbroken(fmt.ago(stats["last_order_at"], now))),
                          objectName="Muted")
            last.setWordWrap(True)
            self.orders.extra.addWidget(last)
        channels = stats.get("channels_used") or []
        self.channels.big.setText(fmt.number(len(channels)))
        clear(self.channels.extra)
        grid = QGridLayout()  # two a row where both fit, so the card stays narrow; else one a row
        grid.setSpacing(4)
        names = [customer_text.channel(name) for name in channels]
        per_row = 2 if all(len(name) <= 9 for name in names) else 1
        for i, name in enumerate(names):
            grid.addWidget(badge(name, "accent"), i // per_row, i % per_row, Qt.AlignmentFlag.AlignLeading)
        grid.setColumnStretch(per_row, 1)
        self.channels.extra.addLayout(grid)
        self.pickups.big.setText(fmt.number(len(open_pickups)))
        clear(self.pickups.extra)
        for pickup in open_pickups[:3]:
            link = button(f"{ltr(pickup.get('order_number'))} · {customer_text.pickup_status(pickup.get('status'))}", flat=True)
            link.setCursor(Qt.CursorShape.PointingHandCursor)
            link.setIcon(icons.icon("chevron-end", self.layoutDirection()))  # goes on to the pickup
            link.setToolTip(self.tr("Open this pickup"))
            link.clicked.connect(lambda _=False, pid=pickup["id"]: self.pickup_clicked.emit(pid))
            self.pickups.extra.addWidget(link, 0, Qt.AlignmentFlag.AlignLeading)
        clear(self.cart.extra)
        if active_cart is None:
            self.cart.big.setText(self.tr("None"))
            return
        self.cart.big.setText(fmt.money(active_cart.get("subtotal_cents"), active_cart.get("currency")))
        items = sum(int(line.get("quantity") or 0) for line in active_cart.get("lines") or [])
        detail = QLabel(self.tr("Items: %1").replace("%1", fmt.number(items)) + " · "
                        + _unbroken(fmt.ago(active_cart.get("updated_at"), now)), objectName="Muted")
        detail.setWordWrap(True)
        self.cart.extra.addWidget(detail)


class CartCard(QFrame):
    """The online cart's lines with this store's available stock; short or missing stock stands out, and a line
    this store has none of offers to find it in other stores or to order it for pickup at one."""

    find_requested = Signal(str)  # sku: find it in other stores
    order_requested = Signal(str)  # sku: order it for the customer to collect at another store

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = _card_layout(self)
        top = QHBoxLayout()
        top.addWidget(title(self.tr("Online cart"), "SectionTitle"))
        self.status = badge("")
        top.addWidget(self.status)
        top.addStretch(1)
        self.updated = QLabel(objectName="Muted")
        top.addWidget(self.updated)
        outer.addLayout(top)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(8)
        outer.addLayout(self.grid)
        self.stock_labels: dict[str, QLabel] = {}
        self.line_actions: dict[str, tuple[QPushButton, QPushButton]] = {}
        self.pending_marks: dict[str, QLabel] = {}
        self.lines: list[dict[str, Any]] = []

    def show_cart(self, ctx: Any, cart: dict[str, Any] | None) -> None:
        clear(self.grid)
        self.stock_labels, self.line_actions, self.pending_marks = {}, {}, {}
        self.lines = list((cart or {}).get("lines") or [])
        if cart is None:
            self.status.hide()
            self.updated.setText("")
            self.grid.addWidget(QLabel(self.tr("No online cart."), objectName="Muted"), 0, 0)
            return
        status = cart.get("status")
        self.status.setText({"active": self.tr("Active"), "abandoned": self.tr("Abandoned"),
                             "converted": self.tr("Ordered")}.get(status or "", fmt.server_word(status)))
        set_tone(self.status, "accent" if status == "active" else "")
        self.status.show()
        self.updated.setText(self.tr("%1 · updated %2").replace("%1", customer_text.channel(cart.get("channel")))
                             .replace("%2", fmt.ago(cart.get("updated_at"), ctx.now())))
        headers = (self.tr("Product"), self.tr("Qty"), self.tr("Price"), self.tr("In this store"))
        for col, text in enumerate(headers):
            self.grid.addWidget(QLabel(text, objectName="Muted"), 0, col)
        for row, line in enumerate(self.lines, start=1):
            name = QLabel(line.get("name") or line.get("sku") or "")
            name.setToolTip(line.get("sku") or "")
            self.grid.addWidget(name, row, 0)
            quantity = int(line.get("quantity") or 0)
            self.grid.addWidget(QLabel(fmt.number(quantity)), row, 1)
            self.grid.addWidget(QLabel(fmt.money(line.get("unit_price_cents"), cart.get("currency"))), row, 2)
            sku = line.get("sku") or ""
            stock = self._stock(line.get("available"), quantity)
            self.stock_labels[sku] = stock
            self.grid.addWidget(stock, row, 3, Qt.AlignmentFlag.AlignLeading)
            extra = QHBoxLayout()
            extra.setSpacing(6)
            if line.get("pending"):
                mark = QLabel(self.tr("Waiting to sync"), objectName="Pending")
                mark.setToolTip(self.tr("Added on this computer; it reaches the customer's cart when the "
                                        "connection is back."))
                self.pending_marks[sku] = mark
                extra.addWidget(mark)
            available = line.get("available")
            if sku and (available is None or available <= 0):
                find = button(self.tr("Find in other stores"), flat=True)
                find.setToolTip(self.tr("See which stores have this product"))
                find.clicked.connect(lambda _=False, s=sku: self.find_requested.emit(s))
                order = button(self.tr("Order for pickup at…"), flat=True)
                order.setToolTip(self.tr("Order it for the customer to collect at a store that has it"))
                order.clicked.connect(lambda _=False, s=sku: self.order_requested.emit(s))
                self.line_actions[sku] = (find, order)
                for action in (find, order):
                    about(action, line.get("name") or sku)  # which line: each line out of stock has them
                extra.addWidget(find)
                extra.addWidget(order)
            extra.addStretch(1)
            self.grid.addLayout(extra, row, 4)
        self.grid.setColumnStretch(0, 1)

    def _stock(self, available: int | None, wanted: int) -> QLabel:
        if available is None:
            label = badge(self.tr("Not stocked here"), "")
        elif available <= 0:
            label = badge(self.tr("None available"), "bad")
        elif available < wanted:
            label = badge(self.tr("Only %1 available").replace("%1", fmt.number(available)), "warn")
        else:
            label = QLabel(self.tr("%1 available").replace("%1", fmt.number(available)))
        label.setProperty("available", available)
        return label


class NoteInput(QPlainTextEdit):
    """The note being written: Ctrl+Enter saves it; Tab goes on to the next control (a note has no tab stops)."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class NotesCard(QFrame):
    """Staff notes, newest first; a note added here shows at once, marked until the server has it."""

    add_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = _card_layout(self)
        outer.addWidget(title(self.tr("Notes"), "SectionTitle"))
        entry = QHBoxLayout()
        self.input = NoteInput()
        self.input.setPlaceholderText(self.tr("Add a note for colleagues (Ctrl+Enter to save)"))
        named(self.input, self.tr("New note"), self.tr("For colleagues; Ctrl+Enter saves it"), tooltip=False)
        self.input.setFixedHeight(64)
        self.add_button: QPushButton = button(self.tr("Add note"), primary=True)
        self.add_button.setEnabled(False)
        entry.addWidget(self.input, 1)
        entry.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(entry)
        self.list = QVBoxLayout()
        self.list.setSpacing(10)
        outer.addLayout(self.list)
        self.input.textChanged.connect(lambda: self.add_button.setEnabled(bool(self.input.toPlainText().strip())))
        self.add_button.clicked.connect(self._submit)
        self.input.submitted.connect(self._submit)
        self.notes: list[dict[str, Any]] = []

    def _submit(self) -> None:
        body = self.input.toPlainText().strip()
        if body and self.add_button.isEnabled():
            self.add_requested.emit(body)

    def show_notes(self, notes: list[dict[str, Any]], now: datetime, ctx: Any = None) -> None:
        """The notes, newest first; one written at another store says which (with `ctx` to look its name up)."""
        self.notes = notes
        clear(self.list)
        if not notes:
            self.list.addWidget(QLabel(self.tr("No notes yet."), objectName="Muted"))
            return
        for note in notes:
            frame, layout = card()
            frame.setObjectName("NoteItem")
            layout.setContentsMargins(10, 8, 10, 8)
            head = QHBoxLayout()
            head.addWidget(QLabel(note.get("author_name") or "", objectName="SectionTitle"))
            head.addWidget(QLabel(customer_text.moment(note.get("created_at"), now), objectName="Muted"))
            if ctx is not None and note.get("store_id") not in (None, ctx.store_id):
                where = (self.tr("at %1").replace("%1", customer_text.store(ctx, note["store_id"]))
                         if names.store(ctx, note["store_id"]) else self.tr("at another store"))
                head.addWidget(QLabel(where, objectName="Muted"))
            head.addStretch(1)
            if note.get("pending"):
                mark = QLabel(self.tr("Waiting to sync"), objectName="Pending")
                mark.setToolTip(self.tr("Saved on this computer; it reaches the server when the connection is back."))
                head.addWidget(mark)
            layout.addLayout(head)
            body = QLabel(note.get("body") or "")
            body.setWordWrap(True)
            body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(body)
            self.list.addWidget(frame)
