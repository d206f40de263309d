"""Long refreshes spread over turns of the event loop, so the window answers between their steps.

A screen that refreshes while a download writes the cache reads, works out and repaints a lot at once
(the dashboard: about 50 ms of work and as much painting). Written as a generator that yields between
steps, the refresh runs one step per turn: Qt paints and handles input in between, and no single turn
holds the window up for long. A newer run replaces one still under way (it would show older data).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QTimer

# Between two steps. Not 0: Qt may run a zero-time timer before the paint and the timers already due, and
# the two steps would then hold the window up as one.
PAUSE_MS = 8


class Turns:
    """Runs `steps()` generators for `owner`, one step per event-loop turn, the newest only."""

    def __init__(self, owner: QObject, steps: Callable[[], Iterator[None]]) -> None:
        self.owner = owner
        self.steps = steps
        self._current: Iterator[None] | None = None

    def run_now(self) -> None:
        """All steps at once (a caller that needs the result before it goes on)."""
        self._current = None
        for _ in self.steps():
            pass

    def start(self) -> None:
        """Begin a run; a run still under way stops where it is."""
        run = self.steps()
        self._current = run
        self._advance(run)

    @property
    def running(self) -> bool:
        return self._current is not None

    def _advance(self, run: Iterator[None]) -> None:
        if run is not self._current:
            return  # replaced by a newer run
        try:
            next(run)
        except StopIteration:
            self._current = None
            return
        # With the owner as context: if the screen is deleted meanwhile, the rest never runs.
        QTimer.singleShot(PAUSE_MS, self.owner, lambda: self._advance(run))
