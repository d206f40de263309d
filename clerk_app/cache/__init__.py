"""The encrypted local cache: entities, search, screen queries, the outbox and conflicts (no Qt, no network)."""

from .lock import CacheLock
from .recovery import RecoveryReport
from .store import Cache

__all__ = ["Cache", "CacheLock", "RecoveryReport"]
