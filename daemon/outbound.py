"""Sends what the planner says is due, exactly once: plan, record, recheck, compose, send, record.

The order of durable records is the guarantee. A reminder is written to the outbox (PENDING)
before anything else happens; it is marked SENDING, durably, before the SMTP transaction starts;
and SENT after the server accepted it. A crash can therefore only leave an item SENDING, and
`daemon.recovery` settles those by looking for the server-accepted copy in the AR mailbox before
anything is sent again. `daemon.dispatch` orders the work of a cycle (composing ahead, several
connections, one commit for the SENDING and SENT records of many messages); policy lives in the
core (`plan`, `outbox`, `retry`); this module wires.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from email.utils import parseaddr
from typing import NamedTuple, Protocol
from zoneinfo import ZoneInfo

from daemon.composer import CompiledTemplates, Rendered, message_id_domain, render
from daemon.config.schema import Config
from daemon.core import outbox
from daemon.core.calendar import customer_zone
from daemon.core.context import ReminderRequest, local_today
from daemon.core.message import new_message_id, thread_references
from daemon.core.outbox import credits_for, open_credits
from daemon.core.plan_records import due, outbox_item
from daemon.core.plan_sequence import progressed, reset
from daemon.core.records import (
    EventKind,
    HistoryEvent,
    Invoice,
    InvoiceStatus,
    OutboxItem,
    OutboxKind,
    OutboxStatus,
    SequenceState,
)
from daemon.core.reminder_lines import fingerprints
from daemon.core.retry import Outcome, give_up, next_attempt
from daemon.core.transition import Event, transition
from daemon.dispatch import Dispatch
from daemon.planning import StorePlanner
from daemon.shell.pdf_files import PdfFiles
from daemon.shell.smtp import SendResult
from daemon.shell.store import Store


class _Accepted(NamedTuple):
    """An item the server accepted, waiting to be recorded SENT."""

    item: OutboxItem
    at: datetime
    subject: str
    lines: frozenset[str] = frozenset()  # fingerprints of its text lines
    unconfirmed: str = ""  # why it is only counted as sent (see `daemon.recovery`)


log = logging.getLogger("dunmail.outbound")

_NOUN = {
    OutboxKind.REMINDER: "reminder",
    OutboxKind.FOLLOWUP: "follow-up",
    OutboxKind.RESEND: "reminder (sent again)",
    OutboxKind.INVOICE_COPY: "invoice copies",
}


class Sender(Protocol):
    async def send(self, message: bytes, *, sender: str, recipients: list[str]) -> SendResult: ...


@dataclass
class CycleReport:
    """What one cycle did, for the log and for `dunmail run --once`."""

    planned: int = 0
    sent: int = 0
    retried: int = 0
    failed: int = 0
    cancelled: int = 0
    recovered: int = 0
    unconfirmed: int = 0  # interrupted, no way to tell if it went out: counted as sent
    halted: str = ""  # a configuration problem stopped sending for this cycle
    unsaved: str = ""  # the state could not be written, so nothing more was sent

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
        self.credits: dict[str, tuple[Invoice, ...]] = {}  # open credit notes, per customer
        company = config.company
        self.envelope_from = addr_spec(company.from_address)
        self.acceptance_address = addr_spec(company.reply_to or company.from_address)
        self.domain = message_id_domain(config)
        self.halted = ""
        # Rendered bytes of messages sent by this process, for the Sent copy (see `filing`).
        self.rendered: dict[str, bytes] = {}
        # Accepted by the server, SENT not yet recorded: (item, sent at, subject); see `settle`.
        self._accepted: list[_Accepted] = []

    def new_message_id(self) -> str:
        return self._new_id(self.domain)

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
        """Send every ready item, oldest plan first, over `outbound.connections` lanes."""
        ready = [
            item
            for item in self.store.outbox().values()
            if outbox.ready(item, now) and self._window_open(item, now)
        ]
        ready.sort(key=lambda i: (i.planned_at, i.customer_id))
        self.credits = open_credits(self.store.invoices(status=InvoiceStatus.OPEN).values())
        await Dispatch(self, now, report).run(ready, lanes=self.config.outbound.connections)

    def _window_open(self, item: OutboxItem, now: datetime) -> bool:
        """Retries and reminders a crash left behind also wait for the customer's send window:
        a Friday-evening leftover goes out on Monday morning, not on Saturday."""
        customer = self.store.customer(item.customer_id)
        zone = customer_zone(customer, self.config.schedule)
        calendar = self.planner.calendar(now, now)
        return calendar.next_send_time(now, ZoneInfo(zone)) <= now

    def prepare(self, item: OutboxItem, now: datetime, report: CycleReport) -> Rendered | None:
        """The message as it would go out now, or None if the item was cancelled or failed."""
        store = self.store
        state = store.sequence(item.customer_id, item.sequence_invoice)
        # The customer's invoices the item lists, by number: never a scan of the whole ledger.
        invoices = {
            number: invoice
            for number in item.invoices
            if (invoice := store.invoice(number)) and invoice.customer_id == item.customer_id
        }
        customer_state = store.sequence(item.customer_id) if item.sequence_invoice else None
        check = outbox.recheck(item, invoices, state, now, customer=customer_state)
        customer = store.customer(item.customer_id)
        recipient = item.recipient.lower()
        contacts = store.customer_contacts(item.customer_id)
        contact = next((c for c in contacts if c.email.lower() == recipient), None)
        cancel = check.cancel or (
            "" if customer and contact else "the contact is no longer in the ledger"
        )
        if cancel or customer is None or contact is None:
            self._close(outbox.cancelled(item, cancel), now, "reminder cancelled: " + cancel)
            report.cancelled += 1
            return None
        zone = customer_zone(customer, self.config.schedule)
        request = ReminderRequest(
            customer=customer,
            contact=contact,
            # Open credit notes in the same currencies are shown as credits, so the total the
            # customer is asked to pay is what they really owe.
            invoices=check.invoices + credits_for(self.credits, check.invoices),
            step=item.step,
            template=item.template,
            language=item.language,
            timezone=zone,
            pay_by=local_today(now, zone) + timedelta(days=self.config.outbound.pay_within_days),
            message_id=item.message_id,
            references=item.references,
            sent_at=now,
            cadence=item.cadence,
            extra=item.extra,
        )
        try:
            return render(
                request, config=self.config, templates=self.templates, read_pdf=self.pdfs.read
            )
        except ValueError as exc:  # a poison item: set aside for a person, never retried
            self._close(outbox.failed(item, f"cannot compose: {exc}"), now, f"not sent: {exc}")
            report.failed += 1
            return None

    def recipients(self, item: OutboxItem) -> list[str]:
        """The envelope: the addressee, and our acceptance copy (envelope only: no header)."""
        copy = [self.acceptance_address] if self.config.outbound.acceptance_copy else []
        return [item.recipient, *copy]

    def begin(self, items: Sequence[OutboxItem], now: datetime) -> list[OutboxItem]:
        """Record `items` SENDING, durably, before their SMTP transactions start; the same
        commit records SENT the items accepted since the last one (`settle` holds them)."""
        sending = [outbox.sending(item, now) for item in items]
        with self.store.transaction():
            if self._accepted:
                self._record_sent(self._accepted)
            self.store.put_outbox(sending)
        self._accepted = []  # only once committed: see `flush_sent`
        return sending

    def settle(
        self,
        item: OutboxItem,
        result: SendResult,
        rendered: Rendered,
        now: datetime,
        report: CycleReport,
    ) -> None:
        """Record what the server said; SENT waits for the next commit (`begin`, `flush_sent`)."""
        outcome = result.outcome_for(item.recipient)
        if outcome is Outcome.SENT:
            self.rendered[item.message_id] = rendered.data
            lines = fingerprints(rendered.text)
            self._accepted.append(_Accepted(item, now, rendered.subject, lines))
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

    def flush_sent(self) -> None:
        """Record every accepted item SENT (see `mark_sent`), all in one commit.

        If the commit fails (a full disk), they stay here, SENDING on disk, and the next commit
        of this process records them: what the server took is never forgotten while we run.
        """
        if self._accepted:
            self._record_sent(self._accepted)
            self._accepted = []

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
            if gave_up:
                self._hold(state, item, now, why)
            else:
                self._mark_undeliverable(state, item, now)

    def _hold(self, state: SequenceState | None, item: OutboxItem, now: datetime, why: str) -> None:
        """Retries ran out: hold the sequence until a collector resumes it. Otherwise the plan
        would draft the same step again the next day and retry without end."""
        current = state or SequenceState(item.customer_id, invoice=item.sequence_invoice)
        reason = f"held: delivery to {item.recipient} failed ({why}); resume to try again"
        self.store.put_sequence(transition(current, Event.HOLD, now, reason=reason))
        self.store.append_history([self._history(now, item, EventKind.STATE_CHANGED, reason)])

    def _mark_undeliverable(
        self, state: SequenceState | None, item: OutboxItem, now: datetime
    ) -> None:
        current = state or SequenceState(item.customer_id, invoice=item.sequence_invoice)
        if item.recipient not in current.undeliverable:
            undeliverable = (*current.undeliverable, item.recipient)
            self.store.put_sequence(replace(current, undeliverable=undeliverable))
            why = f"{item.recipient} is undeliverable"
            self.store.append_history([self._history(now, item, EventKind.STATE_CHANGED, why)])

    def mark_sent(
        self, item: OutboxItem, at: datetime, *, subject: str = "", unconfirmed: str = ""
    ) -> None:
        """SENT, the sequence advanced and the history written: one commit. `unconfirmed` says
        why it is only counted as sent; it is kept on the item and in the history."""
        self._record_sent([_Accepted(item, at, subject, unconfirmed=unconfirmed)])

    def _record_sent(self, accepted: Sequence[_Accepted]) -> None:
        """Each item SENT at its time, its sequence advanced, its history written: one commit.
        The history keeps the fingerprints of the reminder's lines, so a reply that repeats them
        is read without them (`daemon.core.reminder_lines`)."""
        done, events = [], []
        with self.store.transaction():
            for item, at, subject, lines, unconfirmed in accepted:
                state = self.store.sequence(item.customer_id, item.sequence_invoice)
                sent = outbox.sent(item, at)
                sent = replace(sent, subject=subject or sent.subject, error=unconfirmed)
                self.store.put_sequence(progressed(state, item, at))
                done.append(sent)
                summary = f"{item.step} {_NOUN[item.kind]} sent to {item.recipient}"
                details: dict[str, object] = {"subject": sent.subject, "attempts": item.attempts}
                if lines:
                    details["lines"] = sorted(lines)
                if unconfirmed:
                    summary += f" (unconfirmed: {unconfirmed})"
                    details["unconfirmed"] = unconfirmed
                events.append(self._history(at, sent, EventKind.EMAIL_SENT, summary, **details))
            self.store.put_outbox(done)
            self.store.append_history(events)

    def _close(self, item: OutboxItem, now: datetime, summary: str) -> None:
        with self.store.transaction():
            self.store.put_outbox([item])
            self.store.append_history([self._history(now, item, EventKind.STATE_CHANGED, summary)])
        (log.info if item.status is OutboxStatus.CANCELLED else log.error)(
            "%s %s: %s", item.customer_id, item.message_id, summary
        )

    @staticmethod
    def _history(
        at: datetime, item: OutboxItem, kind: EventKind, summary: str, **data: object
    ) -> HistoryEvent:
        details = {
            "message_id": item.message_id,
            "recipient": item.recipient,
            "step": item.step,
            "invoices": list(item.invoices),
            **data,
        }
        return HistoryEvent(at, item.customer_id, kind, summary, data=details)
