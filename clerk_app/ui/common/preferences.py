"""The settings a staff member or manager sets in Clerk (config.PREFERENCES), read and saved where each belongs:
per staff member on this counter (the store that remembers each one's language) or for the counter (beside the
cache, with the Reminders view's hours); what IT locked in the machine-wide settings stays as IT set it."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QSettings

from ... import config
from ...machine_settings import SettingsError

log = logging.getLogger(__name__)
STAFF, COUNTER = "staff", "counter"


class LockedError(SettingsError):
    """The setting is set by IT on this computer."""


def scope(name: str) -> str:
    return config.FIELDS[name].metadata["scope"]


def _staff_store() -> QSettings:
    return QSettings()  # where language.remember keeps each staff member's language


def _counter_store(settings: config.Settings) -> QSettings:
    # Beside the cache, so each counter (and each test) keeps its own; the Reminders view's hours live here too.
    return QSettings(str(settings.data_dir / "ui-preferences.ini"), QSettings.Format.IniFormat)


def _staff_key(name: str, staff_id: str) -> str:
    return f"{name}/staff/{staff_id}"  # "language/staff/<id>": language.remember's key


def _counter_key(name: str) -> str:
    return config.FIELDS[name].metadata.get("store_key", f"preferences/{name}")


def _stored(store: QSettings, key: str, name: str) -> tuple[bool, Any]:
    raw = store.value(key)
    if raw is None or raw == "" and name == "language":
        return False, None
    try:
        return True, config.check(name, raw if not isinstance(raw, list) else "")
    except (SettingsError, ValueError):
        log.warning("ignoring a saved %s that is not valid", name)  # the value itself may be personal: not logged
        return False, None


def value(settings: config.Settings, name: str, staff_id: str | None = None) -> Any:
    """The value in effect: IT's if locked, else the staff member's own (for a per-staff setting), else this
    counter's, else the settings file's (or the default)."""
    if settings.is_locked(name):
        return getattr(settings, name)
    if staff_id and scope(name) == STAFF:
        found, stored = _stored(_staff_store(), _staff_key(name, staff_id), name)
        if found:
            return stored
    found, stored = _stored(_counter_store(settings), _counter_key(name), name)
    return stored if found else getattr(settings, name)


def load_counter_values(settings: config.Settings) -> None:
    """Put what was chosen for this counter into `settings` (at start), so what reads the settings sees it."""
    for name in config.PREFERENCES:
        if scope(name) == COUNTER and not settings.is_locked(name):
            setattr(settings, name, value(settings, name))


def save(settings: config.Settings, name: str, new: Any, staff_id: str | None = None) -> Any:
    """Check and save `new` for `name` (the staff member's own, or the counter's); returns it in its kind.

    SettingsError if it is not valid (nothing is saved), LockedError if IT set it."""
    if settings.is_locked(name):
        raise LockedError(f"The setting {name} is set by IT on this computer.")
    checked = config.check(name, new)
    if scope(name) == STAFF and staff_id:
        store, key = _staff_store(), _staff_key(name, staff_id)
    else:
        store, key = _counter_store(settings), _counter_key(name)
        setattr(settings, name, checked)
    store.setValue(key, checked)
    store.sync()
    if store.status() != QSettings.Status.NoError:
        raise SettingsError(f"The setting {name} could not be saved.")
    return checked
