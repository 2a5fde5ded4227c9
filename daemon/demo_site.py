"""The demo's directory: its config, the example ledger as exported day by day, the two Maildirs.

One job: lay out and write the files the demo's daemon reads (config.yaml, ledger.csv,
contacts.csv) and name where its mail lands. The example ledger (`examples/`, shipped in the
package) is moved in time by whole weeks so the simulated weeks end today with weekdays kept; each
day's export lists only the invoices issued by then, less what has been paid.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from email.utils import parseaddr
from pathlib import Path
from typing import Any

import yaml

from daemon.errors import InputError, Problem

EXAMPLES = Path(__file__).parent / "examples"
# Invoices in the example ledger that fall due around this day are the ones that come due during
# the simulated weeks: it maps to the first simulated day.
EXAMPLE_START = date(2026, 8, 31)
_MARKER = ".dunmail-demo"


def _example_config() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((EXAMPLES / "config.yaml").read_text("utf-8"))
    return loaded


def example_zone() -> str:
    """The example company's time zone: the demo's days begin at its midnight."""
    return str(_example_config()["schedule"]["timezone"])


def example_digest_recipients() -> list[str]:
    return [str(a) for a in _example_config().get("collectors", {}).get("digest_recipients", [])]


def example_ar_address() -> str:
    """The example company's AR mailbox: where replies, and our own acceptance copies, arrive."""
    return parseaddr(str(_example_config()["company"]["reply_to"]))[1]


@dataclass(frozen=True, slots=True)
class DemoSite:
    root: Path

    @property
    def config(self) -> Path:
        return self.root / "config.yaml"

    @property
    def ledger(self) -> Path:
        return self.root / "ledger.csv"

    @property
    def contacts(self) -> Path:
        return self.root / "contacts.csv"

    @property
    def state(self) -> Path:
        return self.root / "state"

    @property
    def customers_mail(self) -> Path:
        """Every email as the customers received it (one Maildir)."""
        return self.root / "mail" / "customers"

    @property
    def ar_mail(self) -> Path:
        """The AR mailbox: replies arrive here and are filed into AR/ folders (Maildir++)."""
        return self.root / "mail" / "ar"

    @property
    def collectors_mail(self) -> Path:
        """The collectors' own mailbox: their daily digest."""
        return self.root / "mail" / "collectors"

    @property
    def log(self) -> Path:
        return self.root / "dunmail.log"

    def prepare(self) -> None:
        """An empty demo directory; an earlier demo's is replaced, anything else is refused."""
        if self.root.exists() and any(self.root.iterdir()):
            if not (self.root / _MARKER).is_file():
                what = "is not empty and was not made by the demo: choose another --dir"
                raise InputError([Problem(str(self.root), what)])
            shutil.rmtree(self.root)
        self.root.mkdir(parents=True, exist_ok=True)
        (self.root / _MARKER).write_text("made by `dunmail demo`; deleted by its next run\n")
        for maildir in (self.customers_mail, self.ar_mail, self.collectors_mail):
            for part in ("tmp", "new", "cur"):
                (maildir / part).mkdir(parents=True)
        shutil.copyfile(EXAMPLES / "contacts.csv", self.contacts)
        _settle(self.contacts)

    def write_config(self, smtp_port: int) -> None:
        """The example config, pointed at this directory and the demo's local SMTP server."""
        config = _example_config()
        config["smtp"] = {"host": "127.0.0.1", "port": smtp_port, "tls": "none"}
        config["maildir"] = {"path": "mail/ar", "poll_seconds": 1.0}
        ledger = config.setdefault("ledger", {})
        ledger.update(path="ledger.csv", contacts_path="contacts.csv", poll_seconds=1.0)
        # The example ledger names invoice PDFs it does not ship.
        ledger.setdefault("columns", {})["pdf_path"] = None
        config["state"] = {"directory": "state"}
        header = "# Written by `dunmail demo`: the example config, on this directory's files.\n"
        self.config.write_text(header + yaml.safe_dump(config, sort_keys=False), "utf-8")


@dataclass(frozen=True, slots=True)
class ExampleLedger:
    """The example export moved `shift` days later; `export` writes one day's version of it."""

    header: list[str]
    rows: list[dict[str, str]]
    contacts: list[dict[str, str]]
    shift: timedelta

    @classmethod
    def ending(cls, first_day: date) -> ExampleLedger:
        """The example ledger with `EXAMPLE_START` moved to `first_day`, by whole weeks."""
        reader = csv.DictReader(io.StringIO((EXAMPLES / "ledger.csv").read_text("utf-8")))
        contacts = csv.DictReader(io.StringIO((EXAMPLES / "contacts.csv").read_text("utf-8")))
        weeks = round((first_day - EXAMPLE_START).days / 7)
        rows = list(reader)
        return cls(list(reader.fieldnames or ()), rows, list(contacts), timedelta(weeks=weeks))

    def moved(self, row: Mapping[str, str], column: str) -> date:
        return date.fromisoformat(row[column]) + self.shift

    def open_invoices(self, day: date, paid: Mapping[str, Decimal]) -> list[dict[str, str]]:
        """The rows an export on `day` lists: issued by then, with what is still open."""
        rows = []
        for row in self.rows:
            issued = self.moved(row, "invoice_date")
            if issued > day:
                continue
            balance = Decimal(row["balance"]) - paid.get(row["invoice_number"], Decimal(0))
            if balance <= 0 < Decimal(row["amount"]):
                continue  # paid in full: an open-items export leaves it out
            rows.append(
                {
                    **row,
                    "invoice_date": issued.isoformat(),
                    "due_date": self.moved(row, "due_date").isoformat(),
                    "balance": f"{balance:.2f}",
                }
            )
        return rows

    def export(self, path: Path, day: date, paid: Mapping[str, Decimal]) -> bool:
        """Write `day`'s export to `path` if it differs from what is there; True if written."""
        out = io.StringIO()
        writer = csv.DictWriter(out, self.header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(self.open_invoices(day, paid))
        text = out.getvalue()
        if path.exists() and path.read_text("utf-8") == text:
            return False
        partial = path.with_suffix(".tmp")
        partial.write_text(text, "utf-8")
        partial.replace(path)
        _settle(path)
        return True


def _settle(path: Path) -> None:
    """Date `path` a minute back: the daemon reads an export only once it has been quiet a
    moment (it may still be being written), and here simulated hours pass in milliseconds."""
    written = path.stat().st_mtime_ns - 60 * 10**9
    os.utime(path, ns=(written, written))
