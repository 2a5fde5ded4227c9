"""read_tree builds the stdlib feedparser's tree: headers, payloads, defects, all of it."""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import Message
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from daemon.core import mime_tree
from daemon.core.mail_parse import _Part
from daemon.core.mime_tree import read_tree

TESTS = Path(__file__).resolve().parent
SHARED = TESTS.parents[1] / "shared" / "corpus"


def shape(part: Message) -> dict[str, Any]:
    """Everything a parser leaves on a part, defects by kind and text."""
    state = {
        key: value
        for key, value in vars(part).items()
        if key not in ("policy", "defects", "_payload", "_content_type", "_parameters")
    }
    state["defects"] = [(type(defect).__name__, defect.args) for defect in part.defects]
    payload = vars(part)["_payload"]  # as stored: get_payload() may re-decode it
    state["payload"] = [shape(sub) for sub in payload] if isinstance(payload, list) else payload
    return state


def stdlib_tree(raw: bytes) -> Message:
    return message_from_bytes(raw, _class=_Part, policy=policy.compat32)


def assert_same_tree(raw: bytes) -> None:
    assert shape(read_tree(raw, _Part)) == shape(stdlib_tree(raw)), raw[:300]


def corpus_files() -> list[Path]:
    files = sorted(TESTS.glob("corpus*/*.eml"))
    if SHARED.is_dir():
        files += sorted(SHARED.rglob("*.eml"))
    return files


def test_every_corpus_message_reads_into_the_stdlib_tree() -> None:
    files = corpus_files()
    assert len(files) > 15_000
    differ = [f.name for f in files if shape(read_tree(f.read_bytes(), _Part)) != shape(
        stdlib_tree(f.read_bytes()))]  # fmt: skip
    assert differ == []


def test_the_public_bounces_read_into_the_stdlib_tree() -> None:
    if not SHARED.is_dir():
        pytest.skip("public corpus not present beside the project")
    for path in sorted((SHARED / "bounces").glob("*.eml")):
        assert_same_tree(path.read_bytes())


NESTED = (
    b"From: a@example.com\r\nContent-Type: multipart/mixed; boundary=outer\r\n\r\n"
    b"preamble\r\n--outer\r\nContent-Type: multipart/alternative; boundary=inner\r\n\r\n"
    b"--inner\r\nContent-Type: text/plain\r\n\r\nplain\r\n--inner\r\n"
    b"Content-Type: text/html\r\n\r\n<p>html</p>\r\n--outer\r\n"
    b"Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx\r\n\r\n"
    b"Final-Recipient: rfc822; x@example.com\r\nStatus: 5.1.1\r\n\r\n--outer\r\n"
    b"Content-Type: message/rfc822\r\n\r\nSubject: original\r\n\r\nbody\r\n"
    b"--outer--\r\nepilogue\r\n"
)


def test_an_outer_boundary_ends_an_unclosed_inner_multipart() -> None:
    tree = read_tree(NESTED, _Part)
    assert [part.get_content_type() for part in tree.walk()] == [
        "multipart/mixed", "multipart/alternative", "text/plain", "text/html",
        "message/delivery-status", "text/plain", "text/plain", "message/rfc822", "text/plain",
    ]  # fmt: skip
    assert tree.preamble == "preamble"
    assert tree.epilogue == "epilogue\r\n"
    assert_same_tree(NESTED)


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"no header at all\n",
        b" folded first\nSubject: x\n\nbody",
        b"From sender Mon Jan  1 00:00:00 2026\nSubject: x\n\nbody\n",
        b"Subject: x\nFrom misplaced\nTo: y\n\nbody\n",
        b":no name\nSubject: x\n\nbody",
        b"Subject: x\nnot a header\nbody\n",
        b"Content-Type: multipart/mixed\n\nno boundary parameter\n",
        b"Content-Type: multipart/mixed; boundary=b\n\nnever opened\n",
        b"Content-Type: multipart/mixed; boundary=b\n\n--b\n\nnever closed\n",
        b"Content-Type: multipart/mixed; boundary=b\nContent-Transfer-Encoding: base64\n\n"
        b"--b\n\nx\n--b--",
        b"Content-Type: multipart/mixed; boundary=b\n\n--b\n--b\n--b\n\nrepeated\n--b--\n\n\nend",
        b"Content-Type: multipart/digest; boundary=d\n\n--d\n\nSubject: in a digest\n\nx\n--d--\n",
        b"Content-Type: text/plain\r\rlone carriage returns\r--x\r",
        b"Content-Type: message/delivery-status\n\nA: 1\n\n\n\nB: 2\n",
        b"Content-Type: multipart/mixed; boundary=b\n\n--b \t\n\nspaced\n--b-- \nx",
        b"Subject: x\nFrom at the end\n\nbody\n",  # the stdlib path: the line is pushed back
        b"Content-Type: multipart/mixed; boundary=b\n\n--b\n--b",  # the stdlib path again
        # a boundary with a colon reads as a header line: it still ends the headers above it
        b'Content-Type: multipart/mixed; boundary="b:1"\n\n--b:1\nContent-Type: text/plain\n'
        b"X-Note: x\n--b:1\nSubject: y\n--b:1--\n",
    ],
)
def test_broken_and_unusual_structures_read_as_the_stdlib_reads_them(raw: bytes) -> None:
    assert_same_tree(raw)


def test_the_steps_it_does_not_follow_go_to_the_stdlib(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bytes] = []
    original = message_from_bytes

    def counted(raw: bytes, **kwargs: Any) -> Message:
        calls.append(raw)
        return original(raw, **kwargs)

    monkeypatch.setattr(mime_tree, "message_from_bytes", counted)
    read_tree(b"Subject: x\nFrom at the end\n\nbody\n", _Part)
    read_tree(b"Content-Type: multipart/mixed; boundary=b\n\n--b\n--b", _Part)
    read_tree(NESTED, _Part)
    assert len(calls) == 2


# Lines that steer the parser down each of its paths, in any order.
LINES = [
    "Content-Type: multipart/mixed; boundary=a", "Content-Type: multipart/alternative; boundary=ab",
    "Content-Type: multipart/digest; boundary=b", "Content-Type: message/rfc822",
    "Content-Type: message/delivery-status", "Content-Type: text/plain",
    "Content-Type: multipart/x",
    "Content-Transfer-Encoding: quoted-printable", "--a", "--a--", "--a ", "--ab", "--ab--", "--b",
    "--b--", "--a--x", "-- ", "", " folded", "\tfolded", "From someone", ":empty name",
    "Subject: hello", "X-Odd: ", "plain text", "Status: 5.1.1",
]  # fmt: skip
ENDINGS = ["\n", "\r\n", "\r"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(LINES), st.sampled_from(ENDINGS)), max_size=40))
def test_any_sequence_of_such_lines_reads_as_the_stdlib_reads_it(
    lines: list[tuple[str, str]],
) -> None:
    assert_same_tree("".join(text + end for text, end in lines).encode())


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_read_as_the_stdlib_reads_them(raw: bytes) -> None:
    assert_same_tree(raw)
