"""`clerk-app --self-test`: does this install of Clerk work here? Checked without a server, one line per check.

For IT after installing a counter, and for the packaging test of a frozen app, whose usual failures are
parts left out of the bundle (a keyring backend, SQLCipher, a translation, a Qt plugin or system library).
Exits 0 when every check passed, else 1, and the last line names what failed.
"""

from __future__ import annotations

import secrets
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module, metadata
from pathlib import Path

from . import __version__, launch

# The OS's own secure storage, by platform: the keyring backend a counter is expected to have.
NATIVE_KEYRING = {"win32": "keyring.backends.Windows", "darwin": "keyring.backends.macOS"}
NATIVE_KEYRING_DEFAULT = "keyring.backends.SecretService"  # Linux and the other Unixes
# What only demo mode may load: the reference server and the data generator.
DEMO_ONLY_MODULES = ("central_api", "faker", "fastapi", "uvicorn", "starlette", "sqlalchemy")
QT_CHECK_TIMEOUT = 60.0


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    warning: bool = False  # passed, but with something IT should know


def check_keyring() -> Check:
    """keyring's backends are bundled and found, and the one in use keeps and gives back a secret."""
    import keyring

    from .secrets import KeyringStore, is_secure_backend

    # Without keyring's package metadata (a frozen app that lost it) no backend is found but "fail".
    found = {ep.value for ep in metadata.entry_points(group="keyring.backends")}
    native = NATIVE_KEYRING.get(sys.platform, NATIVE_KEYRING_DEFAULT)
    if native not in found:
        return Check("keyring", False, f"keyring's backends are not registered ({native} missing: its package "
                                       "metadata is not bundled)")
    try:
        import_module(native)
    except Exception as exc:  # noqa: BLE001 - a backend's own dependency left out of the bundle
        return Check("keyring", False, f"{native} cannot be imported: {type(exc).__name__}: {exc}")
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # noqa: BLE001 - whatever a broken keyring setup raises
        return Check("keyring", False, f"the keyring could not be loaded: {type(exc).__name__}")
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if not is_secure_backend(backend):
        return Check("keyring", True, f"no secure storage on this computer ({name}): secrets are kept for a run only, "
                                      "so staff sign in again after a restart", warning=True)
    store, entry, value = KeyringStore(), f"self-test:{uuid.uuid4().hex}", secrets.token_hex(16)
    try:
        store.set(entry, value)
        try:
            if store.get(entry) != value:
                return Check("keyring", False, f"{name} gave back a different secret than it was given")
        finally:
            store.delete(entry)
    except Exception as exc:  # noqa: BLE001 - SecretsError, or anything a backend raises
        return Check("keyring", False, f"{name}: {getattr(exc, 'detail', '') or type(exc).__name__}")
    return Check("keyring", True, f"{name} keeps a secret and gives it back")


def check_cache() -> Check:
    """SQLCipher writes an encrypted cache, reopens it with its key, and refuses it with another."""
    from .cache import Cache
    from .errors import CacheUnreadable

    with tempfile.TemporaryDirectory(prefix="clerk-self-test-") as folder:
        path, key = Path(folder) / "self-test.db", secrets.token_bytes(32)
        try:
            with Cache.open(path, key) as cache:
                cache.set_device_last_seq(42)
                cache.search_customers("self test")  # FTS5 is compiled in
            with Cache.open(path, key) as cache:
                if cache.device_last_seq() != 42:
                    return Check("encrypted cache", False, "what was written is not read back")
        except Exception as exc:  # noqa: BLE001 - sqlcipher3 missing or broken: say what
            return Check("encrypted cache", False, f"{type(exc).__name__}: {exc}")
        if path.read_bytes()[:16] == b"SQLite format 3\x00":
            return Check("encrypted cache", False, "the file is not encrypted")
        try:
            Cache.open(path, secrets.token_bytes(32)).close()
        except CacheUnreadable:
            pass
        else:
            return Check("encrypted cache", False, "a wrong key opened it")
    return Check("encrypted cache", True, "written, reopened with its key, refused with a wrong key")


def check_translations() -> Check:
    try:
        from .ui.selfcheck import check_translations as check
    except ImportError as exc:
        return Check("translations", False, f"Qt cannot be imported: {exc}")
    ok, detail = check()
    return Check("translations", ok, detail)


def check_qt_platform() -> Check:
    """The window's Qt platform starts (in a child: Qt ends the process when it cannot)."""
    try:
        done = subprocess.run(launch.self_command(launch.QT_CHECK), env=launch.child_env(), capture_output=True,
                              text=True, timeout=QT_CHECK_TIMEOUT, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return Check("qt platform", False, f"the window did not start within {QT_CHECK_TIMEOUT:.0f} s")
    said = [line.strip() for line in done.stdout.splitlines() if line.strip()]
    if done.returncode == 0 and said:
        return Check("qt platform", True, said[-1])
    if said:
        return Check("qt platform", False, said[-1])
    errors = [line.strip() for line in done.stderr.splitlines() if line.strip()]
    # Qt's own words for a platform plugin that fails: the line that names the plugin says most.
    named = [line for line in errors if "plugin" in line.lower()] or errors or [f"exit code {done.returncode}"]
    return Check("qt platform", False, named[0])


def check_camera_scanning() -> Check:
    """zxing-cpp reads a QR code (it is bundled and works), and Qt Multimedia loads (the camera: a warning when it
    cannot, since Clerk works without it; on Linux it needs the system's libpulse0)."""
    try:
        import segno
        import zxingcpp
    except ImportError as exc:
        return Check("camera scanning", False, f"zxing-cpp cannot be imported: {exc}")
    from .domain.scan import bag_label_payload

    payload = bag_label_payload("CL-00000001")
    scale, rows = 4, segno.make(payload, error="m").matrix
    quiet = [0] * 4  # the QR code's quiet zone, in modules
    grid = [[0] * (len(rows[0]) + 8)] * 4
    grid = grid + [quiet + list(row) + quiet for row in rows] + grid
    pixels = b"".join(bytes(0 if module else 255 for module in row for _ in range(scale)) * scale for row in grid)
    width = len(grid[0]) * scale
    view = zxingcpp.ImageView(pixels, width, len(grid) * scale, zxingcpp.ImageFormat.Lum, width, 1)
    read = [found.text for found in zxingcpp.read_barcodes(view)]
    if read != [payload]:
        return Check("camera scanning", False, f"zxing-cpp read {read!r} from a generated QR code")
    try:
        import_module("PySide6.QtMultimedia")
    except ImportError as exc:
        from .system_libs import camera_libraries_message

        return Check("camera scanning", True, "codes are read, but the camera cannot be used here: "
                     + (camera_libraries_message() or str(exc)), warning=True)
    return Check("camera scanning", True, f"zxing-cpp {metadata.version('zxing-cpp')} reads a QR code; Qt Multimedia "
                                          "loads")


def check_demo_not_loaded() -> Check:
    """Nothing so far imported the demo's server or its data generator: they load in demo mode only."""
    loaded = [name for name in DEMO_ONLY_MODULES if name in sys.modules]
    if loaded:
        return Check("demo kept apart", False, "loaded outside demo mode: " + ", ".join(loaded))
    return Check("demo kept apart", True, "the demo's server and data generator are not loaded")


CHECKS: list[Callable[[], Check]] = [check_keyring, check_cache, check_translations, check_qt_platform,
                                     check_camera_scanning, check_demo_not_loaded]


def run(out=None) -> int:
    out = out or sys.stdout
    kind = "frozen" if launch.frozen() else "from source"
    print(f"Clerk {__version__} ({kind}, Python {sys.version.split()[0]}, {sys.platform})", file=out)
    failed = []
    for check in CHECKS:
        try:
            result = check()
        except Exception as exc:  # noqa: BLE001 - a check that breaks is a failed check, and the others still run
            result = Check(check.__name__.removeprefix("check_").replace("_", " "), False,
                           f"{type(exc).__name__}: {exc}")
        mark = "ok" if result.ok and not result.warning else ("warning" if result.ok else "FAILED")
        print(f"[{mark}] {result.name}: {result.detail}", file=out, flush=True)
        if not result.ok:
            failed.append(result.name)
    if failed:
        print("self-test FAILED: " + ", ".join(failed), file=out)
        return 1
    print("self-test passed", file=out)
    return 0
