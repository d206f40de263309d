"""`clerk-app`: the desktop app, its demo mode, and headless commands."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import platformdirs


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="clerk-app", description="Clerk, the in-store clerk app.")
    parser.add_argument("--demo", action="store_true", help="run against a demo server started on this computer")
    parser.add_argument("--data-dir", type=Path, help="where Clerk keeps its data (default: the user's data folder)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    data_dir = args.data_dir or Path(platformdirs.user_data_dir("Clerk", "Clerk"))
    if not args.demo:
        print("The Clerk desktop window is not built yet; run `clerk-app --demo` to start the demo server.")
        return 2
    from .demo import DEMO_PASSWORD, start_demo_server

    print("Starting the demo central API with a generated store network ...", flush=True)
    demo = start_demo_server(data_dir / "demo")
    print(f"\nThe demo central API is running at {demo.url}  (API docs: {demo.url}/docs)")
    print("The desktop window arrives with the next milestone; for now this is the server alone.\n")
    print(f"Demo staff (password: {DEMO_PASSWORD}):")
    for store in demo.network["stores"]:
        print(f"  {store['name']} ({store['id']}): manager {store['manager']}, associates {', '.join(store['associates'])}")
    print("\nPress Ctrl+C to stop.", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        print("\nStopping the demo.")
    finally:
        demo.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
