"""The `clerk-api` console script seeds, simulates, writes the OpenAPI document and serves, run for real."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from central_api import db
from central_api.db import Database
from central_api.server import free_port

PASSWORD = "cli-Pw-7Qx2"
STORES = 2
CUSTOMERS = 200


def _cli(*args: str, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "central_api.cli", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, "PYTHONUNBUFFERED": "1"})


def _copy(source: Path, target: Path) -> Path:
    # The backup API copies a WAL-mode database whole, which a file copy may not.
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def _count_pickups(path: Path) -> int:
    database = Database(f"sqlite:///{path}")
    try:
        with database.read() as conn:
            return conn.execute(select(func.count()).select_from(db.pickups)).scalar_one()
    finally:
        database.dispose()


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    folder = tmp_path_factory.mktemp("cli-seed")
    path = folder / "central.db"
    done = _cli("seed", "--db", f"sqlite:///{path}", "--stores", str(STORES), "--customers", str(CUSTOMERS),
                "--seed", "5", "--password", PASSWORD, "--json", cwd=folder)
    return path, done


def test_seed_prints_the_store_summary_as_json(seeded):
    path, done = seeded
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["customers"] == CUSTOMERS and summary["seed"] == 5
    assert [s["id"] for s in summary["stores"]] == ["st_001", "st_002"]
    for store in summary["stores"]:
        assert store["name"] and store["manager"] and len(store["associates"]) >= 1
    assert summary["pickups"] == _count_pickups(path) > 0


def test_seed_refuses_a_database_that_has_data(seeded, tmp_path):
    path = _copy(seeded[0], tmp_path / "central.db")
    done = _cli("seed", "--db", f"sqlite:///{path}", "--password", PASSWORD, cwd=tmp_path)
    assert done.returncode == 2
    assert "already has data" in done.stderr


def test_simulate_prints_counts_and_creates_pickups(seeded, tmp_path):
    path = _copy(seeded[0], tmp_path / "central.db")
    before = _count_pickups(path)
    done = _cli("simulate", "--db", f"sqlite:///{path}", "--events", "30", "--seed", "2", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    counts = json.loads(done.stdout)
    assert set(counts) == {"new_pickup", "cart_edit", "customer_update", "central_cancel"}
    assert all(isinstance(n, int) and n >= 0 for n in counts.values())
    assert sum(counts.values()) <= 30
    assert counts["new_pickup"] > 0
    assert _count_pickups(path) == before + counts["new_pickup"]


def test_openapi_writes_a_valid_document(tmp_path):
    output = tmp_path / "openapi.json"
    done = _cli("openapi", "--output", str(output), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    document = json.loads(output.read_text(encoding="utf-8"))
    assert document["openapi"].startswith("3.")
    assert document["info"]["title"] == "Clerk central API"
    assert "/v1/auth/login" in document["paths"] and "/v1/mutations" in document["paths"]


def _wait_healthy(url: str, proc: subprocess.Popen, log: Path, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"the server exited early:\n{log.read_text()}"
        try:
            reply = httpx.get(f"{url}/v1/health", timeout=2)
            if reply.status_code == 200 and reply.json()["status"] == "ok":
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"the server did not answer /v1/health within {timeout} s:\n{log.read_text()}")


def test_serve_answers_signs_in_and_logs_no_secrets_or_search_terms(seeded, tmp_path):
    path = _copy(seeded[0], tmp_path / "central.db")
    summary = json.loads(seeded[1].stdout)
    database = Database(f"sqlite:///{path}")
    try:
        with database.read() as conn:
            customer_id, email = conn.execute(select(db.customers.c.id, db.customers.c.email_lower)
                                              .where(db.customers.c.email_lower.is_not(None))
                                              .order_by(db.customers.c.id).limit(1)).one()
    finally:
        database.dispose()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = tmp_path / "server.log"
    with log.open("w") as sink:
        # One file for both streams, so nothing blocks on a full pipe and every line is searched.
        proc = subprocess.Popen([sys.executable, "-m", "central_api.cli", "serve", "--db", f"sqlite:///{path}",
                                 "--host", "127.0.0.1", "--port", str(port)], cwd=tmp_path, stdout=sink,
                                stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        try:
            _wait_healthy(url, proc, log)
            manager = summary["stores"][0]["manager"]
            with httpx.Client(base_url=url, timeout=10) as client:
                reply = client.post("/v1/auth/login", json={"username": manager, "password": PASSWORD})
                assert reply.status_code == 200, reply.text
                tokens = reply.json()
                assert tokens["staff"]["username"] == manager and tokens["staff"]["role"] == "manager"
                auth = {"Authorization": f"Bearer {tokens['access_token']}"}
                found = client.get("/v1/customers", params={"q": email}, headers=auth)
                assert found.status_code == 200, found.text
                assert customer_id in [c["id"] for c in found.json()["items"]]
        finally:
            proc.terminate()
            code = proc.wait(timeout=15)
    output = log.read_text()
    # uvicorn shuts down gracefully on SIGTERM, then re-raises the signal so the exit status says why.
    assert code in (0, -signal.SIGTERM), output
    assert "Finished server process" in output
    # The log is really captured (so the absences below mean something).
    assert f"Uvicorn running on {url}" in output
    # The local part too: a logged URL would carry the email percent-encoded (@ as %40).
    for secret in (PASSWORD, tokens["access_token"], tokens["refresh_token"], email, email.split("@")[0]):
        assert secret not in output


def test_every_command_works_on_postgresql(postgres_server, tmp_path):
    name = postgres_server.new_name("cli")
    postgres_server.create(name)
    url = postgres_server.url(name)
    try:
        done = _cli("seed", "--db", url, "--stores", str(STORES), "--customers", "100", "--seed", "5",
                    "--password", PASSWORD, "--json", cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        manager = json.loads(done.stdout)["stores"][0]["manager"]
        simulated = _cli("simulate", "--db", url, "--events", "20", "--seed", "2", cwd=tmp_path)
        assert simulated.returncode == 0, simulated.stderr
        assert sum(json.loads(simulated.stdout).values()) > 0
        maintained = _cli("maintain", "--db", url, cwd=tmp_path)
        assert maintained.returncode == 0, maintained.stderr
        assert set(json.loads(maintained.stdout)) == {"pickups_aged_out", "orders_aged_out", "tombstones_purged"}
        port = free_port()
        log = tmp_path / "server.log"
        with log.open("w") as sink:
            proc = subprocess.Popen([sys.executable, "-m", "central_api.cli", "serve", "--db", url,
                                     "--host", "127.0.0.1", "--port", str(port)], cwd=tmp_path, stdout=sink,
                                    stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
            try:
                _wait_healthy(f"http://127.0.0.1:{port}", proc, log)
                reply = httpx.post(f"http://127.0.0.1:{port}/v1/auth/login",
                                   json={"username": manager, "password": PASSWORD}, timeout=10)
                assert reply.status_code == 200, reply.text
            finally:
                proc.terminate()
                proc.wait(timeout=15)
    finally:
        postgres_server.drop(name)
