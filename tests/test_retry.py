"""Retry decisions as tables: reply codes to outcomes, backoff on fixed datetimes, giving up."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from daemon.core.retry import Outcome, classify, give_up, next_attempt

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
MINUTE, HOUR = timedelta(minutes=1), timedelta(hours=1)


@pytest.mark.parametrize(
    ("code", "connection_error", "expected"),
    [
        (250, False, Outcome.SENT),  # 250 2.0.0 queued
        (251, False, Outcome.SENT),  # user not local; will forward
        (421, False, Outcome.RETRY),  # service closing the channel
        (450, False, Outcome.RETRY),  # mailbox busy
        (451, False, Outcome.RETRY),  # local error; greylisting says this too
        (452, False, Outcome.RETRY),  # insufficient storage
        (454, False, Outcome.RETRY),  # temporary authentication failure (RFC 4954)
        (500, False, Outcome.REJECTED),
        (530, False, Outcome.REJECTED),  # authentication required
        (535, False, Outcome.REJECTED),  # credentials invalid
        (550, False, Outcome.REJECTED),  # 5.1.1 no such user
        (552, False, Outcome.REJECTED),  # too large
        (554, False, Outcome.REJECTED),  # transaction failed (spam, policy)
        (354, False, Outcome.RETRY),  # an intermediate reply as a final answer: unclear
        (199, False, Outcome.RETRY),
        (None, False, Outcome.REJECTED),  # failed on our side before any reply
        (None, True, Outcome.RETRY),  # refused, dropped, timed out
        (550, True, Outcome.RETRY),  # the connection broke afterwards: nothing is certain
    ],
)
def test_classify(code: int | None, connection_error: bool, expected: Outcome) -> None:
    assert classify(code, connection_error=connection_error) is expected


@pytest.mark.parametrize(
    ("attempts", "delay"),
    [
        (1, timedelta(minutes=1)),
        (2, timedelta(minutes=2)),
        (3, timedelta(minutes=4)),
        (6, timedelta(minutes=32)),
        (7, HOUR),  # 64 min capped
        (10_000, HOUR),  # no overflow however many
    ],
)
def test_backoff_doubles_up_to_the_cap(attempts: int, delay: timedelta) -> None:
    at = next_attempt(attempts, NOW, first_delay=MINUTE, max_delay=HOUR, jitter=0.0)
    assert at == NOW + delay


@pytest.mark.parametrize(
    ("attempts", "jitter", "delay"),
    [
        (1, 0.5, timedelta(seconds=30)),
        (3, 0.25, timedelta(minutes=3)),
        (7, 0.1, timedelta(minutes=54)),  # taken off the cap: never later than it
    ],
)
def test_jitter_takes_a_share_off(attempts: int, jitter: float, delay: timedelta) -> None:
    at = next_attempt(attempts, NOW, first_delay=MINUTE, max_delay=HOUR, jitter=jitter)
    assert at == NOW + delay


@given(
    attempts=st.integers(min_value=1, max_value=200),
    jitter=st.floats(min_value=0.0, max_value=0.999),
)
def test_next_attempt_is_always_after_now_and_within_the_cap(attempts: int, jitter: float) -> None:
    at = next_attempt(attempts, NOW, first_delay=MINUTE, max_delay=HOUR, jitter=jitter)
    assert NOW < at <= NOW + HOUR


@pytest.mark.parametrize(
    ("attempts", "jitter", "first", "cap"),
    [
        (0, 0.0, MINUTE, HOUR),
        (1, -0.1, MINUTE, HOUR),
        (1, 1.0, MINUTE, HOUR),
        (1, 0.0, timedelta(0), HOUR),
        (1, 0.0, HOUR, MINUTE),
    ],
)
def test_next_attempt_refuses_nonsense(
    attempts: int, jitter: float, first: timedelta, cap: timedelta
) -> None:
    with pytest.raises(ValueError, match=r"must|need"):
        next_attempt(attempts, NOW, first_delay=first, max_delay=cap, jitter=jitter)


@pytest.mark.parametrize(
    ("attempts", "max_attempts", "expected"),
    [(1, 6, False), (5, 6, False), (6, 6, True), (7, 6, True), (1, 1, True)],
)
def test_give_up(attempts: int, max_attempts: int, expected: bool) -> None:
    assert give_up(attempts, max_attempts) is expected
