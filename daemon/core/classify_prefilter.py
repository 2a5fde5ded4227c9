"""Which words a phrase rule cannot match without: a cheap test before its regular expression.

One job: `required_literals(pattern)` reads a compiled rule and returns, lower-cased, the literal
text one of which every match must contain (the leading letters of each alternative), or None
when some alternative starts with something no literal pins down (an optional group, a character
class). A rule whose literals are all absent from a text cannot match it, so its search is
skipped: most rules of most languages find nothing in a given reply, and a substring test costs
far less than running the expression. Pure; it only reads patterns.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]  # the parser's opcodes
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_MIN_LENGTH = 2  # a one-letter literal is in nearly every text: no use as a test
_MAX_CLASS = 4  # a character class is spelled out only when this small: "[eé]"
_MAX_PREFIXES = 400
# Consume no text, or may match none: a match need not contain anything of theirs.
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)}


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-cased strings one of which every match of `pattern` contains; None if unknown."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError):
        return None
    found = _prefixes(list(parsed))
    if not found or len(found) > _MAX_PREFIXES:
        return None
    if any(len(text) < _MIN_LENGTH for text in found):
        return None
    return tuple(sorted(set(found)))


def _prefixes(items: list[tuple[Any, Any]], *, anchored: bool = False) -> list[str] | None:
    """Text one of which every match of the sequence `items` contains: the literal run its
    first text-consuming item starts with, for each way that item can start. `anchored`: the
    text must start where the sequence does, so no optional item may be passed over."""
    index = 0
    while index < len(items) and _skippable(items[index], anchored=anchored):
        index += 1
    if index == len(items):
        return None
    op, value = items[index]
    if op is sre.LITERAL or op is sre.IN:
        return _run(items, index)
    if op is sre.BRANCH:
        return _branches(value[1], anchored=anchored)
    if op is sre.SUBPATTERN:
        return _prefixes(list(value[-1]), anchored=anchored)
    if op in _REPEATS:
        return _prefixes(list(value[2]), anchored=anchored)  # at least once (min >= 1 here)
    return None


def _skippable(item: tuple[Any, Any], *, anchored: bool) -> bool:
    op, value = item
    if op in _ZERO_WIDTH:
        return True
    return not anchored and op in _REPEATS and value[0] == 0


def _run(items: list[tuple[Any, Any]], index: int) -> list[str] | None:
    """The literal text from `index` on, spelled out for small character classes."""
    texts = [""]
    while index < len(items):
        op, value = items[index]
        if op is sre.LITERAL:
            texts = [text + chr(value).lower() for text in texts]
        elif op is sre.IN and (chars := _chars(value)) is not None:
            texts = [text + char for text in texts for char in chars]
        elif op is sre.BRANCH and (ends := _branches(value[1], anchored=True)) is not None:
            # "w(?:ere|as) quoted": "were", "was"; each is where the text goes on.
            return [text + end for text in texts for end in ends]
        else:
            break
        index += 1
        if len(texts) > _MAX_PREFIXES:
            return None
    return texts if texts != [""] else None


def _chars(members: list[tuple[Any, Any]]) -> list[str] | None:
    if len(members) > _MAX_CLASS or any(op is not sre.LITERAL for op, _ in members):
        return None
    return sorted({chr(code).lower() for _, code in members})


def _branches(alternatives: list[Any], *, anchored: bool = False) -> list[str] | None:
    found: list[str] = []
    for alternative in alternatives:
        prefixes = _prefixes(list(alternative), anchored=anchored)
        if prefixes is None:
            return None
        found += prefixes
    return found
