"""A small real disk for the disk-fault tests: an ext4 image on a loop device, mounted in tmp.

One job: give a test a filesystem the kernel itself makes fail, the three ways a state
directory fails in production:

- full: `fill()` writes a filler file until the kernel answers ENOSPC, `free()` removes it;
- failing: `shut_down()` is the FS_IOC_SHUTDOWN ioctl (what xfstests' "godown" uses): from then
  on every write, fsync and truncate answers EIO, as on a dying disk; `bring_back()` unmounts
  it (lazily: a dead process may still hold files) and mounts the image again, whose journal
  replay keeps exactly what was synced;
- read-only: `mount(readonly=True)` answers EROFS to every write.

It needs root (mount, a loop device, the ioctl) and mkfs.ext4 from e2fsprogs.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import shutil
import struct
import subprocess
from pathlib import Path
from types import TracebackType

# linux/fs.h: _IOR('X', 125, __u32); the argument 2 is FS_GOING_FLAGS_NOLOGFLUSH, the harshest
# of the three: the filesystem's own journal is not flushed, as when power is cut.
FS_IOC_SHUTDOWN = 0x8004587D
FS_GOING_FLAGS_NOLOGFLUSH = 2
FILLER = "filler"


class DiskUnavailableError(RuntimeError):
    """This machine cannot give us a loop-mounted disk (not root, no loop device, no mkfs)."""


class SmallDisk:
    """`size_mb` of ext4 mounted at `mountpoint`; use as a context manager."""

    def __init__(self, image: Path, mountpoint: Path, size_mb: int = 16) -> None:
        self.image = image
        self.mountpoint = mountpoint
        self.size_mb = size_mb
        self.mounted = False

    def create(self) -> None:
        if os.geteuid() != 0:
            raise DiskUnavailableError("mounting a disk image needs root")
        mkfs = shutil.which("mkfs.ext4") or "/usr/sbin/mkfs.ext4"
        if not Path(mkfs).exists():
            raise DiskUnavailableError("mkfs.ext4 is not installed: run `make system-deps`")
        with self.image.open("wb") as out:
            out.truncate(self.size_mb << 20)
        # -m 0: no blocks reserved for root, so "full" means full for us too (we run as root).
        self._run(mkfs, "-q", "-F", "-m", "0", str(self.image))
        self.mountpoint.mkdir(exist_ok=True)
        try:
            self.mount()
        except subprocess.CalledProcessError as exc:
            raise DiskUnavailableError(f"cannot loop-mount a disk image: {exc.stderr}") from exc
        (self.mountpoint / "lost+found").rmdir()

    def mount(self, *, readonly: bool = False) -> None:
        options = "loop,ro" if readonly else "loop"
        self._run("mount", "-t", "ext4", "-o", options, str(self.image), str(self.mountpoint))
        self.mounted = True

    def unmount(self) -> None:
        """Detach it even while a process still holds a file open on it (`umount -l`)."""
        if self.mounted:
            self._run("umount", "-l", str(self.mountpoint))
            self.mounted = False

    def fill(self) -> int:
        """Take every free block; the bytes the filler holds."""
        filler = self.mountpoint / FILLER
        written = 0
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            for chunk in (1 << 20, 1 << 12, 1 << 10, 1):
                block = b"\0" * chunk
                while True:
                    try:
                        written += os.write(fd, block)
                    except OSError as exc:
                        if exc.errno != errno.ENOSPC:
                            raise
                        break
            # ext4 allocates on writeback: sync, then take whatever that freed up.
            with contextlib.suppress(OSError):
                os.fsync(fd)
            with contextlib.suppress(OSError):
                while True:
                    written += os.write(fd, b"\0")
        finally:
            os.close(fd)
        return written

    def free(self) -> None:
        (self.mountpoint / FILLER).unlink(missing_ok=True)

    def shut_down(self) -> None:
        fd = os.open(self.mountpoint, os.O_RDONLY | os.O_DIRECTORY)
        try:
            fcntl.ioctl(fd, FS_IOC_SHUTDOWN, struct.pack("I", FS_GOING_FLAGS_NOLOGFLUSH))
        finally:
            os.close(fd)

    def bring_back(self, *, readonly: bool = False) -> None:
        self.unmount()
        self.mount(readonly=readonly)

    def __enter__(self) -> SmallDisk:
        self.create()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.unmount()
        self.image.unlink(missing_ok=True)

    @staticmethod
    def _run(*argv: str) -> None:
        subprocess.run(argv, check=True, capture_output=True, text=True, timeout=60)
