"""A received email as the core sees it: the parts that decide where it belongs and what it says.

One job: the `Mail` record and its parts. Data only; `daemon.core.mail_parse.parse_mail` builds it
from raw bytes without ever raising. Classification (`daemon.core.classify`) and correlation
(`daemon.core.correlate`) work on `Mail` alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

# The prefix a mail client puts before a subject it answers or forwards ("Re:", "AW:", "Fwd:",
# "Rif:", "Antw:", "TR:", "Re[2]:"): what follows is the subject of another message.
REPLY_PREFIX = re.compile(
    r"^\s*(?:re|aw|sv|antw|wg|fw|fwd|tr|rif|r|ris|rv|doorst|res)\s*(?:\[\d+\])?\s*:", re.I
)


@dataclass(frozen=True, slots=True)
class DsnRecipient:
    """One per-recipient block of a delivery status notification (RFC 3464 §2.3)."""

    address: str  # Final-Recipient (else Original-Recipient) addr-spec, lower case
    action: str  # "failed", "delayed", "delivered", "relayed", "expanded" (lower case)
    status: str  # "5.1.1"; "" when absent
    diagnostic: str = ""  # Diagnostic-Code text, one line
    command: str = ""  # the SMTP command the remote host refused ("RCPT", "DATA", ...); ""
    reason: str = ""  # a cause the report states outright (e.g. "userunknown"); "" to work out

    @property
    def permanent(self) -> bool:
        """A permanent failure (status class 5, RFC 3463 §3.1)."""
        return self.action == "failed" and self.status.startswith("5")


@dataclass(frozen=True, slots=True)
class DeliveryReport:
    """A bounce: a DSN (RFC 3464) or a non-standard one read as well as it could be."""

    recipients: tuple[DsnRecipient, ...]
    original_message_id: str = ""  # Message-ID of the bounced message, "<...>", when included
    standard: bool = True  # multipart/report; report-type=delivery-status


@dataclass(frozen=True, slots=True)
class AuthResult:
    """One method result of an Authentication-Results header (RFC 8601)."""

    authserv_id: str  # who added the header; only our own server's may be trusted (§5)
    method: str  # "spf", "dkim", "dmarc" (lower case)
    result: str  # "pass", "fail", ... (lower case)
    domain: str  # header.d / header.from / smtp.mailfrom domain it vouches for (lower case)


@dataclass(frozen=True, slots=True)
class Mail:
    """The parts of a received email that dunmail reads. Addresses are lower-case addr-specs."""

    message_id: str  # "<id@host>"; a stable synthetic "<sha256hex@dunmail.invalid>" when missing
    in_reply_to: tuple[str, ...]  # "<...>" msg-ids (RFC 5322 §3.6.4)
    references: tuple[str, ...]  # "<...>" msg-ids, oldest first
    sender: str  # From addr-spec
    sender_name: str  # From display name
    reply_to: tuple[str, ...]  # Reply-To addr-specs
    recipients: tuple[str, ...]  # To and Cc addr-specs
    delivered_to: tuple[str, ...]  # Delivered-To / X-Original-To / Envelope-To addr-specs
    subject: str  # decoded (RFC 2047), one line
    date: datetime | None  # the Date header, timezone-aware; None when missing or broken
    body: str  # the text: text/plain, else text/html turned into text; "" when none
    reply: str  # `body` without quoted earlier messages and signature (what the sender wrote now)
    language: str  # "en", "de", ... from Content-Language or a guess; "" when unknown
    auto_submitted: str  # why it is automatic (RFC 3834 Auto-Submitted, X-Autoreply, ...); ""
    dsn: DeliveryReport | None  # set when the message is a bounce
    auth: tuple[AuthResult, ...]  # every Authentication-Results method result, top header first
    attachments: tuple[str, ...]  # file names of attached parts
    size: int  # bytes as received
    truncated: bool = False  # only the head of a very large message was read
    problems: tuple[str, ...] = ()  # what could not be decoded, one readable line each

    @property
    def is_automatic(self) -> bool:
        return bool(self.auto_submitted) or self.dsn is not None
