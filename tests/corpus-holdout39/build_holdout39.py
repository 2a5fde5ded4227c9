# ruff: noqa: E501, RUF001
# Message text is kept one paragraph a line, as a mail client sends it, with the typographic
# dashes, quotes and currency signs that people and their clients really type.
"""Build held-out reply corpus 39: ``h39-NNN.eml`` files and ``labels.jsonl``.

Every message lands in the receivables mailbox of Brightpath Fleet Training after it sent an
overdue reminder. The new text of each message is written by hand below. The script adds only
what a mail client or a mail server would add: the quoted reminder in the client's layout and
language, headers, MIME structure, charsets and transfer encodings. Bounce skeletons are
generated; their human-readable parts are written out one by one.

Run it from anywhere with ``python3``: it writes next to itself, deterministically (fixed seed,
fixed boundaries, Message-IDs derived from each message's key, no clock), parses every message
back as a check, checks the labels and prints the count table.
"""

from __future__ import annotations

import base64
import hashlib
import html
import itertools
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parsedate_to_datetime
from pathlib import Path
from typing import Final, Literal, TypedDict, get_args

HERE: Final = Path(__file__).resolve().parent
PREFIX: Final = "h39"
SEED: Final = 39_2026_1123
AR_NAME: Final = "Brightpath Receivables"
AR_ADDR: Final = "receivables@brightpath-fleet.example"
AR_DOMAIN: Final = "brightpath-fleet.example"
AR_MTA: Final = "mta-out.brightpath-fleet.example"
AR_IP: Final = "198.51.100.23"
FIRST_DAY: Final = date(2026, 11, 23)
LAST_DAY: Final = date(2026, 12, 18)
PER_INTENT: Final = 12

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
LANGS: Final[tuple[Lang, ...]] = get_args(Lang)
INTENTS: Final[tuple[Intent, ...]] = get_args(Intent)
LABEL_ORDER: Final = (
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


class Label(TypedDict):
    """One line of ``labels.jsonl`` (the keys and their order follow holdout2)."""

    file: str
    intent: Intent
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
    language: Lang
    note: str | None


# --------------------------------------------------------------------------------------------
# Locale tables: what each mail client writes in each language
# --------------------------------------------------------------------------------------------

DAY_NAMES: Final[dict[Lang, tuple[str, ...]]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
}
DAY_ABBR: Final[dict[Lang, tuple[str, ...]]] = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "it": ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
}
MONTH_NAMES: Final[dict[Lang, tuple[str, ...]]] = {
    "en": ("September", "October", "November", "December", "January"),
    "de": ("September", "Oktober", "November", "Dezember", "Januar"),
    "fr": ("septembre", "octobre", "novembre", "décembre", "janvier"),
    "es": ("septiembre", "octubre", "noviembre", "diciembre", "enero"),
    "nl": ("september", "oktober", "november", "december", "januari"),
    "it": ("settembre", "ottobre", "novembre", "dicembre", "gennaio"),
}
MONTH_ABBR: Final[dict[Lang, tuple[str, ...]]] = {
    "en": ("Sep", "Oct", "Nov", "Dec", "Jan"),
    "de": ("Sept.", "Okt.", "Nov.", "Dez.", "Jan."),
    "fr": ("sept.", "oct.", "nov.", "déc.", "janv."),
    "es": ("sept", "oct", "nov", "dic", "ene"),
    "nl": ("sep", "okt", "nov", "dec", "jan"),
    "it": ("set", "ott", "nov", "dic", "gen"),
}
MONTH_INDEX: Final = {9: 0, 10: 1, 11: 2, 12: 3, 1: 4}

GMAIL_ATTRIBUTION: Final[dict[Lang, str]] = {
    "en": "On {wd}, {d} {mon} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {wd}, {d}. {mon} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wd} {d} {mon} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {wd}, {d} {mon} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {wd} {d} {mon} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {wd} {d} {mon} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION: Final[dict[Lang, str]] = {
    "en": "On {d} {mon} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mm}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mon} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {mon} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mon} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mon} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION: Final[dict[Lang, str]] = {
    "en": "On {dd}/{mm}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mm}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mm}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{mm}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mm}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mm}/{y} {HH}:{MM}, {name} ha scritto:",
}
# heading line, From, Sent, To, Subject, and what follows a field name
OUTLOOK_FIELDS: Final[dict[Lang, tuple[str, str, str, str, str, str]]] = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_DATE: Final[dict[Lang, str]] = {
    "en": "{wdl}, {d} {monl} {y} {HH}:{MM}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{MM}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{MM}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{MM}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{MM}",
    "it": "{wdl} {d} {monl} {y} {HH}:{MM}",
}
OUTLOOK_REPLY: Final[dict[Lang, str]] = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
# Samsung Email on Android: heading, From, Date, To, Subject, separator, signature
GALAXY: Final[dict[Lang, tuple[str, str, str, str, str, str, str]]] = {
    "en": (
        "-------- Original message --------",
        "From",
        "Date",
        "To",
        "Subject",
        ": ",
        "Sent from my Galaxy",
    ),
    "de": (
        "-------- Originalnachricht --------",
        "Von",
        "Datum",
        "An",
        "Betreff",
        ": ",
        "Von meinem Galaxy gesendet",
    ),
    "fr": (
        "-------- Message d'origine --------",
        "De",
        "Date",
        "À",
        "Objet",
        " : ",
        "Envoyé depuis mon Galaxy",
    ),
    "es": (
        "-------- Mensaje original --------",
        "De",
        "Fecha",
        "Para",
        "Asunto",
        ": ",
        "Enviado desde mi Galaxy",
    ),
    "nl": (
        "-------- Oorspronkelijk bericht --------",
        "Van",
        "Datum",
        "Aan",
        "Onderwerp",
        ": ",
        "Verzonden vanaf mijn Galaxy",
    ),
    "it": (
        "-------- Messaggio originale --------",
        "Da",
        "Data",
        "A",
        "Oggetto",
        ": ",
        "Inviato dal mio Galaxy",
    ),
}
GALAXY_DATE: Final[dict[Lang, str]] = {
    "en": "{dd}/{mm}/{y} {HH}:{MM} (GMT{tz})",
    "de": "{dd}.{mm}.{yy} {HH}:{MM} (GMT{tz})",
    "fr": "{dd}/{mm}/{y} {HH}:{MM} (GMT{tz})",
    "es": "{d}/{mm}/{yy} {H}:{MM} (GMT{tz})",
    "nl": "{dd}-{mm}-{y} {HH}:{MM} (GMT{tz})",
    "it": "{dd}/{mm}/{yy} {HH}:{MM} (GMT{tz})",
}
IPHONE_SIGNATURE: Final[dict[Lang, str]] = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
ANDROID_OUTLOOK_SIGNATURE: Final[dict[Lang, str]] = {
    "en": "Get Outlook for Android",
    "de": "Outlook für Android herunterladen",
    "fr": "Télécharger Outlook pour Android",
    "es": "Obtener Outlook para Android",
    "nl": "Outlook voor Android downloaden",
    "it": "Scarica Outlook per Android",
}
CONTENT_LANGUAGE: Final[dict[Lang, str]] = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}

# --------------------------------------------------------------------------------------------
# The reminder Brightpath sent, in each customer's language
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT: Final[dict[Lang, str]] = {
    "en": "Overdue invoice {inv} – Brightpath Fleet Training",
    "de": "Überfällige Rechnung {inv} – Brightpath Fleet Training",
    "fr": "Facture échue {inv} – Brightpath Fleet Training",
    "es": "Factura vencida {inv} – Brightpath Fleet Training",
    "nl": "Vervallen factuur {inv} – Brightpath Fleet Training",
    "it": "Fattura scaduta {inv} – Brightpath Fleet Training",
}
REMINDER_BODY: Final[dict[Lang, str]] = {
    "en": (
        "Hello,\n\n"
        "We have not yet received payment for the invoice below, which is now past its due date:\n\n"
        "Invoice: {inv}\nInvoice date: {issued}\nDue date: {due}\nFor: {service}\nAmount outstanding: {amt}\n\n"
        "If payment is already on its way, please let us know the date and your reference so that we can match it. If something on the invoice looks wrong, reply to this email and we will look into it.\n\n"
        "Thank you,\n\n"
        "Accounts Receivable\nBrightpath Fleet Training Ltd\nreceivables@brightpath-fleet.example | 0121 496 0732"
    ),
    "de": (
        "Guten Tag,\n\n"
        "für die folgende Rechnung ist die Zahlungsfrist abgelaufen, ein Zahlungseingang liegt uns noch nicht vor:\n\n"
        "Rechnung: {inv}\nRechnungsdatum: {issued}\nFällig seit: {due}\nLeistung: {service}\nOffener Betrag: {amt}\n\n"
        "Falls die Zahlung bereits unterwegs ist, teilen Sie uns bitte Datum und Verwendungszweck mit. Sollte mit der Rechnung etwas nicht stimmen, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\n"
        "Debitorenbuchhaltung\nBrightpath Fleet Training"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, la facture ci-dessous n'a pas encore été réglée alors que son échéance est passée :\n\n"
        "Facture : {inv}\nDate : {issued}\nÉchéance : {due}\nPrestation : {service}\nMontant dû : {amt}\n\n"
        "Si le règlement est déjà en cours, merci de nous indiquer sa date et sa référence. Si un élément de la facture vous paraît inexact, répondez simplement à ce message.\n\n"
        "Bien cordialement,\n\n"
        "Service comptabilité clients\nBrightpath Fleet Training"
    ),
    "es": (
        "Buenos días:\n\n"
        "Todavía no nos consta el pago de la siguiente factura, cuyo vencimiento ya ha pasado:\n\n"
        "Factura: {inv}\nFecha: {issued}\nVencimiento: {due}\nConcepto: {service}\nImporte pendiente: {amt}\n\n"
        "Si ya han realizado el pago, les agradeceríamos que nos indicaran la fecha y la referencia. Si observan algún error en la factura, basta con responder a este correo.\n\n"
        "Un saludo,\n\n"
        "Departamento de Cobros\nBrightpath Fleet Training"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Wij hebben de betaling van onderstaande factuur nog niet ontvangen, terwijl de vervaldatum is verstreken:\n\n"
        "Factuur: {inv}\nFactuurdatum: {issued}\nVervaldatum: {due}\nOmschrijving: {service}\nOpenstaand bedrag: {amt}\n\n"
        "Is de betaling al onderweg, laat ons dan de datum en het betalingskenmerk weten. Klopt er iets niet aan de factuur, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenadministratie\nBrightpath Fleet Training"
    ),
    "it": (
        "Buongiorno,\n\n"
        "non ci risulta ancora il pagamento della fattura indicata qui sotto, già scaduta:\n\n"
        "Fattura: {inv}\nData: {issued}\nScadenza: {due}\nDescrizione: {service}\nImporto da saldare: {amt}\n\n"
        "Se il pagamento è già stato disposto, vi chiediamo di comunicarci data e riferimento. Se qualcosa nella fattura non vi torna, basta rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio crediti\nBrightpath Fleet Training"
    ),
}
DEFAULT_SERVICE: Final[dict[Lang, str]] = {
    "en": "Driver CPC periodic training (7 hours), 6 delegates",
    "de": "Weiterbildung nach BKrFQG, Modul 3 – 8 Teilnehmer",
    "fr": "Formation continue obligatoire (FCO) – 4 conducteurs",
    "es": "Curso CAP de formación continua – 5 conductores",
    "nl": "Code 95-nascholing – 6 chauffeurs",
    "it": "Corso di rinnovo CQC – 5 autisti",
}
DATE_SHAPE: Final[dict[Lang, str]] = {
    "en": "{d} {monl} {y}",
    "de": "{dd}.{mm}.{y}",
    "fr": "{dd}/{mm}/{y}",
    "es": "{dd}/{mm}/{y}",
    "nl": "{dd}-{mm}-{y}",
    "it": "{dd}/{mm}/{y}",
}
LATIN1_SWAPS: Final = {"–": "-", "€": "EUR", "’": "'", "“": '"', "”": '"', "…": "..."}


# --------------------------------------------------------------------------------------------
# Specs: one hand-written reply and what its label says
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Facts:
    """The label fields beyond intent and language (``refs`` are invoice numbers in the new text)."""

    promised: str | None = None
    paid: str | None = None
    back: str | None = None
    reference: str | None = None
    amount: str | None = None
    currency: str | None = None
    contact: str | None = None
    refs: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One hand-written message that answers (or follows) a reminder."""

    key: str
    intent: Intent
    lang: Lang
    sender: tuple[str, str]
    when: str
    client: str
    body: str
    inv: str
    owed: str
    cur: str = "EUR"
    service: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    threaded: bool = True
    answers: tuple[tuple[int, str], ...] = ()
    markup: str = ""
    attachment: tuple[str, bytes] | None = None
    gap: int = 1
    quoted_to: str = ""
    facts: Facts = field(default_factory=Facts)

    @property
    def dt(self) -> datetime:
        return parse_when(self.when)


@dataclass(frozen=True, kw_only=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    lang: Lang
    to: str


def parse_when(when: str) -> datetime:
    return datetime.strptime(when, "%Y-%m-%d %H:%M %z")


# --------------------------------------------------------------------------------------------
# Dates, money, ids
# --------------------------------------------------------------------------------------------


def stamp(lang: Lang, moment: datetime) -> dict[str, str]:
    """Every piece of a date that the clients' templates use."""
    offset = moment.strftime("%z")
    return {
        "wd": DAY_ABBR[lang][moment.weekday()],
        "wdl": DAY_NAMES[lang][moment.weekday()],
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "mm": f"{moment.month:02d}",
        "y": str(moment.year),
        "yy": f"{moment.year % 100:02d}",
        "mon": MONTH_ABBR[lang][MONTH_INDEX[moment.month]],
        "monl": MONTH_NAMES[lang][MONTH_INDEX[moment.month]],
        "HH": f"{moment.hour:02d}",
        "H": str(moment.hour),
        "MM": f"{moment.minute:02d}",
        "tz": f"{offset[:3]}:{offset[3:]}",
    }


def render(template: str, lang: Lang, moment: datetime, **extra: str) -> str:
    return template.format(**stamp(lang, moment), **extra)


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}/{key}".encode()).digest()


def token(key: str, salt: str, size: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:size]


def working_days_before(day: date, count: int) -> date:
    while count > 0:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def reminder_moment(key: str, replied: datetime, gap: int) -> datetime:
    """Brightpath's reminder run goes out between 08:05 and 08:55 UTC on a working day."""
    day = working_days_before(replied.astimezone(UTC).date(), gap)
    minute = 5 + digest(key, "run")[0] % 50
    sent = datetime(day.year, day.month, day.day, 8, minute, tzinfo=UTC)
    return sent.astimezone(replied.tzinfo)


def money(lang: Lang, cur: str, amount: str) -> str:
    units, cents = amount.split(".")
    grouped = f"{int(units):,}"
    sign = {"GBP": "£", "EUR": "€"}[cur]
    if lang == "en":
        return f"{sign}{grouped}.{cents}"
    thousands = " " if lang == "fr" else "."
    number = f"{grouped.replace(',', thousands)},{cents}"
    if lang in {"nl", "it"}:
        return f"{sign} {number}"
    return f"{number} {sign}"


def latin1_clean(text: str) -> str:
    for wide, narrow in LATIN1_SWAPS.items():
        text = text.replace(wide, narrow)
    return text


def fits_latin1(charset: str) -> bool:
    return charset == "iso-8859-1"


def reminder_subject(lang: Lang, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(
    *, lang: Lang, inv: str, owed: str, cur: str, service: str, sent: datetime
) -> str:
    due = sent - timedelta(days=7)
    issued = due - timedelta(days=30)
    return REMINDER_BODY[lang].format(
        inv=inv,
        issued=render(DATE_SHAPE[lang], lang, issued),
        due=render(DATE_SHAPE[lang], lang, due),
        service=service or DEFAULT_SERVICE[lang],
        amt=money(lang, cur, owed),
    )


def make_quote(r: Reply) -> Quote:
    sent = reminder_moment(r.key, r.dt, r.gap)
    text = reminder_text(
        lang=r.lang, inv=r.inv, owed=r.owed, cur=r.cur, service=r.service, sent=sent
    )
    subject = reminder_subject(r.lang, r.inv)
    if fits_latin1(r.charset):
        text, subject = latin1_clean(text), latin1_clean(subject)
    to = r.quoted_to or f"{r.sender[0]} <{r.sender[1]}>"
    return Quote(text=text, subject=subject, sent=sent, lang=r.lang, to=to)


def reply_message_id(r: Reply) -> str:
    raw = digest(r.key, "message-id")
    domain = r.sender[1].split("@")[1]
    if r.client in GMAIL_CLIENTS:
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if r.client in OUTLOOK_CLIENTS:
        site = ("AM0", "AM9", "DB9", "DU0", "PA4", "GV1", "VI1", "AS8")[raw[0] % 8]
        host = f"{site}PR{raw[1] % 10:02d}MB{1000 + (raw[2] * 256 + raw[3]) % 9000}"
        return f"<{host}{raw[4:20].hex().upper()}@{host}.eurprd{raw[1] % 10:02d}.prod.outlook.com>"
    if r.client in APPLE_CLIENTS:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.client == "galaxy":
        return f"<{raw.hex()[:12]}.{raw.hex()[12:24]}@email.android.com>"
    return f"<{raw.hex()[:8]}-{raw.hex()[8:12]}-{raw.hex()[12:24]}@{domain}>"


def reminder_message_id(key: str) -> str:
    return f"<rem.{token(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------

# Charset.body_encoding 0 means the text goes out as it is (7bit or 8bit).
NO_ENCODING: Final = 0
TRANSFER: Final[dict[str, int]] = {
    "qp": email_charset.QP,
    "b64": email_charset.BASE64,
    "8bit": NO_ENCODING,
    "7bit": NO_ENCODING,
}


def text_part(text: str, *, subtype: str, charset: str, cte: str) -> Message:
    """A text part as a client writes it; raises if the hand-written text does not fit the charset."""
    text.encode(charset)
    chosen = email_charset.Charset(charset)
    chosen.body_encoding = TRANSFER[cte]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, chosen)
    return part


def alternative(plain: Message, markup: Message) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def encoded_header(value: str, charset: str, name: str) -> str:
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded_header(name, charset, 'From')} <{addr}>"


def quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_text(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_blocks(text: str, tag: str = "div") -> str:
    return "\n".join(f"<{tag}>{html_text(block)}</{tag}>" for block in text.split("\n\n"))


def word_paragraphs(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        lines.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(lines)


def html_page(charset: str, inner: str) -> str:
    return (
        f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        f"</head>\n<body>\n{inner}\n</body></html>\n"
    )


# --------------------------------------------------------------------------------------------
# Client layouts: what each client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def outlook_lines(q: Quote) -> list[str]:
    _, who, sent, to, subject, sep = OUTLOOK_FIELDS[q.lang]
    return [
        f"{who}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{render(OUTLOOK_DATE[q.lang], q.lang, q.sent)}",
        f"{to}{sep}{q.to}",
        f"{subject}{sep}{q.subject}",
    ]


def plain(r: Reply, text: str, cte: str = "") -> Message:
    return text_part(text, subtype="plain", charset=r.charset, cte=cte or r.cte)


def markup_part(r: Reply, markup: str, cte: str = "") -> Message:
    return text_part(markup, subtype="html", charset=r.charset, cte=cte or r.cte)


def layout_outlook(r: Reply, q: Quote) -> Message:
    head = "\n".join([OUTLOOK_FIELDS[q.lang][0], *outlook_lines(q)])
    return plain(r, f"{r.body}\n\n{head}\n\n{q.text}\n")


def layout_outlook_rule(r: Reply, q: Quote) -> Message:
    head = "\n".join(["_" * 32, *outlook_lines(q)])
    return plain(r, f"{r.body}\n\n{head}\n\n{q.text}\n")


def word_document(r: Reply, q: Quote) -> str:
    sep = OUTLOOK_FIELDS[q.lang][5]
    fields = "<br>\n".join(
        f"<b>{html.escape(line.split(sep, 1)[0])}{html.escape(sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1])}"
        for line in outlook_lines(q)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle20 {mso-style-type:personal-reply;}\n--></style>\n</head>\n"
        f'<body lang="{CONTENT_LANGUAGE[r.lang].upper()}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{fields}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def layout_outlook_html(r: Reply, q: Quote) -> Message:
    text = "\n".join([r.body, "", *outlook_lines(q), "", q.text, ""])
    return alternative(plain(r, text), markup_part(r, word_document(r, q)))


def layout_outlook_html_only(r: Reply, q: Quote) -> Message:
    return markup_part(r, word_document(r, q))


def layout_owa(r: Reply, q: Quote) -> Message:
    lines = outlook_lines(q)
    text = "\n".join([r.body, "", "_" * 32, *lines, "", q.text, ""])
    sep = OUTLOOK_FIELDS[q.lang][5]
    fields = "<br>\n".join(
        f"<b>{html.escape(line.split(sep, 1)[0])}{html.escape(sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1])}"
        for line in lines
    )
    inner = (
        '<div class="elementToProof" style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_text(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{fields}</font>\n<div>&nbsp;</div>\n</div>\n"
        f"<div>{html_blocks(q.text)}</div>"
    )
    return alternative(plain(r, text), markup_part(r, html_page(r.charset, inner)))


def layout_android(r: Reply, q: Quote) -> Message:
    head = "\n".join(outlook_lines(q))
    text = f"{r.body}\n\n{ANDROID_OUTLOOK_SIGNATURE[q.lang]}\n{'_' * 32}\n{head}\n\n{q.text}\n"
    return plain(r, text, cte="b64")


def gmail_attribution(q: Quote) -> str:
    return render(GMAIL_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attribution(q: Quote) -> str:
    return render(APPLE_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def layout_gmail(r: Reply, q: Quote) -> Message:
    head = gmail_attribution(q)
    text = f"{r.body}\n\n{head}\n\n{quoted(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_blocks(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(head)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_blocks(q.text)}</blockquote></div>\n"
    )
    return alternative(plain(r, text), markup_part(r, markup))


def layout_gmail_plain(r: Reply, q: Quote) -> Message:
    return plain(r, f"{r.body}\n\n{gmail_attribution(q)}\n\n{quoted(q.text)}\n")


def interleave(r: Reply, q: Quote) -> str:
    """Quoted reminder paragraphs with the writer's answers under the ones they answer."""
    answers = dict(r.answers)
    segments: list[tuple[bool, str]] = []
    for index, block in enumerate(q.text.split("\n\n")):
        segments.append((True, quoted(block)))
        if index in answers:
            segments.append((False, answers[index]))
    text = segments[0][1]
    for (was_quote, _), (is_quote, piece) in itertools.pairwise(segments):
        text += ("\n>\n" if was_quote and is_quote else "\n\n") + piece
    return text + "\n"


def layout_inline(r: Reply, q: Quote) -> Message:
    top = f"{r.body}\n\n" if r.body else ""
    return plain(r, f"{top}{gmail_attribution(q)}\n\n{interleave(r, q)}")


def layout_inline_thunderbird(r: Reply, q: Quote) -> Message:
    head = render(THUNDERBIRD_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME)
    top = f"{r.body}\n\n" if r.body else ""
    return plain(r, f"{top}{head}\n{interleave(r, q)}")


def layout_apple(r: Reply, q: Quote) -> Message:
    return plain(r, f"{r.body}\n\n{apple_attribution(q)}\n\n{quoted(q.text)}\n")


def layout_apple_html(r: Reply, q: Quote) -> Message:
    head = apple_attribution(q)
    markup = html_page(
        r.charset,
        f'<div dir="ltr">{html_blocks(r.body)}</div><div><br><blockquote type="cite">'
        f"<div>{html.escape(head)}</div><br>{html_blocks(q.text)}</blockquote></div>",
    )
    text = f"{r.body}\n\n{head}\n\n{quoted(q.text)}\n"
    return alternative(plain(r, text), markup_part(r, markup))


def layout_iphone(r: Reply, q: Quote) -> Message:
    tail = quoted(f"{apple_attribution(q)}\n\n{q.text}")
    return plain(r, f"{r.body}\n\n{IPHONE_SIGNATURE[q.lang]}\n\n{tail}\n")


def layout_thunderbird(r: Reply, q: Quote) -> Message:
    head = render(THUNDERBIRD_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME)
    part = plain(r, f"{r.body}\n\n{head}\n{quoted(q.text)}\n")
    if r.charset == "utf-8":
        part.set_param("format", "flowed")
    return part


def layout_galaxy(r: Reply, q: Quote) -> Message:
    heading, who, when, to, subject, sep, signature = GALAXY[q.lang]
    lines = [
        heading,
        f"{who}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{when}{sep}{render(GALAXY_DATE[q.lang], q.lang, q.sent)}",
        f"{to}{sep}{q.to}",
        f"{subject}{sep}{q.subject}",
    ]
    text = f"{r.body}\n\n\n{signature}\n\n{chr(10).join(lines)}\n\n{q.text}\n"
    markup = html_page(
        r.charset,
        f'<div dir="auto">{html_text(r.body)}</div><div dir="auto"><br></div>'
        f'<div dir="auto"><br></div><div id="composer_signature" dir="auto">'
        f'<div style="font-size:85%;color:#575757" dir="auto">{html.escape(signature)}</div></div>'
        f'<div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">'
        f"<div>{html_text(chr(10).join(lines))}</div><br></div>{html_blocks(q.text)}",
    )
    return alternative(plain(r, text, cte="b64"), markup_part(r, markup, cte="b64"))


def layout_notice(r: Reply, q: Quote) -> Message:
    del q  # automatic notices quote nothing
    return plain(r, r.body + "\n")


def layout_notice_html(r: Reply, q: Quote) -> Message:
    del q
    return alternative(plain(r, r.body + "\n"), markup_part(r, html_page(r.charset, r.markup)))


LAYOUTS: Final[dict[str, Callable[[Reply, Quote], Message]]] = {
    "outlook": layout_outlook,
    "outlook_rule": layout_outlook_rule,
    "outlook_html": layout_outlook_html,
    "outlook_html_only": layout_outlook_html_only,
    "owa": layout_owa,
    "android": layout_android,
    "gmail": layout_gmail,
    "gmail_plain": layout_gmail_plain,
    "inline": layout_inline,
    "inline_thunderbird": layout_inline_thunderbird,
    "apple": layout_apple,
    "apple_html": layout_apple_html,
    "iphone": layout_iphone,
    "thunderbird": layout_thunderbird,
    "galaxy": layout_galaxy,
    "notice": layout_notice,
    "notice_html": layout_notice_html,
}
GMAIL_CLIENTS: Final = frozenset({"gmail", "gmail_plain", "inline"})
OUTLOOK_CLIENTS: Final = frozenset(
    {"outlook", "outlook_rule", "outlook_html", "outlook_html_only", "owa", "android"}
)
APPLE_CLIENTS: Final = frozenset({"apple", "apple_html", "iphone"})
THUNDERBIRD_AGENT: Final = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0"
)
CLIENT_HEADERS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),),
    "apple_html": (("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22B83)"),),
    "thunderbird": (("User-Agent", THUNDERBIRD_AGENT),),
    "inline_thunderbird": (("User-Agent", THUNDERBIRD_AGENT),),
    "android": (("X-Mailer", "Outlook for Android"),),
}


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    if r.client in OUTLOOK_CLIENTS - {"android"}:
        return OUTLOOK_REPLY[r.lang] + q.subject
    return "Re: " + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread-index")[:22]).decode()
    return [
        ("Thread-Topic", encoded_header(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", f"{CONTENT_LANGUAGE[r.lang]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ("X-MS-Has-Attach", "yes" if r.attachment else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    if r.attachment is None:
        return body
    name, data = r.attachment
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(data, "pdf", name=name)
    pdf.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(pdf)
    return outer


def mime_headers_last(msg: Message) -> None:
    """Put the MIME headers under the envelope headers, where clients put them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "Content-Type" in msg and "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"


def drop_inner_versions(part: Message, *, top: bool) -> None:
    """Only the top of a message, or of an enclosed message, carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if not part.is_multipart():
        return
    payload = part.get_payload()
    children = [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []
    for child in children:
        drop_inner_versions(child, top=part.get_content_type() == "message/rfc822")


BOUNDARY_SHAPES: Final = {
    "gmail": "000000000000{t}",
    "apple_html": "Apple-Mail={t}",
    "galaxy": "--_com.samsung.android.email_{t}",
    "report": "----=_Part_{t}",
}


def set_boundaries(msg: Message, *, key: str, shape: str) -> None:
    """Fixed boundaries, shaped like the client's own."""
    pattern = BOUNDARY_SHAPES.get(
        shape, "_000_{t}_" if shape in OUTLOOK_CLIENTS else "------------{t}"
    )
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(pattern.format(t=token(key, f"boundary-{n}", 24)))


def tidy(msg: Message, *, key: str, shape: str) -> Message:
    mime_headers_last(msg)
    drop_inner_versions(msg, top=True)
    set_boundaries(msg, key=key, shape=shape)
    return msg


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    msg = with_attachment(r, LAYOUTS[r.client](r, q))
    msg["From"] = mailbox(*r.sender, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = encoded_header(reply_subject(r, q), r.charset, "Subject")
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_message_id(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_message_id(r.key)
        msg["References"] = reminder_message_id(r.key)
    extra = outlook_headers(r, q) if r.client in OUTLOOK_CLIENTS else []
    for name, value in [*extra, *CLIENT_HEADERS.get(r.client, ()), *r.headers]:
        msg[name] = value
    return tidy(msg, key=r.key, shape=r.client)


# --------------------------------------------------------------------------------------------
# The hand-written messages: English
# --------------------------------------------------------------------------------------------

AUTO_REPLIED: Final = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED: Final = ("Auto-Submitted", "auto-generated")
SUPPRESS: Final = ("X-Auto-Response-Suppress", "All")
PROOF_PDF: Final = (
    b"%PDF-1.5\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"% justificante de transferencia\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

REMITTANCE_HTML: Final = """<table style="font-family:Arial,sans-serif;font-size:10pt;border-collapse:collapse">
<tr><td colspan="3"><b>REMITTANCE ADVICE</b></td></tr>
<tr><td>Payer</td><td colspan="2">Greenway Waste Services Ltd</td></tr>
<tr><td>Payee</td><td colspan="2">Brightpath Fleet Training Ltd</td></tr>
<tr><td>Supplier number</td><td colspan="2">V-10442</td></tr>
<tr><td>Payment number</td><td colspan="2">PAY-0048812</td></tr>
<tr><td>Payment date</td><td colspan="2">04/12/2026</td></tr>
<tr><td>Payment method</td><td colspan="2">BACS</td></tr>
<tr><td>Currency</td><td colspan="2">GBP</td></tr>
<tr><th align="left">Invoice number</th><th align="left">Invoice date</th><th align="right">Amount paid</th></tr>
<tr><td>BPT-204381</td><td>21/10/2026</td><td align="right">2,174.40</td></tr>
<tr><td>BPT-204418</td><td>28/10/2026</td><td align="right">1,238.40</td></tr>
<tr><td colspan="2"><b>Total paid</b></td><td align="right"><b>3,412.80</b></td></tr>
</table>
<p style="font-family:Arial,sans-serif;font-size:8pt;color:#666666">This advice was generated automatically by our accounts payable system. Please do not reply to this address. Queries: purchase.ledger@greenway-waste.example</p>"""

ENGLISH: Final[tuple[Reply, ...]] = (
    Reply(
        key="en-paid-oneword",
        intent="payment_sent",
        lang="en",
        sender=("Maureen Quigley", "m.quigley@kestrelcoaches.example"),
        when="2026-12-02 16:47 +0000",
        client="iphone",
        body="Paid.\n\nMaureen",
        inv="BPT-204466",
        owed="864.00",
        cur="GBP",
        facts=Facts(
            note="one word in answer to the reminder: paid, with no date, amount or reference"
        ),
    ),
    Reply(
        key="en-paid-remittance",
        intent="payment_sent",
        lang="en",
        sender=("Greenway Waste Services AP", "ap.noreply@greenway-waste.example"),
        when="2026-12-04 06:12 +0000",
        client="notice_html",
        subject="Remittance Advice - PAY-0048812 - Brightpath Fleet Training Ltd",
        threaded=False,
        headers=(AUTO_GENERATED, ("X-Mailer", "APFlow Payments 9.2")),
        body=(
            "REMITTANCE ADVICE\n\n"
            "Payer: Greenway Waste Services Ltd\nPayee: Brightpath Fleet Training Ltd\nSupplier number: V-10442\n"
            "Payment number: PAY-0048812\nPayment date: 04/12/2026\nPayment method: BACS\nCurrency: GBP\n\n"
            "Invoice number    Invoice date    Amount paid\n"
            "BPT-204381        21/10/2026         2,174.40\n"
            "BPT-204418        28/10/2026         1,238.40\n\n"
            "Total paid: 3,412.80\n\n"
            "This advice was generated automatically by our accounts payable system. Please do not reply to this address. Queries: purchase.ledger@greenway-waste.example"
        ),
        markup=REMITTANCE_HTML,
        inv="BPT-204381",
        owed="2174.40",
        cur="GBP",
        facts=Facts(
            paid="2026-12-04",
            reference="PAY-0048812",
            amount="3412.80",
            currency="GBP",
            refs=("BPT-204381", "BPT-204418"),
            note="AP-system remittance advice with Auto-Submitted: auto-generated is a payment, not an auto_reply; the amount is the total paid; the queries address is not a new contact",
        ),
    ),
    Reply(
        key="en-paid-ramble",
        intent="payment_sent",
        lang="en",
        sender=("Gareth Pryce", "gareth.pryce@harrowvalelogistics.example"),
        when="2026-12-09 13:22 +0000",
        client="outlook_html",
        charset="windows-1252",
        body=(
            "Hi,\n\n"
            "Thanks for the reminder. While I’ve got you – the lads were really positive about the session with Colin back in October, especially the bit on load security, and a couple of them have asked whether there’s a follow-up module on walkaround checks we could book for the new starters in February. We’ve also had a DVSA roadside check on one of the artics since, which went fine, so I think some of it stuck!\n\n"
            "If you could send me dates for Q1 that would be great. One other thing: two of the drivers still can’t see the hours on their DQC record, could someone check they’ve been uploaded?\n\n"
            "On the invoice, I spoke to Sandra in finance this morning and she says it went out on Monday with the rest of the supplier run, so it should be with you by now.\n\n"
            "Cheers,\nGareth\n\n"
            "Gareth Pryce\nTransport Manager\nHarrow Vale Logistics Ltd\nUnit 9, Bessemer Road, Harrow Vale Industrial Estate\nT: 0118 496 0273"
        ),
        inv="BPT-204539",
        owed="1350.00",
        cur="GBP",
        facts=Facts(
            paid="2026-12-07",
            note="long reply that buries the payment in its third paragraph; 'went out on Monday', written on Wed 9 Dec, is Mon 7 Dec",
        ),
    ),
    Reply(
        key="en-promise-friday-run",
        intent="promise_to_pay",
        lang="en",
        sender=("Lina Okafor", "payables@northgate-haulage.example"),
        when="2026-11-24 10:05 +0000",
        client="outlook",
        body=(
            "Hi,\n\n"
            "This is approved and will be included in Friday's payment run.\n\n"
            "Regards\n\n"
            "Lina Okafor\nAccounts Payable Assistant\nNorthgate Haulage Ltd\n\n"
            "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Northgate Haulage Ltd is registered in England and Wales, company no. 04417702."
        ),
        inv="BPT-204352",
        owed="2240.00",
        cur="GBP",
        facts=Facts(
            promised="2026-11-27", note="'Friday's payment run', written on Tue 24 Nov → Fri 27 Nov"
        ),
    ),
    Reply(
        key="en-promise-released",
        intent="promise_to_pay",
        lang="en",
        sender=("Anita Shah", "anita.shah@tynesidecommunitytransport.example"),
        when="2026-12-02 14:40 +0000",
        client="owa",
        body=(
            "Good afternoon,\n\n"
            "Invoice BPT-204502 has now been approved and released for payment. It will go out on our next BACS cycle, which settles on Thursday the 10th – £4,032.00.\n\n"
            "Kind regards,\n\n"
            "Anita Shah\nFinance Officer\nTyneside Community Transport (a registered charity)"
        ),
        inv="BPT-204502",
        owed="4032.00",
        cur="GBP",
        facts=Facts(
            promised="2026-12-10",
            amount="4032.00",
            currency="GBP",
            refs=("BPT-204502",),
            note="'approved and released' is past tense, but the money leaves on Thursday the 10th: a promise",
        ),
    ),
    Reply(
        key="en-promise-conditional",
        intent="promise_to_pay",
        lang="en",
        sender=("Dan Whitcombe", "dan@millbrookcivils.example"),
        when="2026-11-25 19:31 +0000",
        client="gmail_plain",
        body=(
            "hi, yes we know its overdue. were waiting on a big valuation from the main contractor thats due end of the month, as soon as that lands youll be paid. sorry for the hassle\n\n"
            "Dan"
        ),
        inv="BPT-204297",
        owed="1980.00",
        cur="GBP",
        facts=Facts(
            promised="2026-11-30",
            note="conditional promise without capitals or apostrophes; the payment follows money expected at the end of the month → Mon 30 Nov",
        ),
    ),
    Reply(
        key="en-dispute-noshow",
        intent="dispute",
        lang="en",
        sender=("Helen Marsh", "h.marsh@castlebrookbus.example"),
        when="2026-11-26 09:12 +0000",
        client="outlook_html_only",
        charset="windows-1252",
        body=(
            "Hello,\n\n"
            "We have NOT paid this invoice and we won’t be paying it. Your trainer never turned up for the session booked at our Thornbury depot on 8 October. Six drivers came in on their rest day and sat in the canteen for two hours before we sent them home. I rang your office twice that morning and nobody called back.\n\n"
            "I’d expect a credit note for the full amount, and frankly an apology.\n\n"
            "Helen Marsh\nOperations Manager\nCastlebrook Bus Company"
        ),
        inv="BPT-204318",
        owed="1320.00",
        cur="GBP",
        facts=Facts(
            note="negated payment in capitals, with the reason: the service was never delivered; HTML-only"
        ),
    ),
    Reply(
        key="en-dispute-headcount",
        intent="dispute",
        lang="en",
        sender=("Rachel Dunn", "rachel.dunn@pennineskip.example"),
        when="2026-12-03 11:20 +0000",
        client="gmail",
        body=(
            "Hi there,\n\n"
            "The invoice is for 8 delegates but only 6 attended on 14 October – Kyle and Mo were both off sick and we told your booking team the day before (I have the email). Happy to pay for the 6, so £1,320.00 rather than £1,760.00, once we have a corrected invoice.\n\n"
            "Thanks,\nRachel\n\n"
            "Rachel Dunn | HR & Training Officer | Pennine Skip & Waste Ltd"
        ),
        inv="BPT-204471",
        owed="1760.00",
        cur="GBP",
        service="Driver CPC periodic training (7 hours), 8 delegates",
        facts=Facts(
            note="quantity dispute; the offer to pay the undisputed part after a corrected invoice is secondary"
        ),
    ),
    Reply(
        key="en-dispute-duplicate",
        intent="dispute",
        lang="en",
        sender=("Niamh Brennan", "accounts@ardmorefreight.example"),
        when="2026-12-08 15:02 +0000",
        client="inline_thunderbird",
        body="Hello,",
        answers=(
            (
                2,
                "This is a duplicate of BPT-204233 – same tachograph workshop on 16 September, same six drivers, same amount. We paid 204233 on 30 October, our remittance ref AF-EFT-3391. Please cancel this one and confirm.",
            ),
            (5, "Niamh Brennan\nAccounts, Ardmore Freight Ltd, Drogheda"),
        ),
        inv="BPT-204570",
        owed="1140.00",
        service="Tachograph and drivers' hours workshop, 6 delegates",
        facts=Facts(
            refs=("BPT-204233",),
            note="inline answer under the quoted invoice details; duplicate billing: the payment mentioned is of the original invoice; '204233' is a short form",
        ),
    ),
    Reply(
        key="en-plan-hardship",
        intent="payment_plan",
        lang="en",
        sender=("Phil Lowther", "phil@lowtherwaste.example"),
        when="2026-11-30 08:47 +0000",
        client="outlook_rule",
        body=(
            "Morning,\n\n"
            "I'll be straight with you. We lost the council recycling contract at the end of September and we've had to let four drivers go, so cash is very tight until the new commercial contracts start paying in the new year. I don't want to ignore the bill. Could we pay it off at £500 a month starting in January? If you need something in writing I'll sign it.\n\n"
            "Phil Lowther\nDirector\nLowther Waste Collection Ltd"
        ),
        inv="BPT-204330",
        owed="2850.00",
        cur="GBP",
        facts=Facts(
            note="hardship and monthly instalments; plan amounts and dates are not labelled"
        ),
    ),
    Reply(
        key="en-plan-half",
        intent="payment_plan",
        lang="en",
        sender=("Sam Adeyemi", "quaylinecouriers@gmail.com"),
        when="2026-12-10 21:05 +0000",
        client="iphone",
        body="Can I do half now and half on the 8th of Jan? Had a van written off last month and the insurance hasn't paid out yet. I'll transfer the first half tonight if that's ok with you",
        inv="BPT-204588",
        owed="720.00",
        cur="GBP",
        service="Van driver safety course, 4 delegates",
        facts=Facts(
            note="part now and the rest in January, asked for, not done: payment_plan, not payment_sent"
        ),
    ),
    Reply(
        key="en-plan-extension",
        intent="payment_plan",
        lang="en",
        sender=("Joanne Carr", "joanne.carr@fenwickconstruction.example"),
        when="2026-12-14 12:30 +0000",
        client="outlook_html",
        body=(
            "Hi,\n\n"
            "Is there any chance you could give us until the middle of January on this one? We've got a couple of big retentions due back in early January and I'd rather not stretch the December payroll. If that's not possible let me know and I'll see what I can do.\n\n"
            "Kind regards,\nJoanne\n\n"
            "Joanne Carr\nFinance Manager\nFenwick Construction Group\n\n"
            "Fenwick Construction Group Ltd. Registered office: Fenwick House, Team Valley. This message may contain confidential information. If you are not the intended recipient, please tell us and delete it."
        ),
        inv="BPT-204604",
        owed="3650.00",
        cur="GBP",
        service="Plant and vehicle banksman course, 10 delegates",
        facts=Facts(note="asks for more time ('the middle of January'); a request, not a promise"),
    ),
    Reply(
        key="en-invreq-resend",
        intent="invoice_request",
        lang="en",
        sender=("Tom Ellery", "t.ellery@beaconbusandcoach.example"),
        when="2026-11-27 10:11 +0000",
        client="gmail",
        body=(
            "Hi,\n\n"
            "We don't seem to have this one on our system at all – could you resend the invoice please? Purchase ledger are happy to pay once it's in.\n\n"
            "Thanks\nTom"
        ),
        inv="BPT-204289",
        owed="945.00",
        cur="GBP",
        facts=Facts(note="never received, please resend; 'happy to pay once it's in' has no date"),
    ),
    Reply(
        key="en-invreq-po",
        intent="invoice_request",
        lang="en",
        sender=("Kirsty Lamb", "kirsty.lamb@stanmoreutilities.example"),
        when="2026-12-01 14:25 +0000",
        client="outlook",
        body=(
            "Good afternoon,\n\n"
            "Our finance system has rejected this invoice because there is no purchase order number on it. Can you reissue it quoting PO 4500231877? Once it comes through with the PO it will match automatically and go for payment.\n\n"
            "Many thanks,\n\n"
            "Kirsty Lamb\nFleet Compliance Coordinator\nStanmore Utilities Fleet Services"
        ),
        inv="BPT-204446",
        owed="2688.00",
        cur="GBP",
        facts=Facts(note="reissue with a PO number; the amount is not contested"),
    ),
    Reply(
        key="en-invreq-bank",
        intent="invoice_request",
        lang="en",
        sender=("Ciara Walsh", "ciara.walsh@dunmorehaulage.example"),
        when="2026-12-07 11:03 +0000",
        client="owa",
        body=(
            "Hi,\n\n"
            "Before we can release payment we need to verify your bank details. Since a fraud attempt last year our policy is that new suppliers send a letter on headed paper confirming the IBAN and BIC, signed by a director, and we then call you back on a number we find ourselves. Could you send that across? Your VAT number also doesn't appear on the invoice, so please include it on the letter.\n\n"
            "Thanks,\nCiara Walsh\nAccounts Payable\nDunmore Haulage Ltd"
        ),
        inv="BPT-204517",
        owed="1575.00",
        facts=Facts(note="bank-detail verification and a VAT number before payment"),
    ),
    Reply(
        key="en-wrong-manager",
        intent="wrong_contact",
        lang="en",
        sender=("Ben Okoro", "ben.okoro@medwayaggregates.example"),
        when="2026-11-23 17:40 +0000",
        client="apple",
        body=(
            "Hi,\n\n"
            "I'm the transport manager – I book the training but I don't see or pay invoices. Everything financial goes to our accounts team at Purchase.Ledger@medwayaggregates.example, please send it there.\n\n"
            "Ben"
        ),
        inv="BPT-204261",
        owed="1120.00",
        cur="GBP",
        facts=Facts(
            contact="purchase.ledger@medwayaggregates.example",
            note="address written in mixed case, labelled in lower case",
        ),
    ),
    Reply(
        key="en-wrong-unmonitored",
        intent="wrong_contact",
        lang="en",
        sender=("Silverline Travel Accounts", "accounts@silverlinetravel.example"),
        when="2026-12-08 09:31 +0000",
        client="notice",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=(
            "This mailbox is no longer monitored and messages sent to it are not read.\n\n"
            "Silverline Travel's accounts function has moved to our group finance team. For invoices, statements and remittances please write to ap@silverline-group.example. For anything else, call reception on 0161 496 0418.\n\n"
            "Silverline Travel Ltd"
        ),
        inv="BPT-204549",
        owed="1890.00",
        cur="GBP",
        facts=Facts(
            contact="ap@silverline-group.example",
            note="automatic 'no longer monitored' notice naming a new address: wrong_contact, not auto_reply",
        ),
    ),
    Reply(
        key="en-wrong-redirect",
        intent="wrong_contact",
        lang="en",
        sender=("Carrick Freight Accounts", "accounts@carrickfreight-services.example"),
        when="2026-12-15 08:02 +0000",
        client="outlook",
        body=(
            "Dear Supplier,\n\n"
            "Please be advised that our company has changed its remittance and correspondence address. With immediate effect all invoices, statements and payment reminders must be sent to accounts-dept@carrickfreight-uk.example only. Do not use any previous contact details as they are no longer in use.\n\n"
            "Kindly also confirm the total outstanding balance on our account and send copies of all open invoices to the new address at your earliest convenience.\n\n"
            "Regards,\nAccounts Department\nCarrick Freight Services"
        ),
        inv="BPT-204612",
        owed="2310.00",
        cur="GBP",
        quoted_to="Carrick Freight Accounts <accounts@carrickfreight.example>",
        facts=Facts(
            contact="accounts-dept@carrickfreight-uk.example",
            note="reads like a mail-redirection scam from a look-alike domain (the customer is carrickfreight.example); labelled by what it asks, wrong_contact with the new address; a person must verify it before anything changes",
        ),
    ),
    Reply(
        key="en-unsub-driver",
        intent="unsubscribe",
        lang="en",
        sender=("Lee Tranter", "lee.tranter77@gmail.com"),
        when="2026-12-05 08:14 +0000",
        client="gmail",
        body="Why am I getting this?? Im a driver, I did ONE course with you through my agency in october. I dont owe you anything and I dont deal with the agencys invoices. Take me off your list and stop emailing me.",
        inv="BPT-204497",
        owed="185.00",
        cur="GBP",
        service="Driver CPC periodic training (7 hours), 1 delegate",
        facts=Facts(
            note="stop request from the wrong person, with no other address: unsubscribe beats wrong_contact; irritation and missing apostrophes"
        ),
    ),
    Reply(
        key="en-unsub-solicitors",
        intent="unsubscribe",
        lang="en",
        sender=("Richard Mortimer", "r.mortimer@mortimerplant.example"),
        when="2026-12-11 16:55 +0000",
        client="outlook",
        body=(
            "Dear Sirs,\n\n"
            "This matter is disputed and has been passed to our solicitors, Gadsby Rowe LLP, 4 Chancery Yard, Leicester. Please do not contact this office or any member of our staff about it again. All further correspondence is to go to them in writing.\n\n"
            "R. Mortimer\nManaging Director\nMortimer Plant & Haulage Ltd"
        ),
        inv="BPT-204401",
        owed="3120.00",
        cur="GBP",
        facts=Facts(
            note="'disputed' plus 'write only to our solicitors': unsubscribe beats dispute; the solicitors have no e-mail address, so no new_contact"
        ),
    ),
    Reply(
        key="en-unsub-post-paid",
        intent="unsubscribe",
        lang="en",
        sender=("Debbie Hollis", "office@ashgroverecycling.example"),
        when="2026-12-15 10:02 +0000",
        client="outlook_html",
        charset="windows-1252",
        body=(
            "Please remove this address from your reminder list. This is the third reminder this month for an invoice we paid on 20 November – I’ve sent the remittance twice already. Any further contact by post only please.\n\n"
            "Debbie Hollis\nOffice Manager\nAshgrove Recycling Ltd"
        ),
        inv="BPT-204368",
        owed="1480.00",
        cur="GBP",
        facts=Facts(
            note="remove me + post only + a payment claim: unsubscribe wins, so paid_date stays empty"
        ),
    ),
    Reply(
        key="en-auto-leave",
        intent="auto_reply",
        lang="en",
        sender=("Sophie Kerr", "s.kerr@westfieldcoachways.example"),
        when="2026-11-30 09:12 +0000",
        client="notice",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=(
            "Thank you for your email. I am on annual leave until Friday 4 December with no access to email. For anything urgent relating to payroll or supplier payments, please contact Mark Devlin on 0117 496 0552 or mark.devlin@westfieldcoachways.example.\n\n"
            "Kind regards,\nSophie Kerr\nFinance Officer, Westfield Coachways"
        ),
        inv="BPT-204338",
        owed="1015.00",
        cur="GBP",
        facts=Facts(
            back="2026-12-04",
            note="'until Friday 4 December' → that date; a colleague's address in an auto-reply is not a new contact",
        ),
    ),
    Reply(
        key="en-auto-ticket",
        intent="auto_reply",
        lang="en",
        sender=("Pinnacle Facilities Finance", "finance.desk@pinnaclefm.example"),
        when="2026-12-09 08:03 +0000",
        client="notice",
        subject="[PFS-INC-0081427] {rsub}",
        headers=(AUTO_REPLIED, ("X-Ticket-Id", "PFS-INC-0081427")),
        body=(
            "Hello,\n\n"
            "Thank you for contacting Pinnacle Facilities Finance. This is an automated message to confirm that your request has been logged with reference PFS-INC-0081427.\n\n"
            "A member of the team will respond within 5 working days. Please keep the reference in the subject line of any further emails about this request.\n\n"
            "This is an automated notification. Replies to this message are added to your request."
        ),
        inv="BPT-204560",
        owed="2475.00",
        cur="GBP",
        facts=Facts(note="ticket acknowledgement; no return date"),
    ),
    Reply(
        key="en-auto-closure",
        intent="auto_reply",
        lang="en",
        sender=("Lough Swilly Bus Hire", "office@loughswillybushire.example"),
        when="2026-12-08 10:44 +0000",
        client="notice",
        body=(
            "Thanks for your email.\n\n"
            "Our office is closed on Tuesday 8 and Wednesday 9 December while we move to the new depot. We reopen on Thursday 10 December and will reply to every message then. Coaches are running as normal.\n\n"
            "Lough Swilly Bus Hire"
        ),
        inv="BPT-204521",
        owed="760.00",
        facts=Facts(
            back="2026-12-10",
            note="office autoresponder without Auto-Submitted; 'we reopen on Thursday 10 December'",
        ),
    ),
    Reply(
        key="en-other-question",
        intent="other",
        lang="en",
        sender=("Karen Doyle", "karen@brooksideminibus.example"),
        when="2026-12-04 12:18 +0000",
        client="iphone",
        body="Didn't we pay this already? I'm sure I remember signing it off. Will check with Rob when he's back",
        inv="BPT-204478",
        owed="540.00",
        cur="GBP",
        service="Minibus driver awareness course (MiDAS), 3 delegates",
        facts=Facts(
            note="asks whether it was paid instead of saying it was; 'will check' is no commitment"
        ),
    ),
    Reply(
        key="en-other-ooo-subject",
        intent="other",
        lang="en",
        sender=("Jamie Fielding", "jamie@fieldingexpress.example"),
        when="2026-12-16 07:52 +0000",
        client="android",
        subject="Out of office this week - {rsub}",
        body="I'm out of the office all this week on a site audit so can't get to the laptop. Not ignoring you, I'll look at it properly when I'm back and get back to you.",
        inv="BPT-204633",
        owed="1260.00",
        cur="GBP",
        service="Multi-drop courier safety induction, 7 delegates",
        facts=Facts(
            note="written by a person although the subject says 'out of office'; no date and no commitment to pay"
        ),
    ),
    Reply(
        key="en-other-booking",
        intent="other",
        lang="en",
        sender=("Owen Hale", "owen.hale@carrickfreight.example"),
        when="2026-12-17 14:05 +0000",
        client="outlook_html",
        body=(
            "Hi,\n\n"
            "I've forwarded this to our accounts team, they deal with payments.\n\n"
            "Separately, can we get four drivers onto the January tachograph refresher? I'll send names and licence numbers over. Preferably a Saturday if you're running one.\n\n"
            "Thanks,\nOwen\n\n"
            "Owen Hale | Transport Planner | Carrick Freight Services"
        ),
        inv="BPT-204612",
        owed="2310.00",
        cur="GBP",
        facts=Facts(
            note="passed on inside the company with no address, then a booking request: other"
        ),
    ),
)


# --------------------------------------------------------------------------------------------
# German
# --------------------------------------------------------------------------------------------

GERMAN: Final[tuple[Reply, ...]] = (
    Reply(
        key="de-paid-erledigt",
        intent="payment_sent",
        lang="de",
        sender=("Jürgen Haas", "j.haas@haas-entsorgung.example"),
        when="2026-12-01 18:22 +0100",
        client="iphone",
        body="Erledigt.\n\nGruß J. Haas",
        inv="BPT-204409",
        owed="1296.00",
        facts=Facts(note="'Erledigt' (done) in answer to a payment reminder: paid, no date"),
    ),
    Reply(
        key="de-paid-fibu",
        intent="payment_sent",
        lang="de",
        sender=("Petra Lindner", "p.lindner@spedition-kranich.example"),
        when="2026-12-03 09:41 +0100",
        client="outlook",
        charset="iso-8859-1",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "die Rechnung BPT-204519 über 2.856,00 EUR haben wir am 02.12.2026 per SEPA-Überweisung beglichen (Zahlungsreferenz ZL26-1187-04). Bitte gleichen Sie Ihr Debitorenkonto entsprechend ab.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Petra Lindner\nFinanzbuchhaltung\n\n"
            "Spedition Kranich GmbH\nHafenstraße 21, 28197 Bremen\n"
            "Sitz der Gesellschaft: Bremen | Registergericht: Amtsgericht Bremen HRB 31877 | Geschäftsführer: Frank Kranich"
        ),
        inv="BPT-204519",
        owed="2856.00",
        service="Weiterbildung nach BKrFQG, Module 1 und 2 – 6 Teilnehmer",
        facts=Facts(
            paid="2026-12-02",
            reference="ZL26-1187-04",
            amount="2856.00",
            currency="EUR",
            refs=("BPT-204519",),
            note="ISO-8859-1, so the client wrote 'EUR' and the quoted reminder lost its '€'",
        ),
    ),
    Reply(
        key="de-promise-kw50",
        intent="promise_to_pay",
        lang="de",
        sender=("Karin Seiler", "k.seiler@omnibus-seiler.example"),
        when="2026-12-01 11:05 +0100",
        client="gmail",
        body="Hallo,\n\ndie Rechnung ist freigegeben und geht mit unserem Zahllauf in KW 50 raus.\n\nViele Grüße\nKarin Seiler\nOmnibusbetrieb Seiler e.K.",
        inv="BPT-204425",
        owed="1740.00",
        facts=Facts(
            promised="2026-12-07",
            note="'Zahllauf in KW 50': a week without a day → its Monday, 7 Dec (as for 'next week'); 'freigegeben' is past tense but the payment is future",
        ),
    ),
    Reply(
        key="de-promise-am15",
        intent="promise_to_pay",
        lang="de",
        sender=("Markus Rieger", "m.rieger@rieger-bau.example"),
        when="2026-11-27 15:40 +0100",
        client="outlook_html",
        body=(
            "Guten Tag,\n\n"
            "wir haben die Zahlung bereits für den 15. vorgemerkt, dann wird der Betrag überwiesen. Früher geht es leider nicht, weil unser Bauherr erst Mitte des Monats zahlt.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Markus Rieger\nBauunternehmung Rieger & Söhne GmbH\nKaufmännische Leitung"
        ),
        inv="BPT-204340",
        owed="3280.00",
        service="Fahrsicherheitstraining für Baustellenfahrzeuge – 10 Teilnehmer",
        facts=Facts(
            promised="2026-12-15",
            note="'bereits vorgemerkt' (past) for a transfer 'am 15.'; written on 27 Nov, the next 15th is 15 Dec",
        ),
    ),
    Reply(
        key="de-dispute-abbruch",
        intent="dispute",
        lang="de",
        sender=("Thomas Brandt", "t.brandt@regiobus-weser.example"),
        when="2026-12-07 10:18 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "die Weiterbildung Modul 3 am 21.10. wurde nach gut drei Stunden abgebrochen, weil Ihr Trainer krank wurde. Die Teilnehmer haben keine Bescheinigung über sieben Stunden bekommen und müssen den Termin nachholen. Eine volle Tagesgebühr werden wir dafür nicht bezahlen.\n\n"
            "Bitte schicken Sie uns eine Gutschrift bzw. eine korrigierte Rechnung über den halben Tag. Bis dahin halten wir die Zahlung zurück.\n\n"
            "Mit freundlichen Grüßen\n"
            "Thomas Brandt\nLeiter Fahrdienst\nRegiobus Weser GmbH"
        ),
        inv="BPT-204503",
        owed="1920.00",
        facts=Facts(note="course cut short; payment withheld until a credit note: dispute"),
    ),
    Reply(
        key="de-dispute-nicht-unsere",
        intent="dispute",
        lang="de",
        sender=("Sven Adomeit", "sven.adomeit@blitzkurier-hannover.example"),
        when="2026-11-24 20:12 +0100",
        client="inline",
        body="Moin,\n\nsiehe unten.",
        answers=(
            (
                2,
                "Die Rechnung kann nicht von uns sein. Wir haben bei Ihnen nie eine Ladungssicherungsschulung gebucht, und die Bestellnummer B-7731 auf der Rechnung gibt es bei uns nicht. Vermutlich ein anderer Blitz-Franchisepartner. Bitte prüfen und stornieren.",
            ),
            (5, "Gruß\nSven Adomeit"),
        ),
        inv="BPT-204315",
        owed="1150.00",
        service="Ladungssicherung nach VDI 2700 – 5 Teilnehmer",
        facts=Facts(
            note="inline under the quoted details; never ordered, not our order number: dispute"
        ),
    ),
    Reply(
        key="de-plan-raten",
        intent="payment_plan",
        lang="de",
        sender=("Andreas Vogt", "a.vogt@entsorgung-mittelhessen.example"),
        when="2026-12-09 08:15 +0100",
        client="outlook",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "durch die Insolvenz unseres größten Auftraggebers fehlen uns seit Oktober erhebliche Einnahmen. Wir möchten die offene Rechnung trotzdem vollständig begleichen und schlagen vier monatliche Raten von je 1.150,00 € vor, beginnend am 15.01.2027.\n\n"
            "Bitte teilen Sie uns mit, ob Sie damit einverstanden sind.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Andreas Vogt\nGeschäftsführer\nEntsorgung Mittelhessen GmbH"
        ),
        inv="BPT-204548",
        owed="4600.00",
        service="Weiterbildung nach BKrFQG, Module 1 bis 5 – 4 Teilnehmer",
        facts=Facts(
            note="four monthly instalments proposed; plan dates and amounts are not labelled"
        ),
    ),
    Reply(
        key="de-plan-zwei-teile",
        intent="payment_plan",
        lang="de",
        sender=("Aylin Demir", "aylin@demir-logistik.example"),
        when="2026-12-14 17:03 +0100",
        client="apple",
        cte="8bit",
        body=(
            "Hallo zusammen,\n\n"
            "geht es, dass wir die Rechnung in zwei Teilen zahlen? Die Hälfte würde ich diese Woche überweisen, den Rest Ende Januar, wenn die Zuschüsse der Arbeitsagentur für die Umschulungen da sind.\n\n"
            "LG Aylin Demir"
        ),
        inv="BPT-204620",
        owed="2380.00",
        facts=Facts(
            note="half this week and the rest at the end of January, asked for: payment_plan"
        ),
    ),
    Reply(
        key="de-invreq-xrechnung",
        intent="invoice_request",
        lang="de",
        sender=("Birgit Kötter", "rechnungseingang@vg-emsland.example"),
        when="2026-11-30 13:27 +0100",
        client="owa",
        body=(
            "Guten Tag,\n\n"
            "als öffentlicher Auftraggeber können wir Rechnungen nur noch im Format XRechnung verarbeiten. Ihre Rechnung liegt uns lediglich als PDF vor und wurde deshalb nicht gebucht. Bitte reichen Sie sie über unser Rechnungseingangsportal ein und geben Sie dabei die Leitweg-ID 03-45411000-12 an.\n\n"
            "Freundliche Grüße\n"
            "Birgit Kötter\nRechnungseingang\nVerkehrsgesellschaft Kreis Emsland mbH"
        ),
        inv="BPT-204357",
        owed="3960.00",
        facts=Facts(
            note="the invoice is needed again as an e-invoice before it can be paid; not a dispute"
        ),
    ),
    Reply(
        key="de-invreq-bescheinigungen",
        intent="invoice_request",
        lang="de",
        sender=("Jana Wulf", "personal@getraenkelogistik-ostsee.example"),
        when="2026-12-10 11:48 +0100",
        client="outlook_html",
        body=(
            "Hallo,\n\n"
            "die Rechnung ist bei mir gelandet, ich kann sie aber erst zur Zahlung freigeben, wenn mir die Teilnahmebescheinigungen aller sechs Fahrer vorliegen – die brauchen wir auch für die Eintragung der Schlüsselzahl 95. Können Sie mir die bitte als PDF schicken?\n\n"
            "Danke und viele Grüße\n"
            "Jana Wulf\nPersonalabteilung\nGetränkelogistik Ostsee GmbH"
        ),
        inv="BPT-204577",
        owed="1560.00",
        service="Weiterbildung nach BKrFQG, Modul 4 – 6 Teilnehmer",
        facts=Facts(note="documents needed before the invoice is released: invoice_request"),
    ),
    Reply(
        key="de-wrong-nachfolgerin",
        intent="wrong_contact",
        lang="de",
        sender=("Tobias Engel", "t.engel@spedition-hoffmann.example"),
        when="2026-11-23 14:09 +0100",
        client="gmail",
        body=(
            "Hallo,\n\n"
            "ich bin seit Ende Oktober nicht mehr bei der Spedition Hoffmann. Bitte wenden Sie sich an meine Nachfolgerin, Frau Sommer: buchhaltung@spedition-hoffmann.example\n\n"
            "Viele Grüße\nTobias Engel"
        ),
        inv="BPT-204255",
        owed="880.00",
        facts=Facts(contact="buchhaltung@spedition-hoffmann.example"),
    ),
    Reply(
        key="de-wrong-zentrale",
        intent="wrong_contact",
        lang="de",
        sender=("Heike Brosch", "h.brosch@citykurier-dortmund.example"),
        when="2026-12-16 19:45 +0100",
        client="iphone",
        body="Hallo, die Rechnungen fuer die Schulungen laufen nicht ueber uns Franchisenehmer sondern zentral ueber die Systemzentrale. Bitte an kreditoren@citykurier-system.example schicken, die zahlen das dann. Gruss H. Brosch",
        inv="BPT-204641",
        owed="690.00",
        service="Fahrsicherheitstraining Transporter – 3 Teilnehmer",
        facts=Facts(
            contact="kreditoren@citykurier-system.example",
            note="umlauts typed as ue/ss on a phone; the franchisor's central payables is the right contact",
        ),
    ),
    Reply(
        key="de-unsub-post",
        intent="unsubscribe",
        lang="de",
        sender=("Baustoffe Lindemann KG", "info@baustoffe-lindemann.example"),
        when="2026-12-04 10:30 +0100",
        client="outlook",
        charset="windows-1252",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "wir untersagen Ihnen hiermit ausdrücklich, uns weiterhin per E-Mail zu kontaktieren. Schriftverkehr bitte ausschließlich per Post an unsere Geschäftsadresse.\n\n"
            "Baustoffe Lindemann KG\nGeschäftsleitung"
        ),
        inv="BPT-204469",
        owed="1410.00",
        facts=Facts(note="no more e-mail, post only: unsubscribe"),
    ),
    Reply(
        key="de-auto-fortbildung",
        intent="auto_reply",
        lang="de",
        sender=("Nadine Scholz", "n.scholz@scholz-transporte.example"),
        when="2026-11-30 07:55 +0100",
        client="notice",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=(
            "Vielen Dank für Ihre Nachricht.\n\n"
            "Vom 30.11. bis einschließlich 04.12. bin ich auf einer Fortbildung und lese meine E-Mails nur unregelmäßig. Ab Montag, dem 07.12., bin ich wieder im Büro.\n\n"
            "In dringenden Fällen wenden Sie sich bitte an buchhaltung@scholz-transporte.example.\n\n"
            "Mit freundlichen Grüßen\nNadine Scholz"
        ),
        inv="BPT-204331",
        owed="960.00",
        facts=Facts(
            back="2026-12-07",
            note="'ab Montag, dem 07.12., wieder im Büro' wins over 'bis einschließlich 04.12.'; the colleague address is not a new contact",
        ),
    ),
    Reply(
        key="de-auto-ticket",
        intent="auto_reply",
        lang="de",
        sender=("Rechnungsservice Nordbahn Logistik", "rechnungsservice@nordbahn-logistik.example"),
        when="2026-12-10 08:21 +0100",
        client="notice",
        subject="[Ticket#2026121010000417] Eingangsbestätigung: {rsub}",
        headers=(("Precedence", "bulk"), ("X-Mailer", "Znuny Mail Service")),
        body=(
            "Guten Tag,\n\n"
            "vielen Dank für Ihre E-Mail. Ihr Anliegen wurde unter der Ticketnummer 2026121010000417 erfasst und wird von unserem Team in der Reihenfolge des Eingangs bearbeitet.\n\n"
            "Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.\n\n"
            "Ihr Rechnungsservice\nNordbahn Logistik GmbH"
        ),
        inv="BPT-204580",
        owed="2115.00",
        facts=Facts(
            note="ticket acknowledgement carrying only 'Precedence: bulk', no Auto-Submitted"
        ),
    ),
    Reply(
        key="de-other-weitergegeben",
        intent="other",
        lang="de",
        sender=("Olaf Petersen", "disposition@petersen-kuehltransporte.example"),
        when="2026-12-11 13:36 +0100",
        client="galaxy",
        body="Hab ich an unsere Buchhaltung weitergegeben.\nGruß O. Petersen",
        inv="BPT-204595",
        owed="1185.00",
        facts=Facts(note="passed on inside the company, no address and no commitment"),
    ),
    Reply(
        key="de-other-termin",
        intent="other",
        lang="de",
        sender=("Stefanie Krüger", "s.krueger@tiefbau-krueger.example"),
        when="2026-12-17 09:58 +0100",
        client="outlook_html",
        body=(
            "Guten Morgen,\n\n"
            "die Rechnung liegt bei unserem Steuerbüro zur Prüfung. Ich hätte aber noch eine andere Frage: Können wir den Termin für die zweite Gruppe (Modul 4) vom 12. auf den 26. Januar verschieben? Zwei Kollegen sind an dem Tag auf einer Baustelle in Polen.\n\n"
            "Viele Grüße\nStefanie Krüger\nTiefbau Krüger GmbH"
        ),
        inv="BPT-204650",
        owed="2040.00",
        facts=Facts(
            note="'liegt zur Prüfung' is no commitment; the real question is a rescheduling request"
        ),
    ),
)


# --------------------------------------------------------------------------------------------
# French
# --------------------------------------------------------------------------------------------

FRENCH: Final[tuple[Reply, ...]] = (
    Reply(
        key="fr-paid-virement",
        intent="payment_sent",
        lang="fr",
        sender=("Sylvie Garnier", "s.garnier@transports-morel.example"),
        when="2026-12-02 10:26 +0100",
        client="outlook_html",
        body=(
            "Bonjour,\n\n"
            "Le virement de 1 248,00 € a été effectué ce jour pour la facture BPT-204488 (référence de l’opération : VIR2612020193).\n\n"
            "Cordialement,\n\n"
            "Sylvie Garnier\nComptabilité fournisseurs\nTransports Morel SAS – 14 rue de l’Industrie – 69200 Vénissieux"
        ),
        inv="BPT-204488",
        owed="1248.00",
        facts=Facts(
            paid="2026-12-02",
            reference="VIR2612020193",
            amount="1248.00",
            currency="EUR",
            refs=("BPT-204488",),
            note="'effectué ce jour' → the message date",
        ),
    ),
    Reply(
        key="fr-paid-cheque",
        intent="payment_sent",
        lang="fr",
        sender=("Patrick Roux", "p.roux@sudcollecte.example"),
        when="2026-12-08 08:02 +0100",
        client="iphone",
        body="Bonjour le cheque est parti hier par la poste, vous devriez l avoir d ici jeudi. Cdt P. Roux",
        inv="BPT-204536",
        owed="1620.00",
        service="Formation éco-conduite bennes à ordures – 6 conducteurs",
        facts=Facts(
            paid="2026-12-07",
            note="no accents or apostrophes; a cheque posted 'hier' (Mon 7 Dec) is a payment sent",
        ),
    ),
    Reply(
        key="fr-promise-fin-de-mois",
        intent="promise_to_pay",
        lang="fr",
        sender=("Corinne Arnaud", "direction@autocars-bleone.example"),
        when="2026-12-03 14:50 +0100",
        client="gmail",
        body=(
            "Bonjour,\n\n"
            "Nous réglons nos fournisseurs en fin de mois : votre facture partira avec le prochain virement groupé, donc fin décembre.\n\n"
            "Bonne journée,\nCorinne Arnaud\nAssistante de direction – Autocars de la Bléone"
        ),
        inv="BPT-204476",
        owed="2190.00",
        facts=Facts(promised="2026-12-31", note="'fin de mois … fin décembre' → 31 Dec"),
    ),
    Reply(
        key="fr-promise-programme",
        intent="promise_to_pay",
        lang="fr",
        sender=("Éric Lacombe", "e.lacombe@btp-lacombe.example"),
        when="2026-12-07 16:12 +0100",
        client="outlook",
        charset="iso-8859-1",
        body="Bonjour,\n\nJ'ai programmé le virement pour le jeudi 10, il sera sur votre compte en fin de semaine.\n\nCordialement,\nÉric Lacombe\nBTP Lacombe & Fils",
        inv="BPT-204529",
        owed="1775.00",
        service="Formation conduite d'engins et sécurité chantier - 5 conducteurs",
        facts=Facts(
            promised="2026-12-10",
            note="'j'ai programmé' (past) for a transfer on Thursday the 10th: a promise",
        ),
    ),
    Reply(
        key="fr-dispute-annulee",
        intent="dispute",
        lang="fr",
        sender=("Nathalie Berthier", "n.berthier@messageries-rhodaniennes.example"),
        when="2026-11-26 11:33 +0100",
        client="owa",
        body=(
            "Bonjour,\n\n"
            "Nous contestons cette facture : la session FCO prévue du 5 au 9 octobre a été annulée par vos soins la veille, faute de formateur, et reportée à une date qui ne nous a toujours pas été communiquée. Aucune prestation n’a donc été réalisée.\n\n"
            "Merci d’annuler la facture et de nous adresser un avoir.\n\n"
            "Nathalie Berthier\nResponsable formation et sécurité\nMessageries Rhodaniennes"
        ),
        inv="BPT-204322",
        owed="2760.00",
        facts=Facts(note="session cancelled by the supplier, nothing delivered: dispute"),
    ),
    Reply(
        key="fr-dispute-devis",
        intent="dispute",
        lang="fr",
        sender=("Julien Masson", "j.masson@ramassage-lorrain.example"),
        when="2026-12-14 09:05 +0100",
        client="outlook_html",
        charset="windows-1252",
        body=(
            "Bonjour,\n\n"
            "Le prix facturé ne correspond pas à votre devis D-2026-0412 accepté en juillet : 1 150,00 € HT par session, et non 1 380,00 € HT. Nous réglerons la facture dès réception d’une facture rectifiée au bon tarif.\n\n"
            "Cordialement,\n\n"
            "Julien Masson\nDirecteur administratif et financier\nRamassage Urbain Lorrain"
        ),
        inv="BPT-204615",
        owed="1656.00",
        service="Session de sensibilisation à la conduite en milieu urbain (1 session)",
        facts=Facts(
            note="price against the accepted quote; paying after a corrected invoice is conditional and secondary"
        ),
    ),
    Reply(
        key="fr-plan-trois-fois",
        intent="payment_plan",
        lang="fr",
        sender=("Karim Benali", "karim.benali@courses-express69.example"),
        when="2026-12-10 22:14 +0100",
        client="gmail_plain",
        body=(
            "Bonsoir,\n\n"
            "Je sais que la facture est en retard, je ne cherche pas à me défiler. Le mois de novembre a été très dur (deux utilitaires immobilisés) et ma trésorerie est à zéro. Est-ce que je peux vous régler en trois fois, janvier, février et mars ? Je peux signer un échéancier.\n\n"
            "Merci de votre compréhension,\nKarim Benali\nCourses Express 69 – franchisé"
        ),
        inv="BPT-204590",
        owed="1080.00",
        service="Formation sécurité livraison urbaine – 3 livreurs",
        facts=Facts(note="hardship and three instalments"),
    ),
    Reply(
        key="fr-invreq-rib",
        intent="invoice_request",
        lang="fr",
        sender=("Service fournisseurs Vialis", "fournisseurs@groupe-vialis.example"),
        when="2026-11-24 15:02 +0100",
        client="outlook",
        body=(
            "Bonjour,\n\n"
            "Votre facture est bien enregistrée, mais elle est bloquée au paiement : après une tentative de fraude au changement de RIB le mois dernier, nous exigeons de tout nouveau fournisseur un RIB original sur papier à en-tête, signé par un dirigeant, ainsi qu’un justificatif d’immatriculation de la société. Pouvez-vous nous les transmettre ?\n\n"
            "Cordialement,\nService fournisseurs\nGroupe Vialis Transports"
        ),
        inv="BPT-204280",
        owed="3340.00",
        facts=Facts(note="bank-detail proof needed before payment: invoice_request"),
    ),
    Reply(
        key="fr-invreq-chorus",
        intent="invoice_request",
        lang="fr",
        sender=("Marie-Hélène Guillou", "mh.guillou@rt-valdaulne.example"),
        when="2026-12-15 10:40 +0100",
        client="thunderbird",
        body=(
            "Bonjour,\n\n"
            "Nous n'avons jamais reçu cette facture. En tant qu'établissement public, nous ne pouvons d'ailleurs recevoir les factures que par Chorus Pro. Merci de la déposer sur la plateforme (SIRET 200 045 117 00018, code service FORMATION) ; elle sera mise en paiement dès sa réception.\n\n"
            "Cordialement,\n\n"
            "Marie-Hélène Guillou\nService financier\nRégie des transports du Val d'Aulne"
        ),
        inv="BPT-204624",
        owed="2295.00",
        facts=Facts(
            note="never received; resend through the public e-invoicing portal; 'mise en paiement dès sa réception' has no date"
        ),
    ),
    Reply(
        key="fr-wrong-exploitation",
        intent="wrong_contact",
        lang="fr",
        sender=("Fabrice Lemoine", "f.lemoine@transports-lemoine.example"),
        when="2026-11-25 18:20 +0100",
        client="apple_html",
        body=(
            "Bonjour,\n\n"
            "Je suis responsable d’exploitation, je ne gère pas les factures. Merci d’écrire à notre comptabilité : compta.fournisseurs@transports-lemoine.example (Mme Perrin).\n\n"
            "Bien à vous,\nFabrice Lemoine"
        ),
        inv="BPT-204303",
        owed="990.00",
        facts=Facts(contact="compta.fournisseurs@transports-lemoine.example"),
    ),
    Reply(
        key="fr-wrong-adresse-fermee",
        intent="wrong_contact",
        lang="fr",
        sender=("Cars Delaplaine", "facturation@cars-delaplaine.example"),
        when="2026-12-09 07:14 +0100",
        client="notice",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
        body=(
            "Bonjour,\n\n"
            "Cette adresse électronique n'est plus consultée depuis le 1er décembre 2026. Votre message ne sera ni lu ni transféré.\n\n"
            "Pour toute question relative à la facturation, merci d'écrire désormais à comptabilite@groupe-delaplaine.example.\n\n"
            "Cars Delaplaine"
        ),
        inv="BPT-204553",
        owed="1365.00",
        facts=Facts(
            contact="comptabilite@groupe-delaplaine.example",
            note="automatic 'address no longer read' notice naming a new address: wrong_contact",
        ),
    ),
    Reply(
        key="fr-unsub-avocat",
        intent="unsubscribe",
        lang="fr",
        sender=("Alain Giraud", "alain.giraud@transports-giraud.example"),
        when="2026-12-04 17:48 +0100",
        client="outlook",
        charset="iso-8859-1",
        body=(
            "Madame, Monsieur,\n\n"
            "Je vous demande de cesser de m'écrire. Ce dossier est désormais entre les mains de notre avocate, Maître Delphine Caron, 12 rue des Tanneurs à Avignon, à qui vous adresserez toute correspondance.\n\n"
            "Alain Giraud\nGérant - SARL Transports Giraud"
        ),
        inv="BPT-204455",
        owed="2470.00",
        facts=Facts(note="stop writing + 'our lawyer' (postal address only): unsubscribe"),
    ),
    Reply(
        key="fr-unsub-arretez",
        intent="unsubscribe",
        lang="fr",
        sender=("Lucie Fabre", "lucie.fabre84@gmail.com"),
        when="2026-12-12 11:09 +0100",
        client="gmail",
        body="Arretez de m envoyer ces mails svp, desinscrivez moi. Merci",
        inv="BPT-204597",
        owed="410.00",
        facts=Facts(note="no accents or apostrophes; stop + unsubscribe"),
    ),
    Reply(
        key="fr-auto-absente",
        intent="auto_reply",
        lang="fr",
        sender=("Claire Vasseur", "c.vasseur@transdauphine.example"),
        when="2026-12-01 09:00 +0100",
        client="notice",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=(
            "Bonjour,\n\n"
            "Je suis absente du bureau jusqu'au vendredi 4 décembre inclus. Je serai de retour le lundi 7 décembre et traiterai votre message à mon retour.\n\n"
            "Pour toute urgence, vous pouvez joindre le standard au 04 65 71 22 08.\n\n"
            "Cordialement,\nClaire Vasseur"
        ),
        inv="BPT-204392",
        owed="1530.00",
        facts=Facts(
            back="2026-12-07", note="'de retour le lundi 7 décembre' wins over 'jusqu'au 4 inclus'"
        ),
    ),
    Reply(
        key="fr-auto-accuse",
        intent="auto_reply",
        lang="fr",
        sender=("Relations fournisseurs Kerval", "relations.fournisseurs@groupe-kerval.example"),
        when="2026-12-11 14:30 +0100",
        client="notice",
        subject="Accusé de réception – demande FRN-2026-07734",
        headers=(AUTO_REPLIED,),
        body=(
            "Bonjour,\n\n"
            "Nous accusons réception de votre message, enregistré sous le numéro de demande FRN-2026-07734. Il sera traité par nos équipes dans un délai de 10 jours ouvrés.\n\n"
            "Merci de ne pas répondre à ce courriel généré automatiquement.\n\n"
            "Le service Relations fournisseurs\nGroupe Kerval"
        ),
        inv="BPT-204583",
        owed="3015.00",
        facts=Facts(note="ticket acknowledgement; a handling time is not a return date"),
    ),
    Reply(
        key="fr-other-rappel",
        intent="other",
        lang="fr",
        sender=("Hervé Duval", "herve.duval@transports-duval.example"),
        when="2026-12-17 12:41 +0100",
        client="iphone",
        body="Bonjour, pouvez-vous m’appeler au 06 39 98 41 27 ? Il y a plusieurs choses à voir sur cette facture et sur la suite de notre contrat, je préfère en parler de vive voix. Merci. Hervé Duval",
        inv="BPT-204644",
        owed="1890.00",
        facts=Facts(
            note="asks for a call; 'plusieurs choses à voir' names no disagreement, so not a dispute"
        ),
    ),
)


# --------------------------------------------------------------------------------------------
# Spanish
# --------------------------------------------------------------------------------------------

SPANISH: Final[tuple[Reply, ...]] = (
    Reply(
        key="es-paid-justificante",
        intent="payment_sent",
        lang="es",
        sender=("Lucía Ortega", "administracion@autocares-valdes.example"),
        when="2026-12-07 10:15 +0100",
        client="outlook_html",
        body=(
            "Buenos días:\n\n"
            "Os adjunto el justificante de la transferencia que hicimos el viernes por el importe total de la factura.\n\n"
            "Un saludo,\n\n"
            "Lucía Ortega\nAdministración – Autocares Valdés S.L."
        ),
        attachment=("justificante_transferencia_BPT-204611.pdf", PROOF_PDF),
        inv="BPT-204611",
        owed="1485.00",
        facts=Facts(
            paid="2026-12-04",
            note="'el viernes', written on Mon 7 Dec → Fri 4 Dec; the proof is a PDF attachment; the invoice number is only in the file name",
        ),
    ),
    Reply(
        key="es-paid-ya-esta",
        intent="payment_sent",
        lang="es",
        sender=("Paco Segura", "paco.segura@residuos-almanzora.example"),
        when="2026-12-16 09:48 +0100",
        client="android",
        body="Ya está. Hecha la transferencia esta mañana, 2.340,50 €. Perdonad el retraso, con el cierre de año vamos locos.",
        inv="BPT-204628",
        owed="2340.50",
        service="Curso de conducción segura de camiones recolectores – 7 conductores",
        facts=Facts(
            paid="2026-12-16",
            amount="2340.50",
            currency="EUR",
            note="'Ya está' plus a transfer 'esta mañana' → the message date",
        ),
    ),
    Reply(
        key="es-promise-semana",
        intent="promise_to_pay",
        lang="es",
        sender=("Iván Navarro", "ivan@mensajeria-levante.example"),
        when="2026-11-26 20:30 +0100",
        client="iphone",
        body="Buenas, lo pagamos la semana que viene sin falta. Disculpad",
        inv="BPT-204312",
        owed="620.00",
        service="Curso de seguridad vial para repartidores – 4 conductores",
        facts=Facts(promised="2026-11-30", note="'la semana que viene' → Monday of next week"),
    ),
    Reply(
        key="es-promise-confirming",
        intent="promise_to_pay",
        lang="es",
        sender=("Tesorería Construcciones Iturbe", "tesoreria@construcciones-iturbe.example"),
        when="2026-12-02 12:10 +0100",
        client="outlook",
        body=(
            "Buenos días:\n\n"
            "Les informamos de que la factura BPT-204505 ya ha sido incluida en una remesa de confirming con vencimiento el 15/01/2027. Si desean anticipar el cobro, pueden solicitarlo a través de nuestra entidad financiera.\n\n"
            "Atentamente,\n\n"
            "Departamento de Tesorería\nConstrucciones Iturbe, S.A.\n\n"
            "AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine."
        ),
        inv="BPT-204505",
        owed="4125.00",
        facts=Facts(
            promised="2027-01-15",
            refs=("BPT-204505",),
            note="'ya ha sido incluida' (past) in a confirming run that pays at maturity, 15/01/2027: a promise with that date",
        ),
    ),
    Reply(
        key="es-dispute-simulador",
        intent="dispute",
        lang="es",
        sender=("Marta Gil", "rrhh@frigorificos-ebro.example"),
        when="2026-11-30 13:25 +0100",
        client="gmail",
        body=(
            "Hola:\n\n"
            "No vamos a pagar esta factura hasta que repitáis la parte práctica del curso. El simulador estuvo averiado toda la mañana del 9 de octubre y tres de nuestros conductores no pudieron hacer las prácticas, aunque os lo dijimos en el momento. Cuando tengamos fecha para repetirlo hablamos del pago.\n\n"
            "Saludos,\nMarta Gil\nRecursos Humanos – Transportes Frigoríficos Ebro"
        ),
        inv="BPT-204333",
        owed="1875.00",
        facts=Facts(
            note="'won't pay until the practical part is repeated': service not fully delivered, dispute"
        ),
    ),
    Reply(
        key="es-dispute-duplicada",
        intent="dispute",
        lang="es",
        sender=("Contabilidad Sierra Sur", "contabilidad@interurbanos-sierrasur.example"),
        when="2026-12-11 09:37 +0100",
        client="outlook",
        charset="iso-8859-1",
        body=(
            "Buenos días:\n\n"
            "Esta factura está duplicada. Corresponde al mismo curso que la BPT-204301, que ya abonamos el 6 de noviembre. Les rogamos que la anulen.\n\n"
            "Un saludo,\n\nContabilidad\nAutobuses Interurbanos Sierra Sur, S.A."
        ),
        inv="BPT-204592",
        owed="1875.00",
        facts=Facts(
            refs=("BPT-204301",),
            note="duplicate billing; the payment mentioned is of the original invoice",
        ),
    ),
    Reply(
        key="es-plan-plazos",
        intent="payment_plan",
        lang="es",
        sender=("Rocío Prieto", "rocio@excavaciones-prieto.example"),
        when="2026-12-09 16:44 +0100",
        client="thunderbird",
        body=(
            "Buenas tardes:\n\n"
            "¿Sería posible pagar la factura en dos plazos, la mitad el 30 de diciembre y la otra mitad el 30 de enero? Este trimestre vamos muy justos por los retrasos en los cobros de la administración.\n\n"
            "Gracias,\nRocío Prieto\nExcavaciones Hermanos Prieto, S.L."
        ),
        inv="BPT-204566",
        owed="2650.00",
        facts=Facts(note="two instalments proposed; the plan dates are not labelled"),
    ),
    Reply(
        key="es-plan-descuento",
        intent="payment_plan",
        lang="es",
        sender=("José Luis Ferrer", "gerencia@contenedores-mediterraneo.example"),
        when="2026-12-15 11:22 +0100",
        client="outlook_html_only",
        charset="windows-1252",
        body=(
            "Buenos días:\n\n"
            "Les escribo con toda franqueza. Con la subida del gasóleo y la pérdida del contrato de recogida de Paterna estamos en una situación muy delicada. ¿Podrían aplicarnos un descuento sobre esta factura? Si la dejáramos en 1.500 € la pagaríamos este mismo mes; de lo contrario, necesitaríamos bastante más tiempo.\n\n"
            "Atentamente,\n\n"
            "José Luis Ferrer\nGerente\nLimpiezas y Contenedores Mediterráneo, S.L."
        ),
        inv="BPT-204619",
        owed="2180.00",
        facts=Facts(
            note="asks for a reduced amount; paying this month depends on it, so payment_plan, not a promise; HTML-only"
        ),
    ),
    Reply(
        key="es-invreq-cif",
        intent="invoice_request",
        lang="es",
        sender=("Nerea Arrieta", "administracion@cantabrica-express.example"),
        when="2026-11-27 10:02 +0100",
        client="owa",
        body=(
            "Buenos días:\n\n"
            "La factura tiene mal nuestro CIF (pone B39871245 y el correcto es B39871254), así que no podemos contabilizarla. ¿Nos la podéis emitir de nuevo con los datos correctos? El importe está bien.\n\n"
            "Gracias,\nNerea Arrieta\nAdministración – Logística Cantábrica Express"
        ),
        inv="BPT-204346",
        owed="1240.00",
        facts=Facts(note="reissue with the right tax id; the amount is explicitly not contested"),
    ),
    Reply(
        key="es-wrong-trafico",
        intent="wrong_contact",
        lang="es",
        sender=("Rubén Castillo", "trafico@transportes-castillo.example"),
        when="2026-12-03 07:58 +0100",
        client="iphone",
        body="Buenos días, yo soy el jefe de tráfico, las facturas las lleva administración. Escribid a administracion@transportes-castillo.example. Saludos",
        inv="BPT-204441",
        owed="980.00",
        facts=Facts(contact="administracion@transportes-castillo.example"),
    ),
    Reply(
        key="es-wrong-ya-no",
        intent="wrong_contact",
        lang="es",
        sender=("Elena Márquez", "elena.marquez@gruasbenitez.example"),
        when="2026-12-14 18:30 +0100",
        client="gmail",
        cte="b64",
        body=(
            "Hola:\n\n"
            "Ya no trabajo en Grúas y Transportes Benítez desde septiembre. Para temas de facturación tenéis que escribir a Antonio Benítez, a.benitez@gruasbenitez.example\n\n"
            "Un saludo,\nElena"
        ),
        inv="BPT-204622",
        owed="1320.00",
        facts=Facts(contact="a.benitez@gruasbenitez.example"),
    ),
    Reply(
        key="es-unsub-personal",
        intent="unsubscribe",
        lang="es",
        sender=("Fernando Olmo", "folmo@autocaresolmo.example"),
        when="2026-12-05 10:05 +0100",
        client="galaxy",
        body="No me escriban más a este correo. Es mi dirección personal y no tengo nada que ver con la facturación.",
        inv="BPT-204512",
        owed="1560.00",
        facts=Facts(
            note="stop + 'not the person for invoices' with no other address: unsubscribe beats wrong_contact"
        ),
    ),
    Reply(
        key="es-unsub-abogado",
        intent="unsubscribe",
        lang="es",
        sender=("Gerencia Transportes Peñalver", "gerencia@transportes-penalver.example"),
        when="2026-12-16 13:15 +0100",
        client="outlook",
        body=(
            "Muy señores míos:\n\n"
            "Les ruego que se abstengan de enviarnos más recordatorios. Cualquier comunicación relativa a esta factura deberá dirigirse por escrito a nuestro abogado, D. Sergio Montoya.\n\n"
            "Atentamente,\nLa Gerencia\nTransportes Peñalver e Hijos, S.L."
        ),
        inv="BPT-204631",
        owed="2890.00",
        facts=Facts(note="stop sending reminders + 'only through our lawyer': unsubscribe"),
    ),
    Reply(
        key="es-auto-hasta",
        intent="auto_reply",
        lang="es",
        sender=("Beatriz Lozano", "b.lozano@transleon.example"),
        when="2026-12-04 15:20 +0100",
        client="notice",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=(
            "Gracias por su mensaje. Estaré fuera de la oficina hasta el lunes 14 de diciembre, sin acceso al correo electrónico. Para asuntos urgentes, pueden escribir a contabilidad@transleon.example.\n\n"
            "Beatriz Lozano"
        ),
        inv="BPT-204489",
        owed="1110.00",
        facts=Facts(
            back="2026-12-14",
            note="'hasta el lunes 14 de diciembre' → that date; the colleague address is not a new contact",
        ),
    ),
    Reply(
        key="es-auto-24h",
        intent="auto_reply",
        lang="es",
        sender=("Autocares Costa Brava", "atencion@autocares-costabrava.example"),
        when="2026-12-10 17:02 +0100",
        client="notice",
        body=(
            "Hemos recibido su mensaje. Nuestro equipo le responderá en un plazo máximo de 24 horas laborables.\n\n"
            "Este es un mensaje automático; por favor, no responda a este correo.\n\n"
            "Autocares Costa Brava"
        ),
        inv="BPT-204571",
        owed="1695.00",
        facts=Facts(note="autoresponder without Auto-Submitted; '24 horas' is no return date"),
    ),
    Reply(
        key="es-other-llamada",
        intent="other",
        lang="es",
        sender=("Carlos Lacasa", "carlos.lacasa@aragonnorte.example"),
        when="2026-11-25 12:12 +0100",
        client="gmail",
        body=(
            "Hola,\n\n"
            "¿Me podéis llamar cuando podáis? Quiero hablar con alguien de Brightpath sobre el contrato de formación del año que viene antes de cerrar nada, y de paso vemos lo de esta factura. Estoy en la oficina toda la mañana.\n\n"
            "Carlos Lacasa\nTransportes Aragón Norte"
        ),
        inv="BPT-204294",
        owed="2010.00",
        facts=Facts(
            note="asks for a call about next year's contract; 'de paso vemos lo de esta factura' is no commitment"
        ),
    ),
    Reply(
        key="es-other-recibido",
        intent="other",
        lang="es",
        sender=("Pilar Serrano", "pilar.serrano@logisticaserrano.example"),
        when="2026-12-18 08:40 +0100",
        client="iphone",
        body="Recibido, gracias.",
        inv="BPT-204652",
        owed="870.00",
        facts=Facts(note="acknowledgement only"),
    ),
)


# --------------------------------------------------------------------------------------------
# Dutch
# --------------------------------------------------------------------------------------------

DUTCH: Final[tuple[Reply, ...]] = (
    Reply(
        key="nl-paid-gisteren",
        intent="payment_sent",
        lang="nl",
        sender=("Ingrid van Dijk", "administratie@koeltransport-vandijk.example"),
        when="2026-12-10 09:14 +0100",
        client="outlook_rule",
        body=(
            "Goedemorgen,\n\n"
            "Factuur BPT-204655 is gisteren door ons overgemaakt, € 1.764,00, onder vermelding van het factuurnummer.\n\n"
            "Met vriendelijke groet,\n\n"
            "Ingrid van Dijk\nFinanciële administratie\nKoeltransport Van Dijk B.V."
        ),
        inv="BPT-204655",
        owed="1764.00",
        facts=Facts(
            paid="2026-12-09",
            amount="1764.00",
            currency="EUR",
            refs=("BPT-204655",),
            note="'gisteren', written on Thu 10 Dec → 9 Dec; the invoice number as payment description is not a separate reference",
        ),
    ),
    Reply(
        key="nl-promise-eind-week",
        intent="promise_to_pay",
        lang="nl",
        sender=("Wim de Graaf", "wim@touringcars-degraaf.example"),
        when="2026-11-23 12:05 +0100",
        client="iphone",
        body="Wordt eind deze week betaald. Excuses voor de vertraging, druk met de najaarsritten.",
        inv="BPT-204247",
        owed="1290.00",
        facts=Facts(
            promised="2026-11-27", note="'eind deze week', written on Mon 23 Nov → Fri 27 Nov"
        ),
    ),
    Reply(
        key="nl-promise-betaalrun",
        intent="promise_to_pay",
        lang="nl",
        sender=("Marloes Kuipers", "crediteuren@afval-twente.example"),
        when="2026-12-14 15:33 +0100",
        client="gmail",
        body=(
            "Goedemiddag,\n\n"
            "U hoeft ons heus niet elke week te mailen. De factuur is goedgekeurd en gaat mee in de betaalrun van donderdag.\n\n"
            "Groet,\nMarloes Kuipers\nCrediteurenadministratie Afvalinzameling Twente"
        ),
        inv="BPT-204579",
        owed="2064.00",
        facts=Facts(
            promised="2026-12-17",
            note="irritated; 'goedgekeurd' is past, but the money goes in Thursday's run (Thu 17 Dec)",
        ),
    ),
    Reply(
        key="nl-dispute-presentielijst",
        intent="dispute",
        lang="nl",
        sender=("Frank Hendriks", "f.hendriks@hendriksbouw.example"),
        when="2026-11-26 16:20 +0100",
        client="outlook_html",
        body=(
            "Beste,\n\n"
            "Op de factuur staan acht chauffeurs voor de Code 95-nascholing van 13 oktober, maar volgens de presentielijst die jullie trainer heeft laten tekenen waren er maar zes aanwezig. Wij betalen niet voor chauffeurs die er niet waren. Graag een gecorrigeerde factuur.\n\n"
            "Met vriendelijke groet,\n\n"
            "Frank Hendriks\nP&O-adviseur\nBouwbedrijf Hendriks & Zn. B.V."
        ),
        inv="BPT-204319",
        owed="1840.00",
        service="Code 95-nascholing – 8 chauffeurs",
        facts=Facts(note="billed for eight, six attended: quantity dispute"),
    ),
    Reply(
        key="nl-dispute-gecrediteerd",
        intent="dispute",
        lang="nl",
        sender=("Esther Bakker", "esther@snelkoeriers-utrecht.example"),
        when="2026-12-08 10:55 +0100",
        client="thunderbird",
        body=(
            "Hallo,\n\n"
            "Deze factuur is al gecrediteerd. Jullie collega Mark heeft op 20 november creditnota BPT-C-00871 gestuurd voor precies dit bedrag, omdat de training niet doorging. Er staat bij ons dus niets meer open.\n\n"
            "Groeten,\nEsther Bakker"
        ),
        inv="BPT-204516",
        owed="735.00",
        facts=Facts(
            note="already credited: dispute; the credit-note number is not an invoice number"
        ),
    ),
    Reply(
        key="nl-plan-termijnen",
        intent="payment_plan",
        lang="nl",
        sender=("Henk Mulder", "h.mulder@transportbedrijf-mulder.example"),
        when="2026-12-01 19:40 +0100",
        client="outlook",
        charset="iso-8859-1",
        body=(
            "Goedenavond,\n\n"
            "Wij hebben het op dit moment financieel zwaar door het wegvallen van een grote opdrachtgever. Is het mogelijk om een betalingsregeling te treffen, bijvoorbeeld in drie maandelijkse termijnen vanaf januari? Ik hoor graag of dat akkoord is.\n\n"
            "Met vriendelijke groet,\n\nHenk Mulder\nTransportbedrijf Mulder V.O.F."
        ),
        inv="BPT-204420",
        owed="2430.00",
        facts=Facts(note="hardship and three monthly instalments"),
    ),
    Reply(
        key="nl-plan-uitstel",
        intent="payment_plan",
        lang="nl",
        sender=("Pieter Smit", "p.smit@busbedrijf-zeeuwsvlaanderen.example"),
        when="2026-12-17 10:08 +0100",
        client="owa",
        body=(
            "Goedemorgen,\n\n"
            "Kunnen wij uitstel van betaling krijgen tot half februari? Onze subsidie voor de opleidingen wordt pas dan uitgekeerd. Als dat niet kan, hoor ik graag wat wel mogelijk is.\n\n"
            "Met vriendelijke groet,\nPieter Smit\nFinanciën"
        ),
        inv="BPT-204646",
        owed="3150.00",
        facts=Facts(note="asks for more time until mid-February: payment_plan, no promise"),
    ),
    Reply(
        key="nl-invreq-ordernummer",
        intent="invoice_request",
        lang="nl",
        sender=("Sandra Visser", "crediteuren@reiniging-grootamstel.example"),
        when="2026-11-24 11:42 +0100",
        client="outlook_html",
        body=(
            "Goedemorgen,\n\n"
            "Wij kunnen deze factuur niet verwerken omdat ons inkoopordernummer ontbreekt. Wilt u de factuur opnieuw sturen met ordernummer 4700018822? Daarna wordt hij binnen onze normale termijn betaald.\n\n"
            "Met vriendelijke groet,\n\n"
            "Sandra Visser\nCrediteurenadministratie\nReiniging & Milieu Groot-Amstel"
        ),
        inv="BPT-204275",
        owed="2904.00",
        facts=Facts(note="reissue with an order number; 'within our normal term' has no date"),
    ),
    Reply(
        key="nl-invreq-overzicht",
        intent="invoice_request",
        lang="nl",
        sender=("Gerrit Bos", "g.bos@expeditie-noordhaven.example"),
        when="2026-12-15 14:14 +0100",
        client="inline",
        body="",
        answers=(
            (
                2,
                "Kunt u mij een rekeningoverzicht sturen met alle openstaande posten? We hebben dit jaar meerdere trainingen bij u gehad en ik wil alles in één keer betalen, maar ik wil zeker weten dat ik niets mis.\n\nGroet,\nGerrit Bos",
            ),
        ),
        inv="BPT-204626",
        owed="1180.00",
        facts=Facts(
            note="inline reply with no text above the quote; statement request; 'alles in één keer betalen' has no date"
        ),
    ),
    Reply(
        key="nl-wrong-niet-gelezen",
        intent="wrong_contact",
        lang="nl",
        sender=("Vervoersgroep Brabant", "facturen@vervoer-brabant.example"),
        when="2026-12-03 08:30 +0100",
        client="notice",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED,),
        body=(
            "Dit e-mailadres wordt niet meer gelezen.\n\n"
            "Facturen, herinneringen en vragen over betalingen kunt u voortaan sturen naar crediteuren@vervoersgroep-brabant.example.\n\n"
            "Vervoersgroep Brabant"
        ),
        inv="BPT-204436",
        owed="1345.00",
        facts=Facts(
            contact="crediteuren@vervoersgroep-brabant.example",
            note="automatic 'no longer read' notice naming a new address: wrong_contact",
        ),
    ),
    Reply(
        key="nl-wrong-hoofdkantoor",
        intent="wrong_contact",
        lang="nl",
        sender=("Lotte Jansen", "planning.venlo@limburgsewegtransport.example"),
        when="2026-12-11 15:50 +0100",
        client="apple",
        body=(
            "Hoi,\n\n"
            "Ik ben planner op de vestiging in Venlo, facturen lopen niet via ons. Stuur het naar onze financiële afdeling op het hoofdkantoor: finance@limburgsewegtransport.example, t.a.v. Rob Peeters.\n\n"
            "Groetjes,\nLotte"
        ),
        inv="BPT-204600",
        owed="1050.00",
        facts=Facts(contact="finance@limburgsewegtransport.example"),
    ),
    Reply(
        key="nl-unsub-afmelden",
        intent="unsubscribe",
        lang="nl",
        sender=("Jeroen Koster", "jkoster@kosterbouw.example"),
        when="2026-11-30 07:12 +0100",
        client="iphone",
        body="Afmelden",
        inv="BPT-204316",
        owed="640.00",
        facts=Facts(note="one word, 'Afmelden' (unsubscribe)"),
    ),
    Reply(
        key="nl-unsub-per-post",
        intent="unsubscribe",
        lang="nl",
        sender=("Directie Veenstra", "directie@aannemer-veenstra.example"),
        when="2026-12-09 11:11 +0100",
        client="outlook",
        body=(
            "Geachte heer, mevrouw,\n\n"
            "Wij verzoeken u vriendelijk doch dringend ons niet langer per e-mail te benaderen over openstaande posten. Correspondentie hierover ontvangen wij uitsluitend per post op ons vestigingsadres.\n\n"
            "Hoogachtend,\n\nDirectie Aannemersbedrijf Veenstra B.V."
        ),
        inv="BPT-204540",
        owed="2275.00",
        facts=Facts(note="no more e-mail, post only: unsubscribe"),
    ),
    Reply(
        key="nl-auto-afwezig",
        intent="auto_reply",
        lang="nl",
        sender=("Sanne de Wit", "s.dewit@dewit-logistiek.example"),
        when="2026-12-07 08:00 +0100",
        client="notice",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=(
            "Beste afzender,\n\n"
            "Ik ben afwezig tot en met vrijdag 11 december. Vanaf maandag 14 december ben ik weer aanwezig en beantwoord ik uw bericht.\n\n"
            "Met vriendelijke groet,\nSanne de Wit"
        ),
        inv="BPT-204513",
        owed="1395.00",
        facts=Facts(
            back="2026-12-14",
            note="'vanaf maandag 14 december weer aanwezig' wins over 'tot en met vrijdag 11 december'",
        ),
    ),
    Reply(
        key="nl-other-maandag",
        intent="other",
        lang="nl",
        sender=("Ruud Verhoeven", "ruud@verhoeven-grondverzet.example"),
        when="2026-12-04 16:58 +0100",
        client="iphone",
        body="Dank, ik kijk er maandag naar.",
        inv="BPT-204484",
        owed="1580.00",
        facts=Facts(note="'I'll look at it on Monday' promises a look, not a payment"),
    ),
    Reply(
        key="nl-other-locatie",
        intent="other",
        lang="nl",
        sender=("Mieke Brouwer", "m.brouwer@chauffeursdiensten-oost.example"),
        when="2026-12-18 09:20 +0100",
        client="gmail",
        body=(
            "Goedemorgen,\n\n"
            "Nu ik u toch aan de lijn heb: gaat de training van 9 januari nog door op de locatie in Zwolle, of is die verplaatst naar Apeldoorn? Ik hoorde van een collega dat er iets veranderd was. De factuur ligt bij onze boekhouder.\n\n"
            "Groet,\nMieke Brouwer"
        ),
        inv="BPT-204656",
        owed="960.00",
        facts=Facts(
            note="a question about a course venue; 'the invoice is with our bookkeeper' is no commitment and no new contact"
        ),
    ),
)


# --------------------------------------------------------------------------------------------
# Italian
# --------------------------------------------------------------------------------------------

ITALIAN: Final[tuple[Reply, ...]] = (
    Reply(
        key="it-paid-cro",
        intent="payment_sent",
        lang="it",
        sender=("Giulia Ferraro", "amministrazione@autotrasporti-ferraro.example"),
        when="2026-12-02 10:45 +0100",
        client="outlook",
        charset="iso-8859-1",
        body=(
            "Buongiorno,\n\n"
            "vi comunichiamo che in data 01/12/2026 abbiamo disposto il bonifico a saldo della fattura BPT-204497, importo EUR 1.890,00, CRO 1101263350012345.\n\n"
            "Cordiali saluti\n\n"
            "Giulia Ferraro\nUfficio amministrazione\nAutotrasporti Ferraro S.r.l.\n\n"
            "Le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario. Se avete ricevuto questo messaggio per errore, vi preghiamo di cancellarlo e di darcene comunicazione."
        ),
        inv="BPT-204497",
        owed="1890.00",
        facts=Facts(
            paid="2026-12-01",
            reference="1101263350012345",
            amount="1890.00",
            currency="EUR",
            refs=("BPT-204497",),
            note="'abbiamo disposto il bonifico' on 01/12; the CRO is the bank reference",
        ),
    ),
    Reply(
        key="it-paid-carta",
        intent="payment_sent",
        lang="it",
        sender=("Nicola Esposito", "nicola.esposito@corriereveloce-napoliest.example"),
        when="2026-12-15 13:02 +0100",
        client="iphone",
        body="gia pagato stamattina con carta sul vostro portale, controllate prima di mandare solleciti",
        inv="BPT-204618",
        owed="560.00",
        service="Corso di guida sicura per furgoni – 2 autisti",
        facts=Facts(
            paid="2026-12-15",
            note="no accent on 'già', irritated; card payment 'stamattina' → the message date",
        ),
    ),
    Reply(
        key="it-promise-18",
        intent="promise_to_pay",
        lang="it",
        sender=("Sara Bortolotti", "sara@edile-bortolotti.example"),
        when="2026-12-04 11:30 +0100",
        client="gmail",
        body="Buongiorno,\n\nprovvederemo al saldo entro il 18 dicembre, insieme alle altre fatture in scadenza.\n\nSaluti,\nSara Bortolotti\nImpresa Edile Bortolotti",
        inv="BPT-204483",
        owed="1430.00",
        facts=Facts(promised="2026-12-18", note="'entro il 18 dicembre' → that date"),
    ),
    Reply(
        key="it-dispute-ore",
        intent="dispute",
        lang="it",
        sender=("Marco Rota", "personale@autolinee-valseriana.example"),
        when="2026-11-27 09:33 +0100",
        client="outlook_html",
        body=(
            "Buongiorno,\n\n"
            "in fattura ci avete addebitato 35 ore di corso CQC per cinque autisti, ma il corso è stato interrotto dopo due giornate per l’indisponibilità dell’aula e mancano ancora 21 ore. Paghiamo volentieri le ore effettivamente svolte: mandateci una nota di credito per la differenza.\n\n"
            "Cordiali saluti,\n\n"
            "Marco Rota\nResponsabile del personale\nAutolinee Val Seriana S.p.A."
        ),
        inv="BPT-204341",
        owed="3150.00",
        service="Corso di rinnovo CQC (35 ore) – 5 autisti",
        facts=Facts(
            note="billed for hours not delivered; paying the hours done is secondary: dispute"
        ),
    ),
    Reply(
        key="it-plan-rate",
        intent="payment_plan",
        lang="it",
        sender=("Antonio Piras", "a.piras@ecologiasarda.example"),
        when="2026-12-09 17:20 +0100",
        client="thunderbird",
        body=(
            "Buonasera,\n\n"
            "sarebbe possibile rateizzare l'importo in tre rate mensili a partire da gennaio? Abbiamo avuto un fine anno molto pesante per i ritardi nei pagamenti dei comuni.\n\n"
            "Grazie e cordiali saluti,\nAntonio Piras\nEcologia Sarda Servizi S.r.l."
        ),
        inv="BPT-204568",
        owed="2745.00",
        facts=Facts(note="three monthly instalments asked for"),
    ),
    Reply(
        key="it-plan-dilazione",
        intent="payment_plan",
        lang="it",
        sender=("Amministrazione Marchetti", "amministrazione@costruzioni-marchetti.example"),
        when="2026-12-16 12:05 +0100",
        client="owa",
        body=(
            "Buongiorno,\n\n"
            "in considerazione del momento di difficoltà che stiamo attraversando, vi chiediamo una dilazione di 60 giorni sul pagamento di questa fattura. Restiamo a disposizione per concordarne le modalità.\n\n"
            "Distinti saluti,\nUfficio amministrazione\nCostruzioni Generali Marchetti S.p.A."
        ),
        inv="BPT-204637",
        owed="4380.00",
        facts=Facts(note="asks for 60 more days: payment_plan; no date is promised"),
    ),
    Reply(
        key="it-invreq-sdi",
        intent="invoice_request",
        lang="it",
        sender=("Elena Gatti", "e.gatti@autoservizi-lombardi.example"),
        when="2026-11-25 15:15 +0100",
        client="outlook_html",
        body=(
            "Buongiorno,\n\n"
            "la fattura non ci è mai arrivata tramite SDI e un PDF inviato per e-mail per noi non ha valore fiscale. Potete emetterla come fattura elettronica con codice destinatario M5UXCR1? Appena la riceviamo la mettiamo in pagamento.\n\n"
            "Grazie,\nElena Gatti\nAutoservizi Lombardi S.r.l."
        ),
        inv="BPT-204302",
        owed="1260.00",
        facts=Facts(note="e-invoice needed through the national exchange system before payment"),
    ),
    Reply(
        key="it-invreq-estratto",
        intent="invoice_request",
        lang="it",
        sender=("Luca Montanari", "luca.montanari@frigoadriatico.example"),
        when="2026-12-11 10:10 +0100",
        client="inline",
        body="Buongiorno,",
        answers=(
            (
                2,
                "Ci mandate un estratto conto aggiornato? Dai nostri conti risultano pagamenti che forse non avete ancora abbinato e vorrei capire cosa resta davvero aperto.\n\nGrazie\nLuca Montanari",
            ),
        ),
        inv="BPT-204593",
        owed="2220.00",
        facts=Facts(note="inline; statement request; 'forse' does not claim this invoice was paid"),
    ),
    Reply(
        key="it-wrong-amministrazione",
        intent="wrong_contact",
        lang="it",
        sender=("Davide Greco", "d.greco@grecotrasporti.example"),
        when="2026-12-01 08:05 +0100",
        client="iphone",
        body="Buongiorno, non mi occupo io dei pagamenti. Scrivete a amministrazione@grecotrasporti.example che vi rispondono loro. Saluti Davide",
        inv="BPT-204404",
        owed="1015.00",
        facts=Facts(contact="amministrazione@grecotrasporti.example"),
    ),
    Reply(
        key="it-unsub-raccomandata",
        intent="unsubscribe",
        lang="it",
        sender=("Direzione Fabbri", "direzione@movimentoterra-fabbri.example"),
        when="2026-12-07 14:48 +0100",
        client="outlook",
        charset="iso-8859-1",
        body=(
            "Spett.le Brightpath,\n\n"
            "vi diffidiamo dall'inviarci ulteriori solleciti via e-mail. Ogni comunicazione dovrà pervenire esclusivamente a mezzo raccomandata A/R presso la nostra sede legale.\n\n"
            "Distinti saluti\n\nLa Direzione\nMovimento Terra Fabbri S.r.l."
        ),
        inv="BPT-204530",
        owed="1985.00",
        facts=Facts(note="no more e-mail, registered post only: unsubscribe"),
    ),
    Reply(
        key="it-unsub-gia-pagato",
        intent="unsubscribe",
        lang="it",
        sender=("Simona Russo", "simona.russo.trasporti@gmail.com"),
        when="2026-12-14 21:10 +0100",
        client="galaxy",
        body="Cancellatemi dalla vostra lista, abbiamo già pagato tutto e non voglio più ricevere queste email.",
        inv="BPT-204609",
        owed="480.00",
        facts=Facts(note="remove me + a payment claim: unsubscribe wins"),
    ),
    Reply(
        key="it-auto-rientro",
        intent="auto_reply",
        lang="it",
        sender=("Federica Conti", "f.conti@conti-logistica.example"),
        when="2026-12-03 09:10 +0100",
        client="notice",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=(
            "Gentile mittente,\n\n"
            "sarò fuori ufficio fino a venerdì 11 dicembre compreso, con accesso limitato alla posta. Rientrerò in ufficio lunedì 14 dicembre.\n\n"
            "Cordiali saluti\nFederica Conti"
        ),
        inv="BPT-204458",
        owed="1340.00",
        facts=Facts(
            back="2026-12-14",
            note="'rientrerò lunedì 14 dicembre' wins over 'fino a venerdì 11 compreso'",
        ),
    ),
    Reply(
        key="it-auto-ticket",
        intent="auto_reply",
        lang="it",
        sender=("Assistenza Fornitori GLP", "assistenza.fornitori@gruppologisticopadano.example"),
        when="2026-12-17 16:40 +0100",
        client="notice",
        subject="[2026-FOR-18832] Presa in carico: {rsub}",
        headers=(("X-Autoreply", "yes"),),
        body=(
            "Gentile fornitore,\n\n"
            "la sua richiesta è stata registrata con il numero 2026-FOR-18832 e sarà presa in carico dal primo operatore disponibile.\n\n"
            "Questo messaggio è generato automaticamente: si prega di non rispondere."
        ),
        inv="BPT-204648",
        owed="2590.00",
        facts=Facts(note="ticket acknowledgement with X-Autoreply only, no Auto-Submitted"),
    ),
    Reply(
        key="it-other-va-bene",
        intent="other",
        lang="it",
        sender=("Roberto Sala", "roberto.sala@salatrasporti.example"),
        when="2026-11-24 18:33 +0100",
        client="iphone",
        body="Va bene",
        inv="BPT-204268",
        owed="795.00",
        facts=Facts(note="'Va bene' (OK) only acknowledges; no date, no payment claim"),
    ),
    Reply(
        key="it-other-nuova-societa",
        intent="other",
        lang="it",
        sender=("Chiara De Luca", "c.deluca@logisticatirrenica.example"),
        when="2026-12-10 11:55 +0100",
        client="gmail",
        cte="b64",
        body=(
            "Buongiorno,\n\n"
            "una domanda: dal 1° gennaio la nostra attività passa alla nuova società Logistica Tirrenica Servizi S.r.l. I corsi che abbiamo prenotato da voi per febbraio potete intestarli alla nuova società? Vi mando la visura appena ce l’ho.\n\n"
            "Grazie,\nChiara De Luca"
        ),
        inv="BPT-204575",
        owed="1640.00",
        facts=Facts(
            note="a question about invoicing future courses to a new company; nothing about this invoice"
        ),
    ),
)

REPLIES: Final[tuple[Reply, ...]] = (*ENGLISH, *GERMAN, *FRENCH, *SPANISH, *DUTCH, *ITALIAN)


# --------------------------------------------------------------------------------------------
# Bounces: generated skeletons, human-readable parts written out one by one
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder sent to ``rcpt`` in ``rlang``; ``lang`` is the notice's."""

    key: str
    lang: Lang
    kind: Literal["hard", "soft"]
    status: str
    rcpt: str
    when: str
    rlang: Lang
    inv: str
    owed: str
    mta: str
    queued_minutes: int = 2
    cur: str = "EUR"
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return parse_when(self.when)

    @property
    def sent(self) -> datetime:
        return self.dt - timedelta(minutes=self.queued_minutes)

    @property
    def reminder_subject(self) -> str:
        return reminder_subject(self.rlang, self.inv)

    @property
    def domain(self) -> str:
        return self.rcpt.split("@")[1]


def original_reminder(b: Bounce) -> Message:
    """The reminder exactly as Brightpath's server sent it."""
    sent = b.sent.astimezone(UTC)
    text = reminder_text(lang=b.rlang, inv=b.inv, owed=b.owed, cur=b.cur, service="", sent=sent)
    msg = text_part(text, subtype="plain", charset="utf-8", cte="qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = b.rcpt
    msg["Subject"] = encoded_header(b.reminder_subject, "utf-8", "Subject")
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = reminder_message_id(b.key)
    mime_headers_last(msg)
    return msg


def header_block(fields: Iterable[tuple[str, str]]) -> Message:
    block = Message()
    for name, value in fields:
        block[name] = value
    return block


def delivery_status(
    b: Bounce, *, mta: str, action: str, diagnostic: str, remote: str = ""
) -> Message:
    per_message = [("Reporting-MTA", f"dns; {mta}"), ("Arrival-Date", format_datetime(b.sent))]
    per_recipient = [
        ("Final-Recipient", f"rfc822; {b.rcpt}"),
        ("Original-Recipient", f"rfc822;{b.rcpt}"),
        ("Action", action),
        ("Status", b.status),
        *([("Remote-MTA", f"dns; {remote}")] if remote else []),
        ("Diagnostic-Code", f"smtp; {diagnostic}"),
        ("Last-Attempt-Date", format_datetime(b.dt)),
    ]
    if action == "delayed":
        per_recipient.append(("Will-Retry-Until", format_datetime(b.sent + timedelta(days=2))))
    report_part = Message()
    report_part["Content-Type"] = "message/delivery-status"
    report_part.set_payload([header_block(per_message), header_block(per_recipient)])
    return report_part


def returned_headers(b: Bounce) -> Message:
    original = original_reminder(b)
    text = "".join(f"{name}: {value}\n" for name, value in original.items())
    return text_part(text, subtype="rfc822-headers", charset="us-ascii", cte="7bit")


def described(part: Message, description: str) -> Message:
    part["Content-Description"] = description
    return part


def report(parts: Sequence[Message]) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def notice_alternative(blocks: Sequence[str], charset: str) -> Message:
    """The human part of an Exchange-style notice: the same paragraphs as text and as HTML."""
    text = "\n\n".join(blocks) + "\n"
    markup = html_page(
        charset,
        "".join(
            f'<p style="font-family:Segoe UI,Arial,sans-serif;font-size:11pt">{html_text(block)}</p>\n'
            for block in blocks
        ),
    )
    return alternative(
        text_part(text, subtype="plain", charset=charset, cte="qp"),
        text_part(markup, subtype="html", charset=charset, cte="qp"),
    )


def finish(
    b: Bounce, msg: Message, *, sender: str, subject: str, automatic: bool = True
) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded_header(subject, "utf-8", "Subject")
    msg["Date"] = format_datetime(b.dt)
    host = re.findall(r"@([\w.-]+)", sender)[-1]
    msg["Message-ID"] = f"<{token(b.key, 'bounce', 20).lower()}@{host}>"
    if automatic:
        msg["Auto-Submitted"] = "auto-replied"
    return tidy(msg, key=b.key, shape="report")


def bounce_postfix(b: Bounce) -> Message:
    remote = f"mx1.{b.domain}"
    reason = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    human = (
        f"This is the mail system at host {AR_MTA}.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host {remote}[192.0.2.61] said: 550\n"
        f"    5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local\n"
        "    recipient table (in reply to RCPT TO command)\n"
    )
    parts = [
        described(
            text_part(human, subtype="plain", charset="us-ascii", cte="7bit"), "Notification"
        ),
        described(
            delivery_status(b, mta=AR_MTA, action="failed", diagnostic=reason, remote=remote),
            "Delivery report",
        ),
        described(MIMEMessage(original_reminder(b)), "Undelivered Message"),
    ]
    return finish(
        b,
        report(parts),
        sender=f"MAILER-DAEMON@{AR_MTA} (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender",
    )


def bounce_qmail(b: Bounce) -> Message:
    host = "mail.northernwebhost.example"
    copy = original_reminder(b).as_string()
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 48213 invoked from network); {format_datetime(b.sent)}\n"
        f"Received: from {AR_MTA} (HELO {AR_MTA}) ({AR_IP})\n"
        f"  by {host} with SMTP; {format_datetime(b.sent)}\n"
        f"{copy}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, sender=f"MAILER-DAEMON@{host}", subject="failure notice", automatic=False)


def bounce_sendmail_delay(b: Bounce) -> Message:
    relay = "relay.kingswaygroup.example"
    arrival = f"{b.sent:%a}, {b.sent.day} {b.sent:%b %Y %H:%M:%S} GMT"
    human = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {arrival}\nfrom {AR_MTA} [{AR_IP}]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with exch01.{b.domain}.\n"
        "Warning: message still undelivered after 4 hours\n"
        "Will keep trying until message is 5 days old\n"
    )
    parts = [
        text_part(human, subtype="plain", charset="us-ascii", cte="7bit"),
        delivery_status(
            b,
            mta=relay,
            action="delayed",
            diagnostic=f"451 4.4.1 Connection timed out with exch01.{b.domain}",
            remote=f"exch01.{b.domain}",
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        sender=f"Mail Delivery Subsystem <MAILER-DAEMON@{relay}>",
        subject="Warning: could not send message for past 4 hours",
    )


def bounce_exchange_de_full(b: Bounce) -> Message:
    server = "FR4P281MB3921.DEUP281.PROD.OUTLOOK.COM"
    diag = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    human = notice_alternative(
        [
            f"Ihre Nachricht hat folgende Empfänger oder Gruppen nicht erreicht:\n\n{b.rcpt} ({b.rcpt})",
            "Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen. Versuchen Sie später, die Nachricht erneut zu senden, oder wenden Sie sich auf anderem Weg direkt an den Empfänger.",
            f"Diagnoseinformationen für Administratoren:\n\nGenerierender Server: {server}",
            f"{b.rcpt}\nRemoteserver hat '{diag}' zurückgegeben.",
        ],
        "utf-8",
    )
    parts = [
        human,
        delivery_status(b, mta=server.lower(), action="failed", diagnostic=diag),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        sender=f"Microsoft Outlook <postmaster@{b.domain}>",
        subject=f"Unzustellbar: {b.reminder_subject}",
    )


def bounce_exchange_fr_unknown(b: Bounce) -> Message:
    server = "PR1P264MB2518.FRAP264.PROD.OUTLOOK.COM"
    diag = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup"
    human = notice_alternative(
        [
            f"Votre message n'a pas pu être remis à {b.rcpt}, car cette adresse de messagerie est introuvable dans l'organisation de destination.",
            "Vérifiez l'adresse du destinataire, puis renvoyez le message. Si le problème persiste, contactez le destinataire par un autre moyen.",
            f"Informations de diagnostic pour les administrateurs :\n\nServeur de génération : {server}",
            f"{b.rcpt}\nLe serveur distant a retourné '{diag}'",
        ],
        "utf-8",
    )
    parts = [
        human,
        delivery_status(b, mta=server.lower(), action="failed", diagnostic=diag),
        MIMEMessage(original_reminder(b)),
    ]
    return finish(
        b,
        report(parts),
        sender=f"Microsoft Outlook <postmaster@{b.domain}>",
        subject=f"Non remis : {b.reminder_subject}",
    )


def bounce_hoster_fr_delay(b: Bounce) -> Message:
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du serveur de messagerie relais.hebergement-alpin.example.\n\n"
        f"Votre message destiné à {b.rcpt} n'a pas encore pu être distribué : le serveur de destination a interrompu la connexion pendant la transmission.\n\n"
        "Code d'état : 4.4.2 (erreur temporaire)\n"
        f"Premier essai : {format_datetime(b.sent)}\n"
        f"Dernier essai : {format_datetime(b.dt)}\n\n"
        "Aucune action n'est nécessaire de votre part pour le moment. Nous continuerons d'essayer pendant 4 jours ; si la distribution échoue définitivement, vous recevrez un nouvel avis.\n\n"
        f"Objet du message : {b.reminder_subject}\n\n"
        "-- \nService Messagerie - Hébergement Alpin\n"
    )
    msg = text_part(text, subtype="plain", charset="utf-8", cte="qp")
    return finish(
        b,
        msg,
        sender="Service Messagerie <mailer-daemon@relais.hebergement-alpin.example>",
        subject=f"Message retardé : {b.reminder_subject}",
        automatic=False,
    )


def bounce_gmail_es(b: Bounce) -> Message:
    blocks = [
        "** No se ha encontrado la dirección **",
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.",
        "Más información: https://support.google.com/mail/?p=NoSuchUser",
        "La respuesta ha sido:",
        "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 5b1f17b1804b1-47a1c2f0e8bsi5512345f8.112 - gsmtp",
    ]
    human = notice_alternative(blocks, "utf-8")
    diag = "550-5.1.1 The email account that you tried to reach does not exist."
    parts = [
        human,
        delivery_status(
            b,
            mta="mx.google.com",
            action="failed",
            diagnostic=diag,
            remote="gmail-smtp-in.l.google.com",
        ),
        MIMEMessage(original_reminder(b)),
    ]
    msg = report(parts)
    msg["X-Failed-Recipients"] = b.rcpt
    return finish(
        b,
        msg,
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Failure)",
    )


def bounce_gateway_nl(b: Bounce) -> Message:
    gateway = "gw2.mailshield-beveiliging.example"
    diag = "550 5.7.1 Message rejected by policy: sender domain not on allow list"
    human = (
        "Dit is een automatisch bericht van de e-mailbeveiliging van de ontvangende organisatie.\n\n"
        f"Uw bericht aan {b.rcpt} is NIET afgeleverd. Het is tegengehouden door het e-mailbeveiligingsbeleid van de ontvanger.\n\n"
        f"Reden: het afzenderdomein {AR_DOMAIN} staat niet op de lijst van toegestane afzenders voor dit adres.\n\n"
        "Opnieuw versturen heeft geen zin. Denkt u dat dit een vergissing is, neem dan via een ander kanaal contact op met de ontvanger.\n\n"
        "Technische gegevens\n"
        f"Ontvanger: {b.rcpt}\nStatus: {b.status}\nMelding: {diag}\nReferentie: MS-7F3A-1202-0815-44C1\n"
    )
    parts = [
        text_part(human, subtype="plain", charset="utf-8", cte="qp"),
        delivery_status(b, mta=gateway, action="failed", diagnostic=diag),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        sender=f"MailShield Gateway <postmaster@{gateway}>",
        subject=f"Niet afgeleverd: {b.reminder_subject}",
    )


def bounce_exchange_nl_delay(b: Bounce) -> Message:
    server = "AM0PR02MB5588.EURPRD02.PROD.OUTLOOK.COM"
    diag = "400 4.4.7 Message delayed"
    human = notice_alternative(
        [
            f"Bezorging is vertraagd voor deze ontvangers of groepen:\n\n{b.rcpt} ({b.rcpt})",
            "Dit bericht is nog niet bezorgd. Er wordt nog steeds geprobeerd het te bezorgen.",
            "De server blijft het nog 1 dag, 19 uur en 56 minuten proberen. U ontvangt een melding als het bericht dan nog steeds niet is bezorgd.",
            f"Diagnostische gegevens voor beheerders:\n\nGenererende server: {server}\nOntvangende server: mail.{b.domain}",
            f"{b.rcpt}\nExterne server retourneerde '{diag}'",
        ],
        "utf-8",
    )
    parts = [
        human,
        delivery_status(
            b, mta=server.lower(), action="delayed", diagnostic=diag, remote=f"mail.{b.domain}"
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        sender=f"Microsoft Outlook <postmaster@{b.domain}>",
        subject=f"Bezorging vertraagd: {b.reminder_subject}",
    )


def bounce_isp_it_unknown(b: Bounce) -> Message:
    host = "smtp.retelaguna.example"
    diag = f"550 5.1.1 <{b.rcpt}>: utente sconosciuto"
    human = (
        "Questo è un messaggio generato automaticamente dal sistema di posta di Rete Laguna.\n\n"
        "Non è stato possibile consegnare il messaggio allegato al seguente destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        "Motivo: l'indirizzo non esiste sul server di destinazione (utente sconosciuto).\n"
        f"Risposta del server: {diag}\n\n"
        "Si tratta di un errore permanente: il messaggio non verrà ritrasmesso. Verificate l'indirizzo e riprovate.\n"
    )
    parts = [
        text_part(human, subtype="plain", charset="utf-8", cte="8bit"),
        delivery_status(b, mta=host, action="failed", diagnostic=diag, remote=f"mx.{b.domain}"),
        MIMEMessage(original_reminder(b)),
    ]
    return finish(
        b,
        report(parts),
        sender=f"Sistema di recapito <MAILER-DAEMON@{host}>",
        subject=f"Mancata consegna: {b.reminder_subject}",
    )


def bounce_exim_it_delay(b: Bounce) -> Message:
    host = "mx2.appenninoweb.example"
    text = (
        "Questo messaggio è stato generato automaticamente dal software di consegna della posta.\n"
        "Un messaggio che hai inviato non è ancora stato consegnato a uno o più destinatari\n"
        f"dopo più di 24 ore di permanenza in coda su {host}.\n\n"
        "Identificativo del messaggio:  1wB7kP-0004Qe-3T\n"
        f"Oggetto del messaggio:         {b.reminder_subject}\n"
        f"Data del messaggio:            {format_datetime(b.sent)}\n\n"
        "L'indirizzo a cui il messaggio non è ancora stato consegnato è:\n\n"
        f"  {b.rcpt}\n"
        f"    Il server mail.{b.domain} [203.0.113.87] ha risposto:\n"
        "    421 4.3.2 Service not available, closing transmission channel\n\n"
        "Non devi fare nulla: il sistema continuerà a tentare la consegna e ti avviserà\n"
        "di nuovo se il messaggio non potrà essere consegnato entro 4 giorni.\n"
    )
    msg = text_part(text, subtype="plain", charset="utf-8", cte="8bit")
    return finish(
        b,
        msg,
        sender=f"Mail Delivery System <Mailer-Daemon@{host}>",
        subject="Avviso: messaggio non ancora consegnato dopo 24 ore",
    )


def bounce_isp_it_full(b: Bounce) -> Message:
    text = (
        "Gentile utente,\n\n"
        f"il messaggio da lei inviato a {b.rcpt} non è ancora stato consegnato perché la casella del destinatario ha esaurito lo spazio disponibile (casella piena).\n\n"
        f"Codice di stato: {b.status}\n"
        "Tentativi effettuati: 6\n"
        "Il sistema ritenterà la consegna per altri 3 giorni. Se nel frattempo la casella non verrà liberata, il messaggio le sarà restituito.\n\n"
        "Dettagli del messaggio\n"
        f"Oggetto: {latin1_clean(b.reminder_subject)}\n"
        f"Inviato il: {b.sent.strftime('%d/%m/%Y %H:%M')}\n\n"
        "Questo è un messaggio automatico, si prega di non rispondere.\n"
        "Servizio Posta Italnet\n"
    )
    msg = text_part(text, subtype="plain", charset="iso-8859-1", cte="8bit")
    return finish(
        b,
        msg,
        sender="Servizio Posta Italnet <postmaster@posta.italnet-servizi.example>",
        subject="Avviso di ritardo nella consegna",
        automatic=False,
    )


BOUNCE_BUILDERS: Final[dict[str, Callable[[Bounce], Message]]] = {
    "postfix": bounce_postfix,
    "qmail": bounce_qmail,
    "sendmail_delay": bounce_sendmail_delay,
    "exchange_de_full": bounce_exchange_de_full,
    "exchange_fr_unknown": bounce_exchange_fr_unknown,
    "hoster_fr_delay": bounce_hoster_fr_delay,
    "gmail_es": bounce_gmail_es,
    "gateway_nl": bounce_gateway_nl,
    "exchange_nl_delay": bounce_exchange_nl_delay,
    "isp_it_unknown": bounce_isp_it_unknown,
    "exim_it_delay": bounce_exim_it_delay,
    "isp_it_full": bounce_isp_it_full,
}

BOUNCES: Final[tuple[Bounce, ...]] = (
    Bounce(
        key="bo-en-postfix",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="accounts@hollinshaulage.example",
        when="2026-11-23 08:19 +0000",
        rlang="en",
        inv="BPT-204244",
        owed="1420.00",
        cur="GBP",
        mta="postfix",
        note="Postfix RFC 3464 report with the whole returned message",
    ),
    Bounce(
        key="bo-en-qmail",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="bookings@tarnbridgetravel.example",
        when="2026-11-25 08:34 +0000",
        rlang="en",
        inv="BPT-204287",
        owed="655.00",
        cur="GBP",
        mta="qmail",
        queued_minutes=3,
        note="qmail 'failure notice', not MIME, status only as '(#5.1.1)' in the text",
    ),
    Bounce(
        key="bo-en-sendmail",
        lang="en",
        kind="soft",
        status="4.4.1",
        rcpt="fleet.accounts@kingswaygroup.example",
        when="2026-12-08 13:12 +0000",
        rlang="en",
        inv="BPT-204542",
        owed="2160.00",
        cur="GBP",
        mta="sendmail_delay",
        queued_minutes=300,
        note="sendmail warning ('could not send message for past 4 hours'), Action: delayed",
    ),
    Bounce(
        key="bo-de-exchange",
        lang="de",
        kind="soft",
        status="5.2.2",
        rcpt="rechnungen@kreisentsorgung-aurich.example",
        when="2026-12-02 09:28 +0100",
        rlang="de",
        inv="BPT-204430",
        owed="1725.00",
        mta="exchange_de_full",
        note="Exchange Online 'Unzustellbar', mailbox full: soft although the code is 5.x (mailbox-full rule); the code is kept",
    ),
    Bounce(
        key="bo-fr-exchange",
        lang="fr",
        kind="hard",
        status="5.1.10",
        rcpt="compta@autocars-vercors.example",
        when="2026-11-27 09:41 +0100",
        rlang="fr",
        inv="BPT-204326",
        owed="1380.00",
        mta="exchange_fr_unknown",
        note="Exchange Online 'Non remis', recipient not found",
    ),
    Bounce(
        key="bo-fr-hoster",
        lang="fr",
        kind="soft",
        status="4.4.2",
        rcpt="gestion@ambulances-savoyardes.example",
        when="2026-12-15 13:50 +0100",
        rlang="fr",
        inv="BPT-204605",
        owed="915.00",
        mta="hoster_fr_delay",
        queued_minutes=242,
        note="French hosting provider's delay notice, single text part, not RFC 3464",
    ),
    Bounce(
        key="bo-es-gmail",
        lang="es",
        kind="hard",
        status="5.1.1",
        rcpt="facturas.autocaresmolina@gmail.com",
        when="2026-12-10 09:07 +0100",
        rlang="es",
        inv="BPT-204561",
        owed="1150.00",
        mta="gmail_es",
        note="Gmail 'address not found' in Spanish",
    ),
    Bounce(
        key="bo-nl-gateway",
        lang="nl",
        kind="hard",
        status="5.7.1",
        rcpt="inkoop@tgh-logistiek.example",
        when="2026-12-02 09:16 +0100",
        rlang="nl",
        inv="BPT-204437",
        owed="2520.00",
        mta="gateway_nl",
        note="security gateway refusing the sender by policy: permanent, so hard",
    ),
    Bounce(
        key="bo-nl-exchange",
        lang="nl",
        kind="soft",
        status="4.4.7",
        rcpt="crediteuren@bouwgroep-ijsselland.example",
        when="2026-12-15 13:25 +0100",
        rlang="nl",
        inv="BPT-204603",
        owed="1985.00",
        mta="exchange_nl_delay",
        queued_minutes=243,
        note="Exchange Online 'Bezorging vertraagd' delay notice",
    ),
    Bounce(
        key="bo-it-isp",
        lang="it",
        kind="hard",
        status="5.1.1",
        rcpt="ufficio.acquisti@navettelagunari.example",
        when="2026-11-30 09:33 +0100",
        rlang="it",
        inv="BPT-204365",
        owed="1075.00",
        mta="isp_it_unknown",
        note="Italian provider's RFC 3464 report, unknown user",
    ),
    Bounce(
        key="bo-it-exim",
        lang="it",
        kind="soft",
        status="4.3.2",
        rcpt="contabilita@autolinee-appennino.example",
        when="2026-12-04 09:45 +0100",
        rlang="it",
        inv="BPT-204447",
        owed="2310.00",
        mta="exim_it_delay",
        queued_minutes=1441,
        note="Exim delay warning with a localised Italian template, plain text",
    ),
    Bounce(
        key="bo-it-full",
        lang="it",
        kind="soft",
        status="4.2.2",
        rcpt="ordini@pulmini-ferrari.example",
        when="2026-12-11 15:05 +0100",
        rlang="it",
        inv="BPT-204585",
        owed="845.00",
        mta="isp_it_full",
        queued_minutes=334,
        note="Italian provider's 'casella piena' notice in ISO-8859-1, no Auto-Submitted",
    ),
)


# --------------------------------------------------------------------------------------------
# Labels, checks and output
# --------------------------------------------------------------------------------------------

DAY_PATTERN: Final = re.compile(r"\d{4}-\d{2}-\d{2}")
AMOUNT_PATTERN: Final = re.compile(r"\d+\.\d{2}")
STATUS_PATTERN: Final = re.compile(r"[45]\.\d{1,3}\.\d{1,3}")
INVOICE_PATTERN: Final = re.compile(r"BPT-\d{6}")
FIELD_OWNERS: Final[dict[str, Intent]] = {
    "promised_date": "promise_to_pay",
    "paid_date": "payment_sent",
    "return_date": "auto_reply",
    "payment_reference": "payment_sent",
    "new_contact": "wrong_contact",
}


@dataclass(frozen=True, kw_only=True)
class Draft:
    """A built message and its label, before the shuffle gives it a file name."""

    key: str
    message: Message
    label: Label
    text: str


def reply_label(r: Reply) -> Label:
    f = r.facts
    return Label(
        file="",
        intent=r.intent,
        promised_date=f.promised,
        paid_date=f.paid,
        return_date=f.back,
        payment_reference=f.reference,
        amount=f.amount,
        currency=f.currency,
        new_contact=f.contact,
        bounce_kind=None,
        failed_recipient=None,
        bounce_status=None,
        invoice_refs=list(f.refs),
        language=r.lang,
        note=f.note,
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


def drafts() -> list[Draft]:
    out = [
        Draft(
            key=r.key,
            message=build_reply(r),
            label=reply_label(r),
            text=r.body + "".join(a for _, a in r.answers),
        )
        for r in REPLIES
    ]
    out += [
        Draft(key=b.key, message=BOUNCE_BUILDERS[b.mta](b), label=bounce_label(b), text="")
        for b in BOUNCES
    ]
    return out


def header_problems(part: EmailMessage) -> list[str]:
    problems = []
    for name, value in part.items():
        decoded = str(value)
        if getattr(value, "defects", ()):
            problems.append(f"header {name} has defects {value.defects}")
        if "=?" in decoded:
            problems.append(f"header {name} not decoded: {decoded!r}")
    return problems


def part_problems(part: EmailMessage) -> list[str]:
    problems = [f"{part.get_content_type()} defect {d!r}" for d in part.defects]
    if part.get_content_maintype() == "text":
        content = part.get_content()
        if not isinstance(content, str) or "\ufffd" in content:
            problems.append(f"{part.get_content_type()} does not decode cleanly")
    return problems


def message_problems(data: bytes) -> list[str]:
    msg = message_from_bytes(data, policy=policy.default)
    problems = [
        f"no {h}" for h in ("From", "To", "Subject", "Date", "Message-ID") if msg[h] is None
    ]
    sent = parsedate_to_datetime(str(msg["Date"])).date()
    if not FIRST_DAY <= sent <= LAST_DAY:
        problems.append(f"dated {sent}, outside the corpus window")
    for part in msg.walk():
        problems += header_problems(part) + part_problems(part)
    return problems


def check_message(name: str, data: bytes) -> None:
    problems = message_problems(data)
    if problems:
        raise SystemExit(f"{name}: " + "; ".join(problems))


def date_problems(label: Label) -> list[str]:
    days = {
        "promised_date": label["promised_date"],
        "paid_date": label["paid_date"],
        "return_date": label["return_date"],
    }
    return [
        f"{key} {value!r}"
        for key, value in days.items()
        if value is not None and not DAY_PATTERN.fullmatch(value)
    ]


def money_problems(label: Label) -> list[str]:
    amount, currency = label["amount"], label["currency"]
    problems = []
    if (amount is None) != (currency is None):
        problems.append("amount and currency go together")
    if amount is not None and not AMOUNT_PATTERN.fullmatch(amount):
        problems.append(f"amount {amount!r}")
    if currency not in {None, "EUR", "GBP"}:
        problems.append(f"currency {currency!r}")
    return problems


def contact_problems(label: Label) -> list[str]:
    contact = label["new_contact"]
    if contact is None or (contact == contact.lower() and "@" in contact):
        return []
    return [f"new_contact {contact!r}"]


def owner_problems(label: Label) -> list[str]:
    """Fields that belong to one intent stay empty on the others."""
    present = {
        "promised_date": label["promised_date"],
        "paid_date": label["paid_date"],
        "return_date": label["return_date"],
        "payment_reference": label["payment_reference"],
        "new_contact": label["new_contact"],
    }
    return [
        f"{key} on {label['intent']}"
        for key, value in present.items()
        if value is not None and FIELD_OWNERS[key] != label["intent"]
    ]


def bounce_problems(label: Label) -> list[str]:
    fields = (label["bounce_kind"], label["failed_recipient"], label["bounce_status"])
    if label["intent"] != "bounce":
        return [] if fields == (None, None, None) else ["bounce fields on a non-bounce"]
    kind, rcpt, status = fields
    problems = [] if kind in {"hard", "soft"} else [f"bounce_kind {kind!r}"]
    if rcpt is None or rcpt != rcpt.lower():
        problems.append(f"failed_recipient {rcpt!r}")
    if status is None or not STATUS_PATTERN.fullmatch(status):
        problems.append(f"bounce_status {status!r}")
    return problems


def text_problems(label: Label, text: str) -> list[str]:
    """What a label extracts from the new text must be in the new text."""
    lowered = text.lower()
    wanted = [label["new_contact"], label["payment_reference"]]
    problems = [
        f"{value!r} not in the text"
        for value in wanted
        if value is not None and value.lower() not in lowered
    ]
    problems += [f"{ref} not in the text" for ref in label["invoice_refs"] if ref not in text]
    return problems


def label_problems(draft: Draft) -> list[str]:
    label = draft.label
    problems = [] if tuple(label) == LABEL_ORDER else [f"keys {tuple(label)}"]
    if label["intent"] not in INTENTS or label["language"] not in LANGS:
        problems.append("unknown intent or language")
    problems += date_problems(label) + money_problems(label) + contact_problems(label)
    problems += [
        f"invoice ref {ref!r}"
        for ref in label["invoice_refs"]
        if not INVOICE_PATTERN.fullmatch(ref)
    ]
    return (
        problems + owner_problems(label) + bounce_problems(label) + text_problems(label, draft.text)
    )


def coverage_problems(labels: Sequence[Label]) -> list[str]:
    per_intent = Counter(label["intent"] for label in labels)
    cells = Counter((label["intent"], label["language"]) for label in labels)
    kinds = Counter(label["bounce_kind"] for label in labels if label["intent"] == "bounce")
    problems = [
        f"{intent}: {per_intent[intent]} messages"
        for intent in INTENTS
        if per_intent[intent] != PER_INTENT
    ]
    problems += [
        f"no {intent} in {lang}" for intent in INTENTS for lang in LANGS if not cells[intent, lang]
    ]
    if kinds != Counter({"hard": 6, "soft": 6}):
        problems.append(f"bounce kinds {dict(kinds)}")
    return problems


def check_labels(items: Sequence[Draft]) -> None:
    problems = [f"{d.key}: {p}" for d in items for p in label_problems(d)]
    problems += coverage_problems([d.label for d in items])
    keys = [d.key for d in items]
    if len(set(keys)) != len(keys):
        problems.append("duplicate keys")
    if problems:
        raise SystemExit("label problems:\n" + "\n".join(problems))


def count_table(labels: Sequence[Label]) -> str:
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


def write_all() -> list[Label]:
    items = drafts()
    check_labels(items)
    items.sort(key=lambda draft: digest(draft.key, f"file-order-{SEED}"))
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for number, draft in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = draft.message.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        draft.label["file"] = name
        labels.append(draft.label)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(label, ensure_ascii=False) + "\n" for label in labels)
    return labels


def main() -> int:
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(label["bounce_kind"] for label in labels if label["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft")
    return 0


if __name__ == "__main__":
    sys.exit(main())
