"""Business days and the send window: when a reminder may reach a customer's inbox.

One job: for an instant and a time zone, the earliest instant at or after it that lies inside the
send window on a business day *in that zone*. Pure: the holiday dates are handed in (the shell
reads the `holidays` package in `daemon/shell/holiday_source.py`); no clock, no I/O, and no
decision about *whether* to send, which is the planner's.

The window is read on each date's local wall clock, so a 09:00 opening is 09:00 local on a
DST-change day too (07:00 UTC in Berlin on 2026-03-29, 08:00 UTC the Friday before). A window edge
that falls on a local time that does not exist (the hour skipped in spring) or exists twice (the
hour repeated in autumn) has two readings, PEP 495's `fold=0` and `fold=1`. The window opens at
the later reading and closes at the earlier one, so on such a day it can only get shorter, never
show a wall-clock time outside start-end: a skipped 02:30 opens at 03:30 (the clock as if it had
not jumped) and closes at 01:30; a repeated 02:30 opens at its second occurrence and closes at its
first. Instants returned are timezone-aware, in UTC.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from daemon.config.schedule import WEEKDAYS, ScheduleConfig
from daemon.core.records import Customer

ONE_DAY = timedelta(days=1)


class CalendarError(ValueError):
    """A calendar that cannot be used: no business day, an empty window, a naive instant."""


@dataclass(frozen=True, slots=True)
class BusinessCalendar:
    business_days: frozenset[int] = frozenset(range(5))  # `date.weekday()` numbers: 0 is Monday
    holidays: frozenset[date] = frozenset()
    window_start: time = time(9, 0)  # local wall-clock time, in the recipient's zone
    window_end: time = time(17, 0)  # nothing goes out at or after this local time

    def __post_init__(self) -> None:
        if not self.business_days or not self.business_days <= frozenset(range(7)):
            raise CalendarError(
                f"business days must be weekday numbers 0-6, not {self.business_days}"
            )
        if self.window_start >= self.window_end:
            raise CalendarError("the send window must end after it starts")
        if self.window_start.tzinfo is not None or self.window_end.tzinfo is not None:
            raise CalendarError("the send window is local wall-clock time: no tzinfo")

    @classmethod
    def from_config(cls, schedule: ScheduleConfig, holidays: Iterable[date]) -> BusinessCalendar:
        return cls(
            business_days=frozenset(WEEKDAYS.index(day) for day in schedule.business_days),
            holidays=frozenset(holidays),
            window_start=schedule.send_window.start,
            window_end=schedule.send_window.end,
        )

    def is_business_day(self, day: date) -> bool:
        return day.weekday() in self.business_days and day not in self.holidays

    def add_business_days(self, day: date, count: int) -> date:
        """The `count`-th business day after `day` (`day` itself when `count` is 0)."""
        if count < 0:
            raise CalendarError(f"cannot count {count} business days")
        for _ in range(count):
            day += ONE_DAY
            while not self.is_business_day(day):
                day += ONE_DAY
        return day

    def window(self, day: date, zone: ZoneInfo) -> tuple[datetime, datetime] | None:
        """`day`'s send window in `zone` as UTC instants [opens, closes); None when it has none."""
        if not self.is_business_day(day):
            return None
        opens = max(_readings(day, self.window_start, zone))
        closes = min(_readings(day, self.window_end, zone))
        # Only a window squeezed by a DST jump right at its edges can come out empty.
        return (opens, closes) if opens < closes else None

    def next_send_time(self, after: datetime, zone: ZoneInfo) -> datetime:
        """The earliest instant >= `after` inside a send window in `zone`, in UTC."""
        _require_aware(after)
        after = after.astimezone(UTC)
        day = local_date(after, zone)
        # Every week has a business weekday; each holiday can push it back by at most a week.
        for _ in range(7 * (len(self.holidays) + 2)):
            window = self.window(day, zone)
            if window is not None and after < window[1]:
                return max(after, window[0])
            day += ONE_DAY
        raise CalendarError(f"no send window after {after.isoformat()} in {zone.key}")


def customer_zone(customer: Customer | None, schedule: ScheduleConfig) -> str:
    """The IANA name of the zone a customer is reminded in: its own, else the company's."""
    return (customer.timezone if customer else None) or schedule.timezone


def local_date(instant: datetime, zone: ZoneInfo) -> date:
    """The calendar date the wall clock in `zone` shows at `instant`."""
    _require_aware(instant)
    return instant.astimezone(zone).date()


def day_start(day: date, zone: ZoneInfo) -> datetime:
    """The first instant (UTC) whose local date in `zone` is `day`.

    Midnight itself may be skipped (zones that change DST at 00:00): then the first instant is
    the later reading, the earlier one still belonging to the day before.
    """
    return min(r for r in _readings(day, time(0), zone) if local_date(r, zone) == day)


def _readings(day: date, clock: time, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The two instants PEP 495 gives a local time (equal unless it is skipped or repeated)."""
    local = datetime.combine(day, clock, tzinfo=zone)
    return (
        local.replace(fold=0).astimezone(UTC),
        local.replace(fold=1).astimezone(UTC),
    )


def _require_aware(instant: datetime) -> None:
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise CalendarError(f"expected a timezone-aware instant, got {instant.isoformat()}")
