"""Small building blocks every screen uses, so they look alike: cards, badges, titles, buttons."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QShowEvent, QValidator
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..theme import set_flag
from .a11y import named
from .language import elided, to_latin_digits


def card(parent: QWidget | None = None) -> tuple[QFrame, QVBoxLayout]:
    """A white rounded panel and its layout."""
    frame = QFrame(parent, objectName="Card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 12, 14, 12)
    return frame, layout


def title(text: str, kind: str = "PageTitle") -> QLabel:
    """kind: "PageTitle", "SectionTitle", "Muted" or "Big"."""
    label = QLabel(text, objectName=kind)
    label.setWordWrap(kind == "Muted")
    return label


def badge(text: str, tone: str = "") -> QLabel:
    """A pill: tone "", "accent", "good", "warn" or "bad"."""
    label = QLabel(text, objectName="Badge")
    set_tone(label, tone)
    return label


def set_tone(label: QLabel, tone: str) -> None:
    set_flag(label, "tone", tone)


def button(text: str, *, primary: bool = False, danger: bool = False, flat: bool = False) -> QPushButton:
    b = QPushButton(text)
    for name, value in (("primary", primary), ("danger", danger), ("flat", flat)):
        if value:
            b.setProperty(name, True)
    return b


class RefreshWhenShown:
    """Mixin for a page (before QWidget in its bases) that skips reading while hidden: it sets `_dirty` when it
    skips, clears it in `refresh()`, and is refreshed as soon as it is shown again."""

    _dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()


# --- fields for codes and numbers ----------------------------------------------------------

def ltr_field(edit: QLineEdit, *, fold_digits: bool = True, upper: bool = False) -> QLineEdit:
    """A field for a code, a phone number, an email, a SKU, a shelf or an ID's last four: it reads left to right
    in every layout (its text starts at the leading edge, so it still sits where the form's fields do), and
    digits typed in any script (Persian ۰-۹, Arabic-Indic ٠-٩) become 0-9 as they are typed (upper: and
    letters capitals, as codes are printed)."""
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    if fold_digits or upper:
        def normalise(text: str) -> None:
            wanted = to_latin_digits(text) if fold_digits else text
            wanted = wanted.upper() if upper else wanted
            if wanted != text:
                position = edit.cursorPosition()
                edit.setText(wanted)
                edit.setCursorPosition(position)

        edit.textEdited.connect(normalise)
        if edit.text():
            normalise(edit.text())
    return edit


class DigitSpinBox(QSpinBox):
    """A count typed in any digits: shows the language's (through format.number) and reads 0-9, Persian
    and Arabic-Indic alike (QSpinBox reads only its own locale's)."""

    def textFromValue(self, value: int) -> str:  # noqa: N802 - Qt's name
        from . import format as fmt

        return fmt.digits(self.locale().toString(value).replace(self.locale().groupSeparator(), ""))

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt's name
        folded = _digits_only(text)
        return int(folded) if folded else self.minimum()

    def validate(self, text: str, pos: int) -> object:
        folded = _digits_only(text)
        if folded is None:
            return QValidator.State.Invalid, text, pos
        if not folded:
            return QValidator.State.Intermediate, text, pos
        value = int(folded)
        if value > self.maximum():
            return QValidator.State.Invalid, text, pos
        if value < self.minimum():
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos


def stepper(spin: QSpinBox) -> QWidget:
    """− [n] +: big enough for a finger on a counter tablet. Right to left it is mirrored: + [n] −, more on the
    left, as a slider's or a progress bar's end is (Apple's HIG "Right to left": flip controls that go from one
    value to another, and the glyphs of their two ends with them; Material's bidirectionality: forward reads ←).
    The − and + glyphs themselves have no direction and are never mirrored; the count reads as a number does."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    # The style sheet hides its own arrows (NoButtons would squeeze the text to nothing under a style sheet).
    spin.setObjectName("StepCount")
    spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
    spin.setFixedWidth(52)
    tr = QCoreApplication.translate  # the pickup forms' words, where these buttons were first
    for text, step, tip in (("−", spin.stepDown, tr("PickupDialogs", "One fewer")),
                            ("+", spin.stepUp, tr("PickupDialogs", "One more"))):
        tool = QToolButton(objectName="StepButton")
        tool.setText(text)
        tool.setToolTip(tip)
        # A screen reader would read the glyph alone; the count's own name says which one (a line's quantity).
        named(tool, tip)
        tool.setAccessibleDescription(spin.accessibleName())
        tool.setEnabled(spin.isEnabled())
        tool.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the spin box keeps the keyboard (arrow keys step it)
        tool.setMinimumSize(tool.minimumSizeHint())  # a crowded row squeezes the label beside it, not these
        tool.clicked.connect(step)
        layout.addWidget(tool)
        if text == "−":
            layout.addWidget(spin)
    return box


def _digits_only(text: str) -> str | None:
    """The digits of `text` as 0-9 ("" when there are none), or None when it holds anything but digits."""
    folded = to_latin_digits(text.strip())
    return folded if re.fullmatch(r"[0-9]*", folded) else None


class ElidedLabel(QLabel):
    """A one-line label that gives way when room is short: its text cut with "…" (isolates kept closed) and the
    whole text in its tooltip. It asks for its full width but can do with `least` px."""

    def __init__(self, text: str = "", least: int = 80, parent: QWidget | None = None, **kwargs) -> None:
        super().__init__(parent, **kwargs)
        self.setProperty("elides", True)  # the layout check knows a cut text here is meant, with its tooltip
        # No indent of Qt's own: a label the style sheet gives a frame (a badge) otherwise starts its text half an
        # "x" in, which the width it asks for (below) does not hold, and its last letter was cut.
        self.setIndent(0)
        self._full = ""
        self._hint = ""
        self._least = least
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text
        super().setText(text)
        self.updateGeometry()
        self._fit()

    def setToolTip(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._hint = text
        self._fit()

    def text(self) -> str:
        """The whole text (what is shown may be cut short: shown_text())."""
        return self._full

    def shown_text(self) -> str:
        return super().text()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self._full_hint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        full = self._full_hint()
        return QSize(min(self._least, full.width()), full.height())

    def _full_hint(self) -> QSize:
        margins = self.contentsMargins()
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self._full) + margins.left() + margins.right() + 2 * self.margin() + 2,
                     max(super().sizeHint().height(), metrics.height() + margins.top() + margins.bottom()))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin()
        # Not laid out yet (hidden, or before its first resize): the whole text, cut when it has its width.
        shown = elided(self.fontMetrics(), self._full, room) if room > 0 and self.isVisible() else self._full
        cut = shown != self._full
        if super().text() != shown:
            super().setText(shown)
        tip = "\n".join(t for t in ((self._full if cut else ""), self._hint) if t)
        super().setToolTip(tip)
        self.setProperty("elided", cut)
