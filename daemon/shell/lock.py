"""The single-writer lock on a state directory.

One job: make sure at most one dunmail process writes a state directory. It takes an exclusive,
non-blocking `flock` on `<directory>/dunmail.lock` and writes its pid there so that the loser can
say who holds it. The kernel drops a flock when its holder dies (even by SIGKILL), so a crashed
daemon never leaves a stale lock behind; the file itself is never deleted, because unlinking a
lock file while another process waits on it lets two processes each hold "the" lock.

It must not read or write the state itself, and readers never take it.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path

from daemon.errors import StoreError, StoreLockedError, state_write_error

LOCK_NAME = "dunmail.lock"


class StateLock:
    """An acquired lock; `release()` (or leaving the `with` block) gives it up."""

    def __init__(self, directory: Path, fd: int) -> None:
        self.directory = directory
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, directory: Path) -> StateLock:
        """Lock `directory` for this process or raise StoreLockedError naming the holder."""
        path = directory / LOCK_NAME
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        except OSError as exc:
            raise state_write_error(f"cannot open the lock file {path}", exc) from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_pid(fd)
            os.close(fd)
            who = f"pid {holder}" if holder else "another process"
            raise StoreLockedError(
                f"another dunmail ({who}) is using the state in {directory}; "
                "stop it or choose another state directory"
            ) from None
        except OSError as exc:
            os.close(fd)
            raise StoreError(f"cannot lock {path}: {exc.strerror}") from exc
        pid = f"{os.getpid()}\n".encode()
        # Only the holder writes. Over the old pid first, then cut what is left of it: a full
        # disk has no block to give a file truncated to nothing. The pid only names the holder
        # to a loser, so a lock whose pid could not be written still locks.
        with contextlib.suppress(OSError):
            os.pwrite(fd, pid, 0)
            os.ftruncate(fd, len(pid))
        return cls(directory, fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Give the lock up; closing the descriptor drops the flock. Idempotent."""
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)

    def __enter__(self) -> StateLock:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()


def _read_pid(fd: int) -> int | None:
    """The pid the holder wrote, or None if it has not written it yet (or wrote garbage)."""
    with contextlib.suppress(OSError, ValueError):
        return int(os.pread(fd, 32, 0).decode("ascii").strip())
    return None


def lock_holder(directory: Path) -> int | None:
    """The pid of the process holding `directory`'s lock, or None when it is free. Read-only:
    a shared lock tried and dropped at once, the lock file left as it is."""
    path = directory / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return _read_pid(fd) or -1
    except OSError:
        return None
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)
