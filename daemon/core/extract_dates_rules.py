"""The patterns dates are written in, each with the words that can start it.

One job: compile, once, the date patterns of `daemon.core.extract_dates` in priority order (a
more specific pattern claims its text first) from the vocabularies in
`daemon.core.extract_dates_words`. Each rule names the first tokens that can open a match, so
that `find_dates` runs a rule only where one of its words stands instead of scanning the whole
text with every rule. No resolving here: a rule's `name` says which resolver reads its groups.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from daemon.core import extract_dates_words as w
from daemon.core.extract_dates_words import MONTHS, WEEKDAYS, alternation

DIGITS = "#"  # the trigger of rules that open with a number
TOKEN = re.compile(r"[^\W\d_]+|\d+")  # a run of letters or a run of digits


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    triggers: frozenset[str]


def first_tokens(phrases: Iterable[str]) -> frozenset[str]:
    """The first token of each phrase, lower case ("d'ici le" -> "d", "mi-" -> "mi")."""
    found = (TOKEN.search(phrase.lower()) for phrase in phrases if phrase != DIGITS)
    tokens = {DIGITS if m[0][0].isdigit() else m[0] for m in found if m is not None}
    return frozenset(tokens | ({DIGITS} & set(phrases)))


_PARTS = tuple(p for phrases in w.PART_WORDS.values() for p in phrases)
_LONG_WEEKDAYS = tuple(name for name in WEEKDAYS if name not in w.SHORT_WEEKDAYS)
_MONTH = rf"(?P<month>{alternation(MONTHS)})\.?"
_NEXT_WEEK = alternation(w.NEXT_WEEK)
_PART = alternation(_PARTS)
_SUFFIX = r"(?:st|nd|rd|th|er|re|e|de|ste|º|°|ª|o|\.)?"
_YEAR = r"(?:,?\s*(?:de\s+|del\s+)?(?P<year>\d{4}))?"
_NOT_AMOUNT = r"(?![.,]\d|\s*(?:%|€|\$|£|eur\b|euro|chf|usd|h\b|uhr|per\s?cent|por\s?ciento))"
_MONTH_ENDS = ("month end", "month-end", "end-of-month", "eom", "monatsende", "monatsultimo",
               "ultimo", "fin de mois", "fin mois", "fine mese", "fin de mes", "maandeinde",
               "einde maand", "eind maand", "ende monat", "ände monet", "ändi monet",
               "ände monat")  # fmt: skip
_ORDINAL_LEADS = ("le", "au", "du", "jusqu'au", "d'ici le", "el", "el día", "día", "el dia",
                  "dia", "il", "entro il", "al", "dal", "l'")  # fmt: skip
_RULES: tuple[tuple[str, str, Iterable[str]], ...] = (
    ("iso", r"(?<![\d.,/])(?P<y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})(?![\d/])", (DIGITS,)),
    (
        "numeric",
        r"(?<![\d.,/])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
        r"(?![\d]|\.\d)",
        (DIGITS,),
    ),
    ("part_of_month", rf"\b(?P<part>{_PART})\s*{_MONTH}{_YEAR}(?!\w)", _PARTS),
    (
        "named",
        rf"(?<![\d.,])(?P<day>\d{{1,2}}){_SUFFIX}\s*(?:of\s+|de\s+|-)?{_MONTH}{_YEAR}(?!\w)",
        (DIGITS,),
    ),
    (
        "named",
        rf"\b{_MONTH}\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?![\d.:]\d|\d|\s*%){_YEAR}",
        MONTHS,
    ),
    (
        "numeric_short",
        r"(?<![\d.,/])(?P<a>\d{1,2})(?:(?P<sep>/)(?P<b>\d{1,2})(?![\d.,/]?\d)"
        r"|(?P<sep2>\.)(?P<b2>\d{1,2})(?:\.(?!\d|,\d)|(?=\s|$|[,;)])))(?P<y>)",
        (DIGITS,),
    ),
    (
        "day_of_month",
        rf"\b(?P<day>\d{{1,2}}){_SUFFIX}\s+(?:(?:of|des|du|del|van|de|di)\s+"
        rf"(?P<scope>{alternation(w.NEXT_MONTH + w.THIS_MONTH)})"
        rf"|(?P<scope2>{alternation(w.NEXT_MONTH)}))\b",
        (DIGITS,),
    ),
    (
        "period",
        rf"\b(?P<part>{_PART})\s*(?:de\s+|del\s+|la\s+|the\s+|this\s+)?(?:(?P<week>"
        rf"(?P<nextweek>{_NEXT_WEEK}))|(?P<nextmonth>{alternation(w.NEXT_MONTH)})"
        rf"|(?:{alternation(w.THIS_MONTH)}))\b",
        _PARTS,
    ),
    ("period", rf"\b(?P<thisweek>{alternation(w.THIS_WEEK)})\b(?P<part>)", w.THIS_WEEK),
    ("period", rf"\b(?:{alternation(_MONTH_ENDS)})\b(?P<part>)", _MONTH_ENDS),
    (
        "quarter_end",
        r"\b(?:(?:the\s+)?end\s+of\s+(?:the|this)\s+quarter|quarter[- ]end|(?:fin|final)\s+(?:du|de"
        r"|del)\s+trimestre|quartalsende|ende\s+des\s+quartals|eind(?:e)?\s+van\s+het\s+kwartaal"
        r"|kwartaaleinde|fine\s+(?:del\s+)?trimestre)\b",
        (
            "the",
            "end",
            "quarter",
            "fin",
            "final",
            "quartalsende",
            "ende",
            "eind",
            "einde",
            "kwartaaleinde",
            "fine",
        ),
    ),
    (
        "weekday_day",
        rf"\b(?:(?:{alternation(_LONG_WEEKDAYS)})\.?,?\s+|(?:{alternation(w.SHORT_WEEKDAYS)})"
        r"[.,]\s*)(?:the\s+|den\s+|le\s+|el\s+|il\s+|de\s+)?"
        rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|e|º|°|\.)?(?![\d/.:]?\d){_NOT_AMOUNT}",
        WEEKDAYS,
    ),
    (
        "weekday",
        rf"\b(?:(?P<last>{alternation(w.LAST)})\s+|(?P<next>{alternation(w.NEXT)})\s+"
        rf"|(?P<nextweek>{_NEXT_WEEK}),?\s+(?:on\s+|am\s+|le\s+|el\s+|op\s+|il\s+)?)?"
        rf"(?:(?:le|el|il|am|on|op)\s+)?(?P<weekday>{alternation(_LONG_WEEKDAYS)})\b"
        rf"(?:\s+(?:(?P<nextweek2>{_NEXT_WEEK})|(?P<last2>{alternation(w.LAST)})"
        rf"|(?P<weekafter>week)|{alternation(w.NEXT)})\b)?",
        (*w.LAST, *w.NEXT, *w.NEXT_WEEK, *_LONG_WEEKDAYS, "le", "el", "il", "am", "on", "op"),
    ),
    (
        "within",
        rf"\b(?:{alternation(w.WITHIN)})\s+(?P<count>\d{{1,3}}|{alternation(w.NUMBER_WORDS)})"
        rf"\s+(?P<unit>{alternation(w.DAY_UNITS + w.WEEK_UNITS + w.MONTH_UNITS)})\b",
        w.WITHIN,
    ),
    (
        "from_now",
        r"\b(?P<count>\d{1,3}|two|three|four)\s+(?P<unit>days|weeks)\s+from\s+(?:now|today)",
        (DIGITS, "two", "three", "four"),
    ),
    (
        "iso_week",
        rf"\b(?:{alternation(w.ISO_WEEK)})\s*(?P<week>\d{{1,2}})(?!\d|[.,/]\d{{1,2}}\b)"
        r"(?:\s*[/]\s*(?P<year>\d{4}))?",
        w.ISO_WEEK,
    ),
    ("next_week", rf"\b(?:{_NEXT_WEEK})\b", w.NEXT_WEEK),
    (
        "relative",
        r"\b(?<!\bguten )(?<!\bgood )(?<!\bgoede )(?<!\bjeden )(?<!\bam )(?<!\bla )(?<!\bde )"
        rf"(?:{alternation(w.RELATIVE_DAYS)})(?![\w-])",
        w.RELATIVE_DAYS,
    ),
    (
        "ordinal",
        r"\b(?:(?:on|by|until|till|before|from)\s+)?(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)\b"
        r"(?!\s+(?:of\s+)?(?:invoice|reminder|notice|time|floor|quarter|instal))",
        (DIGITS, "on", "by", "until", "till", "before", "from", "the"),
    ),
    (
        "ordinal",
        r"\b(?:am|zum|bis\s+zum|ab\s+dem|vom|per)\s+(?P<day>\d{1,2})\.(?!\d)(?!\s*\d)",
        ("am", "zum", "bis", "ab", "vom", "per"),
    ),
    (
        "ordinal",
        rf"\b(?:{alternation(_ORDINAL_LEADS)})\s*(?P<day>\d{{1,2}})(?:er|°|º|ª|o)?\b{_NOT_AMOUNT}"
        r"(?!\s*(?:[:/-]\s*\d|jours|días|dias|giorni|ans|años|anni|mois|mes|mesi|fact|%))",
        _ORDINAL_LEADS,
    ),
    ("ordinal", r"\b(?:op\s+)?de\s+(?P<day>\d{1,2})(?:e|de|ste)\b", ("op", "de")),
)
RULES = tuple(
    Rule(name, re.compile(text, re.IGNORECASE), first_tokens(starts))
    for name, text, starts in _RULES
)
# Where each token may open a match: token -> indexes of RULES, in priority order.
TRIGGERS: dict[str, tuple[int, ...]] = {}
for _index, _rule in enumerate(RULES):
    for _token in _rule.triggers:
        TRIGGERS[_token] = (*TRIGGERS.get(_token, ()), _index)
# A weekday that only labels the date right after it: "Monday, November 30", "Mo., 30.11."
GLUE = re.compile(r"[\s,.]*(?:(?:the|den|der|le|el|il|de|op)\s+)?", re.IGNORECASE)

# What follows "hier" when it means "here" ("hier ist", "hier is de", "hier die Nummer").
HERE = re.compile(
    r"\s+(?:is|ist|sind|zijn|de|het|een|die|der|das|den|dem|ein|eine|nog|bei|bij|niet|nicht"
    r"|in|im|op|auf|an|met|mit|ook|auch|noch|al|schon|kan|kunt|kann|können|vindt|finden|the"
    r"|nochmal|erneut|opnieuw|wird|wordt|werden|worden)\b",
    re.IGNORECASE,
)
