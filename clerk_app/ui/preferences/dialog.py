"""The Preferences dialog: one row per declared setting (config.PREFERENCES), in two groups (yours, this counter's),
each with the widget its kind calls for; Save checks every value first and saves nothing if one is wrong."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ... import config
from ...machine_settings import SettingsError
from ..common import format as fmt
from ..common import language, preferences, set_by_it
from ..common.widgets import DigitSpinBox, title


class PreferencesDialog(QDialog):
    """Shows what is in effect for the signed-in staff member on this counter; `saved` carries what changed."""

    saved = Signal(dict)  # {setting name: new value}, after every one was checked and saved

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("PreferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.staff_id = (ctx.staff or {}).get("id")
        self.fields: dict[str, QWidget] = {}
        self.initial: dict[str, Any] = {}
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        labels = self.labels()
        for scope, heading, note in (
                (preferences.STAFF, self.tr("Yours"), self.tr("Only for you, on this computer.")),
                (preferences.COUNTER, self.tr("This counter"), self.tr("For everyone who uses this computer."))):
            layout.addWidget(title(heading, "SectionTitle"))
            layout.addWidget(QLabel(note, objectName="Muted", wordWrap=True))
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            for name in config.PREFERENCES:
                if preferences.scope(name) != scope:
                    continue
                current = preferences.value(ctx.settings, name, self.staff_id)
                widget = self._editor(name, current)
                self.fields[name], self.initial[name] = widget, current
                row: QWidget = widget
                if ctx.settings.is_locked(name):
                    set_by_it.lock_widget(widget)
                    widget.setEnabled(False)  # a combo box or spin box has no read-only look: disabled, readable
                    row = QWidget()
                    line = QHBoxLayout(row)
                    line.setContentsMargins(0, 0, 0, 0)
                    line.addWidget(widget, 1)
                    line.addWidget(set_by_it.label())
                form.addRow(labels[name], row)
            layout.addLayout(form)
        self.error = QLabel(objectName="PreferenceError", wordWrap=True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setProperty("primary", True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # --- words ------------------------------------------------------------------------------------

    def labels(self) -> dict[str, str]:
        return {
            "language": self.tr("Language"), "digits": self.tr("Digits"), "calendar": self.tr("Calendar"),
            "theme": self.tr("Theme"), "text_size": self.tr("Text size"),
            "idle_lock_minutes": self.tr("Lock after (idle minutes)"),
            "reminder_hours": self.tr("Remind customers after (hours)"),
            "printer_name": self.tr("Printer for slips and labels"), "label_size": self.tr("Bag label size"),
            "scanner_prefix": self.tr("Scanner prefix"), "scanner_suffix": self.tr("Scanner suffix"),
            "layout": self.tr("Layout"),
        }

    def choice_words(self, name: str) -> dict[Any, str]:
        if name == "language":
            return {"": self.tr("The store's language"), **language.NAMES}
        if name == "digits":
            return {"": self.tr("The language's usual digits"), "native": self.tr("The language's own digits"),
                    "latin": self.tr("Latin digits (0-9)")}
        if name == "calendar":
            return {"": self.tr("The language's usual calendar"), "gregorian": self.tr("Gregorian"),
                    "jalali": self.tr("Solar Hijri"), "islamic-civil": self.tr("Hijri (civil)")}
        if name == "theme":
            return {"": self.tr("As this computer is set"), "light": self.tr("Light"), "dark": self.tr("Dark"),
                    "high-contrast": self.tr("High contrast")}
        if name == "text_size":
            return {size: self.tr("%1 %").replace("%1", fmt.number(size))
                    for size in config.FIELDS[name].metadata["choices"]}
        if name == "label_size":
            return {size: self.tr("%1 × %2 mm").replace("%1", fmt.number(int(size.split("x")[0])))
                    .replace("%2", fmt.number(int(size.split("x")[1])))
                    for size in config.FIELDS[name].metadata["choices"]}
        if name == "layout":
            return {"auto": self.tr("Chosen by the screen"), "touch": self.tr("Touch"),
                    "desktop": self.tr("Mouse and keyboard")}
        if name == "printer_name":
            words = {"": self.tr("This computer's default printer")}
            words.update({printer: language.isolate(printer) for printer in QPrinterInfo.availablePrinterNames()})
            return words
        return {}

    def _editor(self, name: str, current: Any) -> QWidget:
        meta = config.FIELDS[name].metadata
        words = self.choice_words(name)
        if words or "choices" in meta:
            box = QComboBox(objectName=f"pref_{name}")
            if current not in words:  # a printer no longer installed: kept, and shown as it is
                words[current] = language.isolate(current)
            for key, word in words.items():
                box.addItem(word, key)
            box.setCurrentIndex(box.findData(current))
            return box
        if meta["kind"] is int:
            # Typed, or Up and Down keys, without the tiny arrows: the style sheet's StepCount rule hides them
            # (NoButtons under a style sheet leaves the number a pixel wide, Qt 6.11).
            spin = DigitSpinBox(objectName="StepCount")
            spin.setRange(meta["min"], meta["max"])
            spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("0000") + 30)
            spin.setValue(int(current))
            return spin
        edit = QLineEdit(str(current or ""), objectName=f"pref_{name}")
        return edit

    def value_of(self, name: str) -> Any:
        widget = self.fields[name]
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, DigitSpinBox):
            return widget.value()
        return widget.text()

    def set_value(self, name: str, value: Any) -> None:
        """Set a row as a clerk would (tests; a combo box's item by its value)."""
        widget = self.fields[name]
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(value))
        elif isinstance(widget, DigitSpinBox):
            widget.setValue(int(value))
        else:
            widget.setText(str(value))

    def problem(self, name: str, value: Any) -> str | None:
        """What is wrong with `value`, in the clerk's words, or None."""
        meta = config.FIELDS[name].metadata
        try:
            config.check(name, value)
        except (SettingsError, ValueError):
            label = self.labels()[name]
            if meta["kind"] is int:
                why = self.tr("Choose a number from %1 to %2.").replace("%1", fmt.number(meta["min"])).replace(
                    "%2", fmt.number(meta["max"]))
            elif "max_length" in meta:
                why = self.tr("Use at most %n character(s), none of them invisible.", "", meta["max_length"])
            else:
                why = self.tr("Choose one of the listed values.")
            return self.tr("%1: %2").replace("%1", label).replace("%2", why)
        return None

    # --- saving -----------------------------------------------------------------------------------

    def changes(self) -> dict[str, Any]:
        return {name: self.value_of(name) for name in self.fields
                if not self.ctx.settings.is_locked(name) and self.value_of(name) != self.initial[name]}

    @Slot()
    def save(self) -> None:
        """Check every changed value; if one is wrong, say so and save none (what was typed stays); else save
        them all, close, and hand them on to be applied."""
        changed = self.changes()
        for name, value in changed.items():
            problem = self.problem(name, value)
            if problem:
                self.error.setText(problem)
                self.error.show()
                self.fields[name].setFocus(Qt.FocusReason.OtherFocusReason)
                return
        saved: dict[str, Any] = {}
        try:
            for name, value in changed.items():
                saved[name] = preferences.save(self.ctx.settings, name, value, self.staff_id)
        except SettingsError:
            self.error.setText(self.tr("Your preferences could not be saved on this computer. Nothing you chose is "
                                       "lost: try Save again, or tell IT if it keeps happening."))
            self.error.show()
            if saved:
                self.saved.emit(saved)
            return
        self.accept()
        if saved:
            self.saved.emit(saved)
