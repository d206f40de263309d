"""The sync engine in a child process (the desktop app's): it downloads the store into the cache file the app
reads, pushes what the app queues exactly once, stops when asked, starts again when killed with nothing lost,
and never carries the device token or the cache key on its command line."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from central_api import db
from clerk_app import config
from clerk_app.domain import pickups
from clerk_app.secrets import MemoryStore
from clerk_app.sync.connectivity import ConnectionState
from clerk_app.sync.device import Device, enroll
from clerk_app.sync.engine import SyncCallbacks
from clerk_app.sync.process import SYNC_NICENESS, EngineProcess
from tests.helpers.api import PASSWORD


class Reports:
    """What the child reported, collected from the reader thread."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.states: list[ConnectionState] = []
        self.changes: list[set[str]] = []
        self.logs: list[str] = []

    def callbacks(self) -> SyncCallbacks:
        def add(target: list[Any]) -> Callable[[Any], None]:
            def record(item: Any) -> None:
                with self.lock:
                    target.append(item)
            return record
        return SyncCallbacks(on_state=add(self.states), on_changes=add(self.changes), on_log=add(self.logs))


def wait_for(condition: Callable[[], Any], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("the condition did not come true in time")
        time.sleep(0.05)


@pytest.fixture
def device(live_api, tmp_path: Path) -> Iterator[Device]:
    store = live_api.store(0)
    settings = config.Settings(api_url=live_api.url, data_dir=tmp_path / "counter", device_name="Counter P",
                               store_name=store["name"])
    secrets = MemoryStore()
    enroll(settings, secrets, store_id=store["id"], username=store["manager"], password=PASSWORD)
    opened = Device.open(settings, secrets)
    yield opened
    opened.close()


@pytest.fixture
def start_process(device: Device) -> Iterator[Callable[..., tuple[EngineProcess, Reports]]]:
    started: list[EngineProcess] = []

    def start(**kwargs: Any) -> tuple[EngineProcess, Reports]:
        reports = Reports()
        process = EngineProcess(device.engine_spec(long_poll_seconds=2), reports.callbacks(), **kwargs)
        started.append(process)
        process.start()
        return process, reports

    yield start
    for process in started:
        process.stop()


def ledger_count(live_api, mutation_id: str) -> int:
    with live_api.database.read() as conn:
        return conn.execute(select(func.count()).select_from(db.mutation_ledger)
                            .where(db.mutation_ledger.c.mutation_id == mutation_id)).scalar_one()


def queue_reminder(device: Device, live_api) -> dict[str, Any]:
    """A reminder queued through the app's own write connection (as the screens queue actions) while the child
    syncs through its own: the outbox row."""
    pickup = device.cache.pickups("ready", 1)[0]
    staff_id = live_api.staff_id(live_api.store(0)["associates"][0])
    args = {"pickup_id": pickup["id"], "kind": "reminder"}
    now = live_api.clock.now()
    after = pickups.apply("pickup.notify.v1", args, pickup, now, staff_id)
    return device.cache.enqueue("pickup.notify.v1", args, staff_id, entity="pickup", entity_id=pickup["id"],
                                optimistic=after, acted_at=pickups.iso(now))


def test_the_child_downloads_the_store_and_pushes_what_the_app_queues_exactly_once(live_api, device, start_process):
    process, reports = start_process()
    wait_for(lambda: process.state == ConnectionState.ONLINE and device.cache.cursor())
    assert process.pid is not None and process.pid != os.getpid()
    # It runs below the window's priority (the window's process is this one's, at its own niceness).
    assert os.getpriority(os.PRIO_PROCESS, process.pid) == os.getpriority(os.PRIO_PROCESS, 0) + SYNC_NICENESS
    counts = device.cache.counts()
    assert counts["customers"] > 0 and counts["pickups"] > 0  # written by the child, read here
    assert any("pickup" in kinds for kinds in reports.changes)

    row = queue_reminder(device, live_api)
    process.wake()
    wait_for(lambda: device.cache.depth() == 0)
    assert ledger_count(live_api, row["mutation_id"]) == 1

    assert process.stop() is True  # finished cleanly, not killed
    assert process.exit_code == 0


def test_a_killed_child_is_started_again_and_nothing_queued_is_lost(live_api, device, start_process):
    process, reports = start_process(restart_after=0.2)
    wait_for(lambda: process.state == ConnectionState.ONLINE and device.cache.cursor())
    first = process.pid
    os.kill(first, signal.SIGKILL)
    row = queue_reminder(device, live_api)  # queued while no sync process runs

    wait_for(lambda: process.restarts == 1 and process.pid != first)
    wait_for(lambda: device.cache.depth() == 0)
    assert ledger_count(live_api, row["mutation_id"]) == 1
    assert any("starting again" in line for line in reports.logs)
    assert ConnectionState.OFFLINE in reports.states  # the screens were told while it was down
    wait_for(lambda: process.state == ConnectionState.ONLINE)
    assert device.cache.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_work_offline_reaches_the_child_and_a_stopped_process_is_not_restarted(live_api, device, start_process):
    process, reports = start_process(restart_after=0.2)
    wait_for(lambda: process.state == ConnectionState.ONLINE)
    process.set_work_offline(True)
    wait_for(lambda: process.state == ConnectionState.WORKING_OFFLINE)
    row = queue_reminder(device, live_api)
    process.wake()
    time.sleep(1.0)
    assert device.cache.depth() == 1  # working offline: kept, not sent
    process.set_work_offline(False)
    wait_for(lambda: device.cache.depth() == 0)
    assert ledger_count(live_api, row["mutation_id"]) == 1

    pid = process.pid
    assert process.stop() is True
    time.sleep(0.5)
    assert process.exit_code == 0 and process.pid == pid and process.restarts == 0 and not process.running


def test_the_token_and_the_cache_key_never_reach_the_child_s_command_line(device, start_process):
    process, _ = start_process()
    wait_for(lambda: process.pid is not None)
    command_line = Path(f"/proc/{process.pid}/cmdline").read_bytes()
    environment = Path(f"/proc/{process.pid}/environ").read_bytes()
    # The app itself, as a frozen app starts it too (launch.self_command): `clerk-app --sync-child`.
    assert command_line.split(b"\0")[:-1] == [os.fsencode(sys.executable), b"-m", b"clerk_app", b"--sync-child"]
    for secret in (device.token.encode(), device.key.hex().encode()):
        assert secret not in command_line
        assert secret not in environment
    assert "token" not in repr(device.engine_spec()) and device.key.hex() not in repr(device.engine_spec())
