"""Representative reminders: what `dunmail check` renders every template with.

The contexts come from sample *records* passed through the real builder
(`daemon.core.context.build_context`), so they have exactly the shape production uses and a
template that renders here cannot fail on a misspelt variable in production. Two samples cover
both sides of the templates' conditions: a full one (named contact, several currencies, a partial
payment, pay links, an attached and an oversized PDF, late charges, follow-up details) and a bare
one (no names, no links, no charges, nothing attached, no follow-up details).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from daemon.config.charges import LateChargesConfig
from daemon.config.schema import Config
from daemon.core.context import Pdf, ReminderRequest, build_context
from daemon.core.records import Contact, Customer, Invoice

SENT_AT = datetime(2026, 10, 31, 14, 0, tzinfo=UTC)
PAY_BY = date(2026, 11, 7)
_LINK = "https://pay.example.com/INV-1001"
_COUNTRIES = {"en": "US", "de": "DE"}
_SAMPLE_CHARGES = LateChargesConfig(preset="eu_2011_7", reference_rate_percent=Decimal("2.15"))
_EXTRA = {
    "promised_date": "2026-10-24",
    "promised_amount": "1200.00 USD",
    "promised_on": "2026-10-17",
    "claimed_date": "2026-10-20",
    "reference": "4711",
    "claimed_amount": "1280.00 USD",
}


def _invoice(
    number: str,
    issued: date,
    amount: str,
    balance: str,
    *,
    currency: str = "USD",
    pay_link: str = "",
) -> Invoice:
    """An invoice due 30 days after it was issued."""
    return Invoice(
        number=number,
        customer_id="C-001",
        issue_date=issued,
        due_date=issued + timedelta(days=30),
        amount=Decimal(amount),
        balance=Decimal(balance),
        currency=currency,
        pay_link=pay_link,
        po_number=f"PO-{number[-2:]}",
    )


SAMPLE_INVOICES = (
    _invoice("INV-1001", date(2026, 9, 1), "1200.00", "1200.00", pay_link=_LINK),
    _invoice("INV-1017", date(2026, 9, 15), "480.00", "80.00"),  # partly paid
    _invoice("INV-1020", date(2026, 9, 20), "300.00", "300.00", currency="EUR"),
)


def sample_request(language: str, template: str, *, full: bool = True) -> ReminderRequest:
    customer = Customer("C-001", "Example Customer Inc.", country=_COUNTRIES.get(language))
    contact = Contact("C-001", "ap@customer.example", "Dana", "Smith", primary=True)
    return ReminderRequest(
        customer=customer,
        contact=contact if full else Contact("C-001", "ap@customer.example", primary=True),
        invoices=SAMPLE_INVOICES if full else SAMPLE_INVOICES[1:2],
        step=template,
        template=template,
        language=language,
        timezone="America/New_York",
        pay_by=PAY_BY,
        message_id="<aaaaaaaaaaaaaaaaaaaa@example.com>",
        references=(),
        sent_at=SENT_AT,
        cadence="default",
        extra=_EXTRA if full else {},
    )


def sample_contexts(config: Config, language: str, template: str) -> list[dict[str, Any]]:
    """The full and the bare sample for `template` in `language`, with the configured company."""
    charges = next(
        (c.late_charges for c in config.cadences.values() if c.late_charges is not None),
        _SAMPLE_CHARGES,
    )
    pdfs = {"INV-1001": Pdf.ATTACHED, "INV-1017": Pdf.TOO_LARGE}
    full = build_context(
        sample_request(language, template), config.company, charges=charges, pdfs=pdfs
    )
    bare = build_context(sample_request(language, template, full=False), config.company)
    return [full, bare]


def sample_context(config: Config, language: str = "en", template: str = "first") -> dict[str, Any]:
    """The full sample alone (for previews and tests)."""
    return sample_contexts(config, language, template)[0]
