"""The manager's actions in the pickup detail: cancel with a reason, mark no-show, restock, and their forms.
A manager's session acts directly (after a confirmation); on an associate's session a manager approves on the
spot, and the action is queued in the manager's name. Buttons show only when the pickup's state allows it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain import pickups
from ..common import format as fmt
from ..common.a11y import announce
from ..common.approval import ApprovalDialog, approvers
from ..common.language import ltr
from ..common.reflow import ReflowLayout
from ..common.widgets import button, title
from .dialogs import _buttons, _message


def cancel_reasons() -> list[str]:
    """The usual reasons, in a clerk's words; "Other" asks for the details."""
    tr = QCoreApplication.translate
    return [tr("CancelDialog", "The customer asked to cancel"), tr("CancelDialog", "Items out of stock or damaged"),
            tr("CancelDialog", "Payment problem"), tr("CancelDialog", "Duplicate order"), tr("CancelDialog", "Other")]


class CancelDialog(QDialog):
    """Why the order is cancelled: a reason from a short list, and details in the clerk's own words."""

    def __init__(self, pickup: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cancel order"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        heading = self.tr("Cancel order %1").replace("%1", ltr(pickup.get("order_number", "")))
        layout.addWidget(title(heading, "SectionTitle"))
        layout.addWidget(title(self.tr("The customer is told the order is cancelled, and its items go back to stock."),
                               "Muted"))
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        self.reason = QComboBox()
        self.reason.addItem(self.tr("Choose a reason…"), "")
        for text in cancel_reasons():
            self.reason.addItem(text, text)
        self.reason.currentIndexChanged.connect(lambda _i: self.error.hide())
        form.addRow(self.tr("Reason"), self.reason)
        self.details = QLineEdit()
        self.details.setMaxLength(200)
        self.details.setPlaceholderText(self.tr("Details (needed for Other)"))
        self.details.textEdited.connect(lambda _t: self.error.hide())
        form.addRow(self.tr("Details"), self.details)
        layout.addLayout(form)
        self.error = _message("bad")
        layout.addWidget(self.error)
        box, self.ok = _buttons(self, self.tr("Cancel order"))
        # "Cancel" beside "Cancel order" would confuse.
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keep the order"))
        self.ok.setProperty("primary", False)
        self.ok.setProperty("danger", True)
        box.accepted.connect(self._check)
        layout.addWidget(box)
        self.reason.setFocus()

    def choose(self, index: int) -> None:
        """Pick the `index`-th usual reason (0-based; the last is Other)."""
        self.reason.setCurrentIndex(index + 1)

    def _check(self) -> None:
        chosen = self.reason.currentData()
        if not chosen:
            self._refuse(self.tr("Choose why the order is cancelled."), self.reason)
        elif self.reason.currentIndex() == self.reason.count() - 1 and not self.details.text().strip():
            self._refuse(self.tr("Say in a few words why the order is cancelled."), self.details)
        else:
            self.accept()

    def _refuse(self, text: str, focus: QWidget) -> None:
        self.error.setText(text)
        self.error.show()
        announce(self.error, text, assertive=True)  # a refusal is heard where it shows
        self.adjustSize()  # room for the message rather than squeezed fields
        focus.setFocus()

    def values(self) -> dict[str, Any]:
        chosen, details = self.reason.currentData(), self.details.text().strip()
        other = self.reason.currentIndex() == self.reason.count() - 1
        reason = details if other else (f"{chosen}: {details}" if details else chosen)
        return {"reason": reason}


class ConfirmDialog(QDialog):
    """A plain "are you sure" for a manager's own action, saying what will happen."""

    def __init__(self, heading: str, text: str, accept_text: str, *, danger: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(heading)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title(heading, "SectionTitle"))
        layout.addWidget(title(text, "Muted"))
        box, self.ok = _buttons(self, accept_text)
        if danger:
            self.ok.setProperty("primary", False)
            self.ok.setProperty("danger", True)
        box.accepted.connect(self.accept)
        layout.addWidget(box)

    def values(self) -> dict[str, Any]:
        return {}


CANCEL, NO_SHOW, RESTOCK = "pickup.cancel.v1", "pickup.mark_no_show.v1", "pickup.restock.v1"


class ManagerSection(QWidget):
    def __init__(self, detail: Any) -> None:
        super().__init__()
        self.detail = detail
        self.ctx = detail.ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(title(self.tr("Manager actions"), "SectionTitle"))
        self.note = title(self.tr("Needs a manager: a manager approves here with their password, and the action is "
                                  "recorded in their name."), "Muted")
        self.note.setObjectName("NeedsManager")
        layout.addWidget(self.note)
        row = ReflowLayout()  # one above the other where the pickup's card is narrow
        self.cancel_button = button(self.tr("Cancel order…"), danger=True)
        self.no_show_button = button(self.tr("Mark no-show…"))
        self.restock_button = button(self.tr("Restock…"))
        self.cancel_button.clicked.connect(lambda: self.open_cancel())
        self.no_show_button.clicked.connect(lambda: self.open_no_show())
        self.restock_button.clicked.connect(lambda: self.open_restock())
        for b in (self.cancel_button, self.no_show_button, self.restock_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.ctx.staff_changed.connect(self._on_staff)

    def _on_staff(self, _staff: Any) -> None:
        # Who is signed in decides whether "needs a manager" shows.
        if self.detail.pickup is not None and not self.ctx.closed:
            self.update_for(self.detail.pickup)

    def update_for(self, pickup: dict[str, Any]) -> None:
        now = self.ctx.now()
        shown = {self.cancel_button: pickups.allowed(pickup, CANCEL, now),
                 self.no_show_button: pickups.allowed(pickup, NO_SHOW, now),
                 self.restock_button: pickups.allowed(pickup, RESTOCK, now)}
        needs_manager = not self.ctx.is_manager
        for widget, allowed in shown.items():
            widget.setVisible(allowed)
            widget.setToolTip(self.tr("Needs a manager's approval") if needs_manager else "")
        self.note.setVisible(needs_manager)
        self.setVisible(any(shown.values()))

    # --- the flows -----------------------------------------------------------------------

    def _number(self) -> str:
        return self.detail.pickup.get("order_number", "")

    def _authorised(self, action: str, explain: str, run: Callable[[str], None],
                    confirm: Callable[[], QDialog] | None = None) -> QDialog | None:
        """Run `run(staff_id)` as the manager: the session's own after `confirm`, else the approving manager's."""
        if self.ctx.is_manager:
            if confirm is None:
                run(self.detail._staff_id())
                return None
            return self.detail._open(confirm(), lambda _v: run(self.detail._staff_id()))
        dialog = ApprovalDialog(self.ctx, action, self._number(), explain, self.detail)
        return self.detail._open(dialog, lambda v: run(v["manager"]["id"]))

    def open_cancel(self) -> QDialog | None:
        pickup = self.detail.pickup
        if pickup is None:
            return None
        if not self.ctx.is_manager and not approvers(self.ctx):
            # Say at once that nobody can approve here, before the clerk types a reason for nothing.
            return self._authorised(self.tr("Cancel order"), "", lambda _sid: None)

        def reasoned(values: dict[str, Any]) -> None:
            reason = values["reason"]

            def run(staff_id: str) -> None:
                self.detail._perform(lambda pid, sid: self.ctx.actions.cancel(pid, reason, sid),
                                     self.tr("Order %1 cancelled.").replace("%1", self._number()), acted_by=staff_id)

            self._authorised(self.tr("Cancel order"), self.tr("Reason: %1").replace("%1", reason), run)

        return self.detail._open(CancelDialog(pickup, self.detail), reasoned)

    def open_no_show(self) -> QDialog | None:
        pickup = self.detail.pickup
        if pickup is None:
            return None
        explain = self.tr("The customer did not collect it by %1. The order is closed and its items wait to be "
                          "restocked.").replace("%1", fmt.local_time(pickup.get("pickup_by")))

        def run(staff_id: str) -> None:
            done = self.tr("Order %1 marked as a no-show.").replace("%1", self._number())
            self.detail._perform(lambda pid, sid: self.ctx.actions.mark_no_show(pid, sid), done, acted_by=staff_id)

        return self._authorised(self.tr("Mark no-show"), explain, run, lambda: ConfirmDialog(
            self.tr("Mark order %1 as a no-show?").replace("%1", self._number()), explain, self.tr("Mark no-show"),
            danger=True, parent=self.detail))

    def open_restock(self) -> QDialog | None:
        pickup = self.detail.pickup
        if pickup is None:
            return None
        explain = self.tr("Its items go back on the shelves for sale. The order stays closed.")

        def run(staff_id: str) -> None:
            self.detail._perform(lambda pid, sid: self.ctx.actions.restock(pid, sid),
                                 self.tr("Order %1 restocked.").replace("%1", self._number()), acted_by=staff_id)

        heading = self.tr("Restock order %1?").replace("%1", self._number())
        return self._authorised(self.tr("Restock"), explain, run, lambda: ConfirmDialog(
            heading, explain, self.tr("Restock"), parent=self.detail))
