"""The prefilter's literals: text every match must contain, or None when it cannot tell."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from daemon.core.classify_prefilter import required_literals


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"\bdisput|\bcontest", ("contest", "disput")),
        (r"\bw(?:ere|as) quoted", ("was", "were")),
        (r"(?:\bne\s)?foo", ("foo",)),  # an optional start is passed over
        (r"[eé]tat|bar", ("bar", "etat", "état")),
        (r"(?:x|y)z", ("xz", "yz")),
        (r"\bPaid\b", ("paid",)),  # lower case: the rules match without case
        (r"w(?:(?:ell )?ere)", None),  # "w" then something optional: no safe text
        (r"\d+ days", None),
        (r"a|bc", None),  # one letter is in every text: no use
    ],
)
def test_required_literals(pattern: str, literals: tuple[str, ...] | None) -> None:
    assert required_literals(re.compile(pattern, re.IGNORECASE)) == literals


WORDS = ["paid", "pay", "was", "were", "not", "quoted", "é", "tat", "x", "y", " "]


@given(
    st.lists(st.sampled_from([r"\bw(?:ere|as) quoted", r"[eé]tat", r"(?:not )?paid", r"pay"]),
             min_size=1, max_size=4),
    st.lists(st.sampled_from(WORDS), max_size=12),
)  # fmt: skip
def test_a_text_without_the_literals_never_matches(parts: list[str], words: list[str]) -> None:
    pattern = re.compile("|".join(parts), re.IGNORECASE)
    text = "".join(words)
    literals = required_literals(pattern)
    if literals is not None and pattern.search(text):
        assert any(literal in text.lower() for literal in literals)
