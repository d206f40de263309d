"""The machine-wide settings IT sets for every user of a counter PC, and which of them a user cannot change.

    Linux   /etc/clerk/clerk.toml
    macOS   /Library/Application Support/Clerk/clerk.toml
    Windows %ProgramData%\\Clerk\\clerk.toml, and the policy values the MSI writes under
            HKLM\\SOFTWARE\\Policies\\Clerk (SERVERURL -> api_url, STORE -> store_id, ENROLLMENTCODE -> enrollment_code),
            which are always locked
    CLERK_MACHINE_SETTINGS=PATH   another file instead (tests, a kiosk image)

The file holds the same settings as the user's own file, plus `locked`, a list of their names:

    api_url = "https://central.example"
    store_id = "st_001"
    ca_bundle = "/etc/ssl/certs/store-ca.pem"
    idle_lock_minutes = 3
    language = "ar"
    enrollment_code = "K7QD-M3XP-2R"
    locked = ["api_url", "store_id", "ca_bundle"]

`enrollment_code` (API.md v1.1) enrolls the counter at its first start without anyone's password; Clerk never
copies it anywhere, and once enrolled it does not use it again (IT may leave it in the file or remove it).

config.load puts these values under the user's file, the environment and the command line; a locked one
stays as IT set it whatever those say.
"""

from __future__ import annotations

import logging
import os
import sys
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

ENV_VAR = "CLERK_MACHINE_SETTINGS"
POLICY_KEY = r"SOFTWARE\Policies\Clerk"


class SettingsError(ValueError):
    """A setting that cannot be used, in words for the person who set it (config.py raises it too)."""


@dataclass(frozen=True)
class MachineSettings:
    values: dict[str, Any] = field(default_factory=dict, repr=False)  # may hold an enrollment code: never printed
    locked: frozenset[str] = frozenset()
    source: str = ""  # where they came from, for messages

    def is_locked(self, name: str) -> bool:
        return name in self.locked


def default_path(env: Mapping[str, str] | None = None, platform: str | None = None) -> Path:
    env = os.environ if env is None else env
    if env.get(ENV_VAR):
        return Path(env[ENV_VAR])
    platform = platform or sys.platform
    if platform == "win32":
        return Path(env.get("ProgramData") or env.get("PROGRAMDATA") or r"C:\ProgramData") / "Clerk" / "clerk.toml"
    if platform == "darwin":
        return Path("/Library/Application Support/Clerk/clerk.toml")
    return Path("/etc/clerk/clerk.toml")


def _windows_policies() -> dict[str, str]:
    """The MSI's policy values (HKLM\\SOFTWARE\\Policies\\Clerk), as text; empty ones are not set."""
    import winreg  # Windows only

    values: dict[str, str] = {}
    try:
        key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, POLICY_KEY, 0, winreg.KEY_READ | winreg.KEY_WOW64_64KEY)
    except OSError:
        return values
    with key:
        index = 0
        while True:
            try:
                name, value, _kind = winreg.EnumValue(key, index)
            except OSError:
                return values
            index += 1
            if isinstance(value, (str, int)) and str(value).strip():
                values[name] = str(value).strip()


def read(path: Path | None = None, *, known: set[str], env: Mapping[str, str] | None = None,
         policies: Callable[[], dict[str, str]] | None = None) -> MachineSettings:
    """The machine's settings (none when there is no file); SettingsError naming the file when it is not valid.

    `known` is the settings' names; `policies` reads Windows' policy values (default: the registry on Windows).
    """
    path = path or default_path(env)
    values: dict[str, Any] = {}
    locked: set[str] = set()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raw = None
    except OSError as exc:
        raise SettingsError(f"The computer's Clerk settings {path} cannot be read: {exc.strerror}") from None
    if raw is not None:
        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise SettingsError(f"The computer's Clerk settings {path} cannot be read: {exc}") from None
        names = data.pop("locked", [])
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise SettingsError(f"In the computer's Clerk settings {path}, locked must be a list of setting names.")
        for name in names:
            if name not in known:
                raise SettingsError(f"In the computer's Clerk settings {path}, locked names an unknown setting: {name}")
        for name, value in data.items():
            if name in known:
                values[name] = value
            else:
                log.warning("ignoring unknown setting %r in %s", name, path)
        locked.update(names)
    if policies is None and sys.platform == "win32":
        policies = _windows_policies
    sources = [str(path)] if raw is not None else []
    if policies is not None:
        found = {k: v for k, v in policies().items() if k in known}
        if found:
            values.update(found)
            locked.update(found)  # a policy is IT's decision, not a default
            sources.append(f"HKLM\\{POLICY_KEY}")
    return MachineSettings(values, frozenset(locked), " and ".join(sources))
