"""Schema of `cadences.<name>.late_charges`: statutory or contractual charges on late payment.

Off unless a cadence names it. A preset fills in the law's margin and fixed compensation; the
reference rate is never built in, because the central bank changes it (the ECB rate applies per
half-year under Directive 2011/7/EU, the UK uses the Bank of England base rate at 31 Dec / 30 Jun):
the config must say which rate it uses. The arithmetic lives in `daemon.core.charges`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Annotated, Literal, Self

from pydantic import AfterValidator, Field, model_validator

from daemon.config.base import Section
from daemon.config.fields import FrozenMap, Loc, located

Preset = Literal["eu_2011_7", "uk_late_payment"]
# Percentage points the law adds to the reference rate (Directive 2011/7/EU art. 2(6); UK Late
# Payment of Commercial Debts (Interest) Act 1998 as amended: base rate + 8 %).
PRESET_MARGIN: Mapping[str, Decimal] = {"eu_2011_7": Decimal(8), "uk_late_payment": Decimal(8)}
MAX_RATE = Decimal(100)


def _fees(value: Mapping[str, Decimal]) -> Mapping[str, Decimal]:
    problems: list[tuple[Loc, str]] = []
    for currency, fee in value.items():
        if not re.fullmatch(r"[A-Z]{3}", currency):
            problems.append(((currency,), 'expected an ISO 4217 currency code like "EUR"'))
        elif fee < 0:
            problems.append(((currency,), "must be at least 0"))
    if problems:
        raise located(problems)
    return value


Fees = Annotated[FrozenMap[Decimal], AfterValidator(_fees)]


class LateChargesConfig(Section):
    """Interest per day on the open balance since the due date, and/or a fixed fee per invoice."""

    preset: Preset | None = None
    reference_rate_percent: Decimal | None = None  # central bank rate the margin is added to
    margin_percent: Decimal | None = None  # null: the preset's 8 points, else 0
    annual_rate_percent: Decimal | None = None  # a fixed contractual rate instead of the above
    fixed_fee: Fees = Field(default_factory=dict)  # per overdue invoice, by currency

    @model_validator(mode="after")
    def _coherent(self) -> Self:
        problems = _source_problems(self)
        rate = self.annual_rate
        if rate is not None and not 0 <= rate <= MAX_RATE:
            problems.append(((), f"the yearly rate comes to {rate} %; it must be 0 to 100"))
        if rate is None and not self.fixed_fee and self.preset is None:
            problems.append(((), "charges nothing: set a preset, a rate or a fixed_fee"))
        if problems:
            raise located(problems)
        return self

    @property
    def annual_rate(self) -> Decimal | None:
        """The yearly interest rate in percent, or None when no interest is charged."""
        if self.annual_rate_percent is not None:
            return self.annual_rate_percent
        if self.reference_rate_percent is None:
            return None
        default = PRESET_MARGIN.get(self.preset or "", Decimal(0))
        margin = default if self.margin_percent is None else self.margin_percent
        return self.reference_rate_percent + margin


def _source_problems(charges: LateChargesConfig) -> list[tuple[Loc, str]]:
    problems: list[tuple[Loc, str]] = []
    if charges.preset is not None and charges.reference_rate_percent is None:
        problems.append(
            (
                ("reference_rate_percent",),
                f"the {charges.preset} preset needs the current reference rate (it changes twice "
                "a year, so dunmail cannot know it)",
            )
        )
    if charges.annual_rate_percent is not None and charges.reference_rate_percent is not None:
        what = "use either annual_rate_percent or reference_rate_percent, not both"
        problems.append((("annual_rate_percent",), what))
    if charges.margin_percent is not None and charges.reference_rate_percent is None:
        problems.append((("margin_percent",), "needs reference_rate_percent"))
    return problems
