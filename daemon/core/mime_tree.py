"""Raw message bytes -> the MIME tree the stdlib's feedparser builds, read in one pass.

One job: `email.feedparser` is written for mail that arrives in pieces: every line goes through
a generator and a buffered file that tests it against each enclosing boundary (RFC 2046 §5.1.2:
an outer boundary ends every part nested inside it). Here the whole message is in memory, so
`read_tree` follows the same algorithm over the list of lines and takes a part's body as one
slice. The feedparser's logic is kept step for step (Lib/email/feedparser.py, unchanged from
3.11 to 3.13), defects included; at the two steps that push back a line other than the one just
read, it hands the message to the stdlib parser instead. Trees are proven equal to the stdlib's
by `tests/test_mime_tree.py`, on every corpus message and on generated ones.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from email import errors, message_from_bytes, policy
from email.message import Message
from io import StringIO
from itertools import accumulate, compress, count, repeat
from typing import TypeVar, cast

from daemon.core.mime_boundary import BoundaryLine, BoundaryMatch

PartT = TypeVar("PartT", bound="Message[str, str]")

# A header line, a continuation line or a Unix "From " line (feedparser's headerRE; RFC 5322
# §3.6.8: a field name is printable ASCII except ":").
_HEADER_LINE = re.compile(r"From |[\041-\071\073-\176]*:|[\t ]")
_LINE_ENDS = ("\r\n", "\r", "\n")
_MULTIPART_ENCODINGS = ("7bit", "8bit", "binary")  # RFC 2045 §6.4
_BLANK = None  # the end matcher of a delivery-status block: a blank line (RFC 3464 §2.1)


class _Unfollowed(Exception):
    """The message takes a path this reader does not follow line for line."""


def read_tree(raw: bytes, factory: type[PartT]) -> PartT:
    """`email.message_from_bytes(raw, _class=factory, policy=compat32)`, the same tree."""
    text = raw.decode("ascii", "surrogateescape")  # as BytesParser does
    try:
        return cast(PartT, _Reader(text, factory).root())
    except _Unfollowed:
        return cast(PartT, message_from_bytes(raw, _class=factory, policy=policy.compat32))


def _line_end(text: str) -> int:
    """The length of the line ending `text` ends with (feedparser's NLCRE_eol)."""
    for end in _LINE_ENDS:
        if text.endswith(end):
            return len(end)
    return 0


class _Reader:
    """feedparser's FeedParser and BufferedSubFile, with every line already at hand."""

    def __init__(self, text: str, factory: Callable[..., Message]) -> None:
        self.text = text
        # Lines split on CRLF, CR or LF, endings kept, as BufferedSubFile cracks them.
        self.lines = StringIO(text, newline="").readlines()
        self.starts = [0, *accumulate(map(len, self.lines))]
        # The lines a boundary can be on (RFC 2046 §5.1.1: they start with "--").
        self.dashes = list(compress(count(), map(str.startswith, self.lines, repeat("-"))))
        self.blanks: list[int] | None = None  # found when a delivery-status block needs them
        self.pos = 0
        self.ends: list[BoundaryLine | None] = []  # the false-EOF matchers, outermost first
        self.blank_ends = 0
        self.factory = factory
        self.stack: list[Message] = []
        self.types: list[str] = []  # the content type of each part on the stack
        self.cur: Message | None = None
        self.last: Message | None = None

    # --- BufferedSubFile -------------------------------------------------------------------

    def _ends_here(self, line: str) -> bool:
        first = line[:1]
        if first == "-":
            return any(end is not None and end.match(line) for end in self.ends)
        return self.blank_ends > 0 and first in ("\r", "\n")

    def readline(self) -> str:
        """The next line, or "" at the end of the input or of the current part."""
        if self.pos >= len(self.lines):
            return ""
        line = self.lines[self.pos]
        if self.ends and self._ends_here(line):
            return ""
        self.pos += 1
        return line

    def unread(self) -> None:
        """Push back the line just read (the only push-back this reader follows)."""
        self.pos -= 1

    def rest(self) -> str:
        """Every line up to the end of the current part, as one string."""
        end = self._part_end()
        start, self.pos = self.pos, end
        return self.text[self.starts[start] : self.starts[end]]

    def _part_end(self) -> int:
        end = len(self.lines)
        if not self.ends:
            return end
        if self.blank_ends:
            if self.blanks is None:
                self.blanks = [n for n, line in enumerate(self.lines) if line[:1] in "\r\n"]
            found = bisect_left(self.blanks, self.pos)
            if found < len(self.blanks):
                end = self.blanks[found]
        for index in self.dashes[bisect_left(self.dashes, self.pos) :]:
            if index >= end:
                break
            if self._ends_here(self.lines[index]):
                return index
        return end

    def push_end(self, matcher: BoundaryLine | None) -> None:
        self.ends.append(matcher)
        self.blank_ends += matcher is _BLANK

    def pop_end(self) -> None:
        self.blank_ends -= self.ends.pop() is _BLANK

    # --- FeedParser ------------------------------------------------------------------------

    def root(self) -> Message:
        self._entity()
        root = self._pop()
        if root.get_content_type().startswith("multipart/") and not root.is_multipart():
            root.defects.append(errors.MultipartInvariantViolationDefect())
        return root

    def _new(self) -> Message:
        part = self.factory(policy=policy.compat32)
        if self.types and self.types[-1] == "multipart/digest":
            part.set_default_type("message/rfc822")  # RFC 2046 §5.1.5
        if self.stack:
            self.stack[-1].attach(part)
        self.stack.append(part)
        self.cur = self.last = part
        return part

    def _pop(self) -> Message:
        part = self.stack.pop()
        self.types.pop()
        self.cur = self.stack[-1] if self.stack else None
        return part

    def _entity(self) -> None:
        """feedparser's _parsegen: one part, its headers and then its body."""
        part = self._new()
        self._headers(part, self._header_lines(part))
        kind = part.get_content_type()
        self.types.append(kind)
        if kind == "message/delivery-status":
            self._delivery_status()
        elif kind.startswith("message/"):
            self._entity()
            self._pop()
        elif kind.startswith("multipart/"):
            self._multipart(part)
        else:
            part.set_payload(self.rest())

    def _header_lines(self, part: Message) -> list[str]:
        """The lines of the header section, read up to the first line that is no header line."""
        lines, start, pos = self.lines, self.pos, self.pos
        while pos < len(lines):
            line = lines[pos]
            if self.ends and self._ends_here(line):
                break
            if not _HEADER_LINE.match(line):
                self.pos = pos
                if line[:1] in ("\r", "\n"):
                    self.pos += 1  # the blank line that ends the headers is read and dropped
                else:
                    part.defects.append(errors.MissingHeaderBodySeparatorDefect())
                return lines[start:pos]
            pos += 1
        self.pos = pos
        return lines[start:pos]

    def _headers(self, part: Message, lines: list[str]) -> None:
        """feedparser's _parse_headers: continuation lines joined, a Unix From line kept.

        A field is stored as compat32's header_source_parse gives it: the name as written,
        the value with the blanks after the colon and the final line ending taken off."""
        set_raw = part.set_raw
        name, value = "", list[str]()
        for number, line in enumerate(lines):
            if line[0] in " \t":
                if not name:
                    part.defects.append(errors.FirstHeaderLineIsContinuationDefect(line))
                else:
                    value.append(line)
                continue
            if name:
                set_raw(name, "".join(value).rstrip("\r\n"))
                name = ""
            if line[0] == "F" and line.startswith("From "):
                if number == 0:
                    part.set_unixfrom(line[: len(line) - _line_end(line)])
                    continue
                if number == len(lines) - 1:
                    raise _Unfollowed  # the stdlib pushes it back as the body's first line
                part.defects.append(errors.MisplacedEnvelopeHeaderDefect(line))
                continue
            colon = line.find(":")
            if colon == 0:
                part.defects.append(errors.InvalidHeaderDefect("Missing header name."))
                continue
            name, value = line[:colon], [line[colon + 1 :].lstrip(" \t")]
        if name:
            set_raw(name, "".join(value).rstrip("\r\n"))

    def _delivery_status(self) -> None:
        """Blocks of fields, each read as a part of headers only, split by blank lines."""
        while True:
            self.push_end(_BLANK)
            self._entity()
            self._pop()
            self.pop_end()
            self.readline()  # the blank line, or nothing at the end
            if not self.readline():
                break
            self.unread()

    def _multipart(self, part: Message) -> None:
        boundary = part.get_boundary()
        if boundary is None:
            part.defects.append(errors.NoBoundaryInMultipartDefect())
            part.set_payload(self.rest())
            return
        encoding = str(part.get("content-transfer-encoding", "8bit")).lower()
        if encoding not in _MULTIPART_ENCODINGS:
            part.defects.append(errors.InvalidMultipartContentTransferEncodingDefect())
        matcher = BoundaryLine("--" + boundary)
        if not self._preamble(part, matcher):
            return
        close = self._parts(matcher)
        if close is None:
            part.defects.append(errors.CloseBoundaryNotFoundDefect())
            return
        epilogue = self.rest()
        if not close.group("linesep") and epilogue[:1] in ("\r", "\n"):
            # A line ending right after a close boundary without one is not the epilogue's.
            epilogue = epilogue[2:] if epilogue.startswith("\r\n") else epilogue[1:]
        part.epilogue = epilogue

    def _preamble(self, part: Message, matcher: BoundaryLine) -> bool:
        """Reads up to the first boundary; False, with everything read as the payload, if none."""
        lines: list[str] = []
        while line := self.readline():
            found = matcher.match(line)
            if found is None:
                lines.append(line)
                continue
            if found.group("end"):
                break
            if lines:  # the last line ending belongs to the boundary (RFC 2046 §5.1.1)
                lines[-1] = lines[-1][: len(lines[-1]) - _line_end(lines[-1])]
                part.preamble = "".join(lines)
            self.unread()
            return True
        part.defects.append(errors.StartBoundaryNotFoundDefect())
        part.set_payload("".join(lines))
        self.rest()
        part.epilogue = ""
        return False

    def _parts(self, matcher: BoundaryLine) -> BoundaryMatch | None:
        """Reads every part; the close boundary's match, or None if the input ends first."""
        while line := self.readline():
            found = matcher.match(line)
            if found is None:  # feedparser asserts this cannot happen
                raise _Unfollowed
            if found.group("end"):
                return found
            self._skip_repeated_boundaries(matcher)
            self._subpart(matcher)
        return None

    def _skip_repeated_boundaries(self, matcher: BoundaryLine) -> None:
        while True:
            line = self.readline()
            if not line:
                raise _Unfollowed  # the stdlib pushes back an empty line here
            if matcher.match(line) is None:
                self.unread()
                return

    def _subpart(self, matcher: BoundaryLine) -> None:
        self.push_end(matcher)
        self._entity()
        last = self.last
        assert last is not None
        # The line ending before a boundary belongs to the boundary (RFC 2046 §5.1.1).
        if last.get_content_type().startswith("multipart/"):
            if last.epilogue == "":
                last.epilogue = None
            elif last.epilogue is not None:
                last.epilogue = last.epilogue[: len(last.epilogue) - _line_end(last.epilogue)]
        else:
            payload = last.__dict__["_payload"]  # as stored: get_payload() may re-decode it
            if isinstance(payload, str):
                last.set_payload(payload[: len(payload) - _line_end(payload)])
        self.pop_end()
        self._pop()
        self.last = self.cur
