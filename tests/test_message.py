"""The RFC 5322 message: structure and headers parsed back, Message-IDs, and header injection."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default

import pytest

from daemon.core.message import (
    KEEP_REFERENCES,
    Attachment,
    Draft,
    build_message,
    make_token,
    new_message_id,
    plus_address,
    reply_token,
    thread_references,
    token_of,
)

TOKEN = make_token(bytes(range(13)))
DRAFT = Draft(
    from_address="Example Widgets Billing <ar@example.com>",
    to_name="Dana Smith",
    to_address="dana@customer.example",
    subject="Payment reminder: overdue invoices (Customer Inc.)",
    sent_at=datetime(2026, 10, 31, 10, 0, tzinfo=timezone(timedelta(hours=-4))),
    message_id=f"<{TOKEN}@example.com>",
    text="Dear Dana,\n\nInvoice INV-1 is open: $1,200.00.\n",
    html="<p>Dear Dana,</p><p>Invoice INV-1 is open: $1,200.00.</p>",
)


def parsed(message: EmailMessage) -> EmailMessage:
    result = message_from_bytes(message.as_bytes(), policy=default)
    assert isinstance(result, EmailMessage)
    return result


def test_text_and_html_as_alternatives() -> None:
    message = parsed(build_message(DRAFT))
    assert message.get_content_type() == "multipart/alternative"
    text, html = message.iter_parts()
    assert text.get_content_type() == "text/plain"
    assert html.get_content_type() == "text/html"
    assert isinstance(text, EmailMessage) and isinstance(html, EmailMessage)
    assert text.get_content() == DRAFT.text
    assert "Invoice INV-1" in html.get_content()


def test_parts_are_seven_bit_clean() -> None:
    raw = build_message(
        replace(DRAFT, text="Grüße, 1.200,00 €\n", to_name="Jürgen Müller")
    ).as_bytes()
    assert max(raw) < 128
    message = parsed(build_message(replace(DRAFT, text="Grüße, 1.200,00 €\n")))
    assert message.get_body(("plain",)).get_content() == "Grüße, 1.200,00 €\n"  # type: ignore[union-attr]


def test_attachments_make_it_mixed() -> None:
    pdf = Attachment("INV-1.pdf", b"%PDF-1.7 fake")
    message = parsed(build_message(replace(DRAFT, attachments=(pdf,))))
    assert message.get_content_type() == "multipart/mixed"
    body, attachment = message.iter_parts()
    assert body.get_content_type() == "multipart/alternative"
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == "INV-1.pdf"
    assert isinstance(attachment, EmailMessage)
    assert attachment.get_content() == b"%PDF-1.7 fake"


def test_attachment_names_lose_path_separators() -> None:
    pdf = Attachment("../RE/2026/1.pdf", b"%PDF")
    message = parsed(build_message(replace(DRAFT, attachments=(pdf,))))
    assert [part.get_filename() for part in message.iter_attachments()] == ["-RE-2026-1.pdf"]


def test_headers() -> None:
    message = parsed(build_message(replace(DRAFT, language="de")))
    assert message["From"] == "Example Widgets Billing <ar@example.com>"
    assert message["To"] == "Dana Smith <dana@customer.example>"
    assert message["Subject"] == DRAFT.subject
    assert message["Message-ID"] == DRAFT.message_id
    assert message["Date"].datetime == DRAFT.sent_at
    assert message["Content-Language"] == "de"
    for absent in ("Reply-To", "In-Reply-To", "References", "Auto-Submitted", "Cc", "Bcc"):
        assert message[absent] is None


def test_non_ascii_names_are_rfc2047_encoded() -> None:
    message = build_message(replace(DRAFT, to_name="Jürgen Müller, Kreditoren"))
    raw = message.as_bytes()
    assert b"=?utf-8?" in raw.split(b"\n\n")[0]
    to = parsed(message)["To"]
    assert [(a.display_name, a.addr_spec) for a in to.addresses] == [
        ("Jürgen Müller, Kreditoren", "dana@customer.example")
    ]


def test_a_name_that_looks_like_an_address_stays_one_recipient() -> None:
    draft = replace(DRAFT, to_name='Evil <evil@attacker.example>, "x" <y@z.example>')
    addresses = parsed(build_message(draft))["To"].addresses
    assert [a.addr_spec for a in addresses] == ["dana@customer.example"]


def test_threading_headers() -> None:
    earlier = tuple(f"<{make_token(bytes([i]) * 13)}@example.com>" for i in range(3))
    message = parsed(build_message(replace(DRAFT, references=earlier)))
    assert message["In-Reply-To"] == earlier[-1]
    assert message["References"].split() == list(earlier)


def test_references_keep_the_root_and_the_most_recent() -> None:
    ids = tuple(f"<m{i}@example.com>" for i in range(25))
    kept = thread_references(ids)
    assert kept == (ids[0], *ids[-KEEP_REFERENCES:])
    assert thread_references(ids[:11]) == ids[:11]
    message = parsed(build_message(replace(DRAFT, references=ids)))
    assert message["References"].split() == list(kept)
    assert message["In-Reply-To"] == ids[-1]


def test_reply_to_and_auto_submitted() -> None:
    draft = replace(DRAFT, reply_to="AR <ar+abc@example.com>", auto_submitted="auto-generated")
    message = parsed(build_message(draft))
    assert message["Reply-To"] == "AR <ar+abc@example.com>"
    assert message["Auto-Submitted"] == "auto-generated"  # RFC 3834 section 5


def test_quoted_display_names_in_configured_mailboxes() -> None:
    draft = replace(DRAFT, from_address='"Widgets, Billing \\"AR\\"" <ar@example.com>')
    sender = parsed(build_message(draft))["From"].addresses[0]
    assert (sender.display_name, sender.addr_spec) == ('Widgets, Billing "AR"', "ar@example.com")


def test_message_ids_carry_an_opaque_token() -> None:
    assert make_token(bytes(range(13))) == TOKEN  # deterministic given the bytes
    assert len(TOKEN) == 20 and TOKEN.isalnum() and TOKEN.lower() == TOKEN
    message_id = new_message_id("mail.example.com", TOKEN)
    assert message_id == f"<{TOKEN}@mail.example.com>"
    assert token_of(message_id) == TOKEN
    assert token_of(message_id.upper()) == TOKEN
    assert token_of("<CAFoo123@mail.gmail.com>") is None
    assert token_of("not an id") is None


def test_fresh_message_ids_differ() -> None:
    first, second = new_message_id("example.com"), new_message_id("example.com")
    assert first != second
    assert token_of(first) is not None


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: make_token(b"short"), "13 random bytes"),
        (lambda: new_message_id("example.com", "not-a-token"), "base32"),
        (lambda: new_message_id("exa mple.com", TOKEN), "Message-ID"),
    ],
)
def test_bad_message_id_inputs(call: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        call()  # type: ignore[operator]


def test_plus_addresses() -> None:
    address = plus_address("ar@example.com", TOKEN)
    assert address == f"ar+{TOKEN}@example.com"
    assert reply_token(address) == TOKEN
    assert reply_token(f"AR+{TOKEN.upper()}@Example.com") == TOKEN
    assert reply_token("ar@example.com") is None
    assert reply_token("ar+billing@example.com") is None


def test_date_must_be_aware() -> None:
    with pytest.raises(ValueError, match="Date"):
        build_message(replace(DRAFT, sent_at=datetime(2026, 10, 1, 9, 0)))
    utc = parsed(build_message(replace(DRAFT, sent_at=datetime(2026, 10, 1, 9, 0, tzinfo=UTC))))
    assert utc["Date"] == "Thu, 01 Oct 2026 09:00:00 +0000"


# -- header injection ----------------------------------------------------------------------

PAYLOADS = {
    "CR": "\r",
    "LF": "\n",
    "CRLF": "\r\nBcc: evil@attacker.example",
    "NUL": "\x00",
    "NEL": "\x85",
    "LINE SEPARATOR": "\u2028",
    "PARAGRAPH SEPARATOR": "\u2029",
    "encoded-word": "=?utf-8?q?x=0D=0ABcc:_evil@attacker.example?=",
    "bidi override": "\u202e",
}


def _inject(field: str, payload: str) -> Draft:
    address = f"dana{payload}@customer.example"
    options: dict[str, dict[str, object]] = {
        "to_name": {"to_name": f"Dana{payload}Smith"},
        "to_address": {"to_address": address},
        "subject": {"subject": f"Reminder{payload}Customer"},
        "from_address": {"from_address": f"Widgets{payload} <ar@example.com>"},
        "reply_to": {"reply_to": f"AR <ar{payload}@example.com>"},
        "message_id": {"message_id": f"<{TOKEN}{payload}@example.com>"},
        "references": {"references": ("<a@example.com>", f"<b{payload}@example.com>")},
        "attachment": {"attachments": (Attachment(f"INV{payload}1.pdf", b"%PDF"),)},
        "language": {"language": f"de{payload}"},
        "auto_submitted": {"auto_submitted": f"auto-generated{payload}"},
    }
    return replace(DRAFT, **options[field])  # type: ignore[arg-type]


FIELD_NAMES = {
    "to_name": "To display name",
    "to_address": "To address",
    "subject": "Subject",
    "from_address": "From",
    "reply_to": "Reply-To",
    "message_id": "Message-ID",
    "references": "References",
    "attachment": "attachment filename",
    "language": "Content-Language",
    "auto_submitted": "Auto-Submitted",
}


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
@pytest.mark.parametrize("field", FIELD_NAMES)
def test_header_injection_is_refused_naming_the_field(field: str, payload: str) -> None:
    with pytest.raises(ValueError, match=FIELD_NAMES[field]):
        build_message(_inject(field, payload))
