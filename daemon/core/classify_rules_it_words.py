"""Italian word families shared by the cues of `daemon.core.classify_rules_it`.

One job: regular-expression fragments for the Italian lexicon (scope markers, verb families in
passato prossimo, futuro and the present used for the near future, the nouns a payment, a delivery
or a document is named by, "bonifico", "RiBa", "SDD"). Data only; it must not search text or
decide anything.
"""

from __future__ import annotations

from daemon.core.classify_scope import APPENA


def alt(*parts: str) -> str:
    """One alternation of regular-expression sources, each kept whole."""
    return "|".join(f"(?:{part})" for part in parts)


# "senza problemi" affirms; "no" guards Spanish text read with this lexicon ("no se la pago").
NEG = (
    # not "non appena" ("as soon as"), a condition
    r"\b(?:non(?! appena\b)|mai|nessun|nessuna|nessuno|né|neanche|nemmeno|neppure|no)\b"
    r"|\bsenza\b(?! problemi| dubbio| fallo| indugio| ritardo| altro)"
)
# "se ne occupa" is a pronoun, not "if".
COND = (
    r"\bse\b(?! ne\b)|\b(?:quando|" + APPENA + r"|non appena|una volta (?:che|ricevut\w*)|qualora"
    r"|nel caso|in caso|a condizione che|purché|a patto che|previa|solo dopo|dopo aver"
    r" ricevut\w*|finché|fino a quando|salvo)\b"
)
FUTURE = (
    r"\b(?:sarà|saranno|verrà|verranno|potremo|potremmo|vorremmo|dobbiamo|dovremmo|dovremo|devo"
    r"|andrà|domani|prossim[oaie])\b|\w+(?:eremo|iremo|erò|irò|erà|irà|eranno|iranno|eremmo"
    r"|iremmo)\b"
)
PAID_PART = r"(?:pagat|saldat|bonificat|versat|accreditat|liquidat|regolat|quietanzat)[oaie]"
DONE_PART = (
    r"(?:effettuat|fatt|dispost|eseguit|inviat|spedit|emess|ordinat|trasmess|inoltrat|partit"
    r"|autorizzat|caricat|lanciat|processat|predispost|provvedut)[oaie]"
)
MONEY = (
    r"(?:pagament[oi]|bonific[oi]|versament[oi]|saldo|importo|assegn[oi]|giroconto|ri\.?ba\.?"
    r"|rid|sdd|addebito|somma|dovuto|rata|fattura|fatture|distinta|disposizione|accredito"
    r"|ordine di (?:pagamento|bonifico))"
)
PAYMENT = (
    r"(?:pagament[oi]|bonific[oi]|versament[oi]|saldo|assegn[oi]|giroconto|ri\.?ba\.?|rid|sdd"
    r"|addebito|accredito|rata|disposizione|ordine di (?:pagamento|bonifico))"
)
PAY_FUT = (
    r"(?:pagheremo|salderemo|bonificheremo|verseremo|liquideremo|regoleremo|accrediteremo"
    r"|pagherò|salderò|bonificherò|verserò|liquiderò|regolerò|provvederemo|provvederò|pagherà"
    r"|salderà|provvederà|pagheranno|salderanno|provvederanno|onoreremo)"
)
DO_FUT = (
    r"(?:faremo|farò|farà|effettueremo|effettuerò|effettuerà|disporremo|disporrò|disporrà"
    r"|invieremo|invierò|invierà|eseguiremo|eseguirò|procederemo|procederò|procederà|emetteremo"
    r"|manderemo|manderò|autorizzeremo|metteremo|metterò|inseriremo|inserirò|caricheremo"
    r"|lanceremo|partirà|partiranno|arriverà|arriveranno|riceverete|riceverà|avrete)"
)
# The present used for the near future: "paghiamo il 10", "facciamo il bonifico domani".
PAY_PRESENT = (
    r"(?:paghiamo|saldiamo|bonifichiamo|versiamo|liquidiamo|regoliamo|provvediamo"
    r"|(?:facciamo|faccio|effettuiamo|disponiamo|procediamo|mandiamo|eseguiamo|mettiamo)"
    r"\b(?: \w+){0,2}? (?:pagament[oi]|bonific[oi]|versament[oi]|saldo|giroconto))"
)
# Not Spanish written without accents: "la pago mi socio el lunes" is "he paid it" there.
CLITIC_PRESENT = (
    r"\b(?:lo|la|li|le|vi|ti|glielo|gliela) (?:pago|saldo|bonifico|verso|liquido)\b"
    r"(?! (?:mi|mis|el|los|ayer|anoche|yo|nuestro|nuestra)\b)"
)
PAY_INF = r"(?:pagar|saldar|bonificar|versar|liquidar|regolar|onorar)(?:e|la|lo|le|li)\b"
GOODS = (
    r"(?:merce|merci|articol[oi]|ordine|ordinativo|consegna|consegne|pacc[oh]i?|prodott[oi]"
    r"|materiale|materiali|pezzi|servizio|servizi|lavori|lavoro|intervento|installazione"
    r"|fornitura|spedizione|colli|macchinario|attrezzatura|riparazione|manutenzione)"
)
DOC = (
    r"(?:copia|duplicato|fattura|pdf|xml|estratto conto|estratto|dettaglio|prospetto"
    r"|numero (?:d['\u2019]|di )ordine|ordine di acquisto|numero (?:di )?commessa"
    r"|codice (?:destinatario|univoco|sdi|cig|cup|fiscale)|coordinate bancarie|iban|conto corrente|ddt"
    r"|documento di trasporto|bolla|modulo|partita iva|p\.?\s?iva|codice fiscale|cig|cup"
    r"|certificazione|fattura elettronica|pec\b|documentazione)"
)
ASK = (
    r"(?:inviar(?:e|ci|mi|la|cela|mela)|inviatec?i|inviatemi|inviatela|reinvi\w*|rinviarci"
    r"|rinviatec?i|rimand\w*|mandar(?:e|ci|mi|la)|mandatec?i|mandatemi|fornir(?:e|ci)|fornitec?i"
    r"|trasmetter(?:e|ci)|trasmettetec?i|girarci|giratec?i|inoltrarci|abbiamo bisogno|ho bisogno"
    r"|ci serve|ci servono|serve|servono|necessitiamo|occorre|occorrono|vi chiediamo|vi chiedo"
    r"|chiediamo|richiediamo|emetter(?:e|la)|emettete|riemett\w*|corregger(?:e|la)|correggete"
    r"|potete (?:rimandar|reinviar|inviar|mandar)\w*|potreste (?:rimandar|reinviar|inviar"
    r"|mandar)\w*|(?:mi|ci) (?:mandate|inviate|rimandate|reinviate|girate|inoltrate"
    r"|trasmettete))"
)
# Nouns and endings the cues of the main module combine.
AP = r"['\u2019]"
AMOUNT = (
    r"(?:importo|prezzo|prezzi|quantità|tariffa|totale|fattura|addebito|calcolo|iva|conteggio"
    r"|cifra|ore|listino|costo|costi)"
)
WRONG = (
    r"(?:errat|sbagliat|non corrett|scorrett|incorrett|eccessiv|superior|più alt|troppo alt"
    r"|gonfiat)"
)
LIST = r"(?:lista|elenco|indirizzo|e-?mail|mail|contatto|nominativo|dati|mailing|database)"
JOB = (
    r"(?:pagamenti|fatture|contabilità|amministrazione|fornitori|tesoreria|pratiche|questa"
    r" pratica|acquisti|ciclo passivo)"
)
