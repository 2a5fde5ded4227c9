"""The building blocks of a reply's effects: disputes, blocked addresses, follow-ups, contact
switches and the history entry that documents it all.

One job: small pure functions `daemon.core.reply_policy` composes. They must not choose what to
do with a reply (the policy does) nor read anything but their arguments.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from daemon.core.correlate import Match
from daemon.core.decision import Situation
from daemon.core.freemail import is_free_mail
from daemon.core.mail import Mail
from daemon.core.records import (
    Contact,
    EventKind,
    FollowUp,
    FollowUpKind,
    FollowUpStatus,
    HistoryEvent,
    SequenceState,
)
from daemon.core.verdict import Intent, Verdict


def add_disputes(state: SequenceState, numbers: Iterable[str]) -> SequenceState:
    disputed = tuple(dict.fromkeys((*state.disputed_invoices, *numbers)))
    return replace(state, disputed_invoices=disputed)


def block_addresses(
    state: SequenceState, addresses: Iterable[str], *, unsubscribed: bool
) -> SequenceState:
    """`addresses` taken off automated email: opted out, or undeliverable."""
    wanted = [a.lower() for a in addresses if a]
    if unsubscribed:
        return replace(state, unsubscribed=_merged(state.unsubscribed, wanted))
    return replace(state, undeliverable=_merged(state.undeliverable, wanted))


def _merged(current: tuple[str, ...], more: list[str]) -> tuple[str, ...]:
    have = {a.lower() for a in current}
    return (*current, *dict.fromkeys(a for a in more if a not in have))


def subject_invoices(match: Match, situation: Situation) -> tuple[str, ...]:
    """The open invoices a reply is about: those it names, else those of the email it answers,
    else all of the customer's open invoices."""
    open_numbers = situation.open_invoices
    named = tuple(n for n in match.named_invoices if n in open_numbers)
    if named:
        return named
    answered = tuple(n for n in (match.sent.invoices if match.sent else ()) if n in open_numbers)
    return answered or tuple(sorted(open_numbers))


def follow_up(
    situation: Situation,
    source: str,
    *,
    kind: FollowUpKind,
    due: date,
    match: Match,
    extra: dict[str, str],
) -> tuple[FollowUp, ...]:
    """The new follow-up, and the customer's open ones of the same kind it supersedes."""
    now = situation.now
    new = FollowUp(
        id=f"{source}#{kind.value}",
        customer_id=situation.customer_id,
        kind=kind,
        due=due,
        invoices=subject_invoices(match, situation),
        created_at=now,
        extra=extra,
    )
    superseded = tuple(
        replace(old, status=FollowUpStatus.CANCELLED, closed_at=now, note=f"superseded by {source}")
        for old in situation.followups
        if old.kind is kind and old.status is FollowUpStatus.OPEN and old.id != new.id
    )
    return (*superseded, new)


def switched_contacts(
    situation: Situation, *, old: str, new: str, allowed: bool, authenticated: bool
) -> tuple[tuple[Contact, ...] | None, str]:
    """The customer's contacts with `new` as primary instead of `old`, or None; and why.

    An email can claim anything, so the switch is a person's decision unless the config allows
    it, the reply is authenticated for the customer's own domain, and `new` is in that domain.
    """
    ask = f"suggests writing to {new}: a collector decides"
    old_domain, new_domain = _domain(old), _domain(new)
    if not allowed:
        return None, ask + " (auto_switch_contact is off)"
    if not authenticated:
        return None, ask + " (the reply is not authenticated for the customer's domain)"
    if new_domain != old_domain or is_free_mail(new_domain):
        return None, ask + f" ({new_domain} is not the customer's own domain)"
    kept = tuple(
        replace(c, primary=False) for c in situation.contacts if c.email.lower() != old.lower()
    )
    if any(c.email.lower() == new.lower() for c in kept):
        kept = tuple(c for c in kept if c.email.lower() != new.lower())
    return (Contact(situation.customer_id, new, primary=True), *kept), f"contact switched to {new}"


def _domain(address: str) -> str:
    return address.rpartition("@")[2].lower()


def history_of(
    mail: Mail,
    verdict: Verdict,
    *,
    intent: Intent,
    match: Match,
    situation: Situation,
    before: SequenceState,
    after: SequenceState,
    notes: list[str],
) -> HistoryEvent:
    """The documented record of one handled reply (the seed: document every communication)."""
    summary = f"Reply from {mail.sender or 'an unknown sender'} handled as {intent}"
    if notes:
        summary += ": " + "; ".join(notes)
    facts = verdict.facts
    data: dict[str, Any] = {
        "message_id": mail.message_id,
        "from": mail.sender,
        "subject": mail.subject,
        "intent": intent.value,
        "classified_as": verdict.intent.value,
        "confidence": round(verdict.confidence, 3),
        "reasons": list(verdict.reasons),
        "matched_via": match.via.value,
        "match_reasons": list(match.reasons),
        "invoices": list(match.named_invoices),
        "facts": {
            "date": facts.date.isoformat() if facts.date else "",
            "amount": str(facts.amount) if facts.amount is not None else "",
            "currency": facts.currency,
            "reference": facts.reference,
            "new_contact": facts.new_contact,
            "bounce": facts.bounce.value,
            "status": facts.status,
        },
        "status": [_status(before), _status(after)],
    }
    return HistoryEvent(
        situation.now, situation.customer_id, EventKind.REPLY_HANDLED, summary, data=data
    )


def _status(state: SequenceState) -> str:
    until = f" until {state.paused_until.isoformat()}" if state.paused_until else ""
    return f"{state.status.value}{until}"
