"""The sign-in and lock screen: a centred card on the calm background, with nothing about customers on it.

Sign-in is online when the store server answers, else against the offline verifier kept for people who
signed in here within the server's `max_offline_hours`. The lock screen unlocks the same person (checked
on this computer, so it works offline) or signs them out for someone else ("Switch staff").
"""

from __future__ import annotations

import math
import threading
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...cache.staff import username_key
from ...domain.offline_unlock import Throttle
from ...errors import ClerkError, Forbidden, RateLimited, SignedOut
from ...sync.connectivity import ConnectionState
from ..common import format as fmt
from ..common import language, set_by_it, staff_auth
from ..common.a11y import announce
from ..common.staff_auth import (
    NEEDS_SERVER,
    NOT_RECENT,
    THROTTLED,
    WRONG_PASSWORD,
    Outcome,
)
from ..common.tasks import run_task
from ..common.touch import hint
from ..common.widgets import button, card, ltr_field, title

CARD_WIDTH = 400


class SignInScreen(QWidget):
    language_chosen = Signal(str)  # a language code of language.NAMES, picked here before anyone signs in

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._throttle = Throttle()  # wrong passwords checked on this computer (the server counts its own)
        self._session = threading.Lock()  # a sign-out still on its way must not end the next sign-in's session
        self._attempt = 0  # a reply to an attempt the screen has moved on from is ignored
        self._busy = False
        self._locked_staff: dict[str, Any] | None = None
        self._demo_built = False

        frame, layout = card()
        frame.setFixedWidth(CARD_WIDTH)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(6)
        layout.addWidget(QLabel(self.tr("Clerk"), objectName="AppTitle"), 0, Qt.AlignmentFlag.AlignHCenter)
        self.store_label = title(ctx.store_name, "Muted")
        self.store_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.store_label)
        layout.addSpacing(14)
        self.pages = QStackedWidget()
        self.form = self._build_form()
        self.lock_page = self._build_lock()
        self.pages.addWidget(self.form)
        self.pages.addWidget(self.lock_page)
        layout.addWidget(self.pages)
        layout.addSpacing(10)
        layout.addLayout(self._build_language_choice())

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(frame)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        outer.addLayout(row)
        outer.addStretch(3)  # a little above the middle reads as centred
        ctx.state_changed.connect(self._on_state)
        self._on_state(ctx.connection_state)

    # --- building --------------------------------------------------------------------------

    @staticmethod
    def _field(layout: QVBoxLayout, label: str, edit: QLineEdit) -> None:
        caption = QLabel(label, objectName="FieldLabel")
        caption.setBuddy(edit)
        layout.addSpacing(4)
        layout.addWidget(caption)
        layout.addWidget(edit)

    @staticmethod
    def _error_label() -> QLabel:
        label = QLabel(objectName="SignInError")
        label.setWordWrap(True)
        label.hide()
        return label

    def _build_language_choice(self) -> QHBoxLayout | QVBoxLayout:
        row = QHBoxLayout()
        self.language_box = QComboBox(objectName="LanguageChoice")
        for code, name in language.NAMES.items():
            self.language_box.addItem(name, code)  # each in its own words: a clerk looks for their language's name
        self.language_box.setCurrentIndex(list(language.NAMES).index(language.current().language))
        self.language_box.setAccessibleName(self.tr("Language"))
        caption = QLabel(self.tr("Language"), objectName="Muted")
        caption.setBuddy(self.language_box)
        row.addStretch(1)
        row.addWidget(caption)
        row.addWidget(self.language_box)
        self.language_set_by_it = None
        if self.ctx.settings.is_locked("language"):  # IT chose this counter's language: shown, not changeable
            set_by_it.lock_widget(self.language_box)
            self.language_set_by_it = set_by_it.label()
            self.language_set_by_it.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addLayout(row)
            column.addWidget(self.language_set_by_it)
            return column
        self.language_box.activated.connect(lambda index: self.language_chosen.emit(self.language_box.itemData(index)))
        return row

    def _build_form(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        # A username is typed in Latin letters like a login: it reads left to right in every language.
        self.username = hint(ltr_field(QLineEdit(objectName="Username")), "username")
        self.username.setPlaceholderText(self.tr("Your staff username"))
        self.password = QLineEdit(objectName="Password", echoMode=QLineEdit.EchoMode.Password)
        self.offline_note = QLabel(self.tr("The store server can't be reached. If you signed in on this computer "
                                           "recently, your password still works."), objectName="OfflineNote")
        self.offline_note.setWordWrap(True)
        self.offline_note.hide()
        layout.addWidget(self.offline_note)
        self._field(layout, self.tr("&Username"), self.username)
        self._field(layout, self.tr("&Password"), self.password)
        self.form_error = self._error_label()
        self.sign_in_button = button(self.tr("Sign in"), primary=True)
        self.sign_in_button.setMinimumHeight(36)
        layout.addSpacing(8)
        layout.addWidget(self.form_error)
        layout.addSpacing(4)
        layout.addWidget(self.sign_in_button)
        self.demo_box = QWidget()
        self.demo_layout = QVBoxLayout(self.demo_box)
        self.demo_layout.setContentsMargins(0, 14, 0, 0)
        self.demo_box.hide()
        layout.addWidget(self.demo_box)
        self.username.returnPressed.connect(self.submit_sign_in)
        self.password.returnPressed.connect(self.submit_sign_in)
        self.sign_in_button.clicked.connect(self.submit_sign_in)
        return page

    def _build_lock(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        locked = title(self.tr("Screen locked"), "SectionTitle")
        locked.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.locked_name = title("", "Big")
        self.locked_name.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.locked_role = title("", "Muted")
        self.locked_role.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(locked)
        layout.addWidget(self.locked_name)
        layout.addWidget(self.locked_role)
        self.unlock_password = QLineEdit(objectName="UnlockPassword", echoMode=QLineEdit.EchoMode.Password)
        self._field(layout, self.tr("&Password"), self.unlock_password)
        self.lock_error = self._error_label()
        self.unlock_button = button(self.tr("Unlock"), primary=True)
        self.unlock_button.setMinimumHeight(36)
        self.switch_button = button(self.tr("Switch staff"), flat=True)
        self.switch_button.setToolTip(self.tr("Sign this person out so someone else can sign in"))
        layout.addSpacing(8)
        layout.addWidget(self.lock_error)
        layout.addSpacing(4)
        layout.addWidget(self.unlock_button)
        layout.addWidget(self.switch_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.unlock_password.returnPressed.connect(self.submit_unlock)
        self.unlock_button.clicked.connect(self.submit_unlock)
        self.switch_button.clicked.connect(self.switch_staff)
        return page

    def _role(self, staff: dict[str, Any]) -> str:
        # A role a newer server added reads as it spells it (with an associate's rights here).
        return {"manager": self.tr("Manager"), "associate": self.tr("Associate")}.get(
            staff.get("role"), fmt.server_word(staff.get("role")) or self.tr("Associate"))

    def _build_demo(self) -> None:
        """Demo mode: the demo staff as one-click choices (fills username and password; Enter signs in)."""
        if self._demo_built or not self.ctx.demo_staff:
            return
        self._demo_built = True
        line = QFrame(objectName="SignInRule", frameShape=QFrame.Shape.HLine)
        self.demo_layout.addWidget(line)
        self.demo_layout.addWidget(title(self.tr("Demo staff: choose one, then press Enter"), "Muted"))
        self.demo_buttons: list[QPushButton] = []
        for person in self.ctx.demo_staff:
            choice = QPushButton(f"{person.get('display_name') or person['username']} · {self._role(person)}",
                                 objectName="DemoStaff")
            choice.setToolTip(self.tr("Username: %1").replace("%1", language.ltr(person["username"])))
            choice.setCursor(Qt.CursorShape.PointingHandCursor)
            choice.clicked.connect(lambda _=False, p=person: self.choose_demo(p))
            self.demo_layout.addWidget(choice)
            self.demo_buttons.append(choice)
        self.demo_box.show()

    # --- showing ---------------------------------------------------------------------------

    def show_sign_in(self) -> None:
        self._attempt += 1
        self._set_busy(False)
        self._locked_staff = None
        self.store_label.setText(self.ctx.store_name)
        self._build_demo()
        self.username.clear()
        self.password.clear()
        self._show_error(self.form_error, "")
        self.pages.setCurrentWidget(self.form)
        self.username.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_lock(self, staff: dict[str, Any]) -> None:
        self._attempt += 1
        self._set_busy(False)
        self._locked_staff = staff
        self.locked_name.setText(staff.get("display_name") or staff.get("username", ""))
        offline = self.tr(" · signed in offline") if self.ctx.signed_in_offline else ""
        self.locked_role.setText(self._role(staff) + offline)
        self.unlock_password.clear()
        self._show_error(self.lock_error, "")
        self.pages.setCurrentWidget(self.lock_page)
        self.unlock_password.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(object)
    def choose_demo(self, person: dict[str, Any]) -> None:
        self.username.setText(person["username"])
        self.password.setText(self.ctx.demo_password or "")
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)  # Enter now signs in

    @Slot(object)
    def _on_state(self, state: ConnectionState) -> None:
        self.offline_note.setVisible(state in (ConnectionState.OFFLINE, ConnectionState.WORKING_OFFLINE))

    def _set_busy(self, busy: bool, label: str = "") -> None:
        self._busy = busy
        for widget in (self.username, self.password, self.sign_in_button, self.unlock_password, self.unlock_button,
                       self.switch_button, self.demo_box):
            widget.setEnabled(not busy)
        self.sign_in_button.setText(label if busy and label else self.tr("Sign in"))
        self.unlock_button.setText(label if busy and label else self.tr("Unlock"))

    @staticmethod
    def _show_error(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))
        announce(label, text, assertive=True)  # a refusal is heard where it shows

    # --- signing in ------------------------------------------------------------------------

    @Slot()
    def submit_sign_in(self) -> None:
        if self._busy or self.pages.currentWidget() is not self.form:
            return
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self._show_error(self.form_error, self.tr("Enter your username and password."))
            (self.password if username else self.username).setFocus()
            return
        ctx, now = self.ctx, self.ctx.now()
        wait = self._throttle.wait_minutes(username_key(username), now)
        hours = int(ctx.offline_policy.get("max_offline_hours", 72))
        cache, api, device_id = ctx.device.cache, ctx.staff_api, ctx.settings.device_id

        def attempt() -> Outcome:
            with self._session:
                return staff_auth.sign_in(api, cache, username, password, device_id, now, default_hours=hours,
                                          wait_minutes=wait)

        self._attempt += 1
        token = self._attempt
        self._set_busy(True, self.tr("Signing in…"))
        self._show_error(self.form_error, "")
        run_task(attempt, lambda result=None, error=None: self._signed_in(token, username, result, error))

    def _signed_in(self, token: int, username: str, outcome: Outcome | None, error: BaseException | None) -> None:
        if token != self._attempt or self.ctx.closed:
            return
        self._set_busy(False)
        self.password.clear()
        if error is not None or outcome is None or not outcome.ok:
            self._show_error(self.form_error, self._refusal(username, outcome, error))
            self.password.setFocus()
            return
        self._throttle.succeeded(username_key(username))
        if outcome.policy is not None:
            self.ctx.offline_policy = outcome.policy
        self.ctx.set_staff(outcome.staff, offline=outcome.offline)
        if outcome.offline:
            self.ctx.messages.info(self.tr("Signed in offline. Look-ups on the store server wait for the connection; "
                                           "what you do is saved here and syncs when it is back."))

    def _refusal(self, username: str, outcome: Outcome | None, error: BaseException | None) -> str:
        """The words for a refused sign-in or unlock (and counting a wrong password checked here)."""
        if error is not None:
            if isinstance(error, RateLimited):
                minutes = max(1, math.ceil((error.retry_after or 900) / 60))
                return self.tr("Too many wrong passwords. Sign-in for this username is locked for %n minute(s).",
                               "", minutes)
            if isinstance(error, Forbidden):
                return self.tr("This staff member is not on the staff of this store, so they can't sign in "
                               "on this computer.")
            if isinstance(error, SignedOut):
                return self.tr("That username and password don't match. Check them and try again.")
            if isinstance(error, ClerkError):
                return error.user_message
            raise error  # a bug: the crash hook shows the calm dialog and logs it
        assert outcome is not None
        if outcome.refusal == WRONG_PASSWORD:
            self._throttle.failed(username_key(username), self.ctx.now())
            return self.tr("That password doesn't match. The store server can't be reached, so Clerk checked it "
                           "on this computer.")
        if outcome.refusal == THROTTLED:
            return self.tr("Too many wrong passwords. Try again in %n minute(s).", "", outcome.wait_minutes)
        if outcome.refusal == NOT_RECENT:
            return self.tr("%1 hasn't signed in on this computer in the last %n hour(s), so the password can't be "
                           "checked until the store server can be reached again.", "", outcome.hours
                           ).replace("%1", username)
        if outcome.refusal == NEEDS_SERVER:
            return self.tr("The store server can't be reached and your password can't be checked on this computer. "
                           "Try again when the connection is back, or choose Switch staff.")
        return self.tr("Signing in didn't work. Please try again.")

    # --- the lock screen -------------------------------------------------------------------

    @Slot()
    def submit_unlock(self) -> None:
        staff = self._locked_staff
        if self._busy or staff is None or self.pages.currentWidget() is not self.lock_page:
            return
        password = self.unlock_password.text()
        if not password:
            self._show_error(self.lock_error, self.tr("Enter your password to unlock."))
            return
        ctx, now = self.ctx, self.ctx.now()
        wait = self._throttle.wait_minutes(username_key(staff["username"]), now)
        cache, api, device_id = ctx.device.cache, ctx.staff_api, ctx.settings.device_id

        def attempt() -> Outcome:
            with self._session:
                return staff_auth.unlock(api, cache, staff, password, device_id, now, wait_minutes=wait)

        self._attempt += 1
        token = self._attempt
        self._set_busy(True, self.tr("Checking…"))
        self._show_error(self.lock_error, "")
        run_task(attempt, lambda result=None, error=None: self._unlocked(token, staff, result, error))

    def _unlocked(self, token: int, staff: dict[str, Any], outcome: Outcome | None,
                  error: BaseException | None) -> None:
        if token != self._attempt or self.ctx.closed:
            return
        self._set_busy(False)
        self.unlock_password.clear()
        if error is not None or outcome is None or not outcome.ok:
            self._show_error(self.lock_error, self._refusal(staff["username"], outcome, error))
            self.unlock_password.setFocus()
            return
        self._throttle.succeeded(username_key(staff["username"]))
        offline = self.ctx.signed_in_offline
        if outcome.policy is not None:  # the server checked the password: a fresh online session
            self.ctx.offline_policy, offline = outcome.policy, False
        self._locked_staff = None
        self.ctx.set_staff(outcome.staff or staff, offline=offline)

    @Slot()
    def switch_staff(self) -> None:
        """Sign the current person out (on the server too, when it answers) and show the sign-in form."""
        api = self.ctx.staff_api

        def sign_out() -> None:
            with self._session:
                try:
                    api.logout()
                except ClerkError:
                    pass  # offline or already over: the local sign-out below is what matters

        run_task(sign_out)
        self.ctx.set_staff(None)
        self.show_sign_in()
