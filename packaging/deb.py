"""The Debian package of the frozen app: /opt/clerk (the onedir tree), /usr/bin/clerk-app, the desktop entry.

Built with dpkg-deb from the tree `build.py` froze. It declares the system libraries Qt's X11 (xcb)
platform plugin loads, which a fresh Debian or Ubuntu desktop does not all have (libxcb-cursor0 first
among them), so apt installs them with Clerk; the list is the one `clerk_app/system_libs.py` checks.
"""

from __future__ import annotations

import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from clerk_app.system_libs import CAMERA_LIBRARIES, GUI_LIBRARIES, XCB_LIBRARIES  # noqa: E402 - the one list

# soname -> package, for every library Qt's xcb plugin, its XcbQpa library and QtGui link from the system
# (tests/packaging checks the list against `readelf -d` of the bundled files). The frozen tree carries
# some of them itself (PyInstaller copies what the build machine has), but the tree must not depend on that.
SONAME_PACKAGES = {
    **XCB_LIBRARIES, **GUI_LIBRARIES, **CAMERA_LIBRARIES,
    "libX11-xcb.so.1": "libx11-xcb1", "libX11.so.6": "libx11-6", "libxcb.so.1": "libxcb1",
    "libxkbcommon.so.0": "libxkbcommon0", "libfreetype.so.6": "libfreetype6", "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0t64 | libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0t64 | libglib2.0-0",
    "libstdc++.so.6": "libstdc++6", "libgcc_s.so.1": "libgcc-s1", "libz.so.1": "zlib1g",
    # the C library, at the version the PySide6 wheels are built for (manylinux_2_28)
    "libc.so.6": "libc6 (>= 2.28)", "libm.so.6": "libc6 (>= 2.28)", "libdl.so.2": "libc6 (>= 2.28)",
    "libpthread.so.0": "libc6 (>= 2.28)", "librt.so.1": "libc6 (>= 2.28)",
}
DEPENDS = list(dict.fromkeys(SONAME_PACKAGES.values()))
SUGGESTS = ["gnome-keyring | kwalletmanager"]  # a Secret Service, so secrets outlive a restart


def debian_arch() -> str:
    machine = platform.machine().lower()
    return {"x86_64": "amd64", "amd64": "amd64", "aarch64": "arm64", "arm64": "arm64"}.get(machine, machine)


def control(version: str, installed_kib: int) -> str:
    depends = ", ".join(DEPENDS)
    return (f"Package: clerk\nVersion: {version}\nArchitecture: {debian_arch()}\nSection: misc\nPriority: optional\n"
            f"Maintainer: Clerk packaging <packaging@clerk.example>\nInstalled-Size: {installed_kib}\n"
            f"Depends: {depends}\nSuggests: {', '.join(SUGGESTS)}\n"
            "Description: In-store clerk desktop app\n"
            " Customers, online carts, orders and store pickups at the counter, with an\n"
            " encrypted offline cache that syncs with the store server.\n")


def build_deb(folder: Path, version: str, out_dir: Path) -> Path:
    """dist/clerk_<version>_<arch>.deb from the frozen `folder`."""
    if shutil.which("dpkg-deb") is None:
        raise SystemExit("dpkg-deb is needed for the .deb (Debian/Ubuntu: apt-get install dpkg)")
    target = out_dir / f"clerk_{version}_{debian_arch()}.deb"
    with tempfile.TemporaryDirectory(prefix="clerk-deb-") as tmp:
        root = Path(tmp) / "root"
        shutil.copytree(folder, root / "opt" / "clerk", symlinks=True)
        (root / "usr" / "bin").mkdir(parents=True)
        # The bootloader finds its _internal folder from the real path of the executable, not the link's.
        (root / "usr" / "bin" / "clerk-app").symlink_to("/opt/clerk/clerk-app")
        applications = root / "usr" / "share" / "applications"
        applications.mkdir(parents=True)
        shutil.copy2(HERE / "clerk.desktop", applications / "clerk.desktop")
        size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())
        (root / "DEBIAN").mkdir()
        (root / "DEBIAN" / "control").write_text(control(version, size // 1024), encoding="utf-8")
        for path in [root, *root.rglob("*")]:
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o755)
        # gzip: xz made a 25% smaller file in four minutes instead of seconds.
        subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "-z3", "--build", str(root), str(target)], check=True,
                       stdout=subprocess.DEVNULL)
    return target
