"""The desktop app's entry: the QApplication (theme, translations, crash hook, log file), then either the demo
(a local server with generated data) or this computer's enrolled store, opened without freezing the window.

The pieces are separate so tests and the screenshots script can use them:
`prepare_demo(folder)` → (ctx, demo) and `open_main_window(ctx, demo)` → MainWindow.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import signal
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QLocale,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QLabel,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from .. import config
from ..demo import DEMO_PASSWORD, DemoCounter, open_demo_counter
from ..errors import CacheInUse, ClerkError, NotEnrolled
from . import theme
from .common import collector, language
from .common.context import ClerkContext
from .common.tasks import run_task
from .crash import install_excepthook, setup_logging
from .main_window import MainWindow

log = logging.getLogger("clerk.app")

DEMO_LONG_POLL_SECONDS = 5  # the demo's "Cut the connection" should show as Offline within seconds


# --- the application ---------------------------------------------------------------------------

GIL_SWITCH_SECONDS = 0.0005


def share_the_interpreter() -> None:
    """Let the GUI thread back into Python sooner while the sync thread works.

    Every call from Python into Qt lets go of the GIL, and getting it back from a busy sync thread
    waits for the interpreter's switch interval (5 ms by default) each time, so a screen refresh
    during a first download could take hundreds of milliseconds. 0.5 ms keeps the window responsive
    for a few percent of the download's speed.
    """
    sys.setswitchinterval(GIL_SWITCH_SECONDS)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with Clerk's name, look and translations (the existing one when there is one)."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    share_the_interpreter()
    collector.install(app)  # Qt wrappers in reference cycles are freed on this thread only, between events
    app.setApplicationName("Clerk")
    app.setApplicationDisplayName("Clerk")
    app.setOrganizationName("Clerk")
    app.setOrganizationDomain("clerk.example")
    if QLocale().language() == QLocale.Language.C:
        # A bare "C" locale (a kiosk image, a container) writes dates as "20 11 2026" and money without
        # separators: English conventions read better to staff than the C library's.
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    theme.apply(app)
    load_translations(app)
    return app


def load_translations(app: QApplication, locale: QLocale | None = None) -> language.Choice:
    """Clerk's strings and Qt's own in the language of `locale` (default: the computer's) where Clerk speaks it,
    else English; the window reads in that language's direction."""
    code = language.supported(locale.name()) if locale is not None else language.system_language()
    return language.apply(app, language.Choice(code or "en"))


def startup_choice(args: argparse.Namespace | None, settings: config.Settings | None) -> language.Choice:
    """The language to start in: `--language`, else the store's setting, else the computer's."""
    wanted = getattr(args, "language", None) or (settings.language if settings else None)
    code = language.supported(wanted) or language.system_language()
    return language.Choice(code, settings.digits if settings else "", settings.calendar if settings else "")


class Splash(QFrame):
    """A small window while the slow start-up work runs: the app is busy, not frozen."""

    step = Signal(str)  # emitted from the worker thread; Qt queues it to this window's thread

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("Splash")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(10)
        layout.addWidget(QLabel(self.tr("Clerk"), objectName="AppTitle"))
        self.text = QLabel(text, objectName="SectionTitle")
        self.detail = QLabel(objectName="Muted")
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy, of unknown length
        self.bar.setTextVisible(False)
        for widget in (self.text, self.detail, self.bar):
            layout.addWidget(widget)
        self.setFixedWidth(420)
        self.step.connect(self.detail.setText)


# --- the demo ----------------------------------------------------------------------------------

def demo_step_text(step: str, customers: int) -> str:
    return {
        "network": QApplication.translate("app", "Generating three stores and %n customer(s)…", None, customers),
        "counter": QApplication.translate("app", "Setting up this computer as a counter of the first store…"),
    }.get(step, "")


def demo_context(demo: DemoCounter, **engine_options: Any) -> ClerkContext:
    """The context over an opened demo counter (GUI thread), with the demo staff for the sign-in screen."""
    options = {"long_poll_seconds": DEMO_LONG_POLL_SECONDS, **engine_options}
    ctx = ClerkContext(demo.settings, demo.secrets, demo.device, transport=demo.switch, engine_options=options)
    ctx.demo_staff = demo.staff
    ctx.demo_password = DEMO_PASSWORD
    return ctx


def prepare_demo(folder: Path, customers: int = 2000, **engine_options: Any) -> tuple[ClerkContext, DemoCounter]:
    """Start the demo server, enroll this computer and return the started context (blocking: tests, scripts)."""
    demo = open_demo_counter(Path(folder), customers=customers)
    ctx = demo_context(demo, **engine_options)
    ctx.start()
    return ctx, demo


def open_main_window(ctx: ClerkContext, demo: DemoCounter | None = None) -> MainWindow:
    """The main window over a started context, with the Demo menu in demo mode and the idle lock, shown."""
    window = MainWindow(ctx)
    if demo is not None:
        from .demo.menu import install_demo_menu

        window.demo_menu = install_demo_menu(window, ctx, demo.server, demo.switch)
    from .session.idle import install_idle_lock

    window.idle_lock = install_idle_lock(ctx)
    window.show()
    # Everything alive now (Qt wrappers, modules, the screens) lives as long as the app. Out of the
    # collector's reach, a full collection triggered by the sync thread's allocations no longer walks
    # it while holding the GIL: that walk froze the GUI for 100+ ms several times during a first sync.
    gc.freeze()
    return window


# --- start-up, step by step on the event loop ---------------------------------------------------

def _tr(text: str) -> str:
    return QApplication.translate("app", text)


class Launcher(QObject):
    """Opens the demo or the configured device off the GUI thread, then the main window; closes all on quit."""

    def __init__(self, app: QApplication, args: argparse.Namespace, settings: config.Settings | None,
                 demo_folder: Path | None = None, customers: int = 2000) -> None:
        super().__init__(app)  # owned by the application, so it is deleted on the GUI thread
        self.app = app
        self.args = args
        self.settings = settings
        self.demo_folder = demo_folder
        self.customers = customers
        self.ctx: ClerkContext | None = None
        self.demo: DemoCounter | None = None
        self.window: MainWindow | None = None
        self.splash: Splash | None = None
        self.secrets: Any = None
        self.notices: list[str] = []
        self.failure: QMessageBox | None = None
        self.enroll_dialog: QDialog | None = None
        self.transport: Any = None  # tests: the real server through a switchable transport
        self._tried_it_code = False
        self.exit = app.exit
        app.aboutToQuit.connect(self.shutdown)

    @Slot()
    def start(self) -> None:
        if self.demo_folder is not None:
            self._show_splash(_tr("Preparing the demo store…"))
            folder, customers, splash = self.demo_folder, self.customers, self.splash
            run_task(lambda: open_demo_counter(folder, customers, lambda s: splash.step.emit(demo_step_text(s, customers))),
                     self._demo_opened)
        else:
            self._show_splash(_tr("Opening Clerk…"))
            allow_file = getattr(self.args, "secrets_file", None)

            def open_secrets() -> Any:
                from ..secrets import open_secret_store

                return open_secret_store(allow_file=allow_file)

            run_task(open_secrets, self._secrets_opened)  # the keyring can be slow: never on the GUI thread

    def _show_splash(self, text: str) -> None:
        self.splash = Splash(text)
        self.splash.show()

    def _hide_splash(self) -> None:
        if self.splash is not None:
            self.splash.hide()  # hide, not close: closing the only window would quit the app
            self.splash.deleteLater()
            self.splash = None

    def _fail(self, text: str, code: int = 1) -> None:
        """Clerk cannot open: say why in a dialog, and end when the person has read it."""
        self._hide_splash()
        self.failure = QMessageBox(QMessageBox.Icon.Critical, _tr("Clerk"), text, QMessageBox.StandardButton.Close)
        self.failure.setObjectName("StartFailure")
        self.failure.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.failure.finished.connect(lambda _result: self.exit(code))
        self.failure.open()

    # --- demo ---

    def _demo_opened(self, result: DemoCounter | None = None, error: BaseException | None = None) -> None:
        if isinstance(error, CacheInUse):
            self._fail(_tr("The Clerk demo is already open on this computer."))
            return
        if error is not None:
            log.error("the demo could not start", exc_info=error)
            self._fail(_tr("The demo could not start. The details are in Clerk's log file."))
            return
        self.demo = result
        self.ctx = demo_context(result)
        self._open_window()

    # --- a real store ---

    def _secrets_opened(self, result: Any = None, error: BaseException | None = None) -> None:
        if error is not None:
            self._fail(getattr(error, "user_message", "") or _tr("Clerk could not open its secure storage."))
            return
        self.secrets, warning = result
        if warning:
            self.notices.append(_tr("This computer has no secure storage for passwords, so you'll need to sign in "
                                    "again after restarting Clerk."))
        self._open_device()

    def _open_device(self) -> None:
        from ..sync.device import Device

        settings, secrets = self.settings, self.secrets
        run_task(lambda: Device.open(settings, secrets), self._device_opened)

    def _device_opened(self, result: Any = None, error: BaseException | None = None) -> None:
        if isinstance(error, NotEnrolled):
            if self.settings.enrollment_code and self.settings.api_url and not self._tried_it_code:
                self._enroll_with_it_code()
            else:
                self._enroll()
            return
        if isinstance(error, CacheInUse):
            self._fail(_tr("Clerk is already open on this computer. Switch to the open Clerk window."))
            return
        if error is not None:
            if not isinstance(error, ClerkError):
                log.error("the device could not be opened", exc_info=error)
            self._fail(getattr(error, "user_message", "") or _tr("Clerk could not open its saved data."))
            return
        if result.recovery is not None:
            self.notices.append(recovery_text(result.recovery))
        self.ctx = ClerkContext(self.settings, self.secrets, result)
        self._open_window()

    def _enroll_with_it_code(self) -> None:
        """IT's machine-wide settings carry an enrollment code: enroll with it now, no one's password needed."""
        from .session.enroll import enroll_with_code

        self._tried_it_code = True
        if self.splash is not None:
            self.splash.text.setText(_tr("Connecting this computer to the store…"))
        settings, secrets, path = self.settings, self.secrets, getattr(self.args, "config", None)
        code = settings.enrollment_code
        run_task(lambda: enroll_with_code(settings, secrets, code, transport=self.transport, config_path=path),
                 self._enrolled_with_it_code)

    def _enrolled_with_it_code(self, result: config.Settings | None = None, error: BaseException | None = None) -> None:
        if error is not None:
            if not isinstance(error, (ClerkError, OSError)):
                log.error("enrolling with the machine-wide enrollment code failed", exc_info=error)
            else:
                log.warning("enrolling with the machine-wide enrollment code failed: %s", type(error).__name__)
            self._enroll(error)
            return
        for name in ("store_id", "device_id", "store_name", "device_name", "api_url", "enrollment_code"):
            setattr(self.settings, name, getattr(result, name))
        self._open_device()

    def _enroll(self, error: BaseException | None = None) -> None:
        from .session.enroll import EnrollDialog

        self._hide_splash()
        self.enroll_dialog = EnrollDialog(self.settings, self.secrets, transport=self.transport, parent=None,
                                          config_path=getattr(self.args, "config", None), error=error)
        self.enroll_dialog.finished.connect(self._enroll_finished)
        self.enroll_dialog.open()  # not exec(): no nested event loop inside a task's callback

    @Slot(int)
    def _enroll_finished(self, result: int) -> None:
        dialog, self.enroll_dialog = self.enroll_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:  # Accepted: enrolled, and the settings are saved
            self.exit(0)
            return
        self._show_splash(_tr("Opening Clerk…"))
        self._open_device()

    # --- both ---

    def _open_window(self) -> None:
        self.window = open_main_window(self.ctx, self.demo)
        self._hide_splash()
        for text in self.notices:
            self.ctx.messages.warning(text)
        if os.environ.get("CLERK_REPORT_READY"):
            # benchmarks/gui_startup.py times start to an interactive window: say so once the first frame is done.
            # The process's CPU seconds so far too: on a busy machine they say more than the wall clock.
            QTimer.singleShot(0, lambda: print(f"clerk: window ready cpu={time.process_time():.3f}", flush=True))
        # Syncing starts once the first frame is painted (posted paint events go before timers): the sync
        # process's start-up (an interpreter, its imports) then does not compete with building the window.
        QTimer.singleShot(0, self.ctx.start)

    @Slot()
    def shutdown(self) -> None:
        """Stop syncing, let queued actions finish writing, then stop the demo server."""
        if self.ctx is not None:
            self.ctx.close()
        elif self.demo is not None:
            self.demo.device.close()
        if self.demo is not None:
            self.demo.close()
            self.demo = None


def recovery_text(report: Any) -> str:
    """What the clerk is told when the saved data was damaged and is downloaded again (as `clerk-app sync` says)."""
    text = QApplication.translate("app", "The saved data on this computer was damaged and is being downloaded again; "
                                         "actions waiting to sync that were kept: %n.", None, report.kept)
    if not report.all_kept:
        text += " " + _tr("Some actions waiting to sync could not be read and are lost; check them in the store system.")
    return text


def run(args: argparse.Namespace) -> int:
    """`clerk-app` (this computer's store) or `clerk-app --demo`; returns the exit code."""
    try:
        settings, failure = (None if args.demo else config.load(args.config, args={"data_dir": args.data_dir})), None
    except ValueError as exc:
        settings, failure = None, exc
    app = make_application()
    if failure is not None:
        QMessageBox.critical(None, _tr("Clerk"), str(failure))
        return 2
    language.apply(app, startup_choice(args, settings))  # IT's or the user's `language`, or --language
    data_dir = Path(args.data_dir) if args.data_dir else (settings.data_dir if settings else config.default_data_dir())
    setup_logging(data_dir / "logs")
    hook = install_excepthook(None)
    launcher = Launcher(app, args, settings, demo_folder=data_dir / "demo" if args.demo else None)
    QTimer.singleShot(0, launcher.start)
    # Ctrl+C in the terminal quits like closing the window; the timer lets Python see the signal while Qt waits.
    previous = signal.signal(signal.SIGINT, lambda *_: app.quit())
    heartbeat = QTimer(interval=300)
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start()
    try:
        return app.exec()
    finally:
        heartbeat.stop()
        signal.signal(signal.SIGINT, previous)
        hook.uninstall()
