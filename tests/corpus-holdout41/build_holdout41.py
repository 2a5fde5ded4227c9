# ruff: noqa: E501, RUF001
# Hand-written message text keeps one paragraph per line, as mail clients send it, and keeps the
# typographic dashes, quotes and non-breaking spaces that people and their clients really type.
"""Build held-out reply corpus 41: `h41-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Verdant Solar (solar-panel installation and
maintenance) after it sent an overdue reminder. The new text of each message is written by hand
below; the script adds only what a mail client or a mail server would add: the quoted reminder in
the client's layout and language, headers, MIME structure, charsets and transfer encodings.
It writes next to itself, deterministically (fixed seed, boundaries and Message-IDs derived from
each message's key, no clock), parses every message back as a check and prints the count table.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import quopri
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from textwrap import dedent
from typing import Literal, TypedDict

HERE = Path(__file__).resolve().parent
PREFIX = "h41"
SEED = 41_20261123
AR_ADDR = "receivables@verdant-solar.example"
AR_DOMAIN = "verdant-solar.example"
FIRST_DAY = date(2026, 11, 23)
LAST_DAY = date(2026, 12, 18)
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
Cte = Literal["quoted-printable", "base64", "8bit", "7bit"]


# --------------------------------------------------------------------------------------------
# Types
# --------------------------------------------------------------------------------------------


class Label(TypedDict):
    """One line of labels.jsonl, keys in the order of the corpus format."""

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


class Extract(TypedDict, total=False):
    """The hand-set label fields of one reply; everything left out is null or empty."""

    promised_date: str
    paid_date: str
    return_date: str
    payment_reference: str
    amount: str
    currency: str
    new_contact: str
    invoice_refs: list[str]
    note: str


@dataclass(frozen=True, kw_only=True)
class Reply:
    """A message written by a customer, a customer's system or an auto-responder."""

    key: str
    lang: Lang
    intent: Intent
    client: str
    name: str
    addr: str
    when: str
    inv: str
    amt: str
    text: str
    x: Extract
    cur: str = "EUR"
    account: str = ""
    to_addr: str = ""
    charset: str = "utf-8"
    cte: Cte = "quoted-printable"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    threaded: bool = True
    device: str = ""
    attachment: str = ""
    days_before: int = 1


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder that did not reach the customer."""

    key: str
    lang: Lang
    kind: Literal["hard", "soft"]
    status: str
    rcpt: str
    when: str
    inv: str
    amt: str
    account: str
    mta: str
    cur: str = "EUR"
    note: str = ""
    queued_minutes: int = 3


@dataclass(frozen=True)
class Part:
    """A MIME entity as it goes on the wire: header lines and an encoded body."""

    headers: tuple[tuple[str, str], ...]
    body: bytes


@dataclass(frozen=True)
class Quote:
    """What a client knows about the reminder it is answering."""

    subject: str
    sender_name: str
    sender_addr: str
    to_name: str
    to_addr: str
    sent: datetime
    text: str
    loc: str


@dataclass(frozen=True)
class Built:
    """A finished message with its key, label (file name added when written) and new text."""

    key: str
    data: bytes
    label: Label
    new_text: str


# --------------------------------------------------------------------------------------------
# Locale tables
# --------------------------------------------------------------------------------------------

WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
WEEKDAYS_SHORT = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo Di Mi Do Fr Sa So",
    "fr": "lun mar mer jeu ven sam dim",
    "es": "lun mar mié jue vie sáb dom",
    "nl": "ma di wo do vr za zo",
    "it": "lun mar mer gio ven sab dom",
}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
MONTHS_SHORT = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}

# Locales: the six languages, plus "en-us" for the American customers.
SENT_FMT = {
    "en": "{wd}, {d} {mon} {y} {HH}:{mm}",
    "en-us": "{wd}, {mon} {d}, {y} {h12}:{mm} {ampm}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{mm}",
    "fr": "{wd} {d} {mon} {y} {HH}:{mm}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{mm}",
    "nl": "{wd} {d} {mon} {y} {HH}:{mm}",
    "it": "{wd} {d} {mon} {y} {HH}:{mm}",
}
GMAIL_ATTR = {
    "en": "On {wds}, {d} {mons} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "en-us": "On {wds}, {mons} {d}, {y} at {h12}:{mm} {ampm} {name} <{addr}> wrote:",
    "de": "Am {wds}., {d}. {mons} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds}. {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wds} {d} {mons} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wds} {d} {mons} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {mons} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "en-us": "On {mons} {d}, {y}, at {h12}:{mm} {ampm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mons} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mons} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mons} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
TB_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "en-us": "On {mo}/{dd}/{y} {h12}:{mm} {ampm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
SAMSUNG_DATE = {
    "en": "{dd}/{mo}/{y} {HH}:{mm} (GMT{off})",
    "en-us": "{mo}/{dd}/{y} {h12}:{mm} {ampm} (GMT{off})",
    "de": "{dd}.{mo}.{y} {HH}:{mm} (GMT{off})",
    "fr": "{dd}/{mo}/{y} {HH}:{mm} (GMT{off})",
    "es": "{dd}/{mo}/{y} {H}:{mm} (GMT{off})",
    "nl": "{dd}-{mo}-{y} {HH}:{mm} (GMT{off})",
    "it": "{dd}/{mo}/{y} {HH}:{mm} (GMT{off})",
}
# From, Sent, To, Subject, separator between label and value, and the classic divider.
OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject", ": ", "-----Original Message-----"),
    "de": ("Von", "Gesendet", "An", "Betreff", ": ", "-----Ursprüngliche Nachricht-----"),
    "fr": ("De", "Envoyé", "À", "Objet", " : ", "-----Message d'origine-----"),
    "es": ("De", "Enviado el", "Para", "Asunto", ": ", "-----Mensaje original-----"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", ": ", "-----Oorspronkelijk bericht-----"),
    "it": ("Da", "Inviato", "A", "Oggetto", ": ", "-----Messaggio originale-----"),
}
SAMSUNG_LABELS = {
    "en": ("-------- Original message --------", "From", "Date", "To", "Subject", ": "),
    "de": ("-------- Ursprüngliche Nachricht --------", "Von", "Datum", "An", "Betreff", ": "),
    "fr": ("-------- Message d'origine --------", "De", "Date", "À", "Objet", " : "),
    "es": ("-------- Mensaje original --------", "De", "Fecha", "Para", "Asunto", ": "),
    "nl": ("-------- Oorspronkelijk bericht --------", "Van", "Datum", "Aan", "Onderwerp", ": "),
    "it": ("-------- Messaggio originale --------", "Da", "Data", "A", "Oggetto", ": "),
}
OUTLOOK_RE = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ", "it": "R: "}
AUTO_PREFIX = {
    "en": "Automatic reply: ",
    "de": "Automatische Antwort: ",
    "fr": "Réponse automatique : ",
    "es": "Respuesta automática: ",
    "nl": "Automatisch antwoord: ",
    "it": "Risposta automatica: ",
}
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "en-us": "en-US",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}
DEVICE_SIG = {
    "iphone": {
        "en": "Sent from my iPhone",
        "de": "Von meinem iPhone gesendet",
        "fr": "Envoyé de mon iPhone",
        "es": "Enviado desde mi iPhone",
        "nl": "Verstuurd vanaf mijn iPhone",
        "it": "Inviato da iPhone",
    },
    "ipad": {
        "en": "Sent from my iPad",
        "de": "Von meinem iPad gesendet",
        "fr": "Envoyé de mon iPad",
        "es": "Enviado desde mi iPad",
        "nl": "Verstuurd vanaf mijn iPad",
        "it": "Inviato da iPad",
    },
    "galaxy": {
        "en": "Sent from my Galaxy",
        "de": "Von meinem Galaxy gesendet",
        "fr": "Envoyé depuis mon appareil Galaxy",
        "es": "Enviado desde mi Galaxy",
        "nl": "Verzonden vanaf mijn Galaxy",
        "it": "Inviato dal mio Galaxy",
    },
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

AR_NAME = {
    "en": "Verdant Solar Accounts Receivable",
    "de": "Verdant Solar Debitorenbuchhaltung",
    "fr": "Verdant Solar Comptabilité clients",
    "es": "Verdant Solar Cobros",
    "nl": "Verdant Solar Debiteurenadministratie",
    "it": "Verdant Solar Ufficio Crediti",
}
REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – friendly reminder",
    "de": "Zahlungserinnerung zur Rechnung {inv}",
    "fr": "Rappel : facture {inv} en attente de règlement",
    "es": "Aviso de factura vencida {inv}",
    "nl": "Betalingsherinnering factuur {inv}",
    "it": "Promemoria di pagamento – fattura {inv}",
}
REMINDER_BODY = {
    "en": """Hello,

Our records show that the invoice below, on the account of {account}, is now past its due date.

Invoice number: {inv}
Amount outstanding: {amt}
Due date: {due}

If you have already paid, thank you – please reply with the payment date and reference so that we can match it to your account. If something on the invoice does not look right, or you need a copy, simply reply to this email.

Kind regards,

Accounts Receivable
Verdant Solar
receivables@verdant-solar.example""",
    "de": """Guten Tag,

bei der Durchsicht Ihres Kundenkontos ({account}) haben wir festgestellt, dass die folgende Rechnung noch nicht ausgeglichen ist.

Rechnungsnummer: {inv}
Offener Betrag: {amt}
Fällig seit: {due}

Falls Sie bereits gezahlt haben, danken wir Ihnen und bitten um eine kurze Mitteilung von Zahlungsdatum und Verwendungszweck, damit wir die Zahlung zuordnen können. Sollte an der Rechnung etwas nicht stimmen oder benötigen Sie eine Kopie, antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen

Debitorenbuchhaltung
Verdant Solar GmbH
receivables@verdant-solar.example""",
    "fr": """Bonjour,

Sauf erreur de notre part, la facture ci-dessous, établie au nom de {account}, n'a pas encore été réglée.

Numéro de facture : {inv}
Montant restant dû : {amt}
Date d'échéance : {due}

Si vous avez déjà effectué le paiement, nous vous en remercions et vous prions de nous indiquer la date et la référence du virement afin que nous puissions le rapprocher. Si la facture vous semble inexacte ou si vous souhaitez en recevoir une copie, il vous suffit de répondre à ce message.

Cordialement,

Service Comptabilité clients
Verdant Solar SAS
receivables@verdant-solar.example""",
    "es": """Buenos días:

Según nuestros registros, la siguiente factura de su cuenta de cliente ({account}) sigue pendiente de pago.

Número de factura: {inv}
Importe pendiente: {amt}
Fecha de vencimiento: {due}

Si ya ha efectuado el pago, le agradecemos que nos indique la fecha y la referencia para poder identificarlo. Si observa algún error en la factura o necesita una copia, basta con responder a este correo.

Un saludo,

Departamento de Cobros
Verdant Solar Ibérica, S.L.
receivables@verdant-solar.example""",
    "nl": """Beste klant,

Volgens onze administratie staat de onderstaande factuur op naam van {account} nog open.

Factuurnummer: {inv}
Openstaand bedrag: {amt}
Vervaldatum: {due}

Heeft u al betaald? Dan danken wij u hartelijk en vragen wij u de betaaldatum en het betalingskenmerk door te geven, zodat wij de betaling kunnen verwerken. Klopt er iets niet aan de factuur of wilt u een kopie ontvangen? Beantwoord dan gewoon deze e-mail.

Met vriendelijke groet,

Debiteurenadministratie
Verdant Solar B.V.
receivables@verdant-solar.example""",
    "it": """Gentile cliente,

dalle nostre verifiche risulta ancora aperta la seguente fattura intestata a {account}.

Numero fattura: {inv}
Importo da saldare: {amt}
Scadenza: {due}

Se ha già provveduto al pagamento, la ringraziamo e le chiediamo di comunicarci la data e il riferimento del bonifico, così da poterlo abbinare. Se qualcosa nella fattura non le risulta corretto o desidera riceverne una copia, è sufficiente rispondere a questa email.

Cordiali saluti,

Ufficio Crediti
Verdant Solar Italia S.r.l.
receivables@verdant-solar.example""",
}
NBSP = "\u00a0"
CURRENCY_SIGN = {"EUR": "€", "GBP": "£", "USD": "$"}
DUE_FMT = {
    "en": "{d} {mon} {y}",
    "en-us": "{mon} {d}, {y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
CODECS = {"utf-8": "utf-8", "iso-8859-1": "latin-1", "windows-1252": "cp1252", "us-ascii": "ascii"}
LATIN1_FALLBACK = {"–": "-", "€": "EUR", "’": "'", "“": '"', "”": '"', "…": "...", "\u202f": " "}


# --------------------------------------------------------------------------------------------
# Dates, hashes and locale formatting
# --------------------------------------------------------------------------------------------


def parse_when(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M %z")


def locale_of(lang: str, moment: datetime) -> str:
    offset = moment.utcoffset()
    if lang == "en" and offset is not None and offset < timedelta(0):
        return "en-us"
    return lang


def date_fields(loc: str, moment: datetime) -> dict[str, str]:
    lang = loc[:2]
    offset = moment.strftime("%z")
    hour12 = moment.hour % 12 or 12
    return {
        "wd": WEEKDAYS[lang].split()[moment.weekday()],
        "wds": WEEKDAYS_SHORT[lang].split()[moment.weekday()],
        "mon": MONTHS[lang].split()[moment.month - 1],
        "mons": MONTHS_SHORT[lang].split()[moment.month - 1],
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "mo": f"{moment.month:02d}",
        "y": str(moment.year),
        "yy": f"{moment.year % 100:02d}",
        "H": str(moment.hour),
        "HH": f"{moment.hour:02d}",
        "h12": str(hour12),
        "mm": f"{moment.minute:02d}",
        "ampm": "AM" if moment.hour < 12 else "PM",
        "off": f"{offset[:3]}:{offset[3:]}",
    }


def fmt_date(template: str, loc: str, moment: datetime, **extra: str) -> str:
    return template.format(**date_fields(loc, moment), **extra)


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{SEED}:{key}:{salt}".encode()).digest()


def token(key: str, salt: str, length: int, alphabet: str = "upper") -> str:
    raw = digest(key, salt) + digest(key, salt + "+")
    if alphabet == "hex":
        return raw.hex()[:length]
    text = base64.b32encode(raw).decode("ascii").rstrip("=")
    if alphabet == "lower":
        return text.lower()[:length]
    return text[:length]


def uuid_like(key: str, salt: str, *, upper: bool) -> str:
    h = token(key, salt, 32, "hex")
    value = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"
    return value.upper() if upper else value


def format_amount(amount: str, cur: str, loc: str) -> str:
    units, cents = amount.split(".")
    grouped = f"{int(units):,}"
    sign = CURRENCY_SIGN[cur]
    if loc in ("en", "en-us"):
        return f"{sign}{grouped}.{cents}"
    if loc == "fr":
        spaced = grouped.replace(",", NBSP)
        return f"{spaced},{cents}{NBSP}{sign}"
    dotted = grouped.replace(",", ".")
    if loc in ("nl", "it"):
        return f"{sign} {dotted},{cents}"
    return f"{dotted},{cents} {sign}"


# --------------------------------------------------------------------------------------------
# Low-level MIME: encoded words, bodies, parts
# --------------------------------------------------------------------------------------------


def is_ascii(text: str) -> bool:
    return all(ord(ch) < 128 for ch in text)


def fits(text: str, charset: str) -> bool:
    try:
        text.encode(CODECS[charset])
    except UnicodeEncodeError:
        return False
    return True


def encoded_word(value: str, *, charset: str = "utf-8", enc: str = "q") -> str:
    if is_ascii(value):
        return value
    name = charset if fits(value, charset) else "utf-8"
    chs = email_charset.Charset(name)
    chs.header_encoding = email_charset.BASE64 if enc == "b" else email_charset.QP
    return Header(value, charset=chs).encode(linesep="\n", maxlinelen=76)


def mailbox(name: str, addr: str, *, charset: str = "utf-8", enc: str = "q") -> str:
    if not name:
        return addr
    if not is_ascii(name):
        return f"{encoded_word(name, charset=charset, enc=enc)} <{addr}>"
    if any(ch in name for ch in '()<>@,;:\\".[]'):
        escaped = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}" <{addr}>'
    return f"{name} <{addr}>"


def encode_body(text: str, *, charset: str, cte: Cte) -> bytes:
    data = text.encode(CODECS[charset])
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    return data


def leaf(
    text: str,
    *,
    subtype: str = "plain",
    charset: str = "utf-8",
    cte: Cte = "quoted-printable",
    params: str = "",
) -> Part:
    if not text.endswith("\n"):
        text += "\n"
    ctype = f'text/{subtype}; charset="{charset}"{params}'
    return Part(
        (("Content-Type", ctype), ("Content-Transfer-Encoding", cte)),
        encode_body(text, charset=charset, cte=cte),
    )


def binary_leaf(data: bytes, *, ctype: str, filename: str) -> Part:
    return Part(
        (
            ("Content-Type", f'{ctype}; name="{filename}"'),
            ("Content-Disposition", f'attachment; filename="{filename}"'),
            ("Content-Transfer-Encoding", "base64"),
        ),
        base64.encodebytes(data),
    )


def raw_leaf(data: bytes, *, ctype: str) -> Part:
    return Part((("Content-Type", ctype),), data)


def multipart(subtype: str, boundary: str, parts: Sequence[Part], *, params: str = "") -> Part:
    chunks = [b"This is a multi-part message in MIME format.\n"] if subtype == "mixed" else []
    for index, part in enumerate(parts):
        lead = "\n" if index or chunks else ""
        chunks.append(f"{lead}--{boundary}\n".encode())
        chunks.append(header_block(part.headers))
        chunks.append(b"\n")
        chunks.append(part.body if part.body.endswith(b"\n") else part.body + b"\n")
    chunks.append(f"\n--{boundary}--\n".encode())
    ctype = f'multipart/{subtype};{params}\n\tboundary="{boundary}"'
    return Part((("Content-Type", ctype),), b"".join(chunks))


def header_block(headers: Sequence[tuple[str, str]]) -> bytes:
    return "".join(f"{name}: {value}\n" for name, value in headers).encode("ascii")


def assemble(headers: Sequence[tuple[str, str]], root: Part, *, mime: str = "1.0") -> bytes:
    head = list(headers)
    if mime:
        head.append(("MIME-Version", mime))
    head.extend(root.headers)
    return header_block(head) + b"\n" + root.body


# --------------------------------------------------------------------------------------------
# The reminder Verdant Solar sent
# --------------------------------------------------------------------------------------------


def reminder_time(reply: datetime, *, days_before: int, key: str) -> datetime:
    day = (reply - timedelta(days=days_before)).date()
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    minute = digest(key, "reminder-minute")[0] % 56
    sent = datetime(day.year, day.month, day.day, 7, 2 + minute, tzinfo=UTC)
    return sent.astimezone(reply.tzinfo)


def reminder_text(
    *, lang: str, loc: str, account: str, inv: str, amt: str, cur: str, sent: datetime
) -> str:
    due = sent - timedelta(days=14)
    return REMINDER_BODY[lang].format(
        account=account,
        inv=inv,
        amt=format_amount(amt, cur, loc),
        due=fmt_date(DUE_FMT[loc], loc, due),
    )


def reminder_subject(lang: str, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_msgid(inv: str, sent: datetime) -> str:
    stamp = sent.astimezone(UTC).strftime("%Y%m%dT%H%MZ")
    return f"<dunning.{inv.lower()}.{stamp}@ar.{AR_DOMAIN}>"


def reminder_message(
    *, lang: str, to_name: str, to_addr: str, sent: datetime, text: str, inv: str
) -> bytes:
    headers = [
        ("From", mailbox(AR_NAME[lang], AR_ADDR)),
        ("To", mailbox(to_name, to_addr)),
        ("Subject", encoded_word(reminder_subject(lang, inv))),
        ("Date", format_datetime(sent.astimezone(UTC))),
        ("Message-ID", reminder_msgid(inv, sent)),
        ("X-Mailer", "Verdant AR Dunning 4.2"),
    ]
    return assemble(headers, leaf(text))


def make_quote(r: Reply) -> Quote:
    moment = parse_when(r.when)
    loc = locale_of(r.lang, moment)
    sent = reminder_time(moment, days_before=r.days_before, key=r.key)
    account = r.account or r.name
    text = reminder_text(
        lang=r.lang, loc=loc, account=account, inv=r.inv, amt=r.amt, cur=r.cur, sent=sent
    )
    if r.charset == "iso-8859-1":
        text = latin1_safe(text)
    return Quote(
        subject=reminder_subject(r.lang, r.inv),
        sender_name=AR_NAME[r.lang],
        sender_addr=AR_ADDR,
        to_name=account,
        to_addr=r.to_addr or r.addr,
        sent=sent,
        text=text,
        loc=loc,
    )


def latin1_safe(text: str) -> str:
    for bad, good in LATIN1_FALLBACK.items():
        text = text.replace(bad, good)
    return text


# --------------------------------------------------------------------------------------------
# Quoting helpers
# --------------------------------------------------------------------------------------------

Rendered = tuple[list[tuple[str, str]], Part]


def quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def html_lines(text: str, *, attrs: str = "") -> str:
    rows = []
    for line in text.split("\n"):
        inner = esc(line) if line else "<br>"
        rows.append(f"<div{attrs}>{inner}</div>")
    return "\n".join(rows)


def html_br(text: str) -> str:
    return "<br>\n".join(esc(line) for line in text.split("\n"))


def word_paragraphs(text: str) -> str:
    rows = []
    for line in text.split("\n"):
        inner = esc(line) if line else "&nbsp;"
        rows.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(rows)


def attribution(table: dict[str, str], q: Quote) -> str:
    return fmt_date(table[q.loc], q.loc, q.sent, name=q.sender_name, addr=q.sender_addr)


def outlook_block(r: Reply, q: Quote, *, seconds: bool = False) -> list[tuple[str, str]]:
    frm, sent, to, subj, _, _ = OUTLOOK_LABELS[r.lang]
    when = fmt_date(SENT_FMT[q.loc], q.loc, q.sent)
    if seconds:
        when = when.replace(f":{q.sent.minute:02d}", f":{q.sent.minute:02d}:00", 1)
    return [
        (frm, f"{q.sender_name} <{q.sender_addr}>"),
        (sent, when),
        (to, f"{q.to_name} <{q.to_addr}>"),
        (subj, q.subject),
    ]


def outlook_block_text(r: Reply, q: Quote, *, seconds: bool = False) -> str:
    sep = OUTLOOK_LABELS[r.lang][4]
    return "\n".join(f"{k}{sep}{v}" for k, v in outlook_block(r, q, seconds=seconds))


def outlook_block_html(r: Reply, q: Quote, *, seconds: bool = False) -> str:
    sep = OUTLOOK_LABELS[r.lang][4]
    return "<br>\n".join(
        f"<b>{esc(k)}{sep.rstrip()}</b> {esc(v)}" for k, v in outlook_block(r, q, seconds=seconds)
    )


def expand_inline(text: str, q: Quote, attr: str) -> str:
    """Replace [[attr]] and [[q A-B]] markers (reminder line ranges) in an inline reply."""
    source = q.text.split("\n")
    out: list[str] = []
    for line in text.split("\n"):
        match = re.fullmatch(r"\[\[q (\d+)-(\d+)\]\]", line)
        if match:
            first, last = int(match.group(1)), int(match.group(2))
            out.append(quoted("\n".join(source[first : last + 1])))
        elif line == "[[attr]]":
            out.append(attr)
        else:
            out.append(line)
    return "\n".join(out)


def is_inline(r: Reply) -> bool:
    return "[[q " in r.text


def flowed(text: str, *, width: int = 72) -> str:
    """Wrap text as format=flowed: soft breaks keep a trailing space, quotes keep their '>'."""
    out: list[str] = []
    for line in text.split("\n"):
        match = re.match(r">+ ?", line)
        prefix = match.group(0) if match else ""
        out.extend(flow_line(prefix, line[len(prefix) :], width))
    return "\n".join(out)


def flow_line(prefix: str, body: str, width: int) -> list[str]:
    if body == "-- " or len(prefix) + len(body) <= width:
        return [prefix + body]
    words = body.split(" ")
    rows: list[str] = []
    current = ""
    for word in words:
        if current and len(prefix) + len(current) + len(word) > width:
            rows.append(prefix + current)
            current = ""
        current += word + " "
    rows.append(prefix + current.rstrip(" "))
    return rows


# --------------------------------------------------------------------------------------------
# Clients
# --------------------------------------------------------------------------------------------

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face {{font-family:Aptos;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}}
span.EmailStyle19 {{mso-style-type:personal-reply; font-family:"Aptos",sans-serif; color:windowtext;}}
.MsoChpDefault {{mso-style-type:export-only; font-size:10.0pt;}}
@page WordSection1 {{size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style>
</head>
<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">"""


def outlook_word_html(r: Reply, q: Quote) -> str:
    head = OUTLOOK_HEAD.format(charset=r.charset, lang=CONTENT_LANGUAGE[q.loc].upper())
    divider = (
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{outlook_block_html(r, q)}<o:p></o:p></p>\n</div>'
    )
    body = [
        head,
        word_paragraphs(r.text),
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>',
        '<div id="mail-editor-reference-message-container">',
        divider,
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>',
        word_paragraphs(q.text),
        "</div>\n</div>\n</body>\n</html>",
    ]
    return "\n".join(body)


def outlook_plain_quote(r: Reply, q: Quote) -> str:
    return f"{r.text}\n\n{outlook_block_text(r, q)}\n\n{q.text}"


def client_outlook_plain(r: Reply, q: Quote) -> Rendered:
    divider = OUTLOOK_LABELS[r.lang][5]
    body = f"{r.text}\n\n{divider}\n{outlook_block_text(r, q)}\n\n{q.text}"
    headers = [("X-Mailer", "Microsoft Outlook 16.0"), *outlook_thread_headers(r, q)]
    return headers, leaf(body, charset=r.charset, cte=r.cte)


def client_outlook_html(r: Reply, q: Quote) -> Rendered:
    plain = leaf(outlook_plain_quote(r, q), charset=r.charset, cte=r.cte)
    markup = leaf(outlook_word_html(r, q), subtype="html", charset=r.charset, cte=r.cte)
    root = multipart("alternative", boundary(r, "outlook"), [plain, markup])
    return outlook_thread_headers(r, q), root


def client_outlook_html_only(r: Reply, q: Quote) -> Rendered:
    markup = leaf(outlook_word_html(r, q), subtype="html", charset=r.charset, cte=r.cte)
    return outlook_thread_headers(r, q), markup


def rply_fwd_html(r: Reply, q: Quote, *, seconds: bool) -> str:
    return (
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{outlook_block_html(r, q, seconds=seconds)}</font>\n<div>&nbsp;</div>\n</div>\n"
        f'<div class="BodyFragment"><font size="2"><span style="font-size:11pt;">\n'
        f'<div class="PlainText">{html_br(q.text)}</div>\n</span></font></div>'
    )


def client_owa(r: Reply, q: Quote) -> Rendered:
    rule = "_" * 32
    plain_text = f"{r.text}\n\n{rule}\n{outlook_block_text(r, q)}\n\n{q.text}"
    style = "font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"
    paras = "\n".join(
        f'<div class="elementToProof" style="{style}">{esc(line) if line else "<br>"}</div>'
        for line in r.text.split("\n")
    )
    markup = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        f'</head>\n<body dir="ltr">\n{paras}\n{rply_fwd_html(r, q, seconds=False)}\n</body>\n</html>'
    )
    parts = [
        leaf(plain_text, charset=r.charset, cte=r.cte),
        leaf(markup, subtype="html", charset=r.charset, cte=r.cte),
    ]
    return outlook_thread_headers(r, q), multipart("alternative", boundary(r, "outlook"), parts)


def client_outlook_mobile(r: Reply, q: Quote) -> Rendered:
    sig = DEVICE_SIG[r.device][r.lang]
    link = "https://aka.ms/o0ukef" if r.device == "ios" else "https://aka.ms/AAb9ysg"
    rule = "_" * 32
    plain_text = (
        f"{r.text}\n\n{sig}<{link}>\n{rule}\n{outlook_block_text(r, q, seconds=True)}\n\n{q.text}"
    )
    paras = "\n".join(
        f'<div dir="ltr">{esc(line) if line else "<br>"}</div>' for line in r.text.split("\n")
    )
    markup = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
        f'{paras}\n<div dir="ltr"><br></div>\n<div id="ms-outlook-mobile-signature" dir="ltr">'
        f'<a href="{link}">{esc(sig)}</a></div>\n{rply_fwd_html(r, q, seconds=True)}\n</body>\n</html>'
    )
    parts = [
        leaf(plain_text, charset=r.charset, cte="base64"),
        leaf(markup, subtype="html", charset=r.charset, cte="base64"),
    ]
    return outlook_thread_headers(r, q), multipart("alternative", boundary(r, "outlook"), parts)


def outlook_thread_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread-index")[:22]).decode("ascii")
    return [
        ("Thread-Topic", encoded_word(q.subject, charset=r.charset, enc="b")),
        ("Thread-Index", index),
        ("Accept-Language", f"{CONTENT_LANGUAGE[q.loc]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[q.loc]),
        ("X-MS-Has-Attach", "yes" if r.attachment else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def gmail_html(r: Reply, q: Quote, attr: str) -> str:
    attr_html = esc(attr).replace(
        f"&lt;{q.sender_addr}&gt;", f'&lt;<a href="mailto:{q.sender_addr}">{q.sender_addr}</a>&gt;'
    )
    return (
        f'<div dir="ltr">{html_lines(r.text)}</div><br>'
        '<div class="gmail_quote gmail_quote_container">'
        f'<div dir="ltr" class="gmail_attr">{attr_html}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f'<div dir="ltr">{html_br(q.text)}</div></blockquote></div>\n'
    )


def client_gmail(r: Reply, q: Quote) -> Rendered:
    attr = attribution(GMAIL_ATTR, q)
    plain_text = f"{r.text}\n\n{attr}\n\n{quoted(q.text)}"
    parts = [
        leaf(plain_text, charset=r.charset, cte=r.cte),
        leaf(gmail_html(r, q, attr), subtype="html", charset=r.charset, cte=r.cte),
    ]
    root = multipart("alternative", boundary(r, "gmail"), parts)
    if r.attachment:
        pdf = binary_leaf(fake_pdf(r.key), ctype="application/pdf", filename=r.attachment)
        root = multipart("mixed", boundary(r, "gmail-mixed"), [root, pdf])
    return [], root


def client_gmail_plain(r: Reply, q: Quote) -> Rendered:
    attr = attribution(GMAIL_ATTR, q)
    if is_inline(r):
        body = expand_inline(r.text, q, attr)
    else:
        body = f"{r.text}\n\n{attr}\n\n{quoted(q.text)}"
    return [], leaf(body, charset=r.charset, cte=r.cte)


def client_apple(r: Reply, q: Quote) -> Rendered:
    attr = attribution(APPLE_ATTR, q)
    plain_text = f"{r.text}\n\n{attr}\n\n{quoted(q.text)}"
    markup = (
        '<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{html_lines(r.text)}<div><br><blockquote type="cite"><div>{esc(attr)}</div>'
        '<br class="Apple-interchange-newline">'
        f"<div><div>{html_br(q.text)}</div></div></blockquote></div><br></body></html>"
    )
    parts = [
        leaf(plain_text, charset=r.charset, cte=r.cte),
        leaf(markup, subtype="html", charset=r.charset, cte=r.cte),
    ]
    headers = [("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")]
    return headers, multipart("alternative", boundary(r, "apple"), parts)


def client_iphone(r: Reply, q: Quote) -> Rendered:
    sig = DEVICE_SIG[r.device or "iphone"][r.lang]
    attr = attribution(APPLE_ATTR, q)
    body = f"{r.text}\n\n{sig}\n\n{quoted(attr)}\n>\n{quoted(q.text)}"
    charset = "us-ascii" if is_ascii(body) else r.charset
    cte: Cte = "7bit" if charset == "us-ascii" else r.cte
    build = "22C152" if r.device == "ipad" else "22B91"
    device = "iPad" if r.device == "ipad" else "iPhone"
    return [("X-Mailer", f"{device} Mail ({build})")], leaf(body, charset=charset, cte=cte)


def client_thunderbird(r: Reply, q: Quote) -> Rendered:
    attr = attribution(TB_ATTR, q)
    if is_inline(r):
        body = expand_inline(r.text, q, attr)
    else:
        body = f"{r.text}\n\n{attr}\n{quoted(q.text)}"
    params = ""
    if r.charset == "utf-8" and r.cte == "8bit":
        body = flowed(body)
        params = "; format=flowed"
    headers = [
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", CONTENT_LANGUAGE[q.loc]),
    ]
    return headers, leaf(body, charset=r.charset, cte=r.cte, params=params)


AUTO_DIR = ' dir="auto"'


def client_samsung(r: Reply, q: Quote) -> Rendered:
    sig = DEVICE_SIG["galaxy"][r.lang]
    title, frm, dat, to, subj, sep = SAMSUNG_LABELS[r.lang]
    when = fmt_date(SAMSUNG_DATE[q.loc], q.loc, q.sent)
    rows = [
        (frm, f"{q.sender_name} <{q.sender_addr}>"),
        (dat, when),
        (to, f"{q.to_name} <{q.to_addr}>"),
        (subj, q.subject),
    ]
    block = "\n".join(f"{k}{sep}{v} " for k, v in rows)
    plain_text = f"{r.text}\n\n\n\n{sig}\n\n\n{title}\n{block}\n\n{q.text}"
    block_html = "".join(f"<div>{esc(k)}{sep}{esc(v)} </div>" for k, v in rows)
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        f"{html_lines(r.text, attrs=AUTO_DIR)}"
        f'<div dir="auto"><br></div><div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">{esc(sig)}</div></div>'
        f'<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>{title}</div>{block_html}</div>'
        f"<div>{html_br(q.text)}</div></body></html>"
    )
    parts = [
        leaf(plain_text, charset=r.charset, cte="base64"),
        leaf(markup, subtype="html", charset=r.charset, cte="base64"),
    ]
    return [], multipart("alternative", boundary(r, "samsung"), parts)


def client_notice(r: Reply, q: Quote) -> Rendered:
    del q
    return [], leaf(r.text, charset=r.charset, cte=r.cte)


def notice_markup(r: Reply) -> str:
    if is_html(r.text):
        return r.text
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        f'<body><div style="font-family:Arial,sans-serif;font-size:10pt">{html_br(r.text)}</div></body></html>'
    )


def html_to_text(markup: str) -> str:
    text = re.sub(r"<(br|/p|/tr|/h\d|/div)[^>]*>", "\n", markup)
    text = re.sub(r"</t[dh]>", "\t", text)
    text = re.sub(r"<[^>]+>", "", text)
    lines = [line.strip() for line in html.unescape(text).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def client_notice_html(r: Reply, q: Quote) -> Rendered:
    del q
    markup = notice_markup(r)
    plain_text = reply_new_text(r)
    parts = [
        leaf(plain_text, charset=r.charset, cte=r.cte),
        leaf(markup, subtype="html", charset=r.charset, cte=r.cte),
    ]
    return [], multipart("alternative", boundary(r, "system"), parts)


def client_notice_html_only(r: Reply, q: Quote) -> Rendered:
    del q
    return [], leaf(notice_markup(r), subtype="html", charset=r.charset, cte=r.cte)


CLIENTS: dict[str, Callable[[Reply, Quote], Rendered]] = {
    "outlook_plain": client_outlook_plain,
    "outlook_html": client_outlook_html,
    "outlook_html_only": client_outlook_html_only,
    "owa": client_owa,
    "outlook_mobile": client_outlook_mobile,
    "gmail": client_gmail,
    "gmail_plain": client_gmail_plain,
    "apple": client_apple,
    "iphone": client_iphone,
    "thunderbird": client_thunderbird,
    "samsung": client_samsung,
    "notice": client_notice,
    "notice_html": client_notice_html,
    "notice_html_only": client_notice_html_only,
}
OUTLOOK_FAMILY = {"outlook_plain", "outlook_html", "outlook_html_only", "owa", "outlook_mobile"}
NOTICES = {"notice", "notice_html", "notice_html_only"}


def fake_pdf(key: str) -> bytes:
    stream = f"BT /F1 11 Tf 72 720 Td (Contabile bonifico {token(key, 'pdf', 10)}) Tj ET"
    return (
        "%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n"
        "2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n"
        "3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>> endobj\n"
        f"4 0 obj <</Length {len(stream)}>> stream\n{stream}\nendstream endobj\n"
        "trailer <</Root 1 0 R>>\n%%EOF\n"
    ).encode("ascii")


# --------------------------------------------------------------------------------------------
# Headers, identifiers and the whole reply
# --------------------------------------------------------------------------------------------


def boundary(r: Reply, style: str) -> str:
    if style == "outlook":
        return f"_000_{token(r.key, 'b', 40)}_"
    if style.startswith("gmail"):
        return "000000000000" + token(r.key, style, 16, "hex")
    if style == "apple":
        return "Apple-Mail=_" + uuid_like(r.key, "b", upper=True)
    if style == "samsung":
        return "--_com.samsung.android.email_" + str(int(token(r.key, "b", 15, "hex"), 16))
    return "----=_Part_" + str(int(token(r.key, "b", 6, "hex"), 16)) + "." + token(r.key, "t", 13)


def message_id(r: Reply) -> str:
    domain = r.addr.split("@")[1]
    if r.client in OUTLOOK_FAMILY:
        offset = parse_when(r.when).utcoffset() or timedelta(0)
        region = "namprd11" if offset < timedelta(0) else "eurprd09"
        host = token(r.key, "host", 4) + "PR09MB" + token(r.key, "host2", 4, "hex")
        return f"<{host}{token(r.key, 'id', 28)}@{host}.{region}.prod.outlook.com>"
    if r.client.startswith("gmail"):
        return f"<CA+{token(r.key, 'id', 40, 'lower')}@mail.gmail.com>"
    if r.client in ("apple", "iphone"):
        return f"<{uuid_like(r.key, 'id', upper=True)}@{domain}>"
    if r.client == "thunderbird":
        return f"<{uuid_like(r.key, 'id', upper=False)}@{domain}>"
    if r.client == "samsung":
        return f"<{token(r.key, 'id', 24, 'hex')}.{token(r.key, 'n', 6, 'hex')}@email.android.com>"
    return f"<{token(r.key, 'id', 20, 'lower')}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject
    if r.client in OUTLOOK_FAMILY:
        return OUTLOOK_RE[r.lang] + q.subject
    return "Re: " + q.subject


def subject_encoding(r: Reply) -> str:
    return "b" if r.client.startswith("gmail") or r.client in OUTLOOK_FAMILY else "q"


def reply_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    enc = subject_encoding(r)
    to_name = AR_NAME[r.lang]
    headers = [
        ("From", mailbox(r.name, r.addr, charset=r.charset, enc=enc)),
        ("To", mailbox(to_name, AR_ADDR, charset=r.charset, enc=enc)),
    ]
    headers += [(k, v) for k, v in r.headers if k in ("Cc", "Reply-To")]
    headers += [
        ("Subject", encoded_word(reply_subject(r, q), charset=r.charset, enc=enc)),
        ("Date", format_datetime(parse_when(r.when))),
        ("Message-ID", message_id(r)),
    ]
    if r.threaded:
        ref = reminder_msgid(r.inv, q.sent)
        headers += [("In-Reply-To", ref), ("References", ref)]
    return headers


def build_reply(r: Reply) -> bytes:
    q = make_quote(r)
    extra, root = CLIENTS[r.client](r, q)
    custom = [(k, v) for k, v in r.headers if k not in ("Cc", "Reply-To")]
    mime = "1.0"
    if r.client == "apple":
        mime = "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"
    elif r.client == "iphone":
        mime = "1.0 (1.0)"
    return assemble([*reply_headers(r, q), *extra, *custom], root, mime=mime)


def is_html(text: str) -> bool:
    return text.lstrip().startswith("<html")


def reply_new_text(r: Reply) -> str:
    return html_to_text(r.text) if is_html(r.text) else r.text


# --------------------------------------------------------------------------------------------
# The replies, written by hand
# --------------------------------------------------------------------------------------------


def T(text: str) -> str:
    """Dedent a hand-written message and drop the surrounding blank lines."""
    return dedent(text).strip("\n")


AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")

PAYMENT_SENT = [
    Reply(
        key="ps-en-1",
        lang="en",
        intent="payment_sent",
        client="iphone",
        name="Dominic Hollis",
        addr="dom.hollis@gmail.com",
        when="2026-11-24 19:52 +0000",
        inv="VS-417566",
        amt="389.00",
        cur="GBP",
        text="Paid.",
        x={"note": "one word from a phone; no date, amount or reference"},
    ),
    Reply(
        key="ps-en-2",
        lang="en",
        intent="payment_sent",
        client="outlook_html",
        name="Marcia Delgado",
        addr="mdelgado@cedarhollow-usd.example",
        when="2026-12-03 21:40 -0500",
        inv="VS-418802",
        amt="4860.00",
        cur="USD",
        account="Cedar Hollow Unified School District",
        text=T("""
            Hello,

            Check #20417 in the amount of $4,860.00 was mailed to your remittance address yesterday. It covers invoice VS-418802 (semi-annual array cleaning at Cedar Hollow Elementary and the district office).

            Please allow 7–10 business days for USPS delivery before following up. If it hasn't cleared by the 18th, let me know and I'll check with the county treasurer.

            Thank you,

            Marcia Delgado
            Business Manager
            Cedar Hollow Unified School District
            (530) 555-0142
        """),
        x={
            "paid_date": "2026-12-02",
            "payment_reference": "20417",
            "amount": "4860.00",
            "currency": "USD",
            "invoice_refs": ["VS-418802"],
            "note": "'yesterday' resolves in the sender's zone: Thu 3 Dec 21:40 -0500 is already 4 Dec in UTC; 'by the 18th' is a follow-up date, not a promise",
        },
    ),
    Reply(
        key="ps-en-3",
        lang="en",
        intent="payment_sent",
        client="notice_html",
        name="Tamar Valley Housing Co-operative Payables",
        addr="noreply-payables@tamarhousingcoop.example",
        when="2026-12-08 06:02 +0000",
        inv="VS-419050",
        amt="2145.00",
        cur="GBP",
        subject="Remittance Advice - Tamar Valley Housing Co-operative Ltd - PAY-2026-118734",
        threaded=False,
        headers=(AUTO_GENERATED, ("X-Mailer", "Payables Hub Notifications 3.1")),
        text=T("""
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
            <body style="font-family:Arial,sans-serif;font-size:10pt">
            <h2>REMITTANCE ADVICE</h2>
            <p>Payer: Tamar Valley Housing Co-operative Ltd<br>Supplier: Verdant Solar Ltd (supplier no. 00418)<br>Payment date: 08/12/2026<br>Payment method: BACS<br>Payment reference: PAY-2026-118734</p>
            <table border="1" cellpadding="4" cellspacing="0">
            <tr><th>Invoice</th><th>Invoice date</th><th>Gross</th><th>Paid</th></tr>
            <tr><td>VS-419050</td><td>14/10/2026</td><td>£2,145.00</td><td>£2,145.00</td></tr>
            </table>
            <p>Total paid: £2,145.00</p>
            <p>Funds should reach your account within 2–3 working days. Please do not reply to this email, this mailbox is not monitored. Queries about this payment: finance@tamarhousingcoop.example</p>
            </body></html>
        """),
        x={
            "paid_date": "2026-12-08",
            "payment_reference": "PAY-2026-118734",
            "amount": "2145.00",
            "currency": "GBP",
            "invoice_refs": ["VS-419050"],
            "note": "AP-system remittance advice with Auto-Submitted: auto-generated; the 'not monitored' line and the queries address do not make it wrong_contact",
        },
    ),
    Reply(
        key="ps-de-1",
        lang="de",
        intent="payment_sent",
        client="samsung",
        name="Hauke Brodersen",
        addr="brodersen.hof@landpost.example",
        when="2026-11-26 06:48 +0100",
        inv="VS-417839",
        amt="1164.00",
        text="Moin, is erledigt, hab gestern überwiesen.\nGruß Hauke Brodersen",
        x={
            "paid_date": "2026-11-25",
            "note": "colloquial one-liner; 'erledigt' plus 'gestern überwiesen' = paid on Wed 25 Nov",
        },
    ),
    Reply(
        key="ps-fr-1",
        lang="fr",
        intent="payment_sent",
        client="outlook_plain",
        name="Sandrine Morel",
        addr="compta@lestilleuls-habitat.example",
        when="2026-12-02 10:17 +0100",
        inv="VS-418410",
        amt="1870.00",
        account="Coopérative d'habitants Les Tilleuls",
        charset="windows-1252",
        text=T("""
            Bonjour,

            Le virement de 1 870,00 € correspondant à la facture VS-418410 (contrat d'entretien 2026, bâtiments A et B) a été émis le 30/11 depuis notre compte courant, référence VIR-CPH-55812.

            Il devrait apparaître sur votre relevé d'ici 48 heures. Merci de bien vouloir mettre à jour votre suivi.

            Bien cordialement,

            Sandrine Morel
            Comptable bénévole
            Coopérative d'habitants Les Tilleuls
            12 rue des Vergers – 69007 Lyon
        """),
        x={
            "paid_date": "2026-11-30",
            "payment_reference": "VIR-CPH-55812",
            "amount": "1870.00",
            "currency": "EUR",
            "invoice_refs": ["VS-418410"],
        },
    ),
    Reply(
        key="ps-fr-2",
        lang="fr",
        intent="payment_sent",
        client="samsung",
        name="Julien Garnier",
        addr="julien.garnier.bzh@gmail.com",
        when="2026-12-05 11:36 +0100",
        inv="VS-418577",
        amt="245.00",
        text="c'est regle, paye par CB ce matin avec le lien de paiement de la facture. desole pour le retard j'etais en deplacement\nJulien",
        x={"paid_date": "2026-12-05", "note": "no accents; 'ce matin' is the message date"},
    ),
    Reply(
        key="ps-es-1",
        lang="es",
        intent="payment_sent",
        client="gmail",
        name="Fernando Ibáñez",
        addr="administracion@parroquiasanroque-tudela.example",
        when="2026-12-01 12:05 +0100",
        inv="VS-418290",
        amt="960.00",
        account="Parroquia de San Roque",
        text=T("""
            Buenos días:

            Les comunico que el pasado viernes hicimos la transferencia de 960,00 € para la factura VS-418290 (revisión anual de la instalación de la casa parroquial). En el concepto pusimos el número de factura.

            Si necesitan el justificante, me lo dicen y se lo envío.

            Un saludo,

            Fernando Ibáñez
            Administración – Parroquia de San Roque
            Tudela (Navarra)
        """),
        x={
            "paid_date": "2026-11-27",
            "amount": "960.00",
            "currency": "EUR",
            "invoice_refs": ["VS-418290"],
            "note": "'el pasado viernes' from Tue 1 Dec is Fri 27 Nov",
        },
    ),
    Reply(
        key="ps-es-2",
        lang="es",
        intent="payment_sent",
        client="iphone",
        name="Nayra Cabrera",
        addr="info@fincalosalmendros.example",
        when="2026-12-09 20:14 +0000",
        inv="VS-418904",
        amt="530.00",
        account="Finca Los Almendros",
        text="Hola, esta factura ya está pagada. La pagué con tarjeta el lunes por teléfono, me atendió una chica muy amable de vuestra oficina. Revisadlo porfa.\nNayra",
        x={
            "paid_date": "2026-12-07",
            "note": "'el lunes' with a past-tense verb is the Monday before Wed 9 Dec; Canary Islands time (+0000)",
        },
    ),
    Reply(
        key="ps-nl-1",
        lang="nl",
        intent="payment_sent",
        client="notice_html_only",
        name="Wooncoöperatie De Meent – Crediteurenadministratie",
        addr="noreply@wooncooperatie-demeent.example",
        when="2026-12-11 05:30 +0100",
        inv="VS-418733",
        amt="1312.50",
        subject="Betalingsadvies 2026-0931 Wooncoöperatie De Meent",
        threaded=False,
        headers=(AUTO_GENERATED, ("Precedence", "bulk")),
        text=T("""
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
            <body style="font-family:Verdana,sans-serif;font-size:9pt">
            <p><b>Betalingsadvies</b></p>
            <p>Geachte relatie,</p>
            <p>Hierbij ontvangt u de specificatie van onze betaling van 11-12-2026.</p>
            <p>Betaalkenmerk: 2026-0931<br>Begunstigde: Verdant Solar B.V.<br>IBAN begunstigde: NL00 BANK 0123 4567 89</p>
            <table cellpadding="3" cellspacing="0" border="1">
            <tr><th>Factuurnummer</th><th>Factuurdatum</th><th>Bedrag</th></tr>
            <tr><td>VS-418733</td><td>02-11-2026</td><td>€ 1.312,50</td></tr>
            <tr><td>VS-418734</td><td>02-11-2026</td><td>€ 287,00</td></tr>
            </table>
            <p>Totaal betaald: € 1.599,50</p>
            <p>Dit bericht is automatisch aangemaakt. Vragen over deze betaling kunt u richten aan crediteuren@wooncooperatie-demeent.example.</p>
            </body></html>
        """),
        x={
            "paid_date": "2026-12-11",
            "payment_reference": "2026-0931",
            "amount": "1599.50",
            "currency": "EUR",
            "invoice_refs": ["VS-418733", "VS-418734"],
            "note": "HTML-only AP payment advice with Auto-Submitted: auto-generated; the amount is the total paid for both invoices",
        },
    ),
    Reply(
        key="ps-nl-2",
        lang="nl",
        intent="payment_sent",
        client="thunderbird",
        name="Wouter de Graaf",
        addr="w.degraaf@degraaf-thuis.example",
        when="2026-11-25 21:03 +0100",
        inv="VS-417981",
        amt="742.50",
        cte="8bit",
        text=T("""
            Goedenavond,

            Zie hieronder.

            [[attr]]
            [[q 2-2]]

            Nee, die staat niet open. Ik heb echt niet op jullie herinnering zitten wachten: het bedrag van € 742,50 is op 20 november al van onze rekening afgeschreven.

            [[q 8-8]]

            Bij deze dan. Misschien eerst even beter kijken voordat je mensen gaat aanmanen?

            Met vriendelijke groet,
            Wouter de Graaf
        """),
        x={
            "paid_date": "2026-11-20",
            "amount": "742.50",
            "currency": "EUR",
            "note": "inline reply; the negations ('staat niet open', 'niet zitten wachten') surround a payment made on 20 Nov",
        },
    ),
    Reply(
        key="ps-it-1",
        lang="it",
        intent="payment_sent",
        client="outlook_html",
        name="Rosaria Lombardi",
        addr="dsga@icmontalto.example",
        when="2026-12-03 13:22 +0100",
        inv="VS-418512",
        amt="6240.00",
        account="Istituto Comprensivo Montalto",
        text=T("""
            Buongiorno,

            si comunica che in data odierna è stato trasmesso all'istituto cassiere il mandato di pagamento n. 412 relativo alla fattura n. VS-418512 del 15/10/2026, per un importo di € 6.240,00.

            Ai fini della tracciabilità dei flussi finanziari, il CIG riportato sul mandato è Z4A3B2C1D0.

            Distinti saluti

            Il Direttore SGA
            dott.ssa Rosaria Lombardi
            Istituto Comprensivo "Montalto" – Ufficio di Segreteria

            Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Ai sensi del Regolamento UE 2016/679, chi lo ricevesse per errore è pregato di darne notizia al mittente e di cancellarlo.
        """),
        x={
            "paid_date": "2026-12-03",
            "payment_reference": "412",
            "amount": "6240.00",
            "currency": "EUR",
            "invoice_refs": ["VS-418512"],
            "note": "school payment order sent to the treasurer bank 'in data odierna'; the CIG is a procurement code, not the payment reference",
        },
    ),
    Reply(
        key="ps-it-2",
        lang="it",
        intent="payment_sent",
        client="gmail",
        name="Marco Bellandi",
        addr="info@autofficinabellandi.example",
        when="2026-12-14 18:47 +0100",
        inv="VS-419122",
        amt="1580.00",
        account="Autofficina Bellandi snc",
        attachment="contabile_bonifico.pdf",
        text=T("""
            Buonasera, fatto adesso il bonifico di 1.580 euro per la fattura 419122. Vi allego la contabile, il CRO è 0306 9112 4578 2201.
            Scusate il ritardo ma a fine anno è un casino.

            Marco Bellandi
            Autofficina Bellandi snc
        """),
        x={
            "paid_date": "2026-12-14",
            "payment_reference": "0306 9112 4578 2201",
            "amount": "1580.00",
            "currency": "EUR",
            "invoice_refs": ["VS-419122"],
            "note": "bank receipt attached as a PDF; '419122' is the short form of VS-419122",
        },
    ),
]

PROMISE_TO_PAY = [
    Reply(
        key="pp-en-1",
        lang="en",
        intent="promise_to_pay",
        client="iphone",
        name="Gillian Pryce",
        addr="gill.pryce@pryce-family.example",
        when="2026-12-10 15:20 +0000",
        inv="VS-418795",
        amt="455.00",
        cur="GBP",
        subject="Out of office - back Monday re invoice",
        text="Hi, I'm away at my sister's in Cardiff and don't have the card reader for online banking with me. I'll pay it as soon as I'm home on Monday. Sorry!\nGill",
        x={
            "promised_date": "2026-12-14",
            "note": "a person typed 'out of office' in the subject; not an auto-reply; 'Monday' after Thu 10 Dec",
        },
    ),
    Reply(
        key="pp-en-2",
        lang="en",
        intent="promise_to_pay",
        client="outlook_html",
        name="Priya Raman",
        addr="accounts@kestreljoinery.example",
        when="2026-12-02 09:41 +0000",
        inv="VS-418380",
        amt="640.00",
        cur="GBP",
        account="Kestrel Joinery Ltd",
        text=T("""
            Morning,

            Thanks for the nudge. I've set this up as a scheduled payment for the 15th – £640.00 against VS-418380 – so it'll go out with our mid-month supplier run.

            Regards,
            Priya Raman
            Bookkeeper, Kestrel Joinery Ltd

            This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Kestrel Joinery Ltd is registered in England and Wales, company no. 09876543.
        """),
        x={
            "promised_date": "2026-12-15",
            "amount": "640.00",
            "currency": "GBP",
            "invoice_refs": ["VS-418380"],
            "note": "past-tense 'I've set this up' describes a payment that leaves on the 15th",
        },
    ),
    Reply(
        key="pp-en-3",
        lang="en",
        intent="promise_to_pay",
        client="gmail_plain",
        name="Declan Fahy",
        addr="dfahy@fahyhome.example",
        when="2026-11-24 22:58 +0000",
        inv="VS-417720",
        amt="1150.00",
        text=T("""
            Hi there,

            Got your email about the invoice. To be honest I was a bit surprised to see it as I thought the lads who did the battery said there'd be a grant coming off it, but my wife says that was only for the panels and not the battery, so fair enough, thats on me. Another thing while I have you, the app keeps telling me the battery is at 100% at 6 in the morning which cant be right in November, maybe someone could have a look at that when their next out this way, no rush. The panels themselves have been great even with the weather we've been having. The neighbour is thinking of getting them too and I gave him your number.

            Anyway long story short, I get paid at the end of the month so I'll clear the full amount then.

            All the best,
            Declan
        """),
        x={
            "promised_date": "2026-11-30",
            "note": "long reply that buries the point, with typos; 'end of the month' from Tue 24 Nov is 30 Nov; the battery question is secondary",
        },
    ),
    Reply(
        key="pp-de-1",
        lang="de",
        intent="promise_to_pay",
        client="outlook_plain",
        name="Annegret Vollmer",
        addr="verwaltung@grundschule-kirchberg.example",
        when="2026-12-04 11:05 +0100",
        inv="VS-418612",
        amt="2980.00",
        account="Evangelische Grundschule Am Kirchberg",
        charset="windows-1252",
        text=T("""
            Sehr geehrte Damen und Herren,

            vielen Dank für Ihre Erinnerung. Die Rechnung VS-418612 wurde inzwischen von unserem Schulträger freigegeben; die Zahlung ist für die KW 51 eingeplant.

            Wir bitten, die Verzögerung zu entschuldigen – der Haushalt für das laufende Jahr wurde erst Ende November bestätigt.

            Mit freundlichen Grüßen

            Annegret Vollmer
            Verwaltungsleitung
            Evangelische Grundschule Am Kirchberg
        """),
        x={
            "promised_date": "2026-12-14",
            "invoice_refs": ["VS-418612"],
            "note": "'freigegeben' is past, the payment is planned; 'KW 51' → Monday of ISO week 51, as for 'next week'",
        },
    ),
    Reply(
        key="pp-de-2",
        lang="de",
        intent="promise_to_pay",
        client="gmail_plain",
        name="Renate Kowalski",
        addr="buero@tischlerei-kowalski.example",
        when="2026-12-07 08:12 +0100",
        inv="VS-418855",
        amt="865.20",
        account="Tischlerei Kowalski",
        text=T("""
            Guten Morgen,

            [[attr]]
            [[q 4-6]]

            Wir überweisen den Betrag am 15., dann ist bei uns wieder Luft auf dem Konto.

            [[q 8-8]]

            Bitte nicht gleich mahnen 🙂

            Viele Grüße
            Renate Kowalski
            Tischlerei Kowalski – Büro
        """),
        x={"promised_date": "2026-12-15", "note": "inline reply; 'am 15.' from Mon 7 Dec"},
    ),
    Reply(
        key="pp-fr-1",
        lang="fr",
        intent="promise_to_pay",
        client="thunderbird",
        name="Thierry Lacoste",
        addr="gaec.moulinneuf@agri-mail.example",
        when="2026-12-08 20:31 +0100",
        inv="VS-418699",
        amt="3450.00",
        account="GAEC du Moulin Neuf",
        charset="iso-8859-1",
        cte="8bit",
        text=T("""
            Bonsoir,

            Bien reçu votre relance. On attend le versement de la coopérative laitière, je vous règle ça en fin de mois sans faute.

            Cordialement,
            Thierry Lacoste
            GAEC du Moulin Neuf
        """),
        x={
            "promised_date": "2026-12-31",
            "note": "'en fin de mois' → last day of the month; the reason given is not a condition",
        },
    ),
    Reply(
        key="pp-es-1",
        lang="es",
        intent="promise_to_pay",
        client="outlook_html",
        name="Lucía Ruiz",
        addr="administracion@talleresruiz.example",
        when="2026-12-07 10:48 +0100",
        inv="VS-418801",
        amt="1210.00",
        account="Talleres Mecánicos Ruiz, S.L.",
        text=T("""
            Buenos días:

            Perdonad el retraso, se nos pasó. Os hacemos la transferencia el viernes que viene sin falta, que es cuando cobramos de nuestros clientes.

            Gracias y un saludo,
            Lucía Ruiz
            Administración
            Talleres Mecánicos Ruiz, S.L.
        """),
        x={
            "promised_date": "2026-12-11",
            "note": "'el viernes que viene' from Mon 7 Dec → Fri 11 Dec",
        },
    ),
    Reply(
        key="pp-es-2",
        lang="es",
        intent="promise_to_pay",
        client="gmail",
        name="Ramón Quintana",
        addr="presidencia.cpmayor14@gmail.com",
        when="2026-12-15 19:02 +0100",
        inv="VS-419030",
        amt="4800.00",
        account="Comunidad de Propietarios Calle Mayor 14",
        text=T("""
            Buenas tardes:

            Soy el presidente de la comunidad. Les pagaremos en cuanto el ayuntamiento nos ingrese la subvención para la instalación de autoconsumo, que según nos dijeron llegará en las próximas semanas. En cuanto esté en la cuenta, el administrador les hace la transferencia.

            Atentamente,
            Ramón Quintana
        """),
        x={
            "note": "promise conditional on a grant; 'en las próximas semanas' cannot be pinned to a date"
        },
    ),
    Reply(
        key="pp-nl-1",
        lang="nl",
        intent="promise_to_pay",
        client="iphone",
        name="Gert-Jan Hoekstra",
        addr="info@hoekstra-melkvee.example",
        when="2026-12-10 07:15 +0100",
        inv="VS-418760",
        amt="2650.00",
        account="Melkveebedrijf Hoekstra",
        text="Goedemorgen, sorry, schoot erbij in. Ik maak het volgende week over.\nGr Gert-Jan",
        x={"promised_date": "2026-12-14", "note": "'volgende week' → Monday of next week"},
    ),
    Reply(
        key="pp-nl-2",
        lang="nl",
        intent="promise_to_pay",
        client="owa",
        name="Ingrid Mulder",
        addr="penningmeester@wooncoop-heterf.example",
        when="2026-12-15 13:40 +0100",
        inv="VS-419001",
        amt="936.00",
        account="Wooncoöperatie Het Erf",
        text=T("""
            Dag Verdant Solar,

            De factuur VS-419001 is goedgekeurd door het bestuur en gaat mee in de betaalrun van vrijdag.

            Groet,
            Ingrid Mulder
            penningmeester Wooncoöperatie Het Erf
        """),
        x={
            "promised_date": "2026-12-18",
            "invoice_refs": ["VS-419001"],
            "note": "'goedgekeurd' is past; Friday's payment run (Fri 18 Dec) is the promise",
        },
    ),
    Reply(
        key="pp-it-1",
        lang="it",
        intent="promise_to_pay",
        client="outlook_mobile",
        device="ios",
        name="Giovanni Ferretti",
        addr="amministrazione@agriturismoilpoggio.example",
        when="2026-12-04 16:25 +0100",
        inv="VS-418640",
        amt="1920.00",
        account="Az. Agr. Il Poggio",
        text="Buonasera,\nprovvederemo al saldo entro il 18 dicembre.\nCordiali saluti\nGiovanni Ferretti\nAz. Agr. Il Poggio",
        x={"promised_date": "2026-12-18"},
    ),
    Reply(
        key="pp-it-2",
        lang="it",
        intent="promise_to_pay",
        client="apple",
        name="Elena Sartori",
        addr="amministrazione@otticasartori.example",
        when="2026-12-07 12:30 +0100",
        inv="VS-418870",
        amt="1045.00",
        account="Ottica Sartori",
        text=T("""
            Buongiorno,

            ho già dato disposizione alla banca per il bonifico di € 1.045,00, con data valuta 10/12. Vi arriverà quindi a metà settimana.

            Saluti,
            Elena Sartori
        """),
        x={
            "promised_date": "2026-12-10",
            "amount": "1045.00",
            "currency": "EUR",
            "note": "the order is given ('ho già dato disposizione') but the transfer is value-dated Thu 10 Dec: a future payment, so promise_to_pay",
        },
    ),
]

DISPUTE = [
    Reply(
        key="d-en-1",
        lang="en",
        intent="dispute",
        client="outlook_plain",
        name="Rob Ashby",
        addr="rob@ashbyfarms.example",
        when="2026-11-27 14:02 +0000",
        inv="VS-417990",
        amt="1875.00",
        cur="GBP",
        account="Ashby Farms",
        charset="windows-1252",
        text=T("""
            We have NOT paid this and we won't be paying it. The invoice is for replacing the inverter on the grain store roof. Nobody has replaced anything – I went up this morning and the serial number on the unit is the same one that's on the original commissioning certificate from 2021. Your engineer came out, had a look, said he'd order the part and we never saw him again.

            Send someone to actually do the job and then we'll talk about paying for it.

            Rob Ashby
            Ashby Farms, Long Sutton
        """),
        x={"note": "negated payment with the reason: the work was never done"},
    ),
    Reply(
        key="d-en-2",
        lang="en",
        intent="dispute",
        client="gmail",
        name="Harold Brennan",
        addr="treasurer@maplecourtcoop.example",
        when="2026-12-01 16:45 -0600",
        inv="VS-418655",
        amt="2300.00",
        cur="USD",
        account="Maple Court Housing Cooperative",
        text=T("""
            Hi,

            I think this one is a duplicate. VS-418655 is for the annual inspection of our rooftop array on 11/2, and we already paid for that exact visit under VS-417902 back in October (check #3318, cleared 10/22). Same date, same technician, same amount.

            Can you check and void the duplicate? We're not going to pay for the same inspection twice.

            Harold Brennan
            Treasurer, Maple Court Housing Cooperative
        """),
        x={
            "invoice_refs": ["VS-418655", "VS-417902"],
            "note": "duplicate billing; the check mentioned paid the earlier invoice, not this one",
        },
    ),
    Reply(
        key="d-en-3",
        lang="en",
        intent="dispute",
        client="apple",
        name="Margaret Oduya",
        addr="treasurer@staidans-hexham.example",
        when="2026-12-09 11:30 +0000",
        inv="VS-418121",
        amt="780.00",
        cur="GBP",
        account="St Aidan's PCC",
        text=T("""
            Dear Verdant Solar,

            We paid the installation invoice VS-418120 in full last week, and the PCC is very pleased with the panels on the hall roof.

            VS-418121 for scaffolding is a different matter. No scaffolding was ever put up – your team used a tower and ladders, as our verger and I both saw. We would like this invoice cancelled, please.

            With best wishes,
            Margaret Oduya
            Treasurer, St Aidan's PCC
        """),
        x={
            "invoice_refs": ["VS-418120", "VS-418121"],
            "note": "one invoice paid, the reminded one contested: dispute wins; no paid_date because the payment is of the other invoice",
        },
    ),
    Reply(
        key="d-de-1",
        lang="de",
        intent="dispute",
        client="outlook_html",
        name="Klaus-Dieter Hartmann",
        addr="k.hartmann@wg-lindenhof.example",
        when="2026-12-03 17:44 +0100",
        inv="VS-418470",
        amt="11880.00",
        account="Wohnungsgenossenschaft Lindenhof eG",
        text=T("""
            Sehr geehrte Damen und Herren,

            die Rechnung VS-418470 können wir so nicht begleichen. Abgerechnet werden 24 Module à 495,00 €, auf dem Dach des Hauses Lindenstraße 8 sind aber nur 20 Module montiert – das hat unser Hausmeister gestern nachgezählt und mit Fotos dokumentiert. Laut Auftragsbestätigung vom 12. August waren auch nur 20 Module vereinbart.

            Bitte senden Sie uns eine korrigierte Rechnung. Den unstrittigen Teil überweisen wir, sobald diese vorliegt.

            Mit freundlichen Grüßen

            Klaus-Dieter Hartmann
            Vorstand
            Wohnungsgenossenschaft Lindenhof eG

            Wohnungsgenossenschaft Lindenhof eG · Lindenstraße 2 · 04177 Leipzig
            Vorstand: Klaus-Dieter Hartmann, Sabine Roth · Registergericht Leipzig GnR 1234
        """),
        x={
            "invoice_refs": ["VS-418470"],
            "note": "wrong quantity; the corrected-invoice request and the conditional part payment are secondary",
        },
    ),
    Reply(
        key="d-de-2",
        lang="de",
        intent="dispute",
        client="thunderbird",
        name="Sabine Meyer",
        addr="hofladen@meyerhof-elbmarsch.example",
        when="2026-11-30 09:18 +0100",
        inv="VS-417995",
        amt="412.00",
        account="Meyerhof Elbmarsch",
        charset="iso-8859-1",
        text=T("""
            Hallo,

            für diese Rechnung haben wir am 12.11. doch schon eine Gutschrift von Ihnen bekommen (GS-2026-0217, ebenfalls 412,00 EUR), weil der Wartungstermin im Oktober ausgefallen ist. Die Sache ist also eigentlich erledigt.

            Bitte buchen Sie das bei sich entsprechend aus.

            Gruß
            Sabine Meyer
            Meyerhof Elbmarsch - Hofladen
        """),
        x={"note": "already credited; 'erledigt' here means settled by the credit note, not paid"},
    ),
    Reply(
        key="d-fr-1",
        lang="fr",
        intent="dispute",
        client="gmail",
        name="Isabelle Fontaine",
        addr="i.fontaine@fontaine-famille.example",
        when="2026-11-23 18:20 +0100",
        inv="VS-417602",
        amt="8950.00",
        text=T("""
            Bonsoir,

            Je ne paierai pas le solde tant que les tuiles cassées lors de la pose ne seront pas remplacées. Vos techniciens en ont brisé au moins six côté garage, j'ai envoyé les photos à votre conducteur de travaux le 3 novembre et je n'ai jamais eu de retour. Depuis, il pleut dans le garage.

            Dès que la toiture sera réparée, je réglerai le solde.

            Isabelle Fontaine
        """),
        x={
            "note": "'won't pay until it is fixed': damage dispute; the conditional payment is secondary"
        },
    ),
    Reply(
        key="d-fr-2",
        lang="fr",
        intent="dispute",
        client="outlook_plain",
        name="Bernadette Roux",
        addr="tresorerie@paroisse-saintjoseph-rodez.example",
        when="2026-12-10 10:05 +0100",
        inv="VS-418921",
        amt="8450.00",
        account="Paroisse Saint-Joseph",
        charset="windows-1252",
        text=T("""
            Bonjour,

            Nous avons bien reçu votre relance concernant la facture VS-418921. Or le devis signé le 4 septembre par M. le curé indiquait un montant de 7 900,00 € TTC pour l'installation sur la salle paroissiale, et votre facture s'élève à 8 450,00 € TTC. Aucun avenant n'a été signé.

            Nous vous remercions de bien vouloir nous adresser une facture conforme au devis ; nous la réglerons dès réception.

            Bien cordialement,

            Bernadette Roux
            Trésorière – Conseil paroissial pour les affaires économiques
            Paroisse Saint-Joseph
        """),
        x={
            "invoice_refs": ["VS-418921"],
            "note": "invoiced price differs from the signed quote; the request for a corrected invoice is secondary",
        },
    ),
    Reply(
        key="d-es-1",
        lang="es",
        intent="dispute",
        client="outlook_html",
        name="Pilar Domínguez Herrero",
        addr="administracion@colegiosantaana-caceres.example",
        when="2026-12-11 09:37 +0100",
        inv="VS-418944",
        amt="690.00",
        account="Colegio Santa Ana",
        text=T("""
            Buenos días:

            Hemos revisado la factura VS-418944 y no corresponde a ningún servicio contratado por el colegio. El número de pedido que figura (PED-2026-311) no es nuestro: nuestros pedidos empiezan siempre por CSA-. Además, nadie de su empresa ha venido al centro este otoño.

            Por favor, anulen la factura o indíquennos quién la solicitó.

            Atentamente,

            Pilar Domínguez Herrero
            Administración
            Colegio Santa Ana – Cáceres
        """),
        x={"invoice_refs": ["VS-418944"], "note": "not our purchase order and no service received"},
    ),
    Reply(
        key="d-nl-1",
        lang="nl",
        intent="dispute",
        client="gmail_plain",
        name="Bram van Leeuwen",
        addr="bram@vanleeuwen-akkerbouw.example",
        when="2026-11-26 12:55 +0100",
        inv="VS-417910",
        amt="385.00",
        account="Akkerbouwbedrijf Van Leeuwen",
        text=T("""
            Hallo,

            Deze factuur klopt niet. De reiniging van de panelen op de loods is nooit uitgevoerd. Er is hier niemand geweest, niet in oktober en ook niet daarna. Mijn vrouw is de hele dag op het erf, dus dat hadden we wel gemerkt.

            Ik betaal niet voor werk dat niet gedaan is.

            Bram van Leeuwen
        """),
        x={"note": "service never carried out"},
    ),
    Reply(
        key="d-nl-2",
        lang="nl",
        intent="dispute",
        client="iphone",
        name="Femke Jansen",
        addr="fjansen@jansen-thuis.example",
        when="2026-12-14 20:10 +0100",
        inv="VS-418990",
        amt="59.88",
        text="Waarom krijg ik een aanmaning voor het monitoringabonnement? Dat heb ik in juni opgezegd, de bevestiging van jullie klantenservice staat nog in mijn mail. Graag deze factuur intrekken.",
        x={"note": "question form; a cancelled subscription billed anyway"},
    ),
    Reply(
        key="d-it-1",
        lang="it",
        intent="dispute",
        client="gmail",
        name="Francesca Pellegrini",
        addr="f.pellegrini@pellegrini-casa.example",
        when="2026-12-02 21:15 +0100",
        inv="VS-418355",
        amt="7320.00",
        text=T("""
            Buonasera,

            nella fattura VS-418355 avete applicato l'IVA al 22%, ma per l'installazione di un impianto fotovoltaico sulla mia abitazione si applica l'aliquota agevolata del 10%, come peraltro indicato nel vostro preventivo. L'importo corretto è quindi di € 6.600,00 e non di € 7.320,00.

            Vi chiedo di emettere una nota di credito e una nuova fattura con l'aliquota corretta. Nel frattempo non procedo al pagamento.

            Cordiali saluti,
            Francesca Pellegrini
        """),
        x={
            "invoice_refs": ["VS-418355"],
            "note": "wrong VAT rate, so the amount is contested: dispute, not invoice_request",
        },
    ),
    Reply(
        key="d-it-2",
        lang="it",
        intent="dispute",
        client="samsung",
        name="Salvatore Russo",
        addr="info@panificiorusso.example",
        when="2026-12-16 07:05 +0100",
        inv="VS-419077",
        amt="4150.00",
        account="Panificio Russo",
        text="buongiorno la batteria di accumulo che ci avete fatturato non è mai arrivata!! il tecnico ha montato solo l'inverter nuovo e ha detto che la batteria arrivava la settimana dopo, sono passate 5 settimane. non pago una cosa che non ho\nSalvatore Russo",
        x={"note": "goods never delivered; lower-case phone writing"},
    ),
]

PAYMENT_PLAN = [
    Reply(
        key="pl-en-1",
        lang="en",
        intent="payment_plan",
        client="iphone",
        name="Karen Whitfield",
        addr="karenwhitfield73@gmail.com",
        when="2026-11-30 23:12 +0000",
        inv="VS-418022",
        amt="1640.00",
        cur="GBP",
        text=T("""
            Hi,

            I'm really sorry about this. I was made redundant in October and things are very tight at the moment, but I don't want to ignore it. Would you accept £100 a month until it's cleared? I can set up a standing order from the 1st if that's ok.

            Karen Whitfield
        """),
        x={
            "note": "hardship with a monthly instalment offer; the standing order 'from the 1st' is part of the plan, not a promise date"
        },
    ),
    Reply(
        key="pl-en-2",
        lang="en",
        intent="payment_plan",
        client="outlook_html",
        name="Paul Whitcomb",
        addr="office@gracefellowship-dayton.example",
        when="2026-12-04 10:30 -0500",
        inv="VS-418530",
        amt="6900.00",
        cur="USD",
        account="Grace Fellowship Church",
        text=T("""
            Good morning,

            Our finance committee reviewed your reminder last night. Giving has been down this fall and we are not able to pay the full $6,900.00 at once. Would Verdant Solar be willing to let us split it into three payments of $2,300 in January, February and March?

            We are very grateful for the new system – the electric bill has already dropped.

            Blessings,
            Paul Whitcomb
            Deacon, Finance Committee Chair
            Grace Fellowship Church, Dayton OH
        """),
        x={"note": "church asks for three instalments"},
    ),
    Reply(
        key="pl-en-3",
        lang="en",
        intent="payment_plan",
        client="gmail_plain",
        name="Dale Kroeger",
        addr="dale@kroegerfarms.example",
        when="2026-12-16 06:40 -0600",
        inv="VS-419033",
        amt="2450.00",
        cur="USD",
        account="Kroeger Family Farms",
        text=T("""
            I'm sending $1,000 today by ACH and I'll pay the remaining $1,450 on January 15 once the corn check comes in. Hope that works for you guys.

            Dale Kroeger
            Kroeger Family Farms
        """),
        x={
            "note": "part payment now plus the rest on a later date: payment_plan, not payment_sent or promise_to_pay; plan dates and amounts are not labelled"
        },
    ),
    Reply(
        key="pl-de-1",
        lang="de",
        intent="payment_plan",
        client="thunderbird",
        name="Josef Huber",
        addr="josef.huber@biohof-huber.example",
        when="2026-11-23 20:48 +0100",
        inv="VS-417588",
        amt="6720.00",
        account="Bio-Hof Huber",
        cte="8bit",
        text=T("""
            Grüß Gott,

            die Rechnung für die Anlage auf dem Maschinenschuppen habe ich bekommen. Die Ernte war heuer schlecht, und der Milchpreis ist auch nicht besser geworden. Wäre es möglich, den Betrag in sechs Monatsraten zu zahlen? Die erste Rate könnte ich im Januar überweisen.

            Mit freundlichen Grüßen
            Josef Huber
            Bio-Hof Huber, Unterhaching
        """),
        x={"note": "hardship and six monthly instalments"},
    ),
    Reply(
        key="pl-de-2",
        lang="de",
        intent="payment_plan",
        client="gmail",
        name="Dr. Miriam Sauer",
        addr="vorstand@foerderverein-hgs.example",
        when="2026-12-09 19:55 +0100",
        inv="VS-418830",
        amt="3600.00",
        account="Förderverein des Hölderlin-Gymnasiums e.V.",
        text=T("""
            Sehr geehrte Damen und Herren,

            der Förderverein hat die Photovoltaik-Anlage für den Schulgarten über Spenden finanziert, und ein Teil der zugesagten Spenden ist noch nicht eingegangen. Wir bitten Sie daher um einen Zahlungsaufschub bis Ende Februar 2027. Sollte das nicht möglich sein, wären wir auch für eine Ratenzahlung dankbar.

            Mit freundlichen Grüßen
            Dr. Miriam Sauer
            1. Vorsitzende
            Förderverein des Hölderlin-Gymnasiums e.V.
        """),
        x={
            "note": "asks for more time ('bis Ende Februar') or instalments: payment_plan; the requested date is not a promise"
        },
    ),
    Reply(
        key="pl-fr-1",
        lang="fr",
        intent="payment_plan",
        client="outlook_mobile",
        device="android",
        name="Nadia Benali",
        addr="ca@legrandchene-habitat.example",
        when="2026-12-01 14:50 +0100",
        inv="VS-418302",
        amt="5280.00",
        account="Coopérative d'habitants Le Grand Chêne",
        text=T("""
            Bonjour,

            Suite à votre relance, le conseil d'administration de la coopérative s'est réuni hier soir. Nous ne pouvons pas régler les 5 280,00 € en une seule fois avant la clôture de notre exercice. Serait-il possible d'étaler le paiement sur quatre mois, de janvier à avril ?

            Merci de votre compréhension.

            Nadia Benali
            pour le CA du Grand Chêne
        """),
        x={"note": "housing co-op asks to spread the payment over four months"},
    ),
    Reply(
        key="pl-fr-2",
        lang="fr",
        intent="payment_plan",
        client="gmail_plain",
        name="Michel Giraud",
        addr="foyerrural.stamand@gmail.com",
        when="2026-12-12 10:22 +0100",
        inv="VS-418966",
        amt="1980.00",
        account="Foyer rural de Saint-Amand",
        text=T("""
            Bonjour,

            Je suis le président du foyer rural, c'est moi qui ai signé pour les panneaux sur la salle des fêtes. Je vais être franc : la subvention de la commune a été revue à la baisse et nous n'avons plus que 1 200 € en caisse. Pourriez-vous accepter 1 200 € pour solder la facture ? Je sais que ce n'est pas le montant, mais c'est tout ce que l'association peut payer cette année.

            Cordialement,
            Michel Giraud
            Président du Foyer rural
        """),
        x={
            "note": "asks to settle for a reduced amount on hardship grounds; the invoice itself is not contested, so not dispute"
        },
    ),
    Reply(
        key="pl-es-1",
        lang="es",
        intent="payment_plan",
        client="outlook_html",
        name="Alberto Navas",
        addr="alberto@bodegasnavas.example",
        when="2026-12-03 13:10 +0100",
        inv="VS-418590",
        amt="5400.00",
        account="Bodegas Hermanos Navas",
        text=T("""
            Hola:

            Os escribo por la factura de la instalación de la nave. ¿Habría posibilidad de pagarla en dos plazos, la mitad ahora en diciembre y la otra mitad a finales de enero? Con la campaña de Navidad vamos justos de tesorería.

            Quedo a la espera.

            Alberto Navas
            Bodegas Hermanos Navas
        """),
        x={"note": "two instalments asked"},
    ),
    Reply(
        key="pl-es-2",
        lang="es",
        intent="payment_plan",
        client="samsung",
        name="Joaquín Herrera",
        addr="jherrera@olivareselherrero.example",
        when="2026-12-17 21:30 +0100",
        inv="VS-419140",
        amt="2180.00",
        account="Olivares El Herrero",
        text="buenas, no puedo pagar ahora mismo, hasta que no cobre la PAC no tengo liquidez. me dais hasta febrero? si hace falta lo pago en dos veces\nJoaquin",
        x={
            "note": "negated payment with hardship and a request for more time; no accents, no capitals"
        },
    ),
    Reply(
        key="pl-nl-1",
        lang="nl",
        intent="payment_plan",
        client="apple",
        name="Sanne Visser",
        addr="sanne.visser@vissermail.example",
        when="2026-12-08 12:02 +0100",
        inv="VS-418877",
        amt="3240.00",
        text=T("""
            Beste mensen van Verdant Solar,

            Door een onverwachte reparatie aan ons dak (los van de panelen) is het budget even op. Is het mogelijk om een betalingsregeling te treffen, bijvoorbeeld € 540 per maand gedurende zes maanden?

            Ik hoor graag of dat kan.

            Hartelijke groet,
            Sanne Visser
        """),
        x={"note": "instalment proposal"},
    ),
    Reply(
        key="pl-it-1",
        lang="it",
        intent="payment_plan",
        client="owa",
        name="Andrea Colombo",
        addr="segreteria@studiocolombo-dentisti.example",
        when="2026-11-25 17:35 +0100",
        inv="VS-417870",
        amt="9600.00",
        account="Studio Dentistico Colombo",
        text=T("""
            Gentili signori,

            in riferimento al vostro sollecito, vi chiedo se sia possibile rateizzare l'importo di € 9.600,00 in sei rate mensili a partire da gennaio. Lo studio ha sostenuto diversi investimenti quest'anno e preferiremmo non gravare sulla liquidità di fine anno.

            Resto in attesa di un vostro riscontro.

            Cordiali saluti
            Dott. Andrea Colombo
            Studio Dentistico Colombo
        """),
        x={"note": "six monthly instalments asked"},
    ),
    Reply(
        key="pl-it-2",
        lang="it",
        intent="payment_plan",
        client="gmail",
        name="Luigi Marchetti",
        addr="luigi@cantinamarchetti.example",
        when="2026-12-11 22:05 +0100",
        inv="VS-418995",
        amt="12400.00",
        account="Cantina Marchetti",
        cte="base64",
        text=T("""
            Buonasera,

            guardi, lo so che la fattura è scaduta, non c'è bisogno che me lo ricordiate ogni settimana. Quest'anno la grandine ad agosto ci ha portato via metà del raccolto e l'assicurazione non ha ancora pagato niente. L'impianto funziona benissimo, non è quello il problema. Il problema è che adesso i soldi non ci sono.

            Vi propongo così: 2.000 euro a gennaio e poi 1.000 euro al mese finché non chiudiamo. Se vi va bene mandatemi una conferma scritta.

            Luigi Marchetti
            Cantina Marchetti – Montefalco
        """),
        x={"note": "irritation and hardship, then an instalment proposal"},
    ),
]

INVOICE_REQUEST = [
    Reply(
        key="ir-en-1",
        lang="en",
        intent="invoice_request",
        client="owa",
        name="Tanya Brooks",
        addr="tbrooks@riverbendcharter.example",
        when="2026-11-23 15:05 -0800",
        inv="VS-417455",
        amt="3120.00",
        cur="USD",
        account="Riverbend Charter School",
        text=T("""
            Hello,

            Before we can release payment on VS-417455 we need a completed W-9 on file for Verdant Solar. Our system won't let me set you up as a vendor without it. Can you send one over (signed, current year)? Once I have it I'll get the invoice into the next check run.

            Thanks,
            Tanya Brooks
            Accounts Payable Specialist
            Riverbend Charter School
        """),
        x={
            "invoice_refs": ["VS-417455"],
            "note": "tax form needed before paying; the 'next check run' depends on it, so not a promise",
        },
    ),
    Reply(
        key="ir-en-2",
        lang="en",
        intent="invoice_request",
        client="gmail_plain",
        name="Alan Petrie",
        addr="alan.petrie@petrie-home.example",
        when="2026-12-14 08:55 +0000",
        inv="VS-418701",
        amt="215.00",
        cur="GBP",
        text=T("""
            Hello,

            I've never actually received this invoice - nothing by post and nothing by email until this reminder. Could you resend it please and I'll get it paid.

            Alan Petrie
        """),
        x={
            "note": "never received, please resend; 'I'll get it paid' has no date and waits for the invoice"
        },
    ),
    Reply(
        key="ir-en-3",
        lang="en",
        intent="invoice_request",
        client="outlook_html",
        name="Sophie Marsh",
        addr="office@marshvets.example",
        when="2026-12-17 16:22 +0000",
        inv="VS-419110",
        amt="1095.00",
        cur="GBP",
        account="Marsh Veterinary Practice",
        text=T("""
            Hi,

            Didn't we pay this already? I'm sure I remember paying a Verdant Solar invoice for around this amount in November. Could you send me a statement of our account showing what you've received from us this year, so I can check it against the bank?

            Many thanks,
            Sophie Marsh
            Practice Manager
            Marsh Veterinary Practice
        """),
        x={"note": "a question, not a payment claim; asks for a statement of account"},
    ),
    Reply(
        key="ir-de-1",
        lang="de",
        intent="invoice_request",
        client="outlook_plain",
        name="Heike Petersen",
        addr="buchhaltung@landmaschinen-petersen.example",
        when="2026-12-01 10:40 +0100",
        inv="VS-418240",
        amt="2145.50",
        account="Landmaschinen Petersen GmbH",
        charset="windows-1252",
        text=T("""
            Sehr geehrte Damen und Herren,

            Ihre Rechnung VS-418240 kann bei uns leider nicht gebucht werden, weil die Bestellnummer fehlt. Eingangsrechnungen werden bei uns nur mit Bestellnummer zur Zahlung freigegeben.

            Bitte schicken Sie uns die Rechnung noch einmal mit unserer Bestellnummer 4500-2219 zu. Am Betrag selbst ist nichts auszusetzen.

            Mit freundlichen Grüßen
            i. A. Heike Petersen
            Buchhaltung

            Landmaschinen Petersen GmbH
            Geschäftsführer: Jens Petersen · Amtsgericht Flensburg HRB 4711 FL

            Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.
        """),
        x={
            "invoice_refs": ["VS-418240"],
            "note": "reissue with our PO number; the amount is accepted",
        },
    ),
    Reply(
        key="ir-de-2",
        lang="de",
        intent="invoice_request",
        client="thunderbird",
        name="Stefan Albrecht",
        addr="sekretariat@gesamtschule-nordstadt.example",
        when="2026-12-16 11:58 +0100",
        inv="VS-419060",
        amt="1380.00",
        account="Gesamtschule Nordstadt",
        text=T("""
            Guten Tag,

            als öffentliche Schule dürfen wir Rechnungen nur noch als elektronische Rechnung (XRechnung) über das Rechnungseingangsportal der Stadt annehmen. Ihre Rechnung ist bei uns als PDF per Post eingegangen und konnte deshalb nicht bearbeitet werden.

            Bitte reichen Sie die Rechnung als XRechnung ein, Leitweg-ID 05315000-SCHUL-12. Danach wird sie zeitnah angewiesen.

            Mit freundlichen Grüßen
            Stefan Albrecht
            Schulverwaltungsassistent
            Gesamtschule Nordstadt
        """),
        x={"note": "public school needs the invoice as an e-invoice (XRechnung) before paying"},
    ),
    Reply(
        key="ir-fr-1",
        lang="fr",
        intent="invoice_request",
        client="outlook_html",
        name="Laurent Vidal",
        addr="contact@camping-lespeupliers.example",
        when="2026-11-27 16:10 +0100",
        inv="VS-418004",
        amt="2760.00",
        account="Camping Les Peupliers",
        text=T("""
            Bonjour,

            Je veux bien vous régler, mais votre RIB ne figure ni sur la facture ni sur la relance. Pouvez-vous m'envoyer vos coordonnées bancaires (RIB au format PDF, avec le cachet de la banque si possible) ? Par précaution, je ne fais jamais de virement vers un IBAN recopié dans le corps d'un mail.

            Cordialement,
            Laurent Vidal
            Gérant – Camping Les Peupliers
        """),
        x={"note": "bank details needed before paying"},
    ),
    Reply(
        key="ir-fr-2",
        lang="fr",
        intent="invoice_request",
        client="iphone",
        name="Chantal Lemaire",
        addr="chantal.lemaire@lemaire-maison.example",
        when="2026-12-15 14:45 +0100",
        inv="VS-419015",
        amt="180.00",
        text="Bonjour, je n'ai jamais recu cette facture, ni par courrier ni par mail. Vous pouvez me la renvoyer svp ? Je ne sais meme pas a quoi elle correspond.\nMerci\nChantal Lemaire",
        x={"note": "never received, please resend; no accents"},
    ),
    Reply(
        key="ir-es-1",
        lang="es",
        intent="invoice_request",
        client="outlook_plain",
        name="Marta Oliver",
        addr="marta@oliveradministracion.example",
        when="2026-12-04 12:15 +0100",
        inv="VS-418633",
        amt="3960.00",
        account="Comunidad de Propietarios Edificio Mirador",
        charset="windows-1252",
        text=T("""
            Buenos días:

            Les escribo como administradora de la Comunidad de Propietarios Edificio Mirador. La factura VS-418633 está emitida a nombre del presidente de la comunidad y con su NIF personal, por lo que no podemos contabilizarla ni pagarla.

            Les ruego que la emitan de nuevo a nombre de la comunidad, con el CIF H12345678 y la dirección Av. del Mar 41, 12100 Castellón. El importe es correcto.

            Un saludo,
            Marta Oliver
            Oliver Administración de Fincas
        """),
        x={
            "invoice_refs": ["VS-418633"],
            "note": "reissue to the right legal entity; the amount is accepted",
        },
    ),
    Reply(
        key="ir-es-2",
        lang="es",
        intent="invoice_request",
        client="gmail",
        name="Ana Belén Castro",
        addr="secretaria@ceiplosolivos.example",
        when="2026-11-24 11:20 +0100",
        inv="VS-417701",
        amt="1450.00",
        account="CEIP Los Olivos",
        text=T("""
            Buenos días:

            Para poder tramitar el pago de la factura necesitamos que nos remitan el certificado de estar al corriente de pago con la Agencia Tributaria y con la Seguridad Social, con fecha de expedición de menos de seis meses. Sin esos certificados la Consejería no nos autoriza el pago.

            Un cordial saludo,

            Ana Belén Castro
            Secretaria
            CEIP Los Olivos
        """),
        x={"note": "tax-compliance certificates needed before a public school can pay"},
    ),
    Reply(
        key="ir-nl-1",
        lang="nl",
        intent="invoice_request",
        client="outlook_html",
        name="Hans Wijnberg",
        addr="kerkrentmeesters@pg-edezuid.example",
        when="2026-12-09 09:25 +0100",
        inv="VS-418910",
        amt="2480.00",
        account="Protestantse Gemeente Ede-Zuid",
        text=T("""
            Goedemorgen,

            Als kerkrentmeester beheer ik de facturen van onze gemeente, maar deze factuur kan ik nergens vinden, ook niet in onze gedeelde map. Zou u een kopie kunnen sturen, graag als pdf? Dan zorg ik dat hij in de eerstvolgende vergadering wordt goedgekeurd.

            Met vriendelijke groet,
            Hans Wijnberg
            Kerkrentmeester
            Protestantse Gemeente Ede-Zuid
        """),
        x={"note": "copy of the invoice requested; approval at the next meeting has no date"},
    ),
    Reply(
        key="ir-nl-2",
        lang="nl",
        intent="invoice_request",
        client="gmail",
        name="Lotte de Boer",
        addr="administratie@degroenehoek.example",
        when="2026-12-17 10:05 +0100",
        inv="VS-419099",
        amt="1725.00",
        account="Wooncoöperatie De Groene Hoek",
        text=T("""
            Beste,

            Op de factuur staat alleen 'onderhoud PV-installatie 2026'. Voor onze jaarrekening hebben we een specificatie nodig: welke werkzaamheden zijn uitgevoerd, hoeveel uur en welk materiaal. Kunt u die sturen? Het bedrag zelf betwisten we niet.

            Alvast bedankt,
            Lotte de Boer
            Boekhouding Wooncoöperatie De Groene Hoek
        """),
        x={"note": "itemised specification requested; the amount is explicitly not contested"},
    ),
    Reply(
        key="ir-it-1",
        lang="it",
        intent="invoice_request",
        client="outlook_html",
        name="Paola Greco",
        addr="amministrazione@caseificiogreco.example",
        when="2026-12-10 15:30 +0100",
        inv="VS-418935",
        amt="3300.00",
        account="Caseificio Greco srl",
        text=T("""
            Buongiorno,

            a noi non risulta pervenuta alcuna fattura elettronica da parte vostra tramite il Sistema di Interscambio. La copia di cortesia che ci avete inviato via email non ha valore fiscale e non possiamo registrarla.

            Vi chiediamo di trasmettere la fattura tramite SdI indicando il nostro codice destinatario M5UXCR1. Appena la riceviamo la mettiamo in pagamento.

            Cordiali saluti
            Paola Greco
            Ufficio amministrazione – Caseificio Greco srl
        """),
        x={
            "note": "e-invoice through SdI needed before paying; 'appena la riceviamo' is no dated promise"
        },
    ),
]

WRONG_CONTACT = [
    Reply(
        key="wc-en-1",
        lang="en",
        intent="wrong_contact",
        client="gmail",
        name="Chloe Summers",
        addr="chloe.summers@summers-mail.example",
        when="2026-11-26 18:40 +0000",
        inv="VS-417933",
        amt="295.00",
        cur="GBP",
        account="Harker Lettings – 14 Rowan Close",
        headers=(("Cc", "John Harker <john.harker@harkerlettings.example>"),),
        text=T("""
            Hi,

            I rent 14 Rowan Close, I don't own the panels and I've never had a bill from you before. The house belongs to Harker Lettings – you want John Harker, john.harker@harkerlettings.example. I've copied him in.

            Chloe
        """),
        x={
            "new_contact": "john.harker@harkerlettings.example",
            "note": "tenant names the landlord, also in Cc",
        },
    ),
    Reply(
        key="wc-en-2",
        lang="en",
        intent="wrong_contact",
        client="notice_html",
        name="St Brendan's Finance",
        addr="finance@stbrendans-primary.example",
        when="2026-12-02 09:05 +0000",
        inv="VS-418433",
        amt="1260.00",
        cur="GBP",
        subject="Automatic reply: Overdue invoice VS-418433 – friendly reminder",
        headers=(AUTO_GENERATED, SUPPRESS),
        text=T("""
            Thank you for your email.

            Please note this mailbox is no longer monitored. Since 1 September 2026 all finance queries and supplier invoices for St Brendan's are handled by the Trust's central finance team. Please resend your message to accountspayable@northernlightstrust.example.

            This is an automated message.
        """),
        x={
            "new_contact": "accountspayable@northernlightstrust.example",
            "note": "automatic 'no longer monitored' notice naming a new address: wrong_contact, not auto_reply",
        },
    ),
    Reply(
        key="wc-en-3",
        lang="en",
        intent="wrong_contact",
        client="gmail",
        name="Greenacre Farm Accounts",
        addr="greenacre.farm.accounts@gmail.com",
        to_addr="office@greenacrefarm.example",
        when="2026-12-11 03:17 +0000",
        inv="VS-418940",
        amt="3380.00",
        cur="GBP",
        account="Greenacre Farm",
        text=T("""
            Hello,

            Kindly note that our company email has changed due to IT upgrade. All invoices, statements and payment reminders for Greenacre Farm should from now on be sent ONLY to this email greenacre.farm.accounts@gmail.com and not the old address which will be closed this week.

            Please confirm once you have updated your records so we can proceed with the payment urgently.

            Regards
            Accounts Department
            Greenacre Farm
        """),
        x={
            "new_contact": "greenacre.farm.accounts@gmail.com",
            "note": "phishing-like redirect request from a free-mail address: labelled by what it asks (send to another address); a person must verify it before anything changes, and 'proceed with the payment' is no promise",
        },
    ),
    Reply(
        key="wc-de-1",
        lang="de",
        intent="wrong_contact",
        client="gmail",
        name="Bernd Köhler",
        addr="b.koehler@wg-sonnenhang.example",
        when="2026-11-30 19:25 +0100",
        inv="VS-418111",
        amt="1640.00",
        account="Wohnungsgenossenschaft Sonnenhang eG",
        cte="base64",
        text=T("""
            Guten Abend,

            ich bin seit der Mitgliederversammlung im Oktober nicht mehr im Vorstand der Genossenschaft und kümmere mich auch nicht mehr um die Finanzen. Zuständig ist jetzt Frau Petra Lindner, erreichbar unter Kasse@WG-Sonnenhang.example.

            Bitte schreiben Sie künftig direkt an sie.

            Mit freundlichen Grüßen
            Bernd Köhler
        """),
        x={
            "new_contact": "kasse@wg-sonnenhang.example",
            "note": "address written in mixed case, labelled in lower case",
        },
    ),
    Reply(
        key="wc-fr-1",
        lang="fr",
        intent="wrong_contact",
        client="apple",
        name="Gérard Masson",
        addr="gerard.masson@masson-famille.example",
        when="2026-12-07 17:02 +0100",
        inv="VS-418688",
        amt="1150.00",
        account="Paroisse Sainte-Thérèse",
        text=T("""
            Bonjour,

            Je ne m'occupe plus de la comptabilité de la paroisse depuis la rentrée. Merci d'adresser vos courriers à la nouvelle trésorière, Mme Agnès Perrin : tresorerie.stetherese@paroisse-stetherese.example

            Bien à vous,
            Gérard Masson
        """),
        x={"new_contact": "tresorerie.stetherese@paroisse-stetherese.example"},
    ),
    Reply(
        key="wc-fr-2",
        lang="fr",
        intent="wrong_contact",
        client="outlook_plain",
        name="Corinne Blanc",
        addr="secretariat@ecole-julesferry-montargis.example",
        when="2026-12-14 11:35 +0100",
        inv="VS-418980",
        amt="2100.00",
        account="École élémentaire Jules Ferry",
        charset="windows-1252",
        text=T("""
            Bonjour,

            Vous écrivez au secrétariat de l'école : nous ne gérons aucun budget et ne pouvons pas payer de facture. Les panneaux du préau ont été commandés par la commune. Il faut envoyer la facture et vos relances au service comptabilité de la mairie : comptabilite@ville-montargis.example

            Cordialement,
            Corinne Blanc
            Secrétariat – École élémentaire Jules Ferry
        """),
        x={
            "new_contact": "comptabilite@ville-montargis.example",
            "note": "school office redirects to the town hall that ordered the work",
        },
    ),
    Reply(
        key="wc-es-1",
        lang="es",
        intent="wrong_contact",
        client="notice",
        name="Granja Los Robles",
        addr="pedidos@granjalosrobles.example",
        when="2026-12-03 08:00 +0100",
        inv="VS-418571",
        amt="720.00",
        subject="Respuesta automática: Aviso de factura vencida VS-418571",
        headers=(AUTO_REPLIED,),
        text=T("""
            Esta dirección de correo ya no se revisa.

            Para facturas, pagos y cualquier asunto administrativo escriban a administracion@granjalosrobles.example. Para pedidos, llamen al 974 000 123.

            Gracias.
        """),
        x={
            "new_contact": "administracion@granjalosrobles.example",
            "note": "automatic 'no longer read' notice naming a new address: wrong_contact",
        },
    ),
    Reply(
        key="wc-es-2",
        lang="es",
        intent="wrong_contact",
        client="iphone",
        name="Rocío Méndez",
        addr="rociomendez.m@gmail.com",
        when="2026-12-16 22:40 +0100",
        inv="VS-419082",
        amt="410.00",
        account="Ricardo Méndez Vidal",
        text="Hola, creo que se han equivocado de persona. Yo no tengo placas solares ni he contratado nada con ustedes. Mi correo se parece al de otra persona, ya me ha pasado más veces.\nSaludos",
        x={
            "note": "wrong recipient altogether, no new address; not a dispute because she is not the customer"
        },
    ),
    Reply(
        key="wc-nl-1",
        lang="nl",
        intent="wrong_contact",
        client="gmail",
        name="Erik Smit",
        addr="erik@kaasboerderijdehoeve.example",
        when="2026-11-24 13:14 +0100",
        inv="VS-417745",
        amt="1980.00",
        account="Kaasboerderij De Hoeve",
        headers=(("Cc", "Marloes van Rijn <administratie@vanrijn-boekhouding.example>"),),
        text=T("""
            Hoi,

            Facturen en betalingen doet ons administratiekantoor, niet ik. Stuur dit maar naar Marloes van Rijn, administratie@vanrijn-boekhouding.example, die staat in de cc.

            Groet,
            Erik
        """),
        x={"new_contact": "administratie@vanrijn-boekhouding.example"},
    ),
    Reply(
        key="wc-nl-2",
        lang="nl",
        intent="wrong_contact",
        client="outlook_mobile",
        device="ios",
        name="Ria Veenstra",
        addr="ria.veenstra@veenstra-mail.example",
        when="2026-12-12 14:20 +0100",
        inv="VS-418950",
        amt="320.00",
        account="R. Veenstra",
        text=T("""
            Goedemiddag,

            Wij hebben ons huis aan de Dorpsstraat per 1 oktober verkocht, inclusief de zonnepanelen en het onderhoudscontract. Het contract is bij de overdracht op naam van de nieuwe eigenaren gezet, de familie Dijkstra. Hun e-mailadres is t.dijkstra@dijkstra-thuis.example.

            Met vriendelijke groet,
            Ria Veenstra
        """),
        x={
            "new_contact": "t.dijkstra@dijkstra-thuis.example",
            "note": "house sold with the contract; the new owners are the contact",
        },
    ),
    Reply(
        key="wc-it-1",
        lang="it",
        intent="wrong_contact",
        client="outlook_html",
        name="Giorgio Bassi",
        addr="studio@bassiamministrazioni.example",
        when="2026-12-01 09:50 +0100",
        inv="VS-418266",
        amt="2900.00",
        account="Condominio Via Garibaldi 18",
        text=T("""
            Buongiorno,

            vi informo che dal 1° novembre 2026 non sono più l'amministratore del Condominio Via Garibaldi 18. L'assemblea ha nominato lo Studio Ferri Amministrazioni, al quale ho già consegnato tutta la documentazione contabile.

            Per il sollecito vi prego di rivolgervi a loro: condomini@studioferri.example.

            Cordiali saluti
            Rag. Giorgio Bassi

            Questo messaggio e gli eventuali allegati sono riservati e destinati esclusivamente al destinatario indicato. Ai sensi del Regolamento UE 2016/679, se avete ricevuto questa comunicazione per errore vi preghiamo di informarci e di cancellarla.
        """),
        x={
            "new_contact": "condomini@studioferri.example",
            "note": "the condominium's former administrator names the new one; the trailing full stop is not part of the address",
        },
    ),
    Reply(
        key="wc-it-2",
        lang="it",
        intent="wrong_contact",
        client="notice",
        name="Azienda Agricola Santa Lucia",
        addr="info@aziendasantalucia.example",
        when="2026-12-09 10:12 +0100",
        inv="VS-418901",
        amt="860.00",
        subject="Risposta automatica: Promemoria di pagamento – fattura VS-418901",
        headers=(("X-Autoreply", "yes"),),
        text=T("""
            Gentile mittente,

            questa casella non è più presidiata. Per comunicazioni amministrative e fatture scrivere a contabilita@aziendasantalucia.example; per ordini e visite in cantina a enoteca@aziendasantalucia.example.

            Grazie.
        """),
        x={
            "new_contact": "contabilita@aziendasantalucia.example",
            "note": "'no longer monitored' notice without Auto-Submitted; of the two addresses, the administrative one is the contact for an invoice",
        },
    ),
]

UNSUBSCRIBE = [
    Reply(
        key="u-en-1",
        lang="en",
        intent="unsubscribe",
        client="gmail_plain",
        name="Neil Tranter",
        addr="neil.tranter@trantermail.example",
        when="2026-11-28 10:03 +0000",
        inv="VS-418050",
        amt="120.00",
        cur="GBP",
        text="unsubscribe",
        x={"note": "one word, lower case"},
    ),
    Reply(
        key="u-en-2",
        lang="en",
        intent="unsubscribe",
        client="outlook_plain",
        name="Graham Pike",
        addr="graham@pikehaulage.example",
        when="2026-12-08 16:55 +0000",
        inv="VS-418812",
        amt="9480.00",
        cur="GBP",
        account="Pike & Sons Haulage Ltd",
        charset="windows-1252",
        text=T("""
            Stop emailing me about this. The installation on our depot roof was botched from start to finish and I've said so three times on the phone. This is now with our solicitors, Hargreaves & Webb in Stockport, and any further correspondence goes through them and them only. Do not contact me or my staff directly again.

            G. Pike
            Managing Director
            Pike & Sons Haulage Ltd
        """),
        x={
            "note": "stop + 'through our solicitors' with a complaint: unsubscribe beats dispute; no solicitor address given"
        },
    ),
    Reply(
        key="u-en-3",
        lang="en",
        intent="unsubscribe",
        client="iphone",
        device="ipad",
        name="Evelyn Harte",
        addr="evelyn.harte@hartehome.example",
        when="2026-12-14 13:30 -0500",
        inv="VS-419020",
        amt="185.00",
        cur="USD",
        text=T("""
            To whom it may concern,

            Please do not send me bills by email. I do not do my banking on the computer and I will not open attachments. Send any statements to my home address by regular mail, as you did before.

            Evelyn Harte
        """),
        x={"note": "post only"},
    ),
    Reply(
        key="u-de-1",
        lang="de",
        intent="unsubscribe",
        client="gmail_plain",
        name="Frank Weber",
        addr="frank.weber@weber-privat.example",
        when="2026-12-04 22:10 +0100",
        inv="VS-418598",
        amt="310.00",
        text="Nehmen Sie mich bitte aus Ihrem Verteiler. Ich habe die Rechnung längst bezahlt und will diese Mails nicht mehr bekommen.\nF. Weber",
        x={"note": "stop request plus a payment claim: unsubscribe wins"},
    ),
    Reply(
        key="u-de-2",
        lang="de",
        intent="unsubscribe",
        client="outlook_html",
        name="Ulrike Brandt",
        addr="info@reiterhof-brandt.example",
        when="2026-12-17 09:05 +0100",
        inv="VS-419105",
        amt="7950.00",
        account="Reiterhof Brandt",
        text=T("""
            Sehr geehrte Damen und Herren,

            in obiger Angelegenheit haben wir Herrn Rechtsanwalt Dr. Wolfgang Sommer, Kanzlei Sommer & Partner, Hannover, mit der Wahrnehmung unserer Interessen beauftragt. Bitte richten Sie sämtliche weitere Korrespondenz ausschließlich an ihn und sehen Sie von weiteren Zahlungserinnerungen an uns ab.

            Mit freundlichen Grüßen
            Ulrike Brandt
            Reiterhof Brandt
        """),
        x={"note": "'only through our lawyer' with no address: unsubscribe, not wrong_contact"},
    ),
    Reply(
        key="u-fr-1",
        lang="fr",
        intent="unsubscribe",
        client="samsung",
        name="Patrick Caron",
        addr="p.caron@caron-mail.example",
        when="2026-12-10 08:20 +0100",
        inv="VS-418925",
        amt="95.00",
        text="Arrêtez de m'envoyer ces mails. C'est la troisième fois. Désinscrivez-moi de votre liste.",
        x={"note": "irritated stop request"},
    ),
    Reply(
        key="u-es-1",
        lang="es",
        intent="unsubscribe",
        client="outlook_plain",
        name="Manuel Ortega",
        addr="mortega@ortegaruiz.example",
        when="2026-11-25 12:40 +0100",
        inv="VS-417860",
        amt="260.00",
        charset="windows-1252",
        text=T("""
            Buenos días:

            Les ruego que no me manden más avisos por correo electrónico. Cualquier comunicación, por carta a mi domicilio, como se hacía antes.

            Atentamente,
            Manuel Ortega
        """),
        x={"note": "post only"},
    ),
    Reply(
        key="u-es-2",
        lang="es",
        intent="unsubscribe",
        client="iphone",
        name="Sergio Lozano",
        addr="gerencia@gimnasiolozano.example",
        when="2026-12-12 13:15 +0100",
        inv="VS-418968",
        amt="5600.00",
        account="Gimnasio Lozano",
        text="Dejen de enviarme correos de una vez. Ya le dije a su comercial que esto lo lleva mi abogado. Hablen con él.",
        x={"note": "'talk to my lawyer' with no address"},
    ),
    Reply(
        key="u-nl-1",
        lang="nl",
        intent="unsubscribe",
        client="gmail_plain",
        name="Kees Vermeulen",
        addr="kees.vermeulen@vermeulen-mail.example",
        when="2026-11-27 07:30 +0100",
        inv="VS-418011",
        amt="150.00",
        text="Afmelden a.u.b.",
        x={"note": "two words"},
    ),
    Reply(
        key="u-nl-2",
        lang="nl",
        intent="unsubscribe",
        client="gmail",
        name="Joost Hendriks",
        addr="joost@fietsenhendriks.example",
        when="2026-12-15 17:48 +0100",
        inv="VS-419012",
        amt="2890.00",
        account="Fietsen Hendriks",
        text=T("""
            Stop met mailen. We hebben NIET betaald en dat gaan we ook niet doen zolang de omvormer niet gerepareerd is, dat weten jullie al sinds september. Alle verdere communicatie loopt via onze advocaat, mr. De Wit. Ik wil geen herinneringen meer ontvangen.

            Joost Hendriks
            Fietsen Hendriks
        """),
        x={"note": "stop + lawyer beats the dispute it mentions"},
    ),
    Reply(
        key="u-it-1",
        lang="it",
        intent="unsubscribe",
        client="gmail_plain",
        name="Roberto Conti",
        addr="roberto.conti@conti-casa.example",
        when="2026-12-02 19:40 +0100",
        inv="VS-418350",
        amt="140.00",
        text="Cancellatemi dalla vostra lista, grazie. Non voglio più ricevere email da Verdant Solar.",
        x={"note": "plain removal request"},
    ),
    Reply(
        key="u-it-2",
        lang="it",
        intent="unsubscribe",
        client="outlook_html_only",
        name="don Carlo Vitale",
        addr="parrocchia.sanmichele@diocesi-mail.example",
        when="2026-12-16 11:10 +0100",
        inv="VS-419066",
        amt="3750.00",
        account="Parrocchia di San Michele Arcangelo",
        text=T("""
            Gentili signori,

            vi comunico che la Parrocchia non intende più ricevere comunicazioni amministrative per posta elettronica. Qualsiasi comunicazione dovrà pervenire esclusivamente a mezzo raccomandata A/R all'indirizzo della Parrocchia.

            Distinti saluti
            don Carlo Vitale
            Parroco
        """),
        x={"note": "registered post only; HTML-only message"},
    ),
]

AUTO_REPLY = [
    Reply(
        key="ar-en-1",
        lang="en",
        intent="auto_reply",
        client="notice_html",
        name="Helen Carter",
        addr="h.carter@hillcrestacademy.example",
        when="2026-12-02 08:45 +0000",
        inv="VS-418440",
        amt="1540.00",
        cur="GBP",
        subject="Automatic reply: Overdue invoice VS-418440 – friendly reminder",
        headers=(AUTO_GENERATED, SUPPRESS),
        text=T("""
            Thank you for your email. I am out of the office on a training course until Monday 7 December with limited access to email.

            For urgent finance matters please contact the school office on 01632 960555.

            Helen Carter
            School Business Manager
            Hillcrest Academy
        """),
        x={"return_date": "2026-12-07", "note": "'until Monday 7 December' → that date"},
    ),
    Reply(
        key="ar-en-2",
        lang="en",
        intent="auto_reply",
        client="notice",
        name="Lakeside Property Services Helpdesk",
        addr="support@lakesideproperty.example",
        when="2026-12-07 14:03 +0000",
        inv="VS-418715",
        amt="2210.00",
        cur="GBP",
        subject="[Ticket #48213] RE: Overdue invoice VS-418715 – friendly reminder",
        headers=(("Precedence", "bulk"), ("X-Autoreply", "yes")),
        text=T("""
            Hello,

            Thank you for contacting Lakeside Property Services. Your request has been logged as ticket #48213 and a member of our team will respond within 3 working days.

            Please keep the ticket number in the subject line if you reply.

            This is an automatically generated message.

            Lakeside Property Services – Resident & Supplier Helpdesk
        """),
        x={
            "note": "ticket acknowledgement without Auto-Submitted; 'within 3 working days' is not a return date"
        },
    ),
    Reply(
        key="ar-en-3",
        lang="en",
        intent="auto_reply",
        client="notice",
        name="Jessica Nguyen",
        addr="jnguyen@sunridgefarmsco.example",
        when="2026-11-30 11:12 -0700",
        inv="VS-418101",
        amt="890.00",
        cur="USD",
        headers=(AUTO_REPLIED,),
        text=T("""
            Hi,

            I am on maternity leave until March 1, 2027 and won't be checking email. For anything related to invoices or payments at Sunridge Farms, please reach out to our office manager, Carlos, at office@sunridgefarmsco.example.

            Thanks!
            Jessica
        """),
        x={
            "return_date": "2027-03-01",
            "note": "vacation responder; 'until X' → X; a colleague's address in an auto-reply keeps new_contact null",
        },
    ),
    Reply(
        key="ar-de-1",
        lang="de",
        intent="auto_reply",
        client="notice_html",
        name="Martina Scholz",
        addr="m.scholz@gaertnerei-scholz.example",
        when="2026-12-07 07:02 +0100",
        inv="VS-418820",
        amt="615.00",
        subject="Automatische Antwort: Zahlungserinnerung zur Rechnung VS-418820",
        headers=(AUTO_GENERATED, SUPPRESS),
        text=T("""
            Vielen Dank für Ihre Nachricht.

            Ich befinde mich vom 07.12. bis einschließlich 11.12.2026 im Urlaub und bin ab Montag, dem 14.12.2026, wieder im Büro. Ihre E-Mail wird nicht weitergeleitet.

            In dringenden Fällen wenden Sie sich bitte an unser Büro unter 04321 55660.

            Mit freundlichen Grüßen
            Martina Scholz
            Gärtnerei Scholz – Buchhaltung
        """),
        x={"return_date": "2026-12-14", "note": "the day back wins over 'bis einschließlich'"},
    ),
    Reply(
        key="ar-de-2",
        lang="de",
        intent="auto_reply",
        client="notice",
        name="Hofkäserei Bergmann",
        addr="info@hofkaeserei-bergmann.example",
        when="2026-12-18 16:30 +0100",
        inv="VS-419150",
        amt="1330.00",
        subject="Winterpause - Re: Zahlungserinnerung zur Rechnung VS-419150",
        charset="iso-8859-1",
        text=T("""
            Liebe Kundinnen und Kunden,

            unsere Hofkäserei macht Winterpause. Vom 18. Dezember bis zum 3. Januar ist das Büro nicht besetzt, E-Mails werden in dieser Zeit nicht gelesen. Ab dem 4. Januar 2027 sind wir wieder für Sie da.

            Frohe Weihnachten und einen guten Rutsch!
            Familie Bergmann
            Hofkäserei Bergmann
        """),
        x={
            "return_date": "2027-01-04",
            "note": "farm autoresponder without Auto-Submitted; 'ab dem 4. Januar' is the day back",
        },
    ),
    Reply(
        key="ar-fr-1",
        lang="fr",
        intent="auto_reply",
        client="notice_html",
        name="Claire Dubois",
        addr="gestion@lycee-agricole-stflour.example",
        when="2026-12-03 10:14 +0100",
        inv="VS-418555",
        amt="4120.00",
        subject="Réponse automatique : Rappel : facture VS-418555 en attente de règlement",
        headers=(AUTO_GENERATED, SUPPRESS),
        text=T("""
            Bonjour,

            Je suis absente du bureau et serai de retour le mercredi 9 décembre. Pendant mon absence, vos messages ne seront pas transférés.

            Pour toute urgence, merci de contacter le secrétariat d'intendance au 04 71 00 00 00.

            Claire Dubois
            Adjointe gestionnaire
            Lycée agricole de Saint-Flour
        """),
        x={"return_date": "2026-12-09"},
    ),
    Reply(
        key="ar-fr-2",
        lang="fr",
        intent="auto_reply",
        client="notice",
        name="Syndic Horizon – Service Client",
        addr="serviceclient@syndic-horizon.example",
        when="2026-12-16 15:40 +0100",
        inv="VS-419047",
        amt="2640.00",
        subject="[Demande n° 2026-118442] Accusé de réception",
        headers=(AUTO_REPLIED,),
        text=T("""
            Bonjour,

            Nous accusons bonne réception de votre message, enregistré sous le numéro de demande 2026-118442.

            Un gestionnaire de notre service prendra connaissance de votre demande et vous répondra dans les meilleurs délais. Merci de rappeler ce numéro dans toute correspondance.

            Ce message est généré automatiquement, merci de ne pas y répondre.

            Syndic Horizon – Service Client
        """),
        x={"note": "ticket acknowledgement; 'ne pas y répondre' does not make it wrong_contact"},
    ),
    Reply(
        key="ar-es-1",
        lang="es",
        intent="auto_reply",
        client="notice_html",
        name="Javier Romero",
        addr="jromero@coopsanisidro.example",
        when="2026-12-04 18:00 +0100",
        inv="VS-418620",
        amt="3010.00",
        subject="Respuesta automática: Aviso de factura vencida VS-418620",
        headers=(AUTO_GENERATED,),
        text=T("""
            Gracias por su mensaje.

            Estaré fuera de la oficina hasta el 14 de diciembre, con acceso limitado al correo. Para asuntos urgentes pueden llamar a la cooperativa al 976 000 000.

            Un saludo,
            Javier Romero
            Cooperativa Agrícola San Isidro
        """),
        x={"return_date": "2026-12-14", "note": "'hasta el 14 de diciembre' → that date"},
    ),
    Reply(
        key="ar-nl-1",
        lang="nl",
        intent="auto_reply",
        client="notice_html",
        name="Anouk Peeters",
        addr="a.peeters@bs-deregenboog.example",
        when="2026-12-08 09:30 +0100",
        inv="VS-418880",
        amt="1190.00",
        subject="Automatisch antwoord: Betalingsherinnering factuur VS-418880",
        headers=(AUTO_GENERATED, SUPPRESS),
        text=T("""
            Beste afzender,

            Ik ben afwezig tot en met vrijdag 11 december. Vanaf maandag 14 december ben ik weer bereikbaar. Uw e-mail wordt niet doorgestuurd.

            Met vriendelijke groet,
            Anouk Peeters
            Administratie – Basisschool De Regenboog
        """),
        x={
            "return_date": "2026-12-14",
            "note": "'vanaf maandag 14 december' wins over 't/m vrijdag 11'",
        },
    ),
    Reply(
        key="ar-nl-2",
        lang="nl",
        intent="auto_reply",
        client="notice",
        name="Zorgboerderij 't Zonnehof",
        addr="info@zonnehof-zorgboerderij.example",
        when="2026-11-23 12:00 +0100",
        inv="VS-417530",
        amt="540.00",
        subject="Bedankt voor uw bericht",
        headers=(AUTO_REPLIED,),
        text=T("""
            Bedankt voor uw e-mail!

            Wij hebben uw bericht in goede orde ontvangen en reageren binnen twee werkdagen. In het seizoen kan het soms iets langer duren.

            Hartelijke groet,
            Zorgboerderij 't Zonnehof
        """),
        x={"note": "receipt acknowledgement, no return date"},
    ),
    Reply(
        key="ar-it-1",
        lang="it",
        intent="auto_reply",
        client="notice_html",
        name="Chiara Fontana",
        addr="amministrazione@scuola-ausiliatrice.example",
        when="2026-12-18 12:20 +0100",
        inv="VS-419160",
        amt="980.00",
        subject="Risposta automatica: Promemoria di pagamento – fattura VS-419160",
        headers=(AUTO_GENERATED, SUPPRESS),
        text=T("""
            Buongiorno,

            sarò in ferie fino al 6 gennaio e rientrerò in ufficio giovedì 7 gennaio 2027. Rispondero' al vostro messaggio al mio rientro.

            Cordiali saluti
            Chiara Fontana
            Ufficio amministrativo – Scuola paritaria Maria Ausiliatrice
        """),
        x={
            "return_date": "2027-01-07",
            "note": "the stated day back wins over 'fino al 6 gennaio'",
        },
    ),
    Reply(
        key="ar-it-2",
        lang="it",
        intent="auto_reply",
        client="notice",
        name="Davide Moretti",
        addr="davide@morettiserramenti.example",
        when="2026-12-10 14:05 +0100",
        inv="VS-418930",
        amt="2270.00",
        subject="Fuori sede - Re: Promemoria di pagamento – fattura VS-418930",
        headers=(AUTO_REPLIED,),
        text="Sono fuori sede per lavoro e rientrerò lunedì 14 dicembre. Per questioni amministrative potete scrivere a Simona, simona@morettiserramenti.example, o chiamare lo 0541 000000.",
        x={
            "return_date": "2026-12-14",
            "note": "a colleague's address in an auto-reply keeps new_contact null",
        },
    ),
]

OTHER = [
    Reply(
        key="o-en-1",
        lang="en",
        intent="other",
        client="gmail",
        name="Tom Ellery",
        addr="tom.ellery@ellery-home.example",
        when="2026-12-03 19:50 +0000",
        inv="VS-418480",
        amt="320.00",
        cur="GBP",
        text=T("""
            Hi,

            Not about the invoice, but since I've got you: the app has shown zero generation since Sunday and the inverter display is blank. Is that something you can look at remotely, or do you need to send someone out? We're home most days next week.

            Thanks,
            Tom
        """),
        x={
            "note": "service request in the reminder thread; nothing about paying; 'next week' is availability"
        },
    ),
    Reply(
        key="o-en-2",
        lang="en",
        intent="other",
        client="iphone",
        name="Linda Morgan",
        addr="linda.morgan@morganfamily.example",
        when="2026-11-25 14:15 +0000",
        inv="VS-417880",
        amt="410.00",
        cur="GBP",
        account="Mr & Mrs Morgan",
        text="Thanks, Ive passed this onto my husband he deals with the bills",
        x={"note": "acknowledgement; passing it on names no new contact and promises nothing"},
    ),
    Reply(
        key="o-en-3",
        lang="en",
        intent="other",
        client="outlook_mobile",
        device="ios",
        name="Ruth Abernathy",
        addr="ruth.abernathy@elmstreetcoop.example",
        when="2026-12-09 20:20 -0500",
        inv="VS-418860",
        amt="3780.00",
        cur="USD",
        account="Elm Street Housing Cooperative",
        text=T("""
            Hi there,

            Just to let you know, the board meets on Monday the 14th and your invoice is on the agenda. I'm only one of five members so I can't tell you what will be decided, but I'll make sure it gets discussed. Someone will be in touch after the meeting.

            Ruth Abernathy
            Board Secretary, Elm Street Housing Cooperative
        """),
        x={"note": "a board meeting date is not a payment promise; nothing committed"},
    ),
    Reply(
        key="o-de-1",
        lang="de",
        intent="other",
        client="gmail",
        name="Thomas Lehmann",
        addr="thomas.lehmann@lehmann-web.example",
        when="2026-11-28 15:30 +0100",
        inv="VS-418060",
        amt="1240.00",
        text=T("""
            Hallo,

            kurze Frage zu unserer Anlage: Haben Sie die eigentlich schon im Marktstammdatenregister angemeldet, oder muss ich das selbst machen? Der Netzbetreiber hat mir geschrieben, dass die Anmeldung noch fehlt.

            Viele Grüße
            Thomas Lehmann
        """),
        x={"note": "registration question in the reminder thread"},
    ),
    Reply(
        key="o-de-2",
        lang="de",
        intent="other",
        client="thunderbird",
        name="Walter Reimann",
        addr="walter@reimann-landwirtschaft.example",
        when="2026-12-11 10:45 +0100",
        inv="VS-418946",
        amt="380.00",
        charset="iso-8859-1",
        text=T("""
            Guten Tag,

            ich habe den Hof zum 30. November aufgegeben, die Flächen sind verpachtet und die Ställe stehen leer. Die Anlage auf der Scheune läuft aber weiter. Wie es mit dem Wartungsvertrag weitergeht, muss ich mit meinem Sohn noch besprechen.

            Mit freundlichen Grüßen
            Walter Reimann
        """),
        x={
            "note": "farm given up, but the writer is still the account holder; nothing committed, a person reads it"
        },
    ),
    Reply(
        key="o-fr-1",
        lang="fr",
        intent="other",
        client="iphone",
        name="Hélène Marchand",
        addr="helene.marchand@marchand-mail.example",
        when="2026-11-30 12:10 +0100",
        inv="VS-418088",
        amt="210.00",
        text="C'est noté, merci.",
        x={"note": "acknowledgement only; no commitment"},
    ),
    Reply(
        key="o-fr-2",
        lang="fr",
        intent="other",
        client="outlook_mobile",
        device="android",
        name="Bruno Lefèvre",
        addr="earl.lefevre@lefevre-agri.example",
        when="2026-12-14 07:50 +0100",
        inv="VS-418975",
        amt="640.00",
        account="EARL Lefèvre",
        text=T("""
            Bonjour,

            Pendant que je vous tiens : l'onduleur du hangar clignote rouge depuis samedi et la production est à zéro. Est-ce qu'un technicien peut passer avant Noël ? Je suis joignable au 06 00 00 00 00.

            Bruno Lefèvre
            EARL Lefèvre
        """),
        x={"note": "breakdown report and visit request; nothing about the invoice"},
    ),
    Reply(
        key="o-es-1",
        lang="es",
        intent="other",
        client="gmail",
        name="Elena Navarro Gil",
        addr="elena.navarro.gil@navarrogil.example",
        when="2026-12-02 17:30 +0100",
        inv="VS-418300",
        amt="1100.00",
        account="José Navarro Pardo",
        text=T("""
            Buenas tardes:

            Les escribo porque este correo era de mi padre, José Navarro, que falleció el pasado mes de octubre. Estamos todavía con los trámites de la herencia y no sé muy bien qué hay que hacer con esta factura ni con el contrato de mantenimiento.

            ¿Me podrían explicar cómo proceder?

            Gracias,
            Elena Navarro
        """),
        x={
            "note": "the account holder has died; the family asks how to proceed; no new address, no commitment"
        },
    ),
    Reply(
        key="o-es-2",
        lang="es",
        intent="other",
        client="samsung",
        name="Tomás Aguirre",
        addr="carpinteria@aguirre-madera.example",
        when="2026-12-14 09:12 +0100",
        inv="VS-418982",
        amt="2340.00",
        account="Carpintería Aguirre",
        text="Buenos días, ¿me puede llamar alguien de administración? Prefiero hablar esto por teléfono que por correo. Mi móvil es el 600 000 000, a partir de las 3 estoy en el taller.\nTomás Aguirre",
        x={"note": "asks for a phone call; no intent stated"},
    ),
    Reply(
        key="o-nl-1",
        lang="nl",
        intent="other",
        client="outlook_html",
        name="Dirk Mertens",
        addr="dirk.mertens@mertens-mail.example",
        when="2026-12-01 20:40 +0100",
        inv="VS-418200",
        amt="450.00",
        text=T("""
            Beste,

            Los van de factuur: hoe lang loopt de garantie op de panelen eigenlijk? Ik wil er een paar bijplaatsen op de garage en wil weten of dat gevolgen heeft voor de garantie op de bestaande installatie.

            Met vriendelijke groeten,
            Dirk Mertens
        """),
        x={"note": "warranty and extension question, explicitly apart from the invoice"},
    ),
    Reply(
        key="o-nl-2",
        lang="nl",
        intent="other",
        client="iphone",
        name="Marleen Kok",
        addr="marleenkok@kok-thuis.example",
        when="2026-12-16 12:00 +0100",
        inv="VS-419040",
        amt="199.00",
        text="Oké, is goed.",
        x={"note": "acknowledgement; 'is goed' commits to nothing"},
    ),
    Reply(
        key="o-it-1",
        lang="it",
        intent="other",
        client="gmail_plain",
        name="Alessandro Ricci",
        addr="ale.ricci@ricci-casa.example",
        when="2026-11-27 21:25 +0100",
        inv="VS-418016",
        amt="380.00",
        text="Buonasera, ma scusate, il contributo del GSE quando comincia ad arrivare? Sono passati sei mesi dall'allaccio e non ho visto ancora niente. Chi devo sentire?\nAlessandro Ricci",
        x={"note": "question about an energy incentive, not about the invoice"},
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
# Bounces: generated skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Returned:
    """The reminder a bounce is about, and when things happened."""

    sent: datetime
    when: datetime
    subject: str
    raw: bytes


def returned(b: Bounce) -> Returned:
    when = parse_when(b.when)
    sent = when - timedelta(minutes=b.queued_minutes)
    loc = locale_of(b.lang, when)
    text = reminder_text(
        lang=b.lang, loc=loc, account=b.account, inv=b.inv, amt=b.amt, cur=b.cur, sent=sent
    )
    raw = reminder_message(
        lang=b.lang, to_name=b.account, to_addr=b.rcpt, sent=sent, text=text, inv=b.inv
    )
    return Returned(sent, when, reminder_subject(b.lang, b.inv), raw)


def raw_headers(raw: bytes) -> bytes:
    return raw.split(b"\n\n", 1)[0] + b"\n"


def with_headers(part: Part, *extra: tuple[str, str]) -> Part:
    return Part((*part.headers, *extra), part.body)


def delivery_status(
    per_message: Sequence[tuple[str, str]], per_recipient: Sequence[tuple[str, str]]
) -> Part:
    body = header_block(per_message) + b"\n" + header_block(per_recipient)
    return raw_leaf(body, ctype="message/delivery-status")


def bounce_headers(b: Bounce, ret: Returned, *, sender: str, subject: str) -> list[tuple[str, str]]:
    domain = re.findall(r"@([A-Za-z0-9.-]+)", sender)[0]
    return [
        ("From", sender),
        ("To", AR_ADDR),
        ("Subject", encoded_word(subject)),
        ("Date", format_datetime(ret.when)),
        ("Message-ID", f"<{token(b.key, 'dsn', 24, 'lower')}@{domain}>"),
        ("Auto-Submitted", "auto-replied"),
    ]


def report(b: Bounce, parts: Sequence[Part]) -> Part:
    bnd = f"{token(b.key, 'bd', 12)}.{token(b.key, 'bd2', 8, 'hex')}/{token(b.key, 'h', 6)}"
    return multipart("report", bnd, parts, params=' report-type="delivery-status";')


def notification(text: str, *, charset: str = "us-ascii", cte: Cte = "7bit") -> Part:
    return with_headers(
        leaf(text, charset=charset, cte=cte), ("Content-Description", "Notification")
    )


def rcpt_fields(
    b: Bounce, *, action: str, remote: str, diagnostic: str, last: datetime
) -> list[tuple[str, str]]:
    fields = [
        ("Final-Recipient", f"rfc822; {b.rcpt}"),
        ("Original-Recipient", f"rfc822;{b.rcpt}"),
        ("Action", action),
        ("Status", b.status),
    ]
    if remote:
        fields.append(("Remote-MTA", f"dns; {remote}"))
    fields += [
        ("Diagnostic-Code", f"smtp; {diagnostic}"),
        ("Last-Attempt-Date", format_datetime(last)),
    ]
    return fields


def bounce_postfix_delay(b: Bounce) -> bytes:
    ret = returned(b)
    host = "mx-out1.verdant-solar.example"
    remote = "mx.whitmore-grange.example[198.51.100.23]:25"
    human = T(f"""
        This is the mail system at host {host}.

        ####################################################################
        # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
        ####################################################################

        Your message could not be delivered for more than 4 hour(s).
        It will be retried until it is 5 day(s) old.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <{b.rcpt}>: connect to {remote}: Connection timed
            out
    """)
    status = delivery_status(
        [
            ("Reporting-MTA", f"dns; {host}"),
            ("X-Postfix-Queue-ID", token(b.key, "queue", 11)),
            ("X-Postfix-Sender", f"rfc822; {AR_ADDR}"),
            ("Arrival-Date", format_datetime(ret.sent)),
        ],
        [
            ("Final-Recipient", f"rfc822; {b.rcpt}"),
            ("Original-Recipient", f"rfc822;{b.rcpt}"),
            ("Action", "delayed"),
            ("Status", b.status),
            ("Diagnostic-Code", f"X-Postfix; connect to {remote}: Connection\n    timed out"),
            ("Will-Retry-Until", format_datetime(ret.sent + timedelta(days=5))),
        ],
    )
    headers_part = with_headers(
        raw_leaf(raw_headers(ret.raw), ctype="text/rfc822-headers"),
        ("Content-Description", "Undelivered Message Headers"),
    )
    parts = [
        notification(human),
        with_headers(status, ("Content-Description", "Delivery report")),
        headers_part,
    ]
    sender = f"MAILER-DAEMON@{host} (Mail Delivery System)"
    headers = bounce_headers(b, ret, sender=sender, subject="Delayed Mail (still being retried)")
    return assemble(headers, report(b, parts))


def bounce_sendmail(b: Bounce) -> bytes:
    ret = returned(b)
    host = "mail.oakhollow-grange.example"
    store = "mailstore.oakhollow-grange.example"
    reason = f"550 5.1.1 <{b.rcpt}>... User unknown"
    human = T(f"""
        The original message was received at {format_datetime(ret.sent)}
        from mx-out1.verdant-solar.example [203.0.113.25]

           ----- The following addresses had permanent fatal errors -----
        <{b.rcpt}>
            (reason: {reason})

           ----- Transcript of session follows -----
        ... while talking to {store}.:
        >>> DATA
        <<< {reason}
        {reason}
        <<< 503 5.0.0 Need RCPT (recipient)
    """)
    status = delivery_status(
        [
            ("Reporting-MTA", f"dns; {host}"),
            ("Received-From-MTA", "DNS; mx-out1.verdant-solar.example"),
            ("Arrival-Date", format_datetime(ret.sent)),
        ],
        rcpt_fields(b, action="failed", remote=store, diagnostic=reason, last=ret.when),
    )
    parts = [notification(human), status, raw_leaf(ret.raw, ctype="message/rfc822")]
    sender = f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>"
    headers = bounce_headers(
        b, ret, sender=sender, subject="Returned mail: see transcript for details"
    )
    return assemble(headers, report(b, parts))


def bounce_qmail(b: Bounce) -> bytes:
    ret = returned(b)
    host = "mail.hostingbay.example"
    received = f"Received: (qmail {int(token(b.key, 'pid', 4, 'hex'), 16)} invoked from network); {format_datetime(ret.sent)}\n"
    human = T(f"""
        Hi. This is the qmail-send program at {host}.
        I'm afraid I wasn't able to deliver your message to the following addresses.
        This is a permanent error; I've given up. Sorry it didn't work out.

        <{b.rcpt}>:
        Sorry, no mailbox here by that name. (#{b.status})

        --- Below this line is a copy of the message.
    """)
    body = (human + "\n\n" + f"Return-Path: <{AR_ADDR}>\n" + received).encode("ascii") + ret.raw
    headers = bounce_headers(b, ret, sender=f"MAILER-DAEMON@{host}", subject="failure notice")
    headers = [h for h in headers if h[0] != "Auto-Submitted"]
    return assemble(headers, Part((), body), mime="")


O365_TEXT = {
    "de": T("""
        Ihre Nachricht an {rcpt} konnte nicht zugestellt werden.

        {local} wurde bei {domain} nicht gefunden.

        Empfänger: {rcpt}

        Vorgehensweise
        Die Adresse ist vermutlich falsch geschrieben oder existiert nicht mehr. Überprüfen Sie die E-Mail-Adresse des Empfängers und senden Sie die Nachricht erneut. Besteht das Problem weiterhin, erreichen Sie den Empfänger auf anderem Weg (zum Beispiel telefonisch) und bitten Sie ihn, seinen E-Mail-Administrator zu informieren.

        Diagnoseinformationen für Administratoren:

        Generierender Server: {server}

        {rcpt}
        Remoteserver hat "{diagnostic}" zurückgegeben.
    """),
    "fr": T("""
        Votre message à {rcpt} n'a pas pu être remis.

        La boîte aux lettres de {local} est pleine.

        Destinataire : {rcpt}

        Que faire ?
        Le destinataire doit libérer de l'espace dans sa boîte aux lettres. Réessayez d'envoyer votre message plus tard, ou prévenez le destinataire par un autre moyen.

        Informations de diagnostic pour les administrateurs :

        Serveur de génération : {server}

        {rcpt}
        Le serveur distant a retourné « {diagnostic} »
    """),
    "nl": T("""
        Bezorging is vertraagd voor deze geadresseerden of groepen:

        {rcpt} ({rcpt})

        Onderwerp: {subject}

        Dit bericht is nog niet bezorgd. Er wordt nog steeds geprobeerd het te bezorgen.

        De server probeert het bericht nog 1 dag, 19 uur en 52 minuten te bezorgen. U krijgt een melding als het bericht in die tijd niet kan worden bezorgd.

        Diagnostische gegevens voor beheerders:

        Genererende server: {server}
        Ontvangende server: {remote}

        {rcpt}
        Externe server heeft '{diagnostic}' geretourneerd
    """),
}
O365_SUBJECT = {"de": "Unzustellbar: ", "fr": "Non remis : ", "nl": "Bezorging vertraagd: "}
O365_DIAG = {
    "de": "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {rcpt} not found by SMTP address lookup",
    "fr": "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception",
    "nl": "451 4.4.7 Message delayed; remote server did not respond",
}
O365_SERVER = {
    "de": "FR2P281MB1843.DEUP281.PROD.OUTLOOK.COM",
    "fr": "PR1P264MB2215.FRAP264.PROD.OUTLOOK.COM",
    "nl": "AM9P190MB1204.EURP190.PROD.OUTLOOK.COM",
}


def bounce_o365(b: Bounce) -> bytes:
    ret = returned(b)
    local, domain = b.rcpt.split("@")
    server = O365_SERVER[b.lang]
    diagnostic = O365_DIAG[b.lang].format(rcpt=b.rcpt)
    remote = f"mx.{domain}"
    human = O365_TEXT[b.lang].format(
        rcpt=b.rcpt,
        local=local,
        domain=domain,
        server=server,
        diagnostic=diagnostic,
        subject=ret.subject,
        remote=remote,
    )
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        "<body><div style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif\">"
        + "".join(f"<p>{html_br(block)}</p>" for block in human.split("\n\n"))
        + "</div></body></html>"
    )
    human_part = multipart(
        "alternative",
        f"_000_{token(b.key, 'alt', 36)}_",
        [leaf(human, cte="quoted-printable"), leaf(markup, subtype="html", cte="quoted-printable")],
    )
    action = "delayed" if b.status.startswith("4") else "failed"
    status = delivery_status(
        [
            ("Reporting-MTA", f"dns;{server}"),
            ("Received-From-MTA", f"dns;{server.lower()}"),
            ("Arrival-Date", format_datetime(ret.sent)),
        ],
        rcpt_fields(b, action=action, remote=remote, diagnostic=diagnostic, last=ret.when),
    )
    returned_part = (
        raw_leaf(raw_headers(ret.raw), ctype="text/rfc822-headers")
        if action == "delayed"
        else raw_leaf(ret.raw, ctype="message/rfc822")
    )
    sender = "Microsoft Outlook <postmaster@verdant-solar.example>"
    headers = bounce_headers(b, ret, sender=sender, subject=O365_SUBJECT[b.lang] + ret.subject)
    headers.append(("X-MS-Exchange-Message-Is-Ndr", ""))
    return assemble(headers, report(b, [human_part, status, returned_part]))


def bounce_gateway_de(b: Bounce) -> bytes:
    ret = returned(b)
    cet = timezone(timedelta(hours=1))
    first = ret.sent.astimezone(cet).strftime("%d.%m.%Y %H:%M:%S")
    last = ret.when.astimezone(cet).strftime("%d.%m.%Y %H:%M:%S")
    until = (ret.sent + timedelta(days=2)).astimezone(cet).strftime("%d.%m.%Y %H:%M")
    human = T(f"""
        Bastion Mail Shield – Zustellbenachrichtigung

        Ihre Nachricht konnte bisher nicht zugestellt werden. Das System versucht die Zustellung automatisch weiter; Sie müssen die Nachricht nicht erneut senden.

        Betreff:          {ret.subject}
        Empfänger:        {b.rcpt}
        Eingeliefert:     {first} MEZ
        Letzter Versuch:  {last} MEZ
        Status:           {b.status} (vorübergehender Fehler)
        Antwort des Zielservers: 451 4.7.1 Greylisting in action, please come back later

        Weitere Zustellversuche erfolgen bis zum {until} MEZ. Schlägt die Zustellung bis dahin fehl, erhalten Sie eine Unzustellbarkeitsnachricht.

        Diese Nachricht wurde automatisch erzeugt. Bei Fragen wenden Sie sich an die IT (it-service@verdant-solar.example).
    """)
    sender = "Bastion Mail Shield <no-reply@shield.verdant-solar.example>"
    headers = bounce_headers(b, ret, sender=sender, subject="Zustellung verzögert: " + ret.subject)
    headers.append(("X-Bastion-Notice", "delay"))
    return assemble(headers, leaf(human, cte="quoted-printable"))


def bounce_isp_fr(b: Bounce) -> bytes:
    ret = returned(b)
    original = raw_headers(ret.raw).decode("ascii")
    human = T(f"""
        Bonjour,

        Ceci est un message automatique du serveur de messagerie smtp.azurea-mail.example.

        Votre message n'a pas pu être remis au(x) destinataire(s) suivant(s) :

          {b.rcpt}
          Raison : adresse inconnue, la boîte aux lettres n'existe pas ({b.status})

        Il s'agit d'une erreur définitive : le message ne sera pas renvoyé. Vérifiez l'adresse du destinataire avant de renouveler votre envoi.

        Le service Azurea Mail

        ----- En-têtes du message d'origine -----
    """)
    body = human + "\n" + original
    sender = "Azurea Mail <mailer-daemon@smtp.azurea-mail.example>"
    headers = bounce_headers(b, ret, sender=sender, subject="Message non remis")
    return assemble(headers, leaf(body, charset="iso-8859-1", cte="quoted-printable"))


def bounce_gmail_es(b: Bounce) -> bytes:
    ret = returned(b)
    remote = f"mx.{b.rcpt.split('@')[1]}"
    diagnostic = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in virtual mailbox table"
    )
    human = T(f"""
        ** No se ha encontrado la dirección **

        Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o no puede recibir correo.

        Más información: https://support.google.com/mail/?p=NoSuchUser

        La respuesta del servidor remoto ha sido:
        {diagnostic}
    """)
    markup = (
        '<html><head></head><body><table style="font-family:Google Sans,Roboto,Arial,sans-serif">'
        '<tr><td><h2 style="font-size:22px">No se ha encontrado la dirección</h2></td></tr>'
        f"<tr><td>Tu mensaje no se ha entregado a <b>{b.rcpt}</b> porque no se ha encontrado la dirección o no puede recibir correo.</td></tr>"
        f"<tr><td><p>La respuesta del servidor remoto ha sido:</p><p>{esc(diagnostic)}</p></td></tr>"
        "</table></body></html>"
    )
    human_part = multipart(
        "alternative",
        "000000000000" + token(b.key, "alt", 16, "hex"),
        [leaf(human, cte="quoted-printable"), leaf(markup, subtype="html", cte="quoted-printable")],
    )
    status = delivery_status(
        [("Reporting-MTA", "dns; googlemail.com"), ("Arrival-Date", format_datetime(ret.sent))],
        rcpt_fields(
            b,
            action="failed",
            remote=f"{remote}. (192.0.2.150, the server for the domain)",
            diagnostic=diagnostic,
            last=ret.when,
        ),
    )
    parts = [human_part, status, raw_leaf(ret.raw, ctype="message/rfc822")]
    sender = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
    headers = bounce_headers(
        b, ret, sender=sender, subject="Delivery Status Notification (Failure)"
    )
    headers.append(("X-Failed-Recipients", b.rcpt))
    return assemble(headers, report(b, parts))


def bounce_postfix_es(b: Bounce) -> bytes:
    ret = returned(b)
    host = "relay-es.verdant-solar.example"
    remote = "mx.apartamentoslaplaya.example[192.0.2.77]"
    human = T(f"""
        Este es el sistema de correo del servidor {host}.

        ####################################################################
        # ESTO ES SOLO UN AVISO. NO ES NECESARIO QUE REENVÍE SU MENSAJE.   #
        ####################################################################

        No ha sido posible entregar su mensaje durante más de 4 hora(s).
        Se seguirá intentando hasta que el mensaje tenga 5 día(s).

        Si necesita ayuda, escriba al administrador del correo (postmaster).
        Incluya este informe; puede borrar su propio texto del mensaje
        devuelto.

                           El sistema de correo

        <{b.rcpt}>: conversation with {remote} timed out
            while sending end of data -- message may be sent more than once
    """)
    status = delivery_status(
        [
            ("Reporting-MTA", f"dns; {host}"),
            ("X-Postfix-Queue-ID", token(b.key, "queue", 10)),
            ("X-Postfix-Sender", f"rfc822; {AR_ADDR}"),
            ("Arrival-Date", format_datetime(ret.sent)),
        ],
        [
            ("Final-Recipient", f"rfc822; {b.rcpt}"),
            ("Action", "delayed"),
            ("Status", b.status),
            (
                "Diagnostic-Code",
                f"X-Postfix; conversation with {remote} timed out\n    while sending end of data",
            ),
            ("Will-Retry-Until", format_datetime(ret.sent + timedelta(days=5))),
        ],
    )
    parts = [
        notification(human, charset="utf-8", cte="quoted-printable"),
        status,
        raw_leaf(raw_headers(ret.raw), ctype="text/rfc822-headers"),
    ]
    sender = f"MAILER-DAEMON@{host} (Sistema de entrega de correo)"
    headers = bounce_headers(
        b, ret, sender=sender, subject="Correo retrasado (se sigue intentando)"
    )
    return assemble(headers, report(b, parts))


def bounce_isp_it(b: Bounce) -> bytes:
    ret = returned(b)
    human = T(f"""
        Gentile utente,

        il messaggio che hai inviato non è stato recapitato al seguente destinatario:

            {b.rcpt}

        Motivo: la casella di posta del destinatario è stata disattivata e non accetta più messaggi.
        Risposta del server: 550 {b.status} mailbox disabled, not accepting messages

        Si tratta di un errore permanente: non verranno effettuati altri tentativi di consegna.

        In allegato trovi una copia del messaggio originale.

        --
        Servizio Posta Tirrena
    """)
    parts = [leaf(human, cte="quoted-printable"), raw_leaf(ret.raw, ctype="message/rfc822")]
    root = multipart("mixed", "----=_NextPart_" + token(b.key, "mix", 20, "hex"), parts)
    sender = "Sistema di posta Tirrena <mailer-daemon@mx.postatirrena.example>"
    headers = bounce_headers(
        b, ret, sender=sender, subject="Messaggio non recapitato: " + ret.subject
    )
    return assemble(headers, root)


def bounce_exim_it(b: Bounce) -> bytes:
    ret = returned(b)
    host = "mx2.reteumbra.example"
    exim_id = f"1t{token(b.key, 'exim', 4)}-000{token(b.key, 'e2', 3)}-{token(b.key, 'e3', 2)}"
    human = T(f"""
        Questo messaggio è stato generato automaticamente dal sistema di consegna della posta.

        Un messaggio che hai inviato non è ancora stato consegnato a uno o più destinatari dopo più di 24 ore in coda su {host}.

        Il messaggio ha come oggetto "{ret.subject}"
        ed è stato inviato a <{b.rcpt}>.
        Identificativo del messaggio: {exim_id}

        Destinatari non ancora raggiunti:

          {b.rcpt}
            Ultimo errore: 452 {b.status} Insufficient system storage

        Non devi fare nulla: il sistema continuerà a tentare la consegna e ti avviserà se il messaggio dovesse essere respinto definitivamente.
    """)
    sender = f"Mail Delivery System <Mailer-Daemon@{host}>"
    headers = bounce_headers(
        b, ret, sender=sender, subject="Avviso: messaggio non ancora consegnato"
    )
    headers.append(("X-Exim-Delay-Warning", "1"))
    return assemble(headers, leaf(human, cte="quoted-printable"))


BOUNCE_BUILDERS: dict[str, Callable[[Bounce], bytes]] = {
    "postfix_delay": bounce_postfix_delay,
    "sendmail": bounce_sendmail,
    "qmail": bounce_qmail,
    "o365": bounce_o365,
    "gateway_de": bounce_gateway_de,
    "isp_fr": bounce_isp_fr,
    "gmail_es": bounce_gmail_es,
    "postfix_es": bounce_postfix_es,
    "isp_it": bounce_isp_it,
    "exim_it": bounce_exim_it,
}

BOUNCES = [
    Bounce(
        key="b-en-1",
        lang="en",
        kind="soft",
        status="4.4.1",
        rcpt="office@whitmore-grange.example",
        when="2026-11-24 13:02 +0000",
        inv="VS-417642",
        amt="560.00",
        cur="GBP",
        account="Whitmore Grange Farm",
        mta="postfix_delay",
        queued_minutes=241,
        note="Postfix delay warning (RFC 3464, Action: delayed) with the returned headers only",
    ),
    Bounce(
        key="b-en-2",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="farmoffice@oakhollow-grange.example",
        when="2026-12-02 09:14 +0000",
        inv="VS-418395",
        amt="1320.00",
        cur="GBP",
        account="Oak Hollow Grange",
        mta="sendmail",
        note="sendmail DSN from the remote host after it had accepted the message",
    ),
    Bounce(
        key="b-en-3",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="accounts@thornbury-lettings.example",
        when="2026-12-15 08:31 +0000",
        inv="VS-419005",
        amt="740.00",
        cur="GBP",
        account="Thornbury Lettings",
        mta="qmail",
        note="qmail failure notice, not MIME, status only as '(#5.1.1)'",
    ),
    Bounce(
        key="b-de-1",
        lang="de",
        kind="hard",
        status="5.1.10",
        rcpt="buchhaltung@hof-ellerbrock.example",
        when="2026-11-27 09:06 +0100",
        inv="VS-417977",
        amt="2310.00",
        account="Hof Ellerbrock",
        mta="o365",
        note="Exchange Online NDR in German",
    ),
    Bounce(
        key="b-de-2",
        lang="de",
        kind="soft",
        status="4.7.1",
        rcpt="rechnung@schreinerei-vogt.example",
        when="2026-12-08 13:13 +0100",
        inv="VS-418725",
        amt="985.00",
        account="Schreinerei Vogt",
        mta="gateway_de",
        queued_minutes=243,
        note="security-gateway delay notice in German, single text part, greylisting",
    ),
    Bounce(
        key="b-fr-1",
        lang="fr",
        kind="hard",
        status="5.1.1",
        rcpt="compta@gite-lesgenets.example",
        when="2026-12-01 10:22 +0100",
        inv="VS-418260",
        amt="430.00",
        account="Gîte Les Genêts",
        mta="isp_fr",
        note="French ISP notice, single ISO-8859-1 part with the original headers inline",
    ),
    Bounce(
        key="b-fr-2",
        lang="fr",
        kind="soft",
        status="5.2.2",
        rcpt="tresorier@coop-lesglycines.example",
        when="2026-12-11 09:40 +0100",
        inv="VS-418952",
        amt="1780.00",
        account="Coopérative d'habitants Les Glycines",
        mta="o365",
        note="Exchange Online NDR in French: mailbox full with a 5.x code is soft (holdout2 convention), the code is kept",
    ),
    Bounce(
        key="b-es-1",
        lang="es",
        kind="hard",
        status="5.1.1",
        rcpt="contabilidad@granjaelencinar.example",
        when="2026-11-30 10:05 +0100",
        inv="VS-418140",
        amt="1960.00",
        account="Granja El Encinar",
        mta="gmail_es",
        note="Gmail DSN in Spanish",
    ),
    Bounce(
        key="b-es-2",
        lang="es",
        kind="soft",
        status="4.4.2",
        rcpt="administracion@apartamentoslaplaya.example",
        when="2026-12-16 14:20 +0100",
        inv="VS-419070",
        amt="2650.00",
        account="Apartamentos La Playa",
        mta="postfix_es",
        queued_minutes=245,
        note="Postfix delay warning with a Spanish template",
    ),
    Bounce(
        key="b-nl-1",
        lang="nl",
        kind="soft",
        status="4.4.7",
        rcpt="secretariaat@vve-parkzicht.example",
        when="2026-12-04 11:15 +0100",
        inv="VS-418610",
        amt="1490.00",
        account="VvE Parkzicht",
        mta="o365",
        queued_minutes=248,
        note="Exchange Online delay notice in Dutch",
    ),
    Bounce(
        key="b-it-1",
        lang="it",
        kind="hard",
        status="5.2.1",
        rcpt="segreteria@agriturismo-lequerce.example",
        when="2026-12-09 09:30 +0100",
        inv="VS-418890",
        amt="870.00",
        account="Agriturismo Le Querce",
        mta="isp_it",
        note="Italian provider notice in multipart/mixed: mailbox disabled",
    ),
    Bounce(
        key="b-it-2",
        lang="it",
        kind="soft",
        status="4.3.1",
        rcpt="ordini@frantoiobaldini.example",
        when="2026-12-18 10:02 +0100",
        inv="VS-419137",
        amt="1150.00",
        account="Frantoio Baldini",
        mta="exim_it",
        queued_minutes=1450,
        note="Exim delay warning from a backup MX, localised in Italian, single text part",
    ),
]


# --------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> Label:
    x = r.x
    return Label(
        file="",
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
        invoice_refs=list(x.get("invoice_refs", [])),
        language=r.lang,
        note=x.get("note"),
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
        note=b.note or None,
    )


# --------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------

DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
AMOUNT_RE = re.compile(r"\d+\.\d{2}")
STATUS_RE = re.compile(r"[45]\.\d{1,3}\.\d{1,3}")
INVOICE_RE = re.compile(r"\bVS-\d{6}\b")
FIELD_INTENTS = {
    "promised_date": {"promise_to_pay"},
    "paid_date": {"payment_sent"},
    "return_date": {"auto_reply"},
    "payment_reference": {"payment_sent", "promise_to_pay"},
    "amount": {"payment_sent", "promise_to_pay"},
    "currency": {"payment_sent", "promise_to_pay"},
    "new_contact": {"wrong_contact"},
    "bounce_kind": {"bounce"},
    "failed_recipient": {"bounce"},
    "bounce_status": {"bounce"},
}


class CorpusError(Exception):
    """A message or a label does not have the shape this corpus promises."""


def fail(where: str, problem: str) -> None:
    raise CorpusError(f"{where}: {problem}")


def normalise(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def html_text(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def check_headers(name: str, msg: EmailMessage) -> None:
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            fail(name, f"no {header}")
    for key, value in msg.items():
        if "=?" in str(value):
            fail(name, f"{key} is not decoded: {value!r}")
        if getattr(value, "defects", None):
            fail(name, f"{key} has defects {value.defects}")


def check_parts(name: str, msg: EmailMessage) -> str:
    texts: list[str] = []
    for part in msg.walk():
        if part.defects:
            fail(name, f"part {part.get_content_type()} has defects {part.defects}")
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                fail(name, f"{part.get_content_type()} does not decode cleanly")
            texts.append(html_text(content) if part.get_content_subtype() == "html" else content)
    return normalise("\n".join(texts))


def check_message(name: str, data: bytes, new_text: str) -> None:
    msg = message_from_bytes(data, policy=policy.default)
    if not isinstance(msg, EmailMessage):
        fail(name, "not parsed as EmailMessage")
        return
    if msg.defects:
        fail(name, f"defects {msg.defects}")
    check_headers(name, msg)
    decoded = check_parts(name, msg)
    lines = [line for line in new_text.split("\n") if line.strip() and not line.startswith("[[")]
    for line in (lines[0], lines[-1]):
        if normalise(line)[:40] not in decoded:
            fail(name, f"new text not found after decoding: {line[:40]!r}")
    local = parsedate(str(msg["Date"]))
    if not FIRST_DAY <= local <= LAST_DAY:
        fail(name, f"dated {local}, outside the corpus window")


def parsedate(value: str) -> date:
    return datetime.strptime(value, "%a, %d %b %Y %H:%M:%S %z").date()


def label_values(label: Label) -> dict[str, object]:
    return dict(label.items())


def check_label_fields(label: Label) -> None:
    where = label["file"]
    values = label_values(label)
    if tuple(values) != LABEL_KEYS:
        fail(where, f"label keys out of order: {tuple(values)}")
    if label["intent"] not in INTENTS or label["language"] not in LANGS:
        fail(where, "unknown intent or language")
    for key, intents in FIELD_INTENTS.items():
        if values[key] is not None and label["intent"] not in intents:
            fail(where, f"{key} set on a {label['intent']} message")
    for key in ("promised_date", "paid_date", "return_date"):
        check_iso_date(where, key, values[key])
    check_money(label)


def check_iso_date(where: str, key: str, value: object) -> None:
    if value is None:
        return
    if not isinstance(value, str) or not DATE_RE.fullmatch(value):
        fail(where, f"bad {key} {value!r}")
        return
    date.fromisoformat(value)


def check_money(label: Label) -> None:
    where = label["file"]
    if (label["amount"] is None) != (label["currency"] is None):
        fail(where, "amount and currency go together")
    if label["amount"] is not None and not AMOUNT_RE.fullmatch(label["amount"]):
        fail(where, f"bad amount {label['amount']!r}")
    if label["currency"] not in (None, "EUR", "GBP", "USD"):
        fail(where, f"bad currency {label['currency']!r}")
    for ref in label["invoice_refs"]:
        if not INVOICE_RE.fullmatch(ref):
            fail(where, f"bad invoice ref {ref!r}")


def check_label_intent(label: Label) -> None:
    where = label["file"]
    contact = label["new_contact"]
    if contact is not None and (contact != contact.lower() or "@" not in contact):
        fail(where, f"new_contact must be a lower-case address: {contact!r}")
    if label["intent"] != "bounce":
        return
    status = label["bounce_status"] or ""
    if label["bounce_kind"] not in ("hard", "soft") or not STATUS_RE.fullmatch(status):
        fail(where, "bounce needs a kind and a status code")
    soft = status.startswith("4.") or status == "5.2.2"
    if soft != (label["bounce_kind"] == "soft"):
        fail(where, f"kind {label['bounce_kind']} does not match status {status}")
    rcpt = label["failed_recipient"] or ""
    if rcpt != rcpt.lower() or "@" not in rcpt:
        fail(where, "failed_recipient must be a lower-case address")


def mentioned_invoices(text: str) -> list[str]:
    found = re.findall(r"\b(?:VS-)?(41\d{4})\b", text)
    return sorted({f"VS-{digits}" for digits in found})


def check_reply_consistency(r: Reply, label: Label) -> None:
    text = reply_new_text(r)
    if mentioned_invoices(text) != sorted(label["invoice_refs"]):
        fail(
            r.key,
            f"invoice_refs {label['invoice_refs']} but the text names {mentioned_invoices(text)}",
        )
    for key in ("payment_reference", "new_contact"):
        value = label_values(label)[key]
        if isinstance(value, str) and value.lower() not in text.lower():
            fail(r.key, f"{key} {value!r} is not in the new text")
    if r.client in NOTICES and r.threaded and r.intent not in ("auto_reply", "wrong_contact"):
        fail(r.key, "a threaded notice should be an automatic reply")


def check_counts(labels: Sequence[Label]) -> None:
    cells = Counter((x["intent"], x["language"]) for x in labels)
    for intent in INTENTS:
        if sum(cells[intent, lang] for lang in LANGS) != 12:
            fail(intent, "needs 12 messages")
        for lang in LANGS:
            if cells[intent, lang] == 0:
                fail(intent, f"no {lang} message")
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    if kinds["hard"] != 6 or kinds["soft"] != 6:
        fail("bounces", f"need 6 hard and 6 soft, have {dict(kinds)}")


def check_unique(items: Sequence[Built]) -> None:
    keys = [item.key for item in items]
    texts = [normalise(item.new_text) for item in items]
    invoices = [r.inv for r in REPLIES] + [b.inv for b in BOUNCES]
    for what, values in (("key", keys), ("new text", texts), ("reminded invoice", invoices)):
        repeated = [v for v, n in Counter(values).items() if n > 1]
        if repeated:
            fail("corpus", f"repeated {what}: {repeated[:3]}")


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


def build_all() -> list[Built]:
    items = [Built(r.key, build_reply(r), reply_label(r), reply_new_text(r)) for r in REPLIES]
    for r, item in zip(REPLIES, items, strict=True):
        check_reply_consistency(r, item.label)
    for b in BOUNCES:
        data = BOUNCE_BUILDERS[b.mta](b)
        items.append(Built(b.key, data, bounce_label(b), b.rcpt))
    check_unique(items)
    return sorted(items, key=lambda item: digest(item.key, "order"))


def count_table(labels: Sequence[Label]) -> str:
    cells = Counter((x["intent"], x["language"]) for x in labels)
    rows = [
        "| intent | " + " | ".join(LANGS) + " | total |",
        "|---|" + "---:|" * (len(LANGS) + 1),
    ]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[i, lang] for i in INTENTS) for lang in LANGS]
    bold = " | ".join(f"**{t}**" for t in totals)
    rows.append(f"| **total** | {bold} | **{sum(totals)}** |")
    return "\n".join(rows)


def write_all() -> list[Label]:
    items = build_all()
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for number, item in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        check_message(name, item.data, item.new_text)
        (HERE / name).write_bytes(item.data)
        label = item.label.copy()
        label["file"] = name
        check_label_fields(label)
        check_label_intent(label)
        labels.append(label)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    try:
        labels = write_all()
    except CorpusError as error:
        print(f"corpus check failed: {error}", file=sys.stderr)
        return 1
    print(count_table(labels))
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft")
    return 0


if __name__ == "__main__":
    sys.exit(main())
