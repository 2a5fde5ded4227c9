"""When a payment is said to happen: tense and days read together for `daemon.core.classify`.

One job: `tensed(mail, paid, promise, today)` settles whether a payment phrase speaks of a
payment made or promised once the whole clause is read ("should have gone out by now" is made;
Spanish "pagamos" is made or promised by the day beside it; a promise whose days are weeks gone
is a payment made); `concrete(mail, hit, today, text)` tells whether a payment hung on an event
still names a day or a payment run; `run_paid(paid, promise)` reads "this went out in Friday's
run" as made. Pure: `today` comes from the caller.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from daemon.core.classify_facts import clause_dates, dates_in
from daemon.core.classify_lexicon import Cue, Hit
from daemon.core.classify_scope import APPENA, awaits, sentence_after
from daemon.core.classify_short import BY_NOW
from daemon.core.mail import Mail

# A named run of payments is an event as concrete as a date: "with next week's check run".
RUN = re.compile(
    r"\b(?:check|cheque|payment|pay|ach|wire|bacs|sepa|supplier|vendor|creditor)[- ]?(?:run|batch"
    r"|cycle)|zahl(?:ungs)?lauf|betaalrun|betalingsrun|remise|lote de pagos|corrida",
    re.IGNORECASE,
)
# Future and modal markers (the six languages) that keep a named run ahead, not behind.
_FUTURE_WORD = re.compile(
    r"\b(?:will|shall|going to|'ll|next|wird|werden|nächste\w*|sera|seront|va|vont|prochaine?"
    r"|será|serán|va a|próxim\w*|zal|zullen|gaat|volgende|sarà|saranno|prossim\w*)\b",
    re.IGNORECASE,
)


def tensed(
    mail: Mail, paid: Hit | None, promise: Hit | None, today: date
) -> tuple[Hit | None, Hit | None]:
    """The payment made and the payment promised, once the tense is read from the whole clause:
    "should have gone out by now" is a payment made; "lo pagamos a final de mes" a promise and
    "ya lo pagamos el martes" a payment made (the same Spanish form says "we paid" and "we pay":
    a day to come, or "ya" / "ayer", tells which); "done by Friday" is promised, and how the
    sender's firm pays as a rule ("invoices are processed at head office") is neither."""
    if promise and not paid:
        return _promise_tensed(mail, promise, today)
    if paid and not promise:
        return _paid_tensed(mail, paid, today)
    return paid, promise


def _promise_tensed(mail: Mail, promise: Hit, today: date) -> tuple[Hit | None, Hit | None]:
    made = Hit(Cue.PAID, promise.language, promise.phrase, promise.clause), None
    if BY_NOW.search(promise.clause) or _present_or_past(promise, past=True):
        return made
    if WHERE_PAID.search(promise.clause) and not _ahead(mail, promise, today):
        return None, None  # "daar worden ze verwerkt": where invoices go, not when ours is paid
    if _only_days_gone(mail, promise, today):
        # "bij ons staat het als voldaan op 3/11": a day weeks gone names a payment made
        return made
    return None, promise


def _paid_tensed(mail: Mail, paid: Hit, today: date) -> tuple[Hit | None, Hit | None]:
    promised = None, Hit(Cue.PROMISE, paid.language, paid.phrase, paid.clause)
    after = paid.clause[paid.clause.find(paid.phrase) :]
    if _present_or_past(paid) and awaits(after) and not _PRETERITE.search(after):
        # "os pagamos en cuanto nos ingrese el Ayuntamiento": paid once an event comes, so ahead
        # (not "lo pagamos cuando llegó la factura", an event told in the past)
        return promised
    if _CHECK_THEN_PAY.search(paid.clause) and not _PRETERITE.search(paid.clause):
        # "lo reviso y lo pagamos todo junto": a look first, the payment after it
        return promised
    if (_present_or_past(paid) or DEADLINE.search(paid.clause)) and _later_day(mail, paid, today):
        # "bis Monatsende ist das erledigt", "d'ici vendredi c'est réglé": done by a day to come
        return promised
    if HABITUAL.search(paid.clause):
        # "all invoices are paid on the 15th", "that's where invoices are processed": how the
        # sender's firm pays, said of no payment made; with a day or a run it is when ours goes
        return promised if _ahead(mail, paid, today) else (None, None)
    return paid, None


# A Spanish present of the sender's own ("reviso", "miro", "compruebo") and then the payment:
# "lo reviso y lo pagamos" is the order things will happen in.
_CHECK_THEN_PAY = re.compile(
    r"\b\w+o y (?:se |lo |la |los |las |te |os |les )*(?:pagamos|pago|abonamos|abono"
    r"|transferimos|transfiero)\b",
    re.IGNORECASE,
)
# A limit ahead of the payment, opening its clause: "by Friday", "bis Monatsende", "d'ici",
# "para el", "uiterlijk", "entro" (not "paid by card", which follows the verb).
DEADLINE = re.compile(
    r"^\W*(?:(?:and|und|et|y|en|e|but|aber|mais|pero|maar|ma) )?(?:by|before|bis|spätestens"
    r"|d['\u2019]ici|avant|para el|para la|antes del?|uiterlijk|vóór|voor|entro|prima d[ie])\b",
    re.IGNORECASE,
)
# How a firm pays as a rule, in the six languages: an adverb of habit, a plural "invoices are
# paid" with no article, or the place or time where invoices are dealt with (`WHERE_PAID`).
WHERE_PAID = re.compile(
    r"^\W*(?:all )?(?:invoices|bills) (?:are|get)\b|\b(?:where|when) (?:\w+ ){0,2}(?:invoices"
    r"|bills|they) (?:are|get)\b|\b(?:daar|waar) (?:\w+ ){0,2}(?:worden|wordt)\b"
    # invoices in general, as a notice speaks of them: "Lopende facturen worden gewoon verwerkt"
    r"|^\W*(?:alle |lopende |openstaande |bestaande )?facturen (?:worden|blijven)\b"
    r"|^\W*(?:alle |laufende |offene |bestehende )?rechnungen (?:werden|bleiben)\b"
    r"|^\W*(?:les |toutes les )?factures (?:en cours )?(?:seront|sont|restent)\b"
    r"|^\W*(?:las |todas las )?facturas (?:pendientes |en curso )?(?:se|serán|son)\b"
    r"|^\W*(?:le |tutte le )?fatture (?:in corso )?(?:saranno|vengono|verranno)\b",
    re.IGNORECASE,
)
HABITUAL = re.compile(
    r"\b(?:normally|usually|always|generally|typically|routinely|as a rule|normalerweise"
    r"|üblicherweise|grundsätzlich|in der regel|immer|normalement|habituellement|toujours"
    r"|en général|en règle générale|normalmente|habitualmente|por lo general|siempre|normaal"
    r"|normaliter|gewoonlijk|doorgaans|altijd|solitamente|di solito|sempre|di norma"
    # all the bills so far: "bisher wurden alle Rechnungen abgebucht" (why not this one?)
    r"|(?:so far|until now|bisher|bislang|jusqu['\u2019](?:ici|à présent)|hasta ahora|tot nu toe"
    r"|finora)\b[^.]{0,30}\b(?:all|alle|toutes|todas|tutte))\b|" + WHERE_PAID.pattern,
    re.IGNORECASE,
)


def _ahead(mail: Mail, hit: Hit, today: date) -> bool:
    """Whether the clause of `hit` names a day to come or a payment run."""
    return _later_day(mail, hit, today) or RUN.search(hit.clause) is not None


def _only_days_gone(mail: Mail, hit: Hit, today: date) -> bool:
    """Whether the clause of `hit` names days, every one of them more than a week gone."""
    # read as written: a date of the last two months stays there, one to come stays to come
    days = dates_in(mail, hit.clause, today, lookback_days=60)
    return bool(days) and all(day < today - timedelta(days=7) for day in days)


# Spanish first person plural of -ar and -ir verbs is one form for the present and the preterite
# ("pagamos", "transferimos"); with "hemos" or "ya" it is the past.
# Irregular preterites of the first person plural, past only: "hicimos", "pusimos", "dimos".
_IRREGULAR_PRETERITE = r"(?:hic|pus|dij|tuv|pud|vin|quis|sup|hub|anduv|traj|conduj|fu|d|v)imos\b"
_AMBIGUOUS_TENSE = re.compile(
    # not "vamos"/"estamos" (present only) nor an irregular preterite
    rf"\b(?!vamos\b|estamos\b|{_IRREGULAR_PRETERITE})\w+(?:amos|imos)\b",
    re.IGNORECASE,
)
# A Spanish preterite or imperfect: "llegó", "llegaron", "vinieron", "hicimos", "teníamos".
_PRETERITE = re.compile(
    rf"\b\w+(?:ó|aron|ieron|ábamos|íamos)\b|\b{_IRREGULAR_PRETERITE}", re.IGNORECASE
)
_SURELY_PAST = re.compile(r"\b(?:hemos|habíamos|ya|ayer|anteayer)\b", re.IGNORECASE)


def _present_or_past(hit: Hit, *, past: bool = False) -> bool:
    """Whether `hit` is such a form, and its clause does (`past`) or does not mark the past."""
    return (
        hit.language == "es"
        and _AMBIGUOUS_TENSE.search(hit.phrase) is not None
        and (_SURELY_PAST.search(hit.clause) is not None) == past
    )


def _later_day(mail: Mail, hit: Hit, today: date) -> bool:
    """Whether the clause of `hit` names a day in the coming months ("20 de noviembre" written on
    the 23rd is last week's, not next year's)."""
    days = clause_dates(mail, Hit(hit.cue, hit.language, "", hit.clause), today)
    return any(today < day <= today + _PROMISE_HORIZON for day in days)


_PROMISE_HORIZON = timedelta(days=120)


def concrete(mail: Mail, hit: Hit, today: date, text: str = "") -> bool:
    """Whether a deferred payment still names a day on or after `today`, or a payment run; a
    "when" that opens the clause may point back to the day just before it ("in the run of
    31 December, when it will be paid")."""
    days = clause_dates(mail, Hit(hit.cue, hit.language, "", hit.clause), today)
    if any(day >= today for day in days) or RUN.search(hit.clause) is not None:
        return True
    at = text.find(hit.clause)
    if at >= 0 and PUNCTUAL.search(hit.clause):
        # "as soon as the funds clear, should be early next week": the event's day, said in the
        # rest of the sentence, is the day the money comes.
        rest = sentence_after(text, hit.clause)[len(hit.clause) :]
        if any(day >= today for day in dates_in(mail, rest, today)):
            return True
    if at <= 0 or not _WHEN_BACK.match(hit.clause):
        return False
    before = text[max(0, at - 80) : at]
    return any(day >= today for day in dates_in(mail, before, today)) or bool(RUN.search(before))


# An event a payment follows at once ("as soon as", not "when" or "if").
PUNCTUAL = re.compile(
    r"\b(?:as soon as|once|sobald|zodra|dès que|une fois que|en cuanto|tan pronto|apenas"
    rf"|{APPENA}|non appena|una volta che"
    # "right after": "gleich nach Pfingsten", "direct na de vakantie", "subito dopo Pasqua"
    r"|(?:right|straight|immediately) after|(?:gleich|direkt|sofort) nach|juste après"
    r"|justo después de|(?:direct|meteen) na|subito dopo)\b",
    re.IGNORECASE,
)
# "..., when it will be paid": a "when" after a comma that refers to the day just named.
_WHEN_BACK = re.compile(
    r"\s*(?:when|quando|cuando|wenn|wann|quand|wanneer|als|où|dove|donde)\b", re.IGNORECASE
)


def run_paid(paid: Hit | None, promise: Hit | None) -> bool:
    """Whether a payment and a named run share a clause with nothing of the future in it: "this
    went out in Friday's supplier run" names the run that paid."""
    return bool(
        paid
        and promise
        and paid.clause == promise.clause
        and RUN.search(promise.phrase)
        and not _FUTURE_WORD.search(promise.clause)
    )
