"""Parse and format the day-granular offsets and durations used by cadences and schedules.

An *offset* places a reminder relative to an invoice's due date: ``"-3d"`` is three days before,
``"+10d"`` ten days after, ``"+2w"`` two weeks after; ``"0d"`` is the due date itself. A *duration*
is a length of time that cannot be negative: ``"7d"``, ``"2w"``.

Pure text to `timedelta` and back: no clock, no I/O. Dunning runs on calendar days, so hours and
minutes are deliberately not offered; the send window decides the time of day.
"""

from __future__ import annotations

import re
from datetime import timedelta

# At most five digits: "99999w" is ~1900 years, far from timedelta's limit, so no OverflowError.
_OFFSET = re.compile(r"(?P<sign>[+-]?)(?P<count>\d{1,5})(?P<unit>[dw])")
_UNIT_DAYS = {"d": 1, "w": 7}

OFFSET_EXAMPLE = '"+10d"'
DURATION_EXAMPLE = '"7d"'


class DurationError(ValueError):
    """Text that is not an offset or a duration; the message says what was expected."""


def parse_offset(text: str) -> timedelta:
    """``"-3d"`` → ``timedelta(days=-3)``; an unsigned ``"10d"`` counts as ``"+10d"``."""
    match = _OFFSET.fullmatch(text.strip().lower())
    if match is None:
        raise DurationError(f"expected a duration like {OFFSET_EXAMPLE}")
    days = int(match["count"]) * _UNIT_DAYS[match["unit"]]
    return timedelta(days=-days if match["sign"] == "-" else days)


def parse_duration(text: str) -> timedelta:
    """``"7d"`` → ``timedelta(days=7)``; a sign is refused because a duration has no direction."""
    match = _OFFSET.fullmatch(text.strip().lower())
    if match is None:
        raise DurationError(f"expected a duration like {DURATION_EXAMPLE}")
    if match["sign"]:
        raise DurationError(f"expected a duration like {DURATION_EXAMPLE} (without a sign)")
    return timedelta(days=int(match["count"]) * _UNIT_DAYS[match["unit"]])


def format_offset(offset: timedelta) -> str:
    """The inverse of `parse_offset`, always signed: ``timedelta(days=10)`` → ``"+10d"``."""
    sign = "-" if offset.days < 0 else "+"
    return f"{sign}{abs(offset.days)}d"


def format_duration(duration: timedelta) -> str:
    """The inverse of `parse_duration`: ``timedelta(days=14)`` → ``"14d"``."""
    if duration.days < 0:
        raise DurationError("a duration cannot be negative")
    return f"{duration.days}d"
