"""Clerk's look: the style sheet, and a Fusion base style so it looks the same on every platform."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    package = resources.files(__package__)
    # The style sheet names its icons "icons:<file>": made absolute here, wherever the package is installed.
    # Quoted: the folder may hold spaces ("C:/Users/Jane Doe/...").
    icons = Path(str(package.joinpath("icons"))).as_posix()
    sheet = package.joinpath("theme.qss").read_text(encoding="utf-8")
    app.setStyleSheet(re.sub(r"url\(icons:([^)]+)\)", lambda m: f'url("{icons}/{m.group(1)}")', sheet))


def set_flag(widget: QWidget, name: str, value: object) -> None:
    """Set a dynamic property the style sheet selects on, and re-polish so the look follows at once. A widget not
    polished yet (one being built) is left alone: its first polish, when it is shown, reads the property, and a
    polish now would only be done again then (under the app's style sheet, the dearest step of building a screen)."""
    widget.setProperty(name, value)
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        widget.style().unpolish(widget)
        widget.style().polish(widget)
