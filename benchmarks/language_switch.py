"""Time to switch the language of an open window with a customer showing (prints JSON). Goal: under 300 ms.

Runs the demo in this process (its server on loopback, a synced counter), signs in an associate, opens a
customer's 360, then switches the window through ar → ru → he → fa → en again and again, timing each switch
from the call to the rebuilt window having painted (`switch_language` builds the screens that show anew and puts
back what was on them; the paint is forced with `repaint()`). `settled` also counts what Qt does next, before it
would read the clerk's next key: the events the switch posted (layouts, polish, deleting the old screens).
`--json-times` adds every switch's figures (for comparing runs of two versions side by side).
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
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

ORDER = ("ar", "ru", "he", "fa", "en")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5, help="times through the five languages")
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--profile", help="write a cProfile of the switches to this file")
    parser.add_argument("--json-times", action="store_true", help="every switch's times in the output too")
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtTest import QTest
    from screenshots import _server_rows, choose_customer, sign_in, wait_for

    from clerk_app.sync.connectivity import ConnectionState
    from clerk_app.ui.app import make_application, open_main_window, prepare_demo

    make_application()
    with tempfile.TemporaryDirectory(prefix="clerk-bench-") as folder:
        ctx, demo = prepare_demo(Path(folder), customers=args.customers)
        window = open_main_window(ctx, demo)
        window.resize(1366, 800)
        try:
            wait_for(lambda: ctx.reader.cursor() and ctx.connection_state == ConnectionState.ONLINE, "the sync", 120)
            rows = _server_rows(demo, ctx.store_id)
            sign_in(ctx, next(p for p in ctx.demo_staff if p["role"] == "associate"))
            customer_id = choose_customer(rows, rtl=False)
            ctx.navigate.emit("customer", customer_id, {})
            wait_for(lambda: not window.customers.view._refreshing, "the customer's refresh")
            QTest.qWait(300)
            timings: dict[str, list[float]] = {code: [] for code in ORDER}
            settled: list[float] = []
            profiler = None
            if args.profile:
                import cProfile

                profiler = cProfile.Profile()
            for _ in range(args.rounds):
                for code in ORDER:
                    started = time.perf_counter()
                    if profiler:
                        profiler.enable()
                    window.switch_language(code)
                    window.repaint()
                    if profiler:
                        profiler.disable()
                    timings[code].append(time.perf_counter() - started)
                    QCoreApplication.sendPostedEvents(None, 0)
                    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
                    QCoreApplication.processEvents()
                    settled.append(time.perf_counter() - started)
                    assert window.customers.view.customer_id == customer_id
                    QTest.qWait(100)  # the look-ups a rebuilt screen starts land between switches
            if profiler:
                profiler.dump_stats(args.profile)
            everything = sorted(t for ts in timings.values() for t in ts)
            settled.sort()
            result = {
                "benchmark": "language_switch", "customers": args.customers, "switches": len(everything),
                "median_ms": round(statistics.median(everything) * 1000), "p90_ms": round(_p90(everything) * 1000),
                "min_ms": round(everything[0] * 1000), "max_ms": round(everything[-1] * 1000),
                "settled_median_ms": round(statistics.median(settled) * 1000),
                "settled_p90_ms": round(_p90(settled) * 1000), "settled_min_ms": round(settled[0] * 1000),
                "per_language_median_ms": {c: round(statistics.median(t) * 1000) for c, t in timings.items()},
                "goal_ms": 300, "loadavg": [round(x, 2) for x in os.getloadavg()],
            }
            if args.json_times:
                result["times_ms"] = [round(t * 1000, 1) for t in everything]
                result["settled_times_ms"] = [round(t * 1000, 1) for t in settled]
            print(json.dumps(result))
        finally:
            window.close()
            demo.close()


def _p90(sorted_times: list[float]) -> float:
    return sorted_times[min(len(sorted_times) - 1, round(0.9 * (len(sorted_times) - 1)))]


if __name__ == "__main__":
    main()
