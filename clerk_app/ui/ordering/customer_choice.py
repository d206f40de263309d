"""Who the order is for: the customer open on the Customers page, or one found among this computer's customers
by name, phone, email or loyalty card (the cache's search, as the search bar's)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..common.a11y import name_clear_button, named
from ..common.language import isolate, ltr
from ..common.widgets import button

RESULTS = 6


def customer_line(customer: dict[str, Any]) -> str:
    """"Name · email · phone", each part isolated so it keeps its direction."""
    parts = [isolate(customer.get("display_name") or "")]
    parts += [ltr(str(part)) for part in (customer.get("email"), customer.get("phone")) if part]
    return " · ".join(parts)


class CustomerChoice(QWidget):
    changed = Signal(str)  # the chosen customer's id, "" when none

    def __init__(self, ctx: Any, customer_id: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer: dict[str, Any] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.chosen = QWidget()
        row = QHBoxLayout(self.chosen)
        row.setContentsMargins(0, 0, 0, 0)
        self.name = QLabel()
        self.name.setWordWrap(True)
        self.change_button = button(self.tr("Change"), flat=True)
        self.change_button.setToolTip(self.tr("Order for another customer"))
        self.change_button.clicked.connect(self.start_search)
        row.addWidget(self.name, 1)
        row.addWidget(self.change_button)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search this computer's customers: name, phone, email or card"))
        self.search.setClearButtonEnabled(True)
        named(self.search, self.tr("Search customers"))
        name_clear_button(self.search)
        self.search.textChanged.connect(self._search)
        self.results = QListWidget(objectName="CustomerResults")
        self.results.setMaximumHeight(150)
        self.results.itemActivated.connect(self._picked)
        self.results.itemClicked.connect(self._picked)
        for widget in (self.chosen, self.search, self.results):
            layout.addWidget(widget)
        customer = ctx.reader.customer(customer_id) if customer_id else None
        if customer is not None:
            self.choose(customer)
        else:
            self.start_search()

    @property
    def customer_id(self) -> str:
        return (self.customer or {}).get("id") or ""

    def choose(self, customer: dict[str, Any]) -> None:
        self.customer = customer
        self.name.setText(customer_line(customer))
        self.chosen.show()
        self.search.hide()
        self.results.hide()
        self.changed.emit(self.customer_id)

    @Slot()
    def start_search(self) -> None:
        self.customer = None
        self.chosen.hide()
        self.search.show()
        self.results.show()
        self.search.setFocus()
        self._search(self.search.text())
        self.changed.emit("")

    @Slot(str)
    def _search(self, text: str) -> None:
        self.results.clear()
        query = text.strip()
        if not query:
            return
        for customer in self.ctx.reader.search_customers(query, RESULTS):
            item = QListWidgetItem(customer_line(customer))
            item.setData(Qt.ItemDataRole.UserRole, customer["id"])
            self.results.addItem(item)
        if not self.results.count():
            item = QListWidgetItem(self.tr("No customer on this computer matches."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)

    @Slot(QListWidgetItem)
    def _picked(self, item: QListWidgetItem) -> None:
        customer_id = item.data(Qt.ItemDataRole.UserRole)
        customer = self.ctx.reader.customer(customer_id) if customer_id else None
        if customer is not None:
            self.choose(customer)
