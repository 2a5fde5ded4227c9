"""The phone call a collector makes, written out: who calls, what is owed, what to ask, the close.

One job: `call_script(...)` fills in the classic collection call for one customer from the store's
records: the opening (who is calling, for whom, to whom), the invoices with amount, days past due
and terms; for a customer who was late before, the slow-payer variant that first asks why payment
has not been made; what to ask when they say it was sent (check number, amount, date mailed, and
confirm the mailing address); and the close on a date. Pure: `today` is an argument.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from daemon.core.records import (
    Contact,
    Customer,
    EventKind,
    FollowUp,
    FollowUpKind,
    FollowUpStatus,
    HistoryEvent,
    Invoice,
    InvoiceStatus,
)
from daemon.core.summary import balances


@dataclass(frozen=True, slots=True)
class CallScript:
    customer: Customer
    contact: Contact | None
    invoices: tuple[Invoice, ...]  # open, oldest due first
    slow_payer: bool  # paid late before, or broke a promise
    why_slow: str
    pay_by: date
    sections: tuple[tuple[str, tuple[str, ...]], ...]  # (heading, lines)


def was_late_before(
    invoices: Iterable[Invoice], history: Iterable[HistoryEvent], followups: Iterable[FollowUp]
) -> str:
    """Why this customer counts as a slow payer ("" if it does not): an invoice closed after its
    due date, or a promise followed up unpaid."""
    due = {invoice.number: invoice.due_date for invoice in invoices}
    for event in history:
        late = event.invoice in due and event.at.date() > due[event.invoice]
        if event.kind is EventKind.INVOICE_CLOSED and late:
            days = (event.at.date() - due[event.invoice]).days
            return f"{event.invoice} was paid {days} days late"
    for followup in followups:
        if followup.kind is FollowUpKind.PROMISE and followup.status is FollowUpStatus.SENT:
            return f"the promise for {followup.due} was not kept"
    return ""


def call_script(
    *,
    customer: Customer,
    contact: Contact | None,
    invoices: Sequence[Invoice],
    caller: str,
    company: str,
    company_phone: str = "",
    why_slow: str,
    today: date,
    pay_within_days: int,
) -> CallScript:
    """The script for calling `customer` on `today`, asking for payment within the usual days."""
    open_invoices = tuple(
        sorted(
            (i for i in invoices if i.status is InvoiceStatus.OPEN and i.balance > 0),
            key=lambda i: (i.due_date, i.number),
        )
    )
    pay_by = today + timedelta(days=pay_within_days)
    while pay_by.weekday() >= 5:  # a day the customer's AP department works
        pay_by += timedelta(days=1)
    who = contact.display_name if contact and contact.display_name else "the accounts payable clerk"
    lines = [_invoice_line(invoice, today) for invoice in open_invoices]
    totals = _totals(open_invoices)
    opening = (
        f"Ask for {who}" + (f" ({contact.phone})" if contact and contact.phone else "") + ".",
        f"\"Hello, this is {caller} from {company.rstrip('.')}. I'm calling about your account "
        f'with us: we show {totals} open on the invoices below."',
        *((f"If they need to call back: {company_phone}.",) if company_phone else ()),
    )
    ask = (
        ("\"Our records show these invoices are still unpaid; can you tell me why payment has "
         "not been made?\" Listen, then solve the reason (a missing copy, a wrong PO, an "
         f"approval) before asking for a date. This customer was late before: {why_slow}.")
        if why_slow
        else "\"Can you tell me when we can expect payment?\""
    )  # fmt: skip
    sections = (
        ("Opening", opening),
        ("What is owed", (*lines, f"Total: {totals}")),
        ("Ask", (ask,)),
        (
            "If they say it was sent",
            (
                "Ask for the check number (or the transfer reference), the amount, and the date "
                "it was mailed or sent.",
                "Confirm the address it was mailed to (or the account it was paid into), then say"
                " you will look for it and call back if it has not arrived.",
            ),
        ),
        (
            "Close on a date",
            (
                f'"Can we agree that the payment will reach us by {pay_by:%A, %B} {pay_by.day}?"'
                " Get a day and an amount, repeat them back, and thank them.",
                "Write down who promised what for which day: the day is when to check.",
            ),
        ),
    )
    return CallScript(customer, contact, open_invoices, bool(why_slow), why_slow, pay_by, sections)


def _invoice_line(invoice: Invoice, today: date) -> str:
    days = invoice.days_overdue(today)
    when = f"{days} days past due" if days > 0 else "not due yet"
    terms = f", terms {invoice.terms}" if invoice.terms else ""
    po = f", PO {invoice.po_number}" if invoice.po_number else ""
    return (
        f"Invoice {invoice.number} of {invoice.issue_date}: {invoice.currency} "
        f"{invoice.balance:,.2f} open of {invoice.amount:,.2f}, {when} (due {invoice.due_date}"
        f"{terms}{po})"
    )


def _totals(invoices: Iterable[Invoice]) -> str:
    summed = balances(invoices).items()
    return " + ".join(f"{currency} {amount:,.2f}" for currency, amount in summed) or "nothing"
