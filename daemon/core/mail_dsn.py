"""Read a bounce: a delivery status notification (RFC 3464) or a non-standard look-alike.

One job: `read_dsn(message, ...) -> DeliveryReport | None`. A `multipart/report;
report-type=delivery-status` message is read field by field (per-recipient blocks, RFC 3464 §2.3);
the original Message-ID comes from its `message/rfc822` or `text/rfc822-headers` part (RFC 6522).
Anything else that looks like a bounce (from MAILER-DAEMON or postmaster, "Undelivered Mail
Returned to Sender", "Mail delivery failed", ...) is read from its text as well as possible:
failed addresses, the first status code (RFC 3463 "5.1.1", or an SMTP reply code "550"), the
original Message-ID from an embedded header block; such a report has `standard=False`, and when no
address can be found it carries one recipient with an empty address. It must never raise and must
not decide hard or soft (`classify` does).
"""

from __future__ import annotations

import re
from email.message import Message

from daemon.core.mail import DeliveryReport, DsnRecipient

_STATUS_TYPES = ("message/delivery-status", "message/global-delivery-status")  # RFC 3464, 6533
_HEADER_TYPES = ("text/rfc822-headers", "message/global-headers")
_BOUNCE_SENDERS = re.compile(r"^(?:mailer-daemon|post_?master|mail-daemon|mailerdaemon|mdaemon)\b")
_BOUNCE_SUBJECT = re.compile(
    r"undeliver|undelivered|returned mail|mail returned|delivery status notification"
    r"|delivery (?:status )?notification|delivery fail|failed delivery|failure delivery"
    r"|mail delivery|failure notice|could not be delivered|non[- ]?delivery|mail system error"
    r"|delivery has failed|delayed mail|message .{0,60} delayed|could not send|error sending"
    r"|unzustellbar|nicht zugestellt|zustellung fehlgeschlagen|non remis|mail failure"
    r"|delivery failure|returning message|delivery error",
    re.IGNORECASE,
)
_BOUNCE_TEXT = re.compile(
    r"could not be delivered to one or more|the following address(?:es)? failed"
    r"|this is the mail system at host|delivery to the following recipients? failed"
    r"|wasn't able to deliver|permanent (?:fatal )?error|\"notificationType\"\s*:\s*\"Bounce\""
    r"|message could not be delivered|delivery has failed to these recipients",
    re.IGNORECASE,
)
_ORIGINAL_STARTS = re.compile(
    r"^.*(?:original message|copy of the message|message headers follow|returned message"
    r"|headers of the original|original mail|undelivered message|message was not delivered"
    r"|content-type: message/rfc822).*$|^(?:Received|Return-Path|Message-ID): ",
    re.IGNORECASE | re.MULTILINE,
)
_ADDRESS = re.compile(r"[\w.+'=-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_ENHANCED = re.compile(r"(?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d]|\.\d)")
_SMTP_CODE = re.compile(r"(?:^|[:(\s])([45][0-5]\d)(?:[\s-]|$)", re.MULTILINE)
_DELAYED = re.compile(
    r"delayed|will (?:continue|keep) trying|still being retried|temporar|deferred|not yet been"
    r"|retry",
    re.IGNORECASE,
)
_MESSAGE_ID = re.compile(r"^[ \t>]*Message-ID:\s*(<[^<>\s]+>)", re.IGNORECASE | re.MULTILINE)
_FIELD = re.compile(r"^([A-Za-z][A-Za-z0-9-]*)\s*:\s*(.*)$")
_MAX_ADDRESSES = 20


def read_dsn(message: Message, *, subject: str, sender: str, body: str) -> DeliveryReport | None:
    """The bounce report in `message`, or None when it is not a bounce."""
    standard = message.get_content_type() == "multipart/report" and (
        str(message.get_param("report-type", "")).lower() == "delivery-status"
    )
    original = _original_id(message, body)
    recipients = _status_recipients(message)
    if recipients:
        return DeliveryReport(recipients, original, standard)
    if not (standard or looks_like_bounce(subject=subject, sender=sender, text=body)):
        return None
    return DeliveryReport(_text_recipients(body, ignore=sender), original, standard=False)


def looks_like_bounce(*, subject: str, sender: str, text: str) -> bool:
    """Bounce signs outside the RFC 3464 structure: who sent it, its subject, its first words."""
    return bool(
        _BOUNCE_SENDERS.match(sender)
        or _BOUNCE_SUBJECT.search(subject)
        or _BOUNCE_TEXT.search(text[:3000])
    )


def _parts(message: Message) -> list[Message]:
    try:
        return list(message.walk())
    except (RecursionError, TypeError, AttributeError):
        return [message]


def _status_recipients(message: Message) -> tuple[DsnRecipient, ...]:
    for part in _parts(message):
        if part.get_content_type() in _STATUS_TYPES:
            found = tuple(
                _recipient(block) for block in _status_blocks(part) if _is_recipient(block)
            )
            if found:
                return found
    return ()


def _status_blocks(part: Message) -> list[dict[str, str]]:
    """The field blocks of a delivery-status part; the parser usually splits them already."""
    payload = part.get_payload()
    if isinstance(payload, list):
        # raw_items: the fields as received, without the header registry's parsing (and errors)
        return [
            {name.lower(): " ".join(str(value).split()) for name, value in block.raw_items()}
            for block in payload
            if isinstance(block, Message)
        ]
    return field_blocks(_payload_text(part))


def field_blocks(text: str) -> list[dict[str, str]]:
    """Blank-line separated blocks of "Name: value" fields (continuation lines folded in)."""
    blocks: list[dict[str, str]] = [{}]
    name = ""
    for line in text.replace("\r\n", "\n").split("\n"):
        if not line.strip():
            blocks.append({})
            name = ""
        elif line[0] in " \t" and name:
            blocks[-1][name] += " " + line.strip()
        elif match := _FIELD.match(line):
            name = match[1].lower()
            blocks[-1][name] = match[2].strip()
    return [block for block in blocks if block]


def _is_recipient(block: dict[str, str]) -> bool:
    return "final-recipient" in block or "original-recipient" in block


def _recipient(block: dict[str, str]) -> DsnRecipient:
    """One per-recipient block; the address type ("rfc822;") is dropped (RFC 3464 §2.3.2)."""
    typed = block.get("final-recipient") or block.get("original-recipient", "")
    address = typed.partition(";")[2] if ";" in typed else typed
    diagnostic = block.get("diagnostic-code", "")
    status = _ENHANCED.search(block.get("status", "")) or _ENHANCED.search(diagnostic)
    return DsnRecipient(
        address=address.strip().strip("<>").lower(),
        action=(block.get("action", "").split() or [""])[0].lower(),
        status=status[1] if status else "",
        diagnostic=diagnostic.partition(";")[2].strip() if ";" in diagnostic else diagnostic,
    )


def _text_recipients(text: str, *, ignore: str) -> tuple[DsnRecipient, ...]:
    cut = _ORIGINAL_STARTS.search(text)
    section = text[: cut.start()] if cut and cut.start() > 0 else text
    status, diagnostic = _text_status(section)
    delayed = status.startswith("4") or (not status and bool(_DELAYED.search(section[:2000])))
    action = "delayed" if delayed else "failed"
    addresses = [a.lower() for a in _ADDRESS.findall(section)]
    found = [a for a in dict.fromkeys(addresses) if a != ignore and not _BOUNCE_SENDERS.match(a)]
    return tuple(
        DsnRecipient(address, action, status, diagnostic)
        for address in (found[:_MAX_ADDRESSES] or [""])
    )


def _text_status(section: str) -> tuple[str, str]:
    """The first status code in a bounce's text and the line it is on; "5.0.0" for a bare 550."""
    enhanced = _ENHANCED.search(section)
    if enhanced:
        return enhanced[1], _line_at(section, enhanced.start())
    code = _SMTP_CODE.search(section)
    if code:
        return f"{code[1][0]}.0.0", _line_at(section, code.start(1))
    return "", ""


def _line_at(text: str, index: int) -> str:
    start = text.rfind("\n", 0, index) + 1
    end = text.find("\n", index)
    return " ".join(text[start : end if end >= 0 else len(text)].split())[:300]


def _original_id(message: Message, body: str) -> str:
    """The bounced message's Message-ID, from the returned message or headers, else the text."""
    for part in _parts(message):
        content_type = part.get_content_type()
        if content_type in ("message/rfc822", "message/global"):
            inner = part.get_payload()
            first = inner[0] if isinstance(inner, list) and inner else None
            fields = list(first.raw_items()) if isinstance(first, Message) else []
            text = " ".join(str(value) for name, value in fields if name.lower() == "message-id")
            found = re.search(r"<[^<>\s]+>", text)
        elif content_type in _HEADER_TYPES:
            found = _MESSAGE_ID.search(_payload_text(part))
        else:
            continue
        if found:
            return found[found.lastindex or 0]
    found = _MESSAGE_ID.search(body)
    return found[1] if found else ""


def _payload_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if isinstance(payload, bytes):
        return payload.decode("utf-8", errors="replace")
    raw = part.get_payload()
    return raw if isinstance(raw, str) else ""
