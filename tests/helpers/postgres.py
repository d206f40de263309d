"""A real PostgreSQL for the server's tests: one server per run, one seeded template, a copy per test.

The server is the `pgserver` wheel's PostgreSQL 16 (a test extra: nothing to install by hand), in a
temporary directory, on a Unix socket only; run as root it runs as the user `pgserver`, which it
creates. `CLERK_TEST_POSTGRES=postgresql://user@host/db` points the tests at a server of your own
instead (they create and drop databases named `clerk_test_<pid>_*` in it).

Seeding takes seconds; `CREATE DATABASE ... TEMPLATE` copies the seeded database in a fraction of
one, so each test gets a database of its own that no other test has written to.
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

import pytest

from central_api.db import Database

_names = itertools.count(1)


@dataclass
class PostgresServer:
    """A PostgreSQL server the tests may create databases in; `admin_url` is a libpq URL of its own database."""

    admin_url: str
    log: Path | None = None  # the server's log, when the tests started it
    prefix: str = field(default_factory=lambda: f"clerk_test_{os.getpid()}_")

    def url(self, database: str) -> str:
        """The SQLAlchemy URL (psycopg 3) of one of its databases."""
        parts = urlsplit(self.admin_url)
        return urlunsplit(("postgresql+psycopg", parts.netloc, "/" + quote(database), parts.query, ""))

    def new_name(self, kind: str) -> str:
        return f"{self.prefix}{kind}_{next(_names)}"

    def execute(self, *statements: str) -> None:
        """Run statements outside a transaction (CREATE/DROP DATABASE cannot run inside one)."""
        import psycopg

        try:
            with psycopg.connect(self.admin_url, autocommit=True) as conn:
                for statement in statements:
                    conn.execute(statement)
        except psycopg.OperationalError as exc:
            tail = self.log.read_text(errors="replace")[-3000:] if self.log and self.log.exists() else ""
            raise RuntimeError(f"PostgreSQL failed on {statements}: {exc}\nthe end of its log:\n{tail}") from exc

    def create(self, name: str, template: str | None = None) -> None:
        # The default strategy (WAL_LOG, PostgreSQL 15+): FILE_COPY's two checkpoints took 0.6-2.4 s a
        # copy here with fsync on, WAL_LOG 0.1-0.2 s; with the tests' fsync off both take 0.1 s.
        copy = f' TEMPLATE "{template}"' if template else ""
        self.execute(f'CREATE DATABASE "{name}"{copy}')

    def drop(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One PostgreSQL for the whole run, started on first use and stopped (its files deleted) at the end."""
    own = os.environ.get("CLERK_TEST_POSTGRES")
    if own:
        yield PostgresServer(own)
        return
    try:
        import pgserver
    except ImportError as exc:  # not a skip: the suite promises these tests run
        raise RuntimeError("The PostgreSQL tests need the `pgserver` wheel (pip install -e '.[test]'), "
                           "or CLERK_TEST_POSTGRES set to a server's URL.") from exc
    # Not under pytest's numbered temp dirs: every pytest run of the machine's user prunes old ones.
    folder = Path(tempfile.mkdtemp(prefix="clerk-pg-"))
    handle = pgserver.get_server(folder / "data", cleanup_mode="delete")
    try:
        server = PostgresServer(handle.get_uri(), log=handle.log)
        # A throwaway server: nothing to keep through a power cut, and every copy of a database
        # checkpoints. Waiting on the disk made each copy and drop take several times as long.
        server.execute("ALTER SYSTEM SET fsync = off", "ALTER SYSTEM SET full_page_writes = off",
                       "ALTER SYSTEM SET synchronous_commit = off", "SELECT pg_reload_conf()")
        yield server
    finally:
        handle.cleanup()
        shutil.rmtree(folder, ignore_errors=True)


@dataclass
class PostgresTemplate:
    """A seeded database on `server` that tests copy; `network` is what seeding it returned."""

    server: PostgresServer
    name: str
    network: dict[str, Any]
    engine: str = "postgresql"

    def copy(self, _folder=None) -> Database:
        """A fresh database of the test's own, made from the template; `drop` it after."""
        name = self.server.new_name("t")
        self.server.create(name, template=self.name)
        return Database(self.server.url(name))

    def drop(self, database: Database) -> None:
        database.dispose()
        self.server.drop(_name(database))

    def snapshot(self, database: Database, _folder=None) -> str:
        """A copy of `database` as it is now, for `restore` (its pool is closed: a copy needs it idle)."""
        database.dispose()
        name = self.server.new_name("snapshot")
        self.server.create(name, template=_name(database))
        return name

    def restore(self, database: Database, snapshot: str) -> None:
        """Put `database` back to `snapshot`; its next connection (a server's too) sees the copy."""
        database.dispose()
        self.server.drop(_name(database))
        self.server.create(_name(database), template=snapshot)

    def discard(self, snapshot: str) -> None:
        self.server.drop(snapshot)


def _name(database: Database) -> str:
    return urlsplit(database.url).path.lstrip("/")


def seed_template(server: PostgresServer, seed_fn) -> PostgresTemplate:
    """Make a database on `server`, let `seed_fn(Database)` fill it and return its network, and close it."""
    name = server.new_name("seeded")
    server.create(name)
    database = Database(server.url(name))
    try:
        network = seed_fn(database)
    finally:
        database.dispose()  # a template with a connection open cannot be copied
    return PostgresTemplate(server, name, network)
