"""Sends what the planner says is due, exactly once: plan, record, recheck, compose, send, record.

The order of durable records is the guarantee. A reminder is written to the outbox (PENDING)
before anything else happens; it is marked SENDING, durably, before the SMTP transaction starts;
and SENT after the server accepted it. A crash can therefore only leave an item SENDING, and
`daemon.recovery` settles those by looking for the server-accepted copy in the AR mailbox before
anything is sent again. Policy lives in the core (`plan`, `outbox`, `retry`); this module wires.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import parseaddr
from typing import Protocol

from daemon.composer import CompiledTemplates, compose, message_id_domain
from daemon.config.schema import Config
from daemon.core import outbox
from daemon.core.context import ReminderRequest, local_today
from daemon.core.message import new_message_id, thread_references
from daemon.core.plan_records import due, outbox_item
from daemon.core.plan_sequence import advance_item, reset
from daemon.core.records import (
    EventKind,
    HistoryEvent,
    OutboxItem,
    OutboxStatus,
    SequenceState,
)
from daemon.core.retry import Outcome, give_up, next_attempt
from daemon.planning import StorePlanner
from daemon.shell.pdf_files import PdfFiles
from daemon.shell.smtp import SendResult
from daemon.shell.store import Store

log = logging.getLogger("dunmail.outbound")


class Sender(Protocol):
    async def send(
        self, message: EmailMessage, *, sender: str, recipients: list[str]
    ) -> SendResult: ...


@dataclass
class CycleReport:
    """What one cycle did, for the log and for `dunmail run --once`."""

    planned: int = 0
    sent: int = 0
    retried: int = 0
    failed: int = 0
    cancelled: int = 0
    recovered: int = 0
    halted: str = ""  # a configuration problem stopped sending for this cycle

    def line(self) -> str:
        parts = [f"{n} {what}" for what, n in vars(self).items() if isinstance(n, int) and n]
        return ", ".join(parts) or "nothing due"


def addr_spec(mailbox: str) -> str:
    return parseaddr(mailbox)[1]


class Outbound:
    def __init__(
        self,
        config: Config,
        store: Store,
        *,
        sender: Sender,
        templates: CompiledTemplates,
        pdfs: PdfFiles,
        new_id: Callable[[str], str] = new_message_id,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self.config = config
        self.store = store
        self.sender = sender
        self.templates = templates
        self.pdfs = pdfs
        self._new_id = new_id
        self._jitter = jitter
        self.planner = StorePlanner(config, store, templates)
        company = config.company
        self.envelope_from = addr_spec(company.from_address)
        self.acceptance_address = addr_spec(company.reply_to or company.from_address)
        self.domain = message_id_domain(config)
        self.halted = ""
        # Rendered bytes of messages sent by this process, for the Sent copy (see `filing`).
        self.rendered: dict[str, bytes] = {}

    # -- planning ------------------------------------------------------------------------------

    def record_due(self, now: datetime, report: CycleReport) -> None:
        """Write every reminder due now to the outbox (PENDING) in one commit, before any send."""
        current = self.planner.plan(now)
        sequences = self.store.sequences()
        items = []
        for reminder in due(current, now):
            state = sequences.get(reminder.sequence_key)
            references = thread_references(state.thread) if state else ()
            message_id = self._new_id(self.domain)
            items.append(outbox_item(reminder, message_id, planned_at=now, references=references))
        with self.store.transaction():
            for key in current.resets:
                self.store.put_sequence(reset(sequences[key]))
            self.store.put_outbox(items)
        report.planned += len(items)

    # -- sending -------------------------------------------------------------------------------

    async def send_ready(self, now: datetime, report: CycleReport) -> None:
        ready = [item for item in self.store.outbox().values() if outbox.ready(item, now)]
        for item in sorted(ready, key=lambda i: (i.planned_at, i.customer_id)):
            if self.halted:
                break
            await self.deliver(item, now, report)

    async def deliver(self, item: OutboxItem, now: datetime, report: CycleReport) -> None:
        message = self._compose(item, now, report)
        if message is None:
            return
        item = outbox.sending(item, now)
        self.store.put_outbox([item])  # durable before the SMTP transaction starts
        recipients = [item.recipient]
        if self.config.outbound.acceptance_copy:
            recipients.append(self.acceptance_address)  # envelope only: no header names it
        result = await self.sender.send(message, sender=self.envelope_from, recipients=recipients)
        self._settle(item, result, message, now, report)

    def _compose(self, item: OutboxItem, now: datetime, report: CycleReport) -> EmailMessage | None:
        """The message as it would go out now, or None if the item was cancelled or failed."""
        store = self.store
        state = store.sequence(item.customer_id, item.sequence_invoice)
        check = outbox.recheck(item, store.invoices(customer_id=item.customer_id), state, now)
        customer = store.customer(item.customer_id)
        contact = next(
            (
                c
                for c in store.customer_contacts(item.customer_id)
                if c.email.lower() == item.recipient.lower()
            ),
            None,
        )
        cancel = check.cancel or (
            "" if customer and contact else "the contact is no longer in the ledger"
        )
        if cancel or customer is None or contact is None:
            self._close(outbox.cancelled(item, cancel), now, "reminder cancelled: " + cancel)
            report.cancelled += 1
            return None
        zone = customer.timezone or self.config.schedule.timezone
        request = ReminderRequest(
            customer=customer,
            contact=contact,
            invoices=check.invoices,
            step=item.step,
            template=item.template,
            language=item.language,
            timezone=zone,
            pay_by=local_today(now, zone) + timedelta(days=self.config.outbound.pay_within_days),
            message_id=item.message_id,
            references=item.references,
            sent_at=now,
            cadence=item.cadence,
        )
        try:
            return compose(
                request, config=self.config, templates=self.templates, read_pdf=self.pdfs.read
            )
        except ValueError as exc:  # a poison item: set aside for a person, never retried
            self._close(outbox.failed(item, f"cannot compose: {exc}"), now, f"not sent: {exc}")
            report.failed += 1
            return None

    def _settle(
        self,
        item: OutboxItem,
        result: SendResult,
        message: EmailMessage,
        now: datetime,
        report: CycleReport,
    ) -> None:
        outcome = result.outcome_for(item.recipient)
        if outcome is Outcome.SENT:
            self.rendered[item.message_id] = bytes(message)
            self.mark_sent(item, now, subject=str(message["Subject"]))
            report.sent += 1
        elif result.maybe_accepted:
            # Perhaps accepted: resending blindly could duplicate. Stay SENDING; recovery looks
            # for the acceptance copy and decides.
            log.warning("%s: %s; checking for proof of acceptance", item.message_id, result.detail)
        elif result.config_error:
            self.halted = result.detail
            self.store.put_outbox(
                [outbox.retry_later(item, self._retry_at(item, now), result.detail)]
            )
            log.error("sending stopped: %s", result.detail)
        elif outcome is Outcome.RETRY and not give_up(
            item.attempts, self.config.outbound.retry.max_attempts
        ):
            self.store.put_outbox(
                [outbox.retry_later(item, self._retry_at(item, now), result.detail)]
            )
            report.retried += 1
        else:
            self._reject(item, result, now, gave_up=outcome is Outcome.RETRY)
            report.failed += 1

    def _retry_at(self, item: OutboxItem, now: datetime) -> datetime:
        retry = self.config.outbound.retry
        return next_attempt(
            item.attempts,
            now,
            first_delay=timedelta(seconds=retry.first_delay_seconds),
            max_delay=timedelta(seconds=retry.max_delay_seconds),
            jitter=self._jitter(),
        )

    def _reject(
        self, item: OutboxItem, result: SendResult, now: datetime, *, gave_up: bool
    ) -> None:
        """Permanent: never retried; a refused address is marked so no reminder uses it again."""
        why = (
            f"gave up after {item.attempts} attempts: {result.detail}" if gave_up else result.detail
        )
        state = self.store.sequence(item.customer_id, item.sequence_invoice)
        with self.store.transaction():
            self._close(
                outbox.failed(item, why), now, f"reminder to {item.recipient} failed: {why}"
            )
            if not gave_up:
                self._mark_undeliverable(state, item, now)

    def _mark_undeliverable(
        self, state: SequenceState | None, item: OutboxItem, now: datetime
    ) -> None:
        current = state or SequenceState(item.customer_id, invoice=item.sequence_invoice)
        if item.recipient not in current.undeliverable:
            undeliverable = (*current.undeliverable, item.recipient)
            self.store.put_sequence(replace(current, undeliverable=undeliverable))
            self._event(now, item, EventKind.STATE_CHANGED, f"{item.recipient} is undeliverable")

    def mark_sent(self, item: OutboxItem, at: datetime, *, subject: str = "") -> None:
        """SENT, the sequence advanced and the history written: one commit."""
        state = self.store.sequence(item.customer_id, item.sequence_invoice)
        done = outbox.sent(item, at)
        done = replace(done, subject=subject or done.subject)
        with self.store.transaction():
            self.store.put_outbox([done])
            self.store.put_sequence(advance_item(state, item, at))
            self._event(
                at,
                done,
                EventKind.EMAIL_SENT,
                f"{item.step} reminder sent to {item.recipient}",
                subject=done.subject,
                attempts=item.attempts,
            )

    def _close(self, item: OutboxItem, now: datetime, summary: str) -> None:
        with self.store.transaction():
            self.store.put_outbox([item])
            self._event(now, item, EventKind.STATE_CHANGED, summary)
        (log.info if item.status is OutboxStatus.CANCELLED else log.error)(
            "%s %s: %s", item.customer_id, item.message_id, summary
        )

    def _event(
        self, at: datetime, item: OutboxItem, kind: EventKind, summary: str, **data: object
    ) -> None:
        details = {
            "message_id": item.message_id,
            "recipient": item.recipient,
            "step": item.step,
            "invoices": list(item.invoices),
            **data,
        }
        self.store.append_history([HistoryEvent(at, item.customer_id, kind, summary, data=details)])
