"""IT's default language (machine-wide settings) is the language Clerk starts in before anyone signs in."""

from __future__ import annotations

import argparse

from clerk_app import config, machine_settings
from clerk_app.config import FIELDS
from clerk_app.machine_settings import MachineSettings
from clerk_app.ui.app import startup_choice
from clerk_app.ui.common import language

NO_ENV: dict[str, str] = {}
NO_FLAG = argparse.Namespace(language=None)


def machine(tmp_path, text):
    path = tmp_path / "clerk.toml"
    path.write_text(text, encoding="utf-8")
    return machine_settings.read(path, known=set(FIELDS), policies=dict)


def test_the_machine_wide_language_is_where_clerk_starts(tmp_path):
    settings = config.load(tmp_path / "s.toml", env=NO_ENV,
                           machine=machine(tmp_path, 'language = "fa"\ndigits = "latin"\n'))
    chosen = startup_choice(NO_FLAG, settings)
    assert (chosen.language, chosen.digits) == ("fa", "latin")
    # --language still wins for this run; with nothing set, the computer's language.
    assert startup_choice(argparse.Namespace(language="ru"), settings).language == "ru"
    plain = config.load(tmp_path / "s.toml", env=NO_ENV, machine=MachineSettings())
    assert startup_choice(NO_FLAG, plain).language == language.system_language()
