"""Runs one cycle's ready reminders through the SMTP connections: compose ahead, send, record.

One job: the order of work within `Outbound.send_ready`. A composer task composes the items in
order into a queue holding at most `lanes` of them, so that composing overlaps the network waits
of the transactions under way instead of adding to them. Each of `lanes` lanes (one per SMTP
connection) takes the next composed item and sends it, one transaction at a time.

Durable records, in one journal write for many messages: a lane that takes an item not yet
recorded SENDING commits, at once, SENDING for every item then waiting in the queue and SENT
for every item the server accepted since the last commit (`Outbound.begin`). So each reminder is
recorded SENDING before its transaction starts and SENT after the server accepted it, and a
crash leaves at most twice `lanes` reminders SENDING (one connection: just the one in flight);
recovery settles those by their acceptance copies.

It decides nothing about an item (`Outbound` and the core do) and writes only through
`Outbound`. Once `Outbound.halted` is set (a setup error every message would meet), no further
item starts, and items recorded SENDING but never started are put back as they were.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from daemon.core.records import OutboxItem
from daemon.errors import DunmailError

if TYPE_CHECKING:
    from daemon.composer import Rendered
    from daemon.outbound import CycleReport, Outbound

log = logging.getLogger("dunmail.outbound")


@dataclass(slots=True)
class Slot:
    """A composed item on its way through the queue."""

    item: OutboxItem  # as read from the outbox: PENDING
    rendered: Rendered
    sending: OutboxItem | None = None  # once recorded SENDING
    started: bool = False  # handed to the SMTP sender


class Dispatch:
    def __init__(self, outbound: Outbound, now: datetime, report: CycleReport) -> None:
        self.outbound = outbound
        self.now = now
        self.report = report
        self._unmarked: list[Slot] = []  # in the queue, not yet recorded SENDING
        self._marked: list[Slot] = []  # recorded SENDING, not yet started
        self._stopping = False  # a task failed: start nothing more

    async def run(self, items: Sequence[OutboxItem], *, lanes: int) -> None:
        """Send `items` in order over `lanes` lanes; every accepted one is recorded SENT.

        A failure stops the cycle without cutting the other transactions short: the tasks
        start nothing more, the lanes drain the queue to their end marks, and the first failure
        is raised once what was accepted is recorded and what never started is put back. A
        cancellation from outside ends the transactions under way as a crash would.
        """
        if not items:
            return
        lanes = max(1, min(lanes, len(items)))
        queue: asyncio.Queue[Slot | None] = asyncio.Queue(maxsize=lanes)
        tasks = [asyncio.ensure_future(self._compose(items, queue, lanes))]
        tasks += [asyncio.ensure_future(self._lane(queue)) for _ in range(lanes)]
        try:
            results = await asyncio.gather(*tasks, return_exceptions=True)
        except BaseException:  # cancelled from outside: the tasks were cancelled with us
            self._wind_up()
            raise
        failure = next((r for r in results if isinstance(r, BaseException)), None)
        if failure is not None:
            self._wind_up()
            raise failure
        self.outbound.flush_sent()
        self._put_back()

    async def _compose(
        self, items: Sequence[OutboxItem], queue: asyncio.Queue[Slot | None], lanes: int
    ) -> None:
        outbound = self.outbound
        try:
            for item in items:
                if outbound.halted or self._stopping:
                    break
                rendered = outbound.prepare(item, self.now, self.report)
                if rendered is not None:
                    slot = Slot(item, rendered)
                    await queue.put(slot)
                    # Only once queued: a commit never records SENDING more than the queue holds.
                    self._unmarked.append(slot)
                await asyncio.sleep(0)  # the lanes read their replies between two compositions
        except BaseException:
            self._stopping = True
            raise
        finally:
            for _ in range(lanes):
                await queue.put(None)  # one end mark per lane; the lanes always drain the queue

    async def _lane(self, queue: asyncio.Queue[Slot | None]) -> None:
        outbound = self.outbound
        try:
            while (slot := await queue.get()) is not None:
                if outbound.halted or self._stopping:
                    continue  # not started: `_put_back` restores it if it was recorded SENDING
                sending = slot.sending or self._mark(slot)
                slot.started = True
                result = await outbound.sender.send(
                    slot.rendered.data,
                    sender=outbound.envelope_from,
                    recipients=outbound.recipients(sending),
                )
                outbound.settle(sending, result, slot.rendered, self.now, self.report)
        except BaseException:
            self._stopping = True
            while await queue.get() is not None:  # drain, so the composer never blocks
                pass
            raise

    def _mark(self, taken: Slot) -> OutboxItem:
        """One commit: SENDING for every queued item (`taken` among them), SENT for every
        accepted one; returns `taken` as recorded."""
        slots, self._unmarked = self._unmarked, []
        recorded = self.outbound.begin([slot.item for slot in slots], self.now)
        for slot, sending in zip(slots, recorded, strict=True):
            slot.sending = sending
        self._marked = [slot for slot in self._marked if not slot.started] + slots
        if taken.sending is None:
            raise RuntimeError(f"{taken.item.message_id} was taken before it was queued")
        return taken.sending

    def _put_back(self) -> None:
        """Items recorded SENDING but never handed to the server go back as they were."""
        unstarted = [slot.item for slot in self._marked if not slot.started]
        self._marked = []
        if unstarted:
            self.outbound.store.put_outbox(unstarted)

    def _wind_up(self) -> None:
        """After a failure: record what the server accepted, put back what never started."""
        try:
            self.outbound.flush_sent()
            self._put_back()
        except DunmailError as exc:  # the original failure is the one raised
            log.error("reminders left SENDING; recovery will settle them: %s", exc)
        except Exception:
            log.exception("reminders left SENDING; recovery will settle them")
