"""The collections report: aging, DSO, CEI, promises kept, what customers said, what each step did.

One job: `collections_report(book, today, start)` computes, from the store's records alone, the
figures a controller asks for, per currency (amounts in different currencies are never added):

- *Aging* of open balances per customer and in total: current (not yet due), 1-30, 31-60, 61-90
  and over 90 days past the due date.
- *DSO*, countback method: the receivables at the end of the period are matched against the
  sales of the latest months, walking back until they are used up; DSO is the days so covered.
- *CEI* over the period: (receivables at its start + sales in it - receivables at its end) /
  (receivables at its start + sales in it - current receivables at its end), in percent.
- *Promise-kept rate*: promises whose day came in the period that were paid (kept) against those
  followed up unpaid (broken).
- *Reply intents*: how the replies read in the period were classified.
- *Cadence steps*: per step, the reminders sent in the period and what followed within
  `outcome_days`: paid (every invoice listed closed), a reply, or nothing.

Receivables at a past moment come from the history (an invoice's balance when it was added,
paid in part, closed or reopened). Pure: `today` is an argument; nothing reads the clock.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
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

BUCKETS = ("current", "1-30", "31-60", "61-90", "90+")
# How many months DSO's countback walks back before it says "at least".
COUNTBACK_MONTHS = 24
ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class Aging:
    """Open balances by bucket, per currency: {currency: {bucket: amount}}."""

    by_currency: dict[str, dict[str, Decimal]]


@dataclass(frozen=True, slots=True)
class StepOutcome:
    step: str
    sent: int = 0
    paid: int = 0  # every invoice it listed closed within the window
    replied: int = 0  # else: a reply from the customer within the window
    nothing: int = 0


@dataclass(frozen=True, slots=True)
class CollectionsReport:
    today: date
    start: date  # the period the flows (CEI, promises, replies, steps) are measured over
    aging_total: Aging
    aging_by_customer: dict[str, Aging]  # customer id -> its aging (open balances only)
    customers: dict[str, str]  # customer id -> name, for those listed
    dso_days: dict[str, Decimal | None]  # currency -> days (None: no sales to count back on)
    dso_at_least: dict[str, bool]  # the countback ran out of history: the true DSO is higher
    cei_percent: dict[str, Decimal | None]  # currency -> CEI (None: nothing to collect)
    promises_kept: int
    promises_broken: int
    intents: dict[str, int]
    steps: tuple[StepOutcome, ...]
    outcome_days: int

    @property
    def promise_kept_rate(self) -> Decimal | None:
        judged = self.promises_kept + self.promises_broken
        return None if not judged else Decimal(100 * self.promises_kept) / judged


@dataclass(frozen=True, slots=True)
class ReportBook:
    """What the report reads: the store's records."""

    customers: Mapping[str, Customer]
    invoices: Sequence[Invoice]
    followups: Sequence[FollowUp]
    history: Sequence[HistoryEvent]


def collections_report(
    book: ReportBook, today: date, start: date, *, outcome_days: int = 14
) -> CollectionsReport:
    """The report as of the end of `today`, with flows measured from the start of `start`."""
    total: dict[str, dict[str, Decimal]] = defaultdict(lambda: dict.fromkeys(BUCKETS, ZERO))
    per_customer: dict[str, dict[str, dict[str, Decimal]]] = defaultdict(
        lambda: defaultdict(lambda: dict.fromkeys(BUCKETS, ZERO))
    )
    for invoice in book.invoices:
        if invoice.status is not InvoiceStatus.OPEN or invoice.balance == 0:
            continue
        bucket = bucket_of(invoice.days_overdue(today))
        total[invoice.currency][bucket] += invoice.balance
        per_customer[invoice.customer_id][invoice.currency][bucket] += invoice.balance
    balances = BalanceHistory(book.invoices, book.history)
    end_at, start_at = _end_of(today), _end_of(start - timedelta(days=1))
    dso, at_least, cei = {}, {}, {}
    for currency in sorted({invoice.currency for invoice in book.invoices}):
        dso[currency], at_least[currency] = _dso(book.invoices, balances, currency, today)
        sales = _sales(book.invoices, currency, start, today)
        cei[currency] = _cei(book.invoices, balances, currency, sales, (start_at, end_at))
    kept, broken = _promises(book.followups, start, today)
    in_period = [e for e in book.history if start_at < e.at <= end_at]
    intents = Counter(
        str(e.data.get("intent") or "other") for e in in_period if e.kind is EventKind.REPLY_HANDLED
    )
    return CollectionsReport(
        today=today,
        start=start,
        aging_total=Aging(dict(total)),
        aging_by_customer={c: Aging(dict(a)) for c, a in sorted(per_customer.items())},
        customers={c: book.customers[c].name for c in per_customer if c in book.customers},
        dso_days=dso,
        dso_at_least=at_least,
        cei_percent=cei,
        promises_kept=kept,
        promises_broken=broken,
        intents=dict(intents.most_common()),
        steps=_steps(book, in_period, outcome_days),
        outcome_days=outcome_days,
    )


def bucket_of(days_overdue: int) -> str:
    if days_overdue <= 0:
        return "current"
    for limit, name in ((30, "1-30"), (60, "31-60"), (90, "61-90")):
        if days_overdue <= limit:
            return name
    return "90+"


class BalanceHistory:
    """Each invoice's open balance at any past moment, from the ledger events of the history."""

    def __init__(self, invoices: Iterable[Invoice], history: Iterable[HistoryEvent]) -> None:
        self._current = {invoice.number: invoice for invoice in invoices}
        points: dict[str, list[tuple[datetime, Decimal]]] = defaultdict(list)
        for event in sorted(history, key=lambda e: e.at):
            balance = _balance_after(event, self._current.get(event.invoice))
            if balance is not None:
                points[event.invoice].append((event.at, balance))
        self._points = dict(points)

    def at(self, invoice: Invoice, moment: datetime) -> Decimal:
        """`invoice`'s open balance at `moment`: nothing before it was issued; before dunmail
        first saw it, the balance it was first seen with (the best there is)."""
        if invoice.issue_date > moment.date():
            return ZERO
        points = self._points.get(invoice.number)
        if not points:
            return invoice.balance if invoice.status is InvoiceStatus.OPEN else ZERO
        index = bisect_right([at for at, _ in points], moment)
        return points[max(index - 1, 0)][1]


def _balance_after(event: HistoryEvent, invoice: Invoice | None) -> Decimal | None:
    if event.kind is EventKind.INVOICE_ADDED:
        return Decimal(str(event.data.get("balance", "0")))
    if event.kind is EventKind.INVOICE_PAID_PART:
        return Decimal(str(event.data.get("new", "0")))
    if event.kind is EventKind.INVOICE_CLOSED:
        return ZERO
    if event.kind is EventKind.INVOICE_REOPENED and invoice is not None:
        return invoice.balance
    return None


def _end_of(day: date) -> datetime:
    return datetime.combine(day + timedelta(days=1), time(0), tzinfo=UTC)


def _receivables(
    invoices: Iterable[Invoice], balances: BalanceHistory, currency: str, moment: datetime
) -> tuple[Decimal, Decimal]:
    """Total and current (not yet due) receivables in `currency` at `moment`."""
    total = current = ZERO
    for invoice in invoices:
        if invoice.currency != currency:
            continue
        balance = balances.at(invoice, moment)
        total += balance
        if invoice.due_date >= moment.date():
            current += balance
    return total, current


def _sales(invoices: Iterable[Invoice], currency: str, first: date, last: date) -> Decimal:
    return sum(
        (i.amount for i in invoices if i.currency == currency and first <= i.issue_date <= last),
        ZERO,
    )


def _dso(
    invoices: Sequence[Invoice], balances: BalanceHistory, currency: str, today: date
) -> tuple[Decimal | None, bool]:
    """Countback: walk back month by month, using up the receivables against each month's sales."""
    left, _ = _receivables(invoices, balances, currency, _end_of(today))
    if left <= 0:
        return ZERO, False
    days = ZERO
    last = today
    for _ in range(COUNTBACK_MONTHS):
        first = last.replace(day=1)
        span = (last - first).days + 1  # the current month counts only its days so far
        sales = _sales(invoices, currency, first, last)
        if sales > 0 and left <= sales:
            return (days + left / sales * span).quantize(Decimal("0.1")), False
        left -= max(sales, ZERO)
        days += span
        last = first - timedelta(days=1)
        # A month with no sales at all is counted whole: the receivables are older still.
    return (days.quantize(Decimal("0.1")) if days else None), True


def _cei(
    invoices: Sequence[Invoice],
    balances: BalanceHistory,
    currency: str,
    sales: Decimal,
    period: tuple[datetime, datetime],
) -> Decimal | None:
    beginning, _ = _receivables(invoices, balances, currency, period[0])
    ending, ending_current = _receivables(invoices, balances, currency, period[1])
    collectible = beginning + sales - ending_current
    if collectible <= 0:
        return None
    collected = beginning + sales - ending
    return (Decimal(100) * collected / collectible).quantize(Decimal("0.1"))


def _promises(followups: Iterable[FollowUp], start: date, today: date) -> tuple[int, int]:
    kept = broken = 0
    for followup in followups:
        if followup.kind is not FollowUpKind.PROMISE or not start <= followup.due <= today:
            continue
        if followup.status is FollowUpStatus.KEPT:
            kept += 1
        elif followup.status is FollowUpStatus.SENT:
            broken += 1
    return kept, broken


def _steps(
    book: ReportBook, sent_in_period: Iterable[HistoryEvent], outcome_days: int
) -> tuple[StepOutcome, ...]:
    closed = {
        e.invoice: e.at for e in book.history if e.kind is EventKind.INVOICE_CLOSED and e.invoice
    }
    replies: dict[str, list[datetime]] = defaultdict(list)
    for event in book.history:
        if event.kind is EventKind.REPLY_HANDLED:
            replies[event.customer_id].append(event.at)
    window = timedelta(days=outcome_days)
    counts: dict[str, Counter[str]] = {}
    for event in sent_in_period:
        if event.kind is not EventKind.EMAIL_SENT or "step" not in event.data:
            continue
        step, listed = str(event.data["step"]), [str(n) for n in event.data.get("invoices", ())]
        tally = counts.setdefault(step, Counter())
        tally["sent"] += 1
        until = event.at + window
        if listed and all(n in closed and event.at < closed[n] <= until for n in listed):
            tally["paid"] += 1
        elif any(event.at < at <= until for at in replies.get(event.customer_id, ())):
            tally["replied"] += 1
        else:
            tally["nothing"] += 1
    return tuple(
        StepOutcome(step, t["sent"], t["paid"], t["replied"], t["nothing"])
        for step, t in counts.items()
    )
