"""Initial sync throughput: a fresh counter downloads its store over loopback, in records per second (prints JSON).

Seeds a network, runs `clerk-api serve` in its own process, enrolls a device over HTTP, and times a
full `Engine.sync_once()` into a fresh encrypted cache, with the time split between HTTP + server,
client decode/validation and cache inserts. Then the ceiling: the same page bodies (fetched once up
front) decoded, validated and inserted in-process with no HTTP, and the ratio between the two.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import secrets
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from central_api.db import Database
from central_api.seed import seed
from api_process import api_process  # benchmarks/ is the script's own folder
from clerk_app.api import client as api_client
from clerk_app.api.client import ApiClient
from clerk_app.api.models import ChangesPage
from clerk_app.cache import Cache
from clerk_app.sync.engine import Engine


class Stopwatch:
    """Seconds spent inside wrapped callables, by label."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def wrap(self, label: str, fn: Any) -> Any:
        def timed(*args: Any, **kwargs: Any) -> Any:
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[label] = self.seconds.get(label, 0.0) + time.perf_counter() - t
        return timed


class TimedCache:
    """The real cache with `apply_page` timed (the engine sees no difference)."""

    def __init__(self, cache: Cache, watch: Stopwatch) -> None:
        self._cache = cache
        self.apply_page = watch.wrap("cache_apply_page", cache.apply_page)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cache, name)


def enroll(url: str, store: dict[str, Any], name: str) -> dict[str, Any]:
    token = httpx.post(f"{url}/v1/auth/login", json={"username": store["manager"], "password": "bench"}).json()["access_token"]
    reply = httpx.post(f"{url}/v1/devices", json={"store_id": store["id"], "name": name},
                       headers={"Authorization": f"Bearer {token}"})
    reply.raise_for_status()
    return reply.json()


def full_sync(url: str, device: dict[str, Any], folder: Path, page_size: int) -> dict[str, Any]:
    """A real initial sync (engine, client, cache) with each stage timed."""
    watch = Stopwatch()
    parse, validate = api_client._parse_json, api_client._validate
    # Module-level helpers the client calls for every reply: timing them splits decode from transport.
    api_client._parse_json = watch.wrap("json_decode", parse)
    api_client._validate = watch.wrap("pydantic_validate", validate)
    cache = Cache.open(folder / "full.db", secrets.token_bytes(32))
    api = ApiClient(url)
    try:
        api.set_device_token(device["device_token"])
        timed_cache = TimedCache(cache, watch)
        engine = Engine(api, timed_cache, device["store_id"], device["device_id"], page_size=page_size)
        changes_per_commit = engine.changes_per_commit
        engine._write = watch.wrap("engine_write", engine._write)
        engine._changes_of = watch.wrap("to_dicts", engine._changes_of)
        api.changes = watch.wrap("api_changes", api.changes)
        started = time.perf_counter()
        report = engine.sync_once()
        seconds = time.perf_counter() - started
        counts = cache.counts()
        size = cache.file_size()
    finally:
        api_client._parse_json, api_client._validate = parse, validate
        api.close()
        cache.close()
    s = watch.seconds
    http_server = s["api_changes"] - s["json_decode"] - s["pydantic_validate"]
    return {
        "records": report.pulled, "seconds": round(seconds, 2), "records_per_second": round(report.pulled / seconds),
        "changes_per_commit": changes_per_commit,
        "entities": counts, "cache_mb": round(size / 2**20, 1),
        # The engine fetches the next page while it writes the last, so these overlap: their sum
        # exceeds the wall time by how much the pipeline hid.
        "split_seconds": {
            "http_and_server": round(http_server, 2), "client_json_decode": round(s["json_decode"], 2),
            "client_pydantic_validate": round(s["pydantic_validate"], 2),
            "engine_to_dicts": round(s["to_dicts"], 2), "cache_apply_page": round(s["cache_apply_page"], 2),
        },
    }


def fetch_pages(url: str, device: dict[str, Any], page_size: int) -> list[bytes]:
    """Every page of the store's feed as raw bytes, fetched once (this time is not part of the ceiling)."""
    bodies = []
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {device['device_token']}"}, timeout=120) as http:
        cursor = None
        while True:
            params = {"limit": page_size, "wait": 0} | ({"cursor": cursor} if cursor else {})
            reply = http.get(f"/v1/stores/{device['store_id']}/changes", params=params)
            reply.raise_for_status()
            bodies.append(reply.content)
            body = json.loads(reply.content)
            if not body["has_more"]:
                return bodies
            cursor = body["next_cursor"]


def ceiling(bodies: list[bytes], folder: Path, changes_per_commit: int) -> dict[str, Any]:
    """The client's own decode and validation, the engine's conversion to dicts, and the cache writes, no HTTP.

    Pages share a transaction as the engine's do (`changes_per_commit`), so this is the engine's
    own work minus the network and the server.
    """
    cache = Cache.open(folder / "ceiling.db", secrets.token_bytes(32))
    decode = validate = dump = insert = 0.0
    records = 0
    pending: list[dict[str, Any]] = []
    try:
        started = time.perf_counter()
        for raw in bodies:
            t0 = time.perf_counter()
            data = api_client._parse_json(raw, "GET changes")
            t1 = time.perf_counter()
            page = api_client._validate(ChangesPage, data, "GET changes")
            t2 = time.perf_counter()
            pending.extend(Engine._changes_of(page))
            t3 = time.perf_counter()
            if not page.has_more or len(pending) >= changes_per_commit:
                cache.apply_page(pending, page.next_cursor, page.device_last_seq)
                records += len(pending)
                pending = []
            t4 = time.perf_counter()
            decode, validate, dump, insert = decode + t1 - t0, validate + t2 - t1, dump + t3 - t2, insert + t4 - t3
        seconds = time.perf_counter() - started
    finally:
        cache.close()
    return {
        "records": records, "seconds": round(seconds, 2), "records_per_second": round(records / seconds),
        "changes_per_commit": changes_per_commit,
        "split_seconds": {"client_json_decode": round(decode, 2), "client_pydantic_validate": round(validate, 2),
                          "engine_to_dicts": round(dump, 3), "cache_apply_page": round(insert, 2)},
        "per_stage_records_per_second": {
            "json_decode": round(records / decode), "pydantic_validate": round(records / validate),
            "to_dicts": round(records / max(dump, 1e-6)), "cache_apply_page": round(records / insert)},
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=20000)
    parser.add_argument("--stores", type=int, default=5)
    # The engine's own page size by default (what a counter asks for).
    parser.add_argument("--page-size", type=int, default=inspect.signature(Engine).parameters["page_size"].default)
    args = parser.parse_args()
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db_url = f"sqlite:///{folder / 'central.db'}"
        t = time.perf_counter()
        network = seed(Database(db_url), stores=args.stores, customers=args.customers, seed=3, password="bench")
        seed_seconds = time.perf_counter() - t
        with api_process(db_url) as url:
            store = network["stores"][0]
            full = full_sync(url, enroll(url, store, "bench-full"), folder, args.page_size)
            t = time.perf_counter()
            bodies = fetch_pages(url, enroll(url, store, "bench-ceiling"), args.page_size)
            raw_fetch = time.perf_counter() - t
        top = ceiling(bodies, folder, full["changes_per_commit"])
    fetched = top["records"]
    print(json.dumps({
        "benchmark": "initial_sync", "customers": args.customers, "stores": args.stores, "store": store["id"],
        "page_size": args.page_size, "pages": len(bodies), "seed_seconds": round(seed_seconds, 1),
        "goal_records_per_second": 30000,
        "full_sync": full,
        "raw_fetch_only": {"seconds": round(raw_fetch, 2), "records_per_second": round(fetched / raw_fetch),
                           "mb": round(sum(map(len, bodies)) / 2**20, 1),
                           "note": "httpx GET of every page plus a json.loads for the cursor: server + transport"},
        "ceiling_no_http": top,
        "full_over_ceiling": round(full["records_per_second"] / top["records_per_second"], 2),
        "loadavg_before": [round(x, 2) for x in load_before], "loadavg_after": [round(x, 2) for x in os.getloadavg()],
    }))


if __name__ == "__main__":
    main()
