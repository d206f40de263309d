"""First run: connect this computer to a store. A manager gives the store server's address and signs in,
picks the store (and names this computer), and Clerk enrolls it and saves the settings; or someone types an
enrollment code a manager made (API.md v1.1), and no password is needed. What IT's machine-wide settings lock
(the address, the store) is shown as set by IT and cannot be changed here."""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path
from typing import Any

import httpx
from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ... import config
from ...api.client import ApiClient
from ...domain.enrollment_codes import looks_valid
from ...errors import (
    ClerkError,
    Forbidden,
    NotFound,
    OfflineError,
    ProtocolError,
    RateLimited,
    SignedOut,
)
from ...secrets import SecretStore
from ...sync.device import enroll
from ..common import icons, set_by_it
from ..common.a11y import announce
from ..common.language import ltr
from ..common.tasks import run_task
from ..common.touch import hint
from ..common.widgets import button, ltr_field, title


class EnrollDialog(QDialog):
    def __init__(self, settings: config.Settings, secrets: SecretStore, transport: httpx.BaseTransport | None = None,
                 parent: QWidget | None = None, *, config_path: Path | None = None,
                 error: BaseException | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.secrets = secrets
        self.transport = transport
        self.config_path = config_path
        self.manager: dict[str, Any] | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Set up Clerk on this computer"))
        self.setObjectName("EnrollDialog")
        self.setMinimumWidth(520)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 24, 28, 20)
        outer.setSpacing(8)
        outer.addWidget(title(self.tr("Set up this computer"), "PageTitle"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_sign_in())
        self.pages.addWidget(self._build_store())
        outer.addWidget(self.pages)
        self.error = QLabel(objectName="SignInError")
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)
        outer.addSpacing(10)
        outer.addStretch(1)
        buttons = QHBoxLayout()
        self.cancel_button = button(self.tr("Cancel"))
        self.back_button = button(self.tr("Back"))
        self.next_button = button(self.tr("Continue"), primary=True)
        # Arrows that point back and on: mirrored right to left (back points right there).
        self.back_button.setIcon(icons.icon("back", self.layoutDirection()))
        self.next_button.setIcon(icons.icon("next", self.layoutDirection()))
        self.enroll_button = button(self.tr("Connect this computer"), primary=True)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        for b in (self.back_button, self.next_button, self.enroll_button):
            buttons.addWidget(b)
        outer.addLayout(buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(lambda: self._show_page(0))
        self.next_button.clicked.connect(self.sign_in)
        self.enroll_button.clicked.connect(self.enroll)
        self._show_page(0)
        if error is not None:  # IT's enrollment code did not enroll this computer at start: say why, offer the code
            self.with_code.setChecked(True)
            self._show_error(self._words(error, with_code=True))

    # --- building --------------------------------------------------------------------------

    def _build_sign_in(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title(self.tr("Clerk connects to your store once. A manager signs in here to do it; "
                                       "after that, staff sign in with their own username."), "Muted"))
        form = QFormLayout()
        form.setContentsMargins(0, 10, 0, 0)
        form.setVerticalSpacing(10)
        # An address reads left to right in every layout, and digits typed in Persian or Arabic-Indic become 0-9.
        self.address = hint(ltr_field(QLineEdit(self.settings.api_url, objectName="ServerAddress")), "url")
        self.address.setPlaceholderText("https://central.example.com")
        self.username = hint(ltr_field(QLineEdit(objectName="ManagerUsername")), "username")
        self.password = QLineEdit(objectName="ManagerPassword", echoMode=QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Store server address"), self.address)
        if self.settings.is_locked("api_url"):
            set_by_it.lock_widget(self.address)
            self.address_set_by_it = set_by_it.label()
            form.addRow("", self.address_set_by_it)
        self.by_manager = QRadioButton(self.tr("A manager signs in"), objectName="ByManager")
        self.with_code = QRadioButton(self.tr("I have an enrollment code"), objectName="WithCode")
        self.by_manager.setChecked(True)
        ways = QHBoxLayout()
        ways.addWidget(self.by_manager)
        ways.addWidget(self.with_code)
        ways.addStretch(1)
        form.addRow(ways)  # across the whole form: the two choices read as one question
        self.manager_rows = [(self.tr("Manager's username"), self.username), (self.tr("Password"), self.password)]
        # A code reads left to right in every layout; letters become capitals and any digits 0-9 as typed.
        self.code = hint(ltr_field(QLineEdit(objectName="EnrollmentCodeField"), upper=True), "code")
        self.code.setPlaceholderText(self.tr("Set by your IT department") if self.settings.enrollment_code
                                     else "K7QD-M3XP-2R")
        self.code_device_name = QLineEdit(self.settings.device_name, objectName="CodeDeviceName")
        self.code_rows = [(self.tr("Enrollment code"), self.code), (self.tr("This computer's name"), self.code_device_name)]
        for label, widget in self.manager_rows + self.code_rows:
            form.addRow(label, widget)
        self.form = form
        layout.addLayout(form)
        self.with_code.toggled.connect(self._way_chosen)
        self._way_chosen(False)
        return page

    @Slot(bool)
    def _way_chosen(self, with_code: bool) -> None:
        for _label, widget in self.manager_rows:
            self.form.setRowVisible(widget, not with_code)
        for _label, widget in self.code_rows:
            self.form.setRowVisible(widget, with_code)
        if hasattr(self, "enroll_button"):  # built: the buttons follow the way chosen
            self._show_page(0)
            self._fit()

    def _build_store(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.signed_in_as = title("", "Muted")
        layout.addWidget(self.signed_in_as)
        form = QFormLayout()
        form.setContentsMargins(0, 10, 0, 0)
        form.setVerticalSpacing(10)
        self.store = QComboBox(objectName="Store")
        self.store_name = QLineEdit(objectName="StoreName")
        self.store_name.setPlaceholderText(self.tr("As staff call it, e.g. Riverside"))
        self.device_name = QLineEdit(self.settings.device_name, objectName="DeviceName")
        form.addRow(self.tr("Store"), self.store)
        if self.settings.is_locked("store_id"):
            set_by_it.lock_widget(self.store)
            self.store_set_by_it = set_by_it.label()
            form.addRow("", self.store_set_by_it)
        form.addRow(self.tr("Store name shown in Clerk"), self.store_name)
        form.addRow(self.tr("This computer's name"), self.device_name)
        layout.addLayout(form)
        self.store.currentTextChanged.connect(self._store_chosen)
        return page

    # --- steps -----------------------------------------------------------------------------

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        with_code = index == 0 and self.with_code.isChecked()  # a code names the store: no second page
        self.back_button.setVisible(index == 1)
        self.next_button.setVisible(index == 0 and not with_code)
        self.enroll_button.setVisible(index == 1 or with_code)
        (self.next_button if index == 0 and not with_code else self.enroll_button).setDefault(True)  # Enter goes on
        self._show_error("")
        (self.address if index == 0 and not self.address.text() else self.code if with_code else
         self.username if index == 0 else self.store).setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        announce(self.error, text, assertive=True)  # a refusal is heard where it shows
        self._fit()

    def _fit(self) -> None:
        """Taller when an error or another row appears, so nothing is squeezed (never smaller than it was)."""
        wanted = self.layout().totalHeightForWidth(self.width()) if self.layout().hasHeightForWidth() else -1
        wanted = max(wanted, self.sizeHint().height())
        if self.height() < wanted:
            self.resize(self.width(), wanted)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.pages, self.cancel_button, self.back_button, self.next_button, self.enroll_button):
            widget.setEnabled(not busy)
        self.next_button.setText(self.tr("Signing in…") if busy else self.tr("Continue"))
        self.enroll_button.setText(self.tr("Connecting…") if busy else self.tr("Connect this computer"))

    def _address(self) -> str | None:
        try:
            return dataclasses.replace(self.settings, api_url=self.address.text().strip()).api_url or None
        except ValueError:
            return None

    @Slot()
    def sign_in(self) -> None:
        if self._busy:
            return
        url = self._address()
        if url is None:
            self._show_error(self.tr("The store server address must start with https:// (http:// only for a server "
                                     "on this computer), for example https://central.example.com"))
            self.address.setFocus()
            return
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self._show_error(self.tr("Enter the manager's username and password."))
            return
        verify, transport = self.settings.ca_bundle or True, self.transport

        def check() -> dict[str, Any]:
            with ApiClient(url, verify=verify, transport=transport) as api:
                staff = api.login(username, password, None).staff.model_dump()
                try:
                    api.logout()  # enrolling signs in again; this session only showed who it is
                except ClerkError:
                    pass
            return staff

        self._set_busy(True)
        self._show_error("")
        run_task(check, self._signed_in)

    def _signed_in(self, result: dict[str, Any] | None = None, error: BaseException | None = None) -> None:
        self._set_busy(False)
        if error is not None:
            self._show_error(self._words(error))
            return
        assert result is not None
        if result.get("role") != "manager" or not result.get("store_ids"):
            self._show_error(self._not_a_manager())
            return
        self.manager = result
        self.signed_in_as.setText(self.tr("Signed in as %1 (manager). Choose the store this computer works for.")
                                  .replace("%1", result.get("display_name") or result.get("username", "")))
        if self.settings.is_locked("store_id") and self.settings.store_id not in result["store_ids"]:
            self._show_error(self._not_a_manager())  # not a manager of the store IT set for this computer
            return
        self.store.clear()
        self.store.addItems([self.settings.store_id] if self.settings.is_locked("store_id") else result["store_ids"])
        if self.settings.store_id in result["store_ids"]:
            self.store.setCurrentText(self.settings.store_id)
        self._show_page(1)

    @Slot(str)
    def _store_chosen(self, store_id: str) -> None:
        if not self.store_name.isModified():  # follow the choice until someone types a name of their own
            self.store_name.setText(self.settings.store_name if store_id == self.settings.store_id and
                                    self.settings.store_name else store_id)

    def _enroll_with_code(self) -> None:
        url = self._address()
        if url is None:
            self._show_error(self.tr("The store server address must start with https:// (http:// only for a server "
                                     "on this computer), for example https://central.example.com"))
            self.address.setFocus()
            return
        typed = self.code.text().strip()
        code = typed or self.settings.enrollment_code or ""  # left empty: the code IT set, tried again
        if not looks_valid(code):
            self._show_error(self.tr("An enrollment code has ten letters and digits, like %1. Check it and try "
                                     "again.").replace("%1", ltr("K7QD-M3XP-2R")))
            self.code.setFocus()
            return
        device_name = self.code_device_name.text().strip()[:200] or self.settings.device_name
        settings, secrets, transport, path = self.settings, self.secrets, self.transport, self.config_path

        def connect() -> config.Settings:
            return enroll_with_code(settings, secrets, code, api_url=url, device_name=device_name,
                                    transport=transport, config_path=path)

        self._set_busy(True)
        self._show_error("")
        run_task(connect, self._enrolled)

    @Slot()
    def enroll(self) -> None:
        if self._busy:
            return
        if self.pages.currentIndex() == 0 and self.with_code.isChecked():
            self._enroll_with_code()
            return
        if self.manager is None:
            return
        url, store_id = self._address(), self.store.currentText()
        if url is None or not store_id:
            self._show_page(0)
            return
        device_name = self.device_name.text().strip()[:200] or self.settings.device_name
        store_name = self.store_name.text().strip() or store_id
        username, password = self.username.text().strip(), self.password.text()
        settings, secrets, transport, path = self.settings, self.secrets, self.transport, self.config_path

        def connect() -> config.Settings:
            new = dataclasses.replace(settings, api_url=url, device_name=device_name, store_name=store_name)
            new.machine = settings.machine  # replace() makes a new Settings: what IT set stays IT's when saved
            enroll(new, secrets, store_id=store_id, username=username, password=password, transport=transport)
            config.save(new, path)
            return new

        self._set_busy(True)
        self._show_error("")
        run_task(connect, self._enrolled)

    def _enrolled(self, result: config.Settings | None = None, error: BaseException | None = None) -> None:
        self._set_busy(False)
        if error is not None:
            self._show_error(self._words(error))
            return
        assert result is not None
        for f in dataclasses.fields(result):
            setattr(self.settings, f.name, getattr(result, f.name))
        self.password.clear()
        self.code.clear()  # spent: kept nowhere
        self.accept()

    def reject(self) -> None:
        if not self._busy:  # a reply on its way needs this dialog to land in
            super().reject()

    # --- words -----------------------------------------------------------------------------

    def _not_a_manager(self) -> str:
        return self.tr("Only a manager can set up this computer. Ask a manager of this store to sign in here.")

    def _words(self, error: BaseException, *, with_code: bool | None = None) -> str:
        with_code = self.with_code.isChecked() if with_code is None else with_code
        if isinstance(error, OfflineError):
            return self.tr("Clerk can't reach the store server at that address. Check the address and the network, "
                           "then try again.")
        if isinstance(error, SignedOut) and with_code:
            return self.tr("That enrollment code is wrong, used up or expired. Ask a manager for a new one.")
        if isinstance(error, RateLimited) and with_code:
            minutes = max(1, math.ceil((error.retry_after or 900) / 60))
            return self.tr("Too many wrong enrollment codes. Try again in %n minute(s).", "", minutes)
        if isinstance(error, SignedOut):
            return self.tr("That username and password don't match. Check them and try again.")
        if isinstance(error, Forbidden):
            return self._not_a_manager()
        if isinstance(error, RateLimited):
            minutes = max(1, math.ceil((error.retry_after or 900) / 60))
            return self.tr("Too many wrong passwords. Sign-in for this username is locked for %n minute(s).",
                           "", minutes)
        if isinstance(error, (NotFound, ProtocolError)):
            return self.tr("That address doesn't answer like a Clerk store server. Check it and try again.")
        if isinstance(error, ClerkError):
            return error.user_message
        if isinstance(error, OSError):
            return self.tr("Clerk couldn't save its settings on this computer. Check the disk and try again.")
        raise error  # a bug: the crash hook shows the calm dialog and logs it


def enroll_with_code(settings: config.Settings, secrets: SecretStore, code: str, *, api_url: str | None = None,
                     device_name: str | None = None, transport: httpx.BaseTransport | None = None,
                     config_path: Path | None = None) -> config.Settings:
    """Enroll with an enrollment code and save the settings (off the GUI thread); the code is not kept."""
    new = dataclasses.replace(settings, api_url=api_url or settings.api_url,
                              device_name=device_name or settings.device_name, enrollment_code=None)
    new.machine = settings.machine
    # The store IT set must be the code's (the server refuses a code for another); one left from an earlier
    # enrollment says nothing, and the code names its store.
    it_store = settings.store_id if "store_id" in settings.machine.values else None
    enroll(new, secrets, store_id=it_store, code=code, transport=transport)
    new.store_name = settings.store_name or new.store_id
    config.save(new, config_path)
    return new
