"""The pickup forms: mark ready (shelf and picked quantities), hand over (code, who, ID check, what is
collected) and the customer's arrival. They only collect and check input; the detail view queues the action."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.pickups import ID_DOCUMENTS
from ...domain.scan import ScanKind, classify
from ..common import format as fmt
from ..common.a11y import announce, named
from ..common.camera_dialog import CameraButton
from ..common.language import isolate, ltr, to_latin_digits
from ..common.pickup_cells import id_check_labels
from ..common.touch import hint
from ..common.widgets import DigitSpinBox, ltr_field, title
from ..common.widgets import stepper as _stepper
from ..theme import set_flag


def _message(tone: str) -> QLabel:
    label = QLabel(objectName="FormMessage")
    label.setWordWrap(True)
    set_flag(label, "tone", tone)
    label.hide()
    return label


class _LinesGrid(QScrollArea):
    """One row per order line: the product, a reference figure and a spin box (a pickup has a handful of lines)."""

    def __init__(self, lines: list[dict[str, Any]], headers: tuple[str, str, str], reference: str,
                 default: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # No Tab stop of its own (a screen reader said just "scroll area"): Tab goes to each line's count, and the
        # area scrolls to show it.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget(objectName="LinesGrid")
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setColumnStretch(0, 1)
        for column, text in enumerate(headers):
            head = QLabel(text, objectName="Muted")
            grid.addWidget(head, 0, column, Qt.AlignmentFlag.AlignLeading if column == 0 else Qt.AlignmentFlag.AlignCenter)
        self.spins: dict[str, QSpinBox] = {}
        for row, line in enumerate(lines, start=1):
            name = QLabel(f"{line.get('name') or line['sku']}")
            name.setToolTip(line["sku"])
            name.setWordWrap(True)
            grid.addWidget(name, row, 0)
            grid.addWidget(QLabel(fmt.number(int(line.get(reference) or 0))), row, 1, Qt.AlignmentFlag.AlignCenter)
            spin = named(DigitSpinBox(), QCoreApplication.translate("PickupDialogs", "%1: %2").replace(
                "%1", headers[2]).replace("%2", isolate(line.get("name") or line["sku"])))
            spin.setRange(0, int(line.get(reference) or 0))
            spin.setValue(int(line.get(default) or 0))
            spin.setEnabled(spin.maximum() > 0)
            grid.addWidget(_stepper(spin), row, 2, Qt.AlignmentFlag.AlignCenter)
            self.spins[line["sku"]] = spin
        grid.setRowStretch(len(lines) + 1, 1)
        self.setWidget(body)
        self.setMinimumHeight(min(60 + 38 * len(lines), 260))

    def quantities(self) -> list[dict[str, Any]]:
        return [{"sku": sku, "quantity": spin.value()} for sku, spin in self.spins.items()]


def _buttons(dialog: QDialog, accept_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    box = QDialogButtonBox()
    box.addButton(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("PickupDialogs", "Cancel"))
    ok = box.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setProperty("primary", True)
    ok.setDefault(True)
    box.rejected.connect(dialog.reject)
    return box, ok


class _LinesForm(QDialog):
    """A form over the order's lines (`self.lines`) with an error line (`self.error`): refuses with a reason, and
    accepts only when at least one item is counted."""

    lines: _LinesGrid
    error: QLabel

    def _refuse(self, text: str, focus: QWidget | None = None) -> None:
        self.error.setText(text)
        self.error.show()
        announce(self.error, text, assertive=True)  # a refusal is heard where it shows
        if focus is not None:
            focus.setFocus()

    def _accept_unless_empty(self, nothing: str) -> None:
        if any(q["quantity"] for q in self.lines.quantities()):
            self.accept()
        else:
            self._refuse(nothing)


class MarkReadyDialog(_LinesForm):
    """Where the order waits and how much of each line was found; a partial pick is allowed, and said plainly."""

    def __init__(self, pickup: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pickup = pickup
        self.setWindowTitle(self.tr("Mark ready"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title(self.tr("Order %1 is ready").replace("%1", ltr(pickup.get("order_number", ""))), "SectionTitle"))
        form = QFormLayout()
        self.shelf = hint(ltr_field(QLineEdit(pickup.get("shelf_location") or "")), "code")
        self.shelf.setPlaceholderText(self.tr("For example B-04"))
        self.shelf.setMaxLength(40)
        form.addRow(self.tr("Shelf"), self.shelf)
        layout.addLayout(form)
        layout.addWidget(title(self.tr("Picked"), "SectionTitle"))
        self.lines = _LinesGrid(pickup.get("lines", []), (self.tr("Item"), self.tr("Ordered"), self.tr("Picked")),
                                "quantity", "quantity")
        layout.addWidget(self.lines)
        self.warning = _message("warn")
        self.error = _message("bad")
        layout.addWidget(self.warning)
        layout.addWidget(self.error)
        box, self.ok = _buttons(self, self.tr("Mark ready"))
        box.accepted.connect(self._check)
        layout.addWidget(box)
        for spin in self.lines.spins.values():
            spin.valueChanged.connect(self._update)
        self.shelf.textChanged.connect(self._update)
        self._update()
        self.shelf.setFocus()  # the keyboard starts in the form's first field

    def short(self) -> int:
        ordered = {line["sku"]: int(line.get("quantity") or 0) for line in self.pickup.get("lines", [])}
        return sum(ordered[q["sku"]] - q["quantity"] for q in self.lines.quantities())

    def _update(self) -> None:
        short = self.short()
        self.warning.setVisible(short > 0)
        self.warning.setText(self.tr("Partial pick: %n item(s) missing. The customer's ready notice will say what "
                                     "is missing; only what was picked can be handed over.", "", short))
        self.error.hide()

    def _check(self) -> None:
        if not to_latin_digits(self.shelf.text()).strip():
            self._refuse(self.tr("Enter the shelf where the order waits."), self.shelf)
        else:
            self._accept_unless_empty(self.tr("Nothing is picked. Pick at least one item, or ask a manager to cancel the order."))

    def values(self) -> dict[str, Any]:
        return {"shelf_location": to_latin_digits(self.shelf.text()).strip(), "picked": self.lines.quantities()}



class HandOverDialog(_LinesForm):
    """The counter's check before goods leave: the customer's code (checked here at once), who collects,
    the ID seen, and what they take."""

    def __init__(self, pickup: dict[str, Any], code: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pickup = pickup
        self.setWindowTitle(self.tr("Hand over"))
        self.setMinimumWidth(500)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        heading = self.tr("Hand over order %1").replace("%1", ltr(pickup.get("order_number", "")))
        layout.addWidget(title(heading, "SectionTitle"))
        if pickup.get("shelf_location"):
            layout.addWidget(title(self.tr("On shelf %1").replace("%1", ltr(pickup["shelf_location"])), "Muted"))
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        self.code = hint(ltr_field(QLineEdit(code.strip()), upper=True), "code")
        self.code.setObjectName("PickupCode")
        self.code.setPlaceholderText(self.tr("Type or scan the customer's code"))
        self.code.setMaxLength(64)  # room for the customer's whole QR payload, scanned into this field
        self.code.textEdited.connect(self._upper)
        # The customer's phone held to the camera (on a tablet without a scanner): read as if scanned here.
        self.camera_button = CameraButton(self)
        self.camera_button.scanned.connect(self.take_scan)
        code_row = QHBoxLayout()
        code_row.setContentsMargins(0, 0, 0, 0)
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.camera_button)
        code_label = QLabel(self.tr("Pickup code"))
        code_label.setBuddy(self.code)
        form.addRow(code_label, code_row)

        who = QWidget()
        who_layout = QVBoxLayout(who)
        who_layout.setContentsMargins(0, 0, 0, 0)
        self.collector = QButtonGroup(self)
        self.by_customer = QRadioButton(self.tr("%1 (the customer)").replace("%1", isolate(pickup.get("customer_name", ""))))
        self.by_customer.setChecked(True)
        self.collector.addButton(self.by_customer)
        who_layout.addWidget(self.by_customer)
        self.by_alternate: QRadioButton | None = None
        if pickup.get("alternate_pickup_name"):
            self.by_alternate = QRadioButton(self.tr("%1 (named by the customer)").replace("%1", isolate(pickup["alternate_pickup_name"])))
            self.collector.addButton(self.by_alternate)
            who_layout.addWidget(self.by_alternate)
        form.addRow(self.tr("Collected by"), who)

        self.id_check = QComboBox()
        for key, label in id_check_labels().items():
            self.id_check.addItem(label, key)
        self.id_check.currentIndexChanged.connect(self._update)
        form.addRow(self.tr("ID checked"), self.id_check)
        self.last4 = hint(ltr_field(QLineEdit(), upper=True), "code")
        self.last4.setMaxLength(4)
        self.last4.setPlaceholderText(self.tr("Last 4 characters of the document"))
        form.addRow(self.tr("Last four"), self.last4)
        layout.addLayout(form)

        layout.addWidget(title(self.tr("Collected"), "SectionTitle"))
        self.lines = _LinesGrid(pickup.get("lines", []), (self.tr("Item"), self.tr("Picked"), self.tr("Collected")),
                                "picked_quantity", "picked_quantity")
        layout.addWidget(self.lines)
        self.note = _message("warn")
        self.error = _message("bad")
        self.error.setObjectName("FormMessage")
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        box, self.ok = _buttons(self, self.tr("Hand over"))
        box.accepted.connect(self._check)
        layout.addWidget(box)
        for spin in self.lines.spins.values():
            spin.valueChanged.connect(self._update)
        self._update()
        (self.last4 if self.code.text() else self.code).setFocus()

    def take_scan(self, text: str) -> None:
        """A code read whole (the camera): into the code field and checked, as a scanner types it and its Enter."""
        self.code.setText(text.strip())
        self._check()

    def _upper(self, _text: str) -> None:
        # Codes are shown in capitals on the customer's confirmation (ltr_field writes typed ones so, in 0-9).
        self.error.hide()

    def _code(self) -> str:
        return to_latin_digits(self.code.text()).strip().upper()

    def _last4(self) -> str:
        return to_latin_digits(self.last4.text()).strip().upper()

    def id_method(self) -> str:
        return self.id_check.currentData()

    def _update(self) -> None:
        needs_document = self.id_method() in ID_DOCUMENTS
        self.last4.setEnabled(needs_document)
        if not needs_document:
            self.last4.clear()
        picked = sum(int(line.get("picked_quantity") or 0) for line in self.pickup.get("lines", []))
        fewer = picked - sum(q["quantity"] for q in self.lines.quantities())
        self.note.setVisible(fewer > 0)
        self.note.setText(self.tr("%n item(s) stay in the store and go back to stock.", "", fewer))
        self.error.hide()

    def _check(self) -> None:
        scan = classify(self._code())
        if scan.kind is ScanKind.BAG_LABEL:
            # The bag's label names the order, never the code: the code must come from the customer.
            self.code.clear()
            self._refuse(self.tr("That is the bag's label. Ask the customer for their pickup code, or scan "
                                 "the code on their phone."), self.code)
            return
        if scan.kind is ScanKind.PICKUP_QR and scan.value == str(self.pickup.get("order_number", "")).upper():
            self.code.setText(scan.pickup_code or "")  # the customer's ready notice, scanned here
        code = self._code()
        if not code:
            self._refuse(self.tr("Enter the pickup code the customer shows."), self.code)
        elif code != str(self.pickup.get("pickup_code", "")).upper():
            self._refuse(self.tr("That code doesn't match this order. Check the code on the customer's confirmation."),
                         self.code)
            self.code.selectAll()
        elif self.id_method() in ID_DOCUMENTS and len(self._last4()) < 4:
            self._refuse(self.tr("Enter the last four characters of the ID document."), self.last4)
        else:
            self._accept_unless_empty(self.tr("Nothing is collected. Hand over at least one item."))

    def values(self) -> dict[str, Any]:
        alternate = self.by_alternate is not None and self.by_alternate.isChecked()
        return {"pickup_code": self._code(), "collected_by": "alternate" if alternate else "customer",
                "id_check": self.id_method(), "id_last4": self._last4() or None,
                "collected": self.lines.quantities()}


class ArrivalDialog(QDialog):
    """The customer is at the counter (or the curb): an optional note for whoever brings the order out."""

    def __init__(self, pickup: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Customer arrived"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.addWidget(title(self.tr("%1 is here for order %2").replace("%1", isolate(pickup.get("customer_name", "")))
                               .replace("%2", ltr(pickup.get("order_number", ""))), "SectionTitle"))
        self.note = QLineEdit(pickup.get("arrival_note") or "")
        self.note.setPlaceholderText(self.tr("Note (optional), for example: waiting in the car, blue van"))
        self.note.setMaxLength(200)
        named(self.note, self.tr("Arrival note"), self.tr("Optional, for whoever brings the order out"))
        layout.addWidget(self.note)
        box, self.ok = _buttons(self, self.tr("Record arrival"))
        box.accepted.connect(self.accept)
        layout.addWidget(box)

    def values(self) -> dict[str, Any]:
        return {"note": self.note.text().strip() or None}

