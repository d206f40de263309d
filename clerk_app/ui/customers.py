"""PLACEHOLDER — replaced by the customers screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class CustomersPage(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        QVBoxLayout(self).addWidget(QLabel("CustomersPage"))

    def open_customer(self, customer_id: str) -> None:
        pass

    def open_pickup(self, pickup_id: str, extras: dict) -> None:
        pass
