"""What handling one inbound message comes to: the records to store and the mailbox actions.

One job: the `Decision` record that `daemon.core.reply_policy` and `daemon.core.orders` return and
the inbound loop applies (store first, in one commit; then the mailbox), plus the `Situation` they
read. Data only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from daemon.core.calendar import BusinessCalendar, day_start, local_date
from daemon.core.records import (
    Contact,
    FollowUp,
    HistoryEvent,
    Invoice,
    OutboxItem,
    SequenceState,
)


@dataclass(frozen=True, slots=True)
class Filing:
    """Where the message goes in the collectors' mail client."""

    keywords: tuple[str, ...] = ()  # IMAP keywords to set (RFC 3501 §2.3.2)
    flagged: bool = False  # \Flagged: a person must act
    folder: str | None = None  # move it there ("/"-separated); None: leave it where it is


@dataclass(frozen=True, slots=True)
class Resend:
    """Send a reminder again (after a soft bounce), as a new message, not before `at`."""

    original: str  # Message-ID of the reminder that bounced
    at: datetime


@dataclass(frozen=True, slots=True)
class Answer:
    """An email to send in answer to the message (the invoice copies a customer asked for)."""

    template: str
    recipient: str  # a known contact of the customer, never just whoever wrote
    invoices: tuple[str, ...]
    references: tuple[str, ...]  # the thread, ending with the message answered (RFC 5322 §3.6.4)


@dataclass(frozen=True, slots=True)
class Decision:
    intent: str  # the intent acted on ("" for unmatched mail and collectors' orders)
    summary: str  # one readable line for the log
    filing: Filing = Filing()
    sequences: tuple[SequenceState, ...] = ()  # new states to store
    followups: tuple[FollowUp, ...] = ()  # new or changed follow-ups
    contacts: tuple[Contact, ...] | None = None  # the customer's new contact list, if switched
    invoices: tuple[Invoice, ...] = ()  # invoices a collector's order changed
    resends: tuple[Resend, ...] = ()
    answers: tuple[Answer, ...] = ()
    history: tuple[HistoryEvent, ...] = ()


@dataclass(frozen=True, slots=True)
class Situation:
    """What the decision reads about one customer, at `now`."""

    now: datetime
    zone: ZoneInfo
    calendar: BusinessCalendar
    customer_id: str
    sequence: SequenceState  # the customer-level sequence: replies hold all of its reminders
    open_invoices: Mapping[str, Invoice]  # the customer's open invoices (not credit notes)
    contacts: Sequence[Contact] = ()
    followups: Sequence[FollowUp] = ()  # the customer's open follow-ups
    sent: Mapping[str, OutboxItem] = field(default_factory=dict)  # our emails it may refer to

    @property
    def today(self) -> date:
        return local_date(self.now, self.zone)

    def after_business_days(self, count: int) -> datetime:
        """The start of the `count`-th business day after today, in the customer's zone."""
        return day_start(self.calendar.add_business_days(self.today, count), self.zone)

    def on(self, day: date) -> datetime:
        return day_start(day, self.zone)
