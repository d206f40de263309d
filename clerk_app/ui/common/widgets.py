"""Small building blocks every screen uses, so they look alike: cards, badges, titles, buttons."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from ..theme import set_flag


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
