"""`dunmail doctor`: one line per check, pass or fail with the reason; exit 1 if any failed.

Argument parsing and printing only; the checks are `daemon.doctor`'s.
"""

from __future__ import annotations

import asyncio

import typer

from daemon.cli_common import ConfigOption, load


def doctor(config: ConfigOption = None) -> None:
    """Check that this installation can work now: config, templates, store, SMTP connect, TLS
    and login, IMAP login, IDLE, folders and keywords, and the ledger export and its age."""
    from daemon import cli_output
    from daemon.doctor import examine
    from daemon.shell.clock import SystemClock

    path, loaded = load(config)  # an invalid config is its own one-line error, exit 2
    steps = asyncio.run(examine(loaded, path, SystemClock().now()))
    width = max(len(step.name) for step in steps)
    for step in steps:
        mark = "[green]pass[/]" if step.ok else "[bold red]FAIL[/]"
        cli_output.stdout.print(f"{mark}  {step.name.ljust(width)}  ", end="", markup=True)
        cli_output.stdout.print(step.detail, markup=False)
    failed = [step.name for step in steps if not step.ok]
    if failed:
        cli_output.error(f"{len(failed)} check(s) failed: {', '.join(failed)}")
        raise typer.Exit(1)


def register_doctor(app: typer.Typer) -> None:
    app.command(name="doctor")(doctor)
