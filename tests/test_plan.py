"""The planner's step rules on fixed instants: which step, listing what, when, and when not.

`World` builds a small ledger; the other `test_plan_*` modules import it from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from daemon.config.schema import Config
from daemon.core.calendar import BusinessCalendar
from daemon.core.plan import Plan, PlannedReminder, advance, due, outbox_item, plan, reset
from daemon.core.plan_sequence import SequenceMismatch
from daemon.core.records import (
    ClosedReason,
    Contact,
    Customer,
    Invoice,
    InvoiceStatus,
    OutboxItem,
    OutboxStatus,
    SequenceState,
    SequenceStatus,
)

BERLIN = ZoneInfo("Europe/Berlin")
COMPANY = {"legal_name": "Example Widgets GmbH", "from_address": "Billing <ar@example.com>"}


def make_config(**sections: Any) -> Config:
    """Berlin's schedule and the default cadence (-3d, +1d, +10d, +25d repeated weekly, 3 times)."""
    sections["schedule"] = {"timezone": "Europe/Berlin", **sections.get("schedule", {})}
    return Config.model_validate({"company": COMPANY, "smtp": {"host": "localhost"}, **sections})


def at(
    y: int, m: int, d: int, hh: int = 0, mm: int = 0, *, zone: str = "Europe/Berlin"
) -> datetime:
    """`at(2026, 3, 3, 9)`: 09:00 on 3 March 2026 in Berlin (or in `zone`)."""
    return datetime(y, m, d, hh, mm, tzinfo=ZoneInfo(zone))


@dataclass
class World:
    """A ledger, sequences and outbox history, planned with fixed instants."""

    config: Config = field(default_factory=make_config)
    calendar: BusinessCalendar = field(default_factory=BusinessCalendar)
    customers: dict[str, Customer] = field(default_factory=dict)
    contacts: dict[str, list[Contact]] = field(default_factory=dict)
    invoices: dict[str, Invoice] = field(default_factory=dict)
    sequences: dict[str, SequenceState] = field(default_factory=dict)
    recent: list[OutboxItem] = field(default_factory=list)
    languages: frozenset[str] = frozenset({"en", "de"})

    def customer(self, cid: str, *emails: str, zone: str | None = None, **fields: Any) -> World:
        self.customers[cid] = Customer(cid, f"Customer {cid}", timezone=zone, **fields)
        addresses = emails or (f"ap@{cid.lower()}.example",)
        self.contacts[cid] = [
            Contact(cid, email, primary=i == 0) for i, email in enumerate(addresses)
        ]
        return self

    def invoice(
        self,
        number: str,
        cid: str,
        due_on: date,
        amount: str = "100.00",
        *,
        balance: str | None = None,
        currency: str = "EUR",
        paid: bool = False,
    ) -> World:
        self.invoices[number] = Invoice(
            number=number,
            customer_id=cid,
            issue_date=due_on - timedelta(days=30),
            due_date=due_on,
            amount=Decimal(amount),
            balance=Decimal(0 if paid else (balance or amount)),
            currency=currency,
            status=InvoiceStatus.CLOSED if paid else InvoiceStatus.OPEN,
            closed_reason=ClosedReason.PAID if paid else None,
        )
        return self

    def state(self, cid: str, invoice: str = "", **fields: Any) -> World:
        state = SequenceState(cid, invoice=invoice, cadence=fields.pop("cadence", "default"))
        state = replace(state, **fields)
        self.sequences[state.key] = state
        return self

    def plan(self, now: datetime) -> Plan:
        return plan(
            now,
            config=self.config,
            calendar=self.calendar,
            customers=self.customers,
            contacts=self.contacts,
            invoices=self.invoices,
            sequences=self.sequences,
            recent=self.recent,
            languages=self.languages,
        )

    def only(self, now: datetime) -> PlannedReminder:
        """The one reminder planned at `now`."""
        planned = self.plan(now).reminders
        assert len(planned) == 1, planned
        return planned[0]

    def send(self, reminder: PlannedReminder, when: datetime | None = None) -> None:
        """Record `reminder` as sent, as the shell would."""
        sent_at = when or reminder.send_at
        message_id = f"<m{len(self.recent) + 1}@example.com>"
        key = reminder.sequence_key
        self.sequences[key] = advance(self.sequences.get(key), reminder, sent_at, message_id)
        item = outbox_item(reminder, message_id, planned_at=sent_at)
        self.recent.append(replace(item, status=OutboxStatus.SENT, sent_at=sent_at))


def steps(result: Plan) -> list[tuple[str, str, int]]:
    return [(r.sequence_key, r.step, r.repeat) for r in result.reminders]


# --- the first steps -----------------------------------------------------------------------


def test_first_reminder_the_day_after_the_due_date() -> None:
    world = World().customer("C1", language="de").invoice("INV-1", "C1", date(2026, 3, 2))
    reminder = world.only(at(2026, 3, 3, 8, 0))  # Tuesday, before the window opens
    assert reminder == PlannedReminder(
        customer_id="C1",
        sequence_invoice="",
        recipient=Contact("C1", "ap@c1.example", primary=True),
        cadence="default",
        step="first",
        step_index=1,
        repeat=0,
        template="first",
        language="de",
        timezone="Europe/Berlin",
        invoices=("INV-1",),
        send_at=at(2026, 3, 3, 9, 0),
        pay_by=date(2026, 3, 10),
        reason="INV-1 is 1 day overdue (due 2026-03-02): first (+1d) due since 2026-03-03",
    )
    assert reminder.send_at.tzinfo is UTC


def test_nothing_before_a_step_date_and_nothing_on_the_due_date() -> None:
    world = World().customer("C1").invoice("INV-1", "C1", date(2026, 3, 20))
    assert world.plan(at(2026, 3, 16, 12)).reminders == ()  # courtesy note is due on the 17th
    world.state("C1", last_step="pre_due", last_step_index=0, driver="INV-1")
    assert world.plan(at(2026, 3, 20, 12)).reminders == ()  # due today: not late yet


def test_inside_the_window_it_goes_out_now_and_due_picks_it() -> None:
    world = World().customer("C1").invoice("INV-1", "C1", date(2026, 3, 2))
    now = at(2026, 3, 3, 10, 30)
    result = world.plan(now)
    assert result.reminders[0].send_at == now
    assert due(result, now) == result.reminders
    assert due(world.plan(at(2026, 3, 3, 7)), at(2026, 3, 3, 7)) == ()


def test_all_overdue_invoices_are_listed_and_the_oldest_drives() -> None:
    world = World().customer("C1")
    world.invoice("INV-2", "C1", date(2026, 3, 10)).invoice("INV-1", "C1", date(2026, 2, 27))
    world.invoice("INV-3", "C1", date(2026, 3, 30))  # not due yet: not in a dunning email
    world.state("C1", last_step="first", last_step_index=1, last_sent_at=at(2026, 2, 28, 9))
    reminder = world.only(at(2026, 3, 11, 8))
    assert reminder.invoices == ("INV-1", "INV-2")
    assert (reminder.step, reminder.reason.split(":")[0]) == (
        "second",
        "INV-1 is 12 days overdue (due 2026-02-27)",
    )


def test_language_falls_back_to_the_default_and_to_the_base_language() -> None:
    world = World(languages=frozenset({"en", "de"}))
    world.customer("FR", language="fr").customer("AT", language="de_AT").customer("XX")
    for cid in ("FR", "AT", "XX"):
        world.invoice(f"INV-{cid}", cid, date(2026, 3, 2))
    languages = {r.customer_id: r.language for r in world.plan(at(2026, 3, 3, 8)).reminders}
    assert languages == {"FR": "en", "AT": "de", "XX": "en"}


# --- courtesy notes before the due date ------------------------------------------------------


def test_courtesy_note_lists_what_comes_due_within_its_window() -> None:
    world = World().customer("C1")
    world.invoice("INV-A", "C1", date(2026, 3, 6)).invoice("INV-B", "C1", date(2026, 3, 5))
    world.invoice("INV-C", "C1", date(2026, 3, 20))
    reminder = world.only(at(2026, 3, 3, 8))  # Tuesday: INV-B's note was due on Monday already
    assert (reminder.step, reminder.invoices) == ("pre_due", ("INV-B", "INV-A"))
    assert reminder.send_at == at(2026, 3, 3, 9)
    assert "courtesy note pre_due (-3d) for 2 invoices due by 2026-03-06" in reminder.reason


def test_courtesy_note_is_dropped_rather_than_sent_after_the_due_date() -> None:
    world = World().customer("C1").invoice("INV-1", "C1", date(2026, 3, 6))  # a Friday
    result = world.plan(at(2026, 3, 6, 17, 30))  # the window has closed; Monday is too late
    assert result.reminders == ()
    assert result.skipped == (
        ("C1", "courtesy note pre_due would go out on 2026-03-09, after the due date"),
    )


def test_one_courtesy_note_per_batch_then_a_new_batch_after_paying() -> None:
    world = World().customer("C1")
    world.invoice("INV-1", "C1", date(2026, 3, 6)).invoice("INV-2", "C1", date(2026, 3, 8))
    note = world.only(at(2026, 3, 3, 9))
    assert note.invoices == ("INV-1",)
    world.send(note)
    # INV-2 enters the window on the 5th, but INV-1's batch is still open: no second note.
    assert world.plan(at(2026, 3, 5, 9)) == Plan()
    world.invoice("INV-1", "C1", date(2026, 3, 6), paid=True)  # paid on time
    assert world.plan(at(2026, 3, 5, 10)) == Plan(resets=("C1",))  # reset; plan afresh next
    world.sequences["C1"] = reset(world.sequences["C1"])
    second = world.only(at(2026, 3, 5, 11))
    assert (second.step, second.invoices) == ("pre_due", ("INV-2",))
    assert second.send_at == at(2026, 3, 6, 9)  # the minimum gap survives the reset
    assert "waits 3d after the last reminder (2026-03-03)" in second.reason


def test_a_courtesy_note_and_a_reset_never_make_two_emails_on_one_day() -> None:
    world = World(config=make_config(schedule={"min_gap_between_steps": "0d"})).customer("C1")
    world.invoice("INV-1", "C1", date(2026, 3, 6)).invoice("INV-2", "C1", date(2026, 3, 6))
    world.send(world.only(at(2026, 3, 3, 9)))
    world.invoice("INV-1", "C1", date(2026, 3, 6), paid=True)
    world.invoice("INV-2", "C1", date(2026, 3, 6), paid=True)
    world.invoice("INV-3", "C1", date(2026, 3, 5))  # issued the same day, due in two days
    world.sequences["C1"] = reset(world.sequences["C1"])
    note = world.only(at(2026, 3, 3, 11))
    assert (note.invoices, note.send_at) == (("INV-3",), at(2026, 3, 4, 9))  # not on the 3rd
    assert "moved to 2026-03-04: ap@c1.example already gets a reminder on 2026-03-03" in note.reason


# --- dunning steps, downtime, repeats --------------------------------------------------------


def test_after_downtime_the_next_step_goes_out_not_a_later_one() -> None:
    world = World().customer("C1").invoice("INV-1", "C1", date(2026, 1, 5))
    world.state("C1", last_step="first", last_step_index=1, last_sent_at=at(2026, 1, 6, 9))
    result = world.plan(at(2026, 2, 10, 8))  # down since the first reminder: second and final due
    assert steps(result) == [("C1", "second", 0)]
    assert "one step at a time: final after it" in result.reminders[0].reason
    # Then final keeps the cadence's spacing from second (+25d - +10d = 15 days), not the 3d gap.
    world.state("C1", last_step="second", last_step_index=2, last_sent_at=at(2026, 2, 10, 9))
    assert world.plan(at(2026, 2, 24, 12)).reminders == ()
    then = world.only(at(2026, 2, 25, 8))
    assert then.step == "final" and "15 days after second as in the cadence" in then.reason


def test_a_first_contact_starts_friendly_however_old_the_debt() -> None:
    """A collector who inherits a ledger does not open with a final notice, nor escalates in a
    burst: each step follows the one before it at the cadence's own spacing."""
    world = World().customer("C1").invoice("INV-1", "C1", date(2026, 1, 5))
    result = world.plan(at(2026, 2, 10, 8))  # 36 days overdue, nothing sent yet
    assert steps(result) == [("C1", "first", 0)]
    assert "one step at a time: second, final after it" in result.reminders[0].reason
    world.state("C1", last_step="first", last_step_index=1, last_sent_at=at(2026, 2, 10, 9))
    assert world.plan(at(2026, 2, 18, 12)).reminders == ()  # first +1d, second +10d: 9 days
    then = world.only(at(2026, 2, 19, 8))
    assert (then.step, then.send_at) == ("second", at(2026, 2, 19, 9))


def test_a_step_waits_for_its_date() -> None:
    world = World().customer("C1").invoice("INV-1", "C1", date(2026, 3, 2))
    world.state("C1", last_step="first", last_step_index=1, last_sent_at=at(2026, 3, 3, 9))
    assert world.plan(at(2026, 3, 11, 12)).reminders == ()  # second comes at +10d, the 12th
    assert steps(world.plan(at(2026, 3, 12, 8))) == [("C1", "second", 0)]


def test_final_step_repeats_weekly_at_most_three_times() -> None:
    world = World().customer("C1").invoice("INV-1", "C1", date(2026, 1, 5))
    sent = at(2026, 2, 2, 9)
    world.state("C1", last_step="final", last_step_index=3, last_sent_at=sent)
    assert world.plan(at(2026, 2, 8, 12)).reminders == ()
    repeat = world.only(at(2026, 2, 9, 8))
    assert (repeat.step, repeat.repeat, repeat.send_at) == ("final", 1, at(2026, 2, 9, 9))
    assert "final again, repeat 1 of 3 (every 7d)" in repeat.reason
    world.state("C1", last_step="final", last_step_index=3, repeats_sent=2, last_sent_at=sent)
    assert world.only(at(2026, 2, 9, 8)).repeat == 3
    world.state("C1", last_step="final", last_step_index=3, repeats_sent=3, last_sent_at=sent)
    result = world.plan(at(2026, 3, 30, 8))
    assert result.reminders == ()
    assert result.skipped == (("C1", "cadence finished: final sent 4 times; over to a collector"),)


def test_repeats_without_a_cap() -> None:
    cadences = {
        "steady": {"steps": [{"offset": "+5d", "template": "first", "repeat_every": "14d"}]}
    }
    world = World(config=make_config(cadences=cadences, assignments={"default_cadence": "steady"}))
    world.customer("C1").invoice("INV-1", "C1", date(2025, 1, 6))
    world.state(
        "C1",
        cadence="steady",
        last_step="first",
        last_step_index=0,
        repeats_sent=40,
        last_sent_at=at(2026, 2, 2, 9),
    )
    assert steps(world.plan(at(2026, 2, 16, 8))) == [("C1", "first", 41)]


def test_a_sequence_never_goes_backwards_when_a_newer_invoice_drives() -> None:
    world = World().customer("C1")
    world.invoice("INV-OLD", "C1", date(2026, 1, 5), paid=True)
    world.invoice("INV-NEW", "C1", date(2026, 2, 2))
    world.state("C1", last_step="second", last_step_index=2, last_sent_at=at(2026, 1, 15, 9))
    result = world.plan(at(2026, 2, 5, 8))  # INV-NEW is 3 days overdue: no "first" again
    assert (result.reminders, result.resets) == ((), ())
    assert steps(world.plan(at(2026, 2, 27, 8))) == [("C1", "final", 0)]  # INV-NEW at +25d


def test_repeats_wait_until_the_new_driver_reaches_the_last_step() -> None:
    world = World().customer("C1")
    world.invoice("INV-NEW", "C1", date(2026, 2, 2))
    world.state("C1", last_step="final", last_step_index=3, last_sent_at=at(2026, 1, 20, 9))
    assert world.plan(at(2026, 2, 20, 8)).reminders == ()
    assert steps(world.plan(at(2026, 2, 27, 8))) == [("C1", "final", 1)]


def test_caught_up_customers_restart_from_the_first_step() -> None:
    world = World().customer("C1").invoice("INV-1", "C1", date(2026, 3, 2), paid=True)
    world.invoice("INV-2", "C1", date(2026, 4, 30))  # open, but not overdue
    sent = at(2026, 3, 3, 9)
    world.state("C1", last_step="first", last_step_index=1, last_sent_at=sent, thread=("<a@x>",))
    result = world.plan(at(2026, 3, 20, 9))
    assert (result.resets, result.reminders) == (("C1",), ())
    world.sequences["C1"] = reset(world.sequences["C1"])
    assert world.sequences["C1"] == SequenceState("C1", cadence="default", last_sent_at=sent)
    assert world.plan(at(2026, 3, 21, 9)).resets == ()
    world.invoice("INV-3", "C1", date(2026, 3, 25))
    assert steps(world.plan(at(2026, 3, 26, 9))) == [("C1", "first", 0)]


def test_nothing_to_reset_before_the_first_email() -> None:
    world = World().customer("C1").invoice("INV-1", "C1", date(2026, 3, 2), paid=True)
    world.state("C1")
    assert world.plan(at(2026, 3, 20, 9)) == Plan()


# --- advance and reset ----------------------------------------------------------------------


def test_advance_records_the_step_the_thread_and_the_driver() -> None:
    world = World().customer("C1").invoice("INV-1", "C1", date(2026, 3, 2))
    world.invoice("INV-2", "C1", date(2026, 3, 2))
    reminder = world.only(at(2026, 3, 3, 8))
    sent = at(2026, 3, 3, 9, 1)
    state = advance(None, reminder, sent, "<m1@example.com>")
    assert state == SequenceState(
        "C1",
        cadence="default",
        last_step="first",
        last_step_index=1,
        last_sent_at=sent,
        thread=("<m1@example.com>",),
        driver="INV-1",
    )
    repeat = replace(reminder, step="final", step_index=3, repeat=2)
    later = advance(state, repeat, sent + timedelta(days=30), "<m2@example.com>")
    assert (later.repeats_sent, later.thread) == (2, ("<m1@example.com>", "<m2@example.com>"))
    with pytest.raises(SequenceMismatch):
        advance(SequenceState("C2"), reminder, sent, "<m3@example.com>")
    with pytest.raises(SequenceMismatch):
        advance(state, reminder, datetime(2026, 3, 3, 9), "<m3@example.com>")


def test_reset_keeps_what_is_known_about_the_customer() -> None:
    state = SequenceState(
        "C1",
        status=SequenceStatus.PAUSED,
        cadence="default",
        last_step="final",
        last_step_index=3,
        repeats_sent=2,
        last_sent_at=at(2026, 3, 3, 9),
        paused_until=at(2026, 4, 1),
        reason="promised to pay",
        thread=("<a@x>", "<b@x>"),
        disputed_invoices=("INV-9",),
        undeliverable=("old@c1.example",),
        driver="INV-1",
    )
    assert reset(state) == replace(
        state, last_step="", last_step_index=-1, repeats_sent=0, thread=(), driver=""
    )
