"""Refresh the translation sources and build what the app loads (`make translations`).

1. `pyside6-lupdate` collects every `tr()` string of clerk_app/ui into resources/translations/clerk_<lang>.ts
   (the sources translators work on; existing translations are kept).
2. English needs a translation too: Qt picks the singular or plural form of a `%n` message
   ("%n item(s)") only through a translation's numerus forms. They are filled in here from the
   "(s)" convention: "1 item", "2 items".
3. `pyside6-lrelease` builds clerk_app/ui/translations/clerk_<lang>.qm, shipped with the package.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "resources" / "translations"
BUILT = ROOT / "clerk_app" / "ui" / "translations"
LANGUAGES = ("en", "ar")
_PLURAL = re.compile(r"\((e?s|ies)\)")


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def english_forms(source: str) -> tuple[str, str]:
    """("%n item(s)") -> ("%n item", "%n items"); "entr(ies)" -> ("entr", "entries") is avoided by writing "entry(ies)"."""
    singular = _PLURAL.sub("", source)
    plural = _PLURAL.sub(lambda m: m.group(1), source)
    if "y(ies)" in source:
        plural = source.replace("y(ies)", "ies")
    return singular, plural


def fill_english(ts: Path) -> int:
    tree = ET.parse(ts)
    filled = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        for form in english_forms(source):
            ET.SubElement(translation, "numerusform").text = form
        translation.attrib.pop("type", None)
        filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> int:
    SOURCES.mkdir(parents=True, exist_ok=True)
    BUILT.mkdir(parents=True, exist_ok=True)
    files = sorted(str(p) for p in (ROOT / "clerk_app" / "ui").glob("*.py"))
    for lang in LANGUAGES:
        ts = SOURCES / f"clerk_{lang}.ts"
        subprocess.run([_tool("lupdate"), *files, "-target-language", lang, "-no-obsolete", "-ts", str(ts)],
                       check=True, stdout=subprocess.DEVNULL)
        if lang == "en":
            print(f"{ts.name}: {fill_english(ts)} plural messages filled")
        subprocess.run([_tool("lrelease"), str(ts), "-qm", str(BUILT / f"clerk_{lang}.qm")], check=True,
                       stdout=subprocess.DEVNULL)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
