"""Running the API with uvicorn: in the foreground (`clerk-api serve`) or in a background thread
(the demo and the integration tests, on loopback)."""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import threading
import time
from collections.abc import Iterator

import uvicorn
from fastapi import FastAPI

from .app import quiet_access_log
from .db import Database
from .feed import sweep
from .limits import FileLimit, current_file_limit
from .security import Clock
from .transport import http_protocol, worker_loop

log = logging.getLogger("central_api")


def tcp_socket(host: str) -> socket.socket:
    """A listening TCP socket's socket object, made with its protocol named.

    asyncio turns Nagle's algorithm off (TCP_NODELAY) only on sockets whose protocol is IPPROTO_TCP, and a
    socket made with the default protocol 0 (as uvicorn binds one for its workers) has not: uvicorn
    writes a reply's headers and body apart, so the body then waited for the client's delayed ACK,
    40 ms a reply.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    return sock


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


class _ThreadServer(uvicorn.Server):
    def install_signal_handlers(self) -> None:  # the main thread owns signals
        pass


class BackgroundServer:
    """A uvicorn server on its own thread; `url` is ready once `start()` returns."""

    def __init__(self, app: FastAPI, host: str = "127.0.0.1", port: int | None = None) -> None:
        self.app = app
        self.host = host
        # Bind now and hand uvicorn the socket: picking a free port and binding it later races with
        # every other server started meanwhile (parallel tests, helpers on the same machine).
        self._socket = tcp_socket(host)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind((host, port or 0))
        self.port = self._socket.getsockname()[1]
        # A held long-poll must not keep a stopping server (tests, the demo) waiting its full 30 s.
        config = uvicorn.Config(app, host=host, port=self.port, log_level="warning", access_log=False, lifespan="off",
                                timeout_graceful_shutdown=1, http=http_protocol())
        self._server = _ThreadServer(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._socket]},
                                        name="central-api", daemon=True)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 30.0) -> BackgroundServer:
        quiet_access_log()
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the API server did not start on {self.url}")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        # Held long-polls answer now (uvicorn would wait for them); then uvicorn stops.
        watcher = getattr(self.app.state, "feed_watcher", None)
        if watcher is not None:
            watcher.close_threadsafe()
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self._socket.close()


@contextlib.contextmanager
def serve_in_thread(app: FastAPI, host: str = "127.0.0.1", port: int | None = None) -> Iterator[BackgroundServer]:
    server = BackgroundServer(app, host, port).start()
    try:
        yield server
    finally:
        server.stop()


def start_maintenance(database: Database, clock: Clock, every_seconds: float = 3600) -> threading.Thread:
    """Expire what left the stores' scopes and purge old tombstones now, then every hour."""

    def loop() -> None:
        while True:
            try:
                with database.write() as conn:
                    swept = sweep(conn, int(clock.time()))
                log.info("feed maintenance: %s", swept)
            except Exception:  # keep serving; the next round tries again
                log.exception("feed maintenance failed")
            time.sleep(every_seconds)

    thread = threading.Thread(target=loop, name="feed-maintenance", daemon=True)
    thread.start()
    return thread


WORKER_ENV = {"db": "CLERK_API_DB", "max_offline_hours": "CLERK_API_MAX_OFFLINE_HOURS",
              "min_client_version": "CLERK_API_MIN_CLIENT_VERSION"}
BACKLOG = 4096  # a chain's counters reconnect together after a restart; uvicorn's default is 2048
# Held long-polls are answered at once when the server stops (watch.py); this is for the requests
# still being worked on (a batch of mutations).
GRACEFUL_SECONDS = 3


def _uvicorn_options(limit: FileLimit | None) -> dict:
    # Past the open-file limit, accepting fails and clients hang; short of it, uvicorn answers 503 and
    # the counter retries later.
    return {"log_level": "info", "access_log": False, "lifespan": "off", "timeout_graceful_shutdown": GRACEFUL_SECONDS,
            "http": http_protocol(), "backlog": BACKLOG, "limit_concurrency": limit.connections if limit else None}


def serve_forever(app: FastAPI, host: str, port: int, limit: FileLimit | None = None) -> None:
    """One process: `app` on host:port until SIGTERM or Ctrl+C."""
    quiet_access_log()
    app.state.file_limit = limit
    uvicorn.run(app, host=host, port=port, **_uvicorn_options(limit))


def serve_workers(db_url: str, host: str, port: int, workers: int, max_offline_hours: int,
                  limit: FileLimit | None = None, min_client_version: str | None = None) -> None:
    """`workers` processes on one port (uvicorn's supervisor, which restarts a worker that dies); each
    makes its own app with `worker_app`, and so its own database pool and feed watcher."""
    import inspect

    from uvicorn.supervisors import Multiprocess

    quiet_access_log()
    os.environ[WORKER_ENV["db"]] = db_url
    os.environ[WORKER_ENV["max_offline_hours"]] = str(max_offline_hours)
    os.environ[WORKER_ENV["min_client_version"]] = min_client_version or ""
    config = uvicorn.Config("central_api.server:worker_app", factory=True, host=host, port=port, workers=workers,
                            loop=worker_loop(), **_uvicorn_options(limit))
    # Bound here rather than by uvicorn (`tcp_socket` says why); the workers inherit it.
    sock = tcp_socket(host)
    sock.bind((host, port))
    sock.set_inheritable(True)
    log.info("Clerk API running on http://%s:%d with %d workers (Press CTRL+C to quit)", host, sock.getsockname()[1], workers)
    if "target" in inspect.signature(Multiprocess).parameters:  # older uvicorn versions took the worker's target too
        Multiprocess(config, target=uvicorn.Server(config).run, sockets=[sock]).run()
    else:
        Multiprocess(config, sockets=[sock]).run()


def worker_app() -> FastAPI:
    """The app of one worker process of `serve_workers` (the parent made the schema already)."""
    from .app import create_app

    quiet_access_log()
    app = create_app(Database(os.environ[WORKER_ENV["db"]]), create_schema=False,
                     max_offline_hours=int(os.environ[WORKER_ENV["max_offline_hours"]]),
                     min_client_version=os.environ.get(WORKER_ENV["min_client_version"]) or None)
    app.state.file_limit = current_file_limit()
    return app
