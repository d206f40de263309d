"""Accessibility in one place: naming a widget for screen readers (NVDA, VoiceOver, Orca) and announcing a change.

`named(widget, name, description)` gives a widget its accessible name and, where the name is not enough (an
icon-only or one-glyph button, a field whose label says too little), a description, which also becomes its
tooltip unless it has one, so sighted mouse users read what a screen reader says. `announce(widget, text)`
tells assistive technology of a change that matters (Offline, a new conflict, an action confirmed) with Qt's
announcement event (Qt 6.8+), polite unless `assertive`; `announcer.announced` carries each announcement too,
so the app's own parts (and tests) can follow what was said. `name_clear_button(edit)` names a line edit's ✕.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLineEdit, QToolButton, QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, description: str = "", *, tooltip: bool = True) -> W:
    """`widget` with the accessible `name` (translated by the caller) and, if given, `description` (also its
    tooltip when it has none and `tooltip`). Returns the widget, so it can wrap a constructor."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
        if tooltip and not widget.toolTip():
            widget.setToolTip(description)
    return widget


def about(widget: W, subject: str) -> W:
    """`widget` acts on `subject` (a cart line's product, a conflict's action): its description says so, with its
    tooltip, so a screen reader tells apart the same button repeated on each line."""
    widget.setAccessibleDescription(" — ".join(part for part in (subject, widget.toolTip()) if part))
    return widget


class _Announcer(QObject):
    announced = Signal(str, bool)  # the text said, and whether it was assertive (interrupts the reader)


announcer = _Announcer()


def announce(widget: QObject, text: str, assertive: bool = False) -> None:
    """Say `text` (already translated) to assistive technology on behalf of `widget`. Nothing for an empty text."""
    if not text:
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
    announcer.announced.emit(text, assertive)


def name_clear_button(edit: QLineEdit) -> QLineEdit:
    """The ✕ a line edit shows to clear its text (setClearButtonEnabled), named for screen readers."""
    words = QCoreApplication.translate("Accessibility", "Clear")
    for action in edit.actions():
        if action.objectName() == "_q_qlineeditclearaction":
            action.setText(words)
            action.setToolTip(words)
    for tool in edit.findChildren(QToolButton):
        tool.setAccessibleName(words)
    return edit
