# ruff: noqa: E501, RUF001
# The messages are kept one paragraph a line, as a mail client sends them, with the typographic
# dashes, quotes and non-breaking spaces that people and their clients really type.
"""Build held-out reply corpus 73: ``h73-NNN.eml`` and ``labels.jsonl``, next to this file.

Every message lands in the receivables mailbox of Saltmarsh Scaffolding after it sent an overdue
reminder. The new text of each message is written by hand in the tables below. The code only adds
what a mail client or a mail server would add: the quoted reminder in the client's layout and
language, headers, MIME structure, charsets and transfer encodings, and the skeletons of delivery
reports. Nothing depends on the clock or on chance: the file order comes from a fixed seed, and
boundaries and Message-IDs are derived from each message's key.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from inspect import cleandoc
from pathlib import Path
from typing import Final, Literal, TypedDict

HERE: Final = Path(__file__).resolve().parent
PREFIX: Final = "h73"
SEED: Final = "corpus-holdout73/2027-05"
AR_NAME: Final = "Saltmarsh Receivables"
AR_ADDR: Final = "receivables@saltmarsh-scaffolding.example"
AR_DOMAIN: Final = "saltmarsh-scaffolding.example"
OUR_MTA: Final = "mx-out.saltmarsh-scaffolding.example"
FIRST_DAY: Final = date(2027, 5, 10)
LAST_DAY: Final = date(2027, 6, 4)

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
    "outlook_ios",
    "outlook_android",
    "gmail",
    "gmail_plain",
    "apple",
    "iphone",
    "ipad",
    "samsung",
    "thunderbird",
    "inline",
    "notice",
    "notice_html",
    "remit",
]
Cte = Literal["qp", "base64", "8bit", "7bit"]
Currency = Literal["GBP", "EUR"]
Kind = Literal["hard", "soft"]

LANGS: Final[tuple[Lang, ...]] = ("en", "de", "fr", "es", "nl", "it")
INTENTS: Final[tuple[Intent, ...]] = (
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


class Label(TypedDict):
    """One line of labels.jsonl; the keys are written in this order."""

    file: str
    intent: Intent
    promised_date: str | None
    paid_date: str | None
    return_date: str | None
    payment_reference: str | None
    amount: str | None
    currency: Currency | None
    new_contact: str | None
    bounce_kind: Kind | None
    failed_recipient: str | None
    bounce_status: str | None
    invoice_refs: list[str]
    language: Lang
    note: str | None


LABEL_KEYS: Final = (
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


@dataclass(frozen=True, kw_only=True)
class Facts:
    """What a perfect reader extracts from one reply (see README for the conventions)."""

    promised: str | None = None
    paid: str | None = None
    back: str | None = None
    ref: str | None = None
    amount: str | None = None
    currency: Currency | None = None
    contact: str | None = None
    refs: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One hand-written message that is not a delivery report.

    ``inv``, ``amount`` and ``job`` describe the reminder being answered (derived from the key
    when empty); ``rlang`` is the reminder's language when it differs from the reply's;
    ``subject`` is a template where ``{rsub}`` is the reminder's subject; ``answers`` are
    inline answers, each written under the given paragraph of the quoted reminder.
    """

    key: str
    intent: Intent
    lang: Lang
    name: str
    addr: str
    when: str
    client: Client
    text: str
    facts: Facts = field(default_factory=Facts)
    inv: str = ""
    amount: str = ""
    job: str = ""
    rlang: Lang | None = None
    charset: str = "utf-8"
    cte: Cte = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    cc: str = ""
    attach: str = ""
    threaded: bool = True
    answers: tuple[tuple[int, str], ...] = ()

    @property
    def dt(self) -> datetime:
        return parse_when(self.when)

    @property
    def reminder_lang(self) -> Lang:
        return self.rlang or self.lang

    @property
    def written(self) -> str:
        """Everything the sender typed: the top of the message and any inline answers."""
        return "\n\n".join(filter(None, [self.text, *(answer for _, answer in self.answers)]))


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder sent to ``rcpt``; ``lang`` is the notice's language."""

    key: str
    lang: Lang
    kind: Kind
    status: str
    rcpt: str
    when: str
    build: str
    inv: str
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return parse_when(self.when)


# --------------------------------------------------------------------------------------------
# Locale tables: how Saltmarsh words its reminder, and how each client lays out a reply
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT: Final[dict[Lang, str]] = {
    "en": "Overdue invoice {inv} – Saltmarsh Scaffolding",
    "de": "Zahlungserinnerung – Rechnung {inv} überfällig",
    "fr": "Rappel : facture {inv} échue",
    "es": "Aviso de impago: factura {inv}",
    "nl": "Betalingsherinnering factuur {inv}",
    "it": "Sollecito di pagamento – fattura {inv}",
}

REMINDER_BODY: Final[dict[Lang, str]] = {
    "en": cleandoc("""
        Hello,

        This is a reminder that the invoice below is past its due date and remains unpaid on our ledger:

          {inv} | {job} | dated {issued} | due {due} | {amount}

        Please arrange payment at your earliest convenience. If you have already paid, reply with the date and your payment reference and we will match it. If something on the invoice is not right, reply to this e-mail and tell us what.

        Many thanks,
        Receivables team
        Saltmarsh Scaffolding Ltd
        Unit 9, Creek Lane Industrial Park
        Tel. 01632 960418
    """),
    "de": cleandoc("""
        Guten Tag,

        bei der Durchsicht unserer offenen Posten ist uns aufgefallen, dass folgende Rechnung noch nicht beglichen ist:

          {inv} | {job} | Rechnungsdatum {issued} | fällig seit {due} | {amount}

        Wir bitten Sie, den Betrag in den nächsten Tagen zu überweisen. Falls die Zahlung bereits erfolgt ist, teilen Sie uns bitte Datum und Verwendungszweck mit. Sollte mit der Rechnung etwas nicht stimmen, antworten Sie einfach auf diese E-Mail.

        Freundliche Grüße
        Team Debitorenbuchhaltung
        Saltmarsh Scaffolding GmbH
    """),
    "fr": cleandoc("""
        Bonjour,

        Nous constatons que la facture ci-dessous, arrivée à échéance, n'a pas encore été réglée :

          {inv} | {job} | émise le {issued} | échue le {due} | {amount}

        Nous vous remercions de bien vouloir procéder au règlement dans les meilleurs délais. Si le paiement a déjà été effectué, merci de nous communiquer sa date et sa référence. En cas de désaccord sur la facture, répondez simplement à ce message.

        Bien cordialement,
        Service recouvrement
        Saltmarsh Scaffolding SAS
    """),
    "es": cleandoc("""
        Buenos días:

        Le escribimos porque la factura que indicamos a continuación ha superado su fecha de vencimiento y sigue pendiente de pago:

          {inv} | {job} | fecha {issued} | vencida el {due} | {amount}

        Le agradeceríamos que realizara el pago lo antes posible. Si ya lo ha abonado, indíquenos la fecha y la referencia de la transferencia para poder conciliarlo. Si hay algún error en la factura, conteste a este correo y lo revisamos.

        Un saludo,
        Departamento de Cobros
        Saltmarsh Scaffolding España, S.L.
    """),
    "nl": cleandoc("""
        Goedendag,

        Wij zien in onze administratie dat onderstaande factuur de vervaldatum is gepasseerd en nog niet is voldaan:

          {inv} | {job} | factuurdatum {issued} | vervallen op {due} | {amount}

        Wilt u het bedrag zo spoedig mogelijk overmaken? Heeft u al betaald, laat ons dan de datum en het betalingskenmerk weten. Klopt er iets niet aan de factuur, antwoord dan op deze e-mail.

        Met vriendelijke groet,
        Afdeling Debiteurenbeheer
        Saltmarsh Scaffolding B.V.
    """),
    "it": cleandoc("""
        Buongiorno,

        dalle nostre verifiche contabili la fattura sotto indicata risulta scaduta e non ancora saldata:

          {inv} | {job} | emessa il {issued} | scaduta il {due} | {amount}

        Vi chiediamo cortesemente di provvedere al pagamento quanto prima. Se il pagamento è già stato effettuato, vi preghiamo di comunicarci data e riferimento del bonifico. Per eventuali contestazioni sulla fattura è sufficiente rispondere a questa e-mail.

        Cordiali saluti,
        Ufficio Crediti
        Saltmarsh Scaffolding Italia S.r.l.
    """),
}

DEFAULT_JOBS: Final[dict[Lang, tuple[str, ...]]] = {
    "en": (
        "Scaffold hire – weekly extension, wks 10–13",
        "Erect and dismantle – independent scaffold, rear elevation",
        "Temporary roof – hire and erection",
        "Scaffold alarm – monitoring, April",
        "Chimney scaffold – erect, 4 wks hire, strike",
    ),
    "de": (
        "Gerüstmiete – Verlängerung KW 10–13",
        "Auf- und Abbau Fassadengerüst",
        "Notdach – Miete und Montage",
        "Gerüstalarm – Überwachung April",
    ),
    "fr": (
        "Location échafaudage – prolongation semaines 10 à 13",
        "Montage et démontage échafaudage de façade",
        "Toiture provisoire – location et pose",
        "Alarme d'échafaudage – télésurveillance avril",
    ),
    "es": (
        "Alquiler de andamio – ampliación semanas 10 a 13",
        "Montaje y desmontaje de andamio de fachada",
        "Cubierta provisional – alquiler y montaje",
        "Alarma de andamio – vigilancia abril",
    ),
    "nl": (
        "Steigerhuur – verlenging week 10 t/m 13",
        "Op- en afbouw gevelsteiger",
        "Noodoverkapping – huur en montage",
        "Steigeralarm – bewaking april",
    ),
    "it": (
        "Noleggio ponteggio – proroga settimane 10-13",
        "Montaggio e smontaggio ponteggio di facciata",
        "Copertura provvisoria – noleggio e posa",
        "Allarme ponteggio – sorveglianza aprile",
    ),
}

INVOICE_DATES: Final = (
    ("2027-03-31", "2027-04-30"),
    ("2027-04-09", "2027-05-09"),
    ("2027-03-19", "2027-04-18"),
    ("2027-04-02", "2027-05-02"),
)
DATE_FORMAT: Final[dict[Lang, str]] = {
    "en": "%d/%m/%Y",
    "de": "%d.%m.%Y",
    "fr": "%d/%m/%Y",
    "es": "%d/%m/%Y",
    "nl": "%d-%m-%Y",
    "it": "%d/%m/%Y",
}

WEEKDAYS: Final[dict[Lang, tuple[str, ...]]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
}
WEEKDAYS_SHORT: Final[dict[Lang, tuple[str, ...]]] = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "it": ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
}
MONTHS: Final[dict[Lang, tuple[str, ...]]] = {
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
MONTHS_SHORT: Final[dict[Lang, tuple[str, ...]]] = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"),
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

GMAIL_ATTRIBUTION: Final[dict[Lang, str]] = {
    "en": "On {wds}, {d} {mons} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {wds}, {d}. {mons} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds} {d} {mons} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {wds} {d} {mons} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {wds} {d} {mons} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION: Final[dict[Lang, str]] = {
    "en": "On {d} {mons} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mons} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {mons} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mons} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mons} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION: Final[dict[Lang, str]] = {
    "en": "On {dd}/{mo}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{MM}, {name} ha scritto:",
}
OUTLOOK_SENT: Final[dict[Lang, str]] = {
    "en": "{d} {monl} {y} {HH}:{MM}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{MM}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{MM}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{MM}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{MM}",
    "it": "{wdl} {d} {monl} {y} {HH}:{MM}",
}
# separator line, From, Sent, To, Subject, and what goes between a label and its value
OUTLOOK_LABELS: Final[dict[Lang, tuple[str, str, str, str, str, str]]] = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
SAMSUNG_LABELS: Final[dict[Lang, tuple[str, str, str, str, str, str]]] = {
    "en": ("Original message", "From", "Date", "To", "Subject", ": "),
    "de": ("Ursprüngliche Nachricht", "Von", "Datum", "An", "Betreff", ": "),
    "fr": ("Message d'origine", "De", "Date", "À", "Objet", " : "),
    "es": ("Mensaje original", "De", "Fecha", "Para", "Asunto", ": "),
    "nl": ("Oorspronkelijk bericht", "Van", "Datum", "Aan", "Onderwerp", ": "),
    "it": ("Messaggio originale", "Da", "Data", "A", "Oggetto", ": "),
}
OUTLOOK_REPLY_PREFIX: Final[dict[Lang, str]] = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
SIGNATURES: Final[dict[str, dict[Lang, str]]] = {
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
    "samsung": {
        "en": "Sent from my Galaxy",
        "de": "Von meinem Galaxy gesendet",
        "fr": "Envoyé depuis mon Galaxy",
        "es": "Enviado desde mi Galaxy",
        "nl": "Verzonden vanaf mijn Galaxy",
        "it": "Inviato dal mio Galaxy",
    },
    "outlook_ios": {
        "en": "Get Outlook for iOS",
        "de": "Outlook für iOS beziehen",
        "fr": "Obtenir Outlook pour iOS",
        "es": "Obtener Outlook para iOS",
        "nl": "Outlook voor iOS downloaden",
        "it": "Ottieni Outlook per iOS",
    },
    "outlook_android": {
        "en": "Get Outlook for Android",
        "de": "Outlook für Android herunterladen",
        "fr": "Télécharger Outlook pour Android",
        "es": "Obtener Outlook para Android",
        "nl": "Outlook voor Android downloaden",
        "it": "Scarica Outlook per Android",
    },
}
CONTENT_LANGUAGE: Final[dict[Lang, str]] = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}
# What a Latin-1 client does to characters its charset lacks when it quotes the reminder.
LATIN1_FALLBACK: Final = {"–": "-", "€": "EUR", "’": "'", "…": "...", "“": '"', "”": '"'}


# --------------------------------------------------------------------------------------------
# Small helpers: dates, identifiers, money
# --------------------------------------------------------------------------------------------


def parse_when(when: str) -> datetime:
    return datetime.strptime(when, "%Y-%m-%d %H:%M %z")


def digest(*, key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{SEED}|{salt}|{key}".encode()).digest()


def token(*, key: str, salt: str, size: int) -> str:
    return base64.b32encode(digest(key=key, salt=salt)).decode()[:size]


def pick(*, key: str, salt: str, count: int) -> int:
    return int.from_bytes(digest(key=key, salt=salt)[:4], "big") % count


def money(*, value: str, lang: Lang) -> str:
    """An amount such as ``2340.00`` written the way the reminder writes it in ``lang``."""
    units, cents = value.split(".")
    grouped = f"{int(units):,}"
    dotted = grouped.replace(",", ".")
    if lang == "en":
        return f"£{grouped}.{cents}"
    if lang == "fr":
        spaced = grouped.replace(",", "\u00a0")
        return f"{spaced},{cents}\u00a0€"
    if lang in {"nl", "it"}:
        return f"€ {dotted},{cents}"
    return f"{dotted},{cents} €"


def calendar_fields(*, loc: Lang, dt: datetime) -> dict[str, str]:
    """Pieces of a date as the clients print them, in the client's language."""
    offset = dt.strftime("%z")
    return {
        "wdl": WEEKDAYS[loc][dt.weekday()],
        "wds": WEEKDAYS_SHORT[loc][dt.weekday()],
        "monl": MONTHS[loc][dt.month - 1],
        "mons": MONTHS_SHORT[loc][dt.month - 1],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "H": str(dt.hour),
        "HH": f"{dt.hour:02d}",
        "MM": f"{dt.minute:02d}",
        "gmt": f"GMT{offset[:3]}:{offset[3:]}",
    }


def render_date(template: str, *, loc: Lang, dt: datetime, **extra: str) -> str:
    return template.format(**calendar_fields(loc=loc, dt=dt), **extra)


def latin1_fallback(text: str) -> str:
    for char, replacement in LATIN1_FALLBACK.items():
        text = text.replace(char, replacement)
    return text


def fits_charset(text: str, charset: str) -> str:
    """The reminder text as a client using ``charset`` would quote it."""
    return latin1_fallback(text) if charset == "iso-8859-1" else text


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


def quote_lines(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html_lines(block)}</p>" for block in paragraphs(text))


def display(*, name: str, addr: str) -> str:
    """An address as a client shows it in a quote header (no encoding, no quotes)."""
    return f"{name} <{addr}>" if name else addr


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------


def text_part(
    text: str, *, subtype: str = "plain", charset: str = "utf-8", cte: Cte = "qp"
) -> Message:
    """A text part; raises if the hand-written text does not fit the declared charset."""
    raw = text.encode(charset)
    if cte in {"8bit", "7bit"}:
        unencoded = MIMENonMultipart("text", subtype, charset=charset)
        unencoded.set_payload(raw.decode("ascii", "surrogateescape"))
        unencoded["Content-Transfer-Encoding"] = cte
        return unencoded
    encoding = email_charset.Charset(charset)
    encoding.body_encoding = email_charset.BASE64 if cte == "base64" else email_charset.QP
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, encoding)
    return part


def header_value(
    value: str, *, field_name: str = "Subject", charset: str = "utf-8", b64: bool = False
) -> str:
    """A header as the client encodes it: RFC 2047 encoded words when it is not plain ASCII."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    encoding = email_charset.Charset(charset)
    encoding.header_encoding = email_charset.BASE64 if b64 else email_charset.QP
    return Header(value, encoding, header_name=field_name).encode()


def mailbox(*, name: str, addr: str, charset: str = "utf-8", b64: bool = False) -> str:
    """A From address. A long non-ASCII name is encoded word by word (only the runs of words
    that need it), as many clients do, so no encoded word is split inside a word."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    whole = header_value(name, field_name="From", charset=charset, b64=b64)
    if "\n" not in whole:
        return f"{whole} <{addr}>"
    words: list[str] = []
    pending: list[str] = []
    for word in [*name.split(" "), ""]:
        if word.isascii() and pending:
            words.append(header_value(" ".join(pending), charset=charset, b64=b64))
            pending = []
        (words if word.isascii() else pending).append(word)
    return " ".join(filter(None, words)) + f" <{addr}>"


def alternative(plain: Message, markup: Message) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def move_content_headers_last(msg: Message) -> None:
    """Clients write the MIME headers after the envelope headers."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value


def drop_inner_versions(part: Message, *, top: bool) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if not part.is_multipart() or part.get_content_type() == "message/delivery-status":
        return
    enclosed = part.get_content_type() == "message/rfc822"
    for sub in part.get_payload():
        if isinstance(sub, Message):
            drop_inner_versions(sub, top=enclosed)


def boundary_prefix(client: str) -> str:
    prefixes = {
        "gmail": "000000000000",
        "samsung": "--_com.samsung.android.email_",
        "apple": "Apple-Mail=_",
        "thunderbird": "------------",
    }
    if client in prefixes:
        return prefixes[client]
    return "_000_" if client in OUTLOOK_FAMILY else "----=_Part_"


def set_boundaries(msg: Message, *, key: str, client: str) -> None:
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for number, part in enumerate(multiparts):
        part.set_boundary(
            boundary_prefix(client) + token(key=key, salt=f"boundary{number}", size=26)
        )


def finish(msg: Message, *, key: str, client: str) -> Message:
    move_content_headers_last(msg)
    if "Content-Type" in msg and "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
        move_content_headers_last(msg)
    drop_inner_versions(msg, top=True)
    set_boundaries(msg, key=key, client=client)
    return msg


def fake_pdf(*, title: str) -> bytes:
    """A tiny, well-formed PDF standing in for a scanned payment proof."""
    body = f"BT /F1 12 Tf 72 720 Td ({title}) Tj ET".encode("latin-1")
    return (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n"
        + f"4 0 obj << /Length {len(body)} >> stream\n".encode()
        + body
        + b"\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    )


# --------------------------------------------------------------------------------------------
# The reminder being answered, as each reply quotes it
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Quoted:
    """The reminder, as the replying client sees it."""

    text: str
    subject: str
    sent: datetime
    loc: Lang
    to: str


def invoice_of(r: Reply) -> str:
    return r.inv or f"SSC/27/{300 + pick(key=r.key, salt='inv', count=400):04d}"


def amount_of(r: Reply) -> str:
    if r.amount:
        return r.amount
    pounds = 380 + pick(key=r.key, salt="amount", count=6200)
    return f"{pounds}.{pick(key=r.key, salt='pence', count=20) * 5:02d}"


def job_of(r: Reply) -> str:
    jobs = DEFAULT_JOBS[r.reminder_lang]
    return r.job or jobs[pick(key=r.key, salt="job", count=len(jobs))]


def reminder_text(*, lang: Lang, inv: str, job: str, amount: str, key: str) -> str:
    issued, due = INVOICE_DATES[pick(key=key, salt="dates", count=len(INVOICE_DATES))]
    fmt = DATE_FORMAT[lang]
    return REMINDER_BODY[lang].format(
        inv=inv,
        job=job,
        issued=date.fromisoformat(issued).strftime(fmt),
        due=date.fromisoformat(due).strftime(fmt),
        amount=money(value=amount, lang=lang),
    )


def reminder_sent(*, reply: datetime, key: str) -> datetime:
    """The reminder went out one to three working days before the reply, in the morning."""
    day = reply - timedelta(days=1 + pick(key=key, salt="lag", count=3))
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(hour=8, minute=30 + pick(key=key, salt="minute", count=20), second=0)


def quoted_for(r: Reply) -> Quoted:
    lang = r.reminder_lang
    inv = invoice_of(r)
    text = reminder_text(lang=lang, inv=inv, job=job_of(r), amount=amount_of(r), key=r.key)
    subject = REMINDER_SUBJECT[lang].format(inv=inv)
    return Quoted(
        text=fits_charset(text, r.charset),
        subject=fits_charset(subject, r.charset),
        sent=reminder_sent(reply=r.dt, key=r.key),
        loc=r.lang,
        to=display(name=r.name, addr=r.addr),
    )


def original_reminder(*, lang: Lang, to: str, inv: str, sent: datetime, key: str) -> Message:
    """The reminder exactly as Saltmarsh sent it (returned inside delivery reports)."""
    amount = f"{900 + pick(key=key, salt='amount', count=4000)}.00"
    text = reminder_text(lang=lang, inv=inv, job=DEFAULT_JOBS[lang][1], amount=amount, key=key)
    msg = text_part(text + "\n")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = to
    msg["Subject"] = header_value(REMINDER_SUBJECT[lang].format(inv=inv))
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = reminder_id(key)
    move_content_headers_last(msg)
    return msg


def reminder_id(key: str) -> str:
    return f"<ar.{token(key=key, salt='reminder', size=18).lower()}@{AR_DOMAIN}>"


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------

OUTLOOK_FAMILY: Final = frozenset(
    {"outlook", "outlook_html", "outlook_html_only", "owa", "outlook_ios", "outlook_android"}
)


def outlook_rows(r: Reply, q: Quoted) -> list[tuple[str, str]]:
    _, frm, sent, to, subject, _ = OUTLOOK_LABELS[r.lang]
    return [
        (frm, display(name=AR_NAME, addr=AR_ADDR)),
        (sent, render_date(OUTLOOK_SENT[r.lang], loc=r.lang, dt=q.sent)),
        (to, q.to),
        (subject, q.subject),
    ]


def outlook_block(r: Reply, q: Quoted) -> str:
    colon = OUTLOOK_LABELS[r.lang][5]
    return "\n".join(f"{label}{colon}{value}" for label, value in outlook_rows(r, q))


def mso_paragraphs(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        lines.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(lines)


def word_html(r: Reply, q: Quoted) -> str:
    colon = OUTLOOK_LABELS[r.lang][5].rstrip()
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(colon)}</b> {html.escape(value)}"
        for label, value in outlook_rows(r, q)
    )
    divider = ("#B5C4DF", "#E1E1E1")[pick(key=r.key, salt="divider", count=2)]
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face\n\t{font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle20\n\t{mso-style-type:personal-reply;\n\tcolor:windowtext;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{CONTENT_LANGUAGE[r.lang].upper()}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso_paragraphs(r.text)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div id="mail-editor-reference-message-container">\n'
        f'<div style="border:none;border-top:solid {divider} 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal" style="margin-bottom:12.0pt">{head}</p>\n</div>\n'
        f"{mso_paragraphs(q.text)}\n</div>\n</div>\n</body>\n</html>\n"
    )


def plain(r: Reply, text: str, *, cte: Cte | None = None) -> Message:
    return text_part(text, charset=r.charset, cte=cte or r.cte)


def markup(r: Reply, text: str) -> Message:
    return text_part(text, subtype="html", charset=r.charset, cte=r.cte)


def client_outlook(r: Reply, q: Quoted) -> Message:
    separator = OUTLOOK_LABELS[r.lang][0]
    return plain(r, f"{r.text}\n\n{separator}\n{outlook_block(r, q)}\n\n{q.text}\n")


def client_outlook_html(r: Reply, q: Quoted) -> Message:
    text = f"{r.text}\n\n{outlook_block(r, q)}\n\n{q.text}\n"
    return alternative(plain(r, text), markup(r, word_html(r, q)))


def client_outlook_html_only(r: Reply, q: Quoted) -> Message:
    return markup(r, word_html(r, q))


def owa_html(r: Reply, q: Quoted) -> str:
    colon = OUTLOOK_LABELS[r.lang][5].rstrip()
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(colon)}</b> {html.escape(value)}"
        for label, value in outlook_rows(r, q)
    )
    return (
        f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n'
        '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_lines(r.text)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f'{head}</font>\n<div>&nbsp;</div>\n</div>\n<div class="BodyFragment"><font size="2"><span style="font-size:11pt;">\n'
        f'<div class="PlainText">{html_lines(q.text)}</div>\n</span></font></div>\n</body>\n</html>\n'
    )


def client_owa(r: Reply, q: Quoted) -> Message:
    text = f"{r.text}\n\n{'_' * 32}\n{outlook_block(r, q)}\n\n{q.text}\n"
    return alternative(plain(r, text), markup(r, owa_html(r, q)))


def client_outlook_mobile(r: Reply, q: Quoted) -> Message:
    sig = SIGNATURES[r.client][r.lang]
    text = f"{r.text}\n\n{sig}\n{'_' * 32}\n{outlook_block(r, q)}\n\n{q.text}\n"
    return plain(r, text, cte="base64")


def gmail_attribution(r: Reply, q: Quoted) -> str:
    return render_date(GMAIL_ATTRIBUTION[r.lang], loc=r.lang, dt=q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attribution(r: Reply, q: Quoted) -> str:
    return render_date(APPLE_ATTRIBUTION[r.lang], loc=r.lang, dt=q.sent, name=AR_NAME, addr=AR_ADDR)


def client_gmail(r: Reply, q: Quoted) -> Message:
    attribution = gmail_attribution(r, q)
    text = f"{r.text}\n\n{attribution}\n\n{quote_lines(q.text)}\n"
    page = (
        f'<div dir="ltr">{html_lines(r.text)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(plain(r, text), markup(r, page))


def client_gmail_plain(r: Reply, q: Quoted) -> Message:
    return plain(r, f"{r.text}\n\n{gmail_attribution(r, q)}\n\n{quote_lines(q.text)}\n")


def client_apple(r: Reply, q: Quoted) -> Message:
    return plain(r, f"{r.text}\n\n{apple_attribution(r, q)}\n\n{quote_lines(q.text)}\n")


def client_ios(r: Reply, q: Quoted) -> Message:
    sig = SIGNATURES[r.client][r.lang]
    quoted = quote_lines(f"{apple_attribution(r, q)}\n\n{q.text}")
    return plain(r, f"{r.text}\n\n{sig}\n\n{quoted}\n")


def samsung_block(r: Reply, q: Quoted) -> list[str]:
    title, frm, when, to, subject, colon = SAMSUNG_LABELS[r.lang]
    stamp = render_date("{dd}/{mo}/{y} {HH}:{MM} ({gmt})", loc=r.lang, dt=q.sent)
    return [
        f"-------- {title} --------",
        f"{frm}{colon}{display(name=AR_NAME, addr=AR_ADDR)}",
        f"{when}{colon}{stamp}",
        f"{to}{colon}{q.to}",
        f"{subject}{colon}{q.subject}",
    ]


def client_samsung(r: Reply, q: Quoted) -> Message:
    sig = SIGNATURES["samsung"][r.lang]
    block = samsung_block(r, q)
    text = f"{r.text}\n\n\n{sig}\n\n" + "\n".join(block) + f"\n\n{q.text}\n"
    rows = "".join(f"<div>{html.escape(line)}</div>" for line in block)
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        f'<div dir="auto">{html_lines(r.text)}</div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">{html.escape(sig)}</div></div>'
        f'<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">{rows}<div><br></div></div>'
        f'<div dir="auto">{html_lines(q.text)}</div></body></html>\n'
    )
    return alternative(plain(r, text), markup(r, page))


def client_thunderbird(r: Reply, q: Quoted) -> Message:
    attribution = render_date(THUNDERBIRD_ATTRIBUTION[r.lang], loc=r.lang, dt=q.sent, name=AR_NAME)
    part = plain(r, f"{r.text}\n\n{attribution}\n{quote_lines(q.text)}\n")
    if r.charset == "utf-8":
        part.set_param("format", "flowed")
    return part


def client_inline(r: Reply, q: Quoted) -> Message:
    """Thunderbird, answering between the quoted paragraphs of the reminder."""
    attribution = render_date(THUNDERBIRD_ATTRIBUTION[r.lang], loc=r.lang, dt=q.sent, name=AR_NAME)
    answers = dict(r.answers)
    lines = [f"{r.text}\n"] if r.text else []
    lines.append(attribution)
    after_answer = True
    for number, paragraph in enumerate(paragraphs(q.text)):
        lines += [quote_lines(paragraph)] if after_answer else [">", quote_lines(paragraph)]
        after_answer = number in answers
        if after_answer:
            lines += ["", answers[number], ""]
    part = plain(r, "\n".join(lines) + "\n")
    if r.charset == "utf-8":
        part.set_param("format", "flowed")
    return part


def client_notice(r: Reply, q: Quoted) -> Message:
    del q  # automatic notices quote nothing
    return plain(r, r.text + "\n")


def client_notice_html(r: Reply, q: Quoted) -> Message:
    del q
    page = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>'
        f'<body style="font-family:Arial,sans-serif;font-size:14px">{html_paragraphs(r.text)}</body></html>\n'
    )
    return alternative(plain(r, r.text + "\n"), markup(r, page))


def remit_block(block: str) -> str:
    """A block of column-aligned lines becomes a table; anything else a paragraph."""
    lines = block.split("\n")
    if not all(re.search(r"\S {2,}\S", line) for line in lines):
        return f"<p>{html_lines(block)}</p>"
    rows = []
    for line in lines:
        cells = "".join(
            f"<td>{html.escape(cell)}</td>" for cell in re.split(r" {2,}", line.strip())
        )
        rows.append(f"<tr>{cells}</tr>")
    return '<table cellpadding="4" style="border-collapse:collapse">' + "".join(rows) + "</table>"


def client_remit(r: Reply, q: Quoted) -> Message:
    del q
    blocks = "\n".join(remit_block(block) for block in paragraphs(r.text))
    page = (
        f'<!DOCTYPE html><html><head><meta charset="{r.charset}"><title>Remittance</title></head>'
        f'<body style="font-family:Helvetica,Arial,sans-serif;color:#1e3245">\n{blocks}\n</body></html>\n'
    )
    return alternative(plain(r, r.text + "\n"), markup(r, page))


CLIENTS: Final[dict[Client, Callable[[Reply, Quoted], Message]]] = {
    "outlook": client_outlook,
    "outlook_html": client_outlook_html,
    "outlook_html_only": client_outlook_html_only,
    "owa": client_owa,
    "outlook_ios": client_outlook_mobile,
    "outlook_android": client_outlook_mobile,
    "gmail": client_gmail,
    "gmail_plain": client_gmail_plain,
    "apple": client_apple,
    "iphone": client_ios,
    "ipad": client_ios,
    "samsung": client_samsung,
    "thunderbird": client_thunderbird,
    "inline": client_inline,
    "notice": client_notice,
    "notice_html": client_notice_html,
    "remit": client_remit,
}
THUNDERBIRD_AGENT: Final = (
    "User-Agent",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.10.1",
)
CLIENT_HEADERS: Final[dict[Client, tuple[tuple[str, str], ...]]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.100.1.2.5)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22F76)"),),
    "ipad": (("X-Mailer", "iPad Mail (22F76)"),),
    "thunderbird": (THUNDERBIRD_AGENT,),
    "inline": (THUNDERBIRD_AGENT,),
}


def reply_subject(r: Reply, q: Quoted) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_REPLY_PREFIX[r.lang] if r.client in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def reply_message_id(r: Reply) -> str:
    raw = digest(key=r.key, salt="message-id")
    domain = r.addr.rsplit("@", 1)[1]
    if r.client in {"gmail", "gmail_plain"}:
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:44]}@mail.gmail.com>"
    if r.client in OUTLOOK_FAMILY:
        host = token(key=r.key, salt="host", size=10)
        return f"<{token(key=r.key, salt='ms', size=30)}@{host}.EURPRD07.PROD.OUTLOOK.COM>"
    if r.client in {"apple", "iphone", "ipad"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.client == "samsung":
        return f"<{int.from_bytes(raw[:6], 'big')}.{raw[6:9].hex()}@email.android.com>"
    h = raw.hex()
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"


def outlook_headers(r: Reply, q: Quoted) -> list[tuple[str, str]]:
    index = base64.b64encode(b"\x01\xdb" + digest(key=r.key, salt="thread")[:20]).decode()
    return [
        (
            "Thread-Topic",
            header_value(q.subject, field_name="Thread-Topic", charset=r.charset, b64=True),
        ),
        ("Thread-Index", index),
        ("Accept-Language", f"{CONTENT_LANGUAGE[r.lang]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    if not r.attach:
        return body
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(fake_pdf(title=r.attach), "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename=r.attach)
    outer.attach(pdf)
    return outer


def build_reply(r: Reply) -> Message:
    q = quoted_for(r)
    msg = with_attachment(r, CLIENTS[r.client](r, q))
    b64 = r.client in OUTLOOK_FAMILY and r.charset == "utf-8"
    msg["From"] = mailbox(name=r.name, addr=r.addr, charset=r.charset, b64=b64)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = r.cc
    msg["Subject"] = header_value(reply_subject(r, q), charset=r.charset, b64=b64)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_message_id(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_id(r.key)
        msg["References"] = reminder_id(r.key)
    extra = outlook_headers(r, q) if r.client in OUTLOOK_FAMILY else []
    for name, value in [*extra, *CLIENT_HEADERS.get(r.client, ()), *r.headers]:
        msg[name] = value
    return finish(msg, key=r.key, client=r.client)


# --------------------------------------------------------------------------------------------
# The hand-written messages (everything but delivery reports)
# --------------------------------------------------------------------------------------------

AUTO_GENERATED: Final = (("Auto-Submitted", "auto-generated"),)
AUTO_REPLIED: Final = (("Auto-Submitted", "auto-replied"),)
EXCHANGE_OOF: Final = (("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"))

PAYMENT_SENT: Final[list[Reply]] = [
    Reply(
        key="ps-en-paid",
        intent="payment_sent",
        lang="en",
        name="Gary Nuttall",
        addr="gary@nuttallroofing.example",
        when="2027-05-12 07:14 +0100",
        client="iphone",
        text="Paid.",
        inv="SSC/27/0405",
        amount="864.00",
        facts=Facts(note="one-word reply to an overdue reminder: a payment claim with no date"),
    ),
    Reply(
        key="ps-en-xero",
        intent="payment_sent",
        lang="en",
        name="Fenwick Housing Partnership",
        addr="messaging-service@post.xero.example",
        when="2027-05-19 06:02 +0100",
        client="remit",
        threaded=False,
        subject="Remittance advice from Fenwick Housing Partnership",
        headers=(*AUTO_GENERATED, ("Reply-To", "ap@fenwickhousing.example")),
        text=cleandoc("""
            Fenwick Housing Partnership has made a payment to Saltmarsh Scaffolding Ltd.

            Payment date      18 May 2027
            Amount paid       £7,418.40
            Reference         FHP-BACS-0518-22

            Invoices included in this payment:

            SSC/27/0391    Temporary roof, 4–6 Quarry Row        £5,112.00
            SSC/27/0412    Scaffold hire extension wks 14–17     £2,306.40

            If you have any questions about this remittance, please contact accounts payable at ap@fenwickhousing.example, quoting supplier number S-00418.
        """),
        facts=Facts(
            paid="2027-05-18",
            ref="FHP-BACS-0518-22",
            amount="7418.40",
            currency="GBP",
            refs=("SSC/27/0391", "SSC/27/0412"),
            note="accounting-system remittance advice with Auto-Submitted: auto-generated: a payment advice, not an auto-reply; the AP address is for queries, not a new contact",
        ),
    ),
    Reply(
        key="ps-en-ramble",
        intent="payment_sent",
        lang="en",
        name="Maureen Ashby",
        addr="mo.ashby61@gmail.com",
        when="2027-05-18 21:47 +0100",
        client="gmail",
        inv="SSC/27/0433",
        amount="1150.00",
        job="Independent scaffold, rear and side elevations, 14 Elm Grove",
        text=cleandoc("""
            Hello,

            I'm sorry this has taken so long. It has been a bit of a saga here as you probably know from your lads. After they put the scaffold up at the back, the roofer we had booked let us down completely and it was nearly three weeks before we found anyone else, and then the new chap said he needed an extra lift on the side by the kitchen, which your office did come and add (thank you to Callum, who was very patient with my dog). Then next door complained about the boards over her fence and I had the council round, which came to nothing in the end. The roof is finally finished and the scaffold came down last Thursday, so I am hoping that is the last of it.

            I also wanted to say I was a bit surprised at how many weeks of hire there were in the end, but I do understand that was our roofer's fault and not yours, and I am not arguing about it.

            Anyway, to answer your email, I did the bank transfer on Sunday evening from my Nationwide account, £1,150.00, and I put SCAFF 14 ELM as the reference because I could not fit the invoice number in. If it has not arrived please let me know, as I have never used the app for such a big amount before.

            Kind regards,
            Maureen Ashby
            14 Elm Grove
        """),
        facts=Facts(
            paid="2027-05-16",
            ref="SCAFF 14 ELM",
            amount="1150.00",
            currency="GBP",
            note="long reply that buries the payment in its third paragraph; the remark about hire weeks is explicitly not a dispute; 'Sunday' is the Sunday before Tue 18 May",
        ),
    ),
    Reply(
        key="ps-de-avis",
        intent="payment_sent",
        lang="de",
        name="Kreisbau Wohnungsbaugesellschaft mbH – Kreditorenbuchhaltung",
        addr="zahlungsavis@kreisbau-wohnen.example",
        when="2027-05-20 05:31 +0200",
        client="notice",
        charset="iso-8859-1",
        threaded=False,
        subject="Zahlungsavis Nr. 2027-004471 – Saltmarsh Scaffolding GmbH",
        headers=AUTO_GENERATED,
        text=cleandoc("""
            Sehr geehrte Damen und Herren,

            wir haben heute folgende Zahlung an Sie angewiesen:

            Zahlungsavis-Nr.:  2027-004471
            Zahlungsdatum:     20.05.2027
            Lieferanten-Nr.:   700318
            Empfängerkonto:    DE** **** **** **** **** 42

            Beleg-Nr.        Belegdatum   Betrag EUR   Skonto   Zahlbetrag
            SSC/27/0377      15.03.2027     4.165,00     0,00     4.165,00
            SSC/27/0402      31.03.2027     1.190,00     0,00     1.190,00
            Summe                                                 5.355,00

            Diese Nachricht wurde maschinell erstellt und ist ohne Unterschrift gültig. Bitte antworten Sie nicht auf diese E-Mail.
        """),
        facts=Facts(
            paid="2027-05-20",
            ref="2027-004471",
            amount="5355.00",
            currency="EUR",
            refs=("SSC/27/0377", "SSC/27/0402"),
            note="AP-system payment advice with Auto-Submitted: auto-generated; 'bitte antworten Sie nicht' does not make it wrong_contact; the advice number is the reference",
        ),
    ),
    Reply(
        key="ps-de-erledigt",
        intent="payment_sent",
        lang="de",
        name="Jörg Kämpfer",
        addr="j.kaempfer@kaempfer-bedachungen.example",
        when="2027-05-26 18:52 +0200",
        client="iphone",
        text="erledigt",
        facts=Facts(note="one word ('done') in answer to a payment reminder: paid, no date"),
    ),
    Reply(
        key="ps-fr-mairie",
        intent="payment_sent",
        lang="fr",
        name="Mairie de Saint-Aubin-sur-Risle – Service finances",
        addr="finances@mairie-staubin-risle.example",
        when="2027-05-21 11:26 +0200",
        client="outlook_html",
        charset="windows-1252",
        inv="SSC/27/0384",
        amount="8736.00",
        job="Échafaudage clocher – montage, location 6 semaines, démontage",
        text=cleandoc("""
            Bonjour,

            Je vous informe que la facture SSC/27/0384 (échafaudage du clocher de l’église Saint-Aubin) a été mandatée le 11 mai et que le paiement a été effectué par le Service de gestion comptable de Bernay le 19 mai 2027, pour un montant de 8 736,00 € (mandat n° 2027-000814, bordereau 97).

            Le délai de réception sur votre compte peut être de quelques jours.

            Cordialement,

            Nathalie Prévost
            Service finances – Mairie de Saint-Aubin-sur-Risle
            Tél. 01 99 00 41 27
        """),
        facts=Facts(
            paid="2027-05-19",
            ref="2027-000814",
            amount="8736.00",
            currency="EUR",
            refs=("SSC/27/0384",),
            note="French public payment: 'mandatée le 11 mai' is the payment order, the paid date is the day the public accountant paid (19 May); the mandate number is the reference",
        ),
    ),
    Reply(
        key="ps-fr-accents",
        intent="payment_sent",
        lang="fr",
        name="Kevin Lemoine",
        addr="lemoine.couverture@monfai.example",
        when="2027-05-31 07:05 +0200",
        client="samsung",
        amount="2460.00",
        text="bonjour c est regle depuis vendredi, virement de 2460 euros sur le compte qui est sur la facture. merci de verifier avant de me relancer svp",
        facts=Facts(
            paid="2027-05-28",
            amount="2460.00",
            currency="EUR",
            note="no accents, irritated; 'vendredi' is the Friday before Mon 31 May",
        ),
    ),
    Reply(
        key="ps-es-justificante",
        intent="payment_sent",
        lang="es",
        name="Lucía Ferrer",
        addr="administracion@albarracinhnos.example",
        when="2027-05-14 13:40 +0200",
        client="outlook_html",
        inv="SSC/27/0409",
        amount="6231.40",
        attach="Justificante_transferencia_SSC-27-0409.pdf",
        text=cleandoc("""
            Buenas tardes:

            Les adjunto el justificante de la transferencia que hemos realizado hoy por importe de 6.231,40 €, correspondiente a la factura SSC/27/0409 (alquiler y montaje del andamio de la obra de la calle Pintor Sorolla).

            Disculpen el retraso; hubo un cambio de banco en la empresa y se nos quedaron varias facturas retenidas.

            Un saludo,

            Lucía Ferrer
            Administración
            Construcciones Albarracín Hermanos, S.L.

            AVISO LEGAL: Este mensaje y sus archivos adjuntos se dirigen exclusivamente a su destinatario y pueden contener información confidencial. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine sin reenviarlo ni copiarlo.
        """),
        facts=Facts(
            paid="2027-05-14",
            amount="6231.40",
            currency="EUR",
            refs=("SSC/27/0409",),
            note="transfer made 'hoy' (the message date), proof attached as a PDF",
        ),
    ),
    Reply(
        key="ps-es-remesa",
        intent="payment_sent",
        lang="es",
        name="Ramón Casals",
        addr="rcasals@reformascasals.example",
        when="2027-05-17 09:12 +0200",
        client="inline",
        charset="iso-8859-1",
        cte="8bit",
        text="",
        answers=(
            (
                3,
                "Esto ya está pagado: salió el día 14 con la remesa de proveedores. Si no lo veis, decídmelo y pido el justificante al banco.\n\nRamón",
            ),
        ),
        facts=Facts(
            paid="2027-05-14",
            note="inline answer under the reminder's 'if you have already paid' paragraph; 'el día 14' is 14 May, the Friday before the message",
        ),
    ),
    Reply(
        key="ps-nl-corporatie",
        intent="payment_sent",
        lang="nl",
        name="Woonstichting De Linde – Crediteurenadministratie",
        addr="crediteuren@woonstichtingdelinde.example",
        when="2027-05-24 10:18 +0200",
        client="owa",
        inv="SSC/27/0388",
        amount="2904.00",
        text=cleandoc("""
            Goedemorgen,

            Factuur SSC/27/0388 is op donderdag 20 mei 2027 door ons voldaan. Het bedrag van € 2.904,00 is overgemaakt onder betalingskenmerk 4020 1187 5533 0091.

            Mocht de betaling nog niet zichtbaar zijn, dan hoor ik het graag.

            Met vriendelijke groet,

            Marloes Verbeek
            Crediteurenadministratie
            Woonstichting De Linde

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht per vergissing ontvangen, stel de afzender dan op de hoogte en verwijder het bericht.
        """),
        facts=Facts(
            paid="2027-05-20",
            ref="4020 1187 5533 0091",
            amount="2904.00",
            currency="EUR",
            refs=("SSC/27/0388",),
        ),
    ),
    Reply(
        key="ps-nl-vanmiddag",
        intent="payment_sent",
        lang="nl",
        rlang="en",
        name="Sander Bosman",
        addr="sander@bosmandakwerken.example",
        when="2027-06-02 16:33 +0200",
        client="gmail",
        text=cleandoc("""
            Hoi,

            is vanmiddag overgemaakt, excuus voor de vertraging. We hadden een nieuwe boekhoudster en die was nog niet helemaal ingewerkt.

            Gr Sander
        """),
        facts=Facts(
            paid="2027-06-02",
            note="Dutch reply to an English reminder; 'vanmiddag' is the message date",
        ),
    ),
    Reply(
        key="ps-it-condominio",
        intent="payment_sent",
        lang="it",
        name="Studio Amministrazioni Ferraris",
        addr="studio@amministrazioniferraris.example",
        when="2027-05-27 17:20 +0200",
        client="outlook",
        charset="windows-1252",
        inv="SSC/27/0416",
        amount="3172.00",
        job="Ponteggio facciata Condominio Via Monginevro 42 – montaggio e noleggio",
        text=cleandoc("""
            Buongiorno,

            in riferimento al vostro sollecito, comunico che in data odierna ho disposto il bonifico di € 3.172,00 a saldo della fattura SSC/27/0416 relativa al ponteggio del Condominio Via Monginevro 42 (CRO 27147290511).

            Cordiali saluti

            Dott. Paolo Ferraris
            Studio Amministrazioni Ferraris
            Amministratore del Condominio Via Monginevro 42 – Torino
        """),
        facts=Facts(
            paid="2027-05-27",
            ref="27147290511",
            amount="3172.00",
            currency="EUR",
            refs=("SSC/27/0416",),
            note="'ho disposto il bonifico' in data odierna: the transfer has been instructed, a payment sent on the message date",
        ),
    ),
]

PROMISE_TO_PAY: Final[list[Reply]] = [
    Reply(
        key="pp-en-run",
        intent="promise_to_pay",
        lang="en",
        name="Priya Raman",
        addr="priya.raman@thornbury-build.example",
        when="2027-05-25 14:06 +0100",
        client="outlook_html",
        inv="SSC/27/0428",
        text=cleandoc("""
            Hi,

            Thanks for the nudge. I've checked the valuation against our subcontract order and SSC/27/0428 has been approved and released to accounts. It's been loaded into Friday's Sage payment run, so you should see it on your account early next week.

            Regards,
            Priya

            Priya Raman MRICS
            Senior Quantity Surveyor
            Thornbury Build Ltd

            Thornbury Build Ltd. Registered in England and Wales No. 09817264. Registered office: 3 Wharf Street, Kettering NN16 0AA. This message is confidential and may be privileged; if you are not the intended recipient please delete it and tell the sender.
        """),
        facts=Facts(
            promised="2027-05-28",
            refs=("SSC/27/0428",),
            note="past-tense words ('approved', 'released', 'loaded') announce a future payment: Friday's run is Fri 28 May; 'early next week' is when it arrives, not when it is paid",
        ),
    ),
    Reply(
        key="pp-en-board",
        intent="promise_to_pay",
        lang="en",
        name="Accounts Payable – Harrowgate Developments",
        addr="ap.shared@harrowgate-dev.example",
        when="2027-05-27 21:40 -0400",
        client="outlook",
        inv="SSC/27/0441",
        amount="18960.00",
        job="Scaffold package, Block C – erect, 12 wks hire, alarms",
        text=cleandoc("""
            Hello,

            Your invoice SSC/27/0441 for £18,960.00 has been approved. Any payment over £10,000 needs sign-off at the board meeting, which is tomorrow morning, and the payment will be released straight after the board meeting.

            Apologies for the delay – the invoice was stuck in our approval workflow while the project director was on leave.

            Best regards,
            Tanya Moreno
            AP Specialist | Charlotte Shared Services
            Harrowgate Developments Group
        """),
        facts=Facts(
            promised="2027-05-28",
            amount="18960.00",
            currency="GBP",
            refs=("SSC/27/0441",),
            note="written at 21:40 on Thu 27 May in the sender's zone (-0400), already 28 May in UTC: 'tomorrow' is Fri 28 May, the day of the board meeting after which the payment is released",
        ),
    ),
    Reply(
        key="pp-en-oooheader",
        intent="promise_to_pay",
        lang="en",
        name="Dean Whitlock",
        addr="dean@whitlockbuilders.example",
        when="2027-05-20 19:25 +0100",
        client="iphone",
        subject="Out of office till Monday",
        text="Hi, on holiday down in Cornwall with the family, back Monday. I'll pay your invoice Monday night when I'm home and at the laptop, can't do it on the phone. Dean",
        facts=Facts(
            promised="2027-05-24",
            note="a person typed this (it quotes the reminder, no Auto-Submitted); the 'Out of office' subject is his own; the promise is for Monday 24 May",
        ),
    ),
    Reply(
        key="pp-de-kw21",
        intent="promise_to_pay",
        lang="de",
        name="Sabine Krüger",
        addr="s.krueger@wendt-bau.example",
        when="2027-05-12 10:44 +0200",
        client="outlook",
        charset="iso-8859-1",
        inv="SSC/27/0419",
        text=cleandoc("""
            Guten Tag,

            die Rechnung SSC/27/0419 liegt uns vor und ist von der Bauleitung freigegeben. Sie wird mit unserem Zahllauf in KW 21 angewiesen.

            Mit freundlichen Grüßen
            i. A. Sabine Krüger
            Buchhaltung

            Bauunternehmung Wendt GmbH & Co. KG
            Industriestraße 17 · 49074 Osnabrück
            Sitz der Gesellschaft: Osnabrück · Registergericht Osnabrück HRA 20417
        """),
        facts=Facts(
            promised="2027-05-24",
            refs=("SSC/27/0419",),
            note="'KW 21' is the ISO week 24–30 May; like 'next week' it resolves to its Monday, 24 May",
        ),
    ),
    Reply(
        key="pp-de-pfingsten",
        intent="promise_to_pay",
        lang="de",
        name="Hartmut Lindqvist",
        addr="kirchmeister@st-petri-luebbecke.example",
        when="2027-05-12 20:15 +0200",
        client="thunderbird",
        job="Turmgerüst St. Petri – Aufbau, Standzeit 5 Wochen, Abbau",
        text=cleandoc("""
            Sehr geehrte Damen und Herren,

            bitte entschuldigen Sie die Verzögerung. Rechnungen über 5.000 Euro müssen bei uns vom Presbyterium gegengezeichnet werden, und die nächste Sitzung ist erst am Samstag. Ich überweise den Betrag dann am Dienstag nach Pfingsten.

            Mit freundlichen Grüßen
            Hartmut Lindqvist
            Kirchmeister der Ev. Kirchengemeinde St. Petri
        """),
        facts=Facts(
            promised="2027-05-18",
            note="Pentecost 2027 is Sun 16 May: 'Dienstag nach Pfingsten' is Tue 18 May; church treasurer",
        ),
    ),
    Reply(
        key="pp-fr-debutjuin",
        intent="promise_to_pay",
        lang="fr",
        name="Gilles Morvan",
        addr="gilles@couverture-morvan.example",
        when="2027-05-19 12:02 +0200",
        client="gmail",
        text=cleandoc("""
            Bonjour,

            On attendait le règlement d'un client pour le chantier de Lisieux, il doit arriver en fin de semaine. Je vous règle la totalité début juin, sans faute.

            Cordialement,
            Gilles Morvan
            Couverture Morvan & Fils
        """),
        facts=Facts(
            note="'début juin' cannot be pinned to a day, so no date; one payment of the whole amount, so not a plan",
        ),
    ),
    Reply(
        key="pp-fr-programme",
        intent="promise_to_pay",
        lang="fr",
        name="Aurélie Vasseur",
        addr="a.vasseur@terrasses-du-lac.example",
        when="2027-05-31 09:37 +0200",
        client="outlook_html",
        charset="windows-1252",
        inv="SSC/27/0447",
        text=cleandoc("""
            Bonjour,

            J’ai programmé le virement de la facture SSC/27/0447 pour vendredi ; vous devriez le recevoir en début de semaine prochaine.

            Bien cordialement,

            Aurélie Vasseur
            Responsable administrative et financière
            SCI Les Terrasses du Lac
        """),
        facts=Facts(
            promised="2027-06-04",
            refs=("SSC/27/0447",),
            note="'j'ai programmé' is past tense but the transfer itself is set for Friday 4 June",
        ),
    ),
    Reply(
        key="pp-es-certificacion",
        intent="promise_to_pay",
        lang="es",
        name="Manuel Rincón",
        addr="manuel@reformasgiralda.example",
        when="2027-05-20 18:10 +0200",
        client="apple",
        text=cleandoc("""
            Hola,

            En cuanto la promotora nos pague la certificación de abril os hago la transferencia, y como muy tarde antes de fin de mes. No os preocupéis, que no nos olvidamos.

            Saludos,
            Manuel Rincón
            Obras y Reformas Giralda
        """),
        facts=Facts(
            promised="2027-05-31",
            note="conditional, but with a latest date: 'antes de fin de mes' is 31 May",
        ),
    ),
    Reply(
        key="pp-nl-donderdag",
        intent="promise_to_pay",
        lang="nl",
        name="Erik van Dijk",
        addr="erik@vandijkenzn.example",
        when="2027-05-21 15:48 +0200",
        client="outlook",
        text=cleandoc("""
            Goedemiddag,

            Excuses, deze is tussen wal en schip geraakt. Ik heb hem nu klaargezet, hij gaat volgende week donderdag mee met de betalingen.

            Met vriendelijke groet,
            Erik van Dijk
            Aannemersbedrijf Van Dijk & Zn.
        """),
        facts=Facts(
            promised="2027-05-27",
            note="'volgende week donderdag' from Fri 21 May is Thu 27 May; 'klaargezet' (past) prepares a future payment",
        ),
    ),
    Reply(
        key="pp-nl-borg",
        intent="promise_to_pay",
        lang="nl",
        name="Femke de Groot",
        addr="femke.degroot@ziggo-thuis.example",
        when="2027-06-03 22:14 +0200",
        client="gmail_plain",
        text=cleandoc("""
            Beste,

            Ik heb uw herinnering gezien. Ik betaal de factuur zodra ik de borg van ons oude huurhuis terugkrijg; de verhuurder heeft toegezegd dat hij die binnenkort overmaakt. Ik laat het u weten.

            Femke de Groot
        """),
        facts=Facts(
            note="payment promised once a deposit is refunded: a conditional promise with no date"
        ),
    ),
    Reply(
        key="pp-it-settimane",
        intent="promise_to_pay",
        lang="it",
        name="Gianluca Rossi",
        addr="gianluca@edilcasarossi.example",
        when="2027-05-13 08:02 +0200",
        client="outlook_android",
        text="Buongiorno,\nsi lo so, siamo in ritardo. Tra una o due settimane vi faccio il bonifico di tutto, appena mi paga il committente di Rivoli.\nGianluca",
        facts=Facts(
            note="'tra una o due settimane' is too vague for a date; one payment of the whole amount; 'si' for 'sì' as typed on a phone",
        ),
    ),
    Reply(
        key="pp-it-festa",
        intent="promise_to_pay",
        lang="it",
        name="Lucia Benedetti",
        addr="segreteria@parrocchiasanmichele-lodi.example",
        when="2027-05-28 11:30 +0200",
        client="gmail",
        job="Ponteggio campanile – montaggio, noleggio 4 settimane, smontaggio",
        text=cleandoc("""
            Buongiorno,

            mi scuso per il ritardo: il parroco ha firmato ieri l'ordine di pagamento per il ponteggio del campanile. Mercoledì è festa e la banca è chiusa, quindi il bonifico partirà giovedì.

            Cordiali saluti
            Lucia Benedetti
            Segreteria parrocchiale – Parrocchia San Michele Arcangelo
        """),
        facts=Facts(
            promised="2027-06-03",
            note="2 June (Wednesday) is the Festa della Repubblica; 'giovedì' is Thu 3 June; 'ha firmato ieri' is past but the transfer is future",
        ),
    ),
]

DISPUTE: Final[list[Reply]] = [
    Reply(
        key="d-en-notpaid",
        intent="dispute",
        lang="en",
        name="Lee Carver",
        addr="lee@carverdevelopments.example",
        when="2027-05-11 12:19 +0100",
        client="outlook_ios",
        job="Plot 7 Fernhill – erect, hire and dismantle",
        text=cleandoc("""
            We have NOT paid this and we won't be. Your invoice charges for dismantling the scaffold at Plot 7 Fernhill but it's still standing - nobody from your side has been near the site since April. Strike it and then send us a correct invoice.

            Lee Carver
            Contracts Manager, Carver Developments
        """),
        facts=Facts(
            note="negated payment ('NOT paid') with the reason: a dismantle that was billed but not done"
        ),
    ),
    Reply(
        key="d-en-offhire",
        intent="dispute",
        lang="en",
        name="Hannah Okafor",
        addr="h.okafor@brightwell-construction.example",
        when="2027-05-13 10:02 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="SSC/27/0445",
        job="Scaffold hire – weekly extension, wks 15–17, 22 Harbour Street",
        text=cleandoc("""
            Good morning,

            I’m afraid we won’t be paying SSC/27/0445 as it stands. We called the scaffold off-hire at 22 Harbour Street on 9 April (your off-hire ref OH-2231, confirmed by your yard the same day), but the invoice charges weekly hire for weeks 15 to 17. The scaffold was struck on 16 April.

            Please issue a credit note for the three weeks and I’ll get the balance approved.

            Kind regards,

            Hannah Okafor
            Contracts Manager
            Brightwell Construction Ltd

            This e-mail and any files transmitted with it are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Brightwell Construction Ltd accepts no liability for loss caused by viruses.
        """),
        facts=Facts(
            refs=("SSC/27/0445",),
            note="weekly hire billed after the off-hire date; the credit note asked for is part of the dispute",
        ),
    ),
    Reply(
        key="d-en-duplicate",
        intent="dispute",
        lang="en",
        name="Jo Pennington",
        addr="accounts@kestrelroofing.example",
        when="2027-05-17 09:30 +0100",
        client="inline",
        inv="SSC/27/0457",
        job="Chimney scaffold, 3 Bell Lane – erect, 4 wks hire, strike",
        text="Morning, answers below.",
        answers=(
            (
                2,
                "This is the same job as 0452 (the chimney scaffold at Bell Lane, same four weeks) invoiced twice, so we're not paying it. Please cancel it.",
            ),
            (3, "0452 was paid last Tuesday by BACS.\n\nThanks\nJo\nKestrel Roofing"),
        ),
        facts=Facts(
            refs=("SSC/27/0452",),
            note="inline answers; the payment is of the other invoice and the reminded one (0457, only in the quote) is called a duplicate, so dispute wins; '0452' is a short form",
        ),
    ),
    Reply(
        key="d-de-preis",
        intent="dispute",
        lang="de",
        name="Thomas Reuter",
        addr="t.reuter@meyer-bau.example",
        when="2027-05-19 16:45 +0200",
        client="outlook_html",
        cte="base64",
        inv="SSC/27/0426",
        job="Fassadengerüst 1.240 m², Standzeit 4 Wochen",
        text=cleandoc("""
            Sehr geehrte Damen und Herren,

            in Ihrer Rechnung SSC/27/0426 sind für die Standzeit 8,20 €/m² pro Woche angesetzt. Laut unserem Auftrag vom 02.02.2027 (Pos. 3) sind 6,80 €/m² vereinbart. Bei 1.240 m² über vier Wochen ergibt sich eine Differenz von 6.944,00 €.

            Wir werden die Rechnung erst begleichen, wenn uns eine korrigierte Fassung vorliegt.

            Mit freundlichen Grüßen
            Thomas Reuter
            Bauleitung
            Meyer Bau GmbH
        """),
        facts=Facts(
            refs=("SSC/27/0426",),
            note="weekly rate above the agreed order price; 'won't pay until corrected' makes it a dispute, not an invoice request",
        ),
    ),
    Reply(
        key="d-de-schaden",
        intent="dispute",
        lang="de",
        name="Heike Sommer",
        addr="heike.sommer.hh@gmail.com",
        when="2027-05-25 20:03 +0200",
        client="apple",
        text=cleandoc("""
            Guten Abend,

            bevor ich irgendetwas bezahle: Ihre Leute haben beim Abbau des Gerüsts letzte Woche die Dachrinne an der Nordseite eingedrückt und zwei Fensterbänke zerkratzt. Fotos habe ich gemacht. Ich habe es Ihrem Monteur am Donnerstag auch gesagt, passiert ist nichts.

            Ich behalte den Rechnungsbetrag ein, bis der Schaden geregelt ist. Bitte melden Sie sich.

            Heike Sommer
        """),
        facts=Facts(note="damage during dismantling; payment withheld until it is settled"),
    ),
    Reply(
        key="d-fr-bache",
        intent="dispute",
        lang="fr",
        name="Yann Le Gall",
        addr="yann.legall@couvertures-du-leon.example",
        when="2027-05-18 08:12 +0200",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        job="Échafaudage + toiture provisoire, chantier de Landivisiau",
        text=cleandoc("""
            Bonjour,

            Votre facture comprend la pose d'une toiture provisoire sur le chantier de Landivisiau. Elle n'a jamais été posée : votre équipe est venue monter l'échafaudage, mais pour la couverture ils nous ont dit que le matériel n'était pas disponible, et on a dû bâcher nous-mêmes pendant les pluies.

            Merci de retirer cette ligne (1 980,00 EUR HT) et de nous renvoyer une facture corrigée. Le reste sera réglé à réception.

            Yann Le Gall
            Couvertures du Léon
        """),
        facts=Facts(
            note="service billed but never done; paying the rest depends on a corrected invoice; the disputed line's amount is not labelled",
        ),
    ),
    Reply(
        key="d-fr-avoir",
        intent="dispute",
        lang="fr",
        name="Sandrine Ollivier",
        addr="compta.fournisseurs@habitat-provence.example",
        when="2027-06-01 14:22 +0200",
        client="owa",
        text=cleandoc("""
            Bonjour,

            Cette facture a déjà fait l'objet d'un avoir de votre part (avoir n° AV-27-031 du 12 avril, 840,00 € TTC) à la suite de l'erreur sur le nombre de semaines de location. Or votre relance porte toujours sur le montant initial.

            Merci de nous adresser un relevé à jour tenant compte de cet avoir ; nous réglerons alors le solde.

            Cordialement,
            Sandrine Ollivier
            Comptabilité fournisseurs
            Habitat Provence Méditerranée
        """),
        facts=Facts(
            note="already credited: the reminder claims the original amount; the statement request is secondary to contesting the amount",
        ),
    ),
    Reply(
        key="d-es-noesnuestra",
        intent="dispute",
        lang="es",
        name="Javier Montesinos",
        addr="jmontesinos@promocioneslevantesur.example",
        when="2027-05-10 17:55 +0200",
        client="gmail",
        job="Andamio fachada calle Mayor 31 – montaje y alquiler",
        text=cleandoc("""
            Buenas tardes:

            Esa obra no es nuestra. El andamio de la calle Mayor 31 lo contrató la constructora que lleva la rehabilitación, Edificaciones Turia, no Promociones Levante Sur. Nosotros no hemos firmado ningún pedido con ustedes y no vamos a pagar esta factura.

            Saludos,
            Javier Montesinos
        """),
        facts=Facts(
            note="billed customer denies placing the order (not our PO): dispute; the company named instead comes without an address, and the invoice is addressed to the writer, so not wrong_contact",
        ),
    ),
    Reply(
        key="d-es-modulos",
        intent="dispute",
        lang="es",
        name="Pilar Valdés",
        addr="pvaldes@construccionesvaldes.example",
        when="2027-05-26 12:40 +0200",
        client="outlook",
        charset="iso-8859-1",
        inv="SSC/27/0439",
        text=cleandoc("""
            Buenos días,

            Revisando la factura SSC/27/0439 veo que nos cobran 42 módulos de andamio, pero en el albarán de entrega firmado por nuestro encargado constan 30. Tengo el albarán aquí por si lo necesitan.

            No podemos aprobar la factura hasta que nos envíen una rectificativa con las cantidades correctas.

            Atentamente,
            Pilar Valdés
            Construcciones Valdés e Hijos, S.L.
        """),
        facts=Facts(
            refs=("SSC/27/0439",),
            note="quantity billed differs from the signed delivery note; the corrected invoice is asked for because of the dispute",
        ),
    ),
    Reply(
        key="d-nl-alarm",
        intent="dispute",
        lang="nl",
        name="Jelle Hoekstra",
        addr="jelle@bouwbedrijfhoekstra.example",
        when="2027-05-14 11:11 +0200",
        client="gmail",
        job="Gevelsteiger Kerkstraat + steigeralarm maart",
        text=cleandoc("""
            Hallo,

            Het steigeralarm op de Kerkstraat heeft vanaf dag één niet gewerkt. We hebben jullie twee keer gebeld (18 en 25 maart) en er is niemand geweest. Toch staat de bewaking voor de hele maand op de factuur.

            Het steigerdeel betalen we gewoon, maar die € 420 voor het alarm niet. Graag een creditnota.

            Groet,
            Jelle Hoekstra
        """),
        facts=Facts(
            note="alarm never worked; paying the undisputed part is offered without a date, the disputed part drives the action",
        ),
    ),
    Reply(
        key="d-it-settimane",
        intent="dispute",
        lang="it",
        name="Geom. Marco Bertolini",
        addr="m.bertolini@bertoliniedile.example",
        when="2027-05-20 09:15 +0200",
        client="outlook_html",
        charset="windows-1252",
        inv="SSC/27/0431",
        text=cleandoc("""
            Buongiorno,

            nella fattura SSC/27/0431 il noleggio del ponteggio di via Garibaldi è conteggiato per 8 settimane, ma il ponteggio è stato smontato dopo 5 settimane, come risulta dal verbale di smontaggio firmato dal vostro caposquadra il 9 aprile.

            Vi chiediamo di emettere una nota di credito per le 3 settimane in eccesso. Fino ad allora la fattura resta sospesa.

            Distinti saluti
            Geom. Marco Bertolini
            Impresa Edile Bertolini S.r.l.
        """),
        facts=Facts(refs=("SSC/27/0431",), note="hire weeks billed after the scaffold was struck"),
    ),
    Reply(
        key="d-it-doppia",
        intent="dispute",
        lang="it",
        name="Carla Fontana",
        addr="amministrazione@fontanacoperture.example",
        when="2027-06-03 18:48 +0200",
        client="iphone",
        inv="SSC/27/0460",
        text="Buonasera, questa fattura è doppia!! La 0460 è uguale identica alla 0455 che abbiamo gia pagato il 20 maggio. Controllate per favore prima di mandare solleciti.\nCarla Fontana",
        facts=Facts(
            refs=("SSC/27/0455", "SSC/27/0460"),
            note="duplicate of an invoice already paid: the payment is of the other invoice, so dispute; irritated, 'gia' without its accent",
        ),
    ),
]

PAYMENT_PLAN: Final[list[Reply]] = [
    Reply(
        key="pl-en-monthly",
        intent="payment_plan",
        lang="en",
        name="Craig Dobson",
        addr="craigdobsonroofing@gmail.com",
        when="2027-05-12 19:40 +0100",
        client="samsung",
        text="Hi, I know this is well overdue and I'm not ignoring you. The developer on the Chapel Fields job went bust owing me nearly 30 grand and I'm struggling to keep my lads paid. Is there any way I could pay you £500 a month until it's cleared? I'll set up a standing order for the 1st of every month if you agree. Craig",
        facts=Facts(
            note="hardship and monthly instalments; plan dates and amounts are not labelled"
        ),
    ),
    Reply(
        key="pl-en-churchwarden",
        intent="payment_plan",
        lang="en",
        name="Margaret Ellery",
        addr="churchwarden@stmaryswoolcombe.example",
        when="2027-05-21 10:05 +0100",
        client="thunderbird",
        job="Tower scaffold, St Mary's – erect, 8 wks hire, dismantle",
        text=cleandoc("""
            Dear Sir or Madam,

            I write as churchwarden of St Mary's regarding the scaffolding around the tower. The PCC is very grateful for the work, which allowed the masons to finish before the bells are rehung. Unfortunately our roof appeal has raised rather less than we hoped, and the diocesan grant will not be paid until the autumn.

            The PCC met on Tuesday and asked me to enquire whether you would accept the balance in three instalments, in June, July and August. We would of course set these up as standing orders.

            With thanks and best wishes,
            Margaret Ellery
            Churchwarden, St Mary's Woolcombe
        """),
        facts=Facts(
            note="three instalments asked for; the meeting on Tuesday is past and sets no payment date"
        ),
    ),
    Reply(
        key="pl-en-settlement",
        intent="payment_plan",
        lang="en",
        name="Ravi Chandran",
        addr="ravi@chandranproperty.example",
        when="2027-06-02 08:55 +0100",
        client="outlook",
        amount="5320.00",
        text=cleandoc("""
            Hi,

            Re the above: cash flow on the Millbrook scheme is very tight until the bank releases the next drawdown. I can offer £4,000 by return in full and final settlement of the £5,320 balance. If that's acceptable, confirm by email and I'll send it today.

            Ravi Chandran
            Director, Chandran Property Ltd
        """),
        facts=Facts(
            note="reduced amount offered in full and final settlement: payment_plan; nothing is contested, and 'I'll send it today' depends on acceptance",
        ),
    ),
    Reply(
        key="pl-de-raten",
        intent="payment_plan",
        lang="de",
        name="Uwe Bergmann",
        addr="u.bergmann@dachdeckerei-bergmann.example",
        when="2027-05-18 07:20 +0200",
        client="outlook_android",
        text=cleandoc("""
            Moin,

            ich weiß, dass die Rechnung überfällig ist. Wir hatten im Frühjahr zwei Zahlungsausfälle bei Bauträgern und sind gerade knapp bei Kasse. Wäre es möglich, den Betrag in drei Monatsraten zu zahlen, jeweils zum 15.? Die erste Rate könnte ich im Juni überweisen.

            Gruß
            Uwe Bergmann
            Dachdeckerei Bergmann
        """),
        facts=Facts(
            note="three monthly instalments asked for; the first-instalment month is part of the plan, not a promise"
        ),
    ),
    Reply(
        key="pl-de-stundung",
        intent="payment_plan",
        lang="de",
        name="Dr. Katrin Ahlers",
        addr="k.ahlers@hanse-quartier.example",
        when="2027-06-01 15:30 +0200",
        client="outlook_html_only",
        text=cleandoc("""
            Sehr geehrte Damen und Herren,

            unser Generalunternehmer hat Ende April Insolvenz angemeldet, und wir ordnen derzeit sämtliche Zahlungen neu. Wir bitten Sie daher um Stundung der offenen Rechnung bis Ende Juli. Sicherheiten können wir Ihnen gern anbieten; sprechen Sie mich bei Bedarf direkt an.

            Mit freundlichen Grüßen
            Dr. Katrin Ahlers
            Geschäftsführerin
            Projektentwicklung Hanse Quartier GmbH
        """),
        facts=Facts(
            note="deferral asked for ('Stundung bis Ende Juli'): more time is a payment_plan, and plan dates are not labelled; HTML-only message",
        ),
    ),
    Reply(
        key="pl-fr-mensualites",
        intent="payment_plan",
        lang="fr",
        name="Colette Barbier",
        addr="colette.barbier@monfai.example",
        when="2027-05-27 13:14 +0200",
        client="iphone",
        text=cleandoc("""
            Bonjour,

            Je suis retraitée et les travaux de toiture m'ont coûté bien plus que prévu. Serait-il possible de vous régler l'échafaudage en quatre mensualités ? Je peux commencer dès le 5 juin.

            Avec mes remerciements,
            Colette Barbier
        """),
        facts=Facts(
            note="four monthly instalments; the start date belongs to the plan and is not labelled"
        ),
    ),
    Reply(
        key="pl-es-dospagos",
        intent="payment_plan",
        lang="es",
        name="Sergio Olmedo",
        addr="sergio@reformasolmedo.example",
        when="2027-05-11 10:27 +0200",
        client="gmail",
        text=cleandoc("""
            Buenos días,

            ¿Sería posible fraccionar la factura en dos pagos, uno a finales de mayo y otro a finales de junio? Este trimestre vamos muy justos de tesorería.

            Gracias y un saludo,
            Sergio Olmedo
            Reformas Hermanos Olmedo
        """),
        facts=Facts(note="split into two payments asked for"),
    ),
    Reply(
        key="pl-es-derrama",
        intent="payment_plan",
        lang="es",
        name="Encarna Gil",
        addr="encarna@fincasgilsoler.example",
        when="2027-05-24 12:05 +0200",
        client="outlook_html",
        amount="3240.00",
        job="Andamio fachada Avda. del Puerto 118 – montaje, alquiler y desmontaje",
        text=cleandoc("""
            Buenos días:

            Les comunico que hoy mismo hemos transferido 1.500,00 € a cuenta de la factura del andamio de la fachada. El resto, 1.740,00 €, lo abonaremos a finales de junio, cuando se cobre la derrama aprobada en la última junta.

            Espero que les parezca bien.

            Un cordial saludo,
            Encarna Gil
            Administración de Fincas Gil & Soler
            (en nombre de la Comunidad de Propietarios Avda. del Puerto 118)
        """),
        facts=Facts(
            note="part paid today and the rest at the end of June: payment_plan, not payment_sent; plan amounts and dates are not labelled",
        ),
    ),
    Reply(
        key="pl-nl-regeling",
        intent="payment_plan",
        lang="nl",
        name="Dennis Kuipers",
        addr="d.kuipers@kpnmail.example",
        when="2027-05-19 21:36 +0200",
        client="apple",
        text=cleandoc("""
            Goedenavond,

            Ik ben sinds maart werkloos en kan de factuur niet in één keer betalen. Zou ik een betalingsregeling kunnen treffen van € 150 per maand? Ik wil het echt netjes afbetalen.

            Met vriendelijke groet,
            Dennis Kuipers
        """),
        facts=Facts(note="hardship and monthly instalments"),
    ),
    Reply(
        key="pl-nl-finaal",
        intent="payment_plan",
        lang="nl",
        name="Rob Mulder",
        addr="rob@klusbedrijfmulder.example",
        when="2027-05-28 08:40 +0200",
        client="gmail_plain",
        amount="1980.00",
        text=cleandoc("""
            Goedemorgen,

            Ik kan nu direct € 1.500 overmaken als jullie dat als volledige afwikkeling van de factuur van € 1.980 willen accepteren. Het werk liep bij ons flink uit door de opdrachtgever en dat hebben we zelf moeten opvangen. Laat maar weten.

            Rob Mulder
            Klusbedrijf Mulder
        """),
        facts=Facts(
            note="reduced amount offered as full settlement; nothing contested, nothing sent yet"
        ),
    ),
    Reply(
        key="pl-it-rate",
        intent="payment_plan",
        lang="it",
        name="Antonio Greco",
        addr="a.greco@costruzionigreco.example",
        when="2027-05-17 11:48 +0200",
        client="gmail",
        text=cleandoc("""
            Buongiorno,

            vi scrivo per chiedervi se è possibile rateizzare l'importo in tre rate mensili a partire da giugno. È un periodo difficile: due committenti ci devono ancora i SAL di marzo.

            Resto in attesa di un vostro riscontro.

            Antonio Greco
            Costruzioni Greco
        """),
        facts=Facts(note="three monthly instalments asked for, with hardship"),
    ),
    Reply(
        key="pl-it-proroga",
        intent="payment_plan",
        lang="it",
        name="Federica Casadei",
        addr="amministrazione@nuovaediliziaromagnola.example",
        when="2027-06-04 10:10 +0200",
        client="outlook",
        charset="iso-8859-1",
        text=cleandoc("""
            Buongiorno,

            ci servirebbe ancora un po' di tempo per saldare la fattura: il committente non ci ha ancora liquidato il SAL del cantiere di Cesenatico e senza quello non riusciamo a coprire tutti i fornitori. Potete concederci una proroga di 30 giorni?

            Grazie per la comprensione,
            Federica Casadei
            Ufficio amministrativo
            Nuova Edilizia Romagnola S.r.l.
        """),
        facts=Facts(note="asks for 30 more days: more time is a payment_plan"),
    ),
]

INVOICE_REQUEST: Final[list[Reply]] = [
    Reply(
        key="ir-en-po",
        intent="invoice_request",
        lang="en",
        name="Sophie Grant",
        addr="accounts.payable@westmere.gov.example",
        when="2027-05-14 11:52 +0100",
        client="outlook_html",
        inv="SSC/27/0398",
        job="Scaffold hire – Marsh Lane depot, wks 9–12",
        text=cleandoc("""
            Good morning,

            We have been unable to process SSC/27/0398 because it does not quote a valid purchase order number. All council invoices must show the PO number, otherwise they are rejected by our system automatically.

            The PO for the scaffolding at Marsh Lane depot is 4500218833. Please reissue the invoice quoting it and send it to this mailbox; it will then go into the next payment run.

            Kind regards,
            Sophie Grant
            Payments Officer, Finance & Procurement
            Westmere District Council

            This email may contain confidential or legally privileged information and is intended only for the addressee. Any views expressed are those of the sender and not necessarily those of Westmere District Council. Emails to and from the council may be monitored and may be disclosed under the Freedom of Information Act 2000.
        """),
        facts=Facts(
            refs=("SSC/27/0398",),
            note="reissue with a PO number, amount not contested; 'the next payment run' is conditional and undated",
        ),
    ),
    Reply(
        key="ir-en-neverhad",
        intent="invoice_request",
        lang="en",
        name="Tom Hallett",
        addr="tom@hallettjoinery.example",
        when="2027-05-26 07:48 +0100",
        client="gmail_plain",
        text="Never had this invoice. Send me a copy and I'll get it sorted.\n\nTom",
        facts=Facts(
            note="never received, send a copy, nothing contested: invoice_request; 'I'll get it sorted' depends on the copy and has no date",
        ),
    ),
    Reply(
        key="ir-en-cis",
        intent="invoice_request",
        lang="en",
        name="Paula Reeves",
        addr="payables@stonegateconstruction.example",
        when="2027-05-20 14:30 +0100",
        client="outlook",
        text=cleandoc("""
            Hello,

            Before we can release payment we need to verify you for CIS. Please send your UTR and the company registration number for Saltmarsh Scaffolding Ltd. The subcontractor form is normally completed at onboarding, but we don't seem to have one on file for you.

            Once you're verified the invoice will be paid in the next run.

            Regards,
            Paula Reeves
            Purchase Ledger
            Stonegate Construction Ltd
        """),
        facts=Facts(
            note="a tax verification (CIS: UTR and company number) is needed before paying; the payment that follows is undated"
        ),
    ),
    Reply(
        key="ir-de-xrechnung",
        intent="invoice_request",
        lang="de",
        name="Stadt Hohenwarth – Rechnungseingang",
        addr="rechnungseingang@hohenwarth.example",
        when="2027-05-18 10:20 +0200",
        client="outlook",
        inv="SSC/27/0421",
        text=cleandoc("""
            Sehr geehrte Damen und Herren,

            Ihre Rechnung SSC/27/0421 ist bei uns als PDF per E-Mail eingegangen. Als öffentlicher Auftraggeber können wir Rechnungen nur noch elektronisch im Format XRechnung annehmen. Bitte reichen Sie die Rechnung über das Rechnungseingangsportal ein und geben Sie dabei die Leitweg-ID 09187123-00017-53 an.

            Eine Zahlung ist erst nach Eingang der XRechnung möglich.

            Mit freundlichen Grüßen
            Im Auftrag
            Aylin Demir
            Stadt Hohenwarth – Amt für Finanzen
        """),
        facts=Facts(
            refs=("SSC/27/0421",),
            note="the invoice must be resubmitted as an XRechnung with a routing ID; amount not contested",
        ),
    ),
    Reply(
        key="ir-fr-chorus",
        intent="invoice_request",
        lang="fr",
        name="Karine Lebreton",
        addr="comptabilite@cc-valdesee.example",
        when="2027-05-25 16:02 +0200",
        client="outlook_html",
        charset="windows-1252",
        text=cleandoc("""
            Bonjour,

            Nous ne pouvons pas traiter votre facture reçue par courriel. En tant qu’entité publique, nous ne recevons les factures que par le portail Chorus Pro. Merci de la déposer en indiquant notre SIRET 299 000 417 00016, le code service COMPTA et le numéro d’engagement 2027-0316.

            Dès réception sur Chorus Pro, la facture sera mise en paiement.

            Cordialement,
            Karine Lebreton
            Service comptabilité
            Communauté de communes du Val de Sée
        """),
        facts=Facts(
            note="public body: the invoice must be filed through Chorus Pro; nothing contested"
        ),
    ),
    Reply(
        key="ir-fr-rib",
        intent="invoice_request",
        lang="fr",
        name="Delphine Aubert",
        addr="d.aubert@toitures-aubert.example",
        when="2027-06-03 09:44 +0200",
        client="gmail",
        text=cleandoc("""
            Bonjour,

            Pouvez-vous m'envoyer votre RIB ? Il n'apparaît pas sur la facture et notre banque exige un RIB au nom de la société pour enregistrer un nouveau bénéficiaire. Je fais le virement dès que je l'ai.

            Merci,
            Delphine Aubert
            SARL Toitures Aubert
        """),
        facts=Facts(
            note="bank details needed before paying; the transfer depends on them and has no date"
        ),
    ),
    Reply(
        key="ir-es-pedido",
        intent="invoice_request",
        lang="es",
        name="Alberto Sanz",
        addr="cuentasapagar@grupoebro.example",
        when="2027-05-12 13:05 +0200",
        client="owa",
        inv="SSC/27/0414",
        text=cleandoc("""
            Buenos días:

            Para poder contabilizar la factura SSC/27/0414 necesitamos que la vuelvan a emitir indicando nuestro número de pedido (PED-27-01182) y el NIF correcto de la sociedad, B99000417. La que nos enviaron lleva el NIF de la antigua sociedad.

            En cuanto la recibamos corregida, la incluimos en el siguiente pago.

            Un saludo,
            Alberto Sanz
            Departamento de Cuentas a Pagar
            Grupo Constructor Ebro
        """),
        facts=Facts(
            refs=("SSC/27/0414",),
            note="reissue with a PO number and the right tax ID, amount not contested: invoice_request, not dispute",
        ),
    ),
    Reply(
        key="ir-es-deque",
        intent="invoice_request",
        lang="es",
        name="Mari Carmen Ortiz",
        addr="mcortiz@telefonia-hogar.example",
        when="2027-05-21 19:02 +0200",
        client="iphone",
        text="Hola, ¿de qué es esta factura exactamente? No me suena haber contratado nada con ustedes. ¿Me pueden mandar el detalle?",
        facts=Facts(
            note="asks what the charge is and for the detail: the collector answers with the invoice, so invoice_request (could also be read as other)",
        ),
    ),
    Reply(
        key="ir-nl-kopie",
        intent="invoice_request",
        lang="nl",
        name="Ingrid Smit",
        addr="administratie@dakdekkerssmit.example",
        when="2027-05-11 15:10 +0200",
        client="thunderbird",
        charset="iso-8859-1",
        inv="SSC/27/0407",
        text=cleandoc("""
            Goedemiddag,

            Wij hebben factuur SSC/27/0407 nooit ontvangen. Kunt u ons een kopie sturen? Dan nemen we hem mee in de eerstvolgende betaalronde.

            Met vriendelijke groet,
            Ingrid Smit
            Dakdekkersbedrijf Smit
        """),
        facts=Facts(
            refs=("SSC/27/0407",),
            note="never received, copy asked for; the payment round that follows is undated",
        ),
    ),
    Reply(
        key="ir-nl-werkbon",
        intent="invoice_request",
        lang="nl",
        name="Bas de Wit",
        addr="crediteuren@eemstede.example",
        when="2027-06-01 11:45 +0200",
        client="outlook_html",
        cte="base64",
        job="Op- en afbouw gevelsteiger Schoolstraat 4–12",
        text=cleandoc("""
            Goedemorgen,

            Wij kunnen uw factuur niet goedkeuren zonder een door onze opzichter ondertekende werkbon. Volgens ons systeem ontbreekt die bij deze factuur. Wilt u de werkbon van de op- en afbouw aan de Schoolstraat 4–12 nasturen? Vermeld daarbij ook ons opdrachtnummer WO-2027-1184.

            Met vriendelijke groet,
            Bas de Wit
            Team Crediteuren
            Woningcorporatie Eemstede

            Aan deze e-mail kunnen geen rechten worden ontleend. Woningcorporatie Eemstede is niet aansprakelijk voor schade door onvolledige of vertraagde overbrenging van dit bericht.
        """),
        facts=Facts(
            note="a signed work order and an order number are needed before approval; nothing contested"
        ),
    ),
    Reply(
        key="ir-it-sdi",
        intent="invoice_request",
        lang="it",
        name="Silvia Marchetti",
        addr="amministrazione@edilpo.example",
        when="2027-05-19 09:30 +0200",
        client="outlook",
        inv="SSC/27/0424",
        text=cleandoc("""
            Buongiorno,

            non abbiamo ricevuto la fattura SSC/27/0424 tramite il Sistema di Interscambio: quella che ci avete inviato per e-mail è solo una copia di cortesia e non possiamo registrarla. Vi chiediamo di trasmetterla allo SDI con il nostro codice destinatario T9QX2LM.

            Grazie,
            Silvia Marchetti
            Ufficio Amministrazione
            Edil Po S.p.A.
        """),
        facts=Facts(
            refs=("SSC/27/0424",),
            note="the e-invoice must be sent through the national exchange system; nothing contested",
        ),
    ),
    Reply(
        key="ir-it-durc",
        intent="invoice_request",
        lang="it",
        name="Roberta Villa",
        addr="r.villa@immobiliarelagomaggiore.example",
        when="2027-05-31 16:20 +0200",
        client="gmail",
        text=cleandoc("""
            Buonasera,

            prima di procedere con il pagamento ci serve il vostro DURC in corso di validità e una visura camerale aggiornata. Appena li riceviamo disponiamo il bonifico.

            Cordiali saluti
            Roberta Villa
            Immobiliare Lago Maggiore
        """),
        facts=Facts(
            note="compliance documents needed before paying; the transfer depends on them and has no date"
        ),
    ),
]

WRONG_CONTACT: Final[list[Reply]] = [
    Reply(
        key="wc-en-unmonitored",
        intent="wrong_contact",
        lang="en",
        name="Ashdown Homes Accounts",
        addr="accounts@ashdownhomes.example",
        when="2027-05-11 09:03 +0100",
        client="notice",
        subject="Automatic reply: {rsub}",
        headers=AUTO_REPLIED,
        text=cleandoc("""
            This mailbox is no longer monitored.

            Ashdown Homes has moved its purchase ledger to a shared service team. Please send invoices, statements and payment queries to purchase.ledger@ashdown-group.example.

            Messages sent to this address are not read or forwarded.
        """),
        facts=Facts(
            contact="purchase.ledger@ashdown-group.example",
            note="automatic 'no longer monitored' notice naming the new address: wrong_contact, not auto_reply",
        ),
    ),
    Reply(
        key="wc-en-redirect",
        intent="wrong_contact",
        lang="en",
        name="Neil Baxter",
        addr="neil.baxter@oakfieldbuild.example",
        when="2027-05-27 16:58 +0100",
        client="outlook",
        text=cleandoc("""
            Hello,

            Please be advised that Oakfield Build Ltd has migrated its accounts department. Kindly update your records and direct all future invoices, reminders and statements to our new accounts mailbox: oakfieldbuild.accounts@gmail.com. Do not reply to this address as it will be deactivated shortly.

            Kindly confirm once your records have been updated.

            Regards,
            Neil Baxter
            Finance Manager
        """),
        facts=Facts(
            contact="oakfieldbuild.accounts@gmail.com",
            note="phishing-like request to redirect mail to a free-mail address; labelled by what it asks (wrong_contact with the address); a collector should verify by phone before using it",
        ),
    ),
    Reply(
        key="wc-en-sitemanager",
        intent="wrong_contact",
        lang="en",
        name="Steve Kirkby",
        addr="s.kirkby@pellingham-construction.example",
        when="2027-05-13 07:02 +0100",
        client="iphone",
        cc="Dave Pritchard <d.pritchard@pellingham-construction.example>",
        text="Not me mate, I'm the site manager. Invoices go to our QS Dave Pritchard, d.pritchard@pellingham-construction.example. I've copied him in.\n\nSteve",
        facts=Facts(
            contact="d.pritchard@pellingham-construction.example",
            note="site manager points to the QS, who is also in Cc",
        ),
    ),
    Reply(
        key="wc-de-zustaendig",
        intent="wrong_contact",
        lang="de",
        name="Petra Hoffmann",
        addr="p.hoffmann@gerlach-bau.example",
        when="2027-05-20 08:15 +0200",
        client="outlook",
        text=cleandoc("""
            Guten Morgen,

            ich bin seit dem 1. Mai nicht mehr für die Kreditorenbuchhaltung zuständig. Bitte schicken Sie Rechnungen und Mahnungen künftig an buchhaltung@gerlach-bau.example, dort kümmert sich Herr Yilmaz darum.

            Viele Grüße
            Petra Hoffmann
            Gerlach Bau GmbH – Personalabteilung
        """),
        facts=Facts(contact="buchhaltung@gerlach-bau.example"),
    ),
    Reply(
        key="wc-de-architekt",
        intent="wrong_contact",
        lang="de",
        name="Lena Brandt",
        addr="info@neumann-partner-architekten.example",
        when="2027-05-31 11:20 +0200",
        client="outlook_html",
        text=cleandoc("""
            Sehr geehrte Damen und Herren,

            wir sind das planende Architekturbüro und nicht Ihr Auftraggeber. Die Rechnung ist richtigerweise an die Bauherrin, Frau Cordula Weißenfels, adressiert – nur Ihre Erinnerung ist bei uns gelandet. Ihre E-Mail-Adresse haben wir leider nicht; bitte wenden Sie sich direkt an sie.

            Mit freundlichen Grüßen
            Lena Brandt
            Neumann + Partner Architekten
        """),
        facts=Facts(
            note="wrong recipient: the right person is named but without an address, so new_contact stays empty"
        ),
    ),
    Reply(
        key="wc-fr-plusenposte",
        intent="wrong_contact",
        lang="fr",
        name="Julien Perrin",
        addr="j.perrin@batiouest.example",
        when="2027-05-17 10:40 +0200",
        client="gmail",
        text=cleandoc("""
            Bonjour,

            Je ne m'occupe plus de la comptabilité fournisseurs chez Bati Ouest depuis avril. Merci d'écrire désormais à compta.fournisseurs@batiouest.example.

            Bonne journée,
            Julien Perrin
        """),
        facts=Facts(contact="compta.fournisseurs@batiouest.example"),
    ),
    Reply(
        key="wc-fr-syndic",
        intent="wrong_contact",
        lang="fr",
        name="Henri Dufresne",
        addr="h.dufresne@monfai.example",
        when="2027-05-28 18:30 +0200",
        client="thunderbird",
        charset="iso-8859-1",
        job="Échafaudage ravalement façade, 14 rue des Tanneurs",
        text=cleandoc("""
            Bonsoir,

            Je suis président du conseil syndical, pas le syndic. Les factures de la copropriété (ravalement de la façade rue des Tanneurs) sont payées par le syndic, le Cabinet Lemarié. Adressez-vous à Mme Roux : gestion.copro@cabinet-lemarie.example.

            Cordialement,
            Henri Dufresne
        """),
        facts=Facts(
            contact="gestion.copro@cabinet-lemarie.example",
            note="residents' council chair points to the managing agent",
        ),
    ),
    Reply(
        key="wc-es-jefaobra",
        intent="wrong_contact",
        lang="es",
        name="Rocío Prieto",
        addr="rprieto@constructorasierranorte.example",
        when="2027-05-13 17:25 +0200",
        client="iphone",
        text="Hola, yo soy la jefa de obra, las facturas no pasan por mí. Mandadlo a administracion@constructorasierranorte.example, que son los que pagan.\nUn saludo",
        facts=Facts(contact="administracion@constructorasierranorte.example"),
    ),
    Reply(
        key="wc-es-buzon",
        intent="wrong_contact",
        lang="es",
        name="Facturas – Inmobiliaria Alhambra",
        addr="facturas@inmoalhambra.example",
        when="2027-05-25 08:00 +0200",
        client="notice",
        subject="Re: {rsub}",
        headers=(("X-Autoreply", "yes"),),
        text=cleandoc("""
            Este buzón ya no está operativo y los mensajes que recibe no se leen.

            Desde el 1 de mayo de 2027, las facturas y reclamaciones de proveedores deben enviarse a proveedores@grupoalhambra.example.

            Gracias.
        """),
        facts=Facts(
            contact="proveedores@grupoalhambra.example",
            note="automatic 'mailbox no longer in use' notice without Auto-Submitted (only X-Autoreply): wrong_contact with the new address",
        ),
    ),
    Reply(
        key="wc-nl-uitvoerder",
        intent="wrong_contact",
        lang="nl",
        name="Kees Brouwer",
        addr="k.brouwer@bouwgroepzuidwest.example",
        when="2027-05-18 12:50 +0200",
        client="outlook_html",
        cc="Facturen@BouwgroepZuidwest.example",
        text=cleandoc("""
            Hallo,

            Ik ben uitvoerder en heb niets met facturen te maken. Stuur het maar naar Facturen@BouwgroepZuidwest.example, die staan ook in de cc.

            Groet,
            Kees Brouwer
            Uitvoerder – Bouwgroep Zuidwest
        """),
        facts=Facts(
            contact="facturen@bouwgroepzuidwest.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
    ),
    Reply(
        key="wc-nl-koster",
        intent="wrong_contact",
        lang="nl",
        name="Gert Vos",
        addr="koster@pg-ijsselmonde.example",
        when="2027-06-02 09:10 +0200",
        client="gmail",
        text=cleandoc("""
            Goedemorgen,

            Dit adres is van de koster. Over facturen gaat de penningmeester van het college van kerkrentmeesters: penningmeester@pg-ijsselmonde.example. Ik heb uw mail aan hem doorgestuurd.

            Met vriendelijke groet,
            Gert Vos, koster
        """),
        facts=Facts(
            contact="penningmeester@pg-ijsselmonde.example",
            note="church sexton points to the treasurer",
        ),
    ),
    Reply(
        key="wc-it-ufficio",
        intent="wrong_contact",
        lang="it",
        name="Giulia Conti",
        addr="g.conti@costruzionimarelli.example",
        when="2027-05-24 14:35 +0200",
        client="outlook",
        text=cleandoc("""
            Buongiorno,

            dal 3 maggio non lavoro più nell'ufficio acquisti della Costruzioni Marelli, mi sono spostata in cantiere. Per fatture e solleciti scrivete a contabilita@costruzionimarelli.example.

            Saluti,
            Giulia Conti
        """),
        facts=Facts(contact="contabilita@costruzionimarelli.example"),
    ),
]

UNSUBSCRIBE: Final[list[Reply]] = [
    Reply(
        key="un-en-solicitors",
        intent="unsubscribe",
        lang="en",
        name="Graham Tolley",
        addr="graham@tolleyestates.example",
        when="2027-05-19 11:33 +0100",
        client="outlook",
        text=cleandoc("""
            Stop emailing me about this. The matter is with our solicitors, Pell & Hardcastle, and all further correspondence should go through them. I will not be responding to any more automated reminders.

            G. Tolley
        """),
        facts=Facts(note="'talk to our solicitors', no address: unsubscribe"),
    ),
    Reply(
        key="un-en-post",
        intent="unsubscribe",
        lang="en",
        name="Brian Hollis",
        addr="brian.hollis@homemail.example",
        when="2027-05-24 20:20 +0100",
        client="ipad",
        text="Please stop sending these emails. I don't do my banking or business by email and I don't want reminders pinging on my tablet at all hours. Anything about the account, put it in writing and post it to 3 Rectory Close like you did with the original quote. Thank you.",
        facts=Facts(note="post only: unsubscribe"),
    ),
    Reply(
        key="un-en-typo",
        intent="unsubscribe",
        lang="en",
        name="",
        addr="accounts@moorlandroofing.example",
        when="2027-06-01 06:45 +0100",
        client="gmail_plain",
        text="unsubcribe",
        facts=Facts(note="one word, misspelt"),
    ),
    Reply(
        key="un-de-post",
        intent="unsubscribe",
        lang="de",
        name="Brigitte Lohmann",
        addr="b.lohmann@lohmann-immobilien.example",
        when="2027-05-21 09:05 +0200",
        client="outlook",
        charset="iso-8859-1",
        text=cleandoc("""
            Sehr geehrte Damen und Herren,

            bitte streichen Sie diese Adresse aus Ihrem Verteiler. Schriftverkehr zu Rechnungen wünsche ich ausschließlich per Post an unsere Geschäftsadresse.

            Mit freundlichen Grüßen
            Brigitte Lohmann
            Lohmann Immobilien
        """),
        facts=Facts(note="remove me + post only"),
    ),
    Reply(
        key="un-de-anwalt",
        intent="unsubscribe",
        lang="de",
        rlang="en",
        name="Frank Rademacher",
        addr="f.rademacher@rademacher-haustechnik.example",
        when="2027-06-03 17:12 +0200",
        client="gmail",
        text=cleandoc("""
            Ich habe Ihnen bereits zweimal geschrieben, dass das Gerüst zwei Wochen zu spät gestellt wurde und wir deswegen eine Vertragsstrafe zahlen mussten. Statt einer Antwort kommen automatische Mahnungen.

            Unterlassen Sie ab sofort jede weitere E-Mail. Die Angelegenheit liegt bei unserem Anwalt, er wird sich bei Ihnen melden.

            F. Rademacher
        """),
        facts=Facts(
            note="German reply to an English reminder; a dispute plus 'stop' and 'our lawyer': unsubscribe beats everything but bounce",
        ),
    ),
    Reply(
        key="un-fr-perso",
        intent="unsubscribe",
        lang="fr",
        name="Sophie Marchal",
        addr="sophie.marchal@monfai.example",
        when="2027-05-14 21:58 +0200",
        client="iphone",
        text="Bonsoir, merci de ne plus m'écrire à cette adresse, c'est ma boîte personnelle. Je ne veux plus recevoir vos relances automatiques.",
        facts=Facts(note="stop writing to this (personal) address; no other address given"),
    ),
    Reply(
        key="un-fr-avocat",
        intent="unsubscribe",
        lang="fr",
        name="Laurent Ferrand",
        addr="direction@batisud.example",
        when="2027-05-26 15:15 +0200",
        client="outlook_html_only",
        charset="windows-1252",
        text=cleandoc("""
            Madame, Monsieur,

            Ce dossier est désormais suivi par notre conseil, Maître Anne-Sophie Delorme, avocate au barreau de Montpellier. Nous vous demandons de cesser toute relance directe et de lui adresser dorénavant toute correspondance.

            Laurent Ferrand
            Président – SAS Batisud
        """),
        facts=Facts(
            note="'talk to our lawyer', named without an address: unsubscribe, not wrong_contact"
        ),
    ),
    Reply(
        key="un-es-abogado",
        intent="unsubscribe",
        lang="es",
        name="José Antonio Peña",
        addr="japena@pena-construcciones.example",
        when="2027-05-31 13:07 +0200",
        client="samsung",
        text="No me escriban más a este correo. Cualquier reclamación, a nuestro abogado. Ya está bien de correos automáticos.",
        facts=Facts(note="stop + 'our lawyer', no address"),
    ),
    Reply(
        key="un-nl-afmelden",
        intent="unsubscribe",
        lang="nl",
        name="",
        addr="info@schildersbedrijfkoster.example",
        when="2027-05-13 12:00 +0200",
        client="iphone",
        text="AFMELDEN",
        facts=Facts(note="one word in capitals"),
    ),
    Reply(
        key="un-nl-betaald",
        intent="unsubscribe",
        lang="nl",
        name="Marja Hendriks",
        addr="marja@hendriksbouw.example",
        when="2027-05-25 10:30 +0200",
        client="gmail",
        text=cleandoc("""
            Wilt u mij van deze mailinglijst halen? We hebben deze factuur al drie weken geleden betaald en ik krijg nu voor de derde keer dezelfde herinnering. Ik wil hier geen mails meer over ontvangen.

            Marja Hendriks
            Hendriks Bouw
        """),
        facts=Facts(
            note="stop request plus a payment claim: unsubscribe wins; the payment details of a losing intent are not labelled"
        ),
    ),
    Reply(
        key="un-it-geometra",
        intent="unsubscribe",
        lang="it",
        name="Elena Moretti",
        addr="elena.moretti@studiomoretti-geometri.example",
        when="2027-05-18 12:12 +0200",
        client="outlook_ios",
        text="Buongiorno, vi prego di cancellare il mio indirizzo dalla vostra lista. Sono la geometra che ha seguito il cantiere, non il cliente, e non voglio ricevere altre email di sollecito.",
        facts=Facts(
            note="remove me plus 'not the customer' without a new address: unsubscribe beats wrong_contact"
        ),
    ),
    Reply(
        key="un-it-raccomandata",
        intent="unsubscribe",
        lang="it",
        name="Rag. Walter Pini",
        addr="studio.pini@condominiolemagnolie.example",
        when="2027-06-01 10:05 +0200",
        client="outlook",
        charset="iso-8859-1",
        text=cleandoc("""
            Spett.le ditta,

            vi comunico che non accetto solleciti via e-mail. Ogni comunicazione relativa alla fattura dovrà pervenire esclusivamente a mezzo raccomandata A/R all'indirizzo dello studio.

            Rag. Walter Pini
            Amministratore del Condominio Le Magnolie
        """),
        facts=Facts(note="registered post only: unsubscribe"),
    ),
]

AUTO_REPLY: Final[list[Reply]] = [
    Reply(
        key="ar-en-leave",
        intent="auto_reply",
        lang="en",
        name="Kirsty Lamb",
        addr="k.lamb@hadleighhomes.example",
        when="2027-05-26 08:12 +0100",
        client="notice_html",
        subject="Automatic reply: {rsub}",
        headers=EXCHANGE_OOF,
        text="Thank you for your email. I am on annual leave until Tuesday 1 June with no access to email, returning on Wednesday 2 June. For anything urgent please call the office on 01632 960771.",
        facts=Facts(back="2027-06-02", note="'returning on' wins over 'until'"),
    ),
    Reply(
        key="ar-en-ticket",
        intent="auto_reply",
        lang="en",
        name="Brackley Homes Supplier Support",
        addr="support@brackleyhomes-help.example",
        when="2027-05-12 09:41 +0100",
        client="notice_html",
        subject="[Ticket #48213] {rsub}",
        headers=AUTO_REPLIED,
        text=cleandoc("""
            Hello,

            Thank you for contacting Brackley Homes Supplier Support. Your request has been logged as ticket #48213 and a member of the accounts payable team will respond within 3 working days.

            Please keep the ticket number in the subject line of any reply so that your message is added to the same request.

            This is an automated message.
        """),
        facts=Facts(
            note="ticket acknowledgement; '3 working days' is a response time, not a return date"
        ),
    ),
    Reply(
        key="ar-en-onsite",
        intent="auto_reply",
        lang="en",
        name="Owen Pritchard",
        addr="owen@pritchardroofing.example",
        when="2027-06-01 14:03 +0100",
        client="notice",
        subject="On site this week",
        headers=AUTO_REPLIED,
        text="Hi, I'm on a job in the Lakes all week with next to no signal. I'll be back in the office next Monday and will reply then.\nOwen",
        facts=Facts(
            back="2027-06-07", note="vacation responder; 'next Monday' from Tue 1 June is 7 June"
        ),
    ),
    Reply(
        key="ar-de-urlaub",
        intent="auto_reply",
        lang="de",
        name="Nadine Vogel",
        addr="n.vogel@ostholz-bau.example",
        when="2027-05-21 14:30 +0200",
        client="notice_html",
        subject="Automatische Antwort: {rsub}",
        headers=EXCHANGE_OOF,
        text=cleandoc("""
            Vielen Dank für Ihre Nachricht.

            Ich bin bis einschließlich 28.05.2027 nicht im Büro. Ab Montag, dem 31.05.2027, bin ich wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.

            In dringenden Fällen wenden Sie sich bitte an unsere Zentrale.
        """),
        facts=Facts(
            back="2027-05-31", note="'wieder erreichbar ab' wins over 'bis einschließlich'"
        ),
    ),
    Reply(
        key="ar-de-pfingsten",
        intent="auto_reply",
        lang="de",
        name="Zimmerei Hagedorn",
        addr="info@zimmerei-hagedorn.example",
        when="2027-05-14 12:10 +0200",
        client="notice",
        charset="iso-8859-1",
        subject="Betriebsruhe über Pfingsten",
        headers=AUTO_REPLIED,
        text=cleandoc("""
            Guten Tag,

            unser Büro bleibt über Pfingsten von Freitag, 14.05., bis einschließlich Pfingstmontag geschlossen. Ab Dienstag nach Pfingsten sind wir wieder für Sie da.

            Ihr Team der Zimmerei Hagedorn
        """),
        facts=Facts(back="2027-05-18", note="Whit Monday is 17 May 2027; back on Tuesday 18 May"),
    ),
    Reply(
        key="ar-fr-absente",
        intent="auto_reply",
        lang="fr",
        name="Claire Fontaine",
        addr="c.fontaine@promoval.example",
        when="2027-05-17 09:20 +0200",
        client="notice_html",
        subject="Réponse automatique : {rsub}",
        headers=EXCHANGE_OOF,
        text=cleandoc("""
            Bonjour,

            Je suis absente du bureau jusqu'au vendredi 21 mai inclus et n'ai qu'un accès limité à ma messagerie. Je traiterai votre message à mon retour, le lundi 24 mai.

            Pour toute urgence : comptabilite@promoval.example.

            Cordialement,
            Claire Fontaine
        """),
        facts=Facts(
            back="2027-05-24",
            note="the day back wins over 'jusqu'au … inclus'; an address for urgent matters in an auto-reply does not set new_contact",
        ),
    ),
    Reply(
        key="ar-fr-ticket",
        intent="auto_reply",
        lang="fr",
        name="Service Fournisseurs – Groupe Habitat Atlantique",
        addr="fournisseurs@habitat-atlantique.example",
        when="2027-06-02 10:01 +0200",
        client="notice",
        subject="[Demande n° 2027-118734] Accusé de réception",
        headers=(("X-Autoreply", "yes"), ("Precedence", "auto_reply")),
        text=cleandoc("""
            Bonjour,

            Nous accusons réception de votre message, enregistré sous le numéro 2027-118734. Il sera traité par nos services dans les meilleurs délais.

            Merci de ne pas répondre à ce courriel ; pour compléter votre demande, utilisez le portail fournisseurs.

            Le service fournisseurs
        """),
        facts=Facts(note="ticket acknowledgement without Auto-Submitted"),
    ),
    Reply(
        key="ar-es-fuera",
        intent="auto_reply",
        lang="es",
        name="Beatriz Navarro",
        addr="bnavarro@construccionesmediterraneo.example",
        when="2027-05-28 08:05 +0200",
        client="notice_html",
        subject="Respuesta automática: {rsub}",
        headers=EXCHANGE_OOF,
        text="Gracias por su mensaje. Estaré fuera de la oficina hasta el 7 de junio, sin acceso al correo. Para asuntos de facturación pueden llamar a la centralita.",
        facts=Facts(back="2027-06-07", note="'hasta el 7 de junio' gives that date itself"),
    ),
    Reply(
        key="ar-es-vacaciones",
        intent="auto_reply",
        lang="es",
        name="Tejados y Cubiertas Miramar",
        addr="tejados@miramarcubiertas.example",
        when="2027-05-20 16:40 +0200",
        client="notice",
        charset="iso-8859-1",
        subject="Respuesta automática - vacaciones",
        headers=(("Precedence", "bulk"),),
        text=cleandoc("""
            Hola:

            Estamos de vacaciones. Volvemos el lunes y responderemos a todos los correos por orden de llegada.

            Un saludo,
            Tejados y Cubiertas Miramar
        """),
        facts=Facts(
            back="2027-05-24",
            note="autoresponder without Auto-Submitted; 'el lunes' after Thu 20 May is 24 May",
        ),
    ),
    Reply(
        key="ar-nl-afwezig",
        intent="auto_reply",
        lang="nl",
        name="Ilse Bakker",
        addr="i.bakker@bakkervastgoed.example",
        when="2027-05-31 09:00 +0200",
        client="notice_html",
        subject="Automatisch antwoord: {rsub}",
        headers=EXCHANGE_OOF,
        text=cleandoc("""
            Dank voor uw bericht. Ik ben afwezig tot en met vrijdag 4 juni. Vanaf maandag 7 juni ben ik weer aanwezig en zal ik uw e-mail beantwoorden.

            Met vriendelijke groet,
            Ilse Bakker
        """),
        facts=Facts(
            back="2027-06-07", note="'vanaf maandag 7 juni' wins over 'tot en met vrijdag 4 juni'"
        ),
    ),
    Reply(
        key="ar-it-assente",
        intent="auto_reply",
        lang="it",
        name="Davide Ricci",
        addr="d.ricci@riccicostruzioni.example",
        when="2027-05-27 18:00 +0200",
        client="notice_html",
        subject="Risposta automatica: {rsub}",
        headers=EXCHANGE_OOF,
        text="Buongiorno,\nsarò assente dall'ufficio fino a mercoledì 2 giugno compreso. Rientrerò giovedì 3 giugno e risponderò al più presto.\nCordiali saluti\nDavide Ricci",
        facts=Facts(back="2027-06-03", note="the stated day back wins over 'fino a … compreso'"),
    ),
    Reply(
        key="ar-it-maternita",
        intent="auto_reply",
        lang="it",
        name="Martina Galli",
        addr="m.galli@galliristrutturazioni.example",
        when="2027-05-12 11:22 +0200",
        client="notice",
        subject="Assenza per maternità",
        headers=AUTO_REPLIED,
        text=cleandoc("""
            Gentile mittente,

            sono in congedo di maternità e non leggo la posta. Per questioni amministrative e fatture potete scrivere a amministrazione@galliristrutturazioni.example.

            Grazie,
            Martina Galli
        """),
        facts=Facts(
            note="leave without a return date; a colleague's address in an auto-reply keeps new_contact empty"
        ),
    ),
]

OTHER: Final[list[Reply]] = [
    Reply(
        key="ot-en-didntwe",
        intent="other",
        lang="en",
        name="Lisa Crane",
        addr="lisa@cranebrothersbuild.example",
        when="2027-05-10 12:35 +0100",
        client="iphone",
        text="Didn't we pay this already?? Will check with Mark.",
        facts=Facts(note="a question, not a payment claim; someone must check the ledger"),
    ),
    Reply(
        key="ot-en-extend",
        intent="other",
        lang="en",
        name="Adam Fielding",
        addr="adam.fielding@fieldingandsons.example",
        when="2027-05-28 07:40 +0100",
        client="outlook_android",
        text="Morning. Separate thing but while I've got you - we need the scaffold at Orchard Court for another three weeks at least, the render's been held up. Can someone confirm the weekly rate and whether the alarm stays on? Cheers, Adam",
        facts=Facts(note="asks to extend the hire; nothing about paying the invoice"),
    ),
    Reply(
        key="ot-en-noted",
        intent="other",
        lang="en",
        name="James Whitfield",
        addr="jwhitfield@whitfieldlettings.example",
        when="2027-06-04 12:01 +0100",
        client="outlook",
        text="Noted.\n\nJames Whitfield\nWhitfield Lettings",
        facts=Facts(note="acknowledgement only; not a payment claim"),
    ),
    Reply(
        key="ot-de-anrufen",
        intent="other",
        lang="de",
        name="Manfred Krause",
        addr="m.krause@krause-sanierung.example",
        when="2027-05-25 17:45 +0200",
        client="apple",
        text=cleandoc("""
            Hallo,

            rufen Sie mich bitte mal an, das lässt sich am Telefon schneller klären als per Mail. Ich bin morgen den ganzen Tag auf der Baustelle, am besten erreichen Sie mich ab 16 Uhr auf dem Handy.

            Manfred Krause
            Krause Sanierung
        """),
        facts=Facts(note="asks for a call; no claim, no dispute, no commitment"),
    ),
    Reply(
        key="ot-fr-associe",
        intent="other",
        lang="fr",
        name="Thierry Gauthier",
        addr="t.gauthier@gauthier-renovation.example",
        when="2027-05-12 18:20 +0200",
        client="gmail",
        text=cleandoc("""
            Bonjour,

            C'est noté. Je vois ça avec mon associé à son retour de congés et je reviens vers vous.

            Thierry
        """),
        facts=Facts(note="acknowledgement; 'je reviens vers vous' is no commitment to pay"),
    ),
    Reply(
        key="ot-fr-liquidation",
        intent="other",
        lang="fr",
        name="Sylvie Caron",
        addr="s.caron@renovbat-normandie.example",
        when="2027-05-20 11:00 +0200",
        client="outlook",
        text=cleandoc("""
            Bonjour,

            La société Renovbat Normandie a été placée en liquidation judiciaire par jugement du tribunal de commerce de Rouen du 3 mai 2027. Je ne suis plus en mesure de régler quoi que ce soit. Il vous appartient de déclarer votre créance auprès du liquidateur désigné, Maître Olivier Garnier, mandataire judiciaire à Rouen.

            Sylvie Caron
            Ancienne gérante
        """),
        facts=Facts(
            note="insolvency notice: a person must file the claim with the liquidator, who is named without an address; not a plan, not wrong_contact"
        ),
    ),
    Reply(
        key="ot-es-recibido",
        intent="other",
        lang="es",
        name="Paco Herrera",
        addr="paco@herreraobras.example",
        when="2027-05-18 13:50 +0200",
        client="iphone",
        text="Recibido. Lo miro con el encargado cuando vuelva de la obra y os digo algo.",
        facts=Facts(note="acknowledgement without commitment"),
    ),
    Reply(
        key="ot-es-desmontar",
        intent="other",
        lang="es",
        name="Ana Belén Torres",
        addr="presidencia@cpvalleinclan7.example",
        when="2027-06-02 11:25 +0200",
        client="gmail",
        text=cleandoc("""
            Buenos días:

            Antes de hablar de facturas: ¿cuándo van a venir a desmontar el andamio? La obra de la fachada terminó hace dos semanas y los vecinos del primero no pueden abrir las ventanas. Llevamos días llamando y nadie nos da fecha.

            Ana Belén Torres
            Presidenta de la Comunidad de Propietarios Valle-Inclán 7
        """),
        facts=Facts(
            note="asks when the scaffold will be struck; the invoice itself is not contested"
        ),
    ),
    Reply(
        key="ot-nl-kerkrentmeesters",
        intent="other",
        lang="nl",
        name="W. de Boer",
        addr="scriba@hervormdegemeente-oudewater.example",
        when="2027-05-13 20:40 +0200",
        client="thunderbird",
        text=cleandoc("""
            Geachte heer/mevrouw,

            Ik heb uw herinnering doorgestuurd naar het college van kerkrentmeesters. Zij vergaderen in juni weer en zullen de factuur dan bespreken.

            Met vriendelijke groet,
            W. de Boer, scriba
        """),
        facts=Facts(
            note="passed on without an address; discussing the invoice in June is no commitment to pay"
        ),
    ),
    Reply(
        key="ot-nl-oplichting",
        intent="other",
        lang="nl",
        name="Lotte Visser",
        addr="lotte.visser@kpnmail.example",
        when="2027-05-25 21:15 +0200",
        client="iphone",
        text="Is dit echt? Ik heb nooit een steiger bij jullie gehuurd, wij wonen in een flat. Ik klik nergens op hoor. Als dit oplichting is meld ik het bij de Fraudehelpdesk.",
        facts=Facts(note="suspects a scam; a person must check who this customer is"),
    ),
    Reply(
        key="ot-it-cantiere",
        intent="other",
        lang="it",
        rlang="en",
        name="Stefano Longo",
        addr="s.longo@longocostruzioni.example",
        when="2027-05-19 19:05 +0200",
        client="samsung",
        text="Ho visto. Ne parliamo domani in cantiere con il vostro caposquadra.",
        facts=Facts(note="Italian reply to an English reminder; acknowledgement, talk on site"),
    ),
    Reply(
        key="ot-it-giapagata",
        intent="other",
        lang="it",
        name="Chiara Ferri",
        addr="c.ferri@ferri-impianti.example",
        when="2027-05-31 09:50 +0200",
        client="gmail",
        text="Buongiorno,\nma questa non l'avevamo già pagata ad aprile? Controllo con la banca e vi faccio sapere.\nChiara",
        facts=Facts(note="a question about payment, not a claim"),
    ),
]

REPLIES: Final[list[Reply]] = [
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
# Delivery reports: generated skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------

EXCHANGE_SENDER: Final = f"Microsoft Outlook <postmaster@{AR_DOMAIN}>"


def bounced_reminder(b: Bounce, *, lag: timedelta) -> Message:
    return original_reminder(lang=b.lang, to=b.rcpt, inv=b.inv, sent=b.dt - lag, key=b.key)


def header_lines(msg: Message) -> str:
    return "".join(f"{name}: {value}\n" for name, value in msg.items())


def rfc822_headers(msg: Message) -> Message:
    return text_part(header_lines(msg), subtype="rfc822-headers", charset="us-ascii", cte="7bit")


def status_block(fields: Sequence[tuple[str, str]]) -> Message:
    block = Message()
    for name, value in fields:
        block[name] = value
    return block


def delivery_status(
    b: Bounce, *, reporting: str, arrival: datetime, recipient: Sequence[tuple[str, str]]
) -> Message:
    """A message/delivery-status part: the per-message block, then one recipient block."""
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    head = status_block(
        [("Reporting-MTA", f"dns; {reporting}"), ("Arrival-Date", format_datetime(arrival))]
    )
    rcpt = status_block(
        [
            ("Final-Recipient", f"rfc822; {b.rcpt}"),
            ("Action", "delayed" if b.status.startswith("4") else "failed"),
            ("Status", b.status),
            *recipient,
            ("Last-Attempt-Date", format_datetime(b.dt)),
        ]
    )
    part.set_payload([head, rcpt])
    return part


def report(*parts: Message) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def seal(
    b: Bounce, msg: Message, *, sender: str, subject: str, extra: Iterable[tuple[str, str]] = ()
) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_value(subject)
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].rstrip(">").split(" ")[0]
    msg["Message-ID"] = f"<{token(key=b.key, salt='dsn', size=24).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    return finish(msg, key=b.key, client="dsn")


def bounce_postfix_delay(b: Bounce) -> Message:
    lag = timedelta(hours=4, minutes=5)
    human = cleandoc(f"""
        This is the mail system at host {OUR_MTA}.

        ####################################################################
        # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
        ####################################################################

        Your message could not be delivered for more than 4 hour(s).
        It will be retried until it is 5 day(s) old.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <{b.rcpt}>: connect to mail.tidewaybuild.example[192.0.2.61]:25: Connection
            timed out
    """)
    status = delivery_status(
        b,
        reporting=OUR_MTA,
        arrival=b.dt - lag,
        recipient=[
            (
                "Diagnostic-Code",
                "X-Postfix; connect to mail.tidewaybuild.example[192.0.2.61]:25: Connection timed out",
            ),
            ("Will-Retry-Until", format_datetime(b.dt - lag + timedelta(days=5))),
        ],
    )
    parts = report(
        text_part(human + "\n", charset="us-ascii", cte="7bit"),
        status,
        rfc822_headers(bounced_reminder(b, lag=lag)),
    )
    return seal(
        b,
        parts,
        sender=f"Mail Delivery System <MAILER-DAEMON@{OUR_MTA}>",
        subject="Delayed Mail (still being retried)",
    )


def bounce_qmail(b: Bounce) -> Message:
    original = bounced_reminder(b, lag=timedelta(minutes=2))
    trace = (
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28817 invoked from network); {format_datetime(b.dt - timedelta(minutes=1))}\n"
        f"Received: from {OUR_MTA} (198.51.100.23)\n  by mail.hollinsroofing.example with SMTP; {format_datetime(b.dt - timedelta(minutes=1))}\n"
    )
    text = cleandoc(f"""
        Hi. This is the qmail-send program at mail.hollinsroofing.example.
        I'm afraid I wasn't able to deliver your message to the following addresses.
        This is a permanent error; I've given up. Sorry it didn't work out.

        <{b.rcpt}>:
        Sorry, no mailbox here by that name. (#5.1.1)

        --- Below this line is a copy of the message.
    """)
    msg = Message()
    msg.set_payload(f"{text}\n\n{trace}{original.as_string()}")
    return seal(
        b, msg, sender="MAILER-DAEMON@mail.hollinsroofing.example", subject="failure notice"
    )


def bounce_sendmail(b: Bounce) -> Message:
    arrival = b.dt - timedelta(minutes=2)
    human = cleandoc(f"""
        The original message was received at {format_datetime(arrival)}
        from {OUR_MTA} [198.51.100.23]

           ----- The following addresses had permanent fatal errors -----
        <{b.rcpt}>
            (reason: 550 5.1.1 <{b.rcpt}>... User unknown)

           ----- Transcript of session follows -----
        ... while talking to exch01.quarrybankhomes.example.:
        >>> RCPT To:<{b.rcpt}>
        <<< 550 5.1.1 <{b.rcpt}>... User unknown
        550 5.1.1 <{b.rcpt}>... User unknown
    """)
    status = delivery_status(
        b,
        reporting="relay.quarrybankhomes.example",
        arrival=arrival,
        recipient=[
            ("Remote-MTA", "DNS; exch01.quarrybankhomes.example"),
            ("Diagnostic-Code", f"SMTP; 550 5.1.1 <{b.rcpt}>... User unknown"),
        ],
    )
    parts = report(
        text_part(human + "\n", charset="us-ascii", cte="7bit"),
        status,
        MIMEMessage(bounced_reminder(b, lag=timedelta(minutes=3))),
    )
    return seal(
        b,
        parts,
        sender="Mail Delivery Subsystem <MAILER-DAEMON@relay.quarrybankhomes.example>",
        subject="Returned mail: see transcript for details",
    )


@dataclass(frozen=True, kw_only=True)
class NdrText:
    """The human-readable part of an Exchange Online non-delivery or delay report."""

    title: str
    reason: str
    advice: str
    admin: str
    server: str
    remote: str


def exchange_human(ndr: NdrText, *, rcpt: str) -> Message:
    text = f"{ndr.title}\n\n{rcpt}\n{ndr.reason}\n\n{ndr.advice}\n\n\n{ndr.admin}\n\n{ndr.server}\n\n{rcpt}\n{ndr.remote}\n"
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
        f'<p><b><font color="#000066" size="3" face="Segoe UI,Arial">{html.escape(ndr.title)}</font></b></p>\n'
        f'<p><a href="mailto:{rcpt}">{rcpt}</a><br>{html.escape(ndr.reason)}</p>\n'
        f"<p>{html.escape(ndr.advice)}</p>\n<hr>\n"
        f"<p><b>{html.escape(ndr.admin)}</b></p>\n<p>{html.escape(ndr.server)}</p>\n"
        f"<p>{rcpt}<br>{html.escape(ndr.remote)}</p>\n</body></html>\n"
    )
    return alternative(text_part(text), text_part(page, subtype="html"))


def exchange_report(
    b: Bounce, *, ndr: NdrText, lag: timedelta, server: str, diagnostic: str
) -> Message:
    status = delivery_status(
        b,
        reporting=server,
        arrival=b.dt - lag,
        recipient=[("Diagnostic-Code", f"smtp;{diagnostic}"), ("X-Display-Name", b.rcpt)],
    )
    return report(
        exchange_human(ndr, rcpt=b.rcpt), status, rfc822_headers(bounced_reminder(b, lag=lag))
    )


def bounce_exchange_de(b: Bounce) -> Message:
    server = "FR3P281MB0427.DEUP281.prod.outlook.example"
    diagnostic = (
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    )
    ndr = NdrText(
        title=f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.",
        reason="Die E-Mail-Adresse wurde im E-Mail-System des Empfängers nicht gefunden. Möglicherweise ist sie falsch geschrieben oder existiert nicht mehr.",
        advice="So beheben Sie das Problem: Prüfen Sie die Adresse auf Tippfehler und senden Sie die Nachricht erneut. Ist die Adresse richtig, erkundigen Sie sich auf anderem Weg beim Empfänger, ob sie noch gültig ist.",
        admin="Weitere Informationen für E-Mail-Administratoren",
        server=f"Generierender Server: {server}",
        remote=f"Der Remoteserver hat '{diagnostic}' zurückgegeben.",
    )
    msg = exchange_report(
        b, ndr=ndr, lag=timedelta(minutes=1), server=server, diagnostic=diagnostic
    )
    subject = "Unzustellbar: " + REMINDER_SUBJECT[b.lang].format(inv=b.inv)
    return seal(
        b,
        msg,
        sender=EXCHANGE_SENDER,
        subject=subject,
        extra=[("X-MS-Exchange-Message-Is-Ndr", "")],
    )


def bounce_exchange_es_delay(b: Bounce) -> Message:
    server = "DB9P194MB1183.EURP194.prod.outlook.example"
    diagnostic = "451 4.4.7 Message delayed; remote server hormigonesdelsur.example did not respond"
    ndr = NdrText(
        title="La entrega se ha retrasado para estos destinatarios o grupos:",
        reason="Este mensaje todavía no se ha entregado. Seguiremos intentándolo durante 44 horas más y, si no lo conseguimos, recibirá un aviso de que no se ha podido entregar.",
        advice=f"Asunto: {REMINDER_SUBJECT[b.lang].format(inv=b.inv)}",
        admin="Información de diagnóstico para administradores:",
        server=f"Servidor de generación: {server}",
        remote=f"El servidor remoto devolvió '{diagnostic}'",
    )
    msg = exchange_report(
        b, ndr=ndr, lag=timedelta(hours=4, minutes=10), server=server, diagnostic=diagnostic
    )
    subject = "Retrasado: " + REMINDER_SUBJECT[b.lang].format(inv=b.inv)
    return seal(b, msg, sender=EXCHANGE_SENDER, subject=subject)


def bounce_exchange_it(b: Bounce) -> Message:
    server = "AM4PEPF00027A5C.eurprd04.prod.outlook.example"
    diagnostic = "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)"
    ndr = NdrText(
        title="Recapito non riuscito per questi destinatari o gruppi:",
        reason="Impossibile recapitare il messaggio. Il dominio del destinatario ha rifiutato l'indirizzo perché non esiste nella sua organizzazione.",
        advice="Controlla l'indirizzo del destinatario e prova a inviare di nuovo il messaggio. Se il problema persiste, contatta il destinatario in un altro modo.",
        admin="Informazioni di diagnostica per gli amministratori:",
        server=f"Server di generazione: {server}",
        remote=f"Il server remoto ha restituito '{diagnostic}'",
    )
    msg = exchange_report(
        b, ndr=ndr, lag=timedelta(minutes=1), server=server, diagnostic=diagnostic
    )
    subject = "Non recapitabile: " + REMINDER_SUBJECT[b.lang].format(inv=b.inv)
    return seal(b, msg, sender=EXCHANGE_SENDER, subject=subject)


def bounce_exim_de_delay(b: Bounce) -> Message:
    lag = timedelta(hours=24, minutes=3)
    original = bounced_reminder(b, lag=lag)
    until = (b.dt + timedelta(days=4)).strftime("%d.%m.%Y %H:%M")
    text = cleandoc(f"""
        Dies ist eine automatisch erzeugte Nachricht des Mailservers mx2.hostwerk.example.

        Ihre Nachricht konnte seit 24 Stunden nicht an den folgenden Empfänger zugestellt werden:

          {b.rcpt}
            Postfach des Empfängers ist voll (452 4.2.2 mailbox over quota)

        Dies ist nur eine Warnung, Sie müssen die Nachricht nicht erneut senden. Der Server versucht die Zustellung weiter bis zum {until} Uhr. Gelingt sie bis dahin nicht, erhalten Sie eine weitere Nachricht.

        Kopfzeilen der ursprünglichen Nachricht:
    """)
    msg = text_part(f"{text}\n\n{header_lines(original)}")
    return seal(
        b,
        msg,
        sender="Mail Delivery System <Mailer-Daemon@mx2.hostwerk.example>",
        subject=f"Warnung: Nachricht an {b.rcpt} noch nicht zugestellt",
        extra=[("X-Exim-Warning", "delayed 24 hours")],
    )


def bounce_isp_fr(b: Bounce) -> Message:
    human = cleandoc(f"""
        Bonjour,

        Ceci est un message automatique du serveur smtp.fai-ouest.example.

        Votre message n'a pas pu être remis au destinataire suivant :

          {b.rcpt}

        Motif : l'adresse du destinataire n'existe pas (550 5.1.1 user unknown).

        Il s'agit d'une erreur définitive : le serveur ne tentera plus de remettre ce message. Vérifiez l'adresse et renvoyez-le si nécessaire.

        Votre message d'origine est joint à cette notification.
    """)
    status = delivery_status(
        b,
        reporting="smtp.fai-ouest.example",
        arrival=b.dt - timedelta(minutes=1),
        recipient=[
            ("Remote-MTA", "dns; mx.menuiserie-carnac.example"),
            ("Diagnostic-Code", "smtp; 550 5.1.1 user unknown"),
        ],
    )
    parts = report(
        text_part(human + "\n"), status, MIMEMessage(bounced_reminder(b, lag=timedelta(minutes=2)))
    )
    return seal(
        b,
        parts,
        sender="Service de messagerie <mailer-daemon@smtp.fai-ouest.example>",
        subject="Message non remis : " + REMINDER_SUBJECT[b.lang].format(inv=b.inv),
    )


def bounce_gmail_es(b: Bounce) -> Message:
    lines = [
        "No se ha encontrado la dirección",
        f"No se ha podido entregar tu mensaje a {b.rcpt} porque no se ha encontrado la dirección o no puede recibir correo.",
        "La respuesta del servidor remoto ha sido:",
        "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. - gsmtp",
    ]
    page = (
        "<html><body>"
        + "".join(f"<p>{html.escape(line)}</p>" for line in lines)
        + "</body></html>\n"
    )
    human = alternative(text_part("\n\n".join(lines) + "\n"), text_part(page, subtype="html"))
    status = delivery_status(
        b,
        reporting="mx.google.example",
        arrival=b.dt - timedelta(minutes=1),
        recipient=[
            ("Remote-MTA", "dns; gmail-smtp-in.l.google.example"),
            (
                "Diagnostic-Code",
                "smtp; 550-5.1.1 The email account that you tried to reach does not exist.",
            ),
        ],
    )
    msg = report(human, status, rfc822_headers(bounced_reminder(b, lag=timedelta(minutes=1))))
    return seal(
        b,
        msg,
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Failure)",
        extra=[("X-Failed-Recipients", b.rcpt)],
    )


def bounce_isp_nl_full(b: Bounce) -> Message:
    original = bounced_reminder(b, lag=timedelta(minutes=2))
    stamp = render_date("{wdl} {d} {monl} {y} {HH}:{MM}", loc="nl", dt=b.dt)
    text = cleandoc(f"""
        Beste afzender,

        Uw bericht aan onderstaande ontvanger kon niet worden afgeleverd, omdat de mailbox van de ontvanger vol is.

          ontvanger:  {b.rcpt}
          status:     5.2.2 (mailbox vol)
          datum:      {stamp}

        De ontvanger moet eerst ruimte vrijmaken voordat er weer berichten kunnen binnenkomen. U kunt het later opnieuw proberen of de ontvanger op een andere manier bereiken.

        Met vriendelijke groet,
        Polderweb Mailbeheer

        --- Kopregels van het oorspronkelijke bericht ---
    """)
    msg = text_part(f"{text}\n{header_lines(original)}")
    return seal(
        b,
        msg,
        sender="Polderweb Mailbeheer <postmaster@polderweb.example>",
        subject="Onbestelbaar bericht: " + REMINDER_SUBJECT[b.lang].format(inv=b.inv),
    )


def bounce_gateway_nl(b: Bounce) -> Message:
    lag = timedelta(hours=4, minutes=2)
    text = cleandoc(f"""
        Dit is een automatisch bericht van MailSchild, de e-mailbeveiliging van Bouwbedrijf Kroeze.

        Uw bericht aan {b.rcpt} is door MailSchild ontvangen en gecontroleerd, maar kon nog niet worden doorgestuurd naar de mailserver van de ontvanger: de verbinding werd verbroken (421 4.4.2).

        Wij proberen het bericht nog 3 dagen af te leveren. U hoeft niets te doen; u krijgt alleen opnieuw bericht als de bezorging definitief mislukt.

        Referentie: MS-20270602-7F3A91
    """)
    page = (
        '<html><body style="font-family:Verdana,sans-serif;font-size:13px">'
        '<table width="100%" style="background:#0b3d5c;color:#ffffff"><tr><td><b>MailSchild</b> Security Gateway</td></tr></table>\n'
        f"{html_paragraphs(text)}\n</body></html>\n"
    )
    status = delivery_status(
        b,
        reporting="gateway.mailschild.example",
        arrival=b.dt - lag,
        recipient=[
            ("Remote-MTA", "dns; exchange.bouwbedrijfkroeze.example"),
            ("Diagnostic-Code", "smtp; 421 4.4.2 Connection dropped by remote host"),
            ("Will-Retry-Until", format_datetime(b.dt + timedelta(days=3))),
        ],
    )
    msg = report(
        alternative(text_part(text + "\n"), text_part(page, subtype="html")),
        status,
        rfc822_headers(bounced_reminder(b, lag=lag)),
    )
    return seal(
        b,
        msg,
        sender="MailSchild Security Gateway <noreply@gateway.mailschild.example>",
        subject="Vertraagde bezorging: " + REMINDER_SUBJECT[b.lang].format(inv=b.inv),
    )


def bounce_isp_it_delay(b: Bounce) -> Message:
    original = bounced_reminder(b, lag=timedelta(hours=4, minutes=30))
    text = cleandoc(f"""
        Questo è un messaggio generato automaticamente, si prega di non rispondere.

        Il messaggio da lei inviato non è stato ancora recapitato al destinatario indicato di seguito, perché il server di destinazione non risponde:

          Destinatario: {b.rcpt}
          Errore:       451 4.4.1 connessione scaduta (timeout)

        Il sistema continuerà a tentare l'invio per altri 4 giorni. Non è necessario inviare di nuovo il messaggio.

        Intestazioni del messaggio originale:
    """)
    msg = text_part(f"{text}\n\n{header_lines(original)}", charset="iso-8859-1")
    return seal(
        b,
        msg,
        sender="Sistema di posta ProvinciaNet <mailer-daemon@mx.provincianet.example>",
        subject="Avviso: messaggio non ancora recapitato",
    )


BOUNCE_BUILDERS: Final[dict[str, Callable[[Bounce], Message]]] = {
    "postfix_delay": bounce_postfix_delay,
    "qmail": bounce_qmail,
    "sendmail": bounce_sendmail,
    "exchange_de": bounce_exchange_de,
    "exim_de_delay": bounce_exim_de_delay,
    "isp_fr": bounce_isp_fr,
    "exchange_es_delay": bounce_exchange_es_delay,
    "gmail_es": bounce_gmail_es,
    "isp_nl_full": bounce_isp_nl_full,
    "gateway_nl": bounce_gateway_nl,
    "isp_it_delay": bounce_isp_it_delay,
    "exchange_it": bounce_exchange_it,
}

BOUNCES: Final[list[Bounce]] = [
    Bounce(
        key="bo-en-postfix",
        lang="en",
        kind="soft",
        status="4.4.1",
        rcpt="accounts@tidewaybuild.example",
        when="2027-05-12 13:05 +0100",
        build="postfix_delay",
        inv="SSC/27/0436",
        note="Postfix delay warning (RFC 3464, text/rfc822-headers): connection timed out",
    ),
    Bounce(
        key="bo-en-qmail",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="gavin@hollinsroofing.example",
        when="2027-05-18 09:47 +0100",
        build="qmail",
        inv="SSC/27/0442",
        note="qmail plain-text failure notice without MIME headers; the status is the '#5.1.1' in the text",
    ),
    Bounce(
        key="bo-en-sendmail",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="l.hughes@quarrybankhomes.example",
        when="2027-05-24 08:33 +0100",
        build="sendmail",
        inv="SSC/27/0449",
        note="sendmail DSN with the returned message",
    ),
    Bounce(
        key="bo-de-exchange",
        lang="de",
        kind="hard",
        status="5.1.10",
        rcpt="f.albers@albers-wohnbau.example",
        when="2027-05-19 10:02 +0200",
        build="exchange_de",
        inv="SSC/27/0411",
        note="Exchange Online NDR in German",
    ),
    Bounce(
        key="bo-de-exim",
        lang="de",
        kind="soft",
        status="4.2.2",
        rcpt="rechnung@dachbau-petersen.example",
        when="2027-05-21 14:20 +0200",
        build="exim_de_delay",
        inv="SSC/27/0423",
        note="Exim delay warning with a German template, plain text, mailbox over quota",
    ),
    Bounce(
        key="bo-fr-isp",
        lang="fr",
        kind="hard",
        status="5.1.1",
        rcpt="compta@menuiserie-carnac.example",
        when="2027-05-26 11:40 +0200",
        build="isp_fr",
        inv="SSC/27/0435",
        note="French provider notice (RFC 3464) with the returned message",
    ),
    Bounce(
        key="bo-es-exchange",
        lang="es",
        kind="soft",
        status="4.4.7",
        rcpt="contabilidad@hormigonesdelsur.example",
        when="2027-05-13 15:30 +0200",
        build="exchange_es_delay",
        inv="SSC/27/0429",
        note="Exchange Online delay report in Spanish",
    ),
    Bounce(
        key="bo-es-gmail",
        lang="es",
        kind="hard",
        status="5.1.1",
        rcpt="reformasalcaraz@gmail.com",
        when="2027-05-27 10:15 +0200",
        build="gmail_es",
        inv="SSC/27/0450",
        note="Gmail failure in Spanish under an English subject",
    ),
    Bounce(
        key="bo-nl-isp",
        lang="nl",
        kind="soft",
        status="5.2.2",
        rcpt="info@timmerbedrijfwesterhof.example",
        when="2027-05-17 11:04 +0200",
        build="isp_nl_full",
        inv="SSC/27/0413",
        note="mailbox full reported with a 5.x code: soft, the code is kept; Dutch provider notice, single text part",
    ),
    Bounce(
        key="bo-nl-gateway",
        lang="nl",
        kind="soft",
        status="4.4.2",
        rcpt="administratie@bouwbedrijfkroeze.example",
        when="2027-06-02 08:50 +0200",
        build="gateway_nl",
        inv="SSC/27/0438",
        note="security gateway delay report in Dutch",
    ),
    Bounce(
        key="bo-it-isp",
        lang="it",
        kind="soft",
        status="4.4.1",
        rcpt="ufficio.tecnico@edilvaltellina.example",
        when="2027-05-20 16:35 +0200",
        build="isp_it_delay",
        inv="SSC/27/0427",
        note="Italian provider delay notice, single ISO-8859-1 text part",
    ),
    Bounce(
        key="bo-it-exchange",
        lang="it",
        kind="hard",
        status="5.4.1",
        rcpt="contabilita@impresacolombo.example",
        when="2027-06-03 09:12 +0200",
        build="exchange_it",
        inv="SSC/27/0458",
        note="Exchange Online NDR in Italian (recipient rejected by directory lookup)",
    ),
]


# --------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------


def with_invoices(replies: Sequence[Reply]) -> list[Reply]:
    """Give every reminder without a hand-picked invoice number its own number from 0500 up."""
    pending = sorted((r for r in replies if not r.inv), key=lambda r: digest(key=r.key, salt="inv"))
    numbers = {
        r.key: f"SSC/27/{500 + 3 * n + pick(key=r.key, salt='gap', count=3):04d}"
        for n, r in enumerate(pending)
    }
    return [r if r.inv else replace(r, inv=numbers[r.key]) for r in replies]


def reply_label(r: Reply) -> Label:
    """The label of a reply; ``file`` is filled in once the files are numbered."""
    f = r.facts
    return {
        "file": "",
        "intent": r.intent,
        "promised_date": f.promised,
        "paid_date": f.paid,
        "return_date": f.back,
        "payment_reference": f.ref,
        "amount": f.amount,
        "currency": f.currency,
        "new_contact": f.contact,
        "bounce_kind": None,
        "failed_recipient": None,
        "bounce_status": None,
        "invoice_refs": list(f.refs),
        "language": r.lang,
        "note": f.note,
    }


def bounce_label(b: Bounce) -> Label:
    return {
        "file": "",
        "intent": "bounce",
        "promised_date": None,
        "paid_date": None,
        "return_date": None,
        "payment_reference": None,
        "amount": None,
        "currency": None,
        "new_contact": None,
        "bounce_kind": b.kind,
        "failed_recipient": b.rcpt,
        "bounce_status": b.status,
        "invoice_refs": [],
        "language": b.lang,
        "note": b.note,
    }


@dataclass(frozen=True, kw_only=True)
class Item:
    """One corpus message before numbering: its key, local date, MIME tree and label, and what
    a reader must get back from its bytes (``subject`` None: not compared)."""

    key: str
    day: date
    message: Message
    label: Label
    subject: str | None
    sender: str | None
    lines: tuple[str, ...]


def reply_item(r: Reply) -> Item:
    return Item(
        key=r.key,
        day=r.dt.date(),
        message=build_reply(r),
        label=reply_label(r),
        subject=reply_subject(r, quoted_for(r)),
        sender=r.name,
        lines=tuple(line for line in r.written.split("\n") if line.strip()),
    )


def bounce_item(b: Bounce) -> Item:
    return Item(
        key=b.key,
        day=b.dt.date(),
        message=BOUNCE_BUILDERS[b.build](b),
        label=bounce_label(b),
        subject=None,
        sender=None,
        lines=(b.rcpt,),
    )


def all_items() -> list[Item]:
    return [*map(reply_item, with_invoices(REPLIES)), *map(bounce_item, BOUNCES)]


# --------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------

ISO_DATE: Final = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT: Final = re.compile(r"^\d+\.\d{2}$")
INVOICE: Final = re.compile(r"^SSC/27/\d{4}$")
STATUS: Final = re.compile(r"^[45]\.\d{1,3}\.\d{1,3}$")
FIELD_INTENT: Final[dict[str, frozenset[str]]] = {
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


def header_problems(part: Message, *, top: bool) -> list[str]:
    problems = [
        f"no {name}"
        for name in ("From", "To", "Subject", "Date", "Message-ID")
        if top and part[name] is None
    ]
    for name, value in part.items():
        defects = getattr(value, "defects", ())
        if defects:
            problems.append(f"{name}: {defects!r}")
        if "=?" in str(value):
            problems.append(f"{name} left encoded: {value}")
    return problems


def decoded_text(part: Message) -> str:
    """A text part's decoded content (HTML unescaped); decoding registers any defects."""
    content = part.get_content() if isinstance(part, EmailMessage) else None
    if not isinstance(content, str) or "\ufffd" in content:
        return "\ufffd"
    return html.unescape(content) if part.get_content_subtype() == "html" else content


def part_problems(msg: Message) -> tuple[list[str], str]:
    """Defects, undecodable headers and parts, and all the decoded text of a parsed message."""
    problems: list[str] = []
    texts = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            texts.append(decoded_text(part))
        problems += [f"{part.get_content_type()}: {defect!r}" for defect in part.defects]
        problems += header_problems(part, top=part is msg)
    if any("\ufffd" in text for text in texts):
        problems.append("a text part does not decode")
    return problems, "\n".join(texts)


def sender_name(msg: Message) -> str:
    addresses = getattr(msg["From"], "addresses", ())
    return str(addresses[0].display_name) if addresses else ""


def check_message(name: str, data: bytes, *, item: Item) -> None:
    """Parse the bytes back as a reader would: no defects, every header and text part decoded,
    the subject, the sender's name and every line of the hand-written text recovered intact."""
    msg = message_from_bytes(data, policy=policy.default)
    problems, text = part_problems(msg)
    if item.subject is not None and str(msg["Subject"]) != item.subject:
        problems.append(f"subject decodes to {str(msg['Subject'])!r}")
    if item.sender is not None and sender_name(msg) != item.sender:
        problems.append(f"sender decodes to {sender_name(msg)!r}")
    lines = item.lines
    problems += [f"line lost: {line[:40]!r}" for line in lines if line not in text]
    if problems:
        raise SystemExit(f"{name}: " + "; ".join(problems))


def date_problems(label: Label, *, day: date) -> list[str]:
    """Dates are ISO; a payment lies before the message, a promise or a return after it."""
    dates = {
        "promised_date": (label["promised_date"], 1),
        "paid_date": (label["paid_date"], -1),
        "return_date": (label["return_date"], 1),
    }
    problems = []
    for name, (value, direction) in dates.items():
        if value is None:
            continue
        if not ISO_DATE.match(value):
            problems.append(f"{name} {value!r} is not an ISO date")
        elif (date.fromisoformat(value) - day).days * direction < 0:
            problems.append(f"{name} {value} is on the wrong side of {day}")
    return problems


def field_problems(label: Label) -> list[str]:
    values: dict[str, object] = dict(label)
    problems = [
        f"{name} set on {label['intent']}"
        for name, intents in FIELD_INTENT.items()
        if values[name] is not None and label["intent"] not in intents
    ]
    if (label["amount"] is None) != (label["currency"] is None):
        problems.append("amount and currency go together")
    if label["amount"] is not None and not AMOUNT.match(label["amount"]):
        problems.append(f"amount {label['amount']!r}")
    contact = label["new_contact"]
    if contact is not None and (contact != contact.lower() or "@" not in contact):
        problems.append(f"new_contact {contact!r}")
    if label["intent"] == "bounce" and not (
        label["bounce_kind"]
        and label["failed_recipient"]
        and STATUS.match(label["bounce_status"] or "")
    ):
        problems.append("bounce fields incomplete")
    problems += [f"invoice ref {ref!r}" for ref in label["invoice_refs"] if not INVOICE.match(ref)]
    return problems


def check_label(label: Label, *, day: date) -> None:
    problems = []
    if tuple(label) != LABEL_KEYS:
        problems.append("keys out of order")
    if label["intent"] not in INTENTS or label["language"] not in LANGS:
        problems.append("unknown intent or language")
    if not FIRST_DAY <= day <= LAST_DAY:
        problems.append(f"dated {day}, outside {FIRST_DAY}..{LAST_DAY}")
    problems += date_problems(label, day=day) + field_problems(label)
    if problems:
        raise SystemExit(f"{label['file']}: " + "; ".join(problems))


def text_problems(r: Reply) -> list[str]:
    """The labels must be readable off the hand-written text itself."""
    f = r.facts
    written = set(re.findall(r"SSC/27/\d{4}", r.written))
    problems = [f"{ref} in the text but not labelled" for ref in sorted(written - set(f.refs))]
    problems += [f"{ref} labelled but absent" for ref in f.refs if ref[-4:] not in r.written]
    for value in (f.contact, f.ref):
        if value is not None and value not in r.written.lower() and value not in r.written:
            problems.append(f"{value!r} labelled but absent")
    return problems


def check_corpus(replies: Sequence[Reply]) -> None:
    problems = [f"{r.key}: {p}" for r in replies for p in text_problems(r)]
    keys = [r.key for r in replies] + [b.key for b in BOUNCES]
    if len(set(keys)) != len(keys):
        problems.append("duplicate keys")
    if len({r.written for r in replies}) != len(replies):
        problems.append("two messages share their text")
    owners: dict[str, set[str]] = {}
    for key, numbers in [(r.key, {r.inv, *r.facts.refs}) for r in replies] + [
        (b.key, {b.inv}) for b in BOUNCES
    ]:
        for number in numbers:
            owners.setdefault(number, set()).add(key)
    problems += [
        f"{number} used by {sorted(keys)}" for number, keys in owners.items() if len(keys) > 1
    ]
    if problems:
        raise SystemExit("\n".join(problems))


def check_counts(labels: Sequence[Label]) -> None:
    cells = Counter((label["intent"], label["language"]) for label in labels)
    problems = [
        f"{intent} × {lang} is empty"
        for intent in INTENTS
        for lang in LANGS
        if not cells[intent, lang]
    ]
    problems += [
        f"{intent}: {n}"
        for intent in INTENTS
        if (n := sum(cells[intent, lang] for lang in LANGS)) != 12
    ]
    per_lang = {lang: sum(cells[intent, lang] for intent in INTENTS) for lang in LANGS}
    problems += [
        f"{lang}: {n}" for lang, n in per_lang.items() if n != (30 if lang == "en" else 18)
    ]
    kinds = Counter(label["bounce_kind"] for label in labels if label["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        problems.append(f"bounce kinds {dict(kinds)}")
    if problems:
        raise SystemExit("\n".join(problems))


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


def count_table(labels: Sequence[Label]) -> str:
    cells = Counter((label["intent"], label["language"]) for label in labels)
    rows = ["| intent | " + " | ".join(LANGS) + " | total |", "|---|" + "---:|" * (len(LANGS) + 1)]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[intent, lang] for intent in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{n}**" for n in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def shuffled(items: Sequence[Item]) -> list[Item]:
    """A fixed-seed shuffle: order by a keyed hash, so a file name says nothing about its label."""
    return sorted(items, key=lambda item: digest(key=item.key, salt="order"))


def write_corpus() -> list[Label]:
    check_corpus(with_invoices(REPLIES))
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for number, item in enumerate(shuffled(all_items()), start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = item.message.as_bytes()
        check_message(name, data, item=item)
        label = item.label.copy()
        label["file"] = name
        check_label(label, day=item.day)
        (HERE / name).write_bytes(data)
        labels.append(label)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    labels = write_corpus()
    print(count_table(labels))
    kinds = Counter(label["bounce_kind"] for label in labels if label["intent"] == "bounce")
    print(f"\n{len(labels)} messages written to {HERE}; bounces: {dict(sorted(kinds.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
