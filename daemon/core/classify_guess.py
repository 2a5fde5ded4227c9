"""When `daemon.core.classify` takes the trained tie-breaker's reading of a reply no rule read.

One job: `MODEL` (the shipped `daemon.core.reply_model`, or None) and `trusted(guess, hits,
text)`, which says whether its guess may stand: sure enough, of what a person writes, and never
money where words the model cannot weigh ("not", "if", "?", a contest phrase) could turn it round.
Pure but for the package data the model is read from once, at import.
"""

from __future__ import annotations

import re

from daemon.core.classify_lexicon import Cue, Hit
from daemon.core.classify_rules_de import LEXICON as DE
from daemon.core.classify_rules_en import LEXICON as EN
from daemon.core.classify_rules_es import LEXICON as ES
from daemon.core.classify_rules_fr import LEXICON as FR
from daemon.core.classify_rules_it import LEXICON as IT
from daemon.core.classify_rules_nl import LEXICON as NL
from daemon.core.reply_model import Guess, shipped_model
from daemon.core.verdict import Intent

MODEL = shipped_model()
# Negation and condition words of every language the rules read.
_HEDGED = re.compile(
    "|".join(
        f"(?:{part})"
        for lexicon in (EN, DE, FR, ES, NL, IT)
        for part in (lexicon.negation, lexicon.condition)
    ),
    re.IGNORECASE,
)
_MODEL_TRUSTED_AT = 0.9  # leave-one-corpus-out over the development corpora: +22, -4 at 0.9


_MONEY = (Intent.PAYMENT_SENT, Intent.PROMISE_TO_PAY)
_FOR_A_PERSON = re.compile(
    r"\b(?:passed away|died|death|deceased|bereave\w*|insolven\w*|administration|liquidat\w*"
    r"|bankrupt\w*|verstorben|gestorben|todesfall|nachlass|konkurs|décéd\w*|décès|faillite"
    r"|liquidation judiciaire|redressement|fallecid\w*|falleci\w*|concurso de acreedores|quiebra"
    r"|overleden|overlijden|faillissement|curator|decedut\w*|scompars\w*|fallimento"
    r"|liquidazione)\b",
    re.IGNORECASE,
)
# Not guessed: automatic mail is told by headers and notices, and an unsubscribe is acted on at
# once (the rules read explicit stop requests; a guess would silence a customer on a hunch).
_NOT_GUESSED = (Intent.OTHER, Intent.AUTO_REPLY, Intent.BOUNCE, Intent.UNSUBSCRIBE)


def trusted(guess: Guess, hits: dict[Cue, Hit], text: str) -> bool:
    """A guess of what a person wrote (not "other"; automatic mail is told by its headers and
    notices), sure enough; never money beside a contest phrase, a negation, a condition or a
    question, nor a plan or a dispute in a question: the model reads words, not what "not", "if"
    or "?" do to them."""
    if guess.intent in _NOT_GUESSED or guess.probability < _MODEL_TRUSTED_AT:
        return False
    if _FOR_A_PERSON.search(text):  # a death, an insolvency: no word-count guess for those
        return False
    if Cue.DECLINED in hits:  # "we have not paid it yet": the rules read it as "other" by design
        return False
    if guess.intent in _MONEY:
        return Cue.CONTESTED not in hits and "?" not in text and not _HEDGED.search(text)
    # a question is a request for something, or just a question ("what is this for?"); a "why"
    # question is the sender's puzzlement, for a person
    if _WHY.match(text):
        return False
    return "?" not in text or guess.intent in (Intent.INVOICE_REQUEST, Intent.WRONG_CONTACT)


_WHY = re.compile(r"\W*(?:why|warum|wieso|weshalb|pourquoi|por qu[eé]|waarom|perch[eé])\b", re.I)
