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
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from re import _parser  # type: ignore[attr-defined]  # the stdlib's own expression parser
from typing import Any, cast

from daemon.core.classify_regex import branches, factor_boundaries
from daemon.core.classify_scope import Clause, awaits, clauses, negation_start
from daemon.core.literal_index import LiteralIndex, literals_of
from daemon.core.regex_start import compile_guarded, compile_parsed_guarded


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
    DECLINED = "declined"  # a payment made or promised, read but negated, conditional or asked


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
    # Each cue's rule as the sources say it, searched with IGNORECASE (`case_blind`).
    sources: dict[Cue, str] = field(default_factory=dict, compare=False)
    # The same rules for lower-cased text, without IGNORECASE (about three times faster), taken
    # apart into their alternatives (`branches`), each compiled with the strings one of which its
    # matches contain: a text is searched only with those whose strings it holds. The whole rule,
    # alone, where it is one alternative or will not split. `matches` searches with them.
    branches: dict[Cue, tuple[_Branch, ...]] = field(default_factory=dict, compare=False)

    def widened(self, casual: Mapping[Cue, str]) -> Lexicon:
        """This lexicon with the phrases of `casual` (a register's word families), compiled."""
        return replace(self, cues=widen(self.cues, casual)).compiled()

    def compiled(self) -> Lexicon:
        for cue, source in self.cues.items():
            # "[^.]" spans a clause; the dot of "1. Dezember", "1.200" or "Nr. 5" does not end it.
            spanning = factor_boundaries(
                source.replace("[^.]", r"(?:[^.]|(?<=\d)\.|\.(?=\s?[\w#]))")
            )
            self.sources[cue] = spanning
            lowered = lowercase_literals(spanning)
            self.branches[cue] = _branches(lowered) or (_whole(lowered),)
        return self

    def matches(
        self, cue: Cue, lowered: str, picked: Iterable[int] | None = None
    ) -> Iterator[re.Match[str]]:
        """The matches of `cue`'s rule in `lowered` (a lower-cased text), left to right, found
        with its alternatives numbered `picked` (all of them by default): the others must be
        unable to match there."""
        alternatives = self.branches[cue]
        chosen = alternatives if picked is None else [alternatives[n] for n in picked]
        return _leftmost([alternative.pattern for alternative in chosen], lowered)

    def case_blind(self, cue: Cue) -> re.Pattern[str]:
        """The rule of `cue` for text that cannot be lower-cased in place ("İ"): compiled on the
        first such text (the `re` module keeps it)."""
        return re.compile(self.sources[cue], re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Branch:
    """One alternative of a rule for lower-cased text, and the strings one of which each of its
    matches contains (None: no such set, it is searched wherever the rule is)."""

    pattern: re.Pattern[str]
    literals: frozenset[str] | None


def _whole(lowered: str) -> _Branch:
    tree = _parser.parse(lowered)  # read once for the guard and for the literals
    return _Branch(compile_guarded(lowered, tree), literals_of(tree))


def _branches(lowered: str) -> tuple[_Branch, ...]:
    """The alternatives of a rule (`branches`) compiled one by one; () when it has but one, or
    when one of them will not stand alone (a back-reference to another) or matches nothing."""
    parts = branches(lowered)
    if len(parts) < 2:
        return ()
    found = []
    for part in parts:
        try:
            tree = _parser.parse(part)
        except re.error:
            return ()
        literals = literals_of(tree)
        # An empty match would make `_leftmost` step differently from the whole; a match that
        # contains a string is never empty.
        if literals is None and tree.getwidth()[0] == 0:
            return ()
        found.append(_Branch(compile_parsed_guarded(tree), literals))
    return tuple(found)


def named_lexicon(
    language: str, words: Any, names: Mapping[str, object], casual: Mapping[Cue, str] | None = None
) -> Lexicon:
    """A language's `Lexicon` from its module: the phrase of `Cue.X` is the module's `_X` (in
    `names`, its `vars()`) or its word module's `X`, widened by `casual`; the scope words are the
    word module's `NEG`, `COND` and `FUTURE`. Cues none of them defines are left out."""
    cues: dict[Cue, str] = {}
    for cue in Cue:
        source = names.get(f"_{cue.name}", getattr(words, cue.name, None))
        if isinstance(source, str):
            cues[cue] = source
    return Lexicon(
        language, words.NEG, words.COND, words.FUTURE, widen(cues, casual or {})
    ).compiled()


def widen(cues: Mapping[Cue, str], casual: Mapping[Cue, str]) -> dict[Cue, str]:
    """`cues` with the phrases of `casual` (a register's word families) as alternatives."""
    widened = dict(cues)
    for cue, source in casual.items():
        widened[cue] = f"{widened[cue]}|{source}" if cue in widened else source
    return widened


@dataclass(frozen=True, slots=True)
class _Span:
    """Where a rule matched, and the words there as written (`match[0]` of the original)."""

    begin: int
    finish: int
    words: str

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def __getitem__(self, group: int) -> str:
        if group != 0:
            raise IndexError(group)
        return self.words


def lowercase_literals(source: str) -> str:
    """`source` for lower-cased text: its letters lower-cased, escapes ("\\W", "\\S", "\\B")
    left as they are, so that without IGNORECASE it matches lowered text as the original did."""
    out, index = [], 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            out.append(source[index : index + 2])
            index += 2
            continue
        if source.startswith("(?P<", index) or source.startswith("(?P=", index):
            end = source.index(">" if source[index + 3] == "<" else ")", index)
            out.append(source[index : end + 1])  # group names keep their case
            index = end + 1
            continue
        out.append(char.lower())
        index += 1
    return "".join(out)


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
    # Each clause lower-cased once, or None where lowering would move characters ("İ").
    lowers = [_lowered(part.text) for part in parts]
    chosen = tuple(lexicons)
    places = _places(chosen, parts, lowers)
    for lexicon in chosen:
        skipped = languages is not None and lexicon.language not in languages
        for cue in lexicon.branches:
            if cue in hits and (cue not in _CONTESTS or Cue.CONTESTED in hits):
                continue
            if skipped and cue not in _CONTESTS:
                continue
            read = places((lexicon.language, cue))
            if read:
                hit = _first_affirmed(cue, read, lexicon, hits, net=skipped)
                if hit is not None and cue not in hits:
                    hits[cue] = hit
    return hits


# A rule is a (language, cue); a key of the index is one of its alternatives (its number in
# `Lexicon.branches`).
_Rule = tuple[str, Cue]
_Key = tuple[str, Cue, int]
_INDEXES: dict[frozenset[int], LiteralIndex[_Key]] = {}
# What a rule is searched with in a clause: the numbers of the alternatives that could match
# there, or None for all of them.
_Read = list[tuple[Clause, str | None, tuple[int, ...] | None]]


def _places(
    lexicons: tuple[Lexicon, ...], parts: list[Clause], lowers: list[str | None]
) -> Callable[[_Rule], _Read]:
    """For a (language, cue) rule, the clauses it could match in, in reading order, each with
    the alternatives of the rule that could: one scan of the lowered text for the words the
    alternatives need, instead of one search per rule and clause. Every clause for every rule,
    with all its alternatives, where a clause could not be lowered."""
    if any(lowered is None for lowered in lowers):
        every: _Read = [(part, lowered, None) for part, lowered in zip(parts, lowers, strict=True)]
        return lambda _rule: every
    starts, offset = [], 0
    for lowered in cast(list[str], lowers):
        starts.append(offset)
        offset += len(lowered) + 1
    # A string found across the joint of two clauses only costs a needless search.
    anywhere, where = index_of(lexicons).places("\n".join(cast(list[str], lowers)))
    found: dict[_Rule, dict[int, set[int]]] = {}
    for language, cue, branch in (*anywhere, *where):
        spots = range(len(parts)) if (language, cue, branch) in anywhere else (
            bisect_right(starts, spot) - 1 for spot in where[(language, cue, branch)]
        )  # fmt: skip
        clauses_found = found.setdefault((language, cue), {})
        for index in spots:
            clauses_found.setdefault(index, set()).add(branch)

    def clauses_of(rule: _Rule) -> _Read:
        return [
            (parts[index], lowers[index], tuple(sorted(picked)))
            for index, picked in sorted(found.get(rule, {}).items())
        ]

    return clauses_of


def index_of(lexicons: Iterable[Lexicon]) -> LiteralIndex[_Key]:
    """The literal index over `lexicons`' rules, alternative by alternative, built on first use
    (a tenth of a second)."""
    chosen = tuple(lexicons)
    key = frozenset(id(lexicon) for lexicon in chosen)
    if key not in _INDEXES:
        rules = {
            (lexicon.language, cue, number): alternative.literals
            for lexicon in chosen
            for cue, alternatives in lexicon.branches.items()
            for number, alternative in enumerate(alternatives)
        }
        _INDEXES[key] = LiteralIndex(rules)
    return _INDEXES[key]


def _lowered(clause: str) -> str | None:
    """`clause` lower-cased when that keeps every character in place (it does but for a few
    letters such as "İ"), so positions found in it are the clause's own; else None."""
    lowered = clause.lower()
    return lowered if len(lowered) == len(clause) else None


def _first_affirmed(
    cue: Cue, read: _Read, lexicon: Lexicon, hits: dict[Cue, Hit], *, net: bool = False
) -> Hit | None:
    """The first phrase of `cue` in `read` that no negation, condition or future takes back.
    As a safety net over a text in another language (`net`), only a phrase of several words
    counts: one word ("rota", "disput") is too often a word of the text's own language."""
    blocker = None if cue in _NEGATION_FREE else _blocker(lexicon, cue)
    bound = cue in _PAST_ONLY or cue in _UNCONDITIONAL
    for part, lowered, picked in read:
        clause = part.text
        for found in _matches(lexicon, cue, clause, lowered, picked):
            # The phrase as the sender wrote it (the match may be in the lower-cased clause).
            match = _trimmed(clause, found.start(), found.end())
            if net and " " not in match[0].strip():
                continue
            if (
                cue in _CONTESTS
                and Cue.CONTESTED not in hits
                and not _none_after(lexicon, clause, match)
            ):
                hits[Cue.CONTESTED] = Hit(Cue.CONTESTED, lexicon.language, match[0], clause)
            if cue in hits:
                return None
            if bound:
                if _bound_affirmed(cue, match, part, lexicon, hits):
                    return Hit(cue, lexicon.language, match[0], clause)
                hits.setdefault(Cue.DECLINED, Hit(Cue.DECLINED, lexicon.language, match[0], clause))
                continue
            # A "not" in a subclause before the cue says nothing of it ("que no se terminó").
            start = negation_start(clause, match.start())
            if blocker is None or not (
                blocker.search(clause, start, match.start())
                or _negated_after(lexicon, clause, match)
            ):
                return Hit(cue, lexicon.language, match[0], clause)
    return None


def _matches(
    lexicon: Lexicon, cue: Cue, clause: str, lowered: str | None, picked: tuple[int, ...] | None
) -> Iterator[re.Match[str]]:
    """The matches of `cue`'s rule in `clause`: case-blind where it could not be lowered, else
    in `lowered`, with the alternatives `picked` (all where None)."""
    if lowered is None:
        return lexicon.case_blind(cue).finditer(clause)
    return lexicon.matches(cue, lowered, picked)


def _leftmost(patterns: list[re.Pattern[str]], text: str) -> Iterator[re.Match[str]]:
    """The matches the alternation of `patterns` (in this order) finds in `text`, left to right
    and without overlap, found with each pattern apart: at each step the leftmost match of any,
    the first of them where two begin at one place. None of them matches an empty string."""
    if len(patterns) == 1:
        yield from patterns[0].finditer(text)
        return
    pending = [pattern.search(text) for pattern in patterns]
    while True:
        best: re.Match[str] | None = None
        for found in pending:
            if found is not None and (best is None or found.start() < best.start()):
                best = found
        if best is None:
            return
        yield best
        end = best.end()
        for number, found in enumerate(pending):
            if found is not None and found.start() < end:
                pending[number] = patterns[number].search(text, end)


_PADDING = " \t\n,;:"  # what a rule anchored at a clause's start may take in before its words


def _trimmed(clause: str, start: int, end: int) -> _Span:
    """The span of a match without the spaces and commas a rule anchored at a clause's start
    took in."""
    phrase = clause[start:end]
    if not phrase.strip(_PADDING):
        return _Span(start, end, phrase)
    start += len(phrase) - len(phrase.lstrip(_PADDING))
    end -= len(phrase) - len(phrase.rstrip(_PADDING))
    return _Span(start, end, clause[start:end])


# German and Dutch put "not" after the verb of a main clause: "den Betrag bestreiten wir nicht",
# "het bedrag betwisten we niet".
_NOT_AFTER = re.compile(
    r"\w*(?:\s+(?:wir|we|wij|ich|ik|sie|u|jullie|het|das|dies|dat|die|den|deze|diese|zelf|selbst"
    r"|ook|auch|ja|doch|ausdrücklich|uitdrukkelijk)){0,3}\s+(?:nicht|niet|keineswegs|geenszins)\b",
    re.IGNORECASE,
)


def _negated_after(lexicon: Lexicon, clause: str, match: _Span) -> bool:
    return (
        lexicon.language in ("de", "nl") and _NOT_AFTER.match(clause, match.end()) is not None
    ) or _none_after(lexicon, clause, match)


def _none_after(lexicon: Lexicon, clause: str, match: _Span) -> bool:
    """Whether the contest word is said to be absent: "Beanstandungen gibt es keine"."""
    return lexicon.language in ("de", "nl") and _NONE_AFTER.match(clause, match.end()) is not None


# A noun put first, denied at the end: "Beanstandungen gibt es keine", "klachten hebben we geen".
_NONE_AFTER = re.compile(
    r"\w*\s+(?:gibt es|gab es|haben wir|hatten wir|liegen|lagen|bestehen|zijn er|waren er"
    r"|hebben we|hebben wij)\s+(?:\w+\s+)?(?:keine|keinerlei|geen|geene)\b",
    re.IGNORECASE,
)


# A participle put first for weight, "not" at the end: "bezahlt ist die Rechnung noch nicht",
# "overgemaakt hebben we het nog niet".
_FRONTED_NOT = re.compile(r"(?:\s+\w+){0,4}?\s+(?:noch\s+|nog\s+)?(?:nicht|niet)\b", re.I)


def _fronted_and_denied(lexicon: Lexicon, clause: str, match: _Span) -> bool:
    return (
        lexicon.language in ("de", "nl")
        and not clause[: match.start()].strip()
        and _FRONTED_NOT.match(clause, match.end()) is not None
    )


def _bound_affirmed(
    cue: Cue, match: _Span, part: Clause, lexicon: Lexicon, hits: dict[Cue, Hit]
) -> bool:
    """A payment made or promised: cancelled inside its own words too ("haben nicht bezahlt"), by
    a question ("I thought we paid this?"), and hung on an awaited event it is a deferral."""
    clause = part.text
    if _fronted_and_denied(lexicon, clause, match):
        return False
    negated = _negation(lexicon).search(clause, 0, match.end())
    blocked = _blocker(lexicon, cue).search(clause, 0, match.end()) is not None
    conditional = awaits(clause) or (blocked and cue is Cue.PROMISE)
    if negated is None and conditional and Cue.DEFERRED not in hits and not part.question:
        hits[Cue.DEFERRED] = Hit(Cue.DEFERRED, lexicon.language, match[0], clause)
    return not blocked and not (part.question and cue in _PAST_ONLY)
