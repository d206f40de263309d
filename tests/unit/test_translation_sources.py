"""Every string of the app is translated into every language, whole: a new tr() string without its translations,
an unfinished or still-English translation, a plural with the wrong number of forms or a lost placeholder fails."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402
from tr_extract import ExtractError, extract  # noqa: E402

TRANSLATED = ("ar", "fa", "he", "ru")
PLACEHOLDER = re.compile(r"%L?n|%\d")
BRAND_ONLY = re.compile(r"^(Clerk|CSV|QR)?[\s—%\d·:-]*$")  # "Clerk", "Clerk — %1": a name may stay as it is


@pytest.fixture(scope="module")
def messages():
    return translations.code_messages()


@pytest.mark.parametrize("lang", translations.LANGUAGES)
def test_the_translation_source_has_exactly_the_codes_strings(messages, lang):
    in_code = {m.key for m in messages}
    in_ts = set(translations.read_ts(translations.SOURCES / f"clerk_{lang}.ts"))
    assert not sorted(in_code - in_ts), f"run `make translations`: new strings {sorted(in_code - in_ts)[:5]}"
    assert not sorted(in_ts - in_code), f"run `make translations`: gone strings {sorted(in_ts - in_code)[:5]}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_string_is_translated_whole(messages, lang):
    done = translations.read_ts(translations.SOURCES / f"clerk_{lang}.ts")
    problems = []
    for message in messages:
        where = f"[{message.context}] {message.source[:50]!r}"
        text = done.get(message.key)
        if not text:
            problems.append(f"unfinished: {where}")
            continue
        forms = text if isinstance(text, list) else [text]
        if message.numerus and len(forms) != translations.PLURAL_FORMS[lang]:
            problems.append(f"{len(forms)} plural forms, {lang} has {translations.PLURAL_FORMS[lang]}: {where}")
        wanted = set(PLACEHOLDER.findall(message.source)) - {"%n", "%Ln"}
        for form in forms:
            if not form.strip():
                problems.append(f"an empty form: {where}")
            if lost := wanted - set(PLACEHOLDER.findall(form)):
                problems.append(f"{sorted(lost)} lost: {where} -> {form!r}")
            if form == message.source and not BRAND_ONLY.match(message.source):
                problems.append(f"still English: {where}")
        if message.numerus and not any(p in forms[-1] for p in ("%n", "%Ln")):
            problems.append(f"the general plural form must show the count: {where}")
    assert not problems, "\n".join(problems[:30])


def test_the_built_translations_are_those_of_the_sources(tmp_path):
    for lang in translations.LANGUAGES:
        built = tmp_path / f"clerk_{lang}.qm"
        translations.build_qm(translations.SOURCES / f"clerk_{lang}.ts", built)
        shipped = translations.BUILT / built.name
        assert shipped.read_bytes() == built.read_bytes(), f"run `make translations`: {shipped.name} is stale"


def test_the_reader_refuses_a_string_it_cannot_place(tmp_path):
    package = tmp_path / "ui"
    package.mkdir()
    (package / "screen.py").write_text("def f(owner, word):\n    return owner.tr('Hello'), QCoreApplication.translate"
                                       "('Ctx', word)\n", encoding="utf-8")
    with pytest.raises(ExtractError) as raised:
        extract(package, tmp_path)
    assert "owner.tr() has no context" in str(raised.value)
    assert "must be a literal" in str(raised.value)


def test_the_reader_finds_every_form_the_code_uses(tmp_path):
    package = tmp_path / "ui"
    package.mkdir()
    (package / "screen.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "translate = QCoreApplication.translate\n"
        "def _tr(text, n=-1):\n    return QCoreApplication.translate('Helper', text, None, n)\n"
        "class Page:\n"
        "    def build(self, n):\n"
        "        return self.tr('Title'), self.tr('%n item(s)', '', n), translate('Printing', 'Shelf'), _tr('Word'),"
        " _tr('%n day(s)', n)\n", encoding="utf-8")
    found = {(m.context, m.source, m.numerus) for m in extract(package, tmp_path)}
    assert found == {("Page", "Title", False), ("Page", "%n item(s)", True), ("Printing", "Shelf", False),
                     ("Helper", "Word", False), ("Helper", "%n day(s)", True)}


@pytest.mark.parametrize(("lang", "counts"), [
    ("ru", {1: 0, 21: 0, 2: 1, 4: 1, 22: 1, 5: 2, 11: 2, 12: 2}),
    ("ar", {0: 0, 1: 1, 2: 2, 3: 3, 10: 3, 11: 4, 99: 4, 100: 5}),
    ("he", {1: 0, 2: 1, 10: 1}),
    ("fa", {1: 0, 2: 0, 10: 0}),
])
def test_each_language_picks_the_plural_form_its_grammar_needs(lang, counts):
    from PySide6.QtCore import QTranslator

    done = translations.read_ts(translations.SOURCES / f"clerk_{lang}.ts")
    forms = done[("ConnectionStatus", "%n conflict(s)", "")]
    translator = QTranslator()
    assert translator.load(str(translations.BUILT / f"clerk_{lang}.qm"))
    for n, form in counts.items():
        assert translator.translate("ConnectionStatus", "%n conflict(s)", "", n) == forms[form], (lang, n)


def test_lrelease_is_there():
    # The checks above build .qm files: a missing Qt tool must fail loudly, not skip.
    assert subprocess.run([translations._tool("lrelease"), "-version"], capture_output=True).returncode == 0
