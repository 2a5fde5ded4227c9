"""The outbox state machine, every state against every transition, and the last-moment recheck."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from daemon.core import outbox
from daemon.core.records import (
    ClosedReason,
    Invoice,
    InvoiceStatus,
    OutboxItem,
    OutboxStatus,
    SequenceState,
    SequenceStatus,
)

NOW = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)
ITEM = OutboxItem(
    message_id="<dm.abc@example.com>",
    customer_id="C1",
    recipient="ap@acme.example",
    step="first",
    invoices=("INV-1", "INV-2"),
    planned_at=NOW,
)

TRANSITIONS: dict[str, Callable[[OutboxItem], OutboxItem]] = {
    "sending": lambda item: outbox.sending(item, NOW),
    "sent": lambda item: outbox.sent(item, NOW),
    "retry_later": lambda item: outbox.retry_later(item, NOW + timedelta(minutes=5), "451"),
    "failed": lambda item: outbox.failed(item, "550 no such user"),
    "cancelled": lambda item: outbox.cancelled(item, "paid"),
}
ALLOWED = {
    (OutboxStatus.PENDING, "sending"): OutboxStatus.SENDING,
    (OutboxStatus.PENDING, "failed"): OutboxStatus.FAILED,
    (OutboxStatus.PENDING, "cancelled"): OutboxStatus.CANCELLED,
    (OutboxStatus.SENDING, "sent"): OutboxStatus.SENT,
    (OutboxStatus.SENDING, "retry_later"): OutboxStatus.PENDING,
    (OutboxStatus.SENDING, "failed"): OutboxStatus.FAILED,
}


@pytest.mark.parametrize("status", list(OutboxStatus))
@pytest.mark.parametrize("name", list(TRANSITIONS))
def test_every_state_and_transition(status: OutboxStatus, name: str) -> None:
    item = replace(ITEM, status=status)
    expected = ALLOWED.get((status, name))
    if expected is None:
        with pytest.raises(outbox.IllegalTransition):
            TRANSITIONS[name](item)
    else:
        assert TRANSITIONS[name](item).status is expected


def test_sending_counts_attempts_and_remembers_when() -> None:
    item = outbox.sending(ITEM, NOW)
    assert (item.attempts, item.sending_since) == (1, NOW)
    again = outbox.sending(outbox.retry_later(item, NOW, "451 busy"), NOW + timedelta(hours=1))
    assert again.attempts == 2


def test_ready_waits_for_the_retry_time() -> None:
    later = outbox.retry_later(outbox.sending(ITEM, NOW), NOW + timedelta(minutes=5), "451")
    assert outbox.ready(ITEM, NOW)
    assert not outbox.ready(later, NOW)
    assert outbox.ready(later, NOW + timedelta(minutes=5))
    assert not outbox.ready(outbox.sending(ITEM, NOW), NOW)


def invoice(number: str, balance: str = "100.00", **changes: object) -> Invoice:
    base = Invoice(
        number=number,
        customer_id="C1",
        issue_date=date(2026, 9, 1),
        due_date=date(2026, 10, 1),
        amount=Decimal("100.00"),
        balance=Decimal(balance),
        currency="USD",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_recheck_keeps_what_is_still_owed() -> None:
    invoices = {"INV-1": invoice("INV-1"), "INV-2": invoice("INV-2", "40.00")}
    result = outbox.recheck(ITEM, invoices, None, NOW)
    assert result.cancel == ""
    assert [i.number for i in result.invoices] == ["INV-1", "INV-2"]
    assert result.invoices[1].balance == Decimal("40.00")


def test_recheck_drops_paid_closed_and_disputed_invoices() -> None:
    paid_since = invoice(
        "INV-1",
        "0",
        status=InvoiceStatus.CLOSED,
        closed_reason=ClosedReason.PAID,
        closed_at=NOW,
    )
    invoices = {"INV-1": paid_since, "INV-2": invoice("INV-2")}
    assert [i.number for i in outbox.recheck(ITEM, invoices, None, NOW).invoices] == ["INV-2"]
    disputed = SequenceState("C1", disputed_invoices=("INV-2",))
    result = outbox.recheck(ITEM, invoices, disputed, NOW)
    assert result.invoices == ()
    assert "nothing left to ask" in result.cancel


def test_recheck_cancels_for_a_gone_invoice() -> None:
    assert outbox.recheck(ITEM, {}, None, NOW).cancel


@pytest.mark.parametrize(
    ("sequence", "cancelled"),
    [
        (SequenceState("C1"), False),
        (SequenceState("C1", status=SequenceStatus.STOPPED), True),
        (
            SequenceState("C1", status=SequenceStatus.PAUSED, paused_until=NOW + timedelta(days=1)),
            True,
        ),
        (
            SequenceState("C1", status=SequenceStatus.PAUSED, paused_until=NOW - timedelta(days=1)),
            False,
        ),
        (SequenceState("C1", status=SequenceStatus.PAUSED), True),  # until a collector resumes
        (SequenceState("C1", undeliverable=("AP@acme.example",)), True),
    ],
)
def test_recheck_respects_the_sequence(sequence: SequenceState, cancelled: bool) -> None:
    invoices = {"INV-1": invoice("INV-1")}
    assert bool(outbox.recheck(ITEM, invoices, sequence, NOW).cancel) is cancelled


def test_open_credit_notes_are_shown_in_the_currencies_asked_for() -> None:
    credit_usd = invoice("CN-1", "-30.00", amount=Decimal("-30.00"))
    credit_eur = invoice("CN-2", "-10.00", amount=Decimal("-10.00"), currency="EUR")
    used_up = invoice("CN-3", "0", amount=Decimal("-50.00"))
    other = invoice("CN-4", "-5.00", amount=Decimal("-5.00"), customer_id="C2")
    credits = outbox.open_credits([credit_usd, credit_eur, used_up, other, invoice("INV-1")])
    assert credits == {"C1": (credit_usd, credit_eur), "C2": (other,)}
    listed = (invoice("INV-1"),)
    assert outbox.credits_for(credits, listed) == (credit_usd,)
    assert outbox.credits_for(credits, ()) == ()
