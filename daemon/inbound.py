"""The inbox loop: read every new message of the watched folders once, act on it, file it.

One job: per folder (the inbox, Sent, the collectors' command folders), fetch what is past the
cursor, let `daemon.inbound_handler` decide, then make it durable in this order:
1. the decisions and a log record per message, in ONE store commit;
2. the mailbox: keywords, \\Flagged, moves into the collectors' folders;
3. the cursor (RFC 3501 UIDVALIDITY + last UID).
A crash between 1 and 2 finds the message again and, its Message-ID logged, only files it; one
between 2 and 3 finds it carrying the processed keyword (or moved away) and skips it. After a
UIDVALIDITY change every message is looked at again and matched by Message-ID, so handled mail
is never handled twice. The mailbox (imapclient: blocking, not thread-safe) lives on one thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import threading
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TypeVar

from daemon.config.schema import Config
from daemon.core.calendar import BusinessCalendar
from daemon.core.records import EventKind, ImapCursor, OutboxItem
from daemon.errors import DunmailError
from daemon.inbound_apply import apply_outcomes, snapshot_of
from daemon.inbound_handler import ORDERS, Handler, Outcome, Role
from daemon.shell.clock import Clock
from daemon.shell.inbox import Backoff, Batch, Fetched, Filing, Inbox
from daemon.shell.owner_thread import OwnerThread
from daemon.shell.store import Store

__all__ = ["BATCH", "Inbound", "Watched", "apply_outcomes"]

log = logging.getLogger("dunmail.inbound")

T = TypeVar("T")

BATCH = 200  # messages per fetch and per store commit
FLAGGED = "\\Flagged"
SEEN_SLICE = 0.5  # how often a waiting worker looks at the stop flag


@dataclass(frozen=True, slots=True)
class Watched:
    role: Role
    folder: str  # "/"-separated, as configured


class Inbound:
    def __init__(
        self,
        config: Config,
        store: Store,
        clock: Clock,
        inbox: Inbox,
        *,
        sent_folder: Callable[[], Awaitable[str | None]] | None = None,
        file_late_copies: Callable[[list[str]], Awaitable[None]] | None = None,
        new_message_id: Callable[[], str],
        calendar: Callable[[datetime, datetime], BusinessCalendar],
        notify: Callable[[Sequence[Outcome], datetime], Awaitable[int]] | None = None,
        own_copies_to: str | None = None,
    ) -> None:
        self.config = config
        self.store = store
        self.clock = clock
        self.thread = OwnerThread(inbox, name="dunmail-inbox")
        self._sent_folder = sent_folder
        self._file_late_copies = file_late_copies
        self._new_message_id = new_message_id
        self._calendar = calendar  # the planner's, cached per span of years
        self._notify = notify  # urgent replies: the collectors are told at once
        # Where our own acceptance copies are moved out of the inbox (a Maildir's Sent folder).
        self._own_copies_to = own_copies_to
        self._sent_name: str | None = None
        # Read once: what is sent later is in the outbox, which every pass reads.
        self._sent_history = [e for e in store.history() if e.kind is EventKind.EMAIL_SENT]
        self.max_bytes = int(_max_mb(config) * 1024 * 1024)
        self.handled = 0  # messages handled since start (for the bench and the log)
        self.batch_size = BATCH
        self._folders_ready = False

    # -- the loop ------------------------------------------------------------------------------

    async def run(self, stop: asyncio.Event) -> None:
        """Read, act, wait for more (IDLE), until `stop`; a failure is logged and retried."""
        halt = threading.Event()
        relay = asyncio.ensure_future(_relay(stop, halt))
        backoff, failures = Backoff(), 0
        try:
            while not stop.is_set():
                try:
                    await self.poll()
                    failures = 0
                except DunmailError as exc:
                    failures += 1
                    delay = backoff.delay(failures, random.random())  # noqa: S311 - jitter
                    for line in exc.lines():
                        log.warning("inbox: %s; again in %.1f s", line, delay)
                    await _sleep(stop, delay)
                    continue
                except Exception:  # a bug must not end the inbox loop for good
                    failures += 1
                    delay = backoff.delay(failures, random.random())  # noqa: S311 - jitter
                    log.exception("inbox pass failed; again in %.1f s", delay)
                    await _sleep(stop, delay)
                    continue
                await self.wait(halt)
        finally:
            relay.cancel()

    async def wait(self, halt: threading.Event) -> None:
        folder = self.config.imap.folders.inbox if self.config.imap else "INBOX"
        timeout = self.config.collectors.command_poll_seconds
        await self.thread.call(lambda inbox: inbox.wait(folder, timeout=timeout, stop=halt))

    async def poll(self) -> int:
        """One pass over every watched folder; the number of messages handled."""
        if not self._folders_ready:
            collectors = self.config.collectors
            folders = [*collectors.folders.model_dump().values()]
            folders += [*collectors.commands.model_dump().values()]
            if self._own_copies_to:
                folders.append(self._own_copies_to)
            await self.thread.call(lambda inbox: inbox.ensure_folders(folders))
            self._folders_ready = True
        now = self.clock.now()
        snapshot = snapshot_of(self.store, self.config, self._sent_history)
        calendar = self._calendar(now, now)
        handler = Handler(self.config, calendar, snapshot)
        count = 0
        for watched in await self._watched():
            count += await self._drain(watched, handler)
        self.handled += count
        return count

    async def close(self) -> None:
        await self.thread.close()

    # -- one folder ----------------------------------------------------------------------------

    async def _watched(self) -> list[Watched]:
        config = self.config
        inbox = config.imap.folders.inbox if config.imap else "INBOX"
        commands = config.collectors.commands
        watched = [
            Watched(Role.INBOX, inbox),
            Watched(Role.RESUME, commands.resume),
            Watched(Role.PAID, commands.paid),
            Watched(Role.STOP, commands.stop),
        ]
        if self._sent_name is None and self._sent_folder is not None:
            try:
                self._sent_name = await self._sent_folder()
            except DunmailError as exc:
                log.warning("Sent folder not known yet: %s", " ".join(exc.lines()))
        if self._sent_name:
            watched.insert(1, Watched(Role.SENT, self._sent_name))
        return watched

    async def _drain(self, watched: Watched, handler: Handler) -> int:
        count = 0
        skip = self.config.collectors.keywords.processed if watched.role is Role.INBOX else None
        while True:
            cursor = self.store.cursor(watched.folder)
            after, validity = (cursor.last_uid, cursor.uidvalidity) if cursor else (0, None)

            def fetch(inbox: Inbox, after: int = after, validity: int | None = validity) -> Batch:
                return inbox.fetch_new(
                    watched.folder,
                    after_uid=after,
                    uidvalidity=validity,
                    limit=self.batch_size,
                    skip_keyword=skip,
                    max_bytes=self.max_bytes,
                )

            batch = await self.thread.call(fetch)
            if batch.uidvalidity == 0 and watched.role in ORDERS and self._folders_ready:
                # A collectors' folder deleted on the server: they drag messages into it, so it
                # is created again on the next pass.
                log.warning("%s does not exist: creating it again", watched.folder)
                self._folders_ready = False
            if cursor is not None and batch.uidvalidity not in (0, cursor.uidvalidity):
                log.warning(
                    "%s: UIDVALIDITY changed (%s -> %s): reading it again, matching by Message-ID",
                    watched.folder,
                    cursor.uidvalidity,
                    batch.uidvalidity,
                )
            if not batch.messages:
                return count
            now = self.clock.now()
            outcomes = [handler.handle(m, watched.role, now) for m in batch.messages]
            apply_outcomes(self.store, outcomes, now, new_message_id=self._new_message_id)
            to_sent = self._own_copies_to if watched.role is Role.INBOX else None
            filings = _filings(batch.messages, outcomes, to_sent)
            if filings:
                await self._file(watched.folder, batch.uidvalidity, filings)
            await self._late_copies(outcomes)
            if self._notify is not None:
                await self._notify(outcomes, now)
            last = max(m.uid for m in batch.messages)
            self.store.set_cursor(ImapCursor(watched.folder, batch.uidvalidity, last))
            count += sum(1 for o in outcomes if not o.own_copy)
            if not batch.more:
                return count

    async def _file(self, folder: str, uidvalidity: int, filings: list[Filing]) -> None:
        await self.thread.call(lambda inbox: inbox.file(folder, uidvalidity, filings))

    async def _late_copies(self, outcomes: Sequence[Outcome]) -> None:
        """Acceptance copies that came after their reminder was filed in Sent: move them too
        (the move notices the copy already there and only takes it out of the inbox)."""
        if self._file_late_copies is None:
            return
        late = [
            o.record.message_id
            for o in outcomes
            if o.own_copy and o.record.folder != self._sent_name and _filed(self.store, o)
        ]
        if late:
            await self._file_late_copies(late)


def _filed(store: Store, outcome: Outcome) -> bool:
    item: OutboxItem | None = store.outbox_item(outcome.record.message_id)
    return item is None or item.filed


def _filings(
    messages: Sequence[Fetched], outcomes: Sequence[Outcome], own_copies_to: str | None = None
) -> list[Filing]:
    filings = []
    for message, outcome in zip(messages, outcomes, strict=True):
        wanted = outcome.filing
        if outcome.own_copy and own_copies_to:
            wanted = replace(wanted, folder=own_copies_to)
        flags = (*wanted.keywords, *((FLAGGED,) if wanted.flagged else ()))
        if flags or wanted.folder:
            filings.append(Filing(message.uid, add_flags=flags, move_to=wanted.folder))
    return filings


def _max_mb(config: Config) -> float:
    if config.imap is not None:
        return config.imap.max_message_mb
    return config.maildir.max_message_mb if config.maildir is not None else 10.0


async def _relay(stop: asyncio.Event, halt: threading.Event) -> None:
    """Tell the mailbox thread (waiting in IDLE) that the service is stopping."""
    await stop.wait()
    halt.set()


async def _sleep(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=seconds)
