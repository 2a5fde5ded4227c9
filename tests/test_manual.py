"""Collectors' commands (`daemon.core.manual`): a call's promise acts exactly as an emailed one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from reply_world import NOW, config, mail, match, situation

from daemon.core.manual import Action, Command, CommandError, Outcome, decide_command
from daemon.core.reconcile import kept_by_hand
from daemon.core.records import (
    ClosedReason,
    Contact,
    EventKind,
    FollowUp,
    FollowUpKind,
    FollowUpStatus,
    SequenceState,
    SequenceStatus,
)
from daemon.core.reply_policy import respond
from daemon.core.verdict import Facts, Intent, Verdict

CONFIG = config()
FRIDAY = date(2026, 11, 27)


def command(action: Action, **fields: object) -> Command:
    return Command(id="20261123-abcd", action=action, customer_id="C1", by="jamie", **fields)  # type: ignore[arg-type]


def test_a_promise_on_the_phone_pauses_and_is_followed_up_like_an_emailed_one() -> None:
    called = decide_command(
        command(Action.CALL, outcome=Outcome.PROMISE, day=FRIDAY, amount=Decimal("80.00")),
        situation(),
        CONFIG,
    )
    emailed = respond(
        mail("We will pay on Friday."),
        Verdict(Intent.PROMISE_TO_PAY, 0.95, Facts(date=FRIDAY, amount=Decimal("80.00"))),
        match(),
        situation(),
        CONFIG,
    )
    (call_state,), (mail_state,) = called.sequences, emailed.sequences
    assert call_state.status is mail_state.status is SequenceStatus.PAUSED
    assert call_state.paused_until == mail_state.paused_until
    (call_promise,) = called.followups
    (mail_promise,) = emailed.followups
    assert (call_promise.kind, call_promise.due) == (FollowUpKind.PROMISE, FRIDAY)
    assert call_promise.due == mail_promise.due
    assert call_promise.extra["promised_amount"] == "80.00"
    (event,) = called.history
    assert event.kind is EventKind.CALL_LOGGED and event.data["by"] == "jamie"
    assert event.summary.startswith("call: promise to pay: promise for 2026-11-27")


def test_they_say_it_was_sent_a_claim_to_verify_and_a_dispute_stops_its_invoice() -> None:
    claim = decide_command(
        command(Action.CALL, outcome=Outcome.SENT, reference="CHK 1234"), situation(), CONFIG
    )
    (check,) = claim.followups
    assert check.kind is FollowUpKind.PAYMENT_CHECK and check.extra["reference"] == "CHK 1234"
    disputed = decide_command(
        command(Action.DISPUTE, invoices=("INV-2",), note="wrong quantity"), situation(), CONFIG
    )
    (state,) = disputed.sequences
    assert state.disputed_invoices == ("INV-2",)
    assert disputed.history[0].kind is EventKind.MANUAL_ACTION
    assert "(wrong quantity)" in disputed.summary
    quiet = decide_command(command(Action.CALL, outcome=Outcome.NO_ANSWER), situation(), CONFIG)
    assert quiet.sequences == () and quiet.history[0].summary == "call: no-answer"


def test_pay_pause_resume_exclude_resolve() -> None:
    paid = decide_command(command(Action.PAY, invoices=("INV-1",)), situation(), CONFIG)
    (closed,) = paid.invoices
    assert closed.closed_reason is ClosedReason.MANUAL and closed.closed_at == NOW
    held = decide_command(command(Action.PAUSE, day=date(2026, 12, 1)), situation(), CONFIG)
    (state,) = held.sequences
    assert state.status is SequenceStatus.PAUSED and state.paused_until is not None
    assert state.paused_until.date() == date(2026, 12, 1)
    resumed = decide_command(command(Action.RESUME), situation(sequence=state), CONFIG)
    assert resumed.sequences[0].status is SequenceStatus.ACTIVE
    promise = FollowUp("<p>#promise", "C1", FollowUpKind.PROMISE, FRIDAY, ("INV-1",), NOW)
    gone = decide_command(command(Action.EXCLUDE), situation(followups=(promise,)), CONFIG)
    assert gone.sequences[0].status is SequenceStatus.STOPPED
    assert gone.followups[0].status is FollowUpStatus.CANCELLED
    disputed = SequenceState("C1", disputed_invoices=("INV-1", "INV-2"))
    settled = decide_command(
        command(Action.RESOLVE, invoices=("INV-2",)), situation(sequence=disputed), CONFIG
    )
    assert settled.sequences[0].disputed_invoices == ("INV-1",)


@pytest.mark.parametrize(
    ("given", "says"),
    [
        (command(Action.PROMISE), "needs the promised day"),
        (command(Action.PROMISE, day=NOW.date() - timedelta(days=2)), "has passed"),
        (command(Action.PAY), "name the invoices"),
        (command(Action.PAY, invoices=("INV-9",)), "not an open invoice of C1: INV-9"),
        (command(Action.PAUSE, day=NOW.date()), "a day after today"),
        (command(Action.RESOLVE), "no open dispute"),
    ],
)
def test_a_command_that_cannot_apply_says_why(given: Command, says: str) -> None:
    with pytest.raises(CommandError, match=says):
        decide_command(given, situation(), CONFIG)


def test_a_contact_set_by_hand_becomes_primary_and_lifts_its_bounce() -> None:
    old = Contact("C1", "ap@acme.example", "Pat", "Doe", primary=True)
    held = SequenceState(
        "C1",
        status=SequenceStatus.PAUSED,
        reason="bounce reply: until a collector resumes",
        undeliverable=("ap@acme.example", "billing@acme.example"),
    )
    given = Contact("", "Billing@Acme.example", "Lee", "Park", "+1 555 0102", primary=True)
    decided = decide_command(
        command(Action.CONTACT, contact=given), situation(sequence=held, contacts=(old,)), CONFIG
    )
    assert decided.contacts is not None
    new, kept = decided.contacts
    assert (new.email, new.primary, new.set_by) == ("billing@acme.example", True, "jamie")
    assert kept.email == "ap@acme.example" and not kept.primary
    (state,) = decided.sequences
    assert state.undeliverable == ("ap@acme.example",)
    assert state.status is SequenceStatus.ACTIVE
    assert "reminders resumed" in decided.summary


def test_the_next_export_keeps_a_contact_set_by_hand() -> None:
    exported = (Contact("C1", "ap@acme.example", primary=True),)
    by_hand = Contact("C1", "lee@acme.example", primary=True, set_by="jamie")
    merged = kept_by_hand((by_hand, replace(exported[0], primary=False)), exported)
    assert merged == (by_hand, replace(exported[0], primary=False))
    # Once the accounting system lists the address itself, the export's record is the one kept.
    listed = (*exported, Contact("C1", "lee@acme.example"))
    assert kept_by_hand((by_hand,), listed) == listed
