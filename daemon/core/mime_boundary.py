"""The MIME boundary-line test of the stdlib's feedparser, without a regular expression per message.

One job: `email.feedparser` compiles a new regular expression for every multipart boundary it
meets (RFC 2046 §5.1.1: each boundary is chosen to be unique, so Python's pattern cache never
hits), and that compile was an eighth of the time spent reading a reply. `BoundaryLine` answers
the same question with string operations; `install()` makes the feedparser use it for that one
pattern and leaves every other use of `re` alone. It must not change what the parser sees: the
answers are proven equal to the stdlib pattern's by `tests/test_mime_boundary.py`.
"""

from __future__ import annotations

import email.feedparser
import re
from types import ModuleType
from typing import Any

# The pattern feedparser builds around re.escape('--' + boundary) (Lib/email/feedparser.py).
_HEAD = "(?P<sep>"
_TAIL = r")(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$"
_ESCAPED = re.compile(r"\\(.)", re.DOTALL)
_LINE_ENDS = ("\r\n", "\r", "\n")


class BoundaryMatch:
    """The groups feedparser reads from a matched boundary line."""

    __slots__ = ("_groups",)

    def __init__(self, sep: str, end: str | None, ws: str, linesep: str | None) -> None:
        self._groups = {"sep": sep, "end": end, "ws": ws, "linesep": linesep}

    def group(self, name: str) -> str | None:
        return self._groups[name]


class BoundaryLine:
    """`re.compile(feedparser's boundary pattern)`, as far as feedparser uses it: `.match(line)`."""

    __slots__ = ("separator",)

    def __init__(self, separator: str) -> None:
        self.separator = separator

    def match(self, line: str) -> BoundaryMatch | None:
        if not line.startswith(self.separator):
            return None
        rest = line[len(self.separator) :]
        end = "--" if rest.startswith("--") else None
        if end:  # without it the next character, "-", could match nothing that follows
            rest = rest[2:]
        tail = rest.lstrip(" \t")
        ws = rest[: len(rest) - len(tail)]
        # "$" matches at the end, or before one final "\n"; the alternation tries "\r\n" first.
        for linesep in _LINE_ENDS:
            if tail.startswith(linesep) and tail[len(linesep) :] in ("", "\n"):
                return BoundaryMatch(self.separator, end, ws, linesep)
        if tail in ("", "\n"):
            return BoundaryMatch(self.separator, end, ws, None)
        return None


def separator_of(pattern: str) -> str | None:
    """The separator inside feedparser's boundary pattern, or None for any other pattern."""
    if not (pattern.startswith(_HEAD) and pattern.endswith(_TAIL)):
        return None
    escaped = pattern[len(_HEAD) : -len(_TAIL)]
    separator = _ESCAPED.sub(r"\1", escaped)
    return separator if re.escape(separator) == escaped else None


class _FeedparserRe(ModuleType):
    """The `re` module as feedparser sees it: boundary patterns become `BoundaryLine`s."""

    def __init__(self) -> None:
        super().__init__("re")

    def __getattr__(self, name: str) -> Any:
        return getattr(re, name)

    @staticmethod
    def compile(pattern: Any, flags: int = 0) -> Any:
        separator = separator_of(pattern) if isinstance(pattern, str) and not flags else None
        return BoundaryLine(separator) if separator is not None else re.compile(pattern, flags)


def install() -> None:
    """Point feedparser's module-level `re` at the shim (idempotent)."""
    # The stubs do not declare the module's own imports, hence getattr/setattr.
    if not isinstance(getattr(email.feedparser, "re"), _FeedparserRe):  # noqa: B009
        setattr(email.feedparser, "re", _FeedparserRe())  # noqa: B010
