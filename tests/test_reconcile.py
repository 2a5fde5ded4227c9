"""Reconciling an export with the store: one semantic per test, on fixed datetimes, in memory."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from daemon.config.ledger import LedgerConfig
from daemon.core.ledger import ParsedLedger, parse_ledger, without_problems
from daemon.core.reconcile import LedgerChanges, reconcile
from daemon.core.records import (
    ClosedReason,
    Contact,
    Customer,
    EventKind,
    Invoice,
    InvoiceStatus,
)
from daemon.errors import Problem

NOW = datetime(2026, 11, 22, 6, 0, tzinfo=UTC)
EXAMPLES = Path(__file__).parent.parent / "examples"
ACME = Customer("C1", "Acme Corp", ("net30",), "America/New_York", "en", "US")
DANA = Contact("C1", "dana@example.com", "Dana", "Whitfield", primary=True)


def invoice(number: str = "INV-1", balance: str = "100.00", **fields: Any) -> Invoice:
    base = Invoice(
        number=number,
        customer_id="C1",
        issue_date=date(2026, 9, 1),
        due_date=date(2026, 10, 1),
        amount=Decimal("100.00"),
        balance=Decimal(balance),
        currency="USD",
        po_number="PO-1",
        terms="Net 30",
    )
    return replace(base, **fields)


def closed(number: str = "INV-1", reason: ClosedReason = ClosedReason.REMOVED, **f: Any) -> Invoice:
    at = NOW - timedelta(days=3)
    return invoice(number, status=InvoiceStatus.CLOSED, closed_at=at, closed_reason=reason, **f)


def export(
    *invoices: Invoice,
    customers: tuple[Customer, ...] = (ACME,),
    contacts: tuple[Contact, ...] = (DANA,),
    skipped: frozenset[str] = frozenset(),
) -> ParsedLedger:
    grouped: dict[str, tuple[Contact, ...]] = {}
    for contact in contacts:
        grouped[contact.customer_id] = (*grouped.get(contact.customer_id, ()), contact)
    return ParsedLedger(
        customers={c.id: c for c in customers},
        contacts=grouped,
        invoices={i.number: i for i in invoices},
        rows_read=len(invoices),
        skipped_invoices=skipped,
    )


@dataclass
class Store:
    """The store as reconcile sees it, and `apply` as sync does it."""

    customers: dict[str, Customer] = field(default_factory=lambda: {"C1": ACME})
    contacts: dict[str, tuple[Contact, ...]] = field(default_factory=lambda: {"C1": (DANA,)})
    invoices: dict[str, Invoice] = field(default_factory=dict)

    def reconcile(self, parsed: ParsedLedger, now: datetime = NOW) -> LedgerChanges:
        return reconcile(self.customers, self.contacts, self.invoices, parsed, now=now)

    def apply(self, changes: LedgerChanges) -> None:
        self.customers |= {c.id: c for c in changes.customers_to_put}
        self.contacts |= changes.contacts_by_customer
        self.invoices |= {i.number: i for i in changes.invoices_to_put}


def store(*invoices: Invoice) -> Store:
    return Store(invoices={i.number: i for i in invoices})


def kinds(changes: LedgerChanges) -> list[EventKind]:
    return [event.kind for event in changes.events]


def counts(changes: LedgerChanges) -> dict[str, int]:
    return {name: n for name, n in changes.summary_dict().items() if n}


# -- one semantic per test ---------------------------------------------------------------------


def test_new_customer_contacts_and_invoice() -> None:
    changes = Store(customers={}, contacts={}).reconcile(export(invoice()))
    assert changes.customers_to_put == (ACME,)
    assert changes.contacts_by_customer == {"C1": (DANA,)}
    assert changes.invoices_to_put == (invoice(),)
    assert kinds(changes) == [EventKind.CUSTOMER_ADDED, EventKind.INVOICE_ADDED]
    added = changes.events[1]
    assert (added.at, added.customer_id, added.invoice) == (NOW, "C1", "INV-1")
    assert added.data == {
        "amount": "100.00",
        "balance": "100.00",
        "currency": "USD",
        "due_date": "2026-10-01",
    }
    assert counts(changes) == {"added": 1, "customers_added": 1}


def test_partial_payment() -> None:
    changes = store(invoice()).reconcile(export(invoice(balance="60.00")))
    assert changes.invoices_to_put == (invoice(balance="60.00"),)
    (event,) = changes.events
    assert (event.kind, event.invoice) == (EventKind.INVOICE_PAID_PART, "INV-1")
    assert event.data == {"old": "100.00", "new": "60.00"}
    assert counts(changes) == {"partially_paid": 1}


def test_partial_payment_of_a_credit_note() -> None:
    credit = invoice(amount=Decimal("-50.00"), balance="-50.00")
    changes = store(credit).reconcile(export(replace(credit, balance=Decimal("-20.00"))))
    assert kinds(changes) == [EventKind.INVOICE_PAID_PART]


def test_balance_reaching_zero_closes_as_paid() -> None:
    changes = store(invoice(balance="40.00")).reconcile(export(invoice(balance="0.00")))
    (put,) = changes.invoices_to_put
    assert (put.status, put.closed_reason, put.closed_at, put.balance) == (
        InvoiceStatus.CLOSED,
        ClosedReason.PAID,
        NOW,
        Decimal("0.00"),
    )
    (event,) = changes.events
    assert event.kind is EventKind.INVOICE_CLOSED
    assert event.data == {"reason": "paid", "old": "40.00"}
    assert counts(changes) == {"closed_paid": 1}


def test_due_date_change_keeps_the_new_date() -> None:
    moved = invoice(due_date=date(2026, 12, 15))
    changes = store(invoice()).reconcile(export(moved))
    assert changes.invoices_to_put == (moved,)
    (event,) = changes.events
    assert event.kind is EventKind.INVOICE_DUE_DATE_CHANGED
    assert event.data == {"old": "2026-10-01", "new": "2026-12-15"}
    assert counts(changes) == {"due_date_changed": 1}


def test_open_invoice_missing_from_the_export_closes_as_removed() -> None:
    other = Customer("C2", "Globex")
    state = store(invoice(), invoice("INV-9", customer_id="C2"))
    state.customers["C2"] = other
    changes = state.reconcile(export(invoice()))
    (put,) = changes.invoices_to_put
    assert (put.number, put.status, put.closed_reason, put.closed_at) == (
        "INV-9",
        InvoiceStatus.CLOSED,
        ClosedReason.REMOVED,
        NOW,
    )
    (event,) = changes.events
    assert (event.kind, event.customer_id, event.invoice) == (
        EventKind.INVOICE_CLOSED,
        "C2",
        "INV-9",
    )
    assert "no longer in the open-invoice export" in event.summary
    assert changes.customers_to_put == ()  # Globex is kept as it is: it has history
    assert counts(changes) == {"closed_removed": 1, "unchanged": 1}


def test_closed_invoice_missing_from_the_export_is_left_alone() -> None:
    changes = store(closed(), closed("INV-2", ClosedReason.PAID)).reconcile(export())
    assert changes.is_empty
    assert changes.events == ()


def test_closed_invoice_back_with_a_balance_reopens() -> None:
    changes = store(closed()).reconcile(export(invoice()))
    assert changes.invoices_to_put == (invoice(),)
    (event,) = changes.events
    assert (event.kind, event.data) == (EventKind.INVOICE_REOPENED, {"reason": "removed"})
    assert counts(changes) == {"reopened": 1}


def test_paid_invoice_still_listed_at_zero_stays_closed() -> None:
    paid = closed(reason=ClosedReason.PAID, balance="0.00")
    changes = store(paid).reconcile(export(invoice(balance="0.00")))
    assert changes.is_empty
    assert counts(changes) == {"unchanged": 1}


def test_invoice_closed_by_hand_is_not_reopened_by_the_export() -> None:
    manual = closed(reason=ClosedReason.MANUAL)
    changes = store(manual).reconcile(export(invoice()))
    assert changes.is_empty
    changes = store(manual).reconcile(export(invoice(balance="80.00")))
    (put,) = changes.invoices_to_put
    assert (put.status, put.closed_reason, put.balance) == (
        InvoiceStatus.CLOSED,
        ClosedReason.MANUAL,
        Decimal("80.00"),
    )
    assert kinds(changes) == [EventKind.INVOICE_PAID_PART]


def test_other_field_changes_are_listed() -> None:
    changed = invoice(po_number="PO-2", terms="Net 45")
    changes = store(invoice()).reconcile(export(changed))
    assert changes.invoices_to_put == (changed,)
    (event,) = changes.events
    assert event.kind is EventKind.INVOICE_CHANGED
    assert event.data == {
        "fields": ["po_number", "terms"],
        "old": {"po_number": "PO-1", "terms": "Net 30"},
        "new": {"po_number": "PO-2", "terms": "Net 45"},
    }
    assert counts(changes) == {"changed": 1}


def test_a_growing_balance_is_a_change_not_a_payment() -> None:
    changes = store(invoice(balance="50.00")).reconcile(export(invoice(balance="75.00")))
    (event,) = changes.events
    assert event.kind is EventKind.INVOICE_CHANGED
    assert event.data["fields"] == ["balance"]


def test_several_changes_at_once() -> None:
    moved = invoice(
        balance="30.00", due_date=date(2026, 12, 1), pay_link="https://pay.example.com/1"
    )
    changes = store(invoice()).reconcile(export(moved))
    assert changes.invoices_to_put == (moved,)
    assert kinds(changes) == [
        EventKind.INVOICE_PAID_PART,
        EventKind.INVOICE_DUE_DATE_CHANGED,
        EventKind.INVOICE_CHANGED,
    ]


def test_new_invoice_already_at_zero_is_kept_closed() -> None:
    changes = store().reconcile(export(invoice(balance="0")))
    (put,) = changes.invoices_to_put
    assert (put.status, put.closed_reason) == (InvoiceStatus.CLOSED, ClosedReason.PAID)
    assert kinds(changes) == [EventKind.INVOICE_ADDED, EventKind.INVOICE_CLOSED]


def test_customer_changes_are_listed() -> None:
    renamed = replace(ACME, name="Acme Corporation", tags=("net30", "vip"))
    changes = store().reconcile(export(customers=(renamed,)))
    assert changes.customers_to_put == (renamed,)
    (event,) = changes.events
    assert event.kind is EventKind.CUSTOMER_CHANGED
    assert event.data == {
        "fields": ["name", "tags"],
        "old": {"name": "Acme Corp", "tags": ["net30"]},
        "new": {"name": "Acme Corporation", "tags": ["net30", "vip"]},
    }


def test_contacts_are_replaced_as_a_set() -> None:
    pat = Contact("C1", "pat@example.com", "Pat", primary=True)
    changes = store().reconcile(export(contacts=(pat, replace(DANA, primary=False))))
    assert changes.contacts_by_customer == {"C1": (pat, replace(DANA, primary=False))}
    (event,) = changes.events
    assert event.kind is EventKind.CONTACT_CHANGED
    assert event.data == {"added": ["pat@example.com"], "removed": []}
    assert counts(changes) == {"contacts_changed": 1}


def test_an_export_without_contacts_keeps_the_stored_ones() -> None:
    assert store().reconcile(export(contacts=())).is_empty


def test_skipped_rows_leave_their_invoices_alone() -> None:
    changes = store(invoice()).reconcile(export(skipped=frozenset({"INV-1"})))
    assert changes.is_empty


def test_a_ledger_with_problems_is_refused() -> None:
    bad = replace(export(), problems=(Problem("t.csv:2", "amount: missing value"),))
    with pytest.raises(ValueError, match="1 problem"):
        store().reconcile(bad)
    assert store().reconcile(without_problems(bad)).is_empty


def test_summary_line() -> None:
    changes = store(invoice(), invoice("INV-2")).reconcile(
        export(invoice(balance="10"), invoice("INV-3"))
    )
    assert changes.summary_line() == "1 added, 1 paid in part, 1 no longer exported"
    assert store().reconcile(export()).summary_line() == "nothing to import"


# -- whole exports -------------------------------------------------------------------------------


def example() -> ParsedLedger:
    return parse_ledger(
        (EXAMPLES / "ledger.csv").read_text(encoding="utf-8"),
        LedgerConfig(),
        source="ledger.csv",
        contacts_text=(EXAMPLES / "contacts.csv").read_text(encoding="utf-8"),
        contacts_source="contacts.csv",
    )


def test_the_example_imports_once_then_changes_nothing() -> None:
    state = Store(customers={}, contacts={})
    first = state.reconcile(example())
    assert (first.summary.added, first.summary.customers_added) == (30, 12)
    state.apply(first)
    second = state.reconcile(example(), NOW + timedelta(hours=1))
    assert second.is_empty
    assert second.events == ()
    assert second.summary.unchanged == 30


def test_a_hundred_thousand_invoices_are_counted_exactly() -> None:
    """Scale check of the bookkeeping (its speed is measured in bench/, not asserted here)."""
    customers = tuple(Customer(f"C{n}", f"Customer {n}") for n in range(1000))
    invoices = [invoice(f"INV-{n}", customer_id=f"C{n % 1000}") for n in range(100_000)]
    state = Store(
        customers={c.id: c for c in customers},
        contacts={},
        invoices={i.number: i for i in invoices},
    )
    # A realistic day: most unchanged, some paid in part, some gone, some new.
    listed = [
        replace(i, balance=Decimal("50.00")) if n % 10 == 0 else i for n, i in enumerate(invoices)
    ]
    listed = listed[:95_000] + [invoice(f"NEW-{n}") for n in range(5_000)]
    changes = state.reconcile(export(*listed, customers=customers, contacts=()))
    assert changes.summary.unchanged == 85_500
    assert changes.summary.partially_paid == 9_500
    assert changes.summary.closed_removed == 5_000
    assert changes.summary.added == 5_000


# -- properties ----------------------------------------------------------------------------------

NUMBERS = [f"INV-{n}" for n in range(8)]
BALANCES = st.sampled_from(["0", "25.00", "60.00", "100.00"])
STORED = st.builds(
    lambda number, balance, status, reason, due: invoice(
        number,
        balance,
        due_date=date(2026, 10, due),
        status=status,
        closed_at=NOW - timedelta(days=9) if status is InvoiceStatus.CLOSED else None,
        closed_reason=reason if status is InvoiceStatus.CLOSED else None,
    ),
    st.sampled_from(NUMBERS),
    BALANCES,
    st.sampled_from(InvoiceStatus),
    st.sampled_from(ClosedReason),
    st.integers(min_value=1, max_value=3),
)
LISTED = st.builds(
    lambda number, balance, due, customer: invoice(
        number, balance, due_date=date(2026, 10, due), customer_id=customer
    ),
    st.sampled_from(NUMBERS),
    BALANCES,
    st.integers(min_value=1, max_value=3),
    st.sampled_from(["C1", "C2"]),
)


@given(
    stored=st.lists(STORED, max_size=8, unique_by=lambda i: i.number),
    listed=st.lists(LISTED, max_size=8, unique_by=lambda i: i.number),
    skipped=st.frozensets(st.sampled_from(NUMBERS), max_size=2),
)
def test_reconcile_is_idempotent_and_never_loses_an_invoice(
    stored: list[Invoice], listed: list[Invoice], skipped: frozenset[str]
) -> None:
    state = store(*stored)
    customers = (ACME, Customer("C2", "Globex"))
    parsed = export(*listed, customers=customers, skipped=skipped - {i.number for i in listed})
    first = state.reconcile(parsed)
    state.apply(first)
    assert state.invoices.keys() == {i.number for i in stored} | {i.number for i in listed}
    for new in listed:  # the export's data always lands, whatever the status
        kept = state.invoices[new.number]
        assert replace(kept, status=new.status, closed_at=None, closed_reason=None) == new
    for old in stored:
        if old.number not in parsed.invoices and old.number not in parsed.skipped_invoices:
            assert state.invoices[old.number].status is InvoiceStatus.CLOSED
    second = state.reconcile(parsed, NOW + timedelta(days=1))
    assert second.is_empty
    assert second.events == ()
