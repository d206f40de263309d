"""Fixtures for a real reference server on loopback, over a seeded database of the test's own.

A template network is seeded once per session (with a fixed `now`) and copied per test, so
every test gets a fresh database in milliseconds and no test sees another's writes.
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
from argon2 import PasswordHasher
import pytest

from central_api.app import create_app
from central_api.db import Database
from central_api.security import Clock
from central_api.seed import seed
from central_api.server import BackgroundServer

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


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory) -> tuple[Path, dict[str, Any]]:
    path = tmp_path_factory.mktemp("template") / "central.db"
    database = Database(f"sqlite:///{path}")
    network = seed(database, stores=3, customers=400, seed=11, password=PASSWORD, now=SEED_NOW,
                   password_hash=FAST_HASHER.hash(PASSWORD))
    database.dispose()
    return path, network


def copy_database(template: Path, path: Path) -> Database:
    """A private copy of the seeded template (SQLite's backup API copies a WAL-mode file completely)."""
    with sqlite3.connect(template) as source, sqlite3.connect(path) as target:
        source.backup(target)
    return Database(f"sqlite:///{path}")


@contextlib.contextmanager
def running_copy(seeded_template: tuple[Path, dict[str, Any]], folder: Path,
                 prepare: Callable[[Database, FrozenClock], None] | None = None) -> Iterator[LiveApi]:
    """A server over its own copy of the template, for a module that shares one (sign-ins cost time)."""
    template, network = seeded_template
    database = copy_database(template, folder / "central.db")
    clock = FrozenClock()
    if prepare:
        prepare(database, clock)
    server = BackgroundServer(create_app(database, clock=clock)).start()
    api = LiveApi(server.url, database, clock, network)
    try:
        yield api
    finally:
        api.close()
        server.stop()
        database.dispose()


@pytest.fixture
def central_db(seeded_template, tmp_path) -> Iterator[Database]:
    database = copy_database(seeded_template[0], tmp_path / "central.db")
    yield database
    database.dispose()


@pytest.fixture
def live_api(central_db, seeded_template) -> Iterator[LiveApi]:
    clock = FrozenClock()
    app = create_app(central_db, clock=clock)
    server = BackgroundServer(app).start()
    api = LiveApi(server.url, central_db, clock, seeded_template[1])
    try:
        yield api
    finally:
        api.close()
        server.stop()
