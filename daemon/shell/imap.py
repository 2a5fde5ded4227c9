"""The AR mailbox over IMAP (imapclient): the Sent folder, our own folders, APPEND, lookups, MOVE.

One job: carry out mailbox operations and report failures as `MailboxError`, one readable line
without the password. It must not decide anything about the mail it touches (the core does), and
no imapclient, imaplib, ssl or socket exception may leave it.

Three parts: `ImapConnection` (`daemon.shell.imap_connection`, shared with the IDLE watcher) holds
the settings and opens a logged-in connection (TLS per config, RFC 3501 §6.2.1 STARTTLS or RFC
8314 implicit TLS); `ImapMailbox` here owns one such connection and runs operations on it,
reconnecting once when the connection was dropped; `daemon.shell.imap_commands` holds the command
sequences each operation sends.

Threads: imapclient is blocking and not thread-safe, so one thread owns one connection. Use an
`ImapMailbox` from a single thread; the event loop uses `AsyncMailbox`, which runs every call on
one dedicated worker thread, in order, so the loop never blocks on the network.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from datetime import datetime
from functools import partial
from typing import Any, TypeVar

from imapclient.exceptions import IMAPClientError

from daemon.shell import imap_commands as commands
from daemon.shell.imap_connection import DROPPED, ImapConnection, MailboxError, logout
from daemon.shell.owner_thread import OwnerThread

__all__ = ["SENT", "AsyncMailbox", "ImapConnection", "ImapMailbox", "MailboxError"]

T = TypeVar("T")

SENT = b"\\Sent"  # RFC 6154; imapclient 4.1.0 exports it only from imapclient.imapclient
_SEEN = b"\\Seen"


class ImapMailbox:
    """Operations on one IMAP connection, opened on first use. Not thread-safe: one owner."""

    def __init__(self, connection: ImapConnection) -> None:
        self._connection = connection
        self._client: Any = None
        self._sent: str | None = connection.sent_folder

    def connect(self) -> None:
        """Open the connection now (start-up checks) instead of on the first operation."""
        self._ensure_client()

    def close(self) -> None:
        """LOGOUT (RFC 3501 §6.1.3); a connection already broken is just dropped."""
        client, self._client = self._client, None
        logout(client)

    def sent_folder(self) -> str:
        """`imap.folders.sent` if configured, else the folder marked \\Sent (RFC 6154).

        Without SPECIAL-USE, imapclient falls back to common names ("Sent", "Sent Items", ...).
        """
        if self._sent is None:
            found = self._run("find the Sent folder", lambda c: c.find_special_folder(SENT))
            if found is None:
                raise MailboxError(
                    f"no folder on {self._connection.where} is marked \\Sent (RFC 6154 "
                    "SPECIAL-USE): set imap.folders.sent"
                )
            self._sent = str(found)
        return self._sent

    def ensure_folder(self, name: str) -> str:
        """The folder `name` ("/" separates levels: "AR/Quarantine"), created if missing.

        Returns its server-side name, written with the server's hierarchy separator and inside
        its personal namespace (RFC 2342; e.g. "INBOX." on some servers). A new folder is
        subscribed so mail clients show it (RFC 3501 §6.3.6).
        """
        parts = [part for part in name.split("/") if part]
        if not parts:
            raise ValueError(f"not a folder name: {name!r}")
        return self._run(f"create folder {name!r}", partial(commands.ensure_folder, parts=parts))

    def append(
        self, folder: str, raw: bytes, flags: Iterable[str | bytes] = (), *, when: datetime
    ) -> int | None:
        """Store `raw` (CRLF line ends) in `folder`; its UID when the server has UIDPLUS.

        `when` (timezone-aware) becomes the INTERNALDATE (RFC 3501 §6.3.11). When the
        connection drops mid-APPEND, the message may have been stored anyway, so the second
        attempt first looks for its Message-ID and does not store it twice.
        """
        if when.tzinfo is None:
            raise ValueError("append() needs a timezone-aware `when`")
        put = partial(commands.append, folder=folder, raw=raw, flags=tuple(flags), when=when)
        return self._run(f"append to {folder!r}", put, retry=partial(put, look_first=True))

    def find_message_ids(self, folders: Iterable[str], message_ids: Iterable[str]) -> set[str]:
        """Those of `message_ids` ("<id@host>" or "id@host") present in any of `folders`.

        SEARCH HEADER is a substring match (RFC 3501 §6.4.4), so each hit's header is fetched
        and compared exactly; what is returned are the strings as given.
        """
        given = _by_bare_id(message_ids)
        pending, found = list(given), set[str]()
        for folder in folders:
            if not pending:
                break
            search = partial(commands.uids_by_id, folder=folder, bare_ids=pending)
            found |= self._run(f"search {folder!r}", search).keys()
            pending = [bare for bare in pending if bare not in found]
        return {text for bare in found for text in given[bare]}

    def move_message_ids(
        self,
        source: str,
        target: str,
        message_ids: Iterable[str],
        *,
        flags: Iterable[str | bytes] = (_SEEN,),
    ) -> set[str]:
        """Move the messages in `source` with one of `message_ids` to `target`, with `flags` set.

        Matches exactly, as `find_message_ids` does, and returns the ids moved, as given; one
        not in `source` is left out. Uses MOVE (RFC 6851) where the server has it, else COPY,
        \\Deleted and UID EXPUNGE (RFC 4315). A message whose Message-ID is in `target` already
        is not copied again, only removed from `source`; so when the connection drops mid-way,
        the second attempt finishes the job without a duplicate, and counts as moved what the
        first one moved.
        """
        if source == target:
            raise ValueError(f"cannot move from {source!r} to itself")
        given = _by_bare_id(message_ids)
        if not given:
            return set()
        move = partial(
            commands.move_by_id,
            source=source,
            target=target,
            bare_ids=list(given),
            flags=tuple(flags),
        )
        what = f"move from {source!r} to {target!r}"
        moved = self._run(what, move, retry=partial(move, retried=True))
        return {text for bare in moved for text in given[bare]}

    # -- connection management ---------------------------------------------------------------

    def _ensure_client(self) -> Any:
        if self._client is None:
            self._client = self._connection.open()
        return self._client

    def _run(
        self,
        what: str,
        operation: Callable[[Any], T],
        *,
        retry: Callable[[Any], T] | None = None,
    ) -> T:
        """`operation` on the connection; after a drop, once more (`retry`) on a fresh one."""
        try:
            return operation(self._ensure_client())
        except DROPPED:
            self._drop()  # dead, or a reply half read: neither can be resumed
        except IMAPClientError as error:  # a NO or BAD: the connection itself is fine
            raise self._connection.error(what, error) from error
        try:
            client = self._ensure_client()
        except MailboxError as error:
            lost = f"{what}: the connection was lost and reconnecting failed: {error}"
            raise MailboxError(lost) from error.__cause__
        try:
            return (retry or operation)(client)
        except DROPPED as error:
            self._drop()
            raise self._connection.error(what, error) from error
        except IMAPClientError as error:
            raise self._connection.error(what, error) from error

    def _drop(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            with contextlib.suppress(IMAPClientError, OSError):  # already gone
                client.shutdown()


class AsyncMailbox(OwnerThread[ImapMailbox]):
    """The event loop's face of an `ImapMailbox`: ``await box.call(ImapMailbox.sent_folder)``,
    every call on the mailbox's own thread (`daemon.shell.owner_thread`)."""

    def __init__(self, mailbox: ImapMailbox) -> None:
        super().__init__(mailbox, name="dunmail-imap")


def _by_bare_id(message_ids: Iterable[str]) -> dict[str, list[str]]:
    """The searchable ids, each with the ways it was given ("<id@host>", "id@host")."""
    given: dict[str, list[str]] = {}
    for text in message_ids:
        bare = commands.bare_id(text)
        # A msg-id is ASCII (RFC 5322 §3.6.4); anything else cannot be in a header SEARCH.
        if bare and bare.isascii():
            given.setdefault(bare, []).append(text)
    return given
