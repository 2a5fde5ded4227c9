"""Builders for the pure reply-handling tests: a Mail, a Match and a Situation on fixed dates."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from daemon.config.schema import Config
from daemon.core.calendar import BusinessCalendar
from daemon.core.correlate import Match, SentRef, Via
from daemon.core.decision import Situation
from daemon.core.mail import Mail
from daemon.core.records import Contact, FollowUp, Invoice, SequenceState

# Monday 23 November 2026, 10:00 in New York; Thanksgiving (26th) is a holiday.
ZONE = ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
CALENDAR = BusinessCalendar(holidays=frozenset({date(2026, 11, 26)}))
SENT = SentRef("<aaaaaaaaaaaaaaaaaaaa@ar.example>", "C1", "ap@acme.example", ("INV-1", "INV-2"))


def config(**sections: Any) -> Config:
    base: dict[str, Any] = {
        "company": {"legal_name": "Example Supplies", "from_address": "ar@example.com"},
        "smtp": {"host": "localhost", "tls": "none"},
        "schedule": {"timezone": "America/New_York"},
    }
    base.update(sections)
    return Config.model_validate(base)


def mail(reply: str = "", **fields: Any) -> Mail:
    values: dict[str, Any] = {
        "message_id": "<r1@acme.example>",
        "in_reply_to": (SENT.message_id,),
        "references": (SENT.message_id,),
        "sender": "ap@acme.example",
        "sender_name": "Ann Payer",
        "reply_to": (),
        "recipients": ("ar@example.com",),
        "delivered_to": (),
        "subject": "Re: Invoice reminder",
        "date": NOW,
        "body": reply,
        "reply": reply,
        "language": "en",
        "auto_submitted": "",
        "dsn": None,
        "auth": (),
        "attachments": (),
        "size": 1000,
    }
    values.update(fields)
    return Mail(**values)


def match(*named: str, sent: SentRef | None = SENT, via: Via = Via.THREAD) -> Match:
    return Match("C1", via, sent, tuple(named), "ap@acme.example", ("test",))


def invoice(number: str, balance: str = "100.00", customer: str = "C1") -> Invoice:
    return Invoice(
        number, customer, date(2026, 9, 1), date(2026, 10, 1), Decimal(balance), Decimal(balance),
        "USD",
    )  # fmt: skip


def situation(
    *,
    sequence: SequenceState | None = None,
    invoices: tuple[Invoice, ...] = (invoice("INV-1"), invoice("INV-2"), invoice("INV-3")),
    contacts: tuple[Contact, ...] = (Contact("C1", "ap@acme.example", primary=True),),
    followups: tuple[FollowUp, ...] = (),
    now: datetime = NOW,
) -> Situation:
    return Situation(
        now=now,
        zone=ZONE,
        calendar=CALENDAR,
        customer_id="C1",
        sequence=sequence or SequenceState("C1"),
        open_invoices={i.number: i for i in invoices},
        contacts=contacts,
        followups=followups,
    )


def day_start(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=ZONE).astimezone(UTC)
