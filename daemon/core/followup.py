"""When a customer's word comes due: a promise's day, or the day a payment claim is verified.

One job: `review(followups, invoices, now, ...)` says which open follow-ups were kept (the
invoices are paid: nothing to send) and which are due now and still unpaid (the follow-up email
goes out that very day, and the customer goes on the call list). Pure: `now` is an argument; it
must not write the outbox or compose anything.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from daemon.core.calendar import BusinessCalendar, day_start, local_date
from daemon.core.records import FollowUp, FollowUpKind, FollowUpStatus, Invoice, InvoiceStatus

TEMPLATES = {
    FollowUpKind.PROMISE: "promise_followup",
    FollowUpKind.PAYMENT_CHECK: "payment_check",
}
CALL_NOTES = {
    FollowUpKind.PROMISE: "broken promise: still unpaid on the promised day; call the customer",
    FollowUpKind.PAYMENT_CHECK: (
        "payment claimed but not received: confirm the check number, amount, date mailed "
        "and mailing address"
    ),
}


@dataclass(frozen=True, slots=True)
class DueFollowUp:
    followup: FollowUp
    unpaid: tuple[Invoice, ...]  # what is still open of what it was about
    extra: dict[str, str]  # the template's extra, completed


@dataclass(frozen=True, slots=True)
class Review:
    kept: tuple[FollowUp, ...] = ()  # closed: the invoices were paid
    due: tuple[DueFollowUp, ...] = ()  # to send now


def review(
    followups: Iterable[FollowUp],
    invoices: Mapping[str, Invoice],
    now: datetime,
    *,
    zone_of: Callable[[str], ZoneInfo],
    calendar: BusinessCalendar,
) -> Review:
    """Open follow-ups whose day has come: kept ones closed, unpaid ones due inside a window."""
    kept, due = [], []
    for followup in followups:
        if followup.status is not FollowUpStatus.OPEN:
            continue
        unpaid = tuple(
            invoice
            for number in followup.invoices
            if (invoice := invoices.get(number)) is not None and _open(invoice)
        )
        if not unpaid:
            # Paid early counts as kept: a payment claim is verified the day the money shows,
            # not on the day set to check it.
            note = "kept: the invoices were paid"
            kept.append(replace(followup, status=FollowUpStatus.KEPT, closed_at=now, note=note))
            continue
        zone = zone_of(followup.customer_id)
        if local_date(now, zone) < followup.due:
            continue
        # On the day itself, inside its send window; a weekend's promise, the next business day.
        if calendar.next_send_time(max(now, day_start(followup.due, zone)), zone) > now:
            continue
        due.append(DueFollowUp(followup, unpaid, _completed_extra(followup, unpaid)))
    return Review(tuple(kept), tuple(due))


def _open(invoice: Invoice) -> bool:
    return invoice.status is InvoiceStatus.OPEN and invoice.balance > 0


def _completed_extra(followup: FollowUp, unpaid: tuple[Invoice, ...]) -> dict[str, str]:
    """A promise read without an amount is taken as a promise to pay what is open."""
    extra = dict(followup.extra)
    if followup.kind is FollowUpKind.PROMISE and not extra.get("promised_amount"):
        currencies = {invoice.currency for invoice in unpaid}
        if len(currencies) == 1:
            extra["promised_amount"] = str(sum((i.balance for i in unpaid), Decimal(0)))
    return extra


def sent(followup: FollowUp, message_id: str, now: datetime) -> FollowUp:
    """Followed up: the customer is on the call list until a collector resolves it."""
    note = CALL_NOTES[followup.kind]
    return replace(
        followup, status=FollowUpStatus.SENT, closed_at=now, message_id=message_id, note=note
    )
