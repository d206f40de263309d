"""The camera as a scanner, for a device without one: a button (shown only where a camera exists) that opens a
dialog showing what the camera sees; the first QR code or barcode it reads is handed to the caller, which routes
it exactly as a scanner's code (the search bar's `take_scan`, the hand-over form's `take_scan`).

Qt Multimedia is loaded only when it is first wanted (a deferred look for cameras after the window is up, or the
dialog): it costs some 70 ms, and on Linux it needs the system's libpulse. When it cannot load, Clerk has no
camera: the button stays hidden and the dialog says scanning with the camera is not available here.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..theme import set_flag
from . import icons

log = logging.getLogger("clerk.ui.camera")

LOOK_FOR_CAMERAS_MS = 1500  # after the window is up: the first look loads Qt Multimedia
PREVIEW_SIZE = QSize(480, 360)
BEST_WIDTH = 1280  # frames up to 1280x720 read codes well and cost little to copy


# --- is there a camera ----------------------------------------------------------------------

_multimedia: Any = None  # the module once loaded; False when it cannot load
_watch: CameraWatch | None = None


def multimedia() -> Any:
    """PySide6.QtMultimedia, imported on first use; None when it (or zxing-cpp) cannot load on this computer."""
    global _multimedia
    if _multimedia is None:
        try:
            from PySide6 import QtMultimedia

            from . import camera_decode  # noqa: F401 - zxing-cpp: no decoding, no camera button
            _multimedia = QtMultimedia
        except ImportError as error:  # Linux without libpulse.so.0, or a build without Qt Multimedia
            log.warning("scanning with the camera is not available: %s", error)
            _multimedia = False
    return _multimedia or None


def cameras() -> list[Any]:
    """The cameras this computer has now (QCameraDevice), the default first; none without Qt Multimedia."""
    mm = multimedia()
    if mm is None:
        return []
    found = list(mm.QMediaDevices.videoInputs())
    default = mm.QMediaDevices.defaultVideoInput()
    found.sort(key=lambda device: device != default)
    return found


class CameraWatch(QObject):
    """Whether a camera is connected, kept up to date as cameras come and go (one for the app)."""

    changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())
        mm = multimedia()
        self._devices = mm.QMediaDevices(self) if mm is not None else None
        if self._devices is not None:
            self._devices.videoInputsChanged.connect(lambda: self.changed.emit(self.present))

    @property
    def present(self) -> bool:
        return bool(cameras())


def camera_watch() -> CameraWatch:
    global _watch
    if _watch is None:
        _watch = CameraWatch()
    return _watch


class CameraButton(QToolButton):
    """The camera button for a field that takes scanned codes: hidden until a camera is found (looked for
    LOOK_FOR_CAMERAS_MS after it is made, or at once with `look_now`); it opens the camera dialog, and the code
    read goes out as `scanned(text)`."""

    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, look_now: bool = False) -> None:
        super().__init__(parent, objectName="CameraButton")
        self.setIcon(icons.icon("camera"))
        self.setIconSize(QSize(20, 20))
        self.setToolTip(self.tr("Scan with the camera"))
        self.setAccessibleName(self.tr("Scan with the camera"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.dialog: CameraScanDialog | None = None  # the open dialog, if any (tests reach it here)
        self.hide()
        self.clicked.connect(self.open_dialog)
        if look_now or _multimedia is not None:  # once Qt Multimedia is loaded, looking costs nothing
            self.look()
        else:
            QTimer.singleShot(LOOK_FOR_CAMERAS_MS, self, self.look)

    def look(self) -> None:
        """Show the button if a camera is connected, and keep it so as cameras come and go."""
        watch = camera_watch()
        self.setVisible(watch.present)
        watch.changed.connect(self.setVisible)

    def open_dialog(self) -> CameraScanDialog:
        self.dialog = CameraScanDialog(self.window())
        self.dialog.scanned.connect(self.scanned)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.finished.connect(self._closed)
        self.dialog.open()
        return self.dialog

    def _closed(self) -> None:
        self.dialog = None


# --- the dialog -----------------------------------------------------------------------------

class Viewfinder(QWidget):
    """What the camera sees, the newest frame scaled to fit (painted by Qt's own frame painter)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="Viewfinder")
        self.setMinimumSize(PREVIEW_SIZE)
        self._frame: Any = None

    def show_frame(self, frame: Any) -> None:
        self._frame = frame
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#1d232a"))
        frame = self._frame
        if frame is not None and frame.isValid() and frame.width() > 0:
            size = QSize(frame.width(), frame.height()).scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            area = QRectF((self.width() - size.width()) / 2, (self.height() - size.height()) / 2,
                          size.width(), size.height())
            frame.paint(painter, area, multimedia().QVideoFrame.PaintOptions())
        painter.end()


class CameraScanDialog(QDialog):
    """Shows the camera and reads the first QR code or barcode it sees: `scanned(text)`, then it closes. With no
    camera, no permission or a camera that fails, it says so in words and reads nothing."""

    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None, devices: list[Any] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scan with the camera"))
        self.setObjectName("CameraScanDialog")
        layout = QVBoxLayout(self)
        self.hint = QLabel(self.tr("Hold the QR code or barcode in front of the camera, a hand's width away."))
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.choice = QComboBox(objectName="CameraChoice")
        self.choice.setAccessibleName(self.tr("Camera"))
        choice_row = QHBoxLayout()
        self.choice_label = QLabel(self.tr("Camera"))
        self.choice_label.setBuddy(self.choice)
        choice_row.addWidget(self.choice_label)
        choice_row.addWidget(self.choice, 1)
        layout.addLayout(choice_row)
        self.viewfinder = Viewfinder()
        layout.addWidget(self.viewfinder, 1)
        self.problem = QLabel(objectName="FormMessage")
        self.problem.setWordWrap(True)
        set_flag(self.problem, "tone", "bad")
        self.problem.hide()
        layout.addWidget(self.problem)
        box = QDialogButtonBox()
        box.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.rejected.connect(self.reject)
        layout.addWidget(box)

        self.camera: Any = None
        self.session: Any = None
        self.scanner: Any = None
        mm = multimedia()
        if mm is None:
            self._say(self.tr("Scanning with the camera is not available on this computer. Type the code, or use "
                              "the scanner."))
            self._hide_camera()
            return
        from .camera_decode import FrameScanner

        self.scanner = FrameScanner(self)
        self.scanner.decoded.connect(self._read)
        self.devices = cameras() if devices is None else list(devices)
        if not self.devices:
            self._say(self.tr("No camera was found on this computer. Connect one and try again, or type the code."))
            self._hide_camera()
            return
        for device in self.devices:
            self.choice.addItem(device.description() or self.tr("Camera"))
        self.choice.setVisible(len(self.devices) > 1)
        self.choice_label.setVisible(len(self.devices) > 1)
        self.choice.currentIndexChanged.connect(lambda _index: self._start())
        self._ask_permission()

    # --- permission and camera --------------------------------------------------------------

    def _ask_permission(self) -> None:
        from PySide6.QtCore import QCameraPermission

        app = QCoreApplication.instance()
        permission = QCameraPermission()
        status = app.checkPermission(permission)
        if status == Qt.PermissionStatus.Granted:
            self._start()
        elif status == Qt.PermissionStatus.Denied:
            self._denied()
        else:  # macOS asks the person once; elsewhere a camera is always allowed
            app.requestPermission(permission, self, lambda answer: self._start() if (
                answer.status() == Qt.PermissionStatus.Granted) else self._denied())

    def _denied(self) -> None:
        self._say(self.tr("Clerk may not use the camera. Allow Clerk to use it in this computer's privacy "
                          "settings (Camera), then try again."))
        self._hide_camera()

    def _start(self) -> None:
        mm = multimedia()
        self._stop_camera()
        device = self.devices[max(self.choice.currentIndex(), 0)]
        self.camera = mm.QCamera(device, self)
        self.camera.errorOccurred.connect(self._camera_failed)
        if self.camera.error() != mm.QCamera.Error.NoError:  # gone since it was listed: Qt says so at once
            self._camera_failed(self.camera.error(), self.camera.errorString())
            return
        chosen = _best_format(device)
        if chosen is not None:
            self.camera.setCameraFormat(chosen)
        if self.camera.isFocusModeSupported(mm.QCamera.FocusMode.FocusModeAutoNear):
            self.camera.setFocusMode(mm.QCamera.FocusMode.FocusModeAutoNear)  # a code held close
        self.session = mm.QMediaCaptureSession(self)
        self.session.setCamera(self.camera)
        self.session.setVideoSink(self.scanner.sink)
        self.scanner.sink.videoFrameChanged.connect(self.viewfinder.show_frame)
        self.problem.hide()
        self.camera.start()

    def _camera_failed(self, error: Any, detail: str) -> None:
        log.warning("the camera failed: %s (%s)", error, detail)
        self._say(self.tr("The camera could not be started. Close other apps that may be using it, then try "
                          "again."))
        self._stop_camera()
        self.viewfinder.hide()
        self.hint.hide()

    def _stop_camera(self) -> None:
        if self.camera is not None:
            camera, self.camera = self.camera, None
            camera.errorOccurred.disconnect(self._camera_failed)
            camera.stop()
            camera.deleteLater()
        if self.session is not None:
            self.scanner.sink.videoFrameChanged.disconnect(self.viewfinder.show_frame)
            self.session.deleteLater()
            self.session = None

    # --- what it reads ----------------------------------------------------------------------

    def _read(self, text: str) -> None:
        self.scanner.stop()
        self.accept()  # first: the form the code goes to is the active window again, its focus where it sets it
        self.scanned.emit(text)

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _hide_camera(self) -> None:
        self.hint.hide()
        self.viewfinder.hide()
        self.choice.hide()
        self.choice_label.hide()

    def done(self, result: int) -> None:
        if self.scanner is not None:
            self.scanner.stop()
        self._stop_camera()
        super().done(result)


def _best_format(device: Any) -> Any:
    """The camera's format for reading codes: the widest up to BEST_WIDTH, not JPEG (costly to unpack)."""
    mm = multimedia()
    jpeg = mm.QVideoFrameFormat.PixelFormat.Format_Jpeg
    formats = [f for f in device.videoFormats() if f.resolution().width() <= BEST_WIDTH]
    if not formats:
        return None
    return max(formats, key=lambda f: (f.pixelFormat() != jpeg, f.resolution().width(), f.maxFrameRate()))
