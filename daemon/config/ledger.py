"""Schema of the `ledger:` section: where the open-invoice export is and how to read it.

Only the shape of the export is described here; reading it is the ledger importer's job. Relative
paths are relative to the config file (resolved by the loader).
"""

from __future__ import annotations

import codecs
from datetime import date
from typing import Annotated, Literal

from pydantic import AfterValidator, Field

from daemon.config.base import Section
from daemon.config.fields import ConfigPath, fail


def _currency(value: str) -> str:
    if len(value) != 3 or not value.isascii() or not value.isupper():
        fail('expected a 3-letter ISO 4217 currency code like "EUR"')
    return value


def _encoding(value: str) -> str:
    try:
        codecs.lookup(value)
    except LookupError:
        fail(f'unknown text encoding "{value}": expected e.g. "utf-8-sig", "cp1252", "latin-1"')
    return value


def _date_format(value: str) -> str:
    try:
        date(2001, 2, 3).strftime(value)
    except ValueError:
        fail(f'"{value}" is not a date format: expected e.g. "%Y-%m-%d" or "%d.%m.%Y"')
    needed = (("%d", "%e", "%j"), ("%m", "%b", "%B", "%j"), ("%Y", "%y"))
    if not all(any(directive in value for directive in group) for group in needed):
        fail(f'"{value}" must contain a day, a month and a year, e.g. "%Y-%m-%d"')
    return value


def _one_character(value: str) -> str:
    if len(value) != 1:
        fail('expected a single character like "|"')
    return value


class LedgerColumns(Section):
    """CSV header names for each field; a column set to null is absent from the export."""

    customer_id: str = "customer_id"
    customer_name: str = "customer_name"
    customer_tags: str | None = "tags"
    customer_timezone: str | None = "timezone"
    customer_language: str | None = "language"
    customer_country: str | None = "country"
    contact_first_name: str | None = "contact_first_name"
    contact_last_name: str | None = "contact_last_name"
    contact_email: str | None = "contact_email"
    contact_phone: str | None = "contact_phone"
    contact_fax: str | None = "contact_fax"
    invoice_number: str = "invoice_number"
    issue_date: str = "invoice_date"
    due_date: str = "due_date"
    amount: str = "amount"
    balance: str | None = "balance"  # absent: the open balance is the amount
    currency: str | None = "currency"  # absent: `default_currency`
    po_number: str | None = "po_number"
    terms: str | None = "terms"
    pdf_path: str | None = "pdf"
    pay_link: str | None = "pay_link"


class ContactColumns(Section):
    """Header names of the optional separate contacts CSV (several AP contacts per customer)."""

    customer_id: str = "customer_id"
    first_name: str | None = "first_name"
    last_name: str | None = "last_name"
    email: str = "email"
    phone: str | None = "phone"
    fax: str | None = "fax"
    primary: str | None = "primary"


class LedgerConfig(Section):
    path: ConfigPath | None = None  # the open-invoice CSV; relative to the config file
    contacts_path: ConfigPath | None = None  # optional CSV with several contacts per customer
    encoding: Annotated[str, AfterValidator(_encoding)] = "utf-8-sig"  # also reads no-BOM files
    delimiter: Literal[",", ";", "\t", "|", "auto"] = "auto"
    date_format: Annotated[str, AfterValidator(_date_format)] = "%Y-%m-%d"  # strptime format
    decimal_separator: Literal[".", ","] = "."
    thousands_separator: Literal["", ",", ".", " ", "'"] = ""
    default_currency: Annotated[str, AfterValidator(_currency)] = "EUR"
    tag_separator: Annotated[str, AfterValidator(_one_character)] = "|"
    poll_seconds: float = Field(default=30.0, gt=0)  # how often to look for a new export
    columns: LedgerColumns = LedgerColumns()
    contact_columns: ContactColumns = ContactColumns()
