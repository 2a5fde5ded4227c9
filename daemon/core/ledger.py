"""Reading the open-invoice export: CSV text in, customers, contacts and invoices (or problems) out.

One job: turn the decoded text of the ledger export (and of the optional contacts file) into domain
records, reporting every bad row as a `Problem` at the physical line where that row starts. It must
not open files, decode bytes, or decide what changed since the last import (`daemon.core.reconcile`
does). Cells are data only: a name starting with `=`, `+`, `-` or `@` stays that text and nothing
here evaluates it. Every column the config names must be in the header; null a column to say it is
absent from the export.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from daemon.config.ledger import LedgerConfig
from daemon.core.money import AmountError, parse_amount
from daemon.core.records import Contact, Customer, Invoice
from daemon.errors import Problem

_DELIMITERS = (",", ";", "\t", "|")  # ties go to the earlier one
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+")  # loose on purpose; \s also rules out CR and LF
_URL = re.compile(r"https?://[^\s/?#]+\S*", re.IGNORECASE)
_COUNTRY = re.compile(r"[A-Za-z]{2}")
_CURRENCY = re.compile(r"[A-Za-z]{3}")
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")
_YES = frozenset({"1", "true", "yes", "y", "x", "ja", "j", "wahr"})
_NO = frozenset({"", "0", "false", "no", "n", "nein", "falsch"})
# Customer attribute -> column field, to name the cell that disagrees with an earlier row.
_CUSTOMER_FIELDS = {
    "name": "customer_name",
    "tags": "customer_tags",
    "timezone": "customer_timezone",
    "language": "customer_language",
    "country": "customer_country",
}


@dataclass(frozen=True, slots=True)
class ParsedLedger:
    """What one export says; treat the mappings as read-only."""

    customers: Mapping[str, Customer]  # by customer id, in file order
    contacts: Mapping[str, tuple[Contact, ...]]  # by customer id; exactly one primary, listed first
    invoices: Mapping[str, Invoice]  # by invoice number, all OPEN as read
    problems: tuple[Problem, ...] = ()
    rows_read: int = 0  # non-blank data rows, bad ones included
    skipped_invoices: frozenset[str] = frozenset()  # numbers seen on bad rows: leave those alone
    unreadable: bool = False  # a whole file is unusable (empty, missing columns)


def without_problems(parsed: ParsedLedger) -> ParsedLedger:
    """The ledger minus its bad rows (already left out of the records), ready for `reconcile`.

    Invoices on bad rows stay in `skipped_invoices`, so reconcile neither closes nor changes them.
    A file that could not be read at all is not rescued by skipping rows: that raises ValueError.
    """
    if parsed.unreadable:
        raise ValueError("the ledger could not be read at all; skipping bad rows cannot fix that")
    return replace(parsed, problems=())


def parse_ledger(
    text: str,
    config: LedgerConfig,
    *,
    source: str,
    contacts_text: str | None = None,
    contacts_source: str = "",
) -> ParsedLedger:
    """Customers, contacts and invoices of the export, with a `Problem` for each bad row."""
    ledger = _Ledger(config, source)
    ledger.read(text)
    extra = _ContactsFile(config, contacts_source or "contacts", ledger.customers)
    if contacts_text is not None:
        extra.read(contacts_text)
    return ParsedLedger(
        customers=ledger.customers,
        contacts=_merge_contacts(ledger.customers, ledger.contacts, extra.contacts, extra.primary),
        invoices=ledger.invoices,
        problems=tuple(ledger.problems + extra.problems),
        rows_read=ledger.rows,
        skipped_invoices=frozenset(ledger.skipped),
        unreadable=ledger.unreadable or extra.unreadable,
    )


class _Cells:
    """One row's cells by column field, and what is wrong with them (`errors`, in column order)."""

    def __init__(self, values: dict[str, str], names: Mapping[str, str], config: LedgerConfig):
        self.values, self.names, self.config = values, names, config
        self.errors: list[str] = []

    def get(self, field: str) -> str:
        return self.values.get(field, "")

    def fail(self, field: str, reason: str) -> None:
        self.errors.append(f"{self.names.get(field, field)}: {_show(self.get(field))} {reason}")

    def text(self, field: str, *, required: bool = False, header: bool = False) -> str:
        """`header`: the value can reach an email header, where a line break would inject one."""
        value = self.get(field)
        if required and not value:
            self.errors.append(f"{self.names.get(field, field)}: missing value")
        elif header and ("\r" in value or "\n" in value):
            self.fail(field, "contains a line break")
        return value

    def matching(self, field: str, pattern: re.Pattern[str], reason: str) -> str:
        before = len(self.errors)
        value = self.text(field, header=True)  # a line break is reported as such
        if value and len(self.errors) == before and not pattern.fullmatch(value):
            self.fail(field, reason)
        return value

    def email(self, field: str) -> str:
        return self.matching(field, _EMAIL, "is not an email address")

    def url(self, field: str) -> str:
        return self.matching(field, _URL, "is not an http(s) URL")

    def currency(self, field: str) -> str:
        code = self.matching(field, _CURRENCY, "is not a 3-letter currency code").upper()
        return code or self.config.default_currency

    def country(self, field: str) -> str | None:
        return self.matching(field, _COUNTRY, "is not a 2-letter country code").upper() or None

    def language(self, field: str) -> str | None:
        tag = self.matching(field, _LANGUAGE, "is not a language tag like en or de-CH")
        head, dash, rest = tag.replace("_", "-").partition("-")
        return head.lower() + dash + rest or None

    def zone(self, field: str) -> str | None:
        name = self.get(field)
        if name and not _known_zone(name):
            self.fail(field, "is not a known time zone")
        return name or None

    def flag(self, field: str) -> bool:
        if self.get(field).lower() not in _YES | _NO:
            self.fail(field, "is not yes or no")
        return self.get(field).lower() in _YES

    def date(self, field: str) -> date | None:
        value, format_ = self.text(field, required=True), self.config.date_format
        day = _parse_date(value, format_) if value else None
        if value and day is None:
            self.fail(field, f"is not a date in format {format_}")
        return day

    def amount(self, field: str) -> Decimal | None:
        value, config = self.text(field, required=True), self.config
        try:
            return parse_amount(
                value,
                decimal_separator=config.decimal_separator,
                thousands_separator=config.thousands_separator,
            )
        except AmountError as error:
            if value:
                self.fail(field, f"is not an amount ({error})")
            return None


@lru_cache(maxsize=1024)
def _known_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):  # ValueError: not a zone key at all ("../x")
        return False
    return True


@lru_cache(maxsize=4096)  # an export repeats a few hundred dates; strptime is slow
def _parse_date(value: str, format_: str) -> date | None:
    try:
        # A calendar date: no time of day, so no zone to attach.
        return datetime.strptime(value, format_).date()  # noqa: DTZ007
    except ValueError:
        return None


def _show(value: str) -> str:
    """A cell as quoted in a problem: escaped, so a line break shows as \\n; long ones shortened."""
    return json.dumps(value if len(value) <= 60 else value[:57] + "...", ensure_ascii=False)


def _table(
    text: str, config: LedgerConfig, columns: Mapping[str, Any], source: str
) -> tuple[Problem | None, Iterator[tuple[int, _Cells]]]:
    """The header problem, if any, and the (start line, cells) of each non-blank data row."""
    text = text.lstrip("\ufeff")  # a stray BOM when the shell decoded without utf-8-sig
    delimiter = _sniff(text) if config.delimiter == "auto" else config.delimiter
    records = _records(text, delimiter)
    line, header = next(records, (1, "the file is empty: no header row"))
    if isinstance(header, str):
        return Problem(f"{source}:{line}", header), iter(())
    names = {field: name for field, name in columns.items() if name is not None}
    problem, index = _header([name.strip() for name in header], names)
    if problem:
        return Problem(f"{source}:{line}", problem), iter(())
    rows = ((line, _cells(fields, index, len(header), names, config)) for line, fields in records)
    return None, rows


def _sniff(text: str) -> str:
    """The candidate delimiter found most often outside quotes on the header line."""
    header = next((line for line in io.StringIO(text, newline="") if line.strip()), "")
    counts, quoted = dict.fromkeys(_DELIMITERS, 0), False
    for char in header:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    return max(_DELIMITERS, key=counts.__getitem__)


def _records(text: str, delimiter: str) -> Iterator[tuple[int, list[str] | str]]:
    """(line where it starts, fields or why unreadable) for each record that is not blank."""
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=delimiter, strict=True, skipinitialspace=True
    )
    end = 0  # physical lines consumed so far: quoted line breaks make a record span several
    while True:
        try:
            fields: list[str] | str = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            fields = f"unreadable CSV: {error}"
        if fields and (isinstance(fields, str) or any(cell.strip() for cell in fields)):
            yield end + 1, fields
        end = reader.line_num


def _header(found: list[str], names: Mapping[str, str]) -> tuple[str, dict[str, int]]:
    counts = Counter(name.casefold() for name in found)
    missing = [json.dumps(name) for name in names.values() if not counts[name.casefold()]]
    twice = [json.dumps(name) for name in names.values() if counts[name.casefold()] > 1]
    reasons = [f"missing column {', '.join(missing)}"] if missing else []
    reasons += [f"column {', '.join(twice)} appears more than once"] if twice else []
    if reasons:
        return "; ".join(reasons) + f"; found: {', '.join(found)}", {}
    position = {name.casefold(): at for at, name in enumerate(found)}
    return "", {field: position[name.casefold()] for field, name in names.items()}


def _cells(
    fields: list[str] | str,
    index: Mapping[str, int],
    width: int,
    names: Mapping[str, str],
    config: LedgerConfig,
) -> _Cells:
    if isinstance(fields, str):  # unreadable: nothing to go on but the reason
        cells = _Cells({}, names, config)
        cells.errors.append(fields)
        return cells
    # A short or long row still yields what it can, so its invoice number is known to be skipped.
    cells = _Cells(
        {f: fields[at].strip() for f, at in index.items() if at < len(fields)}, names, config
    )
    if len(fields) != width:
        cells.errors.append(f"expected {width} fields, found {len(fields)}")
    return cells


class _Ledger:
    """Accumulates the rows of one export, checking each against the rows before it."""

    def __init__(self, config: LedgerConfig, source: str) -> None:
        self.config, self.source = config, source
        self.customers: dict[str, Customer] = {}
        self.customer_origin: dict[str, tuple[int, _Cells]] = {}
        self.contacts: dict[str, dict[str, Contact]] = {}  # customer id -> lower-cased email -> ...
        self.invoices: dict[str, Invoice] = {}
        self.invoice_lines: dict[str, int] = {}
        self.skipped: set[str] = set()
        self.problems: list[Problem] = []
        self.rows = 0
        self.unreadable = False

    def read(self, text: str) -> None:
        problem, rows = _table(text, self.config, self.config.columns.model_dump(), self.source)
        if problem:
            self.problems.append(problem)
            self.unreadable = True
        for line, cells in rows:
            self.rows += 1
            if not cells.errors:
                self._add(line, cells)
            self.problems.extend(Problem(f"{self.source}:{line}", what) for what in cells.errors)
            if cells.errors and cells.get("invoice_number"):
                self.skipped.add(cells.get("invoice_number"))

    def _add(self, line: int, cells: _Cells) -> None:
        seen = self._seen_customer(cells)
        customer = seen or _customer(cells)
        if seen is None and not cells.errors:
            self._check_customer(cells, customer)
        contact = _contact(cells, customer.id, "contact_")
        invoice = _invoice(cells, customer.id)
        self._check_duplicate(line, cells)
        if cells.errors or invoice is None:
            return
        if customer.id not in self.customers:
            self.customers[customer.id] = customer
            self.customer_origin[customer.id] = (line, cells)
        if contact is not None:
            self.contacts.setdefault(customer.id, {}).setdefault(contact.email.lower(), contact)
        self.invoices[invoice.number] = invoice

    def _seen_customer(self, cells: _Cells) -> Customer | None:
        """The customer as first read, when this row repeats its cells exactly (the usual case)."""
        seen = self.customers.get(cells.get("customer_id"))
        if seen is None:
            return None
        first = self.customer_origin[seen.id][1]
        same = all(first.get(field) == cells.get(field) for field in _CUSTOMER_FIELDS.values())
        return seen if same else None

    def _check_customer(self, cells: _Cells, customer: Customer) -> None:
        first = self.customers.get(customer.id)
        if first is None:
            return
        line, first_cells = self.customer_origin[customer.id]
        for attribute, field in _CUSTOMER_FIELDS.items():
            if getattr(first, attribute) != getattr(customer, attribute):
                earlier = _show(first_cells.get(field))
                cells.fail(
                    field, f"differs from {earlier} on line {line} for customer {customer.id}"
                )

    def _check_duplicate(self, line: int, cells: _Cells) -> None:
        number = cells.get("invoice_number")
        first = self.invoice_lines.setdefault(number, line) if number else line
        if first != line:
            cells.fail("invoice_number", f"already appears on line {first}")


class _ContactsFile:
    """The optional contacts CSV: more AP contacts per customer, and which one is primary."""

    def __init__(self, config: LedgerConfig, source: str, customers: Mapping[str, Customer]):
        self.config, self.source, self.customers = config, source, customers
        self.contacts: dict[str, dict[str, Contact]] = {}
        self.primary: dict[str, tuple[int, str]] = {}  # customer id -> (line, lower-cased email)
        self.problems: list[Problem] = []
        self.unreadable = False

    def read(self, text: str) -> None:
        columns = self.config.contact_columns.model_dump()
        problem, rows = _table(text, self.config, columns, self.source)
        if problem:
            self.problems.append(problem)
            self.unreadable = True
        for line, cells in rows:
            if not cells.errors:
                self._add(line, cells)
            self.problems.extend(Problem(f"{self.source}:{line}", what) for what in cells.errors)

    def _add(self, line: int, cells: _Cells) -> None:
        customer_id = cells.text("customer_id", required=True, header=True)
        cells.text("email", required=True)
        contact, primary = _contact(cells, customer_id, ""), cells.flag("primary")
        if cells.errors or contact is None or customer_id not in self.customers:
            return  # contacts of customers without open invoices wait for their next invoice
        key = contact.email.lower()
        if primary:
            first_line, first_key = self.primary.setdefault(customer_id, (line, key))
            if first_key != key:
                cells.fail("primary", f"marks a second primary contact (first: line {first_line})")
                return
        self.contacts.setdefault(customer_id, {}).setdefault(key, contact)


def _customer(cells: _Cells) -> Customer:
    tags = (tag.strip() for tag in cells.text("customer_tags").split(cells.config.tag_separator))
    return Customer(
        id=cells.text("customer_id", required=True, header=True),
        name=cells.text("customer_name", required=True, header=True),
        tags=tuple(dict.fromkeys(tag for tag in tags if tag)),
        timezone=cells.zone("customer_timezone"),
        language=cells.language("customer_language"),
        country=cells.country("customer_country"),
    )


def _contact(cells: _Cells, customer_id: str, prefix: str) -> Contact | None:
    """The contact in the `prefix`ed columns, or None when the row names no email address."""
    email = cells.email(f"{prefix}email")
    names = (cells.text(f"{prefix}{part}_name", header=True) for part in ("first", "last"))
    first_name, last_name = names
    phone, fax = cells.text(f"{prefix}phone"), cells.text(f"{prefix}fax")
    if not email:
        return None
    return Contact(
        customer_id=customer_id,
        email=email,
        first_name=first_name,
        last_name=last_name,
        phone=phone,
        fax=fax,
    )


def _invoice(cells: _Cells, customer_id: str) -> Invoice | None:
    number = cells.text("invoice_number", required=True, header=True)
    issued, due = cells.date("issue_date"), cells.date("due_date")
    amount = cells.amount("amount")
    balance = cells.amount("balance") if cells.get("balance") else amount
    if issued and due and due < issued:
        issue_cell = f"{cells.names['issue_date']} {_show(cells.get('issue_date'))}"
        cells.fail("due_date", f"is before {issue_cell}")
    if amount is not None and balance is not None:
        _check_balance(cells, amount, balance)
    currency, po_number = cells.currency("currency"), cells.text("po_number", header=True)
    terms, pdf_path, pay_link = cells.text("terms"), cells.text("pdf_path"), cells.url("pay_link")
    if cells.errors or not issued or not due or amount is None or balance is None:
        return None
    return Invoice(
        number=number,
        customer_id=customer_id,
        issue_date=issued,
        due_date=due,
        amount=amount,
        balance=balance,
        currency=currency,
        po_number=po_number,
        terms=terms,
        pdf_path=pdf_path,
        pay_link=pay_link,
    )


def _check_balance(cells: _Cells, amount: Decimal, balance: Decimal) -> None:
    amount_cell = f"{cells.names['amount']} {_show(cells.get('amount'))}"
    if balance and (balance < 0) != (amount < 0):
        cells.fail("balance", f"has a different sign than {amount_cell}")
    elif abs(balance) > abs(amount):
        cells.fail("balance", f"exceeds {amount_cell}")


def _merge_contacts(
    customers: Mapping[str, Customer],
    from_ledger: Mapping[str, Mapping[str, Contact]],
    from_file: Mapping[str, Mapping[str, Contact]],
    primary: Mapping[str, tuple[int, str]],
) -> dict[str, tuple[Contact, ...]]:
    """Per customer: the ledger's contacts overlaid by the file's; one primary, listed first."""
    merged: dict[str, tuple[Contact, ...]] = {}
    for customer_id in customers:
        found = dict(from_ledger.get(customer_id, {}))
        for key, extra in from_file.get(customer_id, {}).items():
            found[key] = _overlay(found[key], extra) if key in found else extra
        if found:
            first = primary[customer_id][1] if customer_id in primary else next(iter(found))
            ordered = [first, *(key for key in found if key != first)]
            merged[customer_id] = tuple(replace(found[k], primary=k == first) for k in ordered)
    return merged


def _overlay(base: Contact, extra: Contact) -> Contact:
    """The file's contact, keeping what only the ledger knew (say, a phone the file leaves out)."""
    kept = ("first_name", "last_name", "phone", "fax")
    return replace(
        extra, **{part: getattr(base, part) for part in kept if not getattr(extra, part)}
    )
