"""The sequence state machine: every (phase, event) cell of the table, driven in memory."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from daemon.core.records import SequenceState, SequenceStatus
from daemon.core.transition import TABLE, Event, Phase, TransitionError, phase, transition

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
SOON = NOW + timedelta(days=2)
LATER = NOW + timedelta(days=9)

START = {
    Phase.ACTIVE: SequenceState("C1", reason="before"),
    Phase.PAUSED: SequenceState(
        "C1", status=SequenceStatus.PAUSED, paused_until=SOON, reason="before"
    ),
    Phase.HELD: SequenceState("C1", status=SequenceStatus.PAUSED, reason="before"),
    Phase.STOPPED: SequenceState("C1", status=SequenceStatus.STOPPED, reason="before"),
}

# (phase, event) -> (status, paused_until) after the event, given LATER as the event's instant.
EXPECTED = {
    (Phase.ACTIVE, Event.PAUSE): (SequenceStatus.PAUSED, LATER),
    (Phase.ACTIVE, Event.DEFER): (SequenceStatus.PAUSED, LATER),
    (Phase.ACTIVE, Event.HOLD): (SequenceStatus.PAUSED, None),
    (Phase.ACTIVE, Event.STOP): (SequenceStatus.STOPPED, None),
    (Phase.ACTIVE, Event.CONTINUE): (SequenceStatus.ACTIVE, None),
    (Phase.ACTIVE, Event.RESUME): (SequenceStatus.ACTIVE, None),
    (Phase.PAUSED, Event.PAUSE): (SequenceStatus.PAUSED, LATER),
    (Phase.PAUSED, Event.DEFER): (SequenceStatus.PAUSED, LATER),
    (Phase.PAUSED, Event.HOLD): (SequenceStatus.PAUSED, None),
    (Phase.PAUSED, Event.STOP): (SequenceStatus.STOPPED, None),
    (Phase.PAUSED, Event.CONTINUE): (SequenceStatus.ACTIVE, None),
    (Phase.PAUSED, Event.RESUME): (SequenceStatus.ACTIVE, None),
    (Phase.HELD, Event.PAUSE): (SequenceStatus.PAUSED, None),
    (Phase.HELD, Event.DEFER): (SequenceStatus.PAUSED, None),
    (Phase.HELD, Event.HOLD): (SequenceStatus.PAUSED, None),
    (Phase.HELD, Event.STOP): (SequenceStatus.STOPPED, None),
    (Phase.HELD, Event.CONTINUE): (SequenceStatus.PAUSED, None),
    (Phase.HELD, Event.RESUME): (SequenceStatus.ACTIVE, None),
    (Phase.STOPPED, Event.PAUSE): (SequenceStatus.STOPPED, None),
    (Phase.STOPPED, Event.DEFER): (SequenceStatus.STOPPED, None),
    (Phase.STOPPED, Event.HOLD): (SequenceStatus.STOPPED, None),
    (Phase.STOPPED, Event.STOP): (SequenceStatus.STOPPED, None),
    (Phase.STOPPED, Event.CONTINUE): (SequenceStatus.STOPPED, None),
    (Phase.STOPPED, Event.RESUME): (SequenceStatus.ACTIVE, None),
}


def test_the_table_covers_every_phase_and_event() -> None:
    cells = {(p, e) for p in Phase for e in Event}
    assert set(TABLE) == cells
    assert set(EXPECTED) == cells


@pytest.mark.parametrize(("start", "event"), sorted(EXPECTED))
def test_each_cell(start: Phase, event: Event) -> None:
    state = START[start]
    assert phase(state, NOW) is start
    after = transition(state, event, NOW, until=LATER, reason="why")
    assert (after.status, after.paused_until) == EXPECTED[(start, event)]
    if after == state:
        assert after.reason == "before"  # unchanged means unchanged, reason included
    # Nothing but the status fields ever changes.
    keep = ("customer_id", "disputed_invoices", "thread", "last_step", "undeliverable")
    assert all(getattr(after, name) == getattr(state, name) for name in keep)


def test_a_timed_pause_is_never_shortened() -> None:
    paused = transition(START[Phase.ACTIVE], Event.PAUSE, NOW, until=LATER, reason="long")
    again = transition(paused, Event.PAUSE, NOW, until=SOON, reason="short")
    assert again.paused_until == LATER
    assert again.reason == "long"  # the pause that holds is the one it documents


def test_a_pause_that_ended_counts_as_active() -> None:
    ended = SequenceState("C1", status=SequenceStatus.PAUSED, paused_until=NOW - timedelta(1))
    assert phase(ended, NOW) is Phase.ACTIVE
    after = transition(ended, Event.PAUSE, NOW, until=SOON)
    assert after.paused_until == SOON


def test_the_robot_never_lifts_what_a_person_decided() -> None:
    robot_events = [Event.PAUSE, Event.DEFER, Event.HOLD, Event.CONTINUE]
    for start in (Phase.HELD, Phase.STOPPED):
        for event in robot_events:
            assert transition(START[start], event, NOW, until=LATER) == START[start]


@pytest.mark.parametrize("until", [None, NOW, NOW - timedelta(seconds=1)])
def test_timed_events_need_an_end_in_the_future(until: datetime | None) -> None:
    for event in (Event.PAUSE, Event.DEFER):
        with pytest.raises(TransitionError):
            transition(START[Phase.ACTIVE], event, NOW, until=until)
