"""Schema of the `company:` section: who the reminders come from and how customers can pay.

Everything here may be printed in an email; single-line fields refuse CR/LF so that no value can
forge a header (RFC 5322). Only `signature` and payment `details` may span lines (body text).
"""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator

from daemon.config.base import Section
from daemon.config.fields import EmailAddress, Language, Line, Mailbox, fail


def _body_text(value: str) -> str:
    if "\x00" in value:
        fail("must not contain NUL characters")
    return value


Text = Annotated[str, AfterValidator(_body_text)]


class PaymentOption(Section):
    """One way to pay, listed in every reminder: e.g. bank transfer, card link."""

    label: Line  # "Bank transfer"
    details: Text  # "IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX" (may span lines)


class CompanyConfig(Section):
    legal_name: Line  # shown in the signature and the footer
    from_address: Mailbox  # RFC 5322 mailbox: "Acme Billing <ar@example.com>"
    reply_to: Mailbox | None = None  # null: replies go to from_address
    phone: Line | None = None  # AR phone number printed in reminders
    email: EmailAddress | None = None  # AR contact address printed in reminders
    website: Line | None = None
    default_language: Language = "en"  # for customers whose language is unknown
    payment_options: tuple[PaymentOption, ...] = ()
    signature: Text = ""  # multi-line; empty: templates sign with legal_name
