"""Search folding (API.md "Folding") against the vectors the server and the desktop client share."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from central_api.folding import fold, name_tokens, phone_digits

VECTORS_PATH = Path(__file__).resolve().parents[2] / "resources" / "folding_vectors.json"
VECTORS = json.loads(VECTORS_PATH.read_text(encoding="utf-8"))


def test_the_vectors_cover_every_rule_of_api_md():
    inputs = "".join(v["input"] for v in VECTORS)
    # Latin accents, ß, harakat, the hamza forms, yeh/alef maksura/kaf/teh marbuta, tatweel, niqqud, ё, full-width.
    for ch in "éÄßẞ\u064e\u0651أإآؤئيىكة\u0640\u05b8\u05bcёЁＪ":
        assert ch in inputs, f"no vector has {ch!r} (U+{ord(ch):04X})"
    assert {"علي", "علی"} <= {v["input"] for v in VECTORS}
    assert all(set(v) >= {"input", "folded"} for v in VECTORS)


@pytest.mark.parametrize("vector", VECTORS, ids=[v["rule"] for v in VECTORS])
def test_fold_gives_the_shared_vector(vector):
    assert fold(vector["input"]) == vector["folded"]


@pytest.mark.parametrize("vector", VECTORS, ids=[v["rule"] for v in VECTORS])
def test_a_folded_text_folds_to_itself(vector):
    # Names are folded when stored and queries when typed: folding twice must change nothing.
    assert fold(vector["folded"]) == vector["folded"]
    assert unicodedata.is_normalized("NFC", vector["folded"])


def test_persian_and_arabic_typing_fold_alike():
    assert fold("علی") == fold("علي") == fold("عَلِيّ")
    assert fold("Федор") == fold("Фёдор")
    assert fold("محمد") == fold("مُحَمَّد") == fold("محـمد")


@pytest.mark.parametrize(("parts", "tokens"), [
    (("Ann-Kathrin", "Müller", None), ["ann", "kathrin", "muller"]),
    (("Anna", "ANNA", "anna Anna"), ["anna"]),
    (("مُحَمَّد", "الكاظمي", "مُحَمَّد الكاظمي"), ["محمد", "الکاظمی"]),
    (("O'Neil_Smith",), ["o", "neil", "smith"]),
    (("חוג'יראת",), ["חוג", "יראת"]),
    (("Ｊｕｌｉｅｎ\u3000Lévy",), ["julien", "levy"]),
    (("محـــمود", "Фёдор"), ["محمود", "федор"]),
    (("Goran", "Koch II", "Goran Koch II"), ["goran", "koch", "ii"]),
    ((None, ""), []),
])
def test_name_tokens_are_the_folded_words(parts, tokens):
    assert name_tokens(*parts) == tokens


@pytest.mark.parametrize(("text", "digits"), [
    ("+49 (905) 246-05265", "4990524605265"),
    ("+٤٩٩٠٥٢٤٦٠٥٢٦٥", "4990524605265"),  # Arabic-Indic digits
    ("۰۹۱۲ ۳۴۵ ۶۷۸۹", "09123456789"),  # Persian (Extended Arabic-Indic) digits
    ("+971 ٥٠-١٢٣ ۴۵۶۷", "971501234567"),  # both, mixed with ASCII
    ("tel. 030/12.34", "0301234"),
    ("", ""),
])
def test_phone_digits_in_any_script(text, digits):
    assert phone_digits(text) == digits
