"""Facts in the words of a reply: dates, amounts, payment references, email addresses.

One job: pure extractors for `daemon.core.classify`. Dates are resolved against a `today` passed in
(never the clock): a date without a year is the next such date on or after today, or, when
`lookback_days` allows ("we paid on Dec 1"), up to that many days before. Amounts need a currency
next to them, so that invoice and order numbers are not read as money. None of these may raise or
decide what a reply means.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

_MONTHS = {
    "jan": 1, "january": 1, "januar": 1, "jänner": 1, "feb": 2, "february": 2, "februar": 2,
    "mar": 3, "march": 3, "märz": 3, "maerz": 3, "apr": 4, "april": 4, "may": 5, "mai": 5,
    "jun": 6, "june": 6, "juni": 6, "jul": 7, "july": 7, "juli": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "okt": 10, "oktober": 10,
    "nov": 11, "november": 11, "dec": 12, "december": 12, "dez": 12, "dezember": 12,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 0, "montag": 0, "tuesday": 1, "dienstag": 1, "wednesday": 2, "mittwoch": 2,
    "thursday": 3, "donnerstag": 3, "friday": 4, "freitag": 4, "saturday": 5, "samstag": 5,
    "sunday": 6, "sonntag": 6,
}  # fmt: skip
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = "(?P<weekday>" + "|".join(_WEEKDAYS) + ")"
_YEAR = r"(?:,?\s+(?P<year>\d{4}))?"
_ORDINAL = r"(?:st|nd|rd|th|\.)?"

_Resolver = Callable[[re.Match[str], date, int], "date | None"]


def _numeric(day: str, month: str, year: str) -> _Resolver:
    def resolve(match: re.Match[str], today: date, lookback: int) -> date | None:
        return _day(today, lookback, match[year], int(match[month]), int(match[day]))

    return resolve


def _named(match: re.Match[str], today: date, lookback: int) -> date | None:
    month = _MONTHS[match["month"].lower()]
    return _day(today, lookback, match["year"], month, int(match["day"]))


def _relative(match: re.Match[str], today: date, _lookback: int) -> date | None:
    word = " ".join(match[0].lower().split())
    if match["weekday"]:
        ahead = (_WEEKDAYS[match["weekday"].lower()] - today.weekday() - 1) % 7 + 1
        return today + timedelta(days=ahead)
    if match["count"]:
        days = int(match["count"]) * (
            7 if match["unit"].lower().startswith(("week", "woche")) else 1
        )
        return today + timedelta(days=days)
    if "end" in word or "ende" in word:
        later = "next" in word or "nächst" in word
        month_day = (today.replace(day=1) + timedelta(days=32)) if later else today
        last = calendar.monthrange(month_day.year, month_day.month)[1]
        return month_day.replace(day=last)
    return today + timedelta(days=_SHIFTS[word])


_SHIFTS = {
    "today": 0, "heute": 0, "tomorrow": 1, "morgen": 1, "day after tomorrow": 2, "übermorgen": 2,
    "yesterday": -1, "gestern": -1, "next week": 7, "nächste woche": 7,
}  # fmt: skip
_ISO = r"(?<![\d.])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)"
_US = r"(?<![\d/])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})(?![\d/])"
_GERMAN = r"(?<![\d.,])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})?(?![\d.,]\d)"
_DAY_MONTH = rf"(?<!\d)(?P<day>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?{_MONTH}{_YEAR}\b"
_MONTH_DAY = rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?![.:]\d){_YEAR}"
_RELATIVE = (
    r"\b(?:(?:next|this|on|by|coming|nächsten|kommenden|am|bis)\s+"
    + _WEEKDAY
    + r"|in\s+(?P<count>\d{1,2})\s+(?P<unit>days?|weeks?|tagen|wochen)"
    + r"|end of (?:the |this |next )?month|(?:ende (?:des|dieses|nächsten) monats|monatsende)"
    + r"|day after tomorrow|übermorgen|today|heute|tomorrow|(?<!guten )morgen|yesterday"
    + r"|gestern|next week|nächste woche)\b"
)
_DATE_PATTERNS: tuple[tuple[re.Pattern[str], _Resolver], ...] = (
    (re.compile(_ISO), _numeric("d", "m", "y")),
    (re.compile(_US), _numeric("d", "m", "y")),
    (re.compile(_GERMAN), _numeric("d", "m", "y")),
    (re.compile(_DAY_MONTH, re.IGNORECASE), _named),
    (re.compile(_MONTH_DAY, re.IGNORECASE), _named),
    (re.compile(_RELATIVE, re.IGNORECASE), _relative),
)  # fmt: skip


def _day(today: date, lookback: int, year: str | None, month: int, day: int) -> date | None:
    try:
        if year:
            return date(int(year), month, day)
        found = date(today.year, month, day)
    except ValueError:  # 31 February, month 13: not a date
        return None
    if found < today - timedelta(days=lookback):
        try:
            return found.replace(year=today.year + 1)
        except ValueError:  # 29 February
            return None
    return found


def find_dates(text: str, *, today: date, lookback_days: int = 0) -> tuple[date, ...]:
    """Every date in `text`, in reading order."""
    found: list[tuple[int, date]] = []
    taken: list[range] = []
    for pattern, resolve in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() in span for span in taken):
                continue  # an earlier, more specific pattern read this text already
            resolved = resolve(match, today, lookback_days)
            if resolved is not None:
                found.append((match.start(), resolved))
                taken.append(range(match.start(), match.end()))
    return tuple(day for _position, day in sorted(found, key=lambda item: item[0]))


_CURRENCIES = {"$": "USD", "€": "EUR", "£": "GBP", "euro": "EUR", "euros": "EUR", "dollars": "USD"}
_NUMBER = r"(?P<number>\d{1,3}(?:[.,'\s]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?!\d)"
_CODE = r"(?:EUR|USD|GBP|CHF|CAD|AUD)"
_AMOUNTS = (
    re.compile(rf"(?P<symbol>[$€£]|\b{_CODE})\s?{_NUMBER}", re.IGNORECASE),
    re.compile(rf"(?<![\w.,]){_NUMBER}\s?(?P<symbol>[$€£]|{_CODE}\b|euros?\b|dollars\b)", re.I),
)


def find_amounts(text: str) -> tuple[tuple[Decimal, str], ...]:
    """Every amount with a currency next to it: ("1.234,56 €") -> (Decimal("1234.56"), "EUR")."""
    matches = sorted((m for pattern in _AMOUNTS for m in pattern.finditer(text)), key=_start)
    amounts: list[tuple[Decimal, str]] = []
    end = -1
    for match in matches:
        value = _number(match["number"])
        if value is not None and match.start() >= end:  # "EUR 5 EUR": one amount, not two
            symbol = match["symbol"].lower()
            amounts.append((value, _CURRENCIES.get(symbol, symbol.upper())))
            end = match.end()
    return tuple(amounts)


def _start(match: re.Match[str]) -> int:
    return match.start()


def _number(text: str) -> Decimal | None:
    """Separators decided by shape: the last one is decimal when two kinds appear, or when it is
    followed by one or two digits ("12,50"); three digits after a lone one mean thousands."""
    digits = re.sub(r"[\s']", "", text)
    last = max(digits.rfind("."), digits.rfind(","))
    decimals = digits[last + 1 :] if last >= 0 else ""
    if last >= 0 and len(decimals) in (1, 2):
        digits = re.sub(r"[.,]", "", digits[:last]) + "." + decimals
    else:
        digits = re.sub(r"[.,]", "", digits)
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


_REFERENCE = re.compile(
    r"(?:\b(?:check|cheque|chq)\b\s*(?:#|no\.?|number|nr\.?)?"
    r"|\bref(?:erence)?\b(?:\s*(?:no\.?|number|#))?"
    r"|\b(?:transaction|confirmation|payment|transfer|wire)\s*(?:id|no\.?|number|code|#)"
    r"|\b(?:referenz(?:nummer)?|verwendungszweck|buchungsnummer|transaktionsnummer)\b)"
    r"\s*[:#]?\s*(?P<value>[A-Za-z0-9][A-Za-z0-9/_-]{2,39})",
    re.IGNORECASE,
)


def find_reference(text: str) -> str:
    """The first check number, bank or transfer reference; "" when none is named."""
    for match in _REFERENCE.finditer(text):
        value = match["value"]
        if any(char.isdigit() for char in value):  # "reference below" is no reference
            return value
    return ""


_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def find_addresses(text: str, *, exclude: Iterable[str] = ()) -> tuple[str, ...]:
    """Email addresses in `text`, lower case, first occurrence first, without `exclude`."""
    skip = {address.lower() for address in exclude}
    found = (address.lower().strip(".") for address in _ADDRESS.findall(text))
    return tuple(address for address in dict.fromkeys(found) if address not in skip)
