"""Raw bytes of a received email -> `Mail`.

One job: read headers and MIME structure into the `Mail` record: addresses, threading ids
(RFC 5322 §3.6.4), the decoded subject (RFC 2047), the text body, RFC 3834 automatic-reply
signs, Authentication-Results (RFC 8601), attachments; bounces are read by
`daemon.core.mail_dsn`, the reply is trimmed by `daemon.core.trim`. It must never raise, whatever
the bytes: what cannot be decoded is replaced and named in `Mail.problems`. It must not judge what
the mail means (`classify` does).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.header import decode_header, make_header
from email.headerregistry import (
    AddressHeader,
    DateHeader,
    HeaderRegistry,
    MessageIDHeader,
    UniqueUnstructuredHeader,
    UnstructuredHeader,
)
from email.message import EmailMessage, Message
from email.policy import EmailPolicy
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any, cast

from daemon.core.bounce_text import human_part
from daemon.core.mail import AuthResult, Mail
from daemon.core.mail_address import read_addresses
from daemon.core.mail_dsn import from_mail_system, read_dsn
from daemon.core.mail_text import guess_language, html_to_text, language_tag, unflow
from daemon.core.mime_tree import read_tree
from daemon.core.trim import trim_reply

_MSG_ID = re.compile(r"<[^<>\s]+>")
_LATIN1_LABELS = frozenset(
    ("iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "cp819", "us-ascii",
     "ascii")
)  # fmt: skip
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")  # a lead byte and a continuation byte
_AUTO_SUBJECT = re.compile(
    r"\b(?:out of (?:the )?office|automatic reply|auto[- ]?reply|auto[- ]?respon[sd]\w*"
    r"|abwesenheit\w*|automatische antwort|r[ée]ponse automatique|respuesta autom[áa]tica"
    r"|automatisch antwoord|risposta automatica|vacation|away until)\b",
    re.IGNORECASE,
)
_AUTO_PRECEDENCE = frozenset(("bulk", "junk", "auto_reply"))
_COMMENT = re.compile(r"\([^()]*\)")
_METHOD = re.compile(r"\s*([A-Za-z0-9_.-]+)(?:/\d+)?\s*=\s*([A-Za-z0-9_.-]+)")
_PROPERTY = re.compile(r'\b(header|smtp)\.(d|from|mailfrom|i|helo)\s*=\s*"?([^\s";]+)', re.I)
_DOMAIN_SOURCES = ("header.d", "header.from", "smtp.mailfrom", "header.i", "smtp.helo")


class _ParsedOnce(EmailPolicy):
    """`policy.default`, but each header value is parsed once, not on every read.

    The stdlib parses a header anew each time it is read; `_text` reads the few headers it
    decodes through here. Parsed headers are immutable, so sharing them is safe.
    """

    def header_fetch_parse(self, name: str, value: str) -> Any:
        if hasattr(value, "name"):  # already a parsed header object
            return value
        return _parsed_header(self, name, value)


@lru_cache(maxsize=4096)
def _parsed_header(policy: EmailPolicy, name: str, value: str) -> Any:
    return EmailPolicy.header_fetch_parse(policy, name, value)


class _Registry(HeaderRegistry):
    """The stdlib registry, but each header class is built once, not on every header parsed."""

    def __init__(self) -> None:
        super().__init__()
        self._classes: dict[str, type[Any]] = {}

    def __getitem__(self, name: str) -> type[Any]:
        key = name.lower()
        if key not in self._classes:
            self._classes[key] = super().__getitem__(name)
        return self._classes[key]


_REGISTRY = _Registry()
_POLICY = _ParsedOnce(header_factory=_REGISTRY)


class _Part(EmailMessage):
    """`EmailMessage` (for `get_body`) over headers kept as the raw text compat32 keeps.

    The structure is read with compat32: its headers are plain strings that the MIME methods
    split themselves, where `policy.default` built a parsed header object for each. Header values
    this module uses are decoded by `_text`, with `_POLICY`.
    """

    def is_attachment(self) -> bool:  # EmailMessage's reads the parsed header's attribute
        return self.get_content_disposition() == "attachment"

    def get_content_type(self) -> str:
        """The content type, parsed once per state of the headers: the parser, `get_body` and
        the bounce reader ask each part a score of times, and each ask parsed the header anew
        (a twentieth of reading a reply). Nothing here edits a part's headers after parsing;
        a header added or a default type set reads it afresh all the same."""
        state = (len(self.__dict__["_headers"]), self.get_default_type())
        known = self.__dict__.get("_content_type")
        if known is not None and known[0] == state:
            return cast(str, known[1])
        kind = super().get_content_type()
        self.__dict__["_content_type"] = (state, kind)
        return kind

    def _get_params_preserve(self, failobj: Any, header: str) -> Any:
        """A header's parameters (charset, boundary, filename), parsed once per state of the
        headers for the same reason; what the stdlib returns is only read, never changed."""
        state = (header.lower(), len(self.__dict__["_headers"]))
        known: dict[tuple[str, int], Any] = self.__dict__.setdefault("_parameters", {})
        if state not in known:
            known[state] = cast(Any, super())._get_params_preserve(None, header)
        found = known[state]
        return failobj if found is None else found


_READ_AS_TEXT = (
    UnstructuredHeader,
    UniqueUnstructuredHeader,
    AddressHeader,
    MessageIDHeader,
    DateHeader,
)


def _kind(name: str) -> type[Any]:
    return cast(type[Any], _REGISTRY.registry.get(name.lower(), _REGISTRY.default_class))


def _text(name: str, raw: str) -> str:
    """`str(value parsed as header name)`, or the value itself where what reads it parses it.

    What the header registry makes of an unstructured ASCII value without encoded words is the
    value; address lists go to `read_addresses`, message ids to a regular expression, and a date to
    `_date`, which all parse the text themselves: the registry's parse would cost more than the
    rest of a reply. Anything else (and any error) goes through the registry."""
    text = raw.replace("\r", "").replace("\n", "")  # as EmailPolicy.header_fetch_parse does
    kind = _kind(name)
    if not text.isascii():
        return str(_POLICY.header_fetch_parse(name, raw))
    if issubclass(kind, _READ_AS_TEXT) and "=?" not in text:
        return text
    return str(_POLICY.header_fetch_parse(name, raw))


class _Headers:
    """Header values read with `policy.default`, falling back to compat32 when one is broken."""

    def __init__(self, modern: Message, raw: bytes) -> None:
        self.modern, self.raw, self.problems = modern, raw, list[str]()
        self._legacy: Message | None = None
        # Twenty-odd headers are read per message: the raw values indexed once by name.
        self._raw: dict[str, list[tuple[str, str]]] = {}
        for key, value in modern.raw_items():
            self._raw.setdefault(key.lower(), []).append((key, value))

    def all(self, name: str) -> list[str]:
        try:
            return [_text(key, value) for key, value in self._raw.get(name.lower(), ())]
        except Exception:  # the header registry raises many kinds on bad input
            self.problems.append(f"{name}: unreadable header, decoded leniently")
            if self._legacy is None:  # parsed only for the rare broken header
                self._legacy = message_from_bytes(self.raw, policy=policy.compat32)
            return [_lenient(value) for value in self._legacy.get_all(name) or ()]

    def first(self, name: str) -> str:
        values = self.all(name)
        return _one_line(values[0]) if values else ""

    def addresses(self, *names: str) -> tuple[str, ...]:
        pairs = read_addresses([value for name in names for value in self.all(name)])
        return tuple(dict.fromkeys(addr.lower() for _name, addr in pairs if "@" in addr))


def parse_mail(raw: bytes, *, truncated: bool = False) -> Mail:
    """The `Mail` in `raw`; never raises (a message it cannot read at all comes back empty)."""
    try:
        return _parse(raw, truncated=truncated)
    except Exception as error:  # the one promise of this module is "never raises"
        return _empty(raw, truncated, f"unreadable message: {type(error).__name__}")


def _parse(raw: bytes, *, truncated: bool) -> Mail:
    modern = read_tree(raw, _Part)
    headers = _Headers(modern, raw)
    problems: list[str] = [type(defect).__name__ for defect in modern.defects]
    body = _body_text(modern, problems)
    subject = headers.first("Subject")
    names = read_addresses(headers.all("From"))
    sender_name, sender = names[0] if names else ("", "")
    dsn = read_dsn(modern, subject=subject, sender=sender.lower(), body=body)
    # A delivery report's text is the reporting system's own, in an RFC 3464 report or in a notice
    # from a mail system's address: nothing in it is quoted history to cut, and trimming its long
    # bodies cost a tenth of reading one.
    notice = dsn is not None and (dsn.standard or from_mail_system(sender.lower()))
    reply = body.strip() if notice else trim_reply(body)
    # A notice's language is that of its own words, not of the message it returns.
    words = human_part(body) if notice and dsn is not None and not dsn.standard else reply
    return Mail(
        message_id=_first_id(headers.first("Message-ID")) or synthetic_id(raw),
        in_reply_to=tuple(_MSG_ID.findall(" ".join(headers.all("In-Reply-To")))),
        references=tuple(_MSG_ID.findall(" ".join(headers.all("References")))),
        sender=sender.lower(),
        sender_name=_one_line(sender_name),
        reply_to=headers.addresses("Reply-To"),
        recipients=headers.addresses("To", "Cc"),
        delivered_to=headers.addresses("Delivered-To", "X-Original-To", "Envelope-To"),
        subject=subject,
        date=_date(headers.first("Date")),
        body=body,
        reply=reply,
        language=language_tag(headers.first("Content-Language")) or guess_language(words),
        auto_submitted=auto_reason(headers.first, subject),
        dsn=dsn,
        auth=tuple(
            result
            for value in headers.all("Authentication-Results")
            for result in parse_authentication_results(value)
        ),
        attachments=_attachments(modern),
        size=len(raw),
        truncated=truncated,
        problems=tuple(dict.fromkeys(problems + headers.problems)),
    )


def synthetic_id(raw: bytes) -> str:
    """A stable Message-ID for a message without one: the same bytes always get the same id."""
    return f"<{hashlib.sha256(raw).hexdigest()}@dunmail.invalid>"


def _empty(raw: bytes, truncated: bool, problem: str) -> Mail:
    return Mail(
        message_id=synthetic_id(raw), in_reply_to=(), references=(), sender="", sender_name="",
        reply_to=(), recipients=(), delivered_to=(), subject="", date=None, body="", reply="",
        language="", auto_submitted="", dsn=None, auth=(), attachments=(), size=len(raw),
        truncated=truncated, problems=(problem,),
    )  # fmt: skip


def _lenient(value: object) -> str:
    """A compat32 header value as text: RFC 2047 words decoded, bad bytes replaced."""
    try:
        return str(make_header(decode_header(str(value))))
    except Exception:  # unknown charsets, bad base64: keep the raw text
        return str(value)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _first_id(value: str) -> str:
    found = _MSG_ID.search(value)
    return found[0] if found else ""


def _date(value: str) -> datetime | None:
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    # "-0000" means "UTC, local zone unknown" (RFC 5322 §3.3): naive here, UTC in fact.
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _body_text(message: EmailMessage, problems: list[str]) -> str:
    """text/plain, else text/html as text; message/rfc822 parts (quoted originals) are skipped."""
    try:
        part = message.get_body(preferencelist=("plain", "html"))
    except Exception:  # a broken structure: fall back to the top part
        part = message
    if part is None or part.get_content_maintype() != "text":
        return ""
    text = _decoded(part, problems).replace("\r\n", "\n")
    if part.get_content_subtype() == "html":
        return html_to_text(text)
    if str(part.get_param("format", "")).lower() == "flowed":
        text = unflow(text, delete_space=str(part.get_param("delsp", "")).lower() == "yes")
    return text.strip("\n")


def _decoded(part: Message, problems: list[str]) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = str(part.get_content_charset() or "utf-8")
    if charset.lower() in _LATIN1_LABELS:
        return _western(payload, charset, problems)
    known = True
    try:
        return payload.decode(charset)
    except LookupError:  # an unknown charset ("x-unknown")
        problems.append(f"unknown charset {charset!r}")
        known = False
    except (UnicodeDecodeError, ValueError):
        pass
    return _relabelled(payload, charset if known else "utf-8", problems)


def _western(payload: bytes, charset: str, problems: list[str]) -> str:
    """Text labelled Latin-1 or ASCII: Windows-1252, as mail clients mean it (the WHATWG Encoding
    Standard maps these labels so: "€" is 0x80 there, a control character in ISO-8859-1), unless
    it is UTF-8 in disguise."""
    if payload.isascii():
        return payload.decode("ascii")
    if _UTF8_SEQUENCE.search(payload) is not None:
        try:
            text = payload.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            problems.append(f"body is not {charset}; decoded as utf-8")
            return text
    if "ascii" in charset.lower():
        problems.append(f"body is not {charset}; decoded as windows-1252")
    try:
        return payload.decode("windows-1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: Latin-1 reads every byte
        return payload.decode("latin-1")


def _relabelled(payload: bytes, charset: str, problems: list[str]) -> str:
    """Text whose charset label lies: most often UTF-8, or 8-bit Western text from an old client
    sent as "us-ascii"; Windows-1252 (ISO-8859-1 with printable 0x80-0x9F) when no UTF-8
    sequence is there; else the label's charset with replacements."""
    for fallback in ("utf-8", "windows-1252"):
        if fallback == "windows-1252" and _UTF8_SEQUENCE.search(payload) is not None:
            break
        try:
            text = payload.decode(fallback)
        except UnicodeDecodeError:
            continue
        problems.append(f"body is not {charset}; decoded as {fallback}")
        return text
    problems.append(f"body is not {charset}; decoded with replacements")
    return payload.decode(charset, errors="replace")


def auto_reason(get: Callable[[str], str], subject: str) -> str:
    """Why a message is automatic (RFC 3834 §5 and common vendor headers); "" for a person.

    `get(name)` returns a header's value, "" when absent.
    """
    auto = get("Auto-Submitted").strip()
    if auto and auto.split(";")[0].strip().lower() != "no":
        return f"Auto-Submitted: {auto}"
    # iCloud's vacation responder sets X-Apple-Action (X-Apple-Criteria carries its endDate);
    # X-MS-Exchange-Inbox-Rules-Loop marks an answer from an Exchange inbox rule.
    for name in ("X-Autoreply", "X-Autorespond", "X-Autoresponder", "X-Autogenerated",
                 "X-Apple-Action", "X-MS-Exchange-Inbox-Rules-Loop"):  # fmt: skip
        if get(name).strip():
            criteria = get("X-Apple-Criteria").strip() if name == "X-Apple-Action" else ""
            return f"{name}: {get(name)}" + (f"; X-Apple-Criteria: {criteria}" if criteria else "")
    precedence = get("Precedence").strip().lower()
    if precedence in _AUTO_PRECEDENCE:
        return f"Precedence: {precedence}"
    suppress = get("X-Auto-Response-Suppress").strip()
    if suppress and _AUTO_SUBJECT.search(subject):
        return f"X-Auto-Response-Suppress: {suppress} with subject {subject!r}"
    return ""


def parse_authentication_results(value: str) -> tuple[AuthResult, ...]:
    """Every method result of one Authentication-Results header value (RFC 8601 §2.2)."""
    text = value
    while _COMMENT.search(text):  # CFWS comments may nest: strip innermost first
        text = _COMMENT.sub(" ", text)
    head, *clauses = text.split(";")
    authserv = head.split()[0].lower() if head.split() else ""
    results: list[AuthResult] = []
    for clause in clauses:
        method = _METHOD.match(clause)
        if method is None or method[1].lower() in ("none", "reason"):
            continue
        found = {f"{m[1]}.{m[2]}".lower(): m[3] for m in _PROPERTY.finditer(clause)}
        source = next((found[key] for key in _DOMAIN_SOURCES if key in found), "")
        domain = source.rpartition("@")[2].strip("<>.").lower()
        results.append(AuthResult(authserv, method[1].lower(), method[2].lower(), domain))
    return tuple(results)


def _attachments(message: Message) -> tuple[str, ...]:
    names: list[str] = []
    for part in _parts(message):
        content_type = str(part.get("content-type", "")).lower()
        if "content-disposition" not in part and "name" not in content_type:
            continue  # neither header can name a file (RFC 2183 §2.3, RFC 2045 §5.1)
        try:
            filename = part.get_filename()
        except Exception:  # a broken RFC 2231 parameter
            filename = None
        if filename:
            names.append(_one_line(str(filename)))
    return tuple(names)


def _parts(message: Message, depth: int = 0) -> list[Message]:
    """All parts, not descending into attached messages; depth-capped against hostile nesting."""
    if not message.is_multipart() or message.get_content_maintype() == "message" or depth > 20:
        return [message]
    payload = message.get_payload()  # a list: a leaf's text is not read (or checked) for this
    children = (
        [child for child in payload if isinstance(child, Message)]
        if isinstance(payload, list)
        else []
    )
    return [part for child in children for part in _parts(child, depth + 1)]
