"""The collectors' commands: `worklist` (today's call list) and `history` (one customer's record).

Argument parsing and printing only; the list is made by `daemon.core.worklist` from what
`daemon.work` reads. Heavy modules are imported inside the commands so `dunmail --help` stays fast.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any

import typer

from daemon.cli_common import ConfigOption, JsonOption, load, now_and_today, open_store

if TYPE_CHECKING:
    from daemon.core.records import Customer, HistoryEvent
    from daemon.core.worklist import WorkRow


def worklist(config: ConfigOption = None, json: JsonOption = False) -> None:
    """Today's call list: who to phone first (oldest, then largest balance) and why."""
    from daemon import cli_output
    from daemon.core.worklist import worklist as make_worklist
    from daemon.work import read_book

    _, loaded = load(config)
    now, today = now_and_today(loaded)
    with open_store(loaded, readonly=True) as store:
        rows = make_worklist(read_book(loaded, store, now), today)
    if json:
        cli_output.print_json([work_row(row) for row in rows])
        return
    print_worklist(rows, today)


def print_worklist(rows: Sequence[WorkRow], today: date) -> None:
    from daemon import cli_output

    cli_output.print_table(
        f"Call list for {today}",
        ["customer", "contact", "phone", "email", "days", "balance", "why", "last contact", "next"],
        (
            (
                row.customer.name,
                row.contact.display_name if row.contact else "",
                row.contact.phone if row.contact else "",
                row.contact.email if row.contact else "",
                row.oldest_days_overdue or "",
                cli_output.money(row.open_balance),
                "; ".join(f"{why.reason}: {why.detail}" for why in row.why),
                _last_contact(row),
                row.next_action,
            )
            for row in rows
        ),
    )


def work_row(row: WorkRow) -> dict[str, Any]:
    """One call-list row as JSON: the contact's name, phone, fax and email spelled out."""
    contact = row.contact
    last = row.last_contact
    return {
        "customer": row.customer.id,
        "name": row.customer.name,
        "contact": {
            "name": contact.display_name if contact else "",
            "phone": contact.phone if contact else "",
            "fax": contact.fax if contact else "",
            "email": contact.email if contact else "",
        },
        "open_balance": row.open_balance,
        "oldest_days_overdue": row.oldest_days_overdue,
        "why": [{"reason": why.reason, "detail": why.detail} for why in row.why],
        "last_contact": (
            {"at": last.at, "kind": last.kind, "summary": last.summary} if last else None
        ),
        "next_action": row.next_action,
    }


def _last_contact(row: WorkRow) -> str:
    last = row.last_contact
    return f"{last.at.date()} {last.kind.value.replace('_', ' ')}" if last else ""


CustomerArgument = Annotated[str, typer.Argument(help="Customer id, or a unique part of its name.")]


def history(
    customer: CustomerArgument, config: ConfigOption = None, json: JsonOption = False
) -> None:
    """Everything that happened with one customer, in order: emails sent and received (with
    how each reply was read), calls, collectors' actions, ledger and sequence changes."""
    from zoneinfo import ZoneInfo

    from daemon import cli_output

    _, loaded = load(config)
    with open_store(loaded, readonly=True) as store:
        found = pick_customer(store.customers(), customer)
        events = store.history(found.id)
    if json:
        cli_output.print_json(
            {"customer": found.id, "name": found.name, "events": [event_json(e) for e in events]}
        )
        return
    zone = ZoneInfo(loaded.schedule.timezone)
    cli_output.print_table(
        f"History of {found.name} ({found.id}), times in {zone.key}",
        ["when", "what", "invoice", "details"],
        (
            (
                f"{event.at.astimezone(zone):%Y-%m-%d %H:%M}",
                event.kind.value.replace("_", " "),
                event.invoice,
                event.summary,
            )
            for event in events
        ),
    )


def call_script(
    customer: CustomerArgument, config: ConfigOption = None, json: JsonOption = False
) -> None:
    """The collection call for one customer, filled in: who you are, what is owed and how late,
    why it is unpaid (if late before), what to ask if it was sent, and a date to close on."""
    from daemon import cli_output
    from daemon.core.call_script import call_script as make_script
    from daemon.core.call_script import was_late_before
    from daemon.core.summary import primary_contact

    _, loaded = load(config)
    _, today = now_and_today(loaded)
    with open_store(loaded, readonly=True) as store:
        found = pick_customer(store.customers(), customer)
        invoices = list(store.invoices(customer_id=found.id).values())
        why_slow = was_late_before(
            invoices, store.history(found.id), store.followups(customer_id=found.id).values()
        )
        contact = primary_contact(store.customer_contacts(found.id))
    company = loaded.company
    script = make_script(
        customer=found,
        contact=contact,
        invoices=invoices,
        caller=_caller(company.signature, company.legal_name),
        company=company.legal_name,
        company_phone=company.phone or "",
        why_slow=why_slow,
        today=today,
        pay_within_days=loaded.outbound.pay_within_days,
    )
    if json:
        cli_output.print_json(
            {
                "customer": found.id,
                "name": found.name,
                "contact": contact,
                "slow_payer": script.slow_payer,
                "why_slow": script.why_slow,
                "pay_by": script.pay_by,
                "invoices": [i.number for i in script.invoices],
                "sections": [{"heading": h, "lines": list(lines)} for h, lines in script.sections],
            }
        )
        return
    out = cli_output.stdout
    out.print(f"[bold]Call {found.name} ({found.id})[/] on {today}")
    for heading, lines in script.sections:
        out.print(f"\n[bold]{heading}[/]")
        for line in lines:
            out.print(f"  {line}", markup=False)


def _caller(signature: str, legal_name: str) -> str:
    """Who is calling: the signature's first line (a person's name), else the AR team."""
    first = next((line.strip() for line in signature.splitlines() if line.strip()), "")
    return first or f"the accounts receivable team of {legal_name}"


def pick_customer(customers: Mapping[str, Customer], query: str) -> Customer:
    """The customer a command names; a query naming none or several is a one-line input error."""
    from daemon.core.lookup import NotOneCustomer, find_customer
    from daemon.errors import InputError, Problem

    try:
        return find_customer(customers, query)
    except NotOneCustomer as exc:
        raise InputError([Problem("customer", str(exc))]) from exc


def event_json(event: HistoryEvent) -> dict[str, Any]:
    return {
        "at": event.at,
        "kind": event.kind,
        "invoice": event.invoice,
        "summary": event.summary,
        "data": event.data,
    }


def register_collect(app: typer.Typer) -> None:
    app.command(name="worklist")(worklist)
    app.command(name="history")(history)
    app.command(name="call-script")(call_script)
