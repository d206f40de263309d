"""IT pre-sets a counter with the machine-wide settings file; `clerk-app enroll` then needs only a manager's
sign-in, and a command line cannot point the counter elsewhere. The real commands, in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.helpers.api import PASSWORD
from tests.integration.test_device_cli import MAIN, Machine


def run(machine: Machine, it_file, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**machine.env(PASSWORD), "CLERK_MACHINE_SETTINGS": str(it_file)}
    command = [sys.executable, "-m", "clerk_app", "--config", str(machine.settings_file), "--data-dir",
               str(machine.data_dir), "--secrets-file", str(machine.secrets_file), *args]
    return subprocess.run(command, cwd=MAIN, env=env, capture_output=True, text=True, timeout=60)


def test_a_counter_pre_set_by_it_enrolls_with_a_manager_s_sign_in_only(live_api, tmp_path):
    store = live_api.store(1)
    it_file = tmp_path / "etc" / "clerk.toml"
    it_file.parent.mkdir()
    it_file.write_text(f'api_url = "{live_api.url}"\nstore_id = "{store["id"]}"\nidle_lock_minutes = 2\n'
                       'locked = ["api_url", "store_id"]\n', encoding="utf-8")
    machine = Machine(tmp_path / "counter")

    elsewhere = run(machine, it_file, "enroll", "--api", "https://elsewhere.example", "--username", store["manager"])
    assert elsewhere.returncode == 2
    assert "api_url is set by IT on this computer" in elsewhere.stderr and "Traceback" not in elsewhere.stderr

    enrolled = run(machine, it_file, "enroll", "--username", store["manager"])
    assert enrolled.returncode == 0, enrolled.stderr
    assert f"enrolled into store {store['id']}" in enrolled.stdout
    saved = json.loads(machine.settings_file.read_text(encoding="utf-8"))
    assert saved["device_id"].startswith("dev_")
    assert not {"api_url", "store_id", "idle_lock_minutes"} & set(saved)  # IT's, kept in IT's file
    status = run(machine, it_file, "status")
    assert status.returncode == 0 and json.loads(status.stdout)["store_id"] == store["id"]
