"""`dunmail classify PATH... [--json]`: what replies in files, a Maildir or stdin mean.

No config and no store: each message is parsed and classified exactly as the daemon does, with
its dates resolved against the message's own Date header. `describe` turns one message into the
row printed (one JSON object per line with --json, else a table); bench/classify.py uses it too.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from daemon.cli_common import JsonOption
from daemon.errors import InputError, Problem

_COLUMNS = ("file", "intent", "conf.", "what it says", "why")


def describe(name: str, raw: bytes) -> dict[str, Any]:
    """The JSON row for one message: intent, confidence, facts, language and reasons."""
    from daemon.core.classify import classify, new_text
    from daemon.core.extract import find_invoice_refs
    from daemon.core.mail_parse import parse_mail
    from daemon.core.verdict import Intent

    mail = parse_mail(raw)
    today = mail.date.date() if mail.date else _today()
    verdict = classify(mail, today=today)
    facts, intent = verdict.facts, verdict.intent
    day = facts.date.isoformat() if facts.date else None
    return {
        "file": name,
        "intent": intent.value,
        "confidence": round(verdict.confidence, 2),
        "promised_date": day if intent in (Intent.PROMISE_TO_PAY, Intent.PAYMENT_PLAN) else None,
        "paid_date": day if intent is Intent.PAYMENT_SENT else None,
        "return_date": day if intent is Intent.AUTO_REPLY else None,
        "payment_reference": facts.reference or None,
        "amount": str(facts.amount) if facts.amount is not None else None,
        "currency": facts.currency or None,
        "new_contact": facts.new_contact or None,
        "bounce_kind": facts.bounce.value or None,
        "failed_recipient": facts.bounced[0] if facts.bounced else None,
        "invoice_refs": list(find_invoice_refs(f"{mail.subject}\n{new_text(mail)}")),
        "language": mail.language or None,
        "reasons": list(verdict.reasons),
    }


def _today() -> Any:
    from daemon.shell.clock import SystemClock

    return SystemClock().now().date()


def messages(paths: list[str]) -> Iterator[tuple[str, bytes]]:
    """(name, bytes) for every message: an .eml file, each file of a Maildir's cur/ and new/
    (or of a plain folder), or standard input for "-"."""
    problems = [
        Problem(p, "no such file or folder") for p in paths if p != "-" and not Path(p).exists()
    ]
    if problems:
        raise InputError(problems)
    for given in paths:
        if given == "-":
            yield "-", sys.stdin.buffer.read()
            continue
        path = Path(given)
        if path.is_file():
            yield str(path), path.read_bytes()
            continue
        folders = [path / "cur", path / "new"] if (path / "cur").is_dir() else [path]
        for folder in folders:
            for item in sorted(folder.iterdir()):
                if item.is_file() and not item.name.startswith("."):
                    yield str(item), item.read_bytes()


def classify_command(
    paths: Annotated[
        list[str], typer.Argument(help="An .eml file, a Maildir folder, or - for standard input.")
    ],
    json: JsonOption = False,
) -> None:
    """What each reply means: intent, confidence, dates, amounts, references, new contact."""
    from daemon import cli_output

    rows = (describe(name, raw) for name, raw in messages(paths))
    if json:
        for row in rows:
            cli_output.print_json(row)
        return
    table = [
        (Path(row["file"]).name, row["intent"], f"{row['confidence']:.2f}", details(row),
         row["reasons"][0] if row["reasons"] else "")
        for row in rows
    ]  # fmt: skip
    cli_output.print_table("Replies", _COLUMNS, table)


def details(row: dict[str, Any]) -> str:
    """The facts of one row in a few words: "promised 2026-11-30", "hard bounce: a@b", ..."""
    parts = [
        f"{label} {row[key]}"
        for label, key in (
            ("promised", "promised_date"),
            ("paid", "paid_date"),
            ("back", "return_date"),
            ("ref", "payment_reference"),
            ("write to", "new_contact"),
        )
        if row[key]
    ]
    if row["amount"]:
        parts.append(f"{row['amount']} {row['currency'] or ''}".strip())
    if row["bounce_kind"]:
        parts.append(f"{row['bounce_kind']} bounce: {row['failed_recipient'] or 'unknown'}")
    return ", ".join(parts)


def register_classify(app: typer.Typer) -> None:
    app.command(name="classify")(classify_command)
