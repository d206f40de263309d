"""Holding long-polls against a real server over loopback, and reading what its workers hold (/metrics)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from central_api.server import free_port

_WAITING = re.compile(r'^clerk_longpoll_waiting\{pid="(\d+)"\} (\d+)$', re.M)
_COUNTER = r'^{name}\{{pid="(\d+)"\}} (\d+)$'


def changes_url(store_id: str) -> str:
    return f"/v1/stores/{store_id}/changes"


def head_cursor(url: str, device_token: str, store_id: str) -> str:
    """The cursor at the end of the store's feed now (the snapshot paged through)."""
    cursor = None
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {device_token}"}, timeout=30) as client:
        while True:
            reply = client.get(changes_url(store_id), params={"limit": 2000} | ({"cursor": cursor} if cursor else {}))
            assert reply.status_code == 200, reply.text
            page = reply.json()
            cursor = page["next_cursor"]
            if not page["has_more"]:
                return cursor


class HeldPoll:
    """One counter's `GET /changes?wait=` on its own connection and thread; `reply` once answered."""

    def __init__(self, url: str, device_token: str, store_id: str, cursor: str, wait: int = 30) -> None:
        self.reply: httpx.Response | None = None
        self.error: BaseException | None = None
        self.answered_at: float | None = None
        self._thread = threading.Thread(target=self._run, args=(url, device_token, store_id, cursor, wait), daemon=True)
        self._thread.start()

    def _run(self, url: str, token: str, store_id: str, cursor: str, wait: int) -> None:
        try:
            with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=wait + 15) as client:
                reply = client.get(changes_url(store_id), params={"cursor": cursor, "wait": wait})
            self.answered_at = time.monotonic()
            self.reply = reply
        except BaseException as exc:  # reported by the test through `error`
            self.answered_at = time.monotonic()
            self.error = exc

    @property
    def answered(self) -> bool:
        return self.answered_at is not None

    def join(self, timeout: float) -> None:
        self._thread.join(timeout)

    def page(self) -> dict[str, Any]:
        assert self.error is None, repr(self.error)
        assert self.reply is not None and self.reply.status_code == 200, self.reply and self.reply.text
        return self.reply.json()


def metrics_text(url: str) -> str:
    # A new connection each time: with several workers, each accepted connection may land on another.
    reply = httpx.get(f"{url}/metrics", timeout=10, headers={"Connection": "close"})
    assert reply.status_code == 200, reply.text
    return reply.text


def waiting_by_worker(url: str) -> dict[int, int]:
    """{pid: held long-polls} of the one worker that answered."""
    return {int(pid): int(n) for pid, n in _WAITING.findall(metrics_text(url))}


def counter(url: str, name: str) -> int:
    """A counter of /metrics (of the worker that answered; use with one worker)."""
    found = re.findall(_COUNTER.format(name=re.escape(name)), metrics_text(url), re.M)
    assert len(found) == 1, f"{name} not in /metrics"
    return int(found[0][1])


def wait_until(done, seconds: float, what: str, every: float = 0.05) -> None:
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {seconds} s: {what}")
        time.sleep(every)


def held_by_workers(url: str, expected_total: int, workers: int, seconds: float = 20) -> dict[int, int]:
    """Ask /metrics until every one of `workers` answered and their latest counts add up to `expected_total`."""
    latest: dict[int, int] = {}
    deadline = time.monotonic() + seconds
    while True:
        latest.update(waiting_by_worker(url))
        if len(latest) == workers and sum(latest.values()) == expected_total:
            return latest
        if time.monotonic() > deadline:
            raise AssertionError(f"the workers hold {latest}, not {expected_total} in all over {workers} workers")
        time.sleep(0.02)


class ServeProcess:
    """`clerk-api serve` for real, in its own process group, with its output in a log file."""

    def __init__(self, db_url: str, folder: Path, workers: int = 1) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = folder / f"serve-{self.port}.log"
        self._sink = self.log.open("w")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "central_api.cli", "serve", "--db", db_url, "--host", "127.0.0.1",
             "--port", str(self.port), "--workers", str(workers)],
            cwd=folder, stdout=self._sink, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"},
            start_new_session=True)
        self.wait_healthy()

    def output(self) -> str:
        return self.log.read_text()

    def wait_healthy(self, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, f"the server exited early:\n{self.output()}"
            try:
                if httpx.get(f"{self.url}/v1/health", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        raise AssertionError(f"the server did not answer within {timeout} s:\n{self.output()}")

    def terminate(self, timeout: float = 20) -> int:
        """SIGTERM to the server (the supervisor with several workers); its exit status."""
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout=timeout)

    def close(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)  # its own group: the workers go with it
            self.proc.wait(timeout=10)
        self._sink.close()
