# ruff: noqa: E501, RUF001
# Hand-written message text is kept one paragraph a line, as a mail client sends it, with the
# typographic dashes, quotes and apostrophes that people and their clients really produce.
"""Build held-out reply corpus 43: `h43-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Copperleaf IT, a managed IT services provider
for small offices, after it sent an overdue-invoice reminder. The new text of each message is
written by hand below. The script adds only what a mail client or a mail server would add: the
quoted reminder in the client's layout and language, headers, MIME structure, charsets and
transfer encodings. It is deterministic (no clock, no random state) and writes next to itself.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.headerregistry import AddressHeader
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from functools import partial
from pathlib import Path
from typing import Final, Literal, TypedDict

HERE: Final = Path(__file__).resolve().parent
SEED: Final = 43_2026_1123
PREFIX: Final = "h43"
AR_NAME: Final = "Copperleaf IT Receivables"
AR_ADDR: Final = "receivables@copperleaf-it.example"
AR_DOMAIN: Final = "copperleaf-it.example"
FIRST_DAY: Final = "2026-11-23"
LAST_DAY: Final = "2026-12-18"

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
Lang = Literal["en", "de", "fr", "es", "nl", "it"]
Locale = Literal["en-GB", "en-US", "en-IE", "de", "fr", "es", "nl", "it"]
Client = Literal[
    "outlook",
    "outlook_html",
    "outlook_html_only",
    "owa",
    "outlook_mobile",
    "gmail",
    "gmail_plain",
    "apple",
    "iphone",
    "thunderbird",
    "samsung",
    "notice",
    "notice_html",
]
Cte = Literal["qp", "b64", "8bit"]
BounceKind = Literal["hard", "soft"]
Currency = Literal["GBP", "USD", "EUR"]

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
LANGS: Final[tuple[Lang, ...]] = ("en", "de", "fr", "es", "nl", "it")
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


class Extract(TypedDict, total=False):
    """The label fields a reply may fill beyond intent, language, refs and note."""

    promised_date: str
    paid_date: str
    return_date: str
    payment_reference: str
    amount: str
    currency: Currency
    new_contact: str


class Label(TypedDict):
    """One line of labels.jsonl, keys in the order holdout2 uses."""

    file: str
    intent: Intent
    promised_date: str | None
    paid_date: str | None
    return_date: str | None
    payment_reference: str | None
    amount: str | None
    currency: Currency | None
    new_contact: str | None
    bounce_kind: BounceKind | None
    failed_recipient: str | None
    bounce_status: str | None
    invoice_refs: list[str]
    language: Lang
    note: str | None


# --------------------------------------------------------------------------------------------
# Locale tables: what the clients and the reminder template print in each language
# --------------------------------------------------------------------------------------------

DAYS_LONG: Final[dict[Lang, tuple[str, ...]]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
}
DAYS_SHORT: Final[dict[Lang, tuple[str, ...]]] = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "it": ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
}
MONTHS_LONG: Final[dict[Lang, tuple[str, ...]]] = {
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
MONTHS_SHORT: Final[dict[Lang, tuple[str, ...]]] = {
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

# Attribution lines and Outlook "Sent" values. Placeholders come from `date_fields`.
GMAIL_ATTR: Final[dict[Locale, str]] = {
    "en-GB": "On {ds}, {d} {ms} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "en-IE": "On {ds}, {d} {ms} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "en-US": "On {ds}, {ms} {d}, {y} at {h12}:{mm} {ampm} {name} <{addr}> wrote:",
    "de": "Am {ds}, {d}. {ms} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {ds} {d} {ms} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {ds}, {d} {ms} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {ds} {d} {ms} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {ds} {d} {ms} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR: Final[dict[Locale, str]] = {
    "en-GB": "On {d} {ms} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "en-IE": "On {d} {ms} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "en-US": "On {ms} {d}, {y}, at {h12}:{mm} {ampm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {ms} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {ms} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {ms} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {ms} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR: Final[dict[Locale, str]] = {
    "en-GB": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "en-IE": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "en-US": "On {mo}/{dd}/{yy} {h12}:{mm} {ampm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_SENT: Final[dict[Locale, str]] = {
    "en-GB": "{dl}, {d} {ml} {y} {HH}:{mm}",
    "en-IE": "{dl} {d} {ml} {y} {HH}:{mm}",
    "en-US": "{dl}, {ml} {d}, {y} {h12}:{mm} {ampm}",
    "de": "{dl}, {d}. {ml} {y} {HH}:{mm}",
    "fr": "{dl} {d} {ml} {y} {HH}:{mm}",
    "es": "{dl}, {d} de {ml} de {y} {H}:{mm}",
    "nl": "{dl} {d} {ml} {y} {HH}:{mm}",
    "it": "{dl} {d} {ml} {y} {HH}:{mm}",
}
# Outlook's header block: separator line, From, Sent, To, Subject, label/value separator.
OUTLOOK_LABELS: Final[dict[Lang, tuple[str, str, str, str, str, str]]] = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
# Samsung Email: separator, From, Date, To, Subject.
SAMSUNG_LABELS: Final[dict[Lang, tuple[str, str, str, str, str]]] = {
    "en": ("-------- Original message --------", "From", "Date", "To", "Subject"),
    "de": ("-------- Ursprüngliche Nachricht --------", "Von", "Datum", "An", "Betreff"),
    "fr": ("-------- Message d'origine --------", "De", "Date", "À", "Objet"),
    "es": ("-------- Mensaje original --------", "De", "Fecha", "Para", "Asunto"),
    "nl": ("-------- Oorspronkelijk bericht --------", "Van", "Datum", "Aan", "Onderwerp"),
    "it": ("-------- Messaggio originale --------", "Da", "Data", "A", "Oggetto"),
}
OUTLOOK_RE: Final[dict[Lang, str]] = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
IPHONE_SIG: Final[dict[Lang, str]] = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
OUTLOOK_MOBILE_SIG: Final[dict[Lang, str]] = {
    "en": "Get Outlook for iOS",
    "de": "Outlook für iOS beziehen",
    "fr": "Télécharger Outlook pour iOS",
    "es": "Obtener Outlook para iOS",
    "nl": "Outlook voor iOS downloaden",
    "it": "Scarica Outlook per iOS",
}
SAMSUNG_SIG: Final[dict[Lang, str]] = {
    "en": "Sent from my Galaxy",
    "de": "Von meinem Galaxy gesendet",
    "fr": "Envoyé depuis mon Galaxy",
    "es": "Enviado desde mi Galaxy",
    "nl": "Verzonden vanaf mijn Galaxy",
    "it": "Inviato dal mio Galaxy",
}
CONTENT_LANGUAGE: Final[dict[Locale, str]] = {
    "en-GB": "en-GB",
    "en-IE": "en-IE",
    "en-US": "en-US",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}

# --------------------------------------------------------------------------------------------
# Copperleaf's reminder, as its billing system sends it in each language
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT: Final[dict[Lang, str]] = {
    "en": "Payment reminder: invoice {inv} is overdue",
    "de": "Zahlungserinnerung: Rechnung {inv} ist überfällig",
    "fr": "Rappel : facture {inv} échue",
    "es": "Aviso: factura {inv} pendiente de pago",
    "nl": "Betalingsherinnering: factuur {inv} is verlopen",
    "it": "Promemoria: fattura {inv} scaduta",
}
REMINDER_BODY: Final[dict[Lang, str]] = {
    "en": (
        "Hello,\n\n"
        "Our records show the following invoice as unpaid past its due date:\n\n"
        "    Invoice: {inv}\n    Date of issue: {issued}\n    Due date: {due}\n    Amount outstanding: {amount}\n\n"
        "If you’ve already sent payment, thank you – please reply with the payment date and reference so we can allocate it. If something on the invoice isn’t right, reply to this message and we’ll sort it out with you.\n\n"
        "Best regards,\n\nAccounts Receivable\nCopperleaf IT\nreceivables@copperleaf-it.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "bei der Durchsicht unserer offenen Posten ist uns aufgefallen, dass folgende Rechnung noch nicht ausgeglichen ist:\n\n"
        "    Rechnung: {inv}\n    Rechnungsdatum: {issued}\n    Fällig seit: {due}\n    Offener Betrag: {amount}\n\n"
        "Falls Sie bereits gezahlt haben, danken wir Ihnen und bitten um eine kurze Mitteilung von Zahlungsdatum und Verwendungszweck. Sollte mit der Rechnung etwas nicht stimmen, antworten Sie bitte einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\nDebitorenbuchhaltung\nCopperleaf IT"
    ),
    "fr": (
        "Bonjour,\n\n"
        "À notre connaissance, la facture suivante n’a pas encore été réglée :\n\n"
        "    Facture : {inv}\n    Date d’émission : {issued}\n    Date d’échéance : {due}\n    Montant restant dû : {amount}\n\n"
        "Si votre règlement est déjà parti, merci de nous communiquer sa date et sa référence afin que nous puissions le rapprocher. En cas de désaccord sur la facture, répondez simplement à ce message.\n\n"
        "Cordialement,\n\nService comptabilité clients\nCopperleaf IT"
    ),
    "es": (
        "Buenos días:\n\n"
        "Le escribimos porque la siguiente factura figura como pendiente de pago en nuestra contabilidad:\n\n"
        "    Factura: {inv}\n    Fecha de emisión: {issued}\n    Fecha de vencimiento: {due}\n    Importe pendiente: {amount}\n\n"
        "Si ya la ha abonado, le agradeceríamos que nos indicara la fecha y la referencia del pago para poder conciliarlo. Si hay algún error en la factura, basta con responder a este correo.\n\n"
        "Un saludo,\n\nCuentas a cobrar\nCopperleaf IT"
    ),
    "nl": (
        "Beste relatie,\n\n"
        "In onze administratie staat onderstaande factuur nog open, terwijl de betaaltermijn is verstreken:\n\n"
        "    Factuur: {inv}\n    Factuurdatum: {issued}\n    Vervaldatum: {due}\n    Openstaand bedrag: {amount}\n\n"
        "Heeft u de betaling al gedaan? Laat ons dan de datum en het betalingskenmerk weten, zodat wij de betaling kunnen koppelen. Klopt er iets niet aan de factuur, reageer dan op deze e-mail.\n\n"
        "Met vriendelijke groet,\n\nDebiteurenbeheer\nCopperleaf IT"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dalle nostre verifiche la fattura indicata di seguito risulta ancora da saldare:\n\n"
        "    Fattura: {inv}\n    Data emissione: {issued}\n    Data scadenza: {due}\n    Importo da pagare: {amount}\n\n"
        "Se il pagamento è già stato effettuato, vi chiediamo di comunicarci data e riferimento del bonifico, così da poterlo registrare. In caso di errori nella fattura, è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\nUfficio crediti\nCopperleaf IT"
    ),
}
# What a client limited to a legacy charset sends instead of characters it cannot encode.
FALLBACKS: Final = {"–": "-", "’": "'", "€": "EUR", "…": "...", "“": '"', "”": '"', "„": '"'}
SYMBOL: Final[dict[Currency, str]] = {"GBP": "£", "USD": "$", "EUR": "€"}
THOUSANDS: Final[dict[Lang, str]] = {
    "en": ",",
    "de": ".",
    "fr": " ",
    "es": ".",
    "nl": ".",
    "it": ".",
}


LANG_OF: Final[dict[Locale, Lang]] = {
    "en-GB": "en",
    "en-IE": "en",
    "en-US": "en",
    "de": "de",
    "fr": "fr",
    "es": "es",
    "nl": "nl",
    "it": "it",
}
DEFAULT_LOCALE: Final[dict[Lang, Locale]] = {
    "en": "en-GB",
    "de": "de",
    "fr": "fr",
    "es": "es",
    "nl": "nl",
    "it": "it",
}
DEFAULT_CURRENCY: Final[dict[Locale, Currency]] = {
    "en-GB": "GBP",
    "en-IE": "EUR",
    "en-US": "USD",
    "de": "EUR",
    "fr": "EUR",
    "es": "EUR",
    "nl": "EUR",
    "it": "EUR",
}
DAY_PATTERN: Final[dict[Locale, str]] = {
    "en-GB": "{d} {ms} {y}",
    "en-IE": "{d} {ms} {y}",
    "en-US": "{ms} {d}, {y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Attachment:
    """A file a person attached to the reply."""

    filename: str
    data: bytes


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One hand-written message sent to the receivables mailbox, with its labels.

    `inv` and `amount` describe the reminder being answered (what the quote shows). `rcpt` is
    the address the reminder went to when it is not the sender's own. `tricky` marks the hard
    cases counted in the README.
    """

    key: str
    intent: Intent
    lang: Lang
    name: str
    addr: str
    date: str
    client: Client
    body: str
    inv: str
    amount: str
    loc: Locale | None = None
    currency: Currency | None = None
    subject: str | None = None
    charset: str = "utf-8"
    cte: Cte = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    cc: tuple[str, str] | None = None
    rcpt: str | None = None
    rcpt_name: str | None = None
    threaded: bool = True
    attach: Attachment | None = None
    extract: Extract = field(default_factory=Extract)
    refs: tuple[str, ...] = ()
    note: str | None = None
    tricky: bool = False

    @property
    def locale(self) -> Locale:
        return self.loc or DEFAULT_LOCALE[self.lang]

    @property
    def money_code(self) -> Currency:
        return self.currency or DEFAULT_CURRENCY[self.locale]

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.date, "%Y-%m-%d %H:%M %z")


# --------------------------------------------------------------------------------------------
# Dates, money, ids and text helpers
# --------------------------------------------------------------------------------------------


def date_fields(loc: Locale, dt: datetime) -> dict[str, str]:
    lang = LANG_OF[loc]
    return {
        "ds": DAYS_SHORT[lang][dt.weekday()],
        "dl": DAYS_LONG[lang][dt.weekday()],
        "ms": MONTHS_SHORT[lang][dt.month - 1],
        "ml": MONTHS_LONG[lang][dt.month - 1],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "mm": f"{dt.minute:02d}",
        "h12": str((dt.hour - 1) % 12 + 1),
        "ampm": "AM" if dt.hour < 12 else "PM",
    }


def fmt(template: str, *, loc: Locale, dt: datetime, **extra: str) -> str:
    return template.format(**date_fields(loc, dt), **extra)


def money(*, amount: str, currency: Currency, loc: Locale) -> str:
    """The amount as Copperleaf's billing system prints it in the reminder's language."""
    units, cents = amount.split(".")
    lang = LANG_OF[loc]
    grouped = f"{int(units):,}".replace(",", THOUSANDS[lang])
    symbol = SYMBOL[currency]
    if lang == "en":
        return f"{symbol}{grouped}.{cents}"
    if lang in {"nl", "it"}:
        return f"{symbol} {grouped},{cents}"
    return f"{grouped},{cents} {symbol}"


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def working_days_before(day: datetime, count: int) -> datetime:
    while count:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def reminder_time(key: str, reply: datetime) -> datetime:
    """The reminder went out one to three working days before the reply, in the morning."""
    d = digest(key, "reminder-time")
    day = working_days_before(reply, 1 + d[0] % 3)
    return day.replace(hour=7 + d[1] % 3, minute=d[2] % 55 + 2, second=d[3] % 60)


def invoice_dates(key: str, sent: datetime) -> tuple[datetime, datetime]:
    """Issue and due dates printed in the reminder."""
    due = sent - timedelta(days=4 + digest(key, "due")[0] % 24)
    return due - timedelta(days=30), due


def reminder_msgid(key: str) -> str:
    return f"<rem.{b32(key, 'reminder', 18).lower()}@mail.{AR_DOMAIN}>"


def outlook_msgid(key: str, loc: Locale) -> str:
    region = "NAMPRD" if loc == "en-US" else "EURPRD"
    host = f"{b32(key, 'host', 4)}PR{digest(key, 'n')[0] % 9 + 1:02d}MB{digest(key, 'm')[0] * 37 % 9000 + 1000}"
    return f"<{host}{b32(key, 'ms', 22)}@{host}.{region}{digest(key, 'r')[0] % 9 + 1:02d}.PROD.OUTLOOK.COM>"


def apple_msgid(key: str, domain: str) -> str:
    h = digest(key, "apple").hex().upper()
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"


def reply_msgid(r: Reply) -> str:
    domain = r.addr.split("@")[1]
    if r.client in {"gmail", "gmail_plain"}:
        tail = base64.urlsafe_b64encode(digest(r.key, "gmail")).decode().rstrip("=")[:42]
        return f"<CA{tail}@mail.gmail.com>"
    if r.client in OUTLOOK_FAMILY:
        return outlook_msgid(r.key, r.locale)
    if r.client in {"apple", "iphone"}:
        return apple_msgid(r.key, domain)
    if r.client == "samsung":
        return f"<{digest(r.key, 'samsung').hex()[:12]}.{digest(r.key, 's2')[0] * 4}@email.android.com>"
    h = digest(r.key, "reply").hex()
    if r.client == "thunderbird":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{h[:24]}@{domain}>"


def fit(text: str, charset: str) -> str:
    """What a client limited to `charset` sends for text it cannot encode."""
    for char, fallback in FALLBACKS.items():
        try:
            char.encode(charset)
        except UnicodeEncodeError:
            text = text.replace(char, fallback)
    return text


def quote_lines(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def mso_paragraphs(text: str) -> str:
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------

# 0 is neither QP nor BASE64: the part is sent as 7bit or 8bit, whichever the text needs.
BODY_ENCODING: Final[dict[Cte, int]] = {
    "qp": email_charset.QP,
    "b64": email_charset.BASE64,
    "8bit": 0,
}


def text_part(*, text: str, subtype: str, charset: str, cte: Cte) -> Message:
    """A text part in `charset`; raises if the hand-written text does not fit the charset."""
    text.encode(charset)
    body_charset = email_charset.Charset(charset)
    body_charset.body_encoding = BODY_ENCODING[cte]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset)
    return part


def header_text(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as a client encodes it: RFC 2047 encoded words when it is not ASCII."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=name).encode()


def address(name: str, addr: str, charset: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_text(name, charset, 'From')} <{addr}>"


def plain_address(name: str, addr: str) -> str:
    """An address as a client prints it inside a quoted header block."""
    return f"{name} <{addr}>" if name else addr


def alternative(parts: Iterable[Message]) -> Message:
    outer = MIMEMultipart("alternative")
    for part in parts:
        outer.attach(part)
    return outer


def move_content_headers_last(msg: Message) -> None:
    """Clients write the MIME headers below the envelope headers."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value


def strip_part_versions(part: Message, *, root: bool = True) -> None:
    """Only a message's top level (or a returned message's) carries MIME-Version."""
    if not root:
        del part["MIME-Version"]
    if not part.is_multipart():
        return
    for sub in part.get_payload():
        if isinstance(sub, Message):
            strip_part_versions(sub, root=part.get_content_type() == "message/rfc822")


def fix_boundaries(msg: Message, *, key: str, prefix: str) -> None:
    """Deterministic boundaries shaped like the sending client's own."""
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        part.set_boundary(prefix + b32(key, f"boundary{n}", 26))


def finalize(msg: Message, *, key: str, prefix: str) -> Message:
    move_content_headers_last(msg)
    strip_part_versions(msg)
    fix_boundaries(msg, key=key, prefix=prefix)
    return msg


# --------------------------------------------------------------------------------------------
# The reminder being answered
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Reminder:
    """One reminder as Copperleaf sent it."""

    key: str
    loc: Locale
    inv: str
    amount: str
    currency: Currency
    to_name: str
    to_addr: str
    sent: datetime

    @property
    def lang(self) -> Lang:
        return LANG_OF[self.loc]

    def subject(self) -> str:
        return REMINDER_SUBJECT[self.lang].format(inv=self.inv)

    def text(self) -> str:
        issued, due = invoice_dates(self.key, self.sent)
        return REMINDER_BODY[self.lang].format(
            inv=self.inv,
            issued=fmt(DAY_PATTERN[self.loc], loc=self.loc, dt=issued),
            due=fmt(DAY_PATTERN[self.loc], loc=self.loc, dt=due),
            amount=money(amount=self.amount, currency=self.currency, loc=self.loc),
        )

    def message(self) -> Message:
        """The reminder as it left Copperleaf's server (returned inside bounces)."""
        msg = text_part(text=self.text(), subtype="plain", charset="utf-8", cte="qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = address(self.to_name, self.to_addr, "utf-8")
        msg["Subject"] = header_text(self.subject(), "utf-8")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = reminder_msgid(self.key)
        msg["Content-Language"] = CONTENT_LANGUAGE[self.loc]
        move_content_headers_last(msg)
        return msg


AUTOMATIC_CLIENTS: Final[frozenset[Client]] = frozenset({"notice", "notice_html"})


def reply_reminder(r: Reply) -> Reminder:
    """The reminder a reply answers; automatic notices answer it within a minute or two."""
    if r.client in AUTOMATIC_CLIENTS:
        sent = r.dt - timedelta(
            minutes=1 + digest(r.key, "auto")[0] % 2, seconds=digest(r.key, "s")[0] % 60
        )
    else:
        sent = reminder_time(r.key, r.dt)
    return Reminder(
        key=r.key,
        loc=r.locale,
        inv=r.inv,
        amount=r.amount,
        currency=r.money_code,
        to_name=r.rcpt_name if r.rcpt_name is not None else r.name,
        to_addr=r.rcpt or r.addr,
        sent=sent,
    )


@dataclass(frozen=True, kw_only=True)
class Quote:
    """The reminder as the replying client shows it, in the reply's charset."""

    text: str
    subject: str
    sent: datetime
    loc: Locale
    to: str

    @property
    def lang(self) -> Lang:
        return LANG_OF[self.loc]


def make_quote(r: Reply) -> Quote:
    rem = reply_reminder(r)
    return Quote(
        text=fit(rem.text(), r.charset),
        subject=fit(rem.subject(), r.charset),
        sent=rem.sent,
        loc=r.locale,
        to=plain_address(rem.to_name, rem.to_addr),
    )


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def outlook_rows(q: Quote) -> list[tuple[str, str]]:
    _, frm, sent, to, subject, _ = OUTLOOK_LABELS[q.lang]
    return [
        (frm, plain_address(AR_NAME, AR_ADDR)),
        (sent, fmt(OUTLOOK_SENT[q.loc], loc=q.loc, dt=q.sent)),
        (to, q.to),
        (subject, q.subject),
    ]


def outlook_block(q: Quote) -> str:
    sep = OUTLOOK_LABELS[q.lang][5]
    return "\n".join(f"{label}{sep}{value}" for label, value in outlook_rows(q))


def outlook_html_block(q: Quote) -> str:
    sep = OUTLOOK_LABELS[q.lang][5].rstrip()
    return "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep)}</b> {html.escape(value)}"
        for label, value in outlook_rows(q)
    )


def part(r: Reply, text: str, subtype: str = "plain") -> Message:
    return text_part(text=text, subtype=subtype, charset=r.charset, cte=r.cte)


def style_outlook(r: Reply, q: Quote) -> Message:
    head = OUTLOOK_LABELS[q.lang][0]
    return part(r, f"{r.body}\n\n{head}\n{outlook_block(q)}\n\n{q.text}\n")


def word_html(r: Reply, q: Quote) -> str:
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\nspan.EmailStyle19\n\t{mso-style-type:personal-reply;}\n--></style>\n'
        f'</head>\n<body lang="{CONTENT_LANGUAGE[r.locale]}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{outlook_html_block(q)}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook_html(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{outlook_block(q)}\n\n{q.text}\n"
    return alternative([part(r, text), part(r, word_html(r, q), "html")])


def style_outlook_html_only(r: Reply, q: Quote) -> Message:
    return part(r, word_html(r, q), "html")


def style_owa(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n"
    markup = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n'
        '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{outlook_html_block(q)}</font>\n<div>&nbsp;</div>\n</div>\n"
        f'<div class="BodyFragment"><font size="2"><span style="font-size:11pt;">\n{html_paragraphs(q.text)}\n</span></font></div>\n'
        "</body>\n</html>\n"
    )
    return alternative([part(r, text), part(r, markup, "html")])


def style_outlook_mobile(r: Reply, q: Quote) -> Message:
    sig = OUTLOOK_MOBILE_SIG[q.lang]
    text = f"{r.body}\n\n{sig}<https://aka.ms/o0ukef>\n{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(text=text, subtype="plain", charset=r.charset, cte="b64")


def gmail_attr(q: Quote) -> str:
    return fmt(GMAIL_ATTR[q.loc], loc=q.loc, dt=q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attr(q: Quote) -> str:
    return fmt(APPLE_ATTR[q.loc], loc=q.loc, dt=q.sent, name=AR_NAME, addr=AR_ADDR)


def style_gmail(r: Reply, q: Quote) -> Message:
    attr = gmail_attr(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative([part(r, text), part(r, markup, "html")])


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    return part(r, f"{r.body}\n\n{gmail_attr(q)}\n\n{quote_lines(q.text)}\n")


def style_apple(r: Reply, q: Quote) -> Message:
    attr = apple_attr(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset={r.charset}"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{html_lines(r.body)}<br><div><br><blockquote type="cite"><div>{html.escape(attr)}</div><br>'
        f"<div>{html_paragraphs(q.text)}</div></blockquote></div></body></html>\n"
    )
    return alternative([part(r, text), part(r, markup, "html")])


def style_iphone(r: Reply, q: Quote) -> Message:
    quoted = quote_lines(f"{apple_attr(q)}\n\n{q.text}")
    return part(r, f"{r.body}\n\n{IPHONE_SIG[q.lang]}\n\n{quoted}\n")


def style_thunderbird(r: Reply, q: Quote) -> Message:
    attr = fmt(THUNDERBIRD_ATTR[q.loc], loc=q.loc, dt=q.sent, name=AR_NAME)
    msg = part(r, f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n")
    msg.set_param("format", "flowed")
    return msg


def style_samsung(r: Reply, q: Quote) -> Message:
    head, frm, date, to, subject = SAMSUNG_LABELS[q.lang]
    offset = q.sent.strftime("%z")
    when = fmt("{dd}/{mo}/{y} {HH}:{mm}", loc=q.loc, dt=q.sent) + f" (GMT{offset[:3]}:{offset[3:]})"
    block = "\n".join(
        [
            head,
            f"{frm}: {plain_address(AR_NAME, AR_ADDR)} ",
            f"{date}: {when} ",
            f"{to}: {q.to} ",
            f"{subject}: {q.subject} ",
        ]
    )
    text = f"{r.body}\n\n\n\n{SAMSUNG_SIG[q.lang]}\n\n\n{block}\n\n{q.text}\n"
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head><body>'
        f'<div dir="auto">{html_lines(r.body)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">{SAMSUNG_SIG[q.lang]}</div></div>'
        f'<div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>{html.escape(head)}</div>'
        f"<div>{html_lines(block.split(chr(10), 1)[1])}</div></div><br>{html_paragraphs(q.text)}</body></html>\n"
    )
    samsung = [
        text_part(text=text, subtype="plain", charset=r.charset, cte="b64"),
        text_part(text=markup, subtype="html", charset=r.charset, cte="b64"),
    ]
    return alternative(samsung)


def style_notice(r: Reply, q: Quote) -> Message:
    del q  # automatic notices quote nothing
    return part(r, r.body + "\n")


def style_notice_html(r: Reply, q: Quote) -> Message:
    del q
    markup = (
        f'<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>\n'
        '<body style="margin:0;padding:0;background:#f4f5f7"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#222222"><tr><td>\n'
        f"{html_paragraphs(r.body)}\n</td></tr></table>\n</td></tr></table></body></html>\n"
    )
    return alternative([part(r, r.body + "\n"), part(r, markup, "html")])


STYLES: Final[dict[Client, Callable[[Reply, Quote], Message]]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "outlook_html_only": style_outlook_html_only,
    "owa": style_owa,
    "outlook_mobile": style_outlook_mobile,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "samsung": style_samsung,
    "notice": style_notice,
    "notice_html": style_notice_html,
}
OUTLOOK_FAMILY: Final[frozenset[Client]] = frozenset(
    {"outlook", "outlook_html", "outlook_html_only", "owa", "outlook_mobile"}
)
CLIENT_HEADERS: Final[dict[Client, tuple[tuple[str, str], ...]]] = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2",
        ),
    ),
}
BOUNDARY_PREFIX: Final[dict[Client, str]] = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "samsung": "--_com.samsung.android.email_",
}


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject is not None:
        return r.subject.format(orig=q.subject)
    prefix = OUTLOOK_RE[q.lang] if r.client in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
    return [
        ("Thread-Topic", header_text(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Content-Language", CONTENT_LANGUAGE[r.locale]),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    if r.attach is None:
        return body
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(r.attach.data, "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename=r.attach.filename)
    outer.attach(pdf)
    return outer


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    msg = with_attachment(r, STYLES[r.client](r, q))
    msg["From"] = address(r.name, r.addr, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc is not None:
        msg["Cc"] = address(*r.cc, r.charset)
    msg["Subject"] = header_text(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.client in OUTLOOK_FAMILY else []
    for name, value in [*extra, *CLIENT_HEADERS.get(r.client, ()), *r.headers]:
        msg[name] = value
    default_prefix = "_000_" if r.client in OUTLOOK_FAMILY else "----=_Part_"
    return finalize(msg, key=r.key, prefix=BOUNDARY_PREFIX.get(r.client, default_prefix))


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED: Final = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED: Final = ("Auto-Submitted", "auto-generated")
SUPPRESS: Final = ("X-Auto-Response-Suppress", "All")
FAKE_PDF: Final = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

PAYMENT_SENT: Final[tuple[Reply, ...]] = (
    Reply(
        key="ps-en-quickbooks",
        intent="payment_sent",
        lang="en",
        loc="en-US",
        name="Cedar Hollow Dental Group via QuickBooks",
        addr="quickbooks@notification.intuit.example",
        rcpt="billing@cedarhollowdental.example",
        rcpt_name="Cedar Hollow Dental Group",
        date="2026-12-02 06:14 -0500",
        client="notice_html",
        threaded=False,
        subject="Payment sent: Cedar Hollow Dental Group paid invoice CL/204511",
        headers=(AUTO_GENERATED, ("X-Intuit-Notification", "billpay.payment.sent")),
        inv="CL/204511",
        amount="2418.00",
        body="Cedar Hollow Dental Group has sent you a payment.\n\nPayment amount: $2,418.00\nPayment date: December 2, 2026\nPayment method: ACH bank transfer\nConfirmation number: QB-ACH-7730419\nPaid to: Copperleaf IT\n\nBills paid\nCL/204511 – $2,418.00\n\nMemo from Cedar Hollow Dental Group: Managed IT support Oct + 2 onsite visits\n\nACH payments usually take 2 to 4 business days to reach your bank account. You don’t need to do anything.\n\nQuestions about this payment? Contact Cedar Hollow Dental Group directly at billing@cedarhollowdental.example or (614) 555-0147.\n\nThis email was sent by QuickBooks Bill Pay on behalf of Cedar Hollow Dental Group. Replies to this address are not monitored.",
        extract=Extract(
            paid_date="2026-12-02",
            payment_reference="QB-ACH-7730419",
            amount="2418.00",
            currency="USD",
        ),
        refs=("CL/204511",),
        note="AP-system payment advice carrying Auto-Submitted: auto-generated; it reports a payment, so payment_sent, not auto_reply",
        tricky=True,
    ),
    Reply(
        key="ps-en-check-mailed",
        intent="payment_sent",
        lang="en",
        loc="en-US",
        name="Dana Whitcomb",
        addr="dwhitcomb@brackenstowe.example",
        date="2026-12-03 08:12 -0500",
        client="outlook",
        charset="windows-1252",
        inv="CL/204209",
        amount="1150.00",
        body="Good morning,\n\nCheck #10482 for $1,150.00 went out in yesterday afternoon’s mail to the PO box printed on your invoice (CL/204209). If it hasn’t reached you by the 10th, let me know and I’ll stop it and cut a new one.\n\nDana Whitcomb\nOffice Manager\nBracken & Stowe LLP\n1220 Euclid Avenue, Suite 400, Cleveland, OH 44115\n(216) 555-0183\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the addressee and may contain privileged or confidential information. If you received it in error, please notify the sender and delete it.",
        extract=Extract(
            paid_date="2026-12-02",
            payment_reference="10482",
            amount="1150.00",
            currency="USD",
        ),
        refs=("CL/204209",),
        note="check mailed 'yesterday' (Wed 2 Dec); 'by the 10th' is a follow-up deadline, not a payment date",
        tricky=True,
    ),
    Reply(
        key="ps-en-one-word",
        intent="payment_sent",
        lang="en",
        name="Gareth Pryce",
        addr="gareth@oakfieldestates.example",
        date="2026-11-26 17:48 +0000",
        client="iphone",
        inv="CL/203947",
        amount="780.00",
        body="Paid.",
        note="one word from the director's phone; no date",
        tricky=True,
    ),
    Reply(
        key="ps-de-zahllauf-freitag",
        intent="payment_sent",
        lang="de",
        name="Sabine Krüger",
        addr="s.krueger@stb-hofmann.example",
        date="2026-11-30 09:12 +0100",
        client="outlook",
        charset="iso-8859-1",
        inv="CL/203977",
        amount="1142.40",
        body="Guten Morgen,\n\ndie Rechnung CL/203977 über 1.142,40 EUR ist mit unserem Zahllauf am Freitag rausgegangen. Der Betrag müsste also heute, spätestens morgen bei Ihnen gutgeschrieben sein. Als Verwendungszweck haben wir die Rechnungsnummer angegeben.\n\nMit freundlichen Grüßen\n\nSabine Krüger\nBuchhaltung\n\nSteuerberatungsgesellschaft Hofmann & Kollegen mbH\nLindenstraße 14 · 30159 Hannover\nTel. 0511 8876-23\nGeschäftsführer: Dipl.-Kfm. Jörg Hofmann · Amtsgericht Hannover HRB 58213",
        extract=Extract(paid_date="2026-11-27", amount="1142.40", currency="EUR"),
        refs=("CL/203977",),
        note="'Zahllauf am Freitag' is past here: the Friday before Mon 30 Nov",
        tricky=True,
    ),
    Reply(
        key="ps-de-zahlungsavis",
        intent="payment_sent",
        lang="de",
        name="Stiftung Lichtblick – Finanzbuchhaltung",
        addr="zahlungsavis@stiftung-lichtblick.example",
        rcpt="buchhaltung@stiftung-lichtblick.example",
        rcpt_name="Stiftung Lichtblick",
        date="2026-12-08 05:31 +0100",
        client="notice_html",
        threaded=False,
        subject="Zahlungsavis ZA-2026-11873 – Stiftung Lichtblick",
        headers=(AUTO_GENERATED,),
        inv="CL/204102",
        amount="780.00",
        body="Zahlungsavis\n\nSehr geehrte Damen und Herren,\n\nwir haben heute folgende Zahlung an Sie veranlasst:\n\nAvis-Nr.: ZA-2026-11873\nAusführungsdatum: 08.12.2026\nEmpfänger: Copperleaf IT\nIBAN: DE•• •••• •••• •••• 4471\n\nRechnung CL/204102: 780,00 €\nRechnung CL/204388: 390,00 €\nZahlbetrag gesamt: 1.170,00 €\n\nDiese Nachricht wurde automatisch erstellt. Bei Rückfragen wenden Sie sich bitte an buchhaltung@stiftung-lichtblick.example.",
        extract=Extract(
            paid_date="2026-12-08",
            payment_reference="ZA-2026-11873",
            amount="1170.00",
            currency="EUR",
        ),
        refs=("CL/204102", "CL/204388"),
        note="automatic payment advice (Auto-Submitted: auto-generated) covering two invoices; the amount is the total paid",
        tricky=True,
    ),
    Reply(
        key="ps-fr-virement-ce-matin",
        intent="payment_sent",
        lang="fr",
        name="Camille Da Silva",
        addr="c.dasilva@morel-avocats.example",
        date="2026-11-25 11:20 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="CL/203812",
        amount="1236.00",
        body="Bonjour,\n\nLe virement de 1 236,00 € a été émis ce matin depuis notre compte professionnel, avec le libellé « CL203812 MOREL ». Il devrait apparaître sur votre compte d’ici 48 heures.\n\nNous vous prions de nous excuser pour ce retard : la facture était restée dans le parapheur de Maître Morel.\n\nBien cordialement,\n\nCamille Da Silva\nAssistante de direction\nCabinet Morel Avocats\n12, cours Pierre-Puget – 13006 Marseille\nTél. : 04 91 55 02 18\n\nCe message et ses pièces jointes sont confidentiels et couverts par le secret professionnel. S’il ne vous est pas destiné, merci de le détruire et d’en avertir l’expéditeur.",
        extract=Extract(
            paid_date="2026-11-25",
            payment_reference="CL203812 MOREL",
            amount="1236.00",
            currency="EUR",
        ),
        refs=("CL/203812",),
        note="the transfer label is the payment reference; 'CL203812' is a short form of CL/203812",
    ),
    Reply(
        key="ps-fr-cheque-sans-accents",
        intent="payment_sent",
        lang="fr",
        name="Martine Leclerc",
        addr="martine.leclerc.asso@gmail.com",
        rcpt="tresorerie@lespetitspas.example",
        rcpt_name="Association Les Petits Pas",
        date="2026-12-01 21:03 +0100",
        client="samsung",
        inv="CL/203704",
        amount="348.00",
        body="Bonjour\n\nc est regle depuis le 20 novembre, cheque 0004512 envoye a votre adresse de Lyon. il a peut etre ete encaisse sans que vous fassiez le lien, merci de verifier avant de relancer\n\nMartine Leclerc\ntresoriere Association Les Petits Pas",
        extract=Extract(paid_date="2026-11-20", payment_reference="0004512"),
        note="typed on a phone without accents; the treasurer answers from her own free-mail address",
        tricky=True,
    ),
    Reply(
        key="ps-es-justificante",
        intent="payment_sent",
        lang="es",
        name="Nuria Beltrán Casals",
        addr="nuria@asesoriabeltran.example",
        date="2026-12-04 10:02 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="CL/204150",
        amount="612.50",
        attach=Attachment(filename="justificante_transferencia_CL204150.pdf", data=FAKE_PDF),
        body="Buenos días:\n\nOs adjunto el justificante de la transferencia que hicimos ayer por 612,50 €, con referencia 2026120300184. Debería llegaros hoy o, como muy tarde, el lunes.\n\nUn saludo,\n\nNuria Beltrán Casals\nAsesoría Fiscal Beltrán\nC/ Colón, 27, 3.º – 46004 Valencia\nTel. 963 51 20 77\n\nAVISO LEGAL: Este mensaje y sus anexos son confidenciales y van dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que nos lo comunique y proceda a su eliminación. Sus datos se tratan con la finalidad de gestionar la relación profesional, conforme al RGPD.",
        extract=Extract(
            paid_date="2026-12-03",
            payment_reference="2026120300184",
            amount="612.50",
            currency="EUR",
        ),
        note="proof of transfer attached; the invoice number in the file name is not in the new text, so not in invoice_refs",
    ),
    Reply(
        key="ps-es-pregunta-pagado",
        intent="payment_sent",
        lang="es",
        name="Rosa Quintana",
        addr="administracion@fundacionmanosabiertas.example",
        date="2026-12-09 13:40 +0100",
        client="gmail",
        inv="CL/203655",
        amount="395.00",
        body="Hola:\n\n¿Esto no os lo pagamos ya? En el extracto del banco me aparece una transferencia a Copperleaf del 13 de noviembre por 395,00 €, con el concepto CL-203655. Mirad a ver si la tenéis sin asignar, porque por nuestra parte está pagada.\n\nGracias,\nRosa Quintana\nAdministración – Fundación Manos Abiertas",
        extract=Extract(paid_date="2026-11-13", amount="395.00", currency="EUR"),
        refs=("CL/203655",),
        note="opens with a question but states a dated transfer: payment_sent; 'CL-203655' normalised",
        tricky=True,
    ),
    Reply(
        key="ps-nl-gisteren",
        intent="payment_sent",
        lang="nl",
        name="Ruud Zonneveld",
        addr="ruud@makelaardijzonneveld.example",
        date="2026-12-01 08:05 +0100",
        client="iphone",
        inv="CL/204066",
        amount="540.00",
        body="Is gisteren overgemaakt.\n\nGr Ruud",
        extract=Extract(paid_date="2026-11-30"),
        note="one line; 'gisteren' from Tue 1 Dec",
        tricky=True,
    ),
    Reply(
        key="ps-nl-xero-advies",
        intent="payment_sent",
        lang="nl",
        name="Stichting De Vlinderhof",
        addr="messaging-service@post.xero.example",
        rcpt="financien@devlinderhof.example",
        rcpt_name="Stichting De Vlinderhof",
        date="2026-12-14 15:22 +0100",
        client="notice_html",
        threaded=False,
        subject="Betalingsadvies van Stichting De Vlinderhof",
        headers=(AUTO_GENERATED,),
        inv="CL/204260",
        amount="1489.20",
        body="Beste Copperleaf IT,\n\nHierbij het betalingsadvies voor de betaling die wij vandaag naar u hebben verstuurd.\n\nBetaaldatum: 14 december 2026\nBedrag: € 1.489,20\nKenmerk: VLH-BET-0412\n\nFactuur CL/204260 – betaald € 1.489,20\n\nMet vriendelijke groet,\nStichting De Vlinderhof\nfinancien@devlinderhof.example\n\nVerstuurd met Xero",
        extract=Extract(
            paid_date="2026-12-14",
            payment_reference="VLH-BET-0412",
            amount="1489.20",
            currency="EUR",
        ),
        refs=("CL/204260",),
        note="Xero remittance advice with Auto-Submitted: auto-generated",
        tricky=True,
    ),
    Reply(
        key="ps-it-bonifico-disposto",
        intent="payment_sent",
        lang="it",
        name="Elena Bellandi",
        addr="e.bellandi@studiobellandi.example",
        date="2026-12-10 12:34 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        inv="CL/204033",
        amount="732.00",
        body="Buongiorno,\n\nvi informiamo che in data odierna abbiamo disposto il bonifico di EUR 732,00 a saldo della fattura CL/204033.\nCRO/TRN: 1101263440128811\n\nRestiamo a disposizione per qualsiasi chiarimento.\n\nCordiali saluti\n\nDott.ssa Elena Bellandi\nStudio Commercialista Bellandi\nVia dei Mille 8 - 40121 Bologna\nP.IVA 02871450377",
        extract=Extract(
            paid_date="2026-12-10",
            payment_reference="1101263440128811",
            amount="732.00",
            currency="EUR",
        ),
        refs=("CL/204033",),
    ),
)

PROMISE_TO_PAY: Final[tuple[Reply, ...]] = (
    Reply(
        key="pp-en-out-of-office-subject",
        intent="promise_to_pay",
        lang="en",
        loc="en-IE",
        name="Lorraine Kiely",
        addr="lorraine@quaysidedental.example",
        date="2026-12-03 19:22 +0000",
        client="iphone",
        subject="Out of office till Monday – re your reminder",
        inv="CL/204318",
        amount="690.00",
        body="Hi there,\n\nI’m out of the office until Monday but saw this come through on my phone. Dr Nolan has to sign off anything over €500 and he’s back Monday as well, so I’ll have it paid that morning, the 7th.\n\nApologies for the delay,\nLorraine\n\nLorraine Kiely | Practice Manager\nQuayside Dental, Cork",
        extract=Extract(promised_date="2026-12-07"),
        note="written by a person with 'out of office' in the subject and no Auto-Submitted: not an auto-reply",
        tricky=True,
    ),
    Reply(
        key="pp-en-tomorrow-pacific",
        intent="promise_to_pay",
        lang="en",
        loc="en-US",
        name="Kim Nakamura",
        addr="kim@harborpointrealty.example",
        date="2026-12-10 21:40 -0800",
        client="gmail",
        inv="CL/204455",
        amount="845.00",
        body="Hi,\n\nSorry, I’ve been out all week with showings. I’ll log into the portal and pay this by card first thing tomorrow morning.\n\nKim Nakamura\nBroker/Owner, Harbor Point Realty\n(503) 555-0122",
        extract=Extract(promised_date="2026-12-11"),
        note="'tomorrow' from Thu 10 Dec 21:40 Pacific time (already 11 Dec in UTC): Fri 11 Dec",
        tricky=True,
    ),
    Reply(
        key="pp-en-check-run",
        intent="promise_to_pay",
        lang="en",
        loc="en-US",
        name="Theresa Vogt",
        addr="ap@fallonkerr.example",
        date="2026-12-15 10:05 -0600",
        client="outlook_html",
        charset="windows-1252",
        inv="CL/204590",
        amount="3275.00",
        body="Hello,\n\nGood news – invoice CL/204590 was approved by our principal yesterday and has been queued for Friday’s check run. The check for $3,275.00 will be mailed the same day.\n\nThanks for your patience,\n\nTheresa Vogt\nAccounts Payable\nFallon Kerr Architects, Inc.\n318 W. Adams St., Chicago, IL 60606",
        extract=Extract(promised_date="2026-12-18", amount="3275.00", currency="USD"),
        refs=("CL/204590",),
        note="past-tense 'approved … queued' announces a future payment: Friday's check run is Fri 18 Dec",
        tricky=True,
    ),
    Reply(
        key="pp-de-kw50",
        intent="promise_to_pay",
        lang="de",
        name="Petra Oeser",
        addr="p.oeser@brandt-oeser.example",
        date="2026-12-03 14:50 +0100",
        client="outlook_html",
        inv="CL/204190",
        amount="1520.00",
        body="Sehr geehrte Damen und Herren,\n\nvielen Dank für die Erinnerung. Die Rechnung CL/204190 wurde inzwischen von Herrn RA Brandt freigegeben und wird in der KW 50 zur Zahlung angewiesen.\n\nMit freundlichen Grüßen\n\nPetra Oeser\nBüroleitung\n\nBrandt & Oeser Rechtsanwälte PartG mbB\nKönigsallee 61 · 40215 Düsseldorf\nTelefon +49 211 5566 340\n\nDiese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.",
        extract=Extract(promised_date="2026-12-07"),
        refs=("CL/204190",),
        note="'KW 50' is ISO week 50 (Mon 7 – Sun 13 Dec 2026), pinned to its Monday as 'next week' is; 'freigegeben' is past but the payment is future",
        tricky=True,
    ),
    Reply(
        key="pp-fr-fin-de-mois",
        intent="promise_to_pay",
        lang="fr",
        name="Hélène Garnier",
        addr="h.garnier@fiduciaire-garnier.example",
        date="2026-12-02 16:17 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        inv="CL/204011",
        amount="420.00",
        body="Bonjour,\n\nNous réglerons cette facture en fin de mois, avec l'ensemble de nos fournisseurs.\n\nCordialement,\n\nHélène Garnier\nExpert-comptable associée\nFiduciaire Garnier - Nantes",
        extract=Extract(promised_date="2026-12-31"),
        note="'en fin de mois' → last day of the message's month",
    ),
    Reply(
        key="pp-fr-lundi-prochain-condition",
        intent="promise_to_pay",
        lang="fr",
        name="Sophie Marchand",
        addr="compta@atelier-lenoir.example",
        date="2026-12-09 10:41 +0100",
        client="gmail",
        inv="CL/204277",
        amount="2160.00",
        body="Bonjour,\n\nSous réserve de la signature de M. Lenoir, qui rentre de chantier ce week-end, le virement partira lundi prochain.\n\nBonne journée,\nSophie Marchand\nAtelier d’architecture Lenoir",
        extract=Extract(promised_date="2026-12-14"),
        note="conditional promise; 'lundi prochain' from Wed 9 Dec → Mon 14 Dec",
        tricky=True,
    ),
    Reply(
        key="pp-es-dia-15",
        intent="promise_to_pay",
        lang="es",
        name="Vicente Soler",
        addr="gerencia@sonrisasdelturia.example",
        date="2026-12-04 13:15 +0100",
        client="outlook_mobile",
        inv="CL/204299",
        amount="980.00",
        body="Buenas,\n\nOs lo pagamos el día 15 sin falta, que es cuando nos ingresan las aseguradoras. Disculpad el retraso.\n\nVicente Soler\nClínica Dental Sonrisas del Turia",
        extract=Extract(promised_date="2026-12-15"),
        note="'el día 15' after Fri 4 Dec → 15 Dec",
    ),
    Reply(
        key="pp-es-programada-lunes",
        intent="promise_to_pay",
        lang="es",
        name="Marta Ribera",
        addr="marta@estudioribera.example",
        date="2026-11-26 18:02 +0100",
        client="apple",
        inv="CL/203901",
        amount="1950.00",
        body="Hola,\n\nYa he dejado programada la transferencia de 1.950,00 € para el lunes, así que a principios de semana la tendréis.\n\nUn abrazo,\nMarta\n\n--\nMarta Ribera\nEstudio de Arquitectura Ribera\nCalle del Pez 14, 28004 Madrid",
        extract=Extract(promised_date="2026-11-30", amount="1950.00", currency="EUR"),
        note="'ya he dejado programada' is past tense for a future transfer on Monday 30 Nov",
        tricky=True,
    ),
    Reply(
        key="pp-nl-volgende-week",
        intent="promise_to_pay",
        lang="nl",
        name="Erik de Graaf",
        addr="e.degraaf@vanrijndegraaf.example",
        date="2026-12-11 16:55 +0100",
        client="iphone",
        inv="CL/204366",
        amount="1120.00",
        body="Wordt volgende week betaald.\n\nErik",
        extract=Extract(promised_date="2026-12-14"),
        note="one line; 'volgende week' → Monday of next week",
        tricky=True,
    ),
    Reply(
        key="pp-nl-na-de-feestdagen",
        intent="promise_to_pay",
        lang="nl",
        name="Ingrid Visser",
        addr="praktijkmanager@demolenwiek.example",
        date="2026-12-16 09:30 +0100",
        client="outlook",
        charset="windows-1252",
        inv="CL/204436",
        amount="765.00",
        body="Goedemorgen,\n\nExcuses, deze is blijven liggen. Onze tandarts-eigenaar moet alle betalingen goedkeuren en hij is tot na de feestdagen met vakantie. Direct na zijn terugkomst zorg ik ervoor dat deze factuur als eerste wordt voldaan.\n\nMet vriendelijke groet,\n\nIngrid Visser\nPraktijkmanager\nTandartspraktijk De Molenwiek\nMolenstraat 3, 3811 HB Amersfoort",
        note="promise without a pinnable date: 'na de feestdagen' leaves the date null",
        tricky=True,
    ),
    Reply(
        key="pp-it-entro-venerdi",
        intent="promise_to_pay",
        lang="it",
        name="Segreteria Studio Legale Cattaneo Rinaldi",
        addr="segreteria@studiolegalecattaneo.example",
        date="2026-12-07 09:48 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="CL/204342",
        amount="1304.00",
        body="Buongiorno,\n\nci scusiamo per il ritardo. Provvederemo al pagamento tramite bonifico entro venerdì 11.\n\nCordiali saluti\n\nSegreteria\nStudio Legale Cattaneo Rinaldi\nCorso Venezia 22 – 20121 Milano\n\nLe informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Se avete ricevuto questa e-mail per errore, vi preghiamo di informarci e di cancellarla.",
        extract=Extract(promised_date="2026-12-11"),
    ),
    Reply(
        key="pp-it-fine-mese-novembre",
        intent="promise_to_pay",
        lang="it",
        name="Paolo Morandi",
        addr="amministrazione@studiomorandi.example",
        date="2026-11-24 11:05 +0100",
        client="thunderbird",
        inv="CL/203876",
        amount="610.00",
        body="Buongiorno,\n\ncome da nostra prassi paghiamo i fornitori a fine mese: il bonifico partirà quindi insieme agli altri alla fine di questo mese.\n\nSaluti,\nPaolo Morandi\nStudio di Architettura Morandi",
        extract=Extract(promised_date="2026-11-30"),
        note="'fine mese' resolved against Tue 24 Nov → 30 Nov",
        tricky=True,
    ),
)

DISPUTE: Final[tuple[Reply, ...]] = (
    Reply(
        key="di-en-rambling-licences",
        intent="dispute",
        lang="en",
        name="Sharon Pike",
        addr="practicemanager@harrowgatedental.example",
        date="2026-11-27 15:33 +0000",
        client="outlook_html",
        charset="windows-1252",
        inv="CL/203955",
        amount="1386.00",
        body="Hi,\n\nSorry it’s taken me a while to get back to you, it’s been one of those weeks. We had the CQC inspection on Tuesday (went fine, thank goodness) and then the phones went down on Wednesday morning, which I know isn’t you, that’s the phone company, but it meant the front desk was chaos and I’ve only just got round to the post and my emails.\n\nOn the invoice – I went through it line by line with our lead dentist this morning because the total looked high. You’ve charged us for 14 Microsoft 365 licences again. We’ve only had 11 since September, when two of the hygienists left and Dr Okafor retired, and I did ring your helpdesk at the time to have them taken off (I think I spoke to Liam). So three of those licences shouldn’t be on there, and I have a feeling the same happened on October’s invoice but I’d need to check.\n\nAlso, and this is just a small thing, the new receptionist still can’t log into the booking system from the second PC – could someone look at that when they’re next in?\n\nAnyway, if you can send me a corrected invoice for 11 licences I’ll get it paid straight away.\n\nMany thanks,\n\nSharon Pike\nPractice Manager\nHarrowgate Dental Practice\n14 Station Parade, Harrogate HG1 5AB",
        note="long rambling reply; the licence count (14 billed, 11 used) drives the action; payment is conditional on a corrected invoice",
        tricky=True,
    ),
    Reply(
        key="di-en-not-paid-never-arrived",
        intent="dispute",
        lang="en",
        loc="en-US",
        name="Marcus Webb",
        addr="mwebb@ridgewaycpa.example",
        date="2026-12-07 11:20 -0500",
        client="gmail",
        inv="CL/204377",
        amount="4190.00",
        body="Hi,\n\nWe have NOT paid this because the two laptops on it never arrived. Your carrier’s tracking says “delivered, front desk” on 11/18, but we don’t have a front desk – we’re a four-person office on the third floor and nobody signed for anything.\n\nPlease take it up with the shipper. We’ll pay once the machines are actually here.\n\nMarcus Webb, CPA\nRidgeway CPA Group",
        note="negated payment; goods never received",
        tricky=True,
    ),
    Reply(
        key="di-en-already-credited",
        intent="dispute",
        lang="en",
        name="Imogen Vance",
        addr="imogen@marlowvance.example",
        date="2026-12-14 10:10 +0000",
        client="owa",
        inv="CL/204401",
        amount="560.00",
        body="Hello,\n\nThis one should be at zero. After the email outage in October your account manager agreed to credit us the November support fee, and we received credit note CN-00871 for £560.00 on 4 November. It looks like the invoice went out anyway.\n\nCould you check and confirm it’s been cancelled?\n\nThanks,\nImogen Vance\nOffice Manager | Marlow Vance Architects",
        note="already credited",
    ),
    Reply(
        key="di-de-vor-ort-einsatz",
        intent="dispute",
        lang="de",
        name="Thomas Wenzel",
        addr="t.wenzel@wenzel-partner.example",
        date="2026-12-01 08:37 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="CL/204055",
        amount="877.50",
        body="Guten Morgen,\n\ndie Rechnung können wir so nicht begleichen. Position 3 („Vor-Ort-Einsatz 12.11.2026, 2,5 Std.“) hat nicht stattgefunden – Ihr Techniker hat am Vorabend abgesagt, und einen Ersatztermin gab es bis heute nicht.\n\nBitte schicken Sie uns eine korrigierte Rechnung ohne diese Position, dann überweisen wir den Rest umgehend.\n\nMit freundlichen Grüßen\nThomas Wenzel\n\nArchitekturbüro Wenzel + Partner\nSchillerstraße 9 · 70173 Stuttgart",
        note="billed on-site visit never happened; payment of the rest conditional on a corrected invoice",
    ),
    Reply(
        key="di-de-bezahlt-und-doppelt",
        intent="dispute",
        lang="de",
        name="Jana Kessler",
        addr="j.kessler@immobilien-kessler.example",
        date="2026-12-10 11:48 +0100",
        client="gmail",
        inv="CL/204118",
        amount="499.00",
        body="Hallo,\n\nCL/203940 haben wir am 20.11. bezahlt, das sollte bei Ihnen längst verbucht sein. CL/204118 ist allerdings doppelt: Das ist noch einmal die Wartungspauschale Oktober, und die war schon mit CL/203940 abgerechnet. Bitte stornieren.\n\nGruß\nJana Kessler\nImmobilien Kessler GmbH",
        refs=("CL/203940", "CL/204118"),
        note="one invoice said to be paid, the reminded one disputed as a duplicate: the dispute wins",
        tricky=True,
    ),
    Reply(
        key="di-fr-imprimante-cassee",
        intent="dispute",
        lang="fr",
        name="Nadia Benali",
        addr="agence@immo-vieuxport.example",
        date="2026-11-30 14:26 +0100",
        client="outlook_html",
        inv="CL/203988",
        amount="689.00",
        body="Bonjour,\n\nL’imprimante multifonction livrée le 10 novembre est arrivée avec le bac papier fendu, et elle affiche une erreur de fixation depuis le premier jour. J’ai ouvert un ticket le 12 (n° 55821), resté sans réponse.\n\nNous ne réglerons pas cette facture tant que l’appareil n’aura pas été remplacé ou réparé.\n\nCordialement,\n\nNadia Benali\nResponsable d’agence\nAgence immobilière du Vieux-Port",
        note="damaged goods; payment withheld until fixed",
    ),
    Reply(
        key="di-es-pedido-ajeno",
        intent="dispute",
        lang="es",
        name="Álvaro Ortega",
        addr="aortega@ortegasalinas.example",
        date="2026-12-02 12:12 +0100",
        client="outlook",
        charset="iso-8859-1",
        inv="CL/204077",
        amount="1460.00",
        body="Buenos días:\n\nEsta factura hace referencia al pedido PO-7781, que no es nuestro. Nuestros pedidos de compra llevan siempre el prefijo OS- y no tenemos ninguno abierto con ustedes desde el verano. Creo que se la han asignado a otro cliente por error.\n\nLes ruego que la anulen.\n\nAtentamente,\n\nÁlvaro Ortega\nSocio - Ortega & Salinas Abogados",
        note="not our purchase order",
    ),
    Reply(
        key="di-es-precio-contrato",
        intent="dispute",
        lang="es",
        name="Carmen Ibáñez",
        addr="carmen@inmoalameda.example",
        date="2026-12-15 17:40 +0100",
        client="iphone",
        inv="CL/204433",
        amount="708.00",
        body="Otra vez lo mismo. En el contrato pone 49 € por puesto y mes, no 59 €. Ya os lo dije en octubre y me contestasteis que estaba corregido. Son 12 puestos, así que nos estáis cobrando 120 € de más cada mes.\n\nNo pienso pagar esta factura hasta que me mandéis una con el precio bueno.\n\nCarmen Ibáñez\nInmobiliaria Alameda",
        note="wrong price against the contract; irritated; no payment until corrected",
        tricky=True,
    ),
    Reply(
        key="di-nl-backup-werkt-niet",
        intent="dispute",
        lang="nl",
        name="Mark Jansen",
        addr="m.jansen@smitkuipers.example",
        date="2026-11-23 15:05 +0100",
        client="owa",
        inv="CL/203860",
        amount="375.00",
        body="Hallo,\n\nOp deze factuur staat ‘Online back-up 500 GB – november’. Die back-up draait al sinds half oktober niet meer: we krijgen elke nacht een foutmelding en jullie helpdesk heeft het ticket nog steeds niet opgelost. Ik ga niet betalen voor een dienst die we niet krijgen.\n\nGraag een creditnota voor deze maand.\n\nMet vriendelijke groet,\nMark Jansen\nArchitectenbureau Smit Kuipers",
        note="billed service not delivered",
    ),
    Reply(
        key="di-nl-contract-opgezegd",
        intent="dispute",
        lang="nl",
        name="Femke Brouwer",
        addr="info@administratiekantoorbrouwer.example",
        date="2026-12-08 10:15 +0100",
        client="thunderbird",
        inv="CL/204201",
        amount="295.00",
        body="Goedemorgen,\n\nWij hebben ons contract per 1 oktober opgezegd; jullie hebben dat op 28 augustus schriftelijk bevestigd. Deze factuur gaat over beheer in november. Dat hebben we niet afgenomen en zijn we dus ook niet verschuldigd.\n\nGraag crediteren.\n\nMet vriendelijke groet,\n\nFemke Brouwer\nAdministratiekantoor Brouwer",
        note="contract ended before the billed period",
    ),
    Reply(
        key="di-it-nota-di-credito",
        intent="dispute",
        lang="it",
        name="Francesca Greco",
        addr="ufficio@immobiliareilportico.example",
        date="2026-12-11 15:20 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="CL/204355",
        amount="450.00",
        body="Buongiorno,\n\nla fattura in oggetto riguarda il canone di assistenza di novembre, che però ci è già stato stornato con la nota di credito NC 58/2026 del 16 novembre, a seguito del disservizio di inizio mese. Non dovremmo quindi alcun importo.\n\nVi chiedo di verificare e di annullare il sollecito.\n\nCordiali saluti\nFrancesca Greco\nImmobiliare Il Portico s.r.l.",
        note="already credited",
    ),
    Reply(
        key="di-it-pc-mai-arrivato",
        intent="dispute",
        lang="it",
        name="Luca Ferraresi",
        addr="studio.ferraresi@libero.it",
        date="2026-12-16 20:12 +0100",
        client="samsung",
        inv="CL/204480",
        amount="1190.00",
        body="buonasera, il pc nuovo per la sala 2 non e mai arrivato quindi questa fattura non la paghiamo finche non arriva. ho gia chiamato due volte il vostro numero verde\n\nLuca Ferraresi",
        note="typed without accents; goods never received",
        tricky=True,
    ),
)

PAYMENT_PLAN: Final[tuple[Reply, ...]] = (
    Reply(
        key="pl-en-pantry-hardship",
        intent="payment_plan",
        lang="en",
        loc="en-US",
        name="Beverly Haines",
        addr="director@riverbendpantry.example",
        date="2026-11-30 13:02 -0500",
        client="gmail",
        inv="CL/203930",
        amount="1875.00",
        body="Hello,\n\nI’m the executive director at Riverbend. I’ll be honest with you: our county grant for the second half of the year has been delayed, and we are running on reserves until it comes through, probably in February. Demand has nearly doubled since the summer.\n\nWould Copperleaf be willing to let us pay this in monthly installments of $400 or so? I’d rather commit to something we can actually keep to than promise the full amount and miss it.\n\nWith thanks,\nBeverly Haines\nExecutive Director\nRiverbend Community Food Pantry – a 501(c)(3) nonprofit",
        note="hardship plus monthly instalments",
    ),
    Reply(
        key="pl-en-conditional-more-time",
        intent="payment_plan",
        lang="en",
        name="Owen Fairclough",
        addr="owen@hollybushlettings.example",
        date="2026-12-04 12:25 +0000",
        client="iphone",
        inv="CL/204146",
        amount="2340.00",
        body="If you can give us until 20 January we can clear it in full. If not it’ll have to be instalments, the market’s been dead since the budget and December’s always rubbish.\n\nOwen",
        note="asks for more time, naming a date; a request, not a commitment: payment_plan, promised_date stays null",
        tricky=True,
    ),
    Reply(
        key="pl-en-reduced-settlement",
        intent="payment_plan",
        lang="en",
        name="Rachel Dunmore",
        addr="finance@larkspurtrust.example",
        date="2026-12-17 09:55 +0000",
        client="outlook",
        inv="CL/204502",
        amount="1640.00",
        body="Dear Copperleaf,\n\nI am writing on behalf of the trustees. As you may know, we lost our main local authority contract at the end of September and we will be closing the Bridge Street drop-in centre after Christmas. We are winding down carefully and trying to treat all of our suppliers fairly.\n\nThe trustees have asked me to ask whether you would accept £1,000.00 in full and final settlement of this invoice. We could pay that amount within a few days of your agreement.\n\nI appreciate this is not what you would want to hear, and thank you for your support over the years.\n\nYours sincerely,\n\nRachel Dunmore\nFinance Officer, Larkspur Community Trust\nRegistered charity no. 1098765",
        note="offer of a reduced full-and-final settlement: payment_plan; paying 'within a few days of your agreement' is conditional, not a promise",
        tricky=True,
    ),
    Reply(
        key="pl-de-raten-wasserschaden",
        intent="payment_plan",
        lang="de",
        name="Dr. Anja Lindqvist",
        addr="praxis@zahnarzt-lindqvist.example",
        date="2026-11-25 12:40 +0100",
        client="outlook_html",
        inv="CL/203899",
        amount="1260.00",
        body="Sehr geehrte Damen und Herren,\n\nnach dem Wasserschaden im Oktober war die Praxis drei Wochen geschlossen, und die Versicherung lässt sich mit der Regulierung Zeit. Ich möchte Sie deshalb um Ratenzahlung bitten: drei Monatsraten zu je 420 €, die erste Mitte Dezember.\n\nWäre das für Sie in Ordnung?\n\nMit freundlichen Grüßen\nDr. med. dent. Anja Lindqvist\nZahnarztpraxis Dr. Lindqvist\nPodbielskistraße 88 · 30177 Hannover",
        note="instalments; the date of the first rate belongs to the plan and is not labelled",
        tricky=True,
    ),
    Reply(
        key="pl-de-aufschub-januar",
        intent="payment_plan",
        lang="de",
        name="Heike Petersen",
        addr="info@buchhaltung-petersen.example",
        date="2026-12-14 16:03 +0100",
        client="gmail_plain",
        charset="iso-8859-1",
        inv="CL/204411",
        amount="834.00",
        body="Hallo zusammen,\n\nkönnen Sie uns für diese Rechnung einen Zahlungsaufschub bis Ende Januar gewähren? Zwei große Mandanten zahlen ihre Jahresabschlüsse erst im neuen Jahr, und bis dahin ist es bei uns ziemlich eng.\n\nViele Grüße\nHeike Petersen\nBuchhaltungsbüro Petersen",
        note="asks for more time: payment_plan, though a date is named",
        tricky=True,
    ),
    Reply(
        key="pl-fr-trois-fois",
        intent="payment_plan",
        lang="fr",
        name="Claire Dumas",
        addr="secretariat@cabinet-tilleuls.example",
        date="2026-12-03 11:11 +0100",
        client="outlook",
        charset="windows-1252",
        inv="CL/204166",
        amount="1530.00",
        body="Bonjour,\n\nSerait-il possible de régler cette facture en trois fois, sur décembre, janvier et février ? Le cabinet a dû remplacer le fauteuil de la salle 1 le mois dernier et la trésorerie est un peu juste.\n\nMerci par avance de votre retour.\n\nClaire Dumas\nSecrétariat – Cabinet dentaire des Tilleuls",
    ),
    Reply(
        key="pl-fr-delai-subvention",
        intent="payment_plan",
        lang="fr",
        name="Bruno Faure",
        addr="tresorier@asso-solquartiers.example",
        date="2026-12-10 18:30 +0100",
        client="apple",
        inv="CL/204300",
        amount="980.00",
        body="Bonsoir,\n\nNotre association traverse une période compliquée : la subvention de la mairie a bien été votée, mais elle ne sera versée qu’en janvier. Pourriez-vous nous accorder un délai supplémentaire de trente jours pour cette facture ?\n\nAvec mes remerciements,\n\nBruno Faure\nTrésorier bénévole – Solidarité Quartiers",
        note="hardship; asks for thirty more days",
    ),
    Reply(
        key="pl-es-cuatro-pagos",
        intent="payment_plan",
        lang="es",
        name="Jorge Navarro",
        addr="jorge@gestorianavarro.example",
        date="2026-11-27 10:45 +0100",
        client="outlook_mobile",
        inv="CL/203944",
        amount="2280.00",
        body="Hola:\n\nEste trimestre vamos muy justos de liquidez. ¿Sería posible fraccionar el importe en cuatro pagos mensuales de 570 €, empezando en diciembre?\n\nQuedo a la espera.\n\nJorge Navarro\nGestoría Navarro",
    ),
    Reply(
        key="pl-nl-termijnen-stichting",
        intent="payment_plan",
        lang="nl",
        name="Wim Verhoeven",
        addr="penningmeester@buurtkracht.example",
        date="2026-12-02 20:14 +0100",
        client="gmail",
        inv="CL/204080",
        amount="1120.00",
        body="Goedenavond,\n\nAls kleine vrijwilligersstichting krijgen we onze subsidie pas in februari binnen. Kunnen we voor deze factuur een betalingsregeling treffen, bijvoorbeeld vier termijnen van € 280?\n\nMet vriendelijke groet,\nWim Verhoeven\nPenningmeester Stichting Buurtkracht",
    ),
    Reply(
        key="pl-nl-finale-kwijting",
        intent="payment_plan",
        lang="nl",
        name="J. Mulder",
        addr="j.mulder@mulderadvocatuur.example",
        date="2026-12-17 13:50 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="CL/204520",
        amount="1815.00",
        body="Geachte heer, mevrouw,\n\nZoals u wellicht weet, stop ik per 31 december met mijn praktijk. Ik wil alle openstaande posten netjes afwikkelen, maar de eindafrekening valt hoger uit dan ik had verwacht.\n\nZou Copperleaf akkoord gaan met een betaling van € 1.200 als finale kwijting? Dat bedrag kan ik nog dit jaar overmaken.\n\nMet vriendelijke groet,\n\nmr. J. Mulder\nAdvocatenpraktijk Mulder",
        note="reduced final settlement offered; the payment 'nog dit jaar' depends on acceptance",
        tricky=True,
    ),
    Reply(
        key="pl-it-tre-rate",
        intent="payment_plan",
        lang="it",
        name="Sara Bellini",
        addr="segreteria@ilgirasole-odv.example",
        date="2026-11-30 10:20 +0100",
        client="gmail",
        inv="CL/203950",
        amount="720.00",
        body="Buongiorno,\n\nsiamo un’associazione di volontariato e in questo periodo abbiamo difficoltà di cassa. Sarebbe possibile rateizzare l’importo in tre rate mensili da 240 euro?\n\nGrazie per la disponibilità,\nSara Bellini\nAssociazione Il Girasole ODV",
    ),
    Reply(
        key="pl-it-proroga-sessanta",
        intent="payment_plan",
        lang="it",
        name="Andrea Ferri",
        addr="studio@ferricommercialisti.example",
        date="2026-12-09 17:05 +0100",
        client="outlook",
        charset="iso-8859-1",
        inv="CL/204289",
        amount="1580.00",
        body="Buonasera,\n\nvi scrivo per chiedervi una proroga di sessanta giorni sul pagamento di questa fattura. Abbiamo avuto un calo importante degli incassi dopo l'uscita di due clienti storici e stiamo riorganizzando lo studio.\n\nSe per voi va bene, salderei tutto entro fine febbraio.\n\nCordiali saluti\n\nAndrea Ferri\nStudio Ferri Commercialisti Associati",
        note="asks for sixty more days; 'entro fine febbraio' is part of the request, not a promise",
        tricky=True,
    ),
)

INVOICE_REQUEST: Final[tuple[Reply, ...]] = (
    Reply(
        key="ir-en-never-had-it",
        intent="invoice_request",
        lang="en",
        name="Tom Ashby",
        addr="tom@trentsideaccountants.example",
        date="2026-11-24 10:31 +0000",
        client="gmail_plain",
        inv="CL/203818",
        amount="864.00",
        body="Hi,\n\nWe’ve never had this invoice – it isn’t in our Xero inbox or in the post tray. Could you resend it to this address? It’ll go in the next payment run once it’s in.\n\nCheers,\nTom\n\nTom Ashby\nTrentside Accountants",
        note="never received, asks for a resend; the payment run depends on the invoice arriving",
        tricky=True,
    ),
    Reply(
        key="ir-en-w9",
        intent="invoice_request",
        lang="en",
        loc="en-US",
        name="Janice Kowalski",
        addr="jkowalski@mendelfarr.example",
        date="2026-12-08 14:12 -0600",
        client="outlook_html",
        inv="CL/204344",
        amount="2960.00",
        body="Hello,\n\nWe can’t release payment on this yet – our AP system blocks any new vendor without a W-9 on file, and we don’t seem to have one for Copperleaf IT. Could you send a signed W-9 (current revision) to this address? Once it’s entered, the invoice will go through with our next check run.\n\nThank you,\nJanice Kowalski\nAccounting Specialist | Mendel & Farr LLP\n(312) 555-0164",
        note="a tax form is needed before payment; 'next check run' is conditional on it",
        tricky=True,
    ),
    Reply(
        key="ir-en-po-number",
        intent="invoice_request",
        lang="en",
        name="Priya Raman",
        addr="accounts.payable@ashcombereid.example",
        date="2026-12-16 09:18 +0000",
        client="outlook",
        inv="CL/204470",
        amount="1125.00",
        body="Good morning,\n\nOur AP portal rejects any invoice without a purchase order number. The PO for this work is PO-55120 – could you add it to invoice CL/204470 and send the revised copy back to this mailbox?\n\nHappy to pay as soon as it comes through with the PO.\n\nKind regards,\n\nPriya Raman\nAccounts Payable\nAshcombe & Reid Solicitors LLP\n\nThis email is confidential and may be legally privileged. If you are not the intended recipient, please delete it and notify the sender. Ashcombe & Reid Solicitors LLP is authorised and regulated by the Solicitors Regulation Authority.",
        refs=("CL/204470",),
        note="reissue with a PO number, amount not contested",
    ),
    Reply(
        key="ir-de-kopie-rechnungseingang",
        intent="invoice_request",
        lang="de",
        name="Monika Albers",
        addr="m.albers@albers-nowak.example",
        date="2026-11-26 10:50 +0100",
        client="thunderbird",
        cte="8bit",
        inv="CL/203905",
        amount="615.00",
        body="Guten Tag,\n\ndiese Rechnung ist bei uns nie angekommen. Bitte schicken Sie eine Kopie als PDF an unseren Rechnungseingang, rechnungseingang@albers-nowak.example – nur von dort werden Rechnungen in die Freigabe übernommen.\n\nDanke und viele Grüße\nMonika Albers\nArchitekturbüro Albers Nowak",
        note="asks for an invoice copy sent to a dedicated inbox; the writer remains the contact, so new_contact stays null",
        tricky=True,
    ),
    Reply(
        key="ir-de-iban-bestaetigen",
        intent="invoice_request",
        lang="de",
        name="Frank Reuter",
        addr="f.reuter@steuerkanzlei-reuter.example",
        date="2026-12-11 15:02 +0100",
        client="outlook",
        charset="windows-1252",
        inv="CL/204360",
        amount="1048.00",
        body="Sehr geehrte Damen und Herren,\n\nauf Ihrer Rechnung ist eine andere Bankverbindung angegeben als auf den bisherigen. Bevor wir überweisen, bestätigen Sie uns bitte die neue IBAN schriftlich auf Ihrem Briefpapier oder telefonisch über die uns bekannte Nummer.\n\nWir bitten um Verständnis – wir hatten in diesem Jahr bereits zwei Betrugsversuche mit gefälschten Rechnungen.\n\nMit freundlichen Grüßen\nFrank Reuter\nSteuerkanzlei Reuter",
        note="bank details must be confirmed before paying",
    ),
    Reply(
        key="ir-fr-releve",
        intent="invoice_request",
        lang="fr",
        name="Élodie Perrin",
        addr="e.perrin@perrin-expertise.example",
        date="2026-12-07 09:35 +0100",
        client="gmail",
        inv="CL/204240",
        amount="512.00",
        body="Bonjour,\n\nPourriez-vous m’envoyer un relevé de compte à jour ? Nous avons reçu plusieurs factures et relances de votre part ces dernières semaines et je voudrais tout rapprocher avant de payer.\n\nMerci,\nÉlodie Perrin\nCabinet Perrin Expertise Comptable",
        note="statement of account",
    ),
    Reply(
        key="ir-fr-jamais-recue",
        intent="invoice_request",
        lang="fr",
        name="Olivier Roux",
        addr="o.roux@roux-avocats.example",
        date="2026-12-15 12:05 +0100",
        client="outlook_mobile",
        inv="CL/204425",
        amount="940.00",
        body="Bonjour,\n\nJe n’ai jamais reçu cette facture. Pouvez-vous me la renvoyer, de préférence en PDF ?\n\nBien à vous,\nOlivier Roux",
    ),
    Reply(
        key="ir-es-cif-sociedad",
        intent="invoice_request",
        lang="es",
        name="Pilar Medina",
        addr="administracion@clinicamedina.example",
        date="2026-11-24 16:22 +0100",
        client="outlook_html",
        charset="iso-8859-1",
        inv="CL/203870",
        amount="880.00",
        body="Buenas tardes:\n\nPara poder contabilizar la factura necesitamos que la emitan a nombre de la sociedad, CLÍNICA DENTAL MEDINA, S.L.P., con CIF B98765432, y no a nombre de la doctora. El importe es correcto.\n\n¿Nos la pueden reenviar corregida?\n\nSaludos cordiales,\nPilar Medina\nAdministración",
        note="reissue in the company's name and tax ID, amount not contested",
    ),
    Reply(
        key="ir-es-numero-cuenta",
        intent="invoice_request",
        lang="es",
        name="Sergio Campos",
        addr="sergio.campos.arq@gmail.com",
        date="2026-12-12 11:48 +0100",
        client="iphone",
        inv="CL/204392",
        amount="210.00",
        body="Buenas, ¿me pasáis el número de cuenta? En la factura no viene y quiero hacer la transferencia.\n\nSergio",
        note="needs bank details first; 'quiero hacer la transferencia' is no dated commitment",
        tricky=True,
    ),
    Reply(
        key="ir-nl-tenaamstelling",
        intent="invoice_request",
        lang="nl",
        name="Linda Hoekstra",
        addr="l.hoekstra@hoekstrapartners.example",
        date="2026-12-04 14:44 +0100",
        client="owa",
        inv="CL/204130",
        amount="1395.00",
        body="Goedemiddag,\n\nKunnen jullie deze factuur opnieuw opmaken op naam van Hoekstra & Partners Accountants B.V. in plaats van de oude maatschap? Het bedrag klopt, maar onze administratie kan hem zo niet inboeken. Graag ook ons btw-nummer NL812345678B01 vermelden.\n\nAlvast bedankt,\nLinda Hoekstra",
        note="reissue to the right legal entity, amount not contested",
    ),
    Reply(
        key="ir-it-fattura-elettronica",
        intent="invoice_request",
        lang="it",
        name="Roberta Conti",
        addr="amministrazione@studiodentisticoconti.example",
        date="2026-11-27 09:25 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="CL/203920",
        amount="1050.00",
        body="Buongiorno,\n\nla fattura che ci avete inviato è in PDF, ma per poterla registrare ci serve la fattura elettronica trasmessa tramite SdI. Il nostro codice destinatario è M5UXCR1; in alternativa potete usare la PEC studioconti@pec.studiodentisticoconti.example.\n\nAppena la riceviamo procediamo con il pagamento.\n\nGrazie,\nRoberta Conti\nSegreteria amministrativa – Studio Dentistico Conti",
        note="electronic invoice via SdI needed before paying; the PEC address is a delivery channel, not a new contact",
        tricky=True,
    ),
    Reply(
        key="ir-it-estratto-conto",
        intent="invoice_request",
        lang="it",
        name="Davide Russo",
        addr="d.russo@russoimmobiliare.example",
        date="2026-12-14 11:30 +0100",
        client="gmail_plain",
        inv="CL/204450",
        amount="395.00",
        body="Buongiorno,\n\nci mandate per favore un estratto conto aggiornato con tutte le fatture aperte? Vorrei saldare tutto in un’unica soluzione, ma dai nostri conti i numeri non tornano del tutto.\n\nGrazie\nDavide Russo\nRusso Immobiliare",
        note="statement request; 'i numeri non tornano' is not yet a contested amount",
        tricky=True,
    ),
)

WRONG_CONTACT: Final[tuple[Reply, ...]] = (
    Reply(
        key="wc-en-practice-manager",
        intent="wrong_contact",
        lang="en",
        name="Hannah Cole",
        addr="hannah.cole@wexcombedental.example",
        date="2026-11-23 12:15 +0000",
        client="outlook",
        inv="CL/203844",
        amount="498.00",
        body="Hi,\n\nI’m the practice manager here, I don’t deal with invoices – the partners use an outside bookkeeper. Please send this to accounts@wexcombedental.example and she’ll pick it up.\n\nThanks,\nHannah\n\nHannah Cole\nPractice Manager, Wexcombe Family Dental",
        extract=Extract(new_contact="accounts@wexcombedental.example"),
    ),
    Reply(
        key="wc-en-no-longer-monitored",
        intent="wrong_contact",
        lang="en",
        loc="en-US",
        name="Kessler Whitford LLP Billing",
        addr="billing@kesslerwhitford.example",
        date="2026-12-01 09:00 -0500",
        client="notice",
        subject="Automatic reply: {orig}",
        headers=(AUTO_REPLIED, SUPPRESS),
        inv="CL/204015",
        amount="1720.00",
        body="This mailbox is no longer monitored.\n\nKessler Whitford LLP has moved to a new billing system. Vendor invoices, statements and payment inquiries should now be sent to payables@kesslerwhitford.example. Messages sent to this address will not be read or forwarded.\n\nThank you.",
        extract=Extract(new_contact="payables@kesslerwhitford.example"),
        note="automatic 'no longer monitored' notice naming a new address: wrong_contact even though it carries Auto-Submitted",
        tricky=True,
    ),
    Reply(
        key="wc-en-redirect-lookalike",
        intent="wrong_contact",
        lang="en",
        name="Accounts Department",
        addr="accounts@pemberton-lyle-llp.example",
        rcpt="accounts@pembertonlyle.example",
        rcpt_name="Pemberton & Lyle Accounts",
        date="2026-12-09 07:58 +0000",
        client="outlook_html_only",
        inv="CL/204310",
        amount="2650.00",
        body="Dear Supplier,\n\nPlease be advised that Pemberton & Lyle has changed its accounts department email address with immediate effect. Kindly update your records and direct all future invoices, statements and remittance correspondence to our new accounts team at pembertonlyle.accounts@gmail.com.\n\nPlease do not send further correspondence to the old address as it will be deactivated shortly. Kindly confirm once your records have been updated.\n\nRegards,\nAccounts Department\nPemberton & Lyle Solicitors",
        extract=Extract(new_contact="pembertonlyle.accounts@gmail.com"),
        note="phishing-like: sent from a look-alike domain, redirects mail to a free-mail address; labelled by what it asks (a contact change), which a person must verify by phone before acting on it",
        tricky=True,
    ),
    Reply(
        key="wc-de-anmeldung",
        intent="wrong_contact",
        lang="de",
        name="Lea Schubert",
        addr="empfang@praxis-yilmaz-berger.example",
        date="2026-11-24 08:55 +0100",
        client="gmail",
        inv="CL/203880",
        amount="730.00",
        body="Guten Morgen,\n\nhier ist die Anmeldung, für Rechnungen bin ich leider nicht zuständig. Bitte wenden Sie sich an unsere Praxismanagerin Frau Berger-Haas: verwaltung@praxis-yilmaz-berger.example\n\nFreundliche Grüße\nLea Schubert\nGemeinschaftspraxis Dr. Yilmaz & Dr. Berger",
        extract=Extract(new_contact="verwaltung@praxis-yilmaz-berger.example"),
    ),
    Reply(
        key="wc-de-kollegin-ausgeschieden",
        intent="wrong_contact",
        lang="de",
        name="Oliver Franke",
        addr="info@franke-immobilien.example",
        rcpt="c.weber@franke-immobilien.example",
        rcpt_name="Claudia Weber",
        date="2026-12-09 13:30 +0100",
        client="outlook_html",
        charset="iso-8859-1",
        inv="CL/204296",
        amount="655.00",
        body="Sehr geehrte Damen und Herren,\n\nFrau Weber ist seit dem 1. November nicht mehr in unserem Unternehmen tätig; ihre Adresse wird nur noch auf info@ umgeleitet. Rechnungen und Zahlungserinnerungen senden Sie bitte künftig an Herrn Sauer in der Buchhaltung: T.Sauer@franke-immobilien.example\n\nMit freundlichen Grüßen\nOliver Franke\nGeschäftsführer\nFranke Immobilien GmbH & Co. KG",
        extract=Extract(new_contact="t.sauer@franke-immobilien.example"),
        note="the reminder went to a colleague who has left; the address is written with capitals and labelled in lower case",
        tricky=True,
    ),
    Reply(
        key="wc-fr-adresse-plus-consultee",
        intent="wrong_contact",
        lang="fr",
        name="Cabinet Dentaire du Parc",
        addr="accueil@dentaire-duparc.example",
        date="2026-12-02 09:07 +0100",
        client="notice",
        subject="Réponse automatique : {orig}",
        inv="CL/204020",
        amount="465.00",
        body="Bonjour,\n\nCette adresse n’est plus consultée depuis le 1er décembre 2026.\n\nPour toute question administrative ou comptable, merci d’écrire désormais à gestion@dentaire-duparc.example. Pour prendre rendez-vous, appelez le 03 80 41 22 67.\n\nMerci de votre compréhension.\nLe Cabinet Dentaire du Parc",
        extract=Extract(new_contact="gestion@dentaire-duparc.example"),
        note="automatic 'no longer read' notice without Auto-Submitted",
        tricky=True,
    ),
    Reply(
        key="wc-fr-pas-client",
        intent="wrong_contact",
        lang="fr",
        name="Yves Martin",
        addr="yves.martin@martin-geometre.example",
        date="2026-12-14 17:45 +0100",
        client="gmail_plain",
        inv="CL/204403",
        amount="318.00",
        body="Bonjour,\n\nJe pense que vous vous êtes trompés d’adresse : je suis géomètre-expert, je n’ai jamais été client chez vous et ce nom de société ne me dit rien. Vous confondez peut-être avec le cabinet d’architectes Martin & Roche, qui a ses bureaux dans le même immeuble que nous.\n\nCordialement,\nYves Martin",
        note="wrong recipient altogether; a firm is named but no address, so new_contact stays null",
        tricky=True,
    ),
    Reply(
        key="wc-es-gestoria",
        intent="wrong_contact",
        lang="es",
        name="Alberto Gil",
        addr="alberto@inmobiliariagil.example",
        date="2026-11-25 19:10 +0100",
        client="samsung",
        inv="CL/203912",
        amount="540.00",
        body="Hola, yo ya no llevo las cuentas de la inmobiliaria. Desde noviembre las lleva la gestoría, escribidles a facturas@gestoriaalcaraz.example\n\nUn saludo",
        extract=Extract(new_contact="facturas@gestoriaalcaraz.example"),
    ),
    Reply(
        key="wc-es-copia-mayusculas",
        intent="wrong_contact",
        lang="es",
        name="Tomás Vidal",
        addr="tomas@estudiovidal.example",
        cc=("Lucía Ferrer", "Lucia.Ferrer@EstudioVidal.example"),
        date="2026-12-07 10:05 +0100",
        client="outlook_html",
        inv="CL/204188",
        amount="1190.00",
        body="Buenos días:\n\nOs pongo en copia a Lucía Ferrer (Lucia.Ferrer@EstudioVidal.example), que es quien lleva ahora los pagos a proveedores. Por favor, a partir de ahora enviadle a ella las facturas y los avisos.\n\nGracias,\nTomás Vidal\nArquitecto – Estudio Vidal",
        extract=Extract(new_contact="lucia.ferrer@estudiovidal.example"),
        note="address in mixed case, also copied in Cc; labelled in lower case",
    ),
    Reply(
        key="wc-nl-niet-meer-gelezen",
        intent="wrong_contact",
        lang="nl",
        name="Stichting Het Baken",
        addr="info@stichtinghetbaken.example",
        date="2026-12-10 08:14 +0100",
        client="notice",
        subject="Automatisch antwoord: {orig}",
        headers=(AUTO_REPLIED,),
        inv="CL/204330",
        amount="260.00",
        body="Dit e-mailadres wordt niet meer gelezen.\n\nVoor vragen over facturen en betalingen kunt u mailen naar financien@stichtinghetbaken.example. Overige vragen graag via secretariaat@stichtinghetbaken.example.\n\nStichting Het Baken",
        extract=Extract(new_contact="financien@stichtinghetbaken.example"),
        note="automatic notice with Auto-Submitted naming two addresses; the one for invoices is the new contact",
        tricky=True,
    ),
    Reply(
        key="wc-nl-controller",
        intent="wrong_contact",
        lang="nl",
        name="Esther van Dam",
        addr="e.vandam@noorderlicht-architecten.example",
        date="2026-12-16 11:26 +0100",
        client="outlook",
        inv="CL/204460",
        amount="940.00",
        body="Goedemorgen,\n\nIk ben de officemanager en ga niet over de betalingen. Kunt u dit doorsturen naar onze controller, Pieter Dekker? Zijn adres is p.dekker@noorderlicht-architecten.example.\n\nMet vriendelijke groet,\nEsther van Dam\nArchitectenbureau Noorderlicht",
        extract=Extract(new_contact="p.dekker@noorderlicht-architecten.example"),
    ),
    Reply(
        key="wc-it-referente-tecnico",
        intent="wrong_contact",
        lang="it",
        name="Stefano Galli",
        addr="s.galli@studiolegalemarchetti.example",
        date="2026-12-03 15:15 +0100",
        client="thunderbird",
        inv="CL/204112",
        amount="870.00",
        body="Buongiorno,\n\ncredo che questo sollecito mi sia arrivato per errore: sono il referente tecnico dello studio e non mi occupo di pagamenti. Per le questioni amministrative dovete scrivere alla dott.ssa Marchetti, amministrazione@studiolegalemarchetti.example.\n\nSaluti,\nStefano Galli",
        extract=Extract(new_contact="amministrazione@studiolegalemarchetti.example"),
    ),
)

UNSUBSCRIBE: Final[tuple[Reply, ...]] = (
    Reply(
        key="un-en-solicitors",
        intent="unsubscribe",
        lang="en",
        name="Derek Holt",
        addr="derek@holtproperty.example",
        date="2026-12-02 16:40 +0000",
        client="iphone",
        inv="CL/204031",
        amount="1950.00",
        body="Stop emailing me about this. Our solicitors, Harcourt Finch LLP, are dealing with it and any further correspondence goes through them.\n\nDerek Holt",
        note="'talk to our lawyer', no address → unsubscribe",
    ),
    Reply(
        key="un-en-paid-stop",
        intent="unsubscribe",
        lang="en",
        loc="en-US",
        name="Gail Summers",
        addr="gail@summersrealty.example",
        date="2026-12-08 09:12 -0500",
        client="gmail",
        inv="CL/204381",
        amount="725.00",
        body="We paid this on Monday. Stop sending these automated reminders – three in one week is harassment. Take this address off your list.\n\nGail Summers\nSummers Realty Group",
        note="stop request with a payment claim: unsubscribe beats everything but bounce; payment fields are left empty",
        tricky=True,
    ),
    Reply(
        key="un-en-post-only",
        intent="unsubscribe",
        lang="en",
        name="Graham Leigh",
        addr="gleigh@leighpartners.example",
        date="2026-12-18 11:00 +0000",
        client="outlook_html",
        charset="windows-1252",
        inv="CL/204540",
        amount="1010.00",
        body="Dear Sirs,\n\nWe do not accept invoices, statements or reminders by email. Please send all correspondence relating to our account by post to our registered office at 9 Castle Yard, Shrewsbury SY1 2AB, for the attention of the practice administrator.\n\nPlease remove this address from your mailing list.\n\nYours faithfully,\n\nGraham Leigh FCA\nLeigh & Partners Chartered Accountants",
        note="post only → unsubscribe",
    ),
    Reply(
        key="un-de-dsgvo-widerspruch",
        intent="unsubscribe",
        lang="de",
        name="Bernd Vogel",
        addr="bernd.vogel62@gmx.de",
        date="2026-11-30 19:47 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        inv="CL/203966",
        amount="310.00",
        body="Sehr geehrte Damen und Herren,\n\nhiermit widerspreche ich gemäß Art. 21 DSGVO der Verwendung meiner privaten E-Mail-Adresse für Ihre Mahnungen und Werbung. Löschen Sie diese Adresse bitte aus Ihrem System und schreiben Sie mir künftig nicht mehr per E-Mail.\n\nBernd Vogel",
        note="GDPR objection to the use of the address → unsubscribe",
    ),
    Reply(
        key="un-fr-boite-perso",
        intent="unsubscribe",
        lang="fr",
        name="Isabelle Fournier",
        addr="isa.fournier78@gmail.com",
        date="2026-12-04 08:10 +0100",
        client="iphone",
        inv="CL/204122",
        amount="455.00",
        body="Bonjour,\n\nMerci de ne plus écrire à cette adresse, c’est ma boîte personnelle et je ne m’occupe plus de la comptabilité de l’agence.\n\nIsabelle Fournier",
        note="stop request plus 'not my job' without a new address: unsubscribe beats wrong_contact",
        tricky=True,
    ),
    Reply(
        key="un-fr-avocat",
        intent="unsubscribe",
        lang="fr",
        name="Gérard Lambert",
        addr="g.lambert@lambert-immobilier.example",
        date="2026-12-11 14:02 +0100",
        client="outlook",
        charset="iso-8859-1",
        inv="CL/204340",
        amount="2480.00",
        body="Madame, Monsieur,\n\nComme indiqué à votre commercial, ce dossier est désormais entre les mains de notre avocate, Maître Anne Chevalier, 8 rue Grignan, 13001 Marseille. Nous ne donnerons plus suite à vos courriels et vous prions de cesser vos relances.\n\nGérard Lambert\nGérant - Lambert Immobilier",
        note="the lawyer's postal address only; 'talk to our lawyer' → unsubscribe",
    ),
    Reply(
        key="un-es-dejad",
        intent="unsubscribe",
        lang="es",
        name="Raúl Prieto",
        addr="raul.prieto@prietoabogados.example",
        date="2026-12-01 22:31 +0100",
        client="iphone",
        inv="CL/204040",
        amount="380.00",
        body="Dejad de escribirme, por favor.",
        note="one line",
        tricky=True,
    ),
    Reply(
        key="un-es-burofax",
        intent="unsubscribe",
        lang="es",
        name="Manuel Cortés",
        addr="manuel@asesoriacortes.example",
        date="2026-12-15 10:55 +0100",
        client="outlook",
        charset="windows-1252",
        inv="CL/204415",
        amount="990.00",
        body="Buenos días:\n\nLes comunico que no vamos a atender más requerimientos por correo electrónico. Cualquier comunicación relativa a esta factura deberán hacerla por burofax a nuestro domicilio social.\n\nAtentamente,\nManuel Cortés\nAsesoría Cortés",
        note="post only (burofax) → unsubscribe",
    ),
    Reply(
        key="un-nl-uitschrijven",
        intent="unsubscribe",
        lang="nl",
        name="Ria de Wit",
        addr="ria@dewitmakelaars.example",
        date="2026-11-26 13:13 +0100",
        client="gmail_plain",
        inv="CL/203890",
        amount="299.00",
        body="Graag uitschrijven van deze mails.",
        note="one line",
        tricky=True,
    ),
    Reply(
        key="un-nl-stop-creditnota",
        intent="unsubscribe",
        lang="nl",
        name="Kees Bos",
        addr="k.bos@bosvanleeuwen.example",
        date="2026-12-17 16:20 +0100",
        client="outlook_html",
        inv="CL/204510",
        amount="1430.00",
        body="Stop alsjeblieft met deze automatische mails. Dit is de vijfde herinnering deze maand, terwijl wij al drie weken wachten op de creditnota die jullie accountmanager heeft toegezegd. Ik wil hier niets meer over ontvangen.\n\nK. Bos\nBos & Van Leeuwen Advocaten",
        note="stop request mixed with a dispute (promised credit note): unsubscribe wins",
        tricky=True,
    ),
    Reply(
        key="un-it-raccomandata",
        intent="unsubscribe",
        lang="it",
        name="Giulia Marino",
        addr="info@marinoarchitetti.example",
        date="2026-11-27 12:00 +0100",
        client="gmail",
        inv="CL/203933",
        amount="640.00",
        body="Buongiorno,\n\nvi chiediamo di non inviare più solleciti a questo indirizzo. D’ora in avanti qualsiasi comunicazione relativa al nostro rapporto dovrà arrivare esclusivamente per raccomandata A/R presso la sede dello studio.\n\nDistinti saluti\nGiulia Marino\nStudio Marino Architetti",
        note="post only → unsubscribe",
    ),
    Reply(
        key="un-it-legale",
        intent="unsubscribe",
        lang="it",
        name="Roberto Esposito",
        addr="r.esposito@espositoimmobiliare.example",
        date="2026-12-16 18:05 +0100",
        client="outlook_mobile",
        inv="CL/204475",
        amount="1120.00",
        body="Non scriveteci più. Per questa vicenda rivolgetevi al nostro legale, l’avv. Paola De Luca. Non risponderemo ad altre email.\n\nR. Esposito",
        note="'talk to our lawyer' → unsubscribe",
    ),
)

AUTO_REPLY: Final[tuple[Reply, ...]] = (
    Reply(
        key="ar-en-until-wednesday",
        intent="auto_reply",
        lang="en",
        name="Simon Price",
        addr="s.price@priceandward.example",
        date="2026-12-03 09:06 +0000",
        client="notice",
        subject="Automatic reply: {orig}",
        headers=(AUTO_REPLIED, SUPPRESS),
        inv="CL/204070",
        amount="1180.00",
        body="Thank you for your email. I am out of the office until Wednesday 9 December with limited access to email. If your matter is urgent, please call reception on 0113 496 0250.\n\nSimon Price\nPrice & Ward Solicitors",
        extract=Extract(return_date="2026-12-09"),
        note="'until X' → X itself",
    ),
    Reply(
        key="ar-en-ticket-no-header",
        intent="auto_reply",
        lang="en",
        loc="en-US",
        name="Lakeview Family Dental",
        addr="help@lakeviewfamilydental.example",
        rcpt="billing@lakeviewfamilydental.example",
        rcpt_name="Lakeview Family Dental",
        date="2026-12-04 11:32 -0600",
        client="notice_html",
        subject="[Ticket #48213] {orig}",
        headers=(("X-Autoreply", "yes"),),
        inv="CL/204175",
        amount="960.00",
        body="Hi there,\n\nThanks for reaching out to Lakeview Family Dental. This is an automated message to let you know we’ve received your email and created ticket #48213.\n\nA member of our billing team will follow up within two business days. Please keep the ticket number in the subject line if you write again.\n\nLakeview Family Dental – Patient & Vendor Billing",
        note="ticket acknowledgement without Auto-Submitted; 'two business days' is no return date",
        tricky=True,
    ),
    Reply(
        key="ar-en-back-monday",
        intent="auto_reply",
        lang="en",
        name="Fiona Grant",
        addr="f.grant@ardmoretrust.example",
        date="2026-12-11 16:45 +0000",
        client="notice_html",
        subject="Automatic reply: {orig}",
        headers=(SUPPRESS,),
        inv="CL/204385",
        amount="530.00",
        body="Hello,\n\nI’m on annual leave and will be back on Monday. For anything urgent in the meantime, please contact finance@ardmoretrust.example.\n\nBest wishes,\nFiona\n\nFiona Grant | Finance Assistant | Ardmore Housing Trust",
        extract=Extract(return_date="2026-12-14"),
        note="'back on Monday' from Fri 11 Dec; no Auto-Submitted, only X-Auto-Response-Suppress; the colleague address does not set new_contact",
        tricky=True,
    ),
    Reply(
        key="ar-de-ab-dem-15",
        intent="auto_reply",
        lang="de",
        name="Claudia Meinhardt",
        addr="c.meinhardt@kanzlei-seidel.example",
        date="2026-12-07 09:02 +0100",
        client="notice",
        subject="Automatische Antwort: {orig}",
        headers=(AUTO_REPLIED,),
        inv="CL/204281",
        amount="870.00",
        body="Vielen Dank für Ihre Nachricht.\n\nIch bin derzeit im Urlaub. Ab dem 15. bin ich wieder im Büro und beantworte Ihre E-Mail dann so schnell wie möglich. In dringenden Fällen erreichen Sie unser Sekretariat unter 0221 98 76 54-0.\n\nMit freundlichen Grüßen\nClaudia Meinhardt\nKanzlei Dr. Seidel",
        extract=Extract(return_date="2026-12-15"),
        note="'ab dem 15.' resolved against Mon 7 Dec → 15 Dec",
        tricky=True,
    ),
    Reply(
        key="ar-de-vorgangsnummer",
        intent="auto_reply",
        lang="de",
        name="Hausverwaltung Brückner – Service",
        addr="service@hv-brueckner.example",
        rcpt="buchhaltung@hv-brueckner.example",
        rcpt_name="Hausverwaltung Brückner GmbH",
        date="2026-11-23 10:14 +0100",
        client="notice_html",
        subject="[#HV-20931] Ihre Anfrage: {orig}",
        headers=(AUTO_GENERATED, ("Precedence", "bulk")),
        inv="CL/203850",
        amount="1330.00",
        body="Guten Tag,\n\nvielen Dank für Ihre E-Mail. Ihre Anfrage wurde unter der Vorgangsnummer HV-20931 erfasst und an die zuständige Abteilung weitergeleitet. Wir melden uns in der Regel innerhalb von drei Werktagen.\n\nBitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.\n\nIhr Service-Team\nHausverwaltung Brückner GmbH",
        note="ticket acknowledgement",
    ),
    Reply(
        key="ar-fr-retour-lundi-30",
        intent="auto_reply",
        lang="fr",
        name="Sylvie Moreau",
        addr="s.moreau@cabinet-moreau-expertise.example",
        date="2026-11-24 08:30 +0100",
        client="notice",
        subject="Réponse automatique : {orig}",
        headers=(AUTO_REPLIED,),
        inv="CL/203838",
        amount="640.00",
        body="Bonjour,\n\nJe suis absente du 23 au 27 novembre inclus. Je serai de retour le lundi 30 novembre et traiterai votre message dès que possible.\n\nPour toute urgence : accueil@cabinet-moreau-expertise.example\n\nSylvie Moreau\nCabinet Moreau Expertise",
        extract=Extract(return_date="2026-11-30"),
        note="the stated day back wins over the end of the absence",
    ),
    Reply(
        key="ar-es-hasta-lunes-14",
        intent="auto_reply",
        lang="es",
        name="Elena Ruiz",
        addr="elena@ruizarquitectos.example",
        date="2026-12-09 12:20 +0100",
        client="notice",
        charset="iso-8859-1",
        subject="Respuesta automática: {orig}",
        headers=(AUTO_REPLIED,),
        inv="CL/204323",
        amount="745.00",
        body="Gracias por su mensaje.\n\nEstaré fuera de la oficina hasta el lunes 14 de diciembre, sin acceso al correo. Para cualquier asunto urgente puede escribir a mi compañero Iván (ivan@ruizarquitectos.example).\n\nUn saludo,\nElena Ruiz\nRuiz Arquitectos",
        extract=Extract(return_date="2026-12-14"),
        note="'hasta X' → X itself; the colleague address does not set new_contact",
    ),
    Reply(
        key="ar-es-acuse-72h",
        intent="auto_reply",
        lang="es",
        name="Bufete Salcedo Abogados",
        addr="recepcion@bufetesalcedo.example",
        date="2026-12-16 17:02 +0100",
        client="notice",
        subject="Hemos recibido su correo",
        inv="CL/204490",
        amount="1275.00",
        body="Estimado/a cliente:\n\nLe confirmamos la recepción de su correo electrónico. Será atendido por el departamento correspondiente en un plazo máximo de 72 horas laborables.\n\nEste es un mensaje automático; por favor, no responda a esta dirección.\n\nBufete Salcedo Abogados",
        note="automatic receipt without Auto-Submitted and without 'Re:' in the subject",
        tricky=True,
    ),
    Reply(
        key="ar-nl-tm-vrijdag",
        intent="auto_reply",
        lang="nl",
        name="Jeroen Smits",
        addr="jeroen@smitsmakelaardij.example",
        date="2026-11-30 07:15 +0100",
        client="notice",
        subject="Automatisch antwoord: {orig}",
        headers=(AUTO_REPLIED,),
        inv="CL/203975",
        amount="560.00",
        body="Bedankt voor je bericht. Ik ben t/m vrijdag 4 december afwezig en lees mijn mail niet. Vanaf maandag 7 december ben ik weer bereikbaar.\n\nMet vriendelijke groet,\nJeroen Smits\nSmits Makelaardij",
        extract=Extract(return_date="2026-12-07"),
        note="the stated day back wins over 't/m'",
    ),
    Reply(
        key="ar-nl-verlof-half-maart",
        intent="auto_reply",
        lang="nl",
        name="Marloes Kok",
        addr="marloes@tandartsenhoograven.example",
        date="2026-12-15 10:40 +0100",
        client="notice_html",
        subject="Automatisch antwoord: {orig}",
        headers=(AUTO_REPLIED, SUPPRESS),
        inv="CL/204420",
        amount="820.00",
        body="Hallo,\n\nIk ben met zwangerschapsverlof tot half maart. Je mail wordt niet doorgestuurd. Voor de financiële administratie kun je terecht bij praktijkmanager Saskia: administratie@tandartsenhoograven.example.\n\nGroet,\nMarloes\nTandartsen Hoograven",
        note="'tot half maart' cannot be pinned to a day, so no return date; the colleague address does not set new_contact",
        tricky=True,
    ),
    Reply(
        key="ar-it-fino-venerdi-18",
        intent="auto_reply",
        lang="it",
        name="Chiara Lombardi",
        addr="chiara@studiolombardi.example",
        date="2026-12-14 08:01 +0100",
        client="notice",
        charset="iso-8859-1",
        subject="Risposta automatica: {orig}",
        headers=(AUTO_REPLIED,),
        inv="CL/204395",
        amount="515.00",
        body="Buongiorno,\n\nsarò fuori ufficio fino a venerdì 18 dicembre con accesso limitato alla posta. Per urgenze potete contattare lo studio allo 051 644 2231.\n\nChiara Lombardi\nStudio Commercialista Lombardi",
        extract=Extract(return_date="2026-12-18"),
        note="'fino a X' → X itself",
    ),
    Reply(
        key="ar-it-malattia-lunedi-prossimo",
        intent="auto_reply",
        lang="it",
        name="Valentina Rossi",
        addr="v.rossi@larondine-odv.example",
        date="2026-11-25 14:33 +0100",
        client="notice",
        subject="Assente: {orig}",
        headers=(AUTO_REPLIED,),
        inv="CL/203862",
        amount="280.00",
        body="Gentile mittente,\n\nsono assente per malattia, con rientro previsto lunedì prossimo. Le e-mail ricevute in questi giorni verranno lette al mio rientro.\n\nValentina Rossi\nAssociazione La Rondine ODV",
        extract=Extract(return_date="2026-11-30"),
        note="relative return date in an auto-reply: 'lunedì prossimo' from Wed 25 Nov → 30 Nov",
        tricky=True,
    ),
)

OTHER: Final[tuple[Reply, ...]] = (
    Reply(
        key="ot-en-didnt-we-pay",
        intent="other",
        lang="en",
        name="Nick Carver",
        addr="nick@carverhale.example",
        date="2026-11-27 11:58 +0000",
        client="iphone",
        inv="CL/203925",
        amount="720.00",
        body="Didn’t we pay this already?",
        note="a question, not a payment claim: a person checks the ledger and answers",
        tricky=True,
    ),
    Reply(
        key="ot-en-partners-meeting",
        intent="other",
        lang="en",
        name="Adeola Martins",
        addr="a.martins@hartleyquinn.example",
        date="2026-12-14 13:22 +0000",
        client="owa",
        inv="CL/204408",
        amount="1660.00",
        body="Noted – I’ll raise it with the partners at Thursday’s meeting.\n\nAdeola Martins\nFinance Assistant | Hartley Quinn Solicitors",
        note="acknowledgement naming a meeting day; nothing is promised about payment",
        tricky=True,
    ),
    Reply(
        key="ot-en-printer-offline",
        intent="other",
        lang="en",
        loc="en-US",
        name="Jill Foster",
        addr="frontdesk@brightwaterdental.example",
        date="2026-12-01 10:48 -0500",
        client="gmail",
        inv="CL/203990",
        amount="610.00",
        body="Hi – while I have you, the printer in operatory 3 has been offline since Friday and the X-ray software keeps asking for a license key. Can someone from your team call me today? 614-555-0190.\n\nJill\nBrightwater Dental",
        note="support request in the reminder thread; nothing about the invoice",
        tricky=True,
    ),
    Reply(
        key="ot-de-kuendigungsfrist",
        intent="other",
        lang="de",
        name="Ralf Zimmermann",
        addr="r.zimmermann@zimmermann-architekten.example",
        date="2026-12-02 17:30 +0100",
        client="outlook",
        charset="iso-8859-1",
        inv="CL/204044",
        amount="980.00",
        body="Hallo,\n\nkurze Frage in anderer Sache: Bis wann läuft eigentlich unser Wartungsvertrag, und welche Kündigungsfrist gilt? Wir überlegen, die Betreuung ab Sommer intern zu lösen.\n\nGruß\nRalf Zimmermann\nZimmermann Architekten",
        note="contract question; nothing about the invoice",
    ),
    Reply(
        key="ot-de-bei-gericht",
        intent="other",
        lang="de",
        name="Birgit Hahn",
        addr="sekretariat@kanzlei-brandl.example",
        date="2026-12-15 11:05 +0100",
        client="gmail",
        inv="CL/204430",
        amount="1240.00",
        body="Guten Tag,\n\ndanke, ist angekommen. Ich lege es Herrn Dr. Brandl vor, er ist allerdings bis Mitte nächster Woche bei Gericht in München.\n\nFreundliche Grüße\nBirgit Hahn\nSekretariat Kanzlei Dr. Brandl",
        note="acknowledgement by a person; the partner's absence makes it neither an auto-reply nor a promise",
        tricky=True,
    ),
    Reply(
        key="ot-fr-rappelez-moi",
        intent="other",
        lang="fr",
        name="Laurent Mercier",
        addr="l.mercier@mercier-associes.example",
        date="2026-11-26 15:44 +0100",
        client="iphone",
        inv="CL/203915",
        amount="1890.00",
        body="Bonjour, pouvez-vous m’appeler au 06 71 48 20 93 ? Ce sera plus simple d’en parler de vive voix.\n\nL. Mercier",
        note="asks for a call; a person must read it",
    ),
    Reply(
        key="ot-fr-liquidation",
        intent="other",
        lang="fr",
        name="Pascal Rey",
        addr="p.rey@rey-architectes.example",
        date="2026-12-08 10:25 +0100",
        client="outlook_html",
        inv="CL/204215",
        amount="1740.00",
        body="Madame, Monsieur,\n\nJe vous informe que la SARL Rey Architectes a été placée en liquidation judiciaire par jugement du tribunal judiciaire de Grenoble du 2 novembre 2026. Le liquidateur désigné est Maître Hervé Blanc, mandataire judiciaire, 5 place Victor-Hugo, 38000 Grenoble.\n\nIl vous appartient de déclarer votre créance auprès de lui dans les délais légaux. Je ne suis plus en mesure de procéder au moindre paiement.\n\nPascal Rey\nAncien gérant",
        note="insolvency notice: a person must file the claim with the liquidator; neither a dispute nor a wrong contact",
        tricky=True,
    ),
    Reply(
        key="ot-es-router",
        intent="other",
        lang="es",
        name="Beatriz Lozano",
        addr="beatriz@lozanoasesores.example",
        date="2026-12-03 09:40 +0100",
        client="gmail_plain",
        inv="CL/204099",
        amount="465.00",
        body="Hola,\n\nGracias por el aviso. Aprovecho: ¿podéis mandar a alguien el jueves a revisar el router? Desde el lunes la conexión se corta cada media hora y no podemos trabajar con la sede electrónica de Hacienda.\n\nBeatriz\nLozano Asesores",
        note="thanks for the reminder plus a support request; nothing about paying",
        tricky=True,
    ),
    Reply(
        key="ot-es-vale-lo-miro",
        intent="other",
        lang="es",
        name="Fernando Pardo",
        addr="fernando.pardo.inmo@gmail.com",
        date="2026-12-18 13:01 +0100",
        client="iphone",
        inv="CL/204530",
        amount="330.00",
        body="Vale, lo miro.",
        note="'I'll look at it' is no commitment to pay",
        tricky=True,
    ),
    Reply(
        key="ot-nl-prijsverhoging",
        intent="other",
        lang="nl",
        name="Gerrit Mol",
        addr="g.mol@molaccountants.example",
        date="2026-12-09 15:37 +0100",
        client="outlook_html_only",
        charset="windows-1252",
        inv="CL/204305",
        amount="720.00",
        body="Goedemiddag,\n\nDank voor de herinnering. Los daarvan een vraag: klopt het dat de prijs per werkplek vanaf januari omhooggaat? Onze relatiebeheerder liet zoiets vallen en ik heb er nog niets schriftelijk over gezien.\n\nGroet,\nGerrit Mol\nMol Accountants",
        note="question about next year's prices; the invoice itself is not contested",
    ),
    Reply(
        key="ot-it-chi-e-chi",
        intent="other",
        lang="it",
        name="Marta Fontana",
        addr="m.fontana@studiolegalefontana.example",
        date="2026-11-30 12:12 +0100",
        client="gmail",
        inv="CL/203958",
        amount="560.00",
        body="Buongiorno,\n\nma siete ancora voi a gestire il nostro contratto di assistenza? La settimana scorsa ci ha telefonato un’altra società dicendo di avervi rilevato e chiedendoci di pagare a loro d’ora in poi. Prima di pagare chiunque vorrei capire chi è chi.\n\nCordiali saluti\nMarta Fontana\nStudio Legale Fontana",
        note="suspicion about who should be paid: a person must call back",
        tricky=True,
    ),
    Reply(
        key="ot-it-preventivo",
        intent="other",
        lang="it",
        name="Enrico Bassi",
        addr="info@studiobassi-dentista.example",
        date="2026-12-17 10:10 +0100",
        client="outlook_mobile",
        inv="CL/204515",
        amount="415.00",
        body="Buongiorno, approfitto della mail per chiedervi un preventivo per due portatili nuovi per la reception, possibilmente entro Natale.\n\nEnrico Bassi\nStudio Dentistico Bassi",
        note="quote request in the reminder thread; nothing about the invoice",
    ),
)

REPLIES: Final[tuple[Reply, ...]] = (
    *PAYMENT_SENT,
    *PROMISE_TO_PAY,
    *DISPUTE,
    *PAYMENT_PLAN,
    *INVOICE_REQUEST,
    *WRONG_CONTACT,
    *UNSUBSCRIBE,
    *AUTO_REPLY,
    *OTHER,
)


# --------------------------------------------------------------------------------------------
# Delivery reports
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report for a reminder sent to `rcpt`; `lang` is the notice's language.

    The returned reminder was sent `delay_minutes` before the report (hours for delay warnings).
    """

    key: str
    lang: Lang
    loc: Locale
    kind: BounceKind
    status: str
    rcpt: str
    rcpt_name: str
    date: str
    inv: str
    amount: str
    build: Callable[[Bounce], Message]
    delay_minutes: int = 2
    note: str | None = None
    tricky: bool = False

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.date, "%Y-%m-%d %H:%M %z")

    @property
    def host(self) -> str:
        return self.rcpt.split("@")[1]

    def reminder(self) -> Reminder:
        return Reminder(
            key=self.key,
            loc=self.loc,
            inv=self.inv,
            amount=self.amount,
            currency=DEFAULT_CURRENCY[self.loc],
            to_name=self.rcpt_name,
            to_addr=self.rcpt,
            sent=self.dt - timedelta(minutes=self.delay_minutes),
        )


def dsn_part(b: Bounce, *, mta: str, action: str, diagnostic: str, remote: str = "") -> Message:
    """The machine-readable message/delivery-status part (RFC 3464)."""
    sent = b.reminder().sent
    per_message = [f"Reporting-MTA: dns; {mta}", f"Arrival-Date: {format_datetime(sent)}"]
    per_recipient = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        per_recipient.append(f"Will-Retry-Until: {format_datetime(sent + timedelta(days=4))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [
            message_from_bytes(("\n".join(block) + "\n").encode())
            for block in (per_message, per_recipient)
        ]
    )
    return part


def returned_message(b: Bounce) -> Message:
    return MIMEMessage(b.reminder().message())


def returned_headers(b: Bounce) -> Message:
    text = "".join(
        f"{name}: {value}\n"
        for name, value in b.reminder().message().items()
        if name != "Content-Transfer-Encoding"
    )
    return text_part(text=text, subtype="rfc822-headers", charset="us-ascii", cte="8bit")


def report(parts: Iterable[Message]) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for sub in parts:
        outer.attach(sub)
    return outer


def human_alternative(*, title: str, paragraphs: list[str], charset: str = "utf-8") -> Message:
    """A readable notice in text and HTML, as Exchange and Gmail send it."""
    text = "\n\n".join([title, *paragraphs]) + "\n"
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
        '<body><div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#212121">'
        f'<p style="font-size:18px;font-weight:bold">{html.escape(title)}</p>\n'
        f"{html_paragraphs(chr(10).join(p + chr(10) for p in paragraphs).rstrip())}</div></body></html>\n"
    )
    return alternative(
        [
            text_part(text=text, subtype="plain", charset=charset, cte="qp"),
            text_part(text=markup, subtype="html", charset=charset, cte="qp"),
        ]
    )


def finish(
    b: Bounce,
    msg: Message,
    *,
    sender: str,
    subject: str,
    msgid: str = "",
    extra: tuple[tuple[str, str], ...] = (),
    prefix: str = "----=_Part_",
    auto_submitted: bool = True,
) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].split("@")[1]
    msg["Message-ID"] = msgid or f"<{b32(b.key, 'bounce', 20).lower()}@{host}>"
    if auto_submitted:
        msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    return finalize(msg, key=b.key, prefix=prefix)


def bounce_postfix(b: Bounce) -> Message:
    human = (
        "This is the Postfix mail system at mail.copperleaf-it.example.\n\n"
        "Your message could not be delivered to the recipient listed below. The receiving server refused the address, so no further attempts will be made. A copy of your message is attached.\n\n"
        "If you think this is a mistake, check the address with the recipient by another means. Postmaster queries: postmaster@copperleaf-it.example\n\n"
        f"<{b.rcpt}>: host mx1.{b.host}[203.0.113.27] said: 550 5.1.1\n"
        f"    <{b.rcpt}>: Recipient address rejected: User unknown in local recipient\n"
        "    table (in reply to RCPT TO command)\n"
    )
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    parts = [
        text_part(text=human, subtype="plain", charset="us-ascii", cte="8bit"),
        dsn_part(
            b,
            mta="mail.copperleaf-it.example",
            action="failed",
            diagnostic=diag,
            remote=f"mx1.{b.host}",
        ),
        returned_message(b),
    ]
    sender = "MAILER-DAEMON@mail.copperleaf-it.example (Mail Delivery System)"
    return finish(b, report(parts), sender=sender, subject="Undelivered Mail Returned to Sender")


def bounce_qmail(b: Bounce) -> Message:
    copy = b.reminder().message().as_string()
    text = (
        "Hi. This is the qmail-send program at relay.copperleaf-it.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "198.51.100.80 does not like recipient.\n"
        f"Remote host said: 550 5.1.1 <{b.rcpt}>: no mailbox by that name is currently available\n"
        "Giving up on 198.51.100.80.\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28811 invoked by uid 89); {format_datetime(b.reminder().sent)}\n"
        f"{copy}\n"
    )
    msg = Message()
    msg.set_payload(text)
    sender = "MAILER-DAEMON@relay.copperleaf-it.example"
    return finish(b, msg, sender=sender, subject="failure notice", auto_submitted=False)


def bounce_sendmail_delay(b: Bounce) -> Message:
    sent = b.reminder().sent
    human = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {format_datetime(sent)}\n"
        "from app07.copperleaf-it.example [10.20.4.17]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with mail.{b.host}.\n"
        "Warning: message still undelivered after 4 hours\n"
        "Will keep trying until message is 4 days old\n"
    )
    parts = [
        text_part(text=human, subtype="plain", charset="us-ascii", cte="8bit"),
        dsn_part(
            b,
            mta="smtp2.copperleaf-it.example",
            action="delayed",
            diagnostic="451 4.4.1 Connection timed out",
            remote=f"mail.{b.host}",
        ),
        returned_headers(b),
    ]
    sender = "Mail Delivery Subsystem <MAILER-DAEMON@smtp2.copperleaf-it.example>"
    return finish(
        b, report(parts), sender=sender, subject="Warning: could not send message for past 4 hours"
    )


def exchange_sender(b: Bounce) -> str:
    return f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{b.host}>"


def bounce_exchange_de(b: Bounce) -> Message:
    server = "DB9PR04MB8421.eurprd04.prod.outlook.com"
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    human = human_alternative(
        title="Die Nachricht konnte nicht zugestellt werden.",
        paragraphs=[
            f"Die E-Mail-Adresse {b.rcpt} wurde in der Domäne des Empfängers nicht gefunden. Möglicherweise ist sie falsch geschrieben oder existiert nicht mehr.",
            "So beheben Sie das Problem: Prüfen Sie die Adresse und senden Sie die Nachricht erneut. Bleibt der Fehler bestehen, bitten Sie den Empfänger auf anderem Weg (zum Beispiel telefonisch), seinen E-Mail-Administrator zu informieren.",
            f"Diagnoseinformationen für Administratoren:\nGenerierender Server: {server}\n{b.rcpt}\nDer Remoteserver hat '{diag}' zurückgegeben.",
        ],
    )
    parts = [human, dsn_part(b, mta=server, action="failed", diagnostic=diag), returned_message(b)]
    subject = f"Unzustellbar: {b.reminder().subject()}"
    return finish(
        b,
        report(parts),
        sender=exchange_sender(b),
        subject=subject,
        msgid=outlook_msgid(b.key, b.loc),
        prefix="_000_",
    )


def bounce_provider_de_greylist(b: Bounce) -> Message:
    rem = b.reminder()
    text = (
        "Dies ist eine automatisch erzeugte Nachricht des Mailservers mx01.webhosting-nord.example.\n\n"
        f"Ihre Nachricht an\n\n    {b.rcpt}\n\n"
        "konnte bisher nicht zugestellt werden. Der Mailserver des Empfängers hat die Annahme vorübergehend abgelehnt:\n\n"
        "    451 4.7.1 Greylisting aktiv, bitte später erneut versuchen\n\n"
        f"Sie müssen nichts unternehmen. Wir versuchen die Zustellung automatisch weiter bis zum {fmt('{dd}.{mo}.{y}, {HH}:{mm}', loc='de', dt=rem.sent + timedelta(days=3))} Uhr. Erst wenn sie bis dahin nicht gelingt, erhalten Sie eine weitere Nachricht.\n\n"
        f"Betreff der Nachricht: {rem.subject()}\n"
        f"Gesendet am: {fmt('{dd}.{mo}.{y}, {HH}:{mm}', loc='de', dt=rem.sent)} Uhr\n\n"
        "-- \nWebhosting Nord - Mail-System\n"
    )
    msg = text_part(text=text, subtype="plain", charset="iso-8859-1", cte="qp")
    sender = "Mail-System Webhosting Nord <mailer-daemon@mx01.webhosting-nord.example>"
    return finish(
        b,
        msg,
        sender=sender,
        subject="Zustellung verzögert: Ihre Nachricht wurde noch nicht zugestellt",
    )


def bounce_exchange_fr(b: Bounce) -> Message:
    server = "PA4PR08MB7003.eurprd08.prod.outlook.com"
    diag = "550 5.4.1 Recipient address rejected: Access denied"
    human = human_alternative(
        title="Le message n’a pas pu être remis.",
        paragraphs=[
            f"Le serveur de messagerie du destinataire a refusé votre message pour {b.rcpt} : cette adresse n’est pas acceptée par le domaine.",
            "Que faire ? Vérifiez l’adresse du destinataire. Si elle est correcte, contactez le destinataire par un autre moyen et demandez-lui de transmettre ce message à son administrateur de messagerie.",
            f"Informations de diagnostic pour les administrateurs :\nServeur de génération : {server}\n{b.rcpt}\nLe serveur distant a retourné « {diag} ».",
        ],
    )
    parts = [human, dsn_part(b, mta=server, action="failed", diagnostic=diag), returned_headers(b)]
    subject = f"Non remis : {b.reminder().subject()}"
    return finish(
        b,
        report(parts),
        sender=exchange_sender(b),
        subject=subject,
        msgid=outlook_msgid(b.key, b.loc),
        prefix="_000_",
    )


def bounce_provider_fr_full(b: Bounce) -> Message:
    human = (
        "Bonjour,\n\n"
        f"Votre message adressé à {b.rcpt} n'a pas pu être distribué : la boîte aux lettres du destinataire est pleine.\n\n"
        "Réponse du serveur distant :\n"
        "    552 5.2.2 Quota dépassé pour ce destinataire\n\n"
        "Le message original est joint. Vous pourrez le renvoyer plus tard, lorsque le destinataire aura libéré de l'espace.\n\n"
        "Ceci est un message automatique, merci de ne pas y répondre.\n"
        "Service Messagerie Pro\n"
    )
    parts = [
        text_part(text=human, subtype="plain", charset="iso-8859-1", cte="qp"),
        dsn_part(
            b,
            mta="smtp-out.messagerie-pro-fr.example",
            action="failed",
            diagnostic="552 5.2.2 Quota depasse pour ce destinataire",
            remote=f"mx.{b.host}",
        ),
        returned_message(b),
    ]
    sender = "Service Messagerie Pro <mailer-daemon@smtp-out.messagerie-pro-fr.example>"
    return finish(
        b, report(parts), sender=sender, subject="Votre message n'a pas pu être distribué"
    )


def bounce_gmail_es(b: Bounce) -> Message:
    diag = "550 5.2.1 The email account that you tried to reach is disabled."
    human = human_alternative(
        title="** Mensaje no entregado **",
        paragraphs=[
            f"No se ha podido entregar tu mensaje a {b.rcpt} porque la cuenta está inhabilitada y no puede recibir correo.",
            "Más información: https://support.google.com/mail/?p=DisabledUser",
            "La respuesta del servidor ha sido:",
            f"{diag} For more information, go to https://support.google.com/mail/?p=DisabledUser 5b1f17b1804b1-43b2c9a7e1fsi9914205e9.88 - gsmtp",
        ],
    )
    parts = [
        human,
        dsn_part(
            b,
            mta="mx.google.com",
            action="failed",
            diagnostic=diag,
            remote="gmail-smtp-in.l.google.com",
        ),
        returned_headers(b),
    ]
    sender = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
    msgid = f"<{digest(b.key, 'gmail-bounce').hex()[:16]}.050a0220.2d7b91.4c1e.GMR@mx.google.com>"
    return finish(
        b,
        report(parts),
        sender=sender,
        subject="Delivery Status Notification (Failure)",
        msgid=msgid,
        extra=(("X-Failed-Recipients", b.rcpt),),
        prefix="000000000000",
    )


def bounce_gateway_nl(b: Bounce) -> Message:
    text = (
        "Uw bericht is niet afgeleverd.\n\n"
        f"Het onderstaande bericht is door de e-mailbeveiliging van {b.host} tegengehouden en niet bij de ontvanger afgeleverd.\n\n"
        f"Ontvanger:   {b.rcpt}\n"
        "Reden:       550 5.7.1 Bericht geweigerd op grond van het beleid van de ontvanger (links van een onbekende afzender)\n"
        f"Referentie:  MSG-{b32(b.key, 'ref', 6)}-{b.dt:%Y%m%d}\n\n"
        "Dit is een definitieve fout: het bericht wordt niet opnieuw verzonden. Neem bij vragen telefonisch contact op met de ontvanger en vermeld de referentie.\n\n"
        "— MailShield Secure E-mail Gateway\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text=text, subtype="plain", charset="windows-1252", cte="qp"))
    outer.attach(returned_headers(b))
    sender = f"MailShield Gateway <quarantine@mailshield.{b.host}>"
    subject = f"Bericht geblokkeerd: {b.reminder().subject()}"
    return finish(b, outer, sender=sender, subject=subject)


def bounce_exchange_nl_delay(b: Bounce) -> Message:
    server = "AM9PR02MB6611.eurprd02.prod.outlook.com"
    human = human_alternative(
        title="De bezorging van uw bericht is vertraagd.",
        paragraphs=[
            f"Uw bericht is nog niet afgeleverd bij {b.rcpt}. Er wordt automatisch opnieuw geprobeerd; u hoeft het bericht niet opnieuw te verzenden. Lukt het binnen twee dagen niet, dan ontvangt u een melding dat de bezorging is mislukt.",
            f"Diagnostische gegevens voor beheerders:\nGenererende server: {server}\n{b.rcpt}\nLaatste fout: 451 4.4.7 Message delayed; server op afstand reageert niet",
        ],
    )
    parts = [
        human,
        dsn_part(b, mta=server, action="delayed", diagnostic="451 4.4.7 Message delayed"),
        returned_headers(b),
    ]
    sender = "Microsoft Outlook <postmaster@copperleafit.onmicrosoft.example>"
    subject = f"Vertraagd: {b.reminder().subject()}"
    return finish(
        b,
        report(parts),
        sender=sender,
        subject=subject,
        msgid=outlook_msgid(b.key, b.loc),
        prefix="_000_",
    )


def bounce_exim_it_delay(b: Bounce) -> Message:
    human = (
        "Questo messaggio è stato generato automaticamente dal server di posta posta.copperleaf-it.example.\n\n"
        "ATTENZIONE: QUESTO È SOLO UN AVVISO.\nNON È NECESSARIO INVIARE DI NUOVO IL MESSAGGIO.\n\n"
        f"Il messaggio indirizzato a\n\n  {b.rcpt}\n\n"
        "non è ancora stato consegnato dopo 24 ore. Il server del destinatario non risulta raggiungibile:\n\n"
        f"  host mx.{b.host}: risoluzione DNS non completata (errore temporaneo)\n\n"
        "Il sistema continuerà a tentare la consegna fino a 4 giorni dall'invio. Se non andrà a buon fine riceverete un ulteriore avviso.\n"
    )
    parts = [
        text_part(text=human, subtype="plain", charset="utf-8", cte="8bit"),
        dsn_part(
            b,
            mta="posta.copperleaf-it.example",
            action="delayed",
            diagnostic="451 4.4.3 host lookup did not complete",
        ),
        returned_headers(b),
    ]
    exim_id = f"1w{b32(b.key, 'exim', 4)}-000{digest(b.key, 'e')[0] % 9}Qx-2C"
    sender = "Mail Delivery System <Mailer-Daemon@posta.copperleaf-it.example>"
    subject = f"Avviso: messaggio {exim_id} in ritardo di 24 ore"
    return finish(
        b, report(parts), sender=sender, subject=subject, extra=(("X-Failed-Recipients", b.rcpt),)
    )


def bounce_provider_it_full(b: Bounce) -> Message:
    rem = b.reminder()
    text = (
        "Gentile utente,\n\n"
        f'il messaggio con oggetto "{rem.subject()}", da lei inviato il {fmt("{dd}/{mo}/{y} alle {HH}:{mm}", loc="it", dt=rem.sent)} al destinatario\n\n'
        f"    {b.rcpt}\n\n"
        "non è stato ancora recapitato perché la casella del destinatario ha superato lo spazio disponibile (452 4.2.2 mailbox full).\n\n"
        "Il nostro server ritenterà la consegna per i prossimi 5 giorni. Non è necessario inviare di nuovo il messaggio.\n\n"
        "--\nServizio Posta Professionale\n"
    )
    msg = text_part(text=text, subtype="plain", charset="iso-8859-1", cte="8bit")
    sender = "Servizio Posta <postmaster@mailpro.servizioposta-it.example>"
    return finish(
        b, msg, sender=sender, subject="Avviso di mancato recapito temporaneo", auto_submitted=False
    )


BOUNCES: Final[tuple[Bounce, ...]] = (
    Bounce(
        key="bo-en-postfix-user-unknown",
        lang="en",
        loc="en-GB",
        kind="hard",
        status="5.1.1",
        rcpt="accounts@greystonedental.example",
        rcpt_name="Greystone Dental Care",
        date="2026-11-24 09:05 +0000",
        inv="CL/203861",
        amount="455.00",
        build=bounce_postfix,
        note="Postfix RFC 3464 report with the whole reminder returned",
    ),
    Bounce(
        key="bo-en-qmail",
        lang="en",
        loc="en-GB",
        kind="hard",
        status="5.1.1",
        rcpt="office@finchleyarchitects.example",
        rcpt_name="Finchley Architects",
        date="2026-12-02 08:41 +0000",
        inv="CL/204049",
        amount="1210.00",
        build=bounce_qmail,
        note="qmail-send notice, not MIME, the reminder copied inline",
        tricky=True,
    ),
    Bounce(
        key="bo-en-sendmail-delay",
        lang="en",
        loc="en-US",
        kind="soft",
        status="4.4.1",
        rcpt="billing@oakmontlaw.example",
        rcpt_name="Oakmont Law Group",
        date="2026-12-10 13:22 -0500",
        inv="CL/204337",
        amount="2075.00",
        build=bounce_sendmail_delay,
        delay_minutes=244,
        note="sendmail 4-hour delay warning ('you do not need to resend')",
        tricky=True,
    ),
    Bounce(
        key="bo-de-exchange-5-1-10",
        lang="de",
        loc="de",
        kind="hard",
        status="5.1.10",
        rcpt="buchhaltung@kanzlei-auer.example",
        rcpt_name="Kanzlei Auer",
        date="2026-11-27 09:14 +0100",
        inv="CL/203984",
        amount="1345.00",
        build=bounce_exchange_de,
        note="Exchange Online NDR in German ('Unzustellbar')",
    ),
    Bounce(
        key="bo-de-greylisting",
        lang="de",
        loc="de",
        kind="soft",
        status="4.7.1",
        rcpt="info@immobilien-seeger.example",
        rcpt_name="Immobilien Seeger",
        date="2026-11-23 18:12 +0100",
        inv="CL/203841",
        amount="590.00",
        build=bounce_provider_de_greylist,
        delay_minutes=244,
        note="German hosting provider's delay notice (greylisting), single text part, no DSN",
        tricky=True,
    ),
    Bounce(
        key="bo-fr-exchange-5-4-1",
        lang="fr",
        loc="fr",
        kind="hard",
        status="5.4.1",
        rcpt="compta@cabinet-aubert.example",
        rcpt_name="Cabinet Aubert",
        date="2026-12-07 09:11 +0100",
        inv="CL/204239",
        amount="1080.00",
        build=bounce_exchange_fr,
        note="Exchange Online NDR in French ('Non remis'), recipient rejected by the domain",
    ),
    Bounce(
        key="bo-fr-boite-pleine",
        lang="fr",
        loc="fr",
        kind="soft",
        status="5.2.2",
        rcpt="secretariat@dentiste-valette.example",
        rcpt_name="Cabinet dentaire Valette",
        date="2026-12-04 10:02 +0100",
        inv="CL/204137",
        amount="375.00",
        build=bounce_provider_fr_full,
        note="mailbox full reported as a failure with a 5.x code: soft (a full mailbox is temporary), the code is kept",
        tricky=True,
    ),
    Bounce(
        key="bo-es-gmail-disabled",
        lang="es",
        loc="es",
        kind="hard",
        status="5.2.1",
        rcpt="despacho.moreno.abogados@gmail.com",
        rcpt_name="Despacho Moreno Abogados",
        date="2026-12-11 09:30 +0100",
        inv="CL/204358",
        amount="860.00",
        build=bounce_gmail_es,
        note="Gmail failure notice in Spanish: account disabled",
    ),
    Bounce(
        key="bo-nl-security-gateway",
        lang="nl",
        loc="nl",
        kind="hard",
        status="5.7.1",
        rcpt="facturen@notariskantoor-hendriks.example",
        rcpt_name="Notariskantoor Hendriks",
        date="2026-12-08 09:20 +0100",
        inv="CL/204222",
        amount="1175.00",
        build=bounce_gateway_nl,
        note="recipient's security gateway refuses the message by policy; permanent, no DSN part",
        tricky=True,
    ),
    Bounce(
        key="bo-nl-exchange-delay",
        lang="nl",
        loc="nl",
        kind="soft",
        status="4.4.7",
        rcpt="administratie@kuipersmakelaars.example",
        rcpt_name="Kuipers Makelaars",
        date="2026-12-16 13:05 +0100",
        inv="CL/204447",
        amount="640.00",
        build=bounce_exchange_nl_delay,
        delay_minutes=242,
        note="Exchange Online delay notice in Dutch ('Vertraagd')",
    ),
    Bounce(
        key="bo-it-exim-delay",
        lang="it",
        loc="it",
        kind="soft",
        status="4.4.3",
        rcpt="contabilita@studiocolombo-architetti.example",
        rcpt_name="Studio Colombo Architetti",
        date="2026-12-15 09:40 +0100",
        inv="CL/204397",
        amount="930.00",
        build=bounce_exim_it_delay,
        delay_minutes=1442,
        note="Exim 24-hour delay warning with an Italian template",
    ),
    Bounce(
        key="bo-it-casella-piena",
        lang="it",
        loc="it",
        kind="soft",
        status="4.2.2",
        rcpt="segreteria@studiogatti-avvocati.example",
        rcpt_name="Studio Gatti Avvocati",
        date="2026-11-26 11:25 +0100",
        inv="CL/203869",
        amount="480.00",
        build=bounce_provider_it_full,
        delay_minutes=95,
        note="Italian provider notice, single Latin-1 part: mailbox over quota, retrying",
    ),
)


# --------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply, file: str) -> Label:
    x = r.extract
    return Label(
        file=file,
        intent=r.intent,
        promised_date=x.get("promised_date"),
        paid_date=x.get("paid_date"),
        return_date=x.get("return_date"),
        payment_reference=x.get("payment_reference"),
        amount=x.get("amount"),
        currency=x.get("currency"),
        new_contact=x.get("new_contact"),
        bounce_kind=None,
        failed_recipient=None,
        bounce_status=None,
        invoice_refs=list(r.refs),
        language=r.lang,
        note=r.note,
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


# --------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------

ISO_DAY: Final = re.compile(r"\d{4}-\d{2}-\d{2}")
AMOUNT: Final = re.compile(r"\d+\.\d{2}")
STATUS: Final = re.compile(r"[245]\.\d{1,3}\.\d{1,3}")
INVOICE: Final = re.compile(r"CL/\d{6}")
INVOICE_IN_TEXT: Final = re.compile(r"\bCL[/ -]?(\d{6})\b")
EMAIL: Final = re.compile(r"[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]+")
# Which intent may fill which optional field.
FIELD_OWNERS: Final[dict[str, frozenset[Intent]]] = {
    "promised_date": frozenset({"promise_to_pay"}),
    "paid_date": frozenset({"payment_sent"}),
    "return_date": frozenset({"auto_reply"}),
    "payment_reference": frozenset({"payment_sent"}),
    "amount": frozenset({"payment_sent", "promise_to_pay"}),
    "currency": frozenset({"payment_sent", "promise_to_pay"}),
    "new_contact": frozenset({"wrong_contact"}),
    "bounce_kind": frozenset({"bounce"}),
    "failed_recipient": frozenset({"bounce"}),
    "bounce_status": frozenset({"bounce"}),
}


def field_problems(label: Label) -> Iterable[str]:
    values: dict[str, object] = dict(label)
    for name, owners in FIELD_OWNERS.items():
        if values[name] is not None and label["intent"] not in owners:
            yield f"{name} set on a {label['intent']} message"
    for name in ("promised_date", "paid_date", "return_date"):
        value = values[name]
        if value is not None and not (isinstance(value, str) and ISO_DAY.fullmatch(value)):
            yield f"{name} is not an ISO date"
    if (label["amount"] is None) != (label["currency"] is None):
        yield "amount and currency must come together"
    if label["amount"] is not None and not AMOUNT.fullmatch(label["amount"]):
        yield "amount is not a plain decimal"


def bounce_problems(label: Label) -> Iterable[str]:
    if label["intent"] != "bounce":
        return
    status, kind = label["bounce_status"], label["bounce_kind"]
    if status is None or not STATUS.fullmatch(status):
        yield "bounce without a valid status"
    if kind not in {"hard", "soft"}:
        yield "bounce without a kind"
    if kind == "hard" and status is not None and not status.startswith("5."):
        yield "hard bounce with a temporary status"
    rcpt = label["failed_recipient"]
    if rcpt is None or not EMAIL.fullmatch(rcpt):
        yield "bounce without a failed recipient"


def label_problems(label: Label) -> list[str]:
    problems = list(field_problems(label)) + list(bounce_problems(label))
    if tuple(label) != LABEL_KEYS:
        problems.append("keys out of order")
    if label["intent"] not in INTENTS or label["language"] not in LANGS:
        problems.append("unknown intent or language")
    if any(not INVOICE.fullmatch(ref) for ref in label["invoice_refs"]):
        problems.append("invoice ref not in CL/NNNNNN form")
    contact = label["new_contact"]
    if contact is not None and not EMAIL.fullmatch(contact):
        problems.append("new_contact is not a lower-case address")
    return problems


def in_window(dt: datetime) -> bool:
    """Messages are dated within the corpus window, in the sender's own time zone."""
    return FIRST_DAY <= dt.strftime("%Y-%m-%d") <= LAST_DAY


def reply_problems(r: Reply) -> list[str]:
    """The labels must match the hand-written text they describe."""
    problems = []
    if not in_window(r.dt):
        problems.append("dated outside the corpus window")
    found = {f"CL/{digits}" for digits in INVOICE_IN_TEXT.findall(r.body)}
    if found != set(r.refs):
        problems.append(f"invoice_refs {sorted(r.refs)} but the text names {sorted(found)}")
    contact = r.extract.get("new_contact")
    if contact is not None and contact not in r.body.lower():
        problems.append("new_contact not in the text")
    return problems


def decoded_texts(msg: EmailMessage) -> list[str]:
    texts = []
    for sub in msg.walk():
        if sub.defects:
            raise SystemExit(f"defects: {sub.defects}")
        if sub.get_content_maintype() == "text":
            content = sub.get_content()
            if not isinstance(content, str):
                raise SystemExit("text part not decoded to str")
            texts.append(html.unescape(content))
    return texts


def address_problems(msg: EmailMessage) -> Iterable[str]:
    for name in ("From", "To", "Cc"):
        value = msg.get(name)
        if value is None:
            continue
        if not isinstance(value, AddressHeader) or not value.addresses:
            yield f"{name} is not an address header"
        elif any("@" not in a.addr_spec or "=?" in a.display_name for a in value.addresses):
            yield f"{name} has an address that does not parse"


def check_message(name: str, data: bytes, *, body: str | None) -> None:
    """Parse the message back the way the classifier will, and look at what comes out."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        value = msg.get(header)
        if value is None or "=?" in str(value):
            raise SystemExit(f"{name}: {header} missing or not decoded")
    problems = list(address_problems(msg))
    if problems:
        raise SystemExit(f"{name}: " + "; ".join(problems))
    texts = decoded_texts(msg)
    if not texts:
        raise SystemExit(f"{name}: no text part")
    if body is not None and body.split("\n", 1)[0] not in "\n".join(texts):
        raise SystemExit(f"{name}: the hand-written text does not survive decoding")


def check_counts(labels: list[Label]) -> None:
    cells = Counter((label["intent"], label["language"]) for label in labels)
    per_intent = Counter(label["intent"] for label in labels)
    kinds = Counter(label["bounce_kind"] for label in labels if label["intent"] == "bounce")
    problems = [
        f"{intent}: {per_intent[intent]} messages" for intent in INTENTS if per_intent[intent] != 12
    ]
    problems += [
        f"{intent}/{lang} empty" for intent in INTENTS for lang in LANGS if not cells[intent, lang]
    ]
    if kinds["hard"] != 6 or kinds["soft"] != 6:
        problems.append(f"bounce kinds {dict(kinds)}")
    if problems:
        raise SystemExit("counts: " + "; ".join(problems))


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Item:
    """One message ready to be numbered: its key, its MIME tree, its label and its new text."""

    key: str
    message: Message
    label: Callable[[str], Label]
    body: str | None
    tricky: bool


def all_items() -> list[Item]:
    items = []
    for r in REPLIES:
        problems = reply_problems(r)
        if problems:
            raise SystemExit(f"{r.key}: " + "; ".join(problems))
        items.append(
            Item(
                key=r.key,
                message=build_reply(r),
                label=partial(reply_label, r),
                body=r.body,
                tricky=r.tricky,
            )
        )
    for b in BOUNCES:
        if not in_window(b.dt):
            raise SystemExit(f"{b.key}: dated outside the corpus window")
        items.append(
            Item(
                key=b.key,
                message=b.build(b),
                label=partial(bounce_label, b),
                body=None,
                tricky=b.tricky,
            )
        )
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    return sorted(items, key=lambda item: digest(item.key, "shuffle"))


def count_table(labels: list[Label]) -> str:
    cells = Counter((label["intent"], label["language"]) for label in labels)
    rows = ["| intent | " + " | ".join(LANGS) + " | total |", "|---|" + "---:|" * (len(LANGS) + 1)]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[intent, lang] for intent in INTENTS) for lang in LANGS]
    cells_total = " | ".join(f"**{t}**" for t in totals)
    rows.append(f"| **total** | {cells_total} | **{sum(totals)}** |")
    return "\n".join(rows)


def write_all() -> tuple[list[Label], int]:
    items = all_items()
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for number, item in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = item.message.as_bytes()
        check_message(name, data, body=item.body)
        label = item.label(name)
        problems = label_problems(label)
        if problems:
            raise SystemExit(f"{name} ({item.key}): " + "; ".join(problems))
        (HERE / name).write_bytes(data)
        labels.append(label)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels, sum(item.tricky for item in items)


def main() -> int:
    labels, tricky = write_all()
    print(count_table(labels))
    kinds = Counter(label["bounce_kind"] for label in labels if label["intent"] == "bounce")
    print(
        f"\n{len(labels)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft; hard cases: {tricky}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
