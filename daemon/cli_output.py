"""Terminal output for the CLI: rich tables for people, JSON lines for scripts, one-line errors."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

stdout = Console(highlight=False, soft_wrap=True)
stderr = Console(stderr=True, highlight=False, soft_wrap=True)


def _default(value: Any) -> Any:
    if isinstance(value, Decimal | Path):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | set | frozenset):
        return list(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


def to_json(value: Any) -> str:
    return json.dumps(value, default=_default, ensure_ascii=False, sort_keys=False)


def print_json(value: Any) -> None:
    sys.stdout.write(to_json(value) + "\n")


_NUMERIC = {"balance", "amount", "open", "overdue", "days", "count", "sent", "paid", "replied",
            "nothing", "current", "1-30", "31-60", "61-90", "90+"}  # fmt: skip


def print_table(title: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    table = Table(title=title, title_justify="left", header_style="bold")
    for name in columns:
        numeric = name.lower() in _NUMERIC
        # Identifiers, dates and amounts stay on one line; only free text may wrap.
        wraps = name.lower() in {"name", "contact", "email", "reason", "why", "invoices", "details"}
        table.add_column(name, justify="right" if numeric else "left", no_wrap=not wraps)
    for row in rows:
        table.add_row(*("" if cell is None else str(cell) for cell in row))
    stdout.print(table)


def money(amounts: Mapping[str, Decimal]) -> str:
    """'1,234.50 USD + 80.00 EUR' — currency codes, not symbols: unambiguous in a terminal."""
    return " + ".join(f"{amount:,.2f} {currency}" for currency, amount in amounts.items()) or "—"


def error(message: str) -> None:
    stderr.print(f"[bold red]error:[/] {message}", markup=True)


def errors(lines: Iterable[str]) -> None:
    for line in lines:
        stderr.print(line, markup=False)


def warning(message: str) -> None:
    stderr.print(f"[yellow]warning:[/] {message}", markup=True)


def ok(message: str) -> None:
    stderr.print(f"[green]ok:[/] {message}", markup=True)
