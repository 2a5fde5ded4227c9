# ruff: noqa: E501, PLR0917, RUF001
# Message text stays one paragraph per line, as mail clients send it, with the typographic
# dashes, apostrophes and symbols that people and their clients really type.
"""Build held-out reply corpus 134: `h134-NNN.eml` files and `labels.jsonl`.

Every message is something that could land in the receivables mailbox of Juniper Dental
Supplies after it sent an overdue-invoice reminder: replies from customers, automatic replies,
payables-system advices and delivery-failure reports. The new text of each message is written
by hand in this file. The code only adds what a mail client or a mail server would add: the
quoted reminder (in the client's layout and language), headers, MIME structure, charsets and
transfer encodings. Running the script rebuilds every file next to itself, deterministically,
parses each one back as a check and prints the count table.
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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.headerregistry import DateHeader
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import NoReturn, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

HERE = Path(__file__).resolve().parent
PREFIX = "h134"
SEED = "holdout134-20310915"
COMPANY = "Juniper Dental Supplies Ltd"
AR_NAME = "Accounts Receivable"
AR_ADDR = "accounts.receivable@juniper-dental.example"
AR_DOMAIN = "juniper-dental.example"
FIRST_DAY = date(2031, 9, 15)
LAST_DAY = date(2031, 10, 10)

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
FIELDS = (
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
)
LABEL_KEYS = ("file", "intent", *FIELDS, "invoice_refs", "language", "note")
# Only the winning intent's fields may be filled.
ALLOWED_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "dispute": frozenset(),
    "payment_plan": frozenset(),
    "invoice_request": frozenset(),
    "wrong_contact": frozenset({"new_contact"}),
    "unsubscribe": frozenset(),
    "auto_reply": frozenset({"return_date"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
    "other": frozenset(),
}

# ----------------------------------------------------------------------------------------------
# Time zones: UK (GMT/BST) and central Europe (CET/CEST), both switching on the EU dates
# ----------------------------------------------------------------------------------------------

STANDARD_OFFSET = {"uk": timedelta(0), "cet": timedelta(hours=1)}


def last_sunday(year: int, month: int) -> date:
    """The last Sunday of a month (March or October here)."""
    day = date(year, month + 1, 1) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def summer_time(moment_utc: datetime) -> bool:
    """Whether summer time is in force: from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October."""
    year = moment_utc.year
    start = datetime.combine(last_sunday(year, 3), datetime.min.time(), UTC) + timedelta(hours=1)
    end = datetime.combine(last_sunday(year, 10), datetime.min.time(), UTC) + timedelta(hours=1)
    return start <= moment_utc < end


def zone_offset(zone: str, moment_utc: datetime) -> timedelta:
    """The UTC offset of a zone at a given instant."""
    return STANDARD_OFFSET[zone] + (timedelta(hours=1) if summer_time(moment_utc) else timedelta(0))


def local_time(wall: str, zone: str) -> datetime:
    """An aware datetime for a wall-clock time "YYYY-MM-DD HH:MM" in a zone."""
    naive = datetime.strptime(wall, "%Y-%m-%d %H:%M")
    guess = (naive - STANDARD_OFFSET[zone]).replace(tzinfo=UTC)
    offset = zone_offset(zone, guess - timedelta(hours=1))
    return naive.replace(tzinfo=timezone(offset))


def in_zone(moment: datetime, zone: str) -> datetime:
    """The same instant seen in another zone."""
    utc = moment.astimezone(UTC)
    return utc.astimezone(timezone(zone_offset(zone, utc)))


# ----------------------------------------------------------------------------------------------
# Locale tables
# ----------------------------------------------------------------------------------------------

DAY_NAMES = {
    "en": (
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ),
    "de": (
        "Montag",
        "Dienstag",
        "Mittwoch",
        "Donnerstag",
        "Freitag",
        "Samstag",
        "Sonntag",
    ),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "nl": (
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
    ),
    "it": (
        "lunedì",
        "martedì",
        "mercoledì",
        "giovedì",
        "venerdì",
        "sabato",
        "domenica",
    ),
}
DAY_ABBR = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "it": ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
}
MONTH_NAMES = {
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
MONTH_ABBR = {
    "en": (
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
    ),
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
    "es": (
        "ene",
        "feb",
        "mar",
        "abr",
        "may",
        "jun",
        "jul",
        "ago",
        "sept",
        "oct",
        "nov",
        "dic",
    ),
    "nl": (
        "jan",
        "feb",
        "mrt",
        "apr",
        "mei",
        "jun",
        "jul",
        "aug",
        "sep",
        "okt",
        "nov",
        "dec",
    ),
    "it": (
        "gen",
        "feb",
        "mar",
        "apr",
        "mag",
        "giu",
        "lug",
        "ago",
        "set",
        "ott",
        "nov",
        "dic",
    ),
}
APPLE_MONTH_ABBR = {
    **MONTH_ABBR,
    "en": (
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
    ),
}

# Attribution lines, per client and language. Fields: see `stamp`.
GMAIL_ATTRIBUTION = {
    "en": "On {dow_abbr}, {d} {mon_abbr} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dow_abbr}, {d}. {mon_abbr} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {dow_abbr} {d} {mon_abbr} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {dow_abbr}, {d} {mon_abbr} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {dow_abbr} {d} {mon_abbr} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {dow_abbr} {d} {mon_abbr} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION = {
    "en": "On {d} {apple_mon} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mm}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mon_abbr} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {mon_abbr} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mon_abbr} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mon_abbr} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION = {
    "en": "On {dd}/{mm}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mm}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mm}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{mm}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mm}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mm}/{y} {HH}:{MM}, {name} ha scritto:",
}
# Outlook's header block: separator line, labels for From/Sent/To/Subject, label separator, date layout.
OUTLOOK_BLOCK = {
    "en": (
        "-----Original Message-----",
        ("From", "Sent", "To", "Subject"),
        ": ",
        "{dow}, {d} {month} {y} {HH}:{MM}",
    ),
    "de": (
        "-----Ursprüngliche Nachricht-----",
        ("Von", "Gesendet", "An", "Betreff"),
        ": ",
        "{dow}, {d}. {month} {y} {HH}:{MM}",
    ),
    "fr": (
        "-----Message d'origine-----",
        ("De", "Envoyé", "À", "Objet"),
        " : ",
        "{dow} {d} {month} {y} {HH}:{MM}",
    ),
    "es": (
        "-----Mensaje original-----",
        ("De", "Enviado el", "Para", "Asunto"),
        ": ",
        "{dow}, {d} de {month} de {y} {H}:{MM}",
    ),
    "nl": (
        "-----Oorspronkelijk bericht-----",
        ("Van", "Verzonden", "Aan", "Onderwerp"),
        ": ",
        "{dow} {d} {month} {y} {HH}:{MM}",
    ),
    "it": (
        "-----Messaggio originale-----",
        ("Da", "Inviato", "A", "Oggetto"),
        ": ",
        "{dow} {d} {month} {y} {HH}:{MM}",
    ),
}
OUTLOOK_REPLY_PREFIX = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
OUTLOOK_LANG_TAG = {
    "en": "EN-GB",
    "de": "DE",
    "fr": "FR",
    "es": "ES",
    "nl": "NL",
    "it": "IT",
}
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
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

# ----------------------------------------------------------------------------------------------
# The reminder that the replies answer
# ----------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – payment reminder",
    "de": "Zahlungserinnerung – Rechnung {inv}",
    "fr": "Rappel de paiement – facture {inv}",
    "es": "Aviso de pago pendiente – factura {inv}",
    "nl": "Betalingsherinnering – factuur {inv}",
    "it": "Promemoria di pagamento – fattura {inv}",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "We are writing about the invoice below, which has now passed its due date:\n\n"
        "   Invoice {inv} | dated {issued} | due {due} | {amount}\n\n"
        "If the payment is already on its way, thank you – a short reply with the date you paid helps us keep your account up to date. If anything about the invoice does not look right, reply to this message and we will look into it.\n\n"
        "With thanks,\n\n"
        "Accounts Receivable\nJuniper Dental Supplies Ltd\n2 Kiln Yard, Harwell Road, Abingdon\naccounts.receivable@juniper-dental.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "die unten genannte Rechnung ist inzwischen fällig geworden und bei uns noch offen:\n\n"
        "   Rechnung {inv} | vom {issued} | fällig am {due} | {amount}\n\n"
        "Falls Sie bereits gezahlt haben, vielen Dank – eine kurze Antwort mit dem Zahlungsdatum hilft uns beim Abgleich. Wenn mit der Rechnung etwas nicht stimmt, antworten Sie bitte einfach auf diese Nachricht.\n\n"
        "Freundliche Grüße\n\n"
        "Accounts Receivable\nJuniper Dental Supplies Ltd"
    ),
    "fr": (
        "Bonjour,\n\n"
        "La facture ci-dessous a dépassé sa date d'échéance et reste ouverte dans nos comptes :\n\n"
        "   Facture {inv} | du {issued} | échéance {due} | {amount}\n\n"
        "Si le paiement est déjà en route, merci – une courte réponse avec la date du règlement nous aide à tenir votre compte à jour. Si quelque chose ne vous semble pas correct sur la facture, répondez simplement à ce message.\n\n"
        "Avec nos remerciements,\n\n"
        "Accounts Receivable\nJuniper Dental Supplies Ltd"
    ),
    "es": (
        "Hola:\n\n"
        "Les escribimos por la factura que figura a continuación, cuyo vencimiento ya ha pasado:\n\n"
        "   Factura {inv} | fecha {issued} | vencimiento {due} | {amount}\n\n"
        "Si el pago ya está en camino, gracias; una breve respuesta con la fecha del pago nos ayuda a mantener su cuenta al día. Si algo de la factura no les parece correcto, respondan a este mensaje y lo revisaremos.\n\n"
        "Un saludo,\n\n"
        "Accounts Receivable\nJuniper Dental Supplies Ltd"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Het gaat om onderstaande factuur, waarvan de vervaldatum inmiddels is verstreken:\n\n"
        "   Factuur {inv} | datum {issued} | vervaldatum {due} | {amount}\n\n"
        "Is de betaling al onderweg, dan alvast bedankt – een kort antwoord met de betaaldatum helpt ons de rekening bij te werken. Klopt er iets niet aan de factuur, beantwoord dan gewoon dit bericht.\n\n"
        "Met dank en groet,\n\n"
        "Accounts Receivable\nJuniper Dental Supplies Ltd"
    ),
    "it": (
        "Buongiorno,\n\n"
        "vi scriviamo per la fattura indicata qui sotto, che ha superato la data di scadenza:\n\n"
        "   Fattura {inv} | del {issued} | scadenza {due} | {amount}\n\n"
        "Se il pagamento è già stato disposto, grazie: una breve risposta con la data del pagamento ci aiuta ad aggiornare la vostra posizione. Se qualcosa nella fattura non vi torna, rispondete pure a questo messaggio.\n\n"
        "Un cordiale saluto,\n\n"
        "Accounts Receivable\nJuniper Dental Supplies Ltd"
    ),
}
DATE_LAYOUT = {
    "en": "%d/%m/%Y",
    "de": "%d.%m.%Y",
    "fr": "%d/%m/%Y",
    "es": "%d/%m/%Y",
    "nl": "%d-%m-%Y",
    "it": "%d/%m/%Y",
}
# What a Latin-1 client does with the characters that Latin-1 lacks.
LATIN1_SUBSTITUTES = {
    "–": "-",
    "€": "EUR",
    "’": "'",
    "“": '"',
    "”": '"',
    "…": "...",
    "\u202f": " ",
}


def money(amount: str, currency: str, lang: str) -> str:
    """An amount as the reminder writes it in a language, e.g. `£1,245.00` or `1.245,00 €`."""
    value = Decimal(amount)
    whole, cents = f"{value:.2f}".split(".")
    groups = f"{int(whole):,}"
    symbol = {"GBP": "£", "EUR": "€"}[currency]
    if lang == "en":
        return f"{symbol}{groups}.{cents}"
    if lang == "fr":
        narrow = groups.replace(",", "\u202f")
        return f"{narrow},{cents} {symbol}"
    if lang == "es":
        spaced = whole if len(whole) <= 4 else groups.replace(",", ".")
        return f"{spaced},{cents} {symbol}"
    if lang == "de":
        return f"{groups.replace(',', '.')},{cents} {symbol}"
    return f"{symbol} {groups.replace(',', '.')},{cents}"


def fit_charset(text: str, charset: str) -> str:
    """Replace the characters that a client's 8-bit charset cannot carry, as the client would."""
    for bad, good in LATIN1_SUBSTITUTES.items():
        try:
            bad.encode(charset)
        except UnicodeEncodeError:
            text = text.replace(bad, good)
    return text


def stamp(moment: datetime, loc: str) -> dict[str, str]:
    """Date fields for the attribution templates."""
    return {
        "dow": DAY_NAMES[loc][moment.weekday()],
        "dow_abbr": DAY_ABBR[loc][moment.weekday()],
        "month": MONTH_NAMES[loc][moment.month - 1],
        "mon_abbr": MONTH_ABBR[loc][moment.month - 1],
        "apple_mon": APPLE_MONTH_ABBR[loc][moment.month - 1],
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "mm": f"{moment.month:02d}",
        "y": str(moment.year),
        "yy": f"{moment.year % 100:02d}",
        "HH": f"{moment.hour:02d}",
        "H": str(moment.hour),
        "MM": f"{moment.minute:02d}",
    }


# ----------------------------------------------------------------------------------------------
# Message specifications
# ----------------------------------------------------------------------------------------------

Label = dict[str, object]


def lab(refs: tuple[str, ...] = (), note: str | None = None, **fields: str) -> Label:
    """The labels of one message beyond intent and language; `refs` are invoice numbers in the new text."""
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown label fields: {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


@dataclass(frozen=True)
class Mail:
    """One hand-written message from a customer (a reply or a notice) and its labels."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    zone: str
    client: str
    body: str
    labels: Label
    inv: str = ""
    amount: str = ""
    rlang: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    rdays: int = 1
    quote_to: str = ""
    cc: str = ""
    attach: tuple[str, bytes] | None = None
    threaded: bool = True

    @property
    def moment(self) -> datetime:
        """When the message was written, in the sender's zone."""
        return local_time(self.when, self.zone)

    @property
    def reminder_lang(self) -> str:
        """The language of the reminder being answered."""
        return self.rlang or self.lang

    @property
    def currency(self) -> str:
        """UK customers are invoiced in pounds, the others in euros."""
        return "GBP" if self.zone == "uk" else "EUR"


@dataclass(frozen=True)
class Reminder:
    """The reminder as the replying client shows it."""

    subject: str
    text: str
    sent: datetime
    to: str
    msgid: str


# ----------------------------------------------------------------------------------------------
# Identifiers and small text helpers
# ----------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable hash of a message key."""
    return hashlib.sha256(f"{SEED}|{salt}|{key}".encode()).digest()


def token(key: str, salt: str, length: int) -> str:
    """A stable base32 token of a message key."""
    return base64.b32encode(digest(key, salt)).decode()[:length]


def reminder_msgid(key: str) -> str:
    """The Message-ID of the reminder sent by the receivables mailbox."""
    return f"<dunning.{token(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def reply_msgid(key: str, client: str, addr: str, zone: str) -> str:
    """A Message-ID shaped like the one the sender's client would make."""
    raw = digest(key, "msgid")
    domain = addr.rsplit("@", 1)[1]
    if client in {"gmail", "gmail_plain"}:
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if client in OUTLOOK_FAMILY:
        if zone == "uk":
            host, cluster = (
                f"LO{raw[0] % 9}P{raw[1] % 300 + 1:03d}MB{raw[2] * 37 % 10000:04d}",
                f"GBRP{raw[3] % 300 + 1:03d}",
            )
        else:
            host, cluster = (
                f"AM{raw[0] % 9}PR{raw[1] % 10:02d}MB{raw[2] * 37 % 10000:04d}",
                f"EURPRD{raw[3] % 10:02d}",
            )
        return f"<{host}{token(key, 'ms', 18)}@{host}.{cluster}.PROD.OUTLOOK.COM>"
    if client in {"apple", "apple_html", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if client == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{token(key, 'notice', 20).lower()}@{domain}>"


def quoted(text: str) -> str:
    """Prefix every line with `>` as plain-text clients quote."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_text(text: str) -> str:
    """Plain text as HTML with line breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """Plain text as HTML paragraphs."""
    return "\n".join(
        f"<div>{html_text(block)}</div><div><br></div>" for block in text.split("\n\n")
    )


def word_paragraphs(text: str) -> str:
    """Plain text as Word's `MsoNormal` paragraphs."""
    lines = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        lines.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(lines)


def flowed(text: str, width: int = 74) -> str:
    """Text in RFC 3676 `format=flowed`: long lines broken after a space, leading spaces stuffed."""
    out: list[str] = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        depth = re.match(r"^>+", line)
        prefix = depth.group(0) + " " if depth else ""
        content = line[len(depth.group(0)) :].removeprefix(" ") if depth else line
        content = content.rstrip(" ")
        if not content:
            out.append(prefix.rstrip(" "))
            continue
        if not prefix and content.startswith((" ", ">", "From ")):
            content = " " + content
        chunks = textwrap.wrap(content, width=width, break_long_words=False, break_on_hyphens=False)
        for n, chunk in enumerate(chunks):
            out.append(prefix + chunk + (" " if n < len(chunks) - 1 else ""))
    return "\n".join(out)


# ----------------------------------------------------------------------------------------------
# MIME helpers
# ----------------------------------------------------------------------------------------------

TRANSFER = {"qp": email_charset.QP, "b64": email_charset.BASE64}


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text part in the given charset and transfer encoding (`qp`, `b64`, `8bit` or `7bit`)."""
    text.encode(charset)  # fails loudly if the hand-written text does not fit the charset
    codec = email_charset.Charset(charset)
    # None (8bit, 7bit) sends the bytes as they are; the stubs only allow an int here.
    codec.body_encoding = TRANSFER.get(cte)  # type: ignore[assignment]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, codec)
    return part


def encoded_header(value: str, charset: str) -> str:
    """A header value as a client writes it: RFC 2047 encoded words when it is not ASCII."""
    if value.isascii():
        return value
    chosen = "utf-8" if charset == "utf-8" else charset
    try:
        value.encode(chosen)
    except UnicodeEncodeError:
        chosen = "utf-8"
    return Header(value, chosen).encode()


def mailbox(name: str, addr: str, charset: str = "utf-8") -> str:
    """A From/To value with the display name encoded when needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded_header(name, charset)} <{addr}>"


def alternative(plain: Message, rich: Message) -> Message:
    """A multipart/alternative of a plain and an HTML part."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(rich)
    return outer


def mime_headers_last(msg: Message) -> None:
    """Move MIME-Version and the content headers below the envelope headers, as clients write them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def subparts(part: Message) -> list[Message]:
    """The child parts of a multipart or message/* part."""
    if not part.is_multipart():
        return []
    payload = part.get_payload()
    if not isinstance(payload, list):
        return []
    return [sub for sub in payload if isinstance(sub, Message)]


def drop_inner_versions(part: Message, top: bool = True) -> None:
    """Only the top of a message (or of a returned message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    for sub in subparts(part):
        drop_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


BOUNDARY_STYLE = {
    "gmail": "000000000000",
    "apple_html": "Apple-Mail=_",
    "outlook_html": "_000_",
    "notice_html": "_000_",
    "o365": "_000_",
}


def fix_boundaries(msg: Message, key: str, client: str) -> None:
    """Fixed boundaries, shaped like the ones the client would make."""
    stem = BOUNDARY_STYLE.get(client, "----=_Part_")
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        if stem == "000000000000":
            part.set_boundary(stem + digest(key, f"b{n}").hex()[:16])
        elif stem == "_000_":
            part.set_boundary(f"_{n:03d}_{token(key, f'b{n}', 32)}_")
        else:
            part.set_boundary(stem + token(key, f"b{n}", 24))


def finish(msg: Message, key: str, client: str) -> Message:
    """Put the headers in order, drop inner MIME-Versions and fix boundaries."""
    mime_headers_last(msg)
    drop_inner_versions(msg)
    fix_boundaries(msg, key, client)
    return msg


# ----------------------------------------------------------------------------------------------
# The reminder as each reply quotes it
# ----------------------------------------------------------------------------------------------

REMINDER_HOUR = "08:30"  # the receivables mailbox sends its reminders at half past eight, UK time


def previous_working_day(day: date, back: int) -> date:
    """`back` days before `day`, moved back off a weekend."""
    day -= timedelta(days=back)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def reminder_text(
    lang: str, inv: str, amount: str, currency: str, sent: datetime, charset: str
) -> tuple[str, str]:
    """Subject and body of the reminder for one invoice, fitted to the client's charset."""
    issued = sent.date() - timedelta(days=44)
    due = issued + timedelta(days=30)
    body = REMINDER_BODY[lang].format(
        inv=inv,
        issued=issued.strftime(DATE_LAYOUT[lang]),
        due=due.strftime(DATE_LAYOUT[lang]),
        amount=money(amount, currency, lang),
    )
    subject = REMINDER_SUBJECT[lang].format(inv=inv)
    return fit_charset(subject, charset), fit_charset(body, charset)


def reminder_for(m: Mail) -> Reminder:
    """The reminder that `m` answers, as the sender's client shows it (in the sender's zone)."""
    if not m.threaded:  # unsolicited notices (payment advices) answer no reminder
        return Reminder("", "", m.moment, "", "")
    if m.client.startswith("notice"):
        sent_uk = in_zone(m.moment - timedelta(minutes=1 + digest(m.key, "lag")[0] % 4), "uk")
    else:
        day = previous_working_day(m.moment.date(), m.rdays)
        sent_uk = local_time(f"{day.isoformat()} {REMINDER_HOUR}", "uk")
    sent = in_zone(sent_uk, m.zone)
    subject, text = reminder_text(m.reminder_lang, m.inv, m.amount, m.currency, sent, m.charset)
    to = m.quote_to or (f"{m.who[0]} <{m.who[1]}>" if m.who[0] else m.who[1])
    return Reminder(subject, text, sent, fit_charset(to, m.charset), reminder_msgid(m.key))


# ----------------------------------------------------------------------------------------------
# Client layouts: what each client wraps around the hand-written text
# ----------------------------------------------------------------------------------------------


def outlook_lines(r: Reminder, loc: str) -> list[str]:
    """Outlook's From/Sent/To/Subject lines in the client's language."""
    _, names, sep, layout = OUTLOOK_BLOCK[loc]
    values = (
        f"{AR_NAME} <{AR_ADDR}>",
        layout.format(**stamp(r.sent, loc)),
        r.to,
        r.subject,
    )
    return [f"{name}{sep}{value}" for name, value in zip(names, values, strict=True)]


def word_html(m: Mail, r: Reminder) -> str:
    """Outlook desktop HTML: Word markup, the reply, the divider and the quoted reminder."""
    _, names, sep, _ = OUTLOOK_BLOCK[m.lang]
    rows = "<br>\n".join(
        f"<b>{html.escape(name)}{html.escape(sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1])}"
        for name, line in zip(names, outlook_lines(r, m.lang), strict=True)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={m.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19 {mso-style-type:personal-reply;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{OUTLOOK_LANG_TAG[m.lang]}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(m.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{rows}<o:p></o:p></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(r.text)}\n"
        "</div>\n</body>\n</html>\n"
    )


def layout_outlook(m: Mail, r: Reminder) -> Message:
    """Outlook desktop, plain text, with the localised original-message separator."""
    separator = OUTLOOK_BLOCK[m.lang][0]
    text = "\n".join([m.body, "", separator, *outlook_lines(r, m.lang), "", r.text, ""])
    return text_part(text, "plain", m.charset, m.cte)


def layout_outlook_html(m: Mail, r: Reminder) -> Message:
    """Outlook desktop, HTML with its plain-text twin."""
    text = "\n".join([m.body, "", *outlook_lines(r, m.lang), "", r.text, ""])
    return alternative(
        text_part(text, "plain", m.charset, m.cte),
        text_part(word_html(m, r), "html", m.charset, m.cte),
    )


def layout_html_only(m: Mail, r: Reminder) -> Message:
    """Outlook sending HTML with no plain-text alternative."""
    return text_part(word_html(m, r), "html", m.charset, m.cte)


def layout_android(m: Mail, r: Reminder) -> Message:
    """Outlook for Android: signature, a rule, the header block, and base64 on the wire."""
    text = "\n".join(
        [
            m.body,
            "",
            ANDROID_SIGNATURE[m.lang],
            "_" * 32,
            *outlook_lines(r, m.lang),
            "",
            r.text,
            "",
        ]
    )
    return text_part(text, "plain", m.charset, "b64")


def gmail_attribution(m: Mail, r: Reminder) -> str:
    """Gmail's attribution line in the sender's language."""
    return GMAIL_ATTRIBUTION[m.lang].format(**stamp(r.sent, m.lang), name=AR_NAME, addr=AR_ADDR)


def layout_gmail(m: Mail, r: Reminder) -> Message:
    """Gmail: multipart/alternative with the `gmail_quote` block."""
    attribution = gmail_attribution(m, r)
    text = f"{m.body}\n\n{attribution}\n\n{quoted(r.text)}\n"
    rich = (
        f'<div dir="ltr">{html_text(m.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(r.text)}</blockquote></div>\n"
    )
    return alternative(
        text_part(text, "plain", m.charset, m.cte),
        text_part(rich, "html", m.charset, m.cte),
    )


def layout_gmail_plain(m: Mail, r: Reminder) -> Message:
    """Gmail in plain-text mode: `>` quoting only."""
    return text_part(
        f"{m.body}\n\n{gmail_attribution(m, r)}\n\n{quoted(r.text)}\n",
        "plain",
        m.charset,
        m.cte,
    )


def apple_attribution(m: Mail, r: Reminder) -> str:
    """Apple Mail's attribution line in the sender's language."""
    return APPLE_ATTRIBUTION[m.lang].format(**stamp(r.sent, m.lang), name=AR_NAME, addr=AR_ADDR)


def layout_apple(m: Mail, r: Reminder) -> Message:
    """Apple Mail on a Mac, plain text."""
    return text_part(
        f"{m.body}\n\n{apple_attribution(m, r)}\n\n{quoted(r.text)}\n",
        "plain",
        m.charset,
        m.cte,
    )


def layout_apple_html(m: Mail, r: Reminder) -> Message:
    """Apple Mail on a Mac, with its HTML twin and a `type=cite` blockquote."""
    attribution = apple_attribution(m, r)
    text = f"{m.body}\n\n{attribution}\n\n{quoted(r.text)}\n"
    rich = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset={m.charset}"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f"{html_paragraphs(m.body)}"
        f'<div><br><blockquote type="cite"><div>{html.escape(attribution)}</div>'
        '<br class="Apple-interchange-newline">'
        f"{html_paragraphs(r.text)}</blockquote></div><br></body></html>\n"
    )
    return alternative(
        text_part(text, "plain", m.charset, m.cte),
        text_part(rich, "html", m.charset, m.cte),
    )


def layout_iphone(m: Mail, r: Reminder) -> Message:
    """Mail on an iPhone: the reply, the localised signature, then the quote with its attribution inside."""
    quote = quoted(f"{apple_attribution(m, r)}\n\n{r.text}")
    return text_part(
        f"{m.body}\n\n{IPHONE_SIGNATURE[m.lang]}\n\n{quote}\n",
        "plain",
        m.charset,
        m.cte,
    )


def layout_thunderbird(m: Mail, r: Reminder) -> Message:
    """Thunderbird: attribution, `>` quoting, and `format=flowed` when it writes UTF-8."""
    attribution = THUNDERBIRD_ATTRIBUTION[m.lang].format(**stamp(r.sent, m.lang), name=AR_NAME)
    text = f"{m.body}\n\n{attribution}\n{quoted(r.text)}\n"
    if m.charset != "utf-8":
        return text_part(text, "plain", m.charset, m.cte)
    part = text_part(flowed(text), "plain", m.charset, m.cte)
    part.set_param("format", "flowed")
    part.set_param("delsp", "no")
    return part


def layout_notice(m: Mail, r: Reminder) -> Message:
    """An automatic notice: plain text, nothing quoted."""
    del r
    return text_part(m.body + "\n", "plain", m.charset, m.cte)


def layout_notice_html(m: Mail, r: Reminder) -> Message:
    """An automatic notice in HTML with a plain twin (as Exchange sends automatic replies)."""
    del r
    rich = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={m.charset}"></head>\n'
        f'<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">{html_paragraphs(m.body)}</div></body></html>\n'
    )
    return alternative(
        text_part(m.body + "\n", "plain", m.charset, m.cte),
        text_part(rich, "html", m.charset, m.cte),
    )


def advice_table(body: str, charset: str) -> str:
    """An HTML payment advice: paragraphs, and a table for the lines written with ` | `."""
    chunks: list[str] = []
    for block in body.split("\n\n"):
        lines = block.split("\n")
        if all(" | " in line for line in lines):
            rows = []
            for n, line in enumerate(lines):
                cell = "th" if n == 0 else "td"
                cells = "".join(
                    f'<{cell} style="border:1px solid #999;padding:4px 8px">{html.escape(c)}</{cell}>'
                    for c in line.split(" | ")
                )
                rows.append(f"<tr>{cells}</tr>")
            chunks.append(
                '<table style="border-collapse:collapse;font-size:10pt">'
                + "".join(rows)
                + "</table>"
            )
        else:
            chunks.append(f"<p>{html_text(block)}</p>")
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="'
        + charset
        + '"><title>Remittance advice</title></head>\n'
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n'
        + "\n".join(chunks)
        + "\n</body></html>\n"
    )


def layout_notice_html_only(m: Mail, r: Reminder) -> Message:
    """A payables system's advice: HTML only, nothing quoted."""
    del r
    return text_part(advice_table(m.body, m.charset), "html", m.charset, m.cte)


LAYOUTS: dict[str, Callable[[Mail, Reminder], Message]] = {
    "outlook": layout_outlook,
    "outlook_html": layout_outlook_html,
    "html_only": layout_html_only,
    "android": layout_android,
    "gmail": layout_gmail,
    "gmail_plain": layout_gmail_plain,
    "apple": layout_apple,
    "apple_html": layout_apple_html,
    "iphone": layout_iphone,
    "thunderbird": layout_thunderbird,
    "notice": layout_notice,
    "notice_html": layout_notice_html,
    "notice_html_only": layout_notice_html_only,
}
OUTLOOK_FAMILY = frozenset({"outlook", "outlook_html", "html_only", "android"})
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.200.81.1.6)"),),
    "apple_html": (("X-Mailer", "Apple Mail (2.3864.200.81.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23A341)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}


def reply_subject(m: Mail, r: Reminder) -> str:
    """The subject the client writes: its reply prefix, or a subject the sender typed."""
    if m.subject:
        return m.subject.format(rsub=r.subject)
    prefix = OUTLOOK_REPLY_PREFIX[m.lang] if m.client in OUTLOOK_FAMILY else "Re: "
    return prefix + r.subject


def outlook_extra(m: Mail, r: Reminder) -> list[tuple[str, str]]:
    """The headers Outlook adds."""
    return [
        ("Thread-Topic", encoded_header(r.subject, m.charset)),
        ("Thread-Index", base64.b64encode(digest(m.key, "thread")[:22]).decode()),
        ("Accept-Language", f"{CONTENT_LANGUAGE[m.lang]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[m.lang]),
        ("X-MS-Has-Attach", "yes" if m.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(m: Mail, body: Message) -> Message:
    """Wrap the body in multipart/mixed when the sender attached a file."""
    if m.attach is None:
        return body
    name, data = m.attach
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    part = MIMEApplication(data, "pdf")
    part.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(part)
    return outer


def build_mail(m: Mail) -> Message:
    """The complete message for one hand-written spec."""
    r = reminder_for(m)
    msg = with_attachment(m, LAYOUTS[m.client](m, r))
    msg["From"] = mailbox(m.who[0], m.who[1], m.charset)
    msg["To"] = mailbox(AR_NAME, AR_ADDR)
    if m.cc:
        msg["Cc"] = m.cc
    msg["Subject"] = encoded_header(reply_subject(m, r), m.charset)
    msg["Date"] = format_datetime(m.moment.replace(second=digest(m.key, "sec")[0] % 60))
    msg["Message-ID"] = reply_msgid(m.key, m.client, m.who[1], m.zone)
    if m.threaded:
        msg["In-Reply-To"] = r.msgid
        msg["References"] = r.msgid
    extra = outlook_extra(m, r) if m.client in OUTLOOK_FAMILY else []
    for name, value in [*extra, *CLIENT_HEADERS.get(m.client, ()), *m.headers]:
        msg[name] = value
    return finish(msg, m.key, m.client)


# ----------------------------------------------------------------------------------------------
# The hand-written messages
# ----------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "DR, RN, NRN, OOF, AutoReply")
PROOF_PDF = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R/Size 4>>\n%%EOF\n"
)

PAYMENT_SENT = [
    Mail(
        "paid-en-oneword",
        "payment_sent",
        "en",
        ("Dr Rhys Pritchard", "rhys@pritchard-dental.example"),
        "2031-09-16 19:12",
        "uk",
        "iphone",
        "Paid.",
        lab(note="one-word reply; no date given"),
        inv="JDS-3100388",
        amount="214.90",
    ),
    Mail(
        "paid-en-ap-advice",
        "payment_sent",
        "en",
        (
            "Accounts Payable – Meridian Dental Partners",
            "ap.noreply@meridiandentalpartners.example",
        ),
        "2031-09-24 06:14",
        "uk",
        "notice_html_only",
        (
            "Meridian Dental Partners Ltd – Remittance Advice\n\n"
            "Supplier: Juniper Dental Supplies Ltd (supplier no. V-02291)\n"
            "Payment date: 24/09/2031\n"
            "Payment method: BACS\n"
            "Payment reference: MDP-PAY-0093381\n\n"
            "Invoice | Invoice date | Amount paid\n"
            "JDS-3100452 | 01/08/2031 | £412.80\n"
            "JDS-3100460 | 06/08/2031 | £1,096.00\n"
            "Total | 2 invoices | £1,508.80\n\n"
            "This advice was produced automatically by our payables system. Funds normally clear within two working days. Please do not reply to this address; send any queries to payables@meridiandentalpartners.example quoting the payment reference."
        ),
        lab(
            ("JDS-3100452", "JDS-3100460"),
            "payables-system remittance advice, HTML only, quoting nothing; the queries address is not a new contact",
            paid_date="2031-09-24",
            payment_reference="MDP-PAY-0093381",
            amount="1508.80",
            currency="GBP",
        ),
        subject="Remittance advice MDP-PAY-0093381 – Juniper Dental Supplies Ltd",
        headers=(AUTO_GENERATED, ("X-Mailer", "Coupa Payables Notification Service")),
        threaded=False,
    ),
    Mail(
        "paid-en-card-copy",
        "payment_sent",
        "en",
        ("Gwen Ashby", "practice.manager@ashbyvillagedental.example"),
        "2031-09-23 14:05",
        "uk",
        "thunderbird",
        (
            "Hi,\n\n"
            "We paid this one on Friday the 19th – I rang your office and paid by card with a lady called Karen. She gave me a receipt number over the phone but of course I didn't write it down.\n\n"
            "Could you send me a receipted copy of the invoice? Our accountant wants one for every card payment and I can't download it from your portal, it just says 'document unavailable'.\n\n"
            "Many thanks\n"
            "Gwen Ashby\n"
            "Practice Manager, Ashby Village Dental"
        ),
        lab(
            note="paid, plus a request for a receipted copy that is not needed to pay: payment_sent",
            paid_date="2031-09-19",
        ),
        inv="JDS-3100409",
        amount="386.15",
    ),
    Mail(
        "paid-de-auftrag",
        "payment_sent",
        "de",
        ("Praxis Dr. Schäfer – Verwaltung", "verwaltung@zahnarzt-schaefer.example"),
        "2031-09-22 08:50",
        "cet",
        "outlook",
        (
            "Guten Morgen,\n\n"
            "die o. g. Rechnung haben wir am 18.09. überwiesen (734,50 €, Auftragsnummer 4471-0918-22). Der Betrag müsste inzwischen bei Ihnen gutgeschrieben sein.\n\n"
            "Mit freundlichen Grüßen\n"
            "Sabine Krüger\n"
            "Praxisverwaltung"
        ),
        lab(
            note="'o. g. Rechnung' points at the subject, so no invoice number in the new text",
            paid_date="2031-09-18",
            payment_reference="4471-0918-22",
            amount="734.50",
            currency="EUR",
        ),
        inv="JDS-3100398",
        amount="734.50",
        charset="windows-1252",
    ),
    Mail(
        "paid-fr-hier",
        "payment_sent",
        "fr",
        ("Cabinet dentaire des Tilleuls", "cabinet.tilleuls@gmail.com"),
        "2031-09-25 12:31",
        "cet",
        "gmail",
        "Bonjour,\n\nC'est réglé depuis hier : virement de 1 245,00 € au nom du cabinet.\n\nBonne journée,\nÉlodie, assistante du Dr Marchal",
        lab(
            note="'depuis hier' is the day before the message",
            paid_date="2031-09-24",
            amount="1245.00",
            currency="EUR",
        ),
        inv="JDS-3100415",
        amount="1245.00",
    ),
    Mail(
        "paid-fr-avis-chu",
        "payment_sent",
        "fr",
        ("CHU de Valmont - Direction des Finances", "dfin-noreply@chu-valmont.example"),
        "2031-09-30 03:40",
        "cet",
        "notice",
        (
            "AVIS DE PAIEMENT\n\n"
            "Créancier : JUNIPER DENTAL SUPPLIES LTD\n"
            "Mode de règlement : virement SEPA\n"
            "Date d'émission : 29/09/2031\n"
            "Numéro de mandat : 2031-004518\n"
            "Référence de l'opération : VIR-CHUV-29092031-0187\n\n"
            "Pièces réglées :\n"
            "  JDS-3100431   facture du 12/08/2031   1 980,00 EUR\n"
            "  JDS-3100436   facture du 14/08/2031     330,40 EUR\n\n"
            "Montant total réglé : 2 310,40 EUR\n\n"
            "Ce message est généré automatiquement par le logiciel de gestion financière de l'établissement. Merci de ne pas y répondre."
        ),
        lab(
            ("JDS-3100431", "JDS-3100436"),
            "public hospital's payment advice, quoting nothing; the operation reference is the payment reference, not the mandate number",
            paid_date="2031-09-29",
            payment_reference="VIR-CHUV-29092031-0187",
            amount="2310.40",
            currency="EUR",
        ),
        subject="Avis de paiement n° 2031-004518",
        charset="iso-8859-1",
        headers=(AUTO_GENERATED,),
        threaded=False,
    ),
    Mail(
        "paid-es-movil",
        "payment_sent",
        "es",
        ("Marta Ibáñez", "marta.ibanez.odonto@gmail.com"),
        "2031-09-29 22:47",
        "cet",
        "iphone",
        "ya esta pagada la hice el viernes desde el movil perdon por el retraso",
        lab(
            note="no punctuation or accents; 'el viernes' is the Friday before Monday 29 September",
            paid_date="2031-09-26",
        ),
        inv="JDS-3100421",
        amount="189.60",
        cte="8bit",
        rdays=3,
    ),
    Mail(
        "paid-es-formal",
        "payment_sent",
        "es",
        (
            "Administración – Clínica Dental Alameda",
            "administracion@clinicaalameda.example",
        ),
        "2031-10-03 10:12",
        "cet",
        "outlook_html",
        (
            "Buenos días:\n\n"
            "Les comunicamos que con fecha 2 de octubre de 2031 se ha procedido al pago de la factura JDS-3100533, por importe de 1.890,00 €, mediante transferencia bancaria con referencia 0049-7731-2031-1002.\n\n"
            "Rogamos confirmen la recepción y, en su caso, den de baja el recordatorio.\n\n"
            "Atentamente,\n\n"
            "Rocío Delgado Núñez\n"
            "Departamento de Administración\n"
            "Clínica Dental Alameda, S.L."
        ),
        lab(
            ("JDS-3100533",),
            "'den de baja el recordatorio' asks to close the reminder, not to stop mail",
            paid_date="2031-10-02",
            payment_reference="0049-7731-2031-1002",
            amount="1890.00",
            currency="EUR",
        ),
        inv="JDS-3100533",
        amount="1890.00",
        cte="b64",
    ),
    Mail(
        "paid-nl-bijlage",
        "payment_sent",
        "nl",
        ("Tandartspraktijk Het Anker", "info@tandartshetanker.example"),
        "2031-10-01 09:05",
        "cet",
        "gmail_plain",
        "Goedemorgen,\n\nBetaald op 30-9, het betaalbewijs zit in de bijlage.\n\nGroet,\nAnouk\nTandartspraktijk Het Anker",
        lab(note="proof of payment attached as a PDF", paid_date="2031-09-30"),
        inv="JDS-3100467",
        amount="522.75",
        attach=("betaalbewijs_JDS-3100467.pdf", PROOF_PDF),
    ),
    Mail(
        "paid-nl-rambling",
        "payment_sent",
        "nl",
        ("Bas Verhoeven", "bas@orthodontie-verhoeven.example"),
        "2031-10-08 21:26",
        "cet",
        "apple",
        (
            "Hoi,\n\n"
            "Sorry voor de late reactie, het is hier een gekkenhuis. We zitten midden in de verbouwing van de tweede behandelkamer, de aannemer loopt een week achter en de nieuwe stoel staat nog in de gang in de verpakking. Daar kom ik nog op terug, want ik wil graag dat jullie monteur hem komt aansluiten zodra de vloer erin ligt, waarschijnlijk eind oktober.\n\n"
            "Daarnaast zoeken we nog steeds een tweede assistente, dus als jullie iemand kennen die klaar is met de opleiding...\n\n"
            "Maar goed, waar het om gaat: die factuur heb ik vorige week dinsdag al betaald, samen met de rekening van de bracketbestelling. Als het goed is staat het inmiddels bij jullie op de rekening.\n\n"
            "Groeten,\n"
            "Bas Verhoeven\n"
            "Orthodontiepraktijk Verhoeven"
        ),
        lab(
            note="the point is buried at the end; 'vorige week dinsdag' from Wednesday 8 October is 30 September",
            paid_date="2031-09-30",
        ),
        inv="JDS-3100487",
        amount="1134.00",
        cte="8bit",
        rdays=9,
    ),
    Mail(
        "paid-it-fatto",
        "payment_sent",
        "it",
        ("Studio Dentistico Ferrante", "studio@ferrantedental.example"),
        "2031-09-17 13:02",
        "cet",
        "android",
        "Fatto, scusate il ritardo.",
        lab(note="'fatto' (done) in answer to a reminder means paid; no date"),
        inv="JDS-3100401",
        amount="298.00",
    ),
    Mail(
        "paid-it-cro",
        "payment_sent",
        "it",
        (
            "Amministrazione Poliambulatorio San Rocco",
            "amministrazione@poliambulatoriosanrocco.example",
        ),
        "2031-10-07 11:40",
        "cet",
        "thunderbird",
        (
            "Buongiorno,\n\n"
            "vi informiamo che in data odierna abbiamo disposto il bonifico a saldo della fattura n. JDS 3100502 per EUR 2.460,00.\n"
            "CRO/TRN: 0306909876543210\n\n"
            "Distinti saluti\n"
            "Rag. Lucia Bertolini\n"
            "Ufficio Amministrazione"
        ),
        lab(
            ("JDS-3100502",),
            "transfer ordered today: sent; 'JDS 3100502' normalised",
            paid_date="2031-10-07",
            payment_reference="0306909876543210",
            amount="2460.00",
            currency="EUR",
        ),
        inv="JDS-3100502",
        amount="2460.00",
        charset="iso-8859-1",
    ),
]

PROMISE_TO_PAY = [
    Mail(
        "promise-en-fridays-run",
        "promise_to_pay",
        "en",
        (
            "Accounts Payable (Northvale Health Board)",
            "accounts.payable@northvale-hb.example",
        ),
        "2031-09-30 15:22",
        "uk",
        "outlook_html",
        (
            "Good afternoon,\n\n"
            "Thank you for your email. Invoice JDS-3100428 has been matched to the purchase order and approved for Friday's payment run. Funds normally reach the supplier's account within two working days of the run.\n\n"
            "Kind regards,\n\n"
            "Daniel Osei\n"
            "Accounts Payable Officer\n"
            "Northvale Health Board – Shared Financial Services"
        ),
        lab(
            ("JDS-3100428",),
            "past tense ('approved for Friday's payment run') announcing a future payment; Friday after Tuesday 30 September",
            promised_date="2031-10-03",
        ),
        inv="JDS-3100428",
        amount="3472.00",
    ),
    Mail(
        "promise-en-ooo-subject",
        "promise_to_pay",
        "en",
        ("Claire Dunmore", "claire@dunmoredental.example"),
        "2031-10-03 17:48",
        "uk",
        "iphone",
        "I'm technically out of office till Wednesday but saw this come in. I do all the supplier payments myself so it'll go next Thursday when I'm back at my desk, promise. Sorry!\n\nClaire",
        lab(
            note="a person writing, though the subject says out of office; 'next Thursday' from Friday 3 October is 9 October",
            promised_date="2031-10-09",
        ),
        inv="JDS-3100471",
        amount="642.30",
        subject="Out of office - re your invoice",
    ),
    Mail(
        "promise-en-the-15th",
        "promise_to_pay",
        "en",
        ("Lee Okonjo", "lee.okonjo.dentaltech@gmail.com"),
        "2031-09-17 08:03",
        "uk",
        "gmail_plain",
        "Hi there, sorry I've been snowed under. Will pay this on the 15th when the practices pay me for last month's lab work.\n\nLee",
        lab(
            note="'the 15th' written on 17 September is the next 15th, 15 October",
            promised_date="2031-10-15",
        ),
        inv="JDS-3100395",
        amount="158.40",
    ),
    Mail(
        "promise-de-kw40",
        "promise_to_pay",
        "de",
        ("Kieferorthopädie am Rathaus", "buchhaltung@kfo-rathaus.example"),
        "2031-09-24 16:10",
        "cet",
        "outlook_html",
        (
            "Hallo,\n\n"
            "nein, bezahlt ist die Rechnung noch nicht – das war unser Fehler, sie ist während der Urlaubszeit liegen geblieben. Sie geht in KW 40 mit unserem nächsten Zahlungslauf raus.\n\n"
            "Viele Grüße\n"
            "Jana Wolff\n"
            "Kieferorthopädie am Rathaus"
        ),
        lab(
            note="negation ('noch nicht') then a promise; KW 40 is pinned to its Monday, 29 September",
            promised_date="2031-09-29",
        ),
        inv="JDS-3100419",
        amount="1318.20",
    ),
    Mail(
        "promise-fr-fin-de-mois",
        "promise_to_pay",
        "fr",
        ("Dr Françoise Leclerc", "f.leclerc@cabinet-leclerc.example"),
        "2031-09-18 18:20",
        "cet",
        "outlook",
        (
            "Bonsoir,\n\n"
            "Le règlement partira fin de mois, comme pour toutes nos factures fournisseurs : notre expert-comptable passe les virements le dernier jour ouvré.\n\n"
            "Bien cordialement,\n"
            "Dr Françoise Leclerc"
        ),
        lab(
            note="'fin de mois' → the last day of September (also its last working day)",
            promised_date="2031-09-30",
        ),
        inv="JDS-3100403",
        amount="476.80",
        charset="iso-8859-1",
    ),
    Mail(
        "promise-fr-lundi",
        "promise_to_pay",
        "fr",
        ("Karim Benali", "karim.benali@centredentaire-gambetta.example"),
        "2031-10-02 09:41",
        "cet",
        "gmail",
        "Bonjour,\n\nPas encore fait, désolé. Je m'en occupe lundi prochain sans faute, je suis au bloc jusqu'à vendredi soir.\n\nKarim Benali\nCentre dentaire Gambetta",
        lab(
            note="'pas encore' then a promise; 'lundi prochain' from Thursday 2 October is 6 October",
            promised_date="2031-10-06",
        ),
        inv="JDS-3100494",
        amount="860.00",
    ),
    Mail(
        "promise-es-finales",
        "promise_to_pay",
        "es",
        ("Clínica Dental Sonrisas Retiro", "contabilidad@sonrisasretiro.example"),
        "2031-09-16 12:15",
        "cet",
        "outlook",
        (
            "Hola, buenos días:\n\n"
            "Tenemos anotada la factura. La pagaremos a finales de mes, cuando cerremos la facturación de septiembre.\n\n"
            "Un saludo,\n"
            "Lorena Pascual\n"
            "Contabilidad"
        ),
        lab(
            note="'a finales de mes' → the last day of the month",
            promised_date="2031-09-30",
        ),
        inv="JDS-3100392",
        amount="640.00",
        charset="windows-1252",
    ),
    Mail(
        "promise-es-remesa",
        "promise_to_pay",
        "es",
        ("Javier Ortega", "jortega@ortodonciaortega.example"),
        "2031-10-01 19:33",
        "cet",
        "android",
        "Buenas, se paga el 15 con la remesa de proveedores. Saludos",
        lab(
            note="'el 15' written on 1 October is 15 October",
            promised_date="2031-10-15",
        ),
        inv="JDS-3100512",
        amount="1275.50",
    ),
    Mail(
        "promise-nl-twee-weken",
        "promise_to_pay",
        "nl",
        ("Mondzorg Zuidplein", "administratie@mondzorgzuidplein.example"),
        "2031-09-19 10:57",
        "cet",
        "gmail",
        "Goedemorgen,\n\nWe hebben de factuur ontvangen en betalen hem over twee weken, dan draait onze maandelijkse betaalrun.\n\nMet vriendelijke groet,\nIngrid de Wit",
        lab(
            note="Dutch reply to an English reminder; 'over twee weken' from Friday 19 September is 3 October",
            promised_date="2031-10-03",
        ),
        inv="JDS-3100412",
        amount="1012.00",
        rlang="en",
    ),
    Mail(
        "promise-nl-donderdag",
        "promise_to_pay",
        "nl",
        (
            "Crediteurenadministratie – Academisch Tandheelkundig Centrum",
            "crediteuren@atc-tandheelkunde.example",
        ),
        "2031-09-22 14:30",
        "cet",
        "outlook_html",
        "Geachte heer/mevrouw,\n\nFactuur JDS-3100406 is goedgekeurd en ingepland voor de betaalrun van aanstaande donderdag.\n\nMet vriendelijke groet,\n\nR. Bakker\nCrediteurenadministratie",
        lab(
            ("JDS-3100406",),
            "past tense ('goedgekeurd en ingepland') announcing a future payment; Thursday after Monday 22 September",
            promised_date="2031-09-25",
        ),
        inv="JDS-3100406",
        amount="2215.00",
        headers=(SUPPRESS,),
    ),
    Mail(
        "promise-it-fine-mese",
        "promise_to_pay",
        "it",
        ("Dott.ssa Chiara Esposito", "chiara.esposito@libero.it"),
        "2031-09-24 20:05",
        "cet",
        "iphone",
        "Buonasera, lo saldo entro fine mese. Grazie della pazienza\nChiara",
        lab(
            note="'entro fine mese' → the last day of the month",
            promised_date="2031-09-30",
        ),
        inv="JDS-3100427",
        amount="355.20",
    ),
    Mail(
        "promise-it-programmato",
        "promise_to_pay",
        "it",
        (
            "Amministrazione – Ortodonzia Bianchi & Rossi",
            "amministrazione@ortodonziabr.example",
        ),
        "2031-10-06 09:20",
        "cet",
        "gmail_plain",
        "Buongiorno,\nil bonifico è stato programmato per il 10/10, con valuta stesso giorno.\nCordiali saluti\nGiulia Fontana",
        lab(
            note="past tense ('è stato programmato') for a future transfer; 10/10 is day/month",
            promised_date="2031-10-10",
        ),
        inv="JDS-3100521",
        amount="918.00",
        cte="8bit",
    ),
]

DISPUTE = [
    Mail(
        "dispute-en-part-paid",
        "dispute",
        "en",
        ("Omar Haddad", "omar@haddadfamilydental.example"),
        "2031-09-18 13:15",
        "uk",
        "gmail",
        (
            "Hi,\n\n"
            "We've paid for the gloves and the autoclave pouches on JDS-3100385 – that went last week. What we haven't paid, and won't, is the £180 engineer callout on the same invoice. Your engineer turned up with the wrong door seal for our steriliser, said he'd have to come back with the right one, and never did. We ended up paying another firm to fit it.\n\n"
            "Send a credit note for the callout and we'll call it square.\n\n"
            "Omar"
        ),
        lab(
            ("JDS-3100385",),
            "part paid, the rest contested: dispute wins over the payment claim",
        ),
        inv="JDS-3100385",
        amount="961.00",
    ),
    Mail(
        "dispute-en-not-paid",
        "dispute",
        "en",
        ("Patience Lawal", "reception@lawaldental.example"),
        "2031-09-26 11:02",
        "uk",
        "outlook",
        (
            "To whom it may concern,\n\n"
            "We have NOT paid this invoice because half of the order arrived damaged. The tub of impression material had split open and the burs were loose all over the bottom of the carton. I emailed your orders team with photos on 3 September and nobody has replied.\n\n"
            "We will pay for what arrived in one piece once somebody from Juniper actually gets back to us about the rest.\n\n"
            "Regards\n"
            "Patience Lawal\n"
            "Practice Owner"
        ),
        lab(
            note="negated payment with the reason: damaged goods; the conditional payment is secondary"
        ),
        inv="JDS-3100446",
        amount="522.10",
    ),
    Mail(
        "dispute-en-framework-price",
        "dispute",
        "en",
        (
            "Procurement & Payables – Eastbrook University Dental Hospital",
            "payables@eastbrook-udh.example",
        ),
        "2031-10-06 10:30",
        "uk",
        "outlook_html",
        (
            "Dear Sir/Madam,\n\n"
            "Invoice JDS-3100498 is on hold in our system. The unit prices charged for the sterilisation pouches (lines 3 and 4) do not match the prices in our framework agreement ref. EUDH-FW-2030-17, which fixes them at £14.20 per box rather than the £17.95 invoiced.\n\n"
            "Please issue a credit note for the difference or a corrected invoice. The invoice will not be released for payment while the query is open.\n\n"
            "Yours faithfully,\n\n"
            "Aisha Rahman\n"
            "Senior Payables Officer\n"
            "Eastbrook University Dental Hospital"
        ),
        lab(
            ("JDS-3100498",),
            "contract-price disagreement; the corrected-invoice request is part of the dispute",
        ),
        inv="JDS-3100498",
        amount="2864.00",
        headers=(SUPPRESS,),
    ),
    Mail(
        "dispute-de-doppelt",
        "dispute",
        "de",
        ("Dr. Matthias Brandt", "m.brandt@zahnarztpraxis-brandt.example"),
        "2031-09-29 21:05",
        "cet",
        "thunderbird",
        (
            "Sehr geehrte Damen und Herren,\n\n"
            "ich sitze gerade am Schreibtisch und arbeite die Post der letzten Wochen ab, daher erst jetzt meine Antwort. Wir hatten im August den jährlichen Wartungstermin für beide Sterilisatoren und den Thermodesinfektor. Ihr Techniker war sehr gründlich, das möchte ich ausdrücklich loben, und auch die Validierung ist sauber dokumentiert.\n\n"
            "Allerdings wurde uns die Wartung zweimal berechnet: einmal mit der Rechnung JDS-3100455 vom 18. August, die wir am 2. September bezahlt haben, und dann noch einmal mit der jetzt angemahnten JDS-3100473 – gleiche Positionen, gleicher Betrag, nur ein anderes Datum. Meine Frau, die bei uns die Buchhaltung macht, hat das sofort gesehen.\n\n"
            "Bitte stornieren Sie die zweite Rechnung.\n\n"
            "Mit freundlichen Grüßen\n"
            "Matthias Brandt"
        ),
        lab(
            ("JDS-3100455", "JDS-3100473"),
            "long reply; duplicate billing, and the payment mentioned is of the first invoice",
        ),
        inv="JDS-3100473",
        amount="1190.00",
        rdays=4,
    ),
    Mail(
        "dispute-de-retoure",
        "dispute",
        "de",
        ("Tim Krause", "tim.krause@gmx.de"),
        "2031-10-07 07:44",
        "cet",
        "iphone",
        "Die Ware ging am 12.09. komplett an Sie zurück, den Retourenschein haben Sie. Wofür also diese Mahnung??",
        lab(note="goods returned; question form"),
        inv="JDS-3100476",
        amount="389.90",
    ),
    Mail(
        "dispute-fr-sav",
        "dispute",
        "fr",
        ("Cabinet d'orthodontie Morel", "secretariat@ortho-morel.example"),
        "2031-09-19 16:48",
        "cet",
        "apple_html",
        (
            "Bonjour,\n\n"
            "Nous contestons cette facture. Le détartreur à ultrasons livré en juillet n'a jamais fonctionné correctement et il est chez votre service après-vente depuis le 9 septembre. Nous ne réglerons pas un appareil que nous ne pouvons pas utiliser.\n\n"
            "Merci de nous tenir informés de la réparation.\n\n"
            "Nathalie Morel"
        ),
        lab(note="faulty equipment under repair"),
        inv="JDS-3100399",
        amount="2140.00",
    ),
    Mail(
        "dispute-es-guantes",
        "dispute",
        "es",
        ("Clínica Dental Vallejo", "recepcion@dentalvallejo.example"),
        "2031-09-23 12:20",
        "cet",
        "gmail_plain",
        (
            "Hola,\n\n"
            "No hemos pagado porque en la factura vienen 20 cajas de guantes de nitrilo y nos llegaron 12. El albarán lo firmó nuestra auxiliar sin contar, error nuestro, pero las cajas no están. Mándennos las 8 que faltan o una factura corregida.\n\n"
            "Gracias,\n"
            "Pilar"
        ),
        lab(note="negated payment with the reason: short delivery"),
        inv="JDS-3100437",
        amount="540.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Mail(
        "dispute-es-anulada",
        "dispute",
        "es",
        ("Dr. Andrés Villalobos", "andres@villalobosdental.example"),
        "2031-10-09 13:05",
        "cet",
        "outlook_html",
        (
            "Buenas tardes:\n\n"
            "¿Esta factura no estaba anulada? Su comercial, Sergio, nos dijo por teléfono a mediados de septiembre que la retiraban porque el pedido se canceló antes de salir del almacén. No hemos recibido ningún material.\n\n"
            "Quedo a la espera de su confirmación.\n\n"
            "Andrés Villalobos"
        ),
        lab(note="question form: says the invoice was cancelled and nothing was delivered"),
        inv="JDS-3100505",
        amount="310.00",
    ),
    Mail(
        "dispute-nl-uurtarief",
        "dispute",
        "nl",
        ("Tandheelkundig Centrum Linnaeus", "financien@tclinnaeus.example"),
        "2031-09-17 10:10",
        "cet",
        "outlook",
        (
            "Goedemorgen,\n\n"
            "Op deze factuur staat een uurtarief van € 95 voor de sterilisatie-audit, terwijl in uw offerte van mei € 75 per uur staat. Bij 7,5 uur is dat € 150 te veel. Wij betalen graag het juiste bedrag zodra we een creditnota hebben ontvangen.\n\n"
            "Met vriendelijke groet,\n"
            "Karin Smeets\n"
            "Financiële administratie"
        ),
        lab(note="quoted-rate disagreement; payment of the rest is conditional"),
        inv="JDS-3100393",
        amount="1087.50",
    ),
    Mail(
        "dispute-nl-caps",
        "dispute",
        "nl",
        ("Ruud Hermans", "ruud@hermanstandarts.example"),
        "2031-10-02 18:40",
        "cet",
        "iphone",
        "DEZE FACTUUR KLOPT NIET. WIJ HEBBEN NOOIT EEN AUDIT BESTELD EN ER IS OOK NIEMAND GEWEEST. GRAAG INTREKKEN",
        lab(note="all caps"),
        inv="JDS-3100483",
        amount="695.00",
    ),
    Mail(
        "dispute-it-canone",
        "dispute",
        "it",
        ("Studio Associato Conti & Marino", "segreteria@studiocontimarino.example"),
        "2031-09-25 11:11",
        "cet",
        "outlook_html",
        (
            "Buongiorno,\n\n"
            "della fattura JDS-3100441 abbiamo pagato la parte relativa ai materiali (€ 720,00, bonifico del 15 settembre). Il canone di assistenza tecnica invece non lo riconosciamo: il contratto è scaduto a giugno e non è stato rinnovato.\n\n"
            "Vi chiediamo quindi una nota di credito per € 840,00.\n\n"
            "Cordiali saluti\n"
            "Federica Marino"
        ),
        lab(("JDS-3100441",), "part paid, the rest contested: dispute"),
        inv="JDS-3100441",
        amount="1560.00",
    ),
    Mail(
        "dispute-it-mai-arrivata",
        "dispute",
        "it",
        ("Salvatore Greco", "salvo.greco.dentista@gmail.com"),
        "2031-10-08 15:27",
        "cet",
        "gmail",
        "buongiorno ma la merce non e mai arrivata, il corriere ha lasciato un avviso ma noi eravamo apperti quel giorno. non pago una cosa che non ho ricevuto. fatemi sapere\nSalvatore",
        lab(note="typos and no capitals; goods never received"),
        inv="JDS-3100519",
        amount="432.00",
    ),
]

PAYMENT_PLAN = [
    Mail(
        "plan-en-associate-left",
        "payment_plan",
        "en",
        ("Dr Hannah Wilkes", "hannah@wilkesdental.example"),
        "2031-09-15 17:35",
        "uk",
        "outlook_html",
        (
            "Hello,\n\n"
            "I'm sorry this has gone overdue. It's been a difficult summer – one of our associates left at short notice and we've had to cancel a lot of appointments while we recruit.\n\n"
            "Could we pay £500 now and the balance in two instalments at the end of October and the end of November? I'd rather agree something with you than let it drift.\n\n"
            "Best wishes,\n"
            "Hannah Wilkes"
        ),
        lab(note="hardship; part now and two instalments"),
        inv="JDS-3100381",
        amount="1740.00",
        rdays=3,
    ),
    Mail(
        "plan-en-three-goes",
        "payment_plan",
        "en",
        ("Dean Fairweather", "deanfairweather71@gmail.com"),
        "2031-09-20 09:14",
        "uk",
        "iphone",
        "can i pay this in 3 goes 200 a month starting the 1st its been a slow month sorry",
        lab(note="no punctuation; instalments asked for"),
        inv="JDS-3100384",
        amount="600.00",
    ),
    Mail(
        "plan-en-sixty-days",
        "payment_plan",
        "en",
        ("Priory Lane Dental Care", "accounts@priorylanedental.example"),
        "2031-10-01 11:40",
        "uk",
        "gmail",
        (
            "Hi,\n\n"
            "Not disputing the invoice at all, but we need more time on this one. Our NHS contract payment for September has been held up and until it lands we're juggling. Could we have another 60 days?\n\n"
            "Thanks\n"
            "Martin Greaves\n"
            "Business Manager"
        ),
        lab(note="more time asked for, amount not contested"),
        inv="JDS-3100458",
        amount="2118.75",
    ),
    Mail(
        "plan-de-raten",
        "payment_plan",
        "de",
        ("Zahnarztpraxis Öztürk", "info@praxis-oeztuerk.example"),
        "2031-09-17 19:50",
        "cet",
        "gmail_plain",
        "Guten Abend,\n\nwäre eine Ratenzahlung möglich? Wir könnten vier Raten à 250 € anbieten, jeweils zum Monatsersten ab Oktober.\n\nDanke und Gruß\nDr. Emre Öztürk",
        lab(note="instalments proposed; plan dates are not labelled"),
        inv="JDS-3100396",
        amount="1000.00",
    ),
    Mail(
        "plan-de-haelfte",
        "payment_plan",
        "de",
        ("MVZ Zahnmedizin Nord – Buchhaltung", "buchhaltung@mvz-zahn-nord.example"),
        "2031-10-06 14:02",
        "cet",
        "outlook",
        (
            "Sehr geehrte Damen und Herren,\n\n"
            "wir überweisen heute die Hälfte des offenen Betrags (1.630,00 EUR). Den Rest begleichen wir Ende Oktober, sobald die Quartalsabrechnung der KZV eingegangen ist.\n\n"
            "Wir bitten um Ihr Einverständnis.\n\n"
            "Mit freundlichen Grüßen\n"
            "i. A. Petra Lindner\n"
            "Buchhaltung"
        ),
        lab(note="half today, the rest later → payment_plan, not payment_sent"),
        inv="JDS-3100509",
        amount="3260.00",
        charset="iso-8859-1",
    ),
    Mail(
        "plan-fr-echelonnement",
        "payment_plan",
        "fr",
        ("Cabinet d'orthodontie Dr Rousseau", "administratif@ortho-rousseau.example"),
        "2031-09-26 10:25",
        "cet",
        "outlook_html",
        (
            "Madame, Monsieur,\n\n"
            "Suite à votre relance, je me permets de solliciter un échelonnement du paiement de cette facture en trois mensualités de 1 200,00 €, la première à la fin du mois d'octobre. L'achat de notre nouvel autoclave a pesé plus que prévu sur notre trésorerie ce trimestre.\n\n"
            "Je vous remercie par avance de votre compréhension et reste à votre disposition.\n\n"
            "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\n"
            "Dr Philippe Rousseau"
        ),
        lab(note="very formal request for three monthly instalments"),
        inv="JDS-3100450",
        amount="3600.00",
    ),
    Mail(
        "plan-es-mitad",
        "payment_plan",
        "es",
        ("Nuria Camps", "nuria@dentalcamps.example"),
        "2031-09-22 20:12",
        "cet",
        "iphone",
        "Hola! Te pago la mitad esta semana y la otra mitad a finales de octubre, ¿vale? Estamos un poco justos este mes.\nNuria",
        lab(note="half this week, half at the end of October"),
        inv="JDS-3100417",
        amount="980.00",
    ),
    Mail(
        "plan-es-aplazamiento",
        "payment_plan",
        "es",
        ("Policlínica Dental Mar Menor", "administracion@policlinicamarmenor.example"),
        "2031-10-08 09:30",
        "cet",
        "outlook",
        (
            "Buenos días:\n\n"
            "Les escribimos en relación con la factura pendiente. Debido a un retraso en los cobros de las aseguradoras, les solicitamos un aplazamiento de 30 días para su pago. No hay ninguna incidencia con el pedido.\n\n"
            "Quedamos a la espera de su respuesta.\n\n"
            "Un cordial saludo,\n"
            "Departamento de Administración"
        ),
        lab(note="30-day deferral asked for, order not contested"),
        inv="JDS-3100481",
        amount="2745.30",
        charset="windows-1252",
    ),
    Mail(
        "plan-nl-termijnen",
        "payment_plan",
        "nl",
        ("Lotte van Dijk", "lotte@mondhygienistvandijk.example"),
        "2031-09-16 15:05",
        "cet",
        "gmail",
        "Hallo,\n\nIk schrik ervan dat deze nog openstaat. Kan ik hem in drie termijnen van € 400 betalen? Dan doe ik de eerste nog deze maand.\n\nGroetjes,\nLotte",
        lab(note="three instalments"),
        inv="JDS-3100389",
        amount="1200.00",
    ),
    Mail(
        "plan-nl-lekkage",
        "payment_plan",
        "nl",
        ("Tandartsenpraktijk De Linde", "praktijk@tandartsdelinde.example"),
        "2031-10-03 12:48",
        "cet",
        "outlook_html",
        (
            "Beste medewerker,\n\n"
            "Door een lekkage bij de bovenburen is onze praktijk drie weken dicht geweest en de verzekering keert pas over een paar weken uit. We willen de factuur zeker betalen, maar hebben wat meer tijd nodig. Is een betalingsregeling mogelijk, bijvoorbeeld verdeeld over vier maanden?\n\n"
            "Vriendelijke groet,\n"
            "Mirjam Koster\n"
            "Praktijkmanager"
        ),
        lab(note="hardship; arrangement over four months"),
        inv="JDS-3100468",
        amount="1846.20",
        cte="b64",
    ),
    Mail(
        "plan-it-rate",
        "payment_plan",
        "it",
        ("Dott. Niccolò Galli", "niccolo.galli@studiogalli.example"),
        "2031-09-27 10:15",
        "cet",
        "android",
        "Buongiorno, possiamo rateizzare in 3 rate mensili da 450? Fatemi sapere. Grazie\nNiccolò Galli",
        lab(note="three monthly instalments"),
        inv="JDS-3100457",
        amount="1350.00",
    ),
    Mail(
        "plan-it-acconto",
        "payment_plan",
        "it",
        ("Clinica Odontoiatrica Riviera", "contabilita@clinicariviera.example"),
        "2031-10-09 16:20",
        "cet",
        "outlook",
        (
            "Buonasera,\n\n"
            "abbiamo versato oggi un acconto di € 500,00 sulla fattura in oggetto. Il saldo di € 1.480,00 verrà pagato entro fine novembre.\n\n"
            "Cordiali saluti\n"
            "Ufficio contabilità"
        ),
        lab(note="a deposit today and the balance by the end of November → payment_plan"),
        inv="JDS-3100496",
        amount="1980.00",
        charset="windows-1252",
    ),
]

INVOICE_REQUEST = [
    Mail(
        "docs-en-no-po",
        "invoice_request",
        "en",
        (
            "Westmarch Hospitals Trust – Invoice Processing",
            "invoice.queries@westmarch-hospitals.example",
        ),
        "2031-09-19 11:20",
        "uk",
        "outlook_html",
        (
            "Good morning,\n\n"
            "We are unable to process invoice JDS-3100402 as it does not quote a valid purchase order number. Trust policy is No PO, No Pay.\n\n"
            "Please reissue the invoice quoting PO 4500218874 and send it to this mailbox. Once we receive it, it will be paid in line with our standard terms.\n\n"
            "Kind regards,\n"
            "Invoice Processing Team"
        ),
        lab(
            ("JDS-3100402",),
            "conditional payment ('once we receive it') that needs a reissued invoice: invoice_request, not a promise",
        ),
        inv="JDS-3100402",
        amount="1425.00",
    ),
    Mail(
        "docs-en-did-we-not-pay",
        "invoice_request",
        "en",
        ("Sam Whitlock", "sam@whitlockdental.example"),
        "2031-09-25 16:58",
        "uk",
        "gmail_plain",
        "Did we not pay this?? I was sure we cleared everything with you in August. Can you send me a statement showing what you've got against us and I'll check it against the bank.\n\nSam",
        lab(
            note="a question about payment plus a statement request; no payment claimed, nothing contested"
        ),
        inv="JDS-3100424",
        amount="276.50",
    ),
    Mail(
        "docs-en-bank-letter",
        "invoice_request",
        "en",
        (
            "Finance Office, Kestrel School of Dentistry",
            "finance@kestrel-dentistry.example",
        ),
        "2031-10-07 10:05",
        "uk",
        "thunderbird",
        (
            "Dear colleagues,\n\n"
            "Before we can release payment we need to verify your bank details. As you are a new supplier to the School, please send your account details on company letterhead, signed by a director, together with a copy of a recent bank statement header. We also need our supplier set-up form completed – I can send it again if it has gone astray.\n\n"
            "We do not dispute the invoice and will pay promptly once the supplier record is complete.\n\n"
            "With best wishes,\n"
            "Oliver Crane\n"
            "Finance Office"
        ),
        lab(note="bank-detail verification needed before paying, amount not contested"),
        inv="JDS-3100514",
        amount="4980.00",
    ),
    Mail(
        "docs-de-pdf",
        "invoice_request",
        "de",
        ("Zahnarztpraxis Dr. Lang", "empfang@zahnarzt-lang.example"),
        "2031-09-16 09:12",
        "cet",
        "outlook_html",
        (
            "Guten Tag,\n\n"
            "diese Rechnung liegt uns leider nicht vor. Könnten Sie sie uns bitte als PDF an rechnung@zahnarzt-lang.example senden? Dann wird sie umgehend bezahlt.\n\n"
            "Freundliche Grüße\n"
            "Melanie Roth\n"
            "Empfang"
        ),
        lab(
            note="a copy asked for at the practice's invoice address; the address is for the document, and new_contact belongs to wrong_contact only"
        ),
        inv="JDS-3100391",
        amount="512.40",
    ),
    Mail(
        "docs-de-xrechnung",
        "invoice_request",
        "de",
        (
            "Universitätsklinikum Talheim – Kreditorenbuchhaltung",
            "kreditoren@uk-talheim.example",
        ),
        "2031-10-02 13:40",
        "cet",
        "outlook",
        (
            "Sehr geehrte Damen und Herren,\n\n"
            "als öffentlicher Auftraggeber dürfen wir Rechnungen nur noch im Format XRechnung annehmen. Die o. g. Rechnung ist bei uns als PDF eingegangen und kann daher nicht gebucht werden.\n\n"
            "Bitte reichen Sie die Rechnung über das E-Rechnungsportal ein und geben Sie dabei unsere Leitweg-ID 08-31415-92 sowie die Bestellnummer 7100045521 an.\n\n"
            "Mit freundlichen Grüßen\n"
            "Kreditorenbuchhaltung"
        ),
        lab(note="public body needs an e-invoice before it can book or pay"),
        inv="JDS-3100486",
        amount="2905.60",
        charset="iso-8859-1",
    ),
    Mail(
        "docs-fr-chorus",
        "invoice_request",
        "fr",
        (
            "Centre hospitalier de Lormont – Service facturier",
            "service.facturier@ch-lormont.example",
        ),
        "2031-09-29 15:15",
        "cet",
        "outlook_html",
        (
            "Madame, Monsieur,\n\n"
            "La facture citée en objet ne peut pas être mise en paiement : elle ne comporte pas le numéro d'engagement juridique (bon de commande) exigé pour tout dépôt sur Chorus Pro.\n\n"
            "Nous vous remercions de bien vouloir la redéposer en indiquant le numéro de commande 2031-BC-007812. Le délai de paiement courra à compter de la réception de la facture conforme.\n\n"
            "Cordialement,\n\n"
            "Le service facturier"
        ),
        lab(note="public hospital needs the invoice again with its order number"),
        inv="JDS-3100462",
        amount="4180.00",
        headers=(SUPPRESS,),
    ),
    Mail(
        "docs-fr-a-quoi",
        "invoice_request",
        "fr",
        ("Sophie Garnier", "sophie.garnier@hotmail.fr"),
        "2031-10-06 12:40",
        "cet",
        "iphone",
        "Bonjour, je ne retrouve pas cette facture, elle correspond à quoi ? Vous pouvez me la renvoyer ? Merci\nSophie",
        lab(note="asks what the invoice is for and for a copy"),
        inv="JDS-3100500",
        amount="148.00",
    ),
    Mail(
        "docs-es-nif",
        "invoice_request",
        "es",
        ("Clínica Dental Robles", "gestion@clinicarobles.example"),
        "2031-09-18 10:45",
        "cet",
        "gmail",
        (
            "Buenos días,\n\n"
            "La factura está emitida a nombre de la sociedad anterior y con un NIF que ya no es el nuestro. Para poder pagarla necesitamos que la emitan a nombre de Clínica Dental Robles 2030, S.L., NIF B12345674, misma dirección.\n\n"
            "En cuanto la recibamos, se paga.\n\n"
            "Gracias,\n"
            "Enrique Robles"
        ),
        lab(
            note="reissue with the right company and tax number before paying; amount not contested"
        ),
        inv="JDS-3100400",
        amount="1156.00",
    ),
    Mail(
        "docs-nl-kopie",
        "invoice_request",
        "nl",
        ("Femke Jansen", "femke@tandartsjansen.example"),
        "2031-09-30 08:20",
        "cet",
        "iphone",
        "Goedemorgen, ik kan deze factuur nergens vinden. Kunnen jullie hem nog een keer sturen?\nFemke",
        lab(note="copy of the invoice asked for"),
        inv="JDS-3100479",
        amount="254.30",
    ),
    Mail(
        "docs-nl-overzicht",
        "invoice_request",
        "nl",
        ("Crediteurenadministratie Dentigroep", "crediteuren@dentigroep.example"),
        "2031-10-09 11:55",
        "cet",
        "outlook",
        (
            "Goedendag,\n\n"
            "Wij ontvangen graag een actueel rekeningoverzicht met alle openstaande facturen op naam van Dentigroep B.V. en de vestigingen. Wij willen onze administratie vóór het kwartaaleinde afstemmen.\n\n"
            "Met vriendelijke groet,\n"
            "Henk Mulder"
        ),
        lab(note="statement of account; Dutch reply to an English reminder"),
        inv="JDS-3100507",
        amount="1640.00",
        rlang="en",
        charset="iso-8859-1",
    ),
    Mail(
        "docs-it-sdi",
        "invoice_request",
        "it",
        (
            "Ufficio Amministrativo – Clinica Dentale Aurora",
            "amministrazione@clinicaaurora.example",
        ),
        "2031-09-23 10:00",
        "cet",
        "outlook_html",
        (
            "Buongiorno,\n\n"
            "la fattura in oggetto non ci risulta pervenuta tramite Sistema di Interscambio. Vi chiediamo di emetterla in formato elettronico indicando il codice destinatario M5UXCR1: senza il file XML non possiamo registrarla né pagarla.\n\n"
            "Cordiali saluti\n"
            "Marta Colombo"
        ),
        lab(note="e-invoice through the exchange system needed before paying"),
        inv="JDS-3100434",
        amount="1044.00",
    ),
    Mail(
        "docs-it-iban",
        "invoice_request",
        "it",
        ("Paolo Ricci", "paolo.ricci@studioricci.example"),
        "2031-10-03 17:20",
        "cet",
        "gmail_plain",
        "Salve, il bonifico all'IBAN indicato in fattura mi torna indietro, dice conto inesistente. Mi mandate le coordinate bancarie corrette? Pago appena le ho.\nPaolo Ricci",
        lab(
            note="needs working bank details before paying; the returned transfer is not a payment"
        ),
        inv="JDS-3100501",
        amount="615.00",
        cte="8bit",
    ),
]

WRONG_CONTACT = [
    Mail(
        "contact-en-redirect",
        "wrong_contact",
        "en",
        ("Smilecare Clinic Accounts", "smilecare.clinic.accounts@gmail.com"),
        "2031-09-22 03:12",
        "uk",
        "gmail",
        (
            "Dear Sir/Madam,\n\n"
            "Please be advised that our accounts department has moved to an external bureau with immediate effect. Kindly update your records and send all reminders, statements and remittance correspondence for this account to smilecare.clinic.accounts@gmail.com only.\n\n"
            "Do not send further mail to the practice address as it is no longer monitored.\n\n"
            "Regards,\n"
            "Accounts Dept"
        ),
        lab(
            note="phishing-like redirect to a free-mail look-alike of the customer; labelled by what it asks, and a person must verify before the address is used",
            new_contact="smilecare.clinic.accounts@gmail.com",
        ),
        inv="JDS-3100411",
        amount="1893.40",
        rdays=3,
        quote_to="Smilecare Clinic <office@smilecare-clinic.example>",
    ),
    Mail(
        "contact-en-left",
        "wrong_contact",
        "en",
        ("Tom Barrow", "tom.barrow@parksidedental.example"),
        "2031-09-17 12:34",
        "uk",
        "outlook",
        (
            "Hi,\n\n"
            "I left Parkside at the end of August so I'm not the right person for this any more – I'm only picking up the odd email while my account is still live. Please send anything to do with invoices to the practice manager, Helen Moss: helen.moss@parksidedental.example.\n\n"
            "Cheers,\n"
            "Tom"
        ),
        lab(new_contact="helen.moss@parksidedental.example"),
        inv="JDS-3100394",
        amount="452.00",
    ),
    Mail(
        "contact-en-nurse",
        "wrong_contact",
        "en",
        ("Kayleigh", "kayleigh.b@brookfielddental.example"),
        "2031-10-08 13:22",
        "uk",
        "iphone",
        "Hiya I think youve got the wrong person, I'm one of the nurses here I don't deal with any of the invoices. Not sure who does tbh",
        lab(note="not the right person and no new address"),
        inv="JDS-3100522",
        amount="311.90",
    ),
    Mail(
        "contact-de-verwaltung",
        "wrong_contact",
        "de",
        ("Dr. Julia Neumann", "julia.neumann@praxis-neumann.example"),
        "2031-09-15 18:55",
        "cet",
        "gmail",
        (
            "Guten Abend,\n\n"
            "bitte schicken Sie Mahnungen und Rechnungen nicht an meine persönliche Adresse, sondern an unsere Praxisverwaltung, z. Hd. Frau Aylin Demir: verwaltung@praxis-neumann.example. Ich leite Ihre Mail dorthin weiter.\n\n"
            "Viele Grüße\n"
            "Julia Neumann"
        ),
        lab(
            note="redirects to the practice office with an address; not a stop request",
            new_contact="verwaltung@praxis-neumann.example",
        ),
        inv="JDS-3100380",
        amount="265.00",
    ),
    Mail(
        "contact-de-verwechslung",
        "wrong_contact",
        "de",
        ("Zahnarztpraxis Dr. Weber", "info@zahnarzt-weber-kassel.example"),
        "2031-10-01 11:15",
        "cet",
        "outlook_html",
        (
            "Sehr geehrte Damen und Herren,\n\n"
            "hier liegt offenbar eine Verwechslung vor. Wir sind die Zahnarztpraxis Dr. Weber in Kassel und haben bei Ihnen nie etwas bestellt. Vermutlich ist die Praxis Dr. Weber in Kiel gemeint.\n\n"
            "Mit freundlichen Grüßen\n"
            "Praxisteam Dr. Weber"
        ),
        lab(note="wrong recipient altogether (a namesake); no new address"),
        inv="JDS-3100510",
        amount="677.20",
    ),
    Mail(
        "contact-fr-retraite",
        "wrong_contact",
        "fr",
        ("Gérard Faure", "gerard.faure@cabinetfaure.example"),
        "2031-09-24 09:50",
        "cet",
        "thunderbird",
        (
            "Bonjour,\n\n"
            "Je ne m'occupe plus de la comptabilité du cabinet depuis mon départ à la retraite en juillet ; c'est le Dr Amélie Vasseur qui a repris. Merci d'écrire désormais à compta@cabinetvasseur.example.\n\n"
            "Bien à vous,\n"
            "Gérard Faure"
        ),
        lab(new_contact="compta@cabinetvasseur.example"),
        inv="JDS-3100426",
        amount="398.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Mail(
        "contact-fr-auto-plus-lue",
        "wrong_contact",
        "fr",
        ("Secrétariat Clinique dentaire du Parc", "contact@cliniqueduparc.example"),
        "2031-10-06 09:31",
        "cet",
        "notice",
        (
            "Bonjour,\n\n"
            "Cette adresse n'est plus consultée depuis le 1er octobre 2031.\n"
            "Pour toute question relative à la facturation, merci d'écrire à facturation@cliniqueduparc.example.\n"
            "Pour les rendez-vous, appelez le secrétariat aux heures d'ouverture.\n\n"
            "Clinique dentaire du Parc"
        ),
        lab(
            note="automatic notice that the mailbox is no longer read, naming its replacement: wrong_contact",
            new_contact="facturation@cliniqueduparc.example",
        ),
        inv="JDS-3100497",
        amount="1320.00",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "contact-es-central",
        "wrong_contact",
        "es",
        (
            "Recepción Clínica Levante Valencia",
            "recepcion.valencia@gruposonrisalevante.example",
        ),
        "2031-09-26 13:05",
        "cet",
        "outlook",
        (
            "Buenos días:\n\n"
            "Este correo es el de recepción de la clínica de Valencia. Las facturas de todas las clínicas del grupo las gestiona la central de Alicante; por favor, diríjanse a proveedores@gruposonrisalevante.example.\n\n"
            "Un saludo,\n"
            "Recepción"
        ),
        lab(new_contact="proveedores@gruposonrisalevante.example"),
        inv="JDS-3100453",
        amount="722.00",
        charset="windows-1252",
    ),
    Mail(
        "contact-nl-balie",
        "wrong_contact",
        "nl",
        ("Balie Tandartsenpraktijk Oost", "balie@tandartsoost.example"),
        "2031-09-18 14:45",
        "cet",
        "android",
        "Dit is de balie, wij doen niks met facturen. Die gaan via ons administratiekantoor: crediteuren@boekhoudingvoorzorg.example",
        lab(new_contact="crediteuren@boekhoudingvoorzorg.example"),
        inv="JDS-3100404",
        amount="389.00",
    ),
    Mail(
        "contact-nl-mixed-case",
        "wrong_contact",
        "nl",
        ("Jeroen Visser", "j.visser@detandartsgroep.example"),
        "2031-10-07 16:30",
        "cet",
        "gmail",
        "Hallo,\n\nIk ben sinds kort niet meer verantwoordelijk voor de inkoop. Stuur de herinnering a.u.b. naar Finance@DeTandartsGroep.example, daar wordt het opgepakt.\n\nGroet,\nJeroen",
        lab(
            note="address written in mixed case, labelled in lower case",
            new_contact="finance@detandartsgroep.example",
        ),
        inv="JDS-3100513",
        amount="1120.00",
    ),
    Mail(
        "contact-it-ceduto",
        "wrong_contact",
        "it",
        ("Dott. Roberto Sala", "roberto.sala@studiosala.example"),
        "2031-09-29 19:40",
        "cet",
        "apple",
        (
            "Buonasera,\n\n"
            "non sono più il titolare dello studio: l'ho ceduto a giugno alla dott.ssa Elena Marchetti, che ha rilevato anche i contratti con i fornitori. Per le fatture scrivete a elena.marchetti@studiomarchetti.example.\n\n"
            "Saluti\n"
            "Roberto Sala"
        ),
        lab(new_contact="elena.marchetti@studiomarchetti.example"),
        inv="JDS-3100465",
        amount="830.00",
    ),
    Mail(
        "contact-it-segreteria",
        "wrong_contact",
        "it",
        (
            "Segreteria Didattica – Corso di Laurea in Odontoiatria",
            "segreteria.odontoiatria@unibassano.example",
        ),
        "2031-10-02 10:20",
        "cet",
        "outlook_html",
        (
            "Gentili,\n\n"
            "questo indirizzo è della segreteria didattica del corso di laurea e non gestisce pagamenti né fatture. Non sappiamo a quale ufficio amministrativo fosse destinato il vostro sollecito; vi suggeriamo di verificare l'indirizzo indicato nell'ordine.\n\n"
            "Cordiali saluti\n"
            "Segreteria Didattica"
        ),
        lab(note="dental school's teaching office: not the right mailbox, no new address"),
        inv="JDS-3100490",
        amount="2350.00",
    ),
]

UNSUBSCRIBE = [
    Mail(
        "stop-en-promise-and-stop",
        "unsubscribe",
        "en",
        ("Gary Holt", "gary@holtdentalstudio.example"),
        "2031-09-19 18:10",
        "uk",
        "android",
        "Ive told your colleague twice now it'll be paid by the end of the month. Stop emailing me every other day, its not helping.",
        lab(note="a promise plus 'stop emailing me': unsubscribe beats everything but bounce"),
        inv="JDS-3100410",
        amount="730.00",
    ),
    Mail(
        "stop-en-solicitors",
        "unsubscribe",
        "en",
        ("Nadia Bell", "n.bell@harcourtlyle.example"),
        "2031-10-01 15:40",
        "uk",
        "outlook_html",
        (
            "Dear Sirs,\n\n"
            "We act for Kingsmere Dental Practice Ltd in connection with the account referred to in your email below, which our client has passed to us.\n\n"
            "Please do not contact our client directly about this account. All further communication should be addressed to this firm, quoting our reference NB/KDP/0419.\n\n"
            "Yours faithfully,\n\n"
            "Nadia Bell\n"
            "Associate\n"
            "Harcourt Lyle LLP"
        ),
        lab(note="the customer's solicitors: talk to our lawyer → unsubscribe"),
        inv="JDS-3100480",
        amount="5210.00",
        quote_to="Kingsmere Dental Practice <accounts@kingsmeredental.example>",
        cc="accounts@kingsmeredental.example",
        rdays=2,
    ),
    Mail(
        "stop-en-caps",
        "unsubscribe",
        "en",
        ("BRIAN TOWNSEND", "briantownsend58@hotmail.co.uk"),
        "2031-10-09 23:05",
        "uk",
        "gmail_plain",
        "TAKE ME OFF YOUR MAILING LIST. I AM A RETIRED DENTIST AND HAVE NOT BOUGHT ANYTHING FROM YOU IN YEARS.",
        lab(note="all caps; the stop request beats the implied dispute"),
        inv="JDS-3100523",
        amount="96.00",
    ),
    Mail(
        "stop-de-postweg",
        "unsubscribe",
        "de",
        ("Dr. med. dent. Klaus Becker", "praxis@dr-becker-zahnarzt.example"),
        "2031-09-23 17:05",
        "cet",
        "outlook",
        (
            "Sehr geehrte Damen und Herren,\n\n"
            "ich bitte darum, Zahlungserinnerungen und sonstige Schreiben zu Rechnungen ausschließlich auf dem Postweg an die Praxisanschrift zu senden. Diese E-Mail-Adresse ist für Patientenanfragen bestimmt.\n\n"
            "Mit freundlichen Grüßen\n"
            "Dr. Klaus Becker"
        ),
        lab(note="post only → unsubscribe"),
        inv="JDS-3100439",
        amount="845.00",
        charset="windows-1252",
        cte="8bit",
    ),
    Mail(
        "stop-de-dsgvo",
        "unsubscribe",
        "de",
        ("Sandra Vogel", "sandra.vogel@gmx.de"),
        "2031-10-08 08:15",
        "cet",
        "gmail",
        "Hallo,\n\nich widerspreche hiermit der Verwendung meiner privaten E-Mail-Adresse für Ihre Zahlungserinnerungen (Art. 21 DSGVO) und bitte um Löschung aus Ihrem Verteiler.\n\nS. Vogel",
        lab(note="formal data-protection objection to the e-mails"),
        inv="JDS-3100515",
        amount="120.50",
    ),
    Mail(
        "stop-fr-avocat",
        "unsubscribe",
        "fr",
        ("Dr Laurent Picard", "l.picard@cabinetpicard.example"),
        "2031-09-16 16:30",
        "cet",
        "outlook_html",
        (
            "Madame, Monsieur,\n\n"
            "Je vous prie de cesser tout envoi de relance à cette adresse. Ce dossier est désormais suivi par mon avocat, Maître Hélène Caron, à qui vous voudrez bien adresser toute correspondance.\n\n"
            "Salutations,\n"
            "Dr Laurent Picard"
        ),
        lab(note="stop plus 'talk to my lawyer' (no address) → unsubscribe"),
        inv="JDS-3100390",
        amount="1720.00",
    ),
    Mail(
        "stop-fr-stop",
        "unsubscribe",
        "fr",
        ("Julien", "julien.bertin@cabinetbertin.example"),
        "2031-10-03 21:55",
        "cet",
        "iphone",
        "STOP",
        lab(note="one word, as for a text-message list"),
        inv="JDS-3100495",
        amount="64.90",
    ),
    Mail(
        "stop-es-ya-pagado",
        "unsubscribe",
        "es",
        ("Álvaro Méndez", "alvaro.mendez.dentista@gmail.com"),
        "2031-09-30 12:05",
        "cet",
        "gmail_plain",
        "Dejen de mandarme correos, por favor. Ya está pagado desde hace dos semanas y es el tercer aviso que recibo.",
        lab(note="stop request plus a payment claim: unsubscribe wins"),
        inv="JDS-3100448",
        amount="275.00",
        charset="iso-8859-1",
    ),
    Mail(
        "stop-es-postal",
        "unsubscribe",
        "es",
        ("Gerencia – Centro Odontológico Triana", "gerencia@odontotriana.example"),
        "2031-10-07 13:30",
        "cet",
        "outlook_html",
        (
            "Estimados señores:\n\n"
            "Les rogamos que a partir de ahora cualquier comunicación relativa a facturas o pagos se nos envíe únicamente por correo postal a la dirección de la clínica. No atenderemos reclamaciones recibidas por correo electrónico.\n\n"
            "Atentamente,\n"
            "La Gerencia"
        ),
        lab(note="post only → unsubscribe"),
        inv="JDS-3100511",
        amount="1430.00",
    ),
    Mail(
        "stop-nl-afmelden",
        "unsubscribe",
        "nl",
        ("Sanne", "sanne.bakker88@gmail.com"),
        "2031-09-27 11:12",
        "cet",
        "iphone",
        "Graag afmelden. Dit is mijn privémail en ik werk niet meer in de praktijk",
        lab(
            note="remove me plus 'I no longer work there' without a new address: unsubscribe beats wrong_contact"
        ),
        inv="JDS-3100459",
        amount="79.95",
    ),
    Mail(
        "stop-it-legale",
        "unsubscribe",
        "it",
        ("Studio Legale Ferri", "avv.ferri@studiolegaleferri.example"),
        "2031-09-18 12:00",
        "cet",
        "outlook",
        (
            "Spett.le Juniper Dental Supplies,\n\n"
            "scrivo in nome e per conto della Dott.ssa Valeria Conte, titolare dello Studio Odontoiatrico Conte. Vi invito a non inviare ulteriori solleciti alla mia assistita: ogni comunicazione relativa alla posizione in oggetto dovrà essere indirizzata esclusivamente a questo studio legale.\n\n"
            "Distinti saluti\n"
            "Avv. Marco Ferri"
        ),
        lab(note="the customer's lawyer: no more reminders to the client → unsubscribe"),
        inv="JDS-3100397",
        amount="3120.00",
        charset="iso-8859-1",
        quote_to="Studio Odontoiatrico Conte <studio@odontoiatriaconte.example>",
    ),
    Mail(
        "stop-it-lista",
        "unsubscribe",
        "it",
        ("Giorgia", "giorgia.lombardi.92@gmail.com"),
        "2031-10-05 10:40",
        "cet",
        "iphone",
        "cancellatemi dalla vostra lista grazie",
        lab(note="mobile brevity, no capitals"),
        inv="JDS-3100503",
        amount="58.00",
        rdays=2,
    ),
]

AUTO_REPLY = [
    Mail(
        "auto-en-leave",
        "auto_reply",
        "en",
        ("Rachel Kemp", "rachel.kemp@harbourviewdental.example"),
        "2031-09-18 09:11",
        "uk",
        "notice_html",
        (
            "Thank you for your message. I am on annual leave and will be returning on Monday 29 September. I will have limited access to email until then.\n\n"
            "For anything urgent, please call the practice on 01632 960418 or email reception@harbourviewdental.example."
        ),
        lab(
            note="return date stated; the colleague's address does not set new_contact",
            return_date="2031-09-29",
        ),
        inv="JDS-3100405",
        amount="570.00",
        subject="Automatic reply: {rsub}",
        headers=(
            AUTO_REPLIED,
            ("X-MS-Exchange-Inbox-Rules-Loop", "rachel.kemp@harbourviewdental.example"),
        ),
    ),
    Mail(
        "auto-en-servicedesk",
        "auto_reply",
        "en",
        ("Purchasing & Finance Servicedesk", "servicedesk@amstel-dentalschool.example"),
        "2031-09-24 09:36",
        "cet",
        "notice",
        (
            "Dear sender,\n\n"
            "Your message has been received by the Purchasing & Finance service desk of the Amstel School of Dentistry and registered under ticket number SD-2031-118204. A member of staff will deal with it within five working days.\n\n"
            "Please keep the ticket number in the subject line of any further correspondence.\n\n"
            "This is an automatically generated message."
        ),
        lab(note="ticket acknowledgement carrying only Precedence: bulk; no return date"),
        inv="JDS-3100430",
        amount="3015.00",
        subject="[SD-2031-118204] Re: {rsub}",
        headers=(("Precedence", "bulk"),),
    ),
    Mail(
        "auto-en-training-day",
        "auto_reply",
        "en",
        ("Castle Street Dental", "hello@castlestreetdental.example"),
        "2031-10-03 08:32",
        "uk",
        "notice",
        (
            "Thanks for getting in touch with Castle Street Dental.\n\n"
            "The practice is closed today for staff training. We reopen on Monday 6 October at 8.30am and will reply to your email then.\n\n"
            "If you are a patient in pain, please call NHS 111."
        ),
        lab(
            note="practice autoresponder with only X-Autoreply; the reopening day is the return date",
            return_date="2031-10-06",
        ),
        inv="JDS-3100492",
        amount="207.40",
        headers=(("X-Autoreply", "yes"),),
    ),
    Mail(
        "auto-de-feiertag",
        "auto_reply",
        "de",
        ("Stefanie Hartmann", "s.hartmann@kfo-hartmann.example"),
        "2031-09-29 09:33",
        "cet",
        "notice_html",
        (
            "Vielen Dank für Ihre Nachricht.\n\n"
            "Ich bin bis einschließlich Freitag, 3. Oktober, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, dem 6. Oktober, bin ich wieder für Sie erreichbar.\n\n"
            "In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Yilmaz (Tel. 0711 5550193).\n\n"
            "Freundliche Grüße\n"
            "Stefanie Hartmann"
        ),
        lab(
            note="'ab Montag, dem 6. Oktober' wins over 'bis einschließlich Freitag, 3. Oktober'",
            return_date="2031-10-06",
        ),
        inv="JDS-3100466",
        amount="1402.00",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "auto-de-ticket",
        "auto_reply",
        "de",
        (
            "Einkauf Zahnklinik – Ticketsystem",
            "einkauf-ticket@zahnklinik-talheim.example",
        ),
        "2031-09-25 10:02",
        "cet",
        "notice",
        (
            "Sehr geehrte Damen und Herren,\n\n"
            "Ihre Nachricht ist bei uns eingegangen und wurde unter der Ticketnummer 2031092510000417 erfasst. Wir bearbeiten Anfragen in der Reihenfolge ihres Eingangs; bitte sehen Sie von Rückfragen zum Bearbeitungsstand ab.\n\n"
            "Dies ist eine automatisch erzeugte Nachricht."
        ),
        lab(note="ticket acknowledgement with only Precedence: auto_reply"),
        inv="JDS-3100438",
        amount="1876.00",
        subject="[Ticket#2031092510000417] Eingangsbestätigung: {rsub}",
        charset="iso-8859-1",
        headers=(("Precedence", "auto_reply"),),
    ),
    Mail(
        "auto-fr-inclus",
        "auto_reply",
        "fr",
        ("Isabelle Roux", "isabelle.roux@centredentaire-lumiere.example"),
        "2031-09-22 10:15",
        "cet",
        "notice_html",
        (
            "Bonjour,\n\n"
            "Je suis absente jusqu'au vendredi 3 octobre inclus. Votre message sera traité à mon retour.\n\n"
            "Pour toute urgence, merci de contacter l'accueil du centre au 04 78 00 21 36."
        ),
        lab(
            note="'jusqu'au … inclus' with no day back stated: the date itself",
            return_date="2031-10-03",
        ),
        inv="JDS-3100414",
        amount="690.00",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "auto-fr-conges",
        "auto_reply",
        "fr",
        ("Cabinet dentaire Dr Bonnet", "contact@dr-bonnet-dentiste.example"),
        "2031-09-16 09:34",
        "cet",
        "notice",
        (
            "Bonjour,\n\n"
            "Le cabinet est fermé pour congés annuels. Réouverture le lundi 29 septembre à 9 h.\n\n"
            "En cas d'urgence dentaire, composez le 15.\n\n"
            "Le secrétariat"
        ),
        lab(
            note="closure notice with X-Autoreply and Precedence but no Auto-Submitted",
            return_date="2031-09-29",
        ),
        inv="JDS-3100387",
        amount="415.50",
        subject="Cabinet fermé – congés annuels",
        headers=(("X-Autoreply", "yes"), ("Precedence", "auto_reply")),
    ),
    Mail(
        "auto-es-hasta",
        "auto_reply",
        "es",
        ("María José Herrero", "mj.herrero@clinicaherrero.example"),
        "2031-09-26 09:34",
        "cet",
        "notice_html",
        (
            "Gracias por su mensaje.\n\n"
            "Estaré fuera de la oficina hasta el miércoles 1 de octubre, sin acceso al correo. A mi vuelta responderé a su consulta.\n\n"
            "Para asuntos de facturación urgentes pueden escribir a administracion@clinicaherrero.example.\n\n"
            "Un saludo,\n"
            "María José Herrero"
        ),
        lab(
            note="'hasta X' → X itself; the billing address given is not new_contact",
            return_date="2031-10-01",
        ),
        inv="JDS-3100451",
        amount="1188.00",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "auto-es-incidencia",
        "auto_reply",
        "es",
        (
            "Hospital Universitario San Telmo – Atención a Proveedores",
            "proveedores@hu-santelmo.example",
        ),
        "2031-10-08 09:36",
        "cet",
        "notice",
        (
            "Estimado proveedor:\n\n"
            "Hemos recibido su correo y se ha registrado con el número de incidencia 2031-56612. El plazo habitual de respuesta es de 72 horas hábiles.\n\n"
            "Le recordamos que el estado de sus facturas puede consultarse en el Portal de Proveedores.\n\n"
            "Este mensaje se ha generado automáticamente. Por favor, no responda a esta dirección."
        ),
        lab(note="hospital ticket acknowledgement; no return date"),
        inv="JDS-3100516",
        amount="2290.00",
        subject="Hemos recibido su consulta [Incidencia n.º 2031-56612]",
        headers=(AUTO_GENERATED,),
    ),
    Mail(
        "auto-nl-tot-en-met",
        "auto_reply",
        "nl",
        ("Wouter Smit", "w.smit@kaakchirurgie-smit.example"),
        "2031-10-01 09:33",
        "cet",
        "notice_html",
        (
            "Beste afzender,\n\n"
            "Ik ben afwezig tot en met vrijdag 10 oktober en vanaf maandag 13 oktober weer op kantoor. Uw e-mail wordt niet doorgestuurd.\n\n"
            "Met vriendelijke groet,\n"
            "Wouter Smit"
        ),
        lab(
            note="the day back ('vanaf maandag 13 oktober') wins over 'tot en met'",
            return_date="2031-10-13",
        ),
        inv="JDS-3100489",
        amount="760.00",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "auto-it-rientro",
        "auto_reply",
        "it",
        ("Francesca Moretti", "f.moretti@studiomoretti-odontoiatria.example"),
        "2031-09-17 09:33",
        "cet",
        "notice",
        (
            "Gentile mittente,\n\n"
            "sarò fuori ufficio fino a venerdì 19 settembre compreso, con accesso limitato alla posta. Rientrerò lunedì 22 settembre.\n\n"
            "Cordiali saluti\n"
            "Francesca Moretti"
        ),
        lab(note="the stated day back wins", return_date="2031-09-22"),
        inv="JDS-3100382",
        amount="512.00",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "auto-it-congedo",
        "auto_reply",
        "it",
        ("Alessandro Vitale", "a.vitale@ortodonziavitale.example"),
        "2031-10-09 09:34",
        "cet",
        "notice",
        (
            "Buongiorno,\n\n"
            "sono in congedo parentale e non leggo la posta. Per questioni amministrative potete rivolgervi a Serena all'indirizzo segreteria@ortodonziavitale.example.\n\n"
            "Grazie\n"
            "Alessandro Vitale"
        ),
        lab(
            note="automatic reply with no auto headers at all; leave of unknown length, so no date; the colleague's address is not new_contact"
        ),
        inv="JDS-3100520",
        amount="1045.00",
        subject="Risposta automatica: {rsub}",
    ),
]

OTHER = [
    Mail(
        "other-en-pass-on",
        "other",
        "en",
        ("Beth Carver", "beth@carverandpartners-dental.example"),
        "2031-09-16 11:05",
        "uk",
        "iphone",
        "Received, thanks – I'll pass this on to Dr Okafor, he signs off the supplier payments.",
        lab(note="acknowledgement; passing it on is neither a promise nor a new contact"),
        inv="JDS-3100386",
        amount="418.00",
    ),
    Mail(
        "other-en-validation",
        "other",
        "en",
        ("Mark Ellison", "mark@ellisondental.example"),
        "2031-09-29 12:12",
        "uk",
        "apple_html",
        (
            "Hi,\n\n"
            "While I've got you – when is your engineer booked in for the annual validation on our autoclaves? The certificate runs out on 14 October and we've got an inspection the week after, so I need it done before then. Nobody's rung to arrange a date.\n\n"
            "Mark Ellison\n"
            "Ellison Dental"
        ),
        lab(note="service question in the reminder thread; nothing about the invoice"),
        inv="JDS-3100469",
        amount="1262.00",
    ),
    Mail(
        "other-en-genuine",
        "other",
        "en",
        ("Joanne Pike", "manager@oakridgedental.example"),
        "2031-10-06 14:44",
        "uk",
        "html_only",
        (
            "Hello,\n\n"
            "Before anybody here does anything with this – is this genuine? We've had three fake 'supplier' invoices this month, one of them using a name very close to yours, and I can't find this invoice number in our purchase log.\n\n"
            "I'd like someone to ring me on the practice number rather than reply by email, please.\n\n"
            "Joanne Pike\n"
            "Practice Manager"
        ),
        lab(note="suspicion and a request for a call, not a request for documents; HTML only"),
        inv="JDS-3100504",
        amount="584.20",
    ),
    Mail(
        "other-de-weiter",
        "other",
        "de",
        ("Empfang Praxis Sommer", "empfang@praxis-sommer.example"),
        "2031-09-19 10:20",
        "cet",
        "outlook",
        "Guten Morgen,\n\ndanke, ist angekommen. Ich gebe es an unsere Chefin weiter.\n\nMfG\nLea Brunner",
        lab(note="acknowledgement only"),
        inv="JDS-3100408",
        amount="233.10",
        charset="iso-8859-1",
    ),
    Mail(
        "other-de-ruhestand",
        "other",
        "de",
        ("Dr. Wolfgang Richter", "w.richter@zahnarzt-richter.example"),
        "2031-10-02 19:15",
        "cet",
        "apple",
        (
            "Sehr geehrte Damen und Herren,\n\n"
            "zur Information: Ich habe meine Praxis zum 30. September aus Altersgründen geschlossen. Die Räume werden gerade ausgeräumt. Einige Verbrauchsmaterialien von Ihnen sind noch originalverpackt hier – vielleicht lässt sich darüber reden.\n\n"
            "Mit freundlichen Grüßen\n"
            "Wolfgang Richter"
        ),
        lab(
            note="practice closed; the owner writes himself, so not wrong_contact; an offer to talk about unopened stock is no dispute"
        ),
        inv="JDS-3100488",
        amount="412.00",
    ),
    Mail(
        "other-fr-bien-recu",
        "other",
        "fr",
        ("Accueil Centre dentaire Voltaire", "accueil@cdvoltaire.example"),
        "2031-09-23 08:55",
        "cet",
        "android",
        "Bien reçu, je transmets.",
        lab(note="acknowledgement only"),
        inv="JDS-3100432",
        amount="512.00",
    ),
    Mail(
        "other-fr-gaines",
        "other",
        "fr",
        ("Dr Mathilde Perrin", "mathilde.perrin@ortho-perrin.example"),
        "2031-10-08 18:02",
        "cet",
        "gmail",
        (
            "Bonjour,\n\n"
            "Je profite de votre message : est-ce que vous livrez toujours les gaines de stérilisation en rouleau de 200 m ? Je ne les trouve plus dans votre catalogue en ligne. Il nous en faudrait une dizaine.\n\n"
            "Merci,\n"
            "Mathilde Perrin"
        ),
        lab(note="order question in the reminder thread"),
        inv="JDS-3100517",
        amount="705.60",
    ),
    Mail(
        "other-es-recibido",
        "other",
        "es",
        ("Lucía", "lucia.recepcion@clinicadentalfaro.example"),
        "2031-09-17 17:40",
        "cet",
        "iphone",
        "Recibido, se lo paso a la doctora mañana.",
        lab(note="acknowledgement only"),
        inv="JDS-3100413",
        amount="362.00",
    ),
    Mail(
        "other-es-traslado",
        "other",
        "es",
        ("Consulta Dr. Fuentes", "consulta@drfuentes-odontologia.example"),
        "2031-10-06 11:25",
        "cet",
        "thunderbird",
        (
            "Buenos días:\n\n"
            "Les informo de que desde el 1 de octubre la consulta se ha trasladado a la calle Goya, 48, 2.º B. Por favor, actualicen la dirección de envío para los próximos pedidos y para el técnico de mantenimiento.\n\n"
            "Saludos,\n"
            "Dr. Ignacio Fuentes"
        ),
        lab(note="change of postal address; the e-mail contact is unchanged"),
        inv="JDS-3100506",
        amount="448.00",
        cte="8bit",
    ),
    Mail(
        "other-nl-duim",
        "other",
        "nl",
        ("Pieter", "pieter@tandartsdekroon.example"),
        "2031-09-25 21:10",
        "cet",
        "iphone",
        "👍",
        lab(note="emoji acknowledgement, not a payment claim"),
        inv="JDS-3100435",
        amount="199.00",
        cte="b64",
    ),
    Mail(
        "other-nl-offerte",
        "other",
        "nl",
        ("Esther Vos", "management@tandartsenwaalkade.example"),
        "2031-10-09 10:45",
        "cet",
        "outlook_html",
        (
            "Goedemorgen,\n\n"
            "Los van deze herinnering: kunnen jullie ons een offerte sturen voor een tweede autoclaaf, inclusief installatie en het eerste onderhoudsjaar? We breiden in het voorjaar uit naar vier behandelkamers.\n\n"
            "Met vriendelijke groet,\n"
            "Esther Vos\n"
            "Praktijkmanagement Tandartsen Waalkade"
        ),
        lab(note="sales question; the quote asked for is not an invoice document"),
        inv="JDS-3100518",
        amount="930.00",
    ),
    Mail(
        "other-it-ferie",
        "other",
        "it",
        ("Segreteria Studio Bellini", "segreteria@studiobellini.example"),
        "2031-09-30 13:15",
        "cet",
        "gmail_plain",
        "Buongiorno, ricevuto. Il dottore è in ferie fino al 6, ne parliamo al suo rientro.\nLaura",
        lab(
            note="written by a person: 'in ferie fino al 6' is not an auto-reply and 'ne parliamo' is no commitment"
        ),
        inv="JDS-3100474",
        amount="676.00",
    ),
]

MAILS = [
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


# ----------------------------------------------------------------------------------------------
# Delivery failures: the skeletons are generated, the human-readable text is written out
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt`."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    zone: str
    rlang: str
    inv: str
    amount: str
    build: str
    note: str | None = None
    queued_minutes: int = 2

    @property
    def moment(self) -> datetime:
        """When the report was generated, in the reporting side's zone."""
        return local_time(self.when, self.zone)

    @property
    def sent(self) -> datetime:
        """When the reminder left the receivables mailbox (UK time)."""
        return in_zone(self.moment - timedelta(minutes=self.queued_minutes), "uk")

    @property
    def currency(self) -> str:
        """The invoice currency of the customer."""
        return "GBP" if self.rlang == "en" else "EUR"

    @property
    def domain(self) -> str:
        """The failed recipient's domain."""
        return self.rcpt.rsplit("@", 1)[1]


def original_reminder(b: Bounce) -> Message:
    """The reminder exactly as the receivables mailbox sent it."""
    subject, text = reminder_text(b.rlang, b.inv, b.amount, b.currency, b.sent, "utf-8")
    msg = text_part(text, "plain", "utf-8", "qp")
    msg["From"] = mailbox(AR_NAME, AR_ADDR)
    msg["To"] = b.rcpt
    msg["Subject"] = encoded_header(subject, "utf-8")
    msg["Date"] = format_datetime(b.sent)
    msg["Message-ID"] = reminder_msgid(b.key)
    msg["X-Mailer"] = "dunmail"
    mime_headers_last(msg)
    return msg


def reminder_subject_of(b: Bounce) -> str:
    """The subject of the bounced reminder, decoded."""
    return REMINDER_SUBJECT[b.rlang].format(inv=b.inv)


def returned_headers(b: Bounce) -> Message:
    """A text/rfc822-headers part with the reminder's header block."""
    block = "".join(f"{name}: {value}\n" for name, value in original_reminder(b).items())
    return text_part(block, "rfc822-headers", "us-ascii", "7bit")


def status_fields(
    b: Bounce, reporting_mta: str, action: str, diagnostic: str, remote_mta: str = ""
) -> Message:
    """The message/delivery-status part (RFC 3464)."""
    per_message = f"Reporting-MTA: dns; {reporting_mta}\nArrival-Date: {format_datetime(in_zone(b.sent, b.zone))}\n"
    lines = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
    ]
    if remote_mta:
        lines.append(f"Remote-MTA: dns; {remote_mta}")
    kind = "X-Postfix" if diagnostic.startswith("connect to") else "smtp"
    lines.append(f"Diagnostic-Code: {kind}; {diagnostic}")
    lines.append(f"Last-Attempt-Date: {format_datetime(b.moment)}")
    if action == "delayed":
        lines.append(f"Will-Retry-Until: {format_datetime(b.moment + timedelta(days=3))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(lines) + "\n")]
    )
    return part


def report(*parts: Message) -> Message:
    """A multipart/report of type delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def bounce_headers(
    b: Bounce, msg: Message, sender: str, subject: str, client: str = "bounce"
) -> Message:
    """Envelope headers of a report, then the usual clean-up."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded_header(subject, "utf-8")
    msg["Date"] = format_datetime(b.moment)
    host = sender.rsplit("@", 1)[1].strip("> ").split(" ")[0]
    msg["Message-ID"] = f"<{token(b.key, 'bounce', 26).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    return finish(msg, b.key, client)


def plain_notice(text: str, charset: str = "us-ascii") -> Message:
    """A single text/plain part as an MTA writes it."""
    return text_part(text, "plain", charset, "7bit" if charset == "us-ascii" else "qp")


def bounce_postfix(b: Bounce) -> Message:
    """Postfix: RFC 3464 report with the whole reminder returned."""
    remote = f"mx.{b.domain}"
    human = (
        "This is the mail system at host mail.juniper-dental.example.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host {remote}[203.0.113.17] said: 550\n"
        f"    {b.status} <{b.rcpt}>... No such user here (in reply to RCPT TO\n"
        "    command)\n"
    )
    msg = report(
        plain_notice(human),
        status_fields(
            b,
            "mail.juniper-dental.example",
            "failed",
            f"550 {b.status} <{b.rcpt}>... No such user here",
            remote,
        ),
        MIMEMessage(original_reminder(b)),
    )
    return bounce_headers(
        b,
        msg,
        "MAILER-DAEMON@mail.juniper-dental.example (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
    )


def bounce_exim_delay(b: Bounce) -> Message:
    """Exim: plain-text delay warning, not RFC 3464."""
    reminder = original_reminder(b)
    ident = f"1w{token(b.key, 'exim', 4)}-000{token(b.key, 'exim2', 3)}-{token(b.key, 'exim3', 2)}"
    text = (
        "This message was created automatically by mail delivery software.\n"
        "A message that you sent has not yet been delivered to one or more of its\n"
        "recipients after more than 24 hours on the queue on relay.juniper-dental.example.\n\n"
        f"The message identifier is:     {ident}\n"
        f"The subject of the message is: {reminder['Subject']}\n"
        f"The date of the message is:    {reminder['Date']}\n\n"
        "The address to which the message has not yet been delivered is:\n\n"
        f"  {b.rcpt}\n"
        f"    host mail.{b.domain} [192.0.2.61]\n"
        f"    Delay reason: SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        f"    452 {b.status} Mailbox full, try again later\n\n"
        "No action is required on your part. Delivery attempts will continue for\n"
        "some time, and this warning may be repeated at intervals if the message\n"
        "remains undelivered. Eventually the mail delivery software will give up,\n"
        "and when that happens, the message will be returned to you.\n"
    )
    msg = bounce_headers(
        b,
        plain_notice(text),
        "Mail Delivery System <Mailer-Daemon@relay.juniper-dental.example>",
        f"Warning: message {ident} delayed 24 hours",
    )
    msg["X-Exim-Delay-Warning"] = "1"
    mime_headers_last(msg)
    return msg


def bounce_qmail(b: Bounce) -> Message:
    """qmail: plain text, no MIME structure, the reminder copied below the notice."""
    reminder = original_reminder(b).as_bytes().decode("ascii")
    sent_utc = b.sent.astimezone(UTC)
    text = (
        "Hi. This is the qmail-send program at outbound.juniper-dental.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        f"Sorry, I couldn't find any host named {b.domain}. (#{b.status})\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28114 invoked by uid 1007); {sent_utc.day} {sent_utc:%b %Y %H:%M:%S} -0000\n"
        f"{reminder}"
    )
    msg = Message()
    msg.set_payload(text)
    return bounce_headers(b, msg, "MAILER-DAEMON@outbound.juniper-dental.example", "failure notice")


@dataclass(frozen=True)
class ExchangeText:
    """The human-readable part of an Exchange Online report in one language."""

    subject_prefix: str
    headline: str
    explanation: str
    admin_heading: str
    server_label: str
    server: str
    remote_said: str
    diagnostic: str
    action: str = "failed"


EXCHANGE_TEXTS: dict[str, ExchangeText] = {
    "de": ExchangeText(
        "Unzustellbar: ",
        "Ihre Nachricht an {rcpt} konnte nicht zugestellt werden.",
        "Die Gruppe nimmt nur Nachrichten von Absendern innerhalb der eigenen Organisation oder von einer Liste zugelassener Absender an. Ihre Adresse steht nicht auf dieser Liste.\n\nAktion erforderlich (Empfänger): Bitten Sie den Besitzer der Gruppe, Sie als Absender zuzulassen, oder verwenden Sie eine andere Adresse.",
        "Diagnoseinformationen für Administratoren:",
        "Generierender Server",
        "FR3P281MB0442.DEUP281.PROD.OUTLOOK.COM",
        "Der Remoteserver hat '{diag}' zurückgegeben.",
        "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized to send to this group",
    ),
    "fr": ExchangeText(
        "Non remis : ",
        "Votre message n'a pas pu être remis à {rcpt}.",
        "Le domaine du destinataire a refusé le message : l'adresse n'est pas autorisée ou n'existe pas dans son annuaire. Vérifiez l'adresse, ou joignez le destinataire par un autre moyen pour obtenir la bonne adresse.",
        "Informations de diagnostic pour les administrateurs :",
        "Serveur de génération",
        "PR1P264MB2193.FRAP264.PROD.OUTLOOK.COM",
        "Le serveur distant a retourné '{diag}'.",
        "550 5.4.1 Recipient address rejected: Access denied",
    ),
    "nl": ExchangeText(
        "Onbestelbaar: ",
        "Uw bericht aan {rcpt} kon niet worden bezorgd.",
        "Het adres bestaat niet (meer) binnen de organisatie van de ontvanger. Misschien is het postvak verwijderd of is het adres verkeerd gespeld. Controleer het adres en probeer het opnieuw.",
        "Diagnostische informatie voor beheerders:",
        "Server die het rapport heeft gegenereerd",
        "AM9P192MB1388.EURP192.PROD.OUTLOOK.COM",
        "De externe server heeft '{diag}' geretourneerd.",
        "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found",
    ),
    "it": ExchangeText(
        "Recapito ritardato: ",
        "Il recapito del messaggio a {rcpt} è in ritardo.",
        "Non è stato ancora possibile recapitare il messaggio. Il server continuerà a riprovare automaticamente per altre 44 ore; se non ci riuscirà entro quel termine, riceverete un'altra notifica. Non è necessario inviare di nuovo il messaggio.",
        "Informazioni di diagnostica per gli amministratori:",
        "Server che ha generato il messaggio",
        "MI1P293MB0577.ITAP293.PROD.OUTLOOK.COM",
        "Ultimo errore restituito dal server remoto: '{diag}'.",
        "451 4.4.7 Message delayed; remote host did not respond",
        "delayed",
    ),
}


def bounce_exchange(b: Bounce) -> Message:
    """Exchange Online: localised human part (plain and HTML), RFC 3464 fields, returned headers."""
    words = EXCHANGE_TEXTS[b.lang]
    headline = words.headline.format(rcpt=b.rcpt)
    remote_said = words.remote_said.format(diag=words.diagnostic)
    plain = f"{headline}\n\n{words.explanation}\n\n{words.admin_heading}\n\n{words.server_label}: {words.server}\n\n{b.rcpt}\n{remote_said}\n"
    rich = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
        '<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Segoe UI,Arial,sans-serif">\n'
        f'<tr><td style="font-size:16pt;color:#C00000;padding-bottom:12px"><b>{html.escape(headline)}</b></td></tr>\n'
        f'<tr><td style="font-size:10.5pt">{html_text(words.explanation)}</td></tr>\n'
        "</table>\n"
        f'<p style="font-size:9pt;color:#666"><b>{html.escape(words.admin_heading)}</b></p>\n'
        f'<p style="font-size:9pt;color:#666">{html.escape(words.server_label)}: {html.escape(words.server)}<br>\n'
        f"{html.escape(b.rcpt)}<br>\n{html.escape(remote_said)}</p>\n</body></html>\n"
    )
    human = alternative(
        text_part(plain, "plain", "utf-8", "qp"), text_part(rich, "html", "utf-8", "qp")
    )
    msg = report(
        human,
        status_fields(b, words.server, words.action, words.diagnostic),
        returned_headers(b),
    )
    subject = words.subject_prefix + reminder_subject_of(b)
    return bounce_headers(b, msg, f"Microsoft Outlook <postmaster@{b.domain}>", subject, "o365")


def bounce_provider_de(b: Bounce) -> Message:
    """A German hosting provider's delay report (RFC 3464, German text)."""
    mta = "mx2.mailhost-rhein.example"
    text = (
        f"Dies ist eine automatisch erstellte Nachricht des Mailsystems von {mta}.\n\n"
        f"Ihre Nachricht an {b.rcpt} konnte seit vier Stunden nicht zugestellt werden, weil der Zielserver derzeit nicht erreichbar ist. "
        "Wir versuchen es automatisch weiter, längstens drei Tage lang. Sie müssen nichts unternehmen.\n\n"
        "Sollte die Zustellung bis dahin nicht gelingen, erhalten Sie eine weitere Benachrichtigung.\n\n"
        f"Letzte Fehlermeldung: connect to mx.{b.domain}[198.51.100.23]:25: Connection timed out\n"
    )
    msg = report(
        plain_notice(text, "utf-8"),
        status_fields(
            b,
            mta,
            "delayed",
            f"connect to mx.{b.domain}[198.51.100.23]:25: Connection timed out",
        ),
        returned_headers(b),
    )
    return bounce_headers(
        b,
        msg,
        f"Mail Delivery System <MAILER-DAEMON@{mta}>",
        "Zustellung verzögert: " + reminder_subject_of(b),
    )


def bounce_provider_fr(b: Bounce) -> Message:
    """A French relay's delay notice: one Latin-1 text part, not RFC 3464."""
    reminder = original_reminder(b)
    header_copy = "".join(
        f"{name}: {reminder[name]}\n" for name in ("From", "To", "Subject", "Date", "Message-ID")
    )
    text = (
        "Ceci est un message automatique du serveur de messagerie relais.messagerie-pro.example.\n\n"
        "Votre message n'a pas encore pu être distribué au destinataire suivant :\n\n"
        f"    {b.rcpt}\n\n"
        f"Motif : le serveur du destinataire ne répond pas ({b.status} - délai de connexion dépassé).\n\n"
        "Une nouvelle tentative aura lieu dans 60 minutes. Le message est conservé 5 jours au maximum ; en cas d'échec définitif, il vous sera retourné.\n\n"
        "Aucune action de votre part n'est nécessaire pour le moment.\n\n"
        "--- En-têtes du message d'origine ---\n"
        f"{header_copy}"
    )
    msg = plain_notice(text, "iso-8859-1")
    return bounce_headers(
        b,
        msg,
        "Service de messagerie <mailer-daemon@relais.messagerie-pro.example>",
        "Avis de retard de distribution du message",
    )


def bounce_gmail_es(b: Bounce) -> Message:
    """Gmail's failure report with the human part in Spanish."""
    reply = f"550 {b.status} <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    lines = [
        "** No se ha encontrado la dirección **",
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.",
        f"La respuesta del servidor remoto ha sido:\n{reply}",
    ]
    plain = "\n\n".join(lines) + "\n"
    rich = (
        "<html><head></head><body>\n"
        '<div style="border:1px solid #dadce0;border-radius:8px;padding:24px;font-family:Google Sans,Roboto,Arial,sans-serif">\n'
        f'<p style="font-size:22px;color:#d93025">{html.escape(lines[0].strip("* "))}</p>\n'
        f"<p>{html.escape(lines[1])}</p>\n"
        f'<p style="color:#5f6368">La respuesta del servidor remoto ha sido:</p><p style="font-family:monospace">{html.escape(reply)}</p>\n'
        "</div></body></html>\n"
    )
    human = alternative(
        text_part(plain, "plain", "utf-8", "qp"), text_part(rich, "html", "utf-8", "qp")
    )
    msg = report(
        human,
        status_fields(b, "googlemail.com", "failed", reply, f"mx.{b.domain}"),
        returned_headers(b),
    )
    return bounce_headers(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        "gmail",
    )


def bounce_provider_es(b: Bounce) -> Message:
    """A Spanish provider's mailbox-full report (RFC 3464, Spanish text)."""
    mta = "correo.hostingiberico.example"
    reply = f"552 {b.status} Mailbox full: quota exceeded"
    text = (
        f"Este es un mensaje generado automáticamente por el servidor de correo {mta}.\n\n"
        "No ha sido posible entregar su mensaje al siguiente destinatario porque su buzón ha superado la cuota de espacio asignada:\n\n"
        f"  {b.rcpt}\n\n"
        "El destinatario tendrá que liberar espacio antes de poder recibir nuevos mensajes. Puede volver a intentar el envío más adelante.\n\n"
        f"Respuesta del servidor: {reply}\n"
    )
    msg = report(
        plain_notice(text, "utf-8"),
        status_fields(b, mta, "failed", reply),
        returned_headers(b),
    )
    return bounce_headers(
        b,
        msg,
        f"Servicio de correo <mailer-daemon@{mta}>",
        "Mensaje no entregado: buzón lleno",
    )


def bounce_provider_nl(b: Bounce) -> Message:
    """A Dutch provider's greylisting deferral notice: one text part, not RFC 3464."""
    mta = "smtp.mailnet-hosting.example"
    text = (
        f"Dit is een automatisch bericht van {mta}.\n\n"
        f"Uw bericht aan {b.rcpt} is nog niet afgeleverd. De ontvangende server heeft de aflevering tijdelijk geweigerd:\n\n"
        f"    451 {b.status} Greylisted, please try again in 300 seconds\n\n"
        "Wij bieden het bericht automatisch opnieuw aan; u hoeft niets te doen. Lukt de aflevering na drie dagen nog steeds niet, dan ontvangt u een foutmelding.\n"
    )
    msg = plain_notice(text, "utf-8")
    return bounce_headers(
        b,
        msg,
        f"Mail Delivery System <MAILER-DAEMON@{mta}>",
        "Vertraagde aflevering: " + reminder_subject_of(b),
    )


BOUNCE_BUILDERS: dict[str, Callable[[Bounce], Message]] = {
    "postfix": bounce_postfix,
    "exim_delay": bounce_exim_delay,
    "qmail": bounce_qmail,
    "exchange": bounce_exchange,
    "provider_de": bounce_provider_de,
    "provider_fr": bounce_provider_fr,
    "gmail_es": bounce_gmail_es,
    "provider_es": bounce_provider_es,
    "provider_nl": bounce_provider_nl,
}

BOUNCES = [
    Bounce(
        "bounce-en-postfix",
        "en",
        "hard",
        "5.1.1",
        "accounts@riversidesmiles.example",
        "2031-09-16 08:32",
        "uk",
        "en",
        "JDS-3100383",
        "328.60",
        "postfix",
        "Postfix report with the whole reminder returned",
    ),
    Bounce(
        "bounce-en-exim",
        "en",
        "soft",
        "4.2.2",
        "reception@abbeyroaddental.example",
        "2031-09-26 08:31",
        "uk",
        "en",
        "JDS-3100444",
        "265.00",
        "exim_delay",
        "Exim delay warning in plain text; mailbox full",
        queued_minutes=24 * 60 + 1,
    ),
    Bounce(
        "bounce-en-qmail",
        "en",
        "hard",
        "5.1.2",
        "office@stmarysdentalsurgery.example",
        "2031-10-02 08:31",
        "uk",
        "en",
        "JDS-3100491",
        "744.00",
        "qmail",
        "qmail notice without MIME structure; the domain no longer exists",
    ),
    Bounce(
        "bounce-de-exchange",
        "de",
        "hard",
        "5.7.1",
        "verwaltung@zahnklinik-am-see.example",
        "2031-09-19 09:31",
        "cet",
        "de",
        "JDS-3100407",
        "1560.00",
        "exchange",
        "policy rejection by a group that accepts only internal senders",
    ),
    Bounce(
        "bounce-de-provider",
        "de",
        "soft",
        "4.4.1",
        "praxis@zahnarzt-koenig.example",
        "2031-09-30 13:31",
        "cet",
        "de",
        "JDS-3100463",
        "418.80",
        "provider_de",
        "delay report: the recipient's server is unreachable",
        queued_minutes=4 * 60 + 1,
    ),
    Bounce(
        "bounce-fr-exchange",
        "fr",
        "hard",
        "5.4.1",
        "comptabilite@cabinet-dentaire-lefebvre.example",
        "2031-09-23 09:32",
        "cet",
        "fr",
        "JDS-3100425",
        "936.00",
        "exchange",
        "recipient rejected by the receiving directory",
    ),
    Bounce(
        "bounce-fr-relay",
        "fr",
        "soft",
        "4.4.1",
        "contact@orthodontiste-girard.example",
        "2031-10-07 13:30",
        "cet",
        "fr",
        "JDS-3100508",
        "1284.00",
        "provider_fr",
        "French relay's delay notice, one Latin-1 text part",
        queued_minutes=4 * 60,
    ),
    Bounce(
        "bounce-es-gmail",
        "es",
        "hard",
        "5.1.1",
        "facturacion@clinicadentalsolmar.example",
        "2031-09-17 09:31",
        "cet",
        "es",
        "JDS-3100422",
        "612.00",
        "gmail_es",
        "Gmail failure report in Spanish",
    ),
    Bounce(
        "bounce-es-provider",
        "es",
        "soft",
        "5.2.2",
        "administracion@clinicadentalbahia.example",
        "2031-10-03 09:32",
        "cet",
        "es",
        "JDS-3100484",
        "2075.00",
        "provider_es",
        "mailbox full reported with a 5.x code: soft, and the code is kept",
    ),
    Bounce(
        "bounce-nl-exchange",
        "nl",
        "hard",
        "5.1.1",
        "inkoop@tandartspraktijkdeboog.example",
        "2031-09-25 09:31",
        "cet",
        "nl",
        "JDS-3100449",
        "880.00",
        "exchange",
        "mailbox no longer exists at the recipient",
    ),
    Bounce(
        "bounce-nl-greylist",
        "nl",
        "soft",
        "4.7.1",
        "info@mondzorgnoord.example",
        "2031-10-08 09:37",
        "cet",
        "nl",
        "JDS-3100524",
        "345.00",
        "provider_nl",
        "greylisting deferral: a temporary policy refusal",
        queued_minutes=6,
    ),
    Bounce(
        "bounce-it-exchange",
        "it",
        "soft",
        "4.4.7",
        "amministrazione@studiodentisticorizzi.example",
        "2031-09-29 13:31",
        "cet",
        "it",
        "JDS-3100470",
        "1125.00",
        "exchange",
        "Exchange delay notice in Italian",
        queued_minutes=4 * 60 + 1,
    ),
]


# ----------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# ----------------------------------------------------------------------------------------------

ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
INVOICE = re.compile(r"^JDS-31\d{5}$")
ADDRESS = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]+$")
STATUS = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")
IANA_ZONE = {"uk": "Europe/London", "cet": "Europe/Paris"}
# Serialise without refolding: encoded words are already folded, and clients do not fold Message-IDs.
WIRE = policy.compat32.clone(max_line_length=998)


def mail_label(m: Mail) -> Label:
    """The label record of a hand-written message (without its file name)."""
    label: Label = {"intent": m.intent, **dict.fromkeys(FIELDS)}
    label.update({k: v for k, v in m.labels.items() if k in FIELDS})
    label["invoice_refs"] = m.labels.get("invoice_refs", [])
    label["language"] = m.lang
    label["note"] = m.labels.get("note")
    return label


def bounce_label(b: Bounce) -> Label:
    """The label record of a delivery report (without its file name)."""
    label: Label = {"intent": "bounce", **dict.fromkeys(FIELDS)}
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


@dataclass(frozen=True)
class Item:
    """One message of the corpus, ready to write."""

    key: str
    message: Message
    label: Label
    new_text: str
    zone: str
    threaded: bool
    automatic: bool
    client: str


def items() -> list[Item]:
    """Every message of the corpus in a fixed, label-blind order (by a seeded hash of its key)."""
    out = [
        Item(
            m.key,
            build_mail(m),
            mail_label(m),
            m.body,
            m.zone,
            m.threaded,
            m.client.startswith("notice"),
            m.client,
        )
        for m in MAILS
    ]
    out += [
        Item(
            b.key,
            BOUNCE_BUILDERS[b.build](b),
            bounce_label(b),
            "",
            b.zone,
            False,
            True,
            b.build,
        )
        for b in BOUNCES
    ]
    keys = [item.key for item in out]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate message keys")
    return sorted(out, key=lambda item: digest(item.key, "order"))


def fail(name: str, problem: str) -> NoReturn:
    """Stop the build with a message naming the file."""
    raise SystemExit(f"{name}: {problem}")


def check_values(name: str, label: Label) -> None:
    """Dates are ISO days, amounts decimal strings with a currency, addresses lower case."""
    for key in ("promised_date", "paid_date", "return_date"):
        value = label[key]
        if value is not None and not (isinstance(value, str) and ISO_DAY.match(value)):
            fail(name, f"{key} {value!r}")
        if isinstance(value, str):
            date.fromisoformat(value)
    amount, currency = label["amount"], label["currency"]
    if (amount is None) != (currency is None):
        fail(name, "amount and currency go together")
    if amount is not None and not (isinstance(amount, str) and AMOUNT.match(amount)):
        fail(name, f"amount {amount!r}")
    if currency not in (None, "GBP", "EUR"):
        fail(name, f"currency {currency!r}")
    for key in ("new_contact", "failed_recipient"):
        value = label[key]
        if value is not None and not (isinstance(value, str) and ADDRESS.match(value)):
            fail(name, f"{key} {value!r}")
    status = label["bounce_status"]
    if label["intent"] == "bounce" and (
        label["bounce_kind"] not in ("hard", "soft")
        or not (isinstance(status, str) and STATUS.match(status))
    ):
        fail(name, f"bounce kind or status {label['bounce_kind']!r} {status!r}")


def check_refs(name: str, label: Label, new_text: str) -> None:
    """Invoice numbers are normalised and written in the sender's new text."""
    refs = label["invoice_refs"]
    if not isinstance(refs, list):
        fail(name, "invoice_refs is not a list")
    for ref in refs:
        if not (isinstance(ref, str) and INVOICE.match(ref)):
            fail(name, f"invoice ref {ref!r}")
        if ref[4:] not in new_text.replace(" ", ""):
            fail(name, f"invoice ref {ref} is not in the new text")


def check_label(name: str, label: Label, new_text: str) -> None:
    """The label has the right keys and shapes, and only the winning intent's fields."""
    if tuple(label) != LABEL_KEYS:
        fail(name, f"label keys {tuple(label)}")
    intent = label["intent"]
    if not isinstance(intent, str) or intent not in INTENTS:
        fail(name, f"intent {intent!r}")
    extra = {k for k in FIELDS if label[k] is not None} - ALLOWED_FIELDS[intent]
    if extra:
        fail(name, f"fields {sorted(extra)} filled for {intent}")
    if label["language"] not in LANGS:
        fail(name, "language")
    check_values(name, label)
    check_refs(name, label, new_text)


def check_counts(labels: list[Label]) -> None:
    """Twelve messages per intent and the agreed total per language."""
    per_intent = Counter(str(x["intent"]) for x in labels)
    per_lang = Counter(str(x["language"]) for x in labels)
    if any(per_intent[i] != PER_INTENT for i in INTENTS) or len(labels) != PER_INTENT * len(
        INTENTS
    ):
        raise SystemExit(f"intent counts {dict(per_intent)}")
    if dict(per_lang) != LANG_TOTALS:
        raise SystemExit(f"language counts {dict(per_lang)}")


def all_text(msg: EmailMessage) -> str:
    """Every decoded text part of a parsed message, joined."""
    texts = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            texts.append(str(part.get_content()))
    return "\n".join(texts)


def check_parse(name: str, msg: EmailMessage) -> None:
    """No defects anywhere, every header decodes, every text part decodes to str."""
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            fail(name, f"no {header}")
    for part in msg.walk():
        if part.defects:
            fail(name, f"defects {part.defects}")
        for header_name, value in part.items():
            if getattr(value, "defects", ()):
                fail(name, f"{header_name}: {value.defects}")
            str(value)
        if part.get_content_maintype() == "text" and not isinstance(part.get_content(), str):
            fail(name, "text part does not decode to str")


def check_date(name: str, msg: EmailMessage, zone: str) -> None:
    """The Date is in the corpus range and carries the sender's offset for that day."""
    when = cast(DateHeader, msg["Date"]).datetime
    if not isinstance(when, datetime) or when.tzinfo is None:
        fail(name, "Date has no offset")
    if not FIRST_DAY <= when.date() <= LAST_DAY:
        fail(name, f"date {when} out of range")
    if when.utcoffset() != zone_offset(zone, when.astimezone(UTC)):
        fail(name, f"offset of {when} does not match zone {zone}")
    try:
        expected = when.astimezone(ZoneInfo(IANA_ZONE[zone])).utcoffset()
    except ZoneInfoNotFoundError:  # no tz database here: the EU rule above is the check
        expected = when.utcoffset()
    if when.utcoffset() != expected:
        fail(name, f"offset of {when} disagrees with the tz database")


def check_message(name: str, data: bytes, item: Item) -> None:
    """Parse the file back and check it the way a reader of the corpus would."""
    msg = message_from_bytes(data, policy=policy.default)
    check_parse(name, msg)
    check_date(name, msg, item.zone)
    if item.threaded and (msg["In-Reply-To"] is None or msg["References"] is None):
        fail(name, "reply without In-Reply-To/References")
    if item.label["intent"] == "bounce" and msg["Auto-Submitted"] is None:
        fail(name, "bounce without Auto-Submitted")
    if not item.automatic and "JDS-31" not in all_text(msg):
        fail(name, "reply does not quote the reminder")


def count_table(labels: list[Label]) -> str:
    """The intent-by-language count table in Markdown."""
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


def coverage(written: list[tuple[Item, bytes]]) -> str:
    """A summary of clients, MIME types, charsets, encodings and headers, for the README."""
    clients: Counter[str] = Counter()
    tops: Counter[str] = Counter()
    charsets: Counter[str] = Counter()
    encodings: Counter[str] = Counter()
    heads: Counter[str] = Counter()
    for item, data in written:
        msg = message_from_bytes(data, policy=policy.default)
        clients[item.client] += 1
        tops[msg.get_content_type()] += 1
        seen_cs: set[str] = set()
        seen_cte: set[str] = set()
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                seen_cs.add(str(part.get_content_charset() or "us-ascii"))
                seen_cte.add(str(part.get("Content-Transfer-Encoding", "7bit")).lower())
        for value in seen_cs:
            charsets[value] += 1
        for value in seen_cte:
            encodings[value] += 1
        raw_head = data.split(b"\n\n", 1)[0].decode("ascii")
        if "=?" in raw_head.split("\nSubject:", 1)[-1].split("\n", 1)[0] or re.search(
            r"\nSubject: =\?", raw_head
        ):
            heads["encoded Subject"] += 1
        if re.search(r"(^|\n)From: =\?", raw_head):
            heads["encoded From"] += 1
        for name in (
            "In-Reply-To",
            "Auto-Submitted",
            "X-Auto-Response-Suppress",
            "X-Autoreply",
            "Precedence",
        ):
            if msg[name] is not None:
                heads[name] += 1
    parts = [
        ("clients", clients),
        ("top-level types", tops),
        ("charsets (messages)", charsets),
        ("transfer encodings (messages)", encodings),
        ("headers", heads),
    ]
    return "\n".join(
        f"{title}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())) for title, c in parts
    )


def write_all() -> tuple[list[Label], list[tuple[Item, bytes]]]:
    """Write every file and labels.jsonl next to this script, checking each one."""
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    written: list[tuple[Item, bytes]] = []
    for number, item in enumerate(items(), start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = item.message.as_bytes(policy=WIRE)
        label: Label = {"file": name, **item.label}
        check_label(name, label, item.new_text)
        check_message(name, data, item)
        (HERE / name).write_bytes(data)
        labels.append(label)
        written.append((item, data))
    check_counts(labels)
    invoices = Counter(m.inv for m in MAILS if m.inv) + Counter(b.inv for b in BOUNCES)
    repeated = sorted(inv for inv, n in invoices.items() if n > 1)
    if repeated:
        raise SystemExit(f"invoice numbers used twice: {repeated}")
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels, written


def main(argv: Iterator[str] | list[str]) -> int:
    """Build the corpus, print the count table (and, with --coverage, the format summary)."""
    labels, written = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(
        f"\n{len(labels)} messages written to {HERE.name}/; bounces: {kinds['hard']} hard, {kinds['soft']} soft"
    )
    if "--coverage" in list(argv):
        print()
        print(coverage(written))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
