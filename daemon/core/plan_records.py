"""What the planner returns: planned reminders and the plan that holds them.

Data only, frozen like every domain record; the decisions live in `daemon.core.plan` and its
`plan_*` helpers. Nothing here reads the clock: "due" is always relative to a `now` handed in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from daemon.core.records import Contact, OutboxItem, sequence_key


@dataclass(frozen=True, slots=True)
class PlannedReminder:
    """One email the planner would send: to whom, which step, listing what, and when."""

    customer_id: str
    sequence_invoice: str  # per-invoice mode: the invoice whose sequence this is; "" otherwise
    recipient: Contact
    cadence: str
    step: str  # the step's name
    step_index: int
    repeat: int  # 0: the step's first sending; n: its n-th repeat
    template: str
    language: str
    timezone: str  # IANA name of the zone the window, the dates and `pay_by` are read in
    invoices: tuple[str, ...]  # invoice numbers listed, oldest due first; the first drove the step
    send_at: datetime  # timezone-aware, UTC, inside a send window on a business day
    pay_by: date  # in the customer's zone: the send date + outbound.pay_within_days
    reason: str  # one readable line: why this step, now (shown by `dunmail plan`)

    @property
    def sequence_key(self) -> str:
        return sequence_key(self.customer_id, self.sequence_invoice)


@dataclass(frozen=True, slots=True)
class Plan:
    reminders: tuple[PlannedReminder, ...] = ()  # every eligible reminder, by send_at
    resets: tuple[str, ...] = ()  # sequence keys to restart: the customer caught up
    skipped: tuple[tuple[str, str], ...] = ()  # (customer id, why) owed something, not reminded


def due(plan: Plan, now: datetime) -> tuple[PlannedReminder, ...]:
    """The reminders whose send time has come."""
    return tuple(reminder for reminder in plan.reminders if reminder.send_at <= now)


def outbox_item(
    reminder: PlannedReminder,
    message_id: str,
    *,
    planned_at: datetime,
    references: Iterable[str] = (),
) -> OutboxItem:
    """The outbox record of `reminder`, written before it is sent (PENDING)."""
    return OutboxItem(
        message_id=message_id,
        customer_id=reminder.customer_id,
        recipient=reminder.recipient.email,
        step=reminder.step,
        invoices=reminder.invoices,
        planned_at=planned_at,
        cadence=reminder.cadence,
        step_index=reminder.step_index,
        repeat=reminder.repeat,
        template=reminder.template,
        language=reminder.language,
        sequence_invoice=reminder.sequence_invoice,
        references=tuple(references),
    )
