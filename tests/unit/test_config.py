"""clerk_app.config: defaults, the settings file (TOML or JSON), environment and command-line overrides, and no secrets."""

from __future__ import annotations

import argparse
import json
import logging
import re
import tomllib
from dataclasses import fields
from pathlib import Path

import platformdirs
import pytest

from clerk_app import config
from clerk_app.config import Settings

NO_ENV: dict[str, str] = {}


def test_defaults():
    s = Settings()
    assert s.api_url == "" and s.store_id is None and s.device_id is None and s.ca_bundle is None
    assert s.idle_lock_minutes == 5
    assert s.data_dir == Path(platformdirs.user_data_dir("Clerk", "Clerk"))
    assert s.device_name and len(s.device_name) <= 200


def test_the_settings_file_lives_in_the_users_config_folder():
    # tests/conftest.py points XDG_CONFIG_HOME into a sandbox, so this is not the real user's folder.
    assert config.config_dir() == Path(platformdirs.user_config_dir("Clerk"))
    assert config.settings_path().parent == config.config_dir()


def test_a_missing_file_gives_the_defaults(tmp_path):
    assert config.load(tmp_path / "settings.toml", env=NO_ENV) == Settings()


@pytest.mark.parametrize("name", ["settings.toml", "settings.json"])
def test_save_and_load_round_trip(tmp_path, name):
    path = tmp_path / "conf" / name
    original = Settings(api_url="https://central.example.com", store_id="st_001", device_id="dev_1",
                        device_name='Counter "2" — caisse Ω\\', ca_bundle="/etc/ssl/corp.pem", idle_lock_minutes=12,
                        data_dir=tmp_path / "data dir")
    assert config.save(original, path) == path
    assert config.load(path, env=NO_ENV) == original
    assert [p.name for p in path.parent.iterdir()] == [name]  # written atomically, no temporary file left


def test_the_toml_written_is_toml_and_leaves_unset_values_out(tmp_path):
    path = tmp_path / "settings.toml"
    config.save(Settings(api_url="https://c.example", device_name="a\x7fb\tc"), path)
    values = tomllib.loads(path.read_text(encoding="utf-8"))
    assert values["api_url"] == "https://c.example" and values["device_name"] == "a\x7fb\tc"
    assert "store_id" not in values and values["idle_lock_minutes"] == 5


def test_a_hand_written_toml_file_is_read(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text('api_url = "https://central.example.com/"\nidle_lock_minutes = 3\nstore_id = "st_002"\n',
                    encoding="utf-8")
    s = config.load(path, env=NO_ENV)
    assert (s.api_url, s.idle_lock_minutes, s.store_id) == ("https://central.example.com", 3, "st_002")


def test_the_toml_file_is_preferred_over_the_json_one(tmp_path):
    (tmp_path / "settings.json").write_text(json.dumps({"store_id": "from-json"}), encoding="utf-8")
    assert config.settings_path(tmp_path) == tmp_path / "settings.json"
    (tmp_path / "settings.toml").write_text('store_id = "from-toml"\n', encoding="utf-8")
    assert config.settings_path(tmp_path) == tmp_path / "settings.toml"
    assert config.load(config.settings_path(tmp_path), env=NO_ENV).store_id == "from-toml"


def test_environment_overrides_the_file_and_the_command_line_overrides_both(tmp_path):
    path = tmp_path / "settings.json"
    config.save(Settings(api_url="https://file.example", data_dir=tmp_path / "file", idle_lock_minutes=9), path)
    env = {"CLERK_API_URL": "https://env.example", "CLERK_DATA_DIR": str(tmp_path / "env")}
    s = config.load(path, env=env)
    assert (s.api_url, s.data_dir, s.idle_lock_minutes) == ("https://env.example", tmp_path / "env", 9)

    args = argparse.Namespace(api_url="https://cli.example", data_dir=None, idle_lock_minutes="2", demo=True)
    s = config.load(path, env=env, args=args)
    # None means "option not given": the environment's data_dir stays; unknown options are not settings.
    assert (s.api_url, s.data_dir, s.idle_lock_minutes) == ("https://cli.example", tmp_path / "env", 2)
    assert config.load(path, env=env, args={"store_id": "st_009"}).store_id == "st_009"


def test_load_reads_the_process_environment_by_default(tmp_path, monkeypatch):
    monkeypatch.setenv("CLERK_API_URL", "https://from-process.example")
    assert config.load(tmp_path / "settings.toml").api_url == "https://from-process.example"


def test_unknown_settings_in_the_file_are_ignored_with_a_warning(tmp_path, caplog):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"store_id": "st_001", "colour": "blue"}), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="clerk_app.config"):
        s = config.load(path, env=NO_ENV)
    assert s.store_id == "st_001" and not hasattr(s, "colour")
    assert "colour" in caplog.text


@pytest.mark.parametrize("values", [{"idle_lock_minutes": 0}, {"idle_lock_minutes": 241}, {"idle_lock_minutes": "soon"},
                                    {"idle_lock_minutes": True}, {"store_id": 5}, {"api_url": "ftp://x"},
                                    {"api_url": "http://central.example.com"}, {"data_dir": ""}])
def test_bad_values_are_refused_with_the_settings_name(tmp_path, values):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(values), encoding="utf-8")
    with pytest.raises(ValueError) as caught:
        config.load(path, env=NO_ENV)
    assert next(iter(values)) in str(caught.value) or "address" in str(caught.value)


def test_plain_http_is_accepted_only_for_this_computer():
    assert Settings(api_url="http://127.0.0.1:8000").api_url == "http://127.0.0.1:8000"
    assert Settings(api_url="http://localhost:8000/").api_url == "http://localhost:8000"
    with pytest.raises(ValueError):
        Settings(api_url="http://10.0.0.5")


@pytest.mark.parametrize("content", ["not = [valid toml", "[[["])
def test_an_unreadable_file_names_itself(tmp_path, content):
    path = tmp_path / "settings.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match="settings.toml"):
        config.load(path, env=NO_ENV)


def test_no_setting_looks_like_a_secret():
    # Secrets live in the keyring (clerk_app.secrets), never in a settings file.
    secretish = re.compile(r"token|password|passwd|secret|key|pin|credential", re.IGNORECASE)
    names = [f.name for f in fields(Settings)]
    assert names == ["api_url", "store_id", "store_name", "device_id", "device_name", "enrollment_code", "ca_bundle",
                     "idle_lock_minutes", "data_dir", "language", "digits", "calendar", "theme", "text_size",
                     "reminder_hours", "printer_name", "label_size", "scanner_prefix", "scanner_suffix", "layout"]
    assert not [n for n in names if secretish.search(n)]
    # The one exception by nature: IT's enrollment code, spent once at first start, never saved (test_enrollment_codes).
    assert [f.name for f in fields(Settings) if f.metadata.get("secret")] == ["enrollment_code"]


def test_a_secret_put_into_the_file_by_hand_is_not_loaded_nor_saved_back(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"store_id": "st_001", "device_token": "leaked-token"}), encoding="utf-8")
    s = config.load(path, env=NO_ENV)
    config.save(s, path)
    assert "leaked-token" not in path.read_text(encoding="utf-8")


def test_every_setting_has_a_kind_and_a_label():
    for f in fields(Settings):
        assert f.metadata["kind"] in (str, int, Path) and f.metadata["label"]


def test_what_preferences_offer_is_declared_with_whose_it_is_and_checked(tmp_path):
    assert config.PREFERENCES == ("idle_lock_minutes", "language", "digits", "calendar", "theme", "text_size",
                                  "reminder_hours", "printer_name", "label_size", "scanner_prefix", "scanner_suffix",
                                  "layout")
    scopes = {name: config.FIELDS[name].metadata["scope"] for name in config.PREFERENCES}
    assert {n for n, s in scopes.items() if s == "staff"} == {"language", "theme", "text_size"}
    assert set(scopes.values()) == {"staff", "counter"}
    assert all(config.FIELDS[n].metadata.get("label") for n in config.PREFERENCES)
    assert config.check("text_size", "130") == 130
    with pytest.raises(ValueError, match="one of: 100, 115, 130, 150"):
        config.check("text_size", 120)
    with pytest.raises(ValueError, match="at most 8 printable"):
        config.check("scanner_suffix", "123456789")
    with pytest.raises(ValueError, match="at most 8 printable"):
        config.check("scanner_prefix", "\x02")
    with pytest.raises(ValueError, match="one of"):
        config.check("theme", "purple")
    path = tmp_path / "settings.toml"
    path.write_text('theme = "dark"\ntext_size = 115\nscanner_suffix = "#"\nlayout = "touch"\n', encoding="utf-8")
    loaded = config.load(path, env=NO_ENV)
    assert (loaded.theme, loaded.text_size, loaded.scanner_suffix, loaded.layout) == ("dark", 115, "#", "touch")
    config.save(loaded, path)
    assert config.load(path, env=NO_ENV).text_size == 115


def test_the_screen_layout_is_auto_by_default_and_only_one_of_its_choices(tmp_path):
    assert Settings().layout == "auto"
    path = tmp_path / "settings.toml"
    path.write_text('layout = "touch"\n', encoding="utf-8")
    assert config.load(path, env=NO_ENV).layout == "touch"
    path.write_text('layout = "sideways"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="layout must be one of: auto, touch, desktop"):
        config.load(path, env=NO_ENV)
