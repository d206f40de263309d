"""IT's machine-wide settings: under the user's own, and what they lock stays as IT set it."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from clerk_app import config, machine_settings
from clerk_app.config import FIELDS, Settings
from clerk_app.machine_settings import MachineSettings, SettingsError

NO_ENV: dict[str, str] = {}
IT_FILE = """
api_url = "https://central.example"
store_id = "st_001"
ca_bundle = "/etc/ssl/certs/store-ca.pem"
idle_lock_minutes = 3
language = "ar"
locked = ["api_url", "store_id", "ca_bundle"]
"""


def machine(tmp_path: Path, text: str = IT_FILE, policies=None) -> MachineSettings:
    path = tmp_path / "machine" / "clerk.toml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return machine_settings.read(path, known=set(FIELDS), policies=policies or dict)


def test_each_os_has_its_machine_wide_file_and_an_env_var_points_elsewhere():
    assert machine_settings.default_path({}, "linux") == Path("/etc/clerk/clerk.toml")
    assert machine_settings.default_path({}, "darwin") == Path("/Library/Application Support/Clerk/clerk.toml")
    assert machine_settings.default_path({"ProgramData": r"D:\PD"}, "win32") == Path(r"D:\PD") / "Clerk" / "clerk.toml"
    assert machine_settings.default_path({"CLERK_MACHINE_SETTINGS": "/x/c.toml"}, "linux") == Path("/x/c.toml")


def test_it_s_values_apply_and_the_user_s_file_overrides_only_the_unlocked(tmp_path):
    user = tmp_path / "settings.toml"
    user.write_text('api_url = "https://elsewhere.example"\nstore_id = "st_009"\nidle_lock_minutes = 10\n',
                    encoding="utf-8")
    s = config.load(user, env={"CLERK_API_URL": "https://env.example"}, machine=machine(tmp_path))
    assert (s.api_url, s.store_id, s.ca_bundle) == ("https://central.example", "st_001", "/etc/ssl/certs/store-ca.pem")
    assert s.idle_lock_minutes == 10 and s.language == "ar"  # unlocked: the user's, and IT's default
    assert s.is_locked("api_url") and not s.is_locked("idle_lock_minutes")


def test_without_a_machine_file_nothing_changes(tmp_path):
    missing = machine_settings.read(tmp_path / "none.toml", known=set(FIELDS), policies=dict)
    assert missing == MachineSettings() and config.load(tmp_path / "s.toml", env=NO_ENV, machine=missing) == Settings()


def test_a_command_line_cannot_change_a_locked_setting_but_may_repeat_it(tmp_path):
    it = machine(tmp_path)
    with pytest.raises(SettingsError, match="api_url is set by IT"):
        config.load(tmp_path / "s.toml", env=NO_ENV, args={"api_url": "https://other.example"}, machine=it)
    same = config.load(tmp_path / "s.toml", env=NO_ENV, args={"api_url": "https://central.example/"}, machine=it)
    assert same.api_url == "https://central.example"


def test_saving_leaves_it_s_values_to_it(tmp_path):
    it = machine(tmp_path)
    path = tmp_path / "settings.toml"
    s = config.load(path, env=NO_ENV, machine=it)
    s.device_id, s.idle_lock_minutes = "dev_1", 7
    config.save(s, path)
    saved = tomllib.loads(path.read_text(encoding="utf-8"))
    assert saved["device_id"] == "dev_1" and saved["idle_lock_minutes"] == 7
    assert not {"api_url", "store_id", "ca_bundle", "language"} & set(saved)  # locked, or still IT's default
    # IT changes its default language later: this computer follows, as the user never chose one.
    it_later = machine(tmp_path, IT_FILE.replace('language = "ar"', 'language = "fa"'))
    assert config.load(path, env=NO_ENV, machine=it_later).language == "fa"


def test_windows_policy_values_from_the_msi_are_locked(tmp_path):
    it = machine(tmp_path, 'idle_lock_minutes = 4\n',
                 policies=lambda: {"api_url": "https://msi.example", "store_id": "st_777", "unknown_thing": "x"})
    assert it.values == {"idle_lock_minutes": 4, "api_url": "https://msi.example", "store_id": "st_777"}
    assert it.locked == {"api_url", "store_id"}
    user = tmp_path / "settings.toml"
    user.write_text('store_id = "st_001"\n', encoding="utf-8")
    assert config.load(user, env=NO_ENV, machine=it).store_id == "st_777"


@pytest.mark.parametrize(("text", "words"), [
    ("api_url = ", "cannot be read"),
    ('locked = "api_url"', "locked must be a list"),
    ('locked = ["api_token"]', "unknown setting: api_token"),
])
def test_a_broken_machine_file_is_refused_naming_it(tmp_path, text, words):
    with pytest.raises(SettingsError, match=words) as caught:
        machine(tmp_path, text)
    assert "clerk.toml" in str(caught.value)


def test_a_bad_value_from_it_is_refused_naming_the_setting(tmp_path):
    with pytest.raises(SettingsError, match="idle_lock_minutes must be between"):
        config.load(tmp_path / "s.toml", env=NO_ENV, machine=machine(tmp_path, "idle_lock_minutes = 0\n"))
    with pytest.raises(SettingsError, match="language must be one of: en, ar, fa, he, ru"):
        config.load(tmp_path / "s.toml", env=NO_ENV, machine=machine(tmp_path, 'language = "Arabic!"\n'))

