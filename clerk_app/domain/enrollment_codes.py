"""Enrollment codes as people type them: in any case, with or without dashes or spaces, with Persian or
Arabic-Indic digits (API.md v1.1 "Enrollment codes"; the server reads them the same way)."""

from __future__ import annotations

import unicodedata

# Persian and Arabic-Indic digits (and any other Unicode decimal digit) become 0-9.
_SEPARATORS = set(" \t-\u2010\u2011\u2012\u2013\u2014\u2212\u00a0\u200e\u200f\u2066\u2067\u2068\u2069")
_ALPHABET = set("23456789ABCDEFGHJKLMNPQRSTUVWXYZ")
LENGTH = 10


def normalize(typed: str) -> str:
    """The code as the server made it: upper case, no separators, ASCII digits (unknown characters kept)."""
    out = []
    for ch in unicodedata.normalize("NFKC", typed):
        if ch in _SEPARATORS:
            continue
        if ch.isdecimal() and not ch.isascii():
            ch = str(unicodedata.decimal(ch))
        out.append(ch.upper())
    return "".join(out)


def looks_valid(typed: str) -> bool:
    """Whether it could be a code at all (10 of the code's characters), before asking the server."""
    code = normalize(typed)
    return len(code) == LENGTH and set(code) <= _ALPHABET


def grouped(code: str) -> str:
    """`K7QDM3XP2R` as `K7QD-M3XP-2R`, for reading aloud and typing back."""
    code = normalize(code)
    return "-".join(part for part in (code[:4], code[4:8], code[8:]) if part)
