"""Rewrites of a regular-expression source that keep what it matches and make it cheaper.

One job: `factor_boundaries(source)` flattens the top-level alternation of a cue's phrases and
gives each run of neighbouring alternatives that start with a word boundary one shared `\\b`:
`\\bpaid|\\bsettled|x|\\bsent` becomes `\\b(?:paid|settled)|x|\\b(?:sent)`. The engine tries the
alternatives of a branch one by one at every position; inside a word, where no phrase starts, one
boundary test now fails for the whole run. The order of the alternatives is kept, so the same
phrase wins at the same place. `branches(source)` takes such a source apart again, one
alternative each, for searching only the few a text could hold. It must not know any cue.
"""

from __future__ import annotations


def _skip_class(source: str, index: int) -> int:
    """The index just after the character class that opens at `index` ("[^.]", "[]a]")."""
    index += 1
    if index < len(source) and source[index] == "^":
        index += 1
    if index < len(source) and source[index] == "]":
        index += 1
    while index < len(source) and source[index] != "]":
        index += 2 if source[index] == "\\" else 1
    return index + 1


def _top_level(source: str) -> tuple[list[str], list[int]]:
    """The top-level alternatives of `source`, and where each group opened at depth 0 closes."""
    parts, closes, depth, start, index, opened = [], [], 0, 0, 0, -1
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = _skip_class(source, index)
            continue
        if char == "(":
            depth += 1
            opened = index if depth == 1 else opened
        elif char == ")":
            depth -= 1
            if depth == 0:
                closes.append(index - start)
        elif char == "|" and depth == 0:
            parts.append(source[start:index])
            start = index + 1
        index += 1
    parts.append(source[start:])
    return parts, closes


def _alternatives(source: str) -> list[str]:
    """The alternatives of `source`, a non-capturing group that is a whole alternative opened."""
    parts, _ = _top_level(source)
    flat: list[str] = []
    for part in parts:
        inner = part[3:-1] if part.startswith("(?:") and part.endswith(")") else ""
        if inner and _top_level(part)[1][:1] == [len(part) - 1]:
            flat.extend(_alternatives(inner))
        else:
            flat.append(part)
    return flat


def factor_boundaries(source: str) -> str:
    """`source` with one `\\b` before each run of alternatives that all start with one."""
    runs: list[list[str]] = []
    for part in _alternatives(source):
        bounded = part.startswith("\\b")
        if bounded and runs and runs[-1][0] == "\\b":
            runs[-1].append(part[2:])
        else:
            runs.append(["\\b", part[2:]] if bounded else ["", part])
    return "|".join(f"\\b(?:{'|'.join(run[1:])})" if run[0] else run[1] for run in runs)


def branches(source: str) -> list[str]:
    """The alternatives of `source` (a `factor_boundaries` result) one by one, in order, each
    behind the `\\b` of its run: `\\b(?:paid|settled)|x` gives `\\b(?:paid)`, `\\b(?:settled)`, `x`.
    Searched apart, the leftmost match of any of them (the first listed, where two begin at one
    place) is the match of the whole, for the whole tries them in this order at each place."""
    found: list[str] = []
    for part in _alternatives(source):
        run = part[2:] if part.startswith("\\b(?:") and part.endswith(")") else ""
        if run and _top_level(run)[1][:1] == [len(run) - 1]:
            found.extend(f"\\b(?:{alternative})" for alternative in _alternatives(run[3:-1]))
        else:
            found.append(part)
    return found
