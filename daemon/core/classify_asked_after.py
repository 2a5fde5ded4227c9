"""Whether a reply asks after money it sent: `asked_after_payment`, `asks_if_it_came`.

"¿No os llegó la transferencia del día 5?", "Did you not get our transfer of the 5th?", "Ist
unsere Überweisung vom 5. nicht angekommen?": a question, but one that says a payment went out
that day, and a collector checks the bank before chasing again. Only a payment with its day
counts: "Did we not pay this?" asks (`PAID_ASKED`), and "has the transfer not arrived yet?" names
no payment the sender made. `asks_if_it_came` tells such a question from goods not received
("has this not arrived?" is about the money, "have the parts not arrived?" about goods). It must
not decide the intent and must not do IO.
"""

from __future__ import annotations

import re

from daemon.core.classify_lexicon import Cue, Hit

# A sentence and the mark that ends it (the dot of a German date, "vom 5.", ends none).
_SENTENCE = re.compile(r"(?:[^.?!\n]|(?<=\d)\.)+[.?!\n]?")
# Not arrived, not received, in the six languages.
_NOT_ARRIVED = re.compile(
    r"\b(?:did(?:n['\u2019]?t| not)? you(?: not)? (?:get|receive|see)|ha(?:s|ve)(?:n['\u2019]?t"
    r"| not)\b[^?]{0,40}\b(?:arrived|come through|reached you|received|got)|not (?:yet )?"
    r"(?:arrived|received|reached you|come through))\b"
    r"|\bnicht (?:\w+ )?(?:angekommen|eingegangen|erhalten|bekommen|gutgeschrieben)\b"
    r"|\b(?:n['\u2019]|ne )\w+ (?:\w+ )?pas (?:encore )?(?:reçu|arrivé|parvenu)|\bpas (?:encore )?"
    r"(?:reçu|arrivé|parvenu)"
    r"|\bno (?:os|les|le|te) (?:ha |han )?(?:llegó|llegado|llegaron)\b|\bno (?:habéis|han|has|ha)"
    r" recibido\b|\bno recibisteis\b"
    r"|\bniet (?:\w+ )?(?:aangekomen|ontvangen|binnen(?:gekomen)?)\b"
    r"|\bnon (?:vi |ci |le |gli )?(?:è |sono )?(?:\w+ )?(?:arrivat|ricevut|pervenut)[oaie]\b",
    re.IGNORECASE,
)
# The payment the sender made.
_PAYMENT = re.compile(
    r"\b(?:transfer|payment|bacs|cheque|check|remittance|wire|überweisung|zahlung|virement"
    r"|paiement|règlement|chèque|transferencia|pago|ingreso|bizum|overboeking|overschrijving"
    r"|betaling|bonifico|pagamento|versamento)\b",
    re.IGNORECASE,
)
_WEEKDAY = (
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag"
    r"|lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|miércoles|jueves|viernes|maandag|dinsdag"
    r"|woensdag|donderdag|vrijdag|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]"
)
# Its day: "of the 5th", "del día 5", "vom 5.", "du 5", "van de 5e", "del 5", "from Monday".
_ITS_DAY = re.compile(
    r"\b(?:of|from|on|dated|made on|sent on|del|de|di|vom|von|am|du|van|op|d['\u2019]|dal)"
    r" (?:the |día |dia |de |giorno |jour )?(?:\d{1,2}(?:st|nd|rd|th|e|er|º|°)?(?:[./-]\d{1,2})?"
    r"(?!\d)(?! ?(?:days?|weeks?|dagen|tagen|jours|días|giorni|%|€|eur|euro|£|,\d|\.\d\d))"
    rf"|{_WEEKDAY}"
    r"|last \w+day|yesterday|gestern|hier|ayer|gisteren|ieri)\b",
    re.IGNORECASE,
)


def asked_after_payment(text: str, hits: dict[Cue, Hit]) -> Hit | None:
    """A payment hit where a question asks whether a payment of a named day did not arrive and
    nothing else was read but those words as goods not received; None otherwise."""
    if any(cue in hits for cue in (Cue.PAID, Cue.PROMISE, Cue.PLAN, Cue.REQUEST)):
        return None
    dispute = hits.get(Cue.DISPUTE)
    if dispute is not None and _NOT_ARRIVED.search(dispute.phrase) is None:
        return None  # a contest of its own; "nicht angekommen" is the question's own word
    if "?" not in text:
        return None
    for found in _SENTENCE.finditer(text):
        sentence = found[0]
        if not sentence.endswith("?"):
            continue
        arrived = _NOT_ARRIVED.search(sentence)
        payment = _PAYMENT.search(sentence)
        if arrived and payment and _ITS_DAY.search(sentence, payment.end()):
            return Hit(Cue.PAID, "", payment[0], sentence.strip())
    return None


def without_its_words(hits: dict[Cue, Hit], asked: Hit) -> dict[Cue, Hit]:
    """`hits` without the contest the question's own "not arrived" was read as (goods not
    received), with `asked` as the payment."""
    kept = {
        cue: hit
        for cue, hit in hits.items()
        if cue not in (Cue.DISPUTE, Cue.CONTESTED) or hit.clause.strip() not in asked.clause
    }
    return {**kept, Cue.PAID: asked}


# "not arrived", "not received" in the six languages, as a contest reads them: asked, of what the
# sender sent. (`_NOT_ARRIVED` above reads the whole question, the sender's "did you not get".)
_NOT_COME = re.compile(
    r"\bnot (?:yet )?(?:arrived|received|reached|come through|got)|nicht (?:\w+ )?(?:angekommen"
    r"|eingegangen|erhalten)|pas (?:encore )?(?:arrivé|reçu)|\bno (?:\w+ )?(?:llegado|recibido)"
    r"|niet (?:\w+ )?(?:aangekomen|ontvangen|binnen)|non (?:\w+ )?(?:arrivat|ricevut)",
    re.IGNORECASE,
)


# What a payer sends, or "this" and "it": the parts of "have the parts not arrived?" are goods.
_SENT_THING = re.compile(
    r"\b(?:this|it|that|payment|money|transfer|remittance|bacs|cheque|check|funds|es|das|zahlung"
    r"|überweisung|geld|ça|cela|paiement|virement|règlement|pago|transferencia|dinero|betaling"
    r"|overboeking|het|dit|pagamento|bonifico|soldi)\b",
    re.IGNORECASE,
)


def asks_if_it_came(text: str, at: int, dispute: Hit) -> bool:
    """ "Has this not arrived? Our bank shows it leaving on the 3rd": a question whether what the
    sender sent came; a customer is sent goods, and asks after the money it sent."""
    after = text[at + len(dispute.clause) :].lstrip(" ")
    return (
        after.startswith("?")
        and _NOT_COME.search(dispute.phrase) is not None
        and _SENT_THING.search(dispute.clause) is not None
    )
