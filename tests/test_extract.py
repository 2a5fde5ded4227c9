"""Extractors on fixed dates: dates, amounts, references, addresses."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from daemon.core.extract import find_addresses, find_amounts, find_dates, find_reference

TODAY = date(2026, 11, 20)  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on 2026-12-01", date(2026, 12, 1)),
        ("by 12/01/2026", date(2026, 12, 1)),  # US: month first
        ("am 01.12.2026", date(2026, 12, 1)),  # German: day first
        ("bis zum 1.12.", date(2026, 12, 1)),
        ("on 1 December 2026", date(2026, 12, 1)),
        ("on December 1", date(2026, 12, 1)),
        ("by Dec 1st", date(2026, 12, 1)),
        ("Dec 1st, 2027", date(2027, 12, 1)),
        ("am 1. Dezember", date(2026, 12, 1)),
        ("today", date(2026, 11, 20)),
        ("tomorrow", date(2026, 11, 21)),
        ("morgen", date(2026, 11, 21)),
        ("next Friday", date(2026, 11, 27)),
        ("Thursday week", date(2026, 12, 3)),  # British: a week after the coming Thursday (26th)
        ("Friday week for definite", date(2026, 12, 4)),
        ("nächsten Montag", date(2026, 11, 23)),
        ("by the end of the month", date(2026, 11, 30)),
        ("Ende des Monats", date(2026, 11, 30)),
        ("in 10 days", date(2026, 11, 30)),
        ("on November 1", date(2027, 11, 1)),  # no year and long past: next year's
    ],
)
def test_find_dates_resolves_against_today(text: str, expected: date) -> None:
    assert find_dates(text, today=TODAY) == (expected,)


@pytest.mark.parametrize(
    ("text", "lookback", "expected"),
    [
        ("paid on Nov 15", 7, date(2026, 11, 15)),  # a few days ago: this year
        ("paid on Nov 15", 0, date(2027, 11, 15)),
        ("paid yesterday", 7, date(2026, 11, 19)),
    ],
)
def test_find_dates_looks_back_for_payments(text: str, lookback: int, expected: date) -> None:
    assert find_dates(text, today=TODAY, lookback_days=lookback) == (expected,)


@pytest.mark.parametrize(
    "text", ["Guten Morgen", "invoice 12345", "version 2.0.1", "31.02.2026", "13/45/2026", ""]
)
def test_find_dates_ignores_non_dates(text: str) -> None:
    assert find_dates(text, today=TODAY) == ()


def test_find_dates_keeps_reading_order() -> None:
    text = "away from 2026-12-01 until December 5"
    assert find_dates(text, today=TODAY) == (date(2026, 12, 1), date(2026, 12, 5))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$1,234.56", (Decimal("1234.56"), "USD")),
        ("$48,920.00 MXN", (Decimal("48920.00"), "MXN")),
        ("$ 1,200 CAD by cheque", (Decimal("1200.00"), "CAD")),
        ("per Euro 936,40.", (Decimal("936.40"), "EUR")),
        ("1.234,56 €", (Decimal("1234.56"), "EUR")),
        ("EUR 500", (Decimal("500"), "EUR")),
        ("USD 1,200", (Decimal("1200"), "USD")),
        ("12,50 EUR", (Decimal("12.50"), "EUR")),
        ("£99.5", (Decimal("99.5"), "GBP")),
        ("300 euros", (Decimal("300"), "EUR")),
        ("1,234.56 USD", (Decimal("1234.56"), "USD")),
        ("1 234,56 €", (Decimal("1234.56"), "EUR")),
        ("1\u202f234,56 EUR", (Decimal("1234.56"), "EUR")),  # a narrow no-break space
        ("CHF 1'234.50", (Decimal("1234.50"), "CHF")),
        ("1\u2019234.50 Franken", (Decimal("1234.50"), "CHF")),
        ("Fr. 250.-", (Decimal("250.00"), "CHF")),
        ("€ 1.200", (Decimal("1200.00"), "EUR")),
        ("EUR 1.200,00", (Decimal("1200.00"), "EUR")),
        ("$1,250", (Decimal("1250.00"), "USD")),
        ("$389", (Decimal("389.00"), "USD")),
        ("1250 USD", (Decimal("1250.00"), "USD")),
        ("1.250 euros", (Decimal("1250.00"), "EUR")),
        ("2.000 dólares", (Decimal("2000.00"), "USD")),
        ("500 dollari", (Decimal("500.00"), "USD")),
        ("£418.20", (Decimal("418.20"), "GBP")),
        ("1.480,00 EUR", (Decimal("1480.00"), "EUR")),
        ("C$ 2,300.00", (Decimal("2300.00"), "CAD")),
        ("¥50,000", (Decimal("50000"), "JPY")),
    ],
)
def test_find_amounts_needs_a_currency(text: str, expected: tuple[Decimal, str]) -> None:
    assert find_amounts(f"we sent {text} today") == (expected,)


def test_find_amounts_gives_cents() -> None:
    assert str(find_amounts("check for $389")[0][0]) == "389.00"


def test_find_amounts_reads_a_payment_advice_total() -> None:
    advice = (
        "Currency:     USD\n\n"
        "Invoice No.      Invoice Date   Gross Amt   Discount    Net Paid\n"
        "INV-2026-0455    09/28/2026     2,114.60       0.00     2,114.60\n"
        "INV-2026-0471    10/05/2026     3,247.75       0.00     3,247.75\n"
        "TOTAL                           5,362.35       0.00     5,362.35\n"
    )
    assert find_amounts(advice) == ((Decimal("5362.35"), "USD"),)


def test_find_amounts_puts_the_total_first() -> None:
    text = "Line 1: EUR 100,00\nLine 2: EUR 200,00\nGesamtbetrag: EUR 300,00"
    assert [value for value, _code in find_amounts(text)] == [300, 100, 200]


@pytest.mark.parametrize(
    "text",
    [
        "invoice 12345",
        "order no. 1,234",
        "on 12/01/2026",
        "Tel. +49 711 555 2041",
        "INV-2026-0431",
        "TOTAL 3 invoices",
        "",
    ],
)
def test_find_amounts_ignores_bare_numbers(text: str) -> None:
    assert find_amounts(text) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("check #12345 is in the mail", "12345"),
        ("cheque no. 1234", "1234"),
        ("ref: ABC123", "ABC123"),
        ("transaction ID TX-99812", "TX-99812"),
        ("Überweisung mit Referenz RE-2026-77", "RE-2026-77"),
        ("Verwendungszweck: R4711", "R4711"),
        ("for invoice #123", ""),  # an invoice number is not a payment reference
        ("see reference below", ""),
        ("check #10442 for $389", "10442"),
        ("Scheck Nr. 55512 ist unterwegs", "55512"),
        ("par chèque no 4471203, posté hier", "4471203"),
        ("con el cheque nº 00981", "00981"),
        ("con assegno n. 887766", "887766"),
        ("Referencia de la transferencia: TRF20261120-5561.", "TRF20261120-5561"),
        ("référence du virement : VIR-88420193", "VIR-88420193"),
        ("virement réf. VIR-88420193", "VIR-88420193"),
        ("riferimento bonifico: 0306909606543210", "0306909606543210"),
        ("CRO 0306909606543210", "0306909606543210"),
        ("numero CRO: 12345678901", "12345678901"),
        ("TRN 20261124ABC", "20261124ABC"),
        ("UETR eb6305c9-1f7f-49de-aed0-16487c27b42d", "eb6305c9-1f7f-49de-aed0-16487c27b42d"),
        ("ACH trace number 021000021-4471902", "021000021-4471902"),
        ("betalingskenmerk 1234 5678 9012 3456", "1234 5678 9012 3456"),
        ("overboeking met kenmerk NL-4471", "NL-4471"),
        ("via onze betaalbatch BTL-2026-11-24-0087.", "BTL-2026-11-24-0087"),
        ("he gave me conf # 88213", "88213"),
        ("confirmation number: 7Q2K9", "7Q2K9"),
        ("our ref FT26323GB0417", "FT26323GB0417"),
        ("BACS payment made, reference NWS0526, £418.20", "NWS0526"),
        ("Payment document 1500087213", "1500087213"),
        ("Payment no.:  000418839", "000418839"),
        ("Die Zahlungsreferenz lautet ZR-2026-11.", "ZR-2026-11"),
        ("Rechnung INV-2026-0431 (Verwendungszweck: INV-2026-0431)", ""),
        ("Verwendungszweck: Rechnung 4711", ""),
        ("the payment of 1,250.00 went out", ""),
        ("payment on 12/03/2026", ""),
        ("Check No     Date         Amount\n20931        11/20/2026   1,250.00", "20931"),
        ("Invoice No.   Payment ID\nINV-2026-0455   PX-99812", "PX-99812"),
        # "number" is one word: "num" must not take its start and leave "ber" as the value.
        ("We paid yesterday, check number 1234 for $1,550.00.", "1234"),
        ("cheque number 88120 posted", "88120"),
        ("Scheck Nummer 55120", "55120"),
        ("pago por SPEI, la clave de rastreo es BNET0120261120998", "BNET0120261120998"),
        ("met gestructureerde mededeling +++121/0045/88712+++ betaald", "+++121/0045/88712+++"),
        ("Payment run completed. Payment ACH0077125 was sent to you.", "ACH0077125"),
        ("Aviso de pago - N.º de pago 4500012345", "4500012345"),
        ("The UTR no. for the same is SBINR52026112500123.", "SBINR52026112500123"),
        ("Die Transaktionsnummer laut Bankauszug lautet 20261125-0091.", "20261125-0091"),
        ("unsere Auftragsnummer 2026112500219", "2026112500219"),
        ("Payment received for Invoice INV-2026-0088", ""),
    ],
)
def test_find_reference(text: str, expected: str) -> None:
    assert find_reference(text) == expected


def test_find_addresses_lower_cases_and_excludes() -> None:
    text = "Write to Jane.Doe@Example.COM. or ar@us.example, again jane.doe@example.com"
    assert find_addresses(text, exclude=["AR@us.example"]) == ("jane.doe@example.com",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("copying our AP team (ap@oakhaven.example) who can help", ("ap@oakhaven.example",)),
        ("Bitte an <buchhaltung@firma.example> schreiben.", ("buchhaltung@firma.example",)),
        ("écrivez à compta@societe.example.", ("compta@societe.example",)),
        ("mailto:cuentas@empresa.example", ("cuentas@empresa.example",)),
        ("> From: ar@us.example\n> please pay", ()),  # a quoted reminder
        ("From: Jane <jane@customer.example>\nSent: Monday", ()),
        ("Von: ar@us.example\nAn: jane@customer.example", ()),
        ("On Mon, Nov 23, 2026 at 10:02 AM AR <ar@us.example> wrote:", ()),
        ("Il giorno lun 23 nov 2026 alle ore 10:02 AR <ar@us.example> ha scritto:", ()),
        ("Use finance@new.example\nFrom: ar@us.example", ("finance@new.example",)),
    ],
)
def test_find_addresses_skips_quoted_reminders(text: str, expected: tuple[str, ...]) -> None:
    assert find_addresses(text) == expected


def test_find_addresses_can_keep_quoted_lines() -> None:
    assert find_addresses("> ar@us.example", skip_quoted=False) == ("ar@us.example",)
