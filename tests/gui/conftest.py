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


@pytest.fixture(autouse=True)
def _clerk_speaks_english(qapp):
    # As the app starts (make_application): English, with its plural forms ("3 customers", not "3 customer(s)"),
    # whatever this machine's locale is, and whatever a test before this one in the same worker switched to
    # or removed (tests of languages and of the self-test install translators of their own).
    from clerk_app.ui.common import language

    language.apply(qapp, language.Choice("en"))
