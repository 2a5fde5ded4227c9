"""The per-intent reply policy: what each kind of reply does to the customer's reminders."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from reply_world import NOW, SENT, config, day_start, invoice, mail, match, situation

from daemon.core.mail import AuthResult
from daemon.core.records import (
    EventKind,
    FollowUp,
    FollowUpKind,
    FollowUpStatus,
    Invoice,
    SequenceState,
    SequenceStatus,
)
from daemon.core.reply_policy import respond
from daemon.core.verdict import BounceKind, Facts, Intent, Verdict

CONFIG = config()
KEYWORDS = CONFIG.collectors.keywords
FOLDERS = CONFIG.collectors.folders


def verdict(intent: Intent, confidence: float = 0.95, **facts: Any) -> Verdict:
    return Verdict(intent, confidence, Facts(**facts), ("rule",))


def test_payment_sent_pauses_five_business_days_and_schedules_a_check() -> None:
    facts: dict[str, Any] = {
        "date": date(2026, 11, 20),
        "amount": Decimal("200.00"),
        "reference": "4711",
    }
    decision = respond(mail(), verdict(Intent.PAYMENT_SENT, **facts), match(), situation(), CONFIG)
    (state,) = decision.sequences
    # Mon 23 Nov + 5 business days, skipping Thanksgiving: Tue 1 Dec.
    assert state.status is SequenceStatus.PAUSED
    assert state.paused_until == day_start(date(2026, 12, 1))
    (check,) = decision.followups
    assert check.kind is FollowUpKind.PAYMENT_CHECK and check.due == date(2026, 12, 1)
    assert check.invoices == ("INV-1", "INV-2")  # the reminder it answers
    assert check.extra == {
        "claimed_date": "2026-11-20", "reference": "4711", "claimed_amount": "200.00"
    }  # fmt: skip
    assert decision.filing.flagged and decision.filing.folder == FOLDERS.payments
    assert decision.filing.keywords == (KEYWORDS.processed, KEYWORDS.payment)


def test_a_promise_pauses_until_its_day_plus_grace_and_follows_up_that_day() -> None:
    promised = date(2026, 11, 24)  # tomorrow
    decision = respond(
        mail(), verdict(Intent.PROMISE_TO_PAY, date=promised), match("INV-2"), situation(), CONFIG
    )
    (promise,) = decision.followups
    assert promise.kind is FollowUpKind.PROMISE and promise.due == promised
    assert promise.invoices == ("INV-2",)  # named in the reply
    assert promise.extra["promised_date"] == "2026-11-24"
    assert promise.extra["promised_on"] == "2026-11-23"
    (state,) = decision.sequences
    # Grace of 2 business days after Tue 24th, Thanksgiving skipped: Fri 27th.
    assert state.paused_until == day_start(date(2026, 11, 27))
    assert not decision.filing.flagged and decision.filing.folder == FOLDERS.promises


def test_a_new_promise_supersedes_the_open_one() -> None:
    old = FollowUp("<old>#promise", "C1", FollowUpKind.PROMISE, date(2026, 11, 30), ("INV-1",), NOW)
    decision = respond(
        mail(),
        verdict(Intent.PROMISE_TO_PAY, date=date(2026, 12, 2)),
        match(),
        situation(followups=(old,)),
        CONFIG,
    )
    by_id = {f.id: f for f in decision.followups}
    assert by_id["<old>#promise"].status is FollowUpStatus.CANCELLED
    assert by_id["<r1@acme.example>#promise"].status is FollowUpStatus.OPEN


def test_a_promise_too_far_out_is_flagged_not_trusted() -> None:
    decision = respond(
        mail(), verdict(Intent.PROMISE_TO_PAY, date=date(2027, 3, 1)), match(), situation(), CONFIG
    )
    assert decision.followups == ()
    assert decision.filing.flagged
    (state,) = decision.sequences
    assert state.paused_until == day_start(date(2026, 12, 1))  # the default 5 business days


def test_a_dispute_stops_the_named_invoices_only() -> None:
    decision = respond(mail(), verdict(Intent.DISPUTE), match("INV-2"), situation(), CONFIG)
    (state,) = decision.sequences
    assert state.disputed_invoices == ("INV-2",)
    assert state.status is SequenceStatus.ACTIVE  # the other invoices are still chased
    assert decision.filing.folder == FOLDERS.disputes and decision.filing.flagged


def test_a_dispute_naming_nothing_stops_every_open_invoice() -> None:
    decision = respond(mail(), verdict(Intent.DISPUTE), match(), situation(), CONFIG)
    assert decision.sequences[0].disputed_invoices == ("INV-1", "INV-2", "INV-3")


def test_unsubscribe_takes_the_address_off_at_once_and_flags() -> None:
    decision = respond(mail(), verdict(Intent.UNSUBSCRIBE), match(), situation(), CONFIG)
    (state,) = decision.sequences
    assert state.unsubscribed == ("ap@acme.example",)
    assert state.blocked("AP@acme.example")
    assert decision.filing.flagged


def test_a_spoofed_unsubscribe_from_a_foreign_domain_changes_no_customer_address() -> None:
    """Anyone can write into our thread: an unsubscribe from a stranger's address blocks only
    that address, never the customer's contact, redirects nothing, and goes to a person."""
    stranger = mail("Unsubscribe me.", sender="mallory@evil.example")
    by_stranger = replace(match(), contact="")  # the sender is no contact of the customer
    decision = respond(stranger, verdict(Intent.UNSUBSCRIBE), by_stranger, situation(), CONFIG)
    (state,) = decision.sequences
    assert state.unsubscribed == ("mallory@evil.example",)
    assert not state.blocked("ap@acme.example")  # reminders still go where they went
    assert decision.contacts is None
    assert decision.filing.flagged


def test_an_out_of_office_defers_to_the_day_after_the_return_without_a_flag() -> None:
    decision = respond(
        mail(auto_submitted="auto-replied"),
        verdict(Intent.AUTO_REPLY, date=date(2026, 11, 30)),
        match(),
        situation(),
        CONFIG,
    )
    (state,) = decision.sequences
    assert state.paused_until == day_start(date(2026, 12, 1))  # return + 1 business day
    assert not decision.filing.flagged
    assert decision.resends == () and decision.followups == ()  # never answered (RFC 3834)


def test_an_out_of_office_far_away_is_capped() -> None:
    decision = respond(
        mail(), verdict(Intent.AUTO_REPLY, date=date(2027, 6, 1)), match(), situation(), CONFIG
    )
    # 15 business days from Mon 23 Nov, Thanksgiving skipped: Tue 15 Dec.
    assert decision.sequences[0].paused_until == day_start(date(2026, 12, 15))


def test_a_hard_bounce_marks_the_address_and_holds_the_customer() -> None:
    bounce = verdict(
        Intent.BOUNCE, bounce=BounceKind.HARD, bounced=("ap@acme.example",), status="5.1.1"
    )
    decision = respond(mail(sender="mailer-daemon@mx.acme.example"), bounce, match(), situation(),
                       CONFIG)  # fmt: skip
    (state,) = decision.sequences
    assert state.undeliverable == ("ap@acme.example",)
    assert state.status is SequenceStatus.PAUSED and state.paused_until is None
    assert decision.filing.flagged
    assert "needs a new contact" in decision.summary


def test_soft_bounces_resend_until_the_limit_then_count_as_hard() -> None:
    soft = verdict(Intent.BOUNCE, bounce=BounceKind.SOFT, bounced=("ap@acme.example",))
    state = SequenceState("C1")
    for attempt in range(1, 4):
        decision = respond(mail(), soft, match(), situation(sequence=state), CONFIG)
        state = decision.sequences[0]
        if attempt < 3:
            (resend,) = decision.resends
            assert resend.original == SENT.message_id and resend.at == NOW + timedelta(days=1)
            assert state.undeliverable == () and not decision.filing.flagged
    assert decision.resends == ()
    assert state.undeliverable == ("ap@acme.example",)


def test_any_other_human_reply_pauses_three_business_days_and_flags() -> None:
    decision = respond(mail("Call me"), verdict(Intent.OTHER, 0.5), match(), situation(), CONFIG)
    (state,) = decision.sequences
    assert state.paused_until == day_start(date(2026, 11, 27))  # Thanksgiving skipped
    assert decision.filing.flagged and decision.filing.folder == FOLDERS.needs_action


def test_low_confidence_is_handled_as_other() -> None:
    decision = respond(mail(), verdict(Intent.DISPUTE, 0.4), match("INV-1"), situation(), CONFIG)
    assert decision.intent == "other"
    assert decision.sequences[0].disputed_invoices == ()
    assert "below 0.8" in decision.summary


def test_a_payment_plan_holds_until_a_collector_resumes() -> None:
    decision = respond(mail(), verdict(Intent.PAYMENT_PLAN), match(), situation(), CONFIG)
    (state,) = decision.sequences
    assert state.status is SequenceStatus.PAUSED and state.paused_until is None


def test_a_reply_never_lifts_a_stop() -> None:
    stopped = SequenceState("C1", status=SequenceStatus.STOPPED, reason="collector")
    decision = respond(mail(), verdict(Intent.OTHER), match(), situation(sequence=stopped), CONFIG)
    assert decision.sequences == ()


def test_every_decision_is_documented() -> None:
    for intent in Intent:
        decision = respond(mail("text"), verdict(intent), match(), situation(), CONFIG)
        (event,) = decision.history
        assert event.kind is EventKind.REPLY_HANDLED and event.customer_id == "C1"
        assert event.data["message_id"] == "<r1@acme.example>"
        assert event.data["classified_as"] == intent.value
        assert event.data["matched_via"] == "thread"
        assert len(event.data["status"]) == 2


WRONG = verdict(Intent.WRONG_CONTACT, new_contact="bob@acme.example")
TRUSTING = config(
    replies={
        "trusted_authserv_ids": ["mx.example.com"],
        "wrong_contact": {"auto_switch_contact": True},
    }
)


def test_wrong_contact_is_a_persons_decision_by_default() -> None:
    decision = respond(mail(), WRONG, match(), situation(), CONFIG, authenticated=True)
    assert decision.contacts is None
    assert "bob@acme.example: a collector decides" in decision.summary
    assert decision.filing.flagged


@pytest.mark.parametrize(
    ("new", "authenticated", "switched"),
    [
        ("bob@acme.example", True, True),
        ("bob@acme.example", False, False),  # unauthenticated: never
        ("bob@gmail.com", True, False),  # free mail: never
        ("bob@elsewhere.example", True, False),  # a foreign domain: never
    ],
)
def test_wrong_contact_switches_only_when_allowed_and_authenticated(
    new: str, authenticated: bool, switched: bool
) -> None:
    wrong = replace(WRONG, facts=Facts(new_contact=new))
    decision = respond(mail(), wrong, match(), situation(), TRUSTING, authenticated=authenticated)
    if switched:
        assert decision.contacts is not None
        assert [(c.email, c.primary) for c in decision.contacts] == [(new, True)]
    else:
        assert decision.contacts is None


def test_authentication_results_are_data_the_caller_checks() -> None:
    # respond() trusts only its `authenticated` argument, never a header in the mail itself.
    forged = mail(auth=(AuthResult("evil.example", "dkim", "pass", "acme.example"),))
    decision = respond(forged, WRONG, match(), situation(), TRUSTING)
    assert decision.contacts is None


def test_paid_invoices_are_not_disputed() -> None:
    only_three = situation(invoices=(invoice("INV-3"),))
    decision = respond(mail(), verdict(Intent.DISPUTE), match("INV-1"), only_three, CONFIG)
    assert decision.sequences[0].disputed_invoices == ("INV-3",)


ANSWERING = config(replies={"invoice_request": {"attach_invoice_pdf": True}})


def with_pdf(number: str) -> Invoice:
    return replace(invoice(number), pdf_path=f"{number}.pdf")


def test_an_invoice_request_is_answered_with_the_pdfs_when_configured() -> None:
    asked = situation(invoices=(with_pdf("INV-1"), invoice("INV-2"), with_pdf("INV-3")))
    decision = respond(mail(), verdict(Intent.INVOICE_REQUEST), match("INV-1", "INV-2"), asked,
                       ANSWERING)  # fmt: skip
    (answer,) = decision.answers
    assert answer.template == "invoice_copy" and answer.recipient == "ap@acme.example"
    assert answer.invoices == ("INV-1",)  # INV-2 has no PDF in the ledger
    assert answer.references == (SENT.message_id, "<r1@acme.example>")  # threads under the ask
    assert decision.sequences[0].paused_until is not None  # and the cadence still pauses


def test_invoices_go_only_to_a_known_contact_and_not_by_default() -> None:
    asked = situation(invoices=(with_pdf("INV-1"),))
    stranger = replace(match("INV-1"), contact="")
    ask = verdict(Intent.INVOICE_REQUEST)
    assert respond(mail(), ask, stranger, asked, ANSWERING).answers == ()
    assert respond(mail(), ask, match("INV-1"), asked, CONFIG).answers == ()
