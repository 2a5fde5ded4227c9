"""The journal's on-disk format: framed records, loading with replay, and snapshot replacement.

One job: turn committed changes into bytes on disk and disk back into tables, crash-safely. It
must not decide when to commit or compact (that is `daemon.shell.journal`) nor what is stored.

Files: a journal frame is `<u32 length><u32 crc32><orjson {"seq", "changes"}>`, where `changes` is
`{table: {id: doc or null}}`. A frame that is short, fails its CRC or does not parse is a torn tail
from a crash: it and everything after it are ignored (and cut off at the next writable open). The
snapshot `{"format", "seq", "tables"}` records the last journal seq it includes; replay skips
frames at or below it.
"""

from __future__ import annotations

import contextlib
import os
import struct
import tempfile
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import orjson

from daemon.errors import StoreError, state_write_error

SNAPSHOT_NAME = "store.json"
JOURNAL_NAME = "store.journal"
SNAPSHOT_FORMAT = 1
_FRAME = struct.Struct("<II")  # payload length, CRC32 of payload

Doc = dict[str, Any]
Tables = dict[str, dict[str, Doc]]


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes, offset: int) -> None:
    view, done = memoryview(data), 0
    while done < len(view):
        done += os.pwrite(fd, view[done:], offset + done)


def _read_optional(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror}") from exc


def _frames(journal: bytes) -> Iterator[tuple[int, int, Mapping[str, Any]]]:
    """(seq, end offset, changes) of each intact frame, stopping at the first torn one."""
    view, offset = memoryview(journal), 0
    while offset + _FRAME.size <= len(view):
        length, crc = _FRAME.unpack_from(view, offset)
        end = offset + _FRAME.size + length
        payload = view[offset + _FRAME.size : end]
        if end > len(view) or zlib.crc32(payload) != crc:
            return
        try:
            record = orjson.loads(payload)
            seq, changes = record["seq"], record["changes"]
        except (orjson.JSONDecodeError, TypeError, KeyError):
            return
        yield seq, end, changes
        offset = end


def _apply(tables: Tables, changes: Mapping[str, Mapping[str, Doc | None]]) -> None:
    for name, docs in changes.items():
        table = tables.setdefault(name, {})
        for doc_id, doc in docs.items():
            if doc is None:
                table.pop(doc_id, None)
            else:
                table[doc_id] = doc


class Loaded:
    """What the files on disk say: the tables, the last seq applied and the journal's extent."""

    def __init__(self, directory: Path) -> None:
        # Read the journal before the snapshot: compaction replaces the snapshot before the
        # journal, so a concurrent reader then never pairs an old snapshot with a newer journal.
        journal = _read_optional(directory / JOURNAL_NAME)
        snapshot = _read_optional(directory / SNAPSHOT_NAME)
        self.journal_exists = journal is not None
        self.snapshot_size = len(snapshot or b"")
        self.tables, self.seq = self._parse_snapshot(directory, snapshot)
        self.journal_size = len(journal or b"")
        self.journal_good = 0
        for seq, end, changes in _frames(journal or b""):
            if seq > self.seq + 1:
                raise StoreError(
                    f"{directory / JOURNAL_NAME}: record {seq} follows snapshot {self.seq}; "
                    "records are missing (was one file restored without the other?)"
                )
            if seq == self.seq + 1:
                _apply(self.tables, changes)
                self.seq = seq
            self.journal_good = end
        # An empty journal without a snapshot is a store whose creation was cut short.
        self.exists = snapshot is not None or self.seq > 0

    @staticmethod
    def _parse_snapshot(directory: Path, snapshot: bytes | None) -> tuple[Tables, int]:
        if snapshot is None:
            return {}, 0
        try:
            data = orjson.loads(snapshot)
            fmt, seq, tables = data["format"], data["seq"], data["tables"]
        except (orjson.JSONDecodeError, TypeError, KeyError) as exc:
            raise StoreError(f"{directory / SNAPSHOT_NAME} is unreadable: {exc}") from exc
        if fmt != SNAPSHOT_FORMAT or not isinstance(seq, int) or not isinstance(tables, dict):
            raise StoreError(f"{directory / SNAPSHOT_NAME}: unknown snapshot format {fmt!r}")
        return tables, seq


def remove_stale_temps(directory: Path) -> None:
    """Delete temp files a crash left behind mid-compaction (only a writer may)."""
    for pattern in (f"{SNAPSHOT_NAME}.*.tmp", f"{JOURNAL_NAME}.*.tmp"):
        for stale in directory.glob(pattern):
            with contextlib.suppress(FileNotFoundError):
                stale.unlink()


class JournalFile:
    """The files of one store as its writer sees them: appends records, replaces the snapshot.

    Closed until `open()` (a reader never opens it). `size` is the journal's intact length and
    `broken` says why no more records may be written (empty while all is well).
    """

    def __init__(self, directory: Path, loaded: Loaded) -> None:
        self.directory = directory
        self.size = loaded.journal_good
        self.snapshot_size = loaded.snapshot_size
        self.broken = ""
        self._fd: int | None = None

    @property
    def closed(self) -> bool:
        return self._fd is None

    def open(self, loaded: Loaded) -> None:
        """Open (creating it durably if needed) the journal and cut off any torn tail."""
        path = self.directory / JOURNAL_NAME
        try:
            self._fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
            if not loaded.journal_exists:
                _fsync_dir(self.directory)
        except OSError as exc:
            self.close()
            raise state_write_error(f"cannot open {path}", exc) from exc
        if loaded.journal_good < loaded.journal_size:
            self._cut(loaded.journal_good)  # a torn tail left by a crash

    def close(self) -> None:
        """Close the journal; the files stay as they are. Idempotent."""
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)

    def append(self, seq: int, changes: Mapping[str, Mapping[str, Doc | None]]) -> None:
        """Append record `seq` and fdatasync it: once this returns, the commit is durable."""
        assert self._fd is not None
        payload = orjson.dumps({"seq": seq, "changes": changes})
        frame = _FRAME.pack(len(payload), zlib.crc32(payload)) + payload
        start = self.size
        try:
            _write_all(self._fd, frame, start)
            os.fdatasync(self._fd)
        except OSError as exc:
            self._cut(start)
            raise state_write_error(
                f"cannot save the state in {self.directory / JOURNAL_NAME}", exc
            ) from exc
        self.size = start + len(frame)

    def _cut(self, size: int) -> None:
        """Drop a failed append, so that later records never sit behind a torn one."""
        assert self._fd is not None
        try:
            os.ftruncate(self._fd, size)
            os.fdatasync(self._fd)
        except OSError as exc:
            # The failed record may still be on disk, whole or torn: only a fresh read of the
            # files can tell what was committed, and a restarted process does just that.
            self.broken = (
                f"{self.directory / JOURNAL_NAME} cannot be written ({exc.strerror or exc}); "
                "the state is read back from disk when dunmail starts again"
            )

    def _temp_file(self, name: str, content: bytes) -> tuple[int, str]:
        """A fsynced temp file beside its final name (same filesystem, so renaming is atomic)."""
        fd, temp = tempfile.mkstemp(prefix=f"{name}.", suffix=".tmp", dir=self.directory)
        try:
            _write_all(fd, content, 0)
            os.fsync(fd)
        except BaseException:
            os.close(fd)
            Path(temp).unlink()
            raise
        return fd, temp

    def replace_snapshot(self, seq: int, tables: Tables) -> None:
        """Write `tables` (as of record `seq`) into a new snapshot, then start an empty journal.

        Order matters for crashes and for concurrent readers: the snapshot (fsynced) replaces the
        old one first, then an empty journal replaces the old journal; each rename is followed by
        a directory fsync so a power cut cannot keep the second rename and lose the first.
        """
        assert self._fd is not None
        data = orjson.dumps({"format": SNAPSHOT_FORMAT, "seq": seq, "tables": tables})
        failed = f"cannot compact the state in {self.directory}"
        try:
            fd, temp = self._temp_file(SNAPSHOT_NAME, data)
            os.close(fd)
            Path(temp).replace(self.directory / SNAPSHOT_NAME)
            _fsync_dir(self.directory)
            fd, temp = self._temp_file(JOURNAL_NAME, b"")
        except OSError as exc:  # the old journal still holds every record: nothing is lost
            raise state_write_error(failed, exc) from exc
        try:
            Path(temp).replace(self.directory / JOURNAL_NAME)
        except OSError as exc:
            os.close(fd)
            raise state_write_error(failed, exc) from exc
        # From here on, appends must go to the new journal: the old one is unlinked.
        os.close(self._fd)
        self._fd, self.size, self.snapshot_size = fd, 0, len(data)
        try:
            _fsync_dir(self.directory)
        except OSError as exc:
            self.broken = (
                f"{failed}: {exc.strerror or exc}; "
                "the state is read back from disk when dunmail starts again"
            )
            raise state_write_error(failed, exc) from exc
