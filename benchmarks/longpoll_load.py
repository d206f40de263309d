"""Thousands of counters holding a long-poll on one server (prints JSON).

Enrolls `--counters` devices over `--stores` stores (five counters a store by default; the devices are
written straight into the database, the polls are real HTTP), runs `clerk-api serve --workers W`, and
from a separate client process (raw asyncio sockets, so the client does not dominate) holds one
`GET /changes?wait=30` per counter at its store's feed head. As soon as all are held (before their waits
run out), one change every counter receives (a product's price: every store's feed), and how long each
waiting counter takes to get it, from the commit to the kernel's arrival time of its answer on its socket
(SO_TIMESTAMPNS: what one client process of 5,000 counters does meanwhile is not counted; p50/p95/max,
and how many were lost or failed); each counter then polls on from its new cursor, as Clerk does. With those held:
- the server's CPU (all its processes, from /proc; and PostgreSQL's) while nothing changes for `--idle` s;
- the reply time of `/v1/health` and of a mutation (a note on a customer of a store with no counter
  waiting, so it wakes nobody), `--mutations` of each, one after another.
Last, with the polls gone, `--pushers` devices push `--push-each` mutations each at once: mutations per
second, and that each was applied exactly once (ledger, notes, and a replay that changes nothing).

    python3 scripts/dev.py bench longpoll_load --counters 5000 --workers 1
    python3 scripts/dev.py bench longpoll_load --counters 5000 --engine postgresql --workers 2
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import signal
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select

from central_api import chain, db, entities, feed
from central_api.db import Database
from central_api.security import iso, token_hash
from central_api.seed import seed
from central_api.server import free_port

PASSWORD = "bench-longpoll"
WAIT = 30


# --- the client process: N held polls over raw sockets -------------------------------------------

# The kernel's time of arrival of each received segment (Linux): when the counter's machine got its answer,
# whatever this one process of 5,000 counters was busy with then. Where there is none, the time it is read.
SO_TIMESTAMPNS = getattr(socket, "SO_TIMESTAMPNS", 35)
_STAMP_SPACE = socket.CMSG_SPACE(16)


def _arrival(ancdata: list[tuple[int, int, bytes]]) -> float:
    for level, kind, data in ancdata:
        if level == socket.SOL_SOCKET and kind == SO_TIMESTAMPNS and len(data) >= 16:
            seconds, nanoseconds = struct.unpack("qq", data[:16])
            return seconds + nanoseconds / 1e9
    return time.time()


class _Counter:
    """One counter, as a counter does: hold a poll; on an answer poll again from its `next_cursor` (an
    empty one: the wait ran out). Notes when the first page carrying `state["sku"]` arrived (wall-clock
    time, the kernel's); stops at an error. A plain non-blocking socket read with `recvmsg` when the loop
    says it is readable: stream objects cost this client more CPU than the server's answers."""

    def __init__(self, loop: asyncio.AbstractEventLoop, sock: socket.socket, host: str, target: dict[str, Any],
                 state: dict[str, Any]) -> None:
        self.loop, self.sock, self.host, self.target, self.state = loop, sock, host, target, state
        self.cursor = target["cursor"]
        self.buffer = b""
        self.arrived: float | None = None  # when the first bytes of the answer being read arrived
        self.got = False
        loop.add_reader(sock.fileno(), self._readable)

    def poll(self) -> None:
        request = (f"GET /v1/stores/{self.target['store_id']}/changes?cursor={self.cursor}&wait={WAIT}&limit=100 "
                   f"HTTP/1.1\r\nHost: {self.host}\r\nAuthorization: Bearer {self.target['token']}\r\n\r\n").encode()
        try:
            self.sock.sendall(request)  # a few hundred bytes into an empty send buffer
        except OSError as exc:
            self._fail(type(exc).__name__)
            return
        self.state["sent"] += 1

    def _fail(self, why: str) -> None:
        self.state["failed"].append(why)
        self.loop.remove_reader(self.sock.fileno())
        self.sock.close()

    def _readable(self) -> None:
        try:
            data, ancdata, _, _ = self.sock.recvmsg(1 << 16, _STAMP_SPACE)
        except BlockingIOError:
            return
        except OSError as exc:
            self._fail(type(exc).__name__)
            return
        if not data:
            self._fail("closed by the server")
            return
        if self.arrived is None:
            self.arrived = _arrival(ancdata)
        self.buffer += data
        end = self.buffer.find(b"\r\n\r\n")
        if end < 0:
            return
        head = self.buffer[:end].split(b"\r\n")
        length = next((int(value) for name, _, value in (line.partition(b":") for line in head[1:])
                       if name.strip().lower() == b"content-length"), 0)
        if len(self.buffer) < end + 4 + length:
            return
        body, self.buffer = self.buffer[end + 4:end + 4 + length], self.buffer[end + 4 + length:]
        at, self.arrived = self.arrived, None
        status = int(head[0].split(b" ", 2)[1])
        if status != 200:
            self._fail(f"HTTP {status}")
            return
        try:
            page = json.loads(body)
        except ValueError as exc:
            self._fail(type(exc).__name__)
            return
        if not self.got and any(c["entity"] == "product" and c["id"] == self.state.get("sku") for c in page["changes"]):
            self.got = True
            self.state["got"].append(at)
        elif page["changes"]:
            self.state["other_changes"] += 1
        else:
            self.state["repolls"].append(at)
        self.cursor = page["next_cursor"]
        self.poll()


async def _poll_forever(host: str, port: int, target: dict[str, Any], state: dict[str, Any]) -> None:
    loop = asyncio.get_running_loop()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setblocking(False)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)
    try:
        await loop.sock_connect(sock, (host, port))
    except OSError as exc:
        sock.close()
        state["failed"].append(f"connect: {type(exc).__name__}")
        return
    _Counter(loop, sock, host, target, state).poll()


async def _client_main(spec_path: str) -> None:
    """Holds every counter's poll; on "changed <t>" reports how long each took to get the change (the
    counters then poll on from their new cursors, still held); on "stop", when their waits ran out."""
    spec = json.loads(Path(spec_path).read_text())
    host, port = spec["host"], spec["port"]
    state: dict[str, Any] = {"sent": 0, "got": [], "failed": [], "repolls": [], "other_changes": 0}
    loop = asyncio.get_running_loop()
    stdin = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(stdin), sys.stdin)
    line = (await stdin.readline()).decode().split()  # "sku <sku>": the product that will change
    state["sku"] = line[1]
    tasks = []
    targets = spec["targets"]
    started = time.monotonic()
    # A few hundred connections at a time: the server's accept backlog is finite.
    for start in range(0, len(targets), 250):
        tasks += [asyncio.create_task(_poll_forever(host, port, t, state)) for t in targets[start:start + 250]]
        while state["sent"] < len(tasks) and time.monotonic() - started < 120:
            await asyncio.sleep(0.01)
    print(json.dumps({"sent": state["sent"], "seconds": round(time.monotonic() - started, 2)}), flush=True)
    line = (await stdin.readline()).decode().split()  # "changed <wall-clock time of the commit>"
    changed_at = float(line[1])
    repolls_before = len(state["repolls"])
    deadline = time.monotonic() + WAIT + 10
    while len(state["got"]) + len(state["failed"]) < len(tasks) and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    got = [at - changed_at for at in state["got"]]
    print(json.dumps({"latencies": got, "failed": state["failed"], "other_changes": state["other_changes"],
                      "repolls_before_change": repolls_before,
                      "repolls_during_wake": sum(at >= changed_at for at in state["repolls"])}), flush=True)
    await stdin.readline()  # "stop"
    print(json.dumps({"repolls": [at - changed_at for at in state["repolls"]], "failed": state["failed"]}), flush=True)
    os._exit(0)  # the held polls are simply dropped


# --- measuring ----------------------------------------------------------------------------------

def _proc_tree_cpu(root: int) -> float:
    """CPU seconds (user + system) of `root` and every process descended from it, from /proc."""
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
        times[int(entry)] = (int(fields[11]) + int(fields[12])) / tick
    total, todo = 0.0, [root]
    seen = set()
    while todo:
        pid = todo.pop()
        if pid in seen:
            continue
        seen.add(pid)
        total += times.get(pid, 0.0)
        todo += [child for child, parent in parents.items() if parent == pid]
    return total


def _proc_tree_rss(root: int) -> dict[int, int]:
    """Resident memory (bytes) of `root` and each process descended from it, from /proc."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    parents[int(entry)] = int(stat.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
    found, todo = {}, [root]
    while todo:
        pid = todo.pop()
        try:
            with open(f"/proc/{pid}/status") as status:
                found[pid] = next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmRSS:"))
        except (OSError, StopIteration):
            pass
        todo += [child for child, parent in parents.items() if parent == pid and child not in found]
    return found


def _quantiles(values: list[float]) -> dict[str, float | None]:
    if not values:
        return {"p50": None, "p95": None, "max": None}
    ordered = sorted(values)
    return {"p50": round(statistics.median(ordered), 4), "p95": round(ordered[max(0, int(len(ordered) * 0.95 + 0.5) - 1)], 4),
            "max": round(ordered[-1], 4)}


def _start_py_spy(server_pid: int) -> subprocess.Popen | None:
    """`LONGPOLL_PYSPY=/path/profile.txt`: py-spy samples every server process from the change on
    (a profiling aid for a developer, who has py-spy on PATH; not a dependency)."""
    path = os.environ.get("LONGPOLL_PYSPY")
    if not path:
        return None
    spy = subprocess.Popen(["py-spy", "record", "--subprocesses", "--nonblocking", "-r", "200", "-f", "raw", "-o", path,
                            "-p", str(server_pid)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.5)  # py-spy attached to every process
    return spy


def _stop_py_spy(spy: subprocess.Popen | None) -> None:
    if spy is not None:
        spy.send_signal(signal.SIGINT)
        spy.wait(timeout=30)


def _uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def _waiting(url: str) -> dict[int, int]:
    import re

    text = httpx.get(f"{url}/metrics", headers={"Connection": "close"}, timeout=30).text
    return {int(pid): int(n) for pid, n in re.findall(r'^clerk_longpoll_waiting\{pid="(\d+)"\} (\d+)$', text, re.M)}


def _wait_held(url: str, total: int, workers: int, seconds: float) -> dict[int, int]:
    latest: dict[int, int] = {}
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        latest.update(_waiting(url))
        if len(latest) >= workers and sum(latest.values()) >= total:
            break
        time.sleep(0.2)
    return latest


# --- setting up ---------------------------------------------------------------------------------

def _setup(database: Database, counters: int, stores: int, pushers: int) -> dict[str, Any]:
    """Seed two real stores (the first gets counters, the second only pushing devices), add bare stores
    up to `stores` with counters, enroll every device straight into the database."""
    network = seed(database, stores=2, customers=300, seed=7, password=PASSWORD)
    polled, quiet = network["stores"][0], network["stores"][1]
    extra = [f"st_b{i:05d}" for i in range(stores - 1)]
    now = iso(datetime.now(UTC))
    tokens: list[dict[str, Any]] = []
    with database.write() as conn:
        if extra:
            conn.execute(db.stores.insert(), [{"id": s, "name": f"Bench store {s}", "currency": "EUR",
                                               "timezone": "Europe/Berlin", "horizon_seq": 0} for s in extra])
            # Every store's feed carries every store (a chain of 1,000 stores: a million rows), as the
            # server would make it at its start; the counters' cursors are at the heads after it.
            chain.reconcile(conn, int(time.time()))
        store_ids = [polled["id"], *extra]
        cursors = {}
        for store_id in store_ids:
            horizon = conn.execute(select(db.stores.c.horizon_seq).where(db.stores.c.id == store_id)).scalar_one()
            cursors[store_id] = feed.encode_cursor(feed.latest_seq(conn, store_id), horizon)
        rows = []
        for i in range(counters + pushers + 1):
            store_id = store_ids[i % len(store_ids)] if i < counters else quiet["id"]
            token = secrets.token_urlsafe(32)
            device_id = f"dev_bench_{i:06d}"
            rows.append({"id": device_id, "store_id": store_id, "name": f"bench {i}", "token_hash": token_hash(token),
                         "last_seq": 0, "enrolled_by": f"sf_{polled['manager']}", "created_at": now, "revoked": False})
            tokens.append({"device_id": device_id, "token": token, "store_id": store_id,
                           "cursor": cursors.get(store_id)})
        for start in range(0, len(rows), 1000):
            conn.execute(db.devices.insert(), rows[start:start + 1000])
        sku = conn.execute(select(db.products.c.sku).order_by(db.products.c.sku).limit(1)).scalar_one()
        # Customers in the quiet store's scope only: a note on one reaches no waiting counter.
        scope = db.customer_scope.c
        only_quiet = (select(scope.customer_id).group_by(scope.customer_id)
                      .having(func.count() == 1, func.max(scope.store_id) == quiet["id"]))
        customers = list(conn.execute(only_quiet.limit(200)).scalars())
    return {"counters": tokens[:counters], "timed": tokens[counters], "pushers": tokens[counters + 1:],
            "sku": sku, "customers": customers, "acted_by": f"sf_{quiet['associates'][0]}", "quiet_store": quiet["id"]}


def _note(customer_id: str, seq: int, acted_by: str) -> dict[str, Any]:
    return {"mutation_id": str(uuid.uuid4()), "seq": seq, "name": "customer.add_note.v1", "acted_by": acted_by,
            "acted_at": "2026-12-01T10:00:00Z",
            "args": {"customer_id": customer_id, "note_id": str(uuid.uuid4()), "body": f"Benchmark note {seq}"}}


def _timed_mutations(url: str, setup: dict[str, Any], n: int) -> list[float]:
    device = setup["timed"]
    times = []
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {device['token']}"}, timeout=60) as client:
        for seq in range(1, n + 1):
            m = _note(setup["customers"][seq % len(setup["customers"])], seq, setup["acted_by"])
            started = time.perf_counter()
            reply = client.post("/v1/mutations", json={"device_id": device["device_id"], "mutations": [m]})
            times.append(time.perf_counter() - started)
            assert reply.status_code == 200 and reply.json()["results"][0]["status"] == "applied", reply.text
    return times


def _health_times(url: str, n: int) -> list[float]:
    times = []
    with httpx.Client(base_url=url, timeout=60) as client:
        for _ in range(n):
            started = time.perf_counter()
            assert client.get("/v1/health").status_code == 200
            times.append(time.perf_counter() - started)
    return times


async def _push_all(url: str, setup: dict[str, Any], each: int) -> tuple[float, list[list[dict]], list[list[dict]]]:
    """Every pushing device sends `each` mutations, one request each, all devices at once."""
    batches = [[_note(setup["customers"][(d * each + k) % len(setup["customers"])], k + 1, setup["acted_by"])
                for k in range(each)] for d in range(len(setup["pushers"]))]
    results: list[list[dict]] = [[] for _ in batches]

    async def push(d: int, device: dict[str, Any]) -> None:
        async with httpx.AsyncClient(base_url=url, headers={"Authorization": f"Bearer {device['token']}"}, timeout=120) as client:
            for m in batches[d]:
                reply = await client.post("/v1/mutations", json={"device_id": device["device_id"], "mutations": [m]})
                reply.raise_for_status()
                results[d] += reply.json()["results"]

    started = time.perf_counter()
    await asyncio.gather(*(push(d, device) for d, device in enumerate(setup["pushers"])))
    return time.perf_counter() - started, batches, results


async def _replay(url: str, setup: dict[str, Any], batches: list[list[dict]]) -> list[list[dict]]:
    """Every device sends its whole queue again, as after a lost reply."""
    async def push(d: int, device: dict[str, Any]) -> list[dict]:
        async with httpx.AsyncClient(base_url=url, headers={"Authorization": f"Bearer {device['token']}"}, timeout=120) as client:
            reply = await client.post("/v1/mutations", json={"device_id": device["device_id"], "mutations": batches[d]})
            reply.raise_for_status()
            return reply.json()["results"]

    return await asyncio.gather(*(push(d, device) for d, device in enumerate(setup["pushers"])))


def _exactly_once(database: Database, setup: dict[str, Any], batches, results, replayed) -> dict[str, Any]:
    note_ids = [m["args"]["note_id"] for batch in batches for m in batch]
    devices = [d["device_id"] for d in setup["pushers"]]
    with database.read() as conn:
        notes = conn.execute(select(func.count()).select_from(db.notes).where(db.notes.c.id.in_(note_ids))).scalar_one()
        ledger = conn.execute(select(func.count()).select_from(db.mutation_ledger)
                              .where(db.mutation_ledger.c.device_id.in_(devices))).scalar_one()
        last = dict(conn.execute(select(db.devices.c.id, db.devices.c.last_seq).where(db.devices.c.id.in_(devices))).all())
    applied = sum(r["status"] == "applied" for rs in results for r in rs)
    same = all(a == b for rs, again in zip(results, replayed) for a, b in zip(rs, again))
    each = len(batches[0]) if batches else 0
    return {"mutations": len(note_ids), "applied": applied, "notes_created": notes, "ledger_rows": ledger,
            "replay_answered_from_ledger": same, "every_last_seq": set(last.values()) == {each},
            "ok": applied == notes == ledger == len(note_ids) and same and set(last.values()) == {each}}


# --- the database ---------------------------------------------------------------------------------

class _Postgres:
    """A PostgreSQL 16 of the benchmark's own (the `pgserver` wheel, a test extra), with its settings as
    shipped (fsync on): a database `bench` on a Unix socket."""

    def __init__(self, folder: Path) -> None:
        from urllib.parse import urlsplit, urlunsplit

        import pgserver
        import psycopg

        self.server = pgserver.get_server(folder / "pgdata", cleanup_mode="delete")
        admin = self.server.get_uri()
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute("CREATE DATABASE bench")
            self.settings = {name: conn.execute(f"SHOW {name}").fetchone()[0]
                             for name in ("server_version", "fsync", "synchronous_commit", "max_connections")}
        parts = urlsplit(admin)
        self.url = urlunsplit(("postgresql+psycopg", parts.netloc, "/bench", parts.query, ""))
        self.pid = self.server.get_pid()

    def cpu(self) -> float:
        return _proc_tree_cpu(self.pid)

    def cleanup(self) -> None:
        self.server.cleanup()


def _database(engine: str, folder: Path, url: str | None) -> tuple[str, Any]:
    """(URL, the PostgreSQL started for the run, if one was)."""
    if url:
        return url, None
    if engine == "sqlite":
        return f"sqlite:///{folder / 'central.db'}", None
    postgres = _Postgres(folder)
    return postgres.url, postgres


def _postgres_cpu(handle: Any) -> float | None:
    return handle.cpu() if handle is not None else None


def run(args: argparse.Namespace) -> dict[str, Any]:
    import importlib.util

    result: dict[str, Any] = {"counters": args.counters, "engine": args.engine, "workers": args.workers,
                              # what uvicorn picks by itself ("auto"): the C parser and loop when installed
                              "uvicorn_http": "httptools" if importlib.util.find_spec("httptools") else "h11",
                              "uvicorn_loop": "uvloop" if importlib.util.find_spec("uvloop") else "asyncio",
                              "uptime_before": _uptime()}
    with tempfile.TemporaryDirectory(prefix="clerk-longpoll-") as tmp:
        folder = Path(tmp)
        url_db, handle = _database(args.engine, folder, args.db)
        if handle is not None:
            result["postgresql"] = handle.settings
        try:
            database = Database(url_db)
            stores = args.stores or max(1, args.counters // 5)
            setup = _setup(database, args.counters, stores, args.pushers)
            if args.engine == "postgresql":
                # Now rather than by autovacuum during the idle measurement (the setup wrote a million feed rows).
                with database.write_engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                    conn.exec_driver_sql("VACUUM ANALYZE")
            result["stores_with_counters"] = stores
            port = free_port()
            url = f"http://127.0.0.1:{port}"
            log = (folder / "serve.log").open("w")
            profile = ["-m", "cProfile", "-o", os.environ["LONGPOLL_PROFILE"]] if os.environ.get("LONGPOLL_PROFILE") else []
            server = subprocess.Popen([sys.executable, *profile, "-m", "central_api.cli", "serve", "--db", url_db, "--port", str(port),
                                       "--workers", str(args.workers)], stdout=log, stderr=subprocess.STDOUT,
                                      start_new_session=True)
            try:
                deadline = time.monotonic() + 60
                while True:
                    try:
                        if httpx.get(f"{url}/v1/health", timeout=2).status_code == 200:
                            break
                    except httpx.HTTPError:
                        pass
                    if server.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError("the server did not start:\n" + (folder / "serve.log").read_text())
                    time.sleep(0.2)
                if args.workers > 1:
                    time.sleep(2)  # every worker up, not only the first
                result.update(_measure(args, url, server.pid, handle, database, setup, folder))
            finally:
                # SIGINT when profiling: cProfile writes its file on KeyboardInterrupt, not on SIGTERM.
                server.send_signal(signal.SIGINT if profile else signal.SIGTERM)
                try:
                    server.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    os.killpg(server.pid, signal.SIGKILL)
                log.close()
                result["server_log_warnings"] = [line for line in (folder / "serve.log").read_text().splitlines()
                                                 if "WARNING" in line or "ERROR" in line][:10]
            database.dispose()
        finally:
            if handle is not None:
                handle.cleanup()
    result["uptime_after"] = _uptime()
    return result


def _measure(args, url: str, server_pid: int, handle, database: Database, setup: dict[str, Any], folder: Path) -> dict[str, Any]:
    """The change first, as soon as every poll is held (before any of their 30-s waits can run out, which
    would put thousands of fresh requests into the measurement); then, with the polls held again from
    their new cursors, the idle CPU and the reply times."""
    out: dict[str, Any] = {}
    spec = folder / "client.json"
    host, port = url.rsplit("//", 1)[1].rsplit(":", 1)
    spec.write_text(json.dumps({"host": host, "port": int(port), "targets": setup["counters"]}))
    client_started = time.monotonic()
    client = subprocess.Popen([sys.executable, __file__, "--client", str(spec)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        client.stdin.write(f"sku {setup['sku']}\n")
        client.stdin.flush()
        ramp = json.loads(client.stdout.readline())
        held = _wait_held(url, args.counters, args.workers, 60)
        out["held"] = {"total": sum(held.values()), "by_worker": sorted(held.values()), "sent_in_seconds": ramp["seconds"],
                       # from the client's start until the server holds them all (each request's first read done)
                       "all_held_after_seconds": round(time.monotonic() - client_started, 1)}
        time.sleep(1)  # the last replies of the ramp are written
        rss = _proc_tree_rss(server_pid)
        out["server_rss_mb"] = {"total": round(sum(rss.values()) / 2**20, 1),
                                "largest_process": round(max(rss.values()) / 2**20, 1)}

        spy = _start_py_spy(server_pid)
        product_cpu0, product_client0, product_pg0 = _proc_tree_cpu(server_pid), _proc_tree_cpu(client.pid), _postgres_cpu(handle)
        with database.write() as conn:
            product = entities.get(conn, "product", setup["sku"])
            product["price_cents"] += 1
            entities.save(conn, "product", product, int(time.time()))
        changed_at = time.monotonic()
        # The client's times are the kernel's arrival times, on the wall clock.
        client.stdin.write(f"changed {time.time()}\n")
        client.stdin.flush()
        report = json.loads(client.stdout.readline())
        # CPU spent from the change until the client had every answer: the server's, the client's (one
        # process: were it near the wall time, the client would be what is measured) and PostgreSQL's.
        # It includes the counters' next polls (from their new cursors), as a real wake-up does.
        out["wake_server_cpu_seconds"] = round(_proc_tree_cpu(server_pid) - product_cpu0, 2)
        out["wake_client_cpu_seconds"] = round(_proc_tree_cpu(client.pid) - product_client0, 2)
        pg_now = _postgres_cpu(handle)
        out["wake_postgresql_cpu_seconds"] = round(pg_now - product_pg0, 2) if pg_now is not None else None
        _stop_py_spy(spy)
        latencies = report["latencies"]
        out["change_to_counter_seconds"] = _quantiles(latencies)
        out["answered"] = len(latencies)
        out["answered_within_1s"] = sum(t <= 1.0 for t in latencies)
        out["lost"] = args.counters - len(latencies) - len(report["failed"])
        out["failed"] = len(report["failed"])
        out["failures"] = sorted(set(report["failed"]))[:5]
        # Waits that ran out before or during the wake (none when the ramp is well under 30 s): their
        # fresh requests would be in the wake's figures.
        out["repolls_before_change"] = report["repolls_before_change"]
        out["repolls_during_wake"] = report["repolls_during_wake"]

        # Held again, from the new cursors: the server while nothing changes.
        again = _wait_held(url, args.counters, args.workers, 60)
        out["held_again"] = sum(again.values())
        time.sleep(1)
        cpu0, pg0, client0, wall0 = _proc_tree_cpu(server_pid), _postgres_cpu(handle), _proc_tree_cpu(client.pid), time.monotonic()
        time.sleep(args.idle)
        cpu1, pg1, client1, wall1 = _proc_tree_cpu(server_pid), _postgres_cpu(handle), _proc_tree_cpu(client.pid), time.monotonic()
        wall = wall1 - wall0
        out["idle"] = {"seconds": round(wall, 1), "server_cores": round((cpu1 - cpu0) / wall, 4),
                       "postgresql_cores": round((pg1 - pg0) / wall, 4) if pg0 is not None else None,
                       "client_cores": round((client1 - client0) / wall, 4)}

        out["health_reply_seconds"] = _quantiles(_health_times(url, args.mutations))
        out["mutation_reply_seconds"] = _quantiles(_timed_mutations(url, setup, args.mutations))
        out["still_held"] = sum(_wait_held(url, args.counters, args.workers, 5).values())
        client.stdin.write("stop\n")
        client.stdin.flush()
        final = json.loads(client.stdout.readline())
        # Waits that ran out in the idle window (as a counter's do after 30 s) add their requests to its CPU.
        out["repolls_in_idle_window"] = sum(wall0 - changed_at <= t <= wall1 - changed_at for t in final["repolls"])
        out["failed_later"] = len(final["failed"]) - out["failed"]
    finally:
        client.wait(timeout=60)

    took, batches, results = asyncio.run(_push_all(url, setup, args.push_each))
    replayed = asyncio.run(_replay(url, setup, batches))
    total = sum(len(b) for b in batches)
    out["push"] = {"devices": len(setup["pushers"]), "mutations": total, "seconds": round(took, 2),
                   "mutations_per_second": round(total / took, 1),
                   "exactly_once": _exactly_once(database, setup, batches, results, replayed)}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--counters", type=int, default=1000)
    parser.add_argument("--engine", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--stores", type=int, default=0, help="stores the counters are spread over (default: counters / 5)")
    parser.add_argument("--idle", type=float, default=10.0, help="seconds of measuring CPU while nothing changes")
    parser.add_argument("--mutations", type=int, default=20, help="timed mutations (and health checks) while they wait")
    parser.add_argument("--pushers", type=int, default=50)
    parser.add_argument("--push-each", type=int, default=20)
    parser.add_argument("--db", help="an existing empty database to use instead of a new one")
    parser.add_argument("--client", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.client:
        asyncio.run(_client_main(args.client))
        return
    print(json.dumps(run(args), indent=2))


if __name__ == "__main__":
    main()
