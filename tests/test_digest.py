"""The collectors' daily digest (`daemon.core.digest`): when it is due and what it lists."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from reply_world import config

from daemon.core.calendar import BusinessCalendar
from daemon.core.decision import Decision, Filing
from daemon.core.digest import digest_context, digest_day, sample_context
from daemon.core.plan_records import PlannedReminder
from daemon.core.records import (
    Contact,
    Customer,
    EventKind,
    FollowUp,
    FollowUpKind,
    FollowUpStatus,
    HistoryEvent,
    InboundMessage,
)
from daemon.inbound_handler import Outcome
from daemon.notices import urgent
from daemon.shell.templates import TemplateLibrary, shipped_templates

ZONE = ZoneInfo("America/New_York")
CALENDAR = BusinessCalendar(holidays=frozenset({date(2026, 11, 26)}))  # Thanksgiving


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=ZONE)


def due(now: datetime, last: date | None = None) -> date | None:
    return digest_day(now, zone=ZONE, at=time(8, 0), calendar=CALENDAR, last_sent=last)


def test_once_a_business_day_from_the_configured_time() -> None:
    assert due(at(23, 7, 59)) is None
    assert due(at(23, 8, 0)) == date(2026, 11, 23)
    assert due(at(23, 15), last=date(2026, 11, 23)) is None  # sent already
    assert due(at(24, 8), last=date(2026, 11, 23)) == date(2026, 11, 24)
    assert due(at(26, 9)) is None  # a holiday
    assert due(at(28, 9)) is None  # Saturday


def test_what_it_lists() -> None:
    customers = {"C1": Customer("C1", "Acme"), "C2": Customer("C2", "Bolt")}
    inbound = [
        InboundMessage("<a>", "INBOX", 1, 1, at(22, 10).astimezone(UTC), "C1", "dispute",
                       handled_at=at(22, 10).astimezone(UTC), flagged=True,
                       moved_to="AR/Disputes"),
        InboundMessage("<b>", "INBOX", 1, 2, at(20, 10).astimezone(UTC), "C2", "other",
                       handled_at=at(20, 10).astimezone(UTC), flagged=True),  # before the last
        InboundMessage("<c>", "INBOX", 1, 3, at(22, 11).astimezone(UTC), "C2", "auto_reply",
                       handled_at=at(22, 11).astimezone(UTC)),  # not for a person
    ]  # fmt: skip
    followups = [
        FollowUp("<p>#promise", "C2", FollowUpKind.PROMISE, date(2026, 11, 23), ("B-1",),
                 at(20, 9)),
        FollowUp("<q>#promise", "C1", FollowUpKind.PROMISE, date(2026, 11, 30), ("A-1",),
                 at(20, 9)),
        FollowUp("<r>#promise", "C1", FollowUpKind.PROMISE, date(2026, 11, 23), ("A-2",),
                 at(20, 9), status=FollowUpStatus.KEPT),
    ]  # fmt: skip
    reminder = PlannedReminder(
        customer_id="C1", sequence_invoice="", recipient=Contact("C1", "ap@acme.example"),
        cadence="default", step="second", step_index=2, repeat=0, template="second",
        language="en", timezone="America/New_York", invoices=("A-1",),
        send_at=at(24, 9).astimezone(UTC), pay_by=date(2026, 12, 1), reason="",
    )  # fmt: skip
    context = digest_context(
        today=date(2026, 11, 23), since=at(21, 8).astimezone(UTC), company="Example Widgets",
        rows=[], inbound=inbound, followups=followups, tomorrow=[reminder],
        customers=customers, zone=ZONE,
    )  # fmt: skip
    assert context["replies"] == [
        {"customer": "Acme", "intent": "dispute", "received": "Sun 22 Nov 10:00",
         "folder": "AR/Disputes"}
    ]  # fmt: skip
    assert context["promises"] == [{"customer": "Bolt", "invoices": "B-1"}]
    assert context["tomorrow"] == [
        {"customer": "Acme", "step": "second", "to": "ap@acme.example", "invoices": "A-1",
         "at": "09:00 EST"}
    ]  # fmt: skip


def test_the_shipped_templates_render_it_in_both_languages(tmp_path: Path) -> None:
    library = TemplateLibrary(shipped_templates())
    for language, heading in (("en", "Today's call list"), ("de", "Anrufliste für heute")):
        subject, html, text = library.compile(language, "digest").render(sample_context())
        assert "2026-11-23" in subject and "1" in subject
        assert heading in html and "Acme &amp; Sons" in html  # escaped: names are data
        assert "Acme & Sons: 35 days" in text or "Acme & Sons: 35 Tage" in text


def test_which_replies_the_collectors_hear_of_at_once() -> None:
    def outcome(intent: str, **flags: bool) -> Outcome:
        record = InboundMessage("<m>", "INBOX", 1, 1, at(23, 9).astimezone(UTC), "C1", intent)
        event = HistoryEvent(at(23, 9), "C1", EventKind.REPLY_HANDLED, f"handled as {intent}")
        return Outcome(record, Decision(intent, "", history=(event,)), Filing(), **flags)

    settings = config()
    assert urgent(settings, outcome("dispute"))  # replies.dispute.notify is on by default
    assert not urgent(settings, outcome("promise_to_pay"))
    assert not urgent(settings, outcome("dispute", again=True))  # handled before: told before
    loud = config(replies={"promise_to_pay": {"notify": True}})
    assert urgent(loud, outcome("promise_to_pay"))
