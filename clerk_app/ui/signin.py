"""PLACEHOLDER — replaced by the sign-in and lock screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class SignInScreen(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        QVBoxLayout(self).addWidget(QLabel("Sign in"))

    def show_sign_in(self) -> None:
        pass

    def show_lock(self, staff: dict) -> None:
        pass
