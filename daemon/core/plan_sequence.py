"""How a sequence's progress moves: after a reminder went out, and when the customer caught up.

One job: the next `SequenceState` from the current one. Pure; it must not decide whether to send
(the planner does) nor touch status, pauses, disputes or bounces, which replies and collectors
change elsewhere.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from daemon.core.plan_records import PlannedReminder, outbox_item
from daemon.core.records import OutboxItem, OutboxKind, SequenceState


class SequenceMismatch(ValueError):
    """A reminder recorded against another sequence's state; nothing was changed."""


def advance(
    state: SequenceState | None, reminder: PlannedReminder, sent_at: datetime, message_id: str
) -> SequenceState:
    """The state after `reminder` went out at `sent_at` as `message_id`."""
    return advance_item(state, outbox_item(reminder, message_id, planned_at=sent_at), sent_at)


def reset(state: SequenceState) -> SequenceState:
    """Back to before the first step, for a customer who caught up.

    The next overdue invoice starts a new thread at the first step. `last_sent_at` stays, so the
    minimum gap between two reminders still holds across the restart; status, pause, disputes and
    undeliverable addresses are facts about the customer, not about this round, and stay too.
    """
    return replace(state, last_step="", last_step_index=-1, repeats_sent=0, thread=(), driver="")


def advance_item(state: SequenceState | None, item: OutboxItem, sent_at: datetime) -> SequenceState:
    """`advance` from the outbox record alone: after a restart the plan is gone, the item stays."""
    current = state or SequenceState(item.customer_id, invoice=item.sequence_invoice)
    if current.key != item.sequence_key:
        raise SequenceMismatch(f"outbox item for {item.sequence_key} given state {current.key}")
    if sent_at.tzinfo is None or sent_at.utcoffset() is None:
        raise SequenceMismatch(f"sent_at must be timezone-aware, got {sent_at.isoformat()}")
    return replace(
        current,
        cadence=item.cadence,
        last_step=item.step,
        last_step_index=item.step_index,
        repeats_sent=item.repeat,
        last_sent_at=sent_at,
        thread=(*current.thread, item.message_id),
        driver=item.invoices[0] if item.invoices else "",
    )


def progressed(state: SequenceState | None, item: OutboxItem, sent_at: datetime) -> SequenceState:
    """The state after `item` went out: a reminder advances the cadence (`advance_item`); a
    follow-up or a resend only joins the thread and counts for the gap between emails."""
    if item.kind is OutboxKind.REMINDER:
        return advance_item(state, item, sent_at)
    current = state or SequenceState(item.customer_id, invoice=item.sequence_invoice)
    return replace(current, last_sent_at=sent_at, thread=(*current.thread, item.message_id))
