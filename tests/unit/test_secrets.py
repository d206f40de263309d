"""clerk_app.secrets: the memory, file and keyring stores, the choice between them, and keyring failures as SecretsError."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable, Iterator

import keyring
import keyring.backend
import keyring.errors
import pytest
from keyring.backends import chainer, fail, null

from clerk_app.errors import SecretsError
from clerk_app.secrets import (
    NO_SECURE_STORAGE,
    FileStore,
    KeyringStore,
    MemoryStore,
    cache_key_name,
    device_token_name,
    is_secure_backend,
    open_secret_store,
    refresh_token_name,
)

TOKEN = "s3cret-token-value"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """An OS keyring stand-in that keeps passwords in a dict."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not found")


class BrokenKeyring(MemoryKeyring):
    """A keyring whose every operation fails, as a locked or crashed Secret Service does."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked(f"locked while reading {username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError(f"D-Bus went away while saving {password}")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringError("denied")


@pytest.fixture
def installed() -> Iterator[Callable[[keyring.backend.KeyringBackend], keyring.backend.KeyringBackend]]:
    """Install a keyring backend for one test, and put the previous one (tests/conftest.py's fail backend) back."""
    previous = keyring.get_keyring()

    def install(backend: keyring.backend.KeyringBackend) -> keyring.backend.KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    yield install
    keyring.set_keyring(previous)


# --- names -------------------------------------------------------------------------------------

def test_names_follow_the_agreed_shapes():
    api = "https://central.example.com/"
    assert device_token_name(api, "st_001") == "device_token:https://central.example.com:st_001"
    assert cache_key_name(api, "st_001") == "cache_key:https://central.example.com:st_001"
    assert refresh_token_name(api, "Alice ") == "refresh_token:https://central.example.com:alice"
    assert refresh_token_name(api, "alice") == refresh_token_name(api.rstrip("/"), "ALICE")


# --- memory --------------------------------------------------------------------------------------

def test_memory_store_round_trip_and_delete():
    store = MemoryStore()
    assert store.get("a") is None
    store.set("a", TOKEN)
    assert store.get("a") == TOKEN
    store.delete("a")
    store.delete("a")  # deleting what is gone is not an error
    assert store.get("a") is None
    assert MemoryStore().get("a") is None  # nothing shared between instances (nothing outlives the process)


# --- file ----------------------------------------------------------------------------------------

def test_file_store_round_trip_survives_a_new_instance(tmp_path):
    path = tmp_path / "demo" / "secrets.json"
    store = FileStore(path)
    assert store.get("x") is None
    store.set("device_token:a:b", TOKEN)
    store.set("cache_key:a:b", "ab" * 32)
    again = FileStore(path)
    assert again.get("device_token:a:b") == TOKEN and again.get("cache_key:a:b") == "ab" * 32
    again.delete("device_token:a:b")
    again.delete("never-set")
    assert FileStore(path).get("device_token:a:b") is None
    assert FileStore(path).get("cache_key:a:b") == "ab" * 32


def test_file_store_is_readable_by_its_owner_only(tmp_path):
    path = tmp_path / "secrets.json"
    old_umask = os.umask(0o022)  # a umask that would leave a new file world-readable
    try:
        FileStore(path).set("k", TOKEN)
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name != "secrets.json"]  # no temporary file left behind


def test_a_damaged_secrets_file_is_a_secrets_error(tmp_path):
    path = tmp_path / "secrets.json"
    for content in ("{not json", '["a list"]', '{"k": 5}'):
        path.write_text(content, encoding="utf-8")
        with pytest.raises(SecretsError):
            FileStore(path).get("k")


def test_an_unwritable_secrets_folder_is_a_secrets_error(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(SecretsError) as caught:
        FileStore(blocker / "secrets.json").set("k", TOKEN)
    assert TOKEN not in str(caught.value)


# --- keyring -------------------------------------------------------------------------------------

def test_keyring_store_round_trip_through_the_backend(installed):
    backend = installed(MemoryKeyring())
    store = KeyringStore()
    assert store.get("refresh_token:a:alice") is None
    store.set("refresh_token:a:alice", TOKEN)
    assert backend.passwords == {("Clerk", "refresh_token:a:alice"): TOKEN}
    assert store.get("refresh_token:a:alice") == TOKEN
    store.delete("refresh_token:a:alice")
    store.delete("refresh_token:a:alice")  # PasswordDeleteError (not found) is not an error
    assert backend.passwords == {}


def test_keyring_store_uses_its_service_name(installed):
    backend = installed(MemoryKeyring())
    KeyringStore(service="Clerk-test").set("k", "v")
    assert backend.passwords == {("Clerk-test", "k"): "v"}


def test_keyring_errors_become_secrets_errors_without_the_secret(installed):
    installed(BrokenKeyring())
    store = KeyringStore()
    for call in (lambda: store.get("device_token:a:b"), lambda: store.set("device_token:a:b", TOKEN),
                 lambda: store.delete("device_token:a:b")):
        with pytest.raises(SecretsError) as caught:
            call()
        assert TOKEN not in str(caught.value)
        assert caught.value.__cause__ is None and caught.value.__suppress_context__  # no traceback quoting it


def test_the_fail_backend_is_a_secrets_error_too():
    # tests/conftest.py installs keyring.backends.fail.Keyring, which raises NoKeyringError on every call.
    assert isinstance(keyring.get_keyring(), fail.Keyring)
    with pytest.raises(SecretsError):
        KeyringStore().get("k")


# --- choosing a store ------------------------------------------------------------------------------

def test_no_real_keyring_falls_back_to_memory_with_a_warning(caplog):
    assert isinstance(keyring.get_keyring(), fail.Keyring)
    with caplog.at_level(logging.WARNING, logger="clerk_app.secrets"):
        store, warning = open_secret_store()
    assert isinstance(store, MemoryStore)
    assert warning == NO_SECURE_STORAGE and "sign in again" in warning
    assert "no secure keyring" in caplog.text


def test_the_user_can_opt_in_to_a_file_store(tmp_path):
    path = tmp_path / "secrets.json"
    store, warning = open_secret_store(allow_file=path)
    assert isinstance(store, FileStore) and store.path == path and warning is None
    store.set("k", "v")
    assert FileStore(path).get("k") == "v"


def test_a_real_keyring_is_used_when_there_is_one(installed, tmp_path):
    backend = installed(MemoryKeyring())
    for allow_file in (None, tmp_path / "secrets.json"):
        store, warning = open_secret_store(allow_file)
        assert isinstance(store, KeyringStore) and warning is None
    store.set("k", "v")
    assert backend.passwords[("Clerk", "k")] == "v"
    assert not (tmp_path / "secrets.json").exists()


@pytest.mark.parametrize("backend,secure", [(fail.Keyring(), False), (null.Keyring(), False), (MemoryKeyring(), True)],
                         ids=["fail", "null", "real"])
def test_which_backends_count_as_secure(backend, secure):
    assert is_secure_backend(backend) is secure


def test_a_chainer_is_secure_only_if_it_chains_a_real_backend(monkeypatch):
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    assert not is_secure_backend(chainer.ChainerBackend())
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [null.Keyring()])
    assert not is_secure_backend(chainer.ChainerBackend())
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [null.Keyring(), MemoryKeyring()])
    assert is_secure_backend(chainer.ChainerBackend())


def test_a_null_keyring_falls_back_to_memory(installed):
    installed(null.Keyring())
    store, warning = open_secret_store()
    assert isinstance(store, MemoryStore) and warning == NO_SECURE_STORAGE

