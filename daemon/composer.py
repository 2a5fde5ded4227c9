"""Composes one reminder: records + compiled templates + invoice PDFs → the message's bytes.

The wiring between the pure parts: `daemon.core.context` builds the template data,
`CompiledTemplates` renders it, `daemon.core.message` assembles and checks the message. `render`
gives the bytes as they go out (and are filed in Sent), rendered once; `compose` the same message
parsed into an `EmailMessage`, for previews. The only outside thing it touches is `read_pdf`,
handed in by the shell. Templates are compiled once at startup (`CompiledTemplates.for_config`),
never per message.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default

from jinja2 import TemplateError

from daemon.config.outbound import OutboundConfig
from daemon.config.schema import Config
from daemon.core.context import Pdf, ReminderRequest, build_context
from daemon.core.message import (
    Attachment,
    Draft,
    checked,
    checked_address,
    mailbox,
    plus_address,
    render_message,
    token_of,
)
from daemon.core.records import Invoice
from daemon.errors import ConfigError, Problem
from daemon.shell.templates import CompiledTemplate, TemplateLibrary, shipped_templates

__all__ = [
    "CompiledTemplates",
    "ReminderRequest",
    "Rendered",
    "TemplateRenderError",
    "compose",
    "message_id_domain",
    "render",
    "template_names",
]

# Sent when a reply changes the plan (a promised date passed, a claimed payment never arrived),
# not by a cadence step; only needed when replies are read.
FOLLOW_UP_TEMPLATES = ("promise_followup", "payment_check")
INVOICE_COPY_TEMPLATE = "invoice_copy"  # answers an invoice request: the PDFs are its point
# A follow-up must say what it follows up; the amount, and the date and reference of a payment
# claim, are mentioned when the customer gave them (the templates leave them out otherwise).
REQUIRED_EXTRA: Mapping[str, tuple[str, ...]] = {
    "promise_followup": ("promised_date",),
}
MEGABYTE = 1024 * 1024

ReadPdf = Callable[[Invoice], bytes | None]


class TemplateRenderError(ValueError):
    """A template failed on real data: names the template and language so it can be fixed."""


def template_names(config: Config) -> set[str]:
    """Every template the service may send: the cadences' steps, and follow-ups to replies."""
    names = {step.template for cadence in config.cadences.values() for step in cadence.steps}
    if config.imap is not None or config.maildir is not None:
        names.update(FOLLOW_UP_TEMPLATES)
        if config.replies.invoice_request.attach_invoice_pdf:
            names.add(INVOICE_COPY_TEMPLATE)
    return names


@dataclass(frozen=True, slots=True)
class CompiledTemplates:
    """Every template in every language, compiled once; a missing language falls back."""

    by_key: Mapping[tuple[str, str], CompiledTemplate]  # (language, name)
    default_language: str

    @classmethod
    def load(
        cls, library: TemplateLibrary, names: Iterable[str], default_language: str
    ) -> CompiledTemplates:
        """Compile `names` wherever they exist; the default language must have them all."""
        wanted = sorted(set(names))
        problems: list[Problem] = []
        compiled: dict[tuple[str, str], CompiledTemplate] = {}
        for language in library.languages():
            present = set(library.names(language))
            for name in wanted:
                if name in present or language == default_language:
                    try:
                        compiled[language, name] = library.compile(language, name)
                    except ConfigError as exc:
                        problems.extend(exc.problems)
        if default_language not in library.languages():
            what = f"no templates for the default language {default_language!r}"
            problems.append(Problem(str(library.root), what))
        if problems:
            raise ConfigError(problems, summary=f"{len(problems)} template problem(s)")
        return cls(compiled, default_language)

    @classmethod
    def for_config(cls, config: Config) -> CompiledTemplates:
        library = TemplateLibrary(config.templates.directory or shipped_templates())
        return cls.load(library, template_names(config), config.templates.default_language)

    def get(self, language: str, name: str) -> CompiledTemplate:
        """`de_AT` → `de_AT`, then `de`, then the default language."""
        base = language.replace("-", "_").split("_")[0]
        for candidate in (language, base, self.default_language):
            if (candidate, name) in self.by_key:
                return self.by_key[candidate, name]
        raise TemplateRenderError(f"no template {name!r} in {language!r} or the default language")


@dataclass(frozen=True, slots=True)
class Rendered:
    """A composed reminder as it goes out: the bytes SMTP DATA carries, its subject and the
    plain text it says (kept so a reply's copy of its lines can be recognised)."""

    data: bytes  # CRLF line ends, 7-bit clean (`daemon.core.message.render_message`)
    subject: str
    text: str = ""


def compose(
    request: ReminderRequest,
    *,
    config: Config,
    templates: CompiledTemplates,
    read_pdf: ReadPdf,
) -> EmailMessage:
    """The reminder for `request` as an `EmailMessage` (previews, tests); see `render`."""
    rendered = render(request, config=config, templates=templates, read_pdf=read_pdf)
    return BytesParser(policy=default).parsebytes(rendered.data)


def render(
    request: ReminderRequest,
    *,
    config: Config,
    templates: CompiledTemplates,
    read_pdf: ReadPdf,
) -> Rendered:
    """The reminder for `request`; ValueError (or TemplateRenderError) says what is wrong."""
    check_request(request)
    attachments, pdfs = collect_pdfs(
        request.invoices,
        config.outbound,
        read_pdf,
        always=request.template == INVOICE_COPY_TEMPLATE,
    )
    cadence = config.cadences.get(request.cadence)
    charges = cadence.late_charges if cadence is not None else None
    context = build_context(request, config.company, charges=charges, pdfs=pdfs)
    template = templates.get(request.language, request.template)
    try:
        subject, html, text = template.render(context)
    except TemplateError as exc:
        raise TemplateRenderError(
            f"template {template.name!r} ({template.language}) cannot be rendered: {exc}"
        ) from exc
    draft = Draft(
        from_address=config.company.from_address,
        to_name=request.contact.display_name,
        to_address=request.contact.email,
        subject=subject,
        sent_at=request.sent_at,
        message_id=request.message_id,
        text=text,
        html=html,
        reply_to=reply_to(config, request.message_id),
        references=request.references,
        attachments=attachments,
        # RFC 3834 §5: a message sent automatically in answer to another is "auto-replied".
        auto_submitted=(
            "auto-replied"
            if request.template == INVOICE_COPY_TEMPLATE
            else config.outbound.auto_submitted
        ),
        language=template.language,
    )
    return Rendered(render_message(draft), subject, text)


def check_request(request: ReminderRequest) -> None:
    """Refuse ledger values that could reach a header, naming the record they came from.

    A customer name reaches the Subject, contact names and address the To, invoice numbers the
    attachment names. Rendering would fold a line break in a subject to a space; refusing it
    here instead surfaces a broken ledger row rather than quietly sending around it.
    """
    customer, contact = request.customer, request.contact
    checked(f"customer {customer.id!r} name", customer.name)
    checked(f"customer {customer.id!r} contact name", contact.display_name)
    checked_address(f"customer {customer.id!r} contact email", contact.email)
    for invoice in request.invoices:
        checked(f"invoice number {invoice.number!r}", invoice.number)
    needed = REQUIRED_EXTRA.get(request.template, ())
    if missing := [key for key in needed if not request.extra.get(key)]:
        raise ValueError(f"template {request.template!r} needs extra {', '.join(missing)}")


def collect_pdfs(
    invoices: Iterable[Invoice],
    outbound: OutboundConfig,
    read_pdf: ReadPdf,
    *,
    always: bool = False,
) -> tuple[tuple[Attachment, ...], dict[str, Pdf]]:
    """Attach each invoice's PDF up to `max_attachment_mb`; larger ones are named, not sent.

    Only with `outbound.attach_pdfs`, unless `always` (an invoice copy a customer asked for).
    """
    if not (outbound.attach_pdfs or always):
        return (), {}
    limit = outbound.max_attachment_mb * MEGABYTE
    attachments: list[Attachment] = []
    pdfs: dict[str, Pdf] = {}
    for invoice in invoices:
        content = read_pdf(invoice)
        if content is None:
            continue
        if len(content) > limit:
            pdfs[invoice.number] = Pdf.TOO_LARGE
        else:
            attachments.append(Attachment(f"{invoice.number}.pdf", content))
            pdfs[invoice.number] = Pdf.ATTACHED
    return tuple(attachments), pdfs


def reply_to(config: Config, message_id: str) -> str:
    """company.reply_to, or its plus address carrying this message's token (RFC 5233)."""
    company, outbound = config.company, config.outbound
    if not outbound.plus_address_reply_to:
        return company.reply_to or ""
    token = token_of(message_id)
    if token is None:
        raise ValueError(f"Message-ID {message_id!r} has no token for plus_address_reply_to")
    base = mailbox("Reply-To", company.reply_to or company.from_address)
    name = base.display_name.replace("\\", "\\\\").replace('"', '\\"')
    address = plus_address(base.addr_spec, token)
    return f'"{name}" <{address}>' if name else address


def message_id_domain(config: Config) -> str:
    """outbound.message_id_domain, or the domain of company.from_address."""
    configured = config.outbound.message_id_domain
    return configured or mailbox("From", config.company.from_address).domain
