"""A small world for the outbound tests: a ledger, a config wired to the test servers, a clock.

Shared by `test_outbound_e2e.py`, `test_outbound_crash.py` and `test_cli_outbound.py`. It writes
files into a test's temp dir and reads the private Dovecot's folders; it never starts a server
(the fixtures in `conftest.py` do) and never mocks one.
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import astuple, dataclass, fields
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from servers.dovecot import PrivateDovecot, close_client

AR = "ar@example.test"  # the Dovecot user whose INBOX receives the acceptance copies
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the ledger export, in the column order of `examples/ledger.csv`."""

    customer_id: str
    customer_name: str
    tags: str
    timezone: str
    language: str
    country: str
    contact_first_name: str
    contact_last_name: str
    contact_email: str
    contact_phone: str
    contact_fax: str
    invoice_number: str
    invoice_date: str
    due_date: str
    amount: str
    balance: str
    currency: str
    po_number: str = ""
    terms: str = ""
    pdf: str = ""
    pay_link: str = ""


def address(customer: str) -> str:
    """A customer's accounts-payable address in the ledgers below."""
    return f"ap@{customer.lower()}.test"


def overdue_ledger(customers: Iterable[str]) -> list[Row]:
    """Customers in New York each with one invoice long overdue: all due on a Monday morning."""
    return [
        Row(c, f"Customer {c} Ltd.", "", "America/New_York", "en", "US", "Alex", c,
            address(c), "", "", f"INV-{c}", "2026-09-01", "2026-10-01", "500.00", "500.00", "USD")
        for c in customers
    ]  # fmt: skip


def write_ledger(path: Path, rows: Iterable[Row]) -> None:
    """Write the export as the accounting system would, and make it look finished."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([field.name for field in fields(Row)])
    writer.writerows(astuple(row) for row in rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    backdate(path)


def backdate(path: Path, seconds: float = 60) -> None:
    """The service reads an export only once its writer has been quiet for a moment."""
    past = time.time() - seconds
    os.utime(path, (past, past))


def write_config(
    directory: Path,
    *,
    smtp_port: int,
    dovecot: PrivateDovecot | None,
    acceptance_wait_seconds: float = 120,
    connections: int = 1,
    extra: str = "",
    name: str = "config.yaml",
) -> Path:
    """A config sending through the sink on `smtp_port`, AR mailbox `ar` on the private Dovecot.

    Plain text on loopback only, as `tls: none` allows. The IMAP password lives in a file next to
    the config (never in the YAML).
    """
    imap = ""
    if dovecot is not None:
        secret = directory / "imap-password"
        secret.write_text(dovecot.users["ar"] + "\n", encoding="utf-8")
        secret.chmod(0o600)
        imap = (
            "imap:\n"
            f"  host: {dovecot.host}\n"
            f"  port: {dovecot.imap_port}\n"
            "  tls: none\n"
            "  username: ar\n"
            "  password_file: imap-password\n"
            "  timeout_seconds: 10\n"
        )
    text = (
        "company:\n"
        "  legal_name: Example Widgets Inc.\n"
        f"  from_address: Example Widgets Accounts Receivable <{AR}>\n"
        f"  reply_to: Example Widgets Accounts Receivable <{AR}>\n"
        "  phone: +1 555 0100\n"
        "  payment_options:\n"
        "    - label: Bank transfer\n"
        '      details: "IBAN DE89 3704 0044 0532 0130 00"\n'
        "smtp:\n"
        "  host: 127.0.0.1\n"
        f"  port: {smtp_port}\n"
        "  tls: none\n"
        "  timeout_seconds: 10\n"
        f"{imap}"
        "ledger:\n"
        "  path: ledger.csv\n"
        "  default_currency: USD\n"
        "schedule:\n"
        "  timezone: America/New_York\n"
        "  holidays: {country: US}\n"
        "outbound:\n"
        "  attach_pdfs: false\n"
        f"  acceptance_wait_seconds: {acceptance_wait_seconds}\n"
        f"  connections: {connections}\n"
        "state:\n"
        "  directory: state\n"
        f"{extra}"
    )
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def dunmail_env() -> dict[str, str]:
    """The environment for a `dunmail` subprocess: none of the caller's dunmail settings."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DUNMAIL_", "STATE_DIR", "NOTIFY_", "CREDENTIALS_"))
    }
    env["COLUMNS"] = "200"
    return env


def dunmail_argv(*args: str) -> list[str]:
    return [sys.executable, "-m", "daemon", *args]


def dunmail(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run one `dunmail` command to completion."""
    return subprocess.run(
        dunmail_argv(*args),
        capture_output=True,
        text=True,
        timeout=timeout,
        env=dunmail_env(),
        check=False,
    )


def parse(raw: bytes) -> EmailMessage:
    message = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(message, EmailMessage)
    return message


def folder_message_ids(dovecot: PrivateDovecot, folder: str, user: str = "ar") -> list[str]:
    """The Message-ID of every message in `folder` of `user`'s mailbox, in UID order."""
    client = dovecot.client(user)
    try:
        client.select_folder(folder, readonly=True)
        uids = client.search("ALL")
        fetched = client.fetch(uids, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"]) if uids else {}
        ids = []
        for uid in sorted(fetched):
            header = fetched[uid][b"BODY[HEADER.FIELDS (MESSAGE-ID)]"]
            ids.append(str(parse(header)["Message-ID"]).strip())
        return ids
    finally:
        close_client(client)


def duplicates(values: Sequence[str]) -> dict[str, int]:
    return {value: n for value, n in Counter(values).items() if n > 1}


def at(text: str) -> datetime:
    """An ISO instant with its offset, e.g. "2026-11-02T14:00+00:00"."""
    value = datetime.fromisoformat(text)
    assert value.tzinfo is not None
    return value
