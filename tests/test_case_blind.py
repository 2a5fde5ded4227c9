"""A case-blind pattern searched in lower-cased text finds what IGNORECASE finds, as written."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from daemon.core.case_blind import CaseBlind

_SOURCE = r"\b(?:paid|settled) (?:it|the invoice)\b|r[ée]gl[ée]e?"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("We PAID IT on Friday.", "PAID IT"),
        ("Facture RÉGLÉE hier", "RÉGLÉE"),
        ("İstanbul office: Settled the invoice.", "Settled the invoice"),  # "İ" lengthens
        ("Not yet.", None),
    ],
)
def test_the_words_are_found_as_the_text_writes_them(text: str, words: str | None) -> None:
    assert CaseBlind(_SOURCE).search(text) == words


@given(st.text(alphabet="paidPAIDsetlSETL tiehnvocİÉée\n", max_size=40))
def test_it_finds_what_a_case_blind_expression_finds(text: str) -> None:
    found = re.compile(_SOURCE, re.IGNORECASE).search(text)
    assert CaseBlind(_SOURCE).search(text) == (None if found is None else found[0])


def test_an_upper_case_letter_in_the_pattern_is_refused() -> None:
    # it could never match lower-cased text
    with pytest.raises(ValueError, match="upper-case"):
        CaseBlind(r"\bIBAN\b")
    CaseBlind(r"\S+\W\d\B")  # escapes are not letters
