"""Time from starting `clerk-app` to an interactive main window, with a warm cache (prints JSON).

Seeds a network and serves it from `clerk-api serve`; enrolls a counter (`clerk-app enroll`, secrets in a
file store so no keyring is needed) and warms its cache (`clerk-app sync --once`). Then starts the real
`clerk-app` several times and measures, from the parent, the time from launching the process to the app
reporting its first frame of the main window (CLERK_REPORT_READY): interpreter start, imports, opening
the encrypted cache and building every screen included. Goal: under 1.5 s, in every language
(`--languages en,ar,fa,he,ru` starts with `--language CODE`, the languages taking turns run by run so that
the machine's slow minutes fall on all of them alike). `--app dist/clerk-.../clerk-app` times the frozen app
(goal: under 2 s). Warm means Python's byte-code too, as an installed Clerk has it (pip compiles on install, the
frozen app carries it): the source's is compiled first, even where PYTHONDONTWRITEBYTECODE is set, which would
otherwise leave every start compiling Clerk anew (0.4-0.5 s of CPU). Each language's `cpu_median_seconds` is the
app's own CPU time to the ready line: on a busy machine it says more than the wall clock.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from api_process import api_process  # benchmarks/ is the script's own folder

from central_api.db import Database
from central_api.seed import seed

PASSWORD = "bench"


APP: list[str] = [sys.executable, "-m", "clerk_app"]  # or the frozen app, by --app


def clerk(folder: Path, *args: str, env: dict[str, str] | None = None, **popen: object) -> list[str]:
    return [*APP, "--data-dir", str(folder / "data"), "--config", str(folder / "settings.toml"),
            "--secrets-file", str(folder / "secrets.json"), *args]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=20000)
    parser.add_argument("--stores", type=int, default=5)
    parser.add_argument("--runs", type=int, default=7, help="starts per language")
    parser.add_argument("--languages", default="en", help="comma-separated: en,ar,fa,he,ru")
    parser.add_argument("--app", type=Path, help="a frozen clerk-app executable (make package) instead of this source")
    args = parser.parse_args()
    if args.app:
        APP[:] = [str(args.app.resolve())]
    if not args.app:
        root = Path(__file__).resolve().parent.parent
        compile_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(root / "clerk_app"), str(root / "central_api")],
                       env=compile_env, check=True, capture_output=True)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"), "CLERK_PASSWORD": PASSWORD}
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db_url = f"sqlite:///{folder / 'central.db'}"
        network = seed(Database(db_url), stores=args.stores, customers=args.customers, seed=9, password=PASSWORD)
        store = network["stores"][0]
        with api_process(db_url) as url:
            subprocess.run(clerk(folder, "enroll", "--api", url, "--store", store["id"], "--username", store["manager"]),
                           env=env, check=True, capture_output=True)
            warm = subprocess.run(clerk(folder, "sync", "--once"), env=env, check=True, capture_output=True, text=True)
            synced = json.loads(warm.stdout.strip().splitlines()[-1])
            languages = args.languages.split(",")
            timings: dict[str, list[float]] = {code: [] for code in languages}
            cpu: dict[str, list[float]] = {code: [] for code in languages}  # the app's CPU seconds to that point
            for _ in range(args.runs):
                for code in languages:
                    started = time.perf_counter()
                    app = subprocess.Popen(clerk(folder, "--language", code), env={**env, "CLERK_REPORT_READY": "1"},
                                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
                    for line in app.stdout:
                        if "clerk: window ready" in line:
                            timings[code].append(time.perf_counter() - started)
                            if "cpu=" in line:
                                cpu[code].append(float(line.split("cpu=")[1]))
                            break
                    app.terminate()
                    app.wait(timeout=30)
    per_language = {code: {"runs": len(t), "median_seconds": round(statistics.median(t), 2),
                           "p90_seconds": round(sorted(t)[min(len(t) - 1, round(0.9 * (len(t) - 1)))], 2),
                           "min_seconds": round(min(t), 2), "max_seconds": round(max(t), 2),
                           **({"cpu_median_seconds": round(statistics.median(cpu[code]), 2)} if cpu[code] else {})}
                    for code, t in timings.items() if t}
    print(json.dumps({
        "benchmark": "gui_startup", "app": "frozen" if args.app else "source", "customers": args.customers, "stores": args.stores, "cached_records": synced["pulled"],
        "languages": per_language, "goal_seconds": 1.5, "loadavg": [round(x, 2) for x in os.getloadavg()],
    }))

if __name__ == "__main__":
    main()
