"""The long-lived sync worker: a QThread running `sync.Engine.run()`, reporting by signals.

It owns the cache's write connection through the engine. `stop()` asks the engine to finish and
waits, so the app never quits in the middle of writing a page or settling an action.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QThread, Signal

from ..sync.connectivity import ConnectionState
from ..sync.engine import Engine, SyncCallbacks


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
        callbacks = SyncCallbacks(on_state=self.state_changed.emit, on_progress=self.progress.emit,
                                  on_changes=self.changed.emit, on_conflict=self.conflict.emit,
                                  on_log=self.log_line.emit)
        self.engine: Engine = make_engine(callbacks)

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
