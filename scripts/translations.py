"""Refresh the translation sources and build what the app loads (`make translations`).

1. Every `tr()` string of clerk_app/ui is read from the code (scripts/tr_extract.py: Qt's lupdate misses the
   strings that reach `translate()` through a module's `_tr()` helper) into
   resources/translations/clerk_<lang>.ts, the sources translators work on (Qt Linguist opens them). Existing
   translations are kept; a string no longer in the code is dropped; a new one is marked unfinished, and the
   translation test fails until it is translated into every language.
2. English needs a translation too: Qt picks the singular or plural form of a `%n` message
   ("%n item(s)") only through a translation's numerus forms. They are filled in here from the
   "(s)" convention: "1 item", "2 items".
   `--add batch.json` merges a translator's batch ({"ar": [{"context", "source", "comment", "translation"}]}).
3. `pyside6-lrelease` builds clerk_app/ui/translations/clerk_<lang>.qm, shipped with the package.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tr_extract import Message, extract  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "resources" / "translations"
BUILT = ROOT / "clerk_app" / "ui" / "translations"
LANGUAGES = ("en", "ar", "fa", "he", "ru")
# Qt's plural forms per language (what `pyside6-lupdate -target-language` writes): Arabic zero/one/two/few/
# many/other, Russian one/few/many, Hebrew one/other, and one form for Persian, whose nouns after a number
# stay singular.
PLURAL_FORMS = {"en": 2, "ar": 6, "fa": 1, "he": 2, "ru": 3}
_PLURAL = re.compile(r"\((e?s|ies)\)")
Translation = str | list[str] | None  # None: not translated yet


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def english_forms(source: str) -> list[str]:
    """"%n item(s)" -> ["%n item", "%n items"]; "entry(ies)" -> ["entry", "entries"]."""
    if "y(ies)" in source:
        return [source.replace("y(ies)", "y"), source.replace("y(ies)", "ies")]
    return [_PLURAL.sub("", source), _PLURAL.sub(lambda m: m.group(1), source)]


def code_messages() -> list[Message]:
    return extract(ROOT / "clerk_app" / "ui", ROOT)


def read_ts(ts: Path) -> dict[tuple[str, str, str], Translation]:
    """(context, source, disambiguation) -> the finished translation in a .ts file."""
    found: dict[tuple[str, str, str], Translation] = {}
    if not ts.exists():
        return found
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                found[key] = None
            elif message.get("numerus") == "yes":
                found[key] = [form.text or "" for form in translation.iter("numerusform")]
            else:
                found[key] = translation.text or ""
    return found


def write_ts(ts: Path, language: str, messages: list[Message],
             translations: dict[tuple[str, str, str], Translation]) -> int:
    """Writes the .ts for `messages` with what `translations` has; returns how many are unfinished."""
    root = ET.Element("TS", version="2.1", language=language)
    contexts: dict[str, ET.Element] = {}
    unfinished = 0
    for message in sorted(messages, key=lambda m: m.context):
        context = contexts.get(message.context)
        if context is None:
            context = contexts[message.context] = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = message.context
        element = ET.SubElement(context, "message", numerus="yes") if message.numerus else \
            ET.SubElement(context, "message")
        for path, line in message.locations:
            ET.SubElement(element, "location", filename=f"../../{path}", line=str(line))
        ET.SubElement(element, "source").text = message.source
        if message.comment:
            ET.SubElement(element, "comment").text = message.comment
        done = translations.get(message.key)
        if language == "en" and message.numerus:
            done = english_forms(message.source)
        translation = ET.SubElement(element, "translation")
        forms = PLURAL_FORMS[language]
        if message.numerus:
            usable = isinstance(done, list) and len(done) == forms and all(done)
            for form in (done if usable else [""] * forms):
                ET.SubElement(translation, "numerusform").text = form
        else:
            usable = isinstance(done, str) and bool(done)
            translation.text = done if usable else ""
        if not usable:
            translation.set("type", "unfinished")
            unfinished += language != "en" or message.numerus
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return unfinished


def build_qm(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, stdout=subprocess.DEVNULL)


def read_additions(paths: list[str]) -> dict[str, dict[tuple[str, str, str], Translation]]:
    """Translations handed in as JSON, {"<lang>": [{"context", "source", "comment", "translation"}, ...]}: a
    translator's batch merged into the .ts files (a translation already there is kept)."""
    found: dict[str, dict[tuple[str, str, str], Translation]] = {}
    for path in paths:
        for language, entries in json.loads(Path(path).read_text(encoding="utf-8")).items():
            for entry in entries:
                key = (entry["context"], entry["source"], entry.get("comment", ""))
                found.setdefault(language, {})[key] = entry["translation"]
    return found


def main(argv: list[str]) -> int:
    """`translations.py [--add batch.json ...]`"""
    additions = read_additions(argv[argv.index("--add") + 1:] if "--add" in argv else [])
    SOURCES.mkdir(parents=True, exist_ok=True)
    BUILT.mkdir(parents=True, exist_ok=True)
    messages = code_messages()
    for language in LANGUAGES:
        ts = SOURCES / f"clerk_{language}.ts"
        done = read_ts(ts)
        done.update({k: v for k, v in additions.get(language, {}).items() if not done.get(k)})
        unfinished = write_ts(ts, language, messages, done)
        print(f"{ts.name}: {len(messages)} strings, {unfinished} unfinished")
        build_qm(ts, BUILT / f"clerk_{language}.qm")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
