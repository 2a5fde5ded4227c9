"""A reply that is only a day: "ok friday", "Sí, ya sé. El viernes.", "Ok pour vendredi".

One job: `day_only(words)`, whether every word of a short reply is an acknowledgement or part of
a date expression (a weekday, a month, "next week", "end of month", "15/12", "at the latest"),
so that the day it names is when the sender says the money comes. Whether that day is to come is
for the caller to read (`find_dates`); a question ("Friday?") is never a promise. It must not
decide an intent and must not do IO.
"""

from __future__ import annotations

import re

from daemon.core.extract_dates_words import (
    DAY_UNITS,
    MONTH_UNITS,
    MONTH_WORDS,
    MONTHS,
    NEXT,
    NEXT_WEEK,
    NUMBER_WORDS,
    PART_WORDS,
    RELATIVE_DAYS,
    THIS_WEEK,
    WEEK_UNITS,
    WEEKDAYS,
    WITHIN,
)


def _words(*phrases: str) -> frozenset[str]:
    return frozenset(word for phrase in phrases for word in phrase.split())


# Yes, fine, I know: what is said around the day in such a reply.
_ACKNOWLEDGED = _words(
    "ok okay oké oke k yes yep yeah sure fine noted will do right alright ja jawohl jo klar gut",
    "passt geht oui d'accord entendu bien sûr si sí vale claro ya sé bueno va bene certo",
    "perfetto prima goed akkoord helemaal",
)
# The joining words of a date expression: "on", "by", "für", "pour le", "entro il", "uiterlijk".
_JOINING = _words(
    "on by for the at latest until am bis zum spätestens für den der die das des",
    "pour le la les au plus tard d'ici avant el los las para a más tardar antes del de",
    "op voor uiterlijk tegen van per il lo entro al più di mate",
)
_DATE_WORDS = _words(
    *MONTHS, *WEEKDAYS, *NUMBER_WORDS, *RELATIVE_DAYS, *NEXT, *NEXT_WEEK, *THIS_WEEK,
    *MONTH_WORDS, *DAY_UNITS, *WEEK_UNITS, *MONTH_UNITS, *WITHIN,
    *(phrase for phrases in PART_WORDS.values() for phrase in phrases),
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?|\d+(?:[./-]\d+)*\.?", re.UNICODE)
_MOST_WORDS = 6


def day_only(words: str) -> bool:
    """Whether `words` is at most a few words, all of them an acknowledgement or a date's."""
    if "?" in words:
        return False
    found = [word.lower() for word in _WORD.findall(words)]
    dated = [word for word in found if word in _DATE_WORDS or word[0].isdigit()]
    return (
        0 < len(found) <= _MOST_WORDS
        and bool(dated)
        and all(
            word in _DATE_WORDS or word in _ACKNOWLEDGED or word in _JOINING or word[0].isdigit()
            for word in found
        )
    )
