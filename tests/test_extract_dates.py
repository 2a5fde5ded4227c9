"""find_dates on fixed days: six languages, the ambiguity policy of tests/corpus/README.md."""

from __future__ import annotations

from datetime import date

import pytest

from daemon.core.extract_dates import find_dates

FRI = date(2026, 11, 20)  # a Friday
MON = date(2026, 11, 30)  # a Monday, the last day of its month
WED = date(2026, 12, 2)  # a Wednesday
D = date


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        # English
        ("we'll pay next Friday", FRI, D(2026, 11, 27)),  # on a Friday: strictly after
        ("payment goes out Friday", FRI, D(2026, 11, 27)),
        ("by Tuesday", FRI, D(2026, 11, 24)),
        ("this Thursday", WED, D(2026, 12, 3)),
        ("Tuesday next week", WED, D(2026, 12, 8)),
        ("next week", WED, D(2026, 12, 7)),
        ("early next week", WED, D(2026, 12, 7)),
        ("by the end of next week", WED, D(2026, 12, 11)),
        ("by the end of the week", WED, D(2026, 12, 4)),
        ("this week", WED, D(2026, 12, 4)),
        ("by the end of the month", MON, D(2026, 11, 30)),  # the same day on the 30th
        ("at month-end", FRI, D(2026, 11, 30)),
        ("end of next month", FRI, D(2026, 12, 31)),
        ("beginning of next month", FRI, D(2026, 12, 1)),
        ("the 15th", FRI, D(2026, 12, 15)),
        ("on the 1st", FRI, D(2026, 12, 1)),
        ("by the 20th", FRI, D(2026, 11, 20)),  # on or after
        ("on the 2nd of next month", FRI, D(2026, 12, 2)),
        ("in two weeks", FRI, D(2026, 12, 4)),
        ("in 10 days", FRI, D(2026, 11, 30)),
        ("within a week", FRI, D(2026, 11, 27)),
        ("in a fortnight", FRI, D(2026, 12, 4)),
        ("two weeks from now", FRI, D(2026, 12, 4)),
        ("in a month", FRI, D(2026, 12, 20)),
        ("tomorrow", FRI, D(2026, 11, 21)),
        ("the day after tomorrow", FRI, D(2026, 11, 22)),
        ("tonight", FRI, FRI),
        ("by close of business today", FRI, FRI),
        ("December 4th", FRI, D(2026, 12, 4)),
        ("Dec. 4, 2026", FRI, D(2026, 12, 4)),
        ("the 4th of December", FRI, D(2026, 12, 4)),
        ("mid-December", FRI, D(2026, 12, 15)),
        ("Friday's check run", MON, D(2026, 12, 4)),
        ("back on Monday, November 30", FRI, D(2026, 11, 30)),  # one date, not two
        ("on 2026-12-10", FRI, D(2026, 12, 10)),
        ("on 2026/12/10", FRI, D(2026, 12, 10)),
        ("in week 49", FRI, D(2026, 11, 30)),
        # German
        ("am Donnerstag", FRI, D(2026, 11, 26)),
        ("nächste Woche", FRI, D(2026, 11, 23)),
        ("Anfang nächster Woche", FRI, D(2026, 11, 23)),
        ("Mitte nächster Woche", FRI, D(2026, 11, 25)),
        ("Ende nächster Woche", FRI, D(2026, 11, 27)),
        ("Dienstag nächster Woche", FRI, D(2026, 11, 24)),
        ("nächste Woche Mittwoch", FRI, D(2026, 11, 25)),
        ("bis Ende des Monats", FRI, D(2026, 11, 30)),
        ("zum Monatsende", FRI, D(2026, 11, 30)),
        ("zum 15.12.", FRI, D(2026, 12, 15)),
        ("am 15.12 angewiesen", FRI, D(2026, 12, 15)),
        ("am 1. Dezember", FRI, D(2026, 12, 1)),
        ("am 3. Dez. 2026", FRI, D(2026, 12, 3)),
        ("in KW 49", FRI, D(2026, 11, 30)),
        ("KW49/2027", FRI, D(2027, 12, 6)),
        ("in zwei Wochen", FRI, D(2026, 12, 4)),
        ("innerhalb von 14 Tagen", FRI, D(2026, 12, 4)),
        ("übermorgen", FRI, D(2026, 11, 22)),
        ("Montag, den 30.11.", FRI, D(2026, 11, 30)),
        ("Mo., 30.11.", FRI, D(2026, 11, 30)),
        ("Mitte Dezember", FRI, D(2026, 12, 15)),
        ("Ende Dezember", FRI, D(2026, 12, 31)),
        ("Anfang nächsten Monats", FRI, D(2026, 12, 1)),
        ("am 15. nächsten Monats", FRI, D(2026, 12, 15)),
        ("bis zum 4.12.2026", FRI, D(2026, 12, 4)),
        ("am 04.12.26", FRI, D(2026, 12, 4)),
        # French
        ("demain", FRI, D(2026, 11, 21)),
        ("après-demain", FRI, D(2026, 11, 22)),
        ("vendredi", MON, D(2026, 12, 4)),
        ("lundi prochain", FRI, D(2026, 11, 23)),
        ("fin de mois", FRI, D(2026, 11, 30)),
        ("à la fin du mois", FRI, D(2026, 11, 30)),
        ("fin du mois prochain", FRI, D(2026, 12, 31)),
        ("le 1er décembre", FRI, D(2026, 12, 1)),
        ("le 15", FRI, D(2026, 12, 15)),
        ("d'ici le 10", FRI, D(2026, 12, 10)),
        ("dans deux semaines", FRI, D(2026, 12, 4)),
        ("dans huit jours", FRI, D(2026, 11, 27)),
        ("dans quinze jours", FRI, D(2026, 12, 4)),
        ("la semaine prochaine", FRI, D(2026, 11, 23)),
        ("mardi de la semaine prochaine", FRI, D(2026, 11, 24)),
        ("semaine 49", FRI, D(2026, 11, 30)),
        ("mi-décembre", FRI, D(2026, 12, 15)),
        ("vendredi 27", FRI, D(2026, 11, 27)),
        ("le 3 déc.", FRI, D(2026, 12, 3)),
        # Spanish
        ("mañana", FRI, D(2026, 11, 21)),
        ("pasado mañana", FRI, D(2026, 11, 22)),
        ("mañana por la mañana", FRI, D(2026, 11, 21)),
        ("el lunes que viene", FRI, D(2026, 11, 23)),
        ("el próximo viernes", FRI, D(2026, 11, 27)),
        ("a finales de mes", FRI, D(2026, 11, 30)),
        ("a finales del mes que viene", FRI, D(2026, 12, 31)),
        ("el día 15", FRI, D(2026, 12, 15)),
        ("el 15 de diciembre", FRI, D(2026, 12, 15)),
        ("el 1º de diciembre de 2026", FRI, D(2026, 12, 1)),
        ("la próxima semana", FRI, D(2026, 11, 23)),
        ("el martes de la semana que viene", FRI, D(2026, 11, 24)),
        ("dentro de dos semanas", FRI, D(2026, 12, 4)),
        ("a mediados de diciembre", FRI, D(2026, 12, 15)),
        ("esta mañana", FRI, FRI),
        # Dutch
        ("morgen", FRI, D(2026, 11, 21)),
        ("overmorgen", FRI, D(2026, 11, 22)),
        ("eind van de maand", FRI, D(2026, 11, 30)),
        ("eind volgende maand", FRI, D(2026, 12, 31)),
        ("dinsdag volgende week", WED, D(2026, 12, 8)),
        ("volgende week", FRI, D(2026, 11, 23)),
        ("over twee weken", FRI, D(2026, 12, 4)),
        ("op 4 december", FRI, D(2026, 12, 4)),
        ("uiterlijk 15 december 2026", FRI, D(2026, 12, 15)),
        ("op de 15e", FRI, D(2026, 12, 15)),
        ("vrijdag", MON, D(2026, 12, 4)),
        ("komende maandag", FRI, D(2026, 11, 23)),
        ("binnen 5 werkdagen", FRI, D(2026, 11, 25)),
        # Italian
        ("domani", FRI, D(2026, 11, 21)),
        ("dopodomani", FRI, D(2026, 11, 22)),
        ("lunedì prossimo", FRI, D(2026, 11, 23)),
        ("entro fine mese", FRI, D(2026, 11, 30)),
        ("fine del prossimo mese", FRI, D(2026, 12, 31)),
        ("Paghiamo il 10, promesso.", FRI, D(2026, 12, 10)),
        ("entro il 10", FRI, D(2026, 12, 10)),
        ("il 1° dicembre", FRI, D(2026, 12, 1)),
        ("mercoledì 9 dicembre", FRI, D(2026, 12, 9)),
        ("la prossima settimana", FRI, D(2026, 11, 23)),
        ("tra due settimane", FRI, D(2026, 12, 4)),
        ("a metà dicembre", FRI, D(2026, 12, 15)),
        ("stamattina", FRI, FRI),
    ],
)
def test_find_dates_reads_six_languages(text: str, today: date, expected: date) -> None:
    assert find_dates(text, today=today, month_first=False) == (expected,)


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        ("we sent the check Friday", MON, D(2026, 11, 27)),
        ("paid on Monday", MON, D(2026, 11, 23)),  # strictly before
        ("paid last Friday", WED, D(2026, 11, 27)),
        ("paid yesterday", FRI, D(2026, 11, 19)),
        ("paid on the 15th", FRI, D(2026, 11, 15)),
        ("Paid on 19/11 by bank transfer", FRI, D(2026, 11, 19)),
        ("heute Morgen überwiesen", FRI, FRI),
        ("vorgestern überwiesen", FRI, D(2026, 11, 18)),
        ("payé hier", FRI, D(2026, 11, 19)),
        ("pagado el 2 de diciembre", WED, D(2026, 12, 2)),
        ("betaald op 24 november", MON, D(2026, 11, 24)),
        ("pagato l'altro ieri", FRI, D(2026, 11, 18)),
    ],
)
def test_find_dates_past_payments(text: str, today: date, expected: date) -> None:
    assert find_dates(text, today=today, past=True, month_first=False) == (expected,)


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        ("el viernes pasado", WED, D(2026, 11, 27)),  # "last" needs no past flag
        ("afgelopen vrijdag", WED, D(2026, 11, 27)),
        ("venerdì scorso", WED, D(2026, 11, 27)),
        ("vendredi dernier", WED, D(2026, 11, 27)),
        ("letzten Freitag", WED, D(2026, 11, 27)),
    ],
)
def test_find_dates_last_weekday(text: str, today: date, expected: date) -> None:
    assert find_dates(text, today=today) == (expected,)


@pytest.mark.parametrize(
    ("text", "month_first", "expected"),
    [
        ("scheduled for payment on 12/10", True, D(2026, 12, 10)),  # a US sender
        ("scheduled for payment on 12/10", False, D(2027, 10, 12)),  # a European one
        ("by 12/15", False, D(2026, 12, 15)),  # 15 cannot be a month
        ("by 15/12", True, D(2026, 12, 15)),
        ("on 12/01/2026", True, D(2026, 12, 1)),
        ("on 01/12/2026", False, D(2026, 12, 1)),
        ("le 04/12/2026", False, D(2026, 12, 4)),
        ("15.12.", True, D(2026, 12, 15)),  # dots are day first everywhere
    ],
)
def test_find_dates_numeric_by_locale(text: str, month_first: bool, expected: date) -> None:
    assert find_dates(text, today=WED, month_first=month_first) == (expected,)


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        ("the 5th", D(2026, 12, 28), D(2027, 1, 5)),
        ("January 10", D(2026, 12, 28), D(2027, 1, 10)),
        ("KW 2", D(2026, 12, 28), D(2027, 1, 11)),
        ("end of the month", D(2026, 12, 28), D(2026, 12, 31)),
        ("end of next month", D(2026, 12, 28), D(2027, 1, 31)),
        ("next Monday", D(2026, 12, 28), D(2027, 1, 4)),
        ("on 29 February", D(2027, 3, 1), D(2028, 2, 29)),
        ("by the end of the quarter", D(2027, 2, 8), D(2027, 3, 31)),
        ("zum Quartalsende", D(2026, 11, 20), D(2026, 12, 31)),
        ("avant la fin du trimestre", D(2027, 4, 1), D(2027, 6, 30)),
        ("a fine trimestre", D(2027, 9, 30), D(2027, 9, 30)),
    ],
)
def test_find_dates_across_the_year(text: str, today: date, expected: date) -> None:
    assert find_dates(text, today=today) == (expected,)


@pytest.mark.parametrize(
    "text",
    [
        "Guten Morgen",
        "Goedemorgen, goede morgen",
        "llamamos por la mañana",
        "invoice 12345",
        "INV-2026-0431",
        "version 2.0.1",
        "31.02.2026",
        "13/45/2026",
        "a 3 month plan",
        "we paid 50%",
        "il 10% di sconto",
        "el 3% de descuento",
        "at 10:30",
        "Tel. +49 711 555 2041",
        "12,50 €",
        "we may need more time",
        "do 3 payments",
        "in January",
        "next month",
        "1st reminder",
        "",
    ],
)
def test_find_dates_ignores_non_dates(text: str) -> None:
    assert find_dates(text, today=FRI, month_first=False) == ()


@pytest.mark.parametrize(
    ("language", "found"), [("nl", ()), ("de", ()), ("fr", (D(2026, 11, 19),))]
)
def test_hier_is_yesterday_only_in_french(language: str, found: tuple[date, ...]) -> None:
    assert find_dates("hier", today=FRI, language=language) == found


def test_hier_without_a_language_reads_the_next_word() -> None:
    assert find_dates("Hier is de referentie", today=FRI) == ()
    assert find_dates("Nous avons payé hier.", today=FRI) == (D(2026, 11, 19),)


def test_find_dates_keeps_reading_order() -> None:
    text = "Wir zahlen die Hälfte am 4.12. und den Rest Ende des Monats, spätestens 2026-12-31."
    assert find_dates(text, today=FRI) == (D(2026, 12, 4), D(2026, 11, 30), D(2026, 12, 31))


def test_find_dates_reads_a_long_reply_whole() -> None:
    # Speed is bench/classify.py's to print, not a test's to time; here the 3 kB reply is read
    # to its end, each sentence's dates in order.
    text = (
        "Hello, thanks for the reminder. We will pay invoice INV-2026-0431 of 1.480,00 EUR next "
        "Friday, or at the latest by the end of the month. Paid INV-2026-0398 on 12/01/2026. "
    ) * 20
    found = find_dates(text, today=FRI)
    assert len(found) == 60
    assert found[:3] == found[3:6]
