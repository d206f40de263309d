"""The Linux system libraries Qt's X11 (xcb) platform plugin needs, checked before the window opens.

Without them Qt stops the app with "no Qt platform plugin could be initialized", which names no
package; a fresh Debian desktop lacks libxcb-cursor0 and a few more. Here each library is loaded the
way the plugin would load it (ctypes.CDLL), and what is missing is named in one line with the
`apt-get install` that brings it. No Qt here: this runs before anything imports it. The .deb built by
packaging/deb.py declares the same packages.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Mapping

# soname -> Debian/Ubuntu package: what libqxcb.so and libQt6XcbQpa.so link (readelf -d, PySide6 6.6-6.11).
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
XCB_PACKAGES = list(XCB_LIBRARIES.values())
# Qt's widgets need these under any platform plugin; QtGui itself fails to import without them.
GUI_LIBRARIES = {"libGL.so.1": "libgl1", "libEGL.so.1": "libegl1", "libfontconfig.so.1": "libfontconfig1"}
# Qt Multimedia (scanning with the camera) links PulseAudio's client: without it the camera is unavailable (the
# rest of Clerk works).
CAMERA_LIBRARIES = {"libpulse.so.0": "libpulse0"}


def camera_libraries_message() -> str | None:
    """What to install for the camera on Linux, or None when nothing is missing (or not Linux)."""
    if sys.platform != "linux":
        return None
    missing = missing_packages(CAMERA_LIBRARIES)
    if not missing:
        return None
    names = " ".join(missing)
    return f"the camera needs these system libraries: {names} (sudo apt-get install {names})"


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
        return True
    except OSError:
        pass
    # A frozen app may carry the library itself, beside its other bundled ones.
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        try:
            ctypes.CDLL(os.path.join(bundled, soname))
            return True
        except OSError:
            pass
    return False


def uses_xcb(env: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether Qt will start its X11 plugin: on Linux when no other platform is chosen, outside a Wayland session."""
    env = os.environ if env is None else env
    if (platform or sys.platform) != "linux":
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").split(":", 1)[0]
    if chosen == "xcb":
        return True
    # Unset: Qt 6 takes Wayland in a Wayland session, else X11. (Without a DISPLAY too: there Qt's words for
    # a missing library still blame libxcb-cursor0 alone, so they are worth replacing.)
    wayland = env.get("XDG_SESSION_TYPE") == "wayland" and bool(env.get("WAYLAND_DISPLAY"))
    return chosen == "" and not wayland


def missing_packages(libraries: Mapping[str, str] | None = None) -> list[str]:
    """The packages whose library cannot be loaded, in the order listed (each once)."""
    libraries = {**GUI_LIBRARIES, **XCB_LIBRARIES} if libraries is None else libraries
    missing: list[str] = []
    for soname, package in libraries.items():
        if package not in missing and not _loads(soname):
            missing.append(package)
    return missing


def window_libraries_message(libraries: Mapping[str, str] | None = None,
                             env: Mapping[str, str] | None = None) -> str | None:
    """One line naming what to install for Clerk's window, or None when nothing is missing (or not X11)."""
    if not uses_xcb(env):
        return None
    missing = missing_packages(libraries)
    if not missing:
        return None
    names = " ".join(missing)
    return f"Clerk needs these system libraries for its window: {names} (sudo apt-get install {names})"
