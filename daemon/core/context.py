"""The data a reminder template sees, built from domain records (pure).

One job: turn a `ReminderRequest` and the company's config into plain dicts, lists and strings,
with money and dates already formatted for the customer's locale (language + country), so a
template never formats, computes or calls into Python. It must not render templates, read files
or the clock (`sent_at` is in the request), or build the message. `dunmail check` renders every
template with `daemon.core.sample`, which calls this same builder, so the shape cannot drift.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_currency, format_percent

from daemon.config.charges import LateChargesConfig
from daemon.config.company import CompanyConfig
from daemon.core.charges import Charge, late_charges, minor_unit
from daemon.core.records import Contact, Customer, Invoice

_AMOUNT = re.compile(r"(?P<value>-?[0-9]+(?:\.[0-9]+)?)\s*(?P<currency>[A-Z]{3})?")


@dataclass(frozen=True, slots=True)
class ReminderRequest:
    """Everything one reminder says, fixed when it is composed (the planner decides the rest).

    `extra` carries what a follow-up refers to: `promised_date`, `promised_amount` and optionally
    `promised_on` for `promise_followup`; `claimed_date`, `reference` (check number or bank
    reference) and `claimed_amount` for `payment_check`. Dates are ISO (`2026-10-20`), amounts
    `1200.00` or `1200.00 USD`; anything else is shown as the customer wrote it.
    """

    customer: Customer
    contact: Contact
    invoices: tuple[Invoice, ...]  # listed in this order
    step: str
    template: str
    language: str
    timezone: str  # IANA name: "today" for days overdue is the customer's day
    pay_by: date
    message_id: str  # "<token@domain>"
    references: tuple[str, ...]  # earlier Message-IDs of this thread, oldest first
    sent_at: datetime  # timezone-aware
    cadence: str
    extra: Mapping[str, str] = field(default_factory=dict)


class Pdf(StrEnum):
    """What became of an invoice's PDF; the text tells the customer when one is missing."""

    NONE = "none"  # the ledger names no PDF, or attaching is off
    ATTACHED = "attached"
    TOO_LARGE = "too_large"  # over outbound.max_attachment_mb: pay link shown, copy offered


@dataclass(frozen=True, slots=True)
class Formats:
    """Money, dates and rates the way the customer's locale writes them.

    One per reminder: the same amount (a total listed four ways, an invoice's amount and its
    unchanged balance) and the same date are formatted once, as babel takes ~15 µs each time.
    """

    locale: Locale
    _seen: dict[tuple[object, str], str] = field(default_factory=dict, compare=False, repr=False)

    def money(self, amount: Decimal, currency: str) -> str:
        key = (amount, currency)
        if (text := self._seen.get(key)) is None:
            rounded = minor_unit(amount, currency)
            text = format_currency(rounded, currency, locale=self.locale, currency_digits=True)
            self._seen[key] = text
        return text

    def day(self, value: date) -> str:
        key = (value, "")
        if (text := self._seen.get(key)) is None:
            text = self._seen[key] = format_date(value, "medium", locale=self.locale)
        return text

    def rate(self, percent: Decimal) -> str:
        return format_percent(percent / 100, locale=self.locale, decimal_quantization=False)


@functools.lru_cache(maxsize=256)  # a few locales serve every customer
def customer_locale(language: str, country: str | None) -> Locale:
    """`de` + `AT` → de_AT; a pair CLDR does not know (de + US) falls back to the language."""
    language = language.replace("-", "_")
    if country:
        try:
            return Locale.parse(f"{language}_{country.upper()}")
        except (UnknownLocaleError, ValueError):
            pass
    try:
        return Locale.parse(language)
    except (UnknownLocaleError, ValueError) as exc:
        raise ValueError(f"language {language!r}: not a known locale") from exc


def local_today(sent_at: datetime, timezone: str) -> date:
    """The calendar day in the customer's zone when the reminder is sent."""
    if sent_at.tzinfo is None or sent_at.utcoffset() is None:
        raise ValueError("sent_at must be timezone-aware")
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"timezone {timezone!r}: not an IANA time zone") from exc
    return sent_at.astimezone(zone).date()


def company_context(company: CompanyConfig) -> dict[str, Any]:
    """The company as templates see it (an empty signature signs with the legal name)."""
    return {
        "legal_name": company.legal_name,
        "phone": company.phone or "",
        "email": company.email or "",
        "website": company.website or "",
        "payment_options": [
            {"label": option.label, "details": option.details} for option in company.payment_options
        ],
        "signature": company.signature.strip() or company.legal_name,
    }


def build_context(
    request: ReminderRequest,
    company: CompanyConfig,
    *,
    charges: LateChargesConfig | None = None,
    pdfs: Mapping[str, Pdf] | None = None,
) -> dict[str, Any]:
    """Template variables for `request`; see templates/README.md for the full list."""
    formats = Formats(customer_locale(request.language, request.customer.country))
    today = local_today(request.sent_at, request.timezone)
    pdfs = pdfs or {}
    found = late_charges(request.invoices, charges, today) if charges else ()
    rows = [invoice_row(i, today, formats, pdfs.get(i.number, Pdf.NONE)) for i in request.invoices]
    totals = _per_currency((i.currency, i.balance) for i in request.invoices)
    due = _per_currency([*totals.items(), *((c.currency, c.total) for c in found)])
    return {
        "company": company_context(company),
        "customer": {"id": request.customer.id, "name": request.customer.name},
        "contact": contact_context(request.contact),
        "invoices": rows,
        "totals": _money_list(totals, formats),
        "total": _joined(totals, formats),
        "charges": [charge_line(charge, formats) for charge in found],
        "charges_total": _joined(_per_currency((c.currency, c.total) for c in found), formats),
        "totals_due": _money_list(due, formats),
        "total_due": _joined(due, formats),
        "pay_by": formats.day(request.pay_by),
        "has_pay_links": any(row["pay_link"] for row in rows),
        "attached_pdfs": [row["number"] for row in rows if row["attached"]],
        "skipped_pdfs": [row["number"] for row in rows if row["pdf_too_large"]],
        "step": request.step,
        "template": request.template,
        "language": request.language,
        **extra_context(request.extra, formats, _single_currency(request.invoices)),
    }


def contact_context(contact: Contact) -> dict[str, str]:
    """Greeting name: the first name when known, else the full name; empty greets generically."""
    return {
        "first_name": contact.first_name,
        "last_name": contact.last_name,
        "display_name": contact.display_name,
        "greeting_name": contact.first_name or contact.display_name,
        "email": contact.email,
    }


def invoice_row(invoice: Invoice, today: date, formats: Formats, pdf: Pdf) -> dict[str, Any]:
    credit = invoice.is_credit_note
    days = 0 if credit else invoice.days_overdue(today)  # a credit note is never "overdue"
    paid = Decimal(0) if credit else invoice.amount - invoice.balance
    return {
        "number": invoice.number,
        "issue_date": formats.day(invoice.issue_date),
        "due_date": formats.day(invoice.due_date),
        "amount": formats.money(invoice.amount, invoice.currency),
        "balance": formats.money(invoice.balance, invoice.currency),
        "paid": formats.money(paid, invoice.currency),
        "partially_paid": 0 < paid < invoice.amount,
        "currency": invoice.currency,
        "days_overdue": "" if credit else days,
        "overdue": days > 0,
        "credit": credit,
        "pay_link": invoice.pay_link,
        "po_number": invoice.po_number,
        "attached": pdf is Pdf.ATTACHED,
        "pdf_too_large": pdf is Pdf.TOO_LARGE,
    }


def charge_line(charge: Charge, formats: Formats) -> dict[str, Any]:
    return {
        "invoice": charge.invoice,
        "days": charge.days,
        "rate": "" if charge.rate_percent is None else formats.rate(charge.rate_percent),
        "interest": formats.money(charge.interest, charge.currency),
        "fixed": formats.money(charge.fixed, charge.currency),
        "has_interest": bool(charge.interest),
        "has_fixed": bool(charge.fixed),
        "total": formats.money(charge.total, charge.currency),
    }


def extra_context(
    extra: Mapping[str, str], formats: Formats, currency: str | None
) -> dict[str, dict[str, str]]:
    """What a follow-up refers to; keys a request leaves out are empty strings."""

    def day(key: str) -> str:
        return _format_day(extra.get(key, ""), formats)

    def money(key: str) -> str:
        return _format_amount(extra.get(key, ""), formats, currency)

    return {
        "promise": {
            "date": day("promised_date"),
            "amount": money("promised_amount"),
            "told_on": day("promised_on"),
        },
        "payment_claim": {
            "date": day("claimed_date"),
            "reference": extra.get("reference", "").strip(),
            "amount": money("claimed_amount"),
        },
    }


def _format_day(text: str, formats: Formats) -> str:
    try:
        return formats.day(date.fromisoformat(text.strip()))
    except ValueError:
        return text.strip()


def _format_amount(text: str, formats: Formats, currency: str | None) -> str:
    match = _AMOUNT.fullmatch(text.strip())
    code = match and (match["currency"] or currency)
    if not match or not code:
        return text.strip()
    return formats.money(Decimal(match["value"]), code)


def _per_currency(amounts: Iterable[tuple[str, Decimal]]) -> dict[str, Decimal]:
    """Sum by currency, in order of first appearance (several currencies are never added up)."""
    sums: dict[str, Decimal] = {}
    for currency, amount in amounts:
        sums[currency] = sums.get(currency, Decimal(0)) + amount
    return sums


def _money_list(sums: Mapping[str, Decimal], formats: Formats) -> list[str]:
    return [formats.money(amount, currency) for currency, amount in sums.items()]


def _joined(sums: Mapping[str, Decimal], formats: Formats) -> str:
    return " + ".join(_money_list(sums, formats))


def _single_currency(invoices: Iterable[Invoice]) -> str | None:
    currencies = {invoice.currency for invoice in invoices}
    return currencies.pop() if len(currencies) == 1 else None
