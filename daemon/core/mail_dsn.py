"""Read a bounce: a delivery status notification (RFC 3464) or a non-standard look-alike.

One job: `read_dsn(message, ...) -> DeliveryReport | None`. A `multipart/report;
report-type=delivery-status` message is read field by field (per-recipient blocks, RFC 3464 §2.3);
the original Message-ID comes from its `message/rfc822` or `text/rfc822-headers` part (RFC 6522).
The refused SMTP command comes from the report's human-readable part. Otherwise the
recipients come from delivery-status fields inline in the text, an Amazon SES notification
(`daemon.core.bounce_json`), or, for anything that looks like a bounce (from MAILER-DAEMON,
"Undelivered Mail Returned to Sender", ...), the notice's own words (`daemon.core.bounce_text`);
such a report has `standard=False`, and when no address can be found it carries one recipient with
an empty address. It must never raise and must
not decide hard or soft (`classify` does).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from email.message import Message

from daemon.core.bounce_json import ses_recipients
from daemon.core.bounce_text import human_part, paragraph_of, smtp_command, text_recipients
from daemon.core.mail import REPLY_PREFIX, DeliveryReport, DsnRecipient
from daemon.core.mail_address import read_addresses
from daemon.core.regex_start import guarded

_STATUS_TYPES = ("message/delivery-status", "message/global-delivery-status")  # RFC 3464, 6533
_HEADER_TYPES = ("text/rfc822-headers", "message/global-headers")
_BOUNCE_SENDERS = re.compile(r"^(?:mailer-daemon|post_?master|mail-daemon|mailerdaemon|mdaemon)\b")
# Searched in the lower-cased subject: a case-blind search costs five times as much.
_BOUNCE_SUBJECT_WORDS = (
    r"undeliver|undelivered|returned mail|mail returned|delivery status notification"
    r"|delivery (?:status )?notification|delivery fail|failed delivery|failure delivery"
    r"|mail delivery|failure notice|could not be delivered|non[- ]?delivery|mail system error"
    r"|delivery has failed|delayed mail|message .{0,60} delayed|could not send|error sending"
    r"|unzustellbar|nicht zugestellt|zustellung fehlgeschlagen|non remis|mail failure"
    r"|delivery failure|returning message|delivery error|loop alert|are not member"
    # the localised subjects of delay and failure notices, as a notice's subject begins (a
    # person's "Re: niet afgeleverd" about a parcel is no notice)
    r"|^\s*(?:onbestelbaar|niet (?:afgeleverd|bezorgd)|no se (?:puede|pudo) entregar"
    r"|message en attente|bo[iî]te (?:aux lettres )?pleine"
    r"|non recapitabile"
    # a security gateway's notice: "Message blocked", "Mail rejected"
    r"|(?:message|e-?mail|mail|nachricht|bericht|messaggio|mensaje) (?:blocked|rejected"
    r"|quarantined|blockiert|abgewiesen|geblokkeerd|geweigerd|bloccato|respinto|bloqueado"
    r"|rechazado|(?:was )?not delivered)\b)"
    # the localised "could not be delivered" and "delayed", anywhere in a notice's subject
    r"|zustellung verzögert|übermittlung verzögert|vertraagde (?:aflevering|bezorging)"
    r"|retard (?:de|dans la) (?:remise|distribution)|entrega (?:del mensaje )?retrasada"
    r"|recapito ritardato"
    r"|consegna (?:del messaggio |della e-?mail |dell'e-?mail )?(?:ritardata|non riuscita)"
    r"|ritardo (?:nella|di) consegna"
    r"|kon niet (?:worden )?(?:bezorgd|afgeleverd)|konnte nicht zugestellt|n'a pas pu (?:lui )?être"
    r" (?:remis|distribué)|no (?:se )?(?:ha podido|pudo) (?:ser )?entregar|mensaje no entregado"
    r"|non (?:è stato|ha potuto essere) recapitat|messaggio non (?:recapitato|consegnato)"
    r"|non distribuable|impossible de (?:remettre|distribuer)|impossibile (?:consegnare|recapitare)"
    r"|échec (?:temporaire |définitif )?(?:de (?:la )?)?(?:remise|distribution|livraison)"
    r"|メールエラー|エラー通知|配信(?:不能|エラー)|送信エラー"
)
_BOUNCE_SUBJECT = guarded(re.compile(_BOUNCE_SUBJECT_WORDS))
# Searched in lower-cased text, without IGNORECASE: several times faster over a whole reply.
_BOUNCE_TEXT = guarded(
    re.compile(
        r"could not be delivered to one or more|the following address(?:es)? failed"
        r"|this is the mail system at host|delivery to the following recipients? failed"
        r"|wasn't able to deliver|permanent (?:fatal )?error|\"notificationtype\"\s*:\s*\"bounce\""
        r"|message could not be delivered|delivery has failed to these recipients"
        r"|could not be delivered to:|not a member of this mailing list"
        r"|\\?\"notificationtype\\?\"\s*:\s*\\?\"bounce"
    )
)
# A notice in another dress ("Réponse automatique", "Automatisch antwoord", a provider's own
# words) that says a message was not delivered: a bounce when an RFC 3463 status stands beside it
# (goods "niet afgeleverd" carry none).
_NOT_DELIVERED = guarded(
    re.compile(
        r"(?:was|were|could) not be delivered|undeliverable|delivery (?:has )?failed"
        r"|n['\u2019]a pas pu être (?:distribué|remis|délivré|acheminé)|non distribuable"
        r"|n['\u2019](?:avons|a) pas (?:encore )?pu (?:remettre|distribuer|délivrer|acheminer)"
        r"|impossible de (?:remettre|distribuer)|nicht zugestellt|unzustellbar"
        r"|no (?:se )?(?:ha podido|pudo) (?:ser )?entrega|no se ha entregado|imposible entregar"
        r"|mancata consegna|impedisce la consegna"
        r"|non (?:è stato|può essere|è stato possibile) (?:consegnat|recapitat)"
        r"|impossibile (?:consegnare|recapitare)|niet (?:afgeleverd|bezorgd)|kon niet worden"
        r" (?:afgeleverd|bezorgd)|onbestelbaar"
    )
)
# The returned message's sender named in a provider's own words: 'proveniente da "ar@…"',
# "envoyé par", "gesendet von", "enviado por", "afkomstig van", "sent by".
_SENT_BY = re.compile(
    r"\b(?:proveniente da|inviato da|mittente|envoyé par|expéditeur|gesendet von|absender"
    r"|enviado por|remitente|afkomstig van|verzonden door|afzender|sent by|sender)\W{0,4}"
    r"([\w.+'=-]+@[\w.-]+\w)",
    re.IGNORECASE,
)
_ORIGINAL_FROM = re.compile(r"^[ \t>]*From:[^\n@]*?([\w.+'=-]+@[\w.-]+\w)", re.I | re.M)
# Headers of content-filter gateways (McAfee, SurfControl, ActiveHunter, MX Logic), searched in
# the lower-cased headers, and only where one of their names is there at all (hardly ever).
_FILTER_GATEWAY = re.compile(r"^(?:x-nai-header|x-sef-|x-ahmailid)|@[\w.]*mxlogic\.net", re.M)
_FILTER_GATEWAY_NAMES = ("x-nai-header", "x-sef-", "x-ahmailid", "mxlogic.net")
_MESSAGE_ID = re.compile(r"^[ \t>]*Message-ID:\s*(<[^<>\s]+>)", re.IGNORECASE | re.MULTILINE)
_FIELD = re.compile(r"^([A-Za-z][A-Za-z0-9-]*)\s*:\s*(.*)$")
# The look-ahead first: a position that is no "5.x" is ruled out before the look-behind is tried.
_ENHANCED = re.compile(r"(?=[245]\.\d)(?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d]|\.\d)")


def read_dsn(message: Message, *, subject: str, sender: str, body: str) -> DeliveryReport | None:
    """The bounce report in `message`, or None when it is not a bounce."""
    standard = message.get_content_type() == "multipart/report" and (
        str(message.get_param("report-type", "")).lower() == "delivery-status"
    )
    parts = _typed_parts(message)  # each part's type read once: reading one walks its headers
    text = body or _raw_text(parts)
    if not standard and not _may_report(parts, subject, sender, text):
        return None  # most mail: spare it the bounce readers below
    original = _original_id(parts, body)
    report = _report(parts, text, standard=standard, original=original)
    if report is None and (
        standard or looks_like_bounce(subject=subject, sender=sender, text=text)
    ):
        failed = _header_addresses(message, "X-Failed-Recipients")
        ignore = (sender, *_original_senders(parts, text))
        found = text_recipients(text, ignore=ignore, failed=failed)
        report = DeliveryReport(found, original, standard=False)
    if report is None or not _from_filter_gateway(message):
        return report
    # A content-filter gateway refuses after it has taken the whole message (after DATA).
    gated = tuple(r if r.command else replace(r, command="DATA") for r in report.recipients)
    return replace(report, recipients=gated)


def _may_report(parts: _Parts, subject: str, sender: str, text: str) -> bool:
    """Whether anything `_report` or the non-standard readers look for is there at all: a
    delivery-status part, an SES notice, a recipient field in the text, or a bounce's signs."""
    return (
        any(content_type in _STATUS_TYPES for _part, content_type in parts)
        or "bouncedRecipients" in text
        or "-recipient" in text.lower()
        or looks_like_bounce(subject=subject, sender=sender, text=text)
    )


def _report(parts: _Parts, text: str, *, standard: bool, original: str) -> DeliveryReport | None:
    """The per-recipient delivery-status fields: in their MIME part, else inline in the text
    (a broken MIME structure, or an MTA that writes them into its notice)."""
    notice = human_part(text)
    recipients = _status_recipients(parts, notice) or ses_recipients(text)
    if recipients:
        return DeliveryReport(recipients, original, standard)
    if "-recipient" not in notice.lower():  # no Final- or Original-Recipient field to read
        return None
    inline = tuple(_recipient(b, notice) for b in field_blocks(notice) if _is_recipient(b))
    return DeliveryReport(inline, original, standard=False) if inline else None


def from_mail_system(sender: str) -> bool:
    """Whether `sender` is a mail system's own address (MAILER-DAEMON, postmaster, ...)."""
    return _BOUNCE_SENDERS.match(sender) is not None


def looks_like_bounce(*, subject: str, sender: str, text: str) -> bool:
    """Bounce signs outside the RFC 3464 structure: who sent it, its subject, its first words."""
    head = text[:3000]
    lowered = head.lower()
    return bool(
        _BOUNCE_SENDERS.match(sender)
        # a person's answer ("AW: nicht zugestellt" about goods): its subject is no notice's
        or (_BOUNCE_SUBJECT.search(subject.lower()) and not REPLY_PREFIX.match(subject))
        or _BOUNCE_TEXT.search(lowered)
        or (_NOT_DELIVERED.search(lowered) and _ENHANCED.search(head))
    )


_Parts = list[tuple[Message, str]]


def _typed_parts(message: Message) -> _Parts:
    """Every part with its content type."""
    try:
        parts = list(message.walk())
    except (RecursionError, TypeError, AttributeError):
        parts = [message]
    return [(part, part.get_content_type()) for part in parts]


def _status_recipients(parts: _Parts, notice: str) -> tuple[DsnRecipient, ...]:
    """The per-recipient blocks of the report; `notice` is its human-readable text, which
    often names the refused SMTP command the report leaves out."""
    for part, content_type in parts:
        if content_type in _STATUS_TYPES:
            found = tuple(
                _recipient(block, notice) for block in _status_blocks(part) if _is_recipient(block)
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
            fields
            for block in payload
            if isinstance(block, Message)
            for fields in _per_recipient(
                (name.lower(), " ".join(str(value).split())) for name, value in block.raw_items()
            )
        ]
    return field_blocks(_payload_text(part))


_RECIPIENT_FIELDS = ("final-recipient", "original-recipient")


def _per_recipient(fields: Iterable[tuple[str, str]]) -> list[dict[str, str]]:
    """One block's fields, split where a recipient field comes again: some MTAs (AOL's among
    them) leave out the blank line between recipients (RFC 3464 §2.1 requires one)."""
    blocks: list[dict[str, str]] = [{}]
    for name, value in fields:
        if name in _RECIPIENT_FIELDS and name in blocks[-1]:
            blocks.append({})
        blocks[-1][name] = value
    return blocks


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
            if name in _RECIPIENT_FIELDS and name in blocks[-1]:
                blocks.append({})  # the next recipient, without the blank line (see _per_recipient)
            blocks[-1][name] = match[2].strip()
    return [block for block in blocks if block]


def _is_recipient(block: dict[str, str]) -> bool:
    return "final-recipient" in block or "original-recipient" in block


def _recipient(block: dict[str, str], notice: str) -> DsnRecipient:
    """One per-recipient block; the address type ("rfc822;") is dropped (RFC 3464 §2.3.2)."""
    typed = block.get("final-recipient") or block.get("original-recipient", "")
    address = (typed.partition(";")[2] if ";" in typed else typed).strip().strip("<>").lower()
    diagnostic = block.get("diagnostic-code", "")
    status = _ENHANCED.search(block.get("status", "")) or _ENHANCED.search(diagnostic)
    if status and status[1].endswith(".0.0"):  # "5.0.0" says only the class: a detail may not
        status = _ENHANCED.search(diagnostic) or status
    paragraph = paragraph_of(notice, address) if address else ""
    kind, _, text = diagnostic.partition(";") if ";" in diagnostic else ("", "", diagnostic)
    return DsnRecipient(
        address=address,
        action=(block.get("action", "").split() or [""])[0].lower(),
        status=status[1] if status else "",
        # No Diagnostic-Code: the human-readable part is all the report says about the failure.
        diagnostic=text.strip() or " ".join((paragraph or notice[:600]).split()),
        command=smtp_command(diagnostic) or smtp_command(paragraph) or smtp_command(notice),
        # "x-unix" (RFC 3464 §2.3.6): a local delivery program failed, whatever it printed.
        reason="mailererror" if kind.strip().lower() == "x-unix" else "",
    )


def _raw_text(parts: _Parts) -> str:
    """The text after the headers, for a message whose MIME structure yields no body."""
    texts = []
    for part, _content_type in parts:
        payload = part.get_payload()
        texts += [part.preamble or "", payload if isinstance(payload, str) else ""]
        texts.append(part.epilogue or "")
    return "\n".join(text for text in texts if text.strip())[:20000]


def _header_text(message: Message) -> str:
    return "\n".join(f"{name}: {value}" for name, value in message.raw_items())


def _from_filter_gateway(message: Message) -> bool:
    headers = _header_text(message).lower()
    return any(name in headers for name in _FILTER_GATEWAY_NAMES) and bool(
        _FILTER_GATEWAY.search(headers)
    )


def _original_senders(parts: _Parts, text: str) -> tuple[str, ...]:
    """The returned message's From (our own address): it never is a failed recipient."""
    for part, content_type in parts:
        if content_type in ("message/rfc822", "text/rfc822-headers"):
            # the returned headers as they came, before the whole part as text: serialising a
            # returned message cost a millisecond, more than the rest of reading its bounce
            found = _ORIGINAL_FROM.search(_returned_headers(part)) or _ORIGINAL_FROM.search(
                part.as_string()
            )
            if found:
                return (found[1].lower(),)
    found = _ORIGINAL_FROM.search(text) or _SENT_BY.search(text)
    return (found[1].lower(),) if found else ()


def _returned_headers(part: Message) -> str:
    """The header lines of the message `part` returns, as received ("" when it holds none)."""
    payload = part.get_payload()
    if isinstance(payload, str):
        return payload  # text/rfc822-headers: the headers are its text
    inner = payload[0] if isinstance(payload, list) and payload else None
    return _header_text(inner) if isinstance(inner, Message) else ""


def _header_addresses(message: Message, name: str) -> tuple[str, ...]:
    try:
        values = [str(value) for value in message.get_all(name) or ()]
    except Exception:  # the header registry raises many kinds on bad input
        return ()
    return tuple(a[1].lower() for a in read_addresses(values) if "@" in a[1])


def _original_id(parts: _Parts, body: str) -> str:
    """The bounced message's Message-ID, from the returned message or headers, else the text."""
    for part, content_type in parts:
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
