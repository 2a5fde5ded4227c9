"""Schema of `outbound:`: how reminders are addressed, threaded, attached, paced and retried."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from daemon.config.base import Section
from daemon.config.fields import ConfigPath, Host


class RetryConfig(Section):
    """Temporary (4xx) SMTP failures: retried with exponential backoff, never forever."""

    max_attempts: int = Field(default=6, ge=1)  # then the reminder is marked failed and flagged
    first_delay_seconds: float = Field(default=60.0, gt=0)  # doubled after each failure ...
    max_delay_seconds: float = Field(default=3600.0, gt=0)  # ... up to this


class OutboundConfig(Section):
    # Days the customer is asked to pay within, counted from the day the reminder is sent.
    pay_within_days: int = Field(default=7, ge=1, le=60)
    # Reply-To "ar+<token>@domain" so replies correlate even when threading headers are lost.
    plus_address_reply_to: bool = False
    # RFC 3834 Auto-Submitted value; null (default) leaves it out so out-of-office replies,
    # which carry return dates, still come back to us.
    auto_submitted: Literal["auto-generated"] | None = None
    # Domain of the Message-IDs (null: the domain of company.from_address).
    message_id_domain: Host | None = None
    # Attach the invoice PDF named in the ledger; relative paths are relative to pdf_directory.
    attach_pdfs: bool = True
    pdf_directory: ConfigPath | None = None  # null: the directory of the ledger file
    max_attachment_mb: float = Field(default=10.0, gt=0)  # larger PDFs are linked, not attached
    # At most this many messages a minute through the SMTP server (provider limits).
    max_per_minute: int = Field(default=60, ge=1)
    # SMTP connections used at once, each carrying one message at a time. More send faster when
    # the server is slow to answer; a crash can leave up to this many reminders for recovery.
    connections: int = Field(default=1, ge=1, le=16)
    # Proof that the SMTP server accepted a message: the AR mailbox also receives it (an
    # envelope-only copy, no header shows it). After a crash between the server's acceptance and
    # our record, dunmail looks for that copy before sending again, so nothing goes out twice.
    acceptance_copy: bool = True
    # How long to wait for that copy to arrive before deciding a message was never accepted.
    acceptance_wait_seconds: float = Field(default=120.0, ge=0)
    retry: RetryConfig = RetryConfig()
