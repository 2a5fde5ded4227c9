"""The reminder as an RFC 5322 message: rendered parts and addresses in, wire bytes out (pure).

One job: decide the message's headers and MIME structure (`daemon.core.wire` writes the bytes, the
standard library folding and encoding what is not plain ASCII), and refuse anything that could
forge a header. Ledger data (names, addresses, invoice numbers) is not trusted: a CR or LF ends a
header and starts another (RFC 5322 2.2), and Python's email package decodes an RFC 2047
encoded-word in a value we set (`=?utf-8?q?x=0D=0ABcc:...?=`) into a real line break on output. So
every value bound for a header passes `checked`, and the header block is parsed back once as a
second line of defence. It must not render templates, read files or pick Message-IDs by itself.
"""

from __future__ import annotations

import base64
import functools
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesHeaderParser, BytesParser
from email.policy import default as default_policy
from email.utils import format_datetime

from daemon.core import wire

TOKEN_BYTES = 13  # 104 bits of randomness ...
TOKEN_LENGTH = 20  # ... shown as 20 base32 letters (a-z, 2-7): 100 bits, safe in a local part
KEEP_REFERENCES = 10  # most recent Message-IDs kept in References, besides the first

# C0/C1 controls (CR, LF, NUL, NEL U+0085 ...), Unicode line/paragraph separators, and bidi
# overrides that could make a display name read as another address.
_FORBIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_ENCODED_WORD = "=?"  # RFC 2047 encoded-words start so; literal text never needs it
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_DOT_ATOM = rf"{_ATEXT}(?:\.{_ATEXT})*"
_ADDR_SPEC = re.compile(rf"{_DOT_ATOM}@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?")
_MSG_ID = re.compile(rf"<{_DOT_ATOM}@{_DOT_ATOM}>")  # RFC 5322 3.6.4 msg-id, dot-atom form
_TOKEN_ID = re.compile(rf"<(?P<token>[a-z2-7]{{{TOKEN_LENGTH}}})@{_DOT_ATOM}>", re.IGNORECASE)
_TOKEN = re.compile(rf"[a-z2-7]{{{TOKEN_LENGTH}}}", re.IGNORECASE)
# "Name <addr>" or a bare addr; parsed here because 3.11's parseaddr misreads odd input.
_MAILBOX = re.compile(r"(?P<name>[^<>]*)<(?P<address>[^<>]*)>|(?P<bare>[^<>\s]+)")
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*")  # RFC 3282 / BCP 47 shape


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str
    content: bytes
    mime_type: str = "application/pdf"


@dataclass(frozen=True, slots=True)
class Draft:
    """A rendered reminder and its addressing; `build_message` checks every header value."""

    from_address: str  # RFC 5322 mailbox, "Name <addr>" or "addr"
    to_name: str
    to_address: str
    subject: str
    sent_at: datetime
    message_id: str
    text: str
    html: str
    reply_to: str = ""  # mailbox; empty: replies go to From
    references: tuple[str, ...] = ()  # oldest first
    attachments: tuple[Attachment, ...] = ()
    auto_submitted: str | None = None  # RFC 3834 value, e.g. "auto-generated"
    language: str = ""  # Content-Language (RFC 3282)


def checked(field: str, value: str) -> str:
    """`value` unchanged if it is safe in a header; else ValueError naming `field`."""
    bad = _FORBIDDEN.search(value)
    if bad:
        raise ValueError(f"{field}: contains {bad.group()!r}; it could forge email headers")
    if _ENCODED_WORD in value:
        raise ValueError(f"{field}: contains '=?', which mail readers decode as RFC 2047 text")
    return value


def checked_address(field: str, value: str) -> str:
    checked(field, value)
    if not _ADDR_SPEC.fullmatch(value):
        raise ValueError(f"{field}: {value!r} is not an ASCII address like ar@example.com")
    return value


def checked_message_id(field: str, value: str) -> str:
    if not _MSG_ID.fullmatch(checked(field, value)):
        raise ValueError(f"{field}: {value!r} is not a Message-ID like <id@example.com>")
    return value


@functools.lru_cache(maxsize=64)  # the same few configured mailboxes head every message
def mailbox(field: str, value: str) -> Address:
    """Parse a configured "Name <addr>" mailbox into a checked `Address`."""
    match = _MAILBOX.fullmatch(checked(field, value).strip())
    if match is None:
        raise ValueError(f"{field}: {value!r} is not a mailbox like Name <ar@example.com>")
    name = (match["name"] or "").strip()
    if len(name) > 1 and name[0] == name[-1] == '"':  # RFC 5322 quoted-string display name
        name = re.sub(r"\\(.)", r"\1", name[1:-1])
    address = checked_address(field, match["address"] or match["bare"])
    return _address(name, address)


def _address(display_name: str, addr_spec: str) -> Address:
    """An `Address` of a checked dot-atom addr-spec, without parsing it again."""
    username, _, domain = addr_spec.rpartition("@")
    return Address(display_name=display_name, username=username, domain=domain)


def make_token(random: bytes) -> str:
    """An opaque token from random bytes (the shell draws them; tests pass fixed ones)."""
    if len(random) < TOKEN_BYTES:
        raise ValueError(f"a token needs at least {TOKEN_BYTES} random bytes")
    return base64.b32encode(random[:TOKEN_BYTES]).decode("ascii")[:TOKEN_LENGTH].lower()


def new_message_id(domain: str, token: str | None = None) -> str:
    """`<token@domain>`; without a token, a fresh one from the OS's random source."""
    token = token if token is not None else make_token(secrets.token_bytes(TOKEN_BYTES))
    if not _TOKEN.fullmatch(token):
        raise ValueError(f"token {token!r}: expected {TOKEN_LENGTH} base32 letters")
    return checked_message_id("Message-ID", f"<{token.lower()}@{domain}>")


def token_of(message_id: str) -> str | None:
    """The token of a Message-ID dunmail made, or None for anyone else's."""
    match = _TOKEN_ID.fullmatch(message_id.strip())
    return match["token"].lower() if match else None


def plus_address(address: str, token: str) -> str:
    """`ar@example.com` + token → `ar+token@example.com` (RFC 5233 subaddress)."""
    local, _, domain = checked_address("Reply-To", address).rpartition("@")
    return f"{local}+{token}@{domain}"


def reply_token(address: str) -> str | None:
    """The token in a plus address dunmail made (`ar+token@...`), or None."""
    local = address.strip().rpartition("@")[0]
    detail = local.rpartition("+")[2] if "+" in local else ""
    return detail.lower() if _TOKEN.fullmatch(detail) else None


def thread_references(references: Iterable[str]) -> tuple[str, ...]:
    """References kept: the first (the thread's root) and the most recent ones.

    RFC 5322 3.6.4 builds References from the parent's; a long sequence would grow it without
    bound, and keeping the root plus the latest is what mail readers need to thread it.
    """
    ids = tuple(references)
    if len(ids) <= KEEP_REFERENCES + 1:
        return ids
    return (ids[0], *ids[-KEEP_REFERENCES:])


def render_message(draft: Draft) -> bytes:
    """The reminder as SMTP DATA carries it: CRLF line ends, 7-bit clean, headers folded.

    multipart/alternative (text, HTML), inside multipart/mixed when PDFs are attached; both
    parts quoted-printable, so no relay needs 8BITMIME (RFC 6152). Assembled by
    `daemon.core.wire`; the same draft always gives the same bytes.
    """
    fields = _headers(draft)
    language = _language_tag(draft.language) if draft.language else ""
    seed = draft.message_id
    alternative = [wire.text_part("plain", draft.text), wire.text_part("html", draft.html)]
    content_type, body = wire.multipart("alternative", seed, 1, alternative)
    if draft.attachments:
        parts = [wire.entity(content_type, body)]
        for attachment in draft.attachments:
            name = attachment_filename(attachment.filename)
            parts.append(wire.attachment_part(attachment.content, attachment.mime_type, name))
        content_type, body = wire.multipart("mixed", seed, 0, parts)
    if language:
        fields.append(("Content-Language", language))  # RFC 3282
    lines = [wire.field(name, value) for name, value in fields]
    head = "".join(line for line, _ in lines)
    _verify_headers(head, [name for name, _ in fields], draft, any(by for _, by in lines))
    mime = f"MIME-Version: 1.0\r\n{content_type}\r\n"
    return (head + mime).encode("ascii") + body


def build_message(draft: Draft) -> EmailMessage:
    """`render_message(draft)` as an `EmailMessage` (for previews and tests)."""
    return BytesParser(policy=default_policy).parsebytes(render_message(draft))


def attachment_filename(name: str) -> str:
    """A file name without path separators (a reader may save it as is)."""
    safe = checked("attachment filename (invoice number)", name).strip()
    return re.sub(r"[/\\]", "-", safe).lstrip(".") or "invoice.pdf"


def _headers(draft: Draft) -> list[tuple[str, str | Address]]:
    if draft.sent_at.utcoffset() is None:
        raise ValueError("Date: sent_at must be timezone-aware")
    to_name = checked("To display name (contact name)", draft.to_name)
    to_address = checked_address("To address (contact email)", draft.to_address)
    headers: list[tuple[str, str | Address]] = [
        ("From", mailbox("From (company.from_address)", draft.from_address)),
        ("To", _address(to_name, to_address)),
        ("Subject", checked("Subject", draft.subject)),
        ("Date", format_datetime(draft.sent_at)),
        ("Message-ID", checked_message_id("Message-ID", draft.message_id)),
    ]
    if draft.reply_to:
        headers.append(("Reply-To", mailbox("Reply-To (company.reply_to)", draft.reply_to)))
    references = [checked_message_id("References", ref) for ref in draft.references]
    if references:
        # RFC 5322 3.6.4: In-Reply-To names the parent, References the thread.
        headers.append(("In-Reply-To", references[-1]))
        headers.append(("References", " ".join(thread_references(references))))
    if draft.auto_submitted:
        headers.append(("Auto-Submitted", checked("Auto-Submitted", draft.auto_submitted)))
    return headers


def _language_tag(language: str) -> str:
    tag = checked("Content-Language", language).replace("_", "-")
    if not _LANGUAGE_TAG.fullmatch(tag):
        raise ValueError(f"Content-Language: {language!r} is not a language tag")
    return tag


def _verify_headers(head: str, names: list[str], draft: Draft, encoded: bool) -> None:
    """Read the header block back: exactly our fields; and if the standard library folded or
    encoded any of them, parse it with the standard library: one recipient, same subject.

    Only the block built from `_headers` (the MIME-Version and Content-Type lines that follow
    hold no ledger or config value). A field written as is holds a checked value on one line,
    so splitting the block into fields is enough to catch a forged one there.
    """
    found = wire.names_of(head)
    recipients, words = [draft.to_address], draft.subject.split()
    if encoded:
        parsed = BytesHeaderParser(policy=default_policy).parsebytes(
            head.encode("ascii") + wire.CRLF
        )
        found = list(parsed.keys())
        recipients = [address.addr_spec for address in parsed["To"].addresses]
        # Whitespace may move when a long subject is folded; words may not.
        words = str(parsed["Subject"]).split()
    if found != names or recipients != [draft.to_address] or words != draft.subject.split():
        raise ValueError(f"headers do not survive serialisation: {found} to {recipients}")
