"""Template context: locale formatting, totals per currency, days overdue on the customer's day."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from daemon.config.charges import LateChargesConfig
from daemon.config.company import CompanyConfig
from daemon.config.loader import load_config
from daemon.core.context import (
    Pdf,
    ReminderRequest,
    build_context,
    company_context,
    customer_locale,
    local_today,
)
from daemon.core.records import Contact, Customer, Invoice
from daemon.core.sample import sample_context, sample_contexts, sample_request

ROOT = Path(__file__).resolve().parent.parent
COMPANY = CompanyConfig(
    legal_name="Example Widgets Inc.",
    from_address="Example Widgets <ar@example.com>",
    phone="+1 555 0100",
    email="ar@example.com",
)
SENT = datetime(2026, 10, 31, 14, 0, tzinfo=UTC)


def inv(number: str, amount: str, balance: str = "", currency: str = "USD", **kw: str) -> Invoice:
    return Invoice(
        number=number,
        customer_id="C1",
        issue_date=date(2026, 9, 1),
        due_date=date(2026, 10, 1),
        amount=Decimal(amount),
        balance=Decimal(balance or amount),
        currency=currency,
        **kw,  # type: ignore[arg-type]
    )


def request(
    *invoices: Invoice, language: str = "en", country: str | None = "US", **changes: object
) -> ReminderRequest:
    base = ReminderRequest(
        customer=Customer("C1", "Customer Inc.", country=country),
        contact=Contact("C1", "ap@customer.example", "Dana", "Smith"),
        invoices=invoices or (inv("INV-1", "1200.00"),),
        step="first",
        template="first",
        language=language,
        timezone="America/New_York",
        pay_by=date(2026, 11, 7),
        message_id="<aaaaaaaaaaaaaaaaaaaa@example.com>",
        references=(),
        sent_at=SENT,
        cadence="default",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_us_english_money_and_dates() -> None:
    context = build_context(request(), COMPANY)
    row = context["invoices"][0]
    assert (row["amount"], row["due_date"], row["issue_date"]) == (
        "$1,200.00",
        "Oct 1, 2026",
        "Sep 1, 2026",
    )
    assert context["total"] == "$1,200.00"
    assert context["pay_by"] == "Nov 7, 2026"


def test_german_in_germany_money_and_dates() -> None:
    context = build_context(
        request(inv("RE-1", "1200.00", currency="EUR"), language="de", country="DE"), COMPANY
    )
    row = context["invoices"][0]
    assert (row["amount"], row["due_date"]) == ("1.200,00\xa0€", "01.10.2026")
    assert context["pay_by"] == "07.11.2026"


@pytest.mark.parametrize(
    ("language", "country", "expected"),
    [
        ("en", "US", "en_US"),
        ("de", "DE", "de_DE"),
        ("de", "at", "de_AT"),
        ("de", "US", "de"),
        ("en", None, "en"),
        ("pt-BR", None, "pt_BR"),
    ],
)
def test_locale_is_language_and_country(language: str, country: str | None, expected: str) -> None:
    assert str(customer_locale(language, country)) == expected


def test_an_unknown_language_is_an_error() -> None:
    with pytest.raises(ValueError, match="language 'xx'"):
        customer_locale("xx", None)


def test_totals_are_per_currency_and_never_added_up() -> None:
    context = build_context(
        request(
            inv("A", "100.00", currency="EUR"),
            inv("B", "1000.00"),
            inv("C", "50.50", currency="EUR"),
        ),
        COMPANY,
    )
    assert context["totals"] == ["€150.50", "$1,000.00"]
    assert context["total"] == "€150.50 + $1,000.00"
    assert context["total_due"] == context["total"]
    assert context["charges"] == []
    assert context["charges_total"] == ""


def test_partial_payments_show_the_open_balance_and_what_was_paid() -> None:
    context = build_context(request(inv("A", "480.00", "80.00"), inv("B", "20.00")), COMPANY)
    partial, whole = context["invoices"]
    assert (partial["amount"], partial["balance"], partial["paid"]) == (
        "$480.00",
        "$80.00",
        "$400.00",
    )
    assert partial["partially_paid"] and not whole["partially_paid"]
    assert context["total"] == "$100.00"


@pytest.mark.parametrize(
    ("zone", "days"),
    [
        ("America/Los_Angeles", 0),  # still Oct 1 there: due today, not overdue
        ("UTC", 1),
        ("Asia/Tokyo", 1),
        ("Pacific/Kiritimati", 1),
    ],
)
def test_days_overdue_count_on_the_customers_calendar(zone: str, days: int) -> None:
    sent = datetime(2026, 10, 2, 3, 0, tzinfo=UTC)  # Oct 1, 20:00 in Los Angeles
    row = build_context(request(timezone=zone, sent_at=sent), COMPANY)["invoices"][0]
    assert row["days_overdue"] == days
    assert row["overdue"] is (days > 0)


def test_days_overdue_is_negative_before_the_due_date() -> None:
    sent = datetime(2026, 9, 28, 12, 0, tzinfo=UTC)
    row = build_context(request(sent_at=sent), COMPANY)["invoices"][0]
    assert (row["days_overdue"], row["overdue"]) == (-3, False)


def test_sent_at_must_be_aware_and_the_zone_known() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        local_today(datetime(2026, 10, 1, 12, 0), "UTC")
    with pytest.raises(ValueError, match="IANA"):
        local_today(SENT, "Mars/Olympus_Mons")
    offset = datetime(2026, 10, 1, 23, 0, tzinfo=timezone(timedelta(hours=-5)))
    assert local_today(offset, "Europe/Berlin") == date(2026, 10, 2)


def test_greeting_name_prefers_the_first_name() -> None:
    def greeting(first: str, last: str) -> str:
        contact = Contact("C1", "ap@customer.example", first, last)
        name: str = build_context(request(contact=contact), COMPANY)["contact"]["greeting_name"]
        return name

    assert greeting("Dana", "Smith") == "Dana"
    assert greeting("", "Smith") == "Smith"
    assert greeting("", "") == ""


def test_company_signature_falls_back_to_the_legal_name() -> None:
    context = company_context(COMPANY)
    assert context["signature"] == "Example Widgets Inc."
    assert context["website"] == ""  # not configured: empty, never missing
    signed = company_context(COMPANY.model_copy(update={"signature": "Jamie\nAR team\n"}))
    assert signed["signature"] == "Jamie\nAR team"


def test_late_charges_become_lines_and_a_total_including_them() -> None:
    terms = LateChargesConfig(preset="eu_2011_7", reference_rate_percent=Decimal("2.15"))
    sent = datetime(2026, 10, 31, 12, 0, tzinfo=UTC)
    context = build_context(
        request(inv("A", "10000.00", currency="EUR"), inv("B", "100.00"), sent_at=sent),
        COMPANY,
        charges=terms,
    )
    eur, usd = context["charges"]
    assert eur == {
        "invoice": "A",
        "days": 30,
        "rate": "10.15%",
        "interest": "€83.42",
        "fixed": "€40.00",
        "has_interest": True,
        "has_fixed": True,
        "total": "€123.42",
    }
    assert (usd["interest"], usd["has_fixed"]) == ("$0.83", False)
    assert context["charges_total"] == "€123.42 + $0.83"
    assert context["totals_due"] == ["€10,123.42", "$100.83"]


def test_pdf_states_reach_the_rows() -> None:
    pdfs = {"A": Pdf.ATTACHED, "B": Pdf.TOO_LARGE}
    context = build_context(
        request(inv("A", "1.00"), inv("B", "2.00"), inv("C", "3")), COMPANY, pdfs=pdfs
    )
    assert [(r["attached"], r["pdf_too_large"]) for r in context["invoices"]] == [
        (True, False),
        (False, True),
        (False, False),
    ]
    assert (context["attached_pdfs"], context["skipped_pdfs"]) == (["A"], ["B"])


def test_follow_up_details_are_formatted_or_kept_as_written() -> None:
    extra = {
        "promised_date": "2026-10-24",
        "promised_amount": "1200",
        "promised_on": "last Tuesday",
        "claimed_date": "2026-10-20",
        "reference": " 4711 ",
        "claimed_amount": "80.5 EUR",
    }
    context = build_context(request(extra=extra, language="de", country="DE"), COMPANY)
    assert context["promise"] == {
        "date": "24.10.2026",
        "amount": "1.200,00\xa0$",
        "told_on": "last Tuesday",
    }
    assert context["payment_claim"] == {
        "date": "20.10.2026",
        "reference": "4711",
        "amount": "80,50\xa0€",
    }
    empty = build_context(request(), COMPANY)
    assert empty["promise"] == {"date": "", "amount": "", "told_on": ""}


def test_an_amount_without_currency_is_kept_when_invoices_mix_currencies() -> None:
    mixed = request(inv("A", "1"), inv("B", "2", currency="EUR"), extra={"promised_amount": "3"})
    assert build_context(mixed, COMPANY)["promise"]["amount"] == "3"


def test_sample_context_is_built_by_the_real_builder() -> None:
    config = load_config(ROOT / "examples" / "config.yaml")
    for language in ("en", "de"):
        full, bare = sample_contexts(config, language, "first")
        real = build_context(sample_request(language, "first"), config.company)
        assert set(full) == set(bare) == set(real)
        assert set(full["invoices"][0]) == set(real["invoices"][0])
        assert full["charges"] and full["skipped_pdfs"] and not bare["charges"]
        assert full["company"]["legal_name"] == "Example Widgets Inc."
    assert sample_context(config, "de")["pay_by"] == "07.11.2026"
