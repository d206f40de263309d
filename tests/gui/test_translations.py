"""The English translation gives plural forms ("1 conflict", "3 conflicts"), and it is rebuilt when strings change;
the window's direction follows the language of Clerk's own words."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator

from clerk_app.ui import app as app_module
from clerk_app.ui.app import load_translations

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
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    qapp.setLayoutDirection(direction)


@pytest.mark.parametrize(("locale", "direction"), [
    ("he_IL", Qt.LayoutDirection.LeftToRight),  # Qt speaks Hebrew, Clerk not yet: its words stay English
    ("ar_EG", Qt.LayoutDirection.LeftToRight),  # clerk_ar.ts has no translation written yet
    ("fa_IR", Qt.LayoutDirection.LeftToRight),
    ("en_GB", Qt.LayoutDirection.LeftToRight),
])
def test_the_window_reads_in_the_direction_of_the_language_clerks_words_are_in(qapp, translations_undone, locale,
                                                                              direction):
    load_translations(qapp, QLocale(locale))
    QCoreApplication.sendPostedEvents()  # Qt applies a translation's own direction when it handles LanguageChange
    assert qapp.layoutDirection() == direction
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"  # Qt's words in English too


def test_a_written_right_to_left_translation_turns_the_window_right_to_left(qapp, translations_undone, tmp_path,
                                                                            monkeypatch):
    ts = tmp_path / "clerk_ar.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ar">'
                  "<context><name>PickupDetail</name><message><source>Hand over…</source>"
                  "<translation>تسليم…</translation></message></context></TS>", encoding="utf-8")
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lrelease"), str(ts)], check=True, capture_output=True)
    monkeypatch.setattr(app_module, "TRANSLATIONS", tmp_path)
    load_translations(qapp, QLocale("ar_EG"))
    QCoreApplication.sendPostedEvents()
    assert QCoreApplication.translate("PickupDetail", "Hand over…") == "تسليم…"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"  # Qt's own Arabic with it
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
