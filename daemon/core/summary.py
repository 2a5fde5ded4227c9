"""Pure read models for listings: per-customer balances, overdue figures, status counts.

Everything takes `today` (a date in the company's time zone); nothing reads the clock or the store.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from daemon.core.records import Contact, Customer, Invoice, InvoiceStatus


@dataclass(frozen=True, slots=True)
class CustomerSummary:
    customer: Customer
    primary_contact: Contact | None
    open_invoices: int
    overdue_invoices: int
    open_balance: Mapping[str, Decimal]  # per currency
    oldest_days_overdue: int  # 0 when nothing is overdue


@dataclass(frozen=True, slots=True)
class LedgerTotals:
    open_invoices: int = 0
    overdue_invoices: int = 0
    closed_invoices: int = 0
    open_balance: dict[str, Decimal] = field(default_factory=dict)
    overdue_balance: dict[str, Decimal] = field(default_factory=dict)


def primary_contact(contacts: Sequence[Contact]) -> Contact | None:
    """The customer's primary contact (the first one if none is marked)."""
    return next((c for c in contacts if c.primary), contacts[0] if contacts else None)


def balances(invoices: Iterable[Invoice]) -> dict[str, Decimal]:
    """The balances of `invoices` summed per currency (never across), by currency code."""
    summed: dict[str, Decimal] = defaultdict(Decimal)
    for invoice in invoices:
        summed[invoice.currency] += invoice.balance
    return dict(sorted(summed.items()))


def summarize_customers(
    customers: Mapping[str, Customer],
    contacts: Mapping[str, Sequence[Contact]],
    invoices: Iterable[Invoice],
    today: date,
) -> list[CustomerSummary]:
    """One row per customer, most overdue first, then by name."""
    by_customer: dict[str, list[Invoice]] = defaultdict(list)
    for invoice in invoices:
        if invoice.status is InvoiceStatus.OPEN:
            by_customer[invoice.customer_id].append(invoice)
    rows = [
        _summarize(
            customer, primary_contact(contacts.get(cid, ())), by_customer.get(cid, []), today
        )
        for cid, customer in customers.items()
    ]
    rows.sort(key=lambda row: (-row.oldest_days_overdue, row.customer.name.casefold()))
    return rows


def _summarize(
    customer: Customer, contact: Contact | None, open_invoices: list[Invoice], today: date
) -> CustomerSummary:
    overdue = [inv.days_overdue(today) for inv in open_invoices if inv.days_overdue(today) > 0]
    return CustomerSummary(
        customer=customer,
        primary_contact=contact,
        open_invoices=len(open_invoices),
        overdue_invoices=len(overdue),
        open_balance=balances(open_invoices),
        oldest_days_overdue=max(overdue, default=0),
    )


def ledger_totals(invoices: Iterable[Invoice], today: date) -> LedgerTotals:
    totals = LedgerTotals()
    open_count = overdue_count = closed_count = 0
    for invoice in invoices:
        if invoice.status is not InvoiceStatus.OPEN:
            closed_count += 1
            continue
        open_count += 1
        _add(totals.open_balance, invoice.currency, invoice.balance)
        if invoice.days_overdue(today) > 0:
            overdue_count += 1
            _add(totals.overdue_balance, invoice.currency, invoice.balance)
    return LedgerTotals(
        open_invoices=open_count,
        overdue_invoices=overdue_count,
        closed_invoices=closed_count,
        open_balance=dict(sorted(totals.open_balance.items())),
        overdue_balance=dict(sorted(totals.overdue_balance.items())),
    )


def _add(bucket: dict[str, Decimal], currency: str, amount: Decimal) -> None:
    bucket[currency] = bucket.get(currency, Decimal(0)) + amount
