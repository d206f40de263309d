"""The long-lived sync worker, reporting by signals: the engine in a child process, or on a QThread.

`ProcessSyncWorker` is the desktop app's: the engine runs in its own process (`sync.process`), so a
first download never makes the window wait for the interpreter lock. `SyncWorker` runs the engine on a
QThread in this process, for a counter whose network is an in-process transport (the demo's switch
that cuts the connection, and the tests'), which a child process could not share.

Both own nothing the screens use: the screens read through their own connection. `stop()` asks the
engine to finish and waits, so the app never quits in the middle of writing a page or settling an action.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from ...sync.connectivity import ConnectionState
from ...sync.engine import Engine, SyncCallbacks
from ...sync.process import EngineProcess, EngineSpec


def _emitting(worker: Any) -> SyncCallbacks:
    """Callbacks that emit the worker's signals (from whichever thread calls them: Qt queues them to the screens)."""
    return SyncCallbacks(on_state=worker.state_changed.emit, on_progress=worker.progress.emit,
                         on_changes=worker.changed.emit, on_conflict=worker.conflict.emit,
                         on_log=worker.log_line.emit)


class SyncWorker(QThread):
    state_changed = Signal(object)  # ConnectionState
    progress = Signal(str, int)  # phase, records so far
    changed = Signal(object)  # set of entity kinds that changed in the cache
    conflict = Signal(object)  # dict: the rejected action and the server's view
    log_line = Signal(str)

    def __init__(self, make_engine: Any, parent: Any = None) -> None:
        """`make_engine(callbacks)` returns the Engine; the worker gives it callbacks that emit signals."""
        super().__init__(parent)
        self.setObjectName("clerk-sync")
        self.engine: Engine = make_engine(_emitting(self))

    @property
    def state(self) -> ConnectionState:
        return self.engine.state

    def run(self) -> None:
        self.engine.run()

    def wake(self) -> None:
        self.engine.wake()

    def set_work_offline(self, offline: bool) -> None:
        self.engine.set_work_offline(offline)

    def stop(self, msecs: int = 30_000) -> bool:
        self.engine.stop()
        return self.wait(msecs)


class ProcessSyncWorker(QObject):
    """The same face as `SyncWorker`, over the engine in a child process."""

    state_changed = Signal(object)
    progress = Signal(str, int)
    changed = Signal(object)
    conflict = Signal(object)
    log_line = Signal(str)

    def __init__(self, spec: EngineSpec, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("clerk-sync")
        self.process = EngineProcess(spec, _emitting(self))

    @property
    def state(self) -> ConnectionState:
        return self.process.state

    def start(self) -> None:
        self.process.start()

    def isRunning(self) -> bool:  # noqa: N802 - QThread's name, which the context calls
        return self.process.running

    def wake(self) -> None:
        self.process.wake()

    def set_work_offline(self, offline: bool) -> None:
        self.process.set_work_offline(offline)

    def stop(self, msecs: int = 30_000) -> bool:
        return self.process.stop(msecs / 1000)
