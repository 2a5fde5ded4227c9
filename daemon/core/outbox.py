"""Outbox transitions and the last check before a reminder goes out (pure).

An item moves PENDING -> SENDING -> SENT, or to FAILED / CANCELLED, and only along these edges.
Each transition is recorded durably by the shell *before* the action it announces (PENDING before
planning is acted on, SENDING before the SMTP transaction), which is what makes crash recovery
possible without sending twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from daemon.core.records import (
    Invoice,
    InvoiceStatus,
    OutboxItem,
    OutboxKind,
    OutboxStatus,
    SequenceState,
    SequenceStatus,
)

_ALLOWED = {
    OutboxStatus.PENDING: {OutboxStatus.SENDING, OutboxStatus.CANCELLED, OutboxStatus.FAILED},
    OutboxStatus.SENDING: {OutboxStatus.SENT, OutboxStatus.PENDING, OutboxStatus.FAILED},
    OutboxStatus.SENT: set(),
    OutboxStatus.FAILED: set(),
    OutboxStatus.CANCELLED: set(),
}


class IllegalTransition(ValueError):
    """A transition the outbox state machine does not allow; nothing was changed."""


def _move(item: OutboxItem, to: OutboxStatus, **changes: Any) -> OutboxItem:
    if to not in _ALLOWED[item.status]:
        raise IllegalTransition(f"{item.message_id}: {item.status} -> {to} is not allowed")
    return replace(item, status=to, **changes)


def sending(item: OutboxItem, now: datetime) -> OutboxItem:
    """About to hand the message to SMTP: recorded first, so a crash is noticed afterwards."""
    return _move(item, OutboxStatus.SENDING, attempts=item.attempts + 1, sending_since=now)


def sent(item: OutboxItem, at: datetime) -> OutboxItem:
    return _move(item, OutboxStatus.SENT, sent_at=at, error="", next_attempt_at=None)


def retry_later(item: OutboxItem, retry_at: datetime, error: str) -> OutboxItem:
    """A temporary failure (or a crash with no proof of acceptance): try again at `retry_at`."""
    return _move(item, OutboxStatus.PENDING, next_attempt_at=retry_at, error=error)


def failed(item: OutboxItem, error: str) -> OutboxItem:
    """Permanent: never retried automatically; a collector is told."""
    return _move(item, OutboxStatus.FAILED, error=error, next_attempt_at=None)


def cancelled(item: OutboxItem, why: str) -> OutboxItem:
    return _move(item, OutboxStatus.CANCELLED, error=why, next_attempt_at=None)


def ready(item: OutboxItem, now: datetime) -> bool:
    """Pending and not waiting for a retry time."""
    return item.status is OutboxStatus.PENDING and (
        item.next_attempt_at is None or item.next_attempt_at <= now
    )


@dataclass(frozen=True, slots=True)
class Recheck:
    """What is still owed right before sending; `cancel` says why nothing is."""

    invoices: tuple[Invoice, ...]
    cancel: str = ""


def recheck(
    item: OutboxItem,
    invoices: Mapping[str, Invoice],
    sequence: SequenceState | None,
    now: datetime,
    *,
    customer: SequenceState | None = None,
) -> Recheck:
    """Re-read the ledger and the sequence at the last moment (never chase a paid invoice).

    An invoice paid, closed or disputed since planning leaves the email; an email left with
    nothing to ask, or whose sequence (or, in per-invoice mode, `customer`, the customer-level
    one) was paused or stopped meanwhile, or whose address bounced or opted out, is cancelled.
    Follow-ups and invoice copies go out during a pause: it holds the cadence (`_DURING_PAUSES`).
    """
    holds = [state for state in (customer, sequence) if state is not None]
    for state in holds:
        why = _held(item, state, now)
        if why:
            return Recheck((), cancel=why)
    disputed = {number for state in holds for number in state.disputed_invoices}
    still = tuple(
        invoice
        for number in item.invoices
        if (invoice := invoices.get(number)) is not None
        and invoice.status is InvoiceStatus.OPEN
        and invoice.balance > 0
        and number not in disputed
    )
    if not still:
        return Recheck((), cancel="nothing left to ask: paid, closed or disputed since planning")
    return Recheck(still)


# A follow-up goes out during the pause its promise set; an invoice copy answers the very email
# that paused the customer. The pauses hold the cadence, not these.
_DURING_PAUSES = frozenset({OutboxKind.FOLLOWUP, OutboxKind.INVOICE_COPY})


def _held(item: OutboxItem, sequence: SequenceState, now: datetime) -> str:
    if sequence.status is SequenceStatus.STOPPED:
        return "the sequence was stopped"
    if sequence.blocked(item.recipient):
        return f"{item.recipient} is undeliverable or asked for no more reminders"
    if sequence.status is not SequenceStatus.PAUSED or item.kind in _DURING_PAUSES:
        return ""
    # No end date: paused until a collector lifts it (the planner reads it the same way).
    if sequence.paused_until is None:
        return "the sequence is paused until a collector resumes it"
    if sequence.paused_until > now:
        return f"the sequence is paused until {sequence.paused_until}"
    return ""


def open_credits(invoices: Iterable[Invoice]) -> dict[str, tuple[Invoice, ...]]:
    """Open credit notes with something left to offset, per customer, oldest first."""
    found: dict[str, list[Invoice]] = {}
    for invoice in invoices:
        if invoice.status is InvoiceStatus.OPEN and invoice.is_credit_note and invoice.balance < 0:
            found.setdefault(invoice.customer_id, []).append(invoice)
    return {
        customer: tuple(sorted(credits, key=lambda c: (c.due_date, c.number)))
        for customer, credits in found.items()
    }


def credits_for(
    credits: Mapping[str, tuple[Invoice, ...]], listed: tuple[Invoice, ...]
) -> tuple[Invoice, ...]:
    """The customer's open credit notes in the currencies the email asks for: shown as credits,
    so the total asked is the net amount owed, not the gross of the overdue invoices."""
    if not listed:
        return ()
    currencies = {invoice.currency for invoice in listed}
    return tuple(c for c in credits.get(listed[0].customer_id, ()) if c.currency in currencies)
