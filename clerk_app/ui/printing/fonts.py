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
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont, QGuiApplication

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


def families_for(text: str, platform: str = sys.platform) -> list[str]:
    """The families to print `text` with: its scripts' first, then the screen's, then the rest, each once."""
    table = FAMILIES[platform_key(platform)]
    order = [*scripts_of(text), LATIN]
    ordered = [family for script in order for family in table[script]]
    if order[0] == LATIN:
        ordered.insert(0, QGuiApplication.font().family())  # Latin and Cyrillic text looks as on screen
    else:
        ordered.append(QGuiApplication.font().family())
    ordered += [family for script in (ARABIC, HEBREW, LATIN) for family in table[script]]
    return list(dict.fromkeys(f for f in ordered if f))


def print_font(text: str = "") -> QFont:
    made = QFont()
    made.setFamilies(families_for(text))
    return made
