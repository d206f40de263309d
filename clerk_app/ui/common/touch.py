"""The touch layout for tablets: finger-sized targets, kinetic scrolling, tooltips on a long press, and the input
hints that make an on-screen keyboard offer the right keys (those are right with a mouse too: set always).

`layout` in the settings says which layout a counter gets: "touch", "desktop", or "auto" (the default), which asks
`touch_primary()`. `apply_layout(window, touch)` switches a window (and the dialogs and menus opened over it)
live; widgets built later (a page built when first shown, a dialog) follow, through one application event filter.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QHelpEvent, QInputDevice
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QPlainTextEdit,
    QScroller,
    QTableView,
    QTextEdit,
    QWidget,
)

TARGET = 44  # px: the smallest a finger hits reliably (Apple's HIG, WCAG 2.5.5 "Target Size")
LONG_PRESS_MS = 600  # held this long without moving, a press shows the widget's tooltip

_Type = QInputDevice.DeviceType
# A pointer that means "a mouse is the main input": a mouse or a laptop's touchpad. Keyboards are not counted: a
# USB barcode scanner is a keyboard, and a tablet at the shop floor often has one.
_POINTERS = (_Type.Mouse, _Type.TouchPad)

# Heights as style sheet rules (no widths: a min-width there would let a layout squeeze a button below its text),
# set on the window so that they win over the theme's rules whatever their specificity (a widget's own style sheet
# does) and reach its dialogs and menus; "" again for the desktop layout. No scroll bar rules: a scroll bar styled
# in part is drawn in Qt's bare style sheet look, and a finger flicks the list instead.
TOUCH_STYLE = f"""
QPushButton, QToolButton, QComboBox, QLineEdit, QSpinBox, QDateTimeEdit, QTabBar::tab {{
    min-height: {TARGET}px; padding-top: 0; padding-bottom: 0; }}
QToolButton#StepButton {{ min-width: {TARGET}px; }}
QCheckBox, QRadioButton {{ min-height: {TARGET}px; spacing: 10px; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: 24px; height: 24px; }}
QListView::item, QTreeView::item {{ min-height: {TARGET}px; }}
QMenu::item {{ min-height: {TARGET - 16}px; padding: 8px 24px; }}
QMenuBar::item {{ padding: 12px 14px; }}
QTabBar::scroller {{ width: {2 * TARGET}px; }}
QTabBar QToolButton {{ min-width: {TARGET}px; }}
"""

# What each kind of field holds, told to the input method (an on-screen keyboard picks its layout by it).
# Pickup codes and IDs' last four mix capitals and digits (API.md: a code is 6 of A-Z and 2-9), so they prefer
# digits without refusing letters, in Latin letters whatever the keyboard's language.
_H = Qt.InputMethodHint
HINTS = {
    "code": _H.ImhPreferNumbers | _H.ImhPreferUppercase | _H.ImhLatinOnly | _H.ImhNoPredictiveText
            | _H.ImhNoAutoUppercase,
    "digits": _H.ImhDigitsOnly | _H.ImhNoPredictiveText,
    "number": _H.ImhFormattedNumbersOnly | _H.ImhNoPredictiveText,
    "email": _H.ImhEmailCharactersOnly | _H.ImhNoPredictiveText | _H.ImhNoAutoUppercase,
    "phone": _H.ImhDialableCharactersOnly | _H.ImhNoPredictiveText,
    "url": _H.ImhUrlCharactersOnly | _H.ImhNoPredictiveText | _H.ImhNoAutoUppercase,
    "username": _H.ImhNoPredictiveText | _H.ImhNoAutoUppercase,
}


def hint(widget: QWidget, kind: str) -> QWidget:
    """Tell the on-screen keyboard what `widget` takes (a key of HINTS); the widget, for chaining."""
    widget.setInputMethodHints(HINTS[kind])
    return widget


def touch_primary(devices: Iterable[QInputDevice] | None = None) -> bool:
    """Whether a touchscreen is this computer's primary input: one is present and no mouse or touchpad is.

    Simple on purpose: a tablet with a keyboard cover that has a touchpad counts as a desktop, and a counter PC with
    a touch monitor and a mouse too; the `layout` setting overrides either way."""
    types = [d.type() for d in (QInputDevice.devices() if devices is None else devices)]
    return _Type.TouchScreen in types and not any(t in _POINTERS for t in types)


def wanted(setting: str, devices: Iterable[QInputDevice] | None = None) -> bool:
    """The touch layout for the `layout` setting's value ("auto", "touch" or "desktop")?"""
    if setting in ("touch", "desktop"):
        return setting == "touch"
    return touch_primary(devices)


def is_touch(widget: QWidget) -> bool:
    """Whether `widget`'s window is in the touch layout."""
    window = widget.window()
    parent = window.parentWidget()
    while parent is not None and not window.property("touchLayout"):  # a dialog over the main window
        window, parent = parent.window(), parent.window().parentWidget()
    return bool(window.property("touchLayout"))


def apply_layout(window: QWidget, touch: bool) -> None:
    """Switch `window` (and what opens over it) to the touch layout, or back to the desktop one, now."""
    if bool(window.property("touchLayout")) == touch and window.property("touchLayout") is not None:
        return
    window.setProperty("touchLayout", touch)
    if window.styleSheet() != (TOUCH_STYLE if touch else ""):  # each setting re-polishes the whole window
        window.setStyleSheet(TOUCH_STYLE if touch else "")
    _Follower.get().follow(window, touch)
    for widget in [window, *window.findChildren(QWidget)]:
        _fit(widget, touch)


def scroller_gesture() -> QScroller.ScrollerGestureType:
    """A real touchscreen's touches where there is one; else the left mouse button (a touch layout chosen on a
    computer without one, and touchscreens whose driver sends only mouse events), so a drag flicks the list."""
    if any(d.type() == _Type.TouchScreen for d in QInputDevice.devices()):
        return QScroller.ScrollerGestureType.TouchGesture
    return QScroller.ScrollerGestureType.LeftMouseButtonGesture


def kinetic(area: QAbstractScrollArea) -> bool:
    """Whether a flick scrolls `area` (its viewport has a gesture grabbed)."""
    return QScroller.hasScroller(area.viewport()) and area.viewport().property("kineticGesture") is not None


def _drags_itself(area: QAbstractScrollArea) -> bool:
    """A text field (a drag selects its text) or a combo box's list (a press picks, and it is short)."""
    return (isinstance(area, (QTextEdit, QPlainTextEdit))
            or (area.window() is not area and isinstance(area.window().parentWidget(), QComboBox)))


def _scroll_anew(view: QAbstractItemView, top: QModelIndex) -> None:
    """After a change of scroll mode, from the list's start again, with the row that was at the top still there.

    The scroll bars' values counted rows and columns and now count pixels, and a header keeps the offset of the
    old count until the value next changes: scrolled to its last column by the column (a list right to left,
    whose first column is on the right), it went on showing that column's offset by the pixel, and the order
    numbers of the pickup queue on an upright tablet in Arabic were cut off. At the start, the offsets of both
    counts are 0."""
    for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
        bar.setValue(bar.minimum())
    if top.isValid():  # its first column, in sight at the start whichever the direction
        view.scrollTo(top.siblingAtColumn(0), QAbstractItemView.ScrollHint.PositionAtTop)


def _fit(widget: QWidget, touch: bool) -> None:
    """One widget into the layout: kinetic scrolling for scroll areas, taller rows for tables."""
    if isinstance(widget, QAbstractScrollArea) and not _drags_itself(widget):
        viewport = widget.viewport()
        if touch and viewport.property("kineticGesture") is None:
            gesture = scroller_gesture()
            QScroller.grabGesture(viewport, gesture)
            viewport.setProperty("kineticGesture", int(gesture.value))
            if isinstance(widget, QAbstractItemView):  # by the pixel, as the finger moves, not row by row
                top = widget.indexAt(QPoint(1, 1))
                widget.setProperty("desktopScrollMode", int(widget.verticalScrollMode().value))
                widget.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
                widget.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
                _scroll_anew(widget, top)
        elif not touch and viewport.property("kineticGesture") is not None:
            QScroller.ungrabGesture(viewport)
            viewport.setProperty("kineticGesture", None)
            if isinstance(widget, QAbstractItemView) and widget.property("desktopScrollMode") is not None:
                mode = QAbstractItemView.ScrollMode(widget.property("desktopScrollMode"))
                top = widget.indexAt(QPoint(1, 1))
                widget.setVerticalScrollMode(mode)
                _scroll_anew(widget, top)
    if isinstance(widget, QTableView):
        rows = widget.verticalHeader()
        if touch and rows.defaultSectionSize() < TARGET:
            widget.setProperty("desktopRowHeight", rows.defaultSectionSize())
            rows.setDefaultSectionSize(TARGET)
        elif not touch and widget.property("desktopRowHeight") is not None:
            rows.setDefaultSectionSize(int(widget.property("desktopRowHeight")))
            widget.setProperty("desktopRowHeight", None)


class _Follower(QObject):
    """The application's event filter while a window is in the touch layout: widgets shown later (a page built
    when first shown, a dialog) join the layout, and a long press shows what a mouse would have hovered to see.

    The filter sees every event of the app, some sent to objects Qt is part way through destroying, so it never
    walks from the object an event is for (its window, its parents: Python wrappers made for a half-destroyed
    object crash the process) and keeps no reference to one. It only notes that something was shown or pressed;
    at the next turn of the event loop the followed windows, which Python made and tracks, are walked afresh,
    and a long press finds its widget under the finger again."""

    _instance: _Follower | None = None

    @classmethod
    def get(cls) -> _Follower:
        if cls._instance is None:
            cls._instance = cls(QApplication.instance())
        return cls._instance

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._windows: dict[int, QWidget] = {}
        self._installed = False
        self._press: QPoint | None = None  # where (on the screen) the finger went down
        self._timer = QTimer(self, singleShot=True, interval=LONG_PRESS_MS)
        self._timer.timeout.connect(self._long_press)
        self._refit = QTimer(self, singleShot=True, interval=0)
        self._refit.timeout.connect(self._fit_shown)

    def follow(self, window: QWidget, touch: bool) -> None:
        if touch:
            self._windows[id(window)] = window
        else:
            self._windows.pop(id(window), None)
        if window.property("touchFollowed") is None:
            window.setProperty("touchFollowed", True)
            window.destroyed.connect(lambda *_a, key=id(window): self._forget(key))
        self._install(bool(self._windows))

    def _forget(self, key: int) -> None:
        self._windows.pop(key, None)
        self._install(bool(self._windows))

    def _install(self, on: bool) -> None:
        app = QApplication.instance()
        if on and not self._installed:
            app.installEventFilter(self)
        elif not on and self._installed:
            app.removeEventFilter(self)
            self._timer.stop()
            self._refit.stop()
        self._installed = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        # Shown, not polished: a page is often polished while it is built, before it has a window to follow.
        if kind == QEvent.Type.Show and isinstance(watched, QAbstractScrollArea):
            self._refit.start()
        elif kind == QEvent.Type.MouseButtonPress and isinstance(watched, QWidget):
            self._press = event.globalPosition().toPoint()
            self._timer.start()
        elif kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove) and self._press is not None:
            if kind == QEvent.Type.MouseButtonRelease or (
                    event.globalPosition().toPoint() - self._press).manhattanLength() > 8:
                self._timer.stop()
                self._press = None
        return False

    def _fit_shown(self) -> None:
        for window in list(self._windows.values()):
            if window.property("touchLayout"):
                for area in window.findChildren(QAbstractScrollArea):  # dialogs over the window are its children
                    _fit(area, True)

    def _long_press(self) -> None:
        at, self._press = self._press, None
        widget = QApplication.widgetAt(at) if at is not None else None
        if widget is None or widget.isWindow() or not is_touch(widget):
            return
        show_tooltip(widget, widget.mapFromGlobal(at))


def show_tooltip(widget: QWidget, at: QPoint) -> None:
    """Show the tooltip `widget` (an item view's viewport: its item's) has at `at`, as a mouse resting there would."""
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, at, widget.mapToGlobal(at)))
