"""One background helper: `run_task(fn, on_done)` runs `fn` on the thread pool and calls
`on_done(result=..., error=...)` back on the GUI thread (Picard's pattern). The worker never touches a widget."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger("clerk.ui.tasks")


class _Relay(QObject):
    """Lives on the GUI thread; a queued signal carries the result back to it."""

    finished = Signal(object, object)

    def __init__(self, on_done: Callable[..., None] | None) -> None:
        super().__init__()
        self._on_done = on_done
        self.finished.connect(self._deliver)

    @Slot(object, object)
    def _deliver(self, result: Any, error: Any) -> None:
        _pending.discard(self)
        if self._on_done is None:
            return
        owner = getattr(self._on_done, "__self__", None) or getattr(getattr(self._on_done, "func", None), "__self__", None)
        if isinstance(owner, QObject) and not shiboken6.isValid(owner):
            return  # the screen that asked was rebuilt (another language) or closed: nobody to tell
        self._on_done(result=result, error=error)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result, error = self._fn(), None
        except Exception as exc:  # noqa: BLE001 - every failure goes back to the caller, who decides what to say
            if not getattr(exc, "user_message", None):
                log.exception("background task failed")
            result, error = None, exc
        self._relay.finished.emit(result, error)


_pending: set[_Relay] = set()  # relays waiting for their task; kept alive until it reports


def run_task(fn: Callable[[], Any], on_done: Callable[..., None] | None = None, *, pool: QThreadPool | None = None) -> None:
    """Run `fn()` off the GUI thread; `on_done(result=, error=)` runs on the GUI thread afterwards."""
    relay = _Relay(on_done)
    _pending.add(relay)
    (pool or QThreadPool.globalInstance()).start(_Task(fn, relay))


def wait_for_tasks(pool: QThreadPool | None = None, msecs: int = 10_000) -> bool:
    """Block until queued tasks finish (at shutdown, so no queued action is cut off mid-write)."""
    return (pool or QThreadPool.globalInstance()).waitForDone(msecs)
