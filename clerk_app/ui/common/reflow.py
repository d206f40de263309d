"""Side by side where the width allows, one above the other where it does not: a screen's panels on a tablet held
upright (800 px), or in a language whose words are long, instead of a window wider than the screen.

`ReflowLayout` is a QBoxLayout for widgets and layouts; `ReflowSplitter` a QSplitter. Both report the width the
stacked arrangement needs as their minimum, so the window may be narrower than the panels side by side, and stack
their panels whenever they are given less than side by side needs. `on_flow(side_by_side)` lets a screen adjust
(a panel of fixed width takes the whole width once stacked). Right to left, side by side mirrors as a QHBoxLayout
does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QSplitter, QWidget

Flow = Callable[[bool], None]


class ReflowLayout(QBoxLayout):
    def __init__(self, parent: QWidget | None = None, on_flow: Flow | None = None) -> None:
        super().__init__(QBoxLayout.Direction.LeftToRight, parent)
        self.on_flow = on_flow
        self.side_by_side = True
        self._needs = 0  # the width side by side needed when last measured so

    def needs(self) -> int:
        """The width the items need side by side (measured while they are: stacked, they may be sized otherwise)."""
        if self.side_by_side:
            items = [self.itemAt(i) for i in range(self.count())]
            widths = [item.minimumSize().width() for item in items if not item.isEmpty()]
            margins = self.contentsMargins()
            self._needs = (sum(widths) + max(0, self.spacing()) * max(0, len(widths) - 1)
                           + margins.left() + margins.right())
        return self._needs

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        size = super().minimumSize()
        if self.side_by_side:
            items = [self.itemAt(i) for i in range(self.count())]
            margins = self.contentsMargins()
            stacked = max([item.minimumSize().width() for item in items if not item.isEmpty()] or [0])
            size.setWidth(stacked + margins.left() + margins.right())
        return size

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        side_by_side = rect.width() >= self.needs()
        if side_by_side != self.side_by_side:
            self.side_by_side = side_by_side
            self.setDirection(QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom)
            if self.on_flow is not None:
                self.on_flow(side_by_side)
        super().setGeometry(rect)


class ReflowSplitter(QSplitter):
    def __init__(self, parent: QWidget | None = None, on_flow: Flow | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.on_flow = on_flow
        self._needs = 0

    @property
    def side_by_side(self) -> bool:
        return self.orientation() == Qt.Orientation.Horizontal

    def _widths(self) -> list[int]:
        shown = [self.widget(i) for i in range(self.count()) if not self.widget(i).isHidden()]
        return [max(w.minimumSizeHint().width(), w.minimumWidth()) for w in shown]

    def needs(self) -> int:
        if self.side_by_side:
            widths = self._widths()
            self._needs = sum(widths) + self.handleWidth() * max(0, len(widths) - 1)
        return self._needs

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        size = super().minimumSizeHint()
        if self.side_by_side:
            size.setWidth(max(self._widths() or [0]))
        return size

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        side_by_side = event.size().width() >= self.needs()
        if side_by_side != self.side_by_side:
            self.setOrientation(Qt.Orientation.Horizontal if side_by_side else Qt.Orientation.Vertical)
            if self.on_flow is not None:
                self.on_flow(side_by_side)
        super().resizeEvent(event)


QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no limit" for a widget's size


def side_panel(panel: QWidget, width: int) -> Flow:
    """`on_flow` for a panel of `width` px beside a screen's main part (search results beside the record): once
    stacked, it takes the whole width and at most a third of the screen's height, the record the rest."""

    def flow(side_by_side: bool) -> None:
        if side_by_side:
            panel.setFixedWidth(width)
            panel.setMaximumHeight(QWIDGETSIZE_MAX)
        else:
            panel.setMinimumWidth(0)
            panel.setMaximumWidth(QWIDGETSIZE_MAX)
            owner = panel.parentWidget()
            panel.setMaximumHeight(max(220, (owner.height() if owner is not None else 660) // 3))

    return flow
