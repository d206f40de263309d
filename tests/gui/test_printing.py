"""Printing a pickup slip and a bag label: images, PDFs, the label's QR code, the slip's secrecy, the preview."""

from __future__ import annotations

import gc
import unicodedata
from collections.abc import Iterator
from typing import Any

import pytest
import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QImage, QPageLayout, QPageSize, qGray
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QWidget

from clerk_app import config
from clerk_app.domain.scan import ScanKind, bag_label_payload, classify, pickup_qr_payload
from clerk_app.secrets import MemoryStore
from clerk_app.sync.device import Device, enroll
from clerk_app.ui.pickups.dialogs import HandOverDialog
from clerk_app.ui.printing.printer import (
    QUIET,
    open_print_preview,
    page_layout,
    render_image,
    render_png,
    save_pdf,
)
from tests.helpers.api import PASSWORD, running_copy
from tests.helpers.gui import wait_until

RTL_SCRIPTS = ("R", "AL")


@pytest.fixture(scope="module")
def ctx(seeded_template, tmp_path_factory, qapp) -> Iterator[Any]:
    """One real context over a cache synced once from a server of its own: these tests only read."""
    from clerk_app.ui import theme
    from clerk_app.ui.common.context import ClerkContext

    theme.apply(qapp)
    folder = tmp_path_factory.mktemp("printing")
    with running_copy(seeded_template, folder) as api:
        store = api.store(0)
        secrets = MemoryStore()
        settings = config.Settings(api_url=api.url, data_dir=folder / "counter", device_name="Print counter",
                                   store_name=store["name"])
        enroll(settings, secrets, store_id=store["id"], username=store["manager"], password=PASSWORD)
        device = Device.open(settings, secrets)
        device.engine().sync_once()
        context = ClerkContext(settings, secrets, device, now=api.clock.now)
        yield context
        context.close()
        gc.collect()


def ready_pickup(ctx: Any, rtl_name: bool = False) -> dict[str, Any]:
    """A ready pickup with several lines and a shelf (rtl_name: its customer's name in Arabic or Hebrew script)."""
    for pickup in ctx.reader.pickups("ready", limit=200):
        rtl = any(unicodedata.bidirectional(c) in RTL_SCRIPTS for c in pickup["customer_name"])
        if len(pickup["lines"]) >= 2 and pickup["shelf_location"] and rtl == rtl_name:
            return pickup
    raise AssertionError("the seeded store has no such ready pickup")


def dark(image: QImage, x: float, y: float) -> bool:
    return qGray(image.pixel(int(x), int(y))) < 128


def ink_share(image: QImage) -> float:
    step = 4
    points = [(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)]
    return sum(dark(image, x, y) for x, y in points) / len(points)


def pdf_text(path) -> tuple[int, str]:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    pages = document.pageCount()
    text = "\n".join(document.getAllText(page).text() for page in range(pages))
    document.close()
    return pages, text


def test_slip_and_label_render_to_non_blank_images_of_their_paper_shape(qapp, ctx, tmp_path):
    for rtl_name in (False, True):
        pickup = ready_pickup(ctx, rtl_name)
        for kind in ("slip", "label"):
            for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
                path = render_png(kind, pickup, ctx, tmp_path / f"{kind}.png", dpi=100, direction=direction)
                image = QImage(str(path))
                paper = page_layout(kind).fullRectPoints()
                assert image.width() / image.height() == pytest.approx(paper.width() / paper.height(), rel=0.01)
                assert abs(image.width() - paper.width() * 100 / 72) <= 1
                assert 0.01 < ink_share(image) < 0.35  # printed on, yet mostly paper
    assert page_layout("label").pageSize().size(QPageSize.Unit.Millimeter).toTuple() == (62, 100)


def test_the_label_says_order_family_name_shelf_count_and_collect_by_in_either_direction(qapp, ctx):
    pickup = ready_pickup(ctx, rtl_name=True)
    customer = ctx.reader.customer(pickup["customer_id"])
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        _, painted = render_image("label", pickup, ctx, dpi=100, direction=direction)
        texts = painted.texts
        assert pickup["order_number"] in texts
        assert texts.index(customer["family_name"].upper()) < texts.index(customer["given_name"])  # family name first
        assert pickup["shelf_location"] in texts
        assert str(sum(line["picked_quantity"] for line in pickup["lines"])) in texts
        assert "Collect by" in texts and ctx.store_name in texts
        assert pickup["pickup_code"] not in texts  # only inside the QR


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_the_labels_qr_modules_read_back_as_the_order_only(qapp, ctx, direction):
    pickup = ready_pickup(ctx)
    expected = bag_label_payload(pickup["order_number"])
    image, painted = render_image("label", pickup, ctx, dpi=300, direction=direction)
    [qr] = painted.qrs
    assert qr["payload"] == expected and pickup["pickup_code"] not in qr["payload"]
    # Not the customer's pickup QR: scanning the bag must not fill in the code it is checked against.
    assert qr["payload"] != pickup_qr_payload(pickup["order_number"], pickup["pickup_code"])
    scan = classify(qr["payload"])
    assert (scan.kind, scan.value, scan.pickup_code) == (ScanKind.BAG_LABEL, pickup["order_number"], None)
    matrix = segno.make(expected, error="m").matrix
    x0, y0, module = qr["x"], qr["y"], qr["module"]
    assert module >= 8 and module == int(module)  # whole pixels per module: crisp, no scaled image
    assert 0 < x0 - QUIET * module and x0 + (len(matrix) + QUIET) * module < image.width()
    # Every module's centre, read from the pixels, is what segno encodes (QR codes are never mirrored).
    read = [[dark(image, x0 + (c + 0.5) * module, y0 + (r + 0.5) * module) for c in range(len(matrix))]
            for r in range(len(matrix))]
    assert read == [[bool(cell & 1) for cell in row] for row in matrix]
    # The quiet zone around it is blank paper.
    span = range(-QUIET, len(matrix) + QUIET)
    ring = [(c, r) for c in span for r in span if not (0 <= c < len(matrix) and 0 <= r < len(matrix))]
    assert not any(dark(image, x0 + (c + 0.5) * module, y0 + (r + 0.5) * module) for c, r in ring)


def test_the_slip_never_prints_the_pickup_code_and_its_qr_holds_only_the_order_number(qapp, ctx, tmp_path):
    pickup = ready_pickup(ctx)
    if not pickup.get("alternate_pickup_name"):
        pickup = {**pickup, "alternate_pickup_name": "Sam Rivers"}
    _, painted = render_image("slip", pickup, ctx, dpi=100)
    assert [qr["payload"] for qr in painted.qrs] == [pickup["order_number"]]
    assert not any(pickup["pickup_code"] in text for text in painted.texts)
    for wanted in (ctx.store_name, "Pickup slip", pickup["order_number"], pickup["customer_name"],
                   pickup["alternate_pickup_name"], pickup["shelf_location"], "Ready", "Customer signature",
                   *(line["name"] for line in pickup["lines"])):
        assert wanted in painted.texts
    pages, text = pdf_text(save_pdf("slip", pickup, ctx, tmp_path / "slip.pdf"))
    assert pages == 1 and pickup["order_number"] in text
    assert pickup["pickup_code"] not in text


def test_save_pdf_writes_a_pdf_of_the_right_page_size_with_the_order_number(qapp, ctx, tmp_path):
    pickup = ready_pickup(ctx)
    for kind in ("slip", "label"):
        path = save_pdf(kind, pickup, ctx, tmp_path / f"{kind}.pdf")
        data = path.read_bytes()
        assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:] and len(data) > 5_000
        pages, text = pdf_text(path)
        assert pages == 1 and pickup["order_number"] in text
        document = QPdfDocument()
        document.load(str(path))
        size = document.pagePointSize(0)
        document.close()
        paper = page_layout(kind).fullRectPoints() if kind == "label" else None
        if paper is not None:
            assert (size.width(), size.height()) == pytest.approx((paper.width(), paper.height()), abs=1)
        else:
            assert size.height() > size.width()  # the slip is portrait on whatever paper the printer has


def test_a_long_slip_continues_on_more_pages_and_lists_every_line(qapp, ctx, tmp_path):
    pickup = ready_pickup(ctx)
    lines = [{"sku": f"SKU-{n:05d}", "name": f"Item number {n}", "quantity": 1, "picked_quantity": 1,
              "collected_quantity": 0} for n in range(45)]
    pages, text = pdf_text(save_pdf("slip", {**pickup, "lines": lines}, ctx, tmp_path / "long.pdf"))
    assert pages >= 2
    assert all(f"SKU-{n:05d}" in text for n in range(45))
    assert f"Page {pages} of {pages}" in text and "Customer signature" in text
    assert text.count(pickup["order_number"]) >= pages  # every page says which order it belongs to


def test_open_print_preview_opens_qts_preview_of_the_label_without_blocking(qtbot, ctx):
    pickup = ready_pickup(ctx)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    open_print_preview("label", pickup, ctx, parent)  # returns at once: the dialog is window-modal, not exec()'d
    dialog = parent.findChild(QPrintPreviewDialog)
    assert dialog is not None
    wait_until(qtbot, dialog.isVisible, 5000)
    preview = dialog.findChild(QPrintPreviewWidget)
    wait_until(qtbot, lambda: preview.pageCount() == 1, 5000)
    assert pickup["order_number"] in dialog.windowTitle()
    layout = dialog.printer_.pageLayout()
    assert layout.pageSize().size(QPageSize.Unit.Millimeter).toTuple() == (62, 100)
    assert layout.orientation() == QPageLayout.Orientation.Portrait
    assert [a.text() for a in dialog.findChildren(QAction) if a.objectName() == "SaveAsPdf"] == ["Save as PDF…"]
    dialog.close()
    wait_until(qtbot, lambda: parent.findChild(QPrintPreviewDialog) is None, 5000)  # deleted on close, printer too


def test_scanning_the_printed_labels_qr_opens_the_hand_over_with_the_code_left_empty(qtbot, signed_in_window):
    window = signed_in_window
    ctx = window.ctx
    pickup = next(p for p in ctx.reader.pickups("ready", limit=50) if p["lines"])
    _, painted = render_image("label", pickup, ctx, dpi=100)
    payload = painted.qrs[0]["payload"]
    window.activateWindow()
    window.focus_search()
    wait_until(qtbot, window.search_bar.hasFocus, 2000)
    with qtbot.waitSignal(ctx.navigate, timeout=3000) as opened:
        qtbot.keyClicks(window.search_bar, payload)  # a scanner: fast keystrokes, then Enter
        qtbot.keyClick(window.search_bar, Qt.Key.Key_Return)
    assert opened.args == ["pickup", pickup["id"], {"hand_over": True}]
    dialog = window.pickups.detail.dialog
    assert isinstance(dialog, HandOverDialog) and dialog.isVisible()
    assert dialog.code.text() == ""  # the code has to come from the customer
    wait_until(qtbot, dialog.code.hasFocus, 2000)  # and the cursor waits for it
    dialog.id_check.setCurrentIndex(dialog.id_check.findData("order_code_only"))

    # The bag's label scanned again, into the code field: refused, and it fills nothing in.
    qtbot.keyClicks(dialog.code, payload)
    dialog.ok.click()
    assert dialog.isVisible() and "bag's label" in dialog.error.text() and dialog.code.text() == ""
    assert ctx.reader.depth() == 0

    # The customer's phone: its QR (the ready notice's, not the label's) gives the code.
    qtbot.keyClicks(dialog.code, pickup_qr_payload(pickup["order_number"], pickup["pickup_code"]))
    dialog.ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    wait_until(qtbot, lambda: ctx.reader.pickup(pickup["id"])["status"] == "picked_up", 5000)


@pytest.mark.parametrize(("code", "zero"), [("fa", "۰"), ("ar", "٠"), ("he", "0")])
def test_the_slips_quantities_and_totals_print_in_the_languages_digits(qapp, ctx, code, zero):
    from PySide6.QtCore import QRectF

    from clerk_app.ui.common import language
    from clerk_app.ui.printing.layouts import Text, slip_pages

    language.apply(qapp, language.Choice(code))
    pickup = ready_pickup(ctx)
    pages = slip_pages(pickup, ctx)(QRectF(0, 0, 5000, 7000))
    texts = [item.text for page in pages for item in page if isinstance(item, Text)]
    digits = [chr(ord(zero) + i) for i in range(10)]
    total = sum(int(line["quantity"]) for line in pickup["lines"])
    # Each line's ordered and picked counts, and the two totals, stand alone in their cells.
    counts = [t for t in texts if t and all(c in digits for c in t)]
    assert len(counts) >= 2 * len(pickup["lines"]) + 2, texts
    assert "".join(digits[int(d)] for d in str(total)) in counts
    # No count slipped through in another script's digits.
    others = "0123456789" if zero != "0" else "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩"
    assert not [t for t in texts if t and all(c in others for c in t)], texts


def _glyph_problems(text: str, font) -> list[str]:
    """Characters of `text` that `font` (with Qt's fallback through its families) would print as an empty box."""
    from PySide6.QtGui import QTextLayout

    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1e6)
    layout.endLayout()
    runs = layout.glyphRuns()
    problems = [f"{text!r}: a .notdef glyph in {run.rawFont().familyName()}" for run in runs
                if 0 in run.glyphIndexes()]
    for ch in set(text):
        if unicodedata.category(ch) in ("Cf", "Zs", "Cc"):
            continue  # bidi isolates, spaces: nothing to draw
        if not any(run.rawFont().supportsCharacter(ord(ch)) for run in runs):  # the str overload misreads
            problems.append(f"{text!r}: no face prints {ch!r} (U+{ord(ch):04X})")
    return problems


def _one_pickup_per_script(ctx: Any) -> list[dict[str, Any]]:
    scripts = {"ARABIC": None, "HEBREW": None, "CYRILLIC": None, "LATIN": None}
    for pickup in ctx.reader.pickups("ready", limit=500) + ctx.reader.pickups("new", limit=500):
        letters = [c for c in pickup["customer_name"] if c.isalpha()]
        script = unicodedata.name(letters[0]).split()[0] if letters else ""
        if script in scripts and scripts[script] is None:
            scripts[script] = pickup
    assert all(scripts.values()), [k for k, v in scripts.items() if v is None]
    return list(scripts.values())


@pytest.mark.parametrize("code", ["en", "ar", "fa", "he", "ru"])
def test_every_printed_character_has_a_glyph_in_the_fonts_the_slip_and_label_use(qapp, ctx, code):
    from PySide6.QtCore import QRectF

    from clerk_app.ui.common import language
    from clerk_app.ui.printing.layouts import Text, font, label_pages, slip_pages

    language.apply(qapp, language.Choice(code))
    problems: list[str] = []
    printed = 0
    for pickup in _one_pickup_per_script(ctx):
        for build in (slip_pages(pickup, ctx), label_pages(pickup, ctx)):
            for page in build(QRectF(0, 0, 5000, 7000)):
                for item in page:
                    if isinstance(item, Text) and item.text:
                        problems += _glyph_problems(item.text, font(item.size, item.bold, item.text))
                        printed += 1
    assert printed > 100
    assert problems == []
    # The check sees a box where no installed face has the letter (an Egyptian hieroglyph here).
    assert _glyph_problems("CL-1 \U00013000", font(9, False, "\U00013000"))


@pytest.mark.parametrize("code", ["en", "ar", "fa", "he", "ru"])
def test_the_fonts_clerk_ships_alone_print_every_character_of_the_slip_and_label(qapp, ctx, code):
    """Whatever faces a store PC lacks, the ones Clerk ships (and registers) have every printed letter."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFontDatabase, QRawFont

    from clerk_app.ui.common import language
    from clerk_app.ui.printing.fonts import SHIPPED_FAMILIES, SHIPPED_FOLDER, families_for, register_shipped_fonts
    from clerk_app.ui.printing.layouts import Text, label_pages, slip_pages

    assert set(register_shipped_fonts()) == set(SHIPPED_FAMILIES)
    assert set(SHIPPED_FAMILIES) <= set(QFontDatabase.families())
    for platform in ("win32", "darwin"):  # after the PC's own faces (on Linux they are among them already)
        assert families_for("جاهز", platform)[-3:] == list(SHIPPED_FAMILIES)
    assert set(SHIPPED_FAMILIES) <= set(families_for("جاهز", "linux"))
    shipped = [QRawFont(str(path), 12) for path in sorted(SHIPPED_FOLDER.glob("*.ttf"))]
    assert len(shipped) == 6 and all(face.isValid() for face in shipped)

    language.apply(qapp, language.Choice(code))
    characters: set[str] = set()
    for pickup in _one_pickup_per_script(ctx):
        for build in (slip_pages(pickup, ctx), label_pages(pickup, ctx)):
            for page in build(QRectF(0, 0, 5000, 7000)):
                characters |= {ch for item in page if isinstance(item, Text) for ch in item.text}
    drawn = {ch for ch in characters if unicodedata.category(ch) not in ("Cf", "Zs", "Cc")}
    assert len(drawn) > 40
    missing = sorted(f"{ch!r} U+{ord(ch):04X}" for ch in drawn
                     if not any(face.supportsCharacter(ord(ch)) for face in shipped))
    assert missing == []
    assert not any(face.supportsCharacter(0x13000) for face in shipped)  # the check can fail


def test_each_script_prints_first_with_the_families_made_for_it_on_each_system():
    from clerk_app.ui.printing.fonts import families_for

    arabic, persian, hebrew, russian = "جاهز", "دریافت‌شده گ پ چ ژ", "מוכנה", "Готов"
    assert families_for(arabic, "win32")[:2] == ["Segoe UI", "Tahoma"]
    assert families_for(persian, "darwin")[0] == "Geeza Pro"
    assert families_for(hebrew, "darwin")[0] == "Arial Hebrew"
    assert families_for(arabic, "linux")[0] == "Noto Sans Arabic"
    assert families_for(hebrew, "linux")[0] == "Noto Sans Hebrew"
    for platform in ("win32", "darwin", "linux", "freebsd14"):
        for text in (arabic, persian, hebrew, russian, f"{hebrew} CL-1 {arabic}"):
            families = families_for(text, platform)
            assert len(families) == len(set(families))
            # Whatever a text starts with, the list goes on to faces for the other scripts a line may hold.
            table = {"win32": ("Tahoma",), "darwin": ("Geeza Pro", "Arial Hebrew", "Helvetica Neue"),
                     "linux": ("Noto Sans Arabic", "Noto Sans Hebrew", "DejaVu Sans"),
                     "freebsd14": ("Noto Sans Arabic", "DejaVu Sans")}[platform]
            assert set(table) <= set(families), (platform, text, families)
    # Latin and Cyrillic print first in the screen's own family, as the rest of the app reads.
    from PySide6.QtGui import QGuiApplication

    assert families_for(russian, "linux")[0] == QGuiApplication.font().family()


@pytest.mark.parametrize("code", ["en", "ar", "fa", "he", "ru"])
def test_no_printed_caption_is_cut_short_in_any_language(qapp, ctx, code):
    """Every text of the slip and the label fits its place at its size (the printer would elide it with "…"), for
    a pickup whose own data (names, products) is of an ordinary length."""
    from PySide6.QtCore import QRectF

    from clerk_app.ui.common import language
    from clerk_app.ui.printing.layouts import Text, label_pages, slip_pages, width_of
    from clerk_app.ui.printing.printer import page_layout

    language.apply(qapp, language.Choice(code))
    pickup = ready_pickup(ctx)
    cut = []
    for kind, build in (("slip", slip_pages(pickup, ctx)), ("label", label_pages(pickup, ctx))):
        paper = page_layout(kind).paintRectPoints()
        area = QRectF(0, 0, paper.width() * 10, paper.height() * 10)  # layout units: 1/10 point
        for page in build(area):
            cut += [f"{kind}: {item.text!r} needs {width_of(item.text, item.size, item.bold):.0f} "
                    f"of {item.rect.width():.0f}" for item in page if isinstance(item, Text) and item.text
                    and width_of(item.text, item.size, item.bold) > item.rect.width() + 1]
    assert cut == []
