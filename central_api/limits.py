"""The server's open-file limit: each held connection is one open file, so it bounds how many
long-polls one server process can hold."""

from __future__ import annotations

import logging
from dataclasses import dataclass

log = logging.getLogger("central_api")

# Files a process keeps open besides its clients' connections: the database pool, the listening
# socket, the log, the event loop's own descriptors, a worker's pipes to its parent.
RESERVED_FILES = 128
# Below this many, a chain's counters may not fit (1,000 stores of five counters is 5,000 polls).
COMFORTABLE_CONNECTIONS = 10_000
# Where the hard limit is "unlimited", the largest soft limit tried (macOS refuses more than its
# kern.maxfilesperproc, so smaller ones are tried after it).
_UNLIMITED_TRIES = (1 << 20, 65536, 10240)


@dataclass(frozen=True)
class FileLimit:
    before: int
    now: int
    hard: int | None  # None: unlimited

    @property
    def connections(self) -> int:
        """About how many client connections one process can hold at once."""
        return max(0, self.now - RESERVED_FILES)


def raise_open_file_limit() -> FileLimit | None:
    """Raise this process's soft RLIMIT_NOFILE as far as its hard limit allows (children inherit it),
    and log what it got; None where the system has no such limit (Windows)."""
    try:
        import resource
    except ImportError:
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    unlimited = hard == resource.RLIM_INFINITY
    tries = [t for t in _UNLIMITED_TRIES if t > soft] if unlimited else ([hard] if hard > soft else [])
    now = soft
    for target in tries:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        except (ValueError, OSError):
            continue
        now = target
        break
    limit = FileLimit(before=soft, now=now, hard=None if unlimited else hard)
    allowed = "unlimited" if unlimited else str(hard)
    if limit.connections < COMFORTABLE_CONNECTIONS:
        log.warning("open-file limit %d (was %d; the system allows %s): each server process can hold at most about "
                    "%d connections at once; raise the hard limit (LimitNOFILE= in the systemd unit, or ulimit -Hn) "
                    "to hold more", limit.now, soft, allowed, limit.connections)
    else:
        log.info("open-file limit %d (was %d; the system allows %s): each server process can hold about %d "
                 "connections at once", limit.now, soft, allowed, limit.connections)
    return limit


def current_file_limit() -> FileLimit | None:
    """This process's limit as it is (a worker inherits the one its parent raised)."""
    try:
        import resource
    except ImportError:
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    return FileLimit(before=soft, now=soft, hard=None if hard == resource.RLIM_INFINITY else hard)
