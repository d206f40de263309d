"""The language Clerk speaks: which one, its translations (Clerk's and Qt's), direction, locale, digits and calendar.

`apply(app, choice)` switches all of it at once. Qt then sends every widget a LanguageChange event; the main
window rebuilds its screens from that (see MainWindow.retranslate), so a switch needs no restart.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCalendar, QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"

# The languages Clerk is translated into, each named in its own words (a clerk looks for their own language's name).
NAMES = {"en": "English", "ar": "العربية", "fa": "فارسی", "he": "עברית", "ru": "Русский"}
# The country a language's dates and money follow when the computer's own locale is in another language.
DEFAULT_COUNTRY = {"en": "en_US", "ar": "ar_SA", "fa": "fa_IR", "he": "he_IL", "ru": "ru_RU"}
# Persian stores date by the Solar Hijri calendar; the others by the Gregorian one unless a store asks otherwise.
DEFAULT_CALENDAR = {"fa": "jalali"}
CALENDARS = {"gregorian": QCalendar.System.Gregorian, "jalali": QCalendar.System.Jalali,
             "islamic-civil": QCalendar.System.IslamicCivil}
DIGIT_CHOICES = ("", "native", "latin")  # "": the locale's own digits
CALENDAR_CHOICES = ("", *CALENDARS)      # "": the language's usual calendar

_LATIN = {**{0x0660 + i: str(i) for i in range(10)}, **{0x06F0 + i: str(i) for i in range(10)},
          0x066B: ".", 0x066C: ","}  # with Latin digits, the Latin decimal and thousands separators


@dataclass(frozen=True)
class Choice:
    """What a staff member (or the store) chose: a language code of NAMES, and optionally digits and calendar."""

    language: str = "en"
    digits: str = ""
    calendar: str = ""

    @property
    def locale(self) -> QLocale:
        system = QLocale.system()
        if system.name().split("_")[0] == self.language:
            return system  # the computer's own country for this language (ar_AE, say)
        return QLocale(DEFAULT_COUNTRY[self.language])

    @property
    def calendar_system(self) -> QCalendar.System:
        return CALENDARS[self.calendar or DEFAULT_CALENDAR.get(self.language, "gregorian")]

    @property
    def latin_digits(self) -> bool:
        return self.digits == "latin"


def supported(code: str | None) -> str | None:
    """The language code of NAMES that `code` ("fa", "fa_IR", "ru-RU") names, or None."""
    if not code:
        return None
    base = code.replace("-", "_").split("_")[0].lower()
    return base if base in NAMES else None


def system_language() -> str:
    """The computer's language where Clerk speaks it, else English."""
    for name in QLocale.system().uiLanguages():
        if found := supported(name):
            return found
    return "en"


# The choice in effect (read by the formatter, which every screen and printout uses).
_current = Choice()


def current() -> Choice:
    return _current


def to_latin_digits(text: str) -> str:
    """Arabic-Indic and Persian digits as 0-9 (for stores that ask for Latin digits)."""
    return text.translate(_LATIN)


class _ClerkTranslator(QTranslator):
    """Clerk's own translation, with its counts in the language's digits: Qt writes "%n" with Latin digits and
    "%Ln" with the default locale's, so a translation's "%n" becomes "%Ln", and with Latin digits chosen its "%Ln"
    becomes "%n"."""

    def __init__(self, parent, latin: bool) -> None:
        super().__init__(parent)
        self._latin = latin

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        text = super().translate(context, source, disambiguation, n)
        if not text:
            return None  # not translated: a null string sends Qt on to the next translator (Qt's, English)
        if self._latin:  # "%Ln" too would write the locale's digits
            return to_latin_digits(text).replace("%Ln", "%n")
        return text.replace("%n", "%Ln")


_installed: list[QTranslator] = []


def apply(app: QCoreApplication, choice: Choice) -> Choice:
    """Switches Clerk's words, Qt's own (dialog buttons, the print dialog), the direction and the locale.

    English is installed under every language: "%n item(s)" reads "1 item" / "2 items" only through a
    translation's plural forms. A language whose translation cannot be loaded falls back to English (and left to
    right) rather than mixing Qt's words in one language with Clerk's in another; the choice returned says so.
    """
    global _current
    for translator in _installed:
        if shiboken6.isValid(translator):
            app.removeTranslator(translator)
            translator.deleteLater()
    _installed.clear()
    english = QTranslator(app)
    if english.load("clerk_en", str(TRANSLATIONS)):
        app.installTranslator(english)
        _installed.append(english)
    if choice.language != "en":
        clerk = _ClerkTranslator(app, choice.latin_digits)
        if clerk.load(f"clerk_{choice.language}", str(TRANSLATIONS)) and not clerk.isEmpty():
            qt = QTranslator(app)
            if qt.load(choice.locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                app.installTranslator(qt)
                _installed.append(qt)
            app.installTranslator(clerk)
            _installed.append(clerk)
        else:
            choice = Choice("en", choice.digits, choice.calendar)
    locale = choice.locale
    QLocale.setDefault(locale)
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(locale.textDirection() if choice.language != "en" else Qt.LayoutDirection.LeftToRight)
    _current = choice
    return choice


# --- data inside translated text ----------------------------------------------------------------

FSI, LRI, RLI, PDI = "\u2068", "\u2066", "\u2067", "\u2069"


def isolate(value: object) -> str:
    """A data value (a name in any script, a store) set apart from the text around it, its direction its own
    first strong letter's: an Arabic name inside English, a Latin one inside Hebrew, neither scrambles the line."""
    text = "" if value is None else str(value)
    return f"{FSI}{text}{PDI}" if text and not text.startswith((FSI, LRI)) else text


def ltr(value: object) -> str:
    """A value that always reads left to right, whatever surrounds it: a phone number ("+15331964959" stays so,
    not "15331964959+"), an email, an order number, a code or a SKU."""
    text = "" if value is None else str(value)
    return f"{LRI}{text}{PDI}" if text and not text.startswith((FSI, LRI)) else text


def elided(metrics, text: str, width: float) -> str:
    """`text` elided at its end to `width` px of `metrics` (QFontMetrics or QFontMetricsF), with every isolate the
    cut left open closed again: otherwise the rest of the line (the painter's, a table's) runs into it. (Qt 6.11's
    elidedText closes them itself; this holds whatever Qt does, and for text that arrives unbalanced.)"""
    from PySide6.QtCore import Qt

    cut = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    open_isolates = 0
    for ch in cut:
        if ch in (FSI, LRI, RLI):
            open_isolates += 1
        elif ch == PDI and open_isolates:
            open_isolates -= 1
    return cut + PDI * open_isolates


def elided_ltr_parts(metrics, parts: list[str], width: int, separator: str = " · ") -> str:
    """`parts` (an email, a phone number, an order number...) joined by `separator`, each isolated left to right
    (ltr()), shortened to fit `width` px of `metrics` (a QFontMetrics) by eliding the longest part INSIDE its
    isolate: eliding the joined line would cut a closing PDI off and let the rest of the line run into the
    unclosed isolate ("+1533…" could then read "…1533+"). A part too long for any room is dropped last-first."""
    from PySide6.QtCore import Qt

    texts = [str(p) for p in parts if p]

    def joined(items: list[str]) -> str:
        return separator.join(ltr(t) for t in items if t)

    if metrics.horizontalAdvance(joined(texts)) <= width:
        return joined(texts)
    for i in sorted(range(len(texts)), key=lambda k: -metrics.horizontalAdvance(texts[k])):
        others = [t for k, t in enumerate(texts) if k != i and t]
        room = width - metrics.horizontalAdvance(joined(others) + (separator if others else ""))
        texts[i] = metrics.elidedText(texts[i], Qt.TextElideMode.ElideRight, max(room, 0))
        if texts[i] in ("", "…") and others:
            texts[i] = ""
        if metrics.horizontalAdvance(joined(texts)) <= width:
            break
    while len([t for t in texts if t]) > 1 and metrics.horizontalAdvance(joined(texts)) > width:
        texts[max(k for k, t in enumerate(texts) if t)] = ""
    if metrics.horizontalAdvance(joined(texts)) > width:  # a single part in too little room
        only = next((t for t in texts if t), "")
        return ltr(metrics.elidedText(only, Qt.TextElideMode.ElideRight, width)) if only else ""
    return joined(texts)


# --- each staff member's language on this counter ------------------------------------------------

def _settings_key(staff_id: str) -> str:
    return f"language/staff/{staff_id}"


def remembered(staff_id: str | None) -> str | None:
    """The language this staff member last chose on this counter, if any."""
    if not staff_id:
        return None
    from PySide6.QtCore import QSettings

    return supported(str(QSettings().value(_settings_key(staff_id), "") or ""))


def remember(staff_id: str | None, code: str) -> None:
    if staff_id and supported(code):
        from PySide6.QtCore import QSettings

        QSettings().setValue(_settings_key(staff_id), code)


def switch(app: QCoreApplication, code: str) -> Choice:
    """Another language, the store's digits and calendar kept."""
    return apply(app, Choice(code, _current.digits, _current.calendar))
