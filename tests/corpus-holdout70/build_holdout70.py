# ruff: noqa: E501, RUF001
# The message text below is hand-written, one paragraph per line as a mail client sends it,
# with the typographic dashes, quotes and spaces that people and their clients really type.
"""Build held-out reply corpus 70: `h70-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Maren Textile Care, a commercial laundry and
linen-hire company, after it sent an overdue reminder. The new text of each message is written by
hand below; the script only adds what a mail client or a mail server would add (the quoted
reminder in the client's layout and language, headers, MIME structure, charsets and transfer
encodings). It writes next to itself, deterministically, and parses every message back.
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
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Final, Literal, TypedDict, get_args

HERE: Final = Path(__file__).resolve().parent
PREFIX: Final = "h70"
SHUFFLE_SEED: Final = "holdout70-20270405"
AR_NAME: Final = "Maren Receivables"
AR_ADDR: Final = "receivables@marentextile.example"
AR_DOMAIN: Final = "marentextile.example"
FIRST_DAY: Final = date(2027, 4, 5)
LAST_DAY: Final = date(2027, 4, 30)
PER_INTENT: Final = 12
BOUNCES_PER_KIND: Final = 6
NOON: Final = 12
GROUP: Final = 3
SATURDAY: Final = 5
SHORT_HEADER: Final = 60
NBSP: Final = "\u00a0"

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
BounceKind = Literal["hard", "soft"]
Region = Literal["GB", "IE", "US", "DE", "AT", "CH", "FR", "ES", "NL", "BE", "IT"]
Client = Literal[
    "outlook",
    "outlook_html",
    "html_only",
    "owa",
    "gmail",
    "gmail_plain",
    "apple",
    "iphone",
    "thunderbird",
    "android",
    "samsung",
    "inline",
    "notice",
    "notice_html",
]
Cte = Literal["qp", "b64", "8bit", "7bit"]
InvoiceKind = Literal["weekly", "loss", "rental"]
Currency = Literal["EUR", "GBP", "USD", "CHF"]

LANGS: Final[tuple[Lang, ...]] = get_args(Lang)
INTENTS: Final[tuple[Intent, ...]] = get_args(Intent)


class Label(TypedDict):
    """One line of labels.jsonl, keys in the project's order."""

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


LABEL_KEYS: Final = tuple(Label.__annotations__)


@dataclass(frozen=True, kw_only=True)
class Facts:
    """What a collector should extract from a reply (everything not given stays null)."""

    promised_date: str | None = None
    paid_date: str | None = None
    return_date: str | None = None
    payment_reference: str | None = None
    amount: str | None = None
    currency: Currency | None = None
    new_contact: str | None = None
    refs: tuple[str, ...] = ()
    note: str | None = None


NO_FACTS: Final = Facts()


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One hand-written reply or automatic notice answering a reminder."""

    key: str
    intent: Intent
    lang: Lang
    region: Region
    sender: tuple[str, str]
    org: str
    when: str
    client: Client
    body: str
    facts: Facts = NO_FACTS
    inv: str
    amount: str = "0.00"
    kind: InvoiceKind = "weekly"
    charset: str = "utf-8"
    cte: Cte = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    attachment: tuple[str, bytes] | None = None
    threaded: bool = True
    quoted_days: int = 1
    reminder_to: str = ""
    cc: str = ""

    @property
    def dt(self) -> datetime:
        """The Date of the message, in the sender's own time zone."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def to_addr(self) -> str:
        """The address Maren's reminder was sent to."""
        return self.reminder_to or self.sender[1]


# --------------------------------------------------------------------------------------------
# Locale tables
# --------------------------------------------------------------------------------------------

CURRENCY: Final[dict[Region, Currency]] = {
    "GB": "GBP",
    "IE": "EUR",
    "US": "USD",
    "DE": "EUR",
    "AT": "EUR",
    "CH": "CHF",
    "FR": "EUR",
    "ES": "EUR",
    "NL": "EUR",
    "BE": "EUR",
    "IT": "EUR",
}
ENTITY: Final[dict[Region, tuple[str, str]]] = {
    "GB": ("Maren Textile Care Ltd", "+44 20 7946 0312"),
    "IE": ("Maren Textile Care (Ireland) Ltd", "+353 1 555 0128"),
    "US": ("Maren Textile Care Inc.", "+1 617 555 0143"),
    "DE": ("Maren Textile Care GmbH", "+49 40 5550 1870"),
    "AT": ("Maren Textile Care GmbH, Niederlassung Wien", "+43 1 555 0172"),
    "CH": ("Maren Textile Care AG", "+41 44 555 0190"),
    "FR": ("Maren Textile Care SAS", "+33 1 70 55 01 46"),
    "ES": ("Maren Textile Care S.L.", "+34 910 555 214"),
    "NL": ("Maren Textile Care B.V.", "+31 20 555 0137"),
    "BE": ("Maren Textile Care B.V., filiaal België", "+32 2 555 01 63"),
    "IT": ("Maren Textile Care S.r.l.", "+39 02 5550 3318"),
}
CONTENT_LANGUAGE: Final[dict[Region, str]] = {
    "GB": "en-GB",
    "IE": "en-IE",
    "US": "en-US",
    "DE": "de-DE",
    "AT": "de-AT",
    "CH": "de-CH",
    "FR": "fr-FR",
    "ES": "es-ES",
    "NL": "nl-NL",
    "BE": "nl-BE",
    "IT": "it-IT",
}
WEEKDAYS: Final[dict[str, tuple[str, ...]]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
}
WEEKDAYS_ABBR: Final[dict[str, tuple[str, ...]]] = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "it": ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
}
MONTHS: Final[dict[str, tuple[str, ...]]] = {
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
MONTHS_ABBR: Final[dict[str, tuple[str, ...]]] = {
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

# Attribution lines, keyed by client family and locale ("en-US" and "en-GB" differ, the others by language).
GMAIL_ATTR: Final[dict[str, str]] = {
    "en-US": "On {wda}, {mona} {d}, {y} at {h12}:{mi} {ampm} {name} <{addr}> wrote:",
    "en-GB": "On {wda}, {d} {mona} {y} at {HH}:{mi}, {name} <{addr}> wrote:",
    "de": "Am {wda}, {d}. {mona} {y} um {HH}:{mi} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda} {d} {mona} {y} à {HH}:{mi}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {mona} {y} a las {H}:{mi}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {mona} {y} om {HH}:{mi} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {mona} {y} alle ore {HH}:{mi} {name} <{addr}> ha scritto:",
}
APPLE_ATTR: Final[dict[str, str]] = {
    "en-US": "On {mona} {d}, {y}, at {h12}:{mi} {ampm}, {name} <{addr}> wrote:",
    "en-GB": "On {d} {mona} {y}, at {HH}:{mi}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mi} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mona} {y} à {HH}:{mi}, {name} <{addr}> a écrit :",
    "es": "El {d} {mona} {y}, a las {H}:{mi}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mona} {y} om {HH}:{mi} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mona} {y}, alle ore {HH}:{mi}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR: Final[dict[str, str]] = {
    "en-US": "On {m}/{d}/{yy} {h12}:{mi} {ampm}, {name} wrote:",
    "en-GB": "On {dd}/{mo}/{y} {HH}:{mi}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mi} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mi}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{mi}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mi} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mi}, {name} ha scritto:",
}
OUTLOOK_SENT: Final[dict[str, str]] = {
    "en-US": "{wd}, {mon} {d}, {y} {h12}:{mi} {ampm}",
    "en-GB": "{wd}, {d} {mon} {y} {HH}:{mi}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{mi}",
    "fr": "{wd} {d} {mon} {y} {HH}:{mi}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{mi}",
    "nl": "{wd} {d} {mon} {y} {HH}:{mi}",
    "it": "{wd} {d} {mon} {y} {HH}:{mi}",
}
SAMSUNG_DATE: Final[dict[str, str]] = {
    "en-US": "{m}/{d}/{yy} {h12}:{mi} {ampm} (GMT{tz})",
    "en-GB": "{dd}/{mo}/{y} {HH}:{mi} (GMT{tz})",
    "de": "{dd}.{mo}.{yy} {HH}:{mi} (GMT{tz})",
    "fr": "{dd}/{mo}/{y} {HH}:{mi} (GMT{tz})",
    "es": "{d}/{m}/{yy} {H}:{mi} (GMT{tz})",
    "nl": "{dd}-{mo}-{y} {HH}:{mi} (GMT{tz})",
    "it": "{dd}/{mo}/{y} {HH}:{mi} (GMT{tz})",
}
# divider, From, Sent, To, Subject, separator after the label
OUTLOOK_LABELS: Final[dict[Lang, tuple[str, str, str, str, str, str]]] = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
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
ANDROID_SIG: Final[dict[Lang, str]] = {
    "en": "Get Outlook for Android",
    "de": "Outlook für Android herunterladen",
    "fr": "Télécharger Outlook pour Android",
    "es": "Obtener Outlook para Android",
    "nl": "Outlook voor Android downloaden",
    "it": "Scarica Outlook per Android",
}
SAMSUNG_SIG: Final[dict[Lang, str]] = {
    "en": "Sent from my Galaxy",
    "de": "Von meinem Galaxy gesendet",
    "fr": "Envoyé depuis mon Galaxy",
    "es": "Enviado desde mi smartphone Samsung Galaxy.",
    "nl": "Verzonden vanaf mijn Galaxy",
    "it": "Inviato dal mio Galaxy",
}

# --------------------------------------------------------------------------------------------
# The reminder Maren sent (quoted in the replies, returned inside bounces)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT: Final[dict[Lang, str]] = {
    "en": "Payment reminder – invoice {inv} overdue",
    "de": "Zahlungserinnerung – Rechnung {inv} überfällig",
    "fr": "Rappel de paiement – facture {inv} échue",
    "es": "Recordatorio de pago – factura {inv} vencida",
    "nl": "Betalingsherinnering – factuur {inv} vervallen",
    "it": "Sollecito di pagamento – fattura {inv} scaduta",
}
INVOICE_KIND: Final[dict[Lang, dict[InvoiceKind, str]]] = {
    "en": {
        "weekly": "Weekly delivery, week {week}",
        "loss": "Loss charge (items not returned)",
        "rental": "Workwear and mat hire, {month}",
    },
    "de": {
        "weekly": "Wochenlieferung KW {week}",
        "loss": "Schwundberechnung (nicht zurückgegebene Teile)",
        "rental": "Mietwäsche und Matten, {month}",
    },
    "fr": {
        "weekly": "Livraison hebdomadaire, semaine {week}",
        "loss": "Facturation des pertes (articles non restitués)",
        "rental": "Location vêtements et tapis, {month}",
    },
    "es": {
        "weekly": "Entrega semanal, semana {week}",
        "loss": "Cargo por pérdidas (artículos no devueltos)",
        "rental": "Alquiler de vestuario y alfombras, {month}",
    },
    "nl": {
        "weekly": "Weeklevering week {week}",
        "loss": "Verliesberekening (niet-geretourneerd textiel)",
        "rental": "Huur kleding en matten, {month}",
    },
    "it": {
        "weekly": "Consegna settimanale, settimana {week}",
        "loss": "Addebito ammanchi (capi non restituiti)",
        "rental": "Noleggio divise e tappeti, {month}",
    },
}
REMINDER_BODY: Final[dict[Lang, str]] = {
    "en": (
        "Hello,\n\n"
        "According to our records the invoice below on account {acct} ({org}) has not yet been paid:\n\n"
        "    {inv}    {kind}    dated {issued}    due {due}    {amount}\n\n"
        "Please arrange payment at your earliest convenience. If you have already paid, reply with the payment date and your reference so that we can allocate it. If anything on the invoice looks wrong, simply reply to this e-mail and we will look into it.\n\n"
        "Thank you,\n\n"
        "Accounts Receivable\n{entity}\n{addr} | {phone}"
    ),
    "de": (
        "Guten Tag,\n\n"
        "laut unserer Buchhaltung ist die folgende Rechnung zu Ihrem Kundenkonto {acct} ({org}) noch offen:\n\n"
        "    {inv}    {kind}    vom {issued}    fällig am {due}    {amount}\n\n"
        "Bitte überweisen Sie den Betrag zeitnah. Falls Sie bereits gezahlt haben, nennen Sie uns bitte Zahlungsdatum und Referenz, damit wir die Zahlung zuordnen können. Wenn Ihnen an der Rechnung etwas nicht stimmig erscheint, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\n"
        "Debitorenbuchhaltung\n{entity}\n{addr} | {phone}"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, la facture ci-dessous du compte {acct} ({org}) n'a pas encore été réglée :\n\n"
        "    {inv}    {kind}    du {issued}    échéance {due}    {amount}\n\n"
        "Nous vous remercions de procéder au règlement dans les meilleurs délais. Si le paiement a déjà été effectué, merci de nous indiquer sa date et sa référence afin que nous puissions le rapprocher. Pour toute question sur cette facture, il suffit de répondre à ce message.\n\n"
        "Cordialement,\n\n"
        "Service Recouvrement\n{entity}\n{addr} | {phone}"
    ),
    "es": (
        "Buenos días:\n\n"
        "Según nuestros registros, la siguiente factura de la cuenta {acct} ({org}) sigue pendiente de pago:\n\n"
        "    {inv}    {kind}    de fecha {issued}    vencimiento {due}    {amount}\n\n"
        "Les rogamos que realicen el pago a la mayor brevedad. Si ya lo han efectuado, indíquennos la fecha y la referencia para poder aplicarlo. Si observan cualquier incidencia en la factura, basta con responder a este correo.\n\n"
        "Un saludo,\n\n"
        "Departamento de Cobros\n{entity}\n{addr} | {phone}"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie staat de onderstaande factuur op klantrekening {acct} ({org}) nog open:\n\n"
        "    {inv}    {kind}    factuurdatum {issued}    vervaldatum {due}    {amount}\n\n"
        "Wij verzoeken u het bedrag zo spoedig mogelijk te voldoen. Heeft u al betaald, laat ons dan de betaaldatum en het kenmerk weten, zodat wij de betaling kunnen afletteren. Klopt er iets niet aan de factuur, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenadministratie\n{entity}\n{addr} | {phone}"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dai nostri archivi risulta ancora aperta la seguente fattura del conto cliente {acct} ({org}):\n\n"
        "    {inv}    {kind}    del {issued}    scadenza {due}    {amount}\n\n"
        "Vi preghiamo di provvedere al pagamento quanto prima. Se il pagamento è già stato effettuato, comunicateci data e riferimento, così da poterlo abbinare. Per qualsiasi chiarimento sulla fattura è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio Crediti\n{entity}\n{addr} | {phone}"
    ),
}
LATIN1_FALLBACK: Final[dict[str, str]] = {
    "–": "-",
    "€": "EUR",
    "’": "'",
    "“": '"',
    "”": '"',
    "…": "...",
}


# --------------------------------------------------------------------------------------------
# Small helpers: hashes, dates, numbers
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable pseudo-random byte string for a message key."""
    return hashlib.sha256(f"{salt}|{key}".encode()).digest()


def token(key: str, salt: str, length: int) -> str:
    """Stable upper-case base32 characters for ids and boundaries."""
    return base64.b32encode(digest(key, salt)).decode()[:length]


def number(key: str, salt: str, low: int, high: int) -> int:
    """A stable integer in [low, high] for a message key."""
    return low + int.from_bytes(digest(key, salt)[:4], "big") % (high - low + 1)


def locale_key(lang: Lang, region: Region) -> str:
    """Key into the attribution tables: English differs by region, the rest by language."""
    if lang == "en":
        return "en-US" if region == "US" else "en-GB"
    return lang


def tz_label(dt: datetime) -> str:
    """'+02:00' style offset, as Samsung prints it."""
    stamp = dt.strftime("%z")
    return f"{stamp[:3]}:{stamp[3:]}"


def date_words(lang: Lang, dt: datetime) -> dict[str, str]:
    """Every piece a client may use to print a date and time."""
    hour12 = (dt.hour - 1) % 12 + 1
    return {
        "wd": WEEKDAYS[lang][dt.weekday()],
        "wda": WEEKDAYS_ABBR[lang][dt.weekday()],
        "mon": MONTHS[lang][dt.month - 1],
        "mona": MONTHS_ABBR[lang][dt.month - 1],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "m": str(dt.month),
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "H": str(dt.hour),
        "HH": f"{dt.hour:02d}",
        "mi": f"{dt.minute:02d}",
        "h12": str(hour12),
        "ampm": "AM" if dt.hour < NOON else "PM",
        "tz": tz_label(dt),
    }


def short_date(region: Region, day: date) -> str:
    """An invoice date the way Maren prints it for the customer's country."""
    if region == "US":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if region in {"DE", "AT", "CH"}:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if region in {"NL", "BE"}:
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def group_digits(whole: str, sep: str) -> str:
    """Thousands grouping with a given separator."""
    groups: list[str] = []
    while len(whole) > GROUP:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sep.join(groups)


def money(region: Region, amount: str) -> str:
    """An amount in the customer's local notation."""
    whole, cents = amount.split(".")
    comma, dot, apostrophe = (
        group_digits(whole, ","),
        group_digits(whole, "."),
        group_digits(whole, "'"),
    )
    formats: dict[Region, str] = {
        "GB": f"£{comma}.{cents}",
        "IE": f"€{comma}.{cents}",
        "US": f"${comma}.{cents}",
        "CH": f"CHF {apostrophe}.{cents}",
        "FR": group_digits(whole, NBSP) + f",{cents}{NBSP}€",
        "NL": f"€ {dot},{cents}",
        "BE": f"€ {dot},{cents}",
        "IT": f"€ {dot},{cents}",
    }
    return formats.get(region, f"{dot},{cents} €")


def latin1_safe(text: str) -> str:
    """What a Latin-1 client makes of characters it cannot send."""
    for bad, good in LATIN1_FALLBACK.items():
        text = text.replace(bad, good)
    return text


def fits(text: str, charset: str) -> str:
    """Adapt the quoted reminder to the reply's charset, as the client would."""
    if charset == "iso-8859-1":
        return latin1_safe(text)
    return text


# --------------------------------------------------------------------------------------------
# The reminder
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Reminder:
    """The reminder Maren sent, as the customer's client shows it."""

    key: str
    lang: Lang
    region: Region
    org: str
    to_name: str
    to_addr: str
    inv: str
    amount: str
    kind: InvoiceKind
    sent: datetime

    @property
    def subject(self) -> str:
        """The reminder's subject line."""
        return REMINDER_SUBJECT[self.lang].format(inv=self.inv)

    @property
    def to_display(self) -> str:
        """The To: of the reminder as a client prints it."""
        return f"{self.to_name} <{self.to_addr}>" if self.to_name else self.to_addr

    def text(self) -> str:
        """The plain-text body of the reminder."""
        issued = (self.sent - timedelta(days=number(self.key, "issued", 38, 58))).date()
        kind = INVOICE_KIND[self.lang][self.kind].format(
            week=issued.isocalendar().week,
            month=f"{MONTHS[self.lang][issued.month - 1]} {issued.year}",
        )
        entity, phone = ENTITY[self.region]
        return REMINDER_BODY[self.lang].format(
            acct=f"K{number(self.key, 'account', 10200, 48900)}",
            org=self.org,
            inv=self.inv,
            kind=kind,
            issued=short_date(self.region, issued),
            due=short_date(self.region, issued + timedelta(days=30)),
            amount=money(self.region, self.amount),
            entity=entity,
            addr=AR_ADDR,
            phone=phone,
        )

    def paragraphs(self) -> list[str]:
        """The reminder split into paragraphs (inline replies answer between them)."""
        return self.text().split("\n\n")


def reminder_sent(reply_dt: datetime, days: int) -> datetime:
    """When the reminder went out: a working-day morning before the reply, or just before a notice."""
    if days == 0:
        return reply_dt - timedelta(minutes=number(reply_dt.isoformat(), "lag", 1, 6))
    day = reply_dt - timedelta(days=days)
    while day.weekday() >= SATURDAY:
        day -= timedelta(days=1)
    return day.replace(hour=8, minute=number(reply_dt.isoformat(), "minute", 0, 40), second=0)


def reminder_for(r: Reply) -> Reminder:
    """The reminder a reply answers."""
    name = r.sender[0] if r.to_addr == r.sender[1] else ""
    return Reminder(
        key=r.key,
        lang=r.lang,
        region=r.region,
        org=r.org,
        to_name=name,
        to_addr=r.to_addr,
        inv=r.inv,
        amount=r.amount,
        kind=r.kind,
        sent=reminder_sent(r.dt, r.quoted_days),
    )


def reminder_id(key: str) -> str:
    """The Message-ID Maren's mailer gave the reminder."""
    return f"<rem.{token(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------


def text_part(text: str, *, subtype: str, charset: str, cte: Cte) -> Message:
    """A text/* part encoded the way the client would send it."""
    raw = text.encode(charset)  # raises if the hand-written text does not fit the charset
    if cte in {"8bit", "7bit"}:
        part = MIMENonMultipart("text", subtype, charset=charset)
        part.set_payload(raw.decode("ascii", "surrogateescape"))
        part["Content-Transfer-Encoding"] = cte
        return part
    chosen = email_charset.Charset(charset)
    chosen.body_encoding = email_charset.BASE64 if cte == "b64" else email_charset.QP
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, chosen)
    return part


def encoded_header(value: str, charset: str, *, name: str = "From") -> str:
    """A header value as a client writes it: RFC 2047 encoded words when it is not ASCII."""
    if value.isascii():
        return value
    enc = charset if charset in {"iso-8859-1", "windows-1252"} else "utf-8"
    try:
        value.encode(enc)
    except UnicodeEncodeError:
        enc = "utf-8"
    chosen = email_charset.Charset(enc)
    chosen.header_encoding = (
        email_charset.QP if enc != "utf-8" or len(value) < SHORT_HEADER else email_charset.BASE64
    )
    return Header(value, chosen, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str) -> str:
    """A From/To mailbox with an encoded display name when needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded_header(name, charset)} <{addr}>"


def alternative(plain: Message, markup: Message) -> Message:
    """multipart/alternative of a text and an HTML part."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def quote_lines(text: str) -> str:
    """'>' quoting as plain-text clients do it."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    """Text lines joined with <br>, escaped."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """Text paragraphs as <p> blocks."""
    return "\n".join(f"<p>{html_lines(block)}</p>" for block in text.split("\n\n"))


def word_paragraphs(text: str) -> str:
    """Text as Word's MsoNormal paragraphs, one per line."""
    rows = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        rows.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(rows)


# --------------------------------------------------------------------------------------------
# Mail clients: what each one wraps around the hand-written text
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Quote:
    """The reminder as the replying client quotes it."""

    text: str
    subject: str
    sent: datetime
    to: str
    lang: Lang
    loc: str

    def words(self) -> dict[str, str]:
        """Date pieces of the reminder's sending time, in the client's language."""
        return date_words(self.lang, self.sent)


def make_quote(r: Reply, rem: Reminder) -> Quote:
    """Quote the reminder in the reply's language and charset."""
    return Quote(
        text=fits(rem.text(), r.charset),
        subject=fits(rem.subject, r.charset),
        sent=rem.sent,
        to=rem.to_display,
        lang=r.lang,
        loc=locale_key(r.lang, r.region),
    )


def attribution(table: dict[str, str], q: Quote) -> str:
    """An attribution line from one of the client tables."""
    return table[q.loc].format(**q.words(), name=AR_NAME, addr=AR_ADDR)


def outlook_rows(q: Quote) -> list[tuple[str, str]]:
    """The From/Sent/To/Subject rows of an Outlook reply header."""
    _, frm, sent, to, subj, _ = OUTLOOK_LABELS[q.lang]
    return [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, OUTLOOK_SENT[q.loc].format(**q.words())),
        (to, q.to),
        (subj, q.subject),
    ]


def outlook_block(q: Quote) -> list[str]:
    """The Outlook reply header as plain-text lines."""
    sep = OUTLOOK_LABELS[q.lang][5]
    return [f"{label}{sep}{value}" for label, value in outlook_rows(q)]


def plain(r: Reply, text: str) -> Message:
    """The reply's text/plain part."""
    return text_part(text, subtype="plain", charset=r.charset, cte=r.cte)


def markup(r: Reply, text: str) -> Message:
    """The reply's text/html part."""
    return text_part(text, subtype="html", charset=r.charset, cte=r.cte)


def client_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised 'Original Message' divider."""
    block = "\n".join([OUTLOOK_LABELS[q.lang][0], *outlook_block(q)])
    return plain(r, f"{r.body}\n\n{block}\n\n{q.text}\n")


def word_html(r: Reply, q: Quote) -> str:
    """Outlook desktop HTML: Word markup and the thin grey top-border divider."""
    sep = OUTLOOK_LABELS[q.lang][5].rstrip()
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep)}</b> {html.escape(value)}"
        for label, value in outlook_rows(q)
    )
    lang = CONTENT_LANGUAGE[r.region].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19 {mso-style-type:personal-reply;}\n--></style>\n</head>\n"
        f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{word_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def client_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop, multipart/alternative."""
    text = "\n".join([r.body, "", *outlook_block(q), "", q.text, ""])
    return alternative(plain(r, text), markup(r, word_html(r, q)))


def client_html_only(r: Reply, q: Quote) -> Message:
    """Outlook set to send HTML only."""
    return markup(r, word_html(r, q))


def client_owa(r: Reply, q: Quote) -> Message:
    """Outlook on the web and the new Outlook: underscore divider and divRplyFwdMsg."""
    block = outlook_block(q)
    text = "\n".join([r.body, "", "_" * 32, *block, "", q.text, ""])
    head = "<br>\n".join(
        f"<b>{html.escape(label)}:</b> {html.escape(value)}" for label, value in outlook_rows(q)
    )
    page = (
        f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n'
        '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div>\n</div>\n"
        f"<div>{html_paragraphs(q.text)}</div>\n</body>\n</html>\n"
    )
    return alternative(plain(r, text), markup(r, page))


def client_gmail(r: Reply, q: Quote) -> Message:
    """Gmail on the web: multipart/alternative with the gmail_quote block."""
    attr = attribution(GMAIL_ATTR, q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    page = (
        f'<div dir="ltr"><div>{html_lines(r.body)}</div></div><br>\n'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>\n"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
        f"{html_paragraphs(q.text)}\n</blockquote></div>\n"
    )
    return alternative(plain(r, text), markup(r, page))


def client_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode."""
    return plain(r, f"{r.body}\n\n{attribution(GMAIL_ATTR, q)}\n\n{quote_lines(q.text)}\n")


def client_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac, plain text."""
    return plain(r, f"{r.body}\n\n> {attribution(APPLE_ATTR, q)}\n>\n{quote_lines(q.text)}\n")


def client_iphone(r: Reply, q: Quote) -> Message:
    """Mail on an iPhone: the localised signature, then the quoted reminder."""
    quoted = quote_lines(f"{attribution(APPLE_ATTR, q)}\n\n{q.text}")
    return plain(r, f"{r.body}\n\n{IPHONE_SIG[q.lang]}\n\n{quoted}\n")


def thunderbird_part(r: Reply, text: str) -> Message:
    """Thunderbird's text/plain part; format=flowed when it sends UTF-8."""
    part = plain(r, text)
    if r.charset == "utf-8":
        part.set_param("format", "flowed")
    return part


def client_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird, top-posted."""
    attr = attribution(THUNDERBIRD_ATTR, q)
    return thunderbird_part(r, f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n")


def client_inline(r: Reply, q: Quote) -> Message:
    """Thunderbird, answered inline: a '[[n]]' line in the body marks where paragraph n of the reminder ends.

    Quoted paragraphs after the last answer are trimmed, as people do.
    """
    paragraphs = q.text.split("\n\n")
    pieces = re.split(r"^\[\[(\d+)\]\]$", r.body, flags=re.MULTILINE)
    answers = {int(n): text.strip("\n") for n, text in zip(pieces[1::2], pieces[2::2], strict=True)}
    lines = [pieces[0].strip("\n") + "\n"] if pieces[0].strip() else []
    lines.append(attribution(THUNDERBIRD_ATTR, q))
    for n, paragraph in enumerate(paragraphs[: max(answers) + 1]):
        lines.append(quote_lines(paragraph) + ("" if n in answers else "\n>"))
        if n in answers:
            lines.append(f"\n{answers[n]}\n")
    return thunderbird_part(r, "\n".join(lines) + "\n")


def client_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: base64, the localised 'Get Outlook' line, an underscore divider."""
    block = "\n".join(outlook_block(q))
    return text_part(
        f"{r.body}\n\n{ANDROID_SIG[q.lang]}\n{'_' * 32}\n{block}\n\n{q.text}\n",
        subtype="plain",
        charset=r.charset,
        cte="b64",
    )


def client_samsung(r: Reply, q: Quote) -> Message:
    """Samsung Email: the Galaxy signature and a dashed 'Original message' header."""
    divider, frm, when, to, subj = SAMSUNG_LABELS[q.lang]
    stamp = SAMSUNG_DATE[q.loc].format(**q.words())
    block = f"{divider}\n{frm}: {AR_NAME} <{AR_ADDR}>\n{when}: {stamp}\n{to}: {q.to}\n{subj}: {q.subject}"
    return text_part(
        f"{r.body}\n\n\n\n{SAMSUNG_SIG[q.lang]}\n\n\n{block}\n\n{q.text}\n",
        subtype="plain",
        charset=r.charset,
        cte="b64",
    )


def client_notice(r: Reply, q: Quote) -> Message:
    """An automatic notice: it quotes nothing."""
    del q
    return plain(r, f"{r.body}\n")


def client_notice_html(r: Reply, q: Quote) -> Message:
    """An automatic notice sent as text and HTML (Exchange out-of-office style)."""
    del q
    page = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n</head>\n'
        f'<body>\n<div style="font-family: Calibri, Arial, sans-serif; font-size: 11pt;">\n{html_paragraphs(r.body)}\n</div>\n</body>\n</html>\n'
    )
    return alternative(plain(r, f"{r.body}\n"), markup(r, page))


CLIENTS: Final[dict[Client, Callable[[Reply, Quote], Message]]] = {
    "outlook": client_outlook,
    "outlook_html": client_outlook_html,
    "html_only": client_html_only,
    "owa": client_owa,
    "gmail": client_gmail,
    "gmail_plain": client_gmail_plain,
    "apple": client_apple,
    "iphone": client_iphone,
    "thunderbird": client_thunderbird,
    "inline": client_inline,
    "android": client_android,
    "samsung": client_samsung,
    "notice": client_notice,
    "notice_html": client_notice_html,
}
OUTLOOK_FAMILY: Final[frozenset[Client]] = frozenset(
    {"outlook", "outlook_html", "html_only", "owa", "android"}
)
THUNDERBIRD_UA: Final = "Mozilla Thunderbird"
CLIENT_HEADERS: Final[dict[Client, tuple[tuple[str, str], ...]]] = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22E240)"),),
    "thunderbird": (("User-Agent", THUNDERBIRD_UA),),
    "inline": (("User-Agent", THUNDERBIRD_UA),),
}
BOUNDARY_STYLE: Final[dict[Client, str]] = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "iphone": "Apple-Mail-",
    "samsung": "--_com.samsung.android.email_",
}


def message_id(r: Reply) -> str:
    """A Message-ID shaped like the sending client's, derived from the message key."""
    domain = r.sender[1].split("@")[1]
    raw = digest(r.key, "message-id")
    if r.client in {"gmail", "gmail_plain"}:
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if r.client in OUTLOOK_FAMILY:
        farm = "NAMPRD12" if r.region == "US" else "EURPRD04"
        host = f"{token(r.key, 'host', 4)}PR{number(r.key, 'farm', 1, 9):02d}MB{number(r.key, 'mb', 1000, 9999)}"
        return f"<{host}{token(r.key, 'ms', 20)}@{host}.{farm}.PROD.OUTLOOK.COM>"
    if r.client in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.client == "samsung":
        return f"<{raw.hex()[:20]}@email.android.com>"
    h = raw.hex()
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    """The Subject a client puts on the reply."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_RE[r.lang] if r.client in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    """The headers Exchange and Outlook add."""
    return [
        ("Thread-Topic", encoded_header(q.subject, r.charset, name="Thread-Topic")),
        ("Thread-Index", base64.b64encode(digest(r.key, "thread")[:22]).decode()),
        ("Content-Language", CONTENT_LANGUAGE[r.region]),
        ("X-MS-Has-Attach", "yes" if r.attachment else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    """Wrap the body in multipart/mixed when the reply carries a file."""
    if r.attachment is None:
        return body
    name, data = r.attachment
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(data, "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(pdf)
    return outer


MIME_HEADERS: Final = ("MIME-Version", "Content-Type", "Content-Transfer-Encoding")


def mime_headers_last(msg: Message) -> None:
    """Put the MIME headers below the envelope headers, where clients write them."""
    saved = [(name, value) for name in MIME_HEADERS for value in msg.get_all(name, [])]
    for name in MIME_HEADERS:
        del msg[name]
    if all(name != "MIME-Version" for name, _ in saved):
        saved.insert(0, ("MIME-Version", "1.0"))
    for name, value in saved:
        msg[name] = value


def subparts(part: Message) -> list[Message]:
    """The direct sub-parts of a multipart or message/* part."""
    payload: object = part.get_payload()
    if not isinstance(payload, list):
        return []
    return [p for p in payload if isinstance(p, Message)]


def drop_inner_versions(part: Message, *, top: bool) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    for sub in subparts(part):
        drop_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


def set_boundaries(msg: Message, *, key: str, style: str) -> None:
    """Deterministic boundaries shaped like the sender's own."""
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(style + token(key, f"boundary-{n}", 26))


def finish(msg: Message, *, key: str, style: str) -> Message:
    """Header order, MIME-Version only at the top, fixed boundaries."""
    mime_headers_last(msg)
    drop_inner_versions(msg, top=True)
    set_boundaries(msg, key=key, style=style)
    return msg


def boundary_style(r: Reply) -> str:
    """The boundary prefix a client uses."""
    if r.client in OUTLOOK_FAMILY:
        return "_000_"
    if r.client in {"thunderbird", "inline"}:
        return "------------"
    return BOUNDARY_STYLE.get(r.client, "----=_NextPart_")


def build_reply(r: Reply) -> Message:
    """The complete reply as it arrives in Maren's mailbox."""
    rem = reminder_for(r)
    q = make_quote(r, rem)
    msg = with_attachment(r, CLIENTS[r.client](r, q))
    msg["From"] = mailbox(*r.sender, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = r.cc
    msg["Subject"] = encoded_header(reply_subject(r, q), r.charset, name="Subject")
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = message_id(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_id(r.key)
        msg["References"] = reminder_id(r.key)
    extra = outlook_headers(r, q) if r.client in OUTLOOK_FAMILY else []
    for name, value in [*extra, *CLIENT_HEADERS.get(r.client, ()), *r.headers]:
        msg[name] = value
    return finish(msg, key=r.key, style=boundary_style(r))


# --------------------------------------------------------------------------------------------
# Header sets for automatic messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED: Final = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED: Final = ("Auto-Submitted", "auto-generated")
SUPPRESS: Final = ("X-Auto-Response-Suppress", "All")
PDF_STUB: Final = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
)


# --------------------------------------------------------------------------------------------
# The hand-written replies
# --------------------------------------------------------------------------------------------

PAYMENT_SENT: Final[tuple[Reply, ...]] = (
    Reply(
        key="ps-en-done",
        intent="payment_sent",
        lang="en",
        region="GB",
        sender=("Gareth Pugh", "gareth@bramwellmotors.example"),
        org="Bramwell Motors Ltd",
        when="2027-04-07 07:52 +0100",
        client="iphone",
        inv="MTC-318204-L",
        amount="412.80",
        kind="rental",
        body="done",
        facts=Facts(note="'done' in answer to an overdue reminder means paid; no date given"),
    ),
    Reply(
        key="ps-en-paid-disclaimer",
        intent="payment_sent",
        lang="en",
        region="US",
        sender=("Dana Whitlock", "dwhitlock@whitlockdental.example"),
        org="Whitlock Family Dentistry",
        when="2027-04-12 13:03 -0500",
        client="outlook_html",
        inv="MTC-402771-L",
        amount="638.15",
        kind="rental",
        body=(
            "Paid.\n\n"
            "Dana Whitlock\nPractice Manager | Whitlock Family Dentistry\n2210 Prairie View Rd, Suite 4 | Lincoln, NE 68516\n(402) 555-0187\n\n"
            "CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is intended only for the person or entity to which it is addressed and may contain information that is privileged, confidential or protected health information under applicable law. If you are not the intended recipient, you are hereby notified that any review, dissemination, distribution or copying of this communication is strictly prohibited. If you have received this e-mail in error, please notify the sender immediately and delete all copies. Whitlock Family Dentistry accepts no liability for payment instructions received by e-mail; always verify banking details by telephone before sending funds."
        ),
        facts=Facts(
            note="one word above a long legal disclaimer that itself talks about payments; no date"
        ),
    ),
    Reply(
        key="ps-en-sap-advice",
        intent="payment_sent",
        lang="en",
        region="GB",
        sender=("Crestline Hotels AP", "ap.noreply@crestlinehotels.example"),
        org="Crestline Hotels Group plc",
        when="2027-04-16 06:05 +0200",
        client="notice",
        inv="MTC-311540-L",
        amount="1486.20",
        threaded=False,
        subject="Payment Advice 2000481376 - Maren Textile Care Ltd",
        headers=(AUTO_GENERATED, ("X-Mailer", "SAP NetWeaver 7.58"), ("Precedence", "bulk")),
        body=(
            "*** This is a system-generated message. Please do not reply to this address. ***\n\n"
            "PAYMENT ADVICE\n\n"
            "Paying company:    Crestline Hotels Group plc\n"
            "Vendor:            0000308817  Maren Textile Care Ltd\n"
            "Payment document:  2000481376\n"
            "Payment date:      16.04.2027\n"
            "Payment method:    BACS\n"
            "Currency:          GBP\n\n"
            "Your reference     Doc. date      Gross amount   Deduction    Net amount\n"
            "MTC-311540-L       01.03.2027         1,486.20        0.00      1,486.20\n"
            "MTC-311902-L       08.03.2027         1,512.75        0.00      1,512.75\n"
            "MTC-312266-L       15.03.2027           975.30        0.00        975.30\n\n"
            "Total paid                                                      3,974.25\n\n"
            "Funds should reach your account within 1-2 working days. For queries about this remittance please contact the Crestline Shared Service Centre through the supplier portal, quoting the payment document number.\n\n"
            "Crestline Hotels Group plc - Shared Service Centre, ul. Przemysłowa 12, 30-701 Kraków"
        ),
        facts=Facts(
            paid_date="2027-04-16",
            payment_reference="2000481376",
            amount="3974.25",
            currency="GBP",
            refs=("MTC-311540-L", "MTC-311902-L", "MTC-312266-L"),
            note="SAP payment advice with Auto-Submitted: auto-generated and no quote: payment_sent, not auto_reply; the total is the amount",
        ),
    ),
    Reply(
        key="ps-de-sepa",
        intent="payment_sent",
        lang="de",
        region="DE",
        sender=("Sabine Körner", "s.koerner@hotel-lindenhof-celle.example"),
        org="Hotel Lindenhof Celle",
        when="2027-04-12 10:14 +0200",
        client="outlook",
        charset="windows-1252",
        inv="MTC-226481-L",
        amount="1846.30",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "die Rechnung MTC-226481-L über 1.846,30 € haben wir am Freitag, 09.04.2027, per SEPA-Überweisung beglichen. Der Betrag müsste inzwischen auf Ihrem Konto eingegangen sein.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Sabine Körner\nBuchhaltung\n\n"
            "Hotel Lindenhof Celle\nAm Französischen Garten 3 · 29221 Celle\nTel. 05141 555-230\n\n"
            "Sitz der Gesellschaft: Celle · Amtsgericht Lüneburg HRB 204411 · Geschäftsführer: Jens Körner"
        ),
        facts=Facts(
            paid_date="2027-04-09", amount="1846.30", currency="EUR", refs=("MTC-226481-L",)
        ),
    ),
    Reply(
        key="ps-de-ch-freigegeben",
        intent="payment_sent",
        lang="de",
        region="CH",
        sender=("Beat Imhof", "b.imhof@berghotel-alpenrose.example"),
        org="Berghotel Alpenrose",
        when="2027-04-21 09:30 +0200",
        client="gmail",
        inv="MTC-227105-L",
        amount="2184.50",
        body=(
            "Grüezi\n\n"
            "Die Zahlung ist gestern im E-Banking freigegeben worden, Valuta ist Freitag. Betrag CHF 2'184.50, unsere Referenz 2027-0420-AR-117.\n\n"
            "Entschuldigen Sie die Verspätung, wir hatten einen Wechsel im Backoffice.\n\n"
            "Freundliche Grüsse\nBeat Imhof\nDirektion\nBerghotel Alpenrose, 3920 Zermatt"
        ),
        facts=Facts(
            paid_date="2027-04-20",
            payment_reference="2027-0420-AR-117",
            amount="2184.50",
            currency="CHF",
            note="released in e-banking 'gestern' (Tue 20 Apr): sent; the value date (Friday) is when it arrives, not when it was paid",
        ),
    ),
    Reply(
        key="ps-fr-virement",
        intent="payment_sent",
        lang="fr",
        region="FR",
        sender=("Claire Vasseur", "c.vasseur@kine-lessaules.example"),
        org="Cabinet de kinésithérapie Les Saules",
        when="2027-04-08 11:20 +0200",
        client="gmail",
        cte="b64",
        inv="MTC-514093-L",
        amount="684.00",
        kind="rental",
        body=(
            "Bonjour,\n\n"
            "Le virement de 684,00 € a été effectué ce matin depuis notre compte professionnel (référence du virement : KLS-0408-2207). Vous devriez le recevoir d'ici un à deux jours ouvrés.\n\n"
            "Bien cordialement,\n\n"
            "Claire Vasseur\nSecrétariat – Cabinet Les Saules\n12 rue des Tanneurs, 37000 Tours"
        ),
        facts=Facts(
            paid_date="2027-04-08",
            payment_reference="KLS-0408-2207",
            amount="684.00",
            currency="EUR",
        ),
    ),
    Reply(
        key="ps-fr-cheque-noaccents",
        intent="payment_sent",
        lang="fr",
        region="FR",
        sender=("Karim Benali", "karim.benali.pro@gmail.com"),
        org="Brasserie Le Comptoir du Port",
        when="2027-04-06 21:47 +0200",
        client="iphone",
        inv="MTC-513877-L",
        amount="356.40",
        kind="loss",
        body=(
            "bonsoir\n"
            "cest regle depuis le 2 avril, cheque n° 0004127 envoye par la poste a votre adresse de Rungis. si vous l avez pas recu dites le moi\n"
            "Karim"
        ),
        facts=Facts(
            paid_date="2027-04-02",
            payment_reference="0004127",
            note="no accents or apostrophes; a cheque posted on 2 April is a payment sent; the cheque number is the reference",
        ),
    ),
    Reply(
        key="ps-es-justificante",
        intent="payment_sent",
        lang="es",
        region="ES",
        sender=("Nayra Cabrera", "administracion@hotelmirador-teide.example"),
        org="Hotel Mirador del Teide",
        when="2027-04-20 09:05 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="MTC-610552-L",
        amount="1392.75",
        attachment=("Justificante_transferencia_2027041900318.pdf", PDF_STUB),
        body=(
            "Buenos días:\n\n"
            "Les adjunto el justificante de la transferencia realizada ayer por importe de 1.392,75 €, correspondiente a la factura MTC-610552-L. Referencia de la operación: 2027041900318.\n\n"
            "Quedamos a su disposición para cualquier aclaración.\n\n"
            "Un saludo,\n\n"
            "Nayra Cabrera\nAdministración · Hotel Mirador del Teide\nCtra. General del Norte, km 14 · 38430 Icod de los Vinos (Santa Cruz de Tenerife)"
        ),
        facts=Facts(
            paid_date="2027-04-19",
            payment_reference="2027041900318",
            amount="1392.75",
            currency="EUR",
            refs=("MTC-610552-L",),
            note="Canary Islands (UTC+1): 'ayer' from Tue 20 Apr is Mon 19 Apr; proof attached as a PDF",
        ),
    ),
    Reply(
        key="ps-es-viernes-pasado",
        intent="payment_sent",
        lang="es",
        region="ES",
        sender=("Rubén Iglesias", "ruben@taberna-eltrasiego.example"),
        org="Taberna El Trasiego",
        when="2027-04-26 12:31 +0200",
        client="android",
        inv="MTC-611930-L",
        amount="218.90",
        body="Hola, eso ya está pagado. La transferencia se hizo el viernes pasado, miradlo bien.\n\nRubén",
        facts=Facts(
            paid_date="2027-04-23",
            note="'el viernes pasado' from Mon 26 Apr is Fri 23 Apr; slightly irritated",
        ),
    ),
    Reply(
        key="ps-nl-unit4-advice",
        intent="payment_sent",
        lang="nl",
        region="NL",
        sender=("Duinrand Vakantieparken - Crediteuren", "unit4-noreply@duinrand.example"),
        org="Duinrand Vakantieparken B.V.",
        when="2027-04-22 05:31 +0200",
        client="notice",
        charset="iso-8859-1",
        inv="MTC-708114-L",
        amount="1604.52",
        threaded=False,
        subject="Betaaladvies BTL-2027-004418 Duinrand Vakantieparken B.V.",
        headers=(AUTO_GENERATED, ("X-Mailer", "Unit4 ERP 7 - Payment Notification")),
        body=(
            "Geachte relatie,\n\n"
            "Hierbij ontvangt u de specificatie van onze betaling. Het bedrag is vandaag overgemaakt naar rekening NL47 MRNT 0655 2041 19 t.n.v. Maren Textile Care B.V.\n\n"
            "Betaaldatum:        22-04-2027\n"
            "Betalingskenmerk:   BTL-2027-004418\n\n"
            "Factuurnummer       Factuurdatum    Bedrag\n"
            "MTC-708114-L        05-03-2027      EUR 1.604,52\n"
            "MTC-708390-L        12-03-2027      EUR 1.302,62\n\n"
            "Totaal                              EUR 2.907,14\n\n"
            "Dit bericht is automatisch aangemaakt. Reageren op dit e-mailadres is niet mogelijk; met vragen kunt u terecht bij crediteuren@duinrand.example.\n\n"
            "Duinrand Vakantieparken B.V. | Zeeweg 40 | 1931 VL Egmond aan Zee"
        ),
        facts=Facts(
            paid_date="2027-04-22",
            payment_reference="BTL-2027-004418",
            amount="2907.14",
            currency="EUR",
            refs=("MTC-708114-L", "MTC-708390-L"),
            note="Unit4 payment advice (Auto-Submitted: auto-generated); the query address in it is not a new contact",
        ),
    ),
    Reply(
        key="ps-nl-gisteren",
        intent="payment_sent",
        lang="nl",
        region="NL",
        sender=("Mark de Vries", "mark@garagedevries.example"),
        org="Garage De Vries",
        when="2027-04-14 17:02 +0200",
        client="iphone",
        inv="MTC-707655-L",
        amount="187.55",
        kind="rental",
        body="Is gisteren al overgemaakt hoor.\n\nGr Mark",
        facts=Facts(paid_date="2027-04-13", note="one line; 'gisteren' from Wed 14 Apr"),
    ),
    Reply(
        key="ps-it-inline-cro",
        intent="payment_sent",
        lang="it",
        region="IT",
        sender=("Francesca Moretti", "amministrazione@hotelcorallo-rimini.example"),
        org="Hotel Corallo",
        when="2027-04-14 08:50 +0200",
        client="inline",
        inv="MTC-905218-L",
        amount="1118.40",
        body=(
            "Buongiorno,\n"
            "[[2]]\n"
            "Pagata per intero (€ 1.118,40): il bonifico è stato disposto lunedì 12 aprile. Vi riporto il CRO per le vostre verifiche: 31870412993.\n"
            "[[5]]\n"
            "Cordiali saluti\n\n"
            "Francesca Moretti\nUfficio amministrazione\nHotel Corallo – Viale Regina Elena 88, 47921 Rimini"
        ),
        facts=Facts(
            paid_date="2027-04-12",
            payment_reference="31870412993",
            amount="1118.40",
            currency="EUR",
            note="answered inline under the quoted invoice line; the CRO is the reference",
        ),
    ),
)

PROMISE_TO_PAY: Final[tuple[Reply, ...]] = (
    Reply(
        key="pp-en-check-run",
        intent="promise_to_pay",
        lang="en",
        region="US",
        sender=("Rick Salazar", "rsalazar@harborpointinn.example"),
        org="Harbor Point Inn",
        when="2027-04-13 14:22 -0400",
        client="gmail",
        inv="MTC-403318-L",
        amount="1274.00",
        body=(
            "Hi there,\n\n"
            "Sorry about this one. Your invoice was approved yesterday and it's queued for Friday's check run, so a check should go in the mail that afternoon.\n\n"
            "Thanks for your patience,\nRick\n\n"
            "Rick Salazar | Controller\nHarbor Point Inn\n12 Wharf St, Portland, ME 04101"
        ),
        facts=Facts(
            promised_date="2027-04-16",
            note="'was approved' is past, the payment is future: Friday's check run after Tue 13 Apr",
        ),
    ),
    Reply(
        key="pp-en-season-opens",
        intent="promise_to_pay",
        lang="en",
        region="GB",
        sender=("Alan Treloar", "warden@kestrelbay-park.example"),
        org="Kestrel Bay Holiday Park",
        when="2027-04-09 18:40 +0100",
        client="android",
        inv="MTC-319770-L",
        amount="894.60",
        kind="loss",
        body=(
            "Hello\n\n"
            "I'm the warden here, I've passed this on to the owners. Their answer is it'll be settled when the season opens and the booking money starts coming in. They did say you'll definitely get it, they just can't do it right now.\n\n"
            "Alan"
        ),
        facts=Facts(
            note="commitment tied to an event with no date ('when the season opens'); the warden relays it, he names no other contact",
        ),
    ),
    Reply(
        key="pp-en-tomorrow-pacific",
        intent="promise_to_pay",
        lang="en",
        region="US",
        sender=("Jenna Ortiz", "jenna.ortiz@sierravistaspa.example"),
        org="Sierra Vista Spa & Resort",
        when="2027-04-22 23:40 -0700",
        client="iphone",
        inv="MTC-404902-L",
        amount="2046.75",
        body=(
            "Just saw this. I'll send the wire first thing tomorrow morning when I'm back at my desk, $2,046.75 for the full amount. "
            "Apologies, our GM left in March and a few things fell through the cracks.\n\n"
            "Jenna"
        ),
        facts=Facts(
            promised_date="2027-04-23",
            amount="2046.75",
            currency="USD",
            note="sent late on Thu 22 Apr Pacific time (already Friday in UTC): 'tomorrow' is Fri 23 Apr in the sender's zone",
        ),
    ),
    Reply(
        key="pp-de-kw16",
        intent="promise_to_pay",
        lang="de",
        region="DE",
        sender=("Thomas Brenner", "t.brenner@autohaus-brenner.example"),
        org="Autohaus Brenner GmbH",
        when="2027-04-13 11:05 +0200",
        client="outlook_html",
        inv="MTC-228940-L",
        amount="538.20",
        kind="rental",
        body=(
            "Hallo zusammen,\n\n"
            "die Rechnung ist bei uns bereits zur Zahlung vorgemerkt und geht mit dem Zahllauf in KW 16 raus. Früher geht es leider nicht, unser Chef zeichnet die Überweisungen nur einmal pro Woche ab.\n\n"
            "Gruß\nThomas Brenner\nServiceleitung\n\n"
            "Autohaus Brenner GmbH · Industriestraße 17 · 74076 Heilbronn\nGeschäftsführer: Klaus Brenner · Amtsgericht Stuttgart HRB 731204"
        ),
        facts=Facts(
            promised_date="2027-04-19",
            note="'KW 16' is 19–25 Apr 2027: its Monday, as for 'next week'; 'vorgemerkt' sounds done but the payment is future",
        ),
    ),
    Reply(
        key="pp-at-anfang-mai",
        intent="promise_to_pay",
        lang="de",
        region="AT",
        sender=("Melanie Gruber", "verwaltung@physio-rathausplatz.example"),
        org="Physiotherapie am Rathausplatz",
        when="2027-04-15 16:12 +0200",
        client="apple",
        inv="MTC-229312-L",
        amount="312.00",
        kind="rental",
        body=(
            "Grüß Gott,\n\n"
            "wir haben die Rechnung natürlich nicht vergessen. Sie wird Anfang Mai beglichen, sobald die Zahlung der ÖGK bei uns eingegangen ist – das ist jedes Quartal dasselbe Spiel, bitte um Verständnis.\n\n"
            "Mit freundlichen Grüßen\nMelanie Gruber\nPraxismanagement"
        ),
        facts=Facts(
            note="'Anfang Mai' cannot be pinned to a day; the promise waits on the insurer's payment"
        ),
    ),
    Reply(
        key="pp-fr-fin-avril",
        intent="promise_to_pay",
        lang="fr",
        region="FR",
        sender=("Sophie Marchand", "compta@hotel-lesaiguilles.example"),
        org="Hôtel Les Aiguilles",
        when="2027-04-07 15:36 +0200",
        client="outlook",
        charset="windows-1252",
        inv="MTC-515240-L",
        amount="1967.80",
        body=(
            "Bonjour,\n\n"
            "Nous avons bien reçu votre relance. La facture MTC-515240-L sera réglée fin avril, avec le reste de nos fournisseurs ; notre trésorerie est un peu tendue en intersaison.\n\n"
            "Cordialement,\n\n"
            "Sophie Marchand\nComptabilité – Hôtel Les Aiguilles\n74400 Chamonix-Mont-Blanc"
        ),
        facts=Facts(
            promised_date="2027-04-30",
            refs=("MTC-515240-L",),
            note="'fin avril' → 30 April; the remark about cash flow asks for nothing, so not payment_plan",
        ),
    ),
    Reply(
        key="pp-fr-vendredi",
        intent="promise_to_pay",
        lang="fr",
        region="FR",
        sender=("Julien Roche", "julien.roche@lebistrotdesquais.example"),
        org="Le Bistrot des Quais",
        when="2027-04-20 10:48 +0200",
        client="gmail",
        inv="MTC-516002-L",
        amount="428.60",
        body=(
            "Bonjour,\n\n"
            "Désolé pour le retard, c'est passé entre les mailles du filet. Je fais le virement vendredi sans faute, en même temps que les salaires.\n\n"
            "Julien"
        ),
        facts=Facts(
            promised_date="2027-04-23",
            note="present tense for a future act: 'vendredi' after Tue 20 Apr",
        ),
    ),
    Reply(
        key="pp-es-dia-15",
        intent="promise_to_pay",
        lang="es",
        region="ES",
        sender=("Javier Ortega", "taller@talleresortega.example"),
        org="Talleres Ortega",
        when="2027-04-09 13:15 +0200",
        client="samsung",
        inv="MTC-612217-L",
        amount="264.30",
        kind="rental",
        body=(
            "Buenas,\n\n"
            "Lo pagamos el día 15 sin falta, que es cuando cobramos nosotros de las aseguradoras. Perdonad el retraso.\n\n"
            "Javier Ortega\nTalleres Ortega"
        ),
        facts=Facts(promised_date="2027-04-15"),
    ),
    Reply(
        key="pp-es-semana-que-viene",
        intent="promise_to_pay",
        lang="es",
        region="ES",
        sender=("Lucía Ferrer", "lucia.ferrer@spa-azahar.example"),
        org="Spa Azahar",
        when="2027-04-14 17:20 +0200",
        client="outlook_html",
        inv="MTC-612588-L",
        amount="745.20",
        body=(
            "Hola:\n\n"
            "Gracias por el recordatorio. Ya la tenemos aprobada y la transferencia saldrá la semana que viene, junto con el resto de pagos a proveedores.\n\n"
            "Saludos cordiales,\n\n"
            "Lucía Ferrer\nResponsable de administración\nSpa Azahar · Valencia\n\n"
            "Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si usted no es el destinatario, le rogamos que lo comunique al remitente y proceda a su eliminación. En cumplimiento del RGPD, le informamos de que sus datos forman parte de un fichero cuyo responsable es Azahar Bienestar, S.L."
        ),
        facts=Facts(
            promised_date="2027-04-19",
            note="'la semana que viene' → Monday of next week; 'ya la tenemos aprobada' is not a payment",
        ),
    ),
    Reply(
        key="pp-nl-na-controle",
        intent="promise_to_pay",
        lang="nl",
        region="NL",
        sender=("Ingrid Bakker", "i.bakker@kliniekaandevecht.example"),
        org="Kliniek aan de Vecht",
        when="2027-04-08 09:44 +0200",
        client="owa",
        inv="MTC-709003-L",
        amount="1536.90",
        body=(
            "Goedemorgen,\n\n"
            "Op dit moment loopt bij ons de accountantscontrole over 2026 en zolang die niet is afgerond, worden er geen betalingen boven de € 1.000 vrijgegeven. Direct na de controle wordt uw factuur betaald; ik heb hem al klaargezet.\n\n"
            "Met vriendelijke groet,\n\n"
            "Ingrid Bakker\nFinanciële administratie\nKliniek aan de Vecht, Maarssen"
        ),
        facts=Facts(note="'after the audit': a commitment tied to an event without a date"),
    ),
    Reply(
        key="pp-it-entro-il-20",
        intent="promise_to_pay",
        lang="it",
        region="IT",
        sender=("Marco Fabbri", "marco@agriturismo-ilpoggio.example"),
        org="Agriturismo Il Poggio",
        when="2027-04-12 19:05 +0200",
        client="gmail",
        inv="MTC-906114-L",
        amount="392.00",
        body=(
            "Buonasera,\n\n"
            "saldiamo entro il 20, appena il tour operator ci paga le prenotazioni di marzo. Se dovessero ritardare loro vi avviso io.\n\n"
            "Marco Fabbri\nAgriturismo Il Poggio – Montepulciano (SI)"
        ),
        facts=Facts(
            promised_date="2027-04-20",
            note="conditional promise ('appena il tour operator ci paga') with a date",
        ),
    ),
    Reply(
        key="pp-it-tre-settimane",
        intent="promise_to_pay",
        lang="it",
        region="IT",
        sender=("Giulia Ferraro", "giulia.ferraro@centroesteticolaluna.example"),
        org="Centro Estetico La Luna",
        when="2027-04-07 12:10 +0200",
        client="iphone",
        inv="MTC-906270-L",
        amount="146.40",
        kind="loss",
        body="Salve, la pago fra tre settimane quando rientra la titolare, è lei che fa i bonifici. Grazie\nGiulia",
        facts=Facts(
            promised_date="2027-04-28", note="'fra tre settimane' = 21 days after Wed 7 Apr"
        ),
    ),
)

DISPUTE: Final[tuple[Reply, ...]] = (
    Reply(
        key="d-en-not-paid-never-arrived",
        intent="dispute",
        lang="en",
        region="GB",
        sender=("Shirley Dunmore", "housekeeping@harrowlodgehotel.example"),
        org="The Harrow Lodge Hotel",
        when="2027-04-06 10:27 +0100",
        client="outlook",
        inv="MTC-320118-L",
        amount="1122.40",
        body=(
            "Hi,\n\n"
            "We have NOT paid this because the goods never arrived. The Tuesday delivery that week didn't turn up at all – no sheets, no towels, nothing – and I had to borrow linen from our sister hotel to get the rooms turned round. I rang your depot twice that week.\n\n"
            "I'm not paying for a delivery we never got. Please cancel it or send me a credit note.\n\n"
            "Shirley Dunmore\nHead Housekeeper\nThe Harrow Lodge Hotel, Harrogate"
        ),
        facts=Facts(note="negated payment with the reason: goods never delivered"),
    ),
    Reply(
        key="d-en-loss-charge-mixed",
        intent="dispute",
        lang="en",
        region="GB",
        sender=("Craig Morrison", "craig@morrisonautos.example"),
        org="Morrison Autos",
        when="2027-04-14 12:02 +0100",
        client="gmail",
        inv="MTC-320945-L",
        amount="486.00",
        kind="loss",
        body=(
            "Hello,\n\n"
            "The weekly one (MTC-320612-L) was paid on Monday, that's fine. But this loss charge is wrong. You've billed us £486 for 12 sets of overalls as 'not returned'. They went back in the blue bags on 18 March and your driver signed for them – I've got the docket with his signature on it.\n\n"
            "We're not paying MTC-320945-L until that's sorted. Happy to send a photo of the docket if that helps.\n\n"
            "Craig Morrison\nWorkshop Manager, Morrison Autos\nUnit 3, Bankhead Industrial Estate, Dundee"
        ),
        facts=Facts(
            refs=("MTC-320612-L", "MTC-320945-L"),
            note="one invoice paid, the loss charge contested: the dispute wins; no paid_date for the other invoice",
        ),
    ),
    Reply(
        key="d-en-rambling-mats",
        intent="dispute",
        lang="en",
        region="IE",
        sender=("Fiona Gallagher", "fiona@saltmarshspa.example"),
        org="Saltmarsh Spa & Wellness",
        when="2027-04-22 22:15 +0100",
        client="apple",
        inv="MTC-321480-L",
        amount="257.40",
        kind="rental",
        body=(
            "Hi there,\n\n"
            "Sorry it's taken me so long to come back to you, it's been mad here. We've had the builders in since February doing the relaxation room and the whole ground floor has been a building site, half the team have been working out of the café next door and I've honestly been living out of my car. Then our bookkeeper went on maternity leave (congratulations to her, baby Róisín arrived on Easter Sunday!) and the temp we got in is still getting to grips with everything, so a lot of post has been sitting in a pile.\n\n"
            "Anyway, I went through your reminder tonight with a cup of tea. The towels and robes are all fine, we're happy with those and they've all been paid as far as I can see. The thing I can't understand is the entrance mats. We rang your office on 3 February and cancelled the mat hire because the builders had the front door boarded up – I spoke to a lovely lad called Declan and he said he'd note it on the account. But we've been charged for mats in March anyway, and nobody has delivered or collected a mat since January, I can promise you that, the porch has been a skip.\n\n"
            "So that March mat charge needs to come off before we pay this one. If you check with Declan he'll remember.\n\n"
            "Many thanks and sorry again for the essay!\n\n"
            "Fiona Gallagher\nOwner, Saltmarsh Spa & Wellness\nStrand Road, Rosses Point, Co. Sligo"
        ),
        facts=Facts(
            note="long rambling reply; the point (mat hire cancelled in February, still billed for March) is buried in the third paragraph; 'paid as far as I can see' is about other invoices"
        ),
    ),
    Reply(
        key="d-de-rahmenvertrag",
        intent="dispute",
        lang="de",
        region="DE",
        sender=("Katrin Albrecht", "einkauf@seehotel-am-ufer.example"),
        org="Seehotel am Ufer GmbH & Co. KG",
        when="2027-04-19 14:40 +0200",
        client="outlook_html",
        charset="windows-1252",
        inv="MTC-229877-L",
        amount="2310.64",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "in der Rechnung MTC-229877-L werden die Kochjacken mit 0,84 € pro Stück berechnet. Laut unserem Rahmenvertrag vom Oktober 2025 gilt ein Preis von 0,68 € je Stück, ebenso bei den Kochhosen (0,61 € statt 0,79 €). Bei rund 1.600 Teilen im Monat ist das kein Kleingeld.\n\n"
            "Bitte senden Sie uns eine korrigierte Rechnung bzw. eine Gutschrift über die Differenz. Den unstrittigen Teil überweisen wir, sobald die Korrektur vorliegt.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Katrin Albrecht\nEinkauf\nSeehotel am Ufer GmbH & Co. KG\nSeestraße 2 · 82319 Starnberg\n\n"
            "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail."
        ),
        facts=Facts(
            refs=("MTC-229877-L",),
            note="price against the framework contract; the corrected-invoice request and the conditional payment are secondary",
        ),
    ),
    Reply(
        key="d-de-inline-not-ours",
        intent="dispute",
        lang="de",
        region="DE",
        sender=("Jürgen Haas", "j.haas@kfz-haas.example"),
        org="Kfz-Technik Haas",
        when="2027-04-08 08:20 +0200",
        client="inline",
        charset="iso-8859-1",
        cte="8bit",
        inv="MTC-230014-L",
        amount="173.50",
        kind="loss",
        body=(
            "Guten Morgen,\n"
            "[[2]]\n"
            "Diese Schwundrechnung können wir nicht zuordnen. Die Bestellnummer 4711-0093 auf der Rechnung ist nicht von uns, und Warnwesten haben wir bei Ihnen nie gemietet - bei uns hängen nur Latzhosen und Jacken im Schrank. Da wurde wohl ein anderer Kunde auf unser Konto gebucht.\n"
            "[[5]]\n"
            "Bitte prüfen und stornieren.\n\n"
            "MfG\nJ. Haas\nKfz-Technik Haas, Meisterbetrieb\nRingstraße 44, 95444 Bayreuth"
        ),
        facts=Facts(note="not our order: items never hired; answered inline, Latin-1 8-bit"),
    ),
    Reply(
        key="d-fr-nappes-abimees",
        intent="dispute",
        lang="fr",
        region="FR",
        sender=("Hélène Garnier", "h.garnier@lamaisondubrochet.example"),
        org="La Maison du Brochet",
        when="2027-04-13 15:05 +0200",
        client="gmail",
        inv="MTC-517319-L",
        amount="612.00",
        kind="loss",
        body=(
            "Bonjour,\n\n"
            "Je conteste cette facture de pertes. Les 24 nappes que vous nous facturez comme «\u00a0non restituées\u00a0» vous ont bien été rendues, mais déchirées et tachées : elles étaient déjà dans cet état à la livraison du 9 mars, et votre chauffeur l'a constaté avec moi. Je ne vois pas pourquoi nous paierions du linge qui nous a été livré abîmé.\n\n"
            "Merci d'annuler cette facture ou de m'appeler au 03 88 55 41 20.\n\n"
            "Hélène Garnier\nGérante – La Maison du Brochet, Strasbourg"
        ),
        facts=Facts(note="loss charge for linen delivered damaged"),
    ),
    Reply(
        key="d-fr-doublon",
        intent="dispute",
        lang="fr",
        region="FR",
        sender=("Nadia Lefort", "nadia@institut-eclat.example"),
        org="Institut Éclat",
        when="2027-04-23 11:48 +0200",
        client="iphone",
        inv="MTC-518044-L",
        amount="198.00",
        kind="rental",
        body=(
            "Bonjour\n"
            "Cette facture est un doublon de la MTC-517880-L : même période, même montant, même détail des peignoirs. La première a été payée le 2 avril. Je ne paierai pas deux fois la même chose.\n"
            "Merci de l'annuler.\n"
            "Nadia Lefort\nInstitut Éclat"
        ),
        facts=Facts(
            refs=("MTC-517880-L",),
            note="duplicate billing; the payment mentioned is of the earlier invoice, so no paid_date",
        ),
    ),
    Reply(
        key="d-es-alfombras",
        intent="dispute",
        lang="es",
        region="ES",
        sender=("Alberto Núñez", "recepcion@hostalsantelmo.example"),
        org="Hostal San Telmo",
        when="2027-04-16 12:55 +0200",
        client="outlook",
        charset="iso-8859-1",
        inv="MTC-613045-L",
        amount="96.80",
        kind="rental",
        body=(
            "Buenos días:\n\n"
            "No vamos a pagar esta factura. Nos cobran el servicio de alfombras de marzo y el repartidor no pasó ni una sola vez en todo el mes: las alfombras de la entrada son las mismas desde febrero, sucias y sin cambiar. Lo reclamamos por teléfono el 24 de marzo.\n\n"
            "Cuando nos manden el abono correspondiente, lo damos por cerrado.\n\n"
            "Atentamente,\n\n"
            "Alberto Núñez\nRecepción - Hostal San Telmo\nSevilla"
        ),
        facts=Facts(note="service not done (mats never changed)"),
    ),
    Reply(
        key="d-nl-aantallen",
        intent="dispute",
        lang="nl",
        region="NL",
        sender=("Petra Mulder", "linnen@recreatiepark-hetveld.example"),
        org="Recreatiepark Het Veld",
        when="2027-04-20 11:30 +0200",
        client="outlook_html",
        inv="MTC-709880-L",
        amount="1344.00",
        body=(
            "Goedemiddag,\n\n"
            "Op deze factuur staan 60 hoeslakens en 120 badlakens. Wij hebben die week 40 hoeslakens en 80 badlakens ontvangen; de rest is nooit geleverd, en zo staat het ook op de afleverbon die onze receptie heeft afgetekend.\n\n"
            "Wilt u de factuur aanpassen naar de werkelijk geleverde aantallen? Dan betalen we hem meteen.\n\n"
            "Met vriendelijke groet,\n\n"
            "Petra Mulder\nHoofd huishouding\nRecreatiepark Het Veld, Otterlo"
        ),
        facts=Facts(note="wrong quantity; payment only after the correction"),
    ),
    Reply(
        key="d-be-gecrediteerd",
        intent="dispute",
        lang="nl",
        region="BE",
        sender=("Bas Hendriks", "bas@brasseriedelinde.example"),
        org="Brasserie De Linde",
        when="2027-04-27 10:05 +0200",
        client="gmail_plain",
        inv="MTC-710244-L",
        amount="311.60",
        kind="loss",
        body=(
            "Dag,\n\n"
            "Deze factuur is al lang gecrediteerd. Jullie vertegenwoordiger heeft in maart bevestigd dat de verloren schorten niet aangerekend zouden worden, en we hebben daar creditnota CN-2027-0114 voor ontvangen. Gelieve dit recht te zetten in jullie systeem.\n\n"
            "Met vriendelijke groeten\nBas Hendriks\nBrasserie De Linde, Gent"
        ),
        facts=Facts(
            note="already credited (Flemish); the credit note number is not an invoice reference"
        ),
    ),
    Reply(
        key="d-it-camici-html",
        intent="dispute",
        lang="it",
        region="IT",
        sender=("Sara Colombo", "segreteria@poliambulatorio-sanrocco.example"),
        org="Poliambulatorio San Rocco",
        when="2027-04-15 10:12 +0200",
        client="html_only",
        charset="windows-1252",
        inv="MTC-907033-L",
        amount="524.70",
        kind="rental",
        body=(
            "Buongiorno,\n\n"
            "nella fattura MTC-907033-L il noleggio dei camici è stato conteggiato per 45 capi, mentre dal 1° marzo il contratto è sceso a 30 capi, come da vostra conferma scritta del 22 febbraio.\n\n"
            "Non procederemo al pagamento finché non riceveremo la nota di credito o una fattura corretta.\n\n"
            "Cordiali saluti\n\n"
            "Sara Colombo\nSegreteria amministrativa\nPoliambulatorio San Rocco – Bergamo"
        ),
        facts=Facts(
            refs=("MTC-907033-L",),
            note="billed for more garments than the contract; HTML-only message",
        ),
    ),
    Reply(
        key="d-it-lenzuola-bucate",
        intent="dispute",
        lang="it",
        region="IT",
        sender=("Antonio Russo", "direzione@hotelbelvedere-sorrento.example"),
        org="Hotel Belvedere",
        when="2027-04-29 18:22 +0200",
        client="android",
        inv="MTC-907611-L",
        amount="1876.30",
        body=(
            "Buonasera, questa fattura non la paghiamo: metà delle lenzuola della consegna di marzo sono arrivate bucate o con macchie di ruggine e le abbiamo dovute rimandare indietro. Abbiamo le foto. Aspetto una vostra chiamata.\n\n"
            "Antonio Russo\nDirettore"
        ),
        facts=Facts(note="damaged goods"),
    ),
)

PAYMENT_PLAN: Final[tuple[Reply, ...]] = (
    Reply(
        key="pl-en-burst-pipe",
        intent="payment_plan",
        lang="en",
        region="GB",
        sender=("Priya Raman", "priya@ivyandthyme.example"),
        org="Ivy & Thyme",
        when="2027-04-08 16:30 +0100",
        client="outlook_html",
        inv="MTC-321907-L",
        amount="1460.90",
        body=(
            "Hi,\n\n"
            "I'm embarrassed to be writing this. We had a burst pipe in the kitchen at the start of March and were closed for nearly three weeks, and the insurance still hasn't paid out. I can't clear the whole £1,460.90 in one go.\n\n"
            "Would you accept £250 a month until it's cleared? I can set up a standing order from May.\n\n"
            "I'd really like to keep the linen service going – your team have been great.\n\n"
            "Priya Raman\nOwner, Ivy & Thyme"
        ),
        facts=Facts(
            note="hardship plus monthly instalments; plan amounts and dates are not labelled"
        ),
    ),
    Reply(
        key="pl-en-until-end-of-may",
        intent="payment_plan",
        lang="en",
        region="GB",
        sender=("Ben Ashworth", "ben.ashworth@fellsidelodges.example"),
        org="Fellside Lodges",
        when="2027-04-19 09:10 +0100",
        client="thunderbird",
        inv="MTC-322214-L",
        amount="733.80",
        body=(
            "Morning,\n\n"
            "Any chance we could have until the end of May on this one? The lodges are only 30% booked for April and the money doesn't really come in until June. If that's OK with you I'll make sure it's the first thing paid.\n\n"
            "Thanks,\nBen Ashworth\nFellside Lodges, Keswick"
        ),
        facts=Facts(
            note="asks for more time: 'end of May' is a request, not a commitment, so no promised_date"
        ),
    ),
    Reply(
        key="pl-en-settlement-offer",
        intent="payment_plan",
        lang="en",
        region="GB",
        sender=("Howard Kemp", "howard.kemp@oakfielddental.example"),
        org="Oakfield Dental Practice",
        when="2027-04-27 13:45 +0100",
        client="owa",
        inv="MTC-322551-L",
        amount="964.20",
        kind="loss",
        body=(
            "Good afternoon,\n\n"
            "We are closing the Oakfield branch at the end of the month and the partners have asked me to settle all supplier accounts. Regarding the loss charge of £964.20: we accept that a number of tunics went missing during the refit, but the figure seems high for garments that were three years old.\n\n"
            "The partners would be willing to pay £600 in full and final settlement. Please let me know whether this is acceptable.\n\n"
            "Kind regards,\n\n"
            "Howard Kemp\nPractice Manager\nOakfield Dental Practice"
        ),
        facts=Facts(
            note="offers a reduced amount while accepting the loss: payment_plan, not dispute"
        ),
    ),
    Reply(
        key="pl-de-drei-raten",
        intent="payment_plan",
        lang="de",
        region="DE",
        sender=("Martina Vogt", "info@pension-waldblick.example"),
        org="Pension Waldblick",
        when="2027-04-16 20:05 +0200",
        client="gmail",
        inv="MTC-230662-L",
        amount="1290.00",
        body=(
            "Guten Abend,\n\n"
            "ich muss Sie leider um Entgegenkommen bitten. Der Winter war bei uns sehr ruhig und ich kann die 1.290 € gerade nicht auf einmal aufbringen. Wäre es möglich, den Betrag in drei Monatsraten zu zahlen, jeweils zum 15.? Die erste Rate könnte ich im Mai überweisen.\n\n"
            "Vielen Dank im Voraus\nMartina Vogt\nPension Waldblick, Titisee-Neustadt"
        ),
    ),
    Reply(
        key="pl-fr-echeancier",
        intent="payment_plan",
        lang="fr",
        region="FR",
        sender=("Thierry Lambert", "t.lambert@garagelambert.example"),
        org="Garage Lambert",
        when="2027-04-09 17:55 +0200",
        client="outlook",
        charset="windows-1252",
        inv="MTC-518812-L",
        amount="842.40",
        kind="rental",
        body=(
            "Bonjour,\n\n"
            "Suite à votre relance, serait-il possible de mettre en place un échéancier pour les factures en retard ? Nous pourrions régler en quatre mensualités à partir de mai. Nous traversons une période compliquée depuis la fermeture de la concession voisine.\n\n"
            "Dans l'attente de votre retour,\n\n"
            "Thierry Lambert\nGarage Lambert – Mécanique et carrosserie\nRoute de Lyon, 38300 Bourgoin-Jallieu"
        ),
    ),
    Reply(
        key="pl-fr-acompte-solde",
        intent="payment_plan",
        lang="fr",
        region="FR",
        sender=("Émilie Perrin", "emilie@campingdeslilas.example"),
        org="Camping des Lilas",
        when="2027-04-21 09:25 +0200",
        client="gmail",
        inv="MTC-519207-L",
        amount="1530.00",
        body=(
            "Bonjour,\n\n"
            "Je vous fais un virement de 500 € aujourd'hui et je vous propose de régler le solde en juin, quand le camping aura repris son rythme. Dites-moi si cela vous convient.\n\n"
            "Bonne journée,\nÉmilie Perrin\nCamping des Lilas – Saint-Jean-de-Monts"
        ),
        facts=Facts(
            note="part payment now and the balance in June: payment_plan, not payment_sent; no fields set"
        ),
    ),
    Reply(
        key="pl-es-un-par-de-meses",
        intent="payment_plan",
        lang="es",
        region="ES",
        sender=("Marisa Ortiz", "marisa@restaurantelaalmadraba.example"),
        org="Restaurante La Almadraba",
        when="2027-04-12 18:40 +0200",
        client="iphone",
        inv="MTC-613702-L",
        amount="689.50",
        body=(
            "Hola buenas tardes\n"
            "Os escribo porque ahora mismo no puedo hacer frente a la factura, ha sido un invierno malísimo y tenemos la cuenta en números rojos. ¿Me podéis dar un par de meses más? En cuanto empiece la temporada me pongo al día, de verdad.\n"
            "Un saludo\nMarisa"
        ),
        facts=Facts(
            note="hardship and a request for two more months; 'en cuanto empiece la temporada' is part of the request"
        ),
    ),
    Reply(
        key="pl-es-mitad-ahora",
        intent="payment_plan",
        lang="es",
        region="ES",
        sender=("Ignacio Prieto", "iprieto@clinicadentalprieto.example"),
        org="Clínica Dental Prieto",
        when="2027-04-22 12:15 +0200",
        client="gmail",
        inv="MTC-614118-L",
        amount="1012.80",
        body=(
            "Buenos días,\n\n"
            "¿Sería posible pagar la mitad ahora y la otra mitad a finales de mayo? Hemos tenido un mes flojo con la reforma de la clínica.\n\n"
            "Quedo a la espera.\n\n"
            "Ignacio Prieto\nGerente – Clínica Dental Prieto"
        ),
        facts=Facts(note="asks to split in two; nothing paid yet"),
    ),
    Reply(
        key="pl-nl-regeling",
        intent="payment_plan",
        lang="nl",
        region="NL",
        sender=("Jeroen Smit", "beheer@campingdeboskant.example"),
        org="Camping De Boskant",
        when="2027-04-07 20:12 +0200",
        client="gmail_plain",
        inv="MTC-710551-L",
        amount="2140.00",
        body=(
            "Beste,\n\n"
            "Kunnen we een betalingsregeling treffen voor de openstaande facturen? Ik denk aan vier termijnen van ongeveer € 535, de eerste eind april. Door de natte maart zijn veel boekingen geannuleerd en het geld zit even vast.\n\n"
            "Groet,\nJeroen Smit\nCamping De Boskant"
        ),
        facts=Facts(note="instalments proposed; the first instalment date is not a promised_date"),
    ),
    Reply(
        key="pl-nl-na-de-zomer",
        intent="payment_plan",
        lang="nl",
        region="NL",
        sender=("Sanne Visser", "sanne@hotelzeezicht-texel.example"),
        org="Hotel Zeezicht",
        when="2027-04-28 11:02 +0200",
        client="android",
        inv="MTC-710932-L",
        amount="1188.45",
        body="Hoi, zou het mogelijk zijn om deze factuur pas na de zomer te betalen? We hebben net een grote verbouwing achter de rug en de kas is leeg. Ik hoor graag of dat kan.\n\nSanne",
    ),
    Reply(
        key="pl-it-quattro-rate",
        intent="payment_plan",
        lang="it",
        region="IT",
        sender=("Roberto Galli", "amministrazione@hotelmiramonti-cortina.example"),
        org="Hotel Miramonti",
        when="2027-04-13 11:22 +0200",
        client="outlook",
        charset="windows-1252",
        inv="MTC-908105-L",
        amount="2436.00",
        body=(
            "Buongiorno,\n\n"
            "in seguito al vostro sollecito vi chiediamo se è possibile rateizzare l'importo in quattro rate mensili da € 609,00, a partire dal 30 aprile. La stagione invernale si è chiusa con un calo di presenze importante e preferiremmo non ritardare gli altri fornitori.\n\n"
            "Restiamo in attesa di un vostro riscontro.\n\n"
            "Roberto Galli\nAmministrazione – Hotel Miramonti\nCortina d'Ampezzo (BL)\n\n"
            "Ai sensi del Regolamento UE 2016/679 (GDPR), le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario indicato. Se avete ricevuto questo messaggio per errore, vi preghiamo di darne comunicazione al mittente e di cancellarlo."
        ),
    ),
    Reply(
        key="pl-it-piu-tempo",
        intent="payment_plan",
        lang="it",
        region="IT",
        sender=("Luca Marini", "luca.marini@officinamarini.example"),
        org="Officina Marini snc",
        when="2027-04-23 17:40 +0200",
        client="gmail",
        inv="MTC-908560-L",
        amount="274.60",
        kind="rental",
        body=(
            "Buonasera,\n\n"
            "ci servirebbe ancora un po' di tempo per questa fattura, il mese è andato male e abbiamo dei clienti che non ci pagano. Possiamo sentirci per trovare una soluzione?\n\n"
            "Luca Marini\nOfficina Marini snc – Prato"
        ),
    ),
)

INVOICE_REQUEST: Final[tuple[Reply, ...]] = (
    Reply(
        key="ir-en-inline-never-received",
        intent="invoice_request",
        lang="en",
        region="GB",
        sender=("Lauren Pike", "lauren.pike@thecoachhouse-inn.example"),
        org="The Coach House Inn",
        when="2027-04-05 11:16 +0100",
        client="inline",
        inv="MTC-322880-L",
        amount="508.30",
        body=(
            "Hi,\n"
            "[[2]]\n"
            "We've never received this one – it isn't in our system and nothing came in the post. Could you resend it to this address please? I'll get it put through once I have it.\n"
            "[[3]]\n"
            "Thanks\nLauren\n\n"
            "Lauren Pike\nOffice Manager, The Coach House Inn"
        ),
        facts=Facts(
            note="never received, resend, not contested; 'I'll get it put through' has no date and depends on the copy; inline"
        ),
    ),
    Reply(
        key="ir-en-w9",
        intent="invoice_request",
        lang="en",
        region="US",
        sender=("Tamika Brooks", "ap@lakeviewmedical.example"),
        org="Lakeview Medical Group",
        when="2027-04-20 10:37 -0500",
        client="outlook_html",
        inv="MTC-405113-L",
        amount="1894.00",
        body=(
            "Good morning,\n\n"
            "We cannot release payment to a new vendor until we have a signed W-9 on file. Our records show Maren Textile Care Inc. was set up in March, but we never received the form. Please send a completed W-9 to ap@lakeviewmedical.example and we will process your invoices in the next payment cycle.\n\n"
            "Thank you,\n\n"
            "Tamika Brooks\nAccounts Payable Specialist\nLakeview Medical Group | 500 Lakeshore Dr, Madison, WI 53703\n\n"
            "This message may contain confidential information and is intended only for the named recipient."
        ),
        facts=Facts(
            note="tax form needed before paying; the address given is the sender's own, not a new contact"
        ),
    ),
    Reply(
        key="ir-en-didnt-we-pay",
        intent="invoice_request",
        lang="en",
        region="GB",
        sender=("Neil Fairbairn", "neil@fairbairnmotors.example"),
        org="Fairbairn Motor Services",
        when="2027-04-28 15:51 +0100",
        client="iphone",
        inv="MTC-323304-L",
        amount="289.20",
        kind="rental",
        body="Didn't we pay this already?? Send me a statement so I can check it against the bank\n\nNeil",
        facts=Facts(note="a question, not a payment claim, plus a statement request"),
    ),
    Reply(
        key="ir-de-iban-bestaetigung",
        intent="invoice_request",
        lang="de",
        region="DE",
        sender=("Andrea Wolf", "kreditoren@kliniken-am-see.example"),
        org="Kliniken am See gGmbH",
        when="2027-04-09 09:58 +0200",
        client="outlook_html",
        inv="MTC-231185-L",
        amount="3412.75",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "uns liegen für Ihr Unternehmen zwei unterschiedliche Bankverbindungen vor (Rechnung Januar und Rechnung März). Aus Gründen der Betrugsprävention zahlen wir erst, wenn Sie uns die aktuelle IBAN schriftlich auf Firmenpapier mit Unterschrift bestätigen.\n\n"
            "Bitte senden Sie die Bestätigung an kreditoren@kliniken-am-see.example.\n\n"
            "Mit freundlichen Grüßen\ni. A. Andrea Wolf\nKreditorenbuchhaltung\nKliniken am See gGmbH"
        ),
        facts=Facts(
            note="bank details must be confirmed before payment; the sender's own address is not a new contact"
        ),
    ),
    Reply(
        key="ir-de-xrechnung",
        intent="invoice_request",
        lang="de",
        region="DE",
        sender=("Dennis Krüger", "d.krueger@kurhaus-badsalzig.example"),
        org="Kurhaus Bad Salzig",
        when="2027-04-23 10:40 +0200",
        client="owa",
        inv="MTC-231602-L",
        amount="780.40",
        body=(
            "Guten Tag,\n\n"
            "als öffentlicher Auftraggeber dürfen wir nur noch E-Rechnungen verarbeiten. Ihre Rechnung MTC-231602-L liegt uns lediglich als PDF vor. Bitte stellen Sie sie uns als XRechnung oder ZUGFeRD (ab Profil EN 16931) mit unserer Leitweg-ID 07141-KBS-22 zu, dann wird sie umgehend angewiesen.\n\n"
            "Mit freundlichen Grüßen\nDennis Krüger\nKurhaus Bad Salzig – Verwaltung"
        ),
        facts=Facts(
            refs=("MTC-231602-L",), note="needs the invoice in an e-invoice format before paying"
        ),
    ),
    Reply(
        key="ir-fr-releve",
        intent="invoice_request",
        lang="fr",
        region="FR",
        sender=("Martine Dubois", "comptabilite@residence-lesmimosas.example"),
        org="Résidence Les Mimosas",
        when="2027-04-16 14:18 +0200",
        client="thunderbird",
        inv="MTC-519633-L",
        amount="1102.20",
        body=(
            "Bonjour,\n\n"
            "Nous ne retrouvons pas cette facture dans notre comptabilité. Pourriez-vous nous adresser un relevé de compte détaillé depuis janvier, ainsi qu'un duplicata de la facture MTC-519633-L ? Nous ferons le point dès réception.\n\n"
            "Cordialement,\n\n"
            "Martine Dubois\nComptabilité – Résidence Les Mimosas (EHPAD)\nAntibes"
        ),
        facts=Facts(refs=("MTC-519633-L",), note="statement of account and a duplicate invoice"),
    ),
    Reply(
        key="ir-es-cif",
        intent="invoice_request",
        lang="es",
        region="ES",
        sender=("Patricia Gil", "facturas@hotelcalaserena.example"),
        org="Hotel Cala Serena",
        when="2027-04-07 10:20 +0200",
        client="outlook_html",
        inv="MTC-614470-L",
        amount="1655.00",
        body=(
            "Buenos días:\n\n"
            "La factura MTC-614470-L está emitida con el CIF antiguo de la sociedad (B07123456). Desde enero nuestra razón social es Cala Serena Hoteles, S.L., CIF B57654321, y el sistema no nos deja contabilizarla con los datos anteriores. ¿Nos la podrían reemitir con los datos correctos? El importe está bien.\n\n"
            "Gracias y un saludo,\n\n"
            "Patricia Gil\nDepartamento de Administración\nHotel Cala Serena · Cala d'Or (Mallorca)"
        ),
        facts=Facts(
            refs=("MTC-614470-L",),
            note="reissue with the new tax ID; the amount is explicitly accepted, so not a dispute",
        ),
    ),
    Reply(
        key="ir-es-no-ha-llegado",
        intent="invoice_request",
        lang="es",
        region="ES",
        sender=("Sergio Campos", "sergiocampos.bar@gmail.com"),
        org="Bar Restaurante Campos",
        when="2027-04-26 09:12 +0200",
        client="gmail_plain",
        inv="MTC-614903-L",
        amount="132.70",
        body="Buenos dias, no me ha llegado ninguna factura de marzo, me la podeis reenviar a este correo? gracias\n\nSergio",
        facts=Facts(note="missing accents and opening question mark; resend request"),
    ),
    Reply(
        key="ir-nl-po-nummer",
        intent="invoice_request",
        lang="nl",
        region="NL",
        sender=("Esther de Graaf", "crediteuren@parkhotel-veluwezoom.example"),
        org="Parkhotel Veluwezoom",
        when="2027-04-12 09:30 +0200",
        client="outlook_html",
        inv="MTC-711208-L",
        amount="975.00",
        body=(
            "Goedemorgen,\n\n"
            "Uw factuur is door ons systeem geweigerd omdat er geen inkoopordernummer op staat. Wij kunnen alleen facturen met een geldig PO-nummer verwerken. Wilt u de factuur opnieuw sturen met PO-nummer 4500027781? Daarna wordt hij binnen onze normale termijn betaald.\n\n"
            "Met vriendelijke groet,\n\n"
            "Esther de Graaf\nCrediteurenadministratie\nParkhotel Veluwezoom – Rheden\n\n"
            "Aan dit bericht kunnen geen rechten worden ontleend. Dit bericht is uitsluitend bestemd voor de geadresseerde."
        ),
        facts=Facts(note="reissue with a PO number; the amount is not contested"),
    ),
    Reply(
        key="ir-nl-afleverbonnen",
        intent="invoice_request",
        lang="nl",
        region="NL",
        sender=("Ruud Jansen", "ruud@autobedrijfjansen.example"),
        org="Autobedrijf Jansen",
        when="2027-04-22 16:05 +0200",
        client="iphone",
        inv="MTC-711560-L",
        amount="214.80",
        kind="loss",
        body="Kunnen jullie de getekende afleverbonnen van maart meesturen? Dan kan ik zien wat er precies weg zou zijn en zet ik hem door.\n\nRuud\nAutobedrijf Jansen",
        facts=Facts(
            note="asks for proof of delivery before paying; doubt without contesting → invoice_request, not dispute"
        ),
    ),
    Reply(
        key="ir-it-sdi",
        intent="invoice_request",
        lang="it",
        region="IT",
        sender=("Chiara Bianchi", "contabilita@ristoranteilfaro.example"),
        org="Ristorante Il Faro",
        when="2027-04-08 15:42 +0200",
        client="gmail",
        inv="MTC-908922-L",
        amount="418.20",
        body=(
            "Buongiorno,\n\n"
            "la fattura che ci sollecitate non ci risulta arrivata tramite SDI: nel cassetto fiscale non c'è. Potete verificare il codice destinatario (il nostro è M5UXCR1) e ritrasmetterla? Appena la riceviamo la mettiamo in pagamento.\n\n"
            "Grazie\nChiara Bianchi\nRistorante Il Faro – Trapani"
        ),
        facts=Facts(note="e-invoice never received through SDI; retransmission requested"),
    ),
    Reply(
        key="ir-it-iban",
        intent="invoice_request",
        lang="it",
        region="IT",
        sender=("Stefano Conti", "stefano.conti@termeleginestre.example"),
        org="Terme Le Ginestre",
        when="2027-04-27 12:02 +0200",
        client="apple",
        inv="MTC-909310-L",
        amount="2890.00",
        body=(
            "Gentili signori,\n\n"
            "prima di procedere con il bonifico vi chiedo di confermarmi l'IBAN: sulla fattura di febbraio ne compare uno, su quella di marzo un altro. Preferisco una conferma per telefono o su carta intestata, visti i tentativi di truffa che girano.\n\n"
            "Cordialità\nStefano Conti\nResponsabile amministrativo\nTerme Le Ginestre – Chianciano Terme"
        ),
        facts=Facts(note="bank details to confirm before paying"),
    ),
)

WRONG_CONTACT: Final[tuple[Reply, ...]] = (
    Reply(
        key="wc-en-housekeeper",
        intent="wrong_contact",
        lang="en",
        region="GB",
        sender=("Maggie Rowe", "maggie.rowe@thewestcliffhotel.example"),
        org="The Westcliff Hotel",
        when="2027-04-06 14:02 +0100",
        client="android",
        inv="MTC-323716-L",
        amount="1396.00",
        body="Hello, I'm the housekeeper so I don't deal with the bills. You need to send these to our accounts team at Accounts@TheWestcliffHotel.example and they'll sort it.\n\nMaggie",
        facts=Facts(
            new_contact="accounts@thewestcliffhotel.example",
            note="address written in mixed case, labelled in lower case",
        ),
    ),
    Reply(
        key="wc-en-redirect-freemail",
        intent="wrong_contact",
        lang="en",
        region="GB",
        sender=("Gable End Hotel Accounts", "gableend.accounts@gmail.com"),
        org="The Gable End Hotel",
        when="2027-04-15 03:12 +0100",
        client="gmail",
        inv="MTC-324105-L",
        amount="1618.40",
        reminder_to="accounts@gableendhotel.example",
        body=(
            "Dear Sir/Madam,\n\n"
            "Please be advised that our accounts department has moved to a new email system. Kindly update your records and direct all future invoices, statements and correspondence for The Gable End Hotel to gableend.accounts.dept@gmail.com with immediate effect. Our old address will no longer be monitored.\n\n"
            "Kindly confirm once you have updated your records.\n\n"
            "Regards,\nAccounts Department\nThe Gable End Hotel"
        ),
        facts=Facts(
            new_contact="gableend.accounts.dept@gmail.com",
            note="phishing-like: a free-mail sender (not the address the reminder went to) asks to redirect all mail; labelled by what it asks, a person must verify before changing anything",
        ),
    ),
    Reply(
        key="wc-en-no-longer-monitored",
        intent="wrong_contact",
        lang="en",
        region="GB",
        sender=("Crestline Kingsway Finance", "finance.kingsway@crestlinehotels.example"),
        org="Crestline Kingsway Hotel",
        when="2027-04-19 09:03 +0100",
        client="notice_html",
        inv="MTC-324410-L",
        amount="2245.10",
        quoted_days=0,
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=(
            "Thank you for your email.\n\n"
            "This mailbox is no longer monitored. Since 1 April 2027 all supplier invoices and payment queries for Crestline hotels are handled by our Shared Service Centre. Please resend your message to apinvoices@crestlinehotels.example, quoting the hotel name and your invoice number.\n\n"
            "This is an automated message; your email has not been forwarded.\n\n"
            "Crestline Hotels Group"
        ),
        facts=Facts(
            new_contact="apinvoices@crestlinehotels.example",
            note="automatic 'no longer monitored' notice naming the new address → wrong_contact, not auto_reply",
        ),
    ),
    Reply(
        key="wc-de-hausdame",
        intent="wrong_contact",
        lang="de",
        region="DE",
        sender=("Irina Petrović", "hausdame@hotel-zur-post-lindau.example"),
        org="Hotel Zur Post",
        when="2027-04-14 13:30 +0200",
        client="gmail",
        inv="MTC-232008-L",
        amount="1742.10",
        body=(
            "Hallo,\n\n"
            "ich bin die Hausdame und habe mit Rechnungen nichts zu tun. Die Buchhaltung macht bei uns das Steuerbüro Maier & Lenz, bitte schicken Sie so etwas an buchhaltung@stb-maier-lenz.example.\n\n"
            "Viele Grüße\nIrina Petrović\nHotel Zur Post, Lindau"
        ),
        facts=Facts(new_contact="buchhaltung@stb-maier-lenz.example"),
    ),
    Reply(
        key="wc-de-praxisuebernahme",
        intent="wrong_contact",
        lang="de",
        region="DE",
        sender=("Dr. Felix Brandt", "praxis@dr-brandt-hausarzt.example"),
        org="Hausarztpraxis Dr. Schäfer",
        when="2027-04-20 18:15 +0200",
        client="apple",
        inv="MTC-232390-L",
        amount="228.00",
        kind="rental",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "ich habe die Praxis zum 1. April 2027 von Dr. Schäfer übernommen. Die angemahnte Rechnung betrifft noch den Zeitraum davor und ist daher von ihm zu begleichen. Sie erreichen Dr. Schäfer unter H.Schaefer@posteo-mail.example.\n\n"
            "Für die Zeit ab April schließe ich gern einen eigenen Vertrag mit Ihnen ab.\n\n"
            "Mit freundlichen Grüßen\nDr. med. Felix Brandt"
        ),
        facts=Facts(
            new_contact="h.schaefer@posteo-mail.example",
            note="practice taken over; the previous owner owes the invoice and is named with his address",
        ),
    ),
    Reply(
        key="wc-fr-plus-en-poste",
        intent="wrong_contact",
        lang="fr",
        region="FR",
        sender=("Aurélie Caron", "a.caron@hotel-beaurivage-nice.example"),
        org="Hôtel Beaurivage",
        when="2027-04-12 08:40 +0200",
        client="outlook_html",
        inv="MTC-520114-L",
        amount="2208.60",
        body=(
            "Bonjour,\n\n"
            "Je ne m'occupe plus de la comptabilité fournisseurs depuis début avril (j'ai changé de poste en interne). Merci d'adresser désormais vos relances à M. Olivier Pons : o.pons@hotel-beaurivage-nice.example.\n\n"
            "Bonne journée,\n\n"
            "Aurélie Caron\nResponsable réservations\nHôtel Beaurivage – Nice"
        ),
        facts=Facts(new_contact="o.pons@hotel-beaurivage-nice.example"),
    ),
    Reply(
        key="wc-fr-cabinet-avocats",
        intent="wrong_contact",
        lang="fr",
        region="FR",
        sender=("Bernard Lacombe", "contact@lacombe-avocats.example"),
        org="Restaurant Lacombe",
        when="2027-04-27 11:05 +0200",
        client="outlook",
        charset="iso-8859-1",
        inv="MTC-520590-L",
        amount="640.80",
        body=(
            "Madame, Monsieur,\n\n"
            "Vous faites manifestement erreur d'adresse : nous sommes un cabinet d'avocats et n'avons jamais eu recours à vos services. Nous n'avons aucun lien avec le restaurant qui porte le même nom.\n\n"
            "Je vous remercie de mettre à jour vos fichiers.\n\n"
            "Bernard Lacombe\nAvocat au Barreau de Bordeaux"
        ),
        facts=Facts(
            note="wrong recipient altogether, no new address; 'mettre à jour vos fichiers' is not a stop request"
        ),
    ),
    Reply(
        key="wc-es-gestoria",
        intent="wrong_contact",
        lang="es",
        region="ES",
        sender=("Carmen Ruiz", "carmen@casarural-lasencinas.example"),
        org="Casa Rural Las Encinas",
        when="2027-04-08 19:50 +0200",
        client="iphone",
        inv="MTC-615208-L",
        amount="245.60",
        body="Hola, las facturas nos las lleva la gestoría. Mandadlo a facturas@gestoria-valdes.example y ellos lo pagan, yo no tengo acceso al banco.\nGracias\nCarmen",
        facts=Facts(new_contact="facturas@gestoria-valdes.example"),
    ),
    Reply(
        key="wc-es-buzon-no-se-atiende",
        intent="wrong_contact",
        lang="es",
        region="ES",
        sender=("Hoteles Atlántida", "pagos@hotelesatlantida.example"),
        org="Hoteles Atlántida",
        when="2027-04-15 07:02 +0200",
        client="notice",
        inv="MTC-615555-L",
        amount="3120.00",
        quoted_days=0,
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
        body=(
            "Este buzón ya no se atiende.\n\n"
            "Desde el 1 de abril de 2027, las facturas de proveedores de Hoteles Atlántida se gestionan desde el buzón cuentasapagar@hotelesatlantida.example. Le rogamos que reenvíe allí su mensaje; este correo no se reenviará automáticamente.\n\n"
            "Gracias por su colaboración.\nDepartamento Financiero – Hoteles Atlántida"
        ),
        facts=Facts(
            new_contact="cuentasapagar@hotelesatlantida.example",
            note="automatic 'mailbox no longer monitored' notice naming the new address",
        ),
    ),
    Reply(
        key="wc-nl-parkbeheerder",
        intent="wrong_contact",
        lang="nl",
        region="NL",
        sender=("Henk Verbeek", "beheerder@bungalowparkdewielen.example"),
        org="Bungalowpark De Wielen",
        when="2027-04-16 07:48 +0200",
        client="gmail_plain",
        inv="MTC-712017-L",
        amount="1080.00",
        body=(
            "Goedemorgen,\n\n"
            "Ik ben de beheerder van het park en ga niet over de betalingen. Facturen en herinneringen moeten naar ons hoofdkantoor in Zwolle: administratie@wielen-recreatie.example.\n\n"
            "Groeten,\nHenk Verbeek\nParkbeheer De Wielen"
        ),
        facts=Facts(new_contact="administratie@wielen-recreatie.example"),
    ),
    Reply(
        key="wc-it-reception",
        intent="wrong_contact",
        lang="it",
        region="IT",
        sender=("Davide Ricci", "reception@hotelaurora-verona.example"),
        org="Hotel Aurora",
        when="2027-04-09 10:25 +0200",
        client="outlook",
        charset="windows-1252",
        inv="MTC-909704-L",
        amount="1322.40",
        body=(
            "Buongiorno,\n\n"
            "questo è l'indirizzo della reception: per fatture e pagamenti vi prego di scrivere direttamente all'amministrazione, amministrazione@hotelaurora-verona.example, che vi risponderà.\n\n"
            "Cordiali saluti\nDavide Ricci\nReception – Hotel Aurora, Verona"
        ),
        facts=Facts(new_contact="amministrazione@hotelaurora-verona.example"),
    ),
    Reply(
        key="wc-it-cambio-gestione",
        intent="wrong_contact",
        lang="it",
        region="IT",
        sender=("Elena Santoro", "e.santoro@villaserena-bellagio.example"),
        org="Villa Serena",
        when="2027-04-21 15:30 +0200",
        client="gmail",
        inv="MTC-910082-L",
        amount="1964.00",
        body=(
            "Buongiorno,\n\n"
            "dal 1° aprile la gestione di Villa Serena è passata alla società Lago Hospitality S.r.l. Le fatture fino al 31 marzo, compresa quella che ci sollecitate, restano a carico della vecchia gestione: potete contattare il dott. Vittorio Ferri all'indirizzo v.ferri@studioferri-commercialisti.example, che segue la liquidazione.\n\n"
            "Per il nuovo contratto vi contatterà il nostro ufficio acquisti.\n\n"
            "Elena Santoro\nVilla Serena – Bellagio (CO)"
        ),
        facts=Facts(
            new_contact="v.ferri@studioferri-commercialisti.example",
            note="new management; the old company's liquidator is the contact for this invoice",
        ),
    ),
)

UNSUBSCRIBE: Final[tuple[Reply, ...]] = (
    Reply(
        key="us-en-post-only",
        intent="unsubscribe",
        lang="en",
        region="GB",
        sender=("Margaret Ellery", "m.ellery@elleryandsons.example"),
        org="Ellery & Sons Garage Ltd",
        when="2027-04-07 09:30 +0100",
        client="outlook",
        inv="MTC-324880-L",
        amount="192.40",
        kind="rental",
        body=(
            "Dear Sir or Madam,\n\n"
            "Please note that we do not accept statements or reminders by e-mail. Kindly remove this address from your distribution list and send all correspondence by post to the address on our account. Anything sent by e-mail will not be actioned.\n\n"
            "Yours faithfully,\n\n"
            "Margaret Ellery\nCompany Secretary\nEllery & Sons Garage Ltd"
        ),
        facts=Facts(note="post only → unsubscribe"),
    ),
    Reply(
        key="us-en-solicitors",
        intent="unsubscribe",
        lang="en",
        region="GB",
        sender=("Victor Lyle", "victor@lylehospitality.example"),
        org="Lyle Hospitality Ltd (The Quayside Hotel)",
        when="2027-04-20 17:12 +0100",
        client="gmail",
        inv="MTC-325206-L",
        amount="4120.00",
        body=(
            "This matter is now with our solicitors, Penhallow & Vyse LLP. Do not contact me or any member of staff about this account again. Any further correspondence must be addressed to them.\n\n"
            "V. Lyle\nDirector"
        ),
        facts=Facts(note="'talk to our solicitors' without an address → unsubscribe"),
    ),
    Reply(
        key="us-en-take-me-off",
        intent="unsubscribe",
        lang="en",
        region="IE",
        sender=("Stuart Keane", "stuart@keaneskitchen.example"),
        org="Keane's Kitchen",
        when="2027-04-26 21:58 +0100",
        client="iphone",
        inv="MTC-325615-L",
        amount="318.70",
        body="TAKE ME OFF THIS LIST. Third time asking. The bill was paid last week, I'm sick of these emails.",
        facts=Facts(
            note="stop request with a payment claim: unsubscribe beats everything but bounce, so no paid_date"
        ),
    ),
    Reply(
        key="us-de-nur-postalisch",
        intent="unsubscribe",
        lang="de",
        region="DE",
        sender=("Gisela Wendt", "g.wendt@landgasthof-wendt.example"),
        org="Landgasthof Wendt",
        when="2027-04-12 08:05 +0200",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        inv="MTC-232815-L",
        amount="684.30",
        body=(
            "Guten Morgen,\n\n"
            "bitte senden Sie uns keine Mahnungen und Rechnungen mehr per E-Mail. Wir möchten alles ausschließlich auf dem Postweg erhalten, so wie es früher auch war. E-Mails werden bei uns nicht gelesen.\n\n"
            "Mit freundlichem Gruß\nGisela Wendt\nLandgasthof Wendt, Ortsstraße 5, 36129 Gersfeld"
        ),
        facts=Facts(note="post only → unsubscribe"),
    ),
    Reply(
        key="us-de-anwalt",
        intent="unsubscribe",
        lang="de",
        region="DE",
        sender=("Rolf Steiner", "r.steiner@steiner-kfz.example"),
        org="Steiner Kfz-Service",
        when="2027-04-22 19:40 +0200",
        client="android",
        inv="MTC-233190-L",
        amount="1466.00",
        body=(
            "Jetzt reicht es. Das ist die vierte Mail zu dieser Sache. Die Angelegenheit liegt bei unserem Anwalt, RA Dr. Pohl in Kassel. Unterlassen Sie weitere Kontaktaufnahmen per E-Mail oder Telefon, alles Weitere nur noch über die Kanzlei.\n\n"
            "R. Steiner"
        ),
        facts=Facts(note="irritated; lawyer named without an address → unsubscribe"),
    ),
    Reply(
        key="us-fr-desinscrivez",
        intent="unsubscribe",
        lang="fr",
        region="FR",
        sender=("Patrick Morel", "pizzeria.chezpat@gmail.com"),
        org="Pizzeria Chez Pat",
        when="2027-04-15 22:30 +0200",
        client="iphone",
        inv="MTC-520930-L",
        amount="264.00",
        body="Merci de ne plus m'envoyer de mails, désinscrivez-moi de votre liste. Cordialement",
    ),
    Reply(
        key="us-fr-rgpd",
        intent="unsubscribe",
        lang="fr",
        region="FR",
        sender=("Camille Roux", "camille.roux.perso@gmail.com"),
        org="Hôtel du Lac",
        when="2027-04-23 09:15 +0200",
        client="gmail",
        inv="MTC-521304-L",
        amount="1498.20",
        body=(
            "Bonjour,\n\n"
            "Je n'ai travaillé à l'Hôtel du Lac que jusqu'en décembre et je reçois toujours vos relances sur mon adresse personnelle. Conformément au RGPD, je vous demande de supprimer mon adresse de vos fichiers et de cesser tout envoi.\n\n"
            "Camille Roux"
        ),
        facts=Facts(
            note="left the company (no new address) and asks for erasure: unsubscribe beats wrong_contact"
        ),
    ),
    Reply(
        key="us-es-por-carta",
        intent="unsubscribe",
        lang="es",
        region="ES",
        sender=("Manuel Serrano", "manuel@asadorserrano.example"),
        org="Asador Serrano",
        when="2027-04-19 13:40 +0200",
        client="samsung",
        inv="MTC-615990-L",
        amount="402.60",
        body="No me mandéis más correos de estos. Si queréis algo, por carta. Gracias.",
        facts=Facts(note="stop e-mails, post only"),
    ),
    Reply(
        key="us-nl-afmelden",
        intent="unsubscribe",
        lang="nl",
        region="NL",
        sender=("", "info@snackbardekeizer.example"),
        org="Snackbar De Keizer",
        when="2027-04-09 14:11 +0200",
        client="iphone",
        inv="MTC-712444-L",
        amount="88.20",
        body="Afmelden",
        facts=Facts(note="one word"),
    ),
    Reply(
        key="us-be-per-post",
        intent="unsubscribe",
        lang="nl",
        region="BE",
        sender=("Wim Claes", "wim.claes@hotelterduin.example"),
        org="Hotel Ter Duin",
        when="2027-04-21 10:50 +0200",
        client="outlook",
        inv="MTC-712833-L",
        amount="1734.00",
        body=(
            "Goedemorgen,\n\n"
            "Gelieve ons niet langer per e-mail aan te manen. Wij wensen alle briefwisseling voortaan uitsluitend per post te ontvangen op onze maatschappelijke zetel in Knokke-Heist.\n\n"
            "Met vriendelijke groeten\nWim Claes\nZaakvoerder"
        ),
        facts=Facts(note="post only (Flemish)"),
    ),
    Reply(
        key="us-it-cancellatemi",
        intent="unsubscribe",
        lang="it",
        region="IT",
        sender=("Simona Greco", "simonagreco.bnb@gmail.com"),
        org="B&B Il Glicine",
        when="2027-04-14 21:05 +0200",
        client="android",
        inv="MTC-910457-L",
        amount="126.90",
        body="Per favore cancellatemi dalla vostra lista, non voglio più ricevere queste email. Grazie",
    ),
    Reply(
        key="us-it-legale-fine-mese",
        intent="unsubscribe",
        lang="it",
        region="IT",
        sender=("Giorgio Lombardi", "g.lombardi@lombardi-auto.example"),
        org="Lombardi Auto S.r.l.",
        when="2027-04-28 16:20 +0200",
        client="outlook_html",
        charset="windows-1252",
        inv="MTC-910811-L",
        amount="2650.00",
        body=(
            "Buongiorno,\n\n"
            "vi abbiamo già detto che pagheremo a fine mese. Da questo momento ogni comunicazione su questa pratica dovrà passare esclusivamente dal nostro legale, avv. Martina Bellini del foro di Brescia. Vi invitiamo a non scrivere più a questo indirizzo.\n\n"
            "Distinti saluti\nGiorgio Lombardi\nLombardi Auto S.r.l."
        ),
        facts=Facts(
            note="a promise ('a fine mese') and a lawyer-only demand: unsubscribe wins, so no promised_date"
        ),
    ),
)

AUTO_REPLY: Final[tuple[Reply, ...]] = (
    Reply(
        key="ar-en-annual-leave",
        intent="auto_reply",
        lang="en",
        region="GB",
        sender=("Rachel Osei", "rachel.osei@bramblecottagevets.example"),
        org="Bramble Cottage Veterinary Clinic",
        when="2027-04-13 09:04 +0100",
        client="notice_html",
        inv="MTC-325990-L",
        amount="356.00",
        quoted_days=0,
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=(
            "Hello,\n\n"
            "Thank you for your message. I'm on annual leave and will be returning on Tuesday 20th April. I won't be checking emails while I'm away.\n\n"
            "For anything urgent please call reception on 01632 960552 or email admin@bramblecottagevets.example.\n\n"
            "Rachel Osei\nPractice Manager"
        ),
        facts=Facts(
            return_date="2027-04-20",
            note="a colleague's address in an auto-reply does not set new_contact",
        ),
    ),
    Reply(
        key="ar-en-ticket-no-header",
        intent="auto_reply",
        lang="en",
        region="US",
        sender=("Lakeshore Resorts Support", "support@lakeshoreresorts.example"),
        org="Lakeshore Resorts",
        when="2027-04-21 11:47 -0400",
        client="notice",
        inv="MTC-405560-L",
        amount="2930.40",
        quoted_days=0,
        subject="[Ticket #48213] Re: {rsub}",
        headers=(("X-Mailer", "Deskwise Helpdesk 5.2"),),
        body=(
            "Hello,\n\n"
            "This is an automated confirmation that we have received your request. A ticket has been created with the reference #48213 and assigned to our Vendor Relations queue.\n\n"
            "Our team aims to respond within 3 business days. To add information, simply reply to this email and keep the ticket number in the subject line.\n\n"
            "Lakeshore Resorts – Guest & Vendor Support"
        ),
        facts=Facts(note="ticket acknowledgement without Auto-Submitted; no date"),
    ),
    Reply(
        key="ar-en-park-office-closed",
        intent="auto_reply",
        lang="en",
        region="GB",
        sender=("Heronsmere Holiday Park", "office@heronsmere-park.example"),
        org="Heronsmere Holiday Park",
        when="2027-04-05 07:12 +0100",
        client="notice",
        inv="MTC-326221-L",
        amount="1155.80",
        quoted_days=0,
        body=(
            "Thank you for contacting Heronsmere Holiday Park.\n\n"
            "The park office is closed for the winter and we are not reading emails at the moment. We reopen on Saturday 1 May 2027 and all messages will be answered in the order they were received.\n\n"
            "If your enquiry is about a booking for this season, please use the online booking page.\n\n"
            "The Heronsmere Team"
        ),
        facts=Facts(
            return_date="2027-05-01",
            note="autoresponder without Auto-Submitted and with a plain 'Re:' subject; 'we reopen on' gives the date",
        ),
    ),
    Reply(
        key="ar-de-bis-zum",
        intent="auto_reply",
        lang="de",
        region="DE",
        sender=("Stefanie Lang", "s.lang@hotel-kaiserhof-goslar.example"),
        org="Hotel Kaiserhof",
        when="2027-04-07 11:21 +0200",
        client="notice_html",
        inv="MTC-233540-L",
        amount="1208.00",
        quoted_days=0,
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "ich bin bis zum 23.04.2027 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.\n\n"
            "In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Herrn Kühn, buchhaltung@hotel-kaiserhof-goslar.example.\n\n"
            "Mit freundlichen Grüßen\nStefanie Lang\nBuchhaltung Hotel Kaiserhof"
        ),
        facts=Facts(
            return_date="2027-04-23",
            note="'bis zum X' → X itself; the colleague's address is not a new contact",
        ),
    ),
    Reply(
        key="ar-de-elternzeit",
        intent="auto_reply",
        lang="de",
        region="DE",
        sender=("Lena Hoffmann", "l.hoffmann@gasthof-zum-hirschen.example"),
        org="Gasthof Zum Hirschen",
        when="2027-04-26 08:02 +0200",
        client="notice",
        inv="MTC-233901-L",
        amount="572.40",
        quoted_days=0,
        subject="Abwesend: Elternzeit",
        headers=(AUTO_REPLIED,),
        body=(
            "Hallo,\n\n"
            "danke für Ihre E-Mail. Ich bin derzeit in Elternzeit und lese meine Nachrichten nicht. Bitte wenden Sie sich in allen Buchhaltungsfragen an info@gasthof-zum-hirschen.example.\n\n"
            "Viele Grüße\nLena Hoffmann"
        ),
        facts=Facts(
            note="parental leave without a date; a temporary absence naming a colleague's address stays auto_reply"
        ),
    ),
    Reply(
        key="ar-fr-de-retour",
        intent="auto_reply",
        lang="fr",
        region="FR",
        sender=("Véronique Fabre", "v.fabre@clinique-saintroch.example"),
        org="Clinique Saint-Roch",
        when="2027-04-16 17:45 +0200",
        client="notice_html",
        inv="MTC-521700-L",
        amount="1846.00",
        quoted_days=0,
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=(
            "Bonjour,\n\n"
            "Je suis absente du bureau et serai de retour le mardi 27 avril. Pendant mon absence, vos messages ne seront pas transférés.\n\n"
            "Pour toute urgence, merci de contacter le standard de la clinique au 04 67 55 12 00.\n\n"
            "Cordialement,\nVéronique Fabre\nService achats – Clinique Saint-Roch"
        ),
        facts=Facts(return_date="2027-04-27"),
    ),
    Reply(
        key="ar-es-hasta-el-lunes",
        intent="auto_reply",
        lang="es",
        region="ES",
        sender=("Raquel Moreno", "rmoreno@balneario-fuentesanta.example"),
        org="Balneario Fuente Santa",
        when="2027-04-06 10:30 +0200",
        client="notice",
        inv="MTC-616330-L",
        amount="933.60",
        quoted_days=0,
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
        body=(
            "Gracias por su mensaje.\n\n"
            "Estaré fuera de la oficina hasta el lunes 12 de abril, sin acceso al correo. A mi vuelta responderé a su consulta lo antes posible.\n\n"
            "Un saludo,\nRaquel Moreno\nAdministración – Balneario Fuente Santa"
        ),
        facts=Facts(return_date="2027-04-12", note="'hasta el X' → X itself"),
    ),
    Reply(
        key="ar-es-incidencia",
        intent="auto_reply",
        lang="es",
        region="ES",
        sender=("Grupo Brisamar - Proveedores", "proveedores@grupobrisamar.example"),
        org="Grupo Brisamar Hoteles",
        when="2027-04-23 08:14 +0200",
        client="notice",
        inv="MTC-616702-L",
        amount="2470.25",
        quoted_days=0,
        subject="Hemos recibido su consulta [Incidencia 2027-11832]",
        headers=(AUTO_GENERATED,),
        body=(
            "Estimado proveedor:\n\n"
            "Hemos recibido su correo y se ha registrado con el número de incidencia 2027-11832. Nuestro equipo de Cuentas a Pagar lo revisará y le responderá en un plazo máximo de cinco días hábiles.\n\n"
            "Por favor, no responda a este mensaje. Si necesita añadir documentación, indique el número de incidencia en el asunto.\n\n"
            "Grupo Brisamar Hoteles – Servicios Compartidos de Administración"
        ),
        facts=Facts(note="ticket acknowledgement, no date"),
    ),
    Reply(
        key="ar-nl-tm-weer-aanwezig",
        intent="auto_reply",
        lang="nl",
        region="NL",
        sender=("Marloes Kok", "m.kok@fysiopraktijkdelinde.example"),
        org="Fysiopraktijk De Linde",
        when="2027-04-09 12:00 +0200",
        client="notice_html",
        inv="MTC-713105-L",
        amount="264.80",
        quoted_days=0,
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=(
            "Beste afzender,\n\n"
            "Ik ben met vakantie tot en met vrijdag 23 april en vanaf maandag 26 april weer op de praktijk. Uw e-mail wordt niet doorgestuurd.\n\n"
            "Voor dringende zaken kunt u bellen met 030 555 1840.\n\n"
            "Met vriendelijke groet,\nMarloes Kok\nPraktijkmanager"
        ),
        facts=Facts(return_date="2027-04-26", note="the stated day back wins over 't/m'"),
    ),
    Reply(
        key="ar-nl-receptie-binnen-2-dagen",
        intent="auto_reply",
        lang="nl",
        region="NL",
        sender=("Vakantiepark De Zeeuwse Kreek", "receptie@zeeuwsekreek.example"),
        org="Vakantiepark De Zeeuwse Kreek",
        when="2027-04-19 14:33 +0200",
        client="notice",
        inv="MTC-713620-L",
        amount="1610.00",
        quoted_days=0,
        subject="Bedankt voor uw e-mail",
        headers=(("X-Autorespond", "yes"),),
        body=(
            "Bedankt voor uw e-mail aan Vakantiepark De Zeeuwse Kreek!\n\n"
            "Wij hebben uw bericht in goede orde ontvangen en reageren binnen twee werkdagen. In het hoogseizoen kan het iets langer duren.\n\n"
            "Heeft u een vraag over uw reservering? Kijk dan eerst op onze website bij Veelgestelde vragen.\n\n"
            "Zonnige groet,\nTeam De Zeeuwse Kreek"
        ),
        facts=Facts(
            note="autoresponder without Auto-Submitted; 'binnen twee werkdagen' is no return date"
        ),
    ),
    Reply(
        key="ar-it-ferie-rientro",
        intent="auto_reply",
        lang="it",
        region="IT",
        sender=("Alessandra Vitale", "a.vitale@hotelmediterraneo-bari.example"),
        org="Hotel Mediterraneo",
        when="2027-04-08 09:12 +0200",
        client="notice",
        inv="MTC-911207-L",
        amount="1387.50",
        quoted_days=0,
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
        body=(
            "Gentile mittente,\n\n"
            "sarò assente per ferie fino a venerdì 9 aprile compreso e rientrerò in ufficio lunedì 12 aprile. Durante la mia assenza la posta non verrà letta né inoltrata.\n\n"
            "Per urgenze potete rivolgervi all'ufficio amministrativo (tel. 080 555 2231).\n\n"
            "Cordiali saluti\nAlessandra Vitale"
        ),
        facts=Facts(
            return_date="2027-04-12", note="the stated day back wins over 'fino a … compreso'"
        ),
    ),
    Reply(
        key="ar-it-fuori-sede",
        intent="auto_reply",
        lang="it",
        region="IT",
        sender=("Paolo De Luca", "p.deluca@cliniche-adriatiche.example"),
        org="Cliniche Adriatiche",
        when="2027-04-28 14:50 +0200",
        client="notice",
        inv="MTC-911640-L",
        amount="3025.00",
        quoted_days=0,
        subject="Fuori sede: {rsub}",
        headers=(AUTO_REPLIED, ("X-Mailer", "Zimbra 10.1.2_GA_0126")),
        body=(
            "Sono fuori sede fino al 3 maggio con accesso limitato alla posta elettronica. Risponderò al mio rientro.\n\n"
            "Ing. Paolo De Luca\nResponsabile Acquisti – Cliniche Adriatiche"
        ),
        facts=Facts(return_date="2027-05-03", note="'fino al X' → X itself"),
    ),
)

OTHER: Final[tuple[Reply, ...]] = (
    Reply(
        key="ot-en-ooo-subject-human",
        intent="other",
        lang="en",
        region="GB",
        sender=("Kate Marlow", "kate@theoldforge-bistro.example"),
        org="The Old Forge Bistro",
        when="2027-04-14 07:35 +0100",
        client="iphone",
        inv="MTC-326488-L",
        amount="241.60",
        subject="Out of office - Re: {rsub}",
        body=(
            "Out of the office today so just a quick one from my phone – can your driver leave Thursday's delivery round the back by the bins rather than at the front? We've got scaffolding up and the front door's blocked till the end of the month.\n\n"
            "Will look at the invoice properly when I'm back.\n\n"
            "Kate"
        ),
        facts=Facts(
            note="a person writing despite an 'Out of office' subject; delivery instructions; 'will look at the invoice' is no commitment"
        ),
    ),
    Reply(
        key="ot-en-is-this-genuine",
        intent="other",
        lang="en",
        region="GB",
        sender=("Derek Hollis", "derek@hollismotorrepairs.example"),
        org="Hollis Motor Repairs",
        when="2027-04-23 12:20 +0100",
        client="gmail_plain",
        inv="MTC-326640-L",
        amount="174.90",
        kind="loss",
        body=(
            "Is this genuine? We've had three fake invoices this month already. I don't recognise the invoice number and your email came in the same day as a dodgy one from 'our bank'. I'll ring the number on our contract before I do anything with this.\n\n"
            "Derek Hollis"
        ),
        facts=Facts(
            note="suspicion of fraud; asks for nothing that can be sent; a person should call back"
        ),
    ),
    Reply(
        key="ot-en-rambling-quote",
        intent="other",
        lang="en",
        region="US",
        sender=("Bill Ferguson", "bill.ferguson@pinecrestcampground.example"),
        org="Pinecrest Campground & RV Park",
        when="2027-04-29 20:05 -0400",
        client="gmail",
        inv="MTC-406022-L",
        amount="612.30",
        body=(
            "Hi folks,\n\n"
            "Got your note. Bit of background first because I think there's some confusion on our end about who does what now. My wife Carol used to handle all the vendor stuff but she's been helping our daughter with the new baby down in Knoxville since March, so it's been me and our seasonal manager Tyler trying to keep up, and honestly the paperwork has been last on the list with the season about to start. We had a tree come down on the shower house in February too, so that ate up most of the spring.\n\n"
            "Anyway, the reason I'm writing is this. We're adding twelve new cabins this summer, opening Memorial Day weekend if the inspector cooperates, and we'll need a lot more linen than we've been getting – sheets, towels, the works, probably double. Is there somebody on your side who can come out, walk the property with me and put together a new quote? Also wondering if you do the rubber-backed mats for cabin entrances, the ones we have now are shot.\n\n"
            "Carol will be back the second week of May and she'll go through all the bills then.\n\n"
            "Thanks,\nBill Ferguson\nPinecrest Campground & RV Park\nTownsend, TN"
        ),
        facts=Facts(
            note="long reply whose point is a new quote; 'Carol will go through the bills' is not a promise to pay"
        ),
    ),
    Reply(
        key="ot-de-weitergeleitet",
        intent="other",
        lang="de",
        region="DE",
        sender=("Nicole Bauer", "empfang@hotel-am-domplatz.example"),
        org="Hotel am Domplatz",
        when="2027-04-15 09:48 +0200",
        client="iphone",
        inv="MTC-234215-L",
        amount="986.70",
        body="Danke, habe ich an unsere Buchhaltung weitergeleitet.\n\nLG Nicole",
        facts=Facts(note="acknowledgement; passing it on without an address is not wrong_contact"),
    ),
    Reply(
        key="ot-de-betrieb-geschlossen",
        intent="other",
        lang="de",
        region="DE",
        sender=("Hans-Peter Kuhn", "hp.kuhn@autoservice-kuhn.example"),
        org="Autoservice Kuhn",
        when="2027-04-27 11:35 +0200",
        client="outlook",
        charset="iso-8859-1",
        inv="MTC-234602-L",
        amount="96.40",
        kind="rental",
        body=(
            "Guten Tag,\n\n"
            "ich habe meine Werkstatt zum 31. März aus Altersgründen geschlossen. Die letzten Overalls habe ich Ihrem Fahrer am 29. März mitgegeben. Wie es mit der offenen Rechnung weitergeht, bespreche ich noch mit meinem Steuerberater, der meldet sich dann bei Ihnen.\n\n"
            "Mit freundlichen Grüßen\nHans-Peter Kuhn"
        ),
        facts=Facts(
            note="business closed; the owner writes himself and names no other address; nothing promised"
        ),
    ),
    Reply(
        key="ot-fr-housses",
        intent="other",
        lang="fr",
        region="FR",
        sender=("Laurent Girard", "laurent@aubergedupont.example"),
        org="Auberge du Pont",
        when="2027-04-08 10:02 +0200",
        client="apple",
        inv="MTC-522048-L",
        amount="318.00",
        body=(
            "Bonjour,\n\n"
            "Petite question : votre chauffeur peut-il repasser récupérer les housses de couette qui nous restent de l'ancien contrat ? Il y en a deux sacs pleins dans la réserve depuis février et ils nous encombrent.\n\n"
            "Merci d'avance,\nLaurent Girard\nAuberge du Pont – Brantôme"
        ),
        facts=Facts(note="collection request in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        key="ot-fr-arnaque-html",
        intent="other",
        lang="fr",
        region="FR",
        sender=("Sylvie Henry", "sylvie.henry@cabinet-dentaire-henry.example"),
        org="Cabinet dentaire Henry",
        when="2027-04-20 13:05 +0200",
        client="html_only",
        inv="MTC-522417-L",
        amount="286.80",
        kind="rental",
        body=(
            "Bonjour,\n\n"
            "Avant toute chose, pouvez-vous me confirmer que ce message vient bien de chez vous ? Nous avons reçu la semaine dernière une fausse relance au nom d'un autre fournisseur, avec un RIB modifié, et notre expert-comptable nous a demandé d'être vigilants. Je préfère vérifier avant de faire quoi que ce soit.\n\n"
            "Bien à vous,\n\n"
            "Sylvie Henry\nAssistante – Cabinet dentaire Henry, Rennes"
        ),
        facts=Facts(note="asks whether the reminder is genuine; HTML-only"),
    ),
    Reply(
        key="ot-es-reparto-sabados",
        intent="other",
        lang="es",
        region="ES",
        sender=("Pilar Domínguez", "pilar@mesonelcruce.example"),
        org="Mesón El Cruce",
        when="2027-04-13 11:10 +0200",
        client="gmail",
        cte="b64",
        inv="MTC-617104-L",
        amount="377.40",
        body=(
            "Hola, buenos días:\n\n"
            "Aprovecho el correo para preguntaros una cosa: a partir de mayo abrimos también los domingos. ¿Podéis hacernos el reparto de manteles y servilletas los sábados en vez de los lunes? Si hay que cambiar algo del contrato, me decís.\n\n"
            "Gracias,\nPilar"
        ),
        facts=Facts(note="delivery-day change; nothing about the invoice"),
    ),
    Reply(
        key="ot-es-se-lo-paso",
        intent="other",
        lang="es",
        region="ES",
        sender=("Óscar Vidal", "ovidal@autocentro-vidal.example"),
        org="Autocentro Vidal",
        when="2027-04-27 16:45 +0200",
        client="android",
        inv="MTC-617520-L",
        amount="158.30",
        kind="rental",
        body="Recibido. Se lo paso a mi jefe, que es quien lleva los pagos.\n\nÓscar",
        facts=Facts(note="acknowledgement; the boss is not named by address, so not wrong_contact"),
    ),
    Reply(
        key="ot-nl-maandag-kijken",
        intent="other",
        lang="nl",
        region="NL",
        sender=("Femke Willems", "f.willems@strandpaviljoen-zuid.example"),
        org="Strandpaviljoen Zuid",
        when="2027-04-16 15:20 +0200",
        client="iphone",
        inv="MTC-713950-L",
        amount="442.00",
        body="Ontvangen, ik kijk er maandag even naar.\n\nFemke",
        facts=Facts(note="'I'll look at it on Monday' promises no payment"),
    ),
    Reply(
        key="ot-nl-contract-opzeggen",
        intent="other",
        lang="nl",
        region="NL",
        sender=("Arjan Bos", "a.bos@tandartspraktijkbos.example"),
        org="Tandartspraktijk Bos",
        when="2027-04-23 13:12 +0200",
        client="outlook_html",
        inv="MTC-714301-L",
        amount="219.60",
        kind="rental",
        body=(
            "Goedemiddag,\n\n"
            "Naast deze herinnering wil ik u laten weten dat wij het huurcontract voor de praktijkkleding willen opzeggen per 1 juni 2027. Wij stappen over op eigen kleding met een wasservice in de buurt. Kunt u mij de opzegging schriftlijk bevestigen en laten weten wanneer de kleding wordt opgehaald?\n\n"
            "Met vriendelijke groet,\nArjan Bos\nTandartspraktijk Bos, Amersfoort"
        ),
        facts=Facts(
            note="cancels the rental contract, not the e-mails: not unsubscribe; typo 'schriftlijk' kept"
        ),
    ),
    Reply(
        key="ot-it-giacche-cuoco",
        intent="other",
        lang="it",
        region="IT",
        sender=("Matteo Romano", "matteo@trattoriadamatteo.example"),
        org="Trattoria da Matteo",
        when="2027-04-19 15:40 +0200",
        client="iphone",
        inv="MTC-912004-L",
        amount="205.80",
        body="Ciao, ma voi fate anche il noleggio delle giacche da cuoco? Me ne servirebbe una decina per la stagione, fatemi sapere i prezzi perche qui al negozio costano un occhio\nMatteo",
        facts=Facts(note="sales question; missing accent ('perche')"),
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

MTA_NAME: Final = "mx-out1.marentextile.example"


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt`; `lang` is the language of the notice."""

    key: str
    lang: Lang
    kind: BounceKind
    status: str
    rcpt: str
    when: str
    region: Region
    org: str
    inv: str
    amount: str
    delay_minutes: int = 2
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """The Date of the report."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def rlang(self) -> Lang:
        """The language of the reminder that bounced (the customer's)."""
        return REGION_LANG[self.region]

    def reminder(self) -> Reminder:
        """The reminder as Maren sent it."""
        return Reminder(
            key=self.key,
            lang=self.rlang,
            region=self.region,
            org=self.org,
            to_name="",
            to_addr=self.rcpt,
            inv=self.inv,
            amount=self.amount,
            kind="weekly",
            sent=self.dt - timedelta(minutes=self.delay_minutes),
        )

    @property
    def domain(self) -> str:
        """The recipient's domain."""
        return self.rcpt.split("@")[1]


REGION_LANG: Final[dict[Region, Lang]] = {
    "GB": "en",
    "IE": "en",
    "US": "en",
    "DE": "de",
    "AT": "de",
    "CH": "de",
    "FR": "fr",
    "ES": "es",
    "NL": "nl",
    "BE": "nl",
    "IT": "it",
}


def original_reminder(b: Bounce) -> Message:
    """The reminder message exactly as Maren's mailer sent it."""
    rem = b.reminder()
    msg = text_part(rem.text() + "\n", subtype="plain", charset="utf-8", cte="qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = b.rcpt
    msg["Subject"] = encoded_header(rem.subject, "utf-8", name="Subject")
    msg["Date"] = format_datetime(rem.sent)
    msg["Message-ID"] = reminder_id(b.key)
    msg["X-Mailer"] = "Maren Collections 4.2"
    mime_headers_last(msg)
    return msg


def header_block(b: Bounce) -> str:
    """The reminder's headers as text (for text/rfc822-headers and inline copies)."""
    return "".join(f"{name}: {value}\n" for name, value in original_reminder(b).items())


def headers_part(b: Bounce) -> Message:
    """A text/rfc822-headers part."""
    return text_part(header_block(b), subtype="rfc822-headers", charset="us-ascii", cte="7bit")


@dataclass(frozen=True, kw_only=True)
class Dsn:
    """The machine-readable fields of an RFC 3464 report."""

    mta: str
    action: str
    diagnostic: str
    remote: str = ""
    retry_days: int = 0


def delivery_status(b: Bounce, d: Dsn) -> Message:
    """A message/delivery-status part."""
    arrival = format_datetime(b.reminder().sent)
    per_message = [f"Reporting-MTA: dns; {d.mta}", f"Arrival-Date: {arrival}"]
    per_recipient = [
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Action: {d.action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {d.remote}"] if d.remote else []),
        f"Diagnostic-Code: smtp; {d.diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
        *(
            [
                f"Will-Retry-Until: {format_datetime(b.reminder().sent + timedelta(days=d.retry_days))}"
            ]
            if d.retry_days
            else []
        ),
    ]
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [
            message_from_bytes(("\n".join(block) + "\n").encode())
            for block in (per_message, per_recipient)
        ]
    )
    return part


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


@dataclass(frozen=True, kw_only=True)
class Envelope:
    """Who sends a report, with which subject and extra headers."""

    sender: str
    subject: str
    host: str
    style: str = "----=_Part_"
    charset: str = "utf-8"
    headers: tuple[tuple[str, str], ...] = ()
    auto: bool = True


def seal(b: Bounce, msg: Message, env: Envelope) -> Message:
    """Add the report's own headers."""
    msg["From"] = env.sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded_header(env.subject, env.charset, name="Subject")
    msg["Date"] = format_datetime(b.dt)
    msg["Message-ID"] = f"<{token(b.key, 'bounce', 22).lower()}@{env.host}>"
    if env.auto:
        msg["Auto-Submitted"] = "auto-replied"
    for name, value in env.headers:
        msg[name] = value
    return finish(msg, key=b.key, style=env.style)


def text_and_html(text: str, *, charset: str = "utf-8") -> Message:
    """A human-readable part as text and HTML."""
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body>\n{html_paragraphs(text)}\n</body></html>\n'
    return alternative(
        text_part(text, subtype="plain", charset=charset, cte="qp"),
        text_part(page, subtype="html", charset=charset, cte="qp"),
    )


def bounce_postfix(b: Bounce) -> Message:
    """Maren's own Postfix: recipient unknown at the customer's server, full message returned."""
    remote = f"mail.{b.domain}"
    human = (
        f"This is the mail system at host {MTA_NAME}.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host {remote}[198.51.100.23] said:\n"
        f"    550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in\n"
        "    local recipient table (in reply to RCPT TO command)\n"
    )
    dsn = Dsn(
        mta=MTA_NAME,
        action="failed",
        diagnostic=f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table",
        remote=remote,
    )
    notification = text_part(human, subtype="plain", charset="us-ascii", cte="7bit")
    notification["Content-Description"] = "Notification"
    body = report(notification, delivery_status(b, dsn), MIMEMessage(original_reminder(b)))
    env = Envelope(
        sender=f"MAILER-DAEMON@{MTA_NAME} (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender",
        host=MTA_NAME,
        style=f"{token(b.key, 'queue', 10)}.{int(b.dt.timestamp())}/{MTA_NAME}/",
    )
    return seal(b, body, env)


def bounce_qmail(b: Bounce) -> Message:
    """A hosting provider's qmail: accepted, then no such mailbox; not MIME, the message copied inline."""
    host = "mx2.dalesidehosting.example"
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28114 invoked from network); {format_datetime(b.reminder().sent)}\n"
        f"Received: from {MTA_NAME} (198.51.100.7)\n  by {host} with ESMTPS; {format_datetime(b.reminder().sent)}\n"
        + original_reminder(b).as_string()
    )
    msg = Message()
    msg.set_payload(text)
    env = Envelope(sender=f"MAILER-DAEMON@{host}", subject="failure notice", host=host, auto=False)
    msg = seal(b, msg, env)
    del msg["MIME-Version"]
    return msg


def bounce_sendmail(b: Bounce) -> Message:
    """A sendmail relay's four-hour warning: delayed, headers only."""
    relay = "relay2.marentextile.example"
    received = format_datetime(b.reminder().sent)
    human = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {received}\n"
        "from app-dunning01.marentextile.example [10.20.4.17]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with mail.{b.domain}.\n"
        "Warning: message still undelivered after 4 hours\n"
        "Will keep trying until message is 5 days old\n"
    )
    dsn = Dsn(
        mta=relay,
        action="delayed",
        diagnostic="451 4.4.7 Connection timed out",
        remote=f"mail.{b.domain}",
        retry_days=5,
    )
    body = report(
        text_part(human, subtype="plain", charset="us-ascii", cte="7bit"),
        delivery_status(b, dsn),
        headers_part(b),
    )
    env = Envelope(
        sender=f"Mail Delivery Subsystem <MAILER-DAEMON@{relay}>",
        subject="Warning: could not send message for past 4 hours",
        host=relay,
        style=f"{token(b.key, 'sendmail', 9)}.{int(b.dt.timestamp())}/{relay}/",
    )
    return seal(b, body, env)


def bounce_exim_de(b: Bounce) -> Message:
    """A German hosting provider's Exim with localised texts: mailbox over quota, delayed."""
    host = "mx01.alpennetz-hosting.example"
    human = (
        f"Dies ist eine automatisch erzeugte Nachricht des Mailservers {host}.\n\n"
        "Ihre Nachricht konnte bisher an folgenden Empfänger nicht zugestellt werden:\n\n"
        f"  {b.rcpt}\n"
        "    Postfach voll (Speicherplatz überschritten): 452 4.2.2 Mailbox full\n\n"
        "Die Nachricht befindet sich seit 4 Stunden in der Warteschlange. Wir versuchen die Zustellung weiterhin, längstens jedoch 4 Tage. Sie müssen die Nachricht nicht erneut senden. Sollte die Zustellung endgültig scheitern, erhalten Sie eine weitere Benachrichtigung.\n\n"
        "-- \nalpennetz Hosting – Technik\n"
    )
    dsn = Dsn(mta=host, action="delayed", diagnostic="452 4.2.2 Mailbox full", retry_days=4)
    body = report(
        text_part(human, subtype="plain", charset="utf-8", cte="qp"),
        delivery_status(b, dsn),
        headers_part(b),
    )
    env = Envelope(
        sender=f"Mail Delivery System <Mailer-Daemon@{host}>",
        subject=f"Warnung: Nachricht {token(b.key, 'exim', 6)}-{token(b.key, 'exim2', 6)}-3F seit 4 Stunden nicht zugestellt",
        host=host,
        style=f"{int(b.dt.timestamp())}-eximdsn-",
        headers=(("X-Exim-Delay-Warning", "4h"),),
    )
    return seal(b, body, env)


def exchange_sender(b: Bounce) -> str:
    """The From of an Exchange or Microsoft 365 NDR."""
    return f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{b.domain}>"


def bounce_o365_fr(b: Bounce) -> Message:
    """Microsoft 365 'Non remis' in French: recipient not found, 5.1.10."""
    server = "PR2P264MB0815.FRAP264.PROD.OUTLOOK.COM"
    local = b.rcpt.split("@")[0]
    created = b.reminder().sent
    human = (
        f"Votre message à {b.rcpt} n'a pas pu être remis.\n\n"
        f"{local} est introuvable sur {b.domain}.\n\n"
        "marentextile.example   Expéditeur   Action requise\n"
        f"{b.domain}   Destinataire   Adresse de messagerie introuvable\n\n"
        "Comment résoudre le problème\n"
        "L'adresse n'existe pas ou a été mal saisie. Vérifiez l'adresse du destinataire et renvoyez le message. Si le problème persiste, contactez le destinataire par un autre moyen (par exemple par téléphone) et demandez-lui de prévenir son administrateur de messagerie.\n\n"
        "Plus d'informations pour les administrateurs de messagerie\n"
        f"Erreur distante de {server} :\n"
        f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup\n\n"
        "Détails du message d'origine\n"
        f"Heure de création : {created:%d/%m/%Y %H:%M:%S}\n"
        f"Adresse de l'expéditeur : {AR_ADDR}"
    )
    dsn = Dsn(
        mta=server,
        action="failed",
        diagnostic=f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup",
    )
    body = report(text_and_html(human), delivery_status(b, dsn), headers_part(b))
    env = Envelope(
        sender=exchange_sender(b),
        subject=f"Non remis : {b.reminder().subject}",
        host=server,
        style="_000_",
        headers=(("Content-Language", "fr-FR"),),
    )
    return seal(b, body, env)


def bounce_isp_fr(b: Bounce) -> Message:
    """A French provider's own notice, plain text: mailbox full (5.2.2, soft by the corpus rule)."""
    host = "mx3.melinet.example"
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du service de messagerie Mélinet.\n\n"
        "Votre message n'a pas pu être délivré au destinataire suivant :\n\n"
        f"    {b.rcpt}\n\n"
        "Motif : la boîte aux lettres du destinataire est pleine (552 5.2.2 Quota exceeded).\n\n"
        "Le destinataire doit libérer de l'espace avant de pouvoir recevoir de nouveaux messages. Vous pourrez renvoyer votre message ultérieurement.\n\n"
        "------ En-têtes du message d'origine ------\n\n"
        f"{header_block(b)}\n"
        "-- \nMélinet – Service Messagerie\n"
    )
    body = text_part(text, subtype="plain", charset="utf-8", cte="qp")
    sender = mailbox("Service Messagerie Mélinet", f"MAILER-DAEMON@{host}", "utf-8")
    env = Envelope(
        sender=sender, subject="Message non délivré : boîte aux lettres pleine", host=host
    )
    return seal(b, body, env)


def bounce_exchange_es(b: Bounce) -> Message:
    """An on-premises Exchange NDR in Spanish: recipient not found."""
    server = f"EXCH01.ad.{b.domain}"
    human = (
        "Error en la entrega a estos destinatarios o grupos:\n\n"
        f"{b.rcpt}\n"
        "No se encontró la dirección de correo electrónico que escribió. Compruebe la dirección de correo electrónico del destinatario e intente reenviar el mensaje. Si el problema continúa, póngase en contacto con su departamento de soporte técnico.\n\n"
        "Información de diagnóstico para administradores:\n\n"
        f"Servidor de generación: {server}\n\n"
        f"{b.rcpt}\n"
        "#550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ##"
    )
    dsn = Dsn(
        mta=server, action="failed", diagnostic="550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found"
    )
    body = report(text_and_html(human), delivery_status(b, dsn), headers_part(b))
    env = Envelope(
        sender=exchange_sender(b),
        subject=f"No se puede entregar: {b.reminder().subject}",
        host=server,
        style="_000_",
        headers=(("Content-Language", "es-ES"),),
    )
    return seal(b, body, env)


def bounce_isp_es(b: Bounce) -> Message:
    """A Spanish provider's delay notice in Latin-1 plain text: temporary DNS failure."""
    host = "smtp.redibera.example"
    rem = b.reminder()
    text = (
        "Este es un mensaje automático del servidor de correo de Redibera.\n\n"
        "Su mensaje todavía no ha podido entregarse al siguiente destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        "Motivo: no se ha podido resolver temporalmente el dominio de destino (451 4.4.3 Temporary DNS failure).\n\n"
        "El mensaje sigue en cola y la entrega se reintentará automáticamente durante los próximos 3 días. No es necesario que lo reenvíe. Si no se consigue entregar en ese plazo, recibirá un nuevo aviso.\n\n"
        f"Asunto del mensaje: {latin1_safe(rem.subject)}\n"
        f"Enviado: {rem.sent:%d/%m/%Y %H:%M}\n\n"
        "--\nRedibera Telecomunicaciones - Soporte de correo\n"
    )
    body = text_part(text, subtype="plain", charset="iso-8859-1", cte="qp")
    env = Envelope(
        sender=f"Sistema de correo Redibera <postmaster@{host}>",
        subject="Aviso: su mensaje aún no se ha entregado",
        host=host,
        charset="iso-8859-1",
    )
    return seal(b, body, env)


def bounce_o365_nl(b: Bounce) -> Message:
    """Microsoft 365 'Onbestelbaar' in Dutch: access denied at the recipient's tenant, 5.4.1."""
    server = "AM9P195MB1342.EURP195.PROD.OUTLOOK.COM"
    human = (
        f"Uw bericht aan {b.rcpt} kan niet worden bezorgd.\n\n"
        f"De e-mailserver van {b.domain} heeft het bericht geweigerd omdat het adres daar niet bekend is of geen berichten van buiten de organisatie accepteert.\n\n"
        "marentextile.example   Afzender   Actie vereist\n"
        f"{b.domain}   Ontvanger   Toegang geweigerd\n\n"
        "Het probleem oplossen\n"
        "Controleer of het e-mailadres juist is gespeld. Is het adres juist, neem dan op een andere manier (bijvoorbeeld telefonisch) contact op met de ontvanger en vraag hem of haar dit door te geven aan de e-mailbeheerder.\n\n"
        "Meer informatie voor e-mailbeheerders\n"
        f"Externe fout van {server}:\n"
        f"550 5.4.1 Recipient address rejected: Access denied. [{server}]"
    )
    dsn = Dsn(
        mta=server,
        action="failed",
        diagnostic="550 5.4.1 Recipient address rejected: Access denied.",
        remote=f"{b.domain.replace('.', '-')}.mail.protection.outlook.com",
    )
    body = report(text_and_html(human), delivery_status(b, dsn), headers_part(b))
    env = Envelope(
        sender=exchange_sender(b),
        subject=f"Onbestelbaar: {b.reminder().subject}",
        host=server,
        style="_000_",
        headers=(("Content-Language", "nl-NL"),),
    )
    return seal(b, body, env)


def bounce_gateway_nl(b: Bounce) -> Message:
    """A mail-security gateway in front of the customer's server: scanned, not yet delivered."""
    gateway = "gw1.veilix-security.example"
    rem = b.reminder()
    human = (
        f"Dit is een automatisch bericht van de Veilix Mail Security-gateway van {b.org}.\n\n"
        "Uw bericht is door de gateway ontvangen en gescand, maar kon nog niet worden afgeleverd bij de interne mailserver van de ontvanger. De gateway probeert het automatisch opnieuw gedurende 48 uur. U hoeft het bericht niet opnieuw te versturen.\n\n"
        f"Ontvanger:   {b.rcpt}\n"
        "Status:      4.4.1 (geen verbinding met de interne mailserver)\n"
        f"Onderwerp:   {rem.subject}\n"
        f"Ontvangen:   {rem.sent:%d-%m-%Y %H:%M}\n\n"
        "---\n"
        "This is an automated message from the Veilix Mail Security gateway. Your message was received and scanned but has not yet been delivered to the recipient's internal server. Delivery will be retried for 48 hours; no action is required.\n\n"
        "Veilix Mail Security 9.2"
    )
    dsn = Dsn(
        mta=gateway,
        action="delayed",
        diagnostic="421 4.4.1 No connection to internal server",
        remote=f"exchange.intern.{b.domain}",
        retry_days=2,
    )
    body = report(
        text_part(human, subtype="plain", charset="utf-8", cte="qp"),
        delivery_status(b, dsn),
        headers_part(b),
    )
    env = Envelope(
        sender=f"Veilix Mail Security <noreply-dsn@{gateway}>",
        subject=f"Vertraagde bezorging / Delayed delivery: {rem.subject}",
        host=gateway,
        headers=(("X-Veilix-Notification", "delay"),),
    )
    return seal(b, body, env)


def bounce_gmail_it(b: Bounce) -> Message:
    """Gmail's failure report in Italian: address not found."""
    lines = [
        "** Indirizzo non trovato **",
        f"Il tuo messaggio non è stato recapitato a {b.rcpt} perché l'indirizzo non è stato trovato o non è in grado di ricevere posta.",
        "Scopri di più qui: https://support.google.com/mail/?p=NoSuchUser",
        "La risposta del server remoto è stata:",
        "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser d75a77b69052e-4b2f1c0e2a1si118274cf.402 - gsmtp",
    ]
    dsn = Dsn(
        mta="googlemail.com",
        action="failed",
        diagnostic="550-5.1.1 The email account that you tried to reach does not exist.",
        remote="gmail-smtp-in.l.google.com",
    )
    body = report(
        text_and_html("\n\n".join(lines)),
        delivery_status(b, dsn),
        MIMEMessage(original_reminder(b)),
    )
    env = Envelope(
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Failure)",
        host="mx.google.com",
        style="000000000000",
        headers=(("X-Failed-Recipients", b.rcpt),),
    )
    return seal(b, body, env)


def bounce_isp_it(b: Bounce) -> Message:
    """An Italian provider's delay notice with the original attached: connection dropped."""
    host = "mx.postaitalica.example"
    rem = b.reminder()
    text = (
        "Questo è un messaggio generato automaticamente dal sistema di posta PostaItalica.\n\n"
        "Non è stato ancora possibile recapitare il tuo messaggio al seguente destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        "Motivo: il server di posta del destinatario ha interrotto la connessione (421 4.4.2 Connection dropped).\n\n"
        "Il sistema continuerà a tentare la consegna per i prossimi 5 giorni. Non è necessario inviare di nuovo il messaggio.\n\n"
        "Dettagli del messaggio originale:\n"
        f"Oggetto: {rem.subject}\n"
        f"Data: {rem.sent:%d/%m/%Y %H:%M}\n\n"
        "--\nPostaItalica – Assistenza tecnica\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, subtype="plain", charset="utf-8", cte="qp"))
    outer.attach(MIMEMessage(original_reminder(b)))
    env = Envelope(
        sender=f"Servizio Posta <mailer-daemon@{host}>",
        subject="Avviso: messaggio non ancora recapitato",
        host=host,
    )
    return seal(b, outer, env)


BOUNCES: Final[tuple[tuple[Bounce, Callable[[Bounce], Message]], ...]] = (
    (
        Bounce(
            key="b-en-postfix",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="accounts@brackenridgemotors.example",
            when="2027-04-05 09:41 +0100",
            region="GB",
            org="Brackenridge Motors",
            inv="MTC-317905-L",
            amount="366.20",
            note="Postfix RFC 3464 report with the full message returned",
        ),
        bounce_postfix,
    ),
    (
        Bounce(
            key="b-en-qmail",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="office@thornbury-caravans.example",
            when="2027-04-12 08:17 +0100",
            region="GB",
            org="Thornbury Caravan Park",
            inv="MTC-318850-L",
            amount="742.00",
            note="qmail failure notice, not MIME, no Auto-Submitted",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            key="b-en-sendmail-delay",
            lang="en",
            kind="soft",
            status="4.4.7",
            rcpt="frontdesk@marshgatehotel.example",
            when="2027-04-21 13:52 +0100",
            region="GB",
            org="Marshgate Hotel",
            inv="MTC-319306-L",
            amount="1580.40",
            delay_minutes=242,
            note="sendmail 4-hour warning: delayed, still retrying",
        ),
        bounce_sendmail,
    ),
    (
        Bounce(
            key="b-de-exim-quota",
            lang="de",
            kind="soft",
            status="4.2.2",
            rcpt="buchhaltung@ferienhof-sonnleitn.example",
            when="2027-04-14 15:10 +0200",
            region="AT",
            org="Ferienhof Sonnleitn",
            inv="MTC-229450-L",
            amount="618.90",
            delay_minutes=245,
            note="Exim delay warning with German texts; mailbox over quota",
        ),
        bounce_exim_de,
    ),
    (
        Bounce(
            key="b-fr-o365",
            lang="fr",
            kind="hard",
            status="5.1.10",
            rcpt="factures@hotel-lesbrisants.example",
            when="2027-04-09 08:33 +0200",
            region="FR",
            org="Hôtel Les Brisants",
            inv="MTC-514552-L",
            amount="1275.60",
            note="Microsoft 365 NDR in French",
        ),
        bounce_o365_fr,
    ),
    (
        Bounce(
            key="b-fr-isp-full",
            lang="fr",
            kind="soft",
            status="5.2.2",
            rcpt="contact@creperie-tykorn.example",
            when="2027-04-26 10:05 +0200",
            region="FR",
            org="Crêperie Ty Korn",
            inv="MTC-521866-L",
            amount="204.50",
            note="mailbox full reported with a 5.x code: soft by the corpus rule, the code is kept; provider notice, not RFC 3464",
        ),
        bounce_isp_fr,
    ),
    (
        Bounce(
            key="b-es-exchange",
            lang="es",
            kind="hard",
            status="5.1.1",
            rcpt="compras@hotelpuertoalto.example",
            when="2027-04-15 11:20 +0200",
            region="ES",
            org="Hotel Puerto Alto",
            inv="MTC-613388-L",
            amount="1840.00",
            note="on-premises Exchange NDR in Spanish",
        ),
        bounce_exchange_es,
    ),
    (
        Bounce(
            key="b-es-isp-dns",
            lang="es",
            kind="soft",
            status="4.4.3",
            rcpt="reservas@casonadelvalle.example",
            when="2027-04-22 17:40 +0200",
            region="ES",
            org="Casona del Valle",
            inv="MTC-616118-L",
            amount="455.30",
            delay_minutes=480,
            note="Spanish provider delay notice in Latin-1, not RFC 3464",
        ),
        bounce_isp_es,
    ),
    (
        Bounce(
            key="b-nl-o365",
            lang="nl",
            kind="hard",
            status="5.4.1",
            rcpt="administratie@hotelhetanker.example",
            when="2027-04-08 10:12 +0200",
            region="NL",
            org="Hotel Het Anker",
            inv="MTC-708702-L",
            amount="1129.80",
            note="Microsoft 365 NDR in Dutch; access denied",
        ),
        bounce_o365_nl,
    ),
    (
        Bounce(
            key="b-nl-gateway",
            lang="nl",
            kind="soft",
            status="4.4.1",
            rcpt="inkoop@landgoedderozenhof.example",
            when="2027-04-28 15:03 +0200",
            region="NL",
            org="Landgoed De Rozenhof",
            inv="MTC-714655-L",
            amount="2316.40",
            delay_minutes=361,
            note="security gateway delay notice, Dutch with an English summary",
        ),
        bounce_gateway_nl,
    ),
    (
        Bounce(
            key="b-it-gmail",
            lang="it",
            kind="hard",
            status="5.1.1",
            rcpt="ilgabbiano.rimini@gmail.com",
            when="2027-04-13 09:24 +0200",
            region="IT",
            org="Pensione Il Gabbiano",
            inv="MTC-906488-L",
            amount="298.70",
            note="Gmail failure report in Italian; free-mail recipient",
        ),
        bounce_gmail_it,
    ),
    (
        Bounce(
            key="b-it-isp-delay",
            lang="it",
            kind="soft",
            status="4.4.2",
            rcpt="info@osteriadelponte-asti.example",
            when="2027-04-20 14:35 +0200",
            region="IT",
            org="Osteria del Ponte",
            inv="MTC-911960-L",
            amount="512.60",
            delay_minutes=365,
            note="Italian provider delay notice in multipart/mixed with the original attached",
        ),
        bounce_isp_it,
    ),
)


# --------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> Label:
    """The labels of a reply (the file name is filled in when it is written)."""
    f = r.facts
    return Label(
        file="",
        intent=r.intent,
        promised_date=f.promised_date,
        paid_date=f.paid_date,
        return_date=f.return_date,
        payment_reference=f.payment_reference,
        amount=f.amount,
        currency=f.currency,
        new_contact=f.new_contact,
        bounce_kind=None,
        failed_recipient=None,
        bounce_status=None,
        invoice_refs=list(f.refs),
        language=r.lang,
        note=f.note,
    )


def bounce_label(b: Bounce) -> Label:
    """The labels of a delivery report."""
    return Label(
        file="",
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


# Which intent may carry which field.
FIELD_OWNERS: Final[dict[str, frozenset[Intent]]] = {
    "promised_date": frozenset({"promise_to_pay"}),
    "paid_date": frozenset({"payment_sent"}),
    "payment_reference": frozenset({"payment_sent"}),
    "amount": frozenset({"payment_sent", "promise_to_pay"}),
    "currency": frozenset({"payment_sent", "promise_to_pay"}),
    "return_date": frozenset({"auto_reply"}),
    "new_contact": frozenset({"wrong_contact"}),
    "bounce_kind": frozenset({"bounce"}),
    "failed_recipient": frozenset({"bounce"}),
    "bounce_status": frozenset({"bounce"}),
}
DATE_RE: Final = re.compile(r"\d{4}-\d{2}-\d{2}")
AMOUNT_RE: Final = re.compile(r"\d+\.\d{2}")
REF_RE: Final = re.compile(r"MTC-\d{6}-L")
STATUS_RE: Final = re.compile(r"[45]\.\d{1,3}\.\d{1,3}")
EMAIL_RE: Final = re.compile(r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+")
CURRENCIES: Final[frozenset[str]] = frozenset(get_args(Currency))
SOFT_FIVES: Final = frozenset({"5.2.2"})
WRITE_POLICY: Final = policy.compat32.clone(max_line_length=998)


class LabelError(ValueError):
    """A label that does not have the project's shape."""


def require(condition: bool, message: str) -> None:
    """Raise a LabelError unless the condition holds."""
    if not condition:
        raise LabelError(message)


def check_fields_owned(label: Label) -> None:
    """Intent-specific fields are set only for their intent."""
    values: dict[str, object] = dict(label)
    for key, owners in FIELD_OWNERS.items():
        if values[key] is not None:
            require(label["intent"] in owners, f"{label['file']}: {key} set for {label['intent']}")


def check_field_formats(label: Label) -> None:
    """Dates, amounts, references, addresses and bounce codes are well formed."""
    name = label["file"]
    for key in ("promised_date", "paid_date", "return_date"):
        value = label[key]
        if value is not None:
            require(DATE_RE.fullmatch(value) is not None, f"{name}: bad {key}")
            require(
                date(2027, 3, 1) <= date.fromisoformat(value) <= date(2027, 12, 31),
                f"{name}: {key} out of range",
            )
    amount = label["amount"]
    require(
        (amount is None) == (label["currency"] is None), f"{name}: amount and currency go together"
    )
    require(amount is None or AMOUNT_RE.fullmatch(amount) is not None, f"{name}: bad amount")
    require(label["currency"] is None or label["currency"] in CURRENCIES, f"{name}: bad currency")
    require(all(REF_RE.fullmatch(ref) for ref in label["invoice_refs"]), f"{name}: bad invoice ref")
    contact = label["new_contact"]
    require(contact is None or EMAIL_RE.fullmatch(contact) is not None, f"{name}: bad new_contact")


def check_bounce_fields(label: Label) -> None:
    """A bounce has a kind, a recipient and a status that agree."""
    if label["intent"] != "bounce":
        return
    name, status = label["file"], label["bounce_status"] or ""
    require(STATUS_RE.fullmatch(status) is not None, f"{name}: bad bounce status")
    soft = status.startswith("4") or status in SOFT_FIVES
    require(
        label["bounce_kind"] == ("soft" if soft else "hard"),
        f"{name}: bounce kind does not match {status}",
    )
    require(
        EMAIL_RE.fullmatch(label["failed_recipient"] or "") is not None,
        f"{name}: bad failed recipient",
    )


def check_label(label: Label) -> None:
    """The label has the project's keys, in order, with well-formed values."""
    require(tuple(label) == LABEL_KEYS, f"{label['file']}: keys or key order differ")
    require(
        label["intent"] in INTENTS and label["language"] in LANGS,
        f"{label['file']}: bad intent or language",
    )
    check_fields_owned(label)
    check_field_formats(label)
    check_bounce_fields(label)


def check_counts(labels: list[Label]) -> None:
    """Twelve messages per intent, every language on every intent, six hard and six soft bounces."""
    intents = Counter(x["intent"] for x in labels)
    require(all(intents[i] == PER_INTENT for i in INTENTS), f"intent counts {dict(intents)}")
    cells = Counter((x["intent"], x["language"]) for x in labels)
    require(
        all(cells[i, lang] for i in INTENTS for lang in LANGS), "an intent is missing a language"
    )
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    require(
        kinds["hard"] == BOUNCES_PER_KIND and kinds["soft"] == BOUNCES_PER_KIND,
        f"bounce kinds {dict(kinds)}",
    )


def digits(text: str) -> str:
    """Only the digits of a text (amounts written as 1.234,56 or £1,234.56 compare equal)."""
    return re.sub(r"\D", "", text)


def check_reply_text(r: Reply) -> None:
    """Labels that quote the new text must be found in it; the Date must fall in the corpus window."""
    f, body = r.facts, r.body.lower()
    require(FIRST_DAY <= r.dt.date() <= LAST_DAY, f"{r.key}: date outside the corpus window")
    for ref in f.refs:
        require(ref[4:10] in body, f"{r.key}: {ref} is not in the new text")
    if f.new_contact:
        require(f.new_contact in body, f"{r.key}: new_contact not in the text")
    if f.payment_reference:
        require(f.payment_reference.lower() in body, f"{r.key}: reference not in the text")
    if f.amount:
        require(digits(f.amount) in digits(body), f"{r.key}: amount not in the text")


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One message to write, with its labels."""

    key: str
    message: Message
    label: Label = field(compare=False)


def all_items() -> list[Item]:
    """Every message of the corpus, in shuffled order."""
    for r in REPLIES:
        check_reply_text(r)
    for b, _ in BOUNCES:
        require(FIRST_DAY <= b.dt.date() <= LAST_DAY, f"{b.key}: date outside the corpus window")
    items = [Item(r.key, build_reply(r), reply_label(r)) for r in REPLIES]
    items += [Item(b.key, build(b), bounce_label(b)) for b, build in BOUNCES]
    keys = [item.key for item in items]
    require(len(set(keys)) == len(keys), "duplicate keys")
    return sorted(
        items, key=lambda item: hashlib.sha256(f"{SHUFFLE_SEED}:{item.key}".encode()).hexdigest()
    )


def header_problems(part: Message) -> Iterator[str]:
    """Headers that do not decode cleanly."""
    for name, value in part.items():
        defects: tuple[object, ...] = tuple(getattr(value, "defects", ()))
        if defects or "=?" in str(value):
            yield f"header {name}: {defects or str(value)}"


def part_problems(part: Message) -> Iterator[str]:
    """Defects of one MIME part, including text that does not decode."""
    if part.defects:
        yield f"{part.get_content_type()}: {part.defects}"
    yield from header_problems(part)
    get_content: object = getattr(part, "get_content", None)
    if part.get_content_maintype() == "text" and callable(get_content):
        content: object = get_content()
        if not isinstance(content, str) or "\ufffd" in content:
            yield f"{part.get_content_type()}: text does not decode"


def check_message(name: str, data: bytes) -> None:
    """Parse the message back as a reader would and reject any defect."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        require(msg[header] is not None, f"{name}: no {header}")
    problems = [problem for part in msg.walk() for problem in part_problems(part)]
    require(not problems, f"{name}: {problems}")


def write_corpus() -> list[Label]:
    """Write every .eml file and labels.jsonl; return the labels."""
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for number_, item in enumerate(all_items(), start=1):
        name = f"{PREFIX}-{number_:03d}.eml"
        data = item.message.as_bytes(policy=WRITE_POLICY)
        check_message(name, data)
        (HERE / name).write_bytes(data)
        label = item.label
        label["file"] = name
        check_label(label)
        labels.append(label)
    check_counts(labels)
    lines = [json.dumps(label, ensure_ascii=False) for label in labels]
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return labels


def count_table(labels: list[Label]) -> str:
    """The intent-by-language count table, in Markdown."""
    cells = Counter((x["intent"], x["language"]) for x in labels)
    rows = ["| intent | " + " | ".join(LANGS) + " | total |", "|---|" + "---:|" * (len(LANGS) + 1)]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[intent, lang] for intent in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def main() -> int:
    """Build the corpus and print the count table."""
    labels = write_corpus()
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    sys.stdout.write(count_table(labels) + "\n")
    sys.stdout.write(
        f"\n{len(labels)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
