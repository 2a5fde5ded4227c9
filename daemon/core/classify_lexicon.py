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
from typing import Any

from daemon.core.classify_prefilter import required_literals
from daemon.core.classify_scope import Clause, awaits, clauses, negation_start


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
    DEFERRED = "deferred"  # a payment hung on an awaited event: "we'll pay when we get paid"
    CONTESTED = "contested"  # a dispute, unsubscribe or plan phrase, even negated or conditional
    SUSPECT = "suspect"  # doubts the reminder is genuine: "is this a phish?", "supposedly from you"


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
    # Per cue, text one of which a match must contain (`classify_prefilter`); None: unknown.
    literals: dict[Cue, tuple[str, ...] | None] = field(default_factory=dict, compare=False)

    def compiled(self) -> Lexicon:
        for cue, source in self.cues.items():
            # "[^.]" spans a clause; the dot of "1. Dezember", "1.200" or "Nr. 5" does not end it.
            spanning = source.replace("[^.]", r"(?:[^.]|(?<=\d)\.|\.(?=\s?[\w#]))")
            self.patterns[cue] = re.compile(spanning, re.IGNORECASE)
            self.literals[cue] = required_literals(self.patterns[cue])
        return self


def named_lexicon(language: str, words: Any, names: Mapping[str, object]) -> Lexicon:
    """A language's `Lexicon` from its module: the phrase of `Cue.X` is the module's `_X` (in
    `names`, its `vars()`) or its word module's `X`; the scope words are the word module's `NEG`,
    `COND` and `FUTURE`. Cues neither defines are left out."""
    cues: dict[Cue, str] = {}
    for cue in Cue:
        source = names.get(f"_{cue.name}", getattr(words, cue.name, None))
        if isinstance(source, str):
            cues[cue] = source
    return Lexicon(language, words.NEG, words.COND, words.FUTURE, cues).compiled()


@dataclass(frozen=True, slots=True)
class Hit:
    cue: Cue
    language: str
    phrase: str  # the words that matched
    clause: str  # the clause they were found in


_BLOCKERS: dict[tuple[str, bool, bool], re.Pattern[str]] = {}


def _blocker(lexicon: Lexicon, cue: Cue) -> re.Pattern[str]:
    past, conditional = cue in _PAST_ONLY, cue in _UNCONDITIONAL
    key = (lexicon.language, past, conditional)
    if key not in _BLOCKERS:
        parts = [lexicon.negation] + ([lexicon.condition] if past or conditional else [])
        parts += [lexicon.future] if past else []
        _BLOCKERS[key] = re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)
    return _BLOCKERS[key]


# Cues that a contest leaves weakened: a payment claim beside them needs a person's look.
_CONTESTS = (Cue.DISPUTE, Cue.UNSUBSCRIBE, Cue.PLAN)


def _negation(lexicon: Lexicon) -> re.Pattern[str]:
    key = (lexicon.language, False, False)
    if key not in _BLOCKERS:
        _BLOCKERS[key] = re.compile(lexicon.negation, re.IGNORECASE)
    return _BLOCKERS[key]


def find_cues(
    text: str, lexicons: Iterable[Lexicon], languages: frozenset[str] | None = None
) -> dict[Cue, Hit]:
    """The first affirmed phrase per cue, in reading order, over all `lexicons`; besides them
    `Cue.DEFERRED` (a payment awaiting an event) and `Cue.CONTESTED` (a contest phrase at all).
    With `languages`, only a contest is looked for in the lexicons of the others (a safety net
    worth its cost); the rest of them is not read."""
    hits: dict[Cue, Hit] = {}
    parts = clauses(text)
    lowered = "\n".join(part.text for part in parts).lower()
    for lexicon in lexicons:
        skipped = languages is not None and lexicon.language not in languages
        for cue, pattern in lexicon.patterns.items():
            if cue in hits and (cue not in _CONTESTS or Cue.CONTESTED in hits):
                continue
            if skipped and cue not in _CONTESTS:
                continue
            literals = lexicon.literals.get(cue)
            if literals is not None and not any(text in lowered for text in literals):
                continue  # none of the words it needs is there: it cannot match
            hit = _first_affirmed(cue, pattern, parts, lexicon, hits)
            if hit is not None and cue not in hits:
                hits[cue] = hit
    return hits


def _first_affirmed(
    cue: Cue, pattern: re.Pattern[str], parts: list[Clause], lexicon: Lexicon, hits: dict[Cue, Hit]
) -> Hit | None:
    blocker = None if cue in _NEGATION_FREE else _blocker(lexicon, cue)
    bound = cue in _PAST_ONLY or cue in _UNCONDITIONAL
    for part in parts:
        clause = part.text
        for match in pattern.finditer(clause):
            if cue in _CONTESTS and Cue.CONTESTED not in hits:
                hits[Cue.CONTESTED] = Hit(Cue.CONTESTED, lexicon.language, match[0], clause)
            if cue in hits:
                return None
            if bound:
                if _bound_affirmed(cue, match, part, lexicon, hits):
                    return Hit(cue, lexicon.language, match[0], clause)
                continue
            # A "not" in a subclause before the cue says nothing of it ("que no se terminó").
            start = negation_start(clause, match.start())
            if blocker is None or not blocker.search(clause, start, match.start()):
                return Hit(cue, lexicon.language, match[0], clause)
    return None


def _bound_affirmed(
    cue: Cue, match: re.Match[str], part: Clause, lexicon: Lexicon, hits: dict[Cue, Hit]
) -> bool:
    """A payment made or promised: cancelled inside its own words too ("haben nicht bezahlt"), by
    a question ("I thought we paid this?"), and hung on an awaited event it is a deferral."""
    clause = part.text
    negated = _negation(lexicon).search(clause, 0, match.end())
    blocked = _blocker(lexicon, cue).search(clause, 0, match.end()) is not None
    conditional = awaits(clause) or (blocked and cue is Cue.PROMISE)
    if negated is None and conditional and Cue.DEFERRED not in hits and not part.question:
        hits[Cue.DEFERRED] = Hit(Cue.DEFERRED, lexicon.language, match[0], clause)
    return not blocked and not (part.question and cue in _PAST_ONLY)
