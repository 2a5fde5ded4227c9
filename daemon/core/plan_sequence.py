"""How a sequence's progress moves: after a reminder went out, and when the customer caught up.

One job: the next `SequenceState` from the current one. Pure; it must not decide whether to send
(the planner does) nor touch status, pauses, disputes or bounces, which replies and collectors
change elsewhere.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from daemon.core.plan_records import PlannedReminder
from daemon.core.records import SequenceState


class SequenceMismatch(ValueError):
    """A reminder recorded against another sequence's state; nothing was changed."""


def advance(
    state: SequenceState | None, reminder: PlannedReminder, sent_at: datetime, message_id: str
) -> SequenceState:
    """The state after `reminder` went out at `sent_at` as `message_id`."""
    if sent_at.tzinfo is None or sent_at.utcoffset() is None:
        raise SequenceMismatch(f"sent_at must be timezone-aware, got {sent_at.isoformat()}")
    current = state or SequenceState(reminder.customer_id, invoice=reminder.sequence_invoice)
    if current.key != reminder.sequence_key:
        raise SequenceMismatch(f"reminder for {reminder.sequence_key} given state {current.key}")
    return replace(
        current,
        cadence=reminder.cadence,
        last_step=reminder.step,
        last_step_index=reminder.step_index,
        repeats_sent=reminder.repeat,
        last_sent_at=sent_at,
        thread=(*current.thread, message_id),
        driver=reminder.invoices[0] if reminder.invoices else "",
    )


def reset(state: SequenceState) -> SequenceState:
    """Back to before the first step, for a customer who caught up.

    The next overdue invoice starts a new thread at the first step. `last_sent_at` stays, so the
    minimum gap between two reminders still holds across the restart; status, pause, disputes and
    undeliverable addresses are facts about the customer, not about this round, and stay too.
    """
    return replace(state, last_step="", last_step_index=-1, repeats_sent=0, thread=(), driver="")
