"""Whether a payment applied one of our credit notes: `credit_applied(text)`.

A payment advice that nets a credit note ("INV-3310 less credit note CN-0871", "Gutschrift GS-12
-200,00 EUR", "la facture moins l'avoir AV-22", "al netto della nota di credito") reports money
sent for what is owed after a credit we issued; the credit note is settled business, not a
contest. A credit asked for or still awaited ("we're waiting for the credit note") is not
applied, and stays a dispute.
"""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE
# A credit note in the six languages.
CREDIT_NOTE = re.compile(
    r"\b(?:credit ?notes?|gutschrift\w*|avoirs?|notes? de crédit|notas? de (?:crédito|abono)"
    r"|abonos?|creditnota'?s?|not[ae] di credito)\b",
    _FLAGS,
)
_NOTE = CREDIT_NOTE.pattern.removeprefix(r"\b")
_NETTED = re.compile(
    # "less the credit note", "abzüglich der Gutschrift", "moins l'avoir", "al netto della nota"
    r"\b(?:less|minus|net of|after deducting|deducting|abzüglich|abzgl\.?|moins|déduction faite"
    r" de|après déduction de|menos|descontando|deduciendo|al netto d\w*|verminderd met|na aftrek"
    r" van)\s+(?:(?:the|your|our|agreed|de|la|l['\u2019]|el|del|della|die|der|des|unsere?r?"
    r"|ihre?r?|uw|onze|vostra|nostra|vuestra|su|vorige)\s*){0,3}"
    + _NOTE
    + "|"
    # "Credit note CN-0871 -88.00" in an advice's list (a minus standing alone, not "CN-0871")
    + CREDIT_NOTE.pattern
    + r"[^.\n]{0,40}?(?<!\w)[-\u2212\u2013]\s?(?:€|£|\$|eur|gbp|usd|chf)?\s?\d|"
    # "the credit note was offset and the rest transferred": a remainder paid, not a credit that
    # settled it all ("mit Ihrer Gutschrift verrechnet, der Posten ist erledigt" contests)
    + CREDIT_NOTE.pattern
    + r"[^.\n]{0,40}?\b(?:deducted|offset|applied|netted|verrechnet|abgezogen|déduit|imputé"
    r"|compensé|descontad[oa]|aplicad[oa]|compensad[oa]|verrekend|afgetrokken|in mindering"
    r"|detratt[oa]|dedott[oa]|compensat[oa]|scalat[oa])\b[^.\n]{0,40}?\b(?:the rest|remainder"
    r"|balance|rest(?:betrag|ant)?|reste|resto|restante|saldo|differen\w*)\b",
    _FLAGS,
)


# The rest of the clause says what the credit was for: "(£88.00) for the returned stock,".
_CLAUSE_STOP = re.compile(r"[,;\n]|\.(?:\s|$)")


def credit_applied(text: str) -> tuple[int, int] | None:
    """Where `text` nets one of our credit notes against what it paid, to the end of the
    clause that names it, if it does."""
    netted = _NETTED.search(text)
    if netted is None:
        return None
    stop = _CLAUSE_STOP.search(text, netted.end())
    return netted.start(), stop.end() if stop else len(text)
