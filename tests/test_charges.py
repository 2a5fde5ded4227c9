"""Late-payment charges: presets on known examples, rounding, and the config's own checks."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from daemon.config.cadence import Cadence
from daemon.config.charges import LateChargesConfig
from daemon.core.charges import (
    Charge,
    charge_for,
    fixed_compensation,
    interest,
    late_charges,
    minor_unit,
)
from daemon.core.records import Invoice

DUE = date(2026, 1, 1)
EU = LateChargesConfig(preset="eu_2011_7", reference_rate_percent=Decimal("2.15"))
UK = LateChargesConfig(preset="uk_late_payment", reference_rate_percent=Decimal("4.00"))


def invoice(balance: str, currency: str = "EUR", number: str = "INV-1", **kw: Any) -> Invoice:
    amount = kw.pop("amount", balance)
    return Invoice(
        number=number,
        customer_id="C1",
        issue_date=date(2025, 12, 1),
        due_date=DUE,
        amount=Decimal(amount),
        balance=Decimal(balance),
        currency=currency,
        **kw,
    )


def test_eu_preset_on_a_known_example() -> None:
    # EUR 10,000 thirty days late at 2.15 % + 8 points: 10000 x 10.15 % x 30 / 365 = 83.4246...
    charge = charge_for(invoice("10000.00"), EU, date(2026, 1, 31))
    assert charge == Charge(
        "INV-1", "EUR", 30, Decimal("10.15"), Decimal("83.42"), Decimal("40.00")
    )
    assert charge.total == Decimal("123.42")


def test_uk_preset_on_a_known_example() -> None:
    # GBP 5,000 45 days late at 4 % + 8 %: 5000 x 12 % x 45 / 365 = 73.9726...; GBP 70 fixed sum.
    charge = charge_for(invoice("5000.00", "GBP"), UK, date(2026, 2, 15))
    assert charge is not None
    assert (charge.days, charge.rate_percent) == (45, Decimal("12.00"))
    assert (charge.interest, charge.fixed, charge.total) == (
        Decimal("73.97"),
        Decimal("70.00"),
        Decimal("143.97"),
    )


@pytest.mark.parametrize(
    ("debt", "fee"),
    [
        ("0.01", "40.00"),
        ("999.99", "40.00"),
        ("1000.00", "70.00"),
        ("9999.99", "70.00"),
        ("10000.00", "100.00"),
        ("250000.00", "100.00"),
    ],
)
def test_uk_fixed_sum_by_size_of_debt(debt: str, fee: str) -> None:
    assert fixed_compensation(UK, "GBP", Decimal(debt)) == Decimal(fee)


def test_presets_pay_their_fixed_sum_only_in_their_own_currency() -> None:
    assert fixed_compensation(EU, "USD", Decimal(100)) == Decimal("0.00")
    assert fixed_compensation(UK, "EUR", Decimal(100)) == Decimal("0.00")
    assert fixed_compensation(EU, "EUR", Decimal(100)) == Decimal("40.00")


def test_a_configured_fee_adds_a_currency_or_replaces_the_presets() -> None:
    terms = LateChargesConfig.model_validate(
        {
            "preset": "eu_2011_7",
            "reference_rate_percent": "2.15",
            "fixed_fee": {"USD": 45, "EUR": 0},
        }
    )
    assert fixed_compensation(terms, "USD", Decimal(1)) == Decimal("45.00")
    assert fixed_compensation(terms, "EUR", Decimal(1)) == Decimal("0.00")


def test_interest_rounds_half_up_once_at_the_end() -> None:
    # 456.25 x 10 % x 1 / 365 = 0.125 exactly: half up gives 0.13 (half even would give 0.12).
    assert interest(Decimal("456.25"), Decimal(10), 1, "EUR") == Decimal("0.13")
    assert interest(Decimal("456.24"), Decimal(10), 1, "EUR") == Decimal("0.12")


def test_interest_uses_the_currencys_minor_unit() -> None:
    # JPY has no minor unit: 1825 x 10 % / 365 = 0.5 → 1; KWD has three decimals.
    assert interest(Decimal(1825), Decimal(10), 1, "JPY") == Decimal(1)
    assert interest(Decimal("1000.000"), Decimal(10), 30, "KWD") == Decimal("8.219")
    assert minor_unit(Decimal("2.5"), "JPY") == Decimal(3)


def test_no_interest_before_the_due_date_or_on_nothing_open() -> None:
    assert interest(Decimal(1000), Decimal(10), 0, "EUR") == Decimal("0.00")
    assert interest(Decimal(0), Decimal(10), 30, "EUR") == Decimal("0.00")
    assert charge_for(invoice("1000.00"), EU, DUE) is None  # due today: not late yet
    assert charge_for(invoice("0.00", amount="100.00"), EU, date(2026, 3, 1)) is None
    assert charge_for(invoice("-50.00"), EU, date(2026, 3, 1)) is None  # a credit note


def test_interest_runs_on_the_open_balance_after_a_partial_payment() -> None:
    charge = charge_for(invoice("1000.00", amount="3000.00"), EU, date(2026, 1, 31))
    assert charge is not None
    assert charge.interest == Decimal("8.34")  # 1000 x 10.15 % x 30 / 365 = 8.342...


def test_a_contractual_rate_and_a_margin_override() -> None:
    fixed_rate = LateChargesConfig(annual_rate_percent=Decimal(12))
    assert fixed_rate.annual_rate == Decimal(12)
    charge = charge_for(invoice("5000.00", "USD"), fixed_rate, date(2026, 2, 15))
    assert charge is not None
    assert (charge.interest, charge.fixed) == (Decimal("73.97"), Decimal("0.00"))
    lower = LateChargesConfig(
        preset="eu_2011_7", reference_rate_percent=Decimal("2.15"), margin_percent=Decimal(5)
    )
    assert lower.annual_rate == Decimal("7.15")


def test_a_fee_without_interest() -> None:
    fee_only = LateChargesConfig.model_validate({"fixed_fee": {"USD": 25}})
    assert fee_only.annual_rate is None
    charge = charge_for(invoice("100.00", "USD"), fee_only, date(2026, 1, 2))
    assert charge == Charge("INV-1", "USD", 1, None, Decimal("0.00"), Decimal("25.00"))


def test_late_charges_keeps_order_and_skips_invoices_not_late() -> None:
    invoices = [
        invoice("100.00", number="A"),
        Invoice("B", "C1", DUE, date(2026, 6, 1), Decimal(5), Decimal(5), "EUR"),
        invoice("200.00", number="C"),
    ]
    assert [c.invoice for c in late_charges(invoices, EU, date(2026, 2, 1))] == ["A", "C"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"preset": "eu_2011_7"}, "needs the current reference rate"),
        ({}, "charges nothing"),
        (
            {"annual_rate_percent": 5, "reference_rate_percent": 1},
            "either annual_rate_percent or reference_rate_percent",
        ),
        ({"margin_percent": 8, "fixed_fee": {"EUR": 1}}, "needs reference_rate_percent"),
        ({"fixed_fee": {"euro": 40}}, "ISO 4217"),
        ({"fixed_fee": {"EUR": -1}}, "at least 0"),
        ({"annual_rate_percent": 150}, "must be 0 to 100"),
        ({"preset": "us_2026", "reference_rate_percent": 1}, "preset"),
    ],
)
def test_config_refuses_incoherent_terms(data: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        LateChargesConfig.model_validate(data)


def test_cadences_have_no_charges_unless_configured() -> None:
    steps = [{"offset": "+1d", "template": "first"}]
    assert Cadence.model_validate({"steps": steps}).late_charges is None
    with_charges = Cadence.model_validate(
        {"steps": steps, "late_charges": {"preset": "uk_late_payment", "reference_rate_percent": 4}}
    )
    assert with_charges.late_charges == UK
