"""The send calendar on fixed instants: weekends, holidays, DST change days, far-away zones."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from daemon.config.schedule import ScheduleConfig
from daemon.core.calendar import BusinessCalendar, CalendarError, day_start
from daemon.shell.holiday_source import business_calendar, holiday_dates

BERLIN = ZoneInfo("Europe/Berlin")
BRUSSELS = ZoneInfo("Europe/Brussels")
NEW_YORK = ZoneInfo("America/New_York")
AUCKLAND = ZoneInfo("Pacific/Auckland")
HONOLULU = ZoneInfo("Pacific/Honolulu")
WEEKDAYS = BusinessCalendar()  # Monday to Friday, 09:00-17:00, no holidays
EVERY_DAY = BusinessCalendar(business_days=frozenset(range(7)))


def local(y: int, m: int, d: int, hh: int, mm: int = 0, *, zone: ZoneInfo) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=zone)


def utc(y: int, m: int, d: int, hh: int, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=UTC)


# --- business days and the window --------------------------------------------------------


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (
            local(2026, 3, 3, 8, 0, zone=BERLIN),
            utc(2026, 3, 3, 8),
        ),  # before the window: its opening
        (
            local(2026, 3, 3, 10, 15, zone=BERLIN),
            utc(2026, 3, 3, 9, 15),
        ),  # inside: that very instant
        (local(2026, 3, 3, 16, 59, zone=BERLIN), utc(2026, 3, 3, 15, 59)),
        (local(2026, 3, 3, 17, 0, zone=BERLIN), utc(2026, 3, 4, 8)),  # the end is excluded
        (local(2026, 3, 6, 17, 30, zone=BERLIN), utc(2026, 3, 9, 8)),  # Friday evening -> Monday
        (local(2026, 3, 7, 12, 0, zone=BERLIN), utc(2026, 3, 9, 8)),  # Saturday -> Monday
    ],
)
def test_window_and_weekend(after: datetime, expected: datetime) -> None:
    found = WEEKDAYS.next_send_time(after, BERLIN)
    assert found == expected
    assert found.tzinfo is UTC


def test_business_days_come_from_config() -> None:
    schedule = ScheduleConfig.model_validate(
        {"business_days": ["sun", "mon"], "send_window": {"start": "08:30", "end": "12:00"}}
    )
    calendar = BusinessCalendar.from_config(schedule, frozenset())
    assert calendar.business_days == frozenset({0, 6})
    assert (calendar.window_start, calendar.window_end) == (time(8, 30), time(12, 0))
    # Tuesday 2026-03-03 13:00 -> Sunday 2026-03-08 08:30 Berlin
    assert calendar.next_send_time(local(2026, 3, 3, 13, zone=BERLIN), BERLIN) == utc(
        2026, 3, 8, 7, 30
    )


def test_refuses_naive_instants_and_broken_calendars() -> None:
    with pytest.raises(CalendarError, match="timezone-aware"):
        WEEKDAYS.next_send_time(datetime(2026, 3, 3, 9), BERLIN)  # naive on purpose
    with pytest.raises(CalendarError):
        BusinessCalendar(business_days=frozenset())
    with pytest.raises(CalendarError):
        BusinessCalendar(business_days=frozenset({7}))
    with pytest.raises(CalendarError):
        BusinessCalendar(window_start=time(17), window_end=time(9))


# --- holidays ----------------------------------------------------------------------------


def _schedule(**holidays: object) -> ScheduleConfig:
    return ScheduleConfig.model_validate({"holidays": holidays})


def test_christmas_in_germany_and_belgium() -> None:
    six_days = frozenset(range(6))  # Monday to Saturday, so 26 December (a Saturday) could count
    german = holiday_dates(_schedule(country="DE"), [2026])
    belgian = holiday_dates(_schedule(country="BE"), [2026])
    assert {date(2026, 12, 25), date(2026, 12, 26)} <= german
    assert date(2026, 12, 25) in belgian and date(2026, 12, 26) not in belgian
    after = local(2026, 12, 24, 17, 0, zone=BERLIN)  # Thursday, window closed
    de = BusinessCalendar(business_days=six_days, holidays=german)
    be = BusinessCalendar(business_days=six_days, holidays=belgian)
    assert de.next_send_time(after, BERLIN) == local(
        2026, 12, 28, 9, zone=BERLIN
    )  # Fri, Sat: holidays
    assert be.next_send_time(after, BRUSSELS) == local(2026, 12, 26, 9, zone=BRUSSELS)  # Saturday


def test_thanksgiving() -> None:
    calendar = business_calendar(_schedule(country="US"), [2026])
    assert not calendar.is_business_day(date(2026, 11, 26))
    after = local(2026, 11, 25, 18, 0, zone=NEW_YORK)  # Wednesday evening
    assert calendar.next_send_time(after, NEW_YORK) == utc(2026, 11, 27, 14)  # Fri 09:00 EST


def test_subdivision_and_extra_dates() -> None:
    bavaria = holiday_dates(_schedule(country="DE", subdivision="BY"), [2026])
    germany = holiday_dates(_schedule(country="DE"), [2026])
    assert date(2026, 1, 6) in bavaria and date(2026, 1, 6) not in germany  # Epiphany
    extra = holiday_dates(_schedule(extra_dates=["2026-12-24", "2026-12-31"]), [2026])
    assert extra == frozenset({date(2026, 12, 24), date(2026, 12, 31)})
    calendar = BusinessCalendar(holidays=extra)
    after = local(2026, 12, 23, 17, 0, zone=BERLIN)
    assert calendar.next_send_time(after, BERLIN) == local(2026, 12, 25, 9, zone=BERLIN)
    assert holiday_dates(_schedule(country="DE"), []) == frozenset()


def test_holidays_are_read_on_the_recipients_calendar() -> None:
    calendar = BusinessCalendar(holidays=holiday_dates(_schedule(country="DE"), [2026]))
    # 09:00 on 25 December in Auckland is still the 24th in Berlin: the customer's day counts.
    after = utc(2026, 12, 24, 19, 0)
    assert calendar.next_send_time(after, AUCKLAND) == local(2026, 12, 28, 9, zone=AUCKLAND)


# --- daylight saving time -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "day", "opening_utc"),
    [
        (BERLIN, date(2026, 3, 28), utc(2026, 3, 28, 8)),  # CET, +01:00
        (BERLIN, date(2026, 3, 29), utc(2026, 3, 29, 7)),  # summer time starts: CEST, +02:00
        (BERLIN, date(2026, 10, 24), utc(2026, 10, 24, 7)),
        (BERLIN, date(2026, 10, 25), utc(2026, 10, 25, 8)),  # back to CET
        (NEW_YORK, date(2026, 3, 7), utc(2026, 3, 7, 14)),  # EST, -05:00
        (NEW_YORK, date(2026, 3, 8), utc(2026, 3, 8, 13)),  # EDT, -04:00
        (NEW_YORK, date(2026, 10, 31), utc(2026, 10, 31, 13)),
        (NEW_YORK, date(2026, 11, 1), utc(2026, 11, 1, 14)),  # back to EST
    ],
)
def test_window_opens_at_local_nine_on_dst_change_days(
    zone: ZoneInfo, day: date, opening_utc: datetime
) -> None:
    midnight = datetime.combine(day, time(0), tzinfo=zone)
    assert EVERY_DAY.next_send_time(midnight, zone) == opening_utc


def test_weekend_crossing_a_dst_change_keeps_local_time() -> None:
    after = local(2026, 3, 27, 17, 0, zone=BERLIN)  # Friday, CET
    assert WEEKDAYS.next_send_time(after, BERLIN) == utc(2026, 3, 30, 7)  # Monday 09:00 CEST
    after = local(2026, 10, 30, 17, 0, zone=NEW_YORK)  # Friday, EDT
    assert WEEKDAYS.next_send_time(after, NEW_YORK) == utc(2026, 11, 2, 14)  # Monday 09:00 EST


def _window(start: time, end: time) -> BusinessCalendar:
    return BusinessCalendar(frozenset(range(7)), window_start=start, window_end=end)


def test_window_edges_in_the_skipped_hour_shrink_the_window() -> None:
    # Berlin 2026-03-29: 02:00 CET jumps to 03:00 CEST, so 02:30 does not exist.
    opens_late = _window(time(2, 30), time(5, 0))
    assert opens_late.window(date(2026, 3, 29), BERLIN) == (
        utc(2026, 3, 29, 1, 30),
        utc(2026, 3, 29, 3),
    )
    # 03:30 CEST: as if the clock had not jumped, never a wall-clock time before 02:30.
    assert opens_late.next_send_time(utc(2026, 3, 28, 23), BERLIN).astimezone(
        BERLIN
    ).time() == time(3, 30)
    closes_early = _window(time(1, 0), time(2, 30))
    assert closes_early.window(date(2026, 3, 29), BERLIN) == (
        utc(2026, 3, 29, 0),
        utc(2026, 3, 29, 0, 30),
    )
    after = utc(2026, 3, 29, 0, 45)  # 01:45 CET: the window closed at 01:30, before the jump
    assert closes_early.next_send_time(after, BERLIN) == local(2026, 3, 30, 1, zone=BERLIN)
    swallowed = _window(time(2, 10), time(2, 50))  # wholly inside the skipped hour: no window
    assert swallowed.window(date(2026, 3, 29), BERLIN) is None
    assert swallowed.next_send_time(utc(2026, 3, 28, 23), BERLIN) == local(
        2026, 3, 30, 2, 10, zone=BERLIN
    )


def test_window_edges_in_the_repeated_hour_shrink_the_window() -> None:
    # Berlin 2026-10-25: 03:00 CEST falls back to 02:00 CET, so 02:30 happens twice.
    opens_late = _window(time(2, 30), time(5, 0))
    first, second = utc(2026, 10, 25, 0, 30), utc(2026, 10, 25, 1, 30)
    assert opens_late.window(date(2026, 10, 25), BERLIN) == (second, utc(2026, 10, 25, 4))
    assert opens_late.next_send_time(first, BERLIN) == second
    closes_early = _window(time(1, 0), time(2, 30))
    assert closes_early.window(date(2026, 10, 25), BERLIN) == (utc(2026, 10, 24, 23), first)
    # 02:10 CET, in the repeated hour, reads before 02:30 again but the window closed at the first.
    assert closes_early.next_send_time(utc(2026, 10, 25, 1, 10), BERLIN) == local(
        2026, 10, 26, 1, zone=BERLIN
    )


def test_day_start_skips_a_missing_midnight() -> None:
    santiago = ZoneInfo("America/Santiago")  # clocks jump from 24:00 to 01:00 on 2026-09-06
    assert day_start(date(2026, 9, 6), santiago).astimezone(santiago).time() == time(1, 0)
    assert day_start(date(2026, 9, 5), santiago).astimezone(santiago).time() == time(0, 0)


# --- far east, far west -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("after", "zone", "expected"),
    [
        # Monday 20:00 UTC is already Tuesday 08:00 in Auckland (NZST, +12:00): Tuesday 09:00.
        (utc(2026, 7, 6, 20), AUCKLAND, utc(2026, 7, 6, 21)),
        # Friday 22:00 UTC is Saturday in Auckland: its Monday 09:00, a Sunday in UTC.
        (utc(2026, 7, 10, 22), AUCKLAND, utc(2026, 7, 12, 21)),
        # Monday 20:00 UTC is Monday 10:00 in Honolulu (-10:00): inside the window.
        (utc(2026, 7, 6, 20), HONOLULU, utc(2026, 7, 6, 20)),
        # Saturday 04:00 UTC is still Friday 18:00 in Honolulu, after hours: Monday 09:00.
        (utc(2026, 7, 11, 4), HONOLULU, utc(2026, 7, 13, 19)),
        # Auckland in summer time (NZDT, +13:00), from a Berlin Monday morning.
        (local(2026, 1, 5, 9, zone=BERLIN), AUCKLAND, utc(2026, 1, 5, 20)),
    ],
)
def test_customers_far_east_and_far_west_get_their_own_window(
    after: datetime, zone: ZoneInfo, expected: datetime
) -> None:
    assert WEEKDAYS.next_send_time(after, zone) == expected
