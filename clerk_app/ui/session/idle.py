"""Idle auto-lock: after `idle_lock_minutes` without keyboard, mouse or touch input, ask for the lock screen.

The watcher is an application-wide event filter. Input only records when it happened (a mouse move
is one clock read, not a timer restart); the single-shot timer, when it fires early because there
was input meanwhile, waits again for the rest of the time. Every event of the application passes the
filter, so code that sends thousands of them at once without any input among them (the window rebuilt
in another language) takes the filters out meanwhile: `with paused(): ...`.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import shiboken6
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress, QEvent.Type.TabletMove,
})


class IdleWatcher(QObject):
    """Emits `ctx.lock_requested` once after `timeout_ms` without input while someone is signed in."""

    def __init__(self, ctx: Any, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else ctx)
        self.ctx = ctx
        self.timeout_ms = max(1, int(timeout_ms))
        self._since_input = QElapsedTimer()
        self._since_input.start()
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._check)
        self._app = QApplication.instance()
        self._app.installEventFilter(self)
        self._filtering = True
        _watchers.add(self)
        ctx.staff_changed.connect(self._restart)
        self._timer.start(self.timeout_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._since_input.restart()
            if not self._timer.isActive():  # it had fired (screen locked); input starts the wait again
                self._timer.start(self.timeout_ms)
        return False  # only watching: the event goes on to its widget

    def _restart(self, *_args: Any) -> None:
        self._since_input.restart()
        self._timer.start(self.timeout_ms)

    def _check(self) -> None:
        if self.ctx.closed:
            return
        remaining = self.timeout_ms - self._since_input.elapsed()
        if remaining > 0:
            self._timer.start(remaining)
            return
        if self.ctx.staff is not None:
            self.ctx.lock_requested.emit()
        # No restart: the next input (typing the password on the lock screen) starts the wait again.

    def set_minutes(self, minutes: float) -> None:
        """Another time to wait (the Preferences dialog), counted from now."""
        self.timeout_ms = max(1, int(minutes * 60_000))
        self._restart()

    def stop(self) -> None:
        """Stop watching (the filter is also removed when the watcher is deleted)."""
        self._timer.stop()
        self._filtering = False
        _watchers.discard(self)
        if self._app is not None:
            self._app.removeEventFilter(self)


_watchers: weakref.WeakSet[IdleWatcher] = weakref.WeakSet()


_paused = 0  # how deep inside `paused()` blocks: only the outermost takes the filters out and puts them back


@contextmanager
def paused() -> Iterator[None]:
    """No watcher's filter for the events sent inside the block. For synchronous work only: input that arrives
    meanwhile waits in the window system's queue until the block has ended (and the filters are back)."""
    global _paused
    _paused += 1
    watching = []
    if _paused == 1:
        watching = [w for w in list(_watchers) if w._filtering and w._app is not None and shiboken6.isValid(w)]
        for watcher in watching:
            watcher._app.removeEventFilter(watcher)
    try:
        yield
    finally:
        _paused -= 1
        for watcher in watching:
            if watcher._filtering and shiboken6.isValid(watcher):
                watcher._app.installEventFilter(watcher)


def install_idle_lock(ctx: Any, minutes: float | None = None) -> IdleWatcher:
    """Lock after `minutes` (default: the `idle_lock_minutes` setting) without input; the watcher lives with ctx."""
    minutes = ctx.settings.idle_lock_minutes if minutes is None else minutes
    return IdleWatcher(ctx, int(minutes * 60_000))
