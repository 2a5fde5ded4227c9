"""Shipped templates: each renders in each language, says what it is for, and stays polite."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import replace
from datetime import date
from decimal import Decimal
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest

from daemon.composer import CompiledTemplates, ReminderRequest, compose
from daemon.config.loader import load_config
from daemon.config.schema import Config
from daemon.core.context import build_context
from daemon.core.records import Customer, Invoice
from daemon.core.sample import sample_contexts, sample_request
from daemon.errors import ConfigError
from daemon.shell.templates import TemplateLibrary, shipped_templates

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "de")
TEMPLATES = ("pre_due", "first", "second", "final", "promise_followup", "payment_check")
PARTIALS = ("_head.mjml", "_header.mjml", "_invoices.mjml", "_footer.mjml")
NBSP = "\xa0"

# What the first sentence must say: why we are writing.
PURPOSE = {
    ("en", "pre_due"): ("reminder", "fall due soon"),
    ("en", "first"): ("reminder", "past their due date"),
    ("en", "second"): ("overdue invoices", "remain unpaid"),
    ("en", "final"): ("final notice", "overdue"),
    ("en", "promise_followup"): ("you told us", "payment of", "would be made by", "not reached us"),
    ("en", "payment_check"): ("payment", "was sent on", "check or reference", "not reached us"),
    ("de", "pre_due"): ("Erinnerung", "fällig"),
    ("de", "first"): ("Zahlungserinnerung", "Fälligkeitsdatum überschritten"),
    ("de", "second"): ("erneut", "überfälligen Rechnungen"),
    ("de", "final"): ("letzte Zahlungsaufforderung", "überfällig"),
    ("de", "promise_followup"): ("mitgeteilt", "Zahlung über", "nicht eingegangen"),
    ("de", "payment_check"): ("mitgeteilt", "Zahlung über", "Referenznummer", "nicht eingegangen"),
}
LEGAL_THREATS = re.compile(
    r"legal action|lawyer|attorney|court|sue\b|solicitor|credit (rating|bureau)|"
    r"Anwalt|Gericht|Klage|Mahnbescheid|Schufa",
    re.IGNORECASE,
)
ESCALATION = re.compile(r"pass the account on|further collection|weiteren Bearbeitung ab")


@pytest.fixture(scope="module")
def config() -> Config:
    return load_config(ROOT / "config.example.yaml")


@pytest.fixture(scope="module")
def templates(config: Config) -> CompiledTemplates:
    return CompiledTemplates.for_config(config)


def single_invoice(language: str, template: str) -> ReminderRequest:
    """One EUR invoice, partly paid, no pay link, to a customer in Germany (or Ireland)."""
    invoice = Invoice(
        number="RE-2026-0042",
        customer_id="C-9",
        issue_date=date(2026, 9, 10),
        due_date=date(2026, 10, 10),
        amount=Decimal("2400.00"),
        balance=Decimal("1900.00"),
        currency="EUR",
    )
    country = "DE" if language == "de" else "IE"
    customer = Customer("C-9", "Muster Handels GmbH", country=country)
    return replace(sample_request(language, template), customer=customer, invoices=(invoice,))


EXPECTED = {
    ("en", "full"): (["INV-1001", "INV-1017", "INV-1020"], ["$1,280.00", "€300.00"], "Nov 7, 2026"),
    ("de", "full"): (
        ["INV-1001", "INV-1017", "INV-1020"],
        [f"1.280,00{NBSP}$", f"300,00{NBSP}€"],
        "07.11.2026",
    ),
    ("en", "single"): (["RE-2026-0042"], ["€1,900.00"], "7 Nov 2026"),
    ("de", "single"): (["RE-2026-0042"], [f"1.900,00{NBSP}€"], "07.11.2026"),
}


def render(
    config: Config, templates: CompiledTemplates, language: str, template: str, variant: str
) -> EmailMessage:
    request = (
        sample_request(language, template)
        if variant == "full"
        else single_invoice(language, template)
    )
    built = compose(request, config=config, templates=templates, read_pdf=lambda _i: None)
    message = message_from_bytes(built.as_bytes(), policy=default)
    assert isinstance(message, EmailMessage)
    return message


def body(message: EmailMessage, subtype: str) -> str:
    part = message.get_body((subtype,))
    assert part is not None
    return str(part.get_content())


def first_sentence(text: str) -> str:
    """The opening paragraph's first sentence: the greeting line is skipped."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    return re.split(r"(?<=[.?!])\s", paragraphs[1].strip(), maxsplit=1)[0]


def first_paragraphs(text: str) -> str:
    """The greeting and the opening paragraphs, before the invoice table."""
    return re.split(r"\n\n(?:Invoice|Rechnung) \|", text, maxsplit=1)[0]


@pytest.mark.parametrize("variant", ["full", "single"])
@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_each_template_renders_what_matters(
    config: Config, templates: CompiledTemplates, language: str, template: str, variant: str
) -> None:
    message = render(config, templates, language, template, variant)
    numbers, totals, pay_by = EXPECTED[language, variant]
    text, html = body(message, "plain"), body(message, "html")
    for part in (text, html):
        for expected in (*numbers, *totals, pay_by):
            assert expected in part, (expected, part)
    assert message["Content-Language"] == language
    assert f'lang="{language}"' in html
    customer = "Example Customer Inc." if variant == "full" else "Muster Handels GmbH"
    assert customer in message["Subject"]
    opening = first_sentence(text)
    for phrase in PURPOSE[language, template]:
        assert phrase.lower() in opening.lower(), (phrase, opening)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_contact_is_greeted_by_name_and_thanked(
    config: Config, templates: CompiledTemplates, language: str
) -> None:
    greeting, thanks = {
        "en": ("Dear Dana,", r"Thank you for|We appreciate your business"),
        "de": ("Guten Tag Dana Smith,", r"Vielen Dank|schätzen|geschätzt"),
    }[language]
    for template in TEMPLATES:
        text = body(render(config, templates, language, template, "full"), "plain")
        assert text.startswith(greeting)
        assert re.search(thanks, first_paragraphs(text)), (template, text)
        assert config.company.phone and config.company.phone in text
        assert config.company.email and config.company.email in text
        assert "IBAN DE89 3704 0044 0532 0130 00" in text
        assert "https://pay.example.com/INV-1001" in text


def test_the_payment_check_asks_for_what_traces_a_payment(
    config: Config, templates: CompiledTemplates
) -> None:
    text = body(render(config, templates, "en", "payment_check", "full"), "plain")
    for detail in ("check number", "amount", "date it was mailed", "address", "bank reference"):
        assert detail in text
    assert "4711" in text and "Oct 20, 2026" in text


def test_the_promise_follow_up_quotes_the_promise(
    config: Config, templates: CompiledTemplates
) -> None:
    text = body(render(config, templates, "en", "promise_followup", "full"), "plain")
    assert (
        "On Oct 17, 2026 you told us that payment of $1,200.00 would be made by Oct 24, 2026"
        in (text)
    )


def sources(language: str) -> dict[str, str]:
    folder = shipped_templates() / language
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("language", LANGUAGES)
def test_never_a_legal_threat_and_escalation_only_in_the_final_notice(language: str) -> None:
    for name, source in sources(language).items():
        assert not LEGAL_THREATS.search(source), name
        if ESCALATION.search(source):
            assert name.startswith("final."), name


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_template_uses_the_shared_layout(language: str) -> None:
    files = sources(language)
    for template in TEMPLATES:
        mjml, text = files[f"{template}.mjml"], files[f"{template}.txt"]
        for partial in PARTIALS:
            assert f'<mj-include path="{partial}" />' in mjml, (template, partial)
        for partial in ("_greeting.txt", "_invoices.txt", "_footer.txt"):
            assert f'{{% include "{partial}" %}}' in text, (template, partial)


def test_the_readme_lists_every_variable(config: Config) -> None:
    readme = (shipped_templates() / "README.md").read_text(encoding="utf-8")
    context = build_context(sample_request("en", "first"), config.company)
    nested = ("company", "customer", "contact", "promise", "payment_claim")
    names = set(context) | {key for name in nested for key in context[name]}
    names |= set(context["invoices"][0])
    names |= set(sample_contexts(config, "en", "first")[0]["charges"][0])
    assert {name for name in names if f"`{name}`" not in readme} == set()


def test_check_reports_broken_text_partials_once(tmp_path: Path) -> None:
    folder = tmp_path / "en"
    folder.mkdir()
    for source in (shipped_templates() / "en").iterdir():
        (folder / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "_footer.txt").write_text("{% if %}\n", encoding="utf-8")
    library = TemplateLibrary(tmp_path)
    config = load_config(ROOT / "examples" / "config.yaml")
    problems = library.check(
        ["first", "second"], ["en"], lambda lang, name: sample_contexts(config, lang, name)
    )
    assert [str(p) for p in problems if "_footer.txt" in str(p)] == [
        "en/_footer.txt:1: Jinja: Expected an expression, got 'end of statement block'"
    ]
    with pytest.raises(ConfigError):
        library.compile("en", "first")


def test_rendering_never_reads_the_disk(tmp_path: Path) -> None:
    folder = tmp_path / "en"
    folder.mkdir()
    for source in (shipped_templates() / "en").iterdir():
        (folder / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    compiled = TemplateLibrary(tmp_path).compile("en", "first")
    for path in folder.iterdir():
        path.unlink()  # partials were read at compile time
    config = load_config(ROOT / "examples" / "config.yaml")
    subject, html, text = compiled.render(sample_contexts(config, "en", "first")[0])
    assert "INV-1001" in html and "Total open" in text and subject


@pytest.mark.parametrize("path", ["config.example.yaml", "examples/config.yaml"])
def test_dunmail_check_passes(path: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "daemon", "check", "--config", str(ROOT / path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "templates in de, en render" in result.stderr
