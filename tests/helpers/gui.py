"""Fixtures for GUI tests: a real enrolled counter (encrypted cache, sync worker, network switch) talking to
the `live_api` server over loopback, and the main window over it.

    def test_x(qtbot, clerk):            # ClerkContext, enrolled into store 0, syncing, nobody signed in
    def test_y(qtbot, signed_in_window): # MainWindow with the store's first associate signed in, cache synced
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pytest

from clerk_app import config
from clerk_app.api.switch import NetworkSwitch
from clerk_app.secrets import MemoryStore
from clerk_app.sync.connectivity import ConnectionState
from clerk_app.sync.device import Device, enroll

from .api import PASSWORD


@dataclass
class Counter:
    ctx: Any  # ClerkContext
    network: NetworkSwitch
    settings: config.Settings
    secrets: MemoryStore

    def go_offline(self) -> None:
        self.network.set_connected(False)

    def go_online(self) -> None:
        self.network.set_connected(True)
        self.ctx.sync.wake()


def wait_until(qtbot: Any, condition: Callable[[], Any], timeout: int = 15_000) -> None:
    """Process events until `condition()` is true (for states no single signal announces)."""
    qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)


def wait_online_and_synced(qtbot: Any, ctx: Any, timeout: int = 30_000) -> None:
    wait_until(qtbot, lambda: ctx.connection_state == ConnectionState.ONLINE and ctx.reader.cursor(), timeout)


@contextmanager
def shown_window(qtbot: Any, ctx: Any, width: int = 1366, height: int = 800) -> Iterator[Any]:
    """The main window over `ctx`, once its cache is synced, shown at `width` x `height` in the language and look
    in effect now (the layout checks build one so in each language, size and text size); closed afterwards."""
    from clerk_app.ui.main_window import MainWindow

    wait_online_and_synced(qtbot, ctx)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    try:
        yield window
    finally:
        window.close()


def sign_in(ctx: Any, username: str) -> dict[str, Any]:
    """Sign `username` in the way the sign-in screen does, without typing (for tests about other screens)."""
    result = ctx.staff_api.login(username, PASSWORD, ctx.settings.device_id)
    staff = result.staff.model_dump()
    ctx.offline_policy = result.offline_policy.model_dump()
    ctx.set_staff(staff)
    return staff


@pytest.fixture
def make_gui_counter(live_api, tmp_path, qapp) -> Iterator[Callable[..., Counter]]:
    """make_gui_counter(store_index=0, **engine_options) -> a counter whose context is started (syncing)."""
    from clerk_app.ui import theme
    from clerk_app.ui.common.context import ClerkContext

    theme.apply(qapp)  # the real look: paddings and fonts change layouts, and the RTL checks must see them
    made: list[Counter] = []

    def make(store_index: int = 0, start: bool = True, **engine_options: Any) -> Counter:
        store = live_api.store(store_index)
        network = NetworkSwitch()
        secrets = MemoryStore()
        settings = config.Settings(api_url=live_api.url, data_dir=tmp_path / f"counter-{len(made)}",
                                   device_name=f"Counter {len(made)}", store_name=store["name"])
        enroll(settings, secrets, store_id=store["id"], username=store["manager"], password=PASSWORD, transport=network)
        device = Device.open(settings, secrets, transport=network)
        options = {"long_poll_seconds": 5, **engine_options}
        ctx = ClerkContext(settings, secrets, device, transport=network, now=live_api.clock.now, engine_options=options)
        counter = Counter(ctx, network, settings, secrets)
        made.append(counter)
        if start:
            ctx.start()
        return counter

    yield make
    for counter in made:
        counter.network.set_connected(True)
        counter.ctx.close()
    # Collect Qt wrappers now, on the GUI thread: left to a later collection they may be deleted from
    # whatever thread triggers it (the test server's), which crashes Qt.
    gc.collect()


@pytest.fixture
def clerk(make_gui_counter) -> Any:
    return make_gui_counter().ctx


@pytest.fixture
def signed_in_window(qtbot, live_api, clerk) -> Any:
    from clerk_app.ui.main_window import MainWindow

    wait_online_and_synced(qtbot, clerk)
    window = MainWindow(clerk)
    qtbot.addWidget(window)
    sign_in(clerk, live_api.store(0)["associates"][0])
    window.show()
    qtbot.waitExposed(window)
    return window
