# ruff: noqa: E501, RUF001, RUF002
# Message text is kept one paragraph per line, as a mail client sends it, with the typographic
# dashes, quotes and accents that people and their clients really produce.
"""Build held-out reply corpus 103: `h103-NNN.eml` files and `labels.jsonl`.

Every message could arrive in the receivables mailbox of Meridian Payroll Bureau after it sent an
overdue reminder for an invoice numbered like MPB-4417-28. The new text of every message is written
by hand below. The script only adds what a mail client or a mail server would add: the quoted
reminder (in the client's layout and the sender's language), headers, MIME structure, charsets and
transfer encodings. Bounce skeletons are generated; their human-readable parts are written out.

Run it from anywhere: it rebuilds every file next to itself, deterministically, parses each file
back as a check, validates the labels and prints the count table.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from functools import cache
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
PREFIX = "h103"
SEED = "holdout103-20281204"
AR_NAME = "Meridian Payroll Billing"
AR_ADDR = "billing@meridian-payroll.example"
AR_DOMAIN = "meridian-payroll.example"
AR_MTA = "mail.meridian-payroll.example"
FIRST_DAY = date(2028, 12, 4)
LAST_DAY = date(2028, 12, 29)
UK = timezone(timedelta(0))
UK_BANK_HOLIDAYS = frozenset({date(2028, 12, 25), date(2028, 12, 26)})
CET = timezone(timedelta(hours=1))
LANGS = ("en", "de", "fr", "es", "nl", "it")
LANG_TOTALS = {"en": 30, "de": 18, "fr": 18, "es": 18, "nl": 18, "it": 18}
PER_INTENT = 12
INTENTS = (
    "payment_sent",
    "promise_to_pay",
    "dispute",
    "payment_plan",
    "invoice_request",
    "wrong_contact",
    "unsubscribe",
    "auto_reply",
    "bounce",
    "other",
)
LABEL_KEYS = (
    "file",
    "intent",
    "promised_date",
    "paid_date",
    "return_date",
    "payment_reference",
    "amount",
    "currency",
    "new_contact",
    "bounce_kind",
    "failed_recipient",
    "bounce_status",
    "invoice_refs",
    "language",
    "note",
)
# Which optional fields each intent may fill; every other field stays null.
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
# Automatic notices deliberately sent without Auto-Submitted, X-Autoreply or Precedence.
UNMARKED_NOTICES = frozenset({"ar-fr-2"})
INVOICE_RE = re.compile(r"\bMPB[-\s]?(\d{4})[-/\s](\d{2})\b", re.IGNORECASE)

# --------------------------------------------------------------------------------------------
# Locale tables: how each client writes dates, headers and attributions in each language
# --------------------------------------------------------------------------------------------

DAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
DAYS_ABBR = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
    "es": "lun mar mié jue vie sáb dom",
    "nl": "ma di wo do vr za zo",
    "it": "lun mar mer gio ven sab dom",
}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
MONTHS_ABBR = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}
GMAIL_ATTRIBUTION = {
    "en": "On {wa}, {d} {ma} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {wa}, {d}. {ma} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wa} {d} {ma} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {wa}, {d} {ma} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {wa} {d} {ma} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {wa} {d} {ma} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION = {
    "en": "On {d} {ma} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {ma} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {ma} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {ma} {y}, om {HH}:{MM}, heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {ma} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION = {
    "en": "On {dd}/{mo}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{MM}, {name} ha scritto:",
}
OUTLOOK_DATE = {
    "en": "{dd} {ml} {y} {HH}:{MM}",
    "de": "{wl}, {d}. {ml} {y} {HH}:{MM}",
    "fr": "{wl} {d} {ml} {y} {HH}:{MM}",
    "es": "{wl}, {d} de {ml} de {y} {H}:{MM}",
    "nl": "{wl} {d} {ml} {y} {HH}:{MM}",
    "it": "{wl} {d} {ml} {y} {HH}:{MM}",
}
# (separator line, From, Sent, To, Subject, label separator)
OUTLOOK_FIELDS = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": (
        "-----Ursprüngliche Nachricht-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        ": ",
    ),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": (
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ": ",
    ),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_REPLY_PREFIX = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
IPHONE_SIGNATURE = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
ANDROID_SIGNATURE = {
    "en": "Get Outlook for Android",
    "de": "Outlook für Android herunterladen",
    "fr": "Télécharger Outlook pour Android",
    "es": "Obtener Outlook para Android",
    "nl": "Outlook voor Android downloaden",
    "it": "Scarica Outlook per Android",
}
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}

# --------------------------------------------------------------------------------------------
# The reminder that every reply answers (Meridian's own wording, one per language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Payment reminder – invoice {inv} is overdue",
    "de": "Zahlungserinnerung: Rechnung {inv}",
    "fr": "Rappel de paiement – facture {inv}",
    "es": "Recordatorio de pago – factura {inv}",
    "nl": "Betalingsherinnering factuur {inv}",
    "it": "Sollecito di pagamento – fattura {inv}",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "According to our records the invoice below has not yet been paid and is now overdue.\n\n"
        "    Invoice number:  {inv}\n"
        "    Invoice date:    31 October 2028\n"
        "    Due date:        30 November 2028\n"
        "    Amount due:      {amt}\n"
        "    Description:     payroll processing and pension filings, October 2028\n\n"
        "If you have already made payment, thank you – please reply with the date and your payment reference so that we can allocate it. If you have a question about the invoice, just reply to this email and our billing team will help.\n\n"
        "Kind regards,\n\n"
        "Billing Team\nMeridian Payroll Bureau Ltd\nbilling@meridian-payroll.example · 0161 496 0734"
    ),
    "de": (
        "Guten Tag,\n\n"
        "nach unseren Unterlagen ist die folgende Rechnung noch offen und inzwischen überfällig:\n\n"
        "    Rechnungsnummer:  {inv}\n"
        "    Rechnungsdatum:   31.10.2028\n"
        "    Fälligkeit:       30.11.2028\n"
        "    Offener Betrag:   {amt}\n"
        "    Leistung:         Lohnabrechnung und Meldewesen Oktober 2028\n\n"
        "Sollten Sie bereits gezahlt haben, vielen Dank – teilen Sie uns bitte Zahlungsdatum und Verwendungszweck mit, damit wir die Zahlung zuordnen können. Bei Fragen zur Rechnung antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\n"
        "Billing Team\nMeridian Payroll Bureau Ltd\nbilling@meridian-payroll.example"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, la facture ci-dessous n'a pas encore été réglée et son échéance est dépassée :\n\n"
        "    Numéro de facture :  {inv}\n"
        "    Date de facture :    31/10/2028\n"
        "    Échéance :           30/11/2028\n"
        "    Montant dû :         {amt}\n"
        "    Objet :              traitement de la paie et déclarations sociales, octobre 2028\n\n"
        "Si vous avez déjà effectué le paiement, merci de nous en indiquer la date et la référence afin que nous puissions l'affecter. Pour toute question sur cette facture, il vous suffit de répondre à ce message.\n\n"
        "Bien cordialement,\n\n"
        "Service facturation\nMeridian Payroll Bureau Ltd\nbilling@meridian-payroll.example"
    ),
    "es": (
        "Hola:\n\n"
        "Según nuestros registros, la siguiente factura está pendiente de pago y ya ha vencido:\n\n"
        "    Número de factura:  {inv}\n"
        "    Fecha de factura:   31/10/2028\n"
        "    Vencimiento:        30/11/2028\n"
        "    Importe pendiente:  {amt}\n"
        "    Concepto:           gestión de nóminas y seguros sociales, octubre 2028\n\n"
        "Si ya ha realizado el pago, gracias; le rogamos que nos indique la fecha y la referencia para poder asignarlo. Si tiene alguna duda sobre la factura, responda a este correo y nuestro equipo de facturación le ayudará.\n\n"
        "Saludos cordiales,\n\n"
        "Departamento de facturación\nMeridian Payroll Bureau Ltd\nbilling@meridian-payroll.example"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is de onderstaande factuur nog niet betaald en inmiddels vervallen:\n\n"
        "    Factuurnummer:  {inv}\n"
        "    Factuurdatum:   31-10-2028\n"
        "    Vervaldatum:    30-11-2028\n"
        "    Openstaand:     {amt}\n"
        "    Omschrijving:   salarisverwerking en loonaangifte oktober 2028\n\n"
        "Heeft u al betaald, dan danken wij u hartelijk; laat u ons dan de betaaldatum en het betalingskenmerk weten, zodat wij de betaling kunnen verwerken. Heeft u een vraag over de factuur, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Team Facturatie\nMeridian Payroll Bureau Ltd\nbilling@meridian-payroll.example"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dai nostri registri risulta ancora da saldare la fattura seguente, ormai scaduta:\n\n"
        "    Numero fattura:  {inv}\n"
        "    Data fattura:    31/10/2028\n"
        "    Scadenza:        30/11/2028\n"
        "    Importo dovuto:  {amt}\n"
        "    Descrizione:     elaborazione paghe e adempimenti contributivi, ottobre 2028\n\n"
        "Se avete già effettuato il pagamento vi ringraziamo e vi chiediamo di comunicarci data e riferimento del bonifico, così da poterlo abbinare. Per qualsiasi domanda sulla fattura è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio fatturazione\nMeridian Payroll Bureau Ltd\nbilling@meridian-payroll.example"
    ),
}
# What a Latin-1 client does to characters it cannot send.
LATIN1_FALLBACK = {
    "–": "-",
    "€": "EUR",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "…": "...",
    "·": "-",
}


# --------------------------------------------------------------------------------------------
# Specifications
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Labels:
    """The label fields beyond intent and language; only the winning intent's are filled."""

    promised_date: str | None = None
    paid_date: str | None = None
    return_date: str | None = None
    payment_reference: str | None = None
    amount: str | None = None
    currency: str | None = None
    new_contact: str | None = None
    refs: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class Reply:
    """One hand-written message from a customer (or a customer's system) and its labels."""

    key: str
    intent: str
    lang: str
    sender: tuple[str, str]
    when: str
    client: str
    text: str
    labels: Labels = Labels()
    inv: str = ""
    amount: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attachment: str = ""
    threaded: bool = True

    @property
    def dt(self) -> datetime:
        """The message's own date, in the sender's offset."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def invoice(self) -> str:
        """The invoice the answered reminder was about."""
        return self.inv or default_invoice(self.key)

    @property
    def amount_due(self) -> str:
        """The reminder's amount as a decimal string."""
        return self.amount or default_amount(self.key)


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt`; `lang` is its human-readable part's."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    build: Callable[[Bounce], Message]
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """When the report was generated, in the reporting server's offset."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        """When the reminder left Meridian's server (UK time)."""
        return (self.dt - timedelta(minutes=2, seconds=37)).astimezone(UK)

    @property
    def invoice(self) -> str:
        """The invoice the bounced reminder was about."""
        return default_invoice(self.key)

    def reminder(self) -> Message:
        """The reminder exactly as it left Meridian."""
        return outgoing_reminder(self)

    def reminder_subject(self) -> str:
        """The bounced reminder's subject."""
        return REMINDER_SUBJECT[self.lang].format(inv=self.invoice)


def lab(*refs: str, note: str | None = None, **fields: str) -> Labels:
    """Shorthand for Labels: positional invoice numbers, keyword label fields."""
    return Labels(refs=refs, note=note, **fields)


# --------------------------------------------------------------------------------------------
# Deterministic ids, amounts and text helpers
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable hash of a message key, salted by purpose."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def token(key: str, salt: str, n: int, alphabet: str = "b32") -> str:
    """A stable token of `n` characters drawn from a message key."""
    raw = digest(key, salt)
    if alphabet == "hex":
        return raw.hex()[:n]
    return base64.b32encode(raw).decode()[:n]


def default_invoice(key: str) -> str:
    """An invoice number for a reminder whose number the sender never writes."""
    return invoice_book()[key]


@cache
def invoice_book() -> dict[str, str]:
    """Distinct invoice numbers for every reminder, avoiding the numbers written by hand."""
    taken = {r.inv for r in REPLIES if r.inv}
    taken |= {normalise_ref(m) for r in REPLIES for m in INVOICE_RE.finditer(r.text)}
    keys = [r.key for r in REPLIES if not r.inv] + [b.key for b in BOUNCES]
    book: dict[str, str] = {}
    for key in sorted(keys, key=lambda k: digest(k, "invoice")):
        n = int.from_bytes(digest(key, "invoice")[:4], "big") % 200
        while f"MPB-{4300 + n}-28" in taken:
            n = (n + 1) % 200
        book[key] = f"MPB-{4300 + n}-28"
        taken.add(book[key])
    return book


def default_amount(key: str) -> str:
    """An invoice amount for a reminder whose amount the sender never writes."""
    pence = 18_000 + int.from_bytes(digest(key, "amount")[:4], "big") % 380_000
    return f"{pence // 100}.{pence % 100:02d}"


def money(amount: str, lang: str) -> str:
    """An amount as Meridian's reminder prints it in the customer's language."""
    units, cents = amount.split(".")
    if lang == "en":
        return f"£{int(units):,}.{cents}"
    grouped = f"{int(units):,}".replace(",", "\u00a0" if lang == "fr" else ".")
    if lang in {"nl", "it"}:
        return f"€ {grouped},{cents}"
    return f"{grouped},{cents} €"


def latin1(text: str) -> str:
    """What a Latin-1 client makes of characters outside ISO-8859-1."""
    for bad, good in LATIN1_FALLBACK.items():
        text = text.replace(bad, good)
    return text


def fits(text: str, charset: str) -> str:
    """The text as a client limited to `charset` would send it."""
    if charset == "iso-8859-1":
        return latin1(text)
    return text


def stamp(template: str, lang: str, when: datetime, **extra: str) -> str:
    """Fill a localised date template."""
    wd, mo = when.weekday(), when.month - 1
    fields = {
        "wl": DAYS[lang].split()[wd],
        "wa": DAYS_ABBR[lang].split()[wd],
        "ml": MONTHS[lang].split()[mo],
        "ma": MONTHS_ABBR[lang].split()[mo],
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "mo": f"{when.month:02d}",
        "y": str(when.year),
        "yy": f"{when.year % 100:02d}",
        "HH": f"{when.hour:02d}",
        "H": str(when.hour),
        "MM": f"{when.minute:02d}",
    }
    return template.format(**fields, **extra)


def quoted(text: str) -> str:
    """Plain-text quoting with '>' the way most clients do it."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_text(text: str) -> str:
    """Text lines as HTML with <br> breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_blocks(text: str, tag: str = "div") -> str:
    """Paragraphs as HTML blocks."""
    return "\n".join(f"<{tag}>{html_text(p)}</{tag}>" for p in text.split("\n\n"))


def word_paragraphs(text: str) -> str:
    """Text as Word's MsoNormal paragraphs."""
    out = []
    for line in text.split("\n"):
        inner = (
            html.escape(line, quote=False).replace("  ", " &nbsp;") if line else "<o:p>&nbsp;</o:p>"
        )
        out.append(
            f'<p class="MsoNormal">{inner}<o:p></o:p></p>'
            if line
            else f'<p class="MsoNormal">{inner}</p>'
        )
    return "\n".join(out)


def flow(text: str, width: int = 72) -> str:
    """RFC 3676 format=flowed wrapping: soft breaks end in a space, quote markers repeat."""
    out: list[str] = []
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        marker = ">" * depth
        content = line[depth:]
        if depth and content.startswith(" "):
            marker, content = marker + " ", content[1:]
        elif not depth and content.startswith((" ", "From ")):
            content = " " + content  # space-stuffing
        if len(marker) + len(content) <= width or " " not in content.strip():
            out.append(marker + content)
            continue
        lead = content[: len(content) - len(content.lstrip(" "))]
        words = content[len(lead) :].split(" ")
        current = lead + words[0]
        for word in words[1:]:
            if len(marker) + len(current) + 1 + len(word) > width:
                out.append(marker + current + " ")
                current = word
            else:
                current += " " + word
        out.append(marker + current)
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------


def charset_for(name: str, cte: str) -> cs.Charset:
    """A Charset object that makes the library use the transfer encoding the client used."""
    charset = cs.Charset(name)
    if cte == "qp":
        charset.body_encoding = cs.QP
    elif cte == "b64":
        charset.body_encoding = cs.BASE64
    else:
        charset.body_encoding = None  # type: ignore[assignment]  # 7bit/8bit: no encoding
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text/* part; raises if the hand-written text does not fit the declared charset."""
    text.encode(charset)
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, charset_for(charset, cte))
    return part


def encoded_header(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as the client would encode it (RFC 2047 when not ASCII)."""
    if value.isascii():
        return value
    target = charset if charset != "us-ascii" else "utf-8"
    try:
        value.encode(target)
    except UnicodeEncodeError:
        target = "utf-8"
    return Header(value, target, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str = "utf-8") -> str:
    """A From/To mailbox with an RFC 2047 display name when needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded_header(name, charset, 'From')} <{addr}>"


def move_mime_headers_last(msg: Message) -> None:
    """Put MIME-Version and the content headers below the others, where clients put them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "Content-Type" in msg and "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"


def subparts(part: Message) -> Iterator[Message]:
    """The direct sub-parts of a multipart or message/* part."""
    if not part.is_multipart():
        return
    for sub in cast(list[object], part.get_payload()):
        if isinstance(sub, Message):
            yield sub


def drop_inner_versions(part: Message, top: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    for sub in subparts(part):
        drop_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


BOUNDARY_STYLE = {
    "outlook_html": "_000_{t}",
    "html_only": "_000_{t}",
    "gmail": "000000000000{h}",
    "apple": "Apple-Mail=_{u}",
    "iphone": "Apple-Mail-{u}",
    "thunderbird": "------------{t}",
    "android": "_000_{t}",
    "outlook": "_000_{t}",
    "gmail_plain": "000000000000{h}",
}


def fix_boundaries(msg: Message, key: str, style: str) -> None:
    """Deterministic boundaries shaped like the sending software's."""
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        t = token(key, f"boundary{n}", 26)
        h = token(key, f"boundary{n}", 16, "hex")
        u = token(key, f"boundary{n}", 32, "hex").upper()
        u = f"{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}"
        template = BOUNDARY_STYLE.get(style, "=_{t}")
        part.set_boundary(template.format(t=t, h=h, u=u))


def finish(msg: Message, key: str, style: str) -> Message:
    """Header order, MIME-Version placement and boundaries."""
    move_mime_headers_last(msg)
    drop_inner_versions(msg)
    fix_boundaries(msg, key, style)
    return msg


# --------------------------------------------------------------------------------------------
# The reminder and the way each client quotes it
# --------------------------------------------------------------------------------------------


def reminder_sent(reply: datetime, key: str) -> datetime:
    """The reminder left on the last UK working day before the reply, just after nine."""
    day = reply.astimezone(UK) - timedelta(days=1)
    while day.weekday() >= 5 or day.date() in UK_BANK_HOLIDAYS:
        day -= timedelta(days=1)
    return day.replace(
        hour=9,
        minute=1 + digest(key, "minute")[0] % 9,
        second=digest(key, "second")[0] % 60,
    )


def reminder_msgid(key: str) -> str:
    """The Message-ID Meridian's system gave the reminder."""
    return f"<reminder.{token(key, 'reminder', 18, 'hex')}@{AR_DOMAIN}>"


def reminder_subject(r: Reply) -> str:
    """The subject of the reminder as the replying client shows it."""
    return fits(REMINDER_SUBJECT[r.lang].format(inv=r.invoice), r.charset)


def reminder_text(r: Reply) -> str:
    """The reminder body as the replying client quotes it."""
    body = REMINDER_BODY[r.lang].format(inv=r.invoice, amt=money(r.amount_due, r.lang))
    return fits(body, r.charset)


@dataclass(frozen=True)
class Quote:
    """What a reply quotes: the reminder, seen from the replying client."""

    text: str
    subject: str
    sent: datetime
    lang: str
    to_line: str


def quote_of(r: Reply) -> Quote:
    """The quoted reminder, with its send time shown in the sender's offset."""
    sent = reminder_sent(r.dt, r.key).astimezone(r.dt.tzinfo)
    name, addr = r.sender
    to_line = f"{name} <{addr}>" if name else addr
    return Quote(reminder_text(r), reminder_subject(r), sent, r.lang, fits(to_line, r.charset))


def outlook_header_lines(q: Quote) -> list[str]:
    """From/Sent/To/Subject as Outlook writes them above a quoted message."""
    _, frm, sent, to, subject, sep = OUTLOOK_FIELDS[q.lang]
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{stamp(OUTLOOK_DATE[q.lang], q.lang, q.sent)}",
        f"{to}{sep}{q.to_line}",
        f"{subject}{sep}{q.subject}",
    ]


def gmail_line(q: Quote) -> str:
    """Gmail's attribution line."""
    return stamp(GMAIL_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_line(q: Quote) -> str:
    """Apple Mail's attribution line."""
    return stamp(APPLE_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def alternative(r: Reply, plain: str, markup: str) -> Message:
    """multipart/alternative with a plain and an HTML version."""
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(plain, "plain", r.charset, r.cte))
    outer.attach(text_part(markup, "html", r.charset, r.cte))
    return outer


def client_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised 'Original Message' block."""
    block = "\n".join([OUTLOOK_FIELDS[q.lang][0], *outlook_header_lines(q)])
    return text_part(f"{r.text}\n\n{block}\n\n{q.text}\n", "plain", r.charset, r.cte)


def word_document(r: Reply, q: Quote) -> str:
    """Outlook's Word-generated HTML with the divider above the quoted message."""
    _, frm, sent, to, subject, sep = OUTLOOK_FIELDS[q.lang]
    labels = (frm, sent, to, subject)
    rows = "<br>\n".join(
        f"<b>{html.escape(label + sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1], quote=False)}"
        for label, line in zip(labels, outlook_header_lines(q), strict=True)
    )
    lang_attr = CONTENT_LANGUAGE[r.lang].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19 {mso-style-type:personal-reply;}\n--></style>\n</head>\n"
        f'<body lang="{lang_attr}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(r.text)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{rows}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def client_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop HTML: multipart/alternative, Word markup, divider div."""
    plain = "\n".join([r.text, "", *outlook_header_lines(q), "", q.text, ""])
    return alternative(r, plain, word_document(r, q))


def client_html_only(r: Reply, q: Quote) -> Message:
    """Outlook set to send HTML without a plain-text alternative."""
    return text_part(word_document(r, q), "html", r.charset, r.cte)


def client_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: plain text in base64 with its localised footer."""
    block = "\n".join(outlook_header_lines(q))
    text = f"{r.text}\n\n{ANDROID_SIGNATURE[q.lang]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def client_gmail(r: Reply, q: Quote) -> Message:
    """Gmail: multipart/alternative with the gmail_quote blockquote."""
    line = gmail_line(q)
    plain = f"{r.text}\n\n{line}\n\n{quoted(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_text(r.text)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(line, quote=False)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_blocks(q.text)}</blockquote></div>\n"
    )
    return alternative(r, plain, markup)


def client_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: '>' quoting under the attribution line."""
    return text_part(
        f"{r.text}\n\n{gmail_line(q)}\n\n{quoted(q.text)}\n", "plain", r.charset, r.cte
    )


def client_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac."""
    return text_part(
        f"{r.text}\n\n{apple_line(q)}\n\n{quoted(q.text)}\n", "plain", r.charset, r.cte
    )


def client_iphone(r: Reply, q: Quote) -> Message:
    """iPhone Mail: localised signature, then the quoted attribution and reminder."""
    text = f"{r.text}\n\n{IPHONE_SIGNATURE[q.lang]}\n\n{quoted(apple_line(q) + chr(10) + chr(10) + q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def client_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: format=flowed plain text."""
    line = stamp(THUNDERBIRD_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME)
    part = text_part(flow(f"{r.text}\n\n{line}\n{quoted(q.text)}\n"), "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def client_none(r: Reply, q: Quote) -> Message:
    """Automatic notices and advices quote nothing."""
    del q
    return text_part(r.text + "\n", "plain", r.charset, r.cte)


CLIENTS: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": client_outlook,
    "outlook_html": client_outlook_html,
    "html_only": client_html_only,
    "android": client_android,
    "gmail": client_gmail,
    "gmail_plain": client_gmail_plain,
    "apple": client_apple,
    "iphone": client_iphone,
    "thunderbird": client_thunderbird,
    "none": client_none,
}
MICROSOFT = {"outlook", "outlook_html", "html_only", "android"}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.100.1.2)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23B85)"),),
    "thunderbird": (
        ("User-Agent", "Mozilla Thunderbird 140.5.0"),
        ("Content-Language", "{lang}"),
    ),
}


def message_id(r: Reply) -> str:
    """A Message-ID shaped like the sending client's, derived from the message key."""
    domain = r.sender[1].split("@")[1]
    raw = digest(r.key, "msgid")
    if r.client in {"gmail", "gmail_plain"}:
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if r.client in MICROSOFT:
        return f"<{token(r.key, 'ms', 30)}@{token(r.key, 'host', 6)}P195MB{token(r.key, 'n', 4)}.EURP195.PROD.OUTLOOK.COM>"
    if r.client in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.client == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:28]}.{token(r.key, 'n', 6).lower()}@{domain}>"


def thread_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    """The extra headers Microsoft clients add."""
    index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
    return [
        ("Thread-Topic", encoded_header(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", f"{CONTENT_LANGUAGE[r.lang]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ("X-MS-Has-Attach", "yes" if r.attachment else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def fake_pdf(r: Reply) -> bytes:
    """A tiny PDF standing in for a payment confirmation."""
    return (
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
        + f"% {token(r.key, 'pdf', 12)}\n".encode()
        + b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )


def build_reply(r: Reply) -> Message:
    """The complete message for one hand-written reply."""
    q = quote_of(r)
    body = CLIENTS[r.client](r, q)
    if r.attachment:
        outer = MIMEMultipart("mixed")
        outer.attach(body)
        pdf = MIMEApplication(fake_pdf(r), "pdf")
        pdf.add_header("Content-Disposition", "attachment", filename=r.attachment)
        outer.attach(pdf)
        body = outer
    msg = body
    msg["From"] = mailbox(*r.sender, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.subject:
        subject = r.subject.format(rsub=q.subject)
    else:
        prefix = OUTLOOK_REPLY_PREFIX[r.lang] if r.client in MICROSOFT else "Re: "
        subject = prefix + q.subject
    msg["Subject"] = encoded_header(subject, r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = message_id(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = thread_headers(r, q) if r.client in MICROSOFT else []
    for name, value in [*extra, *CLIENT_HEADERS.get(r.client, ()), *r.headers]:
        msg[name] = value.format(lang=CONTENT_LANGUAGE[r.lang])
    return finish(msg, r.key, r.client)


AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")
SUPPRESS_OOF = ("X-Auto-Response-Suppress", "DR, RN, NRN, OOF, AutoReply")


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Dan Whitlock", "dan@whitlockjoinery.example"),
        "2028-12-05 07:48 +0000",
        "iphone",
        "done",
        lab(note="one lower-case word answering a payment reminder: read as paid; no date"),
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Halden Logistics Accounts Payable", "ap-remittance@haldenlogistics.example"),
        "2028-12-06 05:41 +0000",
        "none",
        "REMITTANCE ADVICE\n\n"
        "Payer:              Halden Logistics Group plc\n"
        "Payee:              Meridian Payroll Bureau Ltd\n"
        "Supplier number:    0000418822\n"
        "Payment date:       06/12/2028\n"
        "Payment method:     BACS\n"
        "Payment reference:  5100384912\n\n"
        "Your reference     Document date   Gross amount   Discount   Amount paid\n"
        "MPB-4391-28        31/10/2028          2,148.00       0.00      2,148.00\n"
        "MPB-4402-28        31/10/2028            612.50       0.00        612.50\n\n"
        "Total paid (GBP)                                                2,760.50\n\n"
        "This advice has been generated automatically by our payment system. Replies to this address are not monitored. For remittance queries please contact the Halden Shared Service Centre, quoting the payment reference above.",
        lab(
            "MPB-4391-28",
            "MPB-4402-28",
            paid_date="2028-12-06",
            payment_reference="5100384912",
            amount="2760.50",
            currency="GBP",
            note="AP-system remittance advice for two invoices; the total is the amount paid; the 'not monitored' line is boilerplate",
        ),
        subject="Remittance advice 5100384912 - Halden Logistics Group plc",
        headers=(AUTO_GENERATED, ("X-Mailer", "SAP NetWeaver 7.58"), SUPPRESS),
        threaded=False,
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Karen O'Donnell", "practice.manager@brookfield-dental.example"),
        "2028-12-12 13:22 +0000",
        "outlook",
        "Hi,\n\n"
        "Sorry for the slow reply to this, and to your colleague's email last week about the holiday pay calculation – it has been absolute chaos here. Two of the nurses went on maternity leave within a fortnight of each other, we've had a locum in since October who apparently has to go through payroll as well (I'll send his details separately, the agency says he can't be paid as self-employed, I don't really understand it, maybe you can advise), and the building work on the second surgery has overrun by six weeks.\n\n"
        "Anyway, on the invoice – I checked with Sanjay and he paid it on the practice card last Thursday along with the pension one, so it should be showing on your side by now. If it isn't, let me know and I'll chase the bank.\n\n"
        "While I've got you, could someone confirm whether the December payroll is going out early because of Christmas? The girls are asking.\n\n"
        "Thanks,\nKaren\n\n"
        "Karen O'Donnell\nPractice Manager\nBrookfield Dental Care",
        lab(
            paid_date="2028-12-07",
            note="rambling reply with the payment claim in the middle; 'last Thursday' before Tue 12 Dec; the payroll questions are secondary",
        ),
        charset="windows-1252",
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Vossberg Maschinenbau GmbH", "zahlungsavis@vossberg-maschinenbau.example"),
        "2028-12-11 06:15 +0100",
        "none",
        "ZAHLUNGSAVIS\n\n"
        "Sehr geehrte Damen und Herren,\n\n"
        "wir haben heute folgende Zahlung zu Ihren Gunsten veranlasst:\n\n"
        "Zahlungsdatum:        11.12.2028\n"
        "Zahlweg:              SEPA-Überweisung\n"
        "Belegnummer:          2000481327\n"
        "Ihre Kreditorennr.:   70031884\n\n"
        "Rechnungsnr.     Rechnungsdatum    Bruttobetrag    Skonto    Zahlbetrag\n"
        "MPB-4420-28      31.10.2028        1.356,00 EUR    0,00      1.356,00 EUR\n\n"
        "Summe Zahlbetrag:                                            1.356,00 EUR\n\n"
        "Diese Nachricht wurde maschinell erstellt. Bitte antworten Sie nicht auf diese E-Mail.\n\n"
        "Vossberg Maschinenbau GmbH - Kreditorenbuchhaltung",
        lab(
            "MPB-4420-28",
            paid_date="2028-12-11",
            payment_reference="2000481327",
            amount="1356.00",
            currency="EUR",
            note="ERP payment advice in German; 'heute veranlasst' is the advice date",
        ),
        subject="Zahlungsavis Nr. 2000481327 / Vossberg Maschinenbau GmbH",
        charset="iso-8859-1",
        headers=(AUTO_GENERATED, ("X-Mailer", "SAP NetWeaver 7.58")),
        threaded=False,
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Sandrine Lefort", "sandrine.lefort@atelier-lefort.example"),
        "2028-12-06 11:37 +0100",
        "gmail",
        "Bonjour,\n\n"
        "Le virement est parti le 4 décembre, vous devriez l'avoir reçu entre-temps.\n\n"
        "Par contre je n'ai jamais eu la facture elle-même, seulement vos relances. Pouvez-vous me l'envoyer en PDF ? Mon expert-comptable me la réclame pour la clôture.\n\n"
        "Merci d'avance,\nSandrine Lefort\nAtelier Lefort – Menuiserie",
        lab(
            paid_date="2028-12-04",
            note="paid, and wants a copy for the books (not as a condition of paying): payment_sent",
        ),
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Yannick Bertrand", "yannick.bertrand.bat@gmail.com"),
        "2028-12-11 12:58 +0100",
        "iphone",
        "reglé ce matin par virement bonne journée",
        lab(
            paid_date="2028-12-11",
            note="no punctuation, missing accent; 'ce matin' is the message date",
        ),
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Marta Quiroga", "administracion@clinicavetsanroque.example"),
        "2028-12-04 10:12 +0100",
        "outlook_html",
        "Buenos días:\n\n"
        "Les confirmo que la transferencia correspondiente a la factura MPB-4433-28, por importe de 845,30 €, se realizó el pasado viernes 1 de diciembre. Adjunto el justificante bancario.\n\n"
        "Un saludo,\n\nMarta Quiroga\nAdministración\nClínica Veterinaria San Roque",
        lab(
            "MPB-4433-28",
            paid_date="2028-12-01",
            amount="845.30",
            currency="EUR",
        ),
        inv="MPB-4433-28",
        amount="845.30",
        attachment="justificante_transferencia.pdf",
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Rubén Galiana", "ruben@talleresgaliana.example"),
        "2028-12-14 19:05 +0100",
        "gmail_plain",
        "Eso ya está pagado desde el 15/11, revisadlo por favor que es la segunda vez que me llega el aviso.\n\nRubén\nTalleres Galiana",
        lab(
            paid_date="2028-11-15",
            note="'15/11' in day/month order, before the message date",
        ),
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Ingrid Hoekstra", "i.hoekstra@hoekstra-installatietechniek.example"),
        "2028-12-13 14:40 +0100",
        "outlook",
        "Goedemiddag,\n\n"
        "Deze factuur is gisteren met onze betaalrun voldaan, samen met MPB-4388-28. Totaal € 1.932,40, omschrijving ‘MPB-4388-28 MPB-4451-28’.\n\n"
        "Met vriendelijke groet,\n\nIngrid Hoekstra\nFinanciële administratie\nHoekstra Installatietechniek B.V.",
        lab(
            "MPB-4388-28",
            "MPB-4451-28",
            paid_date="2028-12-12",
            amount="1932.40",
            currency="EUR",
            note="one transfer for two invoices; the total is the amount paid; the description is not a payment reference",
        ),
        inv="MPB-4451-28",
        amount="1164.90",
        charset="windows-1252",
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Bas Timmer", "bas@fietsenmakerijdeboog.example"),
        "2028-12-07 21:14 +0100",
        "iphone",
        "Al betaald hoor, vorige week al. Kijk even goed 😉",
        lab(note="'vorige week' cannot be pinned to a day"),
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Chiara Benedetti", "amministrazione@benedetti-ottica.example"),
        "2028-12-14 16:20 +0100",
        "outlook_html",
        "Buongiorno,\n\n"
        "in allegato la contabile del bonifico disposto in data odierna a saldo della fattura n. MPB-4462-28 (CRO 28348112940017).\n\n"
        "Distinti saluti\n\nChiara Benedetti\nUfficio Amministrazione\nOttica Benedetti S.r.l.",
        lab(
            "MPB-4462-28",
            paid_date="2028-12-14",
            payment_reference="28348112940017",
            note="'in data odierna' is the message date; the CRO is the bank's transfer reference",
        ),
        inv="MPB-4462-28",
        attachment="contabile_bonifico_MPB-4462-28.pdf",
    ),
    Reply(
        "ps-it-2",
        "payment_sent",
        "it",
        ("Gianni Russo", "gianni.russo.edilizia@gmail.com"),
        "2028-12-19 08:02 +0100",
        "android",
        "PAGATO IERI",
        lab(
            paid_date="2028-12-18",
            note="all caps from a phone; 'ieri' before Tue 19 Dec",
        ),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pr-en-1",
        "promise_to_pay",
        "en",
        ("Rob Kettering", "rob@ketteringsigns.example"),
        "2028-12-06 18:31 +0000",
        "iphone",
        "Hi, I'm on leave this week and can't get into the business account from here (the card reader thing is in the office). I'll pay this first thing Monday when I'm back. Sorry it's late.\n\nRob",
        lab(
            promised_date="2028-12-11",
            note="written by a person although the subject says 'Out of office'; no auto headers; 'Monday' after Wed 6 Dec",
        ),
        subject="Out of office till Monday - Re: {rsub}",
    ),
    Reply(
        "pr-en-2",
        "promise_to_pay",
        "en",
        ("Fiona Grant", "fiona.grant@larchwoodcare.example"),
        "2028-12-12 10:05 +0000",
        "outlook_html",
        "Good morning,\n\n"
        "Thank you for your reminder. Invoice MPB-4475-28 was approved by the regional manager yesterday and has been scheduled for our BACS run this Friday, so funds should reach you the same day.\n\n"
        "Kind regards,\n\nFiona Grant\nAccounts Payable Assistant\nLarchwood Care Group",
        lab(
            "MPB-4475-28",
            promised_date="2028-12-15",
            note="past tense ('approved', 'scheduled') about a future payment: Fri 15 Dec",
        ),
        inv="MPB-4475-28",
        headers=(SUPPRESS,),
    ),
    Reply(
        "pr-en-3",
        "promise_to_pay",
        "en",
        ("Tom Aydin", "tom@aydinarchitects.example"),
        "2028-12-05 16:50 +0000",
        "gmail",
        "Not yet, sorry – we do all our supplier payments on the 15th and yours missed the November cut-off. It'll go out on the 15th with everything else.\n\nTom",
        lab(
            promised_date="2028-12-15",
            note="'not yet' is a negation, followed by a promise for the 15th of this month",
        ),
    ),
    Reply(
        "pr-de-1",
        "promise_to_pay",
        "de",
        ("Petra Schölzel", "p.schoelzel@schoelzel-logistik.example"),
        "2028-12-07 09:41 +0100",
        "outlook",
        "Guten Morgen,\n\n"
        "vielen Dank für die Erinnerung. Die Rechnung liegt zur Freigabe vor und ist für den Zahllauf in KW 51 eingeplant.\n\n"
        "Mit freundlichen Grüßen\nPetra Schölzel\nBuchhaltung\nSchölzel Logistik GmbH & Co. KG",
        lab(
            promised_date="2028-12-18",
            note="'KW 51' → Monday of ISO week 51, as 'nächste Woche' → Monday",
        ),
        charset="windows-1252",
        headers=(SUPPRESS,),
    ),
    Reply(
        "pr-de-2",
        "promise_to_pay",
        "de",
        ("Markus Brandl", "markus.brandl@brandl-elektro.example"),
        "2028-12-09 11:03 +0100",
        "thunderbird",
        "Hallo,\n\nsorry, ist mir durchgerutscht. Ich überweise bis spätestens 15.12., vorher kommt bei uns leider nichts rein.\n\nGruß\nMarkus Brandl\nBrandl Elektrotechnik",
        lab(
            promised_date="2028-12-15",
            note="'bis spätestens 15.12.' in German day.month form; written on a Saturday",
        ),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pr-fr-1",
        "promise_to_pay",
        "fr",
        ("Élodie Marchal", "e.marchal@transports-ardant.example"),
        "2028-12-08 15:12 +0100",
        "outlook_html",
        "Bonjour,\n\n"
        "Votre facture a bien été validée. Elle sera réglée par virement en fin de mois, avec notre campagne de paiements fournisseurs.\n\n"
        "Bien cordialement,\n\nÉlodie Marchal\nService comptabilité\nTransports Ardant SAS",
        lab(promised_date="2028-12-31", note="'en fin de mois' → last day of the month"),
        charset="iso-8859-1",
    ),
    Reply(
        "pr-es-1",
        "promise_to_pay",
        "es",
        ("Paco Linares", "pacolinares.reformas@gmail.com"),
        "2028-12-13 22:47 +0100",
        "iphone",
        "Perdona el retraso. Lo pago a finales de mes sin falta, este mes voy fatal con las pagas extra de los chavales.\nUn saludo",
        lab(
            promised_date="2028-12-31",
            note="'a finales de mes' → last day of the month",
        ),
    ),
    Reply(
        "pr-es-2",
        "promise_to_pay",
        "es",
        ("Itziar Ibarra", "administracion@construccionesibarra.example"),
        "2028-12-15 12:30 +0100",
        "gmail",
        "Hola,\n\n"
        "Sí, lo sabemos. Os pagamos en cuanto nos ingrese el Ayuntamiento la certificación de octubre, que ya va con retraso. Nos han dicho que antes de Reyes, pero con ellos nunca se sabe.\n\n"
        "En cuanto entre el dinero os hago la transferencia, no os preocupéis.\n\nItziar",
        lab(
            note="promise conditional on the customer's own receivable, not on a document; 'antes de Reyes' is not a day"
        ),
        cte="b64",
    ),
    Reply(
        "pr-nl-1",
        "promise_to_pay",
        "nl",
        ("Sanne Verbruggen", "sanne@verbruggen-catering.example"),
        "2028-12-04 13:26 +0100",
        "gmail",
        "Hoi,\n\nKlopt, die staat nog open. We betalen hem over twee weken, dan hebben we de betaling van ons grootste evenement binnen.\n\nGroetjes,\nSanne",
        lab(
            promised_date="2028-12-18",
            note="'over twee weken' → message date + 14 days",
        ),
    ),
    Reply(
        "pr-nl-2",
        "promise_to_pay",
        "nl",
        ("R. de Haan", "r.dehaan@duinwijk.example"),
        "2028-12-19 09:12 +0100",
        "outlook",
        "Geachte heer/mevrouw,\n\n"
        "Uw factuur MPB-4486-28 is akkoord bevonden en staat ingepland voor de betaalrun van donderdag aanstaande.\n\n"
        "Met vriendelijke groet,\n\nR. de Haan\nTeam Crediteuren\nGemeente Duinwijk",
        lab(
            "MPB-4486-28",
            promised_date="2028-12-21",
            note="municipality; 'akkoord bevonden en ingepland' is past tense about Thu 21 Dec",
        ),
        inv="MPB-4486-28",
        headers=(SUPPRESS_OOF,),
    ),
    Reply(
        "pr-it-1",
        "promise_to_pay",
        "it",
        ("Roberto Fanti", "r.fanti@fantiarredamenti.example"),
        "2028-12-11 10:40 +0100",
        "outlook_html",
        "Buongiorno,\n\nci scusiamo per il ritardo. Provvederemo al saldo della fattura entro fine mese.\n\nCordiali saluti\n\nRoberto Fanti\nFanti Arredamenti S.r.l.",
        lab(promised_date="2028-12-31", note="'entro fine mese' → last day of the month"),
        charset="windows-1252",
    ),
    Reply(
        "pr-it-2",
        "promise_to_pay",
        "it",
        ("Lucia Mancini", "lucia@pasticceriamancini.example"),
        "2028-12-07 14:55 +0100",
        "apple",
        "Buongiorno, il bonifico parte il 15/12 insieme alle tredicesime dei ragazzi. Prima non riesco, mi dispiace.\n\nLucia Mancini\nPasticceria Mancini",
        lab(promised_date="2028-12-15", note="'15/12' in Italian day/month order"),
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Owen Pritchard", "owen.pritchard@pritchardhaulage.example"),
        "2028-12-07 11:18 +0000",
        "outlook_html",
        "Hi,\n\n"
        "We've paid £1,140.00 of this today, which covers the weekly payroll runs and the pension submissions.\n\n"
        "The remaining £360.00 is for a “year-end readiness review” that nobody here asked for. Our contract (schedule 2) says year-end processing is included in the monthly fee, so we won't be paying that line. Please send a credit note for it.\n\n"
        "Regards,\nOwen Pritchard\nFinance Manager\nPritchard Haulage Ltd",
        lab(note="paid the undisputed part and contests the rest: dispute beats the payment claim"),
        amount="1500.00",
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Gary Stott", "gary@stottplumbing.example"),
        "2028-12-08 17:02 +0000",
        "android",
        "We have NOT paid this and we're not going to until someone explains why our November RTI went in late. We've had a letter from HMRC with a £100 penalty on it. That's your mistake not ours. Take it off the bill or refund the fine and then we'll talk.\n\nGary",
        lab(note="negated payment with the reason: a filing error blamed on the bureau"),
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Dr Helen Marsh", "h.marsh@riversidehousing.example"),
        "2028-12-14 15:33 +0000",
        "outlook",
        "Dear Billing Team,\n\n"
        "I am writing regarding invoice MPB-4468-28, which charges for 64 payslips in October.\n\n"
        "Our October payroll contained 52 employees. The remaining twelve left the association in September and were processed as leavers in the September run, for which we have already been invoiced and which we have paid. I can only assume they were carried over in error.\n\n"
        "I should be grateful if you would review the payslip count and issue a corrected invoice for 52 payslips, at which point we will settle it promptly.\n\n"
        "Yours faithfully,\n\nDr Helen Marsh\nDirector of Resources\nRiverside Housing Association",
        lab(
            "MPB-4468-28",
            note="contests the payslip count; the corrected invoice and the payment depend on it; the payment mentioned is of the September invoice",
        ),
        inv="MPB-4468-28",
        charset="windows-1252",
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Sabine Kraus", "s.kraus@kraus-dental-labor.example"),
        "2028-12-05 14:20 +0100",
        "gmail",
        "Sehr geehrte Damen und Herren,\n\n"
        "die Einrichtungsgebühr für die Anbindung an die Pensionskasse haben Sie uns bereits im August mit der Rechnung MPB-4310-28 berechnet, und diese Rechnung ist bezahlt. In MPB-4459-28 taucht dieselbe Position noch einmal auf (Pos. 3, 450,00 €).\n\n"
        "Dieser Position widersprechen wir. Bitte senden Sie uns eine Gutschrift bzw. eine korrigierte Rechnung; den Restbetrag überweisen wir dann umgehend.\n\n"
        "Mit freundlichen Grüßen\nSabine Kraus\nKraus Dental-Labor GmbH",
        lab(
            "MPB-4310-28",
            "MPB-4459-28",
            note="duplicate charge; the payment mentioned is of the earlier invoice",
        ),
        inv="MPB-4459-28",
        amount="1236.00",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Jörg Albers", "j.albers@albers-baeckerei.example"),
        "2028-12-18 08:35 +0100",
        "outlook",
        "Guten Morgen,\n\n"
        "mit der Oktober-Rechnung haben Sie den Preis pro Abrechnung von 9,50 EUR auf 12,00 EUR angehoben. Eine Preiserhöhung wurde uns weder angekündigt, noch haben wir ihr zugestimmt; laut Vertrag gilt der alte Preis bis 30.06.2029.\n\n"
        "Bitte korrigieren Sie die Rechnung. Vorher werden wir sie nicht bezahlen.\n\n"
        "Mit freundlichen Grüßen\nJörg Albers\nAlbers Landbäckerei GmbH",
        lab(note="unannounced price rise contested; the correction request is secondary"),
        charset="iso-8859-1",
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Karim Benali", "k.benali@benali-securite.example"),
        "2028-12-11 09:50 +0100",
        "outlook_html",
        "Bonjour,\n\n"
        "Nous ne réglerons pas cette facture en l'état. La DSN d'octobre a été déposée avec quatre jours de retard par vos services et nous avons reçu une majoration de l'URSSAF de 312 €. Il y a en plus des erreurs sur les bulletins de deux agents (heures de nuit non majorées).\n\n"
        "Tant que ces points ne sont pas régularisés et la majoration prise en charge par vous, la facture est contestée dans son intégralité.\n\n"
        "Cordialement,\n\nKarim Benali\nGérant – Benali Sécurité Privée",
        lab(note="refuses payment because of a late filing and payslip errors"),
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("Martine Roussel", "tresorerie@lespetitspas-creche.example"),
        "2028-12-20 18:40 +0100",
        "thunderbird",
        "Bonsoir,\n\n"
        "Je suis surprise de recevoir cette relance. Nous avons résilié notre contrat avec vous au 30 septembre, par lettre recommandée du 27 juin dont j'ai l'accusé de réception. Vous n'avez donc traité aucune paie pour nous en octobre et cette facture n'a pas lieu d'être.\n\n"
        "Merci de l'annuler et de me confirmer que notre compte est soldé.\n\n"
        "Martine Roussel\nTrésorière bénévole, crèche associative Les Petits Pas",
        lab(note="contract terminated before the invoiced month"),
        cte="8bit",
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Lorena Gil", "lgil@gilyvidal.example"),
        "2028-12-12 13:10 +0100",
        "gmail",
        "Buenas tardes,\n\n"
        "No la hemos pagado porque en la factura MPB-4447-28 nos cobran 17 nóminas y en octubre solo teníamos 14 trabajadores: tres causaron baja en septiembre y así se lo comunicamos a vuestra gestora.\n\n"
        "Por favor, revisadla y mandadnos una factura rectificativa.\n\n"
        "Saludos,\nLorena Gil\nGil y Vidal Distribuciones, S.L.",
        lab("MPB-4447-28", note="negated payment with the reason: wrong headcount"),
        inv="MPB-4447-28",
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Jeroen Smit", "jeroen@smit-hoveniers.example"),
        "2028-12-06 16:14 +0100",
        "apple",
        "Hallo,\n\n"
        "Waar komen die 14 uur HR-advies op deze factuur vandaan? Wij hebben in oktober één keer gebeld over een zieke medewerker en dat gesprek duurde hooguit een half uur. Die uren gaan wij niet betalen.\n\n"
        "Groet,\nJeroen Smit\nSmit Hoveniers",
        lab(note="opens with a question but contests the billed hours"),
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("Fatima el Idrissi", "f.elidrissi@kinderopvangzonnestraal.example"),
        "2028-12-15 11:22 +0100",
        "outlook_html",
        "Goedemorgen,\n\n"
        "MPB-4405-28 hebben wij vorige week betaald. MPB-4471-28 klopt echter niet: de pensioenaangifte voor oktober staat er twee keer op, één keer als losse regel en één keer in het maandtarief. Wij betalen deze factuur pas als die dubbele regel eraf is.\n\n"
        "Met vriendelijke groet,\nFatima el Idrissi\nKinderopvang Zonnestraal",
        lab(
            "MPB-4405-28",
            "MPB-4471-28",
            note="paid one invoice, disputes the one reminded about: dispute",
        ),
        inv="MPB-4471-28",
        charset="windows-1252",
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Paolo Ferretti", "paolo.ferretti@ferretti-trasporti.example"),
        "2028-12-05 12:05 +0100",
        "outlook",
        "Buongiorno,\n\n"
        "la fattura in oggetto riporta 38 cedolini per il mese di ottobre, ma noi ne abbiamo elaborati 31: i sette stagionali sono cessati a fine settembre.\n\n"
        "Vi chiediamo pertanto di emettere una nota di credito per la differenza. Fino ad allora la fattura resta sospesa.\n\n"
        "Cordiali saluti\nPaolo Ferretti\nFerretti Trasporti S.r.l.",
        lab(note="payslip count contested; 'fattura in oggetto' names no number in the text"),
        charset="iso-8859-1",
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Salvo Caruso", "salvo.caruso73@gmail.com"),
        "2028-12-21 20:33 +0100",
        "iphone",
        "ma scusate sta fattura non e giusta avevamo detto 150 euro al mese tutto compreso non 230 ne ho parlato pure con marco il vostro commerciale a settembre sentitevi con lui prima di mandarmi solleciti",
        lab(note="no punctuation, missing accents; contests the monthly price"),
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pp-en-1",
        "payment_plan",
        "en",
        ("Lisa Chambers", "lisa@chambersflorists.example"),
        "2028-12-08 12:44 +0000",
        "gmail",
        "Hi there,\n\n"
        "Would it be OK if I paid half of this next Thursday and the other half in the second week of January? December is our busiest month, so money comes in, but it all goes straight back out on stock.\n\n"
        "Let me know if that works.\n\nThanks,\nLisa\nChambers Florists",
        lab(
            note="split proposal (half next Thursday, half in January); plan dates are not labelled"
        ),
        amount="864.00",
    ),
    Reply(
        "pp-en-2",
        "payment_plan",
        "en",
        ("Bev Kowalczyk", "bev@littleacorns-nursery.example"),
        "2028-12-18 20:15 +0000",
        "outlook",
        "Hello,\n\n"
        "I'm really sorry this is still outstanding. We've had an awful autumn – we lost two rooms' worth of children when the new estate opened its own nursery, and the council funding for the three-year-olds is still coming through late. I'm not trying to avoid paying, I just can't clear the whole balance in one go.\n\n"
        "Could we pay £200 a month until it's cleared? I can set up a standing order for the 1st of each month starting in January.\n\n"
        "Kind regards,\nBev Kowalczyk\nOwner, Little Acorns Day Nursery",
        lab(note="hardship and monthly instalments"),
        amount="1180.00",
    ),
    Reply(
        "pp-en-3",
        "payment_plan",
        "en",
        ("Martin Ashby", "m.ashby@ashby-precision.example"),
        "2028-12-04 15:30 +0000",
        "html_only",
        "Dear Sir or Madam,\n\n"
        "Further to your reminder, I write to request an extension of 60 days on the outstanding balance. Following the loss of a major contract in the third quarter, the company is operating under a revised cash flow plan agreed with our bank, and all supplier balances above £1,000 are being settled on extended terms.\n\n"
        "We value the service Meridian provides and have every intention of settling the account in full. I should be grateful if you would confirm that these terms are acceptable.\n\n"
        "Yours faithfully,\n\nMartin Ashby FCCA\nFinance Director\nAshby Precision Engineering Ltd",
        lab(note="formal request for more time on the whole balance; HTML-only"),
        amount="2415.00",
        charset="windows-1252",
    ),
    Reply(
        "pp-de-1",
        "payment_plan",
        "de",
        ("Claudia Meißner", "c.meissner@meissner-pflegedienst.example"),
        "2028-12-12 16:48 +0100",
        "gmail",
        "Guten Tag,\n\n"
        "leider ist unsere Liquidität derzeit angespannt, da die Pflegekassen mit ihren Zahlungen im Verzug sind. Wäre es möglich, den offenen Betrag in drei Monatsraten zu begleichen, beginnend am 15.01.2029?\n\n"
        "Für eine kurze Bestätigung wäre ich dankbar.\n\n"
        "Freundliche Grüße\nClaudia Meißner\nAmbulanter Pflegedienst Meißner",
        lab(note="three monthly instalments; the first instalment date is not labelled"),
    ),
    Reply(
        "pp-de-2",
        "payment_plan",
        "de",
        ("Kai Lorenzen", "kai@lorenzen-werft.example"),
        "2028-12-14 10:05 +0100",
        "android",
        "Moin,\n\n500 € hab ich eben überwiesen, den Rest mach ich Mitte Januar, wenn unsere Kunden ihre Winterlager bezahlt haben. Geht das klar?\n\nKai",
        lab(note="part payment now plus the rest later → payment_plan, not payment_sent"),
        amount="1640.00",
    ),
    Reply(
        "pp-fr-1",
        "payment_plan",
        "fr",
        ("Julien Carpentier", "j.carpentier@carpentier-paysage.example"),
        "2028-12-05 17:25 +0100",
        "outlook",
        "Bonjour,\n\n"
        "Suite à votre relance, serait-il possible d'étaler le règlement de cette facture en trois mensualités (décembre, janvier, février) ? L'activité est au plus bas en hiver et notre trésorerie est tendue jusqu'au printemps.\n\n"
        "Je peux mettre en place les virements permanents dès votre accord.\n\n"
        "Cordialement,\nJulien Carpentier\nCarpentier Paysage",
        lab(),
        charset="windows-1252",
    ),
    Reply(
        "pp-fr-2",
        "payment_plan",
        "fr",
        ("Sophie Delaunay", "direction@horizon-insertion.example"),
        "2028-12-19 11:02 +0100",
        "gmail",
        "Madame, Monsieur,\n\n"
        "Notre association attend le versement de la subvention départementale 2028, qui aurait dû intervenir en novembre. Dans l'attente, nous ne sommes pas en mesure de régler votre facture.\n\n"
        "Nous sollicitons donc un délai de paiement jusqu'au 31 janvier 2029. Je vous remercie par avance de votre compréhension.\n\n"
        "Sophie Delaunay\nDirectrice – Horizon Insertion",
        lab(
            note="asks for more time (a new deadline) → payment_plan; the requested date is not labelled"
        ),
    ),
    Reply(
        "pp-es-1",
        "payment_plan",
        "es",
        ("Nerea Aguirre", "nerea@aguirrefisioterapia.example"),
        "2028-12-07 13:35 +0100",
        "iphone",
        "Hola! ¿Podríamos dividirlo en dos pagos? La mitad ahora antes de Navidad y la otra mitad a mediados de enero. Es que con la paga extra de diciembre vamos muy justos.\nGracias!!",
        lab(note="two payments proposed"),
    ),
    Reply(
        "pp-es-2",
        "payment_plan",
        "es",
        ("Manolo", "manolo.bar.elpuerto@gmail.com"),
        "2028-12-22 23:40 +0100",
        "gmail_plain",
        "buenas, mira ahora mismo no puedo pagarlo todo de golpe, el bar ha ido fatal este otoño. te puedo ir pagando 100 euros cada semana hasta quitarlo, empezando el viernes que viene. dime si os vale\n\nmanolo",
        lab(note="hardship and weekly instalments, informal and lower case"),
    ),
    Reply(
        "pp-nl-1",
        "payment_plan",
        "nl",
        ("Mark Jansen", "m.jansen@jansenbouw.example"),
        "2028-12-11 08:52 +0100",
        "outlook_html",
        "Goedemorgen,\n\n"
        "Wij hebben het momenteel financieel wat lastig door een paar uitgestelde projecten. Is het mogelijk een betalingsregeling te treffen? Wij stellen voor het openstaande bedrag in vier maandelijkse termijnen van € 350,00 te voldoen, de eerste op 1 januari.\n\n"
        "Met vriendelijke groet,\n\nMark Jansen\nJansen Bouw & Onderhoud B.V.",
        lab(note="four monthly instalments"),
        amount="1400.00",
    ),
    Reply(
        "pp-it-1",
        "payment_plan",
        "it",
        ("Avv. Francesca Lodi", "f.lodi@studiolegalelodi.example"),
        "2028-12-13 11:45 +0100",
        "outlook_html",
        "Gentili Signori,\n\n"
        "facendo seguito al Vostro sollecito, Vi chiediamo la cortesia di poter rateizzare l'importo in tre rate mensili di pari importo, con scadenza al 31 dicembre, al 31 gennaio e al 28 febbraio.\n\n"
        "Restiamo in attesa di un cortese riscontro.\n\n"
        "Distinti saluti\n\nAvv. Francesca Lodi\nStudio Legale Lodi",
        lab(note="a law firm as the customer, asking for instalments; very formal register"),
        charset="iso-8859-1",
    ),
    Reply(
        "pp-it-2",
        "payment_plan",
        "it",
        ("Marco Gentile", "marco@gentilegelati.example"),
        "2028-12-20 17:30 +0100",
        "apple",
        "Ciao, oggi ho fatto un bonifico per metà della fattura. Il resto ve lo pago entro fine gennaio, a dicembre siamo chiusi per ferie e incassiamo poco. Va bene?\n\nMarco\nGentile Gelati",
        lab(note="half paid today, the rest by the end of January → payment_plan"),
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Sharon Peel", "sharon.peel@northvale-council.example"),
        "2028-12-05 10:22 +0000",
        "outlook_html",
        "Good morning,\n\n"
        "We are unable to pay invoices that do not quote a valid purchase order number. Please reissue invoice MPB-4409-28 quoting PO 4500217731 and send it to this mailbox. Once we receive it with the PO it will be paid in the next available payment run.\n\n"
        "Kind regards,\n\nSharon Peel\nAccounts Payable\nNorthvale Borough Council",
        lab(
            "MPB-4409-28",
            note="public body; payment conditional on a reissue with the PO, nothing contested",
        ),
        inv="MPB-4409-28",
        headers=(SUPPRESS,),
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("James Whitfield", "james.whitfield@whitfieldmotors.example"),
        "2028-12-13 09:15 +0000",
        "outlook",
        "Morning,\n\n"
        "Before we release payment, could someone call me on 01632 960582 to confirm your bank details verbally? We had an attempted invoice fraud last month and our auditors now insist we verify any supplier whose account details have changed. Your invoice shows a different account from the one we hold on file.\n\n"
        "Cheers,\nJames\n\nJames Whitfield\nFinancial Controller\nWhitfield Motors Ltd",
        lab(note="bank details to be confirmed before paying; nothing contested"),
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Nikhil Rao", "nikhilrao.design@gmail.com"),
        "2028-12-16 10:08 +0000",
        "gmail_plain",
        "hi, can you send me the actual invoice? I've had two of these reminders now but never the invoice itself, maybe it's going to my old address. happy to pay once I can see what it's for\n\nnikhil",
        lab(note="sole trader on free mail; never received the invoice; written on a Saturday"),
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Heike Sommer", "rechnungseingang@kvhs-lahntal.example"),
        "2028-12-06 13:40 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "als öffentlicher Auftraggeber dürfen wir Rechnungen nur noch elektronisch im Format XRechnung entgegennehmen. Ihre Rechnung MPB-4444-28 liegt uns lediglich als PDF vor und kann daher nicht bearbeitet werden.\n\n"
        "Bitte reichen Sie die Rechnung über das Rechnungseingangsportal des Landes ein und geben Sie dabei die Leitweg-ID 06-B1234-57 an. Nach Eingang wird sie umgehend zur Zahlung angewiesen.\n\n"
        "Mit freundlichen Grüßen\nIm Auftrag\nHeike Sommer\nKreisvolkshochschule Lahntal – Haushalt und Rechnungswesen",
        lab(
            "MPB-4444-28",
            note="public body needs an e-invoice (XRechnung) before paying",
        ),
        inv="MPB-4444-28",
        charset="windows-1252",
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Stefan Kühn", "buchhaltung@kuehn-metallbau.example"),
        "2028-12-20 14:18 +0100",
        "gmail",
        "Hallo,\n\n"
        "wir sind seit dem 1. Oktober eine GmbH & Co. KG (vorher Kühn Metallbau e. K.). Die Rechnung ist noch auf die alte Firma ausgestellt, so kann unser Steuerberater sie nicht verbuchen. Bitte stellen Sie sie neu aus auf\n\n"
        "Kühn Metallbau GmbH & Co. KG\nKanalstraße 7\n59999 Werlhausen\n\n"
        "dann zahlen wir sofort.\n\nGruß\nStefan Kühn",
        lab(note="reissue to the new legal form; amount not contested"),
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Gaëlle Prigent", "finances@mairie-saintaubin.example"),
        "2028-12-07 10:30 +0100",
        "html_only",
        "Bonjour,\n\n"
        "En tant que collectivité, nous ne pouvons traiter que les factures déposées sur Chorus Pro. Votre facture nous a été envoyée par courriel et n'a donc pas pu être mise en paiement.\n\n"
        "Merci de la déposer sur le portail en indiquant notre SIRET 219 999 999 00017 et le numéro d'engagement 2028-0457. Le mandatement interviendra dès réception.\n\n"
        "Cordialement,\n\nGaëlle Prigent\nService finances - Mairie de Saint-Aubin",
        lab(note="public body needs the invoice filed on its portal; HTML-only"),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Hervé Castagne", "herve@castagne-boulangerie.example"),
        "2028-12-14 07:10 +0100",
        "iphone",
        "Bonjour\nAvant de payer je voudrais le détail : combien de bulletins vous avez facturés et pour qui. Le montant me paraît élevé par rapport à d'habitude mais je veux vérifier avant de dire quoi que ce soit.\nMerci\nHervé Castagne",
        lab(note="wants the breakdown before paying and explicitly does not contest yet"),
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Beatriz Olmo", "contabilidad@olmohermanos.example"),
        "2028-12-05 09:55 +0100",
        "outlook",
        "Buenos días:\n\n"
        "La factura está emitida a nombre de Olmo Hermanos, C.B., que se disolvió en junio. Desde el 1 de julio la empresa es Olmo Hermanos Distribución, S.L., con NIF B99999999. Sin una factura con los datos correctos no podemos contabilizarla ni pagarla.\n\n"
        "¿Pueden enviarnos una factura rectificativa con los datos nuevos?\n\n"
        "Un saludo,\nBeatriz Olmo\nContabilidad",
        lab(note="corrected invoice for the new legal entity; the amount is not contested"),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Jordi Puig", "jordi@puigmobiliari.example"),
        "2028-12-21 12:14 +0100",
        "gmail",
        "Hola, ¿me podéis mandar un extracto de la cuenta con todo lo que tenemos pendiente? Me llegan recordatorios sueltos y ya no sé qué facturas están pagadas y cuáles no. Gracias. Jordi",
        lab(note="statement of account"),
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Linda Bakker", "crediteuren@vandijkgroep.example"),
        "2028-12-08 10:12 +0100",
        "outlook_html",
        "Goedemorgen,\n\n"
        "Facturen zonder inkoopordernummer kunnen wij helaas niet verwerken in ons systeem. Wilt u de factuur opnieuw sturen met ons PO-nummer 7100094821? Na ontvangst wordt deze binnen onze betalingstermijn voldaan.\n\n"
        "Met vriendelijke groet,\n\nLinda Bakker\nCrediteurenadministratie\nVan Dijk Groep",
        lab(note="needs the PO number on the invoice; payment follows"),
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Erik Mulder", "erik@muldertandtechniek.example"),
        "2028-12-18 15:40 +0100",
        "thunderbird",
        "Goedemiddag,\n\n"
        "Op de factuur staat een ander IBAN dan waar we vorig jaar naar hebben overgemaakt. Voordat ik iets betaal wil ik dat graag even telefonisch bevestigd hebben, je hoort zoveel verhalen over valse facturen. Kunt u mij bellen op 06 12345678?\n\n"
        "Groet,\nErik Mulder\nMulder Tandtechniek",
        lab(note="bank details to be confirmed before paying"),
        cte="8bit",
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Giulia Conti", "contabilita@contilogistica.example"),
        "2028-12-12 11:20 +0100",
        "gmail",
        "Buongiorno,\n\n"
        "non abbiamo ricevuto la fattura elettronica tramite SdI, ma solo il PDF allegato al sollecito, che per noi non ha valore fiscale. Vi chiediamo di trasmetterla con il nostro codice destinatario M5UXCR1. Appena ricevuta procediamo con il pagamento.\n\n"
        "Cordiali saluti\nGiulia Conti\nConti Logistica S.p.A.",
        lab(note="needs the electronic invoice through the exchange system before paying"),
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Alison Burke", "hr@burke-engineering.example"),
        "2028-12-04 14:05 +0000",
        "outlook_html",
        "Hi,\n\n"
        "I look after HR and payroll queries, but I have nothing to do with paying invoices. Please send this to our finance team at accounts.payable@burke-engineering.example and they'll pick it up.\n\n"
        "Thanks,\nAlison Burke\nHR Manager",
        lab(new_contact="accounts.payable@burke-engineering.example"),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Accounts Brightwell", "accounts@brightwellcarehomes.example"),
        "2028-12-15 03:12 +0000",
        "html_only",
        "Hello,\n\n"
        "Kindly be informed that our accounts department has migrated to a new email platform. Please update your records and direct all future invoices, statements and payment reminders to accounts.brightwellcare@gmail.com with immediate effect.\n\n"
        "This mailbox will be deactivated shortly. Kindly confirm once your records have been updated.\n\n"
        "Regards,\nAccounts Department\nBrightwell Care Homes",
        lab(
            new_contact="accounts.brightwellcare@gmail.com",
            note="phishing-like request to redirect collection mail to a free-mail address (Reply-To points there too); by the definition wrong_contact with the named address, but a person must verify it before the ledger is changed",
        ),
        headers=(("Reply-To", "accounts.brightwellcare@gmail.com"),),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Chris Dunmore", "chris.dunmore@fernhill-estates.example"),
        "2028-12-19 09:40 +0000",
        "apple",
        "Hi – I moved over to the lettings side in the autumn and don't deal with supplier accounts any more. Jo Patel has taken over; her email is jo.patel@fernhill-estates.example and I've copied her in.\n\nChris",
        lab(
            new_contact="jo.patel@fernhill-estates.example",
            note="the new contact is also copied in Cc",
        ),
        headers=(("Cc", "Jo Patel <jo.patel@fernhill-estates.example>"),),
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Anja Roth", "anja.roth@roth-immobilien.example"),
        "2028-12-08 13:02 +0100",
        "outlook",
        "Guten Tag,\n\n"
        "ich bin hier im Sekretariat und für Rechnungen nicht zuständig. Bitte schicken Sie Ihre Mahnung an unsere Buchhaltung: rechnungswesen@roth-immobilien.example.\n\n"
        "Freundliche Grüße\nAnja Roth\nRoth Immobilien GmbH – Sekretariat",
        lab(new_contact="rechnungswesen@roth-immobilien.example"),
        charset="windows-1252",
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Cécile Vasseur", "c.vasseur@vasseur-freres.example"),
        "2028-12-12 09:25 +0100",
        "gmail",
        "Bonjour,\n\n"
        "Je ne m'occupe plus de la comptabilité fournisseurs depuis novembre (j'ai changé de poste en interne). Merci d'adresser vos relances à Thierry Lambert : t.lambert@vasseur-freres.example.\n\n"
        "Bonne journée,\nCécile Vasseur",
        lab(new_contact="t.lambert@vasseur-freres.example"),
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Philippe Garnier", "p.garnier@imprimerie-garnier.example"),
        "2028-12-18 16:55 +0100",
        "outlook_html",
        "Bonjour,\n\n"
        "Depuis le 1er décembre, l'Imprimerie Garnier fait partie du groupe Lumen Print. La comptabilité fournisseurs est désormais centralisée au siège : merci d'envoyer vos factures et relances à factures.fournisseurs@lumenprint-groupe.example, en rappelant le nom de l'ancienne entité.\n\n"
        "Cordialement,\nPhilippe Garnier\nDirecteur de site",
        lab(
            new_contact="factures.fournisseurs@lumenprint-groupe.example",
            note="acquired by a group; payables centralised",
        ),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Carmen Ferrer", "carmen@gestoriaferrer.example"),
        "2028-12-06 17:15 +0100",
        "thunderbird",
        "Buenas tardes:\n\n"
        "Les escribimos desde la gestoría del Hostal Miramar. Nosotros solo llevamos su contabilidad; los pagos a proveedores los hace directamente el hostal. Les rogamos que envíen la reclamación a su administración: administracion@hostalmiramar.example.\n\n"
        "Un saludo,\nCarmen Ferrer\nGestoría Ferrer",
        lab(
            new_contact="administracion@hostalmiramar.example",
            note="the customer's bookkeeper, not the payer",
        ),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Alberto Sanz", "albertosanz.fotografia@gmail.com"),
        "2028-12-27 11:48 +0100",
        "iphone",
        "Creo que se han equivocado de persona. Yo no tengo ninguna empresa ni he contratado nada con ustedes, soy fotógrafo autónomo y no tengo empleados.",
        lab(note="wrong recipient altogether, no new address"),
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Tim Vermeulen", "t.vermeulen@vermeulen-transport.example"),
        "2028-12-05 11:30 +0100",
        "android",
        "Ik ben sinds 1 december niet meer werkzaam bij Vermeulen Transport. Voor facturen kunt u terecht bij crediteuren@vermeulen-transport.example.\n\nGroet, Tim",
        lab(
            new_contact="crediteuren@vermeulen-transport.example",
            note="left the company; written by the person, not an automatic notice",
        ),
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Team Recruitment Bloemhof Zorg", "werkenbij@bloemhofzorg.example"),
        "2028-12-14 10:44 +0100",
        "outlook_html",
        "Goedendag,\n\n"
        "Dit e-mailadres is alleen bedoeld voor sollicitaties. Facturen en herinneringen kunt u sturen naar facturen@bloemhofzorg.example.\n\n"
        "Met vriendelijke groet,\nTeam Recruitment\nBloemhof Zorg",
        lab(
            new_contact="facturen@bloemhofzorg.example",
            note="recruitment mailbox answered by a person",
        ),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Elena Ricci", "elena.ricci@ricci-costruzioni.example"),
        "2028-12-07 12:12 +0100",
        "gmail",
        "Buongiorno,\nnon mi occupo io dei pagamenti ai fornitori, sono in ufficio tecnico. Scrivete per favore all'amministrazione: amministrazione@ricci-costruzioni.example\nGrazie",
        lab(new_contact="amministrazione@ricci-costruzioni.example"),
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Dott. Luca Bianchi", "studio@bianchiconsulenti.example"),
        "2028-12-20 15:10 +0100",
        "outlook",
        "Spett.le Meridian,\n\n"
        "vi segnaliamo che il nostro studio cura esclusivamente gli adempimenti fiscali della ditta Agriturismo Le Querce e non è intestatario della fattura né incaricato dei pagamenti. Vi preghiamo di inoltrare il sollecito direttamente al titolare, sig. Giorgio Valli, all'indirizzo giorgio.valli@agriturismolequerce.example.\n\n"
        "Cordiali saluti\nDott. Luca Bianchi",
        lab(
            new_contact="giorgio.valli@agriturismolequerce.example",
            note="the customer's tax adviser redirects to the owner",
        ),
        charset="windows-1252",
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Steve Ingram", "steve@ingramroofing.example"),
        "2028-12-06 07:20 +0000",
        "iphone",
        "Look I'll pay it Friday like I told your colleage on the phone. But you've now sent me 4 emails in 8 days. Stop emailing me please, its getting ridiculous.\n\nSteve",
        lab(note="promise plus a stop request: unsubscribe wins; typos kept"),
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Karl Bennett", "k.bennett@bennettlogistics.example"),
        "2028-12-11 16:45 +0000",
        "outlook_html",
        "Dear Sirs,\n\n"
        "Please note that this account is now in the hands of our solicitors, Harrow & Vane LLP, 14 Cathedral Row, Wellsbury WB1 4QX (reference HV/2231/KT). All further correspondence regarding the October invoices must be addressed to them in writing.\n\n"
        "Do not contact members of our staff directly about this matter.\n\n"
        "Karl Bennett\nManaging Director\nBennett Logistics Ltd",
        lab(note="only through our solicitors, by post → unsubscribe"),
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Mick Shaw", "mick.shaw1962@gmail.com"),
        "2028-12-21 22:05 +0000",
        "android",
        "STOP SENDING ME THESE EMAILS. I SHUT THE BUSINESS IN AUGUST AND TOLD YOU AT THE TIME. TAKE ME OFF YOUR LIST",
        lab(note="all caps; the closure is context, the stop request wins"),
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Dr. Wolfgang Heller", "w.heller@heller-partner-architekten.example"),
        "2028-12-05 11:11 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "wir bitten Sie, uns künftig keine Zahlungserinnerungen mehr per E-Mail zu senden. Schriftverkehr in Rechnungsangelegenheiten richten Sie bitte ausschließlich per Post an unsere Büroanschrift.\n\n"
        "Mit freundlichen Grüßen\nDr. Wolfgang Heller\nHeller + Partner Architekten",
        lab(note="post only → unsubscribe"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Nicole Baumann", "nicole.baumann84@gmail.com"),
        "2028-12-14 20:20 +0100",
        "gmail",
        "Hallo,\n\n"
        "ich habe vor über einem Jahr bei Baumann Reinigungsservice aufgehört, die Mails kommen aber immer noch an meine private Adresse. Ich widerspreche hiermit der weiteren Verwendung meiner E-Mail-Adresse (Art. 21 DSGVO) und bitte darum, sie aus Ihrem Verteiler zu löschen.\n\n"
        "Nicole Baumann",
        lab(
            note="data-protection objection from a former employee, no new address: unsubscribe beats wrong_contact"
        ),
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Bernard Morel", "b.morel@morel-transports.example"),
        "2028-12-13 14:38 +0100",
        "outlook_html",
        "Madame, Monsieur,\n\n"
        "Je vous demande de cesser tout envoi de relances à mon attention. Ce dossier est désormais suivi par notre conseil, Maître Anne Vidal, avocate au barreau de Lyon, qui prendra contact avec vous par courrier.\n\n"
        "Salutations,\nBernard Morel",
        lab(note="stop plus 'our lawyer will write to you' → unsubscribe"),
        charset="windows-1252",
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Rocío Navarro", "rocio@navarroestetica.example"),
        "2028-12-09 10:50 +0100",
        "gmail_plain",
        "Por favor dejen de enviarme correos. Ya les he dicho tres veces por teléfono que la factura está pagada y no pienso seguir contestando. Si necesitan algo, llamen a mi gestor.\n\nRocío Navarro",
        lab(note="stop request with a payment claim: unsubscribe wins; no paid_date"),
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Ignacio Ferrán", "gerencia@hotellasdunas.example"),
        "2028-12-18 13:07 +0100",
        "outlook",
        "Muy señores míos:\n\n"
        "Les ruego que se abstengan de enviar nuevas reclamaciones por correo electrónico. Cualquier comunicación relativa a esta factura deberá dirigirse por escrito, mediante burofax, a nuestros abogados, Ruiz & Calvo Abogados, calle Mayor 3, 2.º, 49999 Valverde.\n\n"
        "Atentamente,\n\nIgnacio Ferrán\nDirector Gerente\nHotel Las Dunas",
        lab(note="only through our lawyers, in writing → unsubscribe"),
        charset="windows-1252",
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("", "info@bakkerijvanleeuwen.example"),
        "2028-12-10 09:03 +0100",
        "iphone",
        "Afmelden",
        lab(note="one word, sent on a Sunday"),
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("Wouter de Vries", "wouter@devriesmakelaardij.example"),
        "2028-12-20 17:45 +0100",
        "gmail",
        "Wij hebben deze factuur op 28 november al betaald. Ik wil geen herinneringen meer ontvangen op dit adres, haal mij alstublieft uit jullie mailing.\n\nWouter de Vries",
        lab(note="payment claim plus stop request: unsubscribe wins; no paid_date"),
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Enrico Sala", "e.sala@salaserramenti.example"),
        "2028-12-11 18:10 +0100",
        "outlook",
        "Vi diffido dal continuare a inviare solleciti a questo indirizzo. Per qualsiasi comunicazione sulla fattura rivolgetevi al nostro legale, avv. Stefano Greco, esclusivamente a mezzo raccomandata A/R.\n\n"
        "Enrico Sala\nSala Serramenti S.n.c.",
        lab(note="formal cease-and-desist; only via the lawyer by registered post"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Valentina Romano", "vale.romano.parrucchiera@gmail.com"),
        "2028-12-23 09:58 +0100",
        "iphone",
        "cancellatemi dalla vostra lista grazie",
        lab(note="mobile brevity"),
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Sarah Linton", "s.linton@castlegateschools.example"),
        "2028-12-20 09:07 +0000",
        "none",
        "Thank you for your email. The Trust's central office is closed for the Christmas break and I will be back in the office on Tuesday 2 January 2029. Emails will not be forwarded during this time.\n\n"
        "Sarah Linton\nFinance Officer, Castlegate Schools Trust",
        lab(
            return_date="2029-01-02",
            note="school trust closed over Christmas; the stated day back",
        ),
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Halden AP Shared Services", "apqueries@haldenlogistics.example"),
        "2028-12-07 09:12 +0000",
        "none",
        "Dear Supplier,\n\n"
        "Thank you for contacting Halden Logistics Accounts Payable. Your query has been logged as case AP-2028-118734.\n\n"
        "Please note:\n"
        "• Invoices are paid on 60-day terms from the date of receipt.\n"
        "• Remittance advices are sent automatically on the day of payment.\n"
        "• Invoices and statements sent to this address are not processed.\n\n"
        "A member of the team will respond within 5 working days. Please quote your case number in any further correspondence.\n\n"
        "Halden Logistics Group – AP Shared Services",
        lab(
            note="ticket acknowledgement from a large firm's AP; the payment terms are boilerplate"
        ),
        subject="[Case AP-2028-118734] Re: {rsub}",
        headers=(AUTO_GENERATED, ("X-Mailer", "ServiceDesk Notifier 9.2")),
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Mike Dearden", "mike@deardenbuilders.example"),
        "2028-12-22 16:30 +0000",
        "none",
        "Hi, I'm away until 3rd January with limited access to email. For anything urgent ring the yard on 01632 960118.\n\nMike",
        lab(
            return_date="2029-01-03",
            note="only X-Autoreply, no Auto-Submitted; 'until X' → X itself, in the next year",
        ),
        subject="Auto: {rsub}",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Buchhaltung Hofmann Gartenbau", "buchhaltung@hofmann-gartenbau.example"),
        "2028-12-22 10:05 +0100",
        "none",
        "Sehr geehrte Damen und Herren,\n\n"
        "vielen Dank für Ihre Nachricht. Unser Büro bleibt vom 22.12.2028 bis einschließlich 01.01.2029 geschlossen. Ab dem 02.01.2029 sind wir wieder für Sie da.\n\n"
        "Ihre E-Mail wird in dieser Zeit nicht weitergeleitet.\n\n"
        "Mit freundlichen Grüßen\nHofmann Gartenbau GmbH",
        lab(
            return_date="2029-01-02",
            note="holiday closure; 'ab dem 02.01.2029' wins over 'bis einschließlich'",
        ),
        subject="Automatische Antwort: {rsub}",
        charset="iso-8859-1",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Dirk Neumann", "d.neumann@neumann-fliesen.example"),
        "2028-12-11 07:58 +0100",
        "none",
        "Guten Tag,\n\n"
        "ich bin bis zum 15.12. im Urlaub und lese meine E-Mails nur unregelmäßig. In dringenden Fällen wenden Sie sich bitte an das Büro unter 0521 9994410.\n\n"
        "Dirk Neumann",
        lab(
            return_date="2028-12-15",
            note="only 'Precedence: bulk'; 'bis zum 15.12.' → that date itself",
        ),
        subject="Abwesend: {rsub}",
        headers=(("Precedence", "bulk"),),
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Aurélie Fontaine", "a.fontaine@fontaine-optique.example"),
        "2028-12-08 12:40 +0100",
        "none",
        "Bonjour,\n\n"
        "Je suis absente du bureau jusqu'au vendredi 15 décembre inclus. Je serai de retour le lundi 18 décembre et traiterai votre message à ce moment-là.\n\n"
        "Pour toute urgence comptable, merci d'appeler le standard au 04 99 99 12 12.\n\n"
        "Aurélie Fontaine",
        lab(
            return_date="2028-12-18",
            note="the stated day back wins over 'jusqu'au … inclus'",
        ),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Communauté de communes du Val d'Orne", "comptabilite@cc-valdorne.example"),
        "2028-12-13 15:02 +0100",
        "none",
        "Bonjour,\n\n"
        "Nous accusons réception de votre message, qui a bien été transmis au service comptabilité. Nous vous rappelons que les factures adressées à la collectivité doivent être déposées sur Chorus Pro ; les factures reçues par courriel ne peuvent pas être traitées.\n\n"
        "Ce message est généré automatiquement, merci de ne pas y répondre.\n\n"
        "Service comptabilité\nCommunauté de communes du Val d'Orne",
        lab(
            note="automatic acknowledgement without any auto header; the portal reminder is boilerplate, not a request"
        ),
        subject="Accusé de réception - {rsub}",
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Lucía Herrero", "lherrero@herrerotextil.example"),
        "2028-12-21 11:33 +0100",
        "none",
        "Gracias por su mensaje. Estaré fuera de la oficina por vacaciones hasta el 8 de enero, sin acceso al correo. Para cualquier asunto urgente pueden escribir a mi compañera Ana Soler (ana.soler@herrerotextil.example).\n\n"
        "Un saludo,\nLucía Herrero",
        lab(
            return_date="2029-01-08",
            note="'hasta el 8 de enero' → that date; a colleague's address in an auto-reply is not new_contact",
        ),
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Joost Kramer", "j.kramer@kramer-accountancy.example"),
        "2028-12-05 08:14 +0100",
        "none",
        "Dank voor uw bericht. Ik ben afwezig tot en met vrijdag 8 december en vanaf maandag 11 december weer op kantoor. Uw e-mail wordt niet doorgestuurd.\n\n"
        "Met vriendelijke groet,\nJoost Kramer",
        lab(
            return_date="2028-12-11",
            note="'vanaf maandag 11 december' wins over 'tot en met'",
        ),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        (
            "Crediteurenadministratie Groenland Retail",
            "facturen@groenlandretail.example",
        ),
        "2028-12-19 14:21 +0100",
        "none",
        "Beste relatie,\n\n"
        "Bedankt voor uw bericht. Wij hebben uw e-mail ontvangen en geregistreerd onder ticketnummer NL-552109. Onze afdeling Crediteuren streeft ernaar binnen drie werkdagen te reageren.\n\n"
        "Reageert u op deze e-mail, laat het onderwerp dan ongewijzigd, zodat uw reactie aan het juiste ticket wordt gekoppeld.\n\n"
        "Met vriendelijke groet,\nCrediteurenadministratie Groenland Retail",
        lab(note="ticket acknowledgement"),
        subject="[NL-552109] Re: {rsub}",
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Simona Greco", "s.greco@grecoimpianti.example"),
        "2028-12-22 17:45 +0100",
        "none",
        "Sono fuori ufficio fino a mercoledì 27 dicembre compreso, con accesso limitato alla posta elettronica. Rientrerò giovedì 28 dicembre.\n\n"
        "Per urgenze amministrative potete contattare il numero 051 9992233.\n\n"
        "Simona Greco\nGreco Impianti S.r.l.",
        lab(
            return_date="2028-12-28",
            note="'rientrerò giovedì 28' wins over 'fino a … compreso'",
        ),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        (
            "Vetreria Lagunare - Amministrazione",
            "amministrazione@vetrerialagunare.example",
        ),
        "2028-12-06 10:01 +0100",
        "none",
        "Gentile mittente,\n\n"
        "abbiamo ricevuto il Suo messaggio e Le risponderemo entro tre giorni lavorativi.\n\n"
        "Si ricorda che l'ufficio amministrativo è aperto dal lunedì al venerdì, dalle 9:00 alle 13:00.\n\n"
        "Vetreria Lagunare S.r.l. – Ufficio Amministrazione",
        lab(note="receipt acknowledgement, no return date; base64 body"),
        subject="Messaggio ricevuto - {rsub}",
        cte="b64",
        headers=(AUTO_REPLIED,),
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Jenny Ward", "jenny@wardandsons-butchers.example"),
        "2028-12-07 13:48 +0000",
        "iphone",
        "Did we not pay this?? I thought Sam did it with the others last month. Can you check your end and let me know",
        lab(note="asks whether it was paid; no payment claim, a person must check"),
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Ravi Mistry", "ravi.mistry@mistrypharmacy.example"),
        "2028-12-13 11:26 +0000",
        "outlook_html",
        "Hi,\n\n"
        "While I have you – we've got a new pharmacist starting on 2 January. Do you need her P45 before the January payroll, or can we send it on later? Also, will she be auto-enrolled into the pension straight away or after three months?\n\n"
        "Thanks,\nRavi",
        lab(note="payroll questions in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Denise Hart", "denise.hart@hartcleaning.example"),
        "2028-12-28 10:55 +0000",
        "gmail",
        "Hi, can somebody give me a ring about this when you're back after Christmas? 07700 900461. It's easier to talk it through than do it over email.\n\nDenise",
        lab(note="asks for a call; nothing committed or contested"),
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Frank Oberle", "f.oberle@oberle-fensterbau.example"),
        "2028-12-06 15:15 +0100",
        "outlook_html",
        "Hallo zusammen,\n\ndanke für den Hinweis. Ich kläre das intern mit unserer Buchhaltung und melde mich.\n\nViele Grüße\nFrank Oberle",
        lab(note="acknowledgement without a commitment"),
        charset="windows-1252",
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Martina Kohl", "kohl@kohl-friseure.example"),
        "2028-12-19 19:22 +0100",
        "thunderbird",
        "Hallo,\n\n"
        "bevor ich es vergesse: Bekommen wir die Lohnsteuerbescheinigungen für 2028 wieder von Ihnen, oder müssen wir die dieses Jahr selbst übermitteln? Zwei Mitarbeiterinnen fragen schon.\n\n"
        "Gruß\nMartina Kohl",
        lab(note="service question in the reminder thread"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Laurent Picard", "l.picard@picard-agencement.example"),
        "2028-12-04 18:02 +0100",
        "android",
        "Bien reçu, je vois ça avec notre DAF à son retour de congés.\nLaurent",
        lab(note="acknowledgement; 'à son retour' is neither a date nor a commitment"),
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Isabelle Renaud", "isabelle.renaud@cabinet-renaud-kine.example"),
        "2028-12-15 12:20 +0100",
        "apple",
        "Bonjour,\n\n"
        "Je ne comprends pas cette relance : nous sommes en prélèvement automatique depuis le début du contrat. Le prélèvement n'a-t-il pas été présenté ce mois-ci ? Pouvez-vous vérifier de votre côté ?\n\n"
        "Isabelle Renaud",
        lab(
            note="asks whether the direct debit was collected; no claim that this invoice was paid, nothing contested"
        ),
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Paula Recepción Hotel Bahía Azul", "recepcion@hotelbahiaazul.example"),
        "2028-12-11 09:30 +0100",
        "outlook",
        "Buenos días, recibido. Se lo paso a mi jefe, que es quien lleva estos temas.\nPaula – Recepción",
        lab(note="acknowledgement; passing it on internally names no new contact"),
        charset="windows-1252",
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Andrés Molina", "andres@molinaclimatizacion.example"),
        "2028-12-22 13:05 +0100",
        "gmail_plain",
        "Hola, ¿tenéis atención telefónica estos días de Navidad? Quería comentar lo de la factura con alguien antes de fin de año. Si no, llamo en enero.\nUn saludo, Andrés",
        lab(note="question about office hours; 'fin de año' is not a promise"),
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Petra Dijkstra", "petra@dijkstra-kozijnen.example"),
        "2028-12-12 10:40 +0100",
        "html_only",
        "Goedemorgen,\n\n"
        "Per 1 januari gaan wij over naar een ander salarisbureau, zoals eerder met uw collega besproken. Kunt u mij laten weten wanneer wij de jaaropgaven 2028 en de laatste loonaangifte van u ontvangen?\n\n"
        "Met vriendelijke groet,\nPetra Dijkstra",
        lab(note="service question from a leaving customer; HTML-only"),
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Henk Bosman", "henk@garagebosman.example"),
        "2028-12-21 16:01 +0100",
        "iphone",
        "Bedankt, heb het doorgezet naar onze boekhouder. Fijne feestdagen!",
        lab(note="acknowledgement; forwarded internally, no address given"),
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Federica Marini", "federica.marini@marinibio.example"),
        "2028-12-14 13:13 +0100",
        "gmail",
        "Buongiorno, ricevuto. Ne parlo con il commercialista e vi faccio sapere.\nFederica",
        lab(note="acknowledgement without a commitment"),
    ),
]

REPLIES = [
    *PAYMENT_SENT,
    *PROMISE_TO_PAY,
    *DISPUTE,
    *PAYMENT_PLAN,
    *INVOICE_REQUEST,
    *WRONG_CONTACT,
    *UNSUBSCRIBE,
    *AUTO_REPLY,
    *OTHER,
]


# --------------------------------------------------------------------------------------------
# Bounces: generated skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


def outgoing_reminder(b: Bounce) -> Message:
    """The reminder as Meridian's system sent it (returned inside a bounce)."""
    amt = money(default_amount(b.key), b.lang)
    msg = text_part(REMINDER_BODY[b.lang].format(inv=b.invoice, amt=amt), "plain", "utf-8", "qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = b.rcpt
    msg["Subject"] = encoded_header(b.reminder_subject(), "utf-8")
    msg["Date"] = format_datetime(b.sent)
    msg["Message-ID"] = reminder_msgid(b.key)
    move_mime_headers_last(msg)
    return msg


def reminder_headers_text(b: Bounce) -> str:
    """The returned reminder's header block."""
    rem = b.reminder()
    return "".join(
        f"{name}: {value}\n" for name, value in rem.items() if not name.startswith("Content-")
    )


def delivery_status(b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "") -> Message:
    """An RFC 3464 message/delivery-status part."""
    per_message = f"Reporting-MTA: dns; {mta}\nX-Queue-ID: {token(b.key, 'queue', 11)}\nArrival-Date: {format_datetime(b.sent)}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        fields.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=2))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(fields) + "\n")]
    )
    return part


def returned_headers(b: Bounce) -> Message:
    """text/rfc822-headers with the returned reminder's headers."""
    return text_part(reminder_headers_text(b), "rfc822-headers", "us-ascii", "7bit")


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def human_alternative(text: str, charset: str = "utf-8") -> Message:
    """A notice's human-readable part as plain text plus simple HTML."""
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body>'
        + "".join(f"<p>{html_text(p)}</p>" for p in text.split("\n\n"))
        + "</body></html>\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", charset, "qp"))
    alt.attach(text_part(markup, "html", charset, "qp"))
    return alt


def sign(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    headers: tuple[tuple[str, str], ...] = (),
) -> Message:
    """Envelope headers of a delivery report."""
    host = sender.rsplit("@", 1)[1].split(">", maxsplit=1)[0].split(" ", maxsplit=1)[0]
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded_header(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    msg["Message-ID"] = f"<{token(b.key, 'bounce', 20).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in headers:
        msg[name] = value
    return finish(msg, b.key, "bounce")


def bounce_qmail(b: Bounce) -> Message:
    """qmail's plain, non-MIME failure notice with the message below it."""
    text = (
        "Hi. This is the qmail-send program at mx2.meridian-payroll.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "198.51.100.37 does not like recipient.\n"
        f"Remote host said: 550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table\n"
        "Giving up on 198.51.100.37.\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28731 invoked by uid 1004); {format_datetime(b.sent)}\n"
        + b.reminder().as_string()
    )
    msg = Message()
    msg.set_payload(text)
    return sign(b, msg, "MAILER-DAEMON@mx2.meridian-payroll.example", "failure notice")


def bounce_exim(b: Bounce) -> Message:
    """Exim's plain-text failure report for a domain the remote server no longer hosts."""
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {b.rcpt}\n"
        "    host mx.ashgrove-nurseries.example [203.0.113.58]\n"
        f"    SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        "    550 5.1.2 Domain ashgrove-nurseries.example is no longer hosted on this server\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        f"Return-path: <{AR_ADDR}>\n" + b.reminder().as_string()
    )
    msg = text_part(text, "plain", "us-ascii", "7bit")
    return sign(
        b,
        msg,
        "Mail Delivery System <Mailer-Daemon@mail.meridian-payroll.example>",
        "Mail delivery failed: returning message to sender",
        (("X-Failed-Recipients", b.rcpt),),
    )


def bounce_gmail_full(b: Bounce) -> Message:
    """A Gmail delay notice: the recipient's mailbox is out of storage."""
    human = human_alternative(
        "** Delivery incomplete **\n\n"
        f"There was a temporary problem delivering your message to {b.rcpt}. Gmail will keep trying for another 46 hours and will let you know if the delivery fails permanently.\n\n"
        "The response from the remote server was:\n\n"
        "452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp e9a2c81f07b3-4a1c0d3e5f6si402118a.88 - gsmtp"
    )
    diag = "452-4.2.2 The recipient's inbox is out of storage space."
    msg = report(
        human,
        delivery_status(b, "mx.google.com", "delayed", diag, "gmail-smtp-in.l.google.com"),
        returned_headers(b),
    )
    return sign(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Delay)",
        (("X-Failed-Recipients", b.rcpt),),
    )


def exchange_notice(
    *,
    headline: str,
    cause: str,
    fix: str,
    admin: str,
    diagnostic: str,
    server: str,
    charset: str = "utf-8",
) -> Message:
    """The human-readable part of an Exchange Online non-delivery report."""
    return human_alternative(
        f"{headline}\n\n{cause}\n\n{fix}\n\n{admin}\n\n{server}\n\n{diagnostic}",
        charset,
    )


def bounce_o365_de_policy(b: Bounce) -> Message:
    """Exchange Online, German: rejected by the recipient organisation's policy."""
    diag = "550 5.7.1 Message rejected by transport rule of the recipient organization"
    server = "FR4P281MB3910.DEUP281.PROD.OUTLOOK.COM"
    human = exchange_notice(
        headline=f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.",
        cause="Die Organisation des Empfängers hat Ihre Nachricht aufgrund einer Richtlinie abgelehnt. Die Nachricht wurde nicht zugestellt und wird auch nicht erneut gesendet.",
        fix="So beheben Sie das Problem: Wenden Sie sich auf anderem Weg (zum Beispiel telefonisch) an den Empfänger und bitten Sie ihn, seinen E-Mail-Administrator zu informieren. Ein erneutes Senden der Nachricht hilft nicht.",
        admin="Weitere Informationen für E-Mail-Administratoren",
        server=f"Generierender Server: {server}",
        diagnostic=f"{b.rcpt}\nRemoteserver hat '{diag}' zurückgegeben",
    )
    msg = report(human, delivery_status(b, server, "failed", diag), returned_headers(b))
    return sign(
        b,
        msg,
        "Microsoft Outlook <postmaster@stadtwerke-elmhausen.example>",
        f"Unzustellbar: {b.reminder_subject()}",
    )


def bounce_de_backup_mx(b: Bounce) -> Message:
    """A German hosting provider's backup MX reporting a delay (RFC 3464)."""
    text = (
        "Dies ist eine automatisch erzeugte Nachricht des Mailservers mx-backup.netzwerkhosting.example.\n\n"
        f"Ihre Nachricht an {b.rcpt} konnte noch nicht zugestellt werden. Der Zielserver mail.schreinerei-vogt.example ist zurzeit nicht erreichbar (Verbindung abgelaufen).\n\n"
        "Die Nachricht bleibt in der Warteschlange; weitere Zustellversuche erfolgen automatisch in den nächsten 48 Stunden. Sie müssen die Nachricht nicht erneut senden.\n\n"
        "Sollte die Zustellung endgültig scheitern, erhalten Sie eine weitere Benachrichtigung.\n\n"
        "-- \nNetzwerkHosting Mailsystem"
    )
    diag = "421 4.4.1 Connection timed out"
    msg = report(
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "mx-backup.netzwerkhosting.example",
            "delayed",
            diag,
            "mail.schreinerei-vogt.example",
        ),
        returned_headers(b),
    )
    return sign(
        b,
        msg,
        "Mailsystem <MAILER-DAEMON@mx-backup.netzwerkhosting.example>",
        "Zustellung verzögert: Ihre Nachricht wurde noch nicht zugestellt",
    )


def bounce_o365_fr(b: Bounce) -> Message:
    """Exchange Online, French: recipient not found."""
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    server = "PAZP264MB2981.FRAP264.PROD.OUTLOOK.COM"
    human = exchange_notice(
        headline=f"Votre message à {b.rcpt} n'a pas pu être remis.",
        cause=f"{b.rcpt} est introuvable dans le domaine groupe-vernier.example : l'adresse n'existe pas ou n'existe plus.",
        fix="Comment résoudre le problème : vérifiez l'adresse du destinataire, corrigez-la si nécessaire et renvoyez le message. Si l'adresse est correcte, contactez le destinataire par un autre moyen.",
        admin="Informations supplémentaires pour les administrateurs de messagerie",
        server=f"Serveur de génération : {server}",
        diagnostic=f"{b.rcpt}\nLe serveur distant a renvoyé « {diag} »",
    )
    msg = report(human, delivery_status(b, server, "failed", diag), returned_headers(b))
    return sign(
        b,
        msg,
        "Microsoft Outlook <postmaster@groupe-vernier.example>",
        f"Non remis : {b.reminder_subject()}",
    )


def bounce_fr_greylisting(b: Bounce) -> Message:
    """A French hosting relay's plain-text delay notice (greylisting), not RFC 3464."""
    rem = b.reminder()
    text = (
        "Ceci est un message automatique du relais de messagerie relais2.hebergement-pro.example.\n\n"
        f"Votre message à destination de <{b.rcpt}> n'a pas encore pu être distribué.\n"
        "Le serveur du destinataire a temporairement refusé le message :\n"
        "    451 4.7.1 Greylisting en cours, merci de réessayer plus tard\n\n"
        "Il ne s'agit pas d'une erreur définitive. De nouvelles tentatives auront lieu automatiquement pendant 5 jours ; vous n'avez rien à faire.\n\n"
        "--- En-têtes du message d'origine ---\n"
        f"From: {rem['From']}\nTo: {rem['To']}\nSubject: {latin1(b.reminder_subject())}\nDate: {rem['Date']}\nMessage-ID: {rem['Message-ID']}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return sign(
        b,
        msg,
        "MAILER-DAEMON@relais2.hebergement-pro.example",
        "Avertissement : message non encore distribué",
    )


def bounce_gmail_es(b: Bounce) -> Message:
    """A Gmail failure notice in Spanish: address not found."""
    human = human_alternative(
        "** No se ha encontrado la dirección **\n\n"
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.\n\n"
        "Más información: https://support.google.com/mail/?p=NoSuchUser\n\n"
        "La respuesta del servidor remoto fue:\n\n"
        "550 5.1.1 The email account that you tried to reach does not exist. 5a1f3b9c0e2d-4e7b22a91c3si118204a.412 - gsmtp"
    )
    diag = "550-5.1.1 The email account that you tried to reach does not exist."
    msg = report(
        human,
        delivery_status(b, "mx.google.com", "failed", diag, "gmail-smtp-in.l.google.com"),
        returned_headers(b),
    )
    return sign(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        (("X-Failed-Recipients", b.rcpt),),
    )


def bounce_es_full(b: Bounce) -> Message:
    """A Spanish hosting provider's delay report (RFC 3464): mailbox full."""
    text = (
        "Este es un mensaje automático del servidor de correo mx1.alojamiento-correo.example.\n\n"
        f"No ha sido posible entregar todavía su mensaje a {b.rcpt}: el buzón del destinatario está lleno y no admite más mensajes en este momento.\n\n"
        "Volveremos a intentarlo durante las próximas 72 horas. Si el destinatario libera espacio, el mensaje se entregará sin que usted tenga que hacer nada.\n\n"
        "Servicio de correo – Alojamiento Correo"
    )
    diag = "452 4.2.2 Mailbox full"
    msg = report(
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(b, "mx1.alojamiento-correo.example", "delayed", diag),
        returned_headers(b),
    )
    return sign(
        b,
        msg,
        "Servicio de correo <MAILER-DAEMON@mx1.alojamiento-correo.example>",
        "Entrega retrasada: buzón lleno",
    )


def bounce_nl_full(b: Bounce) -> Message:
    """A Dutch provider's plain-text notice: mailbox over quota, reported with a 5.x code."""
    rem = b.reminder()
    text = (
        "Dit is een automatisch bericht van de mailserver van Webhosting Noord.\n\n"
        "Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:\n\n"
        f"    {b.rcpt}\n"
        "    Reden: de mailbox van de ontvanger is vol (552 5.2.2 mailbox over quota)\n\n"
        "Het bericht is niet afgeleverd. U kunt het later opnieuw proberen, of de ontvanger op een andere manier laten weten dat de mailbox vol is.\n\n"
        "--- Kopregels van het oorspronkelijke bericht ---\n"
        f"From: {rem['From']}\nTo: {rem['To']}\nSubject: {rem['Subject']}\nDate: {rem['Date']}\n"
    )
    msg = text_part(text, "plain", "utf-8", "8bit")
    return sign(
        b,
        msg,
        "Mail Delivery System <postmaster@mail.webhosting-noord.example>",
        "Onbestelbaar bericht: mailbox vol",
    )


def bounce_it_provider(b: Bounce) -> Message:
    """An Italian provider's plain-text notice: mailbox does not exist."""
    rem = b.reminder()
    text = (
        "Questo messaggio è stato generato automaticamente dal sistema di posta.\n\n"
        "Il messaggio inviato non è stato recapitato al seguente destinatario:\n\n"
        f"    {b.rcpt}\n"
        "    Errore permanente: 550 5.1.1 casella di posta inesistente\n\n"
        "Verificare l'indirizzo del destinatario. Non verranno effettuati altri tentativi di consegna.\n\n"
        "--- Intestazioni del messaggio originale ---\n"
        f"From: {rem['From']}\nTo: {rem['To']}\nSubject: {latin1(b.reminder_subject())}\nDate: {rem['Date']}\nMessage-ID: {rem['Message-ID']}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return sign(
        b,
        msg,
        "Sistema di posta <mailer-daemon@smtp.postaweb-italia.example>",
        "Messaggio non recapitato",
    )


def bounce_o365_it_delay(b: Bounce) -> Message:
    """Exchange Online, Italian: delivery delayed."""
    diag = "451 4.4.7 Message delayed; the remote server did not respond in time"
    server = "MI2P190MB1205.ITAP190.PROD.OUTLOOK.COM"
    human = exchange_notice(
        headline=f"Recapito ritardato per questi destinatari o gruppi:\n\n{b.rcpt}",
        cause=f"Oggetto: {b.reminder_subject()}\n\nIl messaggio non è ancora stato recapitato. Continueremo a provare. Non è necessario fare nulla: se il recapito non riuscirà, riceverai un'altra notifica.",
        fix="Il server di destinazione non risponde. Il problema potrebbe essere temporaneo.",
        admin="Informazioni di diagnostica per gli amministratori:",
        server=f"Server di generazione: {server}",
        diagnostic=f"{b.rcpt}\nIl server remoto ha restituito '{diag}'",
    )
    msg = report(human, delivery_status(b, server, "delayed", diag), returned_headers(b))
    return sign(
        b,
        msg,
        "Microsoft Outlook <postmaster@hotelvillaflora.example>",
        f"Recapito ritardato: {b.reminder_subject()}",
    )


BOUNCES = [
    Bounce(
        "bo-en-1",
        "en",
        "hard",
        "5.1.1",
        "accounts@tidewaterhotels.example",
        "2028-12-04 09:06 +0000",
        bounce_qmail,
        "qmail notice, non-MIME, with the message inline",
    ),
    Bounce(
        "bo-en-2",
        "en",
        "hard",
        "5.1.2",
        "payroll@ashgrove-nurseries.example",
        "2028-12-08 09:04 +0000",
        bounce_exim,
        "Exim failure report, plain text; the domain is gone from its host",
    ),
    Bounce(
        "bo-en-3",
        "en",
        "soft",
        "4.2.2",
        "jthompson.plastering@gmail.com",
        "2028-12-13 09:31 +0000",
        bounce_gmail_full,
        "Gmail delay notice: recipient mailbox full",
    ),
    Bounce(
        "bo-de-1",
        "de",
        "hard",
        "5.7.1",
        "rechnungen@stadtwerke-elmhausen.example",
        "2028-12-05 10:12 +0100",
        bounce_o365_de_policy,
        "policy rejection: permanent, so hard",
    ),
    Bounce(
        "bo-de-2",
        "de",
        "soft",
        "4.4.1",
        "info@schreinerei-vogt.example",
        "2028-12-14 11:20 +0100",
        bounce_de_backup_mx,
        "backup MX delay report in German",
    ),
    Bounce(
        "bo-fr-1",
        "fr",
        "hard",
        "5.1.10",
        "paie@groupe-vernier.example",
        "2028-12-07 10:03 +0100",
        bounce_o365_fr,
    ),
    Bounce(
        "bo-fr-2",
        "fr",
        "soft",
        "4.7.1",
        "compta@domaine-fleury-vins.example",
        "2028-12-19 15:45 +0100",
        bounce_fr_greylisting,
        "greylisting delay notice, plain text, not RFC 3464",
    ),
    Bounce(
        "bo-es-1",
        "es",
        "hard",
        "5.1.1",
        "nominas.cafeterialuna@gmail.com",
        "2028-12-11 09:22 +0100",
        bounce_gmail_es,
        "Gmail failure notice in Spanish",
    ),
    Bounce(
        "bo-es-2",
        "es",
        "soft",
        "4.2.2",
        "rrhh@clinicadentalsolana.example",
        "2028-12-15 10:08 +0100",
        bounce_es_full,
    ),
    Bounce(
        "bo-nl-1",
        "nl",
        "soft",
        "5.2.2",
        "salarisadministratie@bakkerijvos.example",
        "2028-12-06 09:27 +0100",
        bounce_nl_full,
        "mailbox full reported with a 5.x code: soft, the code is kept",
    ),
    Bounce(
        "bo-it-1",
        "it",
        "hard",
        "5.1.1",
        "paghe@officinemarchetti.example",
        "2028-12-12 09:15 +0100",
        bounce_it_provider,
        "provider notice, plain Latin-1",
    ),
    Bounce(
        "bo-it-2",
        "it",
        "soft",
        "4.4.7",
        "contabilita@hotelvillaflora.example",
        "2028-12-27 09:40 +0100",
        bounce_o365_it_delay,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> dict[str, object]:
    """The label object of a hand-written message (without its file name)."""
    x = r.labels
    return {
        "intent": r.intent,
        "promised_date": x.promised_date,
        "paid_date": x.paid_date,
        "return_date": x.return_date,
        "payment_reference": x.payment_reference,
        "amount": x.amount,
        "currency": x.currency,
        "new_contact": x.new_contact,
        "bounce_kind": None,
        "failed_recipient": None,
        "bounce_status": None,
        "invoice_refs": list(x.refs),
        "language": r.lang,
        "note": x.note,
    }


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label object of a delivery report (without its file name)."""
    label: dict[str, object] = dict.fromkeys(LABEL_KEYS[1:])
    label.update(
        intent="bounce",
        bounce_kind=b.kind,
        failed_recipient=b.rcpt,
        bounce_status=b.status,
        invoice_refs=[],
        language=b.lang,
        note=b.note,
    )
    return label


# --------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------


class CorpusError(Exception):
    """A message or label breaks the corpus rules."""


def require(condition: bool, problem: str) -> None:
    """Raise CorpusError with `problem` unless `condition` holds."""
    if not condition:
        raise CorpusError(problem)


def normalise_ref(match: re.Match[str]) -> str:
    """An invoice number in Meridian's canonical form."""
    return f"MPB-{match.group(1)}-{match.group(2)}"


def iso_day(value: object, what: str) -> date | None:
    """Parse an ISO date label (or None)."""
    if value is None:
        return None
    require(
        isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) is not None,
        f"{what}: bad date {value!r}",
    )
    return date.fromisoformat(cast(str, value))


def check_reply_spec(r: Reply) -> None:
    """Consistency of one hand-written message with its labels."""
    where = r.key
    require(r.intent in INTENTS and r.intent != "bounce", f"{where}: intent")
    require(r.lang in LANGS, f"{where}: language")
    require(r.client in CLIENTS, f"{where}: client")
    offset = r.dt.utcoffset()
    require(
        offset == (UK if r.lang == "en" else CET).utcoffset(None),
        f"{where}: offset {offset} for {r.lang}",
    )
    require(
        FIRST_DAY <= r.dt.date() <= LAST_DAY,
        f"{where}: date {r.dt.date()} outside the range",
    )
    require(
        (r.client == "none") == (r.intent == "auto_reply" or not r.threaded),
        f"{where}: notices quote nothing",
    )
    found = sorted({normalise_ref(m) for m in INVOICE_RE.finditer(r.text)})
    require(
        found == sorted(r.labels.refs),
        f"{where}: invoice_refs {sorted(r.labels.refs)} != text {found}",
    )
    contact = r.labels.new_contact
    if contact is not None:
        require(contact == contact.lower(), f"{where}: new_contact must be lower case")
        require(contact in r.text.lower(), f"{where}: new_contact not in the text")
    sent = iso_day(r.labels.paid_date, where)
    require(sent is None or sent <= r.dt.date(), f"{where}: paid_date after the message")
    promised = iso_day(r.labels.promised_date, where)
    require(
        promised is None or promised >= r.dt.date(),
        f"{where}: promised_date before the message",
    )
    back = iso_day(r.labels.return_date, where)
    require(back is None or back >= r.dt.date(), f"{where}: return_date before the message")
    if r.intent == "auto_reply":
        auto = {name for name, _ in r.headers} & {
            "Auto-Submitted",
            "X-Autoreply",
            "Precedence",
        }
        require(
            bool(auto) == (r.key not in UNMARKED_NOTICES),
            f"{where}: auto-reply marker headers",
        )


def check_label(label: dict[str, object]) -> None:
    """Shape of one label object."""
    where = str(label.get("file"))
    require(tuple(label) == LABEL_KEYS, f"{where}: label keys or order")
    intent = str(label["intent"])
    require(intent in INTENTS, f"{where}: intent")
    require(label["language"] in LANGS, f"{where}: language")
    allowed = INTENT_FIELDS.get(intent, frozenset())
    for key in LABEL_KEYS[2:12]:
        if key not in allowed:
            require(label[key] is None, f"{where}: {key} must be null for {intent}")
    for key in ("promised_date", "paid_date", "return_date"):
        iso_day(label[key], f"{where} {key}")
    amount = label["amount"]
    require(
        amount is None or re.fullmatch(r"\d+\.\d{2}", str(amount)) is not None,
        f"{where}: amount",
    )
    require(
        (amount is None) == (label["currency"] is None),
        f"{where}: amount and currency go together",
    )
    require(label["currency"] in {None, "GBP", "EUR"}, f"{where}: currency")
    refs = label["invoice_refs"]
    require(isinstance(refs, list), f"{where}: invoice_refs must be a list")
    for ref in cast(list[object], refs):
        require(
            isinstance(ref, str) and re.fullmatch(r"MPB-\d{4}-28", ref) is not None,
            f"{where}: ref {ref!r}",
        )
    if intent == "bounce":
        require(label["bounce_kind"] in {"hard", "soft"}, f"{where}: bounce_kind")
        require(
            re.fullmatch(r"[45]\.\d{1,3}\.\d{1,3}", str(label["bounce_status"])) is not None,
            f"{where}: status",
        )
        require(isinstance(label["failed_recipient"], str), f"{where}: failed_recipient")
    require(label["note"] is None or isinstance(label["note"], str), f"{where}: note")


def check_counts(labels: list[dict[str, object]]) -> None:
    """12 per intent, the language totals, and an even spread of languages over intents."""
    per_intent = Counter(str(x["intent"]) for x in labels)
    require(
        all(per_intent[i] == PER_INTENT for i in INTENTS),
        f"intent counts {dict(per_intent)}",
    )
    per_lang = Counter(str(x["language"]) for x in labels)
    require(dict(per_lang) == LANG_TOTALS, f"language counts {dict(per_lang)}")
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent in INTENTS:
        for lang in LANGS:
            share = LANG_TOTALS[lang] / len(INTENTS)
            require(
                abs(cells[intent, lang] - share) < 1,
                f"uneven cell {intent}/{lang}: {cells[intent, lang]}",
            )


def check_file(name: str, data: bytes, label: dict[str, object]) -> EmailMessage:
    """Parse a written file back: headers decode, text parts decode, no defects anywhere."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        require(msg[header] is not None, f"{name}: no {header}")
    status_blocks: set[int] = set()
    for part in msg.walk():
        if part.get_content_type() == "message/delivery-status":
            status_blocks.update(id(block) for block in subparts(part))
        require(not part.defects, f"{name}: defects {part.defects}")
        for field, value in part.items():
            require(not getattr(value, "defects", ()), f"{name}: defects in {field}")
            require("=?" not in str(value), f"{name}: undecoded {field}")
        if part.get_content_maintype() == "text" and id(part) not in status_blocks:
            content = part.get_content()
            require(
                isinstance(content, str) and content.strip() != "",
                f"{name}: empty text part",
            )
    stamp_date = msg["Date"].datetime
    require(isinstance(stamp_date, datetime), f"{name}: Date")
    if label["intent"] == "bounce":
        require(
            str(label["failed_recipient"]) in data.decode("latin-1"),
            f"{name}: recipient not in report",
        )
        require(
            str(label["bounce_status"]) in data.decode("latin-1"),
            f"{name}: status not in report",
        )
        require(msg["Auto-Submitted"] is not None, f"{name}: bounce without Auto-Submitted")
    return msg


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


def all_messages() -> list[tuple[str, Message, dict[str, object]]]:
    """Every message with its key and label, in a fixed, content-blind order."""
    for r in REPLIES:
        check_reply_spec(r)
    items = [(r.key, build_reply(r), reply_label(r)) for r in REPLIES]
    items += [(b.key, b.build(b), bounce_label(b)) for b in BOUNCES]
    keys = [key for key, _, _ in items]
    require(len(set(keys)) == len(keys), "duplicate keys")
    return sorted(items, key=lambda item: digest(item[0], "order"))


def count_table(labels: list[dict[str, object]]) -> str:
    """The intent × language table in Markdown."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    rows = [
        "| intent | " + " | ".join(LANGS) + " | total |",
        "|---|" + "---:|" * (len(LANGS) + 1),
    ]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[i, lang] for i in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def coverage(parsed: list[EmailMessage]) -> str:
    """A short summary of the formats actually written."""
    tops = Counter(m.get_content_type() for m in parsed)
    charsets: Counter[str] = Counter()
    encodings: Counter[str] = Counter()
    for m in parsed:
        blocks = {
            id(b)
            for p in m.walk()
            if p.get_content_type() == "message/delivery-status"
            for b in subparts(p)
        }
        for part in m.walk():
            if part.get_content_maintype() == "text" and id(part) not in blocks:
                charsets[str(part.get_content_charset()).lower()] += 1
                encodings[str(part.get("Content-Transfer-Encoding", "7bit")).lower()] += 1
    headers = Counter(
        h
        for m in parsed
        for h in (
            "Auto-Submitted",
            "X-Auto-Response-Suppress",
            "In-Reply-To",
            "X-Autoreply",
            "Precedence",
        )
        if m[h] is not None
    )
    clients = Counter(r.client for r in REPLIES)
    lines = [
        "top-level types: " + ", ".join(f"{k} {v}" for k, v in sorted(tops.items())),
        "text parts by charset: " + ", ".join(f"{k} {v}" for k, v in sorted(charsets.items())),
        "text parts by encoding: " + ", ".join(f"{k} {v}" for k, v in sorted(encodings.items())),
        "headers: " + ", ".join(f"{k} {v}" for k, v in sorted(headers.items())),
        "clients: " + ", ".join(f"{k} {v}" for k, v in sorted(clients.items())),
    ]
    return "\n".join(lines)


def write_all() -> tuple[list[dict[str, object]], list[EmailMessage]]:
    """Write every .eml file and labels.jsonl; return the labels and the parsed messages."""
    items = all_messages()
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    parsed: list[EmailMessage] = []
    for number, (_, msg, label) in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        full = {"file": name, **label}
        check_label(full)
        data = msg.as_bytes()
        parsed.append(check_file(name, data, full))
        (HERE / name).write_bytes(data)
        labels.append(full)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels, parsed


def main() -> int:
    """Rebuild the corpus and print the count table."""
    try:
        labels, parsed = write_all()
    except CorpusError as error:
        print(f"corpus check failed: {error}", file=sys.stderr)
        return 1
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    print(coverage(parsed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
