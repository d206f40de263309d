"""Exponential backoff with full jitter, so a store full of counters does not retry in lock-step."""

from __future__ import annotations

import random


class Backoff:
    def __init__(self, base: float = 1.0, cap: float = 120.0, rng: random.Random | None = None) -> None:
        self.base = base
        self.cap = cap
        self.failures = 0
        self._rng = rng or random.Random()

    def next_delay(self, at_least: float | None = None) -> float:
        """The wait before the next try: random in [0, base * 2^failures], capped; a server's
        Retry-After is honoured as a floor."""
        ceiling = min(self.cap, self.base * (2 ** self.failures))
        self.failures += 1
        delay = self._rng.uniform(ceiling / 2, ceiling)
        return max(delay, at_least or 0.0)

    def reset(self) -> None:
        self.failures = 0
