"""The planner over the store: one place, so `run`, `plan`, `simulate` and `preview` agree."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import TypedDict

from daemon.composer import CompiledTemplates
from daemon.config.schema import Config
from daemon.core.calendar import BusinessCalendar
from daemon.core.plan import plan
from daemon.core.plan_records import Plan, PlannedReminder
from daemon.core.plan_simulate import simulate
from daemon.core.records import Contact, Customer, Invoice, OutboxItem, SequenceState
from daemon.shell.holiday_source import business_calendar
from daemon.shell.store import Store


class LedgerView(TypedDict):
    customers: Mapping[str, Customer]
    contacts: Mapping[str, Sequence[Contact]]
    invoices: Mapping[str, Invoice]
    sequences: Mapping[str, SequenceState]
    recent: Iterable[OutboxItem]


def ledger_view(store: Store, only: Collection[str] | None = None) -> LedgerView:
    """The planner's inputs as the store has them now (`recent`: the whole, pruned, outbox);
    with `only`, those of these customers alone."""
    view = LedgerView(
        customers=store.customers(),
        contacts=store.contacts(),
        invoices=store.invoices(),
        sequences=store.sequences(),
        recent=tuple(store.outbox().values()),
    )
    if only is None:
        return view
    return LedgerView(
        customers={k: v for k, v in view["customers"].items() if k in only},
        contacts={k: v for k, v in view["contacts"].items() if k in only},
        invoices={k: v for k, v in view["invoices"].items() if v.customer_id in only},
        sequences={k: v for k, v in view["sequences"].items() if v.customer_id in only},
        recent=tuple(item for item in view["recent"] if item.customer_id in only),
    )


class StorePlanner:
    """The planner over the store as it is now, with the calendar and template languages."""

    # A tick of the simulation: sends fall on the tick after their window opens, so a quarter
    # hour keeps simulated send times within 15 minutes of the real ones (half-hour zones too).
    SIMULATION_TICK = timedelta(minutes=15)

    def __init__(self, config: Config, store: Store, templates: CompiledTemplates) -> None:
        self.config = config
        self.store = store
        self.templates = templates
        self.languages = frozenset(language for language, _ in templates.by_key)
        self._calendars: dict[tuple[int, ...], BusinessCalendar] = {}

    @classmethod
    def for_config(cls, config: Config, store: Store) -> StorePlanner:
        return cls(config, store, CompiledTemplates.for_config(config))

    def calendar(self, first: datetime, last: datetime) -> BusinessCalendar:
        # One year more than asked: a send window may open in the next year.
        years = tuple(range(first.year, last.year + 2))
        if years not in self._calendars:
            self._calendars[years] = business_calendar(self.config.schedule, years)
        return self._calendars[years]

    def plan(self, now: datetime) -> Plan:
        return plan(
            now,
            config=self.config,
            calendar=self.calendar(now, now),
            languages=self.languages,
            **ledger_view(self.store),
        )

    def simulate(
        self,
        start: datetime,
        end: datetime,
        *,
        customers: Collection[str] | None = None,
        tick: timedelta = SIMULATION_TICK,
    ) -> list[PlannedReminder]:
        """The reminders the daemon would send in [start, end), of `customers` only if given."""
        return simulate(
            start,
            end,
            step=tick,
            config=self.config,
            calendar=self.calendar(start, end),
            languages=self.languages,
            **ledger_view(self.store, customers),
        )
