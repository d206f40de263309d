"""Where everything goes on the pickup slip and the bag label: pages as lists of drawable items (text, fills,
frames, QR codes) in device-independent units; printing.paint draws them, and tests can read what is printed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from ...domain import labels
from ..common import format as fmt
from ..common.language import isolate
from ..common.names import this_store_name
from ..common.pickup_cells import status_text
from .fonts import print_font

translate = QCoreApplication.translate  # lupdate collects translate("Context", "text") calls
UNIT = 10.0  # layout units per typographic point (1/720 inch): fine enough for integer font pixel sizes
INK, MUTED, RULE, FAINT, SHORT = "#1f2933", "#616e7c", "#c3cbd4", "#eef1f4", "#b42318"
LEAD = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
TRAIL = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
_PICKED = ("ready", "picked_up", "no_show", "restocked")


def mm(value: float) -> float:
    return value / 25.4 * 72 * UNIT



# --- items -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Text:
    rect: QRectF
    text: str
    size: float  # points
    bold: bool = False
    align: Qt.AlignmentFlag = LEAD
    color: str = INK


@dataclass(frozen=True)
class Fill:
    rect: QRectF
    color: str = INK


@dataclass(frozen=True)
class Frame:
    rect: QRectF
    color: str = INK
    width: float = 8.0


@dataclass(frozen=True)
class Qr:
    rect: QRectF
    payload: str


Item = Text | Fill | Frame | Qr


def font(size: float, bold: bool = False, text: str = "") -> QFont:
    """The printing font at `size` points for `text`: families that draw its script on this PC (fonts.py)."""
    made = print_font(text)
    made.setPixelSize(max(1, round(size * UNIT)))
    made.setBold(bold)
    # Unhinted outlines scale linearly, so what is measured here is what lands on paper at any resolution.
    made.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return made


def width_of(text: str, size: float, bold: bool = False) -> float:
    return QFontMetricsF(font(size, bold, text)).horizontalAdvance(text)


def fit(text: str, size: float, bold: bool, width: float, smallest: float) -> float:
    """The largest size up to `size` at which `text` fits `width` (long order numbers, long family names)."""
    while size > smallest and width_of(text, size, bold) > width:
        size -= 0.5
    return size


# --- the bag label -----------------------------------------------------------------------------

def label_pages(pickup: dict[str, Any], ctx: Any) -> Callable[[QRectF], list[list[Item]]]:
    customer = ctx.reader.customer(pickup["customer_id"]) if pickup.get("customer_id") else None
    given, family = labels.name_parts(pickup, customer)
    count = labels.item_count(pickup)

    def build(area: QRectF) -> list[list[Item]]:
        w, h = area.width(), area.height()
        items: list[Item] = [Text(QRectF(0, 0, w, 120), this_store_name(ctx), 8, True, color=MUTED)]
        number = pickup.get("order_number", "")
        size = fit(number, 26, True, w, 12)
        items.append(Text(QRectF(0, 130, w, size * 13), number, size, True))
        y = 130 + size * 13 + 30
        items.append(Fill(QRectF(0, y, w, 14)))
        y += 70
        # Bags are shelved and called out by family name: it comes first, large; given names below.
        shown = family.upper()
        size = fit(shown, 20, True, w, 10)
        items.append(Text(QRectF(0, y, w, size * 14), shown, size, True))
        y += size * 14 + 10  # Arabic and Persian dots hang low: room before the given names
        if given:
            items.append(Text(QRectF(0, y, w, 180), given, 11))
            y += 180
        if pickup.get("alternate_pickup_name"):
            also = translate("Printing", "Or: %1").replace("%1", isolate(pickup["alternate_pickup_name"]))
            items.append(Text(QRectF(0, y, w, 130), also, 8, color=MUTED))
            y += 130
        y += 40
        items.append(Fill(QRectF(0, y, w, 5), RULE))
        y += 50
        half = (w - mm(3)) / 2
        facts = [(translate("Printing", "Shelf"), pickup.get("shelf_location") or "—"),
                 (translate("Printing", "Items"), fmt.number(count))]
        for column, (caption, value) in enumerate(facts):
            x = column * (half + mm(3))
            items.append(Text(QRectF(x, y, half, 110), caption, 8, color=MUTED))
            items.append(Text(QRectF(x, y + 110, half, 280), value, fit(value, 20, True, half, 10), True))
        y += 400
        if pickup.get("pickup_by"):
            items.append(Text(QRectF(0, y, w, 110), translate("Printing", "Collect by"), 8, color=MUTED))
            items.append(Text(QRectF(0, y + 110, w, 150), fmt.local_time(pickup["pickup_by"]), 10, True))
            y += 280
        caption_top = h - 110
        side = min(w, caption_top - y - 20)
        items.append(Qr(QRectF((w - side) / 2, caption_top - side, side, side), labels.label_qr_payload(pickup)))
        items.append(Text(QRectF(0, caption_top, w, 110), translate("Printing", "Scan at hand-over"), 7, color=MUTED,
                          align=CENTER))
        return [items]

    return build


# --- the pickup slip -----------------------------------------------------------------------------

ROW, HEAD_ROW = 300.0, 260.0


def slip_pages(pickup: dict[str, Any], ctx: Any) -> Callable[[QRectF], list[list[Item]]]:
    lines = list(pickup.get("lines") or [])
    picked = pickup.get("status") in _PICKED
    number = pickup.get("order_number", "")
    printed = translate("Printing", "Printed %1").replace("%1", fmt.local_time(ctx.now().isoformat()))

    def build(area: QRectF) -> list[list[Item]]:
        w, h = area.width(), area.height()
        bottom = h - 200  # the footer's top
        pages: list[list[Item]] = []
        items, y = _slip_head(pickup, ctx, w)
        y = _slip_people_and_deadlines(items, pickup, w, y)
        items.append(Text(QRectF(0, y, w, 230), translate("Printing", "Items"), 12, True))
        y += 250
        remaining = list(lines)
        while True:
            y = _table_head(items, w, y)
            while remaining and y + ROW <= bottom - ROW:  # keep room for the total row
                y = _table_row(items, w, y, remaining.pop(0), picked)
            if not remaining:
                break
            more = translate("Printing", "Continued on the next page")
            items.append(Text(QRectF(0, y, w, 200), more, 8, color=MUTED))
            pages.append(items)
            items, y = _continued_head(ctx, number, w)
        y = _table_total(items, w, y, lines, picked)
        if y + HANDOVER > bottom:
            pages.append(items)
            items, y = _continued_head(ctx, number, w)
        _handover_block(items, w, y + mm(8))
        pages.append(items)
        for index, page in enumerate(pages):
            page.append(Fill(QRectF(0, bottom + 40, w, 4), RULE))
            page.append(Text(QRectF(0, bottom + 60, w * 0.7, 140), f"{printed} · {isolate(this_store_name(ctx))}", 8, color=MUTED))
            of = translate("Printing", "Page %1 of %2").replace("%1", fmt.number(index + 1)).replace("%2", fmt.number(len(pages)))
            page.append(Text(QRectF(w * 0.7, bottom + 60, w * 0.3, 140), of, 8, color=MUTED, align=TRAIL))
        return pages

    return build


def _slip_head(pickup: dict[str, Any], ctx: Any, w: float) -> tuple[list[Item], float]:
    side = mm(28)
    left = w - side - mm(6)
    number = pickup.get("order_number", "")
    scan = translate("Printing", "Scan to open the order")
    items: list[Item] = [
        Qr(QRectF(w - side, 0, side, side), labels.slip_qr_payload(pickup)),
        Text(QRectF(w - side - 200, side + 10, side + 200, 110), scan,
             fit(scan, 7, False, side + 200, 6), color=MUTED, align=CENTER),
        Text(QRectF(0, 0, left, 150), this_store_name(ctx), 10, True, color=MUTED),
        Text(QRectF(0, 160, left, 320), translate("Printing", "Pickup slip"), 22, True),
        Text(QRectF(0, 560, left, 130), translate("Printing", "Order"), 9, color=MUTED),
    ]
    size = fit(number, 30, True, left * 0.7, 16)
    items.append(Text(QRectF(0, 690, left * 0.7, 420), number, size, True))
    status = status_text(pickup.get("status", ""))
    pill = width_of(status, 10, True) + 240
    x = min(width_of(number, size, True) + mm(5), left - pill)
    items.append(Frame(QRectF(x, 790, pill, 240), INK, 10))
    items.append(Text(QRectF(x, 790, pill, 240), status, 10, True, align=CENTER))
    y = max(1120, side + 140) + mm(2)
    items.append(Fill(QRectF(0, y, w, 20)))
    return items, y + mm(6)


def _slip_people_and_deadlines(items: list[Item], pickup: dict[str, Any], w: float, y: float) -> float:
    column = (w - mm(10)) / 2
    left = [(translate("Printing", "Customer"), pickup.get("customer_name") or "", 15)]
    if pickup.get("alternate_pickup_name"):
        left.append((translate("Printing", "May also collect"), pickup["alternate_pickup_name"], 12))
    top = y
    for caption, value, size in left:
        items.append(Text(QRectF(0, y, column, 130), caption, 9, color=MUTED))
        items.append(Text(QRectF(0, y + 130, column, size * 14), value, size, True))
        y += 130 + size * 14 + 80
    end_left, y = y, top
    x, label = column + mm(10), column * 0.42
    when = fmt.local_time
    shelf = pickup.get("shelf_location")
    facts = [(translate("Printing", "Ordered"), when(pickup.get("created_at")), False),
             (translate("Printing", "Ready by"), when(pickup.get("promised_by")), False),
             (translate("Printing", "Collect by"), when(pickup.get("pickup_by")) or translate("Printing", "Set when ready"), False),
             (translate("Printing", "Shelf"), shelf or translate("Printing", "Not on a shelf yet"), bool(shelf))]
    for caption, value, strong in facts:
        items.append(Text(QRectF(x, y, label, 240), caption, 9, color=MUTED))
        items.append(Text(QRectF(x + label, y, column - label, 240), value, 14 if strong else 11, True))
        y += 240
    return max(end_left, y) + mm(6)


def _columns(w: float) -> list[tuple[float, float]]:
    sku, qty = mm(34), mm(23)  # a count column holds its title in Persian ("جمع‌آوری‌شده") at 7 pt
    name = w - sku - 2 * qty
    return [(0, name), (name, sku), (name + sku, qty), (name + sku + qty, qty)]


def _table_head(items: list[Item], w: float, y: float) -> float:
    items.append(Fill(QRectF(0, y, w, HEAD_ROW), FAINT))
    # "Ordered" here is a count of items, not the day the order was placed (the facts' "Ordered").
    captions = [translate("Printing", "Item"), translate("Printing", "SKU"),
                translate("Printing", "Ordered", "the quantity ordered, a column of counts"),
                translate("Printing", "Picked")]
    for (x, width), caption, align in zip(_columns(w), captions, (LEAD, LEAD, CENTER, CENTER), strict=True):
        # A longer language's title shrinks a little rather than lose its end ("Заказа…").
        items.append(Text(QRectF(x + 80, y, width - 160, HEAD_ROW), caption, fit(caption, 9, True, width - 160, 7),
                          True, align, MUTED))
    return y + HEAD_ROW


def _table_row(items: list[Item], w: float, y: float, line: dict[str, Any], picked: bool) -> float:
    cols = _columns(w)
    ordered, got = int(line.get("quantity") or 0), int(line.get("picked_quantity") or 0)
    items.append(Text(QRectF(cols[0][0] + 80, y, cols[0][1] - 160, ROW), line.get("name") or line.get("sku", ""), 11))
    items.append(Text(QRectF(cols[1][0] + 80, y, cols[1][1] - 160, ROW), line.get("sku", ""), 9, color=MUTED))
    items.append(Text(QRectF(cols[2][0], y, cols[2][1], ROW), fmt.number(ordered), 11, True, CENTER))
    if picked:
        items.append(Text(QRectF(cols[3][0], y, cols[3][1], ROW), fmt.number(got), 11, True, CENTER,
                          SHORT if got < ordered else INK))
    else:  # a box to tick while picking
        box = 170
        items.append(Frame(QRectF(cols[3][0] + (cols[3][1] - box) / 2, y + (ROW - box) / 2, box, box), MUTED, 8))
    items.append(Fill(QRectF(0, y + ROW - 4, w, 4), RULE))
    return y + ROW


def _table_total(items: list[Item], w: float, y: float, lines: list[dict[str, Any]], picked: bool) -> float:
    cols = _columns(w)
    items.append(Text(QRectF(80, y, cols[0][1], ROW), translate("Printing", "Total"), 11, True))
    items.append(Text(QRectF(cols[2][0], y, cols[2][1], ROW), fmt.number(sum(int(ln.get("quantity") or 0) for ln in lines)),
                      11, True, CENTER))
    if picked:
        total = sum(int(ln.get("picked_quantity") or 0) for ln in lines)
        items.append(Text(QRectF(cols[3][0], y, cols[3][1], ROW), fmt.number(total), 11, True, CENTER))
    return y + ROW


HANDOVER = mm(70)


def _handover_block(items: list[Item], w: float, y: float) -> None:
    items.append(Text(QRectF(0, y, w, 230), translate("Printing", "Hand-over"), 12, True))
    check = translate("Printing", "Check the customer's pickup code in Clerk before handing anything over.")
    items.append(Text(QRectF(0, y + 240, w, 160), check, 9, color=MUTED))
    column = (w - mm(10)) / 2
    fields = [translate("Printing", "Collected by (name)"), translate("Printing", "ID checked (type, last 4)"),
              translate("Printing", "Date and time"), translate("Printing", "Handed over by")]
    top = y + 400 + mm(10)
    for index, caption in enumerate(fields):
        x, row = (index % 2) * (column + mm(10)), top + (index // 2) * mm(16)
        items.append(Fill(QRectF(x, row, column, 6), INK))
        items.append(Text(QRectF(x, row + 30, column, 130), caption, 8, color=MUTED))
    row = top + 2 * mm(16) + mm(8)
    items.append(Fill(QRectF(0, row, w, 6), INK))
    items.append(Text(QRectF(0, row + 30, w, 130), translate("Printing", "Customer signature"), 8, color=MUTED))


def _continued_head(ctx: Any, number: str, w: float) -> tuple[list[Item], float]:
    heading = f"{isolate(this_store_name(ctx))} · " + translate("Printing", "Pickup slip")
    items: list[Item] = [Text(QRectF(0, 0, w, 150), heading, 10, True, color=MUTED),
                         Text(QRectF(0, 160, w, 300), number, 18, True),
                         Fill(QRectF(0, 500, w, 12))]
    return items, 500 + mm(6)
