"""Finding our invoice numbers written in free text, as whole tokens (pure).

One job: `index_numbers` prepares the known invoice numbers once, and `named_numbers` lists
those written in a subject and the head of a reply, in order of appearance. It must not decide
which customer a mail is about (`daemon.core.correlate`), nor read anything but its arguments.

Invoice numbers are compared as their runs of letters and runs of digits, so "INV-1001",
"inv 1001", "INV/1001" and "INV1001" are the same number, and "INV-1001" is never found inside
"INV-10012" or "XINV-1001". Neighbouring runs joined by nothing, "-" or "_" are one word: a
number is not cut out of it ("1001" is not in "PO-1001"). ".", "/", "#" and blanks on one line
join runs too, but a number may end there ("INV-1001/1002", "INV-1001.pdf", "RE 2026/0042").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

__all__ = ["SCAN_LIMIT", "NumberIndex", "index_numbers", "named_numbers"]

# Only the head of the reply text is searched for invoice numbers: a reply whose quote could not
# be trimmed may be a whole forwarded correspondence, and time per message must stay bounded.
SCAN_LIMIT = 20_000

_RUN = re.compile(r"[^\W\d_]+|\d+")
_GLUE, _SOFT, _BREAK = 2, 1, 0
_GLUE_GAPS = frozenset({"", "-", "_"})
_SOFT_GAPS = frozenset({".", "/", "#"})


@dataclass(frozen=True, slots=True)
class NumberIndex:
    """Known invoice numbers by their runs, so an ordinary word costs one set probe."""

    numbers: Mapping[str, tuple[str, ...]]  # invoice runs joined by " " -> invoice numbers
    prefixes: frozenset[str]  # the leading runs of multi-run numbers: where to keep joining


def index_numbers(numbers: Iterable[str]) -> NumberIndex:
    """The index of `numbers`; numbers written alike (e.g. "INV-1" and "inv 1") share a key."""
    found: dict[str, list[str]] = {}
    prefixes: set[str] = set()
    for number in numbers:
        runs = _RUN.findall(number.lower())
        if runs:
            found.setdefault(" ".join(runs), []).append(number)
            prefixes.update(" ".join(runs[:k]) for k in range(1, len(runs)))
    return NumberIndex(
        numbers={key: tuple(same) for key, same in found.items()},
        prefixes=frozenset(prefixes),
    )


def named_numbers(subject: str, reply: str, index: NumberIndex) -> tuple[str, ...]:
    """Invoice numbers in the subject, then in the head of `reply`; first appearance only."""
    text = f"{subject}\n{reply[:SCAN_LIMIT]}".lower()
    return tuple(dict.fromkeys(_scan(text, index)))


def _scan(text: str, index: NumberIndex) -> list[str]:
    """Every invoice number written in `text` (lower case), longest first at each place."""
    runs = list(_RUN.finditer(text))
    found: list[str] = []
    i = 0
    while i < len(runs):
        last, key = _longest(text, runs, i, index)
        if key:
            found.extend(index.numbers[key])
        i = max(last, i) + 1
    return found


def _longest(text: str, runs: list[re.Match[str]], i: int, index: NumberIndex) -> tuple[int, str]:
    """The last run and key of the longest invoice number starting at run `i`, or (-1, "")."""
    key = runs[i].group()
    if key not in index.numbers and key not in index.prefixes:
        return -1, ""  # the common case: an ordinary word, one set probe
    if i and _joint(text, runs[i - 1], runs[i]) == _GLUE:
        return -1, ""  # inside a word: "1001" in "PO-1001"
    best, j = (-1, ""), i
    while True:
        joint = _joint(text, runs[j], runs[j + 1]) if j + 1 < len(runs) else _BREAK
        if joint != _GLUE and key in index.numbers:
            best = (j, key)
        if joint == _BREAK or key not in index.prefixes:
            return best
        j += 1
        key = f"{key} {runs[j].group()}"


def _joint(text: str, left: re.Match[str], right: re.Match[str]) -> int:
    gap = text[left.end() : right.start()]
    if gap in _GLUE_GAPS:
        return _GLUE
    if gap in _SOFT_GAPS or (gap.isspace() and "\n" not in gap):
        return _SOFT
    return _BREAK
