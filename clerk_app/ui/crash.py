"""The calm crash dialog and the log file: an unexpected error is logged in full and told in plain words.

Queued actions live in the encrypted cache, written in their own transaction before the screen
shows them, so an exception in a screen never loses one; the clerk can carry on.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger("clerk.crash")

LOG_BYTES = 1_000_000
LOG_FILES = 3
_TOKENISH = re.compile(r"(?i)(bearer\s+|token[\"']?\s*[:=]\s*[\"']?)[A-Za-z0-9._~+/=-]{8,}")


class _NoSecrets(logging.Filter):
    """A last guard: whatever a message says, a bearer token or a `token=` value is blanked before it is written."""

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        if _TOKENISH.search(text):
            record.msg, record.args = _TOKENISH.sub(r"\1[hidden]", text), None
        return True


def setup_logging(folder: Path, level: int = logging.INFO) -> Path:
    """A rotating log file `clerk.log` in `folder` (a few MB at most). Nothing about customers is logged:
    the API client logs paths without query strings, and screens log only their own words."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "clerk.log"
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path  # already set up (a second run in one process: tests, the screenshots script)
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_FILES, encoding="utf-8",
                                                   delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"))
    handler.addFilter(_NoSecrets())
    if root.level > level or root.level == logging.NOTSET:
        # The file wants INFO; a console handler set up earlier keeps showing only what it showed before.
        for other in root.handlers:
            if other.level == logging.NOTSET:
                other.setLevel(root.level or logging.WARNING)
        root.setLevel(level)
    root.addHandler(handler)
    return path


class CrashDialog(QDialog):
    """"Something went wrong", with Copy details, Quit and Continue. Non-blocking: the app keeps syncing."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CrashDialog")
        self.setWindowTitle(self.tr("Clerk"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.details = details
        self.times = 1
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        top = QHBoxLayout()
        top.setSpacing(14)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        heading = QLabel(self.tr("Something went wrong."), objectName="SectionTitle")
        self.text = QLabel(self.tr("Your work waiting to sync is safe. Clerk can keep running; "
                                   "if this repeats, restart it."))
        self.text.setWordWrap(True)
        self.repeats = QLabel(objectName="Muted")
        self.repeats.hide()
        for widget in (heading, self.text, self.repeats):
            words.addWidget(widget)
        top.addLayout(words, 1)
        layout.addLayout(top)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setToolTip(self.tr("Copy the technical details, to send to your IT support"))
        self.copy_button.clicked.connect(self.copy_details)
        self.quit_button = QPushButton(self.tr("Quit Clerk"))
        self.quit_button.clicked.connect(self.quit_app)
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setProperty("primary", True)
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.accept)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.continue_button)
        layout.addLayout(buttons)
        self.setMinimumWidth(440)

    def happened_again(self, details: str) -> None:
        self.times += 1
        self.details += "\n\n" + details
        self.repeats.setText(self.tr("This happened %n time(s).", "", self.times))
        self.repeats.show()

    @Slot()
    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))

    @Slot()
    def quit_app(self) -> None:
        self.accept()
        QApplication.exit(1)  # aboutToQuit closes the context: sync stops, queued actions finish writing


class CrashHook(QObject):
    """Owns the installed hooks; an error on any thread is logged there and shown on the GUI thread."""

    report = Signal(str)  # the formatted traceback; queued to the GUI thread when raised elsewhere

    def __init__(self, ctx: Any = None) -> None:
        # Owned by the application: it is deleted on the GUI thread, never by a garbage collection elsewhere.
        super().__init__(QApplication.instance())
        self.ctx = ctx
        self.dialog: CrashDialog | None = None
        self._previous = (sys.excepthook, threading.excepthook)
        self.report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> CrashHook:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        return self

    def uninstall(self) -> None:
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous[0]
        if threading.excepthook == self.thread_excepthook:
            threading.excepthook = self._previous[1]

    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.exit(130)
            return
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        self.report.emit("".join(traceback.format_exception(exc_type, exc, tb)))

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str)
    def _show(self, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.happened_again(details)  # one dialog, however many errors: no cascade of windows
            return
        parent = QApplication.activeWindow()
        self.dialog = CrashDialog(details, parent)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget)
        self.dialog.show()
        self.dialog.activateWindow()

    @Slot()
    def _forget(self) -> None:
        self.dialog = None


_installed: CrashHook | None = None


def install_excepthook(ctx: Any = None) -> CrashHook:
    """Route unexpected errors (GUI thread, thread pool, any Python thread) to the log and the crash dialog."""
    global _installed
    if _installed is not None:
        _installed.uninstall()
    _installed = CrashHook(ctx).install()
    return _installed
