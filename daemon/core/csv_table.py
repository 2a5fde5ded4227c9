"""CSV text as a table of cells: delimiter, header, rows, and each cell checked for its kind.

One job: split decoded CSV text into rows keyed by the column fields the config names, note the
physical line where each row starts, and check single cells (email, date, amount, flag, ...),
collecting what is wrong as readable reasons. It must not open files or decode bytes (the shell
hands it text), and it does not build domain records or compare rows with each other
(`daemon.core.ledger` does). Cells are data only: nothing here evaluates a cell that starts with
`=`, `+`, `-` or `@`.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from daemon.config.ledger import LedgerConfig
from daemon.core.money import AmountError, parse_amount
from daemon.errors import Problem

_DELIMITERS = (",", ";", "\t", "|")  # ties go to the earlier one
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+")  # loose on purpose; \s also rules out CR and LF
_URL = re.compile(r"https?://[^\s/?#]+\S*", re.IGNORECASE)
_COUNTRY = re.compile(r"[A-Za-z]{2}")
_CURRENCY = re.compile(r"[A-Za-z]{3}")
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")
_YES = frozenset({"1", "true", "yes", "y", "x", "ja", "j", "wahr"})
_NO = frozenset({"", "0", "false", "no", "n", "nein", "falsch"})


class Cells:
    """One row's cells by column field, and what is wrong with them (`errors`, in column order)."""

    def __init__(self, values: dict[str, str], names: Mapping[str, str], config: LedgerConfig):
        self.values, self.names, self.config = values, names, config
        self.errors: list[str] = []

    def get(self, field: str) -> str:
        return self.values.get(field, "")

    def fail(self, field: str, reason: str) -> None:
        self.errors.append(f"{self.names.get(field, field)}: {show(self.get(field))} {reason}")

    def text(self, field: str, *, required: bool = False, header: bool = False) -> str:
        """`header`: the value can reach an email header, where a line break would inject one."""
        value = self.get(field)
        if required and not value:
            self.errors.append(f"{self.names.get(field, field)}: missing value")
        elif header and ("\r" in value or "\n" in value):
            self.fail(field, "contains a line break")
        return value

    def matching(self, field: str, pattern: re.Pattern[str], reason: str) -> str:
        before = len(self.errors)
        value = self.text(field, header=True)  # a line break is reported as such
        if value and len(self.errors) == before and not pattern.fullmatch(value):
            self.fail(field, reason)
        return value

    def email(self, field: str) -> str:
        return self.matching(field, _EMAIL, "is not an email address")

    def url(self, field: str) -> str:
        return self.matching(field, _URL, "is not an http(s) URL")

    def currency(self, field: str) -> str:
        code = self.matching(field, _CURRENCY, "is not a 3-letter currency code").upper()
        return code or self.config.default_currency

    def country(self, field: str) -> str | None:
        return self.matching(field, _COUNTRY, "is not a 2-letter country code").upper() or None

    def language(self, field: str) -> str | None:
        tag = self.matching(field, _LANGUAGE, "is not a language tag like en or de-CH")
        head, dash, rest = tag.replace("_", "-").partition("-")
        return head.lower() + dash + rest or None

    def zone(self, field: str) -> str | None:
        name = self.get(field)
        if name and not _known_zone(name):
            self.fail(field, "is not a known time zone")
        return name or None

    def flag(self, field: str) -> bool:
        if self.get(field).lower() not in _YES | _NO:
            self.fail(field, "is not yes or no")
        return self.get(field).lower() in _YES

    def date(self, field: str) -> date | None:
        value, format_ = self.text(field, required=True), self.config.date_format
        day = _parse_date(value, format_) if value else None
        if value and day is None:
            self.fail(field, f"is not a date in format {format_}")
        return day

    def amount(self, field: str) -> Decimal | None:
        value, config = self.text(field, required=True), self.config
        try:
            return parse_amount(
                value,
                decimal_separator=config.decimal_separator,
                thousands_separator=config.thousands_separator,
            )
        except AmountError as error:
            if value:
                self.fail(field, f"is not an amount ({error})")
            return None


@lru_cache(maxsize=1024)
def _known_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):  # ValueError: not a zone key at all ("../x")
        return False
    return True


@lru_cache(maxsize=4096)  # an export repeats a few hundred dates; strptime is slow
def _parse_date(value: str, format_: str) -> date | None:
    try:
        # A calendar date: no time of day, so no zone to attach.
        return datetime.strptime(value, format_).date()  # noqa: DTZ007
    except ValueError:
        return None


def show(value: str) -> str:
    """A cell as quoted in a problem: escaped, so a line break shows as \\n; long ones shortened."""
    return json.dumps(value if len(value) <= 60 else value[:57] + "...", ensure_ascii=False)


def read_table(
    text: str, config: LedgerConfig, columns: Mapping[str, Any], source: str
) -> tuple[Problem | None, Iterator[tuple[int, Cells]]]:
    """The header problem, if any, and the (start line, cells) of each non-blank data row."""
    text = text.lstrip("\ufeff")  # a stray BOM when the shell decoded without utf-8-sig
    delimiter = _sniff(text) if config.delimiter == "auto" else config.delimiter
    records = _records(text, delimiter)
    line, header = next(records, (1, "the file is empty: no header row"))
    if isinstance(header, str):
        return Problem(f"{source}:{line}", header), iter(())
    names = {field: name for field, name in columns.items() if name is not None}
    problem, index = _header([name.strip() for name in header], names)
    if problem:
        return Problem(f"{source}:{line}", problem), iter(())
    rows = ((line, _cells(fields, index, len(header), names, config)) for line, fields in records)
    return None, rows


def _sniff(text: str) -> str:
    """The candidate delimiter found most often outside quotes on the header line."""
    header = next((line for line in io.StringIO(text, newline="") if line.strip()), "")
    counts, quoted = dict.fromkeys(_DELIMITERS, 0), False
    for char in header:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    return max(_DELIMITERS, key=counts.__getitem__)


def _records(text: str, delimiter: str) -> Iterator[tuple[int, list[str] | str]]:
    """(line where it starts, fields or why unreadable) for each record that is not blank."""
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=delimiter, strict=True, skipinitialspace=True
    )
    end = 0  # physical lines consumed so far: quoted line breaks make a record span several
    while True:
        try:
            fields: list[str] | str = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            fields = f"unreadable CSV: {error}"
        if fields and (isinstance(fields, str) or any(cell.strip() for cell in fields)):
            yield end + 1, fields
        end = reader.line_num


def _header(found: list[str], names: Mapping[str, str]) -> tuple[str, dict[str, int]]:
    counts = Counter(name.casefold() for name in found)
    missing = [json.dumps(name) for name in names.values() if not counts[name.casefold()]]
    twice = [json.dumps(name) for name in names.values() if counts[name.casefold()] > 1]
    reasons = [f"missing column {', '.join(missing)}"] if missing else []
    reasons += [f"column {', '.join(twice)} appears more than once"] if twice else []
    if reasons:
        return "; ".join(reasons) + f"; found: {', '.join(found)}", {}
    position = {name.casefold(): at for at, name in enumerate(found)}
    return "", {field: position[name.casefold()] for field, name in names.items()}


def _cells(
    fields: list[str] | str,
    index: Mapping[str, int],
    width: int,
    names: Mapping[str, str],
    config: LedgerConfig,
) -> Cells:
    if isinstance(fields, str):  # unreadable: nothing to go on but the reason
        cells = Cells({}, names, config)
        cells.errors.append(fields)
        return cells
    # A short or long row still yields what it can, so its invoice number is known to be skipped.
    cells = Cells(
        {f: fields[at].strip() for f, at in index.items() if at < len(fields)}, names, config
    )
    if len(fields) != width:
        cells.errors.append(f"expected {width} fields, found {len(fields)}")
    return cells
