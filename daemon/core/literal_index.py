"""Which rules of a large set could match a text at all, found in one pass over it.

One job: `required_literals(pattern)` reads a compiled expression's syntax tree for a set of
plain strings one of which every match must contain (`\\bpaid|settled\\b` needs "paid" or
"settled"); a `LiteralIndex` over many such sets scans a text once and names the rules whose
strings occur in it. A rule it does not name cannot match, so its (much costlier) search is
skipped; one it names may still fail. The answer is exact in that sense, never a guess. It must not
know what the rules mean.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]  # the parser's node kinds
from re import _parser  # type: ignore[attr-defined]  # the stdlib's own expression parser
from typing import Any, Generic, TypeVar

from daemon.core.regex_start import first_class

Key = TypeVar("Key", bound=Hashable)

# Strings this long are rare enough in a text; a longer choice is not worth more of them.
_ENOUGH = 4


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` contains, or None where the expression's
    shape says nothing (everything optional, only character classes, a back-reference)."""
    if pattern.flags & re.IGNORECASE:
        return None  # an index over lower-cased text would miss "PAID"
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # a construct this reading does not know: no filter, never a wrong one
        return None
    return literals_of(tree)


def literals_of(tree: Any) -> frozenset[str] | None:
    """`required_literals` of an expression already parsed (`re._parser.parse`), without
    IGNORECASE."""
    try:
        found = _sequence(list(tree)).required
    except Exception:  # a construct this reading does not know: no filter, never a wrong one
        return None
    return found if found and "" not in found else None


# Above this many spellings a part stops being spelled out ("(a|b)(c|d)" is four).
_MAX_SPELLINGS = 32


@dataclass(frozen=True, slots=True)
class _Part:
    """What one part of an expression matches: every spelling when there are few (`exact`),
    and strings one of which any match contains (`required`); None where unknown."""

    exact: frozenset[str] | None
    required: frozenset[str] | None


_ZERO_WIDTH = _Part(frozenset(("",)), None)  # an anchor or look-around consumes nothing
_UNKNOWN = _Part(None, None)


def _sequence(items: list[tuple[Any, Any]]) -> _Part:
    """Parts one after another: neighbouring spelled-out parts are joined ("p" + "aid|ayed"
    gives "paid|payed"); the most selective set of any run or part is what the whole needs."""
    choices: list[frozenset[str]] = []
    run: frozenset[str] | None = frozenset(("",))
    whole: frozenset[str] | None = frozenset(("",))
    for part in _parts(items):
        if part.required:
            choices.append(part.required)
        if part.exact is not None and run is not None:
            joined = _join(run, part.exact)
            if joined is not None:
                run = joined
                whole = _join(whole, part.exact) if whole is not None else None
                continue
        if run is not None and run != frozenset(("",)):
            choices.append(run)
        run = part.exact
        whole = None
    if run is not None:
        choices.append(run)
    useful = [choice for choice in choices if "" not in choice]
    return _Part(whole, max(useful, key=_selectivity) if useful else None)


def _parts(items: list[tuple[Any, Any]]) -> Iterator[_Part]:
    """The parts of a sequence, each run of plain characters as one string."""
    letters: list[str] = []
    for op, value in items:
        if op is sre.LITERAL:
            letters.append(chr(value))
            continue
        if letters:
            yield _Part(frozenset(("".join(letters),)), None)
            letters = []
        yield _node(op, value)
    if letters:
        yield _Part(frozenset(("".join(letters),)), None)


def _join(heads: frozenset[str], tails: frozenset[str]) -> frozenset[str] | None:
    if len(heads) * len(tails) > _MAX_SPELLINGS:
        return None
    return frozenset(head + tail for head in heads for tail in tails)


def _node(op: Any, value: Any) -> _Part:
    reader = _READERS.get(op)
    if reader is not None:
        return reader(value)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return _ZERO_WIDTH
    return _UNKNOWN  # "." , categories, back-references


def _class(value: Any) -> _Part:
    """ "[ab]" is "a" or "b"; a range, category or negation is not spelled out."""
    chars = [chr(item) for kind, item in value if kind is sre.LITERAL]
    return _Part(frozenset(chars), None) if chars and len(chars) == len(value) else _UNKNOWN


def _group(value: Any) -> _Part:
    _number, add_flags, _del_flags, body = value
    return _UNKNOWN if add_flags & sre.SRE_FLAG_IGNORECASE else _sequence(list(body))


def _repeat(value: Any) -> _Part:
    least, most, body = value
    inner = _sequence(list(body))
    if least == 0 and most == 1 and inner.exact is not None:
        return _Part(inner.exact | {""}, None)
    if least == 0:
        return _UNKNOWN
    # The body is there at least once.
    best = [found for found in (inner.required, inner.exact) if found and "" not in found]
    return _Part(None, max(best, key=_selectivity) if best else None)


_READERS: dict[Any, Callable[[Any], _Part]] = {
    sre.LITERAL: lambda value: _Part(frozenset((chr(value),)), None),
    sre.IN: _class,
    sre.SUBPATTERN: _group,
    sre.ATOMIC_GROUP: lambda value: _sequence(list(value)),
    sre.BRANCH: lambda value: _branch([_sequence(list(branch)) for branch in value[1]]),
    sre.MAX_REPEAT: _repeat,
    sre.MIN_REPEAT: _repeat,
    sre.POSSESSIVE_REPEAT: _repeat,
}


def _branch(branches: list[_Part]) -> _Part:
    """Alternatives: every spelling of each when all are spelled out; what each one needs."""
    exact: frozenset[str] | None = None
    if all(branch.exact is not None for branch in branches):
        exact = frozenset().union(*(branch.exact or () for branch in branches))
        exact = exact if len(exact) <= _MAX_SPELLINGS else None
    needs = [branch.required or branch.exact for branch in branches]
    if any(need is None or "" in need for need in needs):
        return _Part(exact, None)
    return _Part(exact, frozenset().union(*(need or () for need in needs)))


def _selectivity(literals: frozenset[str]) -> tuple[bool, int, int]:
    """Strings that are not everyday words filter better; longer ones too, up to a point; past
    it, fewer make a smaller index. Spaces count for nothing ("ur " is "ur")."""
    words = [literal.strip() for literal in literals]
    rare = not any(word in _EVERYDAY or not word for word in words)
    return rare, min(_ENOUGH, *(len(word) for word in words)), -len(literals)


# Words in nearly every reply (function words of the six languages, the words of invoicing):
# a rule that needs one of them is read for nearly every text, so another choice is better.
_EVERYDAY = frozenset(
    " ".join(
        (
            "a an and are as at be by do for from have i in is it mail me my no not of on or our",
            "so that the this to us was we will with you your ur yr ill account invoice invoices",
            "payment email e-mail der die das und ist nicht wir sie ich ein eine zu mit rechnung",
            "zahlung le la les et est nous vous de du des pas une un facture paiement el los las",
            "es que por para factura pago het een en van dat niet wij u ik factuur betaling il lo",
            "gli e che non di per una fattura pagamento",
        )
    ).split()
)


class LiteralIndex(Generic[Key]):
    """The rules (`Key`s) whose required strings occur in a text, by one scan of it.

    The strings are compiled into one trie-shaped expression tried at every position: at each it
    finds the longest string starting there, and every shorter one starting there is a prefix of
    it, so each string's rules are stored with its prefixes' rules folded in.
    """

    def __init__(self, rules: Mapping[Key, frozenset[str] | None]) -> None:
        self._always = frozenset(key for key, literals in rules.items() if not literals)
        owners: dict[str, set[Key]] = {}
        for key, literals in rules.items():
            for literal in literals or ():
                owners.setdefault(literal, set()).add(key)
        self._owners = {
            literal: frozenset(
                key for end in range(1, len(literal) + 1) for key in owners.get(literal[:end], ())
            )
            for literal in owners
        }
        trie = _trie(owners)
        # The look-ahead for first characters lets the engine skip most positions at once.
        self._scan = re.compile(f"{first_class(set(owners))}(?=({trie}))") if trie else None

    def candidates(self, text: str) -> frozenset[Key]:
        """The rules that could match `text` (the text as the rules expect it, e.g. lowered)."""
        if self._scan is None:
            return self._always
        found = set(self._scan.findall(text))
        return self._always.union(*(self._owners[literal] for literal in found))

    def places(self, text: str) -> tuple[frozenset[Key], dict[Key, list[int]]]:
        """The rules without strings (they could match anywhere), and for every other rule
        that could match `text`, the offsets where one of its strings begins, in order.
        A match of a rule contains one of its strings, so it overlaps one of these offsets."""
        where: dict[Key, list[int]] = {}
        if self._scan is not None:
            for found in self._scan.finditer(text):
                for key in self._owners[found[1]]:
                    where.setdefault(key, []).append(found.start())
        return self._always, where


def _trie(words: Iterable[str]) -> str:
    """One expression matching exactly the longest of `words` that starts at a position."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(root)


def _emit(node: dict[str, Any]) -> str:
    branches = [re.escape(char) + _emit(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body
