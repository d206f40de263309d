"""Clerk's icons, mirrored right to left only where they point somewhere.

An arrow for back or next, a chevron that opens something further along: these point along the reading
direction, so in Arabic, Persian and Hebrew they point the other way (back points right). A check mark,
the QR code, a chart's time axis and the logo mean the same either way and are never mirrored.
(Qt's own disclosure triangles in trees and the combo box's down chevron already follow the direction.)
Each is drawn in the colours of the theme in effect when it is made (a theme switch rebuilds the screens).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from .. import theme

FOLDER = Path(__file__).resolve().parent.parent / "icons"
# Drawn for left to right; mirrored for right to left.
DIRECTIONAL = frozenset({"back", "next", "chevron-end"})
# The same in every direction.
FIXED = frozenset({"camera", "check", "chevron-down", "chevron-down-disabled"})
SIZES = (16, 20, 24, 32)


def mirrors(name: str) -> bool:
    """Whether the icon `name` points somewhere (and so is mirrored right to left)."""
    if name not in DIRECTIONAL | FIXED:
        raise KeyError(f"no icon named {name!r}")
    return name in DIRECTIONAL


def image(name: str, size: int, direction: Qt.LayoutDirection | None = None) -> QImage:
    """The icon `name` drawn at `size` px square in the theme's colours, mirrored if it points somewhere and
    `direction` (by default the application's) is right to left."""
    svg = _svg(name, theme.current().theme)
    direction = QGuiApplication.layoutDirection() if direction is None else direction
    drawn = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    drawn.fill(Qt.GlobalColor.transparent)
    painter = QPainter(drawn)
    QSvgRenderer(QByteArray(svg)).render(painter)
    painter.end()
    if mirrors(name) and direction == Qt.LayoutDirection.RightToLeft:
        drawn = drawn.flipped(Qt.Orientation.Horizontal)
    return drawn


@cache
def _svg(name: str, theme_name: str) -> bytes:
    return theme.tinted_svg((FOLDER / f"{name}.svg").read_text(encoding="utf-8"), theme_name).encode()


def icon(name: str, direction: Qt.LayoutDirection | None = None) -> QIcon:
    """A QIcon of `name` for buttons and items, in the direction of the screen it is built for."""
    made = QIcon()
    for size in SIZES:
        made.addPixmap(QPixmap.fromImage(image(name, size, direction)))
    return made


def icon_size() -> QSize:
    return QSize(16, 16)
