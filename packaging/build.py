"""Freeze Clerk with PyInstaller (onedir) into dist/clerk-<version>-<os>-<arch>/, then archive it.

    python packaging/build.py            the frozen folder and its archive (.tar.gz; .zip on Windows);
                                         on Linux with dpkg-deb also the Debian package
    python packaging/build.py --no-deb   without the Debian package

Run by `make package` / `python3 scripts/dev.py package` inside .venv with the `package` extra installed.
Prints the folder, the archive and their sizes.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from clerk_app import __version__

    return __version__


def os_name() -> str:
    return {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform.rstrip("0123456789"))


def arch() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)


def dist_name() -> str:
    return f"clerk-{version()}-{os_name()}-{arch()}"


def executable(folder: Path, console: bool = True) -> Path:
    """The frozen app's executable in `folder` (on Windows the console twin when `console`)."""
    if sys.platform == "win32":
        return folder / ("clerk-app-console.exe" if console else "clerk-app.exe")
    return folder / "clerk-app"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def freeze() -> Path:
    name = dist_name()
    env = {**os.environ, "CLERK_DIST_NAME": name, "CLERK_VERSION": version()}
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(WORK), str(ROOT / "packaging" / "clerk.spec")],
                   check=True, cwd=ROOT, env=env)
    return DIST / name


def archive(folder: Path) -> Path:
    """The folder as one file to copy to a counter: .zip on Windows, .tar.gz elsewhere (keeps modes and links)."""
    if sys.platform == "win32":
        target = folder.with_name(folder.name + ".zip")
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(folder.rglob("*")):
                zf.write(path, path.relative_to(folder.parent))
        return target
    target = folder.with_name(folder.name + ".tar.gz")
    with tarfile.open(target, "w:gz", compresslevel=6) as tf:
        tf.add(folder, arcname=folder.name)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build.py", description=__doc__.splitlines()[0])
    parser.add_argument("--no-deb", dest="deb", action="store_false", help="do not build the .deb (Linux)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    folder = freeze()
    packed = archive(folder)
    print(f"frozen app: {folder} ({folder_size(folder) / 2**20:.0f} MiB)")
    print(f"archive:    {packed} ({packed.stat().st_size / 2**20:.0f} MiB)")
    if args.deb and sys.platform == "linux" and shutil.which("dpkg-deb"):
        from deb import build_deb  # packaging/deb.py

        deb = build_deb(folder, version(), DIST)
        print(f"deb:        {deb} ({deb.stat().st_size / 2**20:.0f} MiB)")
    print(f"built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
