"""When reminders go out: one a day per address, the minimum gap, zones, holidays, DST."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from test_plan import World, at, make_config

from daemon.core.calendar import BusinessCalendar
from daemon.core.records import OutboxItem, OutboxStatus

DUE = date(2026, 3, 2)  # Monday; "first" is due on Tuesday the 3rd
SHARED = "ap@shared.example"


def _world(**sections: Any) -> World:
    return World(config=make_config(**sections))


def _sends(world: World, now: datetime) -> list[tuple[str, datetime]]:
    return [(r.sequence_key, r.send_at) for r in world.plan(now).reminders]


# --- one email per address and day ------------------------------------------------------------


def test_two_customers_sharing_an_address_get_one_email_a_day() -> None:
    world = _world().customer("C1", SHARED).customer("C2", SHARED.upper())
    world.invoice("INV-1", "C1", date(2026, 3, 4)).invoice("INV-2", "C2", date(2026, 3, 4))
    result = world.plan(at(2026, 3, 5, 8))  # Thursday
    assert [(r.customer_id, r.send_at) for r in result.reminders] == [
        ("C1", at(2026, 3, 5, 9)),
        ("C2", at(2026, 3, 6, 9)),
    ]
    assert result.reminders[1].pay_by == date(2026, 3, 13)
    assert "moved to 2026-03-06: AP@SHARED.EXAMPLE already gets a reminder on 2026-03-05" in (
        result.reminders[1].reason
    )


def test_the_older_debt_gets_the_days_slot() -> None:
    world = _world().customer("C1", SHARED).customer("C2", SHARED)
    world.invoice("INV-1", "C1", date(2026, 3, 4)).invoice("INV-2", "C2", date(2026, 3, 3))
    assert _sends(world, at(2026, 3, 5, 8)) == [
        ("C2", at(2026, 3, 5, 9)),
        ("C1", at(2026, 3, 6, 9)),
    ]


def test_a_higher_daily_limit_lets_both_go_the_same_day() -> None:
    world = _world(schedule={"max_emails_per_contact_per_day": 2})
    world.customer("C1", SHARED).customer("C2", SHARED)
    world.invoice("INV-1", "C1", date(2026, 3, 4)).invoice("INV-2", "C2", date(2026, 3, 4))
    assert _sends(world, at(2026, 3, 5, 8)) == [
        ("C1", at(2026, 3, 5, 9)),
        ("C2", at(2026, 3, 5, 9)),
    ]


def _item(status: OutboxStatus, planned_at: datetime, **fields: Any) -> OutboxItem:
    return OutboxItem(
        "<x@example.com>", "C9", SHARED, "first", ("INV-9",), planned_at, status, **fields
    )


def test_recent_outbox_items_take_their_day() -> None:
    world = _world().customer("C1", SHARED).invoice("INV-1", "C1", date(2026, 3, 4))
    now = at(2026, 3, 5, 10)
    world.recent = [_item(OutboxStatus.SENT, at(2026, 3, 4, 16), sent_at=at(2026, 3, 5, 9, 2))]
    assert _sends(world, now) == [("C1", at(2026, 3, 6, 9))]
    for status in (OutboxStatus.FAILED, OutboxStatus.CANCELLED):  # reached nobody
        world.recent = [_item(status, at(2026, 3, 5, 9))]
        assert _sends(world, now) == [("C1", now)]
    # A retry waiting until tomorrow takes tomorrow's slot, not today's.
    retry = _item(OutboxStatus.PENDING, at(2026, 3, 5, 9), next_attempt_at=at(2026, 3, 6, 9))
    world.recent = [retry]
    assert _sends(world, now) == [("C1", now)]
    world.invoice("INV-1", "C1", date(2026, 3, 5))  # now only due on Friday: first on Monday
    assert _sends(world, at(2026, 3, 6, 8)) == [("C1", at(2026, 3, 9, 9))]


def test_per_invoice_mode_sends_one_invoice_a_day() -> None:
    cadence = {"steps": [{"offset": "+1d", "template": "first"}], "per_invoice": True}
    world = _world(cadences={"default": cadence}).customer("C1")
    for number, due in (("INV-3", date(2026, 3, 3)), ("INV-1", DUE), ("INV-2", DUE)):
        world.invoice(number, "C1", due)
    result = world.plan(at(2026, 3, 5, 8))  # Thursday
    assert [(r.sequence_key, r.invoices, r.send_at) for r in result.reminders] == [
        ("C1#INV-1", ("INV-1",), at(2026, 3, 5, 9)),
        ("C1#INV-2", ("INV-2",), at(2026, 3, 6, 9)),
        ("C1#INV-3", ("INV-3",), at(2026, 3, 9, 9)),  # Monday: the weekend is skipped
    ]
    assert {r.sequence_invoice for r in result.reminders} == {"INV-1", "INV-2", "INV-3"}


def test_per_invoice_sequences_reset_when_their_invoice_is_paid() -> None:
    cadence = {"steps": [{"offset": "+1d", "template": "first"}], "per_invoice": True}
    world = _world(cadences={"default": cadence}).customer("C1")
    world.invoice("INV-1", "C1", DUE, paid=True).invoice("INV-2", "C1", DUE)
    world.state("C1", "INV-1", last_step="first", last_step_index=0)
    world.state("C1", "INV-2", last_step="first", last_step_index=0)
    result = world.plan(at(2026, 3, 5, 8))
    assert (result.resets, result.reminders) == (("C1#INV-1",), ())


# --- the minimum gap -----------------------------------------------------------------------------


def test_min_gap_between_steps() -> None:
    world = _world(schedule={"min_gap_between_steps": "14d"}).customer("C1")
    world.invoice("INV-1", "C1", DUE)
    world.state("C1", last_step="first", last_step_index=1, last_sent_at=at(2026, 3, 3, 9, 30))
    reminder = world.only(at(2026, 3, 12, 8))  # "second" is due, but only 9 days have passed
    assert (reminder.step, reminder.send_at) == ("second", at(2026, 3, 17, 9, 30))
    assert "waits 14d after the last reminder (2026-03-03): min_gap_between_steps" in (
        reminder.reason
    )


def test_min_gap_runs_on_into_the_next_window() -> None:
    world = _world(schedule={"min_gap_between_steps": "10d"}).customer("C1")
    world.invoice("INV-1", "C1", DUE)
    sent = at(2026, 3, 3, 16, 30)  # Tuesday afternoon: the gap ends Friday the 13th, 16:30
    world.state("C1", last_step="first", last_step_index=1, last_sent_at=sent)
    assert world.only(at(2026, 3, 12, 8)).send_at == at(2026, 3, 13, 16, 30)
    world.state("C1", last_step="first", last_step_index=1, last_sent_at=sent + timedelta(hours=1))
    assert world.only(at(2026, 3, 12, 8)).send_at == at(2026, 3, 16, 9)  # Friday 17:30: Monday


# --- zones, holidays, DST -----------------------------------------------------------------------


def test_far_east_customers_are_planned_on_their_own_date() -> None:
    world = _world().customer("NZ", zone="Pacific/Auckland").invoice("INV-1", "NZ", DUE)
    # 19:00 UTC on the 2nd is 08:00 on the 3rd in Auckland (+13:00): "first" is due there.
    reminder = world.only(datetime(2026, 3, 2, 19, tzinfo=UTC))
    assert reminder.send_at == at(2026, 3, 3, 9, zone="Pacific/Auckland")
    assert reminder.send_at == datetime(2026, 3, 2, 20, tzinfo=UTC)
    assert (reminder.timezone, reminder.pay_by) == ("Pacific/Auckland", date(2026, 3, 10))


def test_far_west_customers_are_planned_on_their_own_date() -> None:
    world = _world().customer("HI", zone="Pacific/Honolulu").invoice("INV-1", "HI", DUE)
    # 09:00 UTC on the 3rd is still the due date (the 2nd, 23:00) in Honolulu (-10:00).
    assert world.plan(datetime(2026, 3, 3, 9, tzinfo=UTC)).reminders == ()
    reminder = world.only(datetime(2026, 3, 3, 10, tzinfo=UTC))
    assert reminder.send_at == datetime(2026, 3, 3, 19, tzinfo=UTC)  # 09:00 in Honolulu


def test_public_holidays_push_a_step_to_the_next_business_day() -> None:
    christmas = frozenset({date(2026, 12, 25), date(2026, 12, 26)})
    world = World(calendar=BusinessCalendar(holidays=christmas)).customer("C1")
    world.invoice("INV-1", "C1", date(2026, 12, 24))
    reminder = world.only(at(2026, 12, 25, 8))
    assert (reminder.send_at, reminder.pay_by) == (at(2026, 12, 28, 9), date(2027, 1, 4))


def test_steps_on_dst_weekends_go_out_at_local_nine_on_monday() -> None:
    world = _world().customer("NY", zone="America/New_York")
    world.invoice("INV-NY", "NY", date(2026, 3, 6))  # Friday; "first" falls on Saturday
    new_york = world.only(at(2026, 3, 7, 12, zone="America/New_York"))
    assert new_york.send_at == datetime(2026, 3, 9, 13, tzinfo=UTC)  # Monday 09:00 EDT
    world = _world().customer("DE").invoice("INV-DE", "DE", date(2026, 10, 23))
    berlin = world.only(at(2026, 10, 24, 12))
    assert berlin.send_at == datetime(2026, 10, 26, 8, tzinfo=UTC)  # Monday 09:00 CET


def test_plans_are_deterministic_and_ordered_by_send_time() -> None:
    world = _world().customer("C2").customer("C1").customer("NZ", zone="Pacific/Auckland")
    for cid in ("C2", "C1", "NZ"):
        world.invoice(f"INV-{cid}", cid, DUE)
    now = at(2026, 3, 3, 8)  # 20:00 in Auckland: its window has closed for the day
    first = world.plan(now)
    assert first == world.plan(now)
    assert [(r.customer_id, r.send_at) for r in first.reminders] == [
        ("C1", at(2026, 3, 3, 9)),
        ("C2", at(2026, 3, 3, 9)),
        ("NZ", at(2026, 3, 4, 9, zone="Pacific/Auckland")),
    ]
    shuffled = replace(world, customers=dict(reversed(list(world.customers.items()))))
    assert shuffled.plan(now) == first
