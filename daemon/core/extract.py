"""Facts in the words of a reply: dates, amounts, payment references, email addresses.

One job: the pure extractors `daemon.core.classify` fills `Facts` with, behind one import:
`find_dates` (`daemon.core.extract_dates`, with its ambiguity policy), `find_amounts`
(`daemon.core.extract_money`), `find_reference` (`daemon.core.extract_refs`), and here
`find_addresses` and `find_invoice_refs`. Dates are resolved against a `today` passed in (never
the clock). None of these may raise or decide what a reply means: which date or amount is the
promised one is the classifier's call.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from daemon.core.extract_dates import find_dates
from daemon.core.extract_money import find_amounts
from daemon.core.extract_refs import find_reference

__all__ = [
    "find_addresses",
    "find_amounts",
    "find_dates",
    "find_invoice_refs",
    "find_reference",
]

_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
# Lines that quote the reminder rather than say something: "> ..." quotes, the header block of
# an Outlook-style quote in six languages, and "On ... <x@y> wrote:" attributions.
_QUOTED_LINE = re.compile(
    r"^[ \t]*(?:>.*|(?:from|sent|to|cc|von|gesendet|an|de|envoyé|à|a|para|enviado(?: el)?"
    r"|van|verzonden|aan|da|inviato)[ \t]?:.*|.*\b(?:wrote|schrieb|a écrit|escribió|schreef"
    r"|ha scritto)[ \t]?:[ \t]*)$",
    re.IGNORECASE | re.MULTILINE,
)


def find_addresses(
    text: str, *, exclude: Iterable[str] = (), skip_quoted: bool = True
) -> tuple[str, ...]:
    """Email addresses in `text`, lower case, first occurrence first, without `exclude` and,
    with `skip_quoted`, without those on quoted or quote-header lines (the reminder's own)."""
    skip = {address.lower() for address in exclude}
    if skip_quoted:
        text = _QUOTED_LINE.sub("", text)
    found = (address.lower().strip(".'-") for address in _ADDRESS.findall(text))
    return tuple(address for address in dict.fromkeys(found) if address not in skip)


_INVOICE = re.compile(
    # Every way in starts with one of these letters: one test rules out most positions.
    r"(?=[irfb])"
    r"(?:\b(?:invoices?|inv|rechnung(?:en)?|rechnungs-?nr|re|facture|factures|fact|factura"
    r"|facturas|factuur|facturen|factuurnummer|fattura|fatture|fatt|bill)\b\.?"
    r"(?:\s*(?:no\.?|n[or]\.?|number|nummer|num\.?|n°|nº|#|núm\.?|numero|número))?\s*[:#]?\s*"
    r"|(?<![\w-])(?=(?:inv|re|fa|fac|ft|rg)[-/]?\d))"
    r"(?P<value>(?=[A-Za-z/_-]*\d)[A-Za-z]{0,5}[-/_]?\d[\dA-Za-z/_-]{1,24})",
)  # searched in lower-cased text (several times faster than IGNORECASE); values cut from the text


def find_invoice_refs(text: str) -> tuple[str, ...]:
    """Invoice numbers named in `text` ("invoice INV-2026-0042", "Rechnung Nr. 4711"), in order."""
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" lowers to two characters: keep such ones as they are
        lowered = "".join(char.lower() if len(char.lower()) == 1 else char for char in text)
    spans = (match.span("value") for match in _INVOICE.finditer(lowered))
    found = (text[start:end].rstrip("/_-") for start, end in spans)
    return tuple(dict.fromkeys(value for value in found if sum(c.isdigit() for c in value) >= 2))
