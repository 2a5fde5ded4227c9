"""Which cadence a customer follows, and which of its steps is due: the planner's dunning rules.

One job: from a sequence's progress and the invoices it may list, on the customer's local date,
choose the step to send (or none), or tell that the customer caught up or that a collector's stop
or pause holds the sequence. Pure; it must not choose times of day, recipients or languages, nor
count emails per day (`plan_pacing` does that).

The rules, all read on the customer's local calendar date:

- *Dunning* (something listed is overdue). The driver is the most overdue listed invoice; the email
  lists every overdue one. The step is the next one after the last step sent, once its date
  (driver's due date + offset) has come: the tone firms up one step at a time, never skipping one.
- *Catching up*. A debt older than several steps (a ledger imported with old debts, a customer
  new to dunmail, or steps missed while dunmail was down) starts at the first overdue step whose
  date has come, the friendliest: a collector who inherits a ledger does not open with a final
  notice. Each later step then keeps the cadence's own spacing from the step before it, counted
  from the day that one was sent (first +1d, second +10d: nine days apart), so catching up never
  becomes a burst of escalating emails.
- *Repeats*. When the last step was sent and it repeats, it is sent again once `repeat_every` has
  passed since the last sending *and* its date has come for the current driver, at most
  `repeat_max` times.
- *Never backwards*. Progress is the index of the last step sent; when the oldest invoice is paid
  and a newer one drives, only later steps follow, each on the newer invoice's dates.
- *Courtesy notes* (nothing overdue). Steps with an offset <= 0 are sent for the earliest invoice
  coming due and list every invoice coming due within that step's window (due from today up to
  today - offset). Such a note never goes out after its driver's due date.
- *Caught up*. A sequence that sent something restarts (its key goes to `Plan.resets`) once
  nothing listed is overdue, except while the driver of the courtesy note sent last is still open:
  that batch has been announced. So a customer who always has invoices coming due gets one
  courtesy note per batch: the note marks the batch, paying it resets the sequence, and the next
  invoice to come due starts a new batch (the one-per-day limit and the minimum gap, which a reset
  keeps, still apply).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from daemon.config.cadence import Assignments, Cadence, Step
from daemon.core.calendar import local_date
from daemon.core.duration import format_offset
from daemon.core.plan_ledger import coming_due, overdue
from daemon.core.records import Customer, Invoice, SequenceState, SequenceStatus

NO_OFFSET = timedelta(0)


@dataclass(frozen=True, slots=True)
class Choice:
    """A step the sequence should send now, and what it lists."""

    index: int
    repeat: int  # 0: the step's first sending; n: its n-th repeat
    listed: tuple[Invoice, ...]  # oldest due first; the first one drove the step
    on: date  # the step's date in the customer's zone: not sent before it
    until: date | None  # courtesy notes: not sent after this date (the driver's due date)
    why: str


def excluded(customer: Customer, assignments: Assignments) -> bool:
    rule = assignments.exclude
    return customer.id in rule.customers or not set(customer.tags).isdisjoint(rule.tags)


def cadence_for(customer: Customer, assignments: Assignments) -> str:
    """The cadence of the first rule matching the customer's id or one of its tags."""
    for rule in assignments.rules:
        if customer.id in rule.customers or not set(customer.tags).isdisjoint(rule.tags):
            return rule.cadence
    return assignments.default_cadence


def progress(state: SequenceState, cadence_name: str, cadence: Cadence) -> int:
    """The index of the last step sent, in the cadence assigned now (-1: nothing sent yet).

    After a customer moved to another cadence, progress follows the last step's name when the new
    cadence has a step of that name, else its index, so the move never restarts the sequence.
    """
    if state.last_step_index < 0:
        return -1
    names = [step.name for step in cadence.steps]
    if state.cadence not in {"", cadence_name} and state.last_step in names:
        return names.index(state.last_step)
    return min(state.last_step_index, len(names) - 1)


@dataclass(frozen=True, slots=True)
class Position:
    """Where one sequence stands on the customer's local date."""

    cadence: Cadence
    done: int  # index of the last step sent in `cadence` (see `progress`); -1: none yet
    state: SequenceState
    today: date  # in the customer's zone
    zone: ZoneInfo


def held(state: SequenceState, customer_state: SequenceState | None, now: datetime) -> str:
    """Why a collector's stop or pause holds this sequence, or "".

    A pause without an end holds until a collector lifts it; one whose end has passed no longer
    holds. A customer-level state holds each of the customer's per-invoice sequences too.
    """
    for hold in (customer_state, state):
        if hold is None:
            continue
        reason = f": {hold.reason}" if hold.reason else ""
        if hold.status is SequenceStatus.STOPPED:
            return "stopped" + reason
        if hold.status is SequenceStatus.PAUSED and (
            hold.paused_until is None or hold.paused_until > now
        ):
            until = f" until {hold.paused_until.isoformat()}" if hold.paused_until else ""
            return f"paused{until}{reason}"
    return ""


def caught_up(at: Position, listed: tuple[Invoice, ...]) -> bool:
    """Whether the sequence should restart: it sent something and nothing listed is overdue."""
    if (at.done < 0 and at.state.repeats_sent == 0) or overdue(listed, at.today):
        return False
    if at.done >= 0 and at.cadence.steps[at.done].offset <= NO_OFFSET:
        open_numbers = {invoice.number for invoice in listed}
        # The batch a courtesy note announced stays announced while its driver is open.
        driver = at.state.driver
        return driver not in open_numbers if driver else not open_numbers
    return True


def choose(at: Position, listed: tuple[Invoice, ...]) -> Choice | None:
    """The step to send on `at.today`, or None. `listed` is oldest due first."""
    late = overdue(listed, at.today)
    return _dunning(at, late) if late else _courtesy(at, listed)


def finished(at: Position) -> str:
    """Why a dunning sequence has nothing left to send, or "" while it has."""
    last = at.cadence.steps[-1]
    if at.done < len(at.cadence.steps) - 1:
        return ""
    if last.repeat_every is None:
        return f"cadence finished: {last.name} was its last step; over to a collector"
    if last.repeat_max is not None and at.state.repeats_sent >= last.repeat_max:
        sent = at.state.repeats_sent + 1
        return f"cadence finished: {last.name} sent {sent} times; over to a collector"
    return ""


def _dunning(at: Position, late: tuple[Invoice, ...]) -> Choice | None:
    driver = late[0]
    reached = [
        i
        for i, step in enumerate(at.cadence.steps)
        if step.offset > NO_OFFSET and driver.due_date + step.offset <= at.today
    ]
    ahead = [i for i in reached if i > at.done]
    if not ahead:
        return _repeat(at, late)
    # Step by step: the next step, never a later one, so the tone firms up one notch at a time.
    index = ahead[0]
    step = at.cadence.steps[index]
    on = driver.due_date + step.offset
    why = f"{_lateness(driver, at.today)}: {step.name} ({format_offset(step.offset)})"
    previous = at.cadence.steps[at.done] if at.done >= 0 else None
    if previous is not None and previous.offset > NO_OFFSET and at.state.last_sent_at:
        # Catching up (an old debt, or after downtime): the cadence's own spacing between the two
        # steps, counted from the last one sent, not a burst of escalating emails.
        spacing = step.offset - previous.offset
        spaced = local_date(at.state.last_sent_at, at.zone) + spacing
        if spaced > on:
            if spaced > at.today:
                return None
            on = spaced
            why += f", {spacing.days} days after {previous.name} as in the cadence"
    why += f" due since {on}"
    if len(ahead) > 1:
        later = ", ".join(at.cadence.steps[i].name for i in ahead[1:])
        why += f"; one step at a time: {later} after it"
    return Choice(index, 0, late, on, None, why)


def _repeat(at: Position, late: tuple[Invoice, ...]) -> Choice | None:
    last = len(at.cadence.steps) - 1
    step = at.cadence.steps[last]
    every = _repeat_every(step, at.state.repeats_sent)
    if at.done != last or every is None:
        return None
    driver = late[0]
    on = driver.due_date + step.offset  # the current driver must have reached this step too
    if at.state.last_sent_at is not None:
        on = max(on, local_date(at.state.last_sent_at, at.zone) + every)
    if on > at.today:
        return None
    repeat = at.state.repeats_sent + 1
    cap = f" of {step.repeat_max}" if step.repeat_max is not None else ""
    again = f"{step.name} again, repeat {repeat}{cap} (every {every.days}d)"
    return Choice(last, repeat, late, on, None, f"{_lateness(driver, at.today)}: {again}")


def _repeat_every(step: Step, repeats_sent: int) -> timedelta | None:
    """How often `step` repeats, or None when it does not (any more)."""
    capped = step.repeat_max is not None and repeats_sent >= step.repeat_max
    return None if step.offset <= NO_OFFSET or capped else step.repeat_every


def _courtesy(at: Position, listed: tuple[Invoice, ...]) -> Choice | None:
    upcoming = tuple(invoice for invoice in listed if invoice.due_date >= at.today)
    if not upcoming:
        return None
    driver = upcoming[0]
    ahead = [
        i
        for i, step in enumerate(at.cadence.steps)
        if step.offset <= NO_OFFSET and i > at.done and driver.due_date + step.offset <= at.today
    ]
    if not ahead:
        return None
    index = ahead[-1]
    step = at.cadence.steps[index]
    until = at.today - step.offset  # the window of a "-3d" note: due within the next three days
    batch = coming_due(upcoming, at.today, until)
    why = (
        f"{driver.number} comes due {driver.due_date}: courtesy note {step.name} "
        f"({format_offset(step.offset)}) for {_count(len(batch), 'invoice')} due by {until}"
    )
    return Choice(index, 0, batch, driver.due_date + step.offset, driver.due_date, why)


def _lateness(driver: Invoice, today: date) -> str:
    days = driver.days_overdue(today)
    return f"{driver.number} is {_count(days, 'day')} overdue (due {driver.due_date})"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
