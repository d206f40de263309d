"""Printing a pickup's slip or bag label: Qt's print preview (and from it the print dialog), a PDF, or a PNG.

All three lay out through print_layouts and draw through `paint` here, so what is previewed is what is printed.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import segno
from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPen,
    QTextOption,
)
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QToolBar, QWidget

from .layouts import UNIT, Fill, Frame, Item, Text, font, label_pages, slip_pages

translate = QCoreApplication.translate  # lupdate collects translate("Context", "text") calls
QUIET = 4  # the QR code's quiet zone, in modules, as the standard asks
KINDS = ("slip", "label")
SLIP_MARGIN_MM = 15.0
LABEL_MARGIN_MM = 3.0
# A 62 mm wide label roll cut at 100 mm (common on counter label printers); the layout adapts to other sizes.
LABEL_SIZE = QPageSize(QSizeF(62, 100), QPageSize.Unit.Millimeter, "Bag label 62 × 100 mm",
                       QPageSize.SizeMatchPolicy.ExactMatch)


def label_size(name: str) -> QPageSize:
    """The bag label's page for the `label_size` setting ("62x100": 62 mm wide, 100 mm long)."""
    width, height = (float(part) for part in name.split("x"))
    if (width, height) == (62, 100):
        return LABEL_SIZE
    return QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter, f"Bag label {name} mm",
                     QPageSize.SizeMatchPolicy.ExactMatch)


def _label_setting(ctx: Any) -> str:
    return getattr(getattr(ctx, "settings", None), "label_size", "") or "62x100"



def _check(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown print kind {kind!r}; expected one of {KINDS}")


@dataclass
class Painted:
    """What a drawing put on paper: every string (unelided), and each QR's payload and device geometry."""
    texts: list[str] = field(default_factory=list)
    qrs: list[dict[str, Any]] = field(default_factory=list)  # {"payload", "x", "y", "module", "size"} in device pixels


def mirrored(items: list[Item], width: float) -> list[Item]:
    """Right-to-left pages: every box changes side; text alignment follows the painter's layout direction."""
    return [replace(i, rect=QRectF(width - i.rect.right(), i.rect.top(), i.rect.width(), i.rect.height())) for i in items]


# --- painting --------------------------------------------------------------------------------

def paint(painter: QPainter, page: QRectF, pages: Callable[[QRectF], list[list[Item]]],
          direction: Qt.LayoutDirection, new_page: Callable[[], bool] | None = None) -> Painted:
    """Lay out for `page` (device pixels of the printable area) and draw: every page when `new_page` can
    start the next sheet (a printer), else the first only (an image)."""
    scale = painter.device().logicalDpiX() / (72 * UNIT)
    area = QRectF(0, 0, page.width() / scale, page.height() / scale)
    laid_out = pages(area)
    painted = Painted()
    for number, items in enumerate(laid_out if new_page else laid_out[:1]):
        if number and not new_page():
            break
        if direction == Qt.LayoutDirection.RightToLeft:
            items = mirrored(items, area.width())
        painter.save()
        painter.setLayoutDirection(direction)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.translate(page.topLeft())
        painter.scale(scale, scale)
        for item in items:
            _paint_item(painter, item, painted)
        painter.restore()
    return painted


def _paint_item(painter: QPainter, item: Item, painted: Painted) -> None:
    if isinstance(item, Text):
        shown = font(item.size, item.bold, item.text)
        painter.setFont(shown)
        painter.setPen(QColor(item.color))
        text = QFontMetricsF(shown).elidedText(item.text, Qt.TextElideMode.ElideRight, item.rect.width())
        # Alignment follows the page's direction; each string reads in its own script's direction, so an
        # English product name or a date keeps its order on an Arabic page and an Arabic name on an English one.
        option = QTextOption(_visual(item.align, painter.layoutDirection()))
        option.setTextDirection(text_direction(item.text))
        painter.drawText(item.rect, text, option)
        painted.texts.append(item.text)
    elif isinstance(item, Fill):
        painter.fillRect(item.rect, QColor(item.color))
    elif isinstance(item, Frame):
        painter.setPen(QPen(QColor(item.color), item.width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = item.width / 2
        painter.drawRect(item.rect.adjusted(half, half, -half, -half))
    else:
        painted.qrs.append(draw_qr(painter, item.rect, item.payload))


def text_direction(text: str) -> Qt.LayoutDirection:
    """The direction of the first strongly directional character (Unicode's rule for a paragraph); left to
    right when there is none: dates, quantities, order numbers and shelf codes read that way in every script."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def _visual(align: Qt.AlignmentFlag, direction: Qt.LayoutDirection) -> Qt.AlignmentFlag:
    horizontal = align & Qt.AlignmentFlag.AlignHorizontal_Mask
    rest = align & ~Qt.AlignmentFlag.AlignHorizontal_Mask
    rtl = direction == Qt.LayoutDirection.RightToLeft
    if horizontal == Qt.AlignmentFlag.AlignLeading:
        horizontal = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    elif horizontal == Qt.AlignmentFlag.AlignTrailing:
        horizontal = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
    return horizontal | rest | Qt.AlignmentFlag.AlignAbsolute


def draw_qr(painter: QPainter, rect: QRectF, payload: str) -> dict[str, Any]:
    """Draw the QR code's modules as filled rectangles, centred in `rect`, quiet zone included.

    On a raster device each module is a whole number of device pixels (no blur, no scaling of an image);
    on a printer at its resolution the rounding is invisible. One path for all modules leaves no seams."""
    matrix = segno.make(payload, error="m").matrix
    count = len(matrix)
    target = painter.transform().mapRect(rect)
    side = min(target.width(), target.height()) / (count + 2 * QUIET)
    module = math.floor(side) if side >= 1 else side
    size = module * (count + 2 * QUIET)
    x = round(target.center().x() - size / 2) + QUIET * module
    y = round(target.center().y() - size / 2) + QUIET * module
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for row, cells in enumerate(matrix):
        column = 0
        while column < count:
            if cells[column] & 1:
                start = column
                while column < count and cells[column] & 1:
                    column += 1
                path.addRect(QRectF(x + start * module, y + row * module, (column - start) * module, module))
            else:
                column += 1
    painter.save()
    painter.resetTransform()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(QRectF(x - QUIET * module, y - QUIET * module, size, size), QColor("#ffffff"))
    painter.fillPath(path, QColor("#000000"))
    painter.restore()
    return {"payload": payload, "x": x, "y": y, "module": module, "size": count}


def default_paper() -> QPageSize:
    """A4, or US Letter where the locale measures in inches (for a PNG; printers bring their own)."""
    us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize(QPageSize.PageSizeId.Letter if us else QPageSize.PageSizeId.A4)


def page_layout(kind: str, paper: QPageSize | None = None, label: str = "62x100") -> QPageLayout:
    _check(kind)
    if kind == "label":
        margins = QMarginsF(*[LABEL_MARGIN_MM] * 4)
        return QPageLayout(label_size(label), QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)
    margins = QMarginsF(*[SLIP_MARGIN_MM] * 4)
    return QPageLayout(paper or default_paper(), QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)


def _title(kind: str, pickup: dict[str, Any]) -> str:
    what = translate("Printing", "Pickup slip") if kind == "slip" else translate("Printing", "Bag label")
    return f"{what} {pickup.get('order_number', '')}".strip()


def prepare(printer: QPrinter, kind: str, pickup: dict[str, Any], ctx: Any = None) -> None:
    """The page for `kind`: the label's own size (the counter's `label_size`); the slip on the printer's paper,
    portrait; on the counter's printer (`printer_name`) when it is installed, else the computer's default."""
    name = getattr(getattr(ctx, "settings", None), "printer_name", "")
    if name and printer.outputFormat() == QPrinter.OutputFormat.NativeFormat \
            and name in QPrinterInfo.availablePrinterNames():
        printer.setPrinterName(name)
    printer.setDocName(_title(kind, pickup))
    printer.setFullPage(False)
    printer.setPageLayout(page_layout(kind, printer.pageLayout().pageSize() if kind == "slip" else None,
                                      _label_setting(ctx)))


def draw(kind: str, painter: QPainter, page: QRectF, pickup: dict[str, Any], ctx: Any,
         direction: Qt.LayoutDirection | None = None, printer: QPrinter | None = None) -> Painted:
    """Draw `kind` in `page` (device pixels of the printable area); every page on a printer, the first on an image."""
    _check(kind)
    pages = slip_pages(pickup, ctx) if kind == "slip" else label_pages(pickup, ctx)
    direction = QGuiApplication.layoutDirection() if direction is None else direction
    return paint(painter, page, pages, direction, printer.newPage if printer is not None else None)


def print_document(kind: str, pickup: dict[str, Any], ctx: Any, printer: QPrinter,
                   direction: Qt.LayoutDirection | None = None) -> Painted:
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(f"the printer {printer.printerName() or printer.outputFileName()!r} could not start")
    try:
        # With fullPage off the painter's origin is the printable area's corner.
        area = printer.pageRect(QPrinter.Unit.DevicePixel)
        return draw(kind, painter, QRectF(0, 0, area.width(), area.height()), pickup, ctx, direction, printer)
    finally:
        painter.end()


def save_pdf(kind: str, pickup: dict[str, Any], ctx: Any, path: str | Path, *,
             layout: QPageLayout | None = None, direction: Qt.LayoutDirection | None = None) -> Path:
    """Write `kind` to a PDF at `path`, no dialog (`layout`: a page set up in the preview, if any)."""
    _check(kind)
    path = Path(path)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    prepare(printer, kind, pickup, ctx)
    if layout is not None and kind == "slip":
        printer.setPageLayout(layout)
    print_document(kind, pickup, ctx, printer, direction)
    return path


def render_image(kind: str, pickup: dict[str, Any], ctx: Any, dpi: int = 150,
                 direction: Qt.LayoutDirection | None = None) -> tuple[QImage, Painted]:
    """The whole sheet as an image at `dpi`, and what was drawn on it."""
    layout = page_layout(kind, label=_label_setting(ctx))
    full, area = layout.fullRectPoints(), layout.paintRectPoints()
    scale = dpi / 72
    image = QImage(round(full.width() * scale), round(full.height() * scale), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    painter = QPainter(image)
    try:
        page = QRectF(area.x() * scale, area.y() * scale, area.width() * scale, area.height() * scale)
        painted = draw(kind, painter, page, pickup, ctx, direction)
    finally:
        painter.end()
    return image, painted


def render_png(kind: str, pickup: dict[str, Any], ctx: Any, path: str | Path, dpi: int = 150,
               direction: Qt.LayoutDirection | None = None) -> Path:
    path = Path(path)
    image, _ = render_image(kind, pickup, ctx, dpi, direction)
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return path


def open_print_preview(kind: str, pickup: dict[str, Any], ctx: Any, parent: QWidget | None = None,
                       dialog_class: type[QPrintPreviewDialog] = QPrintPreviewDialog) -> None:
    """Open Qt's print preview for `kind`; its Print button brings the system print dialog.

    Opened window-modal with open(), not exec(): the rest of the app keeps running (sync, timers)."""
    _check(kind)
    pickup = dict(pickup)  # what was on screen when the clerk asked, whatever sync does meanwhile
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare(printer, kind, pickup, ctx)
    dialog = dialog_class(printer, parent)
    dialog.printer_ = printer  # the dialog does not own its printer: keep it alive as long as the dialog
    dialog.setWindowTitle(translate("Printing", "Print preview — %1").replace("%1", _title(kind, pickup)))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    direction = parent.layoutDirection() if parent is not None else None
    dialog.paintRequested.connect(lambda target: print_document(kind, pickup, ctx, target, direction))
    toolbar = dialog.findChild(QToolBar)
    if toolbar is not None:
        toolbar.addSeparator()
        action = toolbar.addAction(translate("Printing", "Save as PDF…"))
        action.setObjectName("SaveAsPdf")
        action.triggered.connect(lambda: _ask_and_save(dialog, kind, pickup, ctx, printer, direction))
    dialog.open()


def _ask_and_save(dialog: QWidget, kind: str, pickup: dict[str, Any], ctx: Any, printer: QPrinter,
                  direction: Qt.LayoutDirection | None) -> None:
    suggested = f"{pickup.get('order_number', 'pickup')}-{kind}.pdf"
    path, _ = QFileDialog.getSaveFileName(dialog, translate("Printing", "Save as PDF"), str(Path.home() / suggested),
                                          translate("Printing", "PDF files (*.pdf)"))
    if not path:
        return
    try:
        save_pdf(kind, pickup, ctx, path, layout=printer.pageLayout(), direction=direction)
    except OSError:
        told = translate("Printing", "The PDF could not be saved to %1. Choose another folder.")
        ctx.messages.error(told.replace("%1", path))
        return
    ctx.messages.info(translate("Printing", "Saved %1.").replace("%1", Path(path).name))
