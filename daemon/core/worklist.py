"""Today's call list: which customers a collector should phone, in what order, and why.

One job: `worklist(book, today)` turns what the store knows (open invoices, AP contacts, reminder
sequences, follow-ups, replies filed for a person, the history) into one row per customer who
needs a person today, ranked the way a collector works: the oldest overdue balance first, then
the largest. Each row says why the customer is on it (a promise due today or broken, a payment
claim to verify, an open dispute, a contact that bounced, the cadence's final step reached, a
reply waiting), when they were last in touch and what dunmail does next (the earliest of its next
reminder and the day it checks a promise or a payment claim; else why it sends nothing). Pure:
`today` is an argument; nothing reads the clock or the store.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from zoneinfo import ZoneInfo

from daemon.core.plan_records import PlannedReminder
from daemon.core.records import (
    Contact,
    Customer,
    EventKind,
    FollowUp,
    FollowUpKind,
    FollowUpStatus,
    HistoryEvent,
    InboundMessage,
    Invoice,
    InvoiceStatus,
    SequenceState,
    SequenceStatus,
)
from daemon.core.summary import balances, primary_contact


class Reason(StrEnum):
    PROMISE_DUE = "promise due today"
    BROKEN_PROMISE = "broken promise"
    PAYMENT_CLAIM = "payment claim awaiting verification"
    DISPUTE = "open dispute"
    BOUNCED = "bounced contact needs a new address"
    FINAL_STEP = "final step reached"
    REPLY_WAITING = "a reply waits for a person"


# Contact with the customer, for "last contact": what was said to them or heard from them.
_CONTACT_KINDS = (EventKind.EMAIL_SENT, EventKind.EMAIL_RECEIVED, EventKind.CALL_LOGGED)
# What a collector does that answers a reply filed for a person.
_ANSWERED_BY = (EventKind.CALL_LOGGED, EventKind.MANUAL_ACTION)


@dataclass(frozen=True, slots=True)
class Book:
    """What the store holds, as the worklist reads it."""

    customers: Mapping[str, Customer]
    contacts: Mapping[str, Sequence[Contact]]
    invoices: Iterable[Invoice]
    sequences: Iterable[SequenceState]
    followups: Sequence[FollowUp]  # read twice: for reasons and for the next action
    inbound: Iterable[InboundMessage]
    history: Iterable[HistoryEvent]
    final_steps: Mapping[str, int]  # cadence name -> index of its last step
    reminders: Iterable[PlannedReminder]  # the planner's next reminders, as of now
    not_reminded: Iterable[tuple[str, str]]  # (customer id, why) the planner reminds nobody


@dataclass(frozen=True, slots=True)
class Why:
    reason: Reason
    detail: str  # the invoices, the day, the address: what the collector needs on the phone


@dataclass(frozen=True, slots=True)
class WorkRow:
    customer: Customer
    contact: Contact | None
    open_balance: Mapping[str, Decimal]  # per currency
    oldest_days_overdue: int
    why: tuple[Why, ...]
    last_contact: HistoryEvent | None
    next_action: str


def worklist(book: Book, today: date) -> list[WorkRow]:
    """One row per customer with a reason to call today, oldest overdue first, then largest."""
    open_by_customer: dict[str, list[Invoice]] = defaultdict(list)
    for invoice in book.invoices:
        if invoice.status is InvoiceStatus.OPEN and invoice.balance > 0:
            open_by_customer[invoice.customer_id].append(invoice)
    reasons: dict[str, list[Why]] = defaultdict(list)
    for customer_id, why in _followup_reasons(book.followups, open_by_customer, today):
        reasons[customer_id].append(why)
    for customer_id, why in _sequence_reasons(book, open_by_customer):
        reasons[customer_id].append(why)
    history = sorted(book.history, key=lambda event: event.at)
    for customer_id, why in _waiting_replies(book.inbound, history, book.followups):
        reasons[customer_id].append(why)
    last_contact = {event.customer_id: event for event in history if event.kind in _CONTACT_KINDS}
    next_actions = _next_actions(book)
    rows = []
    for customer_id, listed in reasons.items():
        if customer_id not in book.customers:
            continue
        open_invoices = open_by_customer.get(customer_id, [])
        rows.append(
            WorkRow(
                customer=book.customers[customer_id],
                contact=primary_contact(book.contacts.get(customer_id, ())),
                open_balance=balances(open_invoices),
                oldest_days_overdue=max([0, *(inv.days_overdue(today) for inv in open_invoices)]),
                why=tuple(dict.fromkeys(listed)),
                last_contact=last_contact.get(customer_id),
                next_action=next_actions.get(customer_id, ""),
            )
        )
    rows.sort(key=_rank)
    return rows


def _rank(row: WorkRow) -> tuple[int, Decimal, str]:
    # Balances in several currencies are summed as numbers: the order is a guide, not a sum owed.
    return (-row.oldest_days_overdue, -sum(row.open_balance.values(), Decimal(0)), row.customer.id)


def _followup_reasons(
    followups: Iterable[FollowUp], open_by_customer: Mapping[str, list[Invoice]], today: date
) -> Iterable[tuple[str, Why]]:
    for followup in followups:
        open_numbers = _numbers(open_by_customer, followup.customer_id)
        unpaid = [number for number in followup.invoices if number in open_numbers]
        if not unpaid or followup.status not in (FollowUpStatus.OPEN, FollowUpStatus.SENT):
            continue
        invoices = ", ".join(unpaid)
        if followup.kind is FollowUpKind.PAYMENT_CHECK:
            detail = f"{invoices}: said paid, not yet received; ask for the check number, amount"
            detail += " and date mailed, and confirm the mailing address"
            yield followup.customer_id, Why(Reason.PAYMENT_CLAIM, detail)
        elif followup.status is FollowUpStatus.SENT or followup.due < today:
            detail = f"{invoices}: promised for {followup.due}"
            yield followup.customer_id, Why(Reason.BROKEN_PROMISE, detail)
        elif followup.due == today:
            yield followup.customer_id, Why(Reason.PROMISE_DUE, f"{invoices}: promised for today")


def _sequence_reasons(
    book: Book, open_by_customer: Mapping[str, list[Invoice]]
) -> Iterable[tuple[str, Why]]:
    for state in book.sequences:
        open_numbers = _numbers(open_by_customer, state.customer_id)
        disputed = [number for number in state.disputed_invoices if number in open_numbers]
        if disputed:
            yield state.customer_id, Why(Reason.DISPUTE, ", ".join(disputed))
        if not open_numbers:
            continue
        contacts = book.contacts.get(state.customer_id, ())
        addresses = {contact.email.casefold() for contact in contacts}
        refused = {address.casefold() for address in state.undeliverable}
        if refused and addresses <= refused:
            yield state.customer_id, Why(Reason.BOUNCED, ", ".join(sorted(state.undeliverable)))
        last = book.final_steps.get(state.cadence)
        if (
            last is not None
            and state.last_step_index >= last
            and state.status is not SequenceStatus.STOPPED
        ):
            yield state.customer_id, Why(Reason.FINAL_STEP, f"{state.last_step} sent")


def _waiting_replies(
    inbound: Iterable[InboundMessage],
    history: Sequence[HistoryEvent],
    followups: Iterable[FollowUp],
) -> Iterable[tuple[str, Why]]:
    """Replies filed for a person that no call or manual action has answered since, nor the
    ledger (a payment claim or a promise whose follow-ups were all kept: the money came)."""
    answered: dict[str, datetime] = {}
    for event in history:
        if event.kind in _ANSWERED_BY:
            answered[event.customer_id] = event.at
    started: dict[str, list[FollowUp]] = defaultdict(list)
    for followup in followups:
        started[followup.id.rpartition("#")[0]].append(followup)
    waiting: dict[str, list[InboundMessage]] = defaultdict(list)
    for message in inbound:
        if not (message.flagged and message.customer_id):
            continue
        kept = started.get(message.message_id, ())
        if kept and all(f.status is FollowUpStatus.KEPT for f in kept):
            continue
        since = answered.get(message.customer_id)
        if since is None or message.received_at > since:
            waiting[message.customer_id].append(message)
    for customer_id, messages in waiting.items():
        messages.sort(key=lambda message: message.received_at)
        intents = ", ".join(dict.fromkeys(message.intent or "unread" for message in messages))
        first = messages[0].received_at.date()
        count = f"{len(messages)} replies" if len(messages) > 1 else "1 reply"
        yield customer_id, Why(Reason.REPLY_WAITING, f"{count} since {first} ({intents})")


def _numbers(open_by_customer: Mapping[str, list[Invoice]], customer_id: str) -> set[str]:
    return {invoice.number for invoice in open_by_customer.get(customer_id, [])}


def _next_actions(book: Book) -> dict[str, str]:
    """Per customer, the earliest of its next reminder and the day an open promise or payment
    claim is checked; else why the planner reminds it of nothing."""
    upcoming: dict[str, tuple[str, str]] = {}  # customer -> (ISO day, words)
    for reminder in book.reminders:
        # the customer's own day: 09:00 in Tokyo is the evening before in UTC
        day = reminder.send_at.astimezone(ZoneInfo(reminder.timezone)).date().isoformat()
        _keep_earliest(upcoming, reminder.customer_id, day, f"{reminder.step} reminder on {day}")
    for followup in book.followups:
        if followup.status is not FollowUpStatus.OPEN:
            continue
        day = followup.due.isoformat()
        what = "promise" if followup.kind is FollowUpKind.PROMISE else "payment claim"
        _keep_earliest(upcoming, followup.customer_id, day, f"checks the {what} on {day}")
    actions = {customer: words for customer, (_day, words) in upcoming.items()}
    for customer, why in book.not_reminded:
        actions.setdefault(customer, f"no reminder: {why}")
    return actions


def _keep_earliest(found: dict[str, tuple[str, str]], customer: str, day: str, words: str) -> None:
    if customer not in found or day < found[customer][0]:
        found[customer] = (day, words)
