"""What every command shares: the --config and --json options, loading, the store, today.

Heavy modules are imported inside the functions so `dunmail --help` stays fast.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from daemon.config.schema import Config
    from daemon.shell.store import Store

DEBUG = {"enabled": False}

ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        "-c",
        help="Config file [default: $DUNMAIL_CONFIG, $CONFIGURATION_DIRECTORY/config.yaml, "
        "/etc/dunmail/config.yaml].",
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def load(config_path: Path | None) -> tuple[Path, Config]:
    from daemon.config.loader import load_config
    from daemon.locations import config_path as resolve

    path = resolve(config_path, os.environ)
    return path, load_config(path)


def open_store(config: Config, *, readonly: bool) -> Store:
    from daemon.locations import state_directory
    from daemon.shell.store import Store

    return Store.open(state_directory(config, os.environ), readonly=readonly)


def now_and_today(config: Config) -> tuple[datetime, date]:
    from zoneinfo import ZoneInfo

    from daemon.shell.clock import SystemClock

    now = SystemClock().now()
    return now, now.astimezone(ZoneInfo(config.schedule.timezone)).date()
