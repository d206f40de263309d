"""The English translation gives plural forms ("1 conflict", "3 conflicts"), and it is rebuilt when strings change."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator

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
    for path in (ROOT / "clerk_app" / "ui").glob("*.py"):
        in_code |= set(re.findall(r'"([^"\n]*%n[^"\n]*\(s\)[^"\n]*)"', path.read_text(encoding="utf-8")))
    # A long string is split over lines in the code: each piece must be part of some source.
    missing = sorted(text for text in in_code if not any(text in source for source in sources if source))
    assert not missing, f"run `make translations`: {missing}"
