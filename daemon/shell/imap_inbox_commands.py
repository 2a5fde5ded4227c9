"""IMAP commands behind `ImapInbox`: folder state, new UIDs, batched FETCH, STORE, MOVE, IDLE.

One job: the commands, as functions given the logged-in imapclient client, run on the one thread
that owns it. They raise what imapclient raises (a dead connection as `IMAPClientAbortError` or
`OSError`); `ImapInbox` turns that into `MailboxError` and decides about reconnecting. They must
not open, keep or close a connection, nor decide anything about the mail they touch.
"""

from __future__ import annotations

import logging
import select
import threading
import time
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from typing import Any

from imapclient.exceptions import IMAPClientAbortError, IMAPClientError

from daemon.shell import imap_commands
from daemon.shell.inbox import PAUSE_SLICE, Fetched, Filing

log = logging.getLogger("dunmail.imap")

TRUNCATED_BODY = 262_144  # bytes of body kept from a message above the size cap
_FETCH_BATCH = 250  # UIDs per FETCH: one round trip for many messages, bounded replies
_STORE_BATCH = 1000  # UIDs per STORE / MOVE: keeps the command line short (RFC 7162 §4)
_META = ["RFC822.SIZE", "FLAGS", "INTERNALDATE"]
# PEEK: reading must not set \Seen (RFC 3501 §6.4.5); collectors still see replies as unread.
_WHOLE = ["BODY.PEEK[]"]
_HEAD = ["BODY.PEEK[HEADER]", f"BODY.PEEK[TEXT]<0.{TRUNCATED_BODY}>"]
_RECENT = b"\\Recent"  # a session flag (RFC 3501 §2.3.2), meaningless to the caller


# -- folder state ------------------------------------------------------------------------------


def status(client: Any, name: str) -> tuple[int, int] | None:
    """(UIDVALIDITY, UIDNEXT) of a folder that is NOT selected; None when it does not exist.

    RFC 3501 §6.3.10: STATUS must not be used on the selected folder.
    """
    try:
        found = client.folder_status(name, [b"UIDVALIDITY", b"UIDNEXT"])
    except IMAPClientAbortError:
        raise
    except IMAPClientError:
        if client.folder_exists(name):
            raise
        return None
    return int(found[b"UIDVALIDITY"]), int(found[b"UIDNEXT"])


def select_folder(client: Any, name: str) -> tuple[int, int] | None:
    """SELECT `name` read-write (for STORE and MOVE): (UIDVALIDITY, UIDNEXT), None if missing.

    UIDNEXT is 0 when the server leaves it out, which means "unknown: look".
    """
    try:
        found = client.select_folder(name)
    except IMAPClientAbortError:
        raise
    except IMAPClientError:
        if client.folder_exists(name):
            raise
        return None
    return int(found[b"UIDVALIDITY"]), int(found.get(b"UIDNEXT", 0))


def uids_from(client: Any, start: int, skip_keyword: str | None) -> list[int]:
    """UIDs >= `start` in the selected folder, ascending, without those carrying `skip_keyword`."""
    criteria: list[str] = ["UID", f"{start}:*"]
    if skip_keyword:
        criteria += ["UNKEYWORD", skip_keyword]
    # RFC 3501 §6.4.8: "n:*" always includes the last message, even when its UID is below n.
    return sorted(uid for uid in client.search(criteria) if uid >= start)


# -- fetching ----------------------------------------------------------------------------------


def fetch_messages(
    client: Any, uids: Sequence[int], *, folder: str, uidvalidity: int, max_bytes: int
) -> list[Fetched]:
    """The messages `uids` of the selected folder, in a few batched FETCHes, flags untouched.

    Sizes first; then the whole message up to `max_bytes`, and above it only the header and the
    first `TRUNCATED_BODY` bytes of the body, so a 30 MB attachment is never downloaded.
    A message expunged meanwhile is left out; one whose body the server will not give back comes
    with empty `raw` and `truncated` set, so the caller quarantines it instead of losing it.
    """
    meta = _fetch(client, uids, _META)
    small = [uid for uid in uids if uid in meta and _size(meta[uid]) <= max_bytes]
    large = [uid for uid in uids if uid in meta and _size(meta[uid]) > max_bytes]
    bodies = _fetch(client, small, _WHOLE)
    heads = _fetch(client, large, _HEAD)
    found = []
    for uid in (uid for uid in uids if uid in meta):
        raw, truncated = _raw(bodies.get(uid)) if uid in small else _head(heads.get(uid))
        found.append(
            Fetched(
                folder=folder,
                uidvalidity=uidvalidity,
                uid=uid,
                raw=raw,
                flags=frozenset(_text(flag) for flag in meta[uid][b"FLAGS"] if flag != _RECENT),
                size=_size(meta[uid]),
                truncated=truncated,
                internal_date=_aware(meta[uid].get(b"INTERNALDATE")),
            )
        )
    return found


def _fetch(client: Any, uids: Sequence[int], items: list[str]) -> dict[int, dict[bytes, Any]]:
    """FETCH `items` for `uids` in batches; a batch the server refuses (NO) goes one by one."""
    found: dict[int, dict[bytes, Any]] = {}
    for batch in _batches(uids, _FETCH_BATCH):
        try:
            found.update(client.fetch(batch, items))
        except IMAPClientAbortError:
            raise
        except IMAPClientError as error:
            log.warning("FETCH of %d messages refused (%s); fetching one by one", len(batch), error)
            found.update(_fetch_singly(client, batch, items))
    return found


def _fetch_singly(client: Any, uids: Sequence[int], items: list[str]) -> dict[int, Any]:
    found: dict[int, Any] = {}
    for uid in uids:
        try:
            found.update(client.fetch([uid], items))
        except IMAPClientAbortError:
            raise
        except IMAPClientError as error:
            log.warning("message UID %d cannot be fetched: %s", uid, error)
    return found


def _raw(data: dict[bytes, Any] | None) -> tuple[bytes, bool]:
    raw = (data or {}).get(b"BODY[]")
    return (bytes(raw), False) if raw is not None else (b"", True)


def _head(data: dict[bytes, Any] | None) -> tuple[bytes, bool]:
    data = data or {}
    # RFC 3501 §6.4.5: HEADER ends with the blank line, TEXT is everything after it.
    header = data.get(b"BODY[HEADER]") or b""
    text = data.get(b"BODY[TEXT]<0>") or b""
    return bytes(header) + bytes(text), True


def _size(data: dict[bytes, Any]) -> int:
    return int(data.get(b"RFC822.SIZE", 0))


def _aware(value: Any) -> datetime | None:
    # The client is told not to normalise times, so INTERNALDATE keeps its zone (RFC 3501 §2.3.3).
    if not isinstance(value, datetime) or (offset := value.utcoffset()) is None:
        return None
    return value.astimezone(timezone(offset))  # a plain stdlib zone, not imapclient's class


def _text(flag: bytes | str) -> str:
    return flag.decode("utf-8", "replace") if isinstance(flag, bytes) else flag


# -- filing ------------------------------------------------------------------------------------


def add_flags(client: Any, uids: Sequence[int], flags: Sequence[str]) -> None:
    """UID STORE +FLAGS.SILENT on the selected folder; UIDs already gone are ignored (§6.4.8)."""
    for batch in _batches(uids, _STORE_BATCH):
        client.add_flags(batch, list(flags), silent=True)


def move(client: Any, uids: Sequence[int], *, source: str, target: str) -> None:
    """Move `uids` from the selected `source` to `target`; idempotent after a drop.

    MOVE (RFC 6851) is atomic, so repeating it only finds the UIDs gone. Without it: COPY,
    \\Deleted and UID EXPUNGE (RFC 4315) — and since a drop between COPY and EXPUNGE would copy
    twice on the next attempt, messages whose Message-ID is in `target` already are not copied.
    """
    for batch in _batches(uids, _STORE_BATCH):
        if client.has_capability("MOVE"):
            client.move(batch, target)
        else:
            _copy_and_expunge(client, batch, source=source, target=target)


def _copy_and_expunge(client: Any, uids: Sequence[int], *, source: str, target: str) -> None:
    ids = _message_ids(client, uids)
    present = set(imap_commands.uids_by_id(client, target, sorted(set(ids.values()))))
    client.select_folder(source)  # uids_by_id looked into `target`
    fresh = [uid for uid in uids if uid in ids and ids[uid] not in present]
    fresh += [uid for uid in uids if uid not in ids]  # no Message-ID: nothing to compare
    if fresh:
        client.copy(sorted(fresh), target)
    client.delete_messages(list(uids))
    if client.has_capability("UIDPLUS"):
        client.uid_expunge(list(uids))  # only these, not what others marked \Deleted
    else:
        client.expunge()


def _message_ids(client: Any, uids: Sequence[int]) -> dict[int, str]:
    key = b"BODY[HEADER.FIELDS (MESSAGE-ID)]"
    found = client.fetch(list(uids), ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
    ids: dict[int, str] = {}
    for uid, data in found.items():
        text = bytes(data.get(key, b"")).decode("ascii", "replace")
        _name, _colon, value = text.partition(":")
        bare = imap_commands.bare_id(value)
        if bare and bare.isascii():
            ids[int(uid)] = bare
    return ids


def flag_groups(filings: Sequence[Filing]) -> dict[tuple[str, ...], list[int]]:
    """UIDs by the set of flags to add: one UID STORE each."""
    groups: dict[tuple[str, ...], list[int]] = {}
    for filing in filings:
        if filing.add_flags:
            groups.setdefault(tuple(sorted(set(filing.add_flags))), []).append(filing.uid)
    return {flags: sorted(set(uids)) for flags, uids in groups.items()}


def move_groups(filings: Sequence[Filing]) -> dict[str, list[int]]:
    """UIDs by target folder: one MOVE each."""
    groups: dict[str, list[int]] = {}
    for filing in filings:
        if filing.move_to:
            groups.setdefault(filing.move_to, []).append(filing.uid)
    return {target: sorted(set(uids)) for target, uids in groups.items()}


# -- IDLE --------------------------------------------------------------------------------------


def idle(client: Any, seconds: float, stop: threading.Event) -> bool:
    """IDLE (RFC 2177) on the selected folder for up to `seconds`; True when EXISTS came.

    Returns early when `stop` is set. A dead connection raises (IMAPClientAbortError/OSError)
    instead of looking like a quiet one; then no DONE is sent.
    """
    client.idle()
    arrived = _watch(client, time.monotonic() + seconds, stop)
    client.idle_done()  # the rest of what was sent is read and dropped; the caller resyncs
    return arrived


def _watch(client: Any, end: float, stop: threading.Event) -> bool:
    while not stop.is_set():
        left = end - time.monotonic()
        if left <= 0:
            return False
        if not _readable(client, min(left, PAUSE_SLICE)):
            continue
        # Something is there: read one line, blocking with the connection's timeout. On a dead
        # connection this raises (EOF) rather than returning nothing, so the loop never spins.
        line = bytes(client._imap._get_line())  # what idle_check() reads too
        if line.upper().startswith(b"* BYE"):
            raise IMAPClientAbortError(line.decode("ascii", "replace"))
        if line.upper().endswith(b" EXISTS"):
            return True
    return False


def _readable(client: Any, timeout: float) -> bool:
    """Whether a line is buffered or arriving. imaplib reads through a buffer that poll() cannot
    see, so a line already read into it (e.g. EXISTS sent with the "+ idling" continuation) is
    looked for first: that is what imapclient's idle_check() misses."""
    sock = client.socket()
    if _buffered(client, sock):
        return True
    ready, _w, _x = select.select([sock], [], [], timeout)
    return bool(ready)


def _buffered(client: Any, sock: Any) -> bool:
    previous = sock.gettimeout()
    sock.setblocking(False)
    try:
        # peek() returns what the buffer holds, or what one non-blocking read brings; it never
        # consumes anything. An SSL socket says "want read" when a record is incomplete.
        return bool(client._imap.file.peek(1))
    except OSError:
        return False
    finally:
        sock.settimeout(previous)


def _batches(items: Sequence[int], size: int) -> Iterable[list[int]]:
    return (list(items[start : start + size]) for start in range(0, len(items), size))
