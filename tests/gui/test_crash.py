"""The crash dialog: an unexpected error in a slot or a thread is logged to the rotating log file and told
calmly; the clerk continues and no queued action is lost."""

from __future__ import annotations

import logging
import logging.handlers
import threading

import pytest
from PySide6.QtWidgets import QApplication, QPushButton

from clerk_app.ui.crash import CrashDialog, install_excepthook, setup_logging
from tests.helpers.gui import sign_in, wait_online_and_synced, wait_until


@pytest.fixture
def log_file(tmp_path):
    root = logging.getLogger()
    level = root.level
    path = setup_logging(tmp_path / "logs")
    yield path
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler) and handler.baseFilename == str(path):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture
def hook(qapp):
    installed = install_excepthook(None)
    yield installed
    installed.uninstall()
    if installed.dialog is not None:
        installed.dialog.close()


def _crash_dialog() -> CrashDialog | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()), None)


def test_an_error_in_a_slot_shows_the_calm_dialog_and_keeps_the_queued_work(qtbot, live_api, make_gui_counter,
                                                                             hook, log_file):
    counter = make_gui_counter()
    ctx = counter.ctx
    wait_online_and_synced(qtbot, ctx)
    staff = sign_in(ctx, live_api.store(0)["associates"][0])
    counter.go_offline()
    pickup = ctx.reader.pickups("new", limit=1)[0]
    ctx.perform(lambda: ctx.actions.start_picking(pickup["id"], staff["id"]), changes={"pickup"})
    wait_until(qtbot, lambda: ctx.reader.depth() == 1)

    broken = QPushButton("Broken")
    qtbot.addWidget(broken)
    broken.clicked.connect(lambda: {}["missing shelf"])
    broken.click()
    wait_until(qtbot, _crash_dialog, 5000)
    dialog = _crash_dialog()
    assert QApplication.activeModalWidget() is dialog
    assert dialog.text.text() == ("Your work waiting to sync is safe. Clerk can keep running; "
                                  "if this repeats, restart it.")
    assert "KeyError" not in dialog.text.text()  # the details are for IT, behind "Copy details"
    dialog.copy_button.click()
    assert "KeyError: 'missing shelf'" in QApplication.clipboard().text()
    logged = log_file.read_text(encoding="utf-8")
    assert "unexpected error" in logged and "KeyError: 'missing shelf'" in logged

    dialog.continue_button.click()
    wait_until(qtbot, lambda: _crash_dialog() is None, 2000)
    assert ctx.reader.depth() == 1 and ctx.reader.pending()[0]["args"]["pickup_id"] == pickup["id"]
    counter.go_online()  # and it still syncs
    wait_until(qtbot, lambda: ctx.reader.depth() == 0)


def test_errors_on_other_threads_and_repeats_show_one_dialog(qtbot, hook, log_file):
    def fail() -> None:
        raise RuntimeError("worker broke")

    worker = threading.Thread(target=fail, name="clerk-test-worker")
    worker.start()
    worker.join()
    wait_until(qtbot, _crash_dialog, 5000)
    dialog = _crash_dialog()
    broken = QPushButton("Broken")
    qtbot.addWidget(broken)
    broken.clicked.connect(lambda: 1 / 0)
    broken.click()
    wait_until(qtbot, dialog.repeats.isVisible, 5000)
    assert dialog.repeats.text() == "This happened 2 times."  # English plural forms, as the app loads them
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()] == [dialog]
    logged = log_file.read_text(encoding="utf-8")
    assert "[clerk-test-worker]: unexpected error" in logged  # the log says which thread broke
    assert "RuntimeError: worker broke" in logged and "ZeroDivisionError" in logged


def test_the_log_file_blanks_tokens_whatever_a_message_says(log_file):
    logging.getLogger("clerk.test").warning("refresh failed with Authorization: Bearer abcdefghijklmnop123")
    logging.getLogger("clerk.test").warning("saved token=%s", "zyxwvutsrqponm987")
    logged = log_file.read_text(encoding="utf-8")
    assert "abcdefghijklmnop123" not in logged and "zyxwvutsrqponm987" not in logged
    assert logged.count("[hidden]") == 2
