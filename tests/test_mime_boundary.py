"""The feedparser's boundary test without a regex per message answers as the stdlib pattern does."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from daemon.core.mail_parse import _Part
from daemon.core.mime_boundary import BoundaryLine
from daemon.core.mime_tree import read_tree


def stdlib_pattern(separator: str) -> str:
    """The pattern Lib/email/feedparser.py compiles for a multipart's boundary."""
    return (
        "(?P<sep>" + re.escape(separator) + r")(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$"
    )


def agree(separator: str, line: str) -> None:
    expected = re.compile(stdlib_pattern(separator)).match(line)
    got = BoundaryLine(separator).match(line)
    assert (got is None) == (expected is None), (separator, line)
    if got is not None and expected is not None:
        for name in ("sep", "end", "ws", "linesep"):
            assert got.group(name) == expected.group(name), (name, separator, line)


BOUNDARY_CHARS = st.text(alphabet="abcXYZ019'()+_,-./:=? \\*[]^$|{}", min_size=1, max_size=12)
ENDINGS = st.text(alphabet="-\t \r\nx", max_size=6)


@given(BOUNDARY_CHARS, ENDINGS)
def test_a_line_after_the_separator_reads_as_the_stdlib_pattern_reads_it(
    boundary: str, ending: str
) -> None:
    agree("--" + boundary, "--" + boundary + ending)


@given(BOUNDARY_CHARS, st.text(max_size=20))
def test_any_line_at_all_reads_as_the_stdlib_pattern_reads_it(boundary: str, line: str) -> None:
    agree("--" + boundary, line)


def test_the_cases_that_decide_a_part() -> None:
    for ending in ("", "\n", "\r\n", "\r", "--", "--\r\n", "-- \t\n", "  \r\n\n", "\r\r\n", "\n\n",
                   "\n\n\n", "x\n", "---\n", "--\r"):  # fmt: skip
        agree("--b1", "--b1" + ending)


def test_a_multipart_message_splits_as_it_always_did() -> None:
    raw = (
        b"From: a@example.com\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="=_a.b(c)+?"\r\n\r\n'
        b"preamble\r\n--=_a.b(c)+? \t\r\nContent-Type: text/plain\r\n\r\none\r\n"
        b"--=_a.b(c)+?x\r\nnot a boundary\r\n"
        b"--=_a.b(c)+?\r\nContent-Type: text/plain\r\n\r\ntwo\r\n--=_a.b(c)+?--\r\nepilogue\r\n"
    )
    message = read_tree(raw, _Part)
    parts = [part.get_payload() for part in message.walk()][1:]
    assert parts == ["one\r\n--=_a.b(c)+?x\r\nnot a boundary", "two"]
    assert message.preamble == "preamble"
    assert message.epilogue == "epilogue\r\n"
    assert not message.defects
