"""The inbound mailbox over IMAP (imapclient): new messages, filing, waiting with IDLE.

One job: implement `daemon.shell.inbox.Inbox` on one imapclient connection, owned by the one
thread that calls it, and report every failure as `MailboxError` (one line, no password). It must
not decide anything about the mail (the core does), and no imapclient, imaplib, ssl or socket
exception may leave it. The commands themselves are in `daemon.shell.imap_inbox_commands`.

Reconnecting, and who waits:
- `fetch_new` and `file` open the connection when there is none and, when it drops under them,
  reconnect once at once and repeat the (idempotent) operation; otherwise they raise
  `MailboxError`. Each failed connection attempt is logged once at WARNING on "dunmail.imap".
- `wait` never raises. When the connection dies under it, it returns promptly; the caller's
  next `fetch_new` reconnects. After a failed `fetch_new`/`file`, `wait` IS the backoff: it
  sleeps `reconnect_delay(consecutive failures)` (capped exponential, full jitter), bounded by
  its timeout and `stop`. So the caller's loop needs no sleep of its own:
  ``try: fetch_new(...); file(...) except MailboxError: log; finally: wait(...)``.

State the caller should know: the folder last used stays SELECTed (read-write, so \\Recent is
cleared for it; \\Seen is never set), and IDLE runs on it; a folder that is not selected is
checked with STATUS first, so polling a quiet second folder costs one round trip.
"""

from __future__ import annotations

import contextlib
import logging
import random as _random
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

from imapclient.exceptions import IMAPClientAbortError, IMAPClientError

from daemon.shell import imap_commands
from daemon.shell import imap_inbox_commands as commands
from daemon.shell.imap_connection import DROPPED, ImapConnection, MailboxError, logout
from daemon.shell.inbox import Backoff, Batch, Filing, pause

__all__ = ["ImapInbox"]

T = TypeVar("T")
log = logging.getLogger("dunmail.imap")


@dataclass(frozen=True, slots=True)
class _Horizon:
    """What the last `fetch_new` of a folder handed out; `wait` looks past it before IDLE."""

    uidvalidity: int
    uid: int
    skip_keyword: str | None


class ImapInbox:
    """`Inbox` over one IMAP connection, opened on first use. Not thread-safe: one owner."""

    def __init__(
        self,
        connection: ImapConnection,
        *,
        idle_seconds: float,
        poll_seconds: float,
        reconnect: Backoff | None = None,
        sleep: Callable[[float], None] = time.sleep,
        random: Callable[[], float] = _random.random,
    ) -> None:
        self._connection = connection
        self._idle_seconds = idle_seconds  # RFC 2177: re-issue well within 29 minutes
        self._poll_seconds = poll_seconds
        self._backoff = reconnect or Backoff()
        self._sleep = sleep
        self._random = random
        self._client: Any = None
        self._failures = 0  # consecutive fetch_new/file calls that raised
        self._attempts = 0  # consecutive failed connection attempts, for the log line
        self._hierarchy: tuple[str, str] | None = None
        self._selected: tuple[str, int] | None = None  # (server name, UIDVALIDITY)
        self._ensured: set[str] = set()  # move targets known to exist on this connection
        self._horizons: dict[str, _Horizon] = {}

    # -- the Inbox protocol --------------------------------------------------------------------

    def connect(self) -> None:
        """Open the connection now (start-up check); MailboxError when that fails."""
        self._ensure_client("connect")

    def close(self) -> None:
        """LOGOUT (RFC 3501 §6.1.3); a connection already broken is just dropped."""
        client, self._client = self._client, None
        logout(client)

    @property
    def failures(self) -> int:
        """How many `fetch_new`/`file` calls in a row raised (0 after a success)."""
        return self._failures

    def reconnect_delay(self, attempt: int) -> float:
        """Seconds to wait after `attempt` failures in a row: full jitter below a ceiling that
        doubles from `reconnect.first` up to `reconnect.cap` (0 for attempt 0)."""
        return self._backoff.delay(attempt, self._random())

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
        """See `Inbox.fetch_new`: STATUS or UID SEARCH first, then batched FETCHes (PEEK)."""
        if limit < 1 or max_bytes < 1:
            raise ValueError("limit and max_bytes must be positive")
        fetch = partial(
            self._fetch_new,
            folder=folder,
            after_uid=after_uid,
            uidvalidity=uidvalidity,
            limit=limit,
            skip_keyword=skip_keyword,
            max_bytes=max_bytes,
        )
        return self._run(f"fetch new mail from {folder!r}", fetch)

    def ensure_folders(self, folders: Sequence[str]) -> None:
        """See `Inbox.ensure_folders` (RFC 3501 §6.3.3 CREATE, §6.3.6 SUBSCRIBE)."""

        def ensure(client: Any) -> None:
            for folder in folders:
                self._ensure_target(client, folder)

        self._run("create the collectors' folders", ensure)

    def file(self, folder: str, uidvalidity: int, filings: Sequence[Filing]) -> None:
        """See `Inbox.file`: one UID STORE per flag set, one MOVE per target (RFC 6851)."""
        if filings:
            put = partial(self._file, folder=folder, uidvalidity=uidvalidity, filings=filings)
            self._run(f"file messages in {folder!r}", put)

    def wait(self, folder: str, *, timeout: float, stop: threading.Event) -> None:
        """See `Inbox.wait`: IDLE in slices of `idle_seconds`, polling without IDLE."""
        if self._failures:
            pause(min(timeout, self.reconnect_delay(self._failures)), stop, self._sleep)
            return
        client = self._client
        if client is None:
            return  # dropped under an earlier wait: the next fetch_new reconnects
        try:
            self._wait_on(client, folder, time.monotonic() + timeout, stop)
        except DROPPED as error:
            self._lost(f"wait for mail in {folder!r}", error)
        except (IMAPClientError, MailboxError) as error:
            # An IDLE in an unknown state cannot be resumed; start afresh on the next fetch.
            if isinstance(error, IMAPClientError):
                error = self._connection.error(f"wait for mail in {folder!r}", error)
            log.warning("%s", error)
            self._drop()
            pause(min(timeout, self._poll_seconds), stop, self._sleep)

    # -- operations ----------------------------------------------------------------------------

    def _fetch_new(
        self,
        client: Any,
        *,
        folder: str,
        after_uid: int,
        uidvalidity: int | None,
        limit: int,
        skip_keyword: str | None,
        max_bytes: int,
    ) -> Batch:
        current = self._open_folder(client, folder, after_uid=after_uid, uidvalidity=uidvalidity)
        if current is None:
            # Perhaps one of ours, deleted since: no longer known to exist, so it is created
            # again the next time it is ensured.
            self._ensured.discard(self._name(client, folder))
            return Batch(folder, 0, (), more=False)
        validity, nothing_new = current
        start = after_uid + 1 if uidvalidity in (None, validity) else 1
        uids = [] if nothing_new else commands.uids_from(client, start, skip_keyword)
        chosen = uids[:limit]
        found = commands.fetch_messages(
            client, chosen, folder=folder, uidvalidity=validity, max_bytes=max_bytes
        )
        last = chosen[-1] if chosen else start - 1
        self._horizons[folder] = _Horizon(validity, last, skip_keyword)
        return Batch(folder, validity, tuple(found), more=len(uids) > limit)

    def _open_folder(
        self, client: Any, folder: str, *, after_uid: int, uidvalidity: int | None
    ) -> tuple[int, bool] | None:
        """(UIDVALIDITY, nothing new) of `folder`; None when it does not exist.

        A folder not selected is asked with STATUS and selected only when it has news; the
        selected one is selected again (never STATUS it, RFC 3501 §6.3.10), since another
        session may have deleted and re-created it: the old view keeps a stale UIDVALIDITY.
        """
        name = self._name(client, folder)
        if self._selected is None or self._selected[0] != name:
            found = commands.status(client, name)
            if found is None:
                return None
            if _nothing_new(found, after_uid, uidvalidity):
                return found[0], True
        found = self._select(client, name)
        if found is None:
            return None
        return found[0], _nothing_new(found, after_uid, uidvalidity)

    def _file(
        self, client: Any, *, folder: str, uidvalidity: int, filings: Sequence[Filing]
    ) -> None:
        name = self._name(client, folder)
        current = self._select(client, name)  # fresh: the UIDVALIDITY check must be current
        if current is None or current[0] != uidvalidity:
            return  # another folder by the same name now, or none: the caller re-finds
        for flags, uids in commands.flag_groups(filings).items():
            commands.add_flags(client, uids, flags)
        for target, uids in commands.move_groups(filings).items():
            target_name = self._ensure_target(client, target)
            if target_name == name:
                continue
            try:
                commands.move(client, uids, source=name, target=target_name)
            except IMAPClientAbortError:
                raise  # the connection is gone: `_attempt` reconnects and files again
            except IMAPClientError:
                # The server's words differ (TRYCREATE, RFC 3501 §6.4.7; NONEXISTENT, RFC 5530
                # §3; none at all on a failed SELECT), so ask whether the target still exists.
                if client.folder_exists(target_name):
                    raise
                # Created by us once, deleted since (a collector tidying up): create it again,
                # then move. A failed look into it deselected the source (RFC 3501 §6.3.1).
                log.warning("%s was deleted on the server: creating it again", target)
                self._ensured.discard(target_name)
                target_name = self._ensure_target(client, target)
                again = self._select(client, name)
                if again is None or again[0] != uidvalidity:
                    return  # the source changed meanwhile: the caller re-finds its messages
                commands.move(client, uids, source=name, target=target_name)

    def _wait_on(self, client: Any, folder: str, end: float, stop: threading.Event) -> None:
        if not client.has_capability("IDLE"):
            pause(min(end - time.monotonic(), self._poll_seconds), stop, self._sleep)
            return
        name = self._name(client, folder)
        selected = self._selected
        if (selected is None or selected[0] != name) and self._select(client, name) is None:
            pause(min(end - time.monotonic(), self._poll_seconds), stop, self._sleep)
            return  # the folder does not exist yet: look again later
        while not stop.is_set() and time.monotonic() < end:
            # Pitfall: what came while not idling stays in imaplib's buffer, unreported by the
            # next IDLE, so look past the last fetch before every IDLE (RFC 2177 slice).
            if self._arrived(client, folder):
                return
            seconds = min(end - time.monotonic(), self._idle_seconds)
            if seconds > 0 and commands.idle(client, seconds, stop):
                return

    def _arrived(self, client: Any, folder: str) -> bool:
        horizon = self._horizons.get(folder)
        if horizon is None or self._selected is None:
            return False
        if horizon.uidvalidity != self._selected[1]:
            return True
        return bool(commands.uids_from(client, horizon.uid + 1, horizon.skip_keyword))

    # -- folders -------------------------------------------------------------------------------

    def _name(self, client: Any, folder: str) -> str:
        parts = [part for part in folder.split("/") if part]
        if not parts:
            raise MailboxError(f"not a folder name: {folder!r}")
        if self._hierarchy is None:
            self._hierarchy = imap_commands.hierarchy(client)
        prefix, separator = self._hierarchy
        return imap_commands.folder_name(parts, prefix=prefix, separator=separator)

    def _select(self, client: Any, name: str) -> tuple[int, int] | None:
        """(UIDVALIDITY, UIDNEXT) of `name`, now selected; None when it does not exist."""
        self._selected = None
        found = commands.select_folder(client, name)
        if found is not None:
            self._selected = (name, found[0])
        return found

    def _ensure_target(self, client: Any, folder: str) -> str:
        name = self._name(client, folder)
        if name not in self._ensured:
            parts = [part for part in folder.split("/") if part]
            name = imap_commands.ensure_folder(client, parts=parts)
            self._ensured.add(name)
        return name

    # -- connection management -----------------------------------------------------------------

    def _run(self, what: str, operation: Callable[[Any], T]) -> T:
        try:
            result = self._attempt(what, operation)
        except MailboxError:
            self._failures += 1
            raise
        self._failures = 0
        return result

    def _attempt(self, what: str, operation: Callable[[Any], T]) -> T:
        """`operation` on the connection; after a drop, once more on a fresh one."""
        try:
            return operation(self._ensure_client(what))
        except DROPPED as error:
            self._lost(what, error)
        except IMAPClientError as error:  # a NO or BAD: the connection itself is fine
            raise self._connection.error(what, error) from error
        try:
            return operation(self._ensure_client(what))
        except DROPPED as error:
            self._drop()
            raise self._connection.error(what, error) from error
        except IMAPClientError as error:
            raise self._connection.error(what, error) from error

    def _ensure_client(self, what: str) -> Any:
        if self._client is not None:
            return self._client
        try:
            client = self._connection.open()
        except MailboxError as error:
            self._attempts += 1
            log.warning("IMAP connection attempt %d failed: %s", self._attempts, error)
            raise MailboxError(f"{what}: {error}") from error.__cause__
        if self._attempts:
            log.info("IMAP connection to %s restored", self._connection.where)
        self._attempts = 0
        client.normalise_times = False  # INTERNALDATE keeps its zone: timezone-aware
        self._client = client
        return client

    def _lost(self, what: str, error: BaseException) -> None:
        log.warning("%s; reconnecting", self._connection.error(what, error))
        self._drop()

    def _drop(self) -> None:
        client, self._client = self._client, None
        self._hierarchy, self._selected = None, None
        self._ensured.clear()
        if client is not None:
            with contextlib.suppress(IMAPClientError, OSError):  # already gone
                client.shutdown()


def _nothing_new(found: tuple[int, int], after_uid: int, uidvalidity: int | None) -> bool:
    current, uidnext = found
    return uidvalidity in (None, current) and 0 < uidnext <= after_uid + 1
