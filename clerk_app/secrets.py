"""Where Clerk keeps its secrets (device token, refresh tokens, cache key): the OS keyring, else memory or an opted-in file."""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from pathlib import Path
from typing import Protocol

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import chainer, fail, null

from .errors import SecretsError

log = logging.getLogger(__name__)

SERVICE = "Clerk"
NO_SECURE_STORAGE = ("This computer has no secure storage for passwords, so you'll need to sign in again "
                     "after restarting Clerk.")


class SecretStore(Protocol):
    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


# --- names ---------------------------------------------------------------------------------

def _api(api: str) -> str:
    return api.strip().rstrip("/")  # "https://x/" and "https://x" are one server


def device_token_name(api: str, store_id: str) -> str:
    return f"device_token:{_api(api)}:{store_id}"


def refresh_token_name(api: str, username: str) -> str:
    # The server matches usernames case-insensitively, so "Alice" and "alice" share one entry.
    return f"refresh_token:{_api(api)}:{username.strip().casefold()}"


def cache_key_name(api: str, store_id: str) -> str:
    return f"cache_key:{_api(api)}:{store_id}"


# --- stores --------------------------------------------------------------------------------

class MemoryStore:
    """Secrets for this process's life only (no secure storage, and the user did not opt in to a file)."""

    def __init__(self) -> None:
        self._values: dict[str, str] = {}
        self._lock = threading.Lock()

    def get(self, name: str) -> str | None:
        with self._lock:
            return self._values.get(name)

    def set(self, name: str, value: str) -> None:
        with self._lock:
            self._values[name] = value

    def delete(self, name: str) -> None:
        with self._lock:
            self._values.pop(name, None)


class KeyringStore:
    """The OS keyring (Windows Credential Manager, macOS Keychain, Secret Service)."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    def get(self, name: str) -> str | None:
        try:
            return keyring.get_password(self.service, name)
        except Exception as exc:  # noqa: BLE001 - backends raise anything (D-Bus, OSError, KeyringError)
            raise SecretsError(f"reading {name.split(':')[0]} from the keyring failed: {type(exc).__name__}") from None

    def set(self, name: str, value: str) -> None:
        try:
            keyring.set_password(self.service, name, value)
        except Exception as exc:  # noqa: BLE001 - see get(); `from None` keeps the value out of tracebacks
            raise SecretsError(f"saving {name.split(':')[0]} in the keyring failed: {type(exc).__name__}") from None

    def delete(self, name: str) -> None:
        try:
            keyring.delete_password(self.service, name)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing stored under that name: already deleted
        except Exception as exc:  # noqa: BLE001 - see get()
            raise SecretsError(f"deleting {name.split(':')[0]} from the keyring failed: {type(exc).__name__}") from None


class FileStore:
    """A JSON file readable by its owner only. Not secure storage: for demo mode or an explicit opt-in."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()

    def _load(self) -> dict[str, str]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise SecretsError(f"reading the secrets file failed: {type(exc).__name__}") from None
        try:
            values = json.loads(text)
        except ValueError:
            raise SecretsError("the secrets file is damaged") from None
        if not isinstance(values, dict) or not all(isinstance(v, str) for v in values.values()):
            raise SecretsError("the secrets file is damaged")
        return values

    def _save(self, values: dict[str, str]) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # mkstemp creates the file 0o600 from the start, so the secrets are never readable by others,
            # and the rename makes a crash leave either the old file or the new one.
            fd, tmp = tempfile.mkstemp(prefix=".secrets-", dir=self.path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    json.dump(values, f)
                    f.flush()
                    os.fsync(f.fileno())
                os.chmod(tmp, 0o600)
                os.replace(tmp, self.path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            raise SecretsError(f"saving the secrets file failed: {type(exc).__name__}") from None

    def get(self, name: str) -> str | None:
        with self._lock:
            return self._load().get(name)

    def set(self, name: str, value: str) -> None:
        with self._lock:
            values = self._load()
            values[name] = value
            self._save(values)

    def delete(self, name: str) -> None:
        with self._lock:
            values = self._load()
            if values.pop(name, None) is not None:
                self._save(values)


# --- choosing one --------------------------------------------------------------------------

def is_secure_backend(backend: keyring.backend.KeyringBackend) -> bool:
    """Whether a keyring backend is real OS storage (not the fail / null placeholders, nor a chain of nothing)."""
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(is_secure_backend(b) for b in backend.backends)
    # keyrings.alt's plaintext and "encrypted" file backends are files, not OS secure storage.
    return not type(backend).__module__.startswith("keyrings.alt")


def open_secret_store(allow_file: Path | None = None) -> tuple[SecretStore, str | None]:
    """The store to use and, when secrets will not outlive this run, a sentence telling the user why."""
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # noqa: BLE001 - a broken keyring setup is the same as having none
        log.warning("the keyring could not be loaded (%s)", type(exc).__name__)
        backend = None
    if backend is not None and is_secure_backend(backend):
        return KeyringStore(), None
    if allow_file is not None:
        log.info("no secure keyring; using the secrets file the user opted in to")
        return FileStore(allow_file), None
    log.warning("no secure keyring (%s); secrets are kept in memory for this run only", type(backend).__name__)
    return MemoryStore(), NO_SECURE_STORAGE
