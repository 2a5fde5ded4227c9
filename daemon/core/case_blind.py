"""A case-blind regular expression, searched as a plain one in the lower-cased text.

One job: `CaseBlind(source)` finds what `re.compile(source, re.IGNORECASE)` finds, several times
faster: the engine folds the case of every character it compares under IGNORECASE, where a plain
search in lower-cased text compares as it reads, behind a look-ahead for the characters a match
can begin with (`daemon.core.regex_start`). The source must hold no upper-case letter of its own
(it could never match lower-cased text). A text that lower-casing would lengthen ("İ" becomes two
characters) is searched with IGNORECASE, so positions stay the text's own. It must not know what
the expressions mean.
"""

from __future__ import annotations

import re

from daemon.core.regex_start import guarded

_UPPER = re.compile(r"[A-ZÀ-Þ]")
_ESCAPE = re.compile(r"\\[A-Za-z]")  # "\S", "\W", "\B": escapes, not letters


class CaseBlind:
    """`source` compiled for case-blind searching; `search` gives the words matched as written."""

    __slots__ = ("blind", "plain")

    def __init__(self, source: str) -> None:
        if _UPPER.search(_ESCAPE.sub("", source)):
            raise ValueError(f"an upper-case letter in a case-blind pattern: {source[:60]!r}")
        self.plain = guarded(re.compile(source))
        self.blind = re.compile(source, re.IGNORECASE)

    def search(self, text: str) -> str | None:
        """The words of the first match in `text`, as `text` writes them; None without one."""
        lowered = text.lower()
        if len(lowered) != len(text):
            found = self.blind.search(text)
            return None if found is None else found[0]
        found = self.plain.search(lowered)
        return None if found is None else text[found.start() : found.end()]
