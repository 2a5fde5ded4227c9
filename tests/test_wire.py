"""The wire form of a reminder: what `render_message` writes, read back by the standard library.

The fast path (ASCII header values written as is, quoted-printable by `binascii`) must give what
the standard library would give, or at least what it reads back unchanged: each test compares
against the standard library, never against bytes written out by hand.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from email import message_from_bytes
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP, default

import pytest

from daemon.core import wire
from daemon.core.message import Attachment, Draft, make_token, render_message

TOKEN = make_token(bytes(range(13)))
DRAFT = Draft(
    from_address="Example Widgets Billing <ar@example.com>",
    to_name="Dana Smith",
    to_address="dana@customer.example",
    subject="Payment reminder: overdue invoices (Customer Inc.)",
    sent_at=datetime(2026, 10, 31, 14, 0, tzinfo=UTC),
    message_id=f"<{TOKEN}@example.com>",
    text="Dear Dana,\n\nInvoice INV-1 is open: $1,200.00.\n",
    html="<p>Dear Dana,</p><p>Invoice INV-1 is open: $1,200.00.</p>",
    language="en",
)


def parsed(raw: bytes) -> EmailMessage:
    message = message_from_bytes(raw, policy=default)
    assert isinstance(message, EmailMessage)
    return message


def content(part: EmailMessage) -> str:
    """A text part's content with the line ends a reader shows (the wire has CRLF)."""
    return str(part.get_content()).replace("\r\n", "\n")


def body_text(message: EmailMessage, subtype: str) -> str:
    part = message.get_body((subtype,))
    assert isinstance(part, EmailMessage)
    return content(part)


@pytest.mark.parametrize(
    "name",
    [
        "Dana Smith",
        "",
        "Smith, Dana",
        "A.B. O'Neil",
        'back\\slash "quoted"',
        "Dana\\",
        "Evil <e@x.example>",
        "  spaced  out ",
    ],
)
def test_a_short_ascii_mailbox_is_written_as_the_standard_library_writes_it(name: str) -> None:
    address = Address(display_name=name, addr_spec="dana@customer.example")
    line, by_stdlib = wire.field("To", address)
    assert not by_stdlib
    assert line == SMTP.header_factory("To", address).fold(policy=SMTP)


@pytest.mark.parametrize("value", ["", " leading", "trailing ", "a  b", "Re: (1) x;y", "50% off!"])
def test_a_short_ascii_value_is_written_as_the_standard_library_writes_it(value: str) -> None:
    line, by_stdlib = wire.field("Subject", value)
    assert not by_stdlib
    assert line == SMTP.header_factory("Subject", value).fold(policy=SMTP)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("Subject", "Zahlungserinnerung: überfällige Rechnungen (Müller & Söhne GmbH)"),
        ("Subject", "Payment reminder: overdue invoices " + "(A Very Long Customer Name) " * 4),
        ("To", Address(display_name="Jürgen Müller, Kreditoren", addr_spec="j@m.example")),
    ],
)
def test_other_values_are_folded_and_encoded_by_the_standard_library(
    name: str, value: str | Address
) -> None:
    line, by_stdlib = wire.field(name, value)
    assert by_stdlib
    assert line.isascii()
    assert all(len(physical) <= wire.MAX_LINE for physical in line.split("\r\n"))
    assert str(parsed(line.encode() + b"\r\n")[name]) == str(value)


@pytest.mark.parametrize(
    "text",
    [
        "plain\n",
        "no final newline",
        "Grüße, 1.200,00 €\n",
        "trailing spaces   \nand tabs\t\n",
        ".\n..two dots\n.lead\nFrom me\n",
        "a=b =3D x=\n",
        "x" * 200 + "\n" + "é" * 100 + "\n",
        "windows\r\nline\rends\r\n",
    ],
)
def test_text_parts_read_back_unchanged(text: str) -> None:
    raw = wire.text_part("plain", text)
    assert raw.isascii()
    assert b"\n" not in raw.replace(b"\r\n", b"")  # CRLF only
    assert max(len(line) for line in raw.split(b"\r\n")) <= 76  # RFC 2045 6.7 (5)
    expected = "\n".join(text.splitlines()) + "\n"
    assert content(parsed(raw)) == expected


def test_the_message_is_seven_bit_crlf_and_short_lined() -> None:
    draft = replace(
        DRAFT, to_name="Jürgen Müller", text="Grüße\n", subject=" ".join(["Überfällig:"] * 9)
    )
    raw = render_message(draft)
    assert raw.isascii()
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert max(len(line) for line in raw.split(b"\r\n")) <= wire.MAX_LINE
    message = parsed(raw)
    assert message["Subject"] == draft.subject
    assert [a.display_name for a in message["To"].addresses] == ["Jürgen Müller"]
    assert body_text(message, "plain") == "Grüße\n"


def test_the_same_draft_gives_the_same_bytes() -> None:
    assert render_message(DRAFT) == render_message(replace(DRAFT))
    other = replace(DRAFT, message_id=f"<{make_token(bytes(13))}@example.com>")
    assert render_message(other) != render_message(DRAFT)


def test_boundaries_never_occur_in_the_parts() -> None:
    pdf = Attachment("INV-1.pdf", bytes(range(256)) * 40)
    draft = replace(DRAFT, html="=_" * 500, text="--=_1_ ==\n", attachments=(pdf,))
    message = parsed(render_message(draft))
    body, attachment = message.iter_parts()
    assert isinstance(body, EmailMessage) and isinstance(attachment, EmailMessage)
    assert body_text(body, "html") == "=_" * 500 + "\n"
    assert body_text(body, "plain") == "--=_1_ ==\n"
    assert attachment.get_content() == pdf.content


def test_a_long_thread_folds_its_references() -> None:
    earlier = tuple(f"<{make_token(bytes([n]) * 13)}@example.com>" for n in range(11))
    raw = render_message(replace(DRAFT, references=earlier))
    assert max(len(line) for line in raw.split(b"\r\n")) <= wire.MAX_LINE
    assert parsed(raw)["References"].split() == list(earlier)


def test_non_ascii_attachment_names_survive() -> None:
    pdf = Attachment("Rechnung-Müller-1.pdf", b"%PDF-1.7")
    message = parsed(render_message(replace(DRAFT, attachments=(pdf,))))
    assert [part.get_filename() for part in message.iter_attachments()] == [pdf.filename]


def test_field_names_are_read_as_a_reader_splits_the_block() -> None:
    head = "Subject: a\r\n b\r\nTo: x@y.example\r\n\tcontinued\r\n"
    assert wire.names_of(head) == ["Subject", "To"]
