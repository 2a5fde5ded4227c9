"""Ledger import speed: parse and reconcile a synthetic open-invoice export of 100,000 rows.

Prints human lines, then one JSON object as the last line. Nothing is asserted: figures only.
"""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import TypeVar

from daemon.config.ledger import LedgerColumns, LedgerConfig
from daemon.core.ledger import parse_ledger
from daemon.core.reconcile import reconcile

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
T = TypeVar("T")


def export(rows: int, customers: int) -> str:
    """A CSV with the default column names: several invoices per customer, all ages."""
    columns = LedgerColumns()
    header = [
        columns.customer_id,
        columns.customer_name,
        columns.contact_email,
        columns.invoice_number,
        columns.issue_date,
        columns.due_date,
        columns.amount,
        columns.balance,
        columns.currency,
    ]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    start = date(2026, 1, 1)
    for n in range(rows):
        customer = n % customers
        issued = start + timedelta(days=n % 300)
        amount = 100 + (n * 37) % 9_000
        balance = amount if n % 7 else amount // 2
        writer.writerow(
            [
                f"C{customer:05d}",
                f"Customer {customer}",
                f"ap{customer}@example.com",
                f"INV-{n:07d}",
                issued.isoformat(),
                (issued + timedelta(days=30)).isoformat(),
                f"{amount}.00",
                f"{balance}.00",
                "USD" if n % 3 else "EUR",
            ]
        )
    return out.getvalue()


def timed(label: str, fn: Callable[[], T]) -> tuple[float, T]:
    started = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - started
    print(f"{label}: {seconds:.3f} s")
    return seconds, result


def main() -> None:
    config = LedgerConfig(
        delimiter=",",
        columns=LedgerColumns(
            customer_tags=None,
            customer_timezone=None,
            customer_language=None,
            customer_country=None,
            contact_first_name=None,
            contact_last_name=None,
            contact_phone=None,
            contact_fax=None,
            po_number=None,
            terms=None,
            pdf_path=None,
            pay_link=None,
        ),
    )
    text = export(100_000, 20_000)
    parse_s, parsed = timed(
        "parse 100k rows", lambda: parse_ledger(text, config, source="bench.csv")
    )
    assert not parsed.problems
    first_s, changes = timed(
        "reconcile 100k into an empty store", lambda: reconcile({}, {}, {}, parsed, now=NOW)
    )
    stored = {invoice.number: invoice for invoice in changes.invoices_to_put}
    customers = {customer.id: customer for customer in changes.customers_to_put}
    again_s, _ = timed(
        "reconcile 100k, nothing changed",
        lambda: reconcile(customers, parsed.contacts, stored, parsed, now=NOW),
    )
    print(
        json.dumps(
            {
                "parse_s_100k": round(parse_s, 3),
                "reconcile_new_s_100k": round(first_s, 3),
                "reconcile_unchanged_s_100k": round(again_s, 3),
            }
        )
    )


if __name__ == "__main__":
    main()
