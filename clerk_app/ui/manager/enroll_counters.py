"""A manager makes an enrollment code for their store (API.md v1.1): IT or a colleague types it on new counters,
which then enroll without anyone's password. The code is shown once, here, and kept nowhere."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...api.models import EnrollmentCode
from ...domain.enrollment_codes import grouped
from ...errors import ClerkError, Forbidden, OfflineError, ServerUnavailable, SignedOut
from ..common import format as fmt
from ..common.a11y import announce
from ..common.context import ClerkContext
from ..common.language import isolate, ltr
from ..common.tasks import run_task
from ..common.widgets import DigitSpinBox, button, title

DEFAULT_HOURS, DEFAULT_USES = 24, 1


class EnrollCountersDialog(QDialog):
    def __init__(self, ctx: ClerkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._busy = False
        self._code = ""
        self.setObjectName("EnrollCountersDialog")
        self.setWindowTitle(self.tr("Enroll counters"))
        self.setMinimumWidth(480)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        outer.setSpacing(8)
        outer.addWidget(title(self.tr("Enroll counters"), "PageTitle"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_ask())
        self.pages.addWidget(self._build_code())
        outer.addWidget(self.pages)
        self.error = QLabel(objectName="SignInError")
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)
        outer.addStretch(1)
        buttons = QHBoxLayout()
        self.cancel_button = button(self.tr("Cancel"))
        self.create_button = button(self.tr("Create code"), primary=True)
        self.copy_button = button(self.tr("Copy code"))
        self.close_button = button(self.tr("Done"), primary=True)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        for b in (self.copy_button, self.create_button, self.close_button):
            buttons.addWidget(b)
        outer.addLayout(buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.create_button.clicked.connect(self.create)
        self.copy_button.clicked.connect(self.copy)
        self.close_button.clicked.connect(self.accept)
        self._show_page(0)

    def _build_ask(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        store = isolate(self.ctx.store_name or self.ctx.store_id)
        intro = title(self.tr("A code lets new counters join %1 without a manager's password: type it on the "
                              "counter when Clerk first starts, or give it to IT.").replace("%1", store), "Muted")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setContentsMargins(0, 10, 0, 0)
        form.setVerticalSpacing(10)
        self.hours = DigitSpinBox(objectName="CodeHours", minimum=1, maximum=168, value=DEFAULT_HOURS)
        self.uses = DigitSpinBox(objectName="CodeUses", minimum=1, maximum=500, value=DEFAULT_USES)
        form.addRow(self.tr("Valid for (hours)"), self.hours)
        form.addRow(self.tr("Number of counters"), self.uses)
        layout.addLayout(form)
        return page

    def _build_code(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.code_label = QLabel(objectName="EnrollmentCode")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)  # its size is the theme's
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 2)
        self.code_label.setFont(font)
        # A code reads left to right in every language, and can be selected to copy by hand.
        self.code_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel(objectName="CodeDetails")
        self.details.setWordWrap(True)
        once = QLabel(self.tr("This code is shown only now. Write it down or copy it before you close this window."),
                      objectName="Muted")
        once.setWordWrap(True)
        layout.addWidget(self.code_label)
        layout.addWidget(self.details)
        layout.addWidget(once)
        return page

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.cancel_button.setVisible(index == 0)
        self.create_button.setVisible(index == 0)
        self.copy_button.setVisible(index == 1)
        self.close_button.setVisible(index == 1)
        (self.create_button if index == 0 else self.close_button).setDefault(True)

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
        for widget in (self.pages, self.cancel_button, self.create_button):
            widget.setEnabled(not busy)
        self.create_button.setText(self.tr("Creating…") if busy else self.tr("Create code"))

    @Slot()
    def create(self) -> None:
        if self._busy:
            return
        if self.ctx.signed_in_offline:
            self._show_error(self._session_words())
            return
        api, store_id, hours, uses = self.ctx.staff_api, self.ctx.store_id, self.hours.value(), self.uses.value()
        self._set_busy(True)
        self._show_error("")
        run_task(lambda: api.create_enrollment_code(store_id, hours, uses), self._created)

    def _created(self, result: EnrollmentCode | None = None, error: BaseException | None = None) -> None:
        self._set_busy(False)
        if error is not None:
            self._show_error(self._words(error))
            return
        assert result is not None
        self._code = grouped(result.code)
        self.code_label.setText(ltr(self._code))
        self.details.setText(self.tr("Works until %1 for %n counter(s).", "", result.uses)
                             .replace("%1", fmt.local_time(result.expires_at)))
        self._show_page(1)
        self.close_button.setFocus()

    @Slot()
    def copy(self) -> None:
        if self._code:
            QGuiApplication.clipboard().setText(self._code)
            self.copy_button.setText(self.tr("Copied"))

    def done(self, result: int) -> None:
        if self._busy:  # a reply on its way needs this dialog to land in
            return
        self._code = ""
        self.code_label.clear()
        super().done(result)

    # --- words -----------------------------------------------------------------------------

    def _session_words(self) -> str:
        return self.tr("Creating a code needs your online sign-in. Lock the screen and sign in again while the "
                       "store server can be reached.")

    def _words(self, error: BaseException) -> str:
        if isinstance(error, OfflineError):
            return self.tr("Clerk can't reach the store server, and creating a code needs it. Try again when the "
                           "connection is back.")
        if isinstance(error, SignedOut):
            return self._session_words()
        if isinstance(error, Forbidden):
            return self.tr("Only a manager of this store can create enrollment codes.")
        if isinstance(error, ServerUnavailable):
            return self.tr("The store server is busy. Try again in a moment.")
        if isinstance(error, ClerkError):
            return error.user_message
        raise error  # a bug: the crash hook shows the calm dialog and logs it


def open_enroll_counters(ctx: ClerkContext, parent: QWidget | None) -> EnrollCountersDialog:
    """The dialog, open (not exec: no nested event loop) and deleted when closed."""
    dialog = EnrollCountersDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

