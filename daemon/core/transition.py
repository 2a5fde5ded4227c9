"""The sequence state machine: how a reply or a collector's order moves a sequence's status.

One job: `transition(state, event, now)`, read from one table, `TABLE[(Phase, Event)]`. It changes
only `status`, `paused_until` and `reason`; what else a reply does (disputes, opted-out addresses,
follow-ups) is decided in `daemon.core.reply_policy`. Pure: `now` is an argument.

The rules the table encodes:
- the robot never lifts what a person decided: a pause without an end (HELD) and a stop hold
  until a collector resumes them; replies can only lengthen a pause, never shorten it;
- a timed pause whose end has passed is ACTIVE again (the planner reads it the same way);
- RESUME, a collector's order, is the one way out of HELD and STOPPED.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from daemon.core.records import SequenceState, SequenceStatus


class Phase(StrEnum):
    """A sequence's status as it stands at `now`."""

    ACTIVE = "active"
    PAUSED = "paused"  # paused until an instant still ahead
    HELD = "held"  # paused until a collector resumes it
    STOPPED = "stopped"


class Event(StrEnum):
    PAUSE = "pause"  # hold until an instant (a reply's pause, a collector's own email)
    DEFER = "defer"  # an out-of-office: not before the return date
    HOLD = "hold"  # hold until a collector resumes (a payment plan, a hard bounce)
    STOP = "stop"  # stop (an unsubscribe with action stop, a collector's stop order)
    CONTINUE = "continue"  # a reply policy's "continue": lifts a timed pause only
    RESUME = "resume"  # a collector's order: back to ACTIVE from anything


class Until(StrEnum):
    """What becomes of `paused_until`."""

    NONE = "none"  # cleared
    GIVEN = "given"  # the event's instant
    LATER = "later"  # the later of the current end and the event's instant
    KEEP = "keep"  # unchanged


@dataclass(frozen=True, slots=True)
class Rule:
    status: SequenceStatus
    until: Until
    changes: bool = True  # False: the event leaves the sequence as it is


_A, _P, _S = SequenceStatus.ACTIVE, SequenceStatus.PAUSED, SequenceStatus.STOPPED
_SAME_HELD = Rule(_P, Until.KEEP, changes=False)
_SAME_STOPPED = Rule(_S, Until.KEEP, changes=False)

TABLE: dict[tuple[Phase, Event], Rule] = {
    (Phase.ACTIVE, Event.PAUSE): Rule(_P, Until.GIVEN),
    (Phase.ACTIVE, Event.DEFER): Rule(_P, Until.GIVEN),
    (Phase.ACTIVE, Event.HOLD): Rule(_P, Until.NONE),
    (Phase.ACTIVE, Event.STOP): Rule(_S, Until.NONE),
    (Phase.ACTIVE, Event.CONTINUE): Rule(_A, Until.NONE, changes=False),
    (Phase.ACTIVE, Event.RESUME): Rule(_A, Until.NONE),
    (Phase.PAUSED, Event.PAUSE): Rule(_P, Until.LATER),
    (Phase.PAUSED, Event.DEFER): Rule(_P, Until.LATER),
    (Phase.PAUSED, Event.HOLD): Rule(_P, Until.NONE),
    (Phase.PAUSED, Event.STOP): Rule(_S, Until.NONE),
    (Phase.PAUSED, Event.CONTINUE): Rule(_A, Until.NONE),
    (Phase.PAUSED, Event.RESUME): Rule(_A, Until.NONE),
    (Phase.HELD, Event.PAUSE): _SAME_HELD,
    (Phase.HELD, Event.DEFER): _SAME_HELD,
    (Phase.HELD, Event.HOLD): _SAME_HELD,
    (Phase.HELD, Event.STOP): Rule(_S, Until.NONE),
    (Phase.HELD, Event.CONTINUE): _SAME_HELD,
    (Phase.HELD, Event.RESUME): Rule(_A, Until.NONE),
    (Phase.STOPPED, Event.PAUSE): _SAME_STOPPED,
    (Phase.STOPPED, Event.DEFER): _SAME_STOPPED,
    (Phase.STOPPED, Event.HOLD): _SAME_STOPPED,
    (Phase.STOPPED, Event.STOP): _SAME_STOPPED,
    (Phase.STOPPED, Event.CONTINUE): _SAME_STOPPED,
    (Phase.STOPPED, Event.RESUME): Rule(_A, Until.NONE),
}

_TIMED = frozenset({Event.PAUSE, Event.DEFER})


class TransitionError(ValueError):
    """An event that cannot apply as given (a timed pause without its instant); nothing changed."""


def phase(state: SequenceState, now: datetime) -> Phase:
    """Where `state` stands at `now`: a timed pause that has ended counts as ACTIVE."""
    if state.status is SequenceStatus.STOPPED:
        return Phase.STOPPED
    if state.status is SequenceStatus.PAUSED:
        if state.paused_until is None:
            return Phase.HELD
        if state.paused_until > now:
            return Phase.PAUSED
    return Phase.ACTIVE


def transition(
    state: SequenceState,
    event: Event,
    now: datetime,
    *,
    until: datetime | None = None,
    reason: str = "",
) -> SequenceState:
    """`state` after `event` at `now`; PAUSE and DEFER need `until` (after `now`)."""
    if event in _TIMED and (until is None or until <= now):
        raise TransitionError(f"{event} needs an end after {now.isoformat()}, got {until}")
    rule = TABLE[(phase(state, now), event)]
    if not rule.changes:
        return state
    current = state.paused_until if phase(state, now) is Phase.PAUSED else None
    ends = {
        Until.NONE: None,
        Until.GIVEN: until,
        Until.LATER: max(current, until) if current and until else (until or current),
        Until.KEEP: state.paused_until,
    }[rule.until]
    keeps_reason = rule.until is Until.LATER and ends == current
    return replace(
        state,
        status=rule.status,
        paused_until=ends,
        reason=state.reason if keeps_reason else reason,
    )
