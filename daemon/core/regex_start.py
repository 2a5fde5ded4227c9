"""The characters a match of an expression can begin with, as a guard that skips the rest.

One job: `guarded(pattern)` returns the expression with a look-ahead for its possible first
characters put in front (`\\b(?:paid|sent)` becomes `(?=[ps])\\b(?:paid|sent)`). The engine then
rules out most positions of a text with one character test, where it used to try every
alternative there; what the expression matches, and where, is unchanged. An expression that can
match the empty string, or begin with any character, is returned as it is. It must not know what
the expressions mean.
"""

from __future__ import annotations

import re
from re import _compiler, _parser  # type: ignore[attr-defined]  # stdlib's parser, code generator
from re import _constants as sre  # type: ignore[attr-defined]  # the parser's node kinds
from typing import Any, cast

# One character class item per category the parser may name (others: no guard).
_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


class _Unknown(Exception):
    """A part whose first character this reading cannot bound."""


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` behind a look-ahead for the characters its matches can begin with."""
    if pattern.flags & re.IGNORECASE:
        return pattern  # the class would have to fold case too
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except re.error:
        return pattern
    return compile_guarded(pattern.pattern, tree, pattern.flags)


def compile_guarded(source: str, tree: Any, flags: int = 0) -> re.Pattern[str]:
    """`source` compiled behind its guard; `tree` is its parse (`re._parser.parse`), read once
    by the caller for other uses too. Without IGNORECASE in `flags` or inline."""
    guard = _guard(tree)
    if not guard:
        return re.compile(source, flags)
    try:
        return re.compile(f"{guard}(?:{source})", flags)
    except re.error:  # e.g. a global inline flag, which must stay first
        return re.compile(source, flags)


def compile_parsed_guarded(tree: Any) -> re.Pattern[str]:
    """`tree` (`re._parser.parse` of an expression without flags) compiled behind its guard,
    without parsing its source a second time, as `re.compile` would (the parse is most of the
    cost of compiling). The tree is changed; the result's `pattern` is None."""
    guard = _guard(tree)
    if guard:
        tree.data[0:0] = _parser.parse(guard).data
    return cast(re.Pattern[str], _compiler.compile(tree, 0))


def _guard(tree: Any) -> str:
    """The look-ahead for the characters a match of `tree` can begin with; "" where a match may
    be empty or begin with anything."""
    try:
        items, nullable = _first(list(tree))
    except _Unknown:
        return ""
    return "" if nullable or not items else f"(?=[{''.join(sorted(items))}])"


def first_class(strings: set[str] | frozenset[str]) -> str:
    """A look-ahead for the first characters of `strings` (for an expression made of them)."""
    return f"(?=[{''.join(sorted(re.escape(string[0]) for string in strings if string))}])"


def _first(items: list[tuple[Any, Any]]) -> tuple[set[str], bool]:
    """The class items a sequence's match can begin with, and whether it can match nothing."""
    found: set[str] = set()
    for op, value in items:
        first, nullable = _node(op, value)
        found |= first
        if not nullable:
            return found, False
    return found, True


def _node(op: Any, value: Any) -> tuple[set[str], bool]:
    if op is sre.LITERAL:
        return {re.escape(chr(value))}, False
    if op is sre.IN:
        return _class(value), False
    if op in _ZERO_WIDTH:
        return set(), True
    if op is sre.SUBPATTERN:
        if value[1] & sre.SRE_FLAG_IGNORECASE:
            raise _Unknown
        return _first(list(value[3]))
    if op is sre.BRANCH:
        found: set[str] = set()
        nullable = False
        for branch in value[1]:
            first, empty = _first(list(branch))
            found |= first
            nullable = nullable or empty
        return found, nullable
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        least, _most, body = value
        first, empty = _first(list(body))
        return first, empty or least == 0
    raise _Unknown  # ".", a negated literal, a back-reference: any character may come first


def _class(value: Any) -> set[str]:
    items: set[str] = set()
    for kind, item in value:
        if kind is sre.LITERAL:
            items.add(re.escape(chr(item)))
        elif kind is sre.RANGE:
            items.add(f"{re.escape(chr(item[0]))}-{re.escape(chr(item[1]))}")
        elif kind is sre.CATEGORY and item in _CATEGORIES:
            items.add(_CATEGORIES[item])
        else:  # a negation ("[^.]") or an unknown category
            raise _Unknown
    return items
