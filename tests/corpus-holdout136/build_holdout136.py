# ruff: noqa: C901, E501, PLR0912, PLR0917, PLW2901, RUF001
# Message text is kept the way people type it: one paragraph a line, typographic dashes,
# curly apostrophes and the odd emoji.
"""Build held-out reply corpus 136: `h136-NNN.eml` files and `labels.jsonl`.

Every message answers (or reacts to) an overdue-invoice reminder sent by the credit control
mailbox of Ravensworth Commercial Kitchens Hygiene. The new text of each message is written by
hand below. The script adds only what a mail client or a mail server would add: the quoted
reminder in the client's layout and language, headers, MIME structure, charsets and transfer
encodings. It writes next to itself, deterministically, then parses every file back as a check.
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
from datetime import UTC, date, datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import ClassVar, cast

HERE = Path(__file__).resolve().parent
SEED = "corpus-holdout136/2031"
PREFIX = "h136"
AR_NAME = "Ravensworth Credit Control"
AR_ADDR = "credit@ravensworth-hygiene.example"
AR_DOMAIN = "ravensworth-hygiene.example"
FIRST_DAY = date(2031, 9, 29)
LAST_DAY = date(2031, 10, 24)
# British Summer Time and Central European Summer Time both run until Sunday 26 October 2031.
UK = timezone(timedelta(hours=1))
CE = timezone(timedelta(hours=2))

LANGS = ("en", "de", "fr", "es", "nl", "it")
LANG_TOTALS = {"en": 30, "de": 18, "fr": 18, "es": 18, "nl": 18, "it": 18}
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
# The fields each intent may fill; every other field stays null.
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}

LabelValue = str | list[str] | None
Label = dict[str, LabelValue]

# --------------------------------------------------------------------------------------------
# Locale tables
# --------------------------------------------------------------------------------------------

WEEKDAYS: dict[str, tuple[str, ...]] = {
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
WEEKDAYS_GMAIL: dict[str, tuple[str, ...]] = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "it": ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
}
MONTHS: dict[str, tuple[str, ...]] = {
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
MONTHS_SHORT: dict[str, tuple[str, ...]] = {
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
# Outlook's reply header block: separator line, From, Sent, To, Subject.
OUTLOOK_LABELS: dict[str, tuple[str, str, str, str, str]] = {
    "en": ("-----Original Message-----", "From:", "Sent:", "To:", "Subject:"),
    "de": ("-----Ursprüngliche Nachricht-----", "Von:", "Gesendet:", "An:", "Betreff:"),
    "fr": ("-----Message d'origine-----", "De :", "Envoyé :", "À :", "Objet :"),
    "es": ("-----Mensaje original-----", "De:", "Enviado el:", "Para:", "Asunto:"),
    "nl": (
        "-----Oorspronkelijk bericht-----",
        "Van:",
        "Verzonden:",
        "Aan:",
        "Onderwerp:",
    ),
    "it": ("-----Messaggio originale-----", "Da:", "Inviato:", "A:", "Oggetto:"),
}
OUTLOOK_PREFIX = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
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
# What a Latin-1 client does to characters it cannot send.
LATIN1_SUBSTITUTES = {
    "–": "-",
    "€": "EUR",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "…": "...",
}

# --------------------------------------------------------------------------------------------
# The reminder every reply answers (Ravensworth's own wording, in the customer's language)
# --------------------------------------------------------------------------------------------

BANK_GBP = "Northbridge Bank plc · Sort code 40-12-76 · Account 31785520"
BANK_EUR = "IBAN GB07 NRTH 4012 7631 7855 20 · BIC NRTHGB2L"

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – payment reminder",
    "de": "Zahlungserinnerung: Rechnung {inv} ist überfällig",
    "fr": "Relance : facture {inv} échue",
    "es": "Recordatorio de pago – factura {inv} vencida",
    "nl": "Betalingsherinnering factuur {inv}",
    "it": "Sollecito di pagamento – fattura {inv} scaduta",
}
REMINDER_BODY = {
    "en": """Dear Customer,

We are writing about invoice {inv} for {amount}, which fell due on {due} and is still showing as outstanding on your account.

If payment has already been made, thank you – please reply with the date and the remittance reference so that we can allocate it. If not, please arrange payment by bank transfer quoting the invoice number, or let us know straight away if anything about the invoice is holding it up.

{bank}

Kind regards,

Credit Control
Ravensworth Commercial Kitchens Hygiene Ltd
Extraction · Grease management · Deep cleaning
credit@ravensworth-hygiene.example · 0113 496 0734""",
    "de": """Sehr geehrte Damen und Herren,

laut unserer Buchhaltung ist die Rechnung {inv} über {amount}, fällig am {due}, noch nicht beglichen.

Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos und teilen Sie uns Datum und Verwendungszweck mit, damit wir die Zahlung zuordnen können. Andernfalls bitten wir um Überweisung unter Angabe der Rechnungsnummer. Gibt es Unklarheiten zur Rechnung, melden Sie sich bitte direkt bei uns.

{bank}

Mit freundlichen Grüßen

Forderungsmanagement
Ravensworth Commercial Kitchens Hygiene Ltd
credit@ravensworth-hygiene.example · +44 113 496 0734""",
    "fr": """Madame, Monsieur,

Sauf erreur de notre part, la facture {inv} d'un montant de {amount}, arrivée à échéance le {due}, reste impayée à ce jour.

Si vous avez déjà procédé au règlement, merci de ne pas tenir compte de ce message et de nous indiquer la date et la référence du virement. Dans le cas contraire, nous vous remercions d'effectuer le paiement en rappelant le numéro de facture, ou de nous signaler sans tarder toute difficulté.

{bank}

Cordialement,

Service recouvrement
Ravensworth Commercial Kitchens Hygiene Ltd
credit@ravensworth-hygiene.example · +44 113 496 0734""",
    "es": """Estimado cliente:

Según nuestros registros, la factura {inv} por importe de {amount}, con vencimiento el {due}, sigue pendiente de pago.

Si ya ha realizado el pago, le rogamos que nos indique la fecha y la referencia de la transferencia para poder conciliarlo. En caso contrario, le agradeceríamos que efectuara el pago indicando el número de factura, o que nos comunicara cualquier incidencia relacionada con la misma.

{bank}

Atentamente,

Departamento de Cobros
Ravensworth Commercial Kitchens Hygiene Ltd
credit@ravensworth-hygiene.example · +44 113 496 0734""",
    "nl": """Geachte klant,

Volgens onze administratie staat factuur {inv} van {amount}, vervallen op {due}, nog open.

Heeft u de betaling al gedaan, dan kunt u deze herinnering als niet verzonden beschouwen; laat u ons wel de datum en het betalingskenmerk weten, zodat wij de betaling kunnen verwerken. Zo niet, dan verzoeken wij u het bedrag over te maken onder vermelding van het factuurnummer, of ons te laten weten als er iets niet klopt aan de factuur.

{bank}

Met vriendelijke groet,

Debiteurenbeheer
Ravensworth Commercial Kitchens Hygiene Ltd
credit@ravensworth-hygiene.example · +44 113 496 0734""",
    "it": """Gentile cliente,

dai nostri archivi risulta ancora da saldare la fattura {inv} di {amount}, scaduta il {due}.

Se il pagamento è già stato effettuato, la preghiamo di considerare nullo questo sollecito e di comunicarci data e riferimento del bonifico, così da poterlo abbinare. In caso contrario, la invitiamo a provvedere al pagamento indicando il numero di fattura, oppure a segnalarci eventuali problemi relativi alla fattura stessa.

{bank}

Cordiali saluti,

Ufficio Crediti
Ravensworth Commercial Kitchens Hygiene Ltd
credit@ravensworth-hygiene.example · +44 113 496 0734""",
}


def t(text: str) -> str:
    """Hand-written text, indented in the source: dedent it and trim the outer blank lines."""
    return textwrap.dedent(text).strip("\n")


def digest(key: str, salt: str) -> bytes:
    """A stable 32-byte digest of a message key (no clock, no randomness)."""
    return hashlib.sha256(f"{SEED}|{salt}|{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    """Upper-case base32 characters derived from the key."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def money(amount: str, currency: str, lang: str) -> str:
    """An amount as the reminder writes it in the customer's language."""
    whole, cents = amount.split(".")
    groups = f"{int(whole):,}"
    if lang == "en":
        return ("£" if currency == "GBP" else "€") + f"{groups}.{cents}"
    sign = "€" if currency == "EUR" else "£"
    if lang == "fr":
        return groups.replace(",", "\u00a0") + f",{cents}\u00a0{sign}"  # no-break spaces
    dotted = groups.replace(",", ".") + f",{cents}"
    if lang in {"de", "es"}:
        return f"{dotted} {sign}"
    return f"{sign} {dotted}"


def long_date(lang: str, day: date) -> str:
    """The due date as the reminder writes it."""
    if lang == "en":
        return f"{day.day} {MONTHS['en'][day.month - 1]} {day.year}"
    sep = {"de": ".", "nl": "-"}.get(lang, "/")
    return f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}"


def latin1(text: str) -> str:
    """Replace the characters a Latin-1 client cannot send, as it would."""
    for bad, good in LATIN1_SUBSTITUTES.items():
        text = text.replace(bad, good)
    return text


def fit_charset(text: str, charset: str) -> str:
    """Quoted material in a legacy charset loses what the charset cannot hold."""
    return latin1(text) if charset == "iso-8859-1" else text


def reminder_subject(lang: str, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(lang: str, inv: str, amount: str, currency: str, sent: datetime) -> str:
    due = sent.date() - timedelta(days=21 + digest(inv, "due")[0] % 30)
    return REMINDER_BODY[lang].format(
        inv=inv,
        amount=money(amount, currency, lang),
        due=long_date(lang, due),
        bank=BANK_GBP if currency == "GBP" else BANK_EUR,
    )


def reminder_msgid(key: str) -> str:
    return f"<rck.{b32(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


# --------------------------------------------------------------------------------------------
# A small MIME tree that renders itself byte for byte
# --------------------------------------------------------------------------------------------


@dataclass
class Part:
    """One MIME entity: a leaf with an encoded body, or a multipart with children."""

    ctype: str
    body: bytes = b""
    cte: str = ""
    children: list[Part] = field(default_factory=list)
    boundary: str = ""
    extra: list[tuple[str, str]] = field(default_factory=list)
    preamble: str = ""

    def headers(self) -> list[tuple[str, str]]:
        if not self.ctype:  # a pre-MIME message body: no content headers at all
            return list(self.extra)
        ctype = self.ctype
        if self.children:
            ctype += f';\n\tboundary="{self.boundary}"'
        out = [("Content-Type", ctype)]
        if self.cte:
            out.append(("Content-Transfer-Encoding", self.cte))
        return out + self.extra

    def render_body(self) -> bytes:
        if not self.children:
            return self.body
        out = self.preamble.encode("ascii")
        for child in self.children:
            out += f"--{self.boundary}\n".encode("ascii") + child.render() + b"\n"
        return out + f"--{self.boundary}--\n".encode("ascii")

    def render(self) -> bytes:
        return render_headers(self.headers()) + b"\n" + self.render_body()


def render_headers(headers: list[tuple[str, str]]) -> bytes:
    return "".join(f"{name}: {value}\n" for name, value in headers).encode("ascii")


def encode_body(raw: bytes, cte: str) -> bytes:
    """Apply a content transfer encoding to already charset-encoded bytes."""
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    if any(len(line) > 998 for line in raw.split(b"\n")):
        raise ValueError("line too long for 7bit/8bit")
    if cte == "7bit" and not raw.isascii():
        raise ValueError("8-bit data in a 7bit part")
    return raw


CTE_NAMES = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}


def leaf(
    text: str, subtype: str, charset: str, cte: str, label: str = "", params: str = ""
) -> Part:
    """A text part. `label` is the charset name as the client spells it."""
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(charset)  # raises if the hand-written text does not fit the charset
    name = CTE_NAMES[cte]
    if name == "7bit" and not raw.isascii():
        name = "8bit"
    ctype = f'text/{subtype}; charset="{label or charset}"{params}'
    return Part(ctype, encode_body(raw, name), name)


def multipart(
    subtype: str,
    children: list[Part],
    boundary: str,
    params: str = "",
    preamble: str = "",
) -> Part:
    return Part(
        f"multipart/{subtype}{params}",
        children=children,
        boundary=boundary,
        preamble=preamble,
    )


def header_value(name: str, value: str, charset: str = "utf-8") -> str:
    """A header value as a client writes it: RFC 2047 when needed, folded when long."""
    if value.isascii():
        return fold(name, value)
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=name).encode(linesep="\n")


def fold(name: str, value: str) -> str:
    """Fold a plain ASCII header at spaces so that lines stay under 78 characters."""
    words = value.split(" ")
    lines: list[str] = []
    current = ""
    room = 78 - len(name) - 2
    for word in words:
        candidate = f"{current} {word}" if current else word
        if current and len(candidate) > room:
            lines.append(current)
            current = word
            room = 77
        else:
            current = candidate
    lines.append(current)
    return "\n ".join(lines)


def mailbox(name: str, addr: str, charset: str = "utf-8") -> str:
    """A From/To value with the display name encoded the way the client would."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    try:
        name.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return f"{Header(name, charset).encode()} <{addr}>"


class Boundaries:
    """Deterministic boundaries shaped like the client's own."""

    SHAPES: ClassVar[dict[str, Callable[[str], str]]] = {
        "outlook": lambda h: f"_000_{h[:36]}_",
        "gmail": lambda h: f"000000000000{h[:16].lower()}",
        "apple": lambda h: f"Apple-Mail={h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}",
        "report": lambda h: f"{h[:10]}.{h[10:20]}/mail.example",
        "plain": lambda h: f"----=_Part_{h[:24]}",
    }

    def __init__(self, key: str, shape: str) -> None:
        self.key = key
        self.shape = shape
        self.count = 0

    def next(self) -> str:
        self.count += 1
        raw = b32(self.key, f"boundary-{self.count}", 40)
        return self.SHAPES[self.shape](raw)


# --------------------------------------------------------------------------------------------
# Replies and notices
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written message: who wrote it, when, with which client, and its labels.

    `when` is local time for the sender ("YYYY-MM-DD HH:MM"); English senders are in the UK
    unless `continental` is set. `client` picks the layout; the `notice*` clients quote nothing.
    """

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    client: str
    text: str
    labels: Label
    inv: str
    amount: str
    currency: str = ""
    continental: bool = False
    charset: str = "utf-8"
    cte: str = ""
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    orig_to: str = ""
    threaded: bool = True

    @property
    def tz(self) -> timezone:
        return CE if self.lang != "en" or self.continental else UK

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M").replace(tzinfo=self.tz)

    @property
    def cur(self) -> str:
        return self.currency or ("GBP" if self.lang == "en" and not self.continental else "EUR")

    @property
    def encoding(self) -> str:
        default = {"android": "b64", "thunderbird": "8bit"}.get(self.client, "qp")
        return self.cte or default

    @property
    def is_notice(self) -> bool:
        return self.client.startswith("notice")


def lab(refs: tuple[str, ...] = (), note: str | None = None, **fields: str) -> Label:
    """Labels beyond intent and language; `refs` are the invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label fields {sorted(unknown)}")
    out: Label = dict(fields)
    out["invoice_refs"] = list(refs)
    out["note"] = note
    return out


def reminder_sent(r: Reply) -> datetime:
    """When the reminder went out, in the UK, shown later in the replier's time zone.

    Automatic notices answer within minutes; people answer one to four working days later.
    """
    if r.is_notice:
        return r.dt - timedelta(minutes=2 + digest(r.key, "lag")[0] % 3)
    back = 1 + digest(r.key, "lag")[0] % 4
    day = r.dt.astimezone(UK).date()
    while back:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            back -= 1
    minute = 2 + digest(r.key, "minute")[0] % 9
    return datetime(day.year, day.month, day.day, 9, minute, 7, tzinfo=UK)


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    to: str
    lang: str


def make_quote(r: Reply) -> Quote:
    sent = reminder_sent(r).astimezone(r.tz)
    subject = fit_charset(reminder_subject(r.lang, r.inv), r.charset)
    text = fit_charset(reminder_text(r.lang, r.inv, r.amount, r.cur, sent), r.charset)
    name, addr = r.who
    to = r.orig_to or (
        formataddr((name, addr))
        if name.isascii() and name
        else f"{name} <{addr}>"
        if name
        else addr
    )
    return Quote(text, subject, sent, fit_charset(to, r.charset), r.lang)


def hhmm(dt: datetime) -> str:
    return f"{dt.hour:02d}:{dt.minute:02d}"


def outlook_sent(lang: str, dt: datetime) -> str:
    wd, mon = WEEKDAYS[lang][dt.weekday()], MONTHS[lang][dt.month - 1]
    if lang == "en":
        return f"{wd}, {dt.day} {mon} {dt.year} {hhmm(dt)}"
    if lang == "de":
        return f"{wd}, {dt.day}. {mon} {dt.year} {hhmm(dt)}"
    if lang == "es":
        return f"{wd}, {dt.day} de {mon} de {dt.year} {dt.hour}:{dt.minute:02d}"
    return f"{wd} {dt.day} {mon} {dt.year} {hhmm(dt)}"


def gmail_attribution(lang: str, dt: datetime) -> str:
    wd, mon = WEEKDAYS_GMAIL[lang][dt.weekday()], MONTHS_SHORT[lang][dt.month - 1]
    who = f"{AR_NAME} <{AR_ADDR}>"
    return {
        "en": f"On {wd}, {dt.day} {mon} {dt.year} at {hhmm(dt)}, {who} wrote:",
        "de": f"Am {wd}, {dt.day}. {mon} {dt.year} um {hhmm(dt)} Uhr schrieb {who}:",
        "fr": f"Le {wd} {dt.day} {mon} {dt.year} à {hhmm(dt)}, {who} a écrit :",
        "es": f"El {wd}, {dt.day} {mon} {dt.year} a las {dt.hour}:{dt.minute:02d}, {AR_NAME} (<{AR_ADDR}>) escribió:",
        "nl": f"Op {wd} {dt.day} {mon} {dt.year} om {hhmm(dt)} schreef {who}:",
        "it": f"Il giorno {wd} {dt.day} {mon} {dt.year} alle ore {hhmm(dt)} {who} ha scritto:",
    }[lang]


def apple_attribution(lang: str, dt: datetime) -> str:
    mon = MONTHS_SHORT[lang][dt.month - 1].rstrip(".")
    if lang == "en":
        mon = mon[:3]
    who = f"{AR_NAME} <{AR_ADDR}>"
    return {
        "en": f"On {dt.day} {mon} {dt.year}, at {hhmm(dt)}, {who} wrote:",
        "de": f"Am {dt.day:02d}.{dt.month:02d}.{dt.year} um {hhmm(dt)} schrieb {who}:",
        "fr": f"Le {dt.day} {mon}. {dt.year} à {hhmm(dt)}, {who} a écrit :",
        "es": f"El {dt.day} {mon} {dt.year}, a las {dt.hour}:{dt.minute:02d}, {who} escribió:",
        "nl": f"Op {dt.day} {mon} {dt.year} om {hhmm(dt)} heeft {who} het volgende geschreven:",
        "it": f"Il giorno {dt.day} {mon} {dt.year}, alle ore {hhmm(dt)}, {who} ha scritto:",
    }[lang]


def thunderbird_attribution(lang: str, dt: datetime) -> str:
    d, m, y, yy = f"{dt.day:02d}", f"{dt.month:02d}", dt.year, f"{dt.year % 100:02d}"
    return {
        "en": f"On {d}/{m}/{y} {hhmm(dt)}, {AR_NAME} wrote:",
        "de": f"Am {d}.{m}.{yy} um {hhmm(dt)} schrieb {AR_NAME}:",
        "fr": f"Le {d}/{m}/{y} à {hhmm(dt)}, {AR_NAME} a écrit :",
        "es": f"El {dt.day}/{dt.month}/{yy} a las {dt.hour}:{dt.minute:02d}, {AR_NAME} escribió:",
        "nl": f"Op {d}-{m}-{y} om {hhmm(dt)} schreef {AR_NAME}:",
        "it": f"Il {d}/{m}/{yy} {hhmm(dt)}, {AR_NAME} ha scritto:",
    }[lang]


def quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def outlook_rows(q: Quote) -> list[tuple[str, str]]:
    """The From/Sent/To/Subject rows Outlook puts above the quoted message."""
    _, frm, sent, to, subj = OUTLOOK_LABELS[q.lang]
    return [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, outlook_sent(q.lang, q.sent)),
        (to, q.to),
        (subj, q.subject),
    ]


def outlook_block(q: Quote) -> list[str]:
    return [f"{label} {value}" for label, value in outlook_rows(q)]


def flowed(text: str, width: int = 72) -> str:
    """RFC 3676 format=flowed: soft breaks end in a space, quote markers repeat."""
    out: list[str] = []
    for line in text.split("\n"):
        line = line.rstrip(" ")
        match = re.match(r"^(>+ ?)", line)
        prefix = match.group(1) if match else ""
        body = line[len(prefix) :]
        if not prefix and body.startswith((" ", "From ", ">")):
            body = " " + body
        if len(prefix) + len(body) <= width:
            out.append(prefix + body)
            continue
        words = body.split(" ")
        current = ""
        for word in words:
            if current and len(prefix) + len(current) + len(word) + 1 > width:
                out.append(prefix + current + " ")
                current = word
            else:
                current = f"{current} {word}" if current else word
        out.append(prefix + current)
    return "\n".join(out)


def html_text(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def word_paragraphs(text: str) -> str:
    return "\n".join(
        f'<p class="MsoNormal">{html.escape(line, quote=False) or "&nbsp;"}<o:p></o:p></p>'
        for line in text.split("\n")
    )


def word_html(r: Reply, q: Quote) -> str:
    """Outlook desktop HTML: Word markup and the grey divider above the reply header."""
    head = "<br>\n".join(
        f"<b>{html.escape(label)}</b> {html.escape(value)}" for label, value in outlook_rows(q)
    )
    lang_attr = CONTENT_LANGUAGE[r.lang].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19 {mso-style-type:personal-reply; color:windowtext;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{lang_attr}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(r.text)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def part_outlook(r: Reply, q: Quote, b: Boundaries) -> Part:
    del b
    block = "\n".join([OUTLOOK_LABELS[q.lang][0], *outlook_block(q)])
    return leaf(f"{r.text}\n\n{block}\n\n{q.text}", "plain", r.charset, r.encoding)


def part_outlook_html(r: Reply, q: Quote, b: Boundaries) -> Part:
    plain = "\n".join([r.text, "", *outlook_block(q), "", q.text])
    return multipart(
        "alternative",
        [
            leaf(plain, "plain", r.charset, r.encoding),
            leaf(word_html(r, q), "html", r.charset, r.encoding),
        ],
        b.next(),
    )


def part_html_only(r: Reply, q: Quote, b: Boundaries) -> Part:
    del b
    return leaf(word_html(r, q), "html", r.charset, r.encoding)


def part_android(r: Reply, q: Quote, b: Boundaries) -> Part:
    del b
    block = "\n".join(outlook_block(q))
    text = f"{r.text}\n\n{ANDROID_SIGNATURE[q.lang]}\n{'_' * 32}\n{block}\n\n{q.text}"
    return leaf(text, "plain", r.charset, "b64")


def part_gmail(r: Reply, q: Quote, b: Boundaries) -> Part:
    attr = gmail_attribution(q.lang, q.sent)
    plain = f"{r.text}\n\n{attr}\n\n{quoted(q.text)}"
    paragraphs = "".join(f"{html_text(p)}<br><br>" for p in q.text.split("\n\n"))
    markup = (
        f'<div dir="ltr">{html_text(r.text)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{paragraphs}</blockquote></div>"
    )
    return multipart(
        "alternative",
        [
            leaf(plain, "plain", r.charset, r.encoding, "UTF-8"),
            leaf(markup, "html", r.charset, r.encoding, "UTF-8"),
        ],
        b.next(),
    )


def part_gmail_plain(r: Reply, q: Quote, b: Boundaries) -> Part:
    del b
    text = f"{r.text}\n\n{gmail_attribution(q.lang, q.sent)}\n\n{quoted(q.text)}"
    return leaf(text, "plain", r.charset, r.encoding, "UTF-8")


def part_apple(r: Reply, q: Quote, b: Boundaries) -> Part:
    del b
    text = f"{r.text}\n\n{apple_attribution(q.lang, q.sent)}\n\n{quoted(q.text)}"
    return leaf(text, "plain", r.charset, r.encoding)


def part_iphone(r: Reply, q: Quote, b: Boundaries) -> Part:
    del b
    inner = quoted(f"{apple_attribution(q.lang, q.sent)}\n\n{q.text}")
    return leaf(
        f"{r.text}\n\n{IPHONE_SIGNATURE[q.lang]}\n\n{inner}",
        "plain",
        r.charset,
        r.encoding,
    )


def part_thunderbird(r: Reply, q: Quote, b: Boundaries) -> Part:
    del b
    text = flowed(f"{r.text}\n\n{thunderbird_attribution(q.lang, q.sent)}\n{quoted(q.text)}")
    label = r.charset.upper()
    return leaf(text, "plain", r.charset, r.encoding, label, "; format=flowed")


def part_notice(r: Reply, q: Quote, b: Boundaries) -> Part:
    del q, b  # automatic notices quote nothing
    return leaf(r.text, "plain", r.charset, r.encoding)


def notice_markup(r: Reply) -> str:
    """An AP system's HTML: a table for the lines that look like columns, paragraphs otherwise."""
    blocks = []
    for block in r.text.split("\n\n"):
        lines = block.split("\n")
        if all(" | " in line for line in lines):
            rows = "".join(
                "<tr>"
                + "".join(
                    f'<td style="padding:2px 10px">{html.escape(cell.strip())}</td>'
                    for cell in line.split(" | ")
                )
                + "</tr>\n"
                for line in lines
            )
            blocks.append(
                f'<table style="border-collapse:collapse;font-family:Arial;font-size:10pt">\n{rows}</table>'
            )
        else:
            blocks.append(f'<p style="font-family:Arial;font-size:10pt">{html_text(block)}</p>')
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="'
        + r.charset
        + '"></head><body>\n'
        + "\n".join(blocks)
        + "\n</body></html>"
    )


def part_notice_alt(r: Reply, q: Quote, b: Boundaries) -> Part:
    del q
    plain = r.text.replace(" | ", "    ")
    return multipart(
        "alternative",
        [
            leaf(plain, "plain", r.charset, r.encoding),
            leaf(notice_markup(r), "html", r.charset, r.encoding),
        ],
        b.next(),
    )


def part_notice_html(r: Reply, q: Quote, b: Boundaries) -> Part:
    del q, b
    return leaf(notice_markup(r), "html", r.charset, r.encoding)


CLIENTS: dict[str, Callable[[Reply, Quote, Boundaries], Part]] = {
    "outlook": part_outlook,
    "outlook_html": part_outlook_html,
    "html_only": part_html_only,
    "android": part_android,
    "gmail": part_gmail,
    "gmail_plain": part_gmail_plain,
    "apple": part_apple,
    "iphone": part_iphone,
    "thunderbird": part_thunderbird,
    "notice": part_notice,
    "notice_alt": part_notice_alt,
    "notice_html": part_notice_html,
}
OUTLOOK_FAMILY = frozenset({"outlook", "outlook_html", "html_only", "android"})
BOUNDARY_SHAPE = {"gmail": "gmail", "apple": "apple", "iphone": "apple"}


def message_id(r: Reply) -> str:
    raw = digest(r.key, "message-id")
    domain = r.who[1].split("@")[1]
    if r.client in {"gmail", "gmail_plain"}:
        tail = base64.urlsafe_b64encode(raw).decode().rstrip("=")[:42]
        return f"<CA{tail}@mail.gmail.com>"
    if r.client in OUTLOOK_FAMILY:
        host = f"{b32(r.key, 'host', 4)}PR{raw[0] % 9 + 1}MB{raw[1] * 31 % 9000 + 1000}"
        return f"<{host}{b32(r.key, 'ms', 16)}@{host}.eurprd0{raw[2] % 9 + 1}.prod.outlook.com>"
    if r.client in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.client == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:20]}.{b32(r.key, 'n', 6).lower()}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(s=q.subject)
    prefix = OUTLOOK_PREFIX[q.lang] if r.client in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def client_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    if r.client in OUTLOOK_FAMILY:
        return [
            ("Thread-Topic", header_value("Thread-Topic", q.subject, r.charset)),
            ("Thread-Index", base64.b64encode(digest(r.key, "thread")[:22]).decode()),
            ("Accept-Language", f"{CONTENT_LANGUAGE[r.lang]}, en-US"),
            ("Content-Language", CONTENT_LANGUAGE[r.lang]),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
    if r.client == "apple":
        return [("X-Mailer", "Apple Mail (2.3826.700.81)")]
    if r.client == "iphone":
        return [("X-Mailer", "iPhone Mail (23A355)")]
    if r.client == "thunderbird":
        return [("User-Agent", "Mozilla Thunderbird")]
    return []


def build_reply(r: Reply) -> bytes:
    q = make_quote(r)
    shape = BOUNDARY_SHAPE.get(r.client, "outlook" if r.client in OUTLOOK_FAMILY else "plain")
    body = CLIENTS[r.client](r, q, Boundaries(r.key, shape))
    head: list[tuple[str, str]] = [
        ("From", mailbox(*r.who, r.charset)),
        ("To", formataddr((AR_NAME, AR_ADDR))),
    ]
    head += [(name, value) for name, value in r.headers if name == "Cc"]
    head += [
        ("Subject", header_value("Subject", reply_subject(r, q), r.charset)),
        ("Date", format_datetime(r.dt)),
        ("Message-ID", message_id(r)),
    ]
    if r.threaded:
        head += [
            ("In-Reply-To", reminder_msgid(r.key)),
            ("References", reminder_msgid(r.key)),
        ]
    head += client_headers(r, q)
    head += [(name, value) for name, value in r.headers if name != "Cc"]
    head.append(("MIME-Version", "1.0 (1.0)" if r.client == "iphone" else "1.0"))
    return render_headers(head + body.headers()) + b"\n" + body.render_body()


# --------------------------------------------------------------------------------------------
# Bounces: machine skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt`; the reminder was in `lang`."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    tz: timezone
    inv: str
    amount: str
    build: Callable[[Bounce], Built]
    delay_hours: int = 0
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M").replace(tzinfo=self.tz)

    @property
    def cur(self) -> str:
        return "GBP" if self.lang == "en" else "EUR"

    @property
    def sent(self) -> datetime:
        """The reminder left Ravensworth's server a few minutes earlier (UK time)."""
        lag = timedelta(hours=self.delay_hours, minutes=4 + digest(self.key, "lag")[0] % 5)
        return (self.dt - lag).astimezone(UK).replace(second=11)

    @property
    def subject(self) -> str:
        return reminder_subject(self.lang, self.inv)

    def reminder_headers(self) -> list[tuple[str, str]]:
        return [
            ("From", formataddr((AR_NAME, AR_ADDR))),
            ("To", self.rcpt),
            ("Subject", header_value("Subject", self.subject)),
            ("Date", format_datetime(self.sent)),
            ("Message-ID", reminder_msgid(self.key)),
            ("MIME-Version", "1.0"),
            ("Content-Type", 'text/plain; charset="utf-8"'),
            ("Content-Transfer-Encoding", "quoted-printable"),
        ]

    def reminder_bytes(self) -> bytes:
        text = reminder_text(self.lang, self.inv, self.amount, self.cur, self.sent) + "\n"
        return render_headers(self.reminder_headers()) + b"\n" + quopri.encodestring(text.encode())

    def headers_part(self) -> Part:
        return Part("text/rfc822-headers", render_headers(self.reminder_headers()))

    def message_part(self) -> Part:
        return Part("message/rfc822", self.reminder_bytes())


@dataclass(frozen=True)
class Built:
    """What a bounce builder returns: the body and the headers only the sending server knows."""

    body: Part
    sender: str
    subject: str
    extra: tuple[tuple[str, str], ...] = ()
    auto: bool = True


def dsn(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    remote: str = "",
    retry_hours: int = 0,
    diagnostic_type: str = "smtp",
    extra: tuple[str, ...] = (),
) -> Part:
    """An RFC 3464 message/delivery-status part."""
    arrival = b.sent + timedelta(seconds=2)
    lines = [
        f"Reporting-MTA: dns; {mta}",
        *extra,
        f"Arrival-Date: {format_datetime(arrival.astimezone(b.tz))}",
        "",
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
    ]
    if remote:
        lines.append(f"Remote-MTA: dns; {remote}")
    lines.append(f"Diagnostic-Code: {diagnostic_type}; {diagnostic}")
    lines.append(f"Last-Attempt-Date: {format_datetime(b.dt)}")
    if retry_hours:
        lines.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(hours=retry_hours))}")
    return Part("message/delivery-status", ("\n".join(lines) + "\n").encode("ascii"))


def report(children: list[Part], boundary: str) -> Part:
    return multipart("report", children, boundary, "; report-type=delivery-status")


def bounce_bytes(b: Bounce) -> bytes:
    built = b.build(b)
    host = parseaddr(built.sender)[1].split("@")[1]
    head: list[tuple[str, str]] = [
        ("From", built.sender),
        ("To", AR_ADDR),
        ("Subject", header_value("Subject", built.subject)),
        ("Date", format_datetime(b.dt)),
        ("Message-ID", f"<{b32(b.key, 'bounce', 20).lower()}@{host}>"),
    ]
    if built.auto:
        head.append(("Auto-Submitted", "auto-replied"))
    head += list(built.extra)
    if built.body.ctype:
        head.append(("MIME-Version", "1.0"))
    return render_headers(head + built.body.headers()) + b"\n" + built.body.render_body()


def human_alternative(
    paragraphs: list[str], charset: str, boundary: str, heading: bool = True
) -> Part:
    """A report's human-readable part as plain text and simple HTML (Exchange and Gmail style)."""
    plain = "\n\n".join(paragraphs)
    cells = []
    for n, para in enumerate(paragraphs):
        inner = html_text(para)
        if n == 0 and heading:
            cells.append(
                f'<p style="font-family:Segoe UI,sans-serif;font-size:17pt;color:#000000">{inner}</p>'
            )
        else:
            cells.append(f'<p style="font-family:Segoe UI,sans-serif;font-size:10pt">{inner}</p>')
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body>\n'
        + "\n".join(cells)
        + "\n</body></html>"
    )
    return multipart(
        "alternative",
        [leaf(plain, "plain", charset, "qp"), leaf(markup, "html", charset, "qp")],
        boundary,
    )


def described(part: Part, description: str) -> Part:
    part.extra.append(("Content-Description", header_value("Content-Description", description)))
    return part


def bounce_postfix_domain(b: Bounce) -> Built:
    """Ravensworth's own Postfix: the customer's domain no longer exists (hard)."""
    domain = b.rcpt.split("@")[1]
    human = (
        "This is the mail system at host mail.ravensworth-hygiene.example.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: Host or domain name not found. Name service error\n"
        f"    for name={domain} type=MX: Host not found\n"
    )
    diag = f"Host or domain name not found. Name service error for name={domain} type=MX: Host not found"
    bnd = Boundaries(b.key, "report")
    body = report(
        [
            described(leaf(human, "plain", "us-ascii", "7bit"), "Notification"),
            described(
                dsn(
                    b,
                    "mail.ravensworth-hygiene.example",
                    "failed",
                    diag,
                    diagnostic_type="X-Postfix",
                    extra=(
                        "X-Postfix-Queue-ID: 4cR8Ym3vQ1z7pL",
                        f"X-Postfix-Sender: rfc822; {AR_ADDR}",
                    ),
                ),
                "Delivery report",
            ),
            described(b.headers_part(), "Undelivered Message Headers"),
        ],
        bnd.next(),
    )
    body.preamble = "This is a MIME-encapsulated message.\n\n"
    return Built(
        body,
        "MAILER-DAEMON@mail.ravensworth-hygiene.example (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
    )


def bounce_qmail(b: Bounce) -> Built:
    """A shared host running qmail accepted the reminder, then found no such mailbox (hard)."""
    utc = b.sent.astimezone(UTC)
    stamp = f"{utc.day} {MONTHS_SHORT['en'][utc.month - 1][:3]} {utc.year} {utc:%H:%M:%S} -0000"
    text = (
        "Hi. This is the qmail-send program at mx3.budgethost.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 21877 invoked from network); {stamp}\n"
        "Received: from mail.ravensworth-hygiene.example (HELO mail.ravensworth-hygiene.example) (203.0.113.25)\n"
        f"  by mx3.budgethost.example with ESMTPS; {stamp}\n"
    ).encode("ascii") + b.reminder_bytes()
    return Built(
        Part("", text),
        "MAILER-DAEMON@mx3.budgethost.example",
        "failure notice",
        auto=False,
    )


def bounce_gmail_delay(b: Bounce) -> Built:
    """Google's outbound servers could not reach the customer's mail server yet (soft)."""
    domain = b.rcpt.split("@")[1]
    bnd = Boundaries(b.key, "gmail")
    outer = bnd.next()
    human = human_alternative(
        [
            "** Message not delivered yet **",
            f"There was a temporary problem delivering your message to {b.rcpt}. Gmail will retry for 44 more hours. You'll be notified if the delivery fails permanently.",
            "The response was:",
            f"The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx1.{domain} 198.51.100.61: timed out]",
        ],
        "UTF-8",
        bnd.next(),
    )
    body = report(
        [
            human,
            dsn(
                b,
                "mx.google.com",
                "delayed",
                f"421 4.4.1 [mx1.{domain} 198.51.100.61: timed out]",
                f"mx1.{domain}",
                retry_hours=44,
            ),
            b.headers_part(),
        ],
        outer,
    )
    return Built(
        body,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Delay)",
    )


def exchange_report(
    b: Bounce,
    paragraphs: list[str],
    server: str,
    action: str,
    diag: str,
    full: bool = False,
    retry: int = 0,
) -> Part:
    """An Exchange Online non-delivery or delay report."""
    bnd = Boundaries(b.key, "outlook")
    outer = bnd.next()
    human = human_alternative(paragraphs, "utf-8", bnd.next())
    returned = b.message_part() if full else b.headers_part()
    return report([human, dsn(b, server, action, diag, retry_hours=retry), returned], outer)


def bounce_exchange_de(b: Bounce) -> Built:
    user, domain = b.rcpt.split("@")
    server = "FR2P281MB0417.DEUP281.PROD.OUTLOOK.COM"
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    body = exchange_report(
        b,
        [
            f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.",
            f"{user} wurde bei {domain} nicht gefunden.",
            f"{AR_NAME}\nAbsender        Aktion erforderlich\n\n{domain}\nEmpfänger       Unbekannter Empfänger",
            "So beheben Sie das Problem\nDie Empfängeradresse existiert nicht oder ist falsch geschrieben. Prüfen Sie die Adresse und senden Sie die Nachricht erneut. Stimmt die Adresse, fragen Sie den Empfänger auf anderem Weg (zum Beispiel telefonisch) nach einer gültigen E-Mail-Adresse.",
            f"Weitere Informationen für E-Mail-Administratoren\nGenerierender Server: {server}\n{b.rcpt}\nDer Remoteserver hat '{diag}' zurückgegeben.",
        ],
        server,
        "failed",
        diag,
    )
    return Built(
        body,
        f"Microsoft Outlook <postmaster@{domain}>",
        f"Unzustellbar: {b.subject}",
        (("X-MS-Exchange-Message-Is-Ndr", ""),),
    )


def bounce_exim_de(b: Bounce) -> Built:
    """A German hosting company's Exim, with its own German delay template (mailbox full)."""
    sent = b.sent.astimezone(b.tz)
    retry_end = (b.dt + timedelta(days=3)).strftime("%d.%m.%Y")
    text = (
        "Diese Nachricht wurde automatisch von der Mail-Software erzeugt.\n"
        "Eine von Ihnen gesendete Nachricht konnte seit mehr als 24 Stunden nicht\n"
        "an alle Empfänger zugestellt werden (Server mx01.gastro-hosting.example).\n\n"
        "Nachrichten-ID:  1w8KQz-0003xY-7R\n"
        f"Betreff:         {b.subject}\n"
        f"Datum:           {format_datetime(sent)}\n\n"
        "Noch nicht zugestellt an:\n\n"
        f"  {b.rcpt}\n"
        "    Grund: Das Postfach des Empfängers ist voll.\n"
        f"    452 4.2.2 <{b.rcpt}>: Mailbox full, try again later\n\n"
        "Sie müssen nichts unternehmen. Die Zustellung wird weiter versucht, und diese\n"
        "Warnung kann sich wiederholen. Gelingt die Zustellung bis zum\n"
        f"{retry_end} nicht, erhalten Sie die Nachricht mit einer Fehlermeldung zurück.\n"
    )
    body = leaf(text, "plain", "utf-8", "8bit")
    return Built(
        body,
        "Mail Delivery System <Mailer-Daemon@mx01.gastro-hosting.example>",
        "Warnung: Nachricht 1w8KQz-0003xY-7R noch nicht zugestellt",
    )


def bounce_exchange_fr(b: Bounce) -> Built:
    domain = b.rcpt.split("@")[1]
    server = "PAXP193MB2210.EURP193.PROD.OUTLOOK.COM"
    diag = (
        "550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy"
    )
    body = exchange_report(
        b,
        [
            f"Votre message à {b.rcpt} n'a pas pu être remis.",
            "L'organisation du destinataire a refusé votre message en application d'une règle de transport.",
            f"{AR_NAME}\nExpéditeur      Action requise\n\n{domain}\nBloqué par une règle",
            "Comment résoudre le problème\nLe message a été rejeté par une règle définie par l'administrateur de messagerie du destinataire. Contactez le destinataire par un autre moyen, par exemple par téléphone, et demandez-lui de vérifier avec son administrateur pourquoi votre message a été refusé.",
            f"Informations supplémentaires pour les administrateurs de messagerie\nServeur de génération : {server}\n{b.rcpt}\nLe serveur distant a retourné « {diag} »",
        ],
        server,
        "failed",
        diag,
        full=True,
    )
    return Built(
        body,
        f"Microsoft Outlook <postmaster@{domain}>",
        f"Non remis : {b.subject}",
        (("X-MS-Exchange-Message-Is-Ndr", ""),),
    )


def bounce_provider_es(b: Bounce) -> Built:
    """A Spanish host's relay: the final server rejected the mailbox (hard)."""
    domain = b.rcpt.split("@")[1]
    human = (
        "Este es el sistema de correo de mx.hostibera.example.\n\n"
        "Lamentamos comunicarle que su mensaje no ha podido entregarse a uno o varios\n"
        "destinatarios. A continuación se adjuntan las cabeceras del mensaje original.\n\n"
        "Si necesita ayuda, escriba a postmaster@hostibera.example e incluya este informe.\n\n"
        "                   El sistema de correo\n\n"
        f"<{b.rcpt}>: el servidor mail.{domain}[198.51.100.140] respondió:\n"
        f"    550 5.1.1 <{b.rcpt}>: usuario desconocido\n"
        "    (en respuesta al comando RCPT TO)\n"
    )
    diag = f"550 5.1.1 <{b.rcpt}>: usuario desconocido"
    body = report(
        [
            described(leaf(human, "plain", "utf-8", "8bit"), "Notificación"),
            described(
                dsn(b, "mx.hostibera.example", "failed", diag, f"mail.{domain}"),
                "Informe de entrega",
            ),
            described(b.headers_part(), "Cabeceras del mensaje no entregado"),
        ],
        Boundaries(b.key, "report").next(),
    )
    return Built(
        body,
        "Sistema de entrega de correo <MAILER-DAEMON@mx.hostibera.example>",
        "Mensaje no entregado: devuelto al remitente",
    )


def bounce_exchange_es_delay(b: Bounce) -> Built:
    domain = b.rcpt.split("@")[1]
    server = "DB9P195MB1830.EURP195.PROD.OUTLOOK.COM"
    diag = "400 4.4.7 Message delayed"
    body = exchange_report(
        b,
        [
            "La entrega se está retrasando para estos destinatarios o grupos:",
            b.rcpt,
            f"Asunto: {b.subject}",
            "Este mensaje aún no se ha entregado. Se seguirá intentando la entrega.",
            "El servidor seguirá intentando entregar el mensaje durante 44 horas más. Si no se puede entregar en ese plazo, recibirá una notificación.",
            f"Información de diagnóstico para administradores:\n\nServidor de generación: {server}\n{b.rcpt}\nRespuesta del servidor remoto: '{diag}'",
        ],
        server,
        "delayed",
        diag,
        retry=44,
    )
    return Built(body, f"Microsoft Outlook <postmaster@{domain}>", f"Retrasado: {b.subject}")


def bounce_exchange_nl_full(b: Bounce) -> Built:
    domain = b.rcpt.split("@")[1]
    server = "AM0P189MB0741.EURP189.PROD.OUTLOOK.COM"
    diag = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    body = exchange_report(
        b,
        [
            f"Uw bericht aan {b.rcpt} kan niet worden bezorgd.",
            "Het postvak van de ontvanger is vol en kan op dit moment geen berichten ontvangen.",
            f"{AR_NAME}\nAfzender        Actie vereist\n\n{domain}\nOntvanger       Postvak vol",
            "Hoe u dit kunt oplossen\nProbeer het bericht later opnieuw te verzenden, of neem op een andere manier contact op met de ontvanger en vraag of die ruimte in het postvak wil vrijmaken.",
            f"Meer informatie voor e-mailbeheerders\nGenererende server: {server}\n{b.rcpt}\nDe externe server heeft '{diag}' geretourneerd.",
        ],
        server,
        "failed",
        diag,
    )
    return Built(
        body,
        f"Microsoft Outlook <postmaster@{domain}>",
        f"Onbestelbaar: {b.subject}",
        (("X-MS-Exchange-Message-Is-Ndr", ""),),
    )


def bounce_provider_nl_delay(b: Bounce) -> Built:
    """A Dutch mail-forwarding relay: greylisted at the final server, still retrying (soft)."""
    domain = b.rcpt.split("@")[1]
    human = (
        "Dit is het mailsysteem van relay2.hostnederland.example.\n\n"
        "###########################################################\n"
        "# DIT IS ALLEEN EEN WAARSCHUWING.                         #\n"
        "# U HOEFT HET BERICHT NIET OPNIEUW TE VERSTUREN.          #\n"
        "###########################################################\n\n"
        "Uw bericht kon nog niet worden afgeleverd aan de onderstaande ontvanger.\n"
        "Het systeem blijft het nog 4 dagen proberen.\n\n"
        f"<{b.rcpt}>: host mail.{domain}[198.51.100.88] antwoordde:\n"
        f"    450 4.7.1 <{b.rcpt}>: Recipient address rejected: Greylisted,\n"
        "    please try again later (in antwoord op het RCPT TO-commando)\n"
    )
    diag = f"450 4.7.1 <{b.rcpt}>: Recipient address rejected: Greylisted, please try again later"
    body = report(
        [
            described(leaf(human, "plain", "utf-8", "qp"), "Notificatie"),
            described(
                dsn(
                    b,
                    "relay2.hostnederland.example",
                    "delayed",
                    diag,
                    f"mail.{domain}",
                    retry_hours=96,
                ),
                "Afleverrapport",
            ),
            described(b.headers_part(), "Headers van het vertraagde bericht"),
        ],
        Boundaries(b.key, "report").next(),
    )
    return Built(
        body,
        "Mail Delivery System <MAILER-DAEMON@relay2.hostnederland.example>",
        "Vertraagde e-mail (nog niet afgeleverd)",
    )


def bounce_provider_it_delay(b: Bounce) -> Built:
    """An Italian provider's plain-text delay notice in Latin-1 (soft)."""
    sent = b.sent.astimezone(b.tz)
    wd = WEEKDAYS_GMAIL["it"][sent.weekday()]
    text = (
        "Questo è un messaggio generato automaticamente dal sistema di posta\n"
        "mx2.postaweb-italia.example.\n\n"
        "Il messaggio da lei inviato non è ancora stato recapitato al seguente\n"
        "destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        f"Oggetto: {latin1(b.subject)}\n"
        f"Inviato: {wd} {sent:%d/%m/%Y %H:%M}\n\n"
        "Motivo: il server del destinatario non risponde (4.4.1 connessione scaduta).\n\n"
        "Il sistema continuerà a tentare la consegna per i prossimi 4 giorni. Non è\n"
        "necessario inviare di nuovo il messaggio: riceverà un ulteriore avviso solo\n"
        "se la consegna non andrà a buon fine.\n"
    )
    body = leaf(text, "plain", "iso-8859-1", "qp")
    return Built(
        body,
        "Postmaster <postmaster@mx2.postaweb-italia.example>",
        "Avviso: messaggio non ancora recapitato",
    )


def bounce_provider_it_hard(b: Bounce) -> Built:
    """An Italian provider's notice with the original attached (multipart/mixed, hard)."""
    text = (
        "Gentile utente,\n\n"
        "il messaggio che ha inviato non è stato recapitato al destinatario indicato:\n\n"
        f"{b.rcpt}\n\n"
        "Errore permanente: 550 5.1.1 utente inesistente (the mailbox does not exist)\n\n"
        "Verifichi che l'indirizzo sia scritto correttamente. Il messaggio originale è\n"
        "allegato a questa notifica.\n\n"
        "-- \n"
        "Servizio posta elettronica\n"
        "Provider Lombardo\n"
    )
    original = b.message_part()
    original.extra.append(("Content-Disposition", 'attachment; filename="messaggio-originale.eml"'))
    body = multipart(
        "mixed",
        [leaf(text, "plain", "utf-8", "qp"), original],
        Boundaries(b.key, "plain").next(),
    )
    return Built(
        body,
        "Sistema di posta <mailer-daemon@mail.provider-lombardo.example>",
        "Notifica di mancato recapito",
        (("X-Failed-Recipients", b.rcpt),),
    )


BOUNCES = [
    Bounce(
        "bo-en-1",
        "en",
        "hard",
        "5.4.4",
        "accounts@oldforgegrill.example",
        "2031-10-06 09:07",
        UK,
        "RCK/31/0431",
        "655.00",
        bounce_postfix_domain,
        note="Postfix DSN: the customer's domain no longer resolves",
    ),
    Bounce(
        "bo-en-2",
        "en",
        "hard",
        "5.1.1",
        "info@thelanternkitchen.example",
        "2031-09-30 09:08",
        UK,
        "RCK/31/0432",
        "1210.00",
        bounce_qmail,
        note="qmail 'failure notice', not MIME, no Auto-Submitted",
    ),
    Bounce(
        "bo-en-3",
        "en",
        "soft",
        "4.4.1",
        "kitchen@saltmarsh-smokehouse.example",
        "2031-10-14 13:10",
        UK,
        "RCK/31/0433",
        "890.00",
        bounce_gmail_delay,
        delay_hours=4,
        note="Gmail delay notice",
    ),
    Bounce(
        "bo-de-1",
        "de",
        "hard",
        "5.1.10",
        "buchhaltung@landgasthof-eder.example",
        "2031-10-09 10:06",
        CE,
        "RCK/31/0434",
        "1475.00",
        bounce_exchange_de,
        note="Office 365 'Unzustellbar', recipient not found",
    ),
    Bounce(
        "bo-de-2",
        "de",
        "soft",
        "4.2.2",
        "info@cafe-am-marktplatz.example",
        "2031-10-16 10:15",
        CE,
        "RCK/31/0435",
        "540.00",
        bounce_exim_de,
        delay_hours=24,
        note="Exim delay warning with a German template, mailbox full, not MIME multipart",
    ),
    Bounce(
        "bo-fr-1",
        "fr",
        "hard",
        "5.7.1",
        "reception@hotel-desalpes-annecy.example",
        "2031-10-13 10:07",
        CE,
        "RCK/31/0436",
        "2390.00",
        bounce_exchange_fr,
        note="Office 365 'Non remis', rejected by the recipient's policy; full message returned",
    ),
    Bounce(
        "bo-es-1",
        "es",
        "hard",
        "5.1.1",
        "reservas@casarural-elolivar.example",
        "2031-10-02 10:11",
        CE,
        "RCK/31/0437",
        "760.00",
        bounce_provider_es,
        note="Spanish relay DSN, user unknown",
    ),
    Bounce(
        "bo-es-2",
        "es",
        "soft",
        "4.4.7",
        "compras@grupohosteleria-levante.example",
        "2031-10-21 14:20",
        CE,
        "RCK/31/0438",
        "3125.00",
        bounce_exchange_es_delay,
        delay_hours=4,
        note="Office 365 'Retrasado' delay report",
    ),
    Bounce(
        "bo-nl-1",
        "nl",
        "soft",
        "5.2.2",
        "keuken@eetcafedehaven.example",
        "2031-10-08 10:05",
        CE,
        "RCK/31/0439",
        "835.00",
        bounce_exchange_nl_full,
        note="mailbox full reported with a 5.x code: soft, the code is kept",
    ),
    Bounce(
        "bo-nl-2",
        "nl",
        "soft",
        "4.7.1",
        "info@lunchroom-debakfiets.example",
        "2031-10-10 14:30",
        CE,
        "RCK/31/0440",
        "395.00",
        bounce_provider_nl_delay,
        delay_hours=4,
        note="Dutch relay delay warning, greylisting (temporary policy)",
    ),
    Bounce(
        "bo-it-1",
        "it",
        "soft",
        "4.4.1",
        "info@agriturismo-lequerce.example",
        "2031-10-22 15:05",
        CE,
        "RCK/31/0441",
        "1180.00",
        bounce_provider_it_delay,
        delay_hours=6,
        note="Italian provider delay notice, single part Latin-1",
    ),
    Bounce(
        "bo-it-2",
        "it",
        "hard",
        "5.1.1",
        "ordini@pasticceriaruggiero.example",
        "2031-10-01 10:12",
        CE,
        "RCK/31/0442",
        "470.00",
        bounce_provider_it_hard,
        note="Italian provider notice in multipart/mixed with the original attached",
    ),
]


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")
X_AUTOREPLY = ("X-Autoreply", "yes")

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Gareth Pryce", "gaz.pryce76@gmail.com"),
        "2031-10-01 19:42",
        "iphone",
        "Paid.",
        lab(note="one-word reply; no date given"),
        "RCK/31/0366",
        "240.00",
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        (
            "Northfell Hospitals NHS FT – Payments",
            "ap-remittance@northfell-nhs.example",
        ),
        "2031-10-03 06:12",
        "notice_alt",
        t("""
            NORTHFELL HOSPITALS NHS FOUNDATION TRUST
            Shared Business Services – Accounts Payable

            REMITTANCE ADVICE

            Supplier: RAVENSWORTH COMMERCIAL KITCHENS HYGIENE LTD
            Supplier No: 0041877
            Payment Date: 03/10/2031
            Payment Method: BACS
            Payment Reference: NFT-PAY-0088213

            Invoice Number | Invoice Date | Amount (GBP)
            RCK/31/0398 | 02/09/2031 | 2,460.00
            RCK/31/0412 | 09/09/2031 | 612.00
            Total Paid | | 3,072.00

            This advice is produced automatically. Please allow up to 3 working days for the funds to reach your account. For queries, quote the payment reference above and contact the Accounts Payable helpdesk through the supplier portal. Replies to this mailbox are not read.
        """),
        lab(
            ("RCK/31/0398", "RCK/31/0412"),
            "AP-system remittance advice covering two invoices; quotes nothing; the amount is the total paid",
            paid_date="2031-10-03",
            payment_reference="NFT-PAY-0088213",
            amount="3072.00",
            currency="GBP",
        ),
        "RCK/31/0398",
        "2460.00",
        subject="Remittance Advice – Payment Ref NFT-PAY-0088213",
        headers=(AUTO_GENERATED,),
        threaded=False,
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Bernie Walsh", "bernie@thedrovers-arms.example"),
        "2031-10-09 14:20",
        "outlook",
        t("""
            Hi,

            Sorry for the slow reply, it’s been absolute chaos here – we’ve had the brewery in doing the cellar, the new chef started on Monday and I’ve been covering the bar most nights so emails have gone by the wayside a bit.

            Just so you know, the extractor over the range has been making a sort of rattling noise since your lads were in. Might be nothing, might be something they knocked, but could someone have a look next time you’re out? No rush, it still works.

            Anyway re the invoice – Steve did the payment from the business account on Tuesday, the full £585, and he put the invoice number on it so it should be with you by now. If it hasn’t turned up let me know and I’ll get him to check with the bank.

            Also are you still doing the 6 monthly visits or do we need to book the next one ourselves?

            Thanks
            Bernie
            The Drovers Arms, Thornby Moor
        """),
        lab(
            note="rambling; the payment claim is buried in the third paragraph; 'Tuesday' is the Tuesday before Thu 9 Oct; the extractor noise is a service question, not a dispute",
            paid_date="2031-10-07",
            amount="585.00",
            currency="GBP",
        ),
        "RCK/31/0394",
        "585.00",
        charset="windows-1252",
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Sabine Kröger", "s.kroeger@hotel-am-stadtwald.example"),
        "2031-09-29 10:17",
        "outlook_html",
        t("""
            Sehr geehrte Damen und Herren,

            die Rechnung RCK/31/0388 über 1.940,00 € haben wir bereits am 26.09. per Überweisung beglichen – Ihre Erinnerung hat sich vermutlich mit unserer Zahlung überschnitten.

            Dürfte ich Sie trotzdem um eine Kopie der Rechnung als PDF bitten? Das Original ist bei uns im Umlauf verloren gegangen, und unser Steuerbüro braucht den Beleg für den Monatsabschluss.

            Vielen Dank und freundliche Grüße

            Sabine Kröger
            Buchhaltung
            Hotel Am Stadtwald GmbH · Waldstraße 14 · 34117 Kassel
        """),
        lab(
            ("RCK/31/0388",),
            "paid, plus a request for a copy for the records: the payment claim wins; '26.09.' is the Friday before Mon 29 Sep",
            paid_date="2031-09-26",
            amount="1940.00",
            currency="EUR",
        ),
        "RCK/31/0388",
        "1940.00",
        charset="windows-1252",
    ),
    Reply(
        "ps-de-2",
        "payment_sent",
        "de",
        ("Murat Aydın", "murat.aydin.grill@gmail.com"),
        "2031-10-14 21:30",
        "gmail_plain",
        t("""
            hab ich gestern überwiesen sorry fürs späte zahlen war im urlaub
            gruß murat
        """),
        lab(
            note="no punctuation, all lower case; 'gestern' is the day before Tue 14 Oct",
            paid_date="2031-10-13",
        ),
        "RCK/31/0378",
        "385.00",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        (
            "Service facturier – CH Vallon-sur-Loire",
            "service.facturier@ch-vallon.example",
        ),
        "2031-10-03 11:48",
        "outlook",
        t("""
            Madame, Monsieur,

            Nous accusons réception de votre relance concernant la facture RCK/31/0379.

            Nous vous informons que cette facture a été mandatée et que le virement correspondant, d'un montant de 3 180,00 euros, a été exécuté le 02/10/2031 par le comptable public. Le numéro de mandat à rappeler en cas de besoin est le 2031-004417.

            Compte tenu des délais interbancaires, les fonds devraient apparaître sur votre compte dans les prochains jours.

            Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

            Le Service facturier
            Direction des affaires financières
            Centre hospitalier de Vallon-sur-Loire
        """),
        lab(
            ("RCK/31/0379",),
            "very formal public-sector reply; the mandate number is the payment reference",
            paid_date="2031-10-02",
            payment_reference="2031-004417",
            amount="3180.00",
            currency="EUR",
        ),
        "RCK/31/0379",
        "3180.00",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Maëlle Le Goff", "maelle@creperie-ty-gwenn.example"),
        "2031-10-16 08:55",
        "iphone",
        "C’est réglé depuis hier soir par virement 🙂 désolée pour le retard, grosse saison cet été !\nMaëlle",
        lab(note="'depuis hier soir' = Wed 15 Oct", paid_date="2031-10-15"),
        "RCK/31/0354",
        "468.00",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Javi Ortega", "javi@barlataberna.example"),
        "2031-10-08 13:10",
        "android",
        "Hecho, perdona el retraso 🙏",
        lab(note="'hecho' (done) answering a payment reminder is read as paid; no date"),
        "RCK/31/0356",
        "530.00",
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        (
            "Administración – Conservas Hermanos Lluch",
            "administracion@conservaslluch.example",
        ),
        "2031-10-01 09:35",
        "gmail",
        t("""
            Buenos días:

            Les confirmamos que con fecha 30/09 se realizó la transferencia de 4.215,60 € correspondiente a las facturas RCK/31/0360 y RCK/31/0361 (limpieza de campanas y conductos de la nave 2).

            Referencia de la operación: 0049 2031 0930 7781

            Un saludo,

            Montse Ribas
            Administración
            Conservas Hermanos Lluch, S.L. – Vilanova i la Geltrú
        """),
        lab(
            ("RCK/31/0360", "RCK/31/0361"),
            "one transfer for two invoices; the amount is the total",
            paid_date="2031-09-30",
            payment_reference="0049 2031 0930 7781",
            amount="4215.60",
            currency="EUR",
        ),
        "RCK/31/0360",
        "2107.80",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Pieter van Dalen", "pieter@dekrommeelleboog.example"),
        "2031-10-07 15:05",
        "thunderbird",
        t("""
            Goedemiddag,

            Wij hebben deze factuur vorige week vrijdag al voldaan, € 890,40 met het factuurnummer erbij. Wilt u het even nakijken aan uw kant?

            Met vriendelijke groet,

            Pieter van Dalen
            Eetcafé De Kromme Elleboog
        """),
        lab(
            note="'vorige week vrijdag' from Tue 7 Oct = Fri 3 Oct",
            paid_date="2031-10-03",
            amount="890.40",
            currency="EUR",
        ),
        "RCK/31/0370",
        "890.40",
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        (
            "Crediteurenadministratie Van Houten Catering",
            "noreply-betalingen@vanhoutencatering.example",
        ),
        "2031-10-10 07:02",
        "notice_html",
        t("""
            Geachte relatie,

            Hierbij ontvangt u de specificatie van onze betaling van vandaag.

            Betaaldatum: | 10-10-2031
            Betalingskenmerk: | VHC-31-10-0072
            Uw relatienummer bij ons: | 20417

            Factuurnummer | Factuurdatum | Bedrag
            RCK/31/0402 | 01-09-2031 | € 1.275,00
            Totaal betaald | | € 1.275,00

            Dit bericht is automatisch verzonden vanuit onze financiële administratie. Antwoorden op dit e-mailadres worden niet gelezen.
        """),
        lab(
            ("RCK/31/0402",),
            "HTML-only AP payment advice; quotes nothing",
            paid_date="2031-10-10",
            payment_reference="VHC-31-10-0072",
            amount="1275.00",
            currency="EUR",
        ),
        "RCK/31/0402",
        "1275.00",
        cte="b64",
        subject="Betalingsspecificatie 10-10-2031 – Van Houten Catering B.V.",
        headers=(AUTO_GENERATED,),
        threaded=False,
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        (
            "Ufficio Amministrazione – Pastificio Valtorta",
            "amministrazione@pastificiovaltorta.example",
        ),
        "2031-10-17 10:22",
        "outlook_html",
        t("""
            Buongiorno,

            in riferimento al vostro sollecito, vi comunichiamo che la fattura RCK/31/0391 è stata saldata il 15/10 tramite bonifico SEPA di € 2.640,00 (CRO 1203 4567 8910 11).

            Restiamo a disposizione per qualsiasi chiarimento.

            Cordiali saluti

            Elena Moretti
            Ufficio Amministrazione
            Pastificio Valtorta S.p.A. – Lecco
        """),
        lab(
            ("RCK/31/0391",),
            "'15/10' in Italian day/month order",
            paid_date="2031-10-15",
            payment_reference="1203 4567 8910 11",
            amount="2640.00",
            currency="EUR",
        ),
        "RCK/31/0391",
        "2640.00",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        (
            "Orion Hotels Europe – Accounts Payable",
            "ap.sharedservices@orionhotels-europe.example",
        ),
        "2031-10-01 16:40",
        "outlook_html",
        t("""
            Dear Sir or Madam,

            Thank you for your reminder. Invoice RCK/31/0401 has been approved by the hotel and is included in Friday’s payment run. Depending on your bank, the funds should reach you early next week.

            Please note that all future invoices for our Rotterdam property must show its cost centre (CC-NL-0410), otherwise they will be put on hold.

            Kind regards,

            Daan Verhoef
            Accounts Payable Shared Service Centre
            Orion Hotels Europe B.V. · Amsterdam
        """),
        lab(
            ("RCK/31/0401",),
            "past tense ('has been approved … is included') announces a payment in Friday's run, Fri 3 Oct; English from a Dutch shared service centre (CEST); the cost-centre remark is about future invoices",
            promised_date="2031-10-03",
        ),
        "RCK/31/0401",
        "3420.00",
        continental=True,
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Karen Doyle", "karen.doyle@brightbites-catering.example"),
        "2031-10-06 11:15",
        "gmail",
        t("""
            Hi,

            Sorry about this. We’re a small outfit and the council only pays us for the school meals contract on the 20th, so that’s when our suppliers get paid too. You’ll have it on the 20th, promise.

            Karen
            Bright Bites School Catering
        """),
        lab(
            note="tied to the council's payment day; 'the 20th' from Mon 6 Oct = Mon 20 Oct",
            promised_date="2031-10-20",
        ),
        "RCK/31/0383",
        "1125.00",
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Stav Andreou", "stav@golden-fryer.example"),
        "2031-10-09 22:48",
        "android",
        "WILL PAY END OF THE MONTH CHEERS\nSTAV",
        lab(
            note="all caps from a phone; end of the month = 31 Oct",
            promised_date="2031-10-31",
        ),
        "RCK/31/0396",
        "310.00",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Jürgen Hasselmann", "j.hasselmann@kroll-antriebstechnik.example"),
        "2031-10-13 08:32",
        "outlook",
        t("""
            Guten Morgen,

            die Rechnung ist freigegeben und für den Zahllauf in KW 43 eingeplant. Früher geht es leider nicht, unsere Kreditorenbuchhaltung zahlt nur einmal pro Woche.

            Mit freundlichen Grüßen
            Jürgen Hasselmann
            Leitung Betriebsgastronomie
            Kroll Antriebstechnik GmbH
        """),
        lab(
            note="'KW 43' resolved to its Monday, 20 Oct, as for 'next week'; 'freigegeben' (approved) announces a future payment",
            promised_date="2031-10-20",
        ),
        "RCK/31/0389",
        "2315.50",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Rosi Berghofer", "info@gasthof-linde-berghofer.example"),
        "2031-10-07 19:05",
        "outlook",
        t("""
            Grüß Gott,

            entschuldigen Sie bitte die späte Rückmeldung. Bei uns war im September der Teufel los: erst die Hochzeiten, dann ist unser Koch krank geworden, und in der Woche drauf hat auch noch die Spülmaschine den Geist aufgegeben. Ihr Monteur war übrigens sehr freundlich und gründlich, die Haube zieht jetzt wieder richtig, das muss man auch einmal sagen.

            Wegen der Rechnung: mein Mann macht die Überweisungen immer gesammelt, und er ist diese Woche noch auf Kur. Er kommt am Donnerstag zurück, und ich habe ihm gesagt, dass Ihre Rechnung spätestens am Freitag, den 17.10. raus muss. Den Zettel lege ich ihm auf den Schreibtisch.

            Nochmals Entschuldigung und schöne Grüße aus dem Allgäu
            Rosi Berghofer
            Gasthof Zur Linde
        """),
        lab(
            note="rambling; the promise is near the end; 'spätestens am Freitag, den 17.10.'",
            promised_date="2031-10-17",
        ),
        "RCK/31/0375",
        "760.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        (
            "Comptabilité fournisseurs – Groupe Brasseries du Quai",
            "compta.fournisseurs@brasseriesduquai.example",
        ),
        "2031-10-08 10:02",
        "outlook",
        t("""
            Bonjour,

            La facture RCK/31/0399 est validée. Le règlement partira en fin de mois avec l’échéance fournisseurs habituelle.

            Cordialement,

            Nathalie Briand
            Comptabilité fournisseurs
            Groupe Brasseries du Quai – Nantes
        """),
        lab(("RCK/31/0399",), "'en fin de mois' = 31 Oct", promised_date="2031-10-31"),
        "RCK/31/0399",
        "1870.00",
    ),
    Reply(
        "pp-fr-2",
        "promise_to_pay",
        "fr",
        ("Rachid Benali", "rachid.traiteur.benali@orange.fr"),
        "2031-10-02 20:14",
        "apple",
        t("""
            Bonsoir,

            Oui je sais, désolé. La trésorerie est un peu juste depuis la fin de la saison des mariages mais je vous fais le virement lundi prochain sans faute, la totalité.

            Bonne soirée
            Rachid Benali
            Benali Traiteur
        """),
        lab(
            note="tight cash mentioned but one full payment promised: promise_to_pay, not payment_plan; 'lundi prochain' from Thu 2 Oct = Mon 6 Oct",
            promised_date="2031-10-06",
        ),
        "RCK/31/0380",
        "945.00",
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Lucía Navarro", "lucia@catering-malagueta.example"),
        "2031-10-13 18:27",
        "iphone",
        "Hola, os lo pagamos a finales de mes, que es cuando nos pagan los hoteles. Disculpad!",
        lab(note="'a finales de mes' = 31 Oct", promised_date="2031-10-31"),
        "RCK/31/0403",
        "1380.00",
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Cuentas a Pagar – Hoteles Mirasol", "cuentasapagar@hotelesmirasol.example"),
        "2031-10-17 12:40",
        "outlook_html",
        t("""
            Estimados señores:

            Les informamos de que la factura RCK/31/0405 ya ha sido aprobada y se abonará el próximo jueves mediante transferencia bancaria, junto con el resto de pagos a proveedores de la semana.

            Atentamente,

            Marta Quintero
            Departamento de Cuentas a Pagar
            Hoteles Mirasol, S.A. · Palma
        """),
        lab(
            ("RCK/31/0405",),
            "'ya ha sido aprobada' (past) announces a future payment; 'el próximo jueves' from Fri 17 Oct = Thu 23 Oct",
            promised_date="2031-10-23",
        ),
        "RCK/31/0405",
        "2980.00",
        charset="windows-1252",
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Sanne de Wit", "sanne.dewit@gmail.com"),
        "2031-10-06 21:02",
        "gmail",
        t("""
            Hoi,

            Ik weet het, hij staat nog open. Ik betaal hem over twee weken, dan heb ik de huur gehad en wat meer ruimte.

            Groetjes,
            Sanne
            Lunchroom Het Zonnetje
        """),
        lab(
            note="'over twee weken' = 14 days after Mon 6 Oct",
            promised_date="2031-10-20",
        ),
        "RCK/31/0385",
        "425.00",
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        (
            "Cooperativa Il Girasole – Amministrazione",
            "amministrazione@coopilgirasole.example",
        ),
        "2031-10-09 11:50",
        "outlook",
        t("""
            Buongiorno,

            abbiamo preso nota del sollecito. Provvederemo al saldo della fattura entro fine mese, insieme agli altri fornitori del servizio mensa.

            Distinti saluti

            Paola Ricci
            Amministrazione
            Cooperativa Sociale Il Girasole - refezione scolastica
        """),
        lab(note="'entro fine mese' = 31 Oct", promised_date="2031-10-31"),
        "RCK/31/0392",
        "1560.00",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Davide Colombo", "davide@osteriadelponte.example"),
        "2031-10-15 14:03",
        "iphone",
        "Non ancora purtroppo. I bonifici li firma il titolare e lo fa solo il martedì, quindi parte martedì prossimo.\nDavide",
        lab(
            note="negation ('non ancora') followed by a promise; 'martedì prossimo' from Wed 15 Oct = Tue 21 Oct",
            promised_date="2031-10-21",
        ),
        "RCK/31/0397",
        "690.00",
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Tom Kenyon", "tom@thewheatsheaf-kitchen.example"),
        "2031-09-30 12:25",
        "gmail",
        t("""
            Hi,

            0371 (the canopy and duct clean) was paid last week, you should have that.

            0384 we’re not paying as it stands. It’s for two grease traps and your engineer only emptied the one under the pot wash – the one out in the yard was never touched, it’s still full and stinking. Either get someone back out to do it or send me a credit note for half.

            Tom Kenyon
            Head Chef, The Wheatsheaf
        """),
        lab(
            ("RCK/31/0371", "RCK/31/0384"),
            "one invoice paid, the other disputed: dispute wins over the payment claim; short forms normalised",
        ),
        "RCK/31/0384",
        "1040.00",
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Hannah Lowther", "facilities@staldrics-college.example"),
        "2031-10-16 15:40",
        "outlook",
        t("""
            Dear Credit Control,

            For the avoidance of doubt, we have NOT paid this invoice and will not be doing so until someone explains the line for “access equipment hire – 4 hrs @ £95”. No scaffold tower or MEWP was used during the works in the college kitchen, and no equipment hire appears on the quotation we accepted (Q-2031-118).

            Please issue a credit note for £380.00 plus VAT, or provide evidence that the equipment was on site, and we will then process the balance.

            Regards,

            Hannah Lowther
            Facilities Manager
            St Aldric’s College
        """),
        lab(note="emphatic negation with the reason; contests one line of the invoice"),
        "RCK/31/0408",
        "2196.00",
        charset="windows-1252",
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Priya Nandakumar", "finance@ashbrook-trust.example"),
        "2031-10-20 10:11",
        "thunderbird",
        t("""
            Hello,

            RCK/31/0420 looks like a duplicate of RCK/31/0358 to us – same site (Ashbrook Primary kitchen), same service date, same £840.00. We paid 0358 on 18 September.

            Please cancel 0420 and confirm, or tell us what the second visit was for.

            Thanks,
            Priya Nandakumar
            Finance Officer, Ashbrook Academy Trust
        """),
        lab(
            ("RCK/31/0420", "RCK/31/0358"),
            "duplicate-billing claim; the payment mentioned is of the other invoice",
        ),
        "RCK/31/0420",
        "840.00",
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Dr. Katrin Obermaier", "k.obermaier@feinkost-brandauer.example"),
        "2031-10-01 14:55",
        "outlook_html",
        t("""
            Sehr geehrte Damen und Herren,

            zu Ihrer Zahlungserinnerung teilen wir Ihnen mit, dass wir die Rechnung RCK/31/0377 in der vorliegenden Form nicht anerkennen.

            Die Grundreinigung unserer Produktionsküche (Halle B) am 28.08.2031 wurde nicht vollständig ausgeführt. Bei der Lebensmittelkontrolle am Folgetag wurden Fettablagerungen in den Abluftkanälen über Linie 2 beanstandet; das Protokoll liegt Ihnen seit dem 03.09. vor. Eine Nachbesserung hat bis heute nicht stattgefunden.

            Wir bitten um Nachbesserung bzw. eine entsprechende Gutschrift. Bis zur Klärung halten wir die Zahlung zurück.

            Mit freundlichen Grüßen

            Dr. Katrin Obermaier
            Leitung Qualitätsmanagement
            Feinkost Brandauer GmbH & Co. KG
        """),
        lab(("RCK/31/0377",), "very formal; work not completed, payment withheld"),
        "RCK/31/0377",
        "4380.00",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Bistro Lindenhof", "bistro.lindenhof@web.de"),
        "2031-10-10 23:12",
        "iphone",
        "warum stehen da 3 fettabscheider drauf?? wir haben nur 2!!! so zahl ich das nicht, bitte korrigieren",
        lab(note="question form, but it contests the quantity billed"),
        "RCK/31/0406",
        "720.00",
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Julien Marchal", "j.marchal@groupe-latable-ronde.example"),
        "2031-10-14 09:48",
        "outlook_html",
        t("""
            Bonjour,

            Nous contestons la facture RCK/31/0393. Le devis signé le 4 juillet (réf. DV-31-0217) prévoyait un forfait de 1 450,00 € HT pour le dégraissage des gaines et du caisson d’extraction de la brasserie. Or vous nous facturez 1 890,00 € HT, sans avenant ni travaux supplémentaires validés de notre part.

            Merci de nous faire parvenir un avoir ou une facture rectificative conforme au devis. Nous procéderons au paiement dès réception.

            Cordialement,

            Julien Marchal
            Responsable administratif et financier
            Groupe La Table Ronde
        """),
        lab(
            ("RCK/31/0393",),
            "contests the amount against the signed quote; the request for a corrected invoice follows from the contest, so dispute",
        ),
        "RCK/31/0393",
        "2268.00",
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("Hervé Lambert", "herve.lambert56@gmail.com"),
        "2031-10-06 18:30",
        "gmail_plain",
        t("""
            Bonjour

            Il doit y avoir une erreur. Nous n'avons pas payé car l'intervention prévue le 12 septembre a été annulée par votre planning la veille au soir (j'ai encore le SMS). Personne n'est venu, donc il n'y a rien à payer.

            Merci de vérifier et d'annuler cette facture.

            H. Lambert
            Auberge du Moulin
        """),
        lab(note="negated payment with the reason: the visit never took place"),
        "RCK/31/0381",
        "540.00",
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Pepe Romero", "peperomero.asador@hotmail.com"),
        "2031-10-21 17:05",
        "iphone",
        "no vamos a pagar esto el tecnico solo cambio los filtros y no limpio la campana por dentro que es lo que pactamos. llamadme",
        lab(note="no punctuation or accents from a phone; the service was not done as agreed"),
        "RCK/31/0411",
        "660.00",
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("M. Hoekstra – Inkoop Facilitair", "inkoop.facilitair@zro-ziekenhuis.example"),
        "2031-10-09 13:30",
        "outlook",
        t("""
            Geachte heer, mevrouw,

            Factuur RCK/31/0386 betreft reinigingswerkzaamheden op drie locaties (Noord, Zuid en Oost), terwijl onze opdracht met inkoopordernummer 4500021983 uitsluitend de keukens van de locaties Noord en Zuid omvatte.

            Het deel voor Noord en Zuid (€ 2.140,00) wordt voldaan zodra wij een gecorrigeerde factuur hebben ontvangen. Het deel voor locatie Oost (€ 1.070,00) betwisten wij; daarvoor is geen opdracht verstrekt.

            Met vriendelijke groet,

            M. Hoekstra
            Inkoop Facilitair
            Ziekenhuis Rivierenland-Oost
        """),
        lab(
            ("RCK/31/0386",),
            "disputes one of three sites; the undisputed part will be paid on a corrected invoice",
        ),
        "RCK/31/0386",
        "3210.00",
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("Youssef El Amrani", "youssef@snackbar-delinde.example"),
        "2031-10-24 11:20",
        "gmail",
        t("""
            Hallo,

            Volgens mij klopt deze factuur niet. Jullie monteur was hier nog geen anderhalf uur (van 7 tot half 9, ik was er zelf bij) en er staan 4 uur arbeid op de factuur. Graag een nieuwe factuur met de juiste uren, dan betaal ik hem direct.

            Youssef
            Snackbar De Linde
        """),
        lab(
            note="contests the hours billed; the payment offered is conditional on a corrected invoice"
        ),
        "RCK/31/0413",
        "480.00",
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Giorgio Zanetti – Ufficio Acquisti", "acquisti@hotelbellavista-riva.example"),
        "2031-10-13 10:40",
        "outlook",
        t("""
            Spett.le Ravensworth,

            con la presente contestiamo formalmente la fattura RCK/31/0414. Lo svuotamento e la pulizia dei separatori di grassi della cucina sono compresi nel contratto di manutenzione annuale n. 31/HB-07, già interamente saldato a gennaio, e non possono quindi essere fatturati a parte.

            Vi chiediamo di annullare la fattura mediante nota di credito.

            Distinti saluti

            Giorgio Zanetti
            Ufficio Acquisti
            Hotel Bellavista, Riva del Garda
        """),
        lab(
            ("RCK/31/0414",),
            "contested as covered by a prepaid annual contract; the payment mentioned is of the contract, not this invoice",
        ),
        "RCK/31/0414",
        "1150.00",
        charset="iso-8859-1",
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Rosa Esposito", "trattoriadarosa@libero.it"),
        "2031-10-07 22:35",
        "outlook",
        t("""
            Buonasera,

            scusate se rispondo solo adesso ma siamo stati chiusi per ferie fino al 5 ottobre e poi tra una cosa e l'altra non ho più aperto la posta. Il ragazzo che è venuto a settembre era gentilissimo, niente da dire su di lui, ha lavorato fino a tardi e ha anche pulito per terra dopo.

            Però la cappa gocciola ancora grasso sopra la piastra, come prima, e mio figlio dice che il filtro non l'hanno neanche smontato. Poi sulla fattura c'è anche la pulizia della canna fumaria del forno a legna, che non è stata fatta perché il ragazzo non aveva la scala lunga e doveva tornare, e non è mai tornato.

            Quindi finché non sistemate queste due cose o non mi mandate una fattura giusta io non pago. Non è per cattiveria, ma mi sembra giusto così.

            Saluti
            Rosa Esposito
            Trattoria da Rosa
        """),
        lab(note="rambling; the refusal to pay comes in the last paragraph"),
        "RCK/31/0395",
        "1320.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Mehmet Yilmaz", "mehmet@anatolia-grillhouse.example"),
        "2031-10-14 16:05",
        "outlook",
        t("""
            Hello,

            I am sorry this is late. Since the fire in our kitchen at the end of August we were shut for nearly five weeks and the insurance has not paid out yet, so things are very tight.

            I can’t clear the full £1,860 in one go. Would you accept £300 a month, starting on 1 November, until it is paid off? I can set up a standing order today if you agree.

            Regards
            Mehmet Yilmaz
            Anatolia Grill House
        """),
        lab(note="hardship and monthly instalments; plan dates and amounts are not labelled"),
        "RCK/31/0390",
        "1860.00",
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Fiona McLeish", "fiona@theoldbakehouse-cafe.example"),
        "2031-10-10 12:50",
        "gmail_plain",
        t("""
            Hi there,

            I’ve just sent £500 towards this one. The rest will follow at the end of November once our lease payment has gone out – hope that’s ok, give me a shout if not.

            Fiona
        """),
        lab(note="part payment now plus the rest later: payment_plan, not payment_sent"),
        "RCK/31/0404",
        "1280.00",
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Dean Whitfield", "dean.whitfield@fresh-start-catering.example"),
        "2031-10-22 07:55",
        "iphone",
        "Can we have another 30 days on this one pls? Cash flows been a nightmare since the schools broke up for the summer, we only got paid for september last week\n\nDean",
        lab(note="more time asked for: payment_plan"),
        "RCK/31/0416",
        "975.00",
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Thomas Reinholz", "t.reinholz@landhotel-reinholz.example"),
        "2031-10-02 11:20",
        "outlook_html",
        t("""
            Sehr geehrte Damen und Herren,

            nach einer schwachen Sommersaison ist unsere Liquidität derzeit leider angespannt. Wäre es möglich, den offenen Betrag von 2.670,00 € in drei monatlichen Raten zu begleichen? Die erste Rate über 890,00 € könnten wir sofort anweisen, die weiteren jeweils zum Monatsersten.

            Für Ihr Entgegenkommen wären wir sehr dankbar.

            Mit freundlichen Grüßen
            Thomas Reinholz
            Landhotel Reinholz
        """),
        lab(note="instalments proposed"),
        "RCK/31/0382",
        "2670.00",
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Claudia Feld", "c.feld@kita-sonnenhof.example"),
        "2031-10-17 14:42",
        "apple",
        t("""
            Hallo,

            wir haben heute 1.000 € überwiesen. Den Rest (850 €) schaffen wir Mitte November, dann kommt die nächste Abschlagszahlung vom Träger.

            Viele Grüße
            Claudia Feld
            Küchenleitung Kita Sonnenhof
        """),
        lab(note="part paid today, the rest later: payment_plan"),
        "RCK/31/0407",
        "1850.00",
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Sophie Garnier", "sophie@lescalier-bistrot.example"),
        "2031-10-15 10:05",
        "thunderbird",
        t("""
            Bonjour,

            Je reviens vers vous au sujet de cette facture. La saison a été très mauvaise (travaux de voirie devant le restaurant tout l'été) et je ne peux pas régler la somme en une seule fois.

            Serait-il possible d'étaler le paiement en quatre mensualités de 399 €, la première à la fin de ce mois ?

            Merci par avance de votre compréhension.

            Sophie Garnier
            L'Escalier – bistrot
        """),
        lab(note="hardship and four monthly instalments"),
        "RCK/31/0410",
        "1596.00",
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Iñaki Etxeberria", "inaki@sagardotegi-etxeberria.example"),
        "2031-10-02 17:40",
        "gmail",
        t("""
            Kaixo:

            ¿Podríamos pagarla en dos plazos? La mitad ahora a primeros de octubre y la otra mitad a mediados de noviembre, cuando arranque la temporada de sidrería. Si os parece bien, hago la primera transferencia esta semana.

            Gracias,
            Iñaki
        """),
        lab(note="two instalments proposed; nothing paid yet"),
        "RCK/31/0387",
        "1420.00",
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Álvaro Méndez – Restaurante El Faro", "gerencia@restauranteelfaro.example"),
        "2031-10-20 13:15",
        "outlook",
        t("""
            Buenos días:

            Les escribo en relación con su recordatorio. Como sabrán, el restaurante ha estado cerrado seis semanas por las obras del paseo marítimo y ahora mismo no podemos hacer frente al pago.

            Les rogaría que nos concedieran un aplazamiento hasta diciembre. Si lo prefieren, podemos pagar una parte en noviembre y el resto en diciembre.

            Quedo a la espera de su respuesta.

            Un saludo,
            Álvaro Méndez
            Gerente – Restaurante El Faro
        """),
        lab(note="hardship; postponement or two parts"),
        "RCK/31/0415",
        "2050.00",
        charset="windows-1252",
        cte="8bit",
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Kees Bakker", "kees@friettentbakker.example"),
        "2031-10-01 20:10",
        "iphone",
        "Kunnen we dit in termijnen doen? Ik denk aan 250 per maand. Het is na de zomer erg stil bij ons.\n\nKees",
        lab(note="instalments proposed from a phone"),
        "RCK/31/0373",
        "1000.00",
    ),
    Reply(
        "pl-nl-2",
        "payment_plan",
        "nl",
        ("Marloes Jansen", "m.jansen@partycentrum-deschuur.example"),
        "2031-10-14 16:50",
        "outlook_html",
        t("""
            Goedemiddag,

            Vandaag hebben wij de helft van het bedrag overgemaakt (€ 822,00). De andere helft volgt over twee weken, zodra de eindafrekening van onze grote najaarsbeurs binnen is.

            Wij hopen dat dit akkoord is.

            Met vriendelijke groet,

            Marloes Jansen
            Partycentrum De Schuur
        """),
        lab(note="half paid today, half in two weeks: payment_plan, not payment_sent"),
        "RCK/31/0417",
        "1644.00",
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Silvia Brambilla", "amministrazione@rcbrianza.example"),
        "2031-09-30 15:25",
        "outlook_html",
        t("""
            Buongiorno,

            a seguito della chiusura estiva delle mense scolastiche che gestiamo stiamo attraversando un periodo di tensione di cassa. Vi chiediamo se sia possibile rateizzare l'importo in tre rate mensili da € 1.050,00, con prima scadenza il 31 ottobre.

            Restiamo in attesa di un vostro riscontro.

            Cordiali saluti

            Silvia Brambilla
            Amministrazione
            Ristorazione Collettiva Brianza S.r.l.
        """),
        lab(note="three monthly instalments"),
        "RCK/31/0368",
        "3150.00",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Luca Ferraro", "luca.ferraro.pizzeria@gmail.com"),
        "2031-10-22 23:40",
        "gmail",
        t("""
            Ciao, vi chiedo cortesemente una proroga di 60 giorni. A settembre si è rotto il forno e siamo stati fermi tre settimane, adesso stiamo ripartendo. Non voglio sparire, pago tutto, ma mi serve un po' di tempo.

            Grazie
            Luca – Pizzeria Il Vesuvio
        """),
        lab(note="more time asked for after a breakdown: payment_plan"),
        "RCK/31/0419",
        "870.00",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Gemma Holroyd", "purchase.ledger@penninepies.example"),
        "2031-10-06 09:25",
        "outlook_html",
        t("""
            Good morning,

            We can’t process this invoice as it doesn’t show a purchase order number – our system rejects anything without one. Once you reissue it quoting PO 4700-118823 we’ll pay it in the next weekly run.

            Many thanks,
            Gemma Holroyd
            Purchase Ledger
            Pennine Pies Ltd
        """),
        lab(
            note="payment conditional on a reissue with a PO number, nothing contested: invoice_request"
        ),
        "RCK/31/0374",
        "3960.00",
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Lee Harrison", "lee.harrison.kitchens@gmail.com"),
        "2031-10-15 13:02",
        "gmail_plain",
        "did we not pay this already?? send me a statement and ill check with the bank\n\nLee",
        lab(note="a question about payment plus a statement request; no payment claimed"),
        "RCK/31/0400",
        "390.00",
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Margaret Ellison", "m.ellison@holtmerriman-law.example"),
        "2031-10-23 11:45",
        "outlook",
        t("""
            Dear Sir/Madam,

            Before we can release payment of this invoice, our finance policy requires your bank details to be confirmed in writing on company letterhead and signed by a director. This follows an attempted fraud on the firm earlier this year and applies to all new suppliers.

            Please send the letter by post or as a signed PDF to this address. Once it is received, the invoice will be paid within our usual 14 days.

            Yours faithfully,

            Margaret Ellison
            Office Manager
            Holt & Merriman LLP, Solicitors
        """),
        lab(
            note="needs a signed bank-details letter before paying, without contesting: invoice_request"
        ),
        "RCK/31/0418",
        "528.00",
        headers=(SUPPRESS,),
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        (
            "Frank Wiechers – Kreditorenbuchhaltung",
            "kreditoren@klinikum-mittelweser.example",
        ),
        "2031-10-08 08:40",
        "outlook",
        t("""
            Sehr geehrte Damen und Herren,

            die Rechnung kann von uns nicht gebucht werden, da die Bestellnummer fehlt. Bitte senden Sie uns die Rechnung unter Angabe unserer Bestellnummer 4501187733 erneut zu, vorzugsweise als PDF an rechnungseingang@klinikum-mittelweser.example.

            Nach Eingang wird die Rechnung im regulären Zahllauf berücksichtigt.

            Mit freundlichen Grüßen
            i. A. Frank Wiechers
            Kreditorenbuchhaltung
            Klinikum Mittelweser gGmbH
        """),
        lab(
            note="reissue with an order number; the address named is where the PDF goes, not a new contact for reminders"
        ),
        "RCK/31/0376",
        "5120.00",
        headers=(SUPPRESS,),
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Claire Vasseur", "achats@hotel-lestilleuls.example"),
        "2031-09-29 14:20",
        "outlook_html",
        t("""
            Bonjour,

            Pourriez-vous nous renvoyer la facture RCK/31/0409 accompagnée du rapport d'intervention signé par notre chef de cuisine ? Notre service comptable ne peut pas valider le paiement sans ce document.

            Bien cordialement,

            Claire Vasseur
            Service achats
            Hôtel Les Tilleuls, Annecy
        """),
        lab(
            ("RCK/31/0409",),
            "copy of the invoice and the signed job report before payment",
        ),
        "RCK/31/0409",
        "1740.00",
        charset="iso-8859-1",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        (
            "Mairie de Saint-Aubin-des-Prés – Service des finances",
            "finances@mairie-staubin-des-pres.example",
        ),
        "2031-10-16 15:10",
        "outlook",
        t("""
            Madame, Monsieur,

            Nous avons bien reçu votre relance relative à la prestation de nettoyage de la cuisine du restaurant scolaire.

            Nous vous rappelons qu'en tant que collectivité, nous ne pouvons traiter que les factures déposées sur le portail Chorus Pro. À ce jour, aucune facture de votre société n'y figure. Nous vous invitons donc à y déposer votre facture (SIRET de la commune : 210 000 000 00017, code service : FIN-01), après quoi le mandatement pourra intervenir dans le délai légal de 30 jours.

            Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

            Le service des finances
            Mairie de Saint-Aubin-des-Prés
        """),
        lab(
            note="public body: the invoice must be lodged on the e-invoicing portal before it can be paid"
        ),
        "RCK/31/0421",
        "1308.00",
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Rocío Bartolomé", "rocio.bartolome@gmail.com"),
        "2031-10-03 10:30",
        "android",
        "Buenas, esta factura no me ha llegado nunca. Me la podéis reenviar? Gracias\n\nRocío",
        lab(note="never received the invoice"),
        "RCK/31/0369",
        "455.00",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Jordi Puig i Serra", "jpuig@hospitalsantjoan.example"),
        "2031-10-14 09:15",
        "html_only",
        t("""
            Buenos días:

            Para poder tramitar el pago necesitamos el certificado de limpieza de los conductos de extracción de la cocina central, con las fotos del antes y el después, tal como establece el pliego del contrato. Sin ese documento el servicio de contabilidad no puede aprobar la factura.

            ¿Nos lo pueden enviar a esta misma dirección?

            Saludos cordiales,

            Jordi Puig i Serra
            Jefe de Hostelería
            Hospital Sant Joan
        """),
        lab(note="cleaning certificate needed before payment; HTML-only message"),
        "RCK/31/0372",
        "2890.00",
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Petra Visser", "administratie@hotelhetwapen.example"),
        "2031-10-13 11:05",
        "outlook",
        t("""
            Goedemorgen,

            Graag ontvangen wij een kopie van de factuur én de werkbon van de reiniging van 8 september, zodat de bedrijfsleider de factuur kan fiatteren. De factuur zelf is bij ons nooit binnengekomen.

            Met vriendelijke groet,

            Petra Visser
            Administratie Hotel Het Wapen
        """),
        lab(note="copy of the invoice and the job sheet"),
        "RCK/31/0367",
        "1187.50",
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Erik Mulder", "erik.mulder@bakkerij-mulder.example"),
        "2031-10-23 16:20",
        "gmail",
        t("""
            Hallo,

            Kunnen jullie mij een overzicht sturen van alle facturen die bij jullie nog openstaan? Ik wil het even naast onze eigen administratie leggen voordat ik iets betaal.

            Groet,
            Erik Mulder
            Bakkerij Mulder
        """),
        lab(note="statement of account before paying"),
        "RCK/31/0422",
        "615.00",
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Chiara Dellantonio", "amministrazione@albergocristallo-fassa.example"),
        "2031-10-01 12:05",
        "outlook",
        t("""
            Buongiorno,

            la fattura in oggetto non risulta nel nostro cassetto fiscale: per poterla registrare e pagare abbiamo bisogno che venga emessa in formato elettronico tramite SdI. Il nostro codice destinatario è M5UXCR1, P.IVA 01234560229.

            Appena la riceviamo provvediamo al pagamento.

            Cordiali saluti

            Chiara Dellantonio
            Amministrazione
            Albergo Cristallo, Val di Fassa
        """),
        lab(
            note="electronic invoice needed before payment; 'la fattura in oggetto' points at the subject, no number written"
        ),
        "RCK/31/0363",
        "1980.00",
    ),
    Reply(
        "ir-it-2",
        "invoice_request",
        "it",
        ("Marco Bellini", "marco.bellini@salumificiobellini.example"),
        "2031-10-10 15:35",
        "gmail",
        t("""
            Buongiorno,

            appena ci mandate il rapportino di intervento firmato dal nostro responsabile di produzione procediamo con il pagamento. Senza quello l'ufficio non mi autorizza il bonifico.

            Grazie, buona giornata
            Marco Bellini
            Salumificio Bellini
        """),
        lab(note="payment conditional on a signed job report: invoice_request"),
        "RCK/31/0365",
        "2430.00",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Harbour Brasserie Accounts", "harbourbrasserie.accounts@gmail.com"),
        "2031-10-21 10:02",
        "gmail",
        t("""
            Hello,

            Please be advised that our accounts function has been outsourced with immediate effect. Kindly update your records and send all invoices, statements and reminders for The Harbour Brasserie to payments@harbourbrasserie-finance.example only. Do not use the old address as it is no longer monitored.

            Our updated remittance details will follow from that address shortly.

            Regards,
            Accounts Team
            The Harbour Brasserie
        """),
        lab(
            note="redirect request from a free-mail address, hinting at new bank details: looks like a phishing attempt; labelled by what it asks (a new address), a person should verify it by phone",
            new_contact="payments@harbourbrasserie-finance.example",
        ),
        "RCK/31/0423",
        "1485.00",
        orig_to="accounts@harbourbrasserie.example",
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Ryan Booth", "ryan.booth@thecrown-helmsley.example"),
        "2031-10-02 09:50",
        "apple",
        t("""
            Hi,

            I left The Crown at the end of August so I can’t help with this one I’m afraid. The new general manager is Olivia Hart – olivia.hart@thecrown-helmsley.example – she’ll be able to sort it.

            Cheers,
            Ryan
        """),
        lab(new_contact="olivia.hart@thecrown-helmsley.example"),
        "RCK/31/0364",
        "495.00",
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Kate Ormerod", "kate.ormerod@moorlandinns.example"),
        "2031-10-07 13:33",
        "android",
        "Hi, I’m out of the office this week but saw this on my phone. I only look after the Skipton site – invoices for the Harrogate kitchen go to harrogate.accounts@moorlandinns.example, can you resend it there? Thanks, Kate",
        lab(
            note="a person on her phone: the 'out of office' subject is not an auto-reply",
            new_contact="harrogate.accounts@moorlandinns.example",
        ),
        "RCK/31/0424",
        "830.00",
        subject="RE: {s} - out of office",
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Stefan Kunze", "kuechenchef@brauhaus-kunze.example"),
        "2031-10-06 10:45",
        "gmail_plain",
        t("""
            Moin,

            ich bin hier nur der Küchenchef, mit Rechnungen hab ich nix zu tun. Bitte schickt das an unsere Buchhaltung: buchhaltung@brauhaus-kunze.example

            Gruß
            Stefan
        """),
        lab(new_contact="buchhaltung@brauhaus-kunze.example"),
        "RCK/31/0425",
        "610.00",
    ),
    Reply(
        "wc-de-2",
        "wrong_contact",
        "de",
        ("Steuerkanzlei Albrecht & Partner", "info@stb-albrecht-partner.example"),
        "2031-10-01 11:10",
        "outlook_html",
        t("""
            Sehr geehrte Damen und Herren,

            Ihre Zahlungserinnerung an die Gasthaus Zur Post Ernst GmbH ist bei uns eingegangen. Wir weisen darauf hin, dass unser Mandat für die Finanzbuchhaltung dieses Unternehmens zum 30.09.2031 beendet wurde. Wir sind daher weder zuständig noch zahlungsbevollmächtigt.

            Bitte wenden Sie sich direkt an die Geschäftsführung unserer ehemaligen Mandantin.

            Mit freundlichen Grüßen

            Birgit Albrecht
            Steuerberaterin
            Steuerkanzlei Albrecht & Partner
        """),
        lab(note="tax adviser no longer acting for the customer; no address given"),
        "RCK/31/0362",
        "1240.00",
        charset="iso-8859-1",
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Isabelle Fournier", "isabelle.fournier@bistrotducanal.example"),
        "2031-10-14 19:20",
        "iphone",
        "Bonjour, je ne suis plus gérante du Bistrot du Canal depuis juillet. Voyez directement avec M. Caron, le nouveau propriétaire : contact@lebistrotducanal.example\nBonne soirée",
        lab(new_contact="contact@lebistrotducanal.example"),
        "RCK/31/0426",
        "702.00",
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        (
            "Léa Roux – Accueil Groupe Hôtelier Azur",
            "accueil@groupe-hotelier-azur.example",
        ),
        "2031-10-10 10:30",
        "outlook",
        t("""
            Bonjour,

            Cette adresse est celle de l'accueil du siège et n'est pas suivie par la comptabilité fournisseurs. Merci d'adresser désormais vos factures et relances à fournisseurs@groupe-hotelier-azur.example.

            Je transmets tout de même votre message au service concerné.

            Cordialement,

            Léa Roux
            Accueil – Groupe Hôtelier Azur
        """),
        lab(
            note="forwarding the message does not change the label; the address is given",
            new_contact="fournisseurs@groupe-hotelier-azur.example",
        ),
        "RCK/31/0427",
        "2210.00",
        charset="windows-1252",
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Carmen Gil", "carmen.gil.84@hotmail.es"),
        "2031-10-15 21:50",
        "android",
        "Creo que se han equivocado de persona. Yo no tengo ningún restaurante ni he contratado nada con ustedes. Por favor revisen sus datos.",
        lab(note="wrong recipient altogether, no new address"),
        "RCK/31/0428",
        "380.00",
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Pilar Sanz", "comedor@colegiosanjorge.example"),
        "2031-09-29 12:40",
        "outlook_html",
        t("""
            Buenos días:

            Este correo es el del comedor del colegio; nosotros no gestionamos pagos. Les ruego que dirijan las facturas y reclamaciones a nuestro departamento de administración: administracion@colegiosanjorge.example

            Ya les he reenviado su mensaje.

            Un saludo,
            Pilar Sanz
            Responsable de comedor
        """),
        lab(new_contact="administracion@colegiosanjorge.example"),
        "RCK/31/0359",
        "1155.00",
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Wim Verhoeven", "wim@verhoeven-administratie.example"),
        "2031-10-16 09:30",
        "thunderbird",
        t("""
            Goedemorgen,

            Sinds 1 oktober verzorg ik de administratie van Brasserie 't Veerhuis niet meer. Wilt u zich voortaan richten tot de eigenaar, Ruud Koster: ruud@veerhuis-brasserie.example.

            Met vriendelijke groet,

            Wim Verhoeven
            Verhoeven Administratie & Advies
        """),
        lab(
            note="former bookkeeper; the trailing full stop is not part of the address",
            new_contact="ruud@veerhuis-brasserie.example",
        ),
        "RCK/31/0429",
        "980.00",
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Linda de Graaf", "l.degraaf@zorggroep-eemhof.example"),
        "2031-10-22 14:15",
        "outlook",
        t("""
            Goedemiddag,

            Ik ben teamleider van de keuken op locatie De Eemhof en ga niet over betalingen. Facturen en herinneringen moeten naar ons centrale factuuradres: Facturen@Zorggroep-Eemhof.example. Ik heb dat adres in de cc gezet.

            Met vriendelijke groet,
            Linda de Graaf
        """),
        lab(
            note="address written in mixed case and also copied in Cc; labelled in lower case",
            new_contact="facturen@zorggroep-eemhof.example",
        ),
        "RCK/31/0430",
        "1730.00",
        headers=(("Cc", "Facturen@Zorggroep-Eemhof.example"),),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Hotel Miramonti – Reception", "reception@hotelmiramonti-bormio.example"),
        "2031-10-02 16:35",
        "outlook_html",
        t("""
            Buongiorno,

            la signora Ferri, a cui era indirizzata la vostra mail, non lavora più presso di noi da agosto. Per le questioni amministrative vi preghiamo di scrivere a contabilita@hotelmiramonti-bormio.example.

            Cordiali saluti
            Reception Hotel Miramonti
        """),
        lab(new_contact="contabilita@hotelmiramonti-bormio.example"),
        "RCK/31/0357",
        "1460.00",
        orig_to="Giovanna Ferri <g.ferri@hotelmiramonti-bormio.example>",
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Lisa Carter", "lisa@carterscafe.example"),
        "2031-10-13 08:12",
        "iphone",
        "I’ve already told your office I’ll pay it on Friday. Now please stop emailing me three times a week about £265, it’s getting ridiculous.\n\nLisa",
        lab(note="promise plus 'stop emailing': unsubscribe beats the promise"),
        "RCK/31/0352",
        "265.00",
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Reuben Okafor", "r.okafor@pallistergrey-law.example"),
        "2031-10-08 15:00",
        "outlook_html",
        t("""
            Dear Sirs,

            Blackwater Kitchens Ltd – your invoice RCK/31/0351

            We act for Blackwater Kitchens Ltd in connection with this account. Our client disputes the sums claimed, and we will be writing to you separately to set out its position.

            In the meantime, please direct all further correspondence on this matter to this firm, quoting our reference RO/BLK/4471, and do not contact our client directly.

            Yours faithfully,

            Reuben Okafor
            Associate Solicitor
            Pallister Grey LLP
        """),
        lab(
            ("RCK/31/0351",),
            "solicitor's letter: 'deal with us, do not contact our client' → unsubscribe, which beats the dispute it mentions",
        ),
        "RCK/31/0351",
        "3360.00",
        headers=(SUPPRESS,),
        orig_to="Blackwater Kitchens Ltd <accounts@blackwaterkitchens.example>",
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Andrew Pike", "andrew.pike@pikeandsons-butchers.example"),
        "2031-10-24 09:40",
        "gmail_plain",
        "We don't do invoices or reminders by email. Send anything to do with the account by post to the address on our letterhead and take this address off your system please.\n\nA. Pike",
        lab(note="post only → unsubscribe"),
        "RCK/31/0350",
        "415.00",
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Helga Brunner", "h.brunner@metzgerei-brunner.example"),
        "2031-10-09 10:55",
        "outlook",
        t("""
            Guten Tag,

            bitte nehmen Sie diese E-Mail-Adresse aus Ihrem Verteiler. Wir haben bisher jede Rechnung bezahlt, auch ohne Erinnerungsmails, und wünschen keine weiteren Mahnungen per E-Mail.

            Mit freundlichen Grüßen
            Helga Brunner
        """),
        lab(note="'we have always paid' is no claim about this invoice; the request is to stop"),
        "RCK/31/0349",
        "540.00",
        charset="iso-8859-1",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Dönerhaus Anatolia", "doenerhaus.anatolia@gmx.de"),
        "2031-10-21 13:05",
        "iphone",
        "KEINE MAILS MEHR!!! SCHICKEN SIE ES PER POST",
        lab(note="all caps; post only"),
        "RCK/31/0348",
        "280.00",
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        (
            "Direction administrative – Hôtel du Parc",
            "direction@hotelduparc-vichy.example",
        ),
        "2031-09-30 11:30",
        "outlook",
        t("""
            Madame, Monsieur,

            Nous vous remercions de bien vouloir nous désinscrire de vos envois automatiques de relances. À l'avenir, toute correspondance relative à nos comptes devra nous être adressée exclusivement par courrier postal, au siège de la société.

            Cordialement,

            La Direction administrative
            Hôtel du Parc
        """),
        lab(note="formal; post only"),
        "RCK/31/0347",
        "1890.00",
    ),
    Reply(
        "un-fr-2",
        "unsubscribe",
        "fr",
        ("Fabrice", "fabrice.pizzeria13@gmail.com"),
        "2031-10-09 12:01",
        "gmail",
        "STOP",
        lab(note="one-word 'STOP'"),
        "RCK/31/0346",
        "330.00",
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Dirección – Arrocerías del Turia", "direccion@arroceriasdelturia.example"),
        "2031-10-07 17:20",
        "outlook",
        t("""
            Muy señores nuestros:

            Les comunicamos que este asunto ha pasado a manos de nuestro abogado, D. Ernesto Salvador Bolea, del despacho Salvador & Ferrer Abogados. Cualquier comunicación relativa a esta factura deberá dirigirse a dicho despacho.

            Les rogamos que se abstengan de seguir contactando con nosotros por este medio.

            Atentamente,

            La Dirección
            Grupo Arrocerías del Turia
        """),
        lab(note="'talk to our lawyer', no address → unsubscribe"),
        "RCK/31/0345",
        "4100.00",
        charset="windows-1252",
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Manolo Ruiz", "manoloruiz.bar@gmail.com"),
        "2031-10-16 10:10",
        "android",
        "Dejad de mandarme correos ya, que os dije por teléfono que lo pagaría este mes. Un correo al día no hace falta.",
        lab(note="stop request plus a promise: unsubscribe"),
        "RCK/31/0344",
        "250.00",
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Directie Hotel De Gouden Leeuw", "directie@goudenleeuw-hotel.example"),
        "2031-10-03 09:45",
        "html_only",
        t("""
            Geachte heer, mevrouw,

            Wij verzoeken u vriendelijk ons e-mailadres te verwijderen uit uw geautomatiseerde herinneringen. Correspondentie over openstaande posten ontvangen wij uitsluitend per post op ons postadres.

            Met vriendelijke groet,

            Directie Hotel De Gouden Leeuw
        """),
        lab(note="post only; HTML-only message"),
        "RCK/31/0343",
        "2140.00",
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Giulia Marchetti", "giulia@gelateriamarchetti.example"),
        "2031-10-08 18:45",
        "iphone",
        "Vi prego di cancellare questo indirizzo dalla vostra lista. Non voglio più ricevere solleciti via mail, per qualsiasi cosa chiamate il negozio.\n\nGiulia",
        lab(note="stop e-mailing, phone instead"),
        "RCK/31/0342",
        "360.00",
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Franco Ruggeri", "franco.ruggeri@ristorantelecolonne.example"),
        "2031-10-20 11:25",
        "gmail",
        t("""
            Buongiorno,

            per qualsiasi comunicazione relativa a questa fattura rivolgetevi al nostro legale, l'avv. Marco Pellegrini, che vi contatterà a breve. Vi chiedo di non scriverci più a questo indirizzo.

            Franco Ruggeri
            Ristorante Le Colonne
        """),
        lab(note="'talk to our lawyer', no address → unsubscribe"),
        "RCK/31/0341",
        "2730.00",
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Sarah Whitley", "sarah.whitley@greenwaycaterers.example"),
        "2031-10-08 09:06",
        "notice",
        t("""
            Thank you for your email. I am on annual leave until Monday 13 October with no access to email. For anything urgent please contact accounts@greenwaycaterers.example or call the office on 0161 496 0552.

            Sarah Whitley
            Greenway Caterers
        """),
        lab(
            note="'until Monday 13 October' → that day; the colleague address does not set new_contact",
            return_date="2031-10-13",
        ),
        "RCK/31/0340",
        "710.00",
        subject="Automatic reply: {s}",
        headers=(AUTO_GENERATED, SUPPRESS),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Northfell Shared Services Helpdesk", "sbs.helpdesk@northfell-nhs.example"),
        "2031-10-02 09:07",
        "notice",
        t("""
            This is an automated response – please do not reply.

            Thank you for contacting Northfell Shared Business Services. Your email has been logged as incident SBS-INC-0418823 and assigned to the Accounts Payable queue.

            We aim to respond to supplier queries within 5 working days. If your query is about an unpaid invoice, please make sure the invoice number and our purchase order number are included. Supplier statements can be submitted through the supplier portal.

            Northfell Hospitals NHS Foundation Trust
            Shared Business Services
        """),
        lab(note="ticket-system acknowledgement, no date"),
        "RCK/31/0339",
        "1320.00",
        subject="[SBS-INC-0418823] Received: {s}",
        headers=(AUTO_REPLIED, ("Precedence", "bulk")),
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Chris Lomax", "chris@lomaxeventcatering.example"),
        "2031-10-20 09:09",
        "notice",
        t("""
            Hi, thanks for your message.

            I’m away at a trade show with limited access to email and will be back in the office on Monday 27 October. I’ll reply as soon as I can after that.

            Chris Lomax
            Lomax Event Catering
        """),
        lab(note="only X-Autoreply, no Auto-Submitted", return_date="2031-10-27"),
        "RCK/31/0338",
        "560.00",
        subject="Auto-Reply: {s}",
        headers=(X_AUTOREPLY,),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Andrea Schuster", "a.schuster@gasthaus-schuster.example"),
        "2031-10-06 10:05",
        "notice",
        t("""
            Sehr geehrte Damen und Herren,

            vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 10.10.2031 nicht im Büro. Ab Montag, 13.10., bin ich wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.

            Mit freundlichen Grüßen
            Andrea Schuster
        """),
        lab(
            note="'wieder erreichbar ab Montag, 13.10.' wins over 'bis einschließlich 10.10.'",
            return_date="2031-10-13",
        ),
        "RCK/31/0337",
        "980.00",
        subject="Automatische Antwort: {s}",
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        (
            "Rechnungseingang Seniorenresidenz Elbblick",
            "rechnungseingang@residenz-elbblick.example",
        ),
        "2031-10-15 10:04",
        "notice",
        t("""
            Guten Tag,

            vielen Dank für Ihre E-Mail. Ihre Nachricht ist bei uns eingegangen und wird unter der Vorgangsnummer KR-2031-44817 bearbeitet. Bitte geben Sie diese Nummer bei Rückfragen an.

            Dies ist eine automatisch erzeugte Nachricht.

            Seniorenresidenz Elbblick – Finanzbuchhaltung
        """),
        lab(note="ticket acknowledgement carrying only Precedence: auto_reply"),
        "RCK/31/0336",
        "1640.00",
        subject="Eingangsbestätigung [Vorgang KR-2031-44817]: {s}",
        headers=(("Precedence", "auto_reply"),),
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Valérie Dumas", "v.dumas@traiteur-dumas.example"),
        "2031-10-07 10:03",
        "notice",
        t("""
            Bonjour,

            Je suis absente du 6 au 17 octobre inclus. Je serai de retour le lundi 20 octobre et traiterai votre message à mon retour.

            Cordialement,
            Valérie Dumas
        """),
        lab(
            note="'de retour le lundi 20 octobre' wins over 'jusqu'au 17 inclus'",
            return_date="2031-10-20",
        ),
        "RCK/31/0335",
        "830.00",
        subject="Réponse automatique : {s}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Mairie de Montfaucon-sur-Orne", "ne-pas-repondre@mairie-montfaucon.example"),
        "2031-10-23 10:08",
        "notice",
        t("""
            Madame, Monsieur,

            Nous accusons réception de votre courriel, qui a été enregistré et transmis au service compétent.

            Une réponse vous sera apportée dans les meilleurs délais.

            Ce message est généré automatiquement, merci de ne pas y répondre.

            Mairie de Montfaucon-sur-Orne
        """),
        lab(note="town hall acknowledgement, no date"),
        "RCK/31/0334",
        "1095.00",
        subject="Accusé de réception de votre courriel",
        headers=(AUTO_GENERATED,),
        charset="iso-8859-1",
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Beatriz Calvo", "bcalvo@hotelsolymar-cadiz.example"),
        "2031-10-01 10:04",
        "notice",
        t("""
            Gracias por su mensaje. Estaré fuera de la oficina hasta el 3 de octubre, sin acceso al correo. Para asuntos urgentes pueden llamar a recepción.

            Un saludo,
            Beatriz Calvo
            Administración – Hotel Sol y Mar
        """),
        lab(note="'hasta el 3 de octubre' → that date itself", return_date="2031-10-03"),
        "RCK/31/0333",
        "1410.00",
        subject="Respuesta automática: {s}",
        headers=(AUTO_REPLIED,),
        cte="8bit",
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Joost Hendriks", "j.hendriks@hendriks-vleeswaren.example"),
        "2031-10-08 10:06",
        "notice",
        t("""
            Goedendag,

            Ik ben afwezig tot en met vrijdag 10 oktober. Vanaf maandag 13 oktober ben ik weer bereikbaar. Voor dringende zaken kunt u contact opnemen met onze administratie via 030 123 4567.

            Met vriendelijke groet,
            Joost Hendriks
        """),
        lab(
            note="'vanaf maandag 13 oktober weer bereikbaar' wins over 'tot en met vrijdag 10 oktober'",
            return_date="2031-10-13",
        ),
        "RCK/31/0332",
        "2280.00",
        subject="Automatisch antwoord: {s}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Restaurant De Waterkant", "info@restaurantdewaterkant.example"),
        "2031-10-17 10:05",
        "notice",
        t("""
            Bedankt voor je bericht!

            Wij zijn tijdens de herfstvakantie gesloten van zaterdag 18 tot en met zondag 26 oktober. Vanaf maandag 27 oktober staan we weer voor je klaar en beantwoorden we je mail zo snel mogelijk.

            Reserveren kan gewoon via onze website.

            Team Restaurant De Waterkant
        """),
        lab(
            note="restaurant autoresponder without any automation header",
            return_date="2031-10-27",
        ),
        "RCK/31/0331",
        "645.00",
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Francesca Galli", "f.galli@caseificiogalli.example"),
        "2031-10-20 10:07",
        "notice",
        t("""
            Buongiorno,

            sarò assente dall'ufficio fino a venerdì 24 ottobre compreso, con accesso limitato alla posta elettronica. Rientrerò lunedì 27 ottobre.

            Per urgenze amministrative: amministrazione@caseificiogalli.example

            Cordiali saluti
            Francesca Galli
        """),
        lab(
            note="'rientrerò lunedì 27' wins over 'fino a venerdì 24 compreso'; the colleague address does not set new_contact",
            return_date="2031-10-27",
        ),
        "RCK/31/0330",
        "1725.00",
        subject="Risposta automatica: {s}",
        headers=(AUTO_REPLIED, X_AUTOREPLY),
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Trattoria Al Portico", "info@trattoriaalportico.example"),
        "2031-10-03 10:04",
        "notice",
        t("""
            Grazie per averci scritto! Vi risponderemo entro 48 ore.

            Per prenotazioni chiamate lo 0521 123456.

            Trattoria Al Portico
        """),
        lab(note="only X-Autoreply; 'entro 48 ore' is no return date"),
        "RCK/31/0329",
        "520.00",
        headers=(X_AUTOREPLY,),
        cte="b64",
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Ben Cartwright", "ben@thepottingshed-kitchen.example"),
        "2031-10-15 11:35",
        "outlook_html",
        t("""
            Hi,

            Quick one – could your team come back and do the canopy and ductwork again before our EHO inspection on 4 November? We’ve taken on a lot more fryer work since the summer and it’s building up faster than I expected.

            Also what would it cost to add the grease trap to the service contract?

            Thanks,
            Ben
            The Potting Shed Kitchen
        """),
        lab(
            note="service booking and price question in the reminder thread; nothing about the invoice"
        ),
        "RCK/31/0328",
        "720.00",
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Jo Hughes", "jo.hughes@riverside-daynursery.example"),
        "2031-10-03 14:45",
        "iphone",
        "Received, I’ve forwarded this to head office 👍\n\nJo",
        lab(note="acknowledgement; forwarding it on is not a new contact"),
        "RCK/31/0327",
        "295.00",
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Neil Pemberton", "neil.pemberton1961@btinternet.com"),
        "2031-10-02 17:20",
        "gmail_plain",
        t("""
            Hello,

            I should let you know that Pemberton's Bakery Ltd went into creditors' voluntary liquidation last week. I'm not in a position to pay anything personally and the company bank account has been frozen.

            The liquidator will be writing to all creditors in the next few days with a claim form. I'm sorry it has come to this, your lads always did a good job for us.

            Neil Pemberton
        """),
        lab(
            note="insolvency notice from the former director: no new address, no commitment; a person must read it"
        ),
        "RCK/31/0326",
        "1890.00",
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Markus Vogt", "m.vogt@hotel-vogt-harz.example"),
        "2031-10-10 13:10",
        "outlook",
        t("""
            Guten Tag,

            ist diese Mail wirklich von Ihnen? In Ihrer Erinnerung steht eine andere IBAN als auf der Rechnung, die wir im August bekommen haben. Bevor wir irgendetwas überweisen, möchte ich das telefonisch mit jemandem bei Ihnen klären. Bitte rufen Sie mich unter 05323 123456 zurück.

            Mit freundlichen Grüßen
            Markus Vogt
            Hotel Vogt, Clausthal
        """),
        lab(
            note="suspects fraud over the bank details and asks for a call-back: a person must handle it"
        ),
        "RCK/31/0325",
        "1320.00",
        charset="iso-8859-1",
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Camille Perrin", "camille.perrin@boulangerie-perrin.example"),
        "2031-10-22 18:15",
        "apple",
        t("""
            Bonjour,

            Merci pour le rappel. Je regarde ça avec ma comptable la semaine prochaine et je reviens vers vous.

            Camille
        """),
        lab(note="looking into it, no commitment to pay"),
        "RCK/31/0324",
        "480.00",
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Antoine Girard", "a.girard@brasserie-alsacienne.example"),
        "2031-10-06 10:25",
        "outlook_html",
        t("""
            Bonjour,

            Bien reçu, je fais suivre à la comptabilité.

            Par ailleurs, pourriez-vous nous faire un devis pour le nettoyage des hottes et des gaines de notre deuxième établissement, rue des Tanneurs ? Nous l'avons repris en septembre et l'installation n'a pas été entretenue depuis au moins deux ans.

            Merci,
            Antoine Girard
            Brasserie L'Alsacienne
        """),
        lab(note="acknowledgement plus a quote request for another site"),
        "RCK/31/0323",
        "1420.00",
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Toni", "toni.barcelona78@gmail.com"),
        "2031-09-30 13:45",
        "iphone",
        "Vale",
        lab(note="one-word acknowledgement; no commitment"),
        "RCK/31/0322",
        "340.00",
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Elena Vidal", "elena@taperiavidal.example"),
        "2031-10-23 20:30",
        "gmail",
        t("""
            Hola:

            Os escribo para contaros que cerramos la tapería definitivamente el 31 de octubre. Han sido quince años y ya no podemos más con los alquileres.

            Lo de la factura lo tengo que hablar con mi gestor, que es quien lleva todo el cierre. Ya os diré algo.

            Un abrazo,
            Elena
        """),
        lab(note="business closing; the owner writes herself, no commitment and no new address"),
        "RCK/31/0321",
        "590.00",
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Bram Smit", "bram@smitsvispaleis.example"),
        "2031-09-30 15:20",
        "iphone",
        "Ik lig deze week in het ziekenhuis, ik kijk er volgende week naar.\n\nBram",
        lab(note="will look at it next week: no promise to pay"),
        "RCK/31/0320",
        "340.00",
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Anouk Peeters", "anouk.peeters@woonzorgcentrum-hofstede.example"),
        "2031-10-02 10:50",
        "outlook",
        t("""
            Goedemorgen,

            Bij de laatste reinigingsbeurt is in onze spoelkeuken een plafondplaat gebroken, en sindsdien zit er een vetvlek op de muur naast de afzuigkap. Met wie kan ik dat het beste opnemen? Ik wil graag dat iemand het komt bekijken.

            Met vriendelijke groet,
            Anouk Peeters
            Hoofd Keuken, Woonzorgcentrum Hofstede
        """),
        lab(note="damage report in the reminder thread; the invoice is not contested"),
        "RCK/31/0319",
        "1275.00",
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Sergio Conti", "sergio.conti.bar@libero.it"),
        "2031-10-09 08:40",
        "thunderbird",
        "Ricevuto, grazie. Giro tutto al commercialista.\n\nSergio",
        lab(note="acknowledgement; passing it to the accountant is not a new contact"),
        "RCK/31/0318",
        "410.00",
    ),
    Reply(
        "ot-it-2",
        "other",
        "it",
        ("Laura Fontana", "l.fontana@hotelfontana-sirmione.example"),
        "2031-10-22 12:30",
        "outlook_html",
        t("""
            Buongiorno,

            approfitto della vostra mail per una domanda: il contratto di manutenzione che abbiamo firmato l'anno scorso si rinnova in automatico a gennaio oppure dobbiamo inviarvi una nuova conferma? E i prezzi per il 2032 restano invariati?

            Grazie e buona giornata
            Laura Fontana
            Hotel Fontana, Sirmione
        """),
        lab(note="contract question; nothing about the invoice"),
        "RCK/31/0317",
        "1980.00",
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
# Labels, checks, file names and output
# --------------------------------------------------------------------------------------------

ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
INVOICE = re.compile(r"^RCK/31/(\d{4})$")


@dataclass(frozen=True)
class Item:
    """One finished message: its key, bytes, label and (for replies) the hand-written text."""

    key: str
    data: bytes
    label: Label
    text: str
    client: str
    dt: datetime


def reply_label(r: Reply) -> Label:
    label: Label = dict.fromkeys(LABEL_KEYS)
    label.update(r.labels)
    label["intent"] = r.intent
    label["language"] = r.lang
    return label


def bounce_label(b: Bounce) -> Label:
    label: Label = dict.fromkeys(LABEL_KEYS)
    label.update(
        intent="bounce",
        bounce_kind=b.kind,
        failed_recipient=b.rcpt,
        bounce_status=b.status,
        invoice_refs=[],
        language=b.lang,
        note=b.note,
    )
    return label


def check_label(key: str, label: Label, text: str) -> None:
    """The label's shape, the intent's fields and the values' formats."""
    intent = str(label["intent"])
    if intent not in INTENTS or label["language"] not in LANGS:
        raise SystemExit(f"{key}: bad intent or language")
    allowed = INTENT_FIELDS.get(intent, frozenset())
    for name in LABEL_KEYS:
        value = label[name]
        if name in {"intent", "language", "invoice_refs", "note"} or value is None:
            continue
        if name not in allowed:
            raise SystemExit(f"{key}: {name} is filled but the intent is {intent}")
        if name.endswith("_date") and not ISO_DAY.match(str(value)):
            raise SystemExit(f"{key}: {name} is not an ISO date")
    if (label["amount"] is None) != (label["currency"] is None):
        raise SystemExit(f"{key}: amount and currency go together")
    if label["amount"] is not None and not AMOUNT.match(str(label["amount"])):
        raise SystemExit(f"{key}: amount format")
    if label["currency"] not in {None, "GBP", "EUR"}:
        raise SystemExit(f"{key}: currency")
    refs = label["invoice_refs"]
    if not isinstance(refs, list):
        raise SystemExit(f"{key}: invoice_refs must be a list")
    for ref in refs:
        match = INVOICE.match(ref)
        if match is None or match.group(1) not in text:
            raise SystemExit(f"{key}: invoice ref {ref} not normalised or not in the new text")
    contact = label["new_contact"]
    if contact is not None and (
        contact != str(contact).lower() or str(contact) not in text.lower()
    ):
        raise SystemExit(f"{key}: new_contact must be lower case and written in the text")
    if intent == "bounce" and label["bounce_kind"] not in {"hard", "soft"}:
        raise SystemExit(f"{key}: bounce_kind")


def visible_text(msg: Message) -> str:
    """All text parts decoded, HTML reduced to its words, whitespace collapsed."""
    chunks = []
    for part in msg.walk():
        if part.get_content_maintype() != "text" or part.is_multipart():
            continue
        content = cast(EmailMessage, part).get_content()
        if not isinstance(content, str):
            raise SystemExit("text part did not decode to str")
        if part.get_content_subtype() == "html":
            content = html.unescape(re.sub(r"<[^>]+>", " ", content))
        chunks.append(content)
    return " ".join(" ".join(chunks).split())


def check_message(name: str, data: bytes, text: str) -> EmailMessage:
    """Parse the file as a client would; no defects, every header and text part decodes."""
    parsed = message_from_bytes(data, policy=policy.default)
    if not isinstance(parsed, EmailMessage):
        raise SystemExit(f"{name}: not parsed as EmailMessage")
    problems: list[object] = []
    for part in parsed.walk():
        problems += part.defects
        for header, value in part.items():
            problems += getattr(value, "defects", [])
            if "=?" in str(value):
                problems.append(f"undecoded {header}")
        if part.get_content_maintype() == "text" and not part.is_multipart():
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                problems.append("text part does not decode cleanly")
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if parsed[header] is None:
            problems.append(f"no {header}")
    if text:
        wanted = " ".join(text.split())[:60]
        if wanted not in visible_text(parsed):
            problems.append("hand-written text not found after decoding")
    if problems:
        raise SystemExit(f"{name}: {problems}")
    return parsed


def check_corpus(items: list[Item]) -> None:
    """Counts, dates, time zones and invoice numbers across the whole set."""
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys) or len(items) != 120:
        raise SystemExit("need 120 unique keys")
    intents = Counter(str(item.label["intent"]) for item in items)
    langs = Counter(str(item.label["language"]) for item in items)
    if any(intents[i] != 12 for i in INTENTS) or dict(langs) != LANG_TOTALS:
        raise SystemExit(f"counts: {intents} {langs}")
    cells = Counter((str(item.label["intent"]), str(item.label["language"])) for item in items)
    if any(cells[i, lang] == 0 for i in INTENTS for lang in LANGS):
        raise SystemExit("every language must cover every intent")
    for item in items:
        if not FIRST_DAY <= item.dt.date() <= LAST_DAY:
            raise SystemExit(f"{item.key}: date out of range")
    for r in REPLIES:
        offset = r.dt.utcoffset()
        if offset != (
            timedelta(hours=2) if r.lang != "en" or r.continental else timedelta(hours=1)
        ):
            raise SystemExit(f"{r.key}: wrong offset")
    owner: dict[str, str] = {}
    numbers = [(r.key, [r.inv, *cast(list[str], r.labels["invoice_refs"])]) for r in REPLIES]
    numbers += [(b.key, [b.inv]) for b in BOUNCES]
    for key, invs in numbers:
        for inv in invs:
            if owner.setdefault(inv, key) != key:
                raise SystemExit(f"{inv} used by {owner[inv]} and {key}")


def file_order(keys: list[str]) -> dict[str, str]:
    """File names from a seeded hash of each key, so a name says nothing about the label."""
    ranked = sorted(keys, key=lambda k: hashlib.sha256(f"{SEED}|file|{k}".encode()).hexdigest())
    return {key: f"{PREFIX}-{n:03d}.eml" for n, key in enumerate(ranked, start=1)}


def build_all() -> list[Item]:
    items = []
    for r in REPLIES:
        label = reply_label(r)
        check_label(r.key, label, r.text)
        items.append(Item(r.key, build_reply(r), label, r.text, r.client, r.dt))
    for b in BOUNCES:
        label = bounce_label(b)
        check_label(b.key, label, "")
        items.append(Item(b.key, bounce_bytes(b), label, "", "bounce", b.dt))
    return items


def count_table(labels: list[Label]) -> str:
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
        "| **total** | " + " | ".join(f"**{n}**" for n in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def coverage(parsed: list[tuple[Item, EmailMessage]]) -> Iterator[str]:
    """What the set covers, for the README."""
    yield "clients: " + str(dict(Counter(item.client for item, _ in parsed)))
    yield "top-level types: " + str(dict(Counter(msg.get_content_type() for _, msg in parsed)))
    charsets: Counter[str] = Counter()
    encodings: Counter[str] = Counter()
    for _, msg in parsed:
        charsets.update(
            {
                str(p.get_content_charset())
                for p in msg.walk()
                if p.get_content_maintype() == "text" and p.get_content_charset()
            }
        )
        encodings.update(
            {
                p.get("Content-Transfer-Encoding", "none").lower()
                for p in msg.walk()
                if not p.is_multipart()
            }
        )
    yield f"messages per charset: {dict(charsets)}"
    yield f"messages per transfer encoding: {dict(encodings)}"
    raw = [item.data.split(b"\n\n", 1)[0] for item, _ in parsed]  # top-level headers only
    for header in (
        "In-Reply-To",
        "Auto-Submitted",
        "X-Auto-Response-Suppress",
        "X-Autoreply",
        "Precedence",
    ):
        yield f"{header}: {sum(1 for data in raw if re.search(rb'^' + header.encode() + rb':', data, re.MULTILINE))}"
    yield f"RFC 2047 Subject: {sum(1 for data in raw if re.search(rb'^Subject: =[?]', data, re.MULTILINE))}"
    yield f"RFC 2047 From: {sum(1 for data in raw if re.search(rb'^From: =[?]', data, re.MULTILINE))}"


def main() -> int:
    items = build_all()
    check_corpus(items)
    names = file_order([item.key for item in items])
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    parsed = []
    rows = []
    for item in sorted(items, key=lambda i: names[i.key]):
        name = names[item.key]
        parsed.append((item, check_message(name, item.data, item.text)))
        (HERE / name).write_bytes(item.data)
        rows.append({"file": name, **item.label})
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(count_table([item.label for item in items]))
    kinds = Counter(
        str(item.label["bounce_kind"]) for item in items if item.label["intent"] == "bounce"
    )
    print(f"\n{len(items)} messages; bounces: {dict(sorted(kinds.items()))}")
    if "-v" in sys.argv:
        for line in coverage(parsed):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
