"""The collectors' daily digest: when it is due, and what it says.

One job: `digest_day(...)` says whether a digest is due now (the configured local time has come on
a business day, and today's has not gone out), and `digest_context(...)` gathers what the
collectors need to start their day: today's call list, the replies filed for a person since the
last digest, the promises due today, and the reminders that go out tomorrow. Pure: `now` and the
records are arguments; rendering and sending are the shell's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from daemon.core.calendar import BusinessCalendar
from daemon.core.plan_records import PlannedReminder
from daemon.core.records import (
    Customer,
    FollowUp,
    FollowUpKind,
    FollowUpStatus,
    InboundMessage,
)
from daemon.core.worklist import WorkRow


def digest_day(
    now: datetime,
    *,
    zone: ZoneInfo,
    at: time,
    calendar: BusinessCalendar,
    last_sent: date | None,
) -> date | None:
    """The local day whose digest is due at `now`, or None (not yet, sent, or a day off)."""
    local = now.astimezone(zone)
    today = local.date()
    if local.time() < at or (last_sent is not None and last_sent >= today):
        return None
    return today if calendar.is_business_day(today) else None


def digest_context(
    *,
    today: date,
    since: datetime | None,
    company: str,
    rows: Sequence[WorkRow],
    inbound: Iterable[InboundMessage],
    followups: Iterable[FollowUp],
    tomorrow: Iterable[PlannedReminder],
    customers: Mapping[str, Customer],
    zone: ZoneInfo,
) -> dict[str, Any]:
    """The digest template's context (plain strings, lists and numbers)."""

    def name(customer_id: str) -> str:
        customer = customers.get(customer_id)
        return customer.name if customer else customer_id

    calls = [
        {
            "customer": row.customer.name,
            "contact": row.contact.display_name if row.contact else "",
            "phone": row.contact.phone if row.contact else "",
            "days": row.oldest_days_overdue,
            "balance": " + ".join(f"{a:,.2f} {c}" for c, a in row.open_balance.items()),
            "why": "; ".join(f"{why.reason}: {why.detail}" for why in row.why),
        }
        for row in rows
    ]
    replies = [
        {
            "customer": name(message.customer_id),
            "intent": (message.intent or "unread").replace("_", " "),
            "received": f"{message.received_at.astimezone(zone):%a %d %b %H:%M}",
            "folder": message.moved_to or message.folder,
        }
        for message in sorted(inbound, key=lambda m: m.received_at)
        if message.flagged
        and (since is None or (message.handled_at or message.received_at) > since)
    ]
    promises = [
        {"customer": name(f.customer_id), "invoices": ", ".join(f.invoices)}
        for f in followups
        if f.kind is FollowUpKind.PROMISE and f.status is FollowUpStatus.OPEN and f.due == today
    ]
    planned = [
        {
            "customer": name(r.customer_id),
            "step": r.step.replace("_", " "),
            "to": r.recipient.email,
            "invoices": ", ".join(r.invoices),
            "at": f"{r.send_at.astimezone(ZoneInfo(r.timezone)):%H:%M %Z}",
        }
        for r in sorted(tomorrow, key=lambda r: r.send_at)
    ]
    return {
        "company": company,
        "today": today.isoformat(),
        "calls": calls,
        "replies": replies,
        "promises": promises,
        "tomorrow": planned,
    }


def sample_context() -> dict[str, Any]:
    """A context with one of everything, to check a digest template before it is needed."""
    return {
        "company": "Example Widgets Inc.",
        "today": "2026-11-23",
        "calls": [
            {"customer": "Acme & Sons", "contact": "Pat Doe", "phone": "+1 555 0101", "days": 35,
             "balance": "1,250.00 USD", "why": "broken promise: A-100: promised for 2026-11-20"}
        ],
        "replies": [
            {"customer": "Acme & Sons", "intent": "dispute", "received": "Mon 23 Nov 09:12",
             "folder": "AR/Disputes"}
        ],
        "promises": [{"customer": "Acme & Sons", "invoices": "A-100, A-101"}],
        "tomorrow": [
            {"customer": "Acme & Sons", "step": "second", "to": "ap@acme.example",
             "invoices": "A-100", "at": "09:00 EST"}
        ],
    }  # fmt: skip
