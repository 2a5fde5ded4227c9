"""The collections report (`daemon.core.report`) on a small book, its figures worked by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from daemon.core.records import (
    Customer,
    EventKind,
    FollowUp,
    FollowUpKind,
    FollowUpStatus,
    HistoryEvent,
    Invoice,
    InvoiceStatus,
)
from daemon.core.report import ReportBook, bucket_of, collections_report

TODAY = date(2026, 11, 20)


def at(month: int, day: int, hour: int = 12) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=UTC)


def invoice(
    number: str, customer: str, dates: tuple[date, date], amount: str, balance: str,
    *, closed: datetime | None = None,
) -> Invoice:  # fmt: skip
    issued, due = dates
    return Invoice(
        number, customer, issued, due, Decimal(amount), Decimal(balance), "USD",
        status=InvoiceStatus.CLOSED if closed else InvoiceStatus.OPEN, closed_at=closed,
    )  # fmt: skip


def added(number: str, customer: str, when: datetime, balance: str) -> HistoryEvent:
    return HistoryEvent(when, customer, EventKind.INVOICE_ADDED, "added", number,
                        {"balance": balance})  # fmt: skip


def sent(customer: str, when: datetime, step: str, *invoices: str) -> HistoryEvent:
    return HistoryEvent(when, customer, EventKind.EMAIL_SENT, f"{step} sent", "",
                        {"step": step, "invoices": list(invoices)})  # fmt: skip


def book() -> ReportBook:
    invoices = [
        invoice("SEP", "A", (date(2026, 9, 1), date(2026, 10, 1)), "2000", "0", closed=at(10, 1)),
        invoice("OCT", "A", (date(2026, 10, 10), date(2026, 11, 9)), "2000", "1000"),
        invoice("NOV", "A", (date(2026, 11, 5), date(2026, 12, 5)), "1000", "1000"),
        invoice("B1", "B", (date(2026, 10, 1), date(2026, 10, 31)), "500", "0", closed=at(11, 6)),
    ]
    history = [
        added("SEP", "A", at(9, 1), "2000"),
        HistoryEvent(at(10, 1), "A", EventKind.INVOICE_CLOSED, "paid", "SEP"),
        added("OCT", "A", at(10, 10), "2000"),
        HistoryEvent(
            at(11, 1, 6),
            "A",
            EventKind.INVOICE_PAID_PART,
            "part",
            "OCT",
            {"old": "2000", "new": "1000"},
        ),
        added("NOV", "A", at(11, 5), "1000"),
        added("B1", "B", at(10, 1), "500"),
        sent("A", at(11, 2), "first", "OCT"),
        HistoryEvent(
            at(11, 3), "A", EventKind.REPLY_HANDLED, "read", "", {"intent": "promise_to_pay"}
        ),
        sent("B", at(11, 3), "first", "B1"),
        HistoryEvent(at(11, 6), "B", EventKind.INVOICE_CLOSED, "paid", "B1"),
        sent("A", at(11, 18), "second", "OCT"),
        HistoryEvent(at(10, 20), "B", EventKind.REPLY_HANDLED, "read", "", {"intent": "dispute"}),
    ]

    def promise(day: int, month: int, status: FollowUpStatus) -> FollowUp:
        return FollowUp(f"<{month}{day}>#promise", "A", FollowUpKind.PROMISE,
                        date(2026, month, day), ("OCT",), at(10, 1), status=status)  # fmt: skip

    followups = [
        promise(10, 11, FollowUpStatus.KEPT),
        promise(12, 11, FollowUpStatus.SENT),  # broken: followed up unpaid
        promise(1, 10, FollowUpStatus.KEPT),  # before the period
        promise(30, 11, FollowUpStatus.OPEN),  # not yet its day
    ]
    customers = {"A": Customer("A", "Acme"), "B": Customer("B", "Bolt")}
    return ReportBook(customers, invoices, followups, history)


def test_the_figures_a_controller_asks_for() -> None:
    report = collections_report(book(), TODAY, date(2026, 11, 1), outcome_days=14)
    # Aging: OCT is 11 days past due with 1,000 open; NOV is not due yet.
    assert report.aging_total.by_currency["USD"]["1-30"] == Decimal(1000)
    assert report.aging_total.by_currency["USD"]["current"] == Decimal(1000)
    assert set(report.aging_by_customer) == {"A"}  # B owes nothing
    # DSO countback: 2,000 owed; November's 20 days of sales (1,000) use up half, October's
    # 2,500 of sales (OCT, B1) cover the rest in 1,000 / 2,500 of its 31 days: 20 + 12.4.
    assert report.dso_days["USD"] == Decimal("32.4") and not report.dso_at_least["USD"]
    # CEI for 1-20 Nov: owed at the start 2,500 (OCT, B1), sales 1,000, owed at the end 2,000 of
    # which 1,000 not yet due: (2,500 + 1,000 - 2,000) / (2,500 + 1,000 - 1,000) = 60 %.
    assert report.cei_percent["USD"] == Decimal("60.0")
    assert (report.promises_kept, report.promises_broken) == (1, 1)
    assert report.promise_kept_rate == Decimal(50)
    assert report.intents == {"promise_to_pay": 1}  # the dispute was before the period
    steps = {s.step: s for s in report.steps}
    assert (steps["first"].sent, steps["first"].paid, steps["first"].replied) == (2, 1, 1)
    assert (steps["second"].sent, steps["second"].nothing) == (1, 1)


def test_buckets_and_an_empty_ledger() -> None:
    assert [bucket_of(d) for d in (-3, 0, 1, 30, 31, 60, 61, 90, 91)] == [
        "current", "current", "1-30", "1-30", "31-60", "31-60", "61-90", "61-90", "90+"
    ]  # fmt: skip
    empty = collections_report(ReportBook({}, [], [], []), TODAY, date(2026, 11, 1))
    assert empty.aging_total.by_currency == {} and empty.promise_kept_rate is None
    assert empty.dso_days == {} and empty.steps == ()
