"""The words dates are written with in six languages (en, de, fr, es, nl, it), as tables.

One job: month, weekday, number and relative-day vocabularies, and the regular-expression
fragments built from them, for `daemon.core.extract_dates`. Data only: no resolving, no matching.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_MONTH_NAMES = (
    "january jan januar jänner jaenner janvier janv enero ene januari gennaio gen",
    "february feb februar feber février fevrier févr fevr febrero februari febbraio",
    "march mar märz maerz mars marzo maart mrt",
    "april apr avril avr abril aprile",
    "may mai mayo mei maggio mag",
    "june jun juni juin junio giugno giu",
    "july jul juli juillet juil julio luglio lug",
    "august aug august août aout agosto ago augustus",
    "september sep sept septembre septiembre setiembre settembre set",
    "october oct oktober okt octobre octubre ottobre ott",
    "november nov novembre noviembre",
    "december dec dezember dez décembre decembre déc diciembre dic dicembre",
)
MONTHS = {name: index + 1 for index, names in enumerate(_MONTH_NAMES) for name in names.split()}
_WEEKDAY_NAMES = (
    "monday mon montag mo lundi lunes maandag lunedì lunedi",
    "tuesday tue tues dienstag di mardi martes dinsdag martedì martedi",
    "wednesday wed mittwoch mi mercredi miércoles miercoles woensdag mercoledì mercoledi",
    "thursday thu thurs donnerstag do jeudi jueves donderdag giovedì giovedi",
    "friday fri freitag fr vendredi viernes vrijdag venerdì venerdi",
    "saturday sat samstag sonnabend sa samedi sábado sabado zaterdag sabato",
    "sunday sun sonntag so dimanche domingo zondag domenica",
)
WEEKDAYS = {name: index for index, names in enumerate(_WEEKDAY_NAMES) for name in names.split()}
# Two-letter German and some three-letter English abbreviations are words too ("so", "do",
# "sun"): they count only right before a date ("Mo, 30.11."), never alone.
SHORT_WEEKDAYS = frozenset(name for name in WEEKDAYS if len(name) == 2) | {"mon", "sat", "sun"}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "ein": 1, "einer": 1, "eine": 1, "einem": 1, "un": 1, "une": 1,
    "uno": 1, "una": 1, "een": 1, "two": 2, "zwei": 2, "deux": 2, "dos": 2, "twee": 2, "due": 2,
    "couple of": 2, "a couple of": 2, "paar": 2, "three": 3, "drei": 3, "trois": 3, "tres": 3,
    "drie": 3, "tre": 3, "four": 4, "vier": 4, "quatre": 4, "cuatro": 4, "quattro": 4, "five": 5,
    "fünf": 5, "cinq": 5, "cinco": 5, "vijf": 5, "cinque": 5, "six": 6, "sechs": 6, "seis": 6,
    "zes": 6, "sei": 6, "seven": 7, "sieben": 7, "sept": 7, "siete": 7, "zeven": 7, "sette": 7,
    "eight": 8, "acht": 8, "huit": 8, "ocho": 8, "otto": 8, "ten": 10, "zehn": 10, "dix": 10,
    "diez": 10, "tien": 10, "dieci": 10, "fourteen": 14, "vierzehn": 14, "quatorze": 14,
    "catorce": 14, "veertien": 14, "quattordici": 14, "fifteen": 15, "fünfzehn": 15, "quinze": 15,
    "quince": 15, "vijftien": 15, "quindici": 15, "thirty": 30, "dreißig": 30, "trente": 30,
    "treinta": 30, "dertig": 30, "trenta": 30,
}  # fmt: skip
# "dans huit jours", "dentro de quince días", "tra quindici giorni": one and two weeks.
IDIOMATIC_DAYS = {8: 7, 15: 14}
DAY_WORDS = ("jour", "jours", "días", "dias", "día", "dia", "giorni", "giorno")

# Relative days: the phrase, and the days it lies from the message date. Longest phrases first,
# so that "heute Morgen" (this morning) is not read as "morgen" (tomorrow).
RELATIVE_DAYS = {
    "day after tomorrow": 2, "the day after tomorrow": 2, "übermorgen": 2, "après-demain": 2,
    "apres-demain": 2, "après demain": 2, "pasado mañana": 2, "pasado manana": 2,
    "overmorgen": 2, "dopodomani": 2,
    "tomorrow": 1, "morgen": 1, "demain": 1, "mañana": 1, "manana": 1, "domani": 1,
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "end of day": 0, "end of today": 0, "eod": 0, "cob": 0, "close of business": 0,
    "close of business today": 0, "end of day today": 0, "cob today": 0, "eod today": 0,
    "heute": 0, "heute morgen": 0, "heute früh": 0, "heute abend": 0, "heute nachmittag": 0,
    "aujourd'hui": 0, "aujourd\u2019hui": 0, "ce matin": 0, "ce soir": 0, "cet après-midi": 0,
    "hoy": 0, "esta mañana": 0, "esta manana": 0, "esta tarde": 0, "esta noche": 0,
    "vandaag": 0, "vanochtend": 0, "vanmorgen": 0, "vanmiddag": 0, "vanavond": 0,
    "oggi": 0, "stamattina": 0, "stamane": 0, "oggi pomeriggio": 0, "stasera": 0,
    "this arvo": 0, "earlier today": 0, "in data odierna": 0, "hace un rato": 0, "vorhin": 0,
    "tout à l'heure": 0, "tout à l\u2019heure": 0, "zonet": 0, "net nog": 0,
    "ce jour": 0, "en date de ce jour": 0, "con fecha de hoy": 0, "in data di oggi": 0,
    "last night": -1, "last nite": -1, "yesterday evening": -1, "anoche": -1, "ieri sera": -1,
    "el día de ayer": -1, "el dia de ayer": -1,
    "yesterday": -1, "gestern": -1, "gestern morgen": -1, "gestern abend": -1, "hier": -1,
    "hier soir": -1, "ayer": -1, "gisteren": -1, "gisteravond": -1, "ieri": -1,
    "day before yesterday": -2, "the day before yesterday": -2, "vorgestern": -2,
    "avant-hier": -2, "avant hier": -2, "anteayer": -2, "antier": -2, "eergisteren": -2,
    "l'altro ieri": -2, "l\u2019altro ieri": -2, "altroieri": -2,
}  # fmt: skip

# Words around a weekday or a week that point forward or back.
NEXT = (
    "next", "this", "coming", "this coming", "nächsten", "nächster", "nächste", "kommenden",
    "kommender", "kommende", "diesen", "prochain", "prochaine", "ce", "próximo", "proximo",
    "este", "que viene", "volgende", "komende", "aanstaande", "deze", "prossimo", "prossima",
    "questo", "following",
)  # fmt: skip
LAST = (
    "last", "past", "previous", "letzten", "letzter", "vergangenen", "vergangener", "vorigen",
    "dernier", "passé", "pasado", "anterior", "vorige", "afgelopen", "jl", "scorso", "scorsa",
)  # fmt: skip
NEXT_WEEK = (
    "next week", "the following week", "following week", "the week after", "nächste woche",
    "nächster woche", "nächsten woche", "kommende woche", "kommender woche", "der nächsten woche",
    "la semaine prochaine", "semaine prochaine", "de la semaine prochaine",
    "la semana que viene", "semana que viene", "la próxima semana", "próxima semana",
    "la semana próxima", "de la semana que viene", "de la próxima semana", "proxima semana",
    "volgende week", "van volgende week", "komende week", "la prossima settimana",
    "prossima settimana", "settimana prossima", "della prossima settimana",
    "della settimana prossima",
)  # fmt: skip
THIS_WEEK = (
    "this week", "end of the week", "end of this week", "end of week", "by the weekend",
    "diese woche", "dieser woche", "ende der woche", "ende dieser woche", "ende diese woche",
    "cette semaine", "fin de semaine", "fin de la semaine", "fin de cette semaine",
    "esta semana", "fin de semana", "final de semana", "finales de semana",
    "final de la semana", "finales de la semana", "deze week", "eind van de week",
    "eind deze week", "einde van de week", "einde week", "questa settimana",
    "fine settimana", "fine della settimana", "fine di questa settimana", "entro la settimana",
)  # fmt: skip
# Part of a period: the key names the day ("mid" = 15th, or Wednesday of a week).
PART_WORDS = {
    "end": ("end of", "the end of", "ende", "ende des", "ende der", "fin", "fin de", "fin du",
            "fin de la", "la fin de", "la fin du", "final de", "finales de", "a finales de",
            "a final de", "finales del", "final del", "fin del", "eind", "eind van", "einde",
            "eind van de", "einde van", "fine", "fine di", "fine del", "alla fine di",
            "late", "ultimo"),
    "start": ("beginning of", "the beginning of", "start of", "early", "anfang", "anfang des",
              "anfang der", "début", "debut", "début de", "début du", "principios de",
              "principio de", "inicios de", "principios del", "a principios de", "begin",
              "begin van", "inizio", "inizio di", "inizio del", "all'inizio di", "primi di"),
    "mid": ("mid", "mid-", "middle of", "the middle of", "mitte", "mitte des", "mi-", "mi",
            "mediados de", "a mediados de", "mediados del", "half", "medio", "metà", "meta",
            "metà di", "a metà"),
}  # fmt: skip
MONTH_WORDS = ("month", "monats", "monat", "mois", "mes", "maand", "mese")
NEXT_MONTH = (
    "next month", "the next month", "the following month", "nächsten monats",
    "des nächsten monats", "kommenden monats", "nächster monat", "du mois prochain",
    "mois prochain", "le mois prochain", "del mes que viene", "del próximo mes",
    "del mes próximo", "del mes siguiente", "mes que viene", "próximo mes", "volgende maand",
    "van volgende maand", "del mese prossimo", "del prossimo mese", "mese prossimo",
    "prossimo mese",
)  # fmt: skip
THIS_MONTH = (
    "the month", "this month", "the current month", "des monats", "dieses monats", "monats",
    "du mois", "de ce mois", "mois", "de mes", "del mes", "de este mes", "mes", "van de maand",
    "van deze maand", "deze maand", "maand", "del mese", "di questo mese", "mese",
    "of month", "month",
)  # fmt: skip
DAY_UNITS = ("day", "days", "tag", "tage", "tagen", "jour", "jours", "día", "días", "dia",
             "dias", "dag", "dagen", "giorno", "giorni", "business days", "working days",
             "werktage", "werktagen", "jours ouvrés", "días hábiles", "werkdagen",
             "giorni lavorativi")  # fmt: skip
WEEK_UNITS = ("week", "weeks", "woche", "wochen", "semaine", "semaines", "semana", "semanas",
              "weken", "settimana", "settimane", "fortnight")  # fmt: skip
MONTH_UNITS = ("month", "months", "monat", "monate", "monaten", "mois", "mes", "meses",
               "maand", "maanden", "mese", "mesi")  # fmt: skip
WITHIN = ("in", "within", "in the next", "within the next", "innerhalb", "innerhalb von",
          "innerhalb der nächsten", "in den nächsten", "binnen", "dans", "d'ici", "sous",
          "dans les", "en", "dentro de", "en los próximos", "en las próximas", "over",
          "binnen de", "tra", "fra", "entro", "nei prossimi", "nelle prossime")  # fmt: skip
ISO_WEEK = ("kw", "kw.", "cw", "wk", "week", "kalenderwoche", "woche", "semaine", "sem.",
            "semana", "settimana", "calendar week")  # fmt: skip


_PART_KEYS = {
    part: frozenset(" ".join(p.replace("-", " ").split()) for p in phrases)
    for part, phrases in PART_WORDS.items()
}


def part_of(word: str) -> str:
    """Which part of a period a word names: "end", "start" or "mid" ("Mitte" -> "mid")."""
    key = " ".join(word.lower().replace("-", " ").split())
    return next((part for part, keys in _PART_KEYS.items() if key in keys), "end")


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first, with any run of spaces matching "\\s+"."""
    unique = sorted(set(words), key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, word.split())) for word in unique)
