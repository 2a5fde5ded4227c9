"""Reading the ledger export: CSV realities, one rule per test, each with its line and reason."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from daemon.config.ledger import ContactColumns, LedgerColumns, LedgerConfig
from daemon.core.ledger import ParsedLedger, parse_ledger, without_problems
from daemon.core.money import AmountError, parse_amount
from daemon.errors import Problem

DATA = Path(__file__).parent / "data" / "ledger"
EXAMPLES = Path(__file__).parent.parent / "examples"
HEADER = [name for name in LedgerColumns().model_dump().values() if name is not None]
# Only the columns the quoted-newline fixture has; every other column is declared absent.
MINIMAL = LedgerColumns(
    customer_tags=None,
    customer_timezone=None,
    customer_language=None,
    customer_country=None,
    contact_first_name=None,
    contact_last_name=None,
    contact_email=None,
    contact_phone=None,
    contact_fax=None,
    balance=None,
    currency=None,
    po_number=None,
    pdf_path=None,
    pay_link=None,
)


def row(**cells: str) -> dict[str, str]:
    """A good row with the default headers; keyword arguments override cells by header name."""
    base = {
        "customer_id": "C1",
        "customer_name": "Acme Corp",
        "tags": "key-account|net60",
        "timezone": "America/New_York",
        "language": "en",
        "country": "us",
        "contact_first_name": "Dana",
        "contact_last_name": "Whitfield",
        "contact_email": "dana@example.com",
        "contact_phone": "+1 212-555-0143",
        "contact_fax": "",
        "invoice_number": "INV-1",
        "invoice_date": "2026-09-01",
        "due_date": "2026-10-01",
        "amount": "100.00",
        "balance": "",
        "currency": "USD",
        "po_number": "PO-1",
        "terms": "Net 30",
        "pdf": "invoices/INV-1.pdf",
        "pay_link": "https://pay.example.com/i/INV-1",
    }
    return base | cells


def table(
    *rows: dict[str, str], header: list[str] = HEADER, delimiter: str = ",", quote_all: bool = False
) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    if quote_all:
        writer = csv.writer(out, delimiter=delimiter, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(header)
    writer.writerows([r.get(name, "") for name in header] for r in rows)
    return out.getvalue()


def parse(text: str, contacts: str | None = None, **config: Any) -> ParsedLedger:
    return parse_ledger(
        text,
        LedgerConfig(**config),
        source="t.csv",
        contacts_text=contacts,
        contacts_source="c.csv",
    )


def only_problem(parsed: ParsedLedger) -> Problem:
    assert len(parsed.problems) == 1, parsed.problems
    return parsed.problems[0]


# -- fixtures and the example ------------------------------------------------------------------


def test_examples_parse_without_problems() -> None:
    ledger = (EXAMPLES / "ledger.csv").read_text(encoding="utf-8-sig")
    contacts = (EXAMPLES / "contacts.csv").read_text(encoding="utf-8-sig")
    parsed = parse(ledger, contacts)
    assert parsed.problems == ()
    assert len(parsed.customers) == 12
    assert len(parsed.invoices) == parsed.rows_read >= 24
    assert {i.currency for i in parsed.invoices.values()} == {"USD", "EUR"}
    assert any(i.is_credit_note for i in parsed.invoices.values())
    assert any(i.balance < i.amount for i in parsed.invoices.values() if i.amount > 0)
    assert all(sum(c.primary for c in cs) == 1 for cs in parsed.contacts.values())
    assert set(parsed.contacts) == set(parsed.customers)
    assert max(len(cs) for cs in parsed.contacts.values()) == 2


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8"])  # utf-8 leaves a stray BOM in
def test_german_export_with_bom_semicolons_and_comma_decimals(encoding: str) -> None:
    text = (DATA / "german_bom_semicolon.csv").read_bytes().decode(encoding)
    columns = LedgerColumns(
        customer_id="Kundennr",
        customer_name="Kunde",
        customer_tags=None,
        customer_timezone="Zeitzone",
        customer_language="Sprache",
        customer_country="Land",
        contact_first_name="Vorname",
        contact_last_name="Nachname",
        contact_email="E-Mail",
        contact_phone="Telefon",
        contact_fax=None,
        invoice_number="Rechnungsnr",
        issue_date="Rechnungsdatum",
        due_date="Fällig",
        amount="Betrag",
        balance="Offen",
        currency="Währung",
        po_number="Bestellnr",
        terms="Zahlungsbedingung",
        pdf_path=None,
        pay_link=None,
    )
    config = {"decimal_separator": ",", "thousands_separator": ".", "date_format": "%d.%m.%Y"}
    parsed = parse(text, columns=columns, **config)
    assert parsed.problems == ()
    assert parsed.rows_read == 3
    first, second, credit = parsed.invoices.values()
    assert (first.amount, first.due_date, first.po_number) == (
        Decimal("1234.56"),
        date(2026, 10, 15),
        "4500012345",
    )
    assert (second.amount, second.balance) == (Decimal("12500.00"), Decimal("7500.00"))
    assert second.terms == "14 Tage 2 % Skonto; 30 Tage netto"
    assert (credit.amount, credit.currency, credit.is_credit_note) == (
        Decimal("-450.00"),
        "EUR",
        True,
    )
    assert parsed.customers["D1"].country == "DE"
    assert parsed.customers["D2"].name == "Brandt Maschinenbau AG"  # whitespace around it dropped
    assert [c.email for c in parsed.contacts["D1"]] == ["s.krueger@example.de"]  # case-insensitive


def test_quoted_newlines_keep_later_line_numbers_right() -> None:
    text = (DATA / "quoted_newlines.csv").read_text(encoding="utf-8")
    parsed = parse(text, columns=MINIMAL)
    assert parsed.problems == (
        Problem("t.csv:8", 'due_date: "2026-13-04" is not a date in format %Y-%m-%d'),
        Problem(
            "t.csv:10", "amount: \"12.3.4\" is not an amount (more than one decimal separator '.')"
        ),
        Problem(
            "t.csv:11", 'customer_name: "Initech\\nBcc: victim@example.com" contains a line break'
        ),
        Problem("t.csv:13", "expected 7 fields, found 6"),
    )
    assert parsed.invoices["INV-1"].terms == "Net 30\nlate fee 1.5 % per month\nsee contract"
    assert sorted(parsed.invoices) == ["INV-1", "INV-2", "INV-3", "INV-8"]
    assert parsed.rows_read == 8
    assert parsed.skipped_invoices == {"INV-4", "INV-5", "INV-6", "INV-7"}


def test_crlf_line_endings_count_the_same() -> None:
    text = table(row(), row(invoice_number="INV-2", due_date="x")).replace("\n", "\r\n")
    problem = only_problem(parse(text))
    assert problem == Problem("t.csv:3", 'due_date: "x" is not a date in format %Y-%m-%d')


# -- the file as a whole ---------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "\n\n", "\ufeff", "  \r\n"])
def test_empty_file_is_one_problem(text: str) -> None:
    parsed = parse(text)
    assert parsed.problems == (Problem("t.csv:1", "the file is empty: no header row"),)
    assert parsed.unreadable
    with pytest.raises(ValueError, match="could not be read"):
        without_problems(parsed)


def test_missing_column_names_it_and_lists_the_headers_found() -> None:
    header = [name for name in HEADER if name not in ("due_date", "balance")]
    problem = only_problem(parse(table(row(), header=header)))
    assert problem.where == "t.csv:1"
    assert problem.what == ('missing column "due_date", "balance"; found: ' + ", ".join(header))


def test_a_column_set_to_null_may_be_absent() -> None:
    header = [name for name in HEADER if name != "balance"]
    parsed = parse(table(row(amount="80.00"), header=header), columns=LedgerColumns(balance=None))
    assert parsed.problems == ()
    assert parsed.invoices["INV-1"].balance == Decimal("80.00")


def test_a_column_twice_is_a_header_problem() -> None:
    problem = only_problem(parse(table(row(), header=[*HEADER, "Amount"])))
    assert problem.where == "t.csv:1"
    assert problem.what.startswith('column "amount" appears more than once; found: ')


def test_headers_match_whatever_their_case_and_padding() -> None:
    header = [f" {name.upper()} " for name in HEADER]
    text = table(row(), header=HEADER).replace(",".join(HEADER), ",".join(header), 1)
    assert parse(text).problems == ()


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiter_is_sniffed_from_the_header(delimiter: str) -> None:
    text = table(row(customer_name="Smith, Jones; Partners | Co"), delimiter=delimiter)
    parsed = parse(text)
    assert parsed.problems == ()
    assert parsed.customers["C1"].name == "Smith, Jones; Partners | Co"
    assert parsed.customers["C1"].tags == ("key-account", "net60")


def test_sniffing_ignores_delimiters_inside_quoted_headers() -> None:
    notes = ";".join(["notes"] * 30)  # more semicolons than the header has commas
    text = f'"{notes}",' + table(row()).replace("\n", "\n,", 1)
    parsed = parse(text)
    assert parsed.problems == ()
    assert list(parsed.invoices) == ["INV-1"]


def test_configured_delimiter_is_used_as_is() -> None:
    parsed = parse(table(row(), delimiter=";"), delimiter=",")
    assert only_problem(parsed).what.startswith('missing column "customer_id"')


def test_blank_rows_anywhere_are_skipped_and_not_counted() -> None:
    text = table(row(), row(invoice_number="INV-2"))
    lines = text.splitlines()
    text = "\n".join([lines[0], "", lines[1], ",,,,", "   ", lines[2], "", "", ""])
    parsed = parse(text)
    assert parsed.problems == ()
    assert parsed.rows_read == 2


def test_whitespace_around_values_is_dropped() -> None:
    parsed = parse(
        table(row(customer_id=" C1 ", amount="  100.00 ", contact_email=" d@example.com "))
    )
    assert parsed.problems == ()
    assert parsed.invoices["INV-1"].customer_id == "C1"
    assert parsed.contacts["C1"][0].email == "d@example.com"


def test_wrong_number_of_fields_is_an_error_on_that_row() -> None:
    text = table(row(), row(invoice_number="INV-2")) + "C1,Acme Corp,too,short\n"
    parsed = parse(text)
    assert parsed.problems == (Problem("t.csv:4", "expected 21 fields, found 4"),)
    assert sorted(parsed.invoices) == ["INV-1", "INV-2"]


def test_an_unclosed_quote_is_reported_where_the_row_starts() -> None:
    text = table(row()) + 'C1,"Acme Corp\n'
    problem = only_problem(parse(text))
    assert problem.where == "t.csv:3"
    assert problem.what.startswith("unreadable CSV: ")


def test_text_after_a_closing_quote_is_an_error_and_reading_goes_on() -> None:
    lines = table(row(), row(invoice_number="INV-2")).splitlines()
    text = "\n".join([lines[0], lines[1].replace("Acme Corp", '"Acme" Corp'), lines[2]])
    parsed = parse(text)
    assert parsed.problems == (Problem("t.csv:2", "unreadable CSV: ',' expected after '\"'"),)
    assert list(parsed.invoices) == ["INV-2"]


# -- rules, one per test -------------------------------------------------------------------------


def test_date_in_the_configured_format() -> None:
    text = table(row(invoice_date="01/02/2026", due_date="31/02/2026"))
    problem = only_problem(parse(text, date_format="%d/%m/%Y"))
    assert problem == Problem("t.csv:2", 'due_date: "31/02/2026" is not a date in format %d/%m/%Y')


@pytest.mark.parametrize("column", ["customer_id", "customer_name", "invoice_number", "amount"])
def test_required_values(column: str) -> None:
    problem = only_problem(parse(table(row(**{column: ""}))))
    assert problem == Problem("t.csv:2", f"{column}: missing value")


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        ("12,3,4", "thousands separator ',' not every three digits"),
        ("1,23.45", "thousands separator ',' not every three digits"),
        ("12.34.56", "more than one decimal separator '.'"),
        ("12a", "unexpected 'a'"),
        ("(12.00", "unexpected '('"),
        ("-(12.00)", "both parentheses and a minus sign"),
        ("USD", "unexpected 'U'"),
        ("12.", "only digits may follow the decimal separator '.'"),
    ],
)
def test_amount_is_strict(cell: str, reason: str) -> None:
    problem = only_problem(parse(table(row(amount=cell)), thousands_separator=","))
    assert problem == Problem("t.csv:2", f'amount: "{cell}" is not an amount ({reason})')


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("1,234.56", "1234.56"),
        ("$1,234.56", "1234.56"),
        ("USD 1,234.56", "1234.56"),
        ("1,234.56 USD", "1234.56"),
        ("(1,234.56)", "-1234.56"),
        ("-$ 1,234.56", "-1234.56"),
        ("$(1,234.56)", "-1234.56"),
        ("\u22121,234.56", "-1234.56"),
        ("0.00", "0.00"),
        ("1234", "1234"),
    ],
)
def test_amount_tolerates_currency_and_negative_styles(cell: str, value: str) -> None:
    parsed = parse(table(row(amount=cell, balance="0")), thousands_separator=",")
    assert parsed.problems == ()
    assert parsed.invoices["INV-1"].amount == Decimal(value)


def test_separators_must_differ() -> None:
    problem = only_problem(parse(table(row()), decimal_separator=",", thousands_separator=","))
    assert (
        problem.what
        == "amount: \"100.00\" is not an amount (decimal and thousands separators are both ',')"
    )


def test_duplicate_invoice_number_names_the_first_line() -> None:
    text = table(row(), row(invoice_number="INV-2"), row(amount="5.00"))
    parsed = parse(text)
    assert parsed.problems == (
        Problem("t.csv:4", 'invoice_number: "INV-1" already appears on line 2'),
    )
    assert parsed.invoices["INV-1"].amount == Decimal("100.00")


def test_same_customer_with_another_name_is_an_error() -> None:
    text = table(row(), row(invoice_number="INV-2", customer_name="ACME Corporation"))
    problem = only_problem(parse(text))
    assert problem == Problem(
        "t.csv:3",
        'customer_name: "ACME Corporation" differs from "Acme Corp" on line 2 for customer C1',
    )


def test_same_customer_with_other_tags_is_an_error() -> None:
    text = table(row(), row(invoice_number="INV-2", tags="net60|key-account|vip"))
    problem = only_problem(parse(text))
    assert problem.where == "t.csv:3"
    assert problem.what.startswith('tags: "net60|key-account|vip" differs from "key-account|net60"')


def test_balance_with_another_sign_than_the_amount() -> None:
    problem = only_problem(parse(table(row(amount="100.00", balance="-5.00"))))
    assert problem == Problem(
        "t.csv:2", 'balance: "-5.00" has a different sign than amount "100.00"'
    )


def test_balance_above_the_amount() -> None:
    problem = only_problem(parse(table(row(amount="-100.00", balance="-100.01"))))
    assert problem == Problem("t.csv:2", 'balance: "-100.01" exceeds amount "-100.00"')


def test_balance_defaults_to_the_amount_and_may_be_zero() -> None:
    parsed = parse(table(row(), row(invoice_number="INV-2", balance="0")))
    assert parsed.invoices["INV-1"].balance == Decimal("100.00")
    assert parsed.invoices["INV-2"].balance == 0


def test_due_date_before_issue_date() -> None:
    problem = only_problem(parse(table(row(invoice_date="2026-09-01", due_date="2026-08-31"))))
    assert problem == Problem(
        "t.csv:2", 'due_date: "2026-08-31" is before invoice_date "2026-09-01"'
    )


def test_credit_note_is_valid() -> None:
    parsed = parse(table(row(amount="-250.00", balance="-100.00", due_date="2026-09-01")))
    assert parsed.problems == ()
    invoice = parsed.invoices["INV-1"]
    assert (invoice.is_credit_note, invoice.balance) == (True, Decimal("-100.00"))


def test_currency_defaults_and_is_three_letters() -> None:
    text = table(row(currency=""), row(invoice_number="INV-2", currency="usd"))
    parsed = parse(text, default_currency="CHF")
    assert [i.currency for i in parsed.invoices.values()] == ["CHF", "USD"]
    problem = only_problem(parse(table(row(currency="EURO"))))
    assert problem == Problem("t.csv:2", 'currency: "EURO" is not a 3-letter currency code')


def test_currency_column_absent_means_the_default() -> None:
    header = [name for name in HEADER if name != "currency"]
    parsed = parse(
        table(row(), header=header), columns=LedgerColumns(currency=None), default_currency="GBP"
    )
    assert parsed.invoices["INV-1"].currency == "GBP"


@pytest.mark.parametrize(
    "link", ["ftp://pay.example.com/x", "javascript:alert(1)", "https://", "pay.example.com"]
)
def test_pay_link_must_be_http(link: str) -> None:
    problem = only_problem(parse(table(row(pay_link=link))))
    assert problem == Problem("t.csv:2", f'pay_link: "{link}" is not an http(s) URL')


@pytest.mark.parametrize(
    "email", ["a@b@example.com", "dana whitfield@example.com", "dana", "@example.com"]
)
def test_email_is_checked_loosely(email: str) -> None:
    problem = only_problem(parse(table(row(contact_email=email))))
    assert problem == Problem("t.csv:2", f'contact_email: "{email}" is not an email address')


@pytest.mark.parametrize(
    "column",
    [
        "customer_name",
        "contact_first_name",
        "contact_last_name",
        "contact_email",
        "invoice_number",
        "po_number",
    ],
)
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_breaks_in_header_bound_fields(column: str, newline: str) -> None:
    value = f"x{newline}Bcc: all@example.com"
    # QUOTE_ALL: the csv module would leave a lone CR unquoted, which reads as a line break.
    parsed = parse(table(row(**{column: value}), row(invoice_number="INV-2"), quote_all=True))
    shown = value.replace("\r", "\\r").replace("\n", "\\n")
    assert parsed.problems == (Problem("t.csv:2", f'{column}: "{shown}" contains a line break'),)


def test_line_breaks_elsewhere_are_kept() -> None:
    parsed = parse(table(row(terms="Net 30\n1.5 % late fee")))
    assert parsed.problems == ()
    assert parsed.invoices["INV-1"].terms == "Net 30\n1.5 % late fee"


@pytest.mark.parametrize(
    "name",
    [
        '=HYPERLINK("http://x.example","pay")',
        "+1 Plumbing",
        "-dash- Ltd",
        "@home GmbH",
        "Smith-Jones",
    ],
)
def test_formula_like_text_is_kept_verbatim(name: str) -> None:
    parsed = parse(table(row(customer_name=name, po_number="-42", contact_last_name="=1+1")))
    assert parsed.problems == ()
    assert parsed.customers["C1"].name == name
    assert parsed.invoices["INV-1"].po_number == "-42"
    assert parsed.contacts["C1"][0].last_name == "=1+1"


def test_customer_fields_are_normalised() -> None:
    parsed = parse(table(row(tags=" vip | net60 ||vip", country="de", language="DE_ch")))
    customer = parsed.customers["C1"]
    assert (customer.tags, customer.country, customer.language) == (("vip", "net60"), "DE", "de-ch")


@pytest.mark.parametrize(
    ("cells", "reason"),
    [
        ({"timezone": "Europe/Berln"}, 'timezone: "Europe/Berln" is not a known time zone'),
        ({"timezone": "../../etc/passwd"}, 'timezone: "../../etc/passwd" is not a known time zone'),
        ({"country": "DEU"}, 'country: "DEU" is not a 2-letter country code'),
        ({"language": "german!"}, 'language: "german!" is not a language tag like en or de-CH'),
    ],
)
def test_customer_field_checks(cells: dict[str, str], reason: str) -> None:
    assert only_problem(parse(table(row(**cells)))) == Problem("t.csv:2", reason)


def test_every_bad_cell_of_a_row_is_reported() -> None:
    parsed = parse(table(row(due_date="soon", amount="lots", currency="E")))
    assert [p.what.split(":")[0] for p in parsed.problems] == ["due_date", "amount", "currency"]
    assert {p.where for p in parsed.problems} == {"t.csv:2"}


def test_without_problems_keeps_good_rows_and_remembers_skipped_invoices() -> None:
    parsed = parse(table(row(), row(invoice_number="INV-2", due_date="never")))
    assert parsed.skipped_invoices == {"INV-2"}
    clean = without_problems(parsed)
    assert clean.problems == ()
    assert list(clean.invoices) == ["INV-1"]
    assert clean.skipped_invoices == {"INV-2"}


# -- contacts ------------------------------------------------------------------------------------


def test_contacts_are_distinct_per_customer_and_the_first_is_primary() -> None:
    text = table(
        row(),
        row(invoice_number="INV-2", contact_email="DANA@example.com"),
        row(invoice_number="INV-3", contact_email="ap@example.com", contact_first_name="AP"),
        row(invoice_number="INV-4", contact_email=""),
        row(
            invoice_number="INV-5",
            customer_id="C2",
            customer_name="Beta",
            contact_email="dana@example.com",
        ),
    )
    parsed = parse(text)
    assert [(c.email, c.primary) for c in parsed.contacts["C1"]] == [
        ("dana@example.com", True),
        ("ap@example.com", False),
    ]
    assert [c.customer_id for c in parsed.contacts["C2"]] == ["C2"]


CONTACTS_HEADER = [n for n in ContactColumns().model_dump().values() if n is not None]


def contacts(*rows: dict[str, str]) -> str:
    return table(*rows, header=CONTACTS_HEADER)


def test_contacts_file_adds_contacts_and_may_pick_the_primary() -> None:
    extra = contacts(
        {"customer_id": "C1", "email": "ap@example.com", "first_name": "Pat", "primary": "Ja"},
        {"customer_id": "C1", "email": "Dana@Example.com", "first_name": "Dana B.", "primary": ""},
        {"customer_id": "C9", "email": "nobody@example.com", "primary": "x"},  # no open invoices
    )
    parsed = parse(table(row()), extra)
    assert parsed.problems == ()
    assert [(c.email, c.first_name, c.phone, c.primary) for c in parsed.contacts["C1"]] == [
        ("ap@example.com", "Pat", "", True),
        ("Dana@Example.com", "Dana B.", "+1 212-555-0143", False),  # the ledger's phone is kept
    ]
    assert "C9" not in parsed.contacts


def test_contacts_file_may_not_mark_two_primaries() -> None:
    extra = contacts(
        {"customer_id": "C1", "email": "ap@example.com", "primary": "yes"},
        {"customer_id": "C1", "email": "boss@example.com", "primary": "1"},
    )
    parsed = parse(table(row()), extra)
    assert parsed.problems == (
        Problem("c.csv:3", 'primary: "1" marks a second primary contact (first: line 2)'),
    )
    assert (parsed.contacts["C1"][0].email, parsed.contacts["C1"][0].primary) == (
        "ap@example.com",
        True,
    )


def test_contacts_file_rows_are_checked() -> None:
    extra = contacts(
        {"customer_id": "C1", "email": "", "primary": "no"},
        {"customer_id": "C1", "email": "pat@example.com", "primary": "maybe"},
    )
    parsed = parse(table(row()), extra)
    assert parsed.problems == (
        Problem("c.csv:2", "email: missing value"),
        Problem("c.csv:3", 'primary: "maybe" is not yes or no'),
    )


def test_contacts_file_header_problem_makes_it_unreadable() -> None:
    parsed = parse(table(row()), "customer,mail\nC1,a@example.com\n")
    problem = only_problem(parsed)
    assert problem.where == "c.csv:1"
    assert problem.what.startswith('missing column "customer_id", "first_name", ')
    assert parsed.unreadable


# -- amounts round-trip --------------------------------------------------------------------------

SEPARATORS = st.sampled_from(
    [(".", ""), (",", ""), (".", ","), (",", "."), (",", " "), (".", " "), (".", "'"), (",", "'")]
)


def formatted(value: Decimal, decimal: str, thousands: str, grouped: bool, style: str) -> str:
    whole, _, fraction = f"{abs(value):f}".partition(".")
    if grouped and thousands:
        groups = [whole[max(0, end - 3) : end] for end in range(len(whole), 0, -3)]
        whole = thousands.join(reversed(groups))
    number = whole + (decimal + fraction if fraction else "")
    if value < 0:
        number = {"minus": f"-{number}", "parens": f"({number})", "sign": f"\u2212{number}"}[style]
    return number


AMOUNTS = st.integers(min_value=0, max_value=4).flatmap(
    lambda places: st.decimals(min_value=-(10**12), max_value=10**12, places=places)
)


@given(
    value=AMOUNTS,
    separators=SEPARATORS,
    grouped=st.booleans(),
    style=st.sampled_from(["minus", "parens", "sign"]),
    currency=st.sampled_from(["", "$", "€ ", "EUR ", " USD", " €", "£"]),
    padding=st.sampled_from(["", " ", "  ", "\u00a0"]),
)
def test_formatted_amounts_parse_back(
    *,
    value: Decimal,
    separators: tuple[str, str],
    grouped: bool,
    style: str,
    currency: str,
    padding: str,
) -> None:
    decimal, thousands = separators
    text = formatted(value, decimal, thousands, grouped, style)
    text = f"{currency}{text}" if currency and not currency.startswith(" ") else text + currency
    text = padding + text + padding
    parsed = parse_amount(text, decimal_separator=decimal, thousands_separator=thousands)
    assert parsed == value
    assert not parsed.is_signed() or parsed != 0


@given(st.text(alphabet="0123456789,. -()", max_size=12))
def test_any_cell_parses_or_raises_amount_error(text: str) -> None:
    try:
        parse_amount(text, decimal_separator=",", thousands_separator=".")
    except AmountError as error:
        assert str(error)
