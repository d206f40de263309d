"""Clerk's look: the style sheet, and a Fusion base style so it looks the same on every platform."""

from __future__ import annotations

from importlib import resources

from PySide6.QtWidgets import QApplication, QWidget


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(resources.files(__package__).joinpath("theme.qss").read_text(encoding="utf-8"))


def set_flag(widget: QWidget, name: str, value: object) -> None:
    """Set a dynamic property the style sheet selects on, and re-polish so the look follows at once."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
