"""Python's cycle collector, run on the GUI thread only.

Qt wrappers caught in a reference cycle (a widget and a lambda connected to its own signal, a dialog that keeps
itself) are freed when the cycle collector runs, by whichever thread's allocation sets it off: a look-up's
worker thread, the demo's server, an in-process sync thread. A Qt object freed off its own thread, or from inside
Qt's dispatch of another event, crashes the whole window (seen as "Segmentation fault ... Garbage-collecting").
So while the window runs, the automatic collector is off and a timer on the GUI thread does its work between
events: every half second it collects the generations whose counts passed their thresholds, as the automatic
collector would have at its next allocation (the approach pyqtgraph's GarbageCollector takes).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Owns the collector while it lives: off for every thread, run from the GUI thread's event loop."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.setObjectName("clerk-gui-thread-collector")
        self._was_on = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self, interval=interval_ms, timeout=self.collect_due)
        self._timer.start()

    def collect_due(self) -> int:
        """Collect the generations that are due; returns the oldest one collected, or -1 when none was."""
        thresholds, counts = gc.get_threshold(), gc.get_count()
        oldest = -1
        for generation in range(3):
            if counts[generation] <= thresholds[generation]:
                break
            oldest = generation
        if oldest >= 0:
            gc.collect(oldest)
        return oldest

    def stop(self) -> None:
        """Hand the collector back as it was (a test's teardown; the app simply ends)."""
        self._timer.stop()
        self.setParent(None)  # `install` makes a new one next time
        if self._was_on:
            gc.enable()


def install(app: QCoreApplication) -> GuiThreadCollector:
    """The app's collector, made once; `app` is the QApplication, whose thread is the GUI thread."""
    found = app.findChild(GuiThreadCollector, "clerk-gui-thread-collector")
    return found if found is not None else GuiThreadCollector(app)
