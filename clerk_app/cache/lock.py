"""One writer per cache: an OS file lock on `<cache>.lock`, released by the OS if the holder dies.

An advisory lock (flock on POSIX, msvcrt on Windows) rather than "the file exists": a crashed or
killed Clerk leaves no stale lock behind, and no pid can be mistaken for a live one after reuse.
The file holds the holder's pid, for people diagnosing "already open".
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from ..errors import CacheInUse

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class CacheLock:
    """`CacheLock(cache_path)` guards the cache file by the lock file `<cache_path>.lock`."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> CacheLock:
        """Take the lock, or raise CacheInUse if another Clerk (process or window) holds it."""
        if self._fd is not None:
            return self
        self.lock_path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            holder = self._read_pid(fd)
            os.close(fd)
            raise CacheInUse("the cache is open in another Clerk" + (f" (process {holder})" if holder else ""),
                             pid=holder)
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return self

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    @staticmethod
    def _read_pid(fd: int) -> int | None:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            text = os.read(fd, 64)
            return int(text.strip() or b"0") or None
        except (OSError, ValueError):
            return None

    def __enter__(self) -> CacheLock:
        return self.acquire()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()

    def __del__(self) -> None:
        # A forgotten lock is released with its object rather than at process exit.
        if self._fd is not None:
            try:
                self.release()
            except Exception:  # noqa: BLE001 - at interpreter exit the OS releases it anyway
                pass
