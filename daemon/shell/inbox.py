"""What the inbound loop reads mail through: the records an inbox returns and the `Inbox` protocol.

One job: name the contract shared by the IMAP adapter (`daemon.shell.imap_inbox`) and the local
Maildir adapter (`daemon.shell.maildir_inbox`), plus the reconnect backoff both callers may use.
It must not talk to a server, touch files or import imapclient: the adapters do.

Threads: an inbox is used by ONE thread, which calls it synchronously (imapclient is blocking and
not thread-safe). Only `stop`, the `threading.Event` given to `wait`, may be set from elsewhere.

Folder names are the caller's: "INBOX", "AR/Needs action" ("/" separates levels). Each adapter
translates them into the store's own (IMAP hierarchy separator and namespace, Maildir++ dirs).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

__all__ = ["Backoff", "Batch", "Fetched", "Filing", "Inbox", "pause"]

# How often a waiting inbox looks at `stop`: shutdown stays quick (the brief: within 0.5 s).
PAUSE_SLICE = 0.25

# RFC 3501 §2.3.2 system flags, as the records spell them.
SEEN = "\\Seen"
FLAGGED = "\\Flagged"
ANSWERED = "\\Answered"
DELETED = "\\Deleted"
DRAFT = "\\Draft"


@dataclass(frozen=True, slots=True)
class Fetched:
    """One message as fetched, without changing its flags (never sets \\Seen)."""

    folder: str  # the folder name as the caller gave it
    uidvalidity: int
    uid: int
    raw: bytes  # the whole message, or only its head when larger than the cap
    flags: frozenset[str]  # system flags ("\\Seen") and keywords ("$AR-Processed"); no \\Recent
    size: int  # RFC822.SIZE
    truncated: bool  # raw is the header + the first part of the body (message above the cap)
    internal_date: datetime | None  # timezone-aware


@dataclass(frozen=True, slots=True)
class Batch:
    folder: str
    uidvalidity: int  # 0: the folder does not exist (yet)
    messages: tuple[Fetched, ...]  # ascending uid
    more: bool  # more messages after these remain to be fetched


@dataclass(frozen=True, slots=True)
class Filing:
    """What to do with one message: add flags, then move it (both optional)."""

    uid: int
    add_flags: tuple[str, ...] = ()  # keywords and/or "\\Flagged"
    move_to: str | None = None  # "/"-separated folder name; created (and subscribed) if missing


class Inbox(Protocol):
    """A mailbox the inbound loop reads; every failure is a `MailboxError` (one line)."""

    def connect(self) -> None:
        """Open now (start-up check) instead of on first use."""
        ...

    def close(self) -> None:
        """Let go of the connection or files; safe to call twice."""
        ...

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
        """Up to `limit` messages with UID > `after_uid`, ascending, without those carrying
        `skip_keyword`. All messages (from UID 1) when `uidvalidity` is given and is not the
        folder's current one. A missing folder gives an empty batch with uidvalidity 0.
        """
        ...

    def ensure_folders(self, folders: Sequence[str]) -> None:
        """Create (and subscribe) each "/"-separated folder that does not exist yet, so
        collectors see every folder in their mail client before dunmail files anything."""
        ...

    def file(self, folder: str, uidvalidity: int, filings: Sequence[Filing]) -> None:
        """Add flags, then move, in batches. Idempotent; nothing at all when `uidvalidity` is
        not the folder's current one (the caller re-finds its messages)."""
        ...

    def wait(self, folder: str, *, timeout: float, stop: threading.Event) -> None:
        """Return when new mail may have arrived in `folder`, `timeout` seconds passed or `stop`
        was set (seen within half a second). Never raises for a lost connection: it returns,
        and the next `fetch_new` reconnects."""
        ...


@dataclass(frozen=True, slots=True)
class Backoff:
    """Capped exponential backoff with full jitter between reconnect attempts.

    The ceiling doubles from `first` with each failed attempt up to `cap`; the delay is a
    uniform draw below it ("full jitter"), so many daemons cut off together by one server
    restart do not all come back at the same instant.
    """

    first: float = 0.5
    cap: float = 60.0

    def ceiling(self, attempt: int) -> float:
        """The largest delay after `attempt` failed attempts (1 after the first failure)."""
        if attempt < 1:
            return 0.0
        return min(self.cap, self.first * 2.0 ** min(attempt - 1, 60))

    def delay(self, attempt: int, sample: float) -> float:
        """`sample` in [0, 1) (e.g. ``random.random()``) scaled into [0, ceiling(attempt))."""
        return self.ceiling(attempt) * min(max(sample, 0.0), 1.0)


def pause(seconds: float, stop: threading.Event, sleep: Callable[[float], None]) -> None:
    """Sleep `seconds` in short slices, returning early once `stop` is set.

    The slices are counted, not timed, so a test may pass a `sleep` that only records.
    """
    left = seconds
    while left > 0 and not stop.is_set():
        step = min(PAUSE_SLICE, left)
        sleep(step)
        left -= step
