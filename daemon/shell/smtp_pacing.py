"""Pacing for SMTP submission: at most so many messages in any minute.

One job: say how long the sender must wait before its next message. It must not sleep, send or
read the wall clock itself: time comes from the injected `Clock`'s monotonic reading, so tests
drive it with a fake clock.
"""

from __future__ import annotations

from collections import deque

from daemon.shell.clock import Clock

WINDOW_SECONDS = 60.0


class RateLimit:
    """At most `per_minute` sends in any 60 s window, bursts included.

    A bucket of `per_minute` tokens where each spent token returns 60 s after it was taken. A
    bucket refilled continuously at per_minute/60 per second would let up to twice the limit
    through in the minute after a full burst, and a provider may count any sliding minute.
    """

    def __init__(self, per_minute: int, clock: Clock) -> None:
        if per_minute < 1:
            raise ValueError("per_minute must be at least 1")
        self._per_minute = per_minute
        self._clock = clock
        self._spent: deque[float] = deque()

    def wait_seconds(self) -> float:
        """How long until a token is free: 0.0 when one is free now."""
        now = self._clock.monotonic()
        while self._spent and now - self._spent[0] >= WINDOW_SECONDS:
            self._spent.popleft()
        if len(self._spent) < self._per_minute:
            return 0.0
        return self._spent[0] + WINDOW_SECONDS - now

    def take(self) -> None:
        self._spent.append(self._clock.monotonic())
