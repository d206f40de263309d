"""A demo smoke run of a frozen app: start `clerk-app --demo`, wait for its window's first frame, quit.

    python packaging/smoke.py dist/clerk-0.1.0-linux-x86_64/clerk-app [--timeout 180]

Exit 0 when the window opened (and, on Linux and macOS, the app quit cleanly on Ctrl+C), else 1 with why.
The CI's Windows and macOS legs run it; on Linux tests/packaging does the same and more.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="smoke.py", description=__doc__.splitlines()[0])
    parser.add_argument("app", type=Path)
    parser.add_argument("--timeout", type=float, default=180.0)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="clerk-smoke-") as folder:
        env = {**os.environ, "CLERK_REPORT_READY": "1"}
        started = time.perf_counter()
        app = subprocess.Popen([str(args.app), "--demo", "--data-dir", str(Path(folder) / "data"), "--config",
                                str(Path(folder) / "settings.toml")], env=env, stdout=subprocess.PIPE, text=True,
                               stdin=subprocess.DEVNULL)
        ready = threading.Event()

        def read() -> None:
            assert app.stdout is not None
            for line in app.stdout:
                if "clerk: window ready" in line:
                    ready.set()

        threading.Thread(target=read, daemon=True).start()
        opened = ready.wait(args.timeout)
        seconds = time.perf_counter() - started
        if os.name == "nt":
            app.terminate()  # no Ctrl+C to send a window program
            code = 0
        else:
            app.send_signal(signal.SIGINT)
            try:
                code = app.wait(60)
            except subprocess.TimeoutExpired:
                app.kill()
                code = "did not quit"
        app.wait(30)
    if not opened:
        print(f"the demo's window did not open within {args.timeout:.0f} s (exit code {app.returncode})")
        return 1
    print(f"the demo's window opened in {seconds:.1f} s; quit: {code}")
    return 0 if code == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
