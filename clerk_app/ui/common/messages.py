"""One way to tell the user (qutebrowser's `message`): info/warning/error are logged and shown by the
main window — info in the status bar, warnings and errors in a non-blocking banner."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

log = logging.getLogger("clerk.ui.messages")


class Messages(QObject):
    posted = Signal(str, str)  # level ("info", "warning", "error"), text in a clerk's words

    def info(self, text: str) -> None:
        self.posted.emit("info", text)

    def warning(self, text: str) -> None:
        log.info("warning shown: %s", text)  # the text is ours, never customer data
        self.posted.emit("warning", text)

    def error(self, text: str) -> None:
        log.info("error shown: %s", text)
        self.posted.emit("error", text)
