"""IT's default language (machine-wide settings) is the app's locale before anyone signs in."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from clerk_app import config, machine_settings
from clerk_app.config import FIELDS
from clerk_app.machine_settings import MachineSettings
from clerk_app.ui.app import apply_default_language

NO_ENV: dict[str, str] = {}


def machine(tmp_path, text):
    path = tmp_path / "clerk.toml"
    path.write_text(text, encoding="utf-8")
    return machine_settings.read(path, known=set(FIELDS), policies=dict)


def test_the_default_language_becomes_the_app_s_locale(tmp_path):
    before = QLocale()
    try:
        settings = config.load(tmp_path / "s.toml", env=NO_ENV, machine=machine(tmp_path, 'language = "fa"\n'))
        apply_default_language(settings)
        assert QLocale().language() == QLocale.Language.Persian
        QLocale.setDefault(before)
        apply_default_language(config.load(tmp_path / "s.toml", env=NO_ENV, machine=MachineSettings()))
        assert QLocale().name() == before.name()  # no language set: the computer's own stays
    finally:
        QLocale.setDefault(before)
