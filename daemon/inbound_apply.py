"""Reads the store for the inbox loop and writes back what its decisions say, in one commit.

One job: `snapshot_of(store, ...)` gathers what the decisions of one pass read (the correlation
directory, open invoices, sequences, follow-ups); `apply_outcomes(store, outcomes, ...)` stores
every decision of a batch and the log record of each message in ONE transaction, so a crash
leaves either all of a batch's effects or none. It decides nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import datetime

from daemon.config.schema import Config
from daemon.core.correlate import build_directory
from daemon.core.decision import Answer, Decision, Resend
from daemon.core.message import thread_references
from daemon.core.records import (
    FollowUp,
    FollowUpStatus,
    HistoryEvent,
    Invoice,
    InvoiceStatus,
    OutboxItem,
    OutboxKind,
    OutboxStatus,
)
from daemon.inbound_handler import Outcome, Snapshot
from daemon.outbound import addr_spec
from daemon.shell.store import Store


def own_addresses(config: Config) -> set[str]:
    company = config.company
    found = {addr_spec(company.from_address).lower()}
    if company.reply_to:
        found.add(addr_spec(company.reply_to).lower())
    if config.imap is not None and config.imap.username and "@" in config.imap.username:
        found.add(config.imap.username.lower())
    return found


def snapshot_of(store: Store, config: Config, sent_history: Iterable[HistoryEvent]) -> Snapshot:
    outbox = store.outbox()
    contacts = store.contacts()
    invoices = store.invoices()
    open_by_customer: dict[str, dict[str, Invoice]] = defaultdict(dict)
    for invoice in invoices.values():
        if invoice.status is InvoiceStatus.OPEN and not invoice.is_credit_note:
            open_by_customer[invoice.customer_id][invoice.number] = invoice
    followups: dict[str, list[FollowUp]] = defaultdict(list)
    for followup in store.followups(status=FollowUpStatus.OPEN).values():
        followups[followup.customer_id].append(followup)
    directory = build_directory(
        outbox=outbox.values(),
        sent_history=sent_history,
        contacts=contacts,
        invoices=invoices.values(),
        own_addresses=own_addresses(config),
    )
    return Snapshot(
        directory=directory,
        customers=store.customers(),
        contacts={k: list(v) for k, v in contacts.items()},
        open_invoices=dict(open_by_customer),
        sequences={s.customer_id: s for s in store.sequences().values() if not s.invoice},
        followups=dict(followups),
        outbox=outbox,
        seen=store.inbound,
    )


def apply_outcomes(
    store: Store,
    outcomes: Sequence[Outcome],
    now: datetime,
    *,
    new_message_id: Callable[[], str],
) -> None:
    """Every decision of a batch and each message's log record: one commit."""
    fresh = [o for o in outcomes if not o.again and not o.own_copy]
    if not fresh:
        return
    with store.transaction():
        for outcome in fresh:
            if outcome.decision is not None:
                apply_decision(store, outcome.decision, now, new_message_id)
        store.put_inbound([o.record for o in fresh])


def apply_decision(
    store: Store, decision: Decision, now: datetime, new_message_id: Callable[[], str]
) -> None:
    for state in decision.sequences:
        store.put_sequence(state)
    if decision.followups:
        store.put_followups(decision.followups)
    if decision.invoices:
        store.put_invoices(decision.invoices)
    if decision.contacts is not None and decision.contacts:
        store.replace_contacts(decision.contacts[0].customer_id, decision.contacts)
    resends = [r for r in (_resend(store, r, now, new_message_id) for r in decision.resends) if r]
    answers = [_answer(store, decision, a, now, new_message_id()) for a in decision.answers]
    if resends or answers:
        store.put_outbox([*resends, *answers])
    if decision.history:
        store.append_history(decision.history)


def _answer(
    store: Store, decision: Decision, answer: Answer, now: datetime, message_id: str
) -> OutboxItem:
    customer_id = decision.history[0].customer_id
    customer = store.customer(customer_id)
    return OutboxItem(
        message_id=message_id,
        customer_id=customer_id,
        recipient=answer.recipient,
        step=answer.template,
        invoices=answer.invoices,
        planned_at=now,
        template=answer.template,
        language=(customer.language if customer else None) or "",  # none: the default
        references=thread_references(answer.references),
        kind=OutboxKind.INVOICE_COPY,
    )


def _resend(
    store: Store, resend: Resend, now: datetime, new_message_id: Callable[[], str]
) -> OutboxItem | None:
    """The bounced reminder as a new message, threaded under the original."""
    original = store.outbox_item(resend.original)
    if original is None or original.kind is OutboxKind.FOLLOWUP:
        return None
    return replace(
        original,
        message_id=new_message_id(),
        planned_at=now,
        status=OutboxStatus.PENDING,
        attempts=0,
        sent_at=None,
        error="",
        next_attempt_at=resend.at,
        references=thread_references((*original.references, original.message_id)),
        sending_since=None,
        filed=False,
        kind=OutboxKind.RESEND,
    )
