"""The frozen app (PyInstaller onedir, as `make package` builds it), run for real: its version, its self-test,
a headless enroll + sync against a real server on loopback, its window syncing through a child that is the
app itself, and the demo. Run by `make package-test` (marker `package`; not part of `make test`)."""

from __future__ import annotations

import ctypes
import importlib.util
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from clerk_app import __version__
from tests.helpers.api import PASSWORD, LiveApi, running_copy
from tests.helpers.compare import TABLES, server_scope

pytestmark = [pytest.mark.package, pytest.mark.skipif(sys.platform != "linux", reason="the Linux leg of packaging")]

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [ROOT / "clerk_app", ROOT / "central_api", ROOT / "packaging", ROOT / "pyproject.toml"]
FREEZE_TIMEOUT = 900


def _packaging_module(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(f"clerk_packaging_{name}", ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build, deb = _packaging_module("build"), _packaging_module("deb")
DEB = build.DIST / f"clerk_{__version__}_{deb.debian_arch()}.deb"


def _newest_source() -> float:
    newest = 0.0
    for source in SOURCES:
        paths = [source] if source.is_file() else [p for p in source.rglob("*") if "__pycache__" not in p.parts]
        newest = max([newest, *(p.stat().st_mtime for p in paths if p.is_file())])
    return newest


@pytest.fixture(scope="session")
def app() -> Path:
    """The frozen executable: the one in dist/ when it is newer than every source, else frozen now."""
    executable = build.executable(build.DIST / build.dist_name())
    if (not executable.exists() or executable.stat().st_mtime < _newest_source()
            or not DEB.exists() or DEB.stat().st_mtime < executable.stat().st_mtime):
        subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], cwd=ROOT, check=True,
                       timeout=FREEZE_TIMEOUT)
    assert executable.exists()
    return executable


def machine_env(root: Path, **extra: str) -> dict[str, str]:
    """A computer of its own: home folders under `root`, Qt offscreen, no OS keyring, no Python of ours."""
    home = root / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CLERK_", "PYTHON", "VIRTUAL_ENV"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_CACHE_HOME=str(home / "cache"), XDG_STATE_HOME=str(home / "state"), QT_QPA_PLATFORM="offscreen",
               PATH="/usr/bin:/bin", **extra)
    return env


class Counter_:
    """One counter PC running the frozen app: its settings, data folder and opted-in secrets file."""

    def __init__(self, app: Path, root: Path) -> None:
        self.app, self.root = app, root
        root.mkdir(parents=True, exist_ok=True)

    def command(self, *args: str) -> list[str]:
        return [str(self.app), "--config", str(self.root / "settings.json"), "--data-dir", str(self.root / "data"),
                "--secrets-file", str(self.root / "secrets.json"), *args]

    def env(self, **extra: str) -> dict[str, str]:
        # Never this computer's own keyring, should it have one: the secrets go to the opted-in file.
        return machine_env(self.root, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", **extra)

    def run(self, *args: str, timeout: float = 60, **env: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(self.command(*args), env=self.env(**env), capture_output=True, text=True,
                              timeout=timeout, cwd=self.root, stdin=subprocess.DEVNULL)
        assert done.returncode == 0, f"exit {done.returncode}\nstdout: {done.stdout}\nstderr: {done.stderr}"
        assert "Traceback" not in done.stderr
        return done


@pytest.fixture(scope="module")
def server(seeded_template, tmp_path_factory) -> Iterator[LiveApi]:
    with running_copy(seeded_template, tmp_path_factory.mktemp("server")) as api:
        yield api


@pytest.fixture(scope="module")
def enrolled(app, server, tmp_path_factory) -> tuple[Counter_, dict[str, Any]]:
    """A counter enrolled into the first store and synced by the frozen app's headless commands."""
    counter = Counter_(app, tmp_path_factory.mktemp("counter"))
    store = server.store(0)
    enrolled = counter.run("enroll", "--api", server.url, "--store", store["id"], "--username", store["manager"],
                           CLERK_PASSWORD=PASSWORD)
    synced = json.loads(counter.run("sync", "--once").stdout)
    return counter, {"store": store, "enroll": enrolled, "sync": synced}


def test_the_frozen_app_prints_its_version(app, tmp_path):
    done = subprocess.run([str(app), "--version"], env=machine_env(tmp_path), capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == f"clerk-app {__version__}"


def _has_libpulse() -> bool:
    try:
        ctypes.CDLL("libpulse.so.0")
    except OSError:
        return False
    return True


def test_the_frozen_app_passes_its_self_test_offscreen(app, tmp_path):
    done = subprocess.run([str(app), "--self-test"], env=machine_env(tmp_path), capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"Clerk {__version__} (frozen,")
    for name in ("encrypted cache", "translations", "qt platform", "demo kept apart"):
        assert any(line.startswith(f"[ok] {name}:") for line in lines), done.stdout
    # No Secret Service on a build machine: keyring's backends are found (metadata bundled), storage is not.
    assert any(line.startswith(("[ok] keyring:", "[warning] keyring: no secure storage")) for line in lines)
    # zxing-cpp is bundled and reads; Qt Multimedia (the camera) loads wherever the system has libpulse0 (the .deb
    # depends on it), with every Qt module it imports bundled.
    camera = ("[ok] camera scanning:",) if _has_libpulse() else ("[warning] camera scanning: codes are read",)
    assert any(line.startswith(camera) for line in lines), done.stdout
    assert lines[-1] == "self-test passed"


def test_the_frozen_tree_holds_qt_s_and_clerk_s_translations_and_the_xcb_plugin(app):
    internal = app.parent / "_internal"
    assert (internal / "clerk_app" / "ui" / "translations" / "clerk_en.qm").is_file()
    fonts = internal / "clerk_app" / "ui" / "fonts"  # the printouts' own faces and their licence
    assert len(list(fonts.glob("NotoSans*.ttf"))) == 6 and (fonts / "OFL.txt").is_file()
    qt = internal / "PySide6" / "Qt"
    assert (qt / "translations" / "qtbase_ar.qm").is_file() and (qt / "translations" / "qtbase_ru.qm").is_file()
    assert not list((qt / "translations").glob("designer_*.qm"))  # Qt's tools' words are left out
    assert (qt / "plugins" / "platforms" / "libqxcb.so").is_file()
    assert list(internal.glob("keyring-*.dist-info"))  # its entry points name its backends


def test_the_frozen_app_enrolls_syncs_and_reports_status_headless(enrolled, server):
    counter, done = enrolled
    store = done["store"]
    settings = json.loads((counter.root / "settings.json").read_text(encoding="utf-8"))
    assert settings["store_id"] == store["id"] and settings["device_id"] in done["enroll"].stdout
    assert done["sync"]["pulled"] > 0 and done["sync"]["outbox_depth"] == 0
    status = json.loads(counter.run("status").stdout)
    scope = Counter(entity for entity, _, _ in server_scope(server.database, store["id"]))
    assert {TABLES[k]: status["entities"][TABLES[k]] for k in scope} == {TABLES[k]: n for k, n in scope.items()}
    assert status["connectivity"] == "online" and status["outbox_depth"] == 0


def test_the_frozen_app_enrolls_headless_with_an_enrollment_code(app, server, tmp_path):
    store = server.store(1)
    made = server.client(server.staff_token(store["manager"])).post(
        f"/v1/stores/{store['id']}/enrollment-codes", json={"expires_in_hours": 1, "uses": 1})
    code = made.json()["code"]
    counter = Counter_(app, tmp_path / "coded")
    done = counter.run("enroll", "--api", server.url, "--code", code.lower())
    assert f"enrolled into store {store['id']}" in done.stdout and code not in done.stdout + done.stderr
    settings = json.loads((counter.root / "settings.json").read_text(encoding="utf-8"))
    assert settings["store_id"] == store["id"] and "enrollment_code" not in settings


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # gone meanwhile
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _start_until_ready(command: list[str], env: dict[str, str], timeout: float) -> tuple[subprocess.Popen[str], float]:
    started = time.perf_counter()
    process = subprocess.Popen(command, env={**env, "CLERK_REPORT_READY": "1"}, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True, stdin=subprocess.DEVNULL)
    ready = threading.Event()

    def read() -> None:  # on a thread: an app that opens no window may print nothing at all
        assert process.stdout is not None
        for line in process.stdout:
            if "clerk: window ready" in line:
                ready.set()

    process.reader = threading.Thread(target=read, daemon=True)  # type: ignore[attr-defined]
    process.reader.start()  # type: ignore[attr-defined]
    if ready.wait(timeout):
        return process, time.perf_counter() - started
    _quit(process)
    raise AssertionError(f"the frozen app's window did not open within {timeout:.0f} s")


def _quit(process: subprocess.Popen[str]) -> int:
    process.send_signal(signal.SIGINT)  # as Ctrl+C: the app quits as when its window is closed
    try:
        return process.wait(30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(5)
        reader = getattr(process, "reader", None)
        if reader is not None:
            reader.join(10)  # the app has exited: its output ends
        if process.stdout is not None:
            process.stdout.close()


def test_the_frozen_window_syncs_through_a_child_that_is_the_app_itself(enrolled):
    counter, done = enrolled
    secrets = json.loads((counter.root / "secrets.json").read_text(encoding="utf-8"))
    process, seconds = _start_until_ready(counter.command(), counter.env(), timeout=60)
    try:
        deadline = time.monotonic() + 30
        while not (children := _children(process.pid)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(children) == 1, children
        command_line = Path(f"/proc/{children[0]}/cmdline").read_bytes().split(b"\0")[:-1]
        environment = Path(f"/proc/{children[0]}/environ").read_bytes()
        assert command_line == [os.fsencode(counter.app), b"--sync-child"]
        for secret in secrets.values():
            assert secret.encode() not in b"\0".join(command_line) and secret.encode() not in environment
    finally:
        code = _quit(process)
    assert code == 0
    assert not Path(f"/proc/{children[0]}").exists() or "Z" in Path(f"/proc/{children[0]}/stat").read_text()
    assert seconds < 15  # the figure itself is measured by benchmarks/gui_startup.py --app


def test_the_frozen_demo_opens_its_window(app, tmp_path):
    env = machine_env(tmp_path)
    process, _ = _start_until_ready([str(app), "--demo", "--data-dir", str(tmp_path / "data"), "--config",
                                     str(tmp_path / "settings.toml")], env, timeout=120)
    assert _quit(process) == 0
    staff = json.loads((tmp_path / "data" / "demo" / "demo-staff.json").read_text(encoding="utf-8"))
    assert staff and staff[0]["manager"]


def _needed(path: Path) -> list[str]:
    dynamic = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split("[", 1)[1].split("]", 1)[0] for line in dynamic.splitlines() if "(NEEDED)" in line]


def test_the_deb_declares_what_qt_s_x11_plugin_links_and_installs_the_app(app, tmp_path):
    fields = subprocess.run(["dpkg-deb", "-f", str(DEB)], capture_output=True, text=True, check=True).stdout
    control = dict(line.split(": ", 1) for line in fields.splitlines() if ": " in line and not line.startswith(" "))
    assert control["Package"] == "clerk" and control["Version"] == __version__
    depends = [d.strip() for d in control["Depends"].split(",")]
    qt = app.parent / "_internal" / "PySide6" / "Qt"
    linked = set()
    for binary in (qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6",
                   qt / "lib" / "libQt6Gui.so.6"):
        linked.update(name for name in _needed(binary) if not name.startswith(("libQt6", "libicu", "ld-linux")))
    assert "libxcb-cursor.so.0" in linked  # the one a fresh desktop lacks first
    undeclared = sorted(name for name in linked if deb.SONAME_PACKAGES.get(name) not in depends)
    assert not undeclared, f"linked but not declared in Depends: {undeclared}"
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0", "libegl1", "libgl1",
            "libfontconfig1", "libdbus-1-3"} <= set(depends)

    root = tmp_path / "installed"
    subprocess.run(["dpkg-deb", "-x", str(DEB), str(root)], check=True)
    assert os.readlink(root / "usr" / "bin" / "clerk-app") == "/opt/clerk/clerk-app"
    desktop = (root / "usr" / "share" / "applications" / "clerk.desktop").read_text(encoding="utf-8")
    assert "\nExec=clerk-app\n" in desktop
    done = subprocess.run([str(root / "opt" / "clerk" / "clerk-app"), "--version"], env=machine_env(tmp_path),
                          capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == f"clerk-app {__version__}"
