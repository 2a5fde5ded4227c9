"""`dunmail demo`: the embedded demo, weeks of collections on the example ledger in a minute.

Argument parsing and printing only; `daemon.demo` runs the daemon against its local servers.
Heavy modules are imported inside the command so `dunmail --help` stays fast.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from daemon.errors import Problem, StartupError

if TYPE_CHECKING:
    from daemon.demo import Demo, Told

DirOption = Annotated[
    Path, typer.Option("--dir", help="Where the demo writes its config, state and mail.")
]
WeeksOption = Annotated[int, typer.Option("--weeks", min=1, max=26, help="Weeks to simulate.")]
UntilOption = Annotated[
    datetime | None,
    typer.Option(
        "--until",
        formats=["%Y-%m-%dT%H:%M%z", "%Y-%m-%d"],
        help="End of the simulation, e.g. 2026-11-23T17:00+0000 [default: now].",
        show_default=False,
    ),
]
_LABELS = {
    "sent": "[green]sent     [/]",
    "read": "[cyan]read     [/]",
    "customer": "[magenta]customer [/]",
    "follow-up": "[yellow]follow-up[/]",
    "ledger": "[blue]ledger   [/]",
    "state": "[yellow]state    [/]",
    "digest": "[dim]digest   [/]",
    "notice": "[bold yellow]notice   [/]",
}


def demo(
    directory: DirOption = Path("demo"), weeks: WeeksOption = 6, until: UntilOption = None
) -> None:
    """Run the daemon on the example ledger: local SMTP and Maildir, a fast clock, no setup."""
    from zoneinfo import ZoneInfo

    from daemon import cli_output
    from daemon.shell.clock import SystemClock

    try:
        from daemon.demo import Demo
        from daemon.demo_site import DemoSite, example_zone
    except ImportError as exc:  # aiosmtpd is an extra: `pip install 'dunmail[demo]'`
        what = f"the demo needs {exc.name}: pip install 'dunmail[demo]'"
        raise StartupError(str(Problem("demo", what))) from exc
    end = until or SystemClock().now()
    if end.tzinfo is None:
        end = end.replace(tzinfo=ZoneInfo(example_zone()))
    site = DemoSite(directory.absolute())
    zone = ZoneInfo(example_zone())
    out = cli_output.stdout
    last_day = [""]

    def tell(told: Told) -> None:
        day = f"{told.at.astimezone(zone):%a %d %b %Y}"
        if day != last_day[0]:
            out.print(f"\n[bold]{day}[/]")
            last_day[0] = day
        local = told.at.astimezone(told.zone)
        who = f"{told.customer}: " if told.customer else ""
        when = f"{local:%H:%M} {local:%Z}".ljust(10)
        out.print(f"  {when} {_LABELS[told.label]}  {who}{told.text}", markup=True)

    run = Demo.ending(site, end, weeks, tell)
    site.prepare()
    _log_to(site.log)
    out.print(
        f"[bold]dunmail demo[/]: {weeks} weeks of collections on the example ledger, "
        f"{run.start.astimezone(zone):%a %d %b} to {end.astimezone(zone):%a %d %b %Y}; "
        "each time is the customer's own"
    )
    started = SystemClock().monotonic()
    asyncio.run(run.run())
    seconds = SystemClock().monotonic() - started
    _closing(run, seconds)


def _log_to(path: Path) -> None:
    """The daemon's own log goes to a file: the terminal shows the story."""
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)
    logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd logs every SMTP line


def _closing(run: Demo, seconds: float) -> None:
    """What the weeks added up to, today's call list, and where to look next."""
    from collections import Counter

    from daemon import cli_output
    from daemon.cli_report import make_report, print_report, write_html
    from daemon.config.loader import load_config
    from daemon.core.records import EventKind
    from daemon.core.worklist import worklist
    from daemon.shell.store import Store
    from daemon.work import read_book

    site, out = run.site, cli_output.stdout
    config = load_config(site.config)
    today = run.until.astimezone(run.zone).date()
    with Store.open(site.state, readonly=True) as store:
        history = store.history()
        rows = worklist(read_book(config, store, run.until), today)
        made = make_report(store, today, 7 * run.weeks_simulated, 14)
    sent = sum(event.kind is EventKind.EMAIL_SENT for event in history)
    intents = Counter(
        str(event.data.get("intent", ""))
        for event in history
        if event.kind is EventKind.REPLY_HANDLED
    )
    paid = sum(event.kind is EventKind.INVOICE_CLOSED for event in history)
    out.print(
        f"\n[bold]{run.weeks_simulated} weeks in {seconds:.1f} s[/]: {sent} emails sent, "
        f"{sum(intents.values())} replies read ("
        + ", ".join(f"{n} {intent.replace('_', ' ')}" for intent, n in sorted(intents.items()))
        + f"), {paid} invoices paid and closed."
    )
    out.print(f"\n[bold]Call list for {today}[/] (dunmail worklist), oldest and largest first:")
    for number, row in enumerate(rows, 1):
        contact = row.contact
        reach = (
            ", ".join(
                part for part in (contact.display_name, contact.phone or contact.email) if part
            )
            if contact
            else "no contact"
        )
        out.print(
            f"{number:>2}. [bold]{row.customer.name}[/]: {row.oldest_days_overdue} days overdue, "
            f"{cli_output.money(row.open_balance)}; {reach}"
        )
        for why in row.why:
            out.print(f"      {why.reason}: {why.detail}")
        if row.next_action:
            out.print(f"      next: {row.next_action}")
    out.print()
    print_report(made, per_customer=False)
    write_html(made, site.root / "report.html")
    out.print("\nThe emails are on disk, one file each (Maildir); open them in any mail client:")
    out.print(f"  {site.customers_mail}   what the customers received (mutt -f ...)")
    out.print(
        f"  {site.ar_mail}   the AR mailbox: replies filed in its AR/ folders, and in Sent"
        " the server's copy of every email sent (the proof it took it)"
    )
    out.print(f"  {site.collectors_mail}   the collectors' daily digest, and urgent notices")
    out.print(
        f"The report with charts is {site.root / 'report.html'}; the daemon's log {site.log}."
    )
    out.print("Every command works on this state, e.g.:")
    for command in (
        "worklist",
        "call-script D2005",
        "history D2005",
        "contact C1004 t.begay@mesaverde.example --name 'Tom Begay'",
        "report --html report.html",
    ):
        out.print(f"  dunmail {command} --config {site.config}")


def register_demo(app: typer.Typer) -> None:
    app.command(name="demo")(demo)
