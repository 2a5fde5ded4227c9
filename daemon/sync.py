"""Applies a parsed ledger export to the store: reconcile (pure), then one atomic transaction.

No policy lives here: what changed is decided by `daemon.core.reconcile`; this only wires the store.
"""

from __future__ import annotations

from datetime import datetime

from daemon.core.ledger import ParsedLedger
from daemon.core.reconcile import LedgerChanges, empty_export_problem, reconcile
from daemon.core.records import EventKind, HistoryEvent
from daemon.errors import LedgerError
from daemon.shell.store import Store


def plan_ledger(
    store: Store, parsed: ParsedLedger, *, now: datetime, source: str, allow_empty: bool = False
) -> LedgerChanges:
    """What importing `parsed` would change; raises LedgerError for an export that looks broken."""
    invoices = store.invoices()
    problem = None if allow_empty else empty_export_problem(parsed, invoices, source)
    if problem is not None:
        raise LedgerError([problem])
    return reconcile(store.customers(), store.contacts(), invoices, parsed, now=now)


def sync_ledger(
    store: Store, parsed: ParsedLedger, *, now: datetime, source: str, allow_empty: bool = False
) -> LedgerChanges:
    """Bring the store in line with the export; all of it lands in one commit, or none of it."""
    changes = plan_ledger(store, parsed, now=now, source=source, allow_empty=allow_empty)
    imported = HistoryEvent(
        at=now,
        customer_id="",
        kind=EventKind.LEDGER_IMPORTED,
        summary=f"ledger {source} imported",
        data={"source": source, "rows": parsed.rows_read, **changes.summary_dict()},
    )
    with store.transaction():
        store.put_customers(changes.customers_to_put)
        for customer_id, contacts in changes.contacts_by_customer.items():
            store.replace_contacts(customer_id, contacts)
        store.put_invoices(changes.invoices_to_put)
        store.append_history((*changes.events, imported))
    return changes
