# ruff: noqa: E501, RUF001
"""Build held-out reply corpus 44: the files `h44-NNN.eml` and `labels.jsonl`.

Every message lands in the receivables mailbox of Meridian Scaffolding after it sent an overdue
reminder. The new text of each message is written by hand below. The code adds only what a mail
client or a mail server would add: the quoted reminder in the client's layout and language,
headers, MIME structure, charsets and transfer encodings. Run it with python3 from anywhere; it
writes next to itself, deterministically (fixed seed, boundaries and Message-IDs, no clock).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import json
import quopri
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Literal, TypedDict, get_args

HERE = Path(__file__).resolve().parent
SEED = 44_2026_12
PREFIX = "h44"
AR_ADDR = "receivables@meridian-scaffolding.example"
AR_DOMAIN = "meridian-scaffolding.example"
AR_HOST = "mail.meridian-scaffolding.example"

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
    "outlook_htmlonly",
    "owa",
    "android_outlook",
    "gmail",
    "gmail_plain",
    "apple",
    "iphone",
    "thunderbird",
    "samsung",
    "notice",
    "notice_alt",
    "html_raw",
]
Cte = Literal["qp", "b64", "8bit", "7bit"]
BounceKind = Literal["hard", "soft"]

LANGS: tuple[Lang, ...] = get_args(Lang)
INTENTS: tuple[Intent, ...] = get_args(Intent)
OUTLOOK_FAMILY: frozenset[Client] = frozenset(
    {"outlook", "outlook_html", "outlook_htmlonly", "owa", "android_outlook"}
)
NOTICES: frozenset[Client] = frozenset({"notice", "notice_alt", "html_raw"})
CTE_NAMES: dict[Cte, str] = {
    "qp": "quoted-printable",
    "b64": "base64",
    "8bit": "8bit",
    "7bit": "7bit",
}


class Extract(TypedDict, total=False):
    """The label fields a hand-written message sets; everything else is null."""

    promised_date: str
    paid_date: str
    return_date: str
    payment_reference: str
    amount: str
    currency: str
    new_contact: str


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
    bounce_kind: BounceKind | None
    failed_recipient: str | None
    bounce_status: str | None
    invoice_refs: list[str]
    language: Lang
    note: str | None


LABEL_ORDER = (
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

# --------------------------------------------------------------------------------------------
# Locales: what each mail client writes around a reply, per language
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Locale:
    """Date words and client boilerplate in one language."""

    weekdays: tuple[str, ...]
    weekdays_short: tuple[str, ...]
    months: tuple[str, ...]
    months_short: tuple[str, ...]
    gmail: str
    apple: str
    thunderbird: str
    outlook_sent: str
    outlook_labels: tuple[str, str, str, str]
    sep: str
    original: str
    re_outlook: str
    iphone: str
    android: str
    oof: str
    tag: str
    date_fmt: str


LOCALES: dict[Lang, Locale] = {
    "en": Locale(
        weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        weekdays_short=("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
        months=(
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
        months_short=(
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
        gmail="On {wds}, {d} {mons} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
        apple="On {d} {mons} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
        thunderbird="On {dd}/{mm}/{y} {HH}:{MM}, {name} wrote:",
        outlook_sent="{wd}, {d} {mon} {y} {HH}:{MM}",
        outlook_labels=("From", "Sent", "To", "Subject"),
        sep=": ",
        original="-----Original Message-----",
        re_outlook="RE: ",
        iphone="Sent from my iPhone",
        android="Get Outlook for Android",
        oof="Automatic reply: ",
        tag="en-GB",
        date_fmt="{dd}/{mm}/{y}",
    ),
    "de": Locale(
        weekdays=(
            "Montag",
            "Dienstag",
            "Mittwoch",
            "Donnerstag",
            "Freitag",
            "Samstag",
            "Sonntag",
        ),
        weekdays_short=("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
        months=(
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
        months_short=(
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
        gmail="Am {wds}, {d}. {mons} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
        apple="Am {dd}.{mm}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
        thunderbird="Am {dd}.{mm}.{yy} um {HH}:{MM} schrieb {name}:",
        outlook_sent="{wd}, {d}. {mon} {y} {HH}:{MM}",
        outlook_labels=("Von", "Gesendet", "An", "Betreff"),
        sep=": ",
        original="-----Ursprüngliche Nachricht-----",
        re_outlook="AW: ",
        iphone="Von meinem iPhone gesendet",
        android="Outlook für Android herunterladen",
        oof="Automatische Antwort: ",
        tag="de-DE",
        date_fmt="{dd}.{mm}.{y}",
    ),
    "fr": Locale(
        weekdays=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        weekdays_short=("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
        months=(
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
        months_short=(
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
        gmail="Le {wds} {d} {mons} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
        apple="Le {d} {mons} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
        thunderbird="Le {dd}/{mm}/{y} à {HH}:{MM}, {name} a écrit :",
        outlook_sent="{wd} {d} {mon} {y} {HH}:{MM}",
        outlook_labels=("De", "Envoyé", "À", "Objet"),
        sep=" : ",
        original="-----Message d'origine-----",
        re_outlook="RE : ",
        iphone="Envoyé de mon iPhone",
        android="Télécharger Outlook pour Android",
        oof="Réponse automatique : ",
        tag="fr-FR",
        date_fmt="{dd}/{mm}/{y}",
    ),
    "es": Locale(
        weekdays=("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
        weekdays_short=("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
        months=(
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
        months_short=(
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
        gmail="El {wds}, {d} {mons} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
        apple="El {d} {mons} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
        thunderbird="El {d}/{m}/{yy} a las {H}:{MM}, {name} escribió:",
        outlook_sent="{wd}, {d} de {mon} de {y} {H}:{MM}",
        outlook_labels=("De", "Enviado el", "Para", "Asunto"),
        sep=": ",
        original="-----Mensaje original-----",
        re_outlook="RE: ",
        iphone="Enviado desde mi iPhone",
        android="Obtener Outlook para Android",
        oof="Respuesta automática: ",
        tag="es-ES",
        date_fmt="{dd}/{mm}/{y}",
    ),
    "nl": Locale(
        weekdays=(
            "maandag",
            "dinsdag",
            "woensdag",
            "donderdag",
            "vrijdag",
            "zaterdag",
            "zondag",
        ),
        weekdays_short=("ma", "di", "wo", "do", "vr", "za", "zo"),
        months=(
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
        months_short=(
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
        gmail="Op {wds} {d} {mons} {y} om {HH}:{MM} schreef {name} <{addr}>:",
        apple="Op {d} {mons} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
        thunderbird="Op {dd}-{mm}-{y} om {HH}:{MM} schreef {name}:",
        outlook_sent="{wd} {d} {mon} {y} {HH}:{MM}",
        outlook_labels=("Van", "Verzonden", "Aan", "Onderwerp"),
        sep=": ",
        original="-----Oorspronkelijk bericht-----",
        re_outlook="RE: ",
        iphone="Verstuurd vanaf mijn iPhone",
        android="Outlook voor Android downloaden",
        oof="Automatisch antwoord: ",
        tag="nl-NL",
        date_fmt="{dd}-{mm}-{y}",
    ),
    "it": Locale(
        weekdays=(
            "lunedì",
            "martedì",
            "mercoledì",
            "giovedì",
            "venerdì",
            "sabato",
            "domenica",
        ),
        weekdays_short=("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
        months=(
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
        months_short=(
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
        gmail="Il giorno {wds} {d} {mons} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
        apple="Il giorno {d} {mons} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
        thunderbird="Il {dd}/{mm}/{yy} {HH}:{MM}, {name} ha scritto:",
        outlook_sent="{wd} {d} {mon} {y} {HH}:{MM}",
        outlook_labels=("Da", "Inviato", "A", "Oggetto"),
        sep=": ",
        original="-----Messaggio originale-----",
        re_outlook="R: ",
        iphone="Inviato da iPhone",
        android="Scarica Outlook per Android",
        oof="Risposta automatica: ",
        tag="it-IT",
        date_fmt="{dd}/{mm}/{y}",
    ),
}

# --------------------------------------------------------------------------------------------
# The reminder Meridian sent, in the customer's language
# --------------------------------------------------------------------------------------------

AR_NAME: dict[Lang, str] = {
    "en": "Meridian Scaffolding Accounts",
    "de": "Meridian Scaffolding Buchhaltung",
    "fr": "Meridian Scaffolding Comptabilité",
    "es": "Meridian Scaffolding Cobros",
    "nl": "Meridian Scaffolding Debiteuren",
    "it": "Meridian Scaffolding Amministrazione",
}

REMINDER_SUBJECT: dict[Lang, str] = {
    "en": "Overdue invoice {inv} – Meridian Scaffolding",
    "de": "Zahlungserinnerung: Rechnung {inv}",
    "fr": "Relance : facture {inv} échue",
    "es": "Recordatorio: factura {inv} vencida",
    "nl": "Herinnering: factuur {inv} vervallen",
    "it": "Sollecito di pagamento – fattura {inv}",
}

REMINDER_BODY: dict[Lang, str] = {
    "en": """Dear customer,

According to our records the invoice below is now past its due date and remains unpaid:

    Invoice {inv}  |  issued {issued}  |  due {due}  |  {amt}

If you have already paid, please reply with the payment date and your remittance reference so we can match it to your account. If something on the invoice is not right, reply to this email and we will look into it.

Many thanks,

Accounts Receivable
Meridian Scaffolding Ltd
Unit 7, Airedale Trade Park, Leeds LS12 4RT
0113 496 0732""",
    "de": """Sehr geehrte Damen und Herren,

nach unserer Buchhaltung ist die folgende Rechnung fällig und noch nicht beglichen:

    Rechnung {inv}  |  Rechnungsdatum {issued}  |  fällig am {due}  |  {amt}

Falls Sie bereits gezahlt haben, teilen Sie uns bitte Zahlungsdatum und Verwendungszweck mit, damit wir die Zahlung zuordnen können. Ist an der Rechnung etwas nicht in Ordnung, antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen

Buchhaltung / Forderungsmanagement
Meridian Scaffolding Ltd
Unit 7, Airedale Trade Park, Leeds LS12 4RT, Vereinigtes Königreich""",
    "fr": """Madame, Monsieur,

Sauf erreur de notre part, la facture ci-dessous est échue et reste impayée à ce jour :

    Facture {inv}  |  émise le {issued}  |  échéance {due}  |  {amt}

Si vous avez déjà effectué le règlement, merci de nous indiquer sa date et sa référence afin que nous puissions le rapprocher. Si un élément de la facture vous semble incorrect, répondez simplement à ce message.

Bien cordialement,

Service Comptabilité Clients
Meridian Scaffolding Ltd""",
    "es": """Estimado cliente:

Según nuestros registros, la siguiente factura ha vencido y sigue pendiente de pago:

    Factura {inv}  |  fecha {issued}  |  vencimiento {due}  |  {amt}

Si ya ha realizado el pago, le rogamos que nos indique la fecha y la referencia para poder conciliarlo. Si hay algún error en la factura, responda a este correo y lo revisaremos.

Atentamente,

Departamento de Cobros
Meridian Scaffolding Ltd""",
    "nl": """Geachte heer, mevrouw,

Volgens onze administratie is onderstaande factuur vervallen en nog niet betaald:

    Factuur {inv}  |  factuurdatum {issued}  |  vervaldatum {due}  |  {amt}

Heeft u al betaald, laat ons dan de betaaldatum en het betalingskenmerk weten, zodat wij de betaling kunnen verwerken. Klopt er iets niet aan de factuur, beantwoord dan deze e-mail.

Met vriendelijke groet,

Debiteurenbeheer
Meridian Scaffolding Ltd""",
    "it": """Gentile cliente,

dalle nostre registrazioni la fattura indicata di seguito risulta scaduta e non ancora pagata:

    Fattura {inv}  |  emessa il {issued}  |  scadenza {due}  |  {amt}

Se ha già effettuato il pagamento, la preghiamo di comunicarci data e riferimento del bonifico, così da poterlo abbinare. Se qualcosa nella fattura non è corretto, risponda pure a questa e-mail.

Cordiali saluti,

Ufficio Amministrazione
Meridian Scaffolding Ltd""",
}

LATIN1_FIXES = {"–": "-", "€": "EUR", "’": "'", "“": '"', "”": '"'}

# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One hand-written message: who sent it, when, with which client, and its labels."""

    key: str
    intent: Intent
    lang: Lang
    frm: tuple[str, str]
    when: str
    client: Client
    body: str
    ex: Extract = field(default_factory=Extract)
    refs: tuple[str, ...] = ()
    note: str | None = None
    subject: str | None = None
    charset: str = "utf-8"
    cte: Cte = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    inv: str | None = None
    amt: str | None = None
    cc: tuple[str, str] | None = None
    attach: str | None = None
    inline_at: int | None = None
    tail: str = ""
    threaded: bool = True
    quoted_to: tuple[str, str] | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt`; the notice is in `lang`."""

    key: str
    lang: Lang
    kind: BounceKind
    status: str
    rcpt: str
    when: str
    queued_minutes: int
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")


# --------------------------------------------------------------------------------------------
# Small helpers: hashes, dates, money, text
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}|{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode("ascii")[:n]


def number(key: str, salt: str) -> int:
    return int.from_bytes(digest(key, salt)[:6], "big")


def stamp(template: str, *, lang: Lang, when: datetime, name: str = "", addr: str = "") -> str:
    loc = LOCALES[lang]
    return template.format(
        wd=loc.weekdays[when.weekday()],
        wds=loc.weekdays_short[when.weekday()],
        mon=loc.months[when.month - 1],
        mons=loc.months_short[when.month - 1],
        d=str(when.day),
        dd=f"{when.day:02d}",
        m=str(when.month),
        mm=f"{when.month:02d}",
        y=str(when.year),
        yy=f"{when.year % 100:02d}",
        H=str(when.hour),
        HH=f"{when.hour:02d}",
        MM=f"{when.minute:02d}",
        name=name,
        addr=addr,
    )


def money(amount: Decimal, lang: Lang) -> str:
    whole, cents = f"{amount:,.2f}".split(".")
    if lang == "en":
        return f"£{whole}.{cents}"
    grouped = whole.replace(",", " " if lang == "fr" else ".")
    if lang in {"nl", "it"}:
        return f"€ {grouped},{cents}"
    return f"{grouped},{cents} €"


def latin1(text: str) -> str:
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def quote_lines(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def word_paragraphs(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        lines.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(lines)


def flow(text: str, width: int = 72) -> str:
    """Wrap long lines the way format=flowed does: a trailing space marks a soft break."""
    out: list[str] = []
    for line in text.split("\n"):
        prefix = re.match(r"^(>+ ?)?", line)
        lead = prefix.group(0) if prefix else ""
        words = line[len(lead) :].split(" ")
        current = ""
        for word in words:
            if current and len(lead) + len(current) + len(word) > width:
                out.append(f"{lead}{current}")
                current = ""
            current += f"{word} "
        out.append(f"{lead}{current.rstrip(' ')}")
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------


def encode_payload(raw: bytes, cte: Cte) -> str:
    if cte == "qp":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "b64":
        return base64.encodebytes(raw.replace(b"\n", b"\r\n")).decode("ascii")
    if cte == "8bit":
        return raw.decode("ascii", "surrogateescape")
    return raw.decode("ascii")


def text_part(text: str, *, subtype: str, charset: str, cte: Cte, flowed: bool = False) -> Message:
    """A text part; raises if the hand-written text does not fit the declared charset."""
    raw = text.encode(charset)
    part = Message()
    params = '; format="flowed"' if flowed else ""
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{params}'
    part["Content-Transfer-Encoding"] = CTE_NAMES[cte]
    part.set_payload(encode_payload(raw, cte))
    return part


def container(ctype: str, parts: list[Message]) -> Message:
    outer = Message()
    outer["Content-Type"] = ctype
    for part in parts:
        outer.attach(part)
    return outer


def alternative(plain: str, markup: str, *, charset: str, cte: Cte) -> Message:
    return container(
        "multipart/alternative",
        [
            text_part(plain, subtype="plain", charset=charset, cte=cte),
            text_part(markup, subtype="html", charset=charset, cte=cte),
        ],
    )


def pdf_part(name: str, key: str) -> Message:
    """A small PDF, as a payment proof or remittance would be attached."""
    body = (
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
        f"% {b32(key, 'pdf', 32)}\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    ).encode("ascii")
    part = Message()
    part["Content-Type"] = f'application/pdf; name="{name}"'
    part["Content-Disposition"] = f'attachment; filename="{name}"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(body).decode("ascii"))
    return part


def header_value(value: str, charset: str) -> str:
    """The header as a client writes it: RFC 2047 encoded words when it is not ASCII."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset).encode()


def mailbox(name: str, addr: str, charset: str = "utf-8") -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_value(name, charset)} <{addr}>"


def envelope(body: Message, headers: list[tuple[str, str]], *, mime: bool = True) -> Message:
    """Put the envelope headers on top of the body part and the MIME headers below them."""
    content = list(body.items())
    for name in {name for name, _ in content}:
        del body[name]
    for name, value in headers:
        body[name] = value
    if mime:
        body["MIME-Version"] = "1.0"
    for name, value in content:
        body[name] = value
    return body


BOUNDARY_STYLE: dict[str, str] = {
    "gmail": "000000000000{hex}",
    "apple": "Apple-Mail={uuid}",
    "outlook": "_000_{b32}_",
    "thunderbird": "------------{b32}",
    "exchange": "_{b32}_",
    "postfix": "{b32}.1764{digits}/{host}",
    "generic": "----=_Part_{digits}_{b32}",
}


def boundary(style: str, key: str, n: int, host: str) -> str:
    raw = digest(key, f"boundary{n}").hex()
    uuid = "-".join((raw[:8], raw[8:12], raw[12:16], raw[16:20], raw[20:32])).upper()
    return BOUNDARY_STYLE[style].format(
        hex=raw[:16],
        uuid=uuid,
        b32=b32(key, f"boundary{n}", 20),
        digits=str(number(key, f"boundary{n}") % 10**6),
        host=host,
    )


def set_boundaries(msg: Message, *, key: str, style: str, host: str = AR_HOST) -> None:
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary(boundary(style, key, n, host))
            n += 1


# --------------------------------------------------------------------------------------------
# The reminder and how each client quotes it
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Quote:
    """The reminder as the replying client sees it."""

    lang: Lang
    subject: str
    text: str
    sent: datetime
    to: str
    name: str


def reminder_sent(reply: Reply) -> datetime:
    """Notices answer at once; people answer one to three working days later."""
    if reply.client in NOTICES:
        return (reply.dt - timedelta(minutes=2)).astimezone(reply.dt.tzinfo)
    day = reply.dt - timedelta(days=1 + number(reply.key, "lag") % 3)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    utc = day.astimezone(UTC)
    utc = utc.replace(hour=8, minute=30 + number(reply.key, "min") % 25, second=7)
    return utc.astimezone(reply.dt.tzinfo)


@functools.cache
def default_invoices() -> dict[str, str]:
    """Invoice numbers for messages that name none, unique and apart from the named ones."""
    keys = sorted([r.key for r in REPLIES if r.inv is None] + [b.key for b, _ in BOUNCES])
    return {key: f"MS-{40301 + 4 * i + number(key, 'inv') % 4}" for i, key in enumerate(keys)}


def invoice_of(reply: Reply) -> str:
    return reply.inv or default_invoices()[reply.key]


def amount_of(key: str, given: str | None) -> Decimal:
    if given:
        return Decimal(given)
    n = number(key, "amt")
    return Decimal(f"{380 + n % 5200}.{(n // 7) % 4 * 25:02d}")


def reminder_text(*, lang: Lang, inv: str, amount: Decimal, sent: datetime) -> str:
    issued = sent - timedelta(days=44 + sent.day % 9)
    due = issued + timedelta(days=30)
    fmt = LOCALES[lang].date_fmt
    return REMINDER_BODY[lang].format(
        inv=inv,
        issued=stamp(fmt, lang=lang, when=issued),
        due=stamp(fmt, lang=lang, when=due),
        amt=money(amount, lang),
    )


def reminder_msgid(key: str) -> str:
    return f"<{b32(key, 'reminder', 24).lower()}@{AR_DOMAIN}>"


def make_quote(reply: Reply) -> Quote:
    inv = invoice_of(reply)
    sent = reminder_sent(reply)
    text = reminder_text(
        lang=reply.lang, inv=inv, amount=amount_of(reply.key, reply.amt), sent=sent
    )
    subject = REMINDER_SUBJECT[reply.lang].format(inv=inv)
    to = reply.quoted_to or reply.frm
    if reply.charset == "iso-8859-1":
        text, subject = latin1(text), latin1(subject)
    return Quote(
        lang=reply.lang,
        subject=subject,
        text=text,
        sent=sent,
        to=f"{to[0]} <{to[1]}>",
        name=AR_NAME[reply.lang],
    )


def outlook_block(q: Quote) -> list[str]:
    loc = LOCALES[q.lang]
    frm, sent, to, subj = loc.outlook_labels
    return [
        f"{frm}{loc.sep}{q.name} <{AR_ADDR}>",
        f"{sent}{loc.sep}{stamp(loc.outlook_sent, lang=q.lang, when=q.sent)}",
        f"{to}{loc.sep}{q.to}",
        f"{subj}{loc.sep}{q.subject}",
    ]


def attribution(q: Quote, template: str) -> str:
    return stamp(template, lang=q.lang, when=q.sent, name=q.name, addr=AR_ADDR)


def inline_quote(r: Reply, q: Quote, attr: str) -> str:
    """An answer written between the quoted paragraphs of the reminder."""
    at = r.inline_at if r.inline_at is not None else 2
    paras = q.text.split("\n\n")
    head = quote_lines("\n\n".join(paras[: at + 1]))
    rest = quote_lines("\n\n".join(paras[at + 1 :]))
    tail = f"\n\n{r.tail}" if r.tail else ""
    return f"{attr}\n{head}\n\n{r.body}\n\n{rest}{tail}\n"


# --------------------------------------------------------------------------------------------
# Client layouts
# --------------------------------------------------------------------------------------------


def render_outlook(r: Reply, q: Quote) -> Message:
    block = "\n".join([LOCALES[q.lang].original, *outlook_block(q)])
    text = f"{r.body}\n\n{block}\n\n{q.text}\n"
    return text_part(text, subtype="plain", charset=r.charset, cte=r.cte)


def word_document(r: Reply, q: Quote) -> str:
    loc = LOCALES[q.lang]
    rows = []
    for label, line in zip(loc.outlook_labels, outlook_block(q), strict=True):
        value = line.split(loc.sep, 1)[1]
        rows.append(f"<b>{html.escape(label + loc.sep.rstrip())}</b> {html.escape(value)}")
    head = "<br>\n".join(rows)
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
        "@page WordSection1 {size:612.0pt 792.0pt;}\ndiv.WordSection1 {page:WordSection1;}\n--></style>\n"
        f'</head>\n<body lang="{loc.tag.upper()}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{word_paragraphs(r.body)}\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def render_outlook_html(r: Reply, q: Quote) -> Message:
    text = "\n".join([r.body, "", *outlook_block(q), "", q.text, ""])
    return alternative(text, word_document(r, q), charset=r.charset, cte=r.cte)


def render_outlook_htmlonly(r: Reply, q: Quote) -> Message:
    return text_part(word_document(r, q), subtype="html", charset=r.charset, cte=r.cte)


def render_owa(r: Reply, q: Quote) -> Message:
    block = outlook_block(q)
    text = "\n".join([r.body, "", "_" * 32, *block, "", q.text, ""])
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(':', 1)[0])}:</b>{html.escape(line.split(':', 1)[1])}"
        for line in block
    )
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}">'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>'
        '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div>\n</div>\n"
        f"<div>{html_paragraphs(q.text)}</div>\n</body>\n</html>\n"
    )
    return alternative(text, markup, charset=r.charset, cte=r.cte)


def render_android_outlook(r: Reply, q: Quote) -> Message:
    block = "\n".join(outlook_block(q))
    sig = LOCALES[q.lang].android
    text = f"{r.body}\n\n{sig}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, subtype="plain", charset=r.charset, cte="b64")


def render_gmail(r: Reply, q: Quote) -> Message:
    attr = attribution(q, LOCALES[q.lang].gmail)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(text, markup, charset=r.charset, cte=r.cte)


def render_gmail_plain(r: Reply, q: Quote) -> Message:
    attr = attribution(q, LOCALES[q.lang].gmail)
    if r.inline_at is not None:
        text = inline_quote(r, q, attr + "\n")
    else:
        text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    return text_part(text, subtype="plain", charset=r.charset, cte=r.cte)


def render_apple(r: Reply, q: Quote) -> Message:
    attr = attribution(q, LOCALES[q.lang].apple)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    body_divs = "".join(
        f"<div>{html.escape(line, quote=False) or '<br>'}</div>" for line in r.body.split("\n")
    )
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{body_divs}<div><br><blockquote type="cite"><div>{html.escape(attr)}</div>'
        '<br class="Apple-interchange-newline">'
        f"<div>{html_paragraphs(q.text)}</div></blockquote></div><br></body></html>\n"
    )
    return alternative(text, markup, charset=r.charset, cte=r.cte)


def render_iphone(r: Reply, q: Quote) -> Message:
    attr = attribution(q, LOCALES[q.lang].apple)
    quoted = quote_lines(f"{attr}\n\n{q.text}")
    text = f"{r.body}\n\n{LOCALES[q.lang].iphone}\n\n{quoted}\n"
    return text_part(text, subtype="plain", charset=r.charset, cte=r.cte)


def render_thunderbird(r: Reply, q: Quote) -> Message:
    attr = attribution(q, LOCALES[q.lang].thunderbird)
    if r.inline_at is not None:
        text = inline_quote(r, q, attr)
    else:
        text = f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n"
    flowed = r.charset == "utf-8"
    if flowed:
        text = flow(text)
    return text_part(text, subtype="plain", charset=r.charset, cte=r.cte, flowed=flowed)


def render_samsung(r: Reply, q: Quote) -> Message:
    sent = stamp("{dd}/{mm}/{y} {HH}:{MM} (GMT+00:00)", lang=q.lang, when=q.sent)
    block = "\n".join(
        [
            "-------- Original message --------",
            f"From: {q.name} <{AR_ADDR}> ",
            f"Date: {sent} ",
            f"To: {q.to} ",
            f"Subject: {q.subject} ",
        ]
    )
    text = f"{r.body}\n\n\n\nSent from my Galaxy\n\n\n{block}\n\n{q.text}\n"
    return text_part(text, subtype="plain", charset=r.charset, cte=r.cte)


def render_notice(r: Reply, q: Quote) -> Message:
    del q  # automatic notices quote nothing
    return text_part(r.body + "\n", subtype="plain", charset=r.charset, cte=r.cte)


def render_notice_alt(r: Reply, q: Quote) -> Message:
    del q
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>'
        f'<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">{html_paragraphs(r.body)}</div></body></html>\n'
    )
    return alternative(r.body + "\n", markup, charset=r.charset, cte=r.cte)


def render_html_raw(r: Reply, q: Quote) -> Message:
    del q
    return text_part(r.body, subtype="html", charset=r.charset, cte=r.cte)


RENDERERS: dict[Client, Callable[[Reply, Quote], Message]] = {
    "outlook": render_outlook,
    "outlook_html": render_outlook_html,
    "outlook_htmlonly": render_outlook_htmlonly,
    "owa": render_owa,
    "android_outlook": render_android_outlook,
    "gmail": render_gmail,
    "gmail_plain": render_gmail_plain,
    "apple": render_apple,
    "iphone": render_iphone,
    "thunderbird": render_thunderbird,
    "samsung": render_samsung,
    "notice": render_notice,
    "notice_alt": render_notice_alt,
    "html_raw": render_html_raw,
}

CLIENT_HEADERS: dict[Client, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.1",
        ),
    ),
    "samsung": (("X-Mailer", "Samsung Mobile Mail"),),
}

CLIENT_BOUNDARY: dict[Client, str] = {
    "gmail": "gmail",
    "apple": "apple",
    "thunderbird": "thunderbird",
    "outlook_html": "outlook",
    "owa": "outlook",
}


def reply_msgid(r: Reply) -> str:
    raw = digest(r.key, "msgid")
    domain = r.frm[1].split("@")[1]
    if r.client in {"gmail", "gmail_plain"}:
        return (
            f"<CA+{base64.urlsafe_b64encode(raw).decode('ascii').rstrip('=')[:42]}@mail.gmail.com>"
        )
    if r.client in OUTLOOK_FAMILY:
        return f"<{b32(r.key, 'ms', 24)}@{b32(r.key, 'srv', 8)}.eurprd04.prod.outlook.com>"
    if r.client in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:28]}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject is not None:
        return r.subject.format(rsub=q.subject, oof=LOCALES[r.lang].oof)
    prefix = LOCALES[r.lang].re_outlook if r.client in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    if r.client not in OUTLOOK_FAMILY:
        return []
    index = base64.b64encode(digest(r.key, "thread")[:22]).decode("ascii")
    return [
        ("Thread-Topic", header_value(q.subject, r.charset)),
        ("Thread-Index", index),
        ("Accept-Language", f"{LOCALES[r.lang].tag}, en-US"),
        ("Content-Language", LOCALES[r.lang].tag),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def reply_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    headers = [
        ("From", mailbox(*r.frm, r.charset)),
        ("To", mailbox(AR_NAME[r.lang], AR_ADDR, r.charset)),
    ]
    if r.cc:
        headers.append(("Cc", mailbox(*r.cc, r.charset)))
    headers += [
        ("Subject", header_value(reply_subject(r, q), r.charset)),
        ("Date", format_datetime(r.dt)),
        ("Message-ID", reply_msgid(r)),
    ]
    if r.threaded:
        headers += [("In-Reply-To", reminder_msgid(r.key)), ("References", reminder_msgid(r.key))]
    return (
        headers + outlook_headers(r, q) + list(CLIENT_HEADERS.get(r.client, ())) + list(r.headers)
    )


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    body = RENDERERS[r.client](r, q)
    if r.attach:
        body = container("multipart/mixed", [body, pdf_part(r.attach, r.key)])
    msg = envelope(body, reply_headers(r, q))
    set_boundaries(msg, key=r.key, style=CLIENT_BOUNDARY.get(r.client, "generic"))
    return msg


# --------------------------------------------------------------------------------------------
# Bounces: machine skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Head:
    """Who sends a delivery report and how it is headed."""

    sender: str
    subject: str
    style: str
    extra: tuple[tuple[str, str], ...] = ()
    auto: bool = True
    mime: bool = True


def reminder_sent_at(b: Bounce) -> datetime:
    return (b.dt - timedelta(minutes=b.queued_minutes)).astimezone(UTC)


def bounce_invoice(b: Bounce) -> str:
    return default_invoices()[b.key]


def bounce_subject(b: Bounce) -> str:
    """The subject of the reminder that could not be delivered."""
    return REMINDER_SUBJECT[b.lang].format(inv=bounce_invoice(b))


def sent_reminder(b: Bounce) -> Message:
    """The reminder exactly as Meridian's server sent it."""
    sent = reminder_sent_at(b)
    text = reminder_text(
        lang=b.lang, inv=bounce_invoice(b), amount=amount_of(b.key, None), sent=sent
    )
    part = text_part(text, subtype="plain", charset="utf-8", cte="qp")
    headers = [
        ("From", mailbox(AR_NAME[b.lang], AR_ADDR)),
        ("To", b.rcpt),
        ("Subject", header_value(bounce_subject(b), "utf-8")),
        ("Date", format_datetime(sent)),
        ("Message-ID", reminder_msgid(b.key)),
    ]
    return envelope(part, headers)


def returned_message(b: Bounce) -> Message:
    outer = Message()
    outer["Content-Type"] = "message/rfc822"
    outer.attach(sent_reminder(b))
    return outer


def returned_headers(b: Bounce) -> Message:
    reminder = sent_reminder(b)
    skip = {"MIME-Version", "Content-Type", "Content-Transfer-Encoding"}
    text = "".join(f"{k}: {v}\n" for k, v in reminder.items() if k not in skip)
    return text_part(text, subtype="rfc822-headers", charset="us-ascii", cte="7bit")


def field_block(fields: list[tuple[str, str]]) -> Message:
    block = Message()
    for name, value in fields:
        block[name] = value
    return block


def delivery_status(
    b: Bounce, *, mta: str, diagnostic: str | None, remote: str | None = None
) -> Message:
    action = "delayed" if b.status.startswith("4") else "failed"
    per_message = [
        ("Reporting-MTA", f"dns; {mta}"),
        ("Arrival-Date", format_datetime(reminder_sent_at(b))),
    ]
    per_rcpt = [
        ("Final-Recipient", f"rfc822; {b.rcpt}"),
        ("Original-Recipient", f"rfc822;{b.rcpt}"),
        ("Action", action),
        ("Status", b.status),
    ]
    if remote:
        per_rcpt.append(("Remote-MTA", f"dns; {remote}"))
    if diagnostic:
        per_rcpt.append(("Diagnostic-Code", f"smtp; {diagnostic}"))
    per_rcpt.append(("Last-Attempt-Date", format_datetime(b.dt)))
    if action == "delayed":
        per_rcpt.append(("Will-Retry-Until", format_datetime(b.dt + timedelta(days=2))))
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds.attach(field_block(per_message))
    ds.attach(field_block(per_rcpt))
    return ds


def report(parts: list[Message]) -> Message:
    return container("multipart/report; report-type=delivery-status", parts)


def described(part: Message, description: str) -> Message:
    part["Content-Description"] = description
    return part


def finish(b: Bounce, body: Message, head: Head) -> Message:
    host = head.sender.rsplit("@", 1)[1].strip(" >)").split(" ")[0]
    headers = [
        ("From", head.sender),
        ("To", AR_ADDR),
        ("Subject", header_value(head.subject, "utf-8")),
        ("Date", format_datetime(b.dt)),
        ("Message-ID", f"<{b32(b.key, 'bounce', 26).lower()}@{host}>"),
    ]
    if head.auto:
        headers.append(("Auto-Submitted", "auto-replied"))
    msg = envelope(body, headers + list(head.extra), mime=head.mime)
    set_boundaries(msg, key=b.key, style=head.style, host=host)
    return msg


def exchange_html(paragraphs: list[str]) -> str:
    body = "".join(f"<p>{html_lines(p)}</p>\n" for p in paragraphs)
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<style>body {font-family:"Segoe UI",Frutiger,Arial,sans-serif;font-size:14px}</style></head>'
        f"<body>\n{body}</body></html>\n"
    )


def exchange_human(text: str) -> Message:
    paragraphs = text.split("\n\n")
    return alternative(text + "\n", exchange_html(paragraphs), charset="utf-8", cte="qp")


def exchange_extra(b: Bounce, lang: Lang) -> tuple[tuple[str, str], ...]:
    return (
        ("In-Reply-To", reminder_msgid(b.key)),
        ("References", reminder_msgid(b.key)),
        ("Thread-Topic", header_value(bounce_subject(b), "utf-8")),
        ("Content-Language", LOCALES[lang].tag),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
    )


def exchange_sender(b: Bounce) -> str:
    return f"Microsoft Outlook <postmaster@{b.rcpt.split('@')[1]}>"


# --- English: qmail (remote, permanent) and sendmail (our relay, delay) ----------------------


def bounce_qmail(b: Bounce) -> Message:
    sent = reminder_sent_at(b)
    stamp_q = sent.strftime("%d %b %Y %H:%M:%S -0000").lstrip("0")
    original = sent_reminder(b).as_string()
    text = (
        "Hi. This is the qmail-send program at mail.pennineroofing.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28841 invoked from network); {stamp_q}\n"
        f"Received: from {AR_HOST} (HELO {AR_HOST}) (192.0.2.10)\n"
        f"  by mail.pennineroofing.example with SMTP; {stamp_q}\n"
        f"{original}"
    )
    body = Message()
    body.set_payload(text)
    head = Head(
        sender="MAILER-DAEMON@mail.pennineroofing.example",
        subject="failure notice",
        style="generic",
        auto=False,
        mime=False,
    )
    return finish(b, body, head)


def bounce_sendmail_delay(b: Bounce) -> Message:
    received = reminder_sent_at(b).strftime("%a, %-d %b %Y %H:%M:%S GMT")
    human = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {received}\n"
        f"from {AR_HOST} [192.0.2.10]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with mx.calderbuild.example.\n"
        "Warning: message still undelivered after 4 hours\n"
        "Will keep trying until message is 5 days old\n"
    )
    parts = [
        text_part(human, subtype="plain", charset="us-ascii", cte="7bit"),
        delivery_status(
            b,
            mta="relay.meridian-scaffolding.example",
            diagnostic=None,
            remote="mx.calderbuild.example",
        ),
        returned_headers(b),
    ]
    head = Head(
        sender="Mail Delivery Subsystem <MAILER-DAEMON@relay.meridian-scaffolding.example>",
        subject="Warning: could not send message for past 4 hours",
        style="generic",
    )
    return finish(b, report(parts), head)


# --- German: Postfix with a German template (hard), Exchange delay (soft) --------------------


def bounce_postfix_de(b: Bounce) -> Message:
    human = (
        "Dies ist das Mailsystem auf dem Rechner mx01.hostnetz.example.\n\n"
        "Leider konnte Ihre Nachricht an einen oder mehrere Empfänger nicht zugestellt werden.\n"
        "Die Nachricht ist unten angehängt.\n\n"
        "Für weitere Unterstützung wenden Sie sich bitte an postmaster@hostnetz.example und\n"
        "fügen Sie diesen Fehlerbericht bei. Ihren eigenen Text können Sie aus der\n"
        "angehängten Nachricht entfernen.\n\n"
        "                   Das Mailsystem\n\n"
        f"<{b.rcpt}>: host mail.dachbau-reiter.example[198.51.100.23] said:\n"
        f"    550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in\n"
        "    local recipient table (in reply to RCPT TO command)\n"
    )
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    parts = [
        described(text_part(human, subtype="plain", charset="utf-8", cte="qp"), "Notification"),
        described(
            delivery_status(
                b,
                mta="mx01.hostnetz.example",
                diagnostic=diag,
                remote="mail.dachbau-reiter.example",
            ),
            "Delivery report",
        ),
        described(returned_message(b), "Undelivered Message"),
    ]
    head = Head(
        sender="MAILER-DAEMON@mx01.hostnetz.example (Mail Delivery System)",
        subject="Unzustellbare Nachricht: an Absender zurückgeschickt",
        style="postfix",
    )
    return finish(b, report(parts), head)


def bounce_exchange_de_delay(b: Bounce) -> Message:
    human = (
        "Die Zustellung an diese Empfänger oder Gruppen ist verzögert:\n\n"
        f"{b.rcpt}\n\n"
        f"Betreff: {bounce_subject(b)}\n\n"
        "Diese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, die Nachricht zuzustellen.\n\n"
        "Der Server versucht noch 1 Tag, 19 Stunden und 12 Minuten lang, die Nachricht zuzustellen. Ist die Zustellung bis dahin nicht möglich, erhalten Sie eine Benachrichtigung. Sie müssen die Nachricht nicht erneut senden.\n\n"
        "Diagnoseinformationen für Administratoren:\n\n"
        "Generierender Server: EX02.wohnbau-elbtal.example\n\n"
        f"{b.rcpt}\n"
        "Remoteserver hat '400 4.4.7 Message delayed' zurückgegeben"
    )
    parts = [
        exchange_human(human),
        delivery_status(
            b, mta="EX02.wohnbau-elbtal.example", diagnostic="400 4.4.7 Message delayed"
        ),
        returned_headers(b),
    ]
    head = Head(
        sender=exchange_sender(b),
        subject=f"Zustellung verzögert: {bounce_subject(b)}",
        style="exchange",
        extra=exchange_extra(b, "de"),
    )
    return finish(b, report(parts), head)


# --- French: Exchange Online (hard), provider notice, mailbox full (soft) --------------------


def bounce_exchange_fr(b: Bounce) -> Message:
    server = "PA4P190MB1178.EURP190.PROD.OUTLOOK.example"
    local, domain = b.rcpt.split("@")
    diag = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup"
    human = (
        f"Votre message à {b.rcpt} n'a pas pu être remis.\n\n"
        f"{local} est introuvable sur {domain}.\n\n"
        "Que s'est-il passé ?\n"
        "L'adresse indiquée n'existe pas ou le destinataire ne peut plus recevoir de courrier à cette adresse. Vérifiez l'adresse et renvoyez le message, ou contactez le destinataire par un autre moyen.\n\n"
        "Informations de diagnostic pour les administrateurs :\n\n"
        f"Serveur de génération : {server}\n\n"
        f"{b.rcpt}\n"
        f"Le serveur distant a retourné '{diag}'"
    )
    parts = [
        exchange_human(human),
        delivery_status(b, mta=server, diagnostic=diag),
        returned_message(b),
    ]
    head = Head(
        sender=exchange_sender(b),
        subject=f"Non remis : {bounce_subject(b)}",
        style="exchange",
        extra=exchange_extra(b, "fr"),
    )
    return finish(b, report(parts), head)


def bounce_provider_fr(b: Bounce) -> Message:
    human = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du serveur smtp-in2.messagerie-fibre.example.\n\n"
        f"Votre message destiné à {b.rcpt} n'a pas encore pu être distribué : la boîte aux lettres du destinataire est pleine.\n\n"
        "Aucune action n'est nécessaire de votre part. Nous tenterons à nouveau de le distribuer pendant 72 heures ; passé ce délai, il vous sera retourné.\n\n"
        "Détail technique : 452 4.2.2 Mailbox full - boite pleine\n\n"
        "Votre message est joint ci-dessous.\n\n"
        "-- \nLe service Messagerie\n"
    )
    parts = [
        text_part(human, subtype="plain", charset="iso-8859-1", cte="qp"),
        returned_message(b),
    ]
    head = Head(
        sender="Service Messagerie <mailer-daemon@messagerie-fibre.example>",
        subject="Message non distribué pour le moment",
        style="generic",
    )
    return finish(b, container("multipart/mixed", parts), head)


# --- Spanish: Gmail (hard), Exim delay from a backup MX (soft) -------------------------------


def bounce_gmail_es(b: Bounce) -> Message:
    reply = (
        "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking "
        "the recipient's email address for typos or unnecessary spaces. For more information, go to "
        "https://support.google.com/mail/?p=NoSuchUser 5a478bee46e88-2b4c1d9e0f3si4417203eec.118 - gsmtp"
    )
    lines = [
        "** No se ha encontrado la dirección **",
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o no puede recibir correo.",
        "Más información en https://support.google.com/mail/?p=NoSuchUser",
        f"La respuesta del servidor remoto ha sido:\n{reply}",
    ]
    markup = (
        "<html><head></head><body>"
        + "".join(f"<p>{html_lines(x)}</p>" for x in lines)
        + "</body></html>\n"
    )
    human = alternative("\n\n".join(lines) + "\n", markup, charset="utf-8", cte="qp")
    parts = [
        human,
        delivery_status(
            b,
            mta="googlemail.com",
            diagnostic=reply.replace("550 5.1.1", "550-5.1.1", 1),
            remote="gmail-smtp-in.l.google.com",
        ),
        returned_message(b),
    ]
    head = Head(
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Failure)",
        style="gmail",
        extra=(("X-Failed-Recipients", b.rcpt),),
    )
    return finish(b, report(parts), head)


def bounce_exim_es(b: Bounce) -> Message:
    queue_id = "1vT9kd-00042P-3x"
    human = (
        "Este mensaje ha sido generado automáticamente por el software de entrega de correo.\n\n"
        "Un mensaje enviado por usted todavía no ha podido entregarse a uno o más destinatarios\n"
        "después de más de 24 horas en la cola de mx2.hosting-iberia.example.\n\n"
        f"Identificador del mensaje:  {queue_id}\n"
        f"Asunto del mensaje:         {bounce_subject(b)}\n"
        f"Fecha del mensaje:          {format_datetime(reminder_sent_at(b))}\n\n"
        "Dirección a la que aún no se ha podido entregar el mensaje:\n\n"
        f"  {b.rcpt}\n"
        "    host mail.reformas-turia.example [203.0.113.41]\n"
        "    Motivo del retraso: tiempo de conexión agotado (4.4.1)\n\n"
        "No tiene que hacer nada. Seguiremos intentando la entrega durante algún tiempo y es posible\n"
        "que reciba este aviso de nuevo si el mensaje sigue sin entregarse. Si finalmente no se puede\n"
        "entregar, el mensaje se le devolverá.\n"
    )
    head = Head(
        sender="Mail Delivery System <Mailer-Daemon@mx2.hosting-iberia.example>",
        subject=f"Aviso: mensaje {queue_id} retrasado 24 horas",
        style="generic",
    )
    return finish(b, text_part(human, subtype="plain", charset="utf-8", cte="qp"), head)


# --- Dutch: provider DSN (hard), Exchange delay (soft) ---------------------------------------


def bounce_provider_nl(b: Bounce) -> Message:
    human = (
        "Dit is een automatisch bericht van de mailserver van Postbusnet.\n\n"
        "Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:\n\n"
        f"    {b.rcpt}\n\n"
        "Reden: dit e-mailadres bestaat niet bij de ontvangende partij.\n"
        f"Antwoord van de server: 550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown\n\n"
        "Controleer of het adres goed gespeld is en verstuur het bericht opnieuw. Onder dit bericht "
        "vindt u de kopregels van uw oorspronkelijke e-mail.\n\n"
        "Met vriendelijke groet,\nPostbusnet Klantenservice\n"
    )
    parts = [
        text_part(human, subtype="plain", charset="utf-8", cte="qp"),
        delivery_status(
            b,
            mta="smtp.postbusnet.example",
            diagnostic=f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown",
            remote="mx.vandijkbouw.example",
        ),
        returned_headers(b),
    ]
    head = Head(
        sender="Mail Delivery System <MAILER-DAEMON@smtp.postbusnet.example>",
        subject=f"Onbestelbaar bericht: {bounce_subject(b)}",
        style="generic",
    )
    return finish(b, report(parts), head)


def bounce_exchange_nl_delay(b: Bounce) -> Message:
    server = "AM9P193MB1422.EURP193.PROD.OUTLOOK.example"
    diag = (
        '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to '
        'timeout." Attempted failover to alternate host, but that did not succeed.'
    )
    human = (
        "De bezorging bij deze ontvangers of groepen is vertraagd:\n\n"
        f"{b.rcpt}\n\n"
        f"Onderwerp: {bounce_subject(b)}\n\n"
        "Dit bericht is nog niet bezorgd. Er wordt nog steeds geprobeerd het bericht te bezorgen.\n\n"
        "De server blijft nog 1 dag, 22 uur en 40 minuten proberen het bericht te bezorgen. Als het bericht binnen die tijd niet kan worden bezorgd, ontvangt u een melding. U hoeft het bericht niet opnieuw te verzenden.\n\n"
        "Diagnostische informatie voor beheerders:\n\n"
        f"Server die dit bericht heeft gegenereerd: {server}\n\n"
        f"{b.rcpt}\n"
        f"Externe server heeft '{diag}' geretourneerd"
    )
    parts = [
        exchange_human(human),
        delivery_status(b, mta=server, diagnostic=diag),
        returned_headers(b),
    ]
    head = Head(
        sender=exchange_sender(b),
        subject=f"Bezorging vertraagd: {bounce_subject(b)}",
        style="exchange",
        extra=exchange_extra(b, "nl"),
    )
    return finish(b, report(parts), head)


# --- Italian: security gateway (hard), Exchange mailbox full (soft) --------------------------


def bounce_gateway_it(b: Bounce) -> Message:
    human = (
        "MailScudo - Gateway di sicurezza della posta\n\n"
        "Il messaggio indicato di seguito non è stato recapitato.\n\n"
        f"Destinatario:  {b.rcpt}\n"
        f"Oggetto:       {bounce_subject(b)}\n"
        "Esito:         respinto in modo definitivo\n"
        "Motivo:        il destinatario non esiste nel dominio protetto (verifica destinatari attiva)\n"
        "Codice:        550 5.1.1 Recipient address rejected: utente sconosciuto\n\n"
        "Il messaggio non verrà ritrasmesso. Verificate l'indirizzo del destinatario oppure "
        "contattatelo con un altro mezzo.\n\n"
        "Questo avviso è stato generato automaticamente: non rispondete a questo messaggio.\n"
    )
    parts = [
        text_part(human, subtype="plain", charset="utf-8", cte="qp"),
        delivery_status(
            b,
            mta="gw1.mailscudo-gw.example",
            diagnostic="550 5.1.1 Recipient address rejected: utente sconosciuto",
            remote="mail.edilrossi-bergamo.example",
        ),
        returned_message(b),
    ]
    head = Head(
        sender="MailScudo Gateway <noreply-gateway@mailscudo-gw.example>",
        subject=f"Messaggio non recapitato: {bounce_subject(b)}",
        style="generic",
    )
    return finish(b, report(parts), head)


def bounce_exchange_it_full(b: Bounce) -> Message:
    server = "MI1P293MB0841.ITAP293.PROD.OUTLOOK.example"
    diag = (
        "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException."
        "MapiExceptionShutoffQuotaExceeded"
    )
    human = (
        f"Il messaggio non è stato recapitato a {b.rcpt} perché la cassetta postale del destinatario è piena.\n\n"
        "Che cosa è successo?\n"
        "La cassetta postale del destinatario ha superato il limite di spazio e per ora non accetta nuovi messaggi. Riprovate più tardi oppure contattate il destinatario in un altro modo e chiedetegli di liberare spazio.\n\n"
        "Informazioni di diagnostica per gli amministratori:\n\n"
        f"Server di generazione: {server}\n\n"
        f"{b.rcpt}\n"
        f"Il server remoto ha restituito '{diag}'"
    )
    parts = [
        exchange_human(human),
        delivery_status(b, mta=server, diagnostic=diag),
        returned_headers(b),
    ]
    head = Head(
        sender=exchange_sender(b),
        subject=f"Recapito non riuscito: {bounce_subject(b)}",
        style="exchange",
        extra=exchange_extra(b, "it"),
    )
    return finish(b, report(parts), head)


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            key="b-en-qmail",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="accounts@pennineroofing.example",
            when="2026-11-23 08:47 +0000",
            queued_minutes=3,
            note="qmail failure notice: no MIME, the returned message inline",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            key="b-en-sendmail",
            lang="en",
            kind="soft",
            status="4.4.1",
            rcpt="site.office@calderbuild.example",
            when="2026-12-08 12:31 +0000",
            queued_minutes=240,
            note="sendmail 'warning message only' after 4 hours; delayed",
        ),
        bounce_sendmail_delay,
    ),
    (
        Bounce(
            key="b-de-postfix",
            lang="de",
            kind="hard",
            status="5.1.1",
            rcpt="buchhaltung@dachbau-reiter.example",
            when="2026-11-30 09:34 +0100",
            queued_minutes=2,
            note="Postfix DSN with a German bounce template; the SMTP reply stays in English",
        ),
        bounce_postfix_de,
    ),
    (
        Bounce(
            key="b-de-exchange",
            lang="de",
            kind="soft",
            status="4.4.7",
            rcpt="rechnungseingang@wohnbau-elbtal.example",
            when="2026-12-15 13:40 +0100",
            queued_minutes=290,
            note="Exchange 'Zustellung verzögert'",
        ),
        bounce_exchange_de_delay,
    ),
    (
        Bounce(
            key="b-fr-exchange",
            lang="fr",
            kind="hard",
            status="5.1.10",
            rcpt="factures@renov-habitat-normand.example",
            when="2026-12-02 09:36 +0100",
            queued_minutes=1,
            note="Exchange Online 'Non remis', recipient not found",
        ),
        bounce_exchange_fr,
    ),
    (
        Bounce(
            key="b-fr-provider",
            lang="fr",
            kind="soft",
            status="4.2.2",
            rcpt="atelier.fabre-peinture@messagerie-fibre.example",
            when="2026-11-26 10:05 +0100",
            queued_minutes=95,
            note="provider notice in ISO-8859-1, mailbox full, retried for 72 hours; no delivery-status part",
        ),
        bounce_provider_fr,
    ),
    (
        Bounce(
            key="b-es-gmail",
            lang="es",
            kind="hard",
            status="5.1.1",
            rcpt="obras.garrido.hnos@gmail.com",
            when="2026-12-07 09:38 +0100",
            queued_minutes=1,
            note="Gmail DSN in Spanish",
        ),
        bounce_gmail_es,
    ),
    (
        Bounce(
            key="b-es-exim",
            lang="es",
            kind="soft",
            status="4.4.1",
            rcpt="administracion@reformas-turia.example",
            when="2026-12-11 09:41 +0100",
            queued_minutes=1441,
            note="Exim 24-hour delay warning with a Spanish template, plain text; the code is only in the text",
        ),
        bounce_exim_es,
    ),
    (
        Bounce(
            key="b-nl-provider",
            lang="nl",
            kind="hard",
            status="5.1.1",
            rcpt="facturen@vandijkbouw.example",
            when="2026-11-25 09:35 +0100",
            queued_minutes=2,
            note="Dutch provider DSN with text/rfc822-headers",
        ),
        bounce_provider_nl,
    ),
    (
        Bounce(
            key="b-nl-exchange",
            lang="nl",
            kind="soft",
            status="4.4.7",
            rcpt="inkoop@woonzorg-dehaven.example",
            when="2026-12-16 14:02 +0100",
            queued_minutes=310,
            note="Exchange 'Bezorging vertraagd'; the diagnostic quotes 4.4.0 and 4.4.2, the DSN Status is 4.4.7",
        ),
        bounce_exchange_nl_delay,
    ),
    (
        Bounce(
            key="b-it-gateway",
            lang="it",
            kind="hard",
            status="5.1.1",
            rcpt="amministrazione@edilrossi-bergamo.example",
            when="2026-12-01 09:37 +0100",
            queued_minutes=1,
            note="security gateway with recipient verification, Italian notice",
        ),
        bounce_gateway_it,
    ),
    (
        Bounce(
            key="b-it-exchange",
            lang="it",
            kind="soft",
            status="5.2.2",
            rcpt="contabilita@impresavitale.example",
            when="2026-12-10 09:44 +0100",
            queued_minutes=2,
            note="mailbox full reported with a 5.x code: soft (holdout2 rule); the code is kept",
        ),
        bounce_exchange_it_full,
    ),
]

# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

OOF = (("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"))

PAYMENT_SENT = [
    Reply(
        key="ps-en-ap-advice",
        intent="payment_sent",
        lang="en",
        frm=(
            "Northbeck Housing Association – Accounts Payable",
            "ap-noreply@northbeckhousing.example",
        ),
        when="2026-12-01 06:12 +0000",
        client="html_raw",
        threaded=False,
        subject="Remittance advice – payment PA-0098812 – Meridian Scaffolding Ltd",
        headers=(("Auto-Submitted", "auto-generated"), ("X-Mailer", "ProcureLedger AP 11.4")),
        body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Remittance advice</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#222">
<p><b>Northbeck Housing Association</b><br>Finance Shared Service Centre<br>PO Box 4417, Bradford BD1 9ZZ</p>
<h2 style="font-size:13pt;margin:12px 0">REMITTANCE ADVICE</h2>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;font-size:10pt">
<tr><td>Supplier</td><td>MERIDIAN SCAFFOLDING LTD (supplier no. 200871)</td></tr>
<tr><td>Payment date</td><td>01/12/2026</td></tr>
<tr><td>Payment method</td><td>BACS</td></tr>
<tr><td>Payment reference</td><td>PA-0098812</td></tr>
<tr><td>Total paid</td><td>£4,120.80</td></tr>
</table>
<p>This payment covers the following documents:</p>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;font-size:10pt">
<tr><th>Your reference</th><th>Our document</th><th>Document date</th><th>Amount</th></tr>
<tr><td>MS-40118</td><td>5100229341</td><td>05/10/2026</td><td>£2,604.00</td></tr>
<tr><td>MS40152</td><td>5100229877</td><td>19/10/2026</td><td>£1,516.80</td></tr>
</table>
<p>Funds should reach your account within three working days. Please do not reply to this message, as replies to this address are not monitored. Queries about this payment should be raised through the supplier portal, quoting the payment reference.</p>
</body></html>
""",
        ex=Extract(
            paid_date="2026-12-01", payment_reference="PA-0098812", amount="4120.80", currency="GBP"
        ),
        refs=("MS-40118", "MS-40152"),
        note="AP-system remittance advice, HTML only, Auto-Submitted: auto-generated, not threaded; 'not monitored' is about replies to the advice, not a wrong contact; amount is the total of both invoices; 'MS40152' normalised",
    ),
    Reply(
        key="ps-en-paid",
        intent="payment_sent",
        lang="en",
        frm=("Dean Whitlock", "dean@whitlockbuilders.example"),
        when="2026-11-24 17:48 +0000",
        client="iphone",
        body="Paid.",
        note="one word; no date",
    ),
    Reply(
        key="ps-en-done",
        intent="payment_sent",
        lang="en",
        frm=("Kev Marsh", "kevmarshroofing@gmail.com"),
        when="2026-12-06 21:37 +0000",
        client="samsung",
        body="done",
        note="'done' in answer to an overdue reminder is read as paid; no date",
    ),
    Reply(
        key="ps-en-qs",
        intent="payment_sent",
        lang="en",
        frm=("Tom Adeyemi", "t.adeyemi@hollinsconstruction.example"),
        when="2026-11-30 14:26 +0000",
        client="outlook_html",
        inv="MS-40091",
        amt="5210.00",
        body="""Afternoon,

This went in last Friday's payment run. £8,940.00 was sent by BACS under remittance reference HCL/PR/2611, covering MS-40077 (£3,730.00) and MS-40091 (£5,210.00).

MS-40103 hasn't been paid yet as it's still with the site manager at Kirkstall Forge for sign-off of the variation. I'll chase him this week.

Regards,

Tom Adeyemi MRICS
Senior Quantity Surveyor
Hollins Construction Ltd
T: 0113 496 0518 | M: 07700 900431

Hollins Construction Ltd is registered in England and Wales, company no. 04471920. Registered office: 2 Wharf Approach, Leeds LS1 4GH.
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Views expressed are those of the individual sender unless stated otherwise.""",
        ex=Extract(
            paid_date="2026-11-27",
            payment_reference="HCL/PR/2611",
            amount="8940.00",
            currency="GBP",
        ),
        refs=("MS-40077", "MS-40091", "MS-40103"),
        note="'last Friday' written on Mon 30 Nov is 27 Nov; the third invoice waits for sign-off, which is neither a promise nor a dispute",
    ),
    Reply(
        key="ps-de-dienstag",
        intent="payment_sent",
        lang="de",
        frm=("Sabine Krüger", "s.krueger@dachdeckerei-brandl.example"),
        when="2026-11-26 10:41 +0100",
        client="outlook",
        charset="windows-1252",
        inv="MS-40166",
        amt="2318.50",
        body="""Sehr geehrte Damen und Herren,

die Rechnung MS-40166 über 2.318,50 € haben wir am Dienstag per SEPA-Überweisung beglichen. Der Betrag müsste inzwischen bei Ihnen eingegangen sein.

Mit freundlichen Grüßen

Sabine Krüger
Buchhaltung

Dachdeckerei Brandl GmbH
Am Mühlbach 7 · 83022 Rosenheim
Tel. 08031 40 77 12
Geschäftsführer: Josef Brandl · Amtsgericht Traunstein HRB 18842""",
        ex=Extract(paid_date="2026-11-24", amount="2318.50", currency="EUR"),
        refs=("MS-40166",),
        note="'am Dienstag' written on Thu 26 Nov is 24 Nov; windows-1252",
    ),
    Reply(
        key="ps-de-raus",
        intent="payment_sent",
        lang="de",
        frm=("Malerbetrieb Kowalski", "info@maler-kowalski.example"),
        when="2026-12-09 07:12 +0100",
        client="iphone",
        body="Hallo, ist seit gestern raus.\nGruß Kowalski",
        ex=Extract(paid_date="2026-12-08"),
        note="colloquial 'ist raus' = the payment has gone out; 'gestern' is the day before Wed 9 Dec",
    ),
    Reply(
        key="ps-fr-minuit",
        intent="payment_sent",
        lang="fr",
        frm=("Yann Le Goff", "couverture.legoff@gmail.com"),
        when="2026-12-01 00:34 +0100",
        client="gmail",
        inv="MS-40209",
        amt="1860.00",
        body="""bonjour,
je viens de faire le virement de 1860e pour la facture 40209, desole pour le retard j'etais sur un chantier a Brest toute la semaine et pas d'internet
cdt
Yann Le Goff
couverture zinguerie Le Goff""",
        ex=Extract(paid_date="2026-12-01", amount="1860.00", currency="EUR"),
        refs=("MS-40209",),
        note="no accents; sent at 00:34 local time (23:34 UTC the day before), so 'je viens de' is 1 Dec in the sender's zone; '40209' is a short form",
    ),
    Reply(
        key="ps-es-tarjeta",
        intent="payment_sent",
        lang="es",
        frm=("Marta Ibáñez Ruiz", "marta.ibanez@correo-hogar.example"),
        when="2026-12-04 18:22 +0100",
        client="iphone",
        inv="MS-40227",
        amt="742.50",
        body="""Buenas tardes:

Acabo de pagarla con tarjeta desde el enlace de pago que venía en la factura. En el justificante pone número de operación 220415987 y un importe de 742,50 €.

¿Me podrían confirmar que les ha llegado? Es la primera vez que pago así.

Un saludo,
Marta""",
        ex=Extract(
            paid_date="2026-12-04", payment_reference="220415987", amount="742.50", currency="EUR"
        ),
        note="homeowner's card payment; the closing question does not change the intent",
    ),
    Reply(
        key="ps-es-viernes",
        intent="payment_sent",
        lang="es",
        frm=(
            "Administración Construcciones Altozano",
            "administracion@altozano-construcciones.example",
        ),
        when="2026-11-23 12:08 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="MS-40133",
        amt="6412.35",
        body="""Buenos días:

Les confirmamos que la factura MS-40133 se abonó mediante transferencia el pasado viernes, día 20, por importe de 6.412,35 €. La referencia de la orden es TRF-2611-0457.

Si no la ven reflejada en su cuenta, avísennos y les enviamos el justificante del banco.

Saludos cordiales,

Lucía Ferrer
Departamento de Administración
Construcciones Altozano, S.L.
Avda. de la Constitución 112, 28850 Torrejón de Ardoz (Madrid)

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. En cumplimiento del Reglamento (UE) 2016/679, le informamos de que sus datos de contacto se tratan con la finalidad de gestionar la relación comercial.""",
        ex=Extract(
            paid_date="2026-11-20",
            payment_reference="TRF-2611-0457",
            amount="6412.35",
            currency="EUR",
        ),
        refs=("MS-40133",),
        note="'el pasado viernes, día 20' from Mon 23 Nov; windows-1252 with a legal notice",
    ),
    Reply(
        key="ps-nl-vorigeweek",
        intent="payment_sent",
        lang="nl",
        frm=("Ruud Verbeek", "ruud@verbeekbouw.example"),
        when="2026-12-02 16:55 +0100",
        client="gmail",
        body="Is vorige week al overgemaakt. Kijk eerst even in jullie eigen administratie voordat je weer een herinnering stuurt.\n\nRuud",
        note="irritated; 'vorige week' names no day, so no paid_date",
    ),
    Reply(
        key="ps-nl-betaalspec",
        intent="payment_sent",
        lang="nl",
        frm=(
            "Woonstichting De Linge – Crediteurenadministratie",
            "betalingen@woonstichting-delinge.example",
        ),
        when="2026-12-03 05:40 +0100",
        client="notice",
        threaded=False,
        subject="Betaalspecificatie 3 december 2026 – Meridian Scaffolding Ltd",
        headers=(("X-Mailer", "FinWoning Betaalmodule 5.1"), ("Precedence", "bulk")),
        body="""Geachte relatie,

Hierbij ontvangt u de specificatie van onze betaling aan u.

Crediteurnummer   : 700413
Betaaldatum       : 03-12-2026
Betalingskenmerk  : 1000 2026 4471 0832
Totaalbedrag      : € 5.604,12

Factuurnummer     Factuurdatum   Bedrag
MS-40180          12-10-2026     € 5.604,12

Dit bericht is automatisch aangemaakt. Met vragen over deze betaling kunt u contact opnemen met de crediteurenadministratie via crediteuren@woonstichting-delinge.example, onder vermelding van het betalingskenmerk.

Woonstichting De Linge
Postbus 214, 4100 AE Culemborg""",
        ex=Extract(
            paid_date="2026-12-03",
            payment_reference="1000 2026 4471 0832",
            amount="5604.12",
            currency="EUR",
        ),
        refs=("MS-40180",),
        note="AP-system payment specification without Auto-Submitted, not threaded; the address it names is for questions, not a new contact",
    ),
    Reply(
        key="ps-it-contabile",
        intent="payment_sent",
        lang="it",
        frm=("Amministrazione Edilizia Bortolin", "amministrazione@ediliziabortolin.example"),
        when="2026-11-27 11:17 +0100",
        client="outlook_html",
        inv="MS-40155",
        amt="3150.00",
        attach="Contabile_bonifico_MS-40155.pdf",
        body="""Buongiorno,

la fattura MS-40155 risulta da noi pagata con bonifico del 25/11/2026, CRO 0306947712345601, per € 3.150,00. Vi alleghiamo la contabile bancaria.

Restiamo a disposizione per eventuali chiarimenti.

Cordiali saluti

Giulia Bortolin
Ufficio amministrazione
Edilizia Bortolin S.r.l.
Via dell'Artigianato 14 – 31033 Castelfranco Veneto (TV)
P.IVA 04417720263

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario indicato. Qualora lo aveste ricevuto per errore, vi preghiamo di darne comunicazione al mittente e di cancellarlo. Ai sensi del Regolamento UE 2016/679 (GDPR), i dati personali sono trattati per la sola gestione del rapporto commerciale.""",
        ex=Extract(
            paid_date="2026-11-25",
            payment_reference="0306947712345601",
            amount="3150.00",
            currency="EUR",
        ),
        refs=("MS-40155",),
        note="bank transfer receipt attached as a PDF; the CRO is the payment reference",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        key="pr-en-chequerun",
        intent="promise_to_pay",
        lang="en",
        frm=("Sandra Pike", "accounts@pikeandsonsbuilders.example"),
        when="2026-12-01 11:05 +0000",
        client="outlook",
        body="Hi,\n\nThis has been approved and will go out in Friday's cheque run, so you should have it early next week.\n\nSandra\nAccounts, Pike & Sons Builders",
        ex=Extract(promised_date="2026-12-04"),
        note="'Friday's cheque run' after Tue 1 Dec; 'approved' is past, the payment is future",
    ),
    Reply(
        key="pr-en-rambling",
        intent="promise_to_pay",
        lang="en",
        frm=("Gillian Hartley", "gill.hartley@northmail.example"),
        when="2026-12-06 20:40 +0000",
        client="gmail",
        inv="MS-40198",
        amt="1380.00",
        body="""Hello,

Sorry I've not replied sooner, it has been a nightmare few weeks here. As you probably know the scaffold went up in September for the loft conversion, and then the builder we had (not your firm, the main builder) more or less disappeared for three weeks in October, so the scaffold was up a lot longer than anyone planned. The neighbours at number 14 have complained twice about it blocking the light to their kitchen and I've had the council round once about the pavement licence, which I gather is all sorted now.

Anyway the dormer is finally finished, the roofers signed off on Thursday and your lads took the scaffold down on Friday, which was very quick and tidy, so thank you for that. My husband wants me to say the tall lad was very good with our dog.

On the invoice, I'm not arguing with it, it's what we agreed on the phone. I get paid on the 15th and I'll send the full £1,380 by bank transfer that day. If that's a problem please ring me rather than email as I don't always check this account.

Many thanks,
Gillian Hartley
07700 900876""",
        ex=Extract(promised_date="2026-12-15", amount="1380.00", currency="GBP"),
        note="long reply that buries the promise in the third paragraph; 'not arguing with it' is not a dispute",
    ),
    Reply(
        key="pr-en-ooo-subject",
        intent="promise_to_pay",
        lang="en",
        frm=("Gary Nuttall", "gary@nuttallgroundworks.example"),
        when="2026-12-07 07:58 +0000",
        client="iphone",
        subject="Out of office",
        body="On site in Hull till Thursday with no laptop. I'll sort it when I'm back in the office Friday.\n\nGaz",
        ex=Extract(promised_date="2026-12-11"),
        note="a person's reply whose subject says 'Out of office', no Auto-Submitted; 'sort it' on Friday (after Mon 7 Dec) is a promise",
    ),
    Reply(
        key="pr-en-council",
        intent="promise_to_pay",
        lang="en",
        frm=("Aisha Rahman", "aisha.rahman@wharfevale-council.example"),
        when="2026-12-10 15:32 +0000",
        client="outlook_html",
        inv="MS-40251",
        amt="2940.00",
        body="""Dear Sir/Madam,

Thank you for your email. I have checked this with Creditor Payments: invoice MS-40251 for £2,940.00 was approved on 8 December and has been scheduled for the BACS run on 17 December. Payment should reach your account within two working days of that date.

Please note the Council pays on 30-day terms from receipt of a valid invoice.

Kind regards,

Aisha Rahman
Procurement Officer
Wharfe Vale District Council
Town Hall, Market Street, Ilkley LS29 9EZ

This email and any files transmitted with it are confidential and may be subject to the Freedom of Information Act 2000. If you are not the intended recipient, please notify the sender and delete it. Wharfe Vale District Council monitors email communications.""",
        ex=Extract(promised_date="2026-12-17", amount="2940.00", currency="GBP"),
        refs=("MS-40251",),
        note="'was approved' and 'has been scheduled' are past-tense words for a future payment",
    ),
    Reply(
        key="pr-de-kw50",
        intent="promise_to_pay",
        lang="de",
        frm=("Markus Vogt", "m.vogt@hochbau-vogt.example"),
        when="2026-12-03 13:47 +0100",
        client="outlook",
        charset="iso-8859-1",
        body="""Hallo zusammen,

die Zahlung erfolgt in KW 50, zusammen mit den übrigen Lieferantenrechnungen. Früher geht es leider nicht, unser Bauherr hat selbst erst diese Woche die Abschlagsrechnung bezahlt.

Gruß
Markus Vogt
Hochbau Vogt GmbH & Co. KG""",
        ex=Extract(promised_date="2026-12-07"),
        note="'in KW 50' (7-13 Dec) → the Monday of that week, as 'nächste Woche' is; 'erfolgt' is present tense for a future payment; the past 'bezahlt' is the client's payment to them; ISO-8859-1",
    ),
    Reply(
        key="pr-de-freigabe",
        intent="promise_to_pay",
        lang="de",
        frm=("Claudia Neumann", "c.neumann@neumann-bau.example"),
        when="2026-12-08 09:20 +0100",
        client="apple",
        inv="MS-40236",
        body="Guten Morgen,\n\nich habe die Rechnung MS-40236 heute zur Zahlung freigegeben. Die Überweisung geht mit unserem Zahllauf am 15. raus.\n\nViele Grüße\nClaudia Neumann\n\nNeumann Bau GmbH · Kaufmännische Leitung",
        ex=Extract(promised_date="2026-12-15"),
        refs=("MS-40236",),
        note="'freigegeben' is past, the transfer leaves on the 15th",
    ),
    Reply(
        key="pr-fr-findemois",
        intent="promise_to_pay",
        lang="fr",
        frm=("Nathalie Roussel", "compta@peintures-roussel.example"),
        when="2026-11-25 16:10 +0100",
        client="outlook_html",
        inv="MS-40172",
        body="""Bonjour,

Nous réglerons cette facture en fin de mois, par virement, comme convenu avec votre commercial lors de la commande.

Bien cordialement,

Nathalie Roussel
Comptabilité – Peintures Roussel & Fils
12, rue des Tanneurs – 69007 Lyon""",
        ex=Extract(promised_date="2026-11-30"),
        note="'en fin de mois' written on 25 Nov → 30 Nov",
    ),
    Reply(
        key="pr-fr-mandat",
        intent="promise_to_pay",
        lang="fr",
        frm=(
            "Service Finances – Mairie de Saint-Aubin-des-Prés",
            "finances@mairie-saintaubin.example",
        ),
        when="2026-12-04 10:02 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        inv="MS-40190",
        body="""Madame, Monsieur,

Nous accusons réception de votre relance. La facture MS-40190 a été mandatée le 2 décembre ; le mandat est désormais entre les mains du comptable public (Service de gestion comptable de Vendôme), qui procédera au virement dans les délais réglementaires.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Le service Finances
Mairie de Saint-Aubin-des-Prés""",
        refs=("MS-40190",),
        note="'a été mandatée' is past, but a French public body's payment order goes to the public accountant, who pays later: a promise without a date",
    ),
    Reply(
        key="pr-es-viernes",
        intent="promise_to_pay",
        lang="es",
        frm=("Tejados Hnos. Carmona", "tejadoscarmona@gmail.com"),
        when="2026-12-15 08:51 +0100",
        client="gmail_plain",
        body="Buenos dias, se lo pagamos el viernes sin falta. Perdonen el retraso\nAntonio Carmona",
        ex=Extract(promised_date="2026-12-18"),
        note="missing accent; 'el viernes' after Tue 15 Dec",
    ),
    Reply(
        key="pr-nl-betaalrun",
        intent="promise_to_pay",
        lang="nl",
        frm=("Anouk de Vries", "a.devries@bouwbedrijf-hoekstra.example"),
        when="2026-11-30 10:12 +0100",
        client="owa",
        inv="MS-40185",
        body="Goedemorgen,\n\nFactuur MS-40185 is goedgekeurd en gaat mee in onze betaalrun van donderdag.\n\nMet vriendelijke groet,\nAnouk de Vries\nCrediteurenadministratie | Bouwbedrijf Hoekstra B.V.",
        ex=Extract(promised_date="2026-12-03"),
        refs=("MS-40185",),
        note="'betaalrun van donderdag' after Mon 30 Nov",
    ),
    Reply(
        key="pr-it-disposto",
        intent="promise_to_pay",
        lang="it",
        frm=("Stefano Gatti", "s.gatti@coperturegatti.example"),
        when="2026-12-10 17:30 +0100",
        client="gmail",
        amt="2475.00",
        body="Buonasera,\n\nabbiamo disposto oggi il bonifico di € 2.475,00 con data di esecuzione 15/12, come da nostro calendario pagamenti.\n\nCordiali saluti\nStefano Gatti\nCoperture Gatti s.n.c.",
        ex=Extract(promised_date="2026-12-15", amount="2475.00", currency="EUR"),
        note="'abbiamo disposto oggi' is past, but the transfer executes on 15/12: a promise",
    ),
    Reply(
        key="pr-it-finemese",
        intent="promise_to_pay",
        lang="it",
        frm=("Franca Melis", "franca.melis@postaweb.example"),
        when="2026-12-04 12:03 +0100",
        client="iphone",
        body="Salve, vi pago tutto entro fine mese, adesso sono un po' in difficoltà con le spese di casa ma entro il 31 saldo. Scusate\nFranca Melis",
        ex=Extract(promised_date="2026-12-31"),
        note="hardship is mentioned, but the whole balance is promised by a date: promise, not payment_plan",
    ),
]

DISPUTE = [
    Reply(
        key="di-en-notpaid",
        intent="dispute",
        lang="en",
        frm=("Mark Ellison", "mark.ellison@ellisonbuild.example"),
        when="2026-11-25 09:33 +0000",
        client="outlook_html",
        inv="MS-40141",
        body="""Morning,

We have NOT paid MS-40141 and we won't be paying it. The rear elevation scaffold on this invoice was never put up. That part of the job was cancelled on 2 October and your contracts manager, Lee, confirmed it in writing the same day. The front elevation was invoiced separately on MS-40128 and that was paid in October.

Please cancel MS-40141 and send us a credit note.

Mark Ellison
Site Manager
Ellison Build Ltd""",
        refs=("MS-40141", "MS-40128"),
        note="negation 'NOT paid'; service never done; the payment mentioned is of another invoice",
    ),
    Reply(
        key="di-en-weeks",
        intent="dispute",
        lang="en",
        frm=("Rachel Dunn", "rachel@dunnandfieldroofing.example"),
        when="2026-11-23 10:19 +0000",
        client="gmail",
        inv="MS-40214",
        body="""Hi,

40188 was paid on the 20th, you should have that.

40214 though is wrong. It charges 8 weeks' hire at Mill Lane but the scaffold came down after 5 — it's on your own dismantle docket DD-5521, dated 28 October. Can you correct it to 5 weeks and reissue, and we'll pay that straight away.

Thanks
Rachel
Dunn & Field Roofing""",
        refs=("MS-40188", "MS-40214"),
        note="one invoice paid, the other disputed: dispute wins; the payment is conditional on a corrected invoice; short forms of the numbers",
    ),
    Reply(
        key="di-en-damage",
        intent="dispute",
        lang="en",
        frm=("Dave Corcoran", "dave.corcoran@homefibre.example"),
        when="2026-12-14 19:02 +0000",
        client="gmail_plain",
        amt="960.00",
        body="""You've got a nerve sending me reminders.

When your lot took the scaffold down they cracked four roof tiles and snapped the bracket on the satellite dish. I rang your office on the 2nd and was promised someone would come out and look. Nobody has come and nobody has rung back.

I'm not paying a penny of this until the damage is put right or knocked off the bill. I've got photos if anyone actually wants to see them.

Dave Corcoran""",
        note="irritated homeowner; damage done while striking the scaffold; 'not paying until put right'",
    ),
    Reply(
        key="di-de-doppelt",
        intent="dispute",
        lang="de",
        frm=("Buchhaltung Ludwig Bauunternehmung", "buchhaltung@ludwig-bau.example"),
        when="2026-11-27 08:52 +0100",
        client="outlook",
        charset="windows-1252",
        inv="MS-40170",
        body="""Sehr geehrte Damen und Herren,

die Rechnung MS-40170 ist mit der MS-40162 identisch: gleiches Bauvorhaben (Wohnanlage Kastanienhof, Haus B), gleicher Mietzeitraum 05.10.–01.11.2026, gleicher Betrag. Die MS-40162 haben wir am 12.11. bezahlt.

Bitte stornieren Sie die MS-40170 und senden Sie uns eine Stornorechnung.

Mit freundlichen Grüßen
i. A. Heike Sommer
Ludwig Bauunternehmung GmbH""",
        refs=("MS-40170", "MS-40162"),
        note="duplicate billing; the payment mentioned is of the earlier invoice",
    ),
    Reply(
        key="di-de-preis",
        intent="dispute",
        lang="de",
        frm=("Jörg Albrecht", "j.albrecht@albrecht-fassaden.example"),
        when="2026-12-02 17:15 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        inv="MS-40203",
        inline_at=2,
        body="""Der Preis stimmt nicht. In Ihrer Auftragsbestätigung vom 03.09. sind 6,80 EUR pro m² Gerüstfläche für die ersten vier Wochen vereinbart, berechnet haben Sie 8,20 EUR/m². Bei 512 m² sind das 716,80 EUR netto zu viel.

Bitte schicken Sie uns eine korrigierte MS-40203, dann geben wir sie sofort frei.""",
        tail="Gruß\nJörg Albrecht\nAlbrecht Fassadenbau",
        refs=("MS-40203",),
        note="inline answer under the quoted invoice line; contract price versus invoiced price; ISO-8859-1 8-bit",
    ),
    Reply(
        key="di-fr-avoir",
        intent="dispute",
        lang="fr",
        frm=("Sébastien Marchal", "s.marchal@marchal-batiment.example"),
        when="2026-12-03 11:48 +0100",
        client="gmail",
        body="""Bonjour,

Cette facture a déjà fait l'objet d'un avoir (AV-2026-0117 du 6 novembre) après notre réclamation sur le montage de l'échafaudage de la rue Pasteur. Elle ne devrait donc plus figurer dans vos relances.

Merci de mettre à jour notre compte client et de nous envoyer un relevé à jour.

Cordialement,
Sébastien Marchal
Marchal Bâtiment SARL""",
        note="already credited; the statement asked for is secondary",
    ),
    Reply(
        key="di-fr-gardecorps",
        intent="dispute",
        lang="fr",
        frm=("Karim Benali", "k.benali@benali-renovation.example"),
        when="2026-12-11 14:05 +0100",
        client="outlook",
        charset="windows-1252",
        body="""Bonjour,

Nous ne réglerons pas cette facture tant que :
- les garde-corps manquants au 3e niveau (façade côté cour) n'auront pas été posés ;
- le PV de réception de l'échafaudage ne nous aura pas été transmis.

Notre coordinateur SPS a arrêté le chantier deux jours la semaine dernière à cause de ces garde-corps. Nous nous réservons le droit de vous refacturer ces journées.

Cordialement,
Karim Benali
Benali Rénovation""",
        note="'won't pay until fixed': the missing guard rails drive it; the missing handover report is secondary",
    ),
    Reply(
        key="di-es-pedido",
        intent="dispute",
        lang="es",
        frm=("Javier Montero", "jmontero@montero-reformas.example"),
        when="2026-11-26 12:40 +0100",
        client="outlook_html",
        body="""Buenos días:

Esta factura no corresponde a ningún pedido nuestro. No tenemos ni hemos tenido obra en la calle Cartagena, y el número de pedido que aparece (P-3318) no es de nuestra serie: los nuestros empiezan por MR-.

Creemos que se han confundido de cliente. Les ruego que la anulen.

Un saludo,
Javier Montero
Montero Reformas Integrales""",
        note="not our order: the writer is the customer on the ledger, so dispute, not wrong_contact",
    ),
    Reply(
        key="di-es-plataformas",
        intent="dispute",
        lang="es",
        frm=("Pilar Ortega", "pilar.ortega@ortegacubiertas.example"),
        when="2026-12-09 19:26 +0100",
        client="android_outlook",
        body="Hola, os contesto desde el móvil. En esta factura nos cobráis la reposición de 6 plataformas y 2 rodapiés como si los hubiéramos roto nosotros, pero ya llegaron así a la obra, se lo dijimos al chófer el mismo día de la entrega y hay fotos. Eso no lo vamos a pagar. El resto de la factura sí está bien.\n\nPilar",
        note="damage charge contested; 'el resto sí está bien' is no promise to pay the rest; Outlook for Android, base64",
    ),
    Reply(
        key="di-nl-m2",
        intent="dispute",
        lang="nl",
        frm=("Erik Bosman", "e.bosman@bosmanbouw.example"),
        when="2026-12-01 13:22 +0100",
        client="outlook_html",
        inv="MS-40201",
        body="""Goedemiddag,

Op factuur MS-40201 staat 420 m² steigerwerk gefactureerd. Wij hebben bij oplevering samen met jullie voorman 365 m² opgemeten; het opnameformulier is door beide partijen getekend.

Graag een creditnota voor het verschil of een gecorrigeerde factuur.

Met vriendelijke groet,

Erik Bosman
Projectleider
Bosman Bouw B.V.

Aan deze e-mail en eventuele bijlagen kunnen geen rechten worden ontleend.""",
        refs=("MS-40201",),
        note="wrong quantity",
    ),
    Reply(
        key="di-nl-trappenhuis",
        intent="dispute",
        lang="nl",
        frm=("Sanne Kuipers", "sanne@kuipersschilders.example"),
        when="2026-12-16 08:05 +0100",
        client="iphone",
        body="We betalen pas als de steiger bij het trappenhuis is aangepast zoals afgesproken. Mijn schilders kunnen er nu niet veilig bij. Al 2x gebeld hierover.",
        note="conditional refusal until the scaffold is altered as agreed",
    ),
    Reply(
        key="di-it-trabattello",
        intent="dispute",
        lang="it",
        frm=("Geom. Luca Ferri", "l.ferri@ferricostruzioni.example"),
        when="2026-11-24 10:44 +0100",
        client="thunderbird",
        body="""Buongiorno,

in fattura ci addebitate il noleggio del trabattello per 4 settimane, ma lo abbiamo riconsegnato dopo 10 giorni: vedi DDT di reso n. 887 del 12/11, firmato dal vostro magazziniere.

Vi chiediamo di emettere nota di credito per le settimane non dovute.

Distinti saluti
Geom. Luca Ferri
Ferri Costruzioni S.r.l.""",
        note="hire period charged longer than the return note shows; Thunderbird format=flowed",
    ),
]

PAYMENT_PLAN = [
    Reply(
        key="pp-en-administration",
        intent="payment_plan",
        lang="en",
        frm=("Neil Brannigan", "neil@branniganbuild.example"),
        when="2026-12-08 16:44 +0000",
        client="outlook",
        amt="7820.00",
        body="""Hi,

I'll be straight with you. The developer on the Moorside job went into administration last month owing us just over £60k, and we're waiting on the administrators like everyone else. I can't clear £7,820 in one go before Christmas.

What I can do is £1,000 now and then £1,000 a month from January until it's cleared. If that works for you I'll set up the standing order this week.

Neil Brannigan
Director, Brannigan Build Ltd""",
        note="hardship plus instalments; plan amounts and dates are not labelled",
    ),
    Reply(
        key="pp-en-moretime",
        intent="payment_plan",
        lang="en",
        frm=("Lorraine Pickles", "lorraine.pickles@homefibre.example"),
        when="2026-11-28 10:12 +0000",
        client="iphone",
        body="Hello, would it be possible to have until the end of January to pay this? My husband has been off work since his operation and money is really tight until he's back. I'm not trying to avoid it. Lorraine",
        note="asks for more time with hardship; 'end of January' is asked for, not promised, so no promised_date",
    ),
    Reply(
        key="pp-en-settlement",
        intent="payment_plan",
        lang="en",
        frm=("Craig Whitfield", "craig@whitfieldpaintingco.example"),
        when="2026-12-17 12:30 +0000",
        client="gmail",
        inv="MS-40261",
        amt="2340.00",
        body="""Hello,

The job at Harrogate overran by four weeks through no fault of ours and we lost the follow-on contract because of it, so this invoice has hit us hard.

Would you accept £1,500 in full and final settlement of MS-40261? I can pay that this week if you agree.

Regards
Craig Whitfield
Whitfield Painting Co.""",
        refs=("MS-40261",),
        note="reduced amount offered; the payment 'this week if you agree' is conditional; the overrun is not blamed on Meridian, so no dispute",
    ),
    Reply(
        key="pp-de-raten",
        intent="payment_plan",
        lang="de",
        frm=("Tobias Hahn", "t.hahn@hahn-dachtechnik.example"),
        when="2026-12-02 11:02 +0100",
        client="gmail",
        amt="4650.00",
        body="""Hallo,

wäre es möglich, die Rechnung in drei Monatsraten zu begleichen? Wir hatten im Herbst zwei größere Forderungsausfälle und die Liquidität ist gerade knapp.

Vorschlag: je 1.550 € zum 15.12., 15.01. und 15.02.

Für eine kurze Rückmeldung wäre ich dankbar.

Viele Grüße
Tobias Hahn
Hahn Dachtechnik e.K.""",
        note="instalment dates are not a promised_date",
    ),
    Reply(
        key="pp-fr-echeancier",
        intent="payment_plan",
        lang="fr",
        frm=("Isabelle Garnier", "i.garnier@garnier-construction.example"),
        when="2026-11-30 15:18 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="MS-40175",
        body="""Madame, Monsieur,

Suite au retard de paiement d'un important chantier public, notre trésorerie est actuellement très tendue. Pourriez-vous nous accorder un échéancier en quatre mensualités pour le règlement de la facture MS-40175 ?

Nous restons bien entendu à votre disposition pour en discuter par téléphone.

Cordialement,

Isabelle Garnier
Directrice administrative et financière
Garnier Construction SAS""",
        refs=("MS-40175",),
        note="instalments asked for; windows-1252",
    ),
    Reply(
        key="pp-fr-acompte",
        intent="payment_plan",
        lang="fr",
        frm=("Thierry Lemoine", "thierry.lemoine@orange-mail.example"),
        when="2026-12-12 09:41 +0100",
        client="iphone",
        amt="1640.00",
        body="Bonjour, je peux vous verser 600 € tout de suite et le reste en janvier, ça vous irait ? Les travaux de la maison nous ont coûté bien plus que prévu. Merci de me dire. T. Lemoine",
        note="part now and the rest later is a plan, not a payment sent",
    ),
    Reply(
        key="pp-es-aplazamiento",
        intent="payment_plan",
        lang="es",
        frm=("Raúl Sanz", "rsanz@reformas-sanz.example"),
        when="2026-11-25 13:37 +0100",
        client="outlook",
        charset="windows-1252",
        body="""Buenas tardes:

Les escribo para pedirles un aplazamiento de 60 días para esta factura. La comunidad de propietarios de la calle Goya 41 todavía no ha aprobado la derrama para la fachada y hasta que no cobremos de ellos no tenemos liquidez.

Entiendo que no es problema suyo, pero les agradecería mucho que nos dieran este margen.

Atentamente,
Raúl Sanz
Reformas Sanz""",
        note="more time asked for",
    ),
    Reply(
        key="pp-es-semanal",
        intent="payment_plan",
        lang="es",
        frm=("Ivan Quintana", "ivan.quintana.pintor@gmail.com"),
        when="2026-12-14 21:10 +0100",
        client="gmail_plain",
        body="hola, aceptarian pagos semanales de 250 euros? ahora mismo no llego a pagarlo todo de golpe, el mes ha sido muy malo. gracias\nivan quintana",
        note="weekly instalments; no accents, no capitals",
    ),
    Reply(
        key="pp-nl-regeling",
        intent="payment_plan",
        lang="nl",
        frm=("Jeroen Smit", "jeroen@smitschilderwerken.example"),
        when="2026-12-07 18:02 +0100",
        client="apple",
        amt="1975.00",
        body="""Beste,

Kunnen we een betalingsregeling afspreken? Ik ben zzp'er en heb door de regen van de afgelopen weken amper buiten kunnen werken, dus er komt nu weinig binnen.

Ik zou € 400 per maand kunnen betalen, te beginnen in januari.

Groet,
Jeroen Smit
Smit Schilderwerken""",
        note="self-employed painter; monthly instalments",
    ),
    Reply(
        key="pp-nl-uitstel",
        intent="payment_plan",
        lang="nl",
        frm=("P. van Leeuwen", "pvl@vanleeuwen-dakwerken.example"),
        when="2026-11-27 09:25 +0100",
        client="thunderbird",
        body="Goedemorgen,\n\nIs uitstel van betaling tot half januari bespreekbaar? Onze opdrachtgever betaalt pas na de oplevering op 8 januari.\n\nMvg,\nPeter van Leeuwen\nVan Leeuwen Dakwerken",
        note="deferral asked for, not promised",
    ),
    Reply(
        key="pp-it-rate",
        intent="payment_plan",
        lang="it",
        frm=("Alessandra Conti", "a.conti@contiedilizia.example"),
        when="2026-12-09 10:26 +0100",
        client="outlook_html",
        inv="MS-40240",
        amt="8910.00",
        body="""Buongiorno,

in riferimento alla fattura MS-40240, vi chiediamo la possibilità di rateizzare l'importo in tre rate mensili di € 2.970,00, a partire dal 31 dicembre.

La richiesta è dovuta al ritardo negli incassi di un cantiere pubblico (SAL non ancora liquidato dalla stazione appaltante).

In attesa di un vostro riscontro, porgiamo distinti saluti.

Alessandra Conti
Conti Edilizia S.r.l.""",
        refs=("MS-40240",),
        note="three monthly instalments; the first instalment date is not a promised_date",
    ),
    Reply(
        key="pp-it-disoccupato",
        intent="payment_plan",
        lang="it",
        frm=("Rosaria Esposito", "rosaria.esposito80@gmail.com"),
        when="2026-12-16 22:14 +0100",
        client="gmail",
        body="Buonasera, mio marito ha perso il lavoro a ottobre e non riesco a pagare tutto insieme. Posso dare 150 euro al mese? Mi dispiace molto, non e mia intenzione non pagare.\nRosaria Esposito",
        note="hardship and a monthly amount; missing accent ('non e')",
    ),
]

INVOICE_REQUEST = [
    Reply(
        key="ir-en-cis",
        intent="invoice_request",
        lang="en",
        frm=("Helen Moss", "payables@ridgewaycontractors.example"),
        when="2026-11-24 11:40 +0000",
        client="outlook_html",
        inv="MS-40138",
        body="""Hello,

Before we can release payment on MS-40138 we need your UTR and company registration number so we can verify you with HMRC under CIS. We don't appear to have verified Meridian before, and without a verification we'd have to deduct 30% from the labour element.

Could you send these over, together with an invoice showing the labour and materials split?

Many thanks,
Helen Moss
Payables Supervisor
Ridgeway Contractors plc""",
        refs=("MS-40138",),
        note="CIS verification details and a labour/materials split are needed before paying",
    ),
    Reply(
        key="ir-en-nocopy",
        intent="invoice_request",
        lang="en",
        frm=("Steve Tranter", "steve@trantergroundworks.example"),
        when="2026-12-03 08:15 +0000",
        client="gmail_plain",
        inv="MS-40231",
        body="Morning, we've got no record of MS-40231 on our system, never received it. Can you send a copy to invoices@trantergroundworks.example and we'll get it booked in. Ta, Steve",
        refs=("MS-40231",),
        note="never received, resend; the address is where the copy goes, not a change of contact",
    ),
    Reply(
        key="ir-en-po",
        intent="invoice_request",
        lang="en",
        frm=("Julie Ashcroft", "julie.ashcroft@kirkbymoor-council.example"),
        when="2026-12-15 10:52 +0000",
        client="owa",
        inv="MS-40249",
        body="""Good morning,

Invoice MS-40249 has been rejected by our accounts payable system because it does not quote a valid purchase order number. All Council invoices must show the official order number.

The order for this work is 4500219874. Please reissue the invoice quoting it and send it to the address on the order.

Kind regards,

Julie Ashcroft
Purchase to Pay Team
Kirkby Moor Borough Council""",
        refs=("MS-40249",),
        note="reissue with a PO number; the amount is not contested",
    ),
    Reply(
        key="ir-de-48b",
        intent="invoice_request",
        lang="de",
        frm=("Martina Lorenz", "m.lorenz@lorenz-wohnbau.example"),
        when="2026-12-10 14:20 +0100",
        client="outlook_html",
        inv="MS-40247",
        body="""Sehr geehrte Damen und Herren,

für die Zahlung der Rechnung MS-40247 benötigen wir eine gültige Freistellungsbescheinigung nach § 48b EStG. Die uns vorliegende Bescheinigung ist am 30.09.2026 abgelaufen.

Ohne aktuelle Bescheinigung sind wir verpflichtet, 15 % Bauabzugsteuer einzubehalten und an das Finanzamt abzuführen. Bitte senden Sie uns die neue Bescheinigung zu, dann veranlassen wir die Zahlung in voller Höhe.

Mit freundlichen Grüßen

Martina Lorenz
Finanzbuchhaltung
Lorenz Wohnbau GmbH
Geschäftsführer: Dipl.-Ing. Frank Lorenz | Amtsgericht Bielefeld HRB 40117""",
        refs=("MS-40247",),
        note="construction withholding-tax exemption certificate: a tax form needed before paying; the conditional payment is secondary",
    ),
    Reply(
        key="ir-de-kontoauszug",
        intent="invoice_request",
        lang="de",
        frm=("Uwe Sattler", "u.sattler@sattler-malerei.example"),
        when="2026-11-30 09:05 +0100",
        client="thunderbird",
        cte="8bit",
        body="""Guten Tag,

wir können Ihre Erinnerung keinem offenen Posten zuordnen. Bitte schicken Sie uns einen aktuellen Kontoauszug mit allen offenen Rechnungen und den bisher verbuchten Zahlungen, dann gleichen wir das ab.

Danke und Gruß
Uwe Sattler
Malerei Sattler""",
        note="statement of account asked for; Thunderbird format=flowed, 8-bit UTF-8",
    ),
    Reply(
        key="ir-fr-urssaf",
        intent="invoice_request",
        lang="fr",
        frm=("Céline Perrin", "c.perrin@perrin-maconnerie.example"),
        when="2026-12-08 11:31 +0100",
        client="outlook_html",
        inv="MS-40238",
        amt="6780.00",
        body="""Bonjour,

Avant de pouvoir procéder au règlement de la facture MS-40238, nous devons disposer de votre attestation de vigilance URSSAF de moins de six mois, ainsi que d'un extrait Kbis (ou équivalent) récent, conformément à nos obligations de donneur d'ordre.

Merci de nous les faire parvenir par retour de mail.

Cordialement,

Céline Perrin
Assistante administrative
Perrin Maçonnerie""",
        refs=("MS-40238",),
        note="compliance documents needed before paying",
    ),
    Reply(
        key="ir-fr-jamaisrecu",
        intent="invoice_request",
        lang="fr",
        frm=("Olivier Carré", "olivier.carre@carre-toitures.example"),
        when="2026-11-23 17:26 +0100",
        client="gmail",
        body="""Bonsoir,

Nous n'avons jamais reçu cette facture, ni par courrier ni par mail. Pourriez-vous nous la renvoyer en PDF en indiquant notre numéro de bon de commande, BC-2026-0912 ? Sans ce numéro, notre logiciel la rejette.

Merci d'avance,
Olivier Carré
Carré Toitures""",
        note="never received; resend with a PO number, amount not contested",
    ),
    Reply(
        key="ir-es-iban",
        intent="invoice_request",
        lang="es",
        frm=("Elena Castro", "ecastro@castro-promociones.example"),
        when="2026-12-02 10:48 +0100",
        client="gmail",
        cte="b64",
        inv="MS-40212",
        body="""Buenos días:

Antes de pagar la factura MS-40212 necesitamos que nos confirmen su número de cuenta. El IBAN que figura en la factura no coincide con el que tenemos dado de alta para Meridian y, por seguridad, no hacemos ningún cambio de datos bancarios sin un certificado de titularidad emitido por el banco.

¿Nos lo pueden enviar?

Gracias,
Elena Castro
Castro Promociones Inmobiliarias""",
        refs=("MS-40212",),
        note="bank details and a bank certificate needed before paying; base64 parts",
    ),
    Reply(
        key="ir-nl-grekening",
        intent="invoice_request",
        lang="nl",
        frm=("Mirjam Dekker", "m.dekker@dekkerbouwgroep.example"),
        when="2026-11-26 15:07 +0100",
        client="owa",
        inv="MS-40168",
        amt="11250.00",
        body="""Goedemiddag,

In verband met de ketenaansprakelijkheid storten wij 35% van het loonbestanddeel van factuur MS-40168 op uw G-rekening. Wij hebben van Meridian nog geen G-rekeningnummer en geen recente verklaring betalingsgedrag ontvangen.

Kunt u beide naar ons sturen? Daarna kunnen wij de factuur betalen.

Met vriendelijke groet,
Mirjam Dekker
Financiële administratie
Dekker Bouwgroep B.V.""",
        refs=("MS-40168",),
        note="blocked-account number and a tax compliance statement needed before paying",
    ),
    Reply(
        key="ir-nl-pdf",
        intent="invoice_request",
        lang="nl",
        frm=("Wim Hendriks", "wim@hendriksdakdekkers.example"),
        when="2026-12-11 12:40 +0100",
        client="iphone",
        body="Hoi, de link in jullie factuurmail werkt bij mij niet. Kunnen jullie de factuur gewoon als pdf sturen? Dan betaal ik hem meteen.\n\nWim",
        note="copy of the invoice asked for; the promise depends on it, so no promised_date",
    ),
    Reply(
        key="ir-it-sdi",
        intent="invoice_request",
        lang="it",
        frm=(
            "Ufficio Ragioneria – Comune di Roncadelle Alta",
            "ragioneria@comune-roncadellealta.example",
        ),
        when="2026-11-25 09:48 +0100",
        client="outlook_html",
        inv="MS-40160",
        body="""Gentili signori,

si comunica che questa Amministrazione non può procedere al pagamento di documenti non trasmessi tramite il Sistema di Interscambio. La fattura MS-40160 deve essere emessa in formato elettronico, indicando il codice univoco ufficio UF7K2Q, il CIG Z4A3B2C1D0 e la dicitura «scissione dei pagamenti».

Distinti saluti.

Il Responsabile del Servizio Finanziario
dott.ssa Paola Brambilla
Comune di Roncadelle Alta""",
        refs=("MS-40160",),
        note="public body needs an electronic invoice with its codes before paying",
    ),
    Reply(
        key="ir-it-durc",
        intent="invoice_request",
        lang="it",
        frm=("Marco Riva", "m.riva@rivacostruzioni.example"),
        when="2026-12-14 15:55 +0100",
        client="gmail_plain",
        body="Buongiorno, per pagare ci serve il DURC in corso di validità, quello che abbiamo è scaduto a novembre. Appena ce lo mandate facciamo il bonifico.\nSaluti\nMarco Riva",
        note="contribution-compliance certificate needed; the payment depends on it",
    ),
]

WRONG_CONTACT = [
    Reply(
        key="wc-en-sitemanager",
        intent="wrong_contact",
        lang="en",
        frm=("Lee Harding", "lee.harding@brackleybuild.example"),
        when="2026-12-02 07:20 +0000",
        client="iphone",
        body="I'm a site manager mate, I don't deal with invoices. Send it to accounts@brackleybuild.example",
        ex=Extract(new_contact="accounts@brackleybuild.example"),
    ),
    Reply(
        key="wc-en-lookalike",
        intent="wrong_contact",
        lang="en",
        frm=("Accounts Department", "accounts@ashworth-roofing-ltd.example"),
        when="2026-12-09 13:02 +0000",
        client="outlook_html",
        headers=(("Reply-To", "finance.ashworthroofing@gmail.com"),),
        quoted_to=("Accounts", "accounts@ashworthroofing.example"),
        body="""Good afternoon,

Please be advised that our accounts function has been moved to a new system following an internal audit. Kindly update your records and direct all invoices, statements and remittance queries for Ashworth Roofing Ltd to finance.ashworthroofing@gmail.com with immediate effect.

Please do not send any further correspondence to the old address, as it will no longer be monitored.

Regards,
Accounts Department
Ashworth Roofing Ltd""",
        ex=Extract(new_contact="finance.ashworthroofing@gmail.com"),
        note="phishing-like: sent from a look-alike domain (the quoted reminder went to ashworthroofing.example) with a free-mail Reply-To, asking to redirect all mail; labelled by what it asks (wrong_contact with the new address); a person must verify it before acting",
    ),
    Reply(
        key="wc-en-notmonitored",
        intent="wrong_contact",
        lang="en",
        frm=("Kirkdale Homes Purchase Ledger", "purchase.ledger@kirkdalehomes.example"),
        when="2026-11-24 09:03 +0000",
        client="notice",
        subject="{oof}{rsub}",
        headers=OOF,
        body="""This mailbox is no longer monitored.

Since 1 November 2026 supplier invoices, statements and payment queries for Kirkdale Homes are handled by our central finance team. Please resend your email to ap@kirkdalehomes.example.

Messages sent to this address are not forwarded.""",
        ex=Extract(new_contact="ap@kirkdalehomes.example"),
        note="automatic 'no longer monitored' notice naming the new mailbox: wrong_contact",
    ),
    Reply(
        key="wc-de-kollegin",
        intent="wrong_contact",
        lang="de",
        frm=("Stefan Wolf", "s.wolf@bauteam-kessler.example"),
        when="2026-11-25 16:33 +0100",
        client="outlook",
        charset="windows-1252",
        body="""Hallo,

ich bin seit Ende Oktober nicht mehr für die Kreditorenbuchhaltung zuständig. Bitte wenden Sie sich künftig an meine Kollegin Petra Hollmann: P.Hollmann@bauteam-kessler.example

Viele Grüße
Stefan Wolf""",
        ex=Extract(new_contact="p.hollmann@bauteam-kessler.example"),
        note="address written in mixed case, labelled in lower case",
    ),
    Reply(
        key="wc-de-weg",
        intent="wrong_contact",
        lang="de",
        frm=("Klaus Brenner", "k.brenner@hausmeister-brenner.example"),
        when="2026-12-04 10:11 +0100",
        client="gmail",
        body="""Guten Tag,

da sind Sie bei mir falsch. Ich habe das Gerüst zwar vor Ort für die Eigentümergemeinschaft Lindenstraße 14 koordiniert, Auftraggeber und Rechnungsempfänger ist aber die WEG, vertreten durch die Immobilienverwaltung Sauer.

Bitte schicken Sie Rechnung und Mahnung an: buchhaltung@sauer-verwaltung.example

Mit freundlichen Grüßen
Klaus Brenner
Hausmeisterservice Brenner""",
        ex=Extract(new_contact="buchhaltung@sauer-verwaltung.example"),
        note="caretaker who coordinated the job names the owners' association's managing agent",
    ),
    Reply(
        key="wc-fr-conducteur",
        intent="wrong_contact",
        lang="fr",
        frm=("Julien Masson", "j.masson@masson-freres.example"),
        when="2026-12-07 12:14 +0100",
        client="android_outlook",
        body="Bonjour, je suis conducteur de travaux, je ne m'occupe pas de la facturation. Merci de voir directement avec notre comptable, Mme Roche : comptabilite@masson-freres.example\nJulien Masson",
        ex=Extract(new_contact="comptabilite@masson-freres.example"),
        note="Outlook for Android, base64",
    ),
    Reply(
        key="wc-fr-homonyme",
        intent="wrong_contact",
        lang="fr",
        frm=("Hélène Duval", "helene.duval@laposte-perso.example"),
        when="2026-11-30 20:47 +0100",
        client="gmail",
        body="""Bonsoir,

Je pense que vous vous êtes trompés d'adresse. Je suis une particulière, je n'ai jamais rien commandé chez vous et je ne connais pas l'entreprise « Duval Toitures » à qui votre facture est adressée. Il doit s'agir d'une homonymie.

Bonne soirée,
Hélène Duval""",
        note="wrong recipient altogether (a namesake); no new address",
    ),
    Reply(
        key="wc-es-obra",
        intent="wrong_contact",
        lang="es",
        frm=("Sergio Navarro", "snavarro@construcciones-altamira.example"),
        when="2026-12-01 09:58 +0100",
        client="outlook_html",
        body="""Buenos días:

Desde el 1 de noviembre ya no estoy en el departamento de compras de Construcciones Altamira; ahora estoy en obra. Las facturas y las reclamaciones de pago las lleva Carmen Vidal, en administracion@construcciones-altamira.example.

Un saludo,
Sergio Navarro""",
        ex=Extract(new_contact="administracion@construcciones-altamira.example"),
    ),
    Reply(
        key="wc-es-gestoria",
        intent="wrong_contact",
        lang="es",
        frm=("Mercedes Gil", "mercedes@gilpinturas.example"),
        when="2026-12-11 13:33 +0100",
        client="gmail",
        cc=("Pagos Gestoría Molina", "Pagos@GestoriaMolina.example"),
        body="""Hola:

Les reenvío su recordatorio a nuestra gestoría, que es quien lleva todos los pagos a proveedores. A partir de ahora, por favor, escríbanles directamente a Pagos@GestoriaMolina.example (les pongo en copia).

Gracias,
Mercedes Gil
Gil Pinturas y Decoración""",
        ex=Extract(new_contact="pagos@gestoriamolina.example"),
        note="accountants' address written in mixed case and copied in Cc; labelled in lower case",
    ),
    Reply(
        key="wc-nl-nietingebruik",
        intent="wrong_contact",
        lang="nl",
        frm=(
            "Administratie Van Dam Installatietechniek",
            "administratie@vandam-installatie.example",
        ),
        when="2026-12-14 08:00 +0100",
        client="notice_alt",
        subject="{oof}{rsub}",
        headers=OOF,
        body="""Dit e-mailadres is niet meer in gebruik en wordt niet gelezen.

Facturen, aanmaningen en vragen over betalingen kunt u voortaan sturen naar crediteuren@vandam-installatie.example.

Uw bericht wordt niet automatisch doorgestuurd.""",
        ex=Extract(new_contact="crediteuren@vandam-installatie.example"),
        note="automatic 'address no longer in use' notice naming the new mailbox: wrong_contact",
    ),
    Reply(
        key="wc-it-rspp",
        intent="wrong_contact",
        lang="it",
        frm=("Davide Marchetti", "d.marchetti@impresamarchetti.example"),
        when="2026-11-26 13:02 +0100",
        client="gmail",
        body="""Buongiorno,

non sono io il referente per i pagamenti: mi occupo della sicurezza nei cantieri (sono l'RSPP). Vi prego di scrivere all'amministrazione, amministrazione@impresamarchetti.example.

Cordiali saluti
Davide Marchetti""",
        ex=Extract(new_contact="amministrazione@impresamarchetti.example"),
    ),
    Reply(
        key="wc-it-amministratore",
        intent="wrong_contact",
        lang="it",
        frm=("Studio Sala Amministrazioni", "info@studiosala-amministrazioni.example"),
        when="2026-12-03 17:40 +0100",
        client="outlook_html",
        body="""Buonasera,

vi informiamo che dal 1° novembre 2026 il nostro studio non amministra più il Condominio Le Magnolie di via Bellini 22. Il nuovo amministratore, nominato dall'assemblea del 20 ottobre, è il rag. Andrea Ferraresi.

Per la fattura e per ogni comunicazione relativa al condominio vi preghiamo di rivolgervi a lui: a.ferraresi@studioferraresi.example.

Cordiali saluti
Studio Sala Amministrazioni Condominiali""",
        ex=Extract(new_contact="a.ferraresi@studioferraresi.example"),
        note="former building manager names the new one",
    ),
]

UNSUBSCRIBE = [
    Reply(
        key="un-en-mailinglist",
        intent="unsubscribe",
        lang="en",
        frm=("Barry Nolan", "barry@nolanpaintersdecorators.example"),
        when="2026-11-27 18:40 +0000",
        client="gmail_plain",
        body="Take me off your mailing list. This is the third time I've asked. I do not want these emails.",
        note="irritated stop request",
    ),
    Reply(
        key="un-en-solicitors",
        intent="unsubscribe",
        lang="en",
        frm=("R. Okafor", "r.okafor@okaforhomes.example"),
        when="2026-12-08 11:12 +0000",
        client="outlook_html",
        body="""Dear Sirs,

This matter is now in the hands of our solicitors, Hargreaves & Pell LLP (reference HP/4471/RO). Please direct any further correspondence to them and do not contact us directly.

Yours faithfully,

R. Okafor
Director
Okafor Homes Ltd""",
        note="'talk to our solicitors', no address → unsubscribe",
    ),
    Reply(
        key="un-en-paidstop",
        intent="unsubscribe",
        lang="en",
        frm=("Janet Broadbent", "janet.broadbent@homefibre.example"),
        when="2026-12-11 20:15 +0000",
        client="iphone",
        body="We paid this on Thursday. STOP sending these automated emails to my personal address, I have never agreed to receive them.",
        note="payment claim plus a stop request: unsubscribe beats everything but bounce; no paid_date",
    ),
    Reply(
        key="un-de-postweg",
        intent="unsubscribe",
        lang="de",
        frm=("Verwaltung Gebr. Hartmann", "verwaltung@gebr-hartmann.example"),
        when="2026-12-01 10:30 +0100",
        client="outlook",
        body="""Sehr geehrte Damen und Herren,

wir bitten Sie, uns aus Ihrem E-Mail-Verteiler zu nehmen. Geschäftlichen Schriftverkehr, insbesondere Mahnungen, nehmen wir ausschließlich auf dem Postweg an unsere Geschäftsadresse an:

Gebr. Hartmann Bau GmbH
Industriestraße 31
32051 Herford

Mit freundlichen Grüßen
Die Geschäftsleitung""",
        note="post only → unsubscribe",
    ),
    Reply(
        key="un-de-anwalt",
        intent="unsubscribe",
        lang="de",
        frm=("Dr. Helmut Krämer", "h.kraemer@kraemer-immobilien.example"),
        when="2026-12-15 14:48 +0100",
        client="gmail",
        body="""Sehr geehrte Damen und Herren,

in dieser Angelegenheit haben wir Herrn Rechtsanwalt Dr. Menke (Kanzlei Menke & Partner, Münster) mandatiert. Ich bitte Sie, von weiteren direkten Zahlungserinnerungen abzusehen und sich ausschließlich an die Kanzlei zu wenden.

Mit freundlichen Grüßen
Dr. Helmut Krämer""",
        note="only through our lawyer → unsubscribe",
    ),
    Reply(
        key="un-fr-desinscription",
        intent="unsubscribe",
        lang="fr",
        frm=("Patrick Morel", "patrick.morel@morel-peinture.example"),
        when="2026-12-16 07:52 +0100",
        client="gmail_plain",
        body="Merci de ne plus m'écrire à cette adresse. Je demande ma désinscription de vos envois automatiques.\nP. Morel",
    ),
    Reply(
        key="un-es-dejen",
        intent="unsubscribe",
        lang="es",
        frm=("Lola Benítez", "lola.benitez@correo-hogar.example"),
        when="2026-11-24 22:05 +0100",
        client="iphone",
        body="Dejen de escribirme, por favor. Ya les dije por teléfono que yo no tengo nada que ver con esa empresa. No quiero recibir ni un correo más.",
        note="stop request from a wrong recipient: unsubscribe beats wrong_contact",
    ),
    Reply(
        key="un-es-burofax",
        intent="unsubscribe",
        lang="es",
        frm=("Asesoría Jurídica – Promociones Levante", "juridico@promocioneslevante.example"),
        when="2026-12-10 12:15 +0100",
        client="outlook_htmlonly",
        body="""Muy señores nuestros:

Les comunicamos que, a partir de la fecha, cualquier comunicación relativa a la factura de referencia deberá remitirse exclusivamente por burofax a nuestro despacho de abogados, Ruiz & Asociados, calle Colón 18, 46004 Valencia. No se atenderán reclamaciones por correo electrónico.

Atentamente,
Asesoría Jurídica
Promociones Levante, S.A.""",
        note="post to our lawyers only → unsubscribe; HTML-only Outlook message",
    ),
    Reply(
        key="un-nl-afmelden",
        intent="unsubscribe",
        lang="nl",
        frm=("B. Jansen", "bjansen@jansenbouw.example"),
        when="2026-12-03 12:02 +0100",
        client="iphone",
        body="Afmelden.",
        note="one word",
    ),
    Reply(
        key="un-nl-gestopt",
        intent="unsubscribe",
        lang="nl",
        frm=("Henk Mulder", "henk@mulderschildersbedrijf.example"),
        when="2026-12-17 10:40 +0100",
        client="gmail_plain",
        body="Haal ons uit jullie systeem. Het schildersbedrijf is per 1 november gestopt en ik wil geen mails meer ontvangen.\n\nH. Mulder",
        note="business closed, with an explicit stop request: unsubscribe",
    ),
    Reply(
        key="un-it-personale",
        intent="unsubscribe",
        lang="it",
        frm=("Chiara Lombardi", "chiara.lombardi@postaweb.example"),
        when="2026-12-05 11:28 +0100",
        client="gmail",
        body="Vi prego di non inviare più email a questo indirizzo: è la mia casella personale e non l'ho mai data alla ditta di mio fratello per la fatturazione.\n\nChiara Lombardi",
        note="stop request from a personal address; no new contact given",
    ),
    Reply(
        key="un-it-legale",
        intent="unsubscribe",
        lang="it",
        frm=("Roberto Santoro", "r.santoro@santorocostruzioni.example"),
        when="2026-11-30 16:20 +0100",
        client="outlook_html",
        body="""Spett.le Meridian Scaffolding,

per qualsiasi comunicazione relativa alla fattura in oggetto vi invitiamo a rivolgervi esclusivamente al nostro legale, avv. Francesca Rinaldi del Foro di Bologna. Non daremo seguito a ulteriori solleciti inviati a questo indirizzo.

Distinti saluti
Roberto Santoro
Santoro Costruzioni S.p.A.""",
        note="only through our lawyer → unsubscribe",
    ),
]

AUTO_REPLY = [
    Reply(
        key="ar-en-annualleave",
        intent="auto_reply",
        lang="en",
        frm=("Paula Greenhalgh", "p.greenhalgh@greenhalghhomes.example"),
        when="2026-12-09 08:41 +0000",
        client="notice_alt",
        subject="{oof}{rsub}",
        headers=OOF,
        body="""Thank you for your email. I am on annual leave and will be back in the office on Monday 14 December. I will have limited access to email until then.

For anything urgent please call the office on 01632 960221.""",
        ex=Extract(return_date="2026-12-14"),
    ),
    Reply(
        key="ar-en-ticket",
        intent="auto_reply",
        lang="en",
        frm=("Northgate Housing Trust Accounts Payable", "ap.helpdesk@northgatehousing.example"),
        when="2026-11-30 11:16 +0000",
        client="notice",
        subject="[Case AP-118273] {rsub}",
        headers=(("Auto-Submitted", "auto-replied"), ("X-Mailer", "CaseDesk 9")),
        body="""Dear Supplier,

Thank you for contacting Northgate Housing Trust Accounts Payable. Your email has been logged as case AP-118273.

We aim to respond to all supplier queries within five working days. Please quote the case number in any further correspondence about this matter, and do not open a new case for the same query.

This is an automated message.""",
        note="ticket acknowledgement; no return date",
    ),
    Reply(
        key="ar-de-fortbildung",
        intent="auto_reply",
        lang="de",
        frm=("Andrea Schuster", "a.schuster@schuster-bedachungen.example"),
        when="2026-11-23 09:30 +0100",
        client="notice_alt",
        subject="{oof}{rsub}",
        headers=OOF,
        body="""Vielen Dank für Ihre Nachricht.

Vom 23.11. bis 27.11. bin ich auf einer Fortbildung und kann meine E-Mails nicht abrufen. Ab Montag, dem 30.11., bin ich wieder im Büro.

In dringenden Fällen erreichen Sie unser Büro unter 0351 8843 210.""",
        ex=Extract(return_date="2026-11-30"),
        note="'ab Montag, dem 30.11., wieder im Büro' → that day",
    ),
    Reply(
        key="ar-de-elternzeit",
        intent="auto_reply",
        lang="de",
        frm=("Lena Bergmann", "l.bergmann@bergmann-bau.example"),
        when="2026-12-14 11:02 +0100",
        client="notice",
        subject="Abwesenheitsnotiz: {rsub}",
        headers=(("Auto-Submitted", "auto-replied"),),
        body="""Guten Tag,

ich befinde mich bis Ende Februar 2027 in Elternzeit. Ihre E-Mail wird nicht weitergeleitet.

Bitte wenden Sie sich in allen Fragen zur Buchhaltung an meinen Kollegen Jan Peters: j.peters@bergmann-bau.example

Mit freundlichen Grüßen
Lena Bergmann""",
        ex=Extract(return_date="2027-02-28"),
        note="parental leave 'bis Ende Februar 2027' → the last day of February ('until X' → X); the colleague's address does not set new_contact",
    ),
    Reply(
        key="ar-fr-absente",
        intent="auto_reply",
        lang="fr",
        frm=("Sophie Lefèvre", "s.lefevre@lefevre-couverture.example"),
        when="2026-11-27 14:12 +0100",
        client="notice_alt",
        subject="{oof}{rsub}",
        headers=OOF,
        body="""Bonjour,

Je suis absente jusqu'au vendredi 4 décembre inclus et je reprendrai mon poste le lundi 7 décembre. Votre message sera traité à mon retour.

Pour toute urgence, vous pouvez joindre le secrétariat au 02 41 88 50 12.

Sophie Lefèvre""",
        ex=Extract(return_date="2026-12-07"),
        note="the stated day back wins over 'jusqu'au 4 inclus'",
    ),
    Reply(
        key="ar-fr-accuse",
        intent="auto_reply",
        lang="fr",
        frm=(
            "Ville de Beaulieu-la-Forêt – Service Finances",
            "no-reply-finances@ville-beaulieulaforet.example",
        ),
        when="2026-12-09 15:21 +0100",
        client="notice",
        charset="iso-8859-1",
        subject="Accusé de réception – {rsub}",
        headers=(("X-Mailer", "GRC Citoyen 4.2"), ("Precedence", "bulk")),
        body="""Madame, Monsieur,

Nous accusons bonne réception de votre message, enregistré sous le numéro 2026-FIN-04518.

Il a été transmis au service compétent, qui vous répondra dans les meilleurs délais. Merci de ne pas répondre à ce courriel : cette adresse n'est pas consultée.

Le service Finances
Ville de Beaulieu-la-Forêt""",
        note="ticket acknowledgement without Auto-Submitted; 'adresse non consultée' concerns replies to the acknowledgement, not a wrong contact; ISO-8859-1",
    ),
    Reply(
        key="ar-es-hasta",
        intent="auto_reply",
        lang="es",
        frm=("Alberto Prieto", "aprieto@prietoyasociados-obras.example"),
        when="2026-11-25 10:02 +0100",
        client="notice_alt",
        subject="{oof}{rsub}",
        headers=OOF,
        body="Estaré fuera de la oficina hasta el lunes 30 de noviembre, sin acceso al correo. Para cualquier asunto urgente, pueden llamar al 91 555 03 47.\n\nUn saludo,\nAlberto Prieto",
        ex=Extract(return_date="2026-11-30"),
        note="'hasta X' → X itself",
    ),
    Reply(
        key="ar-es-puente",
        intent="auto_reply",
        lang="es",
        frm=("Reformas Quiroga", "info@reformasquiroga.example"),
        when="2026-12-04 16:30 +0100",
        client="notice",
        subject="Oficina cerrada - puente de diciembre",
        headers=(("X-Autorespond", "yes"),),
        body="""Hola,

Nuestra oficina permanecerá cerrada el lunes 7 y el martes 8 de diciembre con motivo del puente. Reabrimos el miércoles 9 a las 8:00.

Responderemos a su mensaje lo antes posible a partir de esa fecha.

Reformas Quiroga""",
        ex=Extract(return_date="2026-12-09"),
        note="hosting autoresponder without Auto-Submitted; the reopening day",
    ),
    Reply(
        key="ar-nl-tm",
        intent="auto_reply",
        lang="nl",
        frm=("Marieke Postma", "m.postma@postma-bouw.example"),
        when="2026-11-24 13:17 +0100",
        client="notice_alt",
        subject="{oof}{rsub}",
        headers=OOF,
        body="Bedankt voor uw bericht. Ik ben afwezig t/m vrijdag 27 november en lees in die periode mijn e-mail niet. Voor dringende zaken kunt u bellen met 0522 46 71 00.\n\nMet vriendelijke groet,\nMarieke Postma",
        ex=Extract(return_date="2026-11-27"),
        note="'t/m X' (up to and including X) → X itself, as 'until X'",
    ),
    Reply(
        key="ar-nl-vakantie",
        intent="auto_reply",
        lang="nl",
        frm=("Schildersbedrijf De Kwast", "info@dekwastschilders.example"),
        when="2026-12-02 19:44 +0100",
        client="notice",
        subject="Afwezig: {rsub}",
        headers=(("X-Autoreply", "yes"),),
        body="Hallo,\n\nWij zijn met vakantie en vanaf maandag 14 december weer bereikbaar. Uw mail wordt daarna zo snel mogelijk beantwoord.\n\nGroeten,\nTeam De Kwast",
        ex=Extract(return_date="2026-12-14"),
        note="vacation responder without Auto-Submitted",
    ),
    Reply(
        key="ar-it-compreso",
        intent="auto_reply",
        lang="it",
        frm=("Elisa Moretti", "e.moretti@impresamoretti.example"),
        when="2026-11-26 09:15 +0100",
        client="notice_alt",
        subject="{oof}{rsub}",
        headers=OOF,
        body="Buongiorno,\nsarò fuori ufficio fino al 2 dicembre compreso, con accesso limitato alla posta. Per questioni urgenti potete contattare la collega Silvia all'indirizzo s.gallo@impresamoretti.example.\n\nCordiali saluti\nElisa Moretti",
        ex=Extract(return_date="2026-12-02"),
        note="'fino al 2 dicembre compreso' → X itself; the colleague's address does not set new_contact",
    ),
    Reply(
        key="ar-it-ticket",
        intent="auto_reply",
        lang="it",
        frm=(
            "Helpdesk Fornitori – Gruppo Edile Valtellina",
            "fornitori@gruppoedilevaltellina.example",
        ),
        when="2026-12-17 10:05 +0100",
        client="notice",
        subject="[Ticket #45821] Presa in carico: {rsub}",
        headers=(("Auto-Submitted", "auto-replied"),),
        body="""Gentile fornitore,

la sua richiesta è stata presa in carico dal nostro sistema di ticketing con il numero #45821.

Un operatore dell'ufficio contabilità fornitori la contatterà entro tre giorni lavorativi. Per aggiornamenti sulla pratica può rispondere a questa e-mail lasciando invariato l'oggetto.

Gruppo Edile Valtellina – Contabilità fornitori""",
        note="ticket acknowledgement; no return date",
    ),
]

OTHER = [
    Reply(
        key="ot-en-didntwe",
        intent="other",
        lang="en",
        frm=("Mike Stansfield", "mike@stansfieldjoinery.example"),
        when="2026-12-04 14:42 +0000",
        client="gmail_plain",
        inline_at=3,
        body="Didn't we pay this already? I'm sure Jo sent something over in October for the Otley job. Can you check your end?",
        tail="Mike",
        note="a question, not a payment claim, and no document asked for; a person checks the ledger and answers; written inline under the quoted paragraph",
    ),
    Reply(
        key="ot-en-offhire",
        intent="other",
        lang="en",
        frm=("Dan Pearson", "dan.pearson@pearsonroofing.example"),
        when="2026-11-26 12:55 +0000",
        client="outlook_html",
        body="""Hi,

While I've got you — we finished at 12 Oak Lane, Horsforth on Tuesday. Can you arrange to strike the scaffold and collect it this week? The customer wants the drive back.

Cheers,
Dan Pearson
Pearson Roofing""",
        note="off-hire request in the reminder thread; nothing about the invoice",
    ),
    Reply(
        key="ot-en-noted",
        intent="other",
        lang="en",
        frm=("S. Ahmed", "s.ahmed@ahmedpropertyservices.example"),
        when="2026-12-16 09:10 +0000",
        client="iphone",
        body="Noted.",
        note="bare acknowledgement; no commitment",
    ),
    Reply(
        key="ot-de-anruf",
        intent="other",
        lang="de",
        frm=("Rainer Götz", "r.goetz@goetz-bau.example"),
        when="2026-12-07 15:45 +0100",
        client="outlook",
        charset="iso-8859-1",
        body="""Hallo,

bitte rufen Sie mich zu dieser Rechnung kurz an, das ist per E-Mail zu umständlich. Ich bin morgen ab 7 Uhr unter 0171 2290447 erreichbar.

Gruß
Rainer Götz
Götz Bau""",
        note="asks for a call; no claim, promise or dispute",
    ),
    Reply(
        key="ot-fr-deces",
        intent="other",
        lang="fr",
        frm=("Émilie Lambert", "e.lambert@lambert-charpente.example"),
        when="2026-12-14 10:36 +0100",
        client="outlook_html",
        body="""Bonjour,

Je me permets de vous répondre à la place de mon père, Jean Lambert, gérant de l'entreprise, décédé brutalement le mois dernier. Je reprends progressivement la gestion de la société avec notre expert-comptable.

Je n'ai pas encore eu le temps d'examiner l'ensemble des factures en attente. Je reviendrai vers vous dès que possible.

Cordialement,
Émilie Lambert
Lambert Charpente Couverture""",
        note="bereavement; 'je reviendrai vers vous' is no payment commitment; the writer now runs the business, so not wrong_contact",
    ),
    Reply(
        key="ot-fr-nacelle",
        intent="other",
        lang="fr",
        frm=("Bruno Faure", "bruno@faure-ravalement.example"),
        when="2026-11-24 15:20 +0100",
        client="gmail",
        body="Bonjour,\n\nPetite question qui n'a rien à voir : est-ce que vous louez aussi des nacelles ? On aurait besoin d'une nacelle de 16 m pour un ravalement à partir du 11 janvier, pendant trois semaines environ.\n\nMerci,\nBruno Faure\nFaure Ravalement",
        note="sales question in the reminder thread",
    ),
    Reply(
        key="ot-es-pepe",
        intent="other",
        lang="es",
        frm=("Jorge Pardo", "jorge.pardo@pardoedificaciones.example"),
        when="2026-12-01 18:03 +0100",
        client="gmail_plain",
        body="Pepe, ¿esto lo pagamos o no? Míralo y me dices, que yo no sé ni de qué obra es.\n\nJorge",
        note="meant for a colleague (replied instead of forwarding); a question, neither a claim nor a request to the collector",
    ),
    Reply(
        key="ot-es-tono",
        intent="other",
        lang="es",
        frm=("Fernando Ruiz", "fruiz@ruizcubiertas.example"),
        when="2026-12-17 11:40 +0100",
        client="outlook_html",
        charset="windows-1252",
        body="""Buenos días:

Llevamos quince años trabajando con ustedes y me parece de muy mal gusto recibir recordatorios automáticos como si fuéramos un moroso cualquiera. Siempre hemos pagado, a veces con algo de retraso, pero siempre.

Prefiero que me llame su responsable de cuentas, que ya tiene mi número.

Fernando Ruiz
Ruiz Cubiertas, S.L.""",
        note="complaint about the reminder; 'siempre hemos pagado' is not a claim that this invoice is paid; asks for a call",
    ),
    Reply(
        key="ot-nl-maandag",
        intent="other",
        lang="nl",
        frm=("Lotte Willems", "lotte@willemsrenovatie.example"),
        when="2026-12-11 16:58 +0100",
        client="gmail",
        body="Dank voor de herinnering, ik kijk er maandag naar.\n\nGroet,\nLotte",
        note="future tense and a day, but a promise to look, not to pay",
    ),
    Reply(
        key="ot-nl-ophogen",
        intent="other",
        lang="nl",
        frm=("Gerrit Bakker", "g.bakker@bakkerdakbedekking.example"),
        when="2026-11-25 07:48 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        body="Goedemorgen,\n\nLos van de factuur: kunnen jullie volgende week de steiger aan de achterzijde een laag ophogen? De dakdekkers beginnen woensdag aan de nok en kunnen er nu niet veilig bij.\n\nGr. Gerrit Bakker",
        note="request to alter the scaffold; nothing about the invoice",
    ),
    Reply(
        key="ot-it-geometra",
        intent="other",
        lang="it",
        frm=("Paolo Greco", "paolo.greco@grecoedilizia.example"),
        when="2026-12-02 13:05 +0100",
        client="iphone",
        body="Ricevuto, ne parlo con il geometra e vi faccio sapere.",
        note="acknowledgement; 'vi faccio sapere' is no commitment",
    ),
    Reply(
        key="ot-it-preventivo",
        intent="other",
        lang="it",
        frm=("Valeria Fontana", "valeria.fontana@postaweb.example"),
        when="2026-12-18 10:22 +0100",
        client="gmail",
        body="""Buongiorno,

colgo l'occasione di questa mail per chiedervi un preventivo: il nostro condominio (via Garibaldi 9, 24 appartamenti) deve rifare la facciata in primavera e l'amministratore ci ha chiesto di raccogliere qualche offerta per il ponteggio.

Potete mandarmi un preventivo indicativo o dirmi chi posso contattare?

Grazie,
Valeria Fontana""",
        note="quote request in the reminder thread",
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
# Labels, output and checks
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> Label:
    ex = r.ex
    return Label(
        file="",
        intent=r.intent,
        promised_date=ex.get("promised_date"),
        paid_date=ex.get("paid_date"),
        return_date=ex.get("return_date"),
        payment_reference=ex.get("payment_reference"),
        amount=ex.get("amount"),
        currency=ex.get("currency"),
        new_contact=ex.get("new_contact"),
        bounce_kind=None,
        failed_recipient=None,
        bounce_status=None,
        invoice_refs=list(r.refs),
        language=r.lang,
        note=r.note,
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


def all_messages() -> list[tuple[str, Message, Label]]:
    items = [(r.key, build_reply(r), reply_label(r)) for r in REPLIES]
    items += [(b.key, build(b), bounce_label(b)) for b, build in BOUNCES]
    return items


def header_problems(part: Message) -> list[str]:
    problems = []
    for name, value in part.items():
        defects = list(getattr(value, "defects", ()))
        if defects:
            problems.append(f"header {name}: {defects}")
        if "=?" in str(value):
            problems.append(f"header {name} not decoded: {value!s}")
    return problems


def check_message(name: str, data: bytes) -> None:
    """Parse the message back as a reader would and fail on anything not clean."""
    msg = message_from_bytes(data, policy=policy.default)
    problems = [f"no {h}" for h in ("From", "To", "Subject", "Date", "Message-ID") if h not in msg]
    for part in msg.walk():
        problems += [f"defect {d!r}" for d in part.defects]
        problems += header_problems(part)
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                problems.append(f"{part.get_content_type()} did not decode")
    if problems:
        raise SystemExit(f"{name}: " + "; ".join(problems))


DATE_RE = re.compile(r"^20\d\d-\d\d-\d\d$")
REF_RE = re.compile(r"^MS-\d{5}$")
AMOUNT_RE = re.compile(r"^\d+\.\d\d$")
FIELD_INTENTS: dict[str, frozenset[str]] = {
    "promised_date": frozenset({"promise_to_pay"}),
    "paid_date": frozenset({"payment_sent"}),
    "return_date": frozenset({"auto_reply"}),
    "payment_reference": frozenset({"payment_sent", "promise_to_pay"}),
    "amount": frozenset({"payment_sent", "promise_to_pay"}),
    "new_contact": frozenset({"wrong_contact"}),
    "bounce_kind": frozenset({"bounce"}),
    "failed_recipient": frozenset({"bounce"}),
    "bounce_status": frozenset({"bounce"}),
}


def label_problems(label: Label) -> list[str]:
    problems = []
    if tuple(label) != LABEL_ORDER:
        problems.append("keys out of order")
    for name, intents in FIELD_INTENTS.items():
        if label.get(name) is not None and label["intent"] not in intents:
            problems.append(f"{name} set on {label['intent']}")
    dates = {
        "promised_date": label["promised_date"],
        "paid_date": label["paid_date"],
        "return_date": label["return_date"],
    }
    problems += [f"bad {k}" for k, v in dates.items() if v is not None and not DATE_RE.match(v)]
    if label["amount"] is not None and (
        not AMOUNT_RE.match(label["amount"]) or label["currency"] not in {"GBP", "EUR"}
    ):
        problems.append("bad amount or currency")
    if (label["amount"] is None) != (label["currency"] is None):
        problems.append("amount without currency")
    problems += [f"bad ref {ref}" for ref in label["invoice_refs"] if not REF_RE.match(ref)]
    contact = label["new_contact"]
    if contact is not None and (contact != contact.lower() or "@" not in contact):
        problems.append("new_contact not a lower-case address")
    if label["intent"] == "bounce" and not (label["bounce_kind"] and label["bounce_status"]):
        problems.append("bounce without kind or status")
    return problems


def refs_in_text(r: Reply) -> list[str]:
    """Every labelled invoice number must be written in the message's new text."""
    return [ref for ref in r.refs if ref[3:] not in r.body + r.tail]


def check_corpus(labels: list[Label]) -> None:
    problems = [f"{x['file']}: {p}" for x in labels for p in label_problems(x)]
    problems += [f"{r.key}: ref {ref} not in text" for r in REPLIES for ref in refs_in_text(r)]
    cells = Counter((x["intent"], x["language"]) for x in labels)
    per_intent = Counter(x["intent"] for x in labels)
    problems += [f"{i}: {per_intent[i]} messages" for i in INTENTS if per_intent[i] != 12]
    problems += [f"no {i} in {lang}" for i in INTENTS for lang in LANGS if not cells[i, lang]]
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        problems.append(f"bounce kinds {dict(kinds)}")
    if len(labels) != 120:
        problems.append(f"{len(labels)} messages")
    if problems:
        raise SystemExit("\n".join(problems))


def count_table(labels: list[Label]) -> str:
    cells = Counter((x["intent"], x["language"]) for x in labels)
    rows = [
        "| intent | " + " | ".join(LANGS) + " | total |",
        "|---|" + "---:|" * (len(LANGS) + 1),
    ]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[i, lang] for i in INTENTS) for lang in LANGS]
    cols = " | ".join(f"**{t}**" for t in totals)
    rows.append(f"| **total** | {cols} | **{sum(totals)}** |")
    return "\n".join(rows)


def write_all() -> list[Label]:
    items = all_messages()
    keys = [key for key, _, _ in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    items.sort(key=lambda item: digest(item[0], f"order{SEED}"))
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for n, (_, msg, label) in enumerate(items, start=1):
        name = f"{PREFIX}-{n:03d}.eml"
        data = msg.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        label["file"] = name
        labels.append(label)
    check_corpus(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
