# ruff: noqa: E501, RUF001
# Message text is kept one paragraph a line, as a mail client sends it, with the typographic
# dashes, quotes and spaces that people and their clients really produce.
"""Build held-out reply corpus 47: the files h47-NNN.eml and labels.jsonl next to this script.

Each message lands in the receivables mailbox of Fieldhouse Contracting (harvesting, spraying,
hedge cutting) after it sent an overdue reminder. The new text of every message and its labels
are written by hand below. The code adds only what a mail client or a mail server would add:
the quoted reminder in the client's layout and language, headers, MIME structure, charsets and
transfer encodings. Nothing reads the clock or a random source, so every run gives the same bytes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.headerregistry import BaseHeader
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import TypedDict

HERE = Path(__file__).resolve().parent
SEED = "fieldhouse-holdout47"
PREFIX = "h47"
AR_NAME = "Fieldhouse Contracting"
AR_ADDR = "receivables@fieldhouse-contracting.example"
AR_DOMAIN = "fieldhouse-contracting.example"
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
NBSP = "\u00a0"
FIRST_DAY = datetime(2026, 11, 23, tzinfo=UTC).date()
LAST_DAY = datetime(2026, 12, 18, tzinfo=UTC).date()

Headers = tuple[tuple[str, str], ...]


# --------------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Facts:
    """The extracted fields of one message's label (all optional)."""

    promised: str | None = None
    paid: str | None = None
    back: str | None = None
    ref: str | None = None
    amount: str | None = None
    currency: str | None = None
    contact: str | None = None
    refs: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Reply:
    """A message written by a customer (or a customer's system) in answer to a reminder."""

    key: str
    intent: str
    lang: str
    client: str
    sender: tuple[str, str]
    when: str
    inv: str
    amt: str
    svc: str
    text: str
    facts: Facts = field(default_factory=Facts)
    note: str | None = None
    charset: str = "utf-8"
    cte: str | None = None
    cur: str | None = None
    rlang: str | None = None
    subject: str | None = None
    extra: Headers = ()
    cc: tuple[str, str] | None = None
    attach: str | None = None
    rto: str | None = None
    instant: bool = False
    threaded: bool = True

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang

    @property
    def currency(self) -> str:
        return self.cur or ("GBP" if self.lang == "en" else "EUR")

    @property
    def domain(self) -> str:
        return self.sender[1].split("@")[1]


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery-failure or delay report about a reminder."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    sent: str
    when: str
    inv: str
    amt: str
    svc: str
    mta: str
    note: str | None = None
    rlang: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent_dt(self) -> datetime:
        return datetime.strptime(self.sent, "%Y-%m-%d %H:%M %z")

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang


class Label(TypedDict):
    """One line of labels.jsonl, keys in the corpus order."""

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


@dataclass(frozen=True)
class Leaf:
    """A single MIME body part; payload holds the bytes before transfer encoding."""

    ctype: str
    payload: bytes
    cte: str
    params: str = ""
    extra: Headers = ()


@dataclass(frozen=True)
class Multi:
    """A multipart body with a fixed boundary."""

    subtype: str
    boundary: str
    parts: tuple[Leaf | Multi, ...]
    params: str = ""


Part = Leaf | Multi


# --------------------------------------------------------------------------------------------
# Hashing: every identifier is derived from a message's key
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{SEED}|{salt}|{key}".encode()).digest()


def hexid(key: str, salt: str, n: int) -> str:
    return digest(key, salt).hex()[:n]


def b32id(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode().rstrip("=")[:n]


def uuid_like(key: str, salt: str) -> str:
    h = hexid(key, salt, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def pick(key: str, salt: str, n: int) -> int:
    return digest(key, salt)[0] % n


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
WEEKDAYS_ABBR = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
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
MONTHS_ABBR = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}
SHORT_DATE = {
    "en": "{dd}/{mo}/{y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}


def date_fields(lang: str, dt: datetime) -> dict[str, str]:
    """Every piece a client's date template may ask for, in one language."""
    hour12 = dt.hour % 12 or 12
    return {
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "H": str(dt.hour),
        "HH": f"{dt.hour:02d}",
        "mm": f"{dt.minute:02d}",
        "h12": str(hour12),
        "ampm": "AM" if dt.hour < 12 else "PM",
        "wd": WEEKDAYS[lang].split()[dt.weekday()],
        "wda": WEEKDAYS_ABBR[lang].split()[dt.weekday()],
        "mon": MONTHS[lang].split()[dt.month - 1],
        "mona": MONTHS_ABBR[lang].split()[dt.month - 1],
    }


def fmt_date(template: str, *, lang: str, dt: datetime, **extra: str) -> str:
    return template.format(**date_fields(lang, dt), **extra)


def group3(digits: str, sep: str) -> str:
    out = ""
    while len(digits) > 3:
        out = sep + digits[-3:] + out
        digits = digits[:-3]
    return digits + out


def money(amount: str, *, lang: str, currency: str) -> str:
    """An amount as the reminder prints it for the customer's locale."""
    units, cents = amount.split(".")
    if lang == "en":
        sign = "£" if currency == "GBP" else "€"
        return f"{sign}{group3(units, ',')}.{cents}"
    if lang == "fr":
        return f"{group3(units, NBSP)},{cents}{NBSP}€"
    if lang in {"nl", "it"}:
        return f"€ {group3(units, '.')},{cents}"
    return f"{group3(units, '.')},{cents} €"


SERVICES = {
    "harvest": {
        "en": "Combine harvesting",
        "de": "Mähdrusch",
        "fr": "Moisson à la moissonneuse-batteuse",
        "es": "Cosecha con cosechadora",
        "nl": "Maaidorsen",
        "it": "Mietitrebbiatura",
    },
    "grape": {
        "en": "Machine grape harvesting",
        "de": "Maschinelle Traubenlese",
        "fr": "Vendange mécanique",
        "es": "Vendimia mecanizada",
        "nl": "Machinaal druiven oogsten",
        "it": "Vendemmia meccanica",
    },
    "spray": {
        "en": "Crop spraying",
        "de": "Pflanzenschutz (Spritzen)",
        "fr": "Pulvérisation",
        "es": "Tratamientos fitosanitarios",
        "nl": "Gewasbescherming (spuiten)",
        "it": "Trattamenti fitosanitari",
    },
    "hedge": {
        "en": "Hedge cutting",
        "de": "Heckenschnitt",
        "fr": "Taille de haies",
        "es": "Poda de setos",
        "nl": "Heggen snoeien",
        "it": "Taglio siepi",
    },
    "silage": {
        "en": "Maize chopping",
        "de": "Maishäckseln",
        "fr": "Ensilage de maïs",
        "es": "Picado de maíz",
        "nl": "Maïs hakselen",
        "it": "Trinciatura mais",
    },
}

REMINDER_SUBJECT = {
    "en": "Payment reminder – invoice {inv} overdue",
    "de": "Zahlungserinnerung: Rechnung {inv} ist überfällig",
    "fr": "Rappel de paiement – facture {inv} échue",
    "es": "Recordatorio de pago – factura {inv} vencida",
    "nl": "Betalingsherinnering factuur {inv}",
    "it": "Sollecito di pagamento – fattura {inv} scaduta",
}

REMINDER_BODY = {
    "en": """\
Dear customer,

According to our records the invoice below is still unpaid, although its due date has passed.

    Invoice        {inv}
    Work           {svc}
    Invoice date   {idate}
    Due date       {due}
    Outstanding    {amt}

If you have already paid, thank you – please reply with the payment date and reference so that we can allocate it. If anything on the invoice looks wrong, just reply to this email and we will look into it.

Kind regards

Receivables
Fieldhouse Contracting Ltd
Harvesting · Spraying · Hedge cutting
Boston, Lincolnshire · 01205 000 418""",
    "de": """\
Sehr geehrte Damen und Herren,

nach unseren Unterlagen ist die folgende Rechnung trotz Fälligkeit noch offen:

    Rechnung        {inv}
    Leistung        {svc}
    Rechnungsdatum  {idate}
    Fällig am       {due}
    Offener Betrag  {amt}

Falls Sie bereits gezahlt haben, vielen Dank – teilen Sie uns bitte Zahlungsdatum und Verwendungszweck mit, damit wir die Zahlung zuordnen können. Sollte an der Rechnung etwas nicht stimmen, antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen

Debitorenbuchhaltung
Fieldhouse Contracting GmbH
Mähdrusch · Pflanzenschutz · Heckenschnitt
Cloppenburg · 04471 000 418""",
    "fr": """\
Madame, Monsieur,

Sauf erreur de notre part, la facture ci-dessous n'est toujours pas réglée alors que son échéance est dépassée :

    Facture        {inv}
    Prestation     {svc}
    Date           {idate}
    Échéance       {due}
    Reste dû       {amt}

Si vous avez déjà effectué le paiement, merci de nous indiquer la date et la référence du règlement afin que nous puissions l'affecter. Si quelque chose vous semble inexact sur la facture, il vous suffit de répondre à ce message.

Bien cordialement,

Service recouvrement
Fieldhouse Contracting France SAS
Moisson · Pulvérisation · Taille de haies
Châlons-en-Champagne · 03 26 00 04 18""",
    "es": """\
Estimado cliente:

Según nuestros registros, la siguiente factura sigue pendiente de pago pese a haber vencido:

    Factura        {inv}
    Trabajo        {svc}
    Fecha          {idate}
    Vencimiento    {due}
    Importe        {amt}

Si ya ha realizado el pago, le agradecemos que nos indique la fecha y la referencia para poder imputarlo. Si observa algún error en la factura, basta con que responda a este correo.

Un cordial saludo,

Departamento de cobros
Fieldhouse Contracting Ibérica, S.L.
Cosecha · Tratamientos · Poda de setos
Lleida · 973 00 04 18""",
    "nl": """\
Geachte klant,

Volgens onze administratie is de onderstaande factuur nog niet betaald, terwijl de vervaldatum is verstreken:

    Factuur        {inv}
    Werkzaamheden  {svc}
    Factuurdatum   {idate}
    Vervaldatum    {due}
    Openstaand     {amt}

Heeft u al betaald? Dan danken wij u hartelijk en horen graag de betaaldatum en het kenmerk, zodat wij de betaling kunnen verwerken. Klopt er iets niet aan de factuur, beantwoord dan gewoon deze e-mail.

Met vriendelijke groet,

Debiteurenbeheer
Fieldhouse Contracting B.V.
Oogsten · Gewasbescherming · Heggen snoeien
Emmeloord · 0527 00 04 18""",
    "it": """\
Gentile cliente,

dai nostri registri risulta ancora non saldata la seguente fattura, già scaduta:

    Fattura        {inv}
    Lavorazione    {svc}
    Data fattura   {idate}
    Scadenza       {due}
    Importo        {amt}

Se ha già provveduto al pagamento, la ringraziamo e le chiediamo di comunicarci data e riferimento del bonifico, così da poterlo registrare. Se qualcosa nella fattura non la convince, risponda semplicemente a questa e-mail.

Cordiali saluti

Ufficio crediti
Fieldhouse Contracting Italia S.r.l.
Mietitrebbiatura · Trattamenti · Taglio siepi
Vercelli · 0161 000 418""",
}

# Client strings: attribution lines, header blocks and signatures, one set per language.
GMAIL_ATTR = {
    "en": "On {wda}, {d} {mona} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wda}, {d}. {mona} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda} {d} {mona} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {mona} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {mona} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {mona} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {mona} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mona} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mona} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mona} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mona} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
ROUNDCUBE_ATTR = {
    "en": "On {y}-{mo}-{dd} {HH}:{mm}, {name} wrote:",
    "de": "Am {y}-{mo}-{dd} {HH}:{mm}, schrieb {name}:",
    "fr": "Le {y}-{mo}-{dd} {HH}:{mm}, {name} a écrit :",
    "es": "El {y}-{mo}-{dd} {HH}:{mm}, {name} escribió:",
    "nl": "Op {y}-{mo}-{dd} {HH}:{mm}, schreef {name}:",
    "it": "Il {y}-{mo}-{dd} {HH}:{mm} {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{wd}, {d} {mon} {y} {HH}:{mm}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{mm}",
    "fr": "{wd} {d} {mon} {y} {HH}:{mm}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{mm}",
    "nl": "{wd} {d} {mon} {y} {HH}:{mm}",
    "it": "{wd} {d} {mon} {y} {HH}:{mm}",
}
# From, Sent, To, Subject, and what stands between a label and its value.
OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject", ": "),
    "de": ("Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("De", "Envoyé", "À", "Objet", " : "),
    "es": ("De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_ORIGINAL = {
    "en": "-----Original Message-----",
    "de": "-----Ursprüngliche Nachricht-----",
    "fr": "-----Message d'origine-----",
    "es": "-----Mensaje original-----",
    "nl": "-----Oorspronkelijk bericht-----",
    "it": "-----Messaggio originale-----",
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
OUTLOOK_IOS_SIG = {
    "en": "Get Outlook for iOS",
    "de": "Outlook für iOS beziehen",
    "fr": "Télécharger Outlook pour iOS",
    "es": "Obtener Outlook para iOS",
    "nl": "Outlook voor iOS downloaden",
    "it": "Scarica Outlook per iOS",
}
SAMSUNG_SIG = {
    "en": "Sent from my Galaxy",
    "de": "Von meinem Galaxy gesendet",
    "fr": "Envoyé depuis mon Galaxy",
    "es": "Enviado desde mi Galaxy",
    "nl": "Verzonden vanaf mijn Galaxy",
    "it": "Inviato dal mio Galaxy",
}
# Separator, From, Date, To, Subject, and the label/value separator.
SAMSUNG_BLOCK = {
    "en": ("-------- Original message --------", "From", "Date", "To", "Subject", ": "),
    "de": ("-------- Ursprüngliche Nachricht --------", "Von", "Datum", "An", "Betreff", ": "),
    "fr": ("-------- Message d'origine --------", "De", "Date", "À", "Objet", " : "),
    "es": ("-------- Mensaje original --------", "De", "Fecha", "Para", "Asunto", ": "),
    "nl": ("-------- Oorspronkelijk bericht --------", "Van", "Datum", "Aan", "Onderwerp", ": "),
    "it": ("-------- Messaggio originale --------", "Da", "Data", "A", "Oggetto", ": "),
}
SAMSUNG_DATE = {
    "en": "{dd}/{mo}/{y} {HH}:{mm} (GMT{tz})",
    "de": "{dd}.{mo}.{yy} {HH}:{mm} (GMT{tz})",
    "fr": "{dd}/{mo}/{y} {HH}:{mm} (GMT{tz})",
    "es": "{d}/{mo}/{yy} {H}:{mm} (GMT{tz})",
    "nl": "{dd}-{mo}-{y} {HH}:{mm} (GMT{tz})",
    "it": "{dd}/{mo}/{yy} {HH}:{mm} (GMT{tz})",
}

# What a Latin-1 client does with characters it cannot encode.
LATIN1_FALLBACK = {
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
# MIME serialisation (LF line ends, as mail is stored on disk)
# --------------------------------------------------------------------------------------------

Q_SAFE = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")
LANG_TAG = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}


def latin1_safe(text: str) -> str:
    for char, repl in LATIN1_FALLBACK.items():
        text = text.replace(char, repl)
    return text


def to_charset(text: str, charset: str) -> bytes:
    """Encode strictly, so that a character the charset lacks is a build error."""
    if charset.lower() in {"iso-8859-1", "latin-1"}:
        text = latin1_safe(text)
    return text.encode(charset)


def q_encode(raw: bytes) -> str:
    return "".join("_" if b == 0x20 else chr(b) if b in Q_SAFE else f"={b:02X}" for b in raw)


def encoded_words(text: str, *, charset: str = "utf-8", mode: str = "Q") -> str:
    """RFC 2047 words, split between characters so that no word passes 75 characters."""
    if text.isascii():
        return text
    if charset.lower() in {"iso-8859-1", "latin-1"}:
        text = latin1_safe(text)
    head = f"=?{charset}?{mode}?"
    room = 75 - len(head) - 2
    words: list[str] = []
    chunk = ""
    for char in text:
        candidate = chunk + char
        if chunk and len(ew_payload(candidate, charset=charset, mode=mode)) > room:
            words.append(chunk)
            candidate = char
        chunk = candidate
    words.append(chunk)
    return " ".join(f"{head}{ew_payload(w, charset=charset, mode=mode)}?=" for w in words)


def ew_payload(text: str, *, charset: str, mode: str) -> str:
    raw = text.encode(charset)
    if mode == "B":
        return base64.b64encode(raw).decode("ascii")
    return q_encode(raw)


def mailbox(name: str, addr: str, *, charset: str = "utf-8", mode: str = "Q") -> str:
    if not name:
        return addr
    if not name.isascii():
        return f"{encoded_words(name, charset=charset, mode=mode)} <{addr}>"
    if re.search(r'[(),.:;<>@\[\]"\\]', name):
        return f'"{name}" <{addr}>'
    return f"{name} <{addr}>"


def fold(name: str, value: str) -> str:
    """Fold a header at spaces so that lines stay within 78 characters where they can."""
    line = f"{name}: {value}"
    if len(line) <= 78:
        return line
    lines: list[str] = []
    current = f"{name}:"
    for token in value.split(" "):
        if len(current) + 1 + len(token) > 78 and current.strip() != f"{name}:":
            lines.append(current)
            current = " " + token
        else:
            current += " " + token
    lines.append(current)
    return "\n".join(lines)


def render_headers(headers: Headers) -> bytes:
    return "".join(fold(name, value) + "\n" for name, value in headers).encode("ascii")


def transfer_encode(payload: bytes, cte: str) -> bytes:
    if not payload.endswith(b"\n"):
        payload += b"\n"
    if cte == "base64":
        return base64.encodebytes(payload)
    if cte == "quoted-printable":
        return binascii.b2a_qp(payload, istext=True)
    return payload


def part_headers(part: Part) -> Headers:
    if isinstance(part, Multi):
        return (
            ("Content-Type", f'multipart/{part.subtype};{part.params} boundary="{part.boundary}"'),
        )
    headers: Headers = (("Content-Type", part.ctype + part.params),)
    if part.cte:
        headers += (("Content-Transfer-Encoding", part.cte),)
    return headers + part.extra


def render_body(part: Part) -> bytes:
    if isinstance(part, Leaf):
        return transfer_encode(part.payload, part.cte)
    out = b""
    if part.subtype in {"mixed", "report"}:
        out += b"This is a multi-part message in MIME format.\n\n"
    for sub in part.parts:
        out += f"--{part.boundary}\n".encode() + render_headers(part_headers(sub)) + b"\n"
        out += render_body(sub) + b"\n"
    return out + f"--{part.boundary}--\n".encode()


def render_message(headers: Headers, body: Part) -> bytes:
    top = (*headers, ("MIME-Version", "1.0"), *part_headers(body))
    return render_headers(top) + b"\n" + render_body(body)


def alternative(*, key: str, family: str, plain: Leaf, markup: Leaf) -> Multi:
    return Multi("alternative", boundary(key=key, family=family, salt="alt"), (plain, markup))


def boundary(*, key: str, family: str, salt: str) -> str:
    if family == "gmail":
        return "000000000000" + hexid(key, salt, 16)
    if family in {"apple", "iphone"}:
        return f"Apple-Mail={uuid_like(key, salt).upper()}"
    if family in {"outlook", "exchange"}:
        return f"_000_{b32id(key, salt, 28)}_"
    return f"----=_Part_{hexid(key, salt, 6)}_{b32id(key, salt, 18)}"


# --------------------------------------------------------------------------------------------
# The reminder each message answers
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reminder:
    """The overdue reminder as Fieldhouse sent it."""

    lang: str
    subject: str
    text: str
    sent: datetime
    to_addr: str
    msgid: str


def make_reminder(
    *,
    key: str,
    lang: str,
    inv: str,
    amt: str,
    currency: str,
    svc: str,
    to_addr: str,
    sent: datetime,
) -> Reminder:
    due = sent - timedelta(days=7 + pick(key, "due", 18))
    issued = due - timedelta(days=30)
    text = REMINDER_BODY[lang].format(
        inv=inv,
        svc=SERVICES[svc][lang],
        idate=fmt_date(SHORT_DATE[lang], lang=lang, dt=issued),
        due=fmt_date(SHORT_DATE[lang], lang=lang, dt=due),
        amt=money(amt, lang=lang, currency=currency),
    )
    return Reminder(
        lang=lang,
        subject=REMINDER_SUBJECT[lang].format(inv=inv),
        text=text,
        sent=sent,
        to_addr=to_addr,
        msgid=f"<{b32id(key, 'reminder', 22).lower()}@ar.{AR_DOMAIN}>",
    )


def reminder_bytes(rem: Reminder) -> bytes:
    headers: Headers = (
        ("From", mailbox(AR_NAME, AR_ADDR)),
        ("To", rem.to_addr),
        ("Subject", encoded_words(rem.subject)),
        ("Date", format_datetime(rem.sent)),
        ("Message-ID", rem.msgid),
        ("X-Mailer", "Fieldhouse Ledger AR 4.2"),
    )
    body = Leaf("text/plain", rem.text.encode(), "quoted-printable", '; charset="utf-8"')
    return render_message(headers, body)


def reminder_time(r: Reply) -> datetime:
    """Automatic answers follow within minutes; people answer a few working days later."""
    if r.instant:
        return r.dt - timedelta(minutes=1 + pick(r.key, "lag", 3))
    day = r.dt.date() - timedelta(days=1 + pick(r.key, "lag", 3))
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return datetime(day.year, day.month, day.day, 8, 30, tzinfo=UTC)


@dataclass(frozen=True)
class Ctx:
    """A reply together with the reminder it answers."""

    r: Reply
    rem: Reminder

    @property
    def local(self) -> datetime:
        return self.rem.sent.astimezone(self.r.dt.tzinfo)

    @property
    def to_name(self) -> str:
        return "" if self.r.rto else self.r.sender[0]

    def when(self, template: str) -> str:
        return fmt_date(template, lang=self.r.lang, dt=self.local, name=AR_NAME, addr=AR_ADDR)


def context(r: Reply) -> Ctx:
    rem = make_reminder(
        key=r.key,
        lang=r.reminder_lang,
        inv=r.inv,
        amt=r.amt,
        currency=r.currency,
        svc=r.svc,
        to_addr=r.rto or r.sender[1],
        sent=reminder_time(r),
    )
    return Ctx(r, rem)


# --------------------------------------------------------------------------------------------
# Text helpers shared by the clients
# --------------------------------------------------------------------------------------------


def quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def flow_line(line: str, width: int) -> list[str]:
    """Split one line for format=flowed: every piece but the last ends in a space."""
    if len(line) <= width:
        return [line]
    words = line.split(" ")
    pieces: list[str] = []
    current = words[0]
    for word in words[1:]:
        if len(current) + 1 + len(word) > width:
            pieces.append(current + " ")
            current = word
        else:
            current += " " + word
    pieces.append(current)
    return pieces


def flowed(text: str, *, quote: bool = False) -> str:
    out: list[str] = []
    for line in text.split("\n"):
        if quote:
            out += [f"> {piece}" if piece else ">" for piece in flow_line(line, 70)]
            continue
        for piece in flow_line(line, 72):
            stuffed = piece.startswith((" ", ">", "From "))
            out.append(" " + piece if stuffed else piece)
    return "\n".join(out)


def esc(line: str) -> str:
    """Escape one line for HTML, keeping runs of spaces the way clients do (&nbsp; pairs)."""
    return html.escape(line, quote=False).replace("  ", "&nbsp; ")


def html_lines(text: str) -> str:
    return "<br>\n".join(esc(line) for line in text.split("\n"))


def gmail_divs(text: str) -> str:
    return "\n".join(
        f"<div>{esc(line)}</div>" if line else "<div><br></div>" for line in text.split("\n")
    )


def mso_paragraphs(text: str) -> str:
    empty = "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return "\n".join(
        f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>" if line.strip() else empty
        for line in text.split("\n")
    )


def text_leaf(
    c: Ctx, text: str, *, subtype: str = "plain", cte: str = "quoted-printable", params: str = ""
) -> Leaf:
    payload = to_charset(text, c.r.charset)
    chosen = c.r.cte or cte
    if chosen == "8bit" and payload.isascii():
        chosen = "7bit"
    label = c.r.charset.upper() if c.r.client.startswith("gmail") else c.r.charset
    return Leaf(f"text/{subtype}", payload, chosen, f'; charset="{label}"{params}')


def outlook_fields(c: Ctx) -> list[tuple[str, str]]:
    frm, sent, to, subj, _ = OUTLOOK_LABELS[c.r.lang]
    to_value = f"{c.to_name} <{c.rem.to_addr}>" if c.to_name else c.rem.to_addr
    return [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, c.when(OUTLOOK_SENT[c.r.lang])),
        (to, to_value),
        (subj, c.rem.subject),
    ]


def outlook_block(c: Ctx, separator: str) -> str:
    colon = OUTLOOK_LABELS[c.r.lang][4]
    return "\n".join([separator] + [f"{label}{colon}{value}" for label, value in outlook_fields(c)])


def outlook_html_block(c: Ctx) -> str:
    colon = OUTLOOK_LABELS[c.r.lang][4].rstrip()
    return "<br>\n".join(
        f"<b>{esc(label)}{esc(colon)}</b> {esc(value)}" for label, value in outlook_fields(c)
    )


RULE = "________________________________"


# --------------------------------------------------------------------------------------------
# Clients: each builds the body the way that client lays out a reply
# --------------------------------------------------------------------------------------------


def body_outlook(c: Ctx) -> Part:
    text = f"{c.r.text}\n\n{outlook_block(c, OUTLOOK_ORIGINAL[c.r.lang])}\n\n{c.rem.text}"
    return text_leaf(c, text)


def word_html(c: Ctx) -> str:
    divider = 'style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"'
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head><meta http-equiv="Content-Type" content="text/html; charset={c.r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style></head>\n'
        f'<body lang={LANG_TAG[c.r.lang]} link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f"<div class=WordSection1>\n{mso_paragraphs(c.r.text)}\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
        f"<div {divider}>\n<p class=MsoNormal>{outlook_html_block(c)}</p>\n</div>\n"
        f"<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n{mso_paragraphs(c.rem.text)}\n</div>\n</body>\n</html>"
    )


def body_outlook_html(c: Ctx) -> Part:
    plain = text_leaf(c, f"{c.r.text}\n\n{outlook_block(c, RULE)}\n\n{c.rem.text}")
    return alternative(
        key=c.r.key,
        family="exchange",
        plain=plain,
        markup=text_leaf(c, word_html(c), subtype="html"),
    )


def body_html_only(c: Ctx) -> Part:
    return text_leaf(c, word_html(c), subtype="html")


def owa_html(c: Ctx) -> str:
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={c.r.charset}"></head>\n'
        '<body dir="ltr"><div style="font-family:Aptos,Arial,Helvetica,sans-serif;font-size:12pt">\n'
        f"{html_lines(c.r.text)}</div>\n"
        '<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">\n'
        f"{outlook_html_block(c)}</font>\n<div>&nbsp;</div></div>\n"
        f"<div>{html_lines(c.rem.text)}</div>\n</body></html>"
    )


def body_owa(c: Ctx) -> Part:
    plain = text_leaf(c, f"{c.r.text}\n\n{outlook_block(c, RULE)}\n\n{c.rem.text}")
    return alternative(
        key=c.r.key,
        family="exchange",
        plain=plain,
        markup=text_leaf(c, owa_html(c), subtype="html"),
    )


def body_outlook_ios(c: Ctx) -> Part:
    sig = OUTLOOK_IOS_SIG[c.r.lang]
    plain = f"{c.r.text}\n\n{sig}\n{outlook_block(c, RULE)}\n\n{c.rem.text}"
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={c.r.charset}"></head>\n'
        f'<body><div dir="ltr">{html_lines(c.r.text)}</div>\n<div dir="ltr"><br></div>\n'
        f'<div class="ms-outlook-mobile-signature"><div dir="ltr">{esc(sig)}</div></div>\n'
        f'<div id="mail-editor-reference-message-container"><hr style="display:inline-block;width:98%">\n'
        f'<div id="divRplyFwdMsg" dir="ltr">{outlook_html_block(c)}</div>\n'
        f"<div>{html_lines(c.rem.text)}</div></div></body></html>"
    )
    return alternative(
        key=c.r.key,
        family="exchange",
        plain=text_leaf(c, plain, cte="base64"),
        markup=text_leaf(c, markup, subtype="html", cte="base64"),
    )


def body_gmail(c: Ctx) -> Part:
    attr = c.when(GMAIL_ATTR[c.r.lang])
    plain = f"{c.r.text}\n\n{attr}\n\n{quoted(c.rem.text)}"
    markup = (
        f'<div dir="ltr">{gmail_divs(c.r.text)}</div><br>\n'
        '<div class="gmail_quote gmail_quote_container">'
        f'<div dir="ltr" class="gmail_attr">{esc(attr)}<br></div>\n'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_lines(c.rem.text)}</blockquote></div>"
    )
    return alternative(
        key=c.r.key,
        family="gmail",
        plain=text_leaf(c, plain),
        markup=text_leaf(c, markup, subtype="html"),
    )


def body_gmail_plain(c: Ctx) -> Part:
    return text_leaf(c, f"{c.r.text}\n\n{c.when(GMAIL_ATTR[c.r.lang])}\n\n{quoted(c.rem.text)}")


def body_apple(c: Ctx) -> Part:
    return text_leaf(c, f"{c.r.text}\n\n{c.when(APPLE_ATTR[c.r.lang])}\n\n{quoted(c.rem.text)}")


def body_iphone(c: Ctx) -> Part:
    attr = c.when(APPLE_ATTR[c.r.lang])
    return text_leaf(
        c, f"{c.r.text}\n\n{IPHONE_SIG[c.r.lang]}\n\n> {attr}\n>\n{quoted(c.rem.text)}"
    )


def body_thunderbird(c: Ctx) -> Part:
    attr = c.when(THUNDERBIRD_ATTR[c.r.lang])
    text = f"{flowed(c.r.text)}\n\n{attr}\n{flowed(c.rem.text, quote=True)}"
    return text_leaf(c, text, cte="8bit", params="; format=flowed")


def body_inline(c: Ctx) -> Part:
    paragraphs = {f"q{i}": quoted(p) for i, p in enumerate(c.rem.text.split("\n\n"))}
    text = c.r.text.format(attr=c.when(THUNDERBIRD_ATTR[c.r.lang]), **paragraphs)
    return text_leaf(c, text)


def body_roundcube(c: Ctx) -> Part:
    return text_leaf(c, f"{c.r.text}\n\n{c.when(ROUNDCUBE_ATTR[c.r.lang])}\n{quoted(c.rem.text)}")


def samsung_block(c: Ctx) -> str:
    sep, frm, date, to, subj, colon = SAMSUNG_BLOCK[c.r.lang]
    offset = c.r.dt.strftime("%z")
    when = c.when(SAMSUNG_DATE[c.r.lang].replace("{tz}", f"{offset[:3]}:{offset[3:]}"))
    lines = [
        sep,
        f"{frm}{colon}{AR_NAME} <{AR_ADDR}>",
        f"{date}{colon}{when}",
        f"{to}{colon}{c.rem.to_addr}",
        f"{subj}{colon}{c.rem.subject}",
    ]
    return "\n".join(lines)


def body_samsung(c: Ctx) -> Part:
    sig = SAMSUNG_SIG[c.r.lang]
    plain = f"{c.r.text}\n\n\n\n{sig}\n\n\n{samsung_block(c)}\n\n{c.rem.text}"
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={c.r.charset}"></head>'
        f'<body><div dir="auto">{html_lines(c.r.text)}</div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">{esc(sig)}</div></div>'
        f'<div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">{html_lines(samsung_block(c))}</div>'
        f"<div>{html_lines(c.rem.text)}</div></body></html>"
    )
    return alternative(
        key=c.r.key,
        family="samsung",
        plain=text_leaf(c, plain, cte="base64"),
        markup=text_leaf(c, markup, subtype="html", cte="base64"),
    )


def body_webde(c: Ctx) -> Part:
    sent = c.when("{wd}, {d}. {mon} {y} um {HH}:{mm} Uhr")
    block = f'Gesendet: {sent}\nVon: "{AR_NAME}" <{AR_ADDR}>\nAn: {c.rem.to_addr}\nBetreff: {c.rem.subject}'
    return text_leaf(c, f"{c.r.text}\n \n \n\n{block}\n{c.rem.text}")


def body_orange(c: Ctx) -> Part:
    head = c.when("Message du {dd}/{mo}/{yy} {HH}:{mm}")
    block = f'{head}\nDe : "{AR_NAME}" <{AR_ADDR}>\nA : {c.rem.to_addr}\nCopie à : \nObjet : {c.rem.subject}\n'
    return text_leaf(c, f"{c.r.text}\n\n{quoted(block)}\n{quoted(c.rem.text)}")


def body_libero(c: Ctx) -> Part:
    sent = c.when("{d}-{mona}-{y} {H}.{mm}")
    block = f"----Messaggio originale----\nDa: {AR_ADDR}\nData: {sent}\nA: <{c.rem.to_addr}>\nOgg: {c.rem.subject}"
    return text_leaf(c, f"{c.r.text}\n\n\n{block}\n\n{c.rem.text}")


def body_notice(c: Ctx) -> Part:
    return text_leaf(c, c.r.text)


def body_notice_html(c: Ctx) -> Part:
    return text_leaf(c, c.r.text, subtype="html")


def body_oof(c: Ctx) -> Part:
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={c.r.charset}"></head>\n'
        f'<body><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt">{html_lines(c.r.text)}</div></body></html>'
    )
    return alternative(
        key=c.r.key,
        family="exchange",
        plain=text_leaf(c, c.r.text),
        markup=text_leaf(c, markup, subtype="html"),
    )


@dataclass(frozen=True)
class Client:
    """How one mail client lays out a reply and which family of headers it writes."""

    body: Callable[[Ctx], Part]
    family: str
    mode: str = "Q"


CLIENTS: dict[str, Client] = {
    "outlook": Client(body_outlook, "outlook"),
    "outlook_html": Client(body_outlook_html, "exchange", "B"),
    "html_only": Client(body_html_only, "exchange", "B"),
    "owa": Client(body_owa, "exchange", "B"),
    "outlook_ios": Client(body_outlook_ios, "exchange", "B"),
    "gmail": Client(body_gmail, "gmail", "B"),
    "gmail_plain": Client(body_gmail_plain, "gmail", "B"),
    "apple": Client(body_apple, "apple"),
    "iphone": Client(body_iphone, "iphone"),
    "thunderbird": Client(body_thunderbird, "thunderbird"),
    "inline": Client(body_inline, "thunderbird"),
    "roundcube": Client(body_roundcube, "roundcube"),
    "samsung": Client(body_samsung, "samsung", "B"),
    "webde": Client(body_webde, "webde"),
    "orange": Client(body_orange, "orange"),
    "libero": Client(body_libero, "libero"),
    "notice": Client(body_notice, "plain"),
    "notice_html": Client(body_notice_html, "plain"),
    "oof": Client(body_oof, "exchange", "B"),
}


def number(key: str, salt: str, digits: int) -> str:
    return str(int.from_bytes(digest(key, salt)[:8], "big") % 10**digits).zfill(digits)


def exchange_host(key: str) -> str:
    prefix = ("AM9PR04MB", "DB9PR07MB", "PA4PR08MB", "VI1PR02MB", "DU2PR10MB")[pick(key, "host", 5)]
    return f"{prefix}{number(key, 'host', 4)}"


def message_id(r: Reply, family: str) -> str:
    k = r.key
    ids: dict[str, Callable[[], str]] = {
        "outlook": lambda: (
            f"<00{hexid(k, 'o1', 2)}01dc{hexid(k, 'o2', 4)}${hexid(k, 'o3', 8)}${hexid(k, 'o4', 8)}$@{r.domain}>"
        ),
        "exchange": lambda: (
            f"<{exchange_host(k)}{b32id(k, 'x', 16)}@{exchange_host(k)}.eurprd04.prod.outlook.example>"
        ),
        "gmail": lambda: f"<CA{b32id(k, 'g', 40)}@mail.gmail.com>",
        "apple": lambda: f"<{uuid_like(k, 'mid').upper()}@{r.domain}>",
        "iphone": lambda: f"<{uuid_like(k, 'mid').upper()}@{r.domain}>",
        "thunderbird": lambda: f"<{uuid_like(k, 'mid')}@{r.domain}>",
        "samsung": lambda: f"<{b32id(k, 's', 26).lower()}@email.android.com>",
        "webde": lambda: (
            f"<trinity-{uuid_like(k, 'mid')}-17{number(k, 'w', 11)}@3c-app-webde-bap{number(k, 'wh', 2)}>"
        ),
        "orange": lambda: (
            f"<{number(k, 'o', 9)}.{number(k, 'p', 5)}.17{number(k, 'q', 11)}.JavaMail.www@wwinf1m{number(k, 'h', 2)}>"
        ),
        "libero": lambda: f"<{hexid(k, 'l', 24)}@libero.it>",
    }
    make = ids.get(family, lambda: f"<{hexid(k, 'mid', 32)}@{r.domain}>")
    return make()


def family_headers(r: Reply, family: str) -> Headers:
    topic = REMINDER_SUBJECT[r.reminder_lang].format(inv=r.inv)
    index = base64.b64encode(b"\x01\xdc" + digest(r.key, "thread")[:20]).decode()
    table: dict[str, Headers] = {
        "outlook": (
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", index),
            ("Content-Language", LANG_TAG[r.lang]),
        ),
        "exchange": (
            ("Thread-Topic", encoded_words(topic, charset=r.charset, mode="B")),
            ("Thread-Index", index),
            ("Accept-Language", f"{LANG_TAG[r.lang]}, en-US"),
            ("Content-Language", LANG_TAG[r.lang]),
            ("X-MS-Has-Attach", "yes" if r.attach else ""),
            ("X-MS-TNEF-Correlator", ""),
        ),
        "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
        "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
        "thunderbird": (
            ("User-Agent", "Mozilla Thunderbird"),
            ("Content-Language", LANG_TAG[r.lang]),
        ),
        "roundcube": (("User-Agent", "Roundcube Webmail/1.6.9"),),
        "webde": (
            ("Importance", "normal"),
            ("Sensitivity", "Normal"),
            ("X-UI-Message-Type", "mail"),
        ),
        "orange": (("X-Mailer", "Webmail Orange"),),
        "libero": (("X-Mailer", "Libero Mail"),),
    }
    return table.get(family, ())


REPLY_PREFIX = {"webde": "Aw: ", "libero": "R: ", "orange": "RE: "}


def reply_subject(c: Ctx, family: str) -> str:
    if c.r.subject is not None:
        return c.r.subject.format(subj=c.rem.subject)
    if family in {"outlook", "exchange"}:
        return OUTLOOK_RE[c.r.lang] + c.rem.subject
    return REPLY_PREFIX.get(family, "Re: ") + c.rem.subject


def with_attachment(r: Reply, body: Part) -> Part:
    if r.attach is None:
        return body
    pdf = b"%PDF-1.4\n% " + r.attach.encode() + b"\n" + digest(r.key, "pdf") * 8 + b"\n%%EOF\n"
    disposition = (("Content-Disposition", f'attachment; filename="{r.attach}"'),)
    leaf = Leaf("application/pdf", pdf, "base64", f'; name="{r.attach}"', disposition)
    return Multi("mixed", boundary(key=r.key, family="outlook", salt="mixed"), (body, leaf))


def build_reply(r: Reply) -> bytes:
    client = CLIENTS[r.client]
    c = context(r)
    charset = r.charset.upper() if client.family == "gmail" else r.charset
    headers: Headers = (("From", mailbox(*r.sender, charset=charset, mode=client.mode)),)
    headers += (("To", mailbox(AR_NAME, AR_ADDR)),)
    if r.cc:
        headers += (("Cc", mailbox(*r.cc, charset=charset, mode=client.mode)),)
    headers += (
        (
            "Subject",
            encoded_words(reply_subject(c, client.family), charset=charset, mode=client.mode),
        ),
        ("Date", format_datetime(r.dt)),
        ("Message-ID", message_id(r, client.family)),
    )
    if r.threaded:
        headers += (("In-Reply-To", c.rem.msgid), ("References", c.rem.msgid))
    headers += family_headers(r, client.family) + r.extra
    return render_message(headers, with_attachment(r, client.body(c)))


# --------------------------------------------------------------------------------------------
# The replies. Text is the customer's new text only; the client adds the quote.
# --------------------------------------------------------------------------------------------

AUTO_REPLIED: Headers = (("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"))
AUTO_GENERATED: Headers = (("Auto-Submitted", "auto-generated"),)

PAYMENT_SENT: tuple[Reply, ...] = (
    Reply(
        key="ps-en-paid",
        intent="payment_sent",
        lang="en",
        client="iphone",
        sender=("Tom Garside", "tom.garside@gmail.com"),
        when="2026-11-24 19:42 +0000",
        inv="FH-260352",
        amt="1184.00",
        svc="hedge",
        text="Paid.\n\nTom",
        note="one-word reply to a reminder: a payment claim with no date or reference",
    ),
    Reply(
        key="ps-en-bacs",
        intent="payment_sent",
        lang="en",
        client="outlook_html",
        sender=("Alistair Pennock", "a.pennock@brackenlea-estate.example"),
        when="2026-12-01 08:47 +0000",
        inv="FH-260377",
        amt="3486.00",
        svc="harvest",
        text="""\
Good morning,

Payment of £3,486.00 against FH-260377 went out by BACS yesterday afternoon, our remittance reference BLS-PAY-88412. Depending on your bank it should show by Thursday at the latest.

Apologies for the delay – the invoice sat in the farm office tray while I was away at the winter fair.

Regards,

Alistair Pennock
Estate Manager
Brackenlea Estate Office, Long Sutton
Tel: 01406 000 212

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Brackenlea Estates Ltd, registered in England no. 00000412.""",
        facts=Facts(
            paid="2026-11-30",
            ref="BLS-PAY-88412",
            amount="3486.00",
            currency="GBP",
            refs=("FH-260377",),
        ),
        note="'yesterday' from Tue 1 Dec; 'should show by Thursday' is bank clearing, not a promise",
    ),
    Reply(
        key="ps-en-remittance",
        intent="payment_sent",
        lang="en",
        client="notice_html",
        sender=(
            "North Cotterdale District Council",
            "no-reply.payments@northcotterdale-dc.example",
        ),
        when="2026-11-27 06:02 +0000",
        inv="FH-260351",
        amt="845.40",
        svc="hedge",
        subject="Remittance advice 4400718822 – Fieldhouse Contracting Ltd",
        threaded=False,
        extra=(*AUTO_GENERATED, ("X-Mailer", "Finance Hub AP 9")),
        text="""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p><b>North Cotterdale District Council</b><br>Finance Service – Accounts Payable</p>
<p>Dear Supplier,</p>
<p>The payment below has been made to your nominated bank account. Please allow up to three working days for the funds to appear.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td>Supplier number</td><td>300419</td></tr>
<tr><td>Supplier name</td><td>Fieldhouse Contracting Ltd</td></tr>
<tr><td>Payment date</td><td>27/11/2026</td></tr>
<tr><td>Payment method</td><td>BACS</td></tr>
<tr><td>Payment reference</td><td>4400718822</td></tr>
</table>
<br>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Your invoice</th><th>Our document</th><th>Amount</th></tr>
<tr><td>FH-260329</td><td>5100238871</td><td>£1,122.00</td></tr>
<tr><td>FH-260351</td><td>5100239015</td><td>£845.40</td></tr>
<tr><td colspan="2"><b>Total paid</b></td><td><b>£1,967.40</b></td></tr>
</table>
<p>This is an automated message from the Finance Service. Replies to this address are not read. For queries please contact finance.helpdesk@northcotterdale-dc.example quoting your supplier number.</p>
</body></html>""",
        facts=Facts(
            paid="2026-11-27",
            ref="4400718822",
            amount="1967.40",
            currency="GBP",
            refs=("FH-260329", "FH-260351"),
        ),
        note="AP-system remittance advice (HTML only, Auto-Submitted: auto-generated) is a payment sent; two invoices, the total is the amount; the helpdesk address is not a new contact",
    ),
    Reply(
        key="ps-de-gestern",
        intent="payment_sent",
        lang="de",
        client="webde",
        sender=("Sabine Lührs", "sabine.luehrs@web.de"),
        when="2026-11-28 20:15 +0100",
        inv="FH-260402",
        amt="2184.60",
        svc="silage",
        text="""\
Guten Abend,

mein Mann hat die Rechnung FH-260402 gestern Abend über unser Onlinebanking überwiesen, 2.184,60 €. Weil es nach Feierabend war, wird die Bank das wohl erst am Montag buchen, also bitte nicht wundern, wenn es ein paar Tage dauert.

Viele Grüße aus Hemmelte
Sabine Lührs
Milchviehbetrieb Lührs""",
        facts=Facts(paid="2026-11-27", amount="2184.60", currency="EUR", refs=("FH-260402",)),
        note="written Sat 28 Nov: 'gestern Abend' is Fri 27 Nov; the booking 'am Montag' is the bank's, not a promise",
    ),
    Reply(
        key="ps-fr-virement",
        intent="payment_sent",
        lang="fr",
        client="outlook_html",
        sender=("Claire Aubertin", "compta@domaine-ferrieres.example"),
        when="2026-11-26 10:12 +0100",
        inv="FH-260366",
        amt="1920.00",
        svc="grape",
        text="""\
Bonjour,

Le virement de 1 920,00 € correspondant à la facture FH-260366 (vendange mécanique du 18 septembre) a été émis hier, le 25/11, sous la référence VIR-2611-0457.

Vous devriez le voir apparaître sur votre compte d'ici 48 heures.

Bien cordialement,

Claire Aubertin
Service comptabilité
Domaine des Ferrières – 21190 Meursault
Tél. 03 80 00 41 27

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination est interdite.""",
        facts=Facts(
            paid="2026-11-25",
            ref="VIR-2611-0457",
            amount="1920.00",
            currency="EUR",
            refs=("FH-260366",),
        ),
    ),
    Reply(
        key="ps-fr-cheque",
        intent="payment_sent",
        lang="fr",
        client="samsung",
        sender=("Didier Lamarche", "didier@earl-lamarche.example"),
        when="2026-12-04 21:30 +0100",
        inv="FH-260415",
        amt="760.00",
        svc="hedge",
        text="bonsoir\nc est regle depuis mardi, cheque poste a votre bureau de chalons. vous devriez l avoir deja\ndidier lamarche",
        facts=Facts(paid="2026-12-01"),
        note="no accents or apostrophes; 'depuis mardi' written Fri 4 Dec: the cheque was posted Tue 1 Dec",
    ),
    Reply(
        key="ps-es-justificante",
        intent="payment_sent",
        lang="es",
        client="outlook_html",
        sender=("Mercedes Olmedo Ruiz", "secretaria@coop-sanisidro-almenara.example"),
        when="2026-12-10 17:05 +0100",
        inv="FH-260390",
        amt="2750.00",
        svc="harvest",
        attach="Justificante_transferencia_FH-260390.pdf",
        text="""\
Buenas tardes:

Les confirmo que ayer se ordenó la transferencia de la factura FH-260390 por importe de 2.750,00 €. Les adjunto el justificante del banco; la referencia de la operación es 0182-4471-09.

Un saludo,

Mercedes Olmedo Ruiz
Secretaría
Cooperativa Agrícola San Isidro – Almenara
Tel. 964 00 23 18

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. En cumplimiento del RGPD y de la LOPDGDD, le informamos de que sus datos forman parte de un fichero cuyo responsable es la Cooperativa.""",
        facts=Facts(
            paid="2026-12-09",
            ref="0182-4471-09",
            amount="2750.00",
            currency="EUR",
            refs=("FH-260390",),
        ),
        note="'ayer' from Thu 10 Dec; the bank's proof is attached as a PDF",
    ),
    Reply(
        key="ps-es-hecho",
        intent="payment_sent",
        lang="es",
        client="gmail_plain",
        sender=("Javier Sanz", "javisanz.finca@gmail.com"),
        when="2026-12-14 13:20 +0100",
        inv="FH-260421",
        amt="486.20",
        svc="spray",
        text="Hecho. Pagado esta mañana con tarjeta desde su web, 486,20 €.\n\nJavier",
        facts=Facts(paid="2026-12-14", amount="486.20", currency="EUR"),
        note="'Hecho' ('done'); card payment 'esta mañana' is the message date",
    ),
    Reply(
        key="ps-nl-gisteren",
        intent="payment_sent",
        lang="nl",
        client="iphone",
        sender=("Marieke Hoogland", "marieke@stalhoogland.example"),
        when="2026-12-02 00:20 +0100",
        inv="FH-260409",
        amt="395.00",
        svc="hedge",
        text="Is gisteren overgemaakt.\nGr Marieke",
        facts=Facts(paid="2026-12-01"),
        note="sent 00:20 local time on Wed 2 Dec (still Tue 1 Dec in UTC): 'gisteren' resolves in the sender's zone to Tue 1 Dec",
    ),
    Reply(
        key="ps-nl-betaaladvies",
        intent="payment_sent",
        lang="nl",
        client="notice",
        sender=("Coöperatie De Hoge Akker U.A.", "crediteuren-noreply@dehogeakker.example"),
        when="2026-12-03 05:40 +0100",
        inv="FH-260344",
        amt="5310.75",
        svc="harvest",
        subject="Betaaladvies 2026-BA-00981",
        threaded=False,
        cte="base64",
        extra=AUTO_GENERATED,
        text="""\
Geachte relatie,

Hierbij ontvangt u het betaaladvies van Coöperatie De Hoge Akker U.A.

Betaaldatum:       03-12-2026
Betalingskenmerk:  2026-BA-00981
Crediteurnummer:   70215
Rekening:          eindigend op 4418

Factuurnummer   Factuurdatum   Bedrag
FH-260344       02-10-2026     € 5.310,75

Totaal betaald:                € 5.310,75

Dit bericht is automatisch aangemaakt. U kunt niet op dit bericht reageren.""",
        facts=Facts(
            paid="2026-12-03",
            ref="2026-BA-00981",
            amount="5310.75",
            currency="EUR",
            refs=("FH-260344",),
        ),
        note="AP-system payment advice with Auto-Submitted: auto-generated",
    ),
    Reply(
        key="ps-it-cro",
        intent="payment_sent",
        lang="it",
        client="outlook",
        charset="windows-1252",
        sender=("Giulia Ferraris", "amministrazione@cascinaronco.example"),
        when="2026-12-01 09:30 +0100",
        inv="FH-260411",
        amt="1360.00",
        svc="harvest",
        text="""\
Buongiorno,

vi informo che il bonifico per la fattura FH-260411 è stato disposto venerdì scorso, CRO 1203456789012, importo 1.360,00 euro.

Cordiali saluti

Giulia Ferraris
Amministrazione
Azienda Agricola Cascina Ronco – Vercelli""",
        facts=Facts(
            paid="2026-11-27",
            ref="1203456789012",
            amount="1360.00",
            currency="EUR",
            refs=("FH-260411",),
        ),
        note="'venerdì scorso' from Tue 1 Dec is Fri 27 Nov",
    ),
    Reply(
        key="ps-it-contabile",
        intent="payment_sent",
        lang="it",
        client="libero",
        charset="iso-8859-1",
        sender=("Roberto Calì", "roberto.cali@libero.it"),
        when="2026-12-07 11:02 +0100",
        inv="FH-260398",
        amt="2240.00",
        svc="harvest",
        text="""\
Guardate che questa fattura l'abbiamo pagata il 20 novembre con bonifico SEPA, ho qui la contabile davanti. È la seconda volta che mi arriva un sollecito per una cosa già saldata: controllate meglio i vostri conti prima di scrivere.

Roberto Calì
Az. Agr. Calì – Caltagirone""",
        facts=Facts(paid="2026-11-20"),
        note="irritated, but a payment claim with a date, not a dispute of the invoice",
    ),
)

PROMISES: tuple[Reply, ...] = (
    Reply(
        key="pp-en-bacsrun",
        intent="promise_to_pay",
        lang="en",
        client="outlook_html",
        sender=("Deborah Kettle", "deborah.kettle@amberleyvale.gov.example"),
        when="2026-12-08 11:04 +0000",
        inv="FH-260385",
        amt="2150.00",
        svc="hedge",
        text="""\
Hi,

Sorry for the delay on this one. FH-260385 has now been through approval and has been added to Friday's BACS run, so you should see it early next week.

Kind regards,

Deborah Kettle
Grounds Maintenance Officer
Amberley Vale Borough Council
Depot Road, Amberley

Amberley Vale Borough Council: this email and any attachments may contain information that is confidential or legally privileged. If you are not the intended recipient, please notify the sender and delete the message. Emails may be monitored in accordance with the law.""",
        facts=Facts(promised="2026-12-11", refs=("FH-260385",)),
        note="past tense ('has been added to Friday's BACS run') announces a future payment; Friday after Tue 8 Dec is 11 Dec; the arrival 'early next week' is not the date",
    ),
    Reply(
        key="pp-en-merchant",
        intent="promise_to_pay",
        lang="en",
        client="gmail",
        sender=("Wendy Hollis", "wendy@hollisfarm.example"),
        when="2026-12-03 21:12 +0000",
        inv="FH-260359",
        amt="2864.00",
        svc="harvest",
        text="""\
Hi there,

Sorry it's late. We're waiting on the merchant to pay us for the wheat – they've promised the 18th. The minute that lands yours goes out, so give it until the 21st to be safe.

Wendy
Hollis Farm""",
        facts=Facts(promised="2026-12-21"),
        note="conditional promise with two dates: the 18th is the merchant's, the 21st is the date committed to",
    ),
    Reply(
        key="pp-en-nextweek",
        intent="promise_to_pay",
        lang="en",
        client="samsung",
        cur="EUR",
        sender=("Seamus Brennan", "seamus@brennanagri.example"),
        when="2026-11-28 22:47 +0000",
        inv="FH-260336",
        amt="1540.00",
        svc="silage",
        text="Ill have it payed next week, the invoice got lost in the yard office but I have the number off this email now so no need to send it again. Sorry for the dealy\nSeamus",
        facts=Facts(promised="2026-11-30"),
        note="Irish customer in euro; typos; 'next week' from Sat 28 Nov is Mon 30 Nov (date policy); 'no need to send it again' rules out invoice_request",
    ),
    Reply(
        key="pp-de-kw50",
        intent="promise_to_pay",
        lang="de",
        client="outlook",
        charset="windows-1252",
        sender=("Martin Köberle", "m.koeberle@gutsverwaltung-hohenstetten.example"),
        when="2026-12-02 14:26 +0100",
        inv="FH-260399",
        amt="3780.50",
        svc="harvest",
        text="""\
Sehr geehrte Damen und Herren,

die Rechnung FH-260399 liegt zur Freigabe beim Geschäftsführer. Die Zahlung erfolgt in KW 50.

Mit freundlichen Grüßen
i. A. Martin Köberle
Buchhaltung

Gutsverwaltung Hohenstetten GmbH & Co. KG
Schlossstraße 4 · 89584 Hohenstetten
Geschäftsführer: Dr. Friedrich von Aichelberg
Amtsgericht Ulm HRA 000417""",
        facts=Facts(promised="2026-12-07", refs=("FH-260399",)),
        note="'KW 50' is the week of 7-13 Dec; like 'next week', it resolves to its Monday",
    ),
    Reply(
        key="pp-de-am15",
        intent="promise_to_pay",
        lang="de",
        client="thunderbird",
        sender=("Jens Thormählen", "jens@thormaehlen-hof.example"),
        when="2026-12-09 19:05 +0100",
        inv="FH-260426",
        amt="964.00",
        svc="spray",
        text="""\
Moin,

bezahlt wird am 15., dann läuft bei uns die Sammelüberweisung für alle Lohnunternehmer. Vorher wird bei uns grundsätzlich nichts überwiesen, das hat mit Ihnen nichts zu tun.

Gruß
Jens Thormählen""",
        facts=Facts(promised="2026-12-15"),
        note="'bezahlt wird am 15.' uses a past participle for a future payment; 'am 15.' in a message of Wed 9 Dec is 15 Dec",
    ),
    Reply(
        key="pp-fr-findemois",
        intent="promise_to_pay",
        lang="fr",
        client="orange",
        charset="iso-8859-1",
        sender=("Thierry Vasseur", "gaec.hautpre@orange.fr"),
        when="2026-11-23 18:40 +0100",
        inv="FH-260372",
        amt="1415.00",
        svc="harvest",
        text="""\
Bonjour,

Nous réglerons la facture FH-260372 fin de mois, avec les autres factures fournisseurs. Le chèque partira par la poste.

Cordialement

T. Vasseur
GAEC du Haut-Pré""",
        facts=Facts(promised="2026-11-30", refs=("FH-260372",)),
        note="'fin de mois' written 23 Nov is 30 Nov",
    ),
    Reply(
        key="pp-es-viernes",
        intent="promise_to_pay",
        lang="es",
        client="outlook",
        sender=("Ana Belén Ortiz", "administracion@vinedosortizcarrasco.example"),
        when="2026-12-15 10:18 +0100",
        inv="FH-260433",
        amt="3120.00",
        svc="grape",
        text="""\
Buenos días:

Disculpen el retraso. El gerente, que es quien firma las transferencias, está de viaje hasta mañana. Se la pagamos el viernes sin falta.

Saludos cordiales,
Ana Belén Ortiz
Administración – Viñedos Ortiz Carrasco, S.L.""",
        facts=Facts(promised="2026-12-18"),
        note="a person's reply: the manager's absence 'hasta mañana' is no auto-reply; Friday after Tue 15 Dec is 18 Dec",
    ),
    Reply(
        key="pp-es-programada",
        intent="promise_to_pay",
        lang="es",
        client="iphone",
        sender=("Domingo Afonso", "d.afonso@platanerasafonso.example"),
        when="2026-12-04 08:05 +0000",
        inv="FH-260418",
        amt="690.00",
        svc="spray",
        text="Buenos días, la transferencia ya está programada para el jueves 10. Disculpen la demora.\n\nDomingo Afonso",
        facts=Facts(promised="2026-12-10"),
        note="'ya está programada' (done) announces a future transfer on Thu 10 Dec; the sender is in the Canary Islands (+0000)",
    ),
    Reply(
        key="pp-nl-vrijdag",
        intent="promise_to_pay",
        lang="nl",
        client="samsung",
        sender=("Gerrit Postma", "gerrit.postma@akkerbouwpostma.example"),
        when="2026-11-30 12:33 +0100",
        inv="FH-260348",
        amt="1876.40",
        svc="harvest",
        text="Goedemiddag,\n\nWe betalen uiterlijk vrijdag 4 december. De graanpenningen komen deze week binnen.\n\nGroet, Gerrit Postma",
        facts=Facts(promised="2026-12-04"),
    ),
    Reply(
        key="pp-nl-nognietbetaald",
        intent="promise_to_pay",
        lang="nl",
        client="gmail",
        rlang="en",
        sender=("Bram de Wit", "bram@dewitbloembollen.example"),
        when="2026-12-10 16:20 +0100",
        inv="FH-260429",
        amt="744.00",
        svc="spray",
        text="Hallo,\n\nNee, nog niet betaald, excuses. Gaat volgende week maandag de deur uit.\n\nBram de Wit\nBloembollenkwekerij De Wit",
        facts=Facts(promised="2026-12-14"),
        note="Dutch reply to an English reminder; 'betaald' is negated and followed by a promise; 'volgende week maandag' from Thu 10 Dec is 14 Dec",
    ),
    Reply(
        key="pp-it-entroil15",
        intent="promise_to_pay",
        lang="it",
        client="outlook_html",
        sender=("Francesca Mori", "f.mori@tenutailpoggio.example"),
        when="2026-12-03 15:47 +0100",
        inv="FH-260405",
        amt="2960.00",
        svc="grape",
        text="""\
Gentili signori,

in riferimento al vostro sollecito, vi comunichiamo che provvederemo al saldo della fattura FH-260405 entro il 15 dicembre.

Distinti saluti

Francesca Mori
Ufficio Amministrazione
Tenuta Il Poggio S.r.l. Società Agricola
Via delle Crete 12 – 53041 Asciano (SI)

Ai sensi del Regolamento UE 2016/679 (GDPR), le informazioni contenute in questa comunicazione sono riservate e destinate esclusivamente al destinatario indicato. Se avete ricevuto questo messaggio per errore, vi preghiamo di eliminarlo e di darne comunicazione al mittente.""",
        facts=Facts(promised="2026-12-15", refs=("FH-260405",)),
    ),
    Reply(
        key="pp-it-lunedi",
        intent="promise_to_pay",
        lang="it",
        client="iphone",
        sender=("Luca Bernardi", "luca@agriturismobernardi.example"),
        when="2026-11-27 18:55 +0100",
        inv="FH-260342",
        amt="580.00",
        svc="hedge",
        text="Buonasera, lo pago lunedì quando passo in banca a Borgomanero. Scusate il ritardo.\nLuca Bernardi",
        facts=Facts(promised="2026-11-30"),
        note="'lunedì' from Fri 27 Nov is Mon 30 Nov",
    ),
)

DISPUTES: tuple[Reply, ...] = (
    Reply(
        key="dp-en-notdone",
        intent="dispute",
        lang="en",
        client="gmail",
        sender=("Richard Tallis", "richard@lowtallisfarm.example"),
        when="2026-11-25 07:12 +0000",
        inv="FH-260361",
        amt="612.50",
        svc="hedge",
        text="""\
We have NOT paid this and we won't be paying it, because the work was never done.

Your lads were booked to flail the roadside hedges along Long Lane in the first week of October. Nobody turned up. I rang your office twice and was told they'd be out "next week". They weren't. The hedges are still there, uncut, you're welcome to come and look.

Please cancel the invoice.

Richard Tallis
Low Tallis Farm""",
        note="'NOT paid' negates a payment; the work was never carried out",
    ),
    Reply(
        key="dp-en-acreage",
        intent="dispute",
        lang="en",
        client="inline",
        sender=("Peter Ashworth", "estate.office@highcombe-estate.example"),
        when="2026-11-30 09:55 +0000",
        inv="FH-260356",
        amt="5680.00",
        svc="harvest",
        text="""\
Hello,

Answers below.

{attr}
{q1}
>
{q2}

The invoice charges 142 acres of combining. Bottom Field is 38 acres, not 58 – it's on the map we gave your operator and on our RPA maps. The total should be 122 acres, so £4,880.00 at your rate.

{q3}

Please reissue FH-260356 for 122 acres and we'll pay it within the week.

Peter Ashworth
Highcombe Estate Office""",
        facts=Facts(refs=("FH-260356",)),
        note="wrong quantity; the offer to pay depends on a corrected invoice; inline reply between quoted paragraphs",
    ),
    Reply(
        key="dp-en-credited",
        intent="dispute",
        lang="en",
        client="apple",
        sender=("Sophie Kendal", "sophie@kendalliveries.example"),
        when="2026-12-10 13:37 +0000",
        inv="FH-260388",
        amt="420.00",
        svc="hedge",
        text="""\
Hello,

FH-260388 should be nil. When your tractor took out the post-and-rail by the arena in October, Mark in your office agreed to credit the whole job and said a credit note would follow. I've got his email if you need it.

So no, we won't be paying this one.

Sophie Kendal
Kendal Liveries""",
        facts=Facts(refs=("FH-260388",)),
        note="the invoice was agreed to be credited in full",
    ),
    Reply(
        key="dp-de-zaun",
        intent="dispute",
        lang="de",
        client="outlook_html",
        sender=("Heike Brüning", "h.bruening@bruening-milch.example"),
        when="2026-11-26 16:02 +0100",
        inv="FH-260379",
        amt="3294.00",
        svc="silage",
        text="""\
Sehr geehrte Damen und Herren,

beim Maishäckseln am 24. September ist Ihr Abfahrer an unserer Hofeinfahrt auf rund 60 Metern über den Weidezaun gefahren. Das haben wir Ihrem Fahrer noch am selben Tag gesagt und Fotos geschickt, passiert ist seitdem nichts.

Solange der Schaden nicht reguliert ist, werden wir die Rechnung FH-260379 nicht begleichen.

Mit freundlichen Grüßen
Heike Brüning
Milchhof Brüning GbR""",
        facts=Facts(refs=("FH-260379",)),
        note="damage done during the job; payment withheld until it is settled",
    ),
    Reply(
        key="dp-de-preis",
        intent="dispute",
        lang="de",
        client="apple",
        sender=("Ulrich Fendt", "ulrich.fendt@obsthof-fendt.example"),
        when="2026-12-04 07:48 +0100",
        inv="FH-260413",
        amt="1748.00",
        svc="spray",
        text="Guten Morgen,\n\nvereinbart waren 38 €/ha, berechnet haben Sie 46 €/ha für 38 ha. Bitte korrigieren und neu schicken, dann zahlen wir.\n\nUlrich Fendt\nObsthof Fendt, Tettnang",
        note="contract-price difference; paying after a correction is secondary",
    ),
    Reply(
        key="dp-fr-jamaiscommande",
        intent="dispute",
        lang="fr",
        client="outlook",
        charset="windows-1252",
        sender=("Isabelle Garnier", "direction@centreequestre-stmartin.example"),
        when="2026-11-27 11:20 +0100",
        inv="FH-260381",
        amt="885.00",
        svc="hedge",
        text="""\
Bonjour,

Nous n'avons jamais commandé de taille de haies chez vous. Aucun devis, aucun bon de commande, et personne n'est venu chez nous cet automne.

Je suppose qu'il y a une confusion avec une autre structure. Merci d'annuler cette facture.

Isabelle Garnier
Centre équestre de Saint-Martin""",
        note="not ordered by us: the invoice is contested; the address is the customer's own, so not wrong_contact",
    ),
    Reply(
        key="dp-fr-moitie",
        intent="dispute",
        lang="fr",
        client="gmail",
        sender=("Olivier Dumontet", "olivier.dumontet@earl-dumontet.example"),
        when="2026-12-08 20:40 +0100",
        inv="FH-260407",
        amt="1360.00",
        svc="hedge",
        text="""\
Bonsoir,

On a réglé la moitié (680 €) par virement le 20 novembre, vous avez dû le voir. L'autre moitié, on la paiera quand vos gars seront revenus finir le broyage des talus du chemin de la Grange : ils se sont arrêtés au milieu et ne sont jamais revenus.

Olivier Dumontet""",
        note="half paid and the rest withheld because the work was left unfinished: the dispute drives the action; the earlier part payment is not labelled",
    ),
    Reply(
        key="dp-es-horas",
        intent="dispute",
        lang="es",
        client="outlook_html",
        rlang="en",
        sender=("Raúl Medina", "rmedina@bodegaslaventosa.example"),
        when="2026-11-24 12:10 +0100",
        inv="FH-260339",
        amt="2520.00",
        svc="grape",
        text="""\
Buenos días:

En la factura FH-260339 nos cobran 14 horas de vendimiadora, pero la máquina estuvo 9 horas en la finca; lo tenemos anotado en el parte de trabajo, firmado por su maquinista. Hasta que no la corrijan no la vamos a pagar.

Un saludo,

Raúl Medina
Jefe de Viñedo – Bodegas La Ventosa""",
        facts=Facts(refs=("FH-260339",)),
        note="Spanish reply to an English reminder; hours charged against hours worked",
    ),
    Reply(
        key="dp-nl-haag",
        intent="dispute",
        lang="nl",
        client="roundcube",
        sender=("Jan Kuipers", "info@kuipersmelkvee.example"),
        when="2026-12-01 13:14 +0100",
        inv="FH-260368",
        amt="940.00",
        svc="hedge",
        text="""\
Hallo,

Jullie hebben de meidoornhaag langs de Dorpsweg alleen aan de wegkant geknipt. De binnenkant, aan de weilandzijde, staat er nog precies zo bij. Dat was niet de afspraak.

Wij betalen de factuur niet voordat de haag helemaal klaar is.

Met vriendelijke groet,
Jan Kuipers
Melkveebedrijf Kuipers""",
        note="service only half done; payment withheld until it is finished",
    ),
    Reply(
        key="dp-nl-dubbel",
        intent="dispute",
        lang="nl",
        client="outlook",
        charset="windows-1252",
        sender=("Ria van Dam", "administratie@maatschapvandam.example"),
        when="2026-12-07 10:30 +0100",
        inv="FH-260347",
        amt="2210.00",
        svc="harvest",
        text="""\
Goedemorgen,

Factuur FH-260347 is dubbel: het is hetzelfde werk als FH-260333 (maaidorsen tarwe, 14 augustus, 34 ha). FH-260333 hebben wij op 2 oktober betaald. Graag een creditnota voor FH-260347.

Met vriendelijke groet,

Ria van Dam
Maatschap Van Dam""",
        facts=Facts(refs=("FH-260333", "FH-260347")),
        note="duplicate billing; the payment mentioned is of the earlier invoice",
    ),
    Reply(
        key="dp-it-prezzo",
        intent="dispute",
        lang="it",
        client="inline",
        sender=("Paolo Conti", "paolo.conti@vignetoconti.example"),
        when="2026-11-30 17:25 +0100",
        inv="FH-260355",
        amt="5760.00",
        svc="grape",
        text="""\
Buonasera,

{attr}
{q2}

Per la vendemmia meccanica avevamo concordato 420 euro a ettaro, in fattura ne avete messi 480. Su 12 ettari sono 720 euro di differenza.

{q3}

Mandateci una nota di credito o una fattura corretta e paghiamo subito.

Paolo Conti""",
        note="price per hectare above the agreed one; inline reply between quoted paragraphs",
    ),
    Reply(
        key="dp-it-trasferimento",
        intent="dispute",
        lang="it",
        client="outlook_html",
        sender=("Giorgio Lanfranchi", "g.lanfranchi@tenutalanfranchi.example"),
        when="2026-12-11 18:02 +0100",
        inv="FH-260419",
        amt="4380.00",
        svc="harvest",
        text="""\
Buonasera,

rispondo solo ora perché è stato un autunno difficile, come saprete: le piogge di ottobre ci hanno fatto slittare la trebbiatura del riso di quasi tre settimane e mezza provincia era nella stessa situazione, quindi capisco benissimo che anche voi avevate le macchine impegnate ovunque. Il vostro operatore, Marco, è stato gentilissimo e molto bravo, e lo dico volentieri perché non è scontato; ha lavorato anche di sera per finire prima della pioggia del 21.

Detto questo, ho guardato la fattura con mio cognato, che segue la parte amministrativa, e ci sono le quattro ore di trasferimento della mietitrebbia da Novara a qui e ritorno, che nel preventivo che ci avevate mandato a luglio non c'erano: si parlava di prezzo a ettaro, trasferimento compreso. Quindi la fattura così com'è non la possiamo accettare. Se ci mandate una fattura senza il trasferimento la paghiamo nel giro di pochi giorni, come sempre.

Per il resto, per l'anno prossimo vorremmo già prenotare, se possibile, anche per i 20 ettari nuovi che abbiamo preso in affitto a Vespolate.

Un caro saluto
Giorgio Lanfranchi
Tenuta Lanfranchi – Società Agricola""",
        note="long reply burying the point: a transfer charge not in the quote is contested; the conditional payment and next year's booking are secondary",
    ),
)

PLANS: tuple[Reply, ...] = (
    Reply(
        key="pl-en-monthly",
        intent="payment_plan",
        lang="en",
        client="gmail_plain",
        sender=("Neil Pritchard", "neil@pritchardsfarm.example"),
        when="2026-11-26 21:40 +0000",
        inv="FH-260374",
        amt="4120.00",
        svc="harvest",
        text="""\
Hello,

I'll be honest with you, it's been a terrible year. We lost near enough half the spring barley to the wet and the price for what we did get in was poor. I can't find £4,120 in one go before Christmas.

Could I pay it at £1,000 a month from January, with the last £120 in May? I've never missed a payment with you before and don't intend to start now.

Neil Pritchard""",
        note="hardship and monthly instalments; plan dates and amounts are not labelled",
    ),
    Reply(
        key="pl-en-moretime",
        intent="payment_plan",
        lang="en",
        client="outlook",
        sender=("Catherine Rowe", "catherine.rowe@rowefarmpartnership.example"),
        when="2026-12-02 15:05 +0000",
        inv="FH-260383",
        amt="2378.00",
        svc="spray",
        text="""\
Hi,

Is there any chance we could have until the end of January for this one? Our SFI payment is late coming through and we'd rather not go into the overdraft over Christmas. If that's a problem just let me know.

Thanks,
Catherine Rowe
Rowe Farm Partnership""",
        note="asks for more time: a request, not a commitment, so payment_plan with no promised date",
    ),
    Reply(
        key="pl-en-settlement",
        intent="payment_plan",
        lang="en",
        client="iphone",
        sender=("Gareth Pugh", "gareth@pughsbrynmawr.example"),
        when="2026-12-12 08:03 +0000",
        inv="FH-260424",
        amt="2650.00",
        svc="silage",
        text="Morning. We're under TB restrictions since October and can't sell any stock, cash is very tight. Would you take £1,500 now as full settlement? If not I'll need to spread it over a few months. Gareth",
        note="asks to settle for a reduced amount, or else to spread it; '£1,500 now' is an offer, not a payment",
    ),
    Reply(
        key="pl-de-raten",
        intent="payment_plan",
        lang="de",
        client="outlook_html",
        sender=("Andreas Seidl", "info@seidl-gemuesebau.example"),
        when="2026-11-24 09:12 +0100",
        inv="FH-260345",
        amt="3600.00",
        svc="spray",
        text="""\
Guten Tag,

wäre bei der Rechnung FH-260345 eine Ratenzahlung möglich? Wir würden den Betrag gern in drei gleichen Raten zahlen, jeweils zum 15. im Dezember, Januar und Februar.

Hintergrund: Zwei unserer Abnehmer sind mit ihren Zahlungen massiv im Verzug.

Für eine kurze Rückmeldung wäre ich dankbar.

Mit freundlichen Grüßen
Andreas Seidl
Seidl Gemüsebau e. K.""",
        facts=Facts(refs=("FH-260345",)),
        note="instalments on named days; plan dates are not labelled",
    ),
    Reply(
        key="pl-de-stundung",
        intent="payment_plan",
        lang="de",
        client="outlook",
        charset="iso-8859-1",
        sender=("Birgit Hallmann", "b.hallmann@agrar-hallmann.example"),
        when="2026-12-14 11:50 +0100",
        inv="FH-260437",
        amt="5980.00",
        svc="harvest",
        text="""\
Sehr geehrte Damen und Herren,

wir bitten um Stundung der o. g. Rechnung bis zum 31.03.2027. Durch den Ausfall der Rapsernte fehlt uns derzeit die Liquidität; mit der Auszahlung der Agrarförderung im Frühjahr können wir die Rechnung dann vollständig ausgleichen.

Mit freundlichen Grüßen

Birgit Hallmann
Agrar Hallmann GbR""",
        note="a deferral ('Stundung') is asked for, not promised; ISO-8859-1 Outlook, so the quoted reminder's dashes become hyphens",
    ),
    Reply(
        key="pl-fr-quatrefois",
        intent="payment_plan",
        lang="fr",
        client="apple",
        sender=("Nathalie Berthier", "n.berthier@ferme-berthier.example"),
        when="2026-12-03 20:25 +0100",
        inv="FH-260394",
        amt="3240.00",
        svc="harvest",
        text="""\
Bonsoir,

Serait-il possible d'échelonner le paiement de la facture en quatre fois, de décembre à mars ? La récolte de maïs a été catastrophique avec la sécheresse et la trésorerie est à plat.

Je vous remercie par avance de votre compréhension.

Nathalie Berthier
Ferme Berthier""",
    ),
    Reply(
        key="pl-fr-acompte",
        intent="payment_plan",
        lang="fr",
        client="outlook_ios",
        sender=("Sébastien Roux", "tresorier@cumadesvallons.example"),
        when="2026-12-09 12:44 +0100",
        inv="FH-260412",
        amt="2100.00",
        svc="hedge",
        text="""\
Bonjour,

Je vous fais un virement de 500 € aujourd'hui et je vous propose de régler le solde en trois mensualités à partir de janvier. Les adhérents de la CUMA paient leurs parts en retard cette année.

Dites-moi si ça vous convient.

Sébastien Roux
Trésorier – CUMA des Vallons""",
        note="part payment announced for today plus instalments for the rest: payment_plan, not payment_sent",
    ),
    Reply(
        key="pl-es-fraccionar",
        intent="payment_plan",
        lang="es",
        client="gmail",
        sender=("Antonio Jiménez Lara", "antonio@olivaresjimenez.example"),
        when="2026-11-25 19:30 +0100",
        inv="FH-260350",
        amt="2970.00",
        svc="spray",
        text="""\
Buenas tardes:

¿Podríamos fraccionar la factura en tres pagos? La campaña de la aceituna viene muy corta por la sequía y hasta enero no vamos a cobrar nada de la almazara.

Si les parece bien, el primero a mediados de enero.

Un saludo,
Antonio Jiménez Lara
Olivares Jiménez""",
    ),
    Reply(
        key="pl-es-margen",
        intent="payment_plan",
        lang="es",
        client="samsung",
        sender=("Carmen Prieto", "carmen.prieto@granjaprieto.example"),
        when="2026-12-16 09:14 +0100",
        inv="FH-260441",
        amt="1860.00",
        svc="silage",
        text="Buenos días, les pido un poco más de margen con esta factura, hasta febrero si puede ser. La ayuda de la PAC no nos llega hasta entonces y ahora mismo no tengo de dónde sacarlo. Perdonen las molestias.\nCarmen",
        note="more time because a subsidy is late; 'hasta febrero' is asked for, not promised",
    ),
    Reply(
        key="pl-nl-regeling",
        intent="payment_plan",
        lang="nl",
        client="outlook_html",
        sender=("Dirk Jan Smit", "dj.smit@pluimveebedrijfsmit.example"),
        when="2026-12-01 10:40 +0100",
        inv="FH-260367",
        amt="5000.00",
        svc="harvest",
        text="""\
Goedemorgen,

Is het mogelijk om voor factuur FH-260367 een betalingsregeling te treffen? Wij denken aan vier maandelijkse termijnen van € 1.250, te beginnen in januari.

De vogelgriepmaatregelen hebben ons dit najaar flink geraakt.

Met vriendelijke groet,

Dirk Jan Smit
Pluimvee- en akkerbouwbedrijf Smit""",
        facts=Facts(refs=("FH-260367",)),
    ),
    Reply(
        key="pl-it-rate",
        intent="payment_plan",
        lang="it",
        client="owa",
        sender=("Elena Greco", "segreteria@cooperativaterrasana.example"),
        when="2026-11-27 10:05 +0100",
        inv="FH-260373",
        amt="4500.00",
        svc="harvest",
        text="""\
Buongiorno,

in qualità di segretaria della cooperativa vi chiedo se è possibile rateizzare l'importo della fattura FH-260373 in tre rate mensili da 1.500 euro, a partire da gennaio. Il consiglio di amministrazione ha approvato la proposta nella seduta di ieri.

Resto in attesa di un vostro riscontro.

Cordiali saluti
Elena Greco
Segreteria – Cooperativa Agricola Terra Sana""",
        facts=Facts(refs=("FH-260373",)),
        note="instalment request; what was 'approved yesterday' is the proposal, not a payment",
    ),
    Reply(
        key="pl-it-grandine",
        intent="payment_plan",
        lang="it",
        client="iphone",
        sender=("Salvatore Russo", "salvo.russo@agricolarusso.example"),
        when="2026-12-05 22:10 +0100",
        inv="FH-260420",
        amt="3150.00",
        svc="grape",
        text="buonasera, non ce la faccio a pagare tutto adesso, la grandine di settembre ha distrutto meta dell uva. posso darvi qualcosa ogni mese fino a primavera? mi dispiace davvero\nsalvo russo",
        note="hardship, written without accents or apostrophes",
    ),
)

INVOICE_REQUESTS: tuple[Reply, ...] = (
    Reply(
        key="ir-en-po",
        intent="invoice_request",
        lang="en",
        client="outlook_html",
        sender=("Martin Oyelaran", "clerk@westbridge-pc.example"),
        when="2026-11-23 14:20 +0000",
        inv="FH-260327",
        amt="780.00",
        svc="hedge",
        text="""\
Good afternoon,

Our finance system won't let me process an invoice without a purchase order number on it. Could you please reissue FH-260327 showing PO WPC-2026-118? Once I have the corrected copy it will go to the next council meeting for approval.

Many thanks,

Martin Oyelaran
Clerk and RFO
Westbridge Parish Council""",
        facts=Facts(refs=("FH-260327",)),
        note="reissue with a PO number, amount not contested; 'the next council meeting' is no promise",
    ),
    Reply(
        key="ir-en-resend",
        intent="invoice_request",
        lang="en",
        client="iphone",
        sender=("Jess Ormerod", "jess@ormerodequestrian.example"),
        when="2026-12-05 10:15 +0000",
        inv="FH-260400",
        amt="345.00",
        svc="hedge",
        text="Hi, never had this invoice as far as I can see. Can you resend it please? Thanks Jess",
        note="'never received, please resend' without contesting it",
    ),
    Reply(
        key="ir-en-supplierform",
        intent="invoice_request",
        lang="en",
        client="outlook",
        sender=("Lucy Farrant", "accounts@greystone-estates.example"),
        when="2026-12-11 11:25 +0000",
        inv="FH-260431",
        amt="6240.00",
        svc="harvest",
        text="""\
Dear Fieldhouse team,

We changed accounting systems in October and your company hasn't yet been set up as a supplier on the new one, which is why FH-260431 hasn't been paid. Before we can pay it we need:

– a completed supplier set-up form (attached to my email of 3 November, I can resend it)
– your bank details on company letterhead, signed by a director
– your VAT number

As soon as these are through I'll get the payment released.

Kind regards,

Lucy Farrant
Accounts Assistant
Greystone Estates

Greystone Estates is a trading name of Greystone Land Holdings LLP. This message is confidential and may be legally privileged.""",
        facts=Facts(refs=("FH-260431",)),
        note="supplier documents and bank details needed before paying; 'I'll get the payment released' is conditional and undated",
    ),
    Reply(
        key="ir-de-kopie",
        intent="invoice_request",
        lang="de",
        client="outlook",
        charset="windows-1252",
        sender=("Petra Weiland", "buchhaltung@weingut-weiland.example"),
        when="2026-11-25 10:45 +0100",
        inv="FH-260362",
        amt="2860.00",
        svc="grape",
        text="""\
Sehr geehrte Damen und Herren,

die Rechnung FH-260362 liegt uns nicht vor. Bitte senden Sie uns eine Kopie als PDF an diese Adresse. Achten Sie bitte darauf, dass Ihre USt-IdNr. auf der Rechnung steht, sonst können wir die Vorsteuer nicht ziehen.

Mit freundlichen Grüßen

Petra Weiland
Buchhaltung
Weingut Weiland · Bernkastel-Kues""",
        facts=Facts(refs=("FH-260362",)),
    ),
    Reply(
        key="ir-de-opliste",
        intent="invoice_request",
        lang="de",
        client="gmail",
        sender=("Stefan Reuter", "s.reuter@reuter-agrar.example"),
        when="2026-12-15 08:20 +0100",
        inv="FH-260438",
        amt="1290.00",
        svc="spray",
        text="""\
Guten Morgen,

bei uns sind drei Rechnungen von Ihnen aufgelaufen, wir finden aber nur zwei davon im System. Können Sie mir bitte einen Kontoauszug bzw. eine Offene-Posten-Liste schicken? Dann gleiche ich das ab und gebe alles zusammen frei.

Danke und Gruß
Stefan Reuter""",
        note="statement of open items before paying; the release is undated",
    ),
    Reply(
        key="ir-fr-pdf",
        intent="invoice_request",
        lang="fr",
        client="thunderbird",
        sender=("Marc Lefebvre", "marc.lefebvre@scea-lefebvre.example"),
        when="2026-11-30 14:10 +0100",
        inv="FH-260376",
        amt="1980.00",
        svc="harvest",
        text="""\
Bonjour,

Pourriez-vous m'envoyer la facture en PDF, en pièce jointe ? Le lien de téléchargement de votre premier mail ne fonctionne pas chez moi, j'ai une page d'erreur.

Merci,
Marc Lefebvre
SCEA Lefebvre""",
    ),
    Reply(
        key="ir-fr-choruspro",
        intent="invoice_request",
        lang="fr",
        client="outlook_html",
        sender=("Valérie Thomas", "finances@mairie-stremy-ource.example"),
        when="2026-12-02 09:35 +0100",
        inv="FH-260391",
        amt="1140.00",
        svc="hedge",
        text="""\
Madame, Monsieur,

En tant que collectivité, la commune ne peut pas traiter de factures transmises par courriel. Nous vous remercions de bien vouloir déposer la facture FH-260391 sur le portail Chorus Pro (SIRET de la commune : 200 000 417 00018, code service FIN), après quoi elle sera mise en paiement dans le délai réglementaire.

Cordialement,

Valérie Thomas
Service finances
Mairie de Saint-Rémy-sur-Ource""",
        facts=Facts(refs=("FH-260391",)),
        note="a public body needs the invoice filed on its portal (Chorus Pro) before it can pay",
    ),
    Reply(
        key="ir-es-cif",
        intent="invoice_request",
        lang="es",
        client="outlook",
        charset="iso-8859-1",
        sender=("Lorena Castillo", "contabilidad@satriberaalta.example"),
        when="2026-11-27 12:30 +0100",
        inv="FH-260384",
        amt="2460.00",
        svc="grape",
        text="""\
Buenos días:

La factura FH-260384 viene a nombre de la antigua sociedad y con un CIF que ya no es el nuestro. ¿Pueden emitirla de nuevo a nombre de SAT Ribera Alta n.º 9417, CIF F00000417? El importe está bien; en cuanto la tengamos corregida la tramitamos.

Saludos,
Lorena Castillo
Contabilidad""",
        facts=Facts(refs=("FH-260384",)),
        note="reissue with the right tax details; the amount is explicitly not contested",
    ),
    Reply(
        key="ir-es-certificados",
        intent="invoice_request",
        lang="es",
        client="owa",
        sender=("Pilar Ródenas", "intervencion@aytovillanuevacampillo.example"),
        when="2026-12-09 13:02 +0100",
        inv="FH-260416",
        amt="1575.00",
        svc="hedge",
        text="""\
Buenos días:

Desde Intervención les comunicamos que esta factura no nos consta en registro. Les rogamos que nos la remitan de nuevo y que adjunten los certificados vigentes de estar al corriente de pago con la Agencia Tributaria y con la Seguridad Social, sin los cuales no podemos tramitar el pago.

Atentamente,

Pilar Ródenas
Intervención municipal
Ayuntamiento de Villanueva del Campillo""",
        note="invoice copy plus tax-compliance certificates before a council can pay",
    ),
    Reply(
        key="ir-nl-werkbon",
        intent="invoice_request",
        lang="nl",
        client="gmail",
        sender=("Wim Verhoeven", "wim@verhoevenboomkwekerij.example"),
        when="2026-11-24 15:40 +0100",
        inv="FH-260340",
        amt="1120.00",
        svc="spray",
        text="""\
Hoi,

Bij deze factuur zit geen werkbon. Onze boekhouder wil bij loonwerk altijd een getekende werkbon met uren en hectares, anders boekt hij hem niet in. Kunnen jullie die nog even sturen?

Groet,
Wim Verhoeven
Boomkwekerij Verhoeven""",
        note="a signed work sheet is needed before the invoice is booked",
    ),
    Reply(
        key="ir-nl-kopie",
        intent="invoice_request",
        lang="nl",
        client="iphone",
        sender=("Sanne Bakker", "sanne@hoevedebakker.example"),
        when="2026-12-17 07:50 +0100",
        inv="FH-260445",
        amt="265.00",
        svc="hedge",
        text="Goedemorgen, kunt u mij een kopie sturen van factuur 260445? Ik kan hem nergens vinden.\nGroetjes Sanne",
        facts=Facts(refs=("FH-260445",)),
        note="'260445' is normalised to FH-260445",
    ),
    Reply(
        key="ir-it-sdi",
        intent="invoice_request",
        lang="it",
        client="outlook_html",
        sender=("Marta Ghidini", "amministrazione@agriturismoghidini.example"),
        when="2026-12-01 11:55 +0100",
        inv="FH-260369",
        amt="1680.00",
        svc="grape",
        text="""\
Buongiorno,

la fattura FH-260369 non ci risulta pervenuta tramite SDI: nel nostro cassetto fiscale non c'è. Potete reinviarla con il nostro codice destinatario M5UXCR1? Appena la riceviamo procediamo con il pagamento.

Cordiali saluti
Marta Ghidini
Amministrazione – Agriturismo Ghidini""",
        facts=Facts(refs=("FH-260369",)),
        note="e-invoice not received through SDI: resend it before payment",
    ),
)

WRONG_CONTACTS: tuple[Reply, ...] = (
    Reply(
        key="wc-en-left",
        intent="wrong_contact",
        lang="en",
        client="gmail",
        sender=("Ellie Burton", "ellie.burton@marshfarm-partners.example"),
        when="2026-11-25 18:30 +0000",
        inv="FH-260358",
        amt="1960.00",
        svc="harvest",
        text="""\
Hi,

I left Marsh Farm Partners at the end of the summer – this address just forwards to me for now. You want Ben Ashdown, who does their books: ben.ashdown@marshfarm-partners.example

All the best,
Ellie""",
        facts=Facts(contact="ben.ashdown@marshfarm-partners.example"),
    ),
    Reply(
        key="wc-en-unmonitored",
        intent="wrong_contact",
        lang="en",
        client="notice",
        sender=("Kingsmoor Estates", "office@kingsmoor-estates.example"),
        when="2026-12-03 08:32 +0000",
        instant=True,
        inv="FH-260393",
        amt="1310.00",
        svc="hedge",
        subject="Automatic reply: {subj}",
        extra=AUTO_REPLIED,
        text="""\
Thank you for your email.

Please note that this mailbox is no longer monitored and messages sent to it are not forwarded.

For invoices, statements and payment queries please write to payables@kingsmoor-estates.example. For anything else, please call the estate office on 01947 000 310.

Kingsmoor Estates""",
        facts=Facts(contact="payables@kingsmoor-estates.example"),
        note="automatic 'mailbox no longer monitored' notice naming the right address: wrong_contact",
    ),
    Reply(
        key="wc-en-redirect",
        intent="wrong_contact",
        lang="en",
        client="owa",
        sender=("Accounts Department", "accounts@oakridgefarms.example"),
        when="2026-12-14 03:12 +0000",
        inv="FH-260434",
        amt="3870.00",
        svc="harvest",
        extra=(("Reply-To", "oakridgefarms.accounts@gmail.com"),),
        text="""\
Good day,

Kindly be informed that our accounts department has moved to a new email. With immediate effect all invoices, statements and payment reminders for Oakridge Farms should be sent ONLY to oakridgefarms.accounts@gmail.com. The current address will be deactivated shortly.

Please update your records and confirm by return, together with the full outstanding balance on our account.

Regards,
Accounts Department
Oakridge Farms""",
        facts=Facts(contact="oakridgefarms.accounts@gmail.com"),
        note="phishing-like request to redirect mail to a free-mail address (also set as Reply-To): labelled by what it asks, wrong_contact with that address; verifying it is a person's job",
    ),
    Reply(
        key="wc-de-buchhaltung",
        intent="wrong_contact",
        lang="de",
        client="samsung",
        sender=("Katrin Wolters", "pension@reiterhof-wolters.example"),
        when="2026-12-08 17:20 +0100",
        inv="FH-260410",
        amt="530.00",
        svc="hedge",
        text="Hallo, ich bin hier nur für die Pferdepension zuständig und habe mit Rechnungen nichts zu tun. Bitte schreiben Sie an unsere Buchhaltung: buchhaltung@reiterhof-wolters.example\nLG Katrin",
        facts=Facts(contact="buchhaltung@reiterhof-wolters.example"),
    ),
    Reply(
        key="wc-fr-tresoriere",
        intent="wrong_contact",
        lang="fr",
        client="iphone",
        sender=("Monique Perrin", "monique.perrin@cuma-valdeloire.example"),
        when="2026-11-29 10:05 +0100",
        inv="FH-260364",
        amt="2735.00",
        svc="harvest",
        text="""\
Bonjour,

Je ne suis plus trésorière de la CUMA depuis l'assemblée générale de juin. C'est Jean-Luc Perrichon qui a repris : jl.perrichon@cuma-valdeloire.example

Bonne journée,
Monique Perrin""",
        facts=Facts(contact="jl.perrichon@cuma-valdeloire.example"),
    ),
    Reply(
        key="wc-fr-gite",
        intent="wrong_contact",
        lang="fr",
        client="html_only",
        sender=("Agnès Moreau", "contact@gite-lessaulnaies.example"),
        when="2026-12-15 16:45 +0100",
        inv="FH-260440",
        amt="1125.00",
        svc="spray",
        text="""\
Bonjour,

Vous avez écrit à l'adresse du gîte, qui n'a rien à voir avec l'exploitation. Pour la comptabilité de l'EARL, il faut écrire à compta@earl-lessaulnaies.example.

Cordialement,
Agnès Moreau""",
        facts=Facts(contact="compta@earl-lessaulnaies.example"),
        note="HTML-only Outlook message",
    ),
    Reply(
        key="wc-es-gestoria",
        intent="wrong_contact",
        lang="es",
        client="outlook_html",
        sender=("Álvaro Quintana", "bodega@hnosquintana.example"),
        when="2026-11-24 11:50 +0100",
        inv="FH-260341",
        amt="3300.00",
        svc="grape",
        text="""\
Buenos días:

Este correo es el de la bodega. Las facturas de la finca las lleva nuestra gestoría, así que les ruego que a partir de ahora las envíen a facturas@gestoriamarin.example, con copia a mí si quieren.

Un saludo,
Álvaro Quintana""",
        facts=Facts(contact="facturas@gestoriamarin.example"),
    ),
    Reply(
        key="wc-es-profesora",
        intent="wrong_contact",
        lang="es",
        client="gmail_plain",
        sender=("Marisa Peñalver", "marisa.penalver@correo-personal.example"),
        when="2026-12-02 19:25 +0100",
        inv="FH-260392",
        amt="870.00",
        svc="spray",
        text="Buenas tardes:\n\nCreo que se han equivocado de persona. Yo no tengo ninguna finca ni he contratado nunca a su empresa; soy profesora en Teruel. Revisen la dirección, por favor.\n\nMarisa Peñalver",
        note="wrong person altogether, no new address; she is not the customer, so not a dispute",
    ),
    Reply(
        key="wc-nl-zoon",
        intent="wrong_contact",
        lang="nl",
        client="outlook",
        charset="windows-1252",
        sender=("Hennie van der Veen", "h.vanderveen@maatschapvanderveen.example"),
        when="2026-11-26 08:25 +0100",
        inv="FH-260375",
        amt="1430.00",
        svc="silage",
        text="""\
Goedemorgen,

Dit adres lees ik bijna niet meer; ik ben uit de maatschap gestapt en mijn zoon heeft het bedrijf overgenomen. Stuur facturen en herinneringen voortaan naar administratie@maatschapvanderveen.example, dan komen ze bij de juiste persoon.

Groeten,
Hennie van der Veen""",
        facts=Facts(contact="administratie@maatschapvanderveen.example"),
    ),
    Reply(
        key="wc-nl-stallen",
        intent="wrong_contact",
        lang="nl",
        client="gmail",
        sender=("Ruud Hermans", "ruud@stalhermans.example"),
        cc=("Ilse Verbeek", "ilse@manegedehoefslag.example"),
        when="2026-12-11 20:10 +0100",
        inv="FH-260427",
        amt="415.00",
        svc="hedge",
        text="""\
Goedenavond,

Voor de manege moet u bij Ilse zijn, zij doet de administratie: ilse@manegedehoefslag.example. Ik verhuur alleen de stallen en heb met die heggen niets te maken. Ik heb haar in de cc gezet.

Groet,
Ruud Hermans""",
        facts=Facts(contact="ilse@manegedehoefslag.example"),
        note="the new contact is also copied in Cc; 'nothing to do with those hedges' is about the person, not a dispute of the work",
    ),
    Reply(
        key="wc-it-consorzio",
        intent="wrong_contact",
        lang="it",
        client="thunderbird",
        sender=("Franco Ballarini", "f.ballarini@consorzioirriguovalsesia.example"),
        when="2026-12-04 10:40 +0100",
        inv="FH-260408",
        amt="2040.00",
        svc="hedge",
        text="""\
Buongiorno,

da ottobre non mi occupo più della contabilità del Consorzio. Per le fatture dovete scrivere all'ufficio amministrativo: amministrazione@consorzioirriguovalsesia.example.

Saluti
Franco Ballarini""",
        facts=Facts(contact="amministrazione@consorzioirriguovalsesia.example"),
        note="the address ends a sentence: the final full stop is not part of it",
    ),
    Reply(
        key="wc-it-ragioneria",
        intent="wrong_contact",
        lang="it",
        client="outlook",
        charset="iso-8859-1",
        sender=("Geom. Davide Rinaldi", "ufficiotecnico@comune-roccaverde.example"),
        when="2026-12-16 12:15 +0100",
        inv="FH-260443",
        amt="1380.00",
        svc="hedge",
        text="""\
Buongiorno,

questa casella è dell'Ufficio Tecnico, che non si occupa di pagamenti. I solleciti vanno indirizzati alla Ragioneria: ragioneria@comune-roccaverde.example. Ricordo inoltre che le fatture verso la pubblica amministrazione vanno emesse elettronicamente tramite SDI.

Cordiali saluti
Geom. Davide Rinaldi
Ufficio Tecnico – Comune di Roccaverde""",
        facts=Facts(contact="ragioneria@comune-roccaverde.example"),
        note="the redirect drives the action; the general remark about e-invoicing is secondary",
    ),
)

UNSUBSCRIBES: tuple[Reply, ...] = (
    Reply(
        key="us-en-takemeoff",
        intent="unsubscribe",
        lang="en",
        client="iphone",
        sender=("Dave Hutchins", "dave@meadowbankstud.example"),
        when="2026-11-30 16:44 +0000",
        inv="FH-260371",
        amt="690.00",
        svc="hedge",
        text="Take me off your emails.",
        note="one-line stop request",
    ),
    Reply(
        key="us-en-solicitors",
        intent="unsubscribe",
        lang="en",
        client="outlook_html",
        sender=("Robert Calloway", "r.calloway@callowayfarms.example"),
        when="2026-12-07 09:12 +0000",
        inv="FH-260401",
        amt="7420.00",
        svc="harvest",
        text="""\
Dear Sirs,

This matter is now in the hands of our solicitors, Pryce & Hallam LLP, who will be writing to you separately. Please direct any further correspondence about this account to them and do not contact us directly.

Yours faithfully,

Robert Calloway
Director, Calloway Farms Ltd""",
        note="'talk to our solicitors', no address given: unsubscribe",
    ),
    Reply(
        key="us-en-stopdispute",
        intent="unsubscribe",
        lang="en",
        client="gmail",
        sender=("Margaret Daunt", "margaret.daunt@daunthall.example"),
        when="2026-12-15 20:55 +0000",
        inv="FH-260436",
        amt="1280.00",
        svc="hedge",
        text="""\
I have told your office three times now that the hedges at Daunt Hall were left in a shocking state – split stems, branches all over the lane, and the council on to us about it.

Stop sending me these reminders. I will speak to Mr Fieldhouse in person at the market on Saturday and not before.

M. Daunt""",
        note="stop request on top of a dispute: unsubscribe beats everything but bounce",
    ),
    Reply(
        key="us-de-post",
        intent="unsubscribe",
        lang="de",
        client="outlook",
        sender=("Gerhard Maier", "g.maier@maierhof-ebersberg.example"),
        when="2026-11-27 08:40 +0100",
        inv="FH-260380",
        amt="1530.00",
        svc="spray",
        text="""\
Sehr geehrte Damen und Herren,

bitte schicken Sie uns keine E-Mails mehr. Schriftverkehr bitte ausschließlich per Post an unsere Hofadresse, so wie früher auch.

Mit freundlichen Grüßen
Gerhard Maier
Maierhof, Ebersberg""",
        note="post only: unsubscribe",
    ),
    Reply(
        key="us-de-dsgvo",
        intent="unsubscribe",
        lang="de",
        client="thunderbird",
        sender=("Dr. Wolfgang Lehnert", "w.lehnert@gut-lehnert.example"),
        when="2026-12-10 21:35 +0100",
        inv="FH-260428",
        amt="2460.00",
        svc="harvest",
        text="""\
Sehr geehrte Damen und Herren,

hiermit widerspreche ich gemäß Art. 21 DSGVO der weiteren Verwendung meiner E-Mail-Adresse für Zahlungserinnerungen und sonstige Mitteilungen. Bitte löschen Sie die Adresse aus Ihrem Verteiler und bestätigen Sie mir dies schriftlich.

Mit freundlichen Grüßen
Dr. Wolfgang Lehnert""",
        note="a GDPR objection to the use of the e-mail address is a stop request",
    ),
    Reply(
        key="us-fr-courrier",
        intent="unsubscribe",
        lang="fr",
        client="samsung",
        sender=("Bernard Chauvin", "bernard.chauvin@earl-chauvin.example"),
        when="2026-12-03 07:15 +0100",
        inv="FH-260395",
        amt="980.00",
        svc="harvest",
        text="Bonjour, merci de ne plus m'envoyer de mails, je ne les lis pas. Si vous avez quelque chose à me dire, envoyez un courrier à la ferme. B. Chauvin",
        note="post only: unsubscribe",
    ),
    Reply(
        key="us-es-certificada",
        intent="unsubscribe",
        lang="es",
        client="outlook",
        charset="windows-1252",
        sender=("Julián Herrero", "jherrero@herrerohnos.example"),
        when="2026-11-26 13:15 +0100",
        inv="FH-260378",
        amt="2240.00",
        svc="harvest",
        text="""\
Buenas tardes:

Les ruego que no me manden más correos electrónicos. Cualquier comunicación, por carta certificada a la dirección de la explotación.

Atentamente,
Julián Herrero
Herrero Hermanos, C.B.""",
        note="post only: unsubscribe",
    ),
    Reply(
        key="us-es-abogado",
        intent="unsubscribe",
        lang="es",
        client="iphone",
        sender=("Rosa Villanueva", "rosa@fincalosalmendros.example"),
        when="2026-12-11 19:40 +0100",
        inv="FH-260430",
        amt="3680.00",
        svc="grape",
        text="Este asunto ya lo lleva nuestro abogado. Diríjanse a él y no vuelvan a escribirme a este correo.\nRosa Villanueva",
        note="'talk to our lawyer', no address given: unsubscribe",
    ),
    Reply(
        key="us-nl-afmelden",
        intent="unsubscribe",
        lang="nl",
        client="gmail_plain",
        sender=("Kees Vermeulen", "kees@vermeulenfruit.example"),
        when="2026-11-24 22:05 +0100",
        inv="FH-260338",
        amt="650.00",
        svc="spray",
        text="Afmelden graag.",
        note="two-word Dutch 'unsubscribe, please'",
    ),
    Reply(
        key="us-nl-stopmetmails",
        intent="unsubscribe",
        lang="nl",
        client="outlook_ios",
        sender=("Femke Jansen", "femke@jansenvarkens.example"),
        when="2026-12-04 13:30 +0100",
        inv="FH-260414",
        amt="1640.00",
        svc="silage",
        text="Ik betaal volgende week, maar stop alsjeblieft met die mails. Ik krijg er elke twee dagen een en daar wordt het niet sneller van.\n\nFemke",
        note="promise plus stop request: unsubscribe beats the promise, so no promised date",
    ),
    Reply(
        key="us-it-cancellare",
        intent="unsubscribe",
        lang="it",
        client="gmail",
        sender=("Chiara Fontana", "chiara@maneggiofontana.example"),
        when="2026-12-02 16:20 +0100",
        inv="FH-260389",
        amt="445.00",
        svc="hedge",
        text="Buongiorno,\n\nvi chiedo di cancellare il mio indirizzo dalla vostra lista di invio. Non voglio più ricevere comunicazioni via e-mail.\n\nGrazie\nChiara Fontana",
    ),
    Reply(
        key="us-it-legale",
        intent="unsubscribe",
        lang="it",
        client="outlook_html",
        sender=("Vittorio Sala", "v.sala@salavini.example"),
        when="2026-12-17 11:05 +0100",
        inv="FH-260446",
        amt="6180.00",
        svc="grape",
        text="""\
Spett.le Fieldhouse Contracting,

per qualsiasi comunicazione relativa a questa pratica vi preghiamo di rivolgervi esclusivamente al nostro legale, avv. Bertolini del foro di Asti. Non scriveteci più a questo indirizzo.

Distinti saluti
Vittorio Sala
Sala Vini S.r.l.""",
        note="'talk to our lawyer', no address given: unsubscribe",
    ),
)

AUTO_REPLIES: tuple[Reply, ...] = (
    Reply(
        key="ar-en-leave",
        intent="auto_reply",
        lang="en",
        client="oof",
        instant=True,
        sender=("Fiona McLeish", "fiona.mcleish@glenardestate.example"),
        when="2026-12-02 08:31 +0000",
        inv="FH-260386",
        amt="2240.00",
        svc="harvest",
        subject="Automatic reply: {subj}",
        extra=AUTO_REPLIED,
        text="""\
Thank you for your email. I am on annual leave, returning on Wednesday 9 December. Your message will not be forwarded.

For urgent estate matters please contact the estate office on 01887 000 220.

Fiona McLeish
Factor, Glenard Estate""",
        facts=Facts(back="2026-12-09"),
    ),
    Reply(
        key="ar-en-ticket",
        intent="auto_reply",
        lang="en",
        client="notice",
        instant=True,
        sender=("Thornfield Farms Finance", "finance.help@thornfieldfarms.example"),
        when="2026-11-26 08:32 +0000",
        inv="FH-260370",
        amt="1590.00",
        svc="spray",
        subject="[Ticket #48213] {subj}",
        extra=(
            ("Auto-Submitted", "auto-replied"),
            ("Precedence", "bulk"),
            ("X-Mailer", "HelpDesk Mailer"),
        ),
        text="""\
Hello,

Thanks for contacting Thornfield Farms Finance. This is an automatic confirmation that we've received your message and logged it as ticket #48213.

A member of the finance team will pick it up in turn. Please keep the ticket number in the subject line if you write to us again about this.

Thornfield Farms Finance Helpdesk""",
        note="ticket acknowledgement, no return date",
    ),
    Reply(
        key="ar-en-closed",
        intent="auto_reply",
        lang="en",
        client="notice",
        instant=True,
        sender=("Hillcrest Farm Office", "office@hillcrestfarm.example"),
        when="2026-12-17 08:32 +0000",
        inv="FH-260444",
        amt="870.00",
        svc="hedge",
        subject="Farm office closed – {subj}",
        text="""\
Thanks for your message.

The farm office is now closed for the Christmas break and reopens on Monday 4 January 2027. Emails are not being checked while we are closed.

If it's about livestock or an emergency on the farm, ring Phil on 07700 900418.

Hillcrest Farm""",
        facts=Facts(back="2027-01-04"),
        note="autoresponder without Auto-Submitted; the reopening day is the return date",
    ),
    Reply(
        key="ar-de-urlaub",
        intent="auto_reply",
        lang="de",
        client="oof",
        instant=True,
        sender=("Christine Haas", "c.haas@weingut-haas-pfalz.example"),
        when="2026-12-07 09:31 +0100",
        inv="FH-260404",
        amt="1870.00",
        svc="grape",
        subject="Automatische Antwort: {subj}",
        extra=AUTO_REPLIED,
        text="""\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 11. Dezember, im Urlaub und habe keinen Zugriff auf meine E-Mails. Ab Montag, dem 14. Dezember, bin ich wieder im Büro.

In dringenden Fällen wenden Sie sich bitte an unser Büro unter 06322 000 418.

Mit freundlichen Grüßen
Christine Haas
Weingut Haas""",
        facts=Facts(back="2026-12-14"),
        note="the stated day back wins over 'bis einschließlich'",
    ),
    Reply(
        key="ar-de-eingang",
        intent="auto_reply",
        lang="de",
        client="notice",
        instant=True,
        charset="iso-8859-1",
        sender=("Maschinenring Oberland e.V.", "verwaltung@mr-oberland.example"),
        when="2026-11-23 09:32 +0100",
        inv="FH-260330",
        amt="2480.00",
        svc="silage",
        subject="Eingangsbestätigung / Acknowledgement of receipt",
        extra=(("X-Autoreply", "yes"), ("Precedence", "auto_reply")),
        text="""\
Guten Tag,

vielen Dank für Ihre E-Mail. Ihre Nachricht ist bei uns eingegangen und wird in der Regel innerhalb von fünf Werktagen bearbeitet. Bitte sehen Sie von Rückfragen zum Bearbeitungsstand ab.

Maschinenring Oberland e.V. - Verwaltung

---

Thank you for your e-mail. Your message has been received and will usually be dealt with within five working days.

Maschinenring Oberland e.V. - Administration""",
        note="bilingual acknowledgement, German first; no Auto-Submitted, only X-Autoreply and Precedence; 'within five working days' is no return date",
    ),
    Reply(
        key="ar-fr-retour",
        intent="auto_reply",
        lang="fr",
        client="oof",
        instant=True,
        sender=("Hélène Marchand", "h.marchand@chateaubellerive.example"),
        when="2026-12-01 09:32 +0100",
        inv="FH-260365",
        amt="2680.00",
        svc="grape",
        subject="Réponse automatique : {subj}",
        extra=AUTO_REPLIED,
        text="""\
Bonjour,

Je suis absente du bureau et serai de retour le mardi 8 décembre. Pendant mon absence, mes messages ne sont pas transférés.

Pour toute urgence, vous pouvez contacter le secrétariat du château au 05 57 00 41 80.

Hélène Marchand
Comptabilité – Château Bellerive""",
        facts=Facts(back="2026-12-08"),
    ),
    Reply(
        key="ar-fr-deplacement",
        intent="auto_reply",
        lang="fr",
        client="notice",
        instant=True,
        charset="iso-8859-1",
        sender=("Laurent Fabre", "laurent.fabre@scea-fabre.example"),
        when="2026-11-27 09:31 +0100",
        inv="FH-260346",
        amt="1725.00",
        svc="harvest",
        subject="Absence : {subj}",
        extra=(("Auto-Submitted", "auto-replied"),),
        text="""\
Bonjour,

Je suis en déplacement jusqu'au mercredi 2 décembre, avec un accès très limité à ma messagerie. Je traiterai votre message à mon retour.

Cordialement,
Laurent Fabre""",
        facts=Facts(back="2026-12-02"),
        note="'jusqu'au X' gives X itself (date policy)",
    ),
    Reply(
        key="ar-es-puente",
        intent="auto_reply",
        lang="es",
        client="oof",
        instant=True,
        sender=("Nuria Soler", "nsoler@hortalizassoler.example"),
        when="2026-12-04 09:31 +0100",
        inv="FH-260406",
        amt="1340.00",
        svc="spray",
        subject="Respuesta automática: {subj}",
        extra=AUTO_REPLIED,
        text="""\
Buenos días:

Del 4 al 9 de diciembre estaré fuera de la oficina aprovechando el puente. Me reincorporaré el jueves 10 de diciembre.

Para asuntos urgentes pueden llamar al 965 00 41 22.

Un saludo,
Nuria Soler
Administración – Hortalizas Soler""",
        facts=Facts(back="2026-12-10"),
    ),
    Reply(
        key="ar-nl-afwezig",
        intent="auto_reply",
        lang="nl",
        client="oof",
        instant=True,
        sender=("Jolanda Mulder", "j.mulder@mulderakkerbouw.example"),
        when="2026-11-24 09:31 +0100",
        inv="FH-260335",
        amt="2050.00",
        svc="harvest",
        subject="Automatisch antwoord: {subj}",
        extra=AUTO_REPLIED,
        text="""\
Beste afzender,

Ik ben afwezig tot en met vrijdag 27 november. Vanaf maandag 30 november ben ik weer bereikbaar en beantwoord ik uw bericht zo snel mogelijk.

Met vriendelijke groet,
Jolanda Mulder""",
        facts=Facts(back="2026-11-30"),
        note="the day back wins over 'tot en met'",
    ),
    Reply(
        key="ar-nl-ticket",
        intent="auto_reply",
        lang="nl",
        client="notice",
        instant=True,
        sender=("Zuivelcoöperatie Noordhorn", "service@zcnoordhorn.example"),
        when="2026-12-14 09:31 +0100",
        inv="FH-260435",
        amt="960.00",
        svc="silage",
        subject="Uw bericht is ontvangen [#2026-11873]",
        extra=(("Auto-Submitted", "auto-replied"),),
        text="""\
Geachte heer/mevrouw,

Bedankt voor uw e-mail. Wij hebben uw bericht ontvangen en geregistreerd onder nummer 2026-11873. U krijgt binnen drie werkdagen een inhoudelijke reactie.

Vermeld dit nummer bij verdere correspondentie.

Met vriendelijke groet,
Team Administratie
Zuivelcoöperatie Noordhorn""",
        note="ticket acknowledgement, no return date",
    ),
    Reply(
        key="ar-it-fuoriufficio",
        intent="auto_reply",
        lang="it",
        client="oof",
        instant=True,
        sender=("Alberto Negri", "a.negri@riserianegri.example"),
        when="2026-12-09 09:31 +0100",
        inv="FH-260422",
        amt="3380.00",
        svc="harvest",
        subject="Risposta automatica: {subj}",
        extra=AUTO_REPLIED,
        text="""\
Buongiorno,

sono fuori ufficio fino a venerdì 11 dicembre, con accesso limitato alla posta elettronica. Per urgenze potete contattare la segreteria allo 0161 000 418.

Cordiali saluti
Alberto Negri
Riseria Negri""",
        facts=Facts(back="2026-12-11"),
        note="'fino a X' gives X itself (date policy)",
    ),
    Reply(
        key="ar-it-potatura",
        intent="auto_reply",
        lang="it",
        client="notice",
        instant=True,
        sender=("Cantina Poggio Alto", "info@cantinapoggioalto.example"),
        when="2026-12-16 09:33 +0100",
        inv="FH-260442",
        amt="1290.00",
        svc="grape",
        subject="Risposta automatica – Cantina Poggio Alto",
        text="""\
Grazie per averci scritto.

In questo periodo siamo impegnati con la potatura in vigna e rispondiamo alle e-mail con qualche giorno di ritardo. Vi ricontatteremo al più presto.

Cantina Poggio Alto""",
        note="autoresponder without Auto-Submitted and without a date",
    ),
)

OTHERS: tuple[Reply, ...] = (
    Reply(
        key="ot-en-outofoffice",
        intent="other",
        lang="en",
        client="gmail",
        sender=("Ed Winterton", "ed@wintertonfarms.example"),
        when="2026-12-10 17:48 +0000",
        inv="FH-260425",
        amt="960.00",
        svc="hedge",
        subject="Out of office next week",
        text="""\
Hi,

I'm out of the office all next week for my daughter's wedding, so before I go – is your man still coming to cut the hedges round the Glebe field on the 12th? The sheep come off that field on Friday, so any time after that is fine.

Ed Winterton""",
        note="a person wrote this and chose the subject 'Out of office'; a booking question, nothing about the invoice",
    ),
    Reply(
        key="ot-en-didntwepay",
        intent="other",
        lang="en",
        client="samsung",
        sender=("Karen Ashby", "karen.ashby@ashbyfarms.example"),
        when="2026-11-23 20:10 +0000",
        inv="FH-260331",
        amt="1845.00",
        svc="harvest",
        text="didn't we pay this already?? thought it went with all the harvest invoices in October. can you check\nKaren",
        note="asks whether it was paid, claims nothing; a person checks the ledger and answers",
    ),
    Reply(
        key="ot-en-christmas",
        intent="other",
        lang="en",
        client="outlook",
        sender=("Sarah Whitlock", "sarah@whitlockfarm.example"),
        when="2026-12-18 15:30 +0000",
        inv="FH-260447",
        amt="740.00",
        svc="hedge",
        text="""\
Hello all,

Happy Christmas to everyone at Fieldhouse! Quick question while I think of it – are you doing the parish verges again next year? The parish council meets on 14 January and I'd like to put your name forward before anyone else's.

Best,
Sarah""",
        note="seasonal greeting and a question about next year's work; nothing about the invoice",
    ),
    Reply(
        key="ot-de-krankenhaus",
        intent="other",
        lang="de",
        client="gmail",
        sender=("Renate Kowalski", "renate@kowalski-hof.example"),
        when="2026-11-25 19:02 +0100",
        inv="FH-260354",
        amt="2175.00",
        svc="silage",
        text="""\
Guten Abend,

die Rechnung ist angekommen. Mein Mann liegt seit zwei Wochen im Krankenhaus, er macht bei uns die ganzen Überweisungen und ich kenne mich damit nicht aus. Ich melde mich, sobald er wieder zu Hause ist.

Viele Grüße
Renate Kowalski""",
        note="no commitment, no date and no request for a plan: a person should read it",
    ),
    Reply(
        key="ot-de-anrufen",
        intent="other",
        lang="de",
        client="iphone",
        sender=("Hubert Brandl", "hubert.brandl@brandl-forst.example"),
        when="2026-12-14 06:40 +0100",
        inv="FH-260439",
        amt="1720.00",
        svc="hedge",
        text="Rufen Sie mich bitte an, 0171 0000418. Ich schreib nicht gern E-Mails.\nH. Brandl",
        note="asks for a phone call",
    ),
    Reply(
        key="ot-fr-reunion",
        intent="other",
        lang="fr",
        client="gmail_plain",
        sender=("Patrick Guillot", "p.guillot@cuma-laforet.example"),
        when="2026-12-07 18:22 +0100",
        inv="FH-260403",
        amt="2890.00",
        svc="harvest",
        text="Reçu. On en parle à la réunion du bureau de la CUMA jeudi et je reviens vers vous.\n\nP. Guillot",
        note="acknowledgement; 'je reviens vers vous' after a meeting is no promise to pay",
    ),
    Reply(
        key="ot-fr-haies",
        intent="other",
        lang="fr",
        client="roundcube",
        sender=("Yves Renaud", "yves@domaine-renaud.example"),
        when="2026-11-24 12:05 +0100",
        inv="FH-260349",
        amt="680.00",
        svc="hedge",
        text="""\
Bonjour,

Est-ce que vos équipes peuvent passer tailler les haies du chemin des Vignes avant Noël ? Les feuilles sont tombées, c'est le bon moment.

Merci,
Yves Renaud""",
        note="booking request in the reminder thread",
    ),
    Reply(
        key="ot-es-fallecido",
        intent="other",
        lang="es",
        client="gmail",
        sender=("Lucía Serrano", "lucia.serrano@fincaserrano.example"),
        when="2026-12-03 11:40 +0100",
        inv="FH-260397",
        amt="2310.00",
        svc="harvest",
        text="""\
Buenos días:

Les escribo porque mi padre, Manuel Serrano, que era quien llevaba la finca y todos los papeles, falleció el pasado día 20. Ahora mismo estamos mi hermano y yo intentando ponernos al día con todo y todavía no sé ni qué facturas hay pendientes.

Solo quería que lo supieran.

Lucía Serrano""",
        note="bereavement notice: no request and no commitment; a person must read it",
    ),
    Reply(
        key="ot-es-yapagado",
        intent="other",
        lang="es",
        client="iphone",
        sender=("Ignacio Ferrer", "ignacio@ferreragricola.example"),
        when="2026-12-12 10:20 +0100",
        inv="FH-260432",
        amt="1230.00",
        svc="spray",
        text="¿Esto no estaba ya pagado? Creía que iba con lo de la vendimia. ¿Lo pueden mirar?\nIgnacio",
        note="a question whether it was paid, not a payment claim",
    ),
    Reply(
        key="ot-nl-vanavond",
        intent="other",
        lang="nl",
        client="apple",
        sender=("Erik Dijkstra", "erik@dijkstramelkvee.example"),
        when="2026-11-30 13:05 +0100",
        inv="FH-260357",
        amt="1575.00",
        svc="silage",
        text="Ontvangen, ik kijk er vanavond naar.\n\nErik",
        note="acknowledgement; looking at it tonight is no promise to pay",
    ),
    Reply(
        key="ot-nl-sloten",
        intent="other",
        lang="nl",
        client="gmail",
        sender=("Annelies Kok", "annelies@kokgeitenhouderij.example"),
        when="2026-12-16 14:50 +0100",
        inv="FH-260448",
        amt="520.00",
        svc="hedge",
        text="""\
Hallo,

Even iets anders: kunnen jullie in januari nog de slootkanten bij ons maaien, of zit de planning al vol? Het gaat om ongeveer 3 km.

Groet,
Annelies Kok
Geitenhouderij Kok""",
        note="question about booking more work",
    ),
    Reply(
        key="ot-it-fratello",
        intent="other",
        lang="it",
        client="samsung",
        sender=("Marco Pellegrini", "marco.pellegrini@pellegriniagricola.example"),
        when="2026-11-26 20:30 +0100",
        inv="FH-260382",
        amt="1960.00",
        svc="harvest",
        text="Ricevuto. Ne parlo con mio fratello che tiene i conti e vi facciamo sapere.\nMarco",
        note="acknowledgement; the brother is named without an address, so not wrong_contact",
    ),
)

REPLIES: tuple[Reply, ...] = (
    PAYMENT_SENT
    + PROMISES
    + DISPUTES
    + PLANS
    + INVOICE_REQUESTS
    + WRONG_CONTACTS
    + UNSUBSCRIBES
    + AUTO_REPLIES
    + OTHERS
)


# --------------------------------------------------------------------------------------------
# Bounces: the delivery-status skeleton is generated, every human-readable part is written out
# --------------------------------------------------------------------------------------------

BOUNCES: tuple[Bounce, ...] = (
    Bounce(
        key="bn-en-postfix",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="accounts@wealdside-farms.example",
        sent="2026-11-23 08:30 +0000",
        when="2026-11-23 08:31 +0000",
        inv="FH-260328",
        amt="1460.00",
        svc="harvest",
        mta="postfix",
        note="Postfix RFC 3464 report with the returned headers",
    ),
    Bounce(
        key="bn-en-sendmail",
        lang="en",
        kind="soft",
        status="4.4.1",
        rcpt="office@fenwickgrange.example",
        sent="2026-12-01 08:30 +0000",
        when="2026-12-01 12:34 +0000",
        inv="FH-260387",
        amt="935.00",
        svc="hedge",
        mta="sendmail",
        note="sendmail four-hour delay warning (Action: delayed)",
    ),
    Bounce(
        key="bn-en-exim",
        lang="en",
        kind="hard",
        status="5.2.1",
        rcpt="farmoffice@cressbrookdairy.example",
        sent="2026-12-08 08:30 +0000",
        when="2026-12-08 08:31 +0000",
        inv="FH-260423",
        amt="2715.00",
        svc="silage",
        mta="exim",
        note="Exim plain-text bounce with X-Failed-Recipients; account closed",
    ),
    Bounce(
        key="bn-de-o365",
        lang="de",
        kind="hard",
        status="5.1.10",
        rcpt="buero@landwirtschaft-osterkamp.example",
        sent="2026-11-25 08:30 +0000",
        when="2026-11-25 09:31 +0100",
        inv="FH-260360",
        amt="3125.00",
        svc="harvest",
        mta="o365_de",
        note="Office 365 'Unzustellbar' with the returned message",
    ),
    Bounce(
        key="bn-de-gateway",
        lang="de",
        kind="soft",
        status="4.7.1",
        rcpt="verwaltung@gut-riedlingen.example",
        sent="2026-11-30 08:30 +0000",
        when="2026-11-30 15:30 +0100",
        inv="FH-260353",
        amt="1980.00",
        svc="spray",
        mta="gateway_de",
        note="security gateway's plain-text delay notice in German (greylisting)",
    ),
    Bounce(
        key="bn-fr-o365",
        lang="fr",
        kind="hard",
        status="5.4.1",
        rcpt="gestion@earl-vignaud.example",
        sent="2026-12-03 08:30 +0000",
        when="2026-12-03 09:31 +0100",
        inv="FH-260396",
        amt="1545.00",
        svc="grape",
        mta="o365_fr",
        note="Office 365 'Non remis', access denied",
    ),
    Bounce(
        key="bn-fr-isp",
        lang="fr",
        kind="soft",
        status="4.2.2",
        rcpt="secretariat@cuma-sixfours.example",
        sent="2026-12-10 08:30 +0000",
        when="2026-12-10 13:30 +0100",
        inv="FH-260417",
        amt="2320.00",
        svc="harvest",
        mta="isp_fr",
        note="French provider's delay notice, mailbox full with a 4.x.x code",
    ),
    Bounce(
        key="bn-es-gmail",
        lang="es",
        kind="hard",
        status="5.1.1",
        rcpt="fincaelromeral.admin@gmail.com",
        sent="2026-11-26 08:30 +0000",
        when="2026-11-26 09:31 +0100",
        inv="FH-260363",
        amt="1170.00",
        svc="spray",
        mta="gmail_es",
        note="Gmail DSN in Spanish",
    ),
    Bounce(
        key="bn-es-exchange",
        lang="es",
        kind="soft",
        status="4.4.7",
        rcpt="pagos@agroindustriasvela.example",
        sent="2026-12-14 08:30 +0000",
        when="2026-12-14 17:31 +0100",
        inv="FH-260449",
        amt="4210.00",
        svc="harvest",
        mta="exchange_es",
        note="Exchange 'Retrasado' delay report",
    ),
    Bounce(
        key="bn-nl-isp",
        lang="nl",
        kind="soft",
        status="4.4.3",
        rcpt="boekhouding@fruitteeltdevries.example",
        sent="2026-12-07 08:30 +0000",
        when="2026-12-07 13:30 +0100",
        inv="FH-260450",
        amt="860.00",
        svc="spray",
        mta="isp_nl",
        note="Dutch provider's plain-text delay notice (temporary DNS failure), base64",
    ),
    Bounce(
        key="bn-it-qmail",
        lang="it",
        kind="hard",
        status="5.1.1",
        rcpt="fatture@cantinaborgorosso.example",
        sent="2026-11-30 08:30 +0000",
        when="2026-11-30 09:31 +0100",
        inv="FH-260334",
        amt="2890.00",
        svc="grape",
        mta="qmail_it",
        note="localised qmail-send failure notice, message inline, ISO-8859-1",
    ),
    Bounce(
        key="bn-it-delay",
        lang="it",
        kind="soft",
        status="4.4.1",
        rcpt="ufficio@agricolavalletrebbia.example",
        sent="2026-12-16 08:30 +0000",
        when="2026-12-16 12:30 +0100",
        inv="FH-260451",
        amt="1410.00",
        svc="hedge",
        mta="isp_it",
        note="Italian provider's delay report (connection timed out)",
    ),
)


def bounce_reminder(b: Bounce) -> Reminder:
    lang = b.reminder_lang
    return make_reminder(
        key=b.key,
        lang=lang,
        inv=b.inv,
        amt=b.amt,
        currency="GBP" if lang == "en" else "EUR",
        svc=b.svc,
        to_addr=b.rcpt,
        sent=b.sent_dt,
    )


def bounce_headers(
    b: Bounce, *, sender: str, subject: str, host: str, extra: Headers = ()
) -> Headers:
    return (
        ("From", sender),
        ("To", AR_ADDR),
        ("Subject", encoded_words(subject)),
        ("Date", format_datetime(b.dt)),
        ("Message-ID", f"<{hexid(b.key, 'bounce', 24)}@{host}>"),
        *extra,
    )


def delivery_status(
    b: Bounce, *, mta: str, action: str, diagnostic: str, remote: str = "", more: Headers = ()
) -> Leaf:
    lines = [f"Reporting-MTA: dns; {mta}", f"Arrival-Date: {format_datetime(b.sent_dt)}", ""]
    lines += [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
    ]
    if remote:
        lines.append(f"Remote-MTA: dns; {remote}")
    lines.append(f"Diagnostic-Code: smtp; {diagnostic}")
    lines += [f"{name}: {value}" for name, value in more]
    return Leaf("message/delivery-status", ("\n".join(lines) + "\n").encode(), "")


def returned_headers(b: Bounce) -> Leaf:
    whole = reminder_bytes(bounce_reminder(b))
    return Leaf(
        "text/rfc822-headers", whole.split(b"\n\n", 1)[0] + b"\n", "7bit", '; charset="us-ascii"'
    )


def returned_message(b: Bounce) -> Leaf:
    return Leaf("message/rfc822", reminder_bytes(bounce_reminder(b)), "7bit")


def report(b: Bounce, parts: Sequence[Part]) -> Multi:
    return Multi(
        "report",
        boundary(key=b.key, family="report", salt="report"),
        tuple(parts),
        " report-type=delivery-status;",
    )


def plain(text: str, *, charset: str = "us-ascii", cte: str = "7bit", extra: Headers = ()) -> Leaf:
    return Leaf("text/plain", to_charset(text, charset), cte, f'; charset="{charset}"', extra)


def with_html(b: Bounce, text: str, *, family: str = "exchange", charset: str = "utf-8") -> Multi:
    markup = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body style="font-family:Segoe UI,Arial,sans-serif">{html_lines(text)}</body></html>'
    return Multi(
        "alternative",
        boundary(key=b.key, family=family, salt="human"),
        (
            plain(text, charset=charset, cte="quoted-printable"),
            Leaf(
                "text/html",
                to_charset(markup, charset),
                "quoted-printable",
                f'; charset="{charset}"',
            ),
        ),
    )


def bounce_postfix(b: Bounce) -> tuple[Headers, Part]:
    host = "mx1.fieldhouse-contracting.example"
    text = f"""\
This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{b.rcpt}>: host mx.wealdside-farms.example[192.0.2.41] said:
    550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)"""
    dsn = delivery_status(
        b,
        mta=host,
        action="failed",
        remote="mx.wealdside-farms.example",
        diagnostic=f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in virtual mailbox table",
    )
    parts = (
        plain(text, extra=(("Content-Description", "Notification"),)),
        dsn,
        returned_headers(b),
    )
    headers = bounce_headers(
        b,
        sender=f"Mail Delivery System <MAILER-DAEMON@{host}>",
        subject="Undelivered Mail Returned to Sender",
        host=host,
        extra=(("Auto-Submitted", "auto-replied"),),
    )
    return headers, report(b, parts)


def bounce_sendmail(b: Bounce) -> tuple[Headers, Part]:
    host = "relay2.fieldhouse-contracting.example"
    text = f"""\
    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at {format_datetime(b.sent_dt)}
from ar.fieldhouse-contracting.example [198.51.100.7]

   ----- Transcript of session follows -----
<{b.rcpt}>... Deferred: Connection timed out with mx.fenwickgrange.example.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old"""
    dsn = delivery_status(
        b,
        mta=host,
        action="delayed",
        remote="mx.fenwickgrange.example",
        diagnostic="451 4.4.1 reply: read error from mx.fenwickgrange.example.",
        more=(("Will-Retry-Until", format_datetime(b.sent_dt + timedelta(days=5))),),
    )
    headers = bounce_headers(
        b,
        sender=f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>",
        subject="Warning: could not send message for past 4 hours",
        host=host,
        extra=(("Auto-Submitted", "auto-generated (warning-timeout)"),),
    )
    return headers, report(b, (plain(text), dsn, returned_headers(b)))


def bounce_exim(b: Bounce) -> tuple[Headers, Part]:
    host = "mail.fieldhouse-contracting.example"
    original = reminder_bytes(bounce_reminder(b)).decode("ascii")
    text = f"""\
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {b.rcpt}
    host mx1.cressbrookdairy.example [198.51.100.23]
    SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:
    550 5.2.1 <{b.rcpt}>: mailbox disabled, account closed

------ This is a copy of the message, including all the headers. ------

{original}"""
    extra = (("X-Failed-Recipients", b.rcpt), ("Auto-Submitted", "auto-replied"))
    headers = bounce_headers(
        b,
        sender=f"Mail Delivery System <Mailer-Daemon@{host}>",
        subject="Mail delivery failed: returning message to sender",
        host=host,
        extra=extra,
    )
    return headers, plain(text)


EXCHANGE_FROM = f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{AR_DOMAIN}>"


def bounce_o365_de(b: Bounce) -> tuple[Headers, Part]:
    server = "FR4P281MB0418.DEUP281.PROD.OUTLOOK.example"
    text = f"""\
Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.

Die E-Mail-Adresse wurde in der Organisation des Empfängers nicht gefunden.

So beheben Sie das Problem
Möglicherweise ist die Adresse falsch geschrieben oder existiert nicht mehr. Prüfen Sie die Adresse des Empfängers und senden Sie die Nachricht erneut. Erhalten Sie diese Meldung weiterhin, erkundigen Sie sich auf anderem Weg nach der richtigen Adresse.

Weitere Informationen für E-Mail-Administratoren
Statuscode: 550 5.1.10
Diese Meldung wurde vom Server {server} generiert.

Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup' zurückgegeben."""
    dsn = delivery_status(
        b,
        mta=server,
        action="failed",
        diagnostic=f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup",
    )
    headers = bounce_headers(
        b,
        sender=EXCHANGE_FROM,
        subject=f"Unzustellbar: {bounce_reminder(b).subject}",
        host=server,
        extra=(("Auto-Submitted", "auto-replied"), ("Content-Language", "de-DE")),
    )
    return headers, report(b, (with_html(b, text), dsn, returned_message(b)))


def bounce_gateway_de(b: Bounce) -> tuple[Headers, Part]:
    rem = bounce_reminder(b)
    text = f"""\
Dies ist eine automatisch erzeugte Benachrichtigung des Mailschutz-Gateways.

Ihre Nachricht an
    {b.rcpt}
konnte seit mehreren Stunden nicht zugestellt werden. Der empfangende Server hat die Annahme vorübergehend abgelehnt:

    451 4.7.1 Greylisting in effect, please come back later

Das Gateway versucht die Zustellung automatisch erneut, längstens bis {fmt_date("{dd}.{mo}.{y}", lang="de", dt=b.sent_dt + timedelta(days=4))}. Sie müssen die Nachricht nicht erneut senden. Schlägt die Zustellung endgültig fehl, erhalten Sie eine weitere Nachricht.

Betreff:   {rem.subject}
Gesendet:  {fmt_date("{dd}.{mo}.{y} {HH}:{mm}", lang="de", dt=b.sent_dt.astimezone(b.dt.tzinfo))}

--
Mailschutz-Gateway · Fieldhouse Contracting GmbH"""
    host = "mailsecure.fieldhouse-contracting.example"
    headers = bounce_headers(
        b,
        sender=f"Mailschutz-Gateway <gateway-noreply@{host}>",
        subject=f"Zustellverzögerung: {rem.subject}",
        host=host,
        extra=(("Auto-Submitted", "auto-generated"),),
    )
    return headers, plain(text, charset="utf-8", cte="quoted-printable")


def bounce_o365_fr(b: Bounce) -> tuple[Headers, Part]:
    server = "PR3P192MB0941.EURP192.PROD.OUTLOOK.example"
    text = f"""\
Votre message à {b.rcpt} n'a pas pu être remis.

Le serveur de messagerie du destinataire a refusé votre message : accès refusé.

Comment résoudre ce problème
Il est possible que le destinataire n'accepte pas les messages provenant de l'extérieur de son organisation. Vérifiez l'adresse et, si le problème persiste, contactez le destinataire par un autre moyen.

Informations pour les administrateurs de messagerie
Code d'état : 550 5.4.1
Message généré par le serveur {server}.

Le serveur distant a renvoyé « 550 5.4.1 Recipient address rejected: Access denied. »"""
    dsn = delivery_status(
        b,
        mta=server,
        action="failed",
        remote="mx.earl-vignaud.example",
        diagnostic="550 5.4.1 Recipient address rejected: Access denied.",
    )
    headers = bounce_headers(
        b,
        sender=EXCHANGE_FROM,
        subject=f"Non remis : {bounce_reminder(b).subject}",
        host=server,
        extra=(("Auto-Submitted", "auto-replied"), ("Content-Language", "fr-FR")),
    )
    return headers, report(b, (with_html(b, text), dsn, returned_headers(b)))


def bounce_isp_fr(b: Bounce) -> tuple[Headers, Part]:
    host = "smtp-out.fai-exemple.example"
    text = f"""\
Bonjour,

Ceci est un message automatique du service de messagerie.

Votre message n'a pas encore pu être remis au destinataire suivant :

    {b.rcpt}

Motif : la boîte aux lettres du destinataire est pleine (452 4.2.2 Mailbox full).

Nous essaierons de le remettre à nouveau pendant 72 heures. Si le problème persiste, vous recevrez un avis de non-remise définitif. Il est inutile de renvoyer votre message.

Le service de messagerie"""
    dsn = delivery_status(
        b,
        mta=host,
        action="delayed",
        remote="mx.cuma-sixfours.example",
        diagnostic="452 4.2.2 Mailbox full",
    )
    human = plain(text, charset="iso-8859-1", cte="quoted-printable")
    headers = bounce_headers(
        b,
        sender=f"Service de messagerie <mailer-daemon@{host}>",
        subject=f"Avis de retard de remise : {bounce_reminder(b).subject}",
        host=host,
        extra=(("Auto-Submitted", "auto-replied"),),
    )
    return headers, report(b, (human, dsn, returned_headers(b)))


def bounce_gmail_es(b: Bounce) -> tuple[Headers, Part]:
    text = f"""\
No se ha encontrado la dirección

No se ha entregado tu mensaje a {b.rcpt} porque no se ha encontrado la dirección o no puede recibir correo.

La respuesta fue:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser"""
    dsn = delivery_status(
        b,
        mta="googlemail.com",
        action="failed",
        remote="gmail-smtp-in.l.google.com",
        diagnostic="550-5.1.1 The email account that you tried to reach does not exist.",
        more=(("Last-Attempt-Date", format_datetime(b.dt)),),
    )
    extra = (("X-Failed-Recipients", b.rcpt), ("Auto-Submitted", "auto-replied"))
    headers = bounce_headers(
        b,
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Failure)",
        host="mx.google.com",
        extra=extra,
    )
    return headers, report(b, (with_html(b, text, family="gmail"), dsn, returned_message(b)))


def bounce_exchange_es(b: Bounce) -> tuple[Headers, Part]:
    server = "MAD1P190MB0233.EURP190.PROD.OUTLOOK.example"
    until = fmt_date(
        "{dd}/{mo}/{y} {H}:{mm}",
        lang="es",
        dt=(b.sent_dt + timedelta(days=2)).astimezone(b.dt.tzinfo),
    )
    text = f"""\
La entrega de su mensaje se ha retrasado.

Aún no se ha podido entregar el mensaje a estos destinatarios:

{b.rcpt}

El sistema seguirá intentando entregarlo hasta el {until}. Si no lo consigue, recibirá una notificación de error. No es necesario que vuelva a enviar el mensaje.

Información de diagnóstico para administradores:

Servidor generador: {server}
{b.rcpt}
Servidor remoto: 451 4.4.7 Message delayed"""
    dsn = delivery_status(
        b,
        mta=server,
        action="delayed",
        diagnostic="451 4.4.7 Message delayed",
        more=(("Will-Retry-Until", format_datetime(b.sent_dt + timedelta(days=2))),),
    )
    headers = bounce_headers(
        b,
        sender=EXCHANGE_FROM,
        subject=f"Retrasado: {bounce_reminder(b).subject}",
        host=server,
        extra=(("Auto-Submitted", "auto-replied"), ("Content-Language", "es-ES")),
    )
    return headers, report(b, (with_html(b, text), dsn, returned_headers(b)))


def bounce_isp_nl(b: Bounce) -> tuple[Headers, Part]:
    host = "smtp.provider-nl.example"
    text = f"""\
Dit is een automatisch bericht van het mailsysteem.

Uw bericht aan {b.rcpt} kon nog niet worden afgeleverd. De mailserver van de ontvanger was tijdelijk niet te vinden (DNS-fout).

Onderwerp: {bounce_reminder(b).subject}
Status: 4.4.3 (tijdelijke fout)

Wij blijven nog vier dagen proberen het bericht af te leveren. U hoeft niets te doen; als de aflevering definitief mislukt, ontvangt u een nieuw bericht."""
    headers = bounce_headers(
        b,
        sender=f"Mailsysteem <mailer-daemon@{host}>",
        subject=f"Vertraagde aflevering: {bounce_reminder(b).subject}",
        host=host,
        extra=(("Auto-Submitted", "auto-replied"),),
    )
    return headers, plain(text, charset="utf-8", cte="base64")


def bounce_qmail_it(b: Bounce) -> tuple[Headers, Part]:
    host = "posta.fieldhouse-contracting.example"
    original = reminder_bytes(bounce_reminder(b)).decode("ascii")
    text = f"""\
Ciao, sono il programma qmail-send su {host}.
Mi dispiace, ma non è stato possibile consegnare il tuo messaggio ai seguenti indirizzi.
Si tratta di un errore permanente; ho rinunciato.

<{b.rcpt}>:
198.51.100.61 non accetta posta per questo utente:
550 5.1.1 destinatario sconosciuto (#5.1.1)

--- Segue una copia del messaggio.

{original}"""
    headers = bounce_headers(b, sender=f"MAILER-DAEMON@{host}", subject="failure notice", host=host)
    return headers, plain(text, charset="iso-8859-1", cte="8bit")


def bounce_isp_it(b: Bounce) -> tuple[Headers, Part]:
    host = "smtp.provider-it.example"
    text = f"""\
Questo è un messaggio generato automaticamente dal sistema di posta.

Il messaggio inviato a {b.rcpt} non è ancora stato consegnato.

Motivo: il server del destinatario non risponde (connessione scaduta).
Codice: 4.4.1

Il sistema continuerà a tentare la consegna per 5 giorni. Non è necessario inviare di nuovo il messaggio."""
    dsn = delivery_status(
        b,
        mta=host,
        action="delayed",
        remote="mx.agricolavalletrebbia.example",
        diagnostic="421 4.4.1 Connection timed out",
    )
    headers = bounce_headers(
        b,
        sender=f"Sistema di posta <postmaster@{host}>",
        subject=f"Avviso di ritardo nella consegna: {bounce_reminder(b).subject}",
        host=host,
        extra=(("Auto-Submitted", "auto-replied"),),
    )
    return headers, report(
        b, (plain(text, charset="utf-8", cte="quoted-printable"), dsn, returned_headers(b))
    )


BOUNCE_BUILDERS: dict[str, Callable[[Bounce], tuple[Headers, Part]]] = {
    "postfix": bounce_postfix,
    "sendmail": bounce_sendmail,
    "exim": bounce_exim,
    "o365_de": bounce_o365_de,
    "gateway_de": bounce_gateway_de,
    "o365_fr": bounce_o365_fr,
    "isp_fr": bounce_isp_fr,
    "gmail_es": bounce_gmail_es,
    "exchange_es": bounce_exchange_es,
    "isp_nl": bounce_isp_nl,
    "qmail_it": bounce_qmail_it,
    "isp_it": bounce_isp_it,
}


def build_bounce(b: Bounce) -> bytes:
    headers, body = BOUNCE_BUILDERS[b.mta](b)
    return render_message(headers, body)


# --------------------------------------------------------------------------------------------
# Labels and checks
# --------------------------------------------------------------------------------------------

Item = Reply | Bounce
FIELD_INTENTS: dict[str, frozenset[str]] = {
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


def reply_label(r: Reply, file: str) -> Label:
    f = r.facts
    return Label(
        file=file,
        intent=r.intent,
        promised_date=f.promised,
        paid_date=f.paid,
        return_date=f.back,
        payment_reference=f.ref,
        amount=f.amount,
        currency=f.currency,
        new_contact=f.contact,
        bounce_kind=None,
        failed_recipient=None,
        bounce_status=None,
        invoice_refs=sorted(f.refs),
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


def label_for(item: Item, file: str) -> Label:
    return reply_label(item, file) if isinstance(item, Reply) else bounce_label(item, file)


def build(item: Item) -> bytes:
    return build_reply(item) if isinstance(item, Reply) else build_bounce(item)


def label_problems(lab: Label) -> list[str]:
    problems = [] if tuple(lab) == LABEL_KEYS else ["keys out of order"]
    if lab["intent"] not in INTENTS or lab["language"] not in LANGS:
        problems.append("unknown intent or language")
    dates = {
        "promised_date": lab["promised_date"],
        "paid_date": lab["paid_date"],
        "return_date": lab["return_date"],
    }
    for name, value in dates.items():
        if value is not None and not re.fullmatch(r"20\d\d-\d\d-\d\d", value):
            problems.append(f"{name} is not a date")
    if lab["amount"] is not None and not re.fullmatch(r"\d+\.\d\d", lab["amount"]):
        problems.append("amount format")
    if (lab["amount"] is None) != (lab["currency"] is None) or lab["currency"] not in {
        None,
        "EUR",
        "GBP",
    }:
        problems.append("amount and currency go together")
    if any(not re.fullmatch(r"FH-\d{6}", ref) for ref in lab["invoice_refs"]) or lab[
        "invoice_refs"
    ] != sorted(set(lab["invoice_refs"])):
        problems.append("invoice_refs format")
    return problems + owner_problems(lab)


def owner_problems(lab: Label) -> list[str]:
    values: dict[str, str | None] = {
        "promised_date": lab["promised_date"],
        "paid_date": lab["paid_date"],
        "return_date": lab["return_date"],
        "payment_reference": lab["payment_reference"],
        "amount": lab["amount"],
        "currency": lab["currency"],
        "new_contact": lab["new_contact"],
        "bounce_kind": lab["bounce_kind"],
        "failed_recipient": lab["failed_recipient"],
        "bounce_status": lab["bounce_status"],
    }
    problems = [
        f"{name} set on {lab['intent']}"
        for name, value in values.items()
        if value is not None and lab["intent"] not in FIELD_INTENTS[name]
    ]
    if lab["intent"] == "bounce":
        status = lab["bounce_status"] or ""
        expected = "hard" if status.startswith("5.") else "soft"
        if (
            lab["bounce_kind"] != expected
            or not re.fullmatch(r"[45]\.\d{1,3}\.\d{1,3}", status)
            or not lab["failed_recipient"]
        ):
            problems.append("bounce fields")
    return problems


def reply_problems(r: Reply) -> list[str]:
    """The labels must match the hand-written text: refs and contacts are really in it."""
    written = set(re.findall(r"FH-\d{6}", r.text))
    problems = [f"{r.key}: {ref} not in refs" for ref in sorted(written - set(r.facts.refs))]
    problems += [f"{r.key}: {ref} not in text" for ref in r.facts.refs if ref[3:] not in r.text]
    if r.facts.contact is not None and r.facts.contact not in r.text:
        problems.append(f"{r.key}: new contact not in text")
    if r.client == "inline" and "{attr}" not in r.text:
        problems.append(f"{r.key}: inline reply without quote markers")
    return problems


def corpus_problems(items: Sequence[Item]) -> list[str]:
    problems = [f"{len(items)} messages"] if len(items) != 120 else []
    keys = Counter(item.key for item in items)
    invoices = Counter(item.inv for item in items)
    problems += [f"duplicate key {k}" for k, n in keys.items() if n > 1]
    problems += [f"duplicate invoice {k}" for k, n in invoices.items() if n > 1]
    problems += [
        f"{item.key}: date out of range"
        for item in items
        if not FIRST_DAY <= item.dt.date() <= LAST_DAY
    ]
    intents = Counter(item.intent if isinstance(item, Reply) else "bounce" for item in items)
    problems += [f"{intent}: {intents[intent]}" for intent in INTENTS if intents[intent] != 12]
    pairs = {(item.intent if isinstance(item, Reply) else "bounce", item.lang) for item in items}
    problems += [
        f"no {intent}/{lang}" for intent in INTENTS for lang in LANGS if (intent, lang) not in pairs
    ]
    kinds = Counter(item.kind for item in items if isinstance(item, Bounce))
    if kinds != Counter({"hard": 6, "soft": 6}):
        problems.append(f"bounce kinds {dict(kinds)}")
    for item in items:
        if isinstance(item, Reply):
            problems += reply_problems(item)
    return problems


def message_problems(name: str, data: bytes) -> list[str]:
    """Parse a file back the way the classifier will and report anything that does not decode."""
    msg = message_from_bytes(data, policy=policy.default)
    problems = [
        f"{name}: no {h}" for h in ("From", "To", "Subject", "Date", "Message-ID") if msg[h] is None
    ]
    for part in msg.walk():
        problems += [f"{name}: {type(d).__name__}" for d in part.defects]
        for header, value in part.items():
            if isinstance(value, BaseHeader) and value.defects:
                problems.append(f"{name}: defect in {header}")
            if "=?" in str(value):
                problems.append(f"{name}: undecoded {header}")
        if part.get_content_maintype() == "text" and isinstance(part, EmailMessage):
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                problems.append(f"{name}: text part does not decode")
    return problems


def count_table(labels: Sequence[Label]) -> str:
    cells = Counter((lab["intent"], lab["language"]) for lab in labels)
    rows = ["| intent | " + " | ".join(LANGS) + " | total |", "|---|" + "---:|" * (len(LANGS) + 1)]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[intent, lang] for intent in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{n}**" for n in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def write_all(items: Sequence[Item]) -> tuple[list[Label], list[str]]:
    ordered = sorted(items, key=lambda item: digest(item.key, "order"))
    labels: list[Label] = []
    problems: list[str] = []
    for position, item in enumerate(ordered, start=1):
        name = f"{PREFIX}-{position:03d}.eml"
        data = build(item)
        problems += message_problems(name, data)
        (HERE / name).write_bytes(data)
        lab = label_for(item, name)
        problems += [f"{name}: {p}" for p in label_problems(lab)]
        labels.append(lab)
    lines = "".join(json.dumps(lab, ensure_ascii=False) + "\n" for lab in labels)
    (HERE / "labels.jsonl").write_text(lines, encoding="utf-8")
    return labels, problems


def main() -> int:
    items: list[Item] = [*REPLIES, *BOUNCES]
    problems = corpus_problems(items)
    labels, written = write_all(items)
    problems += written
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    print(count_table(labels))
    kinds = Counter(lab["bounce_kind"] for lab in labels if lab["bounce_kind"])
    print(
        f"\n{len(labels)} messages written to {HERE}; bounces: {kinds['hard']} hard, {kinds['soft']} soft"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
