"""PLACEHOLDER — replaced by the search bar."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget


class SearchBar(QLineEdit):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
