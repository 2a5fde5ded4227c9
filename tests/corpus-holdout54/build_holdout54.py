# ruff: noqa: E501, RUF001
# E501: every hand-written paragraph sits on one source line, the way a mail client keeps it.
# RUF001: the writers' en dashes, curly apostrophes and guillemets are part of the data.
"""Build held-out reply corpus 54: files h54-001.eml to h54-120.eml and labels.jsonl.

Each message arrives in Halcyon Dental Supply's receivables mailbox after an overdue reminder.
Everything a customer typed is spelled out below, message by message. The code supplies only
the parts that software produces: the reminder as each client quotes it, header fields, MIME
trees, charsets, transfer encodings and the skeletons of delivery reports. Files are written
beside this script, byte for byte the same on every run (no clock, no random source).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import quopri
import re
import sys
import textwrap
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import Final, Literal, TypedDict

HERE: Final = Path(__file__).resolve().parent
SEED: Final = 5420270111
PREFIX: Final = "h54"
AR_NAME: Final = "Halcyon Dental Receivables"
AR_ADDR: Final = "receivables@halcyon-dental.example"
AR_HOST: Final = "halcyon-dental.example"
FIRST_DAY: Final = date(2027, 1, 11)
LAST_DAY: Final = date(2027, 2, 12)
PER_INTENT: Final = 12
SATURDAY: Final = 5

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
    "inline",
    "apple_mail",
    "iphone",
    "thunderbird",
    "samsung",
    "notice",
    "notice_html",
    "notice_alt",
]
Cte = Literal["qp", "b64", "8bit"]
Kind = Literal["hard", "soft"]

LANGS: Final[tuple[Lang, ...]] = ("en", "de", "fr", "es", "nl", "it")
INTENTS: Final[tuple[Intent, ...]] = (
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
LABEL_KEYS: Final = (
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
    """One line of labels.jsonl; the keys are in the order of holdout2's labels."""

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
# Locale tables: what the clients print around the hand-written text
# --------------------------------------------------------------------------------------------

DAY_NAMES: Final[dict[Lang, tuple[str, ...]]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
}
DAY_ABBR: Final[dict[Lang, tuple[str, ...]]] = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "it": ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
}
MONTH_NAMES: Final[dict[Lang, tuple[str, ...]]] = {
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
MONTH_ABBR: Final[dict[Lang, tuple[str, ...]]] = {
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

# Outlook desktop and Outlook on the web: divider, field names, label separator, date layout.
OUTLOOK_DIVIDER: Final[dict[Lang, str]] = {
    "en": "-----Original Message-----",
    "de": "-----Ursprüngliche Nachricht-----",
    "fr": "-----Message d'origine-----",
    "es": "-----Mensaje original-----",
    "nl": "-----Oorspronkelijk bericht-----",
    "it": "-----Messaggio originale-----",
}
OUTLOOK_FIELDS: Final[dict[Lang, tuple[str, str, str, str]]] = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
}
OUTLOOK_SEP: Final[dict[Lang, str]] = {
    "en": ": ",
    "de": ": ",
    "fr": " : ",
    "es": ": ",
    "nl": ": ",
    "it": ": ",
}
OUTLOOK_DATE: Final[dict[Lang, str]] = {
    "en": "{day}, {d} {month} {y} {HH}:{MM}",
    "de": "{day}, {d}. {month} {y} {HH}:{MM}",
    "fr": "{day} {d} {month} {y} {HH}:{MM}",
    "es": "{day}, {d} de {month} de {y} {H}:{MM}",
    "nl": "{day} {d} {month} {y} {HH}:{MM}",
    "it": "{day} {d} {month} {y} {HH}:{MM}",
}
OUTLOOK_RE: Final[dict[Lang, str]] = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
OUTLOOK_LANG_TAG: Final[dict[Lang, str]] = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}
IOS_OUTLOOK_SIG: Final[dict[Lang, str]] = {
    "en": "Get Outlook for iOS",
    "de": "Outlook für iOS beziehen",
    "fr": "Télécharger Outlook pour iOS",
    "es": "Obtener Outlook para iOS",
    "nl": "Outlook voor iOS downloaden",
    "it": "Scarica Outlook per iOS",
}
GMAIL_ATTR: Final[dict[Lang, str]] = {
    "en": "On {dab}, {d} {mab} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dab}, {d}. {mab} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {dab} {d} {mab} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {dab}, {d} {mab} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {dab} {d} {mab} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {dab} {d} {mab} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_ATTR: Final[dict[Lang, str]] = {
    "en": "On {d} {mab} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mm}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mab} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {mab} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mab} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mab} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
IPHONE_SIG: Final[dict[Lang, str]] = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
THUNDERBIRD_ATTR: Final[dict[Lang, str]] = {
    "en": "On {dd}/{mm}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mm}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mm}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mm}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mm}/{y} {HH}:{MM}, {name} ha scritto:",
}
SAMSUNG_HEAD: Final[dict[Lang, tuple[str, str, str, str, str, str]]] = {
    "en": (
        "Sent from my Galaxy",
        "-------- Original message --------",
        "From",
        "Date",
        "To",
        "Subject",
    ),
    "de": (
        "Von meinem Galaxy gesendet",
        "-------- Ursprüngliche Nachricht --------",
        "Von",
        "Datum",
        "An",
        "Betreff",
    ),
    "fr": (
        "Envoyé depuis mon Galaxy",
        "-------- Message d'origine --------",
        "De",
        "Date",
        "À",
        "Objet",
    ),
    "es": (
        "Enviado desde mi Galaxy",
        "-------- Mensaje original --------",
        "De",
        "Fecha",
        "Para",
        "Asunto",
    ),
    "nl": (
        "Verzonden vanaf mijn Galaxy",
        "-------- Oorspronkelijk bericht --------",
        "Van",
        "Datum",
        "Aan",
        "Onderwerp",
    ),
    "it": (
        "Inviato dal mio Galaxy",
        "-------- Messaggio originale --------",
        "Da",
        "Data",
        "A",
        "Oggetto",
    ),
}
SAMSUNG_DATE: Final[dict[Lang, str]] = {
    "en": "{dd}/{mm}/{y} {HH}:{MM} (GMT{tz})",
    "de": "{dd}.{mm}.{yy} {HH}:{MM} (GMT{tz})",
    "fr": "{dd}/{mm}/{y} {HH}:{MM} (GMT{tz})",
    "es": "{d}/{m}/{yy} {H}:{MM} (GMT{tz})",
    "nl": "{dd}-{mm}-{y} {HH}:{MM} (GMT{tz})",
    "it": "{dd}/{mm}/{yy} {HH}:{MM} (GMT{tz})",
}

# --------------------------------------------------------------------------------------------
# The reminder that every reply answers (Halcyon's own wording, in the customer's language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT: Final[dict[Lang, str]] = {
    "en": "Overdue invoice {inv} – Halcyon Dental Supply",
    "de": "Überfällige Rechnung {inv} – Halcyon Dental Supply",
    "fr": "Facture échue {inv} – Halcyon Dental Supply",
    "es": "Factura vencida {inv} – Halcyon Dental Supply",
    "nl": "Vervallen factuur {inv} – Halcyon Dental Supply",
    "it": "Fattura scaduta {inv} – Halcyon Dental Supply",
}
REMINDER_BODY: Final[dict[Lang, str]] = {
    "en": (
        "Hello,\n\n"
        "This is a reminder that the invoice below is past its due date and still shows as unpaid on your Halcyon Dental Supply account.\n\n"
        "  Invoice:            {inv}\n  Invoice date:       {issued}\n  Due date:           {due}\n  Amount outstanding: {amount}\n\n"
        "If payment is already on its way, please reply with the date and reference so we can match it. If something on the invoice isn’t right, reply to this email and tell us what needs correcting.\n\n"
        "Thank you,\n\nAccounts Receivable\nHalcyon Dental Supply Ltd\nDental consumables · Chair and autoclave servicing\nreceivables@halcyon-dental.example · +44 161 496 0142"
    ),
    "de": (
        "Guten Tag,\n\n"
        "bei der Durchsicht Ihres Kundenkontos ist uns aufgefallen, dass die folgende Rechnung noch offen ist:\n\n"
        "  Rechnungsnummer: {inv}\n  Rechnungsdatum:  {issued}\n  Fällig seit:     {due}\n  Offener Betrag:  {amount}\n\n"
        "Ist die Zahlung schon unterwegs, nennen Sie uns bitte Datum und Verwendungszweck, damit wir sie zuordnen können. Stimmt etwas mit der Rechnung nicht, genügt eine kurze Antwort auf diese Nachricht.\n\n"
        "Freundliche Grüße\n\nDebitorenbuchhaltung\nHalcyon Dental Supply GmbH\nDentalbedarf · Service für Behandlungseinheiten und Autoklaven"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf omission de notre part, la facture ci-dessous n’a pas encore été réglée et son échéance est dépassée :\n\n"
        "  N° de facture :      {inv}\n  Date de facture :    {issued}\n  Échéance :           {due}\n  Montant restant dû : {amount}\n\n"
        "Si le règlement est déjà parti, pouvez-vous nous indiquer sa date et sa référence afin que nous puissions le rapprocher ? Si la facture comporte une erreur, répondez simplement à ce message en précisant ce qui doit être corrigé.\n\n"
        "Bien cordialement,\n\nService clients – Comptabilité\nHalcyon Dental Supply SAS"
    ),
    "es": (
        "Buenos días:\n\n"
        "Le recordamos que la siguiente factura ha superado su fecha de vencimiento y sigue pendiente de pago:\n\n"
        "  Factura:           {inv}\n  Fecha de emisión:  {issued}\n  Vencimiento:       {due}\n  Importe pendiente: {amount}\n\n"
        "Si el pago ya está en camino, le agradeceríamos que nos indicara la fecha y la referencia para poder conciliarlo. Si detecta algún error en la factura, conteste a este correo indicándonos qué debemos corregir.\n\n"
        "Un saludo,\n\nDepartamento de Cobros\nHalcyon Dental Supply, S.L."
    ),
    "nl": (
        "Goedendag,\n\n"
        "Uit onze administratie blijkt dat de onderstaande factuur de vervaldatum is gepasseerd en nog niet is voldaan:\n\n"
        "  Factuurnummer:     {inv}\n  Factuurdatum:      {issued}\n  Vervaldatum:       {due}\n  Openstaand bedrag: {amount}\n\n"
        "Is de betaling al onderweg? Laat ons dan de datum en het betalingskenmerk weten, zodat wij deze kunnen afletteren. Klopt er iets niet aan de factuur, beantwoord dan deze e-mail en laat ons weten wat er aangepast moet worden.\n\n"
        "Met vriendelijke groet,\n\nDebiteurenbeheer\nHalcyon Dental Supply B.V."
    ),
    "it": (
        "Buongiorno,\n\n"
        "dalle nostre verifiche la fattura indicata di seguito risulta scaduta e non ancora saldata:\n\n"
        "  Fattura n.:         {inv}\n  Data fattura:       {issued}\n  Scadenza:           {due}\n  Importo da saldare: {amount}\n\n"
        "Se avete già disposto il pagamento, vi chiediamo di comunicarci data e riferimento (CRO/TRN) così da poterlo abbinare. Se nella fattura c’è qualcosa che non torna, rispondete a questa e-mail indicandoci cosa correggere.\n\n"
        "Cordiali saluti,\n\nUfficio Crediti\nHalcyon Dental Supply S.r.l."
    ),
}
DATE_LAYOUT: Final[dict[Lang, str]] = {
    "en": "{dd}/{mm}/{y}",
    "de": "{dd}.{mm}.{y}",
    "fr": "{dd}/{mm}/{y}",
    "es": "{dd}/{mm}/{y}",
    "nl": "{dd}-{mm}-{y}",
    "it": "{dd}/{mm}/{y}",
}
ACCOUNT_CURRENCY: Final[dict[Lang, str]] = {
    "en": "GBP",
    "de": "EUR",
    "fr": "EUR",
    "es": "EUR",
    "nl": "EUR",
    "it": "EUR",
}
# Characters a Latin-1 client cannot send: it writes them the way its users do.
LATIN1_SPELLING: Final = {"–": "-", "€": "EUR", "’": "'", "…": "...", "“": '"', "”": '"'}


# --------------------------------------------------------------------------------------------
# Specs: what was written, by whom, with which client, and how it is labelled
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Facts:
    """The label values beyond intent and language; invoices are short numbers like '0418'."""

    promised: str | None = None
    paid: str | None = None
    back: str | None = None
    ref: str | None = None
    amount: str | None = None
    currency: str | None = None
    contact: str | None = None
    invoices: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One hand-written message and the client that sent it."""

    key: str
    intent: Intent
    lang: Lang
    sender: tuple[str, str]
    when: str
    client: Client
    body: str
    facts: Facts = field(default_factory=Facts)
    inv: str = "0400"
    due_amount: str = ""
    currency: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: Cte = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    cc: tuple[str, str] = ("", "")
    lag: int = 1
    attach: str = ""
    threaded: bool = True
    quoted_to: str = ""
    inline: tuple[tuple[str, str], ...] = ()
    markup: str = ""

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def account_currency(self) -> str:
        return self.currency or ACCOUNT_CURRENCY[self.lang]

    @property
    def latin1(self) -> bool:
        return self.charset == "iso-8859-1"


@dataclass(frozen=True, kw_only=True)
class Thread:
    """The reminder as the replying client shows it."""

    subject: str
    text: str
    sent: datetime
    lang: Lang
    to: str


def text(block: str) -> str:
    """A hand-written block, written indented in this file, as the writer typed it."""
    return textwrap.dedent(block).strip("\n")


# --------------------------------------------------------------------------------------------
# Dates, amounts, identifiers
# --------------------------------------------------------------------------------------------


def date_parts(lang: Lang, moment: datetime) -> dict[str, str]:
    offset = moment.utcoffset() or timedelta(0)
    hours = int(offset.total_seconds() // 3600)
    return {
        "day": DAY_NAMES[lang][moment.weekday()],
        "dab": DAY_ABBR[lang][moment.weekday()],
        "month": MONTH_NAMES[lang][moment.month - 1],
        "mab": MONTH_ABBR[lang][moment.month - 1],
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "m": str(moment.month),
        "mm": f"{moment.month:02d}",
        "y": str(moment.year),
        "yy": f"{moment.year % 100:02d}",
        "H": str(moment.hour),
        "HH": f"{moment.hour:02d}",
        "MM": f"{moment.minute:02d}",
        "tz": f"{hours:+03d}:00",
    }


def render_date(layout: str, *, lang: Lang, moment: datetime, **extra: str) -> str:
    return layout.format(**date_parts(lang, moment), **extra)


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}/{key}".encode()).digest()


def token(key: str, salt: str, length: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:length]


def reminder_msgid(key: str) -> str:
    return f"<ar.{token(key, 'reminder', 18).lower()}@{AR_HOST}>"


def group_digits(whole: int, sep: str) -> str:
    return f"{whole:,}".replace(",", sep)


def money_text(*, value: str, currency: str, lang: Lang) -> str:
    """An amount as Halcyon's reminder prints it for the account's locale and currency."""
    units, cents = value.split(".")
    whole = int(units)
    if currency == "CHF":
        apostrophe = "'"
        return f"CHF {group_digits(whole, apostrophe)}.{cents}"
    if lang == "en":
        symbol = "£" if currency == "GBP" else "€"
        return f"{symbol}{group_digits(whole, ',')}.{cents}"
    if lang in {"nl", "it"}:
        return f"€ {group_digits(whole, '.')},{cents}"
    sep = " " if lang == "fr" else "."
    return f"{group_digits(whole, sep)},{cents} €"


def derived_amount(key: str) -> str:
    raw = int.from_bytes(digest(key, "amount")[:4], "big")
    return f"{180 + raw % 2400}.{raw % 97:02d}"


def reminder_sent(reply_time: datetime, lag: int) -> datetime:
    """The reminder run goes out on a working day, shortly after nine, `lag` days earlier."""
    day = reply_time - timedelta(days=lag)
    while day.weekday() >= SATURDAY:
        day -= timedelta(days=1)
    return day.replace(hour=9, minute=1 + digest(str(day.date()), "run")[0] % 9, second=0)


CLOSED_DAYS: Final = frozenset({(12, 24), (12, 25), (12, 26), (12, 31), (1, 1)})


def invoicing_day(day: date) -> date:
    """Invoices are raised on working days, never over Christmas or New Year."""
    while day.weekday() >= SATURDAY or (day.month, day.day) in CLOSED_DAYS:
        day -= timedelta(days=1)
    return day


def invoice_dates(sent: datetime, key: str) -> tuple[date, date]:
    overdue_days = 12 + digest(key, "overdue")[0] % 20
    issued = invoicing_day(sent.date() - timedelta(days=overdue_days + 30))
    return issued, issued + timedelta(days=30)


def latin1_spelling(value: str) -> str:
    for char, spelled in LATIN1_SPELLING.items():
        value = value.replace(char, spelled)
    return value


def full_invoice(short: str) -> str:
    return f"HDS/2027/{short}"


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------

TRANSFER_NAMES: Final[dict[Cte, str]] = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit"}


def transfer_encode(raw: bytes, cte: Cte) -> str:
    if cte == "qp":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "b64":
        return base64.encodebytes(raw).decode("ascii")
    return raw.decode("ascii", "surrogateescape")  # 8-bit bytes travel as they are


def text_part(body: str, *, subtype: str, charset: str, cte: Cte) -> Message:
    """A text part encoded the way the client would (raises if the text does not fit)."""
    raw = body.encode(charset)
    part = MIMENonMultipart("text", subtype, charset=charset)
    part.set_payload(transfer_encode(raw, cte))
    part["Content-Transfer-Encoding"] = (
        "7bit" if cte == "8bit" and raw.isascii() else TRANSFER_NAMES[cte]
    )
    return part


def alternative(plain: Message, markup: Message) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def header_value(value: str, charset: str, *, name: str = "Subject") -> str:
    """A header as the client writes it: RFC 2047 encoded words when it is not ASCII."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_value(name, charset, name='From')} <{addr}>"


def escape_lines(block: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in block.split("\n"))


def html_divs(block: str) -> str:
    """Gmail and Apple Mail: one div per line, an empty div with a br for a blank line."""
    lines = block.split("\n")
    return "\n".join(
        f"<div>{html.escape(x, quote=False)}</div>" if x else "<div><br></div>" for x in lines
    )


def word_paragraphs(block: str) -> str:
    out = []
    for line in block.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(out)


def plain_paragraphs(block: str) -> str:
    return "\n".join(f"<p>{escape_lines(p)}</p>" for p in block.split("\n\n"))


def quote_block(block: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in block.split("\n"))


def flow_line(line: str, width: int = 72) -> str:
    """format=flowed: long lines are broken with a trailing space on each soft break."""
    prefix = "> " if line.startswith("> ") else ""
    content = line.removeprefix(prefix)
    if len(line) <= width + 6:
        return line
    pieces = textwrap.wrap(
        content, width=width - len(prefix), break_long_words=False, break_on_hyphens=False
    )
    return " \n".join(prefix + piece for piece in pieces)


def flowed(block: str) -> str:
    return "\n".join(flow_line(line) for line in block.split("\n"))


# --------------------------------------------------------------------------------------------
# The quoted reminder, seen from the replying client
# --------------------------------------------------------------------------------------------


def reminder_text(*, lang: Lang, inv: str, key: str, sent: datetime, amount: str) -> str:
    issued, due = invoice_dates(sent, key)
    layout = DATE_LAYOUT[lang]
    return REMINDER_BODY[lang].format(
        inv=full_invoice(inv),
        issued=layout.format(dd=f"{issued.day:02d}", mm=f"{issued.month:02d}", y=issued.year),
        due=layout.format(dd=f"{due.day:02d}", mm=f"{due.month:02d}", y=due.year),
        amount=amount,
    )


def reminder_subject(lang: Lang, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=full_invoice(inv))


def make_thread(r: Reply) -> Thread:
    sent = reminder_sent(r.dt, r.lag)
    amount = money_text(
        value=r.due_amount or derived_amount(r.key), currency=r.account_currency, lang=r.lang
    )
    body = reminder_text(lang=r.lang, inv=r.inv, key=r.key, sent=sent, amount=amount)
    subject = reminder_subject(r.lang, r.inv)
    if r.latin1:
        body, subject = latin1_spelling(body), latin1_spelling(subject)
    name, addr = r.sender
    to = r.quoted_to or (f"{name} <{addr}>" if name else addr)
    return Thread(subject=subject, text=body, sent=sent, lang=r.lang, to=to)


def outlook_fields(t: Thread) -> list[tuple[str, str]]:
    labels = OUTLOOK_FIELDS[t.lang]
    values = (
        f"{AR_NAME} <{AR_ADDR}>",
        render_date(OUTLOOK_DATE[t.lang], lang=t.lang, moment=t.sent),
        t.to,
        t.subject,
    )
    return list(zip(labels, values, strict=True))


def outlook_lines(t: Thread) -> list[str]:
    sep = OUTLOOK_SEP[t.lang]
    return [f"{label}{sep}{value}" for label, value in outlook_fields(t)]


def outlook_head_html(t: Thread) -> str:
    sep = html.escape(OUTLOOK_SEP[t.lang].rstrip())
    return "<br>\n".join(
        f"<b>{html.escape(k)}{sep}</b> {html.escape(v)}" for k, v in outlook_fields(t)
    )


def gmail_attribution(t: Thread) -> str:
    return render_date(GMAIL_ATTR[t.lang], lang=t.lang, moment=t.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attribution(t: Thread) -> str:
    return render_date(APPLE_ATTR[t.lang], lang=t.lang, moment=t.sent, name=AR_NAME, addr=AR_ADDR)


# --------------------------------------------------------------------------------------------
# Client layouts
# --------------------------------------------------------------------------------------------


def plain(r: Reply, body: str) -> Message:
    return text_part(body, subtype="plain", charset=r.charset, cte=r.cte)


def markup_part(r: Reply, markup: str) -> Message:
    return text_part(markup, subtype="html", charset=r.charset, cte=r.cte)


def word_document(r: Reply, t: Thread) -> str:
    """Outlook desktop HTML: Word markup and the grey top border above the quoted header."""
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n--></style>\n'
        f'</head>\n<body lang="{OUTLOOK_LANG_TAG[r.lang]}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{word_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{outlook_head_html(t)}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(t.text)}\n</div>\n</body>\n</html>\n"
    )


def client_outlook(r: Reply, t: Thread) -> Message:
    lines = [r.body, "", OUTLOOK_DIVIDER[t.lang], *outlook_lines(t), "", t.text, ""]
    return plain(r, "\n".join(lines))


def client_outlook_html(r: Reply, t: Thread) -> Message:
    lines = [r.body, "", *outlook_lines(t), "", t.text, ""]
    return alternative(plain(r, "\n".join(lines)), markup_part(r, word_document(r, t)))


def client_outlook_html_only(r: Reply, t: Thread) -> Message:
    return markup_part(r, word_document(r, t))


def client_owa(r: Reply, t: Thread) -> Message:
    lines = [r.body, "", "_" * 32, *outlook_lines(t), "", t.text, ""]
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}">'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>\n'
        '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{escape_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{outlook_head_html(t)}</font>\n<div>&nbsp;</div>\n</div>\n"
        f"<div>{plain_paragraphs(t.text)}</div>\n</body>\n</html>\n"
    )
    return alternative(plain(r, "\n".join(lines)), markup_part(r, markup))


def client_outlook_ios(r: Reply, t: Thread) -> Message:
    lines = [r.body, "", IOS_OUTLOOK_SIG[t.lang], "_" * 32, *outlook_lines(t), "", t.text, ""]
    return text_part("\n".join(lines), subtype="plain", charset=r.charset, cte="b64")


def gmail_markup(r: Reply, t: Thread) -> str:
    return (
        f'<div dir="ltr">{html_divs(r.body)}</div><br>\n'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(gmail_attribution(t))}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{plain_paragraphs(t.text)}</blockquote></div>\n"
    )


def client_gmail(r: Reply, t: Thread) -> Message:
    body = f"{r.body}\n\n{gmail_attribution(t)}\n\n{quote_block(t.text)}\n"
    return alternative(plain(r, body), markup_part(r, gmail_markup(r, t)))


def client_gmail_plain(r: Reply, t: Thread) -> Message:
    return plain(r, f"{r.body}\n\n{gmail_attribution(t)}\n\n{quote_block(t.text)}\n")


def reminder_line(t: Thread, needle: str) -> str:
    for line in t.text.split("\n"):
        if needle in line:
            return line
    message = f"no reminder line contains {needle!r}"
    raise ValueError(message)


def client_inline(r: Reply, t: Thread) -> Message:
    """Answers typed between the quoted lines of the reminder, then the writer's sign-off."""
    chunks = [gmail_attribution(t), ""]
    for needle, answer in r.inline:
        chunks += [quote_block(reminder_line(t, needle)), "", answer, ""]
    chunks += [r.body, ""]
    return plain(r, "\n".join(chunks))


def client_apple_mail(r: Reply, t: Thread) -> Message:
    return plain(r, f"{r.body}\n\n{apple_attribution(t)}\n\n{quote_block(t.text)}\n")


def client_iphone(r: Reply, t: Thread) -> Message:
    quoted = quote_block(f"{apple_attribution(t)}\n\n{t.text}")
    return plain(r, f"{r.body}\n\n{IPHONE_SIG[t.lang]}\n\n{quoted}\n")


def client_thunderbird(r: Reply, t: Thread) -> Message:
    attribution = render_date(THUNDERBIRD_ATTR[t.lang], lang=t.lang, moment=t.sent, name=AR_NAME)
    body = flowed(f"{r.body}\n\n{attribution}\n{quote_block(t.text)}\n")
    part = text_part(body, subtype="plain", charset=r.charset, cte="8bit")
    part.set_param("format", "flowed")
    return part


def client_samsung(r: Reply, t: Thread) -> Message:
    sig, divider, frm, when, to, subj = SAMSUNG_HEAD[t.lang]
    sent = render_date(SAMSUNG_DATE[t.lang], lang=t.lang, moment=t.sent)
    head = [
        f"{frm}: {AR_NAME} <{AR_ADDR}>",
        f"{when}: {sent}",
        f"{to}: {t.to}",
        f"{subj}: {t.subject}",
    ]
    body = "\n".join([r.body, "", "", sig, "", "", divider, *head, "", t.text, ""])
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head><body>'
        f'<div dir="auto">{escape_lines(r.body)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">{html.escape(sig)}</div></div>'
        f'<div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>{html.escape(divider)}</div>'
        f"<div>{'</div><div>'.join(html.escape(x) for x in head)}</div></div><br>"
        f"{plain_paragraphs(t.text)}</body></html>\n"
    )
    return alternative(plain(r, body), markup_part(r, markup))


def notice_markup(r: Reply) -> str:
    if r.markup:
        return r.markup
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>\n'
        f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n{plain_paragraphs(r.body)}\n</body></html>\n'
    )


def client_notice(r: Reply, t: Thread) -> Message:
    del t  # automatic notices quote nothing
    return plain(r, r.body + "\n")


def client_notice_html(r: Reply, t: Thread) -> Message:
    del t
    return markup_part(r, notice_markup(r))


def client_notice_alt(r: Reply, t: Thread) -> Message:
    del t
    return alternative(plain(r, r.body + "\n"), markup_part(r, notice_markup(r)))


CLIENTS: Final[dict[Client, Callable[[Reply, Thread], Message]]] = {
    "outlook": client_outlook,
    "outlook_html": client_outlook_html,
    "outlook_html_only": client_outlook_html_only,
    "owa": client_owa,
    "outlook_ios": client_outlook_ios,
    "gmail": client_gmail,
    "gmail_plain": client_gmail_plain,
    "inline": client_inline,
    "apple_mail": client_apple_mail,
    "iphone": client_iphone,
    "thunderbird": client_thunderbird,
    "samsung": client_samsung,
    "notice": client_notice,
    "notice_html": client_notice_html,
    "notice_alt": client_notice_alt,
}
MICROSOFT: Final[frozenset[Client]] = frozenset(
    {"outlook", "outlook_html", "outlook_html_only", "owa", "outlook_ios"}
)
CLIENT_HEADERS: Final[dict[Client, tuple[tuple[str, str], ...]]] = {
    "apple_mail": (("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22D72)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
    "samsung": (("X-Mailer", "Samsung Mobile Email"),),
}
BOUNDARY_STYLE: Final[dict[str, str]] = {
    "gmail": "000000000000",
    "apple_mail": "Apple-Mail=_",
    "iphone": "Apple-Mail-",
    "samsung": "--_com.samsung.android.email_",
}


def reply_msgid(r: Reply) -> str:
    raw = digest(r.key, "message-id")
    host = r.sender[1].split("@")[1]
    if r.client in {"gmail", "gmail_plain", "inline"}:
        return f"<CA+{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if r.client in MICROSOFT:
        server = f"{token(r.key, 'server', 4)}PR0{raw[0] % 9 + 1}MB{1000 + raw[1] * 31}"
        return (
            f"<{server}{token(r.key, 'ms', 20)}@{server}.eurprd0{raw[2] % 8 + 1}.prod.outlook.com>"
        )
    if r.client in {"apple_mail", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{host}>"
    return f"<{raw.hex()[:26]}@{host}>"


def reply_subject(r: Reply, t: Thread) -> str:
    if r.subject:
        return r.subject.format(rsub=t.subject)
    prefix = OUTLOOK_RE[r.lang] if r.client in MICROSOFT else "Re: "
    return prefix + t.subject


def microsoft_headers(r: Reply, t: Thread) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread-index")[:22]).decode()
    return [
        ("Thread-Topic", header_value(t.subject, r.charset, name="Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", f"{OUTLOOK_LANG_TAG[r.lang]}, en-US"),
        ("Content-Language", OUTLOOK_LANG_TAG[r.lang]),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


FAKE_PDF: Final = (
    b"%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
    b"2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n"
)


def with_attachment(r: Reply, body: Message) -> Message:
    if not r.attach:
        return body
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(FAKE_PDF, "pdf", name=r.attach)
    pdf.add_header("Content-Disposition", "attachment", filename=r.attach)
    outer.attach(pdf)
    return outer


# --------------------------------------------------------------------------------------------
# Finishing a message: header order, MIME-Version, boundaries
# --------------------------------------------------------------------------------------------

MIME_HEADERS: Final = ("MIME-Version", "Content-Type", "Content-Transfer-Encoding")


def mime_headers_last(msg: Message) -> None:
    """Clients write the MIME headers after the envelope headers."""
    saved = [(name, msg.get_all(name) or []) for name in MIME_HEADERS]
    for name, values in saved:
        del msg[name]
        for value in values:
            msg[name] = value
    if "Content-Type" in msg and "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"


def subparts(part: Message) -> Iterator[Message]:
    if part.is_multipart():
        payload = part.get_payload()
        if isinstance(payload, list):
            yield from (p for p in payload if isinstance(p, Message))


def drop_inner_versions(part: Message, *, top: bool) -> None:
    """Only a message's top (or a returned message's top) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    inner_top = part.get_content_type() == "message/rfc822"
    for sub in subparts(part):
        drop_inner_versions(sub, top=inner_top)


def fix_boundaries(msg: Message, *, key: str, style: str) -> None:
    prefix = BOUNDARY_STYLE.get(style, "_000_" if style in MICROSOFT else "----=_Part_")
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for number, part in enumerate(multiparts):
        part.set_boundary(prefix + token(key, f"boundary-{number}", 26))


def finish(msg: Message, *, key: str, style: str) -> Message:
    mime_headers_last(msg)
    drop_inner_versions(msg, top=True)
    fix_boundaries(msg, key=key, style=style)
    return msg


def build_reply(r: Reply) -> Message:
    t = make_thread(r)
    msg = with_attachment(r, CLIENTS[r.client](r, t))
    msg["From"] = mailbox(*r.sender, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc[1]:
        msg["Cc"] = mailbox(*r.cc, r.charset)
    msg["Subject"] = header_value(reply_subject(r, t), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = microsoft_headers(r, t) if r.client in MICROSOFT else []
    for name, value in [*extra, *CLIENT_HEADERS.get(r.client, ()), *r.headers]:
        msg[name] = value
    return finish(msg, key=r.key, style=r.client)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED: Final = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED: Final = ("Auto-Submitted", "auto-generated")
SUPPRESS: Final = ("X-Auto-Response-Suppress", "All")

TUNGSTEN_TEXT: Final = text(
    """
    REMITTANCE ADVICE

    Payer:            Meridian Smile Group plc – Group Finance, Accounts Payable
    Supplier:         Halcyon Dental Supply Ltd
    Supplier number:  SUP-004817
    Payment date:     20/01/2027
    Payment method:   BACS
    Payment number:   MSG-PAY-0012987
    Currency:         GBP

    Your reference     Invoice date   Gross       Discount   Paid
    HDS/2027/0388      02/12/2026     642.00      0.00       642.00
    HDS/2027/0412      09/12/2026     1,118.40    0.00       1,118.40

    Total paid:        GBP 1,760.40

    Funds normally reach the supplier's account within three working days of the payment date.

    This notification was generated by Tungsten Network on behalf of Meridian Smile Group plc. Please do not reply: this mailbox is not monitored. For queries about this payment, write to ap.queries@meridiansmile.example quoting the payment number.
    """
)
TUNGSTEN_HTML: Final = text(
    """
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#1a1a1a">
    <table width="640" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:#00355f;color:#ffffff;padding:10px 14px;font-size:14pt"><b>REMITTANCE ADVICE</b></td></tr></table>
    <table width="640" cellpadding="4" cellspacing="0" border="0" style="margin-top:10px">
    <tr><td width="160"><b>Payer</b></td><td>Meridian Smile Group plc – Group Finance, Accounts Payable</td></tr>
    <tr><td><b>Supplier</b></td><td>Halcyon Dental Supply Ltd</td></tr>
    <tr><td><b>Supplier number</b></td><td>SUP-004817</td></tr>
    <tr><td><b>Payment date</b></td><td>20/01/2027</td></tr>
    <tr><td><b>Payment method</b></td><td>BACS</td></tr>
    <tr><td><b>Payment number</b></td><td>MSG-PAY-0012987</td></tr>
    <tr><td><b>Currency</b></td><td>GBP</td></tr>
    </table>
    <table width="640" cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;margin-top:12px">
    <tr style="background:#e8eef4"><th align="left">Your reference</th><th align="left">Invoice date</th><th align="right">Gross</th><th align="right">Discount</th><th align="right">Paid</th></tr>
    <tr><td>HDS/2027/0388</td><td>02/12/2026</td><td align="right">642.00</td><td align="right">0.00</td><td align="right">642.00</td></tr>
    <tr><td>HDS/2027/0412</td><td>09/12/2026</td><td align="right">1,118.40</td><td align="right">0.00</td><td align="right">1,118.40</td></tr>
    <tr><td colspan="4" align="right"><b>Total paid</b></td><td align="right"><b>GBP 1,760.40</b></td></tr>
    </table>
    <p>Funds normally reach the supplier's account within three working days of the payment date.</p>
    <p style="color:#666666;font-size:8pt">This notification was generated by Tungsten Network on behalf of Meridian Smile Group plc. Please do not reply: this mailbox is not monitored. For queries about this payment, write to ap.queries@meridiansmile.example quoting the payment number.</p>
    </body></html>
    """
)

PAYMENT_SENT: Final[list[Reply]] = [
    Reply(
        key="ps-en-paid",
        intent="payment_sent",
        lang="en",
        sender=("Hamid Qureshi", "hamid@qureshidental.example"),
        when="2027-01-14 13:05 +0000",
        client="iphone",
        body="Paid.",
        inv="0391",
        due_amount="742.18",
        facts=Facts(note="one word; no date given, so paid_date stays null"),
    ),
    Reply(
        key="ps-en-done",
        intent="payment_sent",
        lang="en",
        sender=("Ciara Byrne", "ciara@byrneorthodontics.example"),
        when="2027-02-09 17:42 +0000",
        client="outlook_ios",
        body="done",
        inv="0494",
        due_amount="1036.00",
        currency="EUR",
        facts=Facts(
            note="lowercase 'done' answering an overdue reminder means paid; Irish practice billed in EUR; no date"
        ),
    ),
    Reply(
        key="ps-en-tungsten",
        intent="payment_sent",
        lang="en",
        sender=("Tungsten Network", "remittance@notify.tungsten-network.example"),
        when="2027-01-20 06:12 +0000",
        client="notice_alt",
        body=TUNGSTEN_TEXT,
        markup=TUNGSTEN_HTML + "\n",
        subject="Remittance advice – Meridian Smile Group plc – payment MSG-PAY-0012987",
        threaded=False,
        headers=(AUTO_GENERATED, ("X-Mailer", "Tungsten Network Notifications")),
        facts=Facts(
            paid="2027-01-20",
            ref="MSG-PAY-0012987",
            amount="1760.40",
            currency="GBP",
            invoices=("0388", "0412"),
            note="AP-system remittance advice, not a reply; its 'mailbox is not monitored' line is about the sender and does not make it wrong_contact",
        ),
    ),
    Reply(
        key="ps-de-ueberweisung",
        intent="payment_sent",
        lang="de",
        sender=("Sabine Roth", "verwaltung@zahnarzt-feld.example"),
        when="2027-01-19 11:47 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="0436",
        due_amount="2318.60",
        body=text(
            """
            Sehr geehrte Damen und Herren,

            die Rechnung HDS/2027/0436 über 2.318,60 € haben wir heute per Überweisung beglichen. Die Bank hat den Auftrag unter der Referenz 2027011900852 bestätigt; als Verwendungszweck ist die Rechnungsnummer angegeben.

            Bitte entschuldigen Sie die Verzögerung – die Rechnung war bei uns versehentlich bei den Laborrechnungen abgelegt worden.

            Mit freundlichen Grüßen

            Sabine Roth
            Praxismanagement
            Zahnarztpraxis Dr. Feld & Kollegen
            Lindenstraße 14 · 79098 Freiburg
            """
        ),
        facts=Facts(
            paid="2027-01-19",
            ref="2027011900852",
            amount="2318.60",
            currency="EUR",
            invoices=("0436",),
        ),
    ),
    Reply(
        key="ps-de-basware",
        intent="payment_sent",
        lang="de",
        sender=("Basware Zahlungsavis", "no-reply@avis.basware-network.example"),
        when="2027-01-26 05:40 +0100",
        client="notice",
        charset="iso-8859-1",
        subject="Zahlungsavis 1900457731 - Klinikum Neustadt gGmbH",
        threaded=False,
        headers=(AUTO_GENERATED,),
        body=text(
            """
            ZAHLUNGSAVIS

            Zahlender:        Klinikum Neustadt gGmbH - Kreditorenbuchhaltung
            Empfänger:        Halcyon Dental Supply GmbH
            Lieferantennr.:   700214
            Zahlungsdatum:    26.01.2027
            Zahlungsbeleg:    1900457731
            Zahlweg:          SEPA-Überweisung

            Ihre Beleg-Nr.    Belegdatum   Brutto      Skonto    Zahlbetrag
            HDS/2027/0409     07.12.2026   3.940,00    78,80     3.861,20
            HDS/2027/0433     14.12.2026     512,40    10,25       502,15

            Summe Zahlbetrag:                                      4.363,35 EUR

            Der Betrag wird Ihrem Konto in den nächsten Bankarbeitstagen gutgeschrieben. Der Skontoabzug von 2 % erfolgt gemäß Rahmenvertrag RV-2025-118.

            Diese Nachricht wurde automatisch über das Basware-Netzwerk im Auftrag des Klinikums Neustadt erstellt. Antworten an diese Adresse werden nicht gelesen.
            """
        ),
        facts=Facts(
            paid="2027-01-26",
            ref="1900457731",
            amount="4363.35",
            currency="EUR",
            invoices=("0409", "0433"),
            note="AP-system payment advice (Basware) for a dental hospital; the amount is the net paid after the early-payment discount",
        ),
    ),
    Reply(
        key="ps-fr-cheque",
        intent="payment_sent",
        lang="fr",
        sender=("Nathalie Morel", "secretariat@cabinet-tilleuls.example"),
        when="2027-01-14 10:22 +0100",
        client="gmail",
        inv="0398",
        body=text(
            """
            Bonjour,

            Nous avons réglé cette facture par chèque n° 0004512, posté le 12 janvier. Votre relance a dû se croiser avec notre courrier.

            Pourriez-vous nous confirmer la bonne réception d’ici quelques jours ?

            Bien cordialement,

            Nathalie Morel
            Secrétariat – Cabinet dentaire des Tilleuls
            """
        ),
        facts=Facts(
            paid="2027-01-12",
            ref="0004512",
            note="cheque already posted; the cheque number is the reference",
        ),
    ),
    Reply(
        key="ps-fr-irrite",
        intent="payment_sent",
        lang="fr",
        sender=("Patrick Vidal", "dr.vidal.patrick@orange.fr"),
        when="2027-01-13 19:48 +0100",
        client="thunderbird",
        inv="0387",
        body=text(
            """
            bonjour,

            le virement a ete fait le 8 janvier, c'est la 2e relance que je recois pour une facture deja payee. merci de verifier vos comptes avant d'envoyer ce genre de mail

            P. Vidal
            """
        ),
        facts=Facts(paid="2027-01-08", note="irritated, no accents; a free-mail persona"),
    ),
    Reply(
        key="ps-es-justificante",
        intent="payment_sent",
        lang="es",
        sender=("Marta Ruiz", "administracion@clinicaalbeniz.example"),
        when="2027-01-18 12:31 +0100",
        client="outlook",
        charset="iso-8859-1",
        inv="0415",
        due_amount="1642.35",
        attach="Justificante_transferencia_15012027.pdf",
        body=text(
            """
            Buenos días,

            Adjuntamos el justificante de la transferencia realizada el 15/01/2027 por importe de 1.642,35 EUR, referencia de la operación 7H2K99410. En el concepto figura el número de factura.

            Un saludo,

            Marta Ruiz
            Administración
            Clínica Dental Albéniz
            C/ Isaac Albéniz 22, 28039 Madrid
            """
        ),
        facts=Facts(
            paid="2027-01-15",
            ref="7H2K99410",
            amount="1642.35",
            currency="EUR",
            note="transfer receipt attached as a PDF",
        ),
    ),
    Reply(
        key="ps-es-manana",
        intent="payment_sent",
        lang="es",
        sender=("Javier Ortega", "javiortega.dentista@gmail.com"),
        when="2027-01-28 11:05 +0100",
        client="samsung",
        inv="0463",
        body="ya esta pagada, la he pagado esta mañana con la tarjeta de la clinica en vuestra web. si el lunes no os aparece avisadme",
        facts=Facts(
            paid="2027-01-28",
            note="'esta mañana' is this morning, not tomorrow; 'el lunes' is only when to check; missing accents",
        ),
    ),
    Reply(
        key="ps-nl-overgemaakt",
        intent="payment_sent",
        lang="nl",
        sender=("Ilse de Graaf", "administratie@ortho-maasoever.example"),
        when="2027-01-28 14:03 +0100",
        client="owa",
        inv="0469",
        due_amount="1073.90",
        body=text(
            """
            Goedemiddag,

            Ter bevestiging: het bedrag van € 1.073,90 is op 27 januari naar uw rekening overgemaakt, met als omschrijving HDS/2027/0469.

            Met vriendelijke groet,

            Ilse de Graaf
            Financiële administratie
            Orthodontiepraktijk Maasoever
            """
        ),
        facts=Facts(paid="2027-01-27", amount="1073.90", currency="EUR", invoices=("0469",)),
    ),
    Reply(
        key="ps-nl-bewijs",
        intent="payment_sent",
        lang="nl",
        sender=("Sanne Kuipers", "sanne@tandartsdelinde.example"),
        when="2027-02-03 08:51 +0100",
        client="iphone",
        inv="0485",
        attach="Betaalbewijs.pdf",
        body=text(
            """
            Is voldaan op 2/2, betaalbewijs zit in de bijlage.

            Groet,
            Sanne
            Tandartspraktijk De Linde
            """
        ),
        facts=Facts(
            paid="2027-02-02", note="'2/2' is day/month: 2 February; proof of payment attached"
        ),
    ),
    Reply(
        key="ps-it-bonifico",
        intent="payment_sent",
        lang="it",
        sender=("Rag. Elena Ferri", "e.ferri@studioferri-consulenza.example"),
        when="2027-01-21 16:10 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="0402",
        due_amount="987.60",
        quoted_to="Studio Dentistico Galli <amministrazione@studiogalli-dentista.example>",
        body=text(
            """
            Buongiorno,

            per conto del nostro cliente Studio Dentistico Dott. Marco Galli vi comunichiamo che in data odierna è stato disposto il bonifico a saldo della fattura HDS/2027/0402, importo € 987,60, TRN 0306909614725102.

            Restiamo a disposizione per eventuali verifiche.

            Cordiali saluti

            Rag. Elena Ferri
            Studio Ferri – Consulenza contabile e fiscale
            Via Cavour 41, 43121 Parma

            Le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario indicato. Se avete ricevuto questo messaggio per errore, vi preghiamo di cancellarlo e di darcene comunicazione.
            """
        ),
        facts=Facts(
            paid="2027-01-21",
            ref="0306909614725102",
            amount="987.60",
            currency="EUR",
            invoices=("0402",),
            note="the practice's accountant replies for it (the reminder was forwarded); 'in data odierna' is the message date",
        ),
    ),
]

PROMISE_TO_PAY: Final[list[Reply]] = [
    Reply(
        key="pp-en-ooo",
        intent="promise_to_pay",
        lang="en",
        sender=("Kerry Walsh", "kerry.walsh@elmtreedental.example"),
        when="2027-01-18 08:14 +0000",
        client="outlook_ios",
        subject="Out of office – back Thursday",
        inv="0411",
        body=text(
            """
            Hi,

            I'm technically out of office until Thursday but saw this come through on my phone. Dr Mensah signs off supplier payments and she's back Thursday as well, so I'll get it paid then.

            Sorry it's slipped.

            Kerry
            Practice Manager, Elm Tree Dental
            """
        ),
        facts=Facts(
            promised="2027-01-21",
            note="a person writes; the 'out of office' subject is not an auto-reply; Thursday after Mon 18 Jan",
        ),
    ),
    Reply(
        key="pp-en-payrun",
        intent="promise_to_pay",
        lang="en",
        sender=("Tom Ainsley", "t.ainsley@northstardental.example"),
        when="2027-02-03 10:37 +0000",
        client="outlook_html",
        charset="windows-1252",
        inv="0503",
        due_amount="3406.12",
        body=text(
            """
            Good morning,

            Thanks for the reminder. This one was approved by the regional director on Monday and has been added to Friday's payment run, so you should see the £3,406.12 by BACS on the day.

            Sorry this one dragged – the invoice was coded to the wrong cost centre (Lakeside instead of Harrow Road) and got stuck in approval.

            Kind regards,

            Tom Ainsley
            Accounts Payable Assistant
            Northstar Dental Group Ltd

            The contents of this message are confidential and meant only for the person it is addressed to. If it has reached you by mistake, let us know by return and delete it. Northstar Dental Group Ltd, registered in England and Wales.
            """
        ),
        facts=Facts(
            promised="2027-02-05",
            amount="3406.12",
            currency="GBP",
            note="past-tense 'approved … added to Friday's payment run' announces a future payment; Friday after Wed 3 Feb",
        ),
    ),
    Reply(
        key="pp-en-nextfriday",
        intent="promise_to_pay",
        lang="en",
        sender=("Gareth Pryce", "smilemobile.gareth@gmail.com"),
        when="2027-01-22 18:20 +0000",
        client="gmail_plain",
        inv="0423",
        body=text(
            """
            Hi there

            Sorry, I know this is late. The van was off the road for most of December (gearbox) so no clinics and nothing coming in. The health board's payment is due next week, I'll pay you in full next Friday once it's landed.

            Cheers
            Gareth
            Smile Mobile Dental Ltd
            """
        ),
        facts=Facts(
            promised="2027-01-29",
            note="mobile dental van; hardship explained but one full payment on a date is promised, so not a plan; 'next Friday' written on a Friday is 29 Jan",
        ),
    ),
    Reply(
        key="pp-de-kw5",
        intent="promise_to_pay",
        lang="de",
        sender=("Jörg Albers", "j.albers@dentalzentrum-rheinaue.example"),
        when="2027-01-20 09:58 +0100",
        client="outlook",
        charset="iso-8859-1",
        inv="0441",
        due_amount="1877.00",
        body=text(
            """
            Guten Morgen,

            die Rechnung HDS/2027/0441 ist freigegeben und für den Zahllauf in KW 5 eingeplant.

            Mit freundlichen Grüßen
            Jörg Albers
            Buchhaltung
            Dentalzentrum Rheinaue MVZ GmbH
            """
        ),
        facts=Facts(
            promised="2027-02-01",
            invoices=("0441",),
            note="'KW 5' is ISO week 5 (1–7 Feb 2027), resolved to its Monday like 'next week'; the participles describe a future payment",
        ),
    ),
    Reply(
        key="pp-de-28",
        intent="promise_to_pay",
        lang="de",
        sender=("Katrin Vogel", "praxis@dr-vogel-zahnaerztin.example"),
        when="2027-01-14 19:12 +0100",
        client="apple_mail",
        inv="0422",
        body=text(
            """
            Hallo,

            wir überweisen am 28., dann kommt die Abschlagszahlung der KZV. Früher geht es diesen Monat leider nicht.

            Viele Grüße
            Katrin Vogel
            """
        ),
        facts=Facts(promised="2027-01-28", note="'am 28.' is the next 28th after 14 Jan"),
    ),
    Reply(
        key="pp-fr-finjanvier",
        intent="promise_to_pay",
        lang="fr",
        sender=("Sophie Lambert", "compta@ortho-riviere.example"),
        when="2027-01-12 15:40 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="0395",
        body=text(
            """
            Bonjour,

            Le règlement de la facture HDS/2027/0395 partira fin janvier, avec notre prochain lot de virements fournisseurs.

            Cordialement,

            Sophie Lambert
            Comptabilité
            Cabinet d’orthodontie Rivière
            12, quai Saint-Vincent – 69001 Lyon
            """
        ),
        facts=Facts(
            promised="2027-01-31",
            invoices=("0395",),
            note="'fin janvier' is the last day of January",
        ),
    ),
    Reply(
        key="pp-fr-chf",
        intent="promise_to_pay",
        lang="fr",
        sender=("Luc Rochat", "l.rochat@fiduciaire-rochat.example"),
        when="2027-01-27 11:15 +0100",
        client="thunderbird",
        inv="0462",
        due_amount="1284.50",
        currency="CHF",
        quoted_to="Cabinet dentaire du Léman <cabinet@dentaire-leman.example>",
        body=text(
            """
            Madame, Monsieur,

            Notre mandant, le Cabinet dentaire du Léman à Vevey, nous a transmis votre rappel. Le paiement de CHF 1'284.50 sera exécuté le 5 février prochain.

            Avec nos meilleures salutations,

            Luc Rochat
            Fiduciaire Rochat SA
            Avenue de la Gare 8, 1800 Vevey
            """
        ),
        facts=Facts(
            promised="2027-02-05",
            amount="1284.50",
            currency="CHF",
            note="Swiss fiduciary for its client; Swiss amount with an apostrophe",
        ),
    ),
    Reply(
        key="pp-es-viernes12",
        intent="promise_to_pay",
        lang="es",
        sender=("Lucía Navarro", "lucia@clinicadentalnavarro.example"),
        when="2027-02-09 13:02 +0100",
        client="gmail",
        inv="0498",
        body=text(
            """
            Hola,

            Te confirmo que la dejamos pagada el viernes 12, que es el día que hacemos las transferencias a proveedores este mes.

            Un saludo,
            Lucía
            Clínica Dental Navarro
            """
        ),
        facts=Facts(
            promised="2027-02-12",
            note="'la dejamos pagada el viernes 12' is a future payment despite the participle",
        ),
    ),
    Reply(
        key="pp-nl-dinsdag",
        intent="promise_to_pay",
        lang="nl",
        sender=("Bram Visser", "bram@tandartsvisser.example"),
        when="2027-01-13 21:30 +0100",
        client="iphone",
        inv="0401",
        body=text(
            """
            Hoi,

            Ik zit deze week op cursus in Utrecht en kan niet bij de bankapp van de praktijk. Volgende week dinsdag maak ik het over.

            Gr Bram
            """
        ),
        facts=Facts(promised="2027-01-19", note="'volgende week dinsdag' from Wed 13 Jan"),
    ),
    Reply(
        key="pp-nl-donderdag",
        intent="promise_to_pay",
        lang="nl",
        sender=("Mirjam Kok", "crediteuren@dcg-oost.example"),
        when="2027-02-08 10:12 +0100",
        client="inline",
        inv="0507",
        due_amount="2145.00",
        inline=(
            ("Factuurnummer:", "Deze hing bij ons nog in de goedkeuringsflow, excuses."),
            (
                "Is de betaling al onderweg?",
                "Nog niet. De factuur is vanochtend goedgekeurd en staat klaar voor de betaalrun van donderdag.",
            ),
        ),
        body=text(
            """
            Met vriendelijke groet,

            Mirjam Kok
            Crediteurenadministratie
            Dental Care Groep Oost
            """
        ),
        facts=Facts(
            promised="2027-02-11",
            note="inline answers between quoted reminder lines; Thursday after Mon 8 Feb",
        ),
    ),
    Reply(
        key="pp-it-entro15",
        intent="promise_to_pay",
        lang="it",
        sender=("Francesca Conti", "amministrazione@studioconti-marini.example"),
        when="2027-02-02 11:20 +0100",
        client="outlook",
        charset="iso-8859-1",
        cte="8bit",
        inv="0488",
        body=text(
            """
            Buongiorno,

            provvederemo al saldo della fattura entro il 15 febbraio.

            Distinti saluti
            Francesca Conti
            Amministrazione
            Studio Dentistico Associato Conti & Marini
            """
        ),
        facts=Facts(promised="2027-02-15"),
    ),
    Reply(
        key="pp-it-stipendi",
        intent="promise_to_pay",
        lang="it",
        sender=("Paolo Greco", "paolo.greco.odontoiatra@libero.it"),
        when="2027-02-10 20:05 +0100",
        client="iphone",
        inv="0476",
        body="Buonasera, scusate il ritardo. Appena passano gli stipendi di febbraio saldo tutto in un’unica soluzione, promesso.\n\nPaolo Greco",
        facts=Facts(
            note="payment tied to an event (February salaries), not to a day: date null; one full payment, so a promise, not a plan"
        ),
    ),
]

DISPUTE: Final[list[Reply]] = [
    Reply(
        key="d-en-notarrived",
        intent="dispute",
        lang="en",
        sender=("Priya Raman", "manager@castlegatedental.example"),
        when="2027-01-15 16:55 +0000",
        client="outlook",
        inv="0419",
        due_amount="1210.44",
        body=text(
            """
            Hello,

            To be clear, we have NOT paid this and we won't be paying it, because the goods never arrived. Your courier's tracking says the parcel was left with "reception" on 4 January, but the practice was closed that day for our annual deep clean and nobody here signed for anything.

            I reported it to your customer service team on the 6th (case HDS-CS-55102) and haven't heard a word since. Please either find the parcel or cancel the invoice.

            Priya Raman
            Practice Manager
            Castlegate Dental Practice
            """
        ),
        facts=Facts(
            note="'NOT paid' with its reason (nothing delivered) is a dispute, not a payment claim"
        ),
    ),
    Reply(
        key="d-en-duplicate",
        intent="dispute",
        lang="en",
        sender=("Aileen Murphy", "accounts@harbourviewdental.example"),
        when="2027-01-26 09:30 +0000",
        client="inline",
        inv="0447",
        due_amount="685.00",
        currency="EUR",
        inline=(
            (
                "Invoice:",
                "This is a duplicate of 0431 – same autoclave service visit, same engineer, same date (3 Dec), same job sheet JS-7781. Please cancel it.",
            ),
            (
                "If payment is already on its way",
                "0431 was paid on the 12th, our ref HVD-0112. Nothing is due on 0447.",
            ),
        ),
        body="Aileen\nHarbourview Dental, Dún Laoghaire",
        facts=Facts(
            invoices=("0431", "0447"),
            note="answers typed under quoted lines; the payment it reports is for 0431, and 0447 is called a duplicate of it: dispute",
        ),
    ),
    Reply(
        key="d-en-rambling",
        intent="dispute",
        lang="en",
        sender=("Jo Whitfield", "jo@whitfieldfamilydental.example"),
        when="2027-02-01 21:47 +0000",
        client="gmail",
        inv="0472",
        due_amount="395.00",
        body=text(
            """
            Hi,

            Sorry for the essay, it's been one of those months. We've had a new nurse start (Abbie, lovely, but still finding her feet in the decon room), Dr Shah is on paternity leave till March, and our autoclave has been playing up since before Christmas, which is really why I'm writing.

            Your engineer came out on the 14th of December for the annual service and validation. He was here about forty minutes, said the door seal needed replacing and that he'd order one, and left. We never got the seal, nobody came back, and the machine is still throwing the same chamber pressure error two or three times a week, so we're running everything through the little backup unit, which with three surgeries is a nightmare. I've rung your service desk twice (6th January and last Thursday) and both times was told someone would call me back.

            Anyway, the invoice you're chasing is for that visit. I'm not comfortable paying £395 for a service that didn't fix the fault and a validation certificate we've never actually received. Happy to pay once someone has been back, fitted the seal and we've got the paperwork.

            Also, while I have you, could someone tell me whether the medium nitrile gloves are back in stock? We've been buying them locally.

            Thanks,
            Jo Whitfield
            Practice Manager
            Whitfield Family Dental
            """
        ),
        facts=Facts(
            note="long reply that buries the point: the service did not fix the fault and no certificate came; payment is conditional on the repair"
        ),
    ),
    Reply(
        key="d-de-preis",
        intent="dispute",
        lang="de",
        sender=("Melanie Schuster", "einkauf@zahnaerzte-am-dom.example"),
        when="2027-01-22 10:05 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="0452",
        due_amount="1356.80",
        body=text(
            """
            Sehr geehrte Damen und Herren,

            in der Rechnung HDS/2027/0452 sind die Nitrilhandschuhe (Art.-Nr. 118-204, 40 Boxen) mit 6,40 € je Box berechnet. Laut unserer Rahmenvereinbarung vom März 2026 gilt jedoch ein Preis von 4,95 € je Box.

            Bitte senden Sie uns eine Gutschrift über die Differenz von 58,00 € oder eine korrigierte Rechnung. Den unstrittigen Betrag überweisen wir, sobald die Korrektur vorliegt.

            Mit freundlichen Grüßen

            Melanie Schuster
            Einkauf
            Gemeinschaftspraxis Zahnärzte am Dom
            """
        ),
        facts=Facts(
            invoices=("0452",),
            note="billed above the framework-agreement price; the undisputed rest waits for the correction",
        ),
    ),
    Reply(
        key="d-de-fremdbestellung",
        intent="dispute",
        lang="de",
        sender=("Andreas Pohl", "kreditoren@unimed-hohenstein.example"),
        when="2027-02-04 13:44 +0100",
        client="owa",
        inv="0481",
        body=text(
            """
            Guten Tag,

            die auf der Rechnung angegebene Bestellnummer 4500183321 ist in unserem System keiner Bestellung zugeordnet und gehört auch nicht zum Nummernkreis der Zahnklinik. Laut Wareneingang ist an die angegebene Kostenstelle keine Lieferung erfolgt.

            Wir können die Rechnung daher nicht bearbeiten und weisen sie zurück. Bitte prüfen Sie, ob eine Verwechslung mit einem anderen Kunden vorliegt.

            Mit freundlichen Grüßen
            Andreas Pohl
            Kreditorenbuchhaltung
            Universitätsmedizin Hohenstein
            """
        ),
        facts=Facts(
            note="not our purchase order and nothing received: a dispute, not a request for a PO number"
        ),
    ),
    Reply(
        key="d-fr-ecrase",
        intent="dispute",
        lang="fr",
        sender=("Claire Fontaine", "cabinet.fontaine@dentiste-fontaine.example"),
        when="2027-01-19 12:48 +0100",
        client="iphone",
        inv="0426",
        body=text(
            """
            Bonjour,

            Le carton d’alginate est arrivé complètement écrasé, six sachets sur dix étaient percés et inutilisables. J’ai envoyé des photos à votre service client le jour même.

            Je ne réglerai pas cette ligne tant que vous ne m’aurez pas envoyé un avoir ou un remplacement. Le reste de la facture est OK.

            Dr C. Fontaine
            """
        ),
        facts=Facts(note="damaged goods; the disputed line is withheld"),
    ),
    Reply(
        key="d-fr-avoir",
        intent="dispute",
        lang="fr",
        sender=("Julien Marchand", "comptabilite@centredentaire-bellecour.example"),
        when="2027-01-25 09:12 +0100",
        client="outlook",
        charset="iso-8859-1",
        inv="0405",
        due_amount="612.00",
        body=text(
            """
            Bonjour,

            Cette facture a été annulée par votre avoir n° AV-2027-0031 du 8 janvier, suite au retour du fauteuil de démonstration. Nous n'avons donc rien à régler sur ce dossier.

            Merci de mettre à jour notre relevé de compte.

            Cordialement,
            Julien Marchand
            Service comptabilité
            Centre dentaire Bellecour
            """
        ),
        facts=Facts(note="already credited by a credit note: dispute"),
    ),
    Reply(
        key="d-es-cantidad",
        intent="dispute",
        lang="es",
        sender=("Rocío Gil", "rocio.gil@dentalsalud-triana.example"),
        when="2027-01-20 17:25 +0100",
        client="gmail",
        inv="0437",
        body=text(
            """
            Hola,

            En la factura HDS/2027/0437 nos cobráis 20 cajas de guantes de nitrilo talla M y solo recibimos 12 (el albarán lo firmó nuestra auxiliar y pone 12). Las otras 8 no han llegado nunca.

            Por favor, enviadnos una factura rectificativa por las 12 cajas y la pagamos en cuanto llegue.

            Gracias,
            Rocío Gil
            Dental Salud Triana
            """
        ),
        facts=Facts(
            invoices=("0437",),
            note="12 boxes received, 20 billed; asking for a corrected invoice and paying after it follow from the dispute",
        ),
    ),
    Reply(
        key="d-es-autoclave",
        intent="dispute",
        lang="es",
        sender=("Dr. Ignacio Herrera", "clinica@herreraodontologia.example"),
        when="2027-02-05 12:10 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="0493",
        due_amount="1150.00",
        body=text(
            """
            Buenos días:

            El autoclave sigue dando el error E07 después de la revisión que nos facturáis. El técnico estuvo aquí el 16 de diciembre, cambió una pieza y desde entonces falla igual o peor.

            Hasta que no vengáis a dejarlo funcionando no vamos a pagar esta factura.

            Atentamente,
            Dr. Ignacio Herrera
            Herrera Odontología
            """
        ),
        facts=Facts(note="'we won't pay until it is fixed': the service did not do its job"),
    ),
    Reply(
        key="d-nl-deelbetaling",
        intent="dispute",
        lang="nl",
        sender=("Petra Jansen", "boekhouding@tandartsenhuisdekeizer.example"),
        when="2027-02-02 15:18 +0100",
        client="gmail_plain",
        inv="0478",
        due_amount="1420.50",
        body=text(
            """
            Goedemiddag,

            Wij hebben gisteren € 960,50 van factuur HDS/2027/0478 betaald, dat is het deel dat klopt. De twee turbines (2 × € 230,00) hebben we op 11 januari retour gestuurd omdat ze verkeerd geleverd waren, en die staan er nog steeds op.

            Graag een creditnota voor die twee turbines, dan is het rond.

            Met vriendelijke groet,
            Petra Jansen
            Tandartsenhuis De Keizer
            """
        ),
        facts=Facts(
            invoices=("0478",),
            note="pays what it accepts and contests two returned turbines still on the bill: the contested part decides the label; the part payment is not extracted",
        ),
    ),
    Reply(
        key="d-it-maiconsegnato",
        intent="dispute",
        lang="it",
        sender=("Dott.ssa Giulia Rinaldi", "studio@rinaldiodontoiatria.example"),
        when="2027-01-27 10:40 +0100",
        client="gmail",
        inv="0458",
        body=text(
            """
            Buongiorno,

            la fattura si riferisce a una consegna indirizzata allo studio di via Garibaldi 18, ma il nostro studio è in via Mazzini 18. Questa merce noi non l’abbiamo mai ricevuta: non c’è nessun DDT firmato e in magazzino non c’è traccia delle frese.

            Vi chiedo di verificare con il corriere e di annullare la fattura.

            Cordiali saluti
            Dott.ssa Giulia Rinaldi
            """
        ),
        facts=Facts(note="goods never received (delivered to another address)"),
    ),
    Reply(
        key="d-it-doppione",
        intent="dispute",
        lang="it",
        sender=("Rosa Lombardi", "amministrazione@centro-odontolucano.example"),
        when="2027-02-08 09:35 +0100",
        client="outlook",
        charset="windows-1252",
        inv="0506",
        body=text(
            """
            Buongiorno,

            la fattura HDS/2027/0506 è un doppione della HDS/2027/0490: stesso DDT n. 1187 del 14/12, stessi articoli e stesso importo. La 0490 è già stata pagata il 29 gennaio.

            Vi preghiamo di stornare la 0506 con nota di credito.

            Cordiali saluti
            Rosa Lombardi
            Ufficio Amministrativo
            Centro Odontoiatrico Lucano
            """
        ),
        facts=Facts(
            invoices=("0490", "0506"),
            note="same delivery note billed twice; the payment it mentions settled the first invoice, not the reminded one",
        ),
    ),
]

PAYMENT_PLAN: Final[list[Reply]] = [
    Reply(
        key="pl-en-halfterm",
        intent="payment_plan",
        lang="en",
        sender=("Dawn Fletcher", "reception@brookfielddental.example"),
        when="2027-02-05 16:02 +0000",
        client="iphone",
        inv="0484",
        due_amount="1560.00",
        body="Hi, could we pay half now and the other half after half-term? January's been dire, two of our hygienists were off sick for three weeks and we had to cancel loads of appointments.\n\nDawn\nBrookfield Dental",
        facts=Facts(
            note="split proposal with hardship; 'after half-term' belongs to the plan and is not labelled"
        ),
    ),
    Reply(
        key="pl-en-settlement",
        intent="payment_plan",
        lang="en",
        sender=("Robert Hale", "robert.hale@halebridgedental.example"),
        when="2027-01-29 11:20 +0000",
        client="outlook",
        inv="0455",
        due_amount="1348.70",
        body=text(
            """
            Dear Sir or Madam,

            I am selling the practice and completion is set for the end of March. Cash flow until then is very limited.

            Would you accept £900.00 in full and final settlement of this invoice? If so, I can pay that amount within seven days of your written agreement.

            Yours faithfully,

            Robert Hale BDS
            Halebridge Dental Surgery
            """
        ),
        facts=Facts(
            note="reduced amount offered in full settlement; the conditional payment is not a promise"
        ),
    ),
    Reply(
        key="pl-en-instalments",
        intent="payment_plan",
        lang="en",
        sender=("Hannah Cole", "hannah.cole@oakleafdental.example"),
        when="2027-01-13 14:25 +0000",
        client="outlook_html",
        charset="windows-1252",
        inv="0392",
        due_amount="4870.00",
        body=text(
            """
            Hello,

            Thank you for your patience on this. The invoice covers the two replacement chairs at our Kingsmead site, and with the refurbishment overrunning we're asking our larger suppliers whether they'd accept payment in instalments.

            Could we spread the £4,870.00 over three monthly payments of £1,623.33, £1,623.33 and £1,623.34, by standing order on 28 February, 28 March and 28 April? If that works for you I'll set it up this week.

            Kind regards,

            Hannah Cole
            Group Finance
            Oakleaf Dental Partners LLP
            """
        ),
        facts=Facts(
            note="practice group asks to pay in three instalments; the schedule stays out of the label fields"
        ),
    ),
    Reply(
        key="pl-de-raten",
        intent="payment_plan",
        lang="de",
        sender=("Stefan Braun", "dr.braun.zahnarzt@gmx.de"),
        when="2027-01-21 22:10 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        inv="0446",
        due_amount="2940.00",
        body=text(
            """
            Sehr geehrte Damen und Herren,

            ich habe die Praxis erst im Oktober übernommen, und die Anfangsinvestitionen waren höher als geplant. Wäre es möglich, den Betrag in Raten zu begleichen? Ich könnte monatlich 500 Euro überweisen, erstmals zum 1. Februar.

            Für eine kurze Bestätigung wäre ich dankbar.

            Mit freundlichen Grüßen
            Stefan Braun
            Zahnarzt
            """
        ),
        facts=Facts(
            note="instalments asked; the first instalment date is part of the plan, not a promise of the whole"
        ),
    ),
    Reply(
        key="pl-de-aufschub",
        intent="payment_plan",
        lang="de",
        sender=("Birgit Lorenz", "verwaltung@praxis-heinemann.example"),
        when="2027-02-10 10:48 +0100",
        client="outlook",
        inv="0495",
        body=text(
            """
            Sehr geehrte Damen und Herren,

            wegen der Praxisübergabe zum Jahreswechsel verzögert sich die Abrechnung mit der KZV; die erste Abschlagszahlung an die neue Inhaberin kommt voraussichtlich erst im März.

            Wir bitten deshalb um Zahlungsaufschub für die Rechnung bis Ende März. Selbstverständlich begleichen wir den Betrag dann vollständig.

            Vielen Dank für Ihr Verständnis.

            Mit freundlichen Grüßen
            Birgit Lorenz
            Verwaltung, Zahnarztpraxis Dr. Heinemann
            """
        ),
        facts=Facts(
            note="asks for more time ('Zahlungsaufschub bis Ende März'): payment_plan; the requested date is not labelled as a promise"
        ),
    ),
    Reply(
        key="pl-fr-echeancier",
        intent="payment_plan",
        lang="fr",
        sender=("Antoine Mercier", "cabinet.mercier.dentiste@gmail.com"),
        when="2027-01-26 18:34 +0100",
        client="gmail",
        inv="0461",
        due_amount="3480.00",
        body=text(
            """
            Bonjour,

            Suite au dégât des eaux de décembre, le cabinet a dû fermer trois semaines et nous attendons toujours l’indemnisation de l’assurance.

            Serait-il possible de régler cette facture en quatre mensualités de 870 € à partir de février ? Je peux mettre en place un virement permanent dès votre accord.

            Merci par avance,
            Antoine Mercier
            Chirurgien-dentiste
            """
        ),
        facts=Facts(note="instalments with hardship"),
    ),
    Reply(
        key="pl-es-dosveces",
        intent="payment_plan",
        lang="es",
        sender=("Carmen Quintana", "recepcion@clinicadentalsol.example"),
        when="2027-01-15 12:05 +0000",
        client="samsung",
        inv="0406",
        body="¿Podríamos pagarla en dos veces? La mitad ahora y la otra mitad a finales de febrero. Gracias",
        facts=Facts(
            note="Canary Islands practice (UTC+0); two instalments; plan dates not labelled"
        ),
    ),
    Reply(
        key="pl-es-400",
        intent="payment_plan",
        lang="es",
        sender=("Tomás Delgado", "tomas@odontologiadelgado.example"),
        when="2027-02-11 09:50 +0100",
        client="gmail_plain",
        inv="0500",
        due_amount="1275.00",
        body=text(
            """
            Buenos días,

            Ahora mismo no podemos pagar la factura completa. Os haré una transferencia de 400 € el viernes y el resto en cuanto cobremos de las aseguradoras, seguramente en marzo.

            Disculpad las molestias.
            Tomás Delgado
            """
        ),
        facts=Facts(
            note="part payment on a date plus the rest later: payment_plan, not promise_to_pay"
        ),
    ),
    Reply(
        key="pl-nl-regeling",
        intent="payment_plan",
        lang="nl",
        sender=("Erik Mulder", "e.mulder@tandartspraktijkzuidwal.example"),
        when="2027-01-19 13:15 +0100",
        client="outlook_html",
        inv="0432",
        due_amount="2610.00",
        body=text(
            """
            Geachte heer/mevrouw,

            Is het mogelijk om voor deze factuur een betalingsregeling af te spreken? Wij denken aan drie maandelijkse termijnen van € 870,00, de eerste eind januari.

            Ik hoor graag of u hiermee akkoord gaat.

            Met vriendelijke groet,

            Erik Mulder
            Tandartspraktijk Zuidwal
            """
        ),
    ),
    Reply(
        key="pl-nl-meertijd",
        intent="payment_plan",
        lang="nl",
        sender=("Linda Bakker", "linda@mondzorgcentrumbakker.example"),
        when="2027-02-12 17:33 +0100",
        client="iphone",
        inv="0511",
        body="Ja ja, we weten het. De zorgverzekeraars betalen dit kwartaal traag en we hebben gewoon wat meer tijd nodig. Geef ons aub tot eind februari, dan komt het goed.",
        facts=Facts(
            note="irritated request for more time; 'tot eind februari' is what is asked for, not a promise"
        ),
    ),
    Reply(
        key="pl-it-rate",
        intent="payment_plan",
        lang="it",
        sender=("Luca Moretti", "l.moretti@studiomoretti-dentista.example"),
        when="2027-01-18 09:40 +0100",
        client="apple_mail",
        inv="0413",
        due_amount="1890.00",
        body=text(
            """
            Buongiorno,

            vi scrivo per chiedervi se sia possibile rateizzare l’importo in tre rate mensili da 630 euro, a partire da fine mese. Dopo l’acquisto del nuovo riunito la liquidità dello studio è un po’ al limite.

            Resto in attesa di un vostro riscontro.

            Luca Moretti
            """
        ),
    ),
    Reply(
        key="pl-it-pazientare",
        intent="payment_plan",
        lang="it",
        sender=("Anna Ferrante", "segreteria@studioferrante.example"),
        when="2027-02-04 15:22 +0100",
        client="outlook",
        charset="iso-8859-1",
        inv="0486",
        body=text(
            """
            Gentili signori,

            lo studio è rimasto chiuso per quasi due mesi per i lavori di ristrutturazione e solo da questa settimana abbiamo ripreso a lavorare a pieno ritmo. Vi chiedo la cortesia di pazientare fino a fine marzo per il saldo della fattura.

            Grazie per la comprensione.

            Anna Ferrante
            Segreteria
            Studio Odontoiatrico Ferrante
            """
        ),
        facts=Facts(
            note="pleads hardship and asks for more time; the requested date is not labelled"
        ),
    ),
]

INVOICE_REQUEST: Final[list[Reply]] = [
    Reply(
        key="ir-en-copy",
        intent="invoice_request",
        lang="en",
        sender=("Sarah Greaves", "admin@greavesdentalcare.example"),
        when="2027-01-11 10:12 +0000",
        client="gmail",
        inv="0384",
        due_amount="264.90",
        body=text(
            """
            Hi,

            We don't seem to have this invoice on file at all – nothing in the post or in this inbox as far as I can see. Could you send a copy over to this address and I'll get it processed?

            Thanks,
            Sarah
            Greaves Dental Care
            """
        ),
        facts=Facts(note="never received the invoice; asks for a copy without contesting it"),
    ),
    Reply(
        key="ir-en-vatpo",
        intent="invoice_request",
        lang="en",
        sender=("Mark Fenwick", "ap@staldhelms-dental.example"),
        when="2027-01-27 13:50 +0000",
        client="outlook",
        charset="windows-1252",
        inv="0459",
        body=text(
            """
            Good afternoon,

            Our AP system has rejected invoice HDS/2027/0459 because it doesn't quote a valid purchase order number, and your VAT registration number is missing from the PDF.

            Please reissue it with PO number PO-88231 and your VAT number and send it to this address. Once it's on the system it will go into the next payment run.

            Regards,

            Mark Fenwick
            Accounts Payable
            St Aldhelm’s Dental Hospital

            All invoices must quote a valid purchase order number. Invoices without one will be returned to the supplier unpaid.
            """
        ),
        facts=Facts(
            invoices=("0459",),
            note="dental hospital AP: reissue with PO and VAT number, amount not contested; the conditional payment run is secondary",
        ),
    ),
    Reply(
        key="ir-en-statement",
        intent="invoice_request",
        lang="en",
        sender=("Nadia Karim", "nadia@karimorthodontics.example"),
        when="2027-02-08 12:36 +0000",
        client="outlook_ios",
        inv="0499",
        body="Didn't we pay this already? I'm sure I saw a payment to you go out before Christmas. Can you send me a statement of the account so I can check it against the bank?\n\nNadia",
        facts=Facts(
            note="a question, not a claim of payment, plus a statement request: invoice_request"
        ),
    ),
    Reply(
        key="ir-de-xrechnung",
        intent="invoice_request",
        lang="de",
        sender=("Thomas Wendt", "rechnungseingang@mvz-zahnelbe.example"),
        when="2027-01-25 08:57 +0100",
        client="owa",
        inv="0450",
        body=text(
            """
            Sehr geehrte Damen und Herren,

            seit dem 1. Januar verarbeiten wir Eingangsrechnungen nur noch als E-Rechnung (XRechnung oder ZUGFeRD ab Profil EN 16931). Die Rechnung HDS/2027/0450 liegt uns lediglich als PDF vor und konnte deshalb nicht gebucht werden.

            Wir bitten daher um erneute Zusendung im strukturierten Format an diese Adresse. Sobald sie vorliegt, geben wir sie zur Zahlung frei.

            Mit freundlichen Grüßen
            Thomas Wendt
            Rechnungseingang
            MVZ Zahngesundheit Elbe GmbH
            """
        ),
        facts=Facts(
            invoices=("0450",), note="needs the invoice as a structured e-invoice before paying"
        ),
    ),
    Reply(
        key="ir-fr-rib",
        intent="invoice_request",
        lang="fr",
        sender=("Émilie Caron", "emilie.caron@cabinet-stex.example"),
        when="2027-01-21 11:33 +0100",
        client="apple_mail",
        inv="0440",
        body=text(
            """
            Bonjour,

            Notre banque refuse d’enregistrer le bénéficiaire : l’IBAN imprimé sur la facture semble incomplet (il manque des chiffres à la fin). Pourriez-vous nous envoyer un RIB à jour, sur papier à en-tête si possible ?

            Dès réception, je lance le virement.

            Émilie Caron
            Assistante de direction
            Cabinet dentaire Saint-Exupéry
            """
        ),
        facts=Facts(
            note="bank details needed before paying; the payment on receipt is conditional and secondary"
        ),
    ),
    Reply(
        key="ir-fr-bl",
        intent="invoice_request",
        lang="fr",
        sender=("Hugo Perrin", "contact@perrin-implantologie.example"),
        when="2027-02-09 09:05 +0100",
        client="outlook_html_only",
        charset="windows-1252",
        inv="0497",
        body=text(
            """
            Bonjour,

            Avant de valider le paiement, notre comptable a besoin du bon de livraison signé correspondant à cette facture (livraison de décembre, implants et piliers). Pourriez-vous nous le transmettre ?

            Merci,
            Hugo Perrin
            Perrin Implantologie
            """
        ),
        facts=Facts(note="asks for the signed delivery note; HTML-only Outlook message"),
    ),
    Reply(
        key="ir-es-hacienda",
        intent="invoice_request",
        lang="es",
        sender=("Pilar Sanz", "contabilidad.proveedores@hou-levante.example"),
        when="2027-01-29 10:20 +0100",
        client="outlook",
        charset="iso-8859-1",
        inv="0466",
        due_amount="4210.00",
        body=text(
            """
            Buenos días:

            Para poder tramitar el pago de la factura HDS/2027/0466 necesitamos que nos remitan el certificado de estar al corriente de sus obligaciones tributarias con la Agencia Tributaria, expedido hace menos de seis meses. Sin este documento el sistema no nos permite proponer la factura para pago.

            Pueden enviarlo a esta misma dirección.

            Atentamente,

            Pilar Sanz
            Servicio de Contabilidad
            Hospital Odontológico Universitario de Levante
            """
        ),
        facts=Facts(invoices=("0466",), note="tax certificate needed before paying"),
    ),
    Reply(
        key="ir-es-reenviar",
        intent="invoice_request",
        lang="es",
        sender=("Andrea Fuentes", "recepcion@sonrisasdelsur.example"),
        when="2027-02-03 17:50 +0100",
        client="samsung",
        inv="0480",
        body="Hola, no me consta esta factura, ¿me la podéis reenviar? Gracias",
        facts=Facts(note="'no me consta' means not on file, not a denial; asks for a copy"),
    ),
    Reply(
        key="ir-nl-inkooporder",
        intent="invoice_request",
        lang="nl",
        sender=("Kees van Leeuwen", "facturen@mondzorgrijnmond.example"),
        when="2027-01-14 11:25 +0100",
        client="outlook",
        inv="0404",
        body=text(
            """
            Goedendag,

            Wij kunnen deze factuur niet verwerken omdat ons inkoopordernummer ontbreekt. Wilt u een nieuwe factuur sturen met inkoopordernummer IO-2026-3317 erop?

            Met vriendelijke groet,
            Kees van Leeuwen
            Crediteurenadministratie
            Mondzorg Rijnmond B.V.
            """
        ),
        facts=Facts(
            note="needs a new invoice that carries its purchase-order number; the amount itself is accepted"
        ),
    ),
    Reply(
        key="ir-nl-overzicht",
        intent="invoice_request",
        lang="nl",
        sender=("Fatima El Amrani", "f.elamrani@tandartspraktijkdewaal.example"),
        when="2027-02-10 14:55 +0100",
        client="thunderbird",
        inv="0504",
        body=text(
            """
            Beste,

            Kunt u ons een overzicht sturen van alle openstaande facturen op ons klantnummer? We zijn de administratie aan het opschonen en ik wil zeker weten dat we niets dubbel betalen.

            Vriendelijke groet,
            Fatima El Amrani
            Tandartspraktijk De Waal
            """
        ),
        facts=Facts(note="statement of open items"),
    ),
    Reply(
        key="ir-it-sdi",
        intent="invoice_request",
        lang="it",
        sender=("Marco Esposito", "m.esposito@studioesposito-napoli.example"),
        when="2027-01-15 12:25 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="0410",
        body=text(
            """
            Buongiorno,

            la fattura che ci sollecitate non ci risulta pervenuta tramite SDI: nel cassetto fiscale non ce n’è traccia. Potete ritrasmetterla? Il nostro codice destinatario è HLC7Q2W.

            Grazie,
            Marco Esposito
            Studio Dentistico Esposito
            """
        ),
        facts=Facts(
            note="e-invoice never received through the Italian exchange system; asks for it to be sent again"
        ),
    ),
    Reply(
        key="ir-it-estratto",
        intent="invoice_request",
        lang="it",
        sender=("Chiara Fabbri", "contabilita@grupposorriso.example"),
        when="2027-02-11 10:45 +0100",
        client="gmail",
        inv="0509",
        body=text(
            """
            Buongiorno,

            per completare la riconciliazione ci servirebbe l’estratto conto aggiornato di tutte le nostre sedi, con il dettaglio delle fatture aperte e dei pagamenti ricevuti dal 1° ottobre.

            Grazie mille,
            Chiara Fabbri
            Ufficio Contabilità
            Gruppo Sorriso Italia S.p.A.
            """
        ),
        facts=Facts(note="practice group asks for a statement of account"),
    ),
]

WRONG_CONTACT: Final[list[Reply]] = [
    Reply(
        key="wc-en-nurse",
        intent="wrong_contact",
        lang="en",
        sender=("Parkside Dental Clinic", "info@parksidedentalclinic.example"),
        when="2027-01-12 08:40 +0000",
        client="outlook",
        inv="0393",
        body=text(
            """
            Hi,

            I'm one of the nurses, I just check this inbox for appointment requests. Invoices go to our accounts team at accounts@parksidedentalclinic.example – I haven't forwarded this, so please send it to them directly.

            Thanks
            Zoe
            Parkside Dental Clinic
            """
        ),
        facts=Facts(
            contact="accounts@parksidedentalclinic.example",
            note="a nurse answering the shared mailbox",
        ),
    ),
    Reply(
        key="wc-en-unmonitored",
        intent="wrong_contact",
        lang="en",
        sender=("Finchley Road Dental", "finance@finchleyroaddental.example"),
        when="2027-01-20 09:03 +0000",
        client="notice",
        subject="Automatic reply: {rsub}",
        inv="0420",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=text(
            """
            Thank you for your email.

            Please note that this mailbox is no longer monitored. Invoices, statements and payment queries for Finchley Road Dental should now be sent to Payables@FinchleyRoadDental.example.

            Your message has not been forwarded.
            """
        ),
        facts=Facts(
            contact="payables@finchleyroaddental.example",
            note="automatic notice that the mailbox is retired, pointing to a new one: wrong_contact; the address is typed in mixed case and labelled in lower case",
        ),
    ),
    Reply(
        key="wc-en-wrongpractice",
        intent="wrong_contact",
        lang="en",
        sender=("Leanne Hurst", "hello@ashbydental-leicester.example"),
        when="2027-02-02 12:12 +0000",
        client="gmail",
        inv="0487",
        body="Hi, I think you've got the wrong Ashby Dental. We're Ashby Dental in Leicester and we've never bought anything from you – I think you want Ashby Dental Care, which is in Ashby-de-la-Zouch. No idea what their email is, sorry.\n\nLeanne",
        facts=Facts(
            note="reached a different business with a similar name and no address to pass on; not a dispute, the writer was never the customer"
        ),
    ),
    Reply(
        key="wc-de-inhaberin",
        intent="wrong_contact",
        lang="de",
        sender=("Zahnarztpraxis am Schlossplatz", "info@zahnarzt-schlossplatz.example"),
        when="2027-01-18 10:22 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="0417",
        body=text(
            """
            Sehr geehrte Damen und Herren,

            Frau Dr. Hartmann hat die Praxis zum 31.12.2026 abgegeben und ist hier nicht mehr tätig. Rechnungen für die Zeit bis zum Jahresende richten Sie bitte an ihr Steuerbüro: buchhaltung@steuerbuero-kranz.example.

            Mit freundlichen Grüßen
            Ihr Praxisteam
            Zahnarztpraxis am Schlossplatz
            """
        ),
        facts=Facts(
            contact="buchhaltung@steuerbuero-kranz.example",
            note="former owner's tax office named for her invoices",
        ),
    ),
    Reply(
        key="wc-de-zentrale",
        intent="wrong_contact",
        lang="de",
        sender=("Nina Keller", "neuwied@dentalgruppe-sued.example"),
        when="2027-02-05 14:30 +0100",
        client="owa",
        cc=("", "Kreditoren@Dentalgruppe-Sued.example"),
        inv="0490",
        body=text(
            """
            Guten Tag,

            wir sind nur eine Standortpraxis und haben keinen Zugriff auf die Zahlungen. Für alle Rechnungen der Dentalgruppe Süd ist die zentrale Kreditorenbuchhaltung zuständig: Kreditoren@Dentalgruppe-Sued.example (in Kopie).

            Viele Grüße
            Nina Keller
            Praxismanagerin, Standort Neuwied
            """
        ),
        facts=Facts(
            contact="kreditoren@dentalgruppe-sued.example",
            note="group practice points to central AP; the address is in mixed case and copied in Cc, labelled in lower case",
        ),
    ),
    Reply(
        key="wc-fr-assistante",
        intent="wrong_contact",
        lang="fr",
        sender=("Laura", "accueil@cabinet-dentaire-duval.example"),
        when="2027-01-15 17:10 +0100",
        client="iphone",
        inv="0414",
        body="Bonjour, je ne suis que l’assistante, je ne m’occupe pas des factures. C’est le cabinet comptable du Dr Duval qui gère : contact@expertise-martel.example\n\nLaura",
        facts=Facts(contact="contact@expertise-martel.example"),
    ),
    Reply(
        key="wc-fr-plusconsultee",
        intent="wrong_contact",
        lang="fr",
        sender=("Centre de santé dentaire Belleville", "factures@csd-belleville.example"),
        when="2027-01-29 08:01 +0100",
        client="notice",
        charset="iso-8859-1",
        subject="Réponse automatique : {rsub}",
        inv="0470",
        headers=(AUTO_REPLIED,),
        body=text(
            """
            Bonjour,

            Cette adresse n'est plus consultée depuis le 1er janvier 2027.

            Pour toute question relative aux factures fournisseurs, merci d'écrire désormais à fournisseurs@csd-belleville.example.

            Ce message est envoyé automatiquement, merci de ne pas y répondre.
            """
        ),
        facts=Facts(
            contact="fournisseurs@csd-belleville.example",
            note="automatic 'address no longer read' notice naming the new address",
        ),
    ),
    Reply(
        key="wc-es-yanotrabajo",
        intent="wrong_contact",
        lang="es",
        sender=("Beatriz Molina", "beatriz.molina@clinicadentalmar.example"),
        when="2027-01-22 19:05 +0100",
        client="gmail",
        inv="0427",
        body=text(
            """
            Hola,

            Ya no trabajo en la clínica desde diciembre. Para facturas escribid a administracion@clinicadentalmar.example, que es quien lleva ahora los pagos.

            Un saludo
            """
        ),
        facts=Facts(contact="administracion@clinicadentalmar.example"),
    ),
    Reply(
        key="wc-es-gestoria",
        intent="wrong_contact",
        lang="es",
        sender=("Álvaro Pérez", "alvaro@perezortodoncia.example"),
        when="2027-02-09 10:14 +0100",
        client="outlook",
        charset="iso-8859-1",
        cc=("Gestoría Iberia", "pagos@gestoriaiberia.example"),
        inv="0501",
        body=text(
            """
            Buenos días:

            Pongo en copia a nuestra gestoría (pagos@gestoriaiberia.example), que es quien se encarga de los pagos a proveedores. Por favor, dirigid a ellos cualquier reclamación de facturas.

            Saludos,
            Álvaro Pérez
            Pérez Ortodoncia
            """
        ),
        facts=Facts(
            contact="pagos@gestoriaiberia.example", note="the new contact is also copied in Cc"
        ),
    ),
    Reply(
        key="wc-nl-administratiekantoor",
        intent="wrong_contact",
        lang="nl",
        sender=("Marloes Brouwer", "info@tandartshetanker.example"),
        when="2027-01-26 11:42 +0100",
        client="gmail",
        inv="0448",
        body=text(
            """
            Goedemorgen,

            Onze facturen worden afgehandeld door ons administratiekantoor. Wilt u herinneringen voortaan naar facturen@administratiekantoor-vos.example sturen? Dit adres is alleen voor patiënten.

            Groetjes,
            Marloes
            Tandartspraktijk Het Anker
            """
        ),
        facts=Facts(contact="facturen@administratiekantoor-vos.example"),
    ),
    Reply(
        key="wc-nl-verkeerde",
        intent="wrong_contact",
        lang="nl",
        sender=("Henk van Dijk", "h.vandijk@vandijkinstallatietechniek.example"),
        when="2027-02-10 09:27 +0100",
        client="outlook",
        inv="0505",
        body=text(
            """
            Geachte heer/mevrouw,

            Deze e-mail is bij de verkeerde Van Dijk terechtgekomen: wij zijn een installatiebedrijf en hebben nooit iets bij u besteld. Ik neem aan dat u tandartspraktijk Van Dijk bedoelt, maar hun e-mailadres heb ik niet.

            Met vriendelijke groet,
            Henk van Dijk
            Van Dijk Installatietechniek
            """
        ),
        facts=Facts(
            note="sent to an unrelated company with the same surname; it knows no better address"
        ),
    ),
    Reply(
        key="wc-it-amministrazione",
        intent="wrong_contact",
        lang="it",
        sender=("Reception Studio Pellegrini", "info@studiopellegrini.example"),
        when="2027-01-13 16:20 +0100",
        client="samsung",
        inv="0408",
        body="Buongiorno, questa è la casella della reception. Per fatture e pagamenti dovete scrivere all’amministrazione: amministrazione@studiopellegrini.example\n\nGrazie",
        facts=Facts(contact="amministrazione@studiopellegrini.example"),
    ),
]

UNSUBSCRIBE: Final[list[Reply]] = [
    Reply(
        key="us-en-sold",
        intent="unsubscribe",
        lang="en",
        sender=("Michael Osei", "mike.osei@gmail.com"),
        when="2027-01-19 07:55 +0000",
        client="gmail_plain",
        inv="0416",
        body="Stop emailing me about this. I sold the practice on 30 November and the new owners took on the supplier accounts. I'm not responsible for anything invoiced after that date.",
        facts=Facts(
            note="stop request; the sale points elsewhere but names no address, and 'not responsible' is not a dispute of the goods: unsubscribe beats wrong_contact and dispute"
        ),
    ),
    Reply(
        key="us-en-solicitor",
        intent="unsubscribe",
        lang="en",
        sender=("Harriet Lane", "practice@lanebrothersdental.example"),
        when="2027-02-04 15:05 +0000",
        client="outlook_html",
        charset="windows-1252",
        inv="0460",
        body=text(
            """
            Dear Halcyon,

            Further to our telephone conversation with your credit controller on 27 January, this account is now in the hands of our solicitors, Carrow & Webb LLP. Please direct any further correspondence about it to them and do not contact the practice or its staff directly.

            Regards,

            Harriet Lane
            Business Manager
            Lane Brothers Dental
            """
        ),
        facts=Facts(note="'talk to our solicitors', no address given: unsubscribe"),
    ),
    Reply(
        key="us-en-paidstop",
        intent="unsubscribe",
        lang="en",
        sender=("Ian Crossley", "ian@crossleydentalstudio.example"),
        when="2027-01-28 12:44 +0000",
        client="apple_mail",
        inv="0457",
        body="This was paid a fortnight ago. That's the third reminder this week. Take us off whatever list sends these, please – I'm not going to keep replying.\n\nIan Crossley",
        facts=Facts(
            note="claims payment but above all wants the reminders to stop; only a bounce outranks unsubscribe"
        ),
    ),
    Reply(
        key="us-de-post",
        intent="unsubscribe",
        lang="de",
        sender=("Zahnarztpraxis Weber & Sohn", "praxis@weber-sohn-zahnaerzte.example"),
        when="2027-01-13 11:11 +0100",
        client="outlook",
        charset="iso-8859-1",
        inv="0396",
        body=text(
            """
            Sehr geehrte Damen und Herren,

            wir möchten keine Zahlungserinnerungen mehr per E-Mail erhalten. Rechnungen und Mahnungen senden Sie uns künftig ausschließlich per Post an die Praxisanschrift.

            Mit freundlichen Grüßen
            K. Weber
            """
        ),
        facts=Facts(note="post only: unsubscribe"),
    ),
    Reply(
        key="us-de-anwalt",
        intent="unsubscribe",
        lang="de",
        sender=("Dr. Jens Hofmann", "j.hofmann@kieferorthopaedie-hofmann.example"),
        when="2027-02-11 16:02 +0100",
        client="owa",
        inv="0468",
        body=text(
            """
            Sehr geehrte Damen und Herren,

            die strittige Forderung aus der Rechnung HDS/2027/0468 liegt inzwischen bei unserer Rechtsanwältin. Ich bitte Sie, von weiteren Zahlungserinnerungen per E-Mail abzusehen und sich ausschließlich an die Kanzlei zu wenden.

            Mit freundlichen Grüßen
            Dr. Jens Hofmann
            Kieferorthopädische Praxis Hofmann
            """
        ),
        facts=Facts(
            invoices=("0468",),
            note="orthodontist: lawyer only and no more reminders; the disputed claim is mentioned but unsubscribe wins",
        ),
    ),
    Reply(
        key="us-fr-plusecrire",
        intent="unsubscribe",
        lang="fr",
        sender=("Isabelle Garnier", "isabelle.garnier@free-mail-perso.example"),
        when="2027-01-20 20:15 +0100",
        client="thunderbird",
        inv="0425",
        body=text(
            """
            Bonsoir,

            Merci de ne plus m’écrire à cette adresse, c’est ma messagerie personnelle. Je ne veux plus recevoir vos relances ici.

            I. Garnier
            """
        ),
        facts=Facts(
            note="stop writing to this address, no other address given: unsubscribe, not wrong_contact"
        ),
    ),
    Reply(
        key="us-fr-desabonner",
        intent="unsubscribe",
        lang="fr",
        sender=("", "secretariat@cabinetdentairelouvre.example"),
        when="2027-02-08 13:13 +0100",
        client="iphone",
        inv="0492",
        body="DESABONNER",
        facts=Facts(note="one word in capitals without the accent"),
    ),
    Reply(
        key="us-es-postal",
        intent="unsubscribe",
        lang="es",
        sender=("Manuel Ortiz", "gerencia@clinicaguadalquivir.example"),
        when="2027-01-26 13:38 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="0449",
        body=text(
            """
            Buenas tardes:

            Les ruego que dejen de enviarnos recordatorios por correo electrónico. A partir de ahora cualquier comunicación relativa a facturas deberá remitirse por correo postal a la dirección fiscal de la clínica.

            Atentamente,

            Manuel Ortiz
            Gerente
            Clínica Dental Guadalquivir
            """
        ),
        facts=Facts(note="post only: unsubscribe"),
    ),
    Reply(
        key="us-es-abogado",
        intent="unsubscribe",
        lang="es",
        sender=("Elena Castro", "dra.castro@castroimplantes.example"),
        when="2027-02-12 10:30 +0100",
        client="gmail",
        inv="0454",
        body="Ya os dije en diciembre que esta factura está mal y nadie me ha contestado. No me escribáis más: a partir de ahora esto lo hablará vuestro abogado con el nuestro.\n\nElena Castro",
        facts=Facts(note="dispute mention plus stop and lawyer: unsubscribe beats dispute"),
    ),
    Reply(
        key="us-nl-afmelden",
        intent="unsubscribe",
        lang="nl",
        sender=("Tandartsen Oosterpark", "info@tandartsoosterpark.example"),
        when="2027-01-29 15:17 +0100",
        client="samsung",
        inv="0464",
        body="Afmelden graag.",
        facts=Facts(note="two-word opt-out"),
    ),
    Reply(
        key="us-it-lista",
        intent="unsubscribe",
        lang="it",
        sender=("Sara Villa", "sara.villa@studiovilla-ortodonzia.example"),
        when="2027-01-22 09:12 +0100",
        client="apple_mail",
        inv="0430",
        body=text(
            """
            Buongiorno,

            vi prego di cancellare il mio indirizzo dalla vostra lista: non desidero ricevere altre e-mail di questo tipo.

            Sara Villa
            """
        ),
    ),
    Reply(
        key="us-it-raccomandata",
        intent="unsubscribe",
        lang="it",
        sender=("Studio Odontoiatrico Romano", "studio.romano@odontoiatriaromano.example"),
        when="2027-02-05 12:00 +0100",
        client="outlook",
        charset="windows-1252",
        cte="8bit",
        inv="0489",
        body=text(
            """
            Spettabile Halcyon Dental Supply,

            vi informiamo che d’ora in poi accetteremo comunicazioni relative a fatture e solleciti esclusivamente a mezzo raccomandata A/R presso la sede dello studio. Le e-mail a questo indirizzo non verranno più prese in considerazione.

            Distinti saluti
            Dott. Vincenzo Romano
            """
        ),
        facts=Facts(note="registered post only: unsubscribe"),
    ),
]

AUTO_REPLY: Final[list[Reply]] = [
    Reply(
        key="ar-en-annual",
        intent="auto_reply",
        lang="en",
        sender=("Rachel Stone", "rachel.stone@brightwaterdental.example"),
        when="2027-01-21 09:05 +0000",
        client="notice",
        subject="Automatic reply: {rsub}",
        inv="0434",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=text(
            """
            Hello,

            I'm on annual leave and will be back in the office on Monday 1 February. I won't be checking emails while I'm away.

            For anything urgent about orders, please call the practice on 0117 496 0321.

            Rachel Stone
            Practice Business Manager
            Brightwater Dental
            """
        ),
        facts=Facts(back="2027-02-01"),
    ),
    Reply(
        key="ar-en-ticket",
        intent="auto_reply",
        lang="en",
        sender=("Cedarline Dental Group Finance Support", "support@cedarlinedental.example"),
        when="2027-01-14 10:00 +0000",
        client="notice_alt",
        subject="[#20417] {rsub}",
        inv="0403",
        headers=(AUTO_REPLIED, ("X-Mailer", "Freshdesk")),
        body=text(
            """
            Dear Halcyon Dental Receivables,

            Thank you for contacting Cedarline Dental Group Finance Support. This is an automated confirmation that we've received your email and created ticket #20417.

            One of our team will respond within 3 working days. Please keep the ticket number in the subject line if you write to us again about this.

            Kind regards,
            Finance Support Team
            Cedarline Dental Group
            """
        ),
        facts=Facts(note="ticket acknowledgement; no return date"),
    ),
    Reply(
        key="ar-en-training",
        intent="auto_reply",
        lang="en",
        sender=("Rosehill Dental", "enquiries@rosehilldental.example"),
        when="2027-01-29 08:30 +0000",
        client="notice",
        inv="0473",
        subject="Re: {rsub}",
        body=text(
            """
            Thank you for your email.

            The practice is closed today (Friday 29th January) for staff training. We reopen at 8.30am on Monday 1st February and will reply to you then.

            If you are a patient in pain, please call NHS 111.

            Rosehill Dental
            """
        ),
        facts=Facts(back="2027-02-01", note="practice autoresponder without Auto-Submitted"),
    ),
    Reply(
        key="ar-de-urlaub",
        intent="auto_reply",
        lang="de",
        sender=("Monika Schreiber", "m.schreiber@zahnmedizin-isartal.example"),
        when="2027-01-19 07:48 +0100",
        client="notice",
        charset="iso-8859-1",
        subject="Automatische Antwort: {rsub}",
        inv="0429",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=text(
            """
            Danke für Ihre E-Mail.

            Ich bin vom 18.01. bis einschließlich 29.01.2027 im Urlaub. Ab Montag, dem 01.02.2027, bin ich wieder im Büro.

            Ihre Nachricht wird nicht weitergeleitet. Bei dringenden Anliegen erreichen Sie meine Kollegin Frau Yilmaz unter verwaltung@zahnmedizin-isartal.example.

            Mit freundlichen Grüßen
            Monika Schreiber
            """
        ),
        facts=Facts(
            back="2027-02-01",
            note="the first day back in the office (Mon 1 Feb) is the return date, not the last day of leave; the colleague named in an out-of-office is not a new_contact",
        ),
    ),
    Reply(
        key="ar-de-elternzeit",
        intent="auto_reply",
        lang="de",
        sender=("Lea Hoffmann", "l.hoffmann@zahnarztpraxis-nordstadt.example"),
        when="2027-02-08 11:00 +0100",
        client="notice",
        subject="Abwesenheitsnotiz: {rsub}",
        inv="0508",
        headers=(AUTO_REPLIED,),
        body=text(
            """
            Guten Tag,

            ich befinde mich derzeit in Elternzeit. Ihre E-Mail wird nicht weitergeleitet.

            Bei Fragen zu Rechnungen und Zahlungen wenden Sie sich bitte an praxisverwaltung@zahnarztpraxis-nordstadt.example.

            Viele Grüße
            Lea Hoffmann
            """
        ),
        facts=Facts(
            note="parental-leave auto-reply without a date: a temporary absence, so auto_reply and not wrong_contact; the address in it does not set new_contact"
        ),
    ),
    Reply(
        key="ar-fr-conge",
        intent="auto_reply",
        lang="fr",
        sender=("Mathilde Roux", "m.roux@cabinet-roux-orthodontie.example"),
        when="2027-02-01 06:30 +0100",
        client="notice",
        cte="b64",
        subject="Réponse automatique : {rsub}",
        inv="0479",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=text(
            """
            Bonjour,

            Je suis actuellement en congé et serai de retour au cabinet le lundi 8 février. Je prendrai connaissance de votre message à mon retour.

            En cas d’urgence, vous pouvez joindre le secrétariat au 04 78 55 12 90.

            Mathilde Roux
            """
        ),
        facts=Facts(back="2027-02-08"),
    ),
    Reply(
        key="ar-es-hasta",
        intent="auto_reply",
        lang="es",
        sender=("Raquel Serrano", "rserrano@dentalcentrobilbao.example"),
        when="2027-01-25 10:10 +0100",
        client="notice",
        subject="Respuesta automática: {rsub}",
        inv="0451",
        headers=(AUTO_REPLIED,),
        body=text(
            """
            Gracias por su mensaje.

            No estaré en la oficina hasta el 1 de febrero y no tendré acceso al correo. Contestaré a su consulta a mi vuelta.

            Un saludo,
            Raquel Serrano
            Administración – Dental Centro Bilbao
            """
        ),
        facts=Facts(back="2027-02-01", note="'hasta X' gives X itself"),
    ),
    Reply(
        key="ar-es-incidencia",
        intent="auto_reply",
        lang="es",
        sender=(
            "CAU Proveedores – Hospital Dental San Rafael",
            "cau.proveedores@hdsanrafael.example",
        ),
        when="2027-02-09 13:41 +0100",
        client="notice_html",
        subject="[Incidencia 2027-000318] {rsub}",
        inv="0496",
        headers=(("X-Autoreply", "yes"),),
        body=text(
            """
            Estimado proveedor:

            Su consulta ha sido registrada con el número de incidencia 2027-000318 y asignada al equipo de Cuentas a Pagar.

            El plazo habitual de respuesta es de cinco días hábiles. Para cualquier ampliación, responda a este correo sin modificar el asunto.

            Este es un mensaje generado automáticamente.

            Centro de Atención a Proveedores
            Hospital Dental San Rafael
            """
        ),
        facts=Facts(
            note="dental hospital ticket acknowledgement, HTML only, with X-Autoreply but no Auto-Submitted"
        ),
    ),
    Reply(
        key="ar-nl-totenmet",
        intent="auto_reply",
        lang="nl",
        sender=("Joost Smit", "j.smit@tandartsengroep-vecht.example"),
        when="2027-01-12 14:00 +0100",
        client="notice",
        subject="Automatisch antwoord: {rsub}",
        inv="0394",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=text(
            """
            Beste relatie,

            Tot en met vrijdag 15 januari ben ik niet op kantoor. Vanaf maandag 18 januari ben ik weer bereikbaar en zal ik uw bericht beantwoorden.

            Met vriendelijke groet,
            Joost Smit
            Tandartsengroep Vecht
            """
        ),
        facts=Facts(
            back="2027-01-18",
            note="Monday 18 Jan, the day it says it is reachable again, rather than the last day away",
        ),
    ),
    Reply(
        key="ar-nl-vakantie",
        intent="auto_reply",
        lang="nl",
        sender=("Tandartspraktijk De Duinen", "info@tandartsdeduinen.example"),
        when="2027-02-12 16:45 +0100",
        client="notice",
        subject="Afwezig: {rsub}",
        inv="0510",
        headers=(AUTO_REPLIED,),
        body=text(
            """
            Bedankt voor uw e-mail.

            Onze praktijk is gesloten van 13 tot en met 21 februari in verband met de voorjaarsvakantie. Vanaf maandag 22 februari zijn wij weer geopend en beantwoorden wij uw bericht.

            Met vriendelijke groet,
            Team Tandartspraktijk De Duinen
            """
        ),
        facts=Facts(
            back="2027-02-22", note="practice closure; the reopening day is after the corpus window"
        ),
    ),
    Reply(
        key="ar-it-rientro",
        intent="auto_reply",
        lang="it",
        sender=("Simona Galli", "s.galli@poliambulatorio-arno.example"),
        when="2027-01-20 11:30 +0100",
        client="notice",
        charset="iso-8859-1",
        subject="Risposta automatica: {rsub}",
        inv="0438",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=text(
            """
            Grazie per il messaggio.

            Sarò assente dall'ufficio fino a venerdì 22 gennaio compreso. Rientrerò lunedì 25 gennaio e vi risponderò appena possibile.

            Cordiali saluti
            Simona Galli
            Amministrazione - Poliambulatorio Dentale Arno
            """
        ),
        facts=Facts(
            back="2027-01-25",
            note="the announced first day back (Mon 25 Jan), not the last day of absence",
        ),
    ),
    Reply(
        key="ar-it-ricevuta",
        intent="auto_reply",
        lang="it",
        sender=("Studio Dentistico Colombo", "info@studiocolombo-dentisti.example"),
        when="2027-02-03 09:15 +0100",
        client="notice",
        subject="Re: {rsub}",
        inv="0482",
        body=text(
            """
            Gentile utente,

            la sua e-mail è stata ricevuta correttamente. Le risponderemo il prima possibile, compatibilmente con gli orari dello studio (lun-ven 9:00-19:00).

            Studio Dentistico Colombo
            Messaggio generato automaticamente, si prega di non rispondere.
            """
        ),
        facts=Facts(
            note="receipt acknowledgement without Auto-Submitted and without a return date"
        ),
    ),
]

OTHER: Final[list[Reply]] = [
    Reply(
        key="o-en-redirect",
        intent="other",
        lang="en",
        sender=("Pearlview Dental Accounts", "pearlview.dental.accounts@gmail.com"),
        when="2027-01-25 23:12 +0000",
        client="gmail",
        inv="0442",
        quoted_to="Pearlview Dental <accounts@pearlviewdental.example>",
        body=text(
            """
            Hello,

            Kindly note that our accounts department email has changed, as our old domain is being closed down this month. Please send all future invoices, statements and remittance correspondence to this email only (pearlview.dental.accounts@gmail.com) and stop using the old address.

            Please also hold any further reminders until we confirm our new banking arrangements with you.

            Regards,
            Accounts Dept
            Pearlview Dental
            """
        ),
        facts=Facts(
            note="phishing-like redirect: a free-mail address unlike the customer's domain answers in the thread and asks for all mail to go to it; a person must verify it by phone, so not wrong_contact and no new_contact",
        ),
    ),
    Reply(
        key="o-en-didntwe",
        intent="other",
        lang="en",
        sender=("Sunil Mehta", "sunil@mehtadentalstudio.example"),
        when="2027-01-11 19:40 +0000",
        client="iphone",
        inv="0386",
        body="Didn't we pay this already??",
        facts=Facts(
            note="a question, not a claim of payment and no document asked for: a person checks the ledger and answers"
        ),
    ),
    Reply(
        key="o-en-merged",
        intent="other",
        lang="en",
        sender=("Claire Dunmore", "claire@ivyhousedental.example"),
        when="2027-02-10 11:05 +0000",
        client="outlook_html",
        charset="windows-1252",
        inv="0435",
        body=text(
            """
            Hi,

            Just to let you know, Ivy House merged with Riverside Dental Group on 1 January. I'm not sure yet whether our supplier accounts have moved over to them or are still with us for the older invoices. I'll check with their finance team and come back to you.

            Claire Dunmore
            Practice Manager
            Ivy House Dental (part of Riverside Dental Group)
            """
        ),
        facts=Facts(
            note="merger news with no commitment and no new contact yet; a person follows up"
        ),
    ),
    Reply(
        key="o-de-weitergeben",
        intent="other",
        lang="de",
        sender=("Jana Petrović", "anmeldung@praxis-albrecht.example"),
        when="2027-01-27 12:03 +0100",
        client="iphone",
        inv="0465",
        body="Danke, hab ich an den Chef weitergegeben.\n\nJana\nAnmeldung Praxis Dr. Albrecht",
        facts=Facts(note="acknowledgement; passing it on names no new contact"),
    ),
    Reply(
        key="o-de-ton",
        intent="other",
        lang="de",
        sender=("Dr. Rolf Engel", "dr.engel@zahnarzt-engel.example"),
        when="2027-02-09 18:22 +0100",
        client="outlook",
        charset="windows-1252",
        cte="8bit",
        inv="0477",
        body=text(
            """
            Sehr geehrte Damen und Herren,

            ich bin seit 15 Jahren Kunde bei Ihnen und finde den Ton Ihrer Erinnerung unangemessen. Ich rufe morgen Vormittag bei Ihrer Buchhaltung an und kläre das persönlich.

            R. Engel
            """
        ),
        facts=Facts(
            note="irritation and a phone call announced; nothing about paying, disputing or stopping"
        ),
    ),
    Reply(
        key="o-fr-fraises",
        intent="other",
        lang="fr",
        sender=("Chloé Besson", "chloe.assistante@cabinet-bernard.example"),
        when="2027-01-18 15:30 +0100",
        client="gmail",
        inv="0407",
        body=text(
            """
            Bonjour,

            Bien reçu. Par contre, pouvez-vous me dire si les fraises diamantées commandées le 5 janvier sont toujours en rupture ? C’est une autre commande, rien à voir avec cette facture.

            Chloé
            Assistante dentaire, cabinet du Dr Bernard
            """
        ),
        facts=Facts(note="acknowledgement plus a question about a separate back order"),
    ),
    Reply(
        key="o-fr-retraite",
        intent="other",
        lang="fr",
        sender=("Jean-Pierre Lefèvre", "jp.lefevre@cabinet-lefevre.example"),
        when="2027-02-04 10:40 +0100",
        client="apple_mail",
        inv="0471",
        body=text(
            """
            Madame, Monsieur,

            Je vous informe que j’ai cessé mon activité le 31 décembre dernier et que le cabinet est définitivement fermé. Je n’ai pas de successeur.

            Bien à vous,
            Jean-Pierre Lefèvre
            """
        ),
        facts=Facts(
            note="practice closed; the owner writes himself, so the contact is not wrong, and nothing is said about paying"
        ),
    ),
    Reply(
        key="o-es-vale",
        intent="other",
        lang="es",
        sender=("", "recepcion@clinicadentalvaldes.example"),
        when="2027-01-21 18:50 +0100",
        client="samsung",
        inv="0439",
        body="vale gracias",
        facts=Facts(note="bare acknowledgement; not a payment claim"),
    ),
    Reply(
        key="o-nl-verkoop",
        intent="other",
        lang="nl",
        sender=("Anouk Peeters", "a.peeters@tandartspeeters.example"),
        when="2027-01-15 13:07 +0100",
        client="gmail",
        inv="0409",
        body=text(
            """
            Hallo,

            Nu ik u toch mail: wij willen dit jaar onze autoclaaf vervangen. Kan iemand van uw verkoopafdeling mij bellen? Ik ben dinsdag en donderdag op de praktijk.

            Met vriendelijke groet,
            Anouk Peeters
            """
        ),
        facts=Facts(
            note="wants a sales call about a new autoclave; says nothing about the overdue invoice"
        ),
    ),
    Reply(
        key="o-nl-boekhouder",
        intent="other",
        lang="nl",
        sender=("Willem de Boer", "willem@deboermondzorg.example"),
        when="2027-02-01 16:12 +0100",
        client="thunderbird",
        inv="0475",
        body=text(
            """
            Goedemiddag,

            Ik ga dit na bij onze boekhouder en kom er later deze week bij u op terug.

            Met vriendelijke groet,
            Willem de Boer
            De Boer Mondzorg
            """
        ),
        facts=Facts(note="'I'll check and come back' is no promise to pay"),
    ),
    Reply(
        key="o-it-tecnico",
        intent="other",
        lang="it",
        sender=("Segreteria Studio Marchetti", "segreteria@studiomarchetti.example"),
        when="2027-01-26 15:48 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="0443",
        body=text(
            """
            Buongiorno,

            approfittiamo della vostra e-mail per chiedervi quando è prevista la visita del tecnico per la convalida annuale dell’autoclave: il certificato scade a fine febbraio.

            Grazie,
            Segreteria Studio Marchetti
            """
        ),
        facts=Facts(note="asks when the autoclave validation visit is due; silent on the invoice"),
    ),
    Reply(
        key="o-it-grazie",
        intent="other",
        lang="it",
        sender=("Silvia Fontana", "s.fontana@studiofontana-odontoiatria.example"),
        when="2027-02-11 08:22 +0100",
        client="iphone",
        inv="0502",
        body="Ricevuto, grazie mille. Buona giornata",
        facts=Facts(note="thanks and nothing else"),
    ),
]

REPLIES: Final[list[Reply]] = [
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
# Delivery reports: the skeletons are generated, the human-readable parts are written out
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """One delivery-failure or delay notice; `rcpt` is the reminder's recipient, `lang` the notice's language."""

    key: str
    lang: Lang
    kind: Kind
    status: str
    rcpt: str
    when: str
    inv: str
    after: timedelta = timedelta(minutes=2)
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        return self.dt - self.after

    @property
    def subject(self) -> str:
        return reminder_subject(self.lang, self.inv)


def returned_reminder(b: Bounce) -> Message:
    amount = money_text(value=derived_amount(b.key), currency=ACCOUNT_CURRENCY[b.lang], lang=b.lang)
    body = reminder_text(lang=b.lang, inv=b.inv, key=b.key, sent=b.sent, amount=amount)
    msg = text_part(body, subtype="plain", charset="utf-8", cte="qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = b.rcpt
    msg["Subject"] = header_value(b.subject, "utf-8")
    msg["Date"] = format_datetime(b.sent)
    msg["Message-ID"] = reminder_msgid(b.key)
    mime_headers_last(msg)
    return msg


def returned_headers(b: Bounce) -> Message:
    lines = "".join(
        f"{k}: {v}\n" for k, v in returned_reminder(b).items() if k != "Content-Transfer-Encoding"
    )
    return text_part(lines, subtype="rfc822-headers", charset="us-ascii", cte="8bit")


@dataclass(frozen=True, kw_only=True)
class Dsn:
    """The machine-readable fields of a message/delivery-status part."""

    reporting: str
    action: Literal["failed", "delayed"]
    diagnostic: str
    remote: str = ""


def delivery_status(b: Bounce, d: Dsn) -> Message:
    per_message = f"Reporting-MTA: dns; {d.reporting}\nArrival-Date: {format_datetime(b.sent)}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {d.action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {d.remote}"] if d.remote else []),
        f"Diagnostic-Code: smtp; {d.diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if d.action == "delayed":
        fields.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=5))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(fields) + "\n")]
    )
    return part


def described(part: Message, description: str) -> Message:
    part["Content-Description"] = description
    return part


def report(*parts: Message) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def human_alternative(lines: list[str], *, charset: str = "utf-8") -> Message:
    """The readable part of an NDR: plain text and a simple HTML rendering of the same lines."""
    plain_text = "\n\n".join(lines) + "\n"
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
        '<body style="font-family:Segoe UI,Arial,sans-serif;font-size:11pt">\n'
        + "\n".join(f"<p>{escape_lines(x)}</p>" for x in lines)
        + "\n</body></html>\n"
    )
    return alternative(
        text_part(plain_text, subtype="plain", charset=charset, cte="qp"),
        text_part(markup, subtype="html", charset=charset, cte="qp"),
    )


def seal(b: Bounce, msg: Message, *, sender: str, subject: str, style: str = "bounce") -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_value(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].rpartition("@")[2]
    msg["Message-ID"] = f"<{token(b.key, 'bounce', 22).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    return finish(msg, key=b.key, style=style)


EXCHANGE_SENDER: Final = (
    "Microsoft Outlook <MicrosoftExchange4c1b7e0a9d2f4f3e8a61c0b5d7e29f14@halcyon-dental.example>"
)
EXCHANGE_HOST: Final = "DB9PR06MB8125.eurprd06.prod.outlook.com"


def bounce_postfix(b: Bounce) -> Message:
    human = text(
        f"""
        This is the mail system at host smtp-out.halcyon-dental.example.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <{b.rcpt}>: host
            mx.thornburydental.example[203.0.113.19] said: 550 5.1.1
            <{b.rcpt}>: Recipient address rejected: User
            unknown in local recipient table (in reply to RCPT TO command)
        """
    )
    dsn = Dsn(
        reporting="smtp-out.halcyon-dental.example",
        action="failed",
        diagnostic=f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table",
        remote="mx.thornburydental.example",
    )
    msg = report(
        described(
            text_part(human + "\n", subtype="plain", charset="us-ascii", cte="8bit"), "Notification"
        ),
        described(delivery_status(b, dsn), "Delivery report"),
        described(MIMEMessage(returned_reminder(b)), "Undelivered Message"),
    )
    return seal(
        b,
        msg,
        sender="MAILER-DAEMON@smtp-out.halcyon-dental.example (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender",
    )


def bounce_qmail(b: Bounce) -> Message:
    copy = returned_reminder(b).as_string()
    body = text(
        f"""
        Hi. This is the qmail-send program at mx2.halcyon-dental.example.
        I'm afraid I wasn't able to deliver your message to the following addresses.
        This is a permanent error; I've given up. Sorry it didn't work out.

        <{b.rcpt}>:
        203.0.113.58 does not like recipient.
        Remote host said: 550 5.1.1 <{b.rcpt}>... No such user here
        Giving up on 203.0.113.58.

        --- Below this line is a copy of the message.
        """
    )
    received = f"Return-Path: <{AR_ADDR}>\nReceived: (qmail 20817 invoked by uid 89); {format_datetime(b.sent)}\n"
    msg = Message()
    msg.set_payload(f"{body}\n\n{received}{copy}")
    return seal(b, msg, sender="MAILER-DAEMON@mx2.halcyon-dental.example", subject="failure notice")


def bounce_sendmail(b: Bounce) -> Message:
    human = text(
        f"""
            **********************************************
            **      THIS IS A WARNING MESSAGE ONLY      **
            **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
            **********************************************

        The original message was received at {format_datetime(b.sent)}
        from ar-app01.halcyon-dental.example [10.20.4.17]

           ----- Transcript of session follows -----
        <{b.rcpt}>... Deferred: Name server: mail.marlowsmiles.example.: host name lookup failure
        Warning: message still undelivered after 4 hours
        Will keep trying until message is 5 days old
        """
    )
    dsn = Dsn(
        reporting="relay2.halcyon-dental.example",
        action="delayed",
        diagnostic="451 4.4.3 Name server: mail.marlowsmiles.example.: host name lookup failure",
    )
    msg = report(
        text_part(human + "\n", subtype="plain", charset="us-ascii", cte="8bit"),
        delivery_status(b, dsn),
        returned_headers(b),
    )
    sender = "Mail Delivery Subsystem <MAILER-DAEMON@relay2.halcyon-dental.example>"
    return seal(b, msg, sender=sender, subject="Warning: could not send message for past 4 hours")


def bounce_exchange_de(b: Bounce) -> Message:
    local, domain = b.rcpt.split("@")
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    human = human_alternative(
        [
            f"Ihre Nachricht an {b.rcpt} konnte nicht übermittelt werden.",
            f"{local} wurde bei {domain} nicht gefunden.",
            "Aktion erforderlich: Empfänger\nUnbekannter Empfänger",
            "So beheben Sie das Problem\nDie Nachricht wurde nicht übermittelt, weil die E-Mail-Adresse des Empfängers nicht gefunden wurde. Prüfen Sie die Adresse auf Tippfehler und senden Sie die Nachricht erneut, oder fragen Sie den Empfänger auf einem anderen Weg nach der richtigen Adresse.",
            f"Weitere Informationen für Administratoren\nVom Remoteserver zurückgegeben: '{diag}'",
            f"Generierender Server: {EXCHANGE_HOST}",
        ]
    )
    msg = report(
        human,
        delivery_status(b, Dsn(reporting=EXCHANGE_HOST, action="failed", diagnostic=diag)),
        MIMEMessage(returned_reminder(b)),
    )
    return seal(b, msg, sender=EXCHANGE_SENDER, subject=f"Unzustellbar: {b.subject}", style="owa")


def bounce_exchange_fr(b: Bounce) -> Message:
    local, domain = b.rcpt.split("@")
    diag = "550 5.4.1 Recipient address rejected: Access denied. [AM4PEPF00027A6C.eurprd04.prod.outlook.com]"
    human = human_alternative(
        [
            f"Votre message à {b.rcpt} n’a pas pu être remis.",
            f"Le domaine {domain} n’accepte pas les messages pour {local}.",
            "Action requise : Destinataire\nAdresse refusée par le destinataire",
            "Comment résoudre ce problème\nLe serveur de messagerie du destinataire a refusé cette adresse. Vérifiez l’adresse, ou contactez le destinataire par un autre moyen (par téléphone, par exemple) pour lui demander une adresse valide.",
            f"Plus d’informations pour les administrateurs\nLe serveur distant a renvoyé « {diag} »",
            f"Serveur à l’origine du rapport : {EXCHANGE_HOST}",
        ]
    )
    msg = report(
        human,
        delivery_status(b, Dsn(reporting=EXCHANGE_HOST, action="failed", diagnostic=diag)),
        returned_headers(b),
    )
    return seal(b, msg, sender=EXCHANGE_SENDER, subject=f"Non remis : {b.subject}", style="owa")


def bounce_exchange_es(b: Bounce) -> Message:
    local, domain = b.rcpt.split("@")
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    human = human_alternative(
        [
            f"No se pudo entregar su mensaje a {b.rcpt}.",
            f"No se encontró {local} en {domain}.",
            "Acción necesaria: Destinatario\nDestinatario desconocido",
            "Cómo solucionarlo\nEs posible que la dirección esté mal escrita o que ya no exista. Compruébela y vuelva a enviar el mensaje. Si el problema continúa, póngase en contacto con el destinatario por otro medio y pídale una dirección válida.",
            f'Más información para administradores\nEl servidor remoto devolvió "{diag}"',
            f"Servidor que generó el informe: {EXCHANGE_HOST}",
        ]
    )
    dsn = Dsn(
        reporting=EXCHANGE_HOST,
        action="failed",
        diagnostic=diag,
        remote="mx1.odontologiamiramar.example",
    )
    msg = report(human, delivery_status(b, dsn), MIMEMessage(returned_reminder(b)))
    return seal(
        b, msg, sender=EXCHANGE_SENDER, subject=f"No se puede entregar: {b.subject}", style="owa"
    )


def bounce_isp_fr(b: Bounce) -> Message:
    sent = b.sent.strftime("%d/%m/%Y à %H:%M")
    body = text(
        f"""
        Bonjour,

        Ceci est un message automatique du service de messagerie Alizé Télécom.

        Votre message du {sent}, ayant pour objet « {latin1_spelling(b.subject)} », n'a pas encore pu être distribué au destinataire suivant :

            {b.rcpt}

        Motif : la boîte aux lettres du destinataire est pleine (code 4.2.2).

        Nous réessaierons automatiquement pendant 72 heures. Si la boîte n'a pas été vidée d'ici là, votre message vous sera retourné. Aucune action n'est nécessaire de votre part pour l'instant.

        Le service Messagerie Alizé Télécom
        """
    )
    msg = text_part(body + "\n", subtype="plain", charset="iso-8859-1", cte="8bit")
    sender = mailbox(
        "Service Messagerie Alizé Télécom", "postmaster@alize-telecom.example", "iso-8859-1"
    )
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_value(
        "Message non remis (temporaire) : boîte aux lettres pleine", "iso-8859-1"
    )
    msg["Date"] = format_datetime(b.dt)
    msg["Message-ID"] = f"<{token(b.key, 'bounce', 22).lower()}@alize-telecom.example>"
    msg["Auto-Submitted"] = "auto-generated"
    return finish(msg, key=b.key, style="bounce")


def bounce_gmail_es(b: Bounce) -> Message:
    human = human_alternative(
        [
            "** Problema con la entrega del mensaje **",
            f"Gmail seguirá intentando entregar tu mensaje a {b.rcpt} durante 96 horas más. Recibirás una notificación si finalmente no se puede entregar.",
            "La respuesta del servidor remoto fue:",
            "The recipient server did not accept our requests to connect. For more information, go to https://support.google.com/mail/answer/7720 [mx.clinicavegaalta.example. 198.51.100.61: timed out]",
        ]
    )
    dsn = Dsn(
        reporting="mx.google.com",
        action="delayed",
        diagnostic="421-4.4.1 The recipient server did not accept our requests to connect. [mx.clinicavegaalta.example. 198.51.100.61: timed out]",
        remote="mx.clinicavegaalta.example",
    )
    msg = report(human, delivery_status(b, dsn), returned_headers(b))
    return seal(
        b,
        msg,
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Delay)",
    )


def bounce_postfix_nl(b: Bounce) -> Message:
    human = text(
        f"""
        Dit is het mailsysteem van relay.zuidnet-hosting.example.

        Uw bericht kon niet worden afgeleverd bij een of meer ontvangers.
        Het bericht is hieronder bijgevoegd.

        Neem voor hulp contact op met de postmaster van Zuidnet Hosting en
        stuur dit rapport mee. Uw eigen tekst kunt u uit het bijgevoegde
        bericht verwijderen.

                           Het mailsysteem

        <{b.rcpt}>: host mx.tandartshendriks.example[198.51.100.77]
            antwoordde: 552 5.2.2 <{b.rcpt}>: Mailbox full - quota
            exceeded (in reply to RCPT TO command)
        """
    )
    dsn = Dsn(
        reporting="relay.zuidnet-hosting.example",
        action="failed",
        diagnostic=f"552 5.2.2 <{b.rcpt}>: Mailbox full - quota exceeded",
        remote="mx.tandartshendriks.example",
    )
    msg = report(
        described(text_part(human + "\n", subtype="plain", charset="utf-8", cte="qp"), "Melding"),
        described(delivery_status(b, dsn), "Afleverrapport"),
        described(MIMEMessage(returned_reminder(b)), "Niet-afgeleverd bericht"),
    )
    sender = "MAILER-DAEMON@relay.zuidnet-hosting.example (Mailsysteem)"
    return seal(b, msg, sender=sender, subject="Onbestelbaar bericht geretourneerd aan afzender")


def bounce_gateway_nl(b: Bounce) -> Message:
    fmt = "%d-%m-%Y %H:%M"
    human = human_alternative(
        [
            "MAILSHIELD E-MAILBEVEILIGING – BEZORGMELDING",
            "Uw bericht is nog niet afgeleverd. De ontvangende server stelt de aflevering tijdelijk uit. U hoeft niets te doen: de gateway probeert het automatisch opnieuw en laat het u weten als de aflevering definitief mislukt.",
            "\n".join(
                [
                    f"Ontvanger: {b.rcpt}",
                    f"Onderwerp: {b.subject}",
                    f"Verzonden: {b.sent.strftime(fmt)}",
                    "Status: 4.7.1 (tijdelijk uitgesteld)",
                    "Antwoord van de server: 451 4.7.1 Greylisted, please try again later",
                    f"Volgende poging: {(b.dt + timedelta(minutes=30)).strftime(fmt)}",
                    f"Opgeven na: {(b.sent + timedelta(days=3)).strftime(fmt)}",
                ]
            ),
            "Dit is een automatisch bericht van de MailShield Secure Email Gateway van Halcyon Dental Supply. Beantwoord dit bericht niet.",
        ]
    )
    sender = "MailShield Gateway <noreply@mailshield.halcyon-dental.example>"
    return seal(b, human, sender=sender, subject=f"Vertraagde bezorging: {b.subject}")


def bounce_exim_it(b: Bounce) -> Message:
    body = text(
        f"""
        Questo messaggio è stato generato automaticamente dal software di consegna della posta.

        Un messaggio che hai inviato non è ancora stato consegnato a uno o più destinatari dopo oltre 24 ore di permanenza in coda su relay.halcyon-dental.example.

        Identificativo del messaggio:  1wQ7aB-0004Xy-3K
        Oggetto del messaggio:         {b.subject}
        Data del messaggio:            {format_datetime(b.sent)}

        Indirizzo non ancora raggiunto:

          {b.rcpt}
            host mx1.studio-dentistico-adige.example [192.0.2.141]
            Motivo del ritardo: SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:
            452 4.3.1 Insufficient system storage

        Non è richiesta alcuna azione da parte tua. I tentativi di consegna proseguiranno per qualche tempo e questo avviso potrebbe ripetersi finché il messaggio resta non consegnato. Se alla fine la consegna non riuscirà, il messaggio ti verrà restituito.
        """
    )
    msg = text_part(body + "\n", subtype="plain", charset="utf-8", cte="qp")
    msg["X-Failed-Recipients"] = b.rcpt
    sender = "Mail Delivery System <Mailer-Daemon@relay.halcyon-dental.example>"
    return seal(
        b, msg, sender=sender, subject="Avviso: messaggio 1wQ7aB-0004Xy-3K in ritardo di 24 ore"
    )


def bounce_isp_it(b: Bounce) -> Message:
    body = text(
        f"""
        Gentile utente,

        il messaggio che hai inviato non è stato recapitato al destinatario indicato qui sotto. Si tratta di un errore permanente: il messaggio non verrà più reinviato.

        Destinatario: {b.rcpt}
        Motivo: la casella di posta del destinatario è stata disattivata.
        Codice: 550 5.2.1 Mailbox disabled, not accepting messages

        Il messaggio originale è allegato a questa notifica.

        Servizio Posta LunaNet
        """
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(body + "\n", subtype="plain", charset="iso-8859-1", cte="qp"))
    outer.attach(MIMEMessage(returned_reminder(b)))
    sender = "Servizio Posta LunaNet <mailer-daemon@posta.lunanet.example>"
    return seal(b, outer, sender=sender, subject=f"Messaggio non recapitato: {b.subject}")


BOUNCES: Final[list[tuple[Bounce, Callable[[Bounce], Message]]]] = [
    (
        Bounce(
            key="b-en-postfix",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="accounts@thornburydental.example",
            when="2027-01-12 09:14 +0000",
            inv="0389",
            note="Postfix RFC 3464 report with the returned message",
        ),
        bounce_postfix,
    ),
    (
        Bounce(
            key="b-en-qmail",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="info@kestrelortho.example",
            when="2027-01-27 09:03 +0000",
            inv="0465",
            note="qmail notice, not MIME; the copy of the message is inline",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            key="b-en-sendmail",
            lang="en",
            kind="soft",
            status="4.4.3",
            rcpt="office@marlowsmiles.example",
            when="2027-02-01 13:05 +0000",
            inv="0483",
            after=timedelta(hours=4, minutes=3),
            note="sendmail 4-hour warning (DNS lookup failure), multipart/report with text/rfc822-headers",
        ),
        bounce_sendmail,
    ),
    (
        Bounce(
            key="b-de-exchange",
            lang="de",
            kind="hard",
            status="5.1.10",
            rcpt="rechnung@zahnklinik-moosach.example",
            when="2027-01-18 09:08 +0100",
            inv="0428",
            note="Exchange Online 'Unzustellbar' NDR",
        ),
        bounce_exchange_de,
    ),
    (
        Bounce(
            key="b-fr-exchange",
            lang="fr",
            kind="hard",
            status="5.4.1",
            rcpt="compta@cabinet-dentaire-vauban.example",
            when="2027-01-26 09:11 +0100",
            inv="0456",
            note="Exchange Online 'Non remis' NDR, recipient rejected",
        ),
        bounce_exchange_fr,
    ),
    (
        Bounce(
            key="b-fr-isp",
            lang="fr",
            kind="soft",
            status="4.2.2",
            rcpt="cabinet.benard@alize-telecom.example",
            when="2027-02-10 13:20 +0100",
            inv="0502",
            after=timedelta(hours=4, minutes=15),
            note="French ISP notice in Latin-1 plain text, not RFC 3464: mailbox full, retrying",
        ),
        bounce_isp_fr,
    ),
    (
        Bounce(
            key="b-es-gmail",
            lang="es",
            kind="soft",
            status="4.4.1",
            rcpt="administracion@clinicavegaalta.example",
            when="2027-01-14 15:06 +0100",
            inv="0400",
            after=timedelta(hours=6, minutes=4),
            note="Gmail delay notice in Spanish (connection timed out)",
        ),
        bounce_gmail_es,
    ),
    (
        Bounce(
            key="b-es-exchange",
            lang="es",
            kind="hard",
            status="5.1.1",
            rcpt="facturas@odontologiamiramar.example",
            when="2027-02-08 09:07 +0100",
            inv="0491",
            note="Exchange Online 'No se puede entregar' NDR",
        ),
        bounce_exchange_es,
    ),
    (
        Bounce(
            key="b-nl-postfix",
            lang="nl",
            kind="soft",
            status="5.2.2",
            rcpt="praktijk@tandartshendriks.example",
            when="2027-01-21 09:16 +0100",
            inv="0444",
            note="a full mailbox counts as soft even when the server answers 5.2.2; status kept as given; Dutch template of a hosting provider's Postfix",
        ),
        bounce_postfix_nl,
    ),
    (
        Bounce(
            key="b-nl-gateway",
            lang="nl",
            kind="soft",
            status="4.7.1",
            rcpt="boekhouding@orthodontie-amstelveen.example",
            when="2027-02-03 13:10 +0100",
            inv="0474",
            after=timedelta(hours=4, minutes=4),
            note="security gateway delay notice in Dutch (greylisting), not RFC 3464",
        ),
        bounce_gateway_nl,
    ),
    (
        Bounce(
            key="b-it-exim",
            lang="it",
            kind="soft",
            status="4.3.1",
            rcpt="amministrazione@studio-dentistico-adige.example",
            when="2027-01-29 09:40 +0100",
            inv="0453",
            after=timedelta(hours=24, minutes=35),
            note="Exim 24-hour delay warning with an Italian template, plain text",
        ),
        bounce_exim_it,
    ),
    (
        Bounce(
            key="b-it-isp",
            lang="it",
            kind="hard",
            status="5.2.1",
            rcpt="dott.serra.studio@lunanet.example",
            when="2027-02-12 09:12 +0100",
            inv="0445",
            note="Italian provider notice in multipart/mixed: mailbox disabled",
        ),
        bounce_isp_it,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, output and checks
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
        "invoice_refs": [full_invoice(x) for x in f.invoices],
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


@dataclass(frozen=True, kw_only=True)
class Item:
    """A built message, its key, its date and its label (the file name is set when written)."""

    key: str
    day: date
    message: Message
    label: Label


def all_items() -> list[Item]:
    items = [
        Item(key=r.key, day=r.dt.date(), message=build_reply(r), label=reply_label(r))
        for r in REPLIES
    ]
    items += [
        Item(key=b.key, day=b.dt.date(), message=build(b), label=bounce_label(b))
        for b, build in BOUNCES
    ]
    return items


def check_headers(name: str, part: Message) -> None:
    for header, value in part.items():
        defects = getattr(value, "defects", ())
        if defects:
            message = f"{name}: defects in {header}: {defects}"
            raise SystemExit(message)
        if "=?" in str(value):
            message = f"{name}: {header} was not decoded"
            raise SystemExit(message)


def check_message(name: str, data: bytes) -> None:
    """Parse the file back as a client would: headers decode, text parts decode, no defects."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            message = f"{name}: no {header}"
            raise SystemExit(message)
    for part in msg.walk():
        if part.defects:
            message = f"{name}: defects {part.defects}"
            raise SystemExit(message)
        check_headers(name, part)
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                message = f"{name}: a text part does not decode"
                raise SystemExit(message)


ISO_DATE: Final = re.compile(r"\d{4}-\d{2}-\d{2}")
DATE_KEYS: Final = ("promised_date", "paid_date", "return_date")
BOUNCE_KEYS: Final = ("bounce_kind", "failed_recipient", "bounce_status")


def check_label(label: Label) -> None:
    """The shape holdout2 uses: the same keys in the same order, ISO dates, bounce fields only on bounces."""
    name = label["file"]
    if tuple(label) != LABEL_KEYS:
        message = f"{name}: label keys out of shape"
        raise SystemExit(message)
    for key in DATE_KEYS:
        value = label[key]
        if value is not None and not ISO_DATE.fullmatch(value):
            message = f"{name}: {key} is not an ISO date"
            raise SystemExit(message)
    is_bounce = label["intent"] == "bounce"
    if any((label[k] is not None) != is_bounce for k in BOUNCE_KEYS):
        message = f"{name}: bounce fields do not match the intent"
        raise SystemExit(message)
    contact = label["new_contact"]
    if contact is not None and contact != contact.lower():
        message = f"{name}: new_contact must be lower case"
        raise SystemExit(message)
    if (label["amount"] is None) != (label["currency"] is None):
        message = f"{name}: amount and currency go together"
        raise SystemExit(message)


def check_corpus(items: list[Item]) -> None:
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        message = "duplicate keys"
        raise SystemExit(message)
    outside = [item.key for item in items if not FIRST_DAY <= item.day <= LAST_DAY]
    if outside:
        message = f"dated outside the window: {outside}"
        raise SystemExit(message)
    cells = Counter((item.label["intent"], item.label["language"]) for item in items)
    for intent in INTENTS:
        if sum(cells[intent, lang] for lang in LANGS) != PER_INTENT:
            message = f"{intent}: not {PER_INTENT} messages"
            raise SystemExit(message)
        missing = [lang for lang in LANGS if not cells[intent, lang]]
        if missing:
            message = f"{intent}: no message in {missing}"
            raise SystemExit(message)
    kinds = Counter(item.label["bounce_kind"] for item in items if item.label["intent"] == "bounce")
    if kinds["hard"] != kinds["soft"]:
        message = f"bounces are not half hard, half soft: {dict(kinds)}"
        raise SystemExit(message)


def count_table(labels: list[Label]) -> str:
    cells = Counter((x["intent"], x["language"]) for x in labels)
    rows = ["| intent | " + " | ".join(LANGS) + " | total |", "|---|" + "---:|" * (len(LANGS) + 1)]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[i, lang] for i in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def write_all() -> list[Label]:
    items = all_items()
    check_corpus(items)
    items.sort(key=lambda item: digest(item.key, f"file-order-{SEED}"))  # a fixed shuffle
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for number, item in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = item.message.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        label = item.label.copy()
        label["file"] = name
        check_label(label)
        labels.append(label)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(label, ensure_ascii=False) + "\n" for label in labels)
    return labels


def main() -> int:
    labels = write_all()
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    sys.stdout.write(count_table(labels) + "\n")
    sys.stdout.write(
        f"\n{len(labels)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
