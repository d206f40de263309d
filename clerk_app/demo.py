"""Demo mode's server: the reference central API on loopback over a freshly generated store network.

This is the only place `clerk_app` touches `central_api`, and only when the demo starts.
"""

from __future__ import annotations

import json
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
