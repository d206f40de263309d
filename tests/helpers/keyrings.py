"""Keyring backends for tests that run `clerk-app` in a subprocess (chosen with PYTHON_KEYRING_BACKEND):
one that works, kept in memory, and one whose OS storage refuses every write."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.values.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class RefusingKeyring(MemoryKeyring):
    """Secure storage that is there but broken (a locked Secret Service collection, a full Keychain)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise OSError("the keyring refused the write")
