"""Extractors on fixed dates: dates, amounts, references, addresses."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from daemon.core.extract import find_addresses, find_amounts, find_dates, find_reference

TODAY = date(2026, 11, 20)  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on 2026-12-01", date(2026, 12, 1)),
        ("by 12/01/2026", date(2026, 12, 1)),  # US: month first
        ("am 01.12.2026", date(2026, 12, 1)),  # German: day first
        ("bis zum 1.12.", date(2026, 12, 1)),
        ("on 1 December 2026", date(2026, 12, 1)),
        ("on December 1", date(2026, 12, 1)),
        ("by Dec 1st", date(2026, 12, 1)),
        ("Dec 1st, 2027", date(2027, 12, 1)),
        ("am 1. Dezember", date(2026, 12, 1)),
        ("today", date(2026, 11, 20)),
        ("tomorrow", date(2026, 11, 21)),
        ("morgen", date(2026, 11, 21)),
        ("next Friday", date(2026, 11, 27)),
        ("nächsten Montag", date(2026, 11, 23)),
        ("by the end of the month", date(2026, 11, 30)),
        ("Ende des Monats", date(2026, 11, 30)),
        ("in 10 days", date(2026, 11, 30)),
        ("on November 1", date(2027, 11, 1)),  # no year and long past: next year's
    ],
)
def test_find_dates_resolves_against_today(text: str, expected: date) -> None:
    assert find_dates(text, today=TODAY) == (expected,)


@pytest.mark.parametrize(
    ("text", "lookback", "expected"),
    [
        ("paid on Nov 15", 7, date(2026, 11, 15)),  # a few days ago: this year
        ("paid on Nov 15", 0, date(2027, 11, 15)),
        ("paid yesterday", 7, date(2026, 11, 19)),
    ],
)
def test_find_dates_looks_back_for_payments(text: str, lookback: int, expected: date) -> None:
    assert find_dates(text, today=TODAY, lookback_days=lookback) == (expected,)


@pytest.mark.parametrize(
    "text", ["Guten Morgen", "invoice 12345", "version 2.0.1", "31.02.2026", "13/45/2026", ""]
)
def test_find_dates_ignores_non_dates(text: str) -> None:
    assert find_dates(text, today=TODAY) == ()


def test_find_dates_keeps_reading_order() -> None:
    text = "away from 2026-12-01 until December 5"
    assert find_dates(text, today=TODAY) == (date(2026, 12, 1), date(2026, 12, 5))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$1,234.56", (Decimal("1234.56"), "USD")),
        ("1.234,56 €", (Decimal("1234.56"), "EUR")),
        ("EUR 500", (Decimal("500"), "EUR")),
        ("USD 1,200", (Decimal("1200"), "USD")),
        ("12,50 EUR", (Decimal("12.50"), "EUR")),
        ("£99.5", (Decimal("99.5"), "GBP")),
        ("300 euros", (Decimal("300"), "EUR")),
    ],
)
def test_find_amounts_needs_a_currency(text: str, expected: tuple[Decimal, str]) -> None:
    assert find_amounts(f"we sent {text} today") == (expected,)


@pytest.mark.parametrize("text", ["invoice 12345", "order no. 1,234", "on 12/01/2026", ""])
def test_find_amounts_ignores_bare_numbers(text: str) -> None:
    assert find_amounts(text) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("check #12345 is in the mail", "12345"),
        ("cheque no. 1234", "1234"),
        ("ref: ABC123", "ABC123"),
        ("transaction ID TX-99812", "TX-99812"),
        ("Überweisung mit Referenz RE-2026-77", "RE-2026-77"),
        ("Verwendungszweck: R4711", "R4711"),
        ("for invoice #123", ""),  # an invoice number is not a payment reference
        ("see reference below", ""),
    ],
)
def test_find_reference(text: str, expected: str) -> None:
    assert find_reference(text) == expected


def test_find_addresses_lower_cases_and_excludes() -> None:
    text = "Write to Jane.Doe@Example.COM. or ar@us.example, again jane.doe@example.com"
    assert find_addresses(text, exclude=["AR@us.example"]) == ("jane.doe@example.com",)
