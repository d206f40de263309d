"""How long `seed` takes for N customers (prints JSON)."""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from central_api.db import Database
from central_api.seed import seed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=20000)
    parser.add_argument("--stores", type=int, default=10)
    parser.add_argument("--dir", type=Path, help="where to put the database (default: a temporary folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        path = Path(folder) / "seed.db"
        started = time.perf_counter()
        summary = seed(Database(f"sqlite:///{path}"), stores=args.stores, customers=args.customers, seed=1, password="bench")
        seconds = time.perf_counter() - started
        size = sum(p.stat().st_size for p in Path(folder).iterdir())
    print(json.dumps({"benchmark": "seed_time", "customers": args.customers, "stores": args.stores,
                      "orders": summary["orders"], "pickups": summary["pickups"], "seconds": round(seconds, 2),
                      "customers_per_second": round(args.customers / seconds), "database_mb": round(size / 2**20, 1)}))


if __name__ == "__main__":
    main()
