"""clerk_app/ui keeps its shape: a small shell on top, one package per screen or concern, and screens that share
only through common/ (the rules are in clerk_app/ui/__init__.py)."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "clerk_app" / "ui"
SHELL_LIMIT = 8
# The one concern a screen may import: printing/ is used by the pickups screen only.
ALLOWED = {("pickups", "printing")}


def _package(path: Path) -> str:
    """"" for the shell (a module at ui/'s top), else the package's name."""
    rel = path.relative_to(UI)
    return rel.parts[0] if len(rel.parts) > 1 else ""


def _ui_imports(path: Path) -> set[str]:
    """The ui modules a file imports, as paths relative to ui/ without .py ("common/format", "theme")."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = path.relative_to(UI).parent.parts
    found: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level:
            base = list(here[:len(here) - (node.level - 1)]) if node.level - 1 <= len(here) else None
            if base is None:
                continue  # above ui/: the layers below the UI
            parts = base + (node.module.split(".") if node.module else [])
        elif node.module and node.module.startswith("clerk_app.ui."):
            parts = node.module.split(".")[2:]
        else:
            continue
        for alias in node.names:
            candidate = UI.joinpath(*parts, alias.name)
            if candidate.with_suffix(".py").exists():
                found.add("/".join([*parts, alias.name]))
            elif parts:
                found.add("/".join(parts))
    return found


def _modules() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if p.name != "__init__.py")


def test_the_top_of_ui_is_a_small_shell():
    top = sorted(p.name for p in UI.glob("*.py"))
    assert len(top) <= SHELL_LIMIT, top


def test_every_package_says_what_lives_there():
    for package in (p for p in UI.iterdir() if p.is_dir() and (p / "__init__.py").exists()):
        doc = ast.get_docstring(ast.parse((package / "__init__.py").read_text(encoding="utf-8")))
        assert doc, f"{package.name}/__init__.py needs a docstring"


def test_screens_share_only_through_common():
    importers: dict[str, set[str]] = defaultdict(set)
    for path in _modules():
        package = _package(path)
        for target in _ui_imports(path):
            target_package = target.split("/")[0] if "/" in target else ""
            if package == "common":
                assert target_package in ("common", ""), f"{path.name} (common) imports the screen module {target}"
                assert target_package == "common" or target == "theme", f"common/{path.name} imports the shell's {target}"
            if package and target_package not in ("", "common", package):
                assert (package, target_package) in ALLOWED, f"{package}/{path.name} imports {target}"
            if target_package not in ("", "common") and target_package != package:
                importers[target].add(package or "shell")
    for target, packages in importers.items():
        screens = packages - {"shell"}
        assert len(screens) <= 1, f"{target} is imported by {sorted(screens)}: move what they share to common/"


def test_the_reader_of_imports_sees_them():
    # The rules above are only as good as the import reader: the pickup detail does import printing and common.
    found = _ui_imports(UI / "pickups" / "detail.py")
    assert "printing/printer" in found
    assert "common/pickup_cells" in found
