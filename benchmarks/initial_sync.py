"""Initial sync throughput: a fresh counter downloads its store over loopback, in records per second (prints JSON).

Seeds a network, runs `clerk-api serve` in its own process (warmed up by one untimed download, as a
running central API is), enrolls a device over HTTP, and times a full `Engine.sync_once()` into a fresh
encrypted cache, in a new process as a counter's first download is, with the time of each stage of the
engine's pipeline (waiting for the server, decoding and checking, preparing rows, writing on the writer
thread). Then the raw fetch (server and HTTP only), and the ceiling: the engine's same pipeline over the
same page bodies with no server and no network, also in a new process, and the ratio between the two.
Each is measured `--runs` times, in turns; the median run is reported in full, and every run's records/s.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from central_api.db import Database
from central_api.seed import seed
from api_process import ServerUrl, api_process  # benchmarks/ is the script's own folder
from clerk_app.api import client as api_client
from clerk_app.api.client import ApiClient
from clerk_app.cache import Cache
from clerk_app.sync.engine import Engine


class Stopwatch:
    """Seconds spent inside wrapped callables, by label."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.spans: dict[str, list[tuple[float, float]]] = {}

    def wrap(self, label: str, fn: Any) -> Any:
        def timed(*args: Any, **kwargs: Any) -> Any:
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                end = time.perf_counter()
                self.seconds[label] = self.seconds.get(label, 0.0) + end - t
                self.spans.setdefault(label, []).append((t, end))
        return timed

    def overlap(self, label: str, others: tuple[str, ...]) -> float:
        """Seconds during which `label` ran at the same time as any of `others` (which never overlap
        each other: they run on one thread)."""
        theirs = [span for other in others for span in self.spans.get(other, [])]
        return sum(max(0.0, min(end, their_end) - max(start, their_start))
                   for start, end in self.spans.get(label, []) for their_start, their_end in theirs)


class TimedCache:
    """The real cache with its page preparing and writing timed (the engine sees no difference)."""

    def __init__(self, cache: Cache, watch: Stopwatch) -> None:
        self._cache = cache
        self.prepare_page = watch.wrap("cache_prepare_page", cache.prepare_page)
        self.write_page = watch.wrap("cache_write_page", cache.write_page)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cache, name)


class ReplayApi:
    """The client's side of the change feed over page bodies fetched beforehand: no server, no network.

    `changes` decodes and checks a body exactly as `ApiClient.changes` does (the same function), so the
    engine runs its own pipeline on it.
    """

    def __init__(self, bodies: list[bytes]) -> None:
        self._bodies = {None: bodies[0]}
        for before, after in zip(bodies, bodies[1:], strict=False):
            self._bodies[json.loads(before)["next_cursor"]] = after

    def fetch_changes(self, store_id: str, cursor: str | None = None, limit: int = 0, wait: int = 0) -> bytes:
        return self._bodies[cursor]

    def changes(self, store_id: str, cursor: str | None = None, limit: int = 0, wait: int = 0, *,
                fetched: Any = None) -> Any:
        raw = fetched.result() if fetched is not None else self.fetch_changes(store_id, cursor)
        return api_client._validate_page(raw, "GET changes")


class DelayedTransport(httpx.HTTPTransport):
    """Loopback with a wide-area network's round trip: each request waits `rtt` seconds before it is sent."""

    def __init__(self, rtt: float) -> None:
        super().__init__()
        self._rtt = rtt

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        time.sleep(self._rtt)
        return super().handle_request(request)


def enroll(url: str, store: dict[str, Any], name: str) -> dict[str, Any]:
    token = httpx.post(f"{url}/v1/auth/login", json={"username": store["manager"], "password": "bench"}).json()["access_token"]
    reply = httpx.post(f"{url}/v1/devices", json={"store_id": store["id"], "name": name},
                       headers={"Authorization": f"Bearer {token}"})
    reply.raise_for_status()
    return reply.json()


def full_sync(url: str, device: dict[str, Any], folder: Path, page_size: int, rtt: float = 0.0) -> dict[str, Any]:
    """A real initial sync (engine, client, cache) with each stage timed."""
    watch = Stopwatch()
    validate = api_client._validate_page
    # The module-level function the client decodes and checks every page with: timing it splits the
    # client's own work from the transport's and the server's.
    api_client._validate_page = watch.wrap("decode_and_validate", validate)
    cache = Cache.open(folder / "full.db", secrets.token_bytes(32))
    api = ApiClient(url, transport=DelayedTransport(rtt) if rtt else None)
    try:
        api.set_device_token(device["device_token"])
        engine = Engine(api, TimedCache(cache, watch), device["store_id"], device["device_id"], page_size=page_size,
                        pause_collector=True)  # as the app's sync process runs it
        changes_per_commit = engine.changes_per_commit
        api.changes = watch.wrap("api_changes", api.changes)
        server_cpu = getattr(url, "cpu_seconds", lambda: None)
        server_before, client_before = server_cpu(), time.process_time()
        started = time.perf_counter()
        report = engine.sync_once()
        seconds = time.perf_counter() - started
        client_cpu, server_after = time.process_time() - client_before, server_cpu()
        counts = cache.counts()
        size = cache.file_size()
    finally:
        api_client._validate_page = validate
        api.close()
        cache.close()
    s = watch.seconds
    return {
        "records": report.pulled, "seconds": round(seconds, 2), "records_per_second": round(report.pulled / seconds),
        "changes_per_commit": changes_per_commit,
        "entities": counts, "cache_mb": round(size / 2**20, 1),
        # Three threads overlap: the prefetch thread waits for the next page (network and server),
        # the engine's thread decodes, checks and prepares, and the writer thread writes the page
        # before. The sum of these exceeds the wall time by how much the pipeline hid.
        "split_seconds": {
            "waiting_for_server": round(s["api_changes"] - s["decode_and_validate"], 2),
            "client_decode_and_validate": round(s["decode_and_validate"], 2),
            "cache_prepare_page": round(s["cache_prepare_page"], 2),
            "cache_write_page_on_writer_thread": round(s["cache_write_page"], 2),
        },
        "writing_while_decoding_or_preparing_seconds": _overlap(watch),
        # Both share this computer's cores: together they bound what the two cores can do.
        "cpu_seconds": {"client_all_threads": round(client_cpu, 2),
                        "server": None if server_before is None else round(server_after - server_before, 2)},
    }


def in_new_process(what: str, **job: Any) -> dict[str, Any]:
    """`full_sync` or `ceiling` in a new Python process. A counter's first download finds nothing of the
    client warmed up by an earlier one (the cache of folded names, SQLite's statements, the allocator's
    pools): in this process, a second download measured about 7% faster than a first. The imports are
    done before the clock starts, as the app's sync process has them done before it syncs."""
    done = subprocess.run([sys.executable, __file__, "--child", json.dumps({"what": what, **job})],
                          capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"the {what} process failed:\n{done.stderr}")
    return json.loads(done.stdout.splitlines()[-1])


def _child(job: dict[str, Any]) -> dict[str, Any]:
    folder = Path(job["folder"])
    if job["what"] == "ceiling":
        bodies = [body.encode() for body in json.loads((folder / "bodies.json").read_text())]
        return ceiling(bodies, folder, job["page_size"])
    url = ServerUrl(job["url"])
    url.pid = job["server_pid"]
    return full_sync(url, job["device"], folder, job["page_size"], job["rtt"])


def _overlap(watch: Stopwatch) -> float:
    # How much of the writer thread's time the engine's thread spent decoding or preparing meanwhile:
    # the work the pipeline hid.
    return round(watch.overlap("cache_write_page", ("decode_and_validate", "cache_prepare_page")), 2)


def fetch_pages(url: str, device: dict[str, Any], page_size: int) -> tuple[list[bytes], float]:
    """Every page of the store's feed as raw bytes, fetched once, and the seconds the fetching took (from
    the first request to the last byte: the client and its connection are made before)."""
    bodies = []
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {device['device_token']}"}, timeout=120) as http:
        cursor = None
        started = time.perf_counter()
        while True:
            params = {"limit": page_size, "wait": 0} | ({"cursor": cursor} if cursor else {})
            reply = http.get(f"/v1/stores/{device['store_id']}/changes", params=params)
            reply.raise_for_status()
            bodies.append(reply.content)
            # Only the page's tail is parsed: this measures the server and the transport, not decoding.
            tail = json.loads(b"{" + reply.content[reply.content.rfind(b'"next_cursor"'):])
            if not tail["has_more"]:
                return bodies, time.perf_counter() - started
            cursor = tail["next_cursor"]


def ceiling(bodies: list[bytes], folder: Path, page_size: int) -> dict[str, Any]:
    """The engine's own pipeline (decode, check, prepare, write on its writer thread) over the same page
    bodies, with no server and no network: what the client could do if the pages cost nothing to get."""
    watch = Stopwatch()
    validate = api_client._validate_page
    api_client._validate_page = watch.wrap("decode_and_validate", validate)
    cache = Cache.open(folder / "ceiling.db", secrets.token_bytes(32))
    try:
        engine = Engine(ReplayApi(bodies), TimedCache(cache, watch), "ceiling", "ceiling", page_size=page_size,
                        pause_collector=True)
        started = time.perf_counter()
        records, _ = engine.pull_all()
        seconds = time.perf_counter() - started
    finally:
        api_client._validate_page = validate
        cache.close()
    s = watch.seconds
    return {
        "records": records, "seconds": round(seconds, 2), "records_per_second": round(records / seconds),
        "split_seconds": {"client_decode_and_validate": round(s["decode_and_validate"], 2),
                          "cache_prepare_page": round(s["cache_prepare_page"], 2),
                          "cache_write_page_on_writer_thread": round(s["cache_write_page"], 2)},
        "writing_while_decoding_or_preparing_seconds": _overlap(watch),
        "per_stage_records_per_second": {
            "decode_and_validate": round(records / s["decode_and_validate"]),
            "prepare_page": round(records / s["cache_prepare_page"]),
            "write_page": round(records / s["cache_write_page"])},
    }


def _median(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run with the median records/s (of an odd number of runs; the slower middle one of an even)."""
    return sorted(runs, key=lambda run: run["records_per_second"])[(len(runs) - 1) // 2]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=20000)
    parser.add_argument("--stores", type=int, default=5)
    # The engine's own page size by default (what a counter asks for).
    parser.add_argument("--page-size", type=int, default=inspect.signature(Engine).parameters["page_size"].default)
    # A store's link to the central API is not loopback: with a round trip of, say, 40 ms, a client
    # that asks for the next page only when it needs it waits that long for every page.
    parser.add_argument("--rtt-ms", type=float, default=0.0, help="add this round trip to every request of the full sync")
    # This machine's speed changes from minute to minute: one run says little. The full sync, the raw
    # fetch and the ceiling take turns, so that each of them sees the same minutes.
    parser.add_argument("--runs", type=int, default=5, help="how many times to measure each (the median is reported)")
    parser.add_argument("--child", help=argparse.SUPPRESS)  # one measurement, for in_new_process
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(json.loads(args.child))))
        return
    load_before = os.getloadavg()
    fulls, fetches, tops = [], [], []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db_url = f"sqlite:///{folder / 'central.db'}"
        t = time.perf_counter()
        network = seed(Database(db_url), stores=args.stores, customers=args.customers, seed=3, password="bench")
        seed_seconds = time.perf_counter() - t
        with api_process(db_url) as url:
            store = network["stores"][0]
            # A central API has been running for a while when a counter downloads its store: one download
            # first, untimed, so that no run pays for the server's own first requests.
            fetch_pages(url, enroll(url, store, "bench-warm-up"), args.page_size)
            for run in range(args.runs):
                run_folder = folder / f"run{run}"
                run_folder.mkdir()
                fulls.append(in_new_process("full_sync", url=url, server_pid=url.pid, folder=str(run_folder),
                                            device=enroll(url, store, f"bench-full-{run}"),
                                            page_size=args.page_size, rtt=args.rtt_ms / 1000))
                bodies, raw_fetch = fetch_pages(url, enroll(url, store, f"bench-ceiling-{run}"), args.page_size)
                fetches.append(raw_fetch)
                (run_folder / "bodies.json").write_text(json.dumps([body.decode() for body in bodies]))
                tops.append(in_new_process("ceiling", folder=str(run_folder), page_size=args.page_size))
                shutil.rmtree(run_folder)
    full, top = _median(fulls), _median(tops)
    fetched, raw_fetch = top["records"], statistics.median(fetches)
    print(json.dumps({
        "benchmark": "initial_sync", "customers": args.customers, "stores": args.stores, "store": store["id"],
        "page_size": args.page_size, "pages": len(bodies), "added_rtt_ms": args.rtt_ms, "seed_seconds": round(seed_seconds, 1),
        "goal_records_per_second": 30000, "runs": args.runs,
        "full_sync_records_per_second_each_run": [run["records_per_second"] for run in fulls],
        "full_sync": full | {"note": "the run with the median records/s"},
        "raw_fetch_only": {"seconds": round(raw_fetch, 2), "records_per_second": round(fetched / raw_fetch),
                           "each_run": [round(fetched / seconds) for seconds in fetches],
                           "mb": round(sum(map(len, bodies)) / 2**20, 1),
                           "note": "httpx GET of every page, one after another, reading only each page's cursor: "
                                   "server + transport; the median run"},
        "ceiling_no_http_records_per_second_each_run": [run["records_per_second"] for run in tops],
        "ceiling_no_http": top | {"note": "the run with the median records/s"},
        "full_over_ceiling": round(full["records_per_second"] / top["records_per_second"], 2),
        "loadavg_before": [round(x, 2) for x in load_before], "loadavg_after": [round(x, 2) for x in os.getloadavg()],
    }))


if __name__ == "__main__":
    main()
