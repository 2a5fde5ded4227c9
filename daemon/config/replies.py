"""Schema of `replies:`: what dunmail does with each kind of customer reply.

One policy per intent. The defaults are conservative: anything that needs judgement is flagged for
a collector, nothing switches contacts by itself, and a dispute stops reminders for the disputed
invoices at once. Auto-replies (RFC 3834) and bounces (RFC 3464 DSNs) are never answered.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Literal, Self

from pydantic import Field, model_validator

from daemon.config.base import Section
from daemon.config.collectors import FolderKey, KeywordKey
from daemon.config.fields import Duration, Line, located

# pause: hold the sequence (pause_business_days, or until a collector resumes it when null)
# stop: end the customer's sequence     stop_invoices: stop only for the invoices named
# defer: hold until a date read from the message   continue: resume if paused   none: no change
Action = Literal["pause", "stop", "stop_invoices", "defer", "continue", "none"]
_TIMED_ACTIONS = ("pause", "defer")


class ReplyPolicy(Section):
    action: Action = "none"
    pause_business_days: int | None = Field(default=None, ge=1)  # for pause/defer
    flag: bool = False  # set \Flagged and list it in the digest for a collector
    folder: FolderKey | None = None  # collectors.folders key to move it to; null: leave it
    keyword: KeywordKey | None = None  # collectors.keywords key to set
    notify: bool = False  # email the digest recipients now instead of in the next digest
    min_confidence: float = Field(default=0.8, ge=0, le=1)  # below: handled as "other"

    @model_validator(mode="after")
    def _days_need_timed_action(self) -> Self:
        if self.pause_business_days is not None and self.action not in _TIMED_ACTIONS:
            message = f'only applies when action is pause or defer (action is "{self.action}")'
            raise located([(("pause_business_days",), message)])
        return self


class PaymentSentPolicy(ReplyPolicy):
    action: Action = "pause"
    pause_business_days: int | None = Field(default=5, ge=1)
    flag: bool = True
    folder: FolderKey | None = "payments"
    keyword: KeywordKey | None = "payment"
    verify_after_business_days: int = Field(default=5, ge=1)  # then check the ledger shows it


class PromiseToPayPolicy(ReplyPolicy):
    action: Action = "pause"  # until the promised date plus grace
    pause_business_days: int | None = Field(default=5, ge=1)  # when no date can be read
    folder: FolderKey | None = "promises"
    keyword: KeywordKey | None = "promise"
    grace_business_days: int = Field(default=2, ge=0)  # after the promised date
    max_promise_days: int = Field(default=30, ge=1)  # a later promise is flagged, not trusted


class DisputePolicy(ReplyPolicy):
    action: Action = "stop_invoices"
    flag: bool = True
    folder: FolderKey | None = "disputes"
    keyword: KeywordKey | None = "dispute"
    notify: bool = True


class PaymentPlanPolicy(ReplyPolicy):
    action: Action = "pause"  # until a collector agrees the plan and resumes
    flag: bool = True
    folder: FolderKey | None = "needs_action"
    keyword: KeywordKey | None = "payment_plan"


class InvoiceRequestPolicy(ReplyPolicy):
    action: Action = "pause"
    pause_business_days: int | None = Field(default=5, ge=1)
    flag: bool = True
    folder: FolderKey | None = "needs_action"
    keyword: KeywordKey | None = "invoice_request"
    attach_invoice_pdf: bool = False  # true: answer at once with the invoice PDFs attached


class WrongContactPolicy(ReplyPolicy):
    action: Action = "pause"  # give a collector time to find the right person
    pause_business_days: int | None = Field(default=5, ge=1)
    flag: bool = True
    folder: FolderKey | None = "needs_action"
    keyword: KeywordKey | None = "wrong_contact"
    auto_switch_contact: bool = False  # true: use an address named in the reply


class UnsubscribePolicy(ReplyPolicy):
    # The address that asked is always taken off automated email; "stop" would also end the
    # reminders to the customer's other contacts.
    action: Action = "none"
    flag: bool = True
    folder: FolderKey | None = "needs_action"
    keyword: KeywordKey | None = "unsubscribe"


class AutoReplyPolicy(ReplyPolicy):
    action: Action = "defer"  # until the return date in the out-of-office message
    pause_business_days: int | None = Field(default=3, ge=1)  # when no return date is found
    folder: FolderKey | None = "processed"
    keyword: KeywordKey | None = "auto_reply"
    max_defer_business_days: int = Field(default=15, ge=1)  # cap on a far-away return date


BounceAction = Literal["stop_contact", "stop", "none"]


class BouncePolicy(ReplyPolicy):
    # `action` applies to a hard bounce: by default the customer waits for a collector to find a
    # working address. A soft bounce only schedules the reminder again.
    action: Action = "pause"
    flag: bool = True
    folder: FolderKey | None = "processed"
    keyword: KeywordKey | None = "bounce"
    hard_action: BounceAction = "stop_contact"  # permanent failure (5.x.x): stop that address
    soft_retry_limit: int = Field(default=3, ge=0)  # transient (4.x.x): resend this often
    soft_retry_after: Duration = timedelta(days=1)


class OtherPolicy(ReplyPolicy):
    action: Action = "pause"  # any human reply: a person reads it before the robot writes again
    pause_business_days: int | None = Field(default=3, ge=1)
    flag: bool = True
    folder: FolderKey | None = "needs_action"
    keyword: KeywordKey | None = "needs_action"
    min_confidence: float = Field(default=0.0, ge=0, le=1)


Unmatched = Literal["leave", "flag"]


class RepliesConfig(Section):
    # Mail that matches no customer: "leave" it untouched (the AR inbox gets other mail too), or
    # "flag" it and file it in needs_action for a person.
    unmatched: Unmatched = "leave"
    # Authentication-Results (RFC 8601) are trusted only from these authserv-ids: your own
    # receiving server's. Anyone can write such a header; empty: no message counts as
    # authenticated, so no contact is ever switched automatically.
    trusted_authserv_ids: tuple[Line, ...] = ()
    payment_sent: PaymentSentPolicy = PaymentSentPolicy()
    promise_to_pay: PromiseToPayPolicy = PromiseToPayPolicy()
    dispute: DisputePolicy = DisputePolicy()
    payment_plan: PaymentPlanPolicy = PaymentPlanPolicy()
    invoice_request: InvoiceRequestPolicy = InvoiceRequestPolicy()
    wrong_contact: WrongContactPolicy = WrongContactPolicy()
    unsubscribe: UnsubscribePolicy = UnsubscribePolicy()
    auto_reply: AutoReplyPolicy = AutoReplyPolicy()
    bounce: BouncePolicy = BouncePolicy()
    other: OtherPolicy = OtherPolicy()
