"""Late-payment charges on overdue invoices: exact Decimal arithmetic, nothing else (pure).

Simple interest accrues per day on the open balance from the due date to the day the reminder is
sent, at a yearly rate over a 365-day year (the UK Act's daily rate; Directive 2011/7/EU leaves the
day count to national law, and 365 is the common reading). Each amount is rounded once, half up, to
the currency's minor unit; sums are taken of rounded amounts, so the lines a customer reads add up
to the total printed under them. Formatting for people is `daemon.core.context`'s job.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, localcontext

from babel.numbers import get_currency_precision

from daemon.config.charges import LateChargesConfig
from daemon.core.records import Invoice

DAYS_PER_YEAR = 365
EU_FIXED_COMPENSATION = Decimal(40)  # Directive 2011/7/EU art. 6(1): EUR 40 per late invoice
# UK Late Payment Act s.5A: GBP 40 below 1,000.00, GBP 70 below 10,000.00, GBP 100 from then on.
UK_FIXED_SUMS = ((Decimal(1000), Decimal(40)), (Decimal(10000), Decimal(70)))
UK_FIXED_TOP = Decimal(100)


@dataclass(frozen=True, slots=True)
class Charge:
    """What one overdue invoice costs in charges, each amount already rounded."""

    invoice: str
    currency: str
    days: int  # days of interest: from the due date to the day of sending
    rate_percent: Decimal | None  # yearly; None when only a fixed fee applies
    interest: Decimal
    fixed: Decimal

    @property
    def total(self) -> Decimal:
        return self.interest + self.fixed


def minor_unit(amount: Decimal, currency: str) -> Decimal:
    """`amount` rounded half up to the currency's minor unit (2 for EUR, 0 for JPY, 3 for KWD)."""
    exponent = Decimal(1).scaleb(-get_currency_precision(currency))
    return amount.quantize(exponent, rounding=ROUND_HALF_UP)


def interest(balance: Decimal, rate_percent: Decimal, days: int, currency: str) -> Decimal:
    """Simple interest: balance x rate/100 x days/365, rounded once at the end."""
    if days <= 0 or balance <= 0:
        return minor_unit(Decimal(0), currency)
    with localcontext() as exact:
        # The numerator is exact; 50 digits keep the one division far from a rounding boundary.
        exact.prec = 50
        raw = balance * rate_percent * days / (100 * DAYS_PER_YEAR)
    return minor_unit(raw, currency)


def fixed_compensation(terms: LateChargesConfig, currency: str, debt: Decimal) -> Decimal:
    """The fixed sum for one late invoice: configured per currency, else the preset's."""
    if currency in terms.fixed_fee:
        return minor_unit(terms.fixed_fee[currency], currency)
    if terms.preset == "eu_2011_7" and currency == "EUR":
        return minor_unit(EU_FIXED_COMPENSATION, currency)
    if terms.preset == "uk_late_payment" and currency == "GBP":
        fee = next((fee for limit, fee in UK_FIXED_SUMS if debt < limit), UK_FIXED_TOP)
        return minor_unit(fee, currency)
    return minor_unit(Decimal(0), currency)


def charge_for(invoice: Invoice, terms: LateChargesConfig, today: date) -> Charge | None:
    """The charges on `invoice` as of `today`; None when it is not overdue or nothing is open."""
    days = invoice.days_overdue(today)
    if days <= 0 or invoice.balance <= 0:
        return None
    rate = terms.annual_rate
    owed = Decimal(0) if rate is None else interest(invoice.balance, rate, days, invoice.currency)
    fixed = fixed_compensation(terms, invoice.currency, invoice.balance)
    if not owed and not fixed:
        return None
    return Charge(invoice.number, invoice.currency, days, rate, owed, fixed)


def late_charges(
    invoices: Iterable[Invoice], terms: LateChargesConfig, today: date
) -> tuple[Charge, ...]:
    """One `Charge` per overdue invoice, in the order given."""
    found = (charge_for(invoice, terms, today) for invoice in invoices)
    return tuple(charge for charge in found if charge is not None)
