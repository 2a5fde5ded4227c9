"""daemon.core.duration: offsets and durations, as pure tables."""

from __future__ import annotations

from datetime import timedelta

import pytest

from daemon.core.duration import (
    DurationError,
    format_duration,
    format_offset,
    parse_duration,
    parse_offset,
)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("-3d", -3),
        ("+1d", 1),
        ("+10d", 10),
        ("10d", 10),
        ("0d", 0),
        ("+0d", 0),
        ("-0d", 0),
        ("+2w", 14),
        ("-1w", -7),
        (" +5D ", 5),
    ],
)
def test_parse_offset(text: str, days: int) -> None:
    assert parse_offset(text) == timedelta(days=days)


@pytest.mark.parametrize("text", ["", "d", "+d", "10", "+10", "1.5d", "+10h", "ten days", "++1d",
                                  "1d2d", "+123456d", "-", "+ 3d"])  # fmt: skip
def test_offset_errors_say_what_is_expected(text: str) -> None:
    with pytest.raises(DurationError, match='expected a duration like "\\+10d"'):
        parse_offset(text)


@pytest.mark.parametrize(("text", "days"), [("7d", 7), ("0d", 0), ("2w", 14), ("99999d", 99999)])
def test_parse_duration(text: str, days: int) -> None:
    assert parse_duration(text) == timedelta(days=days)


@pytest.mark.parametrize("text", ["-7d", "+7d"])
def test_duration_has_no_sign(text: str) -> None:
    with pytest.raises(DurationError, match="without a sign"):
        parse_duration(text)


def test_duration_errors() -> None:
    with pytest.raises(DurationError, match='expected a duration like "7d"'):
        parse_duration("a week")


@pytest.mark.parametrize(("days", "text"), [(-3, "-3d"), (0, "+0d"), (10, "+10d"), (14, "+14d")])
def test_format_offset_round_trips(days: int, text: str) -> None:
    assert format_offset(timedelta(days=days)) == text
    assert parse_offset(text) == timedelta(days=days)


def test_format_duration() -> None:
    assert format_duration(timedelta(days=7)) == "7d"
    with pytest.raises(DurationError):
        format_duration(timedelta(days=-1))
