"""After the send: settle reminders a crash left SENDING, file Sent copies, prune the outbox.

Why the acceptance copy: a crash can fall between the SMTP server's "250 OK" and our SENT
record. Nothing in our own store can tell that apart from a crash before the transaction. So
each reminder also goes, envelope only, to the AR mailbox; the server delivers that copy only if
it accepted the message. Recovery looks for it (and for a filed Sent copy) by Message-ID: found
means sent; still missing after `acceptance_wait_seconds` means never accepted, and the same
message (same Message-ID) is sent again, in the customer's next send window. Without a mailbox
to look in (or without acceptance copies), a reminder whose outcome is unknown is counted as
sent, unconfirmed, and a person is told: the sequence moves on as if it went out, so neither a
resend nor a new plan for the same step can reach the customer twice (one may be missed, none is
doubled).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from daemon.core import outbox
from daemon.core.records import OutboxItem, OutboxStatus
from daemon.errors import DunmailError
from daemon.outbound import CycleReport, Outbound
from daemon.shell.imap import AsyncMailbox, ImapMailbox

log = logging.getLogger("dunmail.recovery")

# Finished outbox records are kept this long (the planner's one-per-day and minimum-gap
# evidence, and the Sent filing), then dropped: the history keeps every reminder for good.
KEEP_FINISHED = timedelta(days=45)
SEEN = "\\Seen"


class Recovery:
    def __init__(self, outbound: Outbound, mailbox: AsyncMailbox | None) -> None:
        self.outbound = outbound
        self.mailbox = mailbox
        config = outbound.config
        self.inbox = config.imap.folders.inbox if config.imap is not None else "INBOX"
        self.wait = timedelta(seconds=config.outbound.acceptance_wait_seconds)
        self.witness = config.outbound.acceptance_copy

    async def settle(self, now: datetime, report: CycleReport) -> None:
        """Decide every SENDING item: sent (proof found), send again, or set aside."""
        store = self.outbound.store
        stuck = list(store.outbox(OutboxStatus.SENDING).values())
        if not stuck:
            return
        try:
            found = await self._present([item.message_id for item in stuck])
        except DunmailError as exc:
            log.error("cannot look for sent copies, deciding next cycle: %s", exc)
            return
        for item in stuck:
            since = item.sending_since or item.planned_at
            if item.message_id in found:
                self.outbound.mark_sent(item, since)
                report.recovered += 1
                log.info("%s: accepted before the interruption; recorded as sent", item.message_id)
            elif now - since < self.wait:
                continue  # the copy may still be on its way
            elif self.mailbox is not None and self.witness:
                why = "no copy arrived, so the server never accepted it: sending it again"
                store.put_outbox([outbox.retry_later(item, self._resend_at(item, now), why)])
                log.warning("%s: %s", item.message_id, why)
            else:
                why = (
                    "interrupted while sending and there is no mailbox copy to tell whether it "
                    "went out: counted as sent so that it is never sent twice; check with the "
                    "customer"
                )
                self.outbound.mark_sent(item, since, unconfirmed=why)
                report.unconfirmed += 1
                log.error("%s %s: %s", item.customer_id, item.message_id, why)

    def _resend_at(self, item: OutboxItem, now: datetime) -> datetime:
        """Now if the customer's send window is open, else when it next opens.

        A restart on a Saturday or at night must not send what a crash interrupted at once: a
        reminder reaches a customer on a business day, inside the window, whatever happened.
        """
        outbound = self.outbound
        customer = outbound.store.customer(item.customer_id)
        name = (customer.timezone if customer else "") or outbound.config.schedule.timezone
        try:
            zone = ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            zone = ZoneInfo(outbound.config.schedule.timezone)
        return outbound.planner.calendar(now, now).next_send_time(now, zone)

    async def _present(self, message_ids: list[str]) -> set[str]:
        if self.mailbox is None:
            return set()
        inbox = self.inbox

        def look(box: ImapMailbox) -> set[str]:
            return box.find_message_ids([inbox, box.sent_folder()], message_ids)

        return await self.mailbox.call(look)

    async def file_sent(self, now: datetime) -> None:
        """Put a copy of every sent reminder in the Sent folder, where collectors look."""
        store, config = self.outbound.store, self.outbound.config
        if self.mailbox is None or not config.saves_to_sent:
            self.outbound.rendered.clear()  # nothing is filed: keep no copies, or they pile up
            return
        unfiled = [i for i in store.outbox(OutboxStatus.SENT).values() if not i.filed]
        if not unfiled:
            return
        try:
            filed = await self.mailbox.call(lambda box: self._file(box, unfiled, now))
        except DunmailError as exc:
            log.error("Sent copies not filed yet: %s", exc)
            return
        store.put_outbox(
            [replace(item, filed=True) for item in unfiled if item.message_id in filed]
        )
        for message_id in filed:
            self.outbound.rendered.pop(message_id, None)

    def _file(self, box: ImapMailbox, unfiled: list[OutboxItem], now: datetime) -> set[str]:
        """Runs on the mailbox thread: move acceptance copies, else append what we sent."""
        sent_folder = box.sent_folder()
        ids = [item.message_id for item in unfiled]
        filed = box.move_message_ids(self.inbox, sent_folder, ids) if self.witness else set()
        filed |= box.find_message_ids([sent_folder], [i for i in ids if i not in filed])
        for item in unfiled:
            if item.message_id in filed:
                continue
            sent_at = item.sent_at or now
            if self.witness and now - sent_at < self.wait:
                continue  # the server's copy may still arrive: move it then
            raw = self.outbound.rendered.get(item.message_id)
            if raw is None:  # sent before a restart: the exact bytes are gone
                log.warning("%s: no copy left to file in Sent", item.message_id)
            else:
                box.append(sent_folder, raw, (SEEN,), when=sent_at)
            filed.add(item.message_id)
        return filed

    def prune(self, now: datetime) -> None:
        """Drop finished outbox records older than KEEP_FINISHED (the history keeps them)."""
        store = self.outbound.store
        finished = {OutboxStatus.SENT, OutboxStatus.FAILED, OutboxStatus.CANCELLED}
        # A SENT item waits for its Sent copy, unless no copy is ever filed (no IMAP mailbox, or
        # smtp.save_to_sent off): then `filed` stays false for good and must not keep it forever.
        files = self.mailbox is not None and self.outbound.config.saves_to_sent
        old = [
            item.message_id
            for item in store.outbox().values()
            if item.status in finished
            and (item.filed or not files or item.status is not OutboxStatus.SENT)
            and now - (item.sent_at or item.planned_at) > KEEP_FINISHED
        ]
        if old:
            store.remove_outbox(old)
