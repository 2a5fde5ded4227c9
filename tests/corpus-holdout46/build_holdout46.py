# ruff: noqa: E501, RUF001
# Hand-written message text keeps one paragraph per line, as mail clients send it, and uses the
# typographic dashes, quotes and spaces that people and their clients actually type.
"""Build held-out reply corpus 46: `h46-NNN.eml` and `labels.jsonl`, written next to this file.

Every message lands in the receivables mailbox of Keystone Access, a locksmith and access-control
installer, after it sent an overdue reminder. The new text of each message is hand-written in the
tables at the end of this file. The code only adds what a mail client or a mail server would add:
the quoted reminder in the client's layout and language, headers, MIME structure, charsets and
transfer encodings, and the machine-generated parts of delivery reports. The output is
deterministic: fixed seed, fixed boundaries, Message-IDs derived from each message's key, no clock.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.headerregistry import BaseHeader
from email.message import Message
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Literal, TypedDict

HERE = Path(__file__).resolve().parent
SEED = 46_20261123
PREFIX = "h46"
AR_NAME = "Keystone Access Receivables"
AR_ADDR = "receivables@keystone-access.example"
AR_DOMAIN = "keystone-access.example"
FIRST_DAY = date(2026, 11, 23)
LAST_DAY = date(2026, 12, 18)

Lang = Literal["en", "de", "fr", "es", "nl", "it"]
Intent = Literal[
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
]
Client = Literal[
    "outlook",
    "outlook_html",
    "outlook_html_only",
    "owa",
    "outlook_ios",
    "gmail",
    "gmail_plain",
    "inline_gmail",
    "apple",
    "iphone",
    "thunderbird",
    "inline_tb",
    "samsung",
    "webde",
    "orange",
    "notice",
]
Cte = Literal["quoted-printable", "base64", "8bit", "7bit"]
Kind = Literal["hard", "soft"]

LANGS: tuple[Lang, ...] = ("en", "de", "fr", "es", "nl", "it")
INTENTS: tuple[Intent, ...] = (
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


class Label(TypedDict):
    """One line of labels.jsonl, keys in the corpus order."""

    file: str
    intent: Intent
    promised_date: str | None
    paid_date: str | None
    return_date: str | None
    payment_reference: str | None
    amount: str | None
    currency: str | None
    new_contact: str | None
    bounce_kind: Kind | None
    failed_recipient: str | None
    bounce_status: str | None
    invoice_refs: list[str]
    language: Lang
    note: str | None


# --------------------------------------------------------------------------------------------
# Locale tables (client strings, date formats, the reminder being answered)
# --------------------------------------------------------------------------------------------

DAYS: dict[Lang, tuple[str, ...]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
}
DAYS_ABBR: dict[Lang, tuple[str, ...]] = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "it": ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
}
MONTHS: dict[Lang, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "de": (
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "it": (
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ),
}
MONTHS_ABBR: dict[Lang, tuple[str, ...]] = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "de": (
        "Jan.",
        "Feb.",
        "März",
        "Apr.",
        "Mai",
        "Juni",
        "Juli",
        "Aug.",
        "Sept.",
        "Okt.",
        "Nov.",
        "Dez.",
    ),
    "fr": (
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"),
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "it": ("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"),
}

GMAIL_ATTR: dict[Lang, str] = {
    "en": "On {wda}, {d} {mona} {y} at {HH}:{MI}, {name} <{addr}> wrote:",
    "de": "Am {wda}, {d}. {mona} {y} um {HH}:{MI} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda} {d} {mona} {y} à {HH}:{MI}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {mona} {y} a las {H}:{MI}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {mona} {y} om {HH}:{MI} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {mona} {y} alle ore {HH}:{MI} {name} <{addr}> ha scritto:",
}
APPLE_ATTR: dict[Lang, str] = {
    "en": "On {d} {mona} {y}, at {HH}:{MI}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mm}.{y} um {HH}:{MI} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mona} {y} à {HH}:{MI}, {name} <{addr}> a écrit :",
    "es": "El {d} {mona} {y}, a las {H}:{MI}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mona} {y} om {HH}:{MI} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mona} {y}, alle ore {HH}:{MI}, {name} <{addr}> ha scritto:",
}
TB_ATTR: dict[Lang, str] = {
    "en": "On {dd}/{mm}/{y} {HH}:{MI}, {name} wrote:",
    "de": "Am {dd}.{mm}.{yy} um {HH}:{MI} schrieb {name}:",
    "fr": "Le {dd}/{mm}/{y} à {HH}:{MI}, {name} a écrit :",
    "es": "El {d}/{mm}/{yy} a las {H}:{MI}, {name} escribió:",
    "nl": "Op {dd}-{mm}-{y} om {HH}:{MI} schreef {name}:",
    "it": "Il {dd}/{mm}/{yy} {HH}:{MI}, {name} ha scritto:",
}
OUTLOOK_DATE: dict[Lang, str] = {
    "en": "{wd}, {d} {mon} {y} {HH}:{MI}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{MI}",
    "fr": "{wd} {d} {mon} {y} {HH}:{MI}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{MI}",
    "nl": "{wd} {d} {mon} {y} {HH}:{MI}",
    "it": "{wd} {d} {mon} {y} {HH}:{MI}",
}
SAMSUNG_DATE: dict[Lang, str] = {
    "en": "{dd}/{mm}/{y} {HH}:{MI} (GMT{tz})",
    "de": "{dd}.{mm}.{yy} {HH}:{MI} (GMT{tz})",
    "fr": "{dd}/{mm}/{y} {HH}:{MI} (GMT{tz})",
    "es": "{d}/{mm}/{yy} {H}:{MI} (GMT{tz})",
    "nl": "{dd}-{mm}-{y} {HH}:{MI} (GMT{tz})",
    "it": "{dd}/{mm}/{y} {HH}:{MI} (GMT{tz})",
}


@dataclass(frozen=True)
class Fields:
    """The labels of a client's header block above the quoted message."""

    rule: str
    frm: str
    sent: str
    to: str
    subject: str
    sep: str


OUTLOOK_FIELDS: dict[Lang, Fields] = {
    "en": Fields("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": Fields("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": Fields("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": Fields("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": Fields("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": Fields("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
SAMSUNG_FIELDS: dict[Lang, Fields] = {
    "en": Fields("-------- Original message --------", "From", "Date", "To", "Subject", ": "),
    "de": Fields(
        "-------- Ursprüngliche Nachricht --------", "Von", "Datum", "An", "Betreff", ": "
    ),
    "fr": Fields("-------- Message d'origine --------", "De", "Date", "À", "Objet", " : "),
    "es": Fields("-------- Mensaje original --------", "De", "Fecha", "Para", "Asunto", ": "),
    "nl": Fields(
        "-------- Oorspronkelijk bericht --------", "Van", "Datum", "Aan", "Onderwerp", ": "
    ),
    "it": Fields("-------- Messaggio originale --------", "Da", "Data", "A", "Oggetto", ": "),
}
OUTLOOK_RE: dict[Lang, str] = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
HTML_LANG: dict[Lang, str] = {
    "en": "EN-GB",
    "de": "DE",
    "fr": "FR",
    "es": "ES",
    "nl": "NL",
    "it": "IT",
}
CONTENT_LANG: dict[Lang, str] = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}
IPHONE_SIG: dict[Lang, str] = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
OUTLOOK_IOS_SIG: dict[Lang, str] = {
    "en": "Get Outlook for iOS<https://aka.ms/o0ukef>",
    "de": "Outlook für iOS<https://aka.ms/o0ukef> beziehen",
    "fr": "Obtenir Outlook pour iOS<https://aka.ms/o0ukef>",
    "es": "Obtener Outlook para iOS<https://aka.ms/o0ukef>",
    "nl": "Outlook voor iOS<https://aka.ms/o0ukef> downloaden",
    "it": "Scarica Outlook per iOS<https://aka.ms/o0ukef>",
}
SAMSUNG_SIG: dict[Lang, str] = {
    "en": "Sent from my Galaxy",
    "de": "Von meinem Galaxy gesendet",
    "fr": "Envoyé depuis mon Galaxy",
    "es": "Enviado desde mi Galaxy",
    "nl": "Verzonden vanaf mijn Galaxy",
    "it": "Inviato dal mio Galaxy",
}

REMINDER_SUBJECT: dict[Lang, str] = {
    "en": "Overdue invoice {inv} – Keystone Access",
    "de": "Überfällige Rechnung {inv} – Keystone Access",
    "fr": "Facture échue {inv} – Keystone Access",
    "es": "Factura vencida {inv} – Keystone Access",
    "nl": "Vervallen factuur {inv} – Keystone Access",
    "it": "Fattura scaduta {inv} – Keystone Access",
}
REMINDER_BODY: dict[Lang, str] = {
    "en": (
        "Hello,\n\n"
        "We have not yet received payment for the invoice below, which is now overdue.\n\n"
        "Invoice number: {inv}\nDue date: {due}\nBalance: {amt}\n\n"
        "If you have already paid, please send us the payment date and reference so we can allocate it. If you have a query about the work or the invoice, simply reply to this email.\n\n"
        "Thank you,\n\nAccounts Receivable\nKeystone Access Ltd – locks, keys and access control\nreceivables@keystone-access.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "für die unten genannte Rechnung konnten wir bisher keinen Zahlungseingang feststellen. Die Zahlungsfrist ist abgelaufen.\n\n"
        "Rechnungsnummer: {inv}\nFällig seit: {due}\nOffener Betrag: {amt}\n\n"
        "Falls Sie bereits gezahlt haben, nennen Sie uns bitte Zahlungsdatum und Verwendungszweck, damit wir die Zahlung zuordnen können. Bei Rückfragen zum Auftrag oder zur Rechnung antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\nDebitorenbuchhaltung\nKeystone Access – Schließanlagen und Zutrittskontrolle\nreceivables@keystone-access.example"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, nous n'avons pas encore reçu le règlement de la facture ci-dessous, arrivée à échéance.\n\n"
        "Numéro de facture : {inv}\nDate d'échéance : {due}\nMontant restant dû : {amt}\n\n"
        "Si le paiement a déjà été effectué, merci de nous communiquer sa date et sa référence afin que nous puissions le rapprocher. Pour toute question sur l'intervention ou la facture, il vous suffit de répondre à ce message.\n\n"
        "Bien cordialement,\n\nService comptabilité clients\nKeystone Access – serrurerie et contrôle d'accès\nreceivables@keystone-access.example"
    ),
    "es": (
        "Buenos días:\n\n"
        "Todavía no hemos recibido el pago de la factura indicada a continuación, cuyo plazo de pago ya ha vencido.\n\n"
        "Número de factura: {inv}\nFecha de vencimiento: {due}\nImporte pendiente: {amt}\n\n"
        "Si ya han realizado el pago, les rogamos que nos indiquen la fecha y la referencia para poder asignarlo. Si tienen alguna consulta sobre el trabajo o la factura, basta con responder a este correo.\n\n"
        "Un saludo,\n\nDepartamento de Cobros\nKeystone Access – cerrajería y control de accesos\nreceivables@keystone-access.example"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Wij hebben de betaling van onderstaande factuur nog niet ontvangen. De betaaltermijn is inmiddels verstreken.\n\n"
        "Factuurnummer: {inv}\nVervaldatum: {due}\nOpenstaand bedrag: {amt}\n\n"
        "Heeft u al betaald? Laat ons dan de betaaldatum en het betalingskenmerk weten, zodat wij de betaling kunnen verwerken. Heeft u een vraag over de werkzaamheden of de factuur, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\nDebiteurenadministratie\nKeystone Access – sloten, sleutels en toegangscontrole\nreceivables@keystone-access.example"
    ),
    "it": (
        "Buongiorno,\n\n"
        "non risulta ancora pervenuto il pagamento della fattura indicata di seguito, ormai scaduta.\n\n"
        "Numero fattura: {inv}\nScadenza: {due}\nImporto da saldare: {amt}\n\n"
        "Se avete già provveduto al pagamento, vi chiediamo di comunicarci data e riferimento del versamento, così da poterlo registrare. Per qualsiasi domanda sull'intervento o sulla fattura è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\nUfficio Crediti\nKeystone Access – serrature, chiavi e controllo accessi\nreceivables@keystone-access.example"
    ),
}
DUE_FORMAT: dict[Lang, str] = {
    "en": "{dd}/{mm}/{y}",
    "de": "{dd}.{mm}.{y}",
    "fr": "{dd}/{mm}/{y}",
    "es": "{dd}/{mm}/{y}",
    "nl": "{dd}-{mm}-{y}",
    "it": "{dd}/{mm}/{y}",
}
# What a Latin-1 client does to characters it cannot send.
LATIN1_FALLBACK = {"–": "-", "€": "EUR", "’": "'", "„": '"', "“": '"', "”": '"', "…": "..."}
FAKE_PDF = b"%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n"


# --------------------------------------------------------------------------------------------
# Hand-written messages and their labels
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Facts:
    """The labelled facts of one message beyond intent and language."""

    promised: str | None = None
    paid: str | None = None
    back: str | None = None
    ref: str | None = None
    amount: str | None = None
    currency: str | None = None
    contact: str | None = None
    refs: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True, kw_only=True)
class Reply:
    """A message written by a customer or by a customer's system, with its labels."""

    key: str
    intent: Intent
    lang: Lang
    name: str
    addr: str
    when: str
    client: Client
    text: str
    inv: str
    amount: str
    currency: str = "EUR"
    facts: Facts = field(default_factory=Facts)
    subject: str = ""
    charset: str = "utf-8"
    cte: Cte = "quoted-printable"
    headers: tuple[tuple[str, str], ...] = ()
    notice_html: str = ""
    threaded: bool = True
    lag_days: int = 1
    cc: str = ""
    attachment: str = ""

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder, with its labels."""

    key: str
    lang: Lang
    kind: Kind
    rcpt: str
    status: str
    sent: str
    when: str
    inv: str
    amount: str
    currency: str = "EUR"
    style: str
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M:%S %z")

    @property
    def sent_dt(self) -> datetime:
        return datetime.strptime(self.sent, "%Y-%m-%d %H:%M:%S %z")


# --------------------------------------------------------------------------------------------
# Small helpers: hashing, dates, amounts, text
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}/{key}".encode()).digest()


def number(key: str, salt: str, modulo: int) -> int:
    return int.from_bytes(digest(key, salt)[:4], "big") % modulo


def b32(key: str, salt: str, size: int) -> str:
    return base64.b32encode(digest(key, salt)).decode("ascii")[:size]


def uuid_text(key: str, salt: str) -> str:
    h = digest(key, salt).hex()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def stamp(dt: datetime, lang: Lang) -> dict[str, str]:
    """Every piece of a date that the locale formats need."""
    offset = dt.utcoffset() or timedelta(0)
    hours = int(offset.total_seconds() // 3600)
    return {
        "wd": DAYS[lang][dt.weekday()],
        "wda": DAYS_ABBR[lang][dt.weekday()],
        "mon": MONTHS[lang][dt.month - 1],
        "mona": MONTHS_ABBR[lang][dt.month - 1],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mm": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "MI": f"{dt.minute:02d}",
        "tz": f"{hours:+03d}:00",
    }


def render(template: str, *, dt: datetime, lang: Lang, name: str = "", addr: str = "") -> str:
    return template.format(**stamp(dt, lang), name=name, addr=addr)


def group_thousands(whole: str, sep: str) -> str:
    out = ""
    while len(whole) > 3:
        out = sep + whole[-3:] + out
        whole = whole[:-3]
    return whole + out


def money(amount: str, currency: str, lang: Lang) -> str:
    """The amount as Keystone's reminder prints it in the customer's language."""
    whole, cents = amount.split(".")
    symbol = {"EUR": "€", "GBP": "£"}[currency]
    if lang == "en":
        return f"{symbol}{group_thousands(whole, ',')}.{cents}"
    if lang in {"nl", "it"}:
        return f"{symbol} {group_thousands(whole, '.')},{cents}"
    sep = " " if lang == "fr" else "."
    return f"{group_thousands(whole, sep)},{cents} {symbol}"


def invoice(short: str) -> str:
    return f"KA/26/{short}"


def latin1(text: str) -> str:
    for char, replacement in LATIN1_FALLBACK.items():
        text = text.replace(char, replacement)
    return text


def fits(text: str, charset: str) -> str:
    """The quoted text as a client sending in `charset` would write it."""
    if charset in {"iso-8859-1", "us-ascii"}:
        return latin1(text)
    return text


def quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def html_text(text: str) -> str:
    """Paragraphs of plain text as simple HTML (blank lines separate paragraphs)."""
    paragraphs = text.split("\n\n")
    return "\n".join(
        "<div>" + "<br>\n".join(esc(line) for line in p.split("\n")) + "</div><div><br></div>"
        for p in paragraphs
    )


def mso_text(text: str) -> str:
    lines = text.split("\n")
    return "\n".join(
        f'<p class="MsoNormal">{esc(line) if line else "&nbsp;"}<o:p></o:p></p>' for line in lines
    )


def flowed(text: str, width: int = 72) -> str:
    """Wrap text for format=flowed: soft breaks end in a space, quote markers are repeated."""
    out: list[str] = []
    for line in text.split("\n"):
        marker = re.match(r"^(>+ ?)?", line)
        prefix = marker.group(0) if marker else ""
        body = line[len(prefix) :]
        if not prefix and body.startswith((" ", "From ", ">")):
            body = " " + body
        out.extend(prefix + chunk for chunk in wrap_flowed(body, width - len(prefix)))
    return "\n".join(out)


def wrap_flowed(body: str, width: int) -> list[str]:
    words = body.split(" ")
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current}{word} " if current or not lines else f"{word} "
        if current and len(candidate.rstrip()) > width:
            lines.append(current)
            current = f"{word} "
        else:
            current = candidate
    lines.append(current[:-1] if current.endswith(" ") else current)
    return lines


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------


def encode_body(data: bytes, cte: Cte) -> str:
    if cte == "quoted-printable":
        return binascii.b2a_qp(data, istext=True).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "7bit":
        return data.decode("ascii")
    return data.decode("ascii", "surrogateescape")


def text_part(text: str, *, subtype: str, charset: str, cte: Cte, flow: bool = False) -> Message:
    """A text part encoded exactly as given (raises if the text does not fit the charset)."""
    data = text.encode(charset)
    if cte == "7bit" and not data.isascii():
        cte = "quoted-printable"
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"' + (
        "; format=flowed" if flow else ""
    )
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(encode_body(data if data.endswith(b"\n") else data + b"\n", cte))
    return part


def multipart(subtype: str, parts: list[Message], *, boundary: str, extra: str = "") -> Message:
    msg = Message()
    msg["Content-Type"] = f'multipart/{subtype};{extra} boundary="{boundary}"'
    for part in parts:
        msg.attach(part)
    return msg


def attachment_part(filename: str, data: bytes) -> Message:
    part = Message()
    part["Content-Type"] = f'application/pdf; name="{filename}"'
    part["Content-Disposition"] = f'attachment; filename="{filename}"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


def header_charset(charset: str, method: str) -> email_charset.Charset:
    chosen = email_charset.Charset(charset)
    chosen.header_encoding = email_charset.BASE64 if method == "b" else email_charset.QP
    return chosen


def encoded(value: str, *, charset: str, method: str = "q", name: str = "Subject") -> str:
    """A header value as the client encodes it: RFC 2047 when it is not ASCII."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, header_charset(charset, method), header_name=name).encode()


def mailbox(name: str, addr: str, *, charset: str = "utf-8", method: str = "q") -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    try:
        name.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    words = Header(name, header_charset(charset, method)).encode()
    return f"{words} <{addr}>"


CONTENT_HEADERS = ("MIME-Version", "Content-Type", "Content-Transfer-Encoding")


def assemble(body: Message, top: list[tuple[str, str]]) -> Message:
    """Put the envelope headers first and the MIME headers after them, as clients do."""
    content = [(name, body[name]) for name in CONTENT_HEADERS[1:] if body[name] is not None]
    for name in CONTENT_HEADERS:
        del body[name]
    for name, value in top:
        body[name] = value
    body["MIME-Version"] = "1.0"
    for name, value in content:
        body[name] = value
    return body


def without_mime(msg: Message, top: list[tuple[str, str]]) -> Message:
    """An old-style single-part message with no MIME headers at all."""
    for name, value in top:
        msg[name] = value
    return msg


# --------------------------------------------------------------------------------------------
# Message-IDs and threading
# --------------------------------------------------------------------------------------------


def reminder_id(key: str) -> str:
    return f"<ka-rem.{b32(key, 'reminder', 16).lower()}@mailer.{AR_DOMAIN}>"


def outlook_host(key: str) -> str:
    return f"{['AS8PR03MB', 'DB9PR01MB', 'PAXPR02MB', 'FR2P281MB', 'AM0PR06MB'][number(key, 'pod', 5)]}{1000 + number(key, 'host', 8999)}"


def outlook_id(r: Reply) -> str:
    host = outlook_host(r.key)
    return (
        f"<{host}{digest(r.key, 'message-id').hex().upper()[:24]}@{host}.eurprd03.prod.outlook.com>"
    )


def gmail_id(r: Reply) -> str:
    tail = base64.urlsafe_b64encode(digest(r.key, "message-id")).decode("ascii").rstrip("=")[:42]
    return f"<CA{tail}@mail.gmail.com>"


def apple_id(r: Reply) -> str:
    return f"<{uuid_text(r.key, 'apple').upper()}@{r.addr.split('@')[1]}>"


def thunderbird_id(r: Reply) -> str:
    return f"<{uuid_text(r.key, 'tb')}@{r.addr.split('@')[1]}>"


def samsung_id(r: Reply) -> str:
    return f"<{digest(r.key, 'message-id').hex()[:32]}@email.android.com>"


def webde_id(r: Reply) -> str:
    return f"<trinity-{uuid_text(r.key, 'webde')}-17{number(r.key, 'ts', 10**9):09d}@3c-app-webde-bap{10 + number(r.key, 'n', 80)}>"


def orange_id(r: Reply) -> str:
    return f"<{number(r.key, 'a', 10**9)}.{number(r.key, 'b', 10**5)}.17{number(r.key, 'c', 10**9):09d}.JavaMail.www@wwinf8{number(r.key, 'd', 90):02d}>"


def server_id(r: Reply) -> str:
    return f"<{digest(r.key, 'message-id').hex()[:20]}.{number(r.key, 'n', 10**6)}@{r.addr.split('@')[1]}>"


MESSAGE_IDS: dict[Client, Callable[[Reply], str]] = {
    "outlook": outlook_id,
    "outlook_html": outlook_id,
    "outlook_html_only": outlook_id,
    "owa": outlook_id,
    "outlook_ios": outlook_id,
    "gmail": gmail_id,
    "gmail_plain": gmail_id,
    "inline_gmail": gmail_id,
    "apple": apple_id,
    "iphone": apple_id,
    "thunderbird": thunderbird_id,
    "inline_tb": thunderbird_id,
    "samsung": samsung_id,
    "webde": webde_id,
    "orange": orange_id,
    "notice": server_id,
}


def reply_id(r: Reply) -> str:
    return MESSAGE_IDS[r.client](r)


def thread_index(key: str) -> str:
    return base64.b64encode(digest(key, "thread-index")[:22]).decode("ascii")


def boundary_for(r: Reply, level: int) -> str:
    raw = digest(r.key, f"boundary-{level}")
    if r.client in {"gmail", "gmail_plain", "inline_gmail"}:
        return "000000000000" + raw.hex()[:16]
    if r.client == "apple":
        return f"Apple-Mail={uuid_text(r.key, f'b{level}').upper()}"
    if r.client.startswith(("outlook", "owa")):
        return f"_00{level}_{outlook_host(r.key)}{raw.hex().upper()[:16]}_"
    return f"----=_Part_{number(r.key, f'p{level}', 10**6)}_{number(r.key, f'q{level}', 10**9)}.17{number(r.key, 'ts', 10**8):08d}"


# --------------------------------------------------------------------------------------------
# The reminder each reply quotes
# --------------------------------------------------------------------------------------------


def reminder_sent(r: Reply) -> datetime:
    """When Keystone sent the reminder (UTC): minutes before an auto-reply, else working days before."""
    reply = r.dt.astimezone(UTC)
    if r.lag_days == 0:
        return (reply - timedelta(minutes=3 + number(r.key, "lag", 4))).replace(second=12)
    day = reply.date() - timedelta(days=r.lag_days)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return datetime(
        day.year, day.month, day.day, 8, 30 + number(r.key, "minute", 20), 12, tzinfo=UTC
    )


def due_date(sent: datetime, key: str) -> date:
    return sent.date() - timedelta(days=11 + number(key, "due", 16))


def reminder_text(lang: Lang, *, inv: str, amount: str, currency: str, due: date) -> str:
    due_text = DUE_FORMAT[lang].format(dd=f"{due.day:02d}", mm=f"{due.month:02d}", y=due.year)
    return REMINDER_BODY[lang].format(
        inv=invoice(inv), due=due_text, amt=money(amount, currency, lang)
    )


@dataclass(frozen=True, kw_only=True)
class Quote:
    """The reminder as the replying client shows it."""

    when: datetime
    subject: str
    text: str
    to: str


def make_quote(r: Reply) -> Quote:
    sent = reminder_sent(r)
    text = reminder_text(
        r.lang, inv=r.inv, amount=r.amount, currency=r.currency, due=due_date(sent, r.key)
    )
    return Quote(
        when=sent.astimezone(r.dt.tzinfo),
        subject=fits(REMINDER_SUBJECT[r.lang].format(inv=invoice(r.inv)), r.charset),
        text=fits(text, r.charset),
        to=f"{r.name} <{r.addr}>" if r.name else r.addr,
    )


def expand(r: Reply, q: Quote, text: str) -> str:
    """Fill the placeholders of an inline reply with the reminder's own values."""
    sent = reminder_sent(r)
    due = due_date(sent, r.key)
    values = {
        "%INV%": invoice(r.inv),
        "%AMT%": fits(money(r.amount, r.currency, r.lang), r.charset),
        "%DUE%": DUE_FORMAT[r.lang].format(dd=f"{due.day:02d}", mm=f"{due.month:02d}", y=due.year),
        "%ATTR%": inline_attr(r, q),
    }
    for marker, value in values.items():
        text = text.replace(marker, value)
    return text


def inline_attr(r: Reply, q: Quote) -> str:
    table = GMAIL_ATTR if r.client == "inline_gmail" else TB_ATTR
    return render(table[r.lang], dt=q.when, lang=r.lang, name=AR_NAME, addr=AR_ADDR)


# --------------------------------------------------------------------------------------------
# Clients: each turns the new text plus the quoted reminder into a MIME body
# --------------------------------------------------------------------------------------------


def outlook_block(r: Reply, q: Quote, *, rule: bool) -> str:
    f = OUTLOOK_FIELDS[r.lang]
    sent = render(OUTLOOK_DATE[r.lang], dt=q.when, lang=r.lang)
    lines = [
        f"{f.frm}{f.sep}{AR_NAME} <{AR_ADDR}>",
        f"{f.sent}{f.sep}{sent}",
        f"{f.to}{f.sep}{q.to}",
        f"{f.subject}{f.sep}{q.subject}",
    ]
    head = [f.rule] if rule else []
    return "\n".join(head + lines) + "\n\n" + q.text


def outlook_divider_html(r: Reply, q: Quote) -> str:
    f = OUTLOOK_FIELDS[r.lang]
    sent = render(OUTLOOK_DATE[r.lang], dt=q.when, lang=r.lang)
    sep = f.sep.replace(" ", "&nbsp;", 1) if f.sep.startswith(" ") else f.sep
    return (
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal"><b><span lang="{HTML_LANG[r.lang]}">{f.frm}{sep.rstrip()}</span></b> {esc(AR_NAME)} &lt;{AR_ADDR}&gt; <br>\n'
        f"<b>{f.sent}{sep.rstrip()}</b> {esc(sent)}<br>\n"
        f"<b>{f.to}{sep.rstrip()}</b> {esc(q.to)}<br>\n"
        f"<b>{f.subject}{sep.rstrip()}</b> {esc(q.subject)}<o:p></o:p></p>\n</div>"
    )


def word_html(r: Reply, q: Quote) -> str:
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
        'span.EmailStyle19\n\t{mso-style-type:personal-reply;font-family:"Calibri",sans-serif;color:windowtext;}\n'
        "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{HTML_LANG[r.lang]}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso_text(r.text)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{outlook_divider_html(r, q)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_text(q.text)}\n"
        "</div>\n</body>\n</html>"
    )


def owa_html(r: Reply, q: Quote) -> str:
    f = OUTLOOK_FIELDS[r.lang]
    sent = render(OUTLOOK_DATE[r.lang], dt=q.when, lang=r.lang)
    sep = f.sep.rstrip()
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}">'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>\n'
        '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_text(r.text)}\n</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"<b>{f.frm}{sep}</b> {esc(AR_NAME)} &lt;{AR_ADDR}&gt;<br>\n<b>{f.sent}{sep}</b> {esc(sent)}<br>\n"
        f"<b>{f.to}{sep}</b> {esc(q.to)}<br>\n<b>{f.subject}{sep}</b> {esc(q.subject)}</font>\n<div>&nbsp;</div>\n</div>\n"
        f'<div class="BodyFragment"><font size="2"><span style="font-size:11pt;">\n<div class="PlainText">{"<br>".join(esc(x) for x in q.text.split(chr(10)))}</div>\n'
        "</span></font></div>\n</body>\n</html>"
    )


def gmail_html(r: Reply, attr: str, q: Quote) -> str:
    return (
        f'<div dir="ltr">{html_text(r.text)}</div><br><div class="gmail_quote gmail_quote_container">'
        f'<div dir="ltr" class="gmail_attr">{esc(attr)}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_text(q.text)}</blockquote></div>\n"
    )


def apple_html(r: Reply, attr: str, q: Quote) -> str:
    return (
        '<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{html_text(r.text)}<div><br><blockquote type="cite"><div>{esc(attr)}</div><br class="Apple-interchange-newline">'
        f"<div>{html_text(q.text)}</div></blockquote></div></body></html>\n"
    )


def alternative(r: Reply, plain: str, markup: str) -> Message:
    parts = [
        text_part(plain, subtype="plain", charset=r.charset, cte=r.cte),
        text_part(markup, subtype="html", charset=r.charset, cte=r.cte),
    ]
    return multipart("alternative", parts, boundary=boundary_for(r, 1))


def client_outlook(r: Reply, q: Quote) -> Message:
    body = r.text + "\n\n" + outlook_block(r, q, rule=True)
    return text_part(body, subtype="plain", charset=r.charset, cte=r.cte)


def client_outlook_html(r: Reply, q: Quote) -> Message:
    plain = r.text + "\n\n" + outlook_block(r, q, rule=False)
    return alternative(r, plain, word_html(r, q))


def client_outlook_html_only(r: Reply, q: Quote) -> Message:
    return text_part(word_html(r, q), subtype="html", charset=r.charset, cte=r.cte)


def client_owa(r: Reply, q: Quote) -> Message:
    plain = r.text + "\n\n________________________________\n" + outlook_block(r, q, rule=False)
    return alternative(r, plain, owa_html(r, q))


def client_outlook_ios(r: Reply, q: Quote) -> Message:
    plain = (
        r.text
        + "\n\n"
        + OUTLOOK_IOS_SIG[r.lang]
        + "\n________________________________\n"
        + outlook_block(r, q, rule=False)
    )
    sig = esc(OUTLOOK_IOS_SIG[r.lang]).replace("&lt;https://aka.ms/o0ukef&gt;", "")
    quoted_tail = owa_html(r, q).split('<div id="appendonsend"></div>', 1)[1]
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head><body>'
        f'<div dir="ltr">{html_text(r.text)}</div><div dir="ltr"><br></div>'
        f'<div id="ms-outlook-mobile-signature" dir="ltr"><a href="https://aka.ms/o0ukef">{sig}</a></div>'
        f"{quoted_tail}"
    )
    return alternative(r, plain, markup)


def gmail_attr(r: Reply, q: Quote) -> str:
    return render(GMAIL_ATTR[r.lang], dt=q.when, lang=r.lang, name=AR_NAME, addr=AR_ADDR)


def client_gmail(r: Reply, q: Quote) -> Message:
    attr = gmail_attr(r, q)
    plain = f"{r.text}\n\n{attr}\n\n{quoted(q.text)}"
    return alternative(r, plain, gmail_html(r, attr, q))


def client_gmail_plain(r: Reply, q: Quote) -> Message:
    plain = f"{r.text}\n\n{gmail_attr(r, q)}\n{quoted(q.text)}"
    return text_part(plain, subtype="plain", charset=r.charset, cte=r.cte)


def client_inline(r: Reply, q: Quote) -> Message:
    plain = expand(r, q, r.text)
    if r.client == "inline_tb":
        return text_part(flowed(plain), subtype="plain", charset=r.charset, cte=r.cte, flow=True)
    return text_part(plain, subtype="plain", charset=r.charset, cte=r.cte)


def apple_attr(r: Reply, q: Quote) -> str:
    return render(APPLE_ATTR[r.lang], dt=q.when, lang=r.lang, name=AR_NAME, addr=AR_ADDR)


def client_apple(r: Reply, q: Quote) -> Message:
    attr = apple_attr(r, q)
    plain = f"{r.text}\n\n{attr}\n\n{quoted(q.text)}"
    return alternative(r, plain, apple_html(r, attr, q))


def client_iphone(r: Reply, q: Quote) -> Message:
    plain = f"{r.text}\n\n{IPHONE_SIG[r.lang]}\n\n{apple_attr(r, q)}\n\n{quoted(q.text)}"
    return text_part(plain, subtype="plain", charset=r.charset, cte=r.cte)


def client_thunderbird(r: Reply, q: Quote) -> Message:
    attr = render(TB_ATTR[r.lang], dt=q.when, lang=r.lang, name=AR_NAME, addr=AR_ADDR)
    plain = f"{r.text}\n\n{attr}\n{quoted(q.text)}"
    return text_part(flowed(plain), subtype="plain", charset=r.charset, cte=r.cte, flow=True)


def client_samsung(r: Reply, q: Quote) -> Message:
    f = SAMSUNG_FIELDS[r.lang]
    when = render(SAMSUNG_DATE[r.lang], dt=q.when, lang=r.lang)
    block = (
        f"{f.rule}\n{f.frm}{f.sep}{AR_NAME} <{AR_ADDR}>\n{f.sent}{f.sep}{when}\n"
        f"{f.to}{f.sep}{q.to}\n{f.subject}{f.sep}{q.subject}\n\n{q.text}"
    )
    plain = f"{r.text}\n\n\n\n{SAMSUNG_SIG[r.lang]}\n\n\n{block}"
    return text_part(plain, subtype="plain", charset=r.charset, cte=r.cte)


def client_webde(r: Reply, q: Quote) -> Message:
    sent = render("{wd}, {dd}. {mon} {y} um {HH}:{MI} Uhr", dt=q.when, lang=r.lang)
    block = f'Gesendet: {sent}\nVon: "{AR_NAME}" <{AR_ADDR}>\nAn: {r.addr}\nBetreff: {q.subject}\n\n{q.text}'
    plain = f"{r.text}\n\n\n{block}"
    return text_part(plain, subtype="plain", charset=r.charset, cte=r.cte)


def client_orange(r: Reply, q: Quote) -> Message:
    sent = render("{dd}/{mm}/{yy} {HH}:{MI}", dt=q.when, lang=r.lang)
    block = f'Message du {sent}\nDe : "{AR_NAME}" <{AR_ADDR}>\nA : {r.addr}\nCopie à : \nObjet : {q.subject}\n\n{q.text}'
    plain = f"{r.text}\n\n{quoted(block)}"
    return text_part(plain, subtype="plain", charset=r.charset, cte=r.cte)


def client_notice(r: Reply, _q: Quote) -> Message:
    if r.notice_html:
        return alternative(r, r.text, r.notice_html)
    return text_part(r.text, subtype="plain", charset=r.charset, cte=r.cte)


CLIENTS: dict[Client, Callable[[Reply, Quote], Message]] = {
    "outlook": client_outlook,
    "outlook_html": client_outlook_html,
    "outlook_html_only": client_outlook_html_only,
    "owa": client_owa,
    "outlook_ios": client_outlook_ios,
    "gmail": client_gmail,
    "gmail_plain": client_gmail_plain,
    "inline_gmail": client_inline,
    "apple": client_apple,
    "iphone": client_iphone,
    "thunderbird": client_thunderbird,
    "inline_tb": client_inline,
    "samsung": client_samsung,
    "webde": client_webde,
    "orange": client_orange,
    "notice": client_notice,
}


# --------------------------------------------------------------------------------------------
# Headers of a reply
# --------------------------------------------------------------------------------------------


def reply_prefix(r: Reply) -> str:
    if r.client.startswith(("outlook", "owa")):
        return OUTLOOK_RE[r.lang]
    if r.client == "webde":
        return "Aw: "
    if r.client == "orange":
        return "RE: "
    return "Re: "


def reply_subject(r: Reply, q: Quote) -> str:
    return r.subject or reply_prefix(r) + q.subject


def header_method(r: Reply) -> str:
    return (
        "b"
        if r.client in {"outlook_ios", "apple", "iphone", "samsung"} or r.client.startswith("owa")
        else "q"
    )


def client_headers(r: Reply, subject: str) -> list[tuple[str, str]]:
    """Headers some clients add after the envelope ones."""
    method = header_method(r)
    if r.client.startswith(("outlook", "owa")):
        topic = subject.split(": ", 1)[1] if ": " in subject and not r.subject else subject
        return [
            ("Thread-Topic", encoded(topic, charset=r.charset, method=method, name="Thread-Topic")),
            ("Thread-Index", thread_index(r.key)),
            ("Accept-Language", f"{CONTENT_LANG[r.lang]}, en-US"),
            ("Content-Language", CONTENT_LANG[r.lang]),
            ("X-MS-Has-Attach", "yes" if r.attachment else ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
    extra: dict[str, list[tuple[str, str]]] = {
        "apple": [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
        "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
        "thunderbird": [
            ("User-Agent", "Mozilla Thunderbird"),
            ("Content-Language", CONTENT_LANG[r.lang]),
        ],
        "inline_tb": [
            ("User-Agent", "Mozilla Thunderbird"),
            ("Content-Language", CONTENT_LANG[r.lang]),
        ],
        "webde": [
            ("Importance", "normal"),
            ("Sensitivity", "Normal"),
            ("X-UI-Message-Type", "mail"),
        ],
        "orange": [("X-Mailer", "Orange Webmail")],
    }
    return extra.get(r.client, [])


def reply_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    subject = reply_subject(r, q)
    method = header_method(r)
    top: list[tuple[str, str]] = [
        ("From", mailbox(r.name, r.addr, charset=r.charset, method=method)),
        ("To", mailbox(AR_NAME, AR_ADDR)),
    ]
    if r.cc:
        top.append(("Cc", r.cc))
    top += [
        ("Subject", encoded(subject, charset=r.charset, method=method)),
        ("Date", format_datetime(r.dt)),
        ("Message-ID", reply_id(r)),
    ]
    if r.threaded:
        top += [("In-Reply-To", reminder_id(r.key)), ("References", reminder_id(r.key))]
    top += list(r.headers)
    return top + [(n, v) for n, v in client_headers(r, subject) if v != "" or n.startswith("X-MS")]


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    body = CLIENTS[r.client](r, q)
    if r.attachment:
        body = multipart(
            "mixed", [body, attachment_part(r.attachment, FAKE_PDF)], boundary=boundary_for(r, 0)
        )
    return assemble(body, reply_headers(r, q))


# --------------------------------------------------------------------------------------------
# Delivery reports
# --------------------------------------------------------------------------------------------


def original_reminder(b: Bounce) -> Message:
    """The reminder as Keystone sent it; bounces return it whole or as headers only."""
    text = reminder_text(
        b.lang, inv=b.inv, amount=b.amount, currency=b.currency, due=due_date(b.sent_dt, b.key)
    )
    msg = text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    top: list[tuple[str, str]] = [
        ("From", mailbox(AR_NAME, AR_ADDR)),
        ("To", b.rcpt),
        ("Subject", encoded(REMINDER_SUBJECT[b.lang].format(inv=invoice(b.inv)), charset="utf-8")),
        ("Date", format_datetime(b.sent_dt)),
        ("Message-ID", reminder_id(b.key)),
    ]
    return assemble(msg, top)


def original_subject(b: Bounce) -> str:
    return REMINDER_SUBJECT[b.lang].format(inv=invoice(b.inv))


def returned_message(b: Bounce, *, description: str = "") -> Message:
    part = Message()
    part["Content-Type"] = "message/rfc822"
    if description:
        part["Content-Description"] = description
    part.attach(original_reminder(b))
    return part


def returned_headers(b: Bounce) -> Message:
    head = original_reminder(b).as_string().split("\n\n", 1)[0]
    part = Message()
    part["Content-Type"] = 'text/rfc822-headers; charset="us-ascii"'
    part["Content-Transfer-Encoding"] = "7bit"
    part.set_payload(head + "\n")
    return part


@dataclass(frozen=True, kw_only=True)
class Dsn:
    """The fields of a message/delivery-status part."""

    reporting: str
    action: str
    status: str
    diagnostic: str = ""
    remote: str = ""
    extra_message: tuple[tuple[str, str], ...] = ()
    extra_recipient: tuple[tuple[str, str], ...] = ()


def delivery_status(b: Bounce, dsn: Dsn, *, description: str = "") -> Message:
    per_message = Message()
    per_message["Reporting-MTA"] = f"dns; {dsn.reporting}"
    for name, value in dsn.extra_message:
        per_message[name] = value
    per_message["Arrival-Date"] = format_datetime(b.sent_dt)
    per_recipient = Message()
    per_recipient["Final-Recipient"] = f"rfc822; {b.rcpt}"
    per_recipient["Original-Recipient"] = f"rfc822;{b.rcpt}"
    per_recipient["Action"] = dsn.action
    per_recipient["Status"] = dsn.status
    if dsn.remote:
        per_recipient["Remote-MTA"] = f"dns; {dsn.remote}"
    if dsn.diagnostic:
        per_recipient["Diagnostic-Code"] = dsn.diagnostic
    per_recipient["Last-Attempt-Date"] = format_datetime(b.dt)
    for name, value in dsn.extra_recipient:
        per_recipient[name] = value
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    if description:
        part["Content-Description"] = description
    part.set_payload([per_message, per_recipient])
    return part


def bounce_boundary(b: Bounce, level: int) -> str:
    return f"{b32(b.key, f'bb{level}', 13)}.{int(b.dt.timestamp())}/{level}"


def report(b: Bounce, parts: list[Message]) -> Message:
    return multipart(
        "report", parts, boundary=bounce_boundary(b, 0), extra=' report-type="delivery-status";'
    )


def bounce_id(b: Bounce, host: str) -> str:
    stamp_text = b.dt.astimezone(UTC).strftime("%Y%m%d%H%M%S")
    return f"<{stamp_text}.{b32(b.key, 'bounce-id', 12)}@{host}>"


def bounce_top(
    b: Bounce, *, sender: str, subject: str, host: str, auto: bool = True
) -> list[tuple[str, str]]:
    top: list[tuple[str, str]] = [
        ("Return-Path", "<>"),
        ("From", sender),
        ("To", AR_ADDR),
        ("Subject", encoded(subject, charset="utf-8")),
        ("Date", format_datetime(b.dt)),
        ("Message-ID", bounce_id(b, host)),
    ]
    if auto:
        top.append(("Auto-Submitted", "auto-replied"))
    return top


def described(part: Message, description: str) -> Message:
    part["Content-Description"] = description
    return part


def bounce_postfix(b: Bounce) -> Message:
    host = f"mx1.{AR_DOMAIN}"
    domain = b.rcpt.split("@")[1]
    problem = f"Host or domain name not found. Name service error for name={domain} type=MX: Host not found"
    text = (
        f"This is the mail system at host {host}.\n\n"
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: {problem.replace(' Name service ', ' Name service' + chr(10) + '    ', 1)}\n"
    )
    dsn = Dsn(
        reporting=host,
        action="failed",
        status=b.status,
        diagnostic=f"X-Postfix; {problem}",
        extra_message=(
            ("X-Postfix-Queue-ID", "4dQm7Y2r8Kz1xWd"),
            ("X-Postfix-Sender", f"rfc822; {AR_ADDR}"),
        ),
    )
    parts = [
        described(text_part(text, subtype="plain", charset="us-ascii", cte="7bit"), "Notification"),
        delivery_status(b, dsn, description="Delivery report"),
        returned_message(b, description="Undelivered Message"),
    ]
    sender = formataddr(("Mail Delivery System", f"MAILER-DAEMON@{host}"))
    return assemble(
        report(b, parts),
        bounce_top(b, sender=sender, subject="Undelivered Mail Returned to Sender", host=host),
    )


def bounce_gmail(b: Bounce) -> Message:
    plain = (
        "** Address not found **\n\n"
        f"Your message wasn't delivered to {b.rcpt} because the address couldn't be found, or is unable to receive mail.\n\n"
        "Learn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
        "The response was:\n\n"
        "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser\n"
    )
    markup = (
        '<html>\n<head></head>\n<body>\n<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody><tr><td>\n'
        '<h2 style="font-size:24px;font-weight:normal;">Address not found</h2>\n'
        f"<p>Your message wasn't delivered to <a style='color:#212121;text-decoration:none;'><b>{b.rcpt}</b></a> because the address couldn't be found, or is unable to receive mail.</p>\n"
        '<p>The response from the remote server was:</p>\n<p style="font-family:monospace">550 5.1.1 The email account that you tried to reach does not exist.</p>\n'
        "</td></tr></tbody></table>\n</body>\n</html>\n"
    )
    alt = multipart(
        "alternative",
        [
            text_part(plain, subtype="plain", charset="utf-8", cte="quoted-printable"),
            text_part(markup, subtype="html", charset="utf-8", cte="quoted-printable"),
        ],
        boundary=bounce_boundary(b, 1),
    )
    dsn = Dsn(
        reporting="googlemail.com",
        action="failed",
        status=b.status,
        remote="gmail-smtp-in.l.google.com. (2a00:1450:400c:c07::1a)",
        diagnostic="smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try\n 550-5.1.1 double-checking the recipient's email address for typos or\n 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser a640c23a62f3a-b7f1c2d9e0fsi4471266b.112 - gsmtp",
    )
    parts = [alt, delivery_status(b, dsn), returned_headers(b)]
    sender = formataddr(("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"))
    return assemble(
        report(b, parts),
        bounce_top(
            b, sender=sender, subject="Delivery Status Notification (Failure)", host="mx.google.com"
        ),
    )


def bounce_qmail(b: Bounce) -> Message:
    host = "mail." + b.rcpt.split("@")[1]
    original = original_reminder(b).as_string()
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\nSorry, no mailbox here by that name. vpopmail (#{b.status})\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28817 invoked from network); {format_datetime(b.sent_dt)}\n"
        f"Received: from mx1.{AR_DOMAIN} (203.0.113.25)\n  by {host} with ESMTPS; {format_datetime(b.sent_dt)}\n"
        f"{original}"
    )
    msg = Message()
    msg.set_payload(text)
    top = bounce_top(
        b, sender=f"MAILER-DAEMON@{host}", subject="failure notice", host=host, auto=False
    )
    return without_mime(msg, top)


def bounce_sendmail(b: Bounce) -> Message:
    host = "relay." + b.rcpt.split("@")[1]
    when = b.sent_dt.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
    text = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {when}\nfrom mx1.{AR_DOMAIN} [203.0.113.25]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with exch01.{b.rcpt.split('@')[1]}.\n"
        "Warning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n"
    )
    dsn = Dsn(
        reporting=host,
        action="delayed",
        status=b.status,
        diagnostic="smtp; 451 4.4.1 Connection timed out",
        remote=f"exch01.{b.rcpt.split('@')[1]}",
        extra_message=(("Received-From-MTA", f"DNS; mx1.{AR_DOMAIN}"),),
        extra_recipient=(("Will-Retry-Until", format_datetime(b.sent_dt + timedelta(days=5))),),
    )
    parts = [
        text_part(text, subtype="plain", charset="us-ascii", cte="7bit"),
        delivery_status(b, dsn),
        returned_headers(b),
    ]
    sender = formataddr(("Mail Delivery Subsystem", f"MAILER-DAEMON@{host}"))
    return assemble(
        report(b, parts),
        bounce_top(
            b, sender=sender, subject="Warning: could not send message for past 4 hours", host=host
        ),
    )


def exchange_report(b: Bounce, *, plain: str, subject: str, dsn: Dsn) -> Message:
    """An Exchange NDR: readable text in plain and HTML, then the DSN and the returned headers."""
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        "<div style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:14px;color:#212121\">"
        + "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n"))
        + "</div></body></html>\n"
    )
    alt = multipart(
        "alternative",
        [
            text_part(plain, subtype="plain", charset="utf-8", cte="quoted-printable"),
            text_part(markup, subtype="html", charset="utf-8", cte="quoted-printable"),
        ],
        boundary=bounce_boundary(b, 1),
    )
    domain = b.rcpt.split("@")[1]
    parts = [alt, delivery_status(b, dsn), returned_headers(b)]
    sender = mailbox("Microsoft Outlook", f"postmaster@{domain}")
    return assemble(
        report(b, parts), bounce_top(b, sender=sender, subject=subject, host=dsn.reporting)
    )


def bounce_exchange_de(b: Bounce) -> Message:
    server = "FR2P281MB2274.DEUP281.PROD.OUTLOOK.COM"
    user, domain = b.rcpt.split("@")
    plain = (
        f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.\n\n"
        f"{user} wurde bei {domain} nicht gefunden.\n\n"
        "Erforderliche Aktion: Empfänger\nUnbekannte An-Adresse\n\n"
        "So beheben Sie das Problem\n"
        "Die Adresse ist möglicherweise falsch geschrieben oder existiert nicht. Versuchen Sie Folgendes:\n"
        "- Senden Sie die Nachricht erneut. Löschen Sie dazu die Adresse im Feld „An“ und geben Sie sie vollständig neu ein. Verwenden Sie keine Adresse aus der automatischen Vervollständigung.\n"
        "- Wenden Sie sich auf anderem Weg an den Empfänger (zum Beispiel telefonisch), um die richtige Adresse zu erfragen.\n\n"
        "Diagnoseinformationen für Administratoren:\n\n"
        f"Generierender Server: {server}\n\n"
        f"{b.rcpt}\n"
        f"Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup' zurückgegeben.\n"
    )
    dsn = Dsn(
        reporting=server.lower(),
        action="failed",
        status=b.status,
        diagnostic="smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    )
    return exchange_report(b, plain=plain, subject=f"Unzustellbar: {original_subject(b)}", dsn=dsn)


def bounce_exchange_es(b: Bounce) -> Message:
    server = "DB8PR09MB3316.eurprd09.prod.outlook.com"
    plain = (
        "La entrega se ha retrasado para estos destinatarios o grupos:\n\n"
        f"{b.rcpt}\n\n"
        "Asunto: " + original_subject(b) + "\n\n"
        "Este mensaje todavía no se ha entregado. Seguiremos intentándolo.\n\n"
        "El servidor seguirá intentando entregar el mensaje durante las próximas 44 horas. Si no es posible entregarlo en ese plazo, recibirá un aviso. No es necesario que haga nada.\n\n"
        "Información de diagnóstico para administradores:\n\n"
        f"Servidor de generación: {server}\n"
        f"Receptor: {b.rcpt}\n"
        "Error del servidor remoto: 451 4.4.7 Message delayed; Temporary server error. Please try again later. ATTR18 [DB8PR09MB3316.eurprd09.prod.outlook.com]\n"
    )
    dsn = Dsn(
        reporting=server,
        action="delayed",
        status=b.status,
        diagnostic="smtp; 451 4.4.7 Message delayed",
        extra_recipient=(("Will-Retry-Until", format_datetime(b.sent_dt + timedelta(days=2))),),
    )
    return exchange_report(b, plain=plain, subject=f"Retrasado: {original_subject(b)}", dsn=dsn)


def bounce_exchange_nl(b: Bounce) -> Message:
    server = "AM6P191MB0412.EURP191.PROD.OUTLOOK.COM"
    plain = (
        f"Uw bericht aan {b.rcpt} kan niet worden bezorgd.\n\n"
        "Het postvak van de ontvanger is vol en kan op dit moment geen berichten ontvangen. Probeer het bericht later opnieuw te verzenden of neem op een andere manier contact op met de ontvanger.\n\n"
        "Diagnostische informatie voor beheerders:\n\n"
        f"Genererende server: {server}\n\n"
        f"{b.rcpt}\n"
        "Externe server heeft '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded' geretourneerd\n"
    )
    dsn = Dsn(
        reporting=server.lower(),
        action="failed",
        status=b.status,
        diagnostic="smtp; 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
    )
    return exchange_report(b, plain=plain, subject=f"Onbestelbaar: {original_subject(b)}", dsn=dsn)


def provider_report(
    b: Bounce, *, text: str, charset: str, sender: str, subject: str, dsn: Dsn, whole: bool
) -> Message:
    """A provider's own localised notice in front of a standard DSN."""
    parts = [
        text_part(text, subtype="plain", charset=charset, cte="quoted-printable"),
        delivery_status(b, dsn),
        returned_message(b) if whole else returned_headers(b),
    ]
    host = dsn.reporting
    return assemble(report(b, parts), bounce_top(b, sender=sender, subject=subject, host=host))


def bounce_isp_de(b: Bounce) -> Message:
    host = "mx02.kabelpost.example"
    until = (b.sent_dt + timedelta(days=4)).strftime("%d.%m.%Y")
    text = (
        f"Dies ist eine automatisch erzeugte Nachricht des Mailservers {host}.\n\n"
        f"Ihre Nachricht an\n\n    {b.rcpt}\n\n"
        "konnte bisher nicht zugestellt werden: Das Postfach des Empfängers ist voll.\n\n"
        f"Sie müssen nichts unternehmen. Wir versuchen die Zustellung in regelmäßigen Abständen erneut, längstens bis zum {until}. "
        "Gelingt sie bis dahin nicht, erhalten Sie eine weitere Nachricht und die E-Mail wird an Sie zurückgeschickt.\n\n"
        f"Technische Details:\n  452 4.2.2 <{b.rcpt}>: Mailbox full, quota exceeded\n\n"
        "Ihr Kabelpost-Team\n"
    )
    dsn = Dsn(
        reporting=host,
        action="delayed",
        status=b.status,
        diagnostic="smtp; 452 4.2.2 Mailbox full, quota exceeded",
    )
    sender = mailbox("Kabelpost Mailsystem", f"mailer-daemon@{host}", charset="iso-8859-1")
    return provider_report(
        b,
        text=text,
        charset="iso-8859-1",
        sender=sender,
        subject=f"Zustellung verzögert: {original_subject(b)}",
        dsn=dsn,
        whole=False,
    )


def bounce_gateway_fr(b: Bounce) -> Message:
    host = "smg1.chu-valmont.example"
    text = (
        "Ceci est un message automatique de la passerelle de sécurité SecuMail du CHU de Valmont.\n\n"
        f"Votre message n'a pas pu être remis au destinataire suivant :\n\n    {b.rcpt}\n\n"
        "Motif : le message a été refusé par la politique de sécurité de l'établissement (expéditeur externe non autorisé pour cette boîte fonctionnelle).\n\n"
        "Réponse du serveur : 550 5.7.1 Message rejected by policy (rule FIN-EXT-04)\n\n"
        "Aucune nouvelle tentative ne sera effectuée. Si vous pensez qu'il s'agit d'une erreur, contactez votre correspondant au CHU par un autre moyen.\n\n"
        f"Identifiant de l'incident : SMG-{b.dt.strftime('%Y%m%d')}-77A41F\n"
    )
    dsn = Dsn(
        reporting=host,
        action="failed",
        status=b.status,
        diagnostic="smtp; 550 5.7.1 Message rejected by policy (rule FIN-EXT-04)",
        remote=host,
    )
    sender = mailbox("Passerelle de sécurité SecuMail", f"postmaster@{host}", charset="iso-8859-1")
    return provider_report(
        b,
        text=text,
        charset="utf-8",
        sender=sender,
        subject=f"Message non remis : {original_subject(b)}",
        dsn=dsn,
        whole=False,
    )


def bounce_provider_es(b: Bounce) -> Message:
    host = "correo.hostinglevante.example"
    text = (
        f"Este es un mensaje generado automáticamente por el servidor de correo {host}.\n\n"
        "No ha sido posible entregar su mensaje a uno o más destinatarios. Se trata de un error permanente y no se realizarán más intentos.\n\n"
        f"Destinatario: {b.rcpt}\n"
        "Motivo: el buzón de destino no existe.\n"
        f"Respuesta del servidor remoto: 550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in virtual mailbox table\n\n"
        "Se adjunta una copia del mensaje original.\n"
    )
    dsn = Dsn(
        reporting=host,
        action="failed",
        status=b.status,
        remote="mx." + b.rcpt.split("@")[1],
        diagnostic=f"smtp; 550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in virtual mailbox table",
    )
    sender = mailbox("Sistema de entrega de correo", f"mailer-daemon@{host}")
    return provider_report(
        b,
        text=text,
        charset="utf-8",
        sender=sender,
        subject=f"Mensaje no entregado: {original_subject(b)}",
        dsn=dsn,
        whole=True,
    )


def bounce_isp_nl(b: Bounce) -> Message:
    host = "smtp.netkabel.example"
    last = b.dt.strftime("%d-%m-%Y %H:%M")
    text = (
        f"Dit is een automatisch bericht van de mailserver {host}.\n\n"
        f"Uw bericht aan {b.rcpt} kon nog niet worden afgeleverd. De ontvangende mailserver reageert niet (verbinding verlopen).\n\n"
        "Wij proberen het bericht de komende vijf dagen opnieuw af te leveren. U hoeft het bericht niet opnieuw te versturen. Lukt het niet, dan ontvangt u daarover nog een bericht.\n\n"
        "Technische informatie:\n"
        f"  ontvanger:      {b.rcpt}\n"
        "  status:         4.4.1 (verbinding time-out)\n"
        f"  laatste poging: {last}\n"
    )
    dsn = Dsn(
        reporting=host,
        action="delayed",
        status=b.status,
        diagnostic="smtp; 421 4.4.1 Connection timed out",
        remote="mail." + b.rcpt.split("@")[1],
    )
    sender = mailbox("Mail Delivery System", f"MAILER-DAEMON@{host}")
    return provider_report(
        b,
        text=text,
        charset="utf-8",
        sender=sender,
        subject=f"Vertraagde bezorging: {original_subject(b)}",
        dsn=dsn,
        whole=False,
    )


def bounce_exim_it(b: Bounce) -> Message:
    host = "mx.postaveloce.example"
    domain = b.rcpt.split("@")[1]
    text = (
        "Questo messaggio è stato generato automaticamente dal software di consegna della posta.\n"
        f"Un messaggio che hai inviato non è ancora stato recapitato a uno o più destinatari dopo oltre 24 ore di permanenza in coda su {host}.\n\n"
        "Identificativo del messaggio: 1wRk2T-0007Xa-9P\n"
        f"Oggetto del messaggio:        {original_subject(b)}\n"
        f"Data del messaggio:           {format_datetime(b.sent_dt)}\n\n"
        "L'indirizzo a cui il messaggio non è ancora stato recapitato è:\n\n"
        f"  {b.rcpt}\n    host mx1.{domain} [198.51.100.47]\n"
        f"    Motivo del ritardo: errore SMTP dal server remoto dopo RCPT TO:<{b.rcpt}>:\n"
        "    451 4.7.1 Greylisting in corso, riprovare più tardi\n\n"
        "Non è richiesta alcuna azione da parte tua. I tentativi di consegna continueranno ancora per qualche tempo e questo avviso potrà essere ripetuto se il messaggio resta non recapitato. "
        "Se la consegna non riuscirà, il messaggio ti verrà restituito.\n"
    )
    msg = text_part(text, subtype="plain", charset="utf-8", cte="8bit")
    sender = mailbox("Mail Delivery System", f"Mailer-Daemon@{host}")
    top = bounce_top(
        b,
        sender=sender,
        subject="Avviso: messaggio 1wRk2T-0007Xa-9P ritardato di 24 ore",
        host=host,
    )
    return assemble(msg, top)


BOUNCE_STYLES: dict[str, Callable[[Bounce], Message]] = {
    "postfix": bounce_postfix,
    "gmail": bounce_gmail,
    "qmail": bounce_qmail,
    "sendmail": bounce_sendmail,
    "exchange_de": bounce_exchange_de,
    "isp_de": bounce_isp_de,
    "gateway_fr": bounce_gateway_fr,
    "provider_es": bounce_provider_es,
    "exchange_es": bounce_exchange_es,
    "exchange_nl": bounce_exchange_nl,
    "isp_nl": bounce_isp_nl,
    "exim_it": bounce_exim_it,
}


# --------------------------------------------------------------------------------------------
# The messages. Dates are local to the sender; labels follow the corpus README.
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
NO_AUTO_RESPONSE = ("X-Auto-Response-Suppress", "All")

AP_ADVICE_TEXT = """REMITTANCE ADVICE

Payer: Northfield Community Hospitals
Payee: Keystone Access Ltd (supplier no. 0041877)
Payment number: 4000781233
Payment date: 04/12/2026
Payment method: BACS
Currency: GBP

Invoice        Invoice date   Your ref      Amount
KA/26/3981     02/10/2026     PO 7700458    2,940.00
KA/26/4055     21/10/2026     PO 7700512      612.50
                                   Total    3,552.50

Funds should reach your account within three working days.

Please do not reply to this message. For queries contact Finance Shared Services on 0113 496 0581, quoting the payment number."""

AP_ADVICE_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<h3>REMITTANCE ADVICE</h3>
<table cellpadding="3" style="font-size:10pt">
<tr><td>Payer:</td><td>Northfield Community Hospitals</td></tr>
<tr><td>Payee:</td><td>Keystone Access Ltd (supplier no. 0041877)</td></tr>
<tr><td>Payment number:</td><td>4000781233</td></tr>
<tr><td>Payment date:</td><td>04/12/2026</td></tr>
<tr><td>Payment method:</td><td>BACS</td></tr>
<tr><td>Currency:</td><td>GBP</td></tr>
</table>
<br>
<table border="1" cellpadding="3" style="border-collapse:collapse;font-size:10pt">
<tr><th>Invoice</th><th>Invoice date</th><th>Your ref</th><th>Amount</th></tr>
<tr><td>KA/26/3981</td><td>02/10/2026</td><td>PO 7700458</td><td align="right">2,940.00</td></tr>
<tr><td>KA/26/4055</td><td>21/10/2026</td><td>PO 7700512</td><td align="right">612.50</td></tr>
<tr><td colspan="3" align="right"><b>Total</b></td><td align="right"><b>3,552.50</b></td></tr>
</table>
<p>Funds should reach your account within three working days.</p>
<p style="color:#666666">Please do not reply to this message. For queries contact Finance Shared Services on 0113 496 0581, quoting the payment number.</p>
</body></html>
"""

PAYMENT_SENT: list[Reply] = [
    Reply(
        key="ps-en-paid-oneword",
        intent="payment_sent",
        lang="en",
        name="Gareth Pryce",
        addr="gareth@pryce-lettings.example",
        when="2026-12-02 18:42 +0000",
        client="iphone",
        inv="4102",
        amount="186.00",
        currency="GBP",
        text="Paid.\n\nGareth",
        facts=Facts(
            note="one word from a landlord's phone; no date given, so paid_date stays null"
        ),
    ),
    Reply(
        key="ps-en-ap-remittance",
        intent="payment_sent",
        lang="en",
        name="Northfield Community Hospitals – Accounts Payable",
        addr="ap-remittances@northfield-hospitals.example",
        when="2026-12-04 06:15 +0000",
        client="notice",
        inv="3981",
        amount="2940.00",
        currency="GBP",
        subject="Remittance advice 4000781233 – Keystone Access Ltd",
        text=AP_ADVICE_TEXT,
        notice_html=AP_ADVICE_HTML,
        threaded=False,
        headers=(("Auto-Submitted", "auto-generated"), ("X-Mailer", "FinServe Payables 9.2")),
        facts=Facts(
            paid="2026-12-04",
            ref="4000781233",
            amount="3552.50",
            currency="GBP",
            refs=("3981", "4055"),
            note="AP-system remittance advice with Auto-Submitted: auto-generated; the amount is the payment total",
        ),
    ),
    Reply(
        key="ps-en-cheque-monday",
        intent="payment_sent",
        lang="en",
        name="Joan Whitcombe",
        addr="joan@whitcombe-lettings.example",
        when="2026-11-25 11:20 +0000",
        client="gmail",
        inv="4044",
        amount="318.00",
        currency="GBP",
        text="Hello,\n\nI posted a cheque to your office on Monday — cheque no. 104233 for £318.00, made payable to Keystone Access Ltd. It should be with you today or tomorrow at the latest.\n\nIf it hasn't turned up by Friday please let me know and I'll stop it and do a bank transfer instead.\n\nKind regards\nJoan Whitcombe",
        facts=Facts(
            paid="2026-11-23",
            ref="104233",
            amount="318.00",
            currency="GBP",
            note="cheque already posted on the Monday before Wed 25 Nov; 'Friday' is only a fallback, not a promise",
        ),
    ),
    Reply(
        key="ps-de-hausverwaltung",
        intent="payment_sent",
        lang="de",
        name="Petra Lindner",
        addr="p.lindner@hv-brenner.example",
        when="2026-11-30 10:47 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="4187",
        amount="1148.35",
        text="Sehr geehrte Damen und Herren,\n\ndie o. g. Rechnung wurde am 27.11.2026 per Überweisung beglichen. Die Zahlung erfolgte gesammelt für die WEG Gartenstraße 14 unter der Referenz HV-2611-0093 über 1.148,35 €.\n\nBitte prüfen Sie den Zahlungseingang und gleichen Sie Ihr Kundenkonto entsprechend ab.\n\nMit freundlichen Grüßen\n\nPetra Lindner\nBuchhaltung\n\nHausverwaltung Brenner & Sohn GmbH\nLindenhofstraße 12 · 60329 Frankfurt am Main\nTel. 069 4960 3312\n\nGeschäftsführer: Matthias Brenner · Amtsgericht Frankfurt am Main HRB 48213\nDiese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.",
        facts=Facts(
            paid="2026-11-27",
            ref="HV-2611-0093",
            amount="1148.35",
            currency="EUR",
            note="'o. g. Rechnung' points at the subject; no invoice number in the new text",
        ),
    ),
    Reply(
        key="ps-de-erledigt",
        intent="payment_sent",
        lang="de",
        name="Kemal Demir",
        addr="kemal.demir@demir-optik.example",
        when="2026-12-10 21:14 +0100",
        client="samsung",
        cte="base64",
        inv="4239",
        amount="264.90",
        text="erledigt. hab gestern überwiesen\n\nK. Demir",
        facts=Facts(
            paid="2026-12-09",
            note="'erledigt' ('done') from a shop owner's phone; 'gestern' is the day before Thu 10 Dec",
        ),
    ),
    Reply(
        key="ps-fr-syndic-virement",
        intent="payment_sent",
        lang="fr",
        name="Nathalie Garnier",
        addr="comptabilite@moreau-gestion.example",
        when="2026-12-03 14:32 +0100",
        client="outlook",
        charset="iso-8859-1",
        inv="4066",
        amount="2316.00",
        text="Bonjour,\n\nLe virement de 2 316,00 EUR correspondant à la facture KA/26/4066 (résidence Les Tilleuls) a été émis le 1er décembre. Référence du virement : VIR-SYN-88412.\n\nVous devriez le recevoir sous 48 heures. Merci de nous confirmer sa bonne réception.\n\nCordialement,\n\nNathalie Garnier\nComptable copropriétés\nCabinet Moreau Gestion\n12, rue des Capucins - 69001 Lyon",
        facts=Facts(
            paid="2026-12-01", ref="VIR-SYN-88412", amount="2316.00", currency="EUR", refs=("4066",)
        ),
    ),
    Reply(
        key="ps-fr-cheque-hier",
        intent="payment_sent",
        lang="fr",
        name="Sophie Marchal",
        addr="contact@mercerie-marchal.example",
        when="2026-12-11 08:05 +0100",
        client="apple",
        inv="4301",
        amount="173.40",
        text="Bonjour,\n\nChèque posté hier soir, n° 0004127, à l’ordre de Keystone Access. Vous devriez l’avoir lundi ou mardi.\n\nDésolée pour le retard, décembre est toujours compliqué pour nous.\n\nSophie Marchal\nMercerie Marchal",
        facts=Facts(
            paid="2026-12-10",
            ref="0004127",
            note="cheque posted yesterday (Thu 10 Dec); 'lundi' is when it should arrive, not a payment date",
        ),
    ),
    Reply(
        key="ps-es-colegio-justificante",
        intent="payment_sent",
        lang="es",
        name="Marta Ruiz Ortega",
        addr="administracion@colegiosantabrigida.example",
        when="2026-12-09 13:41 +0100",
        client="gmail",
        inv="4311",
        amount="980.10",
        attachment="justificante_transferencia_KA-26-4311.pdf",
        text="Buenas tardes:\n\nLes confirmo que hoy hemos realizado la transferencia de 980,10 € correspondiente a la factura KA/26/4311 (sustitución de cerraduras del pabellón de primaria). Les adjunto el justificante.\n\nUn saludo,\n\nMarta Ruiz Ortega\nAdministración\nColegio Santa Brígida",
        facts=Facts(
            paid="2026-12-09",
            amount="980.10",
            currency="EUR",
            refs=("4311",),
            note="transfer made 'hoy'; proof attached as a PDF",
        ),
    ),
    Reply(
        key="ps-es-tarjeta-tecnico",
        intent="payment_sent",
        lang="es",
        name="Javier Ocaña",
        addr="javi.ocana@gmail.com",
        when="2026-11-27 19:55 +0100",
        client="iphone",
        inv="4215",
        amount="145.20",
        text="Hola, esta factura ya está pagada. La pagué con tarjeta al técnico el mismo día que vino a cambiar el bombín, el 20 de noviembre. Tengo el ticket del datáfono, si hace falta os mando una foto.\n\nRevisadlo por favor, que no es la primera vez que me llega un recordatorio de algo pagado.",
        facts=Facts(
            paid="2026-11-20",
            note="card payment to the technician on the day of the job; the irritation does not make it a dispute",
        ),
    ),
    Reply(
        key="ps-nl-betalingsadvies",
        intent="payment_sent",
        lang="nl",
        name="StudentWonen Delta – Crediteurenadministratie",
        addr="noreply-crediteuren@studentwonen-delta.example",
        when="2026-12-08 05:40 +0100",
        client="notice",
        inv="4270",
        amount="3480.00",
        subject="Betalingsadvies 2026-SH-00917 – StudentWonen Delta",
        threaded=False,
        headers=(("X-Mailer", "FinanceHub Payables"),),
        text="Betalingsadvies\n\nGeachte relatie,\n\nHierbij ontvangt u de specificatie van onze betaling van 7 december 2026.\n\nBetalingskenmerk: 2026-SH-00917\nUw crediteurnummer: 20418\nBetaalwijze: SEPA-overboeking\n\nFactuur       Factuurdatum   Bedrag\nKA/26/4270    15-10-2026     € 3.480,00\nTotaal                       € 3.480,00\n\nDit bericht is automatisch verzonden door het financiële systeem van StudentWonen Delta. Vragen over deze betaling? Mail naar crediteuren@studentwonen-delta.example en vermeld het betalingskenmerk.",
        facts=Facts(
            paid="2026-12-07",
            ref="2026-SH-00917",
            amount="3480.00",
            currency="EUR",
            refs=("4270",),
            note="AP-system payment advice without Auto-Submitted; the queries address is not a contact change",
        ),
    ),
    Reply(
        key="ps-nl-vraag-al-betaald",
        intent="payment_sent",
        lang="nl",
        name="Henk Bosman",
        addr="h.bosman@bosman-verhuur.example",
        when="2026-12-01 07:48 +0100",
        client="iphone",
        inv="4160",
        amount="212.50",
        text="Volgens mij heb ik deze al lang betaald? Op 19 november € 212,50 overgemaakt via de bank-app, omschrijving ‘slot achterdeur’. Kijk het even na aub.\n\nHenk",
        facts=Facts(
            paid="2026-11-19",
            amount="212.50",
            currency="EUR",
            note="payment claim phrased as a question; the date and amount are stated",
        ),
    ),
    Reply(
        key="ps-it-venerdi-scorso",
        intent="payment_sent",
        lang="it",
        name="Roberta Sala",
        addr="amministrazione@profumeriasala.example",
        when="2026-11-30 12:10 +0100",
        client="thunderbird",
        cte="8bit",
        inv="4192",
        amount="427.00",
        text="Buongiorno,\n\nvi informo che il bonifico di € 427,00 a saldo della fattura KA/26/4192 è stato disposto venerdì scorso. CRO 1101262700881234.\n\nCordiali saluti\nRoberta Sala\nProfumeria Sala snc",
        facts=Facts(
            paid="2026-11-27",
            ref="1101262700881234",
            amount="427.00",
            currency="EUR",
            refs=("4192",),
            note="'venerdì scorso' from Mon 30 Nov is Fri 27 Nov",
        ),
    ),
]

PROMISE_TO_PAY: list[Reply] = [
    Reply(
        key="pp-en-friday-run",
        intent="promise_to_pay",
        lang="en",
        name="Helen Carrick",
        addr="bursar@ashgrove-primary.example",
        when="2026-12-01 16:05 +0000",
        client="outlook_html",
        inv="4233",
        amount="1095.00",
        currency="GBP",
        text="Hi,\n\nThanks for the nudge. I’ve approved it this afternoon and it’s gone into Friday’s payment run, so you should see it early next week.\n\nBest wishes,\nHelen\n\nHelen Carrick\nSchool Business Manager\nAshgrove Primary School\n\nThis email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Ashgrove Primary School does not accept liability for any viruses transmitted by this email.",
        facts=Facts(
            promised="2026-12-04",
            note="past tense ('approved', 'gone into') for a payment that happens in Friday's run (Fri 4 Dec)",
        ),
    ),
    Reply(
        key="pp-en-funding-18th",
        intent="promise_to_pay",
        lang="en",
        name="Marcus Bell",
        addr="m.bell@riverside-studentliving.example",
        when="2026-12-07 12:30 +0000",
        client="gmail",
        inv="4347",
        amount="2650.00",
        currency="GBP",
        text="Hi there,\n\nAs long as our quarterly funding drawdown comes through as planned, we’ll pay this by the 18th. I’ll shout if anything changes.\n\nCheers,\nMarcus Bell\nOperations Manager, Riverside Student Living",
        facts=Facts(
            promised="2026-12-18",
            note="conditional promise with a date; the condition is the customer's own funding, not a complaint",
        ),
    ),
    Reply(
        key="pp-en-ooo-subject",
        intent="promise_to_pay",
        lang="en",
        name="Dan Whitaker",
        addr="dan.whitaker@halden-property.example",
        when="2026-12-09 07:52 +0000",
        client="outlook_ios",
        cte="base64",
        inv="4377",
        amount="780.00",
        currency="GBP",
        subject="Out of office this week – Re: Overdue invoice KA/26/4377 – Keystone Access",
        text="Hi, I’m out of the office on a course this week so only on my phone. I’ll pay this on Monday when I’m back at my desk, sorry for the wait.\n\nDan",
        facts=Facts(
            promised="2026-12-14",
            note="a person wrote this; 'out of office' in the subject does not make it an auto-reply; Monday after Wed 9 Dec",
        ),
    ),
    Reply(
        key="pp-de-kw50",
        intent="promise_to_pay",
        lang="de",
        name="Jürgen Haas",
        addr="j.haas@oberau-gemeinde.example",
        when="2026-12-03 09:40 +0100",
        client="outlook",
        charset="iso-8859-1",
        inv="4226",
        amount="3120.00",
        text="Guten Tag,\n\ndie Rechnung KA/26/4226 (Schließanlage Grundschule) ist sachlich und rechnerisch geprüft und freigegeben. Die Anweisung an die Gemeindekasse erfolgt in KW 50.\n\nMit freundlichen Grüßen\nIm Auftrag\n\nJürgen Haas\nGemeinde Oberau - Schulverwaltung\nRathausplatz 1, 82496 Oberau",
        facts=Facts(
            promised="2026-12-07",
            refs=("4226",),
            note="'in KW 50' → Monday of ISO week 50 (7 Dec), as 'next week' is its Monday; 'geprüft und freigegeben' is approval, not payment",
        ),
    ),
    Reply(
        key="pp-de-am-15",
        intent="promise_to_pay",
        lang="de",
        name="Katrin Vogel",
        addr="katrin.vogel@web.de",
        when="2026-12-09 18:22 +0100",
        client="webde",
        inv="4318",
        amount="356.00",
        text="Hallo,\n\nich überweise am 15., dann ist das Geld aus dem Weihnachtsgeschäft auf dem Konto. Früher geht es leider nicht.\n\nViele Grüße\nKatrin Vogel\nBlumen Vogel",
        facts=Facts(promised="2026-12-15", note="'am 15.' written on Wed 9 Dec → 15 Dec"),
    ),
    Reply(
        key="pp-fr-fin-de-mois",
        intent="promise_to_pay",
        lang="fr",
        name="Laurent Picard",
        addr="l.picard@regie-dumas.example",
        when="2026-12-02 11:18 +0100",
        client="outlook_html",
        inv="4251",
        amount="1587.60",
        text="Bonjour,\n\nBien reçu. La facture KA/26/4251 sera réglée fin de mois avec nos échéances fournisseurs, par virement.\n\nCordialement,\n\nLaurent Picard\nService comptabilité – Régie Dumas Immobilier\nTél. : 04 91 55 02 38\n\nCe message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous avez reçu ce message par erreur, merci d’en avertir l’expéditeur et de le supprimer.",
        facts=Facts(
            promised="2026-12-31", refs=("4251",), note="'fin de mois' written on 2 Dec → 31 Dec"
        ),
    ),
    Reply(
        key="pp-fr-demain-typos",
        intent="promise_to_pay",
        lang="fr",
        name="Olivier Brunet",
        addr="olivier.brunet@gmail.com",
        when="2026-12-14 22:10 +0100",
        client="samsung",
        cte="base64",
        inv="4362",
        amount="96.00",
        text="bjr, je fais le virement demain matin sans faute, desole j avais completement zappe. olivier",
        facts=Facts(
            promised="2026-12-15", note="no accents or apostrophes; 'demain' after Mon 14 Dec"
        ),
    ),
    Reply(
        key="pp-es-remesa-viernes",
        intent="promise_to_pay",
        lang="es",
        name="Luis Ferrer",
        addr="proveedores@clinicavirgendelmar.example",
        when="2026-12-07 10:02 +0100",
        client="outlook_html",
        inv="4288",
        amount="1874.50",
        text="Buenos días:\n\nLes informamos de que la factura KA/26/4288 está incluida en la remesa de pagos a proveedores del próximo viernes, día 11.\n\nAtentamente,\n\nLuis Ferrer\nDepartamento de Proveedores\nClínica Virgen del Mar\n\nAVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si no es usted el destinatario indicado, le rogamos que lo comunique al remitente y lo elimine.",
        facts=Facts(promised="2026-12-11", refs=("4288",)),
    ),
    Reply(
        key="pp-nl-volgende-week-vrijdag",
        intent="promise_to_pay",
        lang="nl",
        name="Ruud Jansen",
        addr="ruud@fietsenjansen.example",
        when="2026-11-25 17:40 +0100",
        client="gmail",
        inv="4137",
        amount="288.75",
        text="Hoi,\n\nSorry, is erdoorheen geglipt. Wordt volgende week vrijdag betaald, dan zijn we weer bij met de administratie.\n\nGroet,\nRuud Jansen\nFietsen Jansen",
        facts=Facts(
            promised="2026-12-04", note="'volgende week vrijdag' from Wed 25 Nov → Fri 4 Dec"
        ),
    ),
    Reply(
        key="pp-nl-vve-rambling",
        intent="promise_to_pay",
        lang="nl",
        name="Ingrid de Boer",
        addr="i.deboer@vve-beheer-zuid.example",
        when="2026-12-08 13:25 +0100",
        client="outlook",
        charset="windows-1252",
        inv="4296",
        amount="4915.00",
        text="Beste heer/mevrouw,\n\nDank voor uw bericht. Ik wil eerst even zeggen dat de bewoners van het Havenhuis erg te spreken zijn over de nieuwe toegangspassen. Het gedoe met de kwijtgeraakte sleutels van de fietsenkelder is eindelijk voorbij, en uw monteur (Erik, geloof ik) heeft heel netjes gewerkt, ook met de oudere bewoners die niet goed wisten hoe zo’n pas werkt.\n\nEr was nog wel een klein dingetje met de deurdranger van de achteringang, die sloeg iets te hard dicht, maar Erik is vorige week teruggekomen en dat is inmiddels opgelost, dus daar hoeft u niets meer mee.\n\nWat de factuur betreft: bij een bedrag van deze omvang moet het bestuur van de VvE akkoord geven, en de bestuursvergadering is pas donderdag 17 december. De penningmeester heeft me al laten weten dat hij geen bezwaren heeft en dat het bedrag op vrijdag 18 december, de dag na de vergadering, wordt overgemaakt.\n\nMocht u in de tussentijd nog vragen hebben over de planning van de tweede fase (de bergingen), dan hoor ik het graag. Ik ben bereikbaar op maandag, dinsdag en donderdag.\n\nMet vriendelijke groet,\n\nIngrid de Boer\nVvE Beheer Zuid\nVerenigingsbeheer en technisch beheer",
        facts=Facts(
            promised="2026-12-18",
            note="long reply; the promise (Fri 18 Dec) is buried in the third paragraph; the door-closer remark is already resolved, not a dispute",
        ),
    ),
    Reply(
        key="pp-it-entro-il-20",
        intent="promise_to_pay",
        lang="it",
        name="Paolo Rinaldi",
        addr="studio@rinaldiamministrazioni.example",
        when="2026-12-10 09:30 +0100",
        client="outlook_html",
        inv="4309",
        amount="1260.00",
        text="Buongiorno,\n\nla fattura KA/26/4309 relativa al condominio di via Mazzini 41 verrà saldata entro il 20 dicembre, dopo l’incasso delle quote condominiali.\n\nDistinti saluti\n\nPaolo Rinaldi\nStudio Amministrazioni Rinaldi\nAmministratore di condominio\n\nLe informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Se avete ricevuto questa e-mail per errore, vi preghiamo di avvisare il mittente e di cancellarla.",
        facts=Facts(
            promised="2026-12-20", refs=("4309",), note="'entro il 20 dicembre' → that date"
        ),
    ),
    Reply(
        key="pp-it-gia-programmato",
        intent="promise_to_pay",
        lang="it",
        name="Giorgio Marini",
        addr="economato@istitutosantanna.example",
        when="2026-12-11 10:15 +0100",
        client="gmail",
        inv="4330",
        amount="640.00",
        text="Buongiorno,\n\nho già programmato il bonifico con data valuta 16/12, quindi lo vedrete in accredito mercoledì prossimo.\n\nCordiali saluti\nGiorgio Marini\nEconomato – Istituto Sant’Anna",
        facts=Facts(
            promised="2026-12-16",
            note="'ho già programmato' is past tense for a transfer dated 16 Dec: a promise, not a payment sent",
        ),
    ),
]

DISPUTE: list[Reply] = [
    Reply(
        key="d-en-not-paid-fobs",
        intent="dispute",
        lang="en",
        name="Priya Nair",
        addr="p.nair@northgate-halls.example",
        when="2026-11-26 15:47 +0000",
        client="gmail",
        inv="4119",
        amount="1840.00",
        currency="GBP",
        text="Hello,\n\nWe have NOT paid this and we won’t be paying it as it stands. The invoice is for 200 key fobs and the reader upgrade. Your engineer brought 50 fobs on 3 November and said the rest would follow within a week. They never did, and nobody has answered my two emails about it.\n\nSend the other 150 fobs or reissue the invoice for what we actually received and we’ll pay that straight away.\n\nPriya Nair\nAccommodation Services Manager\nNorthgate Halls",
        facts=Facts(
            note="negated payment with the reason (short delivery); the offer to pay afterwards is conditional"
        ),
    ),
    Reply(
        key="d-en-duplicate-po",
        intent="dispute",
        lang="en",
        name="Colin Ferris",
        addr="estates.finance@staldrics-hospital.example",
        when="2026-12-04 11:05 +0000",
        client="outlook",
        charset="iso-8859-1",
        inv="4410",
        amount="1260.00",
        currency="GBP",
        text="Good morning,\n\nKA/26/4410 appears to be a duplicate of KA/26/3874: same job (replacement of the keypad locks on the pharmacy store doors, ward block B), same purchase order 7700213 and the same amount. KA/26/3874 was paid on 2 October.\n\nPlease cancel KA/26/4410 and confirm by return.\n\nRegards,\n\nColin Ferris\nEstates Finance Officer\nSt Aldric's Hospital",
        facts=Facts(
            refs=("4410", "3874"),
            note="duplicate billing; the payment mentioned is of the earlier invoice, so no paid_date",
        ),
    ),
    Reply(
        key="d-en-no-show",
        intent="dispute",
        lang="en",
        name="Tony Mancini",
        addr="tony@mancinisdeli.example",
        when="2026-12-14 09:12 +0000",
        client="iphone",
        inv="4368",
        amount="145.00",
        currency="GBP",
        text="You’re chasing me for a callout that never happened?? Nobody came. I waited in the shop till 7pm on the 28th and rang your office twice, no answer. Ended up getting another locksmith out at midnight.\n\nI’m not paying for a no show. Cancel it.",
        facts=Facts(note="service not done; angry tone"),
    ),
    Reply(
        key="d-de-angebotspreis",
        intent="dispute",
        lang="de",
        name="Frank Schütte",
        addr="f.schuette@schuette-immobilien.example",
        when="2026-11-24 10:20 +0100",
        client="outlook_html",
        inv="4098",
        amount="2232.00",
        text="Sehr geehrte Damen und Herren,\n\nin der Rechnung KA/26/4098 sind 18 Profilzylinder zu je 124,00 € netto berechnet. Laut Ihrem Angebot Nr. 2026-118 vom 02.09.2026 war ein Stückpreis von 89,00 € netto vereinbart.\n\nBitte senden Sie uns eine korrigierte Rechnung oder eine Gutschrift über die Differenz. Bis dahin halten wir die Zahlung zurück.\n\nMit freundlichen Grüßen\n\nFrank Schütte\nImmobilienverwaltung Schütte e. K.\nInhaber: Frank Schütte · Registergericht Hannover HRA 204871",
        facts=Facts(
            refs=("4098",), note="price above the quoted price; payment withheld until corrected"
        ),
    ),
    Reply(
        key="d-de-gutschrift-inline",
        intent="dispute",
        lang="de",
        name="Anja Krüger",
        addr="buchhaltung@modehaus-krueger.example",
        when="2026-12-02 08:55 +0100",
        client="inline_tb",
        cte="8bit",
        inv="4158",
        amount="410.00",
        text="Guten Morgen,\n\n%ATTR%\n> Rechnungsnummer: %INV%\n> Fällig seit: %DUE%\n> Offener Betrag: %AMT%\n\nDie 4158 ist durch Ihre Gutschrift GS-26-017 vom 13.11. bereits ausgeglichen, der Schließzylinder wurde ja zurückgenommen. Sie mahnen hier also etwas an, das es wirtschaftlich gar nicht mehr gibt.\n\n> Falls Sie bereits gezahlt haben, nennen Sie uns bitte Zahlungsdatum und Verwendungszweck, damit wir die Zahlung zuordnen können.\n\nBezahlt haben wir am 20.11. die KA/26/4121, das ist richtig. Mit dieser hier hat das nichts zu tun.\n\nBitte korrigieren Sie unser Kundenkonto.\n\nGruß\nAnja Krüger\nModehaus Krüger",
        facts=Facts(
            refs=("4158", "4121"),
            note="inline reply under the quoted lines: already credited; the payment mentioned is of another invoice, so no paid_date",
        ),
    ),
    Reply(
        key="d-fr-serrure-hs",
        intent="dispute",
        lang="fr",
        name="Claire Lefebvre",
        addr="c.lefebvre@syndic-lefebvre.example",
        when="2026-12-07 17:02 +0100",
        client="outlook_html",
        inv="4282",
        amount="864.00",
        text="Bonjour,\n\nLa serrure posée le 18 novembre sur la porte du local vélos de la résidence Le Parc est déjà hors service : le cylindre tourne dans le vide et les résidents ne peuvent plus fermer le local. Trois vélos ont disparu ce week-end.\n\nNous ne réglerons la facture KA/26/4282 qu’après une nouvelle intervention et la remise en état de la serrure.\n\nMerci de me proposer une date rapidement.\n\nClaire Lefebvre\nGestionnaire de copropriété\nSyndic Lefebvre & Associés",
        facts=Facts(refs=("4282",), note="faulty work; payment withheld until it is fixed"),
    ),
    Reply(
        key="d-fr-heures-facturees",
        intent="dispute",
        lang="fr",
        name="Thierry Vasseur",
        addr="gestion.college@hautsdeloire-college.example",
        when="2026-12-01 14:18 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        inv="4210",
        amount="1176.00",
        text="Bonjour,\n\nVotre facture KA/26/4210 mentionne 14 heures de main-d'oeuvre pour le remplacement des serrures des salles de sciences. Le bon d'intervention signé par notre agent indique une arrivée à 8 h 30 et un départ à 14 h 45, soit un peu plus de 6 heures.\n\nJe ne peux pas mettre en paiement une facture qui ne correspond pas au service fait. Merci de nous adresser une facture rectificative ou un avoir.\n\nCordialement,\n\nT. Vasseur\nAdjoint gestionnaire\nCollège des Hauts-de-Loire",
        facts=Facts(refs=("4210",), note="hours billed against a signed job sheet"),
    ),
    Reply(
        key="d-es-pedido-ajeno",
        intent="dispute",
        lang="es",
        name="Ana Lozano",
        addr="ana@calzadoslozano.example",
        when="2026-11-30 12:44 +0100",
        client="gmail",
        inv="4172",
        amount="318.00",
        text="Hola,\n\nCreo que se han equivocado de cliente. En la factura aparece el pedido PO-88231 y nosotros nunca hemos usado números de pedido, somos una tienda pequeña. Tampoco nos han cambiado ninguna cerradura este otoño.\n\nPor favor, revisadlo y anulad la factura.\n\nAna Lozano\nCalzados Lozano",
        facts=Facts(
            note="not our order: the customer contests the invoice; 'wrong customer' is not a wrong mailbox"
        ),
    ),
    Reply(
        key="d-es-lectores-quirofano",
        intent="dispute",
        lang="es",
        name="Sergio Prieto",
        addr="mantenimiento@hcvalle.example",
        when="2026-12-15 09:50 +0100",
        client="outlook",
        charset="windows-1252",
        inv="4350",
        amount="6780.00",
        text="Buenos días:\n\nNo hemos abonado la factura KA/26/4350 porque la instalación del control de accesos de la 3.ª planta sigue sin funcionar correctamente: los lectores de las puertas de quirófano no reconocen la mitad de las tarjetas y el personal tiene que entrar con llave maestra.\n\nHasta que la instalación no esté recepcionada por nuestro servicio de mantenimiento, la factura queda retenida.\n\nSaludos,\nSergio Prieto\nJefe de Mantenimiento\nHospital Comarcal del Valle",
        facts=Facts(refs=("4350",), note="negated payment because the installation does not work"),
    ),
    Reply(
        key="d-nl-dubbel-gefactureerd",
        intent="dispute",
        lang="nl",
        name="Lotte Smit",
        addr="lotte@kamerverhuursmit.example",
        when="2026-12-03 20:30 +0100",
        client="apple",
        inv="4291",
        amount="198.00",
        text="Goedenavond,\n\nJullie hebben het vervangen van de sloten van kamer 12 t/m 18 twee keer gefactureerd: op KA/26/4290 en nog een keer op KA/26/4291. De 4290 is al betaald. Deze herinnering gaat over de 4291 en die betaal ik dus niet.\n\nGraag een creditnota.\n\nLotte Smit\nKamerverhuur Smit",
        facts=Facts(
            refs=("4290", "4291"), note="duplicate billing; the paid invoice is the other one"
        ),
    ),
    Reply(
        key="d-it-iva-esclusa",
        intent="dispute",
        lang="it",
        name="Valeria Greco",
        addr="v.greco@grecoamministrazioni.example",
        when="2026-11-27 16:40 +0100",
        client="outlook_html_only",
        inv="4150",
        amount="793.00",
        text="Buongiorno,\n\nil preventivo che avevamo approvato in assemblea per la sostituzione della serratura del portone era di € 650,00 IVA inclusa. Nella fattura KA/26/4150 troviamo invece € 650,00 più IVA, per un totale di € 793,00.\n\nNon possiamo pagare un importo diverso da quello deliberato. Attendiamo una nota di credito per la differenza di € 143,00.\n\nCordiali saluti\nValeria Greco\nAmministrazione Condominiale Greco",
        facts=Facts(refs=("4150",), note="VAT added on top of a VAT-inclusive quote"),
    ),
    Reply(
        key="d-it-chiavi-extra",
        intent="dispute",
        lang="it",
        name="Massimo Ferri",
        addr="massimo.ferri@libero.it",
        when="2026-12-16 19:20 +0100",
        client="iphone",
        inv="4388",
        amount="235.00",
        text="Buonasera, la parte della serratura nuova l’ho pagata ieri, 160 euro. Le 3 chiavi extra invece non le ho mai chieste e non le pago, il tecnico le ha fatte di sua iniziativa. Toglietele dalla fattura per favore.\nMassimo Ferri",
        facts=Facts(
            note="part paid, the rest contested: dispute wins over the payment claim for the disputed part; no payment fields"
        ),
    ),
]

PAYMENT_PLAN: list[Reply] = [
    Reply(
        key="pl-en-landlord-monthly",
        intent="payment_plan",
        lang="en",
        name="Derek Ashworth",
        addr="derek@ashworth-lets.example",
        when="2026-12-01 21:03 +0000",
        client="gmail_plain",
        inv="4206",
        amount="1120.00",
        currency="GBP",
        text="Hello,\n\nI’m sorry this has gone overdue. I’ve had two flats empty since September and a boiler replacement in the other one, and things are tight until the new tenants move in.\n\nWould you accept £150 a month until it’s cleared? I can set up a standing order from the 1st of January if that works for you.\n\nRegards,\nDerek Ashworth",
        facts=Facts(
            note="hardship and monthly instalments; plan dates and amounts are not labelled"
        ),
    ),
    Reply(
        key="pl-en-split-three",
        intent="payment_plan",
        lang="en",
        name="Shazia Khan",
        addr="shaz@shazbeauty.example",
        when="2026-12-10 13:26 +0000",
        client="iphone",
        inv="4340",
        amount="690.00",
        currency="GBP",
        text="can i split it in 3?",
        facts=Facts(note="one-line instalment request"),
    ),
    Reply(
        key="pl-en-part-now-rest-january",
        intent="payment_plan",
        lang="en",
        name="Tom Reilly",
        addr="tom@reillyscycles.example",
        when="2026-12-15 10:41 +0000",
        client="outlook_ios",
        cte="base64",
        inv="4359",
        amount="840.00",
        currency="GBP",
        text="Hi,\n\nCould we do £300 this Friday and the remaining £540 in the second week of January? December’s been slow and I’d rather not bounce anything.\n\nThanks,\nTom",
        facts=Facts(
            note="part payment this week plus the rest in January → payment_plan, not promise_to_pay"
        ),
    ),
    Reply(
        key="pl-de-monatsraten",
        intent="payment_plan",
        lang="de",
        name="Gerhard Wolff",
        addr="g.wolff@wolff-vermietung.example",
        when="2026-11-28 10:15 +0100",
        client="gmail",
        inv="4144",
        amount="1470.00",
        text="Sehr geehrte Damen und Herren,\n\nwäre es möglich, den Betrag in drei Monatsraten zu begleichen? Im November ist in meinem Mietshaus die Heizung ausgefallen, und die Reparatur hat meine Rücklagen aufgebraucht. Die erste Rate könnte ich Anfang Dezember überweisen.\n\nFür eine kurze Rückmeldung wäre ich dankbar.\n\nMit freundlichen Grüßen\nGerhard Wolff",
        facts=Facts(note="three monthly instalments with hardship"),
    ),
    Reply(
        key="pl-de-zahlungsziel-januar",
        intent="payment_plan",
        lang="de",
        name="Martina Claußen",
        addr="m.claussen@schulstiftung-nordheide.example",
        when="2026-12-14 11:30 +0100",
        client="outlook_html",
        charset="iso-8859-1",
        inv="4297",
        amount="5240.00",
        text="Sehr geehrte Damen und Herren,\n\nkönnten Sie uns für die Rechnung KA/26/4297 ein Zahlungsziel bis Ende Januar einräumen? Unser Haushalt 2026 ist ausgeschöpft, die Mittel für 2027 werden erst nach der Kuratoriumssitzung im Januar freigegeben.\n\nAn der Rechnung selbst gibt es nichts auszusetzen.\n\nMit freundlichen Grüßen\n\nMartina Claußen\nVerwaltungsleitung\nEvangelische Schulstiftung Nordheide",
        facts=Facts(
            refs=("4297",),
            note="asks for more time (to the end of January): payment_plan, not a dated promise",
        ),
    ),
    Reply(
        key="pl-fr-etaler-quatre-mois",
        intent="payment_plan",
        lang="fr",
        name="Isabelle Roche",
        addr="librairie.marquepage@orange.fr",
        when="2026-12-04 16:10 +0100",
        client="orange",
        charset="iso-8859-1",
        inv="4268",
        amount="1380.00",
        text="Bonjour,\n\nSerait-il possible d'étaler le paiement sur quatre mois ? Novembre a été très calme à la librairie et je préfère vous le dire franchement plutôt que de laisser traîner. Je peux faire un premier virement de 345 EUR le 15 décembre, puis la même somme chaque mois.\n\nMerci de me dire si cela vous convient.\n\nIsabelle Roche\nLibrairie Le Marque-Page",
        facts=Facts(
            note="four instalments, the first one dated: payment_plan; plan dates are not labelled"
        ),
    ),
    Reply(
        key="pl-es-rebaja",
        intent="payment_plan",
        lang="es",
        name="Rosa Medina",
        addr="rmedina@medinaalquileres.example",
        when="2026-12-02 20:15 +0100",
        client="gmail",
        inv="4245",
        amount="1240.00",
        text="Buenas noches:\n\nSé que la factura está vencida. El trabajo está bien hecho, no tengo ninguna queja, pero 1.240 € por cambiar los bombines de tres pisos me ha descuadrado las cuentas de este mes.\n\n¿Habría alguna posibilidad de dejarlo en 1.000 €? Si es así, lo pago esta misma semana. Si no, os pediría pagarlo en dos veces.\n\nGracias y perdona las molestias,\nRosa Medina",
        facts=Facts(
            note="asks for a reduced amount (or two instalments) without contesting the work"
        ),
    ),
    Reply(
        key="pl-es-dos-plazos",
        intent="payment_plan",
        lang="es",
        name="Pablo Herrero",
        addr="gerencia@resilosolmos.example",
        when="2026-12-17 12:20 +0100",
        client="outlook",
        inv="4381",
        amount="3960.00",
        text="Buenos días:\n\n¿Sería posible abonar la factura KA/26/4381 en dos plazos, la mitad ahora en diciembre y la otra mitad a finales de enero? En estas fechas, con los residentes fuera, vamos muy justos de tesorería.\n\nQuedo a la espera de su respuesta.\n\nUn cordial saludo,\nPablo Herrero\nGerente – Residencia Universitaria Los Olmos",
        facts=Facts(refs=("4381",), note="two instalments"),
    ),
    Reply(
        key="pl-nl-termijnen",
        intent="payment_plan",
        lang="nl",
        name="Meike Dijkstra",
        addr="meike@dekaaskamer.example",
        when="2026-11-24 08:40 +0100",
        client="iphone",
        inv="4105",
        amount="520.00",
        text="Goedemorgen,\n\nMag ik dit in termijnen betalen? Ik zit even krap na de verbouwing van de winkel. Bijvoorbeeld 4 keer 130 euro?\n\nGroetjes,\nMeike Dijkstra\nDe Kaaskamer",
        facts=Facts(note="instalments"),
    ),
    Reply(
        key="pl-nl-uitstel-kerst",
        intent="payment_plan",
        lang="nl",
        name="Jeroen Mulder",
        addr="j.mulder@obs-dewaaier.example",
        when="2026-12-16 14:05 +0100",
        client="owa",
        inv="4374",
        amount="2890.00",
        text="Geachte heer, mevrouw,\n\nZouden wij uitstel van betaling kunnen krijgen tot na de kerstvakantie? Ons schoolbestuur keurt uitgaven boven € 2.500 pas goed in de eerste vergadering van januari. De factuur zelf is in orde.\n\nMet vriendelijke groet,\n\nJeroen Mulder\nAdministratief medewerker\nOBS De Waaier",
        facts=Facts(
            note="asks for more time; 'na de kerstvakantie' is a request, not a promise, and cannot be pinned to a date"
        ),
    ),
    Reply(
        key="pl-it-tre-rate",
        intent="payment_plan",
        lang="it",
        name="Lucia Caruso",
        addr="lucia.caruso@carusoaffitti.example",
        when="2026-12-03 18:47 +0100",
        client="gmail",
        inv="4258",
        amount="960.00",
        text="Buonasera,\n\nsarebbe possibile rateizzare l’importo in tre rate mensili da 320 euro? Ho avuto diverse spese impreviste sugli appartamenti quest’autunno.\n\nResto in attesa di un vostro riscontro.\n\nCordiali saluti\nLucia Caruso",
        facts=Facts(note="three monthly instalments"),
    ),
    Reply(
        key="pl-it-senza-accenti",
        intent="payment_plan",
        lang="it",
        name="Enzo Bellini",
        addr="enzo@ferramentabellini.example",
        when="2026-12-18 11:02 +0100",
        client="samsung",
        cte="base64",
        inv="4395",
        amount="1150.00",
        text="buongiorno purtroppo quest anno il negozio e andato male e non ce la faccio a pagare tutto subito. posso darvi 200 euro adesso e il resto un po alla volta da gennaio? mi dispiace ma e la verita\nEnzo Bellini - Ferramenta Bellini",
        facts=Facts(
            note="no accents or apostrophes; hardship, part now and the rest later → payment_plan"
        ),
    ),
]

INVOICE_REQUEST: list[Reply] = [
    Reply(
        key="ir-en-po-copy",
        intent="invoice_request",
        lang="en",
        name="Rachel Dunn",
        addr="rachel.dunn@westmoor-hospital.example",
        when="2026-11-23 14:12 +0000",
        client="outlook_html",
        inv="4090",
        amount="2410.00",
        currency="GBP",
        text="Good afternoon,\n\nWe have no record of invoice KA/26/4090 on our system. Could you send us a copy, please, quoting purchase order 4500917722? Invoices without a valid PO number are rejected automatically by our scanning system, which is probably what happened to the original.\n\nOnce we have it, it will go into the next payment run.\n\nKind regards,\n\nRachel Dunn\nAccounts Payable\nWestmoor General Hospital\n\nConfidentiality notice: this email is intended only for the named recipient. If you are not the intended recipient, please delete it and inform the sender.",
        facts=Facts(
            refs=("4090",),
            note="copy with a PO number needed before payment; 'the next payment run' after a resend is no dated promise",
        ),
    ),
    Reply(
        key="ir-en-bank-details-check",
        intent="invoice_request",
        lang="en",
        name="Sam Okoro",
        addr="s.okoro@brightwell-pm.example",
        when="2026-12-08 10:33 +0000",
        client="gmail",
        inv="4302",
        amount="1315.00",
        currency="GBP",
        text="Hi,\n\nBefore we pay this, can someone confirm your bank details over the phone? Last week we received an email, apparently from Keystone, saying you’d moved to a new bank and giving a different sort code and account number. It looked a bit off, so we haven’t used it.\n\nWhich account should the payment go to? Please call me on 0113 496 0274 rather than replying with the details.\n\nThanks,\nSam Okoro\nFinance Officer, Brightwell Property Management",
        facts=Facts(
            note="bank details to be confirmed before paying; the suspicious email was about Keystone's details, not a contact change"
        ),
    ),
    Reply(
        key="ir-en-didnt-we-pay-inline",
        intent="invoice_request",
        lang="en",
        name="Margaret Lowe",
        addr="maggie.lowe@lowe-lettings.example",
        when="2026-12-11 16:20 +0000",
        client="inline_tb",
        cte="7bit",
        inv="4333",
        amount="402.00",
        currency="GBP",
        text="%ATTR%\n> Invoice number: %INV%\n> Due date: %DUE%\n> Balance: %AMT%\n\nDidn't we pay this already? I'm sure I did a transfer for the Elm Road job in October.\n\n> If you have already paid, please send us the payment date and reference so we can allocate it.\n\nI can't find the reference in my banking. Can you send me a statement of the account so I can check it against my bank statements?\n\nMargaret Lowe",
        facts=Facts(
            note="inline reply; a question about payment, not a claim; asks for a statement → invoice_request"
        ),
    ),
    Reply(
        key="ir-de-xrechnung",
        intent="invoice_request",
        lang="de",
        name="Sabine Krause",
        addr="verwaltung@gymnasium-stadtpark.example",
        when="2026-11-30 08:30 +0100",
        client="outlook",
        inv="4162",
        amount="1893.00",
        text="Sehr geehrte Damen und Herren,\n\nals öffentliche Schule können wir Rechnungen seit diesem Jahr nur noch als XRechnung über das Rechnungseingangsportal des Landes annehmen. Eine PDF-Rechnung per E-Mail darf unsere Kasse nicht anweisen.\n\nBitte reichen Sie die Rechnung KA/26/4162 dort erneut ein, unsere Leitweg-ID lautet 09162-0007-45. Danach wird die Zahlung umgehend veranlasst.\n\nMit freundlichen Grüßen\nSabine Krause\nSchulverwaltung\nGymnasium am Stadtpark",
        facts=Facts(
            refs=("4162",),
            note="the invoice must be resubmitted as an XRechnung before it can be paid",
        ),
    ),
    Reply(
        key="ir-de-nie-erhalten",
        intent="invoice_request",
        lang="de",
        name="Dieter Hoffmann",
        addr="d.hoffmann@schreibwaren-hoffmann.example",
        when="2026-12-04 12:05 +0100",
        client="apple",
        inv="4229",
        amount="148.50",
        text="Guten Tag,\n\neine Rechnung mit dieser Nummer liegt mir nicht vor, weder per Post noch per Mail. Schicken Sie sie bitte noch einmal, dann geht sie sofort in die Zahlung.\n\nGruß\nD. Hoffmann",
        facts=Facts(
            note="never received; 'sofort' after a resend is conditional and undated → invoice_request"
        ),
    ),
    Reply(
        key="ir-fr-rib",
        intent="invoice_request",
        lang="fr",
        name="Julien Carpentier",
        addr="pharmacie.ducentre@pharmacie-centre-aubagne.example",
        when="2026-11-26 13:10 +0100",
        client="iphone",
        inv="4128",
        amount="462.00",
        text="Bonjour,\n\nJe n’ai pas votre RIB, il ne figurait pas sur la facture. Pouvez-vous me l’envoyer ? Je fais le virement dès que je l’ai.\n\nJ. Carpentier\nPharmacie du Centre",
        facts=Facts(note="bank details needed before paying"),
    ),
    Reply(
        key="ir-fr-chorus-pro",
        intent="invoice_request",
        lang="fr",
        name="Agnès Peyrot",
        addr="agence.comptable@lycee-valmont.example",
        when="2026-12-08 09:12 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="4274",
        amount="2718.00",
        text="Madame, Monsieur,\n\nEn tant qu’établissement public, nous ne pouvons traiter que les factures déposées sur Chorus Pro et portant notre numéro d’engagement juridique. Votre facture KA/26/4274 nous a été envoyée par courriel et sans ce numéro.\n\nMerci de la déposer sur Chorus Pro (SIRET 196 702 345 00017) en indiquant l’engagement n° EJ 2026-0418. Elle sera mise en paiement dès sa réception.\n\nCordialement,\n\nAgnès Peyrot\nAgent comptable\nLycée des Métiers de Valmont",
        facts=Facts(
            refs=("4274",), note="the invoice must be filed on Chorus Pro with a commitment number"
        ),
    ),
    Reply(
        key="ir-es-cif-erroneo",
        intent="invoice_request",
        lang="es",
        name="Carmen Ventura",
        addr="admin@opticaventura.example",
        when="2026-12-01 11:48 +0100",
        client="gmail",
        inv="4190",
        amount="705.00",
        text="Hola, buenos días:\n\nLa factura KA/26/4190 está emitida con un CIF que no es el nuestro (B46203571) y con la razón social antigua. Nuestro CIF es B46208813 y la razón social actual es Óptica Ventura Centro, S.L.\n\n¿Nos la pueden volver a emitir con los datos correctos? El importe está bien; en cuanto llegue la corregida, la pagamos.\n\nGracias,\nCarmen Ventura",
        facts=Facts(
            refs=("4190",),
            note="reissue with the right tax ID; the amount is not contested, so not a dispute",
        ),
    ),
    Reply(
        key="ir-es-reenviar",
        intent="invoice_request",
        lang="es",
        name="Fernando Gil",
        addr="fgil@gilpropiedades.example",
        when="2026-12-14 17:35 +0100",
        client="samsung",
        cte="base64",
        inv="4345",
        amount="260.00",
        text="Buenas tardes, a mí no me ha llegado ninguna factura. ¿Me la podéis reenviar a este correo? Gracias\nFernando Gil",
        facts=Facts(note="never received, resend"),
    ),
    Reply(
        key="ir-nl-werkbon",
        intent="invoice_request",
        lang="nl",
        name="Anouk Visser",
        addr="beheer@vve-parkzicht.example",
        when="2026-12-02 09:50 +0100",
        client="outlook_html",
        inv="4236",
        amount="1742.00",
        text="Goedemorgen,\n\nWij kunnen de factuur pas ter goedkeuring aan het bestuur voorleggen als wij ook de getekende werkbon hebben. Kunt u ons een kopie van factuur KA/26/4236 sturen, samen met de werkbon van 3 november?\n\nAlvast bedankt.\n\nMet vriendelijke groet,\nAnouk Visser\nVvE Parkzicht",
        facts=Facts(refs=("4236",), note="invoice copy and job sheet needed for approval"),
    ),
    Reply(
        key="ir-nl-welke-factuur",
        intent="invoice_request",
        lang="nl",
        name="Jeroen van Dam",
        addr="info@vandamschoenen.example",
        when="2026-12-15 20:02 +0100",
        client="iphone",
        inv="4366",
        amount="94.50",
        text="welke factuur is dit? ik heb niks gehad van jullie. stuur maar ff opnieuw dan kijk ik ernaar",
        facts=Facts(note="lower case and slang ('ff'); asks for a resend without contesting"),
    ),
    Reply(
        key="ir-it-sdi",
        intent="invoice_request",
        lang="it",
        name="Chiara Moretti",
        addr="amministrazione@otticamoretti.example",
        when="2026-12-09 10:25 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="4304",
        amount="532.00",
        text="Buongiorno,\n\nla fattura KA/26/4304 non ci risulta pervenuta tramite SdI e nel nostro cassetto fiscale non ce n’è traccia. Potete reinviarla indicando il nostro codice destinatario M5UXCR1? Una volta ricevuta la mettiamo in pagamento.\n\nGrazie, cordiali saluti\nChiara Moretti\nOttica Moretti srl",
        facts=Facts(
            refs=("4304",), note="e-invoice not received through SdI; resend needed before payment"
        ),
    ),
]

WRONG_CONTACT: list[Reply] = [
    Reply(
        key="wc-en-caretaker",
        intent="wrong_contact",
        lang="en",
        name="Bob Hargreaves",
        addr="caretaker@stcuthberts-school.example",
        when="2026-11-27 07:31 +0000",
        client="outlook_ios",
        cte="base64",
        inv="4148",
        amount="356.00",
        currency="GBP",
        text="Morning,\n\nI’m just the caretaker, I let your lads in to do the locks but I don’t deal with any invoices. You want Mrs Okafor the school business manager, her email is bursar@stcuthberts-school.example\n\nBob",
        facts=Facts(contact="bursar@stcuthberts-school.example"),
    ),
    Reply(
        key="wc-en-phishing-redirect",
        intent="wrong_contact",
        lang="en",
        name="Hallam Property Group",
        addr="accounts@hallam-propertygroup.example",
        when="2026-12-10 15:58 +0000",
        client="outlook_html_only",
        inv="4320",
        amount="2175.00",
        currency="GBP",
        text="Dear Supplier,\n\nPlease be advised that our Accounts Payable function has been moved with immediate effect. All future invoices, statements and payment reminders must be sent ONLY to hallam.ap.dept@gmail.com.\n\nDo not send any further correspondence to this address or to any other member of staff, as these mailboxes are being closed. Kindly confirm by return once your records have been updated.\n\nThis is URGENT and must be actioned today.\n\nRegards,\nAccounts Department\nHallam Property Group",
        facts=Facts(
            contact="hallam.ap.dept@gmail.com",
            note="phishing-like redirection to a free-mail address; labelled on its face as a contact change, which the collector must verify by phone before acting",
        ),
    ),
    Reply(
        key="wc-de-ausgeschieden",
        intent="wrong_contact",
        lang="de",
        name="Tobias Reuter",
        addr="t.reuter@hv-stadtmitte.example",
        when="2026-12-01 09:05 +0100",
        client="outlook_html",
        inv="4181",
        amount="980.00",
        text="Guten Morgen,\n\nich bin seit dem 30.11. nicht mehr für die Hausverwaltung Stadtmitte tätig und lese dieses Postfach nur noch wenige Tage. Bitte richten Sie Rechnungen und Mahnungen künftig an Frau Keller: m.keller@hv-stadtmitte.example\n\nViele Grüße\nTobias Reuter",
        facts=Facts(contact="m.keller@hv-stadtmitte.example"),
    ),
    Reply(
        key="wc-de-haus-verkauft",
        intent="wrong_contact",
        lang="de",
        name="Heinz Albrecht",
        addr="heinz.albrecht@albrecht-home.example",
        when="2026-12-07 19:40 +0100",
        client="thunderbird",
        cte="8bit",
        inv="4249",
        amount="615.00",
        text="Guten Abend,\n\ndas Haus in der Lindenallee habe ich zum 1. Oktober verkauft. Für alles, was das Gebäude betrifft, ist jetzt die neue Eigentümergemeinschaft zuständig. Deren Kontaktdaten habe ich leider nicht, der Notar hat sie sicher.\n\nMit freundlichen Grüßen\nHeinz Albrecht",
        facts=Facts(
            note="the writer is no longer the owner and gives no address: wrong_contact without new_contact"
        ),
    ),
    Reply(
        key="wc-fr-etats-des-lieux",
        intent="wrong_contact",
        lang="fr",
        name="Marc Delorme",
        addr="m.delorme@immo-delorme.example",
        when="2026-11-24 16:25 +0100",
        client="gmail",
        inv="4110",
        amount="1290.00",
        text="Bonjour,\n\nJe ne suis pas la bonne personne pour ce type de demande : je m’occupe uniquement des états des lieux. Merci d’adresser vos relances à notre service comptable, compta@immo-delorme.example, qui fera le nécessaire.\n\nBonne journée,\nMarc Delorme\nImmobilière Delorme",
        facts=Facts(contact="compta@immo-delorme.example"),
    ),
    Reply(
        key="wc-fr-secretariat-cc",
        intent="wrong_contact",
        lang="fr",
        name="Brigitte Aubert",
        addr="secretariat@stjoseph-college.example",
        when="2026-12-15 10:15 +0100",
        client="outlook",
        charset="iso-8859-1",
        inv="4356",
        amount="1518.00",
        cc="=?iso-8859-1?q?=C9conomat?= <economat@stjoseph-college.example>",
        text="Bonjour,\n\nCe courriel est arrivé au secrétariat des élèves. Les factures sont traitées par l'économat : Mme Fabienne Roux, economat@stjoseph-college.example, que je mets en copie.\n\nCordialement,\nBrigitte Aubert\nSecrétariat - Collège Saint-Joseph",
        facts=Facts(
            contact="economat@stjoseph-college.example",
            note="the right office is named in the text and copied in Cc",
        ),
    ),
    Reply(
        key="wc-es-ya-no-trabajo",
        intent="wrong_contact",
        lang="es",
        name="Lucía Navarro",
        addr="lnavarro@residenciaelparque.example",
        when="2026-12-03 12:02 +0100",
        client="gmail",
        inv="4223",
        amount="1850.00",
        text="Hola:\n\nDesde el 15 de noviembre ya no trabajo en la Residencia El Parque, así que no puedo ayudaros con esta factura. Escribid a administracion@residenciaelparque.example, que es quien lleva ahora los pagos a proveedores.\n\nSuerte,\nLucía",
        facts=Facts(contact="administracion@residenciaelparque.example"),
    ),
    Reply(
        key="wc-es-direccion-no-operativa",
        intent="wrong_contact",
        lang="es",
        name="Moda Marina",
        addr="facturas@modamarina.example",
        when="2026-12-09 09:37 +0100",
        client="notice",
        lag_days=0,
        inv="4312",
        amount="840.00",
        subject="Dirección no operativa – Factura vencida KA/26/4312 – Keystone Access",
        headers=(("X-Autoreply", "yes"),),
        text="Le informamos de que esta dirección de correo electrónico dejó de estar operativa el 30 de noviembre de 2026 y los mensajes que recibe no se leen.\n\nPara facturas y cuestiones de pago, escriba a proveedores@modamarina.example.\nPara cualquier otro asunto: info@modamarina.example.\n\nModa Marina, S.L.",
        facts=Facts(
            contact="proveedores@modamarina.example",
            note="automatic 'address no longer read' notice without Auto-Submitted; the payments address is the new contact",
        ),
    ),
    Reply(
        key="wc-nl-concierge",
        intent="wrong_contact",
        lang="nl",
        name="Willem Post",
        addr="conciergerie@campushuis-zuid.example",
        when="2026-11-30 15:44 +0100",
        client="gmail",
        inv="4176",
        amount="2240.00",
        text="Hallo,\n\nIk ben de conciërge van het Campushuis, ik ga niet over facturen. Die moeten naar onze crediteurenadministratie: crediteuren@studenthousing-zuid.example. Doorsturen lukt hier niet vanaf de dienstcomputer, dus mailt u ze zelf even.\n\nGr. Willem",
        facts=Facts(contact="crediteuren@studenthousing-zuid.example"),
    ),
    Reply(
        key="wc-it-ex-amministratore",
        intent="wrong_contact",
        lang="it",
        name="Sergio Bianchi",
        addr="sergio.bianchi@bianchiamministrazioni.example",
        when="2026-11-25 11:00 +0100",
        client="outlook",
        charset="windows-1252",
        inv="4118",
        amount="720.00",
        text="Buongiorno,\n\ndal 1° novembre non sono più l’amministratore del Condominio Le Magnolie. L’assemblea ha nominato lo Studio Ferri, al quale ho già consegnato tutta la documentazione. Vi prego di rivolgervi a loro: info@studioferri-condomini.example\n\nCordiali saluti\nSergio Bianchi",
        facts=Facts(contact="info@studioferri-condomini.example"),
    ),
    Reply(
        key="wc-it-collega-in-copia",
        intent="wrong_contact",
        lang="it",
        name="Marco Esposito",
        addr="m.esposito@villaserena-cura.example",
        when="2026-12-14 09:28 +0100",
        client="outlook_html",
        inv="4339",
        amount="2870.00",
        cc="Monica Conti <m.conti@villaserena-cura.example>",
        text="Buongiorno,\n\nio seguo la parte tecnica, le fatture non passano da me. Metto in copia la collega dell’ufficio acquisti, dott.ssa Monica Conti (m.conti@villaserena-cura.example), che è la persona giusta per i pagamenti.\n\nSaluti\nMarco Esposito\nUfficio Tecnico – Casa di Cura Villa Serena",
        facts=Facts(
            contact="m.conti@villaserena-cura.example",
            note="the right person is copied in Cc and named in the text",
        ),
    ),
    Reply(
        key="wc-it-casella-non-monitorata",
        intent="wrong_contact",
        lang="it",
        name="Collegio Universitario San Paolo",
        addr="amministrazione@collegiosanpaolo.example",
        when="2026-12-04 09:34 +0100",
        client="notice",
        lag_days=0,
        inv="4285",
        amount="1015.00",
        subject="Risposta automatica: Fattura scaduta KA/26/4285 – Keystone Access",
        headers=(AUTO_REPLIED,),
        text="Gentile mittente,\n\nquesta casella di posta non è più monitorata. Per fatture, solleciti e pagamenti vi preghiamo di scrivere a contabilita@collegiosanpaolo.example.\n\nIl messaggio non verrà inoltrato.\n\nCollegio Universitario San Paolo – Amministrazione",
        facts=Facts(
            contact="contabilita@collegiosanpaolo.example",
            note="automatic 'no longer monitored' notice with a new address: wrong_contact, not auto_reply",
        ),
    ),
]

UNSUBSCRIBE: list[Reply] = [
    Reply(
        key="u-en-post-only",
        intent="unsubscribe",
        lang="en",
        name="Ray Dobson",
        addr="ray.dobson@dobson-properties.example",
        when="2026-11-30 09:14 +0000",
        client="gmail_plain",
        inv="4139",
        amount="210.00",
        currency="GBP",
        text="Stop emailing me about this. Any further correspondence by post only, to the address on the invoice. I won't be reading emails from your company.\n\nR. Dobson",
        facts=Facts(note="post only → unsubscribe"),
    ),
    Reply(
        key="u-en-paid-take-off-list",
        intent="unsubscribe",
        lang="en",
        name="Hillcrest Junior School Office",
        addr="office@hillcrest-junior.example",
        when="2026-12-02 13:45 +0000",
        client="outlook",
        inv="4221",
        amount="385.00",
        currency="GBP",
        text="This was paid on the 30th.\n\nPlease take this address off your list. It is the general school office inbox, shared by five people, and we get three of these a week from you. Invoices and reminders are not to be sent here.\n\nK. Mills\nSchool Office",
        facts=Facts(
            note="stop request plus a payment claim and 'not to be sent here' without a new address: unsubscribe beats everything but bounce, so no payment fields"
        ),
    ),
    Reply(
        key="u-en-solicitors",
        intent="unsubscribe",
        lang="en",
        name="Victor Lane",
        addr="v.lane@lanecourt-estates.example",
        when="2026-12-16 17:20 +0000",
        client="outlook_html",
        inv="4371",
        amount="3450.00",
        currency="GBP",
        text="Dear Sirs,\n\nFollowing your engineer’s conduct at Lane Court on 12 November, this matter is now in the hands of our solicitors, Marsh Dunlop LLP, 14 Cheapside Row, Leeds LS1 4XX. Please address all further communication to them and do not contact me or my staff directly.\n\nVictor Lane\nDirector, Lane Court Estates Ltd",
        facts=Facts(
            note="'talk to our solicitors', postal address only → unsubscribe; the complaint behind it is not stated"
        ),
    ),
    Reply(
        key="u-de-verteiler",
        intent="unsubscribe",
        lang="de",
        name="Brigitte Sommer",
        addr="b.sommer@sommer-immobilien.example",
        when="2026-12-11 07:15 +0100",
        client="outlook_ios",
        cte="base64",
        inv="4326",
        amount="540.00",
        text="Bitte nehmen Sie meine Adresse aus Ihrem Verteiler. Ich möchte keine Zahlungserinnerungen mehr per E-Mail bekommen, sondern ausschließlich per Post.\n\nB. Sommer",
        facts=Facts(note="remove me, post only"),
    ),
    Reply(
        key="u-fr-voie-postale",
        intent="unsubscribe",
        lang="fr",
        name="Gérard Lemoine",
        addr="g.lemoine@lemoine-locations.example",
        when="2026-11-23 18:30 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        inv="4085",
        amount="230.00",
        text="Monsieur,\n\nJe vous prie de ne plus m'écrire à cette adresse électronique, que je consulte rarement. Tout courrier me concernant doit m'être adressé par voie postale.\n\nG. Lemoine",
        facts=Facts(note="post only"),
    ),
    Reply(
        key="u-fr-stop-majuscules",
        intent="unsubscribe",
        lang="fr",
        name="Fatima Benali",
        addr="fatima@institut-benali.example",
        when="2026-12-17 12:55 +0100",
        client="iphone",
        inv="4384",
        amount="310.00",
        text="STOP. Je ne veux plus recevoir ces mails, désinscrivez-moi de vos relances automatiques, c’est la quatrième cette semaine.",
        facts=Facts(note="all-caps stop with irritation"),
    ),
    Reply(
        key="u-es-abogado",
        intent="unsubscribe",
        lang="es",
        name="Alberto Campos",
        addr="acampos@camposinversiones.example",
        when="2026-12-01 19:05 +0100",
        client="outlook",
        charset="windows-1252",
        inv="4198",
        amount="2090.00",
        text="Dejen de enviarme correos. Cualquier comunicación sobre este asunto deberá dirigirse a mi abogado, D. Ignacio Serrano, por escrito a su despacho de la calle Colón 18, 3.º, Valencia.\n\nAlberto Campos",
        facts=Facts(note="stop emailing, 'through my lawyer' with a postal address only"),
    ),
    Reply(
        key="u-es-no-mas-recordatorios",
        intent="unsubscribe",
        lang="es",
        name="Inés Domínguez",
        addr="ines@apartamentosluna.example",
        when="2026-12-10 16:48 +0100",
        client="gmail",
        inv="4321",
        amount="480.00",
        text="Hola,\n\nPor favor, no me mandéis más recordatorios por correo. Ya le dije a vuestro técnico que lo hablaríamos en persona cuando vuelva en enero, y no pienso contestar a más emails automáticos.\n\nInés",
        facts=Facts(
            note="stop request; talking it over in person in January is no commitment to pay"
        ),
    ),
    Reply(
        key="u-nl-uitsluitend-post",
        intent="unsubscribe",
        lang="nl",
        name="Peter Hendriks",
        addr="p.hendriks@hendriksvastgoed.example",
        when="2026-12-04 11:11 +0100",
        client="owa",
        inv="4260",
        amount="760.00",
        text="Geachte heer/mevrouw,\n\nIk verzoek u vriendelijk doch dringend mij niet langer per e-mail te benaderen. Correspondentie over deze factuur graag uitsluitend per post.\n\nMet vriendelijke groet,\nP. Hendriks\nHendriks Vastgoed",
        facts=Facts(note="post only"),
    ),
    Reply(
        key="u-nl-advocaat",
        intent="unsubscribe",
        lang="nl",
        name="Sanne Kok",
        addr="sanne@kokwonen.example",
        when="2026-12-16 21:30 +0100",
        client="apple",
        inv="4379",
        amount="1250.00",
        text="Die factuur klopt niet en dat weten jullie ook. Ik heb het drie keer uitgelegd aan jullie planning.\n\nHaal mijn adres van jullie lijst. Verdere communicatie loopt via mijn advocaat, ik reageer zelf nergens meer op.\n\nSanne Kok",
        facts=Facts(note="dispute plus 'remove me, via my lawyer': unsubscribe beats dispute"),
    ),
    Reply(
        key="u-it-cancellare-indirizzo",
        intent="unsubscribe",
        lang="it",
        name="Franco Marchetti",
        addr="f.marchetti@marchettiimmobili.example",
        when="2026-11-26 10:42 +0100",
        client="outlook",
        charset="iso-8859-1",
        inv="4131",
        amount="385.00",
        text="Buongiorno,\n\nvi prego di cancellare il mio indirizzo dalla vostra lista di invio e di non inviarmi più comunicazioni via e-mail.\n\nDistinti saluti\nFranco Marchetti",
        facts=Facts(note="remove me"),
    ),
    Reply(
        key="u-it-smettetela",
        intent="unsubscribe",
        lang="it",
        name="Giulia Romano",
        addr="giulia@boutiqueromano.example",
        when="2026-12-08 20:14 +0100",
        client="samsung",
        cte="base64",
        inv="4298",
        amount="690.00",
        text="Pagherò quando potrò, ma smettetela di scrivermi ogni settimana. Non voglio più ricevere email da voi, toglietemi dalla lista.",
        facts=Facts(note="vague promise plus a stop request: unsubscribe wins"),
    ),
]

AUTO_REPLY: list[Reply] = [
    Reply(
        key="ar-en-maternity-leave",
        intent="auto_reply",
        lang="en",
        name="Emma Thornton",
        addr="e.thornton@grangeview-estates.example",
        when="2026-12-01 08:41 +0000",
        client="notice",
        lag_days=0,
        inv="4208",
        amount="1620.00",
        currency="GBP",
        subject="Automatic reply: Overdue invoice KA/26/4208 – Keystone Access",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        text="Thank you for your email.\n\nI am on maternity leave and will be returning in April 2027. During this time my emails are not being monitored or forwarded.\n\nFor lettings enquiries please contact lettings@grangeview-estates.example, and for accounts or invoices please contact Steve Clarke on steve.clarke@grangeview-estates.example.\n\nKind regards,\nEmma Thornton\nProperty Manager, Grangeview Estates",
        facts=Facts(
            note="leave with an unpinned return ('April 2027') → null; a colleague's address in an auto-reply does not set new_contact"
        ),
    ),
    Reply(
        key="ar-en-estates-ticket",
        intent="auto_reply",
        lang="en",
        name="Estates Helpdesk",
        addr="estates.helpdesk@riverbank-hospital.example",
        when="2026-12-03 08:52 +0000",
        client="notice",
        lag_days=0,
        inv="4262",
        amount="2980.00",
        currency="GBP",
        subject="[EST-118734] Overdue invoice KA/26/4262 – Keystone Access",
        headers=(("Auto-Submitted", "auto-generated"), ("X-Mailer", "ServiceLine Helpdesk")),
        text="Your request has been logged.\n\nReference: EST-118734\nCategory: General enquiry\nPriority: Normal\n\nThank you for contacting the Riverbank Hospital Estates Helpdesk. A member of the team will review your request. Please quote the reference above in any further correspondence. Urgent maintenance issues must be reported by phone on extension 4400.\n\nThis is an automated message – please do not reply.",
        facts=Facts(note="ticket-system acknowledgement, no return date"),
    ),
    Reply(
        key="ar-en-school-christmas",
        intent="auto_reply",
        lang="en",
        name="Ashby Fields Academy",
        addr="office@ashbyfields.example",
        when="2026-12-18 08:47 +0000",
        client="notice",
        lag_days=0,
        inv="4380",
        amount="560.00",
        currency="GBP",
        subject="School office closed – Christmas holidays",
        text="Thank you for your email.\n\nThe school office is now closed for the Christmas holidays. We reopen on Tuesday 5 January 2027 and will respond to emails from then, in order of receipt.\n\nIf your message concerns the safeguarding of a pupil, please contact the local authority’s out-of-hours team.\n\nWishing you a peaceful Christmas,\nAshby Fields Academy",
        facts=Facts(back="2027-01-05", note="school autoresponder without Auto-Submitted"),
    ),
    Reply(
        key="ar-de-abwesend",
        intent="auto_reply",
        lang="de",
        name="Claudia Wagner",
        addr="c.wagner@wagner-hausverwaltung.example",
        when="2026-12-02 09:34 +0100",
        client="notice",
        lag_days=0,
        inv="4240",
        amount="880.00",
        subject="Automatische Antwort: Überfällige Rechnung KA/26/4240 – Keystone Access",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        text="Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 4. Dezember, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, 7. Dezember, bin ich wieder für Sie da.\n\nIn dringenden Fällen wenden Sie sich bitte an unsere Zentrale unter 0221 4960 770.\n\nMit freundlichen Grüßen\nClaudia Wagner",
        facts=Facts(back="2026-12-07", note="the stated day back wins over 'bis einschließlich'"),
    ),
    Reply(
        key="ar-de-eingangsbestaetigung",
        intent="auto_reply",
        lang="de",
        name="Klinikum Nordstadt – Rechnungseingang",
        addr="rechnungseingang@klinikum-nordstadt.example",
        when="2026-12-08 09:40 +0100",
        client="notice",
        lag_days=0,
        inv="4300",
        amount="4120.00",
        subject="Eingangsbestätigung [Vorgang 2026-54817]: Überfällige Rechnung KA/26/4300 – Keystone Access",
        headers=(("Auto-Submitted", "auto-generated"),),
        text="Sehr geehrte Damen und Herren,\n\nIhre E-Mail ist bei uns eingegangen und wurde unter der Vorgangsnummer 2026-54817 erfasst. Bitte geben Sie diese Nummer bei Rückfragen an.\n\nWir bearbeiten Anfragen in der Reihenfolge ihres Eingangs. Wegen des hohen Aufkommens zum Jahresende kann die Bearbeitung bis zu zehn Arbeitstage dauern.\n\nBitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.\n\nKlinikum Nordstadt gGmbH\nFinanzbuchhaltung – Kreditoren",
        facts=Facts(
            note="ticket acknowledgement; 'bis zu zehn Arbeitstage' is a handling time, not a return date"
        ),
    ),
    Reply(
        key="ar-fr-absente",
        intent="auto_reply",
        lang="fr",
        name="Hélène Faure",
        addr="h.faure@faure-immobilier.example",
        when="2026-12-01 09:33 +0100",
        client="notice",
        lag_days=0,
        charset="iso-8859-1",
        inv="4231",
        amount="1005.00",
        subject="Réponse automatique : Facture échue KA/26/4231 – Keystone Access",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        text="Bonjour,\n\nJe suis absente du 30 novembre au 11 décembre inclus. Je serai de retour le lundi 14 décembre et traiterai votre message à mon retour.\n\nPour toute urgence, vous pouvez joindre l'agence au 04 78 62 91 30.\n\nHélène Faure\nFaure Immobilier",
        facts=Facts(back="2026-12-14"),
    ),
    Reply(
        key="ar-fr-accueil-ferme",
        intent="auto_reply",
        lang="fr",
        name="Résidence Les Carmes – Accueil",
        addr="accueil@residence-lescarmes.example",
        when="2026-12-18 09:35 +0100",
        client="notice",
        lag_days=0,
        inv="4389",
        amount="1340.00",
        subject="Fermeture de l’accueil – Facture échue KA/26/4389 – Keystone Access",
        headers=(("X-Autoreply", "yes"),),
        text="Bonjour,\n\nL’accueil de la résidence est fermé pour les congés de fin d’année. Nous serons de retour le lundi 4 janvier 2027.\n\nLes messages reçus pendant cette période seront traités à partir de notre retour. En cas d’urgence technique (porte bloquée, fuite d’eau), appelez le gardien d’astreinte au 06 12 40 88 15.\n\nL’équipe de la Résidence Les Carmes",
        facts=Facts(back="2027-01-04", note="autoresponder without Auto-Submitted"),
    ),
    Reply(
        key="ar-es-fuera-hasta",
        intent="auto_reply",
        lang="es",
        name="Raquel Soto",
        addr="rsoto@inmobiliariasoto.example",
        when="2026-12-07 09:32 +0100",
        client="notice",
        lag_days=0,
        inv="4279",
        amount="655.00",
        subject="Respuesta automática: Factura vencida KA/26/4279 – Keystone Access",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        text="Hola:\n\nEstaré fuera de la oficina hasta el lunes 14 de diciembre, sin acceso al correo. Para asuntos urgentes, llamen al 963 55 40 21.\n\nGracias,\nRaquel Soto",
        facts=Facts(back="2026-12-14", note="'hasta X' → X itself"),
    ),
    Reply(
        key="ar-es-incidencia",
        intent="auto_reply",
        lang="es",
        name="Servicio de Atención al Proveedor",
        addr="proveedores@hospitallavega.example",
        when="2026-12-11 09:37 +0100",
        client="notice",
        lag_days=0,
        inv="4327",
        amount="1120.00",
        subject="Acuse de recibo [INC0092217] Factura vencida KA/26/4327 – Keystone Access",
        headers=(("Auto-Submitted", "auto-generated"),),
        text="Estimado/a proveedor/a:\n\nHemos recibido su correo y se ha registrado con el número de incidencia INC0092217.\n\nNuestro equipo lo revisará y le responderá lo antes posible. Si necesita añadir información, responda a este mensaje sin modificar el asunto.\n\nServicio de Atención al Proveedor\nHospital General de La Vega",
        facts=Facts(note="ticket acknowledgement"),
    ),
    Reply(
        key="ar-nl-vakantie",
        intent="auto_reply",
        lang="nl",
        name="Bas Verhoeven",
        addr="b.verhoeven@verhoevenwinkels.example",
        when="2026-11-24 09:35 +0100",
        client="notice",
        lag_days=0,
        inv="4108",
        amount="415.00",
        subject="Automatisch antwoord: Vervallen factuur KA/26/4108 – Keystone Access",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        text="Beste afzender,\n\nIk ben met vakantie en lees mijn e-mail niet. Vanaf maandag 30 november ben ik weer op kantoor.\n\nVoor dringende zaken kunt u bellen met de winkel: 030 231 44 80.\n\nMet vriendelijke groet,\nBas Verhoeven",
        facts=Facts(back="2026-11-30"),
    ),
    Reply(
        key="ar-nl-vrije-woensdag",
        intent="auto_reply",
        lang="nl",
        name="Esther Kuipers",
        addr="e.kuipers@woonstichting-deveste.example",
        when="2026-12-09 09:31 +0100",
        client="notice",
        lag_days=0,
        inv="4317",
        amount="2260.00",
        subject="Automatisch antwoord: Vervallen factuur KA/26/4317 – Keystone Access",
        headers=(AUTO_REPLIED,),
        text="Goedemorgen,\n\nOp woensdag werk ik niet. Uw bericht lees ik morgen, donderdag 10 december.\n\nMet vriendelijke groet,\nEsther Kuipers\nWoonstichting De Veste – Studentenhuisvesting",
        facts=Facts(back="2026-12-10"),
    ),
    Reply(
        key="ar-it-inventario",
        intent="auto_reply",
        lang="it",
        name="Mobili Ricci – Amministrazione",
        addr="amministrazione@mobiliricci.example",
        when="2026-11-27 09:33 +0100",
        client="notice",
        lag_days=0,
        inv="4140",
        amount="845.00",
        subject="Risposta automatica: Fattura scaduta KA/26/4140 – Keystone Access",
        headers=(AUTO_REPLIED,),
        text="Gentile cliente/fornitore,\n\nl’ufficio amministrativo resterà chiuso per inventario fino a mercoledì 2 dicembre compreso. Riapriremo giovedì 3 dicembre e risponderemo alla sua e-mail il prima possibile.\n\nMobili Ricci – Amministrazione",
        facts=Facts(
            back="2026-12-03", note="the day the office reopens wins over 'fino a … compreso'"
        ),
    ),
]

OTHER: list[Reply] = [
    Reply(
        key="o-en-finance-committee",
        intent="other",
        lang="en",
        name="Neil Forsyth",
        addr="finance@kingsmead-school.example",
        when="2026-12-08 12:14 +0000",
        client="outlook_html",
        inv="4305",
        amount="4780.00",
        currency="GBP",
        text="Hello,\n\nReceived, thank you. I’ll raise it at Thursday’s finance committee meeting, as anything over £2,500 needs the governors’ sign-off.\n\nNeil Forsyth\nFinance Manager, Kingsmead School",
        facts=Facts(
            note="acknowledgement with a meeting date; nothing is committed, so not a promise"
        ),
    ),
    Reply(
        key="o-en-gates-enquiry",
        intent="other",
        lang="en",
        name="Lisa Carter",
        addr="lisa.carter@parkside-residential.example",
        when="2026-11-24 10:04 +0000",
        client="gmail",
        inv="4101",
        amount="575.00",
        currency="GBP",
        text="Hi,\n\nQuick one, not about the invoice – do you also service automatic gates? The vehicle gate at the back of Parkside Court keeps sticking half open and our usual firm has gone bust. If so, could someone give me a ring on 07700 900418?\n\nThanks,\nLisa",
        facts=Facts(note="sales enquiry in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        key="o-en-in-hospital",
        intent="other",
        lang="en",
        name="Charles Eddington",
        addr="charles@eddington-lettings.example",
        when="2026-12-12 15:20 +0000",
        client="iphone",
        inv="4283",
        amount="330.00",
        currency="GBP",
        text="Hello. I’m in hospital at the moment after a fall and can’t do much from here. My son Robert is looking after my post and bills, I’ll ask him to have a look at this when he visits at the weekend.\n\nCharles Eddington",
        facts=Facts(
            note="the customer is in hospital; his son is not given as a contact and nothing is promised, so a person reads it"
        ),
    ),
    Reply(
        key="o-de-steuerberaterin",
        intent="other",
        lang="de",
        name="Renate Fuchs",
        addr="renate.fuchs@fuchs-vermietung.example",
        when="2026-12-04 17:50 +0100",
        client="iphone",
        inv="4256",
        amount="470.00",
        text="Danke für die Erinnerung, habe ich gesehen. Ich kläre das mit meiner Steuerberaterin und melde mich dann bei Ihnen.\n\nR. Fuchs",
        facts=Facts(
            note="acknowledgement; checking with her tax adviser is neither a promise nor a new contact"
        ),
    ),
    Reply(
        key="o-fr-devis-boites",
        intent="other",
        lang="fr",
        name="Romain Giraud",
        addr="r.giraud@giraud-syndic.example",
        when="2026-12-09 11:40 +0100",
        client="owa",
        inv="4314",
        amount="1210.00",
        text="Bonjour,\n\nJe profite de votre message : nous aurions besoin d’un devis pour remplacer les serrures des 24 boîtes aux lettres de la résidence Les Acacias, et pour un contrôle d’accès par badge sur la porte du parking. Pouvez-vous me faire parvenir une proposition avant la fin du mois ?\n\nCordialement,\nRomain Giraud\nGestionnaire – Giraud Syndic",
        facts=Facts(note="request for a quote; nothing about the invoice"),
    ),
    Reply(
        key="o-fr-deces",
        intent="other",
        lang="fr",
        name="Bernard Lucas",
        addr="bernard.lucas@lucas-famille.example",
        when="2026-11-30 18:25 +0100",
        client="gmail",
        inv="4155",
        amount="188.00",
        text="Bonjour,\n\nJe vous écris au sujet du courriel adressé à mon père, M. Bernard Lucas. Mon père est décédé le 2 novembre. Je consulte sa boîte mail pour prévenir ses contacts.\n\nLa succession est en cours de règlement chez Maître Perrin, notaire à Angers. Je ne sais pas encore comment les factures en attente seront traitées.\n\nCordialement,\nCaroline Lucas",
        facts=Facts(
            note="the customer has died; the notary has no address and nothing is committed, so a person must handle it"
        ),
    ),
    Reply(
        key="o-es-llamenme",
        intent="other",
        lang="es",
        name="Manuel Iglesias",
        addr="manuel@iglesiasinmuebles.example",
        when="2026-12-16 13:10 +0100",
        client="outlook_ios",
        cte="base64",
        inv="4375",
        amount="1480.00",
        text="Buenas,\n\n¿Me puede llamar alguien de administración? Prefiero hablar esto por teléfono que por correo. Estoy disponible por las mañanas en el 612 48 30 77.\n\nManuel Iglesias",
        facts=Facts(note="asks for a call without saying why"),
    ),
    Reply(
        key="o-nl-zoeken-het-uit",
        intent="other",
        lang="nl",
        name="Hanneke Bakker",
        addr="h.bakker@kindcentra-oost.example",
        when="2026-12-10 10:50 +0100",
        client="outlook_html",
        inv="4323",
        amount="935.00",
        text="Goedemorgen,\n\nDank voor uw herinnering. Wij hebben deze ontvangen en zoeken uit wat er met de factuur is gebeurd. U hoort van ons.\n\nMet vriendelijke groet,\nHanneke Bakker\nStichting Kindcentra Oost",
        facts=Facts(note="acknowledgement; 'we'll look into it' commits to nothing"),
    ),
    Reply(
        key="o-nl-offerte-kerstvakantie",
        intent="other",
        lang="nl",
        name="Koen Peeters",
        addr="k.peeters@studentenhuis-dekade.example",
        when="2026-11-26 14:22 +0100",
        client="apple",
        inv="4126",
        amount="620.00",
        text="Hoi,\n\nNu ik jullie toch mail: kunnen jullie in de kerstvakantie, als de studenten weg zijn, de cilinders van de fietsenstalling en de gemeenschappelijke keuken vervangen? Graag een offerte, het liefst deze week nog.\n\nGroet,\nKoen Peeters\nBeheer Studentenhuis De Kade",
        facts=Facts(note="request for a quote in the reminder thread"),
    ),
    Reply(
        key="o-it-ricevuto",
        intent="other",
        lang="it",
        name="Anna Ferraro",
        addr="a.ferraro@ferraroimmobiliare.example",
        when="2026-12-02 12:01 +0100",
        client="iphone",
        inv="4237",
        amount="370.00",
        text="Ricevuto, grazie.\n\nAnna Ferraro",
        facts=Facts(note="bare acknowledgement"),
    ),
    Reply(
        key="o-it-non-ricordo-inline",
        intent="other",
        lang="it",
        name="Stefano Fontana",
        addr="stefano@cartoleriafontana.example",
        when="2026-12-15 18:05 +0100",
        client="inline_gmail",
        inv="4361",
        amount="212.00",
        text="Buonasera,\n\n%ATTR%\n\n> Se avete già provveduto al pagamento, vi chiediamo di comunicarci data e riferimento del versamento, così da poterlo registrare.\n\nSinceramente non ricordo se questa l’ho già pagata o no. Potete controllare voi se vi è arrivato qualcosa da parte mia a novembre? Io dall’estratto conto non riesco a capirlo.\n\nGrazie\nStefano Fontana",
        facts=Facts(
            note="inline reply; asks Keystone to check its ledger: no payment claim and no document requested"
        ),
    ),
    Reply(
        key="o-it-tecnico-sgarbato",
        intent="other",
        lang="it",
        name="Laura Gatti",
        addr="laura.gatti@condominiovillaflora.example",
        when="2026-11-23 16:30 +0100",
        client="outlook_html",
        inv="4080",
        amount="455.00",
        text="Buongiorno,\n\ncolgo l’occasione per segnalarvi che il vostro tecnico, durante l’intervento del 6 novembre, è stato molto sgarbato con la nostra portinaia, la signora Elsa, che ci è rimasta parecchio male. Il lavoro in sé è stato fatto bene e non è una questione di fattura, ma ci tenevo che lo sapeste.\n\nCordiali saluti\nLaura Gatti\nAmministrazione Condominio Villa Flora",
        facts=Facts(
            note="complaint about behaviour, explicitly not about the invoice: other, not dispute"
        ),
    ),
]

REPLIES: list[Reply] = [
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

BOUNCES: list[Bounce] = [
    Bounce(
        key="b-en-postfix-no-domain",
        lang="en",
        kind="hard",
        rcpt="office@brookfield-lettings.example",
        status="5.4.4",
        sent="2026-11-24 08:31:05 +0000",
        when="2026-11-24 08:31:07 +0000",
        inv="4112",
        amount="265.00",
        currency="GBP",
        style="postfix",
        note="Postfix RFC 3464 report, domain no longer exists; the whole reminder is returned",
    ),
    Bounce(
        key="b-en-gmail-no-user",
        lang="en",
        kind="hard",
        rcpt="ellisproperty.lets@gmail.com",
        status="5.1.1",
        sent="2026-12-07 08:44:20 +0000",
        when="2026-12-07 08:44:23 +0000",
        inv="4284",
        amount="540.00",
        currency="GBP",
        style="gmail",
        note="Gmail DSN for a free-mail landlord address",
    ),
    Bounce(
        key="b-en-qmail-no-mailbox",
        lang="en",
        kind="hard",
        rcpt="accounts@cornerstone-newsagents.example",
        status="5.1.1",
        sent="2026-12-01 08:38:02 +0000",
        when="2026-12-01 08:38:09 +0000",
        inv="4213",
        amount="119.00",
        currency="GBP",
        style="qmail",
        note="qmail failure notice: no MIME, no Auto-Submitted, the message copied inline",
    ),
    Bounce(
        key="b-en-sendmail-delay",
        lang="en",
        kind="soft",
        rcpt="bursar@oakfield-prep.example",
        status="4.4.1",
        sent="2026-12-14 08:32:10 +0000",
        when="2026-12-14 12:35:41 +0000",
        inv="4352",
        amount="1880.00",
        currency="GBP",
        style="sendmail",
        note="sendmail four-hour warning, Action: delayed",
    ),
    Bounce(
        key="b-de-exchange-unbekannt",
        lang="de",
        kind="hard",
        rcpt="j.bauer@hv-rheinblick.example",
        status="5.1.10",
        sent="2026-11-26 08:36:44 +0000",
        when="2026-11-26 09:36:51 +0100",
        inv="4134",
        amount="1290.00",
        style="exchange_de",
        note="Exchange Online NDR in German",
    ),
    Bounce(
        key="b-de-postfach-voll",
        lang="de",
        kind="soft",
        rcpt="h.schreiner@kabelpost.example",
        status="4.2.2",
        sent="2026-12-07 08:40:15 +0000",
        when="2026-12-07 13:41:02 +0100",
        inv="4280",
        amount="395.00",
        style="isp_de",
        note="German ISP delay notice in ISO-8859-1: mailbox full, still retrying",
    ),
    Bounce(
        key="b-fr-passerelle",
        lang="fr",
        kind="hard",
        rcpt="comptabilite@chu-valmont.example",
        status="5.7.1",
        sent="2026-12-09 08:35:30 +0000",
        when="2026-12-09 09:35:34 +0100",
        inv="4308",
        amount="3640.00",
        style="gateway_fr",
        note="hospital security gateway refuses the message by policy; permanent, so hard",
    ),
    Bounce(
        key="b-es-hosting-no-existe",
        lang="es",
        kind="hard",
        rcpt="contabilidad@residenciaelolivo.example",
        status="5.1.1",
        sent="2026-11-30 08:42:10 +0000",
        when="2026-11-30 09:42:15 +0100",
        inv="4171",
        amount="1520.00",
        style="provider_es",
        note="Spanish hosting provider's notice with the whole reminder returned",
    ),
    Bounce(
        key="b-es-exchange-retrasado",
        lang="es",
        kind="soft",
        rcpt="pagos@colegiolasencinas.example",
        status="4.4.7",
        sent="2026-12-16 08:33:50 +0000",
        when="2026-12-16 13:34:20 +0100",
        inv="4372",
        amount="860.00",
        style="exchange_es",
        note="Exchange delay notice in Spanish",
    ),
    Bounce(
        key="b-nl-exchange-postvak-vol",
        lang="nl",
        kind="soft",
        rcpt="administratie@vvedeboog.example",
        status="5.2.2",
        sent="2026-12-03 08:47:12 +0000",
        when="2026-12-03 09:47:19 +0100",
        inv="4255",
        amount="2115.00",
        style="exchange_nl",
        note="mailbox full reported with a 5.x.x code: soft by the corpus rule; the code is kept as sent",
    ),
    Bounce(
        key="b-nl-isp-vertraagd",
        lang="nl",
        kind="soft",
        rcpt="info@schoenmakerij-vdberg.example",
        status="4.4.1",
        sent="2026-11-25 08:39:40 +0000",
        when="2026-11-26 09:40:02 +0100",
        inv="4120",
        amount="175.00",
        style="isp_nl",
        note="Dutch provider delay notice",
    ),
    Bounce(
        key="b-it-exim-greylisting",
        lang="it",
        kind="soft",
        rcpt="negozio@articolisportivimancini.example",
        status="4.7.1",
        sent="2026-12-10 08:45:00 +0000",
        when="2026-12-11 09:45:31 +0100",
        inv="4319",
        amount="690.00",
        style="exim_it",
        note="Exim 24-hour delay warning in Italian, plain text, not RFC 3464; greylisting",
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, checks and output
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> Label:
    f = r.facts
    return {
        "file": "",
        "intent": r.intent,
        "promised_date": f.promised,
        "paid_date": f.paid,
        "return_date": f.back,
        "payment_reference": f.ref,
        "amount": f.amount,
        "currency": f.currency,
        "new_contact": f.contact,
        "bounce_kind": None,
        "failed_recipient": None,
        "bounce_status": None,
        "invoice_refs": [invoice(ref) for ref in f.refs],
        "language": r.lang,
        "note": f.note,
    }


def bounce_label(b: Bounce) -> Label:
    return {
        "file": "",
        "intent": "bounce",
        "promised_date": None,
        "paid_date": None,
        "return_date": None,
        "payment_reference": None,
        "amount": None,
        "currency": None,
        "new_contact": None,
        "bounce_kind": b.kind,
        "failed_recipient": b.rcpt,
        "bounce_status": b.status,
        "invoice_refs": [],
        "language": b.lang,
        "note": b.note,
    }


def check_reply_text(r: Reply) -> None:
    """Extracted values must be written in the new text (invoice numbers may be short forms)."""
    f = r.facts
    flat = " ".join(r.text.split())
    wanted = [invoice(ref) for ref in f.refs] + [v for v in (f.contact, f.ref) if v]
    missing = [w for w in wanted if w not in flat.lower() and w.removeprefix("KA/26/") not in flat]
    if missing:
        raise SystemExit(f"{r.key}: labelled values not in the text: {missing}")


def header_problems(part: Message) -> list[str]:
    problems: list[str] = []
    for name, value in part.items():
        if isinstance(value, BaseHeader) and value.defects:
            problems.append(f"{name}: {value.defects}")
        if "=?" in str(value):
            problems.append(f"{name}: undecoded encoded-word")
    return problems


def part_problems(part: Message) -> list[str]:
    problems = [f"defect {d!r}" for d in part.defects] + header_problems(part)
    if part.get_content_maintype() == "text":
        text = part.get_payload(decode=True)
        if not isinstance(text, bytes):
            return [*problems, "text part without a payload"]
        decoded = text.decode(part.get_content_charset("us-ascii"))
        if "\ufffd" in decoded:
            problems.append("replacement character in a text part")
    return problems


def check_message(name: str, data: bytes) -> datetime:
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    problems = [p for part in msg.walk() for p in part_problems(part)]
    if problems:
        raise SystemExit(f"{name}: {problems}")
    when = datetime.strptime(str(msg["Date"]), "%a, %d %b %Y %H:%M:%S %z")
    if not FIRST_DAY <= when.date() <= LAST_DAY:
        raise SystemExit(f"{name}: date {when} outside the corpus period")
    return when


DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT_RE = re.compile(r"^\d+\.\d{2}$")
REF_RE = re.compile(r"^KA/26/\d{4}$")
ONLY_FOR: dict[str, Intent] = {
    "promised_date": "promise_to_pay",
    "paid_date": "payment_sent",
    "return_date": "auto_reply",
    "new_contact": "wrong_contact",
    "bounce_kind": "bounce",
    "failed_recipient": "bounce",
    "bounce_status": "bounce",
}


def restricted_fields(label: Label) -> dict[str, str | None]:
    return {
        "promised_date": label["promised_date"],
        "paid_date": label["paid_date"],
        "return_date": label["return_date"],
        "new_contact": label["new_contact"],
        "bounce_kind": label["bounce_kind"],
        "failed_recipient": label["failed_recipient"],
        "bounce_status": label["bounce_status"],
    }


def label_problems(label: Label) -> list[str]:
    problems: list[str] = []
    if tuple(label) != LABEL_KEYS:
        problems.append("keys out of order")
    fields = restricted_fields(label)
    for key in ("promised_date", "paid_date", "return_date"):
        value = fields[key]
        if value is not None and not DATE_RE.match(value):
            problems.append(f"{key} not ISO")
    for key, intent in ONLY_FOR.items():
        if fields[key] is not None and label["intent"] != intent:
            problems.append(f"{key} on {label['intent']}")
    if label["intent"] == "bounce" and None in (
        label["bounce_kind"],
        label["failed_recipient"],
        label["bounce_status"],
    ):
        problems.append("bounce without its fields")
    if (label["amount"] is None) != (label["currency"] is None):
        problems.append("amount and currency go together")
    if label["amount"] is not None and not AMOUNT_RE.match(label["amount"]):
        problems.append("amount format")
    if label["language"] not in LANGS or label["intent"] not in INTENTS:
        problems.append("unknown intent or language")
    problems += [f"bad ref {ref}" for ref in label["invoice_refs"] if not REF_RE.match(ref)]
    return problems


def check_counts(labels: list[Label]) -> None:
    """Twelve per intent, every language in every intent, six hard and six soft bounces."""
    per_intent = Counter(label["intent"] for label in labels)
    cells = Counter((label["intent"], label["language"]) for label in labels)
    gaps = [(i, lang) for i in INTENTS for lang in LANGS if cells[i, lang] == 0]
    kinds = Counter(label["bounce_kind"] for label in labels if label["intent"] == "bounce")
    if set(per_intent.values()) != {12} or len(per_intent) != len(INTENTS):
        raise SystemExit(f"intent counts: {dict(per_intent)}")
    if gaps:
        raise SystemExit(f"languages missing from intents: {gaps}")
    if kinds != Counter({"hard": 6, "soft": 6}):
        raise SystemExit(f"bounce kinds: {dict(kinds)}")


@dataclass(frozen=True)
class Item:
    """One message ready to be numbered and written."""

    key: str
    message: Message
    label: Label


def all_items() -> list[Item]:
    for r in REPLIES:
        check_reply_text(r)
    items = [Item(r.key, build_reply(r), reply_label(r)) for r in REPLIES]
    items += [Item(b.key, BOUNCE_STYLES[b.style](b), bounce_label(b)) for b in BOUNCES]
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    return items


def numbered(items: list[Item]) -> Iterator[tuple[str, Item]]:
    order = sorted(items, key=lambda item: digest(item.key, f"file-order-{SEED}"))
    for index, item in enumerate(order, start=1):
        yield f"{PREFIX}-{index:03d}.eml", item


def write_all() -> list[Label]:
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    message_ids: set[str] = set()
    for name, item in numbered(all_items()):
        data = item.message.as_bytes()
        check_message(name, data)
        message_ids.add(str(item.message["Message-ID"]))
        (HERE / name).write_bytes(data)
        label = item.label
        label["file"] = name
        problems = label_problems(label)
        if problems:
            raise SystemExit(f"{name} ({item.key}): {problems}")
        labels.append(label)
    if len(message_ids) != len(labels):
        raise SystemExit("duplicate Message-IDs")
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(label, ensure_ascii=False) + "\n" for label in labels)
    return labels


def count_table(labels: list[Label]) -> str:
    cells = Counter((label["intent"], label["language"]) for label in labels)
    rows = ["| intent | " + " | ".join(LANGS) + " | total |", "|---|" + "---:|" * (len(LANGS) + 1)]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(str(c) for c in counts) + f" | {sum(counts)} |")
    totals = [sum(cells[intent, lang] for intent in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def main() -> int:
    labels = write_all()
    kinds = Counter(str(label["bounce_kind"]) for label in labels if label["intent"] == "bounce")
    sys.stdout.write(count_table(labels) + "\n\n")
    sys.stdout.write(f"{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
