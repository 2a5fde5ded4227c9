"""Whether a reply corrects how or when it paid: `corrected_payment(text, hits)`.

"We hebben niet via de betaallink betaald maar zelf overgemaakt", "Il bonifico non è partito il
30 come vi avevamo detto, ma stamattina", "we didn't pay through the portal but by BACS on
Friday": the "not" is of the way or the day, and the sentence goes on with the one that holds.
The lexicons read the first clause as a payment taken back (`Cue.DECLINED`) and the clause after
"but" alone has no verb they know; this module reads the two together. It must not decide the
intent and must not do IO.
"""

from __future__ import annotations

import re

from daemon.core.classify_lexicon import Cue, Hit

_FLAGS = re.IGNORECASE
# The "not" of the first clause, in each language.
_NOT = re.compile(r"\b(?:not|never|niet|nicht|pas|non|no)\b|n['\u2019]t\b", _FLAGS)
# What the "not" is about, after it: a way ("via the link", "con tarjeta", "per Karte") or a
# day ("il 30", "am Montag", "on the 30th").
_WAY_OR_DAY = re.compile(
    r"\b(?:via|with|by|through|using|from|per|met|over|op|con|col|por|mediante|tramite|dal|par"
    r"|avec|depuis|mit|über|vom|von|il|el|le|am|on|\d+|(?:mon|tues|wednes|thurs|fri)day|yesterday"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|gestern|lundi|mardi|mercredi|jeudi|vendredi"
    r"|hier|lunes|martes|miércoles|jueves|viernes|ayer|maandag|dinsdag|woensdag|donderdag"
    r"|vrijdag|gisteren|lunedì|martedì|mercoledì|giovedì|venerdì|ieri)\b",
    _FLAGS,
)
# The clause after starts with the contrast that puts the right way or day in its place.
_CONTRAST = re.compile(r"[\s,;]*(?:but|maar|ma|mais|sino|sondern)\b", _FLAGS)
# The clause after must not be a promise or a refusal of its own.
_NOT_DONE = re.compile(
    r"\b(?:will|shall|going to|next|tomorrow|zullen|gaan|volgende|morgen|werden|wird|nächste"
    r"|morgen|allons|vais|prochaine?|demain|vamos|voy|próxim[oa]|mañana|faremo|prossim[oa]"
    r"|domani|not|niet|nicht|pas|non|no|nog)\b|['\u2019]ll\b",
    _FLAGS,
)
_CLAUSE_END = re.compile(r"[.,;!?\n]")


def corrected_payment(text: str, hits: dict[Cue, Hit]) -> Hit | None:
    """A payment hit where `text` says it paid, only in another way or on another day than the
    one it denies; None where nothing else was read as paid, promised or contested."""
    declined = hits.get(Cue.DECLINED)
    if declined is None or any(cue in hits for cue in (Cue.PAID, Cue.PROMISE, Cue.DISPUTE)):
        return None
    clause = declined.clause
    at = text.find(clause)
    negation = _NOT.search(clause)
    if at < 0 or negation is None or not _WAY_OR_DAY.search(clause, negation.end()):
        return None
    contrast = _CONTRAST.match(text, at + len(clause))
    if contrast is None:
        return None
    stop = _CLAUSE_END.search(text, contrast.end())
    after = text[contrast.end() : stop.start() if stop else len(text)]
    if not after.strip() or _NOT_DONE.search(after):
        return None
    said = text[at : contrast.end()] + after
    return Hit(Cue.PAID, declined.language, said.strip(), said)
