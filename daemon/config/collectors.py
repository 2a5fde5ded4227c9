"""Schema of `collectors:`: the people who handle what dunmail cannot, and where they find it.

Classified replies are filed into IMAP folders and tagged with IMAP keywords, so collectors work
from their own mail client. Keywords must be RFC 3501 atoms; a bad one would make the server reject
every STORE, so it is refused here instead.
"""

from __future__ import annotations

from datetime import time
from typing import Literal, Self, get_args

from pydantic import Field, model_validator

from daemon.config.base import Section
from daemon.config.fields import EmailAddress, Keyword, Line, TimeOfDay, located

FolderKey = Literal["needs_action", "disputes", "promises", "payments", "processed", "quarantine"]
KeywordKey = Literal[
    "processed",
    "needs_action",
    "dispute",
    "promise",
    "payment",
    "payment_plan",
    "invoice_request",
    "wrong_contact",
    "unsubscribe",
    "auto_reply",
    "bounce",
    "quarantine",
]


class CollectorFolders(Section):
    """IMAP folders (created if missing); "/" is the hierarchy separator, as most servers use."""

    needs_action: Line = "AR/Needs action"  # a collector must read and decide
    disputes: Line = "AR/Disputes"
    promises: Line = "AR/Promises"
    payments: Line = "AR/Payments"  # "we paid": waiting for the ledger to show it
    processed: Line = "AR/Processed"  # handled automatically, kept for the record
    quarantine: Line = "AR/Quarantine"  # messages that crashed processing


class CollectorKeywords(Section):
    """IMAP keywords set on classified messages, searchable in any mail client."""

    processed: Keyword = "$AR-Processed"  # on every message dunmail has handled
    needs_action: Keyword = "$AR-NeedsAction"
    dispute: Keyword = "$AR-Dispute"
    promise: Keyword = "$AR-Promise"
    payment: Keyword = "$AR-Payment"
    payment_plan: Keyword = "$AR-PaymentPlan"
    invoice_request: Keyword = "$AR-InvoiceRequest"
    wrong_contact: Keyword = "$AR-WrongContact"
    unsubscribe: Keyword = "$AR-Unsubscribe"
    auto_reply: Keyword = "$AR-AutoReply"
    bounce: Keyword = "$AR-Bounce"
    quarantine: Keyword = "$AR-Quarantine"

    @model_validator(mode="after")
    def _distinct(self) -> Self:
        # Keywords are case-insensitive on most servers; two roles sharing one would be ambiguous.
        first: dict[str, str] = {}
        problems = []
        for key in get_args(KeywordKey):
            value = getattr(self, key).lower()
            if value in first:
                problems.append(((key,), f"is the same keyword as {first[value]}"))
            first.setdefault(value, key)
        if problems:
            raise located(problems)
        return self


class CommandFolders(Section):
    """Folders a collector moves a message into to give dunmail an order (created if missing).

    The message says which customer (and invoices) it is about, as a reply would; once carried
    out it is moved on to `folders.processed`.
    """

    resume: Line = "AR/Resume"  # resume the customer's reminders (lifts a pause, a stop, a dispute)
    paid: Line = "AR/Mark paid"  # treat the invoices it names as paid until the ledger shows them
    stop: Line = "AR/Stop"  # stop the customer's reminders until resumed


class CollectorsConfig(Section):
    digest_recipients: tuple[EmailAddress, ...] = ()  # empty: no daily digest
    digest_time: TimeOfDay = time(8, 0)  # local time (schedule.timezone) of the daily digest
    folders: CollectorFolders = CollectorFolders()
    keywords: CollectorKeywords = CollectorKeywords()
    commands: CommandFolders = CommandFolders()
    # A collector's own email to a customer (seen in Sent) pauses reminders this long: the robot
    # never talks over a person.
    own_reply_pause_business_days: int = Field(default=5, ge=1)
    command_poll_seconds: float = Field(default=10.0, gt=0)  # how often Sent and commands are read
