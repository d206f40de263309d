"""Reading QR codes and barcodes out of camera frames: a frame's brightness, decoded by zxing-cpp off the GUI thread.

A camera's frames arrive in a QVideoSink (`FrameScanner.sink`); about every READ_INTERVAL_MS the newest one is
copied out of the frame's memory (a copy, no conversion: 1-8 ms for 1280x720) and decoded on a thread of its own,
one frame at a time. zxing reads grey: the Y plane of NV12 and the other planar YUV formats is that already, and so
is every other byte of YUYV/UYVY; RGB frames are turned grey by Qt on the decoding thread. The first code read comes
back as `decoded(text)`, on the GUI thread. Tests hand in frames made from images through the same sink
(`sink.setVideoFrame`), which is how the camera's frames arrive.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

import zxingcpp
from PySide6.QtCore import QObject, QThreadPool, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat, QVideoSink

from .tasks import run_task

log = logging.getLogger("clerk.ui.camera")

READ_INTERVAL_MS = 150  # a code held in front of the camera is read within a few of these
# What Clerk scans: the customer's pickup QR and the bag label (QR), loyalty cards (QR or Code 128 or 39), products
# (EAN/UPC, Code 128, GS1 DataMatrix). Naming them keeps zxing from trying the other dozen formats on every frame.
FORMATS = (zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.MicroQRCode, zxingcpp.BarcodeFormat.DataMatrix,
           zxingcpp.BarcodeFormat.EAN13, zxingcpp.BarcodeFormat.EAN8, zxingcpp.BarcodeFormat.UPCA,
           zxingcpp.BarcodeFormat.UPCE, zxingcpp.BarcodeFormat.Code128, zxingcpp.BarcodeFormat.Code39)

_PF = QVideoFrameFormat.PixelFormat
# Formats whose first plane is one byte of brightness per pixel, at full size.
_Y_PLANE = frozenset({_PF.Format_NV12, _PF.Format_NV21, _PF.Format_YUV420P, _PF.Format_YUV422P, _PF.Format_YV12,
                      _PF.Format_IMC1, _PF.Format_IMC2, _PF.Format_IMC3, _PF.Format_IMC4, _PF.Format_Y8})
# Packed 4:2:2: brightness every other byte (offset 0 in YUYV, 1 in UYVY).
_PACKED = {_PF.Format_YUYV: 0, _PF.Format_UYVY: 1}


@dataclass(frozen=True)
class Pixels:
    """A frame's pixels as copied out of it: `width` x `height`, rows `stride` bytes apart. Brightness at `offset`,
    then every `step` bytes; or, with an `image_format`, RGB pixels that `decode` turns grey first (off the GUI
    thread: Qt's conversion of a 1280x720 frame takes some 15 ms)."""

    data: bytes
    width: int
    height: int
    stride: int
    step: int = 1
    offset: int = 0
    image_format: QImage.Format | None = None


def image_pixels(image: QImage) -> Pixels | None:
    """The pixels of a QImage, to decode; None for a null image."""
    if image.isNull():
        return None
    if image.format() != QImage.Format.Format_Grayscale8:
        image = image.convertToFormat(QImage.Format.Format_RGB32)
        return Pixels(bytes(image.constBits()), image.width(), image.height(), image.bytesPerLine(),
                      image_format=QImage.Format.Format_RGB32)
    return Pixels(bytes(image.constBits()), image.width(), image.height(), image.bytesPerLine())


def frame_pixels(frame: QVideoFrame) -> Pixels | None:
    """The pixels of a camera frame, copied out of it (a memory copy, no conversion); None when it cannot be read."""
    if not frame.isValid():
        return None
    pixel_format = frame.pixelFormat()
    width, height = frame.width(), frame.height()
    if pixel_format in (_PF.Format_AYUV, _PF.Format_AYUV_Premultiplied):  # A, Y, U, V: every fourth byte
        return _mapped(frame, lambda: Pixels(bytes(frame.bits(0)), width, height, frame.bytesPerLine(0), 4, 1))
    if pixel_format in _Y_PLANE:
        return _mapped(frame, lambda: Pixels(bytes(frame.bits(0)), width, height, frame.bytesPerLine(0)))
    if pixel_format in _PACKED:
        return _mapped(frame, lambda: Pixels(bytes(frame.bits(0)), width, height, frame.bytesPerLine(0), 2,
                                             _PACKED[pixel_format]))
    image_format = QVideoFrameFormat.imageFormatFromPixelFormat(pixel_format)
    if image_format != QImage.Format.Format_Invalid:  # an RGB frame
        return _mapped(frame, lambda: Pixels(bytes(frame.bits(0)), width, height, frame.bytesPerLine(0),
                                             image_format=image_format))
    # Anything else (a camera's JPEG, 10-bit YUV, a frame in graphics memory): Qt converts the whole frame.
    return image_pixels(frame.toImage())


def _mapped(frame: QVideoFrame, read: Callable[[], Pixels | None]) -> Pixels | None:
    if not frame.map(QVideoFrame.MapMode.ReadOnly):
        return None
    try:
        return read()
    finally:
        frame.unmap()


def decode(pixels: Pixels) -> list[str]:
    """The text of every code zxing-cpp finds in `pixels`, in its order (empty when none). Safe off the GUI thread."""
    data, stride, step = pixels.data, pixels.stride, pixels.step
    if pixels.image_format is not None:
        grey = QImage(data, pixels.width, pixels.height, stride, pixels.image_format).convertToFormat(
            QImage.Format.Format_Grayscale8)
        data, stride, step = bytes(grey.constBits()), grey.bytesPerLine(), 1
    elif pixels.offset:
        # zxing reads from the buffer's start: shift to the first brightness byte, padded to the same length.
        data = data[pixels.offset:] + bytes(pixels.offset)
    view = zxingcpp.ImageView(data, pixels.width, pixels.height, zxingcpp.ImageFormat.Lum, stride, step)
    return [found.text for found in zxingcpp.read_barcodes(view, formats=FORMATS) if found.valid and found.text]


class FrameScanner(QObject):
    """Reads codes out of the frames that reach `sink`: the newest frame about every READ_INTERVAL_MS, one decode at
    a time on its own thread; `decoded(text)` once per code read, until `stop()`."""

    decoded = Signal(str)

    def __init__(self, parent: QObject | None = None, interval_ms: int = READ_INTERVAL_MS) -> None:
        super().__init__(parent)
        self.sink = QVideoSink(self)
        self.sink.videoFrameChanged.connect(self.take_frame)
        self.interval_ms = interval_ms
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # a frame at a time; the global pool stays free for look-ups
        self._busy = False
        self._last_read = float("-inf")
        self._stopped = False
        self.frames_read = 0  # how many frames went to the decoder (a test's and a log's figure)

    @Slot(QVideoFrame)
    def take_frame(self, frame: QVideoFrame) -> None:
        now = time.monotonic() * 1000
        if self._stopped or self._busy or now - self._last_read < self.interval_ms:
            return  # a newer frame comes along in a few milliseconds
        pixels = frame_pixels(frame)
        if pixels is None:
            return
        self._busy, self._last_read = True, now
        self.frames_read += 1
        run_task(lambda: decode(pixels), self._read, pool=self._pool)

    def _read(self, result: list[str] | None = None, error: BaseException | None = None) -> None:
        self._busy = False
        if error is not None:
            log.warning("a camera frame could not be decoded: %s", type(error).__name__)
            return
        if result and not self._stopped:
            self.decoded.emit(result[0])

    def stop(self) -> None:
        """No more codes from here (the dialog closes); a decode under way finishes and is dropped."""
        self._stopped = True

    def wait(self, msecs: int = 2000) -> bool:
        """Wait for a decode under way (a closing dialog, a test)."""
        return self._pool.waitForDone(msecs)
