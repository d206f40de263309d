"""The sync engine in a child process of the desktop app, so that it never competes with the screens.

In one process, the engine's Python work (decoding pages, building rows) and the GUI thread take turns
with one interpreter lock: during a first download the window froze for up to 80-160 ms at a time
(`benchmarks/gui_sync_stall.py`). In its own process the engine has an interpreter to itself, and the
screens keep theirs: they read the cache through their own connection, as before, and queue actions
through the app's write connection; SQLite's locking (WAL, BEGIN IMMEDIATE, a busy timeout) keeps the
two writers apart, each transaction whole.

The child is the app itself, `clerk-app --sync-child`: the frozen app's own executable (it has no `python`),
or from source `python -m clerk_app --sync-child` with the app's own interpreter (`launch.self_command`). It
imports the engine, the cache and the HTTP client, nothing of Qt or of whatever script started the app. The two talk
in frames over the child's standard input and output. The app first sends what the child needs
(`EngineSpec`: it holds the device token and the cache key, so it never goes on a command line or into
the environment, where other programs on the computer could read it), then commands: wake, work
offline, stop. The child reports what `SyncCallbacks` report, plus its log records. If the app dies, the
child's input closes and it stops; if the child dies, the app starts a new one after a pause. Nothing is
lost either way: every page and every queued action is committed to the cache file before it counts.
"""

from __future__ import annotations

import atexit
import logging
import os
import pickle
import subprocess
import sys
import threading
import traceback
from dataclasses import dataclass, field
from typing import IO, Any

from .. import launch
from .connectivity import ConnectionState
from .engine import SyncCallbacks

log = logging.getLogger("clerk.sync")
RESTART_AFTER_SECONDS = 5.0  # after the child died unexpectedly: not in a tight loop if it dies at once again
STOP_GRACE_SECONDS = 10.0  # a page being written is finished, not cut off; a child that hangs is killed after
_HEADER = 4  # bytes of a frame's length
SYNC_CACHE_KIB = 16384  # the child's SQLite page cache
# The child yields the processor to the window: during a first download its two busy threads (one
# preparing pages, one writing them) would otherwise share a two-core counter PC evenly with the
# window's, and stretch its repaints. A download that waits a moment costs nobody anything.
SYNC_NICENESS = 10


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


# --- frames: a 4-byte length, then a pickle (between the app and its own child, never anything else) ------

def write_frame(stream: IO[bytes], message: Any) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(len(data).to_bytes(_HEADER, "big") + data)
    stream.flush()


def read_frame(stream: IO[bytes]) -> Any:
    """The next message; EOFError when the other side has closed (exited, or died)."""
    head = stream.read(_HEADER)
    if len(head) < _HEADER:
        raise EOFError
    size = int.from_bytes(head, "big")
    data = stream.read(size)
    if len(data) < size:
        raise EOFError
    return pickle.loads(data)  # noqa: S301 - written by this app's own child (or parent), over a private pipe


# --- the app's side ----------------------------------------------------------------------------

class EngineProcess:
    """Starts the child, sends it commands, and calls `callbacks` with its reports.

    The callbacks run on this object's reader thread (the Qt worker turns them into signals).
    """

    def __init__(self, spec: EngineSpec, callbacks: SyncCallbacks | None = None, *,
                 restart_after: float = RESTART_AFTER_SECONDS) -> None:
        self.spec = spec
        self.callbacks = callbacks or SyncCallbacks()
        self.restart_after = restart_after
        self.state = ConnectionState.OFFLINE
        self.restarts = 0  # children started again after one died
        self._child: subprocess.Popen[bytes] | None = None
        self._send_lock = threading.Lock()
        self._stopping = threading.Event()
        self._reader: threading.Thread | None = None
        self._work_offline = False

    # --- control -----------------------------------------------------------------------

    def start(self) -> None:
        """Start the child, from the reader thread: starting a process takes the caller 50-100 ms."""
        if self._reader is not None:
            return
        atexit.register(self.stop, 2.0)  # the app exits without closing: the child finishes its page and goes
        self._reader = threading.Thread(target=self._pump, name="clerk-sync-reports", daemon=True)
        self._reader.start()

    @property
    def running(self) -> bool:
        return self._reader is not None and self._reader.is_alive()

    @property
    def pid(self) -> int | None:
        return self._child.pid if self._child is not None else None

    @property
    def exit_code(self) -> int | None:
        """The current child's exit code; None while it runs (or before one started)."""
        return self._child.poll() if self._child is not None else None

    def wake(self) -> None:
        self._send(("wake",))

    def set_work_offline(self, offline: bool) -> None:
        self._work_offline = offline  # a restarted child starts offline too
        self._send(("offline", offline))

    def stop(self, timeout: float = STOP_GRACE_SECONDS) -> bool:
        """Ask the child to finish what it is writing and exit; True when it did within `timeout`."""
        self._stopping.set()
        atexit.unregister(self.stop)
        self._send(("stop",))
        child, clean = self._child, True
        if child is not None:
            try:
                child.wait(timeout)
            except subprocess.TimeoutExpired:
                # Hung (a request that ignores its timeout): a kill loses nothing, every write is a transaction.
                log.warning("the sync process did not stop in %.0f s; ending it", timeout)
                child.kill()
                child.wait(5)
                clean = False
        if self._reader is not None and self._reader is not threading.current_thread():
            self._reader.join(5)
        return clean

    # --- inside -------------------------------------------------------------------------

    def _launch(self) -> None:
        """Start a child and send it the spec (with `_send_lock` held: stop() cannot slip in between)."""
        # The child finds this same clerk_app, installed, frozen or not. Nothing secret is in its command
        # line or environment: the spec goes over the pipe, below.
        child = subprocess.Popen(
            launch.self_command(launch.SYNC_CHILD), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            env=launch.child_env(), creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
        self._child = child
        write_frame(child.stdin, ("start", self.spec, self._work_offline))

    def _send(self, message: tuple[Any, ...]) -> None:
        with self._send_lock:
            child = self._child
            if child is None or child.stdin is None:
                return
            try:
                write_frame(child.stdin, message)
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
                code = self._reap()
                if self._stopping.is_set():
                    return
                log.error("the sync process ended unexpectedly (exit code %s); starting it again", code)
            self.callbacks.on_log("Sync stopped unexpectedly and is starting again. Nothing queued is lost.")
            self._set_state(ConnectionState.OFFLINE)
            if self._stopping.wait(self.restart_after):
                return

    def _read_reports(self) -> None:
        """Until the child's output closes (it exited, or died)."""
        child = self._child
        assert child is not None and child.stdout is not None
        try:
            while True:
                message = read_frame(child.stdout)
                try:
                    self._report(message)
                except Exception:  # noqa: BLE001 - a screen's bug must not stop the reports
                    log.exception("a sync report could not be handled")
        except (EOFError, OSError, pickle.UnpicklingError):
            pass

    def _reap(self) -> int | None:
        """Wait for the child that closed its output, and close its pipes; its exit code."""
        child = self._child
        if child is None:
            return None
        try:
            code = child.wait(1)
        except subprocess.TimeoutExpired:
            child.kill()  # its output is closed but it lingers: it cannot report any more
            code = child.wait(5)
        with self._send_lock:
            for pipe in (child.stdin, child.stdout):
                if pipe is not None:
                    try:
                        pipe.close()
                    except OSError:
                        pass  # a write still buffered for a dead child
        return code

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
        except Exception:  # noqa: BLE001, S110 - logging must never break the sync (and has nowhere to go)
            pass


def child_main(commands: IO[bytes], reports: IO[bytes]) -> int:
    """The child process: run the engine until told to stop, or until the app's end of the pipe closes."""
    from ..api.client import ApiClient
    from ..cache import Cache
    from .engine import Engine

    lock = threading.Lock()

    def send(message: tuple[Any, ...]) -> None:
        with lock:
            write_frame(reports, message)

    root = logging.getLogger("clerk")
    root.addHandler(_PipeLogHandler(send))
    root.setLevel(logging.INFO)  # the app's own logging settings decide what is written
    root.propagate = False
    try:
        first = read_frame(commands)
    except EOFError:
        return 0
    if first[0] != "start":
        return 2
    spec, offline = first[1], first[2]
    try:
        cache = Cache.open(spec.cache_path, spec.cache_key)
        # A smaller page cache than the app's reader gets: writing pages in order needs little of it, and
        # the two processes together stay within the app's memory budget with a million customers cached.
        cache.connection.execute(f"PRAGMA cache_size = -{SYNC_CACHE_KIB}")
        api = ApiClient(spec.api_url, verify=spec.ca_bundle or True)
        api.set_device_token(spec.device_token)
        callbacks = SyncCallbacks(
            on_state=lambda state: send(("state", state.value)),
            on_progress=lambda phase, n: send(("progress", phase, n)),
            on_changes=lambda kinds: send(("changes", sorted(kinds))),
            on_conflict=lambda conflict: send(("conflict", conflict)),
            on_log=lambda line: send(("log", line)),
        )
        engine = Engine(api, cache, spec.store_id, spec.device_id, callbacks=callbacks, pause_collector=True,
                        **spec.options)
        engine.set_work_offline(offline)
        threading.Thread(target=_obey, args=(commands, engine), name="clerk-sync-commands", daemon=True).start()
        try:
            engine.run()
        finally:
            api.close()
            cache.close()
    except Exception:  # noqa: BLE001 - into the app's log, then exit: the app starts a new child
        logging.getLogger("clerk.sync").error("the sync process failed:\n%s", traceback.format_exc())
        return 1
    return 0


def _obey(commands: IO[bytes], engine: Any) -> None:
    """The child's command loop (its own thread, so a command reaches the engine mid-long-poll)."""
    while True:
        try:
            command, *args = read_frame(commands)
        except (EOFError, OSError, pickle.UnpicklingError):
            engine.stop()  # the app is gone: nobody would see what this child does
            return
        if command == "wake":
            engine.wake()
        elif command == "offline":
            engine.set_work_offline(bool(args[0]))
        elif command == "stop":
            engine.stop()
            return


def child_entry() -> int:
    """`clerk-app --sync-child` (cli.py): the child's whole life; it ends the process when done."""
    if hasattr(os, "nice"):  # POSIX; on Windows the child keeps the normal priority (see the README)
        os.nice(SYNC_NICENESS)
    # Frames go out on the original standard output; anything a library prints goes to stderr instead,
    # where it cannot corrupt them.
    # (By descriptor: a windowed frozen app on Windows may have no sys.stdout or sys.stderr objects, though
    # its pipes are there.)
    reports = os.fdopen(os.dup(1), "wb")
    if sys.stderr is not None:
        os.dup2(sys.stderr.fileno(), 1)
    else:
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    commands = os.fdopen(0, "rb", closefd=False)
    code = child_main(commands, reports)
    if sys.stdout is not None:
        sys.stdout.flush()
    reports.flush()
    # Everything is committed and closed. Exit now: a normal exit would first wait for the long-poll
    # still open on its own thread (up to its full wait), and the app waits for this process.
    os._exit(code)


if __name__ == "__main__":  # `python -m clerk_app.sync.process` still works
    child_entry()
