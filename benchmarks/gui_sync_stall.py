"""The longest GUI event-loop stall while the sync worker runs an initial sync of ~100,000 records (prints JSON).

Seeds a network, serves it from `clerk-api serve` in its own process, enrolls a fresh counter and opens the
real main window (an associate signed in, the Pickups page showing, so every page written makes the
screens refresh). The engine runs where the app runs it: in its own process (`--engine thread`: on a
thread of the app, as the demo does). A 5 ms QTimer on the GUI thread records the gaps between its ticks while the sync
worker downloads the store; a gap longer than the interval is time the GUI could not respond. Goal: under 50 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx  # noqa: E402
from api_process import api_process  # noqa: E402 - benchmarks/ is the script's own folder
from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402

from central_api.db import Database  # noqa: E402
from central_api.seed import seed  # noqa: E402
from clerk_app import config  # noqa: E402
from clerk_app.secrets import MemoryStore  # noqa: E402
from clerk_app.sync.connectivity import ConnectionState  # noqa: E402
from clerk_app.sync.device import Device, enroll  # noqa: E402
from clerk_app.ui.app import make_application, open_main_window  # noqa: E402
from clerk_app.ui.common.context import ClerkContext  # noqa: E402

PASSWORD = "bench"
TICK_MS = 5


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=46000, help="customers in the whole network")
    parser.add_argument("--stores", type=int, default=2)
    parser.add_argument("--page-size", type=int, default=None, help="the engine's page size (default: the desktop app's)")
    parser.add_argument("--engine", choices=("process", "thread"), default="process",
                        help="process: the app's sync process; thread: the engine on a thread of the app (as in the demo)")
    parser.add_argument("--screen", choices=("sign-in", "customers", "pickups", "activity", "dashboard"), default="pickups",
                        help="what the window shows meanwhile (pickups: the queue refreshes on every page written)")
    args = parser.parse_args()
    app = make_application(sys.argv[:1])  # as the app: theme, translations, GIL switch interval
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db_url = f"sqlite:///{folder / 'central.db'}"
        network = seed(Database(db_url), stores=args.stores, customers=args.customers, seed=5, password=PASSWORD)
        store = network["stores"][0]
        with api_process(db_url) as url:
            settings = config.Settings(api_url=url, data_dir=folder / "counter", store_name=store["name"])
            secrets = MemoryStore()
            enroll(settings, secrets, store_id=store["id"], username=store["manager"], password=PASSWORD)
            options = {"page_size": args.page_size} if args.page_size else {}
            # An in-process transport keeps the engine on a thread of this process (ClerkContext).
            transport = httpx.HTTPTransport() if args.engine == "thread" else None
            device = Device.open(settings, secrets, transport=transport)
            ctx = ClerkContext(settings, secrets, device, transport=transport, engine_options=options)
            window = open_main_window(ctx)  # as the app opens it (idle lock, start-up heap frozen)
            window.resize(1280, 800)
            if args.screen != "sign-in":  # a first start downloads the store while sign-in shows
                who = store["manager"] if args.screen == "dashboard" else store["associates"][0]
                login = ctx.staff_api.login(who, PASSWORD, settings.device_id)
                ctx.set_staff(login.staff.model_dump())
                window.show_page(args.screen)

            # The window's first layout and paint are not the sync's doing: let them finish first.
            settle = time.monotonic() + 1.0
            while time.monotonic() < settle:
                app.processEvents()
                time.sleep(0.005)

            gaps: list[float] = []
            clock = QElapsedTimer()
            clock.start()
            last = [clock.nsecsElapsed()]
            records = [0]

            def tick() -> None:
                now = clock.nsecsElapsed()
                gaps.append((now - last[0]) / 1e6)
                last[0] = now
                if ctx.connection_state == ConnectionState.ONLINE and ctx.reader.cursor():
                    records[0] = sum(ctx.reader.counts().values())
                    app.quit()  # Qt 6 closes the windows on quit: the context closes with the main window

            timer = QTimer(interval=TICK_MS, timeout=tick)
            started = time.perf_counter()
            timer.start()
            ctx.start()
            app.exec()
            seconds = time.perf_counter() - started
            timer.stop()
    gaps.sort()
    print(json.dumps({
        "benchmark": "gui_sync_stall", "customers": args.customers, "stores": args.stores, "screen": args.screen,
        "engine": args.engine, "page_size": args.page_size or "desktop default",
        "records_synced": records[0], "sync_seconds": round(seconds, 1), "tick_ms": TICK_MS, "ticks": len(gaps),
        "longest_stall_ms": round(gaps[-1], 1), "p99_gap_ms": round(gaps[int(len(gaps) * 0.99) - 1], 1),
        "median_gap_ms": round(statistics.median(gaps), 1), "goal_ms": 50,
        "loadavg": [round(x, 2) for x in os.getloadavg()],
    }))


if __name__ == "__main__":
    main()
