"""The collectors' write commands: log-call, promise, pay, dispute, resolve, pause, resume, exclude,
contact.

Argument parsing and printing only: each builds a `daemon.core.manual.Command` and hands it to
`daemon.manual_apply.carry_out`, which applies it under the store's lock or, while the daemon runs,
through the daemon itself. Every one is recorded in the customer's history with who gave it.
Heavy modules are imported inside the commands so `dunmail --help` stays fast.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated

import typer

from daemon.cli_common import ConfigOption, load

if TYPE_CHECKING:
    from decimal import Decimal

    from daemon.core.manual import Action, Outcome
    from daemon.core.records import Contact

CustomerArgument = Annotated[str, typer.Argument(help="Customer id, or a unique part of its name.")]
InvoicesArgument = Annotated[
    list[str] | None, typer.Argument(help="Invoice numbers (none: all the customer's open ones).")
]
InvoiceOption = Annotated[
    list[str] | None, typer.Option("--invoice", help="An invoice it is about (repeatable).")
]
NoteOption = Annotated[str, typer.Option("--note", help="What was said, for the history.")]
AmountOption = Annotated[str | None, typer.Option("--amount", help="The amount named.")]
DayOption = Annotated[
    datetime | None, typer.Option("--date", formats=["%Y-%m-%d"], help="The promised day.")
]
OutcomeChoice = Annotated[
    str,
    typer.Option(
        "--outcome",
        help="promise, sent (they say it was paid), dispute, no-answer, left-message, "
        "wrong-number or other.",
    ),
]


def log_call(
    customer: CustomerArgument,
    outcome: OutcomeChoice,
    day: DayOption = None,
    amount: AmountOption = None,
    reference: Annotated[str, typer.Option("--reference", help="Check or transfer ref.")] = "",
    invoice: InvoiceOption = None,
    note: NoteOption = "",
    config: ConfigOption = None,
) -> None:
    """Record a phone call; a promise, a "we paid" or a dispute counts as a reply saying so."""
    from daemon.core.manual import Action, Outcome

    _run(Action.CALL, customer, config, invoice, note, day=day, amount=amount,
         reference=reference, outcome=_choice(Outcome, outcome, "--outcome"))  # fmt: skip


def promise(
    customer: CustomerArgument,
    day: Annotated[datetime, typer.Option("--date", formats=["%Y-%m-%d"], help="The day.")],
    amount: AmountOption = None,
    invoice: InvoiceOption = None,
    note: NoteOption = "",
    config: ConfigOption = None,
) -> None:
    """Record a promise to pay by a day: reminders pause, and it is followed up that day."""
    from daemon.core.manual import Action

    _run(Action.PROMISE, customer, config, invoice, note, day=day, amount=amount)


def pay(
    customer: CustomerArgument,
    invoices: Annotated[list[str], typer.Argument(help="The invoices paid.")],
    note: NoteOption = "",
    config: ConfigOption = None,
) -> None:
    """Treat invoices as paid until the ledger shows it: no reminder names them again."""
    from daemon.core.manual import Action

    _run(Action.PAY, customer, config, invoices, note)


def dispute(
    customer: CustomerArgument,
    invoices: InvoicesArgument = None,
    note: NoteOption = "",
    config: ConfigOption = None,
) -> None:
    """Record a dispute: the disputed invoices are left out of every reminder until resolved."""
    from daemon.core.manual import Action

    _run(Action.DISPUTE, customer, config, invoices, note)


def resolve(
    customer: CustomerArgument,
    invoices: InvoicesArgument = None,
    note: NoteOption = "",
    config: ConfigOption = None,
) -> None:
    """Resolve disputes (of the invoices named; none named: all): reminders may list them again."""
    from daemon.core.manual import Action

    _run(Action.RESOLVE, customer, config, invoices, note)


def pause(
    customer: CustomerArgument,
    until: Annotated[datetime, typer.Option("--until", formats=["%Y-%m-%d"], help="Resume on.")],
    note: NoteOption = "",
    config: ConfigOption = None,
) -> None:
    """Hold a customer's reminders until a day."""
    from daemon.core.manual import Action

    _run(Action.PAUSE, customer, config, None, note, day=until)


def resume(customer: CustomerArgument, note: NoteOption = "", config: ConfigOption = None) -> None:
    """Resume a customer's reminders after a pause, a hold or a stop."""
    from daemon.core.manual import Action

    _run(Action.RESUME, customer, config, None, note)


def exclude(customer: CustomerArgument, note: NoteOption = "", config: ConfigOption = None) -> None:
    """Stop emailing a customer for good (until resumed); open follow-ups are cancelled."""
    from daemon.core.manual import Action

    _run(Action.EXCLUDE, customer, config, None, note)


def contact(
    customer: CustomerArgument,
    email: Annotated[str, typer.Argument(help="The AP contact's email address.")],
    name: Annotated[str, typer.Option("--name", help='"First Last".')] = "",
    phone: Annotated[str, typer.Option("--phone")] = "",
    fax: Annotated[str, typer.Option("--fax")] = "",
    primary: Annotated[
        bool, typer.Option("--primary/--not-primary", help="Reminders go to the primary one.")
    ] = True,
    note: NoteOption = "",
    config: ConfigOption = None,
) -> None:
    """Set or confirm an AP contact (e.g. the one a wrong-contact reply named); it outlives the
    next ledger export. Confirming an address that bounced takes the bounce off."""
    from daemon.core.manual import Action
    from daemon.core.records import Contact

    first, _, last = name.strip().partition(" ")
    given = Contact("", email.strip(), first, last.strip(), phone.strip(), fax.strip(), primary)
    _run(Action.CONTACT, customer, config, None, note, contact=given)


def _run(
    action: Action,
    customer: str,
    config_path: ConfigOption,
    invoices: list[str] | None,
    note: str,
    *,
    day: datetime | None = None,
    amount: str | None = None,
    reference: str = "",
    outcome: Outcome | None = None,
    contact: Contact | None = None,
) -> None:
    import getpass
    import secrets

    from daemon import cli_output
    from daemon.cli_collect import pick_customer
    from daemon.cli_common import open_store
    from daemon.core.manual import Command
    from daemon.manual_apply import carry_out
    from daemon.shell.clock import SystemClock

    _, loaded = load(config_path)
    with open_store(loaded, readonly=True) as store:
        found = pick_customer(store.customers(), customer)
    now = SystemClock().now()
    command = Command(
        id=f"{now:%Y%m%dT%H%M%S}-{secrets.token_hex(4)}",
        action=action,
        customer_id=found.id,
        by=getpass.getuser(),
        invoices=tuple(invoices or ()),
        day=_day(day),
        amount=_amount(amount),
        reference=reference,
        outcome=outcome,
        note=note,
        contact=contact,
    )
    cli_output.ok(carry_out(loaded, command, now))


def _day(value: datetime | None) -> date | None:
    return value.date() if value is not None else None


def _amount(value: str | None) -> Decimal | None:
    from decimal import Decimal, InvalidOperation

    from daemon.errors import InputError, Problem

    if value is None:
        return None
    try:
        return Decimal(value.replace(",", ""))
    except InvalidOperation as exc:
        raise InputError([Problem("--amount", f"not an amount: {value!r}")]) from exc


def _choice(kind: type[Outcome], value: str, option: str) -> Outcome:
    from daemon.errors import InputError, Problem

    try:
        return kind(value)
    except ValueError as exc:
        allowed = ", ".join(member.value for member in kind)
        raise InputError([Problem(option, f"{value!r} is not one of {allowed}")]) from exc


def register_manage(app: typer.Typer) -> None:
    for name, command in (
        ("log-call", log_call), ("promise", promise), ("pay", pay), ("dispute", dispute),
        ("resolve", resolve), ("pause", pause), ("resume", resume), ("exclude", exclude),
        ("contact", contact),
    ):  # fmt: skip
        app.command(name=name)(command)
