"""Collectors' orders, given from their mail client: a message moved into a command folder, or
their own email to a customer seen in Sent.

One job: `carry_out(order, ...)` and `own_email(...)` return the `Decision` for them: resume,
mark paid, stop; and pause the robot while a person is talking to the customer. Pure; it must not
touch the store or the mailbox.
"""

from __future__ import annotations

from dataclasses import replace
from enum import StrEnum

from daemon.config.schema import Config
from daemon.core.correlate import Match
from daemon.core.decision import Decision, Filing, Situation
from daemon.core.mail import Mail
from daemon.core.records import ClosedReason, EventKind, HistoryEvent, InvoiceStatus
from daemon.core.transition import Event, transition


class Order(StrEnum):
    RESUME = "resume"
    PAID = "paid"
    STOP = "stop"


def carry_out(
    order: Order, mail: Mail, match: Match, situation: Situation, config: Config
) -> Decision:
    """What moving `mail` into the `order` folder asks for; the message then goes to processed."""
    done = Filing(
        keywords=(config.collectors.keywords.processed,), folder=config.collectors.folders.processed
    )
    if order is Order.RESUME:
        decision = _resume(match, situation)
    elif order is Order.STOP:
        state = transition(
            situation.sequence, Event.STOP, situation.now, reason="a collector's order"
        )
        decision = Decision(
            "", f"{situation.customer_id}: stopped by a collector", sequences=(state,)
        )
    else:
        decision = _paid(match, situation)
        if not decision.invoices:
            # Nothing to mark: hand it back to a person rather than guess.
            done = Filing(
                keywords=(config.collectors.keywords.needs_action,),
                flagged=True,
                folder=config.collectors.folders.needs_action,
            )
    event = HistoryEvent(
        situation.now,
        situation.customer_id,
        EventKind.MANUAL_ACTION,
        decision.summary,
        data={"order": order.value, "message_id": mail.message_id, "subject": mail.subject},
    )
    return replace(decision, filing=done, history=(event,))


def _resume(match: Match, situation: Situation) -> Decision:
    state = transition(situation.sequence, Event.RESUME, situation.now)
    named = set(match.named_invoices)
    # A resume lifts the disputes of the invoices the message names; naming none, all of them.
    kept = tuple(n for n in state.disputed_invoices if named and n not in named)
    lifted = [n for n in state.disputed_invoices if n not in kept]
    state = replace(state, disputed_invoices=kept, soft_bounces=())
    summary = f"{situation.customer_id}: resumed by a collector"
    if lifted:
        summary += f"; dispute lifted on {', '.join(lifted)}"
    return Decision("", summary, sequences=(state,))


def _paid(match: Match, situation: Situation) -> Decision:
    open_invoices = situation.open_invoices
    numbers = [n for n in match.named_invoices if n in open_invoices] or [
        n for n in (match.sent.invoices if match.sent else ()) if n in open_invoices
    ]
    closed = tuple(
        replace(
            open_invoices[n],
            status=InvoiceStatus.CLOSED,
            closed_at=situation.now,
            closed_reason=ClosedReason.MANUAL,
        )
        for n in numbers
    )
    if not closed:
        why = "no open invoice of the customer is named in it: left for a person"
        return Decision("", f"{situation.customer_id}: mark paid: {why}")
    summary = f"{situation.customer_id}: marked paid by a collector: {', '.join(numbers)}"
    return Decision("", summary, invoices=closed)


def own_email(mail: Mail, situation: Situation, config: Config) -> Decision:
    """A collector wrote to the customer: the robot holds back for a while."""
    days = config.collectors.own_reply_pause_business_days
    until = situation.after_business_days(days)
    why = f"a collector wrote to the customer on {situation.today.isoformat()}"
    state = transition(situation.sequence, Event.PAUSE, situation.now, until=until, reason=why)
    summary = f"{situation.customer_id}: reminders paused until {until.date()}: {why}"
    event = HistoryEvent(
        situation.now,
        situation.customer_id,
        EventKind.EMAIL_SENT,
        f"Email from a collector to {', '.join(mail.recipients)}: {mail.subject}",
        data={"message_id": mail.message_id, "by": "collector", "subject": mail.subject},
    )
    changed = (state,) if state != situation.sequence else ()
    return Decision("", summary, sequences=changed, history=(event,))
