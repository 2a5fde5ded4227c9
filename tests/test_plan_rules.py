"""Who is not reminded and why: balances, credit notes, disputes, holds, exclusions, contacts."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from test_plan import World, at, make_config, steps

from daemon.core.records import Contact, OutboxItem, OutboxStatus, SequenceStatus

NOW = at(2026, 3, 12, 8)  # Thursday; invoices due on 2026-03-02 are 10 days overdue: "second"
DUE = date(2026, 3, 2)


def _world(**sections: Any) -> World:
    return World(config=make_config(**sections))


# --- what is owed -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("balances", "asked"),
    [
        ({"EUR": "5.00"}, False),
        ({"EUR": "10.00"}, False),  # not *above* min_balance
        ({"EUR": "10.01"}, True),
        ({"EUR": "5.00", "USD": "50.00"}, True),  # one currency above is enough
    ],
)
def test_min_balance_per_currency(balances: dict[str, str], asked: bool) -> None:
    world = _world(schedule={"min_balance": "10"}).customer("C1")
    for currency, amount in balances.items():
        world.invoice(f"INV-{currency}", "C1", DUE, amount, currency=currency)
    result = world.plan(NOW)
    assert bool(result.reminders) is asked
    if not asked:
        assert result.skipped == (
            ("C1", f"owes EUR {balances['EUR']} after credit notes, not above min_balance 10"),
        )


def test_partial_payment_counts_its_balance_not_its_amount() -> None:
    world = _world(schedule={"min_balance": "10"}).customer("C1")
    world.invoice("INV-1", "C1", DUE, "1000.00", balance="8.00")
    assert world.plan(NOW).reminders == ()
    world.invoice("INV-1", "C1", DUE, "1000.00", balance="300.00")
    assert world.only(NOW).invoices == ("INV-1",)


@pytest.mark.parametrize(
    ("credit", "currency", "asked"),
    [
        ("-300.00", "EUR", False),  # covers the overdue invoice
        ("-250.00", "EUR", True),  # 50.00 left
        ("-300.00", "USD", True),  # other currency: offsets nothing here
    ],
)
def test_open_credit_notes_reduce_what_is_owed(credit: str, currency: str, asked: bool) -> None:
    world = _world().customer("C1").invoice("INV-1", "C1", DUE, "300.00")
    world.invoice("CN-1", "C1", date(2026, 2, 1), credit, currency=currency)
    result = world.plan(NOW)
    assert [r.invoices for r in result.reminders] == ([("INV-1",)] if asked else [])


def test_a_closed_credit_note_offsets_nothing() -> None:
    world = _world().customer("C1").invoice("INV-1", "C1", DUE, "300.00")
    world.invoice("CN-1", "C1", date(2026, 2, 1), "-300.00", paid=True)
    assert world.only(NOW).invoices == ("INV-1",)


def test_per_invoice_credits_go_to_the_oldest_invoice_first() -> None:
    cadence = {"steps": [{"offset": "+1d", "template": "first"}], "per_invoice": True}
    world = _world(cadences={"default": cadence}).customer("C1")
    world.invoice("INV-1", "C1", DUE, "100.00").invoice("INV-2", "C1", date(2026, 3, 3), "200.00")
    world.invoice("CN-1", "C1", date(2026, 2, 1), "-100.00")
    result = world.plan(NOW)
    assert steps(result) == [("C1#INV-2", "first", 0)]
    assert result.skipped == (
        ("C1", "INV-1: owes EUR 0.00 after credit notes, not above min_balance 0"),
    )


def test_disputed_invoices_are_never_listed() -> None:
    world = _world().customer("C1")
    world.invoice("INV-1", "C1", DUE).invoice("INV-2", "C1", date(2026, 3, 9))
    world.state("C1", disputed_invoices=("INV-1",))
    reminder = world.only(NOW)
    assert (reminder.invoices, reminder.step) == (("INV-2",), "first")  # INV-2 drives now
    world.state("C1", disputed_invoices=("INV-1", "INV-2"))
    assert world.plan(NOW).reminders == ()


# --- holds and exclusions ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "until", "why"),
    [
        (SequenceStatus.STOPPED, None, "stopped: handed to a lawyer"),
        (SequenceStatus.PAUSED, None, "paused: handed to a lawyer"),
        (
            SequenceStatus.PAUSED,
            at(2026, 3, 20),
            "paused until 2026-03-20T00:00:00+01:00: handed to a lawyer",
        ),
        (SequenceStatus.PAUSED, at(2026, 3, 12, 7, 59), ""),  # the pause is over
    ],
)
def test_stopped_and_paused_sequences(
    status: SequenceStatus, until: datetime | None, why: str
) -> None:
    world = _world().customer("C1").invoice("INV-1", "C1", DUE)
    world.state("C1", status=status, paused_until=until, reason="handed to a lawyer")
    result = world.plan(NOW)
    assert result.skipped == ((("C1", why),) if why else ())
    assert steps(result) == ([] if why else [("C1", "first", 0)])  # a first contact: friendliest


def test_a_held_sequence_is_not_reset_either() -> None:
    world = _world().customer("C1").invoice("INV-1", "C1", DUE, paid=True)
    world.state("C1", status=SequenceStatus.STOPPED, last_step="first", last_step_index=1)
    assert world.plan(NOW).resets == ()


def test_a_customer_level_hold_holds_its_per_invoice_sequences() -> None:
    cadence = {"steps": [{"offset": "+1d", "template": "first"}], "per_invoice": True}
    world = _world(cadences={"default": cadence}).customer("C1")
    world.invoice("INV-1", "C1", DUE).invoice("INV-2", "C1", DUE)
    world.state("C1", status=SequenceStatus.STOPPED)
    result = world.plan(NOW)
    assert result.reminders == ()
    assert result.skipped == (("C1", "INV-1: stopped"), ("C1", "INV-2: stopped"))


@pytest.mark.parametrize("exclude", [{"customers": ["C1"]}, {"tags": ["legal"]}])
def test_excluded_customers_are_never_planned(exclude: dict[str, list[str]]) -> None:
    world = _world(assignments={"exclude": exclude}).customer("C1", tags=("legal",))
    world.invoice("INV-1", "C1", DUE)
    world.state("C1", last_step="first", last_step_index=1)
    result = world.plan(NOW)
    assert (result.reminders, result.resets) == ((), ())
    assert result.skipped == (("C1", "excluded by assignments.exclude"),)


def test_a_reminder_in_the_outbox_is_not_planned_twice() -> None:
    world = _world().customer("C1").invoice("INV-1", "C1", DUE)
    pending = OutboxItem("<m1@x>", "C1", "ap@c1.example", "second", ("INV-1",), NOW)
    world.recent.append(pending)
    assert world.plan(NOW).skipped == (("C1", "a reminder is still in the outbox"),)
    world.recent[0] = OutboxItem(
        "<m1@x>", "C1", "ap@c1.example", "second", ("INV-1",), NOW, status=OutboxStatus.FAILED
    )
    assert steps(world.plan(NOW)) == [("C1", "first", 0)]


# --- cadences -----------------------------------------------------------------------------------

CADENCES = {
    "default": {"steps": [{"offset": "+1d", "template": "first"}]},
    "gentle": {"steps": [{"offset": "+2d", "template": "gentle_first"}]},
    "firm": {
        "steps": [
            {"offset": "+1d", "template": "first"},
            {"offset": "+7d", "template": "second"},
            {"offset": "+14d", "template": "final"},
        ]
    },
}


def test_first_matching_assignment_rule_wins() -> None:
    rules = [
        {"tags": ["vip"], "cadence": "gentle"},
        {"customers": ["C2"], "cadence": "firm"},
        {"tags": ["late"], "cadence": "firm"},
    ]
    world = _world(cadences=CADENCES, assignments={"rules": rules})
    world.customer("C1", tags=("late", "vip")).customer("C2").customer("C3", tags=("late",))
    world.customer("C4")
    for cid in ("C1", "C2", "C3", "C4"):
        world.invoice(f"INV-{cid}", cid, DUE)
    cadences = {r.customer_id: r.cadence for r in world.plan(NOW).reminders}
    assert cadences == {"C1": "gentle", "C2": "firm", "C3": "firm", "C4": "default"}


def test_moving_to_another_cadence_keeps_progress_by_step_name() -> None:
    world = _world(cadences=CADENCES, assignments={"default_cadence": "firm"}).customer("C1")
    world.invoice("INV-1", "C1", DUE)
    world.state("C1", cadence="old", last_step="second", last_step_index=5)
    assert world.plan(NOW).reminders == ()  # "second" is index 1 of firm: next is final at +14d
    assert steps(world.plan(at(2026, 3, 16, 8))) == [("C1", "final", 0)]


# --- recipients and zones ---------------------------------------------------------------------


def test_an_undeliverable_primary_falls_back_to_the_next_contact() -> None:
    world = _world().customer("C1", "ap@c1.example", "jane@c1.example")
    world.invoice("INV-1", "C1", DUE)
    world.state("C1", undeliverable=("AP@C1.example",))
    assert world.only(NOW).recipient.email == "jane@c1.example"
    world.state("C1", undeliverable=("ap@c1.example", "jane@c1.example"))
    result = world.plan(NOW)
    assert result.reminders == ()
    assert result.skipped == (("C1", "no deliverable contact: add an AP email address"),)


def test_the_primary_contact_comes_first_wherever_it_is_listed() -> None:
    world = _world().customer("C1").invoice("INV-1", "C1", DUE)
    world.contacts["C1"] = [
        Contact("C1", "sales@c1.example"),
        Contact("C1", "ap@c1.example", primary=True),
    ]
    assert world.only(NOW).recipient.email == "ap@c1.example"
    world.contacts["C1"] = []
    assert world.plan(NOW).skipped == (("C1", "no deliverable contact: add an AP email address"),)


def test_an_unknown_customer_time_zone_is_reported() -> None:
    world = _world().customer("C1", zone="Mars/Olympus").invoice("INV-1", "C1", DUE)
    result = world.plan(NOW)
    assert result.reminders == ()
    assert result.skipped == (("C1", 'unknown time zone "Mars/Olympus": fix it in the ledger'),)
