"""Clerk's settings, declared once: defaults, IT's machine-wide settings, the user's TOML/JSON file, the environment,
then the command line; what IT locked stays as IT set it."""

from __future__ import annotations

import json
import logging
import os
import socket
import tempfile
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import platformdirs

from . import machine_settings
from .domain.addresses import is_loopback
from .machine_settings import MachineSettings, SettingsError

log = logging.getLogger(__name__)

APP_NAME = "Clerk"
FILE_NAMES = ("settings.toml", "settings.json")
# Environment variables that override the file (for IT deployment and scripted runs).
ENV_VARS = {"CLERK_API_URL": "api_url", "CLERK_DATA_DIR": "data_dir"}


def N_(text: str) -> str:
    """Marks a label for translation; the UI passes it through tr() (as Picard's options do)."""
    return text


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME))


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_NAME))  # the same folder cli.py uses


def _device_name() -> str:
    return (socket.gethostname() or "counter")[:200]  # the server allows 200 characters


@dataclass
class Settings:
    """Every setting, with its default, kind, limits and label. Secrets never go here (see secrets.py)."""

    api_url: str = field(default="", metadata={"kind": str, "label": N_("Store server address")})
    store_id: str | None = field(default=None, metadata={"kind": str, "optional": True, "label": N_("Store")})
    store_name: str | None = field(default=None, metadata={"kind": str, "optional": True,
                                                           "label": N_("Store name shown in the window")})
    device_id: str | None = field(default=None, metadata={"kind": str, "optional": True,
                                                          "label": N_("This device's id")})
    device_name: str = field(default_factory=_device_name, metadata={"kind": str, "label": N_("This device's name")})
    # API.md v1.1: a manager's enrollment code that enrolls this computer at its first start, no password needed
    # (IT puts it in the machine-wide settings with api_url and store_id). A secret: never saved, never shown.
    enrollment_code: str | None = field(default=None, repr=False, metadata={
        "kind": str, "optional": True, "secret": True, "label": N_("Enrollment code")})
    ca_bundle: str | None = field(default=None, metadata={"kind": str, "optional": True,
                                                          "label": N_("Certificate authority file")})
    idle_lock_minutes: int = field(default=5, metadata={"kind": int, "min": 1, "max": 240, "scope": "counter",
                                                         "label": N_("Lock after this many idle minutes")})
    data_dir: Path = field(default_factory=default_data_dir, metadata={"kind": Path, "label": N_("Data folder")})
    # The store's language for staff who have not chosen one on this counter (en, ar, fa, he, ru; empty: the
    # computer's), and how its numbers and dates are written (empty: the language's usual way).
    # `scope` marks what the Preferences dialog offers: "staff", remembered for each staff member on this counter
    # (the language since it was first remembered so), or "counter", for whoever uses this computer.
    language: str = field(default="", metadata={"kind": str, "choices": ("", "en", "ar", "fa", "he", "ru"),
                                                "scope": "staff", "label": N_("Language")})
    digits: str = field(default="", metadata={"kind": str, "choices": ("", "native", "latin"), "scope": "counter",
                                              "label": N_("Digits")})
    calendar: str = field(default="", metadata={"kind": str, "choices": ("", "gregorian", "jalali", "islamic-civil"),
                                                "scope": "counter", "label": N_("Calendar")})
    # The look: light, dark or high contrast ("": the computer's choice, followed as it changes), and the text
    # size in per cent; each staff member's own.
    theme: str = field(default="", metadata={"kind": str, "choices": ("", "light", "dark", "high-contrast"),
                                             "scope": "staff", "label": N_("Theme")})
    text_size: int = field(default=100, metadata={"kind": int, "min": 100, "max": 150, "choices": (100, 115, 130, 150),
                                                  "scope": "staff", "label": N_("Text size")})
    # Reminders: ready pickups not collected after this many hours (the Reminders view's own number, same key).
    reminder_hours: int = field(default=24, metadata={"kind": int, "min": 1, "max": 720, "scope": "counter",
                                                      "store_key": "reminders/after_hours",
                                                      "label": N_("Remind customers after this many hours")})
    # Printing: the printer slips and labels go to ("": the computer's default) and the bag label's size in mm.
    printer_name: str = field(default="", metadata={"kind": str, "scope": "counter", "max_length": 200,
                                                    "label": N_("Printer for slips and labels")})
    label_size: str = field(default="62x100", metadata={"kind": str, "choices": ("62x100", "102x152", "57x32"),
                                                        "scope": "counter", "label": N_("Bag label size")})
    # What the barcode scanner sends before and after each code, if it is set to send anything (removed).
    scanner_prefix: str = field(default="", metadata={"kind": str, "scope": "counter", "max_length": 8,
                                                      "label": N_("Scanner prefix")})
    scanner_suffix: str = field(default="", metadata={"kind": str, "scope": "counter", "max_length": 8,
                                                      "label": N_("Scanner suffix")})
    # The touch layout (finger-sized targets, kinetic scrolling) on "touch", the mouse-sized one on "desktop";
    # "auto" picks touch where a touchscreen is the computer's primary input (ui/common/touch.py).
    layout: str = field(default="auto", metadata={"kind": str, "choices": ("auto", "touch", "desktop"),
                                                  "scope": "counter", "label": N_("Screen layout")})

    def __post_init__(self) -> None:
        # Values come from files, the environment and the command line as text: check and convert them all here.
        for f in fields(self):
            setattr(self, f.name, _coerce(f.name, f.metadata, getattr(self, f.name)))
        self.machine = MachineSettings()  # set by load(): what IT set for this computer (not a field: never saved)

    def is_locked(self, name: str) -> bool:
        """Whether IT's machine-wide settings fix this setting (the app shows it as set by IT)."""
        return self.machine.is_locked(name)


def _coerce(name: str, meta: Mapping[str, Any], value: Any) -> Any:
    """The value in its declared kind, or ValueError naming the setting."""
    kind = meta["kind"]
    if value is None:
        if meta.get("optional"):
            return None
        raise SettingsError(f"The setting {name} needs a value.")
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, (int, str)):
            raise SettingsError(f"The setting {name} must be a whole number.")
        try:
            number = int(value)
        except ValueError:
            raise SettingsError(f"The setting {name} must be a whole number.") from None
        if not meta["min"] <= number <= meta["max"]:
            raise SettingsError(f"The setting {name} must be between {meta['min']} and {meta['max']}.")
        if "choices" in meta and number not in meta["choices"]:
            raise SettingsError(f"The setting {name} must be one of: {', '.join(map(str, meta['choices']))}.")
        return number
    if kind is Path:
        if not isinstance(value, (str, os.PathLike)) or not str(value):
            raise SettingsError(f"The setting {name} must be a folder.")
        return Path(value).expanduser()
    if not isinstance(value, str):
        raise SettingsError(f"The setting {name} must be text.")
    if name == "api_url":
        return _check_api_url(value.strip())
    if "choices" in meta and value not in meta["choices"]:
        raise SettingsError(f"The setting {name} must be one of: {', '.join(c for c in meta['choices'] if c)}.")
    if len(value) > meta.get("max_length", len(value)) or (meta.get("max_length") and not value.isprintable()):
        raise SettingsError(f"The setting {name} must be at most {meta['max_length']} printable characters.")
    return value


FIELDS = {f.name: f for f in fields(Settings)}
PREFERENCES = tuple(f.name for f in fields(Settings) if "scope" in f.metadata)  # what the Preferences dialog offers


def check(name: str, value: Any) -> Any:
    """`value` of the setting `name` in its declared kind, or SettingsError saying what is wrong."""
    return _coerce(name, FIELDS[name].metadata, value)


def _check_api_url(url: str) -> str:
    if not url:
        return ""  # not configured yet: the app asks for it
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme not in ("https", "http") or not host:
        raise SettingsError("The store server address must look like https://central.example.com")
    if parts.scheme == "http" and not is_loopback(host):
        # Plain http would carry tokens and customer data in the clear.
        raise SettingsError("The store server address must use https:// (http only for this computer).")
    return url.rstrip("/")


def settings_path(folder: Path | None = None) -> Path:
    """The settings file in `folder` (default: the user's config folder): the TOML one, else the JSON one."""
    folder = folder or config_dir()
    for name in FILE_NAMES:
        if (folder / name).exists():
            return folder / name
    return folder / FILE_NAMES[0]


def _read_file(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    try:
        values = tomllib.loads(raw.decode("utf-8")) if path.suffix == ".toml" else json.loads(raw)
    except (ValueError, tomllib.TOMLDecodeError) as exc:
        raise SettingsError(f"The settings file {path} cannot be read: {exc}") from None
    if not isinstance(values, dict):
        raise SettingsError(f"The settings file {path} must hold a table of settings.")
    return values


def load(path: Path | None = None, *, env: Mapping[str, str] | None = None,
         args: Mapping[str, Any] | Any = None, machine: MachineSettings | None = None) -> Settings:
    """Defaults, then the machine-wide settings IT set, overridden by the user's file, then by CLERK_* environment
    variables, then by command-line values; except what the machine-wide settings lock.

    `args` is a mapping or an argparse Namespace; its None values (options not given) are skipped. A command
    line that asks for another value of a locked setting is refused (SettingsError); the user's file and the
    environment are ignored for it. `machine` defaults to the computer's own (machine_settings.py).
    """
    env = os.environ if env is None else env
    if machine is None:
        machine = machine_settings.read(known=set(FIELDS), env=env)
    path = path or settings_path()
    values: dict[str, Any] = dict(machine.values)

    def allowed(name: str, value: Any, where: str) -> bool:
        if not machine.is_locked(name):
            return True
        if _same(name, value, machine.values.get(name)):
            return False
        log.warning("ignoring %s from %s: IT set it for this computer (%s)", name, where, machine.source)
        return False

    for name, value in _read_file(path).items():
        if name not in FIELDS:
            log.warning("ignoring unknown setting %r in %s", name, path)
        elif allowed(name, value, str(path)):
            values[name] = value
    for var, name in ENV_VARS.items():
        if env.get(var) and allowed(name, env[var], var):
            values[name] = env[var]
    given = vars(args) if args is not None and not isinstance(args, Mapping) else (args or {})
    for name, value in given.items():
        if name not in FIELDS or value is None:
            continue
        if machine.is_locked(name) and not _same(name, value, machine.values.get(name)):
            raise SettingsError(f"The setting {name} is set by IT on this computer ({machine.source}) "
                             "and cannot be changed here.")
        values[name] = value
    settings = Settings(**values)
    settings.machine = machine
    return settings


def _same(name: str, a: Any, b: Any) -> bool:
    """Whether two raw values of a setting mean the same (a URL with or without its last slash, "5" and 5)."""
    try:
        meta = FIELDS[name].metadata
        return _coerce(name, meta, a) == _coerce(name, meta, b)
    except ValueError:
        return False


def save(settings: Settings, path: Path | None = None) -> Path:
    """Write the settings (TOML or JSON by the file's suffix), atomically; returns the file written."""
    path = path or settings_path()
    machine = settings.machine
    # What IT set stays IT's: a locked value, or one still as the machine-wide file has it, is not copied into
    # the user's file, so a later change of the machine-wide file takes effect.
    values = {f.name: getattr(settings, f.name) for f in fields(settings) if getattr(settings, f.name) is not None
              and not f.metadata.get("secret")  # an enrollment code is spent once and kept nowhere
              and not machine.is_locked(f.name)
              and not (f.name in machine.values and _same(f.name, getattr(settings, f.name), machine.values[f.name]))}
    values = {k: str(v) if isinstance(v, Path) else v for k, v in values.items()}
    text = _toml(values) if path.suffix == ".toml" else json.dumps(values, indent=2, ensure_ascii=False) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)  # a crash leaves the old file or the new one, never half of one
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _toml(values: Mapping[str, Any]) -> str:
    # Settings are flat strings and integers, so TOML is written by hand (tomllib only reads).
    # An ASCII-escaped JSON string is a valid TOML basic string, except DEL, which TOML wants escaped.
    lines = []
    for name, value in values.items():
        rendered = str(value) if isinstance(value, int) else json.dumps(value).replace("\x7f", "\\u007f")
        lines.append(f"{name} = {rendered}")
    return "\n".join(lines) + "\n"
