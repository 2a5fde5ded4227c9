"""Replies whose whole meaning is in a few words, and notes that take a reply back.

One job: the patterns `daemon.core.classify` falls back on or weighs with: a reply of a word or
two that says the job is done ("Sorted.", "Erledigt", "Fait", "Pagado") or asks to stop; money the
sender says must have arrived by now ("should be with you by now", "sollte inzwischen da sein");
a sender's note that the reply itself went to us by mistake ("wrong email, ignore my previous
message"); a new enquiry (a quote, stock, another order) that is no answer about the invoice.
It must not decide an intent and must not do IO.
"""

from __future__ import annotations

import re

DONE = re.compile(
    r"^\W*(?:(?:all |already |just )?(?:done|paid|sent|settled|sorted|squared|taken care of)"
    r"(?: up| off| now)?|all (?:paid|sorted|done)(?: up| now)?|(?:payment|transfer|bacs"
    r"|pmt) (?:done|sent|made)|pd|erledigt|bezahlt|überwiesen|fait|c['\u2019]est fait|réglé|payé"
    r"|hecho|pagado|pagada|ya está|gedaan|betaald|voldaan|geregeld|fatto|pagato|pagata|saldato)"
    # with the day it was done: "Réglé vendredi.", "paid yesterday", "bezahlt am Montag"
    r"(?:\s+(?:on |am |el |le |op |il )?(?:today|yesterday|heute|gestern|aujourd['\u2019]hui|hier"
    r"|hoy|ayer|vandaag|gisteren|oggi|ieri|\w+day|\w+tag|lundi|mardi|mercredi|jeudi|vendredi"
    r"|lunes|martes|miércoles|jueves|viernes|maandag|dinsdag|woensdag|donderdag|vrijdag"
    r"|lunedì|martedì|mercoledì|giovedì|venerdì))?\W*$",
    re.IGNORECASE,
)
STOP = re.compile(
    r"^\W*(?:stop|stopp|arrêtez|arretez|basta|alto|baja|unsubscribe|désinscription|desinscripción"
    r"|abmelden|afmelden|uitschrijven|cancellami|disiscrivimi)\W*$",
    re.IGNORECASE,
)
# Money that "should be with you by now": a payment made, however modal the verb.
BY_NOW = re.compile(
    r"\b(?:should|must|ought to|will) (?:have )?(?:be(?:en)? (?:with you|in your (?:account"
    r"|bank)|there|through|received)|reached you|arrived|landed|hit your (?:account|bank)"
    r"|come through|cleared|shown up)\b[^.?]{0,20}\bby now\b"
    r"|\bsollte (?:\w+ )?(?:inzwischen|mittlerweile|längst|schon) (?:\w+ )?(?:angekommen"
    r"|eingegangen|da|gutgeschrieben)\b"
    r"|\bdevrai(?:t|ent) (?:déjà |maintenant )?(?:être |avoir )?(?:arrivée?s?|parvenue?s?|reçue?s?"
    r"|crédité)\b[^.?]{0,20}\b(?:maintenant|déjà|à l['\u2019]heure qu['\u2019]il est)"
    r"|\bya (?:les |le )?(?:debería|deberían|tendría|tendrían) (?:que )?(?:haber )?(?:llegado"
    r"|recibido|entrado)"
    r"|\b(?:zou|moet|moeten|zouden) (?:\w+ )?(?:inmiddels|intussen|al|nu wel) (?:\w+ )?(?:binnen"
    r"|ontvangen|bijgeschreven|aangekomen)"
    r"|\bdovrebbe(?:ro)? (?:essere |esservi )?(?:già |ormai )(?:arrivat|pervenut|accreditat)",
    re.IGNORECASE,
)
# The sender's own slip: "wrong email - ignore my previous message, it was meant for our landlord".
MISSENT = re.compile(
    r"\bignore my (?:previous |last |earlier |other )?(?:message|e-?mail|mail|reply)"
    r"|\b(?:was|were) (?:meant|intended) for (?:our|my) ",
    re.IGNORECASE,
)
# A request to send a document again, which a new address beside it does not turn into a redirect.
AGAIN = re.compile(r"re-?send|re-?issue|\bagain\b|\bcopy\b|\bduplicate\b", re.IGNORECASE)
# New business beside nothing about the invoice: "can you price up 30 lengths", "is the oak back
# in stock?", "Angebot für", "un devis pour", "presupuesto para", "offerte voor", "preventivo per".
NEW_ENQUIRY = re.compile(
    r"\b(?:price (?:up|me|us)|(?:send|give|need|want|like) (?:me |us )?a (?:quote|quotation"
    r"|price)|(?:can|could) you (?:quote|price)|(?:back )?in stock\b|new order for"
    r"|(?:place|put in) (?:a|an \w+|another) order)"
    r"|\bangebot (?:für|über)|\b(?:wieder )?(?:auf lager|lieferbar|vorrätig)\b|\bnachbestell"
    r"|\bdevis (?:pour|de)\b|\b(?:de nouveau |à nouveau )?en stock\b|\bnouvelle commande"
    r"|\bpresupuesto (?:para|de)\b|\b(?:tienen|hay) (?:stock|existencias)|\bnuevo pedido"
    r"|\bofferte (?:voor|van|aanvragen)\b|\b(?:weer )?op voorraad\b|\bnieuwe bestelling"
    r"|\bpreventivo (?:per|di)\b|\bdisponibil\w+ (?:a|in) magazzino\b|\bnuovo ordine",
    re.IGNORECASE,
)
