"""Where a reply's claims begin and end: clauses, and how far a "not" or an "if" reaches.

One job: `clauses(text)` cuts a reply into the clauses `daemon.core.classify_lexicon` searches, in
six languages, and the scope helpers say what in a clause governs a cue: `negation_start` (a "not"
does not reach into a relative or causal subclause: "we won't pay for work that wasn't finished"),
`awaits` (a payment hung on an event: "when our client pays us"), `present_languages` (whose
function words a text uses); `sentence_before` and `sentence_after` widen a clause to its
sentence. It must not know any cue and must not decide an intent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A dot after a common abbreviation ("Nr. 4711", "fact. n. 12", "approx. 300", "z.B. die") and the
# dot or comma inside a number ("1. Dezember", "1,200") belong to the clause; any other dot, "!",
# "?", ";", ",", ":" or line break ends one. An abbreviation's dot is recognised by looking back
# from it: letters are taken one by one, and only at a dot are the abbreviations tried.
_ABBREVIATIONS = (
    "fra fact ft fatt n nº núm num nr no rif ref sig sr sra dott ing pag inv approx ca bzw"
    " z.b u.a etc art abs"
)
# What may follow the dot: a number, a lower-case word, or a reference ("no. BG26-40877").
_BEFORE_WORD = r"(?=\s?(?:\d|[a-zß-ÿ#]|[A-Z]{1,6}[-/]?\d))"


def _abbreviation_dots(word: str) -> list[str]:
    """The dot ending `word` (and for "z.b" the one inside it), seen from the dot."""
    dots = [rf"(?i:(?<=\b{re.escape(word)}))\.{_BEFORE_WORD}"]
    if "." in word:
        head, tail = word.split(".")
        dots.append(rf"(?i:(?<=\b{re.escape(head)}))\.(?=(?i:{re.escape(tail)})\.{_BEFORE_WORD})")
    return dots


_ABBREVIATION_DOT = "|".join(
    dot for word in _ABBREVIATIONS.split() for dot in _abbreviation_dots(word)
)
# A dot after a number goes on when a lower-case word or a month follows ("am 1. Dezember", "19.11.
# per Überweisung"); before a capital it ends a sentence ("... il 01/12. Può controllare?").
_NUMBER_DOT = (
    r"(?<=\d)\.(?= (?:[^\W\d_](?<![A-ZÀ-ÖØ-Þ])|(?i:jan|feb|mär|mar|apr|mai|may|jun|jul|aug"
    r"|sep|okt|oct|nov|dez|dec)\w*))"
)
# A dot between two letters or digits ("ap@firm.example", "www.portal.example") ends nothing.
# An emoji ends a sentence the way a full stop does ("al betaald 😅 screenshot nodig?").
_EMOJI = "\u2600-\u27bf\U0001f300-\U0001faff"
# A run of plain characters is taken at once, not tried against every alternative one by one.
_CLAUSE = re.compile(
    rf"(?:[^.!?\n;,:{_EMOJI}]+|(?<=\d)[.,](?=\s?\d)|(?<=\w)\.(?=\w)|{_NUMBER_DOT}|{_ABBREVIATION_DOT}"
    # a date set between commas is no clause: "tesorería ordenó ayer, 24/04, la transferencia"
    r"|, ?\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?,(?= ))+"
)
# A dash between spaces joins two claims like a semicolon: "Not paid yet - it goes out Tuesday".
_DASH = re.compile(r"\s[-\u2013\u2014]{1,2}\s")
# A conjunction that gives a reason or a contrast starts a new scope: in "we have not paid because
# the goods never arrived" the "not" says nothing about the arrival. Dutch "maar" before a number
# is "only" ("er zijn er maar 22 geleverd", "ik ben maar de kok"), not "but".
_SCOPE = re.compile(
    r"\b(?:because|but|since|however|although|though|weil|aber|denn|jedoch|sondern|parce que|mais"
    r"|car|puisque|porque|pero|sino|ya que|omdat|(?<!\bben )(?<!\bis )maar(?!\s+(?:\d"
    r"|(?:een paar|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|de helft|half|een deel)\b))"
    r"|want|aangezien|perché|perche|ma|poiché|però"
    # a consequence: "I can't get onto the banking from here, so I'll pay it Monday"; not the
    # adverb inside a verb's own words: "je ne réglerai donc pas", "vous devriez donc l'avoir
    # reçu", "ik betaal dus niet"
    r"|so(?= (?:i|we)\b)|therefore|deshalb|daher"
    r"|donc(?! (?:pas|plus|jamais|rien|point|guère)\b| l['\u2019])|así que|por eso|quindi|perciò"
    r"|dus(?! (?:niet|geen|nooit)\b)|daarom)\b",
    re.IGNORECASE,
)
# A word that opens a condition: a clause it starts, cut off at a comma, belongs with the next
# ("Cuando nos paguen, les pagamos": nothing is paid).
_CONDITION_START = re.compile(
    r"^\s*(?:if|when|once|as soon as|as long as|provided|si|cuando|en cuanto|tan pronto|una vez"
    r"|se|quando|appena|non appena|una volta|wenn|sobald|falls|sofern|als|zodra|indien|wanneer"
    r"|quand|dès que|lorsque|une fois)\b",
    re.IGNORECASE,
)
# Italian "appena" is "as soon as", but "just" after an auxiliary: "ho appena fatto partire il
# bonifico" was sent a moment ago.
APPENA = (
    r"(?<!\bho )(?<!\bha )(?<!\bhai )(?<!\babbiamo )(?<!\bavete )(?<!\bhanno )(?<!\bè )"
    r"(?<!\bsono )(?<!\bsiamo )(?<!\bl['\u2019]ho )appena"
)
# An awaited event rather than a hypothesis: "when", "once", "as soon as" (not "if").
_AWAIT = re.compile(
    # (not a "when" told in the past: "I paid it when I sat down with the online banking")
    r"\b(?:when(?! (?:i|we|you|they|he|she|it)(?: \w+ly)? (?:\w+ed|was|were|had|did|sat|spoke"
    r"|saw|got|went|came|met|rang|made|took|gave|sent|paid|told|said|found|thought|knew|left"
    r"|put|ran)\b)|once|as soon as|after(?! (?:that|this|which)\b)|cuando|en cuanto|tan pronto"
    rf"|una vez|quando|{APPENA}|non"
    r" appena|una volta che|wenn|sobald|nachdem|zodra|wanneer|als(?! (?:eerste|laatste|eerst))"
    r"|na ontvangst|quand|dès que"
    r"|lorsque|une fois que|après)\b(?!\s+(?:possible|possibile|posible|mogelijk|möglich"
    r"|wie möglich|als möglich|sea posible|sia possibile))",
    re.IGNORECASE,
)
# A relative or causal pronoun opens a subclause a "not" before it does not reach into; not after
# a verb of saying or thinking, whose "that" clause a "not" does govern ("I don't think that ...").
# "and" with a subject of its own opens a new main clause: "I don't know you and I'm wary of ...".
_SUBCLAUSE = re.compile(
    r"\b(?:que|qu['\u2019]|che|that|which|who|dat|die|qui|weil|because|perché|perche|porque"
    r"|parce que|quien|cui|omdat|and (?:i|we|they|he|she)(?=['\u2019 ])"
    # a question begun without a stop before it: "... havent paid out can i pay you £150 a month"
    r"|(?:can|could|may) (?:i|we)(?= )"
    # "I don't know why you've invoiced us for a hire that never happened": the "not" is of the
    # knowing, the charge is contested all the same
    r"|why|warum|wieso|weshalb|pourquoi|por qué|waarom)\b",
    re.IGNORECASE,
)
_SAYING = re.compile(
    r"\b(?:say|said|saying|think|thought|believe|claim\w*|mean|sure|agree|dire|dit|pense\w*"
    r"|crois|decir|dicho|creo|cre\w+|pienso|zeggen|gezegd|denk\w*|vind\w*|pensare|penso|credo"
    r"|detto)\b",
    re.IGNORECASE,
)


# "Hab ich doch schon am Freitag überwiesen?!", "Heb ik toch al betaald?": a German "doch" or
# a Dutch "toch" in a sentence that ends with a question mark says it, it does not ask; unless
# the sentence ends in doubt ("... toch al betaald of niet?").
_RHETORICAL = re.compile(r"\b(?:doch|toch)\b(?!.*\b(?:of niet|oder nicht)\W*$)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Clause:
    text: str
    question: bool = False  # the sentence it ends ends with "?"


def clauses(text: str) -> list[Clause]:
    """The clauses of `text` in reading order, a condition cut off at a comma joined to the next."""
    found: list[Clause] = []
    pending = ""
    joined = _DASH.sub(";", text)
    for match in _CLAUSE.finditer(joined):
        stop = joined[match.end() : match.end() + 1]
        if pending:
            merged, pending = f"{pending},{match[0]}", ""
        else:
            merged = match[0]
        if stop == "," and _CONDITION_START.match(merged):
            pending = merged
            continue
        parts = [part for part in _SCOPE.split(merged) if part.strip()]
        asked = stop == "?" and not _RHETORICAL.search(merged)
        for index, part in enumerate(parts):
            found.append(Clause(part, asked and index == len(parts) - 1))
    if pending:
        found.append(Clause(pending))
    return found


def negation_start(clause: str, end: int) -> int:
    """Where a negation that can govern the words at `end` may start: after the last relative or
    causal pronoun before them, unless a verb of saying or thinking introduced it."""
    start = 0
    for pronoun in _SUBCLAUSE.finditer(clause, 0, end):
        if not _SAYING.search(clause, start, pronoun.start()):
            start = pronoun.end()
    return start


def conditional(clause: str, phrase: str) -> bool:
    """Whether a condition ("if you still can't find it", "falls", "si") comes before `phrase`
    in `clause`."""
    return _IF.search(clause, 0, max(0, clause.find(phrase))) is not None


_IF = re.compile(
    r"\b(?:if|unless|in case|falls|wenn|sofern|si|se|als|indien|mocht|caso)\b", re.IGNORECASE
)


def awaits(clause: str) -> bool:
    """Whether `clause` hangs something on an awaited event ("once", "sobald", "cuando")."""
    return _AWAIT.search(clause) is not None


def awaited_document(clause: str) -> str | None:
    """The document a payment waits for, when the awaited event is one: "we'll pay as soon as
    the invoice shows our PO number", "sobald die Rechnung unsere Bestellnummer trägt", "dès
    que la facture portera notre numéro de commande". The payer needs something before paying
    (an invoice request), not an event of its own; None when the event is anything else."""
    event = _AWAIT.search(clause)
    if event is None:
        return None
    found = _DOCUMENT_AWAITED.search(clause, event.end(), event.end() + 90)
    return found[0] if found else None


def sentence_before(text: str, clause: str) -> str:
    """`clause` with what its sentence in `text` says before it: "the rest, 250 €, I send
    Friday"; `clause` alone when `text` does not hold it."""
    at = text.find(clause)
    if at < 0:
        return clause
    start = max((end.end() for end in _SENTENCE_END.finditer(text, 0, at)), default=0)
    return text[start : at + len(clause)]


def sentence_preceding(text: str, clause: str) -> str:
    """The whole sentence of `text` before the one that holds `clause`; "" when there is none."""
    at = text.find(clause)
    ends = [0, *(end.end() for end in _SENTENCE_END.finditer(text, 0, max(at, 0)))]
    return text[ends[-2] : ends[-1]] if at >= 0 and len(ends) > 1 else ""


def sentence_after(text: str, clause: str) -> str:
    """`clause` with what its sentence in `text` says after it: "Wir zahlen, sobald ..."."""
    at = text.find(clause)
    if at < 0:
        return clause
    end = _SENTENCE_END.search(text, at + len(clause))
    return text[at : end.start() if end else len(text)]


# A sentence ends at a stop before a space or the end: not the dot inside "1.740,00 €".
_SENTENCE_END = re.compile(r"[.!?\n](?:\s|$)")


# What an invoice must carry, or the corrected invoice itself, in the six languages.
_DOCUMENT_AWAITED = re.compile(
    r"\b(?:po(?: number)?|purchase order(?: number)?|order number|corrected invoice|revised"
    r" invoice|bestellnummer|bestellbezug|korrigierte rechnung|numéro de commande|bon de commande"
    r"|facture (?:rectifiée|corrigée)|número de pedido|orden de compra|factura corregida"
    r"|ordernummer|inkoopordernummer|bestelnummer|gecorrigeerde factuur|numero d['\u2019]ordine"
    r"|ordine d['\u2019]acquisto|fattura corretta|oda"
    # a signed record of the work: "el parte de trabajo firmado", "the signed job sheet"
    r"|(?:signed )?(?:job sheet|work report|timesheet|delivery note)|parte de trabajo|albarán"
    r"|arbeitsbericht|stundenzettel|lieferschein|bon d['\u2019]intervention"
    r"|rapport d['\u2019]intervention|bon de livraison|werkbon|pakbon|rapportino|bolla)\b",
    re.IGNORECASE,
)


# Function words: a text without any of a language's never needs its lexicon (English is always
# read). Single letters and words English shares are left out of the other languages.
_FUNCTION_WORDS = {
    "en": "the and is are we you will have has not this that with for our your paid pay please it"
    " was be been i me my us an of to on in at by as",
    "de": "der die das und ist sind wir sie nicht mit für ich bitte haben wird ein eine einen dem"
    " den zu auf noch uns ihr ihre ihnen wurde bereits schon bei vom zum zur auch aber oder wenn"
    " dass keine kein sehr vielen dank rechnung zahlung grüße grüßen sobald weil ware erledigt",
    "fr": "le la les et est nous vous avec pour une des pas merci je du au aux ce cette sur sont"
    " de avons été qui que ne mais facture paiement déjà votre notre nos vos bonjour à ça il elle"
    " si payé réglé fait quand dès lorsque car",
    "es": "de el la los las es somos con para una por gracias pago factura hemos lo que del al está"
    " están su sus nuestro nuestra ya pero muy se le usted ustedes hola fue sido pagado hecho"
    " cuando nos les mi",
    "nl": "het een en zijn wij niet met voor bedankt betaling factuur wordt ik de van dat die er"
    " ook nog maar al hebben heb heeft uw ons onze graag groet op te naar deze dit wel geen u"
    " jullie betaald gedaan zodra als",
    "it": "il gli è siamo con per una non grazie pagamento fattura abbiamo sarà di che della del"
    " le la lo ci vi da sono ho ha già ma questa questo nostro nostra vostra saluti buongiorno"
    " pagato fatto appena quando se",
}
_WORD_LANGUAGES: dict[str, set[str]] = {}
for _language, _words in _FUNCTION_WORDS.items():
    for _word in _words.split():
        _WORD_LANGUAGES.setdefault(_word, set()).add(_language)
_WORD = re.compile(r"[^\W\d_]+")


def present_languages(text: str) -> frozenset[str] | None:
    """The languages whose function words `text` uses; None when it uses none of any language's
    (then every lexicon must be read)."""
    found: set[str] = set()
    for word in _WORD.findall(text.lower()):
        found |= _WORD_LANGUAGES.get(word, set())
    return frozenset(found) if found else None
