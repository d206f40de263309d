"""The server's transport wrapper sends a reply's writes of one event-loop step as one send, at the end
of that step, and nothing written before a close is lost. A real asyncio transport over a real socket pair."""

from __future__ import annotations

import asyncio
import socket

from central_api.transport import CoalescedWrites


def _recv_now(sock: socket.socket) -> bytes | None:
    """What has arrived so far (None: nothing yet)."""
    try:
        return sock.recv(65536, socket.MSG_DONTWAIT)
    except BlockingIOError:
        return None


async def _transport(server_end: socket.socket) -> tuple[asyncio.Transport, asyncio.AbstractEventLoop]:
    loop = asyncio.get_running_loop()
    transport, _ = await loop.connect_accepted_socket(asyncio.Protocol, server_end)
    return transport, loop


def test_the_writes_of_one_loop_step_arrive_together_after_that_step():
    async def main() -> None:
        server_end, client_end = socket.socketpair()
        transport, loop = await _transport(server_end)
        writes = CoalescedWrites(transport, loop)
        writes.write(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n")
        writes.write(b"")
        writes.write(b"{}")
        assert _recv_now(client_end) is None  # nothing sent within the step
        assert writes.get_write_buffer_size() == len(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        # One send: it all arrives in one read.
        assert _recv_now(client_end) == b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}"
        writes.write(b"next")
        writes.close()  # written before the close: still goes out, then the connection ends
        await asyncio.sleep(0.05)
        client_end.settimeout(2)
        assert client_end.recv(100) == b"next"
        assert client_end.recv(100) == b""
        assert writes.is_closing()
        client_end.close()

    asyncio.run(main())


def test_a_write_after_the_peer_went_is_dropped_quietly():
    async def main() -> None:
        server_end, client_end = socket.socketpair()
        transport, loop = await _transport(server_end)
        writes = CoalescedWrites(transport, loop)
        writes.write(b"an answer nobody waits for")
        writes.abort()
        await asyncio.sleep(0)
        assert transport.is_closing()
        client_end.settimeout(2)
        assert client_end.recv(100) == b""  # the connection was cut; the pending write was dropped
        client_end.close()

    asyncio.run(main())
