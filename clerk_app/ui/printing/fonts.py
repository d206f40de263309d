"""Which font families the slip and the bag label print with, per script, on a Windows, macOS or Linux store PC.

A printout must draw every letter of the store's language and of its customers' names (Arabic with the Persian
letters, Hebrew, Cyrillic, Latin), never an empty box. Each text gets an explicit list of families (QFont
.setFamilies): first those made for its script on this system, then the screen's own family, then every other
family of the list. Qt takes each character from the first family in the list that has it, so a Latin order
number inside an Arabic line still comes from a Latin face, and a family a PC lacks is skipped.

What each family covers (from the vendors' font documentation):
- Windows: Segoe UI (the system UI font; Latin, Greek, Cyrillic, Arabic with the Persian letters, Hebrew; Windows 7
  and later), Tahoma (Latin, Greek, Cyrillic, Arabic, Hebrew, Thai; on every Windows since 2000, the UI font of
  Arabic and Hebrew Windows XP), Arial (Latin, Greek, Cyrillic, Arabic, Hebrew in Windows' own Arial).
- macOS: Helvetica Neue and Lucida Grande (Latin, Cyrillic; Lucida Grande also Arabic and Hebrew), Geeza Pro
  (macOS's Arabic system face, with the Persian letters), Arial Hebrew (macOS's Hebrew system face).
- Linux: Noto Sans (Latin, Greek, Cyrillic), Noto Sans Arabic / Noto Naskh Arabic and Vazirmatn (Arabic with the
  Persian letters), Noto Sans Hebrew, and DejaVu Sans (Latin, Greek, Cyrillic, Arabic, Hebrew), which most
  distributions install by default.

Those are what a store PC usually has; nobody can promise what a locked-down or trimmed one has. So Clerk ships
Noto Sans, Noto Sans Arabic and Noto Sans Hebrew (`clerk_app/ui/fonts/`, SIL Open Font License) and registers
them with Qt for the app alone: every list ends with them, and they alone print every letter of the five
languages and of customers' names in those scripts (tests/gui/test_printing.py checks it from the files).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

log = logging.getLogger(__name__)

SHIPPED_FOLDER = Path(__file__).resolve().parent.parent / "fonts"
SHIPPED_FAMILIES = ("Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans")
_registered: list[str] | None = None

LATIN, ARABIC, HEBREW = "latin", "arabic", "hebrew"  # Latin stands for Cyrillic too: the same faces carry both

FAMILIES: dict[str, dict[str, tuple[str, ...]]] = {
    "win32": {ARABIC: ("Segoe UI", "Tahoma", "Arial"), HEBREW: ("Segoe UI", "Arial", "Tahoma"),
              LATIN: ("Segoe UI", "Arial", "Tahoma")},
    "darwin": {ARABIC: ("Geeza Pro", "Lucida Grande"), HEBREW: ("Arial Hebrew", "Lucida Grande"),
               LATIN: ("Helvetica Neue", "Lucida Grande")},
    "linux": {ARABIC: ("Noto Sans Arabic", "Noto Naskh Arabic", "Vazirmatn", "DejaVu Sans"),
              HEBREW: ("Noto Sans Hebrew", "DejaVu Sans"), LATIN: ("Noto Sans", "DejaVu Sans")},
}


def platform_key(platform: str = sys.platform) -> str:
    return platform if platform in FAMILIES else "linux"  # the BSDs and others: the free families


def scripts_of(text: str) -> list[str]:
    """The right-to-left scripts `text` uses, in the order they first appear."""
    found: list[str] = []
    for ch in text:
        code = ord(ch)
        script = (ARABIC if 0x0600 <= code <= 0x08FF or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF
                  else HEBREW if 0x0590 <= code <= 0x05FF or 0xFB1D <= code <= 0xFB4F else None)
        if script and script not in found:
            found.append(script)
    return found


def register_shipped_fonts() -> list[str]:
    """Add the fonts Clerk ships to Qt's font database for this process (once); returns their families."""
    global _registered
    if _registered is None:
        found: list[str] = []
        for path in sorted(SHIPPED_FOLDER.glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id == -1:  # a damaged install: the PC's own faces still print what they can
                log.warning("Could not load the bundled font %s", path.name)
                continue
            found += QFontDatabase.applicationFontFamilies(font_id)
        _registered = list(dict.fromkeys(found))
    return _registered


def families_for(text: str, platform: str = sys.platform) -> list[str]:
    """The families to print `text` with: its scripts' first, then the screen's, then the rest, each once, and
    last the families Clerk ships, which have every letter whatever this PC lacks."""
    register_shipped_fonts()
    table = FAMILIES[platform_key(platform)]
    order = [*scripts_of(text), LATIN]
    ordered = [family for script in order for family in table[script]]
    if order[0] == LATIN:
        ordered.insert(0, QGuiApplication.font().family())  # Latin and Cyrillic text looks as on screen
    else:
        ordered.append(QGuiApplication.font().family())
    ordered += [family for script in (ARABIC, HEBREW, LATIN) for family in table[script]]
    ordered += SHIPPED_FAMILIES
    return list(dict.fromkeys(f for f in ordered if f))


def print_font(text: str = "") -> QFont:
    made = QFont()
    made.setFamilies(families_for(text))
    return made
