"""Dates written in a reply, in English, German, French, Spanish, Dutch and Italian.

One job: `find_dates(text, today=...)` lists the calendar dates a text names, in reading order,
resolved against `today` (the reply's own Date header, in the sender's time zone; never the
clock). It must not raise and must not decide what a date means (promise, payment or return).
The vocabularies live in `daemon.core.extract_dates_words`, the patterns in
`daemon.core.extract_dates_rules`; this module resolves what they match.

Ambiguity policy (the one tests/corpus/README.md labels with):

- A bare weekday, "next", "this", "coming" Friday, "vendredi", "el lunes que viene", "lunedì
  prossimo": the next such day **strictly after** today (said on a Friday, "Friday" is in seven
  days). "Friday next week", "dinsdag volgende week": that weekday in the next ISO week.
- A weekday about a past payment (`past=True`), or "last Friday", "el viernes pasado",
  "afgelopen vrijdag": the latest such day **strictly before** today.
- "the 15th", "am 15.", "le 15", "el día 15", "il 10": the next 15th **on or after** today
  (with `past=True`, the latest on or before).
- "15 December", "15/12", "15.12." without a year: the next such day on or after today; with
  `past=True`, the latest on or before; `lookback_days` keeps a recent past day in the current
  year ("paid on Nov 15" read a few days later).
- "15/12" is day first unless `month_first` (North American English senders); "12/15" is month
  first whatever the locale, because 15 cannot be a month. "15.12." and "15-12-2026" are day first.
- End of (the) month, "fin de mois", "a finales de mes", "entro fine mese", "eind van de maand",
  "Ende des Monats": the last day of today's month (on the 30th of November, that same day);
  "end of next month": the last day of next month; "beginning of next month": its 1st;
  "end of the quarter", "fin du trimestre", "Quartalsende": the last day of today's quarter;
  "mid-December": the 15th; "Ende Dezember": the 31st; "early December": the 1st.
- "next week", "nächste Woche", "Anfang nächster Woche": the **Monday** of the next ISO week;
  "Mitte nächster Woche": its Wednesday; "Ende nächster Woche": its Friday; "this week", "end of
  the week": this week's Friday (next week's, said on a weekend).
- "today", "tonight", "this morning": today; "tomorrow", "demain", "mañana", "morgen", "domani":
  +1; "overmorgen", "après-demain": +2; "yesterday": -1; "vorgestern": -2.
- British "Friday week": a week after the coming Friday.
- "in two weeks": +14 days; "in 10 days": +10; "in a month": the same day next month; "dans
  huit / quinze jours" (and the Spanish and Italian idioms): one and two weeks.
- "KW 49", "week 49", "semaine 49": the Monday of that ISO week (next year's, once it is over).
- Nothing that nobody can pin down ("in January", "next month") is read as a date.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from daemon.core import extract_dates_words as words
from daemon.core.extract_dates_rules import DIGITS, GLUE, HERE, RULES, TOKEN, TRIGGERS
from daemon.core.extract_dates_words import MONTHS, WEEKDAYS

__all__ = ["MONTHS", "WEEKDAYS", "find_dates"]


@dataclass(frozen=True, slots=True)
class _Reading:
    today: date
    lookback: int
    past: bool
    month_first: bool
    language: str


_Resolver = Callable[[re.Match[str], _Reading], "date | None"]


def _in_year(reading: _Reading, year: str | None, month: int, day: int) -> date | None:
    """A day of a month: in `year`, or the next (last, when `past`) such day around today."""
    today = reading.today
    try:
        if year:
            value = int(year)
            return date(value + 2000 if value < 100 else value, month, day)
        found = date(today.year, month, day)
    except ValueError:  # 31 February, month 13: not a date; 29 February: the nearest leap year
        if (month, day) != (2, 29):
            return None
        step = -1 if reading.past else 1
        year_ = next(
            y for y in range(today.year + step, today.year + 9 * step, step) if calendar.isleap(y)
        )
        return date(year_, 2, 29)
    if reading.past and found > today:
        return _shift_year(found, -1)
    if not reading.past and found < today - timedelta(days=reading.lookback):
        return _shift_year(found, 1)
    return found


def _shift_year(day: date, years: int) -> date | None:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return None


def _add_months(first_of_month: date, months: int) -> date:
    index = first_of_month.year * 12 + first_of_month.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _month_end(day: date, months: int = 0) -> date:
    first = _add_months(day.replace(day=1), months)
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


def _monday(today: date, weeks: int) -> date:
    return today - timedelta(days=today.weekday()) + timedelta(weeks=weeks)


def _iso(match: re.Match[str], reading: _Reading) -> date | None:
    return _in_year(reading, match["y"], int(match["m"]), int(match["d"]))


def _numeric(match: re.Match[str], reading: _Reading) -> date | None:
    first, second = int(match["a"]), int(match["b"])
    day_first = match["sep"] != "/" or not reading.month_first
    if (day_first and second > 12 >= first) or (not day_first and first > 12 >= second):
        day_first = not day_first  # "12/15": 15 cannot be a month, whatever the locale
    day, month = (first, second) if day_first else (second, first)
    return _in_year(reading, match["y"], month, day)


def _named(match: re.Match[str], reading: _Reading) -> date | None:
    month = MONTHS[match["month"].lower()]
    return _in_year(reading, match["year"], month, int(match["day"]))


def _part_of_month(match: re.Match[str], reading: _Reading) -> date | None:
    month, part = MONTHS[match["month"].lower()], words.part_of(match["part"])
    year = int(match["year"]) if match["year"] else reading.today.year
    day = {"start": 1, "mid": 15}.get(part) or calendar.monthrange(year, month)[1]
    return _in_year(reading, match["year"], month, day)


def _ordinal_day(day: int, reading: _Reading, months: int = 0) -> date | None:
    """The next (last, when `past`) `day` of a month on or after (before) today."""
    today, step = reading.today, -1 if reading.past else 1
    month_start = _add_months(today.replace(day=1), months)
    for _ in range(3 if not months else 1):
        if day <= calendar.monthrange(month_start.year, month_start.month)[1]:
            found = month_start.replace(day=day)
            if months or ((found <= today) if reading.past else (found >= today)):
                return found
        month_start = _add_months(month_start, step)
    return None


def _ordinal(match: re.Match[str], reading: _Reading) -> date | None:
    day = int(match["day"])
    return _ordinal_day(day, reading) if 1 <= day <= 31 else None


def _day_of_month(match: re.Match[str], reading: _Reading) -> date | None:
    scope = " ".join((match["scope"] or "").lower().split())
    later = bool(match["scope2"]) or scope in words.NEXT_MONTH
    return _ordinal_day(int(match["day"]), reading, 1 if later else 0)


def _weekday(match: re.Match[str], reading: _Reading) -> date | None:
    target, today = WEEKDAYS[match["weekday"].lower()], reading.today
    if match["nextweek"] or match["nextweek2"]:
        return _monday(today, 1) + timedelta(days=target)
    if match["weekafter"]:  # British "Friday week": a week after the coming Friday
        return today + timedelta(days=(target - today.weekday() - 1) % 7 + 1 + 7)
    if match["last"] or match["last2"] or (reading.past and not match["next"]):
        return today - timedelta(days=(today.weekday() - target - 1) % 7 + 1)
    return today + timedelta(days=(target - today.weekday() - 1) % 7 + 1)


def _within(match: re.Match[str], reading: _Reading) -> date | None:
    word = " ".join(match["count"].lower().split())
    count = int(word) if word.isdigit() else words.NUMBER_WORDS.get(word, 0)
    unit = " ".join(match["unit"].lower().split())
    if unit in words.MONTH_UNITS:
        first = _add_months(reading.today.replace(day=1), count)
        last = calendar.monthrange(first.year, first.month)[1]
        return first.replace(day=min(reading.today.day, last))
    if unit == "fortnight":
        return reading.today + timedelta(weeks=2 * count)
    if unit in words.WEEK_UNITS:
        return reading.today + timedelta(weeks=count)
    if not word.isdigit() and unit in words.DAY_WORDS:
        count = words.IDIOMATIC_DAYS.get(count, count)  # "dans quinze jours": two weeks
    return reading.today + timedelta(days=count)


def _iso_week(match: re.Match[str], reading: _Reading) -> date | None:
    week = int(match["week"])
    year = int(match["year"]) if match["year"] else reading.today.year
    try:
        found = date.fromisocalendar(year, week, 1)
        if not match["year"] and found + timedelta(days=6) < reading.today and not reading.past:
            found = date.fromisocalendar(year + 1, week, 1)
    except ValueError:
        return None
    return found


_RELATIVE_DAYS = {" ".join(k.split()): v for k, v in words.RELATIVE_DAYS.items()}


def _relative(match: re.Match[str], reading: _Reading) -> date | None:
    word = " ".join(match[0].lower().split())
    if word == "hier" and reading.language not in ("fr", ""):
        return None  # German and Dutch "hier" is "here"
    if word == "hier" and not reading.language and HERE.match(match.string, match.end()):
        return None
    return reading.today + timedelta(days=_RELATIVE_DAYS.get(word, 0))


def _period(match: re.Match[str], reading: _Reading) -> date | None:
    """End, start or middle of this or next month or week; month end words; "this week"."""
    groups, today = match.groupdict(), reading.today
    part = words.part_of(groups["part"]) if groups["part"] else "end"
    if groups.get("thisweek"):
        return today + timedelta(days=(4 - today.weekday()) % 7)
    if groups.get("week"):
        weeks = 1 if groups.get("nextweek") else 0
        day = _monday(today, weeks) + timedelta(days={"start": 0, "mid": 2}.get(part, 4))
        return day if weeks or day >= today else day + timedelta(weeks=1)
    later = 1 if groups.get("nextmonth") else 0
    if part == "start":
        return _add_months(today.replace(day=1), 1)
    if part == "mid":
        return _ordinal_day(15, reading, later)
    return _month_end(today, later)


def _quarter_end(_match: re.Match[str], reading: _Reading) -> date | None:
    """The last day of the calendar quarter `today` falls in."""
    today = reading.today
    return _month_end(today.replace(month=(today.month - 1) // 3 * 3 + 3, day=1))


def _next_week(_match: re.Match[str], reading: _Reading) -> date | None:
    return _monday(reading.today, 1)


def _numeric_any(match: re.Match[str], reading: _Reading) -> date | None:
    if match["sep2"]:
        return _in_year(reading, None, int(match["b2"]), int(match["a"]))
    return _numeric(match, reading)


def _from_now(match: re.Match[str], reading: _Reading) -> date | None:
    word = match["count"].lower()
    count = int(word) if word.isdigit() else words.NUMBER_WORDS[word]
    return reading.today + timedelta(days=count * (7 if match["unit"].startswith("w") else 1))


_RESOLVERS: dict[str, _Resolver] = {
    "iso": _iso,
    "numeric": _numeric,
    "numeric_short": _numeric_any,
    "named": _named,
    "part_of_month": _part_of_month,
    "day_of_month": _day_of_month,
    "period": _period,
    "quarter_end": _quarter_end,
    "weekday_day": _ordinal,
    "weekday": _weekday,
    "within": _within,
    "from_now": _from_now,
    "iso_week": _iso_week,
    "next_week": _next_week,
    "relative": _relative,
    "ordinal": _ordinal,
}
_READERS = tuple((rule.pattern, _RESOLVERS[rule.name], rule.name == "weekday") for rule in RULES)


def find_dates(
    text: str,
    *,
    today: date,
    lookback_days: int = 0,
    past: bool = False,
    month_first: bool = True,
    language: str = "",
) -> tuple[date, ...]:
    """Every date in `text`, in reading order (see the module's policy for ambiguous ones).

    `past`: the text speaks of a payment made, so undated days lie before `today`.
    `month_first`: "12/10" is 10 December (North American English senders only).
    `language`: the text's language when known ("de", "nl" "hier" is "here", not yesterday).
    """
    reading = _Reading(today, lookback_days, past, month_first, language)
    found: list[tuple[int, int, date, bool]] = []
    for index, start in _candidates(text):
        if any(s <= start < e for s, e, _day, _label in found):
            continue  # a more specific rule read this text already
        pattern, resolve, label = _READERS[index]
        match = pattern.match(text, start)
        if match is None or match.end() == start:
            continue
        if any(s < match.end() and start < e for s, e, _day, _label in found):
            continue
        try:
            resolved = resolve(match, reading)
        except (ValueError, OverflowError, KeyError):
            resolved = None
        if resolved is not None:
            found.append((start, match.end(), resolved, label))
    found.sort(key=lambda item: item[0])
    kept = [
        item
        for index, item in enumerate(found)
        if not (item[3] and index + 1 < len(found) and _glued(text, item[1], found[index + 1][0]))
    ]
    return tuple(day for _start, _end, day, _label in kept)


def _candidates(text: str) -> list[tuple[int, int]]:
    """(rule index, position) wherever a token can open a rule, in priority then reading order."""
    candidates: list[tuple[int, int]] = []
    for token in TOKEN.finditer(text):
        word = token[0]
        key = DIGITS if word[0].isdigit() else word.lower()
        for index in TRIGGERS.get(key, ()):
            candidates.append((index, token.start()))
    candidates.sort()
    return candidates


def _glued(text: str, end: int, start: int) -> bool:
    """Whether a weekday is only the label of the date right after it ("Monday, November 30")."""
    glue = GLUE.match(text, end, start)
    return glue is not None and glue.end() == start
