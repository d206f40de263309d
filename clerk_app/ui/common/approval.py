"""A manager's approval on the spot: on an associate's session, a manager picks their name and types their
password, checked against this computer's verifier exactly as at offline unlock, so it works offline too."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ...cache.staff import username_key
from ...domain import offline_unlock
from ...domain.offline_unlock import Throttle
from ..theme import set_flag
from .a11y import announce
from .language import isolate, ltr
from .staff_auth import NOT_RECENT, THROTTLED, WRONG_PASSWORD, Outcome
from .tasks import run_task
from .widgets import title


def _parse(moment: str) -> datetime:
    return datetime.fromisoformat(moment.replace("Z", "+00:00"))


def throttle_for(ctx: Any) -> Throttle:
    """Wrong approval passwords counted per manager for this session's lifetime (the sign-in screen's limit)."""
    throttle = getattr(ctx, "_approval_throttle", None)
    if throttle is None:
        throttle = Throttle()
        ctx._approval_throttle = throttle
    return throttle


def check(record: dict[str, Any], password: str, now: datetime, *, wait_minutes: int = 0) -> Outcome:
    """The offline-unlock check for one manager's login record (slow: run it on the thread pool)."""
    if wait_minutes:
        return Outcome(False, refusal=THROTTLED, wait_minutes=wait_minutes)
    hours = int(record["max_offline_hours"])
    if not offline_unlock.allowed(_parse(record["signed_in_at"]), now, hours):
        offline_unlock.burn(password)  # as slow as a wrong password: the timing says nothing more than the words
        return Outcome(False, refusal=NOT_RECENT, hours=hours)
    if not offline_unlock.verify(password, record["verifier"]):
        return Outcome(False, refusal=WRONG_PASSWORD)
    return Outcome(True, record["staff"])


def approvers(ctx: Any) -> list[dict[str, Any]]:
    """Login records of the managers of this store who signed in on this computer."""
    found = ctx.reader.manager_logins()
    return [r for r in found if not r["staff"].get("store_ids") or ctx.store_id in r["staff"]["store_ids"]]


class ApprovalDialog(QDialog):
    """"A manager must approve: <action> for order <number>". `values()` → {"manager": staff} once accepted."""

    checked = Signal(bool)  # each verdict on a typed password (True: approved, and the dialog accepts)

    def __init__(self, ctx: Any, action: str, order_number: str, detail: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.manager: dict[str, Any] | None = None
        self._busy = False
        self.setObjectName("ApprovalDialog")
        self.setWindowTitle(self.tr("Manager approval"))
        self.setMinimumWidth(540)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        heading = self.tr("A manager must approve: %1 for order %2").replace("%1", action).replace("%2", ltr(order_number))
        self.heading = title(heading, "SectionTitle")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        if detail:
            layout.addWidget(title(detail, "Muted"))
        self.records = {r["staff"]["username"]: r for r in approvers(ctx)}

        self.manager_box = QComboBox()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("The manager types their own password"))
        self.password.textEdited.connect(lambda _text: self.error.hide())
        self.error = QLabel(objectName="FormMessage")
        self.error.setWordWrap(True)
        set_flag(self.error, "tone", "bad")
        self.error.hide()
        box = QDialogButtonBox()
        self.cancel_button = box.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        box.rejected.connect(self.reject)
        self.approve_button: QPushButton | None = None

        if not self.records:
            self.none_here = title(self.tr("A manager must sign in on this computer once before they can approve "
                                           "here. Ask a manager to sign in (Lock, then Switch staff), then try again."),
                                   "Muted")
            self.none_here.setObjectName("ApprovalNone")
            layout.addWidget(self.none_here)
            self.cancel_button.setText(self.tr("Close"))
        else:
            form = QFormLayout()
            form.setHorizontalSpacing(14)
            form.setVerticalSpacing(8)
            for username, record in self.records.items():
                self.manager_box.addItem(record["staff"].get("display_name") or username, username)
            form.addRow(self.tr("Manager"), self.manager_box)
            form.addRow(self.tr("Password"), self.password)
            layout.addLayout(form)
            layout.addWidget(title(self.tr("The action is recorded in the manager's name."), "Muted"))
            self.approve_button = box.addButton(self.tr("Approve"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.approve_button.setProperty("primary", True)
            self.approve_button.setDefault(True)
            box.accepted.connect(self.submit)
            self.manager_box.currentIndexChanged.connect(lambda _i: self.error.hide())
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)
        layout.addWidget(self.error)
        layout.addWidget(box)

    @property
    def has_managers(self) -> bool:
        return bool(self.records)

    def select_manager(self, username: str) -> None:
        index = self.manager_box.findData(username)
        if index >= 0:
            self.manager_box.setCurrentIndex(index)

    def submit(self) -> None:
        if self._busy or not self.records:
            return
        username, password = self.manager_box.currentData(), self.password.text()
        if not password:
            self._refuse(self.tr("The manager types their password to approve."))
            return
        now = self.ctx.now()
        wait = throttle_for(self.ctx).wait_minutes(username_key(username), now)
        # Read fresh: the manager may have signed in again since the dialog opened.
        record = self.ctx.reader.login_record(username) or self.records[username]
        self._set_busy(True)
        run_task(lambda: check(record, password, now, wait_minutes=wait),
                 lambda result=None, error=None: self._checked(username, result, error))

    def _checked(self, username: str, outcome: Outcome | None, error: BaseException | None) -> None:
        if not isValid(self) or self.ctx.closed or not self.isVisible():
            return  # the dialog was closed while the hash ran: nothing is approved
        self._set_busy(False)
        self.password.clear()
        if error is not None:
            raise error  # a bug (the check never raises for a wrong password): the crash hook takes it
        assert outcome is not None
        throttle = throttle_for(self.ctx)
        if outcome.ok:
            throttle.succeeded(username_key(username))
            self.manager = outcome.staff
            self.checked.emit(True)
            self.accept()
            return
        name = self.manager_box.currentText()
        if outcome.refusal == WRONG_PASSWORD:
            throttle.failed(username_key(username), self.ctx.now())
            self._refuse(self.tr("That password doesn't match %1's. Nothing was done.").replace("%1", isolate(name)))
        elif outcome.refusal == THROTTLED:
            self._refuse(self.tr("Too many wrong passwords. Try again in %n minute(s).", "", outcome.wait_minutes))
        else:
            self._refuse(self.tr("%1 hasn't signed in on this computer in the last %n hour(s). They need to sign in "
                                 "here once more before they can approve.", "", outcome.hours).replace("%1", isolate(name)))
        self.checked.emit(False)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if self.approve_button is not None:
            self.approve_button.setEnabled(not busy)
            self.approve_button.setText(self.tr("Checking…") if busy else self.tr("Approve"))
        self.password.setEnabled(not busy)
        self.manager_box.setEnabled(not busy)

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        announce(self.error, text, assertive=True)  # a refusal is heard where it shows
        self.adjustSize()  # make room for the refusal rather than squeezing the fields
        self.password.setFocus()

    def values(self) -> dict[str, Any]:
        return {"manager": self.manager}
