"""The sync engine in a child process of the desktop app, so that it never competes with the screens.

In one process, the engine's Python work (decoding pages, building rows) and the GUI thread take turns
with one interpreter lock: during a first download the window froze for up to 80-160 ms at a time
(`benchmarks/gui_sync_stall.py`). In its own process the engine has an interpreter to itself, and the
screens keep theirs: they read the cache through their own connection, as before, and queue actions
through the app's write connection; SQLite's locking (WAL, BEGIN IMMEDIATE, a busy timeout) keeps the
two writers apart, each transaction whole.

The two talk over a pipe. The app sends what the child needs to start (`EngineSpec`: it holds the
device token and the cache key, so it never goes on a command line or into the environment, where other
programs on the computer could read it), then commands: wake, work offline, stop. The child reports what
`SyncCallbacks` report, plus its log lines. If the app dies, the pipe closes and the child stops; if the
child dies, the app starts a new one after a pause. Nothing is lost either way: every page and every
queued action is committed to the cache file before it counts.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import os
import threading
import traceback
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

from .connectivity import ConnectionState
from .engine import SyncCallbacks

log = logging.getLogger("clerk.sync")
RESTART_AFTER_SECONDS = 5.0  # after the child died unexpectedly: not in a tight loop if it dies at once again
STOP_GRACE_SECONDS = 10.0  # a page being written is finished, not cut off; a child that hangs is killed after


@dataclass(frozen=True)
class EngineSpec:
    """Everything the child needs to run the engine (sent over the pipe: it holds secrets)."""

    api_url: str
    ca_bundle: str | None
    cache_path: str
    cache_key: bytes
    store_id: str
    device_id: str
    device_token: str
    options: dict[str, Any] = field(default_factory=dict)  # Engine keyword arguments (page_size, ...)

    def __repr__(self) -> str:  # never the token or the key, should a spec be logged
        return f"EngineSpec(api_url={self.api_url!r}, store_id={self.store_id!r}, device_id={self.device_id!r})"


class EngineProcess:
    """The app's side: starts the child, sends it commands, and calls `callbacks` with its reports.

    The callbacks run on this object's reader thread (the Qt worker turns them into signals).
    """

    def __init__(self, spec: EngineSpec, callbacks: SyncCallbacks | None = None, *,
                 restart_after: float = RESTART_AFTER_SECONDS) -> None:
        self.spec = spec
        self.callbacks = callbacks or SyncCallbacks()
        self.restart_after = restart_after
        self.state = ConnectionState.OFFLINE
        self.restarts = 0  # children started again after one died
        self._context = multiprocessing.get_context("spawn")  # fork would copy the app's threads and Qt
        self._process: Any = None
        self._conn: Connection | None = None
        self._send_lock = threading.Lock()
        self._stopping = threading.Event()
        self._reader: threading.Thread | None = None
        self._work_offline = False

    # --- control -----------------------------------------------------------------------

    def start(self) -> None:
        """Start the child, from the reader thread: starting a process takes the caller 50-100 ms."""
        if self._reader is not None:
            return
        # At the app's exit multiprocessing ends the child (it is a daemon): not a death to recover from.
        atexit.register(self._stopping.set)
        self._reader = threading.Thread(target=self._pump, name="clerk-sync-reports", daemon=True)
        self._reader.start()

    @property
    def running(self) -> bool:
        return self._reader is not None and self._reader.is_alive()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def wake(self) -> None:
        self._send(("wake",))

    def set_work_offline(self, offline: bool) -> None:
        self._work_offline = offline  # a restarted child starts offline too
        self._send(("offline", offline))

    def stop(self, timeout: float = STOP_GRACE_SECONDS) -> bool:
        """Ask the child to finish what it is writing and exit; True when it did within `timeout`."""
        self._stopping.set()
        atexit.unregister(self._stopping.set)
        self._send(("stop",))
        process, clean = self._process, True
        if process is not None:
            process.join(timeout)
            if process.is_alive():
                # Hung (a request that ignores its timeout): a kill loses nothing, every write is a transaction.
                log.warning("the sync process did not stop in %.0f s; ending it", timeout)
                process.kill()
                process.join(5)
                clean = False
        if self._reader is not None:
            self._reader.join(5)
        if self._conn is not None:
            self._conn.close()
        return clean

    # --- inside -------------------------------------------------------------------------

    def _launch(self) -> None:
        """Start a child and send it the spec (with `_send_lock` held: stop() cannot slip in between)."""
        ours, theirs = self._context.Pipe()
        process = self._context.Process(target=child_main, args=(theirs,), name="clerk-sync", daemon=True)
        process.start()
        theirs.close()  # the child's end lives in the child now: EOF here once it exits
        self._process, self._conn = process, ours
        ours.send(("start", self.spec, self._work_offline))

    def _send(self, message: tuple[Any, ...]) -> None:
        with self._send_lock:
            if self._conn is None:
                return
            try:
                self._conn.send(message)
            except (OSError, ValueError):
                pass  # the child is gone: the reader thread notices and starts another

    def _pump(self) -> None:
        """Start the child, hand its reports to the callbacks, and start another if it dies unexpectedly."""
        first = True
        while True:
            with self._send_lock:
                if self._stopping.is_set():
                    return
                try:
                    self._launch()
                except Exception:  # noqa: BLE001 - e.g. no memory for a process: try again after a pause
                    log.exception("the sync process could not be started")
                    launched = False
                else:
                    launched = True
                    if not first:
                        self.restarts += 1
                    first = False
            if launched:
                self._read_reports()
                if self._stopping.is_set():
                    return
                code = None
                if self._process is not None:
                    self._process.join(1)
                    code = self._process.exitcode
                log.error("the sync process ended unexpectedly (exit code %s); starting it again", code)
            self.callbacks.on_log("Sync stopped unexpectedly and is starting again. Nothing queued is lost.")
            self._set_state(ConnectionState.OFFLINE)
            if self._stopping.wait(self.restart_after):
                return

    def _read_reports(self) -> None:
        """Until the child's end of the pipe closes (it exited, or died)."""
        conn = self._conn
        try:
            while True:
                message = conn.recv()
                try:
                    self._report(message)
                except Exception:  # noqa: BLE001 - a screen's bug must not stop the reports
                    log.exception("a sync report could not be handled")
        except (EOFError, OSError):
            pass
        with self._send_lock:
            conn.close()

    def _report(self, message: tuple[Any, ...]) -> None:
        kind, *args = message
        if kind == "state":
            self._set_state(ConnectionState(args[0]))
        elif kind == "progress":
            self.callbacks.on_progress(args[0], args[1])
        elif kind == "changes":
            self.callbacks.on_changes(set(args[0]))
        elif kind == "conflict":
            self.callbacks.on_conflict(args[0])
        elif kind == "log":
            self.callbacks.on_log(args[0])
        elif kind == "record":  # a log record of the child's, into the app's log
            name, level, text = args
            logging.getLogger(name).log(level, "%s", text)

    def _set_state(self, state: ConnectionState) -> None:
        if state != self.state:
            self.state = state
            self.callbacks.on_state(state)


# --- the child ---------------------------------------------------------------------------------

class _PipeLogHandler(logging.Handler):
    """The child's log records, sent to the app to be written in its log (one file, one writer)."""

    def __init__(self, send: Any) -> None:
        super().__init__()
        self._send = send

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self._send(("record", record.name, record.levelno, record.getMessage()))
        except Exception:  # noqa: BLE001 - logging must never break the sync
            pass


def child_main(conn: Connection) -> None:
    """The child process: run the engine until told to stop, or until the app's end of the pipe closes."""
    # Imported here: the parent imports this module without needing the cache or the HTTP client loaded.
    from ..api.client import ApiClient
    from ..cache import Cache
    from .engine import Engine

    lock = threading.Lock()

    def send(message: tuple[Any, ...]) -> None:
        with lock:
            conn.send(message)

    root = logging.getLogger("clerk")
    root.addHandler(_PipeLogHandler(send))
    root.setLevel(logging.INFO)  # the app's own logging settings decide what is written
    root.propagate = False
    try:
        first = conn.recv()
    except EOFError:
        return
    if first[0] != "start":
        return
    spec, offline = first[1], first[2]
    try:
        cache = Cache.open(spec.cache_path, spec.cache_key)
        api = ApiClient(spec.api_url, verify=spec.ca_bundle or True)
        api.set_device_token(spec.device_token)
        callbacks = SyncCallbacks(
            on_state=lambda state: send(("state", state.value)),
            on_progress=lambda phase, n: send(("progress", phase, n)),
            on_changes=lambda kinds: send(("changes", sorted(kinds))),
            on_conflict=lambda conflict: send(("conflict", conflict)),
            on_log=lambda line: send(("log", line)),
        )
        engine = Engine(api, cache, spec.store_id, spec.device_id, callbacks=callbacks, **spec.options)
        engine.set_work_offline(offline)
        threading.Thread(target=_obey, args=(conn, engine), name="clerk-sync-commands", daemon=True).start()
        try:
            engine.run()
        finally:
            api.close()
            cache.close()
    except Exception:  # noqa: BLE001 - into the app's log, then exit: the app starts a new child
        logging.getLogger("clerk.sync").error("the sync process failed:\n%s", traceback.format_exc())
        os._exit(1)
    # Everything is committed and closed. Exit now: a normal exit would first wait for the long-poll
    # still open on its own thread (up to its full wait), and the app waits for this process.
    os._exit(0)


def _obey(conn: Connection, engine: Any) -> None:
    """The child's command loop (its own thread, so a command reaches the engine mid-long-poll)."""
    while True:
        try:
            command, *args = conn.recv()
        except (EOFError, OSError):
            engine.stop()  # the app is gone: nobody would see what this child does
            return
        if command == "wake":
            engine.wake()
        elif command == "offline":
            engine.set_work_offline(bool(args[0]))
        elif command == "stop":
            engine.stop()
            return
