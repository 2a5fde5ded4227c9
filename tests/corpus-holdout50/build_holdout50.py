# ruff: noqa: E501, RUF001
"""Build held-out reply corpus 50: ``h50-001.eml`` … ``h50-120.eml`` and ``labels.jsonl``.

Every message lands in the receivables mailbox of Nordlicht Events, an event-staffing and
venue-technology agency in Hamburg, after it sent an overdue reminder. The new text of each
message is written by hand in this file. The code adds only what a mail client or a mail server
adds: the quoted reminder (in the client's layout and the customer's language), headers, MIME
structure, charsets and transfer encodings, and the machine-readable parts of delivery reports.

Deterministic: no clock, fixed boundaries, Message-IDs derived from each message's key, and a
fixed seed for the file order. Standard library only. Run it from anywhere; it writes next to
itself.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
import textwrap
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email import charset as email_charset
from email import message_from_bytes, message_from_string, policy
from email.header import Header
from email.headerregistry import BaseHeader
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from functools import partial
from pathlib import Path
from typing import Literal, TypedDict

HERE = Path(__file__).resolve().parent
SEED = "corpus-holdout50/2026-12-14"
FILE_PREFIX = "h50"
AR_NAME = "Nordlicht Events Accounts Receivable"
AR_ADDR = "receivables@nordlicht-events.example"
AR_DOMAIN = "nordlicht-events.example"
HAMBURG = timezone(timedelta(hours=1))
FIRST_DAY = "2026-12-14"
LAST_DAY = "2027-01-15"
OFFICE_CLOSED = frozenset({"12-24", "12-25", "12-26", "12-31", "01-01"})  # no reminders go out

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
Kind = Literal["hard", "soft"]
Cte = Literal["quoted-printable", "base64", "8bit", "7bit"]
Client = Literal[
    "outlook",
    "outlook_html",
    "outlook_html_only",
    "owa",
    "outlook_ios",
    "outlook_android",
    "gmail",
    "gmail_plain",
    "apple",
    "iphone",
    "thunderbird",
    "samsung",
    "inline",
    "notice",
    "notice_html",
]

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
CURRENCIES = ("EUR", "GBP", "USD", "CHF")


def parse_when(when: str) -> datetime:
    """A hand-written "YYYY-MM-DD HH:MM +ZZZZ" date, aware of the writer's time zone."""
    return datetime.strptime(when, "%Y-%m-%d %H:%M %z")


class Label(TypedDict):
    """One line of labels.jsonl, keys in the order of holdout2's labels."""

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


@dataclass(frozen=True, kw_only=True)
class Ex:
    """What a reader extracts from a reply's new text (label fields other than the intent)."""

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
    """One hand-written message from a customer's side, and its labels.

    `inv`, `owed` and `cur` describe the reminder being answered; `rlang` is its language when
    it differs from the reply's and `reminder_to` its addressee when the reply comes from
    someone else. `inline` holds answers written between the quoted paragraphs (paragraph
    index, answer). `subject` replaces the client's "Re:" subject; "{subj}" in it stands for
    the reminder's subject.
    """

    key: str
    intent: Intent
    lang: Lang
    sender: tuple[str, str]
    when: str
    client: Client
    body: str
    inv: str
    owed: str
    cur: str = "EUR"
    rlang: Lang | None = None
    reminder_to: tuple[str, str] | None = None
    subject: str | None = None
    charset: str = "utf-8"
    cte: Cte = "quoted-printable"
    headers: tuple[tuple[str, str], ...] = ()
    threaded: bool = True
    inline: tuple[tuple[int, str], ...] = ()
    attachment: tuple[str, bytes] | None = None
    ex: Ex = field(default_factory=Ex)

    @property
    def dt(self) -> datetime:
        return parse_when(self.when)

    @property
    def reminder_lang(self) -> Lang:
        return self.rlang or self.lang


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt`; `lang` is the notice's language."""

    key: str
    lang: Lang
    kind: Kind
    status: str
    rcpt: str
    when: str
    rlang: Lang
    inv: str
    owed: str
    cur: str = "EUR"
    queued: int = 3
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return parse_when(self.when)


def txt(block: str) -> str:
    """Hand-written text: dedented, outer blank lines dropped, a lone "--" turned into "-- "."""
    lines = textwrap.dedent(block).strip("\n").split("\n")
    return "\n".join("-- " if line == "--" else line.rstrip() for line in lines)


# --------------------------------------------------------------------------------------------
# Locale tables
# --------------------------------------------------------------------------------------------

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
WEEKDAYS: dict[Lang, tuple[str, ...]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
}
WEEKDAYS_ABBR: dict[Lang, tuple[str, ...]] = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "it": ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
}

# Outlook's header block above a quoted message: From, Sent, To, Subject, label separator.
OUTLOOK_LABELS: dict[Lang, tuple[str, str, str, str, str]] = {
    "en": ("From", "Sent", "To", "Subject", ": "),
    "de": ("Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("De", "Envoyé", "À", "Objet", " : "),
    "es": ("De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_ORIGINAL: dict[Lang, str] = {
    "en": "-----Original Message-----",
    "de": "-----Ursprüngliche Nachricht-----",
    "fr": "-----Message d'origine-----",
    "es": "-----Mensaje original-----",
    "nl": "-----Oorspronkelijk bericht-----",
    "it": "-----Messaggio originale-----",
}
OUTLOOK_REPLY_PREFIX: dict[Lang, str] = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
OUTLOOK_MOBILE: dict[str, dict[Lang, str]] = {
    "ios": {
        "en": "Get Outlook for iOS",
        "de": "Outlook für iOS beziehen",
        "fr": "Obtenir Outlook pour iOS",
        "es": "Obtener Outlook para iOS",
        "nl": "Outlook voor iOS downloaden",
        "it": "Scarica Outlook per iOS",
    },
    "android": {
        "en": "Get Outlook for Android",
        "de": "Outlook für Android herunterladen",
        "fr": "Télécharger Outlook pour Android",
        "es": "Obtener Outlook para Android",
        "nl": "Outlook voor Android downloaden",
        "it": "Scarica Outlook per Android",
    },
}
IPHONE_SIGNATURE: dict[Lang, str] = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
SAMSUNG_SIGNATURE: dict[Lang, str] = {
    "en": "Sent from my Galaxy",
    "de": "Von meinem Galaxy gesendet",
    "fr": "Envoyé depuis mon Galaxy",
    "es": "Enviado desde mi Galaxy",
    "nl": "Verzonden vanaf mijn Galaxy",
    "it": "Inviato dal mio Galaxy",
}
# Samsung Email's divider and its From, Date, To, Subject labels.
SAMSUNG_LABELS: dict[Lang, tuple[str, str, str, str, str]] = {
    "en": ("-------- Original message --------", "From", "Date", "To", "Subject"),
    "de": ("-------- Ursprüngliche Nachricht --------", "Von", "Datum", "An", "Betreff"),
    "fr": ("-------- Message d'origine --------", "De", "Date", "À", "Objet"),
    "es": ("-------- Mensaje original --------", "De", "Fecha", "Para", "Asunto"),
    "nl": ("-------- Oorspronkelijk bericht --------", "Van", "Datum", "Aan", "Onderwerp"),
    "it": ("-------- Messaggio originale --------", "Da", "Data", "A", "Oggetto"),
}
GMAIL_ATTRIBUTION: dict[Lang, str] = {
    "en": "On {wda}, {mona} {d}, {y} at {h12}:{MM}\u202f{ampm} {name} <{addr}> wrote:",
    "de": "Am {wda}, {d}. {mona} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda} {d} {mona} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {mona} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {mona} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {mona} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION: dict[Lang, str] = {
    "en": "On {d} {mona} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {DD}.{MO}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mona} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {mona} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mona} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mona} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION: dict[Lang, str] = {
    "en": "On {DD}/{MO}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {DD}.{MO}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {DD}/{MO}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {DD}/{MO}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {DD}-{MO}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {DD}/{MO}/{yy} {HH}:{MM}, {name} ha scritto:",
}
OUTLOOK_SENT: dict[Lang, str] = {
    "en": "{d} {mon} {y} {HH}:{MM}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{MM}",
    "fr": "{wd} {d} {mon} {y} {HH}:{MM}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{MM}",
    "nl": "{wd} {d} {mon} {y} {HH}:{MM}",
    "it": "{wd} {d} {mon} {y} {HH}:{MM}",
}
OUTLOOK_SENT_US = "{wd}, {mon} {d}, {y} {h12}:{MM} {ampm}"
CONTENT_LANGUAGE: dict[Lang, str] = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}

# --------------------------------------------------------------------------------------------
# The reminder Nordlicht Events sent (quoted in replies, returned in bounces)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT: dict[Lang, str] = {
    "en": "Payment reminder: invoice {inv} is overdue",
    "de": "Zahlungserinnerung – Rechnung {inv} überfällig",
    "fr": "Rappel de paiement – facture {inv} échue",
    "es": "Recordatorio de pago – factura {inv} vencida",
    "nl": "Herinnering: factuur {inv} staat nog open",
    "it": "Sollecito di pagamento – fattura {inv} scaduta",
}
BANK_LINE = "IBAN DE00 2005 0000 0714 2026 00 · BIC NRDLDEHHXXX"
COMPANY_LINE = "Nordlicht Events GmbH · Am Sandtorkai 12 · 20457 Hamburg"
REMINDER_BODY: dict[Lang, str] = {
    "en": txt("""
        Dear Sir or Madam,

        According to our records, invoice {inv} for {amount}, due on {due}, has not been paid yet (customer no. {cno}).

        If your payment is already on its way, please disregard this message. Otherwise we would be grateful if you could settle the balance within the next seven days, quoting the invoice number.

        {bank}

        Kind regards
        Accounts Receivable
        {company}
    """),
    "de": txt("""
        Sehr geehrte Damen und Herren,

        nach unseren Unterlagen ist die Rechnung {inv} über {amount}, fällig am {due}, noch nicht beglichen (Kundennummer {cno}).

        Falls Sie die Zahlung bereits veranlasst haben, betrachten Sie diese Nachricht bitte als gegenstandslos. Andernfalls bitten wir Sie, den offenen Betrag innerhalb der nächsten sieben Tage unter Angabe der Rechnungsnummer zu überweisen.

        {bank}

        Mit freundlichen Grüßen
        Debitorenbuchhaltung
        {company}
    """),
    "fr": txt("""
        Madame, Monsieur,

        Sauf erreur de notre part, la facture {inv} d'un montant de {amount}, échue le {due}, n'a pas encore été réglée (n° client {cno}).

        Si votre règlement est déjà en cours, merci de ne pas tenir compte de ce message. Dans le cas contraire, nous vous remercions de bien vouloir procéder au virement sous sept jours en rappelant le numéro de facture.

        {bank}

        Cordialement,
        Service comptabilité clients
        {company}
    """),
    "es": txt("""
        Estimados señores:

        Según nuestros registros, la factura {inv} por importe de {amount}, con vencimiento el {due}, sigue pendiente de pago (n.º de cliente {cno}).

        Si ya han ordenado el pago, les rogamos que no tengan en cuenta este mensaje. En caso contrario, les agradeceríamos que realizaran la transferencia en los próximos siete días indicando el número de factura.

        {bank}

        Atentamente,
        Departamento de Cobros
        {company}
    """),
    "nl": txt("""
        Geachte heer, mevrouw,

        Volgens onze administratie is factuur {inv} van {amount}, met vervaldatum {due}, nog niet voldaan (klantnummer {cno}).

        Heeft u de betaling inmiddels gedaan, dan kunt u dit bericht als niet verzonden beschouwen. Zo niet, dan verzoeken wij u het openstaande bedrag binnen zeven dagen over te maken onder vermelding van het factuurnummer.

        {bank}

        Met vriendelijke groet,
        Debiteurenadministratie
        {company}
    """),
    "it": txt("""
        Gentili Signori,

        dai nostri archivi risulta ancora insoluta la fattura {inv} di {amount}, scaduta il {due} (codice cliente {cno}).

        Se avete già disposto il pagamento, vi preghiamo di non considerare questo messaggio. In caso contrario, vi chiediamo di effettuare il bonifico entro sette giorni indicando il numero della fattura.

        {bank}

        Cordiali saluti,
        Ufficio Contabilità Clienti
        {company}
    """),
}
CURRENCY_SIGN = {"EUR": "€", "GBP": "£", "USD": "$"}
NBSP = "\u00a0"
# What a Latin-1 client makes of the reminder's characters that Latin-1 lacks.
LATIN1_FALLBACK = {"€": "EUR", "–": "-", "’": "'", "“": '"', "”": '"', "…": "...", "\u202f": " "}

# --------------------------------------------------------------------------------------------
# Dates, money, ids and text helpers
# --------------------------------------------------------------------------------------------


def date_fields(dt: datetime, lang: Lang) -> dict[str, str]:
    return {
        "wd": WEEKDAYS[lang][dt.weekday()],
        "wda": WEEKDAYS_ABBR[lang][dt.weekday()],
        "mon": MONTHS[lang][dt.month - 1],
        "mona": MONTHS_ABBR[lang][dt.month - 1],
        "d": str(dt.day),
        "DD": f"{dt.day:02d}",
        "MO": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "H": str(dt.hour),
        "HH": f"{dt.hour:02d}",
        "MM": f"{dt.minute:02d}",
        "h12": str((dt.hour - 1) % 12 + 1),
        "ampm": "AM" if dt.hour < 12 else "PM",
    }


def fill(template: str, *, dt: datetime, lang: Lang, name: str = "", addr: str = "") -> str:
    return template.format(**date_fields(dt, lang), name=name, addr=addr)


def money(*, amount: str, cur: str, lang: Lang) -> str:
    whole, cents = amount.split(".")
    grouped = f"{int(whole):,}"
    sign = CURRENCY_SIGN.get(cur, "")
    if lang == "en":
        return f"{sign}{grouped}.{cents}" if sign else f"{cur} {grouped}.{cents}"
    unit = sign or cur
    if lang == "fr":
        return f"{grouped.replace(',', NBSP)},{cents}{NBSP}{unit}"
    local = f"{grouped.replace(',', '.')},{cents}"
    return f"{unit} {local}" if lang in {"nl", "it"} else f"{local} {unit}"


def numeric_date(dt: datetime, lang: Lang) -> str:
    if lang == "en":
        return f"{dt.day} {MONTHS['en'][dt.month - 1]} {dt.year}"
    sep = {"de": ".", "nl": "-"}.get(lang, "/")
    return f"{dt.day:02d}{sep}{dt.month:02d}{sep}{dt.year}"


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def customer_number(key: str) -> str:
    return str(210000 + int.from_bytes(digest(key, "customer")[:3], "big") % 89999)


def reminder_sent(key: str, reply: datetime) -> datetime:
    """The reminder left Hamburg one to three working days before the reply, early morning."""
    lag = 1 + digest(key, "lag")[0] % 3
    day = reply.astimezone(HAMBURG) - timedelta(days=lag)
    while day.weekday() >= 5 or f"{day:%m-%d}" in OFFICE_CLOSED:
        day -= timedelta(days=1)
    minute = 5 + digest(key, "minute")[0] % 50
    return day.replace(hour=8, minute=minute, second=digest(key, "second")[0] % 60)


def reminder_msgid(key: str) -> str:
    return f"<dunning.{b32(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def reply_msgid(r: Reply) -> str:
    raw = digest(r.key, "message-id")
    domain = r.sender[1].split("@")[1]
    if r.client in {"gmail", "gmail_plain"}:
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')}@mail.gmail.com>"
    if r.client in OUTLOOK_FAMILY:
        host = f"{b32(r.key, 'host', 4)}P{raw[1] % 9 + 1}9{raw[2] % 9}MB{raw[3] * 7 % 9000 + 1000}"
        return f"<{host}{b32(r.key, 'ms', 24)}@{host}.EURP{raw[4] % 300}.PROD.OUTLOOK.example>"
    if r.client in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:32]}@{domain}>"


def latin1_safe(text: str) -> str:
    for bad, good in LATIN1_FALLBACK.items():
        text = text.replace(bad, good)
    return text


def client_text(text: str, charset: str) -> str:
    """Text as a client with this charset shows it (Latin-1 clients lose €, dashes, quotes)."""
    return latin1_safe(text) if charset == "iso-8859-1" else text


def quote_lines(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def word_paragraphs(text: str) -> str:
    rows = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        rows.append(f'<p class="MsoNormal"><span style="font-size:11.0pt">{inner}</span></p>')
    return "\n".join(rows)


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------

BODY_ENCODING = {"quoted-printable": email_charset.QP, "base64": email_charset.BASE64}


def text_part(text: str, *, subtype: str, charset: str, cte: Cte) -> Message:
    """A text part encoded as a client would send it; raises if the text does not fit."""
    raw = text.encode("ascii" if cte == "7bit" else charset)
    if cte in {"7bit", "8bit"}:
        part = MIMENonMultipart("text", subtype, charset=charset)
        part.set_payload(raw.decode("ascii", "surrogateescape"))
        part["Content-Transfer-Encoding"] = cte
        return part
    chosen = email_charset.Charset(charset)
    chosen.body_encoding = BODY_ENCODING[cte]
    chosen.header_encoding = email_charset.QP
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, chosen)
    return part


def alternative(*parts: Message) -> Message:
    outer = MIMEMultipart("alternative")
    for part in parts:
        outer.attach(part)
    return outer


def header_value(value: str, *, charset: str, name: str) -> str:
    """A header as a client encodes it: RFC 2047 encoded-words when it is not ASCII."""
    if value.isascii():
        return value
    chosen = charset if charset in {"iso-8859-1", "windows-1252"} else "utf-8"
    try:
        value.encode(chosen)
    except UnicodeEncodeError:
        chosen = "utf-8"
    return Header(value, chosen, header_name=name).encode()


def mailbox(name: str, addr: str, *, charset: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_value(name, charset=charset, name='From')} <{addr}>"


def move_mime_headers_last(msg: Message) -> None:
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def drop_inner_versions(part: Message, *, top: bool) -> None:
    """Only a message's top (or a returned message's top) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if not part.is_multipart():
        return
    payload = part.get_payload()
    children = [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []
    for child in children:
        drop_inner_versions(child, top=part.get_content_type() == "message/rfc822")


def set_boundaries(msg: Message, *, key: str, prefix: str) -> None:
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(f"{prefix}{b32(key, f'boundary-{n}', 26)}")


def finalize(msg: Message, *, key: str, prefix: str) -> Message:
    move_mime_headers_last(msg)
    drop_inner_versions(msg, top=True)
    set_boundaries(msg, key=key, prefix=prefix)
    return msg


# --------------------------------------------------------------------------------------------
# The reminder as each client quotes it
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Ctx:
    """A reply together with the reminder it answers, as the replying client shows it."""

    r: Reply
    text: str
    subject: str
    sent: datetime
    to: str


def reminder_text(*, key: str, lang: Lang, inv: str, owed: str, cur: str, sent: datetime) -> str:
    return REMINDER_BODY[lang].format(
        inv=inv,
        amount=money(amount=owed, cur=cur, lang=lang),
        due=numeric_date(sent - timedelta(days=21), lang),
        cno=customer_number(key),
        bank=BANK_LINE,
        company=COMPANY_LINE,
    )


def sender_zone(r: Reply) -> timezone:
    offset = r.dt.utcoffset()
    if offset is None:
        raise ValueError(f"{r.key}: Date without a time zone")
    return timezone(offset)


def context(r: Reply) -> Ctx:
    lang = r.reminder_lang
    sent = reminder_sent(r.key, r.dt)
    text = reminder_text(key=r.key, lang=lang, inv=r.inv, owed=r.owed, cur=r.cur, sent=sent)
    subject = REMINDER_SUBJECT[lang].format(inv=r.inv)
    name, addr = r.reminder_to or r.sender
    return Ctx(
        r=r,
        text=client_text(text, r.charset),
        subject=client_text(subject, r.charset),
        sent=sent.astimezone(sender_zone(r)),
        to=f"{name} <{addr}>" if name else addr,
    )


def is_american(dt: datetime) -> bool:
    offset = dt.utcoffset()
    return offset is not None and offset <= timedelta(hours=-4)


def outlook_sent(c: Ctx) -> str:
    lang = c.r.lang
    template = OUTLOOK_SENT_US if lang == "en" and is_american(c.sent) else OUTLOOK_SENT[lang]
    return fill(template, dt=c.sent, lang=lang)


def outlook_rows(c: Ctx) -> list[tuple[str, str]]:
    frm, sent, to, subject, _ = OUTLOOK_LABELS[c.r.lang]
    return [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, outlook_sent(c)),
        (to, c.to),
        (subject, c.subject),
    ]


def outlook_block(c: Ctx) -> str:
    sep = OUTLOOK_LABELS[c.r.lang][4]
    return "\n".join(f"{label}{sep}{value}" for label, value in outlook_rows(c))


def outlook_html_head(c: Ctx) -> str:
    sep = html.escape(OUTLOOK_LABELS[c.r.lang][4].rstrip())
    return "<br>\n".join(
        f"<b>{html.escape(label)}{sep}</b> {html.escape(value)}" for label, value in outlook_rows(c)
    )


def gmail_attribution(c: Ctx) -> str:
    return fill(GMAIL_ATTRIBUTION[c.r.lang], dt=c.sent, lang=c.r.lang, name=AR_NAME, addr=AR_ADDR)


def apple_attribution(c: Ctx) -> str:
    return fill(APPLE_ATTRIBUTION[c.r.lang], dt=c.sent, lang=c.r.lang, name=AR_NAME, addr=AR_ADDR)


def thunderbird_attribution(c: Ctx) -> str:
    return fill(THUNDERBIRD_ATTRIBUTION[c.r.lang], dt=c.sent, lang=c.r.lang, name=AR_NAME)


def plain(c: Ctx, text: str, *, cte: Cte | None = None) -> Message:
    return text_part(text, subtype="plain", charset=c.r.charset, cte=cte or c.r.cte)


def markup(c: Ctx, text: str) -> Message:
    return text_part(text, subtype="html", charset=c.r.charset, cte=c.r.cte)


# --------------------------------------------------------------------------------------------
# Client layouts
# --------------------------------------------------------------------------------------------


def word_html(c: Ctx) -> str:
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={c.r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        "div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{CONTENT_LANGUAGE[c.r.lang]}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(c.r.body)}\n"
        '<p class="MsoNormal">&nbsp;</p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{outlook_html_head(c)}</p>\n</div>\n'
        '<p class="MsoNormal">&nbsp;</p>\n'
        f"{word_paragraphs(c.text)}\n</div>\n</body>\n</html>\n"
    )


def render_outlook(c: Ctx) -> Message:
    divider = OUTLOOK_ORIGINAL[c.r.lang]
    return plain(c, f"{c.r.body}\n\n{divider}\n{outlook_block(c)}\n\n{c.text}\n")


def render_outlook_html(c: Ctx) -> Message:
    text = f"{c.r.body}\n\n{outlook_block(c)}\n\n{c.text}\n"
    return alternative(plain(c, text), markup(c, word_html(c)))


def render_outlook_html_only(c: Ctx) -> Message:
    return markup(c, word_html(c))


def owa_html(c: Ctx) -> str:
    return (
        f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={c.r.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n'
        '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_lines(c.r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{outlook_html_head(c)}</font>\n<div>&nbsp;</div>\n</div>\n"
        f"<div>\n{html_paragraphs(c.text)}\n</div>\n</body>\n</html>\n"
    )


def render_owa(c: Ctx) -> Message:
    text = f"{c.r.body}\n\n{'_' * 32}\n{outlook_block(c)}\n\n{c.text}\n"
    return alternative(plain(c, text), markup(c, owa_html(c)))


def outlook_mobile(c: Ctx, platform: str) -> Message:
    signature = OUTLOOK_MOBILE[platform][c.r.lang]
    text = f"{c.r.body}\n\n{signature}\n{'_' * 32}\n{outlook_block(c)}\n\n{c.text}\n"
    return plain(c, text, cte="base64")


def render_outlook_ios(c: Ctx) -> Message:
    return outlook_mobile(c, "ios")


def render_outlook_android(c: Ctx) -> Message:
    return outlook_mobile(c, "android")


def gmail_html(c: Ctx, attribution: str) -> str:
    return (
        f'<div dir="ltr">{html_lines(c.r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(c.text)}</blockquote></div>\n"
    )


def render_gmail(c: Ctx) -> Message:
    attribution = gmail_attribution(c)
    text = f"{c.r.body}\n\n{attribution}\n\n{quote_lines(c.text)}\n"
    return alternative(plain(c, text), markup(c, gmail_html(c, attribution)))


def render_gmail_plain(c: Ctx) -> Message:
    return plain(c, f"{c.r.body}\n\n{gmail_attribution(c)}\n\n{quote_lines(c.text)}\n")


def render_apple(c: Ctx) -> Message:
    return plain(c, f"{c.r.body}\n\n{apple_attribution(c)}\n\n{quote_lines(c.text)}\n")


def render_iphone(c: Ctx) -> Message:
    quoted = quote_lines(f"{apple_attribution(c)}\n\n{c.text}")
    return plain(c, f"{c.r.body}\n\n{IPHONE_SIGNATURE[c.r.lang]}\n\n{quoted}\n")


def render_thunderbird(c: Ctx) -> Message:
    part = plain(c, f"{c.r.body}\n\n{thunderbird_attribution(c)}\n{quote_lines(c.text)}\n")
    if c.r.charset == "utf-8":
        part.set_param("format", "flowed")
    return part


def render_samsung(c: Ctx) -> Message:
    divider, frm, date, to, subject = SAMSUNG_LABELS[c.r.lang]
    offset = f"{c.sent:%z}"
    sent = f"{c.sent:%d/%m/%Y %H:%M} (GMT{offset[:3]}:{offset[3:]})"
    block = "\n".join(
        [
            divider,
            f"{frm}: {AR_NAME} <{AR_ADDR}>",
            f"{date}: {sent}",
            f"{to}: {c.to}",
            f"{subject}: {c.subject}",
        ]
    )
    text = f"{c.r.body}\n\n\n{SAMSUNG_SIGNATURE[c.r.lang]}\n\n\n{block}\n\n{c.text}\n"
    return plain(c, text)


def render_inline(c: Ctx) -> Message:
    """Answers written under the quoted paragraphs they answer; the rest stays quoted."""
    answers = dict(c.r.inline)
    pieces: list[str] = []
    quoted: list[str] = []
    for n, paragraph in enumerate(c.text.split("\n\n")):
        quoted.append(paragraph)
        if n in answers:
            pieces += [quote_lines("\n\n".join(quoted)), answers[n]]
            quoted = []
    if quoted:
        pieces.append(quote_lines("\n\n".join(quoted)))
    text = "\n\n".join(pieces)
    return plain(c, f"{thunderbird_attribution(c)}\n{text}\n\n{c.r.body}\n")


def render_notice(c: Ctx) -> Message:
    return plain(c, f"{c.r.body}\n")


def render_notice_html(c: Ctx) -> Message:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222222">\n'
        f"{html_paragraphs(c.r.body)}\n</body></html>\n"
    )
    return alternative(plain(c, f"{c.r.body}\n"), markup(c, page))


RENDERERS: dict[Client, Callable[[Ctx], Message]] = {
    "outlook": render_outlook,
    "outlook_html": render_outlook_html,
    "outlook_html_only": render_outlook_html_only,
    "owa": render_owa,
    "outlook_ios": render_outlook_ios,
    "outlook_android": render_outlook_android,
    "gmail": render_gmail,
    "gmail_plain": render_gmail_plain,
    "apple": render_apple,
    "iphone": render_iphone,
    "thunderbird": render_thunderbird,
    "samsung": render_samsung,
    "inline": render_inline,
    "notice": render_notice,
    "notice_html": render_notice_html,
}
OUTLOOK_FAMILY: frozenset[Client] = frozenset(
    {"outlook", "outlook_html", "outlook_html_only", "owa", "outlook_ios", "outlook_android"}
)
CLIENT_HEADERS: dict[Client, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
    "inline": (
        (
            "User-Agent",
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0",
        ),
    ),
}
BOUNDARY_PREFIX: dict[Client, str] = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "iphone": "Apple-Mail-",
    "thunderbird": "------------",
    "inline": "------------",
}


def reply_subject(c: Ctx) -> str:
    if c.r.subject is not None:
        return c.r.subject.replace("{subj}", c.subject)
    prefix = OUTLOOK_REPLY_PREFIX[c.r.lang] if c.r.client in OUTLOOK_FAMILY else "Re: "
    return prefix + c.subject


def client_headers(c: Ctx) -> list[tuple[str, str]]:
    if c.r.client not in OUTLOOK_FAMILY:
        return list(CLIENT_HEADERS.get(c.r.client, ()))
    index = base64.b64encode(digest(c.r.key, "thread-index")[:22]).decode()
    topic = header_value(c.subject, charset=c.r.charset, name="Thread-Topic")
    return [
        ("Thread-Topic", topic),
        ("Thread-Index", index),
        ("Content-Language", CONTENT_LANGUAGE[c.r.lang]),
        ("X-MS-Has-Attach", "yes" if c.r.attachment else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


FAKE_PDF = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def with_attachment(r: Reply, body: Message) -> Message:
    if r.attachment is None:
        return body
    name, data = r.attachment
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    document = MIMEApplication(data, "pdf")
    document.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(document)
    return outer


def build_reply(r: Reply) -> Message:
    c = context(r)
    msg = with_attachment(r, RENDERERS[r.client](c))
    msg["From"] = mailbox(*r.sender, charset=r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = header_value(reply_subject(c), charset=r.charset, name="Subject")
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    for name, value in [*client_headers(c), *r.headers]:
        msg[name] = value
    prefix = BOUNDARY_PREFIX.get(r.client, "_000_" if r.client in OUTLOOK_FAMILY else "----=_Part_")
    return finalize(msg, key=r.key, prefix=prefix)


# Headers that automatic senders add.
AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")


# --------------------------------------------------------------------------------------------
# The hand-written messages: payment_sent
# --------------------------------------------------------------------------------------------

PAYMENT_SENT: list[Reply] = [
    Reply(
        key="ps-en-ariba",
        intent="payment_sent",
        lang="en",
        sender=("SAP Business Network", "no-reply@businessnetwork.ariba.example"),
        when="2026-12-15 06:14 +0000",
        client="notice_html",
        inv="NE-2026-0387",
        owed="6912.00",
        cur="GBP",
        subject="Remittance advice from Halvorsen Biotech UK Ltd – payment 2000418877",
        threaded=False,
        headers=(AUTO_GENERATED, ("Reply-To", "accounts.payable@halvorsen-bio.example")),
        body=txt("""
            Halvorsen Biotech UK Ltd has sent you a remittance advice.

            Supplier: Nordlicht Events GmbH
            Supplier ID: 0000731186
            Payment number: 2000418877
            Payment date: 15 Dec 2026
            Payment method: BACS
            Payment amount: 6,912.00 GBP

            Invoices included in this payment:
            Invoice NE-2026-0387 | Invoice date 02 Nov 2026 | Gross 6,912.00 GBP | Discount 0.00 | Paid 6,912.00 GBP

            Funds are normally credited within one to three business days. Please do not reply to this e-mail; this mailbox is not monitored. For questions about this payment, contact accounts.payable@halvorsen-bio.example and quote the payment number.

            SAP Business Network
        """),
        ex=Ex(
            paid="2026-12-15",
            ref="2000418877",
            amount="6912.00",
            currency="GBP",
            refs=("NE-2026-0387",),
            note="AP-system remittance advice with Auto-Submitted: auto-generated; its 'mailbox not monitored' footer does not make it wrong_contact",
        ),
    ),
    Reply(
        key="ps-en-paid",
        intent="payment_sent",
        lang="en",
        sender=("Niamh Kearney", "niamh@kearneyevents.example"),
        when="2026-12-14 17:02 +0000",
        client="iphone",
        inv="NE-2026-0402",
        owed="1480.00",
        body="Paid.",
        ex=Ex(note="one-word past-tense claim; no date given"),
    ),
    Reply(
        key="ps-en-rambling",
        intent="payment_sent",
        lang="en",
        sender=("Harriet Lowe", "harriet.lowebridal@gmail.com"),
        when="2026-12-21 22:47 +0000",
        client="gmail",
        inv="NE-2026-0419",
        owed="2340.00",
        cur="GBP",
        body=txt("""
            Hi there,

            So sorry, I've been a total ghost since the Hollis–Adeyemi wedding. Honestly it was the most stressful weekend of my year – the marquee heaters tripped twice on the Saturday and if your lad Tomasz hadn't been there with the spare distro board I think the bride's mother would actually have killed me. He was brilliant, please tell him. The uplighting on the barn beams got mentioned in about four of the speeches too, which never happens.

            Then it was straight into the Christmas party season, three of my own suppliers invoiced me late and my bookkeeper is off with her knee, so everything has been in a pile on the kitchen table. I found your email under a stack of seating plans this morning.

            It's done though – I did the bank transfer on Friday night from the business account, £2,340.00, reference HOLLIS WED. Should have landed by now, let me know if it hasn't.

            Oh, and can you pencil in the second weekend of June for me? The same couple's sister, don't ask. I'll send details in the new year.

            Harriet x
            Lowe House Bridal
        """),
        ex=Ex(
            paid="2026-12-18",
            ref="HOLLIS WED",
            amount="2340.00",
            currency="GBP",
            note="long reply with the payment buried in the third paragraph; 'Friday night' is the Friday before Mon 21 Dec; the June booking is secondary",
        ),
    ),
    Reply(
        key="ps-de-oracle",
        intent="payment_sent",
        lang="de",
        sender=("Kessler Chemie AG Kreditorenbuchhaltung", "ap-noreply@kessler-chemie.example"),
        when="2026-12-16 05:31 +0100",
        client="notice",
        inv="NE-2026-0455",
        owed="3118.50",
        subject="Zahlungsavis 7100039921 – Kessler Chemie AG",
        threaded=False,
        headers=(AUTO_GENERATED, ("X-Mailer", "Oracle Fusion Payables")),
        body=txt("""
            Zahlungsavis

            Zahlender: Kessler Chemie AG, Personalwesen / Veranstaltungen
            Empfänger: Nordlicht Events GmbH (Lieferantennr. 40018822)

            Zahlungsnummer:   7100039921
            Zahlungsdatum:    16.12.2026
            Zahlungsart:      SEPA-Überweisung
            Betrag:           3.118,50 EUR

            Ausgeglichene Belege:
            Rechnungsnr.      Rechnungsdatum    Betrag
            NE-2026-0455      30.10.2026        3.118,50 EUR

            Diese Nachricht wurde automatisch erstellt. Bei Rückfragen wenden Sie sich bitte unter Angabe der Zahlungsnummer an kreditoren@kessler-chemie.example.
        """),
        ex=Ex(
            paid="2026-12-16",
            ref="7100039921",
            amount="3118.50",
            currency="EUR",
            refs=("NE-2026-0455",),
            note="Oracle payment advice with Auto-Submitted: auto-generated; the address for questions is not a new contact",
        ),
    ),
    Reply(
        key="ps-de-rhetorical",
        intent="payment_sent",
        lang="de",
        sender=("Jörg Brandstätter", "j.brandstaetter@tagungshaus-elbblick.example"),
        when="2026-12-15 13:26 +0100",
        client="iphone",
        inv="NE-2026-0391",
        owed="4205.00",
        body=txt("""
            Das haben wir doch längst bezahlt?! Schauen Sie bitte erst mal auf Ihr Konto, bevor Sie Mahnungen verschicken. Die Überweisung ist am 2.12. raus, zusammen mit der Rechnung für den Aufbau in Leipzig.

            J. Brandstätter
        """),
        ex=Ex(
            paid="2026-12-02",
            note="rhetorical question carrying an assertion and a date: payment_sent; irritation alone is not a dispute",
        ),
    ),
    Reply(
        key="ps-fr-theatre",
        intent="payment_sent",
        lang="fr",
        sender=("Claire Dufresne", "c.dufresne@theatre-quai-stvincent.example"),
        when="2026-12-15 11:48 +0100",
        client="thunderbird",
        inv="NE-2026-0448",
        owed="5460.00",
        body=txt("""
            Bonjour,

            Je vous confirme que nous avons procédé ce jour au règlement de la facture NE-2026-0448 par virement, pour un montant de 5 460,00 €. Référence de l'opération : VIR-TQSV-151226.

            Le délai de réception est habituellement de 24 à 48 heures.

            Bien cordialement,

            --
            Claire Dufresne
            Administratrice
            Théâtre du Quai Saint-Vincent
        """),
        ex=Ex(
            paid="2026-12-15",
            ref="VIR-TQSV-151226",
            amount="5460.00",
            currency="EUR",
            refs=("NE-2026-0448",),
        ),
    ),
    Reply(
        key="ps-fr-noaccents",
        intent="payment_sent",
        lang="fr",
        sender=("Marc Verhaegen", "tresorier@festival-ardennes-asbl.example"),
        when="2027-01-05 08:12 +0100",
        client="samsung",
        inv="NE-2026-0463",
        owed="890.00",
        body=txt("""
            bonjour

            c est regle depuis hier, verifiez svp avant de relancer

            marc
        """),
        ex=Ex(
            paid="2027-01-04",
            note="no accents or apostrophes; 'réglé depuis hier' → the day before Tue 5 Jan",
        ),
    ),
    Reply(
        key="ps-es-mexico",
        intent="payment_sent",
        lang="es",
        sender=("Mariana Olvera Treviño", "mariana.olvera@congresosdelbajio.example"),
        when="2026-12-18 20:35 -0600",
        client="outlook_html",
        inv="NE-2026-0427",
        owed="7250.00",
        body=txt("""
            Buenas noches:

            Le informo que el día de hoy se realizó la transferencia internacional correspondiente a la factura NE-2026-0427 por un importe de 7.250,00 EUR. La referencia de la operación es 2026121800451 (SWIFT).

            Le agradeceré confirmar la recepción una vez que el pago se vea reflejado en su cuenta.

            Saludos cordiales,

            Mariana Olvera Treviño
            Coordinación de Finanzas
            Congresos del Bajío, S.C.
            León, Gto., México
        """),
        ex=Ex(
            paid="2026-12-18",
            ref="2026121800451",
            amount="7250.00",
            currency="EUR",
            refs=("NE-2026-0427",),
            note="'el día de hoy' is 18 Dec in León (UTC−6), although the Date is already 19 Dec in UTC",
        ),
    ),
    Reply(
        key="ps-es-receipt",
        intent="payment_sent",
        lang="es",
        sender=("Lucía Berenguer", "lucia@bodasconalma.example"),
        when="2026-12-22 10:40 +0100",
        client="iphone",
        inv="NE-2026-0436",
        owed="3190.00",
        cte="base64",
        attachment=("justificante_transferencia.pdf", FAKE_PDF),
        body=txt("""
            ¡Hola!

            Ayer os hicimos la transferencia de la boda de Sitges, os adjunto el justificante. Perdonad el retraso, con las fiestas vamos de cabeza.

            Un abrazo,
            Lucía
        """),
        ex=Ex(
            paid="2026-12-21",
            note="proof of transfer attached as a PDF; 'ayer' is the day before Tue 22 Dec",
        ),
    ),
    Reply(
        key="ps-nl-association",
        intent="payment_sent",
        lang="nl",
        sender=("Sanne de Wit", "s.dewit@branchefoodtech.example"),
        when="2026-12-16 14:05 +0100",
        client="outlook_html",
        inv="NE-2026-0429",
        owed="2865.00",
        charset="windows-1252",
        body=txt("""
            Goedemiddag,

            De betaling van € 2.865,00 voor factuur NE-2026-0429 is vandaag door onze bank verwerkt. U vindt ons kenmerk BVF-2026-1187 terug in de omschrijving.

            Excuses voor de vertraging; de factuur lag nog ter goedkeuring bij het bestuur.

            Met vriendelijke groet,

            Sanne de Wit
            Financiële administratie
            Branchevereniging FoodTech Nederland

            Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Heeft u dit bericht onterecht ontvangen, gebruik de inhoud dan niet en informeer de afzender.
        """),
        ex=Ex(
            paid="2026-12-16",
            ref="BVF-2026-1187",
            amount="2865.00",
            currency="EUR",
            refs=("NE-2026-0429",),
        ),
    ),
    Reply(
        key="ps-nl-belgian",
        intent="payment_sent",
        lang="nl",
        sender=("Pieter Claeys", "pieter@claeys-congresbureau.example"),
        when="2026-12-14 09:20 +0100",
        client="apple",
        inv="NE-2026-0441",
        owed="1760.00",
        attachment=("rekeninguittreksel_december.pdf", FAKE_PDF),
        body=txt("""
            Dag,

            Betaald op 11/12, zie bijgevoegd rekeninguittreksel. Het bedrag is vertrokken onder referentie CLY-2612-07.

            Groeten,
            Pieter
        """),
        ex=Ex(
            paid="2026-12-11",
            ref="CLY-2612-07",
            note="'11/12' is day/month, Belgian usage: 11 December",
        ),
    ),
    Reply(
        key="ps-it-university",
        intent="payment_sent",
        lang="it",
        sender=("Ufficio Ragioneria Università di Valdarno", "ragioneria@univaldarno.example"),
        when="2026-12-16 12:37 +0100",
        client="outlook",
        inv="NE-2026-0415",
        owed="1980.00",
        charset="iso-8859-1",
        body=txt("""
            Buongiorno,

            si comunica che in data 14/12/2026 è stato emesso il mandato di pagamento n. 4471 a saldo della fattura NE-2026-0415, per un importo di EUR 1.980,00.

            Il CRO del bonifico è 0306 9045 1122 4471.

            Distinti saluti

            Dott.ssa Francesca Morandi
            Ufficio Ragioneria - Area Contabilità
            Università degli Studi di Valdarno
        """),
        ex=Ex(
            paid="2026-12-14",
            ref="0306 9045 1122 4471",
            amount="1980.00",
            currency="EUR",
            refs=("NE-2026-0415",),
            note="'mandato di pagamento emesso' with a bank CRO: the university has paid; the CRO is the reference",
        ),
    ),
]

# --------------------------------------------------------------------------------------------
# promise_to_pay
# --------------------------------------------------------------------------------------------

PROMISE_TO_PAY: list[Reply] = [
    Reply(
        key="pr-en-checkrun",
        intent="promise_to_pay",
        lang="en",
        sender=("Denise Whitfield", "dwhitfield@bursar.lakemont.example"),
        when="2026-12-15 10:12 -0500",
        client="outlook_html",
        inv="NE-2026-0409",
        owed="9400.00",
        cur="USD",
        body=txt("""
            Good morning,

            Thank you for the reminder. Invoice NE-2026-0409 has been approved and will go out in Friday's check run. Please note that checks are mailed from our disbursement office and typically take 7–10 business days to arrive internationally.

            Best regards,

            Denise Whitfield
            Accounts Payable Specialist | Office of the Bursar
            Lakemont University

            CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited.
        """),
        ex=Ex(
            promised="2026-12-18",
            refs=("NE-2026-0409",),
            note="'has been approved' is past but the payment is future: Friday's check run → Fri 18 Dec",
        ),
    ),
    Reply(
        key="pr-en-scheduled",
        intent="promise_to_pay",
        lang="en",
        sender=("Tom Achterberg", "tom.achterberg@fieldhouseproductions.example"),
        when="2026-12-22 16:40 +0000",
        client="owa",
        inv="NE-2026-0422",
        owed="5120.00",
        cur="GBP",
        body=txt("""
            Hi,

            I've scheduled the transfer for 4 January – it's queued in the bank portal and gets released on the first working day after our Christmas shutdown, so you'll have the £5,120.00 on or shortly after that date.

            Cheers,
            Tom

            Tom Achterberg
            Line Producer | Fieldhouse Productions
        """),
        ex=Ex(
            promised="2027-01-04",
            amount="5120.00",
            currency="GBP",
            note="past-tense 'scheduled' and 'queued' describe a future-dated transfer",
        ),
    ),
    Reply(
        key="pr-en-ooo-subject",
        intent="promise_to_pay",
        lang="en",
        sender=("Rachel Osei", "rachel.osei@northgate-conferences.example"),
        when="2026-12-23 19:05 +0000",
        client="outlook_ios",
        inv="NE-2026-0432",
        owed="2780.00",
        cur="GBP",
        subject="Out of office till 4th Jan - Re: {subj}",
        body=txt("""
            Hi – technically on leave until the 4th but saw this on my phone. I'll approve it the morning I'm back and it'll go in that day's payment run.

            Rachel
        """),
        ex=Ex(
            promised="2027-01-04",
            note="a person typed the 'out of office' subject; no Auto-Submitted; she pays on the day she is back, Mon 4 Jan",
        ),
    ),
    Reply(
        key="pr-de-kw2",
        intent="promise_to_pay",
        lang="de",
        sender=("Sabine Kowalczyk", "s.kowalczyk@fachverband-messebau.example"),
        when="2026-12-21 09:41 +0100",
        client="outlook",
        inv="NE-2026-0444",
        owed="6340.00",
        charset="windows-1252",
        body=txt("""
            Guten Morgen,

            die Rechnung NE-2026-0444 ist sachlich und rechnerisch geprüft. Wegen des Jahreswechsels geht sie allerdings erst in den ersten Zahllauf im neuen Jahr, d. h. die Zahlung erfolgt in KW 2.

            Mit freundlichen Grüßen
            Sabine Kowalczyk
            Finanzbuchhaltung

            Fachverband Messe- und Ausstellungsbau e. V.
            Vereinsregister: Amtsgericht Köln VR 00000
        """),
        ex=Ex(
            promised="2027-01-11",
            refs=("NE-2026-0444",),
            note="'KW 2' is ISO week 2 of 2027 (11–17 Jan); like 'next week' it resolves to its Monday",
        ),
    ),
    Reply(
        key="pr-de-am15",
        intent="promise_to_pay",
        lang="de",
        sender=("Henrike Albers", "albers@kammerspiele-lueneburg.example"),
        when="2026-12-17 15:22 +0100",
        client="gmail",
        inv="NE-2026-0451",
        owed="7480.00",
        body=txt("""
            Guten Tag,

            Zahlungen über 5.000 € gibt bei uns der Intendant frei, und der ist bis nach den Feiertagen nicht im Haus. Wir überweisen dann am 15., das haben wir intern schon so vermerkt.

            Viele Grüße
            Henrike Albers
            Verwaltungsleitung
            Kammerspiele Lüneburg
        """),
        ex=Ex(
            promised="2027-01-15",
            note="'am 15.' written on 17 Dec: the 15th of December has passed, so 15 Jan",
        ),
    ),
    Reply(
        key="pr-fr-findemois",
        intent="promise_to_pay",
        lang="fr",
        sender=("Nathalie Roussel", "n.roussel@atlantique-congres.example"),
        when="2026-12-14 16:58 +0100",
        client="owa",
        inv="NE-2026-0405",
        owed="3875.00",
        body=txt("""
            Bonjour,

            Bien reçu. La facture est validée de notre côté, le règlement sera fait fin de mois avec nos autres fournisseurs.

            Cordialement,
            Nathalie Roussel
            Responsable administrative et financière
            Atlantique Congrès Organisation
        """),
        ex=Ex(promised="2026-12-31", note="'fin de mois' → last day of the message's month"),
    ),
    Reply(
        key="pr-fr-moved",
        intent="promise_to_pay",
        lang="fr",
        sender=("Julien Maréchal", "julien.marechal@ajcss-asso.example"),
        when="2026-12-16 10:03 +0100",
        client="gmail",
        inv="NE-2026-0411",
        owed="1320.00",
        body=txt("""
            Bonjour,

            Désolé pour le retard. Le virement était prévu pour le 20, mais notre trésorière l'a décalé au 28 à cause de la clôture des comptes de l'association. Il partira donc le 28.

            Bonne journée,
            Julien Maréchal
            Secrétaire général – Association des jeunes chercheurs en sciences sociales
        """),
        ex=Ex(
            promised="2026-12-28",
            note="'était prévu pour le 20' is the old plan; the transfer now leaves on the 28th",
        ),
    ),
    Reply(
        key="pr-es-conditional",
        intent="promise_to_pay",
        lang="es",
        sender=("Álvaro Montesinos", "alvaro@montesinos-eventos.example"),
        when="2026-12-18 13:15 +0100",
        client="outlook_android",
        inv="NE-2026-0425",
        owed="4560.00",
        body=txt("""
            Hola,

            Os pagamos a principios de enero, en cuanto el cliente final nos abone el evento de Valencia. Ya sé que vamos tarde, perdonad.

            Saludos,
            Álvaro
        """),
        ex=Ex(note="conditional promise; 'a principios de enero' cannot be pinned to a day"),
    ),
    Reply(
        key="pr-es-argentina",
        intent="promise_to_pay",
        lang="es",
        sender=("Florencia Ibarguren", "fibarguren@jornadasrioplatenses.example"),
        when="2026-12-16 18:50 -0300",
        client="gmail",
        inv="NE-2026-0438",
        owed="2950.00",
        body=txt("""
            Hola, ¿cómo están?

            Les pido disculpas por la demora, tuvimos un problema con el cambio de divisas. El viernes sin falta les transfiero el saldo completo.

            Saludos cordiales,
            Florencia Ibarguren
            Jornadas Rioplatenses de Tecnología
        """),
        ex=Ex(promised="2026-12-18", note="'el viernes' after Wed 16 Dec"),
    ),
    Reply(
        key="pr-nl-endnextweek",
        intent="promise_to_pay",
        lang="nl",
        sender=("Bram Hoekstra", "bram@hoekstra-evenementen.example"),
        when="2027-01-07 11:30 +0100",
        client="iphone",
        inv="NE-2026-0453",
        owed="1195.00",
        body=txt("""
            Hoi,

            Komt goed, ik maak het eind volgende week over. Moet eerst nog een paar facturen van december binnen hebben.

            Gr Bram
        """),
        ex=Ex(
            promised="2027-01-15",
            note="'eind volgende week' on Thu 7 Jan → Friday of the next week, 15 Jan",
        ),
    ),
    Reply(
        key="pr-it-execution-date",
        intent="promise_to_pay",
        lang="it",
        sender=("Giorgia Ferrante", "amministrazione@festivaldellaluce.example"),
        when="2026-12-22 12:10 +0100",
        client="outlook_html",
        inv="NE-2026-0434",
        owed="3640.00",
        body=txt("""
            Buongiorno,

            vi informo che abbiamo già inserito il bonifico nell'home banking con data di esecuzione 8 gennaio, per l'importo di € 3.640,00. La contabile vi arriverà in automatico il giorno stesso.

            Cordiali saluti
            Giorgia Ferrante
            Amministrazione – Festival della Luce
        """),
        ex=Ex(
            promised="2027-01-08",
            amount="3640.00",
            currency="EUR",
            note="the transfer is entered but carries a future execution date: a promise, not a payment sent",
        ),
    ),
    Reply(
        key="pr-it-nextweek",
        intent="promise_to_pay",
        lang="it",
        sender=("Marco Zanetti", "m.zanetti@teatrosociale-borgoverde.example"),
        when="2026-12-17 17:45 +0100",
        client="thunderbird",
        inv="NE-2026-0417",
        owed="2210.00",
        charset="iso-8859-1",
        cte="8bit",
        body=txt("""
            Buonasera,

            ci scusiamo per il ritardo, la fattura è passata in giunta solo ieri. Procederemo al pagamento la settimana prossima.

            Cordialmente,
            Marco Zanetti
            Ufficio Amministrativo
            Teatro Sociale di Borgoverde
        """),
        ex=Ex(promised="2026-12-21", note="'la settimana prossima' → Monday of next week"),
    ),
]

# --------------------------------------------------------------------------------------------
# dispute
# --------------------------------------------------------------------------------------------

DISPUTE: list[Reply] = [
    Reply(
        key="dp-en-notarrived",
        intent="dispute",
        lang="en",
        sender=("Graham Liddell", "g.liddell@scotconfpartners.example"),
        when="2026-12-14 11:32 +0000",
        client="outlook_html",
        inv="NE-2026-0461",
        owed="4350.00",
        cur="GBP",
        body=txt("""
            Hello,

            To be clear: we have NOT paid NE-2026-0461 and we will not be paying it. The lighting rig on that invoice never arrived for the 9 December gala dinner – your driver rang at 4pm to say the van had broken down outside Perth, and we had to hire a replacement rig locally at our own cost.

            I raised this with your project manager on the night. I'd expect a credit note, not a reminder.

            Regards,
            Graham Liddell
            Head of Events
            Scottish Conference Partners Ltd
        """),
        ex=Ex(
            refs=("NE-2026-0461",), note="negated payment with the reason: the goods never arrived"
        ),
    ),
    Reply(
        key="dp-en-duplicate",
        intent="dispute",
        lang="en",
        sender=("Priya Raman", "priya.raman@brightlane-group.example"),
        when="2026-12-17 14:09 +0000",
        client="inline",
        inv="NE-2026-0466",
        owed="2640.00",
        cur="GBP",
        inline=(
            (
                1,
                "This is a duplicate. NE-2026-0398 covered exactly the same thing – the 12 November leadership offsite, same six crew, same hours – and we paid that one on 27 November.",
            ),
            (2, "Please cancel NE-2026-0466 and confirm."),
        ),
        body=txt("""
            Priya Raman
            People & Culture Operations
            Brightlane Group
        """),
        ex=Ex(
            refs=("NE-2026-0398", "NE-2026-0466"),
            note="inline reply; duplicate billing; the payment mentioned is of the earlier invoice",
        ),
    ),
    Reply(
        key="dp-en-hours",
        intent="dispute",
        lang="en",
        sender=("Kevin Marsh", "kevin.marsh@corvantis.example"),
        when="2026-12-18 09:55 -0600",
        client="outlook_html",
        inv="NE-2026-0470",
        owed="11760.00",
        cur="USD",
        body=txt("""
            Hi,

            We can't approve this one as billed. NE-2026-0470 charges 14 stagehands x 10 hours for the Dallas sales kickoff load-in. Our sign-in sheets (attached to the original PO) show 11 crew, and they were released after 8 hours.

            Please correct the invoice and reissue. We'll process the corrected amount on normal terms.

            Thanks,
            Kevin Marsh
            Manager, Corporate Events – Human Resources
            Corvantis Inc.

            This message and any attachments are intended only for the addressee and may contain information that is confidential or privileged. If you are not the intended recipient, please notify the sender and delete this message.
        """),
        ex=Ex(
            refs=("NE-2026-0470",),
            note="wrong quantity and hours; the reissue request and the conditional payment are secondary",
        ),
    ),
    Reply(
        key="dp-de-notourpo",
        intent="dispute",
        lang="de",
        sender=("Thomas Reinhardt", "t.reinhardt@bildungswerk-nordheide.example"),
        when="2026-12-15 10:44 +0100",
        client="outlook_html",
        inv="NE-2026-0458",
        owed="5890.00",
        charset="windows-1252",
        body=txt("""
            Sehr geehrte Damen und Herren,

            die auf der Rechnung NE-2026-0458 angegebene Bestellnummer 4500-77812 stammt nicht von uns. Wir haben bei Ihnen zu keinem Zeitpunkt Streaming-Technik für eine Hybridveranstaltung beauftragt; unsere letzte Bestellung bei Nordlicht Events war die Tontechnik für das Sommerfest im Juni, und die ist bezahlt.

            Bitte prüfen Sie, ob die Rechnung einem anderen Kunden zuzuordnen ist. Bis dahin werden wir sie nicht begleichen.

            Mit freundlichen Grüßen
            Thomas Reinhardt
            Einkauf

            Bildungswerk Nordheide gGmbH · Geschäftsführerin: Dr. Ines Hollmann · HRB 000000 Amtsgericht Lüneburg
        """),
        ex=Ex(refs=("NE-2026-0458",), note="not our PO; the paid order mentioned is an older one"),
    ),
    Reply(
        key="dp-de-credited",
        intent="dispute",
        lang="de",
        sender=("Katrin Vogelsang", "buchhaltung@vogelsang-hochzeiten.example"),
        when="2026-12-28 13:17 +0100",
        client="apple",
        inv="NE-2026-0420",
        owed="2980.00",
        body=txt("""
            Hallo,

            die Rechnung NE-2026-0420 ist doch storniert worden? Sie haben uns am 27.11. eine Gutschrift über den vollen Betrag geschickt (GS-2026-0044), nachdem die Hochzeit in Travemünde abgesagt wurde. Die Gutschrift ist bei uns verbucht, damit ist die Rechnung ausgeglichen.

            Bitte korrigieren Sie das bei sich im Debitorenkonto.

            Katrin Vogelsang
            Vogelsang Hochzeitsplanung
        """),
        ex=Ex(
            refs=("NE-2026-0420",),
            note="already credited; the opening question is rhetorical",
        ),
    ),
    Reply(
        key="dp-fr-noshow",
        intent="dispute",
        lang="fr",
        sender=("Hélène Garnier", "h.garnier@scenenationale-vercors.example"),
        when="2026-12-16 18:21 +0100",
        client="outlook",
        inv="NE-2026-0446",
        owed="1650.00",
        charset="windows-1252",
        body=txt("""
            Bonjour,

            Nous contestons la facture NE-2026-0446. La prestation de régie vidéo prévue le 5 décembre n'a pas été réalisée : le technicien ne s'est jamais présenté et nous avons dû jouer la représentation sans projection. Nous n'avons reçu aucune explication depuis.

            Nous ne réglerons pas cette facture en l'état. Merci de nous adresser un avoir ou de nous rappeler pour en discuter.

            Hélène Garnier
            Directrice technique
            Scène nationale du Vercors
        """),
        ex=Ex(refs=("NE-2026-0446",), note="service not performed"),
    ),
    Reply(
        key="dp-es-price",
        intent="dispute",
        lang="es",
        sender=("Raúl Castaño", "raul.castano@feriadelvino-rioja.example"),
        when="2026-12-15 12:30 +0100",
        client="gmail",
        inv="NE-2026-0431",
        owed="7804.50",
        body=txt("""
            Buenos días:

            Hemos revisado la factura NE-2026-0431 y el precio no corresponde con lo pactado. En el presupuesto aceptado (ref. P-2026-118) se acordaron 1.850 € por jornada de montaje y nos facturan 2.150 €. Son tres jornadas, así que la diferencia es de 900 € más IVA.

            Quedamos a la espera de una factura rectificativa para proceder al pago.

            Un saludo,
            Raúl Castaño
            Dirección de Producción – Feria del Vino de La Rioja
        """),
        ex=Ex(
            refs=("NE-2026-0431",),
            note="price differs from the accepted quote; payment only after a corrected invoice",
        ),
    ),
    Reply(
        key="dp-es-mixed",
        intent="dispute",
        lang="es",
        sender=("Carmen Ledesma", "contabilidad@grupoledesma-eventos.example"),
        when="2026-12-21 09:05 +0100",
        client="outlook_html",
        inv="NE-2026-0447",
        owed="2420.00",
        charset="windows-1252",
        body=txt("""
            Buenos días:

            La factura NE-2026-0433 ya la pagamos el 10/12 por transferencia. La que no vamos a pagar es la NE-2026-0447: el montaje del congreso de Málaga se canceló con más de 72 horas de antelación y, según la cláusula 7 del contrato, no procede ningún cargo.

            Les ruego que anulen la NE-2026-0447 y nos envíen el abono correspondiente.

            Atentamente,

            Carmen Ledesma
            Departamento de Contabilidad
            Grupo Ledesma Eventos, S.L.
        """),
        ex=Ex(
            refs=("NE-2026-0433", "NE-2026-0447"),
            note="one invoice paid, the reminded one contested: dispute wins for the contested part",
        ),
    ),
    Reply(
        key="dp-nl-damaged",
        intent="dispute",
        lang="nl",
        sender=("Joost van Dam", "joost.vandam@evenementenhal-ijsseldelta.example"),
        when="2026-12-17 16:02 +0100",
        client="owa",
        inv="NE-2026-0452",
        owed="8470.00",
        body=txt("""
            Goedemiddag,

            Wij betalen factuur NE-2026-0452 pas als de schade is afgehandeld. Twee van de zes ledschermen kwamen met gebarsten panelen aan en konden tijdens de beurs niet gebruikt worden; dat staat op de afleverbon en is op 3 december met foto's naar jullie projectleider gemaild.

            Graag een creditnota voor de twee schermen, dan betalen we de rest direct.

            Met vriendelijke groet,
            Joost van Dam
            Operationeel manager
            Evenementenhal IJsseldelta
        """),
        ex=Ex(
            refs=("NE-2026-0452",),
            note="damaged goods; paying the rest depends on a credit note",
        ),
    ),
    Reply(
        key="dp-nl-quantity",
        intent="dispute",
        lang="nl",
        sender=("Fenna Bosma", "penningmeester@dispuut-aurora.example"),
        when="2027-01-11 21:14 +0100",
        client="samsung",
        inv="NE-2026-0464",
        owed="2315.00",
        body=txt("""
            hoi,

            er klopt iets niet met deze factuur. er staan 40 draadloze microfoons op maar we hebben er 24 gehuurd voor het gala, zie de offerte. en de technicus stond er 6 uur ipv 9. graag een nieuwe factuur met de goede aantallen

            groetjes Fenna
            penningmeester Dispuut Aurora
        """),
        ex=Ex(note="wrong quantities; the request for a new invoice is part of the dispute"),
    ),
    Reply(
        key="dp-it-vat",
        intent="dispute",
        lang="it",
        sender=("Stefano Bellini", "s.bellini@convegnimedicitorino.example"),
        when="2026-12-15 09:38 +0100",
        client="outlook_html",
        inv="NE-2026-0424",
        owed="6545.00",
        cte="base64",
        body=txt("""
            Buongiorno,

            la fattura NE-2026-0424 non è corretta: riporta l'IVA tedesca al 19%, ma trattandosi di una prestazione di servizi tra soggetti passivi UE deve essere emessa in regime di inversione contabile, senza IVA. La nostra partita IVA è IT00000000000.

            Non possiamo registrarla né pagarla in questa forma. Vi chiediamo di annullarla ed emettere una nuova fattura corretta.

            Cordiali saluti
            Stefano Bellini
            Amministrazione e Finanza
            Convegni Medici Torino S.r.l.
        """),
        ex=Ex(
            refs=("NE-2026-0424",),
            note="contests the amount (VAT charged that should not be): dispute, not a mere reissue request",
        ),
    ),
    Reply(
        key="dp-it-late",
        intent="dispute",
        lang="it",
        sender=("Valentina Orsini", "valentina@orsiniwedding.example"),
        when="2026-12-19 23:12 +0100",
        client="iphone",
        inv="NE-2026-0440",
        owed="2150.00",
        body=txt("""
            Scusate ma siete seri? Il service audio al matrimonio Colombo-Ferri è arrivato con TRE ore di ritardo, gli sposi hanno fatto il primo ballo con la musica dal telefono del testimone. E adesso mi mandate pure il sollecito.

            Finché non mi proponete uno sconto decente questa fattura non la pago.

            Valentina
        """),
        ex=Ex(
            note="late service; the discount asked for is compensation, not hardship: dispute, not payment_plan",
        ),
    ),
]

# --------------------------------------------------------------------------------------------
# payment_plan
# --------------------------------------------------------------------------------------------

PAYMENT_PLAN: list[Reply] = [
    Reply(
        key="pp-en-hardship",
        intent="payment_plan",
        lang="en",
        sender=("Becky Tranter", "becky.tranter.weddings@gmail.com"),
        when="2026-12-16 20:30 +0000",
        client="gmail",
        inv="NE-2026-0421",
        owed="2360.00",
        cur="GBP",
        body=txt("""
            Hi,

            I'm really sorry this has gone overdue. I've had two couples cancel on me since October and one of them is refusing to pay the cancellation fee, so cash is very tight right now. I'm not trying to dodge it.

            Would you accept £500 a month until it's cleared? I can set up a standing order for the 1st of each month starting in January.

            Thanks for understanding,
            Becky
            Becky Tranter Weddings
        """),
        ex=Ex(note="hardship and monthly instalments; plan dates and amounts are not labelled"),
    ),
    Reply(
        key="pp-en-extension",
        intent="payment_plan",
        lang="en",
        sender=("Dr Alan Pryce", "a.pryce@wessex-uni.example"),
        when="2027-01-06 12:20 +0000",
        client="outlook",
        inv="NE-2026-0403",
        owed="12480.00",
        cur="GBP",
        body=txt("""
            Dear colleagues,

            I am writing about invoice NE-2026-0403 for the Winter Research Symposium. Our departmental budget has been frozen pending the mid-year reallocation, which will not be confirmed until 19 February.

            Would you be able to extend the payment terms to 28 February? I appreciate this is some way beyond the original due date and would be grateful for your flexibility.

            Kind regards,

            Dr Alan Pryce
            Finance Business Partner, Faculty of Science
            University of Wessex
        """),
        ex=Ex(
            refs=("NE-2026-0403",),
            note="asks for more time; the date asked for is a request, not a promise, so promised_date stays null",
        ),
    ),
    Reply(
        key="pp-en-settlement",
        intent="payment_plan",
        lang="en",
        sender=("Marcus Hale", "marcus@halehouse-events.example"),
        when="2026-12-29 10:14 +0000",
        client="owa",
        inv="NE-2026-0437",
        owed="3840.00",
        cur="GBP",
        body=txt("""
            Morning,

            Bit of a blunt question, but would you accept £3,000 in full and final settlement of the £3,840 outstanding? We had a rough autumn – two corporate clients went into administration owing us money – and I'd rather pay you a lump sum now than drag this out into spring.

            If that works I can pay the £3,000 within a week of your written confirmation.

            Marcus Hale
            Director, Hale House Events
        """),
        ex=Ex(note="reduced settlement offered out of hardship; any payment depends on acceptance"),
    ),
    Reply(
        key="pp-de-raten",
        intent="payment_plan",
        lang="de",
        sender=("Andreas Kühn", "kasse@kulturverein-elmshorn.example"),
        when="2026-12-18 19:40 +0100",
        client="thunderbird",
        inv="NE-2026-0413",
        owed="2715.00",
        charset="iso-8859-1",
        cte="8bit",
        body=txt("""
            Guten Abend,

            unser Verein hat nach dem verregneten Stadtfest leider ein Loch in der Kasse. Wäre es möglich, die Rechnung in drei Monatsraten zu begleichen, jeweils zum Monatsanfang ab Januar? Den Betrag würden wir gleichmäßig aufteilen.

            Für eine kurze Bestätigung wäre ich dankbar.

            Mit freundlichen Grüßen
            Andreas Kühn
            Kassenwart
            Kulturverein Elmshorn e. V.
        """),
        ex=Ex(),
    ),
    Reply(
        key="pp-de-stundung",
        intent="payment_plan",
        lang="de",
        sender=("Mareike Jansen", "verwaltung@theater-am-deich.example"),
        when="2027-01-12 10:05 +0100",
        client="outlook_html",
        inv="NE-2026-0459",
        owed="4120.00",
        charset="windows-1252",
        body=txt("""
            Sehr geehrte Damen und Herren,

            aufgrund einer verspäteten Auszahlung unserer Landesförderung bitten wir um Stundung der Rechnung NE-2026-0459 bis Ende Februar. Der Zuwendungsbescheid liegt vor, die Mittel werden laut Ministerium aber erst im Februar überwiesen.

            Eine Kopie des Bescheids senden wir Ihnen gern zu.

            Mit freundlichen Grüßen
            Mareike Jansen
            Kaufmännische Verwaltung
            Theater am Deich gGmbH
        """),
        ex=Ex(
            refs=("NE-2026-0459",),
            note="'Stundung' asks for more time; the requested date is not a promise",
        ),
    ),
    Reply(
        key="pp-fr-troisfois",
        intent="payment_plan",
        lang="fr",
        sender=("Sophie Lemaire", "sophie@lemaire-mariages.example"),
        when="2026-12-15 21:02 +0100",
        client="iphone",
        inv="NE-2026-0416",
        owed="3300.00",
        body=txt("""
            Bonsoir,

            Serait-il possible d'échelonner le paiement en trois fois ? Décembre est toujours un mois compliqué pour nous, la plupart des mariages étant réglés au printemps. Je peux faire un premier virement le 5 janvier, puis le 5 février et le 5 mars.

            Merci d'avance,
            Sophie Lemaire
        """),
        ex=Ex(note="three instalments with dates; plan dates are not labelled"),
    ),
    Reply(
        key="pp-fr-half",
        intent="payment_plan",
        lang="fr",
        sender=("Bertrand Ohayon", "tresorerie@ligue-escrime-idf.example"),
        when="2027-01-08 14:30 +0100",
        client="gmail",
        inv="NE-2026-0462",
        owed="1840.00",
        body=txt("""
            Bonjour,

            Nous rencontrons actuellement un problème de trésorerie lié au retard de versement d'une subvention régionale. Nous vous proposons de régler la moitié de la facture NE-2026-0462 dès la semaine prochaine et le solde fin février.

            Pouvez-vous nous confirmer votre accord ?

            Bien à vous,
            Bertrand Ohayon
            Trésorier – Ligue francilienne d'escrime
        """),
        ex=Ex(
            refs=("NE-2026-0462",),
            note="half next week, the balance at the end of February: a plan, not a promise",
        ),
    ),
    Reply(
        key="pp-es-plazos",
        intent="payment_plan",
        lang="es",
        sender=("Inés Calvo", "tesoreria@eventos-sostenibles.example"),
        when="2026-12-30 11:11 +0100",
        client="outlook_ios",
        inv="NE-2026-0445",
        owed="2070.00",
        body=txt("""
            Hola:

            ¿Podríamos fraccionar el pago en dos plazos? La mitad a mediados de enero y la otra mitad a mediados de febrero. Este año hemos cerrado con menos socios de los previstos y andamos justos de tesorería.

            Gracias de antemano,
            Inés Calvo
            Tesorera
            Asociación Española de Eventos Sostenibles
        """),
        ex=Ex(),
    ),
    Reply(
        key="pp-nl-inline",
        intent="payment_plan",
        lang="nl",
        sender=("Ruud Verbeek", "r.verbeek@poppodiumdewerf.example"),
        when="2026-12-22 15:40 +0100",
        client="inline",
        inv="NE-2026-0430",
        owed="5600.00",
        inline=(
            (
                1,
                "Klopt, die staat nog open. Het bedrag is voor ons nu in één keer te veel; de subsidie voor 2027 komt pas in maart binnen.",
            ),
            (
                2,
                "Kunnen we een betalingsregeling afspreken van vier maandelijkse termijnen, de eerste eind januari?",
            ),
        ),
        body=txt("""
            Met vriendelijke groet,
            Ruud Verbeek
            zakelijk leider Poppodium De Werf
        """),
        ex=Ex(note="inline reply; four monthly instalments asked for"),
    ),
    Reply(
        key="pp-nl-uitstel",
        intent="payment_plan",
        lang="nl",
        sender=("Ilse Mertens", "ilse.mertens@kunstenfestival-leie.example"),
        when="2026-12-17 09:25 +0100",
        client="outlook_html",
        inv="NE-2026-0426",
        owed="3950.00",
        charset="windows-1252",
        body=txt("""
            Beste,

            Zouden jullie ons uitstel van betaling kunnen geven tot eind januari? De tweede schijf van onze projectsubsidie wordt pas dan gestort. We willen de factuur graag correct betalen, maar hebben nu de middelen niet.

            Alvast bedankt,

            Ilse Mertens
            Coördinator financiën
            Kunstenfestival Leie vzw
        """),
        ex=Ex(
            note="asks for more time until the end of January; a request, so promised_date stays null"
        ),
    ),
    Reply(
        key="pp-it-rate",
        intent="payment_plan",
        lang="it",
        sender=("Luca Pellegrini", "luca@pellegrinieventi.example"),
        when="2027-01-13 16:16 +0100",
        client="gmail",
        inv="NE-2026-0412",
        owed="4480.00",
        body=txt("""
            Buonasera,

            vi scrivo per chiedervi se è possibile rateizzare l'importo in quattro rate mensili, a partire da fine gennaio. Il 2026 si è chiuso peggio del previsto e preferisco concordare un piano che posso rispettare piuttosto che promettervi una data che poi salta.

            Resto in attesa di un vostro riscontro.

            Luca Pellegrini
            Pellegrini Eventi
        """),
        ex=Ex(),
    ),
    Reply(
        key="pp-it-proroga",
        intent="payment_plan",
        lang="it",
        sender=("Anna Lisa Caputo", "segreteria@musicale-aurunca.example"),
        when="2026-12-14 12:50 +0100",
        client="outlook",
        inv="NE-2026-0406",
        owed="1560.00",
        charset="iso-8859-1",
        body=txt("""
            Gentili signori,

            la nostra associazione sta attraversando un periodo di difficoltà economica: il contributo comunale per la stagione concertistica non è ancora stato erogato. Vi chiediamo cortesemente una proroga di 60 giorni per il pagamento della fattura NE-2026-0406.

            Ringraziando per la comprensione, porgiamo cordiali saluti.

            Anna Lisa Caputo
            Segreteria amministrativa
            Associazione Musicale Aurunca
        """),
        ex=Ex(refs=("NE-2026-0406",), note="hardship and a 60-day extension asked for"),
    ),
]

# --------------------------------------------------------------------------------------------
# invoice_request
# --------------------------------------------------------------------------------------------

INVOICE_REQUEST: list[Reply] = [
    Reply(
        key="ir-en-neverreceived",
        intent="invoice_request",
        lang="en",
        sender=("Sophie Allardyce", "events@allardyce-associates.example"),
        when="2026-12-14 10:26 +0000",
        client="gmail",
        inv="NE-2026-0401",
        owed="1875.00",
        cur="GBP",
        body=txt("""
            Hi,

            We've never actually received this invoice – there's nothing in our inbox or our AP system under Nordlicht. Could you resend it as a PDF? Happy to get it processed once we have it.

            Thanks,
            Sophie
        """),
        ex=Ex(
            note="never received, nothing contested; 'once we have it' is conditional and undated",
        ),
    ),
    Reply(
        key="ir-en-w8",
        intent="invoice_request",
        lang="en",
        sender=("Jennifer Okoye", "accountspayable@meridianhealthsystems.example"),
        when="2026-12-16 13:48 -0500",
        client="outlook_html",
        inv="NE-2026-0435",
        owed="14250.00",
        cur="USD",
        body=txt("""
            Hello,

            Thank you for your email. Before we can release payment to a foreign vendor, our AP system requires a completed IRS Form W-8BEN-E and a banking details form on company letterhead. We do not have either on file for Nordlicht Events GmbH.

            Please return both to this mailbox and reference invoice NE-2026-0435. Once your vendor record is updated, the invoice will be paid in our next scheduled run.

            Regards,
            Jennifer Okoye
            Accounts Payable | Meridian Health Systems
        """),
        ex=Ex(refs=("NE-2026-0435",), note="tax form and bank letter needed before payment"),
    ),
    Reply(
        key="ir-en-po",
        intent="invoice_request",
        lang="en",
        sender=("Liam Donnelly", "liam.donnelly@kestrelfinancial.example"),
        when="2027-01-05 09:02 +0000",
        client="owa",
        inv="NE-2026-0456",
        owed="2980.00",
        cur="GBP",
        body=txt("""
            Hi,

            Our AP team rejected NE-2026-0456 because there's no purchase order number on it. Please reissue it quoting PO 4500918273 and send it back to this address – no change to the amount.

            As soon as the corrected copy is in, it'll be paid within our 30-day terms.

            Kind regards,
            Liam Donnelly
            Office Manager – Kestrel Financial Ltd
        """),
        ex=Ex(
            refs=("NE-2026-0456",),
            note="reissue with a PO number, amount not contested; the conditional payment has no date",
        ),
    ),
    Reply(
        key="ir-de-bank",
        intent="invoice_request",
        lang="de",
        sender=("Ulrike Stein", "u.stein@messeverband-sued.example"),
        when="2026-12-22 11:15 +0100",
        client="outlook_html_only",
        inv="NE-2026-0450",
        owed="3680.00",
        charset="windows-1252",
        body=txt("""
            Sehr geehrte Damen und Herren,

            bevor wir die Zahlung freigeben können, benötigen wir Ihre Bankverbindung schriftlich auf Ihrem Firmenbriefbogen mit Unterschrift. Unsere Compliance-Richtlinie schreibt das seit Kurzem für alle Lieferanten vor, auch für bestehende.

            Bitte senden Sie das Schreiben an kreditoren@messeverband-sued.example.

            Mit freundlichen Grüßen
            Ulrike Stein
            Kreditorenbuchhaltung
            Messeverband Süd e. V.
        """),
        ex=Ex(
            note="bank details on letterhead needed before payment; the address is where to send the letter, not a new contact; HTML-only",
        ),
    ),
    Reply(
        key="ir-fr-chorus",
        intent="invoice_request",
        lang="fr",
        sender=("Amandine Perrot", "amandine.perrot@univ-garonne.example"),
        when="2026-12-15 14:40 +0100",
        client="thunderbird",
        inv="NE-2026-0418",
        owed="4990.00",
        body=txt("""
            Bonjour,

            Nous ne trouvons pas la facture NE-2026-0418 dans Chorus Pro. En tant qu'établissement public, nous ne pouvons la mettre en paiement que si elle y est déposée, avec notre numéro d'engagement juridique 2100456789 et le code service FIN-EVT.

            Pourriez-vous la déposer sur la plateforme ? Le délai de paiement court à compter de la date de dépôt.

            Cordialement,

            --
            Amandine Perrot
            Service facturier – Direction des affaires financières
            Université Garonne
        """),
        ex=Ex(
            refs=("NE-2026-0418",),
            note="the invoice must be deposited on the public-sector portal before payment",
        ),
    ),
    Reply(
        key="ir-fr-releve",
        intent="invoice_request",
        lang="fr",
        sender=("Olivier Dassonville", "o.dassonville@cabinet-dassonville.example"),
        when="2026-12-18 17:25 +0100",
        client="inline",
        inv="NE-2026-0407",
        owed="2640.00",
        charset="iso-8859-1",
        cte="8bit",
        reminder_to=("Lumière & Cie", "compta@lumiere-et-cie.example"),
        inline=(
            (
                1,
                "Nous tenons la comptabilité de la SAS Lumière & Cie, pour qui vous avez facturé plusieurs prestations cette année, et nous n'arrivons pas à rapprocher cette facture. Pourriez-vous nous adresser un relevé de compte complet depuis janvier, avec les règlements reçus ?",
            ),
        ),
        body=txt("""
            Cordialement,

            Olivier Dassonville
            Expert-comptable
            Cabinet Dassonville
        """),
        ex=Ex(
            note="inline reply from the customer's accountant, who received the reminder forwarded; a statement of account is a request for documents",
        ),
    ),
    Reply(
        key="ir-es-cif",
        intent="invoice_request",
        lang="es",
        sender=("Marta Quiroga", "administracion@quirogaproducciones.example"),
        when="2026-12-17 10:50 +0100",
        client="outlook",
        inv="NE-2026-0428",
        owed="5380.00",
        charset="windows-1252",
        body=txt("""
            Buenos días:

            Antes de poder pagarla necesitamos que nos reenvíen la factura con nuestros datos fiscales correctos. Figura la razón social antigua y el CIF B00000000, que ya no es válido desde la fusión; el correcto es B11111111, Quiroga Producciones Audiovisuales, S.L.

            El importe está bien, solo hay que cambiar los datos del cliente.

            Un saludo,
            Marta Quiroga
            Administración
        """),
        ex=Ex(note="reissue with corrected tax data, amount not contested"),
    ),
    Reply(
        key="ir-es-resend",
        intent="invoice_request",
        lang="es",
        sender=("Diego", "diegofdez.bodas@gmail.com"),
        when="2027-01-04 13:37 +0100",
        client="samsung",
        inv="NE-2026-0460",
        owed="1240.00",
        body=txt("""
            Hola buenas, no me ha llegado ninguna factura, me la podeis reenviar? Y de paso el numero de cuenta que no lo encuentro

            Gracias
        """),
        ex=Ex(note="no accents or opening question mark; invoice copy and bank details requested"),
    ),
    Reply(
        key="ir-nl-spec",
        intent="invoice_request",
        lang="nl",
        sender=("Marloes Kuipers", "crediteuren@zorggroep-veluwe.example"),
        when="2026-12-15 09:12 +0100",
        client="outlook_html",
        inv="NE-2026-0423",
        owed="6720.00",
        body=txt("""
            Goedemorgen,

            Voor de interne goedkeuring hebben wij een kopie van factuur NE-2026-0423 nodig, inclusief een urenspecificatie per medewerker. Onze budgethouder keurt facturen voor de inhuur van personeel zonder specificatie niet goed.

            Kunt u deze naar ons toesturen?

            Met vriendelijke groet,
            Marloes Kuipers
            Crediteurenadministratie | Zorggroep Veluwe
        """),
        ex=Ex(refs=("NE-2026-0423",)),
    ),
    Reply(
        key="ir-nl-peppol",
        intent="invoice_request",
        lang="nl",
        sender=("K. Smulders", "k.smulders@zuiderwaard-gemeente.example"),
        when="2027-01-12 14:02 +0100",
        client="owa",
        inv="NE-2026-0467",
        owed="2190.00",
        body=txt("""
            Geachte heer, mevrouw,

            Als gemeente kunnen wij sinds 1 januari alleen nog e-facturen verwerken. Wilt u factuur NE-2026-0467 opnieuw indienen als UBL-bestand via het Peppol-netwerk? Ons Peppol-ID staat op onze website. Pdf-facturen per e-mail worden niet meer ingeboekt.

            Met vriendelijke groet,

            K. Smulders
            Team Financiële Administratie
            Gemeente Zuiderwaard
        """),
        ex=Ex(refs=("NE-2026-0467",), note="e-invoice resubmission needed before payment"),
    ),
    Reply(
        key="ir-it-sdi",
        intent="invoice_request",
        lang="it",
        sender=("Roberta Lanzi", "ragioneria@comune-valfonda.example"),
        when="2026-12-21 10:30 +0100",
        client="outlook_html",
        inv="NE-2026-0439",
        owed="2860.00",
        body=txt("""
            Buongiorno,

            la fattura in oggetto non può essere liquidata perché ci è pervenuta solo in formato PDF via e-mail. Come ente pubblico possiamo accettare esclusivamente fatture elettroniche trasmesse tramite il Sistema di Interscambio, con il nostro codice univoco ufficio UF7K2P e l'indicazione del CIG Z2A3B4C5D6.

            Vi preghiamo di riemetterla con queste modalità.

            Cordiali saluti
            Roberta Lanzi
            Servizio Ragioneria – Comune di Valfonda
        """),
        ex=Ex(
            note="an electronic invoice through the public exchange system is needed before payment"
        ),
    ),
    Reply(
        key="ir-it-estratto",
        intent="invoice_request",
        lang="it",
        sender=("Paolo Greco", "p.greco@grecoallestimenti.example"),
        when="2027-01-14 11:47 +0100",
        client="iphone",
        inv="NE-2026-0443",
        owed="3120.00",
        body=txt("""
            Buongiorno, mi mandate un estratto conto aggiornato? Vorrei capire quali fatture risultano ancora aperte prima di fare il bonifico.

            Grazie
            Paolo Greco
        """),
        ex=Ex(note="statement of account requested before paying; no date"),
    ),
]

# --------------------------------------------------------------------------------------------
# wrong_contact
# --------------------------------------------------------------------------------------------

WRONG_CONTACT: list[Reply] = [
    Reply(
        key="wc-en-coordinator",
        intent="wrong_contact",
        lang="en",
        sender=("Chloe Barrington", "chloe.barrington@brightwater-conferences.example"),
        when="2026-12-15 08:47 +0000",
        client="outlook_html",
        inv="NE-2026-0404",
        owed="3460.00",
        cur="GBP",
        headers=(("Cc", "Accounts Payable <AP@Brightwater-Conferences.example>"),),
        body=txt("""
            Hi,

            I'm the events coordinator – I book the crew but I don't deal with payments at all. Invoices and reminders need to go to our accounts payable team at AP@Brightwater-Conferences.example (copied in), who'll be able to help.

            Best,
            Chloe
        """),
        ex=Ex(
            contact="ap@brightwater-conferences.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
    ),
    Reply(
        key="wc-en-unmonitored",
        intent="wrong_contact",
        lang="en",
        sender=("Harrowgate College Finance", "finance@harrowgatecollege.example"),
        when="2026-12-17 08:05 +0000",
        client="notice",
        inv="NE-2026-0414",
        owed="2085.00",
        cur="GBP",
        subject="Automatic reply: {subj}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=txt("""
            This mailbox is no longer monitored and messages sent to it are not read.

            Supplier invoices, statements and payment queries should now be sent to purchase.ledger@harrowgatecollege.example. For anything else, please use the contact form on our website.

            Harrowgate College Finance Office
        """),
        ex=Ex(
            contact="purchase.ledger@harrowgatecollege.example",
            note="automatic 'mailbox no longer monitored' notice naming a new address: wrong_contact, as in holdout2",
        ),
    ),
    Reply(
        key="wc-en-wrongdan",
        intent="wrong_contact",
        lang="en",
        sender=("Dan Fry", "dan@fryrecording.example"),
        when="2027-01-04 15:31 +0000",
        client="iphone",
        inv="NE-2026-0457",
        owed="1690.00",
        cur="GBP",
        body=txt("""
            Hi – I think you've got the wrong Dan Fry. I run a small recording studio in Bristol and have never booked anything with Nordlicht Events. Someone must have put the wrong address on your system. No idea who the right person is, sorry.

            Dan
        """),
        ex=Ex(note="wrong recipient altogether, no new address"),
    ),
    Reply(
        key="wc-de-colleague",
        intent="wrong_contact",
        lang="de",
        sender=("Martin Oberholzer", "m.oberholzer@kongresszentrum-allgaeu.example"),
        when="2026-12-16 12:02 +0100",
        client="outlook",
        inv="NE-2026-0410",
        owed="4870.00",
        charset="windows-1252",
        body=txt("""
            Guten Tag,

            ich bin seit 1. Dezember nicht mehr für die Buchhaltung zuständig, sondern leite jetzt die Veranstaltungsplanung. Bitte wenden Sie sich künftig an meine Kollegin Petra Lindqvist (p.lindqvist@kongresszentrum-allgaeu.example), sie hat die Kreditoren übernommen.

            Freundliche Grüße
            Martin Oberholzer
            Kongresszentrum Allgäu GmbH
        """),
        ex=Ex(contact="p.lindqvist@kongresszentrum-allgaeu.example"),
    ),
    Reply(
        key="wc-de-pa",
        intent="wrong_contact",
        lang="de",
        sender=("Yvonne Claßen", "assistenz.vorstand@rheinwerk-versicherung.example"),
        when="2027-01-08 10:18 +0100",
        client="owa",
        inv="NE-2026-0465",
        owed="9150.00",
        body=txt("""
            Guten Morgen,

            diese Adresse gehört zum Vorstandssekretariat, hier werden keine Rechnungen bearbeitet. Ich habe Ihre Nachricht an unsere Kreditorenbuchhaltung weitergeleitet. Bitte schicken Sie Rechnungen und Mahnungen künftig direkt an eingangsrechnungen@rheinwerk-versicherung.example, dann landen sie nicht bei uns.

            Mit freundlichen Grüßen
            Yvonne Claßen
            Assistenz des Vorstands
            Rheinwerk Versicherung AG
        """),
        ex=Ex(
            contact="eingangsrechnungen@rheinwerk-versicherung.example",
            note="a PA forwards the reminder and names the invoice mailbox",
        ),
    ),
    Reply(
        key="wc-fr-cabinet",
        intent="wrong_contact",
        lang="fr",
        sender=("Laure Benhamou", "direction@saint-germain-evenements.example"),
        when="2026-12-14 15:44 +0100",
        client="apple",
        inv="NE-2026-0400",
        owed="2740.00",
        body=txt("""
            Bonjour,

            Je suis l'assistante de direction, je ne m'occupe pas des paiements fournisseurs. Notre comptabilité est externalisée : merci d'écrire directement à notre cabinet, à l'adresse fournisseurs@cabinet-roche-associes.example, en rappelant notre nom.

            Bonne journée,
            Laure Benhamou
        """),
        ex=Ex(contact="fournisseurs@cabinet-roche-associes.example"),
    ),
    Reply(
        key="wc-fr-phone",
        intent="wrong_contact",
        lang="fr",
        sender=("Geneviève Tremblay", "gtremblay@festivaldesneiges.example"),
        when="2026-12-21 16:20 -0500",
        client="gmail",
        inv="NE-2026-0442",
        owed="6200.00",
        body=txt("""
            Bonjour,

            Vous n'avez pas la bonne personne. Je m'occupe de la programmation du festival, pas de la comptabilité. Pour tout ce qui concerne les factures, il faut appeler notre bureau administratif au 418 555-0147, poste 3. Je n'ai pas leur courriel sous la main, désolée.

            Geneviève Tremblay
            Programmation – Festival des Neiges de Québec
        """),
        ex=Ex(note="wrong person; only a phone number is given, so new_contact stays null"),
    ),
    Reply(
        key="wc-es-unmonitored",
        intent="wrong_contact",
        lang="es",
        sender=("Administración Eventos Costa Brava", "admin@eventoscostabrava.example"),
        when="2026-12-18 07:01 +0100",
        client="notice",
        inv="NE-2026-0408",
        owed="3310.00",
        subject="Respuesta automática: {subj}",
        headers=(("X-Autoreply", "yes"),),
        body=txt("""
            Este buzón ya no está operativo y los mensajes que recibe no se leen.

            Para facturas y pagos a proveedores, escriba a proveedores@eventoscostabrava.example. Para reservas y presupuestos, utilice reservas@eventoscostabrava.example.

            Gracias.
        """),
        ex=Ex(
            contact="proveedores@eventoscostabrava.example",
            note="automatic notice without Auto-Submitted; of the two addresses, the one for invoices is the new contact",
        ),
    ),
    Reply(
        key="wc-es-family",
        intent="wrong_contact",
        lang="es",
        sender=("Paloma Ruiz", "paloma@ruizweddingplanner.example"),
        when="2027-01-11 12:45 +0100",
        client="iphone",
        inv="NE-2026-0454",
        owed="4100.00",
        body=txt("""
            Hola:

            Creo que hay un malentendido: yo soy la wedding planner, pero la factura del sonido y la iluminación la paga directamente la familia de la novia, así lo pusimos en el contrato. Os paso el correo del padre, José Manuel García Barrera: jmgarciabarrera@gmail.com.

            Un saludo,
            Paloma
        """),
        ex=Ex(contact="jmgarciabarrera@gmail.com", note="free-mail address of the paying party"),
    ),
    Reply(
        key="wc-nl-leaving",
        intent="wrong_contact",
        lang="nl",
        sender=("Eva Smit", "eva.smit@congrescentrum-delta.example"),
        when="2026-12-28 10:30 +0100",
        client="outlook_html",
        inv="NE-2026-0449",
        owed="2540.00",
        charset="windows-1252",
        body=txt("""
            Goedemorgen,

            Ik werk deze week nog, maar ben per 1 januari uit dienst en mijn mailbox wordt daarna opgeheven. Stuur facturen en herinneringen voortaan naar crediteuren@congrescentrum-delta.example; mijn opvolger leest die mee.

            Met vriendelijke groet,
            Eva Smit
            Officemanager
            Congrescentrum Delta
        """),
        ex=Ex(contact="crediteuren@congrescentrum-delta.example"),
    ),
    Reply(
        key="wc-nl-bookkeeper",
        intent="wrong_contact",
        lang="nl",
        sender=("Hans Dijkstra", "hans@dijkstra-partyverhuur.example"),
        when="2027-01-13 08:40 +0100",
        client="iphone",
        inv="NE-2026-0468",
        owed="980.00",
        body=txt("""
            Morgen,

            Ik heb dit doorgestuurd naar onze nieuwe boekhouder. Wil je dit soort mails voortaan rechtstreeks naar haar sturen? Dat is Anouk Mulder, administratie@mulder-boekhouding.example.

            Hans
        """),
        ex=Ex(contact="administratie@mulder-boekhouding.example"),
    ),
    Reply(
        key="wc-it-segreteria",
        intent="wrong_contact",
        lang="it",
        sender=("Chiara Fontana", "c.fontana@collegioperiti-valcamonica.example"),
        when="2026-12-15 11:20 +0100",
        client="gmail",
        inv="NE-2026-0469",
        owed="1450.00",
        body=txt("""
            Buongiorno,

            non sono io la persona giusta: mi occupo della segreteria didattica e non ho accesso ai pagamenti. Vi prego di scrivere all'amministrazione, all'indirizzo amministrazione@collegioperiti-valcamonica.example, che gestisce i fornitori.

            Saluti,
            Chiara Fontana
        """),
        ex=Ex(contact="amministrazione@collegioperiti-valcamonica.example"),
    ),
]

# --------------------------------------------------------------------------------------------
# unsubscribe
# --------------------------------------------------------------------------------------------

UNSUBSCRIBE: list[Reply] = [
    Reply(
        key="us-en-remove",
        intent="unsubscribe",
        lang="en",
        sender=("Oliver Grant", "oliver@grantandmoss.example"),
        when="2026-12-15 12:05 +0000",
        client="gmail_plain",
        inv="NE-2026-0471",
        owed="1320.00",
        cur="GBP",
        body="Please take this address off your mailing list. Thank you.",
        ex=Ex(),
    ),
    Reply(
        key="us-en-solicitors",
        intent="unsubscribe",
        lang="en",
        sender=("Fiona McLeod", "fiona.mcleod@caledonianhospitality.example"),
        when="2026-12-18 11:40 +0000",
        client="outlook_html",
        inv="NE-2026-0472",
        owed="8930.00",
        cur="GBP",
        body=txt("""
            Dear Sir/Madam,

            This account is in dispute and the matter has now been passed to our solicitors, Harcourt Vale LLP. Please direct any further correspondence about it to them in writing and do not contact our staff directly.

            Yours faithfully,

            Fiona McLeod
            Finance Director
            Caledonian Hospitality Group
        """),
        ex=Ex(
            note="'talk to our solicitors, do not contact our staff' → unsubscribe, which beats the dispute it mentions",
        ),
    ),
    Reply(
        key="us-en-fourth",
        intent="unsubscribe",
        lang="en",
        sender=("Gareth Pugh", "gareth@pughsoundandlight.example"),
        when="2027-01-06 17:33 +0000",
        client="outlook_android",
        inv="NE-2026-0473",
        owed="760.00",
        cur="GBP",
        body="We paid this on the 3rd of December. This is the FOURTH email I've had about it. Check your own bank statements and take me off your list.",
        ex=Ex(
            note="stop request plus a payment claim: unsubscribe beats payment_sent, so paid_date stays null",
        ),
    ),
    Reply(
        key="us-de-post",
        intent="unsubscribe",
        lang="de",
        sender=("Werner Haas", "vorstand@schuetzenverein-eichenau.example"),
        when="2026-12-16 09:58 +0100",
        client="outlook",
        inv="NE-2026-0474",
        owed="1185.00",
        charset="iso-8859-1",
        body=txt("""
            Sehr geehrte Damen und Herren,

            bitte schicken Sie uns keine E-Mails mehr. Schriftverkehr mit unserem Verein bitte ausschließlich per Post an die Vereinsanschrift, das ist in unserer Satzung so geregelt.

            Mit freundlichen Grüßen
            W. Haas
            1. Vorsitzender
        """),
        ex=Ex(note="post only → unsubscribe"),
    ),
    Reply(
        key="us-de-oneword",
        intent="unsubscribe",
        lang="de",
        sender=("", "info@foto-lindner.example"),
        when="2026-12-29 20:11 +0100",
        client="iphone",
        inv="NE-2026-0475",
        owed="640.00",
        body="Austragen.",
        ex=Ex(note="one word: take me off the list"),
    ),
    Reply(
        key="us-fr-personal",
        intent="unsubscribe",
        lang="fr",
        sender=("Isabelle Moreau", "isa.moreau56@gmail.com"),
        when="2026-12-17 19:20 +0100",
        client="gmail",
        inv="NE-2026-0476",
        owed="1410.00",
        body=txt("""
            Bonjour,

            Merci de ne plus m'écrire à cette adresse, c'est ma boîte personnelle. J'ai quitté l'association il y a deux ans et je ne veux plus recevoir ce genre de message.

            Isabelle Moreau
        """),
        ex=Ex(
            note="stop writing plus 'not the right person' without a new address: unsubscribe beats wrong_contact",
        ),
    ),
    Reply(
        key="us-fr-avocat",
        intent="unsubscribe",
        lang="fr",
        sender=("Philippe Vautrin", "p.vautrin@salons-vautrin.example"),
        when="2027-01-07 11:05 +0100",
        client="outlook_html_only",
        inv="NE-2026-0477",
        owed="5230.00",
        charset="windows-1252",
        body=txt("""
            Madame, Monsieur,

            Je vous informe que ce dossier est désormais suivi par notre conseil, Maître Anne-Sophie Berthier, avocate au barreau de Nancy. Toute correspondance doit lui être adressée par écrit. Je vous demande de ne plus adresser de relances à nos services.

            Salutations distinguées,
            Philippe Vautrin
            Gérant – Salons Vautrin SARL
        """),
        ex=Ex(note="'our lawyer' with no e-mail address → unsubscribe"),
    ),
    Reply(
        key="us-es-burofax",
        intent="unsubscribe",
        lang="es",
        sender=("Gonzalo Prieto", "gprieto@prietocatering.example"),
        when="2026-12-21 13:30 +0100",
        client="outlook_android",
        inv="NE-2026-0478",
        owed="2875.00",
        body=txt("""
            No me manden más correos. Si tienen algo que reclamar, lo hacen por burofax a la dirección fiscal de la empresa, como corresponde.

            G. Prieto
        """),
        ex=Ex(note="post only (burofax) → unsubscribe"),
    ),
    Reply(
        key="us-es-baja",
        intent="unsubscribe",
        lang="es",
        sender=("Rocío", "rocio.hdz.eventos@gmail.com"),
        when="2027-01-14 22:05 -0600",
        client="samsung",
        inv="NE-2026-0479",
        owed="980.00",
        body="porfavor denme de baja de esta lista, no quiero recibir mas correos",
        ex=Ex(note="typos and no accents"),
    ),
    Reply(
        key="us-nl-receptie",
        intent="unsubscribe",
        lang="nl",
        sender=("Lotte Vermeulen", "receptie@vermeulen-degraaf.example"),
        when="2026-12-18 10:10 +0100",
        client="outlook_html",
        inv="NE-2026-0480",
        owed="3340.00",
        body=txt("""
            Goedemorgen,

            Wilt u dit adres uit uw mailbestand verwijderen? Dit is de receptie, wij hebben niets met facturen te maken.

            Met vriendelijke groet,
            Lotte Vermeulen
            Receptie – Vermeulen & De Graaf Advocaten
        """),
        ex=Ex(
            note="remove-me plus 'not the right person' without a new address: unsubscribe beats wrong_contact",
        ),
    ),
    Reply(
        key="us-it-raccomandata",
        intent="unsubscribe",
        lang="it",
        sender=("Sergio Mancini", "direzione@manciniallestimenti.example"),
        when="2026-12-16 16:45 +0100",
        client="outlook",
        inv="NE-2026-0481",
        owed="4150.00",
        charset="iso-8859-1",
        body=txt("""
            Spett.le Nordlicht Events,

            vi diffidiamo dall'inviare ulteriori solleciti a questo indirizzo di posta elettronica. Qualsiasi comunicazione relativa alla fattura dovrà pervenire esclusivamente a mezzo raccomandata A/R presso la nostra sede legale.

            Distinti saluti
            Sergio Mancini
        """),
        ex=Ex(note="registered post only → unsubscribe"),
    ),
    Reply(
        key="us-it-basta",
        intent="unsubscribe",
        lang="it",
        sender=("Elena Rota", "elena.rota@rotaeventi.example"),
        when="2027-01-15 08:33 +0100",
        client="iphone",
        inv="NE-2026-0482",
        owed="1760.00",
        body="Basta, cancellatemi dalla vostra lista. Ricevo le vostre mail tre volte a settimana, non ne posso più.",
        ex=Ex(),
    ),
]

# --------------------------------------------------------------------------------------------
# auto_reply
# --------------------------------------------------------------------------------------------

AUTO_REPLY: list[Reply] = [
    Reply(
        key="ar-en-colleague",
        intent="auto_reply",
        lang="en",
        sender=("Sarah Whitcombe", "sarah.whitcombe@novacon-events.example"),
        when="2026-12-18 14:02 +0000",
        client="notice_html",
        inv="NE-2026-0483",
        owed="2650.00",
        cur="GBP",
        subject="Automatic reply: {subj}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=txt("""
            Thank you for your email. I am out of the office until Monday 4 January with no access to email.

            For anything urgent regarding invoices or payments, please contact my colleague James Okafor at james.okafor@novacon-events.example.

            Kind regards,
            Sarah
        """),
        ex=Ex(
            back="2027-01-04",
            note="'until Monday 4 January' → that date; a colleague's address in an auto-reply does not set new_contact",
        ),
    ),
    Reply(
        key="ar-en-ticket",
        intent="auto_reply",
        lang="en",
        sender=("Lakeside Arena Support", "support@lakesidearena.example"),
        when="2026-12-15 09:31 -0500",
        client="notice_html",
        inv="NE-2026-0484",
        owed="7300.00",
        cur="USD",
        subject="[Request #88213] {subj}",
        headers=(SUPPRESS, ("Precedence", "bulk")),
        body=txt("""
            Hello,

            Thanks for contacting Lakeside Arena. Your request (#88213) has been received and is being reviewed by our support staff.

            To add additional comments, reply to this email.

            This is an automated message. One of our team will get back to you within 2 business days.
        """),
        ex=Ex(note="ticket acknowledgement without Auto-Submitted; no return date"),
    ),
    Reply(
        key="ar-en-closure",
        intent="auto_reply",
        lang="en",
        sender=("Beacon Hill Weddings", "hello@beaconhillweddings.example"),
        when="2026-12-19 08:00 +0000",
        client="notice",
        inv="NE-2026-0485",
        owed="1980.00",
        cur="GBP",
        subject="Thank you for your email",
        body=txt("""
            Thank you for getting in touch with Beacon Hill Weddings!

            Our office is closed for the festive break from 19 December and reopens on Tuesday 5 January 2027. Emails will be answered in the order they were received once we're back.

            Wishing you a very merry Christmas,
            The Beacon Hill team
        """),
        ex=Ex(
            back="2027-01-05",
            note="autoresponder without Auto-Submitted; 'reopens on' gives the day back",
        ),
    ),
    Reply(
        key="ar-de-elternzeit",
        intent="auto_reply",
        lang="de",
        sender=("Lena Hofmann", "l.hofmann@tagungshotel-seeblick.example"),
        when="2026-12-14 08:45 +0100",
        client="notice",
        inv="NE-2026-0486",
        owed="3720.00",
        subject="Automatische Antwort: {subj}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=txt("""
            Vielen Dank für Ihre Nachricht.

            Ich befinde mich bis zum 31.03.2027 in Elternzeit. Ihre E-Mail wird nicht weitergeleitet. In Rechnungsangelegenheiten wenden Sie sich bitte an buchhaltung@tagungshotel-seeblick.example.

            Mit freundlichen Grüßen
            Lena Hofmann
        """),
        ex=Ex(
            back="2027-03-31",
            note="parental leave 'bis zum 31.03.2027' → that date, well after the corpus period; the address given does not set new_contact",
        ),
    ),
    Reply(
        key="ar-de-ticket",
        intent="auto_reply",
        lang="de",
        sender=("Servicedesk Stadthalle Wendlingen", "servicedesk@stadthalle-wendlingen.example"),
        when="2027-01-11 07:14 +0100",
        client="notice_html",
        inv="NE-2026-0487",
        owed="2260.00",
        subject="[#2027011100418] Eingangsbestätigung: {subj}",
        headers=(AUTO_REPLIED,),
        body=txt("""
            Guten Tag,

            Ihre Nachricht ist bei uns eingegangen und wurde unter der Ticketnummer #2027011100418 erfasst. Bitte geben Sie diese Nummer bei Rückfragen im Betreff an.

            Wir bearbeiten Anfragen in der Reihenfolge ihres Eingangs.

            Ihr Servicedesk
            Stadthalle Wendlingen
        """),
        ex=Ex(note="ticket acknowledgement"),
    ),
    Reply(
        key="ar-fr-retour",
        intent="auto_reply",
        lang="fr",
        sender=("Émilie Caron", "e.caron@palaiscongres-riviera.example"),
        when="2026-12-23 17:31 +0100",
        client="notice",
        inv="NE-2026-0488",
        owed="5610.00",
        subject="Réponse automatique : {subj}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=txt("""
            Bonjour,

            Je suis absente du bureau jusqu'au lundi 4 janvier inclus, sans accès à ma messagerie. Je traiterai votre message à mon retour, le mardi 5 janvier.

            En cas d'urgence, vous pouvez joindre l'accueil au 04 93 00 00 00.

            Cordialement,
            Émilie Caron
        """),
        ex=Ex(
            back="2027-01-05",
            note="'jusqu'au lundi 4 janvier inclus' and 'à mon retour, le mardi 5 janvier': the stated day back wins",
        ),
    ),
    Reply(
        key="ar-es-reyes",
        intent="auto_reply",
        lang="es",
        sender=("Javier Soler", "jsoler@feriaslevante.example"),
        when="2026-12-21 09:00 +0100",
        client="notice",
        inv="NE-2026-0489",
        owed="4480.00",
        subject="Fuera de la oficina: {subj}",
        headers=(AUTO_REPLIED,),
        body=txt("""
            Hola:

            Estaré fuera de la oficina del 21 de diciembre al 6 de enero, ambos incluidos. Me reincorporo el jueves 7 de enero.

            Durante mi ausencia no tendré acceso al correo.

            Un saludo,
            Javier Soler
        """),
        ex=Ex(
            back="2027-01-07",
            note="range 'ambos incluidos' plus a stated day back: the day back wins",
        ),
    ),
    Reply(
        key="ar-es-48h",
        intent="auto_reply",
        lang="es",
        sender=("Eventos Alhambra", "info@eventosalhambra.example"),
        when="2026-12-16 11:42 +0100",
        client="notice",
        inv="NE-2026-0490",
        owed="1390.00",
        subject="Re: {subj}",
        headers=(AUTO_REPLIED,),
        body=txt("""
            Gracias por escribirnos.

            Hemos recibido su mensaje y le responderemos en un plazo de 24 a 48 horas laborables. Si su consulta es urgente, puede llamarnos de lunes a viernes de 9:00 a 14:00.

            Eventos Alhambra
            Granada
        """),
        ex=Ex(note="receipt acknowledgement with a 'Re:' subject; no return date"),
    ),
    Reply(
        key="ar-nl-verlof",
        intent="auto_reply",
        lang="nl",
        sender=("Marieke Bos", "m.bos@utrechtse-evenementen.example"),
        when="2026-12-24 12:00 +0100",
        client="notice",
        inv="NE-2026-0491",
        owed="2930.00",
        subject="Automatisch antwoord: {subj}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=txt("""
            Beste afzender,

            Ik ben met verlof tot en met vrijdag 8 januari. Vanaf maandag 11 januari ben ik weer bereikbaar en beantwoord ik uw bericht.

            Met vriendelijke groet,
            Marieke Bos
        """),
        ex=Ex(
            back="2027-01-11",
            note="'tot en met vrijdag 8 januari' and 'vanaf maandag 11 januari weer bereikbaar': the day back wins",
        ),
    ),
    Reply(
        key="ar-nl-feestdagen",
        intent="auto_reply",
        lang="nl",
        sender=("Partycentrum De Heuvel", "info@partycentrumdeheuvel.example"),
        when="2026-12-22 10:02 +0100",
        client="notice",
        inv="NE-2026-0492",
        owed="1150.00",
        subject="Automatisch antwoord: {subj}",
        headers=(("X-Autoreply", "yes"),),
        body=txt("""
            Bedankt voor uw e-mail!

            Ons kantoor is gesloten tijdens de feestdagen. Na de feestdagen nemen wij zo snel mogelijk contact met u op.

            Fijne feestdagen en een gezond 2027!
            Partycentrum De Heuvel
        """),
        ex=Ex(note="no Auto-Submitted; 'na de feestdagen' cannot be pinned to a day"),
    ),
    Reply(
        key="ar-it-gennaio",
        intent="auto_reply",
        lang="it",
        sender=("Francesca Neri", "f.neri@fieramobile-brianza.example"),
        when="2026-12-23 13:10 +0100",
        client="notice",
        inv="NE-2026-0493",
        owed="3870.00",
        subject="Risposta automatica: {subj}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=txt("""
            Gentile mittente,

            sarò assente dall'ufficio fino al 6 gennaio, con accesso limitato alla posta elettronica. Per questioni amministrative urgenti potete rivolgervi all'ufficio contabilità al numero 039 000 0000.

            Cordiali saluti
            Francesca Neri
        """),
        ex=Ex(
            back="2027-01-06",
            note="'fino al 6 gennaio' → that date itself, although 6 Jan is a public holiday in Italy",
        ),
    ),
    Reply(
        key="ar-it-ticket",
        intent="auto_reply",
        lang="it",
        sender=("Assistenza Clienti Teatro Verdi", "assistenza@teatroverdi-sarnico.example"),
        when="2027-01-12 09:45 +0100",
        client="notice_html",
        inv="NE-2026-0494",
        owed="2480.00",
        subject="[Ticket#20270112-0093] Abbiamo ricevuto la sua richiesta",
        headers=(("X-Autoreply", "yes"),),
        body=txt("""
            Gentile cliente,

            abbiamo ricevuto la sua richiesta, che è stata registrata con il numero 20270112-0093. Un operatore la prenderà in carico al più presto.

            Questo messaggio è generato automaticamente: la preghiamo di non rispondere.

            Assistenza Clienti
            Teatro Verdi di Sarnico
        """),
        ex=Ex(note="ticket acknowledgement with X-Autoreply only"),
    ),
]

# --------------------------------------------------------------------------------------------
# other
# --------------------------------------------------------------------------------------------

OTHER: list[Reply] = [
    Reply(
        key="ot-en-didntwe",
        intent="other",
        lang="en",
        sender=("Hannah Clough", "hannah@tynesidebookfest.example"),
        when="2026-12-14 13:40 +0000",
        client="gmail",
        inv="NE-2026-0495",
        owed="1640.00",
        cur="GBP",
        body=txt("""
            Hi, didn't we pay this already? I'm sure I signed something off for Nordlicht in November but I'm not in the office to check. Could be a different invoice though.

            Hannah
        """),
        ex=Ex(
            note="a question, not a payment claim: a person checks the ledger and answers",
        ),
    ),
    Reply(
        key="ot-en-redirect",
        intent="other",
        lang="en",
        sender=("Tidewater Conferences Accounts", "tidewater.conferences.accounts@gmail.com"),
        when="2026-12-16 07:12 +0000",
        client="gmail_plain",
        inv="NE-2026-0496",
        owed="9870.00",
        cur="GBP",
        reminder_to=("Accounts", "accounts@tidewaterconferences.example"),
        headers=(("Reply-To", "ap.tidewaterconf@gmail.com"), ("Importance", "High")),
        body=txt("""
            Dear Nordlicht Events,

            Please be advised that our accounts department has moved to a new email system. With immediate effect all invoices, statements and reminders must be sent ONLY to ap.tidewaterconf@gmail.com. Do not copy our old addresses as they will be shut down this week.

            Kindly also confirm by return the full amount outstanding on our account and send a copy of all open invoices so we can update our records urgently.

            Regards,
            Accounts Team
            Tidewater Conferences Ltd
        """),
        ex=Ex(
            note="phishing-like redirect: a free-mail sender that is not the reminded contact, a Reply-To elsewhere, urgency and 'do not copy our old addresses'; a person must verify, so other, and the address is not taken as new_contact",
        ),
    ),
    Reply(
        key="ot-en-quote",
        intent="other",
        lang="en",
        sender=("Ben Ashworth", "ben@ashworth-collective.example"),
        when="2027-01-12 11:02 +0000",
        client="apple",
        inv="NE-2026-0497",
        owed="6150.00",
        cur="GBP",
        body=txt("""
            Hi both,

            Quick one while I have you – could you quote for crew and AV for a 400-person product launch in Manchester on 22–23 April? Same kind of setup as last time but with an LED wall instead of projection. Happy to jump on a call.

            Ben
        """),
        ex=Ex(note="new business in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        key="ot-de-anrufen",
        intent="other",
        lang="de",
        sender=("Frank Görlitz", "f.goerlitz@goerlitz-messebau.example"),
        when="2026-12-17 07:52 +0100",
        client="samsung",
        inv="NE-2026-0498",
        owed="5075.00",
        body=txt("""
            Moin,

            rufen Sie mich bitte mal kurz an, das lässt sich am Telefon schneller klären als per Mail. Ich bin heute bis 16 Uhr unter 0171 0000000 erreichbar.

            Gruß
            Frank Görlitz
        """),
        ex=Ex(note="call-back request without saying what about"),
    ),
    Reply(
        key="ot-fr-retour",
        intent="other",
        lang="fr",
        sender=("Mathilde Aubert", "m.aubert@festival-off-charente.example"),
        when="2026-12-18 12:26 +0100",
        client="gmail",
        inv="NE-2026-0499",
        owed="4320.00",
        body=txt("""
            Bonjour,

            Je profite de votre message pour vous faire un petit retour sur le festival, puisque je n'avais pas eu le temps de le faire à chaud. Globalement l'équipe son a été formidable, vraiment, les bénévoles en parlent encore. En revanche l'éclairage de la petite salle était un peu juste pour les lectures ; on l'a signalé à votre régisseur sur place et il a fait ce qu'il a pu avec ce qu'il avait.

            Pour l'édition 2027, nous réfléchissons à passer sur deux week-ends au lieu d'un, ce qui changerait pas mal de choses côté planning. Je vous en reparle en janvier, quand le conseil d'administration aura tranché.

            Quant à la facture, je la transmets à notre trésorier qui reviendra vers vous.

            Belle fin d'année à toute l'équipe,
            Mathilde Aubert
            Coordinatrice – Festival Off de Charente
        """),
        ex=Ex(
            note="long feedback; passing the invoice to the treasurer is no commitment and names no address; the lighting remark contests nothing",
        ),
    ),
    Reply(
        key="ot-fr-note",
        intent="other",
        lang="fr",
        sender=("Raphaël Girard", "raphael@girard-prod.example"),
        when="2027-01-06 09:15 +0100",
        client="iphone",
        inv="NE-2026-0389",
        owed="2210.00",
        body="Bien noté, merci.",
        ex=Ex(note="acknowledgement only"),
    ),
    Reply(
        key="ot-es-gerente",
        intent="other",
        lang="es",
        sender=("Nerea Aguirre", "nerea.aguirre@bilbaocongresos.example"),
        when="2026-12-15 16:05 +0100",
        client="outlook_ios",
        inv="NE-2026-0390",
        owed="3560.00",
        body="Recibido. Lo reviso con la gerente cuando vuelva de la feria y te digo algo.\n\nNerea",
        ex=Ex(note="acknowledgement without commitment"),
    ),
    Reply(
        key="ot-es-llamar",
        intent="other",
        lang="es",
        sender=("Tomás Villalobos", "tvillalobos@villalobosproducciones.example"),
        when="2027-01-13 10:30 +0100",
        client="gmail",
        inv="NE-2026-0392",
        owed="2740.00",
        body=txt("""
            Hola, buenos días.

            Hay un tema con esta factura que prefiero hablar por teléfono antes de contestar por escrito. ¿Me puede llamar alguien de contabilidad esta semana? Mi móvil es el 600 000 000, mejor por las mañanas.

            Gracias,
            Tomás Villalobos
        """),
        ex=Ex(note="hints at an issue but contests nothing yet; call-back request"),
    ),
    Reply(
        key="ot-nl-fusie",
        intent="other",
        lang="nl",
        sender=("Wouter Jacobs", "w.jacobs@eventbureau-kempen.example"),
        when="2027-01-05 13:20 +0100",
        client="owa",
        inv="NE-2026-0393",
        owed="3015.00",
        body=txt("""
            Goedemiddag,

            Ter informatie: Eventbureau Kempen is per 1 januari gefuseerd met Van Loon Events en gaat verder onder de naam Kempen & Van Loon Events BV. Ons KvK-nummer en btw-nummer wijzigen; de nieuwe gegevens volgen binnenkort per post.

            Voor lopende zaken blijf ik uw aanspreekpunt.

            Met vriendelijke groet,
            Wouter Jacobs
        """),
        ex=Ex(note="merger notice; the writer stays the contact and says nothing about paying"),
    ),
    Reply(
        key="ot-nl-nakerst",
        intent="other",
        lang="nl",
        sender=("Sjoerd Visser", "sjoerd@visser-events.example"),
        when="2026-12-23 18:44 +0100",
        client="iphone",
        inv="NE-2026-0394",
        owed="1870.00",
        body="Ontvangen, ik kijk er na de kerst even naar.",
        ex=Ex(note="'I'll look at it after Christmas' is no commitment to pay"),
    ),
    Reply(
        key="ot-it-chisiete",
        intent="other",
        lang="it",
        sender=("Roberto Marchetti", "r.marchetti@marchettiimmobiliare.example"),
        when="2026-12-16 15:15 +0100",
        client="outlook_android",
        inv="NE-2026-0395",
        owed="2590.00",
        body="Scusate, ma chi siete? Non ricordo nessun evento organizzato con voi e non trovo contratti. È una truffa?",
        ex=Ex(note="suspicion: asks who the sender is and contests nothing specific"),
    ),
    Reply(
        key="ot-it-ricoverato",
        intent="other",
        lang="it",
        sender=("Silvia Brambilla", "segreteria@brambillaricevimenti.example"),
        when="2027-01-08 10:02 +0100",
        client="outlook_html_only",
        inv="NE-2026-0396",
        owed="4760.00",
        body=txt("""
            Buongiorno,

            vi scrivo per conto del sig. Brambilla, che purtroppo è ricoverato dai primi di dicembre. Tutte le pratiche amministrative sono ferme finché non rientra o finché la famiglia non decide come procedere.

            Vi ricontatteremo noi appena possibile. Grazie per la pazienza.

            Silvia Brambilla
            Segreteria – Brambilla Ricevimenti
        """),
        ex=Ex(note="owner in hospital; no commitment and no new contact: a person should read it"),
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

# --------------------------------------------------------------------------------------------
# Bounces: machine skeletons generated, human-readable parts written by hand
# --------------------------------------------------------------------------------------------


def bounce_reminder(b: Bounce) -> Message:
    """The reminder as Nordlicht Events sent it, to be returned (or summarised) in a report."""
    sent = (b.dt - timedelta(minutes=b.queued)).astimezone(HAMBURG)
    text = reminder_text(key=b.key, lang=b.rlang, inv=b.inv, owed=b.owed, cur=b.cur, sent=sent)
    msg = text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = b.rcpt
    subject = REMINDER_SUBJECT[b.rlang].format(inv=b.inv)
    msg["Subject"] = header_value(subject, charset="utf-8", name="Subject")
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = reminder_msgid(b.key)
    move_mime_headers_last(msg)
    return msg


def reminder_subject_of(b: Bounce) -> str:
    return REMINDER_SUBJECT[b.rlang].format(inv=b.inv)


def arrival(b: Bounce) -> datetime:
    return b.dt - timedelta(minutes=b.queued)


@dataclass(frozen=True, kw_only=True)
class Dsn:
    """The machine-readable report of one recipient."""

    mta: str
    action: Literal["failed", "delayed"]
    diagnostic: str
    remote: str | None = None
    extra: tuple[str, ...] = ()


def delivery_status(b: Bounce, dsn: Dsn) -> Message:
    per_message = [f"Reporting-MTA: dns; {dsn.mta}", *dsn.extra]
    per_message.append(f"Arrival-Date: {format_datetime(arrival(b))}")
    per_recipient = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {dsn.action}",
        f"Status: {b.status}",
    ]
    if dsn.remote:
        per_recipient.append(f"Remote-MTA: dns; {dsn.remote}")
    per_recipient.append(f"Diagnostic-Code: smtp; {dsn.diagnostic}")
    per_recipient.append(f"Last-Attempt-Date: {format_datetime(b.dt)}")
    if dsn.action == "delayed":
        per_recipient.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=2))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    blocks: list[Message | str] = [
        message_from_string("\n".join(block) + "\n") for block in (per_message, per_recipient)
    ]
    part.set_payload(blocks)
    return part


def returned_headers(b: Bounce) -> Message:
    reminder = bounce_reminder(b)
    lines = [f"{name}: {value}" for name, value in reminder.items()]
    return text_part(
        "\n".join(lines) + "\n", subtype="rfc822-headers", charset="us-ascii", cte="7bit"
    )


def returned_message(b: Bounce) -> Message:
    return MIMEMessage(bounce_reminder(b))


def report(*parts: Message) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def human(text: str, *, charset: str = "us-ascii", cte: Cte = "7bit") -> Message:
    return text_part(text, subtype="plain", charset=charset, cte=cte)


def bare_text(text: str) -> Message:
    """A notice without any MIME header, as old MTAs send it (US-ASCII only)."""
    text.encode("ascii")
    msg = Message()
    msg.set_payload(text)
    return msg


@dataclass(frozen=True, kw_only=True)
class Envelope:
    """Headers of a delivery report."""

    sender: str
    subject: str
    charset: str = "utf-8"
    auto: bool = True
    extra: tuple[tuple[str, str], ...] = ()
    boundary: str = "----=_NDR_"


def seal(b: Bounce, msg: Message, env: Envelope) -> Message:
    msg["From"] = env.sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_value(env.subject, charset=env.charset, name="Subject")
    msg["Date"] = format_datetime(b.dt)
    host = env.sender.rsplit("@", 1)[1].split(">")[0].split(" ")[0]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 20).lower()}@{host}>"
    if env.auto:
        msg["Auto-Submitted"] = "auto-replied"
    for name, value in env.extra:
        msg[name] = value
    return finalize(msg, key=b.key, prefix=env.boundary)


def bounce_postfix(b: Bounce) -> Message:
    reply = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    text = txt(f"""
        This is the mail system at host mail.nordlicht-events.example.

        Your message could not be delivered to one or more of its recipients.
        The receiving server refused it permanently. The details follow, and
        the message itself is attached below.

        If you need help, forward this report to postmaster without removing
        the attached message.

                           The mail system

        <{b.rcpt}>: host mx.harlow-exhibitions.example[198.51.100.23]
            said: 550 5.1.1 <{b.rcpt}>: Recipient address
            rejected: User unknown in local recipient table (in reply to RCPT TO
            command)
    """)
    dsn = Dsn(
        mta="mail.nordlicht-events.example",
        action="failed",
        diagnostic=reply,
        remote="mx.harlow-exhibitions.example",
        extra=("X-Postfix-Queue-ID: 4dQ7Zr1h9Lz3wN", f"X-Postfix-Sender: rfc822; {AR_ADDR}"),
    )
    msg = report(human(text), delivery_status(b, dsn), returned_message(b))
    env = Envelope(
        sender="MAILER-DAEMON@mail.nordlicht-events.example (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender",
        boundary="4dQ7Zr1h9Lz3wN.",
    )
    return seal(b, msg, env)


def bounce_sendmail_delay(b: Bounce) -> Message:
    text = txt(f"""
            **********************************************
            **      THIS IS A WARNING MESSAGE ONLY      **
            **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
            **********************************************

        The original message was received at {format_datetime(arrival(b))}
        from mail.nordlicht-events.example [203.0.113.25]

           ----- Transcript of session follows -----
        <{b.rcpt}>... Deferred: Connection timed out with exch-int.ridgeview-university.example.
        Warning: message still undelivered after 4 hours
        Will keep trying until message is 5 days old
    """)
    dsn = Dsn(
        mta="mailgw.ridgeview-university.example",
        action="delayed",
        diagnostic="421 4.4.1 Connection timed out",
        remote="exch-int.ridgeview-university.example",
        extra=("Received-From-MTA: DNS; mail.nordlicht-events.example",),
    )
    msg = report(human(text), delivery_status(b, dsn), returned_headers(b))
    env = Envelope(
        sender="Mail Delivery Subsystem <MAILER-DAEMON@mailgw.ridgeview-university.example>",
        subject="Warning: could not send message for past 4 hours",
        boundary="0BE4CD2A.",
    )
    return seal(b, msg, env)


def ndr_html(text: str) -> str:
    paragraphs = "".join(
        f'<p style="font-family:Segoe UI,Arial,sans-serif;font-size:15px">{html_lines(p)}</p>\n'
        for p in text.split("\n\n")
    )
    return f"<html><head></head><body>\n{paragraphs}</body></html>\n"


def ndr_alternative(text: str) -> Message:
    return alternative(
        human(text, charset="utf-8", cte="quoted-printable"),
        text_part(ndr_html(text), subtype="html", charset="utf-8", cte="quoted-printable"),
    )


def bounce_o365_en(b: Bounce) -> Message:
    local, domain = b.rcpt.split("@")
    error = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup"
    text = txt(f"""
        Your message to {b.rcpt} couldn't be delivered.

        {local} wasn't found at {domain}.

        Action Required
        Unknown To address

        How to Fix It
        The address may be misspelled or may no longer exist. Check the address, correct it if needed and send the message again. If it looks right, contact the recipient another way (by phone, for example) and ask for their current address.

        More Info for Email Admins
        Status code: 550 5.1.10
        The recipient's address does not exist in the receiving organisation.

        Original Message Details
        Created Date: {fill("{MO}/{DD}/{y} {h12}:{MM}:00 {ampm}", dt=arrival(b), lang="en")}
        Sender Address: {AR_ADDR}
        Recipient Address: {b.rcpt}
        Subject: {reminder_subject_of(b)}

        Error Details
        Error: {error}
        Message rejected by: AS8P189MB1127.EURP189.PROD.OUTLOOK.example
    """)
    dsn = Dsn(mta="AS8P189MB1127.EURP189.PROD.OUTLOOK.example", action="failed", diagnostic=error)
    msg = report(ndr_alternative(text), delivery_status(b, dsn), returned_headers(b))
    env = Envelope(
        sender="Microsoft Outlook <postmaster@pinecrest-hotels.example>",
        subject=f"Undeliverable: {reminder_subject_of(b)}",
        boundary="_000_",
        extra=(("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-GB")),
    )
    return seal(b, msg, env)


def bounce_exchange_de(b: Bounce) -> Message:
    sent = fill("{wd}, {d}. {mon} {y} {HH}:{MM}", dt=arrival(b), lang="de")
    text = txt(f"""
        Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.

              Betreff: {reminder_subject_of(b)}
              Gesendet: {sent}

        Folgende Empfänger sind nicht erreichbar:

              {b.rcpt} am {b.dt:%d.%m.%Y %H:%M}
                    Das Postfach des Empfängers ist deaktiviert und nimmt derzeit keine Nachrichten an. Versuchen Sie, den Empfänger auf anderem Weg zu erreichen.
                    <EXCH02.stadtwerke-fehmarn.example #5.2.1 smtp;550 5.2.1 Mailbox disabled, not accepting messages>
    """)
    dsn = Dsn(
        mta="EXCH02.stadtwerke-fehmarn.example",
        action="failed",
        diagnostic="550 5.2.1 Mailbox disabled, not accepting messages",
    )
    msg = report(
        human(text, charset="utf-8", cte="quoted-printable"),
        delivery_status(b, dsn),
        returned_message(b),
    )
    env = Envelope(
        sender="Microsoft Outlook <postmaster@stadtwerke-fehmarn.example>",
        subject=f"Unzustellbar: {reminder_subject_of(b)}",
        boundary="_000_",
        extra=(("Content-Language", "de-DE"),),
    )
    return seal(b, msg, env)


def bounce_gateway_de(b: Bounce) -> Message:
    later = b.dt + timedelta(minutes=30)
    give_up = arrival(b) + timedelta(days=3)
    text = txt(f"""
        Bastion Mail Security – Zustellbenachrichtigung

        Ihre Nachricht konnte bisher nicht zugestellt werden. Das Gateway versucht die Zustellung automatisch weiter; Sie müssen nichts unternehmen.

        Empfänger:            {b.rcpt}
        Betreff:              {reminder_subject_of(b)}
        Eingeliefert:         {arrival(b):%d.%m.%Y %H:%M}
        Letzter Versuch:      {b.dt:%d.%m.%Y %H:%M}
        Status:               {b.status} (vorübergehender Fehler)
        Antwort des Servers:  451 4.7.1 Greylisting in effect, please come back later
        Nächster Versuch:     {later:%d.%m.%Y %H:%M}
        Zustellung endet am:  {give_up:%d.%m.%Y %H:%M}

        Kann die Nachricht bis dahin nicht zugestellt werden, erhalten Sie eine Unzustellbarkeitsnachricht. Bei Fragen wenden Sie sich bitte an Ihre IT-Abteilung.
    """)
    env = Envelope(
        sender="Bastion Mail Security <gateway-notify@nordlicht-events.example>",
        subject=f"Zustellung verzögert: {reminder_subject_of(b)}",
        auto=False,
        extra=(("Auto-Submitted", "auto-generated"), ("X-Bastion-Notification", "delay")),
    )
    return seal(b, human(text, charset="utf-8", cte="quoted-printable"), env)


def inline_original(b: Bounce, *, charset: str) -> str:
    reminder = bounce_reminder(b)
    head = "\n".join(
        f"{name}: {value}"
        for name, value in reminder.items()
        if not name.startswith(("MIME", "Content"))
    )
    payload = reminder.get_payload(decode=True)
    body = payload.decode("utf-8") if isinstance(payload, bytes) else ""
    return f"{head}\n\n{client_text(body, charset)}"


def bounce_isp_fr(b: Bounce) -> Message:
    text = txt(f"""
        Bonjour,

        Ceci est un message automatique du serveur de messagerie Alizé.

        Votre message n'a pas pu être remis au destinataire suivant :

            {b.rcpt}
            Motif : cette adresse n'existe pas ou plus (550 5.1.1 utilisateur inconnu).

        Cette erreur est définitive : il est inutile de renvoyer le message à la même adresse. Vérifiez l'orthographe de l'adresse ou contactez votre correspondant par un autre moyen.

        ------ Message d'origine ------
    """)
    full = f"{text}\n\n{inline_original(b, charset='iso-8859-1')}\n"
    env = Envelope(
        sender="MAILER-DAEMON@smtp.alizemail.example",
        subject="Échec de remise du message",
        charset="iso-8859-1",
        extra=(("X-Failed-Recipients", b.rcpt),),
    )
    return seal(b, human(full, charset="iso-8859-1", cte="quoted-printable"), env)


def bounce_gmail_fr(b: Bounce) -> Message:
    reply = "552 5.2.2 The recipient's inbox is out of storage space."
    text = txt(f"""
        ** Boîte de réception pleine **

        Votre message n'a pas pu être distribué à {b.rcpt}, car la boîte de réception de ce destinataire est pleine et ne peut plus recevoir de messages pour le moment.

        Réessayez plus tard, ou contactez le destinataire par un autre moyen pour lui demander de libérer de l'espace.

        La réponse du serveur distant était :
        {reply}
    """)
    dsn = Dsn(mta="googlemail.com", action="failed", diagnostic=reply)
    msg = report(ndr_alternative(text), delivery_status(b, dsn), returned_message(b))
    env = Envelope(
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Failure)",
        auto=True,
        boundary="000000000000",
        extra=(("X-Failed-Recipients", b.rcpt),),
    )
    return seal(b, msg, env)


def bounce_o365_es_delay(b: Bounce) -> Message:
    text = txt(f"""
        La entrega a estos destinatarios o grupos se está retrasando:

        {b.rcpt}

        Asunto: {reminder_subject_of(b)}

        Todavía no ha sido posible entregar este mensaje. El servidor seguirá intentándolo durante 1 día, 19 horas y 55 minutos y le avisará si finalmente no se puede entregar. No es necesario que vuelva a enviarlo.

        Información de diagnóstico para administradores:

        Servidor que generó el aviso: DB8P191MB0732.EURP191.PROD.OUTLOOK.example
        Última respuesta recibida: 451 4.4.7 Message delayed, the destination server did not answer in time
    """)
    dsn = Dsn(
        mta="DB8P191MB0732.EURP191.PROD.OUTLOOK.example",
        action="delayed",
        diagnostic="451 4.4.7 Message delayed",
    )
    msg = report(ndr_alternative(text), delivery_status(b, dsn), returned_headers(b))
    env = Envelope(
        sender="Microsoft Outlook <postmaster@recintoferial-guadalquivir.example>",
        subject=f"Entrega retrasada: {reminder_subject_of(b)}",
        boundary="_000_",
        extra=(("Content-Language", "es-ES"),),
    )
    return seal(b, msg, env)


def bounce_exim_nl(b: Bounce) -> Message:
    text = txt(f"""
        Dit bericht is automatisch aangemaakt door het mailsysteem van PolderHosting.

        Uw bericht kon niet worden afgeleverd bij een of meer ontvangers. Dit is een
        permanente fout. Het volgende adres is mislukt:

          {b.rcpt}
            host mail.dansschool-rijnmond.example [192.0.2.87]
            SMTP-fout na RCPT TO:<{b.rcpt}>:
            550 5.1.1 <{b.rcpt}>: Recipient address rejected: mailbox does not exist

        ------ Dit is een kopie van het bericht, inclusief alle headers. ------

        Return-path: <{AR_ADDR}>
        Received: from mail.nordlicht-events.example ([203.0.113.25])
        \tby mx2.polderhosting.example with esmtps (TLS1.3) id 1vQ2aB-0004Xk-3F
        \tfor {b.rcpt}; {format_datetime(arrival(b))}
    """)
    original = bounce_reminder(b).as_string()
    env = Envelope(
        sender="Mail Delivery System <Mailer-Daemon@mx2.polderhosting.example>",
        subject="Bericht niet afgeleverd: retour naar afzender",
        extra=(("X-Failed-Recipients", b.rcpt),),
    )
    return seal(b, human(f"{text}\n{original}"), env)


def bounce_isp_nl_full(b: Bounce) -> Message:
    text = txt(f"""
        Beste afzender,

        Uw bericht aan {b.rcpt} is nog niet afgeleverd, omdat de mailbox van de ontvanger vol is.

        Wij proberen het bericht de komende 72 uur opnieuw af te leveren. Lukt dat niet, dan ontvangt u een definitieve melding. U hoeft het bericht nu niet opnieuw te versturen.

        Technische details: 452 4.2.2 Mailbox full ({b.rcpt})

        Met vriendelijke groet,
        Mailbeheer Lage Landen
    """)
    dsn = Dsn(mta="mx.lagelandennet.example", action="delayed", diagnostic="452 4.2.2 Mailbox full")
    msg = report(
        human(text, charset="utf-8", cte="quoted-printable"),
        delivery_status(b, dsn),
        returned_headers(b),
    )
    env = Envelope(
        sender="Mailbeheer Lage Landen <postmaster@mx.lagelandennet.example>",
        subject="Vertraagd: bericht nog niet afgeleverd (mailbox vol)",
    )
    return seal(b, msg, env)


def bounce_qmail_it(b: Bounce) -> Message:
    text = txt(f"""
        Ciao. Questo e' il programma qmail-send su smtp.postaveloce.example.
        Purtroppo non e' stato possibile consegnare il tuo messaggio ai seguenti indirizzi.
        Si tratta di un errore permanente; ho rinunciato.

        <{b.rcpt}>:
        192.0.2.140 does not like recipient.
        Remote host said: 550 5.1.1 <{b.rcpt}>... User unknown
        Giving up on 192.0.2.140.

        --- Di seguito una copia del messaggio.
    """)
    original = bounce_reminder(b).as_string()
    env = Envelope(
        sender="MAILER-DAEMON@smtp.postaveloce.example",
        subject="failure notice",
        auto=False,
    )
    return seal(b, bare_text(f"{text}\n\n{original}"), env)


def bounce_exim_it_delay(b: Bounce) -> Message:
    head = "\n".join(f"  {name}: {value}" for name, value in bounce_reminder(b).items())
    text = txt(f"""
        Questo messaggio è stato generato automaticamente dal sistema di posta.

        ******************************************************************
        ATTENZIONE: questo è solo un avviso.
        Non è necessario inviare di nuovo il messaggio.
        ******************************************************************

        Il messaggio indicato sotto non è ancora stato consegnato a uno o più destinatari da 24 ore:

          {b.rcpt}
            Ritardo: connessione al server di destinazione interrotta (4.4.2)

        Il sistema continuerà a tentare la consegna. Se il messaggio non potrà essere consegnato entro 4 giorni, riceverete un avviso di mancata consegna.

        Intestazioni del messaggio:

    """)
    env = Envelope(
        sender="Mail Delivery System <Mailer-Daemon@mx1.hostingprovincia.example>",
        subject="Avviso: messaggio ritardato di 24 ore",
    )
    return seal(b, human(f"{text}\n\n{head}\n", charset="utf-8", cte="quoted-printable"), env)


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            key="bo-en-postfix",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="accounts@harlow-exhibitions.example",
            when="2026-12-14 08:41 +0100",
            rlang="en",
            inv="NE-2026-0380",
            owed="3150.00",
            cur="GBP",
            queued=1,
            note="Postfix RFC 3464 report with the full returned message",
        ),
        bounce_postfix,
    ),
    (
        Bounce(
            key="bo-en-sendmail",
            lang="en",
            kind="soft",
            status="4.4.1",
            rcpt="events-finance@ridgeview-university.example",
            when="2026-12-14 07:13 -0500",
            rlang="en",
            inv="NE-2026-0381",
            owed="8200.00",
            cur="USD",
            queued=240,
            note="sendmail four-hour delay warning from the recipient's relay",
        ),
        bounce_sendmail_delay,
    ),
    (
        Bounce(
            key="bo-en-o365",
            lang="en",
            kind="hard",
            status="5.1.10",
            rcpt="ops.finance@pinecrest-hotels.example",
            when="2026-12-16 08:02 +0000",
            rlang="en",
            inv="NE-2026-0382",
            owed="2475.00",
            cur="GBP",
            note="Office 365 NDR, recipient not found",
        ),
        bounce_o365_en,
    ),
    (
        Bounce(
            key="bo-de-exchange",
            lang="de",
            kind="hard",
            status="5.2.1",
            rcpt="rechnungswesen@stadtwerke-fehmarn.example",
            when="2026-12-17 09:12 +0100",
            rlang="de",
            inv="NE-2026-0383",
            owed="1890.00",
            note="on-premises Exchange 'Unzustellbar', mailbox disabled",
        ),
        bounce_exchange_de,
    ),
    (
        Bounce(
            key="bo-de-gateway",
            lang="de",
            kind="soft",
            status="4.7.1",
            rcpt="einkauf@hansekongress-luebeck.example",
            when="2027-01-07 09:34 +0100",
            rlang="de",
            inv="NE-2026-0384",
            owed="5320.00",
            queued=60,
            note="security gateway's delay notice (greylisting), plain text, not RFC 3464",
        ),
        bounce_gateway_de,
    ),
    (
        Bounce(
            key="bo-fr-isp",
            lang="fr",
            kind="hard",
            status="5.1.1",
            rcpt="compta@salledesfetes-bellerive.example",
            when="2026-12-15 08:52 +0100",
            rlang="fr",
            inv="NE-2026-0385",
            owed="960.00",
            note="French provider notice in ISO-8859-1 with the original inline",
        ),
        bounce_isp_fr,
    ),
    (
        Bounce(
            key="bo-fr-gmail",
            lang="fr",
            kind="soft",
            status="5.2.2",
            rcpt="regie.lacigale@gmail.com",
            when="2026-12-21 23:31 -0800",
            rlang="fr",
            inv="NE-2026-0386",
            owed="1275.00",
            note="Gmail 'inbox full' in French: mailbox full is soft even with a 5.x code, the code is kept",
        ),
        bounce_gmail_fr,
    ),
    (
        Bounce(
            key="bo-es-o365",
            lang="es",
            kind="soft",
            status="4.4.7",
            rcpt="tesoreria@recintoferial-guadalquivir.example",
            when="2027-01-12 12:05 +0000",
            rlang="es",
            inv="NE-2026-0388",
            owed="6890.00",
            queued=240,
            note="Office 365 delay notice in Spanish",
        ),
        bounce_o365_es_delay,
    ),
    (
        Bounce(
            key="bo-nl-exim",
            lang="nl",
            kind="hard",
            status="5.1.1",
            rcpt="facturen@dansschool-rijnmond.example",
            when="2026-12-18 08:44 +0100",
            rlang="nl",
            inv="NE-2026-0379",
            owed="720.00",
            note="Exim failure localised in Dutch, plain text with the message inline",
        ),
        bounce_exim_nl,
    ),
    (
        Bounce(
            key="bo-nl-full",
            lang="nl",
            kind="soft",
            status="4.2.2",
            rcpt="info@sportkantine-hetveld.example",
            when="2026-12-29 10:20 +0100",
            rlang="nl",
            inv="NE-2026-0378",
            owed="1045.00",
            queued=90,
            note="Dutch provider delay report, mailbox full",
        ),
        bounce_isp_nl_full,
    ),
    (
        Bounce(
            key="bo-it-qmail",
            lang="it",
            kind="hard",
            status="5.1.1",
            rcpt="ufficio.acquisti@villamedicea-eventi.example",
            when="2026-12-16 08:39 +0100",
            rlang="it",
            inv="NE-2026-0377",
            owed="3380.00",
            note="localised qmail failure notice without MIME headers",
        ),
        bounce_qmail_it,
    ),
    (
        Bounce(
            key="bo-it-delay",
            lang="it",
            kind="soft",
            status="4.4.2",
            rcpt="amministrazione@cantinacolliberici-eventi.example",
            when="2027-01-13 08:50 +0100",
            rlang="it",
            inv="NE-2026-0376",
            owed="2150.00",
            queued=1445,
            note="Exim-style 24-hour delay warning in Italian, plain text",
        ),
        bounce_exim_it_delay,
    ),
]

# --------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply, file: str) -> Label:
    x = r.ex
    return Label(
        file=file,
        intent=r.intent,
        promised_date=x.promised,
        paid_date=x.paid,
        return_date=x.back,
        payment_reference=x.ref,
        amount=x.amount,
        currency=x.currency,
        new_contact=x.contact,
        bounce_kind=None,
        failed_recipient=None,
        bounce_status=None,
        invoice_refs=list(x.refs),
        language=r.lang,
        note=x.note,
    )


def bounce_label(b: Bounce, file: str) -> Label:
    return Label(
        file=file,
        intent="bounce",
        promised_date=None,
        paid_date=None,
        return_date=None,
        payment_reference=None,
        amount=None,
        currency=None,
        new_contact=None,
        bounce_kind=b.kind,
        failed_recipient=b.rcpt,
        bounce_status=b.status,
        invoice_refs=[],
        language=b.lang,
        note=b.note,
    )


@dataclass(frozen=True)
class Item:
    """One corpus message before it gets its file name."""

    key: str
    message: Message
    label: Callable[[str], Label]


def all_items() -> list[Item]:
    items = [Item(r.key, build_reply(r), partial(reply_label, r)) for r in REPLIES]
    items += [Item(b.key, build(b), partial(bounce_label, b)) for b, build in BOUNCES]
    return items


# --------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------

DATE_RE = re.compile(r"^20(26|27)-\d{2}-\d{2}$")
AMOUNT_RE = re.compile(r"^\d+\.\d{2}$")
INVOICE_RE = re.compile(r"^NE-2026-\d{4}$")
STATUS_RE = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")


class CorpusError(Exception):
    """The corpus breaks one of its own rules."""


def require(condition: bool, problem: str) -> None:
    if not condition:
        raise CorpusError(problem)


def check_headers(name: str, part: EmailMessage) -> None:
    for header, value in part.items():
        if isinstance(value, BaseHeader):
            require(not value.defects, f"{name}: {header} header defects {value.defects}")
            require("=?" not in str(value), f"{name}: {header} not decoded")


def check_text(name: str, part: EmailMessage) -> None:
    content = part.get_content()
    require(isinstance(content, str), f"{name}: text part did not decode to str")
    require("\ufffd" not in str(content), f"{name}: undecodable bytes in a text part")


def check_message(name: str, data: bytes) -> None:
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        require(msg[header] is not None, f"{name}: no {header}")
    for part in msg.walk():
        require(not part.defects, f"{name}: MIME defects {part.defects}")
        check_headers(name, part)
        if part.get_content_maintype() == "text":
            check_text(name, part)


def check_label_fields(label: Label) -> None:
    name = label["file"]
    dates = (label["promised_date"], label["paid_date"], label["return_date"])
    require(all(d is None or DATE_RE.match(d) for d in dates), f"{name}: bad date")
    amount, currency = label["amount"], label["currency"]
    require((amount is None) == (currency is None), f"{name}: amount without currency")
    require(amount is None or bool(AMOUNT_RE.match(amount)), f"{name}: bad amount")
    require(currency is None or currency in CURRENCIES, f"{name}: bad currency")
    require(all(INVOICE_RE.match(ref) for ref in label["invoice_refs"]), f"{name}: bad invoice ref")
    contact = label["new_contact"]
    require(contact is None or (contact == contact.lower() and "@" in contact), f"{name}: contact")


def check_label_intent(label: Label) -> None:
    name, intent = label["file"], label["intent"]
    require(label["promised_date"] is None or intent == "promise_to_pay", f"{name}: promised_date")
    require(label["paid_date"] is None or intent == "payment_sent", f"{name}: paid_date")
    require(label["payment_reference"] is None or intent == "payment_sent", f"{name}: reference")
    require(label["return_date"] is None or intent == "auto_reply", f"{name}: return_date")
    require(label["new_contact"] is None or intent == "wrong_contact", f"{name}: new_contact")
    bounce_fields = (label["bounce_kind"], label["failed_recipient"], label["bounce_status"])
    if intent == "bounce":
        status = label["bounce_status"] or ""
        require(all(bounce_fields) and bool(STATUS_RE.match(status)), f"{name}: bounce fields")
    else:
        require(not any(bounce_fields), f"{name}: bounce fields on a non-bounce")


def check_labels(labels: list[Label]) -> None:
    for label in labels:
        require(tuple(label) == LABEL_KEYS, f"{label['file']}: label keys or order")
        require(label["intent"] in INTENTS and label["language"] in LANGS, "intent or language")
        check_label_fields(label)
        check_label_intent(label)
    cells = Counter((label["intent"], label["language"]) for label in labels)
    require(len(labels) == 120, "120 messages")
    for intent in INTENTS:
        require(sum(cells[intent, lang] for lang in LANGS) == 12, f"12 messages of {intent}")
        require(all(cells[intent, lang] for lang in LANGS), f"every language covers {intent}")
    kinds = Counter(label["bounce_kind"] for label in labels if label["intent"] == "bounce")
    require(kinds["hard"] == 6 and kinds["soft"] == 6, "6 hard and 6 soft bounces")


def new_text(r: Reply) -> str:
    return "\n".join([r.body, *(answer for _, answer in r.inline)])


def check_reply(r: Reply) -> None:
    day = r.dt.date().isoformat()
    require(FIRST_DAY <= day <= LAST_DAY, f"{r.key}: dated {day}")
    text = new_text(r)
    written = set(re.findall(r"NE-2026-\d{4}", text))
    require(written == set(r.ex.refs), f"{r.key}: invoice_refs differ from the new text")
    contact = r.ex.contact
    require(contact is None or contact in text.lower(), f"{r.key}: new contact not in the text")
    require(r.intent != "bounce", f"{r.key}: replies are not bounces")


def check_sources() -> None:
    keys = [r.key for r in REPLIES] + [b.key for b, _ in BOUNCES]
    require(len(set(keys)) == len(keys), "duplicate keys")
    invoices = [r.inv for r in REPLIES] + [b.inv for b, _ in BOUNCES]
    require(len(set(invoices)) == len(invoices), "an invoice number is reminded twice")
    bodies = [new_text(r).lower() for r in REPLIES]
    require(len(set(bodies)) == len(bodies), "two replies have the same text")
    for r in REPLIES:
        check_reply(r)
    for b, _ in BOUNCES:
        day = b.dt.date().isoformat()
        require(FIRST_DAY <= day <= LAST_DAY, f"{b.key}: dated {day}")


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


def count_table(labels: list[Label]) -> str:
    cells = Counter((label["intent"], label["language"]) for label in labels)
    rows = [
        "| intent | " + " | ".join(LANGS) + " | total |",
        "|---|" + "---:|" * (len(LANGS) + 1),
    ]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[intent, lang] for intent in INTENTS) for lang in LANGS]
    bold = " | ".join(f"**{total}**" for total in totals)
    rows.append(f"| **total** | {bold} | **{sum(totals)}** |")
    return "\n".join(rows)


def shuffled(items: Iterable[Item]) -> list[Item]:
    """A fixed pseudo-random order: the seeded hash of each key decides."""
    return sorted(items, key=lambda item: digest(item.key, "file-order"))


def write_all() -> list[Label]:
    check_sources()
    items = shuffled(all_items())
    for old in HERE.glob(f"{FILE_PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for number, item in enumerate(items, start=1):
        name = f"{FILE_PREFIX}-{number:03d}.eml"
        data = item.message.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        labels.append(item.label(name))
    check_labels(labels)
    lines = [json.dumps(label, ensure_ascii=False) + "\n" for label in labels]
    (HERE / "labels.jsonl").write_text("".join(lines), encoding="utf-8")
    return labels


def main() -> int:
    try:
        labels = write_all()
    except CorpusError as problem:
        print(f"corpus check failed: {problem}", file=sys.stderr)
        return 1
    print(count_table(labels))
    kinds = Counter(label["bounce_kind"] for label in labels if label["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft")
    return 0


if __name__ == "__main__":
    sys.exit(main())
