"""Commands of the outbound half: `run`, `plan`, `simulate`, `preview`.

`plan` and `simulate` read the store read-only and send nothing; `preview` renders without
sending. Heavy modules are imported inside the commands so `dunmail --help` stays fast.
"""

from __future__ import annotations

import asyncio
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any
from zoneinfo import ZoneInfo

import typer

from daemon.cli_common import DEBUG, ConfigOption, JsonOption, load, now_and_today, open_store
from daemon.errors import InputError, Problem

if TYPE_CHECKING:
    from daemon.config.schema import Config
    from daemon.core.plan_records import PlannedReminder


def instant(text: str, option: str, config: Config) -> datetime:
    """An ISO date-time; without an offset it is read in the company's time zone."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise InputError(
            [Problem(option, f"{text!r} is not an ISO date-time like 2026-11-23T10:00")]
        ) from None
    zone = ZoneInfo(config.schedule.timezone)
    return value if value.tzinfo else value.replace(tzinfo=zone)


def day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError([Problem(option, f"{text!r} is not a date like 2026-11-23")]) from None


def reminder_row(reminder: PlannedReminder) -> dict[str, Any]:
    local = reminder.send_at.astimezone(ZoneInfo(reminder.timezone))
    return {
        "customer": reminder.customer_id,
        "contact": reminder.recipient.display_name,
        "email": reminder.recipient.email,
        "step": reminder.step,
        "template": reminder.template,
        "language": reminder.language,
        "invoices": list(reminder.invoices),
        "send_at": reminder.send_at.isoformat(),
        "local_time": local.strftime("%Y-%m-%d %H:%M %Z"),
        "pay_by": reminder.pay_by.isoformat(),
        "reason": reminder.reason,
    }


def print_reminders(title: str, rows: list[dict[str, Any]]) -> None:
    from daemon import cli_output

    columns = ["customer", "email", "step", "invoices", "local_time", "reason"]
    cli_output.print_table(
        title,
        columns,
        ([", ".join(row[c]) if c == "invoices" else row[c] for c in columns] for row in rows),
    )


def run(
    config: ConfigOption = None,
    once: Annotated[
        bool, typer.Option("--once", help="One cycle (sync, plan, send), then exit.")
    ] = False,
    now: Annotated[
        str | None,
        typer.Option(
            "--now", help="With --once: act as if it were this ISO time.", show_default=False
        ),
    ] = None,
    log_format: Annotated[
        str | None,
        typer.Option(
            "--log-format",
            help="text (journald-friendly lines) or json (one object per line); "
            "default: logging.format in the config.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Run the service in the foreground (systemd starts it this way)."""
    from daemon import cli_output
    from daemon.service import Service
    from daemon.shell.clock import FixedClock, SystemClock
    from daemon.shell.logs import setup_logging

    path, loaded = load(config)
    if now is not None and not once:
        raise InputError([Problem("--now", "only makes sense with --once")])
    if log_format not in (None, "text", "json"):
        raise InputError([Problem("--log-format", f"must be text or json, not {log_format!r}")])
    level = "debug" if DEBUG["enabled"] else loaded.logging.level
    setup_logging(level, log_format or loaded.logging.format)
    clock = FixedClock(instant(now, "--now", loaded)) if now else SystemClock()
    service = Service(path, loaded, clock=clock)
    if not once:
        asyncio.run(service.run())
        return
    report = asyncio.run(service.run_once())
    cli_output.ok(f"cycle at {clock.now().isoformat()}: {report.line()}")
    if report.halted:
        raise InputError([Problem("smtp", report.halted)])


def plan(
    config: ConfigOption = None,
    at: Annotated[
        str | None, typer.Option("--at", help="ISO time to plan for [default: now].")
    ] = None,
    json: JsonOption = False,
) -> None:
    """Exactly what `run` would send at that moment (nothing is sent)."""
    from daemon import cli_output
    from daemon.core import outbox
    from daemon.core.plan_records import due
    from daemon.planning import StorePlanner

    _, loaded = load(config)
    when = instant(at, "--at", loaded) if at else now_and_today(loaded)[0]
    with open_store(loaded, readonly=True) as store:
        current = StorePlanner.for_config(loaded, store).plan(when)
        retries = [i for i in store.outbox().values() if outbox.ready(i, when)]
    rows = [reminder_row(r) for r in due(current, when)]
    retry_rows = [
        {"customer": i.customer_id, "email": i.recipient, "step": i.step, "attempts": i.attempts}
        for i in retries
    ]
    skipped = [{"customer": c, "why": why} for c, why in current.skipped]
    if json:
        payload = {"at": when.isoformat(), "send": rows, "retry": retry_rows, "skipped": skipped}
        cli_output.print_json(payload)
        return
    print_reminders(f"Would send at {when.isoformat()}", rows)
    if retry_rows:
        cli_output.print_table(
            "Would retry",
            ["customer", "email", "step", "attempts"],
            (list(r.values()) for r in retry_rows),
        )
    if skipped:
        cli_output.print_table(
            "Not reminded", ["customer", "why"], (list(s.values()) for s in skipped)
        )


def simulate(
    from_: Annotated[str, typer.Option("--from", help="First day (YYYY-MM-DD).")],
    to: Annotated[str, typer.Option("--to", help="Last day (YYYY-MM-DD), included.")],
    config: ConfigOption = None,
    json: JsonOption = False,
) -> None:
    """The day-by-day timeline the cadences would produce over the current ledger (no sending)."""
    from daemon import cli_output
    from daemon.planning import StorePlanner

    _, loaded = load(config)
    first, last = day(from_, "--from"), day(to, "--to")
    if last < first:
        raise InputError([Problem("--to", "must not be before --from")])
    zone = ZoneInfo(loaded.schedule.timezone)
    start = datetime.combine(first, time(), zone)
    end = datetime.combine(last + timedelta(days=1), time(), zone)
    with open_store(loaded, readonly=True) as store:
        timeline = StorePlanner.for_config(loaded, store).simulate(start, end)
    rows = [reminder_row(r) for r in timeline]
    if json:
        cli_output.print_json(rows)
        return
    print_reminders(f"Reminders from {first} to {last} ({len(rows)})", rows)


def preview(
    customer: Annotated[str, typer.Argument(help="Customer id.")],
    config: ConfigOption = None,
    step: Annotated[
        str | None, typer.Option("--step", help="A cadence step instead of the next one.")
    ] = None,
    html: Annotated[
        Path | None, typer.Option("--html", help="Also write the HTML part to this file.")
    ] = None,
    at: Annotated[str | None, typer.Option("--at", help="ISO time [default: now].")] = None,
) -> None:
    """Render the next reminder to CUSTOMER as it would go out (nothing is sent)."""
    from daemon.planning import StorePlanner
    from daemon.previews import render_preview

    _, loaded = load(config)
    when = instant(at, "--at", loaded) if at else now_and_today(loaded)[0]
    with open_store(loaded, readonly=True) as store:
        message = render_preview(StorePlanner.for_config(loaded, store), customer, when, step=step)
    for name in ("From", "To", "Reply-To", "Subject", "Date", "Message-ID", "In-Reply-To"):
        if message[name]:
            print(f"{name}: {message[name]}")
    text = message.get_body(("plain",))
    print()
    print(text.get_content() if text is not None else "")
    if html is not None:
        part = message.get_body(("html",))
        html.write_text(part.get_content() if part is not None else "", encoding="utf-8")


def register_outbound(app: typer.Typer) -> None:
    app.command()(run)
    app.command(name="plan")(plan)
    app.command(name="simulate")(simulate)
    app.command(name="preview")(preview)
