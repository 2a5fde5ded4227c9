"""Whether a reply was written by a machine on someone's behalf, and when that someone is back.

One job: `auto_evidence(mail, hits)` weighs the signs of an automatic reply (RFC 3834): the
`Auto-Submitted` header and its vendor cousins (X-Autoreply, X-Autorespond, Precedence:
auto_reply, X-Apple-Action, X-MS-Exchange-Inbox-Rules-Loop), a subject that starts with an
auto-reply prefix in one of six languages, out-of-office or ticket wording in the body, and a
body that says it is an automatic answer ("Automatisch antwoord:") whose payment words only say
how the firm pays as a rule ("payments are made every Tuesday").
`X-Auto-Response-Suppress` alone proves nothing (Outlook puts it on people's mail too), some
auto-replies carry no header at all, and a person's reply whose subject mentions "out of office"
is a person's reply: a subject counts only as a prefix, and only with the body agreeing.
`return_date(mail, text, today)` reads the date the person is back (X-Apple-Criteria's endDate
first). Pure; it must not decide anything but "automatic or not".
"""

from __future__ import annotations

import re
from datetime import date

from daemon.core.case_blind import CaseBlind
from daemon.core.classify_facts import dates_in
from daemon.core.classify_lexicon import Cue, Hit
from daemon.core.extract_dates_words import MONTHS, alternation
from daemon.core.mail import Mail
from daemon.core.regex_start import guarded

_PREFIX = re.compile(
    r"^\s*(?:\[[^\]]*\]\s*)?(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response|answer)"
    r"|autoreply|out of (?:the )?office|ooo\b|away|vacation|on leave|abwesen\w*"
    r"|automatische antwort|nicht im büro|réponse automatique|absence|absent"
    r"|message d['\u2019]absence"
    r"|respuesta automática|respuesta automatica|fuera de la oficina|ausente|automatisch antwoord"
    r"|afwezig\w*|niet aanwezig|risposta automatica|fuori (?:sede|ufficio)|assente"
    r"|ticket|case|request received|we received your)\b",
    re.IGNORECASE,
)
# The prefix an auto-responder puts before the subject it answers: what follows is our own subject.
_AUTO_SUBJECT = re.compile(
    r"^\s*(?:\[[^\]]*\]\s*)?(?:auto(?:matic|mated)?[- ]?(?:reply|response|answer)|autoreply"
    r"|out of (?:the )?office|automatische antwort|abwesenheit\w*|réponse automatique"
    r"|respuesta autom[áa]tica|automatisch antwoord|risposta automatica|message d['\u2019]absence)"
    r"\s*:|^\s*\[(?:request|ticket|case|support)[^\]]*\]",
    re.IGNORECASE,
)
# A ticket system's receipt: it quotes the request, so its invoice words are not a request.
_TICKET_ACK = CaseBlind(
    r"\[(?:request|ticket|case) (?:received|created|opened|#?\s*\d)|\byour (?:support )?(?:request"
    r"|ticket|case|e-?mail|message|enquiry|inquiry)\s*(?:(?:#|no\.?|number)?\s*[\w-]*\d[\w-]*\s+)?"
    r"(?:has been|was|is) (?:received|created|logged|opened|registered)|\b(?:ticket|case)"
    r" (?:(?:#|no\.?|number)?\s*[\w-]*\d[\w-]*\s+)?(?:has been )?(?:created|opened|logged)\b",
)
_WEAK_HEADER = "X-Auto-Response-Suppress"
_APPLE_END = re.compile(r"endDate=(\d{4}-\d{2}-\d{2})", re.IGNORECASE)
_RETURN = re.compile(
    r"\b(?:back|return\w*|in the office|zurück|wieder|ab dem|ab|de retour|retour|reprendrai"
    r"|de vuelta|regres\w*|volver\w*|a partir del|terug|weer|vanaf|rientr\w*|di ritorno|dal)\b",
    re.IGNORECASE,
)


def auto_subject(subject: str) -> bool:
    """Whether `subject` is an auto-responder's prefix before the subject it answers."""
    return _AUTO_SUBJECT.match(subject) is not None


def auto_evidence(mail: Mail, hits: dict[Cue, Hit], text: str = "") -> str:
    """Why `mail` is an automatic reply, or "" when it reads as a person's."""
    header = mail.auto_submitted
    declared = _DECLARED.search(text[:_OPENING])
    ack = _TICKET_ACK.search(mail.subject)
    ack = _TICKET_ACK.search(text) if ack is None else ack
    if declared is not None or ack is not None or Cue.TICKET in hits:
        hits = _without_routine(hits)
    if ack is not None and Cue.TICKET not in hits:
        hits = {**hits, Cue.TICKET: Hit(Cue.TICKET, "", ack, ack)}
    generic = _generic(hits, text)
    body = _notice(hits, generic=generic)
    prefixed = bool(_PREFIX.match(mail.subject))
    if (
        header
        and not header.startswith(_WEAK_HEADER)
        and (body or not _personal(hits, generic=generic, text=text))
    ):
        return f"auto_reply: {header[:80]}"  # a payment advice sent by a machine is no absence
    seen = seen_by_person(text)
    if header and body and not seen:  # Outlook's suppress header, confirmed by the words
        return f"auto_reply: {header[:60]} and {body.phrase!r}"
    # no header: a person's words outweigh a subject, and one who says they saw this very
    # message ("I'm off until Monday but saw this come in") is no machine
    personal = _personal(hits, generic=generic, text=text) or seen
    if auto_subject(mail.subject) and not personal:
        return f"auto_reply: {mail.subject[:60]!r}"
    if body and not personal:
        return f"auto_reply: {body.phrase!r}" + (f" under {mail.subject!r}" if prefixed else "")
    if declared is not None and not personal:
        return f"auto_reply: {declared!r}"
    return ""


_OPENING = 200  # characters: an auto-responder says what it is first
# A text that says it is an automatic answer: "Automatisch antwoord:", "This is an automated
# response", "Ceci est une réponse automatique".
_DECLARED = CaseBlind(
    r"\bautomat\w* (?:generated )?(?:reply|response|answer|antwort|antwoord)\b|\bauto-?reply\b"
    r"|\br[ée]ponse automatique|\brespuesta autom[áa]tica|\brisposta automatica"
    # an automatic receipt: "Dies ist eine automatische Eingangsbestätigung"
    r"|\bautomat\w* acknowledge?ment|\bautomatische (?:eingangs|empfangs)?bestätigung"
    r"|\baccusé de réception automatique|\bacuse de recibo automático|\bconferma (?:di ricezione"
    r" )?automatica|\bautomatische (?:ontvangst)?bevestiging",
)
# How a firm pays as a rule: "every Tuesday", "zweimal monatlich", "binnen 60 dagen".
_ROUTINE = re.compile(
    r"\b(?:every|each|elke|iedere|jeden|chaque|cada|ogni) (?:(?:other|second|alternate) )?"
    r"(?:\w+day|week|month|fortnight|maandag"
    r"|dinsdag|woensdag|donderdag|vrijdag|maand|montag|dienstag|mittwoch|donnerstag|freitag"
    r"|lundi|mardi|mercredi|jeudi|vendredi|semaine|mois|lunes|martes|miércoles|jueves|viernes"
    r"|semana|mes|lunedì|martedì|mercoledì|giovedì|venerdì|settimana|mese)\b"
    r"|\b(?:weekly|fortnightly|twice (?:a|per) month|wekelijks|maandelijks|(?:twee keer|tweemaal)"
    r" per maand|jeweils|wöchentlich\w*|zweimal (?:im monat|monatlich)|monatlich|hebdomadaire\w*"
    r"|en fin de mois|tous les \w+s|semanal\w*|todos los \w+s|settimanal\w*|quindicinal\w*)\b"
    r"|\b(?:within|binnen|innerhalb von|sous|en|entro|dans un délai de|en un plazo de) \d+"
    r" (?:(?:working|business|calendar) )?(?:days|dagen|werkdagen|tagen|werktagen|arbeitstagen"
    r"|jours(?: ouvrés| ouvrables)?|días(?: hábiles| laborables)?|giorni(?: lavorativi)?)\b"
    # a queue worked in turn: "processed in date order", "por orden de llegada"
    r"|\bin (?:date|arrival|the order|order of (?:receipt|arrival))|\bpar ordre d['\u2019]arrivée"
    r"|\bpor orden de (?:llegada|entrada|recepción)|\bin volgorde van (?:binnenkomst|ontvangst)"
    r"|\bin ordine di (?:arrivo|ricezione)|\bin der reihenfolge (?:des|ihres) eingangs"
    # the receipt's own "no need to resend", "bitte senden Sie Ihre Nachricht nicht erneut"
    r"|\b(?:no need to|do not|don['\u2019]t|please do not) re-?send\b"
    r"|\bsenden sie (?:\w+ ){0,2}nicht erneut|\binutile de (?:nous )?(?:le |la |les )?renvoyer"
    r"|\bno es necesario (?:que )?reenvi"
    r"|\bnon è necessario (?:re)?inviare|\bniet (?:opnieuw|nogmaals) te (?:sturen|versturen)"
    # what any sender should do: "pour tout litige, passez par notre portail"
    r"|\b(?:for any|for all) (?:disputes?|quer(?:y|ies)|questions?|complaints?)\b"
    r"|\bpour (?:tout|toute|toutes?) (?:les )?(?:litiges?|questions?|réclamations?"
    r"|demandes?)\b"
    r"|\bpara cualquier (?:duda|reclamación|consulta|incidencia)\b"
    r"|\bper (?:qualsiasi|ogni) (?:contestazione"
    r"|domanda|reclamo|richiesta)\b|\bbei (?:fragen|reklamationen|rückfragen)\b|\bvoor (?:vragen"
    r"|klachten|geschillen)\b"
    # and the portal every supplier is sent to
    r"|\bpasser par (?:notre|le) portail|\buse (?:our|the) (?:supplier )?portal"
    r"|\büber (?:unser|das) (?:lieferanten)?portal|\ba través de (?:nuestro|el) portal"
    r"|\btramite (?:il )?(?:nostro )?portale"
    r"|\bvia (?:ons|het) (?:leveranciers)?portaal"
    r"|\bzahlungsziel|\b\d+[- ]days? (?:payment )?terms\b|\bstandard (?:payment )?terms\b"
    # the rule for every invoice: "invoices are only paid once they have been approved"
    r"|\binvoices are (?:only )?paid (?:once|when|after|within|on)\b",
    re.IGNORECASE,
)
# (and the papers such a rule names: "paid within 30 days of being registered on our system")
_ROUTINE_CUES = (
    Cue.PAID,
    Cue.PROMISE,
    Cue.PLAN,
    Cue.DEFERRED,
    Cue.REQUEST,
    Cue.DISPUTE,
    Cue.CONTESTED,
)


def _without_routine(hits: dict[Cue, Hit]) -> dict[Cue, Hit]:
    """An AP mailbox's automatic answer or a ticket receipt says how its firm pays ("payments
    are processed every Tuesday"): no word about our invoice, so it does not make the answer a
    person's."""
    return {
        cue: hit
        for cue, hit in hits.items()
        if cue not in _ROUTINE_CUES or _ROUTINE.search(hit.clause) is None
    }


# A person who has seen this message, or asks about it: no auto-responder knows it was read.
_SEEN = re.compile(
    r"\b(?:(?:saw|seen|spotted|noticed|caught) (?:this|your (?:e-?mail|reminder|message|note))"
    r"|not ignoring (?:you|this|it)|(?:not|n['\u2019]t) (?:in|at) (?:the|my) (?:office|desk) to"
    r" (?:check|look)|\bdid(?:n['\u2019]?t| not)? (?:we|i)(?: not)? (?:already )?pay\b"
    r"|(?:haven['\u2019]?t|have not|not) forgotten (?:you|this|about)"
    r"|not an auto[- ]?(?:matic |mated )?reply"
    # a person excusing the subject line or the haste: "hence the subject line", "a quick one"
    r"|\b(?:hence|ignore|excuse|sorry (?:for|about)) (?:the|my) subject\b"
    # or an out-of-office set by mistake: "ignore the out of office you'll have had from me"
    r"|\bignore (?:the|my|that) (?:out[- ]of[- ]office|auto[- ]?reply|automatic reply)"
    r"|\b(?:ignorieren sie|ignoriere|ignoriert) (?:die|meine) (?:abwesenheitsnotiz"
    r"|automatische antwort)|\bignorez (?:le|mon) (?:message d['\u2019]absence|message"
    r" automatique|répondeur)|\bignor[ae]n? (?:el|mi) (?:mensaje de ausencia|mensaje"
    r" automático|respuesta automática)|\bnegeer (?:de|mijn) (?:afwezigheidsmelding"
    r"|automatische reactie)|\bignorate (?:il|la|il mio|la mia) (?:messaggio di assenza"
    r"|risposta automatica)"
    r"|\byou(?:['\u2019]ll| will| may| might) have (?:had|got|received|seen) my"
    r" out[- ]of[- ]office\b"
    r"|\bjust a quick (?:one|note|reply)\b"
    # away but reading: "only dipping into emails on my phone"
    r"|\bdipping into (?:my |the )?e-?mails?\b"
    # a person who is still here: away "from tomorrow" (no auto-responder says "tomorrow"), or
    # handing this message to a colleague ("Dave, can you deal with this one please")
    r"|\b(?:i['\u2019]?m|i am|we['\u2019]?re|we are) (?:off|away|out|on leave|on holiday) (?:from"
    r"|as of|starting) tomorrow\b|\bab morgen (?:bin ich|sind wir)|\b(?:bin ich|sind wir) ab"
    r" morgen\b|\bà partir de demain,? (?:je suis|nous sommes)|\ba partir de mañana,? (?:estoy"
    r"|estamos)|\bvanaf morgen (?:ben ik|zijn we)|\bda domani (?:sono|siamo)"
    r"|\b(?:can|could) you (?:please )?(?:deal with|handle|take care of|sort|pick up) this\b"
    # or one who will talk it over: "il dottore è in ferie fino al 6, ne parliamo al suo rientro"
    r"|\bne parliamo\b|\bwe['\u2019]ll (?:talk|discuss)(?: about)? (?:it|this) when (?:he|she)"
    r"|\bbesprechen wir,? wenn (?:er|sie)|\bon en (?:parle|reparle) à son retour"
    r"|\blo hablamos (?:a su vuelta|cuando vuelva)|\bbespreken (?:we|wij) (?:het )?(?:als|wanneer)"
    # or one away who will see to this very invoice when back (an auto-responder knows no
    # invoice): "je regarderai votre facture à mon retour", "I'll look at the invoice when I'm back"
    r"|\bi['\u2019]?ll (?:look at|deal with|sort|check) (?:the|your|this) (?:invoice|reminder|bill)"
    r"(?: out)? (?:when i(?:['\u2019]m| am) back|on my return)"
    r"|\bje (?:regarderai|traiterai|vérifierai|réglerai) (?:votre|cette|la) (?:facture|relance)"
    r" (?:à|dès) mon retour|\b(?:schaue|sehe) (?:mir )?(?:ihre|die) rechnung an,? (?:wenn ich"
    r" zurück bin|nach meiner rückkehr)|\b(?:miro|reviso|revisaré|miraré) (?:su|la) factura"
    r" (?:a mi vuelta|cuando vuelva)|\bkijk (?:ik )?(?:naar )?(?:uw|de|jullie) factuur"
    r" (?:als|wanneer) ik (?:terug|weer)|\b(?:guardo|guarderò|controllo|controllerò)"
    r" (?:la (?:vostra |sua )?fattura) al (?:mio )?rientro"
    # or one whose absence is over (no auto-responder speaks of it in the past): "I was out of
    # the office all last week", "ich war im Urlaub", "j'étais en congé", "estuve de vacaciones"
    r"|\bi was (?:out of (?:the )?office|away|off|on (?:leave|holiday|annual leave|a course))\b"
    r"|\bich war (?:\w+ ){0,3}?(?:nicht im büro|im urlaub|abwesend|krank)\b"
    r"|\bj['\u2019]étais (?:absente?|en congé|en vacances|en déplacement)\b"
    r"|\bestuve (?:fuera|de vacaciones|ausente|de baja)\b|\bik was (?:afwezig|op vakantie|ziek)\b"
    r"|\b(?:ero|sono stat[oa]) (?:in ferie|fuori (?:ufficio|sede)|assente|in malattia)\b"
    # or one thanking for a quick answer (an auto-responder thanks for a message, never for a
    # reply): "Thanks for prompt response!", "danke für die schnelle Antwort"
    r"|\bthanks? (?:you )?for (?:the |your )?(?:prompt|quick|fast|speedy|swift) (?:response|reply"
    r"|answer)|\bdanke für (?:die|ihre) schnelle antwort|\bmerci (?:pour|de) (?:votre|la) réponse"
    r" rapide|\bgracias por (?:la|su|tu) rápida respuesta|\bbedankt voor (?:de|uw|je) snelle"
    r" (?:reactie|antwoord)|\bgrazie (?:per|della) (?:la )?(?:pronta|rapida) risposta"
    # or one just back: "just back after three weeks away and wading through the inbox"
    r"|\bjust (?:got )?back (?:from|after)\b|\bwading through (?:the|my) (?:inbox|e-?mails)"
    # an assistant answering for someone away: "he asked me to reply to this one"
    r"|\b(?:asked|told) me to (?:reply|answer|respond)\b"
    r"|(?:habe|hab) (?:ihre|deine|eure) (?:e-?mail|mail|erinnerung|nachricht) (?:\w+ )?gesehen"
    r"|(?:ignoriere|ignorieren) (?:sie|dich|euch|das) nicht|nicht vergessen"
    r"|j['\u2019]ai (?:bien )?vu (?:passer )?(?:votre|ton|vos) (?:mail|message|courriel|relance)"
    r"|je ne vous (?:oublie|ignore) pas|he visto (?:su|tu|vuestro) (?:correo|mensaje|recordatorio)"
    r"|no (?:me he olvidado|le ignoro|os ignoro)|ik (?:zag|heb) (?:uw|je|jullie) (?:mail|bericht"
    r"|herinnering)(?: \w+)? (?:gezien|zien)|niet vergeten|ho visto la (?:e-?)?mail\b"
    r"|ho visto (?:la sua|la tua|la vostra|il vostro|il suo) (?:mail|e-?mail|sollecito|messaggio)"
    r"|non (?:me ne sono|ci siamo) dimenticat"
    # thanks for the reminder itself, or a look at the invoice promised: "merci pour le rappel,
    # je suis en arrêt maladie", "gracias por el aviso, lo reviso cuando vuelva de vacaciones"
    r"|thanks? (?:you )?for the reminder|merci pour (?:le|votre|ce) rappel|gracias por el"
    r" (?:aviso|recordatorio)|danke für die erinnerung|bedankt voor de herinnering|grazie per il"
    r" (?:sollecito|promemoria)"
    r"|i['\u2019]ll (?:have a )?look (?:at|into) (?:it|this|the invoice)\b"
    r"|\bje (?:regarde|regarderai|regarderais|vérifie|vérifierai) (?:ça|cela|pour la facture"
    r"|la facture)|\blo (?:reviso|revisaré|miro|miraré)\b|\b(?:sehe|schaue) (?:ich )?mir (?:das"
    r"|die rechnung) (?:\w+ )?an\b|\bik kijk (?:er )?(?:naar|ernaar)\b"
    r"|\bci (?:guardo|darò un['\u2019]occhiata)\b)",
    re.IGNORECASE,
)


# A colleague who will hand this very message to the one who is away: "I'll pass it on to
# her", "ich lege es ihm hin", "je lui transmets", "se lo paso cuando vuelva", "gli giro la
# mail", "ik leg het bij hem neer". An auto-responder says "your mail will be forwarded".
_RELAY = re.compile(
    r"\b(?:i['\u2019]ll|i will|i['\u2019]ve|i have|i|will|i['\u2019]m going to) (?:\w+ ){0,2}?"
    r"(?:pass|forward|hand|give|show|put|leave|flag)\b[^.]{0,25}\b(?:to|on|for|with) (?:him|her)\b"
    r"|\bmake sure (?:he|she) (?:sees|gets|has)\b|\bon (?:his|her) desk\b"
    r"|\b(?:lege|leite|gebe|reiche|zeige|schicke) (?:ihm|ihr) (?:das|es|die \w+|ihre \w+)"
    r"|\b(?:spreche|frage) (?:ihn|sie) (?:\w+ ){0,3}?an\b"
    r"|\b(?:spreche|rede) (?:\w+ )?mit (?:ihm|ihr)\b"
    r"|\b(?:ich|wir) (?:leite|gebe|reiche|leiten|geben|reichen) (?:\w+ ){0,4}?weiter\b"
    r"|\bauf (?:seinen|ihren) (?:schreibtisch|tisch)"
    r"|\bje (?:lui|leur) (?:transmets|transmettrai|fais suivre|ferai suivre|donne|donnerai"
    r"|montre|montrerai|passe|remets|remettrai)\b|\bsur son bureau"
    # done already: "je lui ai transmis votre relance", "I've passed it on to him", "ich habe
    # es ihm weitergeleitet", "se lo he reenviado", "gliel'ho girato", "ik heb het aan hem
    # doorgestuurd"
    r"|\bje (?:lui|leur) ai (?:transmis|fait suivre|remis|passé|montré|donné)\b"
    r"|\b(?:i['\u2019]ve|i have) (?:\w+ ){0,2}?(?:passed|forwarded|handed|given|shown)\b"
    r"[^.]{0,25}\b(?:to|on to|onto) (?:him|her)\b"
    r"|\b(?:habe|haben) (?:es |das |sie |ihre \w+ )?(?:ihm|ihr|an ihn|an sie) (?:\w+ )?"
    r"weitergeleitet\b"
    r"|\bse (?:lo|la) he (?:pasado|reenviado|dejado|enseñado|dado)\b"
    r"|\bgliel['\u2019]ho (?:girat|inoltrat|passat|lasciat)[oa]\b"
    r"|\b(?:gli|le) ho (?:girato|inoltrato|passato|lasciato)\b"
    r"|\bik heb (?:het|dit|uw \w+|je \w+|de \w+) (?:aan|naar) (?:hem|haar)"
    r" (?:door)?(?:gestuurd|gegeven|doorgezet)\b"
    r"|\b(?:se lo|se la|le) (?:paso|pasaré|reenvío|reenviaré|dejo|dejaré|enseño|enseñaré|doy"
    r"|daré|comento|comentaré|hago llegar|haré llegar) (?:\w+ ){0,2}?(?:cuando|en cuanto|apenas"
    r"|a su (?:vuelta|regreso))\b|\ble paso (?:su|tu|el|la) (?:correo|mensaje|recordatorio|mail)"
    r"|\b(?:gli|le) (?:giro|girerò|inoltro|inoltrerò|passo|passerò|lascio|lascerò|faccio avere"
    r"|farò avere|mostro|mostrerò)\b|\bsulla (?:sua )?scrivania"
    r"|\bik (?:leg|geef|stuur|zet) (?:het|dit|uw \w+|je \w+|de \w+) (?:bij (?:hem|haar)|aan (?:hem"
    r"|haar)|door)\b|\bop (?:zijn|haar) bureau"
    # or speak to them of it: "ne parlo con lui", "je lui en parle", "I'll mention it to her"
    r"|\bne parlo con (?:lui|lei)\b|\bglielo (?:dico|dirò|passo|giro|faccio vedere)\b"
    r"|\bje (?:lui|leur) en (?:parle|parlerai|toucherai un mot)\b|\bse lo (?:comento|comentaré"
    r"|digo|diré)\b|\bhablo con (?:él|ella)\b|\b(?:spreche|rede) (?:\w+ )?mit (?:ihm|ihr)\b"
    r"|\bsage es (?:ihm|ihr)\b|\bik (?:bespreek|overleg) het met (?:hem|haar)\b|\bik zeg het"
    r" (?:tegen|aan) (?:hem|haar)\b|\b(?:i['\u2019]ll|i will) (?:speak|talk) to (?:him|her)\b"
    r"|\bmention it to (?:him|her)\b",
    re.IGNORECASE,
)


# "Didn't we pay this already?": a person asks (no auto-responder does); beside "I'm sure it went
# out in October" a payment remembered, not one the sender can vouch for (`daemon.core.classify`).
PAID_ASKED = re.compile(
    r"\b(?:didn['\u2019]?t|did not|haven['\u2019]?t|have not|hadn['\u2019]?t) (?:we|i)"
    r" (?:already )?(?:pay|paid|settle|settled)\b"
    r"|\bhaben wir (?:\w+ )?nicht (?:schon|bereits) (?:bezahlt|überwiesen|beglichen)"
    r"|\bhebben (?:we|wij) (?:\w+ )?niet (?:al|allang) (?:betaald|overgemaakt|voldaan)"
    r"|\bno (?:la |lo |los |las )?(?:habíamos|habiamos|hemos) (?:ya )?(?:pagado|abonado)"
    r"|\b(?:ne l['\u2019]|n['\u2019])(?:avons|avions)[- ]nous pas déjà (?:payé|réglé)"
    r"|\bpas déjà (?:payé|réglé)e?s?\s*\?"
    r"|\bnon (?:l['\u2019])?(?:avevamo|abbiamo) già (?:pagat|saldat)"
    # "¿Esto no estaba ya pagado?", "¿no lo pagamos ya?", "war das nicht schon bezahlt?"
    r"|\bwas(?:n['\u2019]?t| not) (?:this|that|it) (?:already )?paid"
    r"|\bno (?:estaba|está|estaban|están) (?:ya )?(?:pagad|abonad)"
    r"|\bno (?:lo |la |los |las )?(?:pagamos|pagué|abonamos) ya\b"
    r"|\bwar(?:en)? (?:das|die|sie|es) (?:\w+ )?nicht (?:schon|bereits) (?:bezahlt|beglichen"
    r"|überwiesen)"
    r"|\bwas (?:die|dit|deze|het) (?:\w+ )?niet al (?:betaald|voldaan|overgemaakt)"
    r"|\bn['\u2019]était-(?:elle|il|ce) pas déjà (?:payée?|réglée?)"
    r"|\bnon era già (?:pagat|saldat)",
    re.IGNORECASE,
)


# The same patterns searched in lower-cased text without IGNORECASE, which is twice as fast over
# a reply (none of them holds an upper-case letter of its own), behind a look-ahead for the
# letters they can begin with, which halves that again.
_SEEN_LOWER = guarded(re.compile(_SEEN.pattern))
_PAID_ASKED_LOWER = guarded(re.compile(PAID_ASKED.pattern))
_RELAY_LOWER = guarded(re.compile(_RELAY.pattern))


def seen_by_person(text: str) -> bool:
    """Whether `text` says its writer read the message it answers, asks whether it was paid, or
    hands it on: a person."""
    lowered = text.lower()
    return (
        _SEEN_LOWER.search(lowered) is not None
        or _PAID_ASKED_LOWER.search(lowered) is not None
        or _RELAY_LOWER.search(lowered) is not None
    )


def relayed(text: str) -> bool:
    """Whether a colleague says they will hand this message to someone away: a person wrote it."""
    return _RELAY_LOWER.search(text.lower()) is not None


_PERSONAL = frozenset(
    {
        Cue.PAID,
        Cue.PROMISE,
        Cue.DEFERRED,
        Cue.DISPUTE,
        Cue.PLAN,
        Cue.REQUEST,
        Cue.UNSUBSCRIBE,
        Cue.SUSPECT,
    }
)


_AUTOMATED = re.compile(r"automat|autom[áa]tic", re.IGNORECASE)


def _notice(hits: dict[Cue, Hit], *, generic: bool = False) -> Hit | None:
    """The words of an absence, a retired mailbox or a ticket receipt. Beside a payment advice an
    AP system's "this is an automated message, do not reply" or "this mailbox is not monitored"
    is boilerplate, not a notice; beside a promise, a ticket receipt's "invoices will be
    processed in the new year" is the receipt's own."""
    absent, gone, ticket = hits.get(Cue.ABSENT), hits.get(Cue.GONE), hits.get(Cue.TICKET)
    asks = Cue.REQUEST in hits and generic
    if Cue.PAID not in hits and Cue.PROMISE not in hits and not asks:
        return absent or gone or ticket
    person_absent = absent if absent and not _AUTOMATED.search(absent.phrase) else None
    if Cue.PAID in hits or asks:
        # a supplier portal's "invoice rejected, resubmit it with a PO" asks for something
        return person_absent
    # a payment system's "this is an automated message" beside "has scheduled a payment" is no
    # receipt: the promise is the message
    return gone or person_absent or (None if generic else ticket)


def _personal(hits: dict[Cue, Hit], *, generic: bool = False, text: str = "") -> bool:
    """Words a person (or a payment system) writes, not an absence notice; a ticket receipt
    quotes the request it logged, so a request beside one is not the sender's ("this is an
    automated message" alone is no receipt); a promise that names its day, or beside a payment
    system's "payment date:" field in `text`, is the system's own."""
    if Cue.TICKET not in hits:
        return bool(_PERSONAL & hits.keys())
    promise = hits.get(Cue.PROMISE)
    # a payment system's "invoice 4471 is scheduled for payment on 27 November" names its day
    dated = promise is not None and (
        _CALENDAR_DATE.search(promise.clause) is not None
        or _PAYMENT_DATE_FIELD.search(text) is not None
    )
    quoted = {Cue.PROMISE} if generic else {Cue.REQUEST, Cue.PROMISE}
    if dated:
        quoted.discard(Cue.PROMISE)
    return bool((_PERSONAL - quoted) & hits.keys())


# A payment system's field for the day it pays: "Scheduled payment date: 28/05/2027".
_PAYMENT_DATE_FIELD = re.compile(
    r"\b(?:payment date|pay date|zahlungsdatum|ausführungsdatum|date de (?:paiement|règlement)"
    r"|fecha (?:de )?pago|betaaldatum|betalingsdatum|data (?:di |del )?pagamento)\s*:?\s*"
    r"(?:\w+,? )?\d{1,2}\b",
    re.IGNORECASE,
)
# A day of the calendar: "27 November", "Nov 27", "27/11", "27.11.2026" (not "10 werkdagen").
_MONTH_NAMES = alternation(name for name in MONTHS if len(name) > 2)
_CALENDAR_DATE = re.compile(
    rf"\b\d{{1,2}}[./-]\d{{1,2}}\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th|e|er|º|°)?\.? (?:de )?(?:{_MONTH_NAMES})\b"
    rf"|\b(?:{_MONTH_NAMES})\.? \d{{1,2}}\b",
    re.IGNORECASE,
)


def _generic(hits: dict[Cue, Hit], text: str) -> bool:
    """Whether the ticket or absence words of `text` are no receipt and no absence at all, only
    a system's "this is an automated message" (a supplier portal rejecting an invoice says so
    too), with nothing received and no one away."""
    if _RECEIVED.search(text) is not None:
        return False
    ticket, absent = hits.get(Cue.TICKET), hits.get(Cue.ABSENT)
    if ticket is not None and _SYSTEM_MESSAGE.search(ticket.clause) is not None:
        return True
    return (
        absent is not None
        and _AUTOMATED.search(absent.phrase) is not None
        and _SYSTEM_MESSAGE.search(text) is not None
        and _AWAY.search(text) is None
    )


_AWAY = re.compile(
    r"\b(?:out of (?:the )?office|on (?:annual |parental |sick )?leave|on holiday|on vacation"
    r"|away from|abwesend|urlaub|absent|congé|vacances|ausente|vacaciones|afwezig|vakantie"
    r"|verlof|ferie|fuori (?:ufficio|sede)|assente)\b",
    re.IGNORECASE,
)
# A system's own message, not an automatic reply to ours.
_SYSTEM_MESSAGE = re.compile(
    r"automat\w* (?:generated |created |sent )?(?:message|notification|e-?mail)"
    r"|(?:message|mensaje|messaggio|nachricht|bericht) automati"
    r"|automatisch\w* (?:gegenereerd\w* )?(?:bericht|nachricht|e-?mail)",
    re.IGNORECASE,
)
# What a receipt says it did with the message.
_RECEIVED = CaseBlind(
    r"\b(?:received|receipt|logged|registered|erhalten|eingegangen|empfangen|eingangsbestätigung"
    r"|reçu|reçue|bien reçu|accusé de réception|recibido|recibida|acuse de recibo|ontvangen"
    r"|ontvangstbevestiging|ricevut[oa]|conferma di ricezione|presa in carico)\b",
)


def return_date(mail: Mail, text: str, today: date) -> date | None:
    """The day the sender is back: X-Apple-Criteria's endDate, the date after "back on" /
    "zurück am" / "de retour le", the day after an "until" date, else the last date named."""
    apple = _APPLE_END.search(mail.auto_submitted)
    if apple:
        try:
            return date.fromisoformat(apple[1])
        except ValueError:
            pass
    for keyword in _RETURN.finditer(text):
        after = dates_in(mail, text[keyword.end() : keyword.end() + 60], today)
        if after:
            return after[0]
    # "vom 23.11. bis 4.12.", written on the 24th: the absence began yesterday, not next year
    dates = dates_in(mail, text, today, lookback_days=_ABSENCE_BEGUN)
    return max(dates) if dates else None


_ABSENCE_BEGUN = 14  # days: a leave named in an auto-reply may have begun this long ago
