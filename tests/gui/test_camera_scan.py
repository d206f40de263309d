"""Scanning with the camera: generated codes (a segno QR code of the customer's pickup, a product's EAN-13, a loyalty
card's Code 128), turned a few degrees and blurred a little, reach the camera dialog's video sink as frames (the
way the camera's frames do) and are routed exactly as a scanner's code, over the real reference server and a real
encrypted cache. This machine has no camera: there the dialog says so, and the buttons stay hidden."""

from __future__ import annotations

import io

import pytest
import segno
import shiboken6
import zxingcpp
from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTransform
from PySide6.QtWidgets import QDialog

from clerk_app.domain.scan import bag_label_payload, pickup_qr_payload
from clerk_app.system_libs import camera_libraries_message
from clerk_app.ui.common import camera_dialog
from clerk_app.ui.common.camera_dialog import CameraScanDialog
from clerk_app.ui.pickups.dialogs import HandOverDialog
from tests.helpers.gui import wait_until

try:
    from PySide6.QtMultimedia import QCameraDevice, QMediaDevices, QVideoFrame, QVideoFrameFormat

    from clerk_app.ui.common import camera_decode
except ImportError as error:  # not a skip: these tests need the camera's system libraries, as the app does
    raise ImportError(f"Qt Multimedia cannot load: {camera_libraries_message() or error}") from error

PF = QVideoFrameFormat.PixelFormat


# --- the pictures a camera would see --------------------------------------------------------

def qr_image(payload: str) -> QImage:
    """A QR code as Clerk's printouts make one (segno, error level M), 6 px a module."""
    png = io.BytesIO()
    segno.make(payload, error="m").save(png, kind="png", scale=6, border=4)
    return QImage.fromData(png.getvalue())


def barcode_image(text: str, kind: zxingcpp.BarcodeFormat) -> QImage:
    """A linear barcode drawn by zxing-cpp's writer, 3 px a bar module, with its quiet zones."""
    drawn = memoryview(zxingcpp.write_barcode_to_image(zxingcpp.create_barcode(text, kind), scale=3))
    height, width = drawn.shape
    return QImage(drawn.tobytes(), width, height, drawn.strides[0], QImage.Format.Format_Grayscale8).copy()


def camera_shot(code: QImage, degrees: float = 4.0, blur: int = 1) -> QImage:
    """`code` held up to a 960x720 camera: on a light grey background, turned `degrees`, box-blurred `blur` px."""
    shot = QImage(960, 720, QImage.Format.Format_RGB32)
    shot.fill(QColor("#d9d6d0"))
    turned = code.convertToFormat(QImage.Format.Format_ARGB32).transformed(
        QTransform().rotate(degrees), Qt.TransformationMode.SmoothTransformation)
    painter = QPainter(shot)
    painter.drawImage(QPointF((shot.width() - turned.width()) / 2, (shot.height() - turned.height()) / 2), turned)
    painter.end()
    if blur:
        # A box blur: the mean of the picture shifted by every offset in the box, drawn as a running average
        # (the n-th copy at opacity 1/n keeps the result the mean of the copies so far).
        sharp, shot = shot, QImage(shot.size(), QImage.Format.Format_RGB32)
        shot.fill(QColor("#d9d6d0"))
        painter = QPainter(shot)
        offsets = [(dx, dy) for dx in range(-blur, blur + 1) for dy in range(-blur, blur + 1)]
        for n, (dx, dy) in enumerate(offsets, start=1):
            painter.setOpacity(1 / n)
            painter.drawImage(dx, dy, sharp)
        painter.end()
    return shot


def yuv_frame(image: QImage, pixel_format: QVideoFrameFormat.PixelFormat) -> QVideoFrame:
    """`image` as a webcam hands it over: NV12 (planar, a laptop's camera) or YUYV/UYVY (packed, a USB camera)."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height = grey.width(), grey.height()
    frame = QVideoFrame(QVideoFrameFormat(QSize(width, height), pixel_format))
    assert frame.map(QVideoFrame.MapMode.WriteOnly)
    plane, stride = frame.bits(0), frame.bytesPerLine(0)
    rows = bytes(grey.constBits())
    for y in range(height):
        row = rows[y * grey.bytesPerLine():y * grey.bytesPerLine() + width]
        if pixel_format == PF.Format_NV12:
            plane[y * stride:y * stride + width] = row
        else:
            packed = bytearray(b"\x80" * (2 * width))  # U and V: no colour
            packed[(0 if pixel_format == PF.Format_YUYV else 1)::2] = row
            plane[y * stride:y * stride + 2 * width] = packed
    if pixel_format == PF.Format_NV12:
        chroma = frame.bits(1)
        chroma[:] = b"\x80" * len(chroma)
    frame.unmap()
    return frame


def show_to_camera(qtbot, dialog: CameraScanDialog, frame: QVideoFrame) -> None:
    """Frames arrive in the dialog's video sink as the camera's do, until it reads the code and closes."""
    sink = dialog.scanner.sink

    def read() -> bool:
        if not shiboken6.isValid(dialog) or not dialog.isVisible():
            return True  # read, and closed (deleted once closed)
        sink.setVideoFrame(frame)
        return False

    wait_until(qtbot, read, 5000)


def open_camera(qtbot, button) -> CameraScanDialog:
    dialog = button.open_dialog()
    qtbot.waitExposed(dialog)
    return dialog


# --- reading ----------------------------------------------------------------------------------

@pytest.mark.parametrize("pixel_format", [PF.Format_NV12, PF.Format_YUYV, PF.Format_UYVY, PF.Format_BGRX8888])
def test_every_camera_pixel_format_gives_the_same_code(qapp, pixel_format):
    payload = pickup_qr_payload("CL-10000042", "K7PQ2M")
    shot = camera_shot(qr_image(payload), degrees=5, blur=1)
    frame = QVideoFrame(shot) if pixel_format == PF.Format_BGRX8888 else yuv_frame(shot, pixel_format)
    assert frame.pixelFormat() == pixel_format
    assert camera_decode.decode(camera_decode.frame_pixels(frame)) == [payload]
    # The picture with no code in it reads nothing.
    empty = QImage(960, 720, QImage.Format.Format_RGB32)
    empty.fill(QColor("#d9d6d0"))
    assert camera_decode.decode(camera_decode.frame_pixels(yuv_frame(empty, PF.Format_NV12))) == []


def test_frames_are_read_at_most_once_an_interval_and_one_at_a_time(qtbot):
    empty = QImage(640, 480, QImage.Format.Format_RGB32)
    empty.fill(QColor("#d9d6d0"))
    frames = [yuv_frame(empty, PF.Format_NV12) for _ in range(31)]  # each its own (a sink skips a repeated one)
    scanner = camera_decode.FrameScanner(interval_ms=10_000)
    for frame in frames[:5]:  # each after the one before was decoded: within the interval, still not read
        scanner.sink.setVideoFrame(frame)
        wait_until(qtbot, lambda: not scanner._busy, 5000)
    assert scanner.frames_read == 1
    # With no interval at all, a frame is still read only once the one before it has been decoded.
    eager = camera_decode.FrameScanner(interval_ms=0)
    for frame in frames[:30]:  # faster than any decode: its result comes back through the event loop
        eager.sink.setVideoFrame(frame)
    assert eager.frames_read == 1
    wait_until(qtbot, lambda: not eager._busy, 5000)
    eager.sink.setVideoFrame(frames[30])
    assert eager.frames_read == 2
    assert eager.wait()


def test_a_pickup_qr_on_the_customers_phone_opens_the_hand_over_with_its_code(qtbot, signed_in_window):
    window = signed_in_window
    ctx = window.ctx
    pickup = next(p for p in ctx.reader.pickups("ready", limit=50) if p["lines"])
    payload = pickup_qr_payload(pickup["order_number"], pickup["pickup_code"])
    dialog = open_camera(qtbot, window.camera_button)
    with qtbot.waitSignal(ctx.navigate, timeout=5000) as opened:
        show_to_camera(qtbot, dialog, yuv_frame(camera_shot(qr_image(payload), degrees=-4), PF.Format_NV12))
    # As a scanner's code: the search bar shows it, the pickup opens with the customer's code filled in.
    assert opened.args == ["pickup", pickup["id"], {"code": pickup["pickup_code"]}]
    assert window.search_bar.text() == payload
    assert window.current_page() == "pickups"
    hand_over = window.pickups.detail.dialog
    assert isinstance(hand_over, HandOverDialog) and hand_over.isVisible()
    assert hand_over.code.text() == pickup["pickup_code"]


def test_a_products_ean_13_opens_it_on_the_stock_page(qtbot, signed_in_window):
    window = signed_in_window
    ctx = window.ctx
    sku, barcode = ctx.reader.connection.execute(
        "SELECT id, json_extract(json(data), '$.barcode') FROM products ORDER BY id LIMIT 1").fetchone()
    window.show_page("customers")
    dialog = open_camera(qtbot, window.camera_button)
    with qtbot.waitSignal(ctx.navigate, timeout=5000) as opened:
        show_to_camera(qtbot, dialog, QVideoFrame(camera_shot(barcode_image(barcode, zxingcpp.BarcodeFormat.EAN13),
                                                              degrees=3)))
    assert opened.args == ["product", sku, {}]
    assert window.current_page() == "stock"
    assert window.stock.open_sku == sku


def test_a_loyalty_cards_code_128_finds_its_customer(qtbot, signed_in_window):
    window = signed_in_window
    ctx = window.ctx
    customer = next(c for c in ctx.reader.search_customers("a", 50) if c.get("loyalty_id"))
    window.show_page("pickups")
    dialog = open_camera(qtbot, window.camera_button)
    card = camera_shot(barcode_image(customer["loyalty_id"], zxingcpp.BarcodeFormat.Code128), degrees=-3)
    with qtbot.waitSignal(ctx.navigate, timeout=5000) as opened:
        show_to_camera(qtbot, dialog, yuv_frame(card, PF.Format_YUYV))
    assert opened.args == ["customer", customer["id"], {}]
    assert window.current_page() == "customers"
    assert window.customers.view.customer_id == customer["id"]


def test_in_the_hand_over_the_camera_fills_and_checks_the_code_as_a_scanner_would(qtbot, signed_in_window):
    window = signed_in_window
    ctx = window.ctx
    pickup = next(p for p in ctx.reader.pickups("ready", limit=50) if p["lines"])
    window.open_record("pickup", pickup["id"], {"hand_over": True})
    hand_over = window.pickups.detail.dialog
    assert isinstance(hand_over, HandOverDialog) and hand_over.code.text() == ""

    # The bag's label held to the camera: refused, as when scanned into the field; nothing filled in.
    show_to_camera(qtbot, open_camera(qtbot, hand_over.camera_button),
                   QVideoFrame(camera_shot(qr_image(bag_label_payload(pickup["order_number"])))))
    assert hand_over.isVisible() and "bag's label" in hand_over.error.text() and hand_over.code.text() == ""

    # The customer's phone: its QR gives the code; the ID check still wants the document's last four.
    payload = pickup_qr_payload(pickup["order_number"], pickup["pickup_code"])
    show_to_camera(qtbot, open_camera(qtbot, hand_over.camera_button),
                   yuv_frame(camera_shot(qr_image(payload), degrees=6), PF.Format_NV12))
    assert hand_over.code.text() == pickup["pickup_code"]
    assert hand_over.isVisible() and "last four" in hand_over.error.text()
    assert hand_over.focusWidget() is hand_over.last4  # where the cursor is once the form is active again
    qtbot.keyClicks(hand_over.last4, "4821")
    hand_over.ok.click()
    wait_until(qtbot, lambda: ctx.reader.pickup(pickup["id"])["status"] == "picked_up", 5000)
    assert ctx.reader.pickup(pickup["id"])["handover"]["id_last4"] == "4821"


# --- no camera ----------------------------------------------------------------------------------

def test_without_a_camera_the_buttons_stay_hidden_and_the_dialog_says_so(qtbot, signed_in_window):
    assert QMediaDevices.videoInputs() == []  # this machine: no camera at all
    window = signed_in_window
    window.camera_button.look()
    assert window.camera_button.isHidden()
    # A camera plugged in, then out (Qt's device list says so; this machine has none to plug).
    camera_dialog.camera_watch().changed.emit(True)
    assert window.camera_button.isVisible()
    camera_dialog.camera_watch().changed.emit(False)
    assert window.camera_button.isHidden()
    dialog = window.camera_button.open_dialog()
    qtbot.waitExposed(dialog)
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == ("No camera was found on this computer. Connect one and try again, or type "
                                     "the code.")
    assert not dialog.viewfinder.isVisible() and dialog.camera is None
    dialog.reject()


def test_locking_the_screen_closes_the_camera(qtbot, signed_in_window):
    window = signed_in_window
    pickup = next(p for p in window.ctx.reader.pickups("ready", limit=50) if p["lines"])
    window.open_record("pickup", pickup["id"], {"hand_over": True})
    camera = open_camera(qtbot, window.pickups.detail.dialog.camera_button)  # the hand-over's, a window deeper
    window.lock()
    assert not camera.isVisible() and camera.result() == QDialog.DialogCode.Rejected


def test_a_camera_that_cannot_start_is_told_in_words(qtbot):
    # A camera listed a moment ago and unplugged since: Qt's camera over a device that is not there.
    dialog = CameraScanDialog(devices=[QCameraDevice()])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.problem.text().startswith("The camera could not be started.")
    assert dialog.camera is None and not dialog.viewfinder.isVisible()


def test_without_qt_multimedia_the_dialog_says_camera_scanning_is_not_available(qtbot, monkeypatch):
    # Qt Multimedia cannot load on a Linux without libpulse: no real part here makes that happen.
    monkeypatch.setattr(camera_dialog, "_multimedia", False)
    assert camera_dialog.cameras() == []
    dialog = CameraScanDialog()
    qtbot.addWidget(dialog)
    assert dialog.problem.text().startswith("Scanning with the camera is not available on this computer.")
    assert dialog.scanner is None


class _Answer:
    """What Qt hands the callback of `requestPermission`: the person's answer."""

    def __init__(self, status: Qt.PermissionStatus) -> None:
        self._status = status

    def status(self) -> Qt.PermissionStatus:
        return self._status


def _permission(monkeypatch, status: Qt.PermissionStatus, answer: Qt.PermissionStatus | None = None) -> list[str]:
    """The computer's camera permission as `status` (Linux always allows the camera, so no real part here can
    refuse it: Qt's permission calls are replaced), and, asked, the person answering `answer`."""
    from PySide6.QtCore import QCoreApplication

    asked: list[str] = []

    def request(_app, permission, _context, callback) -> None:
        asked.append(type(permission).__name__)
        callback(_Answer(answer))

    app_class = type(QCoreApplication.instance())
    monkeypatch.setattr(app_class, "checkPermission", lambda _app, _permission: status)
    monkeypatch.setattr(app_class, "requestPermission", request)
    return asked


DENIED_TEXT = ("Clerk may not use the camera. Allow Clerk to use it in this computer's privacy settings (Camera), "
               "then try again.")


def test_a_camera_the_computer_does_not_allow_is_told_in_words_and_never_started(qtbot, monkeypatch):
    asked = _permission(monkeypatch, Qt.PermissionStatus.Denied)
    dialog = CameraScanDialog(devices=[QCameraDevice()])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.problem.isVisible() and dialog.problem.text() == DENIED_TEXT
    assert dialog.camera is None and not dialog.viewfinder.isVisible() and asked == []  # not asked again


@pytest.mark.parametrize(("answer", "told"), [(Qt.PermissionStatus.Denied, DENIED_TEXT),
                                              (Qt.PermissionStatus.Granted, "The camera could not be started.")])
def test_asked_for_the_camera_the_persons_answer_is_followed(qtbot, monkeypatch, answer, told):
    asked = _permission(monkeypatch, Qt.PermissionStatus.Undetermined, answer)
    dialog = CameraScanDialog(devices=[QCameraDevice()])  # allowed, this camera (unplugged) then fails to start
    qtbot.addWidget(dialog)
    dialog.show()
    assert asked == ["QCameraPermission"]
    assert dialog.problem.text().startswith(told) and dialog.camera is None
