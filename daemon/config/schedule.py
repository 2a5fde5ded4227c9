"""Schema of the `schedule:` section: when reminders may go out, and how often.

Reminders are sent on business days, inside a send window in the company's time zone, never on a
public holiday. Country and subdivision names are checked against the `holidays` package so a typo
cannot silently mean "no holidays at all".
"""

from __future__ import annotations

import difflib
import zoneinfo
from datetime import date, time, timedelta
from decimal import Decimal
from typing import Literal, Self

from pydantic import Field, field_validator, model_validator

from daemon.config.base import Section
from daemon.config.fields import Duration, Line, TimeOfDay, fail, located

Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _suggest(value: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(value, choices, n=1)
    return f' (did you mean "{close[0]}"?)' if close else ""


class SendWindow(Section):
    start: TimeOfDay = time(9, 0)  # local time of the first send of the day
    end: TimeOfDay = time(17, 0)  # nothing is sent at or after this time

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.start >= self.end:
            raise located([(("end",), f"must be later than start ({self.start:%H:%M})")])
        return self


class HolidayCalendar(Section):
    country: Line | None = None  # ISO 3166 code, e.g. "DE"; null: no public holidays
    subdivision: Line | None = None  # state/province code, e.g. "BY"; needs country
    extra_dates: tuple[date, ...] = ()  # company closing days, YYYY-MM-DD

    @field_validator("country")
    @classmethod
    def _known_country(cls, value: str | None) -> str | None:
        if value is None:
            return None
        import holidays  # noqa: PLC0415 - large; only needed when a country is configured

        supported = holidays.list_supported_countries()
        if value.upper() not in supported:
            fail(f'unknown holiday country "{value}"{_suggest(value.upper(), list(supported))}')
        return value.upper()

    @model_validator(mode="after")
    def _known_subdivision(self) -> Self:
        if self.subdivision is None:
            return self
        if self.country is None:
            raise located([(("subdivision",), "needs a country")])
        import holidays  # noqa: PLC0415

        known: list[str] = list(holidays.list_supported_countries()[self.country])
        if self.subdivision not in known:
            listing = ", ".join(known[:40]) + (", ..." if len(known) > 40 else "")
            hint = f"expected one of: {listing}" if known else "it has no subdivisions"
            what = f'unknown subdivision "{self.subdivision}" of {self.country}: {hint}'
            raise located([(("subdivision",), what)])
        return self


class ScheduleConfig(Section):
    timezone: Line = "UTC"  # IANA zone of the send window and business days
    send_window: SendWindow = SendWindow()
    business_days: tuple[Weekday, ...] = Field(default=WEEKDAYS[:5], min_length=1)
    holidays: HolidayCalendar = HolidayCalendar()
    max_emails_per_contact_per_day: int = Field(default=1, ge=1)
    min_gap_between_steps: Duration = timedelta(days=3)  # never two reminders closer than this
    min_balance: Decimal = Field(default=Decimal(0), ge=0)  # smaller open balances are not chased

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            zoneinfo.ZoneInfo(value)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            zones = sorted(zoneinfo.available_timezones())
            fail(
                f'unknown time zone "{value}"{_suggest(value, zones)}: expected an IANA name '
                'like "Europe/Berlin"'
            )
        return value

    @field_validator("business_days")
    @classmethod
    def _distinct(cls, value: tuple[Weekday, ...]) -> tuple[Weekday, ...]:
        repeated = sorted({day for day in value if value.count(day) > 1}, key=WEEKDAYS.index)
        if repeated:
            fail(f"lists {', '.join(repeated)} more than once")
        return tuple(sorted(value, key=WEEKDAYS.index))

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)
