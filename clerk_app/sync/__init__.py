"""The sync engine: pull the store's changes, push the outbox, report state. No Qt."""

from .connectivity import ConnectionState
from .engine import Engine, SyncCallbacks, SyncReport

__all__ = ["ConnectionState", "Engine", "SyncCallbacks", "SyncReport"]
