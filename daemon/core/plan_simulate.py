"""A dry run of the reminders over a stretch of time: what `dunmail simulate` prints.

One job: replay the daemon's loop on a fixed ledger, tick by tick: plan at each tick, restart the
sequences the plan resets, take what is due, advance those sequences and remember each as sent, so
the one-per-day limit and the minimum gap see it. Pure and deterministic: nothing is sent or
stored, the Message-IDs are made up, nobody pays. It must not read the clock: the ticks are
`start`, `start + step`, ... up to but excluding `end`, and a reminder counts as sent at the tick
that found it due, as the daemon polling every `step` would send it. A `step` longer than the send
window can skip whole windows; an hour or less follows the real daemon closely.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from daemon.config.schema import Config
from daemon.core.calendar import BusinessCalendar
from daemon.core.plan import PlannedReminder, advance, due, outbox_item, plan, reset
from daemon.core.records import Contact, Customer, Invoice, OutboxItem, OutboxStatus, SequenceState


def simulate(
    start: datetime,
    end: datetime,
    *,
    step: timedelta,
    config: Config,
    calendar: BusinessCalendar,
    customers: Mapping[str, Customer],
    contacts: Mapping[str, Sequence[Contact]],
    invoices: Mapping[str, Invoice],
    sequences: Mapping[str, SequenceState],
    recent: Iterable[OutboxItem] = (),
    languages: Collection[str],
) -> list[PlannedReminder]:
    """Every reminder the daemon would send in [start, end), in the order it would send them."""
    if step <= timedelta(0):
        raise ValueError("the simulation step must be positive")
    states = dict(sequences)
    history = list(recent)
    sent: list[PlannedReminder] = []
    now = start.astimezone(UTC)  # send times are UTC, like the planner's
    while now < end:
        current = plan(
            now,
            config=config,
            calendar=calendar,
            customers=customers,
            contacts=contacts,
            invoices=invoices,
            sequences=states,
            recent=history,
            languages=languages,
        )
        for key in current.resets:
            states[key] = reset(states[key])
        for reminder in due(current, now):
            message_id = f"<simulated-{len(sent) + 1}@dunmail.invalid>"
            key = reminder.sequence_key
            states[key] = advance(states.get(key), reminder, now, message_id)
            item = outbox_item(reminder, message_id, planned_at=now)
            history.append(replace(item, status=OutboxStatus.SENT, sent_at=now))
            sent.append(replace(reminder, send_at=now))
        now += step
    return sent
