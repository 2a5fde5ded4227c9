"""What the collectors' commands read from the store: the book behind today's call list.

One job: `read_book(config, store, now)` gathers the store's records and the planner's reminders
as of `now` into a `daemon.core.worklist.Book`, so the worklist itself stays pure.
"""

from __future__ import annotations

from datetime import datetime

from daemon.config.schema import Config
from daemon.core.worklist import Book
from daemon.planning import StorePlanner
from daemon.shell.store import Store


def read_book(config: Config, store: Store, now: datetime) -> Book:
    """The store as the worklist reads it at `now`."""
    planned = StorePlanner.for_config(config, store).plan(now)
    return Book(
        customers=store.customers(),
        contacts=store.contacts(),
        invoices=list(store.invoices().values()),
        sequences=list(store.sequences().values()),
        followups=list(store.followups().values()),
        inbound=store.inbound_messages(),
        history=store.history(),
        final_steps={name: len(cadence.steps) - 1 for name, cadence in config.cadences.items()},
        reminders=planned.reminders,
        not_reminded=planned.skipped,
    )
