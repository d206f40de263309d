"""GUI tests collect garbage after each test, on the GUI thread."""

from __future__ import annotations

import gc

import pytest


@pytest.fixture(autouse=True)
def _collect_qt_garbage(qapp):
    # As in the app (make_application): Qt wrappers caught in reference cycles are freed on the GUI thread
    # only, between events (clerk_app/ui/common/collector.py); left to the automatic collector they may be freed
    # from whichever thread triggers it (a test server's, a look-up's), and Qt crashes. After the test, the
    # rest of its garbage here, and the automatic collector back on for the worker's non-GUI tests.
    from clerk_app.ui.common import collector

    gui_collector = collector.install(qapp)
    yield
    gc.collect()
    gui_collector.stop()


@pytest.fixture(autouse=True)
def _clerk_speaks_english(qapp):
    # As the app starts (make_application): English, with its plural forms ("3 customers", not "3 customer(s)"),
    # whatever this machine's locale is, and whatever a test before this one in the same worker switched to
    # or removed (tests of languages and of the self-test install translators of their own).
    from clerk_app.ui.common import language

    language.apply(qapp, language.Choice("en"))
