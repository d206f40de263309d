"""The test configuration gives every GUI test an offscreen Qt and a sandboxed home."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QLabel


def test_qt_runs_offscreen_with_no_screen_needed(qtbot, qapp):
    label = QLabel("Clerk")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    assert qapp.platformName() == "offscreen"
    assert not label.grab().isNull()


def test_tests_never_see_the_real_home_or_keyring():
    home = Path(os.environ["HOME"])
    assert home.name != "root" and "clerk-tests-home-" in str(home)
    assert os.environ["PYTHON_KEYRING_BACKEND"] == "keyring.backends.fail.Keyring"
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        assert Path(os.environ[var]).is_relative_to(home)


def test_simulated_input_keeps_none_alive(qtbot):
    # PySide6 6.12.0's QTest functions each drop a reference to None; enough clicks over a test run and the
    # interpreter aborts ("none_dealloc"). pyproject.toml keeps PySide6 below 6.12; this catches a relapse.
    import sys

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    edit = QLineEdit()
    qtbot.addWidget(edit)
    before = sys.getrefcount(None)
    for _ in range(300):
        qtbot.keyClick(edit, Qt.Key.Key_A)
    assert sys.getrefcount(None) > before - 100
