"""Schema of `cadences:` (the reminder steps) and `assignments:` (which customer gets which).

A cadence is a list of steps placed by offset from the due date. The checks encode collection
etiquette as well as consistency: offsets strictly increase, only the last step repeats, and the
first reminder after the due date comes within 30 days (start at 30 days, not 60 or 90: the older
a debt, the harder it is to collect).
"""

from __future__ import annotations

import difflib
from collections.abc import Collection, Iterable, Mapping
from datetime import timedelta
from typing import Self

from pydantic import Field, model_validator

from daemon.config.base import Section
from daemon.config.charges import LateChargesConfig
from daemon.config.fields import (
    Duration,
    FrozenDict,
    Line,
    Loc,
    Name,
    Offset,
    located,
    validate_name,
)
from daemon.core.duration import format_offset

FIRST_OVERDUE_LIMIT = timedelta(days=30)


class Step(Section):
    """One reminder: which template to send, and when relative to the due date."""

    name: Name = ""  # empty: the template's name; recorded as the customer's last step
    offset: Offset  # "-3d" before the due date, "+10d" after; weeks ("+2w") work too
    template: Name  # template set to render, e.g. "first" -> templates/<lang>/first.*
    repeat_every: Duration | None = None  # last step only: send again this often
    repeat_max: int | None = Field(default=None, ge=1)  # needs repeat_every; null: no limit

    @model_validator(mode="after")
    def _name_defaults_to_template(self) -> Self:
        if not self.name:
            object.__setattr__(self, "name", self.template)  # still frozen to every caller
        return self


class Cadence(Section):
    steps: tuple[Step, ...] = Field(min_length=1)
    per_invoice: bool = False  # true: one sequence per invoice; false: one per customer
    late_charges: LateChargesConfig | None = None  # null: reminders show no late-payment charges

    @model_validator(mode="after")
    def _coherent(self) -> Self:
        problems = [*_order_problems(self.steps), *_repeat_problems(self.steps)]
        overdue = [(i, step) for i, step in enumerate(self.steps) if step.offset > timedelta(0)]
        if overdue and overdue[0][1].offset > FIRST_OVERDUE_LIMIT:
            i, step = overdue[0]
            problems.append(
                (
                    ("steps", i, "offset"),
                    f"the first reminder after the due date is at {format_offset(step.offset)}; "
                    f"it must be at most +30d: start collecting at 30 days, not 60 or 90",
                )
            )
        if problems:
            raise located(problems)
        return self


def _order_problems(steps: tuple[Step, ...]) -> list[tuple[Loc, str]]:
    problems: list[tuple[Loc, str]] = []
    seen: dict[str, int] = {}
    for i, step in enumerate(steps):
        if i and step.offset <= steps[i - 1].offset:
            problems.append(
                (
                    ("steps", i, "offset"),
                    f"must be later than the previous step's {format_offset(steps[i - 1].offset)}"
                    " (offsets must strictly increase)",
                )
            )
        if step.name in seen:
            what = f'step name "{step.name}" is already used by steps[{seen[step.name]}]'
            problems.append((("steps", i, "name"), what))
        seen.setdefault(step.name, i)
    return problems


def _repeat_problems(steps: tuple[Step, ...]) -> list[tuple[Loc, str]]:
    problems: list[tuple[Loc, str]] = []
    for i, step in enumerate(steps):
        if step.repeat_every is not None and i != len(steps) - 1:
            problems.append((("steps", i, "repeat_every"), "only the last step may repeat"))
        if step.repeat_every is not None and step.repeat_every <= timedelta(0):
            problems.append((("steps", i, "repeat_every"), "must be at least 1d"))
        if step.repeat_max is not None and step.repeat_every is None:
            problems.append((("steps", i, "repeat_max"), "needs repeat_every"))
    return problems


def default_cadences() -> FrozenDict[Cadence]:
    """Friendly before the due date, firm after, and a weekly final notice three times."""
    days = timedelta
    steps = (
        Step(offset=days(-3), template="pre_due"),
        Step(offset=days(1), template="first"),
        Step(offset=days(10), template="second"),
        Step(offset=days(25), template="final", repeat_every=days(7), repeat_max=3),
    )
    return FrozenDict({"default": Cadence(steps=steps)})


class Rule(Section):
    """Customers matching by id or by tag get `cadence`; the first matching rule wins."""

    customers: tuple[Line, ...] = ()  # customer ids as in the ledger
    tags: tuple[Line, ...] = ()  # any of these tags matches
    cadence: Name

    @model_validator(mode="after")
    def _one_matcher(self) -> Self:
        if bool(self.customers) == bool(self.tags):
            raise located([((), "needs either customers or tags (one of them, not empty)")])
        return self


class Exclude(Section):
    """Customers never reminded: by id or by tag."""

    customers: tuple[Line, ...] = ()
    tags: tuple[Line, ...] = ()


class Assignments(Section):
    default_cadence: Name = "default"  # for customers no rule matches
    rules: tuple[Rule, ...] = ()
    exclude: Exclude = Exclude()


def check_cadence_names(cadences: Mapping[str, Cadence]) -> Mapping[str, Cadence]:
    """Cadence names are keys of a mapping; validate them like every other name."""
    problems: list[tuple[Loc, str]] = []
    for name in cadences:
        try:
            validate_name(name)
        except ValueError as error:
            problems.append(((name,), str(error)))
    if problems:
        raise located(problems)
    return cadences


def cadence_references(assignments: Assignments) -> list[tuple[Loc, str]]:
    """Each cadence name `assignments` uses, with its location under `assignments`."""
    named: list[tuple[Loc, str]] = [(("default_cadence",), assignments.default_cadence)]
    return named + [
        (("rules", i, "cadence"), rule.cadence) for i, rule in enumerate(assignments.rules)
    ]


def unknown_cadences(
    defined: Collection[str], references: Iterable[tuple[Loc, str]]
) -> list[tuple[Loc, str]]:
    """A problem at each reference to a cadence that is not defined."""
    listing = ", ".join(defined) or "none"
    problems: list[tuple[Loc, str]] = []
    for loc, name in references:
        if name not in defined:
            close = difflib.get_close_matches(name, list(defined), n=1)
            hint = f' (did you mean "{close[0]}"?)' if close else f" (defined: {listing})"
            problems.append((loc, f'unknown cadence "{name}"{hint}'))
    return problems
