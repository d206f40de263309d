"""uvicorn's HTTP protocol with each reply sent in one `send()`.

uvicorn writes a reply's status line and headers, then its body, as two writes to the socket (h11 and
httptools alike). On the loopback or a LAN each write is a system call, a TCP segment and a wake-up of
the client, and when a change wakes thousands of long-polls that was the largest single cost of the
server (py-spy over `benchmarks/longpoll_load.py`: 30% of a worker's time inside `socket.send`). Here the
writes made during one step of the event loop are joined and sent together at the end of that step; a
reply is written in one step (the app sends its start and its body without waiting in between), so it
goes out as one segment. Nothing waits longer: the joined write runs before the loop polls for I/O again.
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol


class CoalescedWrites:
    """A transport (delegating to the real one) whose writes of one event-loop step go out as one."""

    __slots__ = ("_transport", "_loop", "_pending")

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self._transport = transport
        self._loop = loop
        self._pending: list[bytes] | None = None

    def write(self, data: bytes) -> None:
        if not data:
            return
        if self._pending is None:
            self._pending = [data]
            self._loop.call_soon(self.flush)
        else:
            self._pending.append(data)

    def writelines(self, lines: Any) -> None:
        for data in lines:
            self.write(data)

    def flush(self) -> None:
        pending, self._pending = self._pending, None
        if pending and not self._transport.is_closing():  # the client went meanwhile: nobody to send it to
            self._transport.write(pending[0] if len(pending) == 1 else b"".join(pending))

    def get_write_buffer_size(self) -> int:
        return self._transport.get_write_buffer_size() + sum(map(len, self._pending or ()))

    def write_eof(self) -> None:
        self.flush()
        self._transport.write_eof()

    def close(self) -> None:
        self.flush()  # what was written before the close still goes out, as with the real transport
        self._transport.close()

    def abort(self) -> None:
        self._pending = None
        self._transport.abort()

    def __getattr__(self, name: str) -> Any:  # is_closing, get_extra_info, pause_reading, set_protocol...
        return getattr(self._transport, name)


class CoalescingH11Protocol(H11Protocol):
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(CoalescedWrites(transport, asyncio.get_running_loop()))  # type: ignore[arg-type]


try:  # uvicorn's own choice ("auto") when httptools is installed; it is no dependency of Clerk
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
except ImportError:
    HttpToolsProtocol = None  # type: ignore[assignment,misc]
    CoalescingHttpToolsProtocol = None
else:
    class CoalescingHttpToolsProtocol(HttpToolsProtocol):  # type: ignore[no-redef]
        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(CoalescedWrites(transport, asyncio.get_running_loop()))  # type: ignore[arg-type]


def http_protocol() -> type[asyncio.Protocol]:
    """The protocol class for `uvicorn.Config(http=...)`: the one uvicorn would pick, sending each reply in one write."""
    return CoalescingHttpToolsProtocol or CoalescingH11Protocol


# --- accepting connections fairly among workers --------------------------------------------------

ACCEPT_BATCH = 16


class FairAcceptLoop(asyncio.SelectorEventLoop):
    """An asyncio loop that accepts at most `ACCEPT_BATCH` connections each time the listening socket is ready.

    The workers of `clerk-api serve --workers N` share one listening socket. asyncio accepts as many
    connections per readiness as the listen backlog (4096), so whichever worker woke first took all that
    were waiting: with 5,000 counters connecting, one of two workers held 60-70% of them, and it alone
    answered most of a wake-up. Taking a few at a time lets the other worker, woken by the same
    readiness, take its share (the one with less to do gets to `accept` sooner). The listen backlog
    stays as configured.
    """

    def _accept_connection(self, protocol_factory: Any, sock: Any, sslcontext: Any = None, server: Any = None,
                           backlog: int = 100, *args: Any, **kwargs: Any) -> None:
        super()._accept_connection(protocol_factory, sock, sslcontext, server,  # type: ignore[misc]
                                   min(backlog, ACCEPT_BATCH), *args, **kwargs)


def worker_loop() -> str:
    """`uvicorn.Config(loop=...)` for the workers: uvloop when installed (uvicorn's own choice), else FairAcceptLoop."""
    import importlib.util

    if importlib.util.find_spec("uvloop") is not None:
        return "auto"
    return "central_api.transport:FairAcceptLoop"
