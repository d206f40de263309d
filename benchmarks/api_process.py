"""The reference server in its own process for a benchmark (so the load does not share its interpreter)."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx

from central_api.server import free_port


class ServerUrl(str):
    """A benchmark server's base URL, which also knows the server's process (for its CPU time)."""

    pid: int

    def cpu_seconds(self) -> float | None:
        """The server process's CPU time so far (user + system), where /proc tells it."""
        try:
            with open(f"/proc/{self.pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            return None
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextlib.contextmanager
def api_process(db_url: str, timeout: float = 30) -> Iterator[ServerUrl]:
    """`clerk-api serve` over `db_url` on a free loopback port; yields its base URL once it answers."""
    port = free_port()
    url = ServerUrl(f"http://127.0.0.1:{port}")
    server = subprocess.Popen([sys.executable, "-m", "central_api.cli", "serve", "--db", db_url, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url.pid = server.pid
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                if httpx.get(f"{url}/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the benchmark server did not start")
            time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)
