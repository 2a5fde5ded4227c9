"""What a delivery attempt's reply means, and when to try again: pure decisions, no I/O.

One job: turn an SMTP reply code (or "the connection failed") into SENT / RETRY / REJECTED, and
space retries with capped exponential backoff. It must not talk to a server, sleep, draw random
numbers or read the clock: `now` and the jitter sample are arguments, so the same inputs always
give the same answer.

Reply codes (RFC 5321 §4.2.1): the first digit decides. ``2yz`` is a positive completion, ``4yz``
a transient failure ("the same request may succeed later", §4.2.1), ``5yz`` a permanent one
("the client SHOULD NOT repeat the exact request"). ``1yz`` and ``3yz`` never end a transaction;
seen as a final answer they mean the exchange went wrong, which is treated as transient.

Enhanced status codes (RFC 3463, ``class.subject.detail`` such as ``5.1.1`` "bad destination
mailbox") travel in the reply text. Their class repeats the basic code's first digit (§2: 2
success, 4 persistent transient failure, 5 permanent failure), so the basic code alone decides
here; the enhanced code is kept in the detail for people to read. Where a server's two disagree,
the basic code wins because RFC 5321 clients must act on it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum


class Outcome(StrEnum):
    SENT = "sent"  # accepted: the server took responsibility for delivery (RFC 5321 §6.1)
    RETRY = "retry"  # transient: try again later, with backoff, a bounded number of times
    REJECTED = "rejected"  # permanent: never repeat the same request automatically


# 2**60 times even a microsecond is ~36,000 years: past any sane cap, and no float overflow.
_MAX_DOUBLINGS = 60


def classify(code: int | None, *, connection_error: bool) -> Outcome:
    """The outcome of one attempt from the server's reply code.

    `connection_error` (refused, dropped, timed out) is transient whatever code came before it:
    RFC 5321 §4.5.3.2 timeouts and a lost session say nothing about the message itself. A
    missing code without a connection problem means the attempt failed on our side before the
    server could answer (a bad address, a TLS or login setup error): repeating it would fail
    the same way, so it is REJECTED.
    """
    if connection_error:
        return Outcome.RETRY
    if code is None:
        return Outcome.REJECTED
    first_digit = code // 100
    if first_digit == 2:
        return Outcome.SENT
    if first_digit == 5:
        return Outcome.REJECTED
    # 4yz, and the 1yz/3yz/out-of-range replies a confused exchange might end on.
    return Outcome.RETRY


def next_attempt(
    attempts: int,
    now: datetime,
    *,
    first_delay: timedelta,
    max_delay: timedelta,
    jitter: float,
) -> datetime:
    """When to try again after `attempts` failed attempts (1 after the first failure).

    The delay doubles with each failure, ``first_delay * 2**(attempts - 1)``, up to `max_delay`.
    `jitter` is a sample in [0, 1) drawn by the caller (``random.random()`` in the shell, a
    constant in tests); that fraction of the delay is taken off, so messages that failed
    together do not all come back at the same instant, and the cap is never exceeded.
    """
    if attempts < 1:
        raise ValueError(f"attempts must be at least 1, got {attempts}")
    if not 0.0 <= jitter < 1.0:
        raise ValueError(f"jitter must be in [0, 1), got {jitter}")
    if first_delay <= timedelta(0) or max_delay < first_delay:
        raise ValueError("need 0 < first_delay <= max_delay")
    doubled = first_delay.total_seconds() * 2.0 ** min(attempts - 1, _MAX_DOUBLINGS)
    seconds = min(doubled, max_delay.total_seconds())
    return now + timedelta(seconds=seconds * (1.0 - jitter))


def give_up(attempts: int, max_attempts: int) -> bool:
    """True once `attempts` failed attempts used up the `max_attempts` allowed."""
    return attempts >= max_attempts
