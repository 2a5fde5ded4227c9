"""Domain records shared by the core and the shell.

Records are frozen: "update" one with `dataclasses.replace`. States and kinds are `StrEnum`s so they
serialise to readable JSON in the store. This module defines data only, no behaviour beyond
derived properties.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any


class InvoiceStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class ClosedReason(StrEnum):
    PAID = "paid"  # still in the export, open balance reached zero
    REMOVED = "removed"  # no longer in the open-invoice export
    MANUAL = "manual"  # closed by a collector


class SequenceStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    STOPPED = "stopped"


class OutboxStatus(StrEnum):
    PENDING = "pending"  # planned and durably recorded, not yet handed to SMTP
    SENDING = "sending"  # handed to SMTP; outcome unknown until recorded
    SENT = "sent"
    FAILED = "failed"  # permanent failure, never retried automatically
    CANCELLED = "cancelled"  # nothing left to ask (paid, disputed, paused) before it went out


class OutboxKind(StrEnum):
    REMINDER = "reminder"  # a cadence step: sending it advances the sequence
    FOLLOWUP = "followup"  # a promise or payment-claim follow-up: the cadence stays where it is
    RESEND = "resend"  # the same reminder again after a soft bounce
    INVOICE_COPY = "invoice_copy"  # the invoice PDFs a customer asked for, answering that email


class FollowUpKind(StrEnum):
    PROMISE = "promise"  # "we will pay on ...": follow up on that very day if unpaid
    PAYMENT_CHECK = "payment_check"  # "we paid": verify; still unpaid later, ask for details


class FollowUpStatus(StrEnum):
    OPEN = "open"  # waiting for its day
    SENT = "sent"  # the day came, still unpaid: follow-up sent, on the call list
    KEPT = "kept"  # the invoices were paid: nothing to do
    CANCELLED = "cancelled"  # superseded (a newer promise) or resolved by a collector


class EventKind(StrEnum):
    CUSTOMER_ADDED = "customer_added"
    CUSTOMER_CHANGED = "customer_changed"
    CONTACT_CHANGED = "contact_changed"
    INVOICE_ADDED = "invoice_added"
    INVOICE_CHANGED = "invoice_changed"
    INVOICE_PAID_PART = "invoice_paid_part"
    INVOICE_DUE_DATE_CHANGED = "invoice_due_date_changed"
    INVOICE_CLOSED = "invoice_closed"
    INVOICE_REOPENED = "invoice_reopened"
    LEDGER_IMPORTED = "ledger_imported"
    EMAIL_SENT = "email_sent"
    EMAIL_RECEIVED = "email_received"
    STATE_CHANGED = "state_changed"
    MANUAL_ACTION = "manual_action"
    CALL_LOGGED = "call_logged"
    REPLY_HANDLED = "reply_handled"
    FOLLOWUP_CHANGED = "followup_changed"
    DIGEST = "digest"  # the collectors' daily digest (customer_id ""), recorded before and after
    NOTICE = "notice"  # a collector told at once of an urgent reply, recorded before and after


@dataclass(frozen=True, slots=True)
class Customer:
    id: str
    name: str
    tags: tuple[str, ...] = ()
    timezone: str | None = None  # IANA name; None means the company's zone
    language: str | None = None  # "en", "de", ...; None means the company's default
    country: str | None = None  # ISO 3166-1 alpha-2


@dataclass(frozen=True, slots=True)
class Contact:
    """An accounts-payable person at a customer; one per customer is primary."""

    customer_id: str
    email: str
    first_name: str = ""
    last_name: str = ""
    phone: str = ""
    fax: str = ""
    primary: bool = False
    # Who set this contact by hand ("": it came from the ledger export). A collector's contact
    # outlives the next export, which knows nothing of it.
    set_by: str = ""

    @property
    def display_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


@dataclass(frozen=True, slots=True)
class Invoice:
    number: str
    customer_id: str
    issue_date: date
    due_date: date
    amount: Decimal
    balance: Decimal  # open balance; < amount after partial payments
    currency: str
    po_number: str = ""
    terms: str = ""
    pdf_path: str = ""
    pay_link: str = ""
    status: InvoiceStatus = InvoiceStatus.OPEN
    closed_at: datetime | None = None
    closed_reason: ClosedReason | None = None

    @property
    def is_credit_note(self) -> bool:
        return self.amount < 0

    def days_overdue(self, today: date) -> int:
        """Days past the original due date; negative before it."""
        return (today - self.due_date).days


@dataclass(frozen=True, slots=True)
class HistoryEvent:
    """One line of a customer's documented history (the seeds: document every communication)."""

    at: datetime
    customer_id: str
    kind: EventKind
    summary: str
    invoice: str = ""
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SequenceState:
    """Where a customer (or, in per-invoice mode, one invoice) stands in its reminder cadence."""

    customer_id: str
    invoice: str = ""  # set in per-invoice mode: the sequence follows this invoice alone
    status: SequenceStatus = SequenceStatus.ACTIVE
    cadence: str = ""
    last_step: str = ""  # name of the step last sent
    last_step_index: int = -1  # its index in the cadence; -1: nothing sent yet
    repeats_sent: int = 0  # how often the repeating last step was sent again
    last_sent_at: datetime | None = None
    paused_until: datetime | None = None
    reason: str = ""
    thread: tuple[str, ...] = ()  # Message-IDs sent in this sequence, oldest first (RFC 5322 3.6.4)
    disputed_invoices: tuple[str, ...] = ()  # never listed until a collector resolves them
    undeliverable: tuple[str, ...] = ()  # contact addresses the server refused permanently
    # The invoice whose due date placed the last step (the first one it listed). While a courtesy
    # note's driver is still open and not overdue, its batch counts as announced (core/plan_steps).
    driver: str = ""
    unsubscribed: tuple[str, ...] = ()  # contact addresses that asked for no more reminders
    # One entry per soft bounce of an address since its last successful contact: N in a row
    # count as a hard bounce (replies.bounce.soft_retry_limit).
    soft_bounces: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return sequence_key(self.customer_id, self.invoice)

    def blocked(self, address: str) -> bool:
        """Whether automated email must not go to `address` (bounced for good, or opted out)."""
        wanted = address.lower()
        return any(a.lower() == wanted for a in (*self.undeliverable, *self.unsubscribed))


def sequence_key(customer_id: str, invoice: str = "") -> str:
    """The store key of a sequence: the customer, or customer#invoice in per-invoice mode."""
    return f"{customer_id}#{invoice}" if invoice else customer_id


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """A reminder recorded before it is sent, so a crash can never send it twice.

    It holds the plan, not the rendered bytes: the message is rendered right before sending
    from the ledger as it is then, under the Message-ID fixed here.
    """

    message_id: str
    customer_id: str
    recipient: str
    step: str
    invoices: tuple[str, ...]
    planned_at: datetime
    status: OutboxStatus = OutboxStatus.PENDING
    attempts: int = 0
    sent_at: datetime | None = None
    error: str = ""
    cadence: str = ""
    step_index: int = 0
    repeat: int = 0  # 0 for a step's first sending, n for its n-th repeat
    template: str = ""
    language: str = ""
    sequence_invoice: str = ""  # per-invoice mode: the invoice whose sequence this advances
    next_attempt_at: datetime | None = None  # after a temporary (4xx) failure
    references: tuple[str, ...] = ()  # earlier Message-IDs of the thread (In-Reply-To: the last)
    subject: str = ""
    sending_since: datetime | None = None  # when it was last handed to SMTP (crash recovery)
    filed: bool = False  # its copy is in the IMAP Sent folder, where collectors see it
    kind: OutboxKind = OutboxKind.REMINDER
    # What a follow-up refers to (see `daemon.core.context.ReminderRequest.extra`).
    extra: dict[str, str] = field(default_factory=dict)
    followup: str = ""  # the FollowUp this email carries out, by id

    @property
    def sequence_key(self) -> str:
        return sequence_key(self.customer_id, self.sequence_invoice)


@dataclass(frozen=True, slots=True)
class FollowUp:
    """A customer's word to check on a given day: a promise to pay, or a claim to have paid."""

    id: str  # the Message-ID of the reply it came from, + "#" + kind
    customer_id: str
    kind: FollowUpKind
    due: date  # the customer's local date to check (and to follow up on when still unpaid)
    invoices: tuple[str, ...]  # what it is about; all the customer's open invoices when unnamed
    created_at: datetime
    extra: dict[str, str] = field(default_factory=dict)  # promised_date, claimed_amount, ...
    status: FollowUpStatus = FollowUpStatus.OPEN
    closed_at: datetime | None = None
    message_id: str = ""  # the follow-up email, once planned
    note: str = ""


@dataclass(frozen=True, slots=True)
class InboundMessage:
    """A message read from the AR inbox, logged once it was handled."""

    message_id: str
    folder: str
    uidvalidity: int
    uid: int
    received_at: datetime
    customer_id: str = ""
    intent: str = ""
    handled_at: datetime | None = None
    # How it was filed for the collectors; applied again if a crash fell before the mailbox
    # was updated (the store is written first).
    keywords: tuple[str, ...] = ()
    flagged: bool = False
    moved_to: str = ""


@dataclass(frozen=True, slots=True)
class ImapCursor:
    """How far a folder was processed (RFC 3501 UIDVALIDITY + last handled UID)."""

    folder: str
    uidvalidity: int
    last_uid: int
