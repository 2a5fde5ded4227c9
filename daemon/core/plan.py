"""The reminder planner: which customers get which reminder, to whom, and when.

One job: `plan(now, ...)` turns the ledger, the config and where each sequence stands into a
`Plan`: every reminder eligible now (each with its send time, which may still lie ahead), the
sequences to restart because their customer caught up, and why customers who owe something are
not reminded. Pure: `now` is an argument; it must not send, store or read the clock. `dunmail plan`
prints a plan; `run` sends `due(plan, now)` and records each with `advance`.

Per customer, in order: excluded customers (`assignments.exclude`) are left alone; the cadence is
the first matching rule's, else the default; a STOPPED sequence, or one PAUSED without an end or
until a later instant, is skipped (a customer-level pause or stop also holds every per-invoice
sequence); a sequence whose reminder is still in the outbox (PENDING/SENDING) waits for it. Then
`plan_steps` picks the step, `plan_ledger` checks something is owed above `min_balance` after
credit notes, the recipient is the first contact (primary first) not known undeliverable, the
send time is the first window on or after the step's date, now, and `min_gap_between_steps` after
the sequence's last email, and `plan_pacing` applies the per-day limit. A sequence put in `resets`
plans nothing in the same plan: the next plan starts it afresh, so a reset and a send never race.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from daemon.config.cadence import Cadence
from daemon.config.schema import Config
from daemon.core.calendar import BusinessCalendar, customer_zone, day_start, local_date
from daemon.core.plan_contact import address_key, language, recipient
from daemon.core.plan_ledger import (
    after_credits,
    credit_notes,
    format_totals,
    listable,
    open_invoices_by_customer,
    overdue,
    owed,
    worth_asking,
)
from daemon.core.plan_pacing import Draft, pace
from daemon.core.plan_records import Plan, PlannedReminder, due, outbox_item
from daemon.core.plan_sequence import advance, reset
from daemon.core.plan_steps import (
    Choice,
    Position,
    cadence_for,
    caught_up,
    choose,
    excluded,
    finished,
    held,
    progress,
)
from daemon.core.records import (
    Contact,
    Customer,
    Invoice,
    OutboxItem,
    OutboxStatus,
    SequenceState,
    sequence_key,
)

__all__ = ["Plan", "PlannedReminder", "advance", "due", "outbox_item", "plan", "reset"]

IN_FLIGHT = frozenset({OutboxStatus.PENDING, OutboxStatus.SENDING})


@dataclass(frozen=True, slots=True)
class _Inputs:
    now: datetime
    config: Config
    calendar: BusinessCalendar
    contacts: Mapping[str, Sequence[Contact]]
    sequences: Mapping[str, SequenceState]
    languages: Collection[str]
    open_invoices: Mapping[str, Sequence[Invoice]]
    sequences_of: Mapping[str, Sequence[SequenceState]]  # by customer id
    in_flight: frozenset[str]  # sequence keys with a reminder in the outbox


@dataclass(frozen=True, slots=True)
class _Customer:
    """What every sequence of one customer shares."""

    customer: Customer
    zone_name: str
    zone: ZoneInfo
    cadence_name: str
    cadence: Cadence
    listed: tuple[Invoice, ...]
    remaining: Mapping[str, Decimal]  # invoice number -> balance left after credit notes
    undeliverable: frozenset[str]


@dataclass
class _Outcome:
    drafts: list[Draft] = field(default_factory=list)
    resets: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)

    def skip(self, customer_id: str, why: str) -> None:
        if (customer_id, why) not in self.skipped:
            self.skipped.append((customer_id, why))


def plan(
    now: datetime,
    *,
    config: Config,
    calendar: BusinessCalendar,
    customers: Mapping[str, Customer],
    contacts: Mapping[str, Sequence[Contact]],
    invoices: Mapping[str, Invoice],
    sequences: Mapping[str, SequenceState],
    recent: Iterable[OutboxItem],
    languages: Collection[str],
) -> Plan:
    """Everything the reminders would do at `now` (timezone-aware)."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(f"now must be timezone-aware, got {now.isoformat()}")
    recent = tuple(recent)
    inputs = _Inputs(
        now=now.astimezone(UTC),
        config=config,
        calendar=calendar,
        contacts=contacts,
        sequences=sequences,
        languages=languages,
        open_invoices=open_invoices_by_customer(invoices.values()),
        sequences_of=_by_customer(sequences.values()),
        in_flight=frozenset(item.sequence_key for item in recent if item.status in IN_FLIGHT),
    )
    outcome = _Outcome()
    for customer_id in sorted(customers):
        _plan_customer(inputs, customers[customer_id], outcome)
    schedule = config.schedule
    reminders, dropped = pace(
        outcome.drafts,
        recent,
        calendar,
        per_day=schedule.max_emails_per_contact_per_day,
        pay_within_days=config.outbound.pay_within_days,
    )
    reminders.sort(key=lambda r: (r.send_at, r.customer_id, r.sequence_invoice))
    skipped = sorted([*outcome.skipped, *dropped], key=lambda entry: entry[0])
    return Plan(tuple(reminders), tuple(outcome.resets), tuple(skipped))


def _plan_customer(inputs: _Inputs, customer: Customer, outcome: _Outcome) -> None:
    theirs = inputs.sequences_of.get(customer.id, ())
    # A dispute or a bounce recorded on any of the customer's sequences holds for all of them.
    disputed = {number for state in theirs for number in state.disputed_invoices}
    open_invoices = inputs.open_invoices.get(customer.id, ())
    listed = listable(open_invoices, disputed)
    assignments = inputs.config.assignments
    if excluded(customer, assignments):
        if listed:
            outcome.skip(customer.id, "excluded by assignments.exclude")
        return
    zone_name = customer_zone(customer, inputs.config.schedule)
    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        outcome.skip(customer.id, f'unknown time zone "{zone_name}": fix it in the ledger')
        return
    cadence_name = cadence_for(customer, assignments)
    facts = _Customer(
        customer=customer,
        zone_name=zone_name,
        zone=zone,
        cadence_name=cadence_name,
        cadence=inputs.config.cadences[cadence_name],
        listed=listed,
        remaining=after_credits(listed, credit_notes(open_invoices)),
        undeliverable=frozenset(
            address_key(a) for s in theirs for a in (*s.undeliverable, *s.unsubscribed)
        ),
    )
    for invoice, subset in _sequences(facts, theirs):
        _plan_sequence(inputs, facts, invoice, subset, outcome)


def _by_customer(states: Iterable[SequenceState]) -> dict[str, list[SequenceState]]:
    grouped: dict[str, list[SequenceState]] = defaultdict(list)
    for state in states:
        grouped[state.customer_id].append(state)
    return grouped


def _sequences(
    facts: _Customer, theirs: Iterable[SequenceState]
) -> list[tuple[str, tuple[Invoice, ...]]]:
    """(sequence invoice, invoices it may list) for each of the customer's sequences."""
    if not facts.cadence.per_invoice:
        return [("", facts.listed)]
    own = [(invoice.number, (invoice,)) for invoice in facts.listed]
    numbers = {invoice.number for invoice in facts.listed}
    # Sequences of invoices no longer listed still need looking at: they may have to reset.
    gone = sorted(s.invoice for s in theirs if s.invoice and s.invoice not in numbers)
    return own + [(number, ()) for number in gone]


def _plan_sequence(
    inputs: _Inputs,
    facts: _Customer,
    invoice: str,
    listed: tuple[Invoice, ...],
    outcome: _Outcome,
) -> None:
    customer_id = facts.customer.id
    key = sequence_key(customer_id, invoice)
    state = inputs.sequences.get(key) or SequenceState(customer_id, invoice=invoice)
    label = f"{invoice}: " if invoice else ""
    hold = held(state, inputs.sequences.get(customer_id) if invoice else None, inputs.now)
    if hold or key in inputs.in_flight:
        if listed:
            outcome.skip(customer_id, label + (hold or "a reminder is still in the outbox"))
        return
    done = progress(state, facts.cadence_name, facts.cadence)
    at = Position(facts.cadence, done, state, local_date(inputs.now, facts.zone), facts.zone)
    if caught_up(at, listed):
        outcome.resets.append(key)
        return
    choice = choose(at, listed)
    if choice is None:
        why = finished(at) if overdue(listed, at.today) else ""
    else:
        draft_or_why = _draft(inputs, facts, state, choice)
        if isinstance(draft_or_why, Draft):
            outcome.drafts.append(draft_or_why)
            return
        why = draft_or_why
    if why:
        outcome.skip(customer_id, label + why)


def _draft(inputs: _Inputs, facts: _Customer, state: SequenceState, choice: Choice) -> Draft | str:
    """The reminder for `choice`, or why there is none."""
    customer = facts.customer
    schedule = inputs.config.schedule
    totals = owed(choice.listed, facts.remaining)
    if not worth_asking(totals, schedule.min_balance):
        what = f"owes {format_totals(totals)} after credit notes"
        return f"{what}, not above min_balance {schedule.min_balance}"
    to = recipient(inputs.contacts.get(customer.id, ()), facts.undeliverable)
    if to is None:
        return "no deliverable contact: add an AP email address"
    earliest, waits = _earliest(inputs.now, choice, state, schedule.min_gap_between_steps, facts)
    step = facts.cadence.steps[choice.index]
    send_at = inputs.calendar.next_send_time(earliest, facts.zone)
    reminder = PlannedReminder(
        customer_id=customer.id,
        sequence_invoice=state.invoice,
        recipient=to,
        cadence=facts.cadence_name,
        step=step.name,
        step_index=choice.index,
        repeat=choice.repeat,
        template=step.template,
        language=language(customer, inputs.languages, inputs.config.templates.default_language),
        timezone=facts.zone_name,
        invoices=tuple(invoice.number for invoice in choice.listed),
        send_at=send_at,
        pay_by=local_date(send_at, facts.zone),  # the pacing adds pay_within_days to its day
        reason=choice.why + waits,
    )
    return Draft(reminder, facts.zone, choice.until, choice.listed[0].due_date)


def _earliest(
    now: datetime, choice: Choice, state: SequenceState, gap: timedelta, facts: _Customer
) -> tuple[datetime, str]:
    """Not before now, the step's date, nor `gap` after the sequence's last email."""
    earliest = max(now, day_start(choice.on, facts.zone))
    last = state.last_sent_at
    if last is None or last + gap <= earliest:
        return earliest, ""
    on = local_date(last, facts.zone)
    return last + gap, f"; waits {gap.days}d after the last reminder ({on}): min_gap_between_steps"
