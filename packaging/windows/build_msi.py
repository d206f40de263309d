"""Build Clerk's MSI from a frozen tree: harvest its files into files.wxs, then WiX (candle + light) or wixl.

    python packaging/windows/build_msi.py dist/clerk-0.1.0-windows-x86_64 [--out dist/clerk.msi]

On Windows with WiX 3 (candle.exe, light.exe on PATH); on Linux with wixl (Debian's `wixl` package, from
msitools), which also validates clerk.wxs against a Linux tree (the MSI is then only good for checking).
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import quoteattr

HERE = Path(__file__).resolve().parent
MAIN_EXECUTABLES = ("clerk-app.exe", "clerk-app")


def _id(prefix: str, relative: str) -> str:
    # MSI identifiers: letters, digits, dots and underscores, at most 72 characters; stable across builds.
    return prefix + hashlib.sha1(relative.encode("utf-8")).hexdigest()[:32]


def harvest(tree: Path) -> str:
    """A WiX fragment with one component per file of `tree` under INSTALLDIR, in group ClerkFiles."""
    components: list[str] = []

    def folder(path: Path, depth: int) -> list[str]:
        pad = "  " * depth
        lines = []
        for child in sorted(path.iterdir()):
            relative = child.relative_to(tree).as_posix()
            if child.is_dir():
                lines.append(f'{pad}<Directory Id="{_id("d", relative)}" Name={quoteattr(child.name)}>')
                lines += folder(child, depth + 1)
                lines.append(f"{pad}</Directory>")
            elif child.is_file():
                component = _id("c", relative)
                file_id = "ClerkExe" if relative in MAIN_EXECUTABLES else _id("f", relative)
                components.append(component)
                lines.append(f'{pad}<Component Id="{component}" Guid="*" Win64="yes">')
                source = quoteattr(f"$(var.SourceDir)/{relative}")
                lines.append(f'{pad}  <File Id="{file_id}" KeyPath="yes" Source={source} />')
                lines.append(f"{pad}</Component>")
        return lines

    body = folder(tree, 3)
    refs = "\n".join(f'      <ComponentRef Id="{c}" />' for c in components)
    return ('<?xml version="1.0" encoding="utf-8"?>\n<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">\n'
            '  <Fragment>\n    <DirectoryRef Id="INSTALLDIR">\n' + "\n".join(body) + "\n    </DirectoryRef>\n"
            f'  </Fragment>\n  <Fragment>\n    <ComponentGroup Id="ClerkFiles">\n{refs}\n    </ComponentGroup>\n'
            "  </Fragment>\n</Wix>\n")


def build(tree: Path, version: str, out: Path) -> Path:
    with tempfile.TemporaryDirectory(prefix="clerk-msi-") as tmp:
        files = Path(tmp) / "files.wxs"
        files.write_text(harvest(tree), encoding="utf-8")
        sources = [str(HERE / "clerk.wxs"), str(files)]
        if shutil.which("candle") and shutil.which("light"):
            objects = Path(tmp) / "obj"
            subprocess.run(["candle", "-nologo", "-arch", "x64", f"-dVersion={version}", "-dBuilder=wix",
                            f"-dSourceDir={tree}", "-out", f"{objects}\\", *sources], check=True)
            subprocess.run(["light", "-nologo", "-out", str(out), *map(str, objects.glob("*.wixobj"))], check=True)
        elif shutil.which("wixl"):
            # wixl finds files by paths relative to where it runs (it refuses absolute ones).
            subprocess.run(["wixl", "-a", "x64", "-D", f"Version={version}", "-D", "Builder=wixl", "-D", "SourceDir=.",
                            "-o", str(out), *sources], check=True, cwd=tree)
        else:
            raise SystemExit("Building the MSI needs WiX 3 (candle, light) or wixl (apt-get install wixl)")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build_msi.py", description=__doc__.splitlines()[0])
    parser.add_argument("tree", type=Path, help="the frozen folder, dist/clerk-<version>-windows-x86_64")
    parser.add_argument("--out", type=Path, help="the .msi to write (default: beside the tree)")
    parser.add_argument("--version", help="the MSI's version (default: Clerk's; CI builds a higher one to test "
                                          "an upgrade)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE.parent.parent))
    from clerk_app import __version__

    out = args.out or args.tree.with_name(args.tree.name + ".msi")
    print(build(args.tree.resolve(), args.version or __version__, out.resolve()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
