"""A transport with an off switch: demo mode's "Cut the connection", and the tests' way to go offline.

While cut, every request fails as if the network were unplugged (httpx.ConnectError), before
anything reaches the server, so the app sees exactly what a dropped store link looks like.
"""

from __future__ import annotations

import threading

import httpx


class NetworkSwitch(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport | None = None) -> None:
        self._inner = inner or httpx.HTTPTransport()
        self._connected = threading.Event()
        self._connected.set()

    @property
    def connected(self) -> bool:
        return self._connected.is_set()

    def set_connected(self, connected: bool) -> None:
        if connected:
            self._connected.set()
        else:
            self._connected.clear()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not self._connected.is_set():
            raise httpx.ConnectError("the connection is cut", request=request)
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()
