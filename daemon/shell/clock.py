"""The only reader of the wall clock; everything else is handed `now`."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never jumps (for timeouts and intervals)."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()


class FixedClock:
    """A clock stopped at one instant: `dunmail run --once --now`, and tests."""

    def __init__(self, at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("a fixed clock needs a timezone-aware time")
        self.at = at

    def now(self) -> datetime:
        return self.at

    def monotonic(self) -> float:
        return time.monotonic()


class SimulatedClock:
    """A clock moved by hand: the demo runs weeks of service in seconds by setting the time."""

    def __init__(self, at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("a simulated clock needs a timezone-aware time")
        self.at = at

    def set(self, at: datetime) -> None:
        if at < self.at:
            raise ValueError("a simulated clock never goes back")
        self.at = at

    def now(self) -> datetime:
        return self.at

    def monotonic(self) -> float:
        # Real seconds: rate limits and timeouts pace real connections, whatever the date.
        return time.monotonic()
