"""What a received email says: `classify(mail, today=...) -> Verdict`.

One job: read the sender's new words and name the one business action they call for. Order:
a bounce (`daemon.core.classify_bounce`) first; then the new text is isolated (the trimmed reply,
without closing formula, signature, disclaimer, and without any line of the reminder we sent,
`reference`), searched with every language's lexicon (`daemon.core.classify_rules_<lang>`,
the detected language first) for affirmed cues, and an automatic reply is told apart
(`daemon.core.classify_auto`). The cue that drives the action wins:
unsubscribe > a doubt that the reminder is genuine (other, unless it asks for written proof of
our bank details: `daemon.core.classify_bank`) > dispute > wrong contact > payment
plan > invoice request > payment sent / promise > a redirect naming an address > other. A payment
claim and a promise together are a plan when the promise is for what is left ("paid half, the
rest goes out Dec 5"), a promise when it names a future date ("approved and scheduled for Dec 5"),
else a payment claim. Last, the trained model gives its second opinion
(`daemon.core.classify_guess.overrides` says when it stands).
Nothing here does IO or reads the clock (`today` is an argument), and nothing acts on the verdict.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace
from datetime import date, timedelta

from daemon.core.case_blind import CaseBlind
from daemon.core.classify_asked_after import (
    asked_after_payment,
    asks_if_it_came,
    without_its_words,
)
from daemon.core.classify_auto import (
    PAID_ASKED,
    auto_evidence,
    auto_subject,
    return_date,
    seen_by_person,
)
from daemon.core.classify_bank import bank_proof
from daemon.core.classify_bounce import bounce_verdict
from daemon.core.classify_corrected import corrected_payment
from daemon.core.classify_credit import CREDIT_NOTE, credit_applied
from daemon.core.classify_day import day_only
from daemon.core.classify_facts import clause_dates, dates_in, money_facts, new_contact
from daemon.core.classify_faults import drop_faults_elsewhere
from daemon.core.classify_guess import MODEL, arguable, dateless, overrides
from daemon.core.classify_lexicon import Cue, Hit, Lexicon, find_cues, index_of
from daemon.core.classify_recalled import recalled_payment
from daemon.core.classify_route import PASSED_ON, weigh_contact
from daemon.core.classify_rules_de import LEXICON as DE
from daemon.core.classify_rules_en import LEXICON as EN
from daemon.core.classify_rules_es import LEXICON as ES
from daemon.core.classify_rules_fr import LEXICON as FR
from daemon.core.classify_rules_it import LEXICON as IT
from daemon.core.classify_rules_nl import LEXICON as NL
from daemon.core.classify_scope import (
    awaited_document,
    awaits,
    clauses,
    conditional,
    present_languages,
    sentence_after,
    sentence_before,
    sentence_preceding,
)
from daemon.core.classify_short import BY_NOW, DONE, NEW_ENQUIRY, STOP
from daemon.core.classify_tense import PUNCTUAL, concrete, run_paid, tensed
from daemon.core.classify_withheld import paid_once_fixed, withheld_for_fault
from daemon.core.extract_dates_words import MONTHS
from daemon.core.mail import REPLY_PREFIX, Mail
from daemon.core.reminder_lines import is_ours
from daemon.core.trim import strip_closing
from daemon.core.verdict import Facts, Intent, Verdict

_LEXICONS: tuple[Lexicon, ...] = (EN, DE, FR, ES, NL, IT)
index_of(_LEXICONS)  # built with the rules, not inside the first reply read
# The order in which cues decide: the first present wins (see the module docstring).
_PRECEDENCE: tuple[tuple[Cue, Intent, float], ...] = (
    (Cue.UNSUBSCRIBE, Intent.UNSUBSCRIBE, 0.9),
    (Cue.SUSPECT, Intent.OTHER, 0.5),
    (Cue.DISPUTE, Intent.DISPUTE, 0.85),
    (Cue.GONE, Intent.WRONG_CONTACT, 0.85),
    (Cue.WRONG_CONTACT, Intent.WRONG_CONTACT, 0.85),
    (Cue.PLAN, Intent.PAYMENT_PLAN, 0.85),
    (Cue.REQUEST, Intent.INVOICE_REQUEST, 0.85),
)


def classify(mail: Mail, *, today: date, reference: Collection[str] = ()) -> Verdict:
    """The intent of `mail` with facts, confidence and the rules that decided it.

    `reference` holds the line fingerprints of the reminder the mail answers, when known
    (`daemon.core.reminder_lines`): its lines never count as the sender's words.
    """
    bounce = bounce_verdict(mail)
    if bounce is not None:
        return bounce
    text = new_text(mail, reference)
    hits = _with_withheld(text, _cues(mail, text))
    automatic = auto_evidence(mail, hits, text)
    if automatic:
        return _automatic(mail, text, hits, today, automatic)
    return _named_elsewhere(
        mail, text, _second_opinion(mail, text, hits, today, _decide(mail, text, hits, today))
    )


def _cues(mail: Mail, text: str) -> dict[Cue, Hit]:
    """The cues of `text`, read with the lexicons `mail`'s language and `text`'s words call for."""
    return find_cues(text, _ordered(mail.language), _languages(mail.language, text))


def _with_withheld(text: str, hits: dict[Cue, Hit]) -> dict[Cue, Hit]:
    """`hits` with a dispute where the text withholds payment for a fault it names, and with a
    payment where it denies only the way or the day it paid, which the clause reader cannot see:
    it cuts "not paid because …" at "because" and "not via the link but …" at "but"."""
    if Cue.DISPUTE not in hits and (
        (withheld := withheld_for_fault(text) or paid_once_fixed(text)) is not None
    ):
        hits[Cue.DISPUTE] = withheld
        hits.setdefault(Cue.CONTESTED, withheld)
    if (corrected := corrected_payment(text, hits)) is not None:
        hits[Cue.PAID] = corrected  # "niet via de betaallink betaald maar zelf overgemaakt"
    elif (recalled := recalled_payment(text, hits)) is not None:
        hits[Cue.PAID] = recalled  # "I'm fairly sure this went out on the 28th"
    elif (asked := asked_after_payment(text, hits)) is not None:
        return without_its_words(hits, asked)  # "¿No os llegó la transferencia del día 5?"
    return hits


def _named_elsewhere(mail: Mail, text: str, read: Verdict) -> Verdict:
    """A reply nothing else read that names another address, not as a question: "billing is
    accounts@...", "c'est l'administratrice : admin@..." points elsewhere; a person confirms it
    before collection mail goes there (the policy's `auto_switch_contact`)."""
    if read.reasons != (_UNREAD,) or "?" in text:
        return read
    contact = new_contact(mail, text)
    if not contact:
        return read
    why = f"wrong_contact: names {contact} and says nothing else the rules read"
    return Verdict(Intent.WRONG_CONTACT, 0.45, Facts(new_contact=contact), (why,))


def new_text(mail: Mail, reference: Collection[str] = ()) -> str:
    """The sender's own words: the subject unless it is a "Re:" of ours, and the trimmed reply
    without closing formula, signature, disclaimer and lines of the reminder in `reference`."""
    # Quoted lines left between the answers of an inline reply are ours, not the sender's.
    body = "\n".join(
        line
        for line in strip_closing(mail.reply).splitlines()
        if not _QUOTED(line) and not is_ours(line, reference)
    )
    body = _WRAPPED.sub(r"\1 ", _SOFT_BREAK.sub(" ", body))
    if REPLY_PREFIX.match(mail.subject) or auto_subject(mail.subject):
        return body  # our own subject, answered by a person or an auto-responder
    return f"{mail.subject}.\n{body}"


_QUOTED = re.compile(r"^\s*>").match
# A line wrapped inside a sentence by a client that breaks at 72 columns ("remove this\ne-mail
# address"), not sent as format=flowed (RFC 3676): the sentence goes on in lower case, or
# with a date ("bis zum\n20.10.2027 angewiesen").
_SOFT_BREAK = re.compile(r"(?<=[^\s.!?:;])[ \t]*\n[ \t]*(?=[a-zà-ÿ]|\d{1,2}[./]\d)")
# A long line broken mid-sentence before a capital ("die Rechnung bis\nMitte Januar stunden?"):
# German nouns, names and dates go on the sentence as well.
_WRAPPED = re.compile(r"(?m)^([^\n]{60,}[^\s.!?:;,])[ \t]*\n[ \t]*(?=\w)")


def _ordered(language: str) -> tuple[Lexicon, ...]:
    first = [lexicon for lexicon in _LEXICONS if lexicon.language == language]
    return (*first, *(lexicon for lexicon in _LEXICONS if lexicon.language != language))


_SHORT = 160  # characters: reading a short reply with every lexicon costs little and misses none


def _languages(language: str, text: str) -> frozenset[str] | None:
    """The languages whose lexicons read all of `text`: English, the sender's and those whose
    function words occur; None (all of them) for a short text or one with no function word."""
    present = present_languages(text) if len(text) >= _SHORT else None
    return None if present is None else present | {"en", language}


def _automatic(mail: Mail, text: str, hits: dict[Cue, Hit], today: date, why: str) -> Verdict:
    # "This mailbox is no longer monitored, write to X" outweighs any absence notice beside it; a
    # ticket system that "forwarded your request to the department in charge" names nobody new.
    contact = new_contact(mail, text)
    gone = hits.get(Cue.GONE)
    if gone is None and Cue.ABSENT not in hits:
        routed = Cue.TICKET in hits and not contact
        gone = None if routed else hits.get(Cue.WRONG_CONTACT)
    request = hits.get(Cue.REQUEST)
    footer = gone is not None and _FOOTER.search(gone.phrase) is not None
    if footer and request is not None and not contact:
        # a portal's "invoice rejected, resubmit it with a PO; this mailbox is not monitored"
        read = _verdict(mail, text, today, Intent.INVOICE_REQUEST, 0.8, request)
        return replace(read, reasons=(why, f"{read.reasons[0]} in an automatic message"))
    if gone is not None:
        reason = f"wrong_contact: {gone.phrase!r} in an automatic reply"
        return Verdict(Intent.WRONG_CONTACT, 0.85, Facts(new_contact=contact), (why, reason))
    if _PORTAL_NEWS.search(text) and _SIGN_IN.search(text):
        # a supplier portal's "new comment on your invoice, sign in to read it": a person must
        why_not = "other: a portal holds a message about the invoice for a person to read"
        return Verdict(Intent.OTHER, 0.5, reasons=(why, why_not))
    facts = Facts(date=return_date(mail, text, today), new_contact=contact)
    strong = not mail.auto_submitted.startswith("X-Auto-Response-Suppress") and mail.auto_submitted
    return Verdict(Intent.AUTO_REPLY, 0.95 if strong else 0.8, facts, (why,))


# A portal's notice of a message left for the supplier, and the sign-in it asks for.
_PORTAL_NEWS = re.compile(
    r"\b(?:new (?:message|comment|query)|nouveau (?:message|commentaire)|neue[rn]? (?:nachricht"
    r"|kommentar|rückfrage)|nuevo (?:mensaje|comentario)|nieuw(?:e)? (?:bericht|opmerking|vraag)"
    r"|nuovo (?:messaggio|commento)|has sent you a message|vous a envoyé un message)\b",
    re.IGNORECASE,
)
_SIGN_IN = re.compile(
    r"\b(?:sign in|log in|log on|connectez-vous|melden sie sich|anmelden|inicie sesión"
    r"|inicia sesión|inloggen|log in op|accedi|accedere)\b",
    re.IGNORECASE,
)
# A system's "do not reply, this mailbox is not monitored" footer, not a retired mailbox.
_FOOTER = re.compile(
    r"(?<!longer )(?<!mehr )\b(?:not|nicht|pas|no|niet|non) (?:\w+ )?(?:monitored|überwacht"
    r"|gelesen|surveillée?|consultée?|supervisad[oa]|monitorizad[oa]|gecontroleerd|gelezen"
    r"|monitorat[oa]|presidiat[oa]|letta)\b",
    re.IGNORECASE,
)
_BOUNDED = re.compile(r"\b(?:until|till|unless|while|bis|solange|jusqu|tant que|hasta|mientras"
                      r"|totdat|zolang|finché|fino a)\b", re.IGNORECASE)  # fmt: skip


# A contest that refuses to pay ("we're not paying the call-out"): no "resolved" undoes it.
_PAYING = re.compile(r"\bpa(?:y|id)|zahl|pag|régl|regl|pai|betal|sald", re.IGNORECASE)
_HARDSHIP = re.compile(
    r"cash|hardship|struggl|difficult|tight|schwierig|liquidit|engpass|trésorerie"
    r"|liquidez|dificultad|moeilijk|problemen|difficoltà",
    re.IGNORECASE,
)


_LAWYER = re.compile(
    r"solicitor|lawyer|attorney|counsel|anwalt|anwältin|kanzlei|avocat|abogad|advocaat|avvocat",
    re.IGNORECASE,
)


# "Ne plus nous relancer pour la TW-26-4440", "stop chasing us for invoice 4471": the stop is
# for one invoice, which the sender contests; the address stays.
_ONE_INVOICE = re.compile(
    r"\W*(?:(?:me|us|mich|uns|nous|nos|ons|ci|the|these|your|des|ces|vos|die|diese|ihre|de|deze"
    r"|uw|los|estos|sus|i|questi|i vostri|reminders?|e-?mails?|mails?|relances?|mahnungen"
    r"|erinnerungen|recordatorios|herinneringen|solleciti)\s+){0,2}"
    r"(?:pour|for|für|per|voor|para|wegen|concernant|regarding|about|sur|über|over|sobre)"
    r"\s+(?:(?:\w+\s+){0,2}?(?:[A-Z]{1,6}[-/ ]?\d[\w/-]*|\d{3,}[\w/-]*|(?:invoice|facture"
    r"|rechnung|factura|factuur|fattura)\b)"
    # "for stuff we never got", "for work that wasn't done": the contested goods
    r"|(?:\w+\s+){1,3}?(?:that |which )?(?:we|i|you)\s+(?:never|didn['\u2019]?t|did not"
    r"|haven['\u2019]?t|have not)\s+(?:got|get|received|ordered|had|done)\b)",
    re.IGNORECASE,
)


def _for_one_invoice(stop: Hit, text: str) -> bool:
    at = text.find(stop.clause)
    if at < 0:
        return False
    end = at + stop.clause.find(stop.phrase) + len(stop.phrase)
    return _ONE_INVOICE.match(text, end) is not None


def _held_back(stop: Hit, text: str) -> bool:
    """A stop bounded in time ("until this is sorted") or kept to one invoice it contests."""
    bounded = _BOUNDED.search(stop.clause, stop.clause.find(stop.phrase)) is not None
    return bounded or _for_one_invoice(stop, text)


def _later_stop(mail: Mail, text: str, stop: Hit) -> Hit | None:
    """The first stop request after `stop`'s clause that is not held back, if any."""
    while True:
        at = text.find(stop.clause)
        if at < 0:
            return None
        rest = text[at + len(stop.clause) :]
        found = _cues(mail, rest)
        later = found.get(Cue.UNSUBSCRIBE)
        if later is None or not _held_back(later, rest):
            return later
        text, stop = rest, later


def _weigh_stop(mail: Mail, text: str, weighed: dict[Cue, Hit]) -> dict[Cue, Hit]:
    """A stop request weighed: bounded ("stop sending reminders until this is sorted") it is
    none; beside an address ("remove me and write to X", "the estate is handled by our
    solicitor, send the invoice to her at X") it names whom to write to instead."""
    stop = weighed.get(Cue.UNSUBSCRIBE)
    if stop is not None and _held_back(stop, text):
        del weighed[Cue.UNSUBSCRIBE]
        # "Don't write to me about this invoice, it's not mine. Take me off the list.": a
        # later stop that is neither bounded nor for one invoice still stands.
        stop = _later_stop(mail, text, stop)
        if stop is not None:
            weighed[Cue.UNSUBSCRIBE] = stop
    contact_cue = weighed.get(Cue.WRONG_CONTACT) or weighed.get(Cue.REDIRECT)
    if stop is not None and _LAWYER.search(stop.phrase):
        contact_cue = contact_cue or stop
    if Cue.UNSUBSCRIBE in weighed and contact_cue and new_contact(mail, text):
        weighed[Cue.WRONG_CONTACT] = contact_cue
        del weighed[Cue.UNSUBSCRIBE]
    gone = weighed.get(Cue.GONE)
    if (
        stop is not None
        and Cue.UNSUBSCRIBE in weighed
        and gone
        and _THIS_ADDRESS.search(stop.clause)
    ):
        # "do not send anything further to this address, Mrs Hale has left": the address is
        # dead, the customer did not opt out
        weighed[Cue.WRONG_CONTACT] = gone
        del weighed[Cue.UNSUBSCRIBE]
    return weighed


_THIS_ADDRESS = re.compile(
    r"\b(?:this|that|the|dieses?|diese|cette|cet|esta|este|dit|deze|questa|questo)"
    r" (?:e-?mail(?:-?(?:adresse|adres|address))?|address|adresse|dirección|adres|indirizzo"
    r"|mailbox|inbox|postfach|boîte|buzón|casella)\b",
    re.IGNORECASE,
)


# Beside a payment made, a plan word that names what was paid or why it was late: hardship
# ("sorry, cash was tight, paid today"), a deposit or a settlement in full.
_PAID_PLAN_WORD = re.compile(
    _HARDSHIP.pattern + r"|deposit|anzahlung|acompte|acconto|anticipo|aanbetaling|full settlement",
    re.IGNORECASE,
)


def _weigh(mail: Mail, text: str, hits: dict[Cue, Hit]) -> dict[Cue, Hit]:
    """Cues that change meaning together: "stop sending reminders until this is sorted" is no
    unsubscribe; "remove me and write to X" changes the contact; a hardship mention beside a
    payment already made is an apology, not a plea."""
    weighed = _weigh_stop(mail, text, dict(hits))
    dispute = weighed.get(Cue.DISPUTE)
    if dispute and Cue.PAID in weighed and _resolved(text) and not _PAYING.search(dispute.phrase):
        del weighed[Cue.DISPUTE]  # "the damaged parts were replaced, we paid today"
    dispute = weighed.get(Cue.DISPUTE)
    if dispute and Cue.PAID in weighed:
        _credit_settled(mail, text, weighed, dispute)  # "INV-3310 less credit note CN-0871"
    dispute = weighed.get(Cue.DISPUTE)
    if dispute and Cue.PAID in weighed:
        _reminder_contested(mail, text, weighed, dispute)  # "we don't owe this, it was paid"
    if Cue.DISPUTE in weighed and _NOT_ABOUT_THE_BILL.search(text) is not None:
        # "je ne vous écris pas pour la facture : … personne n'est venu pour les souches"
        del weighed[Cue.DISPUTE]
        weighed.pop(Cue.CONTESTED, None)
    plan = weighed.get(Cue.PLAN)
    if (
        plan is not None
        and Cue.PAID in weighed
        and _PAID_PLAN_WORD.search(plan.phrase)
        and not (_remainder(text) or _INSTALMENTS.search(text))
    ):
        _drop_plan(weighed, plan)  # "die Anzahlung haben wir überwiesen": a deposit paid is paid
    drop_faults_elsewhere(text, weighed)
    dispute = weighed.get(Cue.DISPUTE)
    if dispute and Cue.PLAN in weighed and _AMOUNT_AGREED.search(text):
        # "het bedrag klopt, daar gaat het niet om … in twee keer": the sum owed is agreed, and
        # the trouble named beside it is the sender's own
        del weighed[Cue.DISPUTE]
        weighed.pop(Cue.CONTESTED, None)
    dispute = weighed.get(Cue.DISPUTE)
    if dispute and _AMOUNT_AGREED.search(text) and _DETAIL_WRONG.search(text):
        # "reissue it with our correct tax number; the amount is right": papers to redo
        del weighed[Cue.DISPUTE]
        weighed.setdefault(Cue.REQUEST, replace(dispute, cue=Cue.REQUEST))
    weighed = weigh_contact(mail, text, weighed)
    _bank_details_first(mail, text, weighed)
    promise = weighed.get(Cue.PROMISE)
    if promise is not None and Cue.DISPUTE not in weighed and _after_a_fix(text, promise):
        weighed[Cue.DISPUTE] = Hit(Cue.DISPUTE, promise.language, promise.phrase, promise.clause)
    return _weigh_payment(mail, text, weighed)


# The sum said to be right, in the six languages: what is wrong is on the paper, not owed.
_AMOUNT_AGREED = re.compile(
    r"\b(?:the )?(?:amount|sum|total|price) (?:itself )?(?:is|was) (?:correct|right|fine|ok|not"
    r" (?:in dispute|the (?:issue|problem)))|\bbetrag (?:selbst )?(?:stimmt\b(?! nicht)|ist"
    r" (?:korrekt|richtig|in ordnung))|\b(?:le )?montant (?:lui-même )?est (?:correct|bon|juste)"
    r"|\b(?:el )?importe (?:en sí )?es correcto|\bl['\u2019]importo (?:in sé )?è corretto"
    r"|\b(?:het )?bedrag (?:zelf )?(?:klopt|is correct|is juist)\b(?! niet)",
    re.IGNORECASE,
)
# An administrative detail of the invoice: a tax number, the legal name or address, an order.
_DETAIL_WRONG = re.compile(
    r"\b(?:vat (?:number|no|reg\w*)|tax (?:id|number)|company (?:name|number)|registered"
    r" (?:name|address)|billing address|legal entity|nif|cif|ust-?id\w*|steuernummer"
    r"|firmierung|rechnungsanschrift|numéro de tva|tva intracom\w*|siret|siren|raison sociale"
    r"|adresse de facturation|razón social|dirección fiscal|datos fiscales|partita iva|p\.? ?iva"
    r"|codice fiscale|ragione sociale|codice (?:sdi|destinatario)|btw-?nummer|kvk"
    r"|bedrijfsnaam|factuuradres|po number|purchase order|bestellnummer|numéro de commande"
    r"|número de pedido|numero d['\u2019]ordine|inkoopnummer|ordernummer)\b",
    re.IGNORECASE,
)


def _bank_details_first(mail: Mail, text: str, weighed: dict[Cue, Hit]) -> None:
    """Bank details asked for first: "the IBAN differs from last year's, confirm it by phone
    before I pay"; the fraud feared and the payment made to the old account are the reason,
    not a doubt about us nor a payment of this invoice."""
    check = _BANK_DETAILS.search(text)
    if (
        check is None
        or not _CONFIRMED.search(text)
        or not (_BEFORE_PAYING.search(text) or _BEFORE_ANY_PAYMENT.search(text))
        or Cue.DISPUTE in weighed
        or Cue.UNSUBSCRIBE in weighed
    ):
        return
    weighed.pop(Cue.SUSPECT, None)
    weighed.pop(Cue.PAID, None)
    weighed.setdefault(Cue.REQUEST, Hit(Cue.REQUEST, mail.language, check, check))


_BANK_DETAILS = CaseBlind(
    r"\b(?:iban|bank (?:details|account)|account (?:number|details)|bankverbindung|kontonummer"
    r"|bankdaten|coordonnées bancaires|rib|datos bancarios|cuenta bancaria|número de cuenta"
    r"|coordinate bancarie|conto corrente|rekeningnummer|bankgegevens|rekening)\b",
)
_CONFIRMED = re.compile(
    r"\b(?:confirm|verify|bestätig|verifizier|confirmer|vérifier|confirm(?:ar|en|e)|verificar"
    r"|bevestig|controleer|conferm|verific)\w*",
    re.IGNORECASE,
)
# No payment before an answer: a paper asked before paying (`_BEFORE_PAYING`, defined below),
# "before I transfer anything", "eerder betalen we niet", "avant tout virement".
_BEFORE_ANY_PAYMENT = re.compile(
    r"\bbefore (?:i|we) (?:\w+ )?(?:transfer|send|release)\w*|\beerder betalen (?:we|wij|ik)"
    r" niet|\bvoordat (?:ik|we|wij) (?:\w+ ){0,2}(?:betaal|overmaak)"
    r"|\bavant (?:de (?:virer|faire le virement)|tout (?:paiement|virement))"
    r"|\bantes de (?:transferir|hacer (?:la|ninguna) transferencia)"
    r"|\bprima di (?:fare il bonifico|procedere)",
    re.IGNORECASE,
)


def _credit_settled(mail: Mail, text: str, weighed: dict[Cue, Hit], dispute: Hit) -> None:
    """Forget a dispute that is only a credit note the payment nets, unless the rest of the
    text contests something too."""
    netted = credit_applied(text)
    if netted is None or not CREDIT_NOTE.search(dispute.phrase):
        return
    start, end = netted
    rest = f"{text[:start]} {text[end:]}"
    found = _cues(mail, rest)
    if Cue.DISPUTE in found:
        return
    del weighed[Cue.DISPUTE]
    if Cue.CONTESTED not in found:
        weighed.pop(Cue.CONTESTED, None)


# The sender says the message is not about the invoice: what it complains of is another matter.
_NOT_ABOUT_THE_BILL = CaseBlind(
    r"\bnot (?:writing|emailing|getting in touch) (?:to you )?about the (?:invoice|bill)"
    # the bill put aside for a moment: "never mind the invoice for a minute", "before we get to
    # the invoice", "voordat we het over de factuur hebben"
    r"|^\W*(?:hi\W+|hello\W+)?while i(?:['\u2019]ve got| have) you\b"
    r"|\b(?:never mind|forget|leaving aside|setting aside|park) the (?:invoice|bill) for a"
    r" (?:minute|moment|second)|\bbefore we (?:get to|talk about|discuss) the (?:invoice|bill)"
    r"|\bbevor wir (?:über|zu) (?:die|der) rechnung|\bavant de parler de la facture"
    r"|\bantes de hablar de la factura|\bvoordat we (?:het )?over de factuur|\bprima di parlare"
    r" della fattura"
    r"|\bnothing to do with the (?:invoice|bill)|\bnichts mit der rechnung zu tun"
    r"|\bne vous écris pas pour la facture|\brien à voir avec la facture"
    r"|\bno (?:les |os )?escribo por la factura|\bnada que ver con la factura"
    r"|\bniet over de factuur|\bniets met de factuur te maken"
    r"|\bnon (?:vi )?scrivo per la fattura|\bniente a che vedere con la fattura",
)
# A contest of the reminder rather than of the bill: "we don't owe this", "there's a mistake",
# "klopt niet", "not from us directly", "booked to another customer", "on the wrong account".
_OWED_NOTHING = re.compile(
    r"\bowe|schuldig|schulden|\bdevons|\bdebemos|verschuldigd|dobbiamo|\berror|\bmistake"
    r"|\bfehler|\berreur|\berrore|\bfout\b|\bequivoca|\bsbagli|\bklopt|\bstimmt|nicht von uns",
    re.IGNORECASE,
)
# A number, a sum or a thing named in the contest's clause: what it contests is the bill.
_SOMETHING_NAMED = re.compile(
    r"\d|\b(?:amount|price|sum|total|charge|quantity|betrag|preis|summe|menge|montant|prix"
    r"|somme|quantité|importe|precio|cantidad|bedrag|prijs|aantal|importo|prezzo|quantità)\b",
    re.IGNORECASE,
)
# A payment booked to someone else, anywhere in the contest's clause: "auf dem falschen Debitor
# gelandet", "bij een andere klant geboekt", "applied to the wrong account".
_MISBOOKED = re.compile(
    r"\b(?:falsch\w*|anderen?) (?:debitor\w*|konto|kundenkonto|kunden)|\bandere klant|\bverkeerde"
    r" (?:klant|rekening|debiteur)|\bwrong (?:account|customer|client)|\banother (?:customer|client"
    r"|account)|\bmauvais (?:compte|client)|\bautre (?:compte|client)|\botr[oa] (?:cuenta|cliente)"
    r"|\baltr[oa] (?:conto|cliente)",
    re.IGNORECASE,
)


def _reminder_contested(mail: Mail, text: str, weighed: dict[Cue, Hit], dispute: Hit) -> None:
    """Forget a contest of the reminder that a payment made explains ("we don't owe this, it was
    paid on the 3rd via EFT", "no debemos nada: el dinero salió el día 21"), unless the rest of
    the text contests something of its own or the payment is only in the contest's clause."""
    at = text.find(dispute.clause)
    if at < 0 or not (
        _OWED_NOTHING.search(dispute.phrase)
        or _MISBOOKED.search(dispute.clause)
        or asks_if_it_came(text, at, dispute)
    ):
        return
    if _SOMETHING_NAMED.search(dispute.clause):
        return  # "ma la 0042 è sbagliata nell'importo": one bill or sum contested, not the reminder
    rest = f"{text[:at]} {text[at + len(dispute.clause) :]}"
    found = _cues(mail, rest)
    if Cue.DISPUTE in found or Cue.PAID not in found:
        return
    del weighed[Cue.DISPUTE]
    if Cue.CONTESTED not in found:
        weighed.pop(Cue.CONTESTED, None)


def _explained(mail: Mail, text: str, hits: dict[Cue, Hit], today: date) -> dict[Cue, Hit]:
    """A promise of the whole sum on a day to come, beside a plan word that only explains it: a
    cash-flow squeeze ("sorry, startup cash flow"), an instalment the sender receives ("as soon as
    the grant instalment lands") or a plan declined ("no need for a payment plan"). Not when it
    asks, nor when it splits the sum ("half now, the rest ...")."""
    plan, promise = hits.get(Cue.PLAN), hits.get(Cue.PROMISE) or hits.get(Cue.DEFERRED)
    if (
        plan is None
        or promise is None
        or Cue.DISPUTE in hits
        or not _only_explains(plan, text)
        or not any(day >= today for day in dates_in(mail, text, today))
    ):
        return hits
    explained = dict(hits)
    _drop_plan(explained, plan)
    return explained


def _drop_plan(hits: dict[Cue, Hit], plan: Hit) -> None:
    """Forget the plan word `plan` in `hits`, and the contest it was (or a plan declined, "no
    need for a payment plan"), so no payment beside it goes to a person for it alone."""
    del hits[Cue.PLAN]
    contested = hits.get(Cue.CONTESTED)
    if contested is not None and (
        contested.phrase == plan.phrase or _NO_PLAN.search(contested.clause)
    ):
        del hits[Cue.CONTESTED]


def _only_explains(plan: Hit, text: str) -> bool:
    if _NO_PLAN.search(plan.clause):
        # "eine Ratenzahlung brauchen wir nicht": the instalment word is the one declined
        text = text.replace(plan.clause, " ")
    if _asked(plan, text) or _remainder(text) or _INSTALMENTS.search(text):
        return False
    return bool(
        _HARDSHIP.search(plan.phrase)
        or _INCOMING.search(sentence_after(text, plan.clause))
        or _NO_PLAN.search(plan.clause)
        or _INDULGENCE.search(plan.clause)
    )


def _asked(plan: Hit, text: str) -> bool:
    """Whether the sentence of `plan` asks (a question about the crates after it does not)."""
    at = text.find(plan.clause)
    if at < 0:
        return "?" in text
    end = at + len(sentence_after(text, plan.clause))
    return text[end : end + 1] == "?"


# The days to the promised one, excused: "I hope a few more days won't cause a problem".
_INDULGENCE = re.compile(
    r"\b(?:hope|trust) (?:that )?(?:a few|a couple of|these|the|few) (?:more |extra )?(?:days?"
    r"|weeks?) (?:won['\u2019]?t|will not|isn['\u2019]?t|is not|aren['\u2019]?t|are not"
    r"|don['\u2019]?t)|\bhoffe,? (?:dass )?(?:die|ein paar|diese) (?:paar )?(?:tage|wochen)"
    r"|\bj['\u2019]espère que (?:ces|quelques) (?:quelques )?jours"
    r"|\bespero que (?:estos|unos) (?:pocos )?días"
    r"|\bhoop (?:dat )?(?:die|deze|een paar) (?:paar )?dagen"
    r"|\bspero che (?:questi|qualche) (?:pochi )?giorni",
    re.IGNORECASE,
)


# The sum split in parts: "200 a month", "in three instalments", "a rate", "en trois fois".
_INSTALMENTS = re.compile(
    r"\b(?:instal+ments|a month|per month|monthly|weekly|in (?:two|three|four|\d) (?:parts|payments"
    r"|lots)|raten\w*|monatlich\w*|wöchentlich|in (?:zwei|drei|vier|\d) (?:teilen|tranchen)"
    r"|en (?:deux|trois|quatre|plusieurs|\d) fois|mensualit\w*|échéancier|par mois|cuotas|plazos"
    r"|al mes|mensual\w*|en (?:dos|tres|cuatro|\d) (?:partes|pagos)|termijn\w*|per maand"
    r"|maandelijks|in (?:twee|drie|vier|\d) (?:delen|keer)|a rate|rateizz\w*|al mese|mensil\w*"
    r"|in (?:due|tre|quattro|\d) (?:parti|tranche|volte))\b",
    re.IGNORECASE,
)
# An instalment or advance the sender receives: "the grant instalment lands", "l'acompte tombe".
_INCOMING = re.compile(
    r"\b(?:lands?|landed|arrives?|comes? in|clears?|is paid to us|pays us|verse|versera|tombe"
    r"|tombé|arrive|eingeht|eingegangen|kommt|überweist uns|nos (?:pagan|paguen|ingresan)|llegue"
    r"|entra|binnenkomt|binnen is|ontvangen|arriva|arriverà|ci paga|ci pagano|incassiamo"
    # a grant drawn or paid out to the sender: "until we can draw down the first instalment"
    r"|draws? down|drawn down|disburs\w*|ausgezahlt|auszahl\w*|débloqu\w*|desembols\w*"
    r"|uitbetaald|uitgekeerd|erogat[oa]|erogazione)\b",
    re.IGNORECASE,
)
# A contest denied: "does not reflect any dispute", "no dispute", "kein Streit".
_NO_DISPUTE = re.compile(
    r"\b(?:not (?:\w+ ){0,2}any|no|without (?:any )?|not in) disput|\bkein\w* (?:streit|einwand"
    r"|reklamation|beanstandung)|\baucun(?:e)? (?:contestation|litige|désaccord)"
    r"|\bsin (?:ninguna )?(?:disputa|reclamación|discrepancia)"
    r"|\bgeen (?:geschil|betwisting|discussie)|\bnessun[ao]? (?:contestazione|controversia)",
    re.IGNORECASE,
)
# A plan declined: "no need for a payment plan", "eine Ratenzahlung brauchen wir nicht".
_NO_PLAN = re.compile(
    r"\b(?:no need|not asking for|don['\u2019]?t need|do not need|brauchen wir nicht|nicht nötig"
    r"|pas besoin|pas de plan|no (?:necesitamos|hace falta)|niet nodig|hoeft niet|non serve"
    r"|non ci serve)\b",
    re.IGNORECASE,
)


# "Your technician must come back and fix it, then we pay": money held back until work is done.
_THEN = re.compile(
    r"^\W*(?:poi|dann|danach|then|and then|alors|puis|ensuite|entonces|luego|después|dan|daarna)\b",
    re.IGNORECASE,
)
_FIX = re.compile(
    r"\b(?:fix|repair|replac|correct|finish|complet|come back|sistem|ripar|sostitu|corregg|finire"
    r"|tornare|reparier|ersetz|korrigier|nachbesser|fertigstell|répar|remplac|corrig"
    r"|termin|revenir|arregl|repar|sustitu|volver|vervang|corrigeer|afmak|terugkom"
    # a charge taken off: "quitadlo de la factura", "streichen Sie die Pauschale"
    r"|remov|quit|elimin|borr|streich|entfern|supprim|retir|enlev|verwijder|schrap|togli"
    r"|stralc"
    # put right: "eerst herstellen", "erst beheben", "rechthangen"
    r"|herstel|beheb|recht ?(?:hang|zet)|solucion|risolv)\w*",
    re.IGNORECASE,
)
# A sentence that opens by asking for the fix ("please take it off", "quitadlo", "korrigieren
# Sie"), not one that tells of it ("c'est corrigé et le règlement partira").
_ASKED_FIX = re.compile(
    r"\W*(?:(?:please|pls|kindly|just|bitte|por favor|s['\u2019]il vous plaît|graag|per favore)"
    r"\W+)?(?:(?:first|eerst|erst|zuerst|d['\u2019]abord|primero|prima)\W+(?:\w+\W+){0,2}?)?"
    r"(?:" + _FIX.pattern + ")",
    re.IGNORECASE,
)
# The promise joined to the fix it follows in one sentence: "quitadlo de la factura y os la pago".
_AND_SO = re.compile(
    r"\b(?:and|y|und|et|en|e|then|dann|alors|entonces|dan|poi)(?:\s+\w+){0,2}\W*$", re.IGNORECASE
)


# A paper asked for first in the promise's own sentence: "can you email the other two over
# and I'll get it paid", "schicken Sie mir die Lieferscheine und ich zahle sofort".
_ASKS_PAPER = re.compile(
    r"\b(?:(?:can|could|would|will) (?:you|u)|please|kindly|pls)\b[^.?]{0,20}?\b(?:send|e-?mail"
    r"|forward|resend|re-send|provide|mail|share)\b"
    r"|\b(?:können|könnten|würden|schicken|senden) sie\b[^.?]{0,60}\b(?:schicken|senden|mailen"
    r"|zusenden|nachreichen)?\b"
    r"|\b(?:pouvez|pourriez)[- ]vous\b[^.?]{0,40}\b(?:envoyer|renvoyer|transmettre|faire parvenir)"
    r"|\b(?:podéis|podrían|puede|pueden|podrías|podría|envíen|mándenme|enviadme|mandadme)\b"
    r"[^.?]{0,40}?\b(?:enviar|mandar|reenviar)?\b"
    r"|\b(?:kunnen|kun|kunt|zouden) (?:jullie|je|u)\b[^.?]{0,50}\b(?:sturen|mailen|opsturen"
    r"|doorsturen)\b"
    r"|\b(?:potete|potreste|può|potrebbe)\b[^.?]{0,40}\b(?:inviare|mandare|rimandare|girare)\b",
    re.IGNORECASE,
)


def _paper_first(promise: Hit) -> str | None:
    """The request a promise is joined to and follows in its sentence, when it is one."""
    before = promise.clause[: max(0, promise.clause.find(promise.phrase))]
    asked = _ASKS_PAPER.search(before)
    return asked[0] if asked and _AND_SO.search(before) else None


def _after_a_fix(text: str, promise: Hit) -> bool:
    """Whether the promise only follows a repair asked for the sentence before or just before
    it in its own ("take it off the invoice and I'll pay")."""
    before = promise.clause[: max(0, promise.clause.find(promise.phrase))]
    if _ASKED_FIX.match(before) and (_AND_SO.search(before) or _THEN.match(promise.phrase)):
        return True
    at = text.find(promise.clause)
    return at > 0 and bool(_THEN.match(promise.clause)) and bool(_FIX.search(text, 0, at))


_ASKS_IF_PAID = CaseBlind(PAID_ASKED.pattern)  # "didn't we pay this already?"


def _weigh_payment(mail: Mail, text: str, weighed: dict[Cue, Hit]) -> dict[Cue, Hit]:
    """A payment claim beside other cues: doubted, it is none; made, a statement asked for to
    reconcile it or a request only "if you still can't find it" does not outweigh it, nor a
    payment advice's "this mailbox is not monitored"."""
    paid, request = weighed.get(Cue.PAID), weighed.get(Cue.REQUEST)
    believed = (
        _ASKS_IF_PAID.search(text) is not None
        and _BELIEVED.search(text) is not None
        and not _PROOF.search(text)
    )
    if paid and (_UNSURE.search(text) or believed):
        del weighed[Cue.PAID]  # "I think this was settled but I'm not sure": a person checks
        return weighed
    if (
        paid
        and request
        and not _HEDGE.search(paid.clause)
        and not _BEFORE_PAYING.search(sentence_before(text, request.clause))
        and (
            _RECONCILING.search(request.clause, max(0, request.clause.find(request.phrase)))
            or conditional(request.clause, request.phrase)
            or _OFFER.search(request.clause, 0, max(0, request.clause.find(request.phrase)))
            or _for_the_books(text, request)
        )
    ):
        del weighed[Cue.REQUEST]  # "paid on Monday; send us an updated statement": check the money
    if paid and Cue.PROMISE in weighed and _MANDATED.search(paid.clause):
        # "a été mandatée le 10 mars ; le paiement sera effectué par l'agent comptable", "le
        # mandat de paiement a été émis … le virement sera effectué par le Service de gestion
        # comptable": a public body's payment order, the transfer still to come from its
        # accountant
        del weighed[Cue.PAID]
        paid = None
    money = paid or weighed.get(Cue.PROMISE)
    # "my husband does the books, he'll transfer it on the 12th": who pays, not whom to ask; an
    # address named beside it still points elsewhere ("ask tom@..., I think it was paid").
    if money and Cue.WRONG_CONTACT in weighed and not new_contact(mail, text):
        del weighed[Cue.WRONG_CONTACT]
    if paid and mail.auto_submitted:
        weighed.pop(Cue.WRONG_CONTACT, None)
        weighed.pop(Cue.GONE, None)
    return weighed


# A French public body's payment order ("mandatée", "mandat émis"), which its accountant pays.
_MANDATED = re.compile(r"\bmandat(?:ée?s?|\b)", re.IGNORECASE)


def _for_the_books(text: str, request: Hit) -> bool:
    """Whether `request` asks a copy again beside a payment made, with nothing hung on it."""
    at = text.find(request.clause)
    if at < 0:
        return False
    # the adviser named in the next sentence: "Pouvez-vous me l'envoyer en PDF ? Mon
    # expert-comptable me la réclame pour la clôture."
    then = _NEXT_SENTENCE.match(text, at + len(request.clause))
    return (
        _COPY_AGAIN.search(request.clause, max(0, request.clause.find(request.phrase))) is not None
        or (
            then is not None
            and _ADVISER.search(then[0]) is not None
            and _DETAIL_WRONG.search(f"{request.clause} {then[0]}") is None
        )
        # the books named the sentence before: "per la nostra contabilità avremmo bisogno di una
        # copia intestata al Consorzio. Potete rimandarcela?"
        or _RECONCILING.search(sentence_preceding(text, request.clause)) is not None
    ) and _WAITS_FOR.search(text, at) is None


# The rest of a sentence and the whole next one.
_NEXT_SENTENCE = re.compile(r"[^.!?\n]*[.!?\n]+\s*[^.!?\n]*")
# Who keeps the sender's books, or the books themselves.
_ADVISER = re.compile(
    r"\b(?:bookkeeper|accountant|auditor|steuerberater\w*|steuerbüro\w*|steuerkanzlei|buchhalt\w*"
    r"|boekhoud\w*|administratiekantoor|comptable|asesor\w*|gestoría|studio commerciale"
    r"|contable|gestor\w*|commercialista|revisor\w*|for our (?:records|files)|clôture"
    r"|jahresabschluss|cierre|chiusura|jaarafsluiting)\b",
    re.IGNORECASE,
)


# A paper asked for before paying this one: "bevor wir etwas überweisen, schicken Sie uns einen
# Kontoauszug" (a payment made in February beside it is of others).
_BEFORE_PAYING = re.compile(
    r"\b(?:before|bevor|avant de|antes de|voordat|prima di)\b[^.]{0,30}?\b(?:pay|settl|überweis"
    r"|zahl|bezahl|régl|pai|pag|abon|betal|overmak|sald|versa)",
    re.IGNORECASE,
)


# A payment the sender is not sure of, or of other invoices: "I think we paid some of these",
# "abbiamo saldato diverse fatture".
_HEDGE = re.compile(
    r"\b(?:think|believe|maybe|perhaps|might|not sure|fairly sure|pretty sure|quite sure|some of"
    r"|several|a few|glaube|denke"
    r"|vielleicht|mehrere|einige|crois|pense|peut-être|plusieurs|quelques|creo|quizás|quizá"
    r"|two|three|zwei|drei|deux|trois|dos|tres|twee|drie|due|tre"
    r"|tal vez|varias|varios|algunas|denk|misschien|geloof|verschillende|enkele|credo|forse"
    r"|penso|diverse|alcune|varie|was (?:schon|bereits)|ce qui est déjà|lo que ya|wat al|cosa è già"
    r"|what['\u2019]?s (?:already )?(?:been )?paid|which (?:ones )?(?:are|have been) paid"
    # one job of several: "I paid for one of them straight away"
    r"|one of (?:them|those|these|the (?:two|jobs|invoices|visits))"
    # the books say so, or all of them are: "a noi risultano saldate tutte le fatture"
    r"|according to (?:our|us)|our records show|as far as (?:we|i) (?:know|can see)|laut unseren"
    r"|d['\u2019]après nos|selon nos|nos consta|según nuestros|volgens onze|risulta(?:no)?"
    r"|all (?:the|our|of)|alle (?:rechnungen|facturen)|toutes les|todas las|tutte le)\b",
    re.IGNORECASE,
)
# The sender offers a paper, not asks for one: "shout and I'll resend it".
_OFFER = re.compile(r"\b(?:i|we)(?:['\u2019]ll| will| can| could)\b|\b(?:happy|glad) to\b", re.I)
# The sender says it is not sure a payment was made at all.
_UNSURE = re.compile(
    r"\b(?:not sure (?:if|whether|it|we|that|this)|no idea if|don['\u2019]?t know if|nicht sicher"
    r"|weiß (?:es )?nicht|wissen nicht"
    # a feeling, not a fact: "tengo la sensación de que alguna ya la pagamos"
    r"|i have a feeling|ich habe das gefühl|j['\u2019]ai l['\u2019]impression|tengo la sensaci[óo]n"
    r"|ik heb het gevoel|ho la sensazione|ho l['\u2019]impressione"
    r"|blicke? (?:\w+ ){0,3}nicht (?:mehr )?durch|pas sûr"
    r"|sais pas si|no estoy segur|no sé si|niet zeker|weet (?:het )?niet|non sono sicur"
    r"|non so se"
    # what was paid or not is still to be sorted out
    r"|paid or not|payée?s? ou non|bezahlt (?:wurde |ist )?oder nicht|pagad[oa]s? o no"
    r"|betaald (?:is )?of niet|pagat[oa] o no)",
    re.IGNORECASE,
)


# The proof sent with a payment believed made: "het betaalbewijs zit in de bijlage".
_PROOF = re.compile(
    r"\b(?:proof of payment|remittance advice|payment confirmation|zahlungsnachweis"
    r"|überweisungsbeleg|preuve (?:de|du) (?:paiement|virement)|avis de virement|justificante"
    r"|comprobante|betaalbewijs|betalingsbewijs|contabile|ricevuta (?:del|di) (?:bonifico"
    r"|pagamento))\b[^.]{0,40}\b(?:attached|enclosed|anbei|im anhang|beigefügt|ci-joint|en pièce"
    r" jointe|adjunto|en el adjunto|in de bijlage|bijgevoegd|in allegato|allegat[oa])\b"
    r"|\b(?:attached|enclosed|anbei|ci-joint|adjunto|bijgevoegd|in allegato)\b[^.]{0,20}\b(?:proof"
    r"|zahlungsnachweis|überweisungsbeleg|preuve|justificante|comprobante|betaalbewijs|contabile)",
    re.IGNORECASE,
)
_BELIEVED = re.compile(
    r"\b(?:(?:i['\u2019]?m|i am) (?:fairly |pretty |quite )?sure|i think|i thought|i believe"
    r"|ich (?:meine|glaube|denke|dachte)|meines wissens|ik (?:dacht|denk|meen|geloof)|volgens mij"
    r"|jurar[íi]a|creo que|me parece|je (?:crois|pense|croyais|pensais)|il me semble|credo"
    r"|penso|mi sembra|mi pare|giurerei|me suena|i remember|i recall|erinnere|souviens"
    r"|recuerdo|herinner|ricordo"
    # a sum only near the one owed: "a payment to you on 18 December for roughly that amount"
    r"|roughly|approximately|something like|ungefähr|in etwa|environ|à peu près|aproximadamente"
    r"|más o menos|ongeveer|all['\u2019]incirca)\b",
    re.IGNORECASE,
)


# Papers asked for to reconcile a payment already made, not needed before paying.
_RECONCILING = re.compile(
    r"statement|ledger|\bsoa\b|reconcil|account summary|kontoauszug|kontoblatt|relevé|état de"
    r" compte|extracto|estado de cuenta|rekeningoverzicht|overzicht|estratto conto|partitario"
    # a receipt for what was paid: "facture acquittée", "quittierte Rechnung", "receipted invoice"
    r"|receipt|acquittée|quittiert|quittung|factura pagada|recibo|ricevuta|quietanza|kwitantie"
    r"|betalingsbewijs"
    # a document asked for the sender's files: "for our records", "pour notre dossier"
    r"|for our (?:records|files)|pour (?:notre|nos) (?:dossiers?|archives)|für unsere unterlagen"
    r"|para nuestros (?:archivos|registros)|voor onze (?:administratie|archief)"
    r"|per (?:i nostri archivi|la nostra documentazione)"
    # the sender's own bookkeeping: "for our accounts", "per la nostra contabilità"
    r"|for our (?:accounts|books|bookkeeping)|für unsere buchhaltung|pour notre comptabilité"
    r"|para nuestra contabilidad|voor onze boekhouding|per la nostra contabilità",
    re.IGNORECASE,
)
# A copy again, for the adviser's books ("kunnen jullie me wel even een kopie mailen? de
# boekhouder wil hem hebben"): paid already, the paper is not what the money waits for, unless
# the text hangs something on it ("send a copy, then we'll check").
_COPY_AGAIN = re.compile(
    r"\b(?:cop(?:y|ie|ia)|kopie|duplicat\w*)\b|\bresend|\brenvoy|\breenv[ií]|\brinvi|\breinvi"
    r"|\bagain\b|noch (?:ein)?mal|nog (?:een keer|eens)|nogmaals|à nouveau|de nuevo|otra vez"
    r"|di nuovo|" + _ADVISER.pattern,
    re.IGNORECASE,
)


# A check on where the money goes ("can you confirm the remit-to address?", "vos coordonnées
# bancaires sont-elles toujours les mêmes ?"), not a document the payment waits for.
_CHECK_ONLY = re.compile(
    r"\b(?:confirm|verify|check|double-check|bestätig|prüf|vérifi|confirmar|verificar|comprobar"
    r"|bevestig|controleer|conferm|verific)\w*\b[^.?]{0,50}\b(?:remit\w*|address\w*|adresse"
    r"|dirección|adres|indirizzo|bank\w*|iban|account|konto\w*|compte|cuenta|rekening\w*|conto"
    r"|coordonnées|coordenadas|coordinate|gegevens|daten|datos|dati|rib)\b",
    re.IGNORECASE,
)
# The payment waits for the answer: "before we can pay", "once", "then", "sinon", "dann".
_WAITS_FOR = re.compile(
    r"\b(?:before|until|unless|once|as soon as|then|otherwise|bevor|vorher|erst|sobald|dann"
    r"|avant|dès|ensuite|sinon|antes|en cuanto|luego|voordat|eerst|zodra|dan|prima|appena|poi)\b",
    re.IGNORECASE,
)


# An invoice that never arrived, told as the reason for paying late.
_NEVER_GOT = re.compile(
    r"\b(?:never|not|nie|nicht|jamais|pas|nunca|no|nooit|niet|mai|non)\b[^.]{0,30}?\b(?:received"
    r"|arrived|got|erhalten|angekommen|bekommen|eingegangen|reçue?|arrivée?|recibid[oa]|llegad[oa]"
    r"|ontvangen|gekregen|aangekomen|ricevut[oa]|arrivat[oa])\b",
    re.IGNORECASE,
)


def _afterthought(mail: Mail, text: str, hits: dict[Cue, Hit], today: date) -> dict[Cue, Hit]:
    """A firm promise of a day, then a check on where the money goes ("it'll go out in Friday's
    check run; can you confirm the remit-to address?"), or after an invoice that never came: the
    payment does not wait for an answer, so the promise drives the action."""
    promise, request = hits.get(Cue.PROMISE), hits.get(Cue.REQUEST)
    if promise is None or request is None:
        return hits
    at_promise, at_request = text.find(promise.clause), text.find(request.clause)
    if _CHECK_ONLY.search(request.clause):
        if not 0 <= at_promise < at_request or _WAITS_FOR.search(text, at_request):
            return hits
    elif not (
        # "the invoice never reached us, I have it now from your mail: it goes out by the
        # 27th": why it is late, then a day; nothing is asked
        _NEVER_GOT.search(request.phrase) and 0 <= at_request < at_promise and "?" not in text
    ):
        return hits
    if conditional(promise.clause, promise.phrase) or not concrete(mail, promise, today, text):
        return hits
    kept = dict(hits)
    del kept[Cue.REQUEST]
    return kept


def _decide(mail: Mail, text: str, found: dict[Cue, Hit], today: date) -> Verdict:
    hits = _explained(mail, text, _weigh(mail, text, found), today)
    hits = _afterthought(mail, text, hits, today)
    for cue, intent, confidence in _PRECEDENCE:
        hit = hits.get(cue)
        if hit is not None:
            if cue is Cue.SUSPECT and (account := bank_proof(text)) is not None:
                why = f"invoice_request: proof of {account!r} asked for before paying"
                return Verdict(Intent.INVOICE_REQUEST, 0.7, reasons=(why, f"beside {hit.phrase!r}"))
            return _verdict(mail, text, today, intent, confidence, hit)
    paid, promise = hits.get(Cue.PAID), hits.get(Cue.PROMISE)
    deferred = hits.get(Cue.DEFERRED)
    if (
        deferred
        and not paid
        and (not promise or promise.clause == deferred.clause)
        and _committed(mail, deferred, today, text)
    ):
        promise = promise or deferred
    paid, promise = tensed(mail, paid, promise, today)
    waits = _waits_for_paper(text, promise) if promise and not paid else None
    if waits is not None:
        return waits
    contest = _contest(text, hits)
    if (paid or promise) and contest:
        reason = f"other: a payment beside {contest.phrase!r}, a person should look"
        return Verdict(Intent.OTHER, 0.4, reasons=(reason,))
    if paid or promise:
        return _payment(mail, text, today, paid, promise)
    return _fallback(mail, text, hits, today)


def _waits_for_paper(text: str, promise: Hit) -> Verdict | None:
    """An invoice request when the promise waits for a document ("we'll pay as soon as the
    invoice quotes our PO") or follows one asked for ("send the notes and I'll pay")."""
    if document := awaited_document(sentence_after(text, promise.clause)):
        why = f"invoice_request: {promise.phrase!r} waits for {document!r}"
        return Verdict(Intent.INVOICE_REQUEST, 0.7, reasons=(why,))
    if asked := _paper_first(promise):
        why = f"invoice_request: {promise.phrase!r} follows {asked!r}"
        return Verdict(Intent.INVOICE_REQUEST, 0.7, reasons=(why,))
    return None


def _committed(mail: Mail, deferred: Hit, today: date, text: str) -> bool:
    """Whether a payment hung on an event still commits: "if it's approved this week it goes out
    with Tuesday's run" names a day; "as soon as the grant is in, we pay" and "we'll pay when our
    client pays us" commit to pay on an event, without a day (the spec's promise "on or by a
    future date or event")."""
    return bool(
        concrete(mail, deferred, today, text)
        or PUNCTUAL.search(sentence_before(text, deferred.clause))
        or (awaits(deferred.clause) and _AWAITED_MONEY.search(deferred.clause))
    )


# Money the sender waits for before paying: "when our client pays us", "cuando nos paguen".
_AWAITED_MONEY = re.compile(
    # the sender's own money to come, not ours: "once we are paid", not "you'll be paid"
    r"\b(?:client|customer|get paid|are paid|(?:we|i)(?:['\u2019]ll| will| should)? be paid"
    r"|to be paid|funds|cash|nos paguen|nos pagan|cobremos|cobrar|cliente|kunde\w*"
    r"|bezahlt werden|uns bezahlt|geld|(?:serons|soyons|sommes|être) payés|nous paie\w*"
    r"|fonds(?! de commerce)"
    r"|klant|betaald worden|ons betaalt|ci pag\w+|pagati|fondi|fondos)\b",
    re.IGNORECASE,
)
# A contest the sender says is over: "the damaged parts were replaced, we paid today".
_RESOLVED = re.compile(
    r"\b(?:resolved|sorted(?: out)?|fixed|replaced|cleared up|geklärt|behoben|ersetzt|résolu\w*"
    r"|remplacé\w*|resuelt[oa]|solucionad[oa]|reemplazad[oa]|opgelost|vervangen|risolt[oa]"
    r"|sostituit[oa])\b",
    re.IGNORECASE,
)


_PART = re.compile(r"instal+ments?|tranche|\brat[ae]n?\b|échéance|cuota|plazo|termijn", re.I)


def _contest(text: str, hits: dict[Cue, Hit]) -> Hit | None:
    """A dispute, unsubscribe or plan phrase anywhere, even negated or conditional: beside it a
    payment claim is not safe to book, unless the text says the matter is resolved (or the plan
    phrase is an apology for hardship)."""
    contest = hits.get(Cue.CONTESTED)
    if contest is None or _resolved(text) or _HARDSHIP.search(contest.phrase):
        return None
    if _PART.search(contest.phrase) and _INCOMING.search(contest.clause):
        return None  # the instalment of a grant the sender waits for, not one it asks for
    if Cue.PLAN not in hits and _NO_PLAN.search(contest.clause):
        return None  # "it WILL be paid in full, not asking for a payment plan"
    if Cue.DISPUTE not in hits and _NO_DISPUTE.search(contest.clause):
        return None  # "the delay … does not reflect any dispute with your company"
    return contest


_NOT_YET = re.compile(r"\b(?:not|never|nicht|pas|no|niet|non|nog)\b[^.]{0,20}$|n't\s*$", re.I)


def _resolved(text: str) -> bool:
    """Whether `text` says a contest is over ("replaced", "resolved"), not that it is not."""
    return any(not _NOT_YET.search(text, 0, m.start()) for m in _RESOLVED.finditer(text))


# What is left after a part payment: "the rest", "der Restbetrag", "le solde", "el resto".
_REMAINDER = re.compile(
    r"\b(?:rest|remainder|remaining|balance|other half|second half|rest\w*betrag|restlich\w*"
    r"|reste|solde|restant\w*|resto|restante\w*|saldo|resterende|rimanent[ei]|rimanenza"
    r"|(?:andere|zweite) hälfte|l['\u2019]autre moitié|(?:la )?otra mitad|(?:andere|tweede) helft"
    r"|(?:l['\u2019])?altra metà|seconda metà)\b",
    re.IGNORECASE,
)
# "With the rest of the supplier run", "junto con el resto de proveedores": in company, no
# remainder.
_ALONG = re.compile(
    r"(?:\bwith|\balong with|\bjunto con|\bavec|\bmit|\bsamen met|\bmet|\bcon|\binsieme a)"
    r"(?: (?:the|el|la|los|las|le|les|den|dem|der|de|il|i|gli|le))?\s*$",
    re.IGNORECASE,
)


def _remainder(text: str) -> re.Match[str] | None:
    """The first word of `text` that names what is left of a sum, not what goes along with it."""
    for found in _REMAINDER.finditer(text):
        if not _ALONG.search(text, max(0, found.start() - 20), found.start()):
            return found
    return None


def _payment(mail: Mail, text: str, today: date, paid: Hit | None, promise: Hit | None) -> Verdict:
    """A payment made or promised; both: a plan when the promise is for what is left ("paid half,
    the rest goes out Dec 5"), else a promise only with a day on or after `today` in its clause
    ("paid the first one, the second goes out Dec 5")."""
    if paid and promise and _remainder(sentence_before(text, promise.clause)):
        return _verdict(mail, text, today, Intent.PAYMENT_PLAN, 0.75, promise)
    if paid is not None and promise is None and (rest := _rest_later(mail, text, today, paid)):
        return _verdict(mail, text, today, Intent.PAYMENT_PLAN, 0.7, rest)
    if paid and (_lands_later(paid, promise) or run_paid(paid, promise)):
        return _verdict(mail, text, today, Intent.PAYMENT_SENT, 0.75, paid)
    if paid is not None and promise is not None:
        # a value date of today is the bank's day for a transfer already ordered (a payment
        # advice's "Zahlung erfolgt mit Valuta" on the day it is sent), not a promise
        first = today + timedelta(days=1) if _VALUE_DATE.search(promise.clause) else today
        future = [day for day in clause_dates(mail, promise, today) if day >= first]
        chosen = (Intent.PROMISE_TO_PAY, promise) if future else (Intent.PAYMENT_SENT, paid)
        return _verdict(mail, text, today, chosen[0], 0.75, chosen[1])
    if paid is not None:
        return _verdict(mail, text, today, Intent.PAYMENT_SENT, 0.85, paid)
    assert promise is not None
    return _verdict(mail, text, today, Intent.PROMISE_TO_PAY, 0.85, promise)


# The day a bank moves the money of a transfer ordered: "Valuta", "value date", "data valuta".
_VALUE_DATE = re.compile(
    r"\b(?:valuta(?:datum)?|value date|date de valeur|fecha (?:de )?valor|data (?:di )?valuta"
    r"|wertstellung)\b",
    re.IGNORECASE,
)


# Money arriving, said of a payment already made ("the funds should reach you in two days").
_ARRIVAL = re.compile(
    r"\b(?:reach|arriv\w*|land|show up|appear|be credited|be with you|gutgeschrieben|ankommen"
    r"|eingehen|apparaître|apparaitre|crédité|llegar|llegue|reflejad\w*|bijgeschreven|binnenkomen"
    r"|accreditat\w*)\b",
    re.IGNORECASE,
)


# A payment still under way is no payment made: "being processed, should reach you Wednesday".
_UNDER_WAY = re.compile(
    r"being|processing|in progress|en cours|in bearbeitung|in corso|en proceso|wordt verwerkt",
    re.IGNORECASE,
)


def _lands_later(paid: Hit, promise: Hit | None) -> bool:
    """Whether the promise is only when a payment made lands: "paid today; the funds should
    reach you Friday", "paid it on Friday so it should be with you" (not "being processed and
    should reach you Friday")."""
    return (
        promise is not None
        and (
            promise.clause != paid.clause
            or promise.clause.find(promise.phrase) > promise.clause.find(paid.phrase) >= 0
        )
        and _ARRIVAL.search(promise.phrase) is not None
        and not _UNDER_WAY.search(paid.phrase)
    )


def _rest_later(mail: Mail, text: str, today: date, paid: Hit) -> Hit | None:
    """The clause after a payment that puts what is left on a later day without a verb of
    paying: "we paid 600 € today, the rest of 900 € in January" asks for time."""
    after = text[text.find(paid.clause) + len(paid.clause) :] if paid.clause in text else ""
    # the clauses after the payment's own: "we paid the rest in January" paid the rest
    for part in clauses(paid.clause[paid.clause.find(paid.phrase) :] + "\n" + after)[1:]:
        rest = _remainder(part.text)
        if rest is None:
            continue
        hit = Hit(Cue.PROMISE, paid.language, rest[0], part.text)
        if _LATER.search(part.text, rest.end()) or any(
            day > today for day in clause_dates(mail, hit, today)
        ):
            return hit
    return None


# A time to come too vague to be a date ("in January", "next month"), after "the rest".
_LATER = re.compile(
    r"\b(?:(?:in|en|im|a|ad|di|au|el|de) (?:(?:mois|mes) (?:de |d['\u2019])?)?(?:"
    + "|".join(sorted((name for name in MONTHS if len(name) > 3), key=len, reverse=True))
    + r")|next month|nächste[nm]? monat|le mois prochain|el (?:mes que viene|próximo mes)"
    r"|volgende maand|(?:il )?(?:mese prossimo|prossimo mese))\b",
    re.IGNORECASE,
)


def _unsigned(words: str) -> str:
    """`words` without a last line that is only a signed name: "Réglé vendredi.\n\nJ. Castagnac"."""
    head, _, last = words.rstrip().rpartition("\n")
    return head if head.strip() and _SIGNED_NAME.fullmatch(last.strip()) else words


# One to three capitalised words, initials allowed: "J. Castagnac", "Anne-Marie Roux".
_SIGNED_NAME = re.compile(r"[A-ZÀ-Ý][\w.'\u2019-]*(?: [A-ZÀ-Ý][\w.'\u2019-]*){0,2}")


def _fallback(mail: Mail, text: str, hits: dict[Cue, Hit], today: date) -> Verdict:
    redirect = hits.get(Cue.REDIRECT)
    if redirect is not None and new_contact(mail, text):
        return _verdict(mail, text, today, Intent.WRONG_CONTACT, 0.7, redirect)
    words = strip_closing(mail.reply)
    if DONE.match(words) or DONE.match(_unsigned(words)) or BY_NOW.search(text):
        return _verdict(mail, text, today, Intent.PAYMENT_SENT, 0.6, Hit(Cue.PAID, "", words, ""))
    if STOP.match(words):
        return Verdict(Intent.UNSUBSCRIBE, 0.7, reasons=(f"unsubscribe: {words!r}",))
    aside = _set_aside(mail, text)
    if aside is not None:
        return aside
    if day_only(words) and any(day >= today for day in dates_in(mail, words, today)):
        # "ok friday" answers "please pay by ...": the day the money comes
        hit = Hit(Cue.PROMISE, "", words, words)
        return _verdict(mail, text, today, Intent.PROMISE_TO_PAY, 0.5, hit)
    return Verdict(Intent.OTHER, 0.4 if hits else 0.5, reasons=(_UNREAD,))


_UNREAD = "other: no rule matched"


def _set_aside(mail: Mail, text: str) -> Verdict | None:
    """A deliberate "other" no model argues with: the reminder passed on to whoever pays ("I've
    forwarded it to our AP team"), or new business ("can you price up 30 lengths?")."""
    passed = PASSED_ON.search(text)
    if passed and not new_contact(mail, text):
        return Verdict(Intent.OTHER, 0.5, reasons=(f"other: {passed[0]!r}, no new contact",))
    enquiry = NEW_ENQUIRY.search(text)
    if enquiry:
        return Verdict(Intent.OTHER, 0.5, reasons=(f"other: a new enquiry, {enquiry[0]!r}",))
    return None


def _second_opinion(
    mail: Mail, text: str, hits: dict[Cue, Hit], today: date, ruled: Verdict
) -> Verdict:
    """The trained model's reading where it is sure and differs from the rules' (see
    `daemon.core.classify_guess.overrides`), reported with a confidence below every policy's
    default min_confidence (0.8): the daemon hands it to a person unless told otherwise."""
    read_as = None if ruled.reasons == (_UNREAD,) else ruled.intent
    if MODEL is None or not arguable(read_as, text):
        return ruled
    guess = MODEL.guess(text)
    if guess is None or not overrides(guess, read_as, hits, text, language=mail.language):
        return ruled
    if _for_the_files(guess.intent, read_as, hits, text) or (
        guess.intent is Intent.DISPUTE and _NOT_ABOUT_THE_BILL.search(text) is not None
    ):
        return ruled  # the rules' reading of a payment for the books, or of "not the bill"
    if guess.intent is Intent.AUTO_REPLY and seen_by_person(text):
        return ruled  # "ik kijk ernaar als ik terug ben": the absence of one who read this
    whole = Hit(Cue.PROMISE, "", "", text)  # its facts are read from the whole text
    read = _verdict(mail, text, today, guess.intent, 0.6 * guess.probability, whole)
    if guess.intent is Intent.PROMISE_TO_PAY and read.facts.date is None and not dateless(guess):
        return ruled  # without a day, unless sure, the model heard the tone, not a promise
    why = f"{guess.intent}: the trained model (p={guess.probability:.2f}) over the rules"
    return replace(read, reasons=(why, *ruled.reasons))


def _for_the_files(
    guessed: Intent, read_as: Intent | None, hits: dict[Cue, Hit], text: str
) -> bool:
    """A payment made beside a document asked for the sender's files ("virement émis ce matin,
    envoyez-nous le bon de livraison pour notre dossier"): the rules weighed the request and
    kept the payment; the model's reading of the words alone does not undo that."""
    request = hits.get(Cue.REQUEST)
    return (
        guessed is Intent.INVOICE_REQUEST
        and read_as is Intent.PAYMENT_SENT
        and request is not None
        and (_RECONCILING.search(request.clause) is not None or _for_the_books(text, request))
    )


def _verdict(  # noqa: PLR0917 - one call shape for every rule
    mail: Mail, text: str, today: date, intent: Intent, confidence: float, hit: Hit
) -> Verdict:
    reason = f"{intent.value}: {hit.phrase!r}" + (f" ({hit.language})" if hit.language else "")
    if intent is Intent.WRONG_CONTACT:
        facts = Facts(new_contact=new_contact(mail, text))
        return Verdict(intent, confidence + (0.1 if facts.new_contact else 0.0), facts, (reason,))
    if intent in (Intent.PAYMENT_SENT, Intent.PROMISE_TO_PAY, Intent.PAYMENT_PLAN):
        facts = money_facts(mail, text, today, hit, past=intent is Intent.PAYMENT_SENT)
        sure = facts.reference or facts.amount is not None or facts.date is not None
        return Verdict(intent, min(0.95, confidence + (0.05 if sure else 0.0)), facts, (reason,))
    return Verdict(intent, confidence, reasons=(reason,))
