"""What the collectors' commands read from the store: the book behind today's call list.

One job: `read_book(config, store, now)` gathers the store's records and the planner's next
reminder per customer into a `daemon.core.worklist.Book`, so the worklist itself stays pure.
"""

from __future__ import annotations

from datetime import datetime

from daemon.config.schema import Config
from daemon.core.records import FollowUpKind, FollowUpStatus
from daemon.core.worklist import Book
from daemon.planning import StorePlanner
from daemon.shell.store import Store


def read_book(config: Config, store: Store, now: datetime) -> Book:
    """The store as the worklist reads it at `now`."""
    return Book(
        customers=store.customers(),
        contacts=store.contacts(),
        invoices=list(store.invoices().values()),
        sequences=list(store.sequences().values()),
        followups=list(store.followups().values()),
        inbound=store.inbound_messages(),
        history=store.history(),
        final_steps={name: len(cadence.steps) - 1 for name, cadence in config.cadences.items()},
        next_actions=next_actions(config, store, now),
    )


def next_actions(config: Config, store: Store, now: datetime) -> dict[str, str]:
    """Per customer, what dunmail does next: the earliest of its next reminder and the day it
    checks a promise or a payment claim; else why it sends nothing."""
    planned = StorePlanner.for_config(config, store).plan(now)
    upcoming: dict[str, tuple[str, str]] = {}  # customer -> (sortable day, words)
    for reminder in planned.reminders:
        day = reminder.send_at.date().isoformat()
        words = f"{reminder.step} reminder on {day}"
        _keep_earliest(upcoming, reminder.customer_id, day, words)
    for followup in store.followups().values():
        if followup.status is not FollowUpStatus.OPEN:
            continue
        day = followup.due.isoformat()
        what = "promise" if followup.kind is FollowUpKind.PROMISE else "payment claim"
        _keep_earliest(upcoming, followup.customer_id, day, f"checks the {what} on {day}")
    actions = {customer: words for customer, (_day, words) in upcoming.items()}
    for customer, why in planned.skipped:
        actions.setdefault(customer, f"no reminder: {why}")
    return actions


def _keep_earliest(found: dict[str, tuple[str, str]], customer: str, day: str, words: str) -> None:
    if customer not in found or day < found[customer][0]:
        found[customer] = (day, words)
