"""The pre-filters: the strings it says a rule needs are in every text the rule matches, and a
guard for first characters changes no match.

If it ever named a string a match can do without, a reply phrase would silently go unread, so
soundness is checked three ways: on hand-picked expressions, on random expressions over a tiny
alphabet (where matches are frequent), and on every rule of the six reply lexicons and the bounce
reasons against the labelled corpus.
"""

from __future__ import annotations

import re
from pathlib import Path
from re import _parser  # type: ignore[attr-defined]  # the stdlib's own expression parser

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from daemon.core import classify
from daemon.core.bounce_patterns import ALTERNATIVES, PHRASES
from daemon.core.classify_lexicon import _leftmost, index_of
from daemon.core.classify_regex import branches, factor_boundaries
from daemon.core.literal_index import LiteralIndex, required_literals
from daemon.core.mail_parse import parse_mail
from daemon.core.regex_start import guarded

CORPUS = Path(__file__).parent / "corpus"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"\bpaid\b", {"paid"}),
        (r"p(?:aid|ayed)\b", {"paid", "payed"}),
        (r"(?:we|i) (?:have )?paid", {"we have paid", "we paid", "i have paid", "i paid"}),
        (r"[a-z]+ overdue", {" overdue"}),
        (r"(?:cheque|check) (?:no|nr)", {"cheque no", "cheque nr", "check no", "check nr"}),
        (r"x(?:yz)+w", {"yz"}),
    ],
)
def test_required_literals_of_simple_expressions(source: str, expected: set[str]) -> None:
    assert required_literals(re.compile(source)) == frozenset(expected)


@pytest.mark.parametrize("source", [r"a?", r"x*", r"\w+", r"[^.]{3}", r"(a?)\1", r"."])
def test_expressions_that_need_no_string_get_no_filter(source: str) -> None:
    assert required_literals(re.compile(source)) is None


def test_a_case_insensitive_expression_gets_no_filter() -> None:
    """The index is read over lower-cased text; "PAID" matched with IGNORECASE would be missed."""
    assert required_literals(re.compile("paid", re.IGNORECASE)) is None
    assert required_literals(re.compile("(?i:paid)")) is None


_ATOM = st.sampled_from(["a", "b", "c", " ", "[ab]", "."])
_ZERO_WIDTH = st.sampled_from([r"\b", "(?=a)", "(?!b)", "^", "$"])


@st.composite
def _expressions(draw: st.DrawFn, depth: int = 0) -> str:
    """A small random expression over "a", "b", "c" and space."""
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        if depth < 2 and draw(st.booleans()):
            branches = draw(st.lists(_expressions(depth + 1), min_size=1, max_size=3))
            # Bounded repeats of a group: nested unbounded ones can backtrack for minutes.
            quantifier = draw(st.sampled_from(["", "?", "{2}", "{1,2}"]))
            parts.append(f"(?:{'|'.join(branches)}){quantifier}")
            continue
        if draw(st.integers(0, 4)) == 0:
            parts.append(draw(_ZERO_WIDTH))  # an anchor takes no repeat
            continue
        part = draw(_ATOM)
        part += draw(st.sampled_from(["", "", "?", "*", "+", "{2}", "{0,2}", "{1,3}"]))
        parts.append(part)
    return "".join(parts)


@settings(max_examples=400, deadline=None)
@given(_expressions(), st.lists(st.text("abc ", max_size=12), min_size=1, max_size=8))
def test_every_match_contains_a_required_literal(source: str, texts: list[str]) -> None:
    pattern = re.compile(source)
    literals = required_literals(pattern)
    if literals is None:
        return
    for text in texts:
        found = pattern.search(text)
        if found is not None:
            assert any(literal in found[0] for literal in literals), (source, text)


@settings(max_examples=200, deadline=None)
@given(st.lists(_expressions(), min_size=1, max_size=6), st.text("abc \n", max_size=40))
def test_the_index_names_every_rule_that_matches_and_where(sources: list[str], text: str) -> None:
    rules = {index: re.compile(source) for index, source in enumerate(sources)}
    index = LiteralIndex({key: required_literals(rule) for key, rule in rules.items()})
    anywhere, where = index.places(text)
    candidates = index.candidates(text)
    for key, rule in rules.items():
        for found in rule.finditer(text):
            if found.end() == found.start():
                continue  # an empty match needs no string
            assert key in candidates
            if key not in anywhere:
                # Some string of the rule begins inside the match.
                assert any(found.start() <= spot < found.end() for spot in where[key])


def _corpus_texts() -> list[str]:
    texts = []
    for path in sorted(CORPUS.glob("*.eml")):
        mail = parse_mail(path.read_bytes())
        texts.append(f"{mail.subject}\n{mail.body}".lower())
    return texts


def test_reply_rules_never_match_where_the_index_says_they_cannot() -> None:
    texts = _corpus_texts()
    assert len(texts) >= 200
    checked = 0
    for lexicon in classify._LEXICONS:
        for cue, alternatives in lexicon.branches.items():
            for alternative in alternatives:
                for text in texts:
                    found = alternative.pattern.search(text)
                    if found is not None and alternative.literals is not None:
                        checked += 1
                        assert any(s in found[0] for s in alternative.literals), (
                            lexicon.language,
                            cue,
                        )
    assert checked > 300  # the rules do match the corpus: the check is not vacuous


def test_the_alternatives_the_index_names_find_what_the_whole_rule_finds() -> None:
    """Searched only with the alternatives whose strings a text holds, a rule finds the same
    matches, at the same places, as searched with all of them (the whole rule)."""
    index = index_of(classify._LEXICONS)
    compared = 0
    for text in _corpus_texts():
        anywhere, where = index.places(text)
        named = {*anywhere, *where}
        for lexicon in classify._LEXICONS:
            for cue in lexicon.branches:
                picked = sorted(
                    n for language, c, n in named if (language, c) == (lexicon.language, cue)
                )
                whole = [m.span() for m in lexicon.matches(cue, text)]
                assert [m.span() for m in lexicon.matches(cue, text, picked)] == whole, (
                    lexicon.language,
                    cue,
                )
                compared += bool(whole)
    assert compared > 300


@settings(max_examples=400, deadline=None)
@given(
    st.lists(_expressions(), min_size=2, max_size=5),
    st.lists(st.text("abc \n", max_size=16), min_size=1, max_size=4),
)
def test_alternatives_searched_apart_match_as_their_alternation(
    alternatives: list[str], texts: list[str]
) -> None:
    """The leftmost match of any alternative, the first listed where two begin at one place, is
    the alternation's match, step after step."""
    # none can match an empty string (`Lexicon` does not take such a rule apart)
    assume(all(_parser.parse(alternative).getwidth()[0] > 0 for alternative in alternatives))
    patterns = [re.compile(alternative) for alternative in alternatives]
    whole = re.compile("|".join(f"(?:{alternative})" for alternative in alternatives))
    for text in texts:
        assert [m.span() for m in _leftmost(patterns, text)] == [
            m.span() for m in whole.finditer(text)
        ]


def test_a_rule_is_taken_apart_into_its_alternatives_in_order() -> None:
    assert branches(factor_boundaries(r"\bpaid|\bsettled|x|\bsent")) == [
        r"\b(?:paid)",
        r"\b(?:settled)",
        "x",
        r"\b(?:sent)",
    ]
    assert branches(r"\b(?:a|(?:b|c))d|f(?:g|h)") == [r"\b(?:a|(?:b|c))d", "f(?:g|h)"]


def test_bounce_reason_rules_have_filters_and_keep_them() -> None:
    for name, rule in PHRASES.items():
        literals = required_literals(rule)
        assert literals, name  # every reason phrase set needs some string
        for literal in literals:
            # The literal itself, inside a longer text, is never ruled out by the index.
            index = LiteralIndex({name: literals})
            assert name in index.candidates(f"x {literal} y")


def test_a_bounce_reason_matches_where_one_of_its_alternatives_does() -> None:
    texts = [
        *_corpus_texts(),
        *(
            " ".join(literal.split())
            for p in PHRASES.values()
            for literal in required_literals(p) or ()
        ),
    ]
    for name, rule in PHRASES.items():
        for text in texts:
            assert any(alternative.search(text) for alternative in ALTERNATIVES[name]) == bool(
                rule.search(text)
            ), name


@settings(max_examples=300, deadline=None)
@given(_expressions(), st.lists(st.text("abc \n", max_size=16), min_size=1, max_size=6))
def test_a_guarded_expression_matches_exactly_what_it_guards(source: str, texts: list[str]) -> None:
    pattern = re.compile(source)
    guard = guarded(pattern)
    for text in texts:
        assert [m.span() for m in guard.finditer(text)] == [
            m.span() for m in pattern.finditer(text)
        ]


def test_the_guard_lists_the_first_characters_and_spares_what_it_cannot_bound() -> None:
    assert guarded(re.compile(r"\b(?:paid|sent)")).pattern.startswith("(?=[ps])")
    assert guarded(re.compile(r"\s*(?:x|[0-9])")).pattern.startswith(r"(?=[0-9\sx])")
    for source in (r"a?", r".x", r"[^.]x", r"(?i:x)y"):
        assert guarded(re.compile(source)).pattern == source
    assert guarded(re.compile("x", re.IGNORECASE)).pattern == "x"


def test_every_reply_rule_for_lowered_text_matches_as_the_rule_as_written() -> None:
    """Lower-cased, taken apart and guarded, each rule finds what the case-blind rule finds."""
    texts = [text for text in _corpus_original_texts() if len(text.lower()) == len(text)]
    for lexicon in classify._LEXICONS:
        for cue in lexicon.branches:
            written = lexicon.case_blind(cue)
            for text in texts[:80]:
                got = [m.span() for m in lexicon.matches(cue, text.lower())]
                assert got == [m.span() for m in written.finditer(text)], (lexicon.language, cue)


def _corpus_original_texts() -> list[str]:
    return [
        "\n".join(part for part in (mail.subject, mail.body))
        for mail in (parse_mail(path.read_bytes()) for path in sorted(CORPUS.glob("*.eml")))
    ]
