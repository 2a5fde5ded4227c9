"""MIME on the wire: header lines, quoted-printable text parts and multiparts as bytes (pure).

One job: the byte-level assembly of `daemon.core.message`'s reminders, in the form SMTP DATA
carries them: CRLF line ends, 7-bit clean, header lines folded to 78 columns (RFC 5322 2.1.1,
2.2.3). It must not decide what a message says or check values for header injection: its callers
pass only values `daemon.core.message.checked` accepted.

Why not `EmailMessage` all the way: the standard library parses every header into an object when
it is set and folds it again on output (~2 ms per reminder, more than the SMTP transaction
itself). Here a header that is ASCII and fits on one line is written as is, which is exactly what
the standard library writes for it; anything else (non-ASCII words, which need RFC 2047
encoded-words, or a long line) goes through the standard library's folding. Text parts are
encoded with `binascii.b2a_qp`, the C implementation of quoted-printable (RFC 2045 6.7).
"""

from __future__ import annotations

import binascii
import hashlib
from collections.abc import Sequence
from email.headerregistry import Address
from email.message import MIMEPart
from email.policy import SMTP

MAX_LINE = 78  # RFC 5322 2.1.1: lines SHOULD be at most 78 characters
CRLF = b"\r\n"
# RFC 5322 specials that make a display name need quoting (as email.headerregistry decides).
_SPECIALS = frozenset('()<>@,:;."[]\\')
Value = str | Address


def field(name: str, value: Value) -> tuple[str, bool]:
    """`name: value` and CRLF, and whether the standard library wrote it.

    A value that is ASCII and fits on one line is written as is (a value the caller checked
    holds no line break, so this is one line); any other goes through the standard library,
    which folds it and RFC 2047-encodes its non-ASCII words.
    """
    text = str(value) if isinstance(value, str) else mailbox_text(value)
    if text.isascii() and len(name) + 2 + len(text) <= MAX_LINE:
        return (f"{name}: {text}\r\n" if text else f"{name}:\r\n"), False
    return str(SMTP.header_factory(name, value).fold(policy=SMTP)), True


def names_of(head: str) -> list[str]:
    """The field names of a header block, as a reader splits it (continuations start blank)."""
    return [line.partition(":")[0] for line in head.split("\r\n") if line and line[0] not in " \t"]


def mailbox_text(address: Address) -> str:
    """`Name <addr>` as `Address.__str__` writes it: the name quoted when it has specials."""
    name, addr_spec = address.display_name, address.addr_spec
    if not name:
        return addr_spec
    if not _SPECIALS.isdisjoint(name):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{addr_spec}>"


def boundary(seed: str, level: int) -> str:
    """A multipart boundary that cannot occur in the parts (RFC 2046 5.1.1).

    Derived from `seed` (the Message-ID), so the same draft gives the same bytes. It holds
    `=_` and ends in `==`: a quoted-printable body writes every `=` as `=3D`, so `=_` cannot
    appear in one, and base64 has `=` only as padding at its very end.
    """
    digest = hashlib.sha256(f"{level}:{seed}".encode()).hexdigest()[:24]
    return f"=_{level}_{digest}=="


def text_part(subtype: str, text: str) -> bytes:
    """A UTF-8 text part in quoted-printable, with its headers; the text ends with a newline."""
    data = text.encode("utf-8")
    if b"\r" in data:  # CR, LF and CRLF alike, as the standard library reads text
        data = b"\n".join(data.splitlines())
    if not data.endswith(b"\n"):
        data += b"\n"
    body = binascii.b2a_qp(data, istext=True).replace(b"\n", CRLF)
    head = (
        f'Content-Type: text/{subtype}; charset="utf-8"\r\n'
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
    )
    return head.encode("ascii") + body


def attachment_part(content: bytes, mime_type: str, filename: str) -> bytes:
    """A base64 attachment with its headers, by the standard library (RFC 2231 file names)."""
    maintype, _, subtype = mime_type.partition("/")
    part = MIMEPart(policy=SMTP)
    part.set_content(content, maintype=maintype, subtype=subtype, filename=filename)
    return part.as_bytes(policy=SMTP)


def multipart(subtype: str, seed: str, level: int, parts: Sequence[bytes]) -> tuple[str, bytes]:
    """(Content-Type header line, body) of a multipart holding `parts` (headers included)."""
    mark = boundary(seed, level)
    delimiter = f"\r\n--{mark}\r\n".encode("ascii")
    # No preamble; each part's own last line break stays inside the part (as the stdlib writes).
    body = delimiter[2:] + delimiter.join(parts) + f"\r\n--{mark}--\r\n".encode("ascii")
    return f'Content-Type: multipart/{subtype}; boundary="{mark}"\r\n', body


def entity(content_type: str, body: bytes) -> bytes:
    """A body part whose only header is its Content-Type line (a nested multipart)."""
    return content_type.encode("ascii") + CRLF + body
