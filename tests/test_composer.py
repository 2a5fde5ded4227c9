"""compose(): a request, the config and the shipped templates in; a complete reminder out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from typing import Any

import pytest

from daemon.composer import (
    CompiledTemplates,
    ReminderRequest,
    TemplateRenderError,
    compose,
    message_id_domain,
    template_names,
)
from daemon.config.loader import load_config
from daemon.config.schema import Config
from daemon.core.message import make_token, new_message_id, reply_token
from daemon.core.records import Contact, Customer, Invoice
from daemon.core.sample import sample_request
from daemon.errors import ConfigError
from daemon.shell.templates import TemplateLibrary, shipped_templates

ROOT = Path(__file__).resolve().parent.parent
TOKEN = make_token(b"\x07" * 13)


@pytest.fixture(scope="module")
def config() -> Config:
    return load_config(ROOT / "examples" / "config.yaml")


@pytest.fixture(scope="module")
def templates(config: Config) -> CompiledTemplates:
    return CompiledTemplates.for_config(config)


def with_outbound(config: Config, **changes: Any) -> Config:
    return config.model_copy(update={"outbound": config.outbound.model_copy(update=changes)})


def with_company(config: Config, *, validate: bool = True, **changes: Any) -> Config:
    company = config.company
    if validate:
        company = type(company).model_validate(company.model_dump() | changes)
    else:
        company = company.model_copy(update=changes)
    return config.model_copy(update={"company": company})


def request(language: str = "en", template: str = "first", **changes: Any) -> ReminderRequest:
    base = replace(sample_request(language, template), message_id=f"<{TOKEN}@example.com>")
    return replace(base, **changes)


def no_pdf(_invoice: Invoice) -> bytes | None:
    return None


def parsed(message: EmailMessage) -> EmailMessage:
    result = message_from_bytes(message.as_bytes(), policy=default)
    assert isinstance(result, EmailMessage)
    return result


def text_of(message: EmailMessage) -> str:
    body = message.get_body(("plain",))
    assert body is not None
    return str(body.get_content())


def build(
    config: Config,
    templates: CompiledTemplates,
    req: ReminderRequest,
    read_pdf: Callable[[Invoice], bytes | None] = no_pdf,
) -> EmailMessage:
    return parsed(compose(req, config=config, templates=templates, read_pdf=read_pdf))


def test_a_complete_reminder(config: Config, templates: CompiledTemplates) -> None:
    message = build(config, templates, request())
    assert message["From"] == "Example Widgets Accounts Receivable <ar@example.com>"
    assert message["To"] == "Dana Smith <ap@customer.example>"
    assert message["Reply-To"] == "Example Widgets Accounts Receivable <ar@example.com>"
    assert message["Subject"] == "Payment reminder: overdue invoices (Example Customer Inc.)"
    assert message["Message-ID"] == f"<{TOKEN}@example.com>"
    assert message["Content-Language"] == "en"
    assert message["Auto-Submitted"] is None  # off by default: out-of-office replies come back
    assert message.get_content_type() == "multipart/alternative"
    text = text_of(message)
    assert "Dear Dana," in text and "Nov 7, 2026" in text and "INV-1017" in text


def test_threading_follows_the_references(config: Config, templates: CompiledTemplates) -> None:
    earlier = (new_message_id("example.com", make_token(b"\x01" * 13)),)
    message = build(config, templates, request(references=earlier))
    assert message["In-Reply-To"] == earlier[0]
    assert message["References"] == earlier[0]


def test_plus_address_reply_to_carries_the_token(
    config: Config, templates: CompiledTemplates
) -> None:
    plus = with_outbound(config, plus_address_reply_to=True)
    reply_to = build(plus, templates, request())["Reply-To"].addresses[0]
    assert reply_to.addr_spec == f"ar+{TOKEN}@example.com"
    assert reply_to.display_name == "Example Widgets Accounts Receivable"
    assert reply_token(reply_to.addr_spec) == TOKEN
    without = with_company(plus, reply_to=None)
    expected = f"Example Widgets Accounts Receivable <ar+{TOKEN}@example.com>"
    assert build(without, templates, request())["Reply-To"] == expected
    with pytest.raises(ValueError, match="no token"):
        compose(
            request(message_id="<foreign@example.com>"),
            config=plus,
            templates=templates,
            read_pdf=no_pdf,
        )


def test_no_reply_to_header_without_one_configured(
    config: Config, templates: CompiledTemplates
) -> None:
    assert build(with_company(config, reply_to=None), templates, request())["Reply-To"] is None


def test_auto_submitted_only_when_configured(config: Config, templates: CompiledTemplates) -> None:
    auto = with_outbound(config, auto_submitted="auto-generated")
    assert build(auto, templates, request())["Auto-Submitted"] == "auto-generated"


def test_pdfs_attached_up_to_the_size_cap(config: Config, templates: CompiledTemplates) -> None:
    small = b"%PDF-1.7 " + b"x" * 1000
    large = b"%PDF-1.7 " + b"x" * 3 * 1024 * 1024
    pdfs = {"INV-1001": small, "INV-1017": large}
    capped = with_outbound(config, max_attachment_mb=2)
    message = build(capped, templates, request(), lambda invoice: pdfs.get(invoice.number))
    assert message.get_content_type() == "multipart/mixed"
    names = [part.get_filename() for part in message.iter_attachments()]
    assert names == ["INV-1001.pdf"]
    text = text_of(message)
    assert "Invoice attached: INV-1001.pdf" in text
    assert "too large to attach; reply and we will gladly send it another way" in text
    assert "Pay online: https://pay.example.com/INV-1001" in text


def test_attach_pdfs_off_never_reads_them(config: Config, templates: CompiledTemplates) -> None:
    def refuse(_invoice: Invoice) -> bytes | None:
        raise AssertionError("read_pdf called with attach_pdfs off")

    off = with_outbound(config, attach_pdfs=False)
    assert build(off, templates, request(), refuse).get_content_type() == "multipart/alternative"


def test_late_charges_from_the_cadence(config: Config, templates: CompiledTemplates) -> None:
    cadence = config.cadences["default"].model_validate(
        config.cadences["default"].model_dump()
        | {"late_charges": {"annual_rate_percent": 12, "fixed_fee": {"USD": 40}}}
    )
    charged = config.model_copy(update={"cadences": {"default": cadence}})
    text = text_of(build(charged, templates, request()))
    assert "INV-1001: interest $11.84 (30 days at 12% a year), fixed compensation $40.00" in text
    assert "INV-1020: interest €1.08 (11 days at 12% a year) = €1.08" in text  # no EUR fee
    assert "Total including charges: $1,372.26 + €301.08" in text
    assert "Late-payment charges" not in text_of(build(config, templates, request()))


def test_language_falls_back(config: Config, templates: CompiledTemplates) -> None:
    assert templates.get("de_AT", "first").language == "de"
    assert templates.get("fr", "first").language == "en"
    message = build(config, templates, request(language="fr"))
    assert message["Content-Language"] == "en"
    with pytest.raises(TemplateRenderError, match="no template 'nope'"):
        templates.get("en", "nope")


def test_a_german_reminder(config: Config, templates: CompiledTemplates) -> None:
    message = build(config, templates, request("de", "second"))
    assert message["Subject"].startswith("Zweite Zahlungserinnerung")
    assert "Guten Tag Dana Smith," in text_of(message)
    assert message["Content-Language"] == "de"


def test_follow_ups_need_their_details(config: Config, templates: CompiledTemplates) -> None:
    with pytest.raises(ValueError, match="needs extra promised_date"):
        compose(
            request(template="promise_followup", extra={}),
            config=config,
            templates=templates,
            read_pdf=no_pdf,
        )


def test_a_render_error_names_template_and_language(tmp_path: Path, config: Config) -> None:
    for language in ("en",):
        (tmp_path / language).mkdir()
        for source in (shipped_templates() / language).iterdir():
            (tmp_path / language / source.name).write_text(source.read_text(encoding="utf-8"))
    first = tmp_path / "en" / "first.txt"
    first.write_text(first.read_text().replace("{{ pay_by }}", "{{ pay_by.year }}"))
    broken = CompiledTemplates.load(TemplateLibrary(tmp_path), ["first"], "en")
    with pytest.raises(TemplateRenderError, match=r"template 'first' \(en\) cannot be rendered"):
        compose(request(), config=config, templates=broken, read_pdf=no_pdf)


def test_loading_reports_missing_templates(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    with pytest.raises(ConfigError) as caught:
        CompiledTemplates.load(TemplateLibrary(tmp_path), ["first"], "de")
    text = "\n".join(caught.value.lines())
    assert "en/first.mjml" not in text  # en may lack it: the default language has the say
    assert "default language 'de'" in text


def test_template_names_include_follow_ups_only_when_replies_are_read(config: Config) -> None:
    assert template_names(config) == {"pre_due", "first", "second", "final"}
    example = load_config(ROOT / "config.example.yaml")
    assert {"promise_followup", "payment_check"} <= template_names(example)


def test_message_id_domain(config: Config) -> None:
    assert message_id_domain(config) == "example.com"
    assert message_id_domain(with_outbound(config, message_id_domain="mid.example.net")) == (
        "mid.example.net"
    )


# -- ledger values that reach a header -----------------------------------------------------

BAD = ["\r", "\n", "\r\nBcc: evil@attacker.example", "\u2028", "\x85", "=?utf-8?q?a=0D=0A?="]


def _contact(**changes: Any) -> Contact:
    return replace(Contact("C-001", "ap@customer.example", "Dana", "Smith"), **changes)


LEDGER_FIELDS: dict[str, tuple[Callable[[str], dict[str, Any]], str]] = {
    "customer name": (
        lambda bad: {"customer": Customer("C-001", f"Example{bad}Inc.")},
        "customer 'C-001' name",
    ),
    "contact first name": (
        lambda bad: {"contact": _contact(first_name=f"Da{bad}na")},
        "contact name",
    ),
    "contact last name": (
        lambda bad: {"contact": _contact(last_name=f"Sm{bad}ith")},
        "contact name",
    ),
    "contact email": (
        lambda bad: {"contact": _contact(email=f"ap{bad}@customer.example")},
        "contact email",
    ),
    "invoice number": (
        lambda bad: {
            "invoices": (replace(sample_request("en", "first").invoices[0], number=f"INV{bad}1"),)
        },
        "invoice number",
    ),
}


@pytest.mark.parametrize("bad", BAD)
@pytest.mark.parametrize("field", LEDGER_FIELDS)
def test_ledger_values_cannot_forge_headers(
    config: Config, templates: CompiledTemplates, field: str, bad: str
) -> None:
    changes, named = LEDGER_FIELDS[field]
    with pytest.raises(ValueError, match=named):
        compose(request(**changes(bad)), config=config, templates=templates, read_pdf=no_pdf)


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"from_address": "=?utf-8?q?Evil=0D=0ABcc:_x@y.example?= <ar@example.com>"}, "From"),
        ({"reply_to": "AR =?utf-8?b?DQpCY2M6IHhAeS5leGFtcGxl?= <ar@example.com>"}, "Reply-To"),
    ],
)
def test_company_fields_cannot_forge_headers(
    config: Config, templates: CompiledTemplates, changes: dict[str, str], named: str
) -> None:
    # The config's mailbox check lets an encoded-word display name through (or not); the message
    # refuses it either way, even in a config built without validation.
    unchecked = with_company(config, validate=False, **changes)
    with pytest.raises(ValueError, match=named):
        compose(request(), config=unchecked, templates=templates, read_pdf=no_pdf)


def test_company_line_breaks_are_refused_by_the_config(config: Config) -> None:
    with pytest.raises(ValueError, match="single line"):
        with_company(config, legal_name="Widgets\r\nBcc: x@y.example")
