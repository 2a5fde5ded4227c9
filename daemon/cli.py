"""The `dunmail` command line: parses arguments, calls shell and core, maps errors to exit codes.

No logic lives here. Heavy modules are imported inside the commands so `dunmail --help` stays fast.
Every failure the user can act on is one line on stderr (a traceback only with `--debug`) and an
exit code: 0 ok, 2 usage/config/input error, 3 startup failure, 75 the state cannot be written
(a full, read-only or failing disk: it may pass, so systemd restarts the service).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from daemon import __version__
from daemon.cli_classify import register_classify
from daemon.cli_collect import register_collect
from daemon.cli_common import DEBUG, ConfigOption, JsonOption, load, now_and_today, open_store
from daemon.cli_demo import register_demo
from daemon.cli_doctor import register_doctor
from daemon.cli_manage import register_manage
from daemon.cli_outbound import register_outbound
from daemon.cli_report import register_report
from daemon.errors import DunmailError, ExitCode, InputError

app = typer.Typer(
    name="dunmail",
    help="Collects overdue invoices by email: polite, consistent, on time, never badgering.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        print(f"dunmail {__version__}")
        raise typer.Exit


@app.callback()
def _options(
    debug: Annotated[
        bool, typer.Option("--debug", help="Show tracebacks and debug logs on errors.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    del version  # handled eagerly by its callback
    DEBUG["enabled"] = debug


@app.command()
def init(
    path: Annotated[Path, typer.Argument(help="Where to write the starter config.")] = Path(
        "config.yaml"
    ),
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a starter config to fill in (every key is documented in config.example.yaml)."""
    from daemon import cli_output
    from daemon.config.starter import STARTER_CONFIG
    from daemon.errors import Problem

    if path.exists() and not force:
        raise InputError([Problem(str(path), "already exists; use --force to overwrite it")])
    path.write_text(STARTER_CONFIG, encoding="utf-8")
    cli_output.ok(f"wrote {path}; edit it, then run: dunmail check --config {path}")


@app.command()
def check(config: ConfigOption = None) -> None:
    """Validate the config, the templates it uses and the ledger export it points at."""
    from daemon import cli_output
    from daemon.checks import check_all

    path, loaded = load(config)
    passed, warnings = check_all(loaded)
    for line in passed:
        cli_output.ok(line)
    for line in warnings:
        cli_output.warning(line)
    cli_output.ok(f"{path} is valid")


@app.command(name="import")
def import_ledger(
    path: Annotated[Path, typer.Argument(help="The open-invoice export (CSV).")],
    config: ConfigOption = None,
    skip_bad_rows: Annotated[
        bool, typer.Option("--skip-bad-rows", help="Import the good rows, report the bad ones.")
    ] = False,
    allow_empty: Annotated[
        bool,
        typer.Option("--allow-empty", help="Accept an export without invoices (closes them all)."),
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would change; write nothing.")
    ] = False,
    json: JsonOption = False,
) -> None:
    """Import the accounting system's open-invoice export into the store."""
    from daemon import cli_output
    from daemon.core.ledger import without_problems
    from daemon.errors import LedgerError
    from daemon.shell.ledger_file import read_ledger
    from daemon.sync import plan_ledger, sync_ledger

    _, loaded = load(config)
    parsed = read_ledger(loaded.ledger, path)
    skipped = len(parsed.problems)
    if parsed.problems:
        if not skip_bad_rows or parsed.unreadable:
            hint = "" if parsed.unreadable else " (fix them, or use --skip-bad-rows)"
            raise LedgerError(
                parsed.problems,
                summary=f"{path.name}: {skipped} problem(s); nothing imported{hint}",
            )
        cli_output.errors(f"skipped {problem}" for problem in parsed.problems)
        parsed = without_problems(parsed)
    now, _ = now_and_today(loaded)
    apply = plan_ledger if dry_run else sync_ledger
    with open_store(loaded, readonly=dry_run) as store:
        changes = apply(store, parsed, now=now, source=path.name, allow_empty=allow_empty)
    summary = {"rows": parsed.rows_read, "skipped": skipped, "dry_run": dry_run}
    summary |= changes.summary_dict()
    if json:
        cli_output.print_json(summary)
    else:
        verb = "would import" if dry_run else "imported"
        cli_output.ok(f"{verb} {path.name}: {changes.summary_line()}")


@app.command()
def status(config: ConfigOption = None, json: JsonOption = False) -> None:
    """Counts by state: customers, invoices open/overdue/closed, sequences, outbox."""
    from daemon import cli_output
    from daemon.core.summary import ledger_totals

    _, loaded = load(config)
    _, today = now_and_today(loaded)
    with open_store(loaded, readonly=True) as store:
        counts = store.counts()
        totals = ledger_totals(store.invoices().values(), today)
    if json:
        cli_output.print_json({"tables": counts, "ledger": totals, "today": today})
        return
    cli_output.print_table("Store", ["table", "count"], sorted(counts.items()))
    cli_output.print_table(
        f"Ledger on {today}",
        ["", "count", "balance"],
        [
            ("open", totals.open_invoices, cli_output.money(totals.open_balance)),
            ("overdue", totals.overdue_invoices, cli_output.money(totals.overdue_balance)),
            ("closed", totals.closed_invoices, ""),
        ],
    )


@app.command()
def customers(config: ConfigOption = None, json: JsonOption = False) -> None:
    """Customers with their primary AP contact, open balance and oldest days overdue."""
    from daemon import cli_output
    from daemon.core.summary import summarize_customers

    _, loaded = load(config)
    _, today = now_and_today(loaded)
    with open_store(loaded, readonly=True) as store:
        rows = summarize_customers(
            store.customers(), store.contacts(), store.invoices().values(), today
        )
    if json:
        cli_output.print_json(rows)
        return
    cli_output.print_table(
        f"Customers on {today}",
        ["id", "name", "contact", "email", "open", "overdue", "days", "balance"],
        (
            (
                r.customer.id,
                r.customer.name,
                r.primary_contact.display_name if r.primary_contact else "",
                r.primary_contact.email if r.primary_contact else "",
                r.open_invoices,
                r.overdue_invoices,
                r.oldest_days_overdue or "",
                cli_output.money(r.open_balance),
            )
            for r in rows
        ),
    )


@app.command()
def invoices(
    config: ConfigOption = None,
    customer: Annotated[str | None, typer.Option(help="Only this customer's invoices.")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Include closed invoices.")] = False,
    json: JsonOption = False,
) -> None:
    """Invoices, most overdue first (open ones only unless --all)."""
    from daemon import cli_output
    from daemon.core.records import InvoiceStatus

    _, loaded = load(config)
    _, today = now_and_today(loaded)
    with open_store(loaded, readonly=True) as store:
        found = [
            inv
            for inv in store.invoices(customer_id=customer).values()
            if all_ or inv.status is InvoiceStatus.OPEN
        ]
    found.sort(key=lambda inv: (inv.due_date, inv.number))
    if json:
        cli_output.print_json(found)
        return
    cli_output.print_table(
        f"Invoices on {today}",
        ["number", "customer", "issued", "due", "days", "amount", "balance", "status"],
        (
            (
                inv.number,
                inv.customer_id,
                inv.issue_date,
                inv.due_date,
                inv.days_overdue(today),
                f"{inv.amount:,.2f} {inv.currency}",
                f"{inv.balance:,.2f} {inv.currency}",
                inv.status.value if inv.closed_reason is None else inv.closed_reason.value,
            )
            for inv in found
        ),
    )


register_outbound(app)
register_classify(app)
register_collect(app)
register_demo(app)
register_report(app)
register_manage(app)
register_doctor(app)


def main() -> None:
    """Console entry point: one line per error, no traceback unless --debug."""
    from daemon import cli_output

    try:
        app()
    except DunmailError as exc:
        if DEBUG["enabled"]:
            raise
        if isinstance(exc, InputError):
            cli_output.errors(exc.lines())
        else:
            cli_output.error("; ".join(exc.lines()))
        sys.exit(int(exc.exit_code))
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # a bug: still one line, and the way to see more
        if DEBUG["enabled"]:
            raise
        cli_output.error(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug)")
        sys.exit(int(ExitCode.FAILURE))
