"""`ClerkContext`: what every screen shares — the device, the GUI's read-only cache, the staff session,
the sync worker, and the signals that tell screens something changed.

Screens read through `ctx.reader` (a read-only connection: indexed, LIMITed queries, milliseconds)
and never write: an action goes through `ctx.perform(...)`, which runs it on the thread pool against
the write connection, then tells every screen what changed. Network look-ups go through
`ctx.lookup(...)` on the thread pool too, with the staff token.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx
from PySide6.QtCore import QObject, Signal

from ... import config
from ...api.client import ApiClient
from ...cache import Cache
from ...errors import ClerkError
from ...secrets import SecretStore
from ...sync.actions import Actions
from ...sync.connectivity import ConnectionState
from ...sync.device import Device, cache_path
from .messages import Messages
from .names import Names
from .sync_worker import ProcessSyncWorker, SyncWorker
from .tasks import run_task, wait_for_tasks

log = logging.getLogger("clerk.ui")
IN_PROCESS_PAGE_SIZE = 500


def _utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class ClerkContext(QObject):
    cache_changed = Signal(object)  # set of entity kinds ("pickup", "customer", "note", ...) changed in the cache
    staff_changed = Signal(object)  # the signed-in staff dict, or None when signed out
    lock_requested = Signal()  # idle time ran out, or someone pressed Lock
    navigate = Signal(str, str, object)  # kind ("customer", "pickup", "activity"), id, extras (dict)
    state_changed = Signal(object)  # ConnectionState
    conflict = Signal(object)  # a rejected action with the server's view
    sync_log = Signal(str)  # a line for the Activity screen's sync log

    def __init__(self, settings: config.Settings, secrets: SecretStore, device: Device, *,
                 transport: httpx.BaseTransport | None = None, now: Callable[[], datetime] = _utc_now,
                 engine_options: dict[str, Any] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.secrets = secrets
        self.device = device
        self.store_id: str = settings.store_id or ""
        self.store_name: str = settings.store_name or self.store_id
        self.now = now
        self.messages = Messages(self)
        self.transport = transport
        # The GUI thread's own connection: WAL lets it read while the sync worker writes.
        self.reader = Cache.open(cache_path(settings), device.key, read_only=True)
        # Store and staff names, remembered until the feed brings new ones: connected before any screen, so a
        # screen refreshing on the same signal already reads the new names.
        self.names = Names(self.reader)
        self.cache_changed.connect(self.names.forget)
        # Live look-ups carry the staff token; sync carries the device token (device.api).
        self.staff_api = ApiClient(settings.api_url, verify=settings.ca_bundle or True, transport=transport)
        self.sync: SyncWorker | ProcessSyncWorker
        if transport is None:
            # The engine in its own process: a first download never holds up the window (sync.process).
            self.sync = ProcessSyncWorker(device.engine_spec(**(engine_options or {})))
        else:
            # An in-process transport (the demo's connection switch, the tests') stays in this process,
            # and so does the engine. Pages of 500 then: each is decoded in one piece while holding the
            # interpreter lock, and the GUI thread waits for it.
            options = {"page_size": IN_PROCESS_PAGE_SIZE, **(engine_options or {})}
            self.sync = SyncWorker(lambda callbacks: device.engine(callbacks, **options))
        self.actions = Actions(device.cache, wake=self.sync.wake, now=now)
        self.staff: dict[str, Any] | None = None
        self.offline_policy: dict[str, Any] = {"max_offline_hours": 72}
        self.signed_in_offline = False  # unlocked with the offline verifier: no staff token for live look-ups
        # Demo mode only: the demo staff to list on the sign-in screen, and their shared password.
        self.demo_staff: list[dict[str, Any]] | None = None
        self.demo_password: str | None = None
        self.sync.state_changed.connect(self.state_changed)
        self.sync.changed.connect(self.cache_changed)
        self.sync.conflict.connect(self._on_conflict)
        self.sync.log_line.connect(self.sync_log)
        self._closed = False

    # --- lifecycle ------------------------------------------------------------------------

    def start(self) -> None:
        """Start syncing (the device token is enough; nobody needs to be signed in for the cache to stay fresh)."""
        if not self._closed and not self.sync.isRunning():
            self.sync.start()

    def close(self) -> None:
        """Stop syncing after the current step, let queued actions finish writing, then close everything."""
        if self._closed:
            return
        self._closed = True
        self.blockSignals(True)  # a report still queued from the sync thread must not reach a screen now
        self.sync.stop()
        wait_for_tasks()
        self.staff_api.close()
        self.reader.close()
        self.device.close()

    @property
    def closed(self) -> bool:
        """True once closing began: timers of screens check it before reading the cache."""
        return self._closed

    # --- who is signed in -------------------------------------------------------------------

    @property
    def is_manager(self) -> bool:
        return bool(self.staff) and self.staff.get("role") == "manager"

    def set_staff(self, staff: dict[str, Any] | None, *, offline: bool = False) -> None:
        self.staff = staff
        self.signed_in_offline = offline and staff is not None
        self.staff_changed.emit(staff)

    @property
    def connection_state(self) -> ConnectionState:
        return self.sync.state

    # --- doing things off the GUI thread ----------------------------------------------------

    def perform(self, action: Callable[[], Any], *, changes: set[str],
                on_done: Callable[[Any], None] | None = None, on_error: Callable[[ClerkError], None] | None = None) -> None:
        """Run a queued action (an `Actions` call: outbox row + optimistic effect) on the thread pool.

        On success every screen hears `cache_changed(changes)` and `on_done(result)` runs; a refusal
        (a rule the action broke, a full disk) is told in the clerk's words, or handed to `on_error`.
        """
        def done(result: Any = None, error: BaseException | None = None) -> None:
            if error is not None:
                self._report(error, on_error)
                return
            self.cache_changed.emit(set(changes) | {"outbox"})
            if on_done is not None:
                on_done(result)

        run_task(action, done)

    def lookup(self, fn: Callable[[ApiClient], Any], on_done: Callable[[Any], None],
               on_error: Callable[[ClerkError], None] | None = None) -> None:
        """A live look-up with the staff token (search, a customer's cart), off the GUI thread."""
        def done(result: Any = None, error: BaseException | None = None) -> None:
            if error is not None:
                self._report(error, on_error)
            else:
                on_done(result)

        run_task(lambda: fn(self.staff_api), done)

    def _report(self, error: BaseException, on_error: Callable[[ClerkError], None] | None) -> None:
        if isinstance(error, ClerkError):
            if on_error is not None:
                on_error(error)
            else:
                self.messages.error(error.user_message)
            return
        # Not one of ours: a bug. The crash hook logs it and shows the calm dialog; nothing queued is lost.
        raise error

    def _on_conflict(self, item: dict[str, Any]) -> None:
        self.conflict.emit(item)
        self.cache_changed.emit({"conflict", "outbox"})
        self.messages.warning(self.tr("An action could not be applied by the store server. See Activity."))
