"""The planner's view of a customer's invoices: what may be listed, and what is really owed.

One job: from the ledger, the invoices a reminder may list (open, a balance left, not a credit
note, not disputed), which of them are overdue or coming due on a date, and whether what they
still ask for after open credit notes is worth an email. Pure; it must not pick steps or times.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from datetime import date
from decimal import Decimal

from daemon.core.records import Invoice, InvoiceStatus


def by_due_date(invoice: Invoice) -> tuple[date, str]:
    """Oldest due first; the number breaks ties so every order is reproducible."""
    return invoice.due_date, invoice.number


def open_invoices_by_customer(invoices: Iterable[Invoice]) -> dict[str, list[Invoice]]:
    grouped: dict[str, list[Invoice]] = defaultdict(list)
    for invoice in invoices:
        if invoice.status is InvoiceStatus.OPEN:
            grouped[invoice.customer_id].append(invoice)
    return grouped


def listable(invoices: Iterable[Invoice], disputed: Collection[str]) -> tuple[Invoice, ...]:
    """Invoices a reminder may list, oldest due first."""
    chosen = [
        invoice
        for invoice in invoices
        if invoice.status is InvoiceStatus.OPEN
        and invoice.balance > 0
        and not invoice.is_credit_note
        and invoice.number not in disputed
    ]
    return tuple(sorted(chosen, key=by_due_date))


def credit_notes(invoices: Iterable[Invoice]) -> tuple[Invoice, ...]:
    """Open credit notes with something left to offset, oldest due first."""
    chosen = [
        invoice
        for invoice in invoices
        if invoice.status is InvoiceStatus.OPEN and invoice.is_credit_note and invoice.balance < 0
    ]
    return tuple(sorted(chosen, key=by_due_date))


def overdue(listed: Iterable[Invoice], today: date) -> tuple[Invoice, ...]:
    """Past their due date on `today` (an invoice is not late on its due date)."""
    return tuple(invoice for invoice in listed if invoice.due_date < today)


def coming_due(listed: Iterable[Invoice], today: date, until: date) -> tuple[Invoice, ...]:
    return tuple(invoice for invoice in listed if today <= invoice.due_date <= until)


def after_credits(listed: Iterable[Invoice], credits: Iterable[Invoice]) -> dict[str, Decimal]:
    """What each listed invoice still asks for once open credit notes are set off against it.

    Credits go to the oldest due invoice of their currency first, the way a payment would be
    applied, so in per-invoice mode a credit note silences the oldest invoice rather than
    every invoice it could cover on its own.
    """
    left: dict[str, Decimal] = defaultdict(Decimal)
    for credit in credits:
        left[credit.currency] += -credit.balance
    remaining: dict[str, Decimal] = {}
    for invoice in sorted(listed, key=by_due_date):
        offset = min(left[invoice.currency], invoice.balance)
        left[invoice.currency] -= offset
        remaining[invoice.number] = invoice.balance - offset
    return remaining


def owed(invoices: Iterable[Invoice], remaining: Mapping[str, Decimal]) -> dict[str, Decimal]:
    """Per currency, what `invoices` still ask for (see `after_credits`)."""
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for invoice in invoices:
        totals[invoice.currency] += remaining.get(invoice.number, invoice.balance)
    return dict(sorted(totals.items()))


def worth_asking(totals: Mapping[str, Decimal], min_balance: Decimal) -> bool:
    """Anything above `min_balance` in at least one currency."""
    return any(amount > min_balance for amount in totals.values())


def format_totals(totals: Mapping[str, Decimal]) -> str:
    return ", ".join(f"{currency} {amount}" for currency, amount in totals.items()) or "nothing"
