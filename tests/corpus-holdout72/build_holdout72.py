# ruff: noqa: E501, RUF001
# Message text is kept one paragraph a line, as mail clients send it, with the typographic
# dashes, quotes and symbols that people and their clients really type.
"""Build held-out reply corpus 72: ``h72-NNN.eml`` files and ``labels.jsonl``.

Every message lands in the receivables mailbox of Brennan & Holt Linen, a commercial laundry
and linen-hire firm, after it sent an overdue reminder. The new text of each message is written
by hand below. The script adds only what a mail client or a mail server would add: the quoted
reminder in the client's layout and language, headers, MIME structure, charsets and transfer
encodings. It writes next to itself, deterministically (fixed seed, boundaries, Message-IDs).
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
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
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
from typing import Literal, TypedDict, TypeVar

HERE = Path(__file__).resolve().parent
PREFIX = "h72"
SEED = 20270510
FIRST_DAY = date(2027, 5, 10)
LAST_DAY = date(2027, 6, 4)

AR_ADDR = "receivables@brennanholt-linen.example"
AR_DOMAIN = "brennanholt-linen.example"

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
    "outlook_mobile",
    "gmail",
    "gmail_plain",
    "apple",
    "apple_html",
    "iphone",
    "thunderbird",
    "inline",
    "samsung",
    "notice",
]
Cte = Literal["qp", "b64", "8bit"]
Doc = Literal["weekly", "hire"]
Kind = Literal["hard", "soft"]
T = TypeVar("T")

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
OUTLOOK_FAMILY: frozenset[Client] = frozenset(
    {"outlook", "outlook_html", "outlook_html_only", "owa", "outlook_mobile"}
)


class Facts(TypedDict, total=False):
    """The label fields a hand-written message sets beyond intent and language."""

    promised_date: str
    paid_date: str
    return_date: str
    payment_reference: str
    amount: str
    currency: str
    new_contact: str
    invoice_refs: list[str]
    note: str


class Label(TypedDict):
    """One line of labels.jsonl, keys in the order of the other corpora."""

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
# Locale data: how each client writes dates, attributions and separators in each language
# --------------------------------------------------------------------------------------------

WEEKDAYS: dict[Lang, tuple[str, ...]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
}
WEEKDAYS_SHORT: dict[Lang, tuple[str, ...]] = {
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
MONTHS_SHORT: dict[Lang, tuple[str, ...]] = {
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
NUMERIC_DATE: dict[Lang, str] = {
    "en": "{dd}/{mo}/{y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
GMAIL_ATTR: dict[Lang, str] = {
    "en": "On {wds}, {d} {mons} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wds}, {d}. {mons} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds} {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wds} {d} {mons} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wds} {d} {mons} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR: dict[Lang, str] = {
    "en": "On {d} {monl} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {monl} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mons} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {monl} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mons} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR: dict[Lang, str] = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_DIVIDER: dict[Lang, str] = {
    "en": "-----Original Message-----",
    "de": "-----Ursprüngliche Nachricht-----",
    "fr": "-----Message d'origine-----",
    "es": "-----Mensaje original-----",
    "nl": "-----Oorspronkelijk bericht-----",
    "it": "-----Messaggio originale-----",
}
OUTLOOK_FIELDS: dict[Lang, tuple[str, str, str, str]] = {
    "en": ("From:", "Sent:", "To:", "Subject:"),
    "de": ("Von:", "Gesendet:", "An:", "Betreff:"),
    "fr": ("De :", "Envoyé :", "À :", "Objet :"),
    "es": ("De:", "Enviado el:", "Para:", "Asunto:"),
    "nl": ("Van:", "Verzonden:", "Aan:", "Onderwerp:"),
    "it": ("Da:", "Inviato:", "A:", "Oggetto:"),
}
OUTLOOK_SENT: dict[Lang, str] = {
    "en": "{wdl}, {d} {monl} {y} {HH}:{mm}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}",
}
OUTLOOK_RE: dict[Lang, str] = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
CONTENT_LANGUAGE: dict[Lang, str] = {
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
OUTLOOK_MOBILE_SIG: dict[Lang, str] = {
    "en": "Get Outlook for iOS",
    "de": "Outlook für iOS beziehen",
    "fr": "Télécharger Outlook pour iOS",
    "es": "Obtener Outlook para iOS",
    "nl": "Outlook voor iOS downloaden",
    "it": "Scarica Outlook per iOS",
}
SAMSUNG_SIG: dict[Lang, str] = {
    "en": "Sent from my Galaxy",
    "de": "Von meinem Galaxy gesendet",
    "fr": "Envoyé depuis mon Galaxy",
    "es": "Enviado desde mi Galaxy",
    "nl": "Verzonden vanaf mijn Galaxy",
    "it": "Inviato dal mio Galaxy",
}
SAMSUNG_HEAD: dict[Lang, tuple[str, str, str, str, str, str]] = {
    "en": (
        "-------- Original message --------",
        "From: ",
        "Date: ",
        "To: ",
        "Subject: ",
        "{dd}/{mo}/{y} {HH}:{mm} (GMT{tz})",
    ),
    "de": (
        "-------- Ursprüngliche Nachricht --------",
        "Von: ",
        "Datum: ",
        "An: ",
        "Betreff: ",
        "{dd}.{mo}.{yy} {HH}:{mm} (GMT{tz})",
    ),
    "fr": (
        "-------- Message d'origine --------",
        "De : ",
        "Date : ",
        "À : ",
        "Objet : ",
        "{dd}/{mo}/{y} {HH}:{mm} (GMT{tz})",
    ),
    "es": (
        "-------- Mensaje original --------",
        "De: ",
        "Fecha: ",
        "Para: ",
        "Asunto: ",
        "{d}/{m}/{yy} {H}:{mm} (GMT{tz})",
    ),
    "nl": (
        "-------- Oorspronkelijk bericht --------",
        "Van: ",
        "Datum: ",
        "Aan: ",
        "Onderwerp: ",
        "{dd}-{mo}-{y} {HH}:{mm} (GMT{tz})",
    ),
    "it": (
        "-------- Messaggio originale --------",
        "Da: ",
        "Data: ",
        "A: ",
        "Oggetto: ",
        "{dd}/{mo}/{yy} {HH}:{mm} (GMT{tz})",
    ),
}
CLIENT_HEADERS: dict[Client, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),),
    "apple_html": (("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22F76)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.10.1",
        ),
    ),
    "inline": (
        (
            "User-Agent",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.10.2",
        ),
    ),
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
}

# --------------------------------------------------------------------------------------------
# The reminder Brennan & Holt sent, in the customer's language
# --------------------------------------------------------------------------------------------

AR_NAME: dict[Lang, str] = {
    "en": "Brennan & Holt Receivables",
    "de": "Brennan & Holt Forderungsmanagement",
    "fr": "Brennan & Holt Recouvrement",
    "es": "Brennan & Holt Cobros",
    "nl": "Brennan & Holt Debiteuren",
    "it": "Brennan & Holt Ufficio Crediti",
}
REMINDER_SUBJECT: dict[Lang, str] = {
    "en": "Overdue reminder: {inv} – Brennan & Holt Linen",
    "de": "Zahlungserinnerung: {inv} ist überfällig",
    "fr": "Rappel : facture {inv} échue",
    "es": "Aviso de factura vencida {inv}",
    "nl": "Betalingsherinnering factuur {inv}",
    "it": "Sollecito di pagamento – fattura {inv}",
}
REMINDER_DOC: dict[Lang, dict[Doc, str]] = {
    "en": {"weekly": "weekly delivery invoice", "hire": "monthly hire statement"},
    "de": {"weekly": "wöchentliche Lieferrechnung", "hire": "monatliche Mietwäsche-Abrechnung"},
    "fr": {
        "weekly": "la facture hebdomadaire de livraison",
        "hire": "la facture mensuelle de location",
    },
    "es": {"weekly": "la factura semanal de entregas", "hire": "la factura mensual de alquiler"},
    "nl": {
        "weekly": "de onderstaande weekfactuur voor leveringen",
        "hire": "de onderstaande maandfactuur voor linnenhuur",
    },
    "it": {
        "weekly": "la seguente fattura settimanale per le consegne",
        "hire": "la seguente fattura mensile di noleggio",
    },
}
REMINDER_BODY: dict[Lang, str] = {
    "en": (
        "Dear customer,\n\n"
        "According to our records the following {doc} is now overdue:\n\n"
        "    {inv}  ·  issued {issued}  ·  due {due}  ·  {amt}\n\n"
        "If payment is already on its way, thank you – please disregard this reminder. If anything on the {short} looks wrong, simply reply to this e-mail and we will look into it.\n\n"
        "Kind regards\n\n"
        "Accounts Receivable\nBrennan & Holt Linen Ltd\n+44 161 496 0730"
    ),
    "de": (
        "Guten Tag,\n\n"
        "nach unseren Unterlagen ist die folgende {doc} noch nicht beglichen:\n\n"
        "    {inv}  ·  Rechnungsdatum {issued}  ·  fällig am {due}  ·  {amt}\n\n"
        "Sollten Sie die Zahlung bereits veranlasst haben, danken wir Ihnen und bitten Sie, dieses Schreiben als gegenstandslos zu betrachten. Falls an der Abrechnung etwas nicht stimmt, antworten Sie einfach auf diese E-Mail – wir kümmern uns darum.\n\n"
        "Freundliche Grüße\n\n"
        "Forderungsmanagement\nBrennan & Holt Linen GmbH"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, {doc} ci-dessous n'a pas encore été réglée :\n\n"
        "    {inv}  ·  émise le {issued}  ·  échéance {due}  ·  {amt}\n\n"
        "Si votre règlement est déjà parti, merci, et ne tenez pas compte de ce rappel. Si quelque chose vous semble incorrect sur cette facture, répondez simplement à cet e-mail : nous regarderons cela rapidement.\n\n"
        "Cordialement,\n\n"
        "Service Recouvrement\nBrennan & Holt Linen France SAS"
    ),
    "es": (
        "Buenos días:\n\n"
        "Según nuestros registros, {doc} que se indica a continuación sigue pendiente de pago:\n\n"
        "    {inv}  ·  emitida el {issued}  ·  vencimiento {due}  ·  {amt}\n\n"
        "Si ya ha realizado el pago, le damos las gracias y le rogamos que no tenga en cuenta este aviso. Si observa cualquier error en la factura, responda a este correo y lo revisaremos.\n\n"
        "Atentamente,\n\n"
        "Departamento de Cobros\nBrennan & Holt Linen Ibérica, S.L."
    ),
    "nl": (
        "Geachte klant,\n\n"
        "Volgens onze administratie is {doc} nog niet voldaan:\n\n"
        "    {inv}  ·  factuurdatum {issued}  ·  vervaldatum {due}  ·  {amt}\n\n"
        "Heeft u inmiddels betaald, dan danken wij u en kunt u deze herinnering als niet verzonden beschouwen. Klopt er iets niet aan de factuur? Beantwoord dan gewoon deze e-mail, dan zoeken wij het uit.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenbeheer\nBrennan & Holt Linen Benelux B.V."
    ),
    "it": (
        "Gentile cliente,\n\n"
        "dai nostri archivi risulta ancora da saldare {doc}:\n\n"
        "    {inv}  ·  emessa il {issued}  ·  scadenza {due}  ·  {amt}\n\n"
        "Se ha già provveduto al pagamento, La ringraziamo e La preghiamo di non considerare il presente sollecito. Se qualcosa nella fattura non Le risulta corretto, risponda semplicemente a questa e-mail e verificheremo.\n\n"
        "Cordiali saluti\n\n"
        "Ufficio Crediti\nBrennan & Holt Linen Italia S.r.l."
    ),
}
LATIN1_FIXES = {"–": "-", "€": "EUR", "’": "'", "…": "..."}
FAKE_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


# --------------------------------------------------------------------------------------------
# Small helpers: hashing, dates, money, text
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}/{key}".encode()).digest()


def number(key: str, salt: str) -> int:
    return int.from_bytes(digest(key, salt)[:6], "big")


def b32(key: str, salt: str, size: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:size]


def shuffled(items: list[T], *, salt: str) -> list[T]:
    """A fixed pseudo-random order: by a keyed hash of each item's position."""
    return [
        item
        for _, item in sorted(
            enumerate(items), key=lambda pair: digest(str(pair[0]), f"{salt}/{SEED}")
        )
    ]


def parse_when(when: str) -> datetime:
    return datetime.strptime(when, "%Y-%m-%d %H:%M %z")


def date_fields(lang: Lang, when: datetime) -> dict[str, str]:
    offset = when.strftime("%z")
    return {
        "wdl": WEEKDAYS[lang][when.weekday()],
        "wds": WEEKDAYS_SHORT[lang][when.weekday()],
        "monl": MONTHS[lang][when.month - 1],
        "mons": MONTHS_SHORT[lang][when.month - 1],
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "m": str(when.month),
        "mo": f"{when.month:02d}",
        "y": str(when.year),
        "yy": f"{when.year % 100:02d}",
        "H": str(when.hour),
        "HH": f"{when.hour:02d}",
        "mm": f"{when.minute:02d}",
        "tz": f"{offset[:3]}:{offset[3:]}",
    }


def render(template: str, lang: Lang, when: datetime, **extra: str) -> str:
    return template.format(**date_fields(lang, when), **extra)


def money(value: Decimal, *, lang: Lang, currency: str) -> str:
    plain = f"{value:,.2f}"
    if lang == "en":
        return ("£" if currency == "GBP" else "€") + plain
    dotted = plain.replace(",", " ").replace(".", ",").replace(" ", ".")
    if lang == "fr":
        return plain.replace(",", "\u00a0").replace(".", ",") + "\u00a0€"
    if lang in {"de", "es"}:
        return f"{dotted} €"
    return f"€ {dotted}"


def latin1_safe(text: str) -> str:
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def quote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html_lines(block)}</p>" for block in text.split("\n\n"))


def mso_paragraphs(text: str) -> str:
    rows = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        rows.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(rows)


def flowed(text: str) -> str:
    """RFC 3676 format=flowed: soft breaks end in a space, unquoted lines are space-stuffed."""
    out: list[str] = []
    for line in text.split("\n"):
        marker = re.match(r"^(>+ ?)", line)
        prefix = marker.group(1) if marker else ""
        pieces = textwrap.wrap(
            line[len(prefix) :], 72 - len(prefix), break_long_words=False, break_on_hyphens=False
        ) or [""]
        pieces = [piece + " " for piece in pieces[:-1]] + pieces[-1:]
        if not prefix:
            pieces = [
                " " + piece if piece.startswith((" ", "From ")) else piece for piece in pieces
            ]
        out.extend(prefix + piece for piece in pieces)
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------

NO_ENCODING = 0  # neither QP nor base64: the email package then sends the part as 7bit or 8bit
BODY_ENCODING: dict[Cte, int] = {
    "qp": email_charset.QP,
    "b64": email_charset.BASE64,
    "8bit": NO_ENCODING,
}


def text_part(
    text: str, *, subtype: str = "plain", charset: str = "utf-8", cte: Cte = "qp"
) -> Message:
    """A text part as a client sends it; raises if the text does not fit the charset."""
    text.encode(charset)
    chosen = email_charset.Charset(charset)
    chosen.body_encoding = BODY_ENCODING[cte]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, chosen)
    return part


def alternative(plain: Message, markup: Message) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def header_value(value: str, *, charset: str, name: str = "Subject") -> str:
    """RFC 2047 encoded words when the value is not ASCII, in the message's charset if it fits."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=name).encode()


def mailbox(name: str, addr: str, *, charset: str = "utf-8") -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_value(name, charset=charset, name='From')} <{addr}>"


def content_headers_last(msg: Message) -> None:
    """Move the MIME headers below the envelope headers, where clients put them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def sub_parts(part: Message) -> list[Message]:
    if not part.is_multipart():
        return []
    payload = part.get_payload()
    return [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []


def drop_inner_versions(part: Message, *, top: bool) -> None:
    """Only a message's top (and a returned message's top) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    returned = part.get_content_type() == "message/rfc822"
    for sub in sub_parts(part):
        drop_inner_versions(sub, top=returned)


BOUNDARY_STYLE: dict[str, str] = {
    "gmail": "000000000000",
    "apple_html": "Apple-Mail=_",
    "samsung": "--_com.samsung.android.email_",
    "bounce": "=_report_",
}


def set_boundaries(msg: Message, *, key: str, style: str) -> None:
    prefix = BOUNDARY_STYLE.get(style, "_000_" if style in OUTLOOK_FAMILY else "------------")
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for index, part in enumerate(multiparts):
        part.set_boundary(prefix + b32(key, f"boundary-{index}", 26))


def finalize(msg: Message, *, key: str, style: str) -> Message:
    content_headers_last(msg)
    drop_inner_versions(msg, top=True)
    set_boundaries(msg, key=key, style=style)
    return msg


def with_attachment(body: Message, attach: tuple[str, bytes] | None) -> Message:
    if attach is None:
        return body
    name, data = attach
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(data, "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(pdf)
    return outer


# --------------------------------------------------------------------------------------------
# Specs of the hand-written replies
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One hand-written message: who wrote it, when, with which client, and its labels.

    ``inline`` holds remarks written between the quoted paragraphs (paragraph index, text) for
    the ``inline`` client; ``markup`` is a hand-written HTML alternative for notices.
    """

    key: str
    intent: Intent
    lang: Lang
    who: tuple[str, str]
    when: str
    client: Client
    body: str
    facts: Facts = field(default_factory=Facts)
    inv: str = ""
    amt: str = ""
    currency: str = ""
    doc: Doc = "weekly"
    issued: str = ""
    lag: int = -1
    subject: str = ""
    charset: str = "utf-8"
    cte: Cte = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    inline: tuple[tuple[int, str], ...] = ()
    markup: str = ""
    attach: tuple[str, bytes] | None = None
    threaded: bool = True

    @property
    def dt(self) -> datetime:
        return parse_when(self.when)

    @property
    def invoice(self) -> str:
        return self.inv or INVOICES[self.key]

    @property
    def money_code(self) -> str:
        return self.currency or ("GBP" if self.lang == "en" else "EUR")

    @property
    def value(self) -> Decimal:
        if self.amt:
            return Decimal(self.amt)
        return (
            Decimal(180 + number(self.key, "amt") % 2900)
            + Decimal(number(self.key, "ct") % 100) / 100
        )

    @property
    def latin1(self) -> bool:
        return self.charset == "iso-8859-1"


# --------------------------------------------------------------------------------------------
# The quoted reminder
# --------------------------------------------------------------------------------------------


def previous_workday(day: datetime) -> datetime:
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def reminder_sent(r: Reply) -> datetime:
    """Automatic notices answer within minutes; people answer a day or a few later."""
    if r.lag == 0 or (r.lag < 0 and r.client == "notice"):
        return r.dt - timedelta(minutes=3 + number(r.key, "min") % 6)
    lag = r.lag if r.lag > 0 else 1 + number(r.key, "lag") % 3
    day = previous_workday(r.dt - timedelta(days=lag))
    return day.replace(hour=9, minute=1 + day.day % 9, second=12 + day.day)


def issue_and_due(r: Reply, sent: datetime) -> tuple[date, date]:
    """Weekly delivery invoices are net 14 days; hire statements are dated the 1st, due the 15th."""
    if r.issued:
        issued = date.fromisoformat(r.issued)
        return issued, issued + timedelta(days=14)
    if r.doc == "weekly":
        issued = sent.date() - timedelta(days=21 + number(r.key, "issued") % 7)
        issued -= timedelta(days=(issued.weekday() - 4) % 7)  # weekly invoices go out on Fridays
        return issued, issued + timedelta(days=14)
    first = sent.date().replace(day=1)
    if sent.day <= 15:
        first = (first - timedelta(days=1)).replace(day=1)
    return first, first.replace(day=15)


def numeric_date(lang: Lang, day: date) -> str:
    return NUMERIC_DATE[lang].format(dd=f"{day.day:02d}", mo=f"{day.month:02d}", y=day.year)


def reminder_text(r: Reply, sent: datetime) -> str:
    issued, due = issue_and_due(r, sent)
    short = "statement" if r.doc == "hire" else "invoice"
    text = REMINDER_BODY[r.lang].format(
        doc=REMINDER_DOC[r.lang][r.doc],
        short=short,
        inv=r.invoice,
        issued=numeric_date(r.lang, issued),
        due=numeric_date(r.lang, due),
        amt=money(r.value, lang=r.lang, currency=r.money_code),
    )
    return latin1_safe(text) if r.latin1 else text


@dataclass(frozen=True, kw_only=True)
class Quoted:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    lang: Lang
    to: str

    @property
    def sender(self) -> str:
        return AR_NAME[self.lang]


def make_quoted(r: Reply) -> Quoted:
    sent = reminder_sent(r)
    subject = REMINDER_SUBJECT[r.lang].format(inv=r.invoice)
    to = f"{r.who[0]} <{r.who[1]}>" if r.who[0] else r.who[1]
    if r.latin1:
        subject, to = latin1_safe(subject), latin1_safe(to)
    return Quoted(text=reminder_text(r, sent), subject=subject, sent=sent, lang=r.lang, to=to)


def reminder_msgid(key: str) -> str:
    return f"<{b32(key, 'reminder', 24).lower()}@mail.{AR_DOMAIN}>"


# --------------------------------------------------------------------------------------------
# Client layouts
# --------------------------------------------------------------------------------------------


def outlook_rows(q: Quoted) -> list[tuple[str, str]]:
    frm, sent, to, subject = OUTLOOK_FIELDS[q.lang]
    return [
        (frm, f"{q.sender} <{AR_ADDR}>"),
        (sent, render(OUTLOOK_SENT[q.lang], q.lang, q.sent)),
        (to, q.to),
        (subject, q.subject),
    ]


def outlook_block(q: Quoted) -> str:
    return "\n".join(f"{label} {value}" for label, value in outlook_rows(q))


def part_for(r: Reply, text: str, subtype: str = "plain") -> Message:
    return text_part(text, subtype=subtype, charset=r.charset, cte=r.cte)


def style_outlook(r: Reply, q: Quoted) -> Message:
    text = f"{r.body}\n\n{OUTLOOK_DIVIDER[q.lang]}\n{outlook_block(q)}\n\n{q.text}\n"
    return part_for(r, text)


def word_document(r: Reply, q: Quoted) -> str:
    head = "<br>\n".join(
        f"<b>{html.escape(label)}</b> {html.escape(value)}" for label, value in outlook_rows(q)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19 {mso-style-type:personal-reply; color:windowtext;}\n--></style>\n</head>\n"
        f'<body lang="{CONTENT_LANGUAGE[r.lang]}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook_html(r: Reply, q: Quoted) -> Message:
    text = f"{r.body}\n\n{outlook_block(q)}\n\n{q.text}\n"
    return alternative(part_for(r, text), part_for(r, word_document(r, q), "html"))


def style_outlook_html_only(r: Reply, q: Quoted) -> Message:
    return part_for(r, word_document(r, q), "html")


def style_owa(r: Reply, q: Quoted) -> Message:
    text = f"{r.body}\n\n{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n"
    head = "<br>\n".join(
        f"<b>{html.escape(label)}</b> {html.escape(value)}" for label, value in outlook_rows(q)
    )
    markup = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n'
        '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div>\n</div>\n"
        f'<div class="BodyFragment">{html_paragraphs(q.text)}</div>\n</body>\n</html>\n'
    )
    return alternative(part_for(r, text), part_for(r, markup, "html"))


def style_outlook_mobile(r: Reply, q: Quoted) -> Message:
    text = f"{r.body}\n\n{OUTLOOK_MOBILE_SIG[q.lang]}\n{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(text, charset=r.charset, cte="b64")


def gmail_attr(q: Quoted) -> str:
    return render(GMAIL_ATTR[q.lang], q.lang, q.sent, name=q.sender, addr=AR_ADDR)


def style_gmail(r: Reply, q: Quoted) -> Message:
    attr = gmail_attr(q)
    text = f"{r.body}\n\n{attr}\n\n{quote(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr, quote=False)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(part_for(r, text), part_for(r, markup, "html"))


def style_gmail_plain(r: Reply, q: Quoted) -> Message:
    return part_for(r, f"{r.body}\n\n{gmail_attr(q)}\n\n{quote(q.text)}\n")


def apple_attr(q: Quoted) -> str:
    return render(APPLE_ATTR[q.lang], q.lang, q.sent, name=q.sender, addr=AR_ADDR)


def style_apple(r: Reply, q: Quoted) -> Message:
    return part_for(r, f"{r.body}\n\n{apple_attr(q)}\n\n{quote(q.text)}\n")


def style_apple_html(r: Reply, q: Quoted) -> Message:
    attr = apple_attr(q)
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{html_lines(r.body)}<br><div><br><blockquote type="cite"><div>{html.escape(attr, quote=False)}</div><br>'
        f"{html_paragraphs(q.text)}</blockquote></div><br></body></html>\n"
    )
    return alternative(style_apple(r, q), part_for(r, markup, "html"))


def style_iphone(r: Reply, q: Quoted) -> Message:
    quoted = quote(f"{apple_attr(q)}\n\n{q.text}")
    return part_for(r, f"{r.body}\n\n{IPHONE_SIG[q.lang]}\n\n{quoted}\n")


def thunderbird_attr(q: Quoted) -> str:
    return render(THUNDERBIRD_ATTR[q.lang], q.lang, q.sent, name=q.sender)


def style_thunderbird(r: Reply, q: Quoted) -> Message:
    text = f"{r.body}\n\n{thunderbird_attr(q)}\n{quote(q.text)}\n"
    part = part_for(r, flowed(text))
    part.set_param("format", "flowed")
    return part


def style_inline(r: Reply, q: Quoted) -> Message:
    """Answers written between the quoted paragraphs of the reminder."""
    remarks = dict(r.inline)
    chunks: list[str] = []
    pending: list[str] = []
    for index, paragraph in enumerate(q.text.split("\n\n")):
        pending.append(paragraph)
        if index in remarks:
            chunks += [quote("\n\n".join(pending)), remarks[index]]
            pending = []
    if pending:
        chunks.append(quote("\n\n".join(pending)))
    return part_for(r, f"{r.body}\n\n{thunderbird_attr(q)}\n" + "\n\n".join(chunks) + "\n")


def style_samsung(r: Reply, q: Quoted) -> Message:
    title, frm, when, to, subject, stamp = SAMSUNG_HEAD[q.lang]
    head = "\n".join(
        [
            title,
            f"{frm}{q.sender} <{AR_ADDR}>",
            f"{when}{render(stamp, q.lang, q.sent)}",
            f"{to}{q.to}",
            f"{subject}{q.subject}",
        ]
    )
    text = f"{r.body}\n\n\n\n{SAMSUNG_SIG[q.lang]}\n\n\n{head}\n\n{q.text}\n"
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head><body>'
        f'<div dir="auto">{html_lines(r.body)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">{html.escape(SAMSUNG_SIG[q.lang])}</div></div>'
        f'<div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">'
        f"<div>{html_lines(head)}</div></div><br><br>{html_paragraphs(q.text)}</body></html>\n"
    )
    return alternative(part_for(r, text), part_for(r, markup, "html"))


def style_notice(r: Reply, q: Quoted) -> Message:
    """Automatic notices and AP-system mail: no quote, sometimes a hand-written HTML part."""
    del q
    plain = part_for(r, r.body + "\n")
    return alternative(plain, part_for(r, r.markup, "html")) if r.markup else plain


STYLES: dict[Client, Callable[[Reply, Quoted], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "outlook_html_only": style_outlook_html_only,
    "owa": style_owa,
    "outlook_mobile": style_outlook_mobile,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "apple_html": style_apple_html,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "inline": style_inline,
    "samsung": style_samsung,
    "notice": style_notice,
}


def reply_msgid(r: Reply) -> str:
    raw = digest(r.key, "message-id")
    domain = r.who[1].split("@")[1]
    if r.client in {"gmail", "gmail_plain"}:
        return f"<CAH{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:40]}@mail.gmail.com>"
    if r.client in OUTLOOK_FAMILY:
        host = (
            f"{['AM9PR04', 'DB8PR02', 'PA4PR10', 'VI1PR03'][raw[0] % 4]}MB{raw[1] * 31 % 10000:04d}"
        )
        return f"<{host}{b32(r.key, 'ms', 18)}@{host}.eurprd0{raw[2] % 9 + 1}.prod.outlook.com>"
    if r.client in {"apple", "apple_html", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.client == "samsung":
        return f"<{raw.hex()[:28]}@email.android.com>"
    if r.client in {"thunderbird", "inline"}:
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{b32(r.key, 'notice', 20).lower()}.{raw[3]}@{domain}>"


def reply_subject(r: Reply, q: Quoted) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    return (OUTLOOK_RE[r.lang] if r.client in OUTLOOK_FAMILY else "Re: ") + q.subject


def outlook_headers(r: Reply, q: Quoted) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread-index")[:22]).decode()
    language = "en-IE" if r.lang == "en" and r.money_code == "EUR" else CONTENT_LANGUAGE[r.lang]
    return [
        ("Thread-Topic", header_value(q.subject, charset=r.charset, name="Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", f"{language}, en-US"),
        ("Content-Language", language),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def build_reply(r: Reply) -> Message:
    q = make_quoted(r)
    msg = with_attachment(STYLES[r.client](r, q), r.attach)
    msg["From"] = mailbox(*r.who, charset=r.charset)
    msg["To"] = mailbox(AR_NAME[r.lang], AR_ADDR, charset=r.charset)
    msg["Subject"] = header_value(reply_subject(r, q), charset=r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.client in OUTLOOK_FAMILY else []
    for name, value in [*extra, *CLIENT_HEADERS.get(r.client, ()), *r.headers]:
        msg[name] = value
    return finalize(msg, key=r.key, style=r.client)


AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")

# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

PAYMENT_SENT: list[Reply] = [
    Reply(
        key="ps-en-1",
        intent="payment_sent",
        lang="en",
        who=("Gareth Pryce", "gareth@pryceslodge.example"),
        when="2027-05-18 07:52 +0100",
        client="iphone",
        body="Paid.",
        facts=Facts(note="one word from a phone; no date, amount or reference"),
    ),
    Reply(
        key="ps-en-2",
        intent="payment_sent",
        lang="en",
        who=("AHC Accounts Payable", "ap.sharedservices@aldgatehotels.example"),
        when="2027-05-20 15:41 +0100",
        client="outlook_html",
        inv="LIN-40551",
        amt="1212.40",
        body=(
            "Good afternoon,\n\n"
            "Please find below the remittance details for a payment made to Brennan & Holt Linen today by BACS. Funds should reach your account within two working days.\n\n"
            "Payment reference: AHC-BACS-270520-0418\n"
            "Payment date: 20/05/2027\n\n"
            "LIN-40551   The Aldgate Manchester   £1,212.40\n"
            "LIN-40588   The Aldgate Leeds        £846.00\n"
            "Total paid                           £2,058.40\n\n"
            "Please quote the payment reference in any query about this remittance.\n\n"
            "Kind regards,\n\n"
            "Nadia Okafor\n"
            "Accounts Payable Analyst | Aldgate Hotel Collection Shared Service Centre\n"
            "Floor 3, Wellington House, Leeds\n\n"
            "This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender immediately and delete it from your system. Aldgate Hotel Collection Ltd, registered in England and Wales."
        ),
        facts=Facts(
            paid_date="2027-05-20",
            payment_reference="AHC-BACS-270520-0418",
            amount="2058.40",
            currency="GBP",
            invoice_refs=["LIN-40551", "LIN-40588"],
            note="shared-service remittance for two invoices; the total is the amount paid",
        ),
    ),
    Reply(
        key="ps-en-3",
        intent="payment_sent",
        lang="en",
        who=("Siobhan Kearney", "siobhan.kearney.ardmore@gmail.com"),
        when="2027-05-25 21:47 +0100",
        client="gmail_plain",
        currency="EUR",
        amt="412.50",
        body=(
            "Hi there\n\n"
            "Sorry for the delay on this, paid it yestrday by card over the phone with your colleague Aoife, she gave me a confirmation no. 88213 for the €412.50. Should of been done weeks ago, my fault, the season started early on us this year!\n\n"
            "Siobhan\n"
            "Ardmore House B&B, Dingle"
        ),
        facts=Facts(
            paid_date="2027-05-24",
            payment_reference="88213",
            amount="412.50",
            currency="EUR",
            note="card payment by phone 'yestrday' = Mon 24 May; typos kept; Irish customer billed in euro",
        ),
    ),
    Reply(
        key="ps-de-1",
        intent="payment_sent",
        lang="de",
        who=("Katrin Seidl", "buchhaltung@hotel-isarblick.example"),
        when="2027-05-12 10:05 +0200",
        client="outlook",
        charset="windows-1252",
        doc="hire",
        inv="LIN-40377",
        amt="2184.60",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "die o. g. Mietabrechnung LIN-40377 über 2.184,60 € haben wir am 11.05.2027 per SEPA-Überweisung beglichen (Wertstellung bei Ihnen voraussichtlich am 12.05.). Unsere Auftragsreferenz lautet 0511-7730-22.\n\n"
            "Bitte gleichen Sie Ihre Offene-Posten-Liste entsprechend ab.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Katrin Seidl\n"
            "Buchhaltung\n\n"
            "Hotel Isarblick GmbH & Co. KG\n"
            "Uferweg 9 · 80538 München\n"
            "Geschäftsführer: Florian Bachmeier · Amtsgericht München HRA 118240"
        ),
        facts=Facts(
            paid_date="2027-05-11",
            payment_reference="0511-7730-22",
            amount="2184.60",
            currency="EUR",
            invoice_refs=["LIN-40377"],
            note="the transfer date counts, not the expected value date",
        ),
    ),
    Reply(
        key="ps-de-2",
        intent="payment_sent",
        lang="de",
        who=("Dennis Wolter", "d.wolter@kraftwerk-fitness-kiel.example"),
        when="2027-05-21 19:03 +0200",
        client="outlook_mobile",
        body="Erledigt, sorry!",
        facts=Facts(note="'erledigt' in answer to an overdue reminder means paid; no date given"),
    ),
    Reply(
        key="ps-fr-1",
        intent="payment_sent",
        lang="fr",
        who=("Claire Dumas", "claire@bouchon-des-canuts.example"),
        when="2027-05-27 11:20 +0200",
        client="gmail",
        amt="687.30",
        body=(
            "Bonjour,\n\n"
            "Le virement de 687,30 € est parti ce matin de notre compte professionnel, avec la référence 2705-88134. Vous devriez le recevoir d'ici 48 h.\n\n"
            "Désolée pour le retard, notre comptable était en congé.\n\n"
            "Bien à vous,\n"
            "Claire Dumas\n"
            "Le Bouchon des Canuts – Lyon 1er"
        ),
        facts=Facts(
            paid_date="2027-05-27", payment_reference="2705-88134", amount="687.30", currency="EUR"
        ),
    ),
    Reply(
        key="ps-fr-2",
        intent="payment_sent",
        lang="fr",
        who=("Secretariat EHPAD Les Tilleuls", "secretariat@ehpad-lestilleuls.example"),
        when="2027-06-03 16:45 +0200",
        client="thunderbird",
        cte="8bit",
        doc="hire",
        amt="1318.00",
        body=(
            "bonjour\n\n"
            "le cheque est parti par la poste mardi (cheque n 4471208 de 1318,00 euros sur la banque postale). vous devriez l avoir en fin de semaine\n\n"
            "cdt\n"
            "M. Perrin\n"
            "secretariat / comptabilite\n"
            "EHPAD Les Tilleuls"
        ),
        facts=Facts(
            paid_date="2027-06-01",
            payment_reference="4471208",
            amount="1318.00",
            currency="EUR",
            note="typed without accents; cheque posted 'mardi' = Tue 1 June",
        ),
    ),
    Reply(
        key="ps-es-1",
        intent="payment_sent",
        lang="es",
        who=("Administración Hotel Brisa de Levante", "administracion@hotelbrisadelevante.example"),
        when="2027-05-14 09:31 +0200",
        client="outlook_html",
        inv="LIN-40492",
        amt="3045.80",
        attach=("justificante_transferencia_LIN-40492.pdf", FAKE_PDF),
        body=(
            "Buenos días:\n\n"
            "Les informamos de que hoy hemos ordenado la transferencia de 3.045,80 € correspondiente a la factura LIN-40492. Adjuntamos el justificante bancario.\n\n"
            "Un saludo,\n\n"
            "Rocío Manzano\n"
            "Departamento de Administración\n"
            "Hotel Brisa de Levante · Paseo Marítimo 112 · 29016 Málaga\n\n"
            "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si usted no es el destinatario indicado, queda notificado de que la utilización, divulgación o copia sin autorización está prohibida. Si ha recibido este mensaje por error, le rogamos que nos lo comunique y proceda a su destrucción."
        ),
        facts=Facts(
            paid_date="2027-05-14",
            amount="3045.80",
            currency="EUR",
            invoice_refs=["LIN-40492"],
            note="transfer ordered today, proof attached as a PDF",
        ),
    ),
    Reply(
        key="ps-es-2",
        intent="payment_sent",
        lang="es",
        who=("Yeray Hernández", "yeray.casaeldrago@gmail.com"),
        when="2027-05-11 13:26 +0100",
        client="gmail",
        body=(
            "Hola, ¿no os ha llegado? Lo pagamos el día 3 por transferencia, el justificante se lo mandé a Marta ese mismo día. Revisadlo porfa, que no quiero que me cortéis el servicio en plena temporada.\n\n"
            "Yeray\n"
            "Casa Rural El Drago (Icod de los Vinos)"
        ),
        facts=Facts(
            paid_date="2027-05-03",
            note="a question followed by a past payment claim; 'el día 3' is 3 May; Canary Islands time",
        ),
    ),
    Reply(
        key="ps-it-1",
        intent="payment_sent",
        lang="it",
        who=("Amministrazione Hotel Villa Azzurra", "amministrazione@villaazzurra-rimini.example"),
        when="2027-05-24 12:02 +0200",
        client="outlook",
        charset="iso-8859-1",
        inv="LIN-40630",
        amt="1874.40",
        body=(
            "Buongiorno,\n\n"
            "con la presente vi confermiamo che in data odierna abbiamo disposto il bonifico di EUR 1.874,40 a saldo della fattura LIN-40630 (TRN 0306927052412345).\n\n"
            "Distinti saluti\n\n"
            "Ufficio Amministrazione\n"
            "Hotel Villa Azzurra s.r.l.\n"
            "Viale Regina Elena 208 - 47921 Rimini (RN)"
        ),
        facts=Facts(
            paid_date="2027-05-24",
            payment_reference="0306927052412345",
            amount="1874.40",
            currency="EUR",
            invoice_refs=["LIN-40630"],
        ),
    ),
    Reply(
        key="ps-it-2",
        intent="payment_sent",
        lang="it",
        who=("Franco Ruggeri", "franco@agriturismo-lecolline.example"),
        when="2027-05-19 22:14 +0200",
        client="apple_html",
        body=(
            "Buonasera,\n\n"
            "scusate se rispondo solo ora ma qui è un periodo di fuoco. Abbiamo aperto la stagione con due settimane di anticipo perché avevamo un matrimonio il 15, poi si è rotta la caldaia dell'acqua calda e per tre giorni abbiamo lavato i piatti con l'acqua scaldata sul fornello, non vi dico. In più la ragazza che seguiva le prenotazioni se n'è andata senza preavviso e adesso faccio tutto io, dalla cucina alle email.\n\n"
            "A proposito, vorrei sapere se per luglio e agosto possiamo aumentare la fornitura di tovaglie, perché abbiamo quasi tutti i fine settimana occupati con eventi. Magari mi fate sapere voi i prezzi.\n\n"
            "Comunque il bonifico per la fattura l'ho fatto venerdì scorso, dovreste già vederlo sul conto. Se non c'è ditemelo che chiamo la banca.\n\n"
            "Un saluto a tutti e grazie per la pazienza,\n"
            "Franco\n"
            "Agriturismo Le Colline – Montepulciano"
        ),
        facts=Facts(
            paid_date="2027-05-14",
            note="long reply with the payment claim in the third paragraph; 'venerdì scorso' from Wed 19 May = Fri 14 May; the linen enquiry is secondary",
        ),
    ),
    Reply(
        key="ps-nl-1",
        intent="payment_sent",
        lang="nl",
        who=("Duinrand Hotels B.V.", "no-reply.betaaladvies@duinrandhotels.example"),
        when="2027-05-26 06:15 +0200",
        client="notice",
        threaded=False,
        subject="Betaaladvies 2000018834 - Duinrand Hotels B.V.",
        headers=(AUTO_GENERATED, ("X-Mailer", "SAP NetWeaver 7.50")),
        body=(
            "BETAALADVIES\n\n"
            "Geachte relatie,\n\n"
            "Hierbij informeren wij u over de volgende betaling, uitgevoerd op 26-05-2027 ten gunste van Brennan & Holt Linen Benelux B.V.\n\n"
            "Betaaldocument:     2000018834\n"
            "Leveranciersnummer: 100482\n\n"
            "Factuurnummer   Factuurdatum   Bedrag\n"
            "LIN-40711       09-04-2027     € 1.166,35\n"
            "LIN-40735       16-04-2027     € 402,10\n"
            "Totaal betaald                 € 1.568,45\n\n"
            "Dit bericht is automatisch aangemaakt door ons betaalsysteem en kan niet worden beantwoord. Vragen over deze betaling kunt u stellen via crediteuren@duinrandhotels.example onder vermelding van het betaaldocumentnummer."
        ),
        markup=(
            '<html><body style="font-family:Arial,sans-serif;font-size:10pt">\n'
            "<h3>BETAALADVIES</h3>\n<p>Geachte relatie,</p>\n"
            "<p>Hierbij informeren wij u over de volgende betaling, uitgevoerd op 26-05-2027 ten gunste van Brennan &amp; Holt Linen Benelux B.V.</p>\n"
            "<p>Betaaldocument: 2000018834<br>Leveranciersnummer: 100482</p>\n"
            '<table border="1" cellpadding="4" cellspacing="0">\n'
            "<tr><th>Factuurnummer</th><th>Factuurdatum</th><th>Bedrag</th></tr>\n"
            '<tr><td>LIN-40711</td><td>09-04-2027</td><td align="right">€ 1.166,35</td></tr>\n'
            '<tr><td>LIN-40735</td><td>16-04-2027</td><td align="right">€ 402,10</td></tr>\n'
            '<tr><td colspan="2"><b>Totaal betaald</b></td><td align="right"><b>€ 1.568,45</b></td></tr>\n'
            "</table>\n"
            "<p>Dit bericht is automatisch aangemaakt door ons betaalsysteem en kan niet worden beantwoord. Vragen over deze betaling kunt u stellen via crediteuren@duinrandhotels.example onder vermelding van het betaaldocumentnummer.</p>\n"
            "</body></html>\n"
        ),
        facts=Facts(
            paid_date="2027-05-26",
            payment_reference="2000018834",
            amount="1568.45",
            currency="EUR",
            invoice_refs=["LIN-40711", "LIN-40735"],
            note="SAP payment advice with Auto-Submitted: auto-generated is a payment, not an auto-reply; the queries address is not a new contact",
        ),
    ),
]

PROMISE_TO_PAY: list[Reply] = [
    Reply(
        key="ptp-en-1",
        intent="promise_to_pay",
        lang="en",
        who=("Marlow & Finch Hotels via Coupa", "do_not_reply@marlowfinch.coupahost.example"),
        when="2027-05-17 04:12 +0100",
        client="notice",
        threaded=False,
        subject="Invoice LIN-40602 has been approved for payment",
        headers=(AUTO_GENERATED, ("Precedence", "bulk")),
        body=(
            "Marlow & Finch Hotels plc\n\n"
            "Hello Brennan & Holt Linen Ltd,\n\n"
            "Invoice LIN-40602 (£2,640.00) that you submitted to Marlow & Finch Hotels plc has been approved.\n\n"
            "Scheduled payment date: 28/05/2027\n"
            "Payment method: BACS\n"
            "Remit-to: Brennan & Holt Linen Ltd – account ending 4417\n\n"
            "You can follow the status of all your invoices on the Coupa Supplier Portal.\n\n"
            "This is an automated message. Please do not reply."
        ),
        facts=Facts(
            promised_date="2027-05-28",
            amount="2640.00",
            currency="GBP",
            invoice_refs=["LIN-40602"],
            note="AP-system notice: approved and scheduled for a later date is a promise, not a payment sent",
        ),
    ),
    Reply(
        key="ptp-en-2",
        intent="promise_to_pay",
        lang="en",
        who=("Helen Marsh", "h.marsh@willowbankcare.example"),
        when="2027-05-13 14:36 +0100",
        client="outlook",
        charset="windows-1252",
        doc="hire",
        body=(
            "Hello,\n\n"
            "I'm aware this is overdue and I'm sorry it has dragged on. We are waiting for the deposit on our old laundry contract to come back to us – it was due at the end of April – and as soon as the deposit is refunded I will pay your statement in full. I've chased them again today.\n\n"
            "Regards,\n"
            "Helen Marsh\n"
            "Home Administrator\n"
            "Willowbank Care Home\n"
            "01632 960418"
        ),
        facts=Facts(note="promise conditional on an event with no date: promised_date null"),
    ),
    Reply(
        key="ptp-en-3",
        intent="promise_to_pay",
        lang="en",
        who=("Ciara Doyle", "ciara@seasaltspa-kinsale.example"),
        when="2027-05-21 17:58 +0100",
        client="gmail",
        currency="EUR",
        body="Hi, this will be sorted next Thursday, the wedding party settle up with us on the Wednesday. Promise!\n\nCiara",
        facts=Facts(
            promised_date="2027-05-27",
            note="'sorted' announces a future payment here; 'next Thursday' written on Fri 21 May = Thu 27 May",
        ),
    ),
    Reply(
        key="ptp-de-1",
        intent="promise_to_pay",
        lang="de",
        who=("Jana Köhler", "j.koehler@seehotel-am-kellersee.example"),
        when="2027-05-13 11:17 +0200",
        client="outlook_html",
        inv="LIN-40415",
        body=(
            "Guten Tag,\n\n"
            "danke für die Erinnerung. Die Rechnung LIN-40415 ist geprüft und freigegeben und für unseren Zahllauf in KW 21 eingeplant.\n\n"
            "Mit freundlichen Grüßen\n"
            "Jana Köhler\n"
            "Kreditorenbuchhaltung\n\n"
            "Seehotel am Kellersee GmbH · Seestraße 40 · 23701 Eutin"
        ),
        facts=Facts(
            promised_date="2027-05-24",
            invoice_refs=["LIN-40415"],
            note="'Zahllauf in KW 21' → Monday of ISO week 21 (24 May), as for 'next week'",
        ),
    ),
    Reply(
        key="ptp-de-2",
        intent="promise_to_pay",
        lang="de",
        who=("Birgit Lammers", "info@wellness-oase-lammers.example"),
        when="2027-05-12 18:40 +0200",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        body=(
            "Hallo zusammen,\n\n"
            "ja, ich weiß, die Rechnung ist überfällig. Über die Feiertage ist das Haus komplett ausgebucht, aber nach Pfingsten kümmere ich mich als Erstes darum und überweise den ganzen Betrag. Versprochen.\n\n"
            "Viele Grüße\n"
            "Birgit Lammers\n"
            "Wellness-Oase Lammers"
        ),
        facts=Facts(
            note="'nach Pfingsten' is a holiday phrase that cannot be pinned to a day: promised_date null"
        ),
    ),
    Reply(
        key="ptp-fr-1",
        intent="promise_to_pay",
        lang="fr",
        who=("Hôtel Les Mimosas – Direction", "direction@hotel-lesmimosas-nice.example"),
        when="2027-05-18 10:02 +0200",
        client="gmail",
        body=(
            "Bonjour,\n\n"
            "Bien reçu votre relance. Nous réglerons cette facture début juin, une fois encaissés les premiers acomptes de la saison.\n\n"
            "Cordialement,\n"
            "Laurent Peyre\n"
            "Directeur – Hôtel Les Mimosas"
        ),
        facts=Facts(note="'début juin' is too vague for a day: promised_date null"),
    ),
    Reply(
        key="ptp-fr-2",
        intent="promise_to_pay",
        lang="fr",
        who=("Sandrine Morel", "s.morel@brasserie-laterrasse.example"),
        when="2027-05-25 15:10 +0200",
        client="outlook",
        charset="windows-1252",
        body=(
            "Bonjour,\n\n"
            "J'ai programmé le virement pour le 28, il partira automatiquement ce jour-là. Désolée pour ce retard : nous avons changé de banque le mois dernier et tous nos paiements ont pris du retard.\n\n"
            "Sandrine Morel\n"
            "Gérante – Brasserie La Terrasse, Montpellier"
        ),
        facts=Facts(
            promised_date="2027-05-28",
            note="'j'ai programmé' is past tense but the transfer leaves on Fri 28 May: promise",
        ),
    ),
    Reply(
        key="ptp-es-1",
        intent="promise_to_pay",
        lang="es",
        who=("Toni Ribera", "toni@arroceria-lalbufera.example"),
        when="2027-06-03 23:05 +0200",
        client="iphone",
        body="Lo pago el lunes sin falta, perdona el retraso",
        facts=Facts(promised_date="2027-06-07", note="'el lunes' from Thu 3 June = Mon 7 June"),
    ),
    Reply(
        key="ptp-es-2",
        intent="promise_to_pay",
        lang="es",
        who=("Cuentas a Pagar – Grupo Hotelero Alameda", "cuentasapagar@grupoalameda.example"),
        when="2027-05-11 12:48 +0200",
        client="outlook_html",
        charset="windows-1252",
        inv="LIN-40468",
        body=(
            "Buenos días:\n\n"
            "La factura LIN-40468 ya está contabilizada y aprobada. Se incluirá en nuestra próxima remesa de pagos a proveedores, que se emite el día 25 de cada mes.\n\n"
            "Saludos cordiales,\n\n"
            "Marta Iglesias\n"
            "Centro de Servicios Compartidos – Cuentas a Pagar\n"
            "Grupo Hotelero Alameda\n\n"
            "Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Antes de imprimir este correo, piense si es necesario."
        ),
        facts=Facts(
            promised_date="2027-05-25",
            invoice_refs=["LIN-40468"],
            note="'el día 25 de cada mes' → the next 25th, 25 May",
        ),
    ),
    Reply(
        key="ptp-nl-1",
        intent="promise_to_pay",
        lang="nl",
        who=("Sven de Graaf", "sven@fitcentrum-dewaard.example"),
        when="2027-05-20 20:31 +0200",
        client="samsung",
        body="Betalen we volgende week.\nGr Sven",
        facts=Facts(promised_date="2027-05-24", note="'volgende week' → Monday of next week"),
    ),
    Reply(
        key="ptp-nl-2",
        intent="promise_to_pay",
        lang="nl",
        who=("Marloes Hendriks", "m.hendriks@zorgcentrum-hetbaken.example"),
        when="2027-05-19 09:47 +0200",
        client="outlook",
        doc="hire",
        body=(
            "Goedemorgen,\n\n"
            "De nota is binnen en ligt ter goedkeuring bij onze regiomanager. Zodra hij akkoord heeft gegeven, nemen we hem mee in de betaalrun van 1 juni.\n\n"
            "Met vriendelijke groet,\n\n"
            "Marloes Hendriks\n"
            "Financiële administratie\n"
            "Zorgcentrum Het Baken"
        ),
        facts=Facts(
            promised_date="2027-06-01", note="a dated promise that still needs internal approval"
        ),
    ),
    Reply(
        key="ptp-it-1",
        intent="promise_to_pay",
        lang="it",
        who=("Gennaro Esposito", "gennaro.esposito@pensionelimoneto.example"),
        when="2027-05-14 16:22 +0200",
        client="iphone",
        body="Salve, vi faccio il bonifico entro fine mese. Scusate il ritardo, è un periodo pieno.\nGennaro",
        facts=Facts(promised_date="2027-05-31", note="'entro fine mese' → last day of the month"),
    ),
]

DISPUTE: list[Reply] = [
    Reply(
        key="dis-en-1",
        intent="dispute",
        lang="en",
        who=("Marco Bellucci", "marco@trattoria-bellucci.example"),
        when="2027-05-11 16:20 +0100",
        client="outlook",
        inv="LIN-40298",
        issued="2027-04-16",
        body=(
            "Hi,\n\n"
            "We have NOT paid LIN-40298 and we won't until it's corrected. Half the table linen on the 12 April delivery never arrived – we got 40 tablecloths instead of 80 and no napkins at all. Your driver signed the note with the shortfall written on it, I have a photo of it.\n\n"
            "Send me a corrected invoice for what we actually received and I'll pay it the same day.\n\n"
            "Marco Bellucci\n"
            "Owner, Trattoria Bellucci, Greek Street"
        ),
        facts=Facts(
            invoice_refs=["LIN-40298"], note="negated payment with the reason: short delivery"
        ),
    ),
    Reply(
        key="dis-en-2",
        intent="dispute",
        lang="en",
        who=("Owen Hughes", "owen.hughes@castlehotel-conwy.example"),
        when="2027-05-26 10:44 +0100",
        client="inline",
        inv="LIN-40260",
        body="Hello,\n\nAnswers below.",
        inline=(
            (
                2,
                "This is the same delivery as LIN-40233 – both invoices quote delivery note DN-77120 and the same 96 bath sheets. LIN-40233 was paid on 4 May (our ref CH-0504-12).",
            ),
            (
                3,
                "Which is what I'm doing. Please cancel LIN-40260 or send us a credit note for it.\n\nOwen Hughes\nAccounts, The Castle Hotel",
            ),
        ),
        facts=Facts(
            invoice_refs=["LIN-40233", "LIN-40260"],
            note="inline reply; a paid invoice plus a duplicate-billing claim on the one chased: dispute, payment fields stay empty",
        ),
    ),
    Reply(
        key="dis-en-3",
        intent="dispute",
        lang="en",
        who=("Patricia Doherty", "manager@stbrendans-nursinghome.example"),
        when="2027-06-02 13:05 +0100",
        client="gmail",
        doc="hire",
        currency="EUR",
        body=(
            "This is the third time I'm writing about this.\n\n"
            "In March we returned 60 duvets and 120 pillows when we changed over to the new bedding. Your driver took them away, Dean in your office confirmed it on the phone and promised us a credit. Since then we have been charged hire on them every single month, including this statement. That's €318 a month for linen that is sitting in your warehouse.\n\n"
            "We won't pay anything until the statement is corrected and the overcharges since March are credited. I'd appreciate a phone call from someone senior rather than another automatic reminder.\n\n"
            "Patricia Doherty\n"
            "Director of Nursing\n"
            "St Brendan's Nursing Home"
        ),
        facts=Facts(
            note="irritated; hire still charged on returned items; refuses to pay until corrected"
        ),
    ),
    Reply(
        key="dis-de-1",
        intent="dispute",
        lang="de",
        who=("Thomas Brandl", "t.brandl@alpenhof-garmisch.example"),
        when="2027-05-18 08:55 +0200",
        client="outlook_html",
        charset="windows-1252",
        inv="LIN-40388",
        issued="2027-04-23",
        body=(
            "Guten Morgen,\n\n"
            "auf der Rechnung LIN-40388 sind 320 Frottiertücher berechnet. Laut unserem gegengezeichneten Lieferschein vom 22.04. wurden aber nur 240 Stück geliefert. Bitte schicken Sie uns eine korrigierte Rechnung bzw. eine Gutschrift über die Differenz. Den unstrittigen Betrag überweisen wir, sobald die Korrektur da ist.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Thomas Brandl\n"
            "Leitung Housekeeping\n"
            "Hotel Alpenhof · Garmisch-Partenkirchen"
        ),
        facts=Facts(
            invoice_refs=["LIN-40388"],
            note="quantity dispute; payment of the rest waits for the correction",
        ),
    ),
    Reply(
        key="dis-de-2",
        intent="dispute",
        lang="de",
        who=("Sabine Krüger", "s.krueger@zumanker-hamburg.example"),
        when="2027-05-10 14:12 +0200",
        client="gmail_plain",
        inv="LIN-40301",
        body=(
            "Hallo,\n\n"
            "die Rechnung LIN-40301 wurde uns am 30.04. komplett gutgeschrieben – Ihre Kollegin Frau Jansen hat uns die Gutschrift per Mail geschickt, nachdem die Lieferung wegen Ihres Fahrzeugausfalls nicht kam. Bitte buchen Sie das bei sich entsprechend aus, zahlen werden wir diese Rechnung nicht.\n\n"
            "Gruß\n"
            "Sabine Krüger\n"
            "Restaurant Zum Anker"
        ),
        facts=Facts(invoice_refs=["LIN-40301"], note="already credited"),
    ),
    Reply(
        key="dis-fr-1",
        intent="dispute",
        lang="fr",
        who=("Julien Marchand", "julien@lepetitbistrot-nantes.example"),
        when="2027-05-14 15:30 +0200",
        client="gmail",
        issued="2027-04-23",
        body=(
            "Bonjour,\n\n"
            "Je ne paierai pas cette facture en l'état. Sur la livraison du 22 avril, une vingtaine de nappes étaient tachées (vin, cire de bougie) et trois avaient carrément des trous. On les a rendues au chauffeur le jour même et personne ne nous a rappelés depuis.\n\n"
            "Faites-moi un avoir pour ces nappes et je règle le reste.\n\n"
            "Julien Marchand\n"
            "Le Petit Bistrot"
        ),
        facts=Facts(note="damaged goods; payment of the rest depends on a credit note"),
    ),
    Reply(
        key="dis-fr-2",
        intent="dispute",
        lang="fr",
        who=(
            "Comptabilité fournisseurs – Groupe Hôtelier Riviera",
            "compta.fournisseurs@ghriviera.example",
        ),
        when="2027-05-21 09:40 +0200",
        client="outlook_html_only",
        inv="LIN-40579",
        body=(
            "Bonjour,\n\n"
            "La facture LIN-40579 ne correspond à aucun bon de commande émis par notre groupe. Le numéro de commande qui y figure (BC-2027-1193) n'existe pas dans notre système, et l'établissement facturé, l'Hôtel du Port à Sète, ne fait plus partie du groupe depuis janvier.\n\n"
            "Nous ne pouvons donc pas traiter cette facture. Merci de l'annuler ou de l'adresser au bon destinataire.\n\n"
            "Cordialement,\n"
            "Élodie Vasseur\n"
            "Comptabilité fournisseurs\n"
            "Groupe Hôtelier Riviera"
        ),
        facts=Facts(
            invoice_refs=["LIN-40579"],
            note="not our PO; the hint at another addressee names no address, so not wrong_contact",
        ),
    ),
    Reply(
        key="dis-nl-1",
        intent="dispute",
        lang="nl",
        who=("Kevin Bakker", "kevin@powerhouse-sportschool.example"),
        when="2027-05-27 12:15 +0200",
        client="gmail",
        doc="hire",
        body=(
            "Hoi,\n\n"
            "Deze nota klopt niet. In april zijn de handdoeken twee keer niet opgehaald en ook niet vervangen (week 15 en week 17), we hebben toen zelf handdoeken moeten kopen. Toch staan alle vier de wissels gewoon op de nota. Graag een creditnota voor die twee weken, dan betalen we de rest.\n\n"
            "Groet,\n"
            "Kevin Bakker\n"
            "Powerhouse Sportschool Zwolle"
        ),
        facts=Facts(note="service not done"),
    ),
    Reply(
        key="dis-nl-2",
        intent="dispute",
        lang="nl",
        who=("Ingrid Mulder", "i.mulder@hotelbuitenlust.example"),
        when="2027-06-01 10:22 +0200",
        client="inline",
        inv="LIN-40766",
        body="Goedemorgen,\n\nZie onze opmerkingen hieronder.",
        inline=(
            (
                2,
                "Op deze factuur wordt voor het wassen van lakens € 0,92 per stuk gerekend. In ons contract van januari 2026 is € 0,78 afgesproken en een prijsverhoging is ons nooit aangekondigd.",
            ),
            (
                3,
                "Wij verzoeken u de factuur te corrigeren. Tot die tijd houden wij de betaling aan.\n\nMet vriendelijke groet,\n\nIngrid Mulder\nHotel Buitenlust, Bergen",
            ),
        ),
        facts=Facts(note="inline reply; contract-price dispute"),
    ),
    Reply(
        key="dis-it-1",
        intent="dispute",
        lang="it",
        who=("Chiara Lombardi", "c.lombardi@hotelcristallo-bardolino.example"),
        when="2027-05-13 11:05 +0200",
        client="outlook_html",
        inv="LIN-40452",
        issued="2027-04-23",
        body=(
            "Buongiorno,\n\n"
            "vi confermo che pagheremo la fattura LIN-40452 non appena riceveremo la nota di credito per le 40 federe che mancavano nella consegna del 20 aprile, come già segnalato al vostro autista e via e-mail il giorno stesso. Fino ad allora la fattura resta sospesa.\n\n"
            "Cordiali saluti,\n"
            "Chiara Lombardi\n"
            "Ufficio Amministrazione – Hotel Cristallo, Bardolino"
        ),
        facts=Facts(
            invoice_refs=["LIN-40452"],
            note="reads like a promise, but payment waits for a credit note for missing items: dispute",
        ),
    ),
    Reply(
        key="dis-it-2",
        intent="dispute",
        lang="it",
        who=("RSA Villa Serena – Amministrazione", "amministrazione@rsavillaserena.example"),
        when="2027-05-20 15:48 +0200",
        client="thunderbird",
        charset="iso-8859-1",
        doc="hire",
        body=(
            "Buongiorno,\n\n"
            "contestiamo la fattura in oggetto: nella settimana dal 12 al 16 aprile il ritiro della biancheria degli ospiti non è stato effettuato (ci è stato detto per un guasto al vostro furgone) e abbiamo dovuto far lavare tutto a una lavanderia esterna. Il servizio di quella settimana è però regolarmente fatturato.\n\n"
            "Attendiamo una nota di credito. Conserviamo le ricevute della lavanderia esterna, se vi servono.\n\n"
            "Distinti saluti\n"
            "Dott.ssa Paola Ferri\n"
            "RSA Villa Serena"
        ),
        facts=Facts(note="service not done in one week of the month billed"),
    ),
    Reply(
        key="dis-es-1",
        intent="dispute",
        lang="es",
        who=("Lucía Ortega", "lucia.ortega@hostalelfaro-cadiz.example"),
        when="2027-05-31 10:10 +0200",
        client="gmail",
        inv="LIN-40561",
        body=(
            "Hola:\n\n"
            "Nos reclamáis la LIN-40561, pero es exactamente la misma factura que la LIN-40544, que ya pagamos el 12 de mayo: mismo albarán, mismas 60 toallas y mismo importe. Por favor, anuladla.\n\n"
            "Un saludo,\n"
            "Lucía Ortega\n"
            "Hostal El Faro"
        ),
        facts=Facts(
            invoice_refs=["LIN-40544", "LIN-40561"],
            note="duplicate billing; the payment mentioned is of the other invoice",
        ),
    ),
]

PAYMENT_PLAN: list[Reply] = [
    Reply(
        key="pp-en-1",
        intent="payment_plan",
        lang="en",
        who=("Graham Whitfield", "finance@oakleighcare.example"),
        when="2027-05-24 16:02 +0100",
        client="outlook_html",
        doc="hire",
        amt="4120.00",
        body=(
            "Dear Sir/Madam,\n\n"
            "Thank you for your reminder. I'm afraid we are not in a position to settle the full £4,120.00 at present: our local authority fee uplift for this year has still not come through and our reserves are stretched.\n\n"
            "We would like to propose clearing the balance in three equal monthly instalments from June. The trustees will need to sign this off, so I will confirm the instalment dates after the board meeting.\n\n"
            "Yours faithfully,\n\n"
            "Graham Whitfield\n"
            "Finance Manager\n"
            "Oakleigh Care Trust"
        ),
        facts=Facts(
            note="instalments proposed, dates to follow after the board meeting; plan dates are not labelled"
        ),
    ),
    Reply(
        key="pp-en-2",
        intent="payment_plan",
        lang="en",
        who=("Rob Fenwick", "rob.fenwick.seaview@gmail.com"),
        when="2027-05-15 22:36 +0100",
        client="iphone",
        body=(
            "Evening,\n\n"
            "I know, I know. Honestly it's been the spring from hell – the roof went in March, we lost Easter because of it, and then the boiler packed in the week we reopened. Every penny has gone on builders. Bookings are finally looking good for June and July so it will come right, I just can't do it this month.\n\n"
            "Can you give me a week or two more? I'm not trying to dodge it, you've always been good to us.\n\n"
            "Rob\n"
            "Seaview Guest House, Whitby"
        ),
        facts=Facts(
            note="asks for more time, pleading hardship: payment_plan; 'a week or two' is not a promised date"
        ),
    ),
    Reply(
        key="pp-en-3",
        intent="payment_plan",
        lang="en",
        who=("Liam Carter", "liam.carter@pulsefitness-swindon.example"),
        when="2027-06-04 09:20 +0100",
        client="outlook",
        amt="1180.00",
        body=(
            "Morning,\n\n"
            "I run the Swindon Pulse Fitness site as a franchisee, so this one is down to me rather than head office. Cash flow is tight after the refit. Would you accept £300 now and £300 on the 1st of each month until the £1,180 is cleared? I can set up a standing order today if you send me the account details.\n\n"
            "Cheers,\n"
            "Liam Carter\n"
            "Pulse Fitness Swindon (franchisee)"
        ),
        facts=Facts(
            note="franchisee proposes instalments; the request for account details serves the plan"
        ),
    ),
    Reply(
        key="pp-fr-1",
        intent="payment_plan",
        lang="fr",
        who=("Nadia Benali", "nadia@lecomptoirduport.example"),
        when="2027-05-12 17:25 +0200",
        client="apple",
        body=(
            "Bonjour,\n\n"
            "La saison a mal démarré avec les travaux sur le quai et notre trésorerie est tendue. Serait-il possible de régler cette facture en trois fois, sur mai, juin et juillet ? Je peux programmer les trois virements dès aujourd'hui si vous êtes d'accord.\n\n"
            "Merci d'avance,\n"
            "Nadia Benali\n"
            "Le Comptoir du Port, Marseille"
        ),
        facts=Facts(note="three instalments asked"),
    ),
    Reply(
        key="pp-fr-2",
        intent="payment_plan",
        lang="fr",
        who=("Pierre-Yves Le Gall", "py.legall@aubergedelaber.example"),
        when="2027-05-28 11:34 +0200",
        client="outlook",
        charset="windows-1252",
        amt="2460.00",
        body=(
            "Madame, Monsieur,\n\n"
            "Comme vous le savez peut-être, un incendie a détruit notre cuisine le 8 avril et l'auberge est fermée depuis. L'assurance n'a toujours pas statué et nous n'avons plus aucune recette.\n\n"
            "Dans ces conditions, nous ne pouvons pas régler la totalité des 2 460,00 €. Nous vous proposons un règlement de 60 % de la somme pour solde de tout compte, payable dès que l'expert aura rendu son rapport. Nous ne contestons évidemment pas vos prestations, qui ont toujours été impeccables.\n\n"
            "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\n"
            "Pierre-Yves Le Gall\n"
            "Auberge de l'Aber – Landéda"
        ),
        facts=Facts(
            note="reduced settlement asked on hardship; the service is not contested, so not dispute"
        ),
    ),
    Reply(
        key="pp-es-1",
        intent="payment_plan",
        lang="es",
        who=("Javi Molina", "javi@tabernaelpuerto.example"),
        when="2027-05-19 17:50 +0200",
        client="iphone",
        body="Buenas, ¿os parece bien si lo pagamos en dos veces? La mitad ahora y la otra mitad a finales de junio. Vamos justos después de la reforma del local.\nGracias\nJavi",
        facts=Facts(note="two instalments proposed; plan dates are not labelled"),
    ),
    Reply(
        key="pp-es-2",
        intent="payment_plan",
        lang="es",
        who=("Hotel Rural Valle del Jerte – Gerencia", "gerencia@hotelruralvalledeljerte.example"),
        when="2027-05-10 13:15 +0200",
        client="outlook_html",
        doc="hire",
        body=(
            "Estimados señores:\n\n"
            "Les escribimos en relación con la factura pendiente. Debido a las lluvias de abril hemos sufrido numerosas cancelaciones y nuestra tesorería no nos permite atender el pago en este momento.\n\n"
            "Les solicitamos un aplazamiento de 60 días, sin que ello suponga ningún cambio en el servicio. Quedamos a su disposición para formalizarlo por escrito.\n\n"
            "Atentamente,\n"
            "Ana Belén Sánchez\n"
            "Gerente"
        ),
        facts=Facts(note="deferral of 60 days asked"),
    ),
    Reply(
        key="pp-nl-1",
        intent="payment_plan",
        lang="nl",
        who=("Peter van Dijk", "peter@eetcafedehaven.example"),
        when="2027-05-25 14:40 +0200",
        client="gmail",
        body=(
            "Goedemiddag,\n\n"
            "We lopen wat achter na een rustige winter. Kunnen we een betalingsregeling afspreken? Ik stel voor om vanaf juni € 500 per maand te betalen tot het bedrag is voldaan. Laat maar weten of dat akkoord is, dan zet ik het vast.\n\n"
            "Groeten,\n"
            "Peter van Dijk\n"
            "Eetcafé De Haven"
        ),
        facts=Facts(note="monthly instalments proposed"),
    ),
    Reply(
        key="pp-nl-2",
        intent="payment_plan",
        lang="nl",
        who=("Fatima El Amrani", "f.elamrani@hotelcentraal-tilburg.example"),
        when="2027-06-02 08:30 +0200",
        client="outlook_mobile",
        amt="2240.00",
        body=(
            "Goedemorgen,\n\n"
            "Vanochtend is er € 1.000 overgemaakt. Het restant van € 1.240 wil ik graag in twee delen betalen, half juni en half juli. Is dat goed?\n\n"
            "Fatima El Amrani\n"
            "Hotel Centraal"
        ),
        facts=Facts(
            note="part paid this morning, the rest in two instalments: payment_plan, not payment_sent"
        ),
    ),
    Reply(
        key="pp-it-1",
        intent="payment_plan",
        lang="it",
        who=("Studio Contabile Rinaldi", "studio@rinaldi-commercialisti.example"),
        when="2027-05-26 10:15 +0200",
        client="outlook",
        charset="windows-1252",
        doc="hire",
        body=(
            "Spett.le Brennan & Holt Linen Italia,\n\n"
            "scriviamo per conto del nostro cliente Hotel Miramonti di Cortina, che ci ha girato il vostro sollecito. Il cliente riconosce il debito ma, per temporanee difficoltà di liquidità legate alla chiusura invernale prolungata, chiede di poterlo saldare in quattro rate mensili di pari importo a partire dal 30 giugno.\n\n"
            "Restiamo in attesa di un vostro riscontro.\n\n"
            "Cordiali saluti\n"
            "Rag. Marco Rinaldi\n"
            "Studio Contabile Rinaldi – Belluno"
        ),
        facts=Facts(note="accountant asks for instalments on the client's behalf"),
    ),
    Reply(
        key="pp-it-2",
        intent="payment_plan",
        lang="it",
        who=("Laura Bianchi", "laura@hotellaura-cesenatico.example"),
        when="2027-05-31 19:22 +0200",
        client="gmail",
        body=(
            "Buonasera,\n\n"
            "possiamo avere una proroga fino a fine giugno? Quest'anno la stagione è partita tardi per il maltempo e a maggio abbiamo avuto pochissime presenze. Giugno invece è quasi pieno, quindi entro il 30 non avremo problemi a saldare tutto.\n\n"
            "Grazie e buona serata,\n"
            "Laura Bianchi\n"
            "Hotel Laura – Cesenatico"
        ),
        facts=Facts(
            note="asks for an extension: a request for more time is payment_plan even with an end date; the plan date is not labelled"
        ),
    ),
    Reply(
        key="pp-de-1",
        intent="payment_plan",
        lang="de",
        who=("Michael Huber", "info@gasthof-post-ruhpolding.example"),
        when="2027-05-14 13:33 +0200",
        client="outlook",
        charset="windows-1252",
        amt="2100.00",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "wegen eines Wasserschadens im Gastraum hatten wir im April fünf Wochen geschlossen, entsprechend knapp ist es gerade bei uns. Ich möchte Sie daher um eine Ratenzahlung bitten: drei Raten zu je 700 €, jeweils zum Monatsende, beginnend Ende Mai.\n\n"
            "Für Ihr Entgegenkommen bedanke ich mich im Voraus.\n\n"
            "Mit freundlichen Grüßen\n"
            "Michael Huber\n"
            "Gasthof Zur Post, Ruhpolding"
        ),
        facts=Facts(note="three instalments asked"),
    ),
]

INVOICE_REQUEST: list[Reply] = [
    Reply(
        key="ir-en-1",
        intent="invoice_request",
        lang="en",
        who=("Priya Raman", "priya.raman@kestrelhotels.example"),
        when="2027-05-11 10:25 +0100",
        client="outlook_html",
        inv="LIN-40477",
        body=(
            "Hello,\n\n"
            "We're unable to pay LIN-40477 as it doesn't quote a purchase order number. All supplier invoices to Kestrel Hotels must carry a valid PO, otherwise our system rejects them automatically.\n\n"
            "The PO for the Kestrel Bristol linen contract is 4500182231. Please reissue the invoice with that number on it and we'll release it in the next payment run once it has matched.\n\n"
            "Kind regards,\n"
            "Priya Raman\n"
            "Accounts Payable – Kestrel Hotels plc Shared Service Centre\n\n"
            "CONFIDENTIALITY NOTICE: This message is intended only for the named recipient and may contain privileged information. If you are not the intended recipient, please do not read, copy or forward it; notify the sender and delete it."
        ),
        facts=Facts(
            invoice_refs=["LIN-40477"], note="reissue with a PO number, amount not contested"
        ),
    ),
    Reply(
        key="ir-en-2",
        intent="invoice_request",
        lang="en",
        who=("Tom Ashworth", "tom.ashworth@penninespa.example"),
        when="2027-05-19 12:10 +0100",
        client="gmail",
        doc="hire",
        subject="Out of office (sort of) – {rsub}",
        body=(
            "Hi,\n\n"
            "I'm off this week but saw this on my phone. We never received the April hire statement – nothing in the post or by email – so I can't tell what this is for. Can someone resend it to me and I'll deal with it when I'm back?\n\n"
            "Tom Ashworth\n"
            "General Manager, Pennine Spa & Leisure Club"
        ),
        facts=Facts(
            note="written by a person despite 'out of office' in the subject; asks for the statement"
        ),
    ),
    Reply(
        key="ir-en-3",
        intent="invoice_request",
        lang="en",
        who=("Moira Campbell", "accounts@glenfernlodge.example"),
        when="2027-06-01 11:48 +0100",
        client="thunderbird",
        doc="hire",
        body=(
            "Good morning,\n\n"
            "Before we pay anything further, could you please send us:\n\n"
            "1. a statement of account covering November 2026 to May 2027, as our ledger doesn't agree with your reminder; and\n"
            "2. your bank details on company letterhead, signed. We were targeted by a fake change-of-bank-details email last year and our auditors now insist on this for every supplier.\n\n"
            "Once we have both I'll get the balance paid.\n\n"
            "Kind regards,\n"
            "Moira Campbell\n"
            "Administrator, Glenfern Lodge Care Home"
        ),
        facts=Facts(
            note="statement and signed bank details asked before paying; nothing contested"
        ),
    ),
    Reply(
        key="ir-de-1",
        intent="invoice_request",
        lang="de",
        who=("Frank Peters", "frank.peters@pension-seeblick-usedom.example"),
        when="2027-05-10 11:30 +0200",
        client="gmail_plain",
        inv="LIN-40365",
        body=(
            "Guten Tag,\n\n"
            "die Rechnung LIN-40365 ist bei uns nie angekommen, weder per Post noch per Mail. Könnten Sie uns bitte eine Kopie als PDF schicken? Dann überweisen wir umgehend.\n\n"
            "Freundliche Grüße\n"
            "Frank Peters\n"
            "Pension Seeblick"
        ),
        facts=Facts(
            invoice_refs=["LIN-40365"],
            note="never received, asks for a copy; the payment after it is conditional",
        ),
    ),
    Reply(
        key="ir-de-2",
        intent="invoice_request",
        lang="de",
        who=("Melanie Braun", "m.braun@parkhotel-rheinaue.example"),
        when="2027-05-27 09:12 +0200",
        client="owa",
        body=(
            "Guten Morgen,\n\n"
            "zu dieser Rechnung fehlt uns der unterschriebene Lieferschein. Nach unserer Einkaufsrichtlinie darf ich Lieferantenrechnungen nur mit Leistungsnachweis zur Zahlung freigeben. Bitte senden Sie uns die Lieferscheine der betreffenden Woche nach, dann geht die Zahlung im nächsten Lauf raus.\n\n"
            "Vielen Dank und freundliche Grüße\n"
            "Melanie Braun\n"
            "Einkauf & Kreditoren\n"
            "Parkhotel Rheinaue, Bonn"
        ),
        facts=Facts(note="proof of delivery needed before release; not contested"),
    ),
    Reply(
        key="ir-es-1",
        intent="invoice_request",
        lang="es",
        who=(
            "Departamento Financiero – Hoteles Costa Blanca",
            "financiero@hotelescostablanca.example",
        ),
        when="2027-05-18 12:30 +0200",
        client="outlook",
        charset="iso-8859-1",
        body=(
            "Buenos días:\n\n"
            "Hemos visto que en esta factura figura un IBAN distinto del que tenemos registrado para ustedes. Por política interna, antes de efectuar el pago necesitamos un certificado de titularidad bancaria emitido por su banco que acredite la nueva cuenta.\n\n"
            "Quedamos a la espera.\n\n"
            "Un cordial saludo,\n"
            "Raúl Navarro\n"
            "Departamento Financiero\n"
            "Hoteles Costa Blanca, S.A. - Benidorm"
        ),
        facts=Facts(note="bank-ownership certificate needed before paying"),
    ),
    Reply(
        key="ir-es-2",
        intent="invoice_request",
        lang="es",
        who=("Carmen Ruiz", "carmen@restaurantelacepa.example"),
        when="2027-05-24 13:02 +0200",
        client="iphone",
        body="Hola, no tengo claro qué facturas tenemos pendientes con vosotros, ¿me podéis mandar un extracto con todo lo que está abierto? Gracias.\nCarmen",
        facts=Facts(note="statement of account request"),
    ),
    Reply(
        key="ir-nl-1",
        intent="invoice_request",
        lang="nl",
        who=("Sanne Verhoeven", "crediteuren@hotelgroeplindeboom.example"),
        when="2027-05-13 10:18 +0200",
        client="outlook_html",
        inv="LIN-40419",
        body=(
            "Goedemorgen,\n\n"
            "Factuur LIN-40419 kunnen wij helaas niet verwerken, omdat ons inkoopordernummer ontbreekt. Wilt u de factuur opnieuw uitreiken met ordernummer PO-22817? Daarna wordt hij binnen de betalingstermijn voldaan.\n\n"
            "Met vriendelijke groet,\n"
            "Sanne Verhoeven\n"
            "Crediteurenadministratie\n"
            "Hotelgroep Lindeboom"
        ),
        facts=Facts(
            invoice_refs=["LIN-40419"], note="reissue with a PO number, amount not contested"
        ),
    ),
    Reply(
        key="ir-nl-2",
        intent="invoice_request",
        lang="nl",
        who=("Joost Smit", "joost@bistro-tkruispunt.example"),
        when="2027-05-28 21:15 +0200",
        client="samsung",
        body="Waar is dit precies voor? Ik kan het bedrag niet thuisbrengen. Kunnen jullie de specificatie sturen?\n\nJoost",
        facts=Facts(
            note="asks what the charge is and for the detail: the collector answers with the invoice and delivery details"
        ),
    ),
    Reply(
        key="ir-it-1",
        intent="invoice_request",
        lang="it",
        who=("Valentina Greco", "acquisti@grandhotellagoblu.example"),
        when="2027-05-17 14:40 +0200",
        client="outlook_html",
        inv="LIN-40527",
        body=(
            "Buongiorno,\n\n"
            "la fattura LIN-40527 non ci risulta pervenuta tramite SdI: nel nostro cassetto fiscale non ce n'è traccia. Vi chiediamo di riemetterla in formato elettronico indicando il nostro codice destinatario K7QTR2P, altrimenti non possiamo né registrarla né pagarla.\n\n"
            "Cordiali saluti\n"
            "Valentina Greco\n"
            "Ufficio Acquisti – Grand Hotel Lago Blu"
        ),
        facts=Facts(
            invoice_refs=["LIN-40527"], note="Italian e-invoice (SdI) not received; reissue asked"
        ),
    ),
    Reply(
        key="ir-it-2",
        intent="invoice_request",
        lang="it",
        who=("Roberto Conti", "roberto.conti@fitlife-verona.example"),
        when="2027-06-03 10:05 +0200",
        client="gmail",
        doc="hire",
        body=(
            "Buongiorno,\n\n"
            "prima di procedere al pagamento avrei bisogno di una copia del contratto di noleggio degli asciugamani e di un estratto conto aggiornato: finora se ne è occupato il mio socio e io non ho i documenti.\n\n"
            "Grazie,\n"
            "Roberto Conti\n"
            "FitLife Palestra – Verona"
        ),
        facts=Facts(note="contract copy and statement asked before paying"),
    ),
    Reply(
        key="ir-fr-1",
        intent="invoice_request",
        lang="fr",
        who=("Isabelle Roux", "comptabilite@hotel-legrandcerf.example"),
        when="2027-05-21 14:05 +0200",
        client="outlook",
        inv="LIN-40590",
        body=(
            "Bonjour,\n\n"
            "Pourriez-vous nous renvoyer la facture LIN-40590 en y faisant figurer notre numéro de TVA intracommunautaire (FR52 000000000) ? Notre expert-comptable refuse de la passer en l'état et nous ne pouvons pas la régler sans cela.\n\n"
            "Merci d'avance,\n"
            "Isabelle Roux\n"
            "Comptabilité – Hôtel Le Grand Cerf"
        ),
        facts=Facts(
            invoice_refs=["LIN-40590"], note="reissue with the VAT number, amount not contested"
        ),
    ),
]

WRONG_CONTACT: list[Reply] = [
    Reply(
        key="wc-en-1",
        intent="wrong_contact",
        lang="en",
        who=("Joanne Pritchard", "housekeeping@baymarinehotel.example"),
        when="2027-05-12 07:41 +0100",
        client="iphone",
        body="Hi, I'm the head housekeeper so I don't deal with invoices at all. You need accounts@baymarinehotel.example – can you update your system please as I keep getting these.\nJo",
        facts=Facts(new_contact="accounts@baymarinehotel.example"),
    ),
    Reply(
        key="wc-en-2",
        intent="wrong_contact",
        lang="en",
        who=("Harrowgate Leisure Accounts", "accounts@harrowgateleisure.example"),
        when="2027-05-20 09:03 +0100",
        client="notice",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=(
            "Please note that this mailbox is no longer monitored.\n\n"
            "Harrowgate Leisure has moved to a new finance system. Supplier invoices, statements and payment queries should now be sent to payables@harrowgateleisure.example. Messages sent to this address will not be read or forwarded.\n\n"
            "Thank you."
        ),
        facts=Facts(
            new_contact="payables@harrowgateleisure.example",
            note="automatic 'no longer monitored' notice naming a new address: wrong_contact",
        ),
    ),
    Reply(
        key="wc-en-3",
        intent="wrong_contact",
        lang="en",
        who=("Accounts Department", "accounts@willowbank-carehome.example"),
        when="2027-05-28 06:52 +0100",
        client="notice",
        threaded=False,
        subject="Important: change of email address – Willowbank Care Home",
        doc="hire",
        headers=(
            ("Reply-To", "willowbank.accountsdept@gmail.com"),
            ("X-Mailer", "Microsoft Outlook 16.0"),
        ),
        body=(
            "Dear Supplier,\n\n"
            "Please be informed that our accounts department has migrated to a new email platform. With immediate effect kindly update your records and direct all invoices, statements and remittance correspondence to willowbank.accountsdept@gmail.com. Our old address will be deactivated shortly.\n\n"
            "Kindly confirm once your records have been updated.\n\n"
            "Best Regards,\n"
            "Accounts Department\n"
            "Willowbank Care Home"
        ),
        facts=Facts(
            new_contact="willowbank.accountsdept@gmail.com",
            note="phishing-like redirect from a look-alike domain with a free-mail Reply-To; labelled by what it asks, a collector must verify it before changing anything",
        ),
    ),
    Reply(
        key="wc-de-1",
        intent="wrong_contact",
        lang="de",
        who=("Stefan Roth", "kueche@landgasthof-roth.example"),
        when="2027-05-19 15:22 +0200",
        client="gmail",
        body=(
            "Hallo,\n\n"
            "ich bin der Küchenchef und habe mit Rechnungen nichts zu tun. Bitte schicken Sie so etwas künftig an unsere Buchhaltung: buchhaltung@landgasthof-roth.example\n\n"
            "Danke\n"
            "Stefan Roth"
        ),
        facts=Facts(new_contact="buchhaltung@landgasthof-roth.example"),
    ),
    Reply(
        key="wc-de-2",
        intent="wrong_contact",
        lang="de",
        who=("Rezeption Hotel Lindenhof", "rezeption@hotel-lindenhof-badtoelz.example"),
        when="2027-06-02 17:40 +0200",
        client="outlook",
        charset="iso-8859-1",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "ich glaube, hier liegt eine Verwechslung vor. Wir sind das Hotel Lindenhof in Bad Tölz und waren nie Kunde bei Brennan & Holt - vermutlich ist das Hotel Lindenhof in Lindau gemeint. Eine Adresse von dort haben wir leider nicht.\n\n"
            "Mit freundlichen Grüßen\n"
            "Rezeption Hotel Lindenhof"
        ),
        facts=Facts(note="wrong recipient altogether, no new address"),
    ),
    Reply(
        key="wc-fr-1",
        intent="wrong_contact",
        lang="fr",
        who=("Thomas Girard", "t.girard@hotel-desremparts.example"),
        when="2027-05-17 10:05 +0200",
        client="gmail_plain",
        body=(
            "Bonjour,\n\n"
            "Je ne travaille plus à l'Hôtel des Remparts depuis fin avril. Pour tout ce qui concerne la facturation, merci de contacter désormais Mme Agnès Lefort, à l'adresse a.lefort@hotel-desremparts.example.\n\n"
            "Bonne journée,\n"
            "Thomas Girard"
        ),
        facts=Facts(new_contact="a.lefort@hotel-desremparts.example"),
    ),
    Reply(
        key="wc-fr-2",
        intent="wrong_contact",
        lang="fr",
        who=("EHPAD Les Pins", "contact@ehpad-lespins.example"),
        when="2027-05-25 09:00 +0200",
        client="notice",
        subject="Réponse automatique : {rsub}",
        headers=(("X-Autoreply", "yes"), ("Precedence", "auto_reply")),
        body=(
            "Bonjour,\n\n"
            "Cette adresse n'est plus consultée depuis le 1er mai 2027.\n"
            "Pour toute question administrative ou comptable, merci d'écrire à : administration@ehpad-lespins.example\n"
            "Pour les familles des résidents : accueil@ehpad-lespins.example\n\n"
            "Merci de votre compréhension.\n"
            "La direction"
        ),
        facts=Facts(
            new_contact="administration@ehpad-lespins.example",
            note="automatic 'no longer read' notice without Auto-Submitted; of the two addresses, the one for accounting questions is the contact",
        ),
    ),
    Reply(
        key="wc-es-1",
        intent="wrong_contact",
        lang="es",
        who=("Recepción Hotel Sol de Tarifa", "recepcion@hotelsoldetarifa.example"),
        when="2027-05-13 20:44 +0200",
        client="iphone",
        body="Hola, esto es la recepción del hotel, aquí no llevamos las facturas. Escribid a la gestoría, que es quien paga a los proveedores: facturas@gestoriamartinezalba.example\nUn saludo",
        facts=Facts(new_contact="facturas@gestoriamartinezalba.example"),
    ),
    Reply(
        key="wc-es-2",
        intent="wrong_contact",
        lang="es",
        who=("Alberto Gil", "zaragoza@fitzone-franquicias.example"),
        when="2027-05-21 12:12 +0200",
        client="outlook_html",
        body=(
            "Buenos días:\n\n"
            "Somos un centro franquiciado y no gestionamos los pagos directamente. La facturación de todos los centros está centralizada en las oficinas de la central en Madrid; por favor, diríjanse a proveedores@fitzone-central.example indicando el nombre del centro.\n\n"
            "Un saludo,\n"
            "Alberto Gil\n"
            "Director del centro – FitZone Zaragoza"
        ),
        facts=Facts(
            new_contact="proveedores@fitzone-central.example",
            note="franchisee points to head office",
        ),
    ),
    Reply(
        key="wc-it-1",
        intent="wrong_contact",
        lang="it",
        who=("Davide Marino", "davide.marino@ristorantedamario-firenze.example"),
        when="2027-05-11 18:32 +0200",
        client="gmail",
        headers=(
            ("Cc", "Amministrazione Da Mario <amministrazione@ristorantedamario-firenze.example>"),
        ),
        body=(
            "Buonasera,\n\n"
            "io mi occupo della sala, dei pagamenti si occupa l'amministrazione. Metto in copia la collega: per le fatture scrivete direttamente a amministrazione@ristorantedamario-firenze.example\n\n"
            "Saluti,\n"
            "Davide"
        ),
        facts=Facts(
            new_contact="amministrazione@ristorantedamario-firenze.example",
            note="the new address is also copied in Cc",
        ),
    ),
    Reply(
        key="wc-it-2",
        intent="wrong_contact",
        lang="it",
        who=("Hotel Belvedere – Direzione", "direzione@hotelbelvedere-stresa.example"),
        when="2027-05-28 11:50 +0200",
        client="outlook",
        charset="windows-1252",
        doc="hire",
        body=(
            "Buongiorno,\n\n"
            "dal 1° maggio l'Hotel Belvedere è gestito da una nuova società (Belvedere Hospitality S.r.l.). Le fatture relative ai mesi precedenti, compresa quella che ci sollecitate, restano a carico della vecchia gestione: vi preghiamo di rivolgervi al sig. Enrico Bellini, che ne era l'amministratore, all'indirizzo e.bellini@studiobellini-stresa.example.\n\n"
            "Per le forniture da maggio in poi potete naturalmente continuare a scriverci qui.\n\n"
            "Cordiali saluti\n"
            "La Direzione"
        ),
        facts=Facts(
            new_contact="e.bellini@studiobellini-stresa.example",
            note="change of operator; the former operator's administrator is the contact for this invoice",
        ),
    ),
    Reply(
        key="wc-nl-1",
        intent="wrong_contact",
        lang="nl",
        who=("Mark Jansen", "mark@brasseriedekade.example"),
        when="2027-05-14 13:30 +0200",
        client="gmail",
        body=(
            "Hallo,\n\n"
            "Ik ben de bedrijfsleider, onze administratie wordt gedaan door Boekhoudkantoor Veenstra. Willen jullie herinneringen en facturen voortaan naar debiteuren@veenstra-administratie.example sturen? Dan wordt het ook echt betaald.\n\n"
            "Groet,\n"
            "Mark Jansen\n"
            "Brasserie De Kade"
        ),
        facts=Facts(new_contact="debiteuren@veenstra-administratie.example"),
    ),
]

UNSUBSCRIBE: list[Reply] = [
    Reply(
        key="un-en-1",
        intent="unsubscribe",
        lang="en",
        who=("David Lyle", "d.lyle@grangecountryhotel.example"),
        when="2027-05-18 15:15 +0100",
        client="outlook",
        body=(
            "As you have been told in writing, this account is the subject of a dispute that is now in the hands of our solicitors. Any further correspondence must be addressed to them and not to this hotel or its staff. Do not e-mail us again.\n\n"
            "D. Lyle\n"
            "Managing Director\n"
            "The Grange Country Hotel"
        ),
        facts=Facts(
            note="talk to our solicitors, no address given: unsubscribe, which beats the dispute"
        ),
    ),
    Reply(
        key="un-en-2",
        intent="unsubscribe",
        lang="en",
        who=("Kev Mitchell", "kev@mitchellsgym.example"),
        when="2027-05-22 08:03 +0100",
        client="iphone",
        body="STOP emailing me. I paid this in April and I've told your lot three times now. Next one goes straight to spam.",
        facts=Facts(
            note="stop request with a payment claim: unsubscribe beats everything but bounce"
        ),
    ),
    Reply(
        key="un-en-3",
        intent="unsubscribe",
        lang="en",
        who=("Eleanor Royce", "e.royce@bellhouse-care.example"),
        when="2027-06-01 10:00 +0100",
        client="thunderbird",
        doc="hire",
        body=(
            "Dear Sirs,\n\n"
            "Please note that Bellhouse Care Services does not accept invoices, reminders or any other financial correspondence by e-mail. All such documents must be sent by post to our registered office. Kindly remove this address from your distribution list.\n\n"
            "Yours faithfully,\n"
            "Eleanor Royce\n"
            "Company Secretary"
        ),
        facts=Facts(note="post only"),
    ),
    Reply(
        key="un-de-1",
        intent="unsubscribe",
        lang="de",
        who=("Jens Hoffmann", "jens.hoffmann@fitnessloft-leipzig.example"),
        when="2027-05-26 21:40 +0200",
        client="samsung",
        body="Bitte nehmen Sie mich aus dem Verteiler, danke.",
        facts=Facts(),
    ),
    Reply(
        key="un-de-2",
        intent="unsubscribe",
        lang="de",
        who=("Dr. Ulrike Stein", "verwaltung@seniorenresidenz-ampark.example"),
        when="2027-05-11 13:50 +0200",
        client="outlook_html_only",
        doc="hire",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "hiermit widersprechen wir der weiteren Verwendung unserer E-Mail-Adressen für Zahlungserinnerungen und sonstige Mitteilungen (Art. 21 DSGVO). Schriftverkehr zu unserem Kundenkonto richten Sie bitte ausschließlich auf dem Postweg an die Verwaltung.\n\n"
            "Mit freundlichen Grüßen\n"
            "Dr. Ulrike Stein\n"
            "Verwaltungsleitung\n"
            "Seniorenresidenz am Park gGmbH"
        ),
        facts=Facts(note="objection to e-mail use plus post only"),
    ),
    Reply(
        key="un-fr-1",
        intent="unsubscribe",
        lang="fr",
        who=("Marc Lemoine", "marc.lemoine@moveon-fitness.example"),
        when="2027-05-15 09:12 +0200",
        client="iphone",
        body="Merci de ne plus m'écrire sur cette adresse, c'est ma boîte perso.",
        facts=Facts(
            note="stop request; 'my personal box' gives no other address, and unsubscribe beats wrong_contact"
        ),
    ),
    Reply(
        key="un-fr-2",
        intent="unsubscribe",
        lang="fr",
        who=("Hôtel Le Cap – Direction", "direction@hotel-lecap-biarritz.example"),
        when="2027-05-27 16:20 +0200",
        client="outlook",
        charset="windows-1252",
        body=(
            "Madame, Monsieur,\n\n"
            "Cette facture est contestée depuis le mois de mars, comme nous vous l'avons écrit à deux reprises, et vous continuez à nous adresser des relances automatiques.\n\n"
            "Le dossier est désormais entre les mains de notre avocate, Maître Hélène Girard, du barreau de Bayonne. Toute correspondance doit lui être adressée. Nous ne répondrons plus aux e-mails envoyés à cette adresse.\n\n"
            "La Direction"
        ),
        facts=Facts(note="dispute handed to a lawyer, no address: unsubscribe beats dispute"),
    ),
    Reply(
        key="un-es-1",
        intent="unsubscribe",
        lang="es",
        who=("Pilar Romero", "pilar.romero@spa-aguaviva.example"),
        when="2027-05-20 18:10 +0200",
        client="gmail_plain",
        body="Por favor, dejen de enviarme estos correos. No quiero recibir ni uno más.\n\nPilar Romero",
        facts=Facts(),
    ),
    Reply(
        key="un-es-2",
        intent="unsubscribe",
        lang="es",
        who=("Administración Residencia San Roque", "admin@residenciasanroque.example"),
        when="2027-06-04 10:40 +0200",
        client="outlook_html",
        doc="hire",
        body=(
            "Buenos días:\n\n"
            "Les comunicamos que, por decisión del patronato, esta residencia solo admite comunicaciones de cobro por correo postal certificado dirigido a nuestro domicilio social. Les rogamos que den de baja esta dirección de correo electrónico en sus envíos.\n\n"
            "Atentamente,\n"
            "Administración\n"
            "Residencia San Roque"
        ),
        facts=Facts(note="post only"),
    ),
    Reply(
        key="un-nl-1",
        intent="unsubscribe",
        lang="nl",
        who=("Anouk", "anouk@yogastudio-zen-haarlem.example"),
        when="2027-05-16 11:02 +0200",
        client="gmail_plain",
        body="Graag uitschrijven.",
        facts=Facts(),
    ),
    Reply(
        key="un-nl-2",
        intent="unsubscribe",
        lang="nl",
        who=("Ruud Peeters", "ruud@cafe-demolen.example"),
        when="2027-05-12 19:55 +0200",
        client="iphone",
        body="Ik betaal vrijdag, maar stop alsjeblieft met die dagelijkse mails. Eén herinnering is genoeg.\n\nRuud",
        facts=Facts(
            note="promise plus stop request: unsubscribe wins and the promised date is not labelled"
        ),
    ),
    Reply(
        key="un-it-1",
        intent="unsubscribe",
        lang="it",
        who=("Sergio Fontana", "sergio@trattoriadasergio.example"),
        when="2027-05-24 22:30 +0200",
        client="apple",
        charset="iso-8859-1",
        body="Cancellatemi dalla vostra lista, grazie. Per qualsiasi cosa mandate una raccomandata.",
        facts=Facts(note="remove me plus post only (registered letter)"),
    ),
]

AUTO_REPLY: list[Reply] = [
    Reply(
        key="ar-en-1",
        intent="auto_reply",
        lang="en",
        who=("Sarah Bennett", "s.bennett@lakesidehotel-windermere.example"),
        when="2027-05-27 09:06 +0100",
        client="notice",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=(
            "Thank you for your email. I am on annual leave and will return on Wednesday 2 June. I will have no access to email while I am away.\n\n"
            "For urgent accounts queries please call reception on 01632 960112 and ask for the duty manager.\n\n"
            "Sarah Bennett\n"
            "Financial Controller"
        ),
        facts=Facts(return_date="2027-06-02"),
    ),
    Reply(
        key="ar-en-2",
        intent="auto_reply",
        lang="en",
        who=("Marlow & Finch Finance Support", "financesupport@marlowfinch.example"),
        when="2027-06-03 09:10 +0100",
        client="notice",
        subject="Request received [#2231871]: {rsub}",
        headers=(("X-Autoreply", "yes"), ("Precedence", "bulk")),
        body=(
            "Hello,\n\n"
            "Thank you for contacting Marlow & Finch Finance Support. Your message has been logged as request #2231871 and assigned to the Accounts Payable queue.\n\n"
            "Our standard response time is three working days. If you reply to this email, please keep the request number in the subject line so that your reply is added to the same request.\n\n"
            "Marlow & Finch Hotels – Finance Support\n"
            "This is an automated message."
        ),
        facts=Facts(note="ticket acknowledgement without Auto-Submitted; no return date"),
    ),
    Reply(
        key="ar-en-3",
        intent="auto_reply",
        lang="en",
        who=("Niamh Gallagher", "niamh@saltboxguesthouse.example"),
        when="2027-05-14 09:08 +0100",
        client="notice",
        currency="EUR",
        subject="Away until 24 May",
        headers=(AUTO_REPLIED,),
        body=(
            "Hi,\n\n"
            "I'm away until 24 May with very patchy signal, so replies will be slow. For bookings please use the website; anything about the guest house accounts will have to wait until I'm back.\n\n"
            "Niamh\n"
            "The Saltbox Guest House, Galway"
        ),
        facts=Facts(return_date="2027-05-24", note="'away until 24 May' → that date itself"),
    ),
    Reply(
        key="ar-de-1",
        intent="auto_reply",
        lang="de",
        who=("Petra Schneider", "p.schneider@hotel-am-dom-koeln.example"),
        when="2027-05-18 09:05 +0200",
        client="notice",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=(
            "Guten Tag,\n\n"
            "vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 21.05.2027, nicht im Haus. Ab Montag, 24.05.2027, bin ich wieder für Sie erreichbar.\n\n"
            "In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Aydin (buchhaltung@hotel-am-dom-koeln.example).\n\n"
            "Mit freundlichen Grüßen\n"
            "Petra Schneider\n"
            "Buchhaltung"
        ),
        facts=Facts(
            return_date="2027-05-24",
            note="'wieder erreichbar ab' wins over 'bis einschließlich'; a colleague's address in an auto-reply is not a new contact",
        ),
    ),
    Reply(
        key="ar-de-2",
        intent="auto_reply",
        lang="de",
        who=("Gasthaus Adler", "info@gasthaus-adler-schwarzwald.example"),
        when="2027-05-14 09:04 +0200",
        client="notice",
        subject="Abwesenheitsnotiz: {rsub}",
        headers=(AUTO_REPLIED, ("X-Autoreply", "yes")),
        body=(
            "Liebe Gäste, liebe Geschäftspartner,\n\n"
            "über Pfingsten machen wir eine kurze Pause: Vom 14. bis einschließlich 18. Mai 2027 ist unser Haus geschlossen und E-Mails werden nicht gelesen. Ab Mittwoch, dem 19. Mai, sind wir wieder für Sie da.\n\n"
            "Herzliche Grüße\n"
            "Familie Keller und das Adler-Team"
        ),
        facts=Facts(return_date="2027-05-19", note="holiday closure; the day back is stated"),
    ),
    Reply(
        key="ar-fr-1",
        intent="auto_reply",
        lang="fr",
        who=("Véronique Blanc", "v.blanc@hotel-lesalizes-larochelle.example"),
        when="2027-05-19 09:05 +0200",
        client="notice",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=(
            "Bonjour,\n\n"
            "Je suis absente du 17 au 31 mai inclus, sans accès à ma messagerie. Je traiterai votre message à mon retour, le mardi 1er juin.\n\n"
            "Pour toute urgence, vous pouvez joindre l'accueil de l'hôtel.\n\n"
            "Cordialement,\n"
            "Véronique Blanc\n"
            "Responsable administrative – Hôtel Les Alizés"
        ),
        facts=Facts(
            return_date="2027-06-01", note="the stated day back wins over the last day away"
        ),
    ),
    Reply(
        key="ar-fr-2",
        intent="auto_reply",
        lang="fr",
        who=(
            "Service Fournisseurs – Groupe Santé Horizon",
            "fournisseurs@groupe-sante-horizon.example",
        ),
        when="2027-05-12 09:12 +0200",
        client="notice",
        subject="[Ticket #48213] Accusé de réception – {rsub}",
        headers=(AUTO_REPLIED,),
        body=(
            "Bonjour,\n\n"
            "Nous accusons réception de votre message, enregistré sous le numéro de ticket #48213. Il sera traité par le service comptabilité fournisseurs dans les meilleurs délais.\n\n"
            "Merci de ne pas répondre à ce message : toute réponse créerait un nouveau ticket.\n\n"
            "Service Fournisseurs\n"
            "Groupe Santé Horizon"
        ),
        facts=Facts(note="ticket acknowledgement"),
    ),
    Reply(
        key="ar-nl-1",
        intent="auto_reply",
        lang="nl",
        who=("Linda Vermeulen", "linda@strandhotel-zeezicht.example"),
        when="2027-05-21 09:07 +0200",
        client="notice",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=(
            "Beste afzender,\n\n"
            "Ik ben met vakantie tot en met zondag 30 mei en lees in die periode geen e-mail. Vanaf maandag 31 mei ben ik weer aanwezig.\n\n"
            "Met vriendelijke groet,\n"
            "Linda Vermeulen\n"
            "Strandhotel Zeezicht"
        ),
        facts=Facts(
            return_date="2027-05-31", note="'vanaf maandag 31 mei' wins over 'tot en met 30 mei'"
        ),
    ),
    Reply(
        key="ar-nl-2",
        intent="auto_reply",
        lang="nl",
        who=("Sportcentrum De Meerkoet", "info@sportcentrumdemeerkoet.example"),
        when="2027-05-25 09:03 +0200",
        client="notice",
        subject="Bedankt voor je bericht",
        headers=(("Precedence", "bulk"), SUPPRESS),
        body=(
            "Hoi!\n\n"
            "Bedankt voor je bericht aan Sportcentrum De Meerkoet. We hebben je mail goed ontvangen en proberen binnen twee werkdagen te reageren. Voor vragen over je abonnement kun je ook terecht in onze app.\n\n"
            "Sportieve groet,\n"
            "Team De Meerkoet"
        ),
        facts=Facts(note="receipt acknowledgement without Auto-Submitted; no date"),
    ),
    Reply(
        key="ar-it-1",
        intent="auto_reply",
        lang="it",
        who=("Elena Ricci", "e.ricci@hotelportofino-sanremo.example"),
        when="2027-05-28 09:06 +0200",
        client="notice",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=(
            "Gentile mittente,\n\n"
            "sono fuori ufficio fino a venerdì 4 giugno compreso, con accesso limitato alla posta elettronica. Rientrerò lunedì 7 giugno e risponderò al più presto.\n\n"
            "Cordiali saluti\n"
            "Elena Ricci\n"
            "Hotel Portofino – Sanremo"
        ),
        facts=Facts(
            return_date="2027-06-07", note="the stated day back wins over the last day away"
        ),
    ),
    Reply(
        key="ar-it-2",
        intent="auto_reply",
        lang="it",
        who=("Ristorante Il Gabbiano", "info@ilgabbiano-ancona.example"),
        when="2027-06-01 09:05 +0200",
        client="notice",
        charset="iso-8859-1",
        subject="Chiusura uffici 2 giugno",
        headers=(AUTO_REPLIED,),
        body=(
            "Gentile cliente, gentile fornitore,\n\n"
            "in occasione della Festa della Repubblica i nostri uffici resteranno chiusi mercoledì 2 giugno. Le e-mail ricevute saranno lette a partire da giovedì 3 giugno.\n\n"
            "Grazie per la comprensione.\n"
            "Ristorante Il Gabbiano - Amministrazione"
        ),
        facts=Facts(
            return_date="2027-06-03", note="public-holiday closure; the day mail is read again"
        ),
    ),
    Reply(
        key="ar-es-1",
        intent="auto_reply",
        lang="es",
        who=("Sergio Vidal", "svidal@hotelmarinasitges.example"),
        when="2027-05-17 09:04 +0200",
        client="notice",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=(
            "Hola:\n\n"
            "Estoy de vacaciones hasta el 28 de mayo, sin acceso al correo. Para cualquier asunto de contabilidad, por favor contacte con administracion@hotelmarinasitges.example.\n\n"
            "Gracias,\n"
            "Sergio Vidal"
        ),
        facts=Facts(
            return_date="2027-05-28",
            note="'hasta el 28 de mayo' → that date itself; the colleague's address is not a new contact",
        ),
    ),
]

OTHER: list[Reply] = [
    Reply(
        key="ot-en-1",
        intent="other",
        lang="en",
        who=("Helen Ashby", "helen@oldrectory-bnb.example"),
        when="2027-05-13 20:18 +0100",
        client="gmail_plain",
        body="Didn't we pay this already?? Will check with Chris and come back to you.\n\nHelen",
        facts=Facts(note="a question, not a payment claim; nothing promised"),
    ),
    Reply(
        key="ot-en-2",
        intent="other",
        lang="en",
        who=("Mark Sutton", "gm@quayhotel-falmouth.example"),
        when="2027-05-10 14:26 +0100",
        client="owa",
        body="Received – I've passed this to our finance team to look at.\n\nMark Sutton\nGeneral Manager",
        facts=Facts(note="acknowledgement; passing it on is not a new contact"),
    ),
    Reply(
        key="ot-en-3",
        intent="other",
        lang="en",
        who=("Becky Lowe", "housekeeping@riversidelodgehotel.example"),
        when="2027-05-26 07:15 +0100",
        client="outlook_mobile",
        body=(
            "Morning – not sure about the invoice, I'll ask Graham. While I've got you though: can Thursday's delivery come before 7am from now on? Our room attendants start at 7 and this week we had no clean sheets until 10.\n\n"
            "Thanks\n"
            "Becky\n"
            "Head Housekeeper"
        ),
        facts=Facts(
            note="delivery request; 'I'll ask Graham' is neither a promise nor a new contact"
        ),
    ),
    Reply(
        key="ot-de-1",
        intent="other",
        lang="de",
        who=("Ralf Wenzel", "r.wenzel@fitness-pulsschlag.example"),
        when="2027-05-25 10:30 +0200",
        client="gmail",
        doc="hire",
        body=(
            "Hallo,\n\n"
            "an wen wende ich mich, wenn ich den Mietvertrag für die Handtücher zum Jahresende kündigen möchte? Und gibt es dafür eine bestimmte Frist?\n\n"
            "Viele Grüße\n"
            "Ralf Wenzel"
        ),
        facts=Facts(note="contract question in the reminder thread; nothing about this invoice"),
    ),
    Reply(
        key="ot-de-2",
        intent="other",
        lang="de",
        who=("Monika Hartl", "m.hartl@pension-alpenrose.example"),
        when="2027-06-02 08:14 +0200",
        client="iphone",
        body="Ist angekommen, danke. Ich gebe es an meinen Mann weiter.",
        facts=Facts(note="acknowledgement only"),
    ),
    Reply(
        key="ot-es-1",
        intent="other",
        lang="es",
        who=("Irene López", "irene.lopez@hotelcasablanca-ronda.example"),
        when="2027-05-12 11:30 +0200",
        client="samsung",
        body="Recibido. Se lo paso a mi jefe, que es quien lleva los pagos.\nIrene",
        facts=Facts(note="acknowledgement; passing it to the boss names no address"),
    ),
    Reply(
        key="ot-es-2",
        intent="other",
        lang="es",
        who=("Manuel Ortiz", "m.ortiz@hotelplayadorada.example"),
        when="2027-05-20 16:44 +0200",
        client="outlook",
        body=(
            "Buenas tardes:\n\n"
            "Aprovecho este correo para comentarles algo que no tiene que ver con la factura. El repartidor que viene los martes aparca la furgoneta en la entrada principal del hotel, delante de los clientes, y ya le hemos pedido varias veces que use el acceso de servicio. ¿Podrían recordárselo? Y, si fuera posible, nos vendría mejor que el reparto pasara a los lunes.\n\n"
            "Gracias y un saludo,\n"
            "Manuel Ortiz\n"
            "Jefe de Recepción – Hotel Playa Dorada"
        ),
        facts=Facts(note="delivery complaint in the reminder thread"),
    ),
    Reply(
        key="ot-nl-1",
        intent="other",
        lang="nl",
        who=("Hanneke Bos", "hanneke@hotelduinzicht.example"),
        when="2027-05-18 13:12 +0200",
        client="gmail",
        cte="b64",
        body=(
            "Goedemiddag,\n\n"
            "Is deze mail echt van jullie? Vorige maand kregen we een bericht 'namens Brennan & Holt' met een ander rekeningnummer en dat bleek nep te zijn. Ik wil eerst iemand aan de telefoon voordat we iets doen.\n\n"
            "Hanneke Bos\n"
            "Hotel Duinzicht"
        ),
        facts=Facts(note="suspicion of fraud; wants a phone call first"),
    ),
    Reply(
        key="ot-nl-2",
        intent="other",
        lang="nl",
        who=("Bas Kramer", "bas@crossfitkramer.example"),
        when="2027-06-04 17:30 +0200",
        client="iphone",
        doc="hire",
        body="We zijn per 1 juni gestopt met de box. Kunnen jullie de laatste handdoeken en de wasbakken komen ophalen? Ik ben er maandag en dinsdag nog om alles leeg te halen.\n\nBas",
        facts=Facts(
            note="business closed, asks for a pickup; nothing about paying, the owner is still the contact"
        ),
    ),
    Reply(
        key="ot-it-1",
        intent="other",
        lang="it",
        who=("Simona", "simona@bbcasarosa-lecce.example"),
        when="2027-05-26 12:48 +0200",
        client="iphone",
        body="Ricevuto 👍",
        facts=Facts(note="emoji acknowledgement, not a payment claim"),
    ),
    Reply(
        key="ot-it-2",
        intent="other",
        lang="it",
        who=("Alessandro Moretti", "alessandro@osteriadelponte-verona.example"),
        when="2027-05-13 16:05 +0200",
        client="gmail",
        body=(
            "Buongiorno,\n\n"
            "approfitto della vostra mail per una questione che rimando da settimane. Da giugno cambiamo tutti i tavoli della sala grande: passiamo dai quadrati da 80 ai rotondi da 120, e in terrazza mettiamo dei tavoli lunghi da otto. Le tovaglie che ci date adesso quindi non vanno più bene. Mi servirebbe un preventivo per tovaglie rotonde (diametro 180 circa?) e per dei runner, sempre bianchi, e sapere se per il cambio c'è un costo o se basta modificare il contratto.\n\n"
            "Per la fattura ne parlo con il commercialista.\n\n"
            "Grazie, buona giornata\n"
            "Alessandro Moretti\n"
            "Osteria del Ponte"
        ),
        facts=Facts(
            note="quote request for new linen; 'ne parlo con il commercialista' is no commitment"
        ),
    ),
    Reply(
        key="ot-fr-1",
        intent="other",
        lang="fr",
        who=("Sophie Renard", "sophie@spa-lesthermes-evian.example"),
        when="2027-05-20 18:25 +0200",
        client="iphone",
        body="Bonjour, je vous appelle demain matin pour faire le point sur notre compte.\nSophie",
        facts=Facts(note="announces a call; no commitment to pay, nothing contested"),
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
# Bounces: machine skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------

EXCHANGE_SENDER = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@brennanholt-linen.example>"


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder sent to ``rcpt`` ``queued`` minutes before ``when``."""

    key: str
    lang: Lang
    kind: Kind
    status: str
    rcpt: str
    when: str
    build: Callable[[Bounce], Message]
    queued: int = 3
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return parse_when(self.when)

    @property
    def sent(self) -> datetime:
        return self.dt - timedelta(minutes=self.queued)

    @property
    def domain(self) -> str:
        return self.rcpt.split("@")[1]

    def spec(self) -> Reply:
        """The reminder that bounced, described like a reply so that its text can be rendered."""
        return Reply(
            key=self.key,
            intent="bounce",
            lang=self.lang,
            who=("", self.rcpt),
            when=self.when,
            client="notice",
            body="",
        )

    def subject(self) -> str:
        return REMINDER_SUBJECT[self.lang].format(inv=self.spec().invoice)

    def reminder(self) -> Message:
        msg = text_part(reminder_text(self.spec(), self.sent))
        msg["From"] = mailbox(AR_NAME[self.lang], AR_ADDR)
        msg["To"] = self.rcpt
        msg["Subject"] = header_value(self.subject(), charset="utf-8")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = reminder_msgid(self.key)
        content_headers_last(msg)
        return msg


def delivery_status(
    b: Bounce, *, mta: str, action: str, diagnostic: str, remote: str = ""
) -> Message:
    """The machine-readable message/delivery-status part (RFC 3464)."""
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(b.sent)}\n"
    lines = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        lines.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=2))}")
    status = Message()
    status["Content-Type"] = "message/delivery-status"
    status.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(lines) + "\n")]
    )
    return status


def returned_headers(b: Bounce) -> Message:
    text = "".join(f"{name}: {value}\n" for name, value in b.reminder().items())
    return text_part(text, subtype="rfc822-headers", charset="us-ascii", cte="8bit")


def report(*parts: Message) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def plain_notice(text: str) -> Message:
    """A bounce notice without any MIME header, as some old MTAs still send."""
    msg = Message()
    msg.set_payload(text)
    return msg


def finish(
    b: Bounce, msg: Message, *, sender: str, subject: str, extra: tuple[tuple[str, str], ...] = ()
) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_value(subject, charset="utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].partition("@")[2]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 24).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    return finalize(msg, key=b.key, style="bounce")


def bounce_postfix(b: Bounce) -> Message:
    diagnostic = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    human = (
        f"This is the mail system at host mx-out2.{AR_DOMAIN}.\n\n"
        "Your message could not be delivered to one or more of its recipients.\n"
        "The receiving mail server rejected the address permanently, so no\n"
        "further delivery attempts will be made. The original message is attached.\n\n"
        f"Need help? Forward this report to postmaster@{AR_DOMAIN}.\n\n"
        "                   The mail system\n\n"
        + textwrap.fill(
            f"<{b.rcpt}>: host mail.{b.domain}[198.51.100.23] said: {diagnostic} (in reply to RCPT TO command)",
            width=76,
            subsequent_indent="    ",
            break_on_hyphens=False,
        )
        + "\n"
    )
    msg = report(
        text_part(human, charset="us-ascii", cte="8bit"),
        delivery_status(
            b,
            mta=f"mx-out2.{AR_DOMAIN}",
            action="failed",
            diagnostic=diagnostic,
            remote=f"mail.{b.domain}",
        ),
        MIMEMessage(b.reminder()),
    )
    sender = f"MAILER-DAEMON@mx-out2.{AR_DOMAIN} (Mail Delivery System)"
    return finish(b, msg, sender=sender, subject="Undelivered Mail Returned to Sender")


def bounce_sendmail_delay(b: Bounce) -> Message:
    human = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {format_datetime(b.sent)}\n"
        f"from collect-app.{AR_DOMAIN} [192.0.2.15]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with mail.{b.domain}.\n"
        "Warning: message still undelivered after 4 hours\n"
        "Will keep trying until message is 2 days old\n"
    )
    msg = report(
        text_part(human, charset="us-ascii", cte="8bit"),
        delivery_status(
            b,
            mta=f"relay1.{AR_DOMAIN}",
            action="delayed",
            diagnostic="441 4.4.1 Connection timed out",
            remote=f"mail.{b.domain}",
        ),
        returned_headers(b),
    )
    sender = f"Mail Delivery Subsystem <MAILER-DAEMON@relay1.{AR_DOMAIN}>"
    return finish(b, msg, sender=sender, subject="Warning: could not send message for past 4 hours")


def bounce_gmail_delay(b: Bounce) -> Message:
    lines = [
        "** Message not delivered yet **",
        f"There was a temporary problem delivering your message to {b.rcpt}. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.",
        "The response was:",
        "452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp 5b1f17b1804b1-43a1b2c3d4esi88412345f.311 - gsmtp",
    ]
    markup = (
        "<html><body>"
        + "".join(f"<p>{html.escape(line)}</p>" for line in lines)
        + "</body></html>\n"
    )
    msg = report(
        alternative(text_part("\n\n".join(lines) + "\n"), text_part(markup, subtype="html")),
        delivery_status(
            b,
            mta="mx.google.com",
            action="delayed",
            diagnostic="452-4.2.2 The recipient's inbox is out of storage space.",
            remote="gmail-smtp-in.l.google.com",
        ),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Delay)",
    )


def exchange_html(title: str, paragraphs: list[str], diagnostic: str) -> str:
    body = "".join(
        f'<p style="font-family:Segoe UI,Frutiger,Arial,sans-serif;font-size:14px">{html.escape(p)}</p>'
        for p in paragraphs
    )
    return (
        "<html><head></head><body>"
        f'<div style="font-family:Segoe UI,Frutiger,Arial,sans-serif;font-size:21px;color:#c00000">{html.escape(title)}</div>'
        f"{body}"
        f'<p style="font-family:Consolas,Courier New,monospace;font-size:12px;color:#333333">{html.escape(diagnostic)}</p>'
        "</body></html>\n"
    )


def exchange_human(title: str, paragraphs: list[str], diagnostic: str) -> Message:
    plain = "\n\n".join([title, *paragraphs, diagnostic]) + "\n"
    return alternative(
        text_part(plain), text_part(exchange_html(title, paragraphs, diagnostic), subtype="html")
    )


def bounce_exchange_de(b: Bounce) -> Message:
    reason = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    human = exchange_human(
        f"Ihre Nachricht hat {b.rcpt} nicht erreicht.",
        [
            f"Die Adresse {b.rcpt} wurde in der Zieldomäne nicht gefunden. Möglicherweise ist sie falsch geschrieben oder existiert nicht mehr.",
            "So beheben Sie das Problem: Überprüfen Sie die Empfängeradresse und senden Sie die Nachricht erneut. Besteht das Problem weiterhin, fragen Sie den Empfänger auf anderem Weg, etwa telefonisch, nach der richtigen Adresse.",
            "Weitere Informationen für E-Mail-Administratoren",
            "Generierender Server: VI1PR03MB6402.eurprd03.prod.outlook.com",
        ],
        f"Vom Remoteserver zurückgegebener Fehler: '{reason}'",
    )
    msg = report(
        human,
        delivery_status(
            b, mta="VI1PR03MB6402.eurprd03.prod.outlook.com", action="failed", diagnostic=reason
        ),
        MIMEMessage(b.reminder()),
    )
    return finish(b, msg, sender=EXCHANGE_SENDER, subject=f"Unzustellbar: {b.subject()}")


def bounce_isp_fr(b: Bounce) -> Message:
    original = "".join(
        f"{name}: {value}\n"
        for name, value in b.reminder().items()
        if name.lower().startswith(("from", "to", "subject", "date", "message-id"))
    )
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du service de messagerie messagerie-fr.example.\n\n"
        "Votre message n'a pas pu être remis au destinataire suivant :\n\n"
        f"    {b.rcpt}\n\n"
        "Motif : la boîte aux lettres du destinataire a été désactivée par son titulaire.\n"
        "Code d'erreur : 550 5.2.1 Mailbox disabled, not accepting messages\n\n"
        "Cette erreur est définitive : aucune nouvelle tentative ne sera effectuée. Vérifiez l'adresse ou contactez votre correspondant par un autre moyen.\n\n"
        "----- En-têtes du message d'origine -----\n"
        f"{original}"
    )
    msg = text_part(text)
    return finish(
        b,
        msg,
        sender="MAILER-DAEMON@smtp.messagerie-fr.example",
        subject=f"Message non délivré : {b.subject()}",
    )


def bounce_exchange_fr(b: Bounce) -> Message:
    reason = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    human = exchange_human(
        f"Votre message n'a pas pu être remis à {b.rcpt}.",
        [
            "La boîte aux lettres du destinataire est pleine et ne peut pas recevoir de nouveaux messages pour l'instant.",
            "Comment résoudre ce problème : renvoyez votre message plus tard ou prévenez le destinataire par un autre moyen pour qu'il libère de l'espace.",
            "Informations de diagnostic pour les administrateurs",
            "Serveur de génération : PA4PR10MB5871.eurprd10.prod.outlook.com",
        ],
        f"Le serveur distant a renvoyé '{reason}'",
    )
    msg = report(
        human,
        delivery_status(
            b, mta="PA4PR10MB5871.eurprd10.prod.outlook.com", action="failed", diagnostic=reason
        ),
        returned_headers(b),
    )
    return finish(b, msg, sender=EXCHANGE_SENDER, subject=f"Non remis : {b.subject()}")


def bounce_exchange_es(b: Bounce) -> Message:
    reason = "550 5.4.1 Recipient address rejected: Access denied. [AM4PEPF00027A6B.eurprd04.prod.outlook.com]"
    human = exchange_human(
        f"No se pudo entregar el mensaje a {b.rcpt}.",
        [
            "El servidor de correo del destinatario rechazó la dirección: no existe en su organización o no acepta mensajes de remitentes externos.",
            "Cómo solucionarlo: compruebe la dirección del destinatario. Si es correcta, póngase en contacto con el destinatario por otro medio y pídale que lo revise con su administrador de correo.",
            "Información de diagnóstico para administradores",
            "Servidor que generó el informe: DB8PR02MB5530.eurprd02.prod.outlook.com",
        ],
        f"El servidor remoto devolvió '{reason}'",
    )
    msg = report(
        human,
        delivery_status(
            b, mta="DB8PR02MB5530.eurprd02.prod.outlook.com", action="failed", diagnostic=reason
        ),
        MIMEMessage(b.reminder()),
    )
    return finish(b, msg, sender=EXCHANGE_SENDER, subject=f"No se puede entregar: {b.subject()}")


def bounce_gateway_es(b: Bounce) -> Message:
    rows = [
        ("Destinatario", b.rcpt),
        ("Asunto", b.subject()),
        ("Enviado", format_datetime(b.sent)),
        ("Estado", "4.7.1 (error temporal)"),
        (
            "Respuesta del servidor de destino",
            "451 4.7.1 Greylisted, please try again in 300 seconds",
        ),
    ]
    intro = "Este aviso lo genera automáticamente la pasarela de correo seguro. El mensaje indicado más abajo todavía no se ha entregado. No es necesario que lo reenvíe."
    outro = "El servidor del destinatario ha aplazado temporalmente la entrega (listas grises). La pasarela seguirá intentándolo durante las próximas 24 horas y le avisará si la entrega falla de forma definitiva."
    plain = (
        "AVISO DE ENTREGA RETRASADA\n\n"
        + intro
        + "\n\n"
        + "\n".join(f"{k}: {v}" for k, v in rows)
        + "\n\n"
        + outro
        + "\n"
    )
    table = "".join(
        f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in rows
    )
    markup = (
        '<html><body style="font-family:Arial,sans-serif"><h2 style="color:#b36b00">AVISO DE ENTREGA RETRASADA</h2>'
        f'<p>{html.escape(intro)}</p><table cellpadding="4">{table}</table><p>{html.escape(outro)}</p></body></html>\n'
    )
    msg = alternative(text_part(plain), text_part(markup, subtype="html"))
    sender = "Pasarela de Correo Seguro <no-responder@pasarela.correoseguro-cloud.example>"
    return finish(
        b,
        msg,
        sender=sender,
        subject=f"Aviso de entrega retrasada: {b.subject()}",
        extra=(("X-Failed-Recipients", b.rcpt),),
    )


def bounce_exim_nl(b: Bounce) -> Message:
    text = (
        "Dit bericht is automatisch aangemaakt door de mailserver.\n\n"
        "Een bericht dat u heeft verstuurd kon niet worden afgeleverd bij een of meer\n"
        "ontvangers. Dit is een permanente fout. Het volgende adres is mislukt:\n\n"
        f"  {b.rcpt}\n"
        f"    host mx.{b.domain} [203.0.113.57]\n"
        f"    SMTP-fout van de ontvangende server na RCPT TO:<{b.rcpt}>:\n"
        f"    550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown\n\n"
        "------ Dit is een kopie van het bericht, inclusief alle headers. ------\n\n"
        f"{b.reminder().as_string()}\n"
    )
    sender = "Mail Delivery System <Mailer-Daemon@mx3.webhosting-nl.example>"
    return finish(
        b,
        plain_notice(text),
        sender=sender,
        subject="Bezorging mislukt: bericht teruggestuurd naar afzender",
        extra=(("X-Failed-Recipients", b.rcpt),),
    )


def bounce_exchange_nl(b: Bounce) -> Message:
    reason = f"441 4.4.7 Connection timed out. Timeout connecting to mx.{b.domain}"
    human = exchange_human(
        "Bezorging is vertraagd voor deze ontvangers of groepen:",
        [
            b.rcpt,
            f"Onderwerp: {b.subject()}",
            "Dit bericht is nog niet bezorgd. De server blijft het de komende 44 uur proberen en u krijgt bericht als het dan nog niet gelukt is.",
            "Diagnostische informatie voor beheerders",
            "Genererende server: AM9PR04MB8123.eurprd04.prod.outlook.com",
        ],
        f"[{{LED={reason}}};{{FQDN=mx.{b.domain}}};{{IP=203.0.113.91}}]",
    )
    msg = report(
        human,
        delivery_status(
            b, mta="AM9PR04MB8123.eurprd04.prod.outlook.com", action="delayed", diagnostic=reason
        ),
        returned_headers(b),
    )
    return finish(b, msg, sender=EXCHANGE_SENDER, subject=f"Vertraagd: {b.subject()}")


def bounce_qmail_it(b: Bounce) -> Message:
    text = (
        "Salve. Questo e' il programma qmail-send all'indirizzo smtp7.hostingitalia.example.\n"
        "Mi dispiace, ma non e' stato possibile consegnare il messaggio ai seguenti indirizzi.\n"
        "Si tratta di un errore permanente; ho rinunciato.\n\n"
        f"<{b.rcpt}>:\n"
        "203.0.113.88 does not like recipient.\n"
        f"Remote host said: 550 5.1.1 <{b.rcpt}>: utente inesistente (#5.1.1)\n"
        "Giving up on 203.0.113.88.\n\n"
        "--- Di seguito una copia del messaggio.\n\n"
        f"{b.reminder().as_string()}\n"
    )
    return finish(
        b,
        plain_notice(text),
        sender="MAILER-DAEMON@smtp7.hostingitalia.example",
        subject="failure notice",
    )


def bounce_isp_it(b: Bounce) -> Message:
    text = (
        "Gentile utente,\n\n"
        "il messaggio da lei inviato non è stato ancora consegnato al destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        "Motivo: il dominio del destinatario è temporaneamente irraggiungibile (errore DNS, codice 4.4.3).\n"
        "Il sistema continuerà a tentare la consegna per i prossimi 4 giorni. Non è necessario inviare di nuovo il messaggio: se la consegna dovesse fallire definitivamente riceverà un ulteriore avviso.\n\n"
        "Dettagli del messaggio\n"
        f"Oggetto: {b.subject()}\n"
        f"Data di invio: {format_datetime(b.sent)}\n\n"
        "Servizio Posta – PostaNet Italia"
    )
    sender = "Servizio Posta PostaNet <postmaster@postanet-italia.example>"
    return finish(
        b, text_part(text), sender=sender, subject="Avviso: messaggio non ancora consegnato"
    )


BOUNCES: list[Bounce] = [
    Bounce(
        key="bo-en-1",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="accounts@seafrontsuites-brighton.example",
        when="2027-05-12 09:06 +0100",
        build=bounce_postfix,
        note="Postfix RFC 3464 report with the whole message returned",
    ),
    Bounce(
        key="bo-en-2",
        lang="en",
        kind="soft",
        status="4.4.1",
        rcpt="finance@hollybankhotel.example",
        when="2027-05-25 13:15 +0100",
        build=bounce_sendmail_delay,
        queued=245,
        note="sendmail 4-hour delay warning",
    ),
    Bounce(
        key="bo-en-3",
        lang="en",
        kind="soft",
        status="4.2.2",
        rcpt="thecornmill.bookings@gmail.com",
        when="2027-06-02 09:41 +0100",
        build=bounce_gmail_delay,
        queued=38,
        note="Gmail delay notice, recipient over quota",
    ),
    Bounce(
        key="bo-de-1",
        lang="de",
        kind="hard",
        status="5.1.10",
        rcpt="rechnungswesen@hotel-sonnenhang-oberstdorf.example",
        when="2027-05-19 09:04 +0200",
        build=bounce_exchange_de,
    ),
    Bounce(
        key="bo-fr-1",
        lang="fr",
        kind="hard",
        status="5.2.1",
        rcpt="hotel.beausejour@messagerie-fr.example",
        when="2027-05-17 09:07 +0200",
        build=bounce_isp_fr,
        note="French provider notice, single text part, mailbox disabled",
    ),
    Bounce(
        key="bo-fr-2",
        lang="fr",
        kind="soft",
        status="5.2.2",
        rcpt="direction@residence-lesglycines.example",
        when="2027-05-31 09:05 +0200",
        build=bounce_exchange_fr,
        note="mailbox full reported with a 5.x code: soft, the code is kept",
    ),
    Bounce(
        key="bo-es-1",
        lang="es",
        kind="hard",
        status="5.4.1",
        rcpt="contabilidad@hotelcalaazul-menorca.example",
        when="2027-05-13 09:04 +0200",
        build=bounce_exchange_es,
    ),
    Bounce(
        key="bo-es-2",
        lang="es",
        kind="soft",
        status="4.7.1",
        rcpt="compras@hotelsierrablanca.example",
        when="2027-05-26 09:21 +0200",
        build=bounce_gateway_es,
        queued=15,
        note="security gateway greylisting notice, not RFC 3464",
    ),
    Bounce(
        key="bo-nl-1",
        lang="nl",
        kind="hard",
        status="5.1.1",
        rcpt="boekhouding@hotelgraafwillem.example",
        when="2027-05-10 09:06 +0200",
        build=bounce_exim_nl,
        note="Exim with a Dutch template, non-MIME, message returned inline",
    ),
    Bounce(
        key="bo-nl-2",
        lang="nl",
        kind="soft",
        status="4.4.7",
        rcpt="inkoop@hotel-dewitteduif.example",
        when="2027-05-20 13:10 +0200",
        build=bounce_exchange_nl,
        queued=245,
    ),
    Bounce(
        key="bo-it-1",
        lang="it",
        kind="hard",
        status="5.1.1",
        rcpt="ufficio.acquisti@albergolaquercia.example",
        when="2027-05-24 09:05 +0200",
        build=bounce_qmail_it,
        note="qmail-send in Italian, non-MIME, message returned inline",
    ),
    Bounce(
        key="bo-it-2",
        lang="it",
        kind="soft",
        status="4.4.3",
        rcpt="info@pensionealpina-bormio.example",
        when="2027-06-03 15:30 +0200",
        build=bounce_isp_it,
        queued=360,
        note="Italian provider delay notice, single text part",
    ),
]


def assign_invoices() -> dict[str, str]:
    """Reminders without a hand-picked invoice number get an unused one, deterministically."""
    taken = {r.inv for r in REPLIES} | {
        ref for r in REPLIES for ref in r.facts.get("invoice_refs", [])
    }
    pool = shuffled(
        [f"LIN-{n}" for n in range(40200, 40900) if f"LIN-{n}" not in taken], salt="invoice-pool"
    )
    keys = [r.key for r in REPLIES if not r.inv] + [b.key for b in BOUNCES]
    return dict(zip(keys, pool, strict=False))


INVOICES = assign_invoices()


# --------------------------------------------------------------------------------------------
# Labels, checks and output
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> Label:
    f = r.facts
    return Label(
        file="",
        intent=r.intent,
        promised_date=f.get("promised_date"),
        paid_date=f.get("paid_date"),
        return_date=f.get("return_date"),
        payment_reference=f.get("payment_reference"),
        amount=f.get("amount"),
        currency=f.get("currency"),
        new_contact=f.get("new_contact"),
        bounce_kind=None,
        failed_recipient=None,
        bounce_status=None,
        invoice_refs=list(f.get("invoice_refs", [])),
        language=r.lang,
        note=f.get("note"),
    )


def bounce_label(b: Bounce) -> Label:
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


ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
INVOICE = re.compile(r"^LIN-\d{5}$")
ADDRESS = re.compile(r"^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+$")
OWN_FIELDS: dict[str, frozenset[Intent]] = {
    "promised_date": frozenset({"promise_to_pay"}),
    "paid_date": frozenset({"payment_sent"}),
    "return_date": frozenset({"auto_reply"}),
    "payment_reference": frozenset({"payment_sent", "promise_to_pay"}),
    "amount": frozenset({"payment_sent", "promise_to_pay"}),
    "new_contact": frozenset({"wrong_contact"}),
}


def value_problems(view: dict[str, object]) -> Iterator[str]:
    """Malformed values: dates, amounts, addresses, invoice numbers."""
    for name in ("promised_date", "paid_date", "return_date"):
        value = view[name]
        if value is not None and not (
            isinstance(value, str) and ISO_DATE.match(value) and date.fromisoformat(value)
        ):
            yield f"bad {name}"
    amount = view["amount"]
    if amount is not None and not (isinstance(amount, str) and AMOUNT.match(amount)):
        yield "bad amount"
    if (amount is None) != (view["currency"] is None):
        yield "amount and currency go together"
    contact = view["new_contact"]
    if contact is not None and not (isinstance(contact, str) and ADDRESS.match(contact)):
        yield "new_contact must be a lower-case address"
    refs = view["invoice_refs"]
    if not isinstance(refs, list) or not all(
        isinstance(ref, str) and INVOICE.match(ref) for ref in refs
    ):
        yield "bad invoice ref"


def placement_problems(view: dict[str, object]) -> Iterator[str]:
    """Fields set on an intent they do not belong to."""
    intent = view["intent"]
    for name, intents in OWN_FIELDS.items():
        if view[name] is not None and intent not in intents:
            yield f"{name} set on {intent}"
    is_bounce = intent == "bounce"
    if any(
        (view[name] is None) == is_bounce
        for name in ("bounce_kind", "failed_recipient", "bounce_status")
    ):
        yield "bounce fields must be set exactly on bounces"


def label_problems(label: Label) -> list[str]:
    view: dict[str, object] = dict(label)
    problems = [] if tuple(view) == LABEL_KEYS else ["keys out of order"]
    return [*problems, *value_problems(view), *placement_problems(view)]


def spec_problems(r: Reply) -> Iterator[str]:
    """A hand-written spec must be dated in range and name its invoices in its own new text."""
    if not FIRST_DAY <= r.dt.date() <= LAST_DAY:
        yield "dated outside the corpus window"
    written = " ".join([r.body, r.markup, *(text for _, text in r.inline)])
    for ref in r.facts.get("invoice_refs", []):
        if ref[4:] not in written:
            yield f"{ref} is not in the new text"


def parse_problems(data: bytes) -> list[str]:
    """Parse a written message back: headers decoded, every text part decodable, no defects."""
    msg = message_from_bytes(data, policy=policy.default)
    problems = [
        f"no {name}"
        for name in ("From", "To", "Subject", "Date", "Message-ID")
        if msg[name] is None
    ]
    for part in msg.walk():
        problems += [f"defect {defect!r}" for defect in part.defects]
        for name, value in part.items():
            problems += [f"{name}: {defect!r}" for defect in getattr(value, "defects", [])]
            if "=?" in str(value):
                problems.append(f"{name} left encoded")
        if part.get_content_maintype() == "text" and "\ufffd" in part.get_content():
            problems.append(f"{part.get_content_type()} does not decode")
    return problems


def count_problems(labels: list[Label]) -> list[str]:
    cells = Counter((label["intent"], label["language"]) for label in labels)
    problems = []
    for intent in INTENTS:
        if sum(cells[intent, lang] for lang in LANGS) != 12:
            problems.append(f"{intent}: not 12 messages")
        problems += [f"{intent}: no {lang}" for lang in LANGS if not cells[intent, lang]]
    kinds = Counter(label["bounce_kind"] for label in labels if label["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        problems.append(f"bounce kinds {dict(kinds)}")
    invoices = Counter([r.invoice for r in REPLIES] + [b.spec().invoice for b in BOUNCES])
    problems += [f"invoice {inv} reminded twice" for inv, seen in invoices.items() if seen > 1]
    for r in REPLIES:
        clashes = (set(r.facts.get("invoice_refs", [])) - {r.invoice}) & set(invoices)
        problems += [
            f"{r.key} mentions {inv}, which another reminder is about" for inv in sorted(clashes)
        ]
    bodies = Counter(r.body for r in REPLIES)
    problems += [f"body written twice: {body[:40]!r}" for body, seen in bodies.items() if seen > 1]
    return problems


def count_table(labels: list[Label]) -> str:
    cells = Counter((label["intent"], label["language"]) for label in labels)
    rows = ["| intent | " + " | ".join(LANGS) + " | total |", "|---|" + "---:|" * (len(LANGS) + 1)]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[intent, lang] for intent in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def build_all() -> list[tuple[str, Message, Label]]:
    items = [(r.key, build_reply(r), reply_label(r)) for r in REPLIES]
    items += [(b.key, b.build(b), bounce_label(b)) for b in BOUNCES]
    keys = Counter(key for key, _, _ in items)
    twice = [key for key, seen in keys.items() if seen > 1]
    if twice:
        raise SystemExit(f"duplicate keys: {twice}")
    return items


OUTPUT_POLICY = policy.compat32.clone(max_line_length=998)


def write_all() -> list[Label]:
    problems = [f"{r.key}: {p}" for r in REPLIES for p in spec_problems(r)]
    items = shuffled(build_all(), salt="file-order")
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for position, (key, msg, label) in enumerate(items, start=1):
        name = f"{PREFIX}-{position:03d}.eml"
        data = msg.as_bytes(policy=OUTPUT_POLICY)
        label["file"] = name
        problems += [
            f"{name} ({key}): {p}" for p in [*parse_problems(data), *label_problems(label)]
        ]
        (HERE / name).write_bytes(data)
        labels.append(label)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(label, ensure_ascii=False) + "\n" for label in labels)
    problems += count_problems(labels)
    if problems:
        raise SystemExit("\n".join(problems))
    return labels


def main() -> int:
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(label["bounce_kind"] for label in labels if label["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft")
    return 0


if __name__ == "__main__":
    sys.exit(main())
