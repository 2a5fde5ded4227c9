"""Collectors' orders from their mail client, and follow-ups coming due (pure)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from reply_world import CALENDAR, NOW, ZONE, config, day_start, invoice, mail, match, situation

from daemon.core.followup import review, sent
from daemon.core.orders import Order, carry_out, own_email
from daemon.core.records import (
    ClosedReason,
    EventKind,
    FollowUp,
    FollowUpKind,
    FollowUpStatus,
    InvoiceStatus,
    SequenceState,
    SequenceStatus,
)

CONFIG = config()


def test_resume_lifts_a_hold_and_the_named_disputes() -> None:
    held = SequenceState(
        "C1", status=SequenceStatus.PAUSED, disputed_invoices=("INV-1", "INV-2"), reason="plan"
    )
    decision = carry_out(Order.RESUME, mail(), match("INV-2"), situation(sequence=held), CONFIG)
    (state,) = decision.sequences
    assert state.status is SequenceStatus.ACTIVE and state.paused_until is None
    assert state.disputed_invoices == ("INV-1",)
    assert decision.filing.folder == CONFIG.collectors.folders.processed
    assert decision.history[0].kind is EventKind.MANUAL_ACTION


def test_resume_naming_no_invoice_lifts_every_dispute_and_a_stop() -> None:
    stopped = SequenceState("C1", status=SequenceStatus.STOPPED, disputed_invoices=("INV-1",))
    decision = carry_out(
        Order.RESUME, mail(), match(sent=None), situation(sequence=stopped), CONFIG
    )
    (state,) = decision.sequences
    assert state.status is SequenceStatus.ACTIVE and state.disputed_invoices == ()


def test_resume_keeps_an_opted_out_address_off() -> None:
    opted = SequenceState("C1", status=SequenceStatus.STOPPED, unsubscribed=("ap@acme.example",))
    decision = carry_out(Order.RESUME, mail(), match(), situation(sequence=opted), CONFIG)
    assert decision.sequences[0].unsubscribed == ("ap@acme.example",)


def test_paid_closes_the_named_invoices_as_a_collectors_call() -> None:
    decision = carry_out(Order.PAID, mail(), match("INV-3"), situation(), CONFIG)
    (closed,) = decision.invoices
    assert closed.number == "INV-3" and closed.status is InvoiceStatus.CLOSED
    assert closed.closed_reason is ClosedReason.MANUAL and closed.closed_at == NOW


def test_paid_without_a_named_invoice_uses_the_reminder_it_answers() -> None:
    decision = carry_out(Order.PAID, mail(), match(), situation(), CONFIG)
    assert [i.number for i in decision.invoices] == ["INV-1", "INV-2"]


def test_paid_naming_nothing_at_all_goes_back_to_a_person() -> None:
    decision = carry_out(Order.PAID, mail(), match(sent=None), situation(), CONFIG)
    assert decision.invoices == ()
    assert decision.filing.flagged
    assert decision.filing.folder == CONFIG.collectors.folders.needs_action


def test_stop_stops() -> None:
    decision = carry_out(Order.STOP, mail(), match(), situation(), CONFIG)
    assert decision.sequences[0].status is SequenceStatus.STOPPED


def test_a_collectors_own_email_pauses_the_robot() -> None:
    decision = own_email(mail(sender="ar@example.com"), situation(), CONFIG)
    (state,) = decision.sequences
    # Five business days after Mon 23 Nov, Thanksgiving skipped: Tue 1 Dec.
    assert state.paused_until == day_start(date(2026, 12, 1))
    assert "a collector wrote" in state.reason
    assert decision.history[0].data["by"] == "collector"


PROMISE = FollowUp(
    "<r1>#promise", "C1", FollowUpKind.PROMISE, date(2026, 11, 24), ("INV-1",), NOW,
    extra={"promised_date": "2026-11-24"},
)  # fmt: skip
INVOICES = {"INV-1": invoice("INV-1", "80.00")}


def test_a_promise_is_not_due_before_its_day() -> None:
    found = review([PROMISE], INVOICES, NOW, zone_of=lambda _: ZONE, calendar=CALENDAR)
    assert found.due == () and found.kept == ()


def test_an_unpaid_promise_is_due_on_its_day_inside_the_window() -> None:
    early = day_start(date(2026, 11, 24)) + timedelta(hours=7)  # 07:00 local: window not open
    found = review([PROMISE], INVOICES, early, zone_of=lambda _: ZONE, calendar=CALENDAR)
    assert found.due == ()
    nine = day_start(date(2026, 11, 24)) + timedelta(hours=9)
    (due,) = review([PROMISE], INVOICES, nine, zone_of=lambda _: ZONE, calendar=CALENDAR).due
    assert [i.number for i in due.unpaid] == ["INV-1"]
    assert due.extra["promised_amount"] == "80.00"  # none read: what is open
    done = sent(due.followup, "<f@ar>", nine)
    assert done.status is FollowUpStatus.SENT and "broken promise" in done.note


def test_a_paid_promise_is_kept_and_sends_nothing() -> None:
    paid = {"INV-1": replace(INVOICES["INV-1"], status=InvoiceStatus.CLOSED)}
    later = NOW + timedelta(days=1, hours=2)
    found = review([PROMISE], paid, later, zone_of=lambda _: ZONE, calendar=CALENDAR)
    assert found.due == ()
    (kept,) = found.kept
    assert kept.status is FollowUpStatus.KEPT


def test_money_that_arrives_before_the_day_closes_the_follow_up_at_once() -> None:
    # A payment claim is verified the day the money shows, not on the day set to check it;
    # until then the collectors would see it on the call list as still awaiting verification.
    paid = {"INV-1": replace(INVOICES["INV-1"], balance=Decimal(0))}
    found = review([PROMISE], paid, NOW, zone_of=lambda _: ZONE, calendar=CALENDAR)
    assert NOW.date() < PROMISE.due
    (kept,) = found.kept
    assert kept.status is FollowUpStatus.KEPT and kept.closed_at == NOW


def test_a_weekend_promise_is_followed_up_on_the_next_business_day() -> None:
    saturday = replace(PROMISE, due=date(2026, 11, 28))
    on_saturday = day_start(date(2026, 11, 28)) + timedelta(hours=10)
    found = review([saturday], INVOICES, on_saturday, zone_of=lambda _: ZONE, calendar=CALENDAR)
    assert found.due == ()
    monday = day_start(date(2026, 11, 30)) + timedelta(hours=10)
    found = review([saturday], INVOICES, monday, zone_of=lambda _: ZONE, calendar=CALENDAR)
    assert len(found.due) == 1
