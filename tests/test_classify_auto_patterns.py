"""The person-signs searched in lower-cased text find what the case-blind patterns find."""

from __future__ import annotations

import re

import pytest

from daemon.core import classify_auto


@pytest.mark.parametrize("name", ["_SEEN", "PAID_ASKED", "_RELAY"])
def test_the_pattern_has_no_upper_case_letter_of_its_own(name: str) -> None:
    # searched in lower-cased text without IGNORECASE, an upper-case letter could never match
    pattern = getattr(classify_auto, name).pattern
    assert re.findall(r"[A-ZÀ-Þ]", re.sub(r"\\[A-Za-z]", "", pattern)) == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("SORRY, I WAS OUT OF THE OFFICE ALL LAST WEEK. Paid Friday.", True),
        ("Did We Not Pay This Already?", True),
        ("Je Lui Ai Transmis Votre Relance.", True),
        ("Hi Neil,\nThanks for prompt response!", True),
        ("Thank you for your email. I am away until Monday.", False),
        ("Ich bin bis zum 14. nicht im Büro.", False),
        ("I am out of the office until Monday.", False),
    ],
)
def test_a_persons_signs_are_found_whatever_the_case(text: str, person: bool) -> None:
    case_blind = any(
        getattr(classify_auto, name).search(text) for name in ("_SEEN", "PAID_ASKED", "_RELAY")
    )
    assert classify_auto.seen_by_person(text) is person
    assert case_blind is person
