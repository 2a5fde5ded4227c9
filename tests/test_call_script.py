"""The collection call written out (`daemon.core.call_script`): plain, and for a slow payer."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from daemon.core.call_script import call_script, was_late_before
from daemon.core.records import (
    Contact,
    Customer,
    EventKind,
    FollowUp,
    FollowUpKind,
    FollowUpStatus,
    HistoryEvent,
    Invoice,
    InvoiceStatus,
)

TODAY = date(2026, 11, 20)  # a Friday
ACME = Customer("A1", "Acme Hardware Inc.")
PAT = Contact("A1", "ap@acme.example", "Pat", "Doe", "+1 555 0101", primary=True)


def invoice(number: str, due: date, balance: str, **extra: object) -> Invoice:
    amount = Decimal("1000.00")
    return Invoice(number, "A1", date(2026, 9, 1), due, amount, Decimal(balance), "USD",
                   terms="Net 30", **extra)  # type: ignore[arg-type]  # fmt: skip


def script(why_slow: str = "") -> list[str]:
    made = call_script(
        customer=ACME, contact=PAT, caller="Jamie Rivera", company="Example Widgets Inc.",
        invoices=[invoice("I-2", date(2026, 11, 1), "400.00"), invoice("I-1", date(2026, 10, 1),
                  "1000.00"), invoice("I-0", date(2026, 9, 1), "0", status=InvoiceStatus.CLOSED)],
        why_slow=why_slow, today=TODAY, pay_within_days=7,
    )  # fmt: skip
    assert [i.number for i in made.invoices] == ["I-1", "I-2"]  # oldest first, open only
    assert made.pay_by == date(2026, 11, 27)
    return [f"{heading}: {line}" for heading, lines in made.sections for line in lines]


def test_who_calls_what_is_owed_what_to_ask_and_a_date_to_close_on() -> None:
    lines = "\n".join(script())
    assert "Ask for Pat Doe (+1 555 0101)" in lines
    assert "this is Jamie Rivera from Example Widgets Inc. I'm calling" in lines
    assert "I-1 of 2026-09-01: USD 1,000.00 open of 1,000.00, 50 days past due" in lines
    assert "terms Net 30" in lines and "Total: USD 1,400.00" in lines
    assert "when we can expect payment" in lines and "why payment has not been made" not in lines
    assert "check number" in lines and "amount" in lines and "date it was mailed" in lines
    assert "Confirm the address it was mailed to" in lines
    assert "reach us by Friday, November 27" in lines


def test_a_customer_late_before_is_first_asked_why() -> None:
    lines = "\n".join(script("I-0 was paid 12 days late"))
    assert "can you tell me why payment has not been made?" in lines
    assert "late before: I-0 was paid 12 days late" in lines


def test_late_before_means_paid_after_the_due_date_or_a_promise_broken() -> None:
    paid_late = [invoice("I-0", date(2026, 9, 1), "0")]
    closed = HistoryEvent(datetime(2026, 9, 13, tzinfo=UTC), "A1", EventKind.INVOICE_CLOSED,
                          "paid", "I-0")  # fmt: skip
    assert was_late_before(paid_late, [closed], []) == "I-0 was paid 12 days late"
    on_time = HistoryEvent(datetime(2026, 8, 30, tzinfo=UTC), "A1", EventKind.INVOICE_CLOSED,
                           "paid", "I-0")  # fmt: skip
    assert was_late_before(paid_late, [on_time], []) == ""
    broken = FollowUp("<p>#promise", "A1", FollowUpKind.PROMISE, date(2026, 11, 3), ("I-1",),
                      datetime(2026, 10, 30, tzinfo=UTC), status=FollowUpStatus.SENT)  # fmt: skip
    assert was_late_before([], [], [broken]) == "the promise for 2026-11-03 was not kept"
