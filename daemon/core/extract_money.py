"""Amounts of money in a reply: "$1,250", "1.234,56 €", "EUR 1.200,00", "1'234.50 CHF".

One job: `find_amounts(text)` lists (amount, ISO 4217 code) pairs. A number counts only with a
currency next to it (a symbol, a code or a word: "1.250 euros", "300 Franken"), or on the total
line of a payment-advice table ("TOTAL  5,362.35", currency from a "Currency: USD" line), so that
invoice, order and phone numbers are not read as money. Pure; never raises.

Separators are read by shape: the last separator is decimal when two kinds appear ("1.234,56",
"1,234.56") or when one or two digits follow it ("12,50"); three digits after a lone separator
mean thousands ("€ 1.200", "$1,250"); spaces, apostrophes and thin spaces group thousands
("1 234,56", "1'234.50"). Amounts are given to the cent ("389" -> "389.00"), yen to the unit.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_WORDS = {
    "$": "USD", "us$": "USD", "u$s": "USD", "c$": "CAD", "ca$": "CAD", "can$": "CAD", "a$": "AUD",
    "€": "EUR", "£": "GBP", "¥": "JPY", "euro": "EUR", "euros": "EUR", "eur": "EUR", "eures": "EUR",
    "dollars": "USD", "dollar": "USD", "dólares": "USD", "dolares": "USD", "dollari": "USD",
    "us-dollar": "USD", "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "pfund": "GBP",
    "fr.": "CHF", "sfr.": "CHF", "sfr": "CHF", "chf": "CHF", "franken": "CHF",
    "francs suisses": "CHF", "franchi svizzeri": "CHF", "francos suizos": "CHF",
}  # fmt: skip
_NUMBER = (
    r"(?P<number>\d{1,3}(?:(?:[.,'\u2019]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d{3})+(?:[.,]\d{1,2})?"
    r"|\d+(?:[.,]\d{1,2})?)(?:[.,]-{1,2})?(?![\d])"
)
_CODE = r"(?:EUR|USD|GBP|CHF|CAD|AUD|SEK|NOK|DKK|PLN|JPY|MXN|NZD|CZK|HUF)"
_SYMBOL = r"US\$|U\$S|CA?N?\$|A\$|[$€£¥]|\bS?Fr\.|\bSFr\b"
_WORD = (
    r"euros?|eures|dollars?|dólares|dolares|dollari|US-Dollar|pounds?(?: sterling)?|sterling"
    r"|Pfund|Franken|francs suisses|franchi svizzeri|francos suizos|S?Fr\."
)
_AMOUNTS = (
    # "Euro 936,40" (Italian and German write the word first, too)
    re.compile(rf"(?P<symbol>{_SYMBOL}|\b{_CODE}|\beuros?\b)\s?{_NUMBER}", re.IGNORECASE),
    re.compile(
        rf"(?<![\w.,]){_NUMBER}\s?(?P<symbol>[$€£¥]|{_CODE}\b|(?:{_WORD})(?!\w))", re.IGNORECASE
    ),
)
_CODE_AFTER = re.compile(rf"\s?(?P<code>{_CODE})\b", re.IGNORECASE)
_TOTAL_LINE = re.compile(
    r"^[ \t|*]*(?:grand\s+)?(?:total|totals|totaal|gesamt\w*|summe|totale|importe\s+total"
    r"|montant\s+total|net\s+paid|amount\s+paid|payment\s+amount|zahlbetrag|total\s+pagado"
    r"|total\s+payé)\b(?P<rest>[^\n]*)$",
    re.IGNORECASE | re.MULTILINE,
)
_TABLE_NUMBER = re.compile(r"(?<![\w.,-])\d{1,3}(?:[.,'\u2019 ]\d{3})*[.,]\d{2}(?![\d.,]\d)")
_CURRENCY_LINE = re.compile(
    rf"^[ \t]*(?:currency|währung|devise|monnaie|moneda|divisa|valuta)[ \t]*:?[ \t]*"
    rf"(?P<code>{_CODE})\b",
    re.IGNORECASE | re.MULTILINE,
)


def find_amounts(text: str) -> tuple[tuple[Decimal, str], ...]:
    """Every amount with its currency: ("1.234,56 €") -> (Decimal("1234.56"), "EUR").

    The total of a payment-advice table comes first; the rest in reading order. The code is ""
    when only a table states the amount and nothing states its currency.
    """
    matches = sorted((m for pattern in _AMOUNTS for m in pattern.finditer(text)), key=_start)
    amounts: list[tuple[int, Decimal, str]] = []
    end = -1
    for match in matches:
        if match.start() < end:  # "EUR 5 EUR": one amount, not two
            continue
        symbol = match["symbol"].lower()
        code = _WORDS.get(" ".join(symbol.split()), symbol.upper())
        named = _CODE_AFTER.match(text, match.end()) if symbol == "$" else None
        if named is not None:  # "$48,920.00 MXN": the peso's sign is the dollar's
            code, end = named["code"].upper(), named.end()
        value = _number(match["number"], code)
        if value is not None:
            amounts.append((match.start(), value, code))
            end = max(end, match.end())
    totals = _table_totals(text, amounts)
    return tuple((value, code) for _position, value, code in (*totals, *amounts))


def _start(match: re.Match[str]) -> int:
    return match.start()


def _table_totals(
    text: str, amounts: list[tuple[int, Decimal, str]]
) -> list[tuple[int, Decimal, str]]:
    """The last figure of each total line, moved first; a currency-less one gets the advice's
    "Currency:" line, if any."""
    totals: list[tuple[int, Decimal, str]] = []
    for line in _TOTAL_LINE.finditer(text):
        inside = [a for a in amounts if line.start() <= a[0] < line.end()]
        if inside:
            totals.append(inside[-1])
            amounts.remove(inside[-1])
            continue
        figures = _TABLE_NUMBER.findall(line["rest"])
        stated = _CURRENCY_LINE.search(text)
        code = stated["code"].upper() if stated else ""
        value = _number(figures[-1], code) if figures else None
        if value is not None:
            totals.append((line.start(), value, code))
    return totals


def _number(text: str, code: str = "") -> Decimal | None:
    """The value of a written number, to the cent (to the unit for yen)."""
    digits = re.sub(r"[\s'\u2019]", "", text)
    last = max(digits.rfind("."), digits.rfind(","))
    decimals = digits[last + 1 :] if last >= 0 else ""
    if last >= 0 and len(decimals) in (1, 2):
        digits = re.sub(r"[.,]", "", digits[:last]) + "." + decimals
    else:
        digits = re.sub(r"[.,]", "", digits)
    try:
        value = Decimal(digits)
    except InvalidOperation:
        return None
    return value.quantize(Decimal(1) if code == "JPY" else Decimal("0.01"))
