# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001, RUF002
# Hand-written message text keeps one paragraph per line, as a mail client sends it, with the
# typographic dashes, quotes and accents that people and their clients really produce.
"""Build dunmail's held-out reply corpus 106: ``h106-NNN.eml`` files and ``labels.jsonl``.

Every message is something the receivables mailbox of Lanternfish Aquarium Design could receive
after sending an overdue-invoice reminder: human replies, auto-replies, ticket acknowledgements,
payment advices and delivery-failure reports. The new text of every message is written by hand
in this file. The code only adds what a mail client or a mail server would add: the quoted
reminder in the client's layout and language, the headers, the MIME structure, the charset and
the transfer encoding.

Run it from anywhere. It rewrites every file next to itself, deterministically (fixed seed,
fixed boundaries, Message-IDs derived from each message's key, no clock), parses every file back,
checks the labels and prints the count table.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
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
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = "lanternfish-holdout-106"
FILE_PREFIX = "h106"
AR_NAME = "Lanternfish Accounts"
AR_ADDR = "invoices@lanternfish-aquaria.example"
AR_DOMAIN = "lanternfish-aquaria.example"
FIRST_DAY = date(2029, 3, 5)
LAST_DAY = date(2029, 3, 30)

LANGS = ("en", "de", "fr", "es", "nl", "it")
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
FIELD_KEYS = (
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
LABEL_ORDER = ("file", "intent", *FIELD_KEYS, "invoice_refs", "language", "note")
# The fields an intent may fill; every other field stays null.
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
# How many messages each intent has in each language (en 30, the others 18 each).
PLAN: dict[str, dict[str, int]] = {
    "payment_sent": {"en": 3, "de": 1, "fr": 2, "es": 2, "nl": 2, "it": 2},
    "promise_to_pay": {"en": 3, "de": 2, "fr": 1, "es": 2, "nl": 2, "it": 2},
    "dispute": {"en": 3, "de": 2, "fr": 2, "es": 1, "nl": 2, "it": 2},
    "payment_plan": {"en": 3, "de": 2, "fr": 2, "es": 2, "nl": 1, "it": 2},
    "invoice_request": {"en": 3, "de": 2, "fr": 2, "es": 2, "nl": 2, "it": 1},
    "wrong_contact": {"en": 3, "de": 1, "fr": 2, "es": 2, "nl": 2, "it": 2},
    "unsubscribe": {"en": 3, "de": 2, "fr": 1, "es": 2, "nl": 2, "it": 2},
    "auto_reply": {"en": 3, "de": 2, "fr": 2, "es": 1, "nl": 2, "it": 2},
    "bounce": {"en": 3, "de": 2, "fr": 2, "es": 2, "nl": 1, "it": 2},
    "other": {"en": 3, "de": 2, "fr": 2, "es": 2, "nl": 2, "it": 1},
}

# --------------------------------------------------------------------------------------------
# Time zones: UK and central Europe both switch to summer time at 01:00 UTC on the last Sunday
# of March (25 March 2029) and back at 01:00 UTC on the last Sunday of October.
# --------------------------------------------------------------------------------------------

STANDARD_OFFSET = {"uk": 0, "ce": 1}


def last_sunday(year: int, month: int) -> date:
    """The last Sunday of a month (months here are March and October, both 31 days long)."""
    day = date(year, month, 31)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def summer_time_at(utc: datetime) -> bool:
    """Whether EU/UK summer time is in force at a naive UTC instant."""
    start = datetime.combine(last_sunday(utc.year, 3), datetime.min.time()) + timedelta(hours=1)
    end = datetime.combine(last_sunday(utc.year, 10), datetime.min.time()) + timedelta(hours=1)
    return start <= utc < end


def zone_at_utc(zone: str, utc: datetime) -> timezone:
    """The fixed offset a UK or central-European clock shows at a naive UTC instant."""
    hours = STANDARD_OFFSET[zone] + (1 if summer_time_at(utc) else 0)
    return timezone(timedelta(hours=hours))


def local_time(zone: str, text: str) -> datetime:
    """An aware datetime from a wall-clock time ("YYYY-MM-DD HH:MM") in the sender's zone."""
    naive = datetime.strptime(text, "%Y-%m-%d %H:%M")
    utc_guess = naive - timedelta(hours=STANDARD_OFFSET[zone])
    return naive.replace(tzinfo=zone_at_utc(zone, utc_guess))


def in_zone(zone: str, moment: datetime) -> datetime:
    """The same instant as the sender's clock shows it."""
    utc = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.astimezone(zone_at_utc(zone, utc))


# --------------------------------------------------------------------------------------------
# Locale tables used by the mail clients' attribution lines and header blocks
# --------------------------------------------------------------------------------------------

WEEKDAY_LONG = {
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
WEEKDAY_SHORT = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "it": ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
}
MONTH_LONG = {
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
MONTH_SHORT = {
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

GMAIL_ATTRIBUTION = {
    "en": "On {wd}, {d} {mon} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {wd}, {d}. {mon} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wd} {d} {mon} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {wd}, {d} {mon} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {wd} {d} {mon} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {wd} {d} {mon} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION = {
    "en": "On {d} {mon} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mon} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {mon} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mon} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mon} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION = {
    "en": "On {dd}/{mo}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{MM}, {name} ha scritto:",
}


@dataclass(frozen=True)
class OutlookLocale:
    """How a localised Outlook lays out the header block of the message it quotes."""

    divider: str
    labels: tuple[str, str, str, str]
    sep: str
    sent: str
    prefix: str


OUTLOOK = {
    "en": OutlookLocale(
        "-----Original Message-----",
        ("From", "Sent", "To", "Subject"),
        ": ",
        "{wdl}, {d} {monl} {y} {HH}:{MM}",
        "RE: ",
    ),
    "de": OutlookLocale(
        "-----Ursprüngliche Nachricht-----",
        ("Von", "Gesendet", "An", "Betreff"),
        ": ",
        "{wdl}, {d}. {monl} {y} {HH}:{MM}",
        "AW: ",
    ),
    "fr": OutlookLocale(
        "-----Message d'origine-----",
        ("De", "Envoyé", "À", "Objet"),
        " : ",
        "{wdl} {d} {monl} {y} {HH}:{MM}",
        "RE : ",
    ),
    "es": OutlookLocale(
        "-----Mensaje original-----",
        ("De", "Enviado el", "Para", "Asunto"),
        ": ",
        "{wdl}, {d} de {monl} de {y} {H}:{MM}",
        "RE: ",
    ),
    "nl": OutlookLocale(
        "-----Oorspronkelijk bericht-----",
        ("Van", "Verzonden", "Aan", "Onderwerp"),
        ": ",
        "{wdl} {d} {monl} {y} {HH}:{MM}",
        "RE: ",
    ),
    "it": OutlookLocale(
        "-----Messaggio originale-----",
        ("Da", "Inviato", "A", "Oggetto"),
        ": ",
        "{wdl} {d} {monl} {y} {HH}:{MM}",
        "R: ",
    ),
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
AUTO_REPLY_PREFIX = {
    "en": "Automatic reply: ",
    "de": "Automatische Antwort: ",
    "fr": "Réponse automatique : ",
    "es": "Respuesta automática: ",
    "nl": "Automatisch antwoord: ",
    "it": "Risposta automatica: ",
}
WORD_LANG = {"en": "EN-GB", "de": "DE", "fr": "FR", "es": "ES", "nl": "NL", "it": "IT"}
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}


def date_fields(lang: str, moment: datetime) -> dict[str, str]:
    """The pieces of a date and time that the attribution templates use."""
    return {
        "wd": WEEKDAY_SHORT[lang][moment.weekday()],
        "wdl": WEEKDAY_LONG[lang][moment.weekday()],
        "mon": MONTH_SHORT[lang][moment.month - 1],
        "monl": MONTH_LONG[lang][moment.month - 1],
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "m": str(moment.month),
        "mo": f"{moment.month:02d}",
        "y": str(moment.year),
        "yy": f"{moment.year % 100:02d}",
        "H": str(moment.hour),
        "HH": f"{moment.hour:02d}",
        "MM": f"{moment.minute:02d}",
    }


def render(template: str, lang: str, moment: datetime, **extra: str) -> str:
    """Fill a localised date template."""
    return template.format(**date_fields(lang, moment), **extra)


# --------------------------------------------------------------------------------------------
# The reminder that every reply answers (Lanternfish's own text, one version per language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Payment reminder – invoice {inv}",
    "de": "Zahlungserinnerung – Rechnung {inv}",
    "fr": "Rappel de paiement – facture {inv}",
    "es": "Recordatorio de pago – factura {inv}",
    "nl": "Betalingsherinnering – factuur {inv}",
    "it": "Sollecito di pagamento – fattura {inv}",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "We are writing about the invoice below, which is now past its due date:\n\n"
        "Invoice number: {inv}\nInvoice date: {issued}\nDue date: {due}\nBalance outstanding: {amt}\n\n"
        "If you have already made this payment, thank you – please just let us know the date it was sent so that we can match it. If there is anything about the invoice or the work we carried out that you would like to query, simply reply to this message.\n\n"
        "Kind regards,\n\nAccounts Team\nLanternfish Aquarium Design Ltd\ninvoices@lanternfish-aquaria.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "für die folgende Rechnung konnten wir bisher keinen Zahlungseingang feststellen:\n\n"
        "Rechnungsnummer: {inv}\nRechnungsdatum: {issued}\nFällig seit: {due}\nOffener Betrag: {amt}\n\n"
        "Falls Sie die Zahlung bereits veranlasst haben, danken wir Ihnen und bitten um eine kurze Mitteilung des Zahlungsdatums. Bei Rückfragen zur Rechnung oder zu unseren Leistungen antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\nBuchhaltung\nLanternfish Aquarium Design Ltd"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur ou omission de notre part, la facture ci-dessous n'a pas encore été réglée :\n\n"
        "N° de facture : {inv}\nDate de facture : {issued}\nDate d'échéance : {due}\nMontant restant dû : {amt}\n\n"
        "Si le règlement a déjà été effectué, merci de nous en indiquer la date afin que nous puissions le rapprocher. Pour toute question concernant la facture ou l'intervention, il vous suffit de répondre à ce message.\n\n"
        "Bien cordialement,\n\nService comptabilité\nLanternfish Aquarium Design Ltd"
    ),
    "es": (
        "Buenos días:\n\n"
        "Le escribimos en relación con la siguiente factura, cuyo plazo de pago ya ha vencido:\n\n"
        "N.º de factura: {inv}\nFecha de emisión: {issued}\nFecha de vencimiento: {due}\nImporte pendiente: {amt}\n\n"
        "Si ya ha efectuado el pago, le agradecemos que nos indique la fecha para poder conciliarlo. Si tiene cualquier duda sobre la factura o sobre el servicio realizado, basta con responder a este correo.\n\n"
        "Un saludo cordial,\n\nDepartamento de Contabilidad\nLanternfish Aquarium Design Ltd"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Voor onderstaande factuur hebben wij nog geen betaling ontvangen, terwijl de betaaltermijn is verstreken:\n\n"
        "Factuurnummer: {inv}\nFactuurdatum: {issued}\nVervaldatum: {due}\nOpenstaand bedrag: {amt}\n\n"
        "Heeft u al betaald, dan danken wij u daarvoor en horen wij graag op welke datum, zodat wij de betaling kunnen koppelen. Heeft u vragen over de factuur of over de uitgevoerde werkzaamheden, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\nDebiteurenadministratie\nLanternfish Aquarium Design Ltd"
    ),
    "it": (
        "Buongiorno,\n\n"
        "vi scriviamo in merito alla seguente fattura, il cui termine di pagamento risulta superato:\n\n"
        "Fattura n.: {inv}\nData fattura: {issued}\nScadenza: {due}\nImporto da saldare: {amt}\n\n"
        "Se avete già effettuato il pagamento, vi ringraziamo e vi chiediamo di comunicarci la data, così da poterlo abbinare. Per qualsiasi domanda sulla fattura o sull'intervento eseguito è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\nUfficio contabilità\nLanternfish Aquarium Design Ltd"
    ),
}
REMINDER_DATE = {
    "en": "{d} {monl} {y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
# What a Latin-1 client does to characters its charset lacks when it quotes the reminder.
LATIN1_REPLACEMENTS = {
    "–": "-",
    "—": "-",
    "€": "EUR",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "…": "...",
}
DEFAULT_AMOUNTS = (
    "145.00",
    "180.00",
    "216.00",
    "262.80",
    "318.00",
    "395.00",
    "486.00",
    "612.00",
)


def latin1(text: str) -> str:
    """Replace the characters ISO-8859-1 cannot carry, as an old client does."""
    for bad, good in LATIN1_REPLACEMENTS.items():
        text = text.replace(bad, good)
    return text


def money(amount: str, lang: str, currency: str) -> str:
    """An amount as the reminder prints it in the customer's language."""
    value = Decimal(amount).quantize(Decimal("0.01"))
    whole, cents = f"{value:.2f}".split(".")
    groups = f"{int(whole):,}"
    if lang == "en":
        symbol = "£" if currency == "GBP" else "€"
        return f"{symbol}{groups}.{cents}"
    thousands = "\u00a0" if lang == "fr" else "."
    number = f"{groups.replace(',', thousands)},{cents}"
    if lang in {"nl", "it"}:
        return f"€ {number}"
    return f"{number} €"


def reminder_subject(lang: str, inv: str) -> str:
    """The subject line of Lanternfish's reminder."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(lang: str, inv: str, amount: str, currency: str, issued: date) -> str:
    """The body of Lanternfish's reminder, as it was sent."""
    issued_at = datetime.combine(issued, datetime.min.time())
    due_at = issued_at + timedelta(days=30)
    return REMINDER_BODY[lang].format(
        inv=inv,
        issued=render(REMINDER_DATE[lang], lang, issued_at),
        due=render(REMINDER_DATE[lang], lang, due_at),
        amt=money(amount, lang, currency),
    )


# --------------------------------------------------------------------------------------------
# Hashing: Message-IDs, boundaries and file order all derive from each message's key
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable 32-byte digest of a key."""
    return hashlib.sha256(f"{SEED}|{salt}|{key}".encode()).digest()


def b32(key: str, salt: str, length: int) -> str:
    """Stable upper-case base32 characters derived from a key."""
    return base64.b32encode(digest(key, salt)).decode().rstrip("=")[:length]


def number(key: str, salt: str, modulo: int) -> int:
    """A stable small number derived from a key."""
    return int.from_bytes(digest(key, salt)[:4], "big") % modulo


def reminder_message_id(key: str) -> str:
    """The Message-ID Lanternfish's mailer gave the reminder."""
    return f"<reminder.{b32(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


# --------------------------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------------------------

ENCODINGS = {"qp": email_charset.QP, "b64": email_charset.BASE64}


def body_charset(name: str, cte: str) -> email_charset.Charset:
    """A Charset that makes the library use the transfer encoding a client would pick."""
    charset = email_charset.Charset(name)
    # None (for "7bit" and "8bit") sends the text as it is.
    charset.body_encoding = ENCODINGS.get(cte)  # type: ignore[assignment]
    return charset


def text_part(text: str, subtype: str, charset: str = "utf-8", cte: str = "qp") -> Message:
    """One text/* part; raises if the hand-written text does not fit the declared charset."""
    text.encode(charset)
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def encode_header(value: str, charset: str = "utf-8") -> str:
    """A header value as a client writes it: plain ASCII, or RFC 2047 encoded-words."""
    if value.isascii():
        return value
    chosen = charset
    try:
        value.encode(chosen)
    except UnicodeEncodeError:
        chosen = "utf-8"
    return Header(value, chosen).encode()


def mailbox(name: str, addr: str, charset: str = "utf-8") -> str:
    """A From/To/Cc mailbox, with the display name encoded when it is not ASCII."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encode_header(name, charset)} <{addr}>"


def move_mime_headers_last(msg: Message) -> None:
    """Put MIME-Version and the content headers after the envelope headers, as clients do."""
    for name in (
        "MIME-Version",
        "Content-Type",
        "Content-Transfer-Encoding",
        "Content-Disposition",
    ):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value


def drop_inner_versions(part: Message, top: bool = True) -> None:
    """Only the top of a message (or of a returned message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if not part.is_multipart():
        return
    inner_top = part.get_content_type() == "message/rfc822"
    payload = part.get_payload()
    if isinstance(payload, list):
        for sub in payload:
            if isinstance(sub, Message):
                drop_inner_versions(sub, top=inner_top)


def boundary(prefix: str, key: str, index: int) -> str:
    """One deterministic boundary, shaped like the sending software's own."""
    salt = f"boundary-{index}"
    raw = digest(key, salt).hex()
    if prefix == "gmail":
        return f"000000000000{raw[:16]}"
    if prefix == "apple":
        h = raw.upper()
        return f"Apple-Mail={h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    if prefix == "outlook":
        return f"_00{index}_{b32(key, salt, 32)}_"
    if prefix == "thunderbird":
        return f"------------{b32(key, salt, 24)}"
    return f"{prefix}{b32(key, salt, 26)}"


def set_boundaries(msg: Message, key: str, prefix: str) -> None:
    """Deterministic multipart boundaries for every multipart in a message."""
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for index, part in enumerate(multiparts):
        part.set_boundary(boundary(prefix, key, index))


def finish(msg: Message, key: str, boundary_prefix: str) -> Message:
    """Final tidying shared by every message."""
    move_mime_headers_last(msg)
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
        move_mime_headers_last(msg)
    drop_inner_versions(msg)
    set_boundaries(msg, key, boundary_prefix)
    return msg


def lines_to_html(text: str, tag: str = "div") -> str:
    """Each line in its own block element, empty lines as a line break, as webmail does."""
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<br>"
        out.append(f"<{tag}>{inner}</{tag}>")
    return "\n".join(out)


def word_paragraphs(text: str, lang: str) -> str:
    """Outlook/Word paragraphs."""
    out = []
    for line in text.split("\n"):
        if line:
            inner = f'<span lang="{WORD_LANG[lang]}">{html.escape(line, quote=False)}</span>'
        else:
            inner = "<o:p>&nbsp;</o:p>"
        out.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(out)


def quote_block(text: str) -> str:
    """Plain-text quoting with '> '."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def flowed(text: str, prefix: str = "", width: int = 72) -> str:
    """RFC 3676 format=flowed text: soft breaks keep a trailing space, hard breaks do not."""
    out: list[str] = []
    for raw in text.split("\n"):
        line = raw.rstrip(" ")
        if not line:
            out.append(prefix.rstrip())
            continue
        words = line.split(" ")
        current = ""
        for word in words:
            candidate = f"{current} {word}" if current else word
            if current and len(prefix) + len(candidate) > width:
                out.append(prefix + stuffed(current, prefix) + " ")
                current = word
            else:
                current = candidate
        out.append(prefix + stuffed(current, prefix))
    return "\n".join(out)


def stuffed(line: str, prefix: str) -> str:
    """Space-stuff an unquoted line that would otherwise be misread."""
    if not prefix and line.startswith((" ", ">", "From ")):
        return " " + line
    return line


# --------------------------------------------------------------------------------------------
# A hand-written message and the reminder it answers
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written message: who sent it, when, with which client, and its labels.

    ``when`` is the sender's wall-clock time; ``zone`` is "uk" or "ce". ``inv`` and ``amt``
    describe the reminder being answered, which was written in the sender's language.
    Notices (style "none" or "none_html") quote nothing.
    """

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Mapping[str, object] = field(default_factory=dict)
    zone: str = "ce"
    inv: str = "LAD-04400"
    amt: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    cc: tuple[str, str] | None = None
    attach: tuple[str, bytes] | None = None
    threaded: bool = True
    markup: str = ""

    @property
    def dt(self) -> datetime:
        """The Date: of the message, in the sender's offset."""
        return local_time(self.zone, self.when)

    @property
    def currency(self) -> str:
        """UK customers are invoiced in pounds, everyone else in euros."""
        return "GBP" if self.zone == "uk" else "EUR"

    @property
    def amount(self) -> str:
        """The reminder's amount."""
        return self.amt or DEFAULT_AMOUNTS[number(self.key, "amount", len(DEFAULT_AMOUNTS))]

    @property
    def issued(self) -> date:
        """The invoice date: five to eight weeks before the reply."""
        return self.dt.date() - timedelta(days=36 + number(self.key, "issued", 20))

    def reminder_sent(self) -> datetime:
        """The reminder left on a working day before the reply, a little after 08:30 UK time."""
        day = self.dt.date() - timedelta(days=1 + number(self.key, "lead", 3))
        while day.weekday() >= 5:
            day -= timedelta(days=1)
        return local_time("uk", f"{day.isoformat()} 08:{31 + number(self.key, 'minute', 24):02d}")


def lab(
    refs: tuple[str, ...] = (), note: str | None = None, **fields: str | None
) -> dict[str, object]:
    """Label fields beyond intent and language; ``refs`` are the invoice numbers in the new text."""
    unknown = set(fields) - set(FIELD_KEYS)
    if unknown:
        raise ValueError(f"unknown label fields {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows and quotes it."""

    text: str
    subject: str
    sent: datetime
    lang: str
    to: str


def make_quote(r: Reply) -> Quote:
    """The quoted reminder, in its own language, timed in the sender's zone."""
    text = reminder_text(r.lang, r.inv, r.amount, r.currency, r.issued)
    subject = reminder_subject(r.lang, r.inv)
    if r.charset == "iso-8859-1":
        text, subject = latin1(text), latin1(subject)
    to = f"{r.who[0]} <{r.who[1]}>" if r.who[0] else r.who[1]
    if r.charset == "iso-8859-1":
        to = latin1(to)
    return Quote(text, subject, in_zone(r.zone, r.reminder_sent()), r.lang, to)


# --------------------------------------------------------------------------------------------
# Client layouts: what each client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def outlook_lines(q: Quote) -> list[str]:
    """Outlook's From/Sent/To/Subject block."""
    loc = OUTLOOK[q.lang]
    values = (
        f"{AR_NAME} <{AR_ADDR}>",
        render(loc.sent, q.lang, q.sent),
        q.to,
        q.subject,
    )
    return [f"{label}{loc.sep}{value}" for label, value in zip(loc.labels, values, strict=True)]


def alternative(r: Reply, plain: str, markup: str) -> Message:
    """multipart/alternative with a plain and an HTML part in the message's charset."""
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(plain, "plain", r.charset, r.cte))
    outer.attach(text_part(markup, "html", r.charset, r.cte))
    return outer


def word_document(r: Reply, q: Quote) -> str:
    """The HTML that desktop Outlook (Word) produces for a reply."""
    loc = OUTLOOK[q.lang]
    sep = html.escape(loc.sep.rstrip())
    values = [line.split(loc.sep, 1)[1] for line in outlook_lines(q)]
    header = "<br>\n".join(
        f"<b>{html.escape(label)}{sep}</b> {html.escape(value, quote=False)}"
        for label, value in zip(loc.labels, values, strict=True)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
        'span.EmailStyle20 {mso-style-type:personal-reply; font-family:"Calibri",sans-serif; color:windowtext;}\n'
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{WORD_LANG[q.lang]}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(r.body, q.lang)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{header}<o:p></o:p></p>\n'
        "</div>\n</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(q.text, q.lang)}\n"
        "</div>\n</body>\n</html>\n"
    )


def style_outlook(r: Reply, q: Quote) -> Message:
    """Desktop Outlook in plain-text mode: the localised '-----Original Message-----' block."""
    block = "\n".join([OUTLOOK[q.lang].divider, *outlook_lines(q)])
    return text_part(f"{r.body}\n\n{block}\n\n{q.text}\n", "plain", r.charset, r.cte)


def style_outlook_html(r: Reply, q: Quote) -> Message:
    """Desktop Outlook in HTML mode: Word markup with the grey divider, plus a plain part."""
    plain = "\n".join([r.body, "", *outlook_lines(q), "", q.text, ""])
    return alternative(r, plain, word_document(r, q))


def style_html_only(r: Reply, q: Quote) -> Message:
    """An Outlook message sent as text/html alone."""
    return text_part(word_document(r, q), "html", r.charset, r.cte)


def style_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: plain text in base64 with its localised footer."""
    block = "\n".join(outlook_lines(q))
    text = f"{r.body}\n\n{ANDROID_SIGNATURE[q.lang]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_attribution(q: Quote) -> str:
    """Gmail's 'On … wrote:' line in the client's language."""
    return render(GMAIL_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_gmail(r: Reply, q: Quote) -> Message:
    """Gmail web: multipart/alternative with the gmail_quote markup."""
    attribution = gmail_attribution(q)
    plain = f"{r.body}\n\n{attribution}\n\n{quote_block(q.text)}\n"
    markup = (
        f'<div dir="ltr">{lines_to_html(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution, quote=False)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f'<div dir="ltr">{lines_to_html(q.text)}</div></blockquote></div>\n'
    )
    return alternative(r, plain, markup)


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: '>' quoting under the attribution."""
    text = f"{r.body}\n\n{gmail_attribution(q)}\n\n{quote_block(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def apple_attribution(q: Quote) -> str:
    """Apple Mail's (and the iPhone's) attribution line."""
    return render(APPLE_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac, plain text."""
    text = f"{r.body}\n\n{apple_attribution(q)}\n\n{quote_block(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_apple_html(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac, multipart/alternative with a cite blockquote."""
    attribution = apple_attribution(q)
    plain = f"{r.body}\n\n{attribution}\n\n{quote_block(q.text)}\n"
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{lines_to_html(r.body)}<div><br><blockquote type="cite"><div>{html.escape(attribution, quote=False)}</div>'
        f'<br class="Apple-interchange-newline"><div>{lines_to_html(q.text)}</div></blockquote></div><br></body></html>\n'
    )
    return alternative(r, plain, markup)


def style_iphone(r: Reply, q: Quote) -> Message:
    """iOS Mail: the localised 'Sent from my iPhone', then the attribution inside the quote."""
    quoted = quote_block(f"{apple_attribution(q)}\n\n{q.text}")
    return text_part(
        f"{r.body}\n\n{IPHONE_SIGNATURE[q.lang]}\n\n{quoted}\n",
        "plain",
        r.charset,
        r.cte,
    )


def style_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: format=flowed, the attribution directly above the quote."""
    attribution = render(THUNDERBIRD_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME)
    text = f"{flowed(r.body)}\n\n{flowed(attribution)}\n{flowed(q.text, prefix='> ')}\n"
    part = text_part(text, "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def style_none(r: Reply, q: Quote) -> Message:
    """A notice written by software or a person that quotes nothing."""
    del q
    return text_part(f"{r.body}\n", "plain", r.charset, r.cte)


def style_none_html(r: Reply, q: Quote) -> Message:
    """A system notice sent as HTML only."""
    del q
    return text_part(r.markup, "html", r.charset, r.cte)


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "android": style_android,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "apple_html": style_apple_html,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "none": style_none,
    "none_html": style_none_html,
}
OUTLOOK_STYLES = frozenset({"outlook", "outlook_html", "html_only", "android"})
NOTICE_STYLES = frozenset({"none", "none_html"})
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.400.21)"),),
    "apple_html": (("X-Mailer", "Apple Mail (2.3864.400.21)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23D127)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}
BOUNDARY_PREFIX = {
    "gmail": "gmail",
    "apple_html": "apple",
    "outlook_html": "outlook",
    "thunderbird": "thunderbird",
}


def reply_message_id(r: Reply) -> str:
    """A Message-ID shaped like the one the sender's client or server would create."""
    raw = digest(r.key, "message-id")
    domain = r.who[1].split("@", 1)[1]
    if r.style in {"gmail", "gmail_plain"}:
        tail = base64.urlsafe_b64encode(raw).decode().rstrip("=")[:44]
        return f"<CA{tail}@mail.gmail.com>"
    if r.style in OUTLOOK_STYLES:
        region = ("LO4P265MB", "GBRP265") if r.zone == "uk" else ("AM9PR02MB", "EURPRD02")
        host = f"{region[0]}{1000 + number(r.key, 'host', 9000)}"
        return f"<{host}{b32(r.key, 'ms', 26)}@{host}.{region[1]}.PROD.OUTLOOK.COM>"
    if r.style in {"apple", "apple_html", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.style == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:24]}.{number(r.key, 'seq', 90000) + 10000}@mail.{domain}>"


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    """The Exchange headers Outlook adds."""
    index = base64.b64encode(digest(r.key, "thread-index")[:22]).decode()
    return [
        ("Thread-Topic", encode_header(q.subject, r.charset)),
        ("Thread-Index", index),
        ("Accept-Language", f"{CONTENT_LANGUAGE[r.lang]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def reply_subject(r: Reply, q: Quote) -> str:
    """The Subject: line: the client's reply prefix, an auto-reply prefix, or a custom one."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    if r.style in NOTICE_STYLES:
        return AUTO_REPLY_PREFIX[r.lang] + q.subject
    if r.style in OUTLOOK_STYLES:
        return OUTLOOK[r.lang].prefix + q.subject
    return "Re: " + q.subject


def with_attachment(r: Reply, body: Message) -> Message:
    """multipart/mixed with the attached file, when there is one."""
    if r.attach is None:
        return body
    name, data = r.attach
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    attachment = MIMEApplication(data, "pdf", name=name)
    attachment.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(attachment)
    return outer


def build_reply(r: Reply) -> Message:
    """The complete message as it would arrive."""
    q = make_quote(r)
    r.body.encode(r.charset)
    msg = with_attachment(r, STYLES[r.style](r, q))
    msg["From"] = mailbox(*r.who, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = mailbox(*r.cc, r.charset)
    msg["Subject"] = encode_header(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_message_id(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_message_id(r.key)
        msg["References"] = reminder_message_id(r.key)
    extra = outlook_headers(r, q) if r.style in OUTLOOK_STYLES else []
    for name, value in [*extra, *CLIENT_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = value
    return finish(msg, r.key, BOUNDARY_PREFIX.get(r.style, "----=_Part_"))


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")
TRANSFER_PROOF = (
    b"%PDF-1.4\n% transfer confirmation (invented)\n"
    b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
    b"trailer << /Root 1 0 R >>\n%%EOF\n"
)
MARLOWE_ADVICE = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Remittance advice</title></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p><b>REMITTANCE ADVICE</b></p>
<table cellpadding="3" cellspacing="0" border="0">
<tr><td>Payer</td><td>Marlowe &amp; Finch Hotels plc – Accounts Payable Shared Service Centre</td></tr>
<tr><td>Supplier</td><td>LANTERNFISH AQUARIUM DESIGN LTD</td></tr>
<tr><td>Supplier number</td><td>100482</td></tr>
<tr><td>Payment date</td><td>13/03/2029</td></tr>
<tr><td>Payment method</td><td>BACS</td></tr>
<tr><td>Payment reference</td><td>MFH-PAY-0031977</td></tr>
</table>
<br>
<table cellpadding="3" cellspacing="0" border="1" style="border-collapse:collapse">
<tr><th>Our document</th><th>Your invoice</th><th>Invoice date</th><th align="right">Amount GBP</th></tr>
<tr><td>5100238841</td><td>LAD-04417</td><td>02/01/2029</td><td align="right">612.00</td></tr>
<tr><td>5100239017</td><td>LAD-04502</td><td>01/02/2029</td><td align="right">612.00</td></tr>
<tr><td>5100239950</td><td>LAD-04561</td><td>08/02/2029</td><td align="right">145.50</td></tr>
<tr><td colspan="3" align="right"><b>Total paid</b></td><td align="right"><b>1,369.50</b></td></tr>
</table>
<p>Funds should reach your account within three working days of the payment date.</p>
<p>This message was sent automatically from an unmonitored mailbox. Please do not reply. For queries about this payment contact ap.queries@marlowefinch.example, quoting your supplier number.</p>
</body></html>
"""

PAYMENT_SENT = [
    Reply(
        "ps-en-paid-oneword",
        "payment_sent",
        "en",
        ("Karen Holt", "karen.holt@willowbankdental.example"),
        "2029-03-06 08:12",
        "iphone",
        "Paid.",
        lab(note="one-word reply from a phone; no date given"),
        zone="uk",
        inv="LAD-04412",
        amt="220.00",
    ),
    Reply(
        "ps-en-ap-advice-html",
        "payment_sent",
        "en",
        ("Marlowe & Finch Hotels AP", "ap-noreply@marlowefinch.example"),
        "2029-03-13 06:40",
        "none_html",
        "REMITTANCE ADVICE",
        lab(
            ("LAD-04417", "LAD-04502", "LAD-04561"),
            "AP-system remittance advice sent as HTML only; the query address is not a new contact",
            paid_date="2029-03-13",
            payment_reference="MFH-PAY-0031977",
            amount="1369.50",
            currency="GBP",
        ),
        zone="uk",
        inv="LAD-04502",
        subject="Remittance advice – payment MFH-PAY-0031977",
        headers=(AUTO_GENERATED, SUPPRESS),
        threaded=False,
        markup=MARLOWE_ADVICE,
    ),
    Reply(
        "ps-en-rambling-friday",
        "payment_sent",
        "en",
        ("Tom Beckett", "tom@thedrowsyoyster.example"),
        "2029-03-19 23:18",
        "gmail",
        """\
Hi there,

Sorry it's taken me a while to get back to you, it's been absolute chaos here. The kitchen refit started two weeks ago and the builders managed to knock the power off twice, which I'm sure your lot will have seen on the temperature log when they came in for the service – Dan said the big tank dropped to about 21 degrees overnight but the tangs seem fine now and the customers still love it, half of them sit at the bar just to watch the eel. Speaking of which, Dan mentioned last time that the protein skimmer might need replacing at some point, can you let me know roughly what that would cost before the next visit? No rush.

Anyway, on the invoice – I did the transfer for the £385 from the business account on Friday night, so it should have landed with you by now. If it hasn't let me know and I'll chase the bank.

Cheers,
Tom

The Drowsy Oyster
14 Quay Street, Falmouth""",
        lab(
            note="the payment is buried after service chatter; 'Friday night' is the Friday before Monday 19 March",
            paid_date="2029-03-16",
            amount="385.00",
            currency="GBP",
        ),
        zone="uk",
        inv="LAD-04475",
        amt="385.00",
    ),
    Reply(
        "ps-de-paid-copy",
        "payment_sent",
        "de",
        ("Praxis Dr. Feldmann – Anmeldung", "anmeldung@zahnarzt-feldmann.example"),
        "2029-03-13 10:47",
        "outlook_html",
        """\
Sehr geehrte Damen und Herren,

die Rechnung LAD-04390 haben wir am vergangenen Freitag überwiesen (412,00 €). Der Betrag müsste also inzwischen bei Ihnen eingegangen sein.

Eine Bitte hätten wir noch: Könnten Sie uns die Rechnung noch einmal als PDF zuschicken? Unsere Steuerberaterin findet sie für den Februar-Abschluss nicht in den Unterlagen.

Vielen Dank und freundliche Grüße

Melanie Kranz
Praxismanagement
Zahnarztpraxis Dr. med. dent. Jörg Feldmann
Lindenstraße 8, 93047 Regensburg""",
        lab(
            ("LAD-04390",),
            "paid, but asks for a copy for the tax adviser: the payment claim wins; 'vergangenen Freitag' before Tuesday 13 March",
            paid_date="2029-03-09",
            amount="412.00",
            currency="EUR",
        ),
        inv="LAD-04390",
        amt="412.00",
        charset="windows-1252",
    ),
    Reply(
        "ps-fr-formal-transfer",
        "payment_sent",
        "fr",
        ("Hôtel Le Grand Cerf – Comptabilité", "comptabilite@hotel-grandcerf.example"),
        "2029-03-09 11:02",
        "outlook",
        """\
Bonjour,

Nous vous confirmons que le virement d'un montant de 1 044,00 € correspondant à la facture LAD-04455 a été émis le 8 mars 2029.
Référence de l'opération : VIR-0308-22871.

Le délai de traitement interbancaire étant de 24 à 48 heures, les fonds devraient apparaître sur votre compte en début de semaine prochaine.

Nous restons à votre disposition pour tout complément d'information.

Cordialement,

Sandrine Mouret
Service comptabilité fournisseurs
Hôtel Le Grand Cerf ****
12, place du Marché – 68000 Colmar""",
        lab(
            ("LAD-04455",),
            paid_date="2029-03-08",
            payment_reference="VIR-0308-22871",
            amount="1044.00",
            currency="EUR",
        ),
        inv="LAD-04455",
        amt="1044.00",
        charset="windows-1252",
    ),
    Reply(
        "ps-fr-iphone-hier-soir",
        "payment_sent",
        "fr",
        ("Julien Arnaud", "julien.arnaud@hotmail.fr"),
        "2029-03-21 07:55",
        "iphone",
        "Bjr, virement fait hier soir. Dsl pour le retard\nJulien",
        lab(
            note="text-message abbreviations; 'hier soir' is 20 March",
            paid_date="2029-03-20",
        ),
        inv="LAD-04566",
        amt="260.00",
    ),
    Reply(
        "ps-es-justificante-pdf",
        "payment_sent",
        "es",
        ("Restaurante Alborada", "admin@restaurantealborada.example"),
        "2029-03-15 12:31",
        "gmail",
        """\
Hola, buenos días:

La factura ya está pagada, la transferencia se hizo el lunes desde la cuenta de la empresa. Os adjunto el justificante por si todavía no os ha llegado.

Importe: 735,00 €

Un saludo,
Nuria Bellver
Restaurante Alborada
C/ de la Reina 41, Valencia""",
        lab(
            note="proof of transfer attached as a PDF; 'el lunes' is the Monday before Thursday 15 March",
            paid_date="2029-03-12",
            amount="735.00",
            currency="EUR",
        ),
        inv="LAD-04498",
        amt="735.00",
        attach=("justificante_transferencia.pdf", TRANSFER_PROOF),
    ),
    Reply(
        "ps-es-caps-android",
        "payment_sent",
        "es",
        ("Clínica Dental Sonríe Getafe", "recepcion@sonriegetafe.example"),
        "2029-03-06 17:20",
        "android",
        "YA ESTA PAGADO DESDE EL DIA 2, MIREN SU BANCO ANTES DE MANDAR ESTOS CORREOS\n\nRecepción",
        lab(
            note="all caps without accents; 'el día 2' is 2 March, before the message",
            paid_date="2029-03-02",
        ),
        inv="LAD-04402",
        amt="198.00",
    ),
    Reply(
        "ps-nl-midnight-gisteren",
        "payment_sent",
        "nl",
        ("Sanne de Wit", "sanne@kapsalonknip.example"),
        "2029-03-27 00:40",
        "gmail_plain",
        """\
Hoi,

Gisteren overgemaakt, sorry voor de vertraging! De herinnering zat in mijn spam.
Omschrijving: LAD-04588

Groetjes,
Sanne
Kapsalon Knip – Haarlem""",
        lab(
            ("LAD-04588",),
            "sent at 00:40 on 27 March local time (22:40 UTC on the 26th): 'gisteren' is 26 March in the sender's zone; the transfer description is the invoice number, not a payment reference",
            paid_date="2029-03-26",
        ),
        inv="LAD-04588",
        amt="145.00",
    ),
    Reply(
        "ps-nl-ap-batch",
        "payment_sent",
        "nl",
        (
            "Gemeente Zuidhaven - Crediteurenadministratie",
            "noreply-crediteuren@zuidhaven.example",
        ),
        "2029-03-15 05:12",
        "none",
        """\
BETAALSPECIFICATIE

Crediteur:        Lanternfish Aquarium Design Ltd
Crediteurnummer:  300917
Betaaldatum:      14-03-2029
Betaalbatch:      2029-0311

Factuurnummer    Factuurdatum    Bedrag (EUR)
LAD-04470        05-02-2029          1.560,00
LAD-04471        05-02-2029            618,00
                 Totaal              2.178,00

Het totaalbedrag is in één bedrag overgemaakt onder vermelding van betaalbatch 2029-0311.

Dit bericht is automatisch aangemaakt en kan niet worden beantwoord. Voor vragen over deze betaling kunt u contact opnemen met het Klantcontactcentrum van de gemeente, onder vermelding van uw crediteurnummer.""",
        lab(
            ("LAD-04470", "LAD-04471"),
            "public body's payment specification; the batch number is the payment reference",
            paid_date="2029-03-14",
            payment_reference="2029-0311",
            amount="2178.00",
            currency="EUR",
        ),
        inv="LAD-04470",
        subject="Betaalspecificatie 2029-0311 Gemeente Zuidhaven",
        charset="iso-8859-1",
        headers=(AUTO_GENERATED,),
        threaded=False,
    ),
    Reply(
        "ps-it-cro-stamattina",
        "payment_sent",
        "it",
        ("Hotel Villa Ortensia", "amministrazione@villaortensia.example"),
        "2029-03-23 10:15",
        "apple",
        """\
Buongiorno,

vi confermo che il bonifico di € 980,00 a saldo della fattura LAD-04574 è partito stamattina.
CRO 0306901234567801

Scusate il ritardo, abbiamo cambiato gestionale a febbraio e alcune scadenze ci sono sfuggite.

Cordiali saluti
Federica Conti
Ufficio amministrazione – Hotel Villa Ortensia
Bellagio (CO)""",
        lab(
            ("LAD-04574",),
            paid_date="2029-03-23",
            payment_reference="0306901234567801",
            amount="980.00",
            currency="EUR",
        ),
        inv="LAD-04574",
        amt="980.00",
    ),
    Reply(
        "ps-it-fatto",
        "payment_sent",
        "it",
        ("Marco", "marco.galimberti@libero.it"),
        "2029-03-08 13:04",
        "iphone",
        "fatto 👍",
        lab(note="'fatto' (done) in answer to a reminder means paid; no date"),
        inv="LAD-04428",
        amt="150.00",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pr-en-ooo-subject",
        "promise_to_pay",
        "en",
        ("Gareth Pryce", "gareth@prycephysio.example"),
        "2029-03-09 18:22",
        "iphone",
        """\
Hi,

I'm out of the office till Wednesday and can't get into the banking app from here (it only works on the office PC, don't ask). I'll pay this first thing Wednesday when I'm back.

Gareth""",
        lab(
            note="a person writing, although the subject says out of office; 'Wednesday' after Friday 9 March is 14 March",
            promised_date="2029-03-14",
        ),
        zone="uk",
        inv="LAD-04447",
        amt="295.00",
        subject="Out of office – re your invoice",
    ),
    Reply(
        "pr-en-friday-run",
        "promise_to_pay",
        "en",
        (
            "Accounts Payable – Veldkamp Office Services B.V.",
            "ap@veldkamp-officeservices.example",
        ),
        "2029-03-20 14:06",
        "outlook_html",
        """\
Dear Sir/Madam,

Thank you for your reminder. Invoice LAD-04533 has been approved by the budget holder and is scheduled for Friday's payment run. Please allow two to three working days for the funds to reach your account.

Kind regards,

Inge Vermeulen
Accounts Payable
Veldkamp Office Services B.V.
Rotterdam""",
        lab(
            ("LAD-04533",),
            "past tense ('approved', 'scheduled') announcing a payment on Friday 23 March; English written from the Netherlands, central-European time",
            promised_date="2029-03-23",
        ),
        inv="LAD-04533",
        amt="1640.00",
        headers=(SUPPRESS,),
    ),
    Reply(
        "pr-en-next-thursday",
        "promise_to_pay",
        "en",
        ("Chloe", "chloe.reception@harbourviewdental.example"),
        "2029-03-16 16:41",
        "gmail_plain",
        "hi sorry about this our practice manager only does supplier payments on thursdays and she was off this week so it will go out next thursday thanks chloe",
        lab(
            note="no punctuation; sent on a Friday, so 'next Thursday' is 22 March on either reading",
            promised_date="2029-03-22",
        ),
        zone="uk",
        inv="LAD-04519",
        amt="180.00",
    ),
    Reply(
        "pr-de-kw13",
        "promise_to_pay",
        "de",
        ("Bergmann Facility Services GmbH", "kreditoren@bergmann-fs.example"),
        "2029-03-21 09:30",
        "outlook",
        """\
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Erinnerung. Die Rechnung LAD-04529 wurde zwischenzeitlich sachlich und rechnerisch geprüft und zur Zahlung freigegeben. Die Überweisung erfolgt mit unserem Zahllauf in KW 13.

Mit freundlichen Grüßen
i. A. Thomas Reuter
Kreditorenbuchhaltung

Bergmann Facility Services GmbH
Hafenstraße 112, 20457 Hamburg
Geschäftsführerin: Dr. Claudia Bergmann, Amtsgericht Hamburg HRB 99812""",
        lab(
            ("LAD-04529",),
            "'KW 13' is 26 March to 1 April 2029; resolved to its Monday, as 'next week' is",
            promised_date="2029-03-26",
        ),
        inv="LAD-04529",
        amt="2310.00",
        charset="iso-8859-1",
    ),
    Reply(
        "pr-de-bis-15",
        "promise_to_pay",
        "de",
        ("Dr. Anja Lindqvist", "praxis@hautarzt-lindqvist.example"),
        "2029-03-12 13:15",
        "thunderbird",
        """\
Guten Tag,

da ist uns die Rechnung im Praxisalltag leider untergegangen, Entschuldigung. Wir überweisen den Betrag bis spätestens 15.03.

Freundliche Grüße
A. Lindqvist
Hautarztpraxis Dr. Lindqvist
Leipzig""",
        lab(note="'bis spätestens 15.03.' is 15 March", promised_date="2029-03-15"),
        inv="LAD-04481",
        amt="356.00",
        cte="8bit",
    ),
    Reply(
        "pr-fr-fin-de-mois",
        "promise_to_pay",
        "fr",
        ("Bistrot des Halles", "bistrotdeshalles@yahoo.fr"),
        "2029-03-12 15:48",
        "gmail",
        """\
Bonjour,

Oui je sais, je suis en retard. On a fermé deux semaines en février pour les congés et du coup toute la paperasse a pris du retard. Je vous règle la facture fin de mois sans faute, promis.

Par contre les poissons vont très bien, les clients adorent !

Bonne journée
Karim Benali
Bistrot des Halles – Lille""",
        lab(note="'fin de mois' is the last day of March", promised_date="2029-03-31"),
        inv="LAD-04486",
        amt="420.00",
    ),
    Reply(
        "pr-es-el-15",
        "promise_to_pay",
        "es",
        ("Óptica Miralbueno", "optica.miralbueno@gmail.com"),
        "2029-03-08 10:20",
        "gmail",
        """\
Buenos días,

Perdonad el retraso. Os lo pagamos el 15 sin falta, que es cuando hacemos los pagos a proveedores.

Saludos,
Rocío
Óptica Miralbueno (Zaragoza)""",
        lab(
            note="'el 15' after Thursday 8 March is 15 March",
            promised_date="2029-03-15",
        ),
        inv="LAD-04459",
        amt="240.00",
    ),
    Reply(
        "pr-es-finales-de-mes",
        "promise_to_pay",
        "es",
        (
            "Clínica Dental Arganzuela – Administración",
            "administracion@dentalarganzuela.example",
        ),
        "2029-03-20 11:40",
        "outlook_html",
        """\
Buenos días:

Le confirmo que la factura LAD-04541 ya está aprobada por dirección y se abonará a finales de mes, junto con el resto de pagos a proveedores.

Reciba un cordial saludo,

Marta Iglesias Roldán
Administración
Clínica Dental Arganzuela
Paseo de las Delicias 66, 28045 Madrid""",
        lab(("LAD-04541",), "'a finales de mes' is 31 March", promised_date="2029-03-31"),
        inv="LAD-04541",
        amt="612.50",
        charset="windows-1252",
    ),
    Reply(
        "pr-nl-nog-niet-twee-weken",
        "promise_to_pay",
        "nl",
        ("Fysiotherapie Het Anker", "info@fysio-hetanker.example"),
        "2029-03-07 16:05",
        "outlook",
        """\
Goedemiddag,

Klopt, die is nog niet betaald. We wachten op de uitbetaling van de zorgverzekeraars, die is deze maand later dan normaal. We betalen de factuur over twee weken.

Met vriendelijke groet,

Ellen Vos
Praktijkmanager
Fysiotherapie Het Anker""",
        lab(
            note="'nog niet betaald' followed by a dated promise; two weeks after Wednesday 7 March",
            promised_date="2029-03-21",
        ),
        inv="LAD-04421",
        amt="310.00",
    ),
    Reply(
        "pr-nl-volgende-week-dinsdag",
        "promise_to_pay",
        "nl",
        ("Hotel Oudegracht – Receptie", "receptie@hoteloudegracht.example"),
        "2029-03-22 19:10",
        "gmail",
        """\
Hallo,

Ik heb het doorgegeven aan onze eigenaar. Hij doet de betalingen volgende week dinsdag en dan gaat deze factuur ook mee. Excuses voor het oponthoud.

Groet,
Bram
Hotel Oudegracht, Utrecht""",
        lab(
            note="'volgende week dinsdag' is 27 March",
            promised_date="2029-03-27",
        ),
        inv="LAD-04547",
        amt="890.00",
    ),
    Reply(
        "pr-it-entro-fine-mese",
        "promise_to_pay",
        "it",
        ("Studio Dentistico Dott.ssa Ricci", "segreteria@studioricci-dentisti.example"),
        "2029-03-14 09:50",
        "outlook",
        """\
Buongiorno,

ci scusiamo per il ritardo. La fattura verrà saldata entro fine mese con bonifico bancario.

Distinti saluti

Paola Fontana
Segreteria - Studio Dentistico Dott.ssa Ricci
Via Garibaldi 22, Torino""",
        lab(note="'entro fine mese' is 31 March", promised_date="2029-03-31"),
        inv="LAD-04508",
        amt="275.00",
        charset="iso-8859-1",
    ),
    Reply(
        "pr-it-05-04",
        "promise_to_pay",
        "it",
        ("Lorenzo Pellegrini", "l.pellegrini@ristorantelancora.example"),
        "2029-03-26 12:02",
        "android",
        "Buongiorno, la fattura la saldo il 05/04 insieme alle altre dei fornitori.\nGrazie, Lorenzo – Ristorante L'Ancora",
        lab(note="Italian day/month order: 05/04 is 5 April", promised_date="2029-04-05"),
        inv="LAD-04590",
        amt="520.00",
    ),
]

DISPUTE = [
    Reply(
        "di-en-paid-part-dispute-rest",
        "dispute",
        "en",
        ("Helen Marsh", "helen.marsh@marshandcollier.example"),
        "2029-03-07 12:15",
        "outlook_html",
        """\
Hello,

We have paid £180.00 of this invoice, which covers the February maintenance visit, and that went across on Monday.

We will not be paying the remaining £95.00 for the 'livestock replacement'. Two of the fish died because the heater was left unplugged after your technician's visit on 12 February – our receptionist found the plug on the floor behind the cabinet the next morning. I don't think it's reasonable for us to pay for fish that died as a result of your own visit.

Please send a corrected invoice for the balance or give me a call to discuss.

Kind regards,

Helen Marsh
Office Manager
Marsh & Collier Solicitors
01632 960418""",
        lab(
            note="part paid, the rest disputed: dispute beats the payment claim; the corrected-invoice request belongs to the dispute"
        ),
        zone="uk",
        inv="LAD-04425",
        amt="275.00",
    ),
    Reply(
        "di-en-not-paid-callout",
        "dispute",
        "en",
        ("Sam Okafor", "sam@okaforbarbers.example"),
        "2029-03-26 10:03",
        "gmail",
        """\
We have NOT paid this and we won't be paying it until someone explains the emergency call-out charge on 2 March. Nobody came out. I rang your office twice that day and was told the engineer was stuck on the M5 and would come the next morning, which he did, and that was the normal monthly visit anyway.

£120 for a call-out that never happened. Please take it off.

Sam""",
        lab(note="negated payment with the reason: a charge for a call-out that did not happen"),
        zone="uk",
        inv="LAD-04579",
        amt="165.00",
    ),
    Reply(
        "di-en-contract-rate",
        "dispute",
        "en",
        ("Accounts – Lowther Hall Hotel", "accounts@lowtherhallhotel.example"),
        "2029-03-14 15:27",
        "html_only",
        """\
Dear Accounts Team,

I refer to your reminder regarding invoice LAD-04497.

Under the maintenance agreement we signed with you in September 2028 the monthly fee for the two lobby tanks was fixed at £165.00 plus VAT for the first twelve months. Invoice LAD-04497 charges £198.00 plus VAT for the same service with no explanation of the increase, and we have not received any notice of a price change.

We are happy to settle the invoice at the contracted rate once a credit note for the difference has been issued. Until then we regard the invoice as disputed.

Yours faithfully,

Rebecca Thorne
Financial Controller
Lowther Hall Hotel""",
        lab(
            ("LAD-04497",),
            "contract-price dispute, HTML only; payment at the contracted rate is conditional on a credit note",
        ),
        zone="uk",
        inv="LAD-04497",
        amt="237.60",
    ),
    Reply(
        "di-de-doppelt",
        "dispute",
        "de",
        ("Steffen Wolff", "s.wolff@wolff-immobilien.example"),
        "2029-03-19 08:44",
        "outlook",
        """\
Guten Morgen,

die Wartung vom 01.03. wurde uns doppelt berechnet: LAD-04601 und LAD-04612 betreffen denselben Termin, es war nur einmal ein Techniker hier. LAD-04601 haben wir bereits bezahlt. Bitte stornieren Sie LAD-04612.

Gruß
Steffen Wolff
Wolff Immobilien GmbH""",
        lab(
            ("LAD-04601", "LAD-04612"),
            "duplicate billing; the payment mentioned is of the other invoice",
        ),
        inv="LAD-04612",
        amt="239.00",
    ),
    Reply(
        "di-de-mangel",
        "dispute",
        "de",
        ("Hotel Seeblick Konstanz", "buchhaltung@seeblick-konstanz.example"),
        "2029-03-28 17:30",
        "gmail",
        """\
Hallo,

die Rechnung zahlen wir so nicht. Das Becken in der Lobby ist seit dem letzten Wartungstermin trüb und riecht, zwei Fische sind eingegangen, und auf unsere Anrufe vom 19. und 22. März hat sich niemand gemeldet. Wir erwarten, dass das zuerst in Ordnung gebracht wird - vorher überweisen wir nichts.

Viele Grüße
Jana Herzog
Hotel Seeblick""",
        lab(note="service not performed properly; payment withheld until it is fixed"),
        inv="LAD-04596",
        amt="845.00",
        charset="iso-8859-1",
    ),
    Reply(
        "di-fr-devis",
        "dispute",
        "fr",
        ("Cabinet médical des Tilleuls", "secretariat@cm-tilleuls.example"),
        "2029-03-16 10:05",
        "outlook_html",
        """\
Madame, Monsieur,

Nous contestons le montant de la facture LAD-04511. Le devis signé le 9 janvier prévoyait l'installation de l'aquarium de la salle d'attente pour 850,00 € HT, alors que la facture fait apparaître 1 020,00 € HT, sans que ce supplément nous ait été annoncé.

Merci de nous faire parvenir une facture conforme au devis ; nous la réglerons dès réception.

Cordialement,

Dr Hélène Garnier
Cabinet médical des Tilleuls
Nantes""",
        lab(
            ("LAD-04511",),
            "price above the signed quote; payment of a corrected invoice is conditional",
        ),
        inv="LAD-04511",
        amt="1224.00",
        charset="windows-1252",
    ),
    Reply(
        "di-fr-iphone-filtre",
        "dispute",
        "fr",
        ("Vincent Roche", "vincent.roche@lecomptoirdevincent.example"),
        "2029-03-24 20:12",
        "iphone",
        "On n'a jamais reçu le 2e filtre qui est facturé. Je paye pas ça tant que c'est pas corrigé.",
        lab(note="goods billed but never delivered"),
        inv="LAD-04571",
        amt="318.00",
    ),
    Reply(
        "di-es-agua-turbia",
        "dispute",
        "es",
        ("Hostal Casa Maruja", "reservas@casamaruja.example"),
        "2029-03-13 19:22",
        "apple",
        """\
Hola,

No vamos a pagar esta factura. El acuario de la recepción lleva tres semanas con el agua turbia, hemos llamado cuatro veces y nadie ha venido. Estamos pagando un mantenimiento mensual que no se está haciendo.

Cuando vengan y lo dejen como estaba hablamos de la factura.

Maruja Ferrández
Hostal Casa Maruja
Cádiz""",
        lab(note="refuses to pay for maintenance that is not being done"),
        inv="LAD-04463",
        amt="180.00",
    ),
    Reply(
        "di-nl-niet-betaald",
        "dispute",
        "nl",
        ("Tandartspraktijk Zeezicht", "balie@tandartszeezicht.example"),
        "2029-03-05 12:48",
        "android",
        """\
Wij hebben NIET betaald omdat de onderhoudsbeurt van februari niet heeft plaatsgevonden. Jullie monteur heeft twee keer afgezegd. Graag een creditnota.

Lotte
Tandartspraktijk Zeezicht""",
        lab(note="negated payment with the reason"),
        inv="LAD-04405",
        amt="125.00",
    ),
    Reply(
        "di-nl-tarief",
        "dispute",
        "nl",
        ("J. Hoekstra", "j.hoekstra@hoekstra-advies.example"),
        "2029-03-29 09:12",
        "thunderbird",
        """\
Goedemorgen,

Het bedrag op deze factuur klopt niet. Bij het afsluiten van het onderhoudscontract is afgesproken dat wij € 95 per maand excl. btw betalen, op de factuur staat € 115. Daar heb ik nooit bericht over gekregen.

Graag een gecorrigeerde factuur, dan betaal ik die direct.

Met vriendelijke groet,
Jan Hoekstra
Hoekstra Advies – Leeuwarden""",
        lab(note="contract-price dispute; payment conditional on a corrected invoice"),
        inv="LAD-04602",
        amt="139.15",
        cte="8bit",
    ),
    Reply(
        "di-it-rambling-pompa",
        "dispute",
        "it",
        ("Trattoria Da Gino", "trattoriadagino@libero.it"),
        "2029-03-10 23:50",
        "gmail",
        """\
Buonasera,

scusate se rispondo solo adesso ma siamo stati chiusi una settimana per il matrimonio di mia figlia e poi è ripartito tutto di corsa. Volevo dire intanto che il ragazzo che viene a fare la manutenzione è bravissimo, i clienti chiedono sempre del pesce pagliaccio e i bambini si siedono davanti alla vasca mentre i genitori mangiano, è stata proprio una bella idea metterla vicino all'ingresso. Mia moglie dice che bisognerebbe mettere anche qualche pianta in più ma di questo ne parliamo un'altra volta.

Per quanto riguarda la fattura LAD-04520 però non mi torna: ci avete addebitato 230 euro per la sostituzione della pompa, ma la pompa l'avete montata voi a settembre ed è ancora in garanzia. Quella parte non la paghiamo. Il resto va bene.

Fatemi sapere.
Gino Russo""",
        lab(
            ("LAD-04520",),
            "the point is buried after a long preamble; one line of the invoice is contested as a warranty repair",
        ),
        inv="LAD-04520",
        amt="410.00",
    ),
    Reply(
        "di-it-paid-one-dispute-other",
        "dispute",
        "it",
        (
            "Palestra Olimpia – Amministrazione",
            "amministrazione@palestraolimpia.example",
        ),
        "2029-03-22 11:18",
        "outlook_html",
        """\
Buongiorno,

la fattura LAD-04490 l'abbiamo pagata il 2 marzo con bonifico. La LAD-04512 invece la contestiamo: si riferisce a un intervento urgente del 20 febbraio che nessuno di noi ha richiesto.

Attendiamo una nota di credito.

Cordiali saluti
Silvia Marchetti
Amministrazione – Palestra Olimpia S.r.l.
Verona""",
        lab(
            ("LAD-04490", "LAD-04512"),
            "one invoice paid, the other disputed: dispute",
        ),
        inv="LAD-04512",
        amt="350.00",
        charset="windows-1252",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pp-en-hardship-monthly",
        "payment_plan",
        "en",
        ("Debbie Lane", "debbielane.therapies@gmail.com"),
        "2029-03-05 21:14",
        "gmail",
        """\
Hi,

I'm really sorry about this. Since January the clinic has been really quiet and I've had to cut my own hours, so I just don't have £540 in one go at the moment. Could I pay £100 a month until it's cleared? I can set up a standing order from the 1st of April.

I don't want to lose the tank, the clients find it so calming.

Thanks for understanding,
Debbie
Lane Complementary Therapies""",
        lab(note="hardship and monthly instalments; plan dates and amounts are not labelled"),
        zone="uk",
        inv="LAD-04388",
        amt="540.00",
    ),
    Reply(
        "pp-en-part-now-rest-april",
        "payment_plan",
        "en",
        ("Mike Jarvis", "mike@jarvismotors.example"),
        "2029-03-27 13:37",
        "outlook",
        """\
Hi,

I've just sent £200 against this now. I'll send the other £310 at the end of April once the quarter's VAT refund is in - hope that's OK.

Mike Jarvis
Jarvis Motors Ltd""",
        lab(note="part paid now and the rest later: payment_plan, not payment_sent"),
        zone="uk",
        inv="LAD-04583",
        amt="510.00",
    ),
    Reply(
        "pp-en-extend-30-days",
        "payment_plan",
        "en",
        (
            "Finance – Ashgrove Primary Care Centre",
            "finance@ashgroveprimarycare.example",
        ),
        "2029-03-08 11:25",
        "outlook_html",
        """\
Good morning,

Thank you for your email. I am afraid our quarterly funding allocation has been delayed this year and we are currently only able to make essential payments.

Would it be possible to extend the payment terms on this invoice by a further 30 days? We fully expect to be able to settle in full once the allocation is received.

With apologies for the inconvenience,

Priya Sandhu
Finance Officer
Ashgrove Primary Care Centre""",
        lab(note="asks for more time"),
        zone="uk",
        inv="LAD-04440",
        amt="760.00",
    ),
    Reply(
        "pp-de-raten",
        "payment_plan",
        "de",
        ("Kanzlei Brandt & Oertel", "sekretariat@brandt-oertel.example"),
        "2029-03-07 14:45",
        "outlook_html",
        """\
Sehr geehrte Damen und Herren,

bezugnehmend auf Ihre Zahlungserinnerung möchten wir anfragen, ob eine Begleichung der Rechnung über 1.890,00 € in drei monatlichen Raten möglich wäre. Die erste Rate könnten wir zum 1. April überweisen.

Für eine kurze Bestätigung wären wir Ihnen dankbar.

Mit freundlichen Grüßen

Petra Oertel
Kanzlei Brandt & Oertel
Rechtsanwälte
Frankfurt am Main""",
        lab(
            note="three monthly instalments; the date of the first one is part of the plan, not a promise"
        ),
        inv="LAD-04436",
        amt="1890.00",
        charset="windows-1252",
    ),
    Reply(
        "pp-de-aufschub-iphone",
        "payment_plan",
        "de",
        ("Café Mokka", "mokka.kiel@gmx.de"),
        "2029-03-26 07:48",
        "iphone",
        "Moin, könnnen wir die Rechnung bis Ende April schieben? Nach dem Wasserschaden im Februar hatten wir drei Wochen zu, es ist grad echt eng. Danke! Svenja",
        lab(note="asks to defer, citing hardship (typo 'könnnen')"),
        inv="LAD-04577",
        amt="265.00",
    ),
    Reply(
        "pp-fr-trois-fois",
        "payment_plan",
        "fr",
        ("Pharmacie de la Gare", "contact@pharmacie-gare-annecy.example"),
        "2029-03-14 12:10",
        "outlook",
        """\
Bonjour,

Serait-il possible d'échelonner le paiement de cette facture en trois fois ? Je peux faire un premier virement de 400 euros dès vendredi, puis régler le reste en deux mensualités en avril et en mai.

Dans l'attente de votre retour,
Cordialement,

Claire Lemoine
Pharmacie de la Gare - Annecy""",
        lab(note="three instalments, the first promised for Friday: a plan, not a promise"),
        inv="LAD-04492",
        amt="1200.00",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-fr-degat-des-eaux",
        "payment_plan",
        "fr",
        ("Mathieu Perrin", "m.perrin@ateliergourmand.example"),
        "2029-03-19 22:03",
        "apple_html",
        """\
Bonsoir,

Je ne vais pas pouvoir tout payer d'un coup. Suite à un dégât des eaux (pas le vôtre, rassurez-vous !) le restaurant est fermé depuis trois semaines et on ne rouvre que le 2 avril.

Je vous propose de vous régler 150 € par mois à partir d'avril jusqu'au solde. Dites-moi si ça vous convient.

Mathieu Perrin
L'Atelier Gourmand""",
        lab(note="hardship and monthly instalments"),
        inv="LAD-04530",
        amt="690.00",
    ),
    Reply(
        "pp-es-dos-plazos",
        "payment_plan",
        "es",
        ("Centro Médico Levante", "administracion@cmlevante.example"),
        "2029-03-09 10:30",
        "gmail",
        """\
Hola,

¿Podríamos pagar esta factura en dos plazos? La mitad a finales de marzo y la otra mitad a finales de abril. Este trimestre vamos un poco justos de tesorería.

Gracias,
Pilar Sanchís
Centro Médico Levante – Alicante""",
        lab(note="two instalments"),
        inv="LAD-04451",
        amt="980.00",
    ),
    Reply(
        "pp-es-part-paid-iphone",
        "payment_plan",
        "es",
        ("Andrés", "andres.molina@yahoo.es"),
        "2029-03-28 13:15",
        "iphone",
        "Buenas, os acabo de hacer una transferencia de 300 € y el resto os lo pago a mediados de abril, que ahora no llego. Un saludo Andrés",
        lab(note="part paid now and the rest in April: payment_plan"),
        inv="LAD-04599",
        amt="640.00",
    ),
    Reply(
        "pp-nl-regeling",
        "payment_plan",
        "nl",
        ("Koen Smit", "koen@smitbouwadvies.example"),
        "2029-03-12 20:40",
        "gmail_plain",
        """\
Beste,

Ik zit op dit moment wat krap bij kas door een paar klanten die zelf niet betalen. Kunnen we een betalingsregeling afspreken? Ik zou € 250 per maand kunnen doen tot het bedrag is voldaan, te beginnen op 1 april.

Laat maar weten of dat akkoord is.

Groet,
Koen Smit
Smit Bouwadvies""",
        lab(note="hardship and monthly instalments"),
        inv="LAD-04478",
        amt="1150.00",
    ),
    Reply(
        "pp-it-rate-mensili",
        "payment_plan",
        "it",
        ("RSA San Rocco – Ufficio Acquisti", "ufficio.acquisti@rsasanrocco.example"),
        "2029-03-15 16:20",
        "outlook_html",
        """\
Gentili signori,

in riferimento al vostro sollecito, vi chiediamo la possibilità di rateizzare l'importo di € 2.400,00 in quattro rate mensili di pari importo, a partire dal mese di aprile.

Restiamo in attesa di un vostro riscontro.

Cordiali saluti

Giovanna Bruno
Ufficio Acquisti
RSA San Rocco – Treviso""",
        lab(note="four monthly instalments"),
        inv="LAD-04501",
        amt="2400.00",
        charset="windows-1252",
    ),
    Reply(
        "pp-it-dilazione",
        "payment_plan",
        "it",
        ("Avv. Stefano Greco", "s.greco@studiolegalegreco.example"),
        "2029-03-06 18:05",
        "thunderbird",
        """\
Buonasera,

vi scrivo per chiedervi una dilazione di 60 giorni sul pagamento della fattura in oggetto. Lo studio sta attraversando un periodo di minore liquidità, dovuto ai ritardi nei pagamenti di alcuni clienti; contiamo di regolarizzare la posizione entro maggio.

Grazie per la comprensione.

Avv. Stefano Greco
Studio Legale Greco - Bari""",
        lab(
            note="asks for more time, very formal; a lawyer writing for his own practice, not 'talk to our lawyer'"
        ),
        inv="LAD-04415",
        amt="480.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-po-reissue",
        "invoice_request",
        "en",
        (
            "Purchase Ledger – Castellan Property Group",
            "purchase.ledger@castellanpg.example",
        ),
        "2029-03-08 09:52",
        "outlook_html",
        """\
Hello,

We are unable to process invoice LAD-04433 as it does not quote a valid purchase order number, and our system rejects all non-PO invoices automatically.

Please re-issue the invoice quoting PO 4500172211 and send it to this address. Once we receive the corrected invoice it will be included in the next available payment run.

Regards,

Owen Pritchard
Purchase Ledger
Castellan Property Group plc""",
        lab(
            ("LAD-04433",),
            "payment conditional on a reissue quoting the PO; the amount is not contested",
        ),
        zone="uk",
        inv="LAD-04433",
        amt="1584.00",
        headers=(SUPPRESS,),
    ),
    Reply(
        "ir-en-bank-details",
        "invoice_request",
        "en",
        ("Nadia Hussain", "nadia@hussainoptometrists.example"),
        "2029-03-21 15:30",
        "gmail",
        """\
Hi,

Before I pay this can you confirm your bank details please? We had a fake invoice from a 'supplier' last month with changed account details, and our accountant has told us not to pay anyone we haven't paid before without a letter on headed paper. Could you send the sort code and account number on a signed letter? Or I'm happy to ring someone to check.

Thanks,
Nadia Hussain
Hussain Optometrists""",
        lab(note="needs confirmed bank details before paying, without contesting"),
        zone="uk",
        inv="LAD-04552",
        amt="230.00",
    ),
    Reply(
        "ir-en-whats-this",
        "invoice_request",
        "en",
        ("Rob Dunmore", "rdunmore@dunmorepartners.example"),
        "2029-03-28 10:10",
        "apple",
        """\
What's this one for? We only have the monthly service with you and that goes out by direct debit. Can you send me the invoice so I can see what it is.

Rob""",
        lab(note="asks what the charge is and for the invoice; nothing contested yet"),
        zone="uk",
        inv="LAD-04593",
        amt="87.50",
    ),
    Reply(
        "ir-de-pdf-nie-erhalten",
        "invoice_request",
        "de",
        ("Lena Kowalski", "lena.kowalski@physio-am-park.example"),
        "2029-03-05 16:55",
        "iphone",
        "Hallo, die Rechnung haben wir nie bekommen. Können Sie sie mir bitte als PDF schicken? Dann überweise ich gleich. LG Lena Kowalski",
        lab(
            note="wants the invoice before paying; 'dann überweise ich gleich' is conditional and undated"
        ),
        inv="LAD-04399",
        amt="178.00",
    ),
    Reply(
        "ir-de-rechnungsempfaenger",
        "invoice_request",
        "de",
        (
            "Ärztehaus am Rosengarten – Verwaltung",
            "verwaltung@aerztehaus-rosengarten.example",
        ),
        "2029-03-23 11:11",
        "outlook_html",
        """\
Sehr geehrte Damen und Herren,

die Rechnung LAD-04560 ist an die Praxis Dr. Neumann adressiert. Auftraggeber und Rechnungsempfänger ist jedoch die Ärztehaus am Rosengarten GbR, die Aquarien im Wartebereich gehören zur Gemeinschaftsfläche.

Bitte stellen Sie die Rechnung neu auf

Ärztehaus am Rosengarten GbR
Rosengartenstraße 3
70184 Stuttgart
USt-IdNr. DE298765431

aus. Sobald uns die korrigierte Rechnung vorliegt, wird sie umgehend angewiesen.

Mit freundlichen Grüßen
Birgit Sommer
Verwaltung""",
        lab(
            ("LAD-04560",),
            "reissue to another legal entity; the amount is not contested",
        ),
        inv="LAD-04560",
        amt="714.00",
        charset="windows-1252",
    ),
    Reply(
        "ir-fr-rib",
        "invoice_request",
        "fr",
        ("Ludivine Morel", "ludivine.morel@orthodontie-morel.example"),
        "2029-03-20 09:05",
        "gmail",
        """\
Bonjour,

Je veux bien régler mais je n'ai pas votre RIB, il n'apparaît ni sur la facture ni dans vos mails. Pouvez-vous me l'envoyer ? Le virement partira dans la foulée.

Bonne journée,
Ludivine Morel
Cabinet d'orthodontie Morel""",
        lab(note="needs bank details before paying"),
        inv="LAD-04538",
        amt="348.00",
    ),
    Reply(
        "ir-fr-bon-intervention",
        "invoice_request",
        "fr",
        ("Résidence Les Oliviers", "compta@residence-lesoliviers.example"),
        "2029-03-27 14:22",
        "thunderbird",
        """\
Bonjour,

Pourriez-vous nous transmettre le bon d'intervention signé correspondant à la facture LAD-04585 ? Notre procédure interne nous impose de le joindre à toute facture de prestation avant mise en paiement.

Merci d'avance,

Nathalie Faure
Comptabilité - Résidence Les Oliviers (EHPAD)
Aix-en-Provence""",
        lab(("LAD-04585",), "asks for the signed job sheet before payment"),
        inv="LAD-04585",
        amt="456.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "ir-es-extracto",
        "invoice_request",
        "es",
        (
            "Hotel Mirador del Puerto - Administración",
            "administracion@hotelmiradorpuerto.example",
        ),
        "2029-03-13 12:44",
        "outlook",
        """\
Buenos días:

Estamos cerrando el primer trimestre y necesitaríamos un extracto de cuenta con todas las facturas pendientes a fecha de hoy, para cotejarlo con nuestra contabilidad antes de hacer el pago.

¿Nos lo podrían enviar esta semana?

Gracias y un saludo,

Javier Ortega
Administración
Hotel Mirador del Puerto
Santander""",
        lab(note="statement of account before paying"),
        inv="LAD-04466",
        amt="1320.00",
        charset="iso-8859-1",
    ),
    Reply(
        "ir-es-cif",
        "invoice_request",
        "es",
        ("Clínica Veterinaria Los Robles", "clinica@vetlosrobles.example"),
        "2029-03-29 17:03",
        "gmail",
        """\
Hola,

La factura no lleva nuestro CIF y así no la podemos contabilizar. ¿Nos podéis mandar una nueva con el CIF B12345678 y la dirección fiscal (Av. de los Robles 12, 47008 Valladolid)? En cuanto la tengamos la pagamos.

Gracias,
Irene""",
        lab(note="reissue with the tax number; the amount is not contested"),
        inv="LAD-04604",
        amt="299.00",
    ),
    Reply(
        "ir-nl-kopie",
        "invoice_request",
        "nl",
        ("Dierenkliniek Wielewaal", "info@dierenkliniekwielewaal.example"),
        "2029-03-06 13:22",
        "android",
        "Hoi, kunnen jullie de factuur nog een keer sturen? Ik kan hem nergends vinden. Dank! Femke",
        lab(note="asks for a copy (typo 'nergends')"),
        inv="LAD-04409",
        amt="205.00",
    ),
    Reply(
        "ir-nl-inkooporder",
        "invoice_request",
        "nl",
        (
            "Crediteurenadministratie – Hogeschool Rijnmond",
            "crediteuren@hsrijnmond.example",
        ),
        "2029-03-16 10:38",
        "outlook_html",
        """\
Geachte heer/mevrouw,

Wij kunnen factuur LAD-04517 helaas niet in behandeling nemen, omdat er geen inkoopordernummer op vermeld staat. Conform onze inkoopvoorwaarden worden uitsluitend facturen met een geldig ordernummer betaald.

Het ordernummer voor deze opdracht is 2029-PO-00418. Zodra wij de factuur met dit nummer ontvangen, wordt deze binnen onze betaaltermijn van 30 dagen voldaan.

Met vriendelijke groet,

Mark de Groot
Crediteurenadministratie
Hogeschool Rijnmond""",
        lab(("LAD-04517",), "payment conditional on a reissue with the PO number"),
        inv="LAD-04517",
        amt="968.00",
    ),
    Reply(
        "ir-it-copia",
        "invoice_request",
        "it",
        ("Bar Pasticceria Aurora", "barauroramilano@gmail.com"),
        "2029-03-19 07:35",
        "gmail_plain",
        """\
Buongiorno,
la fattura non ci è mai arrivata, ce la potete rimandare? anche solo la copia in pdf va bene, la giro subito al commercialista e la paghiamo.
grazie
Elisa""",
        lab(note="never received the invoice; asks for a copy"),
        inv="LAD-04526",
        amt="190.00",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-redirect-freemail",
        "wrong_contact",
        "en",
        ("Harrow Dental Care", "reception@harrowdentalcare.example"),
        "2029-03-12 09:07",
        "html_only",
        """\
Dear Supplier,

Please be advised that our accounts department has now moved to an external provider. With immediate effect all invoices, statements and payment reminders must be sent ONLY to harrowdentalcare.accounts@gmail.com and not to this address or to any other address at the practice.

Please do not telephone the practice about this change, as reception staff are unable to discuss account matters.

Kind regards,
Accounts Department
Harrow Dental Care""",
        lab(
            note="asks to redirect collection mail to an outside free-mail address, as invoice fraud does; labelled by content, a person must verify before anything changes",
            new_contact="harrowdentalcare.accounts@gmail.com",
        ),
        zone="uk",
        inv="LAD-04483",
        amt="260.00",
    ),
    Reply(
        "wc-en-head-office",
        "wrong_contact",
        "en",
        ("Jade Moreton", "jade.moreton@fitzroyhotels.example"),
        "2029-03-22 14:50",
        "gmail",
        """\
Hi there,

I'm on reception here at the Fitzroy Bath so I can't help with this I'm afraid – all our supplier invoices are paid centrally by head office. Their email is purchaseledger@fitzroyhotels.example, if you send it there they'll sort it.

Jade""",
        lab(new_contact="purchaseledger@fitzroyhotels.example"),
        zone="uk",
        inv="LAD-04549",
        amt="415.00",
    ),
    Reply(
        "wc-en-not-me",
        "wrong_contact",
        "en",
        ("Alan", "alan.fitch1962@hotmail.co.uk"),
        "2029-03-25 11:35",
        "iphone",
        "You've got the wrong person. This is my personal email, I'm retired and I've never had an aquarium in my life. Please check your records.",
        lab(
            note="wrong recipient altogether, no new address; sent on the day the clocks change (+0100 from 01:00 UTC)"
        ),
        zone="uk",
        inv="LAD-04553",
        amt="320.00",
    ),
    Reply(
        "wc-de-kreditoren",
        "wrong_contact",
        "de",
        ("Dr. Martin Hesse", "m.hesse@klinik-hesse.example"),
        "2029-03-16 13:02",
        "outlook_html",
        """\
Guten Tag,

als Chefarzt bin ich für Rechnungsfragen leider der falsche Ansprechpartner. Bitte richten Sie Rechnungen und Mahnungen künftig an unsere Kreditorenbuchhaltung:

kreditoren@klinik-hesse.example

Ich habe Ihre Nachricht dorthin weitergeleitet.

Mit freundlichen Grüßen
Dr. med. Martin Hesse
Chefarzt Orthopädie
Privatklinik Hesse, Bad Homburg""",
        lab(new_contact="kreditoren@klinik-hesse.example"),
        inv="LAD-04521",
        amt="1150.00",
    ),
    Reply(
        "wc-fr-plus-compta",
        "wrong_contact",
        "fr",
        ("Sophie Laurent", "sophie.laurent@cabinet-laurent-avocats.example"),
        "2029-03-07 10:42",
        "gmail",
        """\
Bonjour,

Je ne m'occupe plus de la comptabilité du cabinet depuis le 1er mars. Merci d'adresser vos relances à notre nouvelle assistante, Mme Da Silva : compta@cabinet-laurent-avocats.example

Bien à vous,
Sophie Laurent""",
        lab(new_contact="compta@cabinet-laurent-avocats.example"),
        inv="LAD-04423",
        amt="288.00",
    ),
    Reply(
        "wc-fr-auto-adresse-plus-lue",
        "wrong_contact",
        "fr",
        ("Brasserie du Port", "direction@brasserieduport.example"),
        "2029-03-26 08:33",
        "none",
        """\
Bonjour,

Cette adresse n'est plus consultée depuis le 1er mars 2029.
Pour toute question relative à la facturation ou aux règlements, merci d'écrire désormais à factures@brasserieduport.example.
Pour les réservations : reservation@brasserieduport.example

Merci de votre compréhension.
L'équipe de la Brasserie du Port""",
        lab(
            note="automatic 'address no longer read' notice naming the billing address: wrong_contact; the bookings address is not the new contact",
            new_contact="factures@brasserieduport.example",
        ),
        inv="LAD-04575",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "wc-es-gestoria",
        "wrong_contact",
        "es",
        ("Raúl Campos", "raul@tabernalaesquina.example"),
        "2029-03-10 13:20",
        "iphone",
        "Hola, yo soy el encargado de sala, las facturas las lleva la gestoría. Escribidles a ellos: gestoria.villar@asesoresvillar.example\nUn saludo",
        lab(new_contact="gestoria.villar@asesoresvillar.example"),
        inv="LAD-04461",
        amt="176.00",
    ),
    Reply(
        "wc-es-clinica-vendida",
        "wrong_contact",
        "es",
        ("Dra. Carmen Soler", "carmen.soler@clinicasoler.example"),
        "2029-03-27 09:15",
        "outlook",
        """\
Buenos días:

Les informo de que vendí la clínica el pasado mes de enero y ya no tengo ninguna relación con ella. Los contratos de mantenimiento pasaron al nuevo propietario, pero no tengo sus datos de contacto. Les ruego que actualicen sus registros.

Atentamente,
Carmen Soler""",
        lab(note="former owner; no new address given"),
        inv="LAD-04586",
        amt="430.00",
    ),
    Reply(
        "wc-nl-vertrokken",
        "wrong_contact",
        "nl",
        ("Daan Mulder", "d.mulder@reclamebureau-vonk.example"),
        "2029-03-14 17:40",
        "android",
        """\
Ik werk sinds 1 maart niet meer bij Vonk. Mail voortaan naar financien@reclamebureau-vonk.example, die regelen de facturen.

Daan""",
        lab(new_contact="financien@reclamebureau-vonk.example"),
        inv="LAD-04499",
        amt="345.00",
    ),
    Reply(
        "wc-nl-cc-hoofdletters",
        "wrong_contact",
        "nl",
        ("Wouter Bakker", "w.bakker@hoteldekroon.example"),
        "2029-03-21 10:25",
        "thunderbird",
        """\
Goedemorgen,

Ik zit bij de technische dienst van het hotel, facturen lopen via onze administratie. Ik heb ze in de cc gezet: Facturen@HotelDeKroon.example. Wilt u herinneringen voortaan rechtstreeks daarheen sturen?

Met vriendelijke groet,
Wouter Bakker
Technische Dienst – Hotel De Kroon, Den Bosch""",
        lab(
            note="address written in mixed case and copied in Cc; labelled in lower case",
            new_contact="facturen@hoteldekroon.example",
        ),
        inv="LAD-04543",
        amt="780.00",
        cte="8bit",
        cc=("Facturen Hotel De Kroon", "Facturen@HotelDeKroon.example"),
    ),
    Reply(
        "wc-it-amministrazione",
        "wrong_contact",
        "it",
        ("Chiara Esposito", "chiara.esposito@studiotecnicoesposito.example"),
        "2029-03-08 17:12",
        "apple_html",
        """\
Buonasera,

non sono io che mi occupo dei pagamenti, scrivete pure all'amministrazione: amministrazione@studiotecnicoesposito.example

Grazie
Chiara""",
        lab(new_contact="amministrazione@studiotecnicoesposito.example"),
        inv="LAD-04430",
        amt="250.00",
    ),
    Reply(
        "wc-it-commercialista",
        "wrong_contact",
        "it",
        ("Dott. Andrea Mancini", "andrea.mancini@dentistimancini.example"),
        "2029-03-28 19:48",
        "gmail_plain",
        """\
Buonasera,
sono il dentista, di fatture e solleciti si occupa il mio commercialista, il dott. Ferri. Vi prego di scrivere a lui: studio.ferri@commercialistaferri.example
Cordialmente
Andrea Mancini""",
        lab(new_contact="studio.ferri@commercialistaferri.example"),
        inv="LAD-04597",
        amt="385.00",
        charset="iso-8859-1",
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-promise-then-stop",
        "unsubscribe",
        "en",
        ("Lisa Cartwright", "lisa@cartwrightinteriors.example"),
        "2029-03-15 11:58",
        "android",
        """\
I'll pay it on Friday. Now please stop sending me these emails every other day, it's the third one this month.

Lisa""",
        lab(
            note="a promise plus a stop request: unsubscribe beats everything but bounce, so no promised date is filled"
        ),
        zone="uk",
        inv="LAD-04514",
        amt="225.00",
    ),
    Reply(
        "un-en-council-post-only",
        "unsubscribe",
        "en",
        (
            "Creditor Payments – Westmarsh District Council",
            "creditor.payments@westmarsh-dc.example",
        ),
        "2029-03-09 10:15",
        "outlook",
        """\
Dear Sir or Madam,

Thank you for your email.

Please note that the Council does not correspond about supplier accounts by e-mail. Any further reminders or statements relating to this account must be sent by post to:

Creditor Payments
Westmarsh District Council
Council Offices, Market Square
Westmarsh WM1 4AA

E-mails sent to this address about account balances will not be answered.

Yours faithfully,

Creditor Payments Team
Westmarsh District Council""",
        lab(note="post only: unsubscribe"),
        zone="uk",
        inv="LAD-04453",
        amt="1128.00",
    ),
    Reply(
        "un-en-solicitors",
        "unsubscribe",
        "en",
        ("Gavin Doyle", "gavin@doylefitness.example"),
        "2029-03-29 16:20",
        "gmail",
        """\
Given the way your company handled the flood in our studio, I have passed this matter to our solicitors. Do not contact me directly about this invoice again. All further correspondence should go through them.

Gavin Doyle""",
        lab(
            note="'talk to our solicitors' without an address; the implied complaint does not make it a dispute, unsubscribe wins"
        ),
        zone="uk",
        inv="LAD-04605",
        amt="1980.00",
    ),
    Reply(
        "un-de-verteiler-rezeption",
        "unsubscribe",
        "de",
        ("Anna Schulte", "rezeption@hotel-schulte-muenster.example"),
        "2029-03-06 15:15",
        "outlook",
        """\
Hallo,

bitte nehmen Sie diese Adresse aus Ihrem Verteiler. Ich bin an der Rezeption und habe mit Rechnungen nichts zu tun, ich bekomme diese Mails jetzt schon zum vierten Mal.

Danke
Anna Schulte""",
        lab(note="remove me plus 'not my job' without an address: unsubscribe beats wrong_contact"),
        inv="LAD-04411",
        amt="367.00",
    ),
    Reply(
        "un-de-rechtsanwalt",
        "unsubscribe",
        "de",
        ("Dr. Rüdiger Vogel", "r.vogel@vogel-architekten.example"),
        "2029-03-23 16:40",
        "outlook_html",
        """\
Sehr geehrte Damen und Herren,

in der Angelegenheit der Aquarienanlage in unserem Empfangsbereich haben wir unseren Rechtsanwalt eingeschaltet. Wir bitten Sie, von weiteren Zahlungserinnerungen und Kontaktaufnahmen per E-Mail abzusehen; sämtliche Korrespondenz ist ab sofort ausschließlich über unsere Kanzlei zu führen.

Mit freundlichen Grüßen
Dr. Rüdiger Vogel
Vogel Architekten PartG mbB""",
        lab(note="only through our lawyer, no address: unsubscribe"),
        inv="LAD-04562",
        amt="2650.00",
        charset="iso-8859-1",
    ),
    Reply(
        "un-fr-courrier-postal",
        "unsubscribe",
        "fr",
        ("Me Bernard Lefèvre", "b.lefevre@notaire-lefevre.example"),
        "2029-03-13 11:30",
        "outlook_html",
        """\
Madame, Monsieur,

Je vous remercie de ne plus m'adresser de courriels concernant ce dossier. Toute correspondance relative à la facturation doit désormais être adressée par voie postale à l'étude :

Étude de Maître Lefèvre
4, rue des Carmes
45000 Orléans

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Bernard Lefèvre
Notaire""",
        lab(note="post only, very formal"),
        inv="LAD-04468",
        amt="540.00",
        charset="windows-1252",
    ),
    Reply(
        "un-es-dejad",
        "unsubscribe",
        "es",
        ("Paco Heredia", "paco.heredia@bodegaelcandil.example"),
        "2029-03-17 13:05",
        "iphone",
        "Dejad de mandarme correos, ya lo pagaré cuando pueda. Estoy hasta arriba.",
        lab(note="stop request plus a vague, undated intention to pay"),
        inv="LAD-04524",
        amt="330.00",
    ),
    Reply(
        "un-es-mayusculas",
        "unsubscribe",
        "es",
        ("Recepcion Clinica Fisio+", "recepcion@fisiomas-sevilla.example"),
        "2029-03-26 10:52",
        "android",
        "POR FAVOR QUITEN ESTE CORREO DE SU LISTA. NO QUEREMOS RECIBIR MAS AVISOS",
        lab(note="all caps, no accents"),
        inv="LAD-04580",
    ),
    Reply(
        "un-nl-afmelden",
        "unsubscribe",
        "nl",
        ("Pieter Jansen", "pieterjansen.zzp@gmail.com"),
        "2029-03-11 21:02",
        "gmail_plain",
        "Afmelden",
        lab(note="one word"),
        inv="LAD-04446",
    ),
    Reply(
        "un-nl-advocaat",
        "unsubscribe",
        "nl",
        ("Directie Kinderdagverblijf De Vlinder", "directie@kdv-devlinder.example"),
        "2029-03-20 15:15",
        "outlook_html",
        """\
Geachte heer/mevrouw,

Naar aanleiding van uw herinnering laten wij u weten dat wij deze kwestie in handen hebben gegeven van onze advocaat. Wij verzoeken u vriendelijk doch dringend om ons niet langer rechtstreeks te benaderen; verdere correspondentie graag uitsluitend via mr. Van Dijk.

Met vriendelijke groet,

Monique Verhoeven
Directie Kinderdagverblijf De Vlinder""",
        lab(note="only through the lawyer, who is named but without an address"),
        inv="LAD-04534",
    ),
    Reply(
        "un-it-pagato-basta",
        "unsubscribe",
        "it",
        ("Agenzia Immobiliare Colombo", "info@immobiliarecolombo.example"),
        "2029-03-09 12:40",
        "gmail",
        """\
Buongiorno,

vi prego di non inviarci più solleciti via mail. Il pagamento l'abbiamo fatto da settimane e non intendiamo continuare a ricevere queste comunicazioni.

Saluti
Roberta Colombo""",
        lab(note="stop request plus a payment claim: unsubscribe wins"),
        inv="LAD-04444",
        amt="280.00",
    ),
    Reply(
        "un-it-cancellatemi",
        "unsubscribe",
        "it",
        ("Giulia", "giulia.moretti89@libero.it"),
        "2029-03-27 22:17",
        "iphone",
        "cancellatemi dalla vostra mailing list grazie",
        lab(note="no capitals, no punctuation"),
        inv="LAD-04587",
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-ooo-until",
        "auto_reply",
        "en",
        ("Claire Whitfield", "claire.whitfield@pennantlegal.example"),
        "2029-03-12 09:05",
        "none",
        """\
Thank you for your email. I am out of the office until Friday 16 March with limited access to email.

For urgent matters please contact Janet Price on janet.price@pennantlegal.example or call 01632 960772.

Claire Whitfield
Practice Manager, Pennant Legal LLP""",
        lab(
            note="'until X' is X itself; a colleague's address in an auto-reply is not a new contact",
            return_date="2029-03-16",
        ),
        zone="uk",
        inv="LAD-04460",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-en-ticket-precedence",
        "auto_reply",
        "en",
        ("Brightwater Facilities Helpdesk", "helpdesk@brightwaterfm.example"),
        "2029-03-19 08:51",
        "none",
        """\
This is an automated response. Please do not reply to this message.

Your request has been logged with the Brightwater Facilities helpdesk.

Ticket reference: BWF-118274
Priority: Normal
Target response time: 2 working days

A member of the team will respond as soon as possible. To add information to this request, send a new email quoting the ticket reference in the subject line.

Brightwater Facilities Management""",
        lab(note="ticket acknowledgement carrying only a Precedence header"),
        zone="uk",
        inv="LAD-04527",
        subject="[Ticket #BWF-118274] {rsub}",
        headers=(("Precedence", "auto_reply"),),
        threaded=False,
    ),
    Reply(
        "ar-en-easter-closure",
        "auto_reply",
        "en",
        ("Meadowbank Veterinary Surgery", "accounts@meadowbankvets.example"),
        "2029-03-30 07:02",
        "none",
        """\
Thank you for your email.

Our accounts office is closed over the Easter weekend, from Friday 30 March to Monday 2 April inclusive, and will reopen on Tuesday 3 April. The surgery itself remains open for emergencies – please call the main number.

Messages received during the closure will be answered in order of receipt once we are back.

Meadowbank Veterinary Surgery""",
        lab(
            note="closed to Monday 2 April inclusive, reopens Tuesday 3 April: the day back",
            return_date="2029-04-03",
        ),
        zone="uk",
        inv="LAD-04609",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-de-abwesend",
        "auto_reply",
        "de",
        ("Katrin Maier", "k.maier@maier-steuerberatung.example"),
        "2029-03-13 08:30",
        "none",
        """\
Vielen Dank für Ihre Nachricht.

Ich bin vom 12.03. bis einschließlich 16.03.2029 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, den 19.03., bin ich wieder für Sie erreichbar.

Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unser Sekretariat.

Mit freundlichen Grüßen
Katrin Maier""",
        lab(
            note="'ab Montag, den 19.03.' wins over 'bis einschließlich 16.03.'",
            return_date="2029-03-19",
        ),
        inv="LAD-04465",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-de-eingang-xautoreply",
        "auto_reply",
        "de",
        (
            "Rechnungseingang Städtisches Klinikum Nordstadt",
            "rechnungseingang@klinikum-nordstadt.example",
        ),
        "2029-03-21 11:04",
        "none",
        """\
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ihre E-Mail ist in unserem zentralen Rechnungseingang eingegangen und wird in der Reihenfolge des Eingangs bearbeitet. Die Bearbeitungszeit beträgt derzeit bis zu zehn Arbeitstage.

Bitte senden Sie Ihr Anliegen nicht erneut, da dies die Bearbeitung verzögert.

Dies ist eine automatisch erzeugte Nachricht.

Städtisches Klinikum Nordstadt
Geschäftsbereich Finanzen – Kreditorenbuchhaltung""",
        lab(note="receipt acknowledgement carrying only X-Autoreply"),
        inv="LAD-04545",
        subject="Eingangsbestätigung: {rsub}",
        headers=(("X-Autoreply", "yes"),),
        threaded=False,
    ),
    Reply(
        "ar-fr-retour-lundi",
        "auto_reply",
        "fr",
        ("Émilie Rousseau", "emilie.rousseau@agence-horizon.example"),
        "2029-03-19 09:12",
        "none",
        """\
Bonjour,

Je suis absente du bureau cette semaine et serai de retour le lundi 26 mars. Pendant mon absence, vos messages ne seront pas transférés.

Pour toute urgence, vous pouvez joindre l'accueil de l'agence au 01 99 00 12 34.

Cordialement,
Émilie Rousseau""",
        lab(return_date="2029-03-26"),
        inv="LAD-04532",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-fr-accuse-reception",
        "auto_reply",
        "fr",
        (
            "Groupe Hôtelier Azur – Comptabilité fournisseurs",
            "fournisseurs@groupe-azur-hotels.example",
        ),
        "2029-03-27 06:15",
        "none",
        """\
Madame, Monsieur,

Nous accusons bonne réception de votre message, qui a été enregistré sous le numéro FRN-2029-004512.

Notre service traite les demandes dans un délai moyen de cinq jours ouvrés. Merci de ne pas renvoyer votre demande entre-temps.

Ce message est généré automatiquement, merci de ne pas y répondre.

Comptabilité fournisseurs
Groupe Hôtelier Azur""",
        lab(note="ticket-style acknowledgement, base64"),
        inv="LAD-04584",
        subject="Accusé de réception – {rsub}",
        cte="b64",
        headers=(AUTO_GENERATED,),
        threaded=False,
    ),
    Reply(
        "ar-es-semana-santa",
        "auto_reply",
        "es",
        ("Lucía Navarro", "lnavarro@navarrofisioterapia.example"),
        "2029-03-29 10:20",
        "none",
        """\
Hola,

Estaré fuera de la oficina por Semana Santa hasta el 2 de abril, sin acceso al correo.

Si el asunto es urgente, puede escribir a recepcion@navarrofisioterapia.example.

Un saludo,
Lucía Navarro
Navarro Fisioterapia""",
        lab(note="'hasta X' is X itself", return_date="2029-04-02"),
        inv="LAD-04603",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-nl-weer-aanwezig",
        "auto_reply",
        "nl",
        ("Marieke Postma", "m.postma@postma-mondzorg.example"),
        "2029-03-06 08:02",
        "none",
        """\
Beste afzender,

Bedankt voor uw e-mail. Ik ben deze week afwezig. Vanaf maandag 12 maart ben ik weer aanwezig en zal ik uw bericht zo snel mogelijk beantwoorden.

Met vriendelijke groet,
Marieke Postma
Postma Mondzorg""",
        lab(return_date="2029-03-12"),
        inv="LAD-04407",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-nl-restaurant-zonder-header",
        "auto_reply",
        "nl",
        ("Restaurant De Gouden Karper", "info@degoudenkarper.example"),
        "2029-03-15 14:31",
        "none",
        """\
Bedankt voor uw bericht aan Restaurant De Gouden Karper!

Wij zijn geopend van woensdag tot en met zondag vanaf 17.00 uur. Uw e-mail wordt zo snel mogelijk door een van onze medewerkers beantwoord, meestal binnen twee werkdagen.

Wilt u reserveren? Dat kan het snelst via onze website of telefonisch.

Hartelijke groet,
Team De Gouden Karper""",
        lab(note="restaurant autoresponder without any auto-reply header"),
        inv="LAD-04493",
        subject="Bedankt voor uw bericht!",
        threaded=False,
    ),
    Reply(
        "ar-it-rientro",
        "auto_reply",
        "it",
        ("Francesca Lombardi", "f.lombardi@lombardiassicurazioni.example"),
        "2029-03-19 09:40",
        "none",
        """\
Buongiorno,

sarò assente dall'ufficio dal 19 al 23 marzo compresi, con accesso limitato alla posta elettronica. Rientrerò lunedì 26 marzo.

Per questioni urgenti potete contattare la collega Serena Bianchi all'indirizzo s.bianchi@lombardiassicurazioni.example.

Cordiali saluti
Francesca Lombardi""",
        lab(
            note="the stated day back wins; the colleague's address is not a new contact",
            return_date="2029-03-26",
        ),
        inv="LAD-04531",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-it-pratica",
        "auto_reply",
        "it",
        (
            "Poliambulatorio Salus – Servizio Clienti",
            "noreply@poliambulatoriosalus.example",
        ),
        "2029-03-12 10:03",
        "none",
        """\
Gentile utente,

la sua richiesta è stata registrata con il numero di pratica 2029/1187 e sarà presa in carico dal primo operatore disponibile.

Riceverà una risposta entro tre giorni lavorativi. Per eventuali integrazioni la preghiamo di citare sempre il numero di pratica.

Questo è un messaggio automatico, la preghiamo di non rispondere.

Poliambulatorio Salus – Servizio Clienti""",
        lab(note="ticket acknowledgement with X-Autoreply and Precedence but no Auto-Submitted"),
        inv="LAD-04505",
        subject="Presa in carico richiesta n. 2029/1187",
        headers=(("X-Autoreply", "yes"), ("Precedence", "bulk")),
        threaded=False,
    ),
]

OTHER = [
    Reply(
        "ot-en-did-we-not-pay",
        "other",
        "en",
        ("Fiona Grant", "fiona@grantwellbeing.example"),
        "2029-03-07 17:25",
        "outlook_html",
        """\
Hi,

Did we not pay this already? I thought Sarah sorted all the February invoices before she went on maternity leave. Can you check your end and let me know?

Thanks,
Fiona""",
        lab(
            note="a question whether it was paid: no payment claim and no document request; a person should check"
        ),
        zone="uk",
        inv="LAD-04418",
        amt="240.00",
    ),
    Reply(
        "ot-en-tank-green",
        "other",
        "en",
        ("Dr James Whitaker", "j.whitaker@whitakerorthodontics.example"),
        "2029-03-26 08:17",
        "iphone",
        """\
Whilst I've got you – the tank in reception has gone green again and one of the tangs is looking poorly. We've got a CQC inspection on Thursday, is there any chance someone can come out before then?

James""",
        lab(note="service request in the reminder thread; nothing about the invoice"),
        zone="uk",
        inv="LAD-04578",
    ),
    Reply(
        "ot-en-forwarded",
        "other",
        "en",
        ("Tasha Mills", "tasha.m@coastalyoga.example"),
        "2029-03-14 12:05",
        "gmail_plain",
        "thanks, ive forwarded this to our finance manager",
        lab(note="acknowledgement; passing it on without naming an address"),
        zone="uk",
        inv="LAD-04491",
    ),
    Reply(
        "ot-de-weitergegeben",
        "other",
        "de",
        ("Sabine Köhler", "sabine.koehler@koehler-partner.example"),
        "2029-03-08 12:12",
        "outlook",
        "Danke, habe ich an unsere Buchhaltung weitergegeben.\n\nSabine Köhler",
        lab(note="acknowledgement only"),
        inv="LAD-04431",
    ),
    Reply(
        "ot-de-kuendigung",
        "other",
        "de",
        ("Zahnärzte am Dom", "info@zahnaerzte-am-dom.example"),
        "2029-03-20 12:55",
        "gmail",
        """\
Guten Tag,

bei der Gelegenheit: Wir möchten den Wartungsvertrag für das Aquarium im Wartezimmer zum nächstmöglichen Termin kündigen, da wir im Sommer in neue Räume umziehen und dort kein Platz dafür ist. Bitte bestätigen Sie uns die Kündigung und teilen Sie uns mit, wann das Becken abgeholt werden kann.

Freundliche Grüße
Dr. Tobias Lang
Zahnärzte am Dom""",
        lab(
            note="cancels the maintenance contract: not a request to stop e-mails, and nothing about this invoice"
        ),
        inv="LAD-04536",
        amt="189.00",
    ),
    Reply(
        "ot-fr-comptable-technicien",
        "other",
        "fr",
        ("Agathe Blanc", "agathe@fleuristeblanc.example"),
        "2029-03-16 18:20",
        "iphone",
        "Bonsoir, je regarde ça avec ma comptable la semaine prochaine. Au fait, le technicien passe quand ce mois-ci ? Le filtre fait un bruit bizarre depuis quelques jours.\nAgathe",
        lab(note="'je regarde ça' is no commitment to pay; a service question"),
        inv="LAD-04516",
    ),
    Reply(
        "ot-fr-rappelez-moi",
        "other",
        "fr",
        ("Olivier Marchand", "o.marchand@marchand-kine.example"),
        "2029-03-28 11:45",
        "outlook",
        """\
Bonjour,

Pouvez-vous me rappeler à ce sujet ? Je préfère en parler de vive voix plutôt que par mail. Je suis joignable au 06 99 00 45 17 entre 12h et 14h.

Olivier Marchand
Cabinet de kinésithérapie Marchand""",
        lab(note="asks for a call back; what he wants is unknown"),
        inv="LAD-04594",
        charset="iso-8859-1",
    ),
    Reply(
        "ot-es-recibido",
        "other",
        "es",
        ("Beatriz Gil", "beatriz.gil@asesoriagil.example"),
        "2029-03-05 11:20",
        "android",
        "Recibido.",
        lab(note="one-word acknowledgement, not a payment claim"),
        inv="LAD-04401",
    ),
    Reply(
        "ot-es-segundo-acuario",
        "other",
        "es",
        ("Hotel Boutique Las Dunas", "direccion@hotellasdunas.example"),
        "2029-03-22 16:48",
        "gmail",
        """\
Hola,

Aprovecho el correo para preguntaros otra cosa: estamos reformando el comedor y nos gustaría poner un segundo acuario, algo más grande que el de recepción, tipo pared. ¿Podría pasarse alguien a verlo y darnos presupuesto? Mejor por las mañanas.

Gracias,
Álvaro Prieto
Director – Hotel Boutique Las Dunas""",
        lab(note="sales enquiry in the reminder thread; nothing about the invoice"),
        inv="LAD-04548",
    ),
    Reply(
        "ot-nl-is-dit-echt",
        "other",
        "nl",
        ("Ingrid Visser", "ingrid@vissertandtechniek.example"),
        "2029-03-13 09:58",
        "outlook",
        """\
Goedemorgen,

Is deze mail echt van jullie? Vorige week kregen we een mail met jullie logo en een ander rekeningnummer, die hebben we niet vertrouwd. Ik wil even zeker weten dat dit klopt voordat ik iets doe. Bel me gerust even.

Ingrid Visser
Visser Tandtechniek""",
        lab(note="suspicion after a fraud attempt; asks for a call, not for documents"),
        inv="LAD-04467",
    ),
    Reply(
        "ot-nl-maandag-kijken",
        "other",
        "nl",
        ("Rick", "rick@surfschoolnoordzee.example"),
        "2029-03-24 15:10",
        "iphone",
        "Ontvangen, ik kijk er maandag naar.",
        lab(note="'I'll look at it on Monday' is no promise to pay"),
        inv="LAD-04570",
    ),
    Reply(
        "ot-it-ok-grazie",
        "other",
        "it",
        ("Davide Ferrari", "davide.ferrari@autofficinaferrari.example"),
        "2029-03-15 08:47",
        "android",
        "Ok grazie",
        lab(note="bare acknowledgement"),
        inv="LAD-04503",
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
# Delivery reports: machine skeletons around hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder that was sent to ``rcpt`` in ``rlang``.

    ``lang`` is the language of the report's human-readable text, ``when`` the report's time on
    the reporting server's clock in ``zone``, and ``delay`` the minutes since the reminder left.
    """

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    inv: str
    builder: str
    zone: str = "ce"
    delay: int = 2
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """The report's Date:."""
        return local_time(self.zone, self.when)

    @property
    def sent(self) -> datetime:
        """When the reminder left Lanternfish, on Lanternfish's (UK) clock."""
        return in_zone("uk", self.dt - timedelta(minutes=self.delay))

    def reminder(self) -> Message:
        """The reminder exactly as Lanternfish's mailer sent it."""
        currency = "GBP" if self.rlang == "en" else "EUR"
        amount = DEFAULT_AMOUNTS[number(self.key, "amount", len(DEFAULT_AMOUNTS))]
        issued = self.dt.date() - timedelta(days=38 + number(self.key, "issued", 15))
        msg = text_part(reminder_text(self.rlang, self.inv, amount, currency, issued), "plain")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = encode_header(reminder_subject(self.rlang, self.inv))
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = reminder_message_id(self.key)
        move_mime_headers_last(msg)
        return msg

    def subject(self) -> str:
        """The reminder's subject, decoded."""
        return reminder_subject(self.rlang, self.inv)


def stamp(moment: datetime) -> str:
    """An RFC 5322 date."""
    return format_datetime(moment)


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    remote: str = "",
    message_fields: tuple[str, ...] = (),
) -> Message:
    """A message/delivery-status part (RFC 3464) for one recipient."""
    arrival = in_zone(b.zone, b.sent)
    per_message = [
        f"Reporting-MTA: dns; {mta}",
        *message_fields,
        f"Arrival-Date: {stamp(arrival)}",
    ]
    per_recipient = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: {diagnostic}",
        f"Last-Attempt-Date: {stamp(b.dt)}",
    ]
    if action == "delayed":
        per_recipient.append(
            f"Will-Retry-Until: {stamp(in_zone(b.zone, b.sent + timedelta(days=2)))}"
        )
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [message_from_string("\n".join(block) + "\n") for block in (per_message, per_recipient)]
    )
    return part


def returned_headers(b: Bounce) -> Message:
    """A text/rfc822-headers part with the reminder's header block."""
    block = "".join(f"{name}: {value}\n" for name, value in b.reminder().items())
    return text_part(block, "rfc822-headers", "us-ascii", "7bit")


def returned_message(b: Bounce) -> Message:
    """A message/rfc822 part with the whole reminder."""
    return MIMEMessage(b.reminder())


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def human_alternative(text: str) -> Message:
    """A plain and an HTML rendering of a report's human-readable text."""
    paragraphs = "".join(
        f"<p>{html.escape(p, quote=False).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n")
    )
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        f'<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">{paragraphs}</body></html>\n'
    )
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, "plain"))
    outer.attach(text_part(markup, "html"))
    return outer


def address_of(sender: str) -> str:
    """The address inside a From: value."""
    match = re.search(r"<([^>]+)>", sender) or re.match(r"(\S+@\S+)", sender)
    if match is None:
        raise ValueError(sender)
    return match.group(1)


def seal(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    headers: tuple[tuple[str, str], ...] = (AUTO_REPLIED,),
    boundary_prefix: str = "----=_NextPart_",
) -> Message:
    """Envelope headers and final tidying for a report."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encode_header(subject)
    msg["Date"] = format_datetime(b.dt)
    host = address_of(sender).split("@", 1)[1]
    msg["Message-ID"] = f"<{b32(b.key, 'report', 22).lower()}@{host}>"
    for name, value in headers:
        msg[name] = value
    return finish(msg, b.key, boundary_prefix)


def bounce_postfix_domain(b: Bounce) -> Message:
    """Lanternfish's own Postfix relay: the customer's domain no longer exists."""
    domain = b.rcpt.split("@", 1)[1]
    human = (
        "This is the mail system at host mail.lanternfish-aquaria.example.\n\n"
        "Your message could not be delivered to one or more recipients.\n"
        "The headers of the undelivered message are attached below.\n\n"
        "For help, write to postmaster@lanternfish-aquaria.example and\n"
        "include this report.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: Host or domain name not found. Name service\n"
        f"    error for name={domain} type=MX: Host not found\n"
    )
    status = delivery_status(
        b,
        "mail.lanternfish-aquaria.example",
        "failed",
        f"X-Postfix; Host or domain name not found. Name service error for name={domain} type=MX: Host not found",
        message_fields=(
            "X-Postfix-Queue-ID: 4ZK7qT0c3Nz9vWd",
            f"X-Postfix-Sender: rfc822; {AR_ADDR}",
        ),
    )
    msg = report(text_part(human, "plain", "us-ascii", "7bit"), status, returned_headers(b))
    sender = "MAILER-DAEMON@mail.lanternfish-aquaria.example (Mail Delivery System)"
    return seal(b, msg, sender, "Undelivered Mail Returned to Sender")


def bounce_qmail_user(b: Bounce) -> Message:
    """A qmail host at the customer's web hosting company: no such mailbox. Not MIME at all."""
    host = "mx1.kernowwebhosting.example"
    copy = b.reminder().as_string()
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28114 invoked from network); {stamp(b.sent)}\n"
        f"Received: from mail.lanternfish-aquaria.example (198.51.100.23)\n  by {host} with ESMTPS; {stamp(b.sent)}\n"
        f"{copy}"
    )
    msg = Message()
    msg["Return-Path"] = "<>"
    msg["From"] = f"MAILER-DAEMON@{host}"
    msg["To"] = AR_ADDR
    msg["Subject"] = "failure notice"
    msg["Date"] = format_datetime(b.dt)
    msg["Message-ID"] = (
        f"<{number(b.key, 'qmail', 900000000) + 100000000}.{number(b.key, 'pid', 90000)}.qmail@{host}>"
    )
    msg.set_payload(text)
    return msg


def bounce_exim_delay(b: Bounce) -> Message:
    """An Exim filtering relay in front of the customer's server: deferred by a policy limit."""
    host = "relay2.northgate-mailguard.example"
    exim_id = "1vK3aQ-00041x-7H"
    subject = encode_header(b.subject()).replace("\n ", " ")
    human = (
        "This message was created automatically by mail delivery software.\n"
        "A message that you sent has not yet been delivered to one or more of its\n"
        f"recipients after more than 24 hours on the queue on {host}.\n\n"
        f"The message identifier is:     {exim_id}\n"
        f"The subject of the message is: {subject}\n"
        f"The date of the message is:    {stamp(b.sent)}\n\n"
        "The address to which the message has not yet been delivered is:\n\n"
        f"  {b.rcpt}\n"
        "    host mail.pembertonchiro.example [192.0.2.118]\n"
        f"    Delay reason: SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        f"    451 4.7.1 <{b.rcpt}>: Recipient address rejected: Policy limit reached,\n"
        "    too many messages from this sender, try again later\n\n"
        "No action is required on your part. Delivery attempts will continue for\n"
        "some time, and this warning may be repeated at intervals if the message\n"
        "remains undelivered. Eventually the mail delivery software will give up,\n"
        "and when that happens, the message will be returned to you.\n"
    )
    msg = text_part(human, "plain", "us-ascii", "7bit")
    return seal(
        b,
        msg,
        f"Mail Delivery System <Mailer-Daemon@{host}>",
        f"Warning: message {exim_id} delayed 24 hours",
        headers=(AUTO_REPLIED, ("References", reminder_message_id(b.key))),
    )


def exchange_report(b: Bounce, human: str, server: str, action: str, diagnostic: str) -> Message:
    """An Exchange Online report: human text and HTML, delivery status, returned headers."""
    status = delivery_status(
        b, server, action, diagnostic, remote=server if action == "delayed" else ""
    )
    return report(human_alternative(human), status, returned_headers(b))


def bounce_o365_delay_de(b: Bounce) -> Message:
    """Exchange Online, German: delivery delayed."""
    server = "FR4P281MB3310.DEUP281.PROD.OUTLOOK.example"
    human = (
        "Die Zustellung an diese Empfänger oder Gruppen ist verzögert:\n\n"
        f"{b.rcpt}\n\n"
        f"Betreff: {b.subject()}\n\n"
        "Die Nachricht wurde noch nicht zugestellt. Das System versucht weiterhin, sie zuzustellen.\n\n"
        "Die Zustellung wird noch 1 Tag, 19 Stunden und 48 Minuten lang versucht. Kann die Nachricht bis dahin nicht zugestellt werden, erhalten Sie eine weitere Benachrichtigung.\n\n"
        "Diagnoseinformationen für Administratoren:\n\n"
        f"Generierender Server: {server}\n"
        f"Empfänger: {b.rcpt}\n"
        "Letzter Fehler: 451 4.4.7 Message delayed; the receiving server did not respond in time"
    )
    msg = exchange_report(b, human, server, "delayed", "smtp; 451 4.4.7 Message delayed")
    domain = b.rcpt.split("@", 1)[1]
    return seal(
        b,
        msg,
        f"Microsoft Outlook <postmaster@{domain}>",
        f"Zustellung verzögert: {b.subject()}",
        boundary_prefix="outlook",
    )


def bounce_provider_de_user(b: Bounce) -> Message:
    """A German mail provider's own wording: unknown recipient."""
    human = (
        "Dies ist eine automatisch erstellte Nachricht des MailHafen-Mailsystems.\n\n"
        "Ihre Nachricht konnte nicht an alle Empfänger zugestellt werden.\n"
        "Der folgende Empfänger ist bei uns nicht bekannt:\n\n"
        f"    {b.rcpt}\n\n"
        "Bitte prüfen Sie die Schreibweise der Adresse. Der Fehler ist dauerhaft, es werden keine weiteren Zustellversuche unternommen.\n\n"
        "Technische Details:\n"
        f"    550 5.1.1 <{b.rcpt}>: Empfängeradresse unbekannt (user unknown)\n\n"
        "Die Kopfzeilen Ihrer Nachricht finden Sie im Anhang.\n"
    )
    status = delivery_status(
        b,
        "mx03.mailhafen.example",
        "failed",
        f"smtp; 550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown",
    )
    msg = report(text_part(human, "plain"), status, returned_headers(b))
    return seal(
        b,
        msg,
        "Mail Delivery System <MAILER-DAEMON@mx03.mailhafen.example>",
        f"Unzustellbar: {b.subject()}",
    )


def bounce_o365_user_fr(b: Bounce) -> Message:
    """Exchange Online, French: the address does not exist."""
    server = "PR1P264MB2285.FRAP264.PROD.OUTLOOK.example"
    human = (
        "Votre message n'a pas pu être remis aux destinataires ou groupes suivants :\n\n"
        f"{b.rcpt}\n"
        "L'adresse de messagerie que vous avez saisie est introuvable. Vérifiez l'adresse du destinataire et renvoyez le message. Si le problème persiste, contactez votre service d'assistance.\n\n"
        "Informations de diagnostic pour les administrateurs :\n\n"
        f"Serveur à l'origine du rapport : {server}\n\n"
        f"{b.rcpt}\n"
        "Le serveur distant a renvoyé « 550 5.1.10 RESOLVER.ADR.RecipientNotFound; adresse introuvable lors de la recherche SMTP »"
    )
    msg = exchange_report(
        b,
        human,
        server,
        "failed",
        "smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    )
    domain = b.rcpt.split("@", 1)[1]
    return seal(
        b,
        msg,
        f"Microsoft Outlook <postmaster@{domain}>",
        f"Non remis : {b.subject()}",
        boundary_prefix="outlook",
    )


def bounce_provider_fr_full(b: Bounce) -> Message:
    """A French hosting provider's notice in Latin-1: mailbox full (with a 5.x code)."""
    sent = in_zone("ce", b.sent)
    human = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du service Messagerie Pro.\n\n"
        f"Votre message du {sent:%d/%m/%Y} à {sent:%H:%M}, ayant pour objet « {latin1(b.subject())} », n'a pas pu être distribué au destinataire suivant :\n\n"
        f"    {b.rcpt}\n\n"
        "Motif : la boîte aux lettres du destinataire est pleine (552 5.2.2 Mailbox quota exceeded).\n\n"
        "Le destinataire doit libérer de l'espace avant de pouvoir recevoir de nouveaux messages. Vous pourrez renvoyer votre message ultérieurement.\n\n"
        "--\n"
        "Messagerie Pro - Service technique\n"
    )
    msg = text_part(human, "plain", "iso-8859-1", "qp")
    return seal(
        b,
        msg,
        "Service Messagerie Pro <postmaster@smtp-in.messagerie-pro.example>",
        "Message non distribué : boîte aux lettres pleine",
    )


def bounce_gmail_domain_es(b: Bounce) -> Message:
    """Gmail in Spanish: the recipient's domain does not exist."""
    domain = b.rcpt.split("@", 1)[1]
    human = (
        "No se ha encontrado la dirección\n\n"
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado el dominio {domain}. Comprueba que no haya errores tipográficos ni espacios innecesarios y vuelve a intentarlo.\n\n"
        "La respuesta del servidor remoto ha sido:\n\n"
        f"DNS Error: DNS type 'mx' lookup of {domain} responded with code NXDOMAIN\n"
        f"Domain name not found: {domain}"
    )
    status = delivery_status(
        b,
        "googlemail.com",
        "failed",
        f"smtp; DNS Error: DNS type 'mx' lookup of {domain} responded with code NXDOMAIN Domain name not found: {domain}",
    )
    msg = report(human_alternative(human), status, returned_message(b))
    return seal(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        headers=(AUTO_REPLIED, ("X-Failed-Recipients", b.rcpt)),
        boundary_prefix="gmail",
    )


def bounce_provider_es_full(b: Bounce) -> Message:
    """A Spanish hosting provider, 8-bit Latin-1: mailbox full, still retrying."""
    sent = in_zone("ce", b.sent)
    human = (
        "Este es un mensaje generado automáticamente por el sistema de correo de ServiHost.\n\n"
        "Todavía no ha sido posible entregar su mensaje al siguiente destinatario:\n\n"
        f"  {b.rcpt}\n\n"
        "Motivo: el buzón del destinatario está lleno (452 4.2.2 Mailbox full).\n\n"
        "El sistema seguirá intentando la entrega durante las próximas 48 horas. Si pasado ese plazo el buzón sigue lleno, el mensaje le será devuelto.\n\n"
        f"Asunto del mensaje original: {latin1(b.subject())}\n"
        f"Fecha de envío: {sent:%d/%m/%Y %H:%M}\n"
    )
    msg = text_part(human, "plain", "iso-8859-1", "8bit")
    return seal(
        b,
        msg,
        "Sistema de correo ServiHost <postmaster@correo.servihost.example>",
        "Aviso: mensaje todavía no entregado",
    )


def bounce_provider_nl_delay(b: Bounce) -> Message:
    """A Dutch hosting provider: the receiving server does not answer."""
    host = b.rcpt.split("@", 1)[1]
    human = (
        "Dit is een automatisch bericht van de mailserver van HostingNoord.\n\n"
        "Uw bericht kon nog niet worden afgeleverd bij de volgende ontvanger:\n\n"
        f"    {b.rcpt}\n\n"
        "De ontvangende server reageert op dit moment niet (verbinding verlopen). Wij blijven het de komende vijf dagen opnieuw proberen. U hoeft niets te doen; als de bezorging definitief mislukt, ontvangt u een nieuw bericht.\n\n"
        "Technische gegevens:\n"
        "    Status: 4.4.1\n"
        f"    Reden: connect to mail.{host}[192.0.2.210]:25: Connection timed out\n"
    )
    status = delivery_status(
        b,
        "mx2.hostingnoord.example",
        "delayed",
        f"X-Postfix; connect to mail.{host}[192.0.2.210]:25: Connection timed out",
    )
    msg = report(text_part(human, "plain"), status, returned_headers(b))
    return seal(
        b,
        msg,
        "Mail Delivery System <MAILER-DAEMON@mx2.hostingnoord.example>",
        f"Vertraagde bezorging: {b.subject()}",
    )


def bounce_o365_policy_it(b: Bounce) -> Message:
    """Exchange Online, Italian: the group accepts internal senders only."""
    server = "MI1P293MB0741.ITAP293.PROD.OUTLOOK.example"
    group = b.rcpt.split("@", 1)[0]
    human = (
        "Il messaggio non è stato recapitato ai destinatari o ai gruppi seguenti:\n\n"
        f"{b.rcpt}\n"
        f"Il gruppo {group} accetta solo messaggi inviati da persone dell'organizzazione o da mittenti autorizzati. Il mittente non è autorizzato e il messaggio non è stato recapitato.\n\n"
        "Per recapitare il messaggio, chiedere al proprietario del gruppo di aggiungere il mittente all'elenco dei mittenti consentiti.\n\n"
        "Informazioni di diagnostica per gli amministratori:\n\n"
        f"Server di generazione: {server}\n\n"
        f"{b.rcpt}\n"
        "Il server remoto ha restituito '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required'"
    )
    msg = exchange_report(
        b,
        human,
        server,
        "failed",
        "smtp; 550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required",
    )
    domain = b.rcpt.split("@", 1)[1]
    return seal(
        b,
        msg,
        f"Microsoft Outlook <postmaster@{domain}>",
        f"Non recapitabile: {b.subject()}",
        boundary_prefix="outlook",
    )


def bounce_provider_it_quota(b: Bounce) -> Message:
    """An Italian mail provider: mailbox over quota, still retrying."""
    human = (
        "Questo è un messaggio automatico del servizio di posta PostaWeb.\n\n"
        "Non è stato ancora possibile consegnare il suo messaggio al destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        "La casella del destinatario ha superato lo spazio disponibile. Il sistema riproverà la consegna per i prossimi 3 giorni; se lo spazio non verrà liberato, il messaggio le sarà restituito.\n\n"
        "Dettagli tecnici: 452 4.2.2 Mailbox over quota\n"
    )
    status = delivery_status(
        b,
        "mx.postaweb-italia.example",
        "delayed",
        f"smtp; 452 4.2.2 <{b.rcpt}>: Mailbox over quota",
    )
    msg = report(text_part(human, "plain"), status, returned_headers(b))
    return seal(
        b,
        msg,
        "Mail Delivery System <mailer-daemon@mx.postaweb-italia.example>",
        f"Mancato recapito temporaneo: {b.subject()}",
    )


BOUNCE_BUILDERS: dict[str, Callable[[Bounce], Message]] = {
    "postfix_domain": bounce_postfix_domain,
    "qmail_user": bounce_qmail_user,
    "exim_delay": bounce_exim_delay,
    "o365_delay_de": bounce_o365_delay_de,
    "provider_de_user": bounce_provider_de_user,
    "o365_user_fr": bounce_o365_user_fr,
    "provider_fr_full": bounce_provider_fr_full,
    "gmail_domain_es": bounce_gmail_domain_es,
    "provider_es_full": bounce_provider_es_full,
    "provider_nl_delay": bounce_provider_nl_delay,
    "o365_policy_it": bounce_o365_policy_it,
    "provider_it_quota": bounce_provider_it_quota,
}

BOUNCES = [
    Bounce(
        "bo-en-postfix-domain",
        "en",
        "hard",
        "5.4.4",
        "accounts@seaviewsmiles.example",
        "2029-03-06 08:47",
        "en",
        "LAD-04406",
        "postfix_domain",
        zone="uk",
        note="RFC 3464 report from Lanternfish's relay: the domain no longer exists",
    ),
    Bounce(
        "bo-en-qmail-user",
        "en",
        "hard",
        "5.1.1",
        "bookings@thesaltloftcafe.example",
        "2029-03-20 08:52",
        "en",
        "LAD-04539",
        "qmail_user",
        zone="uk",
        note="qmail notice, not MIME, no Auto-Submitted; the returned message is inline",
    ),
    Bounce(
        "bo-en-exim-delay",
        "en",
        "soft",
        "4.7.1",
        "office@pembertonchiro.example",
        "2029-03-08 09:41",
        "en",
        "LAD-04438",
        "exim_delay",
        zone="uk",
        delay=24 * 60 + 7,
        note="Exim delay warning, plain text; temporary policy limit",
    ),
    Bounce(
        "bo-de-o365-delay",
        "de",
        "soft",
        "4.4.7",
        "einkauf@hotel-alpenrose-garmisch.example",
        "2029-03-15 13:40",
        "de",
        "LAD-04469",
        "o365_delay_de",
        delay=4 * 60 + 12,
        note="Exchange Online delay notice in German",
    ),
    Bounce(
        "bo-de-provider-user",
        "de",
        "hard",
        "5.1.1",
        "info@physio-elbufer.example",
        "2029-03-22 09:47",
        "de",
        "LAD-04551",
        "provider_de_user",
    ),
    Bounce(
        "bo-fr-o365-user",
        "fr",
        "hard",
        "5.1.10",
        "facturation@clinique-saint-roch.example",
        "2029-03-09 09:12",
        "fr",
        "LAD-04449",
        "o365_user_fr",
    ),
    Bounce(
        "bo-fr-provider-full",
        "fr",
        "soft",
        "5.2.2",
        "contact@lepetitcaboulot.example",
        "2029-03-12 10:06",
        "fr",
        "LAD-04479",
        "provider_fr_full",
        note="mailbox full reported with a 5.x code: soft, and the code is kept",
    ),
    Bounce(
        "bo-es-gmail-domain",
        "es",
        "hard",
        "5.1.2",
        "administracion@clinicadentalsolana.example",
        "2029-03-14 10:31",
        "es",
        "LAD-04487",
        "gmail_domain_es",
        delay=1,
        note="Gmail report in Spanish; the domain does not exist",
    ),
    Bounce(
        "bo-es-provider-full",
        "es",
        "soft",
        "4.2.2",
        "info@restauranteelfaro.example",
        "2029-03-19 12:50",
        "es",
        "LAD-04515",
        "provider_es_full",
        delay=3 * 60 + 9,
        note="provider notice in 8-bit Latin-1, single part",
    ),
    Bounce(
        "bo-nl-provider-delay",
        "nl",
        "soft",
        "4.4.1",
        "administratie@strandpaviljoenzeezout.example",
        "2029-03-27 13:10",
        "nl",
        "LAD-04582",
        "provider_nl_delay",
        delay=4 * 60,
        note="delay report in Dutch, after the switch to summer time",
    ),
    Bounce(
        "bo-it-o365-policy",
        "it",
        "hard",
        "5.7.133",
        "amministrazione@gruppomedicoriviera.example",
        "2029-03-13 10:06",
        "it",
        "LAD-04464",
        "o365_policy_it",
        delay=1,
        note="permanent policy refusal: the group accepts internal senders only",
    ),
    Bounce(
        "bo-it-provider-quota",
        "it",
        "soft",
        "4.2.2",
        "info@ottica-belvedere.example",
        "2029-03-26 15:30",
        "it",
        "LAD-04576",
        "provider_it_quota",
        delay=6 * 60,
        note="mailbox over quota, still retrying",
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> dict[str, object]:
    """The label of a hand-written message, without the file name."""
    label: dict[str, object] = {"intent": r.intent, **dict.fromkeys(FIELD_KEYS)}
    label.update({k: v for k, v in r.labels.items() if k in FIELD_KEYS})
    label["invoice_refs"] = list(cast_refs(r.labels.get("invoice_refs", [])))
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def cast_refs(value: object) -> list[str]:
    """The invoice references of a label, checked to be a list of strings."""
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SystemExit(f"bad invoice_refs {value!r}")
    return [str(v) for v in value]


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label of a delivery report, without the file name."""
    label: dict[str, object] = {"intent": "bounce", **dict.fromkeys(FIELD_KEYS)}
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def reply_snippet(r: Reply) -> str:
    """A piece of the hand-written text that must survive the round trip."""
    first = next(line for line in r.body.split("\n") if line.strip())[:48]
    return html.escape(first, quote=False) if r.style in {"html_only", "none_html"} else first


@dataclass(frozen=True)
class Item:
    """One message ready to be written."""

    key: str
    msg: Message
    label: dict[str, object]
    snippet: str
    zone: str


def all_items() -> list[Item]:
    """Every message of the corpus, in file order."""
    items = [Item(r.key, build_reply(r), reply_label(r), reply_snippet(r), r.zone) for r in REPLIES]
    items += [
        Item(b.key, BOUNCE_BUILDERS[b.builder](b), bounce_label(b), b.rcpt, b.zone) for b in BOUNCES
    ]
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    return sorted(
        items,
        key=lambda item: hashlib.sha256(f"{SEED}:{item.key}".encode()).hexdigest(),
    )


def squash(text: str) -> str:
    """Whitespace-normalised text."""
    return " ".join(text.split())


def check_message(name: str, data: bytes, item: Item) -> None:
    """Parse a written file back: headers decode, text parts decode, no defects."""
    parsed = message_from_bytes(data, policy=policy.default)
    if not isinstance(parsed, EmailMessage):
        raise SystemExit(f"{name}: not parsed as EmailMessage")
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if parsed[header] is None:
            raise SystemExit(f"{name}: no {header}")
    texts: list[str] = []
    for part in parsed.walk():
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects}")
        for header_name, value in part.items():
            if isinstance(value, BaseHeader) and value.defects:
                raise SystemExit(f"{name}: {header_name} defects {value.defects}")
            str(value)
        if part.get_content_maintype() == "text":
            if not isinstance(part, EmailMessage):
                raise SystemExit(f"{name}: text part is not an EmailMessage")
            content = part.get_content()
            if not isinstance(content, str):
                raise SystemExit(f"{name}: text part did not decode to str")
            texts.append(content)
    if squash(item.snippet) not in squash("\n".join(texts)):
        raise SystemExit(f"{name}: hand-written text not found after decoding ({item.snippet!r})")
    sent = parsed["Date"].datetime
    if not isinstance(sent, datetime):
        raise SystemExit(f"{name}: bad Date")
    local = in_zone(item.zone, sent)
    if sent.utcoffset() != local.utcoffset() or not FIRST_DAY <= local.date() <= LAST_DAY:
        raise SystemExit(f"{name}: Date {sent} is outside the range or in the wrong offset")


ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
INVOICE = re.compile(r"^LAD-\d{5}$")


def check_label(label: Mapping[str, object]) -> None:
    """The label's keys, types and the intent's own fields."""
    where = str(label.get("file"))
    if tuple(label) != LABEL_ORDER:
        raise SystemExit(f"{where}: label keys {tuple(label)}")
    intent, lang = label["intent"], label["language"]
    if intent not in INTENTS or lang not in LANGS:
        raise SystemExit(f"{where}: bad intent or language")
    allowed = INTENT_FIELDS.get(str(intent), frozenset())
    for key in FIELD_KEYS:
        value = label[key]
        if value is not None and (key not in allowed or not isinstance(value, str)):
            raise SystemExit(f"{where}: field {key} must be null for {intent}")
        if isinstance(value, str) and key.endswith("_date"):
            if not ISO_DATE.match(value):
                raise SystemExit(f"{where}: {key} is not an ISO date")
            date.fromisoformat(value)
    amount, currency = label["amount"], label["currency"]
    if (amount is None) != (currency is None):
        raise SystemExit(f"{where}: amount and currency go together")
    if isinstance(amount, str) and not AMOUNT.match(amount):
        raise SystemExit(f"{where}: bad amount {amount}")
    if currency not in {None, "GBP", "EUR"}:
        raise SystemExit(f"{where}: bad currency {currency}")
    contact = label["new_contact"]
    if isinstance(contact, str) and (contact != contact.lower() or "@" not in contact):
        raise SystemExit(f"{where}: new_contact must be a lower-case address")
    if intent == "bounce" and (
        label["bounce_kind"] not in {"hard", "soft"}
        or not label["failed_recipient"]
        or not label["bounce_status"]
    ):
        raise SystemExit(f"{where}: bounce fields missing")
    refs = cast_refs(label["invoice_refs"])
    if len(set(refs)) != len(refs) or not all(INVOICE.match(ref) for ref in refs):
        raise SystemExit(f"{where}: bad invoice_refs {refs}")
    note = label["note"]
    if note is not None and not isinstance(note, str):
        raise SystemExit(f"{where}: note must be text or null")


def check_counts(labels: list[dict[str, object]]) -> None:
    """Twelve messages per intent, spread over the languages as planned."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent in INTENTS:
        for lang in LANGS:
            if cells[intent, lang] != PLAN[intent][lang]:
                raise SystemExit(
                    f"{intent}/{lang}: {cells[intent, lang]} messages, planned {PLAN[intent][lang]}"
                )
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        raise SystemExit(f"bounce kinds {dict(kinds)}")


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
    totals = [sum(cells[intent, lang] for intent in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def write_all() -> list[dict[str, object]]:
    """Write every .eml file and labels.jsonl next to this script; return the labels."""
    items = all_items()
    for old in HERE.glob(f"{FILE_PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    for index, item in enumerate(items, start=1):
        name = f"{FILE_PREFIX}-{index:03d}.eml"
        data = item.msg.as_bytes()
        check_message(name, data, item)
        (HERE / name).write_bytes(data)
        label: dict[str, object] = {"file": name, **item.label}
        check_label(label)
        labels.append(label)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    """Rebuild the corpus and print the count table."""
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft")
    return 0


if __name__ == "__main__":
    sys.exit(main())
