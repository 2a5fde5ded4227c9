"""Schema of the `ledger:` section: where the open-invoice export is and how to read it."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field

from daemon.config.base import Section


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
    path: Path | None = None  # relative paths are relative to the config file
    contacts_path: Path | None = None
    encoding: str = "utf-8-sig"  # utf-8-sig also reads files without a BOM
    delimiter: Literal[",", ";", "\t", "|", "auto"] = "auto"
    date_format: str = "%Y-%m-%d"  # strptime format
    decimal_separator: Literal[".", ","] = "."
    thousands_separator: Literal["", ",", ".", " ", "'"] = ""
    default_currency: str = Field(default="EUR", pattern=r"^[A-Z]{3}$")
    tag_separator: str = Field(default="|", min_length=1, max_length=1)
    poll_seconds: float = Field(default=30.0, gt=0)
    columns: LedgerColumns = LedgerColumns()
    contact_columns: ContactColumns = ContactColumns()
