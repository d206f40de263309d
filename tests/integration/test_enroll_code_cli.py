"""`clerk-app enroll --code CODE` (API.md v1.1 enrollment codes): a counter enrolls headless with a manager's code
and no password, against the real server, in a subprocess; the code is never printed nor kept."""

from __future__ import annotations

import json
import subprocess
import sys

from sqlalchemy import select

from central_api import db
from tests.helpers.api import LiveApi
from tests.integration.test_device_cli import MAIN, Machine, _ok, _plain


def new_code(api: LiveApi, store_index: int = 0, uses: int = 2) -> str:
    store = api.store(store_index)
    reply = api.client(api.staff_token(store["manager"])).post(f"/v1/stores/{store['id']}/enrollment-codes",
                                                               json={"expires_in_hours": 4, "uses": uses})
    assert reply.status_code == 201, reply.text
    return reply.json()["code"]


def everything_written(machine: Machine) -> str:
    return "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in machine.root.rglob("*")
                     if p.is_file() and p.suffix in (".json", ".toml", ".log", ".txt"))


def test_enroll_with_a_code_needs_no_password_and_keeps_nothing_of_the_code(live_api, tmp_path):
    machine = Machine(tmp_path / "counter")
    code = new_code(live_api, store_index=1)
    typed = code.replace("-", "").lower()  # as someone types it from a phone call
    result = _ok(machine.run("enroll", "--api", live_api.url, "--code", typed))
    store = live_api.store(1)
    assert f"enrolled into store {store['id']}" in result.stdout
    settings = machine.settings()
    assert settings.store_id == store["id"] and settings.device_id.startswith("dev_")
    assert settings.enrollment_code is None
    written = everything_written(machine) + result.stdout + result.stderr
    assert code.replace("-", "") not in written.upper().replace("-", "")
    synced = json.loads(_ok(machine.run("sync", "--once")).stdout)
    assert synced["pulled"] > 0
    assert json.loads(_ok(machine.run("status")).stdout)["store_id"] == store["id"]
    with live_api.database.read() as conn:
        assert conn.execute(select(db.enrollment_codes.c.uses_left)).scalar_one() == 1


def test_a_wrong_code_fails_plainly_without_repeating_it_and_enrolls_nothing(live_api, tmp_path):
    machine = Machine(tmp_path / "counter")
    result = machine.run("enroll", "--api", live_api.url, "--code", "ZZZZ-ZZZZ-ZZ")
    assert result.returncode == 1
    _plain(result.stderr)
    assert "enrollment code is wrong, used up or expired" in result.stderr
    assert "ZZZZ" not in result.stderr + result.stdout
    assert not machine.settings_file.exists() or "device_id" not in machine.settings_file.read_text(encoding="utf-8")


def test_a_code_for_another_store_than_the_one_it_set_is_refused(live_api, tmp_path):
    machine = Machine(tmp_path / "counter")
    code = new_code(live_api, store_index=0)
    result = machine.run("enroll", "--api", live_api.url, "--store", live_api.store(1)["id"], "--code", code)
    assert result.returncode == 1 and "enrollment code is wrong" in result.stderr


def test_the_code_it_put_in_the_machine_wide_settings_enrolls_with_no_arguments(live_api, tmp_path):
    store = live_api.store(2)
    code = new_code(live_api, store_index=2)
    it_file = tmp_path / "etc" / "clerk.toml"
    it_file.parent.mkdir()
    it_file.write_text(f'api_url = "{live_api.url}"\nstore_id = "{store["id"]}"\nenrollment_code = "{code}"\n'
                       'locked = ["api_url", "store_id"]\n', encoding="utf-8")
    machine = Machine(tmp_path / "counter")
    env = {**machine.env(), "CLERK_MACHINE_SETTINGS": str(it_file)}
    command = [sys.executable, "-m", "clerk_app", "--config", str(machine.settings_file), "--data-dir",
               str(machine.data_dir), "--secrets-file", str(machine.secrets_file), "enroll"]
    result = subprocess.run(command, cwd=MAIN, env=env, capture_output=True, text=True, timeout=60)
    _ok(result)
    assert f"enrolled into store {store['id']}" in result.stdout
    saved = json.loads(machine.settings_file.read_text(encoding="utf-8"))
    assert saved["device_id"].startswith("dev_") and "enrollment_code" not in saved
    assert it_file.read_text(encoding="utf-8").count(code) == 1  # IT's file is IT's: left as it was
