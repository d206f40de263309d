"""The English translation gives plural forms ("1 conflict", "3 conflicts"), and it is rebuilt when strings change;
the window's direction follows the language of Clerk's own words."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator

from clerk_app.ui.app import load_translations
from clerk_app.ui.common import language

ROOT = Path(__file__).resolve().parents[2]
QM = ROOT / "clerk_app" / "ui" / "translations" / "clerk_en.qm"
TS = ROOT / "resources" / "translations" / "clerk_en.ts"


def test_english_plurals_read_naturally():
    translator = QTranslator()
    assert translator.load(str(QM))
    assert translator.translate("ConnectionStatus", "%n conflict(s)", "", 1) == "%n conflict"
    assert translator.translate("ConnectionStatus", "%n conflict(s)", "", 3) == "%n conflicts"


def test_every_plural_string_in_the_code_is_in_the_translation_source():
    # A new "(s)" string not in clerk_en.ts would show "item(s)" to the clerk: run `make translations`.
    sources = {m.findtext("source") for m in ET.parse(TS).iter("message")}
    in_code = set()
    for path in (ROOT / "clerk_app" / "ui").rglob("*.py"):
        in_code |= set(re.findall(r'"([^"\n]*%n[^"\n]*\(s\)[^"\n]*)"', path.read_text(encoding="utf-8")))
    # A long string is split over lines in the code: each piece must be part of some source.
    missing = sorted(text for text in in_code if not any(text in source for source in sources if source))
    assert not missing, f"run `make translations`: {missing}"


@pytest.fixture
def translations_undone(qapp):
    direction = qapp.layoutDirection()
    qapp.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)  # as a new app starts: from its translations
    yield
    language.apply(qapp, language.Choice("en"))
    qapp.setLayoutDirection(direction)


@pytest.mark.parametrize(("locale", "direction", "cancel"), [
    ("he_IL", Qt.LayoutDirection.RightToLeft, "ביטול"),
    ("ar_EG", Qt.LayoutDirection.RightToLeft, "ألغِ"),
    ("fa_IR", Qt.LayoutDirection.RightToLeft, "انصراف"),
    ("ru_RU", Qt.LayoutDirection.LeftToRight, "Отмена"),
    ("en_GB", Qt.LayoutDirection.LeftToRight, "Cancel"),
    ("de_DE", Qt.LayoutDirection.LeftToRight, "Cancel"),  # Clerk does not speak German: English, Qt's words too
])
def test_the_window_reads_in_the_direction_of_the_language_clerks_words_are_in(qapp, translations_undone, locale,
                                                                              direction, cancel):
    load_translations(qapp, QLocale(locale))
    QCoreApplication.sendPostedEvents()  # Qt applies a translation's own direction when it handles LanguageChange
    assert qapp.layoutDirection() == direction
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel  # Qt's own words (qtbase_*.qm) in the same language


def test_a_language_whose_translation_cannot_load_falls_back_to_english_left_to_right(qapp, translations_undone,
                                                                                     tmp_path, monkeypatch):
    monkeypatch.setattr(language, "TRANSLATIONS", tmp_path)  # no .qm files there
    (tmp_path / "clerk_en.qm").write_bytes((ROOT / "clerk_app" / "ui" / "translations" / "clerk_en.qm").read_bytes())
    chosen = language.apply(qapp, language.Choice("ar"))
    QCoreApplication.sendPostedEvents()
    assert chosen.language == "en"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"  # not Qt's Arabic beside English
