"""Latency of a `/changes` page of 500 under a simple local load (prints JSON).

Seeds a network, runs `clerk-api serve` in its own process (so the load generator does not share
its interpreter), enrolls devices, and has several client threads page through the full snapshot
again and again with limit=500, timing every request.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import threading
import time
from pathlib import Path

import httpx

from central_api.db import Database
from central_api.seed import seed
from api_process import api_process  # benchmarks/ is the script's own folder


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=20000)
    parser.add_argument("--stores", type=int, default=5)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--requests", type=int, default=400, help="total timed requests")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db_url = f"sqlite:///{Path(folder) / 'central.db'}"
        network = seed(Database(db_url), stores=args.stores, customers=args.customers, seed=3, password="bench")
        with api_process(db_url) as url:
            store = network["stores"][0]
            token = httpx.post(f"{url}/v1/auth/login", json={"username": store["manager"], "password": "bench"}).json()["access_token"]
            devices = [httpx.post(f"{url}/v1/devices", json={"store_id": store["id"], "name": f"bench-{i}"},
                                  headers={"Authorization": f"Bearer {token}"}).json() for i in range(args.clients)]
            timings: list[float] = []
            records = [0]
            lock = threading.Lock()

            def worker(device: dict) -> None:
                with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {device['device_token']}"}, timeout=60) as client:
                    cursor = None
                    while True:
                        with lock:
                            if len(timings) >= args.requests:
                                return
                        params = {"limit": 500} | ({"cursor": cursor} if cursor else {})
                        started = time.perf_counter()
                        reply = client.get(f"/v1/stores/{store['id']}/changes", params=params)
                        elapsed = time.perf_counter() - started
                        reply.raise_for_status()
                        body = reply.json()
                        with lock:
                            timings.append(elapsed)
                            records[0] += len(body["changes"])
                        cursor = body["next_cursor"] if body["has_more"] else None

            threads = [threading.Thread(target=worker, args=(d,)) for d in devices]
            wall = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            wall = time.perf_counter() - wall
    timings.sort()
    print(json.dumps({
        "benchmark": "changes_latency", "customers": args.customers, "stores": args.stores, "clients": args.clients,
        "requests": len(timings), "page_limit": 500,
        "median_ms": round(statistics.median(timings) * 1000, 1),
        "p99_ms": round(timings[min(len(timings) - 1, int(len(timings) * 0.99))] * 1000, 1),
        "records_per_second": round(records[0] / wall),
    }))


if __name__ == "__main__":
    main()
