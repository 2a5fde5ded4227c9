# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001
# Message text is kept one paragraph a line, as a mail client sends it, with the typographic
# dashes, quotes and emoji that people and their clients really type.
"""Build held-out reply corpus 133: `h133-NNN.eml` files and `labels.jsonl`.

Every message answers (or reports on) an overdue-invoice reminder sent by Marigold Events
Photography from `billing@marigold-photo.example`. The new text of each message is written by
hand below. The script adds only what a mail client or a mail server would add: the quoted
reminder in the client's layout and language, headers, MIME structure, charsets and transfer
encodings. Run it from anywhere; it writes next to itself, deterministically, then parses every
file back and checks the labels.
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
from datetime import date, datetime, timedelta, timezone
from email import charset as cs
from email import message_from_bytes, message_from_string, policy
from email.header import Header
from email.headerregistry import BaseHeader
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = 13320310
PREFIX = "h133"
AR_NAME = "Marigold Accounts"
AR_ADDR = "billing@marigold-photo.example"
AR_DOMAIN = "marigold-photo.example"
UK_TZ = timezone(timedelta(hours=1))  # BST, in force all through August and September
CE_TZ = timezone(timedelta(hours=2))  # CEST, likewise
FIRST_DAY = date(2031, 8, 18)
LAST_DAY = date(2031, 9, 12)
UK_BANK_HOLIDAYS = frozenset({date(2031, 8, 25)})
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
# Which intent may fill which field; every other field stays null.
FIELDS_FOR = {
    "payment_sent": {"paid_date", "payment_reference", "amount", "currency"},
    "promise_to_pay": {"promised_date", "amount", "currency"},
    "auto_reply": {"return_date"},
    "wrong_contact": {"new_contact"},
    "bounce": {"bounce_kind", "failed_recipient", "bounce_status"},
}

# --------------------------------------------------------------------------------------------
# Locale tables
# --------------------------------------------------------------------------------------------

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
    "de": ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
    "fr": ("lun", "mar", "mer", "jeu", "ven", "sam", "dim"),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "it": ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
}
# Only the months that occur (the invoices are from July, the messages from August and September).
MONTH_NAMES = {
    "en": {7: "July", 8: "August", 9: "September"},
    "de": {7: "Juli", 8: "August", 9: "September"},
    "fr": {7: "juillet", 8: "août", 9: "septembre"},
    "es": {7: "julio", 8: "agosto", 9: "septiembre"},
    "nl": {7: "juli", 8: "augustus", 9: "september"},
    "it": {7: "luglio", 8: "agosto", 9: "settembre"},
}
MONTH_ABBR = {
    "en": {7: "Jul", 8: "Aug", 9: "Sept"},
    "de": {7: "Juli", 8: "Aug.", 9: "Sept."},
    "fr": {7: "juil.", 8: "août", 9: "sept."},
    "es": {7: "jul", 8: "ago", 9: "sept"},
    "nl": {7: "jul", 8: "aug", 9: "sep"},
    "it": {7: "lug", 8: "ago", 9: "set"},
}

# Attribution lines, one template per client family and language.
GMAIL_ATTR = {
    "en": "On {wd}, {d} {mon} {y} at {HH}:{mm}, {who} wrote:",
    "de": "Am {wd}., {d}. {mon} {y} um {HH}:{mm} Uhr schrieb {who}:",
    "fr": "Le {wd}. {d} {mon} {y} à {HH}:{mm}, {who} a écrit :",
    "es": "El {wd}, {d} {mon} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wd} {d} {mon} {y} om {HH}:{mm} schreef {who}:",
    "it": "Il giorno {wd} {d} {mon} {y} alle ore {HH}:{mm} {who} ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {mon} {y}, at {HH}:{mm}, {who} wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {who}:",
    "fr": "Le {d} {mon} {y} à {HH}:{mm}, {who} a écrit :",
    "es": "El {d} {mon} {y}, a las {H}:{mm}, {who} escribió:",
    "nl": "Op {d} {mon} {y}, om {HH}:{mm} heeft {who} het volgende geschreven:",
    "it": "Il giorno {d} {mon} {y}, alle ore {HH}:{mm}, {who} ha scritto:",
}
THUNDERBIRD_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{d} {month} {y} {HH}:{mm}",
    "de": "{day}, {d}. {month} {y} {HH}:{mm}",
    "fr": "{day} {d} {month} {y} {HH}:{mm}",
    "es": "{day}, {d} de {month} de {y} {H}:{mm}",
    "nl": "{day} {d} {month} {y} {HH}:{mm}",
    "it": "{day} {d} {month} {y} {HH}:{mm}",
}
# divider line, From, Sent, To, Subject, label separator
OUTLOOK_LABELS = {
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
AUTO_REPLY_PREFIX = {
    "en": "Automatic reply: ",
    "de": "Automatische Antwort: ",
    "fr": "Réponse automatique : ",
    "es": "Respuesta automática: ",
    "nl": "Automatisch antwoord: ",
    "it": "Risposta automatica: ",
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
    "en": "Get Outlook for Android<https://aka.ms/AAb9ysg>",
    "de": "Outlook für Android herunterladen<https://aka.ms/AAb9ysg>",
    "fr": "Télécharger Outlook pour Android<https://aka.ms/AAb9ysg>",
    "es": "Obtener Outlook para Android<https://aka.ms/AAb9ysg>",
    "nl": "Outlook voor Android downloaden<https://aka.ms/AAb9ysg>",
    "it": "Scarica Outlook per Android<https://aka.ms/AAb9ysg>",
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
# The reminder that every reply answers (Marigold's own wording, in the customer's language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Payment reminder – invoice {inv} overdue",
    "de": "Zahlungserinnerung – Rechnung {inv} überfällig",
    "fr": "Rappel de paiement – facture {inv} échue",
    "es": "Recordatorio de pago – factura {inv} vencida",
    "nl": "Betalingsherinnering – factuur {inv} vervallen",
    "it": "Promemoria di pagamento – fattura {inv} scaduta",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "We hope the photographs and edits have been serving you well. According to our records the invoice below has passed its due date and is still open:\n\n"
        "Invoice: {inv}\nDate of issue: {issued}\nDue date: {due}\nAmount outstanding: {amt}\n\n"
        "If you have already paid, thank you – please let us know the payment date so that we can match it. If something on the invoice looks wrong, just reply to this message and we will sort it out.\n\n"
        "With best wishes,\n\nAccounts\nMarigold Events Photography\nbilling@marigold-photo.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "nach unseren Unterlagen ist die folgende Rechnung inzwischen fällig und noch nicht beglichen:\n\n"
        "Rechnung: {inv}\nRechnungsdatum: {issued}\nFällig seit: {due}\nOffener Betrag: {amt}\n\n"
        "Falls Sie bereits gezahlt haben, danken wir Ihnen und bitten kurz um das Zahlungsdatum, damit wir den Eingang zuordnen können. Sollte an der Rechnung etwas nicht stimmen, antworten Sie einfach auf diese Nachricht.\n\n"
        "Freundliche Grüße\n\nBuchhaltung\nMarigold Events Photography\nbilling@marigold-photo.example"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, la facture ci-dessous est arrivée à échéance et reste à régler :\n\n"
        "Facture : {inv}\nDate d'émission : {issued}\nÉchéance : {due}\nMontant dû : {amt}\n\n"
        "Si le règlement a déjà été effectué, nous vous en remercions et vous serions reconnaissants de nous en indiquer la date afin de pouvoir le rapprocher. Si un point de la facture vous semble inexact, il vous suffit de répondre à ce message.\n\n"
        "Bien cordialement,\n\nService comptabilité\nMarigold Events Photography\nbilling@marigold-photo.example"
    ),
    "es": (
        "Buenos días:\n\n"
        "Según nuestros registros, la siguiente factura ha superado su fecha de vencimiento y sigue pendiente de pago:\n\n"
        "Factura: {inv}\nFecha de emisión: {issued}\nVencimiento: {due}\nImporte pendiente: {amt}\n\n"
        "Si ya ha realizado el pago, se lo agradecemos y le rogamos que nos indique la fecha para poder conciliarlo. Si observa algún error en la factura, basta con responder a este mensaje.\n\n"
        "Un saludo cordial,\n\nAdministración\nMarigold Events Photography\nbilling@marigold-photo.example"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is de onderstaande factuur over de vervaldatum heen en nog niet voldaan:\n\n"
        "Factuur: {inv}\nFactuurdatum: {issued}\nVervaldatum: {due}\nOpenstaand bedrag: {amt}\n\n"
        "Heeft u al betaald? Dank daarvoor; laat u ons dan even de betaaldatum weten, zodat wij de betaling kunnen koppelen. Klopt er iets niet aan de factuur, dan kunt u gewoon op deze e-mail reageren.\n\n"
        "Met vriendelijke groet,\n\nAdministratie\nMarigold Events Photography\nbilling@marigold-photo.example"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dalle nostre registrazioni risulta che la fattura indicata di seguito è scaduta e non ancora saldata:\n\n"
        "Fattura: {inv}\nData di emissione: {issued}\nScadenza: {due}\nImporto da saldare: {amt}\n\n"
        "Se avete già provveduto al pagamento, vi ringraziamo e vi chiediamo di indicarci la data, così da poterlo abbinare. Se qualcosa nella fattura non vi torna, basta rispondere a questo messaggio.\n\n"
        "Cordiali saluti,\n\nAmministrazione\nMarigold Events Photography\nbilling@marigold-photo.example"
    ),
}
# What a Latin-1 client does to characters it cannot send.
NBSP = "\u00a0"
LATIN1_SWAPS = {"–": "-", "€": "EUR", "’": "'", "“": '"', "”": '"', "…": "..."}


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


def sender_tz(lang: str) -> timezone:
    """UK senders write in BST, everyone else in CEST (both in force for every date here)."""
    return UK_TZ if lang == "en" else CE_TZ


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One hand-written message: who wrote it, when, with which client, and its labels."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    inv: str
    amt: str
    labels: Mapping[str, object] = field(default_factory=dict)
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, bytes] | None = None
    days_before: int = 1
    threaded: bool = True

    @property
    def dt(self) -> datetime:
        """The message's Date, in the sender's own offset."""
        naive = datetime.strptime(self.when, "%Y-%m-%d %H:%M")
        return naive.replace(tzinfo=sender_tz(self.lang))


def lab(refs: tuple[str, ...] = (), note: str | None = None, **fields: str) -> dict[str, object]:
    """Label fields beyond intent and language; `refs` are the invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# --------------------------------------------------------------------------------------------
# Dates, money, ids and text helpers
# --------------------------------------------------------------------------------------------


def date_words(lang: str, dt: datetime) -> dict[str, str]:
    """The pieces a client needs to print a date in `lang`."""
    return {
        "day": DAY_NAMES[lang][dt.weekday()],
        "wd": DAY_ABBR[lang][dt.weekday()],
        "month": MONTH_NAMES[lang][dt.month],
        "mon": MONTH_ABBR[lang][dt.month],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "m": str(dt.month),
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "H": str(dt.hour),
        "HH": f"{dt.hour:02d}",
        "mm": f"{dt.minute:02d}",
    }


def fill(template: str, lang: str, dt: datetime, **extra: str) -> str:
    """Fill a date template for `lang` (names, numbers and any extra fields)."""
    return template.format(**date_words(lang, dt), **extra)


def short_date(lang: str, day: date) -> str:
    """An invoice date as the reminder prints it in `lang`."""
    if lang == "en":
        return f"{day.day} {MONTH_NAMES['en'][day.month]} {day.year}"
    sep = {"de": ".", "nl": "-"}.get(lang, "/")
    return f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}"


def money(value: str, lang: str) -> str:
    """A decimal string such as '1450.00' written the way the reminder writes it in `lang`."""
    units, cents = value.split(".")
    grouped = f"{int(units):,}"
    if lang == "en":
        return f"£{grouped}.{cents}"
    if lang == "fr":
        return f"{grouped.replace(',', NBSP)},{cents}{NBSP}€"
    grouped = grouped.replace(",", ".")
    if lang in {"nl", "it"}:
        return f"€ {grouped},{cents}"
    return f"{grouped},{cents} €"


def invoice_dates(inv: str) -> tuple[date, date]:
    """Issue and due date of an invoice (30 days' terms, issued in the first half of July)."""
    issued = date(2031, 7, 1 + int(inv[-4:]) % 15)
    return issued, issued + timedelta(days=30)


def latin1_safe(text: str) -> str:
    """Replace what ISO-8859-1 cannot carry, as a Latin-1 client would."""
    for bad, good in LATIN1_SWAPS.items():
        text = text.replace(bad, good)
    return text


def fits(text: str, charset: str) -> str:
    """The text as a client using `charset` would send it."""
    return latin1_safe(text) if charset == "iso-8859-1" else text


def digest(key: str, salt: str) -> bytes:
    """A stable pseudo-random byte string for `key`."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def token(key: str, salt: str, n: int, alphabet: str = "b32") -> str:
    """A stable token of `n` characters, in the alphabet a given system would use."""
    raw = digest(key, salt) + digest(key, salt + "+")
    if alphabet == "hex":
        return raw.hex()[:n]
    if alphabet == "b64":
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")[:n]
    return base64.b32encode(raw).decode().rstrip("=")[:n]


def uuid_like(key: str, salt: str) -> str:
    """An upper-case UUID-shaped token, as Apple clients write them."""
    h = token(key, salt, 32, "hex").upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def reminder_msgid(key: str) -> str:
    """Message-ID of the reminder that `key` answers."""
    return f"<reminder.{token(key, 'reminder', 16, 'hex')}@mail.{AR_DOMAIN}>"


def quote_lines(text: str) -> str:
    """Quote a block with '> ', the way plain-text clients do."""
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    """Text to HTML with <br> line breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """Text to HTML paragraphs (blank line = new paragraph)."""
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def word_paragraphs(text: str) -> str:
    """Text to the MsoNormal paragraphs Outlook's Word editor writes."""
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        out.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(out)


def flowed(text: str, width: int = 72) -> str:
    """Encode text as format=flowed (RFC 3676): a line that wraps ends in a space."""
    out: list[str] = []
    for line in text.split("\n"):
        if line == "-- ":  # the signature separator is never flowed
            out.append(line)
            continue
        depth = len(line) - len(line.lstrip(">"))
        rest = line[depth:].removeprefix(" ") if depth else line
        rest = rest.rstrip(" ")
        if not rest:
            out.append(">" * depth)
            continue
        prefix = ">" * depth + " " if depth else ""
        if not depth and rest.startswith((" ", "From ")):
            rest = " " + rest  # space-stuffing
        chunks: list[str] = []
        current = ""
        for word in rest.split(" "):
            if current and len(prefix) + len(current) + len(word) > width:
                chunks.append(current)  # ends with the soft-break space
                current = ""
            current += word + " "
        chunks.append(current[:-1])
        out.extend(prefix + chunk for chunk in chunks)
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------


def body_charset(name: str, cte: str) -> cs.Charset:
    """A fresh Charset with the transfer encoding the client would choose."""
    charset = cs.Charset(name)
    if cte == "qp":
        charset.body_encoding = cs.QP
    elif cte == "b64":
        charset.body_encoding = cs.BASE64
    else:  # 8bit or 7bit: leave the body as it is
        charset.body_encoding = None  # type: ignore[assignment]
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text/* part; raises if the hand-written text does not fit the charset."""
    text.encode(charset)
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def alternative(text: Message, markup: Message) -> Message:
    """multipart/alternative of a plain and an HTML part."""
    outer = MIMEMultipart("alternative")
    outer.attach(text)
    outer.attach(markup)
    return outer


def header_charset(charset: str, value: str = "") -> str:
    """The charset a client uses for encoded words: its body charset, UTF-8 if that cannot hold it."""
    if charset in {"us-ascii", "utf-8"}:
        return "utf-8"
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        return "utf-8"
    return charset


def encoded(value: str, charset: str, name: str = "Subject") -> str:
    """The header value as a client encodes it (RFC 2047 when it is not ASCII)."""
    if value.isascii():
        return value
    return Header(value, header_charset(charset, value), header_name=name).encode()


def mailbox(name: str, addr: str, charset: str = "utf-8") -> str:
    """A From/To value with an RFC 2047 display name when needed."""
    if not name:
        return addr
    return formataddr((name, addr), charset=header_charset(charset, name))


def display(name: str, addr: str) -> str:
    """How a client prints a mailbox inside a quoted header block (decoded)."""
    return f"{name} <{addr}>" if name else addr


def tidy_headers(msg: Message) -> None:
    """MIME headers go below the envelope headers; only the top level says MIME-Version."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value

    def strip(part: Message, top: bool) -> None:
        if not top:
            del part["MIME-Version"]
        if part.is_multipart():
            # get_payload() is typed loosely; on a multipart it is the list of sub-parts
            for sub in cast(list[Message], part.get_payload()):
                strip(sub, part.get_content_type() == "message/rfc822")

    strip(msg, True)


def set_boundaries(msg: Message, key: str, prefix: str) -> None:
    """Fixed boundaries, shaped like the sending system's own."""
    for n, part in enumerate(p for p in msg.walk() if p.get_content_maintype() == "multipart"):
        part.set_boundary(prefix + token(key, f"boundary{n}", 26, "hex"))


# --------------------------------------------------------------------------------------------
# The reminder being answered, as the replying client shows it
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """What a reply quotes: the reminder, seen from the replying client."""

    text: str
    subject: str
    sent: datetime
    lang: str
    to: tuple[str, str]


def working_day_before(day: date, days: int) -> date:
    """`days` days back, then further back to a UK working day."""
    day -= timedelta(days=days)
    while day.weekday() >= 5 or day in UK_BANK_HOLIDAYS:
        day -= timedelta(days=1)
    return day


def reminder_sent(r: Reply) -> datetime:
    """When the reminder went out.

    A little after nine, UK time, on a working day before the reply; for an automatic answer,
    a couple of minutes before it.
    """
    if r.days_before == 0:
        return r.dt - timedelta(minutes=2)
    day = working_day_before(r.dt.date(), r.days_before)
    sent = datetime(day.year, day.month, day.day, 9, 1 + day.day % 6, 40 - day.day, tzinfo=UK_TZ)
    return sent.astimezone(sender_tz(r.lang))


def reminder_text(lang: str, inv: str, amt: str) -> str:
    """The reminder body in `lang` for one invoice."""
    issued, due = invoice_dates(inv)
    return REMINDER_BODY[lang].format(
        inv=inv,
        issued=short_date(lang, issued),
        due=short_date(lang, due),
        amt=money(amt, lang),
    )


def reminder_subject(lang: str, inv: str) -> str:
    """The reminder subject in `lang`."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def make_quote(r: Reply) -> Quote:
    """The reminder `r` answers, as `r`'s client would render it."""
    return Quote(
        text=fits(reminder_text(r.lang, r.inv, r.amt), r.charset),
        subject=fits(reminder_subject(r.lang, r.inv), r.charset),
        sent=reminder_sent(r),
        lang=r.lang,
        to=(fits(r.who[0], r.charset), r.who[1]),
    )


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def outlook_rows(q: Quote) -> list[tuple[str, str]]:
    """The From/Sent/To/Subject rows of an Outlook reply header."""
    _, frm, sent, to, subj, _ = OUTLOOK_LABELS[q.lang]
    return [
        (frm, display(AR_NAME, AR_ADDR)),
        (sent, fill(OUTLOOK_SENT[q.lang], q.lang, q.sent)),
        (to, display(*q.to)),
        (subj, q.subject),
    ]


def outlook_block(q: Quote) -> str:
    """The header rows as Outlook writes them in plain text."""
    sep = OUTLOOK_LABELS[q.lang][5]
    return "\n".join(f"{label}{sep}{value}" for label, value in outlook_rows(q))


def who_quoted() -> str:
    """The reminder's sender as it appears in attribution lines."""
    return display(AR_NAME, AR_ADDR)


def style_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text, with the old '-----Original Message-----' block."""
    text = f"{r.body}\n\n{OUTLOOK_LABELS[q.lang][0]}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, r.cte)


def word_html(r: Reply, q: Quote) -> str:
    """Outlook's Word-generated HTML: the reply, the divider and the original below it."""
    sep = OUTLOOK_LABELS[q.lang][5].rstrip()
    rows = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep)}</b> {html.escape(value)}"
        for label, value in outlook_rows(q)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
        "@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{CONTENT_LANGUAGE[r.lang]}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{rows}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop HTML: multipart/alternative of its plain rendering and Word markup."""
    text = f"{r.body}\n\n{outlook_block(q)}\n\n{q.text}\n"
    return alternative(
        text_part(text, "plain", r.charset, r.cte),
        text_part(word_html(r, q), "html", r.charset, r.cte),
    )


def style_html_only(r: Reply, q: Quote) -> Message:
    """An Outlook message sent as text/html alone (no plain alternative)."""
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def style_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: plain text in base64, with its download line and divider."""
    text = f"{r.body}\n\n{ANDROID_SIGNATURE[q.lang]}\n{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_attribution(q: Quote) -> str:
    """Gmail's 'On … wrote:' line in the sender's language."""
    return fill(GMAIL_ATTR[q.lang], q.lang, q.sent, who=who_quoted(), name=AR_NAME, addr=AR_ADDR)


def style_gmail(r: Reply, q: Quote) -> Message:
    """Gmail web: multipart/alternative, the quote inside div.gmail_quote."""
    attr = gmail_attribution(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr, quote=False)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f'<div dir="ltr">{html_paragraphs(q.text)}</div></blockquote></div>\n'
    )
    return alternative(
        text_part(text, "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: '>' quoting."""
    text = f"{r.body}\n\n{gmail_attribution(q)}\n\n{quote_lines(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def apple_attribution(q: Quote) -> str:
    """Apple Mail's attribution line in the sender's language."""
    return fill(APPLE_ATTR[q.lang], q.lang, q.sent, who=who_quoted())


def style_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac: multipart/alternative with a cite blockquote."""
    attr = apple_attribution(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'<div>{html_lines(r.body)}</div><div><br><blockquote type="cite"><div>{html.escape(attr, quote=False)}</div>'
        f'<br class="Apple-interchange-newline"><div>{html_paragraphs(q.text)}</div></blockquote></div><br></body></html>\n'
    )
    return alternative(
        text_part(text, "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def style_iphone(r: Reply, q: Quote) -> Message:
    """iPhone Mail: plain text, the localised signature, then the whole quote with '>'."""
    quoted = quote_lines(f"{apple_attribution(q)}\n\n{q.text}")
    return text_part(
        f"{r.body}\n\n{IPHONE_SIGNATURE[q.lang]}\n\n{quoted}\n",
        "plain",
        r.charset,
        r.cte,
    )


def style_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: attribution right above the '>' quote; format=flowed in UTF-8."""
    attr = fill(THUNDERBIRD_ATTR[q.lang], q.lang, q.sent, name=AR_NAME)
    text = f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n"
    if r.charset != "utf-8":
        return text_part(text, "plain", r.charset, r.cte)
    part = text_part(flowed(text), "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def style_notice(r: Reply, q: Quote) -> Message:
    """An automatic notice: quotes nothing."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def style_html_notice(r: Reply, q: Quote) -> Message:
    """An automatic notice sent as text/html only (the body is hand-written markup)."""
    del q
    markup = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n</head>\n'
        f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n{r.body}\n</body>\n</html>\n'
    )
    return text_part(markup, "html", r.charset, r.cte)


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "android": style_android,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "notice": style_notice,
    "html_notice": style_html_notice,
}
OUTLOOK_FAMILY = frozenset({"outlook", "outlook_html", "html_only", "android"})
NOTICES = frozenset({"notice", "html_notice"})
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3826.600.51.1.5)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22G86)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Thunderbird/140.2.0",
        ),
    ),
}
BOUNDARY_PREFIX = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "outlook_html": "_000_",
    "html_only": "_000_",
}


def reply_msgid(r: Reply) -> str:
    """A Message-ID shaped like the sending client's, derived from the key."""
    domain = r.who[1].split("@")[1]
    if r.style in {"gmail", "gmail_plain"}:
        return f"<CA{token(r.key, 'gmail', 44, 'b64')}@mail.gmail.com>"
    if r.style in OUTLOOK_FAMILY:
        host = ("LO2P265MB" if r.lang == "en" else "AM9PR02MB") + token(r.key, "host", 4, "hex")
        zone = "GBRP265" if r.lang == "en" else "EURPRD02"
        return f"<{host.upper()}{token(r.key, 'ms', 28, 'hex').upper()}@{host.upper()}.{zone}.PROD.OUTLOOK.COM>"
    if r.style in {"apple", "iphone"}:
        return f"<{uuid_like(r.key, 'apple')}@{domain}>"
    if r.style == "thunderbird":
        return f"<{uuid_like(r.key, 'tb').lower()}@{domain}>"
    return f"<{token(r.key, 'notice', 24, 'hex')}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    """The subject the client (or the person) gave the message."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    if r.style in NOTICES:
        return AUTO_REPLY_PREFIX[r.lang] + q.subject
    if r.style in OUTLOOK_FAMILY:
        return OUTLOOK_REPLY_PREFIX[r.lang] + q.subject
    return "Re: " + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    """The extra headers Exchange and Outlook add."""
    index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
    return [
        ("Thread-Topic", encoded(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", f"{CONTENT_LANGUAGE[r.lang]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    """Wrap the body in multipart/mixed with a PDF when the sender attached one."""
    if r.attach is None:
        return body
    name, data = r.attach
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(data, "pdf", name=name)
    pdf.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(pdf)
    return outer


def build_reply(r: Reply) -> Message:
    """The complete message for one hand-written spec."""
    q = make_quote(r)
    msg = with_attachment(r, STYLES[r.style](r, q))
    msg["From"] = mailbox(*r.who, charset=r.charset)
    msg["To"] = mailbox(AR_NAME, AR_ADDR)
    for name, value in r.headers:
        if name == "Cc":
            msg["Cc"] = value
    msg["Subject"] = encoded(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.style in OUTLOOK_FAMILY else []
    for name, value in [*extra, *STYLE_HEADERS.get(r.style, ())]:
        msg[name] = value
    for name, value in r.headers:
        if name != "Cc":
            msg[name] = value
    tidy_headers(msg)
    fallback = "_000_" if r.style in OUTLOOK_FAMILY else "----=_Part_"
    set_boundaries(msg, r.key, BOUNDARY_PREFIX.get(r.style, fallback))
    return msg


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")
RECEIPT_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

PAYMENT_SENT = [
    Reply(
        key="ps-en-paid-one-word",
        intent="payment_sent",
        lang="en",
        who=("Rory Fenwick", "rory@fenwickweddings.example"),
        when="2031-08-19 07:48",
        style="iphone",
        body="Paid.",
        inv="MEP-0412",
        amt="640.00",
        labels=lab(note="one word in answer to a reminder; no date given"),
    ),
    Reply(
        key="ps-en-remittance-advice",
        intent="payment_sent",
        lang="en",
        who=(
            "Northgate Hotels Group – Accounts Payable",
            "ap-remittance@northgate-hotels.example",
        ),
        when="2031-08-27 06:15",
        style="html_notice",
        subject="Remittance Advice – Northgate Hotels Group plc – Payment 0000781243",
        body=(
            "<p><b>REMITTANCE ADVICE</b></p>\n"
            "<p>Supplier: MARIGOLD EVENTS PHOTOGRAPHY<br>\nSupplier number: 204417<br>\n"
            "Payment date: 27/08/2031<br>\nPayment method: BACS<br>\nPayment reference: 0000781243</p>\n"
            '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">\n'
            "<tr><th>Invoice number</th><th>Invoice date</th><th>Description</th><th>Amount paid</th></tr>\n"
            "<tr><td>MEP-0452</td><td>03/07/2031</td><td>Summer conference photography</td><td>&pound;2,160.00</td></tr>\n"
            "<tr><td>MEP-0459</td><td>10/07/2031</td><td>Headshots &ndash; new starters</td><td>&pound;380.00</td></tr>\n"
            '<tr><td colspan="3"><b>Total paid</b></td><td><b>&pound;2,540.00</b></td></tr>\n'
            "</table>\n"
            "<p>Funds should reach your account within 2 working days.</p>\n"
            '<p style="color:#808080">This is an automatically generated message from the Northgate Hotels Group finance system. '
            "Please do not reply to this email. For remittance queries contact apqueries@northgate-hotels.example quoting your supplier number.</p>"
        ),
        inv="MEP-0452",
        amt="2160.00",
        headers=(AUTO_GENERATED,),
        threaded=False,
        labels=lab(
            ("MEP-0452", "MEP-0459"),
            paid_date="2031-08-27",
            payment_reference="0000781243",
            amount="2540.00",
            currency="GBP",
            note="AP-system remittance advice (HTML only) covering two invoices: the amount is the total paid; the queries address is not a new contact",
        ),
    ),
    Reply(
        key="ps-en-paid-on-15-08",
        intent="payment_sent",
        lang="en",
        who=("Meera Joshi", "meera@joshi-pr.example"),
        when="2031-08-20 12:31",
        style="gmail",
        body=(
            "Hi there,\n\n"
            "We paid this on 15/08 by bank transfer – £1,180.00 with MEP0426 as the reference. Can you check again? It went to the Starling account that's printed on the invoice, so it should be there.\n\n"
            "Thanks,\nMeera\n\n"
            "Meera Joshi | Founder\nJoshi PR & Events"
        ),
        inv="MEP-0426",
        amt="1180.00",
        labels=lab(
            ("MEP-0426",),
            paid_date="2031-08-15",
            payment_reference="MEP0426",
            amount="1180.00",
            currency="GBP",
            note="'15/08' is a UK day/month date; the transfer reference is the invoice number without its hyphen, so it is both the payment reference and an invoice ref",
        ),
    ),
    Reply(
        key="ps-de-erledigt",
        intent="payment_sent",
        lang="de",
        who=("Jonas Wehrle", "j.wehrle@wehrle-kommunikation.example"),
        when="2031-08-21 18:05",
        style="iphone",
        body="Erledigt.",
        inv="MEP-0422",
        amt="960.00",
        labels=lab(note="one word ('done') in answer to a reminder: paid; no date"),
    ),
    Reply(
        key="ps-fr-paid-send-copy",
        intent="payment_sent",
        lang="fr",
        who=("Claire Desmarais", "c.desmarais@atelier-desmarais.example"),
        when="2031-09-03 10:22",
        style="outlook",
        charset="windows-1252",
        body=(
            "Bonjour,\n\n"
            "Le virement de 890,00 € est parti vendredi dernier depuis notre compte pro, vous devriez le voir passer d’ici demain.\n\n"
            "Par contre notre expert-comptable ne retrouve pas la facture MEP-0434 dans nos pièces : pourriez-vous m’en renvoyer une copie en PDF ?\n\n"
            "Merci d’avance,\n\n"
            "Claire Desmarais\nAtelier Desmarais – création florale événementielle\n06 71 42 18 09"
        ),
        inv="MEP-0434",
        amt="890.00",
        labels=lab(
            ("MEP-0434",),
            paid_date="2031-08-29",
            amount="890.00",
            currency="EUR",
            note="paid, plus a request for a copy of the invoice: the payment wins; 'vendredi dernier' from Wed 3 Sep is 29 Aug",
        ),
    ),
    Reply(
        key="ps-fr-mobile-no-punctuation",
        intent="payment_sent",
        lang="fr",
        who=("Karim B.", "karim.benali.events@gmail.com"),
        when="2031-08-26 21:14",
        style="android",
        body="bonjour cest reglé ce soir par virement instantané desolé pour le retard jetais en deplacement toute la semaine\nkarim",
        inv="MEP-0449",
        amt="420.00",
        labels=lab(
            paid_date="2031-08-26",
            note="no punctuation, missing accents; 'ce soir' is the message date",
        ),
    ),
    Reply(
        key="ps-es-justificante-adjunto",
        intent="payment_sent",
        lang="es",
        who=(
            "Administración Hoteles Brisamar",
            "administracion@hotelesbrisamar.example",
        ),
        when="2031-09-01 11:40",
        style="outlook",
        charset="iso-8859-1",
        days_before=4,
        body=(
            "Buenos días:\n\n"
            "Les informamos de que el pasado jueves 28 de agosto se ordenó la transferencia por importe de 1.450,00 EUR correspondiente a su factura MEP-0470. Adjuntamos el justificante bancario.\n\n"
            "La referencia de la operación es 2031082800193.\n\n"
            "Reciban un cordial saludo,\n\n"
            "Departamento de Administración\nHoteles Brisamar S.L.\nPaseo Marítimo 112, 29602 Marbella"
        ),
        inv="MEP-0470",
        amt="1450.00",
        attach=("justificante_transferencia_MEP-0470.pdf", RECEIPT_PDF),
        labels=lab(
            ("MEP-0470",),
            paid_date="2031-08-28",
            payment_reference="2031082800193",
            amount="1450.00",
            currency="EUR",
            note="formal notice with the bank receipt attached as a PDF",
        ),
    ),
    Reply(
        key="ps-es-resent-new-iban",
        intent="payment_sent",
        lang="es",
        who=("Lucía Ferrer", "lucia@ferrerestudio.example"),
        when="2031-09-09 13:05",
        style="iphone",
        body=(
            "Hola!! No os había llegado porque la mandamos a la cuenta antigua que teníais en la web 🙈 "
            "Hoy la he vuelto a hacer a la cuenta nueva que sale en la factura, ahora sí. Perdón por el lío!\n\n"
            "Lucía"
        ),
        inv="MEP-0480",
        amt="735.00",
        labels=lab(
            paid_date="2031-09-09",
            note="the negation explains the first, failed transfer; the new one was sent today",
        ),
    ),
    Reply(
        key="ps-nl-monday-transfer",
        intent="payment_sent",
        lang="nl",
        who=("Sanne de Vries", "sanne@studiodevries.example"),
        when="2031-09-04 09:15",
        style="gmail",
        body=(
            "Hoi,\n\n"
            "Die is maandag al overgemaakt, € 640,00 onder vermelding van het factuurnummer. Misschien is jullie herinnering er net langs gegaan?\n\n"
            "Groetjes,\nSanne"
        ),
        inv="MEP-0474",
        amt="640.00",
        labels=lab(
            paid_date="2031-09-01",
            amount="640.00",
            currency="EUR",
            note="'maandag' is past: the Monday before Thu 4 Sep",
        ),
    ),
    Reply(
        key="ps-nl-betaaladvies",
        intent="payment_sent",
        lang="nl",
        who=(
            "Van Wijk Congressen – Crediteurenadministratie",
            "noreply-betalingen@vanwijkcongressen.example",
        ),
        when="2031-09-02 05:30",
        style="notice",
        subject="Betaaladvies 2031-0902-117",
        body=(
            "BETAALADVIES\n\n"
            "Geachte relatie,\n\n"
            "Hierbij ontvangt u de specificatie van onze betaling.\n\n"
            "Crediteurnummer:   30418\n"
            "Betaaldatum:       02-09-2031\n"
            "Betalingskenmerk:  2031-0902-117\n\n"
            "Factuurnummer   Factuurdatum   Bedrag\n"
            "MEP-0488        09-07-2031     € 980,00\n"
            "----------------------------------------\n"
            "Totaal                         € 980,00\n\n"
            "Dit bericht is automatisch aangemaakt; antwoorden op dit adres worden niet gelezen.\n"
            "Van Wijk Congressen B.V. – Crediteurenadministratie"
        ),
        inv="MEP-0488",
        amt="980.00",
        headers=(AUTO_GENERATED, ("X-Mailer", "AFAS Profit")),
        threaded=False,
        labels=lab(
            ("MEP-0488",),
            paid_date="2031-09-02",
            payment_reference="2031-0902-117",
            amount="980.00",
            currency="EUR",
            note="AP-system payment advice, quotes nothing",
        ),
    ),
    Reply(
        key="ps-it-pagata-ieri",
        intent="payment_sent",
        lang="it",
        who=("Marco Gentile", "marco.gentile@gentileeventi.example"),
        when="2031-08-29 08:02",
        style="android",
        body="pagata ieri, vi mando la contabile appena la ritrovo\n\nMarco",
        inv="MEP-0457",
        amt="1320.00",
        labels=lab(paid_date="2031-08-28", note="mobile brevity; 'ieri' from Fri 29 Aug"),
    ),
    Reply(
        key="ps-it-cro-formal",
        intent="payment_sent",
        lang="it",
        who=(
            "Segreteria – Associazione Vivaisti Lombardi",
            "segreteria@vivaistilombardi.example",
        ),
        when="2031-09-05 15:20",
        style="apple",
        days_before=3,
        body=(
            "Gentili Signori,\n\n"
            "in riferimento al Vostro sollecito, Vi comunichiamo che il pagamento della fattura n. MEP-0429 di € 2.320,00 è stato disposto in data 3 settembre u.s. (CRO 0306909876543210).\n\n"
            "Restiamo a disposizione per eventuali chiarimenti.\n\n"
            "Distinti saluti\n\n"
            "La Segreteria\nAssociazione Vivaisti Lombardi"
        ),
        inv="MEP-0429",
        amt="2320.00",
        labels=lab(
            ("MEP-0429",),
            paid_date="2031-09-03",
            payment_reference="0306909876543210",
            amount="2320.00",
            currency="EUR",
            note="very formal trade association; 'disposto in data 3 settembre u.s.' is a transfer already ordered",
        ),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        key="pp-en-out-of-office-subject",
        intent="promise_to_pay",
        lang="en",
        who=("Jo Whitlock", "jo@whitlockevents.example"),
        when="2031-08-22 16:47",
        style="iphone",
        subject="Out of office till Wed – Re: {rsub}",
        body=(
            "Hi, I'm out of the office on a festival site near Cheltenham till Wednesday and the business banking needs the card reader which is sitting on my desk 🙄 "
            "I'll pay it next Thursday when I'm back, sorry for the hassle!\n\nJo"
        ),
        inv="MEP-0441",
        amt="870.00",
        labels=lab(
            promised_date="2031-08-28",
            note="written by a person: 'out of office' is only in the subject she typed; 'next Thursday' from Fri 22 Aug",
        ),
    ),
    Reply(
        key="pp-en-approved-payment-run",
        intent="promise_to_pay",
        lang="en",
        who=(
            "Accounts Payable – Halden & Rowe LLP",
            "accounts.payable@haldenrowe.example",
        ),
        when="2031-09-01 10:03",
        style="outlook_html",
        headers=(SUPPRESS,),
        body=(
            "Good morning,\n\n"
            "Thank you for your reminder. Invoice MEP-0463 (£3,420.00) has now been approved by the budget holder and has been scheduled for Thursday's payment run. Funds normally reach the supplier's account the following working day.\n\n"
            "Kind regards,\n\n"
            "Nadia Okafor\nAccounts Payable\nHalden & Rowe LLP"
        ),
        inv="MEP-0463",
        amt="3420.00",
        labels=lab(
            ("MEP-0463",),
            promised_date="2031-09-04",
            amount="3420.00",
            currency="GBP",
            note="past tense ('approved', 'scheduled') describing a future payment; Thursday after Mon 1 Sep",
        ),
    ),
    Reply(
        key="pp-en-rambling-end-of-month",
        intent="promise_to_pay",
        lang="en",
        who=("Tilly Ashworth", "tilly@puddingandpie.example"),
        when="2031-09-02 22:38",
        style="gmail",
        body=(
            "Hi both (or whoever reads this!),\n\n"
            "Sorry sorry sorry. I know this one has been sitting there. It's been a mad few weeks – we launched the autumn range at the Harrogate fair (the photos looked AMAZING on the stand by the way, loads of people asked who'd done them and I've been handing out your card), then the van died on the A1 on the way home, then my co-founder went off on paternity leave earlier than planned because the baby decided to turn up three weeks early (all fine, a little girl!). So I've been doing everything on my own including the books, which is never a good idea.\n\n"
            "Anyway our big wholesale customer pays us on the 25th and once that's in I'll clear yours straight away, so you'll have it by the end of the month at the latest. I've put it in the diary.\n\n"
            "Also – are you doing the Christmas range shoot again in October? Would love to pencil something in.\n\n"
            "Thanks for being patient with us!\n"
            "Tilly x\n\n"
            "Tilly Ashworth\nCo-founder, Pudding & Pie Co."
        ),
        inv="MEP-0466",
        amt="1275.00",
        labels=lab(
            promised_date="2031-09-30",
            note="the promise is buried in a long, chatty message; 'by the end of the month' from 2 Sep",
        ),
    ),
    Reply(
        key="pp-de-kw36",
        intent="promise_to_pay",
        lang="de",
        who=("Petra Lindner", "p.lindner@lindner-messebau.example"),
        when="2031-08-28 14:12",
        style="outlook",
        charset="iso-8859-1",
        body=(
            "Guten Tag,\n\n"
            "danke für die Erinnerung. Die Rechnung MEP-0447 liegt noch zur Freigabe bei unserem Geschäftsführer, die Zahlung ist für KW 36 eingeplant.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Petra Lindner\nBuchhaltung\nLindner Messebau GmbH"
        ),
        inv="MEP-0447",
        amt="1890.00",
        labels=lab(
            ("MEP-0447",),
            promised_date="2031-09-01",
            note="'KW 36' → Monday of ISO week 36",
        ),
    ),
    Reply(
        key="pp-de-zum-15",
        intent="promise_to_pay",
        lang="de",
        who=("Florian Hausmann", "florian@hausmann-brand.example"),
        when="2031-09-05 09:40",
        style="gmail",
        body=(
            "Moin,\n\n"
            "sorry, das ist bei mir durchgerutscht. Ich überweise zum 15., da kommt unsere nächste Kundenzahlung rein. Wenn's früher klappt, mach ich's früher.\n\n"
            "Viele Grüße\nFlorian"
        ),
        inv="MEP-0478",
        amt="560.00",
        labels=lab(promised_date="2031-09-15", note="'zum 15.' → the next 15th"),
    ),
    Reply(
        key="pp-fr-fin-de-mois",
        intent="promise_to_pay",
        lang="fr",
        who=("Hélène Marchand", "h.marchand@marchand-associes.example"),
        when="2031-09-08 11:05",
        style="outlook_html",
        charset="windows-1252",
        body=(
            "Bonjour,\n\n"
            "Bien reçu. Nous réglons nos fournisseurs en fin de mois : votre facture MEP-0481 partira donc avec le virement groupé de fin septembre.\n\n"
            "Cordialement,\n\n"
            "Hélène Marchand\nAssistante de direction\nMarchand & Associés – Avocats"
        ),
        inv="MEP-0481",
        amt="1150.00",
        labels=lab(
            ("MEP-0481",),
            promised_date="2031-09-30",
            note="'fin de mois' / 'fin septembre' → last day of the month",
        ),
    ),
    Reply(
        key="pp-es-finales-de-mes",
        intent="promise_to_pay",
        lang="es",
        who=("Jordi Casals", "jordi.casals@casalsproduccions.example"),
        when="2031-08-27 17:30",
        style="thunderbird",
        cte="8bit",
        body=(
            "Hola,\n\n"
            "Sí, lo tenemos pendiente. Os lo pagamos a finales de mes, que es cuando cobramos lo del festival.\n\n"
            "Gracias por la paciencia.\n"
            "Jordi\n\n"
            "-- \nJordi Casals\nCasals Produccions"
        ),
        inv="MEP-0453",
        amt="2480.00",
        labels=lab(promised_date="2031-08-31", note="'a finales de mes' from 27 Aug"),
    ),
    Reply(
        key="pp-es-all-caps-lunes",
        intent="promise_to_pay",
        lang="es",
        who=("RAFA MORENO", "rmoreno.djeventos@gmail.com"),
        when="2031-08-29 19:52",
        style="android",
        body="ESTOY DE VIAJE HASTA EL DOMINGO. LO PAGO EL LUNES SIN FALTA\nRAFA",
        inv="MEP-0446",
        amt="380.00",
        labels=lab(
            promised_date="2031-09-01",
            note="all caps from a phone; 'el lunes' after Fri 29 Aug",
        ),
    ),
    Reply(
        key="pp-nl-over-twee-weken",
        intent="promise_to_pay",
        lang="nl",
        who=("Femke Bakker", "femke@bakkerbrandstudio.example"),
        when="2031-08-26 14:30",
        style="apple",
        body=(
            "Hallo,\n\n"
            "Klopt, die staat nog open. We hebben even een krappe maand gehad, maar over twee weken kan ik hem in één keer betalen.\n\n"
            "Groet,\nFemke\n\n"
            "Bakker Brand Studio"
        ),
        inv="MEP-0461",
        amt="1040.00",
        labels=lab(
            promised_date="2031-09-09",
            note="'over twee weken' = message date + 14 days; one payment of the whole amount, so not a plan",
        ),
    ),
    Reply(
        key="pp-nl-nog-niet-donderdag",
        intent="promise_to_pay",
        lang="nl",
        who=("Willem Jansen", "w.jansen@jansen-vastgoed.example"),
        when="2031-08-22 10:12",
        style="outlook",
        body=(
            "Goedemorgen,\n\n"
            "Nee, nog niet betaald, excuses daarvoor. Ik heb hem nu klaargezet; hij gaat volgende week donderdag mee in de betaalrun.\n\n"
            "Met vriendelijke groet,\n\n"
            "Willem Jansen\nJansen Vastgoed B.V."
        ),
        inv="MEP-0439",
        amt="725.00",
        labels=lab(
            promised_date="2031-08-28",
            note="starts with a negation ('nog niet betaald'); 'volgende week donderdag' from Fri 22 Aug",
        ),
    ),
    Reply(
        key="pp-it-entro-fine-mese",
        intent="promise_to_pay",
        lang="it",
        who=("Giulia Romano", "giulia.romano@romanocomunicazione.example"),
        when="2031-08-21 12:00",
        style="gmail",
        cte="b64",
        body=(
            "Buongiorno,\n\n"
            "avete ragione, ci era sfuggita. La saldiamo entro fine mese.\n\n"
            "Un saluto,\nGiulia Romano\nRomano Comunicazione"
        ),
        inv="MEP-0428",
        amt="1560.00",
        labels=lab(promised_date="2031-08-31", note="'entro fine mese' → last day of August"),
    ),
    Reply(
        key="pp-it-distinta-venerdi",
        intent="promise_to_pay",
        lang="it",
        who=(
            "Ufficio Contabilità – Grand Hotel Miramare",
            "contabilita@grandhotelmiramare.example",
        ),
        when="2031-09-02 09:30",
        style="outlook_html",
        body=(
            "Buongiorno,\n\n"
            "la fattura MEP-0476 è stata approvata e inserita nella distinta di pagamento di venerdì 5 settembre.\n\n"
            "Cordiali saluti\n\n"
            "Stefania Colombo\nUfficio Contabilità\nGrand Hotel Miramare"
        ),
        inv="MEP-0476",
        amt="3150.00",
        labels=lab(
            ("MEP-0476",),
            promised_date="2031-09-05",
            note="past tense ('è stata approvata e inserita') announcing a payment run on Friday",
        ),
    ),
]

DISPUTE = [
    Reply(
        key="d-en-paid-part-dispute-rest",
        intent="dispute",
        lang="en",
        who=("Gareth Pryce", "gareth.pryce@pryce-live.example"),
        when="2031-08-18 15:20",
        style="outlook_html",
        body=(
            "Hi,\n\n"
            "We paid £1,800.00 against MEP-0455 on the 8th – that's the conference coverage exactly as quoted. The remaining £450.00 is for a “same-day highlights edit” that nobody on our side asked for or signed off. I've been back through the brief and the email chain and it isn't there.\n\n"
            "Happy to look at it again if you can show me where it was agreed, but until then we won't be paying that part.\n\n"
            "Cheers,\nGareth\n\n"
            "Gareth Pryce\nProducer | Pryce Live Events"
        ),
        inv="MEP-0455",
        amt="2250.00",
        labels=lab(
            ("MEP-0455",),
            note="paid the quoted part, contests the rest: dispute wins over the payment claim",
        ),
    ),
    Reply(
        key="d-en-not-paid-headshots-missing",
        intent="dispute",
        lang="en",
        who=("Olivia Grant", "olivia.grant@grantwhitmore.example"),
        when="2031-08-20 11:02",
        style="gmail",
        body=(
            "Hello,\n\n"
            "We have NOT paid this because the job isn't finished. Fourteen of our forty partners and associates still don't have their headshots – the gallery only has 26 people in it, and two of those have the wrong background (we asked for the pale grey, not the white).\n\n"
            "Once the missing ones are delivered we'll pay straight away.\n\n"
            "Olivia Grant\nHR & Office Manager\nGrant Whitmore Solicitors"
        ),
        inv="MEP-0433",
        amt="3200.00",
        labels=lab(
            note="negated payment with the reason (work incomplete); the conditional payment is secondary"
        ),
    ),
    Reply(
        key="d-en-council-quotation",
        intent="dispute",
        lang="en",
        who=(
            "Wexbury Borough Council – Procurement",
            "procurement@wexbury-council.example",
        ),
        when="2031-08-28 14:45",
        style="outlook",
        charset="windows-1252",
        days_before=2,
        headers=(SUPPRESS,),
        body=(
            "Dear Sir or Madam,\n\n"
            "Re: Invoice MEP-0462\n\n"
            "The above invoice does not agree with the quotation accepted under purchase order WBC-PO-118834. The quotation (ref. Q-2207, dated 2 June 2031) was for £1,150.00 excluding VAT for photography of the Mayor’s civic reception. Your invoice is for £1,480.00 excluding VAT and includes an additional hour and a travel charge, neither of which was quoted or authorised.\n\n"
            "The Council is unable to pay an invoice that exceeds the value of the purchase order. Please issue a credit note for this invoice and a corrected invoice for the quoted amount.\n\n"
            "Yours faithfully,\n\n"
            "R. Adeyemi\nProcurement Officer\nWexbury Borough Council"
        ),
        inv="MEP-0462",
        amt="1776.00",
        labels=lab(
            ("MEP-0462",),
            note="very formal public body; the amount is contested against the PO, and the corrected invoice asked for is part of the dispute",
        ),
    ),
    Reply(
        key="d-de-discount-missing",
        intent="dispute",
        lang="de",
        who=("Sabine Kröger", "s.kroeger@kroeger-feinkost.example"),
        when="2031-08-26 10:50",
        style="outlook",
        charset="iso-8859-1",
        body=(
            "Guten Tag,\n\n"
            "wir haben die Rechnung bewusst noch nicht bezahlt. Bei den Produktfotos für unseren Herbstkatalog waren 12 von 40 Aufnahmen unscharf bzw. mit falschem Weißabgleich; das hatte ich Ihrer Fotografin am 4. August geschrieben. Vereinbart war daraufhin ein Nachlass von 25 %, der auf der Rechnung nicht auftaucht.\n\n"
            "Bitte schicken Sie uns eine korrigierte Rechnung.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Sabine Kröger\nKröger Feinkost Manufaktur"
        ),
        inv="MEP-0443",
        amt="2800.00",
        labels=lab(
            note="quality complaint and an agreed discount missing; 'bewusst noch nicht bezahlt' is a negated payment"
        ),
    ),
    Reply(
        key="d-de-double-billing",
        intent="dispute",
        lang="de",
        who=("Tobias Engel", "tobias.engel@engelundpartner.example"),
        when="2031-09-10 16:25",
        style="gmail_plain",
        body=(
            "Hallo,\n\n"
            "MEP-0438 und MEP-0483 sind doch dieselbe Leistung?! Beide für das Teamfoto am 12. Juli, gleicher Betrag. Die 0438 haben wir im Juli bezahlt, die hier zahlen wir nicht – bitte stornieren.\n\n"
            "Gruß\nTobias Engel"
        ),
        inv="MEP-0483",
        amt="450.00",
        labels=lab(
            ("MEP-0438", "MEP-0483"),
            note="duplicate billing; the payment mentioned is of the earlier invoice, not this one",
        ),
    ),
    Reply(
        key="d-fr-frais-deplacement",
        intent="dispute",
        lang="fr",
        who=("Stéphane Rousseau", "s.rousseau@rousseau-evenements.example"),
        when="2031-08-21 09:35",
        style="outlook_html",
        charset="windows-1252",
        body=(
            "Bonjour,\n\n"
            "Nous contestons la ligne « frais de déplacement et d’hébergement » (420,00 €) de la facture MEP-0444. Le devis signé prévoyait une prestation tout compris à Lyon, sans aucun frais annexe.\n\n"
            "Merci de nous faire parvenir un avoir ou une facture rectifiée ; nous réglerons le montant du devis dès réception.\n\n"
            "Cordialement,\n\n"
            "Stéphane Rousseau\nRousseau Événements"
        ),
        inv="MEP-0444",
        amt="2220.00",
        labels=lab(
            ("MEP-0444",),
            note="one invoice line contested; paying the rest later is conditional",
        ),
    ),
    Reply(
        key="d-fr-devis-1200",
        intent="dispute",
        lang="fr",
        who=("Nathalie Perrin", "nath.perrin@gmail.com"),
        when="2031-09-08 19:10",
        style="iphone",
        body="Le montant est pas bon. Le devis c’était 1200 TTC pas 1450. Je paie pas tant que c’est pas corrigé\n\nNathalie",
        inv="MEP-0477",
        amt="1450.00",
        labels=lab(note="informal, dropped 'ne'; amount contested"),
    ),
    Reply(
        key="d-es-horas-cobradas",
        intent="dispute",
        lang="es",
        who=("Carmen Ortega", "carmen.ortega@ortegaweddings.example"),
        when="2031-09-02 12:15",
        style="android",
        body=(
            "Hola, no estamos de acuerdo con esta factura. Nos habéis cobrado 6 horas de cobertura y la boda empezó a las 18:00 y la fotógrafa se fue a las 22:00, o sea 4 horas. "
            "Mandadnos la factura bien y la pagamos.\n\nCarmen"
        ),
        inv="MEP-0465",
        amt="1080.00",
        labels=lab(note="hours billed contested; paying a corrected invoice is conditional"),
    ),
    Reply(
        key="d-nl-wrong-background",
        intent="dispute",
        lang="nl",
        who=("Ruben Smit", "ruben@smitsnacks.example"),
        when="2031-09-08 09:05",
        style="gmail_plain",
        body=(
            "Hoi,\n\n"
            "We hebben nog niet betaald en dat klopt ook: de helft van de packshots heeft een crème achtergrond terwijl we spierwit hadden afgesproken. Zo kunnen we ze niet gebruiken voor de webshops. Eerst opnieuw doen of aanpassen, dan betalen we.\n\n"
            "Ruben\nSmit Snacks"
        ),
        inv="MEP-0484",
        amt="1320.00",
        labels=lab(note="'nog niet betaald' with the reason: the work is contested"),
    ),
    Reply(
        key="d-nl-cancellation-fee",
        intent="dispute",
        lang="nl",
        who=("Marloes Verhoeven", "m.verhoeven@hoteldekade.example"),
        when="2031-08-20 14:40",
        style="html_only",
        body=(
            "Goedemiddag,\n\n"
            "Factuur MEP-0437 is onterecht. Wij hebben de fotoshoot van 18 juli al op 1 juli geannuleerd, dus ruim binnen de termijn van 14 dagen uit uw eigen voorwaarden. Annuleringskosten zijn dan niet van toepassing.\n\n"
            "Wij zien graag een creditnota tegemoet.\n\n"
            "Met vriendelijke groet,\n\n"
            "Marloes Verhoeven\nSales & Events\nHotel De Kade"
        ),
        inv="MEP-0437",
        amt="495.00",
        labels=lab(("MEP-0437",), note="cancellation fee contested; HTML-only message"),
    ),
    Reply(
        key="d-it-video-mai-arrivato",
        intent="dispute",
        lang="it",
        who=("Davide Ferri", "davide@ferrievents.example"),
        when="2031-09-11 11:45",
        style="gmail",
        body=(
            "Ciao,\n\n"
            "la parte delle foto ve l'abbiamo già pagata (1.100 €, bonifico del 20 agosto). Il video invece non ci è mai arrivato: il link che ci avete mandato è scaduto prima che riuscissimo a scaricarlo e poi nessuno ci ha più risposto. Finché non riceviamo il video, il resto non lo paghiamo.\n\n"
            "Davide"
        ),
        inv="MEP-0489",
        amt="1900.00",
        labels=lab(
            note="paid the photos, contests the video part: dispute wins over the payment claim"
        ),
    ),
    Reply(
        key="d-it-diritti-utilizzo",
        intent="dispute",
        lang="it",
        who=("Francesca Lodi", "f.lodi@palazzolodi.example"),
        when="2031-08-25 10:20",
        style="apple",
        body=(
            "Buongiorno,\n\n"
            "contestiamo l'importo della fattura MEP-0451. Oltre al servizio fotografico concordato sono stati addebitati 600 € di «diritti di utilizzo estesi», mai richiesti né menzionati nel preventivo. Le foto servono solo per il nostro sito, come detto fin dall'inizio.\n\n"
            "Vi chiediamo quindi di emettere una nota di credito per quella voce.\n\n"
            "Cordiali saluti\n\n"
            "Francesca Lodi\nResponsabile Marketing – Palazzo Lodi Hotel"
        ),
        inv="MEP-0451",
        amt="2400.00",
        labels=lab(("MEP-0451",), note="licence fee never agreed"),
    ),
]

PAYMENT_PLAN = [
    Reply(
        key="pl-en-hardship-monthly",
        intent="payment_plan",
        lang="en",
        who=("Dan Reilly", "danreilly.photobooths@gmail.com"),
        when="2031-08-23 20:40",
        style="gmail_plain",
        body=(
            "Hi,\n\n"
            "I know I owe you this and Im not trying to dodge it. Honestly the summer has been dead, two of my big weddings cancelled and the van needed a new gearbox. "
            "Could I pay it off at £200 a month starting 1st September? I can set up a standing order tonight if thats ok with you.\n\n"
            "Cheers\nDan"
        ),
        inv="MEP-0427",
        amt="1100.00",
        labels=lab(
            note="hardship with monthly instalments; plan dates and amounts are not labelled"
        ),
    ),
    Reply(
        key="pl-en-part-now-rest-later",
        intent="payment_plan",
        lang="en",
        who=("Harriet Lowe", "harriet.lowe@lowe-creative.example"),
        when="2031-09-09 15:05",
        style="outlook",
        body=(
            "Hi,\n\n"
            "We've sent £1,000 today towards MEP-0479 and will clear the remaining £1,350 by 30 September once our client's retainer lands. Hope that's OK – shout if not.\n\n"
            "Best,\nHarriet\n\n"
            "Harriet Lowe | Lowe Creative"
        ),
        inv="MEP-0479",
        amt="2350.00",
        labels=lab(
            ("MEP-0479",),
            note="part paid today, the rest later → payment_plan, not payment_sent",
        ),
    ),
    Reply(
        key="pl-en-more-time-association",
        intent="payment_plan",
        lang="en",
        who=("Graham Toller", "g.toller@studiopotters-assoc.example"),
        when="2031-08-21 11:30",
        style="apple",
        body=(
            "Dear Marigold team,\n\n"
            "Thank you for the reminder, and apologies for our silence. As a small membership association we depend on our quarterly subscription income, which arrives in early October. Would you be able to give us until mid-October to settle MEP-0440 in full? If it helps, our Treasurer can confirm this in writing.\n\n"
            "With kind regards,\n\n"
            "Graham Toller\nCompany Secretary\nAssociation of Independent Studio Potters"
        ),
        inv="MEP-0440",
        amt="1650.00",
        labels=lab(
            ("MEP-0440",),
            note="asks for more time → payment_plan; 'mid-October' is not a day",
        ),
    ),
    Reply(
        key="pl-de-drei-raten",
        intent="payment_plan",
        lang="de",
        who=("Katrin Vogel", "k.vogel@vogel-events.example"),
        when="2031-08-19 10:10",
        style="outlook_html",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "vielen Dank für Ihre Erinnerung. Aufgrund mehrerer kurzfristig abgesagter Veranstaltungen ist unsere Liquidität derzeit angespannt. Wäre es möglich, den Betrag von 2.640,00 € in drei monatlichen Raten zu je 880,00 € zu begleichen, beginnend am 1. September?\n\n"
            "Für Ihr Verständnis danke ich Ihnen.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Katrin Vogel\nGeschäftsführerin\nVogel Events & Incentives GmbH"
        ),
        inv="MEP-0431",
        amt="2640.00",
        labels=lab(note="formal instalment request"),
    ),
    Reply(
        key="pl-de-haelfte-jetzt",
        intent="payment_plan",
        lang="de",
        who=("Lukas Brenner", "lukas@brenner-bikes.example"),
        when="2031-08-30 12:15",
        style="iphone",
        body="Hi, können wir die Hälfte jetzt machen und den Rest Ende Oktober? Läuft grad etwas zäh bei uns. Erste Hälfte würd ich Montag überweisen\nLG Lukas",
        inv="MEP-0456",
        amt="980.00",
        labels=lab(note="half now, the rest later → payment_plan"),
    ),
    Reply(
        key="pl-fr-trois-fois",
        intent="payment_plan",
        lang="fr",
        who=("Isabelle Garnier", "isabelle@garnier-deco.example"),
        when="2031-09-10 14:00",
        style="apple",
        body=(
            "Bonjour,\n\n"
            "Je suis désolée pour ce retard. La saison a été difficile et je ne peux pas régler la totalité d'un coup. Serait-il possible d'échelonner le paiement en trois fois, sur septembre, octobre et novembre ?\n\n"
            "Merci de votre compréhension,\n\n"
            "Isabelle Garnier\nGarnier Déco – décoration de mariages"
        ),
        inv="MEP-0464",
        amt="1320.00",
        labels=lab(note="instalments asked for"),
    ),
    Reply(
        key="pl-fr-comite-des-fetes",
        intent="payment_plan",
        lang="fr",
        who=("Bernard Lefèvre", "tresorier@cdf-saintaubin.example"),
        when="2031-08-29 18:20",
        style="thunderbird",
        cte="8bit",
        body=(
            "Bonjour,\n\n"
            "Je suis le trésorier du comité des fêtes. Nous avons bien reçu votre relance. Notre subvention municipale a été réduite cette année et nous n'avons pas la trésorerie pour régler la facture en une seule fois.\n\n"
            "Nous vous proposons un versement de 300 € par mois à partir d'octobre, jusqu'au solde. Le premier virement partira dès que le bureau aura donné son accord, normalement à la réunion du 12 septembre.\n\n"
            "Bien à vous,\n\n"
            "Bernard Lefèvre\nTrésorier – Comité des fêtes de Saint-Aubin"
        ),
        inv="MEP-0436",
        amt="1500.00",
        labels=lab(note="hardship and monthly payments from a volunteer association"),
    ),
    Reply(
        key="pl-es-mitad-ahora",
        intent="payment_plan",
        lang="es",
        who=("Sofía Navarro", "sofia@navarrocongresos.example"),
        when="2031-09-04 16:40",
        style="gmail",
        body=(
            "Hola,\n\n"
            "¿Os parece bien si pagamos la mitad ahora y la otra mitad a mediados de octubre? Estamos esperando a que nos pague el cliente del congreso y va con retraso.\n\n"
            "Si os vale, hago la primera transferencia esta misma semana.\n\n"
            "Un abrazo,\nSofía"
        ),
        inv="MEP-0473",
        amt="2900.00",
        labels=lab(note="half now, half later"),
    ),
    Reply(
        key="pl-es-aplazamiento-formal",
        intent="payment_plan",
        lang="es",
        who=("Ignacio Ruiz", "iruiz@ruizabogados.example"),
        when="2031-09-08 09:50",
        style="outlook",
        charset="iso-8859-1",
        days_before=3,
        body=(
            "Estimados señores:\n\n"
            "En relación con su recordatorio, les solicitamos un aplazamiento del pago de la factura MEP-0482 hasta el 20 de octubre, fecha en la que cerramos el trimestre. Les agradeceríamos que nos confirmasen si es posible.\n\n"
            "Atentamente,\n\n"
            "Ignacio Ruiz\nRuiz & Asociados Abogados"
        ),
        inv="MEP-0482",
        amt="1875.00",
        labels=lab(
            ("MEP-0482",),
            note="asks for a postponement → payment_plan (more time); the proposed date is a request, not a promise",
        ),
    ),
    Reply(
        key="pl-nl-twee-termijnen",
        intent="payment_plan",
        lang="nl",
        who=("Bas Hendriks", "bas@hendriksfood.example"),
        when="2031-08-27 13:22",
        style="android",
        body="Hoi, kunnen we dit in twee termijnen doen? Eerste helft deze week nog, tweede half oktober. Sorry, beetje krap momenteel\nBas",
        inv="MEP-0450",
        amt="1160.00",
        labels=lab(note="two instalments"),
    ),
    Reply(
        key="pl-it-tre-rate",
        intent="payment_plan",
        lang="it",
        who=("Roberta Greco", "r.greco@grecoallestimenti.example"),
        when="2031-08-18 11:25",
        style="outlook_html",
        charset="windows-1252",
        body=(
            "Buongiorno,\n\n"
            "vi scrivo per chiedervi se è possibile saldare la fattura MEP-0418 in tre rate mensili da 700 €, a partire da fine agosto. Per noi il periodo estivo è molto fermo e i pagamenti dei clienti arrivano solo a settembre.\n\n"
            "Resto in attesa di un vostro riscontro.\n\n"
            "Cordiali saluti\n\n"
            "Roberta Greco\nGreco Allestimenti s.r.l."
        ),
        inv="MEP-0418",
        amt="2100.00",
        labels=lab(("MEP-0418",), note="three monthly instalments"),
    ),
    Reply(
        key="pl-it-rambling-meta-ottobre",
        intent="payment_plan",
        lang="it",
        who=("Alessandro Conti", "alessandro.conti@agriturismoleginestre.example"),
        when="2031-09-07 21:05",
        style="gmail_plain",
        days_before=3,
        body=(
            "Buonasera,\n\n"
            "scusate il ritardo nella risposta ma agosto qui è un delirio, abbiamo avuto matrimoni ogni fine settimana e io sto sia in cucina che in amministrazione. Le foto per il sito sono venute benissimo e le abbiamo già messe online, quindi non è assolutamente un problema di lavoro fatto male.\n\n"
            "Il punto è che i saldi dei matrimoni ci arrivano solo a fine stagione. Ci servirebbe qualche settimana in più: riusciamo a saldare tutto verso metà ottobre, se per voi va bene.\n\n"
            "Grazie e a presto,\nAlessandro\nAgriturismo Le Ginestre"
        ),
        inv="MEP-0432",
        amt="1380.00",
        labels=lab(
            note="rambling; asks for more time, 'verso metà ottobre' is not a day; the praise rules out a dispute"
        ),
    ),
]

INVOICE_REQUEST = [
    Reply(
        key="ir-en-po-reissue",
        intent="invoice_request",
        lang="en",
        who=(
            "Castellan Pharma UK – Supplier Invoices",
            "supplier.invoices@castellanpharma.example",
        ),
        when="2031-08-19 09:12",
        style="outlook_html",
        headers=(SUPPRESS,),
        body=(
            "Dear Supplier,\n\n"
            "We are unable to process invoice MEP-0415 as it does not quote a valid Castellan purchase order number. All invoices must show a PO number so that they can be matched and released for payment.\n\n"
            "Please reissue the invoice quoting PO 4500128817 and send it back to this mailbox. Once we receive the corrected invoice it will be paid in line with our standard terms.\n\n"
            "Kind regards,\n\n"
            "Priya Raman\nAccounts Payable Shared Services\nCastellan Pharma UK Ltd"
        ),
        inv="MEP-0415",
        amt="4860.00",
        labels=lab(
            ("MEP-0415",),
            note="payment conditional on a reissue with a PO number; the amount is not contested",
        ),
    ),
    Reply(
        key="ir-en-cant-find-resend",
        intent="invoice_request",
        lang="en",
        who=("Kev Marsh", "kev@marshmotorsport.example"),
        when="2031-08-30 09:14",
        style="iphone",
        body="cant find this invoice anywhere can u resend it and ill sort it",
        inv="MEP-0448",
        amt="520.00",
        labels=lab(note="no punctuation; the payment depends on the resent invoice, no day"),
    ),
    Reply(
        key="ir-en-bank-letterhead",
        intent="invoice_request",
        lang="en",
        who=("Elaine Thorpe", "e.thorpe@kingsmere-uni.example"),
        when="2031-09-11 13:30",
        style="outlook",
        days_before=2,
        body=(
            "Dear Marigold Events Photography,\n\n"
            "Before we can make a first payment to a new supplier, the University's financial regulations require confirmation of your bank details on company letterhead, signed by a director, together with a completed supplier set-up form (attached to our purchase order email of 3 July).\n\n"
            "Could you please send both documents to us? Payment of MEP-0468 will be released as soon as your supplier record has been approved.\n\n"
            "Kind regards,\n\n"
            "Elaine Thorpe\nAccounts Payable\nKingsmere University Finance Office"
        ),
        inv="MEP-0468",
        amt="2640.00",
        labels=lab(
            ("MEP-0468",),
            note="needs bank details and a supplier form before paying, amount not contested",
        ),
    ),
    Reply(
        key="ir-de-neue-firmierung",
        intent="invoice_request",
        lang="de",
        who=("Anja Schubert", "a.schubert@schubert-design.example"),
        when="2031-08-20 14:05",
        style="outlook",
        charset="windows-1252",
        body=(
            "Guten Tag,\n\n"
            "wir sind seit dem 1. Juli keine UG mehr, sondern firmieren als Schubert Design GmbH (neue Anschrift und USt-IdNr. siehe Signatur). Bitte stellen Sie die Rechnung MEP-0430 entsprechend neu aus – vorher kann unsere Steuerberaterin sie nicht verbuchen.\n\n"
            "Vielen Dank und freundliche Grüße\n"
            "Anja Schubert\n\n"
            "Schubert Design GmbH\nHafenstraße 14, 20457 Hamburg\nUSt-IdNr. DE 999 123 456"
        ),
        inv="MEP-0430",
        amt="1240.00",
        labels=lab(("MEP-0430",), note="reissue to the new company name; amount not contested"),
    ),
    Reply(
        key="ir-de-rechnung-nie-erhalten",
        intent="invoice_request",
        lang="de",
        who=("Martin Kühn", "martin.kuehn@kuehn-immobilien.example"),
        when="2031-09-09 08:20",
        style="gmail",
        body=(
            "Hallo,\n\n"
            "uns liegt nur Ihre Zahlungserinnerung vor, die eigentliche Rechnung ist bei uns nie angekommen. Können Sie sie bitte als PDF schicken? Unsere Buchhaltung braucht eine ordentliche Rechnung mit Leistungsdatum, sonst können wir nicht zahlen.\n\n"
            "Danke & Gruß\nMartin Kühn"
        ),
        inv="MEP-0485",
        amt="690.00",
        labels=lab(note="the invoice never arrived; asks for it before paying"),
    ),
    Reply(
        key="ir-fr-rib",
        intent="invoice_request",
        lang="fr",
        who=("Julie Fontaine", "julie@fontainecommunication.example"),
        when="2031-08-25 10:40",
        style="gmail",
        body=(
            "Bonjour,\n\n"
            "Pas de souci pour le règlement, mais je n'ai pas vos coordonnées bancaires : pourriez-vous m'envoyer un RIB ? Il n'apparaît pas sur la facture.\n\n"
            "Merci !\nJulie"
        ),
        inv="MEP-0442",
        amt="780.00",
        labels=lab(note="needs bank details before paying"),
    ),
    Reply(
        key="ir-fr-chorus-pro",
        intent="invoice_request",
        lang="fr",
        who=(
            "Mairie de Bellerive – Service des finances",
            "finances@mairie-bellerive.example",
        ),
        when="2031-09-04 15:10",
        style="outlook",
        charset="iso-8859-1",
        cte="8bit",
        body=(
            "Madame, Monsieur,\n\n"
            "En tant que collectivité publique, nous ne pouvons traiter que les factures déposées sur le portail Chorus Pro. Votre facture MEP-0472 nous a été adressée par courriel et n'a donc pas pu être mise en paiement.\n\n"
            "Nous vous remercions de la déposer sur Chorus Pro en indiquant le numéro d'engagement 2031-00418 ; le délai de paiement courra à compter de ce dépôt.\n\n"
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\n"
            "Le service des finances\nMairie de Bellerive"
        ),
        inv="MEP-0472",
        amt="960.00",
        labels=lab(
            ("MEP-0472",),
            note="public body: the invoice must be resubmitted through the e-invoicing portal",
        ),
    ),
    Reply(
        key="ir-es-cif-antiguo",
        intent="invoice_request",
        lang="es",
        who=("Paula Gil", "paula@gilinteriorismo.example"),
        when="2031-08-20 18:45",
        style="iphone",
        body="Hola! La factura sale con nuestro CIF antiguo y la gestoría no me la acepta. Me la podéis mandar con el nuevo? B99887766. En cuanto la tenga la pago\n\nPaula",
        inv="MEP-0454",
        amt="640.00",
        labels=lab(note="reissue with a new tax id; payment conditional on it"),
    ),
    Reply(
        key="ir-es-desglose",
        intent="invoice_request",
        lang="es",
        who=("Andrés Vidal", "andres.vidal@vidalcomunicacion.example"),
        when="2031-09-12 11:10",
        style="apple",
        body=(
            "Buenos días,\n\n"
            "Para poder aprobar el pago necesito el desglose de la factura MEP-0486: horas de cobertura, número de fotos entregadas y si incluye la edición. Me lo pide dirección antes de firmar.\n\n"
            "Gracias,\nAndrés Vidal"
        ),
        inv="MEP-0486",
        amt="1425.00",
        labels=lab(("MEP-0486",), note="asks for a breakdown without contesting anything"),
    ),
    Reply(
        key="ir-nl-kopie",
        intent="invoice_request",
        lang="nl",
        who=("Linda Mulder", "l.mulder@mulderadvies.example"),
        when="2031-08-26 09:30",
        style="outlook_html",
        body=(
            "Goedemorgen,\n\n"
            "Ik kan deze factuur niet terugvinden in ons systeem. Zou u mij een kopie kunnen sturen? Dan zet ik hem meteen door voor betaling.\n\n"
            "Met vriendelijke groet,\n\n"
            "Linda Mulder\nMulder Advies"
        ),
        inv="MEP-0445",
        amt="585.00",
        labels=lab(note="copy of the invoice asked for"),
    ),
    Reply(
        key="ir-nl-overzicht",
        intent="invoice_request",
        lang="nl",
        who=("Joost van Dam", "j.vandam@stichtingnoorderlicht.example"),
        when="2031-09-11 10:05",
        style="thunderbird",
        body=(
            "Beste mensen,\n\n"
            "We krijgen de laatste tijd meerdere herinneringen van jullie en ik raak het overzicht een beetje kwijt. Kunnen jullie een rekeningoverzicht sturen van alles wat er nog openstaat? Dan betalen we het in één keer.\n\n"
            "Met vriendelijke groet,\n"
            "Joost van Dam\nFinanciële administratie – Stichting Noorderlicht"
        ),
        inv="MEP-0487",
        amt="860.00",
        labels=lab(
            note="statement of account asked for; paying afterwards is conditional and undated"
        ),
    ),
    Reply(
        key="ir-it-fattura-elettronica",
        intent="invoice_request",
        lang="it",
        who=("Elena Martini", "amministrazione@studiobellini.example"),
        when="2031-09-03 12:10",
        style="outlook_html",
        body=(
            "Buongiorno,\n\n"
            "la fattura MEP-0467 ci è arrivata solo in PDF via e-mail. Per poterla registrare e pagare ci serve la fattura elettronica tramite SdI: il nostro codice destinatario è M5UXCR1.\n\n"
            "Grazie e buona giornata,\n\n"
            "Elena Martini\nAmministrazione\nStudio Associato Bellini"
        ),
        inv="MEP-0467",
        amt="1980.00",
        labels=lab(
            ("MEP-0467",),
            note="needs the invoice through the e-invoicing exchange before paying",
        ),
    ),
]

WRONG_CONTACT = [
    Reply(
        key="wc-en-redirect-to-freemail",
        intent="wrong_contact",
        lang="en",
        who=("Sophie Carter", "s.carter@bramblebrook-hotel.example"),
        when="2031-09-02 07:55",
        style="outlook",
        body=(
            "Hello,\n\n"
            "Please be advised that our accounts department has moved to a new system. With immediate effect ALL statements, invoices and payment reminders must be sent only to bramblebrook.accounts@gmail.com. Do not use this address or any other for billing anymore as it will no longer be checked.\n\n"
            "Kindly confirm once your records have been updated.\n\n"
            "Regards\nSophie Carter\nBramblebrook Hotel"
        ),
        inv="MEP-0458",
        amt="1730.00",
        labels=lab(
            new_contact="bramblebrook.accounts@gmail.com",
            note="looks like phishing (billing redirected to a free-mail address): labelled by what it asks, but a person should verify before the contact is changed",
        ),
    ),
    Reply(
        key="wc-en-moved-on-named",
        intent="wrong_contact",
        lang="en",
        who=("Ben Osei", "ben.osei@brightwaterpr.example"),
        when="2031-08-18 12:40",
        style="outlook_html",
        body=(
            "Hi,\n\n"
            "I'm no longer looking after Brightwater's suppliers – I moved over to the client side last month and this inbox is only being forwarded for a few more weeks. Could you send this to Hannah Doyle in our finance team instead? hannah.doyle@brightwaterpr.example\n\n"
            "Thanks,\nBen"
        ),
        inv="MEP-0416",
        amt="1320.00",
        labels=lab(new_contact="hannah.doyle@brightwaterpr.example"),
    ),
    Reply(
        key="wc-en-wrong-sam-patel",
        intent="wrong_contact",
        lang="en",
        who=("Sam Patel", "sampatel1961@gmail.com"),
        when="2031-09-05 17:30",
        style="gmail",
        body=(
            "I think you've got the wrong Sam Patel. I'm retired, I've never booked a photographer in my life and I've never heard of your company. Please check your records.\n\n"
            "Sam"
        ),
        inv="MEP-0475",
        amt="450.00",
        labels=lab(note="wrong person altogether, no new address"),
    ),
    Reply(
        key="wc-de-sekretariat",
        intent="wrong_contact",
        lang="de",
        who=("Nicole Brandt", "n.brandt@brandt-kanzlei.example"),
        when="2031-09-03 11:20",
        style="outlook",
        charset="iso-8859-1",
        body=(
            "Guten Tag,\n\n"
            "ich bin im Sekretariat und für Rechnungen nicht zuständig. Bitte wenden Sie sich an unsere Buchhaltung unter buchhaltung@brandt-kanzlei.example, die Kollegin dort kümmert sich darum.\n\n"
            "Freundliche Grüße\n"
            "Nicole Brandt\nKanzlei Brandt & Seidel"
        ),
        inv="MEP-0471",
        amt="1100.00",
        labels=lab(new_contact="buchhaltung@brandt-kanzlei.example"),
    ),
    Reply(
        key="wc-fr-voyez-ma-femme",
        intent="wrong_contact",
        lang="fr",
        who=("Thomas Girard", "thomas.girard@girard-traiteur.example"),
        when="2031-08-19 13:05",
        style="iphone",
        body="Bonjour, je m'occupe pas de la compta. Voyez avec ma femme, c'est elle qui gère : sophie@girard-traiteur.example\nThomas",
        inv="MEP-0420",
        amt="830.00",
        labels=lab(new_contact="sophie@girard-traiteur.example"),
    ),
    Reply(
        key="wc-fr-mixed-case-cc",
        intent="wrong_contact",
        lang="fr",
        who=("Laurence Petit", "l.petit@groupe-lumiere.example"),
        when="2031-09-11 09:45",
        style="outlook_html",
        charset="windows-1252",
        headers=(("Cc", "Factures.Fournisseurs@Groupe-Lumiere.example"),),
        body=(
            "Bonjour,\n\n"
            "Cette adresse n’est pas celle de notre service comptable. Merci d’adresser vos factures et relances à Factures.Fournisseurs@Groupe-Lumiere.example (que je mets en copie).\n\n"
            "Bien cordialement,\n\n"
            "Laurence Petit\nAssistante communication – Groupe Lumière"
        ),
        inv="MEP-0490",
        amt="2150.00",
        labels=lab(
            new_contact="factures.fournisseurs@groupe-lumiere.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
    ),
    Reply(
        key="wc-es-solo-reservas",
        intent="wrong_contact",
        lang="es",
        who=("Finca El Olivar – Reservas", "reservas@fincaelolivar.example"),
        when="2031-08-25 16:30",
        style="gmail",
        body=(
            "Hola,\n\n"
            "Este correo es solo para reservas y eventos, aquí no llevamos facturas. Para cualquier tema de pagos escribid a administracion@fincaelolivar.example, que es quien lo gestiona.\n\n"
            "Saludos,\nMarta\nFinca El Olivar"
        ),
        inv="MEP-0435",
        amt="1890.00",
        labels=lab(new_contact="administracion@fincaelolivar.example"),
    ),
    Reply(
        key="wc-es-ya-no-trabajo",
        intent="wrong_contact",
        lang="es",
        who=("Elena Sánchez", "elena.sanchez@agenciabrillo.example"),
        when="2031-08-28 10:00",
        style="outlook",
        charset="iso-8859-1",
        body=(
            "Buenos días,\n\n"
            "Les escribo solo para avisarles de que ya no trabajo en Agencia Brillo desde finales de julio, así que no puedo ayudarles con esta factura. No sé quién lleva ahora la administración, lo siento.\n\n"
            "Un saludo,\nElena"
        ),
        inv="MEP-0425",
        amt="990.00",
        labels=lab(note="has left the company; no new address"),
    ),
    Reply(
        key="wc-nl-crediteuren",
        intent="wrong_contact",
        lang="nl",
        who=("Pieter de Graaf", "p.degraaf@degraafinstallaties.example"),
        when="2031-09-12 08:40",
        style="outlook",
        body=(
            "Goedemorgen,\n\n"
            "Ik ben hier niet de juiste persoon voor. Facturen en herinneringen graag naar onze crediteurenadministratie: crediteuren@degraafinstallaties.example.\n\n"
            "Met vriendelijke groet,\n\n"
            "Pieter de Graaf\nDe Graaf Installaties"
        ),
        inv="MEP-0491",
        amt="1275.00",
        labels=lab(
            new_contact="crediteuren@degraafinstallaties.example",
            note="the sentence-final full stop is not part of the address",
        ),
    ),
    Reply(
        key="wc-nl-mailbox-not-read",
        intent="wrong_contact",
        lang="nl",
        who=("Haagse Hoven Evenementen", "events@haagsehoven.example"),
        when="2031-08-19 10:05",
        style="notice",
        days_before=0,
        headers=(AUTO_REPLIED,),
        body=(
            "Dit e-mailadres wordt niet meer gelezen en berichten worden niet doorgestuurd.\n\n"
            "Voor facturen, herinneringen en betalingen: financien@haagsehoven.example\n"
            "Voor boekingen en overige vragen: info@haagsehoven.example\n\n"
            "Met vriendelijke groet,\nHaagse Hoven Evenementen"
        ),
        inv="MEP-0419",
        amt="760.00",
        labels=lab(
            new_contact="financien@haagsehoven.example",
            note="automatic 'address no longer read' notice naming a billing address: wrong_contact, with the billing address rather than the general one",
        ),
    ),
    Reply(
        key="wc-it-non-sono-piu-io",
        intent="wrong_contact",
        lang="it",
        who=("Luca Marini", "luca.marini@marinifiori.example"),
        when="2031-09-01 08:30",
        style="android",
        body="Buongiorno, non sono più io il referente per l'amministrazione. Scrivete ad amministrazione@marinifiori.example, grazie\nLuca",
        inv="MEP-0460",
        amt="540.00",
        labels=lab(new_contact="amministrazione@marinifiori.example"),
    ),
    Reply(
        key="wc-it-fondazione-formal",
        intent="wrong_contact",
        lang="it",
        who=("Valeria Ricci", "v.ricci@fondazionearte.example"),
        when="2031-08-27 15:50",
        style="gmail",
        body=(
            "Gentili Signori,\n\n"
            "Vi informo che questo indirizzo è quello della direzione artistica della Fondazione. Per tutte le questioni amministrative e contabili Vi prego di scrivere direttamente all'ufficio amministrazione, alla c.a. della sig.ra Paola Ferri: p.ferri@fondazionearte.example.\n\n"
            "Cordiali saluti\n\n"
            "Valeria Ricci\nDirezione artistica – Fondazione Arte Contemporanea"
        ),
        inv="MEP-0492",
        amt="2700.00",
        labels=lab(new_contact="p.ferri@fondazionearte.example"),
    ),
]

UNSUBSCRIBE = [
    Reply(
        key="un-en-promise-but-stop",
        intent="unsubscribe",
        lang="en",
        who=("Nick Dunmore", "nick@dunmorecycles.example"),
        when="2031-08-26 17:15",
        style="gmail_plain",
        body=(
            "I've told you twice now I'll pay it Friday when my customer pays me. Please stop sending these automated reminders, three in one week is ridiculous. Take me off the list.\n\n"
            "Nick"
        ),
        inv="MEP-0423",
        amt="610.00",
        labels=lab(note="promise plus a stop request: unsubscribe wins, so no date is labelled"),
    ),
    Reply(
        key="un-en-solicitors",
        intent="unsubscribe",
        lang="en",
        who=("Andrew Fairleigh", "andrew@fairleighmanor.example"),
        when="2031-09-04 12:00",
        style="outlook",
        body=(
            "Dear Sirs,\n\n"
            "This invoice is the subject of a disagreement which we have now passed to our solicitors, Penrose Hale LLP. Please direct any further correspondence on this matter to them and do not contact us directly by email about it again.\n\n"
            "Yours faithfully,\n\n"
            "Andrew Fairleigh\nDirector\nFairleigh Manor Weddings Ltd"
        ),
        inv="MEP-0469",
        amt="3850.00",
        labels=lab(
            note="'talk to our solicitors' with no address → unsubscribe; it also beats the disagreement it mentions"
        ),
    ),
    Reply(
        key="un-en-all-caps",
        intent="unsubscribe",
        lang="en",
        who=("TERRY BUCKLE", "tbuckle.discos@gmail.com"),
        when="2031-08-31 23:02",
        style="iphone",
        body="STOP EMAILING ME. TAKE ME OFF YOUR SYSTEM. IF YOU WANT SOMETHING PUT IT IN WRITING",
        inv="MEP-0417",
        amt="350.00",
        labels=lab(note="all caps at night from a phone; 'put it in writing' = post only"),
    ),
    Reply(
        key="un-de-nur-postweg",
        intent="unsubscribe",
        lang="de",
        who=("Dr. Henning Albers", "h.albers@albers-steuerberatung.example"),
        when="2031-09-08 14:30",
        style="outlook",
        charset="iso-8859-1",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "wir bitten Sie, Mahnungen und sonstige Zahlungsaufforderungen künftig ausschließlich auf dem Postweg an unsere Kanzleianschrift zu senden. E-Mails dieser Art werden bei uns nicht bearbeitet.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Dr. Henning Albers\nAlbers Steuerberatung"
        ),
        inv="MEP-0424",
        amt="880.00",
        labels=lab(note="post only → unsubscribe"),
    ),
    Reply(
        key="un-de-bezahlt-aufhoeren",
        intent="unsubscribe",
        lang="de",
        who=("Sven Kowalski", "sven.kowalski@kowalski-audio.example"),
        when="2031-08-20 20:10",
        style="gmail_plain",
        body="Wir haben am Montag bezahlt!!! Hört bitte auf, mir jeden zweiten Tag diese Mails zu schicken, ich will die nicht mehr bekommen.",
        inv="MEP-0421",
        amt="1240.00",
        labels=lab(note="stop request plus a payment claim: unsubscribe wins"),
    ),
    Reply(
        key="un-fr-avocat",
        intent="unsubscribe",
        lang="fr",
        who=("Gilles Bernard", "gilles.bernard@bernardproductions.example"),
        when="2031-09-09 11:30",
        style="thunderbird",
        body=(
            "Madame, Monsieur,\n\n"
            "Je vous prie de cesser de m'adresser ces relances par courriel. Ce dossier est désormais entre les mains de notre avocate, Maître Caroline Dubreuil, à qui vous voudrez bien vous adresser pour toute suite.\n\n"
            "Gilles Bernard\nBernard Productions"
        ),
        inv="MEP-0493",
        amt="2975.00",
        labels=lab(note="lawyer named without an address → unsubscribe"),
    ),
    Reply(
        key="un-es-dejad-de-enviar",
        intent="unsubscribe",
        lang="es",
        who=("Miguel Herrera", "miguel@herreraeventos.example"),
        when="2031-08-22 13:10",
        style="gmail",
        body="Por favor, dejad de enviarme estos correos automáticos. Si tenéis algo que decirme, llamadme.\n\nMiguel",
        inv="MEP-0378",
        amt="460.00",
        labels=lab(note="stop e-mailing, phone only"),
    ),
    Reply(
        key="un-es-borradme",
        intent="unsubscribe",
        lang="es",
        who=("Bea Molina", "beamolina82@gmail.com"),
        when="2031-09-06 10:45",
        style="iphone",
        body="Borradme de vuestra lista por favor, hace años que no trabajo con vosotros",
        inv="MEP-0414",
        amt="300.00",
        labels=lab(note="remove-me beats 'not a customer'"),
    ),
    Reply(
        key="un-nl-advocaat",
        intent="unsubscribe",
        lang="nl",
        who=("Erik Visser", "erik@vissermedia.example"),
        when="2031-08-21 16:20",
        style="outlook_html",
        body=(
            "Stop alstublieft met deze e-mails. Alle correspondentie over deze factuur loopt vanaf nu via onze advocaat, mr. De Boer. U hoort van hem.\n\n"
            "Erik Visser\nVisser Media"
        ),
        inv="MEP-0413",
        amt="1560.00",
        labels=lab(note="stop plus 'via our lawyer', no address"),
    ),
    Reply(
        key="un-nl-afmelden",
        intent="unsubscribe",
        lang="nl",
        who=("J. Kramer", "jkramer@kramerbloemen.example"),
        when="2031-09-10 07:30",
        style="iphone",
        body="Afmelden",
        inv="MEP-0494",
        amt="275.00",
        labels=lab(note="one word"),
    ),
    Reply(
        key="un-it-solo-raccomandata",
        intent="unsubscribe",
        lang="it",
        who=(
            "Studio Legale Mancini – Segreteria",
            "segreteria@studiolegalemancini.example",
        ),
        when="2031-08-28 12:40",
        style="outlook",
        charset="windows-1252",
        body=(
            "Spett.le Marigold Events Photography,\n\n"
            "Vi invitiamo a non inviare più solleciti a questo indirizzo di posta elettronica. Eventuali comunicazioni relative alla fattura dovranno pervenire esclusivamente a mezzo raccomandata A/R presso la nostra sede.\n\n"
            "Distinti saluti\n\n"
            "La Segreteria\nStudio Legale Mancini"
        ),
        inv="MEP-0495",
        amt="1650.00",
        labels=lab(note="registered post only → unsubscribe"),
    ),
    Reply(
        key="un-it-basta-mail",
        intent="unsubscribe",
        lang="it",
        who=("Simone Rizzo", "simone@rizzobirra.example"),
        when="2031-09-02 21:30",
        style="gmail_plain",
        body="basta con ste mail!! vi ho già detto al telefono che pago entro fine mese, non scrivetemi più",
        inv="MEP-0496",
        amt="720.00",
        labels=lab(note="stop request beats the promise; no date labelled"),
    ),
]

AUTO_REPLY = [
    Reply(
        key="ar-en-annual-leave",
        intent="auto_reply",
        lang="en",
        who=("Charlotte Price", "charlotte.price@priceandparker.example"),
        when="2031-08-22 09:06",
        style="notice",
        days_before=0,
        headers=(
            AUTO_REPLIED,
            (
                "X-MS-Exchange-Inbox-Rules-Loop",
                "charlotte.price@priceandparker.example",
            ),
        ),
        body=(
            "Thank you for your email. I am on annual leave until Monday 1 September with limited access to email. For anything urgent please call the office on 020 7946 0321.\n\n"
            "Charlotte"
        ),
        inv="MEP-0497",
        amt="1190.00",
        labels=lab(return_date="2031-09-01", note="'until X' → X itself"),
    ),
    Reply(
        key="ar-en-ticket",
        intent="auto_reply",
        lang="en",
        who=(
            "Whitcombe Group Finance Helpdesk",
            "finance.helpdesk@whitcombegroup.example",
        ),
        when="2031-09-09 09:05",
        style="notice",
        days_before=0,
        subject="[FIN-284317] Request received: {rsub}",
        headers=(AUTO_REPLIED, ("X-Auto-Response-Suppress", "All")),
        body=(
            "Hello,\n\n"
            "Thanks for contacting Whitcombe Group Finance. Your request has been logged with reference FIN-284317 and passed to the Accounts Payable queue.\n\n"
            "Our target response time is 5 working days. Please quote the reference above in any further correspondence so that we can keep everything together.\n\n"
            "Finance Shared Service Centre\nWhitcombe Group"
        ),
        inv="MEP-0498",
        amt="2210.00",
        labels=lab(note="ticket acknowledgement"),
    ),
    Reply(
        key="ar-en-maternity-leave",
        intent="auto_reply",
        lang="en",
        who=("Rachel Moss", "rachel@mossmarketing.example"),
        when="2031-08-27 09:07",
        style="notice",
        days_before=0,
        subject="Away: {rsub}",
        headers=(("X-Autoreply", "yes"),),
        body=(
            "Hi, thanks for your message. I'm on maternity leave and will be back in January 2032. In the meantime please contact my colleague Tom Reeve on tom@mossmarketing.example, who is looking after all of my accounts.\n\n"
            "Rachel"
        ),
        inv="MEP-0499",
        amt="640.00",
        labels=lab(
            note="no day back ('January' only); a colleague's address in an auto-reply is not a new contact; only X-Autoreply marks it"
        ),
    ),
    Reply(
        key="ar-de-abwesend",
        intent="auto_reply",
        lang="de",
        who=("Markus Heller", "m.heller@heller-agentur.example"),
        when="2031-09-03 10:05",
        style="notice",
        charset="iso-8859-1",
        days_before=0,
        headers=(AUTO_REPLIED,),
        body=(
            "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 5. September nicht im Büro und ab Montag, dem 8. September, wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.\n\n"
            "Mit freundlichen Grüßen\nMarkus Heller"
        ),
        inv="MEP-0401",
        amt="1380.00",
        labels=lab(return_date="2031-09-08", note="the day back wins over 'bis einschließlich'"),
    ),
    Reply(
        key="ar-de-betriebsurlaub",
        intent="auto_reply",
        lang="de",
        who=("Maier Eventservice", "info@maier-eventservice.example"),
        when="2031-08-18 10:04",
        style="notice",
        days_before=0,
        subject="Betriebsurlaub bis 29.08. – {rsub}",
        headers=(("Precedence", "bulk"),),
        body=(
            "Sehr geehrte Kundin, sehr geehrter Kunde,\n\n"
            "unser Büro ist wegen Betriebsurlaub vom 18.08. bis 29.08.2031 geschlossen. Ab dem 01.09.2031 sind wir wieder wie gewohnt für Sie da; Ihre Nachricht wird dann der Reihe nach bearbeitet.\n\n"
            "Ihr Team von Maier Eventservice"
        ),
        inv="MEP-0402",
        amt="920.00",
        labels=lab(
            return_date="2031-09-01",
            note="company holiday; 'ab dem 01.09.' wins; only Precedence: bulk marks it",
        ),
    ),
    Reply(
        key="ar-fr-conges",
        intent="auto_reply",
        lang="fr",
        who=("Aurélie Caron", "a.caron@caron-conseil.example"),
        when="2031-08-26 10:06",
        style="notice",
        charset="windows-1252",
        days_before=0,
        headers=(AUTO_REPLIED,),
        body=(
            "Bonjour,\n\n"
            "Je suis en congés jusqu’au vendredi 29 août inclus, sans accès à ma messagerie. Je traiterai votre message à mon retour, le lundi 1er septembre.\n\n"
            "En cas d’urgence, vous pouvez joindre l’accueil au 01 84 60 21 37.\n\n"
            "Aurélie Caron"
        ),
        inv="MEP-0403",
        amt="1050.00",
        labels=lab(
            return_date="2031-09-01",
            note="the day back ('à mon retour, le lundi 1er') wins",
        ),
    ),
    Reply(
        key="ar-fr-accuse-reception",
        intent="auto_reply",
        lang="fr",
        who=(
            "Hôtels Belvédère – Comptabilité fournisseurs",
            "compta.fournisseurs@hotelsbelvedere.example",
        ),
        when="2031-09-11 10:05",
        style="notice",
        days_before=0,
        subject="Accusé de réception – {rsub}",
        headers=(("X-Autoreply", "yes"),),
        body=(
            "Bonjour,\n\n"
            "Nous accusons bonne réception de votre message, qui sera traité par notre service dans les meilleurs délais.\n\n"
            "Ceci est un message automatique, merci de ne pas y répondre.\n\n"
            "Comptabilité fournisseurs\nHôtels Belvédère"
        ),
        inv="MEP-0404",
        amt="2480.00",
        labels=lab(note="receipt acknowledgement; only X-Autoreply marks it"),
    ),
    Reply(
        key="ar-es-vacaciones",
        intent="auto_reply",
        lang="es",
        who=("Laura Domínguez", "ldominguez@dominguezmarketing.example"),
        when="2031-08-26 10:07",
        style="notice",
        days_before=0,
        headers=(AUTO_REPLIED,),
        body=(
            "Hola,\n\n"
            "Estoy de vacaciones hasta el 5 de septiembre y no reviso el correo. Para cualquier cosa urgente podéis escribir a hola@dominguezmarketing.example.\n\n"
            "Un saludo,\nLaura"
        ),
        inv="MEP-0405",
        amt="870.00",
        labels=lab(
            return_date="2031-09-05",
            note="'hasta X' → X itself; the general address is not a new contact",
        ),
    ),
    Reply(
        key="ar-nl-vakantie",
        intent="auto_reply",
        lang="nl",
        who=("Daan Peeters", "daan@peetersevents.example"),
        when="2031-08-19 10:05",
        style="notice",
        days_before=0,
        headers=(AUTO_REPLIED,),
        body=(
            "Bedankt voor je bericht. Ik ben op vakantie tot en met vrijdag 22 augustus en lees mijn mail niet. Daarna reageer ik zo snel mogelijk.\n\n"
            "Groet,\nDaan"
        ),
        inv="MEP-0406",
        amt="1430.00",
        labels=lab(return_date="2031-08-22", note="'tot en met X' → X itself"),
    ),
    Reply(
        key="ar-nl-ticket",
        intent="auto_reply",
        lang="nl",
        who=("Zalmhuys Groep – Facturen", "facturen@zalmhuysgroep.example"),
        when="2031-09-05 10:06",
        style="notice",
        days_before=0,
        subject="Uw bericht is ontvangen [Ticket #560193]",
        headers=(("Precedence", "auto_reply"),),
        body=(
            "Beste afzender,\n\n"
            "Bedankt voor uw e-mail. Uw bericht is geregistreerd onder ticketnummer 560193. Een medewerker van de financiële administratie neemt binnen drie werkdagen contact met u op.\n\n"
            "Dit is een automatisch gegenereerd bericht.\n\n"
            "Zalmhuys Groep"
        ),
        inv="MEP-0407",
        amt="3300.00",
        labels=lab(note="ticket acknowledgement without Auto-Submitted"),
    ),
    Reply(
        key="ar-it-fuori-ufficio",
        intent="auto_reply",
        lang="it",
        who=("Martina Esposito", "m.esposito@espositoeventi.example"),
        when="2031-08-18 10:07",
        style="notice",
        days_before=0,
        headers=(AUTO_REPLIED,),
        body=(
            "Buongiorno,\n\n"
            "sono fuori ufficio fino a lunedì 25 agosto compreso e rientrerò martedì 26. Le e-mail ricevute nel frattempo verranno lette al mio rientro.\n\n"
            "Cordiali saluti\nMartina Esposito"
        ),
        inv="MEP-0408",
        amt="760.00",
        labels=lab(
            return_date="2031-08-26",
            note="the stated day back wins over 'fino a … compreso'",
        ),
    ),
    Reply(
        key="ar-it-chiusura-ferie",
        intent="auto_reply",
        lang="it",
        who=(
            "Cantine Sartori – Amministrazione",
            "amministrazione@cantinesartori.example",
        ),
        when="2031-08-20 10:05",
        style="notice",
        days_before=0,
        subject="Chiusura estiva – {rsub}",
        headers=(("X-Autoreply", "yes"),),
        body=(
            "Gentile cliente, gentile fornitore,\n\n"
            "l'ufficio amministrativo resterà chiuso per ferie fino a venerdì 29 agosto. Le e-mail ricevute in questo periodo saranno lette alla riapertura.\n\n"
            "Cantine Sartori – Amministrazione"
        ),
        inv="MEP-0409",
        amt="1840.00",
        labels=lab(
            return_date="2031-08-29",
            note="'fino a X' → X itself; only X-Autoreply marks it",
        ),
    ),
]

OTHER = [
    Reply(
        key="ot-en-did-we-not-pay",
        intent="other",
        lang="en",
        who=("Fiona Mackay", "fiona@mackaydesign.example"),
        when="2031-08-28 10:10",
        style="gmail",
        body=(
            "Hi,\n\n"
            "Did we not pay this already? I was sure Mark sorted it before he went off on holiday in July. I'll check with him when he's back, but can you double-check your end too?\n\n"
            "Fiona"
        ),
        inv="MEP-0410",
        amt="980.00",
        labels=lab(note="asks whether it was paid: no claim, no commitment, no document asked for"),
    ),
    Reply(
        key="ot-en-new-booking",
        intent="other",
        lang="en",
        who=("Jenny Okoro", "events@floristsguild.example"),
        when="2031-09-08 11:50",
        style="outlook_html",
        body=(
            "Hi,\n\n"
            "Thanks for this – I've passed it on to our finance officer.\n\n"
            "While I have you: are you free to photograph our annual awards dinner on Thursday 13 November at the Merchant Hall in Bristol? The same package as last year would be perfect. Could you send me a quote?\n\n"
            "Best wishes,\n\n"
            "Jenny Okoro\nEvents Manager\nThe Florists' Guild"
        ),
        inv="MEP-0411",
        amt="1560.00",
        labels=lab(
            note="a booking enquiry; passing the reminder on is neither a commitment nor a new contact"
        ),
    ),
    Reply(
        key="ot-en-internal-note",
        intent="other",
        lang="en",
        who=("Karen Bellamy", "k.bellamy@bellamyhomes.example"),
        when="2031-09-10 10:25",
        style="outlook",
        body="Dave – can you deal with this one please, I'm off from tomorrow. Think it's the show home launch? K",
        inv="MEP-0400",
        amt="1240.00",
        labels=lab(
            note="an internal note to a colleague sent to the collector by mistake; nothing for the collector to act on automatically"
        ),
    ),
    Reply(
        key="ot-de-gesehen",
        intent="other",
        lang="de",
        who=("Christian Wolff", "c.wolff@wolff-architekten.example"),
        when="2031-08-21 19:40",
        style="iphone",
        body="Gesehen. Kläre ich morgen mit unserem Buchhalter und melde mich.",
        inv="MEP-0399",
        amt="1680.00",
        labels=lab(note="acknowledgement; checking is no commitment to pay"),
    ),
    Reply(
        key="ot-de-neuer-termin",
        intent="other",
        lang="de",
        who=("Jana Lorenz", "j.lorenz@hotel-lorenz-am-see.example"),
        when="2031-09-01 13:35",
        style="outlook_html",
        charset="iso-8859-1",
        body=(
            "Hallo,\n\n"
            "die Rechnung schaue ich mir noch an. Andere Frage: Hätten Sie am 20. September Zeit für Porträts unseres neuen Küchenteams? Ca. zwei Stunden am Vormittag.\n\n"
            "Beste Grüße\n"
            "Jana Lorenz\nMarketing\nHotel Lorenz am See"
        ),
        inv="MEP-0398",
        amt="1120.00",
        labels=lab(note="a booking enquiry; 'schaue ich mir noch an' commits to nothing"),
    ),
    Reply(
        key="ot-fr-bien-note",
        intent="other",
        lang="fr",
        who=("Pauline Masson", "pauline.masson@massonimmo.example"),
        when="2031-08-20 12:05",
        style="iphone",
        body="Bien noté, merci.\n\nPauline",
        inv="MEP-0397",
        amt="690.00",
        labels=lab(note="acknowledgement only"),
    ),
    Reply(
        key="ot-fr-lien-expire",
        intent="other",
        lang="fr",
        who=("Vincent Morel", "vincent@morel-architecture.example"),
        when="2031-09-05 10:30",
        style="apple",
        body=(
            "Bonjour,\n\n"
            "Je transmets la facture à notre comptable. Au passage, le lien de téléchargement des photos du chantier a expiré avant que je puisse tout récupérer – pourriez-vous me le renvoyer ?\n\n"
            "Merci,\nVincent Morel"
        ),
        inv="MEP-0396",
        amt="1350.00",
        labels=lab(
            note="asks for the photos again, not for a billing document; passing the invoice on is not a commitment"
        ),
    ),
    Reply(
        key="ot-es-no-estaba-pagado",
        intent="other",
        lang="es",
        who=("Nuria Pastor", "nuria@pastorestudio.example"),
        when="2031-09-04 20:15",
        style="iphone",
        body="¿Esto no estaba pagado ya? Lo miro mañana con la gestoría",
        inv="MEP-0395",
        amt="540.00",
        labels=lab(note="question whether it was paid; checking is no commitment"),
    ),
    Reply(
        key="ot-es-os-llamo",
        intent="other",
        lang="es",
        who=("Óscar Blanco", "oscar.blanco@blancoaudiovisual.example"),
        when="2031-08-19 17:45",
        style="android",
        body="Os llamo mañana a primera hora para comentarlo, hay un par de cosas que quiero hablar.\nÓscar",
        inv="MEP-0394",
        amt="1290.00",
        labels=lab(note="wants a call; nothing a rule can act on"),
    ),
    Reply(
        key="ot-nl-wie-kan-ik-bellen",
        intent="other",
        lang="nl",
        who=("Monique van Leeuwen", "m.vanleeuwen@leeuwenhof.example"),
        when="2031-08-29 11:15",
        style="outlook",
        body=(
            "Goedemorgen,\n\n"
            "Met wie kan ik telefonisch contact opnemen over deze factuur? Ik heb een paar vragen en dat gaat makkelijker even aan de telefoon.\n\n"
            "Met vriendelijke groet,\n\n"
            "Monique van Leeuwen\nLandgoed Leeuwenhof"
        ),
        inv="MEP-0393",
        amt="2060.00",
        labels=lab(note="asks who to call"),
    ),
    Reply(
        key="ot-nl-beurs-keulen",
        intent="other",
        lang="nl",
        who=("Thijs Bos", "thijs@bosdesignlab.example"),
        when="2031-09-10 14:55",
        style="iphone",
        body="Zit deze week op een beurs in Keulen, kijk er volgende week naar",
        inv="MEP-0392",
        amt="880.00",
        labels=lab(note="'kijk er volgende week naar' is no commitment to pay"),
    ),
    Reply(
        key="ot-it-commercialista",
        intent="other",
        lang="it",
        who=("Paolo De Luca", "paolo.deluca@delucaottica.example"),
        when="2031-08-25 18:10",
        style="thunderbird",
        body="Ricevuto, grazie. Ne parlo col commercialista e vi faccio sapere.\n\nPaolo De Luca\nOttica De Luca",
        inv="MEP-0391",
        amt="470.00",
        labels=lab(note="acknowledgement only"),
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
# Bounces: machine skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report on a reminder sent to `rcpt`; `lag` is how long after sending it came."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    inv: str
    amt: str
    lag: timedelta = timedelta(minutes=1)
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """The report's Date, in the reporting system's offset."""
        naive = datetime.strptime(self.when, "%Y-%m-%d %H:%M")
        return naive.replace(tzinfo=sender_tz(self.lang))

    @property
    def sent(self) -> datetime:
        """When Marigold's reminder left, in UK time."""
        return (self.dt - self.lag).astimezone(UK_TZ)

    @property
    def subject(self) -> str:
        """The reminder's subject."""
        return reminder_subject(self.rlang, self.inv)


def bounced_reminder(b: Bounce) -> Message:
    """The reminder as Marigold sent it."""
    msg = text_part(reminder_text(b.rlang, b.inv, b.amt), "plain", "utf-8", "qp")
    msg["From"] = mailbox(AR_NAME, AR_ADDR)
    msg["To"] = b.rcpt
    msg["Subject"] = encoded(b.subject, "utf-8")
    msg["Date"] = format_datetime(b.sent)
    msg["Message-ID"] = reminder_msgid(b.key)
    tidy_headers(msg)
    return msg


def header_block(msg: Message) -> str:
    """The header section of a message, as text."""
    return msg.as_string().split("\n\n", 1)[0] + "\n"


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    remote: str = "",
    retry_days: int = 0,
) -> Message:
    """A message/delivery-status part (RFC 3464) for the one failed recipient."""
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(b.sent)}\n"
    per_recipient = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
        *(
            [f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=retry_days))}"]
            if retry_days
            else []
        ),
    ]
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    blocks = [per_message, "\n".join(per_recipient) + "\n"]
    part.set_payload([message_from_string(block) for block in blocks])
    return part


def rfc822_headers(b: Bounce) -> Message:
    """The returned reminder's headers as text/rfc822-headers."""
    return text_part(header_block(bounced_reminder(b)), "rfc822-headers", "us-ascii", "7bit")


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def human(text: str, charset: str = "utf-8", cte: str = "qp", markup: bool = False) -> Message:
    """The human-readable part of a report (optionally with an HTML twin, as Exchange and Gmail send)."""
    plain = text_part(text, "plain", charset, cte)
    if not markup:
        return plain
    body = "".join(f"<p>{html_lines(p)}</p>\n" for p in text.strip().split("\n\n"))
    page = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n</head>\n'
        f'<body style="font-family:Segoe UI,Arial,sans-serif;font-size:11pt">\n{body}</body>\n</html>\n'
    )
    return alternative(plain, text_part(page, "html", charset, cte))


def finish(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    charset: str = "utf-8",
    auto: bool = True,
    failed_header: bool = False,
    boundary: str = "=_report_",
) -> Message:
    """Envelope headers of a report, then tidy MIME and fixed boundaries."""
    msg["Return-Path"] = "<>"
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded(subject, charset)
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].rstrip(">")
    msg["Message-ID"] = f"<{token(b.key, 'bounce', 20, 'hex')}@{host}>"
    if auto:
        msg["Auto-Submitted"] = "auto-replied"
    if failed_header:
        msg["X-Failed-Recipients"] = b.rcpt
    tidy_headers(msg)
    set_boundaries(msg, b.key, boundary)
    return msg


def bounce_gmail_user_unknown(b: Bounce) -> Message:
    """Gmail's 'Address not found' report quoting the remote server's 5.1.1."""
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    text = (
        "** Address not found **\n\n"
        f"Your message wasn't delivered to {b.rcpt} because the address couldn't be found, or is unable to receive mail.\n\n"
        "Learn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
        f"The response from the remote server was:\n{diag}\n"
    )
    msg = report(
        human(text, markup=True),
        delivery_status(
            b,
            "googlemail.com",
            "failed",
            diag,
            "mx.fernleafstudio.example. [203.0.113.25]",
        ),
        rfc822_headers(b),
    )
    return finish(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        failed_header=True,
        boundary="000000000000",
    )


def bounce_qmail_no_host(b: Bounce) -> Message:
    """A classic qmail failure notice: no MIME at all, the message copied below."""
    domain = b.rcpt.split("@")[1]
    text = (
        "Hi. This is the qmail-send program at relay.mailcraft-hosting.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        f"Sorry, I couldn't find any host named {domain}. (#5.1.2)\n\n"
        "--- Below this line is a copy of the message.\n\n" + bounced_reminder(b).as_string() + "\n"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(
        b,
        msg,
        "MAILER-DAEMON@relay.mailcraft-hosting.example",
        "failure notice",
        auto=False,
    )


def bounce_exim_mailbox_full(b: Bounce) -> Message:
    """An Exim failure report for a remote 552 5.2.2 (mailbox full), plain text."""
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {b.rcpt}\n"
        "    host mail.larkspurbridal.example [198.51.100.61]\n"
        "    SMTP error from remote mail server after RCPT TO:\n"
        f"    552 5.2.2 <{b.rcpt}>: Mailbox full, quota exceeded\n\n"
        "------ This is a copy of the message's headers. ------\n\n"
        + header_block(bounced_reminder(b))
    )
    msg = text_part(text, "plain", "us-ascii", "7bit")
    return finish(
        b,
        msg,
        "Mail Delivery System <Mailer-Daemon@smarthost2.mailcraft-hosting.example>",
        "Mail delivery failed: returning message to sender",
        failed_header=True,
    )


def bounce_o365_de_not_found(b: Bounce) -> Message:
    """Office 365 NDR in German: recipient not found (5.1.10)."""
    local, domain = b.rcpt.split("@")
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    server = "FR3P281MB1487.DEUP281.PROD.OUTLOOK.COM"
    text = (
        f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.\n\n"
        f"{local} wurde bei {domain} nicht gefunden.\n\n"
        "Aktion erforderlich: Absender\n\n"
        "Unbekannter Empfänger\n\n"
        "So beheben Sie das Problem\n"
        "Die Adresse ist möglicherweise falsch geschrieben oder existiert nicht mehr. Prüfen Sie die Adresse und senden Sie die Nachricht erneut. Wenn Sie die Adresse aus einer Vorschlagsliste übernommen haben, entfernen Sie den Eintrag und geben Sie die Adresse vollständig ein.\n\n"
        "Diagnoseinformationen für Administratoren:\n\n"
        f"Generierender Server: {server}\n\n"
        f"{b.rcpt}\nRemoteserver hat '{diag}' zurückgegeben\n"
    )
    msg = report(
        human(text, markup=True),
        delivery_status(b, server, "failed", diag),
        rfc822_headers(b),
    )
    return finish(
        b,
        msg,
        f"Microsoft Outlook <postmaster@{domain}>",
        f"Unzustellbar: {b.subject}",
        boundary="_000_",
    )


def bounce_provider_de_mailbox_full(b: Bounce) -> Message:
    """A German web host's own delay notice: mailbox full, still retrying (Latin-1 plain text)."""
    until = (b.sent + timedelta(days=4)).astimezone(CE_TZ).strftime("%d.%m.%Y %H:%M")
    text = (
        "Dies ist eine automatisch erzeugte Nachricht des Mailservers mx02.nordhost.example.\n\n"
        "Ihre Nachricht an\n\n"
        f"    {b.rcpt}\n\n"
        "konnte bisher nicht zugestellt werden, weil das Postfach des Empfängers voll ist:\n\n"
        "    452 4.2.2 Mailbox full (Speicherplatz erschöpft)\n\n"
        f"Wir versuchen die Zustellung weiter bis {until} Uhr. Sie müssen nichts unternehmen. Sollte die Zustellung endgültig scheitern, erhalten Sie eine weitere Nachricht.\n\n"
        f"Betreff Ihrer Nachricht: {fits(b.subject, 'iso-8859-1')}\n"
        f"Gesendet: {b.sent.astimezone(CE_TZ).strftime('%d.%m.%Y %H:%M')} Uhr\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return finish(
        b,
        msg,
        "Mail Delivery System <MAILER-DAEMON@mx02.nordhost.example>",
        "Zustellung verzögert - Postfach des Empfängers voll",
        charset="iso-8859-1",
    )


def bounce_o365_fr_policy(b: Bounce) -> Message:
    """Office 365 NDR in French: refused by the recipient organisation's policy (5.7.1)."""
    domain = b.rcpt.split("@")[1]
    diag = "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized to send to this recipient"
    server = "PR1P264MB2315.FRAP264.PROD.OUTLOOK.COM"
    text = (
        f"Votre message à {b.rcpt} n'a pas pu être remis.\n\n"
        "L'organisation du destinataire n'accepte pas les messages provenant de votre adresse.\n\n"
        "Action requise : destinataire\n\n"
        "Remise non autorisée\n\n"
        "Comment résoudre le problème\n"
        "Une règle définie par le destinataire ou par son administrateur bloque les messages de votre part. Joignez le destinataire par un autre moyen (téléphone, par exemple) et demandez-lui de vous autoriser.\n\n"
        "Informations de diagnostic pour les administrateurs :\n\n"
        f"Serveur de génération : {server}\n\n"
        f"{b.rcpt}\nLe serveur distant a retourné '{diag}'\n"
    )
    msg = report(
        human(text, markup=True),
        delivery_status(b, server, "failed", diag),
        rfc822_headers(b),
    )
    return finish(
        b,
        msg,
        f"Microsoft Outlook <postmaster@{domain}>",
        f"Non remis : {b.subject}",
        boundary="_000_",
    )


def bounce_provider_fr_delay(b: Bounce) -> Message:
    """A French host's warning that delivery is still pending (UTF-8, 8bit, plain text)."""
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du serveur smtp.hebergeur-sud.example.\n\n"
        f"Votre message destiné à {b.rcpt} n'a pas encore pu être distribué : le serveur du destinataire ne répond pas.\n\n"
        f"    {b.rcpt} : connexion à mx.brasserie-lamouette.example impossible (délai dépassé)\n"
        "    Code : 4.4.1\n\n"
        "De nouvelles tentatives auront lieu pendant 5 jours. Vous n'avez rien à faire pour le moment ; si la distribution échoue définitivement, vous recevrez un nouvel avis.\n\n"
        f"Objet : {b.subject}\n"
        f"Envoyé le : {b.sent.astimezone(CE_TZ).strftime('%d/%m/%Y à %H:%M')}\n"
    )
    msg = text_part(text, "plain", "utf-8", "8bit")
    return finish(
        b,
        msg,
        "Service de messagerie <mailer-daemon@smtp.hebergeur-sud.example>",
        "Avertissement : message non encore distribué",
    )


def bounce_o365_es_delayed(b: Bounce) -> Message:
    """Office 365 delay notice in Spanish (4.4.7), still being retried."""
    domain = b.rcpt.split("@")[1]
    diag = "451 4.4.7 Message delayed; the remote server did not respond in time"
    server = "DB8PR03MB5620.EURPRD03.PROD.OUTLOOK.COM"
    text = (
        "La entrega se ha retrasado para estos destinatarios o grupos:\n\n"
        f"{b.rcpt}\n\n"
        f"Asunto: {b.subject}\n\n"
        "Este mensaje todavía no se ha entregado. Seguiremos intentándolo.\n\n"
        "El servidor seguirá intentando entregarlo durante las próximas 44 horas. Si no puede entregarse en ese plazo, recibirá una notificación.\n\n"
        "Información de diagnóstico para administradores:\n\n"
        f"Servidor de generación: {server}\n"
        f"Destinatario: {b.rcpt}\n"
        f"Motivo: {diag}\n"
    )
    msg = report(
        human(text, markup=True),
        delivery_status(b, server, "delayed", diag, retry_days=2),
        rfc822_headers(b),
    )
    return finish(
        b,
        msg,
        f"Microsoft Outlook <postmaster@{domain}>",
        f"Entrega retrasada: {b.subject}",
        boundary="_000_",
    )


def bounce_provider_es_disabled(b: Bounce) -> Message:
    """A Spanish host's failure notice: the mailbox is disabled (Latin-1, quoted-printable)."""
    text = (
        "Este es un mensaje automático del servidor correo.redhispana-hosting.example.\n\n"
        "No ha sido posible entregar su mensaje al siguiente destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        "Motivo: la cuenta de correo del destinatario está desactivada y no admite mensajes.\n"
        "Respuesta del servidor: 550 5.2.1 Mailbox disabled, not accepting messages\n\n"
        "Se trata de un error permanente: no se realizarán más intentos.\n\n"
        f"Asunto del mensaje original: {fits(b.subject, 'iso-8859-1')}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return finish(
        b,
        msg,
        "Sistema de correo <mailer-daemon@correo.redhispana-hosting.example>",
        "Mensaje no entregado: cuenta desactivada",
        charset="iso-8859-1",
    )


def bounce_nl_greylisted(b: Bounce) -> Message:
    """A Dutch host's RFC 3464 delay report: greylisting (4.7.1), still retrying."""
    remote = "mail.cateringdeboog.example"
    diag = "451 4.7.1 Greylisted, please try again later"
    until = (b.sent + timedelta(days=5)).astimezone(CE_TZ).strftime("%d-%m-%Y %H:%M")
    text = (
        "Dit is het mailsysteem van mx2.hostingwest.example.\n\n"
        "##############################################################\n"
        "# DIT IS ALLEEN EEN WAARSCHUWING. U HOEFT NIETS OPNIEUW TE STUREN. #\n"
        "##############################################################\n\n"
        f"Uw bericht kon nog niet worden afgeleverd. De ontvangende server weigert het voorlopig; we blijven het proberen tot {until}.\n\n"
        f"<{b.rcpt}>: host {remote}[192.0.2.87] antwoordde: {diag} (na het RCPT TO-commando)\n"
    )
    msg = report(
        human(text),
        delivery_status(b, "mx2.hostingwest.example", "delayed", diag, remote, retry_days=5),
        rfc822_headers(b),
    )
    return finish(
        b,
        msg,
        "Mail Delivery System <MAILER-DAEMON@mx2.hostingwest.example>",
        "Vertraagde e-mail (wordt nog opnieuw geprobeerd)",
    )


def bounce_provider_it_unknown(b: Bounce) -> Message:
    """An Italian provider's non-MIME notice, ASCII only (accents written as apostrophes)."""
    text = (
        "Gentile utente,\n\n"
        "il messaggio inviato all'indirizzo seguente non e' stato recapitato:\n\n"
        f"  {b.rcpt}\n\n"
        "Motivo: utente inesistente (550 5.1.1 User unknown)\n\n"
        "Il messaggio e' stato rifiutato in modo definitivo; non verranno effettuati ulteriori tentativi.\n\n"
        "----- Intestazioni del messaggio originale -----\n\n" + header_block(bounced_reminder(b))
    )
    msg = Message()
    msg.set_payload(text)
    return finish(
        b,
        msg,
        "Postmaster <postmaster@mail.tuttoposta-hosting.example>",
        "Notifica di mancato recapito",
    )


def bounce_it_storage_delay(b: Bounce) -> Message:
    """An Italian host's RFC 3464 delay report: the remote is out of storage (4.3.1)."""
    until = (b.sent + timedelta(days=3)).astimezone(CE_TZ).strftime("%d/%m/%Y alle %H:%M")
    diag = "452 4.3.1 Insufficient system storage"
    text = (
        "Questo è un messaggio automatico del sistema di posta smtp.appenninonet.example.\n\n"
        "Il messaggio indicato di seguito non è ancora stato recapitato al destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        f"Il server del destinatario ha risposto: {diag}\n\n"
        f"Non è necessario fare nulla: proveremo di nuovo a consegnarlo fino al {until}. Se il recapito non andrà a buon fine riceverete un ulteriore avviso.\n"
    )
    msg = report(
        human(text),
        delivery_status(
            b,
            "smtp.appenninonet.example",
            "delayed",
            diag,
            "mx1.villaserena-eventi.example",
            retry_days=3,
        ),
        rfc822_headers(b),
    )
    return finish(
        b,
        msg,
        "Sistema di posta <MAILER-DAEMON@smtp.appenninonet.example>",
        "Avviso: messaggio non ancora recapitato",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            key="b-en-gmail-5.1.1",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="accounts@fernleafstudio.example",
            when="2031-08-19 09:04",
            rlang="en",
            inv="MEP-0390",
            amt="820.00",
        ),
        bounce_gmail_user_unknown,
    ),
    (
        Bounce(
            key="b-en-qmail-no-host",
            lang="en",
            kind="hard",
            status="5.1.2",
            rcpt="events@oakhamptonshow.example",
            when="2031-08-27 09:05",
            rlang="en",
            inv="MEP-0389",
            amt="1460.00",
            lag=timedelta(minutes=2),
            note="qmail notice without MIME: domain gone (#5.1.2)",
        ),
        bounce_qmail_no_host,
    ),
    (
        Bounce(
            key="b-en-exim-mailbox-full",
            lang="en",
            kind="soft",
            status="5.2.2",
            rcpt="studio@larkspurbridal.example",
            when="2031-09-01 09:20",
            rlang="en",
            inv="MEP-0388",
            amt="590.00",
            lag=timedelta(minutes=15),
            note="mailbox full reported as a permanent 5.2.2: soft by kind, the code is kept",
        ),
        bounce_exim_mailbox_full,
    ),
    (
        Bounce(
            key="b-de-o365-5.1.10",
            lang="de",
            kind="hard",
            status="5.1.10",
            rcpt="rechnungswesen@hofmann-eventtechnik.example",
            when="2031-08-21 10:04",
            rlang="de",
            inv="MEP-0387",
            amt="1720.00",
        ),
        bounce_o365_de_not_found,
    ),
    (
        Bounce(
            key="b-de-provider-postfach-voll",
            lang="de",
            kind="soft",
            status="4.2.2",
            rcpt="info@weingut-baumann.example",
            when="2031-08-29 14:10",
            rlang="de",
            inv="MEP-0386",
            amt="640.00",
            lag=timedelta(hours=4, minutes=6),
            note="German host's plain-text delay notice, Latin-1",
        ),
        bounce_provider_de_mailbox_full,
    ),
    (
        Bounce(
            key="b-fr-o365-policy",
            lang="fr",
            kind="hard",
            status="5.7.1",
            rcpt="comptabilite@lesjardinsdalice.example",
            when="2031-09-02 10:04",
            rlang="fr",
            inv="MEP-0385",
            amt="1180.00",
            note="refused by the recipient's policy: permanent",
        ),
        bounce_o365_fr_policy,
    ),
    (
        Bounce(
            key="b-fr-provider-delay",
            lang="fr",
            kind="soft",
            status="4.4.1",
            rcpt="contact@brasserie-lamouette.example",
            when="2031-09-10 14:30",
            rlang="fr",
            inv="MEP-0384",
            amt="930.00",
            lag=timedelta(hours=4, minutes=27),
            note="French host's plain-text delay warning, UTF-8 8bit",
        ),
        bounce_provider_fr_delay,
    ),
    (
        Bounce(
            key="b-es-o365-delayed",
            lang="es",
            kind="soft",
            status="4.4.7",
            rcpt="facturas@grupoaltamar.example",
            when="2031-09-04 14:05",
            rlang="es",
            inv="MEP-0383",
            amt="2650.00",
            lag=timedelta(hours=5),
            note="Office 365 delay notice in Spanish",
        ),
        bounce_o365_es_delayed,
    ),
    (
        Bounce(
            key="b-es-provider-disabled",
            lang="es",
            kind="hard",
            status="5.2.1",
            rcpt="pedidos@floristeriaamapola.example",
            when="2031-08-18 10:04",
            rlang="es",
            inv="MEP-0382",
            amt="410.00",
            note="mailbox disabled: permanent",
        ),
        bounce_provider_es_disabled,
    ),
    (
        Bounce(
            key="b-nl-greylisted",
            lang="nl",
            kind="soft",
            status="4.7.1",
            rcpt="administratie@cateringdeboog.example",
            when="2031-08-28 11:05",
            rlang="nl",
            inv="MEP-0381",
            amt="1090.00",
            lag=timedelta(hours=1),
            note="greylisting (temporary policy) in an RFC 3464 delay report",
        ),
        bounce_nl_greylisted,
    ),
    (
        Bounce(
            key="b-it-provider-unknown",
            lang="it",
            kind="hard",
            status="5.1.1",
            rcpt="info@osterialacanonica.example",
            when="2031-09-12 10:04",
            rlang="it",
            inv="MEP-0380",
            amt="760.00",
            note="non-MIME Italian notice, ASCII only, with the original headers",
        ),
        bounce_provider_it_unknown,
    ),
    (
        Bounce(
            key="b-it-report-storage",
            lang="it",
            kind="soft",
            status="4.3.1",
            rcpt="amministrazione@villaserena-eventi.example",
            when="2031-08-26 14:05",
            rlang="it",
            inv="MEP-0379",
            amt="1975.00",
            lag=timedelta(hours=4),
            note="Italian RFC 3464 delay report",
        ),
        bounce_it_storage_delay,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> dict[str, object]:
    """The label of a hand-written message, keys in the corpus order."""
    label: dict[str, object] = {"intent": r.intent}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = r.labels.get("invoice_refs", [])
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label of a delivery report."""
    label: dict[str, object] = {"intent": "bounce"}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def all_messages() -> list[tuple[str, Message, dict[str, object]]]:
    """Every message with its key and label, in a key-hash order that hides the label."""
    items = [(r.key, build_reply(r), reply_label(r)) for r in REPLIES]
    items += [(b.key, build(b), bounce_label(b)) for b, build in BOUNCES]
    keys = [key for key, _, _ in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    return sorted(items, key=lambda item: digest(item[0], "file-order"))


def strip_tags(markup: str) -> str:
    """Crude HTML-to-text for the body check."""
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def check_message(name: str, data: bytes, first_words: str) -> None:
    """Parse a file back: headers decoded, every text part decodable, no defects anywhere."""
    msg = message_from_bytes(data, policy=policy.default)
    if not isinstance(msg, EmailMessage):
        raise SystemExit(f"{name}: not parsed as EmailMessage")
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for header, value in msg.items():
        if not isinstance(value, BaseHeader):
            raise SystemExit(f"{name}: {header} not parsed")
        if value.defects or "=?" in str(value):
            raise SystemExit(f"{name}: {header} not cleanly decoded: {value.defects}")
    texts: list[str] = []
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects}")
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str):
                raise SystemExit(f"{name}: text part did not decode to str")
            texts.append(strip_tags(content) if part.get_content_subtype() == "html" else content)
    if not texts and not isinstance(msg.get_payload(), str):
        raise SystemExit(f"{name}: no text")
    if first_words and not any(first_words in " ".join(t.split()) for t in texts):
        raise SystemExit(f"{name}: hand-written text not found after decoding")


def first_words(r: Reply) -> str:
    """A short, whitespace-normalised opening of the hand-written text, to find after decoding."""
    text = strip_tags(r.body) if r.style == "html_notice" else r.body
    return " ".join(text.split())[:24]


ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
AMOUNT = re.compile(r"\d+\.\d{2}")
INVOICE = re.compile(r"MEP-\d{4}")
STATUS = re.compile(r"[245]\.\d{1,3}\.\d{1,3}")
EMAIL = re.compile(r"[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]+")


def check_label(label: Mapping[str, object]) -> None:
    """Shape of one label: keys, intent, which fields are filled and how they are written."""
    name = label["file"]
    if tuple(label) != (
        "file",
        "intent",
        *LABEL_KEYS,
        "invoice_refs",
        "language",
        "note",
    ):
        raise SystemExit(f"{name}: label keys out of order")
    intent = label["intent"]
    if intent not in INTENTS or label["language"] not in LANGS:
        raise SystemExit(f"{name}: bad intent or language")
    allowed = FIELDS_FOR.get(str(intent), set())
    for key in LABEL_KEYS:
        value = label[key]
        if value is None:
            continue
        if key not in allowed:
            raise SystemExit(f"{name}: {key} filled for {intent}")
        if not isinstance(value, str):
            raise SystemExit(f"{name}: {key} is not a string")
        if key.endswith("_date"):
            day = date.fromisoformat(value)
            if not ISO_DAY.fullmatch(value) or not date(2031, 6, 1) <= day <= date(2032, 12, 31):
                raise SystemExit(f"{name}: {key} {value}")
        if key == "amount" and not AMOUNT.fullmatch(value):
            raise SystemExit(f"{name}: amount {value}")
        if key == "currency" and value not in {"GBP", "EUR"}:
            raise SystemExit(f"{name}: currency {value}")
        if key in {"new_contact", "failed_recipient"} and not EMAIL.fullmatch(value):
            raise SystemExit(f"{name}: {key} {value}")
        if key == "bounce_kind" and value not in {"hard", "soft"}:
            raise SystemExit(f"{name}: bounce_kind {value}")
        if key == "bounce_status" and not STATUS.fullmatch(value):
            raise SystemExit(f"{name}: bounce_status {value}")
    if (label["amount"] is None) != (label["currency"] is None):
        raise SystemExit(f"{name}: amount without currency or the reverse")
    if intent == "bounce" and None in (
        label["bounce_kind"],
        label["failed_recipient"],
        label["bounce_status"],
    ):
        raise SystemExit(f"{name}: bounce fields missing")
    refs = label["invoice_refs"]
    if not isinstance(refs, list) or not all(
        isinstance(x, str) and INVOICE.fullmatch(x) for x in refs
    ):
        raise SystemExit(f"{name}: invoice_refs {refs}")
    note = label["note"]
    if note is not None and not isinstance(note, str):
        raise SystemExit(f"{name}: note")


def check_specs() -> None:
    """Dates in range and in the right offset; label text consistent with the hand-written text."""
    for r in REPLIES:
        if not FIRST_DAY <= r.dt.date() <= LAST_DAY:
            raise SystemExit(f"{r.key}: date out of range")
        if r.intent not in INTENTS or r.style not in STYLES:
            raise SystemExit(f"{r.key}: bad intent or style")
        refs = r.labels.get("invoice_refs", [])
        if not isinstance(refs, list):
            raise SystemExit(f"{r.key}: refs")
        for ref in refs:
            short = str(ref).removeprefix("MEP-")
            if short not in r.body:
                raise SystemExit(f"{r.key}: {ref} not in the new text")
        contact = r.labels.get("new_contact")
        if isinstance(contact, str) and contact not in r.body.lower():
            raise SystemExit(f"{r.key}: new_contact not in the new text")
    for b, _ in BOUNCES:
        if not FIRST_DAY <= b.dt.date() <= LAST_DAY or b.sent.date() < FIRST_DAY - timedelta(
            days=3
        ):
            raise SystemExit(f"{b.key}: date out of range")
        if (b.kind == "hard") != b.status.startswith("5.") and b.status != "5.2.2":
            raise SystemExit(f"{b.key}: kind and status disagree")
    owner: dict[str, str] = {}
    for r in REPLIES:
        refs = r.labels.get("invoice_refs", [])
        for inv in {r.inv, *(refs if isinstance(refs, list) else [])}:
            domain = r.who[1].split("@")[1]
            if owner.setdefault(str(inv), domain) != domain:
                raise SystemExit(f"{inv} is used for two customers")
    for b, _ in BOUNCES:
        if owner.setdefault(b.inv, b.rcpt) != b.rcpt:
            raise SystemExit(f"{b.inv} is used for two customers")


def count_table(labels: list[dict[str, object]]) -> str:
    """The intent-by-language table, in Markdown."""
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


def check_counts(labels: list[dict[str, object]]) -> None:
    """12 messages per intent; the language totals of the brief."""
    intents = Counter(str(x["intent"]) for x in labels)
    langs = Counter(str(x["language"]) for x in labels)
    if any(intents[i] != PER_INTENT for i in INTENTS) or len(labels) != PER_INTENT * len(INTENTS):
        raise SystemExit(f"intent counts {dict(intents)}")
    if dict(langs) != LANG_TOTALS:
        raise SystemExit(f"language counts {dict(langs)}")


OUTPUT_POLICY = policy.compat32.clone(max_line_length=998)  # fold only what clients fold


def write_all() -> list[dict[str, object]]:
    """Write every .eml and labels.jsonl next to this script, checking as it goes."""
    check_specs()
    openings = {r.key: first_words(r) for r in REPLIES}
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    for number, (key, msg, label) in enumerate(all_messages(), start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = msg.as_bytes(policy=OUTPUT_POLICY)
        check_message(name, data, openings.get(key, ""))
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **label})
    for label in labels:
        check_label(label)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    """Build, check and print the count table."""
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft")
    return 0


if __name__ == "__main__":
    sys.exit(main())
