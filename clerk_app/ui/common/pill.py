"""Drawing a badge ("pill") inside item views, in the same colours as the style sheet's Badge tones."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter

# (background, text) per tone: the values of QLabel#Badge[tone] in theme.qss.
TONES = {
    "": ("#eef1f4", "#323f4b"),
    "accent": ("#e3ecfa", "#1f5fbf"),
    "good": ("#e3f4e8", "#1e6b34"),
    "warn": ("#fff1d6", "#8a5300"),
    "bad": ("#fde4e1", "#a1261b"),
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
    painter.setBrush(QColor(background))
    radius = rect.height() / 2
    painter.drawRoundedRect(QRectF(rect), radius, radius)
    font = painter.font()
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor(foreground))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()
