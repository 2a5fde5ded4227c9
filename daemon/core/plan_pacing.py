"""Pacing: at most N reminders per recipient address and local day, never badgering.

One job: give each drafted reminder its final send time, moving it to a later business day when its
recipient already has `max_emails_per_contact_per_day` emails that day (counting the recent outbox
and the reminders placed before it in the same plan), and dropping a courtesy note that could only
arrive after its invoice's due date. Pure; it must not choose steps or recipients.

The day is the recipient's calendar day in the zone of the customer being written to: two customers
sharing one accounts-payable address are paced together even across zones, each on its own clock.
Older debts get a day's slot first (by the driving invoice's due date), then the customer id and the
invoice decide, so the same inputs always give the same plan.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from daemon.core.calendar import ONE_DAY, BusinessCalendar, day_start, local_date
from daemon.core.plan_contact import address_key
from daemon.core.plan_records import PlannedReminder
from daemon.core.records import OutboxItem, OutboxStatus

# Items that went out or will: a failed or cancelled email reached nobody, so it takes no slot.
COUNTED = frozenset({OutboxStatus.PENDING, OutboxStatus.SENDING, OutboxStatus.SENT})


@dataclass(frozen=True, slots=True)
class Draft:
    reminder: PlannedReminder  # its send_at: the earliest instant it may go out
    zone: ZoneInfo  # the customer's zone: the one `reminder.timezone` names
    until: date | None  # courtesy notes: the last local date they make sense on
    priority: date  # the driving invoice's due date: older debts get the day's slot first


def pace(
    drafts: Iterable[Draft],
    recent: Iterable[OutboxItem],
    calendar: BusinessCalendar,
    *,
    per_day: int,
    pay_within_days: int,
) -> tuple[list[PlannedReminder], list[tuple[str, str]]]:
    """The placed reminders, and (customer id, why) for each draft dropped."""
    used = _recent_sends(recent)
    placed: list[PlannedReminder] = []
    dropped: list[tuple[str, str]] = []
    for draft in sorted(drafts, key=_order):
        reminder = draft.reminder
        sends = used[address_key(reminder.recipient.email)]
        send_at = _first_free(draft, sends, calendar, per_day)
        day = local_date(send_at, draft.zone)
        if draft.until is not None and day > draft.until:
            why = f"courtesy note {reminder.step} would go out on {day}, after the due date"
            dropped.append((reminder.customer_id, why))
            continue
        sends.append(send_at)
        placed.append(
            replace(
                reminder,
                send_at=send_at,
                pay_by=day + timedelta(days=pay_within_days),
                reason=reminder.reason + _moved(draft, day, per_day),
            )
        )
    return placed, dropped


def _order(draft: Draft) -> tuple[datetime, date, str, str]:
    reminder = draft.reminder
    return reminder.send_at, draft.priority, reminder.customer_id, reminder.sequence_invoice


def _recent_sends(recent: Iterable[OutboxItem]) -> defaultdict[str, list[datetime]]:
    used: defaultdict[str, list[datetime]] = defaultdict(list)
    for item in recent:
        if item.status in COUNTED:
            # When it went out, else when it will be tried next, else when it was planned.
            at = item.sent_at or item.next_attempt_at or item.planned_at
            used[address_key(item.recipient)].append(at)
    return used


def _first_free(
    draft: Draft, sends: Sequence[datetime], calendar: BusinessCalendar, per_day: int
) -> datetime:
    """The draft's earliest send time, moved day by day past days already full."""
    zone = draft.zone
    at = draft.reminder.send_at
    # Terminates: each turn moves to a later day, and only finitely many days hold sends.
    while _on_day(sends, local_date(at, zone), zone) >= per_day:
        at = calendar.next_send_time(day_start(local_date(at, zone) + ONE_DAY, zone), zone)
    return at


def _on_day(sends: Iterable[datetime], day: date, zone: ZoneInfo) -> int:
    return sum(1 for at in sends if local_date(at, zone) == day)


def _moved(draft: Draft, day: date, per_day: int) -> str:
    wanted = local_date(draft.reminder.send_at, draft.zone)
    if day == wanted:
        return ""
    limit = "a reminder" if per_day == 1 else f"{per_day} reminders"
    address = draft.reminder.recipient.email
    return f"; moved to {day}: {address} already gets {limit} on {wanted}"
