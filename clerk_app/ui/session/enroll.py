"""First run: connect this computer to a store. A manager gives the store server's address and signs in,
picks the store (and names this computer), and Clerk enrolls it and saves the settings."""

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
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ... import config
from ...api.client import ApiClient
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
from ..common import icons
from ..common.tasks import run_task
from ..common.widgets import button, ltr_field, title


class EnrollDialog(QDialog):
    def __init__(self, settings: config.Settings, secrets: SecretStore, transport: httpx.BaseTransport | None = None,
                 parent: QWidget | None = None, *, config_path: Path | None = None) -> None:
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
        self.address = ltr_field(QLineEdit(self.settings.api_url, objectName="ServerAddress"))
        self.address.setPlaceholderText("https://central.example.com")
        self.username = ltr_field(QLineEdit(objectName="ManagerUsername"))
        self.password = QLineEdit(objectName="ManagerPassword", echoMode=QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Store server address"), self.address)
        form.addRow(self.tr("Manager's username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout.addLayout(form)
        return page

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
        form.addRow(self.tr("Store name shown in Clerk"), self.store_name)
        form.addRow(self.tr("This computer's name"), self.device_name)
        layout.addLayout(form)
        self.store.currentTextChanged.connect(self._store_chosen)
        return page

    # --- steps -----------------------------------------------------------------------------

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.back_button.setVisible(index == 1)
        self.next_button.setVisible(index == 0)
        self.enroll_button.setVisible(index == 1)
        (self.next_button if index == 0 else self.enroll_button).setDefault(True)  # Enter goes on
        self._show_error("")
        (self.address if index == 0 and not self.address.text() else
         self.username if index == 0 else self.store).setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

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
        self.store.clear()
        self.store.addItems(result["store_ids"])
        if self.settings.store_id in result["store_ids"]:
            self.store.setCurrentText(self.settings.store_id)
        self._show_page(1)

    @Slot(str)
    def _store_chosen(self, store_id: str) -> None:
        if not self.store_name.isModified():  # follow the choice until someone types a name of their own
            self.store_name.setText(self.settings.store_name if store_id == self.settings.store_id and
                                    self.settings.store_name else store_id)

    @Slot()
    def enroll(self) -> None:
        if self._busy or self.manager is None:
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
        self.accept()

    def reject(self) -> None:
        if not self._busy:  # a reply on its way needs this dialog to land in
            super().reject()

    # --- words -----------------------------------------------------------------------------

    def _not_a_manager(self) -> str:
        return self.tr("Only a manager can set up this computer. Ask a manager of this store to sign in here.")

    def _words(self, error: BaseException) -> str:
        if isinstance(error, OfflineError):
            return self.tr("Clerk can't reach the store server at that address. Check the address and the network, "
                           "then try again.")
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
