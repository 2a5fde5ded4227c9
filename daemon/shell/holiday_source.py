"""Public holidays and company closing days, read from the `holidays` package.

One job: turn `schedule.holidays` (country, subdivision, extra dates) into the set of dates on which
no reminder goes out, for the years asked. It is the only module that reads the package's tables
(`daemon/config/schedule.py` only checks that the country and subdivision names exist). It must not
decide when to send: `daemon.core.calendar.BusinessCalendar` does that with the dates given here.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import holidays

from daemon.config.schedule import ScheduleConfig
from daemon.core.calendar import BusinessCalendar


def holiday_dates(schedule: ScheduleConfig, years: Iterable[int]) -> frozenset[date]:
    """The public holidays of the configured country (and subdivision) in `years`, plus
    `extra_dates`, which are returned whatever their year: the company chose each one."""
    extra = frozenset(schedule.holidays.extra_dates)
    country = schedule.holidays.country
    wanted = sorted(set(years))
    if country is None or not wanted:
        return extra
    table = holidays.country_holidays(country, subdiv=schedule.holidays.subdivision, years=wanted)
    return frozenset(table.keys()) | extra


def business_calendar(schedule: ScheduleConfig, years: Iterable[int]) -> BusinessCalendar:
    """The calendar for `years`: pass the current year and the next, so a send time found late in
    December still skips New Year's Day."""
    return BusinessCalendar.from_config(schedule, holiday_dates(schedule, years))
