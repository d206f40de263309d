"""A setting that IT's machine-wide file locks (clerk_app/machine_settings.py) is shown with its value, cannot be
changed, and says who set it: the same words everywhere."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget


def words() -> str:
    return QCoreApplication.translate("SetByIT", "Set by your IT department")


def lock_widget(widget: QWidget | QAction) -> None:
    """Shown, not editable (a line edit stays readable and selectable), with the words as its tooltip."""
    read_only = getattr(widget, "setReadOnly", None)
    if read_only is not None:
        read_only(True)
    else:
        widget.setEnabled(False)
    widget.setToolTip(words())
    widget.setProperty("setByIT", True)


def label() -> QLabel:
    """The small label beside or under a locked setting."""
    note = QLabel(words(), objectName="SetByIT")
    note.setWordWrap(True)
    return note
