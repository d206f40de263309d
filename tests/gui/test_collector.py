"""The cycle collector runs on the GUI thread only while the window lives (clerk_app/ui/common/collector.py)."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject


class _Cycle:
    """A Qt object kept by a reference cycle, as a widget with a lambda on its own signal is."""

    def __init__(self) -> None:
        self.me = self
        self.qt = QObject()


def test_garbage_in_a_cycle_is_freed_on_the_gui_thread_not_by_a_thread_that_allocates(qtbot, qapp):
    from clerk_app.ui.common import collector

    assert collector.install(qapp) is collector.install(qapp)  # one per app
    assert not gc.isenabled()  # the automatic collector is the app's timer now
    freed_on: list[str] = []
    cycle = _Cycle()
    weakref.finalize(cycle, lambda: freed_on.append(threading.current_thread().name))
    del cycle

    kept: list[list[int]] = []

    def allocate() -> None:  # enough new containers (kept) to set the automatic collector off many times over
        kept.extend([i] for i in range(20 * gc.get_threshold()[0]))

    worker = threading.Thread(target=allocate, name="a look-up")
    worker.start()
    worker.join()
    assert freed_on == []  # the other thread did not free it
    qtbot.waitUntil(lambda: freed_on != [], timeout=5000)
    assert freed_on == [threading.main_thread().name]
    kept.clear()


def test_only_generations_past_their_threshold_are_collected(qapp):
    from clerk_app.ui.common import collector

    gui_collector = collector.install(qapp)
    gc.collect()
    assert gui_collector.collect_due() == -1  # nothing new: nothing to do
    junk = [[i] for i in range(gc.get_threshold()[0] + 100)]
    assert gui_collector.collect_due() == 0  # the youngest generation was due
    assert gc.get_count()[0] < gc.get_threshold()[0]
    del junk


def test_stopping_gives_the_automatic_collector_back_and_the_app_makes_a_new_one(qapp):
    from clerk_app.ui.app import make_application
    from clerk_app.ui.common import collector

    first = collector.install(qapp)
    first.stop()
    assert gc.isenabled()
    second = make_application()  # the app's start installs it
    assert second is qapp
    made = collector.install(qapp)
    assert made is not first and not gc.isenabled()
    made.stop()
