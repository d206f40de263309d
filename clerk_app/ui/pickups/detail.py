"""One pickup in full beside the queue: who, when, what, where it waits, what was sent and handed over, and
the actions its state allows. Every action is queued through `ctx.perform` and shows at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import deadlines
from ...errors import ClerkError, ProblemError
from .. import theme
from ..common import format as fmt
from ..common.a11y import named
from ..common.language import isolate, ltr
from ..common.names import a_colleague, staff_name
from ..common.pickup_cells import deadline_text, id_check_labels, status_text
from ..common.reflow import ReflowLayout
from ..common.widgets import badge, button, card, set_tone, title
from ..theme import set_flag
from .dialogs import ArrivalDialog, HandOverDialog, MarkReadyDialog
from .manager_actions import ManagerSection

TONES = {"new": "accent", "picking": "accent", "ready": "good", "picked_up": "", "no_show": "bad", "restocked": "",
         "cancelled": "bad"}


class PickupDetail(QWidget):
    acted = Signal(str)  # the pickup id an action was queued for

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pickup: dict[str, Any] | None = None
        self.dialog: QDialog | None = None  # the open form, if any (tests and scanners reach it here)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        empty = QLabel(self.tr("Select an order to see its items, deadlines and what to do next."), objectName="Muted")
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setWordWrap(True)
        self.stack.addWidget(empty)
        self.stack.addWidget(self._build())

    # --- building ------------------------------------------------------------------------

    def _build(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        frame, layout = card()
        frame.setObjectName("Card")
        layout.setSpacing(10)
        head = QHBoxLayout()
        self.number = title("", "PageTitle")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = badge("")
        self.pending = badge(self.tr("Waiting to sync"), "warn")
        self.pending.setToolTip(self.tr("Saved on this computer; it reaches the store server when the connection allows."))
        head.addWidget(self.number)
        head.addWidget(self.status)
        head.addWidget(self.pending)
        head.addStretch(1)
        layout.addLayout(head)
        self.customer = QLabel()
        self.customer.setTextFormat(Qt.TextFormat.RichText)
        self.customer.linkActivated.connect(self._open_customer)
        layout.addWidget(self.customer)
        self.countdown = QLabel(objectName="Countdown")
        layout.addWidget(self.countdown)

        self.buttons = QHBoxLayout()
        self.start_button = button(self.tr("Start picking"), primary=True)
        self.ready_button = button(self.tr("Mark ready…"), primary=True)
        self.handover_button = button(self.tr("Hand over…"), primary=True)
        self.arrived_button = button(self.tr("Customer arrived…"))
        self.start_button.clicked.connect(self.start_picking)
        self.ready_button.clicked.connect(lambda: self.open_mark_ready())
        self.handover_button.clicked.connect(lambda: self.open_hand_over())
        self.arrived_button.clicked.connect(lambda: self.open_arrival())
        for b in (self.start_button, self.ready_button, self.handover_button, self.arrived_button):
            self.buttons.addWidget(b)
        self.buttons.addStretch(1)
        layout.addLayout(self.buttons)
        # The secondary actions give way where the card is narrow (beside a wide queue, on a tablet): one above
        # the other rather than a card that scrolls sideways.
        prints = ReflowLayout()
        self.slip_button = button(self.tr("Print slip…"), flat=True)
        self.label_button = button(self.tr("Print bag label…"), flat=True)
        self.slip_button.setToolTip(self.tr("The order, customer, items, shelf and deadlines on one page."))
        self.label_button.setToolTip(self.tr("A label for the bag, with a code to scan at hand-over."))
        self.slip_button.clicked.connect(lambda: self.print_document("slip"))
        self.label_button.clicked.connect(lambda: self.print_document("label"))
        prints.addWidget(self.slip_button)
        prints.addWidget(self.label_button)
        prints.addStretch(1)
        layout.addLayout(prints)

        self.facts = QFormLayout()
        self.facts.setHorizontalSpacing(18)
        self.facts.setVerticalSpacing(6)
        self.facts.setLabelAlignment(Qt.AlignmentFlag.AlignLeading)
        layout.addLayout(self.facts)

        layout.addWidget(title(self.tr("Items"), "SectionTitle"))
        self.lines = QTableWidget(0, 4)
        self.lines.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Ordered"), self.tr("Picked"), self.tr("Collected")])
        self.lines.verticalHeader().hide()
        named(self.lines, self.tr("Items"))
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lines.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lines.setShowGrid(False)
        self.lines.horizontalHeaderItem(0).setTextAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.lines)

        layout.addWidget(title(self.tr("Messages to the customer"), "SectionTitle"))
        self.notifications = QLabel(objectName="Notifications")
        self.notifications.setTextFormat(Qt.TextFormat.RichText)
        self.notifications.setWordWrap(True)
        layout.addWidget(self.notifications)
        notices = ReflowLayout()
        self.remind_button = button(self.tr("Send reminder"))
        self.resend_button = button(self.tr("Re-send ready notice"))
        self.remind_button.clicked.connect(self.send_reminder)
        self.resend_button.clicked.connect(self.resend_ready_notice)
        notices.addWidget(self.remind_button)
        notices.addWidget(self.resend_button)
        notices.addStretch(1)
        layout.addLayout(notices)
        self.handover_title = title(self.tr("Hand-over"), "SectionTitle")
        self.handover = QLabel()
        self.handover.setWordWrap(True)
        layout.addWidget(self.handover_title)
        layout.addWidget(self.handover)
        self.manager = ManagerSection(self)
        layout.addWidget(self.manager)
        layout.addStretch(1)
        scroll.setWidget(frame)
        self._scroll, self._card = scroll, frame
        return scroll

    def least_width(self) -> int:
        """The width the pickup's card needs beside the queue without scrolling sideways."""
        return max(self.minimumWidth(), self._card.minimumSizeHint().width()
                   + self._scroll.verticalScrollBar().sizeHint().width())

    # --- showing -------------------------------------------------------------------------

    def show_pickup(self, pickup_id: str | None) -> None:
        self.pickup = self.ctx.reader.pickup(pickup_id) if pickup_id else None
        self._fill()

    def refresh(self) -> None:
        if self.pickup is not None and not self.ctx.closed:
            self.show_pickup(self.pickup["id"])

    def tick(self) -> None:
        if self.pickup is not None and not self.ctx.closed:
            self._fill_countdown(self.pickup)
            self.manager.update_for(self.pickup)  # "Mark no-show" appears once collect-by has passed

    def _fill(self) -> None:
        pickup = self.pickup
        self.stack.setCurrentIndex(0 if pickup is None else 1)
        if pickup is None:
            return
        status = pickup.get("status", "")
        self.number.setText(self.tr("Order %1").replace("%1", ltr(pickup.get("order_number", ""))))
        self.status.setText(status_text(status))
        set_tone(self.status, TONES.get(status, ""))
        self.pending.setVisible(bool(pickup.get("pending")))
        name = pickup.get("customer_name") or self.tr("Customer")
        accent = theme.colour("accent").name()
        link = f'<a href="customer" style="color:{accent}; text-decoration:none;">{_escape(isolate(name))}</a>'
        self.customer.setText(self.tr("Customer: %1").replace("%1", link))
        self._fill_countdown(pickup)
        self.start_button.setVisible(status == "new")
        self.ready_button.setVisible(status == "picking")
        self.handover_button.setVisible(status == "ready")
        self.remind_button.setVisible(status == "ready")
        self.resend_button.setVisible(status == "ready")
        self.arrived_button.setVisible(status in ("new", "picking", "ready"))
        self.label_button.setVisible(status in ("new", "picking", "ready"))
        self.manager.update_for(pickup)
        self._fill_facts(pickup)
        self._fill_lines(pickup)
        self._fill_notifications(pickup)
        self._fill_handover(pickup)

    def _fill_countdown(self, pickup: dict[str, Any]) -> None:
        found = deadlines.deadline(pickup, self.ctx.now())
        text = deadline_text(pickup, self.ctx.now())
        self.countdown.setText(text[:1].upper() + text[1:])
        set_flag(self.countdown, "tone", "bad" if found and found.overdue else "")

    def _fill_facts(self, pickup: dict[str, Any]) -> None:
        while self.facts.rowCount():
            self.facts.removeRow(0)
        when = fmt.local_time
        rows: list[tuple[str, str]] = [(self.tr("Ordered"), when(pickup.get("created_at"))),
                                       (self.tr("Ready by"), when(pickup.get("promised_by")))]
        if pickup.get("ready_at"):
            rows.append((self.tr("Ready since"), when(pickup["ready_at"])))
        if pickup.get("pickup_by"):
            rows.append((self.tr("Collect by"), when(pickup["pickup_by"])))
        rows.append((self.tr("Shelf"), pickup.get("shelf_location") or self.tr("Not on a shelf yet")))
        if pickup.get("alternate_pickup_name"):
            rows.append((self.tr("May also collect"), pickup["alternate_pickup_name"]))
        if pickup.get("customer_arrived_at"):
            arrived = self.tr("Here since %1").replace("%1", fmt.clock_time(pickup["customer_arrived_at"]))
            if pickup.get("arrival_note"):
                arrived += " — " + pickup["arrival_note"]
            rows.append((self.tr("Customer arrived"), arrived))
        if pickup.get("picked_up_at"):
            rows.append((self.tr("Picked up"), when(pickup["picked_up_at"])))
        if pickup.get("cancel_reason"):
            rows.append((self.tr("Cancelled because"), pickup["cancel_reason"]))
        # Values start beside their labels in either direction, whatever script the value is written in.
        start = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        for label, value in rows:
            shown = QLabel(value)
            shown.setWordWrap(True)
            shown.setAlignment(start | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
            self.facts.addRow(QLabel(label, objectName="Muted"), shown)

    def _fill_lines(self, pickup: dict[str, Any]) -> None:
        lines = pickup.get("lines", [])
        self.lines.setRowCount(len(lines))
        for row, line in enumerate(lines):
            values = [line.get("name") or line.get("sku", ""), line.get("quantity", 0), line.get("picked_quantity", 0),
                      line.get("collected_quantity", 0)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(fmt.number(int(value or 0)) if column else str(value))
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if column == 0:
                    item.setToolTip(line.get("sku", ""))
                self.lines.setItem(row, column, item)
        self.lines.setFixedHeight(self.lines.horizontalHeader().height() + 6 + sum(
            self.lines.rowHeight(r) for r in range(len(lines))))
        # Room for every column's title at least (large text, long words): the detail asks for it, and the
        # queue beside it gives it up, rather than the item column's title being cut short.
        header = self.lines.horizontalHeader()
        self.lines.setMinimumWidth(sum(header.sectionSizeHint(c) for c in range(self.lines.columnCount()))
                                   + 2 * self.lines.frameWidth() + 4)

    def notification_lines(self, pickup: dict[str, Any]) -> list[tuple[str, bool]]:
        """Each notice sent (or queued) as (text, waiting to sync), oldest first."""
        kinds = {"ready": self.tr("Ready notice"), "reminder": self.tr("Reminder"), "cancelled": self.tr("Cancellation notice")}
        channels = {"email": self.tr("by email"), "sms": self.tr("by text message"), "phone": self.tr("by phone"),
                    "app": self.tr("in the app")}
        lines = []
        for sent in pickup.get("notifications") or []:
            waiting = sent.get("channel") == "pending"
            channel = (self.tr("waiting to sync") if waiting
                       else channels.get(sent.get("channel"), fmt.server_word(sent.get("channel"))))
            lines.append((" · ".join(filter(None, [kinds.get(sent.get("kind"), fmt.server_word(sent.get("kind"))), channel,
                                                   fmt.local_time(sent.get("sent_at"))])), waiting))
        return lines

    def _fill_notifications(self, pickup: dict[str, Any]) -> None:
        rows = []
        for text, waiting in self.notification_lines(pickup):
            # Queued notices look like every other "waiting to sync" mark until the server confirms them.
            style = (f"color:{theme.colour('warn_text').name()}; font-style:italic;" if waiting
                     else f"color:{theme.colour('text_strong').name()};")
            rows.append(f'<div style="{style}">{_escape(text)}</div>')
        secondary = theme.colour("text_secondary").name()
        none = f'<span style="color:{secondary};">{_escape(self.tr("None sent yet"))}</span>'
        self.notifications.setText("".join(rows) or none)

    def _fill_handover(self, pickup: dict[str, Any]) -> None:
        record = pickup.get("handover")
        self.handover_title.setVisible(bool(record))
        self.handover.setVisible(bool(record))
        if not record:
            return
        who = (pickup.get("alternate_pickup_name") or self.tr("someone else")) if record.get("collected_by") == "alternate" \
            else pickup.get("customer_name", "")
        check = id_check_labels().get(record.get("id_check", ""), fmt.server_word(record.get("id_check")))
        if record.get("id_last4"):
            check = self.tr("%1 ending %2").replace("%1", check).replace("%2", ltr(record["id_last4"]))
        by = staff_name(self.ctx, record.get("staff_id")) or a_colleague()  # a name, never the raw id
        self.handover.setText(self.tr("Collected by %1 · %2 · handed over by %3, %4").replace("%1", isolate(who))
                              .replace("%2", check).replace("%3", by).replace("%4", fmt.local_time(record.get("at"))))

    # --- actions -------------------------------------------------------------------------

    def _open_customer(self, _link: str) -> None:
        if self.pickup:
            self.ctx.navigate.emit("customer", self.pickup["customer_id"], {})

    def _staff_id(self) -> str:
        return (self.ctx.staff or {}).get("id", "")

    def _perform(self, call: Callable[[str, str], Any], done: str, acted_by: str | None = None) -> None:
        """Queue `call(pickup_id, staff_id)`; `acted_by` is the approving manager's id when it is not the session's."""
        pickup_id, staff_id = self.pickup["id"], acted_by or self._staff_id()

        def finished(result: Any) -> None:
            self.ctx.messages.info(done)
            self.acted.emit(pickup_id)
            if self.pickup is not None and self.pickup["id"] == pickup_id:
                self.refresh()

        self.ctx.perform(lambda: call(pickup_id, staff_id), changes={"pickup"}, on_done=finished, on_error=self._refused)

    def _refused(self, error: ClerkError) -> None:
        # The domain's refusals carry a sentence written for the clerk; anything else has its own.
        detail = error.detail if isinstance(error, ProblemError) and error.detail else ""
        self.ctx.messages.error(detail or error.user_message)
        self.refresh()

    def start_picking(self) -> None:
        self._perform(lambda pid, sid: self.ctx.actions.start_picking(pid, sid), self.tr("Picking started."))

    def send_reminder(self) -> None:
        self._perform(lambda pid, sid: self.ctx.actions.notify(pid, "reminder", sid), self.tr("Reminder queued."))

    def resend_ready_notice(self) -> None:
        self._perform(lambda pid, sid: self.ctx.actions.notify(pid, "ready", sid), self.tr("Ready notice queued."))

    def print_document(self, kind: str) -> None:
        """kind "slip" or "label": Qt's print preview, from which it prints or saves a PDF."""
        if self.pickup is None:
            return
        from ..printing.printer import open_print_preview

        open_print_preview(kind, self.pickup, self.ctx, self)

    def _open(self, dialog: QDialog, on_accept: Callable[[dict[str, Any]], None]) -> QDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: on_accept(dialog.values()))
        dialog.finished.connect(lambda _=0: self._forget(dialog))
        dialog.open()
        return dialog

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def open_mark_ready(self) -> QDialog | None:
        if self.pickup is None:
            return None
        return self._open(MarkReadyDialog(self.pickup, self), lambda v: self._perform(
            lambda pid, sid: self.ctx.actions.mark_ready(pid, v["shelf_location"], v["picked"], sid),
            self.tr("Marked ready on shelf %1.").replace("%1", ltr(v["shelf_location"]))))

    def open_hand_over(self, code: str = "") -> QDialog | None:
        if self.pickup is None:
            return None
        return self._open(HandOverDialog(self.pickup, code, self), lambda v: self._perform(
            lambda pid, sid: self.ctx.actions.hand_over(pid, staff_id=sid, **v), self.tr("Handed over.")))

    def open_arrival(self) -> QDialog | None:
        if self.pickup is None:
            return None
        return self._open(ArrivalDialog(self.pickup, self), lambda v: self._perform(
            lambda pid, sid: self.ctx.actions.record_arrival(pid, v["note"], sid), self.tr("Arrival recorded.")))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
