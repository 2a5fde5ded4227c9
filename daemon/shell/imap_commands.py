"""IMAP command sequences on one live imapclient connection: folders, APPEND, lookups, MOVE.

One job: the commands behind each `ImapMailbox` operation, as functions given the logged-in
client, run on the one thread that owns it. They raise what imapclient raises; `ImapMailbox` turns
that into `MailboxError` and decides about reconnecting. They must not open, keep or close a
connection, nor decide anything about the mail they touch.
"""

from __future__ import annotations

import email.parser
import email.policy
import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, TypeVar

from imapclient.exceptions import IMAPClientError

T = TypeVar("T")

_SEARCH_BATCH = 50  # Message-IDs per SEARCH: keeps the command line short (RFC 7162 §4: 8 kB)
_FETCH_BATCH = 500
_ID_FIELD = "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"  # PEEK: do not set \Seen (RFC 3501 §6.4.5)
_ID_KEY = b"BODY[HEADER.FIELDS (MESSAGE-ID)]"
_APPENDUID = re.compile(rb"\[APPENDUID \d+ (\d+)\]", re.IGNORECASE)  # RFC 4315 §3


def ensure_folder(client: Any, *, parts: Sequence[str]) -> str:
    """The folder `parts` (levels), created and subscribed if missing; its server-side name."""
    prefix, separator = _hierarchy(client)
    name = folder_name(parts, prefix=prefix, separator=separator)
    if not client.folder_exists(name):
        try:
            # RFC 3501 §6.3.3: the server creates the superior levels it needs.
            client.create_folder(name)
        except IMAPClientError:
            if not client.folder_exists(name):  # someone else may just have created it
                raise
        client.subscribe_folder(name)
    return name


def folder_name(parts: Sequence[str], *, prefix: str, separator: str) -> str:
    """The server-side name of the folder `parts` (levels), given `hierarchy(client)`."""
    if len(parts) > 1 and not separator:
        raise IMAPClientError("the server has no folder hierarchy (no separator)")
    name = (separator or "/").join(parts)
    if prefix and not name.startswith(prefix) and name.upper() != "INBOX":
        name = prefix + name
    return name


def hierarchy(client: Any) -> tuple[str, str]:
    """The personal namespace prefix (RFC 2342) and hierarchy separator of the server."""
    return _hierarchy(client)


def _hierarchy(client: Any) -> tuple[str, str]:
    """The personal namespace prefix and hierarchy separator, as the server states them."""
    if client.has_capability("NAMESPACE"):
        personal = client.namespace().personal  # RFC 2342
        if personal:
            prefix, separator = personal[0]
            return str(prefix), str(separator or "")
    listing = client.list_folders("", "")  # RFC 3501 §6.3.8: LIST "" "" names the separator
    separator = listing[0][1] if listing else None
    if isinstance(separator, bytes):
        separator = separator.decode("ascii")
    return "", str(separator or "")


def append(
    client: Any,
    *,
    folder: str,
    raw: bytes,
    flags: tuple[str | bytes, ...],
    when: datetime,
    look_first: bool = False,
) -> int | None:
    """APPEND; with `look_first`, only if no message with the same Message-ID is there yet."""
    message_id = min(_ids_in(raw), default="") if look_first else ""
    present = uids_by_id(client, folder, [message_id]) if message_id else {}
    if present:
        return max(present[message_id])
    reply = client.append(folder, raw, flags=flags, msg_time=when)
    match = _APPENDUID.search(reply if isinstance(reply, bytes) else str(reply).encode())
    return int(match[1]) if match else None


def move_by_id(
    client: Any,
    *,
    source: str,
    target: str,
    bare_ids: Sequence[str],
    flags: tuple[str | bytes, ...],
    retried: bool = False,
) -> set[str]:
    """Flag the messages in `source` with one of `bare_ids` and move them to `target`.

    Returns the ids moved. A message whose Message-ID is in `target` already (a copy made by an
    attempt the connection dropped under, or filed earlier) is only removed from `source`, so it
    never lands twice. With `retried`, such ids count as moved: the dropped attempt moved them.
    """
    in_target = set(uids_by_id(client, target, bare_ids))
    in_source = uids_by_id(client, source, bare_ids, readonly=False)
    fresh = sorted(uid for bare, uids in in_source.items() if bare not in in_target for uid in uids)
    stale = sorted(uid for bare, uids in in_source.items() if bare in in_target for uid in uids)
    if fresh and flags:
        client.add_flags(fresh, flags)  # before moving: MOVE and COPY keep the flags
    if fresh and client.has_capability("MOVE"):
        client.move(fresh, target)  # RFC 6851: atomic, nothing left behind
    elif fresh:
        client.copy(fresh, target)
        stale += fresh
    if stale:
        _expunge(client, stale)
    return set(in_source) | (in_target if retried else set())


def _expunge(client: Any, uids: list[int]) -> None:
    """Remove `uids` from the selected folder: \\Deleted, then expunge (RFC 3501 §6.4.3)."""
    client.delete_messages(uids)
    if client.has_capability("UIDPLUS"):
        client.uid_expunge(uids)  # RFC 4315 §2.1: only these, not what others marked \Deleted
    else:
        client.expunge()


def uids_by_id(
    client: Any, folder: str, bare_ids: Sequence[str], *, readonly: bool = True
) -> dict[str, list[int]]:
    """Which of `bare_ids` are in `folder`, each with its UIDs (exact header match).

    Selects `folder`: read-only (EXAMINE, flags stay as they are) unless the caller changes it.
    """
    client.select_folder(folder, readonly=readonly)
    wanted, found = set(bare_ids), dict[str, list[int]]()
    for batch in _batches(list(bare_ids), _SEARCH_BATCH):
        terms = [term for bare in batch for term in ("HEADER", "Message-ID", bare)]
        # Prefix notation (RFC 3501 §6.4.4): OR OR a b c matches any of a, b, c.
        uids = client.search(["OR"] * (len(batch) - 1) + terms)
        for uid_batch in _batches(sorted(uids), _FETCH_BATCH):
            for uid, data in client.fetch(uid_batch, [_ID_FIELD]).items():
                for bare in _ids_in(data.get(_ID_KEY, b"")) & wanted:
                    found.setdefault(bare, []).append(int(uid))
    return found


def _ids_in(header: bytes) -> set[str]:
    parsed = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(header)
    return {bare_id(str(value)) for value in parsed.get_all("Message-ID", [])}


def bare_id(message_id: str) -> str:
    """ "<id@host>" and " id@host " alike as "id@host" (RFC 5322 §3.6.4 msg-id)."""
    text = "".join(message_id.split())
    return text[1:-1] if text.startswith("<") and text.endswith(">") else text


def _batches(items: Sequence[T], size: int) -> Iterable[Sequence[T]]:
    return (items[start : start + size] for start in range(0, len(items), size))
