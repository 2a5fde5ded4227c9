"""Amount cells as exports write them (`1.234,56`, `(1,234.56)`, `-$12.00`, `12 345,00 EUR`).

One job: turn one cell into an exact `Decimal` under the configured decimal and thousands
separators, or say precisely why not. It tolerates only what carries no ambiguity: spaces around the
number, one currency symbol or ISO code before or after it, and a leading minus or accounting
parentheses for a negative amount. It must not guess separators, round, or accept a malformed
grouping (`12,3,4`).
"""

from __future__ import annotations

import re
from decimal import Decimal

_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})  # no-break and thin spaces
_MINUS = ("-", "\u2212")  # hyphen-minus and the typographic minus sign
_CURRENCY = r"(?:[A-Z]{3}|[$€£¥])"
_CURRENCY_BEFORE = re.compile(rf"{_CURRENCY}\s*(?P<rest>.+)")
_CURRENCY_AFTER = re.compile(rf"(?P<rest>.+?)\s*{_CURRENCY}")
_DIGITS = re.compile(r"[0-9]+")  # ASCII only: Decimal() would also accept other scripts' digits


class AmountError(ValueError):
    """Why a cell is not an amount; the message completes "amount: "…" is not an amount (…)"."""


def parse_amount(
    text: str, *, decimal_separator: str = ".", thousands_separator: str = ""
) -> Decimal:
    """The exact value of `text`; raises `AmountError` naming the first thing wrong with it."""
    if decimal_separator == thousands_separator:
        raise AmountError(f"decimal and thousands separators are both {decimal_separator!r}")
    negative, body = _unwrap(text.translate(_SPACES).strip())
    value = Decimal(_plain_digits(body, decimal_separator, thousands_separator))
    return -value if negative and value else value  # never a negative zero


def _unwrap(body: str) -> tuple[bool, str]:
    """Peel parentheses, a minus sign and a currency, in any order, each at most once."""
    seen: set[str] = set()
    while (step := _peel_once(body, seen)) is not None:
        kind, body = step
        seen.add(kind)
    if {"parentheses", "minus"} <= seen:
        raise AmountError("both parentheses and a minus sign")
    return bool(seen & {"parentheses", "minus"}), body


def _peel_once(body: str, seen: set[str]) -> tuple[str, str] | None:
    if "parentheses" not in seen and len(body) > 1 and body[0] == "(" and body[-1] == ")":
        return "parentheses", body[1:-1].strip()
    if "minus" not in seen and body[:1] in _MINUS:
        return "minus", body[1:].strip()
    if "currency" not in seen:
        match = _CURRENCY_BEFORE.fullmatch(body) or _CURRENCY_AFTER.fullmatch(body)
        if match:
            return "currency", match["rest"]
    return None


def _plain_digits(body: str, decimal_separator: str, thousands_separator: str) -> str:
    """`body` as `digits[.digits]`, the thousands separators removed after checking their places."""
    if not body:
        raise AmountError("no digits")
    whole, separator, fraction = body.partition(decimal_separator)
    if decimal_separator in fraction:
        raise AmountError(f"more than one decimal separator {decimal_separator!r}")
    if separator and not _DIGITS.fullmatch(fraction):
        raise AmountError(f"only digits may follow the decimal separator {decimal_separator!r}")
    whole = _ungrouped(whole, thousands_separator)
    return f"{whole}.{fraction}" if separator else whole


def _ungrouped(whole: str, thousands_separator: str) -> str:
    if _DIGITS.fullmatch(whole):
        return whole
    if not whole:
        raise AmountError("no digits before the decimal separator")
    if thousands_separator and thousands_separator in whole:
        grouped = rf"[0-9]{{1,3}}(?:{re.escape(thousands_separator)}[0-9]{{3}})+"
        if re.fullmatch(grouped, whole):
            return whole.replace(thousands_separator, "")
        raise AmountError(f"thousands separator {thousands_separator!r} not every three digits")
    unexpected = next(char for char in whole if not "0" <= char <= "9")
    raise AmountError(f"unexpected {unexpected!r}")
