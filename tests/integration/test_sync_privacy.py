"""No customer data or token leaves the encrypted cache: not in the cache's raw bytes, its WAL, the logs, nor any file or output of the headless commands."""

from __future__ import annotations

import json
import logging
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

import pytest

from central_api import db
from clerk_app.api.client import ApiClient
from clerk_app.domain.folding import phone_digits
from clerk_app.secrets import cache_key_name, device_token_name
from tests.helpers.api import PASSWORD
from tests.helpers.compare import server_scope

MAIN = Path(__file__).resolve().parents[2]
SERVER_FILES = ("central.db", "central.db-wal", "central.db-shm", "central.db-journal")
# Shorter names could turn up by chance in a few megabytes of ciphertext (a 3-byte string does, often).
MIN_NAME = 5


def _customers_in_scope(database: Any, store_id: str, n: int = 8) -> list[dict[str, Any]]:
    """`n` customers of the store's scope with an email and a phone, straight from the server's database."""
    ids = sorted(eid for entity, eid, _ in server_scope(database, store_id) if entity == "customer")
    found = []
    with database.read() as conn:
        for customer_id in ids:
            data = db.loads(conn.exec_driver_sql("SELECT data FROM customers WHERE id = ?", (customer_id,)).scalar_one())
            if data["email"] and data["phone"] and len(data["family_name"]) >= MIN_NAME:
                found.append(data)
            if len(found) == n:
                break
    assert len(found) == n
    return found


def _needles(customers: list[dict[str, Any]], *, names: bool = True) -> dict[str, bytes]:
    """What must never be readable outside the encrypted cache, each as it would be written (UTF-8)."""
    needles = {}
    for c in customers:
        values = [c["email"], c["phone"], phone_digits(c["phone"])]
        if names:
            values += [c["display_name"], c["family_name"]]
            values += [c["given_name"]] if len(c["given_name"]) >= MIN_NAME else []
        for value in values:
            # Also as it would appear in a logged URL (an email's "@" becomes "%40").
            for form in {value, quote(value, safe=""), quote_plus(value)}:
                needles[f"{c['id']}: {form}"] = form.encode("utf-8")
    return needles


def _found_in(needles: dict[str, bytes], blob: bytes) -> list[str]:
    lowered = blob.lower()
    return [label for label, needle in needles.items() if needle.lower() in lowered]


def _app_files(root: Path) -> dict[Path, bytes]:
    """Every file under `root`, except the test server's own database."""
    return {p: p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file() and p.name not in SERVER_FILES}


@pytest.fixture
def everything_logged(caplog):
    caplog.set_level(logging.DEBUG)
    for name in ("clerk", "clerk_app", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def test_a_full_sync_keeps_customer_data_and_tokens_out_of_the_files_and_logs(live_api, make_counter, tmp_path,
                                                                            everything_logged):
    counter = make_counter()
    customers = _customers_in_scope(live_api.database, counter.store_id)
    needles = _needles(customers)

    # A clerk's session alongside: sign in, look customers up by email and phone, renew the session.
    store = live_api.store(0)
    staff_tokens = []
    with ApiClient(live_api.url) as api:
        api.on_refresh_token = lambda token: staff_tokens.append(token) if token else None
        signed_in = api.login(store["manager"], PASSWORD, counter.device_id)
        staff_tokens += [signed_in.access_token, signed_in.refresh_token]
        for c in customers[:2]:
            assert api.search_customers(c["email"]).items[0]["id"] == c["id"]
            assert c["id"] in [item["id"] for item in api.search_customers(c["phone"]).items]
        staff_tokens.append(api.refresh().access_token)
        api.logout()

    report = counter.engine.sync_once()
    assert report.pulled > 0
    # Actions that send customer-facing data both ways (a pickup carries the customer's name).
    staff = live_api.staff_id(store["associates"][0])
    counter.actions.start_picking(counter.cache.pickups("new", limit=1)[0]["id"], staff)
    counter.actions.add_note(customers[0]["id"], "Prefers a call after 5pm.", {"id": staff, "display_name": "Dana"},
                             counter.store_id)
    report = counter.engine.sync_once()
    assert report.pushed == 2 and report.conflicts == 0

    # The data really is in the cache (so not finding it below means it is encrypted, not missing).
    for c in customers:
        assert counter.cache.customer(c["id"])["email"] == c["email"]

    cache, wal = counter.path, counter.path.with_name(counter.path.name + "-wal")
    assert wal.stat().st_size > 0
    for part in (cache, wal):
        assert _found_in(needles, part.read_bytes()) == [], part.name
    counter.cache.connection.execute("PRAGMA wal_checkpoint(FULL)").fetchall()
    assert cache.stat().st_size > 100_000  # the pages are now in the main file
    for part in (cache, wal):
        assert _found_in(needles, part.read_bytes()) == [], f"{part.name} after a checkpoint"

    logged = everything_logged.text
    assert "GET /v1/stores" in logged or "/changes" in logged  # the capture did see the sync's requests
    assert _found_in(needles, logged.encode("utf-8")) == []

    tokens = {"device token": counter.device_token, **{f"staff token {i}": t for i, t in enumerate(staff_tokens)}}
    assert len(staff_tokens) >= 4
    for label, token in tokens.items():
        assert token not in logged, label
        for path, content in _app_files(tmp_path).items():
            assert token.encode() not in content, f"{label} in {path.name}"


def _cli(root: Path, *args: str, password: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLERK_")}
    home = root / "home"
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_CACHE_HOME=str(home / "cache"), XDG_STATE_HOME=str(home / "state"),
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    if password:
        env["CLERK_PASSWORD"] = password
    command = [sys.executable, "-m", "clerk_app", "--config", str(root / "settings.json"), "--data-dir",
               str(root / "data"), "--secrets-file", str(root / "secrets.json"), *args]
    result = subprocess.run(command, cwd=MAIN, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, f"{args}: {result.stderr}"
    return result


def test_the_headless_commands_write_and_print_no_customer_data_or_secrets(live_api, tmp_path):
    store = live_api.store(1)
    root = tmp_path / "counter"
    outputs = [
        _cli(root, "enroll", "--api", live_api.url, "--store", store["id"], "--username", store["manager"],
             password=PASSWORD),
        _cli(root, "sync", "--once"),
        _cli(root, "status"),
    ]
    assert json.loads(outputs[1].stdout)["pulled"] > 0
    customers = _customers_in_scope(live_api.database, store["id"])
    needles = _needles(customers)

    secrets_file = root / "secrets.json"
    assert stat.S_IMODE(secrets_file.stat().st_mode) == 0o600
    secrets = json.loads(secrets_file.read_text(encoding="utf-8"))
    # The device token and the cache key live in the opted-in secrets file, and nowhere else.
    needles["device token"] = secrets[device_token_name(live_api.url, store["id"])].encode()
    needles["cache key"] = secrets[cache_key_name(live_api.url, store["id"])].encode()
    needles["password"] = PASSWORD.encode()

    for result in outputs:
        assert _found_in(needles, (result.stdout + result.stderr).encode("utf-8")) == [], result.args[-3:]
    written = {path: content for path, content in _app_files(root).items() if path != secrets_file}
    assert root / "settings.json" in written
    assert any(path.suffix == ".db" for path in written)  # the cache is among the files read
    for path, content in written.items():
        assert _found_in(needles, content) == [], path.relative_to(root)
