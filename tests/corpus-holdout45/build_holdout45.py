# ruff: noqa: E501, RUF001
"""Build held-out reply corpus 45: the `h45-NNN.eml` files and `labels.jsonl`.

Silverline Coolers rents out and services water coolers and coffee machines. Its receivables team
sends overdue reminders, and every message here is something that came back to that mailbox. The
new text of each message is written by hand below. The script adds only what a mail client or a
mail server would add: the quoted reminder in the client's layout and language, headers, MIME
structure, charsets and transfer encodings, and the machine parts of delivery reports. It writes
next to itself, deterministically: fixed seed, fixed boundaries, Message-IDs derived from each
message's key, no clock.
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
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import Literal, TypedDict

HERE = Path(__file__).resolve().parent
SEED = 45_2026_1123
FILE_PREFIX = "h45"
AR_NAME = "Silverline Coolers Receivables"
AR_ADDR = "receivables@silverline-coolers.example"
AR_DOMAIN = "silverline-coolers.example"

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
Region = Literal["en-GB", "en-US", "en-IE"]
Client = Literal[
    "outlook",
    "outlook_html",
    "outlook_html_only",
    "owa",
    "outlook_ios",
    "gmail",
    "gmail_plain",
    "apple",
    "iphone",
    "samsung",
    "thunderbird",
    "notice",
    "notice_html",
]
Cte = Literal["qp", "b64", "8bit"]

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


class Extract(TypedDict, total=False):
    """The extracted fields a message carries beyond its intent (absent means null)."""

    promised_date: str
    paid_date: str
    return_date: str
    payment_reference: str
    amount: str
    currency: str
    new_contact: str
    bounce_kind: str
    failed_recipient: str
    bounce_status: str


class Label(TypedDict):
    """One line of labels.jsonl, keys in the order of holdout2's labels."""

    file: str
    intent: str
    promised_date: str | None
    paid_date: str | None
    return_date: str | None
    payment_reference: str | None
    amount: str | None
    currency: str | None
    new_contact: str | None
    bounce_kind: str | None
    failed_recipient: str | None
    bounce_status: str | None
    invoice_refs: list[str]
    language: str
    note: str | None


LABEL_ORDER = tuple(Label.__annotations__)
# Which extracted fields each intent may carry; everything else stays null.
FIELDS_BY_INTENT: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}

# --------------------------------------------------------------------------------------------
# Calendar words and date layouts
# --------------------------------------------------------------------------------------------

DAY_ABBR: dict[str, list[str]] = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
}
DAY_NAMES: dict[str, list[str]] = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
}
MONTH_ABBR: dict[str, list[str]] = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": [
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
    ],
    "fr": [
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
    ],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
}
MONTH_NAMES: dict[str, list[str]] = {
    "en": [
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
    ],
    "de": [
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
    ],
    "fr": [
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
    ],
    "es": [
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
    ],
    "nl": [
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
    ],
    "it": [
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
    ],
}

# Attribution and header-block layouts, keyed by locale ("en-GB" also serves "en-IE").
GMAIL_ATTR = {
    "en-US": "On {wd}, {mon} {d}, {yyyy} at {h}:{mi}\u202f{ap} {name} <{addr}> wrote:",
    "en-GB": "On {wd}, {d} {mon} {yyyy} at {HH}:{mi}, {name} <{addr}> wrote:",
    "de": "Am {wd}, {d}. {mon} {yyyy} um {HH}:{mi} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wd} {d} {mon} {yyyy} à {HH}:{mi}, {name} <{addr}> a écrit :",
    "es": "El {wd}, {d} {mon} {yyyy} a las {H}:{mi}, {name} (<{addr}>) escribió:",
    "nl": "Op {wd} {d} {mon} {yyyy} om {HH}:{mi} schreef {name} <{addr}>:",
    "it": "Il giorno {wd} {d} {mon} {yyyy} alle ore {HH}:{mi} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en-US": "On {mon} {d}, {yyyy}, at {h}:{mi}\u202f{ap}, {name} <{addr}> wrote:",
    "en-GB": "On {d} {mon} {yyyy}, at {HH}:{mi}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{yyyy} um {HH}:{mi} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mon} {yyyy} à {HH}:{mi}, {name} <{addr}> a écrit :",
    "es": "El {d} {mon} {yyyy}, a las {H}:{mi}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mon} {yyyy} om {HH}:{mi} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mon} {yyyy}, alle ore {HH}:{mi}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR = {
    "en-US": "On {m}/{d}/{yy} {h}:{mi} {ap}, {name} wrote:",
    "en-GB": "On {dd}/{mo}/{yyyy} {HH}:{mi}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mi} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{yyyy} à {HH}:{mi}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{mi}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{yyyy} om {HH}:{mi} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{mi}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en-US": "{wdl}, {monl} {d}, {yyyy} {h}:{mi} {ap}",
    "en-GB": "{dd} {monl} {yyyy} {HH}:{mi}",
    "de": "{wdl}, {d}. {monl} {yyyy} {HH}:{mi}",
    "fr": "{wdl} {d} {monl} {yyyy} {HH}:{mi}",
    "es": "{wdl}, {d} de {monl} de {yyyy} {H}:{mi}",
    "nl": "{wdl} {d} {monl} {yyyy} {HH}:{mi}",
    "it": "{wdl} {d} {monl} {yyyy} {HH}:{mi}",
}
SAMSUNG_DATE = {
    "en-US": "{m}/{d}/{yy} {h}:{mi} {ap} (GMT{tz})",
    "en-GB": "{dd}/{mo}/{yyyy} {HH}:{mi} (GMT{tz})",
    "de": "{dd}.{mo}.{yy} {HH}:{mi} (GMT{tz})",
    "fr": "{dd}/{mo}/{yyyy} {HH}:{mi} (GMT{tz})",
    "es": "{dd}/{mo}/{yy} {H}:{mi} (GMT{tz})",
    "nl": "{dd}-{mo}-{yyyy} {HH}:{mi} (GMT{tz})",
    "it": "{dd}/{mo}/{yyyy} {HH}:{mi} (GMT{tz})",
}
SHORT_DATE = {
    "en-US": "{mon} {d}, {yyyy}",
    "en-GB": "{d} {mon} {yyyy}",
    "de": "{dd}.{mo}.{yyyy}",
    "fr": "{dd}/{mo}/{yyyy}",
    "es": "{dd}/{mo}/{yyyy}",
    "nl": "{dd}-{mo}-{yyyy}",
    "it": "{dd}/{mo}/{yyyy}",
}

# Outlook's header block: separator line, then the From / Sent / To / Subject labels.
OUTLOOK_LABELS: dict[str, tuple[str, str, str, str, str]] = {
    "en": ("-----Original Message-----", "From:", "Sent:", "To:", "Subject:"),
    "de": ("-----Ursprüngliche Nachricht-----", "Von:", "Gesendet:", "An:", "Betreff:"),
    "fr": ("-----Message d'origine-----", "De :", "Envoyé :", "À :", "Objet :"),
    "es": ("-----Mensaje original-----", "De:", "Enviado el:", "Para:", "Asunto:"),
    "nl": ("-----Oorspronkelijk bericht-----", "Van:", "Verzonden:", "Aan:", "Onderwerp:"),
    "it": ("-----Messaggio originale-----", "Da:", "Inviato:", "A:", "Oggetto:"),
}
SAMSUNG_LABELS: dict[str, tuple[str, str, str, str, str]] = {
    "en": ("-------- Original message --------", "From:", "Date:", "To:", "Subject:"),
    "de": ("-------- Ursprüngliche Nachricht --------", "Von:", "Datum:", "An:", "Betreff:"),
    "fr": ("-------- Message d'origine --------", "De :", "Date :", "À :", "Objet :"),
    "es": ("-------- Mensaje original --------", "De:", "Fecha:", "Para:", "Asunto:"),
    "nl": ("-------- Oorspronkelijk bericht --------", "Van:", "Datum:", "Aan:", "Onderwerp:"),
    "it": ("-------- Messaggio originale --------", "Da:", "Data:", "A:", "Oggetto:"),
}
OUTLOOK_RE = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ", "it": "R: "}
IPHONE_SIG = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
SAMSUNG_SIG = {
    "en": "Sent from my Galaxy",
    "de": "Von meinem Galaxy gesendet",
    "fr": "Envoyé depuis mon Galaxy",
    "es": "Enviado desde mi Galaxy",
    "nl": "Verzonden vanaf mijn Galaxy",
    "it": "Inviato dal mio Galaxy",
}
OUTLOOK_IOS_SIG = {
    "en": "Get Outlook for iOS",
    "de": "Outlook für iOS beziehen",
    "fr": "Obtenir Outlook pour iOS",
    "es": "Obtener Outlook para iOS",
    "nl": "Outlook voor iOS downloaden",
    "it": "Scarica Outlook per iOS",
}
CONTENT_LANGUAGE = {
    "en-GB": "en-GB",
    "en-US": "en-US",
    "en-IE": "en-IE",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}
CURRENCY_BY_LOCALE = {"en-GB": "GBP", "en-US": "USD", "en-IE": "EUR"}
NBSP = "\u00a0"

# --------------------------------------------------------------------------------------------
# The reminder Silverline sent, in each language
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Payment reminder: invoice {inv} is overdue",
    "de": "Zahlungserinnerung – Rechnung {inv}",
    "fr": "Rappel : facture {inv} échue",
    "es": "Aviso: factura {inv} pendiente de pago",
    "nl": "Betalingsherinnering factuur {inv}",
    "it": "Sollecito di pagamento – fattura {inv}",
}
REMINDER_BODY = {
    "en": """Hello,

Our records show that the invoice below, for your Silverline equipment rental and service plan, is now past due:

Invoice number: {inv}
Invoice date: {issued}
Due date: {due}
Amount outstanding: {amount}

If you have already made this payment, thank you – please disregard this reminder, or let us know the payment date and reference so that we can allocate it. If anything on the invoice needs correcting, simply reply to this email.

Best regards,

Accounts Receivable
Silverline Coolers
receivables@silverline-coolers.example""",
    "de": """Guten Tag,

bei der Durchsicht unserer Konten ist uns aufgefallen, dass die folgende Rechnung für Miete und Service Ihrer Silverline-Geräte noch offen ist:

Rechnungsnummer: {inv}
Rechnungsdatum: {issued}
Fällig am: {due}
Offener Betrag: {amount}

Falls Sie die Zahlung bereits veranlasst haben, danken wir Ihnen und bitten Sie, diese Erinnerung als gegenstandslos zu betrachten oder uns kurz Zahlungsdatum und Referenz mitzuteilen. Sollte an der Rechnung etwas nicht stimmen, antworten Sie einfach auf diese E-Mail.

Freundliche Grüße

Forderungsmanagement
Silverline Coolers
receivables@silverline-coolers.example""",
    "fr": """Bonjour,

Sauf erreur ou omission de notre part, la facture ci-dessous, relative à la location et à l'entretien de vos équipements Silverline, n'a pas encore été réglée :

N° de facture : {inv}
Date de facture : {issued}
Date d'échéance : {due}
Montant restant dû : {amount}

Si votre règlement est déjà parti, nous vous en remercions ; merci dans ce cas de nous indiquer la date et la référence du paiement afin que nous puissions le rapprocher. Si un élément de la facture vous semble inexact, il vous suffit de répondre à ce message.

Bien cordialement,

Service Recouvrement
Silverline Coolers
receivables@silverline-coolers.example""",
    "es": """Buenos días:

Según nuestros registros, la siguiente factura, correspondiente al alquiler y mantenimiento de sus equipos Silverline, figura como vencida:

N.º de factura: {inv}
Fecha de factura: {issued}
Fecha de vencimiento: {due}
Importe pendiente: {amount}

Si ya han realizado el pago, les damos las gracias y les rogamos que nos indiquen la fecha y la referencia para poder conciliarlo. Si hay algún error en la factura, basta con responder a este correo.

Un cordial saludo,

Departamento de Cobros
Silverline Coolers
receivables@silverline-coolers.example""",
    "nl": """Beste klant,

Volgens onze administratie is de onderstaande factuur voor de huur en het onderhoud van uw Silverline-apparatuur nog niet voldaan:

Factuurnummer: {inv}
Factuurdatum: {issued}
Vervaldatum: {due}
Openstaand bedrag: {amount}

Heeft u al betaald, dan danken wij u hartelijk; wilt u ons in dat geval de betaaldatum en het kenmerk laten weten, zodat wij de betaling kunnen verwerken? Klopt er iets niet aan de factuur, beantwoord dan gewoon deze e-mail.

Met vriendelijke groet,

Debiteurenbeheer
Silverline Coolers
receivables@silverline-coolers.example""",
    "it": """Gentile cliente,

dalle nostre verifiche contabili la seguente fattura, relativa al noleggio e all'assistenza delle vostre apparecchiature Silverline, risulta non ancora saldata:

Numero fattura: {inv}
Data fattura: {issued}
Scadenza: {due}
Importo da saldare: {amount}

Qualora abbiate già provveduto al pagamento, vi ringraziamo e vi chiediamo di comunicarci data e riferimento del versamento, così da poterlo abbinare. Se qualcosa nella fattura non fosse corretto, è sufficiente rispondere a questa e-mail.

Cordiali saluti,

Ufficio Crediti
Silverline Coolers
receivables@silverline-coolers.example""",
}

# What a Latin-1 client does with characters it cannot send.
LATIN1_SUBSTITUTES = {
    "–": "-",
    "—": "-",
    "€": "EUR",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "…": "...",
    "\u202f": " ",
}

# --------------------------------------------------------------------------------------------
# Small helpers: hashing, dates, money, text
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """Stable bytes for a message key (no randomness, no clock)."""
    return hashlib.sha256(f"{salt}|{key}".encode()).digest()


def number(key: str, salt: str, modulo: int) -> int:
    return int.from_bytes(digest(key, salt)[:6], "big") % modulo


def b32(key: str, salt: str, length: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:length]


def hexid(key: str, salt: str, length: int) -> str:
    return digest(key, salt).hex()[:length]


def uuid_like(key: str, salt: str) -> str:
    h = digest(key, salt).hex().upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def layout_key(loc: str) -> str:
    """The layout tables know en-GB, en-US and the five other languages."""
    return "en-GB" if loc == "en-IE" else loc


def tokens(loc: str, when: datetime) -> dict[str, str]:
    lang = loc[:2]
    offset = when.strftime("%z")
    return {
        "wd": DAY_ABBR[lang][when.weekday()],
        "wdl": DAY_NAMES[lang][when.weekday()],
        "mon": MONTH_ABBR[lang][when.month - 1],
        "monl": MONTH_NAMES[lang][when.month - 1],
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "m": str(when.month),
        "mo": f"{when.month:02d}",
        "yyyy": str(when.year),
        "yy": f"{when.year % 100:02d}",
        "H": str(when.hour),
        "HH": f"{when.hour:02d}",
        "mi": f"{when.minute:02d}",
        "h": str(when.hour % 12 or 12),
        "ap": "AM" if when.hour < 12 else "PM",
        "tz": f"{offset[:3]}:{offset[3:]}",
    }


def render(table: dict[str, str], *, loc: str, when: datetime, **extra: str) -> str:
    return table[layout_key(loc)].format(**tokens(loc, when), **extra)


def parse_when(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def money(value: str, loc: str) -> str:
    """Format an amount like "1276.50" the way the reminder shows it in `loc`."""
    units, cents = value.split(".")
    grouped = f"{int(units):,}"
    if loc.startswith("en"):
        symbol = {"GBP": "£", "USD": "$"}.get(CURRENCY_BY_LOCALE[loc], "€")
        return f"{symbol}{grouped}.{cents}"
    if loc == "fr":
        return f"{grouped.replace(',', NBSP)},{cents}{NBSP}€"
    dotted = grouped.replace(",", ".")
    return f"€ {dotted},{cents}" if loc in {"nl", "it"} else f"{dotted},{cents} €"


def fit_charset(text: str, charset: str) -> str:
    """Replace what the charset cannot carry, as the sending client would."""
    if charset == "utf-8":
        return text
    table = LATIN1_SUBSTITUTES if charset == "iso-8859-1" else {"\u202f": " "}
    for bad, good in table.items():
        text = text.replace(bad, good)
    return text


def quote_block(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_text(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str, tag: str = "p") -> str:
    return "\n".join(f"<{tag}>{html_text(p)}</{tag}>" for p in text.split("\n\n"))


def mso_paragraphs(text: str) -> str:
    rows = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        rows.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(rows)


def clean(text: str) -> str:
    """Hand-written bodies start on the line after the opening quotes."""
    return text.strip("\n")


# --------------------------------------------------------------------------------------------
# Messages as data
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One hand-written message: who sent it, when, with which client, and its labels."""

    key: str
    intent: Intent
    lang: Lang
    sender: tuple[str, str]
    when: str
    client: Client
    body: str
    extract: Extract = field(default_factory=Extract)
    refs: tuple[str, ...] = ()
    note: str | None = None
    region: Region | None = None
    rlang: Lang | None = None
    invoice: str = ""
    amount: str = ""
    charset: str = "utf-8"
    cte: Cte = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    cc: str = ""
    reminder_to: str = ""
    attachment: tuple[str, bytes] | None = None
    html: str = ""
    threaded: bool = True

    @property
    def dt(self) -> datetime:
        return parse_when(self.when)

    @property
    def loc(self) -> str:
        """The sender's locale: it sets the client's attribution lines and labels."""
        return self.region or ("en-GB" if self.lang == "en" else self.lang)

    @property
    def text(self) -> str:
        return clean(self.body)


@dataclass(frozen=True, kw_only=True)
class Reminder:
    """The overdue reminder a message answers (or, in a bounce, the one that failed)."""

    key: str
    loc: str
    to: str
    sent: datetime
    invoice: str
    amount: str

    @property
    def lang(self) -> str:
        return self.loc[:2]

    @property
    def due(self) -> datetime:
        return self.sent - timedelta(days=9 + number(self.key, "due", 12))

    @property
    def issued(self) -> datetime:
        return self.due - timedelta(days=30)

    @property
    def subject(self) -> str:
        return REMINDER_SUBJECT[self.lang].format(inv=self.invoice)

    @property
    def text(self) -> str:
        return REMINDER_BODY[self.lang].format(
            inv=self.invoice,
            issued=render(SHORT_DATE, loc=self.loc, when=self.issued),
            due=render(SHORT_DATE, loc=self.loc, when=self.due),
            amount=money(self.amount, self.loc),
        )

    @property
    def message_id(self) -> str:
        return f"<ar.{hexid(self.key, 'reminder', 20)}@mailer.{AR_DOMAIN}>"


@dataclass(frozen=True, kw_only=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str

    @property
    def lang(self) -> str:
        return self.loc[:2]


def default_invoice(key: str) -> str:
    return f"SC-2026-{41000 + number(key, 'invoice', 6900):05d}"


def default_amount(key: str) -> str:
    return f"{84 + number(key, 'amount', 780)}.{number(key, 'cents', 20) * 5:02d}"


def reminder_sent(reply: datetime, key: str) -> datetime:
    """The reminder left on a working day one or two days before the reply, in the morning."""
    day = reply - timedelta(days=1 + number(key, "lag", 2))
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(hour=8, minute=31 + number(key, "minute", 25), second=0)


def reminder_for(r: Reply) -> Reminder:
    same = r.rlang is None or r.rlang == r.lang
    loc = r.loc if same else ("en-GB" if r.rlang == "en" else str(r.rlang))
    return Reminder(
        key=r.key,
        loc=loc,
        to=r.reminder_to or r.sender[1],
        sent=reminder_sent(r.dt, r.key),
        invoice=r.invoice or default_invoice(r.key),
        amount=r.amount or default_amount(r.key),
    )


def quote_for(r: Reply) -> Quote:
    rem = reminder_for(r)
    shown_to = f"{r.sender[0]} <{rem.to}>" if r.sender[0] else rem.to
    return Quote(
        text=fit_charset(rem.text, r.charset),
        subject=fit_charset(rem.subject, r.charset),
        sent=rem.sent,
        loc=r.loc,
        to=fit_charset(shown_to, r.charset),
    )


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------

# Charset.body_encoding: anything but QP or BASE64 leaves the text as it is (7bit or 8bit).
PASS_THROUGH = 0
TRANSFER: dict[str, int] = {
    "qp": email_charset.QP,
    "b64": email_charset.BASE64,
    "8bit": PASS_THROUGH,
}


def text_part(
    text: str, *, subtype: str = "plain", charset: str = "utf-8", cte: Cte = "qp"
) -> Message:
    """A text part in the charset and transfer encoding the client would choose."""
    text.encode(charset)  # the hand-written text must fit the declared charset
    codec = email_charset.Charset(charset)
    codec.body_encoding = TRANSFER[cte]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, codec)
    return part


def alternative(plain: Message, markup: Message) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def reply_alternative(r: Reply, plain: str, markup: str, cte: Cte | None = None) -> Message:
    enc = cte or r.cte
    return alternative(
        text_part(plain, charset=r.charset, cte=enc),
        text_part(markup, subtype="html", charset=r.charset, cte=enc),
    )


def header_value(value: str, charset: str, name: str = "Subject") -> str:
    """A header as a client writes it: RFC 2047 encoded words when it is not ASCII."""
    if value.isascii():
        return value
    chosen = charset
    try:
        value.encode(chosen)
    except UnicodeEncodeError:
        chosen = "utf-8"
    return Header(value, chosen, header_name=name).encode()


def address(name: str, addr: str, charset: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_value(name, charset, 'From')} <{addr}>"


# --------------------------------------------------------------------------------------------
# Mail clients: what each one wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def outlook_lines(q: Quote) -> list[str]:
    _, frm, sent, to, subj = OUTLOOK_LABELS[q.lang]
    return [
        f"{frm} {AR_NAME} <{AR_ADDR}>",
        f"{sent} {render(OUTLOOK_SENT, loc=q.loc, when=q.sent)}",
        f"{to} {q.to}",
        f"{subj} {q.subject}",
    ]


def outlook_head_html(q: Quote) -> str:
    rows = []
    for line in outlook_lines(q):
        label, _, value = line.partition(": ")
        rows.append(f"<b>{html.escape(label)}:</b> {html.escape(value)}")
    return "<br>\n".join(rows)


def word_document(r: Reply, q: Quote) -> str:
    lang = CONTENT_LANGUAGE[r.loc].upper()
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face {{font-family:"Aptos";}}
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}}
span.EmailStyle19 {{mso-style-type:personal-reply; color:windowtext;}}
@page WordSection1 {{size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style>
</head>
<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
{mso_paragraphs(r.text)}
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal">{outlook_head_html(q)}<o:p></o:p></p>
</div>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
{mso_paragraphs(q.text)}
</div>
</body>
</html>
"""


def client_outlook(r: Reply, q: Quote) -> Message:
    block = "\n".join([OUTLOOK_LABELS[q.lang][0], *outlook_lines(q)])
    return text_part(f"{r.text}\n\n{block}\n\n{q.text}\n", charset=r.charset, cte=r.cte)


def client_outlook_html(r: Reply, q: Quote) -> Message:
    plain = "\n".join([r.text, "", *outlook_lines(q), "", q.text, ""])
    return reply_alternative(r, plain, word_document(r, q))


def client_outlook_html_only(r: Reply, q: Quote) -> Message:
    return text_part(word_document(r, q), subtype="html", charset=r.charset, cte=r.cte)


def owa_document(r: Reply, q: Quote, signature: str = "") -> str:
    sig = (
        f'<div id="ms-outlook-mobile-signature"><div dir="ltr">{html.escape(signature)}</div></div>\n'
        if signature
        else ""
    )
    return f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">
<style type="text/css" style="display:none;"> P {{margin-top:0;margin-bottom:0;}} </style>
</head>
<body dir="ltr">
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
{html_text(r.text)}</div>
{sig}<div id="appendonsend"></div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{outlook_head_html(q)}</font>
<div>&nbsp;</div>
</div>
<div>{html_paragraphs(q.text, "div")}</div>
</body>
</html>
"""


def client_owa(r: Reply, q: Quote) -> Message:
    plain = "\n".join([r.text, "", "_" * 32, *outlook_lines(q), "", q.text, ""])
    return reply_alternative(r, plain, owa_document(r, q))


def client_outlook_ios(r: Reply, q: Quote) -> Message:
    sig = OUTLOOK_IOS_SIG[q.lang]
    plain = "\n".join([r.text, "", sig, "_" * 32, *outlook_lines(q), "", q.text, ""])
    return reply_alternative(r, plain, owa_document(r, q, sig), cte="b64")


def gmail_attribution(q: Quote) -> str:
    return render(GMAIL_ATTR, loc=q.loc, when=q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attribution(q: Quote) -> str:
    return render(APPLE_ATTR, loc=q.loc, when=q.sent, name=AR_NAME, addr=AR_ADDR)


def expand_inline(text: str, q: Quote, attribution: str) -> str:
    """Inline replies: `[[Qn]]` is paragraph n of the reminder, quoted; `[[A]]` the attribution.

    Without `[[A]]` the attribution line opens the message.
    """
    paragraphs = q.text.split("\n\n")
    body = re.sub(r"\[\[Q(\d)\]\]", lambda m: quote_block(paragraphs[int(m.group(1))]), text)
    return body.replace("[[A]]", attribution) if "[[A]]" in body else f"{attribution}\n\n{body}"


def is_inline(r: Reply) -> bool:
    return "[[Q" in r.text


def client_gmail(r: Reply, q: Quote) -> Message:
    attr = fit_charset(gmail_attribution(q), r.charset)
    plain = f"{r.text}\n\n{attr}\n\n{quote_block(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_text(r.text)}</div><br>'
        f'<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{html.escape(attr)}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text, 'div')}</blockquote></div>\n"
    )
    return reply_alternative(r, plain, markup)


def client_gmail_plain(r: Reply, q: Quote) -> Message:
    attr = fit_charset(gmail_attribution(q), r.charset)
    if is_inline(r):
        return text_part(f"{expand_inline(r.text, q, attr)}\n", charset=r.charset, cte=r.cte)
    return text_part(f"{r.text}\n\n{attr}\n\n{quote_block(q.text)}\n", charset=r.charset, cte=r.cte)


def client_apple(r: Reply, q: Quote) -> Message:
    attr = fit_charset(apple_attribution(q), r.charset)
    plain = f"{r.text}\n\n{attr}\n\n{quote_block(q.text)}\n"
    markup = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset={r.charset}"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{html_paragraphs(r.text, "div")}<div><br><blockquote type="cite"><div>{html.escape(attr)}</div><br>'
        f"{html_paragraphs(q.text, 'div')}</blockquote></div><br></body></html>\n"
    )
    return reply_alternative(r, plain, markup)


def client_iphone(r: Reply, q: Quote) -> Message:
    attr = fit_charset(apple_attribution(q), r.charset)
    quoted = quote_block(f"{attr}\n\n{q.text}")
    return text_part(
        f"{r.text}\n\n{IPHONE_SIG[q.lang]}\n\n{quoted}\n", charset=r.charset, cte=r.cte
    )


def samsung_block(q: Quote) -> list[str]:
    sep, frm, when, to, subj = SAMSUNG_LABELS[q.lang]
    return [
        sep,
        f"{frm} {AR_NAME} <{AR_ADDR}>",
        f"{when} {render(SAMSUNG_DATE, loc=q.loc, when=q.sent)}",
        f"{to} {q.to}",
        f"{subj} {q.subject}",
    ]


def client_samsung(r: Reply, q: Quote) -> Message:
    sig = SAMSUNG_SIG[q.lang]
    block = samsung_block(q)
    plain = "\n".join([r.text, "", "", "", sig, "", "", *block, "", q.text, ""])
    head = "".join(f"<div>{html.escape(line)}</div>" for line in block)
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        f'<div dir="auto">{html_text(r.text)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">{html.escape(sig)}</div></div>'
        f'<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">{head}</div>'
        f"{html_paragraphs(q.text, 'div')}</body></html>\n"
    )
    return reply_alternative(r, plain, markup, cte="b64")


def client_thunderbird(r: Reply, q: Quote) -> Message:
    attr = fit_charset(render(THUNDERBIRD_ATTR, loc=q.loc, when=q.sent, name=AR_NAME), r.charset)
    if is_inline(r):
        text = f"{expand_inline(r.text, q, attr)}\n"
    else:
        text = f"{r.text}\n\n{attr}\n{quote_block(q.text)}\n"
    part = text_part(text, charset=r.charset, cte=r.cte)
    if r.charset == "utf-8" and r.cte != "b64":
        part.set_param("format", "flowed")
    return part


def client_notice(r: Reply, q: Quote) -> Message:
    del q  # automatic notices quote nothing
    return text_part(r.text + "\n", charset=r.charset, cte=r.cte)


def client_notice_html(r: Reply, q: Quote) -> Message:
    del q
    markup = r.html or (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>'
        f'<body style="font-family:Arial,sans-serif;font-size:14px">{html_paragraphs(r.text)}</body></html>\n'
    )
    return reply_alternative(r, r.text + "\n", markup)


CLIENTS: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": client_outlook,
    "outlook_html": client_outlook_html,
    "outlook_html_only": client_outlook_html_only,
    "owa": client_owa,
    "outlook_ios": client_outlook_ios,
    "gmail": client_gmail,
    "gmail_plain": client_gmail_plain,
    "apple": client_apple,
    "iphone": client_iphone,
    "samsung": client_samsung,
    "thunderbird": client_thunderbird,
    "notice": client_notice,
    "notice_html": client_notice_html,
}
OUTLOOK_CLIENTS = frozenset({"outlook", "outlook_html", "outlook_html_only", "owa", "outlook_ios"})
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3774.600.62)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C161)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}


# --------------------------------------------------------------------------------------------
# Headers, identifiers and the finished reply
# --------------------------------------------------------------------------------------------


def outlook_message_id(r: Reply) -> str:
    us = r.loc == "en-US"
    host = f"{'CH3PR' if us else 'DU2PR'}{10 + number(r.key, 'pod', 80):02d}MB{1000 + number(r.key, 'srv', 9000)}"
    region = f"{'namprd' if us else 'eurprd'}{number(r.key, 'region', 9) + 1:02d}"
    return f"<{host}{b32(r.key, 'outlook', 20)}@{host}.{region}.prod.outlook.com>"


def reply_message_id(r: Reply) -> str:
    domain = r.sender[1].split("@")[1]
    if r.client in OUTLOOK_CLIENTS:
        return outlook_message_id(r)
    if r.client in {"gmail", "gmail_plain"}:
        tail = (
            base64.urlsafe_b64encode(digest(r.key, "gmail")).decode().rstrip("=").replace("-", "+")
        )
        return f"<CA{tail[:44]}@mail.gmail.com>"
    if r.client in {"apple", "iphone"}:
        return f"<{uuid_like(r.key, 'apple')}@{domain}>"
    if r.client == "samsung":
        return f"<{hexid(r.key, 'sam', 16)}.{hexid(r.key, 'sung', 8)}@email.android.com>"
    if r.client == "thunderbird":
        return f"<{uuid_like(r.key, 'tb').lower()}@{domain}>"
    return f"<{hexid(r.key, 'notice', 24)}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_RE[q.lang] if r.client in OUTLOOK_CLIENTS else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread-index")[:22]).decode()
    return [
        ("Thread-Topic", header_value(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", f"{CONTENT_LANGUAGE[r.loc]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[r.loc]),
        ("X-MS-Has-Attach", "yes" if r.attachment else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    if r.attachment is None:
        return body
    name, data = r.attachment
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(data, "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(pdf)
    return outer


def mime_headers_last(msg: Message) -> None:
    """Envelope headers first, MIME headers last, the way clients write them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def strip_inner_versions(part: Message, *, top: bool) -> None:
    """Only a message's top (or a returned message's top) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if not part.is_multipart():
        return
    for sub in part.get_payload():
        if isinstance(sub, Message):
            strip_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


BOUNDARY_SHAPES: dict[str, Callable[[str, str], str]] = {
    "outlook": lambda key, salt: f"_000_{b32(key, salt, 20)}_",
    "exchange": lambda key, salt: f"_{uuid_like(key, salt).lower()}_",
    "gmail": lambda key, salt: f"000000000000{hexid(key, salt, 12)}",
    "apple": lambda key, salt: f"Apple-Mail={uuid_like(key, salt)}",
    "samsung": lambda key, salt: f"--_com.samsung.android.email_{number(key, salt, 10**15)}",
    "thunderbird": lambda key, salt: f"------------{b32(key, salt, 24)}",
    "postfix": lambda key, salt: (
        f"{hexid(key, salt, 8).upper()}.{number(key, salt, 10**10)}/mta-out2.{AR_DOMAIN}"
    ),
}


def boundary_for(style: str, key: str, n: int) -> str:
    """Deterministic boundaries shaped like the sending software's own."""
    family = (
        "outlook"
        if style in OUTLOOK_CLIENTS
        else {"gmail_plain": "gmail", "iphone": "apple"}.get(style, style)
    )
    salt = f"boundary-{n}"
    shape = BOUNDARY_SHAPES.get(family)
    if shape is not None:
        return shape(key, salt)
    return f"----=_Part_{number(key, salt, 10**6)}_{number(key, salt + 'b', 10**9)}.{number(key, salt + 'c', 10**13)}"


def finalize(msg: Message, *, key: str, style: str) -> Message:
    mime_headers_last(msg)
    strip_inner_versions(msg, top=True)
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(boundary_for(style, key, n))
    return msg


def build_reply(r: Reply) -> Message:
    q = quote_for(r)
    rem = reminder_for(r)
    msg = with_attachment(r, CLIENTS[r.client](r, q))
    msg["From"] = address(*r.sender, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = r.cc
    msg["Subject"] = header_value(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_message_id(r)
    if r.threaded:  # an AP system's payment advice is a new message, not a reply
        msg["In-Reply-To"] = rem.message_id
        msg["References"] = rem.message_id
    extra = outlook_headers(r, q) if r.client in OUTLOOK_CLIENTS else []
    for name, value in [*extra, *CLIENT_HEADERS.get(r.client, ()), *r.headers]:
        msg[name] = value
    return finalize(msg, key=r.key, style=r.client)


FAKE_PDF = (
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
    b"trailer\n<< /Root 1 0 R /Size 3 >>\n%%EOF\n"
)
AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS_ALL = ("X-Auto-Response-Suppress", "All")


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

ADVICE_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #d0d7de">
<tr><td style="background:#0b3d6b;color:#fff;padding:12px 16px;font-size:16px"><b>PAYMENT ADVICE</b></td></tr>
<tr><td style="padding:12px 16px">
<p>Payee: <b>Silverline Coolers</b><br>Vendor ID: V-004417<br>Payer: BrightSmile Dental Group, LLC</p>
<table cellpadding="4" cellspacing="0" style="font-size:13px">
<tr><td>Payment number</td><td><b>ACH-88213047</b></td></tr>
<tr><td>Payment date</td><td>12/04/2026</td></tr>
<tr><td>Payment method</td><td>ACH credit</td></tr>
<tr><td>Bank account</td><td>****2291</td></tr>
</table>
<table cellpadding="4" cellspacing="0" style="font-size:13px;border-top:1px solid #d0d7de;margin-top:10px" width="100%">
<tr style="background:#f3f5f7"><th align="left">Invoice</th><th align="left">Invoice date</th><th align="right">Amount paid</th></tr>
<tr><td>SC-2026-43310</td><td>10/15/2026</td><td align="right">$1,276.50</td></tr>
<tr><td colspan="2" align="right"><b>Total paid</b></td><td align="right"><b>$1,276.50</b></td></tr>
</table>
<p style="color:#666;font-size:11px">Funds are normally available in 1&ndash;2 business days. This message was generated automatically and replies to this address are not monitored. For questions about this payment contact accountspayable@brightsmile-dental.example.</p>
</td></tr></table>
</body></html>
"""

PAYMENT_SENT = [
    Reply(
        key="ps-en-paid",
        intent="payment_sent",
        lang="en",
        region="en-US",
        sender=("Marcus Bell", "marcus@ironclad-gym.example"),
        when="2026-12-01 07:12 -0600",
        client="iphone",
        body="""
Paid.
""",
        note="one-word reply to the reminder: paid, no date or amount",
    ),
    Reply(
        key="ps-en-advice",
        intent="payment_sent",
        lang="en",
        region="en-US",
        sender=(
            "BrightSmile Dental Group – Accounts Payable",
            "ap-noreply@brightsmile-dental.example",
        ),
        when="2026-12-04 06:02 -0500",
        client="notice_html",
        subject="Payment Advice – Remittance ACH-88213047 – Silverline Coolers",
        invoice="SC-2026-43310",
        amount="1276.50",
        body="""
PAYMENT ADVICE

Payee: Silverline Coolers
Vendor ID: V-004417
Payer: BrightSmile Dental Group, LLC

Payment number: ACH-88213047
Payment date: 12/04/2026
Payment method: ACH credit
Bank account: ****2291

Invoice            Invoice date    Amount paid
SC-2026-43310      10/15/2026      $1,276.50

Total paid: $1,276.50

Funds are normally available in 1–2 business days. This message was generated automatically and replies to this address are not monitored. For questions about this payment contact accountspayable@brightsmile-dental.example.
""",
        html=ADVICE_HTML,
        threaded=False,
        headers=(AUTO_GENERATED, ("X-Mailer", "PayablesHub Remittance Service 4.2")),
        extract=Extract(
            paid_date="2026-12-04",
            payment_reference="ACH-88213047",
            amount="1276.50",
            currency="USD",
        ),
        refs=("SC-2026-43310",),
        note="AP system's payment advice with Auto-Submitted: auto-generated is a payment, not an auto-reply; its 'not monitored' line and contact address do not make it wrong_contact; US date 12/04 = 4 Dec",
    ),
    Reply(
        key="ps-en-rambling",
        intent="payment_sent",
        lang="en",
        sender=("Dean Whitlock", "dean@peakformgyms-rugby.example"),
        when="2026-12-03 21:37 +0000",
        client="gmail",
        amount="318.60",
        body="""
Hi there,

Sorry it's taken me a while to get back to you, it's been a mad few weeks here. We've had the floor redone in the main studio so everything got shuffled about, including your cooler, which ended up in the corridor by the changing rooms for about a fortnight (it's back where it should be now and working fine before you ask!). On top of that our old manager Kerry left in October and the new one is still finding her feet with the admin side, which is probably why your invoice got missed in the first place.

Anyway, to answer your email – Sophie in the office did the transfer yesterday afternoon, £318.60. If it hasn't turned up by Monday let me know and I'll get her to check with the bank.

While I've got you, is there any chance of getting the filters changed a bit earlier next time? A couple of members have said the water tastes a bit "plasticky". No rush.

Cheers,
Dean

Dean Whitlock
Franchise Owner – PeakForm Gyms Rugby
""",
        extract=Extract(paid_date="2026-12-02", amount="318.60", currency="GBP"),
        note="long rambling reply; the payment is buried mid-message; 'yesterday' from Thu 3 Dec = 2 Dec; the filter request is secondary",
    ),
    Reply(
        key="ps-de-erledigt",
        intent="payment_sent",
        lang="de",
        sender=("Zahnarztpraxis Dr. Rahn – Anmeldung", "anmeldung@zahnarztpraxis-rahn.example"),
        when="2026-12-08 12:41 +0100",
        client="iphone",
        body="""
Erledigt.
""",
        note="one word, 'done': in answer to a reminder it means paid; no date",
    ),
    Reply(
        key="ps-de-wertstellung",
        intent="payment_sent",
        lang="de",
        sender=("Petra Lindner", "p.lindner@autohaus-brandt.example"),
        when="2026-12-01 10:18 +0100",
        client="outlook",
        charset="windows-1252",
        invoice="SC-2026-44102",
        amount="1094.80",
        body="""
Sehr geehrte Damen und Herren,

die o. g. Rechnung SC-2026-44102 über 1.094,80 € haben wir mit Wertstellung 30.11.2026 an Sie überwiesen.
Zahlungsreferenz: ZV-2611-0087

Bitte gleichen Sie Ihre Offene-Posten-Liste entsprechend ab.

Mit freundlichen Grüßen

Petra Lindner
Finanzbuchhaltung

Autohaus Brandt GmbH & Co. KG
Industriestraße 14 · 74076 Heilbronn
Tel. 07131 555-210
Sitz der Gesellschaft: Heilbronn · Registergericht Stuttgart HRA 123456
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.
""",
        extract=Extract(
            paid_date="2026-11-30",
            payment_reference="ZV-2611-0087",
            amount="1094.80",
            currency="EUR",
        ),
        refs=("SC-2026-44102",),
        note="'mit Wertstellung 30.11.2026' is the payment date",
    ),
    Reply(
        key="ps-fr-carte",
        intent="payment_sent",
        lang="fr",
        sender=("Claire Dumont", "intendance@ecole-les-tilleuls.example"),
        when="2026-11-27 14:05 +0100",
        client="gmail",
        amount="214.80",
        body="""
Bonjour,

Je viens de régler la facture par carte bancaire sur votre espace client, pour un montant de 214,80 €. Le numéro d'autorisation indiqué est le 058213.

Pourriez-vous m'envoyer un justificatif de paiement pour notre comptabilité ?

Cordialement,

Claire Dumont
Intendance – École Montessori Les Tilleuls
""",
        extract=Extract(
            paid_date="2026-11-27",
            payment_reference="058213",
            amount="214.80",
            currency="EUR",
        ),
        note="card payment just made plus a request for a receipt: the payment drives the action; the authorisation number is the reference",
    ),
    Reply(
        key="ps-fr-vendredi",
        intent="payment_sent",
        lang="fr",
        sender=("Julien Marchetti", "julien.marchetti74@orange.fr"),
        when="2026-12-08 19:52 +0100",
        client="samsung",
        body="""
bonsoir
le virement est parti vendredi dernier, vous devriez l avoir recu normalement. si c est pas le cas dites le moi
julien
salle FitBox Annecy
""",
        extract=Extract(paid_date="2026-12-04"),
        note="no accents or apostrophes; 'vendredi dernier' from Tue 8 Dec = 4 Dec",
    ),
    Reply(
        key="ps-es-hecho",
        intent="payment_sent",
        lang="es",
        sender=("Administración Gimnasio Vértice", "administracion@gimnasiovertice.example"),
        when="2026-12-10 11:26 +0100",
        client="outlook_html",
        invoice="SC-2026-45018",
        amount="356.95",
        body="""
Buenos días:

Les confirmo que hoy hemos realizado la transferencia de 356,95 € correspondiente a la factura SC-2026-45018. Referencia de la operación: 0182-TRF-77410.

Disculpen el retraso.

Un saludo,

Nuria Caballero
Administración
Gimnasio Vértice S.L.

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. En cumplimiento del RGPD, le informamos de que sus datos forman parte de un tratamiento cuyo responsable es Gimnasio Vértice S.L.
""",
        extract=Extract(
            paid_date="2026-12-10",
            payment_reference="0182-TRF-77410",
            amount="356.95",
            currency="EUR",
        ),
        refs=("SC-2026-45018",),
    ),
    Reply(
        key="ps-es-domiciliacion",
        intent="payment_sent",
        lang="es",
        sender=("Ramón Ortega", "ramon@clinicadentalortega.example"),
        when="2026-12-02 09:48 +0100",
        client="iphone",
        body="""
No entiendo por qué me reclamáis esto. Se pagó el día 20 del mes pasado por domiciliación bancaria, como todos los meses. Revisadlo, por favor.
""",
        extract=Extract(paid_date="2026-11-20"),
        note="irritated 'already paid' claim: payment_sent, not dispute; 'el día 20 del mes pasado' from 2 Dec = 20 Nov",
    ),
    Reply(
        key="ps-nl-betaalbewijs",
        intent="payment_sent",
        lang="nl",
        sender=("Marieke de Graaf", "balie@tandartsenpraktijkdemolen.example"),
        when="2026-12-03 09:15 +0100",
        client="outlook_html",
        body="""
Goedemorgen,

De factuur is vanochtend door ons betaald. In de bijlage vindt u het betaalbewijs van de bank (transactiereferentie 2026120300193847).

Met vriendelijke groet,

Marieke de Graaf
Praktijkmanager
Tandartsenpraktijk De Molen
""",
        attachment=("betaalbewijs.pdf", FAKE_PDF),
        extract=Extract(paid_date="2026-12-03", payment_reference="2026120300193847"),
        note="proof of payment attached as a PDF",
    ),
    Reply(
        key="ps-nl-maandag",
        intent="payment_sent",
        lang="nl",
        sender=("Ruud Hermans", "ruud@coworkdekade.example"),
        when="2026-12-10 16:30 +0100",
        client="gmail_plain",
        body="""
Hallo,

Wij hebben dit bedrag afgelopen maandag al overgemaakt, dus ik snap deze herinnering niet helemaal. Twee keer betalen gaan we in ieder geval niet doen.

Groet,
Ruud Hermans
CoWork De Kade
""",
        extract=Extract(paid_date="2026-12-07"),
        note="'afgelopen maandag' from Thu 10 Dec = 7 Dec; refusing to pay twice is not a dispute of the invoice",
    ),
    Reply(
        key="ps-it-cro",
        intent="payment_sent",
        lang="it",
        sender=("Elena Rota", "amministrazione@spazio-navigli.example"),
        when="2026-11-30 10:02 +0100",
        client="outlook_html",
        invoice="SC-2026-42219",
        amount="429.70",
        body="""
Buongiorno,

vi confermiamo che in data 27/11 abbiamo disposto il bonifico di € 429,70 a saldo della fattura SC-2026-42219 (CRO 1101263310045521).

Cordiali saluti

Elena Rota
Amministrazione – Spazio Navigli Coworking
""",
        extract=Extract(
            paid_date="2026-11-27",
            payment_reference="1101263310045521",
            amount="429.70",
            currency="EUR",
        ),
        refs=("SC-2026-42219",),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        key="pr-en-ooo-human",
        intent="promise_to_pay",
        lang="en",
        sender=("Hayley Brooks", "hayley.brooks@lanternlegal.example"),
        when="2026-12-03 18:22 +0000",
        client="iphone",
        subject="Out of office until Monday – re your reminder",
        body="""
Hi, I'm off until Monday so can't get into the banking app from here, but I'll pay it first thing Monday morning when I'm back in. Sorry for the delay!

Hayley
""",
        extract=Extract(promised_date="2026-12-07"),
        note="typed by a person despite the 'out of office' subject, so not auto_reply; 'Monday' after Thu 3 Dec = 7 Dec",
    ),
    Reply(
        key="pr-en-checkrun",
        intent="promise_to_pay",
        lang="en",
        region="en-US",
        sender=("Tanya Reeves", "treeves@lakeshore-chevrolet.example"),
        when="2026-12-08 13:47 -0600",
        client="outlook",
        body="""
Hi,

This one is approved and will go out in Friday's check run. Checks are mailed the same day from our Naperville office, so allow a few days for the mail.

Thanks,

Tanya Reeves
Accounts Payable | Lakeshore Chevrolet
(630) 555-0143
""",
        extract=Extract(promised_date="2026-12-11"),
        note="'Friday's check run' after Tue 8 Dec = 11 Dec; 'approved' is past tense but nothing has been paid",
    ),
    Reply(
        key="pr-en-scheduled",
        intent="promise_to_pay",
        lang="en",
        region="en-US",
        sender=("Priya Natarajan", "priya@northfieldarchitects.example"),
        when="2026-12-02 16:05 -0800",
        client="gmail",
        amount="642.00",
        body="""
Hi there,

Thanks for the nudge. I've scheduled the payment through our bank's bill pay for 12/15 – $642.00 – so you should see it that week.

Best,
Priya

Priya Natarajan
Office Manager
Northfield Architects
""",
        extract=Extract(promised_date="2026-12-15", amount="642.00", currency="USD"),
        note="past tense 'I've scheduled' announces a future payment; US date 12/15",
    ),
    Reply(
        key="pr-de-kw50",
        intent="promise_to_pay",
        lang="de",
        sender=("Jana Wolff", "j.wolff@steuerkanzlei-wolff.example"),
        when="2026-12-01 11:30 +0100",
        client="outlook_html",
        body="""
Guten Tag,

vielen Dank für die Erinnerung. Die Rechnung ist bei uns leider im Freigabeprozess hängen geblieben. Die Zahlung erfolgt in KW 50.

Freundliche Grüße
Jana Wolff
Büroleitung
Steuerkanzlei Wolff
""",
        extract=Extract(promised_date="2026-12-07"),
        note="'KW 50' is ISO week 7–13 Dec 2026; labelled with its Monday, as 'next week' is",
    ),
    Reply(
        key="pr-de-am15",
        intent="promise_to_pay",
        lang="de",
        sender=("Nico Berger", "nico@kraftwerk-fitness.example"),
        when="2026-12-04 22:14 +0100",
        client="iphone",
        body="""
Hi, sorry, ist bei mir total untergegangen. Geht am 15. raus, dann ist auch die Miete vom Studio durch.

Gruß Nico
""",
        extract=Extract(promised_date="2026-12-15"),
        note="present tense 'geht am 15. raus' announces a future payment; 'am 15.' = 15 Dec",
    ),
    Reply(
        key="pr-fr-findemois",
        intent="promise_to_pay",
        lang="fr",
        sender=("Cabinet dentaire du Parc", "secretariat@cabinetdentaireduparc.example"),
        when="2026-11-25 15:40 +0100",
        client="outlook",
        charset="iso-8859-1",
        cte="8bit",
        body="""
Bonjour,

Nous réglons nos fournisseurs en fin de mois : votre facture sera donc payée fin de mois, comme d'habitude.

Cordialement,
Sandrine Colas
Secrétariat - Cabinet dentaire du Parc
""",
        extract=Extract(promised_date="2026-11-30"),
        note="'fin de mois' written on 25 Nov = 30 Nov",
    ),
    Reply(
        key="pr-fr-demain",
        intent="promise_to_pay",
        lang="fr",
        sender=("Yannick Le Goff", "yannick@legoff-automobiles.example"),
        when="2026-12-16 19:03 +0100",
        client="iphone",
        body="""
Desole, je m en occupe demain matin a la premiere heure.
Yannick
""",
        extract=Extract(promised_date="2026-12-17"),
        note="no accents; 'demain' from Wed 16 Dec = 17 Dec",
    ),
    Reply(
        key="pr-es-poliza",
        intent="promise_to_pay",
        lang="es",
        sender=("Luis Ferrer", "direccion@academiaferrer.example"),
        when="2026-12-10 13:12 +0100",
        client="gmail",
        body="""
Hola,

Tenéis razón, se nos ha pasado. Estamos esperando a que el banco nos renueve la póliza de crédito, que nos la confirman esta semana. Si todo va bien, os pagamos el lunes que viene sin falta.

Saludos,
Luis Ferrer
Director – Academia Ferrer
""",
        extract=Extract(promised_date="2026-12-14"),
        note="conditional promise with a firm day; 'el lunes que viene' from Thu 10 Dec = 14 Dec",
    ),
    Reply(
        key="pr-nl-volgendeweek",
        intent="promise_to_pay",
        lang="nl",
        sender=("Sanne Verhoeven", "sanne@fitnessclubdeberg.example"),
        when="2026-12-02 10:45 +0100",
        client="gmail",
        body="""
Goedemorgen,

Excuses, deze is er doorheen geglipt. We betalen hem volgende week vrijdag, samen met de rest van de openstaande facturen.

Groetjes,
Sanne
Fitnessclub De Berg
""",
        extract=Extract(promised_date="2026-12-11"),
        note="'volgende week vrijdag' from Wed 2 Dec = Fri 11 Dec, not Fri 4 Dec",
    ),
    Reply(
        key="pr-nl-ingepland",
        intent="promise_to_pay",
        lang="nl",
        sender=("Bas Kramer", "crediteuren@kramer-installatietechniek.example"),
        when="2026-12-09 14:20 +0100",
        client="owa",
        invoice="SC-2026-46107",
        amount="538.45",
        body="""
Geachte heer/mevrouw,

De betaling van factuur SC-2026-46107 (€ 538,45) is ingepland voor 18 december.

Met vriendelijke groet,

Bas Kramer
Crediteurenadministratie
Kramer Installatietechniek B.V.
""",
        extract=Extract(promised_date="2026-12-18", amount="538.45", currency="EUR"),
        refs=("SC-2026-46107",),
        note="'is ingepland' (has been scheduled) describes a future payment",
    ),
    Reply(
        key="pr-it-distinta",
        intent="promise_to_pay",
        lang="it",
        sender=("Giorgio Fabbri", "g.fabbri@autofabbri.example"),
        when="2026-12-14 09:35 +0100",
        client="outlook",
        body="""
Buongiorno,

la fattura è stata approvata e rientra nella distinta di pagamento di giovedì.

Saluti
Giorgio Fabbri
Ufficio Contabilità – Auto Fabbri S.p.A.
""",
        extract=Extract(promised_date="2026-12-17"),
        note="past tense 'è stata approvata'; Thursday's payment batch after Mon 14 Dec = 17 Dec",
    ),
    Reply(
        key="pr-it-10dic",
        intent="promise_to_pay",
        lang="it",
        sender=("Marta Colombo", "marta.colombo81@libero.it"),
        when="2026-12-03 17:50 +0100",
        client="gmail_plain",
        body="""
Buonasera, scusate il ritardo, pagheremo il 10 dicmbre insime alle altre fatture dei fornitori.
Marta
Palestra Energia - reception
""",
        extract=Extract(promised_date="2026-12-10"),
        note="typos ('dicmbre', 'insime')",
    ),
]

DISPUTE = [
    Reply(
        key="di-en-notinstalled",
        intent="dispute",
        lang="en",
        sender=("Oliver Grant", "oliver@thehiveworkspace.example"),
        when="2026-11-24 11:08 +0000",
        client="outlook_html",
        body="""
Hi,

To be clear, we have NOT paid this invoice and we won't be paying it as it stands. It includes £145 for installation of the plumbed-in unit on the second floor, and that unit has never been installed. It is still in its box in our post room, and nobody from Silverline has been back since the engineer said he needed a different fitting.

Please either send someone to finish the job or issue a credit for the installation charge.

Regards,
Oliver Grant
Operations Manager
The Hive Workspace
""",
        note="negated payment with the reason: installation billed but never done",
    ),
    Reply(
        key="di-en-bottles",
        intent="dispute",
        lang="en",
        region="en-US",
        sender=("Carla Jimenez", "carla@summitclimbinggym.example"),
        when="2026-11-30 09:20 -0700",
        client="gmail_plain",
        invoice="SC-2026-43877",
        amount="356.00",
        body="""
[[Q2]]

This invoice bills us for 40 five-gallon bottles in October. We received 24. Our front desk signs every delivery ticket and I have all of them here – 3 deliveries of 8. Happy to send photos.

[[Q3]]

Please correct it to 24 bottles and I'll get it paid.

Carla Jimenez
Front Desk Manager, Summit Climbing Gym
""",
        note="inline reply under quoted parts of the reminder; wrong quantity; payment after correction is conditional",
    ),
    Reply(
        key="di-en-duplicate",
        intent="dispute",
        lang="en",
        sender=("Gemma Lowry", "accounts@rosemountdental.example"),
        when="2026-12-15 10:44 +0000",
        client="thunderbird",
        invoice="SC-2026-44026",
        body="""
Hello,

SC-2026-43981 was paid on the 20th of November by BACS. SC-2026-44026, the one you are chasing, covers the same machine for the same period (October rental, serial SL-CM-20877), so it looks like a duplicate. We won't be paying it. Can you cancel it and confirm?

Thanks,
Gemma Lowry
Practice Accounts, Rosemount Dental Care
""",
        refs=("SC-2026-43981", "SC-2026-44026"),
        note="payment claim for one invoice, duplicate billing for the chased one: dispute wins; the paid date belongs to the other invoice and is not labelled",
    ),
    Reply(
        key="di-de-defekt",
        intent="dispute",
        lang="de",
        sender=("Michael Sauer", "m.sauer@autohaus-sauer.example"),
        when="2026-12-09 08:55 +0100",
        client="outlook_html_only",
        body="""
Guten Morgen,

die Kaffeemaschine in unserem Kundenwartebereich ist seit drei Wochen defekt. Wir haben die Störung am 18.11. gemeldet (Ticket 55102), einen Techniker haben wir seitdem nicht gesehen.

Die Servicepauschale für November zahlen wir erst, wenn das Gerät wieder läuft. Bitte schicken Sie zeitnah jemanden vorbei.

Mit freundlichen Grüßen
Michael Sauer
Serviceleiter
Autohaus Sauer GmbH
""",
        note="'we pay only once it works again': service not done; HTML-only message",
    ),
    Reply(
        key="di-de-bestellnummer",
        intent="dispute",
        lang="de",
        sender=("Verwaltung Gymnasium Lindenhof", "verwaltung@gymnasium-lindenhof.example"),
        when="2026-11-26 13:30 +0100",
        client="outlook",
        charset="iso-8859-1",
        invoice="SC-2026-42806",
        body="""
Sehr geehrte Damen und Herren,

die Rechnung SC-2026-42806 weist die Bestellnummer 4500118832 aus. Diese Bestellnummer stammt nicht von uns; unsere Bestellungen beginnen mit "GL-". Außerdem haben wir bei Ihnen nur zwei Wasserspender gemietet, berechnet sind vier.

Wir bitten um Prüfung und Stornierung.

Mit freundlichen Grüßen
i. A. Brigitte Hahn
Schulverwaltung
""",
        refs=("SC-2026-42806",),
        note="not our PO number and wrong quantity",
    ),
    Reply(
        key="di-fr-avoir",
        intent="dispute",
        lang="fr",
        sender=("Laurent Petit", "l.petit@coworking-lafabrique.example"),
        when="2026-12-04 10:15 +0100",
        client="gmail",
        body="""
Bonjour,

Cette facture a déjà fait l'objet d'un avoir : votre collègue du service client nous a envoyé l'avoir AV-2026-0318 le 12 novembre, suite à la panne de la fontaine pendant tout le mois d'octobre. Le solde est donc à zéro de notre côté.

Merci de mettre à jour votre relance.

Laurent Petit
Responsable de site – La Fabrique Coworking
""",
        note="already credited",
    ),
    Reply(
        key="di-fr-tarif",
        intent="dispute",
        lang="fr",
        sender=("Dr Hélène Morel", "contact@cabinet-morel-dentiste.example"),
        when="2026-12-11 12:30 +0100",
        client="outlook_html",
        charset="windows-1252",
        amount="140.40",
        body="""
Madame, Monsieur,

Le tarif appliqué sur cette facture (39,00 € HT par mois pour la fontaine sur réseau) ne correspond pas à notre contrat, signé en mars, qui prévoit 29,00 € HT par mois. Nous réglerons la facture dès réception d’une facture rectifiée.

Bien cordialement,

Dr Hélène Morel
Chirurgien-dentiste
""",
        note="price dispute; paying after a corrected invoice is conditional",
    ),
    Reply(
        key="di-es-norecibido",
        intent="dispute",
        lang="es",
        sender=("Pablo Navarro", "pablo@crossfitturia.example"),
        when="2026-12-01 20:10 +0100",
        client="iphone",
        body="""
Hola, los 12 garrafones del pedido de octubre no llegaron nunca. Lo hablé con vuestro repartidor y me dijo que lo pasaba a la oficina. No vamos a pagar algo que no hemos recibido.
Pablo
""",
        note="goods not received; negated payment",
    ),
    Reply(
        key="di-es-tecnico",
        intent="dispute",
        lang="es",
        sender=("Inés Garrido", "igarrido@asesoriagarrido.example"),
        when="2026-12-14 12:05 +0100",
        client="gmail",
        amount="164.50",
        body="""
Buenos días:

El alquiler de la fuente de noviembre lo pagamos esta semana sin problema. Lo que no vamos a pagar es el cargo de 85 € por "servicio técnico" que aparece en la misma factura: en noviembre no vino ningún técnico, y nadie lo solicitó.

Quedo a la espera de la factura corregida.

Inés Garrido
Asesoría Garrido
""",
        note="a promise for the rental part and a dispute of a service charge on the same invoice: the dispute drives the action, no promised date labelled",
    ),
    Reply(
        key="di-nl-dubbel",
        intent="dispute",
        lang="nl",
        sender=("Anouk Smit", "financien@basisschoolderegenboog.example"),
        when="2026-11-27 11:22 +0100",
        client="outlook",
        cte="b64",
        body="""
Goedemiddag,

Deze factuur is volgens ons dubbel. De huur voor november staat ook al op SC-2026-43740 en die hebben wij op 10 november betaald. Kunt u deze factuur crediteren?

Met vriendelijke groet,

Anouk Smit
Financiële administratie
Basisschool De Regenboog
""",
        refs=("SC-2026-43740",),
        note="duplicate billing; the payment mentioned is of the other invoice",
    ),
    Reply(
        key="di-it-disdetta",
        intent="dispute",
        lang="it",
        sender=("Roberta Galli", "r.galli@studiogalli-commercialisti.example"),
        when="2026-12-07 15:45 +0100",
        client="owa",
        body="""
Buongiorno,

vi ricordo che il contratto di noleggio del distributore è stato disdetto con raccomandata A/R del 28 agosto e che il vostro tecnico ha ritirato l'apparecchio il 30 settembre. Non riconosciamo quindi alcun canone per ottobre e novembre.

Vi prego di annullare la fattura e di inviarci la nota di credito.

Cordiali saluti
Roberta Galli
Studio Galli – Dottori Commercialisti
""",
        note="contract cancelled and machine collected: no rent due",
    ),
    Reply(
        key="di-it-erogatori",
        intent="dispute",
        lang="it",
        sender=("Davide Ferri", "davide.ferri.titan@gmail.com"),
        when="2026-12-16 13:20 +0100",
        client="iphone",
        body="""
Ciao, in fattura ci sono 3 erogatori ma noi ne abbiamo solo 2, il terzo l avete ritirato a luglio. Finche non la correggete non la paghiamo, mi spiace
Davide - Palestra Titan
""",
        note="missing accents and apostrophes; wrong quantity",
    ),
]

PAYMENT_PLAN = [
    Reply(
        key="pp-en-hardship",
        intent="payment_plan",
        lang="en",
        sender=("Jess Okoro", "jess@corestudio-leeds.example"),
        when="2026-11-23 22:41 +0000",
        client="gmail",
        amount="612.40",
        body="""
Hi,

I'm really sorry about this. Being honest, things have been very tight since we lost a third of our members when the new budget gym opened down the road, and I'm juggling a lot of bills at the moment.

Would you be able to accept £100 a month until the balance is cleared? I can set up a standing order from the 1st of each month if that's ok with you.

Thanks for your patience,
Jess
Core Studio Leeds
""",
        note="hardship and monthly instalments; plan amounts and dates are not labelled",
    ),
    Reply(
        key="pp-en-settle",
        intent="payment_plan",
        lang="en",
        region="en-US",
        sender=("Glenn Hartley", "glenn@hartleyautobody.example"),
        when="2026-12-09 15:15 -0500",
        client="outlook_html",
        amount="486.00",
        body="""
Hi,

We returned the two coolers in September when we closed the showroom annex, and I think it's fair to say the last couple of months haven't given us much value. I can offer $300 to settle the balance in full today if you can agree to that. Let me know.

Glenn Hartley
General Manager
Hartley Auto Body & Sales
""",
        note="offer to settle for a reduced amount: payment_plan; the grumble does not contest a specific charge",
    ),
    Reply(
        key="pp-en-january",
        intent="payment_plan",
        lang="en",
        sender=("Andrew Pike", "bursar@stmarksprimary.example"),
        when="2026-12-16 14:02 +0000",
        client="outlook",
        charset="windows-1252",
        body="""
Dear Sir/Madam,

Thank you for your email. Our school budget for this term is fully committed and I’m afraid I can’t release this payment before the new financial period. Could you give us until the end of January? I can confirm the amount itself is not in question.

Kind regards,

Andrew Pike
School Business Manager
St Mark’s C of E Primary School
""",
        note="asks for more time ('could you give us until the end of January?'): a request, not a commitment; the date is not labelled",
    ),
    Reply(
        key="pp-de-raten",
        intent="payment_plan",
        lang="de",
        sender=("Sabine Krüger", "info@yogaraum-krueger.example"),
        when="2026-12-02 09:30 +0100",
        client="apple",
        amount="438.90",
        body="""
Hallo,

ich weiß, dass die Rechnung überfällig ist, und es tut mir leid. Das Jahr war für mein Studio finanziell schwierig. Wäre es möglich, den Betrag in drei Raten zu zahlen? Die erste Rate würde ich sofort überweisen, die beiden weiteren Mitte Januar und Mitte Februar.

Viele Grüße
Sabine Krüger
Yogaraum
""",
        note="three instalments with the first 'right away': a plan, not a payment sent",
    ),
    Reply(
        key="pp-fr-echelonner",
        intent="payment_plan",
        lang="fr",
        sender=("Mathieu Garnier", "compta@laruche-lyon.example"),
        when="2026-12-01 16:20 +0100",
        client="outlook_html",
        body="""
Bonjour,

Serait-il possible d'échelonner le règlement de cette facture en trois mensualités (décembre, janvier, février) ? Notre trésorerie est tendue en cette fin d'année.

Dans l'attente de votre retour,
Cordialement,

Mathieu Garnier
Comptabilité – La Ruche Lyon
""",
    ),
    Reply(
        key="pp-fr-delai",
        intent="payment_plan",
        lang="fr",
        sender=("Nathalie Roux", "nathalie.roux@salle-formeetvous.example"),
        when="2026-12-12 18:46 +0100",
        client="apple",
        body="""
Bonsoir,

Je me permets de vous répondre un samedi soir parce que c'est le seul moment où j'arrive à m'occuper de la paperasse. Comme vous le savez peut-être, notre salle a été fermée trois semaines en octobre à cause d'un dégât des eaux chez le voisin du dessus, puis il a fallu refaire toute l'électricité, et l'assurance n'a toujours pas versé un centime. Plusieurs adhérents ont résilié entre-temps.

Je ne conteste absolument pas votre facture, la fontaine fonctionne très bien et votre technicien est toujours très aimable. Mais je ne peux pas la régler tout de suite. Serait-il possible de m'accorder un délai de 60 jours ? Je préfère vous le dire franchement plutôt que de vous faire un chèque sans provision.

Merci d'avance pour votre compréhension,

Nathalie Roux
Gérante – Salle Forme & Vous
""",
        note="long hardship story; the request (a 60-day delay) comes near the end and the invoice is explicitly not contested",
    ),
    Reply(
        key="pp-es-plazos",
        intent="payment_plan",
        lang="es",
        sender=("Marisa Blanco", "marisa@clinicadentalblanco.example"),
        when="2026-12-03 13:40 +0100",
        client="gmail_plain",
        body="""
Hola,

¿Sería posible pagarla en dos plazos? La mitad ahora en diciembre y la otra mitad a finales de enero. Este mes hemos tenido que cambiar el compresor de la clínica y vamos muy justos.

Gracias,
Marisa Blanco
Clínica Dental Blanco
""",
    ),
    Reply(
        key="pp-es-rebaja",
        intent="payment_plan",
        lang="es",
        sender=("Toni Serra", "toni@academiaidiomasserra.example"),
        when="2026-11-26 21:05 +0100",
        client="iphone",
        body="""
Buenas noches. La academia ha perdido muchos alumnos este trimestre y ahora mismo no llego. ¿Me podéis hacer una rebaja, o dejarme pagarlo en febrero cuando empiece el nuevo curso? Gracias de verdad.
Toni
""",
        note="hardship; asks for a reduction or a delay to February",
    ),
    Reply(
        key="pp-nl-regeling",
        intent="payment_plan",
        lang="nl",
        sender=("Erik Jansen", "erik@jansenautos.example"),
        when="2026-12-08 10:10 +0100",
        client="outlook",
        charset="windows-1252",
        amount="780.25",
        body="""
Goedendag,

Wij willen graag een betalingsregeling treffen voor deze factuur. Zou € 150 per maand akkoord zijn? Dan kunnen we in januari beginnen.

Met vriendelijke groet,
Erik Jansen
Jansen Auto’s
""",
    ),
    Reply(
        key="pp-nl-uitstel",
        intent="payment_plan",
        lang="nl",
        sender=("Femke Dijkstra", "femke@dijkstra-vertalingen.example"),
        when="2026-12-15 11:55 +0100",
        client="gmail",
        body="""
Beste,

Zou het mogelijk zijn om uitstel van betaling te krijgen tot 15 januari? Onze grootste klant betaalt pas dan en ik wil niet rood staan. Laat u even weten of dat akkoord is?

Hartelijke groet,
Femke Dijkstra
Dijkstra Vertalingen
""",
        note="asks permission for a delay to a named date: a request, not a promise; the date is not labelled",
    ),
    Reply(
        key="pp-it-rate",
        intent="payment_plan",
        lang="it",
        sender=("Studio Dentistico Rinaldi", "amministrazione@studiodentisticorinaldi.example"),
        when="2026-12-10 12:12 +0100",
        client="outlook_html",
        charset="iso-8859-1",
        body="""
Gentili signori,

in considerazione dell'importo, chiediamo la possibilità di rateizzare il pagamento in quattro rate mensili a partire da gennaio.

Restiamo in attesa di un vostro riscontro.

Cordiali saluti
Silvia Rinaldi
Studio Dentistico Rinaldi
""",
    ),
    Reply(
        key="pp-it-sospensione",
        intent="payment_plan",
        lang="it",
        sender=("Alessandro Greco", "info@palestrafenice.example"),
        when="2026-11-24 18:30 +0100",
        client="thunderbird",
        body="""
Buonasera,

la palestra è chiusa per lavori di ristrutturazione fino a metà gennaio e in questo momento non abbiamo entrate. Possiamo sospendere i pagamenti e riprenderli da febbraio, magari dividendo l'arretrato in due o tre volte?

Grazie per la disponibilità,
Alessandro Greco
Palestra Fenice
""",
        note="hardship; asks to suspend payments and split the arrears",
    ),
]

INVOICE_REQUEST = [
    Reply(
        key="ir-en-copy",
        intent="invoice_request",
        lang="en",
        sender=("Rachel Simmons", "rachel.simmons@beaconrecruitment.example"),
        when="2026-11-26 09:50 +0000",
        client="owa",
        invoice="SC-2026-42750",
        body="""
Good morning,

We don't seem to have SC-2026-42750 on our system at all – I suspect it went to our previous office manager's mailbox before she left. Could you send a copy over and I'll get it processed?

Many thanks,
Rachel Simmons
Office Manager
Beacon Recruitment Ltd
""",
        refs=("SC-2026-42750",),
        note="never received, please resend; nothing contested, and the former manager is not a new contact",
    ),
    Reply(
        key="ir-en-w9",
        intent="invoice_request",
        lang="en",
        region="en-US",
        sender=("Denise Walker", "ap@oakridgefamilydental.example"),
        when="2026-12-07 10:31 -0500",
        client="outlook_html",
        body="""
Hello,

We are unable to release payment to new vendors until we have a current W-9 on file. Please send a signed W-9 for Silverline Coolers to this address and we will process the invoice in our next payment run.

Thank you,

Denise Walker
Accounts Payable
Oak Ridge Family Dental
""",
        note="tax form needed before payment; 'our next payment run' is no dated commitment",
    ),
    Reply(
        key="ir-en-bankdetails",
        intent="invoice_request",
        lang="en",
        region="en-IE",
        sender=("Conor Walsh", "finance@dockyardhub.example"),
        when="2026-12-17 15:08 +0000",
        client="gmail",
        body="""
Hi,

Our payments system flagged that the bank details on this invoice don't match the ones we have on file for Silverline. Before we pay anything could you send us your bank details on company letterhead, signed, and we'll verify them by phone?

Sorry for the hassle, we've been burnt by invoice fraud before.

Conor Walsh
Finance, Dockyard Hub
""",
        note="bank details needed before paying",
    ),
    Reply(
        key="ir-de-pdf",
        intent="invoice_request",
        lang="de",
        sender=("Frank Otto", "f.otto@otto-immobilien.example"),
        when="2026-12-10 17:25 +0100",
        client="outlook_ios",
        body="""
Hallo,

uns liegt diese Rechnung nicht vor, wahrscheinlich ist sie im Spam gelandet. Können Sie sie bitte noch einmal als PDF schicken?

Danke und Gruß
Frank Otto
""",
    ),
    Reply(
        key="ir-de-ustid",
        intent="invoice_request",
        lang="de",
        sender=("Kerstin Maier", "rechnungswesen@fitnesspark-maier.example"),
        when="2026-11-30 14:45 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        invoice="SC-2026-43399",
        body="""
Sehr geehrte Damen und Herren,

[[A]]
[[Q2]]

auf dieser Rechnung fehlen unsere USt-IdNr. und der Leistungszeitraum. In dieser Form kann unsere Buchhaltung sie nicht verarbeiten. Bitte stellen Sie uns eine korrigierte Rechnung aus; am Betrag selbst gibt es nichts auszusetzen.

Unsere USt-IdNr.: DE 298 765 432

Mit freundlichen Grüßen
Kerstin Maier
Rechnungswesen
FitnessPark Maier GmbH
""",
        note="inline reply; reissue with the VAT ID and service period, amount not contested",
    ),
    Reply(
        key="ir-fr-releve",
        intent="invoice_request",
        lang="fr",
        sender=("Agnès Fontaine", "agnes.fontaine@fontaine-associes.example"),
        when="2026-12-08 11:00 +0100",
        client="outlook_html",
        body="""
Bonjour,

Afin de faire le point sur notre compte, pourriez-vous nous adresser un relevé de compte détaillé ainsi que votre RIB ? Nous procéderons ensuite au règlement des factures en attente.

Bien à vous,

Agnès Fontaine
Assistante de direction
Fontaine & Associés
""",
        note="statement of account and bank details before paying; 'ensuite' is no dated promise",
    ),
    Reply(
        key="ir-es-pedido",
        intent="invoice_request",
        lang="es",
        sender=("Marta Vidal", "contabilidad@concesionariovidal.example"),
        when="2026-12-02 10:05 +0100",
        client="outlook_html",
        body="""
Buenos días:

No nos consta haber recibido esta factura. ¿Nos la podéis reenviar? Por favor, indicad en ella nuestro número de pedido, 2026/0877; sin él, el departamento de contabilidad no puede tramitarla.

Gracias y un saludo,
Marta Vidal
Contabilidad – Concesionario Vidal Motor
""",
    ),
    Reply(
        key="ir-es-certificado",
        intent="invoice_request",
        lang="es",
        sender=("Jorge Alonso", "jorge@espaciocomun.example"),
        when="2026-12-17 09:40 +0100",
        client="gmail",
        body="""
Hola,

Para poder pagar la factura necesitamos que nos enviéis el certificado de estar al corriente de pago con la Agencia Tributaria; nuestra gestoría nos lo pide para todos los proveedores habituales.

En cuanto lo tengamos, la tramitamos.

Un saludo,
Jorge Alonso
Espacio Común Coworking
""",
        note="tax certificate needed before payment",
    ),
    Reply(
        key="ir-nl-kopie",
        intent="invoice_request",
        lang="nl",
        sender=("Kees Mulder", "kees@mulderfysio.example"),
        when="2026-11-25 08:12 +0100",
        client="samsung",
        body="""
Goeiemorgen, wij kunnnen deze factuur nergens terugvinden. Kunt u ons een kopie sturen? dank
Kees
""",
        note="typo ('kunnnen')",
    ),
    Reply(
        key="ir-nl-inkooporder",
        intent="invoice_request",
        lang="nl",
        sender=("Lotte van Leeuwen", "crediteuren@scholengroephorizon.example"),
        when="2026-12-04 13:33 +0100",
        client="outlook_html",
        body="""
Geachte heer, mevrouw,

Wij kunnen deze factuur helaas niet betalen: facturen zonder inkoopordernummer worden door ons systeem automatisch afgekeurd. Wilt u de factuur opnieuw indienen met ons inkoopordernummer PO-26-01193?

Met vriendelijke groet,

Lotte van Leeuwen
Crediteurenadministratie
Scholengroep Horizon
""",
        note="'we cannot pay this invoice' because a PO number is missing: reissue request, not a dispute",
    ),
    Reply(
        key="ir-it-sdi",
        intent="invoice_request",
        lang="it",
        sender=("Ufficio Amministrazione", "amministrazione@autosaloneverdi.example"),
        when="2026-12-01 09:05 +0100",
        client="outlook",
        charset="iso-8859-1",
        cte="8bit",
        body="""
Buongiorno,

non abbiamo ricevuto la fattura elettronica tramite SdI. Vi chiediamo di verificare il codice destinatario e di riemetterla: il nostro codice è M5UXCR1.

Cordiali saluti
Ufficio Amministrazione
Autosalone Verdi S.r.l.
""",
        note="e-invoice never arrived through SdI; please reissue",
    ),
    Reply(
        key="ir-it-ddt",
        intent="invoice_request",
        lang="it",
        sender=("Chiara Marino", "chiara@coworkingtorre.example"),
        when="2026-12-11 16:40 +0100",
        client="iphone",
        body="""
Buongiorno, ci mandate copia della fattura e del DDT della consegna? Senza DDT il commercialista non ce la fa registrare. Grazie
Chiara
""",
        note="invoice copy and delivery note",
    ),
]

WRONG_CONTACT = [
    Reply(
        key="wc-en-reception",
        intent="wrong_contact",
        lang="en",
        sender=("Park View Dental Reception", "reception@parkviewdental.example"),
        when="2026-12-02 12:15 +0000",
        client="iphone",
        body="""
Hi, I'm on reception here and don't deal with invoices. Please email our practice manager Gillian Roe at gillian.roe@parkviewdental.example – she does all the supplier payments.

Thanks
Amy
""",
        extract=Extract(new_contact="gillian.roe@parkviewdental.example"),
    ),
    Reply(
        key="wc-en-redirect",
        intent="wrong_contact",
        lang="en",
        region="en-US",
        sender=("Harborview Motors Accounting", "accounting@harborview-motors.example"),
        reminder_to="ap@harborviewmotors.example",
        when="2026-12-10 12:03 -0500",
        client="outlook_html",
        body="""
Hello,

Please be advised that effective immediately all invoices, statements and remittance correspondence for Harborview Motors should be sent to our new accounts mailbox: harborviewmotors.ap@gmail.com. Our old address is being decommissioned and will no longer be checked.

Kindly update your records and confirm once done.

Regards,
Accounting Department
Harborview Motors
""",
        extract=Extract(new_contact="harborviewmotors.ap@gmail.com"),
        note="phishing-like: sent from a look-alike domain (harborview-motors vs harborviewmotors, where the reminder went) and redirects mail to a free-mail box; labelled on what it asks, the collector must verify before changing anything",
    ),
    Reply(
        key="wc-en-unmonitored",
        intent="wrong_contact",
        lang="en",
        region="en-US",
        sender=("Summit Fitness Billing", "billing@summitfitnessclubs.example"),
        when="2026-12-14 06:00 -0500",
        client="notice",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED,),
        body="""
This mailbox is no longer monitored.

As of November 1, Summit Fitness invoices and billing questions are handled by our shared services team. Please resend your message to ap@summitfitness-shared.example so it can be processed.

Thank you.
""",
        extract=Extract(new_contact="ap@summitfitness-shared.example"),
        note="automatic 'no longer monitored' notice naming the new mailbox: wrong_contact",
    ),
    Reply(
        key="wc-de-nachfolge",
        intent="wrong_contact",
        lang="de",
        sender=("Lena Hoffmann", "l.hoffmann@coworking-werkhalle.example"),
        when="2026-11-30 08:40 +0100",
        client="outlook",
        body="""
Guten Tag,

ich bin seit Ende Oktober nicht mehr für die Buchhaltung der Werkhalle zuständig. Bitte wenden Sie sich künftig an meine Kollegin Julia Brandt: j.brandt@coworking-werkhalle.example

Viele Grüße
Lena Hoffmann
""",
        extract=Extract(new_contact="j.brandt@coworking-werkhalle.example"),
    ),
    Reply(
        key="wc-de-zentrale",
        intent="wrong_contact",
        lang="de",
        sender=("Studioleitung FitFabrik Kassel", "kassel@fitfabrik.example"),
        when="2026-12-15 09:12 +0100",
        client="owa",
        body="""
Hallo,

Rechnungen laufen bei uns nicht über die einzelnen Studios, sondern zentral über die Kreditorenbuchhaltung der FitFabrik-Gruppe in Hamburg. Bitte schicken Sie Ihre Erinnerung an kreditoren@fitfabrik-gruppe.example.

Beste Grüße
Tim Jäger
Studioleitung Kassel
""",
        extract=Extract(new_contact="kreditoren@fitfabrik-gruppe.example"),
        note="franchise studio pointing to head-office payables",
    ),
    Reply(
        key="wc-fr-secretaire",
        intent="wrong_contact",
        lang="fr",
        sender=("Secrétariat Dr Vasseur", "secretariat@orthodontie-vasseur.example"),
        when="2026-12-03 10:55 +0100",
        client="iphone",
        body="""
Bonjour, je suis la secrétaire médicale, je ne m'occupe pas des factures. Merci de voir directement avec notre cabinet comptable : compta@cabinet-ferrand-expertise.example
Bonne journée
""",
        extract=Extract(new_contact="compta@cabinet-ferrand-expertise.example"),
    ),
    Reply(
        key="wc-fr-autoecole",
        intent="wrong_contact",
        lang="fr",
        sender=("Auto-école Bertrand", "contact@autoecole-bertrand.example"),
        when="2026-12-09 14:30 +0100",
        client="gmail",
        body="""
Bonjour,

Je pense que vous vous êtes trompés d'adresse : nous sommes une auto-école et nous n'avons jamais loué de fontaine à eau chez vous. Le nom sur la facture ne correspond pas non plus.

Cordialement,
Éric Bertrand
""",
        note="not a customer at all and no new address: wrong_contact without new_contact, not a dispute",
    ),
    Reply(
        key="wc-es-lucia",
        intent="wrong_contact",
        lang="es",
        sender=("Óscar Ramos", "oscar.ramos@coworkingmarea.example"),
        when="2026-12-01 12:25 +0100",
        client="gmail_plain",
        body="""
Hola,

Yo ya no llevo la administración del coworking desde octubre. Escribid a Lucía Méndez, que es quien se encarga ahora: lucia.mendez@coworkingmarea.example.

Un saludo,
Óscar
""",
        extract=Extract(new_contact="lucia.mendez@coworkingmarea.example"),
    ),
    Reply(
        key="wc-es-proveedores",
        intent="wrong_contact",
        lang="es",
        sender=("Recepción Clínica Dental Sonrisa", "recepcion@clinicasonrisa.example"),
        when="2026-12-11 10:20 +0100",
        client="outlook_html",
        charset="windows-1252",
        body="""
Buenos días:

Desde recepción no gestionamos los pagos. Por favor, dirijan sus reclamaciones al departamento de proveedores del grupo: proveedores@gruposonrisa-dental.example.

Atentamente,
Recepción – Clínica Dental Sonrisa
""",
        extract=Extract(new_contact="proveedores@gruposonrisa-dental.example"),
    ),
    Reply(
        key="wc-nl-opvolger",
        intent="wrong_contact",
        lang="nl",
        sender=("Mark de Vries", "m.devries@sportschoolpower.example"),
        when="2026-11-24 15:35 +0100",
        client="outlook",
        charset="iso-8859-1",
        body="""
Hallo,

Ik werk sinds 1 november niet meer bij Sportschool Power. Mijn opvolger is Sanne Bakker, u kunt haar bereiken via s.bakker@sportschoolpower.example.

Groet,
Mark de Vries
""",
        extract=Extract(new_contact="s.bakker@sportschoolpower.example"),
    ),
    Reply(
        key="wc-nl-cc",
        intent="wrong_contact",
        lang="nl",
        sender=("Joyce Peters", "joyce@deflexplek.example"),
        cc="Boekhouding Van Dam <info@vandamboekhouding.example>",
        when="2026-12-07 09:58 +0100",
        client="gmail",
        body="""
Goedemorgen,

Ik heb onze boekhouder in de cc gezet, hij regelt de betalingen voor ons. Wilt u de herinneringen voortaan naar hem sturen?

Groet,
Joyce Peters
De Flexplek
""",
        extract=Extract(new_contact="info@vandamboekhouding.example"),
        note="the new contact's address appears only in the Cc header",
    ),
    Reply(
        key="wc-it-casella",
        intent="wrong_contact",
        lang="it",
        sender=("Palestra Olimpia", "info@palestraolimpia.example"),
        when="2026-12-16 03:12 +0100",
        client="notice",
        subject="Re: {rsub}",
        headers=(("X-Autoreply", "yes"),),
        body="""
Gentile mittente,

questo indirizzo non è più attivo e i messaggi ricevuti non vengono letti. Per questioni amministrative e fatture scrivete a fornitori@palestraolimpia.example; per le iscrizioni a segreteria@palestraolimpia.example.

Grazie,
Palestra Olimpia
""",
        extract=Extract(new_contact="fornitori@palestraolimpia.example"),
        note="automatic 'address no longer active' notice without Auto-Submitted; of the two addresses, the one for invoices is the contact",
    ),
]

UNSUBSCRIBE = [
    Reply(
        key="un-en-takeoff",
        intent="unsubscribe",
        lang="en",
        region="en-US",
        sender=("Kyle Dorsey", "kyle.dorsey.fit@gmail.com"),
        when="2026-12-05 11:11 -0500",
        client="gmail_plain",
        body="""
take me off this list pls
""",
    ),
    Reply(
        key="un-en-postonly",
        intent="unsubscribe",
        lang="en",
        sender=("Carole Finch", "cfinch@hallidayfinch.example"),
        when="2026-12-01 14:50 +0000",
        client="outlook_html",
        body="""
Dear Sirs,

Please note that we only accept invoices, statements and reminders by post, addressed to the Accounts Department at our registered office. Kindly remove this email address from your records; emails sent here will not be actioned.

Yours faithfully,

Carole Finch
Practice Administrator
Halliday Finch LLP, Solicitors
""",
        note="post only",
    ),
    Reply(
        key="un-en-stop-paid",
        intent="unsubscribe",
        lang="en",
        sender=("Lee Harrow", "lee@harrowmotors.example"),
        when="2026-12-17 08:07 +0000",
        client="outlook_ios",
        body="""
We paid this weeks ago. STOP emailing me about it or I'm reporting you as spam.
""",
        note="stop request plus a payment claim: unsubscribe beats payment_sent",
    ),
    Reply(
        key="un-de-verteiler",
        intent="unsubscribe",
        lang="de",
        sender=("Holger Brandt", "holger.brandt77@web.de"),
        when="2026-11-27 19:40 +0100",
        client="thunderbird",
        body="""
Nehmen Sie mich bitte aus Ihrem Verteiler. Ich habe mit der Praxis seit dem Sommer nichts mehr zu tun und will diese Mails nicht mehr bekommen.
""",
        note="remove-me plus 'no longer with the practice' without a new address: unsubscribe beats wrong_contact",
    ),
    Reply(
        key="un-de-anwalt",
        intent="unsubscribe",
        lang="de",
        sender=("Dr. Ulrich Nowak", "u.nowak@nowak-partner.example"),
        when="2026-12-14 16:05 +0100",
        client="outlook_html",
        body="""
Sehr geehrte Damen und Herren,

wir haben die Angelegenheit unserem Rechtsanwalt übergeben. Bitte richten Sie künftig sämtliche Korrespondenz zu diesem Vorgang ausschließlich an die Kanzlei Brenner & Voss, Rechtsanwälte, Theaterplatz 3, 01067 Dresden.

Von weiteren E-Mails an diese Adresse bitten wir abzusehen.

Mit freundlichen Grüßen
Dr. Ulrich Nowak
Geschäftsführer
Nowak & Partner Immobilienverwaltung
""",
        note="'talk to our lawyer', postal address only: unsubscribe",
    ),
    Reply(
        key="un-fr-courrier",
        intent="unsubscribe",
        lang="fr",
        sender=("Direction Lycée Saint-Exupéry", "direction@lycee-st-exupery.example"),
        when="2026-12-02 11:40 +0100",
        client="outlook",
        charset="iso-8859-1",
        body="""
Madame, Monsieur,

Merci de ne plus utiliser cette adresse électronique pour vos relances. Toute correspondance concernant la facturation doit nous parvenir exclusivement par courrier postal, à l'attention du service économat.

Cordialement,
La Direction
""",
        note="post only",
    ),
    Reply(
        key="un-fr-perso",
        intent="unsubscribe",
        lang="fr",
        sender=("Camille Besson", "camille.besson@free.fr"),
        when="2026-12-18 20:15 +0100",
        client="apple",
        body="""
Bonjour,

Veuillez retirer cette adresse de vos envois, c'est mon adresse personnelle. Je l'avais donnée pour la livraison de la fontaine quand je travaillais encore à l'accueil du club.

Merci.
""",
        note="remove a personal address; no new contact given",
    ),
    Reply(
        key="un-es-basta",
        intent="unsubscribe",
        lang="es",
        sender=("Rocío Campos", "rocio@fisioterapiacampos.example"),
        when="2026-12-09 22:30 +0100",
        client="iphone",
        body="""
Dejad de mandarme correos ya, por favor. Tres recordatorios en dos semanas me parece excesivo.
""",
        note="irritated stop request",
    ),
    Reply(
        key="un-es-burofax",
        intent="unsubscribe",
        lang="es",
        sender=(
            "Dirección Financiera – Grupo Automoción Levante",
            "dfinanciera@automocionlevante.example",
        ),
        when="2026-11-25 13:15 +0100",
        client="outlook_html_only",
        body="""
Estimados señores:

Les rogamos que eliminen esta dirección de sus envíos. Cualquier comunicación relativa a esta deuda deberá remitirse por burofax a nuestro domicilio social, a la atención de la Dirección Financiera.

Atentamente,

Dirección Financiera
Grupo Automoción Levante, S.A.
""",
        note="'por burofax' = post only",
    ),
    Reply(
        key="un-nl-afmelden",
        intent="unsubscribe",
        lang="nl",
        sender=("Wouter Bos", "wouter@bosarchitecten.example"),
        when="2026-12-03 08:30 +0100",
        client="gmail_plain",
        body="""
Afmelden graag. Wij hebben het huurcontract in september al opgezegd, dus ik begrijp niet waarom ik deze mails nog krijg.
""",
        note="unsubscribe plus a cancelled-contract objection: unsubscribe beats dispute",
    ),
    Reply(
        key="un-it-legale",
        intent="unsubscribe",
        lang="it",
        sender=("Direzione Bruni Auto", "direzione@bruniauto.example"),
        when="2026-12-10 17:00 +0100",
        client="outlook_html",
        charset="windows-1252",
        body="""
Spettabile società,

vi diffidiamo dal proseguire con l’invio di solleciti a questo indirizzo. Per qualsiasi comunicazione relativa alla posizione vi invitiamo a rivolgervi esclusivamente al nostro legale, avv. Paolo Marchetti, del Foro di Bologna.

Distinti saluti
La Direzione
""",
        note="'talk to our lawyer', no address: unsubscribe",
    ),
    Reply(
        key="un-it-lista",
        intent="unsubscribe",
        lang="it",
        sender=("Franco Pellegrini", "franco@pellegrinistudio.example"),
        when="2026-11-30 21:45 +0100",
        client="samsung",
        body="""
cancellatemi dalla vostra mailing list grazie
""",
    ),
]

AUTO_REPLY = [
    Reply(
        key="ar-en-january",
        intent="auto_reply",
        lang="en",
        sender=("Fiona McLeod", "fiona.mcleod@caledoniadental.example"),
        when="2026-12-14 08:01 +0000",
        client="notice_html",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_GENERATED, SUPPRESS_ALL),
        body="""
Thank you for your email. I am out of the office from Monday 14 December and will be back on Monday 4 January 2027, with no access to email in the meantime.

For anything urgent please call the practice on 0131 496 0022.

Fiona McLeod
Practice Manager
""",
        extract=Extract(return_date="2027-01-04"),
    ),
    Reply(
        key="ar-en-ticket",
        intent="auto_reply",
        lang="en",
        region="en-US",
        sender=("Crestline Fitness Support", "support@crestlinefitness.example"),
        when="2026-12-07 09:02 -0500",
        client="notice_html",
        subject="[Crestline Support] Ticket #448213 received: {rsub}",
        headers=(AUTO_REPLIED, ("X-Ticket-ID", "448213")),
        body="""
Hi there,

Thanks for reaching out to Crestline Fitness. This is an automated message to let you know we've received your request and created ticket #448213.

A member of our team will reply within 2 business days. To add information to this request, reply to this email and keep the ticket number in the subject line.

Crestline Fitness Member & Vendor Support
""",
        note="ticket acknowledgement; no return date",
    ),
    Reply(
        key="ar-en-thanksgiving",
        intent="auto_reply",
        lang="en",
        region="en-US",
        sender=("Bill Tran", "btran@tranfamilymotors.example"),
        when="2026-11-25 16:44 -0800",
        client="notice",
        subject="Out of Office: {rsub}",
        body="""
I am out of the office for the Thanksgiving holiday with limited access to email and will return on Wednesday, 12/2. If you need immediate assistance, please call our office at (559) 555-0187.
""",
        extract=Extract(return_date="2026-12-02"),
        note="no Auto-Submitted header; US date 12/2",
    ),
    Reply(
        key="ar-de-abmontag",
        intent="auto_reply",
        lang="de",
        sender=("Anja Schubert", "a.schubert@autohaus-lenz.example"),
        when="2026-12-07 07:30 +0100",
        client="notice",
        charset="iso-8859-1",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_GENERATED, SUPPRESS_ALL),
        body="""
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 11. Dezember, nicht im Haus. Ab Montag bin ich wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unsere Zentrale unter 0341 555 1200.

Mit freundlichen Grüßen
Anja Schubert
Buchhaltung Autohaus Lenz
""",
        extract=Extract(return_date="2026-12-14"),
        note="'ab Montag' is the Monday after the stated last day (Fri 11 Dec), not the Monday the notice was sent",
    ),
    Reply(
        key="ar-fr-5janvier",
        intent="auto_reply",
        lang="fr",
        sender=("Sophie Renard", "s.renard@groupe-scolaire-lamartine.example"),
        when="2026-12-17 12:00 +0100",
        client="notice_html",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
        body="""
Bonjour,

Je suis absente du 17 décembre au 4 janvier inclus et serai de retour le mardi 5 janvier 2027. Pendant mon absence, vous pouvez contacter Mme Aubert à l'adresse economat@groupe-scolaire-lamartine.example.

Bonnes fêtes de fin d'année,
Sophie Renard
Service économat
""",
        extract=Extract(return_date="2027-01-05"),
        note="the stated day back wins over 'jusqu'au 4 janvier inclus'; a colleague's address in an auto-reply does not set new_contact",
    ),
    Reply(
        key="ar-fr-ticket",
        intent="auto_reply",
        lang="fr",
        sender=("Support Easy Gym Franchise", "support@easygym-franchise.example"),
        when="2026-12-04 10:12 +0100",
        client="notice",
        subject="[Demande n° 20261204-0173] Accusé de réception",
        headers=(AUTO_REPLIED,),
        body="""
Bonjour,

Nous accusons bonne réception de votre message, enregistré sous le numéro 20261204-0173. Notre équipe le traitera dans les meilleurs délais, en principe sous 72 heures ouvrées.

Merci de ne pas répondre à ce message.

Le support Easy Gym Franchise
""",
        note="ticket acknowledgement; no return date",
    ),
    Reply(
        key="ar-es-hasta14",
        intent="auto_reply",
        lang="es",
        sender=("Beatriz Luna", "bluna@colegiosanjorge.example"),
        when="2026-12-09 08:00 +0100",
        client="notice",
        cte="b64",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_GENERATED, SUPPRESS_ALL),
        body="""
Gracias por su mensaje. Estaré fuera de la oficina hasta el lunes 14 de diciembre, sin acceso al correo. Le responderé a mi vuelta.

Beatriz Luna
Administración – Colegio San Jorge
""",
        extract=Extract(return_date="2026-12-14"),
        note="'hasta el lunes 14' → that date itself",
    ),
    Reply(
        key="ar-es-maternidad",
        intent="auto_reply",
        lang="es",
        sender=("Laura Prieto", "laura.prieto@gimnasioolimpo.example"),
        when="2026-11-30 10:40 +0100",
        client="notice",
        subject="Baja por maternidad",
        headers=(AUTO_REPLIED,),
        body="""
Hola:

Me encuentro de baja por maternidad. Para cualquier asunto de facturación, escribid a mi compañero Sergio (sergio.ramos@gimnasioolimpo.example).

Gracias,
Laura
""",
        note="'baja' here is maternity leave, not 'unsubscribe'; no return date; the colleague's address does not set new_contact",
    ),
    Reply(
        key="ar-nl-30nov",
        intent="auto_reply",
        lang="nl",
        sender=("Thijs Vermeulen", "t.vermeulen@vermeulen-makelaars.example"),
        when="2026-11-24 09:30 +0100",
        client="notice",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_GENERATED, SUPPRESS_ALL),
        body="""
Beste afzender,

Ik ben afwezig tot en met vrijdag 27 november en vanaf maandag 30 november weer bereikbaar. Uw e-mail wordt niet doorgestuurd.

Met vriendelijke groet,
Thijs Vermeulen
""",
        extract=Extract(return_date="2026-11-30"),
    ),
    Reply(
        key="ar-nl-ontvangst",
        intent="auto_reply",
        lang="nl",
        sender=("Fysiotherapie Centrum Oost", "info@fysiocentrumoost.example"),
        when="2026-12-12 23:59 +0100",
        client="notice",
        subject="Ontvangstbevestiging: {rsub}",
        body="""
Bedankt voor uw e-mail. Wij hebben uw bericht in goede orde ontvangen en streven ernaar binnen twee werkdagen te reageren.

Voor het maken of verzetten van een afspraak kunt u ons bellen op 020 555 0190.

Met vriendelijke groet,
Fysiotherapie Centrum Oost
""",
        note="receipt acknowledgement without Auto-Submitted; no return date",
    ),
    Reply(
        key="ar-it-11dic",
        intent="auto_reply",
        lang="it",
        sender=("Matteo Russo", "m.russo@istitutomontale.example"),
        when="2026-12-02 07:45 +0100",
        client="notice",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_GENERATED, SUPPRESS_ALL),
        body="""
Sono fuori ufficio fino a venerdì 11 dicembre, con accesso limitato alla posta elettronica. Per urgenze contattare la segreteria amministrativa al numero 06 5550 3344.

Matteo Russo
""",
        extract=Extract(return_date="2026-12-11"),
        note="'fino a venerdì 11 dicembre' → that date itself",
    ),
    Reply(
        key="ar-it-chiusura",
        intent="auto_reply",
        lang="it",
        sender=("Studio Dentistico Ferraro", "info@studioferraro.example"),
        when="2026-12-18 18:30 +0100",
        client="notice_html",
        subject="Chiusura per festività natalizie",
        headers=(AUTO_REPLIED,),
        body="""
Gentile paziente, gentile fornitore,

lo studio resterà chiuso per le festività natalizie da sabato 19 dicembre a domenica 10 gennaio. Riapriremo lunedì 11 gennaio 2027 con il consueto orario.

Auguriamo a tutti buone feste.
Studio Dentistico Ferraro
""",
        extract=Extract(return_date="2027-01-11"),
        note="holiday closure; the reopening day is the return date",
    ),
]

OTHER = [
    Reply(
        key="ot-en-didntwe",
        intent="other",
        lang="en",
        sender=("Nick Farrow", "nick@farrowfitness.example"),
        when="2026-12-01 13:02 +0000",
        client="gmail_plain",
        body="""
didn't we pay this already??
""",
        note="a question, not a payment claim: someone has to check and answer",
    ),
    Reply(
        key="ot-en-leak",
        intent="other",
        lang="en",
        region="en-US",
        sender=("Maya Collins", "maya@foundryworkspace.example"),
        when="2026-12-16 08:14 -0500",
        client="iphone",
        body="""
Not about the invoice but since I have you – the cooler on the 3rd floor is leaking all over the kitchen floor. Can someone come out today or tomorrow? I've unplugged it for now.
""",
        note="service call in the reminder thread; the invoice is not contested",
    ),
    Reply(
        key="ot-en-renewal",
        intent="other",
        lang="en",
        sender=("Sunita Patel", "sunita.patel@meridianlettings.example"),
        when="2026-12-08 11:40 +0000",
        client="outlook_html",
        body="""
Hi,

Before I pass this on for payment – can you tell me when our rental agreement comes up for renewal? We're thinking about swapping the two floor-standing coolers for plumbed-in units in the new year and I'd like to know what our options are.

Thanks,
Sunita Patel
Office Manager, Meridian Lettings
""",
        note="contract question; 'before I pass this on for payment' is no commitment",
    ),
    Reply(
        key="ot-de-angebot",
        intent="other",
        lang="de",
        sender=("Carsten Wendt", "c.wendt@wendt-kfz.example"),
        when="2026-12-02 14:10 +0100",
        client="gmail",
        body="""
Hallo,

kurze Frage: Wer ist bei Ihnen für unseren Vertrag zuständig? Wir überlegen, für die Werkstatt einen zweiten Wasserspender zu mieten, und hätten gern ein Angebot.

Gruß
Carsten Wendt
Wendt Kfz-Technik
""",
        note="sales enquiry in the reminder thread",
    ),
    Reply(
        key="ot-de-chef",
        intent="other",
        lang="de",
        sender=("Melanie Kurz", "empfang@physio-kurz.example"),
        when="2026-12-11 11:20 +0100",
        client="iphone",
        body="""
Danke für die Info, ich kläre das mit dem Chef und melde mich.
""",
        note="acknowledgement; 'ich melde mich' is no commitment to pay",
    ),
    Reply(
        key="ot-fr-demenagement",
        intent="other",
        lang="fr",
        sender=("Isabelle Garcia", "i.garcia@agence-horizon-immo.example"),
        when="2026-12-10 10:45 +0100",
        client="outlook_html",
        body="""
Bonjour,

Pas de souci pour la facture, je la transmets à notre comptable. En revanche, nous déménageons nos bureaux le 15 janvier : pouvez-vous venir récupérer la fontaine avant cette date, ou bien la transférer à notre nouvelle adresse (12 rue des Tanneurs, même ville) ?

Cordialement,
Isabelle Garcia
Agence Horizon Immobilier
""",
        note="passing the invoice to the accountant is neither a promise nor a new contact; the move is what needs handling",
    ),
    Reply(
        key="ot-es-recibido",
        intent="other",
        lang="es",
        sender=("Alba Romero", "alba@estudioyogaalba.example"),
        when="2026-12-04 09:05 +0100",
        client="iphone",
        body="""
Recibido, gracias.
""",
        note="acknowledgement only",
    ),
    Reply(
        key="ot-es-llamada",
        intent="other",
        lang="es",
        sender=("Fernando Gil", "fernando@talleresgil.example"),
        when="2026-12-15 17:33 +0100",
        client="gmail",
        body="""
Buenas tardes,

¿Me podéis llamar cuando podáis? Prefiero hablar esto por teléfono, que por correo nos liamos. Mi móvil es el 612 345 678, por las mañanas mejor.

Fernando Gil
Talleres Gil
""",
        note="asks for a phone call; nothing about the invoice itself",
    ),
    Reply(
        key="ot-nl-verhuizing",
        intent="other",
        lang="nl",
        sender=("Ilse Koster", "ilse@kostermakelaardij.example"),
        when="2026-11-23 10:20 +0100",
        client="outlook",
        body="""
Goedemorgen,

Ter informatie: wij verhuizen per 1 december. Ons nieuwe adres wordt Stationsplein 8, 3511 ED Utrecht. Wilt u dit aanpassen in uw administratie, ook voor de levering van de waterflessen?

Met vriendelijke groet,
Ilse Koster
Koster Makelaardij
""",
        note="postal address change; the e-mail contact stays the same",
    ),
    Reply(
        key="ot-nl-oke",
        intent="other",
        lang="nl",
        sender=("Dennis Brouwer", "dennis@brouwerautos.example"),
        when="2026-12-14 12:31 +0100",
        client="samsung",
        body="""
Oké, ik kijk ernaar.
""",
        note="acknowledgement; 'I'll look at it' is no commitment",
    ),
    Reply(
        key="ot-it-preventivo",
        intent="other",
        lang="it",
        sender=("Luca Fontana", "luca.fontana@hubfontana.example"),
        when="2026-11-27 11:11 +0100",
        client="gmail",
        body="""
Buongiorno,

approfitto della vostra mail: vorremmo aggiungere una macchina da caffè in grani per la sala riunioni. Chi mi può preparare un preventivo?

Grazie,
Luca Fontana
Hub Fontana Coworking
""",
        note="sales enquiry in the reminder thread",
    ),
    Reply(
        key="ot-it-giro",
        intent="other",
        lang="it",
        sender=("Reception Palestra Aurora", "reception@palestraaurora.example"),
        when="2026-12-09 15:50 +0100",
        client="iphone",
        body="""
Ricevuto, grazie. Giro la mail all'amministrazione.
""",
        note="acknowledgement; passing it on without an address is not wrong_contact",
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
# Delivery reports: generated skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt` in `rlang`."""

    key: str
    lang: Lang
    kind: Literal["hard", "soft"]
    status: str
    rcpt: str
    when: str
    rlang: Lang
    build: str
    queued: int = 2
    region: Region | None = None
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return parse_when(self.when)

    @property
    def reminder(self) -> Reminder:
        loc = self.region or ("en-GB" if self.rlang == "en" else self.rlang)
        return Reminder(
            key=self.key,
            loc=loc,
            to=self.rcpt,
            sent=self.dt - timedelta(minutes=self.queued),
            invoice=default_invoice(self.key),
            amount=default_amount(self.key),
        )

    @property
    def domain(self) -> str:
        return self.rcpt.split("@")[1]


def outgoing(rem: Reminder) -> Message:
    """The reminder exactly as Silverline's mailer sent it."""
    msg = text_part(rem.text, charset="utf-8", cte="qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = rem.to
    msg["Subject"] = header_value(rem.subject, "utf-8")
    msg["Date"] = format_datetime(rem.sent)
    msg["Message-ID"] = rem.message_id
    msg["X-Mailer"] = "Silverline Dunning 3.1"
    mime_headers_last(msg)
    return msg


def header_lines(rem: Reminder) -> str:
    return "".join(f"{name}: {value}\n" for name, value in outgoing(rem).items())


def returned_headers(b: Bounce) -> Message:
    return text_part(
        header_lines(b.reminder), subtype="rfc822-headers", charset="us-ascii", cte="8bit"
    )


def returned_message(b: Bounce) -> Message:
    return MIMEMessage(outgoing(b.reminder))


def delivery_status(
    b: Bounce, *, mta: str, action: str, diagnostic: str = "", remote: str = ""
) -> Message:
    per_message = [
        f"Reporting-MTA: dns; {mta}",
        f"Arrival-Date: {format_datetime(b.reminder.sent)}",
    ]
    per_recipient = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
    ]
    if remote:
        per_recipient.append(f"Remote-MTA: dns; {remote}")
    if diagnostic:
        per_recipient.append(f"Diagnostic-Code: smtp; {diagnostic}")
    per_recipient.append(f"Last-Attempt-Date: {format_datetime(b.dt)}")
    if action == "delayed":
        per_recipient.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=3))}")
    status = Message()
    status["Content-Type"] = "message/delivery-status"
    status.set_payload(
        [
            message_from_bytes("\n".join(block).encode() + b"\n")
            for block in (per_message, per_recipient)
        ]
    )
    return status


def report(*parts: Message) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def described(part: Message, description: str) -> Message:
    part["Content-Description"] = description
    return part


def human_alternative(text: str, charset: str = "utf-8") -> Message:
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
        f'<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">{html_paragraphs(text)}</body></html>\n'
    )
    return alternative(
        text_part(text, charset=charset), text_part(markup, subtype="html", charset=charset)
    )


def finish_bounce(
    b: Bounce,
    msg: Message,
    *,
    sender: str,
    subject: str,
    extra: tuple[tuple[str, str], ...] = (AUTO_REPLIED,),
    style: str = "bounce",
) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_value(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].partition("@")[2]
    msg["Message-ID"] = f"<{hexid(b.key, 'bounce', 20)}@{host}>"
    for name, value in extra:
        msg[name] = value
    return finalize(msg, key=b.key, style=style)


def bounce_postfix(b: Bounce) -> Message:
    host = "mta-out2.silverline-coolers.example"
    human = f"""This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{b.rcpt}>: host mx.{b.domain}[198.51.100.23]
    said: 550 5.1.1 <{b.rcpt}>: Recipient address
    rejected: User unknown in local recipient table (in reply to RCPT TO
    command)
"""
    diagnostic = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    msg = report(
        described(text_part(human, charset="us-ascii", cte="8bit"), "Notification"),
        described(
            delivery_status(
                b, mta=host, action="failed", diagnostic=diagnostic, remote=f"mx.{b.domain}"
            ),
            "Delivery report",
        ),
        described(returned_message(b), "Undelivered Message"),
    )
    return finish_bounce(
        b,
        msg,
        sender=f"MAILER-DAEMON@{host} (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender",
        style="postfix",
    )


def bounce_qmail(b: Bounce) -> Message:
    host = f"mail.{b.domain}"
    text = f"""Hi. This is the qmail-send program at {host}.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<{b.rcpt}>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <{AR_ADDR}>
Received: (qmail 21877 invoked from network); {format_datetime(b.reminder.sent)}
Received: from mta-out2.silverline-coolers.example (192.0.2.17)
  by {host} with SMTP; {format_datetime(b.reminder.sent)}
{outgoing(b.reminder).as_string()}
"""
    msg = Message()
    msg.set_payload(text)
    return finish_bounce(b, msg, sender=f"MAILER-DAEMON@{host}", subject="failure notice", extra=())


def bounce_sendmail(b: Bounce) -> Message:
    relay = "relay.northnet-isp.example"
    received = b.reminder.sent.strftime("%a, %d %b %Y %H:%M:%S GMT")
    human = f"""    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at {received}
from mta-out2.silverline-coolers.example [192.0.2.17]

   ----- Transcript of session follows -----
<{b.rcpt}>... Deferred: Connection timed out with mail.{b.domain}.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
"""
    msg = report(
        text_part(human, charset="us-ascii", cte="8bit"),
        delivery_status(b, mta=relay, action="delayed", remote=f"mail.{b.domain}"),
        returned_headers(b),
    )
    return finish_bounce(
        b,
        msg,
        sender=f"Mail Delivery Subsystem <MAILER-DAEMON@{relay}>",
        subject="Warning: could not send message for past 4 hours",
    )


def exchange_report(b: Bounce, human: str, *, server: str, diagnostic: str, action: str) -> Message:
    return report(
        human_alternative(human),
        delivery_status(b, mta=server, action=action, diagnostic=diagnostic),
        returned_message(b) if action == "failed" else returned_headers(b),
    )


EXCHANGE_NDR_HEADERS: tuple[tuple[str, str], ...] = (
    AUTO_REPLIED,
    ("X-MS-Exchange-Message-Is-Ndr", ""),
)


def bounce_exchange_de(b: Bounce) -> Message:
    server = f"exch01.{b.domain}"
    diagnostic = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup"
    human = f"""Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.

Die E-Mail-Adresse {b.rcpt} wurde in der Organisation des Empfängers nicht gefunden.

Was können Sie tun?
Prüfen Sie die Adresse auf Tippfehler und senden Sie die Nachricht erneut. Ist die Adresse richtig, fragen Sie den Empfänger auf anderem Weg, zum Beispiel telefonisch, nach seiner aktuellen E-Mail-Adresse.

Diagnoseinformationen für Administratoren:

Generierender Server: {server}

{b.rcpt}
Remoteserver hat '{diagnostic}' zurückgegeben
"""
    msg = exchange_report(b, human, server=server, diagnostic=diagnostic, action="failed")
    extra = (*EXCHANGE_NDR_HEADERS, ("Content-Language", "de-DE"))
    return finish_bounce(
        b,
        msg,
        sender=f"Microsoft Outlook <postmaster@{b.domain}>",
        subject=f"Unzustellbar: {b.reminder.subject}",
        extra=extra,
        style="exchange",
    )


def bounce_gateway_de(b: Bounce) -> Message:
    gateway = "gw1.mailshield-secure.example"
    received = render(SHORT_DATE, loc="de", when=b.reminder.sent) + b.reminder.sent.strftime(
        " %H:%M"
    )
    retry = b.dt + timedelta(days=3)
    human = f"""Dies ist eine automatisch erzeugte Benachrichtigung des MailShield Secure Gateway.

Ihre Nachricht an {b.rcpt} wurde von unserem Gateway angenommen, konnte aber bisher nicht an den Mailserver des Empfängers übergeben werden: Die Verbindung zum Zielsystem wurde wiederholt unterbrochen.

Sie müssen nichts unternehmen. Wir versuchen die Zustellung bis zum {render(SHORT_DATE, loc="de", when=retry)}, {retry.strftime("%H:%M")} Uhr, weiter. Erst wenn sie bis dahin nicht gelingt, erhalten Sie eine Fehlermeldung.

Betreff: {b.reminder.subject}
Angenommen: {received}
Status: {b.status} (Verbindung zum Zielserver unterbrochen)
"""
    msg = report(
        text_part(human),
        delivery_status(
            b,
            mta=gateway,
            action="delayed",
            diagnostic="451 4.4.2 Connection dropped by remote host",
            remote=f"mail.{b.domain}",
        ),
        returned_headers(b),
    )
    return finish_bounce(
        b,
        msg,
        sender=f"MailShield Gateway <noreply@{gateway}>",
        subject=f"Zustellung verzögert: {b.reminder.subject}",
    )


def bounce_provider_fr(b: Bounce) -> Message:
    human = f"""Bonjour,

Ceci est un message automatique du service de messagerie.

Votre message n'a pas pu être remis au destinataire suivant :

    {b.rcpt}

Motif : la boîte aux lettres de ce destinataire a été désactivée et n'accepte plus de messages.
Code d'erreur : 550 5.2.1 mailbox disabled

Il est inutile de renvoyer ce message à cette adresse. Nous vous invitons à contacter votre correspondant par un autre moyen.

Votre message d'origine est joint à cette notification.

Le service Messagerie
"""
    msg = MIMEMultipart("mixed")
    msg.attach(text_part(human, charset="iso-8859-1"))
    msg.attach(returned_message(b))
    return finish_bounce(
        b,
        msg,
        sender=f"Service Messagerie <mailer-daemon@smtp-in.{b.domain}>",
        subject=f"Message non délivré : {b.reminder.subject}",
    )


def bounce_exchange_fr(b: Bounce) -> Message:
    server = f"exch01.{b.domain}"
    diagnostic = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    human = f"""Votre message n'a pas pu être remis à {b.rcpt} parce que la boîte aux lettres du destinataire est pleine.

Que faire ?
Renvoyez le message plus tard, ou prévenez le destinataire par un autre moyen afin qu'il libère de l'espace dans sa boîte aux lettres.

Informations de diagnostic pour les administrateurs :

Serveur de génération : {server}

{b.rcpt}
Le serveur distant a retourné « {diagnostic} »
"""
    msg = exchange_report(b, human, server=server, diagnostic=diagnostic, action="failed")
    extra = (*EXCHANGE_NDR_HEADERS, ("Content-Language", "fr-FR"))
    return finish_bounce(
        b,
        msg,
        sender=f"Microsoft Outlook <postmaster@{b.domain}>",
        subject=f"Non remis : {b.reminder.subject}",
        extra=extra,
        style="exchange",
    )


def bounce_gmail_es(b: Bounce) -> Message:
    human = f"""** El mensaje todavía no se ha entregado **

Se ha producido un problema temporal al entregar tu mensaje a {b.rcpt}. Gmail seguirá intentándolo durante 46 horas más. Te avisaremos si no se puede entregar en ese plazo.

El servidor remoto ha respondido:
451 4.7.1 Greylisted, please try again later
"""
    msg = report(
        human_alternative(human),
        delivery_status(
            b,
            mta="googlemail.com",
            action="delayed",
            diagnostic="451 4.7.1 Greylisted, please try again later",
            remote=f"mx1.{b.domain}",
        ),
        returned_headers(b),
    )
    return finish_bounce(
        b,
        msg,
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Notificación del estado de la entrega (retraso)",
        extra=(AUTO_REPLIED, ("X-Failed-Recipients", b.rcpt)),
        style="gmail",
    )


def bounce_provider_nl(b: Bounce) -> Message:
    text = f"""Dit is een automatisch bericht van de mailserver van Polder Hosting.

Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:

    {b.rcpt}

Reden: dit e-mailadres bestaat niet (meer) bij ons. Controleer het adres op typefouten of neem op een andere manier contact op met de ontvanger.

Technische details: 550 5.1.1 <{b.rcpt}>: mailbox unavailable

Hieronder staan de kopregels van uw oorspronkelijke bericht.

------ Kopregels van het oorspronkelijke bericht ------
{header_lines(b.reminder)}"""
    msg = text_part(text, charset="iso-8859-1")
    return finish_bounce(
        b,
        msg,
        sender="Polder Hosting Postmaster <postmaster@mx3.polderhosting.example>",
        subject=f"Onbestelbaar bericht: {b.reminder.subject}",
    )


def bounce_exchange_nl(b: Bounce) -> Message:
    server = f"mail01.{b.domain}"
    human = f"""Bezorging is vertraagd voor deze ontvangers of groepen:

{b.rcpt}

Onderwerp: {b.reminder.subject}

Dit bericht is nog niet bezorgd. Er wordt nog steeds geprobeerd het te bezorgen.

De server blijft nog 1 dag, 20 uur en 0 minuten proberen het bericht te bezorgen. Als het in die tijd niet lukt, ontvangt u een melding.

Diagnostische gegevens voor beheerders:

Genererende server: {server}

{b.rcpt}
Externe server retourneerde '400 4.4.7 Message delayed'
"""
    msg = exchange_report(
        b, human, server=server, diagnostic="400 4.4.7 Message delayed", action="delayed"
    )
    extra = (AUTO_REPLIED, ("Content-Language", "nl-NL"))
    return finish_bounce(
        b,
        msg,
        sender=f"Microsoft Outlook <postmaster@{b.domain}>",
        subject=f"Bezorging vertraagd: {b.reminder.subject}",
        extra=extra,
        style="exchange",
    )


def bounce_exchange_it(b: Bounce) -> Message:
    server = f"exch02.{b.domain}"
    diagnostic = f"550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ({b.rcpt})"
    human = f"""Impossibile recapitare il messaggio a {b.rcpt}.

L'indirizzo di posta elettronica {b.rcpt} non esiste nell'organizzazione del destinatario.

Come risolvere il problema
Controllare che l'indirizzo sia scritto correttamente e inviare di nuovo il messaggio. Se l'indirizzo è corretto, contattare il destinatario in altro modo per verificarlo.

Informazioni di diagnostica per gli amministratori:

Server di generazione: {server}

{b.rcpt}
Il server remoto ha restituito '{diagnostic}'
"""
    msg = exchange_report(b, human, server=server, diagnostic=diagnostic, action="failed")
    extra = (*EXCHANGE_NDR_HEADERS, ("Content-Language", "it-IT"))
    return finish_bounce(
        b,
        msg,
        sender=f"Microsoft Outlook <postmaster@{b.domain}>",
        subject=f"Non recapitabile: {b.reminder.subject}",
        extra=extra,
        style="exchange",
    )


def bounce_exim_it(b: Bounce) -> Message:
    host = "mx2.hostingitalia.example"
    exim_id = f"1v{b32(b.key, 'exim', 4)}-000{b32(b.key, 'exim2', 3)}-{b32(b.key, 'exim3', 2)}"
    text = f"""Questo messaggio è stato generato automaticamente dal sistema di posta di Hosting Italia.

Un messaggio che hai inviato non è ancora stato recapitato a uno o più destinatari dopo più di 24 ore in coda su {host}.

L'identificativo del messaggio è {exim_id}
L'oggetto del messaggio è: "{b.reminder.subject}"
La data del messaggio è {format_datetime(b.reminder.sent)}

Il destinatario che non ha ancora ricevuto il messaggio è:

  {b.rcpt}
    Casella di posta piena: quota superata (4.2.2)

Non è necessario fare nulla. Il sistema continuerà a tentare la consegna fino a 4 giorni dall'invio; se il messaggio non potrà essere recapitato entro quel termine, riceverai un avviso di mancata consegna.
"""
    msg = text_part(text)
    return finish_bounce(
        b,
        msg,
        sender=f"Mail Delivery System <Mailer-Daemon@{host}>",
        subject=f"Avviso: messaggio {exim_id} in ritardo di 24 ore",
    )


BOUNCE_BUILDERS: dict[str, Callable[[Bounce], Message]] = {
    "postfix": bounce_postfix,
    "qmail": bounce_qmail,
    "sendmail": bounce_sendmail,
    "exchange_de": bounce_exchange_de,
    "gateway_de": bounce_gateway_de,
    "provider_fr": bounce_provider_fr,
    "exchange_fr": bounce_exchange_fr,
    "gmail_es": bounce_gmail_es,
    "provider_nl": bounce_provider_nl,
    "exchange_nl": bounce_exchange_nl,
    "exchange_it": bounce_exchange_it,
    "exim_it": bounce_exim_it,
}

BOUNCES = [
    Bounce(
        key="bo-en-postfix",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="accounts@greenwaydental.example",
        when="2026-11-23 09:14 +0000",
        rlang="en",
        build="postfix",
        note="Postfix RFC 3464 report with the full returned message",
    ),
    Bounce(
        key="bo-en-qmail",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="office@sunridgecowork.example",
        when="2026-12-02 15:20 -0500",
        rlang="en",
        region="en-US",
        build="qmail",
        note="qmail plain-text failure notice, not MIME; status only as '(#5.1.1)'",
    ),
    Bounce(
        key="bo-en-sendmail",
        lang="en",
        kind="soft",
        status="4.4.1",
        rcpt="j.oneill@brightwaterschool.example",
        when="2026-12-09 13:40 +0000",
        rlang="en",
        build="sendmail",
        queued=240,
        note="sendmail 'could not send message for past 4 hours' warning from an ISP relay",
    ),
    Bounce(
        key="bo-de-exchange",
        lang="de",
        kind="hard",
        status="5.1.10",
        rcpt="buchhaltung@zahnaerzte-am-ring.example",
        when="2026-12-03 10:05 +0100",
        rlang="de",
        build="exchange_de",
        note="Exchange NDR in German, 'Unzustellbar'",
    ),
    Bounce(
        key="bo-de-gateway",
        lang="de",
        kind="soft",
        status="4.4.2",
        rcpt="kontakt@fitnessloft-berlin.example",
        when="2026-12-11 16:30 +0100",
        rlang="de",
        build="gateway_de",
        queued=360,
        note="security gateway delay notice in German",
    ),
    Bounce(
        key="bo-fr-provider",
        lang="fr",
        kind="hard",
        status="5.2.1",
        rcpt="cabinet.dupuis@messagerie-fai.example",
        when="2026-11-26 11:42 +0100",
        rlang="fr",
        build="provider_fr",
        note="French provider notice in multipart/mixed: mailbox disabled",
    ),
    Bounce(
        key="bo-fr-pleine",
        lang="fr",
        kind="soft",
        status="5.2.2",
        rcpt="accueil@coworking-lesateliers.example",
        when="2026-12-15 09:47 +0100",
        rlang="fr",
        build="exchange_fr",
        note="Exchange 'Non remis' for a full mailbox: soft although the code is 5.x (mailbox full), the code is kept",
    ),
    Bounce(
        key="bo-es-gmail",
        lang="es",
        kind="soft",
        status="4.7.1",
        rcpt="info@autoescuelamiramar.example",
        when="2026-11-30 18:20 +0100",
        rlang="es",
        build="gmail_es",
        queued=150,
        note="Gmail delay notice in Spanish; the remote server greylists",
    ),
    Bounce(
        key="bo-nl-provider",
        lang="nl",
        kind="hard",
        status="5.1.1",
        rcpt="administratie@sportcentrumdeweide.example",
        when="2026-12-08 14:02 +0100",
        rlang="nl",
        build="provider_nl",
        note="Dutch hosting provider notice, single text/plain part with the original headers inline",
    ),
    Bounce(
        key="bo-nl-vertraagd",
        lang="nl",
        kind="soft",
        status="4.4.7",
        rcpt="info@tandartspraktijkzuid.example",
        when="2026-12-16 21:10 +0100",
        rlang="nl",
        build="exchange_nl",
        queued=240,
        note="Exchange 'Bezorging vertraagd' delay report",
    ),
    Bounce(
        key="bo-it-exchange",
        lang="it",
        kind="hard",
        status="5.1.1",
        rcpt="contabilita@palestravitality.example",
        when="2026-12-04 12:18 +0100",
        rlang="it",
        build="exchange_it",
        note="Exchange NDR in Italian, 'Non recapitabile'",
    ),
    Bounce(
        key="bo-it-exim",
        lang="it",
        kind="soft",
        status="4.2.2",
        rcpt="segreteria@istitutoleopardi.example",
        when="2026-12-08 08:45 +0100",
        rlang="it",
        build="exim_it",
        queued=1445,
        note="Exim delay warning localised by an Italian host: mailbox over quota, still retrying",
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, checks and output
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Item:
    """A finished message with what its label needs."""

    key: str
    message: Message
    intent: str
    lang: str
    extract: Extract
    refs: tuple[str, ...]
    note: str | None


def make_label(item: Item, file: str) -> Label:
    x = item.extract
    return Label(
        file=file,
        intent=item.intent,
        promised_date=x.get("promised_date"),
        paid_date=x.get("paid_date"),
        return_date=x.get("return_date"),
        payment_reference=x.get("payment_reference"),
        amount=x.get("amount"),
        currency=x.get("currency"),
        new_contact=x.get("new_contact"),
        bounce_kind=x.get("bounce_kind"),
        failed_recipient=x.get("failed_recipient"),
        bounce_status=x.get("bounce_status"),
        invoice_refs=list(item.refs),
        language=item.lang,
        note=item.note,
    )


def reply_item(r: Reply) -> Item:
    return Item(
        key=r.key,
        message=build_reply(r),
        intent=r.intent,
        lang=r.lang,
        extract=r.extract,
        refs=r.refs,
        note=r.note,
    )


def bounce_item(b: Bounce) -> Item:
    extract = Extract(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    message = BOUNCE_BUILDERS[b.build](b)
    return Item(
        key=b.key,
        message=message,
        intent="bounce",
        lang=b.lang,
        extract=extract,
        refs=(),
        note=b.note,
    )


def all_items() -> list[Item]:
    items = [reply_item(r) for r in REPLIES] + [bounce_item(b) for b in BOUNCES]
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate message keys")
    return items


def header_problems(part: Message) -> Iterator[str]:
    for name in part:
        for value in part.get_all(name) or []:
            if "=?" in str(value):  # str() decodes; a leftover encoded word is a defect
                yield f"header {name}: undecoded encoded word"
            for defect in getattr(value, "defects", ()):
                yield f"header {name}: {defect!r}"


def check_message(name: str, data: bytes) -> None:
    """Parse the file back as a reader would and insist that nothing is defective."""
    msg = message_from_bytes(data, policy=policy.default)
    problems = [
        f"missing {h}" for h in ("From", "To", "Subject", "Date", "Message-ID") if msg[h] is None
    ]
    for part in msg.walk():
        problems.extend(repr(defect) for defect in part.defects)
        problems.extend(header_problems(part))
        if part.get_content_maintype() == "text":
            part.get_content()
    if problems:
        raise SystemExit(f"{name}: {problems}")


ISO_DATE_FIELDS = ("promised_date", "paid_date", "return_date")
PATTERNS = {
    "amount": re.compile(r"\d+\.\d{2}"),
    "currency": re.compile(r"[A-Z]{3}"),
    "new_contact": re.compile(r"[a-z0-9._-]+@[a-z0-9.-]+"),
    "failed_recipient": re.compile(r"[a-z0-9._-]+@[a-z0-9.-]+"),
    "bounce_status": re.compile(r"[45]\.\d{1,3}\.\d{1,3}"),
    "bounce_kind": re.compile(r"hard|soft"),
}
REF_PATTERN = re.compile(r"SC-2026-\d{5}")


def label_problems(label: Label) -> Iterator[str]:
    if tuple(label) != LABEL_ORDER:
        yield "keys out of order"
    if label["intent"] not in INTENTS or label["language"] not in LANGS:
        yield "unknown intent or language"
    allowed = FIELDS_BY_INTENT.get(label["intent"], frozenset())
    extracted = {k: v for k, v in label.items() if k in Extract.__annotations__ and v is not None}
    yield from (f"{k} not expected for {label['intent']}" for k in extracted if k not in allowed)
    for key in ISO_DATE_FIELDS:
        value = extracted.get(key)
        if isinstance(value, str):
            date.fromisoformat(value)
    for key, pattern in PATTERNS.items():
        value = extracted.get(key)
        if isinstance(value, str) and not pattern.fullmatch(value):
            yield f"{key} malformed: {value}"
    if ("amount" in extracted) != ("currency" in extracted):
        yield "amount and currency go together"
    yield from (
        f"bad invoice ref {ref}" for ref in label["invoice_refs"] if not REF_PATTERN.fullmatch(ref)
    )


def check_labels(labels: list[Label]) -> None:
    for label in labels:
        problems = list(label_problems(label))
        if problems:
            raise SystemExit(f"{label['file']}: {problems}")
    cells = Counter((label["intent"], label["language"]) for label in labels)
    for intent in INTENTS:
        if sum(cells[intent, lang] for lang in LANGS) != 12:
            raise SystemExit(f"{intent}: not 12 messages")
        if any(cells[intent, lang] == 0 for lang in LANGS):
            raise SystemExit(f"{intent}: a language is missing")
    kinds = Counter(label["bounce_kind"] for label in labels if label["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        raise SystemExit(f"bounces should be 6 hard and 6 soft: {dict(kinds)}")


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
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def write_all() -> list[Label]:
    items = all_items()
    items.sort(key=lambda item: digest(item.key, f"shuffle-{SEED}"))
    for old in HERE.glob(f"{FILE_PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for n, item in enumerate(items, start=1):
        name = f"{FILE_PREFIX}-{n:03d}.eml"
        data = item.message.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        labels.append(make_label(item, name))
    check_labels(labels)
    lines = [json.dumps(label, ensure_ascii=False) + "\n" for label in labels]
    (HERE / "labels.jsonl").write_text("".join(lines), encoding="utf-8")
    return labels


def main() -> int:
    labels = write_all()
    kinds = Counter(label["bounce_kind"] for label in labels if label["intent"] == "bounce")
    sys.stdout.write(count_table(labels) + "\n\n")
    sys.stdout.write(
        f"{len(labels)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
