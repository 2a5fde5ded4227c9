"""`dunmail report`: aging, DSO, CEI, promises kept, reply intents and what each step achieved.

Argument parsing and printing only; the figures are `daemon.core.report`'s, the HTML page
`daemon.report_html`'s. Heavy modules are imported inside the command so `dunmail --help` stays
fast.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from daemon.cli_common import ConfigOption, JsonOption, load, now_and_today, open_store

if TYPE_CHECKING:
    from daemon.core.report import CollectionsReport, StepOutcome

HtmlOption = Annotated[
    Path | None,
    typer.Option("--html", help="Also write the report, with charts, to this HTML file."),
]
DaysOption = Annotated[
    int, typer.Option("--days", min=1, help="The period flows are measured over, ending today.")
]
WithinOption = Annotated[
    int, typer.Option("--within", min=1, help="Days after a reminder that count as its outcome.")
]


def report(
    config: ConfigOption = None,
    json: JsonOption = False,
    html: HtmlOption = None,
    days: DaysOption = 30,
    within: WithinOption = 14,
) -> None:
    """The collections report: aging buckets per customer and in total, DSO (countback), CEI,
    the promise-kept rate, the mix of reply intents, and what followed each cadence step."""
    from daemon import cli_output

    _, loaded = load(config)
    _, today = now_and_today(loaded)
    with open_store(loaded, readonly=True) as store:
        made = make_report(store, today, days, within)
    if html is not None:
        write_html(made, html)
    if json:
        cli_output.print_json(report_json(made))
        return
    print_report(made)
    if html is not None:
        cli_output.ok(f"wrote {html}")


def make_report(store: Any, today: Any, days: int, within: int) -> CollectionsReport:
    from daemon.core.report import ReportBook, collections_report

    book = ReportBook(
        store.customers(),
        list(store.invoices().values()),
        list(store.followups().values()),
        store.history(),
    )
    return collections_report(book, today, today - timedelta(days=days - 1), outcome_days=within)


def write_html(made: CollectionsReport, path: Path) -> None:
    from daemon.errors import InputError, Problem
    from daemon.report_html import render_report

    try:
        path.write_text(render_report(made), encoding="utf-8")
    except OSError as exc:
        raise InputError([Problem(str(path), f"cannot write the report: {exc.strerror}")]) from exc


def report_json(made: CollectionsReport) -> dict[str, Any]:
    return {
        "today": made.today,
        "from": made.start,
        "aging": made.aging_total.by_currency,
        "aging_by_customer": {
            customer: {"name": made.customers.get(customer, ""), "aging": aged.by_currency}
            for customer, aged in made.aging_by_customer.items()
        },
        "dso_days": made.dso_days,
        "dso_at_least": made.dso_at_least,
        "cei_percent": made.cei_percent,
        "promises": {
            "kept": made.promises_kept,
            "broken": made.promises_broken,
            "kept_percent": made.promise_kept_rate,
        },
        "intents": made.intents,
        "steps": [_step_json(s) for s in made.steps],
        "outcome_days": made.outcome_days,
    }


def _step_json(step: StepOutcome) -> dict[str, Any]:
    return {
        "step": step.step,
        "sent": step.sent,
        "paid": step.paid,
        "replied": step.replied,
        "nothing": step.nothing,
    }


def print_report(made: CollectionsReport, *, per_customer: bool = True) -> None:
    from daemon import cli_output
    from daemon.core.report import BUCKETS

    out = cli_output.stdout
    out.print(f"[bold]Collections report, {made.start} to {made.today}[/]")
    for currency in sorted(made.dso_days):
        dso, cei = made.dso_days[currency], made.cei_percent.get(currency)
        at_least = "at least " if made.dso_at_least.get(currency) else ""
        out.print(
            f"  {currency}: DSO (countback) {at_least}{dso if dso is not None else 'n/a'} days, "
            f"CEI {f'{cei} %' if cei is not None else 'n/a'}"
        )
    rate = made.promise_kept_rate
    judged = made.promises_kept + made.promises_broken
    out.print(
        f"  promises kept: {f'{rate:.0f} %' if rate is not None else 'none due'}"
        f" ({made.promises_kept} of {judged})"
    )
    intents = ", ".join(f"{n} {intent.replace('_', ' ')}" for intent, n in made.intents.items())
    out.print(f"  replies: {intents or 'none'}")
    cli_output.print_table(
        "Aging of open balances",
        ["currency", *BUCKETS],
        (
            (currency, *(f"{b[k]:,.2f}" for k in BUCKETS))
            for currency, b in sorted(made.aging_total.by_currency.items())
        ),
    )
    if per_customer:
        cli_output.print_table(
            "Aging by customer",
            ["customer", "currency", *BUCKETS],
            (
                (made.customers.get(c, c), currency, *(f"{b[k]:,.2f}" for k in BUCKETS))
                for c, aged in made.aging_by_customer.items()
                for currency, b in sorted(aged.by_currency.items())
            ),
        )
    cli_output.print_table(
        f"What followed each step (within {made.outcome_days} days)",
        ["step", "sent", "paid", "replied", "nothing"],
        ((s.step, s.sent, s.paid, s.replied, s.nothing) for s in made.steps),
    )


def register_report(app: typer.Typer) -> None:
    app.command(name="report")(report)
