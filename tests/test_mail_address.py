"""read_addresses: the same pairs as email.utils.getaddresses, for plain lists and for the rest."""

from __future__ import annotations

from email.utils import getaddresses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from daemon.core.mail_address import read_addresses


@pytest.mark.parametrize(
    ("value", "pairs"),
    [
        ("Jane Doe <Jane.Doe@customer.example>", [("Jane Doe", "Jane.Doe@customer.example")]),
        ("ap@customer.example", [("", "ap@customer.example")]),
        (
            "AR <ar@us.example>, other@us.example ,O'Brien <o@b.example>",
            [("AR", "ar@us.example"), ("", "other@us.example"), ("O'Brien", "o@b.example")],
        ),
        ('"Doe, Jane" <jane@customer.example>', [("Doe, Jane", "jane@customer.example")]),
        ("jane@customer.example (Jane Doe)", [("Jane Doe", "jane@customer.example")]),
        ("undisclosed-recipients:;", [("", "")]),
        ("Zoë Müller <zoe@kunde.example>", [("Zoë Müller", "zoe@kunde.example")]),
    ],
)
def test_read_addresses_reads_plain_and_quoted_lists(
    value: str, pairs: list[tuple[str, str]]
) -> None:
    assert read_addresses([value]) == pairs


def test_read_addresses_keeps_the_order_across_values() -> None:
    assert read_addresses(["a@x.example", "B <b@y.example>, c@z.example"]) == [
        ("", "a@x.example"),
        ("B", "b@y.example"),
        ("", "c@z.example"),
    ]


_WORDS = st.sampled_from(["Jane", "Doe", "Zoë", "O'Brien", "x_y", "Jo-Ann", "AR", "é", "a1"])
_LOCALS = st.sampled_from(["ap", "jane.doe", "a+tag", "x_y", "o'b", "a..b", ".a", "a.", "ü"])
_DOMAINS = st.sampled_from(["customer.example", "b", "x-y.example", "a..b", "-", "[1.2.3.4]"])
_ODD = st.sampled_from(
    [" ", "  ", "\t", ",", '"', "(", ")", ";", ":", "\\", "<", ">", "@", ".", "=?utf-8?q?x?="]
)


@st.composite
def _address_lists(draw: st.DrawFn) -> str:
    """A list of "Name <local@domain>" and bare addresses, one odd character dropped in at a
    random place now and then: plain lists and near misses of them."""
    entries = []
    for _ in range(draw(st.integers(1, 4))):
        address = f"{draw(_LOCALS)}@{draw(_DOMAINS)}"
        name = " ".join(draw(st.lists(_WORDS, max_size=3)))
        bare = draw(st.booleans())
        entries.append(address if bare else f"{name}{draw(st.sampled_from(['', ' ']))}<{address}>")
    value = draw(st.sampled_from([",", ", ", " , ", ",,"])).join(entries)
    if draw(st.booleans()):
        return value
    spot = draw(st.integers(0, len(value)))
    return value[:spot] + draw(_ODD) + value[spot:]


@settings(max_examples=2000, deadline=None)
@given(_address_lists())
def test_read_addresses_agrees_with_the_stdlib(value: str) -> None:
    assert read_addresses([value]) == getaddresses([value])
