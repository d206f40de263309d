"""The FastAPI application: routes, problem+json handlers, and the state routes read."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import Depends, FastAPI
from starlette.types import Receive, Scope, Send

from . import __version__
from .auth import DeviceReader
from .db import Database
from .pages import PageReader, read_thread
from .problems import install_handlers
from .routes import auth_routes, customer_routes, ops_routes, stock_routes, store_routes, sync_routes
from .routes.changes_fast_path import ChangesFastPath
from .routes.common import utf8_body
from .routes.responses import install_openapi
from .security import Clock
from .versions import MinimumClientVersion, parse_version
from .watch import FeedWatcher

DEFAULT_MAX_OFFLINE_HOURS = 72


def create_app(database: Database | str, *, clock: Clock | None = None,
               max_offline_hours: int = DEFAULT_MAX_OFFLINE_HOURS, create_schema: bool = True,
               min_client_version: str | None = None, watch_interval: float = 0.1) -> FastAPI:
    """The API over `database`. `min_client_version`: Clerk counters older than this are answered 426
    `unsupported-version` (see versions.py); `app.state.min_client_version` can change it while running."""
    if min_client_version is not None:
        parse_version(min_client_version)  # a typo must stop the start, not lock every counter out
    if isinstance(database, str):
        database = Database(database)
    if create_schema:
        database.create_schema()
        reconcile_chain(database, clock or Clock())
    app = CentralApi(
        title="Clerk central API",
        version=__version__,
        description="The contract between the Clerk desktop app and the retailer's systems (API.md).",
        dependencies=[Depends(utf8_body)],
    )
    app.state.database = database
    app.state.clock = clock or Clock()
    app.state.max_offline_hours = max_offline_hours
    app.state.min_client_version = min_client_version
    app.state.changes_fast_path = True  # tests turn it off to compare the answers
    app.state.changes_fast_path_served = 0
    # One per process (each worker makes its own app): wakes this process's held long-polls.
    app.state.feed_watcher = FeedWatcher(database, interval=watch_interval)
    # Pages and device tokens are read on one thread of the process's own, in batches (pages.read_thread).
    app.state.read_executor = read_thread()
    app.state.page_reader = PageReader(database, app.state.read_executor)
    app.state.device_reader = DeviceReader(database, app.state.read_executor)
    app.state.file_limit = None  # set by `clerk-api serve`
    install_handlers(app)
    for module in (auth_routes, customer_routes, store_routes, sync_routes, stock_routes, ops_routes):
        app.include_router(module.router)
    install_openapi(app)
    return app


class CentralApi(FastAPI):
    """The FastAPI app behind a front door of two plain ASGI layers, which every request passes first:
    the minimum Clerk version (versions.py), then the feed polls' lean way in (changes_fast_path.py).

    In front of the framework rather than among its middleware: each layer FastAPI puts round an app
    (its telemetry check, which reads the process environment, its exception and body-size layers) cost
    a poll more than the lean way's whole answer (py-spy, benchmarks/longpoll_load.py).
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._front = MinimumClientVersion(ChangesFastPath(self._framework, self.state), self.state)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self._front(scope, receive, send)

    async def _framework(self, scope: Scope, receive: Receive, send: Send) -> None:
        await super().__call__(scope, receive, send)


def reconcile_chain(database: Database, clock: Clock) -> None:
    """Give the feeds the v1.1 `store` and `staff` entities a database made by an older server lacks."""
    from .chain import reconcile

    with database.write() as conn:
        reconcile(conn, int(clock.time()))


def quiet_access_log() -> None:
    # uvicorn's access log prints query strings, and a search query is customer data (a name,
    # a phone number): keep it off.
    logging.getLogger("uvicorn.access").disabled = True
