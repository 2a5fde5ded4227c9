"""Which contest phrases blame something other than what was billed: `drop_faults_elsewhere`.

A dispute word can be about the file the bill came in ("the PDF is damaged, send it again"), a
page missing from the copy ("il manque la page 2"), the payer's own transfer ("with the wrong
invoice number in the Verwendungszweck"), the mailbox mail went to ("the address on your invoice
doesn't work"), or a story told before the bill is said to be right ("our mangle broke in June
... die Rechnung stimmt so, ich überweise am 15."). None of them contests the invoice. It must
not decide the intent and must not do IO.
"""

from __future__ import annotations

import re

from daemon.core.classify_lexicon import Cue, Hit

_FLAGS = re.IGNORECASE
# A defect of the file we sent, not of the goods: "the PDF is corrupted", "Datei beschädigt".
_FILE_DEFECT = re.compile(
    r"\b(?:pdf|file|attachment|document|link|download|datei|anhang|fichier|pièce jointe|archivo"
    r"|adjunto|enlace|lien|bestand|bijlage|allegato)s?\b[^.]{0,40}\b(?:damaged|corrupt\w*|broken"
    r"|defective|expired|not working|do(?:es)?n['\u2019]?t work|funktioniert nicht|abgelaufen"
    r"|ne (?:marche|fonctionne) pas|expiré|no funciona|caducad[oa]|werkt niet|verlopen"
    r"|non funziona|scadut[oa]"
    r"|beschädigt|defekt|kaputt|endommagé\w*|corrompu\w*|dañad[oa]|corrupt[oa]|beschadigd"
    r"|danneggiat[oa]|corrott[oa])",
    _FLAGS,
)
# A page of the bill missing from the copy received: "il manque la page 2", "page 2 is missing".
_PAGE_MISSING = re.compile(
    r"\b(?:il manque la page|page \d+ (?:is )?missing|missing (?:the )?page"
    r"|(?:es )?fehlt (?:die )?seite|seite \d+ fehlt|falta la página"
    r"|ontbreekt (?:de )?(?:pagina|blz)|pagina \d+ ontbreekt|manca la pagina)\b",
    _FLAGS,
)
# The free-text field of a transfer: what is wrong in it is the payer's slip, not the bill's.
_PAYMENT_REFERENCE = re.compile(
    r"\b(?:verwendungszweck|payment reference|bank reference|remittance reference|libellé"
    r"|concepto|omschrijving|betalingskenmerk|causale)\b",
    _FLAGS,
)
# An e-mail address or mailbox that does not work ("het adres op uw factuur werkt blijkbaar
# niet"): a fault of the way mail goes, nothing contested of what was billed.
_ADDRESS_FAULT = re.compile(
    r"\b(?:e-?mail|mail|address|adress[ei]|adres|e-?mailadres|mailadres|adresse|e-mail-adresse"
    r"|dirección|correo|indirizzo|mailbox|postfach|boîte mail|buzón|casella)\b[^.]{0,50}"
    r"\b(?:(?:does|did)n['\u2019]?t work|does not work|is not working|isn['\u2019]?t working"
    r"|not working|funktioniert (?:\w+ )?nicht|ne (?:marche|fonctionne) (?:\w+ )?pas|no funciona"
    r"|werkt (?:\w+ )?niet|non funziona)",
    _FLAGS,
)
# The bill said to be right: "ich habe mir die Rechnung angeschaut, die stimmt so".
_BILL_AGREED = re.compile(
    r"\b(?:the )?(?:invoice|bill) (?:is|looks) (?:correct|right|fine|ok)\b|\brechnung\b[^.]{0,30}"
    r"\b(?:stimmt|ist korrekt|ist richtig|ist in ordnung)\b(?! nicht)|\bla facture est (?:correcte"
    r"|juste|bonne)|\bla factura (?:es|está) correcta|\bde factuur (?:klopt|is correct|is juist)\b"
    r"(?! niet)|\bla fattura è corretta",
    _FLAGS,
)


def drop_faults_elsewhere(text: str, weighed: dict[Cue, Hit]) -> None:
    """Forget the dispute of `weighed` when its fault is of the file, a page of the copy, the
    payer's reference or the mailbox (beside a request or a payment, where that applies), or
    when the bill is said to be right after it beside a payment made or promised. The contest
    flag of the same clause goes with it, except for a damaged file, which a person may still
    want to see beside a payment."""
    dispute = weighed.get(Cue.DISPUTE)
    if dispute is None:
        return
    if Cue.REQUEST in weighed and _FILE_DEFECT.search(dispute.clause):
        del weighed[Cue.DISPUTE]
        return
    money = Cue.PAID in weighed or Cue.PROMISE in weighed
    if (
        (Cue.REQUEST in weighed and _PAGE_MISSING.search(dispute.clause))
        or (Cue.PAID in weighed and _PAYMENT_REFERENCE.search(dispute.clause))
        or _ADDRESS_FAULT.search(dispute.clause)
        or (money and Cue.DEFERRED not in weighed and _agreed_after(text, dispute))
    ):
        del weighed[Cue.DISPUTE]
        if (contested := weighed.get(Cue.CONTESTED)) and contested.clause == dispute.clause:
            del weighed[Cue.CONTESTED]


def _agreed_after(text: str, dispute: Hit) -> bool:
    """Whether the bill is said to be right after the fault was told: the fault is the story
    ("our mangle broke in June, so we ordered the extra cloths"), the bill is good."""
    at = text.find(dispute.clause)
    return at >= 0 and _BILL_AGREED.search(text, at + len(dispute.clause)) is not None
