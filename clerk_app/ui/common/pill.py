"""Drawing a badge ("pill") inside item views, in the same colours as the style sheet's Badge tones."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter

from .. import theme

# (background, text) colour roles per tone: those of QLabel#Badge[tone] in theme.qss, in the theme in effect.
TONES = {
    "": ("faint", "text_strong"),
    "accent": ("accent_soft", "accent"),
    "good": ("good_bg", "good_text"),
    "warn": ("warn_bg", "warn_text"),
    "bad": ("bad_bg", "bad_text"),
}
PAD_X, PAD_Y = 8, 1


def size(font: QFont, text: str) -> QSize:
    """The pill's size for `text` in `font` (drawn bold)."""
    bold = QFont(font)
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    return QSize(metrics.horizontalAdvance(text) + 2 * PAD_X, metrics.height() + 2 * PAD_Y)


def paint(painter: QPainter, rect: QRect, text: str, tone: str) -> None:
    """Fill `rect` as a rounded pill and centre `text` in it (the caller places the rect, mirrored for RTL)."""
    background, foreground = TONES.get(tone, TONES[""])
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(theme.colour(background))
    radius = rect.height() / 2
    painter.drawRoundedRect(QRectF(rect), radius, radius)
    font = painter.font()
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(theme.colour(foreground))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()
