"""What a reply says: its intent, the facts read from it, and how sure the reading is.

One job: the `Intent` and `Verdict` records that `classify(mail) -> Verdict` returns and the reply
policy (`daemon.core.reply_policy`) acts on. Data only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum


class Intent(StrEnum):
    PAYMENT_SENT = "payment_sent"  # "we paid": verify against the ledger
    PROMISE_TO_PAY = "promise_to_pay"  # "we will pay on ..."
    DISPUTE = "dispute"  # the invoice is wrong, the goods were not received, ...
    PAYMENT_PLAN = "payment_plan"  # asks to pay in instalments
    INVOICE_REQUEST = "invoice_request"  # asks for a copy of the invoice
    WRONG_CONTACT = "wrong_contact"  # "I am not the right person; write to ..."
    UNSUBSCRIBE = "unsubscribe"  # asks to get no more of these emails
    AUTO_REPLY = "auto_reply"  # out of office and other automatic replies (RFC 3834)
    BOUNCE = "bounce"  # a delivery status notification (RFC 3464) or a look-alike
    OTHER = "other"  # a person wrote something else


class BounceKind(StrEnum):
    NONE = ""
    HARD = "hard"  # permanent (5.x.x): the address does not work
    SOFT = "soft"  # transient (4.x.x): mailbox full, server busy, ...


@dataclass(frozen=True, slots=True)
class Facts:
    """What was read from the message; empty fields were not found."""

    date: date | None = None  # promised payment date, date paid, or out-of-office return date
    amount: Decimal | None = None  # promised or paid amount
    currency: str = ""  # ISO 4217 when stated
    reference: str = ""  # check number, bank or transfer reference
    new_contact: str = ""  # the address a wrong-contact reply points to (lower case)
    bounce: BounceKind = BounceKind.NONE
    bounced: tuple[str, ...] = ()  # addresses a bounce reports as failed (lower case)
    status: str = ""  # the bounce's enhanced status code (RFC 3463), e.g. "5.1.1"


@dataclass(frozen=True, slots=True)
class Verdict:
    intent: Intent
    confidence: float  # 0..1
    facts: Facts = Facts()
    reasons: tuple[str, ...] = ()  # readable: which rules fired, on what text
