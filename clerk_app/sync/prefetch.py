"""Pages of the change feed fetched ahead of the sync engine, on one helper thread.

During a large download the engine decodes and checks one page while its writer thread writes the one
before. The server should meanwhile be working on the next ones, not waiting for the engine to ask.
So when a page's body arrives, the cursor it names is read from its last few bytes (`cursor_hint`) and
the next page is fetched at once, up to `depth` pages ahead of what the engine has taken.

The hint is a guess made before the page is checked, so it decides only what is fetched early, never
what is written: `take` hands out a body only for the cursor the engine asks for (the one its checked
page named), and drops any other fetched ahead. A GET of a wrong cursor costs a request and changes
nothing.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from concurrent.futures import Executor, Future

# The reply ends with its page's tail (API.md: next_cursor, has_more, device_last_seq); in these last
# bytes, the last "next_cursor" is the page's own (a change's data that held one would come before it).
_TAIL_BYTES = 4096
_NEXT_CURSOR = re.compile(rb'"next_cursor"\s*:\s*"([^"\\]{1,1024})"')
_HAS_MORE = re.compile(rb'"has_more"\s*:\s*(true|false)')


def cursor_hint(body: bytes) -> str | None:
    """The cursor of the page after this reply body, if it says there is one; None when unsure."""
    tail = body[-_TAIL_BYTES:]
    more = _HAS_MORE.findall(tail)
    cursors = _NEXT_CURSOR.findall(tail)
    if not more or more[-1] != b"true" or not cursors:
        return None
    try:
        return cursors[-1].decode("ascii")
    except UnicodeDecodeError:
        return None


class Prefetch:
    """Fetches pages ahead by following each body's `cursor_hint`, on `executor` (one worker)."""

    def __init__(self, executor: Executor, fetch: Callable[[str], bytes], depth: int = 2) -> None:
        self._executor = executor
        self._fetch = fetch
        self._depth = depth
        self._lock = threading.Lock()
        self._taken: Future[bytes] | None = None  # the page the engine took last
        self._ahead: dict[str, Future[bytes]] = {}  # fetched or being fetched after it, not yet taken
        self._closed = False

    def take(self, cursor: str) -> Future[bytes]:
        """The body of the page after `cursor`: fetched ahead if it was, else being fetched from now."""
        with self._lock:
            future = self._ahead.pop(cursor, None)
            fresh = future is None
            if fresh:
                # The chain followed another cursor (or none yet): what it fetched is of no use.
                self._drop()
                future = self._executor.submit(self._fetch, cursor)
            self._taken = future
            waiting = list(self._ahead.values())
        if fresh:
            future.add_done_callback(self._follow)
        # Pages that arrived while `depth` others were waiting follow their hints now.
        for arrived in (future, *waiting):
            if arrived.done():
                self._follow(arrived)
        return future

    def close(self) -> None:
        """Fetch nothing more (a fetch under way finishes, and is dropped)."""
        with self._lock:
            self._closed = True
            self._taken = None
            self._drop()

    def _drop(self) -> None:
        # Under _lock.
        for future in self._ahead.values():
            future.cancel()
        self._ahead.clear()

    def _follow(self, future: Future[bytes]) -> None:
        # On the fetching thread as a page arrives (or in `take`): fetch the page it names, room allowing.
        # Idempotent: a page already fetched or being fetched is not asked for again.
        if future.cancelled() or future.exception() is not None:
            return
        hint = cursor_hint(future.result())
        if hint is None:
            return
        with self._lock:
            live = future is self._taken or any(f is future for f in self._ahead.values())
            if self._closed or not live or hint in self._ahead or len(self._ahead) >= self._depth:
                return
            try:
                following = self._executor.submit(self._fetch, hint)
            except RuntimeError:  # the engine is shutting down
                return
            self._ahead[hint] = following
        # Outside the lock: a future already done runs its callback at once, on this thread.
        following.add_done_callback(self._follow)
