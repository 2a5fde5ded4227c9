"""The call list (`daemon.core.worklist`): who is on it, why, and in what order. Pure: no store."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

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
    Invoice,
    InvoiceStatus,
    SequenceState,
    SequenceStatus,
)
from daemon.core.worklist import Book, Reason, WorkRow, worklist

TODAY = date(2026, 11, 20)


def at(day: int, hour: int = 10) -> datetime:
    return datetime(2026, 11, day, hour, tzinfo=UTC)


def invoice(number: str, customer: str, due: date, balance: str, **extra: object) -> Invoice:
    amount = Decimal(balance)
    return Invoice(number, customer, date(2026, 8, 1), due, amount, amount, "USD", **extra)  # type: ignore[arg-type]


def book(**parts: object) -> Book:
    names = ("ACME", "BOLT", "CASK", "DUNE", "ECHO", "FERN", "GALE", "HALO", "IRIS")
    customers = {code: Customer(code, f"{code.title()} Ltd") for code in names}
    contacts = {
        code: [Contact(code, f"ap@{code.lower()}.example", "Pat", code.title(), "+1 555 0100")]
        for code in names
    }
    fields: dict[str, object] = {
        "customers": customers,
        "contacts": contacts,
        "invoices": [],
        "sequences": [],
        "followups": [],
        "inbound": [],
        "history": [],
        "final_steps": {"standard": 3},
        "reminders": [],
        "not_reminded": [],
    }
    fields.update(parts)
    return Book(**fields)  # type: ignore[arg-type]


def promise(customer: str, due: date, number: str, status: FollowUpStatus) -> FollowUp:
    return FollowUp(
        f"<{customer}@x>#promise",
        customer,
        FollowUpKind.PROMISE,
        due,
        (number,),
        at(1),
        status=status,
    )


def firm_reminder(customer: str, send_at: datetime, zone: str = "UTC") -> PlannedReminder:
    return PlannedReminder(
        customer_id=customer,
        sequence_invoice="",
        recipient=Contact(customer, f"ap@{customer.lower()}.example"),
        cadence="standard",
        step="firm",
        step_index=2,
        repeat=0,
        template="firm",
        language="en",
        timezone=zone,
        invoices=("C-1",),
        send_at=send_at,
        pay_by=date(2026, 12, 1),
        reason="firm: 35 days overdue",
    )


def reasons(rows: list[WorkRow]) -> dict[str, set[Reason]]:
    return {row.customer.id: {why.reason for why in row.why} for row in rows}


def test_a_promise_due_today_broken_or_kept_and_a_payment_claim() -> None:
    invoices = [
        invoice("A-1", "ACME", date(2026, 10, 1), "500.00"),
        invoice("B-1", "BOLT", date(2026, 10, 1), "500.00"),
        invoice("C-1", "CASK", date(2026, 10, 1), "500.00"),
        invoice("D-1", "DUNE", date(2026, 10, 1), "0.00", status=InvoiceStatus.CLOSED),
        invoice("E-1", "ECHO", date(2026, 10, 1), "500.00"),
    ]
    followups = [
        promise("ACME", TODAY, "A-1", FollowUpStatus.OPEN),
        promise("BOLT", date(2026, 11, 18), "B-1", FollowUpStatus.SENT),
        FollowUp("<c@x>#check", "CASK", FollowUpKind.PAYMENT_CHECK, TODAY, ("C-1",), at(2)),
        promise("DUNE", date(2026, 11, 18), "D-1", FollowUpStatus.SENT),  # paid since: no call
        promise("ECHO", date(2026, 11, 30), "E-1", FollowUpStatus.OPEN),  # not yet its day
    ]
    rows = worklist(book(invoices=invoices, followups=followups), TODAY)
    assert reasons(rows) == {
        "ACME": {Reason.PROMISE_DUE},
        "BOLT": {Reason.BROKEN_PROMISE},
        "CASK": {Reason.PAYMENT_CLAIM},
    }
    claim = next(row for row in rows if row.customer.id == "CASK").why[0].detail
    assert "check number" in claim and "C-1" in claim


def test_a_dispute_a_bounced_contact_and_the_final_step() -> None:
    invoices = [
        invoice("A-1", "ACME", date(2026, 10, 1), "500.00"),
        invoice("A-2", "ACME", date(2026, 10, 5), "700.00"),
        invoice("B-1", "BOLT", date(2026, 10, 1), "500.00"),
        invoice("C-1", "CASK", date(2026, 10, 1), "500.00"),
        invoice("D-1", "DUNE", date(2026, 10, 1), "500.00"),
    ]
    sequences = [
        SequenceState("ACME", cadence="standard", last_step_index=1, disputed_invoices=("A-2",)),
        SequenceState("BOLT", cadence="standard", undeliverable=("AP@bolt.example",)),
        SequenceState("CASK", cadence="standard", last_step="final", last_step_index=3),
        # stopped (an unsubscribe): the final step is no reason to call back
        SequenceState("DUNE", cadence="standard", last_step_index=3, status=SequenceStatus.STOPPED),
    ]
    rows = worklist(book(invoices=invoices, sequences=sequences), TODAY)
    assert reasons(rows) == {
        "ACME": {Reason.DISPUTE},
        "BOLT": {Reason.BOUNCED},
        "CASK": {Reason.FINAL_STEP},
    }
    dispute = next(row for row in rows if row.customer.id == "ACME").why[0]
    assert dispute.detail == "A-2"


def test_a_flagged_reply_waits_until_a_call_or_an_action_answers_it() -> None:
    def reply(customer: str, day: int) -> InboundMessage:
        message = f"<{customer}{day}@x>"
        return InboundMessage(message, "INBOX", 1, day, at(day), customer, "other", flagged=True)

    inbound = [
        reply("ACME", 18),
        reply("ACME", 19),
        reply("BOLT", 17),
        reply("CASK", 19),
        InboundMessage("<d@x>", "INBOX", 1, 9, at(19), "DUNE", "auto_reply", flagged=False),
    ]
    history = [
        HistoryEvent(at(18, 15), "BOLT", EventKind.CALL_LOGGED, "promised Friday"),
        HistoryEvent(at(18, 15), "CASK", EventKind.MANUAL_ACTION, "paused"),  # before its reply
    ]
    rows = worklist(book(inbound=inbound, history=history), TODAY)
    assert reasons(rows) == {"ACME": {Reason.REPLY_WAITING}, "CASK": {Reason.REPLY_WAITING}}
    assert next(r for r in rows if r.customer.id == "ACME").why[0].detail.startswith("2 replies")


def test_a_payment_claim_the_ledger_confirmed_no_longer_waits() -> None:
    claim = InboundMessage("<e@x>", "INBOX", 1, 5, at(16), "ECHO", "payment_sent", flagged=True)
    check = FollowUp("<e@x>#payment_check", "ECHO", FollowUpKind.PAYMENT_CHECK, TODAY, ("E-1",),
                     at(16))  # fmt: skip
    invoices = [invoice("E-1", "ECHO", date(2026, 10, 1), "500.00")]
    waiting = worklist(book(inbound=[claim], followups=[check], invoices=invoices), TODAY)
    assert reasons(waiting) == {"ECHO": {Reason.PAYMENT_CLAIM, Reason.REPLY_WAITING}}
    kept = replace(check, status=FollowUpStatus.KEPT, closed_at=at(18))
    assert worklist(book(inbound=[claim], followups=[kept], invoices=invoices), TODAY) == []


def test_oldest_first_then_largest_with_contact_last_touch_and_next_step() -> None:
    invoices = [
        invoice("A-1", "ACME", date(2026, 10, 20), "900.00"),  # 31 days
        invoice("B-1", "BOLT", date(2026, 9, 20), "100.00"),  # 61 days
        invoice("C-1", "CASK", date(2026, 10, 20), "5000.00"),  # 31 days, larger
        invoice("C-2", "CASK", date(2026, 12, 20), "50.00"),  # not due yet
    ]
    sequences = [SequenceState(code, cadence="standard") for code in ("ACME", "BOLT", "CASK")]
    disputed = [
        SequenceState(
            s.customer_id, cadence="standard", disputed_invoices=(f"{s.customer_id[0]}-1",)
        )
        for s in sequences
    ]
    history = [
        HistoryEvent(at(3), "CASK", EventKind.EMAIL_SENT, "friendly reminder"),
        HistoryEvent(at(9), "CASK", EventKind.EMAIL_RECEIVED, "reply: dispute"),
        HistoryEvent(at(12), "CASK", EventKind.INVOICE_CHANGED, "balance changed"),
    ]
    rows = worklist(
        book(
            invoices=invoices,
            sequences=disputed,
            history=history,
            reminders=[firm_reminder("CASK", at(24, 15))],
        ),
        TODAY,
    )
    assert [row.customer.id for row in rows] == ["BOLT", "CASK", "ACME"]
    cask = rows[1]
    assert cask.oldest_days_overdue == 31
    assert cask.open_balance == {"USD": Decimal("5050.00")}
    assert cask.contact is not None and cask.contact.phone == "+1 555 0100"
    assert cask.last_contact is not None and cask.last_contact.summary == "reply: dispute"
    assert cask.next_action == "firm reminder on 2026-11-24"
    assert rows[0].last_contact is None


def test_nobody_to_call_on_a_quiet_day() -> None:
    invoices = [invoice("A-1", "ACME", date(2026, 10, 1), "500.00")]
    sequences = [SequenceState("ACME", cadence="standard", last_step_index=1)]
    assert worklist(book(invoices=invoices, sequences=sequences), TODAY) == []


def test_the_next_reminder_is_on_the_customers_own_day() -> None:
    invoices = [invoice("A-1", "ACME", date(2026, 10, 1), "500.00")]
    sequences = [SequenceState("ACME", cadence="standard", disputed_invoices=("A-1",))]
    tokyo_morning = datetime(2026, 11, 24, 0, 30, tzinfo=UTC)  # 09:30 on the 24th in Tokyo
    early = datetime(2026, 11, 23, 23, 30, tzinfo=UTC)  # 08:30 on the 24th: still the 24th
    rows = worklist(
        book(
            invoices=invoices,
            sequences=sequences,
            reminders=[
                firm_reminder("ACME", tokyo_morning, "Asia/Tokyo"),
                firm_reminder("ACME", early, "Asia/Tokyo"),
            ],
        ),
        TODAY,
    )
    assert rows[0].next_action == "firm reminder on 2026-11-24"
