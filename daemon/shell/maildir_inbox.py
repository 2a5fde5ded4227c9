"""The inbound mailbox as a local Maildir++ tree, the one an MDA (e.g. Dovecot's LDA) delivers into.

One job: implement `daemon.shell.inbox.Inbox` on files, compatible with a Dovecot serving the
same tree, and report every failure as `MailboxError` (one line). It must not decide anything
about the mail, and must not move a message from new/ to cur/ merely for reading it (that is
the mail client's job); only a flag change does, since flags live in cur/ names.

Layout (Maildir++, as Dovecot's default `maildir:` layout), folder names, flags, keywords and
the uidlist files are `daemon.shell.maildir_files`; this module scans folders and moves mail.

UIDs: our own `dunmail-uidlist` per folder, rewritten atomically. The basename (before ":2,")
keeps its UID across new/ -> cur/ and flag changes; a message moved to another folder gets a
new UID there, as with IMAP MOVE.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from daemon.shell.imap_connection import MailboxError
from daemon.shell.inbox import Batch, Fetched, Filing
from daemon.shell.maildir_files import (
    INFO,
    UIDLIST,
    flag_names,
    folder_path,
    info,
    keywords,
    letters,
    make_folder,
    read_uidlist,
    write_uidlist,
)

__all__ = ["MaildirInbox"]

TRUNCATED_BODY = 262_144  # bytes of body kept from a message above the size cap, as over IMAP
_HEADER_LIMIT = 1_048_576  # a header longer than this is cut too


@dataclass(slots=True)
class _Folder:
    """One folder as last scanned: its UIDs and where each message's file is now."""

    path: Path
    marks: tuple[int, int, int]  # inode of cur/, mtimes (ns) of new/ and cur/, before the scan
    uidvalidity: int
    next_uid: int
    uids: dict[str, int]  # basename -> uid
    files: dict[int, Path] = field(default_factory=dict)  # uid -> file


class MaildirInbox:
    """`Inbox` over a Maildir++ tree at `root`. Not thread-safe: one owner thread."""

    def __init__(self, root: Path, *, poll_seconds: float = 0.5) -> None:
        self._root = root
        self._poll_seconds = poll_seconds
        self._folders: dict[Path, _Folder] = {}

    def connect(self) -> None:
        """Check that `root` is a Maildir (cur/, new/ and tmp/)."""
        if not all((self._root / sub).is_dir() for sub in ("cur", "new", "tmp")):
            raise MailboxError(f"{self._root} is not a Maildir (no cur/, new/ and tmp/)")

    def close(self) -> None:
        self._folders.clear()

    def fetch_new(
        self,
        folder: str,
        *,
        after_uid: int,
        uidvalidity: int | None,
        limit: int,
        skip_keyword: str | None = None,
        max_bytes: int,
    ) -> Batch:
        """See `Inbox.fetch_new`; never renames or changes a message."""
        try:
            state = self._scan(self._path(folder))
            if state is None:
                return Batch(folder, 0, (), more=False)
            start = after_uid + 1 if uidvalidity in (None, state.uidvalidity) else 1
            letter = keywords(state.path).get(skip_keyword or "")
            uids = [
                uid
                for uid in sorted(state.files)
                if uid >= start and (letter is None or letter not in info(state.files[uid]))
            ]
            found = [self._read(state, folder, uid, max_bytes) for uid in uids[:limit]]
        except OSError as error:
            raise _error(f"fetch new mail from {folder!r}", error) from error
        messages = tuple(message for message in found if message is not None)
        return Batch(folder, state.uidvalidity, messages, more=len(uids) > limit)

    def ensure_folders(self, folders: Sequence[str]) -> None:
        """See `Inbox.ensure_folders`."""
        try:
            for folder in folders:
                make_folder(self._root, folder)
        except OSError as error:
            raise _error("create the collectors' folders", error) from error

    def file(self, folder: str, uidvalidity: int, filings: Sequence[Filing]) -> None:
        """See `Inbox.file`: renames (atomic), so repeating it changes nothing more."""
        try:
            state = self._scan(self._path(folder))
            if state is None or state.uidvalidity != uidvalidity:
                return
            for filing in filings:
                self._file_one(state, filing)
            _write_uidlist(state)
        except OSError as error:
            raise _error(f"file messages in {folder!r}", error) from error

    def wait(self, folder: str, *, timeout: float, stop: threading.Event) -> None:
        """Poll the mtimes of new/ and cur/ every `poll_seconds` (at most 0.5 s)."""
        path = self._path(folder)
        known = self._folders.get(path)
        before = known.marks if known is not None else _marks(path)
        end = time.monotonic() + timeout
        while not stop.is_set() and _marks(path) == before:
            left = end - time.monotonic()
            if left <= 0:
                return
            stop.wait(min(left, self._poll_seconds, 0.5))

    # -- folders -------------------------------------------------------------------------------

    def _path(self, folder: str) -> Path:
        return folder_path(self._root, folder)

    # -- scanning ------------------------------------------------------------------------------

    def _scan(self, path: Path) -> _Folder | None:
        """The folder's UIDs, new files numbered; None when it does not exist."""
        marks = _marks(path)
        state = self._folders.get(path)
        if marks is None:
            return None  # the state stays: if it is made again, its UIDVALIDITY must differ
        if state is not None and state.marks == marks:
            return state
        fresh = state is None or not (path / UIDLIST).exists()  # first look, or made again
        if state is None or fresh or state.marks[0] != marks[0]:
            state = _read_uidlist(path, marks, previous=state.uidvalidity if state else 0)
        state.marks = marks  # taken before listing: a file arriving now changes them again
        files = _list(path)
        missing = state.uids.keys() - files.keys()
        if missing:  # a client renamed it while we listed? Look once more before dropping it.
            files.update(_list(path))
        if _number(state, files) or fresh:
            _write_uidlist(state)
        self._folders[path] = state
        return state

    def _read(self, state: _Folder, folder: str, uid: int, max_bytes: int) -> Fetched | None:
        path = state.files[uid]
        try:
            stat = path.stat()
            raw, truncated = _content(path, stat.st_size, max_bytes)
        except FileNotFoundError:
            state.marks = (state.marks[0], 0, 0)  # renamed meanwhile: rescan; the UID stays
            return None
        words = keywords(state.path)
        names = {number: name for name, number in words.items()}
        return Fetched(
            folder=folder,
            uidvalidity=state.uidvalidity,
            uid=uid,
            raw=raw,
            flags=flag_names(info(path), names),
            size=stat.st_size,
            truncated=truncated,
            internal_date=datetime.fromtimestamp(stat.st_mtime, UTC),  # as Dovecot's INTERNALDATE
        )

    # -- filing --------------------------------------------------------------------------------

    def _file_one(self, state: _Folder, filing: Filing) -> None:
        path = state.files.get(filing.uid)
        if path is None or not path.exists():
            return  # moved or deleted already: a repeated filing
        names = {number: name for name, number in keywords(state.path).items()}
        flags = flag_names(info(path), names) | set(filing.add_flags)
        moving = filing.move_to is not None and self._path(filing.move_to) != state.path
        target = state.path
        if moving and filing.move_to:
            target = make_folder(self._root, filing.move_to)
        basename = path.name.partition(INFO)[0]
        destination = target / "cur" / f"{basename}{INFO}{letters(target, flags)}"
        if destination != path:
            path.rename(destination)  # atomic; new/ -> cur/ only because flags need the info
        if moving:
            state.files.pop(filing.uid, None)
            state.uids.pop(basename, None)
        else:
            state.files[filing.uid] = destination


# -- files -------------------------------------------------------------------------------------


def _marks(path: Path) -> tuple[int, int, int] | None:
    """What changes when mail comes, goes or changes flags; None when there is no folder."""
    try:
        new, cur = (path / "new").stat(), (path / "cur").stat()
    except FileNotFoundError:
        return None
    return cur.st_ino, new.st_mtime_ns, cur.st_mtime_ns


def _list(path: Path) -> dict[str, Path]:
    """basename -> file, new/ first: a file a client moves to cur/ meanwhile is seen in cur/."""
    files: dict[str, Path] = {}
    for sub in ("new", "cur"):
        with os.scandir(path / sub) as entries:
            for entry in entries:
                if not entry.name.startswith("."):
                    files[entry.name.partition(INFO)[0]] = Path(entry.path)
    return files


def _number(state: _Folder, files: dict[str, Path]) -> bool:
    """Give new basenames the next UIDs (in delivery order), forget vanished ones."""
    fresh = sorted(
        (name for name in files if name not in state.uids),
        key=lambda name: (files[name].stat().st_mtime_ns, name),
    )
    gone = [name for name in state.uids if name not in files]
    for name in gone:
        del state.uids[name]
    for name in fresh:
        state.uids[name] = state.next_uid
        state.next_uid += 1
    state.files = {uid: files[name] for name, uid in state.uids.items()}
    return bool(fresh or gone)


def _read_uidlist(path: Path, marks: tuple[int, int, int], *, previous: int) -> _Folder:
    found = read_uidlist(path)
    if found is None:
        # UIDVALIDITY from the clock (RFC 3501 §2.3.1.1): a folder re-created gets a new one,
        # above the one this process saw last even within the same second.
        validity = max(int(time.time()), previous + 1)
        return _Folder(path, marks, uidvalidity=validity, next_uid=1, uids={})
    validity, next_uid, uids = found
    return _Folder(path, marks, validity, next_uid, uids)


def _write_uidlist(state: _Folder) -> None:
    write_uidlist(state.path, state.uidvalidity, state.next_uid, state.uids)


def _content(path: Path, size: int, max_bytes: int) -> tuple[bytes, bool]:
    with path.open("rb") as handle:
        if size <= max_bytes:
            return handle.read(), False
        head = handle.read(_HEADER_LIMIT + TRUNCATED_BODY)
    end = _header_end(head)
    return head[: end + TRUNCATED_BODY], True


def _header_end(data: bytes) -> int:
    """Where the body starts (after the blank line, RFC 5322 §2.1), LF or CRLF."""
    ends = [data.find(gap) + len(gap) for gap in (b"\r\n\r\n", b"\n\n") if gap in data]
    return min(ends, default=min(len(data), _HEADER_LIMIT))


def _error(what: str, error: OSError) -> MailboxError:
    return MailboxError(" ".join(f"{what}: {error.strerror or error} ({error.filename})".split()))
