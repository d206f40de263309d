"""`clerk-app --version` and `clerk-app --self-test`, run for real in a subprocess (as IT and the packaging test do)."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

from clerk_app import __version__
from clerk_app.ui.selfcheck import check_translations

ROOT = Path(__file__).resolve().parents[2]
CHECK_NAMES = ("keyring", "encrypted cache", "translations", "qt platform", "camera scanning", "demo kept apart")


def clerk(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **env}
    return subprocess.run([sys.executable, "-m", "clerk_app", *args], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=120)


def lines_by_check(stdout: str) -> dict[str, str]:
    """{"keyring": "[ok] keyring: ...", ...}: the one line each check printed."""
    found = {}
    for line in stdout.splitlines():
        for name in CHECK_NAMES:
            if line.split("] ", 1)[-1].startswith(name + ":"):
                assert name not in found, f"two lines for {name}"
                found[name] = line
    return found


def test_version_prints_the_package_version():
    done = clerk("--version")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert done.returncode == 0
    assert done.stdout.strip() == f"clerk-app {__version__}" == f"clerk-app {project['version']}"


def test_self_test_passes_with_a_working_keyring_and_prints_one_line_per_check():
    done = clerk("--self-test", PYTHON_KEYRING_BACKEND="tests.helpers.keyrings.MemoryKeyring")
    assert done.returncode == 0, done.stdout + done.stderr
    lines = lines_by_check(done.stdout)
    assert set(lines) == set(CHECK_NAMES)
    assert all(line.startswith("[ok] ") for line in lines.values()), done.stdout
    assert "MemoryKeyring keeps a secret and gives it back" in lines["keyring"]
    assert "platform offscreen" in lines["qt platform"]
    assert "reads a QR code; Qt Multimedia loads" in lines["camera scanning"]
    assert done.stdout.splitlines()[-1] == "self-test passed"


def test_self_test_warns_but_passes_when_the_computer_has_no_secure_storage():
    done = clerk("--self-test", PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    assert done.returncode == 0, done.stdout + done.stderr
    assert lines_by_check(done.stdout)["keyring"].startswith("[warning] keyring: no secure storage")


def test_self_test_fails_naming_a_keyring_that_refuses_secrets():
    done = clerk("--self-test", PYTHON_KEYRING_BACKEND="tests.helpers.keyrings.RefusingKeyring")
    assert done.returncode == 1
    lines = lines_by_check(done.stdout)
    assert lines["keyring"].startswith("[FAILED] keyring: tests.helpers.keyrings.RefusingKeyring")
    assert set(lines) == set(CHECK_NAMES)  # the other checks still ran
    assert lines["encrypted cache"].startswith("[ok]")
    assert done.stdout.splitlines()[-1] == "self-test FAILED: keyring"
    assert "Traceback" not in done.stdout + done.stderr


def test_self_test_fails_naming_a_qt_platform_that_cannot_start():
    done = clerk("--self-test", PYTHON_KEYRING_BACKEND="tests.helpers.keyrings.MemoryKeyring",
                 QT_QPA_PLATFORM="no-such-platform")
    assert done.returncode == 1
    line = lines_by_check(done.stdout)["qt platform"]
    assert line.startswith("[FAILED] qt platform:") and "no-such-platform" in line
    assert done.stdout.splitlines()[-1] == "self-test FAILED: qt platform"


def test_the_translation_check_names_a_damaged_or_missing_file(tmp_path):
    good = Path(check_translations.__code__.co_filename).with_name("translations")
    assert check_translations(good)[0] is True
    (tmp_path / "clerk_en.qm").write_bytes((good / "clerk_en.qm").read_bytes())
    (tmp_path / "clerk_ar.qm").write_bytes(b"not a translation file")
    ok, detail = check_translations(tmp_path)
    assert not ok and "clerk_ar.qm" in detail and "clerk_en" not in detail
    (tmp_path / "clerk_en.qm").unlink()
    ok, detail = check_translations(tmp_path)
    assert not ok and "clerk_en.qm is missing" in detail
