"""The reference of a payment named in a reply: check number, transfer reference, trace, UETR.

One job: `find_reference(text)` returns the first payment reference a text gives ("check
#10442", "chèque no 4471203", "Referencia de la transferencia: TRF20261120-5561", "CRO
0306909606543210", "ACH trace 021000021-4471902", "Verwendungszweck: R4711", "conf # 88213"),
or the value under a reference column of a payment-advice table ("Payment no.", "Check No").
A value needs a digit ("reference below" is none), and an invoice number the text names as
such is no payment reference ("Verwendungszweck: INV-2026-0431"). Pure; never raises.
"""

from __future__ import annotations

import re

_CHECK = (
    r"check|cheque|chèque|chq|ck|scheck|assegno|cheque\s+bancario|assegno\s+bancario"
    r"|cheque\s+nominativo"
)
_TRANSFER = (
    r"transfer|bank\s+transfer|wire|ach|bacs|sepa|payment|transaction|remittance|überweisung"
    r"|zahlung|transaktion|virement|paiement|transferencia|pago|bonifico|pagamento|overboeking"
    r"|betaling"
)
_BATCH = r"batch|betaalbatch|betaalrun|zahlungslauf|payment\s+run|lote|lotto|lot"
_LABEL = (
    r"reference|ref|réf|référence|referencia|referentie|riferimento|rif|kenmerk|referenz"
    r"|betalingskenmerk|betalingsreferentie|verwendungszweck|buchungsnummer|transaktionsnummer"
    r"|zahlungsreferenz|trace(?:\s+number|\s+no|\s+id)?|utr|uetr|cro|trn|imad|omad|fed\s+ref"
    r"|confirmation(?:\s+code|\s+number|\s+no)?|conf|auth(?:orization)?\s+code"
    r"|bestätigungsnummer|numéro\s+de\s+confirmation|número\s+de\s+confirmación"
    r"|payment\s+document|zahlungsbeleg|belegnummer|document\s+de\s+paiement|numero\s+cro"
    r"|clave\s+de\s+rastreo|folio|auftragsnummer|auftragsreferenz|transaction\s+id"
)
# A whole word: "num" must not take the start of "number" and leave "ber" as the value.
_NUMBER_WORD = (
    r"(?:(?:number|nummer|numéro|numero|número|num|no|nr|n°|nº|n\.?o|n\.º|id|code)(?![^\W\d_])"
    r"|n(?=\.)|#)\.?"
)
_CONNECT = (
    r"(?:\s+(?:(?:of\s+the|of|for\s+the|der|des|du|de\s+la|del|de|van\s+de|van|della)\s+)?"
    rf"(?:{_TRANSFER}|{_CHECK})\b)?"
)
_VALUE = r"(?P<value>\d{4}(?: \d{4}){2,3}(?!\d)|[A-Za-z0-9][A-Za-z0-9/_.:-]{2,44})"
# "for the same" (Indian English), "laut Kontoauszug", "indicated on the slip": a few words
# between the label and its verb.
_COPULA = r"(?:is|was|lautet|ist|est|es|è|era|fue)\b"
_FILLER = rf"(?:\s+(?!{_COPULA})[^\W\d]+){{0,3}}?\s*(?={_COPULA})"
_REFERENCE = re.compile(
    rf"(?:\b(?:{_CHECK})\b\.?(?:\s*{_NUMBER_WORD})?"
    rf"|\b(?:{_TRANSFER})[\s-]*(?:{_LABEL}|{_NUMBER_WORD})\b\.?(?:\s*{_NUMBER_WORD})?"
    rf"|\b(?:{_LABEL})\b\.?(?:\s*{_NUMBER_WORD})?{_CONNECT}(?:{_FILLER})?"
    rf"|\b{_NUMBER_WORD}\s+(?:de|del|du|of|der)\s+(?:{_TRANSFER})\b"
    rf"|\b(?:{_BATCH})\b)"
    r"\s*(?:(?:is|was|lautet|ist|est|es|è|era|fue|:)\s*)?[:#]?\s*(?:n[°º]\s*)?" + _VALUE,
    re.IGNORECASE,
)
# Belgium's structured communication ("+++090/4471/22816+++") names the payment on its own; a
# payment advice's "Payment PAY-0091843" too (an upper-case prefix and digits, as the AP system
# numbers its runs).
_STRUCTURED = re.compile(
    r"(?P<value>\+\+\+\d{3}/\d{4}/\d{5}\+\+\+)|\b(?:[Pp]ayment|[Zz]ahlung|[Pp]ago|[Pp]aiement)"
    r"\s+(?P<run>[A-Z]{2,6}[-_]?\d{4,})\b"
)
_INVOICE_NAMED = re.compile(
    r"\b(?:invoices?|inv|rechnung\w*|factures?|factura|facturas|factuur|facturen|fattur[ae]"
    r"|bill)\b\.?(?:\s*(?:no|nr|number|nummer|n°|nº|#|num|numero|número)\.?)?\s*[:#]?\s*"
    r"(?P<value>[A-Za-z0-9][A-Za-z0-9/_-]{2,30})",
    re.IGNORECASE,
)
_COLUMN = re.compile(
    r"(?:payment|check|cheque|trace|reference|ref|referenz|référence|referencia|riferimento"
    r"|zahlung|document|doc)\.?\s*(?:no|nr|number|#|id|nummer)?\.?",
    re.IGNORECASE,
)
_NOT_VALUE = re.compile(r"\d{1,3}(?:[.,]\d{3})*[.,]\d{2}|\d{1,4}[./-]\d{1,2}[./-]\d{2,4}")


def find_reference(text: str) -> str:
    """The first check number, bank or transfer reference; "" when none is named."""
    invoices = {m["value"].rstrip(".-/:").lower() for m in _INVOICE_NAMED.finditer(text)}
    structured = _STRUCTURED.search(text)
    if structured is not None and not invoices & {(structured["run"] or "").lower()}:
        return structured["value"] or structured["run"]
    for match in _REFERENCE.finditer(text):
        value = match["value"].rstrip(".-/:")
        if _plausible(value, invoices):
            return value
    return _table_reference(text, invoices)


def _plausible(value: str, invoices: set[str]) -> bool:
    if not any(char.isdigit() for char in value) or value.lower() in invoices:
        return False
    if value.upper().startswith("INV"):
        return False
    return _NOT_VALUE.fullmatch(value) is None  # an amount or a date is no reference


def _table_reference(text: str, invoices: set[str]) -> str:
    """The value under a reference column: the header line splits into cells on two or more
    spaces, and the next line with as many cells carries the value in the same column."""
    lines = text.splitlines()
    for index, line in enumerate(lines[:-1]):
        cells = re.split(r"\s{2,}|\t+|\s*\|\s*", line.strip())
        columns = [n for n, cell in enumerate(cells) if _COLUMN.fullmatch(cell.strip())]
        if len(cells) < 2 or not columns:
            continue
        for row in lines[index + 1 : index + 4]:
            values = re.split(r"\s{2,}|\t+|\s*\|\s*", row.strip())
            if len(values) == len(cells) and _plausible(values[columns[0]], invoices):
                return values[columns[0]]
    return ""
