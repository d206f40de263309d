"""The check for Qt's X11 libraries before the window opens: one line naming the packages to install."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from clerk_app import system_libs

ROOT = Path(__file__).resolve().parents[2]
PRESENT = "libc.so.6"  # every Linux process has it


def test_a_missing_library_is_named_with_its_package_in_one_line():
    libraries = {PRESENT: "libc6", "libclerk-no-such.so.7": "libclerk-no-such7", "libclerk-gone.so.1": "libclerk-gone1"}
    message = system_libs.window_libraries_message(libraries, env={"DISPLAY": ":0"})
    assert message == ("Clerk needs these system libraries for its window: libclerk-no-such7 libclerk-gone1 "
                       "(sudo apt-get install libclerk-no-such7 libclerk-gone1)")


def test_nothing_is_said_when_every_library_loads_or_x11_is_not_used():
    assert system_libs.window_libraries_message({PRESENT: "libc6"}, env={"DISPLAY": ":0"}) is None
    missing = {"libclerk-no-such.so.7": "libclerk-no-such7"}
    for env in ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, {"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland"},
                {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}):
        assert system_libs.window_libraries_message(missing, env=env) is None
    assert system_libs.uses_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, platform="linux")
    assert system_libs.uses_xcb({}, platform="linux")  # X11 is Qt's choice; its error would blame libxcb-cursor0
    assert not system_libs.uses_xcb({"DISPLAY": ":0"}, platform="win32")


def test_the_packages_named_are_the_xcb_plugin_s_own():
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0"} <= set(system_libs.XCB_PACKAGES)


def test_clerk_app_stops_before_qt_and_names_the_missing_library():
    # The real entry, in a process of its own, with the check pointed at a library no computer has.
    script = ("import sys; from clerk_app import system_libs; "
              "system_libs.XCB_LIBRARIES['libclerk-no-such.so.7'] = 'libclerk-no-such7'; "
              "from clerk_app.cli import main; sys.exit(main(['--demo']))")
    env = {**{k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "XDG_SESSION_TYPE")},
           "DISPLAY": ":97", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Clerk needs these system libraries for its window: ")
    assert "libclerk-no-such7" in lines[0] and "sudo apt-get install" in lines[0]
    assert "platform plugin" not in done.stderr and done.stdout == ""
