"""Demo mode's server: the reference central API on loopback over a freshly generated store network.

This is the only place `clerk_app` touches `central_api`, and only when the demo starts.
"""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEMO_PASSWORD = "clerk-demo"
DEMO_SEED = 2026


@dataclass
class DemoServer:
    url: str
    network: dict[str, Any]
    _server: Any
    database: Any

    def stop(self) -> None:
        self._server.stop()
        self.database.dispose()


def start_demo_server(data_dir: Path, customers: int = 2000, stores: int = 3) -> DemoServer:
    from central_api.app import create_app
    from central_api.db import Database
    from central_api.seed import seed
    from central_api.server import BackgroundServer

    data_dir.mkdir(parents=True, exist_ok=True)
    db_path = data_dir / "central-demo.db"
    for stale in (db_path, db_path.with_name(db_path.name + "-wal"), db_path.with_name(db_path.name + "-shm")):
        stale.unlink(missing_ok=True)  # a fresh network each start: the demo is meant to be replayed
    database = Database(f"sqlite:///{db_path}")
    network = seed(database, stores=stores, customers=customers, seed=DEMO_SEED, password=DEMO_PASSWORD)
    (data_dir / "demo-staff.json").write_text(json.dumps(network["stores"], indent=2), encoding="utf-8")
    server = BackgroundServer(create_app(database)).start()
    return DemoServer(server.url, network, server, database)


# --- the demo counter: a device enrolled into the demo network's first store ----------------------

@dataclass
class DemoCounter:
    """What the desktop app needs to open the demo: the server, and this computer enrolled into its first store."""

    server: DemoServer
    settings: Any  # config.Settings
    secrets: Any  # FileStore (demo only: the demo's throwaway device token and cache key)
    switch: Any  # NetworkSwitch: the Demo menu's "Cut the connection"
    device: Any  # sync.device.Device
    staff: list[dict[str, Any]]  # the store's staff for the sign-in screen, associates first
    lock: Any  # CacheLock over the demo folder: one demo per folder

    def close(self) -> None:
        """After the app's context is closed (it closes the device): stop the server, free the folder."""
        # The counter's last long-poll may still be held open; uvicorn cancels it after its grace second and
        # would log that as an error, which on quitting the demo is expected, not news.
        logging.getLogger("uvicorn.error").setLevel(logging.CRITICAL)
        try:
            self.server.stop()
        finally:
            self.lock.release()


def store_staff(database: Any, store_id: str) -> list[dict[str, Any]]:
    """The active staff of a store in the demo database: id, username, display_name, role; associates first."""
    from sqlalchemy import select

    from central_api import db

    s, link = db.staff.c, db.staff_stores.c
    query = (select(s.id, s.username, s.display_name, s.role)
             .join(db.staff_stores, link.staff_id == s.id)
             .where(link.store_id == store_id, s.active.is_(True))
             .order_by(s.role, s.username))
    with database.read() as conn:
        return [{"id": r.id, "username": r.username, "display_name": r.display_name, "role": r.role,
                 "store_ids": [store_id]} for r in conn.execute(query)]


def open_demo_counter(folder: Path, customers: int = 2000, step: Callable[[str], None] = lambda _text: None
                      ) -> DemoCounter:
    """Start a fresh demo network and enroll this computer into its first store, as its manager would.

    Slow (seeding takes seconds): call it off the GUI thread. `step(text)` tells what it is doing.
    Raises CacheInUse when another demo already runs over `folder`.
    """
    from .api.switch import NetworkSwitch
    from .cache import CacheLock
    from .config import Settings
    from .secrets import FileStore
    from .sync.device import Device, enroll

    folder.mkdir(parents=True, exist_ok=True)
    lock = CacheLock(folder / "demo").acquire()
    try:
        counter_dir = folder / "counter"
        # A fresh network means a fresh counter: the last demo's cache and secrets belong to a server that is gone.
        shutil.rmtree(counter_dir, ignore_errors=True)
        step("network")
        server = start_demo_server(folder, customers=customers)
        try:
            step("counter")
            store = server.network["stores"][0]
            switch = NetworkSwitch()
            secrets = FileStore(counter_dir / "secrets.json")
            settings = Settings(api_url=server.url, data_dir=counter_dir, device_name="Demo counter",
                                store_name=store["name"])
            enroll(settings, secrets, store_id=store["id"], username=store["manager"], password=DEMO_PASSWORD,
                   transport=switch)
            device = Device.open(settings, secrets, transport=switch)
            return DemoCounter(server, settings, secrets, switch, device, store_staff(server.database, store["id"]), lock)
        except BaseException:
            server.stop()
            raise
    except BaseException:
        lock.release()
        raise
