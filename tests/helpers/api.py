"""Fixtures for a real reference server on loopback, over a seeded database of the test's own.

A template network is seeded once per session (with a fixed `now`) and copied per test, so
every test gets a fresh database in milliseconds and no test sees another's writes.

The server runs on SQLite unless a test is marked `both_engines`: then it runs once on SQLite and
once on PostgreSQL (tests/helpers/postgres.py), as `test_x[sqlite]` and `test_x[postgresql]`.
"""

from __future__ import annotations

import contextlib
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from argon2 import PasswordHasher

from central_api.app import create_app
from central_api.db import Database
from central_api.security import Clock
from central_api.seed import seed
from central_api.server import BackgroundServer
from tests.helpers.postgres import PostgresTemplate, seed_template

ENGINES = ("sqlite", "postgresql")

PASSWORD = "correct horse battery"
# Argon2 reads its cost from the stored hash: seeded staff get a cheap one so that the hundreds of
# sign-ins in the suite take milliseconds, not 0.2 s each. The server's own hashing is unchanged.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
SEED_NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


class FrozenClock(Clock):
    """Starts at SEED_NOW and moves only when a test says so."""

    def __init__(self, start: datetime = SEED_NOW) -> None:
        super().__init__(now=lambda: start.timestamp())

    def advance(self, seconds: float) -> None:
        self.offset += seconds


@dataclass
class LiveApi:
    url: str
    database: Database
    clock: FrozenClock
    network: dict[str, Any]
    clients: list[httpx.Client] = field(default_factory=list)
    app: Any = None  # the server's FastAPI app, where the fixture made it in this process

    # --- who is who in the seeded network ---
    def store(self, n: int = 0) -> dict[str, Any]:
        return self.network["stores"][n]

    @property
    def store_id(self) -> str:
        return self.store(0)["id"]

    def client(self, token: str | None = None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        c = httpx.Client(base_url=self.url, headers=headers, timeout=30)
        self.clients.append(c)
        return c

    def login(self, username: str, device_id: str | None = None, password: str = PASSWORD) -> dict[str, Any]:
        reply = self.client().post("/v1/auth/login", json={"username": username, "password": password, "device_id": device_id})
        assert reply.status_code == 200, reply.text
        return reply.json()

    def staff_token(self, username: str) -> str:
        return self.login(username)["access_token"]

    def enroll(self, store_index: int = 0) -> dict[str, Any]:
        """A device enrolled into a store by that store's manager: {device_id, device_token, store_id}."""
        store = self.store(store_index)
        token = self.staff_token(store["manager"])
        reply = self.client(token).post("/v1/devices", json={"store_id": store["id"], "name": f"counter-{uuid.uuid4().hex[:6]}"})
        assert reply.status_code == 201, reply.text
        return reply.json()

    def staff_id(self, username: str) -> str:
        return f"sf_{username}"

    def close(self) -> None:
        for c in self.clients:
            c.close()


def seed_network(database: Database) -> dict[str, Any]:
    """The network every test starts from: the same on each engine."""
    return seed(database, stores=3, customers=400, seed=11, password=PASSWORD, now=SEED_NOW,
                password_hash=FAST_HASHER.hash(PASSWORD))


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory) -> tuple[Path, dict[str, Any]]:
    path = tmp_path_factory.mktemp("template") / "central.db"
    database = Database(f"sqlite:///{path}")
    network = seed_network(database)
    database.dispose()
    return path, network


def copy_database(template: Path, path: Path) -> Database:
    """A private copy of the seeded template (SQLite's backup API copies a WAL-mode file completely)."""
    with sqlite3.connect(template) as source, sqlite3.connect(path) as target:
        source.backup(target)
    return Database(f"sqlite:///{path}")


@dataclass
class SqliteTemplate:
    """The seeded SQLite file that tests copy; `network` is what seeding it returned."""

    path: Path
    network: dict[str, Any]
    engine: str = "sqlite"

    def copy(self, folder: Path) -> Database:
        return copy_database(self.path, folder / "central.db")

    def drop(self, database: Database) -> None:
        database.dispose()

    def snapshot(self, database: Database, folder: Path) -> Path:
        """A copy of `database` as it is now, for `restore`."""
        path = folder / f"snapshot-{uuid.uuid4().hex[:8]}.db"
        _backup(Path(database.url.removeprefix("sqlite:///")), path)
        return path

    def restore(self, database: Database, snapshot: Path) -> None:
        # SQLite's backup API replaces the whole database, WAL included, under the proper locks; the
        # server's next transaction sees it.
        _backup(snapshot, Path(database.url.removeprefix("sqlite:///")))

    def discard(self, snapshot: Path) -> None:
        snapshot.unlink(missing_ok=True)


def _backup(source: Path, target: Path) -> None:
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


Template = SqliteTemplate | PostgresTemplate


def pytest_generate_tests(metafunc) -> None:
    # A `both_engines` test whose server fixtures ask for `db_engine` runs once on each engine.
    if "db_engine" in metafunc.fixturenames and metafunc.definition.get_closest_marker("both_engines"):
        metafunc.parametrize("db_engine", ENGINES, indirect=True)


@pytest.fixture(scope="session")
def db_engine(request) -> str:
    """The server's database engine: SQLite, or each of ENGINES for a test marked `both_engines`."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def postgres_template(postgres_server) -> PostgresTemplate:
    return seed_template(postgres_server, seed_network)


@pytest.fixture(scope="session")
def engine_template(db_engine, request) -> Template:
    """The seeded template on `db_engine` (PostgreSQL started only when a test asks for it)."""
    if db_engine == "postgresql":
        return request.getfixturevalue("postgres_template")
    return SqliteTemplate(*request.getfixturevalue("seeded_template"))


@contextlib.contextmanager
def running_copy(template: Template | tuple[Path, dict[str, Any]], folder: Path,
                 prepare: Callable[[Database, FrozenClock], None] | None = None) -> Iterator[LiveApi]:
    """A server over its own copy of the template, for a module that shares one (sign-ins cost time)."""
    if isinstance(template, tuple):
        template = SqliteTemplate(*template)
    database = template.copy(folder)
    clock = FrozenClock()
    try:
        if prepare:
            prepare(database, clock)
        server = BackgroundServer(create_app(database, clock=clock)).start()
        api = LiveApi(server.url, database, clock, template.network)
        try:
            yield api
        finally:
            api.close()
            server.stop()
    finally:
        template.drop(database)


@pytest.fixture
def central_db(engine_template, tmp_path) -> Iterator[Database]:
    database = engine_template.copy(tmp_path)
    yield database
    engine_template.drop(database)


@pytest.fixture
def live_api(central_db, engine_template) -> Iterator[LiveApi]:
    clock = FrozenClock()
    app = create_app(central_db, clock=clock)
    server = BackgroundServer(app).start()
    api = LiveApi(server.url, central_db, clock, engine_template.network, app=app)
    try:
        yield api
    finally:
        api.close()
        server.stop()
