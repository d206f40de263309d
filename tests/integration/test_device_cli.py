"""The headless `clerk-app` device commands (enroll, sync --once, status, sign-out-device), run for real in a subprocess."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from central_api.app import create_app
from central_api.server import BackgroundServer
from clerk_app import config
from clerk_app.cache import CacheLock
from clerk_app.secrets import FileStore, cache_key_name, device_token_name
from clerk_app.sync.device import Device, cache_path, enroll
from tests.helpers.api import PASSWORD, FrozenClock
from tests.helpers.compare import TABLES, server_scope

MAIN = Path(__file__).resolve().parents[2]


@dataclass
class Machine:
    """One computer's worth of places for Clerk: its own home, config, data folder and opted-in secrets file."""

    root: Path

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.json"

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def secrets_file(self) -> Path:
        return self.root / "secrets.json"

    def env(self, password: str | None = None) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("CLERK_")}
        home = self.root / "home"
        env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
                   XDG_CACHE_HOME=str(home / "cache"), XDG_STATE_HOME=str(home / "state"),
                   # No OS keyring here: the secrets go to the file the command line opts in to.
                   PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", PYTHONUNBUFFERED="1")
        if password is not None:
            env["CLERK_PASSWORD"] = password
        return env

    def run(self, *args: str, password: str | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "clerk_app", "--config", str(self.settings_file), "--data-dir",
                   str(self.data_dir), "--secrets-file", str(self.secrets_file), *args]
        return subprocess.run(command, cwd=MAIN, env=self.env(password), capture_output=True, text=True,
                              timeout=timeout)

    def settings(self) -> config.Settings:
        return config.load(self.settings_file, env={})

    def cache(self) -> Path:
        return cache_path(self.settings())

    def secrets(self) -> dict[str, str]:
        return json.loads(self.secrets_file.read_text(encoding="utf-8"))


def _plain(stderr: str) -> None:
    assert stderr.strip(), "the command said nothing about why it failed"
    assert "Traceback" not in stderr
    assert "{" not in stderr and "}" not in stderr


def _ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, f"exit {result.returncode}\nstdout: {result.stdout}\nstderr: {result.stderr}"
    assert "Traceback" not in result.stderr
    return result


@pytest.fixture
def machine(tmp_path) -> Machine:
    return Machine(tmp_path / "counter")


def _enroll(machine: Machine, url: str, store: dict[str, Any]) -> subprocess.CompletedProcess[str]:
    return machine.run("enroll", "--api", url, "--store", store["id"], "--username", store["manager"],
                       password=PASSWORD)


def _set_up_here(machine: Machine, url: str, store: dict[str, Any], *, sync: bool = True) -> int:
    """Enroll (and sync) in this process, through the same code as the commands, for the tests whose
    subject is a later command; returns how many changes the sync pulled."""
    secrets = FileStore(machine.secrets_file)
    settings = config.load(machine.settings_file, env={}, args={"api_url": url, "data_dir": machine.data_dir})
    enroll(settings, secrets, store_id=store["id"], username=store["manager"], password=PASSWORD)
    config.save(settings, machine.settings_file)
    if not sync:
        return 0
    with Device.open(settings, secrets) as device:
        return device.engine().sync_once().pulled


def test_enroll_sync_and_status_give_an_encrypted_cache_of_the_stores_scope(live_api, machine):
    store = live_api.store(0)
    enrolled = _ok(_enroll(machine, live_api.url, store))
    settings = json.loads(machine.settings_file.read_text(encoding="utf-8"))
    assert settings["store_id"] == store["id"]
    assert settings["device_id"].startswith("dev_")
    assert settings["device_id"] in enrolled.stdout
    with live_api.database.read() as conn:
        assert conn.exec_driver_sql("SELECT store_id, revoked FROM devices WHERE id = ?",
                                    (settings["device_id"],)).one() == (store["id"], 0)
    # The secrets went to the opted-in file, and none of them into the settings.
    secrets = machine.secrets()
    device_token = secrets[device_token_name(live_api.url, store["id"])]
    cache_key = secrets[cache_key_name(live_api.url, store["id"])]
    settings_text = machine.settings_file.read_text(encoding="utf-8")
    assert device_token not in settings_text and cache_key not in settings_text
    assert not any("token" in name or "key" in name or "password" in name for name in settings)
    assert PASSWORD not in settings_text

    synced = json.loads(_ok(machine.run("sync", "--once")).stdout)
    assert synced["pulled"] > 0 and synced["outbox_depth"] == 0
    cache = machine.cache()
    assert cache.exists() and cache.stat().st_size > 0
    with pytest.raises(sqlite3.DatabaseError):
        with sqlite3.connect(cache) as plain:
            plain.execute("SELECT * FROM sqlite_master").fetchall()

    status = json.loads(_ok(machine.run("status")).stdout)
    scope = Counter(entity for entity, _, _ in server_scope(live_api.database, store["id"]))
    assert {TABLES[kind]: status["entities"][TABLES[kind]] for kind in scope} == {TABLES[k]: n for k, n in scope.items()}
    assert status["store_id"] == store["id"] and status["device_id"] == settings["device_id"]
    assert status["cache_bytes"] > 0
    assert status["outbox_depth"] == 0 and status["conflicts"] == 0
    assert status["last_successful_sync"]
    assert status["connectivity"] == "online"


def test_a_sync_while_another_clerk_holds_the_cache_fails_with_a_plain_message(live_api, machine):
    _set_up_here(machine, live_api.url, live_api.store(0), sync=False)
    # The lock a Clerk window takes on this cache (CacheLock guards the cache file it is given).
    with CacheLock(machine.cache()):
        held = machine.run("sync", "--once")
    assert held.returncode == 1
    _plain(held.stderr)
    assert "already open" in held.stderr
    assert held.stdout == ""
    # Once the other Clerk lets go, syncing works again.
    assert json.loads(_ok(machine.run("sync", "--once")).stdout)["pulled"] > 0


@pytest.fixture
def stoppable_api(central_db, seeded_template):
    """A real server over the test's database that the test itself can stop."""
    server = BackgroundServer(create_app(central_db, clock=FrozenClock())).start()
    try:
        yield server, seeded_template[1]
    finally:
        server.stop()


def test_status_with_the_server_stopped_says_so_and_still_prints_counts(stoppable_api, central_db, machine):
    server, network = stoppable_api
    store = network["stores"][1]
    _set_up_here(machine, server.url, store)
    scope = Counter(entity for entity, _, _ in server_scope(central_db, store["id"]))
    server.stop()
    offline = json.loads(_ok(machine.run("status")).stdout)
    assert offline["connectivity"] == "offline"
    assert {kind: offline["entities"][TABLES[kind]] for kind in scope} == dict(scope)
    assert offline["last_successful_sync"] and offline["outbox_depth"] == 0


def test_enroll_with_a_wrong_password_fails_plainly_and_enrolls_nothing(live_api, machine):
    store = live_api.store(0)
    with live_api.database.read() as conn:
        devices_before = conn.exec_driver_sql("SELECT count(*) FROM devices").scalar_one()
    result = machine.run("enroll", "--api", live_api.url, "--store", store["id"], "--username", store["manager"],
                         password="not the password")
    assert result.returncode == 1
    _plain(result.stderr)
    assert "username and password don't match" in result.stderr
    assert "not the password" not in result.stderr + result.stdout
    with live_api.database.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM devices").scalar_one() == devices_before
    assert not machine.settings_file.exists() or "device_id" not in machine.settings_file.read_text(encoding="utf-8")


def test_sign_out_device_wipes_the_cache_and_its_secrets(live_api, machine):
    store = live_api.store(0)
    _set_up_here(machine, live_api.url, store)
    cache = machine.cache()
    assert cache.exists()
    _ok(machine.run("sign-out-device"))
    leftovers = [p.name for p in cache.parent.iterdir() if p.name.startswith(cache.name) and not p.name.endswith(".lock")]
    assert leftovers == []
    secrets = machine.secrets()
    assert device_token_name(live_api.url, store["id"]) not in secrets
    assert cache_key_name(live_api.url, store["id"]) not in secrets
    settings = json.loads(machine.settings_file.read_text(encoding="utf-8"))
    assert "store_id" not in settings and "device_id" not in settings
    after = machine.run("status")
    assert after.returncode == 1 and "isn't set up" in after.stderr


def test_status_on_a_computer_that_is_not_enrolled_says_it_isnt_set_up(machine):
    result = machine.run("status")
    assert result.returncode == 1
    _plain(result.stderr)
    assert "isn't set up" in result.stderr
    assert result.stdout == ""


def test_a_damaged_cache_is_moved_aside_rebuilt_and_the_sync_still_succeeds(live_api, machine):
    store = live_api.store(0)
    pulled = _set_up_here(machine, live_api.url, store)
    cache = machine.cache()
    size = cache.stat().st_size
    assert size > 64 * 1024 and not cache.with_name(cache.name + "-wal").exists()
    with open(cache, "r+b") as f:  # half the file: certain to hit pages in use, not only free ones
        f.seek(size // 4)
        f.write(os.urandom(size // 2))

    result = _ok(machine.run("sync", "--once"))
    assert "damaged" in result.stderr and "downloaded again" in result.stderr
    synced = json.loads(result.stdout)
    assert synced["pulled"] == pulled
    assert [p for p in cache.parent.iterdir() if p.name.startswith(cache.name + ".corrupt-")]
    status = json.loads(_ok(machine.run("status")).stdout)
    scope = Counter(entity for entity, _, _ in server_scope(live_api.database, store["id"]))
    assert status["entities"]["customers"] == scope["customer"] and status["entities"]["pickups"] == scope["pickup"]
