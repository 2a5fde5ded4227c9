"""Reading the open-invoice export: CSV text in, customers, contacts and invoices (or problems) out.

One job: turn the decoded text of the ledger export (and of the optional contacts file) into domain
records, reporting every bad row as a `Problem` at the physical line where that row starts. It must
not open files, decode bytes, or decide what changed since the last import (`daemon.core.reconcile`
does). Cells are data only: a name starting with `=`, `+`, `-` or `@` stays that text and nothing
here evaluates it. Every column the config names must be in the header; null a column to say it is
absent from the export. Splitting the CSV and checking single cells is `daemon.core.csv_table`'s
job; this module holds the rules that build records from rows and check rows against each other.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal

from daemon.config.ledger import LedgerConfig
from daemon.core.csv_table import Cells, read_table, show
from daemon.core.records import Contact, Customer, Invoice
from daemon.errors import Problem

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


class _Ledger:
    """Accumulates the rows of one export, checking each against the rows before it."""

    def __init__(self, config: LedgerConfig, source: str) -> None:
        self.config, self.source = config, source
        self.customers: dict[str, Customer] = {}
        self.customer_origin: dict[str, tuple[int, Cells]] = {}
        self.contacts: dict[str, dict[str, Contact]] = {}  # customer id -> lower-cased email -> ...
        self.invoices: dict[str, Invoice] = {}
        self.invoice_lines: dict[str, int] = {}
        self.skipped: set[str] = set()
        self.problems: list[Problem] = []
        self.rows = 0
        self.unreadable = False

    def read(self, text: str) -> None:
        problem, rows = read_table(text, self.config, self.config.columns.model_dump(), self.source)
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

    def _add(self, line: int, cells: Cells) -> None:
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

    def _seen_customer(self, cells: Cells) -> Customer | None:
        """The customer as first read, when this row repeats its cells exactly (the usual case)."""
        seen = self.customers.get(cells.get("customer_id"))
        if seen is None:
            return None
        first = self.customer_origin[seen.id][1]
        same = all(first.get(field) == cells.get(field) for field in _CUSTOMER_FIELDS.values())
        return seen if same else None

    def _check_customer(self, cells: Cells, customer: Customer) -> None:
        first = self.customers.get(customer.id)
        if first is None:
            return
        line, first_cells = self.customer_origin[customer.id]
        for attribute, field in _CUSTOMER_FIELDS.items():
            if getattr(first, attribute) != getattr(customer, attribute):
                earlier = show(first_cells.get(field))
                cells.fail(
                    field, f"differs from {earlier} on line {line} for customer {customer.id}"
                )

    def _check_duplicate(self, line: int, cells: Cells) -> None:
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
        problem, rows = read_table(text, self.config, columns, self.source)
        if problem:
            self.problems.append(problem)
            self.unreadable = True
        for line, cells in rows:
            if not cells.errors:
                self._add(line, cells)
            self.problems.extend(Problem(f"{self.source}:{line}", what) for what in cells.errors)

    def _add(self, line: int, cells: Cells) -> None:
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


def _customer(cells: Cells) -> Customer:
    tags = (tag.strip() for tag in cells.text("customer_tags").split(cells.config.tag_separator))
    return Customer(
        id=cells.text("customer_id", required=True, header=True),
        name=cells.text("customer_name", required=True, header=True),
        tags=tuple(dict.fromkeys(tag for tag in tags if tag)),
        timezone=cells.zone("customer_timezone"),
        language=cells.language("customer_language"),
        country=cells.country("customer_country"),
    )


def _contact(cells: Cells, customer_id: str, prefix: str) -> Contact | None:
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


def _invoice(cells: Cells, customer_id: str) -> Invoice | None:
    number = cells.text("invoice_number", required=True, header=True)
    issued, due = cells.date("issue_date"), cells.date("due_date")
    amount = cells.amount("amount")
    balance = cells.amount("balance") if cells.get("balance") else amount
    if issued and due and due < issued:
        issue_cell = f"{cells.names['issue_date']} {show(cells.get('issue_date'))}"
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


def _check_balance(cells: Cells, amount: Decimal, balance: Decimal) -> None:
    amount_cell = f"{cells.names['amount']} {show(cells.get('amount'))}"
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
