"""What dunmail does with a customer's reply: the per-intent policy of `replies:` applied.

One job: `respond(mail, verdict, match, situation, config) -> Decision`, the way a careful
collector would: a dispute stops the disputed invoices at once, an unsubscribe takes that address
off automated email at once, a promise pauses until its day and is followed up that very day, a
payment claim is verified, an out-of-office defers, a bounce stops a dead address, and any other
human reply pauses the robot until a person has read it. Status changes go through the one state
table (`daemon.core.transition`). Pure; it must not read the clock, the store or the mailbox.
Automatic mail (RFC 3834 auto-replies, RFC 3464 bounces) is never answered.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from daemon.config.replies import AutoReplyPolicy, BouncePolicy, ReplyPolicy
from daemon.config.schema import Config
from daemon.core.correlate import Match
from daemon.core.decision import Answer, Decision, Filing, Resend, Situation
from daemon.core.mail import Mail
from daemon.core.records import FollowUpKind, SequenceState
from daemon.core.reply_effects import (
    add_disputes,
    block_addresses,
    follow_up,
    history_of,
    subject_invoices,
    switched_contacts,
)
from daemon.core.transition import Event, transition
from daemon.core.verdict import BounceKind, Intent, Verdict


@dataclass
class _Work:
    """One reply's effects, gathered while the policy is applied."""

    mail: Mail
    verdict: Verdict
    match: Match
    situation: Situation
    config: Config
    intent: Intent
    policy: ReplyPolicy
    state: SequenceState
    notes: list[str] = field(default_factory=list)
    decision: Decision = field(default_factory=lambda: Decision("", ""))

    def move(self, event: Event, *, until: datetime | None = None, why: str = "") -> None:
        self.state = transition(self.state, event, self.situation.now, until=until, reason=why)

    def note(self, text: str) -> None:
        self.notes.append(text)


def respond(
    mail: Mail,
    verdict: Verdict,
    match: Match,
    situation: Situation,
    config: Config,
    *,
    authenticated: bool = False,
) -> Decision:
    """The decision for a reply from `match.customer_id`; `authenticated`: the mail is vouched
    for the customer's own domain (see `daemon.core.authenticity`)."""
    intent, policy, why = _effective(verdict, config)
    work = _Work(mail, verdict, match, situation, config, intent, policy, situation.sequence)
    if why:
        work.note(why)
    _HANDLERS.get(intent, _generic)(work)
    if intent is Intent.WRONG_CONTACT:
        _wrong_contact(work, authenticated=authenticated)
    return _finish(work)


def _effective(verdict: Verdict, config: Config) -> tuple[Intent, ReplyPolicy, str]:
    """The intent acted on: below the policy's min_confidence a reply is handled as "other"."""
    replies = config.replies
    policy: ReplyPolicy = getattr(replies, verdict.intent.value)
    if verdict.confidence < policy.min_confidence:
        why = (
            f"read as {verdict.intent} with confidence {verdict.confidence:.2f}, below "
            f"{policy.min_confidence}: handled as other"
        )
        return Intent.OTHER, replies.other, why
    return verdict.intent, policy, ""


# -- the generic action ------------------------------------------------------------------------


def _generic(work: _Work, *, until: datetime | None = None) -> None:
    """The policy's `action`; `until` overrides the end of a pause or defer."""
    action, policy = work.policy.action, work.policy
    label = f"{work.intent} reply"
    if action in ("pause", "defer"):
        days = policy.pause_business_days
        end = until or (work.situation.after_business_days(days) if days else None)
        if end is None:
            work.move(Event.HOLD, why=f"{label}: until a collector resumes")
        elif end > work.situation.now:
            event = Event.DEFER if action == "defer" else Event.PAUSE
            work.move(event, until=end, why=f"{label}: until {end.date().isoformat()}")
    elif action == "stop":
        work.move(Event.STOP, why=label)
    elif action == "stop_invoices":
        _dispute(work)
    elif action == "continue":
        work.move(Event.CONTINUE, why=label)


def _dispute(work: _Work) -> None:
    named = [n for n in work.match.named_invoices if n in work.situation.open_invoices]
    numbers = named or sorted(work.situation.open_invoices)
    work.state = add_disputes(work.state, numbers)
    which = ", ".join(numbers) if numbers else "no open invoice"
    work.note(f"disputed: {which}" + ("" if named else " (none named: all open invoices)"))


# -- intents with their own rules --------------------------------------------------------------


def _payment_sent(work: _Work) -> None:
    _generic(work)
    policy = work.config.replies.payment_sent
    facts = work.verdict.facts
    due = work.situation.calendar.add_business_days(
        work.situation.today, policy.verify_after_business_days
    )
    extra = {
        "claimed_date": facts.date.isoformat() if facts.date else "",
        "reference": facts.reference,
        "claimed_amount": str(facts.amount) if facts.amount is not None else "",
    }
    _add_followup(work, FollowUpKind.PAYMENT_CHECK, due, extra)
    work.note(f"verify payment by {due.isoformat()}")


def _promise(work: _Work) -> None:
    policy = work.config.replies.promise_to_pay
    promised, situation = work.verdict.facts.date, work.situation
    if promised is None:
        work.note("no date could be read: a collector should confirm one")
        _generic(work)
        return
    if (promised - situation.today).days > policy.max_promise_days:
        work.note(f"promised {promised}: beyond {policy.max_promise_days} days, not trusted")
        work.decision = replace(work.decision, filing=Filing(flagged=True))
        _generic(work)
        return
    # Follow up on the promised day itself; a promise for today or earlier, on the next
    # business day, so the money has a chance to arrive.
    due = max(promised, situation.calendar.add_business_days(situation.today, 1))
    end = situation.on(situation.calendar.add_business_days(due, policy.grace_business_days))
    _generic(work, until=end)
    facts = work.verdict.facts
    extra = {
        "promised_date": promised.isoformat(),
        "promised_amount": str(facts.amount) if facts.amount is not None else "",
        "promised_on": situation.today.isoformat(),
    }
    _add_followup(work, FollowUpKind.PROMISE, due, extra)
    work.note(f"promise for {promised.isoformat()}: follow up that day if still unpaid")


def _unsubscribe(work: _Work) -> None:
    address = work.match.contact or work.mail.sender
    work.state = block_addresses(work.state, [address], unsubscribed=True)
    work.note(f"{address} takes no more automated email")
    _generic(work)


def _auto_reply(work: _Work) -> None:
    policy: AutoReplyPolicy = work.config.replies.auto_reply
    back, situation = work.verdict.facts.date, work.situation
    until = None
    if back is not None and back >= situation.today:
        cap = situation.calendar.add_business_days(situation.today, policy.max_defer_business_days)
        # Back on `back`: the first business day after it, so the reminder is not the first
        # thing waiting in a full inbox.
        resume = min(situation.calendar.add_business_days(back, 1), cap)
        until = situation.on(resume)
        work.note(f"away until {back.isoformat()}: next step from {resume.isoformat()}")
    _generic(work, until=until)


def _bounce(work: _Work) -> None:
    policy: BouncePolicy = work.config.replies.bounce
    facts, sent = work.verdict.facts, work.match.sent
    failed = list(facts.bounced) or ([sent.recipient] if sent else [])
    if facts.bounce is BounceKind.SOFT:
        soft = (*work.state.soft_bounces, *failed)
        work.state = replace(work.state, soft_bounces=soft)
        worst = max((soft.count(a) for a in failed), default=0)
        if worst < policy.soft_retry_limit:
            _soft_retry(work, policy)
            return
        work.note(f"{worst} soft bounces in a row: treated as permanent")
    if policy.hard_action == "stop_contact":
        work.state = block_addresses(work.state, failed, unsubscribed=False)
        work.note(f"undeliverable: {', '.join(failed) or 'unknown address'}; needs a new contact")
    elif policy.hard_action == "stop":
        work.move(Event.STOP, why="bounce: the address does not work")
    _generic(work)


def _soft_retry(work: _Work, policy: BouncePolicy) -> None:
    sent = work.match.sent
    at = work.situation.now + timedelta(seconds=policy.soft_retry_after.total_seconds())
    if sent is not None:
        resend = Resend(sent.message_id, at)
        work.decision = replace(work.decision, resends=(*work.decision.resends, resend))
        work.note(f"temporary failure: the reminder goes again after {at.isoformat()}")
    else:
        work.note("temporary failure of a message not known as ours: nothing to resend")
    work.decision = replace(work.decision, filing=Filing(flagged=False))


def _invoice_request(work: _Work) -> None:
    _generic(work)
    if not work.config.replies.invoice_request.attach_invoice_pdf:
        return
    contact, situation = work.match.contact, work.situation
    if work.mail.is_automatic:
        return  # never answer an automatic message (RFC 3834 §2)
    if not contact or situation.sequence.blocked(contact):
        # Invoices go only to the customer's own AP contacts, never to whoever asks.
        work.note("not from a known contact: a collector sends the invoices")
        return
    wanted = subject_invoices(work.match, situation)
    with_pdf = tuple(n for n in wanted if situation.open_invoices[n].pdf_path)
    if not with_pdf:
        work.note("no invoice PDF in the ledger: a collector sends the invoices")
        return
    thread = (*work.mail.references, work.mail.message_id)
    answer = Answer("invoice_copy", contact, with_pdf, tuple(dict.fromkeys(thread)))
    work.decision = replace(work.decision, answers=(answer,))
    work.note(f"invoice copies sent to {contact}: {', '.join(with_pdf)}")


def _wrong_contact(work: _Work, *, authenticated: bool) -> None:
    new = work.verdict.facts.new_contact
    if not new:
        work.note("no new address given: a collector should find the right person")
        return
    switch, why = switched_contacts(
        work.situation,
        old=work.match.contact or work.mail.sender,
        new=new,
        allowed=work.config.replies.wrong_contact.auto_switch_contact,
        authenticated=authenticated,
    )
    work.note(why)
    if switch is not None:
        work.decision = replace(work.decision, contacts=switch)


def _add_followup(work: _Work, kind: FollowUpKind, due: date, extra: dict[str, str]) -> None:
    followups = follow_up(
        work.situation, work.mail.message_id, kind=kind, due=due, match=work.match, extra=extra
    )
    work.decision = replace(work.decision, followups=(*work.decision.followups, *followups))


_HANDLERS = {
    Intent.PAYMENT_SENT: _payment_sent,
    Intent.PROMISE_TO_PAY: _promise,
    Intent.UNSUBSCRIBE: _unsubscribe,
    Intent.AUTO_REPLY: _auto_reply,
    Intent.BOUNCE: _bounce,
    Intent.INVOICE_REQUEST: _invoice_request,
}


def _finish(work: _Work) -> Decision:
    collectors, policy = work.config.collectors, work.policy
    keywords = [collectors.keywords.processed]
    if policy.keyword is not None:
        keywords.append(getattr(collectors.keywords, policy.keyword))
    decided = work.decision.filing
    soft_bounce = work.intent is Intent.BOUNCE and work.decision.resends
    filing = Filing(
        keywords=tuple(keywords),
        flagged=(policy.flag or decided.flagged) and not soft_bounce,
        folder=getattr(collectors.folders, policy.folder) if policy.folder else None,
    )
    before = work.situation.sequence
    changed = (work.state,) if work.state != before else ()
    summary = f"{work.match.customer_id}: {work.intent}" + (
        f" ({'; '.join(work.notes)})" if work.notes else ""
    )
    history = history_of(
        work.mail,
        work.verdict,
        intent=work.intent,
        match=work.match,
        situation=work.situation,
        before=before,
        after=work.state,
        notes=work.notes,
    )
    return replace(
        work.decision,
        intent=work.intent.value,
        summary=summary,
        filing=filing,
        sequences=changed,
        history=(history,),
    )
