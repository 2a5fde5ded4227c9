"""`simulate`: 45 days of a small ledger, every reminder on the day and hour expected."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest
from test_plan import World, at, make_config

from daemon.config.schema import Config
from daemon.core.calendar import BusinessCalendar, local_date
from daemon.core.plan_simulate import simulate
from daemon.core.records import OutboxItem, OutboxStatus
from daemon.shell.holiday_source import holiday_dates

START = at(2026, 4, 1)
END = at(2026, 5, 16)  # 45 days
SHARED = "ap@shared.example"


def _ledger() -> World:
    """Berlin company, German public holidays, the default cadence (-3d, +1d, +10d, +25d and
    weekly repeats), a 3-day minimum gap, one email per address and day."""
    config: Config = make_config(
        schedule={"holidays": {"country": "DE"}}, assignments={"exclude": {"tags": ["legal"]}}
    )
    calendar = BusinessCalendar.from_config(config.schedule, holiday_dates(config.schedule, [2026]))
    world = World(config=config, calendar=calendar)
    # C1 and C3 share one AP address; both invoices fall due on Easter Monday.
    world.customer("C1", SHARED).invoice("INV-101", "C1", date(2026, 4, 6))
    world.customer("C3", SHARED).invoice("INV-301", "C3", date(2026, 4, 6))
    world.customer("C2", zone="Pacific/Honolulu").invoice("INV-201", "C2", date(2026, 4, 20))
    world.customer("C4", zone="Pacific/Auckland").invoice("INV-401", "C4", date(2026, 5, 4))
    world.customer("C5", tags=("legal",)).invoice("INV-501", "C5", date(2026, 4, 1))  # excluded
    return world


EXPECTED = [
    # C1's courtesy note would land on 7 April (Good Friday to Easter Monday are closed), after
    # the due date, so it is dropped; "first" goes on the 7th, C3's waits a day for the address.
    ("C1", "first", 0, "2026-04-07 09:00"),
    ("C3", "first", 0, "2026-04-08 09:00"),
    ("C1", "second", 0, "2026-04-16 09:00"),
    ("C3", "second", 0, "2026-04-17 09:00"),
    ("C2", "pre_due", 0, "2026-04-17 09:00"),  # Honolulu time
    ("C2", "first", 0, "2026-04-21 09:00"),
    ("C2", "second", 0, "2026-04-30 09:00"),
    # 1 May is a holiday; so it is in Auckland, whose courtesy note goes on the due date itself.
    ("C4", "pre_due", 0, "2026-05-04 09:00"),
    ("C1", "final", 0, "2026-05-04 09:00"),
    ("C3", "final", 0, "2026-05-05 09:00"),
    ("C4", "first", 0, "2026-05-07 09:00"),  # due the 5th; 3 days after the courtesy note
    ("C1", "final", 1, "2026-05-11 09:00"),
    ("C3", "final", 1, "2026-05-12 09:00"),
    ("C2", "final", 0, "2026-05-15 09:00"),
    # C4's second step (due the 14th) keeps the cadence's nine days after its first, which went
    # two days late: Saturday the 16th, so Monday the 18th, after the end.
]


@pytest.mark.parametrize("step", [timedelta(hours=1), timedelta(minutes=20)])
def test_45_days_of_reminders(step: timedelta) -> None:
    world = _ledger()
    sent = simulate(
        START,
        END,
        step=step,
        config=world.config,
        calendar=world.calendar,
        customers=world.customers,
        contacts=world.contacts,
        invoices=world.invoices,
        sequences=world.sequences,
        languages=world.languages,
    )
    timeline = [
        (
            r.customer_id,
            r.step,
            r.repeat,
            r.send_at.astimezone(ZoneInfo(r.timezone)).strftime("%Y-%m-%d %H:%M"),
        )
        for r in sent
    ]
    assert timeline == EXPECTED
    assert sent == sorted(sent, key=lambda r: r.send_at)
    days = [(r.recipient.email, local_date(r.send_at, ZoneInfo(r.timezone))) for r in sent]
    assert len(days) == len(set(days))  # never two on one day to one address
    assert world.sequences == {}  # the caller's mappings are left alone


def test_simulate_is_deterministic_and_takes_the_outbox_history_into_account() -> None:
    world = _ledger()

    def run() -> list[tuple[str, str]]:
        sent = simulate(
            START,
            START + timedelta(days=10),
            step=timedelta(hours=1),
            config=world.config,
            calendar=world.calendar,
            customers=world.customers,
            contacts=world.contacts,
            invoices=world.invoices,
            sequences=world.sequences,
            recent=world.recent,
            languages=world.languages,
        )
        return [(r.customer_id, r.send_at.isoformat()) for r in sent]

    assert (
        run() == run() == [("C1", "2026-04-07T07:00:00+00:00"), ("C3", "2026-04-08T07:00:00+00:00")]
    )
    # Something else went to the shared address on the 7th: both move on by a day.
    earlier = OutboxItem("<x@example.com>", "C9", SHARED, "first", ("INV-9",), at(2026, 4, 7, 9))
    world.recent.append(replace(earlier, status=OutboxStatus.SENT, sent_at=at(2026, 4, 7, 9)))
    assert run() == [("C1", "2026-04-08T07:00:00+00:00"), ("C3", "2026-04-09T07:00:00+00:00")]


def test_simulate_needs_a_positive_step() -> None:
    world = _ledger()
    with pytest.raises(ValueError, match="positive"):
        simulate(
            START,
            END,
            step=timedelta(0),
            config=world.config,
            calendar=world.calendar,
            customers=world.customers,
            contacts=world.contacts,
            invoices=world.invoices,
            sequences=world.sequences,
            languages=world.languages,
        )
