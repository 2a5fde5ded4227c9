"""Where the sender wants our mail to go, said in words that read like a request or a promise.

One job: `weigh_contact(mail, text, cues)` weighs where the sender wants our mail to go against
a request or a promise read beside it: `standing_address(request, text)` tells a standing
instruction to write elsewhere ("please send your invoices to ap@..., not to me") from a request
for a document ("resend the invoice to our bookkeeper at books@..."); `routes_mail(promise)` tells
"invoices should be sent to ap@..." (where mail goes) from "the cheque will be sent on Friday"
(money); PASSED_ON finds a reminder the sender passed on themselves. Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from daemon.core.classify_facts import new_contact
from daemon.core.classify_lexicon import Cue, Hit
from daemon.core.classify_rules_en_words import GOES_TO
from daemon.core.classify_short import AGAIN, MISSENT
from daemon.core.extract import find_addresses
from daemon.core.mail import Mail

# "Not to me", "instead", or every invoice to come: the address is the contact from now on.
_STANDING = re.compile(
    r"\bnot (?:to )?me\b|\bnicht (?:an )?mich\b|\b(?:et )?non (?:pas )?à moi\b|\bpas à moi\b"
    r"|\bno a mí\b|\bniet (?:naar|aan) mij\b|\bnon a me\b|\binstead\b|\bstattdessen\b|\bplutôt\b"
    r"|\ben su lugar\b|\bin plaats (?:daarvan|van mij)\b|\binvece\b"
    r"|\b(?:your|all|any|future) invoices\b|\b(?:ihre|alle|künftige|sämtliche) rechnungen\b"
    r"|\b(?:vos|toutes les|les futures) factures\b|\b(?:sus|todas las|las próximas) facturas\b"
    r"|\b(?:uw|alle|toekomstige) facturen\b|\b(?:tutte le|le vostre|le prossime) fatture\b",
    re.IGNORECASE,
)
# A document asked for, not a route: a copy, a statement, a PDF, an order number.
_DOCUMENT = re.compile(
    r"\b(?:cop(?:y|ies)|kopie\w*|copie\w*|copia\w*|statement|kontoauszug|relevé|extracto"
    r"|rekeningoverzicht|estratto|pdf|xml|purchase order|po number|bestellnummer|numéro de"
    r" commande|número de pedido|ordernummer|numero d['\u2019]ordine)\b",
    re.IGNORECASE,
)
# "sent to ap@...", "adressées à compta@...": a verb of mail routing before an address.
_MAIL_ROUTE = re.compile(
    r"\b(?:sent|send|addressed|directed|forwarded|emailed|e-mailed|mailed) (?:directly |only )?to"
    r" (?:\w+ ){0,3}?[\w.+-]+@",
    re.IGNORECASE,
)


# A sentence ends at a stop that no letter follows ("ap@harbor.example" is one word).
_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?=\w))+(?:[.!?]+|\n|$)")


def _sentence(text: str, clause: str) -> str:
    """The sentence of `text` that holds `clause` (a clause stops at a comma, a sentence not)."""
    at = text.find(clause)
    if at < 0:
        return clause
    for found in _SENTENCE.finditer(text):
        if found.start() <= at < found.end():
            return text[found.start() : max(found.end(), at + len(clause))]
    return clause


def standing_address(request: Hit, text: str) -> bool:
    """Whether `request`, read in its sentence of `text`, asks for our mail at another address
    from now on, not for a document."""
    clause = _sentence(text, request.clause)
    if not find_addresses(clause, skip_quoted=False):
        return False
    if _GOES_TO.search(clause):
        return True  # "invoices for the Harrogate kitchen go to h.accounts@..., resend it there?"
    return bool(
        _STANDING.search(clause) and not AGAIN.search(clause) and not _DOCUMENT.search(clause)
    )


_GOES_TO = re.compile(GOES_TO, re.IGNORECASE)


def routes_mail(promise: Hit) -> bool:
    """Whether `promise` says where mail is to be sent ("invoices should be sent to ap@...")."""
    return _MAIL_ROUTE.search(promise.clause) is not None


# Someone else who pays, said of a third person, beside the sender's own passing it on: the
# reminder has reached them, and no address changes.
_THIRD_PARTY = re.compile(
    r"\W*(?:they|she|he|who|handles|manages|looks after|takes care of|is (?:now )?(?:responsible"
    r"|in charge)|our (?:office|accounts|finance|bookkeeper|accountant)"
    r"|(?:chi |che )?(?:si occupa|se ne occupa|gestisce|segue)|zuständig|(?:die |der )?(?:sich um"
    r"|kümmert)|s['\u2019]occupe|(?:est )?chargée? de|responsable|se encarga|lleva"
    r"|verantwoordelijk|regelt|gaat over)\b",
    re.IGNORECASE,
)
PASSED_ON = re.compile(
    r"\b(?:i|we)(?:['\u2019]ve| have)? (?:just |already )?(?:forwarded|passed (?:it|this|your"
    r" (?:e-?mail|reminder|message)) (?:on )?to|passed (?:it|this) on|sent (?:it|this) (?:on|over)"
    r" to)\b"
    r"|\b(?:i|we)(?:['\u2019]ll| will) (?:pass|forward|send) (?:it|this) (?:on |over )?(?:on )?to\b"
    # "I've asked her to pay it first thing Monday": handed on with the payment asked for
    r"|\b(?:i|we)(?:['\u2019]ve| have)? (?:asked|told) (?:her|him|them) to (?:pay|settle|process)\b"
    # handed over on paper: "printed this off and put it in Mr Okonjo's tray"
    r"|\b(?:put|left|placed|popped) (?:it|this|them|a copy) (?:in|on|into) (?:[\w.]+ )?"
    r"(?:[\w.]+['\u2019]s|his|her|their|the) (?:in-?)?(?:tray|desk|pigeon-?hole|in-?box)\b",
    re.IGNORECASE,
)


# The reminder handed on by the sender to whoever handles it, in the other languages: "lo giro a
# chi si occupa dei pagamenti", "ich leite es an die Buchhaltung weiter", "je la transmets au
# service comptable", "se lo paso a contabilidad", "ik stuur het door naar de boekhouding".
_HANDED_ON = re.compile(
    r"\b(?:lo|la|le|li) (?:giro|girerò|giriamo|inoltro|inoltrerò|inoltriamo|passo|passerò"
    r"|passiamo) (?:a chi|all['\u2019]|al(?:la)? (?:collega|ufficio|amministrazione|contabilità"
    r"|responsabile|reparto))"
    r"|\b(?:ich|wir) (?:leite|leiten|gebe|geben|reiche|reichen) (?:es |das |sie |ihre \w+ )?an"
    r" (?:die|den|das|unsere|meine|\w+) (?:\w+ )?weiter\b"
    r"|\bje (?:le |la |vous )?(?:transmets|transmettrai|fais suivre|ferai suivre) (?:\w+ )?(?:à"
    r" (?:la|notre|mon|ma)|au|aux) (?:service|collègue|comptab|responsable|personne|direct)"
    r"|\bse (?:lo|la) (?:paso|pasaré|pasamos|reenvío|reenviaré|reenviamos)\b|\b(?:lo|la) (?:paso"
    r"|pasaré|pasamos|reenvío|reenviaré|reenviamos) a (?:contabilidad|administración|quien|la"
    r" persona|mi compañer[oa]|el departamento)"
    r"|\bik (?:stuur|geef) (?:het|dit|uw \w+|je \w+|de \w+) door (?:naar|aan) (?:de|onze|mijn|\w+)",
    re.IGNORECASE,
)


def weigh_contact(mail: Mail, text: str, weighed: dict[Cue, Hit]) -> dict[Cue, Hit]:
    """Where the sender wants our mail to go, weighed against a request or a promise: a document
    resent to an address is a request; invoices sent to one from now on, a new contact; mail
    "sent to ap@..." no payment; a reminder the sender passed on themselves changes nothing."""
    request = weighed.get(Cue.REQUEST)
    if (
        request
        and Cue.WRONG_CONTACT in weighed
        and "@" in request.clause
        and AGAIN.search(request.phrase)
    ):
        del weighed[Cue.WRONG_CONTACT]  # "resend the invoice to our bookkeeper at books@..."
    if request and Cue.WRONG_CONTACT not in weighed and standing_address(request, text):
        # "please send your invoices to ap@..., not to me": whom to write to from now on
        weighed[Cue.WRONG_CONTACT] = replace(request, cue=Cue.WRONG_CONTACT)
        del weighed[Cue.REQUEST]
    promise = weighed.get(Cue.PROMISE)
    if promise is not None and routes_mail(promise):
        del weighed[Cue.PROMISE]  # "invoices should be sent to ap@...": where mail goes
    gone = weighed.get(Cue.WRONG_CONTACT)
    passed_on = (
        gone
        and _THIRD_PARTY.match(gone.phrase)
        and (PASSED_ON.search(text) or _HANDED_ON.search(text))
    )
    if passed_on and not new_contact(mail, text):
        del weighed[Cue.WRONG_CONTACT]  # "forwarded this to accounts, they deal with payments"
    if Cue.WRONG_CONTACT in weighed and MISSENT.search(text):
        del weighed[Cue.WRONG_CONTACT]  # "wrong email, ignore my previous message"
    return weighed
