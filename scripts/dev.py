#!/usr/bin/env python3
"""Set up .venv (once, and again when pyproject.toml changes) and run a project command in it.

    python3 scripts/dev.py test [pytest args]   the whole test suite
    python3 scripts/dev.py demo                 Clerk in demo mode
    python3 scripts/dev.py bench NAME           one benchmark script from benchmarks/
    python3 scripts/dev.py screenshots [DIR]    PNGs of the main screens from the demo (docs/screenshots/)
    python3 scripts/dev.py package             the frozen app (PyInstaller) in dist/, its archive (and .deb)
    python3 scripts/dev.py package-test         freeze the app (unless dist/ has it fresh) and test it

Works the same on Linux, macOS and Windows (`py -3.11 scripts\\dev.py test`); `make test` and
`make demo` call it. Needs only Python 3.11+.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".clerk-installed"
PACKAGE_STAMP = VENV / ".clerk-package-installed"  # PyInstaller: only for the package commands


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv() -> Path:
    if sys.version_info < (3, 11):
        sys.exit(f"Clerk needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    python = venv_python()
    if not python.exists():
        print("Creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text() != wanted:
        print("Installing Clerk and its test tools into .venv ...", flush=True)
        pip = [str(python), "-m", "pip", "--disable-pip-version-check", "-q"]
        subprocess.run([*pip, "install", "--upgrade", "pip"], check=True)
        subprocess.run([*pip, "install", "-e", f"{ROOT}[test]"], check=True, cwd=ROOT)
        STAMP.write_text(wanted)
    return python


def ensure_system_libraries() -> None:
    """The Linux system libraries the tests load that no wheel carries: PulseAudio's client, which Qt Multimedia
    (the camera's tests) links."""
    if sys.platform != "linux":
        return
    sys.path.insert(0, str(ROOT))
    from clerk_app.system_libs import CAMERA_LIBRARIES, GUI_LIBRARIES, missing_packages

    _apt_install(missing_packages({**GUI_LIBRARIES, **CAMERA_LIBRARIES}), "the tests that use them will fail")


# The package tests build the Windows installer's tables with wixl and read them with msiinfo (test_msi.py).
PACKAGE_TEST_PROGRAMS = {"wixl": "wixl", "msiinfo": "msitools"}


def ensure_package_test_programs() -> None:
    if sys.platform == "linux":
        _apt_install(sorted({package for program, package in PACKAGE_TEST_PROGRAMS.items() if not shutil.which(program)}),
                     "the installer's tests will be skipped")


def _apt_install(missing: list[str], otherwise: str) -> None:
    """Debian packages with apt-get when this runs as root (a CI machine), else named with what happens without."""
    if not missing:
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print(f"Installing the system packages the tests need: {' '.join(missing)} ...", flush=True)
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], env=env, check=False)
        subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], env=env, check=True)
    else:
        print(f"The tests need these system packages: {' '.join(missing)} "
              f"(sudo apt-get install {' '.join(missing)}); {otherwise}.", flush=True)


def ensure_package_tools(python: Path) -> None:
    """The `package` extra (PyInstaller) into .venv: a build tool, never a dependency of the app."""
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not PACKAGE_STAMP.exists() or PACKAGE_STAMP.read_text() != wanted:
        print("Installing PyInstaller into .venv ...", flush=True)
        subprocess.run([str(python), "-m", "pip", "--disable-pip-version-check", "-q", "install", "-e",
                        f"{ROOT}[test,package]"], check=True, cwd=ROOT)
        PACKAGE_STAMP.write_text(wanted)


def _workers(args: list[str]) -> list[str]:
    """Test files spread over the machine's cores (up to four), unless the caller chose (`-n 0` for one process).
    A file's tests stay together in one worker: they share their module's fixtures (a seeded server, a window).
    A worker that crashes ends the run, naming the test: xdist's file scheduler can wait forever for the work of
    a replaced worker (pytest-xdist issue 1378), and a crash fails the run anyway."""
    if any(a == "-n" or a.startswith(("-n", "--numprocesses")) for a in args):
        return []
    cores = min(4, os.cpu_count() or 1)
    return ["-n", str(cores), "--dist", "loadfile", "--max-worker-restart", "0"] if cores > 1 else []


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("test", "demo", "bench", "screenshots", "package", "package-test"):
        print(__doc__)
        return 2
    python = str(ensure_venv())
    command, rest = argv[0], argv[1:]
    if command in ("test", "package-test"):
        ensure_system_libraries()
    if command == "package-test":
        ensure_package_test_programs()
    if command in ("package", "package-test"):
        ensure_package_tools(Path(python))
        if command == "package":
            return subprocess.call([python, str(ROOT / "packaging" / "build.py"), *rest], cwd=ROOT)
        # Deselected from `test` by its marker; selected here.
        return subprocess.call([python, "-m", "pytest", "-m", "package", "tests/packaging", *rest], cwd=ROOT)
    if command == "test":
        return subprocess.call([python, "-m", "pytest", *_workers(rest), *rest], cwd=ROOT)
    if command == "demo":
        return subprocess.call([python, "-m", "clerk_app", "--demo", *rest], cwd=ROOT)
    if command == "screenshots":
        # Offscreen: no window flashes by, and it runs the same on a build machine without a display.
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        return subprocess.call([python, str(ROOT / "scripts" / "screenshots.py"), *rest], cwd=ROOT, env=env)
    return subprocess.call([python, str(ROOT / "benchmarks" / f"{rest[0]}.py"), *rest[1:]], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
