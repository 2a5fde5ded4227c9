"""The shape of one language's reply vocabulary, and how a clause is searched with it.

One job: the `Cue` names (what a phrase is evidence of), the `Lexicon` record each
`daemon.core.classify_rules_<lang>` module fills in, and `find_cues(text, lexicons)`, which returns
the first affirmed phrase per cue. A phrase counts only in a clause where no negation (and, for a
payment already made, no condition and no future or modal marker) comes before it in the same
clause: "we have not paid", "if we paid twice", "we will have paid" do not claim a payment. It must
not decide the intent (`daemon.core.classify` weighs the cues) and must not do IO.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Cue(StrEnum):
    UNSUBSCRIBE = "unsubscribe"  # stop emailing; post only; "talk to our lawyer"
    DISPUTE = "dispute"  # contests the invoice or the delivery
    PLAN = "payment_plan"  # instalments, more time, reduced amount, hardship
    REQUEST = "invoice_request"  # needs a document or detail before paying
    WRONG_CONTACT = "wrong_contact"  # not the right person / mailbox
    REDIRECT = "redirect"  # "please write to ..." (counts only with an address or a team named)
    PAID = "payment_sent"  # past or perfect: paid, sent, released, a payment advice
    PROMISE = "promise_to_pay"  # future: will pay, scheduled, next check run
    ABSENT = "absent"  # the body of an out-of-office reply
    TICKET = "ticket"  # a ticket system's acknowledgement
    GONE = "gone"  # the address is no longer read (an auto-reply that means wrong_contact)


# Cues whose phrase must not follow a negation, condition or future marker in its clause.
_PAST_ONLY = frozenset({Cue.PAID})
# Cues that a condition before them cancels too: "if we pay by card" promises nothing.
_UNCONDITIONAL = frozenset({Cue.PROMISE})
# Cues that a negation before them does not cancel (the sender's own "not" is part of them).
_NEGATION_FREE = frozenset({Cue.ABSENT, Cue.TICKET, Cue.GONE})


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One language's phrases: regular-expression sources, compiled once by `compiled`."""

    language: str
    negation: str  # words that cancel a cue after them in the clause
    condition: str  # "if", "once": a payment under a condition is not a payment made
    future: str  # future and modal markers: "will have paid" is not "paid"
    cues: Mapping[Cue, str]
    patterns: dict[Cue, re.Pattern[str]] = field(default_factory=dict, compare=False)

    def compiled(self) -> Lexicon:
        for cue, source in self.cues.items():
            # "[^.]" spans a clause; the dot of "1. Dezember" or "1.200" does not end it.
            spanning = source.replace("[^.]", r"(?:[^.]|(?<=\d)\.)")
            self.patterns[cue] = re.compile(spanning, re.IGNORECASE)
        return self


@dataclass(frozen=True, slots=True)
class Hit:
    cue: Cue
    language: str
    phrase: str  # the words that matched
    clause: str  # the clause they were found in


# A clause: negation rarely reaches over a comma or a conjunction that starts a new claim; a dot
# or comma between digits ("1. Dezember", "1,200") belongs to the clause.
_CLAUSE = re.compile(r"(?:(?<=\d)[.,](?=\s?\d)|(?<=\d)\.(?= \w)|[^.!?\n;,:])+")
# A conjunction that gives a reason or a contrast starts a new scope: in "we have not paid because
# the goods never arrived" the "not" says nothing about the arrival.
_SCOPE = re.compile(
    r"\b(?:because|but|since|however|although|though|weil|aber|denn|jedoch|sondern|parce que|mais"
    r"|car|puisque|porque|pero|sino|ya que|omdat|maar|want|aangezien|perché|perche|ma|poiché"
    r"|però)\b",
    re.IGNORECASE,
)
_BLOCKERS: dict[tuple[str, bool, bool], re.Pattern[str]] = {}


def _blocker(lexicon: Lexicon, cue: Cue) -> re.Pattern[str]:
    past, conditional = cue in _PAST_ONLY, cue in _UNCONDITIONAL
    key = (lexicon.language, past, conditional)
    if key not in _BLOCKERS:
        parts = [lexicon.negation] + ([lexicon.condition] if past or conditional else [])
        parts += [lexicon.future] if past else []
        _BLOCKERS[key] = re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)
    return _BLOCKERS[key]


def find_cues(text: str, lexicons: Iterable[Lexicon]) -> dict[Cue, Hit]:
    """The first affirmed phrase per cue, in reading order, over all `lexicons`."""
    hits: dict[Cue, Hit] = {}
    clauses = [
        part for match in _CLAUSE.finditer(text) for part in _SCOPE.split(match[0]) if part.strip()
    ]
    for lexicon in lexicons:
        for cue, pattern in lexicon.patterns.items():
            if cue in hits:
                continue
            hit = _first_affirmed(cue, pattern, clauses, lexicon)
            if hit is not None:
                hits[cue] = hit
    return hits


def _first_affirmed(
    cue: Cue, pattern: re.Pattern[str], clauses: list[str], lexicon: Lexicon
) -> Hit | None:
    blocker = None if cue in _NEGATION_FREE else _blocker(lexicon, cue)
    for clause in clauses:
        for match in pattern.finditer(clause):
            # A tense-bound claim is also cancelled inside its own words ("haben nicht bezahlt").
            end = match.end() if cue in _PAST_ONLY or cue in _UNCONDITIONAL else match.start()
            if blocker is None or not blocker.search(clause, 0, end):
                return Hit(cue, lexicon.language, match[0], clause)
    return None
