"""Whether a reply withholds payment for a fault: `withheld_for_fault(text)`, `paid_once_fixed`.

"We haven't paid because half the bands you sent snapped", "we have NOT paid this and won't be
until someone comes to look at the damage", "Nicht bezahlt, weil die Lieferung an die Filiale
ging … Die Ware haben wir nie gesehen", "Non abbiamo pagato perché la relazione non ci è mai stata
consegnata": the reason, in a clause of its own after "because" or "until", contests the bill.
The clause reader (`daemon.core.classify_scope.clauses`) cuts the sentence at "because" so that
the "not" before it says nothing about what follows; this module reads the two halves together.
A reason that is about money or paperwork ("because our client hasn't paid us", "because we
never received the invoice") is no fault of the goods or the work, and is left to the other rules.
It must not decide the intent and must not do IO.
"""

from __future__ import annotations

import re

from daemon.core.classify_lexicon import Cue, Hit

_FLAGS = re.IGNORECASE
_APOS = "['\u2019]"

# The payment not made, in each language: "we have not paid", "nicht bezahlt", "pas payé",
# "no lo hemos pagado", "non abbiamo pagato", "niet betaald".
_NOT_PAID = {
    "en": rf"\b(?:(?:have|has|had|did|do)(?:n{_APOS}?t| not)|not)(?: (?:yet|actually))?"
    r" (?:been )?(?:paid|pay|settled?)\b",
    "de": r"\bnicht (?:\w+ ){0,2}?(?:bezahlt|gezahlt|überwiesen|beglichen)\b",
    "fr": rf"\b(?:n{_APOS}\s*(?:avons|ai|a|avions) pas (?:encore )?|pas (?:encore )?)(?:payée?s?"
    r"|réglée?s?|viré)\b",
    "es": r"\bno (?:(?:lo|la|los|las|le|les|os) )?(?:(?:hemos|he|ha|habíamos) (?:\w+ )?"
    r"(?:pagado|abonado|transferido)|pagamos|pagué)\b",
    "it": rf"\bnon (?:l{_APOS}\s*)?(?:(?:abbiamo|ho|ha) (?:ancora )?(?:pagat|saldat|bonificat)"
    r"[oaie]|paghiamo|pago)\b",
    "nl": r"\b(?:niet|nog niet) (?:\w+ )?(?:betaald|overgemaakt|voldaan)\b",
}
# The conjunction that gives the reason.
_BECAUSE = (
    r"[, ]+(?:[\w'\u2019]+,? ){0,4}?(?:because|as|since|weil|da|denn|parce que|car|puisque|porque"
    r"|ya que|pues|perché|perche|poiché|siccome|omdat|want|aangezien"
    # or held until the fault is seen to: "NOT paid this and won't be until someone comes to
    # look at the damage"
    r"|until|till|bis|solange|jusqu['\u2019]à ce que|tant que|hasta que|mientras|finché"
    r"|fino a quando|totdat|zolang)\b"
)
# The reason runs to the end of its sentence and may go on for one more ("… ging. Die Ware haben
# wir nie gesehen.").
_REASON = r"(?P<reason>[^.!?\n]{0,160}(?:[.!?]\s+[^.!?\n]{0,120})?)"
_FAULT = re.compile(
    # English: never delivered or done, broken, wrong, missing
    r"\bnever (?:\w+ )?(?:arrived|came|turned up|showed up|delivered|received|done|completed"
    r"|finished|happened|installed|fitted|worked|sent|handed over|supplied|carried out)\b"
    rf"|\b(?:not|n{_APOS}t) (?:been |yet been )?(?:delivered|done|completed|finished|working"
    r"|installed|fitted|arrived|received|supplied|carried out|handed over|work|arrive|turn up"
    r"|show up|happen|come)\b"
    # delivered short of a part: "the translations came back without the certification"
    r"|\b(?:came|come|arrived|delivered|sent|supplied|returned|handed over)(?: back)? without\b"
    r"|\b(?:damage|scratch(?:es|ed)?|dents?|dented|schaden|schäden|kratzer|dégâts?|rayures?"
    r"|daños?|arañazos?|schade|krassen|danni|graffi)\b"
    r"|\b(?:broken|broke|damaged|snapped|faulty|defective|cracked|leaking|wrong|incorrect"
    r"|missing|incomplete|unfinished|substandard|overcharged|short-delivered)\b"
    # German
    r"|\b(?:nie|niemals|nicht) (?:\w+ ){0,2}?(?:geliefert|angekommen|erhalten|gemacht|erledigt"
    r"|gesehen|gekommen|funktioniert|fertig|ausgeführt|durchgeführt|übergeben|eingebaut)\b"
    r"|\b(?:funktioniert|geht|läuft|passt|stimmt|schließt|klemmt)\w* (?:\w+ ){0,3}?nicht\b"
    r"|\b(?:kam|kamen|geliefert|zurückgekommen|angekommen) ohne\b|\bohne (?:\w+ ){1,3}?(?:kam"
    r"|kamen|geliefert|angekommen|zurückgekommen)\b"
    r"|\b(?:kaputt|beschädigt|defekt|falsch|fehlerhaft|mangelhaft|unvollständig|fehlt|fehlen"
    r"|fehlten|fehlte)\b"
    # French
    r"|\b(?:jamais|pas) (?:\w+ ){0,2}?(?:livrée?s?|reçue?s?|remise?s?|faite?s?|effectuée?s?"
    r"|installée?s?|arrivée?s?|terminée?s?|fonctionné|marché)\b"
    r"|\b(?:livrée?s?|arrivée?s?|revenue?s?|reçue?s?|rendue?s?) sans\b"
    r"|\b(?:cassée?s?|abîmée?s?|endommagée?s?|défectueu\w+|erronée?s?|manquant\w*|incomplète?s?"
    r"|non conforme)\b"
    # Spanish
    r"|\b(?:nunca|no) (?:\w+ ){0,2}?(?:llegó|llegaron|recibimos|hicieron|entregaron|funcion\w+"
    r"|terminaron|instalaron|entregado|recibido|hecho)\b"
    r"|\b(?:llegó|llegaron|entregad[oa]s?|devuelt[oa]s?|lleg[oa]d[oa]s?) sin\b"
    r"|\b(?:rot[oa]s?|dañad[oa]s?|defectuos[oa]s?|equivocad[oa]s?|incorrect[oa]s?|faltan?"
    r"|faltaban|incomplet[oa]s?)\b"
    # Italian
    r"|\b(?:mai|non) (?:\w+ ){0,3}?(?:arrivat|consegnat|ricevut|fatt|eseguit|installat"
    r"|terminat|funzionat|finit|completat|ultimat)[oaie]\b|\bnon funziona\w*\b"
    r"|\b(?:arrivat|consegnat|tornat|restituit)[oaie] senza\b"
    r"|\b(?:rott|danneggiat|difettos|sbagliat|errat|incomplet)[oaie]\b|\bmancan\w+"
    # Dutch
    r"|\b(?:nooit|niet) (?:\w+ ){0,2}?(?:geleverd|aangekomen|ontvangen|gedaan|uitgevoerd"
    r"|afgemaakt|gewerkt|geïnstalleerd|opgeleverd)\b|\bwerkt(?:e|en)? niet\b"
    r"|\b(?:kwam|kwamen|geleverd|aangekomen|teruggekomen) zonder\b|\bzonder (?:\w+ ){1,3}?"
    r"(?:kwam|kwamen|geleverd|aangekomen|teruggekomen)\b"
    r"|\b(?:kapot|beschadigd|defect|verkeerd|fout|ontbreekt|ontbreken|onvolledig)\b",
    _FLAGS,
)
# A reason about money, paperwork or our own approval is no fault: "because our client hasn't
# paid us", "because we never received the invoice", "weil die Freigabe fehlte".
_NOT_A_FAULT = re.compile(
    r"\b(?:paid|pay|payment|money|funds|cash|invoice|bill|statement|copy|purchase order"
    r"|bank details|zahl\w*|bezahlt|geld|rechnung\w*|bestellnummer|kontoverbindung"
    r"|paiement\w*|pay[eé]\w*|argent|fonds|factur\w*|bon de commande|rib|pag\w+|dinero"
    r"|fondos|soldi|fattur\w*|iban"
    r"|betaal\w*|factu\w+|inkoopnummer|bankgegevens|liquid\w+|cash ?flow|trésorerie"
    r"|tesorería"
    # our own approval still to come: "weil die Freigabe … fehlte"
    r"|approv\w+|sign-?off|signature|freigabe|genehmigung|unterschrift|validation|visa"
    r"|aprobación|firma|approvazione|autorizzazione|goedkeuring|handtekening|akkoord)\b",
    _FLAGS,
)
_WITHHELD = {
    language: re.compile(f"(?P<paid>{not_paid}){_BECAUSE}{_REASON}", _FLAGS)
    for language, not_paid in _NOT_PAID.items()
}


def withheld_for_fault(text: str) -> Hit | None:
    """A dispute hit where `text` says it has not paid because of a fault it names."""
    for language, withheld in _WITHHELD.items():
        for found in withheld.finditer(text):
            reason = found["reason"]
            fault = _FAULT.search(reason)
            if fault is None or _NOT_A_FAULT.search(_sentence_of(reason, fault)):
                continue
            # the phrase up to the fault: "haven't paid because half the bands … snapped"
            said = text[found.start() : found.start("reason") + fault.end()]
            return Hit(Cue.DISPUTE, language, said, found[0])
    return None


# A payment put off until something is put right: "wir zahlen erst, wenn das repariert ist",
# "zahlen tun wir erst wenn das in ordnung is", "we'll pay once the leak is fixed", "on paiera
# quand ce sera réparé": a repair waited for contests the work, whatever the tense.
_ONCE_FIXED = re.compile(
    r"\b(?:pay|zahl|bezahl|überweis|pai|paier|régl|pag|abon|betal|overmak|sald)\w*\b[^.?!]{0,30}"
    r"\b(?:once|when|only when|as soon as|until|erst,? (?:wenn|sobald)|sobald|quand|dès que|une"
    r" fois que|cuando|en cuanto|una vez que|hasta que|zodra|pas als|wanneer|quando|appena|non"
    r" appena|finché)\b(?P<event>[^.?!]{0,60}?\b(?:fixed|repaired|sorted|put right|replaced|working"
    r" again|in ordnung|repariert|behoben|ersetzt|nachgebessert|réparée?s?|remplacée?s?"
    r"|arreglad[oa]s?|reparad[oa]s?|sustituid[oa]s?|gerepareerd|hersteld|vervangen|in orde"
    r"|riparat[oaie]|sostituit[oaie]|sistemat[oaie]))\b",
    _FLAGS,
)


def paid_once_fixed(text: str) -> Hit | None:
    """A dispute hit where `text` holds its payment until a repair: what is to be put right is
    contested. An invoice to be corrected is a paper to wait for, and left to the other rules."""
    for found in _ONCE_FIXED.finditer(text):
        if _PAPER.search(found["event"]):
            continue
        return Hit(Cue.DISPUTE, "", found[0], found[0])
    return None


_PAPER = re.compile(r"\b(?:invoice|rechnung|facture|factura|factuur|fattura|po|bestell)\w*", _FLAGS)


def _sentence_of(reason: str, fault: re.Match[str]) -> str:
    """The sentence of `reason` that holds `fault`: a money word in the next one ("… never
    delivered. So no payment until it is") does not make the fault a matter of money."""
    start = max(reason.rfind(stop, 0, fault.start()) for stop in ".!?") + 1
    ends = [end for end in (reason.find(stop, fault.end()) for stop in ".!?") if end != -1]
    return reason[start : min(ends, default=len(reason))]
