"""`dunmail doctor`: is this installation able to do its job right now? One line per check.

One job: run each check the service depends on (config, templates, store, passwords, the SMTP
server's connection, TLS and login, the inbox's login, IDLE, folders and keywords, the ledger file
and how fresh it is) and report each as pass or fail with its reason. Nothing is sent and nothing
in the store or the mailbox is changed.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

from daemon.checks import ledger_problems, template_problems
from daemon.config.schema import Config
from daemon.config.secrets import resolve_secret
from daemon.errors import DunmailError
from daemon.locations import state_directory
from daemon.shell.imap_connection import ImapConnection
from daemon.shell.imap_probe import probe_imap
from daemon.shell.lock import lock_holder
from daemon.shell.smtp_probe import Step, probe_smtp
from daemon.shell.store import Store

# An export older than this is reported: the accounting system's export job may have stopped,
# and reminders would go out on stale balances.
STALE_LEDGER = timedelta(hours=36)


async def examine(config: Config, config_path: Path, now: datetime) -> list[Step]:
    steps = [Step("config", True, f"{config_path} is valid")]
    steps += _templates(config)
    steps += _store(config)
    smtp_readable, smtp_password, imap_password, secrets = _secrets(config)
    steps += secrets
    if smtp_readable:
        steps += await probe_smtp(config.smtp, smtp_password)
    steps += _inbox(config, imap_password)
    steps += _ledger(config, now)
    return steps


def _templates(config: Config) -> Iterator[Step]:
    problems, summary = template_problems(config)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        yield Step("templates", False, f"{problems[0]}{more}")
    else:
        yield Step("templates", True, summary)


def _store(config: Config) -> Iterator[Step]:
    directory = state_directory(config, os.environ)
    if not directory.is_dir():
        yield Step("store", True, f"no state in {directory} yet: the service creates it")
        return
    try:
        with Store.open(directory, readonly=True) as store:
            counts = store.counts()
            version = store.schema_version
    except DunmailError as exc:
        yield Step("store", False, str(exc))
        return
    holder = lock_holder(directory)
    held = f"; in use by the running service (pid {holder})" if holder else "; not in use"
    detail = f"{directory}: schema {version}, {counts.get('invoices', 0)} invoices{held}"
    yield Step("store", True, detail)


def _secrets(config: Config) -> tuple[bool, str | None, str | None, list[Step]]:
    """Whether the SMTP password could be read, it, the IMAP one, and the check lines."""
    steps: list[Step] = []
    readable, smtp, imap = True, None, None
    try:
        smtp = resolve_secret(config.smtp, environ=os.environ, section="smtp")
        steps.append(Step("SMTP password", True, "readable" if smtp else "none configured"))
    except DunmailError as exc:
        readable = False
        steps.append(Step("SMTP password", False, str(exc)))
    if config.imap is not None:
        try:
            imap = resolve_secret(config.imap, environ=os.environ, section="imap")
            steps.append(Step("IMAP password", True, "readable"))
        except DunmailError as exc:
            steps.append(Step("IMAP password", False, str(exc)))
    return readable, smtp, imap, steps


def _inbox(config: Config, password: str | None) -> list[Step]:
    collectors = config.collectors
    folders = [
        *collectors.folders.model_dump().values(),
        *collectors.commands.model_dump().values(),
    ]
    if config.maildir is not None:
        path = config.maildir.path
        ok = (path / "new").is_dir() and os.access(path, os.W_OK)
        why = "a Maildir the service can write" if ok else "not a writable Maildir (no new/)"
        return [Step("inbox", ok, f"{path}: {why}")]
    if config.imap is None:
        return [Step("inbox", True, "none configured: replies are not read")]
    if password is None:
        return [Step("IMAP login", False, "no password to log in with")]
    connection = ImapConnection.from_config(config.imap, password)
    return probe_imap(connection, config.imap.folders.inbox, folders)


def _ledger(config: Config, now: datetime) -> Iterator[Step]:
    path = config.ledger.path
    if path is None:
        yield Step("ledger", True, "no ledger.path: invoices come from `dunmail import`")
        return
    try:
        written = datetime.fromtimestamp(path.stat().st_mtime, now.tzinfo)
    except OSError as exc:
        yield Step("ledger", False, f"{path}: {exc.strerror}")
        return
    problems, summary = ledger_problems(config)
    if problems:
        yield Step("ledger", False, f"{problems[0]} ({len(problems)} problem(s))")
    else:
        yield Step("ledger", True, summary)
    age = now - written
    hours = age.total_seconds() / 3600
    fresh = age <= STALE_LEDGER
    when = f"written {hours:.0f} h ago" if hours < 48 else f"written {age.days} days ago"
    yield Step(
        "ledger age",
        fresh,
        when if fresh else f"{when}: is the accounting system's export still running?",
    )
