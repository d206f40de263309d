"""GUI tests collect garbage after each test, on the GUI thread."""

from __future__ import annotations

import gc

import pytest


@pytest.fixture(autouse=True)
def _collect_qt_garbage():
    # Qt wrappers caught in reference cycles must be freed here, on the GUI thread: left to a later
    # collection they may be freed from whichever thread triggers it (a test server's), and Qt crashes.
    yield
    gc.collect()
