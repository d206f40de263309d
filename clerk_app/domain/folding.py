"""Text folding for local customer search, exactly as API.md defines it.

The reference server folds the same way (central_api/folding.py); both are checked
against the shared vectors in resources/folding_vectors.json.
"""

from __future__ import annotations

import re
import unicodedata

# Arabic and Persian letter variants unified to one form (API.md "Folding").
_LETTER_MAP = str.maketrans(
    {
        "\u064a": "\u06cc",  # ARABIC YEH -> FARSI YEH
        "\u0649": "\u06cc",  # ALEF MAKSURA -> FARSI YEH
        "\u0643": "\u06a9",  # ARABIC KAF -> KEHEH
        "\u0629": "\u0647",  # TEH MARBUTA -> HEH
        "\u0640": None,  # TATWEEL removed
    }
)

# Arabic-Indic and Extended Arabic-Indic (Persian) digits to ASCII, for phone numbers.
_DIGIT_MAP = str.maketrans(
    {**{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)}}
)

_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
_NOT_ASCII_DIGITS = re.compile(r"[^0-9]+")


def fold(text: str) -> str:
    """NFKD, combining marks removed, case folded, Arabic/Persian variants unified."""
    if text.isascii():
        # ASCII has no decompositions, no combining marks and none of the mapped letters, and its
        # case folding is lower(): the same result, many times faster (most Latin-script names).
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # Recompose so that letters NFKD split but which carry no mark come back whole.
    return unicodedata.normalize("NFC", stripped).casefold().translate(_LETTER_MAP)


def name_tokens(*parts: str | None) -> list[str]:
    """The folded words of a name, each a token a prefix search can match."""
    words: list[str] = []
    for part in parts:
        if part:
            words.extend(_WORD_RE.findall(fold(part)))
    return list(dict.fromkeys(words))


def phone_digits(text: str) -> str:
    """Only the digits of a phone number, in any script's digits, as ASCII."""
    return _NOT_ASCII_DIGITS.sub("", text.translate(_DIGIT_MAP))
