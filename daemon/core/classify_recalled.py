"""Whether a reply recalls a payment on a day it names: `recalled_payment(text, hits)`.

"I'm fairly sure this went out with our payments on the 28th of last month", "I'm pretty sure I
paid 4401 on the 15th": the English lexicon takes "I'm fairly sure" as a hedge that takes a
payment claim back (`Cue.DECLINED`), rightly for "Didn't we pay this already? I'm fairly sure
Siobhan did a batch before she went on leave", which a person must look into. A payment recalled
with its day is a claim a collector checks before chasing again, as the other languages' lexicons
already read "ich bin mir ziemlich sicher, dass wir am 28. überwiesen haben". It must not decide
the intent and must not do IO.
"""

from __future__ import annotations

import re

from daemon.core.classify_lexicon import Cue, Hit

_SURE = re.compile(
    r"\b(?:i['\u2019]?m|i am|we['\u2019]?re|we are) (?:fairly |pretty |quite |almost |very )?"
    r"sure\b",
    re.IGNORECASE,
)
# A day, not a month or a batch: "on the 28th", "on 15 March", "on 03/03", "on Monday".
_DAY = re.compile(
    r"\bon (?:the )?\d{1,2}(?:st|nd|rd|th)?\b(?! (?:days?|weeks?|invoices?)\b)"
    r"|\bon \d{1,2}[./-]\d{1,2}\b|\bon (?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
    re.IGNORECASE,
)
_NOT = re.compile(r"\b(?:not|never|no)\b|n['\u2019]t\b", re.IGNORECASE)


def recalled_payment(text: str, hits: dict[Cue, Hit]) -> Hit | None:
    """A payment hit where the only thing that took an English payment claim back is the
    sender's "I'm fairly sure" before it and the claim names its day; None otherwise."""
    declined = hits.get(Cue.DECLINED)
    if declined is None or declined.language != "en":
        return None
    if any(cue in hits for cue in (Cue.PAID, Cue.PROMISE, Cue.DISPUTE, Cue.PLAN)):
        return None
    clause = declined.clause
    sure = _SURE.search(clause)
    at = clause.find(declined.phrase)
    if sure is None or at < sure.end() or "?" in text[: max(0, text.find(clause))]:
        return None
    if _NOT.search(clause) or _DAY.search(clause, at) is None:
        return None
    return Hit(Cue.PAID, declined.language, declined.phrase, clause)
