"""Saving a period's pickups to CSV off the GUI thread, with a progress bar, Cancel, and "Open folder" at the end."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QDir, QLocale, QObject, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ...domain import export
from ..common.format import number, percent, sortable_time
from ..common.pickup_cells import id_check_labels, status_text
from ..common.tasks import run_task
from ..common.widgets import button, title


def cell_words() -> export.CellWords:
    """The cells in the manager's language, as the screens say them: the status and ID-check words, times in the
    language's calendar and digits (format.sortable_time), counts in its digits."""
    statuses = {key: status_text(key) for key in export.STATUS_WORDS}
    return export.CellWords(status=statuses, id_check=id_check_labels(), time=sortable_time, count=number,
                            times=" × ")


def csv_delimiter() -> str:
    """";" where the language writes decimals with a comma (Russian): Excel there splits a CSV file's columns at the
    system's list separator, which is ";" wherever the decimal separator is ","; elsewhere ","."""
    return ";" if QLocale().decimalPoint() == "," else ","


class ExportCancelled(Exception):
    """Raised from the progress callback to stop pickups_csv; it removes its side file on the way out."""

    user_message = "Export cancelled."  # a known outcome: run_task does not log it as a failure


class _Progress(QObject):
    """Carries progress from the worker thread to the GUI thread (a queued signal); owned by the task,
    so a dialog closed mid-export never receives from a deleted sender."""

    moved = Signal(int, int)  # rows written, total (-1: unknown)


class ExportDialog(QDialog):
    """Export `pickups` to `path`; `what` says which pickups (the period, in words). Starts with start()."""

    progressed = Signal(int, int)  # on the GUI thread: rows written, total (-1: unknown)
    finished_export = Signal(bool)  # True: the file is saved; False: cancelled or failed

    def __init__(self, pickups: Iterable[dict[str, Any]], path: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ExportDialog")
        self.setWindowTitle(self.tr("Export to CSV"))
        self.setMinimumWidth(460)
        self.pickups = pickups
        self.path = path
        self.count: int | None = None
        self.running = False
        self.open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl  # replaced in tests: no file manager opens
        self._cancel = threading.Event()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(title(self.tr("Export pickups to CSV"), "SectionTitle"))
        self.what = title(what, "Muted")
        layout.addWidget(self.what)
        self.target = title(self.tr("To: %1").replace("%1", QDir.toNativeSeparators(path)), "Muted")
        layout.addWidget(self.target)
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        layout.addWidget(self.bar)
        self.message = QLabel(objectName="ExportMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.open_folder_button = button(self.tr("Open folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.cancel_button = button(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = button(self.tr("Close"), primary=True)
        self.close_button.clicked.connect(self.accept)
        for widget in (self.open_folder_button, self.cancel_button, self.close_button):
            buttons.addWidget(widget)
        layout.addLayout(buttons)
        self.open_folder_button.hide()
        self.close_button.hide()

    # --- running ---------------------------------------------------------------------------

    def start(self) -> None:
        total = len(self.pickups) if hasattr(self.pickups, "__len__") else 0
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(0)
        self._show_percent()
        self.message.setText(self.tr("Writing the file…"))
        self.running = True
        relay = _Progress()
        relay.moved.connect(self._on_progress)
        cancel, pickups, path = self._cancel, self.pickups, self.path
        headers, words, delimiter = self.headers(), cell_words(), csv_delimiter()

        def progress(done: int, total: int | None) -> None:
            if cancel.is_set():
                raise ExportCancelled
            relay.moved.emit(done, -1 if total is None else total)

        def work() -> int:
            return export.pickups_csv(pickups, path, progress=progress, headers=headers, words=words,
                                      delimiter=delimiter)

        # Held by the dialog, not only by the task: the last reference must not drop on the worker
        # thread (a QObject deleted off its own thread can crash Qt), and queued signals need it alive.
        self._relay = relay
        run_task(work, self._on_done)

    def headers(self) -> list[str]:
        """The column names in the manager's language, in export.HEADERS order."""
        return [self.tr("Order number"), self.tr("Customer"), self.tr("Status"), self.tr("Created"),
                self.tr("Promised by"), self.tr("Ready at"), self.tr("Collect by"), self.tr("Picked up at"),
                self.tr("Shelf"), self.tr("Items"), self.tr("Hand-over ID check"), self.tr("Cancel reason")]

    @Slot()
    def cancel(self) -> None:
        """Stop at the next stretch of rows; the file is not left half-written."""
        if not self.running:
            self.reject()
            return
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.message.setText(self.tr("Stopping…"))

    @property
    def cancelling(self) -> bool:
        return self._cancel.is_set()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
        self.bar.setValue(min(done, self.bar.maximum()))
        self._show_percent()
        self.progressed.emit(done, total)

    def _show_percent(self) -> None:
        # QProgressBar's own "%p%" writes its locale's digits, whatever the digits setting says.
        self.bar.setFormat(percent(self.bar.value() / max(1, self.bar.maximum())))

    def _on_done(self, result: Any = None, error: BaseException | None = None) -> None:
        if not shiboken6.isValid(self):
            return  # the window went away while the file was written (the app closing)
        self.running = False
        self.cancel_button.hide()
        self.close_button.show()
        if error is None:
            self.count = int(result)
            self.bar.setRange(0, max(1, self.count))
            self.bar.setValue(self.bar.maximum())
            self._show_percent()
            self.message.setText(self.tr("Saved %Ln pickup(s) to %1.", "", self.count)
                                 .replace("%1", QDir.toNativeSeparators(self.path)))
            self.open_folder_button.show()
            self.finished_export.emit(True)
        elif isinstance(error, ExportCancelled):
            self.message.setText(self.tr("Export cancelled. No file was saved."))
            self.finished_export.emit(False)
        else:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else self.tr("an unexpected error")
            self.message.setText(self.tr("The file could not be saved (%1). Try another folder.").replace("%1", reason))
            self.finished_export.emit(False)

    @Slot()
    def open_folder(self) -> None:
        self.open_url(QUrl.fromLocalFile(str(Path(self.path).parent)))

    def reject(self) -> None:
        # Closing the window (Esc, ✕) while writing stops the export rather than leaving it running unseen.
        if self.running:
            self.cancel()
            return
        super().reject()
