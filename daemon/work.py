"""What the collectors' commands read from the store: the book behind today's call list.

One job: `read_book(config, store, now)` gathers the store's records and the planner's reminders
as of `now` into a `daemon.core.worklist.Book`, so the worklist itself stays pure. For the
customers on the list it also looks ahead (a dry run of the planner over their part of the ledger)
so each row can say when their next reminder goes out, not only what is due today.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from daemon.config.schema import Config
from daemon.core.worklist import Book, worklist
from daemon.planning import StorePlanner
from daemon.shell.store import Store

# How far ahead the next reminder is looked for: past a weekly repeat and a paused fortnight.
LOOK_AHEAD = timedelta(days=45)
# The dry run's step: a reminder's day is what the row shows, so an hour is precise enough.
LOOK_AHEAD_TICK = timedelta(hours=1)


def read_book(
    config: Config, store: Store, now: datetime, planner: StorePlanner | None = None
) -> Book:
    """The store as the worklist reads it at `now` (with the service's `planner` when it has one:
    compiling the templates again for a planner costs more than the rest)."""
    planner = planner or StorePlanner.for_config(config, store)
    planned = planner.plan(now)
    book = Book(
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
    today = now.astimezone(ZoneInfo(config.schedule.timezone)).date()
    listed = {row.customer.id for row in worklist(book, today)}
    if not listed:
        return book
    # Reminders due now are already in the plan; the dry run adds the ones after them.
    ahead = planner.simulate(now, now + LOOK_AHEAD, customers=listed, tick=LOOK_AHEAD_TICK)
    return replace(book, reminders=(*planned.reminders, *ahead))
