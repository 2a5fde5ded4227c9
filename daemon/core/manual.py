"""What a collector's command does to a customer: calls logged, promises, payments, disputes, holds.

One job: `decide_command(command, situation, config) -> Decision`, the same kind of decision a
reply produces, so the shell stores both the same way. What a customer says on the phone is acted
on exactly as if they had written it: a promise logged from a call goes through the reply policy
(`daemon.core.reply_policy.respond`) as a promise to pay with that date, so it pauses and is
followed up on its day like an emailed one; "it was sent" becomes a payment claim to verify; a
dispute stops the disputed invoices. Every command leaves one history line (a call logged, or a
collector's action) naming who did it. Pure: `situation.now` is the time; nothing is read.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum

from daemon.config.schema import Config
from daemon.core.correlate import Match, Via
from daemon.core.decision import Decision, Situation
from daemon.core.mail import Mail
from daemon.core.records import (
    ClosedReason,
    Contact,
    EventKind,
    FollowUp,
    FollowUpStatus,
    HistoryEvent,
    InvoiceStatus,
    SequenceState,
    SequenceStatus,
)
from daemon.core.reply_policy import respond
from daemon.core.transition import Event, TransitionError, transition
from daemon.core.verdict import Facts, Intent, Verdict


class Action(StrEnum):
    CALL = "log-call"
    PROMISE = "promise"
    PAY = "pay"
    DISPUTE = "dispute"
    RESOLVE = "resolve"
    PAUSE = "pause"
    RESUME = "resume"
    EXCLUDE = "exclude"
    CONTACT = "contact"


class Outcome(StrEnum):
    """What came of a phone call."""

    PROMISE = "promise"  # they gave a date (and maybe an amount)
    SENT = "sent"  # they say it was paid: a claim to verify
    DISPUTE = "dispute"  # they dispute the invoices named (all open ones if none)
    NO_ANSWER = "no-answer"
    LEFT_MESSAGE = "left-message"
    WRONG_NUMBER = "wrong-number"
    OTHER = "other"


# A call's outcome read as the intent of a reply with the same words.
_SPOKEN = {
    Outcome.PROMISE: Intent.PROMISE_TO_PAY,
    Outcome.SENT: Intent.PAYMENT_SENT,
    Outcome.DISPUTE: Intent.DISPUTE,
}


class CommandError(ValueError):
    """The command cannot be carried out as given (one line, for the collector)."""


@dataclass(frozen=True, slots=True)
class Command:
    """One collector's command, as typed (and, for a running daemon, as spooled)."""

    id: str  # unique: names the spooled file and the call's synthetic Message-ID
    action: Action
    customer_id: str
    by: str  # who gave it (the login name)
    invoices: tuple[str, ...] = ()
    day: date | None = None  # the promised day, the day a pause ends, the day it was sent
    amount: Decimal | None = None
    reference: str = ""  # a check number or transfer reference
    outcome: Outcome | None = None  # log-call only
    note: str = ""
    contact: Contact | None = None  # contact only: the AP contact to set or confirm


def decide_command(command: Command, situation: Situation, config: Config) -> Decision:
    """The decision for `command`; a command that cannot apply raises `CommandError`."""
    unknown = [n for n in command.invoices if n not in situation.open_invoices]
    if unknown and command.action not in (Action.RESOLVE, Action.RESUME):
        raise CommandError(f"not an open invoice of {command.customer_id}: {', '.join(unknown)}")
    if command.action is Action.CALL:
        return _call(command, situation, config)
    if command.action is Action.PROMISE:
        return _spoken(command, Intent.PROMISE_TO_PAY, situation, config, EventKind.MANUAL_ACTION)
    if command.action is Action.DISPUTE:
        return _spoken(command, Intent.DISPUTE, situation, config, EventKind.MANUAL_ACTION)
    if command.action is Action.PAY:
        return _pay(command, situation)
    if command.action is Action.CONTACT:
        return _contact(command, situation)
    return _hold(command, situation)


def _call(command: Command, situation: Situation, config: Config) -> Decision:
    outcome = command.outcome or Outcome.OTHER
    intent = _SPOKEN.get(outcome)
    if intent is not None:
        return _spoken(command, intent, situation, config, EventKind.CALL_LOGGED)
    summary = f"call: {outcome}" + (f": {command.note}" if command.note else "")
    return Decision(
        "", summary, history=(_event(command, situation, EventKind.CALL_LOGGED, summary),)
    )


def _spoken(
    command: Command, intent: Intent, situation: Situation, config: Config, kind: EventKind
) -> Decision:
    """What the customer said, acted on as the same words in a reply would be."""
    if intent is Intent.PROMISE_TO_PAY and command.day is None:
        raise CommandError("a promise needs the promised day: --date YYYY-MM-DD")
    if (
        intent is Intent.PROMISE_TO_PAY
        and command.day is not None
        and command.day < situation.today
    ):
        raise CommandError(f"the promised day {command.day} has passed")
    facts = Facts(date=command.day, amount=command.amount, reference=command.reference)
    verdict = Verdict(intent, 1.0, facts, (f"said to {command.by or 'a collector'}",))
    match = Match(command.customer_id, Via.CONTACT, None, command.invoices, "", ("a collector",))
    decision = respond(_as_mail(command, situation), verdict, match, situation, config)
    notes = decision.summary.partition(" (")[2].rstrip(")")
    said = intent.value.replace("_", " ")
    if kind is EventKind.CALL_LOGGED:
        summary = f"call: {said}" + (f": {notes}" if notes else "")
    else:
        summary = f"{command.action.value}: {notes or said}"
    if command.note:
        summary += f" ({command.note})"
    event = _event(command, situation, kind, summary, intent=intent.value)
    return replace(decision, summary=summary, history=(event,))


def _as_mail(command: Command, situation: Situation) -> Mail:
    contact = next((c.email for c in situation.contacts if c.primary), "")
    return Mail(
        message_id=f"<{command.action.value}-{command.id}@dunmail.invalid>",
        in_reply_to=(),
        references=(),
        sender=contact,
        sender_name="",
        reply_to=(),
        recipients=(),
        delivered_to=(),
        subject=f"{command.action.value} by {command.by or 'a collector'}",
        date=situation.now,
        body=command.note,
        reply=command.note,
        language="",
        auto_submitted="",
        dsn=None,
        auth=(),
        attachments=(),
        size=0,
    )


def _pay(command: Command, situation: Situation) -> Decision:
    """Treated as paid until the ledger shows it: the invoices close, marked manual."""
    if not command.invoices:
        raise CommandError("name the invoices that were paid")
    closed = tuple(
        replace(
            situation.open_invoices[number],
            status=InvoiceStatus.CLOSED,
            closed_at=situation.now,
            closed_reason=ClosedReason.MANUAL,
        )
        for number in command.invoices
    )
    summary = f"pay: marked paid by {command.by or 'a collector'}: {', '.join(command.invoices)}"
    event = _event(command, situation, EventKind.MANUAL_ACTION, summary)
    return Decision("", summary, invoices=closed, history=(event,))


def _contact(command: Command, situation: Situation) -> Decision:
    """Set or confirm an AP contact (e.g. the one a wrong-contact reply named): kept across
    exports; as primary it is the one reminders go to. Confirming an address that bounced takes
    its bounce off; a customer held only for a bounce is resumed."""
    given = command.contact
    if given is None or "@" not in given.email:
        raise CommandError("give the contact's email address")
    who = command.by or "a collector"
    email = given.email.lower()
    others = tuple(c for c in situation.contacts if c.email.lower() != email)
    earlier = next((c for c in situation.contacts if c.email.lower() == email), None)
    contact = replace(
        given,
        customer_id=command.customer_id,
        email=email,
        first_name=given.first_name or (earlier.first_name if earlier else ""),
        last_name=given.last_name or (earlier.last_name if earlier else ""),
        phone=given.phone or (earlier.phone if earlier else ""),
        fax=given.fax or (earlier.fax if earlier else ""),
        set_by=who,
    )
    if contact.primary:
        others = tuple(replace(c, primary=False) for c in others)
    state = situation.sequence
    state = replace(
        state, undeliverable=tuple(a for a in state.undeliverable if a.lower() != email)
    )
    notes = [f"contact {'set' if earlier is None else 'confirmed'}: {email}"]
    if contact.primary:
        notes.append("primary")
    if (
        state.status is SequenceStatus.PAUSED
        and state.paused_until is None
        and "bounce" in state.reason
    ):
        state = transition(state, Event.RESUME, situation.now)
        notes.append("reminders resumed (they were held for a bounce)")
    summary = "; ".join(notes) + f" by {who}"
    event = _event(command, situation, EventKind.MANUAL_ACTION, summary, email=email)
    return Decision(
        "",
        summary,
        sequences=(state,) if state != situation.sequence else (),
        contacts=(contact, *others),
        history=(event,),
    )


def _hold(command: Command, situation: Situation) -> Decision:
    state, summary = _held(command, situation)
    sequences = (state,) if state != situation.sequence else ()
    followups: tuple[FollowUp, ...] = ()
    if command.action is Action.EXCLUDE:
        # Nobody will be called back on an excluded customer's word.
        followups = tuple(
            replace(f, status=FollowUpStatus.CANCELLED, closed_at=situation.now, note=summary)
            for f in situation.followups
        )
    event = _event(command, situation, EventKind.MANUAL_ACTION, summary)
    return Decision("", summary, sequences=sequences, followups=followups, history=(event,))


def _held(command: Command, situation: Situation) -> tuple[SequenceState, str]:
    state, now, who = situation.sequence, situation.now, command.by or "a collector"
    why = f"{command.action.value} by {who}" + (f": {command.note}" if command.note else "")
    if command.action is Action.PAUSE:
        if command.day is None or situation.on(command.day) <= now:
            raise CommandError("pause needs a day after today: --until YYYY-MM-DD")
        try:
            state = transition(state, Event.PAUSE, now, until=situation.on(command.day), reason=why)
        except TransitionError as exc:
            raise CommandError(f"{command.customer_id} cannot be paused now: {exc}") from exc
        return state, f"paused until {command.day} by {who}"
    if command.action is Action.EXCLUDE:
        return transition(state, Event.STOP, now, reason=why), f"excluded by {who}: no more email"
    if command.action is Action.RESUME:
        state = replace(transition(state, Event.RESUME, now), soft_bounces=())
        return state, f"resumed by {who}"
    # RESOLVE: the disputes named (all, if none) are settled; reminders may list them again.
    named = set(command.invoices)
    lifted = [n for n in state.disputed_invoices if not named or n in named]
    if not lifted:
        raise CommandError(f"{command.customer_id} has no open dispute to resolve")
    kept = tuple(n for n in state.disputed_invoices if n not in lifted)
    return replace(state, disputed_invoices=kept), f"dispute resolved on {', '.join(lifted)}"


def _event(
    command: Command, situation: Situation, kind: EventKind, summary: str, **more: str
) -> HistoryEvent:
    data = {"command": command.action.value, "by": command.by, "id": command.id, **more}
    if command.note:
        data["note"] = command.note
    if command.outcome is not None:
        data["outcome"] = command.outcome.value
    return HistoryEvent(
        situation.now,
        command.customer_id,
        kind,
        summary,
        command.invoices[0] if len(command.invoices) == 1 else "",
        data,
    )
